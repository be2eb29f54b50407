"""What every pool of worker processes (build, extract, update, validate, normalize)
sets up in each worker, and how the pools of build, extract, update and validate cut
their tasks into batches."""

from __future__ import annotations

import math
import os
import signal
from collections.abc import Iterator
from pathlib import Path

# Where a container (Docker, a Kubernetes CI runner) sees its own control group's limits.
CGROUP = Path("/sys/fs/cgroup")


def leave_interrupts_to_the_parent() -> None:
    """Ignore SIGINT in this worker: the parent carries out a stop.

    Ctrl-C reaches every process of the terminal's group. A worker stopped by it in the
    middle of a write could leave a temp file behind; one waiting for its next task died
    with a traceback of the pool's internals on the user's terminal ("Process
    ForkProcess-1: Traceback ... KeyboardInterrupt"), one for each worker, after the
    command's own "interrupted". Instead a worker finishes its batch, and the parent,
    interrupted, records what is done and stops the pool. (SIGTERM is the parent's too:
    `toolkit.cli.common`'s handler, inherited by a forked worker, does nothing there.)
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def batch_bounds(count: int, jobs: int, most: int = 64) -> Iterator[tuple[int, int]]:
    """(start, stop) of each batch of `count` tasks for `jobs` workers: a quarter of a
    worker's share of what is left, at most `most`, at least one.

    Batches of one size (an eighth of a worker's share of the whole: 62 releases of a
    1,000-release build on two cores) left one worker idle while the other finished its
    last: 8 to 85 ms of a 1.2-1.4 s build phase in three runs. Shrinking as the work
    runs out, the last batches are of one task each, and the workers finish within a
    task of each other (at most 4 ms apart in three runs); the first ones stay large,
    and a 1,000-task run takes about 50 round trips.
    """
    start = 0
    while start < count:
        stop = start + max(1, min(most, (count - start) // (jobs * 4)))
        yield start, stop
        start = stop


def usable_cpus(cgroup: Path | None = None) -> int:
    """How many workers a pool runs by default: the processors this process may run on
    (its affinity: `taskset`, `docker --cpuset-cpus`), fewer when its control group's
    quota gives it less time than that (`docker --cpus=1`, a CI runner's CPU limit).

    os.cpu_count() counts the machine's: a job given one CPU of a 64-core host started
    64 workers, each importing the engines, on that one CPU (slower than one process,
    and memory a runner's limit may not hold).
    """
    try:
        count = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # macOS, Windows: no affinity to read
        count = os.cpu_count() or 1
    quota = _quota(cgroup or CGROUP)
    return max(1, min(count, quota) if quota else count)


def _quota(cgroup: Path) -> int | None:
    """The CPUs' worth of time the control group's quota allows, rounded up; None with
    no quota (or none that can be read: nothing is limited then)."""
    try:
        found = (cgroup / "cpu.max").read_text(encoding="ascii").split()
    except OSError:
        try:  # cgroup v1
            found = [(cgroup / "cpu" / name).read_text(encoding="ascii").strip()
                     for name in ("cpu.cfs_quota_us", "cpu.cfs_period_us")]
        except OSError:
            return None
    try:
        quota, period = int(found[0]), int(found[1])
    except (IndexError, ValueError):  # "max": no quota
        return None
    if quota <= 0 or period <= 0:  # v1's -1: no quota
        return None
    return math.ceil(quota / period)

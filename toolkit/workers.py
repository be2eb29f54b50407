"""What every pool of worker processes (build, extract, update, validate, normalize)
sets up in each worker, and how the pools of build, extract, update and validate cut
their tasks into batches."""

from __future__ import annotations

import signal
from collections.abc import Iterator


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

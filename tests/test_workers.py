"""Every pool of worker processes leaves ^C to its parent (`leave_interrupts_to_the_parent`).

Ctrl-C reaches every process of the terminal's group. A worker of validate, extract,
update or normalize waiting for its next task died of it with a traceback of the pool's
internals, one for each worker, after the command's own "interrupted": found by ^C to
`validate --jobs 2` on 300 releases, 38 lines of traceback.

And every pool's tasks go in batches that shrink as the work runs out (`batch_bounds`),
handed back in task order.
"""

from __future__ import annotations

import concurrent.futures
import os
import signal
from pathlib import Path
from types import SimpleNamespace

import pytest
from build_support import RELEASE_ID, make_project
from typer.testing import CliRunner

from toolkit import catalogs
from toolkit.cli.app import app
from toolkit.normalize import Options, batch
from toolkit.normalize.batch import default_jobs
from toolkit.qa import project
from toolkit.qa.project import Tally
from toolkit.workers import batch_bounds, usable_cpus


def _ignores_interrupts(_task: object = None) -> bool:
    """Run in a worker: whether ^C is ignored there."""
    return signal.getsignal(signal.SIGINT) is signal.SIG_IGN


def _validate_batch(units: list[int]) -> tuple[list[bool], list[object], tuple[int, int, int]]:
    return [_ignores_interrupts()], [], (0, 0, 0)


def test_extract_and_update_workers_leave_interrupts_to_the_parent():
    tasks = list(range(catalogs._POOL_THRESHOLD))
    assert set(catalogs._run(_ignores_interrupts, tasks, 2, None)) == {True}


def test_normalize_workers_leave_interrupts_to_the_parent(monkeypatch):
    monkeypatch.setattr(batch, "normalize_file", lambda path, options: _ignores_interrupts())
    paths = [Path(f"{n}.html") for n in range(batch.PARALLEL_FROM)]
    assert set(batch._outcomes(paths, Options(), 2)) == {True}


def test_validate_workers_leave_interrupts_to_the_parent(monkeypatch):
    # The workers' Validation is a stand-in: what is asked is how the pool starts them.
    monkeypatch.setattr(project, "Validation", lambda *args: SimpleNamespace())
    monkeypatch.setattr(project, "_run_batch", _validate_batch)
    validation = SimpleNamespace(config=None, policy=None, min_coverage=0.0, cwd=".",
                                 _renamed_to={}, _renamed_from={}, _preread={},
                                 tally=Tally())
    units = list(range(project.SERIAL_BELOW))
    found = [ok for issues, _ in project._run(validation, units, 2) for ok in issues]
    assert found and set(found) == {True}


# ---------------------------------------------------------------- batches
def test_batches_cover_every_task_once_in_order():
    assert list(batch_bounds(0, 2)) == []
    for count in (1, 7, 63, 1000, 10_000):
        for jobs in (1, 2, 3, 8):
            bounds = list(batch_bounds(count, jobs))
            assert [start for start, _ in bounds] == [0, *[stop for _, stop in bounds[:-1]]]
            assert bounds[-1][1] == count
            assert all(stop > start for start, stop in bounds)


def test_batches_shrink_as_the_work_runs_out_so_workers_finish_together():
    sizes = [stop - start for start, stop in batch_bounds(1000, 2)]
    assert sizes[0] == 64  # large at first: few round trips
    assert sizes == sorted(sizes, reverse=True)
    assert sizes[-8:] == [1] * 8  # the last ones: a task each
    assert len(sizes) < 60  # about fifty round trips, not a thousand


def test_no_batch_is_larger_than_asked():
    assert max(stop - start for start, stop in batch_bounds(10_000, 2, most=8)) == 8


def test_a_pools_results_come_in_task_order():
    tasks = list(range(catalogs._POOL_THRESHOLD * 3))
    assert list(catalogs._run(_double, tasks, 2, None)) == [2 * t for t in tasks]


def _double(task: int) -> int:
    return 2 * task


# ---------------------------------------------------------------- how many workers
def test_the_cpus_usable_are_those_the_process_may_run_on(monkeypatch, tmp_path):
    # A container or `taskset` gives a process fewer processors than the machine has:
    # os.cpu_count() counts the machine's, and a pool of that many on one CPU thrashes.
    monkeypatch.setattr(os, "cpu_count", lambda: 64)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {5}, raising=False)
    assert usable_cpus(tmp_path) == 1


@pytest.mark.parametrize(("files", "usable"), [
    ({"cpu.max": "150000 100000\n"}, 2),  # cgroup v2: 1.5 CPUs' time, rounded up
    ({"cpu.max": "50000 100000\n"}, 1),
    ({"cpu.max": "max 100000\n"}, 8),  # no quota
    ({"cpu/cpu.cfs_quota_us": "200000\n", "cpu/cpu.cfs_period_us": "100000\n"}, 2),  # v1
    ({"cpu/cpu.cfs_quota_us": "-1\n", "cpu/cpu.cfs_period_us": "100000\n"}, 8),
    ({"cpu.max": "not a quota\n"}, 8),  # unreadable: as if there were none
    ({}, 8),
])
def test_a_containers_cpu_quota_bounds_them(monkeypatch, tmp_path, files, usable):
    # `docker run --cpus=1.5`, a Kubernetes CI runner's CPU limit: the processors are
    # all there, the time on them is not.
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(8)), raising=False)
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert usable_cpus(tmp_path) == usable


def _no_pool(*args: object, **kwargs: object) -> None:
    raise AssertionError("a process pool was started")


def _many_releases(root: Path, count: int) -> Path:
    make_project(root)
    sample = (root / "releases" / f"{RELEASE_ID}.xml").read_text(encoding="utf-8")
    for n in range(count):
        (root / "releases" / f"r{n:03}.xml").write_text(
            sample.replace(f'id="{RELEASE_ID}"', f'id="r{n:03}"'), encoding="utf-8")
    return root


def test_on_a_one_cpu_runner_every_command_works_in_one_process(monkeypatch, tmp_path):
    # The machine (a CI runner's host) has 64 processors, this job one of them: by
    # default no command starts a pool of 64 workers, each importing the engines.
    root = _many_releases(tmp_path, 70)
    monkeypatch.chdir(root)
    monkeypatch.setattr(os, "cpu_count", lambda: 64)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0}, raising=False)
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", _no_pool)
    for args in (["extract"], ["update", "--locale", "ja"], ["validate"],
                 ["build", "--locale", "ja"]):
        result = CliRunner().invoke(app, args)
        assert result.exit_code in (0, 1), (args, result.output, result.exception)
        assert result.exception is None or isinstance(result.exception, SystemExit), args
    # Asked for, a pool is still started: the stand-in above does refuse it.
    result = CliRunner().invoke(app, ["validate", "--jobs", "2"])
    assert isinstance(result.exception, AssertionError)
    assert default_jobs(batch.PARALLEL_FROM) == 1

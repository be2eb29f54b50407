"""Every pool of worker processes leaves ^C to its parent (`leave_interrupts_to_the_parent`).

Ctrl-C reaches every process of the terminal's group. A worker of validate, extract,
update or normalize waiting for its next task died of it with a traceback of the pool's
internals, one for each worker, after the command's own "interrupted": found by ^C to
`validate --jobs 2` on 300 releases, 38 lines of traceback.

And every pool's tasks go in batches that shrink as the work runs out (`batch_bounds`),
handed back in task order.
"""

from __future__ import annotations

import signal
from pathlib import Path
from types import SimpleNamespace

from toolkit import catalogs
from toolkit.normalize import Options, batch
from toolkit.qa import project
from toolkit.qa.project import Tally
from toolkit.workers import batch_bounds


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

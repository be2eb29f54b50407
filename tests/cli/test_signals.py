"""SIGTERM, what CI sends a cancelled or timed-out job and `docker stop` a container, is
met as ^C is: every command's clean-up for an interrupt runs (a build saves its record,
removes its temp file and stops its pool), one line says so, and the exit is 128 + 15.

Before, it killed the process where it stood: the record unsaved (the next build redid
everything), a temp file left in the output folder, and the pool's workers waiting
forever for tasks.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
import typer

from toolkit.cli.common import Terminated, handles_errors

# A command that is stopped by SIGTERM in the middle of its work, in a process of its own
# (the signal would otherwise end the test run). Its `finally` stands for a command's
# clean-up; a forked child, as a pool's worker is, gets the same signal.
SCRIPT = """
import multiprocessing, os, signal, sys, time
from pathlib import Path
from toolkit.cli.common import handles_errors

marks = Path(sys.argv[1])

def worker():
    os.kill(os.getpid(), signal.SIGTERM)  # a group's stop reaches the workers too
    time.sleep(0.2)
    (marks / "worker finished its batch").touch()

@handles_errors
def command():
    try:
        child = multiprocessing.get_context("fork").Process(target=worker)
        child.start()
        child.join()
        (marks / f"worker exit {child.exitcode}").touch()
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(5)
        (marks / "not stopped").touch()
    finally:
        (marks / "cleaned up").touch()

try:
    command()
except BaseException as exc:  # typer.Exit, as the CLI gets it
    sys.exit(getattr(exc, "exit_code", 1))
"""


def test_sigterm_runs_the_commands_clean_up_and_exits_143(tmp_path: Path):
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)],
                          capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stderr) == (143, "terminated\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "cleaned up", "worker exit 0", "worker finished its batch"]


class _StoppedWhileFinalised:
    """An object whose finalizer a stop lands in, as a signal's exception can land in a
    generator or file the garbage collector closes: Python prints such an exception and
    goes on ("Exception ignored in: ...")."""

    def __init__(self, stop: type[KeyboardInterrupt]) -> None:
        self.stop = stop

    def __del__(self) -> None:
        raise self.stop


@pytest.mark.parametrize(("stop", "said", "code"), [
    (KeyboardInterrupt, "interrupted", 130), (Terminated, "terminated", 143)])
def test_a_stop_that_lands_in_a_finalizer_still_stops_the_command(stop, said, code, capsys):
    # Found by a SIGTERM to a build's process group: the build ran to its end, printed
    # "Exception ignored in ... toolkit.cli.common.Terminated: " and exited 0.
    went_on = []

    @handles_errors
    def command() -> None:
        _StoppedWhileFinalised(stop)  # finalised at once: its exception is swallowed
        for step in range(10_000):  # the command's own work, where the stop lands again
            went_on.append(step)
            time.sleep(0.001)

    with pytest.raises(typer.Exit) as exit_:
        command()
    assert exit_.value.exit_code == code
    assert capsys.readouterr().err == f"{said}\n"
    assert len(went_on) < 10_000

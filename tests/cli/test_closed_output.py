"""A reader that closes the output early (`communique validate --format json | head`)
ends the command quietly with 141 (128 + SIGPIPE), as a shell reports for git and the
other tools SIGPIPE stops. Click ended it quietly with exit 1, which a CI gate reads as
"problems found"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from toolkit.cli.common import CLOSED_OUTPUT
from toolkit.cli.validate import _batched

QA_PROJECT = Path(__file__).resolve().parent.parent / "fixtures" / "qa" / "project"


def run_into_closed_pipe(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command with its standard output a pipe whose reader has already gone."""
    read, write = os.pipe()
    os.close(read)
    try:
        return subprocess.run([sys.executable, "-m", "toolkit", *args], cwd=cwd,
                              stdout=write, stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(write)


@pytest.mark.parametrize("command", [["validate", "--format", "json", "releases"],
                                     ["stats", "--format", "json"]])
def test_a_closed_output_exits_141_without_a_word(command: list[str]):
    # (Each would exit 0 with its output read: the releases are clean.)
    done = run_into_closed_pipe(QA_PROJECT, *command)
    assert (done.returncode, done.stderr) == (CLOSED_OUTPUT, "")
    assert CLOSED_OUTPUT == 141


def test_a_report_built_whole_is_written_in_pieces():
    # A write the reader's closing cuts short returns as if done (Python's buffered
    # writer): SARIF written whole was cut silently and validate exited with its own code.
    pieces = list(_batched(["x" * 10, "y" * 25, "z"], size=8))
    assert "".join(pieces) == "x" * 10 + "y" * 25 + "z"
    assert max(map(len, pieces)) == 8

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


@pytest.mark.parametrize("command", [["--help"], ["validate", "--help"], ["--version"]])
def test_what_communique_prints_before_a_command_exits_141_too(tmp_path: Path,
                                                              command: list[str]):
    # The help (printed by rich) and the version (by Click) exited 1 when cut off,
    # which a script reads as communique failing.
    done = run_into_closed_pipe(tmp_path, *command)
    assert (done.returncode, done.stderr) == (CLOSED_OUTPUT, "")


def test_help_cut_short_by_its_reader_exits_141(tmp_path: Path):
    # `communique --help | head`: the reader goes after the first lines.
    done = run_into_pipe_closed_early(tmp_path, "--help")
    assert (done.returncode, done.stderr) == (CLOSED_OUTPUT, "")


def test_a_report_built_whole_is_written_in_pieces():
    # A write the reader's closing cuts short returns as if done (Python's buffered
    # writer): SARIF written whole was cut silently and validate exited with its own code.
    pieces = list(_batched(["x" * 10, "y" * 25, "z"], size=8))
    assert "".join(pieces) == "x" * 10 + "y" * 25 + "z"
    assert max(map(len, pieces)) == 8


def run_into_pipe_closed_early(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command with its output a pipe whose reader takes one byte and goes, as
    `| head -c1` does: the command's write under way is cut short."""
    read, write = os.pipe()
    # PYTHONUNBUFFERED=1, as CI images commonly set: each write goes to the pipe as it
    # is, and one cut short returns as if done (Python's text layer drops the rest).
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with subprocess.Popen([sys.executable, "-m", "toolkit", *args], cwd=cwd, stdout=write,
                          stderr=subprocess.PIPE, text=True, env=env) as process:
        os.close(write)
        os.read(read, 1)
        os.close(read)
        _, err = process.communicate(timeout=120)
    return subprocess.CompletedProcess(process.args, process.returncode, "", err)


@pytest.fixture(scope="module")
def many_releases(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project whose reports are longer than a pipe holds (64 KiB)."""
    from build_support import RELEASE_ID, make_project

    root = make_project(tmp_path_factory.mktemp("many"))
    sample = (root / "releases" / f"{RELEASE_ID}.xml").read_text(encoding="utf-8")
    for n in range(80):
        (root / "releases" / f"r{n:03}.xml").write_text(
            sample.replace(f'id="{RELEASE_ID}"', f'id="r{n:03}"'), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "toolkit", "extract"], cwd=root, check=True,
                   capture_output=True)
    return root


@pytest.mark.parametrize("command", [["stats", "--format", "json"],
                                     ["update", "--format", "json"]])
def test_a_long_report_cut_short_exits_141(many_releases: Path, command: list[str]):
    # Printed whole, the report's one write was cut short and the command exited 0,
    # as if its reader had read it all.
    done = run_into_pipe_closed_early(many_releases, *command)
    assert (done.returncode, done.stderr) == (CLOSED_OUTPUT, "")

"""The usual mistakes of a new user, each answered with one line on stderr that names the
file (and line) and says what to do, the right exit code, no traceback and nothing
half-written."""

from __future__ import annotations

from pathlib import Path

import pytest
from build_support import files, make_project
from typer.testing import CliRunner

from toolkit.cli.app import app


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_project(tmp_path / "project")
    monkeypatch.chdir(root)
    return root


def one_line(result) -> str:
    """The command's single stderr line, after checking nothing escaped as a traceback."""
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        result.exception
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_an_output_folder_that_cannot_be_made_is_one_line_and_exit_2(project):
    (project / "notes.txt").write_text("not a folder\n", encoding="utf-8")
    before = files(project)
    for extra in ([], ["--format", "json"]):
        result = invoke("build", "-o", "notes.txt/site", *extra)
        assert result.exit_code == 2
        line = one_line(result)
        assert line.startswith("notes.txt/") and ": error: " in line, line
        assert files(project) == before  # nothing written, no temporary file left

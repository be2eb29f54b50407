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


@pytest.mark.parametrize("command", ["validate", "build", "stats", "pseudo"])
def test_a_folder_that_holds_no_project_is_refused_not_passed(
        tmp_path, monkeypatch, command):
    # Run in the wrong folder, these found no release and ended with exit 0: a CI gate
    # passing on nothing, "nothing to build", an empty table.
    monkeypatch.chdir(tmp_path)
    result = invoke(command)
    assert result.exit_code == 2
    line = one_line(result)
    assert "no communique.toml" in line and "give --config" in line, line
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", ["validate", "build", "stats", "pseudo"])
def test_a_releases_folder_that_does_not_exist_names_the_setting_and_its_line(
        project, command):
    config = project / "communique.toml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        'releases = "releases"', 'releases = "relases"'), encoding="utf-8")
    before = files(project)
    result = invoke(command)
    assert result.exit_code == 2
    assert one_line(result).startswith(
        "communique.toml:3: error: the releases folder relases does not exist"), result.stderr
    assert files(project) == before


def test_a_release_named_on_the_command_line_needs_no_releases_folder(tmp_path, monkeypatch):
    # The pre-commit hook, or a file checked by hand outside any project.
    release = make_project(tmp_path / "project") / "releases" / "japan-kyrgyz-fm-meeting-2022.xml"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert invoke("validate", str(release)).exit_code == 0

"""`communique extract` on the command line: naming the releases to extract."""

from __future__ import annotations

from pathlib import Path

import pytest
from build_support import RELEASE_ID, files, japanese_project
from typer.testing import CliRunner

from toolkit.cli.app import app

SAMPLE = RELEASE_ID


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return japanese_project(tmp_path)


@pytest.mark.parametrize(("typed", "line"), [
    ("no-such-id", "no-such-id: error: no such release (looked for releases/no-such-id.xml)\n"),
    ("releases/missing.xml", "releases/missing.xml: error: no such release\n"),
    ("../elsewhere.xml", "../elsewhere.xml: error: no such release\n"),
])
def test_a_missing_release_is_one_error_line_naming_it_as_typed(project, typed, line):
    before = files(project)
    result = CliRunner().invoke(app, ["extract", SAMPLE, typed])
    assert result.exit_code == 2
    assert result.stderr == line
    assert result.stdout == ""
    assert files(project) == before  # not even the release that exists is extracted


def test_an_id_is_looked_for_relative_to_the_current_folder(project, monkeypatch):
    monkeypatch.chdir(project / "releases")
    result = CliRunner().invoke(app, ["extract", "no-such-id"])
    assert result.exit_code == 2
    assert result.stderr == "no-such-id: error: no such release (looked for no-such-id.xml)\n"


def test_an_id_names_its_release_in_the_releases_folder(project):
    result = CliRunner().invoke(app, ["extract", SAMPLE])
    assert result.exit_code == 0, result.stderr
    assert (project / "locales" / f"{SAMPLE}.pot").is_file()

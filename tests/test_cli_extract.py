"""`communique extract` on the command line: naming the releases to extract."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from toolkit.cli.app import app

REPO = Path(__file__).resolve().parent.parent
SAMPLE = "japan-kyrgyz-fm-meeting-2022"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "releases").mkdir()
    shutil.copy(REPO / "releases" / f"{SAMPLE}.xml", tmp_path / "releases")
    (tmp_path / "communique.toml").write_text('source-locale = "en"\nlocales = ["ja"]\n',
                                              encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def files(root: Path) -> list[Path]:
    return sorted(p.relative_to(root) for p in root.rglob("*"))


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

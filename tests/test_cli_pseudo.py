"""`communique pseudo` on the command line: which locales it writes catalogs for."""

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
    """The sample release and its template, in a project configured for Japanese."""
    (tmp_path / "releases").mkdir()
    (tmp_path / "locales").mkdir()
    shutil.copy(REPO / "releases" / f"{SAMPLE}.xml", tmp_path / "releases")
    shutil.copy(REPO / "locales" / f"{SAMPLE}.pot", tmp_path / "locales")
    (tmp_path / "communique.toml").write_text('source-locale = "en"\nlocales = ["ja"]\n',
                                              encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def files(root: Path) -> list[Path]:
    return sorted(p.relative_to(root) for p in root.rglob("*"))


@pytest.mark.parametrize("tag", ["xx", "xx-XA", "en_QQQ", "not a locale"])
def test_a_locale_cldr_does_not_know_is_refused_as_build_refuses_it(project, tag):
    before = files(project)
    result = CliRunner().invoke(app, ["pseudo", "--locale", tag])
    build = CliRunner().invoke(app, ["build", "--locale", tag])
    assert result.exit_code == build.exit_code == 2
    assert result.stderr == build.stderr
    assert result.stderr.count("\n") == 1 and repr(tag) in result.stderr
    assert result.stdout == ""
    assert files(project) == before  # no locales/<tag>/ folder


@pytest.mark.parametrize("tag", ["en-XA", "ar-XB", "fr"])
def test_pseudo_locales_and_unconfigured_cldr_locales_get_catalogs(project, tag):
    result = CliRunner().invoke(app, ["pseudo", "--locale", tag])
    assert result.exit_code == 0, result.stderr
    assert (project / "locales" / tag / "LC_MESSAGES" / f"{SAMPLE}.po").is_file()

"""`communique pseudo` on the command line: which locales it writes catalogs for."""

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

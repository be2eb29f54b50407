"""Paths a command prints are named as people type them: relative to the current folder
when under it, absolute otherwise; normalize as build, extract and the others."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from toolkit.cli.app import app

REPO = Path(__file__).resolve().parent.parent.parent
MOFA = REPO / "tests" / "fixtures" / "normalize" / "mofa-meeting-text" / "input.txt"
MOFA_ID = "2023-03-07-japan-mongolia-foreign-ministers-meeting"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "project"
    (root / "in").mkdir(parents=True)
    shutil.copy(MOFA, root / "in" / "meeting.txt")
    (root / "communique.toml").write_text('source-locale = "en"\nlocales = ["ja"]\n',
                                          encoding="utf-8")
    monkeypatch.chdir(root)
    return root


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def test_normalize_names_the_configured_releases_folder_from_the_current_folder(project):
    result = invoke("normalize", "in/meeting.txt")
    assert result.exit_code == 0, result.output
    assert result.stdout == f"in/meeting.txt -> releases/{MOFA_ID}.xml (written, 14 guesses)\n"
    assert (project / "releases" / f"{MOFA_ID}.xml").is_file()
    data = json.loads(invoke("normalize", "in/meeting.txt", "--format", "json").stdout)
    assert data[0]["output"] == f"releases/{MOFA_ID}.xml"


def test_normalize_names_an_output_folder_as_build_names_it(project):
    # An absolute -o under the current folder: build prints "-> site/", normalize "site/...".
    result = invoke("normalize", "in/meeting.txt", "-o", str(project / "site"))
    assert result.exit_code == 0, result.output
    assert f" -> site/{MOFA_ID}.xml " in result.stdout


def test_a_release_that_would_be_overwritten_is_named_from_the_current_folder(project):
    (project / "releases").mkdir()
    (project / "releases" / f"{MOFA_ID}.xml").write_text("hand-edited\n", encoding="utf-8")
    result = invoke("normalize", "in/meeting.txt")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"releases/{MOFA_ID}.xml: error: exists")


def test_paths_outside_the_current_folder_stay_absolute(project, tmp_path):
    outside = tmp_path / "elsewhere"
    result = invoke("normalize", "in/meeting.txt", "-o", str(outside))
    assert result.exit_code == 0, result.output
    assert f" -> {outside / MOFA_ID}.xml " in result.stdout

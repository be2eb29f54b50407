"""The pre-commit hook other repositories use: read as pre-commit reads it, then run."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import yaml
from typer.testing import CliRunner

from toolkit.cli.app import app

REPO = Path(__file__).resolve().parents[2]


def hook() -> dict[str, object]:
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())
    [found] = [h for h in hooks if h["id"] == "communique-validate"]
    return found


def test_the_hook_is_declared_as_pre_commit_expects():
    found = hook()
    assert found["language"] == "python"
    assert found["pass_filenames"] is True
    assert found["entry"] == "communique validate"
    for key in ("id", "name", "entry", "language"):
        assert isinstance(found[key], str) and found[key]


def test_the_hook_takes_releases_templates_and_catalogs_only():
    files = re.compile(str(hook()["files"]))
    for name in ("releases/a.xml", "locales/a.pot", "locales/ja/LC_MESSAGES/a.po"):
        assert files.search(name), name
    for name in ("schemas/release.xsd", "README.md", "a.pot.bak", "pyproject.toml"):
        assert not files.search(name), name


def test_the_hook_command_passes_on_the_sample_files(monkeypatch):
    monkeypatch.chdir(REPO)
    files = ["releases/japan-kyrgyz-fm-meeting-2022.xml",
             "locales/japan-kyrgyz-fm-meeting-2022.pot",
             "locales/ja/LC_MESSAGES/japan-kyrgyz-fm-meeting-2022.po"]
    program, command = shlex.split(str(hook()["entry"]))
    assert program == "communique"
    result = CliRunner().invoke(app, [command, *files])
    # pre-commit shows a passing hook's output only when its config says verbose: true
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "checked 1 release, 1 template, 1 catalog: no problems\n"

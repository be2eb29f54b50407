"""Helpers of the QA tests: the fixture project, its template, and validate runs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from toolkit.cli.app import app
from toolkit.extract import extract_template
from toolkit.loader import load_release
from toolkit.po_write import format_po

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "qa"
PROJECT = FIXTURES / "project"
CASES = FIXTURES / "cases"
RELEASE_ID = "qa-sample"


def write_template(root: Path) -> Path:
    """What `communique extract` writes for the fixture release."""
    release = load_release(root / "releases" / f"{RELEASE_ID}.xml")
    template = root / "locales" / f"{RELEASE_ID}.pot"
    template.write_bytes(format_po(extract_template(
        release, f"releases/{RELEASE_ID}.xml", "en")))
    return template


def make_project(tmp_path: Path) -> Path:
    """A fresh copy of the fixture project, with the template extract makes."""
    root = tmp_path / "project"
    shutil.copytree(PROJECT, root)
    write_template(root)
    return root


class Result:
    """A validate run: exit code, output, and the issues as json gives them."""

    def __init__(self, exit_code: int, output: str, issues: list[dict[str, object]]) -> None:
        self.exit_code = exit_code
        self.output = output
        self.issues = issues

    @property
    def codes(self) -> list[str]:
        return sorted(str(i["code"]) for i in self.issues)


def validate(root: Path, *args: str) -> Result:
    """`communique validate --format json` on a project, as CI would run it."""
    result = CliRunner().invoke(app, ["validate", "--config", str(root / "communique.toml"),
                                      "--format", "json", *args])
    issues = json.loads(result.stdout) if result.stdout.strip() else []
    return Result(result.exit_code, result.output, issues)

"""Naming releases on the command line: every command that takes releases (extract,
update, pseudo, build, stats) takes ids, release XML paths and folders alike, through one
resolver, and refuses a name that finds nothing the same way."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from build_support import RELEASE_ID, files, japanese_project
from typer.testing import CliRunner

from toolkit.cli.app import app

OTHER = "other-release"
# Each command as it is run on the releases named after it; pseudo needs a pseudo-locale.
COMMANDS = {
    "extract": ["extract"],
    "update": ["update"],
    "pseudo": ["pseudo", "--locale", "en-XA"],
    "build": ["build"],
    "stats": ["stats"],
}


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The Japanese sample project with a second release, both extracted."""
    root = tmp_path / "project"
    root.mkdir()
    monkeypatch.chdir(root)
    japanese_project(root)
    sample = root / "releases" / f"{RELEASE_ID}.xml"
    (root / "releases" / f"{OTHER}.xml").write_text(
        sample.read_text(encoding="utf-8").replace(f'id="{RELEASE_ID}"', f'id="{OTHER}"'),
        encoding="utf-8")
    assert invoke("extract").exit_code == 0
    return root


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def ids_in(command: str, data: object) -> set[str]:
    """The release ids a command's JSON report says it worked on."""
    if command == "build":
        assert isinstance(data, dict)
        return {r["id"] for r in data["results"]}
    if command == "stats":
        assert isinstance(data, list)
        return {r["release"] for r in data}
    assert isinstance(data, dict)
    return {f["release"] for f in data["files"]}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("form", ["id", "path", "absolute path", "./path"])
def test_every_command_takes_a_release_by_id_or_by_path(project, command, form):
    typed = {"id": RELEASE_ID, "path": f"releases/{RELEASE_ID}.xml",
             "absolute path": str(project / "releases" / f"{RELEASE_ID}.xml"),
             "./path": f"./releases/{RELEASE_ID}.xml"}[form]
    result = invoke(*COMMANDS[command], typed, "--format", "json")
    assert result.exit_code == 0, result.output
    assert ids_in(command, json.loads(result.stdout)) == {RELEASE_ID}


@pytest.mark.parametrize("command", COMMANDS)
def test_a_folder_stands_for_its_releases_and_a_name_counts_once(project, command):
    result = invoke(*COMMANDS[command], "releases", OTHER, "--format", "json")
    assert result.exit_code == 0, result.output
    assert ids_in(command, json.loads(result.stdout)) == {RELEASE_ID, OTHER}
    if command != "stats":  # each file once, not twice because it was named twice
        data = json.loads(result.stdout)
        listed = data["results"] if command == "build" else data["files"]
        assert len(listed) == len({json.dumps(x, sort_keys=True) for x in listed})


@pytest.mark.parametrize(("typed", "line"), [
    ("no-such-id", "no-such-id: error: no such release (looked for releases/no-such-id.xml)\n"),
    ("releases/missing.xml", "releases/missing.xml: error: no such release\n"),
    ("../elsewhere.xml", "../elsewhere.xml: error: no such release\n"),
])
@pytest.mark.parametrize("command", COMMANDS)
def test_a_name_that_finds_no_release_is_one_error_line_and_nothing_is_written(
        project, command, typed, line):
    before = files(project)
    # The release that exists comes first: it is not worked on either.
    result = invoke(*COMMANDS[command], RELEASE_ID, typed)
    assert result.exit_code == 2
    assert result.stderr == line
    assert result.stdout == ""
    assert files(project) == before


@pytest.mark.parametrize("command", COMMANDS)
def test_two_files_of_one_name_from_two_folders_are_refused(project, command):
    # Outputs are named by the file's name: the second was built over the first's pages.
    (project / "drafts").mkdir()
    shutil.copy(project / "releases" / f"{RELEASE_ID}.xml", project / "drafts")
    before = files(project)
    result = invoke(*COMMANDS[command], RELEASE_ID, f"drafts/{RELEASE_ID}.xml")
    assert result.exit_code == 2
    assert result.stderr == (
        f"drafts/{RELEASE_ID}.xml: error: releases/{RELEASE_ID}.xml has this file name too: "
        "the two would write the same template and pages; give one\n")
    assert result.stdout == ""
    assert files(project) == before


@pytest.mark.parametrize("command", COMMANDS)
def test_an_empty_folder_is_refused_not_a_run_with_nothing_to_do(project, command):
    (project / "drafts").mkdir()
    before = files(project)
    result = invoke(*COMMANDS[command], "drafts")
    assert result.exit_code == 2
    assert result.stderr == "drafts: error: no release XML (.xml files) in this folder\n"
    assert files(project) == before


def test_an_id_is_looked_for_in_the_releases_folder_shown_from_the_current_folder(
        project, monkeypatch):
    monkeypatch.chdir(project / "releases")
    for command in COMMANDS.values():
        result = invoke(*command, "no-such-id")
        assert result.exit_code == 2
        assert result.stderr == ("no-such-id: error: no such release (looked for "
                                 "no-such-id.xml)\n")


@pytest.mark.parametrize("command", COMMANDS)
def test_run_from_outside_every_project_the_releases_named_find_theirs(
        project, monkeypatch, command):
    # A project in a folder of a repository, run from the repository's root (as
    # pre-commit and CI steps run): without its config, ja was no locale of the run.
    monkeypatch.chdir(project.parent)
    result = invoke(*COMMANDS[command], f"project/releases/{RELEASE_ID}.xml", "--format",
                    "json")
    assert result.exit_code == 0, result.output
    assert ids_in(command, json.loads(result.stdout)) == {RELEASE_ID}
    assert sorted(p.name for p in project.parent.iterdir()) == ["project"]  # (not ./locales)
    if command == "build":
        assert (project / "build" / "ja" / f"{RELEASE_ID}.html").is_file()
    if command == "stats":
        assert [row["locale"] for row in json.loads(result.stdout)] == ["ja"]


@pytest.mark.parametrize("command", ["update", "pseudo"])
def test_a_release_without_a_template_is_refused_by_the_catalog_commands(project, command):
    shutil.copy(project / "releases" / f"{OTHER}.xml", project / "releases" / "new.xml")
    before = files(project)
    result = invoke(*COMMANDS[command], f"releases/{OTHER}.xml", "releases/new.xml")
    assert result.exit_code == 2
    # The file looked for, as the project names it (it named the folder's absolute path).
    assert result.stderr == ("communique: error: no template for 'new' (looked for "
                             "locales/new.pot): run `communique extract` first\n")
    assert files(project) == before


def test_the_help_of_every_command_says_the_same_of_its_releases():
    pages = {name: invoke(name, "--help").stdout for name in COMMANDS}
    for name, page in pages.items():
        text = " ".join(page.replace("│", " ").split())
        assert "Release ids, release XML files or folders of them (default:" in text, name
        assert "[OPTIONS] [RELEASE]" in text, name

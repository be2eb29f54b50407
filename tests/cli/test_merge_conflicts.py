"""A release, template or catalog left with a merge's conflict markers is said to be
one, at its first marker's line, column 1, by every command that reads it, with the
code `merge-conflict` in its JSON. The parsers' own words for the marker's line
(`unexpected '<<<<<<<'`, libxml2's `StartTag: invalid element name`) did not say that a
merge was left unresolved."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from build_support import RELEASE_ID, catalog_path, make_project
from typer.testing import CliRunner

from toolkit.cli.app import app

RELEASE = f"releases/{RELEASE_ID}.xml"
TEMPLATE = f"locales/{RELEASE_ID}.pot"
JA = f"locales/ja/LC_MESSAGES/{RELEASE_ID}.po"


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


def conflict(path: Path, line: str, ours: str, theirs: str, base: str | None = None) -> int:
    """`line` of the file replaced by a conflict between `ours` and `theirs` as git
    writes it (with diff3's base section when `base` is given); the line number of its
    <<<<<<< marker."""
    lines = path.read_text(encoding="utf-8").split("\n")
    at = lines.index(line)
    block = ["<<<<<<< HEAD", ours, *(["||||||| base", base] if base is not None else []),
             "=======", theirs, ">>>>>>> translations"]
    path.write_text("\n".join([*lines[:at], *block, *lines[at + 1:]]), encoding="utf-8")
    return at + 1


def conflicted_release(root: Path) -> int:
    release = root / RELEASE
    title = next(line for line in release.read_text(encoding="utf-8").split("\n")
                 if line.lstrip().startswith("<title>"))
    return conflict(release, title, title.replace("Meet", "Met"), title)


def conflicted_catalog(root: Path, base: str | None = None) -> int:
    po = catalog_path(root, "ja")
    msgstr = next(line for line in po.read_text(encoding="utf-8").split("\n")
                  if line.startswith('msgstr "') and line != 'msgstr ""')
    return conflict(po, msgstr, msgstr[:-1] + '（改）"', msgstr, base)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_project(tmp_path)
    monkeypatch.chdir(root)
    assert invoke("extract")[0] == 0
    return root


def said(where: str, line: int) -> str:
    return (f"{where}:{line}:1: error: unresolved merge conflict, marked by '<<<<<<< HEAD': "
            "keep the lines wanted and delete the marker lines (<<<<<<<, =======, >>>>>>>)")


def findings(report: object) -> list[dict[str, object]]:
    """Every finding of a command's JSON report, wherever the command puts them."""
    if isinstance(report, list):
        return [f for item in report for f in findings(item)]
    if isinstance(report, dict):
        if "code" in report and "path" in report:
            return [report]
        return [f for value in report.values() for f in findings(value)]
    return []


def test_validate_says_a_release_and_a_catalog_hold_a_merge_conflict(project: Path):
    release_line, catalog_line = conflicted_release(project), conflicted_catalog(project)
    code, out, _ = invoke("validate", RELEASE, JA)
    assert code == 2
    assert out.splitlines() == [said(JA, catalog_line) + " [merge-conflict]",
                                said(RELEASE, release_line) + " [merge-conflict]"]


def test_validate_annotates_the_first_marker_for_github_and_in_json(project: Path):
    line = conflicted_catalog(project, base='msgstr "older"')
    code, out, _ = invoke("validate", "--format", "github", JA)
    assert code == 2
    assert out.startswith(f"::error file={JA},line={line},col=1,title=merge-conflict::"
                          "unresolved merge conflict")
    code, out, _ = invoke("validate", "--format", "json")
    assert code == 2
    assert [(f["path"], f["line"], f["column"]) for f in json.loads(out)
            if f["code"] == "merge-conflict"] == [(JA, line, 1)]


def test_a_template_in_conflict_is_said_to_be_one(project: Path):
    template = project / TEMPLATE
    line = conflict(template, 'msgid "Tokyo"', 'msgid "Tokyo"', 'msgid "Tokio"')
    code, out, _ = invoke("validate", TEMPLATE)
    assert (code, out) == (2, said(TEMPLATE, line) + " [merge-conflict]\n")
    code, _, err = invoke("update", "--locale", "ja")
    assert code == 2 and said(TEMPLATE, line) + " [merge-conflict]" in err.splitlines()


@pytest.mark.parametrize("command", ["build", "stats", "extract"])
def test_commands_that_read_releases_say_so(project: Path, command: str):
    line = conflicted_release(project)
    code, _, err = invoke(command)
    assert code == 2
    assert any(said(RELEASE, line) in text for text in err.splitlines()), err
    code, out, _ = invoke(command, "--format", "json")
    assert code == 2
    assert {(f["path"], f["line"], f["column"], f["code"]) for f in findings(json.loads(out))
            } == {(RELEASE, line, 1, "merge-conflict")}


@pytest.mark.parametrize("command", ["build", "stats", "update"])
def test_commands_that_read_catalogs_say_so(project: Path, command: str):
    line = conflicted_catalog(project)
    code, _, err = invoke(command, "--locale", "ja")
    assert code == 2
    assert any(said(JA, line) in text for text in err.splitlines()), err
    code, out, _ = invoke(command, "--locale", "ja", "--format", "json")
    assert code == 2
    assert {(f["path"], f["line"], f["column"], f["code"]) for f in findings(json.loads(out))
            if f["severity"] == "error"} == {(JA, line, 1, "merge-conflict")}


@pytest.mark.parametrize("command", ["extract", "build", "validate", "stats"])
def test_a_config_in_conflict_is_said_to_be_one_at_its_line(project: Path, command: str):
    config = project / "communique.toml"
    line = conflict(config, next(text for text in config.read_text().split("\n")
                                 if text.startswith("locales")), 'locales = ["ja"]',
                    'locales = ["ja", "ar"]')
    code, _, err = invoke(command)
    assert (code, err) == (2, said("communique.toml", line) + "\n")


def with_second_release(root: Path) -> str:
    """A copy of the sample release as `second`, clean; its path."""
    text = (root / RELEASE).read_text(encoding="utf-8")
    second = root / "releases" / "second.xml"
    second.write_text(text.replace(f'id="{RELEASE_ID}"', 'id="second"'), encoding="utf-8")
    return "releases/second.xml"


def marker_in_text(root: Path, marker: str) -> int:
    """`marker` left on a line of the title's text, where it parses; its line."""
    release = root / RELEASE
    text = release.read_text(encoding="utf-8")
    release.write_text(text.replace("</title>", f"\n{marker}\n</title>", 1), encoding="utf-8")
    return text[:text.index("</title>")].count("\n") + 2


def marker_said(line: int, marker: str) -> str:
    return said(RELEASE, line).replace("'<<<<<<< HEAD'", repr(marker))


@pytest.mark.parametrize("marker", [">>>>>>> translations", "=======", "||||||| base"])
def test_extract_and_build_refuse_a_marker_a_release_parses_with(project: Path, marker: str):
    # Taken as the title's text, it went into the template and was published.
    with_second_release(project)
    line = marker_in_text(project, marker)
    code, out, err = invoke("extract")
    assert code == 2
    assert err.splitlines() == [marker_said(line, marker) + " [merge-conflict]"]
    assert "created\tlocales/second.pot" in out.splitlines()
    assert marker.split()[0] not in (project / TEMPLATE).read_text(encoding="utf-8")
    code, out, err = invoke("build")
    assert code == 2
    assert [text for text in err.splitlines() if text.startswith(RELEASE)] == [
        marker_said(line, marker) + " [merge-conflict]"]
    assert (project / "build" / "ja" / "second.html").is_file()
    assert not (project / "build" / "ja" / f"{RELEASE_ID}.html").exists()


@pytest.mark.parametrize("command", ["build", "extract"])
def test_a_marker_between_elements_is_the_conflict_not_a_schema_error(project: Path,
                                                                       command: str):
    release = project / RELEASE
    lines = release.read_text(encoding="utf-8").split("\n")
    at = next(n for n, text in enumerate(lines) if text.lstrip().startswith("<title>")) + 1
    release.write_text("\n".join([*lines[:at], ">>>>>>> theirs", *lines[at:]]),
                       encoding="utf-8")
    code, out, _ = invoke(command, "--format", "json")
    assert code == 2
    assert {(f["path"], f["line"], f["column"], f["code"]) for f in findings(json.loads(out))
            } == {(RELEASE, at + 1, 1, "merge-conflict")}

"""What a CI script reads from `--format json`: a file that could not be read is a
finding as `validate` and `build` give one (path, line, column, severity, code, message),
in `stats`, `update` and `extract` too, not only a line of text to take apart."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from build_support import RELEASE_ID, catalog_path, make_project
from typer.testing import CliRunner

from toolkit.cli.app import app

# The one line a command prints for a file it cannot read: path:line:col: error: message
# (no column where the reader gave none: tomllib's "at end of document")
ERROR_LINE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+)(?::(?P<column>\d+))?: error: "
                        r"(?P<message>.+)$")


def break_catalog(root: Path, locale: str) -> None:
    po = catalog_path(root, locale)
    po.write_text(po.read_text(encoding="utf-8") + '\nmsgid "Tokyo?"\nmsgstr unquoted\n',
                  encoding="utf-8")


def as_finding(text: str, code: str = "unreadable") -> dict[str, object]:
    """The finding a gate expects for the error line `text` (its ``[code]`` at the end,
    when it has one)."""
    found = ERROR_LINE.match(text.strip())
    assert found, text
    message = found["message"].removesuffix(f" [{code}]")
    return {"path": found["path"], "line": int(found["line"]),
            "column": int(found["column"] or 0), "severity": "error", "code": code,
            "message": message}


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_project(tmp_path)
    monkeypatch.chdir(root)
    assert invoke("extract")[0] == 0
    return root


def test_stats_gives_an_unreadable_catalogs_row_the_finding(project: Path):
    break_catalog(project, "ru")
    code, _, said = invoke("stats", "--locale", "ru")
    assert code == 2
    code, out, _ = invoke("stats", "--locale", "ru", "--format", "json")
    assert code == 2
    (row,) = json.loads(out)
    assert row["issues"] == [as_finding(said, "po-syntax")]
    assert row["issues"][0]["path"] == f"locales/ru/LC_MESSAGES/{RELEASE_ID}.po"
    # Still there for the scripts that read it: the line without its code.
    assert row["error"] == said.strip().removesuffix(" [po-syntax]")


def test_stats_totals_rows_carry_it_too(project: Path):
    break_catalog(project, "ja")
    _, out, _ = invoke("stats", "--totals", "--format", "json")
    rows = json.loads(out)["rows"]
    assert [row["locale"] for row in rows if "issues" in row] == ["ja"]


def test_update_gives_a_catalog_it_could_not_merge_the_finding(project: Path):
    break_catalog(project, "ja")
    code, _, said = invoke("update", "--locale", "ja")
    assert code == 2
    failed_line = next(line for line in said.splitlines() if ": error: " in line)
    code, out, _ = invoke("update", "--format", "json")
    assert code == 2
    files = json.loads(out)["files"]
    (failed,) = [f for f in files if f["status"] == "failed"]
    assert failed["issues"] == [as_finding(failed_line, "po-syntax")]
    assert all("issues" not in f for f in files if f["status"] != "failed")


def test_extract_gives_a_release_it_could_not_read_the_finding(project: Path):
    release = project / "releases" / f"{RELEASE_ID}.xml"
    release.write_text(release.read_text(encoding="utf-8").replace("<title>", "<title x",
                                                                   1), encoding="utf-8")
    code, _, said = invoke("extract")
    assert code == 2
    failed_line = next(line for line in said.splitlines() if ": error: " in line)
    _, out, _ = invoke("extract", "--format", "json")
    (failed,) = [f for f in json.loads(out)["files"] if f["status"] == "failed"]
    finding = as_finding(failed_line)
    assert failed["issues"] == [finding]
    assert finding["path"] == f"releases/{RELEASE_ID}.xml" and finding["column"] > 0


# A catalog each command refuses, and the code validate gives it: the code msgfmt's own
# faults have (`toolkit.qa.codes`), not "cannot be read" in general.
BROKEN_CATALOGS = [
    (lambda text: text + '\nmsgid "Tokyo?"\nmsgstr unquoted\n', "po-syntax"),
    (lambda text: text.replace("charset=UTF-8", "charset=KOI8-Z"), "po-encoding"),
    (lambda text: text + '\nmsgid "Tokyo"\nmsgstr "a"\n', "entry-duplicate"),
    (lambda text: text + '\n<<<<<<< HEAD\n', "merge-conflict"),
]


def codes_said(text: str) -> list[str]:
    """The codes at the ends of the error lines of a text report."""
    return [line.rpartition(" [")[2].rstrip("]") for line in text.splitlines()
            if ": error: " in line]


@pytest.mark.parametrize(("breaking", "expected"), BROKEN_CATALOGS)
def test_a_broken_catalog_has_one_code_in_every_command(
        project: Path, breaking: Callable[[str], str], expected: str):
    # validate said [po-syntax], build [unreadable], stats and update no code at all: a
    # gate reading their JSON, or a log searched for the code, found three faults.
    po = catalog_path(project, "ja")
    po.write_text(breaking(po.read_text(encoding="utf-8")), encoding="utf-8")
    found = {}
    status, out, _ = invoke("validate", "--format", "json")
    found["validate"] = (status, [f["code"] for f in json.loads(out)
                                  if f["path"].endswith(".po")])
    status, out, _ = invoke("build", "--format", "json")
    found["build"] = (status, [i["code"] for r in json.loads(out)["results"]
                               for i in r["issues"] if i["severity"] == "error"])
    status, out, _ = invoke("stats", "--format", "json")
    found["stats"] = (status, [i["code"] for row in json.loads(out)
                               for i in row.get("issues", ())])
    status, out, _ = invoke("update", "--format", "json")
    found["update"] = (status, [i["code"] for f in json.loads(out)["files"]
                                for i in f.get("issues", ())])
    for command in ("validate", "build", "stats", "update"):
        status, _, said = invoke(command)
        found[f"{command} (text)"] = (status, codes_said(said) if command != "validate"
                                      else codes_said(invoke(command)[1]))
    assert found == dict.fromkeys(found, (2, [expected]))


def codes_of(command: str) -> tuple[int, list[str]]:
    """The exit code of `command` run with --format json, and the codes of the errors
    its report gives."""
    status, out, _ = invoke(command, "--format", "json")
    report = json.loads(out)
    items = report["results"] if command == "build" else report["files"] \
        if command == "extract" else report
    return status, sorted({i["code"] for item in items for i in item.get("issues", [item])
                           if i.get("severity") == "error"})


def test_a_release_the_schema_refuses_has_its_code_in_every_command(project: Path):
    release = project / "releases" / f"{RELEASE_ID}.xml"
    release.write_text(release.read_text(encoding="utf-8").replace(
        "</place>", "</place><bogus/>", 1), encoding="utf-8")
    found = {command: codes_of(command) for command in ("build", "stats", "extract")}
    assert found == dict.fromkeys(found, (2, ["schema"]))
    assert codes_of("validate") == (1, ["schema"])  # (a finding: exit 1, as it was)


def test_a_release_not_named_by_its_id_has_its_code_in_every_command(project: Path):
    # extract refused it as "unreadable", where validate and build said id-filename.
    copy = project / "releases" / "copy.xml"
    copy.write_bytes((project / "releases" / f"{RELEASE_ID}.xml").read_bytes())
    status, out, _ = invoke("validate", "releases/copy.xml", "--format", "json")
    assert (status, [f["code"] for f in json.loads(out) if f["severity"] == "error"]) == \
        (1, ["id-filename"])
    found = {command: codes_of(command) for command in ("build", "extract")}
    assert found == dict.fromkeys(found, (2, ["id-filename"]))


REFUSED_CONFIGS = [
    (('min-coverage = 0', 'min-coverge = 0'), "unreadable"),  # an unknown key
    (('min-coverage = 0', 'min-coverage = 120'), "unreadable"),  # a bad value
    (('locales = ["ja", "ky", "ru", "ar"]', 'locales = ["ja", "ky"'), "unreadable"),  # TOML
    (('output = "build"', 'output = "build"\n\n[checks]\nnumber-chanegd = "off"'),
     "unreadable"),
    (('min-coverage = 0', '<<<<<<< HEAD\nmin-coverage = 0'), "merge-conflict"),
]


def refuse_config(root: Path, edit: tuple[str, str]) -> None:
    config = root / "communique.toml"
    text = config.read_text(encoding="utf-8")
    assert edit[0] in text
    config.write_text(text.replace(*edit), encoding="utf-8")


@pytest.mark.parametrize(("edit", "code"), REFUSED_CONFIGS)
def test_validate_gives_a_refused_config_as_a_json_finding_at_its_place(
        project: Path, edit: tuple[str, str], code: str):
    # The gate's config was a line on stderr alone: a script reading the report found an
    # empty stdout, not JSON, and the place only in a line of text.
    refuse_config(project, edit)
    code_text, _, said = invoke("validate")
    code_json, out, said_json = invoke("validate", "--format", "json")
    assert code_json == code_text == 2
    (finding,) = json.loads(out)
    assert finding == {**as_finding(said), "code": code}
    assert finding["path"] == "communique.toml" and finding["line"] > 0
    assert said_json == said  # the line for the person reading the log, as before


@pytest.mark.parametrize(("edit", "code"), REFUSED_CONFIGS)
def test_validate_gives_a_refused_config_as_a_github_annotation(
        project: Path, edit: tuple[str, str], code: str):
    refuse_config(project, edit)
    _, _, said = invoke("validate")
    place = as_finding(said)
    status, out, _ = invoke("validate", "--format", "github")
    assert status == 2
    where = f"file=communique.toml,line={place['line']}"
    if place["column"]:
        where += f",col={place['column']}"
    assert out == f"::error {where},title={code}::{place['message']}\n"


def test_validate_gives_a_refused_config_to_sarif_too(project: Path):
    refuse_config(project, REFUSED_CONFIGS[0][0])
    status, out, _ = invoke("validate", "--format", "sarif")
    assert status == 2
    (result,) = json.loads(out)["runs"][0]["results"]
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "communique.toml"
    assert location["region"] == {"startLine": 6, "startColumn": 1}


def test_validate_text_keeps_a_refused_config_to_its_one_line(project: Path):
    refuse_config(project, REFUSED_CONFIGS[0][0])
    status, out, said = invoke("validate")
    assert (status, out) == (2, "")
    assert said.startswith("communique.toml:6:1: error: unknown setting 'min-coverge'")


def test_validate_gives_a_missing_releases_folder_of_the_config_as_a_finding(project: Path):
    refuse_config(project, ('releases = "releases"', 'releases = "relases"'))
    status, out, said = invoke("validate", "--format", "json")
    assert status == 2
    assert json.loads(out) == [as_finding(said)]

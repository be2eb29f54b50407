"""The output formats: read back the way their consumers read them."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest

from toolkit.issues import Issue, Severity, error, warning
from toolkit.qa.codes import CODES
from toolkit.report import render, stream

TRICKY = [
    error("locales/ja/LC_MESSAGES/a,b:c.po", 12, "number-changed",
          "number '50%' of the source is missing\nsecond line\r:: done", column=3),
    warning("releases/x.xml", 0, "embargo-after-publication", "no line here"),
    error("/abs/path/with space.po", 4, "po-syntax", "100% broken, sorry: really"),
]


# ------------------------------------------------------------------ GitHub Actions

def unescape_data(value: str) -> str:
    return value.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def unescape_property(value: str) -> str:
    return (value.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":")
            .replace("%2C", ",").replace("%25", "%"))


def parse_workflow_command(line: str) -> tuple[str, dict[str, str], str]:
    """What the Actions runner does with a `::command k=v,k=v::data` line (ActionCommand
    TryParseV2): the command ends at the first `::` after the leading one, properties
    split on `,` then on the first `=`, values and data unescaped."""
    assert line.startswith("::")
    end = line.index("::", 2)
    command, _, props = line[2:end].partition(" ")
    properties = {}
    for item in filter(None, props.split(",")):
        key, _, value = item.partition("=")
        properties[key] = unescape_property(value)
    return command, properties, unescape_data(line[end + 2:])


def test_github_annotations_parse_back_to_the_issues():
    lines = render(TRICKY, "github").splitlines()
    assert len(lines) == len(TRICKY)
    parsed = {parse_workflow_command(line)[1]["file"]: parse_workflow_command(line)
              for line in lines}
    command, props, message = parsed["locales/ja/LC_MESSAGES/a,b:c.po"]
    assert command == "error"
    assert props == {"file": "locales/ja/LC_MESSAGES/a,b:c.po", "line": "12", "col": "3",
                     "title": "number-changed"}
    assert message == "number '50%' of the source is missing\nsecond line\r:: done"
    command, props, message = parsed["releases/x.xml"]
    assert command == "warning" and "line" not in props and "col" not in props
    assert parsed["/abs/path/with space.po"][2] == "100% broken, sorry: really"


def test_github_lines_have_the_documented_shape():
    line = render([error("a.po", 3, "url-changed", "URL changed", column=7)], "github")
    assert line == "::error file=a.po,line=3,col=7,title=url-changed::URL changed\n"


# ------------------------------------------------------------------ SARIF 2.1.0

# The parts of the OASIS SARIF 2.1.0 schema that our output uses, with its constraints
# (required members, enums, minimums, no unknown members in the objects we write).
_MESSAGE = {"type": "object", "properties": {"text": {"type": "string"}},
            "required": ["text"], "additionalProperties": False}
SARIF_SHAPE = {
    "type": "object",
    "required": ["version", "runs"],
    "additionalProperties": False,
    "properties": {
        "$schema": {"type": "string", "format": "uri"},
        "version": {"enum": ["2.1.0"]},
        "runs": {"type": "array", "items": {
            "type": "object",
            "required": ["tool"],
            "additionalProperties": False,
            "properties": {
                "columnKind": {"enum": ["utf16CodeUnits", "unicodeCodePoints"]},
                "tool": {"type": "object", "required": ["driver"], "additionalProperties": False,
                         "properties": {"driver": {
                             "type": "object", "required": ["name"],
                             "additionalProperties": False,
                             "properties": {
                                 "name": {"type": "string"},
                                 "version": {"type": "string"},
                                 "informationUri": {"type": "string", "format": "uri"},
                                 "rules": {"type": "array", "items": {
                                     "type": "object", "required": ["id"],
                                     "additionalProperties": False,
                                     "properties": {
                                         "id": {"type": "string"},
                                         "shortDescription": _MESSAGE,
                                         "defaultConfiguration": {
                                             "type": "object", "additionalProperties": False,
                                             "properties": {
                                                 "enabled": {"type": "boolean"},
                                                 "level": {"enum": [
                                                     "none", "note", "warning",
                                                     "error"]}}},
                                     }}},
                             }}}},
                "results": {"type": "array", "items": {
                    "type": "object",
                    "required": ["message"],
                    "additionalProperties": False,
                    "properties": {
                        "ruleId": {"type": "string"},
                        "ruleIndex": {"type": "integer", "minimum": -1},
                        "level": {"enum": ["none", "note", "warning", "error"]},
                        "message": _MESSAGE,
                        "locations": {"type": "array", "items": {
                            "type": "object", "additionalProperties": False,
                            "properties": {"physicalLocation": {
                                "type": "object", "additionalProperties": False,
                                "required": ["artifactLocation"],
                                "properties": {
                                    "artifactLocation": {
                                        "type": "object", "additionalProperties": False,
                                        "properties": {
                                            "uri": {"type": "string",
                                                    "format": "uri-reference"},
                                            "uriBaseId": {"type": "string"}}},
                                    "region": {
                                        "type": "object", "additionalProperties": False,
                                        "properties": {
                                            "startLine": {"type": "integer", "minimum": 1},
                                            "startColumn": {"type": "integer",
                                                            "minimum": 1}}},
                                }}}}},
                    }}},
            }}},
    },
}


def test_sarif_has_the_shape_of_sarif_2_1_0():
    log = json.loads(render(TRICKY, "sarif"))
    jsonschema.validate(log, SARIF_SHAPE, format_checker=jsonschema.FormatChecker())
    [run] = log["runs"]
    rules = run["tool"]["driver"]["rules"]
    for result in run["results"]:
        rule = rules[result["ruleIndex"]]
        assert rule["id"] == result["ruleId"]
        assert rule["shortDescription"]["text"] == CODES[result["ruleId"]].description


def test_sarif_locations_are_uri_references():
    log = json.loads(render(TRICKY, "sarif"))
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in log["runs"][0]["results"]}
    assert uris == {"locales/ja/LC_MESSAGES/a%2Cb%3Ac.po", "releases/x.xml",
                    "file:///abs/path/with%20space.po"}
    for uri in uris:
        assert not re.search(r"[ \\]", uri)


def test_a_sarif_rule_off_by_default_is_not_enabled_by_default():
    # translation-fuzzy is reported only where a project's [checks] turns it on: its
    # rule's default said nothing, read as a warning every run would report.
    issues = [error("locales/ja/LC_MESSAGES/a.po", 19, "translation-fuzzy", "fuzzy"),
              warning("locales/ja/LC_MESSAGES/a.po", 20, "punctuation-final", "m")]
    log = json.loads(render(issues, "sarif"))
    jsonschema.validate(log, SARIF_SHAPE, format_checker=jsonschema.FormatChecker())
    [run] = log["runs"]
    defaults = {r["id"]: r["defaultConfiguration"] for r in run["tool"]["driver"]["rules"]}
    assert defaults == {"punctuation-final": {"level": "warning"},
                        "translation-fuzzy": {"enabled": False}}
    assert [r["level"] for r in run["results"]] == ["error", "warning"]


def test_sarif_leaves_out_a_region_it_does_not_know():
    log = json.loads(render([warning("r.xml", 0, "embargo-after-publication", "m")], "sarif"))
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert "region" not in location


# ------------------------------------------------------------------ run in a subfolder

def test_paths_are_given_from_the_checkout_when_a_step_runs_in_a_subfolder(tmp_path, monkeypatch):
    # A workflow step with `working-directory: l10n`: GitHub resolves annotation files and
    # SARIF URIs against the repository root, not the step's folder.
    (tmp_path / "l10n").mkdir()
    monkeypatch.setenv("GITHUB_WORKSPACE", str(tmp_path))
    monkeypatch.chdir(tmp_path / "l10n")
    issues = [error("locales/ja/LC_MESSAGES/a.po", 3, "po-syntax", "broken"),
              error(str(tmp_path / "l10n" / "releases" / "x.xml"), 1, "schema", "bad"),
              error("/elsewhere/b.po", 1, "po-syntax", "outside the checkout")]
    files = {parse_workflow_command(line)[1]["file"]
             for line in render(issues, "github").splitlines()}
    assert files == {"/elsewhere/b.po", "l10n/locales/ja/LC_MESSAGES/a.po",
                     "l10n/releases/x.xml"}
    log = json.loads(render(issues, "sarif"))
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in log["runs"][0]["results"]}
    assert uris == {"file:///elsewhere/b.po", "l10n/locales/ja/LC_MESSAGES/a.po",
                    "l10n/releases/x.xml"}


def test_paths_are_left_as_given_outside_github_actions(tmp_path, monkeypatch):
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)
    monkeypatch.chdir(tmp_path)
    line = render([error("locales/a.po", 3, "po-syntax", "broken")], "github")
    assert parse_workflow_command(line.strip())[1]["file"] == "locales/a.po"


# ------------------------------------------------------------------ text and json

def test_text_is_one_line_per_issue_even_for_multi_line_messages():
    lines = render(TRICKY, "text").splitlines()
    assert len(lines) == 3
    assert lines[1].startswith("locales/ja/LC_MESSAGES/a,b:c.po:12:3: error: ")
    assert lines[1].endswith("[number-changed]")


def test_json_has_every_field():
    [item] = json.loads(render([TRICKY[1]], "json"))
    assert item == {"path": "releases/x.xml", "line": 0, "column": 0, "severity": "warning",
                    "code": "embargo-after-publication", "message": "no line here"}


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif"])
def test_output_is_deterministic_whatever_the_order_found(fmt):
    assert render(TRICKY, fmt) == render(list(reversed(TRICKY)), fmt)


def test_issue_sorting_is_by_place():
    issues = [Issue("b.po", 1, 0, Severity.ERROR, "x", "m"),
              Issue("a.po", 9, 0, Severity.ERROR, "x", "m")]
    assert render(issues, "text").splitlines()[0].startswith("a.po:9")



# ------------------------------------------------------------------ streaming

@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif"])
def test_a_streamed_report_is_the_rendered_one_piece_by_piece(fmt):
    assert "".join(stream(sorted(TRICKY), fmt)) == render(TRICKY, fmt)
    assert "".join(stream([], fmt)) == render([], fmt)


def test_a_streamed_json_report_holds_one_issue_at_a_time():
    pieces = list(stream(TRICKY, "json"))
    assert len(pieces) == len(TRICKY) + 1  # one per issue, then the closing bracket
    assert json.loads("".join(pieces)) == [i.as_dict() for i in TRICKY]  # order as given

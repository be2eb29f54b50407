"""Render issues for people (text), programs (json), GitHub Actions and SARIF readers."""

from __future__ import annotations

import json
from collections.abc import Iterable

from toolkit import __version__
from toolkit.issues import Issue, Severity

FORMATS = ("text", "json", "github", "sarif")


def render(issues: Iterable[Issue], fmt: str) -> str:
    items = sorted(issues)
    if fmt == "json":
        return json.dumps([i.as_dict() for i in items], ensure_ascii=False, indent=2) + "\n"
    if fmt == "github":
        return "".join(_github(i) + "\n" for i in items)
    if fmt == "sarif":
        return json.dumps(_sarif(items), ensure_ascii=False, indent=2) + "\n"
    return "".join(_text(i) + "\n" for i in items)


def _text(issue: Issue) -> str:
    where = issue.path
    if issue.line:
        where += f":{issue.line}"
        if issue.column:
            where += f":{issue.column}"
    return f"{where}: {issue.severity.value}: {issue.message} [{issue.code}]"


def _escape_data(value: str) -> str:
    # The workflow-command escapes of the Actions runner (toolkit/core command.ts).
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def _github(issue: Issue) -> str:
    props = [f"file={_escape_property(issue.path)}"]
    if issue.line:
        props.append(f"line={issue.line}")
    if issue.column:
        props.append(f"col={issue.column}")
    props.append(f"title={_escape_property(issue.code)}")
    level = "error" if issue.severity is Severity.ERROR else "warning"
    return f"::{level} {','.join(props)}::{_escape_data(issue.message)}"


def _sarif(issues: list[Issue]) -> dict[str, object]:
    rules = sorted({i.code for i in issues})
    results = []
    for issue in issues:
        region: dict[str, int] = {}
        if issue.line:
            region["startLine"] = issue.line
        if issue.column:
            region["startColumn"] = issue.column
        location: dict[str, object] = {"artifactLocation": {"uri": issue.path}}
        if region:
            location["region"] = region
        results.append({
            "ruleId": issue.code,
            "ruleIndex": rules.index(issue.code),
            "level": "error" if issue.severity is Severity.ERROR else "warning",
            "message": {"text": issue.message},
            "locations": [{"physicalLocation": location}],
        })
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "communique",
                "version": __version__,
                "informationUri": "https://pypi.org/project/communique/",
                "rules": [{"id": code} for code in rules],
            }},
            "results": results,
        }],
    }

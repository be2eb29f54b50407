"""Render issues for people (text), programs (json), GitHub Actions and SARIF readers."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePath
from urllib.parse import quote

from toolkit import __version__
from toolkit.issues import Issue, Severity

FORMATS = ("text", "json", "github", "sarif")


def render(issues: Iterable[Issue], fmt: str) -> str:
    """The issues sorted by place, as one text."""
    return "".join(stream(sorted(issues), fmt))


def stream(issues: Iterable[Issue], fmt: str) -> Iterator[str]:
    """The issues in the order given, rendered piece by piece.

    A big project's report is written while it is being found: text, github and json
    hold one issue at a time. SARIF lists its rules before its results, so it is built
    whole (it is uploaded as one document anyway).
    """
    # json and the table of codes (for SARIF's rules) are imported by the formats that
    # use them: a build's or a pre-commit validate's text report needs neither, and
    # every command's start-up pays for what it imports.
    if fmt == "sarif":
        import json

        yield json.dumps(_sarif(list(issues)), ensure_ascii=False, indent=2) + "\n"
    elif fmt == "json":
        import json

        # The layout of json.dumps(indent=2) of the whole list, one element at a time.
        empty = True
        for issue in issues:
            item = json.dumps(issue.as_dict(), ensure_ascii=False, indent=2)
            yield ("[\n  " if empty else ",\n  ") + item.replace("\n", "\n  ")
            empty = False
        yield "[]\n" if empty else "\n]\n"
    else:
        line = _github if fmt == "github" else _text
        for issue in issues:
            yield line(issue) + "\n"


def _text(issue: Issue) -> str:
    where = issue.path
    if issue.line:
        where += f":{issue.line}"
        if issue.column:
            where += f":{issue.column}"
    message = issue.message.replace("\r", "\\r").replace("\n", "\\n")  # one line each
    return f"{where}: {issue.severity.value}: {message} [{issue.code}]"


def _escape_data(value: str) -> str:
    # The workflow-command escapes of the Actions runner (toolkit/core command.ts).
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def in_checkout(path: str) -> str:
    """`path` as GitHub reads it: relative to the checkout (``GITHUB_WORKSPACE``) when it
    lies inside it. Annotations and code scanning resolve paths against the repository
    root, so a step run in a subfolder (``working-directory: l10n``) would otherwise
    point at ``locales/x.po`` instead of ``l10n/locales/x.po``."""
    root = os.environ.get("GITHUB_WORKSPACE")
    if not root:
        return path
    try:
        relative = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
    except ValueError:  # another drive (Windows)
        return path
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        return path
    return PurePath(relative).as_posix()


def _github(issue: Issue) -> str:
    # The annotation properties the runner reads (file, line, col, title), each escaped
    # as actions/toolkit's command.ts does; line and col only when known (>= 1).
    props = [f"file={_escape_property(in_checkout(issue.path))}"]
    if issue.line > 0:
        props.append(f"line={issue.line}")
        if issue.column > 0:
            props.append(f"col={issue.column}")
    props.append(f"title={_escape_property(issue.code)}")
    return f"::{_level(issue.severity)} {','.join(props)}::{_escape_data(issue.message)}"


def _level(severity: Severity) -> str:
    return "error" if severity is Severity.ERROR else "warning"


def _artifact(path: str) -> dict[str, str]:
    """A SARIF artifactLocation: a relative URI reference against the checkout root
    (what code-scanning services resolve), or a file: URI for an absolute path outside
    the checkout."""
    path = in_checkout(path)
    if PurePath(path).is_absolute():
        return {"uri": Path(path).as_uri()}
    return {"uri": quote(PurePath(path).as_posix(), safe="/"), "uriBaseId": "%SRCROOT%"}


def _rule(code: str) -> dict[str, object]:
    from toolkit.qa.codes import CODES

    known = CODES.get(code)
    rule: dict[str, object] = {
        "id": code,
        "shortDescription": {"text": known.description if known else code},
    }
    if known is not None:
        # A code off by default is reported only where a project turned it on: SARIF
        # says so with a rule not enabled by default, each result giving its level.
        rule["defaultConfiguration"] = ({"enabled": False} if known.severity is None
                                        else {"level": _level(known.severity)})
    return rule


def _sarif(issues: list[Issue]) -> dict[str, object]:
    """A SARIF 2.1.0 log: one run, one rule per code found, one result per issue."""
    rules = sorted({i.code for i in issues})
    index = {code: n for n, code in enumerate(rules)}
    results = []
    for issue in issues:
        region: dict[str, int] = {}
        if issue.line > 0:
            region["startLine"] = issue.line
            if issue.column > 0:
                region["startColumn"] = issue.column
        location: dict[str, object] = {"artifactLocation": _artifact(issue.path)}
        if region:
            location["region"] = region
        results.append({
            "ruleId": issue.code,
            "ruleIndex": index[issue.code],
            "level": _level(issue.severity),
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
                # No informationUri: the optional field must name the tool's page, and
                # communique is installed from its repository, not from an index.
                "rules": [_rule(code) for code in rules],
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }

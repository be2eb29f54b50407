"""`communique validate`: release XML (and, later, catalogs) checked for CI."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from toolkit.cli.common import CheckFormat, ConfigOption, handles_errors, project
from toolkit.errors import InputError
from toolkit.issues import Issue, Severity, error
from toolkit.model import Release
from toolkit.release_checks import check_file, check_unique_ids
from toolkit.report import render


@handles_errors
def command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Release XML files or folders (default: the configured releases)."),
    ] = None,
    *,
    output_format: Annotated[
        CheckFormat, typer.Option("--format", "-f", help="text, json, github or sarif.")
    ] = CheckFormat.text,
    warnings_as_errors: Annotated[
        bool, typer.Option("--warnings-as-errors", help="Exit 1 on warnings too.")
    ] = False,
    config: ConfigOption = None,
) -> None:
    """Check release XML against the schema and the rules it cannot express.

    Exit 0 when clean, 1 when problems were found, 2 when an input cannot be read.
    """
    cfg = project(config)
    files = _expand(paths) if paths else cfg.release_files()
    issues: list[Issue] = []
    releases: list[tuple[Path, Release]] = []
    unreadable = False
    for path in files:
        try:
            release, found = check_file(path)
        except InputError as exc:
            unreadable = True
            issues.append(error(str(exc.path), exc.line, "unreadable", exc.message, exc.column))
            continue
        issues.extend(found)
        if release is not None:
            releases.append((path, release))
    issues.extend(check_unique_ids(releases))
    typer.echo(render(issues, output_format.value), nl=False)
    if unreadable:
        raise typer.Exit(2)
    failing = [i for i in issues if i.severity is Severity.ERROR or warnings_as_errors]
    raise typer.Exit(1 if failing else 0)


def _expand(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(path.glob("*.xml")))
        else:
            files.append(path)
    return files

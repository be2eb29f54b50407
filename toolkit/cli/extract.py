"""`communique extract`: release XML into gettext templates (``<catalogs>/<id>.pot``)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from toolkit.cli.catalog_options import (
    JobsOption,
    NoWrapOption,
    WidthOption,
    page_width,
    print_files,
    summary_line,
)
from toolkit.cli.common import (
    ConfigOption,
    FormatOption,
    OutputFormat,
    handles_errors,
    interactive,
    progress_bar,
    project,
)
from toolkit.errors import InputError

if TYPE_CHECKING:
    from toolkit.catalogs import RunReport


@handles_errors
def command(
    releases: Annotated[
        list[str] | None,
        typer.Argument(help="Release XML files or release ids (default: every configured "
                       "release).", show_default=False),
    ] = None,
    *,
    width: WidthOption = None,
    no_wrap: NoWrapOption = False,
    jobs: JobsOption = None,
    output_format: FormatOption = OutputFormat.text,
    config: ConfigOption = None,
) -> None:
    """Write the gettext template of each release: one entry per distinct segment.

    Inline markup becomes attribute-free placeholder tags; `#.` comments give each
    segment's role, ITS notes and what each empty tag stands for; `#:` references point
    at the release. Files whose content did not change are not rewritten.
    Exit 0 when done, 2 when a release cannot be read (its template is left as it was).
    """
    from toolkit.catalogs import extract_project

    cfg = project(config)
    files = _release_files(cfg.releases, releases) if releases else None
    with progress_bar("extracting", output_format is OutputFormat.text and interactive()) \
            as progress:
        report = extract_project(cfg, files, width=page_width(width, no_wrap), jobs=jobs,
                                 progress=progress)
    _print(report, output_format, "template")
    raise typer.Exit(2 if report.failed else 0)


def _release_files(folder: Path, names: list[str]) -> list[Path]:
    files: list[Path] = []
    for name in names:
        path = Path(name)
        if path.is_dir():
            files.extend(sorted(path.glob("*.xml")))
            continue
        candidate = path if path.suffix == ".xml" or path.exists() else folder / f"{name}.xml"
        if not candidate.is_file():
            # Named as typed, like every other unreadable input; an id also says where
            # its file was looked for, relative to the current folder when under it.
            shown = _shown(candidate)
            raise InputError(name, "no such release" if shown == name
                             else f"no such release (looked for {shown})")
        files.append(candidate)
    return files


def _shown(path: Path) -> str:
    text = os.fspath(path)
    cwd = os.getcwd()
    if text.startswith(cwd + os.sep):
        return text[len(cwd) + 1:].replace(os.sep, "/")
    return text


def _print(report: RunReport, output_format: OutputFormat, noun: str) -> None:
    if output_format is OutputFormat.json:
        typer.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        return
    print_files(report)
    typer.echo(summary_line(report, noun))

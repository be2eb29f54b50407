"""`communique pseudo`: pseudo-translated catalogs, to test a build before translators."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from toolkit.atomic import write_bytes
from toolkit.catalog import set_fields
from toolkit.catalogs import FileResult, RunReport, Status, relative
from toolkit.cli.catalog_options import summary_line
from toolkit.cli.common import ConfigOption, FormatOption, OutputFormat, handles_errors, project
from toolkit.errors import InputError, UsageError
from toolkit.merge import new_header
from toolkit.po_read import read_po
from toolkit.po_write import format_dated
from toolkit.pseudo import pseudo_catalog

DEFAULT_LOCALE = "en-XA"  # the usual tag of an accented pseudo-locale


@handles_errors
def command(
    releases: Annotated[
        list[str] | None,
        typer.Argument(help="Release ids (default: every template).", show_default=False),
    ] = None,
    *,
    locale: Annotated[
        str, typer.Option("--locale", "-l", help="The pseudo-locale to write catalogs for.")
    ] = DEFAULT_LOCALE,
    output_format: FormatOption = OutputFormat.text,
    config: ConfigOption = None,
) -> None:
    """Write pseudo-translated catalogs: accented, 40% longer, bracketed, tags kept.

    Every message is translated, so a build of the pseudo-locale shows any text that
    escaped extraction (unaccented) and any layout that cannot take longer text.
    A configured (real) locale is refused: its translations would be overwritten.
    """
    cfg = project(config)
    if locale in cfg.locales or locale == cfg.source_locale:
        raise UsageError(f"{locale!r} is a configured locale; pseudo catalogs would "
                         "overwrite its translations (choose e.g. --locale en-XA)")
    templates = sorted(cfg.catalogs.glob("*.pot"))
    if releases:
        templates = [t for t in templates if t.stem in set(releases)]
    report = RunReport()
    for path in templates:
        target = cfg.catalog(locale, path.stem)
        where = relative(target, cfg.root)
        try:
            template = read_po(path)
        except InputError as exc:
            report.results.append(FileResult(where, Status.FAILED, path.stem, locale,
                                             error=exc))
            continue
        # Plural rules of the source language: a pseudo-locale has none of its own.
        header = set_fields(new_header(template, cfg.source_locale, ""),
                            {"Language": locale, "Language-Team": "pseudo-locale"})
        previous = target.read_bytes() if target.exists() else None
        data = format_dated(pseudo_catalog(template, locale, header), ("PO-Revision-Date",),
                            previous)
        written = write_bytes(target, data)
        status = Status.UNCHANGED if not written else (
            Status.UPDATED if previous is not None else Status.CREATED)
        report.results.append(FileResult(where, status, path.stem, locale))
    if output_format is OutputFormat.json:
        typer.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        for result in report.failed:
            typer.echo(str(result.error), err=True)
        typer.echo(summary_line(report, "pseudo catalog"))
    raise typer.Exit(2 if report.failed else 0)

"""`communique stats`: translation coverage per release and locale."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from toolkit.cli.common import ConfigOption, FormatOption, OutputFormat, handles_errors, project


@handles_errors
def command(
    releases: Annotated[
        list[Path] | None,
        typer.Argument(help="Release XML files (default: the configured releases)."),
    ] = None,
    *,
    locale: Annotated[
        list[str] | None,
        typer.Option("--locale", "-l", help="This locale only (repeatable; default: every "
                     "configured locale)."),
    ] = None,
    output_format: FormatOption = OutputFormat.text,
    config: ConfigOption = None,
) -> None:
    """Print translation coverage per release and locale, counted as `build` counts it.

    For each release and locale: translated, fuzzy, untranslated and rejected segments
    (distinct messages of the current release) and their words.
    """
    from toolkit.formatting import babel_locale_for
    from toolkit.stats import render_table, stats

    cfg = project(config)
    for tag in locale or ():
        babel_locale_for(tag)  # as build refuses it: a typo is not a 0% locale
    files = None
    if releases:
        files = [f for p in releases for f in (sorted(p.glob("*.xml")) if p.is_dir() else [p])]
    rows = stats(cfg, locales=locale or None, releases=files)
    if output_format is OutputFormat.json:
        typer.echo(json.dumps([r.as_dict() for r in rows], ensure_ascii=False, indent=2))
    else:
        typer.echo(render_table(rows), nl=False)

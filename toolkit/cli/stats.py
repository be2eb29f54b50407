"""`communique stats`: translation coverage per release and locale."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from toolkit.cli.common import (
    RELEASES_HELP,
    RELEASES_METAVAR,
    ConfigOption,
    FormatOption,
    OutputFormat,
    handles_errors,
    locale_tags,
    release_files,
    releases_project,
    say_unreadable,
    warn_unstarted,
)


@handles_errors
def command(
    releases: Annotated[
        list[str] | None,
        typer.Argument(help=RELEASES_HELP.format("every configured release"),
                       metavar=RELEASES_METAVAR, show_default=False),
    ] = None,
    *,
    locale: Annotated[
        list[str] | None,
        typer.Option("--locale", "-l", help="This locale only (repeatable; default: every "
                     "configured locale)."),
    ] = None,
    with_totals: Annotated[
        bool,
        typer.Option("--totals", help="Each locale's totals over the releases, also for "
                     "one release; with --format json the output is then an object: "
                     "`rows` (the list printed without --totals) and `locales` (each "
                     "locale's totals)."),
    ] = False,
    output_format: FormatOption = OutputFormat.text,
    config: ConfigOption = None,
) -> None:
    """Print translation coverage per release and locale, counted as `build` counts it.

    For each release and locale: translated, fuzzy, untranslated and rejected segments
    (distinct messages of the current release) and their words; then each locale's
    totals, when more than one release (or --totals). Exit 0 when counted, 2 when a
    release or catalog cannot be read (the others are still counted).
    """
    from toolkit.paths import display
    from toolkit.stats import errors, locale_totals, render_table, stats

    cfg = releases_project(config, releases)
    tags = locale_tags(cfg, locale)
    rows = stats(cfg, locales=tags, releases=release_files(cfg, releases))
    failed = errors(rows)
    warn_unstarted(cfg, tags, "its releases count as untranslated")
    if output_format is OutputFormat.json:
        listed = [r.as_dict() for r in rows]
        # A list without --totals, as it always was: its readers read on unchanged.
        data: object = listed if not with_totals else {
            "rows": listed,
            "locales": {found.locale: found.as_dict() for found in locale_totals(rows)}}
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        say_unreadable(failed)
        typer.echo(render_table(rows, with_totals=with_totals), nl=False)
        if not releases and not rows and not cfg.release_files():
            # Headings alone read as a run that broke off: say what was counted.
            typer.echo(f"0 releases in {display(cfg.releases)}/: nothing to count (write "
                       "them with `communique normalize INPUT...`)", err=True)
    raise typer.Exit(2 if failed else 0)  # as update and build: the rest is still done

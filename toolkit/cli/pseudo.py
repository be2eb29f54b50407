"""`communique pseudo`: pseudo-translated catalogs, to test a build before translators."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from toolkit.cli.catalog_options import NoWrapOption, WidthOption, page_width, summary_line
from toolkit.cli.common import (
    RELEASES_HELP,
    RELEASES_METAVAR,
    ConfigOption,
    FormatOption,
    OutputFormat,
    handles_errors,
    locale_tag,
    release_ids,
    releases_project,
    say_unreadable,
)
from toolkit.errors import UsageError
from toolkit.paths import display

DEFAULT_LOCALE = "en-XA"  # the usual tag of an accented pseudo-locale


@handles_errors
def command(
    releases: Annotated[
        list[str] | None,
        typer.Argument(help=RELEASES_HELP.format("every template"), metavar=RELEASES_METAVAR,
                       show_default=False),
    ] = None,
    *,
    locale: Annotated[
        str, typer.Option("--locale", "-l", help="The pseudo-locale to write catalogs for.")
    ] = DEFAULT_LOCALE,
    width: WidthOption = None,
    no_wrap: NoWrapOption = False,
    output_format: FormatOption = OutputFormat.text,
    config: ConfigOption = None,
) -> None:
    """Write pseudo-translated catalogs: accented, 40% longer, bracketed, tags kept.

    Every message is translated, so a build of the pseudo-locale shows any text that
    escaped extraction (unaccented) and any layout that cannot take longer text.
    A configured (real) locale is refused: its translations would be overwritten.
    So is a tag CLDR does not know, as build refuses it (pseudo-locales are a known
    language with region XA, XB or XC: en-XA, ar-XB). Region XB is bidi instead: each
    word right to left in RLO...PDF, for a right-to-left page. A catalog pseudo did not
    write is never overwritten (exit 2). Update leaves pseudo catalogs as they are: run
    pseudo again after extract to rewrite them from the new templates.
    """
    from toolkit.update import pseudo_locale_besides, pseudo_project

    cfg = releases_project(config, releases)
    locale = locale_tag(cfg, locale, pseudo=True)  # as build takes it: JA is ja
    if locale in cfg.locales or locale == cfg.source_locale:
        raise UsageError(f"{locale!r} is a configured locale; pseudo catalogs would "
                         "overwrite its translations (choose e.g. --locale "
                         f"{pseudo_locale_besides(cfg, locale)})")
    report = pseudo_project(cfg, locale, release_ids(cfg, releases),
                            width=page_width(width, no_wrap, cfg.po_width))
    if output_format is OutputFormat.json:
        typer.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        say_unreadable(result.error for result in report.failed if result.error is not None)
        typer.echo(summary_line(report, f"{locale} pseudo catalog"))
        if len(report.failed) < len(report.results):
            typer.echo(_next_steps(locale, config))
    raise typer.Exit(2 if report.failed else 0)


def _next_steps(locale: str, config: Path | None) -> str:
    """What to run next: the build the catalogs are for, and how they follow the source.
    Update merges only configured locales, so a pseudo catalog is as old as the pseudo
    run that wrote it, and a build of it reports the messages added since untranslated."""
    import shlex

    given = f" --config {shlex.quote(display(config))}" if config is not None else ""
    return (f"next: communique build --locale {locale}{given}; when the releases change, "
            f"communique extract, then communique pseudo --locale {locale}{given} again "
            "(update merges the configured locales only)")

"""`communique update`: templates merged into each locale's PO catalogs (msgmerge)."""

from __future__ import annotations

import re
from collections import Counter
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
    RELEASES_HELP,
    RELEASES_METAVAR,
    ConfigOption,
    FormatOption,
    OutputFormat,
    handles_errors,
    interactive,
    locale_tags,
    progress_bar,
    release_ids,
    releases_project,
)

if TYPE_CHECKING:
    from toolkit.catalogs import RunReport


@handles_errors
def command(
    releases: Annotated[
        list[str] | None,
        typer.Argument(help=RELEASES_HELP.format("every template"), metavar=RELEASES_METAVAR,
                       show_default=False),
    ] = None,
    *,
    locale: Annotated[
        list[str] | None,
        typer.Option("--locale", "-l", help="Update this locale (repeatable; default: the "
                     "configured locales).", show_default=False),
    ] = None,
    # Single negative flags, as msgmerge spells them: a --x/--no-x pair takes a column
    # of its own in the help table, which cut --no-fuzzy-matching off at 80 columns.
    no_fuzzy_matching: Annotated[
        bool, typer.Option("--no-fuzzy-matching", help="Do not give a changed message the "
                           "closest old translation (marked fuzzy).")
    ] = False,
    no_tm: Annotated[
        bool, typer.Option("--no-tm", help="Do not fill new messages from reviewed "
                           "translations in the locale's other catalogs (#. tm: <id>).")
    ] = False,
    renamed: Annotated[
        list[str] | None,
        typer.Option("--renamed", metavar="OLD=NEW", help="Release OLD is now NEW (its id "
                     "changed): merge NEW's catalogs from OLD's, comments, fuzzy and "
                     "obsolete entries included, then delete OLD's template and "
                     "catalogs that NEW's hold whole (repeatable).", show_default=False),
    ] = None,
    keep_old: Annotated[
        bool, typer.Option("--keep-old", help="With --renamed: leave OLD's template and "
                           "catalogs in place.")
    ] = False,
    width: WidthOption = None,
    no_wrap: NoWrapOption = False,
    jobs: JobsOption = None,
    output_format: FormatOption = OutputFormat.text,
    config: ConfigOption = None,
) -> None:
    """Merge each template into locales/<LL>/LC_MESSAGES/<id>.po, as msgmerge does.

    Unchanged messages keep their translation; a changed one gets the closest old
    translation marked fuzzy, with `#| msgid` showing the old source; a message that is
    gone stays as obsolete (#~). Missing catalogs are created with Language and
    Plural-Forms from CLDR. Files whose content did not change are not rewritten.
    A renamed release keeps its translations with --renamed OLD=NEW.
    A release changed since `extract` (or never extracted) is warned of: its catalogs
    follow its template, run `communique extract` first.
    Exit 0 when done (warnings too), 2 when a catalog cannot be read (it is left
    untouched).
    """
    from toolkit.update import UpdateOptions, update_project

    if keep_old and not renamed:
        from toolkit.errors import UsageError

        raise UsageError("--keep-old goes with --renamed OLD=NEW (it keeps OLD's files)")
    cfg = releases_project(config, releases)
    locales = locale_tags(cfg, locale)
    ids = release_ids(cfg, releases)
    options = UpdateOptions(fuzzy_matching=not no_fuzzy_matching, tm=not no_tm,
                            width=page_width(width, no_wrap, cfg.po_width))
    with progress_bar("updating", output_format is OutputFormat.text and interactive()) \
            as progress:
        report = update_project(cfg, locales, ids, options=options,
                                jobs=jobs, progress=progress, renamed=_renames(renamed),
                                keep_old=keep_old)
    for notice in report.notices:
        typer.echo(f"note: {notice}", err=True)
    if width is not None or no_wrap:
        # A merge that changes nothing leaves its catalog as laid out (no format: what
        # keeps a no-change run cheap), where msgmerge rewraps it: said, not surprising.
        from toolkit.catalogs import Status

        unchanged = report.count(Status.UNCHANGED)
        if unchanged:
            typer.echo(f"note: {unchanged} unchanged catalog"
                       f"{' keeps its' if unchanged == 1 else 's keep their'} layout: "
                       f"{'--no-wrap' if no_wrap else '--width'} applies to the catalogs "
                       "a merge changes (`msgcat --width N -o FILE FILE` rewraps one)",
                       err=True)
    for warning in report.warnings:
        typer.echo(f"warning: {warning}", err=True)
    _print(report, output_format)
    raise typer.Exit(2 if report.failed else 0)


def _renames(pairs: list[str] | None) -> dict[str, str]:
    """``--renamed OLD=NEW`` options as {old: new}."""
    from toolkit.errors import UsageError
    from toolkit.vocabulary import RELEASE_ID

    found: dict[str, str] = {}
    for pair in pairs or ():
        old, sign, new = pair.partition("=")
        if not sign or not old.strip() or not new.strip() or "=" in new:
            raise UsageError(f"--renamed {pair}: expected OLD=NEW, two release ids")
        # The ids become paths of files to merge and delete: '../x' must not reach them.
        for name in (old.strip(), new.strip()):
            if not re.fullmatch(RELEASE_ID, name):
                raise UsageError(f"--renamed {pair}: {name!r} is not a release id (a "
                                 "letter or digit, then letters, digits, '.', '_', '-')")
        if old.strip() in found:
            raise UsageError(f"--renamed {pair}: {old.strip()} is renamed twice")
        found[old.strip()] = new.strip()
    return found


def _print(report: RunReport, output_format: OutputFormat) -> None:
    if output_format is OutputFormat.json:
        import json  # (only here: a text run need not load it, ~5M instructions)

        typer.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        return
    print_files(report)
    # A locale's line sums its catalogs: "30 new" alone read as one release's.
    catalogs = Counter(r.locale for r in report.results if r.report is not None)
    for ll in report.locales():
        m = report.messages(ll)
        # Kept messages made fuzzy (their numbers changed plural category) are kept too.
        kept = f"kept ({m.kept_fuzzy} fuzzy: numbers changed)" if m.kept_fuzzy else "kept"
        parts = [f"{n} {name}" for name, n in (
            (kept, m.kept), ("fuzzy", m.fuzzy), ("from memory", m.from_tm),
            ("fuzzy from memory", m.tm_fuzzy),
            ("revived", m.revived), ("new", m.new), ("obsoleted", m.obsoleted)) if n]
        merged = catalogs[ll]
        typer.echo(f"{ll}: {', '.join(parts) or 'no messages'} in {merged} "
                   f"catalog{'' if merged == 1 else 's'}")
    typer.echo(summary_line(report, "catalog"))

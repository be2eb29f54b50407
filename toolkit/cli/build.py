"""`communique build`: localised release XML and HTML pages for every locale."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated

import typer

from toolkit.cli.common import (
    RELEASES_HELP,
    RELEASES_METAVAR,
    ConfigOption,
    FormatOption,
    OutputFormat,
    display,
    handles_errors,
    interactive,
    locale_tags,
    output_folder,
    progress_bar,
    release_files,
    releases_project,
    warn_unstarted,
)

if TYPE_CHECKING:
    from datetime import datetime

    from toolkit.build import Build, PairResult
    from toolkit.issues import Issue

PAIR_LINES = 20  # above this many releases with problems, a summary per locale


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
        typer.Option("--locale", "-l", help="Build this locale (repeatable; default: the "
                     "source locale and every configured locale)."),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="<directory>",
                     help="Output folder (default: the configured output)."),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1,
                     help="Worker processes (default: the CPUs it may use)."),
    ] = None,
    min_coverage: Annotated[
        float | None,
        typer.Option("--min-coverage", min=0, max=100,
                     help="Skip a locale's release translated below this percentage "
                          "(default: min-coverage of the config, or of the locale)."),
    ] = None,
    strict: Annotated[
        bool,
        typer.Option("--strict", help="Fail (exit 1) and write nothing on any fallback, "
                     "rejected translation, skipped release or release not in the source "
                     "language."),
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Rebuild everything, even unchanged inputs.")
    ] = False,
    hold_embargoed: Annotated[
        bool,
        typer.Option("--hold-embargoed",
                     help="Leave out (and take down) each release whose embargo has not "
                          "passed at SOURCE_DATE_EPOCH, else now: for the build that is "
                          "published (config: hold-embargoed). Without it the build "
                          "contains embargoed text."),
    ] = False,
    as_of: Annotated[
        str | None,
        typer.Option("--as-of", metavar="INSTANT",
                     help="Hold embargoed releases as at this instant, with its offset "
                          "(2025-06-17T00:01Z, 2025-06-17T08:01+09:00).",
                     show_default=False),
    ] = None,
    output_format: FormatOption = OutputFormat.text,
    config: ConfigOption = None,
) -> None:
    """Build localised release XML and HTML pages into the output folder.

    Untranslated and fuzzy segments fall back to the source text; a translation whose
    tags do not match its source is rejected (source used) and reported with its PO
    line. Unchanged inputs are not rebuilt. Exit 0 when built, 1 when --strict found
    problems (nothing written), 2 when an input cannot be read.
    """
    from toolkit.build import Build, build_lock, hold_instant, withdrawn_message

    cfg = releases_project(config, releases)
    hold = hold_instant(cfg, hold_embargoed or None, _instant(as_of) if as_of is not None else None)
    locales = locale_tags(cfg, locale)
    files = release_files(cfg, releases)
    output = output_folder(output)
    # Built all the same (a preview of the layout), but said once rather than left to a
    # "0% translated" line per release.
    warn_unstarted(cfg, locales, f"its pages will be all in {cfg.source_locale}")
    # Each result is taken as it comes, none kept: the text report keeps what it prints,
    # the JSON one writes each result to a temporary file until the summary before them
    # is known. A build of 10,000 releases then holds no report.
    as_json = output_format is OutputFormat.json
    tally = _Tally()
    with tempfile.SpooledTemporaryFile(1 << 20, "w+", encoding="utf-8") as spool:
        with progress_bar("building", not as_json and interactive()) as progress:
            def planned() -> Build:
                return Build(cfg, locales=locales, output=output, jobs=jobs,
                             strict=strict, min_coverage=min_coverage, force=force,
                             releases=files, hold=hold)

            run = planned()

            def waiting() -> None:
                typer.echo(f"{display(run.output)}/: another build of it is running: "
                           "waiting for it to finish", err=True)

            with build_lock(run.output, waiting) as waited:
                if waited:  # (planned again from the record the other build saved)
                    run = planned()
                run.run(_JsonItems(spool).add if as_json else tally.add, progress)
        if as_json:
            for chunk in _json(run, spool):
                typer.echo(chunk, nl=False)
        else:
            for held in run.held.values():  # (once a release, whatever its locales)
                typer.echo(f"{held['release']}: {held['message']}", err=True)
            for gone in run.withdrawn.values():  # (likewise)
                typer.echo(f"{gone['release']}: {gone['message']}", err=True)
            for tag, pages in run.withdrawn_locales.items():
                typer.echo(f"{display(run.output / tag)}/: {withdrawn_message(tag, pages)}",
                           err=True)
            for name, message in run.kept:  # (`Build._remove`)
                typer.echo(f"warning: {display(run.output / name)}: {message}", err=True)
            if tally.failures:
                # On stderr, where a CI log (or `build > report.txt`) shows them: they
                # alone were in the report on stdout, the exit 2 with nothing said.
                from toolkit.report import render

                typer.echo(render(tally.failures, "text"), err=True, nl=False)
            typer.echo(_text(run, tally, {"-o": output, "--config": config}), nl=False)
    if run.failed:
        raise typer.Exit(2)
    raise typer.Exit(1 if strict and run.problems else 0)


def _instant(text: str) -> datetime:
    """--as-of's instant: ISO 8601 with an offset (a time without one is no instant)."""
    from datetime import datetime

    from toolkit.errors import UsageError

    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise UsageError(f"--as-of {text!r} is not an instant with its offset: write "
                         "2025-06-17T00:01Z or 2025-06-17T08:01+09:00")
    return moment


def _pair_line(result: PairResult) -> str:
    coverage = result.coverage
    detail = ""
    if coverage is not None:
        parts = [f"{n} {name}" for name, n in (("untranslated", coverage.untranslated.segments),
                                                ("fuzzy", coverage.fuzzy.segments),
                                                ("rejected", coverage.rejected.segments)) if n]
        detail = f"{coverage.shown()} translated" + (f" ({', '.join(parts)})"
                                                          if parts else "")
    return f"{result.locale}\t{result.release}\t{result.status.value}\t{detail}".rstrip() + "\n"


# Warnings a pair line already says in its own words: its coverage, or "skipped".
_COUNTED = frozenset({"untranslated", "fuzzy", "coverage-below-minimum"})


class _Tally:
    """What the text report prints, taken from the results as they come: the errors of
    the pairs that failed (said on stderr, as update and stats say an input they cannot
    read; a release that cannot be read fails in every locale with the same issue: said
    once), the other errors (rejected translations), the warnings a pair line does not
    say (up to `PAIR_LINES`, then how many more), the pairs with problems up to
    `PAIR_LINES`, and per locale how many."""

    def __init__(self) -> None:
        from toolkit.build import Status
        from toolkit.issues import Severity

        self.failures: dict[Issue, None] = {}  # what makes the exit 2
        self.errors: dict[Issue, None] = {}
        self.notes: dict[Issue, None] = {}
        self.more_notes = 0
        self.troubled: list[PairResult] = []
        self.per_locale: dict[str, list[int]] = {}  # pairs with problems, skipped
        self._error, self._skipped, self._failed = Severity.ERROR, Status.SKIPPED, Status.FAILED

    def add(self, result: PairResult) -> None:
        errors = self.failures if result.status is self._failed else self.errors
        for issue in result.issues:
            if issue.severity is self._error:
                errors[issue] = None
            elif issue.code not in _COUNTED and issue not in self.notes:
                if len(self.notes) < PAIR_LINES:
                    self.notes[issue] = None
                else:
                    self.more_notes += 1
        if result.problems:
            if len(self.troubled) < PAIR_LINES:
                self.troubled.append(result)
            counts = self.per_locale.setdefault(result.locale, [0, 0])
            counts[0] += 1
            counts[1] += result.status is self._skipped


class _JsonItems:
    """Each result as the element of the report's "results" list it will be, written
    to `spool` as it comes."""

    def __init__(self, spool: IO[str]) -> None:
        self.spool = spool
        self.empty = True

    def add(self, result: PairResult) -> None:
        item = json.dumps(result.as_dict(), ensure_ascii=False, indent=2)
        self.spool.write(("[\n    " if self.empty else ",\n    ")
                         + item.replace("\n", "\n    "))
        self.empty = False


def _json(run: Build, spool: IO[str]) -> Iterator[str]:
    """The layout of ``json.dumps(report, indent=2)``, its results read back from
    `spool` (written by `_JsonItems`) piece by piece."""
    head = json.dumps({**run.head(), "results": []}, ensure_ascii=False, indent=2)
    assert head.endswith("[]\n}")
    yield head[:-len("[]\n}")]
    if spool.tell() == 0:
        yield "[]\n}\n"
        return
    spool.seek(0)
    while chunk := spool.read(1 << 16):
        yield chunk
    yield "\n  ]\n}\n"


def _text(run: Build, tally: _Tally, given: dict[str, Path | None] | None = None) -> str:
    """The text report. `given`: the options of the run a locale left stale is to be
    built again with besides --locale (the same output folder and config: another would
    build elsewhere, or with other settings)."""
    from toolkit.report import render

    out: list[str] = [render(tally.errors, "text"), render(tally.notes, "text")]
    if tally.more_notes:
        out.append(f"... and {tally.more_notes} more warnings (--format json lists them)\n")
    troubled = sum(n for n, _ in tally.per_locale.values())
    if troubled <= PAIR_LINES:
        out.extend(_pair_line(r) for r in tally.troubled)
    else:  # a big build: one line per locale; --format json has every pair
        for locale, (pairs, skipped) in tally.per_locale.items():
            out.append(f"{locale}\t{pairs} release{'' if pairs == 1 else 's'} with "
                       "fallbacks or rejections"
                       + (f", {skipped} skipped" if skipped else "") + "\n")
    again = ""
    if run.stale or run.outdated or run.taken_out:
        import shlex  # (only then: a no-change run imports nothing it does not use)

        again = "".join(f" {flag} {shlex.quote(display(value))}"
                        for flag, value in (given or {}).items() if value is not None)
    for locale, pages in sorted(run.stale.items()):  # (not refreshed: `Build._other_job`)
        one = pages == 1
        out.append(f"warning: {pages} {'page' if one else 'pages'} in "
                   f"{display(run.output / locale)}/ {'lists' if one else 'list'} other "
                   f"versions than {'its release has' if one else 'their releases have'}"
                   f" now, not written again as {locale}'s inputs or settings changed "
                   f"since: run `communique build --locale {locale}{again}`\n")
    for locale, pages in sorted(run.outdated.items()):  # (`Build._left_stale`)
        one = pages == 1
        out.append(f"warning: {pages} {'page' if one else 'pages'} in "
                   f"{display(run.output / locale)}/ {'was' if one else 'were'} built "
                   f"with other settings than {locale} has now (the config, a page "
                   f"template or communique changed since): run `communique build "
                   f"--locale {locale}{again}`\n")
    for locale, pages in sorted(run.taken_out.items()):  # (`Build._present`)
        out.append(f"warning: {locale} is no longer a locale of the project, but a build "
                   f"of some locales or releases withdraws none: its {pages} "
                   f"{'page' if pages == 1 else 'pages'} in {display(run.output / locale)}/ "
                   f"{'stays' if pages == 1 else 'stay'}, listed and linked, until a build of "
                   f"the whole project "
                   f"(`communique build{again}`)\n")
    engines = sorted({e.get("engine", "?") for e in run.engines.values()})
    summary = ", ".join(f"{n} {s.value}" for s, n in run.counts.items() if n)
    where = display(run.output)
    # The lines above are only the pairs with problems (never the source locale's, which
    # has no translation to fall back from): "5 built" under one line said nothing of
    # which the lines were, or why the rest were not there.
    listed = ""
    if troubled:
        listed = (f"; the {troubled} with problems "
                  f"{'is' if troubled == 1 else 'are'} "
                  f"{'listed' if troubled <= PAIR_LINES else 'counted by locale'} above")
    if run.written:
        out.append(f"{summary or 'nothing to build'} -> {where}/ "
                   f"(formatting: {', '.join(engines)}){listed}\n")
    else:
        out.append(f"not built (--strict): {summary}; nothing written to {where}/{listed}\n")
    return "".join(out)

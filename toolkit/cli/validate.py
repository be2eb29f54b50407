"""`communique validate`: releases, templates and catalogs checked for CI."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from toolkit.cli.common import CheckFormat, ConfigOption, handles_errors, releases_project
from toolkit.errors import InputError
from toolkit.paths import display

if TYPE_CHECKING:
    from toolkit.issues import Issue
    from toolkit.qa.project import Tally


@handles_errors
def command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Release ids (the release, its template and its catalogs), "
                       "release XML, .pot or .po files, or folders of them (default: the "
                       "whole configured project).", metavar="[PATH]..."),
    ] = None,
    *,
    output_format: Annotated[
        CheckFormat, typer.Option("--format", "-f", metavar="<format>",
                                 help="text, json, github or sarif.")
    ] = CheckFormat.text,
    warnings_as_errors: Annotated[
        bool, typer.Option("--warnings-as-errors", help="Exit 1 on warnings too.")
    ] = False,
    min_coverage: Annotated[
        float | None,
        typer.Option("--min-coverage", min=0, max=100,
                     help="Fail a catalog translated below this percent "
                     "(default: min-coverage of the config, or of its locale).",
                     show_default=False),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Worker processes for a whole-project run "
                     "(default: the CPUs it may use; small projects run in one)."),
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Check releases, templates and catalogs the way CI should.

    With no paths: every configured release, its template (is it what `extract` gives
    now?) and its catalog in each configured locale (syntax, header, freshness, each
    translation against its source, coverage). Codes can be set to off, warning or error
    in the config's [checks] table, or allowed per entry with a translator comment
    `# communique-allow: <code>` (or the flag `#, communique-allow:<code>`, which
    gettext tools drop).

    Exit 0 when clean or warnings only, 1 when errors were found, 2 when an input cannot
    be read. With --format text or github, a last line on stderr says what was checked
    and found; stdout holds the findings only.
    """
    from toolkit.issues import unreadable
    from toolkit.qa.config import Policy
    from toolkit.qa.project import Validation
    from toolkit.report import stream
    from toolkit.workers import usable_cpus

    try:
        cfg = releases_project(config, paths)
        policy = Policy.from_table(cfg.checks, cfg.source)
    except InputError as exc:
        # A CI gate reads the report, not stderr: a refused config was a line of text
        # alone, an empty stdout where the json was parsed and no annotation on the
        # config's line. Given as the finding of an input that cannot be read (exit 2
        # as before), with the line on stderr still for the person reading the log.
        if output_format is not CheckFormat.text:
            typer.echo("".join(stream([unreadable(exc)], output_format.value)), nl=False)
        raise
    # (The option's range is Click's to check, as build's is; the config's, the config's.
    # Without it, each catalog's locale has the config's threshold, its own or the
    # project's.)
    run = Validation(cfg, policy, min_coverage)
    if paths:
        ids, files = _ids_and_files(paths)
        if ids:
            run.run_ids(ids)
        if files:
            run.run_paths(files)
        issues: Iterable[Issue] = sorted(run.issues)
    else:  # written as found: a big project's report is never held whole
        issues = run.iter_project(jobs or usable_cpus())
    for chunk in _batched(stream(issues, output_format.value)):
        typer.echo(chunk, nl=False)
    # For the person reading a CI log: a green run over nothing and one over thousands
    # of catalogs look alike otherwise. On stderr, so that scripts and GitHub's
    # annotation parser read stdout's one finding per line as before; json and SARIF
    # are read by programs, which count for themselves.
    if output_format in (CheckFormat.text, CheckFormat.github):
        line = summary(run.tally, warnings_as_errors)
        if run.skipped:  # (a file given and not checked is said to be)
            line += (f"; {_count(len(run.skipped), 'file')} of the output folder "
                     f"{display(cfg.output)} left out, as built by communique")
        typer.echo(line, err=True)
    if run.unreadable:
        raise typer.Exit(2)
    raise typer.Exit(1 if run.failed(warnings_as_errors) else 0)


def _ids_and_files(paths: list[Path]) -> tuple[list[str], list[Path]]:
    """The names that are release ids, as every other command takes them, and the rest.

    A name is an id when no file or folder has it and it is spelt as an id, without the
    suffix of a file validate reads (`x.po` that does not exist stays a path, reported
    unreadable)."""
    from toolkit.qa.project import SUFFIXES
    from toolkit.vocabulary import RELEASE_ID

    ids: list[str] = []
    files: list[Path] = []
    for path in paths:
        name = str(path)
        if not path.exists() and path.suffix not in SUFFIXES \
                and re.fullmatch(RELEASE_ID, name):
            ids.append(name)
        else:
            files.append(path)
    return list(dict.fromkeys(ids)), files


def summary(tally: Tally, warnings_as_errors: bool = False) -> str:
    """One line: the files checked by kind, then the problems found and in how many files,
    e.g. "checked 1,000 releases, 1,000 templates, 4,000 catalogs: 3 errors, 1 warning
    (in 2 files)". A kind none of was checked is left out, unless none of any was: a run
    over nothing says "0" for each."""
    kinds = [(tally.releases, "release"), (tally.templates, "template"),
             (tally.catalogs, "catalog")]
    checked = ", ".join(_count(n, noun) for n, noun in kinds if n) \
        or ", ".join(_count(0, noun) for _, noun in kinds)
    found = [_count(n, noun) for n, noun in ((tally.errors, "error"),
                                             (tally.warnings, "warning")) if n]
    if not found:
        return f"checked {checked}: no problems"
    line = f"checked {checked}: {', '.join(found)} (in {_count(tally.files, 'file')})"
    if warnings_as_errors and tally.warnings and not tally.errors:
        line += ", failing with --warnings-as-errors"  # else exit 1 would look unexplained
    return line


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def _batched(chunks: Iterable[str], size: int = 1 << 16) -> Iterator[str]:
    """Chunks joined into pieces of about `size` characters: echo flushes every call.

    A longer chunk (SARIF, built whole) is cut into pieces of `size`: a write that a
    reader's closing cuts short (`| head`) returns as if done in Python, where the next
    write fails; written whole, a report cut short ended with validate's own code."""
    pending: list[str] = []
    length = 0
    for chunk in chunks:
        pending.append(chunk)
        length += len(chunk)
        if length >= size:
            joined = "".join(pending)
            yield from (joined[start:start + size] for start in range(0, len(joined), size))
            pending, length = [], 0
    if pending:
        yield "".join(pending)

"""`communique normalize`: press releases as copied text or web pages into release XML."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from toolkit.cli.common import (
    ConfigOption,
    FormatOption,
    OutputFormat,
    display,
    handles_errors,
    interactive,
    output_folder,
    progress_bar,
    project,
)
from toolkit.errors import UsageError
from toolkit.vocabulary import RELEASE_ID

if TYPE_CHECKING:
    from toolkit.normalize import Options, Report

_ID = re.compile(RELEASE_ID)


@handles_errors
def command(
    inputs: Annotated[
        list[Path],
        # Typer wrote "{inputs}..." in the usage line, unlike every other command.
        typer.Argument(help="Copied text (.txt), web pages (.html, XHTML), Word or "
                       "OpenDocument text (.docx, .odt), saved e-mails (.eml), Markdown (.md) "
                       "or release XML; "
                       "a folder stands for the files in it.", metavar="INPUT...",
                       show_default=False),
    ],
    *,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="<directory>",
                     help="Folder for <id>.xml (default: the configured releases folder)."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite a release that exists and differs.")
    ] = False,
    title: Annotated[str | None, typer.Option("--title", help="The title (one input).")] = None,
    date: Annotated[
        str | None, typer.Option("--date", help="Publication date, YYYY-MM-DD.")] = None,
    release_id: Annotated[
        str | None, typer.Option("--id", help="Release id (one input; default: the date and "
                                 "a slug of the title, as 2022-12-24-japan-kyrgyz)."),
    ] = None,
    lang: Annotated[
        str | None, typer.Option("--lang", help="Language of the input (e.g. en, fr, ru).")
    ] = None,
    encoding: Annotated[
        str | None, typer.Option("--encoding", help="Encoding of the input (default: its "
                                 "byte order mark or declaration, else UTF-8).")
    ] = None,
    publisher: Annotated[
        str | None, typer.Option("--publisher", help="Who publishes the release.")
    ] = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes (default: "
                                 "the CPUs it may use, up to 8, for 64 inputs or more).")
    ] = None,
    output_format: FormatOption = OutputFormat.text,
    config: ConfigOption = None,
) -> None:
    """Turn press releases (copied text, HTML pages, .docx, .odt, .eml) into release XML.

    Structure (navigation, title, date line, photo descriptions, paragraphs, lists,
    footer) and typed values (dates, times, durations, numbers, money) are recognised;
    every guess is listed with --format json. Release XML in the communique namespace is
    re-normalised as it is. Exit 0 when every input was written or unchanged, 2 when one
    could not be read, made valid, or would overwrite a different release without --force.
    """
    from toolkit.normalize.batch import expand, iter_normalize_files

    settings = project(config, inputs)
    output = output_folder(output)
    options = _options(inputs, title, date, release_id, lang, encoding, publisher)
    # (A project's source locale only when configured: without a config, the default
    # `en` would retag a British Word file's en-GB as en, where nothing asked for it.)
    options = replace(options, source_locale=settings.source_locale
                      if settings.source is not None else None)
    if settings.default_publisher:
        options = replace(options, default_publisher=settings.default_publisher)
    files = expand(inputs)
    if not files:
        raise UsageError("no input files (folders are searched for .html, .htm, .xhtml, "
                         ".txt, .xml, .docx, .odt and .eml)")
    # Named as every command names paths: relative to the current folder when under it
    # (the configured folder is absolute), in what is printed and in the errors.
    target = Path(display(output or settings.releases))
    failed = False
    as_json = output_format is OutputFormat.json
    # Results are printed as they come (a JSON array streamed element by element), so a
    # run over ten thousand pages holds no more than a window of them.
    with progress_bar("normalising", not as_json and interactive() and len(files) > 1) \
            as progress:
        if as_json:
            typer.echo("[", nl=False)
        for index, report in enumerate(iter_normalize_files(
                files, target, options, force=force, jobs=jobs, progress=progress)):
            if report.status == "error":
                failed = True
                typer.echo(report.error, err=True)
            if as_json:
                typer.echo(("," if index else "") + "\n" + _indented(report), nl=False)
            elif report.status != "error":
                typer.echo(_line(report))
                # What the input likely has wrong, kept as written (json: "warnings"),
                # one line each as validate prints a finding, for an editor to jump to.
                for notice in report.warnings:
                    typer.echo(f"{report.input}:{notice.line}:{notice.column}: warning: "
                               f"{notice.message} [{notice.code}]", err=True)
        if as_json:
            typer.echo("\n]")
    raise typer.Exit(2 if failed else 0)


def _options(inputs: list[Path], title: str | None, date: str | None, release_id: str | None,
             lang: str | None, encoding: str | None, publisher: str | None) -> Options:
    from toolkit.normalize import Options
    from toolkit.normalize.locale_patterns import known, language
    from toolkit.normalize.source import check_encoding

    for name, value in (("--title", title), ("--publisher", publisher)):
        # An empty value was taken for no option at all and the text's guess used in
        # silence (a shell variable that was unset, say): it is a value, and no title.
        if value is not None and not value.strip():
            raise UsageError(f"{name} is empty: give the text, or leave {name} out to have "
                             "it read from the input")
    if (title or release_id) and len(inputs) != 1:
        raise UsageError("--title and --id name one release: give exactly one input")
    parsed = None
    if date is not None:
        try:
            parsed = dt.date.fromisoformat(date)
        except ValueError:
            raise UsageError(f"--date {date!r} is not a date (YYYY-MM-DD)") from None
    if release_id is not None and not _ID.fullmatch(release_id):
        raise UsageError(f"--id {release_id!r}: letters, digits, '.', '_' and '-' only, "
                         "starting with a letter or digit")
    if release_id is not None:
        from toolkit.loader import reserved_id

        if reserved_id(release_id):
            written = ("index page, index.html" if release_id.lower() == "index"
                       else "Atom feed, feed.xml")
            raise UsageError(f"--id {release_id!r} is reserved: the build writes each "
                             f"locale's {written}, beside the release pages; choose "
                             "another id")
    if lang is not None and not known(language(lang)):
        raise UsageError(f"--lang {lang!r} is not a language CLDR knows")
    if encoding is not None:
        try:
            encoding = check_encoding(encoding)
        except LookupError:
            raise UsageError(f"--encoding {encoding!r} is not an encoding Python knows") \
                from None
    return Options(title=title, date=parsed, id=release_id, lang=lang, encoding=encoding,
                   publisher=publisher)


def _indented(report: Report) -> str:
    """One report as an element of the printed array, indented like json.dumps(indent=2)."""
    text = json.dumps(report.as_dict(), ensure_ascii=False, indent=2)
    return "\n".join("  " + line for line in text.splitlines())


def _line(report: Report) -> str:
    guesses = len(report.guesses)
    return f"{report.input} -> {report.output} ({report.status}, {guesses} " \
           f"guess{'es' if guesses != 1 else ''})"



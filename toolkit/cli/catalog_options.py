"""What the catalog commands (extract, update, pseudo) share: options and output."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from toolkit.cli.common import say_unreadable
from toolkit.errors import UsageError
from toolkit.po_write import DEFAULT_WIDTH

if TYPE_CHECKING:
    from toolkit.catalogs import RunReport

LIST_LIMIT = 50  # files listed one by one in text output; more get the summary only

WidthOption = Annotated[
    int | None,
    typer.Option("--width", "-w", min=20, help=f"Wrap PO strings at this many columns "
                 f"(default: the config's po-width, else {DEFAULT_WIDTH}, as msgcat and msgmerge).",
                 show_default=False),
]
NoWrapOption = Annotated[
    bool, typer.Option("--no-wrap", help="Do not wrap long strings (msgcat --no-wrap).")
]
JobsOption = Annotated[
    int | None,
    typer.Option("--jobs", "-j", min=1, help="Worker processes for large projects "
                 "(default: the CPUs it may use).", show_default=False),
]


def page_width(width: int | None, no_wrap: bool, configured: int | None) -> int | None:
    """The width PO files are written at: the command line's, else the project's
    (`po-width`, None: not wrapped)."""
    if no_wrap and width is not None:
        raise UsageError("--width and --no-wrap exclude each other")
    return None if no_wrap else (width or configured)


def print_files(report: RunReport) -> None:
    """Each unreadable input's error (stderr), then each file written, unless too many."""
    from toolkit.catalogs import Status

    say_unreadable(result.error for result in report.failed if result.error is not None)
    changed = [r for r in report.results if r.status in (Status.CREATED, Status.UPDATED)]
    if len(changed) <= LIST_LIMIT:  # a big project gets the summary only
        for result in changed:
            typer.echo(f"{result.status.value}\t{result.path}")


def summary_line(report: RunReport, noun: str) -> str:
    from toolkit.catalogs import Status

    counts = [f"{report.count(s)} {s.value}" for s in Status if report.count(s)]
    total = len(report.results)
    return f"{total} {noun}{'' if total == 1 else 's'}: {', '.join(counts) or 'none'}"

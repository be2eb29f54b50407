"""What the catalog commands (extract, update, pseudo) share: options and output."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated

import typer

from toolkit.errors import UsageError
from toolkit.po_write import DEFAULT_WIDTH

if TYPE_CHECKING:
    from toolkit.catalogs import Progress, RunReport

LIST_LIMIT = 50  # files listed one by one in text output; more get the summary only

WidthOption = Annotated[
    int | None,
    typer.Option("--width", "-w", min=20, help=f"Wrap PO strings at this many columns "
                 f"(default {DEFAULT_WIDTH}, as msgcat and msgmerge).", show_default=False),
]
NoWrapOption = Annotated[
    bool, typer.Option("--no-wrap", help="Do not wrap long strings (msgcat --no-wrap).")
]
JobsOption = Annotated[
    int | None,
    typer.Option("--jobs", "-j", min=1, help="Worker processes for large projects "
                 "(default: all cores).", show_default=False),
]


def page_width(width: int | None, no_wrap: bool) -> int | None:
    if no_wrap and width is not None:
        raise UsageError("--width and --no-wrap exclude each other")
    return None if no_wrap else (width or DEFAULT_WIDTH)


@contextmanager
def progress_bar(label: str, show: bool) -> Iterator[Progress | None]:
    """A rich progress bar on stderr, only for a person at a terminal."""
    if not show:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    with Progress("[progress.description]{task.description}", BarColumn(),
                  MofNCompleteColumn(), TimeRemainingColumn(), transient=True) as bar:
        task = bar.add_task(label, total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield advance


def summary_line(report: RunReport, noun: str) -> str:
    from toolkit.catalogs import Status

    counts = [f"{report.count(s)} {s.value}" for s in Status if report.count(s)]
    total = len(report.results)
    return f"{total} {noun}{'' if total == 1 else 's'}: {', '.join(counts) or 'none'}"

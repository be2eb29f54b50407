"""What every command shares: config loading, error-to-exit-code mapping, output."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, ParamSpec, TypeVar

import typer

from toolkit.config import Config, load_config
from toolkit.errors import CommuniqueError

P = ParamSpec("P")
R = TypeVar("R")


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


class CheckFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"


ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", "-c", help="communique.toml or pyproject.toml to use "
                 "(default: the nearest one above the current folder).", dir_okay=False),
]
FormatOption = Annotated[
    OutputFormat, typer.Option("--format", "-f", help="text for people, json for programs.")
]


def project(config: Path | None) -> Config:
    return load_config(Path.cwd(), config)


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print one line to stderr and return the exit to raise."""
    typer.echo(message, err=True)
    return typer.Exit(code)


def handles_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn library errors into one line on stderr and their exit code; no traceback."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except CommuniqueError as exc:
            raise fail(str(exc), exc.exit_code) from None
        except KeyboardInterrupt:
            raise fail("interrupted", 130) from None

    return wrapper


def interactive() -> bool:
    """Progress bars only for a person at a terminal, never in CI or a pipe."""
    return sys.stderr.isatty() and not os.environ.get("CI")


def not_built(name: str, issue: str) -> Callable[..., None]:
    def command() -> None:
        raise fail(f"communique {name}: not built yet ({issue})", 2)

    command.__doc__ = f"Not built yet: {issue}."
    return command


Advance = Callable[[int, int], None]  # (done, total): what the engines report progress with


@contextmanager
def progress_bar(label: str, show: bool) -> Iterator[Advance | None]:
    """A rich progress bar on stderr (stdout stays the command's output), only when
    `show`: for a person at a terminal, never in CI or a pipe."""
    if not show:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    with Progress("[progress.description]{task.description}", BarColumn(),
                  MofNCompleteColumn(), TimeRemainingColumn(), transient=True,
                  console=Console(stderr=True)) as bar:
        task = bar.add_task(label, total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield advance

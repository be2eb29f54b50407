"""The Typer application: one small module per command, registered here.

Each command module imports its engine inside the command, not at the top: every run
would otherwise load every engine (ICU, the normaliser, the checks), and start-up is paid
by each CI step and pre-commit hook that runs communique.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable

import typer

from toolkit import __version__
from toolkit.cli import build, extract, normalize, pseudo, stats, update, validate

app = typer.Typer(
    name="communique",
    help="Localise press releases: normalise, extract, update, build, validate.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"communique {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """Localise press releases: normalise, extract, update, build, validate."""


def _help(command: Callable[..., None]) -> str:
    """The command's docstring as help text: each paragraph on one line, markup escaped.

    Typer's rich help keeps a paragraph's single line breaks, so a docstring wrapped at
    the source's width showed up broken in the middle of lines; and it reads the text as
    rich markup, which swallowed `[checks]`. The docstrings stay readable in the source.
    """
    paragraphs = inspect.cleandoc(command.__doc__ or "").split("\n\n")
    return "\n\n".join(_escape(" ".join(line.strip() for line in paragraph.splitlines()))
                       for paragraph in paragraphs)


# What rich would read as a markup tag ("[checks]", "[/]"): its bracket is escaped. Done
# here rather than with rich.markup.escape, whose import costs every run ~10 ms of start-up.
_TAG = re.compile(r"(\\*)\[(?=[a-z#/@][^[]*?\])")


def _escape(text: str) -> str:
    # A backslash already before the bracket is doubled, so it is not read as the escape.
    return _TAG.sub(lambda m: m.group(1) * 2 + "\\[", text)


for _name, _module in (("normalize", normalize), ("validate", validate), ("extract", extract),
                       ("update", update), ("build", build), ("stats", stats),
                       ("pseudo", pseudo)):
    app.command(_name, help=_help(_module.command))(_module.command)


def main() -> None:
    app()

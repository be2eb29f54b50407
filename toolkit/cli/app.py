"""The Typer application: one small module per command, registered here.

Each command module imports its engine inside the command, not at the top: every run
would otherwise load every engine (ICU, the normaliser, the checks), and start-up is paid
by each CI step and pre-commit hook that runs communique. For the same reason a command's
module is imported, and its Click command made, only when that command is asked for
(`_Commands`).
"""

from __future__ import annotations

import importlib
import inspect
import io
import os
import re
import sys
from collections.abc import Callable, Iterator, MutableMapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, cast

import typer
from typer.core import TyperCommand, TyperGroup

from toolkit import __version__

if TYPE_CHECKING:  # (Typer's own copy of Click, whose Context its methods take)
    from typer._click import Context

# Each is the module toolkit.cli.<name>, whose `command` is the command; --help lists
# them in this order.
COMMANDS = ("normalize", "validate", "extract", "update", "build", "stats", "pseudo")


class _Commands(MutableMapping[str, TyperCommand]):
    """The root group's commands by name, each made when it is first asked for.

    Typer makes the Click command of every registered function before it runs one (it
    reads each signature and evaluates its annotations), and registering them meant
    importing every command's module: 13 ms of every run's start-up for six commands the
    run does not use. Listing the names (the typo suggestions) makes none; `--help`,
    which shows them all, makes them all.
    """

    def __init__(self) -> None:
        self._made: dict[str, TyperCommand] = {}

    def __getitem__(self, name: str) -> TyperCommand:
        command = self._made.get(name)
        if command is None:
            if name not in COMMANDS:
                raise KeyError(name)
            command = self._made[name] = _command(name)
        return command

    def __setitem__(self, name: str, command: TyperCommand) -> None:
        raise TypeError("communique's commands are the modules of COMMANDS")

    def __delitem__(self, name: str) -> None:
        raise TypeError("communique's commands are the modules of COMMANDS")

    def __iter__(self) -> Iterator[str]:
        return iter(COMMANDS)

    def __len__(self) -> int:
        return len(COMMANDS)


def _command(name: str) -> TyperCommand:
    """The Click command of `toolkit.cli.<name>`, made as Typer makes a group's own."""
    function = importlib.import_module(f"toolkit.cli.{name}").command
    single = typer.Typer(add_completion=False)
    single.command(name, help=_help(function))(function)
    return cast(TyperCommand, typer.main.get_command(single))


class _Group(TyperGroup):
    """The root group, with its commands in a `_Commands`."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        # Click types the attribute as a mutable mapping of any Command; this one holds
        # TyperCommands only and refuses to be set (a mapping type is invariant in it).
        self.commands = _Commands()  # type: ignore[assignment]

    # What the group prints itself, outside a command's `handles_errors`: --help and
    # --version here, a command's --help in `invoke` (which parses its arguments); and
    # the command line's mistakes, found in both.
    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        with _closed_output_exits(), _usage_error_line():
            return super().parse_args(ctx, args)

    def invoke(self, ctx: Context) -> Any:
        with _closed_output_exits(), _usage_error_line():
            return super().invoke(ctx)


@contextmanager
def _usage_error_line() -> Iterator[None]:
    """A mistake in the command line (an unknown option or command, a missing value, a
    --format not offered) said in one line, ``communique: error: ...``, as every other
    error is, with exit 2.

    Typer printed it as rich's box of several lines, the message wrapped inside a frame
    and the usage in bold (also under NO_COLOR): a CI log searched for ``error:`` did not
    find it, and a message wrapped at the frame's width could not be searched at all.
    Click's hint of where to find help is kept, in the same line.
    """
    try:  # Typer 0.28 carries its own copy of Click; earlier ones use Click's
        from typer._click.exceptions import ClickException
    except ImportError:  # pragma: no cover (the installed Typer is the newest allowed)
        from click.exceptions import ClickException  # type: ignore[import-not-found,no-redef]

    try:
        yield
    except ClickException as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":  # the help, printed already
            raise
        # (Click's sentences: "No such command 'buidl'. Did you mean 'build'?")
        message = " ".join(exc.format_message().split())
        ctx = getattr(exc, "ctx", None)
        if ctx is not None and ctx.command.get_help_option(ctx) is not None:
            message = (f"{message if message.endswith(('.', '?')) else message + '.'} "
                       f"Try '{ctx.command_path} {ctx.help_option_names[0]}' for help.")
        typer.echo(f"communique: error: {message}", err=True)
        raise typer.Exit(exc.exit_code) from None


@contextmanager
def _closed_output_exits() -> Iterator[None]:
    """A write to an output its reader closed (`communique --help | head`) ends the run
    with 141, as a command's does (`toolkit.cli.common.handles_errors`), not with the 1
    a script reads as communique failing: Typer's handling of a plain write's failure
    (--version) exits 1, and so does rich's (the help), which raises SystemExit(1)
    while handling the BrokenPipeError."""
    try:
        yield
    except (BrokenPipeError, SystemExit) as exc:
        if isinstance(exc, SystemExit) and not isinstance(exc.__context__, BrokenPipeError):
            raise
        from toolkit.cli.common import closed_output

        raise typer.Exit(closed_output()) from None


app = typer.Typer(
    name="communique",
    help="Localise press releases: normalise, extract, update, build, validate.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    cls=_Group,
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


def main() -> None:
    """Run the command line, then end the process without Python's finalisation.

    Finalisation frees every object one by one and collects the rest, ~18 ms after an
    extract of 1,000 releases (of ~0.5 s), for memory the process is about to give back
    whole. Nothing is left for it to do: every file is written and closed by then (atomic
    writes, `with` blocks), a process pool is shut down and joined, and the output is
    flushed here. An exception other than the exit (a bug, ^C) ends the usual way.
    """
    _buffered_output()
    try:
        app()
        code = 0
    except SystemExit as done:
        code = _exit_status(done.code)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # `| head` closed the output before the last of it
        from toolkit.cli.common import closed_output

        os._exit(closed_output())
    except OSError:  # another failure: Python reports it as it always has
        raise SystemExit(code) from None
    os._exit(code)


def _buffered_output() -> None:
    """Standard output through a buffered writer, also under PYTHONUNBUFFERED=1.

    Unbuffered (as many CI images set it), Python's text layer writes straight to the
    file, and a write that a reader's closing cuts short (`| head`) returns as if done:
    the rest of a report printed whole (`stats`, `update --format json`) was dropped and
    the command exited 0, not 141. A buffered writer writes the rest, and fails then.
    Each line still goes out as it is printed.
    """
    out = sys.stdout
    raw = getattr(out, "buffer", None)
    if isinstance(out, io.TextIOWrapper) and isinstance(raw, io.RawIOBase) \
            and not raw.isatty():  # (a terminal takes each write whole)
        # (sys.__stdout__ keeps the first wrapper, which would close nothing anyway: a
        # standard stream's file is opened with closefd=False.)
        sys.stdout = io.TextIOWrapper(io.BufferedWriter(raw), encoding=out.encoding,
                                      errors=out.errors, line_buffering=True)


def _exit_status(code: object) -> int:
    """The status `sys.exit(code)` gives: 0 for None, a number as it is, else 1 with the
    value printed to standard error."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1

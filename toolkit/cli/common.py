"""What every command shares: config loading, error-to-exit-code mapping, output."""

from __future__ import annotations

import _thread
import functools
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, ParamSpec, TypeVar

import typer

from toolkit.cli import _stopped_before_the_command
from toolkit.config import Config, load_config, setting_place
from toolkit.errors import CommuniqueError, InputError, UsageError
from toolkit.paths import display

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
    # Not Click's dir_okay=False (nor file_okay=False for an --output folder, see
    # `output_folder`): its refusal is a box of usage lines, not communique's one line
    # naming the file; a folder given is refused by the config's reader. The metavar is
    # the one Click's check showed.
    typer.Option("--config", "-c", metavar="<file>", help="communique.toml or "
                 "pyproject.toml to use (default: the nearest one above the current "
                 "folder, else above the files given)."),
]
FormatOption = Annotated[
    OutputFormat, typer.Option("--format", "-f", help="text for people, json for programs.")
]


def project(config: Path | None, named: Sequence[object] | None = None) -> Config:
    """The project of --config, else of the current folder, else of the files `named`
    (see `load_config`)."""
    return load_config(Path.cwd(), config,
                       [n for n in named or () if isinstance(n, str | Path)])


def releases_project(config: Path | None, named: Sequence[object] | None) -> Config:
    """The project, for a command that reads its releases (validate, build, stats,
    pseudo): refused when none are `named` on the command line and its releases folder
    does not exist.

    Run in the wrong folder (or with a config whose `releases` is mistyped) these found
    no release and said so with exit 0: "nothing to build", an empty table, a clean
    validate, a CI gate passing on nothing. An absent folder is not an empty one.
    `normalize` alone may start a project from nothing, so `project` does not refuse.
    """
    cfg = project(config, named)
    if named or cfg.releases.is_dir():
        return cfg
    if cfg.source is None:
        raise UsageError(
            f"no communique.toml (or pyproject.toml with [tool.communique]) in "
            f"{display(cfg.root) or '.'} or a folder above it, and no releases folder: "
            "run communique in the project's folder, or give --config")
    line, column = setting_place(cfg.source, "releases")
    if not line:
        # The default: nothing in the config to correct. Most often the last release was
        # removed (`git rm`), and git, which holds no empty folder, took the folder too.
        raise InputError(display(cfg.source), f"the releases folder "
                         f"{display(cfg.releases)} does not exist (the default of "
                         "`releases`, which the config does not set): create it, with a "
                         f"file such as {display(cfg.releases / '.gitkeep')} if git is to "
                         "keep it empty, or set `releases` to the folder that holds them")
    raise InputError(display(cfg.source), f"the releases folder {display(cfg.releases)} "
                     "does not exist: correct `releases` in the config, or create the "
                     "folder (communique normalize writes releases there)", line, column)


def output_folder(path: Path | None) -> Path | None:
    """A folder given with --output, refused (`InputError`) when it is a file.

    Checked here rather than by Click's file_okay=False, whose refusal is its box of
    usage lines; and before anything is done, not per file written (normalize said it
    once per input, build of its record's file)."""
    if path is not None and path.exists() and not path.is_dir():
        raise InputError(display(path), "is a file, not a folder: --output names the "
                         "folder to write into")
    return path


# The releases argument, as every command that takes it says it.
RELEASES_HELP = "Release ids, release XML files or folders of them (default: {})."
# Typer drops the "..." of a repeatable argument given a metavar ("[RELEASE]" in the usage
# line, as if one release were taken) unless the metavar is written whole.
RELEASES_METAVAR = "[RELEASE]..."


def release_files(config: Config, names: Sequence[str] | None) -> list[Path] | None:
    """The release XML files the command line names, or None when it names none (every
    configured release). What extract, update, build, stats and pseudo all take.

    A name is a folder (its .xml files), a file (``releases/<id>.xml``, a path ending
    in .xml or one that exists), or else a release id: ``<id>.xml`` in the configured
    releases folder. A name that finds nothing is an `InputError` naming it as typed,
    raised before the command writes anything: a typo must not pass as a run with less
    to do. So are two files of one name from two folders.
    """
    if not names:
        return None
    files: dict[str, Path] = {}  # in the order named, each once (by absolute path)
    for name in names:
        path = Path(name)
        if path.is_dir():
            found = sorted(path.glob("*.xml"))
            if not found:
                raise InputError(name, "no release XML (.xml files) in this folder")
        else:
            candidate = path if path.suffix == ".xml" or path.exists() \
                else config.releases / f"{name}.xml"
            if not candidate.is_file():
                # An id also says where its file was looked for.
                shown = display(candidate)
                raise InputError(name, "no such release" if shown == name
                                 else f"no such release (looked for {shown})")
            found = [candidate]
        for file in found:
            files.setdefault(os.path.abspath(file), file)
    # A release's outputs are named by its file's name (its id): two files of one name
    # from two folders would write one template, one page, the second over the first.
    stems: dict[str, Path] = {}
    for file in files.values():
        first = stems.setdefault(file.stem, file)
        if first is not file:
            raise InputError(display(file), f"{display(first)} has this file name too: the "
                             "two would write the same template and pages; give one")
    return list(files.values())


def release_ids(config: Config, names: Sequence[str] | None) -> list[str] | None:
    """The ids of the releases the command line names (see `release_files`): a release
    file's id is its name, as `validate` holds it to be (id-filename)."""
    files = release_files(config, names)
    return None if files is None else list(dict.fromkeys(f.stem for f in files))


def locale_tags(config: Config, tags: Sequence[str] | None) -> list[str] | None:
    """The --locale tags as the project spells them (`locale_tag`), each once, or None
    when none are given."""
    return list(dict.fromkeys(locale_tag(config, t) for t in tags)) if tags else None


def locale_tag(config: Config, typed: str, *, pseudo: bool = False) -> str:
    """A --locale tag as the project spells it (see `Config.locale_tag`): what update,
    build, stats and pseudo (`pseudo`) all take.

    A tag CLDR does not know is refused, as build refuses it. So is a tag that is not a
    locale of the project (not configured, no catalogs yet) but the language of one of
    its locales with a region or script added: ``ja-JP`` on a project of ``ja`` is nearly
    always a slip for ``ja``, and would get a folder of its own, all untranslated. Any
    other new tag is a locale of its own, as in gettext: ``update --locale de`` starts
    its catalogs before de is configured, and pseudo-locales are never configured.
    """
    from toolkit.formatting import babel_locale_for, is_pseudo_locale

    configured = (config.source_locale, *config.locales)
    try:
        babel_locale_for(typed)  # a typo is not an empty locale
    except UsageError as exc:  # the usual slip is a project's locale mistyped: list them
        raise UsageError(f"{exc}; this project's locales: {', '.join(configured)}") from None
    tag = config.locale_tag(typed)
    if tag not in configured and not (config.catalogs / tag).is_dir() \
            and not is_pseudo_locale(tag):
        language = _language(tag)
        near = [known for known in configured if _language(known) == language]
        if near:
            if pseudo:  # which refuses a configured locale: adding it would not do
                from toolkit.update import pseudo_locale_besides

                instead = ("pseudo catalogs are for a pseudo-locale: choose e.g. --locale "
                           f"{pseudo_locale_besides(config, tag)}")
            else:
                instead = (f"to make {tag} a locale of its own, add it to `locales` in "
                           "the config")
            raise UsageError(
                f"locale {typed!r} is not configured and has no catalogs; the project's "
                f"is {near[0]!r} ({instead})")
    return tag


def warn_unstarted(config: Config, locales: Sequence[str] | None, consequence: str) -> None:
    """A warning on stderr for each of `locales` (default: the configured ones; the source
    locale aside) that has no catalog at all: a locale nobody started reads as 0%
    translated, or builds pages all in the source language, with no reason given.
    `consequence`: what that means for the command's output.

    build and stats say it in the same words, of the same test: build said "locales/de/
    does not exist" where stats said "locales/de/LC_MESSAGES/ has no .po file", and
    nothing of a folder made and left empty. `update` makes catalogs from templates, so
    with none yet the advice is extract first."""
    extract_first: bool | None = None  # asked once, and only for a locale without catalogs
    for tag in dict.fromkeys(locales or config.locales):
        folder = config.catalog(tag, "-").parent
        if tag == config.source_locale or any(folder.glob("*.po")):
            continue
        if extract_first is None:
            extract_first = not any(config.catalogs.glob("*.pot"))
        steps = (f"`communique extract`, then `communique update --locale {tag}`"
                 if extract_first else f"`communique update --locale {tag}`")
        typer.echo(f"warning: no catalogs for {tag} ({display(folder)}/ has no .po file): "
                   f"{consequence}; run {steps} to start them", err=True)


def _language(tag: str) -> str:
    return tag.replace("_", "-").partition("-")[0].casefold()


# A reader that closed the output (`communique validate | head`) ends the command with
# 128 + SIGPIPE (13), what a shell reports for git and the other tools SIGPIPE stops:
# not 0, as what was to be printed (every finding of a validate) was not, nor 1, "problems
# found". A pipeline fails with it under `set -o pipefail`, else its status is head's.
CLOSED_OUTPUT = 141


def closed_output() -> int:
    """After a write to a closed standard output: the output is pointed at /dev/null,
    so that what is still buffered goes nowhere at exit instead of failing again with a
    traceback ("Exception ignored ... BrokenPipeError"); returns `CLOSED_OUTPUT`."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # an output with no file (a test's): nothing to flush
        pass
    return CLOSED_OUTPUT


def say_unreadable(errors: Iterable[InputError]) -> None:
    """The inputs a command could not read (and went on without), on stderr, each in the
    line build and validate give it: ``path:line:column: error: message [code]``.

    stats, update, extract and pseudo said the error without its code, where build said
    it with one: a log searched for ``[po-syntax]`` found validate's and not theirs. The
    code is the one their JSON gives the file (`toolkit.issues.unreadable`)."""
    found = list(errors)
    if found:
        from toolkit.issues import unreadable
        from toolkit.report import render

        typer.echo(render(map(unreadable, found), "text"), err=True, nl=False)


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print one line to stderr and return the exit to raise."""
    typer.echo(message, err=True)
    return typer.Exit(code)


class Terminated(KeyboardInterrupt):
    """SIGTERM: a stop asked for (a CI job cancelled or timed out, a container stopped),
    met as ^C is, so every command's clean-up for an interrupt runs."""


def _on_sigterm(pid: int) -> Callable[[int, object], None]:
    def handler(signum: int, frame: object) -> None:
        if os.getpid() != pid:
            # A forked worker (the build, extract and validate pools) inherits the
            # handler: like ^C, a stop is the parent's to carry out; the worker finishes
            # its batch and the parent, stopping the pool, waits for it.
            return
        raise Terminated

    return handler


@contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM raises `Terminated` in the main thread for the command's run.

    By default it killed the process where it stood: a build's record was left
    unsaved (the next run rebuilt everything), its temp file left beside it, and the
    pool's workers, each holding the other's end of the task pipe, waited forever.
    """
    try:
        previous = signal.signal(signal.SIGTERM, _on_sigterm(os.getpid()))
    except ValueError:  # not the main thread (a command called from a test's thread)
        yield
        return
    # ^C raises KeyboardInterrupt in the command, for its clean-up, rather than ending
    # the process at once as it does before the command (`toolkit.cli.main`).
    interrupt = signal.getsignal(signal.SIGINT)
    if interrupt is _stopped_before_the_command:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    unraisable = sys.unraisablehook
    sys.unraisablehook = _stop_again(os.getpid(), unraisable)
    try:
        yield
    finally:
        sys.unraisablehook = unraisable
        signal.signal(signal.SIGTERM, previous)
        if interrupt is _stopped_before_the_command:
            signal.signal(signal.SIGINT, interrupt)


_AGAIN_AFTER = 0.01  # seconds


def _stop_again(pid: int, hook: Callable[[sys.UnraisableHookArgs], object]
                ) -> Callable[[sys.UnraisableHookArgs], object]:
    """An unraisable-exception hook that delivers again a stop that was swallowed.

    A signal's exception is raised wherever the main thread stands, and when that is a
    finalizer (a generator or file closed by the garbage collector, a __del__), Python
    prints it ("Exception ignored in: ... toolkit.cli.common.Terminated: ") and goes on:
    a build stopped by its CI job ran to its end and exited 0, with a traceback. The
    signal is delivered again instead, to land in the command's own code. (Only for the
    signals Python handles: an ignored ^C raises nothing to lose.)"""

    def again(unraisable: sys.UnraisableHookArgs) -> object:
        stop = unraisable.exc_value
        if isinstance(stop, KeyboardInterrupt) and os.getpid() == pid:
            signum = signal.SIGTERM if isinstance(stop, Terminated) else signal.SIGINT
            if callable(signal.getsignal(signum)):
                # From another thread, once this hook is left: the main thread handles a
                # signal at its next instruction, and one landing here, still in the
                # hook, is swallowed for good (raise_signal would run the handler here;
                # a timer's fixed delay lost the stop when the hook ran longer than it,
                # on a loaded machine). Should it land in a finalizer again, it comes
                # back here.
                hook_left = threading.Lock()
                hook_left.acquire()
                threading.Thread(target=_interrupt_when_left, args=(hook_left, signum),
                                 daemon=True).start()
                hook_left.release()  # (the hook's last act)
                return None
        return hook(unraisable)

    return again


def _interrupt_when_left(hook_left: threading.Lock, signum: signal.Signals) -> None:
    """Deliver `signum` to the main thread once the unraisable hook has let go of
    `hook_left`, and a moment later (its return is a few instructions more)."""
    with hook_left:
        pass
    time.sleep(_AGAIN_AFTER)
    _thread.interrupt_main(signum)


def handles_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn library errors into one line on stderr and their exit code; no traceback."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            with _sigterm_as_interrupt():
                return func(*args, **kwargs)
        except UsageError as exc:
            # No file to name: said as the command line's other mistakes are (Click's,
            # `_usage_error_line`), so that a log searched for `error:` finds it.
            raise fail(f"communique: error: {exc}", exc.exit_code) from None
        except CommuniqueError as exc:
            raise fail(str(exc), exc.exit_code) from None
        except BrokenPipeError:
            # `| head` closed the output. Click ended it quietly, but with exit 1, which
            # a CI gate reads as "problems found".
            raise typer.Exit(closed_output()) from None
        except OSError as exc:
            # A file or folder the engines did not turn into an InputError (an output
            # folder under a file, a read-only or missing mount): one line naming it,
            # exit 2 as for an unreadable input, instead of a traceback. Every write is
            # atomic, so nothing is left half-written.
            where = display(exc.filename) if exc.filename else "communique"
            raise fail(f"{where}: error: {exc.strerror or exc}", 2) from None
        except Terminated:
            raise fail("terminated", 128 + signal.SIGTERM) from None
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

"""How paths are shown to people: what every command prints and every message names,
and the `#:` references of a template (extract writes them, validate expects them)."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path


def display(path: Path | str) -> str:
    """A path as people type it: relative to the current folder when under it, with
    ``/``; any other path as it was given."""
    text = os.fspath(path)
    cwd = os.getcwd()
    # A prefix test, not resolve() or relpath: it runs for every message of a build,
    # and a path outside the current folder is clearer in full than as ../../..
    if text.startswith(cwd + os.sep):
        return text[len(cwd) + 1:].replace(os.sep, "/")
    return text


def files_in(folder: Path, pattern: str) -> list[Path]:
    """``sorted(folder.glob(pattern))``, for a pattern of names in the one folder.

    Sorted by their strings: files of one folder differ only in their names, and there
    a string's order is Path's (`os.path.normcase`: without case on Windows, as Path
    compares there). Path's own comparison builds and compares lists of parts: sorting
    1,000 releases with it cost 42M instructions, four times listing them, in the parent
    process before any worker starts.
    """
    return sorted(folder.glob(pattern), key=os.path.normcase)


def relative(path: Path | str, root: Path, *, written: bool = False) -> str:
    """A path as references and messages show it: relative to the project, with ``/``.

    Links are resolved, the file's own included: a `#:` reference names the file that
    holds the text its line number counts in. Extract writes it and validate expects
    it through this one function (validate computing its own, a release linked from
    outside the project was `template-stale` after every extract).

    `written`: the caller has just renamed a file of its own to `path`, which is then
    known not to be a link (one system call less).
    """
    text = os.fspath(path)
    folder, name = os.path.split(text)
    # A file that is not a link, in a folder of the project: the folder's part is the
    # same for every file in it, worked out once (this was 12 us a file in a run, twice
    # per file extracted: the path functions are cold after each release).
    if name and name != "." and ".." not in text and (written or not os.path.islink(text)):
        if not os.path.isabs(folder):  # remembered by absolute name: the cwd may change
            folder = os.path.join(os.getcwd(), folder)
        shown = _relative_folder(folder, os.fspath(root))
        if shown is not None:
            return f"{shown}/{name}" if shown else name
    resolved = _resolved(path)
    base = _real_folder(os.fspath(root))
    # A project's files are inside it: its folder is cut off the front, which is what
    # relpath gives then, without its work (twice per file extracted).
    if resolved.startswith(base) and resolved[len(base):len(base) + 1] == os.sep:
        return resolved[len(base) + 1:].replace(os.sep, "/")
    try:
        return Path(os.path.relpath(resolved, base)).as_posix()
    except ValueError:  # another drive (Windows)
        return Path(path).as_posix()  # (update's tasks hold their paths as str)


def _resolved(path: Path | str) -> str:
    """`path.resolve()`, asking the file system about its folder once per run.

    Resolving looks up every component of a path; a project's files share a handful
    of folders, so only the file itself (which may be a link) is looked up each time.
    """
    text = os.fspath(path)
    # ".." anywhere in the text (not only as a part) sends the path the slow, exact way.
    if ".." in text or os.path.islink(text):
        return os.path.realpath(text)
    folder, name = os.path.split(os.path.abspath(text))
    return os.path.join(_real_folder(folder), name)


@lru_cache(maxsize=256)
def _real_folder(folder: str) -> str:
    return os.path.realpath(folder)


@lru_cache(maxsize=256)
def _relative_folder(folder: str, root: str) -> str | None:
    """A folder as `relative` shows it ("" for the project's own), None outside it."""
    resolved = _real_folder(os.path.abspath(folder))
    base = _real_folder(root)
    if resolved == base:
        return ""
    if resolved.startswith(base) and resolved[len(base):len(base) + 1] == os.sep:
        return resolved[len(base) + 1:].replace(os.sep, "/")
    return None

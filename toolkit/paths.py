"""How paths are shown to people: what every command prints and every message names."""

from __future__ import annotations

import os
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

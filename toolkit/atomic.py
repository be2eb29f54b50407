"""Files at the edges: atomic writes (a reader sees the old file or the new one, never half
of either), and reads of files that may not exist yet."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from toolkit.errors import InputError


def _default_mode() -> int:
    # mkstemp creates files 0600 whatever the umask; outputs should get the mode an
    # ordinary open() would give them. Read once: os.umask can only be read by setting it.
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


_MODE = _default_mode()


def write_bytes(path: Path, data: bytes, *, if_changed: bool = True) -> bool:
    """Write `data` to `path` through a temp file and rename. False if nothing changed.

    An unchanged file is not rewritten, so its modification time means something.
    """
    if if_changed:
        try:
            if path.read_bytes() == data:
                return False
        except OSError:
            pass
    write_chunks(path, (data,))
    return True


def write_chunks(path: Path, chunks: Iterable[bytes]) -> None:
    """Write the concatenated `chunks` to `path` atomically, never holding them all."""
    try:
        fd, tmp = _temp_beside(path)
    except FileNotFoundError:
        # The folder is created only when missing: a build writes thousands of files
        # into a handful of folders, and a mkdir per file is a syscall per file.
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = _temp_beside(path)
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
            os.fchmod(handle.fileno(), _MODE)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _temp_beside(path: Path) -> tuple[int, str]:
    return tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)


def read_if_exists(path: Path) -> bytes | None:
    """The file's bytes, None if there is no such file, `InputError` if it cannot be read."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from exc

"""Files at the edges: atomic writes (a reader sees the old file or the new one, never half
of either), and reads of files that may not exist yet."""

from __future__ import annotations

import contextlib
import errno
import itertools
import os
import re
import stat
from collections.abc import Callable, Iterable
from pathlib import Path

from toolkit.errors import InputError

# A temp file is made here or not at all: O_EXCL fails on any file already under its name
# (another process's, or a symlink put in its place) instead of writing into it. os.open
# makes it non-inheritable (PEP 446), as mkstemp did.
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL
# The kernel takes the umask (or the folder's default ACL) off 0666: the mode an ordinary
# open() gives a new file, where mkstemp gave 0600 and needed an fchmod.
_MODE = 0o666
# A temp name is the target's, this process's id and a count of this process's calls:
# unique among live processes without the random names mkstemp makes in Python (a third
# of the cost of a write). A name found taken (left by a dead process that had the same
# id, or made on another host sharing the folder) is skipped for the next.
_CALLS = itertools.count()
_ATTEMPTS = 100


def write_bytes(path: Path | str, data: bytes, *, if_changed: bool = True) -> bool:
    """Write `data` to `path` through a temp file and rename. False if nothing changed.

    An unchanged file is not rewritten, so its modification time means something.
    """
    if if_changed and _holds(path, data):
        return False
    _replace(path, lambda fd: _write_all(fd, data))
    return True


def write_chunks(path: Path, chunks: Iterable[bytes]) -> None:
    """Write the concatenated `chunks` to `path` atomically, never holding them all."""

    def fill(fd: int) -> None:
        with open(fd, "wb", closefd=False) as handle:  # buffered: chunks may be small
            for chunk in chunks:
                handle.write(chunk)

    _replace(path, fill, locked=True)


def _holds(path: Path | str, data: bytes) -> bool:
    """Whether the file at `path` holds `data` (not when it is missing or unreadable).

    Read with one system call, without a file object: a file of another size is not
    read at all, and a read that came back short reads as a change (a rewrite, never
    an update skipped)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        return os.fstat(fd).st_size == len(data) and os.read(fd, len(data) + 1) == data
    except OSError:  # a folder in the way, an I/O error: written, and reported there
        return False
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    done = os.write(fd, data)
    while done < len(data):  # a file takes all at once, but for a signal or a full disk
        done += os.write(fd, memoryview(data)[done:])


def _replace(path: Path | str, fill: Callable[[int], None], *, locked: bool = False) -> None:
    """Make a temp file beside `path`, `fill` it and rename it over `path`. `locked`:
    the temp file is locked (flock) from its making until it is renamed, so that
    `remove_leftovers` can tell it from a dead process's leftover, whatever host or
    container made it (where POSIX locks are: on Windows it is not locked).

    Whatever is raised, a KeyboardInterrupt included, no temp file is left: its name is
    known to the cleanup before the file is made (mkstemp returned it only after, outside
    the try), and forgotten when the name was found taken, so a file this call did not
    make is not removed. (A signal between choosing a name and making the file removes
    whatever is under that name: only a dead process's leftover can be, names being
    this process's own.)
    """
    target = os.fspath(path)
    folder, name = os.path.split(target)
    temp: str | None = None
    made_folder = False
    try:
        if _read_only(target):
            raise PermissionError(errno.EACCES, READ_ONLY, target)
        for attempt in itertools.count(1):
            temp = os.path.join(folder, f".{name}.{os.getpid()}.{next(_CALLS)}.tmp")
            try:
                fd = os.open(temp, _CREATE, _MODE)
                break
            except FileExistsError:
                temp = None
                if attempt == _ATTEMPTS:
                    raise
            except FileNotFoundError:
                temp = None
                if made_folder:
                    raise
                # The folder is made only when missing: a build writes thousands of files
                # into a handful of folders, and a mkdir per file is a syscall per file.
                os.makedirs(folder or os.curdir, exist_ok=True)
                made_folder = True
        assert temp is not None  # the loop is left by its break, with the file made
        try:
            if locked and os.name == "posix":
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX)
                fill(fd)
                os.replace(temp, target)  # (before the lock goes with the descriptor)
            else:
                fill(fd)
        finally:
            os.close(fd)
        if not (locked and os.name == "posix"):
            os.replace(temp, target)
    except BaseException as exc:
        if temp is not None:
            # Renamed already, or not made yet (in a "folder" that is a file, unlink
            # fails as the open did): the error to report is the one that stopped us.
            with contextlib.suppress(FileNotFoundError, NotADirectoryError):
                os.unlink(temp)
        if isinstance(exc, OSError):
            # The error is the target's: the temp name, gone now, is what the system
            # call named ("build/ja/.x.html.18925.2.tmp: Is a directory"), which sent
            # the reader looking for a file that never existed; and a write names no
            # file at all (a full disk said "communique: error: No space left on
            # device", not which file was not written).
            exc.filename, exc.filename2 = target, None
        raise


# What a refused write says (after the file's name and "error:").
READ_ONLY = "Permission denied: a read-only file is not replaced"


def _read_only(target: str) -> bool:
    """Whether `target` is a file that may not be written: one no one may write (chmod
    -w, which root is not stopped by either) or this process may not.

    A rename needs only the folder's permission, so a catalog a translator or a CI step
    made read-only was replaced all the same, and came back writable, exit 0; msgmerge
    -U, which writes into the file, refuses it."""
    try:
        mode = os.stat(target).st_mode
    except OSError:  # none yet (made), or a folder in the way (the write says so)
        return False
    return stat.S_ISREG(mode) and (not mode & 0o222 or not os.access(target, os.W_OK))


def remove_leftovers(path: Path) -> None:
    """Remove the temp files of `path` that dead processes left: a write is cleaned up
    on any exception or signal Python sees, but not after SIGKILL (the OOM killer, a CI
    runner's hard kill), whose temp file would otherwise stay beside the target for good
    (and be published with a build folder). `path` must be written by `write_chunks`,
    which locks its temp file until it is renamed.

    A temp file is a leftover when no process of this host has its process id and no
    process holds its lock: a live write of another host sharing the folder (NFS) or of
    another container (another pid namespace) has an id unknown here, but holds its
    lock. One whose process cannot be told (another user's) stays, and so does every
    one on Windows, where locks are not taken and a process is not asked (os.kill with
    signal 0 sends Ctrl+C there)."""
    if os.name != "posix":
        return
    folder, name = os.path.split(os.fspath(path))
    prefix = f".{name}."
    try:
        names = os.listdir(folder or os.curdir)
    except OSError:
        return
    for found in names:
        pid, dot, rest = found.removeprefix(prefix).partition(".")
        # (ASCII digits, and an id a process can have: a name's 200 digits or a 0,
        # which kill() takes as this process's group, are no process's)
        if (not found.startswith(prefix) or not dot or not _DIGITS.fullmatch(pid)
                or not rest.endswith(".tmp") or not _DIGITS.fullmatch(rest[:-4])
                or not 0 < int(pid) < 2**31 or int(pid) == os.getpid()):
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:  # no such process here: a dead one's leftover...
            _remove_unlocked(os.path.join(folder, found))
        except OSError:  # alive under another user, or not to be asked
            continue


_DIGITS = re.compile(r"[0-9]{1,10}")


def _remove_unlocked(temp: str) -> None:
    """Remove a temp file unless a process holds its lock (`_replace`): a write in
    progress elsewhere. A shared lock is asked for, which a read-only descriptor may
    take on NFS too."""
    import fcntl

    try:
        fd = os.open(temp, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError:
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        os.unlink(temp)
    except OSError:  # held: a live write; or gone already
        return
    finally:
        os.close(fd)


# A release or catalog linked to /dev/zero or /dev/urandom was read until memory ran out,
# the kernel then killing the process: a device is refused unread. (A named pipe is read
# to its end: its writer ends it, as a shell's <(...) does.)
_READ = os.O_RDONLY | getattr(os, "O_BINARY", 0)


def _special(mode: int) -> bool:
    return stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISSOCK(mode)


def read_bytes(path: Path | str) -> bytes:
    """The file's bytes, `InputError` if there is no such file or it cannot be read: what
    every reader of a release, template or catalog the user named uses."""
    found = read_with_status(path)
    if found is None:
        raise InputError(path, f"cannot read: {os.strerror(errno.ENOENT)}")
    return found[0]


def read_if_exists(path: Path | str) -> bytes | None:
    """The file's bytes, None if there is no such file, `InputError` if it cannot be read."""
    found = read_with_status(path)
    return None if found is None else found[0]


def read_with_status(path: Path | str) -> tuple[bytes, os.stat_result] | None:
    """The file's bytes and its status (size, modification time) as it was read, None if
    there is no such file, `InputError` if it cannot be read.

    With the system calls themselves (open, fstat, read until the end, close) rather
    than the buffered file object Path.read_bytes makes: fewer calls and less Python,
    and the status comes with the read instead of a stat of the path after it."""
    try:
        fd = os.open(path, _READ)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from exc
    try:
        info = os.fstat(fd)
        if _special(info.st_mode):
            raise InputError(path, "cannot read: a device, not a file")
        chunks = [os.read(fd, info.st_size + 1)]
        while chunks[-1]:  # a file that grew, or one whose size fstat cannot tell
            chunks.append(os.read(fd, 1 << 16))
    except OSError as exc:  # a folder, an I/O error
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from exc
    finally:
        os.close(fd)
    return chunks[0] if len(chunks) == 2 else b"".join(chunks), info  # (no copy of the usual)

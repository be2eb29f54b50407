"""Atomic writes: all or nothing, nothing left behind, the mode open() gives, no other
process's temp file touched, and unchanged files left alone."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest

from toolkit import atomic
from toolkit.errors import InputError


def test_writes_create_parents_and_report_a_change(tmp_path):
    target = tmp_path / "a" / "b.txt"
    assert atomic.write_bytes(target, b"one") is True
    assert target.read_bytes() == b"one"


def test_an_unchanged_file_is_not_rewritten(tmp_path):
    target = tmp_path / "b.txt"
    atomic.write_bytes(target, b"same")
    os.utime(target, (1, 1))
    assert atomic.write_bytes(target, b"same") is False
    assert target.stat().st_mtime == 1


def test_a_failed_write_leaves_the_old_file_and_no_temp_file(tmp_path, monkeypatch):
    target = tmp_path / "b.txt"
    target.write_bytes(b"old")

    def boom(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "replace", boom)
    with pytest.raises(OSError):
        atomic.write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["b.txt"]


def test_new_files_get_the_mode_the_umask_gives(tmp_path):
    target = tmp_path / "c.txt"
    atomic.write_bytes(target, b"x")
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask


# ---------------------------------------------------------------- a reader sees old or new
def test_the_target_keeps_its_old_bytes_until_the_new_are_all_written(tmp_path, monkeypatch):
    target = tmp_path / "b.txt"
    target.write_bytes(b"old")
    seen = []
    real_write = os.write

    def write(fd: int, data: bytes) -> int:
        seen.append(target.read_bytes())
        return real_write(fd, data)

    monkeypatch.setattr(atomic.os, "write", write)
    atomic.write_bytes(target, b"new")
    assert seen == [b"old"] and target.read_bytes() == b"new"


def test_chunks_are_written_beside_the_target_and_renamed_over_it(tmp_path):
    target = tmp_path / "record.jsonl"
    target.write_bytes(b"old")

    def chunks() -> Iterator[bytes]:
        for n in range(3):
            assert target.read_bytes() == b"old"
            yield f"{n}\n".encode()

    atomic.write_chunks(target, chunks())
    assert target.read_bytes() == b"0\n1\n2\n"
    assert [p.name for p in tmp_path.iterdir()] == ["record.jsonl"]


# ---------------------------------------------------------------- nothing left behind
def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.parametrize("where", ["write", "replace", "chunks", "after-create"])
def test_a_failure_anywhere_leaves_the_old_file_and_no_temp_file(tmp_path, monkeypatch, where):
    target = tmp_path / "b.txt"
    target.write_bytes(b"old")
    real_open = os.open

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    def open_then_interrupted(*args: object, **kwargs: object) -> int:
        # A signal arriving as soon as the temp file exists, before any other line runs:
        # the gap that mkstemp before the try block left open.
        real_open(*args, **kwargs)
        raise KeyboardInterrupt

    def chunks() -> Iterator[bytes]:
        yield b"half"
        raise RuntimeError("the producer failed")

    fds = _open_fds()
    if where == "write":
        monkeypatch.setattr(atomic.os, "write", fail)
    elif where == "replace":
        monkeypatch.setattr(atomic.os, "replace", fail)
    elif where == "after-create":
        monkeypatch.setattr(atomic.os, "open", open_then_interrupted)
    with pytest.raises((OSError, RuntimeError, KeyboardInterrupt)):
        if where == "chunks":
            atomic.write_chunks(target, chunks())
        else:
            atomic.write_bytes(target, b"new")
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["b.txt"]
    if where != "after-create":  # there the descriptor was never handed back to close
        assert _open_fds() == fds


def test_a_folder_in_the_way_is_an_error_and_leaves_no_temp_file(tmp_path):
    (tmp_path / "b.txt").mkdir()
    with pytest.raises(IsADirectoryError) as raised:
        atomic.write_bytes(tmp_path / "b.txt", b"new")
    assert [p.name for p in tmp_path.iterdir()] == ["b.txt"]
    # The CLI prints the error's file name: the target, never the temp file it removed.
    assert (raised.value.filename, raised.value.filename2) == (str(tmp_path / "b.txt"), None)


def test_a_folder_that_cannot_be_made_is_an_error(tmp_path):
    (tmp_path / "a").write_bytes(b"a file, not a folder")
    target = tmp_path / "a" / "b" / "c.txt"
    with pytest.raises(OSError) as raised:
        atomic.write_bytes(target, b"new")
    assert [p.name for p in tmp_path.iterdir()] == ["a"]
    assert raised.value.filename == str(target)


# ---------------------------------------------------------------- mode
@pytest.mark.parametrize("mask", [0o022, 0o027, 0o002, 0o077])
def test_new_and_replaced_files_get_the_mode_open_gives_under_the_umask(tmp_path, mask):
    old_mask = os.umask(mask)
    try:
        atomic.write_bytes(tmp_path / "new.txt", b"x")
        with open(tmp_path / "plain.txt", "wb"):
            pass
        replaced = tmp_path / "replaced.txt"
        replaced.write_bytes(b"old")
        replaced.chmod(0o600)
        atomic.write_bytes(replaced, b"new")
    finally:
        os.umask(old_mask)
    expected = (tmp_path / "plain.txt").stat().st_mode & 0o777
    assert expected == 0o666 & ~mask
    assert (tmp_path / "new.txt").stat().st_mode & 0o777 == expected
    assert replaced.stat().st_mode & 0o777 == expected


# ---------------------------------------------------------------- if_changed
@pytest.mark.parametrize("old", [b"abd", b"abcd", b"ab", b""])
def test_a_file_that_differs_at_all_is_written(tmp_path, old):
    # Same length, a longer file that starts with the new bytes, a shorter one, empty.
    target = tmp_path / "b.txt"
    target.write_bytes(old)
    assert atomic.write_bytes(target, b"abc") is True
    assert target.read_bytes() == b"abc"


def test_without_if_changed_the_same_bytes_are_written_again(tmp_path):
    target = tmp_path / "b.txt"
    target.write_bytes(b"same")
    inode = target.stat().st_ino
    assert atomic.write_bytes(target, b"same", if_changed=False) is True
    assert target.read_bytes() == b"same" and target.stat().st_ino != inode


# ---------------------------------------------------------------- temp names
def test_a_file_under_the_temp_name_is_never_written_into_or_removed(tmp_path, monkeypatch):
    monkeypatch.setattr(atomic, "_CALLS", itertools.count())
    theirs = tmp_path / f".b.txt.{os.getpid()}.0.tmp"  # the first name this call tries
    theirs.write_bytes(b"another process's")
    atomic.write_bytes(tmp_path / "b.txt", b"new")
    assert (tmp_path / "b.txt").read_bytes() == b"new"
    assert theirs.read_bytes() == b"another process's"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["b.txt", theirs.name])


def test_when_every_name_is_taken_the_write_fails_and_touches_none(tmp_path, monkeypatch):
    monkeypatch.setattr(atomic, "_CALLS", itertools.count())
    taken = [tmp_path / f".b.txt.{os.getpid()}.{n}.tmp" for n in range(atomic._ATTEMPTS)]
    for path in taken:
        path.write_bytes(b"theirs")
    with pytest.raises(FileExistsError):
        atomic.write_bytes(tmp_path / "b.txt", b"new")
    assert all(path.read_bytes() == b"theirs" for path in taken)
    assert not (tmp_path / "b.txt").exists()


def test_temp_names_are_unique_per_process_and_call(tmp_path, monkeypatch):
    names = []
    real_open = os.open

    def spy(path: str, *args: object) -> int:
        names.append(os.path.basename(path))
        return real_open(path, *args)

    monkeypatch.setattr(atomic.os, "open", spy)
    for _ in range(3):
        atomic.write_bytes(tmp_path / "b.txt", b"x", if_changed=False)
    assert len(set(names)) == 3
    assert all(name.startswith(f".b.txt.{os.getpid()}.") for name in names)


def test_a_file_is_read_with_the_status_of_what_was_read(tmp_path):
    target = tmp_path / "a.po"
    target.write_bytes(b"x" * 70_000)
    found = atomic.read_with_status(target)
    assert found is not None
    data, info = found
    assert data == target.read_bytes()
    assert (info.st_size, info.st_mtime_ns) == (target.stat().st_size, target.stat().st_mtime_ns)
    assert atomic.read_if_exists(str(target)) == data


def test_reading_a_missing_file_is_none_and_a_folder_an_input_error(tmp_path):
    assert atomic.read_with_status(tmp_path / "missing") is None
    assert atomic.read_if_exists(tmp_path / "missing") is None
    with pytest.raises(InputError, match="cannot read: Is a directory"):
        atomic.read_with_status(tmp_path)


# A catalog or release linked to /dev/zero was read until memory ran out (the kernel
# killed update, validate and build alike). Found by putting such a link in place of a
# catalog and running update, validate and build. (A named pipe is read to its end:
# test_loader.)
SPECIAL_FILES = [name for name in ("/dev/zero", "/dev/urandom") if os.path.exists(name)]


@pytest.mark.parametrize("device", SPECIAL_FILES)
def test_a_device_is_refused_without_being_read(tmp_path, device):
    link = tmp_path / "x.po"
    link.symlink_to(device)
    with pytest.raises(InputError) as refused:
        atomic.read_with_status(link)
    assert (refused.value.path, refused.value.message) == (
        link, "cannot read: a device, not a file")



def _dead_pid() -> int:
    import subprocess
    import sys

    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    return int(child.stdout)


def test_temp_files_of_dead_processes_are_removed_and_others_kept(tmp_path):
    # What a SIGKILL left while a build saved its record: the next build removes it.
    target = tmp_path / ".record.jsonl"
    target.write_bytes(b"saved")
    dead = tmp_path / f"..record.jsonl.{_dead_pid()}.3.tmp"
    live = tmp_path / f"..record.jsonl.{os.getppid()}.0.tmp"  # a write in progress
    own = tmp_path / f"..record.jsonl.{os.getpid()}.7.tmp"
    other = tmp_path / f".page.html.{_dead_pid()}.1.tmp"  # another file's: not asked
    unlike = tmp_path / "..record.jsonl.notes.tmp"
    for path in (dead, live, own, other, unlike):
        path.write_bytes(b"x")

    atomic.remove_leftovers(target)

    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in (target, live, own, other, unlike))
    assert target.read_bytes() == b"saved"


@pytest.mark.skipif(os.name != "posix", reason="POSIX locks")
def test_a_temp_file_locked_by_a_live_write_elsewhere_is_kept(tmp_path):
    # Another host sharing the folder over NFS, or another container (pid namespace):
    # its process id is unknown here, but its write holds the temp file's lock. The
    # temp was removed under it, and its rename failed: the build on the other host
    # stopped with "No such file or directory" and saved no record.
    import fcntl

    target = tmp_path / ".record.jsonl"
    elsewhere = tmp_path / f"..record.jsonl.{_dead_pid()}.0.tmp"
    elsewhere.write_bytes(b"half")
    with elsewhere.open("rb+") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        atomic.remove_leftovers(target)
        assert elsewhere.exists()
    atomic.remove_leftovers(target)  # its lock gone with its process: a leftover
    assert not elsewhere.exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX locks")
def test_write_chunks_holds_its_temp_file_s_lock_until_it_is_renamed(tmp_path):
    import fcntl

    target = tmp_path / "record.jsonl"
    seen = []

    def chunks():
        yield b"a"
        (temp,) = (p for p in tmp_path.iterdir() if p.name.endswith(".tmp"))
        with temp.open("rb") as other, pytest.raises(BlockingIOError):
            fcntl.flock(other.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
        seen.append(temp.name)
        yield b"b"

    atomic.write_chunks(target, chunks())
    assert seen and target.read_bytes() == b"ab"
    assert [p.name for p in tmp_path.iterdir()] == ["record.jsonl"]


@pytest.mark.parametrize("pid", ["9" * 30, "0", "١٢٣", "00000000000000000001"])
def test_a_temp_name_whose_id_no_process_can_have_is_passed_over(tmp_path, pid):
    # A file named with 30 digits made every build stop with a traceback (OverflowError
    # from os.kill); 0 is asked of kill() as this process's group.
    target = tmp_path / ".record.jsonl"
    odd = tmp_path / f"..record.jsonl.{pid}.1.tmp"
    odd.write_bytes(b"x")
    atomic.remove_leftovers(target)
    assert odd.exists()


# ---------------------------------------------------------------- read-only
@pytest.mark.parametrize("writes", [
    lambda path: atomic.write_bytes(path, b"new"),
    lambda path: atomic.write_chunks(path, [b"n", b"ew"]),
], ids=["write_bytes", "write_chunks"])
def test_a_read_only_file_is_not_replaced(tmp_path, writes):
    # A rename needs only the folder's permission: a catalog made read-only (chmod -w)
    # was replaced anyway, and came back writable.
    target = tmp_path / "x.po"
    target.write_bytes(b"old")
    target.chmod(0o444)
    with pytest.raises(PermissionError) as raised:
        writes(target)
    assert raised.value.filename == str(target)
    assert raised.value.strerror == atomic.READ_ONLY
    assert target.read_bytes() == b"old"
    assert target.stat().st_mode & 0o777 == 0o444
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.po"]


def test_a_file_its_owner_may_write_is_replaced(tmp_path):
    target = tmp_path / "x.po"
    target.write_bytes(b"old")
    target.chmod(0o600)
    assert atomic.write_bytes(target, b"new")
    assert target.read_bytes() == b"new"

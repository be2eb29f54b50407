"""Atomic writes: all or nothing, and unchanged files are left alone."""

from __future__ import annotations

import os

import pytest

from toolkit import atomic


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

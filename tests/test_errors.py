"""The exception family: what a worker process can send back, and how it reads."""

from __future__ import annotations

import pickle
from pathlib import Path

from toolkit.errors import (
    InputError,
    MergeConflict,
    conflict_marker,
    first_conflict,
    merge_conflict,
)


def test_an_input_error_crosses_a_process_boundary_whole():
    # Workers send their errors back pickled; an exception pickles as its class and
    # args, which would rebuild it from its message alone and fail in the parent.
    error = InputError(Path("releases/a.xml"), "not closed", 12, 3)
    back = pickle.loads(pickle.dumps(error))
    assert (type(back), back.path, back.message, back.line, back.column) == (
        InputError, Path("releases/a.xml"), "not closed", 12, 3)
    assert str(back) == "releases/a.xml:12:3: error: not closed"


def test_an_input_error_names_only_the_place_it_knows():
    assert str(InputError("a.po", "bad")) == "a.po: error: bad"
    assert str(InputError("a.po", "bad", 4)) == "a.po:4: error: bad"


def test_a_merge_conflict_crosses_a_process_boundary_as_one():
    # Validate and build read releases in worker processes: the error comes back of its
    # kind, with its code.
    error = merge_conflict("locales/ja/a.po", "<<<<<<< HEAD\n", 7)
    back = pickle.loads(pickle.dumps(error))
    assert (type(back), back.code, back.line, back.column) == (MergeConflict,
                                                               "merge-conflict", 7, 1)
    assert back.shown_as("a.po").code == "merge-conflict"
    assert InputError("a.po", "bad").code == "unreadable"


def test_a_conflict_marker_is_what_git_calls_one():
    for line in ("<<<<<<< HEAD", "=======", ">>>>>>> topic", "||||||| merged common "
                 "ancestors", "=======\r\n", "<<<<<<<"):
        assert conflict_marker(line), line
    for line in ("========", " =======", "<<<<<<<<", ">>>>>>>x", "<<<<<<", "#======="):
        assert not conflict_marker(line), line


def test_the_first_conflict_is_found_only_up_to_the_parsers_stop():
    data = b'<a>\n<b/>\n<<<<<<< HEAD\n<c/>\n=======\n<d/>\n>>>>>>> x\n</a>\n'
    found = first_conflict(data, "a.xml", 3)
    assert found is not None and (found.line, found.column) == (3, 1)
    assert first_conflict(data, "a.xml", 2) is None  # the parser stopped before it
    assert first_conflict(b"=======\n<a/>", "a.xml") is not None  # on the first line
    assert first_conflict(b"<a>\n========\n</a>", "a.xml") is None

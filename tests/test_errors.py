"""The exception family: what a worker process can send back, and how it reads."""

from __future__ import annotations

import pickle
from pathlib import Path

from toolkit.errors import InputError


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

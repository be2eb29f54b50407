"""The model: immutable values, equal by content, lines kept for messages only."""

from __future__ import annotations

import inspect
import pickle
from dataclasses import MISSING, FrozenInstanceError, fields, replace

import pytest

from toolkit.model import Embargo, Figure, ListBlock, Meta, Release, Segment, Span

MODEL_CLASSES = (Span, Segment, ListBlock, Figure, Embargo, Meta, Release)


def release(line: int = 0) -> Release:
    date = Span("date", (("value", "2024-01-02"),), ("January 2, 2024",), line)
    return Release(
        id="r", lang="en",
        meta=Meta(Segment("publisher", ("P",), line=line), date),
        title=Segment("title", ("Talks with ", Span("person", (), ("X",), line)), line=line),
        body=(ListBlock((Segment("item", ("a",), line=line),), ordered=True, line=line),),
        figures=(Figure("/a.jpg", caption=Segment("caption", ("c",)), line=line),),
    )


def test_every_part_is_immutable():
    value = release()
    for part in (value, value.meta, value.meta.embargo or Embargo("v", "z"), value.title,
                 value.title.content[1], value.body[0], value.figures[0]):
        for field in fields(part):
            with pytest.raises(FrozenInstanceError):
                setattr(part, field.name, None)


def test_equality_and_hash_ignore_lines_but_lines_are_kept():
    a, b = release(line=0), release(line=7)
    assert a == b and hash(a.title) == hash(b.title)
    assert b.title.line == 7 and b.title.content[1].line == 7
    assert replace(a.title, content=("Y",)) != a.title


def test_a_release_sent_to_another_process_arrives_whole_lines_included():
    value = release(line=5)
    copy = pickle.loads(pickle.dumps(value))
    assert copy == value and copy.body[0].items[0].line == 5


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
def test_model_objects_carry_no_per_instance_dict(cls):
    # A release is ~55 of them and thousands are read per command: slots keep them small
    # and quick to make.
    assert "__dict__" not in dir(cls) and len(cls.__slots__) == len(fields(cls))


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
def test_each_constructor_takes_the_fields_in_order_with_their_defaults(cls):
    # Most classes set their slots in an __init__ written by hand (a cheaper one than the
    # dataclass's): it must take what the fields declare, so a field added or a default
    # changed in one place only is caught here.
    parameters = list(inspect.signature(cls).parameters.values())
    assert [p.name for p in parameters] == [f.name for f in fields(cls)]
    for parameter, field in zip(parameters, fields(cls), strict=True):
        assert parameter.default == (inspect.Parameter.empty if field.default is MISSING
                                     else field.default)

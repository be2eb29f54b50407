"""`read_release` gives what the reader of 75e3c48 gave (`reference_release_reader`): equal
models with the same lines everywhere, and the same error (message, line) for what it
refuses, on every XML fixture, on generated releases and on trees broken at random."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from tests.reference_release_reader import reference_read_release
from tests.test_release_xml import releases
from toolkit.errors import InputError
from toolkit.model import Release
from toolkit.release_xml import read_release, write_release_lxml
from toolkit.vocabulary import INLINE, ITS_TRANSLATE, SEGMENT_ROLES, TYPED, q
from toolkit.xmlsafe import parse_xml

REPO = Path(__file__).resolve().parent.parent
# The 1,000 releases of the benchmark project, when this machine has them.
BENCH = Path(os.environ.get("COMMUNIQUE_BENCH_RELEASES",
                            "/tmp/l10nbench/N1000/communique/releases"))


def outcome(read: object, tree: etree._ElementTree) -> tuple[object, ...]:
    """What a reader makes of a tree: the model's repr, which (unlike equality) shows
    every line, or the error's message and place."""
    try:
        release = read(tree, "r.xml")  # type: ignore[operator]
    except InputError as exc:
        return ("error", exc.message, exc.line, exc.column)
    assert isinstance(release, Release)
    return ("release", type(release), repr(release))


def assert_same(tree: etree._ElementTree) -> None:
    expected = outcome(reference_read_release, tree)
    assert outcome(read_release, tree) == expected


def _xml_files(top: Path) -> Iterator[Path]:
    for folder, dirs, files in os.walk(top):
        # The locked normalize sets are never opened.
        dirs[:] = sorted(d for d in dirs if not d.startswith("normalize-locked"))
        yield from (Path(folder) / f for f in sorted(files) if f.endswith(".xml"))


FIXTURE_FILES = [*_xml_files(REPO / "tests" / "fixtures"), *_xml_files(REPO / "releases")]


def _tree(path: Path) -> etree._ElementTree:
    try:
        return parse_xml(path.read_bytes(), path)
    except InputError:
        pytest.skip("not well-formed XML")


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda p: str(p.relative_to(REPO)))
def test_every_xml_fixture_is_read_as_the_reference_reads_it(path):
    assert_same(_tree(path))


def test_the_fixtures_include_releases_the_reference_reads_whole():
    read = [p for p in FIXTURE_FILES
            if outcome(reference_read_release, _tree(p))[0] == "release"]
    assert len(read) >= 10


@pytest.mark.skipif(not BENCH.is_dir(), reason="the benchmark's releases are not here")
def test_every_benchmark_release_is_read_as_the_reference_reads_it():
    paths = sorted(BENCH.glob("*.xml"))
    assert paths
    for path in paths:
        assert_same(parse_xml(path.read_bytes(), path))


@settings(max_examples=150, deadline=None)
@given(releases(text=st.sampled_from(["", " ", "x", " x ", "a  b", "\n y\t", "é", "\u00a0"])))
def test_any_release_written_is_read_as_the_reference_reads_it(release):
    # Spans that hold spans, typed spans that hold spans (refused), empty ids, white space
    # at every edge: whatever a model made in code puts in the XML.
    assert_same(parse_xml(write_release_lxml(release), "r.xml"))


# Names a broken tree's new element may have: every name of the vocabulary, one in it but
# unknown, one of another namespace and one of none; and comments and PIs.
_NAMES = sorted({*SEGMENT_ROLES, *INLINE, *TYPED, "release", "meta", "published", "embargo",
                 "figure", "body", "list", "item", "para"})
_TAGS = [*(q(name) for name in _NAMES), "{urn:example}x", "plain"]
_TEXTS = st.sampled_from([None, "", " ", "t", " t ", "a\n b"])


def _break(data: st.DataObject, root: etree._Element) -> None:
    elements = list(root.iter(etree.Element))  # not a comment or PI added before
    target = data.draw(st.sampled_from(elements))
    kind = data.draw(st.sampled_from(["add", "add", "remove", "attribute", "text"]))
    if kind == "remove" and target is not root:
        parent = target.getparent()
        assert parent is not None
        parent.remove(target)
    elif kind == "attribute":
        key = data.draw(st.sampled_from(["value", "skeleton", "currency", "zone", "src",
                                         "type", "id", "zz", ITS_TRANSLATE]))
        target.set(key, data.draw(st.sampled_from(["", "ordered", "x", "2024-01-02"])))
    elif kind == "text":
        target.text = data.draw(_TEXTS)
        if target is not root:
            target.tail = data.draw(_TEXTS)
    else:
        made = data.draw(st.sampled_from(["element", "element", "comment", "pi"]))
        if made == "comment":
            new: etree._Element = etree.Comment("c")
        elif made == "pi":
            new = etree.ProcessingInstruction("pi", "x")
        else:
            new = etree.Element(data.draw(st.sampled_from(_TAGS)))
            new.text = data.draw(_TEXTS)
        new.tail = data.draw(_TEXTS)
        target.insert(data.draw(st.integers(0, len(target))), new)


_SAMPLE = (REPO / "releases" / "japan-kyrgyz-fm-meeting-2022.xml").read_bytes()


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_release_broken_at_random_is_read_or_refused_as_the_reference_does(data):
    # The reader is only ever given trees the schema accepted, but it checks them again:
    # each check must say the same, at the same line. The tree is written and parsed
    # again, so every element has its own line.
    tree = parse_xml(_SAMPLE, "r.xml")
    for _ in range(data.draw(st.integers(1, 4))):
        _break(data, tree.getroot())
    assert_same(parse_xml(etree.tostring(tree, pretty_print=True), "r.xml"))


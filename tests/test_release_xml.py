"""Release XML reader and writer: lossless round trip, the whitespace rule, layout."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from pathlib import Path
from typing import Any
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from toolkit import release_xml
from toolkit.errors import InputError
from toolkit.loader import load_release, parse_release
from toolkit.model import Attrs, Embargo, Figure, Inline, ListBlock, Meta, Release, Segment, Span
from toolkit.release_xml import is_normal, normalise_content, write_release, write_release_lxml
from toolkit.schema import schema_errors
from toolkit.vocabulary import (
    INLINE,
    INLINE_ATTRIBUTES,
    ITS_LOCNOTE,
    ITS_LOCNOTE_TYPE,
    ITS_TERM,
    ITS_TRANSLATE,
    ITS_VERSION,
    NS,
    TYPED,
    XML_LANG,
)
from toolkit.xmlsafe import parse_xml

FIXTURES = Path(__file__).parent / "fixtures" / "releases"

HEAD = ('<release xmlns="https://ns.communique.dev/release/1" id="r" xml:lang="en">'
        '<meta><publisher>P</publisher><published><date value="2024-01-02" skeleton="yMMMMd">'
        'January 2, 2024</date></published></meta><title>T</title><body>')


def wrap(body: str) -> bytes:
    return (HEAD + body + "</body></release>").encode()


def test_sample_is_written_back_byte_for_byte(sample_path, sample_bytes):
    assert write_release(load_release(sample_path)) == sample_bytes


def test_load_save_load_is_equal_for_every_fixture():
    for path in [*FIXTURES.glob("*.xml"), *(FIXTURES.parents[2] / "releases").glob("*.xml")]:
        release = load_release(path)
        assert parse_release(write_release(release)) == release


def test_written_release_validates_against_the_schema(sample_path):
    tree = parse_xml(write_release(load_release(sample_path)), "out")
    assert list(schema_errors(tree)) == []


def test_whitespace_runs_collapse_across_inline_boundaries():
    release = parse_release(wrap("<p>\n   Talks   with <person> Mr.\tX </person>  ended.\n</p>"))
    assert release.body[0].content == (
        "Talks with ", Span("person", (), ("Mr. X ",)), "ended.")


def test_non_breaking_spaces_are_content_and_kept():
    release = parse_release(wrap("<p>USD\u00a02 million</p>"))
    assert release.body[0].content == ("USD\u00a02 million",)


def test_trailing_space_inside_last_span_is_trimmed():
    release = parse_release(wrap("<p>Met <em>today </em></p>"))
    assert release.body[0].content == ("Met ", Span("em", (), ("today",)))


def test_spans_keep_their_lines_when_the_rule_changes_their_segment():
    release = parse_release(wrap("<p>Met\n  <person>A</person>\n  and <person>B  </person></p>"))
    spans = [part for part in release.body[0].content if isinstance(part, Span)]
    assert spans == [Span("person", (), ("A",)), Span("person", (), ("B",))]
    assert [span.line for span in spans] == [2, 3]


def _as_written(element: etree._Element) -> list[Inline]:
    """The oracle: a segment's content exactly as written, before the whitespace rule."""
    parts: list[Inline] = [element.text] if element.text else []
    for child in element:
        parts.append(Span(etree.QName(child).localname, (), tuple(_as_written(child))))
        if child.tail:
            parts.append(child.tail)
    return parts


SPACED = st.text(alphabet=st.sampled_from(["a", "b", " ", "\n", "\t", "\u00a0"]), max_size=4)
MARKUP = st.recursive(
    SPACED,
    lambda inner: st.tuples(st.sampled_from(["em", "person"]), st.lists(inner, max_size=3))
    .map(lambda t: f"<{t[0]}>{''.join(t[1])}</{t[0]}>"),
    max_leaves=8)


@settings(max_examples=300, deadline=None)
@given(st.lists(MARKUP, max_size=5).map("".join))
def test_a_segment_is_read_as_the_whitespace_rule_applied_to_it_as_written(markup):
    # Content already normal is kept as read, the rest goes through the rule: either
    # way the result is the rule's.
    data = wrap(f"<p>{markup}</p>")
    written = parse_xml(data, "r").getroot().find(".//{*}p")
    assert parse_release(data).body[0].content == normalise_content(_as_written(written))


def test_lists_keep_order_and_kind():
    release = parse_release(wrap('<list type="ordered"><item>a</item><item>b</item></list>'))
    block = release.body[0]
    assert isinstance(block, ListBlock) and block.ordered
    assert [i.text for i in block.items] == ["a", "b"]


def test_attribute_order_does_not_change_equality():
    a = parse_release(wrap('<p><money currency="USD" value="5">USD 5</money></p>'))
    b = parse_release(wrap('<p><money value="5" currency="USD">USD 5</money></p>'))
    assert a == b
    assert b'<money value="5" currency="USD">' in write_release(a)


@given(st.permutations(["value", "skeleton", "zone", "style", "{x}a", "b", "a"]),
       st.integers(min_value=0, max_value=7), st.sampled_from(["date", "time", "money", "em"]))
def test_attributes_are_in_the_declared_order_then_sorted(keys: list[str], size: int,
                                                          name: str):
    items = [(key, "v") for key in keys[:size]]
    declared = INLINE_ATTRIBUTES.get(name, ())
    expected = sorted(items, key=lambda kv: (declared.index(kv[0]) if kv[0] in declared
                                             else len(declared), kv[0]))
    assert release_xml.canonical_attrs(name, items) == tuple(expected)


def test_line_numbers_are_kept_but_not_compared():
    release = parse_release(wrap("<p>x</p>").replace(b"<body>", b"<body>\n\n"))
    assert isinstance(release.body[0], Segment) and release.body[0].line == 3
    assert release == parse_release(wrap("<p>x</p>"))


def test_its_attributes_survive_the_round_trip():
    data = wrap('<p its:locNote="Name of a dialogue" xmlns:its="http://www.w3.org/2005/11/its">'
                '<org its:translate="no">Central Asia plus Japan</org></p>')
    out = write_release(parse_release(data))
    assert b'its:locNote="Name of a dialogue"' in out
    assert b'<org its:translate="no">' in out


def test_a_schema_violation_is_an_input_error_with_a_line():
    with pytest.raises(InputError) as info:
        parse_release(wrap("<p>ok</p>\n<para>no such block</para>"), "bad.xml")
    assert info.value.line == 2 and "para" in info.value.message


def test_elements_from_another_namespace_are_refused():
    data = wrap('<p>x<b xmlns="urn:other">y</b></p>')
    with pytest.raises(InputError):
        parse_release(data)


def test_adjacent_strings_are_written_as_one_text():
    # The reader never makes them, but a model built in code may hold them.
    release = parse_release(wrap("<p>x</p>"))
    content = ("Talks ", "with ", Span("person", (), ("Mr. ", "X")), " ", "ended.")
    out = write_release(replace(release, body=(Segment("p", content),)))
    assert b"\n    <p>Talks with <person>Mr. X</person> ended.</p>\n" in out


def test_output_is_utf8_with_declaration_and_final_newline(sample_path):
    out = write_release(load_release(sample_path))
    assert out.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n') and out.endswith(b">\n")
    assert etree.fromstring(out).get("{http://www.w3.org/2005/11/its}version") == "2.0"


# ---------------------------------------------------------------- the text writer
# `write_release` writes text by hand; `write_release_lxml` builds the tree and lets lxml
# serialise it. The two must give the same bytes, or the same refusal, for any release.

WRITTEN = [path for path in [*Path(__file__).parent.joinpath("fixtures").rglob("*.xml"),
                             *(FIXTURES.parents[2] / "releases").glob("*.xml")]
           if "attacks" not in path.parts and "parts" not in path.parts]  # .docx/.odt XML


def _no_lxml(release: Release) -> bytes:
    raise AssertionError("written through lxml: the text writer should have written it")


@pytest.mark.parametrize("path", WRITTEN, ids=lambda p: str(p.relative_to(FIXTURES.parents[2])))
def test_every_fixture_is_written_as_lxml_writes_it_without_lxml(path, monkeypatch):
    # Sources, localised outputs with fallbacks (xml:lang), normaliser outputs, ITS rules.
    release = load_release(path)
    expected = write_release_lxml(release)
    monkeypatch.setattr(release_xml, "write_release_lxml", _no_lxml)
    assert write_release(release) == expected


def _segment(content: tuple[Inline, ...], name: str = "p", attrs: Attrs = ()) -> bytes:
    release = replace(parse_release(wrap("<p>x</p>")), body=(Segment(name, content, attrs),))
    return write_release(release)


def test_empty_text_is_content_and_no_content_is_an_empty_element():
    # lxml writes an element holding an empty text node with a start and an end tag.
    assert b"<p></p>" in _segment(("",))
    assert b"<p/>" in _segment(())
    assert b"<p><em></em><em/></p>" in _segment((Span("em", (), ("",)), "", Span("em")))


def test_text_and_values_are_escaped_as_libxml2_escapes_them():
    out = _segment(("a&b<c>d\"e'f\rg\nh\ti",
                    Span("link", (("href", "a&b<c>d\"e'f\rg\nh\ti"),), ("x",))))
    assert b"a&amp;b&lt;c&gt;d\"e'f&#13;g\nh\ti<link " in out
    assert b'href="a&amp;b&lt;c&gt;d&quot;e\'f&#13;g&#10;h&#9;i"' in out


def test_a_name_given_twice_is_written_where_lxml_leaves_it():
    # Only a model made in code can hold it: lxml keeps the first place, the last value,
    # and checks the value it replaces.
    out = _segment(("x",), attrs=((ITS_TRANSLATE, "no"), (ITS_LOCNOTE, "n"),
                                  (ITS_TRANSLATE, "yes")))
    assert b'<p its:translate="yes" its:locNote="n">x</p>' in out
    with pytest.raises(ValueError):
        _segment(("x",), attrs=((ITS_TRANSLATE, "\x00"), (ITS_TRANSLATE, "yes")))


def test_an_attribute_of_another_namespace_is_left_to_lxml():
    out = _segment(("x",), attrs=(("{urn:example}mark", "1"),))
    assert b'<p xmlns:ns0="urn:example" ns0:mark="1">x</p>' in out


# Every character lxml refuses in text: the C0 controls but tab, LF and CR, U+FFFE,
# U+FFFF, and lone surrogates (which UTF-8 cannot encode).
_FORBIDDEN = [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"] + ["\ufffe", "\uffff"]


@pytest.mark.parametrize("bad", [*_FORBIDDEN, "\ud800", "\udfff"], ids=ascii)
def test_text_xml_cannot_hold_is_refused_as_lxml_refuses_it(bad):
    # Files cannot bring it (the parsers refuse it), but a model made in code can.
    with pytest.raises(ValueError):
        _segment((f"a{bad}b",))
    with pytest.raises(ValueError):
        _segment(("x",), attrs=((ITS_LOCNOTE, bad),))


@pytest.mark.parametrize("name", ["no such", "a:b", ""])
def test_a_name_xml_cannot_hold_is_refused_as_lxml_refuses_it(name):
    with pytest.raises(ValueError):
        _segment(("x",), attrs=((name, "v"),))
    with pytest.raises(ValueError):
        _segment((Span(name, (), ("x",)),))


# Text in every form the escaping rules tell apart, and (sometimes) characters lxml refuses.
_SPECIAL = st.sampled_from(["&", "<", ">", '"', "'", "\r", "\n", "\t", " ", "]]>", "&amp;",
                            "\x7f", "\x85", "\u00a0", "\u2028", "é", "日本", "\U0001d11e"])
_ORDINARY = st.characters(exclude_categories=("Cs",), exclude_characters="".join(_FORBIDDEN))
TEXT = st.lists(st.one_of(_SPECIAL, _ORDINARY), max_size=6).map("".join)
# One of each kind (every one is tested alone above).
_REFUSED = st.sampled_from(["\x00", "\x0b", "\x1f", "\ufffe", "\uffff", "\ud800"])

_KNOWN_KEYS = tuple(sorted({key for keys in INLINE_ATTRIBUTES.values() for key in keys}
                           | {"id", "type", "src", "value", "zone", XML_LANG, ITS_TRANSLATE,
                              ITS_LOCNOTE, ITS_LOCNOTE_TYPE, ITS_TERM, ITS_VERSION}))
_OTHER_KEYS = ("data", "{urn:example}mark", f"{{{NS}}}own", "{http://www.w3.org/XML/1998/"
               "namespace}space", "a:b", "no such", "")
_SPAN_NAMES = tuple(sorted(INLINE | TYPED))


def _attrs(keys: tuple[str, ...], text: st.SearchStrategy[str],
           unique: bool) -> st.SearchStrategy[Attrs]:
    pairs = st.tuples(st.sampled_from(keys), text)
    if unique:
        return st.lists(pairs, max_size=3, unique_by=lambda kv: kv[0]).map(tuple)
    return st.lists(pairs, max_size=3).map(tuple)  # a model made in code may repeat a name


def _content(names: tuple[str, ...], attrs: st.SearchStrategy[Attrs],
             text: st.SearchStrategy[str]) -> st.SearchStrategy[tuple[Inline, ...]]:
    # Adjacent strings and "" included: the model allows them, lxml joins them.
    return st.recursive(
        st.lists(text, max_size=2).map(tuple),
        lambda inner: st.lists(st.one_of(
            text, st.builds(Span, st.sampled_from(names), attrs, inner)),
            max_size=4).map(tuple),
        max_leaves=4)


def releases(text: st.SearchStrategy[str] = TEXT, keys: tuple[str, ...] = _KNOWN_KEYS,
             span_names: tuple[str, ...] = _SPAN_NAMES,
             unique: bool = True) -> st.SearchStrategy[Release]:
    """Any release a caller can make: every optional part present or not, lists empty
    or not, with this text, attribute names (`unique` or not in an element) and span
    names."""
    attrs = _attrs(keys, text, unique)
    content = _content(span_names, attrs, text)

    def attrs_besides(*fixed: str) -> st.SearchStrategy[Attrs]:
        # An element's own attributes (the root's id...) are repeated only when `unique`
        # is not asked for: the reader keeps them out of `attrs`.
        return _attrs(tuple(k for k in keys if k not in fixed) if unique else keys, text,
                      unique)

    def segment(*names: str) -> st.SearchStrategy[Segment]:
        return st.builds(Segment, st.sampled_from(names), content, attrs)

    blocks = st.one_of(segment("p", "heading", "quote"), st.builds(
        ListBlock, st.lists(segment("item"), max_size=2).map(tuple), st.booleans(),
        attrs_besides("type")))
    meta = st.builds(Meta, segment("publisher"), st.builds(Span, st.just("date"), attrs,
                                                           content),
                     st.none() | segment("series"), st.none() | segment("place"),
                     st.none() | st.builds(Embargo, text, text))
    figure = st.builds(Figure, st.none() | text, st.none() | segment("alt"),
                       st.none() | segment("caption"), attrs_besides("src"))
    return st.builds(Release, id=text, lang=text, meta=meta, title=segment("title"),
                     body=st.lists(blocks, max_size=3).map(tuple),
                     subtitle=st.none() | segment("subtitle"),
                     figures=st.lists(figure, max_size=2).map(tuple),
                     attrs=attrs_besides("id", XML_LANG, ITS_VERSION))


@settings(max_examples=150, deadline=None)
@given(releases())
def test_any_release_is_written_as_lxml_writes_it(release):
    expected = write_release_lxml(release)
    with patch.object(release_xml, "write_release_lxml", _no_lxml):
        assert write_release(release) == expected


def _spoiled(node: Any, spoil: Callable[[str], str]) -> Any:
    """The model `node` with `spoil` applied to each text and attribute value in document
    order (not to names)."""
    if isinstance(node, str):
        return spoil(node)
    if isinstance(node, tuple):
        return tuple(_spoiled(part, spoil) for part in node)
    if node is None or isinstance(node, bool):
        return node
    changes = {f.name: _spoiled(getattr(node, f.name), spoil)
               for f in fields(node) if f.name not in ("name", "line", "attrs")}
    if hasattr(node, "attrs"):
        changes["attrs"] = tuple((key, spoil(value)) for key, value in node.attrs)
    return replace(node, **changes)


@st.composite
def one_refused(draw: st.DrawFn) -> Release:
    """A release with one character lxml refuses in one of its texts or values: where
    there are several, a refusal the text writer missed would not show."""
    release, bad = draw(releases()), draw(_REFUSED)
    texts = 0

    def count(text: str) -> str:
        nonlocal texts
        texts += 1
        return text

    _spoiled(release, count)
    target = draw(st.integers(0, texts - 1))

    def spoil(text: str) -> str:
        nonlocal target
        target -= 1
        return text + bad if target == -1 else text

    return _spoiled(release, spoil)


@settings(max_examples=100, deadline=None)
@given(one_refused())
def test_text_lxml_refuses_anywhere_is_refused_as_lxml_refuses_it(release):
    with pytest.raises(ValueError) as lxml:  # UnicodeEncodeError for a lone surrogate
        write_release_lxml(release)
    with pytest.raises(lxml.type):
        write_release(release)


# A name the text writer leaves to lxml sends the whole release there.
@settings(max_examples=60, deadline=None)
@given(releases(keys=_KNOWN_KEYS + _OTHER_KEYS, span_names=(*_SPAN_NAMES, "x-other", "a:b"),
                unique=False))
def test_names_outside_the_vocabulary_are_written_or_refused_as_lxml_does(release):
    try:
        expected = write_release_lxml(release)
    except ValueError as refusal:
        with pytest.raises(type(refusal)):
            write_release(release)
    else:
        assert write_release(release) == expected



def test_attributes_are_written_alike_the_first_time_and_every_time_after():
    # The writer remembers the attributes it wrote (`_WRITTEN_ATTRIBUTES`): what it
    # remembers must be what lxml writes, and what it refuses it must refuse again.
    release = parse_release(wrap('<p>On <date value="2019-01-02" skeleton="yMMMMd">Jan 2'
                                 '</date> at <link href="/a?b&amp;c">x</link></p>'))
    release_xml._WRITTEN_ATTRIBUTES.clear()
    first = write_release(release)
    assert (("href", "/a?b&c"),) in release_xml._WRITTEN_ATTRIBUTES
    assert write_release(release) == first == write_release_lxml(release)
    twice = ((ITS_TRANSLATE, "no"), (ITS_LOCNOTE, "n"), (ITS_TRANSLATE, "yes"))
    for _ in range(2):
        out = _segment(("x",), attrs=twice)
        assert b'<p its:translate="yes" its:locNote="n">x</p>' in out
        assert twice not in release_xml._WRITTEN_ATTRIBUTES


@given(st.text(alphabet=" \t\n\rab\u3000", max_size=12))
def test_text_is_normal_exactly_when_the_whitespace_rule_keeps_it(text):
    # The reader and the placeholder protocol skip the rule on this answer alone.
    if text:
        assert is_normal(text) == (normalise_content((text,)) == (text,))


def test_a_date_range_is_one_date_with_an_end_written_back_byte_for_byte():
    source = wrap('<p>The fair runs <date value="2025-03-24" end="2025-03-27" '
                  'skeleton="yMMMMd">24. bis 27. März 2025</date>.</p>')
    release = parse_release(source)
    [span] = [part for part in release.body[0].content if isinstance(part, Span)]
    assert span.attrs == (("value", "2025-03-24"), ("end", "2025-03-27"),
                          ("skeleton", "yMMMMd"))
    assert span.text == "24. bis 27. März 2025"
    written = write_release(release)
    assert b'<date value="2025-03-24" end="2025-03-27" skeleton="yMMMMd">' in written
    assert write_release(parse_release(written)) == written
    assert write_release_lxml(release) == written


def test_a_date_range_end_must_be_a_date_value():
    with pytest.raises(InputError, match="end"):
        parse_release(wrap('<p><date value="2025-03-24" end="27 March" skeleton="yMMMMd">'
                           'x</date></p>'))


def test_spans_nested_200_deep_are_read_and_written_and_deeper_is_an_error_at_its_line():
    """250 <em>s each inside the one before ended build and validate in a RecursionError
    traceback: every command walks a span's content by recursion, and Python's stack
    ran out at about 245."""
    deep = parse_release(wrap("<p>x\n" + "<em>" * 200 + "deep" + "</em>" * 200 + "</p>"))
    assert parse_release(write_release(deep)) == deep
    assert deep.body[0].text == "x deep"  # type: ignore[union-attr]
    with pytest.raises(InputError) as info:
        parse_release(wrap("<p>x\n" + "<em>" * 250 + "deep" + "</em>" * 250 + "</p>"),
                      "deep.xml")
    assert info.value.line == HEAD.count("\n") + 2  # the spans' line, after the <p>'s
    assert info.value.message == "spans nested more than 200 deep"

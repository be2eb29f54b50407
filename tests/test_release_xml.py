"""Release XML reader and writer: lossless round trip, the whitespace rule, layout."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from toolkit.errors import InputError
from toolkit.loader import load_release, parse_release
from toolkit.model import Inline, ListBlock, Segment, Span
from toolkit.release_xml import normalise_content, write_release
from toolkit.schema import schema_errors
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

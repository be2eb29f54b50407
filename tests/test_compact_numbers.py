"""A number written with a scale word, from the source text to every locale's page.

Normalize types "3.4 million" as ``<number value="3400000" notation="compact">``; the
release keeps it through reading and writing, the template shows it as a placeholder
like any typed value, and the build writes it with each locale's scale word ("340万",
"3,4 миллиона"), or the source's own words in the source locale.
"""

from __future__ import annotations

from pathlib import Path

from build_support import RELEASE_ID, make_project

from toolkit.build import build
from toolkit.config import load_config
from toolkit.loader import load_release, parse_release
from toolkit.model import Span
from toolkit.normalize.values import Context, recognizer
from toolkit.placeholders import segment_message
from toolkit.release_xml import write_release
from toolkit.schema import schema_errors
from toolkit.xmlsafe import parse_xml

TYPED_14 = '<number value="14">14</number>'
COMPACT = '<number value="3400000" notation="compact">3.4 million</number>'


def compact_project(root: Path) -> Path:
    """The sample project with its "14 members" made "3.4 million members": the
    paragraph's message, and so its translations, are unchanged."""
    project = make_project(root)
    path = project / "releases" / f"{RELEASE_ID}.xml"
    text = path.read_text(encoding="utf-8")
    assert text.count(TYPED_14) == 1
    path.write_text(text.replace(TYPED_14, COMPACT), encoding="utf-8")
    return project


def test_normalize_types_a_scaled_number_as_compact():
    text = "The utility serves 3.4 million customers, and 120,000 more in 2023."
    spans = [part for found in recognizer("en").find(text, Context(2022, 12))
             for part in found.parts if isinstance(part, Span)]
    assert spans[:2] == [
        Span("number", (("value", "3400000"), ("notation", "compact")), ("3.4 million",)),
        Span("number", (("value", "120000"),), ("120,000",)),  # digits alone: standard
    ]


def test_the_release_keeps_the_notation_through_reading_and_writing(tmp_path: Path):
    path = compact_project(tmp_path) / "releases" / f"{RELEASE_ID}.xml"
    data = path.read_bytes()
    assert list(schema_errors(parse_xml(data, path))) == []
    release = load_release(path)
    assert write_release(release) == data
    assert parse_release(write_release(release)) == release
    # a typed value is a placeholder: the translator writes <number/>, never the digits
    (segment,) = [s for s in release.segments() if "3.4 million" in s.text]
    assert "<number/> members" in segment_message(segment).msgid


def test_each_locale_writes_it_with_its_own_scale_word(tmp_path: Path):
    project = compact_project(tmp_path)
    build(load_config(project), locales=["en", "ja", "ru", "ar"])
    out = project / "build"
    source = (project / "releases" / f"{RELEASE_ID}.xml").read_bytes()
    assert (out / "en" / f"{RELEASE_ID}.xml").read_bytes() == source  # the source's words
    for locale, text in (("ja", "340万"), ("ru", "3,4 миллиона"), ("ar", "3.4 مليون")):
        xml = (out / locale / f"{RELEASE_ID}.xml").read_text(encoding="utf-8")
        page = (out / locale / f"{RELEASE_ID}.html").read_text(encoding="utf-8")
        assert f'<number value="3400000" notation="compact">{text}</number>' in xml, locale
        assert f'<data class="number" value="3400000">{text}</data>' in page, locale
        assert "3,400,000" not in page and "3400000<" not in page

"""The round trip every release must survive: extract → a catalog whose every msgstr is its
msgid → build of the source locale gives back the source release, byte for byte."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.build import Status, build
from toolkit.config import load_config
from toolkit.extract import extract_template
from toolkit.loader import parse_release
from toolkit.model import Figure, ListBlock, Meta, Release, Segment, Span
from toolkit.po_write import format_po
from toolkit.release_xml import write_release
from toolkit.vocabulary import ITS_TRANSLATE

# Text with what the placeholder protocol must escape, non-Latin scripts, and spaces.
TEXT = st.text(alphabet=st.sampled_from(list("abcXYZ éü日本كم&<>\"'.,;-\u00a0") + [" "] * 4),
               min_size=1, max_size=12)

TYPED = st.one_of(
    st.builds(lambda v, s: Span("date", (("value", v), ("skeleton", s)), ("the day",)),
              st.just("2022-12-24"), st.sampled_from(["yMMMMd", "MMMMd", "yMd", "d"])),
    st.builds(lambda v: Span("date", (("value", v), ("skeleton", "MMMM")), ("October",)),
              st.just("2023-10")),
    st.builds(lambda v: Span("time", (("value", v), ("zone", "Asia/Tokyo")), ("2:40 p.m.",)),
              st.sampled_from(["14:40", "00:05"])),
    st.just(Span("duration", (("value", "PT30M"),), ("30 minutes",))),
    st.builds(lambda v: Span("number", (("value", v),), (v,)), st.sampled_from(["14", "2.5"])),
    st.just(Span("money", (("value", "2000000"), ("currency", "USD")), ("USD 2 million",))),
)


def _inline(children: st.SearchStrategy) -> st.SearchStrategy:
    plain = st.builds(lambda n, c: Span(n, (), tuple(c)),
                      st.sampled_from(["em", "strong", "person", "org", "place", "term"]),
                      st.lists(children, max_size=3))
    link = st.builds(lambda c: Span("link", (("href", "https://example.org/?a=1&b=2"),),
                                    tuple(c)), st.lists(children, max_size=2))
    abbr = st.builds(lambda t: Span("abbr", (("title", "United Nations"),), (t,)), TEXT)
    untranslatable = st.builds(
        lambda n, t: Span(n, ((ITS_TRANSLATE, "no"),), (t,)),
        st.sampled_from(["org", "term"]), TEXT)
    return st.one_of(plain, link, abbr, untranslatable)


CONTENT_PART = st.recursive(st.one_of(TEXT, TYPED), _inline, max_leaves=6)
CONTENT = st.lists(CONTENT_PART, min_size=1, max_size=6).map(tuple)


def segment(name: str) -> st.SearchStrategy[Segment]:
    return st.builds(lambda c: Segment(name, c), CONTENT)


RELEASES = st.builds(
    lambda publisher, title, subtitle, figures, body: Release(
        id="generated", lang="en",
        meta=Meta(publisher=publisher, published=Span(
            "date", (("value", "2022-12-24"), ("skeleton", "yMMMMd")), ("December 24, 2022",))),
        title=title, subtitle=subtitle, figures=tuple(figures), body=tuple(body)),
    segment("publisher"), segment("title"), st.none() | segment("subtitle"),
    st.lists(st.builds(lambda alt, caption: Figure("a.jpg", alt, caption),
                       st.none() | segment("alt"), segment("caption")), max_size=2),
    st.lists(st.one_of(segment("p"), segment("heading"), segment("quote"),
                       st.builds(lambda items, ordered: ListBlock(tuple(items), ordered),
                                 st.lists(segment("item"), min_size=1, max_size=3),
                                 st.booleans())),
             min_size=1, max_size=4),
)

CONFIG = 'source-locale = "en"\nlocales = []\nformatting-engine = "babel"\n'


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(RELEASES)
def test_identity_catalog_builds_back_the_source(generated):
    # The source file is what the writer makes of the model once the reader has applied
    # the whitespace rule to it: a canonical release.
    source = parse_release(write_release(generated))
    source_bytes = write_release(source)
    assert parse_release(source_bytes) == source
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "communique.toml").write_text(CONFIG, encoding="utf-8")
        (root / "releases").mkdir()
        (root / "releases" / "generated.xml").write_bytes(source_bytes)
        template = extract_template(source, "releases/generated.xml", "en")
        identity = replace(template, entries=tuple(replace(e, msgstr=e.msgid)
                                                   for e in template.entries))
        po = root / "locales" / "en" / "LC_MESSAGES" / "generated.po"
        po.parent.mkdir(parents=True)
        po.write_bytes(format_po(identity))

        report = build(load_config(root), locales=["en"], jobs=1)

        (result,) = report.results
        assert result.status is Status.BUILT, result.issues
        assert result.issues == ()
        assert result.coverage is not None
        assert result.coverage.translated.segments == len(template.entries)
        assert (root / "build" / "en" / "generated.xml").read_bytes() == source_bytes

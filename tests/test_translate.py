"""translate_release: catalog + formatter applied to a release, fallbacks and rejections."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import toolkit.translate as translate_module
from toolkit.issues import Severity
from toolkit.loader import load_release, parse_release
from toolkit.model import Span, iter_spans
from toolkit.po_read import parse_po
from toolkit.release_xml import write_release
from toolkit.schema import schema_errors
from toolkit.translate import count_words, translatable_segments, translate_release
from toolkit.vocabulary import INLINE, ITS_TRANSLATE, TYPED, XML_LANG
from toolkit.xmlsafe import parse_xml

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "releases" / "japan-kyrgyz-fm-meeting-2022.xml"
JA = REPO / "locales" / "ja" / "LC_MESSAGES" / "japan-kyrgyz-fm-meeting-2022.po"

HEADER = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
          '"Language: xx\\n"\n\n')


class Tagger:
    """A formatter that shows which value it was asked for."""

    def format(self, span: Span) -> str:
        return f"[{span.name} {span.get('value')}]"


def catalog(*entries: tuple[str, str] | tuple[str, str, str]) -> object:
    text = HEADER
    for entry in entries:
        flags = f"#, {entry[2]}\n" if len(entry) == 3 else ""
        text += f'{flags}msgid "{entry[0]}"\nmsgstr "{entry[1]}"\n\n'
    return parse_po(text.encode(), "xx.po")


def release(body: str, attrs: str = "") -> object:
    data = ('<release xmlns="https://ns.communique.dev/release/1" '
            'xmlns:its="http://www.w3.org/2005/11/its" id="r" xml:lang="en"' + attrs + '>'
            '<meta><publisher>P</publisher><published><date value="2024-01-02" '
            'skeleton="yMMMMd">January 2, 2024</date></published></meta><title>T</title>'
            f'<body>{body}</body></release>')
    return parse_release(data.encode())


def texts(rel) -> list[str]:
    return [s.text for s in rel.segments()]


# ---------------------------------------------------------------- source locale
def test_source_locale_without_catalog_gives_back_the_source_byte_for_byte():
    source = load_release(SAMPLE)
    result = translate_release(source, None, "en", formatter=None, source_locale=True)
    assert result.release == source
    assert write_release(result.release) == SAMPLE.read_bytes()
    assert result.coverage.percent == 100.0
    assert result.issues == ()


def test_identity_catalog_gives_back_the_source():
    from toolkit.placeholders import segment_message

    source = load_release(SAMPLE)
    messages = {segment_message(s).msgid for s in translatable_segments(source)}
    text = HEADER + "".join(
        'msgid "{0}"\nmsgstr "{0}"\n\n'.format(m.replace('"', '\\"')) for m in messages)
    identity = parse_po(text.encode(), "en.po")
    result = translate_release(source, identity, "en", formatter=None, source_locale=True)
    assert write_release(result.release) == SAMPLE.read_bytes()
    assert result.coverage.translated.segments == len(messages)


# ---------------------------------------------------------------- a real catalog
def test_japanese_catalog_translates_every_segment_and_formats_every_value():
    source = load_release(SAMPLE)
    result = translate_release(source, parse_po(JA.read_bytes(), JA), "ja", formatter=Tagger())
    out = result.release
    assert out.lang == "ja"
    assert result.issues == ()
    assert result.coverage.percent == 100.0
    assert out.title.text == "日・キルギス外相会談（東京）"
    assert out.meta.published.text == "[date 2022-12-24]"
    typed = [s for seg in out.segments() for s in iter_spans(seg.content) if s.name in TYPED]
    assert typed and all(s.text == f"[{s.name} {s.get('value')}]" for s in typed)
    # attributes come from the source, whatever the translation's order
    src_typed = {(s.name, s.attrs) for seg in source.segments()
                 for s in iter_spans(seg.content) if s.name in TYPED}
    assert {(s.name, s.attrs) for s in typed} == src_typed


def test_untranslatable_span_keeps_its_source_text_and_values_inside_it_too():
    rel = release('<p>Join the <org its:translate="no">G<number value="7">7</number></org> '
                  'on <date value="2024-05-01" skeleton="MMMMd">May 1</date>.</p>')
    cat = catalog(("Join the <org/> on <date/>.", "Rejoignez le <org/> le <date/>."))
    out = translate_release(rel, cat, "fr", formatter=Tagger()).release
    paragraph = out.body[0]
    assert paragraph.text == "Rejoignez le G7 le [date 2024-05-01]."


def test_untranslatable_segment_and_container_keep_source_and_are_not_counted():
    rel = release('<p its:translate="no">Keep me</p><list its:translate="no">'
                  '<item>Keep too</item></list><p>Hello</p>')
    cat = catalog(("Hello", "Bonjour"), ("Keep me", "NO"), ("Keep too", "NO"))
    result = translate_release(rel, cat, "fr", formatter=Tagger())
    assert texts(result.release)[-3:] == ["Keep me", "Keep too", "Bonjour"]
    assert [s.text for s in translatable_segments(rel)] == ["P", "T", "Hello"]
    assert result.coverage.total.segments == 3  # P and T untranslated, Hello translated


def test_root_untranslatable_with_a_segment_opting_back_in():
    rel = release('<p>Not me</p><p its:translate="yes">Me</p>', attrs=' its:translate="no"')
    assert [s.text for s in translatable_segments(rel)] == ["Me"]


# ---------------------------------------------------------------- fallbacks
def test_untranslated_and_fuzzy_fall_back_to_source_with_their_po_line():
    rel = release("<p>One</p><p>Two</p><p>Three</p>")
    cat = catalog(("One", ""), ("Two", "Deux", "fuzzy"), ("T", "T"), ("P", "P"))
    result = translate_release(rel, cat, "fr", formatter=Tagger(), catalog_path="fr.po",
                               release_path="r.xml")
    assert texts(result.release)[-3:] == ["One", "Two", "Three"]
    c = result.coverage
    assert (c.translated.segments, c.untranslated.segments, c.fuzzy.segments) == (2, 2, 1)
    found = {(i.code, i.path, i.line, i.severity) for i in result.issues}
    assert ("untranslated", "fr.po", 6, Severity.WARNING) in found  # entry, empty msgstr
    assert ("fuzzy", "fr.po", 10, Severity.WARNING) in found
    assert ("untranslated", "r.xml", 1, Severity.WARNING) in found  # no entry: the release


def test_a_date_range_is_formatted_as_the_locales_interval_or_kept_in_a_fallback():
    from toolkit.formatting import get_formatter

    rel = release('<p>Open <date value="2025-03-24" end="2025-03-27" skeleton="yMMMMd">'
                  'March 24 to 27, 2025</date>.</p><p>Also <date value="2025-03-30" '
                  'end="2025-04-02" skeleton="MMMMd">March 30 to April 2</date>.</p>')
    cat = catalog(("Open <date/>.", "<date/>に開催。"), ("T", "T"), ("P", "P"))
    out = translate_release(rel, cat, "ja", formatter=get_formatter("ja", engine="babel"))
    translated, fallback = out.release.body
    assert translated.text == "2025年3月24日～27日に開催。"
    [span] = iter_spans(translated.content)
    assert span.attrs == (("value", "2025-03-24"), ("end", "2025-03-27"),
                          ("skeleton", "yMMMMd"))
    # A fallback is the source as written, its range too.
    assert fallback.text == "Also March 30 to April 2."
    data = write_release(out.release)
    assert list(schema_errors(parse_xml(data, "out.xml"))) == []


def langs(rel) -> list[str | None]:
    return [s.get(XML_LANG) for s in rel.segments()]


def test_a_fallback_is_the_source_as_written_and_says_it_is_in_the_source_language():
    rel = release('<p>On <date value="2024-05-01" skeleton="MMMMd">May 1</date> '
                  '<em>at <time value="09:00">9 am</time></em>.</p><p>Done</p><p>Fuzzy</p>'
                  '<p>Bad <em>x</em></p>')
    cat = catalog(("Done", "Fait"), ("Fuzzy", "Flou", "fuzzy"), ("Bad <em>x</em>", "Mal x"),
                  ("T", "T"), ("P", "P"))
    out = translate_release(rel, cat, "fr", formatter=Tagger()).release
    # untranslated, fuzzy and rejected fall back; the translated one is the locale's
    assert langs(out)[-4:] == ["en", None, "en", "en"]
    # its values keep their source text: "On 1 mai at 09:00." would be two languages in
    # one sentence, and a form bound to the source's grammar out of it
    fallback = out.body[0]
    assert fallback.text == "On May 1 at 9 am." and fallback.content[1:] == rel.body[0].content[1:]
    assert all(s.get(XML_LANG) is None for s in iter_spans(fallback.content))
    data = write_release(out)
    assert b'<p xml:lang="en">On <date value="2024-05-01" skeleton="MMMMd">May 1</date>' in data
    assert list(schema_errors(parse_xml(data, "out.xml"))) == []
    assert parse_release(data) == out


def test_a_value_the_source_marked_with_a_language_loses_the_mark_once_formatted():
    rel = release('<p>On <date value="2024-05-01" skeleton="MMMMd" xml:lang="en-GB">1 May'
                  '</date></p>')
    out = translate_release(rel, catalog(("On <date/>", "Le <date/>")), "fr",
                            formatter=Tagger()).release
    [value] = [s for s in iter_spans(out.body[0].content) if s.name in TYPED]
    assert (value.text, value.get(XML_LANG)) == ("[date 2024-05-01]", None)
    # attributes stay in the reader's canonical order: the output reads back equal
    assert value.attrs == (("value", "2024-05-01"), ("skeleton", "MMMMd"))
    assert parse_release(write_release(out)) == out


def test_values_in_a_translated_segment_and_the_published_date_are_not_marked():
    rel = release('<p>On <date value="2024-05-01" skeleton="MMMMd">May 1</date></p>')
    out = translate_release(rel, catalog(("On <date/>", "Le <date/>")), "fr",
                            formatter=Tagger()).release
    assert all(s.get(XML_LANG) is None for s in iter_spans(out.body[0].content))
    assert out.meta.published.attrs == (("value", "2024-01-02"), ("skeleton", "yMMMMd"))


def test_what_is_never_translated_or_holds_no_words_is_not_marked():
    rel = release('<p its:translate="no">Keep me</p>'
                  '<p>Join <org its:translate="no">G<number value="7">7</number></org></p>'
                  '<p><date value="2024-05-01" skeleton="MMMMd">May 1</date></p>')
    out = translate_release(rel, catalog(), "fr", formatter=Tagger()).release
    hidden, joined, value_only = out.body
    assert hidden.attrs == ((ITS_TRANSLATE, "no"),)
    # an untranslatable span is source text inside a source-language passage: no mark
    assert joined.get(XML_LANG) == "en"
    assert all(s.get(XML_LANG) is None for s in iter_spans(joined.content))
    assert joined.text == "Join G7"
    # a value alone is not a passage in the source language: formatted, nothing to mark
    assert value_only.get(XML_LANG) is None and value_only.text == "[date 2024-05-01]"
    assert value_only.content[0].get(XML_LANG) is None


def test_the_source_locale_marks_nothing_even_with_an_incomplete_catalog():
    rel = release("<p>One</p>")
    result = translate_release(rel, catalog(("One", "")), "en", formatter=None,
                               source_locale=True)
    assert result.coverage.untranslated.segments == 3
    assert result.release == rel  # the source locale's fallback is its own language
    # nor does a region of the same spelling differently: tags are case-insensitive
    assert translate_release(rel, catalog(), "EN", formatter=None).release.body == rel.body


def test_a_release_in_another_language_than_the_source_locale_says_its_own_in_it():
    """A release written in French in a project whose source locale is English: its page
    in the source locale is its own French text, so it says fr, as the source does, and a
    passage the source marked keeps its mark (WCAG 2.1 SC 3.1.1 and 3.1.2)."""
    data = write_release(release('<p>Bonjour</p><quote xml:lang="de">Wir schaffen das</quote>'
                                 )).replace(b'xml:lang="en"', b'xml:lang="fr"', 1)
    french = parse_release(data)
    result = translate_release(french, None, "en", formatter=None, source_locale=True)
    assert result.release.lang == "fr" and langs(result.release)[-1] == "de"
    assert write_release(result.release) == data  # the source, byte for byte
    # translated into English (a catalog for the source locale), it is English, and what
    # fell back is French
    english = translate_release(french, catalog(("Bonjour", "Hello")), "en", formatter=None,
                                source_locale=True).release
    assert english.lang == "en" and langs(english) == ["fr", "fr", None, "de"]


def test_a_language_the_source_gave_a_segment_is_kept_on_fallback_and_dropped_when_translated():
    rel = release('<quote xml:lang="de">Ich bin ein Berliner</quote>'
                  '<quote xml:lang="de">Wir schaffen das</quote>')
    out = translate_release(rel, catalog(("Wir schaffen das", "Nous y arriverons")), "fr",
                            formatter=Tagger()).release
    assert langs(out)[-2:] == ["de", None]


def test_a_fallback_on_a_page_in_a_regional_variety_of_the_source_language_is_not_marked():
    """An en source on an en-GB page: a fallback is English on an English page, no change
    of language (WCAG 2.1 SC 3.1.2); lang="en" would say less than the page, not
    something else, and a screen reader would switch voices for it. A language the source
    gave a segment itself is still kept on fallback and dropped when translated."""
    rel = release('<p>Colour</p><p>Untranslated</p><quote xml:lang="de">Danke</quote>'
                  '<quote xml:lang="de">Bitte</quote>')
    for locale in ("en-GB", "en_GB", "EN-gb", "en-GB-oxendict"):
        out = translate_release(rel, catalog(("Colour", "Colour"), ("Bitte", "Please")),
                                locale, formatter=Tagger()).release
        assert out.lang == locale
        assert langs(out) == [None, None, None, None, "de", None], locale
        assert texts(out)[3] == "Untranslated"  # (the fallback itself is as before)


@pytest.mark.parametrize(("source", "locale"), [
    ("en-US", "en-GB"),  # another variety: the mark says which
    ("en-GB", "en"),  # the source says more than the page
    ("zh", "zh-Hant"),  # a script: fonts and glyphs follow it
    ("sr", "sr-Latn-RS"),
    ("fr", "en-GB"),
])
def test_a_fallback_whose_language_says_more_than_the_page_is_still_marked(source, locale):
    rel = parse_release(write_release(release("<p>Text</p>")).replace(
        b'xml:lang="en"', f'xml:lang="{source}"'.encode(), 1))
    out = translate_release(rel, catalog(), locale, formatter=Tagger()).release
    assert set(langs(out)) == {source}


def test_a_translator_cannot_set_a_language():
    rel = release("<p>Hello <em>x</em></p>")
    for msgstr in ('Bonjour <em xml:lang="ar">x</em>', '<m xml:lang="ar">Bonjour <em>x</em></m>',
                   'Bonjour <em lang="ar" dir="rtl">x</em>'):
        escaped = msgstr.replace('"', '\\"')
        cat = parse_po((HEADER + f'msgid "Hello <em>x</em>"\nmsgstr "{escaped}"\n').encode(),
                       "fr.po")
        result = translate_release(rel, cat, "fr", formatter=Tagger(), catalog_path="fr.po")
        (paragraph,) = result.release.body
        assert result.coverage.rejected.segments == 1, msgstr
        # the source text, marked by communique with the source's language only
        assert paragraph.attrs == ((XML_LANG, "en"),)
        assert paragraph.content == rel.body[0].content


def test_identical_segments_count_once_and_each_keeps_its_own_values():
    rel = release('<p>On <date value="2024-01-01" skeleton="MMMMd">Jan 1</date></p>'
                  '<p>On <date value="2024-02-02" skeleton="MMMMd">Feb 2</date></p>')
    cat = catalog(("On <date/>", "Le <date/>"))
    result = translate_release(rel, cat, "fr", formatter=Tagger())
    assert texts(result.release)[-2:] == ["Le [date 2024-01-01]", "Le [date 2024-02-02]"]
    assert result.coverage.translated.segments == 1


# ---------------------------------------------------------------- rejections
MALICIOUS = [
    ("<script>alert(1)</script>Hello <em>x</em>", "placeholder-unknown"),
    ('Hello <em onclick="alert(1)">x</em>', "placeholder-attribute"),
    ('Hello <em xmlns="http://www.w3.org/1999/xhtml">x</em>', "placeholder-unknown"),
    ("Hello <em>x</em> <em>y</em>", "placeholder-duplicate"),
    ("Hello x", "placeholder-missing"),
    ("Hello <em>x</strong>", "markup-invalid"),
    ("Hello <em>x</em><!-- c -->", "markup-invalid"),
    ("Hello <em>x</em><?php echo 1 ?>", "markup-invalid"),
    ("Hello <em>x</em>]]><![CDATA[<script>", "markup-invalid"),
    ("<!DOCTYPE m [<!ENTITY e 'boom'>]>Hello <em>&e;</em>", "markup-invalid"),
    ("Hello <em><date/></em>", "placeholder-unknown"),
    ("<em></em>", "placeholder-empty"),  # the text deleted, its tag left
]


@pytest.mark.parametrize(("msgstr", "code"), MALICIOUS)
def test_malicious_or_mismatched_translation_is_rejected_with_its_po_line(msgstr, code):
    rel = release("<p>Hello <em>x</em></p>")
    escaped = msgstr.replace('"', '\\"')
    cat = parse_po((HEADER + f'msgid "Hello <em>x</em>"\nmsgstr "{escaped}"\n').encode(),
                   "fr.po")
    result = translate_release(rel, cat, "fr", formatter=Tagger(), catalog_path="fr.po")
    (paragraph,) = result.release.body
    assert paragraph.content == rel.body[0].content  # the source, untouched
    assert paragraph.attrs == ((XML_LANG, "en"),)  # ... and said to be in the source language
    assert [(i.code, i.path, i.line, i.severity) for i in result.issues
            if i.code != "untranslated"] == [(code, "fr.po", 6, Severity.ERROR)]
    assert result.coverage.rejected.segments == 1


def test_accepted_translation_holds_only_source_spans_and_source_attributes():
    rel = release('<p>See <link href="https://example.org/a">this</link> and '
                  '<abbr title="United Nations">UN</abbr></p>')
    # entities a translator may write are text; markup-like text stays text
    cat = catalog(("See <link>this</link> and <abbr>UN</abbr>",
                   "&lt;script&gt; <abbr>ONU</abbr> &amp; <link>ceci</link> & co &xxe;"))
    out = translate_release(rel, cat, "fr", formatter=Tagger()).release
    paragraph = out.body[0]
    spans = list(iter_spans(paragraph.content))
    assert [(s.name, s.attrs) for s in spans] == [
        ("abbr", (("title", "United Nations"),)), ("link", (("href", "https://example.org/a"),))]
    assert paragraph.text == "<script> ONU & ceci & co &xxe;"  # an unknown entity is text
    assert all(s.name in INLINE | TYPED for s in spans)
    assert all(s.get(ITS_TRANSLATE) is None for s in spans)


def test_count_words_ignores_placeholders_and_escapes():
    assert count_words("On <date/>, <person1>Mr. HAYASHI</person1> &amp; co") == 4


def test_count_words_counts_each_han_and_kana_character_as_a_word():
    # Japanese puts no space between words: a sentence was one word
    assert count_words("<org>観光庁</org>は本日、発表しました。") == 12
    assert count_words("訪日外国人旅行者数が過去最高を記録") == 17
    assert count_words("クルバエフ・キルギス") == 9  # the middle dot is no word
    assert count_words("국토교통성은 오늘 발표했습니다") == 3  # Korean spaces its words
    assert count_words("2024年の訪日客数") == 7  # "2024" one word, then six characters


def test_count_words_keeps_a_word_with_its_combining_marks_whole():
    # Thai, Burmese, Khmer and Indic vowel signs are combining marks, which `\w` does not
    # match: "อาเซียน" (ASEAN) was two words, a Burmese or Khmer word five or more.
    assert count_words("สำนักเลขาธิการ อาเซียน") == 2
    assert count_words("အာဆီယံ အတွင်းရေးမှူးရုံး") == 2
    assert count_words("លេខាធិការដ្ឋាន អាស៊ាន") == 2
    assert count_words("हिन्दी समाचार") == 2
    assert count_words("Cafe\u0301 <date/> e\u0301te\u0301") == 2  # decomposed accents
    assert count_words("が\u3099") == 1  # a kana's combining mark is no word of its own


def _words_by_definition(msgid: str) -> int:
    """A word is a Han or kana character, or a run of other characters `\\w` matches and
    combining marks (outside the kana's), in the msgid without tags and escapes."""
    text = re.sub(r"</?[A-Za-z][A-Za-z0-9]*/?>", " ", msgid)
    text = text.replace("&amp;", "&").replace("&lt;", "<")
    words, in_run = 0, False
    for ch in text:
        cjk = unicodedata.name(ch, "").startswith(
            ("CJK UNIFIED", "CJK COMPATIBILITY IDEOGRAPH", "HIRAGANA", "KATAKANA",
             "HALFWIDTH KATAKANA", "IDEOGRAPHIC ITERATION"))
        word = re.fullmatch(r"\w", ch) is not None or (
            unicodedata.category(ch).startswith("M") and not "\u3000" <= ch <= "\u30ff")
        words += (cjk and word) or (word and not cjk and not in_run)
        in_run = word and not cjk
    return words


@pytest.mark.parametrize("msgid", [
    "", " ", "word", "_", "a_b-c d.e", "Japan-Tajikistan's 2nd talks_x", "\t\nlines\x1f\x7f",
    "<b>bold</b><i/>x", "AT&amp;T &lt;3", "&amp;lt;", "&ampx", "<b", "1,000 yen (2019)",
    "Café au lait", "日本の外務大臣", "naïve <date/> ＡＢＣ ①", "e\u0301t\u00e9", "\u0301a",
    "อาเซียน", "ASEAN อาเซียน", "\u0e34\u0e34", "日\u0301本",
])
def test_count_words_is_the_regular_expressions_count(msgid):
    # ASCII text is counted without the regular expression (bytes marked and counted):
    # the same count for every character, tag and escape.
    assert count_words(msgid) == _words_by_definition(msgid)


@given(st.lists(st.sampled_from(
    [chr(c) for c in range(128)] + ["é", "’", "日", "ア", "・", "ー", "々", "ｱ", "한", "١",
                                     "\u0301", "\u0e34", "อ", "\u3099", "\u302a",
                                     "<b>", "</b>", "<date1/>", "&amp;", "&lt;"])).map("".join))
def test_count_words_equals_the_definition_on_any_text(msgid):
    assert count_words(msgid) == _words_by_definition(msgid)


def test_latin_text_is_counted_without_compiling_the_han_and_kana_pattern():
    # Its classes of Unicode ranges cost ~27M instructions to compile: a project in a
    # Latin script (accents, curly quotes) never pays them, one in Japanese once.
    translate_module._words.cache_clear()
    count_words.cache_clear()  # (counts are remembered: each text counted afresh here)
    assert count_words("Café, naïve ‘façade’ — €5") == 4
    assert translate_module._words.cache_info().currsize == 0
    assert count_words("日本の外務大臣") == 7
    assert translate_module._words.cache_info().currsize == 1


def test_a_plural_entry_left_by_a_po_editor_is_rejected_not_built_empty():
    # A segment has one form; a plural entry's msgstr is "" (its text is in msgstr[n]),
    # which the build took for an empty translation of a message without tags.
    rel = release("<p>One</p>")
    cat = parse_po((HEADER + 'msgid "One"\nmsgid_plural "One"\nmsgstr[0] "Un"\n'
                    'msgstr[1] "Uns"\n').encode(), "fr.po")
    result = translate_release(rel, cat, "fr", formatter=Tagger(), catalog_path="fr.po",
                               release_path="r.xml")
    assert texts(result.release)[-1] == "One"
    assert result.coverage.rejected.segments == 1
    [issue] = [i for i in result.issues if i.path == "fr.po"]
    assert (issue.code, issue.line, issue.severity) == ("catalog-stale", 6, Severity.ERROR)
    assert "plural entry" in issue.message and "communique update" in issue.message


def test_a_rejection_is_placed_where_validate_places_it_in_the_catalog_file(tmp_path):
    # The msgstr's line and the fault's column (validate's `msgstr_position`), read from
    # the file only for the rejection: the fast catalog reader keeps no such positions.
    rel = release("<p>Hello <em>x</em> and <strong>y</strong></p>")
    po = tmp_path / "fr.po"
    po.write_text(HEADER + 'msgid "Hello <em>x</em> and <strong>y</strong>"\n'
                  'msgstr ""\n"Bonjour <em>x</em> "\n"et <strong>y</strng>"\n', encoding="utf-8")
    cat = parse_po(po.read_bytes(), po)
    result = translate_release(rel, cat, "fr", formatter=Tagger(), catalog_path=str(po))
    [issue] = [i for i in result.issues if i.code != "untranslated"]
    assert (issue.code, issue.line, issue.column) == ("markup-invalid", 9, len('"et <strong>y') + 1)


def test_a_text_tag_left_empty_is_rejected_at_that_tag(tmp_path):
    rel = release("<p>Hello <em>x</em> and <strong>y</strong></p>")
    po = tmp_path / "fr.po"
    po.write_text(HEADER + 'msgid "Hello <em>x</em> and <strong>y</strong>"\n'
                  'msgstr ""\n"Bonjour <em>x</em> "\n"et <strong></strong>"\n', encoding="utf-8")
    cat = parse_po(po.read_bytes(), po)
    result = translate_release(rel, cat, "fr", formatter=Tagger(), catalog_path=str(po))
    assert result.release.body[0].content == rel.body[0].content  # the source, as it is
    [issue] = [i for i in result.issues if i.code != "untranslated"]
    assert (issue.code, issue.line, issue.column) == ("placeholder-empty", 9, len('"et ') + 1)
    assert issue.message == ("translation rejected, source text used: tag <strong> is empty, "
                             "though the source's holds text: translate its text inside it")


def test_a_plural_entry_is_rejected_at_its_msgid_as_validate_names_it(tmp_path):
    rel = release("<p>One</p>")
    po = tmp_path / "fr.po"
    po.write_text(HEADER + 'msgid "One"\nmsgid_plural "One"\nmsgstr[0] "Un"\n'
                  'msgstr[1] "Uns"\n', encoding="utf-8")
    cat = parse_po(po.read_bytes(), po)
    result = translate_release(rel, cat, "fr", formatter=Tagger(), catalog_path=str(po))
    [issue] = [i for i in result.issues if i.code == "catalog-stale"]
    assert (issue.line, issue.column) == (6, len("msgid ") + 1)

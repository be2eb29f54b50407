"""HTML pages: fixed element mapping, safe URLs, direction, structure, index pages, and the
serialiser that writes them, held to lxml's."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path
from urllib.parse import unquote

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from toolkit.html_writer import (
    CSS,
    IMAGE_SCHEMES,
    IndexEntry,
    LocaleEntry,
    PageContext,
    attribute,
    block,
    counter_style,
    element,
    html_lang,
    language_direction,
    language_name,
    locale_index,
    page_bytes,
    release_page,
    root_index,
    safe_href,
    text_node,
)
from toolkit.loader import load_release, parse_release

SAMPLE = Path(__file__).resolve().parent.parent / "releases" / "japan-kyrgyz-fm-meeting-2022.xml"


def page(body: str, *, locale: str = "en", direction: str = "ltr", figure: str = "",
         embargo: str | None = None) -> lxml.html.HtmlElement:
    data = ('<release xmlns="https://ns.communique.dev/release/1" '
            'xmlns:its="http://www.w3.org/2005/11/its" id="r" xml:lang="en">'
            '<meta><publisher>Ministry</publisher><published><date value="2024-01-02" '
            'skeleton="yMMMMd">January 2, 2024</date></published>'
            + ('<embargo value="2024-01-02T09:00:00+09:00" zone="Asia/Tokyo"/>'
               if embargo else '') +
            f'</meta><title>Title</title>{figure}<body>{body}</body></release>')
    release = parse_release(data.encode())
    html = release_page(release, PageContext(locale, direction, "communique test",
                                             embargo_text=embargo))
    assert html.startswith(b"<!DOCTYPE html>\n")
    return lxml.html.document_fromstring(html)


def body_html(doc: lxml.html.HtmlElement) -> str:
    return lxml.html.tostring(doc.find_class("body")[0], encoding="unicode")


# ---------------------------------------------------------------- structure
def test_page_has_language_direction_charset_title_and_generator():
    doc = page("<p>Hello</p>", locale="ar", direction="rtl")
    assert doc.get("lang") == "ar" and doc.get("dir") == "rtl"
    head = doc.find("head")
    assert head[0].tag == "meta" and head[0].get("charset") == "utf-8"
    assert doc.findtext(".//title") == "Title"
    assert doc.xpath("//meta[@name='generator']/@content") == ["communique test"]
    assert doc.xpath("//h1")[0].text_content() == "Title"


def test_regional_locale_is_written_as_bcp47():
    assert page("<p>x</p>", locale="pt_BR").get("lang") == "pt-BR"


def test_dates_and_times_carry_their_machine_value_whatever_the_text():
    doc = page('<p><date value="2022-12-24" skeleton="MMMMd">令和4年12月24日</date> '
               '<time value="14:40" zone="Asia/Tokyo">午後2時40分</time> '
               '<duration value="PT30M">半時間</duration> '
               '<money value="2000000" currency="USD" notation="compact">200万ドル</money></p>')
    times = [(t.get("datetime"), t.text) for t in doc.find_class("body")[0].iter("time")]
    assert times == [("2022-12-24", "令和4年12月24日"), ("14:40", "午後2時40分"),
                     ("PT30M", "半時間")]
    assert doc.xpath("//data[@class='money']/@value") == ["2000000"]
    assert doc.xpath("//p[@class='dateline']//time/@datetime") == ["2024-01-02"]


def test_a_date_range_carries_its_iso_interval_in_one_data_element():
    # One formatted text holds both dates: no <time> can say both (HTML's datetime
    # grammar has no interval), <data value> holds ISO 8601's start/end.
    doc = page('<p>Open <date value="2025-03-24" end="2025-03-27" skeleton="yMMMMd">'
               '24–27 March 2025</date>.</p>')
    [data] = doc.find_class("body")[0].iter("data")
    assert (data.get("value"), data.get("class"), data.text) == (
        "2025-03-24/2025-03-27", "date range", "24–27 March 2025")
    assert list(doc.find_class("body")[0].iter("time")) == []


@pytest.mark.parametrize(("value", "tag"), [
    ("PT30M", "time"), ("P1D", "time"), ("P2DT3H", "time"), ("PT1.5S", "time"),
    ("PT0.125S", "time"), ("P0D", "time"),
    # HTML's durations are days, hours, minutes and seconds (to the millisecond): a
    # year or a month is no fixed length, and <time datetime="P3Y"> is no valid page.
    ("P3Y", "data"), ("P18M", "data"), ("P1Y6M", "data"), ("P1YT2H", "data"),
    ("PT0.2500S", "data")])
def test_a_duration_is_a_time_only_where_html_can_say_it(value, tag):
    doc = page(f'<p>For <duration value="{value}">a while</duration>.</p>')
    [element] = doc.find_class("duration")
    written = "datetime" if tag == "time" else "value"
    assert (element.tag, element.get(written), element.text) == (tag, value, "a while")


def test_each_span_becomes_its_fixed_element():
    doc = page('<p><em>a</em><strong>b</strong><link href="https://x.org/">c</link>'
               '<person>d</person><org>e</org><place>f</place><term>g</term>'
               '<abbr title="United Nations">UN</abbr></p>')
    p = doc.find_class("body")[0].find("p")
    assert [(c.tag, c.get("class")) for c in p] == [
        ("em", None), ("strong", None), ("a", None), ("span", "person"), ("span", "org"),
        ("span", "place"), ("span", "term"), ("abbr", None)]
    assert p[2].get("href") == "https://x.org/"
    assert p[7].get("title") == "United Nations"


def test_blocks_lists_quotes_and_headings():
    doc = page('<heading>H</heading><p>P</p><list type="unordered"><item>A</item></list>'
               '<list type="ordered"><item>B</item></list><quote>Q</quote>')
    body = doc.find_class("body")[0]
    assert [c.tag for c in body] == ["h2", "p", "ul", "ol", "blockquote"]
    assert body.find("blockquote/p").text == "Q"


# A Persian page (arabext digits by default) or a Hindi one with numbering = "native"
# wrote its dates and amounts in its own digits and numbered its ordered lists 1. 2.
@pytest.mark.parametrize(("numbering", "style"), [
    ("arabext", "persian"), ("arab", "arabic-indic"), ("deva", "devanagari"),
    ("beng", "bengali"), ("thai", "thai"), ("tamldec", "tamil"), ("hanidec", "cjk-decimal"),
    ("hebr", "hebrew"), ("jpanfin", "japanese-formal"),
    ("latn", None), ("fullwide", None), ("grek", None),  # decimal: CSS has none of them
])
def test_a_numbering_system_has_the_counter_style_of_its_numerals(numbering, style):
    assert counter_style(numbering) == style


def test_an_ordered_list_is_numbered_in_the_pages_digits_and_nothing_else_is():
    data = ('<release xmlns="https://ns.communique.dev/release/1" id="r" xml:lang="fa">'
            '<meta><publisher>M</publisher><published><date value="2024-01-02" '
            'skeleton="yMMMMd">۲ ژانویه ۲۰۲۴</date></published></meta><title>T</title>'
            '<body><list type="ordered"><item>A</item></list>'
            '<list type="unordered"><item>B</item></list></body></release>')
    context = PageContext("fa", "rtl", list_style="persian")
    doc = lxml.html.document_fromstring(release_page(parse_release(data.encode()), context))
    body = doc.find_class("body")[0]
    assert [(c.tag, c.get("style")) for c in body] == [
        ("ol", "list-style-type:persian"), ("ul", None)]
    # a latn page's list is as it was
    latn = page('<list type="ordered"><item>A</item></list>')
    assert latn.find_class("body")[0].find("ol").attrib == {}
    assert b"<ol>" in release_page(load_release(SAMPLE), PageContext("ja"))


def test_untranslatable_spans_are_marked_translate_no():
    doc = page('<p>The <org its:translate="no">Central Asia plus Japan</org> dialogue</p>')
    assert doc.xpath("//span[@class='org']/@translate") == ["no"]


def test_embargo_line_uses_the_locale_label_and_the_instant():
    doc = page("<p>x</p>", locale="ja", embargo="2024年1月2日 9:00 日本標準時")
    line = doc.find_class("embargo")[0]
    assert line.text_content() == "解禁日時：2024年1月2日 9:00 日本標準時"
    assert line.find("time").get("datetime") == "2024-01-02T09:00:00+09:00"
    assert not page("<p>x</p>").find_class("embargo")


def test_figures_get_src_alt_and_caption():
    doc = page("<p>x</p>", figure='<figure src="img/a.jpg"><alt>Two <em>people</em></alt>'
               '<caption>The <term>ministers</term></caption></figure>')
    figure = doc.find(".//figure")
    assert figure.find("img").get("src") == "img/a.jpg"
    assert figure.find("img").get("alt") == "Two people"
    assert figure.find("figcaption").text_content() == "The ministers"


def test_a_figure_with_no_image_to_show_and_no_caption_is_left_off_the_page():
    # Pasted text describes its photos without them; an empty <figure> would be a box
    # with nothing in it, and an alt text is read only with its image.
    assert not page("<p>x</p>", figure="<figure><alt>Two people</alt></figure>").xpath(
        "//figure|//*[@class='figures']")
    unsafe = page("<p>x</p>", figure='<figure src="javascript:x()"><alt>A</alt></figure>')
    assert not unsafe.xpath("//figure")
    captioned = page("<p>x</p>", figure="<figure><alt>A</alt><caption>The <term>ministers"
                     "</term></caption></figure>")
    assert captioned.xpath("string(//figure/figcaption)") == "The ministers"
    assert not captioned.xpath("//figure/img")


def test_an_alt_its_caption_repeats_is_not_said_twice():
    # A screen reader reads an image's alt and then its figure's caption: the same words
    # twice. The caption says what the photo shows, so the image is that text's
    # illustration (HTML: its alt is empty); an alt that says more, or otherwise, is kept.
    doc = page("<p>x</p>", figure='<figure src="a.jpg"><alt>The minister at the '
               '<term>lectern</term></alt><caption>The minister at the <term>lectern</term>'
               '</caption></figure><figure src="b.jpg"><alt>The minister at a lectern '
               'before the press</alt><caption>The minister</caption></figure>'
               '<figure src="c.jpg"><alt>The Minister at the lectern</alt>'
               '<caption>The minister at the lectern</caption></figure>')
    assert [img.get("alt") for img in doc.iter("img")] == [
        "", "The minister at a lectern before the press", "The Minister at the lectern"]
    assert doc.xpath("string(//figure/figcaption)") == "The minister at the lectern"


# ---------------------------------------------------------------- direction
def test_latin_names_are_isolated_in_right_to_left_pages():
    doc = page('<p>التقى <person>Mr. HAYASHI</person> و<person>كولوباييف</person> '
               'في <org>Kyrgyz Republic</org></p>', locale="ar", direction="rtl")
    spans = doc.find_class("body")[0].findall(".//span")
    assert [(s.text, s.get("dir")) for s in spans] == [
        ("Mr. HAYASHI", "auto"), ("كولوباييف", None), ("Kyrgyz Republic", "auto")]


def test_a_phone_number_in_a_right_to_left_page_is_laid_out_left_to_right():
    # Digits and spaces have no direction of their own: in an Arabic sentence the groups
    # of "+41 22 791 21 11" would be laid out right to left (11 21 791 22 41+), the
    # number misdialled. Isolated left to right, it reads as written (dir="auto" would
    # find no letter to go by).
    doc = page('<p>للتواصل: <link href="tel:+41227912111">+41 22 791 21 11</link>، '
               '<link href="tel:022791211">٠٢٢ ٧٩١ ٢١١</link>، <link href="tel:022">اتصل'
               '</link> أو <link href="mailto:a@b.example">a@b.example</link> '
               '<strong>2022–2023</strong></p>', locale="ar", direction="rtl")
    body = doc.find_class("body")[0]
    assert [(e.tag, e.get("dir")) for e in body.iter("a", "strong")] == [
        ("a", "ltr"), ("a", "ltr"), ("a", None), ("a", "auto"), ("strong", None)]


def test_a_phone_number_in_a_left_to_right_page_needs_no_mark():
    doc = page('<p>Call <link href="tel:+41227912111">+41 22 791 21 11</link></p>')
    assert doc.find_class("body")[0].find(".//a").get("dir") is None


def test_right_to_left_names_are_isolated_in_left_to_right_pages():
    doc = page("<p>Met <person>كولوباييف</person> and <person>Hayashi</person></p>")
    spans = doc.find_class("body")[0].findall(".//span")
    assert [s.get("dir") for s in spans] == ["auto", None]


# ---------------------------------------------------------------- language of parts
# A segment that fell back to the source text carries the source's xml:lang (translate
# sets it); a span inside it in another language (as a source may mark one) carries its.
FALLBACK = ('<p xml:lang="en">On <date value="2022-12-24" skeleton="MMMMd" xml:lang="ar">'
            '24 ديسمبر</date>, <person>Mr. HAYASHI</person> met <org>كولوباييف</org>.</p>'
            '<p>عقب <person>Mr. HAYASHI</person></p>')


def test_a_fallback_on_a_right_to_left_page_is_laid_out_in_its_own_language():
    doc = page(FALLBACK, locale="ar", direction="rtl")
    fallback, translated = doc.find_class("body")[0].findall("p")
    assert (fallback.get("lang"), fallback.get("dir")) == ("en", "ltr")
    value = fallback.find("time")
    assert (value.get("lang"), value.get("dir"), value.text) == ("ar", "rtl", "24 ديسمبر")
    # names are isolated against their own passage's direction, not the page's
    assert [s.get("dir") for s in fallback.findall("span")] == [None, "auto"]
    assert translated.get("lang") is None and translated.get("dir") is None
    assert translated.find("span").get("dir") == "auto"


def test_a_fallback_in_a_language_of_the_same_direction_gets_lang_only():
    doc = page(FALLBACK.replace('xml:lang="ar"', 'xml:lang="ru"'), locale="ru")
    fallback = doc.find_class("body")[0].find("p")
    assert (fallback.get("lang"), fallback.get("dir")) == ("en", None)
    assert (fallback.find("time").get("lang"), fallback.find("time").get("dir")) == ("ru", None)
    assert lxml.html.tostring(fallback, encoding="unicode").startswith(
        '<p lang="en">On <time class="date" datetime="2022-12-24" lang="ru">')


def test_every_kind_of_segment_says_when_it_fell_back():
    en = ' xml:lang="en"'
    data = ('<release xmlns="https://ns.communique.dev/release/1" id="r" xml:lang="ar">'
            f'<meta><publisher{en}>Ministry</publisher><series{en}>Releases</series>'
            '<published><date value="2024-01-02" skeleton="yMMMMd">2 يناير 2024</date>'
            f'</published><place{en}>Tokyo</place></meta><title{en}>Title</title>'
            f'<subtitle{en}>Sub</subtitle><figure src="a.jpg"><alt{en}>Two people</alt>'
            f'<caption{en}>Caption</caption></figure><body><heading{en}>H</heading>'
            f'<quote{en}>Q</quote><list><item{en}>I</item><item>ب</item></list></body></release>')
    html = release_page(parse_release(data.encode()), PageContext("ar", "rtl"))
    doc = lxml.html.document_fromstring(html)
    marked = [(e.tag, e.get("class")) for e in doc.iter() if e.get("lang") == "en"]
    assert marked == [("title", None), ("p", "series"), ("h1", None), ("p", "subtitle"),
                      ("span", None), ("span", None), ("img", None), ("figcaption", None),
                      ("h2", None), ("p", None), ("li", None)]
    # A list item keeps the list's direction, so its number stays on the side of the
    # others'; its text is laid out left to right in a block of its own.
    assert doc.xpath("//*[@lang='en'][not(self::li)]/@dir") == ["ltr"] * (len(marked) - 1)
    item = doc.xpath("//li[@lang='en']")[0]
    assert item.get("dir") is None and [(c.tag, c.get("dir"), c.text) for c in item] \
        == [("div", "ltr", "I")]
    assert doc.find(".//img").get("alt") == "Two people"  # an img's lang is its alt's
    dateline = doc.find_class("dateline")[0]
    assert [s.get("lang") for s in dateline.findall("span")] == [None, None, "en", None, "en"]
    assert doc.xpath("//li[not(@lang)]/text()") == ["ب"]


def test_a_language_cldr_does_not_know_is_named_but_keeps_the_direction_it_is_in():
    doc = page('<p xml:lang="x-klingon">Qapla</p>', locale="ar", direction="rtl")
    p = doc.find_class("body")[0].find("p")
    assert (p.get("lang"), p.get("dir")) == ("x-klingon", None)
    assert (language_direction("ar"), language_direction("he-IL"), language_direction("en"),
            language_direction("pt_BR"), language_direction("x-klingon")) == (
        "rtl", "rtl", "ltr", "ltr", None)


def test_an_index_title_that_fell_back_says_its_language():
    entries = [IndexEntry("a", "Ministers meet", "2023-03-01", "1 مارس 2023", "en"),
               IndexEntry("b", "Ministers", "2023-02-01", "1 فبراير 2023"),
               IndexEntry("c", "وزيرا الخارجية", "2023-01-01", "1 يناير 2023")]
    doc = lxml.html.document_fromstring(locale_index(entries, PageContext("ar", "rtl")))
    links = [(a.get("lang"), a.get("dir")) for a in doc.find_class("index")[0].iter("a")]
    # a title without a language of its own is still isolated when its script runs against
    assert links == [("en", "ltr"), (None, "auto"), (None, None)]


def test_an_index_title_in_the_pages_language_keeps_its_direction_whatever_it_opens_with():
    # "G7", "COVID-19", "NATO": a translated title opening with a Latin acronym is still
    # Urdu or Hebrew. dir="auto" took its first letter's direction and laid the whole
    # title out left to right, its words in the wrong order.
    for locale, title in (("ur", "G7 کے وزرائے صحت کا اتفاق"), ("he", "COVID-19: עדכון")):
        entries = [IndexEntry("a", title, "2023-03-01", "2023")]
        doc = lxml.html.document_fromstring(locale_index(entries, PageContext(locale, "rtl")))
        assert doc.find_class("index")[0].find(".//a").get("dir") is None


# ---------------------------------------------------------------- versions
def versioned(locale: str, direction: str, versions: tuple[str, ...]) -> bytes:
    return release_page(load_release(SAMPLE), PageContext(locale, direction, "g",
                                                          versions=versions))


def test_a_page_names_every_version_of_its_release_in_its_head_in_the_order_given():
    doc = lxml.html.document_fromstring(versioned("ja", "ltr", ("en", "ja", "ar", "pt_BR")))
    alternates = [(link.get("rel"), link.get("hreflang"), link.get("href"))
                  for link in doc.find("head").iter("link")]
    # its own included, as search engines ask; BCP 47 tags, addresses beside the page's
    assert alternates == [
        ("alternate", "en", "../en/japan-kyrgyz-fm-meeting-2022.html"),
        ("alternate", "ja", "../ja/japan-kyrgyz-fm-meeting-2022.html"),
        ("alternate", "ar", "../ar/japan-kyrgyz-fm-meeting-2022.html"),
        ("alternate", "pt-BR", "../pt_BR/japan-kyrgyz-fm-meeting-2022.html")]


def test_the_default_version_is_linked_as_x_default_after_the_languages():
    context = PageContext("ja", "ltr", "g", versions=("en", "ja"), default_version="en")
    doc = lxml.html.document_fromstring(release_page(load_release(SAMPLE), context))
    alternates = [(link.get("hreflang"), link.get("href"))
                  for link in doc.find("head").iter("link")]
    assert alternates == [("en", "../en/japan-kyrgyz-fm-meeting-2022.html"),
                          ("ja", "../ja/japan-kyrgyz-fm-meeting-2022.html"),
                          ("x-default", "../en/japan-kyrgyz-fm-meeting-2022.html")]
    # not a version readers pick: the nav lists the languages only
    assert len(doc.find_class("versions")[0]) == 2
    # none given, or a release in one language: no default
    assert b"x-default" not in versioned("ja", "ltr", ("en", "ja"))
    assert b"x-default" not in release_page(load_release(SAMPLE), replace(
        context, versions=("ja",)))


def test_a_page_that_links_no_alternates_still_lists_its_versions():
    """(A pseudo-locale's page: its nav is laid out for the test, its head says nothing.)"""
    context = PageContext("en-XA", "ltr", "g", versions=("en", "ja", "en-XA"),
                          default_version="en", alternates=False)
    doc = lxml.html.document_fromstring(release_page(load_release(SAMPLE), context))
    assert doc.find("head").find("link") is None
    assert [e.text for e in doc.find_class("versions")[0].iter("a", "span")] == [
        "English", "日本語", "English (en-XA)"]


def test_a_page_in_another_language_than_its_locale_says_so_and_marks_the_locales_words():
    """(A release written in Arabic, built as it is into an English source locale.)"""
    context = PageContext("en", "ltr", "g", embargo_text="noon", versions=("en", "ja"))
    release = load_release(SAMPLE)
    doc = lxml.html.document_fromstring(release_page(release, replace(context,
                                                                      language="ar")))
    assert (doc.get("lang"), doc.get("dir")) == ("ar", "rtl")
    nav, embargo = doc.find(".//nav"), doc.find_class("embargo")[0]
    assert [(e.get("lang"), e.get("dir")) for e in (nav, embargo)] == [("en", "ltr")] * 2
    assert nav[0].text == "Press releases" and embargo.text == "Embargoed until "
    # the text itself is the page's: nothing else in the article says a language
    assert doc.xpath("//article//*[@lang]") == [embargo]
    plain = lxml.html.document_fromstring(release_page(release, context))
    assert (plain.get("lang"), plain.get("dir")) == ("en", "ltr")
    assert not plain.xpath("//*[@lang][not(self::html)][not(ancestor-or-self::ul)]")


def test_the_nav_lists_each_version_in_its_own_language_and_this_one_unlinked():
    doc = lxml.html.document_fromstring(versioned("ja", "ltr", ("en", "ja", "ar", "pt_BR")))
    (listing,) = doc.find(".//nav").find_class("versions")
    assert listing.tag == "ul" and listing.get("aria-label") == "言語"
    items = [(e.tag, e.get("href"), e.get("hreflang"), e.get("lang"), e.get("dir"),
              e.get("aria-current"), e.text) for li in listing for e in li]
    assert items == [
        ("a", "../en/japan-kyrgyz-fm-meeting-2022.html", "en", "en", None, None, "English"),
        ("span", None, None, None, None, "page", "日本語"),
        # dir only where the name's script runs against the page's
        ("a", "../ar/japan-kyrgyz-fm-meeting-2022.html", "ar", "ar", "rtl", None, "العربية"),
        ("a", "../pt_BR/japan-kyrgyz-fm-meeting-2022.html", "pt-BR", "pt-BR", None, None,
         "português (Brasil)")]
    # the index link is still first
    assert doc.find(".//nav")[0].get("href") == "index.html"


def test_on_a_right_to_left_page_the_left_to_right_names_say_so():
    doc = lxml.html.document_fromstring(versioned("ar", "rtl", ("en", "ja", "ar")))
    names = [(e.get("lang"), e.get("dir"), e.text)
             for e in doc.find_class("versions")[0].iter("a", "span")]
    assert names == [("en", "ltr", "English"), ("ja", "ltr", "日本語"), (None, None, "العربية")]


@pytest.mark.parametrize("versions", [(), ("ja",)])
def test_a_release_in_one_language_lists_no_versions(versions):
    page = versioned("ja", "ltr", versions)
    assert b'rel="alternate"' not in page and b"versions" not in page.split(b"</style>")[1]
    assert page == versioned("ja", "ltr", ())


def test_a_page_with_its_versions_is_what_lxml_writes_for_it():
    page = versioned("ar", "rtl", ("en", "ja", "ky", "ru", "ar", "en-XA"))
    tree = lxml.html.document_fromstring(page)
    assert page == b"<!DOCTYPE html>\n" + etree.tostring(tree, method="html",
                                                          encoding="utf-8") + b"\n"


@pytest.mark.parametrize("release_id", ["r-1.x_Y", "a b", 'q"&<\'é', "ä/ö"])
@pytest.mark.parametrize("versions", [("en", "ja"), ("en", "x y", 'q"&')])
def test_the_addresses_of_versions_are_written_as_any_address_is(release_id, versions):
    """(A schema-valid id and locale tags are plain ASCII; a library caller's need not be.)"""
    release = replace(load_release(SAMPLE), id=release_id)
    page = release_page(release, PageContext("ja", "ltr", versions=versions))
    tree = lxml.html.document_fromstring(page)
    assert page == b"<!DOCTYPE html>\n" + etree.tostring(tree, method="html",
                                                          encoding="utf-8") + b"\n"
    hrefs = [unquote(link.get("href")) for link in tree.find("head").iter("link")]
    assert hrefs == [f"../{version}/{release_id}.html" for version in versions]


def test_languages_are_named_in_themselves_as_the_front_page_names_them():
    assert language_name("ja") == ("日本語", "ltr")
    assert language_name("ar") == ("العربية", "rtl")
    assert language_name("pt-BR") == language_name("pt_BR") == ("português (Brasil)", "ltr")
    # a pseudo-locale: its base language, and its tag to tell it from that language
    assert language_name("en-XA") == ("English (en-XA)", "ltr")
    assert language_name("ar-XB") == ("العربية (ar-XB)", "rtl")
    assert language_name("x-klingon") == ("x-klingon", "ltr")


def test_a_language_is_named_by_the_subtags_its_tag_writes_not_the_likely_script():
    # CLDR's likely subtags make zh-CN zh_Hans_CN: named by that, the switcher read
    # "中文 (简体, 中国) (zh-CN)", a real locale tagged as a pseudo-locale's is
    assert language_name("zh-CN") == ("中文 (中国)", "ltr")
    assert language_name("zh_TW") == ("中文 (台灣)", "ltr")
    assert language_name("zh-HK")[0] == "中文 (中國香港特別行政區)"
    assert language_name("sr-RS")[0] == "српски (Србија)"
    # a script the tag writes is named, by CLDR's name of the language in that script
    # where it has one, as a Weblate project's zh_Hans and zh_Hant are told apart
    assert language_name("zh-Hant") == ("繁體中文", "ltr")
    assert language_name("zh_Hans") == ("简体中文", "ltr")
    assert language_name("zh-Hant-HK")[0] == "繁體中文 (中國香港特別行政區)"
    assert language_name("sr-Latn")[0] == "srpski (latinica)"
    assert language_name("sr@latin")[0] == "srpski (latinica)"
    assert language_name("pa-Arab") == ("پنجابی (عربی)", "rtl")


def test_a_variant_or_modifier_the_tag_writes_keeps_it_apart_from_its_language():
    # ca and ca@valencia (a Weblate or GNOME folder) both listed as "català" on the front
    # page: Babel drops a modifier that names no script, and a variant is CLDR's to name
    assert language_name("ca@valencia")[0] == "català (ca@valencia)"
    assert language_name("ca-ES-valencia")[0] == "català (Espanya, valencià)"
    assert language_name("ca")[0] == "català"


# ---------------------------------------------------------------- safety
@pytest.mark.parametrize("href", [
    "javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)",
    "java\tscript:alert(1)", "java\nscript:alert(1)", "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>", "//evil.example/x", "\x01javascript:x",
    "file:///etc/passwd",
])
def test_dangerous_urls_are_dropped(href):
    assert safe_href(href) is None


@pytest.mark.parametrize("href", [
    "\\\\evil.example/x", "/\\evil.example/x", "\\/evil.example", "///evil.example",
    "\\\\\\evil.example", " \\\\evil.example", "/\t\\evil.example", "\\\n\\evil.example",
])
def test_a_scheme_relative_address_spelt_with_backslashes_is_dropped(href):
    # A browser reads "\\" as "/" in an http(s) URL: each of these leads to evil.example
    # on whatever scheme the page is served with, as "//evil.example" does.
    assert safe_href(href) is None
    assert safe_href(href, IMAGE_SCHEMES) is None


@pytest.mark.parametrize(("href", "kept"), [
    ("/ /x", "/ /x"), (" / /x\t", "/ /x"), ("/press/ 2022.html", "/press/ 2022.html"),
    ("\\ \\x", "\\ \\x"), ("java script:alert(1)", "java script:alert(1)"),
    ("\x7fjavascript:alert(1)", "\x7fjavascript:alert(1)"),
])
def test_a_space_or_del_inside_an_address_is_kept_as_browsers_keep_it(href, kept):
    # WHATWG URL: only controls and spaces at the ends, and tabs and line breaks anywhere,
    # are dropped; "/ /x" is the path /%20/x on the page's own site, not //x (another
    # host), and "java script:" or a DEL before the scheme is no scheme at all.
    assert safe_href(href) == kept
    assert safe_href(href, IMAGE_SCHEMES) == kept


@pytest.mark.parametrize("href", ["/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example",
                                  "\t//evil.example", "\x00 //evil.example", "//evil.example \x1f",
                                  "java\r\nscript:alert(1)", "\x0bjavascript:alert(1)"])
def test_a_tab_or_line_break_anywhere_or_a_control_at_the_ends_is_dropped_first(href):
    # ... so each of these is //evil.example, or javascript:, to a browser.
    assert safe_href(href) is None
    assert safe_href(href, IMAGE_SCHEMES) is None


@pytest.mark.parametrize("href", ["\u00a0javascript:alert(1)", "\u2003//evil.example",
                                  "\u3000\\\\evil.example", "\u00a0 //evil.example"])
def test_a_space_browsers_keep_at_the_start_stays_in_the_address_written(href):
    # A browser strips only controls and ASCII space from the ends: a no-break or em
    # space starts a relative path. Written without it, the address would be the
    # javascript: or //host that was judged no scheme and no other host.
    assert safe_href(href) == href
    assert safe_href(href, IMAGE_SCHEMES) == href


@pytest.mark.parametrize("href", ["\\press\\2022.html", "/press\\2022.html", "a\\\\b.html"])
def test_a_backslash_past_the_start_is_no_other_host(href):
    assert safe_href(href) == href


@pytest.mark.parametrize("href", ["https://www.mofa.go.jp/", "http://x.org/a?b=c#d",
                                  "mailto:press@example.org", "tel:+33-1-43-17-53-53",
                                  "../en/r.html", "r.html#top",
                                  "/press/2022/", "?page=2"])
def test_ordinary_urls_are_kept(href):
    assert safe_href(href) == href


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["", "/", "//", "/\\", "\\/", "\\\\", "\\", "http://", "https://",
                        "HTTPS://", "http:", "https:/",
                        "javascript:", "mailto:", " /", "/\t/", "[", "http://[::1"]),
       st.text(st.characters(max_codepoint=0x7f) | st.sampled_from("é\u3000\ufe13"),
               max_size=12),
       st.sampled_from([frozenset({"http", "https", "mailto"}), frozenset({"http", "https"}),
                        frozenset({"mailto"})]))
def test_the_quick_look_at_a_usual_url_says_what_urlsplit_says(start, rest, schemes):
    # Addresses from the site's root and http(s) ones are told without urlsplit: the
    # answer is urlsplit's whatever the address.
    from toolkit.html_writer import _safe_href

    value = start + rest
    assert safe_href(value, schemes) == _safe_href(value, schemes)


def test_a_source_link_with_a_script_url_becomes_a_plain_anchor():
    doc = page('<p><link href="javascript:alert(1)">click</link></p>',
               figure='<figure src="javascript:alert(1)"><caption>c</caption></figure>')
    anchor = doc.find_class("body")[0].find(".//a")
    assert anchor.text == "click" and anchor.get("href") is None
    assert doc.find(".//figure/img") is None


def test_markup_in_text_is_escaped_never_interpreted():
    evil = ('&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; '
            ']]&gt; &lt;![CDATA[x]]&gt; &amp;lt;b&amp;gt;')
    doc = page(f"<p>{evil}</p>", figure=f'<figure src="a.jpg"><alt>"&gt;&lt;script&gt;'
               f'</alt><caption>{evil}</caption></figure>')
    assert not doc.xpath("//script[not(@type='application/ld+json')] | //img[@onerror] | //b")
    assert not [a for e in doc.iter() for a in e.attrib if a.startswith("on")]
    assert doc.find(".//img").get("alt") == '"><script>'
    assert "<" not in doc.find(".//script").text  # (the page's data: `linked_data`)
    p = doc.find_class("body")[0].find("p")
    assert p.text == ("<script>alert(1)</script> <img src=x onerror=alert(1)> ]]> "
                      "<![CDATA[x]]> &lt;b&gt;")


# ---------------------------------------------------------------- index pages
def test_locale_index_lists_newest_first_and_links_each_page():
    entries = [IndexEntry("b", "Older", "2022-01-05", "5 января 2022 г."),
               IndexEntry("a", "Newer", "2023-03-01", "1 марта 2023 г."),
               IndexEntry("c", "Same day", "2023-03-01", "1 марта 2023 г.")]
    doc = lxml.html.document_fromstring(locale_index(entries, PageContext("ru")))
    assert doc.findtext(".//h1") == "Пресс-релизы"
    rows = [(li.find("a").get("href"), li.find("time").get("datetime"))
            for li in doc.iter("li")]
    assert rows == [("a.html", "2023-03-01"), ("c.html", "2023-03-01"),
                    ("b.html", "2022-01-05")]


def test_locale_index_items_are_laid_out_one_a_line_and_escaped():
    entries = [IndexEntry(f"r{n}", f"Title {n} <b>&", "2023-03-01", "1 March 2023")
               for n in range(3)]
    entries.append(IndexEntry("he", "שלום", "2023-01-01", "1 January 2023"))
    page = locale_index(entries, PageContext("en")).decode("utf-8")
    items = [line for line in page.splitlines() if "<li>" in line]
    assert len(items) == 4 and len({line.index("<li>") for line in items}) == 1
    assert items[0].strip() == ('<li><time datetime="2023-03-01">1 March 2023</time>'
                                '<a href="r0.html">Title 0 &lt;b&gt;&amp;</a></li>')
    assert 'dir="auto"' in items[3]  # right-to-left text in a left-to-right page
    assert "communique:items" not in page
    assert '<ol role="list"></ol>' in locale_index([], PageContext("en")).decode("utf-8")


def test_the_lists_styled_without_markers_are_still_lists_to_voiceover():
    # VoiceOver in Safari takes a list styled list-style:none for no list: the index of
    # releases and the versions were read as loose links, their number not said.
    # role="list" tells it they are; the release's own lists keep their markers.
    entries = [IndexEntry("a", "Newer", "2023-03-01", "1 March 2023")]
    index = lxml.html.document_fromstring(locale_index(entries, PageContext("en")))
    page = lxml.html.document_fromstring(versioned("ja", "ltr", ("en", "ja")))
    styled = [*index.iter("ol", "ul"), *page.find(".//nav").iter("ol", "ul")]
    assert [(e.tag, e.get("role")) for e in styled] == [("ol", "list"), ("ul", "list")]
    assert {e.get("role") for e in page.find(".//article").iter("ol", "ul")} == {None}


def test_front_page_names_each_language_in_itself():
    front = [LocaleEntry("en", "English", "ltr", 3), LocaleEntry("ar", "العربية", "rtl", 2)]
    doc = lxml.html.document_fromstring(root_index(front, PageContext("en")))
    links = [(a.get("href"), a.get("lang"), a.get("dir"), a.text) for a in doc.iter("a")]
    assert links == [("en/index.html", "en", "ltr", "English"),
                     ("ar/index.html", "ar", "rtl", "العربية")]


def test_front_page_says_the_language_each_link_leads_to():
    # The front page is the site's language switcher: as a release page's list of
    # versions does, each link says the language of the page it opens (hreflang), a
    # gettext folder's tag written as BCP 47.
    front = [LocaleEntry("en", "English", "ltr", 1), LocaleEntry("pt_BR", "português", "ltr", 1),
             LocaleEntry("sr@latin", "srpski", "ltr", 1)]
    doc = lxml.html.document_fromstring(root_index(front, PageContext("en")))
    assert [(a.get("href"), a.get("hreflang")) for a in doc.iter("a")] == [
        ("en/index.html", "en"), ("pt_BR/index.html", "pt-BR"),
        ("sr@latin/index.html", "sr-Latn")]


def test_front_page_says_what_each_number_counts_in_its_column_header():
    """A bare number beside a language's name was read "English 1": the numbers are a
    column headed by the locale's word for press releases, which a screen reader says
    with each (every locale has that word; "1 release" would need a plural noun)."""
    front = [LocaleEntry("en", "English", "ltr", 3), LocaleEntry("ar", "العربية", "rtl", 2)]
    doc = lxml.html.document_fromstring(root_index(front, PageContext("ru")))
    (table,) = doc.iter("table")
    assert [(th.get("scope"), th.text) for th in table.find("thead").iter("th")] == [
        ("col", "Языки"), ("col", "Пресс-релизы")]
    rows = [(tr[0].tag, tr[0].get("scope"), tr[0].findtext("a"), tr[1].tag,
             tr[1].find("data").get("value"), tr[1].findtext("data"))
            for tr in table.find("tbody")]
    assert rows == [("th", "row", "English", "td", "3", "3"),
                    ("th", "row", "العربية", "td", "2", "2")]
    # a header word the locale has no translation of is marked as the English it is
    doc = lxml.html.document_fromstring(root_index(front, PageContext("sw")))
    assert [th.get("lang") for th in doc.find(".//thead").iter("th")] == ["en", "en"]


def test_a_standalone_pages_nav_is_in_its_banner_not_in_its_main_content():
    """Landmarks a screen reader's user jumps between: the site's nav in the page's
    header (banner), the page's own content in main, one after the other."""
    entries = [IndexEntry("a", "A", "2023-03-01", "1 March 2023")]
    for page in (locale_index(entries, PageContext("en")), versioned("ja", "ltr", ("en", "ja"))):
        body = lxml.html.document_fromstring(page).find("body")
        assert [child.tag for child in body] == ["header", "main"]
        assert [child.tag for child in body[0]] == ["nav"]
        assert not body[1].xpath(".//nav")
    # the banner is laid out as main is: the same column, the nav where it was
    assert re.search(r"(?m)^body>header\{max-width:46rem;margin:0 auto;padding:2\.5rem "
                     r"1\.25rem 0;border:0\}$", CSS)
    assert "body>header+main{padding-block-start:0}" in CSS
    # the front page has no nav: main alone
    body = lxml.html.document_fromstring(root_index([], PageContext("en"))).find("body")
    assert [child.tag for child in body] == ["main"]


def test_the_datelines_parts_stay_apart_for_a_screen_reader():
    # Its separators are hidden from screen readers (a "·" read aloud says nothing), and
    # with them went the only thing between the parts: a screen reader and a braille
    # display gave "December 24, 2022TokyoMinistry". A space stays on each side, the one
    # before the separator a no-break space, so no line starts with it.
    written = release_page(load_release(SAMPLE), PageContext("en")).decode()
    (dateline,) = lxml.html.document_fromstring(written).find_class("dateline")
    for hidden in dateline.xpath(".//*[@aria-hidden='true']"):
        hidden.drop_tree()  # (keeps the text after it)
    assert dateline.text_content().split() == [
        "December", "24,", "2022", "Tokyo", "Ministry", "of", "Foreign", "Affairs", "of",
        "Japan"]
    line = written[written.index('<p class="dateline">'):]
    assert "\u00a0<span class=\"sep\" aria-hidden=\"true\">·</span> <span>Tokyo" in line


# ---------------------------------------------------------------- the stylesheet
def _applied(lang: str, target: str, prop: str) -> str | None:
    """The value of `prop` the standalone page's stylesheet gives `target` (``body``,
    ``.series``, ``em``) on a page in `lang`: its rules read in order, a later one of the
    same weight winning, ``:lang(X)`` matching X and X's subtags (as browsers match it)."""
    found = None
    for rule in CSS.replace("\n", "").split("}"):
        selectors, _, declarations = rule.partition("{")
        for selector in selectors.split(","):
            languages = re.findall(r":lang\(([^)]*)\)", selector)
            if re.sub(r":lang\([^)]*\)", "", selector).strip() != target or not all(
                    lang.lower() == x.lower() or lang.lower().startswith(x.lower() + "-")
                    for x in languages):
                continue
            for declaration in declarations.split(";"):
                name, _, value = declaration.partition(":")
                if name.strip() == prop and languages:
                    found = value.strip()
    return found


@pytest.mark.parametrize(("lang", "fonts"), [
    ("zh-Hans", "SC"), ("zh-CN", "SC"), ("zh", "SC"), ("zh-Hant", "TC"), ("zh-TW", "TC"),
    ("zh-Hant-TW", "TC"), ("zh-MO", "TC"), ("zh-HK", "HK"), ("zh-Hant-HK", "HK"),
    ("ja", "JP"), ("ko", "KR")])
def test_han_characters_are_set_in_fonts_of_the_pages_language_and_script(lang, fonts):
    # One character is drawn differently in China, Taiwan, Hong Kong, Japan and Korea:
    # a Traditional Chinese page set in Simplified Chinese fonts shows mainland glyphs.
    family = _applied(lang, "body", "font-family")
    assert family is not None and f"CJK {fonts}" in family


@pytest.mark.parametrize("lang", ["ar", "fa", "ur", "ar-EG", "fa-AF", "ur-IN"])
def test_arabic_script_is_never_letter_spaced_nor_slanted(lang):
    # Letter-spacing breaks the joins of a cursive script, and the Arabic script has no
    # italics (a browser slants it): each language written in it is spared both.
    assert _applied(lang, ".series", "letter-spacing") == "0"
    assert _applied(lang, "em", "font-style") == "normal"


def _declared(selector: str, prop: str) -> str | None:
    """The value of `prop` in the last rule of the stylesheet whose selectors name
    `selector` as written (a later rule of the same weight wins)."""
    found = None
    for rule in CSS.replace("\n", "").split("}"):
        selectors, _, declarations = rule.partition("{")
        if selector in (s.strip() for s in selectors.split(",")):
            for declaration in declarations.split(";"):
                name, _, value = declaration.partition(":")
                if name.strip() == prop:
                    found = value.strip()
    return found


def test_the_embargo_instant_wraps_in_a_narrow_column():
    # WCAG 1.4.10 (reflow): at 320 CSS px the embargo line has about 220 px, and the
    # instant ("December 24, 2022 at 5:00 PM Japan Standard Time", Arabic's longer) is
    # wider than that: kept on one line, it made the page scroll sideways.
    assert _declared("time", "white-space") == "nowrap"  # (a value in running text)
    assert _declared(".embargo time", "white-space") == "normal"


def test_a_figure_column_is_never_wider_than_the_page():
    # A 13rem column (208 px, more with a reader's larger text) in a narrower article
    # would overflow it: the column is at most the width there is.
    columns = _declared(".figures", "grid-template-columns")
    assert columns is not None and "minmax(min(13rem,100%),1fr)" in columns


def test_a_word_longer_than_a_narrow_column_wraps_in_it():
    # WCAG 1.4.10 (reflow): at 320 CSS px a paragraph has about 240 px, and an address
    # written out ("https://www.mofa.go.jp/files/100438123.pdf", a press office's
    # e-mail) or a long compound is wider than that: unbroken, it made the page scroll
    # sideways. It breaks where it would overflow, and nowhere else.
    assert _declared("body", "overflow-wrap") == "break-word"
    # An index entry's title is a flex item, by default no narrower than its longest
    # word: it may be narrower, and so wrap as a paragraph does.
    assert _declared(".index li a", "min-width") == "0"


def test_sample_page_is_deterministic():
    release = load_release(SAMPLE)
    context = PageContext("en", embargo_text="x")
    assert release_page(release, context) == release_page(release, context)


# ---------------------------------------------------------------- serialisation
# The page is written as text by html_writer's serialiser; these hold it to what lxml
# (libxml2's HTML output) writes for the same tree, the way pages were made before.
# A tree here: (tag, attributes, text, children), each child (tree, tail); text and tail
# are None or non-empty, as the writer never writes an empty text node.
TAGS = ["p", "a", "li", "span", "time", "data", "abbr", "em", "div", "ol", "title", "h1",
        "img", "meta", "br", "figure", "section", "td", "html", "body", "link", "ul", "nav"]
NAMES = ["class", "href", "src", "action", "name", "alt", "title", "lang", "dir", "value",
         "datetime", "translate", "content", "charset", "aria-hidden", "cite", "id",
         "rel", "hreflang", "aria-label", "aria-current"]
# Characters lxml accepts: every character but C0 controls other than \t \n \r,
# surrogates, U+FFFE and U+FFFF; the ones that matter to HTML drawn more often.
XML_CHARACTERS = st.characters(blacklist_categories=("Cs",), blacklist_characters=(
    [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"] + ["\ufffe", "\uffff"]))
TEXT = st.text(st.one_of(st.sampled_from(list("\"'&<>;=:/%# \t\n\r\xa0\x7f\x85\u2028\u200f"
                                              "\u00e9\u65e5\u0627\U0001f600a")),
                         XML_CHARACTERS), max_size=12)
VALUES = st.one_of(TEXT, st.sampled_from(["javascript:alert(1)", " \t\n lead", "a b",
                                          "x\"y'z", "\"", "'", "a&b=c?d#e", "%41%zz"]))
OPTIONAL_TEXT = st.one_of(st.none(), TEXT.filter(bool))


def trees(depth: int = 3) -> st.SearchStrategy:
    children = (st.lists(st.tuples(st.deferred(lambda: trees(depth - 1)), OPTIONAL_TEXT),
                         max_size=3) if depth else st.just([]))
    return st.tuples(st.sampled_from(TAGS),
                     st.lists(st.tuples(st.sampled_from(NAMES), VALUES), max_size=3,
                              unique_by=lambda pair: pair[0]),
                     OPTIONAL_TEXT, children)


def lxml_tree(tree) -> etree._Element:
    tag, attributes, text, children = tree
    node = etree.Element(tag)
    for name, value in attributes:
        node.set(name, value)
    node.text = text
    for child, tail in children:
        made = lxml_tree(child)
        made.tail = tail
        node.append(made)
    return node


def written(tree) -> str:
    """The tree as the page writer writes one: start tag, escaped text, children."""
    tag, attributes, text, children = tree
    content = text_node(text or "") + "".join(written(child) + text_node(tail or "")
                                              for child, tail in children)
    return element(tag, "".join(attribute(name, value, tag) for name, value in attributes),
                   content)


@settings(max_examples=400, deadline=None)
@given(trees())
def test_the_serialiser_writes_what_lxml_writes_for_any_tree(tree):
    expected = etree.tostring(lxml_tree(tree), method="html", encoding="utf-8")
    assert page_bytes(written(tree)) == expected


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(["a", "img", "p"]), VALUES)
def test_attribute_values_are_quoted_and_escaped_as_lxml_does(name, tag, value):
    node = etree.Element(tag)
    node.set(name, value)
    expected = etree.tostring(node, method="html", encoding="unicode")
    assert element(tag, attribute(name, value, tag), "") == expected


@pytest.mark.parametrize(("value", "expected"), [
    ('say "hi"', " alt='say \"hi\"'"),  # a double quote alone: single quotes around
    ("it's \"x\"", ' alt="it\'s &quot;x&quot;"'),  # both: double quotes, &quot;
    ("a&b<c>d\r\n\t\xa0é", ' alt="a&amp;b&lt;c&gt;d&#13;\n\t\xa0é"'),
])
def test_attribute_quirks_of_libxml2(value, expected):
    assert attribute("alt", value) == expected


def test_url_attributes_drop_leading_blanks_and_percent_encode_as_libxml2_does():
    assert attribute("href", " \t\nhttps://x.org/a b/日?q=é\xa0#f%20") == (
        ' href="https://x.org/a%20b/%E6%97%A5?q=%C3%A9%C2%A0#f%20"')
    assert attribute("src", "a\tb\nc\x7fd\re") == ' src="a%09b%0Ac%7Fd&#13;e"'
    assert attribute("name", "a b", "a") == ' name="a%20b"'
    assert attribute("name", "a b", "meta") == ' name="a b"'


def test_void_elements_and_empty_list_items_have_no_end_tag():
    assert element("img", ' alt=""', "") == '<img alt="">'
    assert element("li", "", "") == "<li>"
    assert element("p", "", "") == "<p></p>"
    assert element("li", "", "x") == "<li>x</li>"


@pytest.mark.parametrize("bad", ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1f", "\ud800",
                                 "\udfff", "\ufffe", "\uffff"])
def test_text_xml_cannot_hold_is_refused_as_lxml_refused_it(bad):
    with pytest.raises(ValueError):
        etree.Element("p").text = f"a{bad}b"
    with pytest.raises(ValueError):
        page_bytes(element("p", "", text_node(f"a{bad}b")))
    with pytest.raises(ValueError):
        page_bytes(element("a", attribute("href", f"é{bad}"), ""))


def bad_release(bad: str):
    """A release (made in code, as a library caller could) whose text XML cannot hold."""
    release = parse_release(SAMPLE.read_bytes())
    title = replace(release.title, content=(f"Title{bad}",))
    return replace(release, title=title)


@pytest.mark.parametrize("bad", ["\x01", "\ud800", "\uffff"])
def test_pages_refuse_text_xml_cannot_hold(bad):
    with pytest.raises(ValueError):
        release_page(bad_release(bad), PageContext("en"))
    with pytest.raises(ValueError):
        release_page(load_release(SAMPLE), PageContext("en", generator=f"x{bad}"))
    with pytest.raises(ValueError):
        locale_index([IndexEntry("a", f"T{bad}", "2023-01-01", "1 January 2023")],
                     PageContext("en"))
    with pytest.raises(ValueError):
        root_index([LocaleEntry("en", f"English{bad}", "ltr", 1)], PageContext("en"))


def test_markup_in_text_becomes_text_through_lxml_too():
    # The same page, parsed back by lxml, holds the text it was given, not elements.
    evil = '</p><script>alert(1)</script><p title="x">&amp;'
    release = bad_release("")
    release = replace(release, title=replace(release.title, content=(evil,)))
    doc = lxml.html.document_fromstring(release_page(release, PageContext("en")))
    assert doc.findtext(".//h1") == evil
    # The one script is the page's data, the title in it as a string; no other element.
    (script,) = doc.xpath("//script")
    assert script.get("type") == "application/ld+json" and len(doc.xpath("//p[@title]")) == 0
    assert json.loads(script.text)["headline"] == evil


def test_blocks_are_laid_out_one_child_a_line():
    assert block("ul", ' class="x"', ["<li>a</li>", "<li>b</li>"], 1) == (
        '<ul class="x">\n    <li>a</li>\n    <li>b</li>\n  </ul>')
    assert block("ol", "", [], 4) == "<ol></ol>"


def test_a_version_in_another_language_than_its_locale_is_named_and_tagged_in_it():
    """(A release written in French, built as it is into the English source locale: its
    page at ../en/ is the French version.)"""
    context = PageContext("ja", "ltr", "g", versions=("en", "ja"), default_version="en",
                          version_languages=(("en", "fr"),))
    doc = lxml.html.document_fromstring(release_page(load_release(SAMPLE), context))
    assert [(link.get("hreflang"), link.get("href")) for link in doc.iter("link")] == [
        ("fr", "../en/japan-kyrgyz-fm-meeting-2022.html"),
        ("ja", "../ja/japan-kyrgyz-fm-meeting-2022.html"),
        ("x-default", "../en/japan-kyrgyz-fm-meeting-2022.html")]
    names = [(e.get("hreflang"), e.get("lang"), e.text)
             for e in doc.find_class("versions")[0].iter("a", "span")]
    assert names == [("fr", "fr", "français"), (None, None, "日本語")]
    # on its own page, whose nav is in the locale's language, its name is marked
    own = lxml.html.document_fromstring(release_page(load_release(SAMPLE), replace(
        context, locale="en", language="fr")))
    assert [(e.get("lang"), e.text) for e in own.find_class("versions")[0].iter("span")] \
        == [("fr", "français")]


# A page's lang and its XML's xml:lang are BCP 47 (the schema's xs:language): a catalog
# folder named as gettext names it (`sr@latin`) wrote xml:lang="sr@latin", which failed
# the schema, and a lang HTML ignores.
@pytest.mark.parametrize(("locale", "tag"), [
    ("ja", "ja"), ("pt_BR", "pt-BR"), ("zh_Hant_TW", "zh-Hant-TW"), ("en-XA", "en-XA"),
    ("sr@latin", "sr-Latn"), ("sr_RS@latin", "sr-Latn-RS"), ("uz_Cyrl@cyrillic", "uz-Cyrl"),
    ("be@latin", "be-Latn"), ("ca@valencia", "ca"), ("ja_JP.UTF-8", "ja-JP"),
])
def test_html_lang_is_bcp47(locale, tag):
    assert html_lang(locale) == tag

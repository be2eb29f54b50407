"""What a release page's head says of the page to search engines and to the sites it is
shared on: its description always, its NewsArticle data always, and, with a site-url,
its canonical address, Open Graph properties and Twitter card (absolute addresses
only). All of it made of the localised release, escaped, and inert in a script."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import replace
from pathlib import Path
from urllib.parse import urljoin

import lxml.html
import pytest
from build_support import RELEASE_ID, make_project
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from toolkit.cli.app import app
from toolkit.html_writer import (
    DESCRIPTION_LENGTH,
    IndexEntry,
    LocaleEntry,
    PageContext,
    _absolute,
    language_name,
    locale_index,
    og_locale,
    page_description,
    release_page,
    root_index,
    script_json,
    trimmed,
)
from toolkit.loader import load_release, parse_release
from toolkit.page_template import parse_template

SAMPLE = Path(__file__).parent.parent / "releases" / f"{RELEASE_ID}.xml"
SITE = "https://www.mofa.example/press/"
HOSTILE = '</script><script>alert(1)</script><!--<script>&amp;"\''


def release(body: str = "<p>First paragraph.</p>", *, subtitle: str = "", figure: str = "",
            title: str = "Title", publisher: str = "Ministry", lang: str = "en",
            subtitle_lang: str = ""):
    data = ('<release xmlns="https://ns.communique.dev/release/1" '
            f'xmlns:its="http://www.w3.org/2005/11/its" id="r" xml:lang="{lang}">'
            f'<meta><publisher>{publisher}</publisher><published><date value="2024-01-02" '
            'skeleton="yMMMMd">January 2, 2024</date></published></meta>'
            f'<title>{title}</title>'
            + (f'<subtitle{subtitle_lang and f" xml:lang={subtitle_lang!r}"}>{subtitle}'
               "</subtitle>" if subtitle else "")
            + f'{figure}<body>{body}</body></release>')
    return parse_release(data.encode())


def head(page: bytes) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(page).find("head")


def meta(doc: lxml.html.HtmlElement) -> list[tuple[str, str]]:
    """The head's description and social properties, in order, as (name, content)."""
    return [(e.get("name") or e.get("property"), e.get("content"))
            for e in doc.iter("meta") if e.get("content") is not None
            and (e.get("name") or e.get("property")) not in ("viewport", "generator")]


def data(doc: lxml.html.HtmlElement) -> dict:
    (script,) = doc.xpath("//script[@type='application/ld+json']")
    return json.loads(script.text)


# ---------------------------------------------------------------- description
def test_the_description_is_the_subtitle_as_plain_text():
    found = release(subtitle="Talks on the <number value='30'>30th</number>\n  anniversary")
    assert page_description(found) == ("Talks on the 30th anniversary", None)


def test_without_a_subtitle_it_is_the_first_paragraph_after_any_heading():
    found = release("<heading>Key facts</heading><p>  </p><p>The <em>ministers</em> met.</p>")
    assert page_description(found) == ("The ministers met.", None)


def test_a_translated_paragraph_is_preferred_to_a_subtitle_that_fell_back():
    found = release('<p xml:lang="en">Untranslated.</p><p>会談が行われた。</p>', lang="ja",
                    subtitle="Source words", subtitle_lang="en")
    assert found.subtitle is not None and found.subtitle.attrs  # (it fell back)
    assert page_description(found) == ("会談が行われた。", None)


def test_a_description_that_fell_back_says_its_language():
    found = release('<p xml:lang="en">Only the source text.</p>', lang="ja")
    assert page_description(found) == ("Only the source text.", "en")
    doc = head(release_page(found, PageContext("ja")))
    (description,) = doc.xpath("meta[@name='description']")
    assert description.get("lang") == "en" and description.get("content") == (
        "Only the source text.")


def test_a_release_with_no_text_to_sum_up_has_no_description():
    doc = head(release_page(release("<heading>Only a heading</heading>"), PageContext("en")))
    assert not doc.xpath("meta[@name='description']") and "description" not in data(doc)


# ---------------------------------------------------------------- trimming
def test_a_long_description_is_cut_at_a_word_with_an_ellipsis():
    text = " ".join(["diplomatic"] * 30)
    cut = trimmed(text)
    assert len(cut) <= DESCRIPTION_LENGTH and cut.endswith("diplomatic…")
    assert text.startswith(cut[:-1])


def test_a_description_cut_where_a_sentence_ends_takes_no_ellipsis():
    # "... met their targets.…": the ellipsis after a full stop said a sentence went on
    said = "The deficit fell to 2.1% of GDP in 2023, its second fall. Revenues rose by " \
           "GBP 4.6 billion to GBP 812 billion, and 14 of 20 departments met their targets"
    for first in (said + ".", said + '."', said + "!"):
        assert len(first) + len(" Households") > DESCRIPTION_LENGTH - 1
        for after in (" Households will benefit.", " “Good news,” she said."):
            assert trimmed(first + after * 5) == first
    assert trimmed("外務大臣は会談した。" * 15 + "G" * 20) == "外務大臣は会談した。" * 15
    # a full stop that may end an abbreviation, an initial or an ordinal (the sentence may
    # go on), or a stop that a small letter or a digit follows, keeps the ellipsis
    for word, then in (("Dr.", "Smith"), ("U.S.", "Treasury"), ("J.", "Smith"), ("3.", "März"),
                       ("Prof.", "Lee"), ("fall.", "rose"), ("approx.", "5"), ("2023.", "9")):
        pad = ("ab " * 80)[:DESCRIPTION_LENGTH - 2 - len(f" said {word}")].strip() + "c"
        text = f"{pad} said {word} {then} and others too"  # (the cut: right after word)
        assert trimmed(text) == f"{pad} said {word}…", word


def test_a_description_is_cut_after_a_whole_word_where_a_space_is_at_its_half():
    # the space right at the half was taken for none, and the next word cut in two
    text = "x" * (DESCRIPTION_LENGTH // 2) + " " + "y" * 200
    assert trimmed(text) == "x" * (DESCRIPTION_LENGTH // 2) + "…"
    text = "ü" * (DESCRIPTION_LENGTH // 2) + " " + "y" * 200
    assert trimmed(text) == "ü" * (DESCRIPTION_LENGTH // 2) + "…"


def test_japanese_is_cut_between_characters_where_a_line_may_break():
    text = "外務大臣は、キルギス共和国の外務大臣と会談した。" * 10
    cut = trimmed(text)
    assert len(cut) == DESCRIPTION_LENGTH and text.startswith(cut[:-1])
    # never before a closing mark or a small kana (kinsoku), never after an opening one
    assert text[len(cut) - 1] not in "、。ッ" and cut[-2] not in "「（"


@pytest.mark.parametrize("unit", ["e\u0301", "\U0001f469\u200d\U0001f52c",
                                  "\U0001f1ef\U0001f1f5", "\u1100\u1161\u11a8",
                                  "\U0001f44d\U0001f3fd", "\u2764\ufe0f"])
def test_a_character_of_several_code_points_is_never_split(unit):
    text = unit * 200  # no space, no ideograph: the cut is between two characters
    cut = trimmed(text)[:-1]
    assert len(cut) % len(unit) == 0 and cut == unit * (len(cut) // len(unit))


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=400))
def test_trimming_keeps_a_prefix_whole_characters_and_the_limit(text):
    text = " ".join(text.split())
    cut = trimmed(text)
    assert len(cut) <= DESCRIPTION_LENGTH
    if cut != text:
        # an ellipsis, unless the cut is after a sentence's stop
        kept = cut[:-1] if cut.endswith("…") else cut
        assert text.startswith(kept) and (kept != cut or kept.rstrip("\"'”’»)]」』）】")[-1]
                                          in ".!?。！？")
        if kept:  # what follows the cut is no combining mark of its last character
            assert unicodedata.category(text[len(kept)]) not in ("Mn", "Mc", "Me")


# ---------------------------------------------------------------- og:locale
@pytest.mark.parametrize(("tag", "expected"), [
    ("ja", "ja_JP"), ("en", "en_US"), ("pt_BR", "pt_BR"), ("pt-BR", "pt_BR"),
    ("ar-EG", "ar_EG"), ("sr@latin", "sr_RS"), ("zh_Hant", "zh_TW"), ("ky", "ky_KG"),
    ("not a tag", None)])
def test_og_locale_is_language_and_territory_by_cldr_likely_subtags(tag, expected):
    assert og_locale(tag) == expected


@pytest.mark.parametrize(("tag", "expected"), [
    ("iw", "he_IL"), ("iw-IL", "he_IL"), ("in", "id_ID"), ("ji", "yi_UA"),
    ("mo", "ro_RO"), ("sh", "sr_RS"), ("no", "nb_NO"), ("no-NO", "nb_NO"),
    ("nb", "nb_NO"), ("nn", "nn_NO"), ("de-DD", "de_DE"), ("es-419", "es_LA"),
    ("es_419", "es_LA")])
def test_og_locale_writes_a_retired_code_as_its_current_one(tag, expected):
    """Open Graph's readers (Facebook) know he_IL, nb_NO and es_LA, not the retired iw,
    in, ji, mo, the Norwegian macrolanguage or a tag's region as it is (CLDR's aliases);
    Latin American Spanish is es_LA to them."""
    assert og_locale(tag) == expected


@pytest.mark.parametrize(("tag", "expected"), [
    ("ar", "ar_AR"), ("ar-001", "ar_AR"), ("ar_001", "ar_AR"), ("es-419", "es_LA"),
    # a country's Arabic or Spanish is that country's
    ("ar-SA", "ar_SA"), ("es-MX", "es_MX"), ("es", "es_ES"), ("ar-XB", None)])
def test_og_locale_is_facebooks_umbrella_for_arabic_and_latin_american_spanish(
        tag, expected):
    """Facebook's two locales not made of ISO codes: ar_AR, the Arabic of every Arab
    reader (an `ar` page gave ar_EG, CLDR's likely territory: Egypt's, which no Arabic
    page without a region is), and es_LA. Arabic for the world (ar-001, CLDR's Modern
    Standard Arabic) is that umbrella too."""
    assert og_locale(tag) == expected


@pytest.mark.parametrize("tag", ["en-001", "fr-150", "pt-419", "en-CS"])
def test_og_locale_is_left_out_where_no_language_territory_code_exists(tag):
    """A region that is no country (the world, Europe, Latin America but for Spanish), or
    a retired one that is now several: no territory of its own, and its language's
    likely one would be a wrong one."""
    assert og_locale(tag) is None


# ---------------------------------------------------------------- with and without site-url
def test_without_a_site_url_a_page_says_nothing_that_needs_an_address():
    doc = head(release_page(load_release(SAMPLE), PageContext("en")))
    assert [name for name, _ in meta(doc)] == ["description"]
    assert not doc.xpath("link[@rel='canonical']")
    assert data(doc) == {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": "Foreign Ministers of Japan and the Kyrgyz Republic Meet in Tokyo",
        "description": "Talks on the 30th anniversary of diplomatic relations",
        "datePublished": "2022-12-24T17:00:00+09:00", "inLanguage": "en",  # (its embargo)
        "publisher": {"@type": "Organization", "name": "Ministry of Foreign Affairs of Japan"}}


def test_with_a_site_url_a_page_has_its_canonical_address_and_open_graph():
    context = PageContext("ja", site_url=SITE, versions=("en", "ja", "ar"),
                          default_version="en")
    doc = head(release_page(load_release(SAMPLE), context))
    url = f"{SITE}ja/{RELEASE_ID}.html"
    image = f"{SITE}ja/images/2022-12-24-handshake.jpg"  # (relative to the page, as shown)
    assert doc.xpath("link[@rel='canonical']/@href") == [url]
    found = meta(doc)
    assert found[1:6] == [
        ("og:type", "article"),
        ("og:title", "Foreign Ministers of Japan and the Kyrgyz Republic Meet in Tokyo"),
        ("og:description", "Talks on the 30th anniversary of diplomatic relations"),
        ("og:url", url), ("og:locale", "ja_JP")]
    assert found[6:] == [
        ("og:locale:alternate", "en_US"), ("og:locale:alternate", "ar_AR"),
        ("og:image", image),
        ("og:image:alt", "The two foreign ministers shake hands in front of the national "
                         "flags of both countries"),
        ("article:published_time", "2022-12-24T17:00:00+09:00"),
        ("twitter:card", "summary_large_image")]
    linked = data(doc)
    assert linked["url"] == linked["mainEntityOfPage"] == url and linked["image"] == [image]
    assert linked["inLanguage"] == "ja"


@pytest.mark.parametrize(("embargo", "published"), [
    ("2022-12-24T17:00:00+09:00", "2022-12-24T17:00:00+09:00"),  # the sample's: later
    ("2022-12-24T08:00:00.123456Z", "2022-12-24T08:00:00.123Z"),  # as HTML writes it
    ("2022-12-24T09:00:00+09:00", "2022-12-24"),  # midnight UTC: the date says it all
    ("2022-12-23T17:00:00+09:00", "2022-12-24"),  # lifted before its date
    ("2022-12-24T17:00:00", "2022-12-24")])  # no instant (no offset): none the feed reads
def test_an_embargoed_release_is_published_when_its_embargo_lifts(embargo, published):
    # The feed dates an entry by the embargo instant when it is later than the release's
    # date (at midnight UTC); the page said only the date, so its NewsArticle and Open
    # Graph data had it out before it could be read, and in no zone (search engines
    # then assume their own), disagreeing with the feed about the same page.
    sample = load_release(SAMPLE)
    sample = replace(sample, meta=replace(sample.meta, embargo=replace(
        sample.meta.embargo, value=embargo)))
    doc = head(release_page(sample, PageContext("en", site_url=SITE)))
    assert data(doc)["datePublished"] == published
    assert dict(meta(doc))["article:published_time"] == published


def test_with_a_site_url_the_language_versions_are_linked_at_their_full_address():
    """Search engines take an hreflang alternate only at its full address (Google: "the
    alternate URL must be fully-qualified"), as the sitemap lists it; the nav a reader
    follows keeps the address beside the page, so the build folder browses anywhere."""
    context = PageContext("ja", site_url=SITE, versions=("en", "ja", "pt_BR"),
                          default_version="en")
    doc = lxml.html.document_fromstring(release_page(load_release(SAMPLE), context))
    alternates = [(link.get("hreflang"), link.get("href"))
                  for link in doc.find("head").iter("link") if link.get("hreflang")]
    assert alternates == [("en", f"{SITE}en/{RELEASE_ID}.html"),
                          ("ja", f"{SITE}ja/{RELEASE_ID}.html"),
                          ("pt-BR", f"{SITE}pt_BR/{RELEASE_ID}.html"),
                          ("x-default", f"{SITE}en/{RELEASE_ID}.html")]
    # its own among them is the page's canonical address, to the byte
    assert doc.xpath("//link[@rel='canonical']/@href") == [alternates[1][1]]
    assert doc.xpath("//ul[@class='versions']//a/@href") == [
        f"../en/{RELEASE_ID}.html", f"../pt_BR/{RELEASE_ID}.html"]
    # without one, beside the page, as before
    plain = lxml.html.document_fromstring(release_page(load_release(SAMPLE), replace(
        context, site_url=None)))
    assert plain.xpath("//head/link[@hreflang='ja']/@href") == [f"../ja/{RELEASE_ID}.html"]


@pytest.mark.parametrize(("src", "expected"), [
    ("/assets/a.jpg", "https://www.mofa.example/assets/a.jpg"),
    ("https://cdn.example/a b.jpg", "https://cdn.example/a%20b.jpg"),
    ("写真/握手.jpg", f"{SITE}en/%E5%86%99%E7%9C%9F/%E6%8F%A1%E6%89%8B.jpg")])
def test_the_shared_image_is_the_first_figure_shown_made_absolute(src, expected):
    figures = (f'<figure src="javascript:alert(1)"><alt>no</alt></figure>'
               f'<figure src="{src}"><alt>Hands</alt></figure>')
    doc = head(release_page(release(figure=figures), PageContext("en", site_url=SITE)))
    assert ("og:image", expected) in meta(doc) and ("og:image:alt", "Hands") in meta(doc)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["a", ".", "..", "/", "?", "#", ":", "b.jpg", "%20", "\\",
                                 "https://x.example/", "http:", "é"]), max_size=8).map("".join))
def test_an_image_address_is_made_absolute_as_urljoin_makes_it(src):
    page = f"{SITE}ja/r.html"
    if src.startswith(("https://", "http://")):
        assert _absolute(src, page) == src  # (absolute already: as written)
    else:
        assert _absolute(src, page) == urljoin(page, src)


def test_a_page_with_no_image_has_the_small_card():
    doc = head(release_page(release(), PageContext("en", site_url=SITE)))
    names = [name for name, _ in meta(doc)]
    assert "og:image" not in names and ("twitter:card", "summary") in meta(doc)
    assert "image" not in data(doc)


def test_a_page_another_version_stands_for_names_no_alternates():
    context = PageContext("en", site_url=SITE, versions=("en", "ja"), alternates=False,
                          language="fr")
    found = meta(head(release_page(load_release(SAMPLE), context)))
    assert ("og:locale", "fr_FR") in found and not [
        name for name, _ in found if name == "og:locale:alternate"]


@pytest.mark.parametrize("locale", ["en_XA", "en-XA", "ar-XB", "ja_XC"])
def test_a_pseudo_page_is_kept_out_of_search_and_offered_for_no_sharing(locale):
    """A pseudo page is a layout test, no version for readers (`page_versions`): it says
    noindex, and, with a site-url as without, names no address of its own to be indexed
    or shared at (no canonical, Open Graph or Twitter card). Its og:locale would be no
    country's (XA, XB, XC are ISO 3166's codes for private use) or offer its pseudo
    text to its base language's readers. What it is in, its lang and inLanguage say."""
    context = PageContext(locale, versions=("en", locale, "ja"), alternates=False)
    page = release_page(load_release(SAMPLE), replace(context, site_url=SITE))
    assert page == release_page(load_release(SAMPLE), context)
    doc = head(page)
    assert meta(doc) == [("robots", "noindex"), ("description", "Talks on the 30th "
                                                 "anniversary of diplomatic relations")]
    assert not doc.xpath("link")  # no canonical, no alternates
    assert "url" not in data(doc) and data(doc)["inLanguage"] == locale.replace("_", "-")
    assert og_locale(locale) is None
    # its index page too; a real page says nothing of robots
    assert head(locale_index([], context)).xpath("meta[@name='robots']/@content") == [
        "noindex"]
    real = release_page(load_release(SAMPLE), PageContext("en", site_url=SITE))
    assert b"robots" not in real and b"noindex" not in locale_index([], PageContext("en"))


# ---------------------------------------------------------------- hostile text
def test_no_text_can_close_the_script_or_become_markup():
    found = release(f"<p>{escape(HOSTILE)}</p>", title=escape(HOSTILE),
                    publisher=escape(HOSTILE),
                    figure=f'<figure src="a.jpg"><alt>{escape(HOSTILE)}</alt></figure>')
    page = release_page(found, PageContext("en", site_url=SITE))
    doc = lxml.html.document_fromstring(page)
    (script,) = doc.iter("script")  # the page's data, and no other
    text = script.text
    assert "<" not in text and ">" not in text and "&" not in text
    linked = json.loads(text)
    assert linked["headline"] == linked["publisher"]["name"] == HOSTILE
    assert linked["description"] == HOSTILE
    # in attributes, as text: lxml reads back what was written
    assert ("og:title", HOSTILE) in meta(doc.find("head"))
    assert ("og:image:alt", HOSTILE) in meta(doc.find("head"))
    assert page.count(b"<script") == 1 and page.count(b"</script>") == 1


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def test_the_data_is_written_the_same_every_time():
    assert script_json({"b": "<&>", "a": [1, {"d": 1, "c": 2}]}) == (
        '{"a":[1,{"c":2,"d":1}],"b":"\\u003c\\u0026\\u003e"}')
    assert script_json(["\u2028\u2029"]) == '["\\u2028\\u2029"]'  # (old JavaScript)
    context = PageContext("ar", "rtl", site_url=SITE, versions=("en", "ar"))
    assert release_page(load_release(SAMPLE), context) == release_page(
        load_release(SAMPLE), context)


# ---------------------------------------------------------------- a site's template
TEMPLATE = """<!DOCTYPE html>
<html><head>
<title>Site</title>
<meta name="description" content="The ministry's site">
<link rel="canonical" href="https://www.mofa.example/">
<meta property="og:title" content="Ministry">
<meta property="og:image" content="https://www.mofa.example/logo.png">
<meta property="og:site_name" content="Ministry of Foreign Affairs">
<meta name="twitter:site" content="@mofa">
</head><body><main data-communique="release"></main></body></html>
"""


def test_a_templates_own_description_and_previews_give_way_on_release_pages():
    template = parse_template(TEMPLATE.encode(), "page.html")
    without = release_page(release(), PageContext("en", template=template)).decode()
    assert without.count('name="description"') == 1 and "The ministry's site" not in without
    assert '<meta property="og:title" content="Ministry">' in without  # (no address: kept)
    site = release_page(release(), PageContext("en", template=template, site_url=SITE))
    found = meta(head(site))
    assert [name for name, _ in found].count("og:title") == 1
    assert ("og:title", "Title") in found
    assert ("og:site_name", "Ministry of Foreign Affairs") in found  # (the site's: kept)
    assert ("twitter:site", "@mofa") in found
    assert ("og:image", "https://www.mofa.example/logo.png") not in found
    assert head(site).xpath("link[@rel='canonical']/@href") == [f"{SITE}en/r.html"]


def test_a_pseudo_page_leaves_out_the_templates_previews_canonical_and_robots():
    template = parse_template(TEMPLATE.replace(
        "<title>Site</title>", '<title>Site</title>\n<meta name="robots" content="index">\n'
        '<link rel="stylesheet" href="/site.css">').encode(), "page.html")
    for site_url in (None, SITE):
        context = PageContext("en-XA", template=template, site_url=site_url)
        for page in (release_page(release(), context), locale_index([], context)):
            doc = head(page)
            assert [name for name, _ in meta(doc)][:1] == ["robots"]
            assert doc.xpath("meta[@name='robots']/@content") == ["noindex"]
            assert not [name for name, _ in meta(doc)
                        if name.startswith(("og:", "twitter:", "article:"))]
            assert doc.xpath("link/@rel") == ["stylesheet"]  # (the site's own: kept)
            assert b"The ministry's site" not in page
    # a real page keeps the site's own (its robots, its og:site_name)
    found = meta(head(release_page(release(), PageContext("en", template=template,
                                                          site_url=SITE))))
    assert ("robots", "index") in found and ("og:site_name", "Ministry of Foreign "
                                                             "Affairs") in found


# ---------------------------------------------------------------- a build
def test_a_build_with_a_site_url_links_each_page_to_itself_and_holds_embargoed_ones(
        tmp_path, monkeypatch):
    root = make_project(tmp_path / "project", site_url=SITE)
    monkeypatch.chdir(root)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    result = CliRunner().invoke(app, ["build", "--locale", "ja", "--locale", "ar"])
    assert result.exit_code == 0, result.output
    page = (root / "build" / "ja" / f"{RELEASE_ID}.html").read_bytes()
    url = f"{SITE}ja/{RELEASE_ID}.html"
    assert head(page).xpath("link[@rel='canonical']/@href") == [url]
    assert ("og:locale:alternate", "ar_AR") in meta(head(page))
    # held (embargoed till 2022-12-24 17:00 in Tokyo): nothing of it anywhere
    result = CliRunner().invoke(app, ["build", "--locale", "ja", "--locale", "ar",
                                      "--as-of", "2022-12-24T16:59+09:00"])
    assert result.exit_code == 0, result.output
    for path in (root / "build").rglob("*"):
        if path.is_file() and path.suffix in (".html", ".xml"):
            text = path.read_text(encoding="utf-8")
            assert "外交関係樹立30周年" not in text and url not in text, path


def test_a_pseudo_locale_built_with_a_site_url_is_in_no_search_or_reader_listing(
        tmp_path, monkeypatch):
    """`communique pseudo --locale en-XA`, then `build --locale en-XA`, with a site-url:
    its pages say noindex and name no address of their own; the front page, the
    sitemap and the feeds, which readers and search engines start from, leave it out."""
    root = make_project(tmp_path / "project", site_url=SITE)
    monkeypatch.chdir(root)
    for step in (["extract"], ["pseudo", "--locale", "en-XA"], ["build"],
                 ["build", "--locale", "en-XA"]):
        result = CliRunner().invoke(app, step)
        assert result.exit_code == 0, (step, result.output)
    out = root / "build"
    for name in (f"{RELEASE_ID}.html", "index.html"):
        page = (out / "en-XA" / name).read_bytes()
        assert head(page).xpath("meta[@name='robots']/@content") == ["noindex"], name
        assert SITE.encode() not in page and b"og:" not in page and b"twitter:" not in page
    assert b"en-XA" not in (out / "index.html").read_bytes()
    assert not (out / "en-XA" / "feed.xml").exists()
    for listing in (out / "sitemap.xml", *out.glob("*/feed.xml")):
        assert b"en-XA" not in listing.read_bytes(), listing
    # (what the real pages say is as it was: an address of their own, no robots)
    ja = (out / "ja" / f"{RELEASE_ID}.html").read_bytes()
    assert b"robots" not in ja and head(ja).xpath("link[@rel='canonical']/@href") == [
        f"{SITE}ja/{RELEASE_ID}.html"]


# ---------------------------------------------------------------- a locale's index page
def test_with_a_site_url_an_index_page_has_its_address_and_the_other_locales_index_pages():
    context = PageContext("ja", site_url=SITE, versions=("en", "ja", "pt_BR"))
    doc = head(locale_index([], context))
    assert doc.xpath("link[@rel='canonical']/@href") == [f"{SITE}ja/index.html"]
    # (x-default: the front page, where readers choose their language)
    assert [(link.get("hreflang"), link.get("href")) for link in doc.iter("link")
            if link.get("hreflang")] == [
        ("en", f"{SITE}en/index.html"), ("ja", f"{SITE}ja/index.html"),
        ("pt-BR", f"{SITE}pt_BR/index.html"), ("x-default", f"{SITE}index.html")]
    # without a site-url, or on a pseudo-locale's, none of it
    for other in (replace(context, site_url=None), replace(context, locale="en-XA")):
        assert not head(locale_index([], other)).xpath("link[@rel!='alternate' or @hreflang]")


def test_an_index_pages_title_names_its_language_and_tells_it_from_the_front_page():
    """The front page and the source locale's index page were both "Press releases"."""
    assert head(locale_index([], PageContext("en"))).findtext("title") == \
        "Press releases (English)"
    assert head(locale_index([], PageContext("ja"))).findtext("title") == "報道発表 (日本語)"
    assert head(root_index([], PageContext("en"))).findtext("title") == "Press releases"
    # words that fell back to English name the language in English: one language
    title = head(locale_index([], PageContext("sw"))).find("title")
    assert (title.text, title.get("lang")) == ("Press releases (Swahili)", "en")


def test_an_index_page_is_described_by_its_newest_titles_in_its_language():
    entries = [IndexEntry("old", "Older  talks", "2022-01-05", "5 January 2022"),
               IndexEntry("new", "New talks", "2023-03-01", "1 March 2023"),
               IndexEntry("fb", "Fallen back", "2024-01-01", "1 January 2024", "en")]
    assert meta(head(locale_index(entries, PageContext("ar", "rtl")))) == [
        ("description", "New talks وOlder talks")]  # (CLDR's Arabic list; no fallback)
    many = [IndexEntry(f"r{n:02}", f"Release number {n:02} of the year", "2023-03-01",
                       "1 March 2023") for n in range(50)]
    ((_, text),) = meta(head(locale_index(many, PageContext("en"))))
    assert text.startswith("Release number 00 of the year, Release number 01")
    assert len(text) <= 160 and text.endswith("\u2026")
    # none in the page's language (or none at all): its title, marked as that is
    only = [IndexEntry("fb", "Fallen back", "2024-01-01", "1 January 2024", "en")]
    (described,) = head(locale_index(only, PageContext("ja"))).xpath("meta[@name='description']")
    assert (described.get("content"), described.get("lang")) == ("報道発表 (日本語)", None)
    (described,) = head(locale_index([], PageContext("sw"))).xpath("meta[@name='description']")
    assert (described.get("content"), described.get("lang")) == (
        "Press releases (Swahili)", "en")


def test_the_front_page_is_described_by_its_languages_in_its_own_language():
    front = [LocaleEntry("en", "English", "ltr", 1), LocaleEntry("ja", "日本語", "ltr", 1),
             LocaleEntry("pt_BR", "português (Brasil)", "ltr", 1)]
    assert meta(head(root_index(front, PageContext("ja")))) == [
        ("description", "報道発表 (英語、日本語、ポルトガル語 [ブラジル])")]
    (described,) = head(root_index(front, PageContext("sw"))).xpath(
        "meta[@name='description']")
    assert (described.get("content"), described.get("lang")) == (
        "Press releases (English, Japanese, and Portuguese [Brazil])", "en")


def test_a_regional_locales_name_in_brackets_does_not_nest_brackets():
    """The ro-MD index page read "Comunicate de presă (română (Republica Moldova))": a
    name in brackets has its region after CLDR's localeSeparator, in the page's language,
    and, among the front page's listed names, where a comma would be the list's, in
    square brackets (fullwidth where the language's brackets are)."""
    assert head(locale_index([], PageContext("ro-MD"))).findtext("title") == \
        "Comunicate de presă (română, Republica Moldova)"
    named = {locale: head(locale_index([], PageContext(locale))).findtext("title")
             .split(" (", 1)[1] for locale in ("ro", "pt-BR", "zh-TW", "ar-EG", "ja-JP")}
    assert named == {"ro": "română)", "pt-BR": "português, Brasil)", "zh-TW": "中文，台灣)",
                     "ar-EG": "العربية، مصر)", "ja-JP": "日本語、日本)"}
    # words that fell back to English: the English name, as unnested
    title = head(locale_index([], PageContext("sw-KE"))).find("title")
    assert (title.text, title.get("lang")) == ("Press releases (Swahili, Kenya)", "en")
    front = [LocaleEntry(locale, *language_name(locale), 1)
             for locale in ("ro", "ro-MD", "zh-TW", "ca-ES-valencia")]
    assert meta(head(root_index(front, PageContext("en")))) == [
        ("description", "Press releases (Romanian, Romanian [Moldova], Chinese [Taiwan], "
                        "and Catalan [Spain, Valencian])")]
    assert meta(head(root_index(front, PageContext("zh"))))[0][1].endswith(
        "罗马尼亚语［摩尔多瓦］、中文［台湾］和加泰罗尼亚语［西班牙，巴伦西亚文］)")
    # a name standing alone (the front page's rows, a page's language switcher) keeps
    # CLDR's brackets: nothing holds it
    assert language_name("ro-MD")[0] == "română (Republica Moldova)"


def test_with_a_site_url_the_front_page_has_its_address_and_is_the_indexes_x_default():
    """The front page, where readers choose their language, is the x-default of the
    locales' index pages (as search engines advise for such a page), and lists them as
    they list it: a cluster whose every page links every other, the sitemap too."""
    context = PageContext("en", site_url=SITE, versions=("en", "ja"))
    doc = head(root_index([], context))
    assert doc.xpath("link[@rel='canonical']/@href") == [f"{SITE}index.html"]
    expected = [("en", f"{SITE}en/index.html"), ("ja", f"{SITE}ja/index.html"),
                ("x-default", f"{SITE}index.html")]
    assert [(link.get("hreflang"), link.get("href")) for link in doc.iter("link")
            if link.get("hreflang")] == expected
    assert [(link.get("hreflang"), link.get("href"))
            for link in head(locale_index([], replace(context, locale="ja"))).iter("link")
            if link.get("hreflang")] == expected
    # one locale: its address alone; without a site-url, none
    assert not head(root_index([], replace(context, versions=("en",)))).xpath(
        "link[@hreflang]")
    assert not head(root_index([], replace(context, site_url=None))).xpath("link")


def test_an_index_page_alone_or_no_version_has_its_address_and_no_alternates():
    for versions in (("ja",), ("en", "ru")):
        doc = head(locale_index([], PageContext("ja", site_url=SITE, versions=versions,
                                                default_version="en")))
        assert doc.xpath("link[@rel='canonical']/@href") == [f"{SITE}ja/index.html"]
        assert not doc.xpath("link[@hreflang]")


def test_an_index_page_in_a_template_has_one_canonical_its_own():
    """A template's canonical is the same address on every page it writes (the site's
    home, here): on an index page with a site-url it gave a second, contradicting one.
    The page's own address wins, as on release pages and the front page; without a
    site-url, where the build says none, the template's stays."""
    template = parse_template(TEMPLATE.encode(), "page.html")
    context = PageContext("ja", template=template, site_url=SITE, versions=("en", "ja"))
    for page in (locale_index([], context), release_page(release(), context)):
        canonicals = head(page).xpath("link[@rel='canonical']/@href")
        assert len(canonicals) == 1 and canonicals[0].startswith(f"{SITE}ja/")
    assert head(locale_index([], replace(context, site_url=None))).xpath(
        "link[@rel='canonical']/@href") == ["https://www.mofa.example/"]
    assert head(root_index([], context)).xpath("link[@rel='canonical']/@href") == [
        f"{SITE}index.html"]
    assert head(root_index([], replace(context, site_url=None))).xpath(
        "link[@rel='canonical']/@href") == ["https://www.mofa.example/"]
    # the index keeps the rest of the template's head as written, less its description
    # (it says its own: one, in the page's language)
    for each in (context, replace(context, site_url=None)):
        for page in (locale_index([], each), root_index([], each)):
            found = meta(head(page))
            assert ("og:title", "Ministry") in found
            assert [name for name, _ in found].count("description") == 1
            assert ("description", "The ministry's site") not in found

"""A page read as the copied text of it is read: a web or e-mail address its paragraph
writes out is a link, a Japanese release's contact under its closing 以上 is kept, a
【問い合わせ先】 paragraph's <br> lines are its contact's lines, and a heading's own
numbering ("1　開催概要", "1. Overview") is no value (copied text makes such a line a
list's item, its numbering dropped)."""

from __future__ import annotations

import re

import pytest

from toolkit.model import Inline, Release, Segment, Span
from toolkit.vocabulary import ITS_TRANSLATE

from .pages import PROSE, page, read, texts

EN_TOP = f"<h1>Bridge opens</h1><p>March 3, 2025</p><p>{PROSE}</p>"
JA_HEAD = "<title>通行止めについて｜みなと県</title>"
JA_TOP = ("<h1>みなと大橋の通行止めについて</h1><p>令和7年3月3日</p>"
          "<p>みなと県は、みなと大橋を全面通行止めにします。</p>")
LINES = ["県土整備部道路維持課", "電話：098-866-2374", "FAX：098-866-2375",
         "メール：doro@pref.minato.example"]


def ja_page(body: str) -> Release:
    release, _ = read(page(JA_TOP + body, JA_HEAD, "ja"))
    return release


def links(content: tuple[Inline, ...]) -> list[tuple[str | None, str, str | None]]:
    return [(part.get("href"), part.text, part.get(ITS_TRANSLATE)) for part in content
            if isinstance(part, Span) and part.name == "link"]


def paragraph(release: Release, words: str) -> Segment:
    return next(s for s in release.body if isinstance(s, Segment) and words in s.text)


def test_an_address_a_pages_paragraph_writes_out_is_a_link_as_in_copied_text():
    release, _ = read(page(f"{EN_TOP}<p>For details contact the "
                           "press office on 020 7946 0000 or press@example.gov, or see "
                           "www.example.gov/bridge.</p>"))
    found = paragraph(release, "press office")
    assert links(found.content) == [("mailto:press@example.gov", "press@example.gov", "no"),
                                    ("https://www.example.gov/bridge", "www.example.gov/bridge",
                                     "no")]
    assert found.text.endswith("or see www.example.gov/bridge.")  # its full stop outside
    assert "020 7946 0000" in next(p for p in found.content if isinstance(p, str))


def test_an_address_in_japanese_text_ends_where_the_japanese_words_begin():
    release = ja_page("<p>連絡先はpress@x.exampleです。詳しくはhttps://x.example/aをご覧ください。</p>")
    assert links(paragraph(release, "連絡先").content) == [
        ("mailto:press@x.example", "press@x.example", "no"),
        ("https://x.example/a", "https://x.example/a", "no")]


def test_the_pages_own_link_is_kept_as_it_is_and_no_address_is_read_inside_it():
    release, _ = read(page(f"{EN_TOP}<p>Read the <a href="
                           '"https://example.gov/plan">plan at https://example.gov/plan</a>.</p>'))
    assert links(paragraph(release, "Read the").content) == [
        ("https://example.gov/plan", "plan at https://example.gov/plan", None)]


@pytest.mark.parametrize("label", ["<h2>【問い合わせ先】</h2>", "<p>【問い合わせ先】</p>",
                                   "<h3>（照会先）</h3>"])
def test_the_contact_under_the_closing_mark_is_kept(label):
    release = ja_page(f"<p>以上</p>{label}" + "".join(f"<p>{line}</p>" for line in LINES))
    shown = re.sub("<[^>]*>", "", label)
    assert texts(release)[1:] == [f"heading: {shown}", *(f"p: {line}" for line in LINES)]


def test_the_contact_under_the_closing_mark_ends_at_the_next_heading():
    release = ja_page("<p>以上</p><h2>【問い合わせ先】</h2><p>県土整備部道路維持課</p>"
                      "<h2>関連リンク</h2><p>みなと県の道路情報</p>")
    assert texts(release)[1:] == ["heading: 【問い合わせ先】", "p: 県土整備部道路維持課"]


def test_what_follows_the_closing_mark_without_a_contact_is_still_dropped():
    release = ja_page("<p>以上</p><p>このページの先頭へ</p><p>みなと県の道路情報</p>")
    assert texts(release) == ["p: みなと県は、みなと大橋を全面通行止めにします。"]


@pytest.mark.parametrize("closing", ["", "<p>以上</p>"])
def test_a_contact_paragraphs_br_lines_are_its_lines(closing):
    release = ja_page(f"{closing}<p>【問い合わせ先】<br>" + "<br>".join(LINES) + "</p>")
    assert texts(release)[1:] == ["heading: 【問い合わせ先】", *(f"p: {line}" for line in LINES)]
    assert links(release.body[-1].content) == [  # type: ignore[union-attr]
        ("mailto:doro@pref.minato.example", "doro@pref.minato.example", "no")]


def heading(release: Release) -> Segment:
    return next(s for s in release.body if isinstance(s, Segment) and s.name == "heading")


@pytest.mark.parametrize("title", ["1　開催概要", "（1）開催概要", "(2) 開催概要"])
def test_a_headings_own_numbering_is_no_value_on_a_page(title):
    found = heading(ja_page(f"<h2>{title}</h2><p>開催日は令和7年4月1日です。</p>"))
    assert found.content == (title,)


@pytest.mark.parametrize("title", ["1. Overview", "2) Timetable"])
def test_an_english_headings_own_numbering_is_no_value(title):
    release, _ = read(page(f"{EN_TOP}<h2>{title}</h2><p>{PROSE}</p>"))
    assert heading(release).content == (title,)


def test_a_number_a_heading_states_is_still_one():
    release, _ = read(page(f"{EN_TOP}<h2>2. 250 buses a day</h2>"
                           f"<p>{PROSE}</p>"))
    assert [p.name for p in heading(release).content if isinstance(p, Span)] == ["number"]


def test_a_date_opening_a_german_heading_stays_a_date():
    release, _ = read(page("<h1>Brücke eröffnet</h1><p>Berlin, 3. März 2025</p><p>Die Stadt "
                           "hat die neue Brücke am Montag eröffnet, nach zwei Jahren Bauzeit "
                           "und vielen Umleitungen.</p><h2>4. März: Eröffnung</h2><p>Die "
                           "Busse fahren ab Dienstag über die Brücke.</p>",
                           "<title>Brücke | Stadt Beispiel</title>", "de"))
    assert [p.name for p in heading(release).content if isinstance(p, Span)] == ["date"]



DE_TOP = ("<h1>Rückruf von Hähnchenbrust</h1><p>Bonn, 3. März 2025</p><p>Das Bundesamt "
          "informiert über einen Rückruf, der mehrere tausend Packungen betrifft.</p>")
DE_HEAD = "<title>Rückruf - Bundesamt für Verbraucherschutz</title>"


@pytest.mark.parametrize("label", ["<h2>Pressekontakt</h2>", "<h2>Pressekontakt:</h2>",
                                   "<p><strong>Rückfragen bitte an:</strong></p>",
                                   "<h3>Ansprechpartner</h3>"])
def test_an_offices_contact_under_its_heading_keeps_its_br_lines_apart(label):
    # An office's own page, no wire's: run together, the lines read as one sentence
    # ("Pressestelle Dr. Max Mustermann Tel.: ...") and the name runs into "Tel".
    release, _ = read(page(
        DE_TOP + label + "<p>Pressestelle<br>Dr. Max Mustermann<br>Tel.: +49 228 99 123-456"
        "<br>presse@bvs.example.de</p>", DE_HEAD, "de"))
    assert texts(release)[-4:] == ["p: Pressestelle", "p: Dr. Max Mustermann",
                                   "p: Tel.: +49 228 99 123-456", "p: presse@bvs.example.de"]


def test_an_offices_name_set_over_two_lines_under_a_contact_label_stays_one_paragraph():
    # No line of it is a contact's detail (a number, an address): one name, as printed.
    release, _ = read(page(
        DE_TOP + "<p><strong>Rückfragen bitte an:</strong></p><p>Polizeipräsidium "
        "Rheinfeld<br>Pressestelle</p>", DE_HEAD, "de"))
    assert texts(release)[-1] == "p: Polizeipräsidium Rheinfeld Pressestelle"


def test_a_pages_link_showing_its_own_address_is_not_translated_as_a_written_out_one():
    release, _ = read(page(
        EN_TOP + '<p>Write to <a href="mailto:press@example.gov">press@example.gov</a>, '
        'see <a href="https://www.example.gov/bridge/">www.example.gov/bridge</a> or '
        '<a href="https://www.example.gov/x">our page</a>.</p>'
        '<p><a href="mailto:press@example.gov">press@example.gov</a></p>'))
    assert links(paragraph(release, "Write to").content) == [
        ("mailto:press@example.gov", "press@example.gov", "no"),
        ("https://www.example.gov/bridge/", "www.example.gov/bridge", "no"),
        ("https://www.example.gov/x", "our page", None)]  # its words are translated
    # A line that is the address alone has nothing to translate.
    alone = [s for s in release.body if isinstance(s, Segment) and s.text == "press@example.gov"]
    assert [s.get(ITS_TRANSLATE) for s in alone] == ["no"]

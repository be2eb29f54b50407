"""Page shapes the held-out HTML pages showed (tests/fixtures/normalize-heldout-html/):
the article found by where the prose is, the date block, labels above the title, lists
of other news, layout tables, bold headings, kickers and credit lines."""

from __future__ import annotations

import datetime as dt

from toolkit.normalize import Options, normalize

from .pages import page, read, texts

PROSE = ("The council opened the new bridge on Monday after two years of work, and the first "
         "buses crossed it in the afternoon. ")


def test_the_article_is_the_closest_element_around_the_h1_holding_most_prose():
    # "newsroom-article" names a content element, but it also holds a sidebar of the
    # site's; the column around the h1 holds the release's prose.
    release, _ = read(page(
        "<div class='container newsroom-article'><div class='col-8'><h1>Bridge opens</h1>"
        f"<p>May 6, 2024</p><p>{PROSE}</p><p>{PROSE}</p></div>"
        "<div class='col-4'><h4>Subscribe to our news</h4><p>Get our news by e-mail.</p>"
        "</div></div>"))
    assert texts(release) == [f"p: {PROSE.strip()}"] * 2


def test_a_header_around_the_h1_is_not_the_article():
    release, _ = read(page(
        "<article><header class='entry-header'><h1>Bridge opens</h1></header>"
        f"<p>May 6, 2024</p><div class='entry-content'><p>{PROSE}</p></div></article>"))
    assert texts(release) == [f"p: {PROSE.strip()}"]


def test_a_date_block_gives_the_date_and_its_byline_and_labels_are_dropped():
    release, report = read(page(
        "<article><h1>Bridge opens</h1><div class='entry-meta'><span>Published "
        "<time datetime='2024-05-06'>May 6, 2024</time></span> <span>by the Press Team"
        f"</span></div><p>{PROSE}</p></article>"))
    assert release.meta.published.get("value") == "2024-05-06"
    assert texts(release) == [f"p: {PROSE.strip()}"]
    assert any(g.what == "date" and "by the Press Team" in g.rule for g in report.guesses)


def test_a_from_label_in_the_date_block_names_the_publisher():
    release, _ = read(page(
        "<main><h1>Bridge opens</h1><dl><dt>From:</dt><dd><a href='/dept'>Department for "
        "Bridges</a> and <a href='/people/x'>Jo Smith MP</a></dd><dt>Published</dt>"
        f"<dd>6 May 2024</dd></dl><p>{PROSE}</p></main>"))
    assert release.meta.publisher.text == "Department for Bridges"
    assert release.meta.published.get("value") == "2024-05-06"


def test_a_block_with_a_sentence_is_no_date_block():
    release, _ = read(page("<main><h1>Bridge opens</h1><div><p>May 6, 2024</p>"
                           f"<p>{PROSE}</p></div></main>"))
    assert texts(release) == [f"p: {PROSE.strip()}"]


def test_labels_above_the_h1_are_dropped_and_the_date_line_still_read():
    release, _ = read(page(
        "<main><p>Press release</p><p>May 6, 2024</p><h1>Bridge opens</h1>"
        f"<p>{PROSE}</p></main>"))
    assert release.meta.published.get("value") == "2024-05-06"
    assert texts(release) == [f"p: {PROSE.strip()}"]


def test_a_heading_of_other_news_ends_the_release():
    release, _ = read(page(
        f"<main><h1>Bridge opens</h1><p>May 6, 2024</p><p>{PROSE}</p>"
        "<div><h3>Latest news</h3><ul><li><a href='/a'>Road works on Elm Street</a></li>"
        "</ul></div></main>"))
    assert texts(release) == [f"p: {PROSE.strip()}"]


def test_a_layout_table_is_read_as_the_blocks_of_its_cells():
    release, _ = read(page(
        "<table class='main'><tr><td><h1>Bridge opens</h1><p>May 6, 2024</p>"
        f"<p>{PROSE}</p><p><strong>Next steps</strong></p><p>{PROSE}</p></td></tr></table>"))
    assert texts(release) == [f"p: {PROSE.strip()}", "heading: Next steps",
                              f"p: {PROSE.strip()}"]


def test_a_bold_sentence_stays_a_paragraph():
    release, _ = read(page(
        f"<main><h1>Bridge opens</h1><p>May 6, 2024</p><p><strong>It is open.</strong></p>"
        f"<p>{PROSE}</p></main>"))
    assert texts(release)[0] == "p: It is open."


def test_a_kicker_inside_the_h1_is_not_the_title():
    release, _ = read(page(
        "<main><h1><span class='subtitle'>Transport</span> Bridge opens</h1>"
        f"<p>May 6, 2024</p><p>{PROSE}</p></main>"))
    assert release.title.text == "Bridge opens"


def test_a_credit_line_under_a_photo_is_its_caption():
    release, _ = read(page(
        "<main><h1>Bridge opens</h1><p>May 6, 2024</p><div><img src='b.jpg' alt='The "
        f"bridge'><p>Photo: Example Council</p></div><p>{PROSE}</p></main>"))
    assert [f.caption.text for f in release.figures if f.caption] == ["Photo: Example Council"]
    assert texts(release) == [f"p: {PROSE.strip()}"]


def test_the_site_tools_and_update_stamp_at_the_end_are_dropped():
    release, _ = read(page(
        f"<main><h1>Bridge opens</h1><p>May 6, 2024</p><p>{PROSE}</p><p>{PROSE}</p>"
        "<p><a href='?print=1'>Print</a> | <a href='/share'>Share on Facebook</a></p>"
        "<p>Page last updated: 6 May 2024</p></main>"))
    assert texts(release) == [f"p: {PROSE.strip()}"] * 2


def test_a_copyright_year_after_the_owner_is_no_part_of_the_publisher():
    release, _ = read(page(
        f"<main><h1>Bridge opens</h1><p>May 6, 2024</p><p>{PROSE}</p></main>"
        "<footer><p>© Example Council 2024</p></footer>", head="<title>Bridge opens</title>"))
    assert release.meta.publisher.text == "Example Council"


def test_without_an_h1_the_title_is_the_title_block_above_the_prose():
    # zh-central-ministry-html's shape: no h1, a document table above, the title in a
    # div classed "pages-title", the date line sharing its line with the page controls.
    release, _ = read(page(
        "<div class='xxgk'><table><tr><td>Index no.:</td><td>0001/2024</td>"
        "<td>Written:</td><td>May 2, 2024</td></tr></table></div>"
        "<div class='content_box'><div class='pages-title'>Bridge opens to buses</div>"
        "<div class='pages-date'>May 6, 2024 Source: Roads Office "
        "<span class='font'>Size: <a href='javascript:z(18)'>L</a> "
        "<a href='javascript:z(14)'>S</a></span>"
        "<span><a href='javascript:window.print()'>Print</a></span></div>"
        f"<div class='pages_content'><p>{PROSE}</p><p>{PROSE}</p></div></div>"))
    assert release.title.text == "Bridge opens to buses"
    assert release.meta.published.get("value") == "2024-05-06"
    assert texts(release) == [f"p: {PROSE.strip()}"] * 2


def test_a_subtitle_or_linked_title_is_no_title_block():
    # Neither a subtitle nor a list of links to other pages titles the page: its
    # <title> does.
    release, _ = read(page(
        "<p>May 6, 2024</p><ul class='news-list'><li class='item-title'>"
        "<a href='/a'>Other news</a></li></ul>"
        "<div class='subtitle'>Roads</div>"
        f"<div class='body'><p>{PROSE}</p><p>{PROSE}</p></div>"))
    assert release.title.text == "Bridge opens"


def test_the_site_names_the_publisher_before_the_copyright_owner():
    # en-us-state-release-html, fr-agence-onu-html: the copyright names the legal owner
    # (the state, the parent body), the site's own name the office that publishes.
    body = (f"<h1>Bridge opens</h1><p>May 6, 2024</p><p>{PROSE}</p>"
            "<footer><p>Copyright © 2024 State of Westland</p></footer>")
    release, _ = read(page(body, "<title>Bridge opens | Office of the Governor</title>"))
    assert release.meta.publisher.text == "Office of the Governor"
    release, _ = read(page(body, "<title>Bridge opens</title>"
                                 "<meta property='og:site_name' content='Roads Agency'>"))
    assert release.meta.publisher.text == "Roads Agency"
    release, _ = read(page(body, "<title>Bridge opens</title>"))
    assert release.meta.publisher.text == "State of Westland"


def test_a_title_tail_naming_a_news_section_names_its_organisation():
    release, _ = read(page(f"<h1>Bridge opens</h1><p>May 6, 2024</p><p>{PROSE}</p>",
                           "<title>Bridge opens - Lakeshore Zoo Newsroom</title>"))
    assert release.meta.publisher.text == "Lakeshore Zoo"


def test_a_page_that_names_no_language_is_guessed_from_its_words_not_taken_for_english():
    # No lang attribute and no date line to name one (an e-mail's HTML part, a page
    # dated by --date): the words decide, as in copied text, and the date is written so.
    html = ("<html><head><title>Neue Förderung für Radwege</title></head><body>"
            "<h1>Neue Förderung für Radwege</h1><p>Der Bund stellt in diesem Jahr 500 "
            "Millionen Euro für Radwege bereit. Das ist mehr als im Vorjahr und die Länder "
            "können die Mittel ab sofort beantragen.</p><p>Die Förderung ist nicht an neue "
            "Bedingungen geknüpft, sagte der Minister mit Blick auf die Kommunen.</p>"
            "</body></html>").encode()
    result = normalize(html, "page.html", Options(date=dt.date(2025, 3, 18), publisher="BMDV"))
    assert result.release.lang == "de"
    assert result.release.meta.published.text == "18. März 2025"
    assert [g.value for g in result.report.guesses if g.what == "lang"] == ["de"]


def test_a_copyright_owner_ends_at_its_all_rights_reserved_whatever_follows():
    # A Romanian ministry's footer: the owner, "all rights reserved" in Romanian, then its
    # address; the whole line was the publisher.
    release, _ = read(page(
        f"<main><h1>Bridge opens</h1><p>May 6, 2024</p><p>{PROSE}</p></main>"
        "<footer><p>© 2024 Ministerul Afacerilor Externe. Toate drepturile rezervate. "
        "Aleea Alexandru nr. 31, București</p></footer>",
        head="<title>Bridge opens</title>"))
    assert release.meta.publisher.text == "Ministerul Afacerilor Externe"

"""Pages: the article kept, the site's chrome dropped, inline markup mapped."""

from __future__ import annotations

import datetime as dt

import pytest

from toolkit.errors import InputError
from toolkit.model import ListBlock, Segment, Span
from toolkit.normalize import Options, normalize
from toolkit.release_checks import check_addresses

from .pages import texts


def page(body: str, head: str = "<title>A Title | Example Ministry</title>",
         lang: str = "en") -> bytes:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head>'
            f"<body>{body}</body></html>").encode()


ARTICLE = ("<main><h1>A Title</h1><p class='date'>December 24, 2022</p>{}</main>")


def blocks(data: bytes):
    result = normalize(data, "page.html")
    return result.release, result.report


def test_chrome_is_dropped_and_the_article_kept():
    body = (
        "<div class='cookie-banner'><p>We use cookies.</p><button>OK</button></div>"
        "<header><nav><a href='/'>Home</a></nav></header>"
        + ARTICLE.format(
            "<script>alert('x')</script><style>p{}</style>"
            "<div class='share'><a href='https://x.example'>Share</a></div>"
            "<p>The only paragraph.</p><aside><p>Sidebar text.</p></aside>"
            "<noscript><p>Enable JavaScript.</p></noscript>")
        + "<footer><p>© Example Ministry</p></footer>")
    release, report = blocks(page(body))
    assert [b.text for b in release.body] == ["The only paragraph."]  # type: ignore[union-attr]
    dropped = [g.value for g in report.guesses if g.what == "dropped"]
    assert dropped and "div.share" in dropped[0] and "script" in dropped[0]


def test_inline_markup_is_mapped_and_unsafe_links_unwrapped():
    release, _ = blocks(page(ARTICLE.format(
        "<p><i>Italic</i>, <b>bold</b>, <em>em</em>, <strong>strong</strong>, "
        "<a href='/x.html'>a link</a>, <a href='javascript:void(0)'>no link</a>, "
        "<abbr title='Official Development Assistance'>ODA</abbr>, <span>plain</span>"
        "<sup>1</sup>.</p>")))
    paragraph = release.body[0]
    assert isinstance(paragraph, Segment)
    spans = [(p.name, p.attrs, p.text) for p in paragraph.content if isinstance(p, Span)]
    assert spans == [
        ("em", (), "Italic"), ("strong", (), "bold"), ("em", (), "em"),
        ("strong", (), "strong"), ("link", (("href", "/x.html"),), "a link"),
        ("abbr", (("title", "Official Development Assistance"),), "ODA")]
    assert "no link" in paragraph.text and "plain1." in paragraph.text


def test_a_release_keeps_only_the_links_its_pages_publish():
    # What validate would refuse as address-scheme never reaches the release: the text of
    # such a link stays, without it; a scheme-relative address is read as https.
    release, _ = blocks(page(ARTICLE.format(
        "<p>Call <a href='tel:+33143175353'>+33 1 43 17 53 53</a>, see "
        "<a href='//cdn.example.org/r.pdf'>the report</a> or "
        "<a href='ftp://files.example.org/r.pdf'>the archive</a>.</p>")))
    paragraph = release.body[0]
    assert isinstance(paragraph, Segment)
    links = [(p.get("href"), p.text) for p in paragraph.content if isinstance(p, Span)
             and p.name == "link"]
    assert links == [("tel:+33143175353", "+33 1 43 17 53 53"),
                     ("https://cdn.example.org/r.pdf", "the report")]
    assert "the archive." in paragraph.text


@pytest.mark.parametrize(("href", "kept"), [
    ("/ /press/2022.html", "/ /press/2022.html"),  # a path: a browser keeps the space
    ("/&#9;/cdn.example.org/r.pdf", "https://cdn.example.org/r.pdf"),  # //cdn...
    ("https://example.org/a-long/&#10;address.pdf", "https://example.org/a-long/address.pdf"),
])
def test_a_links_address_is_read_as_a_browser_reads_it(href, kept):
    # "/ /press/..." was taken for //press (another host) and its link dropped; a tab or
    # line break inside is dropped by browsers, so /<tab>/cdn... is //cdn..., on https.
    release, _ = blocks(page(ARTICLE.format(f"<p>See <a href='{href}'>the report</a>.</p>")))
    paragraph = release.body[0]
    assert isinstance(paragraph, Segment)
    assert [p.get("href") for p in paragraph.content if isinstance(p, Span)] == [kept]
    assert not list(check_addresses(release, "r.xml"))


def test_a_link_to_a_place_in_the_page_is_text_and_reported():
    # The release has no anchors (its blocks have no ids): "#fares" would lead nowhere
    # on the built page, as a Word document's link to one of its bookmarks would.
    release, report = blocks(page(ARTICLE.format(
        "<p>See <a href='#fares'>the fares</a>, <a href=' #'>the top</a> and <a href="
        "'/press/2022.html#fares'>last year's</a>.</p>")))
    paragraph = release.body[0]
    assert isinstance(paragraph, Segment)
    assert [p.get("href") for p in paragraph.content if isinstance(p, Span)] == [
        "/press/2022.html#fares"]
    assert paragraph.text == "See the fares, the top and last year's."
    assert [(g.value, g.line) for g in report.guesses if g.what == "dropped"
            and g.rule.startswith("a link to a place")] == [("#fares", 1)]


def test_a_skip_link_or_back_to_top_the_page_drops_is_not_reported_as_an_anchor():
    _, report = blocks(page("<a href='#main'>Skip to content</a>" + ARTICLE.format(
        "<p>They met.</p><p><a href='#top'>Back to top</a></p>")))
    dropped = [g for g in report.guesses if g.what == "dropped"]
    assert not [g for g in dropped if g.rule.startswith("a link to a place")]
    assert "Back to top" in [g.value for g in dropped]


def dropped_links(report) -> list[tuple[str, int]]:
    return [(g.value, g.line) for g in report.guesses
            if g.what == "dropped" and g.rule.startswith("a link's address")]


def test_a_link_the_build_would_not_publish_is_text_and_reported_once_an_address():
    # Its text was kept and its address dropped without a word, as a photo's was.
    long = "ftp://files.example.org/" + "archive/" * 10 + "r.pdf"
    release, report = blocks(page(ARTICLE.format(
        "<p>See <a href='javascript:openMap()'>the map</a>,\n<a href='ftp://files.example."
        f"org/r.pdf'>the report</a> and <a href='{long}'>the archive</a>.</p>\n"
        "<p>Again <a href='javascript:openMap()'>the map</a>.</p>")))
    assert [b.text for b in release.body] == [
        "See the map, the report and the archive.", "Again the map."]
    assert not any(isinstance(p, Span) for b in release.body
                   if isinstance(b, Segment) for p in b.content)
    assert dropped_links(report) == [("javascript:openMap()", 1),
                                     ("ftp://files.example.org/r.pdf", 2),
                                     (long[:59] + "…", 2)]


@pytest.mark.parametrize("href", ["", " ", "#", " # "])
def test_a_link_that_names_no_address_is_text_unreported(href):
    release, report = blocks(page(ARTICLE.format(f"<p>See <a href='{href}'>the map</a>.</p>")))
    assert release.body[0].text == "See the map."  # type: ignore[union-attr]
    assert dropped_links(report) == []


def test_the_pages_navigation_footer_and_tools_are_not_reported_as_dropped_links():
    # The page's chrome is dropped as a whole; its links are no part of the release.
    release, report = blocks(page(
        "<nav><a href='javascript:menu()'>Menu</a></nav>" + ARTICLE.format(
            "<p>They met.</p><p><a href='javascript:window.print()'>Print</a> | "
            "<a href='javascript:share()'>Share</a></p><p>More.</p>")
        + "<footer><a href='javascript:cookies()'>Cookies</a></footer>"))
    assert [b.text for b in release.body] == ["They met.", "More."]
    assert dropped_links(report) == []


@pytest.mark.parametrize("href", ["\\\\cdn.example.org/r.pdf", "/\\cdn.example.org/r.pdf",
                                  "\\/cdn.example.org/r.pdf", "///cdn.example.org/r.pdf"])
def test_a_scheme_relative_address_spelt_with_backslashes_is_read_as_https(href):
    # A browser reads "\\" as "/" in an http(s) URL: the page linked that host, as with
    # "//cdn.example.org/r.pdf", and the release links it on https, not on its own site.
    release, _ = blocks(page(ARTICLE.format(f"<p>See <a href='{href}'>the report</a>.</p>")))
    paragraph = release.body[0]
    assert isinstance(paragraph, Segment)
    assert [p.get("href") for p in paragraph.content if isinstance(p, Span)] == [
        "https://cdn.example.org/r.pdf"]


@pytest.mark.parametrize("src", ["//cdn.example.org/p.jpg", "\\\\cdn.example.org/p.jpg",
                                 "/\\cdn.example.org/p.jpg", " //cdn.example.org/p.jpg"])
def test_a_figures_scheme_relative_src_is_read_as_https_as_a_links_is(src):
    # "//cdn..." (or its backslashed spellings) showed the photo from that host; kept as
    # written, validate refused it (address-scheme) and the build wrote no image.
    release, _ = blocks(page(ARTICLE.format(
        f"<figure><img src='{src}' alt='Two ministers'><figcaption>At the talks"
        f"</figcaption></figure><p>They met.</p><p><img src='{src}' alt='The venue'></p>"
        "<p>More.</p>")))
    assert [(f.src, f.alt.text) for f in release.figures] == [  # type: ignore[union-attr]
        ("https://cdn.example.org/p.jpg", "Two ministers"),
        ("https://cdn.example.org/p.jpg", "The venue")]
    assert not list(check_addresses(release, "r.xml"))


@pytest.mark.parametrize("src", ["data:image/png;base64,iVBORw0KGgo=", "javascript:x()",
                                 "ftp://files.example.org/p.jpg", "#", " "])
def test_a_figure_keeps_its_alt_and_caption_without_a_src_no_page_shows(src):
    release, _ = blocks(page(ARTICLE.format(
        f"<figure><img src='{src}' alt='Two ministers'><figcaption>At the talks"
        "</figcaption></figure><p>They met.</p>")))
    (figure,) = release.figures
    assert (figure.src, figure.alt.text, figure.caption.text) == (  # type: ignore[union-attr]
        None, "Two ministers", "At the talks")
    assert not list(check_addresses(release, "r.xml"))


def dropped_srcs(report) -> list[tuple[str, int]]:
    return [(g.value, g.line) for g in report.guesses
            if g.what == "dropped" and g.rule.startswith("a photo's address")]


@pytest.mark.parametrize("src", ["data:image/png;base64,iVBORw0KGgo=", "javascript:x()",
                                 "ftp://files.example.org/p.jpg"])
def test_a_src_the_build_would_not_show_is_reported_at_the_images_line(src):
    # Dropped in silence, the photo was lost for every locale and nobody knew to put it back.
    release, report = blocks(page(ARTICLE.format(
        "<p>They met.</p>\n<figure>\n"
        f"<img src='{src}' alt='Two ministers'><figcaption>At the talks</figcaption>"
        f"</figure><p>More.</p>\n<p><img src='{src}' alt='The venue'></p><p>Again.</p>")))
    assert [f.src for f in release.figures] == [None, None]
    assert dropped_srcs(report) == [(src, 3), (src, 4)]


def test_a_figure_with_nothing_but_a_src_no_page_shows_is_reported_too():
    release, report = blocks(page(ARTICLE.format(
        "<figure><img src='javascript:x()'></figure><p>They met.</p>")))
    assert release.figures == ()
    assert dropped_srcs(report) == [("javascript:x()", 1)]


def test_a_long_data_address_is_reported_shortened():
    src = "data:image/png;base64," + "iVBORw0KGgo" * 1000
    _, report = blocks(page(ARTICLE.format(
        f"<figure><img src='{src}' alt='Two ministers'></figure><p>They met.</p>")))
    ((value, _),) = dropped_srcs(report)
    assert value.startswith("data:image/png;base64,iVBORw0KGgo") and value.endswith("…")
    assert len(value) == 60


@pytest.mark.parametrize("src", ["/media/p.jpg", "#", " "])
def test_a_photo_kept_or_one_that_names_no_address_is_not_reported(src):
    _, report = blocks(page(ARTICLE.format(
        f"<figure><img src='{src}' alt='Two ministers'></figure><p>They met.</p>")))
    assert dropped_srcs(report) == []


# ------------------------------------------------------------ lazy-loaded photos
def figure_srcs(images: str) -> list[str | None]:
    """The src of each figure of a page whose photos are `images` (one a figure)."""
    body = "".join(f"<figure>{image}<figcaption>Photo {n}</figcaption></figure><p>Text {n}.</p>"
                   for n, image in enumerate(images.split("|")))
    release, report = blocks(page(ARTICLE.format(body)))
    assert dropped_srcs(report) == []
    return [f.src for f in release.figures]


@pytest.mark.parametrize("image", [
    "<img data-src='/media/p.jpg' alt='A'>",
    "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' data-src='/media/p.jpg' alt='A'>",
    "<img src='' data-src='/media/p.jpg' alt='A'>",
    "<img src=' DATA:image/svg+xml,%3Csvg/%3E' data-src='/media/p.jpg' alt='A'>",
    "<amp-img data-src='/media/p.jpg' alt='A'></amp-img>",
])
def test_a_lazy_photos_address_is_its_data_src_when_src_is_missing_or_a_placeholder(image):
    # The CMS's script sets src from data-src in the reader's browser: that photo.
    assert figure_srcs(image) == ["/media/p.jpg"]


@pytest.mark.parametrize("image", [
    "<img src='data:,' data-lazy-src='/media/p.jpg' alt='A'>",
    "<img data-original='/media/p.jpg' alt='A'>",
    "<img src='data:,' data-lazy-srcset='/media/p-300.jpg 300w, /media/p.jpg 1200w' alt='A'>",
    "<picture><source data-lazy-srcset='/media/p.jpg 1200w'><img src='data:,' alt='A'>"
    "</picture>",
])
def test_a_lazy_loading_plugins_own_attributes_give_the_photo_too(image):
    # WordPress plugins (a3 Lazy Load, jQuery Lazy Load) write these in place of data-src:
    # the photo was dropped, or reported dropped at its data: placeholder.
    assert figure_srcs(image) == ["/media/p.jpg"]


def test_a_lazy_loading_plugins_attributes_come_after_data_src_and_before_srcset():
    assert figure_srcs(
        "<img data-src='/media/a.jpg' data-lazy-src='/media/x.jpg' data-original='/x.jpg'>|"
        "<img data-lazy-src='/media/b.jpg' data-original='/media/x.jpg' srcset='/x.jpg'>|"
        "<img data-original='/media/c.jpg' srcset='/media/x.jpg' data-lazy-srcset='/x.jpg'>|"
        "<img data-lazy-src='javascript:x()' data-original='/media/d.jpg'>|"
        "<img data-lazy-src='//cdn.example.org/e.jpg'>") == [
        "/media/a.jpg", "/media/b.jpg", "/media/c.jpg", "/media/d.jpg",
        "https://cdn.example.org/e.jpg"]


def test_a_photos_own_src_comes_before_its_data_src():
    assert figure_srcs("<img src='/media/shown.jpg' data-src='/media/lazy.jpg' alt='A'>") \
        == ["/media/shown.jpg"]


@pytest.mark.parametrize("image", [
    "<img srcset='/media/p-300.jpg 300w, /media/p-1200.jpg 1200w, /media/p-600.jpg 600w'>",
    "<img src='data:,' data-srcset='/media/p-300.jpg 300w,/media/p-1200.jpg 1200w'>",
    "<img srcset='/media/p-300.jpg, /media/p-1200.jpg 2x'>",
    "<img srcset='/media/p-1200.jpg 1200w, /media/p-1200b.jpg 1200w'>",
    "<picture><source srcset='/media/p-1200.jpg 1200w, /media/p-300.jpg 300w' "
    "type='image/jpeg'><img alt='A'></picture>",
    "<picture><source srcset='data:,' data-srcset='/media/p-1200.jpg 1200w'><source "
    "srcset='/media/p-300.jpg'><img src='data:,' alt='A'></picture>",
])
def test_a_photo_offered_only_in_sizes_is_read_at_its_widest(image):
    assert figure_srcs(image) == ["/media/p-1200.jpg"]


def test_a_pictures_sources_are_read_in_xhtml_too():
    # lxml's HTML parser nests the img inside <source>; the XML parser does not.
    data = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n<html xmlns="http://'
            'www.w3.org/1999/xhtml" lang="en"><head><title>A Title | Example Ministry</title>'
            "</head><body>" + ARTICLE.format(
                "<figure><picture><source srcset='/media/p-300.jpg 300w, /media/p-1200.jpg "
                "1200w'/><img alt='A'/></picture></figure><p>Text.</p>")
            + "</body></html>").encode()
    result = normalize(data, "page.xhtml")
    assert result.report.kind == "xhtml"
    assert [f.src for f in result.release.figures] == ["/media/p-1200.jpg"]


def test_a_srcset_address_may_hold_commas_as_an_image_servers_do():
    assert figure_srcs("<img srcset='https://img.example/w_300,h_200/p.jpg 300w, "
                       "https://img.example/w_900,h_600/p.jpg 900w' alt='A'>") == [
        "https://img.example/w_900,h_600/p.jpg"]


def test_a_lazy_photos_address_is_read_as_any_src_is():
    # //host on https; one the build would not show passed over for the next.
    assert figure_srcs("<img data-src='//cdn.example.org/p.jpg' alt='A'>|"
                       "<img src='javascript:x()' data-src='/media/b.jpg' alt='B'>|"
                       "<img data-src='ftp://x.example/c.jpg' srcset='/media/c.jpg' alt='C'>|"
                       "<img src='data:,' alt='D'><noscript><img src='/media/d.jpg' alt='D'>"
                       "</noscript>") == [
        "https://cdn.example.org/p.jpg", "/media/b.jpg", "/media/c.jpg", "/media/d.jpg"]


def test_a_lazy_photo_in_a_paragraph_is_read_as_one_in_a_figure():
    release, _ = blocks(page(ARTICLE.format(
        "<p>They met.</p><p><img src='data:,' data-src='/media/venue.jpg' alt='The venue'>"
        "</p><p>More.</p>")))
    assert [(f.src, f.alt.text) for f in release.figures] == [  # type: ignore[union-attr]
        ("/media/venue.jpg", "The venue")]


def test_a_lazy_photo_with_no_address_kept_reports_the_one_the_page_gave():
    release, report = blocks(page(ARTICLE.format(
        "<figure><img src='data:,' data-src='javascript:x()' alt='A'></figure><p>Text.</p>"
        "<figure><img src='data:image/png;base64,iVBO' alt='B'></figure><p>Text.</p>")))
    assert [f.src for f in release.figures] == [None, None]
    assert [value for value, _ in dropped_srcs(report)] == [
        "javascript:x()", "data:image/png;base64,iVBO"]


def test_figures_lists_tables_and_breaks():
    release, report = blocks(page(ARTICLE.format(
        "<figure><img src='a.jpg' alt='Two ministers'><figcaption>At the talks"
        "</figcaption></figure>"
        "<p><img src='icon.gif' alt=''>Text before<br><br>text after.</p>"
        "<ul><li>One<ul><li>One point one</li></ul></li><li>Two</li></ul>"
        "<table><tr><th>Day</th><td>Event</td></tr></table>")))
    figure = release.figures[0]
    assert (figure.src, figure.alt.text, figure.caption.text) == (  # type: ignore[union-attr]
        "a.jpg", "Two ministers", "At the talks")
    texts = [b.text if isinstance(b, Segment) else [i.text for i in b.items]
             for b in release.body]
    assert texts == ["Text before", "text after.", ["One", "One point one", "Two"],
                     "Day – Event"]
    assert isinstance(release.body[2], ListBlock) and not release.body[2].ordered
    assert {"list", "table", "dropped"} <= {g.what for g in report.guesses}


def test_a_tables_caption_heads_its_rows_and_is_not_lost():
    # The caption names what the figures are; it was dropped without a word.
    release, _ = blocks(page(ARTICLE.format(
        "<p>The budget rises.</p><table><caption>Credits by <em>programme</em></caption>"
        "<tr><th>Programme</th><th>Amount</th></tr>"
        "<tr><td>Culture</td><td>760</td></tr></table>")))
    body = release.body
    assert [(b.name, b.text) for b in body if isinstance(b, Segment)] == [
        ("p", "The budget rises."), ("heading", "Credits by programme"),
        ("p", "Programme: Culture – Amount: 760")]
    assert isinstance(body[1], Segment) and isinstance(body[1].content[1], Span)


TARGETS = ("<table><thead><tr><th>Country</th><th>Share 2024</th><th>Target 2030</th></tr>"
           "</thead><tbody><tr><td>Germany</td><td>19%</td><td>25%</td></tr>"
           "<tr><td>France</td><td></td><td>18%</td></tr></tbody></table>")


def test_a_header_rows_cells_name_each_rows_cells_and_are_no_paragraph():
    # A row of "Germany – 19% – 25%" under a paragraph of the column headings said
    # nothing once the headings were a block of their own (the first block, a page's
    # description, when the table opened the text)
    release, report = blocks(page(ARTICLE.format(f"<p>Targets were set.</p>{TARGETS}")))
    assert texts(release) == [
        "p: Targets were set.",
        "p: Country: Germany – Share 2024: 19% – Target 2030: 25%",
        "p: Country: France – Target 2030: 18%"]
    assert ("table", "3 rows") in [(g.what, g.value) for g in report.guesses]


def test_a_year_in_a_column_heading_is_a_label_and_the_cells_values_are_typed():
    release, _ = blocks(page(ARTICLE.format(TARGETS.replace("Share 2024", "2024"))))
    row = release.body[0]
    assert isinstance(row, Segment)
    typed = [(p.name, p.get("value")) for p in row.content
             if isinstance(p, Span) and p.name in ("date", "number")]
    assert typed == [("number", "19"), ("number", "25")]
    assert row.text == "Country: Germany – 2024: 19% – Target 2030: 25%"


@pytest.mark.parametrize("table", [
    # th cells alone in the first row, no thead; a row's own heading cell is a cell
    "<table><tr><th>Customer class</th><th>New bill</th></tr>"
    "<tr><th scope='row'>Residential</th><td>$122.95</td></tr></table>",
    # a heading over two columns names both
    "<table><thead><tr><th>Customer class</th><th colspan='2'>New bill</th></tr></thead>"
    "<tr><td>Residential</td><td>$122.95</td></tr></table>"])
def test_a_first_row_of_heading_cells_is_the_header_row(table):
    release, _ = blocks(page(ARTICLE.format(table)))
    assert texts(release)[0].startswith("p: Customer class: Residential – New bill: $122.95")


@pytest.mark.parametrize(("colspan", "row"), [
    # ('²' is a digit to str.isdigit but no number to int(), which refuses more than
    # 4,300 digits too: a scraped page's either was a traceback)
    ("²", "p: Country: Germany – Share: 19%"),
    ("00", "p: Country: Germany – Share: 19%"),  # (zero, as HTML reads it: one)
    ("9" * 5000, "p: Country: Germany – Country: 19%")])  # (all the columns there are)
def test_a_heading_cells_colspan_is_read_as_html_reads_it(colspan, row):
    release, _ = blocks(page(ARTICLE.format(
        f"<table><tr><th colspan='{colspan}'>Country</th><th>Share</th></tr>"
        "<tr><td>Germany</td><td>19%</td></tr></table>")))
    assert texts(release)[0] == row


@pytest.mark.parametrize(("colspan", "row"), [
    ("²", "p: Country: Germany – Share: 19%"),
    ("9" * 5000, "p: Country: Germany – 19%")])  # (the next cell is past the headings)
def test_a_row_cells_colspan_is_read_as_html_reads_it(colspan, row):
    release, _ = blocks(page(ARTICLE.format(
        "<table><tr><th>Country</th><th>Share</th></tr>"
        f"<tr><td colspan='{colspan}'>Germany</td><td>19%</td></tr></table>")))
    assert texts(release)[0] == row


def test_a_japanese_column_heading_takes_a_full_width_colon():
    release, _ = blocks(page(ARTICLE.format(
        "<table><tr><th>担当課</th><th>電話</th></tr>"
        "<tr><td>森林整備課</td><td>012-345-6789</td></tr></table>")))
    assert texts(release)[0] == "p: 担当課：森林整備課 – 電話：012-345-6789"


def test_two_header_rows_leave_the_rows_as_they_were():
    # (the upper row's headings are grouped over the lower's: a column says not which)
    release, _ = blocks(page(ARTICLE.format(
        "<table><thead><tr><th></th><th colspan='2'>Revenue</th></tr>"
        "<tr><th>Unit</th><th>Q1</th><th>Q2</th></tr></thead>"
        "<tr><td>Rail</td><td>4</td><td>5</td></tr></table>")))
    assert texts(release) == ["p: Revenue", "p: Unit – Q1 – Q2", "p: Rail – 4 – 5"]


def test_a_header_row_with_no_row_under_it_stays_a_paragraph():
    release, _ = blocks(page(ARTICLE.format(
        "<p>No figures yet.</p><table><thead><tr><th>Country</th><th>Target 2030</th></tr>"
        "</thead></table>")))
    assert texts(release) == ["p: No figures yet.", "p: Country – Target 2030"]


def test_a_cell_under_one_spanning_rows_is_named_by_its_own_column():
    # (the cell above fills the first column of the rows it spans: the row below's
    # first cell is in the second column, a city, no region)
    release, _ = blocks(page(ARTICLE.format(
        "<table><thead><tr><th>Region</th><th>City</th><th>Population</th></tr></thead>"
        "<tr><td rowspan='2'>North</td><td>Aville</td><td>1,200</td></tr>"
        "<tr><td>Btown</td><td>3,400</td></tr>"
        "<tr><td>South</td><td>Ctown</td><td>5,600</td></tr></table>")))
    assert texts(release) == [
        "p: Region: North – City: Aville – Population: 1,200",
        "p: City: Btown – Population: 3,400",
        "p: Region: South – City: Ctown – Population: 5,600"]


def test_a_column_heading_ending_in_a_colon_takes_no_second_one():
    release, _ = blocks(page(ARTICLE.format(
        "<table><tr><th>Contact:</th><th>電話：</th></tr>"
        "<tr><td>Jane Doe</td><td>012-345-6789</td></tr></table>")))
    assert texts(release) == ["p: Contact: Jane Doe – 電話：012-345-6789"]


def test_title_from_the_title_element_when_there_is_no_h1():
    release, report = blocks(page("<div class='content'><p>May 1, 2023</p>"
                                  "<p>Text.</p></div>",
                                  head="<title>Spring Statement | Example Ministry</title>"))
    assert release.title.text == "Spring Statement"
    assert release.meta.publisher.text == "Example Ministry"
    assert any(g.what == "title" for g in report.guesses)


def test_time_element_as_date_line_and_lang_from_the_page():
    release, _ = blocks(page("<article><h1>Titre</h1><time datetime='2024-03-05'>5 mars 2024"
                             "</time><p>Un paragraphe.</p></article>", lang="fr"))
    assert release.lang == "fr"
    assert release.meta.published.get("value") == "2024-03-05"
    assert release.meta.published.text == "5 mars 2024"


@pytest.mark.parametrize("lang", ["utf-8", "{{lang}}", "x-default", "zz"])
def test_a_lang_attribute_that_names_no_language_is_read_as_none(lang):
    # What templates write; handed to CLDR, it ended normalize with a traceback.
    release, report = blocks(page(ARTICLE.format("<p>The only paragraph.</p>"), lang=lang))
    assert release.lang == "en"
    [guess] = [g for g in report.guesses if g.what == "lang"]
    assert guess.value == "en" and f"lang={lang!r} names no language" in guess.rule


def test_the_lang_guess_gives_the_line_of_the_element_with_the_attribute():
    # --format json said "line": 0 (no line) for a guess read from the page's <html lang>.
    data = b"<!DOCTYPE html>\n<!-- a comment -->\n\n<html lang='fr'>" + page(
        "<article><h1>Titre</h1><p>5 mars 2024</p><p>Un paragraphe.</p></article>",
        lang="fr").partition(b"<html lang=\"fr\">")[2]
    _, report = blocks(data)
    [guess] = [g for g in report.guesses if g.what == "lang"]
    assert (guess.value, guess.rule, guess.line) == ("fr", "the page's lang attribute", 4)


def test_xhtml_with_html_entities_is_read_as_html():
    data = (b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
            b'<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>T | Pub'
            b"</title></head><body><h1>T</h1><p>May 1, 2023</p><p>A&nbsp;b.</p></body></html>")
    result = normalize(data, "page.xhtml")
    assert result.report.kind == "html"
    assert result.release.body[0].text == "A\u00a0b."  # type: ignore[union-attr]


XHTML_1 = (b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML'
           b' 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n')


def test_xhtml_with_the_w3c_doctype_is_read_as_html_without_its_dtd():
    # Most XHTML pages of government sites open so; the page was refused ("external
    # DTDs are not loaded"). Its DTD is named, never fetched; &nbsp; is HTML's.
    data = XHTML_1 + (b'<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>T'
                      b' | Pub</title></head><body><h1>T</h1><p>May 1, 2023</p>'
                      b"<p>A&nbsp;b.</p></body></html>")
    result = normalize(data, "page.html")
    assert result.report.kind == "html"
    assert result.release.body[0].text == "A\u00a0b."  # type: ignore[union-attr]


@pytest.mark.parametrize(("doctype", "refusal"), [
    (b'<!DOCTYPE html SYSTEM "file:///etc/hostname">', "external DTDs are not loaded"),
    (b'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://evil.example/x.dtd">',
     "external DTDs are not loaded"),
    (XHTML_1.split(b"\n")[1] + b'\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/hostname">]>',
     "entity declarations are not allowed"),
])
def test_any_other_dtd_or_an_entity_beside_the_w3c_doctype_is_still_refused(doctype, refusal):
    data = (b'<?xml version="1.0"?>\n' + doctype + b'<html xmlns="http://www.w3.org/1999/xhtml">'
            b"<body><h1>T</h1><p>May 1, 2023</p><p>&e;</p></body></html>")
    with pytest.raises(InputError, match=refusal):
        normalize(data, "attack.html")


def test_xhtml_that_declares_entities_is_refused():
    data = (b'<?xml version="1.0"?>\n<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/hostname">]>'
            b'<html xmlns="http://www.w3.org/1999/xhtml"><body><p>&x;</p></body></html>')
    with pytest.raises(InputError, match="entity declarations are not allowed"):
        normalize(data, "attack.xhtml")


def test_missing_parts_are_asked_for():
    with pytest.raises(InputError, match="--date"):
        normalize(page("<h1>T</h1><p>No date here.</p>"), "p.html")
    with pytest.raises(InputError, match="--publisher"):
        normalize(page("<h1>T</h1><p>May 1, 2023</p><p>x.</p>", head=""), "p.html")
    with pytest.raises(InputError, match="no paragraphs"):
        normalize(page("<h1>T</h1><p>May 1, 2023</p>"), "p.html")
    result = normalize(page("<h1>T</h1><p>No date here.</p>"), "p.html",
                       Options(date=dt.date(2023, 5, 1)))
    assert result.release.meta.published.text == "May 1, 2023"



def test_xml_that_is_neither_a_release_nor_a_page_is_refused():
    with pytest.raises(InputError, match="neither release XML"):
        normalize(b'<?xml version="1.0"?><release xmlns="urn:other"><p>x</p></release>',
                  "other.xml")


def test_release_xml_that_breaks_the_schema_is_refused(sample_bytes):
    broken = sample_bytes.replace(b"<title>", b"<titel>", 1).replace(b"</title>", b"</titel>", 1)
    with pytest.raises(InputError):
        normalize(broken, "broken.xml")


def test_a_time_element_no_rule_reads_gives_its_datetime():
    release, report = blocks(page("<article><h1>T</h1><p><time datetime='2024-06-18'>"
                                  "18.06.2024</time></p><p>Text.</p></article>"))
    published = release.meta.published
    assert (published.get("value"), published.get("skeleton"), published.text) == (
        "2024-06-18", "yMd", "18.06.2024")
    assert any(g.what == "date" for g in report.guesses)


LEAD_IN = ARTICLE.format("{}<p>The pump goes on sale in June.</p>")
HIGHLIGHTS = ["p: Trial highlights:", "item: Output rose over the old pump.",
              "item: Energy use fell by a fifth.", "p: The pump goes on sale in June."]


@pytest.mark.parametrize("bullet", ["-", "•"])
@pytest.mark.parametrize("shape", [
    "<p>{lead}<br>{b} Output rose over the old pump.<br>{b} Energy use fell by a fifth.</p>",
    "<p>{lead}</p><p>{b} Output rose over the old pump.</p><p>{b} Energy use fell by a "
    "fifth.</p>",
])
def test_a_lead_in_with_a_colon_over_bulleted_lines_is_its_paragraph_and_a_list(shape, bullet):
    # The lead-in stayed one paragraph with the items run on in it, or the items stayed
    # paragraphs that keep their dashes; copied text reads the same lines as a list.
    release, report = blocks(page(LEAD_IN.format(shape.format(lead="Trial highlights:",
                                                              b=bullet))))
    assert texts(release) == HIGHLIGHTS
    assert not release.body[1].ordered  # type: ignore[union-attr]
    assert "list" in [g.what for g in report.guesses]
    text = normalize(("A Title\n\nDecember 24, 2022\n\nTrial highlights:\n"
                      f"{bullet} Output rose over the old pump.\n{bullet} Energy use fell by "
                      "a fifth.\n\nThe pump goes on sale in June.\n").encode(), "copied.txt",
                     Options(publisher="Example Ministry")).release
    assert texts(text) == texts(release)


def test_a_lead_in_in_bold_over_bulleted_lines_is_kept_over_the_list():
    release, _ = blocks(page(LEAD_IN.format(
        "<p><strong>Trial highlights:</strong><br>- Output rose over the old pump.<br>"
        "- Energy use fell by a fifth.</p>")))
    assert texts(release) == HIGHLIGHTS


def test_dashed_paragraphs_without_a_lead_in_or_after_another_bullet_stay_paragraphs():
    release, _ = blocks(page(LEAD_IN.format(
        "<p>The pump is new.</p><p>- Output rose over the old pump.</p>"
        "<p>Trial highlights:</p><p>- Energy use fell by a fifth.</p><p>• Made in Ohio.</p>")))
    assert texts(release) == [
        "p: The pump is new.", "p: - Output rose over the old pump.", "p: Trial highlights:",
        "item: Energy use fell by a fifth.", "p: • Made in Ohio.",
        "p: The pump goes on sale in June."]


@pytest.mark.parametrize(("date", "text", "lang"), [
    ("24.12.2022", "Der Bundesrat hat heute die neuen Regeln für den Bahnverkehr "
     "beschlossen. Die Kosten betragen 1.500 Euro für die Prüfung.", "de"),
    ("24/12/2022", "Le Conseil fédéral a adopté les nouvelles règles et les coûts "
     "sont élevés pour la région.", "fr"),
])
def test_a_page_dated_in_digits_alone_takes_its_language_from_its_text(date, text, lang):
    # The first language whose pattern reads "24.12.2022" was Russian: the page was
    # tagged ru and its values read with Russian rules.
    data = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Neue Regeln</title>'
            f'</head><body><main><h1>Neue Regeln</h1><p class="date">{date}</p><p>{text}'
            f'</p></main></body></html>').encode()
    release = normalize(data, "p.html", Options(publisher="BAV")).release
    assert release.lang == lang
    assert release.meta.published.get("value") == "2022-12-24"

"""Page shapes met on the second set of held-out HTML pages (helper 63's ten).

Each test is a small page of the shape; the held-out pages themselves are measured by
tests/normalize/html_truth.py, not asserted.
"""

from __future__ import annotations

import pytest

from toolkit.errors import InputError
from toolkit.model import Segment
from toolkit.normalize import Options, normalize


def _body(html: str, **options: object) -> list[str]:
    release = normalize(html.encode(), "page.html", Options(**options)).release  # type: ignore[arg-type]
    return ["".join(p if isinstance(p, str) else p.text for p in b.content)
            for b in release.body if isinstance(b, Segment)]


def test_a_phone_label_before_a_plus_sign_is_text_not_a_crash():
    # 'Phone +32 ...': the identifier word 'Phone' stood before a '+', where the
    # identifier rule found no digits and an assertion failed (the EU press-corner page).
    body = _body('<html lang="en"><body><h1>Dam opens today</h1><p>March 4, 2024</p>'
                 "<p>The new dam opened today in the valley.</p>"
                 "<p>Phone +32 2 555 00 11</p></body></html>", publisher="River Board")
    assert body[-1] == "Phone +32 2 555 00 11"


def _release(html: str, **options: object):  # type: ignore[no-untyped-def]
    return normalize(html.encode(), "page.html", Options(**options)).release  # type: ignore[arg-type]


def _page(head: str, body: str, lang: str = "en") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><title>Dam opens</title>{head}</head>'
            f"<body>{body}</body></html>")


TEXT = "<p>The new dam opened today in the valley, the board said.</p>"
LD = ('<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":'
      '"WebPage"},{"@type":"NewsArticle","headline":"Dam opens","datePublished":'
      '"2024-09-12T08:00:00+01:00","publisher":{"@type":"Organization","name":"River Board plc"}}]}'
      "</script>")


def test_a_page_without_a_printed_date_is_dated_by_its_json_ld_article():
    release = _release(_page(LD, f"<h1>Dam opens</h1><p>5 min read</p>{TEXT}"))
    published = release.meta.published
    assert (published.get("value"), published.text) == ("2024-09-12", "September 12, 2024")
    assert release.meta.publisher.text == "River Board plc"
    assert [b.text for b in release.body] == [
        "The new dam opened today in the valley, the board said."]  # reading time dropped


def test_a_printed_date_wins_over_json_ld_and_broken_json_ld_is_ignored():
    broken = '<script type="application/ld+json">{"@type": "NewsArticle", datePublished</script>'
    release = _release(_page(LD + broken, f"<h1>Dam opens</h1><p>March 4, 2024</p>{TEXT}"))
    assert release.meta.published.get("value") == "2024-03-04"
    release = _release(_page(broken, f"<h1>Dam opens</h1><p>March 4, 2024</p>{TEXT}"
                             "<footer>© 2024 River Board</footer>"))
    assert release.meta.publisher.text == "River Board"


def test_json_ld_of_no_article_type_gives_nothing():
    other = LD.replace('"NewsArticle"', '"Event"')
    try:
        _release(_page(other, f"<h1>Dam opens</h1>{TEXT}"), publisher="X")
    except InputError as exc:
        assert exc.message.startswith("no date line found")
    else:
        raise AssertionError("dated by an Event")


def test_a_dropped_byline_still_dates_the_page_after_a_standfirst():
    release = _release(_page("", '<h1>Dam opens</h1><p class="excerpt">Water at last.</p>'
                             '<div class="article-byline"><a href="/a">Priya Menon</a> '
                             '<time datetime="2024-08-20">Aug 20, 2024</time> · 2 min read</div>'
                             f"{TEXT}"), publisher="River Board")
    assert release.meta.published.get("value") == "2024-08-20"
    assert "Priya" not in "".join(s.text for s in release.segments())


def test_end_marks_end_the_release():
    for mark in ("###", "---oo0oo---", "- 30 -"):
        body = _body(_page("", f"<h1>Dam opens</h1><p>March 4, 2024</p>{TEXT}<p>{mark}</p>"
                           "<p>Share this on Facebook and more.</p>"), publisher="X")
        assert body == ["The new dam opened today in the valley, the board said."], mark
    body = _body(_page("", "<h1>ダムが完成しました</h1><p>2024.08.07</p>"
                       "<p>本日、ダムが完成しました。</p><p>以上</p>"
                       "<p>PDF版はこちら（256KB）</p>", lang="ja"), publisher="X")
    assert body == ["本日、ダムが完成しました。"]


def test_a_year_first_date_line_is_read_in_any_language():
    release = _release(_page("", "<h1>ダムが完成しました</h1><p>2024.08.07</p>"
                             "<p>本日、ダムが完成しました。</p>", lang="ja"), publisher="X")
    published = release.meta.published
    assert (published.get("value"), published.get("skeleton"), published.text) == (
        "2024-08-07", "yMd", "2024.08.07")


def test_calls_to_action_button_cards_comments_and_language_switchers_are_chrome():
    body = _body(_page("", '<ul class="language-switcher"><li>English</li><li>Français</li></ul>'
                       f"<h1>Dam opens</h1><p>March 4, 2024</p>{TEXT}"
                       '<div class="kg-button-card"><a href="/h">See all opening hours</a></div>'
                       '<section class="gh-post-upgrade-cta"><p>Get the latest posts.</p></section>'
                       '<section class="article-comments"><p>Leave a comment below.</p></section>'),
                 publisher="X")
    assert body == ["The new dam opened today in the valley, the board said."]


def test_amp_images_in_a_carousel_are_figures_and_a_gallery_heading_is_dropped():
    release = _release(_page("", f"<h1>Dam opens</h1><p>March 4, 2024</p>{TEXT}"
                             "<h2>Photo gallery</h2><amp-carousel>"
                             '<figure><amp-img src="/a.jpg" alt="The dam wall"></amp-img>'
                             "<figcaption>The wall at dawn.</figcaption></figure></amp-carousel>"
                             '<amp-youtube data-videoid="x" title="Video"></amp-youtube>'),
                       publisher="X")
    assert [(f.alt.text if f.alt else "", f.caption.text if f.caption else "")
            for f in release.figures] == [("The dam wall", "The wall at dawn.")]
    assert [b.text for b in release.body] == [
        "The new dam opened today in the valley, the board said."]


def test_an_italic_heading_under_the_title_is_the_subtitle():
    release = _release(_page("", "<p>May 23, 2024</p><h1>Dam opens</h1>"
                             "<h2><em>Water for 40,000 homes</em></h2>" + TEXT), publisher="X")
    assert release.subtitle is not None and release.subtitle.text == "Water for 40,000 homes"


@pytest.mark.parametrize("standfirst", [
    "<p class='standfirst'><em>Water for 40,000 homes</em></p>",
    "<p class='article-dek'>Water for 40,000 homes</p>",
    "<div class='standfirst'><p>Water for 40,000 homes</p></div>",
    "<p class='c-chapo'>Water for 40,000 homes</p>"])
def test_a_paragraph_classed_a_standfirst_under_the_title_is_the_subtitle(standfirst):
    # a news site's standfirst, not the first paragraph of the text (nor its description)
    release = _release(_page("", f"<h1>Dam opens</h1>{standfirst}<p>May 23, 2024</p>{TEXT}"),
                       publisher="X")
    assert release.subtitle is not None and release.subtitle.text == "Water for 40,000 homes"
    assert release.meta.published.get("value") == "2024-05-23"
    assert [b.text for b in release.body] == [
        "The new dam opened today in the valley, the board said."]


@pytest.mark.parametrize("byline", ["<div class='byline'>By Jane Doe</div>",
                                    "<p class='article-byline'><a href='/a/jd'>Jane Doe</a></p>",
                                    "<div class='share-buttons'><a href='#'>Share</a></div>"])
def test_a_standfirst_under_a_byline_is_still_the_subtitle(byline):
    # the byline is the site's, dropped: the standfirst is the first text under the title
    release = _release(_page("", f"<h1>Dam opens</h1>{byline}<p class='standfirst'>Water for "
                                 f"40,000 homes</p><p>May 23, 2024</p>{TEXT}"), publisher="X")
    assert release.subtitle is not None and release.subtitle.text == "Water for 40,000 homes"
    assert [b.text for b in release.body] == [
        "The new dam opened today in the valley, the board said."]


def test_a_standfirst_under_a_paragraph_of_the_text_stays_a_paragraph():
    release = _release(_page("", "<h1>Dam opens</h1><p>May 23, 2024</p><p>The board met.</p>"
                                 f"<p class='standfirst'>Water for 40,000 homes</p>{TEXT}"),
                       publisher="X")
    assert release.subtitle is None
    assert [b.text for b in release.body][:2] == ["The board met.", "Water for 40,000 homes"]


@pytest.mark.parametrize("lead", ["<p class='lead'>Water for 40,000 homes, the board said.</p>",
                                  "<p>Water for 40,000 homes</p>"])
def test_a_first_paragraph_whose_class_names_no_standfirst_stays_the_text(lead):
    release = _release(_page("", f"<h1>Dam opens</h1><p>May 23, 2024</p>{lead}{TEXT}"),
                       publisher="X")
    assert release.subtitle is None
    assert len(release.body) == 2


def test_site_names_from_title_footer_and_chinese_portal():
    release = _release(_page("", f"<h1>Dam opens</h1><p>March 4, 2024</p>{TEXT}").replace(
        "<title>Dam opens</title>", "<title>River Board | Press Releases</title>"))
    assert release.meta.publisher.text == "River Board"
    release = _release(_page("", f"<h1>Dam opens</h1><p>March 4, 2024</p>{TEXT}"
                             "<footer><a href='/'>River Board News</a> © 2024</footer>").replace(
        "<title>Dam opens</title>", '<title>Dam opens</title><meta property="og:site_name" '
        'content="River Board News">'))
    assert release.meta.publisher.text == "River Board News"  # not "2024"
    zh = ("<!DOCTYPE html><html lang='zh'><head>"
          "<title>水库建成_青川省人民政府门户网站</title></head><body><h1>水库建成</h1><p>2024年3月4日</p><p>水库今天建成。</p>"
          "<p>（责任编辑：刘晓燕）</p></body></html>")
    release = _release(zh)
    assert release.meta.publisher.text == "青川省人民政府"
    assert [b.text for b in release.body] == ["水库今天建成。"]

"""A project's page template (`html-template`): the site's head and chrome around each
built page, the release in the one marked element, and the build's own <html lang dir>,
title, alternates and generator.

The golden pages are in tests/fixtures/build/template/ (the template is page.html there);
regenerate them with ``COMMUNIQUE_UPDATE_GOLDEN=1 python -m pytest
tests/test_page_template.py`` and read the diff before committing it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import lxml.html
import pytest
from build_support import RELEASE_ID, catalog_path, files, make_project, set_msgstr
from typer.testing import CliRunner

import toolkit.page_template as page_template
from toolkit.build import Status, build
from toolkit.cli.app import app
from toolkit.config import load_config
from toolkit.errors import InputError
from toolkit.page_template import parse_template

FIXTURES = Path(__file__).parent / "fixtures" / "build" / "template"
TEMPLATE = (FIXTURES / "page.html").read_text(encoding="utf-8")
UPDATE = os.environ.get("COMMUNIQUE_UPDATE_GOLDEN") == "1"
GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')
MARK = 'data-communique="release"'


def page(body: str, head: str = "<title>Site</title>") -> str:
    return (f"<!DOCTYPE html>\n<html>\n<head>\n{head}\n</head>\n<body>\n{body}\n</body>\n"
            "</html>\n")


def use_template(root: Path, text: str = TEMPLATE, name: str = "page.html") -> Path:
    """`text` as the project's html-template (set before the config's tables)."""
    path = root / "templates" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    config = root / "communique.toml"
    config.write_text(f'html-template = "templates/{name}"\n'
                      + config.read_text(encoding="utf-8"), encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    root = make_project(tmp_path / "project")
    monkeypatch.chdir(root)
    return root


def built(root: Path, locale: str, name: str = f"{RELEASE_ID}.html") -> str:
    return (root / "build" / locale / name).read_text(encoding="utf-8")


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["build", *args])
    return result.exit_code, result.output


# ---------------------------------------------------------------- the page
def test_the_sample_release_in_a_sample_template_matches_the_golden_pages(project):
    use_template(project)
    build(load_config(project))
    names = [f"ja/{RELEASE_ID}.html", f"ar/{RELEASE_ID}.html", "ja/index.html", "index.html"]
    for name in names:
        data = GENERATOR.sub(b'<meta name="generator" content="...">',
                             (project / "build" / name).read_bytes())
        if UPDATE:
            (FIXTURES / name).parent.mkdir(parents=True, exist_ok=True)
            (FIXTURES / name).write_bytes(data)
        assert data == (FIXTURES / name).read_bytes(), name


def test_the_templates_head_and_chrome_are_kept_as_written(project):
    use_template(project)
    build(load_config(project), locales=["ja"])
    html = built(project, "ja")
    for written in ('<link rel="stylesheet" href="/assets/site.css">',
                    '<script src="/assets/site.js" defer></script>',
                    '<meta name="viewport" content="width=device-width, initial-scale=1">',
                    '<a class="logo" href="/">Ministry of Foreign Affairs</a>',
                    # entities as the template wrote them, not as a parser would re-spell them
                    "<p>&copy; Ministry of Foreign Affairs &middot; "):
        assert written in html
    assert "<style>" not in html  # the site's stylesheet replaces the standalone one's


def test_the_release_replaces_the_content_of_the_marked_element(project):
    use_template(project)
    build(load_config(project), locales=["ja"])
    doc = lxml.html.document_fromstring(built(project, "ja"))
    (marked,) = doc.xpath("//*[@data-communique='release']")
    assert marked.tag == "main" and marked.get("id") == "content"
    assert [child.tag for child in marked] == ["nav", "article"]
    assert marked.xpath("string(article//h1)") == "日・キルギス外相会談（東京）"
    assert "The release is written here." not in built(project, "ja")
    # the chrome stays around it, in order
    assert [e.tag for e in doc.body] == ["header", "main", "footer"]


def test_the_build_owns_html_lang_dir_title_charset_generator_and_alternates(project):
    use_template(project)
    build(load_config(project), locales=["en", "ar"])
    html = built(project, "ar")
    doc = lxml.html.document_fromstring(html)
    # an Arabic page in a left-to-right English template is Arabic and right to left;
    # the template's other attributes of <html> are kept
    assert (doc.get("lang"), doc.get("dir"), doc.get("class"), doc.get("data-theme")) == (
        "ar", "rtl", "site", "light")
    assert html.count("<meta charset") == 1 and html.count("<title>") == 1
    assert doc.findtext("head/title") != "Ministry of Foreign Affairs"
    assert len(doc.xpath("//meta[@name='generator']")) == 1
    assert [link.get("hreflang") for link in doc.xpath("//link[@rel='alternate']")] == [
        "en", "ar", "x-default"]
    assert doc.xpath("//main/nav//span[@aria-current='page']/text()") == ["العربية"]


def test_the_build_replaces_a_title_charset_and_generator_the_template_has(project):
    use_template(project, page(
        f"<div {MARK}></div>",
        head='<meta charset="UTF-8">\n<meta name="generator" content="Hugo 0.120">\n'
             '<title>Home</title>\n<link rel="alternate" hreflang="fr" href="/fr/">\n'
             '<link rel="alternate" type="application/rss+xml" href="/feed.xml">'))
    build(load_config(project), locales=["ja"])
    html = built(project, "ja")
    assert "Hugo" not in html and "<title>Home" not in html and 'hreflang="fr"' not in html
    assert html.count("<meta charset") == 1
    assert '<link rel="alternate" type="application/rss+xml" href="/feed.xml">' in html


def test_a_script_in_a_translation_is_still_text_in_a_template_page(project):
    use_template(project)
    set_msgstr(catalog_path(project, "ru"), "The ministers after the exchange",
               "<script>alert(1)</script><term>помощь</term>")
    build(load_config(project), locales=["ru"])
    html = built(project, "ru")
    assert "<script>alert" not in html
    doc = lxml.html.document_fromstring(html)
    assert [s.get("src") for s in doc.iter("script")  # the site's, and the page's data
            if s.get("type") != "application/ld+json"] == ["/assets/site.js"]
    (data,) = doc.xpath("//head/script[@type='application/ld+json']")
    assert "<" not in data.text


def test_a_locale_may_have_a_template_of_its_own(project):
    use_template(project)
    rtl = project / "templates" / "page.rtl.html"
    rtl.write_text(page(f'<header>الموقع</header>\n<main {MARK}></main>'), encoding="utf-8")
    with (project / "communique.toml").open("a", encoding="utf-8") as config:
        config.write('html-template = "templates/page.rtl.html"\n')  # in [locale.ar]
    assert load_config(project).page_template("ar") == rtl
    build(load_config(project), locales=["ja", "ar"])
    assert "<header>الموقع</header>" in built(project, "ar")
    assert "Ministry of Foreign Affairs" in built(project, "ja")


def test_index_pages_are_written_into_the_template_too(project):
    use_template(project)
    build(load_config(project), locales=["en", "ja"])
    for name in ("ja/index.html", "index.html"):
        doc = lxml.html.document_fromstring((project / "build" / name).read_bytes())
        (marked,) = doc.xpath("//*[@data-communique='release']")
        assert marked.xpath("section[@class='index']"), name
        assert doc.xpath("//footer[@class='site-footer']"), name


def test_without_a_template_pages_are_the_standalone_ones(project):
    # (the golden pages of tests/test_build.py hold their bytes)
    build(load_config(project), locales=["ja"])
    html = built(project, "ja")
    assert "<style>" in html and "data-communique" not in html


def test_an_xhtml_template_with_an_empty_marked_element(project):
    use_template(project, '<?xml version="1.0" encoding="utf-8"?>\n'
                 '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">\n'
                 "<head><title>T</title><link rel=\"stylesheet\" href=\"/s.css\"/></head>\n"
                 f'<body><div class="wrap"><div {MARK}/></div><br/></body>\n</html>\n')
    build(load_config(project), locales=["ja"])
    html = built(project, "ja")
    assert html.startswith('<!DOCTYPE html>\n<html lang="ja" dir="ltr" '
                           'xmlns="http://www.w3.org/1999/xhtml">')
    doc = lxml.html.document_fromstring(html)
    (marked,) = doc.xpath("//div[@data-communique='release']")
    assert [child.tag for child in marked] == ["nav", "article"]
    assert marked.getparent().get("class") == "wrap"


# ---------------------------------------------------------------- the record
def test_a_changed_template_rebuilds_its_pages_and_an_unchanged_one_does_not(project):
    template = use_template(project)
    build(load_config(project), locales=["ja"])
    again = build(load_config(project), locales=["ja"])
    assert [r.status for r in again.results] == [Status.UNCHANGED]
    template.write_text(TEMPLATE.replace("site.css", "site-2024.css"), encoding="utf-8")
    changed = build(load_config(project), locales=["ja"])
    assert [r.status for r in changed.results] == [Status.BUILT]
    assert "site-2024.css" in built(project, "ja")
    assert "site-2024.css" in built(project, "ja", "index.html")


def test_a_run_reads_the_template_once_for_all_its_locales(project, monkeypatch):
    use_template(project)
    reads: list[Path] = []
    read = page_template.read_template
    monkeypatch.setattr(page_template, "read_template",
                        lambda path, shown=None: reads.append(path) or read(path, shown))
    build(load_config(project))
    assert len(reads) == 1  # five locales, one release, the indexes: one read
    reads.clear()
    assert {r.status for r in build(load_config(project)).results} == {Status.UNCHANGED}
    assert len(reads) == 1  # a no-change run reads it once, not once a release


# ---------------------------------------------------------------- refused
REFUSED = [  # (page(): the head's content is on line 4, the body's on line 7)
    (page("<main></main>"), 1, 0, 'no element marked data-communique="release"'),
    (page(f"<main {MARK}></main>\n<div {MARK}></div>"), 8, 1,
     'a second element marked data-communique="release" (the first is on line 7)'),
    (page(f'<div class="wrap">\n<main {MARK}></main>'), 7, 1,
     "<div> is not closed before </body> (line 9, column 1)"),
    (page(f"<main {MARK}></main></span>"), 7, 40, "</span> closes no open element"),
    (page(f"<div><main {MARK}></div></main>"), 7, 6,
     "<main> is not closed before </div> (line 7, column 38)"),
    (page(f"<div class='x'/><main {MARK}></main>"), 7, 1,
     "<div/> is an open <div> in HTML"),
    (page(f"<p {MARK}></p>"), 7, 1, '<p data-communique="release">: the release goes into'),
    (page("<main></main>", head=f"<title {MARK}>x</title>"), 4, 1, "must be in <body>"),
    (page('<main data-communique="relase"></main>'), 7, 1,
     'data-communique="relase": the only place there is is data-communique="release"'),
    ('<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
     + page(f"<p>&x;</p><main {MARK}></main>").partition("\n")[2], 1, 1,
     "a DOCTYPE with declarations is not allowed"),
    (f"<html><body><main {MARK}></main></body></html>", 1, 0, "no <head>"),
    (f"<html><head></head><body><main {MARK}>\n", 1, 26, "<main> is never closed"),
    (page(f"<main {MARK}></main>\x07"), 7, 40, "a character a page cannot hold: U+0007"),
    # the release where no reader sees it: a <template>'s content is inert, and a
    # <noscript>'s hidden wherever scripts run
    (page(f"<template><main {MARK}></main></template>"), 7, 11,
     'the element marked data-communique="release" is inside <template>'),
    (page(f"<noscript><div {MARK}></div></noscript>\n<main {MARK}></main>"), 7, 11,
     "is inside <noscript>"),
    # every relative link the build writes (../ja/<id>.html, index.html, images/...)
    # would resolve against the base
    (page(f"<main {MARK}></main>", head='<title>x</title>\n<base href="/">'), 5, 1,
     "<base href> would send the page's relative links"),
    (page(f"<main {MARK}></main><textarea>"), 7, 40, "<textarea> is never closed"),
    # a language or direction around the release would be taken for the release's: the
    # build's <html lang="ja" dir> says it (a link in another language elsewhere is fine)
    ('<!DOCTYPE html>\n<html>\n<head><title>x</title></head>\n<body lang="en">\n'
     f'<a href="/ar/" lang="ar" dir="rtl">العربية</a><main {MARK}></main>\n</body>\n</html>',
     4, 1, "<body lang=...> around the release: the build sets the page's language"),
    (page(f'<div class="wrap" dir="ltr"><main {MARK}></main></div>'), 7, 1,
     "<div dir=...> around the release"),
    (page(f'<main {MARK} xml:lang="en"></main>'), 7, 1, "<main xml:lang=...> around"),
]


@pytest.mark.parametrize(("text", "line", "column", "message"), REFUSED)
def test_a_template_that_is_no_page_template_is_refused_at_its_place(text, line, column,
                                                                   message):
    with pytest.raises(InputError) as caught:
        parse_template(text.encode(), "templates/page.html")
    assert (caught.value.line, caught.value.column) == (line, column), caught.value
    assert message in caught.value.message


def test_markup_in_raw_text_elements_is_text_not_tags():
    # HTML reads a <textarea>'s, a <title>'s (an SVG's aside), an <iframe>'s content as
    # text: neither an unclosed "element" nor a second mark there is one
    template = parse_template(page(
        f"<textarea><div {MARK}></textarea>\n<iframe><p><div></iframe>\n"
        f"<xmp></span></xmp>\n<main {MARK}></main>",
        head=f"<title>Site <div {MARK}></title>").encode(), "page.html")
    assert template.head_rest.endswith(f"\n<main {MARK}>")
    assert f"<title>Site <div {MARK}></title>" not in template.head_rest  # (the build's)
    assert f"<textarea><div {MARK}></textarea>" in template.head_rest


def test_a_base_without_an_address_is_kept():
    template = parse_template(page(f"<main {MARK}></main>",
                                   head='<base target="_blank">').encode(), "page.html")
    assert '<base target="_blank">' in template.head_rest


def test_a_template_not_in_utf8_is_refused():
    with pytest.raises(InputError, match="not UTF-8"):
        parse_template(page(f"<main {MARK}>é</main>").encode("latin-1"), "page.html")


def test_a_refused_template_is_one_line_exit_2_and_nothing_written(project):
    use_template(project, page(f'<div class="wrap">\n<main {MARK}></main>'))
    before = files(project)
    code, out = run()
    assert code == 2
    assert out == ("templates/page.html:7:1: error: <div> is not closed before </body> "
                   "(line 9, column 1)\n")
    assert files(project) == before


def test_a_missing_template_is_the_settings_error(project):
    (project / "communique.toml").write_text(
        'html-template = "templates/site.html"\n'
        + (project / "communique.toml").read_text(encoding="utf-8"), encoding="utf-8")
    code, out = run()
    assert code == 2
    assert out == ("communique.toml:1:1: error: html-template: no such file: "
                   "templates/site.html\n")
    assert not (project / "build").exists()


def test_the_setting_must_be_a_path(project):
    (project / "communique.toml").write_text(
        "html-template = true\n" + (project / "communique.toml").read_text(encoding="utf-8"),
        encoding="utf-8")
    code, out = run()
    assert code == 2 and "html-template must be a string, not True" in out


# ---------------------------------------------------------------- validate
def validate(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["validate", *args])
    return result.exit_code, result.stdout, result.stderr


def test_validate_refuses_a_broken_template_before_any_build(project):
    use_template(project, page("<main></main>"))
    code, out, _ = validate()
    assert code == 2
    assert ('templates/page.html:1: error: no element marked data-communique="release": '
            "mark the one the release goes into") in out


def test_validate_is_quiet_about_a_good_template(project):
    use_template(project)
    code, out, _ = validate()
    assert "page.html" not in out
    assert code == 1  # (the copy's POT is not there: a finding about the release only)
    assert out.startswith(f"releases/{RELEASE_ID}.xml:1:1: error: no template")

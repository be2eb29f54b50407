"""`build`: golden outputs of the sample, fallbacks, coverage, strictness, safety, caching,
interruption, parallel work, and the extract → identity catalog → build round trip.

Golden files live in tests/fixtures/build/sample/. To regenerate them after an intended
change, run ``COMMUNIQUE_UPDATE_GOLDEN=1 python -m pytest tests/test_build.py`` and read
the diff before committing it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import lxml.html
import pytest
from build_support import (
    LOCALES,
    RELEASE_ID,
    REPO,
    catalog_path,
    make_project,
    set_msgstr,
)
from typer.testing import CliRunner

import toolkit.build as build_module
import toolkit.build_pair as build_pair
import toolkit.build_record as build_record
from toolkit.build import CACHE_NAME, Status, build
from toolkit.cli.app import app
from toolkit.config import load_config
from toolkit.loader import parse_release
from toolkit.schema import schema_errors, schema_path
from toolkit.xmlsafe import parse_xml

GOLDEN = Path(__file__).parent / "fixtures" / "build" / "sample"
UPDATE = os.environ.get("COMMUNIQUE_UPDATE_GOLDEN") == "1"
SOURCE = REPO / "releases" / f"{RELEASE_ID}.xml"
GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    root = make_project(tmp_path / "project")
    monkeypatch.chdir(root)
    return root


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["build", *args])
    return result.exit_code, result.output


def outputs(root: Path) -> dict[str, bytes]:
    """Every file under build/, by relative path (temp files included, to catch leaks)."""
    out = root / "build"
    return {p.relative_to(out).as_posix(): p.read_bytes()
            for p in sorted(out.rglob("*")) if p.is_file()} if out.exists() else {}


def mtimes(root: Path) -> dict[str, int]:
    return {p.relative_to(root).as_posix(): p.stat().st_mtime_ns
            for p in (root / "build").rglob("*") if p.is_file()}


def assert_valid_outputs(root: Path, folder: Path | None = None) -> None:
    """Every XML output is valid against the schema and reads back; every page parses."""
    out = folder or root / "build"
    xml_files = list(out.glob("*/*.xml"))
    assert xml_files
    for path in xml_files:
        tree = parse_xml(path.read_bytes(), path)
        assert list(schema_errors(tree)) == [], path
        release = parse_release(path.read_bytes(), path)
        assert release.lang == path.parent.name.replace("_", "-")
    for path in out.rglob("*.html"):
        doc = lxml.html.document_fromstring(path.read_bytes())
        assert doc.get("lang") and doc.get("dir") in ("ltr", "rtl")


# ---------------------------------------------------------------- golden files
def _masked(data: bytes) -> bytes:
    # The generator line names Babel and CLDR versions; a library upgrade must not
    # break the goldens by that alone.
    return GENERATOR.sub(b'<meta name="generator" content="...">', data)


GOLDEN_FILES = [f"{ll}/{RELEASE_ID}.{ext}" for ll in LOCALES for ext in ("xml", "html")] + [
    f"en/{RELEASE_ID}.html", "ja/index.html", "ar/index.html", "index.html"]


def test_sample_matches_the_golden_files(project):
    report = build(load_config(project))
    assert [(r.locale, r.status) for r in report.results] == [
        (ll, Status.BUILT) for ll in ("en", *LOCALES)]
    built = outputs(project)
    if UPDATE:
        for name in GOLDEN_FILES:
            target = GOLDEN / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(_masked(built[name]))
    for name in GOLDEN_FILES:
        assert _masked(built[name]) == (GOLDEN / name).read_bytes(), name


FALLBACK_GOLDEN = Path(__file__).parent / "fixtures" / "build" / "fallback-ar"


def _fall_back_in_arabic(root: Path) -> None:
    """Every way a segment falls back, on the right-to-left page: the title untranslated,
    the place fuzzy, a photo's alt untranslated, a caption rejected, and a list item with
    a term, an amount and a date fuzzy."""
    po = catalog_path(root, "ar")
    set_msgstr(po, "Foreign Ministers of Japan and the Kyrgyz", "")
    set_msgstr(po, "Tokyo", "طوكيو", fuzzy=True)
    set_msgstr(po, "The two foreign ministers shake hands", "")
    set_msgstr(po, "The delegations during the talks", "<b>الوفدان</b>")
    set_msgstr(po, "Minister Kulubaev thanked", "شكر الوزير", fuzzy=True)


def test_fallbacks_on_a_right_to_left_page_match_the_golden_files(project):
    _fall_back_in_arabic(project)
    report = build(load_config(project), locales=["ar"])
    (result,) = report.results
    assert result.status is Status.BUILT
    assert result.coverage is not None and result.coverage.fallbacks == 5
    names = [f"ar/{RELEASE_ID}.xml", f"ar/{RELEASE_ID}.html"]
    built = outputs(project)
    if UPDATE:
        for name in names:
            (FALLBACK_GOLDEN / name).parent.mkdir(parents=True, exist_ok=True)
            (FALLBACK_GOLDEN / name).write_bytes(_masked(built[name]))
    for name in names:
        assert _masked(built[name]) == (FALLBACK_GOLDEN / name).read_bytes(), name
    assert_valid_outputs(project)


def test_a_title_that_fell_back_is_listed_in_its_language_on_the_index_page(project):
    _fall_back_in_arabic(project)
    build(load_config(project), locales=["ar"])
    listed = re.compile(r'<a href="[^"]+" lang="en" dir="ltr">Foreign Ministers')
    index = project / "build" / "ar" / "index.html"
    assert listed.search(index.read_text(encoding="utf-8"))
    # also when the index is made again from the record, the release not rebuilt
    index.unlink()
    assert [r.status for r in build(load_config(project), locales=["ar"]).results] \
        == [Status.UNCHANGED]
    assert listed.search(index.read_text(encoding="utf-8"))


def test_golden_fallbacks_are_marked_as_english_and_keep_their_english_values():
    xml = (FALLBACK_GOLDEN / "ar" / f"{RELEASE_ID}.xml").read_text(encoding="utf-8")
    page = (FALLBACK_GOLDEN / "ar" / f"{RELEASE_ID}.html").read_text(encoding="utf-8")
    translated = (GOLDEN / "ar" / f"{RELEASE_ID}.xml").read_text(encoding="utf-8")
    assert 'xml:lang="en"' not in translated and 'xml:lang="ar">' not in translated
    assert xml.count('xml:lang="en"') == 5 and xml.count('xml:lang="ar"') == 1  # the root
    assert ('<place xml:lang="en">Tokyo</place>' in xml and
            '<title xml:lang="en">Foreign Ministers of Japan' in xml)
    # an English passage is the source as written: its values are not Arabic inside it
    assert ('<money value="2000000" currency="USD" notation="compact">USD 2 million</money>'
            in xml)
    # the page: each English passage laid out left to right, as a whole
    assert '<html lang="ar" dir="rtl">' in page
    assert '<title lang="en" dir="ltr">Foreign Ministers' in page
    assert '<h1 lang="en" dir="ltr">Foreign Ministers' in page
    assert '<span lang="en" dir="ltr">Tokyo</span>' in page
    assert ('alt="The two foreign ministers shake hands in front of the national flags of '
            'both countries" lang="en" dir="ltr">') in page
    assert '<figcaption lang="en" dir="ltr">The delegations during the talks</figcaption>' in page
    assert ('<li lang="en"><div dir="ltr">Minister Kulubaev thanked Japan for its assistance over '
            'the years, including the <span class="term">grant aid</span> of <data '
            'class="money" value="2000000">USD 2 million</data> for border management signed '
            'on <time class="date" datetime="2022-12-23">December 23</time>, and') in page
    assert page.count('lang="en"') == 6 and page.count('lang="ar"') == 1  # <html> alone
    # what was translated is as in the fully translated golden page
    assert ('<span class="org" translate="no" dir="auto">Central Asia plus Japan</span>'
            in page)
    assert '<time class="date" datetime="2023-10">أكتوبر</time>' in page


def test_golden_pages_say_what_a_reader_of_each_language_expects():
    ja = (GOLDEN / "ja" / f"{RELEASE_ID}.html").read_text(encoding="utf-8")
    ru = (GOLDEN / "ru" / f"{RELEASE_ID}.html").read_text(encoding="utf-8")
    ar = (GOLDEN / "ar" / f"{RELEASE_ID}.html").read_text(encoding="utf-8")
    ky = (GOLDEN / "ky" / f"{RELEASE_ID}.html").read_text(encoding="utf-8")
    assert '<time class="date" datetime="2022-12-24">2022年12月24日</time>' in ja
    assert '<html lang="ja" dir="ltr">' in ja
    # CLDR puts a narrow no-break space before the abbreviation "г."
    assert '<time class="date" datetime="2022-12-24">24 декабря 2022\u202fг.</time>' in ru
    assert '<html lang="ar" dir="rtl">' in ar
    assert '<html lang="ky" dir="ltr">' in ky
    # embargo in each market's own zone: 17:00 in Tokyo is 11:00 in Riyadh and Moscow
    assert re.search(r'<p class="embargo">解禁日時：<time datetime="2022-12-24T17:00:00\+09:00">'
                     r"[^<]*17:00[^<]*日本標準時</time>", ja)
    assert re.search(r'<p class="embargo">Эмбарго до <time [^>]*>[^<]*11:00[^<]*</time>', ru)
    assert re.search(r'<p class="embargo">Эмбарго мөөнөтү: <time [^>]*>[^<]*14:00', ky)
    # a Latin name left in the Arabic text is isolated
    assert ('<span class="org" translate="no" dir="auto">Central Asia plus Japan</span>'
            in ar)


def test_the_repository_itself_builds_every_locale_of_the_sample(tmp_path, monkeypatch):
    """`communique build` on a fresh clone: the checked-in config, whatever engine is
    installed; written to a temporary folder so the checkout is not touched."""
    monkeypatch.chdir(tmp_path)
    report = build(load_config(REPO), output=tmp_path / "site")
    assert {r.locale: r.status for r in report.results} == {
        ll: Status.BUILT for ll in ("en", *LOCALES)}
    assert all(r.issues == () for r in report.results)
    site = tmp_path / "site"
    assert_valid_outputs(tmp_path, folder=site)
    ja = (site / "ja" / f"{RELEASE_ID}.html").read_text(encoding="utf-8")
    ru = (site / "ru" / f"{RELEASE_ID}.html").read_text(encoding="utf-8")
    ar = (site / "ar" / f"{RELEASE_ID}.html").read_text(encoding="utf-8")
    assert re.search(r'<time class="date" datetime="2022-12-24">[^<]*12月24日</time>', ja)
    assert '<time class="date" datetime="2022-12-24">24 декабря 2022\u202fг.</time>' in ru
    assert '<html lang="ar" dir="rtl">' in ar


def test_every_output_is_valid_and_the_source_locale_is_the_source_byte_for_byte(project):
    build(load_config(project))
    assert_valid_outputs(project)
    assert (project / "build" / "en" / f"{RELEASE_ID}.xml").read_bytes() == SOURCE.read_bytes()


def test_generator_records_the_formatting_engine(project):
    build(load_config(project))
    page = (project / "build" / "ja" / f"{RELEASE_ID}.html").read_text(encoding="utf-8")
    assert re.search(r'<meta name="generator" content="communique [^"]*engine=babel[^"]*'
                     r'locale=ja', page)


# ---------------------------------------------------------------- fallbacks, coverage
def test_untranslated_and_fuzzy_segments_fall_back_to_the_source(project):
    po = catalog_path(project, "ja")
    set_msgstr(po, "The delegations during the talks", "")
    set_msgstr(po, "Tokyo", "東京", fuzzy=True)
    code, out = run("--format", "json", "--locale", "ja")
    assert code == 0, out
    result = json.loads(out)["results"][0]
    assert result["coverage"]["untranslated"]["segments"] == 1
    assert result["coverage"]["fuzzy"]["segments"] == 1
    assert {i["code"] for i in result["issues"]} == {"untranslated", "fuzzy"}
    xml = (project / "build" / "ja" / f"{RELEASE_ID}.xml").read_text(encoding="utf-8")
    # each says it is in the source language (WCAG 2.1 SC 3.1.2, Language of Parts)
    assert '<caption xml:lang="en">The delegations during the talks</caption>' in xml
    assert '<place xml:lang="en">Tokyo</place>' in xml
    assert "外務省" in xml  # the rest is translated
    assert xml.count('xml:lang="en"') == 2
    page = (project / "build" / "ja" / f"{RELEASE_ID}.html").read_text(encoding="utf-8")
    assert '<figcaption lang="en">The delegations during the talks</figcaption>' in page
    assert_valid_outputs(project)


def test_a_release_below_min_coverage_is_skipped_and_reported(project):
    po = catalog_path(project, "ky")
    for start in ("Tokyo", "Press Releases", "The delegations during"):
        set_msgstr(po, start, "")
    code, out = run("--format", "json", "--min-coverage", "90")
    assert code == 0, out
    by_locale = {r["locale"]: r for r in json.loads(out)["results"]}
    assert by_locale["ky"]["status"] == "skipped"
    assert by_locale["ky"]["coverage"]["percent"] == 81.25
    assert "coverage-below-minimum" in {i["code"] for i in by_locale["ky"]["issues"]}
    assert all(by_locale[ll]["status"] == "built" for ll in ("en", "ja", "ru", "ar"))
    assert not (project / "build" / "ky" / f"{RELEASE_ID}.xml").exists()
    assert not (project / "build" / "ky" / f"{RELEASE_ID}.html").exists()
    index = (project / "build" / "ky" / "index.html").read_text(encoding="utf-8")
    assert f"{RELEASE_ID}.html" not in index
    # the threshold from the config works as the flag does
    (project / "communique.toml").write_text(
        (project / "communique.toml").read_text().replace("min-coverage = 0",
                                                          "min-coverage = 80"))
    assert build(load_config(project)).results[2].status is Status.BUILT


def _own_min_coverage(root: Path, locale: str, percent: int) -> None:
    """`min-coverage` in the locale's [locale.LL] table (its first line)."""
    config = root / "communique.toml"
    config.write_text(re.sub(rf"\[locale\.{locale}\]\n(min-coverage = \d+\n)?",
                             f"[locale.{locale}]\nmin-coverage = {percent}\n",
                             config.read_text(encoding="utf-8")), encoding="utf-8")


def test_a_locale_s_own_min_coverage_gates_it_in_place_of_the_project_s(project):
    """A press office gates its main languages at the project's threshold and a new one
    at its own, lower or higher; a run's --min-coverage still gates every locale."""
    _below_90_percent_in_kyrgyz(project)  # 81%; the others are above 90%
    _min_coverage(project, 90)
    _own_min_coverage(project, "ky", 60)
    assert _statuses(build(load_config(project))) == dict.fromkeys(EVERY, Status.BUILT)
    for locale in EVERY:
        assert linked(project, locale) == EVERY, locale
    _min_coverage(project, 0)
    _own_min_coverage(project, "ky", 85)
    report = build(load_config(project))
    [ky] = [r for r in report.results if r.locale == "ky"]
    assert ky.status is Status.SKIPPED
    assert any(i.code == "coverage-below-minimum" and "below min-coverage 85%" in i.message
               for i in ky.issues)
    assert linked(project, "ja") == ["en", "ja", "ru", "ar"]
    code, out = run("--min-coverage", "50", "--format", "json")
    assert code == 0, out
    assert {r["locale"]: r["status"] for r in json.loads(out)["results"]}["ky"] == "built"


def test_mismatched_tags_are_rejected_at_the_po_line_and_column_of_the_tag(project):
    po = catalog_path(project, "ru")
    msgid_line = set_msgstr(po, "The ministers after the exchange",
                            "Министры после обмена нотами о <org>безвозмездной помощи</org>")
    lines = po.read_text(encoding="utf-8").split("\n")
    line = next(n for n in range(msgid_line, len(lines) + 1)
                if lines[n - 1].startswith("msgstr "))
    column = lines[line - 1].index("<org>") + 1  # where validate places the same fault
    code, out = run("--locale", "ru")
    assert code == 0, out
    assert (f"locales/ru/LC_MESSAGES/{RELEASE_ID}.po:{line}:{column}: error: "
            "translation rejected, "
            "source text used: unknown tag <org>; the source's tags are <term> "
            "[placeholder-unknown]") in out
    xml = (project / "build" / "ru" / f"{RELEASE_ID}.xml").read_text(encoding="utf-8")
    assert ('<caption xml:lang="en">The ministers after the exchange of notes on <term>grant '
            "aid</term></caption>") in xml


def test_a_translation_of_white_space_alone_is_rejected_and_nothing_is_left_empty(
        tmp_path, monkeypatch):
    """A title "translated" by a space was published as an empty <title>, <h1>, index
    link, feed title and og:title; it is rejected, at its msgstr, and the source used."""
    root = make_project(tmp_path / "project", site_url="https://www.mofa.example/press/")
    monkeypatch.chdir(root)
    po = catalog_path(root, "ja")
    msgid_line = set_msgstr(po, "Foreign Ministers of Japan", " ")
    line = msgid_line + 1  # (the msgstr under a one-line msgid)
    assert po.read_text(encoding="utf-8").split("\n")[line - 1] == 'msgstr " "'
    code, out = run("--locale", "ja")
    assert code == 0, out
    assert (f"locales/ja/LC_MESSAGES/{RELEASE_ID}.po:{line}:8: error: translation "
            "rejected, source text used: the translation is white space alone: write the "
            "text, or leave the msgstr empty [placeholder-empty]") in out
    title = "Foreign Ministers of Japan and the Kyrgyz Republic Meet in Tokyo"
    out_dir = root / "build" / "ja"
    page = lxml.html.document_fromstring((out_dir / f"{RELEASE_ID}.html").read_bytes())
    assert page.findtext(".//title") == page.findtext(".//h1") == title
    assert page.xpath("//meta[@property='og:title']/@content") == [title]
    index = lxml.html.document_fromstring((out_dir / "index.html").read_bytes())
    assert [a.text for a in index.find_class("index")[0].iter("a")] == [title]
    assert f"<title xml:lang=\"en\">{title}</title>" in (
        out_dir / "feed.xml").read_text(encoding="utf-8")


MALICIOUS = [
    "<script>alert(1)</script><term>помощь</term>",
    '<term onclick="alert(1)">помощь</term>',
    '<term><a href="javascript:alert(1)">x</a></term>',
    "<term>помощь</term>]]><script>alert(1)</script>",
    "<![CDATA[<script>alert(1)</script>]]><term>помощь</term>",
    "<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><term>&e;</term>",
    "<term>&#60;script&#62;alert(1)&#60;/script&#62;</term> &lt;img src=x onerror=alert(1)&gt;",
    '<term xmlns:h="http://www.w3.org/1999/xhtml"><h:script>alert(1)</h:script></term>',
    "<term>помощь</term><?xml-stylesheet href='javascript:alert(1)'?>",
]


def test_malicious_translations_never_reach_any_output(project):
    for msgstr in MALICIOUS:
        set_msgstr(catalog_path(project, "ru"), "The ministers after the exchange", msgstr)
        report = build(load_config(project), locales=["ru"])
        assert report.results[0].status is Status.BUILT
        for name, data in outputs(project).items():
            if name == CACHE_NAME:
                continue  # the build's own record quotes the rejected text in its message
            # (the one script of a page: its data, JSON in which no "<" is written)
            raw = data.decode("utf-8").lower().replace(
                '<script type="application/ld+json">{', "{")
            # markup can only be a real tag when unescaped; escaped text is harmless text
            assert "<script" not in raw and "<h:script" not in raw and "javascript:" not in raw
            assert "/etc/passwd" not in raw and "<!doctype x" not in raw
        assert_valid_outputs(project)  # schema-valid: only vocabulary elements/attributes
        page = lxml.html.document_fromstring(
            (project / "build" / "ru" / f"{RELEASE_ID}.html").read_bytes())
        assert not page.xpath("//script[not(@type='application/ld+json')]"
                              " | //img[not(parent::figure)] | //a[not(parent::nav)]")
        assert not [(e.tag, a) for e in page.iter() for a in e.attrib
                    if a.startswith("on") or "javascript:" in e.get(a, "").lower()]


def test_a_translator_cannot_set_the_language_or_direction_of_any_output(project):
    for msgstr in ('Министры после обмена нотами о <term xml:lang="ar">помощи</term>',
                   'Министры после обмена нотами о <term lang="ar" dir="rtl">помощи</term>'):
        set_msgstr(catalog_path(project, "ru"), "The ministers after the exchange", msgstr)
        report = build(load_config(project), locales=["ru"])
        assert "placeholder-attribute" in {i.code for i in report.results[0].issues}
        xml = (project / "build" / "ru" / f"{RELEASE_ID}.xml").read_text(encoding="utf-8")
        page = (project / "build" / "ru" / f"{RELEASE_ID}.html").read_text(encoding="utf-8")
        # the source text, said by communique to be English; nothing of the translator's
        assert '<caption xml:lang="en">The ministers after' in xml
        assert 'xml:lang="ar"' not in xml and "помощи" not in xml
        assert '<figcaption lang="en">The ministers after' in page
        assert 'lang="ar"' not in page and 'dir="rtl"' not in page


# ---------------------------------------------------------------- versions
def linked(root: Path, locale: str, release_id: str = RELEASE_ID) -> list[str]:
    """The locales a page links as its release's versions, as its head names them (one
    ``<link rel="alternate">`` each, its own included, and the source locale's page, when
    it is one, again as x-default); its nav lists the same, its own language unlinked.
    Each address is relative and leads to a page that is there."""
    page = root / "build" / locale / f"{release_id}.html"
    doc = lxml.html.document_fromstring(page.read_bytes())
    head = [(e.get("hreflang"), e.get("href"))
            for e in doc.xpath("/html/head/link[@rel='alternate']")]
    default = [href for tag, href in head if tag == "x-default"]
    head = [(tag, href) for tag, href in head if tag != "x-default"]
    folders = [href.split("/")[1] for _, href in head]
    assert [href for _, href in head] == [f"../{ll}/{release_id}.html" for ll in folders]
    assert [tag for tag, _ in head] == [ll.replace("_", "-") for ll in folders]  # BCP 47
    assert all((page.parent / href).resolve().is_file() for _, href in head)
    nav = [e.get("href").split("/")[1] if e.tag == "a" else locale
           for e in doc.xpath("//nav/ul[@class='versions']/li/*")]
    assert doc.xpath("//nav/ul/li/span/@aria-current") == (["page"] if nav else [])
    assert nav == folders
    assert default == ([f"../en/{release_id}.html"] if "en" in folders else [])
    return folders


EVERY = ["en", "ja", "ky", "ru", "ar"]  # the sample's locales, as pages list them


def _below_90_percent_in_kyrgyz(root: Path) -> bytes:
    """ky falls below a min-coverage of 90 (81%); returns its catalog as it was."""
    po = catalog_path(root, "ky")
    before = po.read_bytes()
    for start in ("Tokyo", "Press Releases", "The delegations during"):
        set_msgstr(po, start, "")
    return before


def _min_coverage(root: Path, percent: int) -> None:
    config = root / "communique.toml"
    config.write_text(re.sub(r"min-coverage = \d+", f"min-coverage = {percent}",
                             config.read_text(encoding="utf-8"), count=1), encoding="utf-8")


def _statuses(report: build_module.BuildReport) -> dict[str, Status]:
    return {r.locale: r.status for r in report.results}


def test_each_page_links_the_release_in_every_language_it_was_built_in(project):
    build(load_config(project))
    for locale in EVERY:  # the source locale, then the configured ones in their order
        assert linked(project, locale) == EVERY, locale
    ja = (project / "build" / "ja" / f"{RELEASE_ID}.html").read_text(encoding="utf-8")
    assert ('<a href="../ar/japan-kyrgyz-fm-meeting-2022.html" hreflang="ar" lang="ar" '
            'dir="rtl">العربية</a>') in ja
    assert '<li><span aria-current="page">日本語</span></li>' in ja


def test_readers_of_a_language_with_no_page_are_offered_the_source_locales(project):
    """hreflang x-default: Google's value for readers whose language none of the versions
    is in. The source locale's page is the original, never a fallback; with no such page
    there is no default (another language would be a guess)."""
    build(load_config(project), locales=["ja", "ar"])
    ar = (project / "build" / "ar" / f"{RELEASE_ID}.html").read_text(encoding="utf-8")
    assert linked(project, "ar") == ["ja", "ar"] and "x-default" not in ar
    build(load_config(project))
    for locale in EVERY:
        page = (project / "build" / locale / f"{RELEASE_ID}.html").read_text(encoding="utf-8")
        # once each, after the languages, beside the source's own hreflang="en" link
        assert page.count("x-default") == 1, locale
        assert ('<link rel="alternate" hreflang="ar" href="../ar/japan-kyrgyz-fm-meeting-2022'
                '.html">\n    <link rel="alternate" hreflang="x-default" '
                'href="../en/japan-kyrgyz-fm-meeting-2022.html">\n    <meta name="description"'
                ) in page


def test_a_release_built_in_one_language_lists_no_versions(project):
    build(load_config(project), locales=["ja"])
    page = (project / "build" / "ja" / f"{RELEASE_ID}.html").read_text(encoding="utf-8")
    assert linked(project, "ja") == []
    assert 'class="versions"' not in page


def test_a_locale_below_min_coverage_is_not_linked(project):
    _below_90_percent_in_kyrgyz(project)
    _min_coverage(project, 90)
    assert _statuses(build(load_config(project)))["ky"] is Status.SKIPPED
    for locale in ("en", "ja", "ru", "ar"):
        assert linked(project, locale) == ["en", "ja", "ru", "ar"], locale


def test_a_locale_newly_passing_min_coverage_appears_in_the_other_pages(project):
    catalog = _below_90_percent_in_kyrgyz(project)
    _min_coverage(project, 90)
    build(load_config(project))
    catalog_path(project, "ky").write_bytes(catalog)  # translated again
    # ky is built, and every other page of the release written again to link it (strict:
    # checked first, then written; reported as built)
    code, out = run("--strict", "--format", "json")
    assert code == 0, out
    assert {r["locale"]: r["status"] for r in json.loads(out)["results"]} == dict.fromkeys(
        EVERY, "built")
    for locale in EVERY:
        assert linked(project, locale) == EVERY, locale
    times = mtimes(project)
    assert _statuses(build(load_config(project))) == dict.fromkeys(EVERY, Status.UNCHANGED)
    assert mtimes(project) == times  # nothing rewritten, the record included


def test_a_locale_falling_below_min_coverage_leaves_the_others_and_its_pages_go(project):
    build(load_config(project))
    _below_90_percent_in_kyrgyz(project)
    _min_coverage(project, 90)  # (a new threshold: every pair is built again)
    assert _statuses(build(load_config(project)))["ky"] is Status.SKIPPED
    # an out-of-date page nothing lists or links is not left to be published
    assert not (project / "build" / "ky" / f"{RELEASE_ID}.html").exists()
    assert not (project / "build" / "ky" / f"{RELEASE_ID}.xml").exists()
    for locale in ("en", "ja", "ru", "ar"):
        assert linked(project, locale) == ["en", "ja", "ru", "ar"], locale
    times = mtimes(project)
    assert set(_statuses(build(load_config(project))).values()) == {
        Status.UNCHANGED, Status.SKIPPED}
    assert mtimes(project) == times


SKIPPED_NOT_OURS = (
    "not removed: its release is below min-coverage in this locale, and its pages are "
    "taken down, but it is not the file communique wrote (changed or replaced since); "
    "delete it by hand if it is to go")


def test_a_pair_falling_below_min_coverage_takes_down_only_what_communique_wrote(project):
    """Its pages go as a withdrawn release's do: the XML as written goes, a page edited by
    hand since stays, and is said (on stderr, and in --format json)."""
    build(load_config(project))
    page = project / "build" / "ky" / f"{RELEASE_ID}.html"
    page.write_text(page.read_text("utf-8").replace("</body>", "<p>Note</p></body>"),
                    "utf-8")
    _below_90_percent_in_kyrgyz(project)
    result = CliRunner().invoke(app, ["build", "--min-coverage", "90", "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert {r["locale"]: r["status"] for r in report["results"]}["ky"] == "skipped"
    assert report["not-removed"] == [
        {"file": f"build/ky/{RELEASE_ID}.html", "message": SKIPPED_NOT_OURS}]
    assert "<p>Note</p>" in page.read_text("utf-8")
    assert not (project / "build" / "ky" / f"{RELEASE_ID}.xml").exists()
    assert f"{RELEASE_ID}.html" not in (project / "build" / "ky" / "index.html").read_text(
        "utf-8")
    assert linked(project, "ja") == ["en", "ja", "ru", "ar"]


def test_a_page_of_one_s_own_where_a_skipped_pair_has_none_stays(project):
    """A file under a skipped pair's page name that the record does not describe (a
    translation made by hand, say) is not communique's: it stays, and is said."""
    _below_90_percent_in_kyrgyz(project)
    own = project / "build" / "ky" / f"{RELEASE_ID}.html"
    own.parent.mkdir(parents=True)
    own.write_text("<p>translated by hand</p>", "utf-8")
    result = CliRunner().invoke(app, ["build", "--min-coverage", "90"])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"warning: build/ky/{RELEASE_ID}.html: {SKIPPED_NOT_OURS}"]
    assert own.read_text("utf-8") == "<p>translated by hand</p>"


def test_a_pair_that_fails_keeps_its_last_page_and_its_place_in_the_others(project):
    build(load_config(project))
    page = (project / "build" / "ja" / f"{RELEASE_ID}.html").read_bytes()
    catalog_path(project, "ja").write_text('msgid "x"\nmsgstr "unterminated\n',
                                           encoding="utf-8")
    times = mtimes(project)
    report = build(load_config(project))
    assert _statuses(report) == {**dict.fromkeys(EVERY, Status.UNCHANGED),
                                 "ja": Status.FAILED}
    # the page readers find is still there, listed, and linked: nothing else rewritten
    assert (project / "build" / "ja" / f"{RELEASE_ID}.html").read_bytes() == page
    assert f"{RELEASE_ID}.html" in (project / "build" / "ja" / "index.html").read_text()
    assert linked(project, "ru") == EVERY
    assert {k: v for k, v in mtimes(project).items() if CACHE_NAME not in k} == {
        k: v for k, v in times.items() if CACHE_NAME not in k}


def test_locales_built_apart_link_each_other_as_soon_as_both_have_pages(project):
    def page_time(locale: str) -> int:
        return (project / "build" / locale / f"{RELEASE_ID}.html").stat().st_mtime_ns

    build(load_config(project), locales=["ja"])
    assert _statuses(build(load_config(project), locales=["ru"])) == {"ru": Status.BUILT}
    assert linked(project, "ru") == ["ja", "ru"]
    # ja is not built in this run, but its page is written again to link ru (its inputs
    # are as it was built from: tests/test_build_versions.py): not reported
    assert linked(project, "ja") == ["ja", "ru"]
    ja = page_time("ja")
    assert _statuses(build(load_config(project), locales=["ja"])) == {
        "ja": Status.UNCHANGED}
    assert page_time("ja") == ja
    ru = page_time("ru")
    assert _statuses(build(load_config(project), locales=["ru"])) == {
        "ru": Status.UNCHANGED}
    assert page_time("ru") == ru
    # the whole project: the new pages, and the two earlier ones written again
    assert _statuses(build(load_config(project))) == dict.fromkeys(EVERY, Status.BUILT)
    for locale in EVERY:
        assert linked(project, locale) == EVERY, locale
    times = mtimes(project)
    assert _statuses(build(load_config(project))) == dict.fromkeys(EVERY, Status.UNCHANGED)
    assert _statuses(build(load_config(project), locales=["ja"])) == {
        "ja": Status.UNCHANGED}
    assert mtimes(project) == times


def test_only_pages_whose_versions_change_are_written_again(project):
    build(load_config(project))
    set_msgstr(catalog_path(project, "ru"), "Tokyo", "ТОКИО")  # ru is built again...
    report = build(load_config(project))
    # ...and still has a page: the others link what they linked, and are left alone
    assert _statuses(report) == {**dict.fromkeys(EVERY, Status.UNCHANGED),
                                 "ru": Status.BUILT}


def test_a_regional_locale_is_linked_by_its_bcp47_tag_and_its_folder(project):
    config = project / "communique.toml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        'locales = ["ja", "ky", "ru", "ar"]', 'locales = ["ja", "ky", "ru", "ar", "pt_BR"]'),
        encoding="utf-8")
    build(load_config(project))  # pt_BR has no catalog: its page is the source text
    assert linked(project, "ja") == [*EVERY, "pt_BR"]  # (checked: hreflang="pt-BR")
    ja = (project / "build" / "ja" / f"{RELEASE_ID}.html").read_text(encoding="utf-8")
    assert ('<link rel="alternate" hreflang="pt-BR" '
            'href="../pt_BR/japan-kyrgyz-fm-meeting-2022.html">') in ja
    assert 'lang="pt-BR">português (Brasil)</a>' in ja


def _pseudo_page(root: Path, locale: str) -> tuple[list[str], list[str]]:
    """A pseudo-locale's page: the locales its head links, and those its nav lists."""
    doc = lxml.html.document_fromstring(
        (root / "build" / locale / f"{RELEASE_ID}.html").read_bytes())
    nav = [e.get("href").split("/")[1] if e.tag == "a" else locale
           for e in doc.xpath("//nav/ul[@class='versions']/li/*")]
    return [e.get("hreflang") for e in doc.xpath("//head/link")], nav


def test_a_pseudo_locale_is_no_language_of_the_real_pages_and_lists_them_for_its_test(
        project):
    """Pseudo-locales (en-XA, ar-XB) test layout: real pages neither list nor link them
    (nor does a search engine learn of them: a region XA is no country). A pseudo page's
    nav is a real page's with itself in its place; its head links nothing. Building one
    rewrites no real page (nor the front page, which lists none), and no other pseudo
    page."""
    for step in (["extract"], ["pseudo", "--locale", "en-XA"], ["pseudo", "--locale", "ar-XB"]):
        assert CliRunner().invoke(app, step).exit_code == 0, step
    build(load_config(project))
    times = mtimes(project)
    assert _statuses(build(load_config(project), locales=["en-XA"])) == {
        "en-XA": Status.BUILT}
    assert _pseudo_page(project, "en-XA") == ([], [*EVERY, "en-XA"])
    assert _statuses(build(load_config(project), locales=["ar-XB"])) == {
        "ar-XB": Status.BUILT}
    assert _pseudo_page(project, "ar-XB") == ([], [*EVERY, "ar-XB"])
    for locale in EVERY:
        assert linked(project, locale) == EVERY, locale
    changed = {k for k, v in mtimes(project).items() if times.get(k) != v}
    assert changed == {f"build/{ll}/{name}" for ll in ("en-XA", "ar-XB")
                       for name in (f"{RELEASE_ID}.xml", f"{RELEASE_ID}.html",
                                    "index.html")} | {f"build/{CACHE_NAME}"}
    # the record says what each page lists: every later build finds every page as it is
    times = mtimes(project)
    for locales in (None, ["en-XA", "ar-XB"], [*EVERY, "en-XA", "ar-XB"]):
        report = build(load_config(project), locales=locales)
        assert {r.status for r in report.results} == {Status.UNCHANGED}, locales
    assert mtimes(project) == times
    # a real language that goes takes its place in the pseudo pages too, when built
    _below_90_percent_in_kyrgyz(project)
    _min_coverage(project, 90)
    build(load_config(project), locales=[*EVERY, "en-XA", "ar-XB"])
    assert _pseudo_page(project, "ar-XB") == ([], ["en", "ja", "ru", "ar", "ar-XB"])
    assert linked(project, "ja") == ["en", "ja", "ru", "ar"]


def _times(root: Path, locale: str) -> list[str]:
    doc = lxml.html.document_fromstring(
        (root / "build" / locale / f"{RELEASE_ID}.html").read_bytes())
    return [e.text_content() for e in doc.xpath("//body//time")]


def test_a_bidi_pseudo_page_is_right_to_left_with_the_source_locales_values(project):
    """ar-XB previews an Arabic layout of the source text (ICU's ar-XB is English data
    written right to left): the page is dir="rtl", its text the source's in RLO...PDF,
    and its dates and times are the source locale's, house style (zone, time pattern)
    included, not Arabic's. en-XA stays a left-to-right page."""
    for step in (["extract"], ["pseudo", "--locale", "en-XA"], ["pseudo", "--locale", "ar-XB"]):
        assert CliRunner().invoke(app, step).exit_code == 0, step
    report = build(load_config(project), locales=["en", "ar", "en-XA", "ar-XB"])
    assert {r.status for r in report.results} == {Status.BUILT}
    page = lxml.html.document_fromstring(
        (project / "build" / "ar-XB" / f"{RELEASE_ID}.html").read_bytes())
    assert (page.get("lang"), page.get("dir")) == ("ar-XB", "rtl")
    title = "Foreign Ministers of Japan and the Kyrgyz Republic Meet in Tokyo"
    assert page.findtext(".//title") == re.sub(r"(\w+)", "\u202e\\1\u202c", title)
    # (the en page keeps the release's own words; "h:mm a" is [locale.en]'s time-pattern)
    assert _times(project, "ar-XB") == [
        "December 24, 2022", "December 24, 2022, 5:00 PM Japan Standard Time",
        "December 24", "2:40 PM", "30 minutes", "December 23", "October",
        "1 hour, 30 minutes"]
    xa = lxml.html.document_fromstring(
        (project / "build" / "en-XA" / f"{RELEASE_ID}.html").read_bytes())
    assert (xa.get("lang"), xa.get("dir")) == ("en-XA", "ltr")


@pytest.mark.parametrize(("lang", "direction", "nav_dir"), [("fr", "ltr", None),
                                                             ("ar", "rtl", "ltr")])
def test_a_release_not_in_the_source_language_says_its_own_in_the_source_locale(
        project, lang, direction, nav_dir):
    """A release whose xml:lang is not the source locale's (written in French, in an
    English project) is built into the source locale as it is: its XML and page say the
    language its text is in (WCAG 2.1 SC 3.1.1), the page's few English words say theirs
    (SC 3.1.2), the index marks its title, and the build warns, once, each run."""
    release = project / "releases" / f"{RELEASE_ID}.xml"
    source = release.read_bytes().replace(b'xml:lang="en"', f'xml:lang="{lang}"'.encode(), 1)
    release.write_bytes(source)
    report = build(load_config(project))
    assert (project / "build" / "en" / f"{RELEASE_ID}.xml").read_bytes() == source
    doc = lxml.html.document_fromstring(
        (project / "build" / "en" / f"{RELEASE_ID}.html").read_bytes())
    assert (doc.get("lang"), doc.get("dir")) == (lang, direction)
    nav = doc.find(".//nav")
    assert (nav.get("lang"), nav.get("dir")) == ("en", nav_dir)  # Press releases, Languages
    assert doc.find_class("embargo")[0].get("lang") == "en"
    assert doc.find(".//h1").get("lang") is None  # in the page's language
    index = lxml.html.document_fromstring(
        (project / "build" / "en" / "index.html").read_bytes())
    assert index.find(".//li/a").get("lang") == lang
    # the other locales are as they were: their page in their language
    ja = lxml.html.document_fromstring(
        (project / "build" / "ja" / f"{RELEASE_ID}.html").read_bytes())
    assert ja.get("lang") == "ja" and ja.find(".//nav").get("lang") is None
    warned = [(r.locale, i.code) for r in report.results for i in r.issues
              if i.code == "release-language"]
    assert warned == [("en", "release-language")]
    code, out = run("--format", "json")  # unchanged: the warning stands...
    assert code == 0 and [(r["status"], i["code"], i["message"])
                          for r in json.loads(out)["results"] for i in r["issues"]] == [
        ("unchanged", "release-language", f"written in {lang} (xml:lang), not in en, the "
         f"source locale: its en page is in {lang}, and says so")]
    assert run("--strict")[0] == 1  # ...and --strict refuses the build
    code, out = run()  # the text report says why, not only "100% translated"
    assert code == 0 and f"releases/{RELEASE_ID}.xml:2: warning: written in {lang}" in out


def test_a_release_more_precisely_tagged_than_the_source_locale_is_no_other_language(
        project):
    """A release in en-GB in an en project is in the source locale's language: its page
    says en-GB, as its text is, and nothing is warned; fr-CA is another language."""
    release = project / "releases" / f"{RELEASE_ID}.xml"
    release.write_bytes(release.read_bytes().replace(b'xml:lang="en"', b'xml:lang="en-GB"', 1))
    report = build(load_config(project))
    assert [i.code for r in report.results for i in r.issues
            if i.code == "release-language"] == []
    page = lxml.html.document_fromstring(
        (project / "build" / "en" / f"{RELEASE_ID}.html").read_bytes())
    assert page.get("lang") == "en-GB"
    release.write_bytes(release.read_bytes().replace(b'xml:lang="en-GB"', b'xml:lang="fr-CA"', 1))
    report = build(load_config(project))
    assert [(r.locale, i.code) for r in report.results for i in r.issues
            if i.code == "release-language"] == [("en", "release-language")]


def test_the_release_language_warning_points_at_the_root_element_as_validate_does(project):
    """build said `releases/x.xml: warning: written in fr...` with no line; validate
    gives the same finding at the root element's line. A comment above the root moves
    it to line 4: the line is the root's, not a fixed one. The record keeps it."""
    release = project / "releases" / f"{RELEASE_ID}.xml"
    source = release.read_bytes().replace(b'xml:lang="en"', b'xml:lang="fr"', 1)
    release.write_bytes(source.replace(b"?>\n", b"?>\n<!-- two\n lines -->\n", 1))
    for status in ("built", "unchanged"):
        code, out = run("--format", "json")
        assert code == 0
        assert [(r["status"], i["line"]) for r in json.loads(out)["results"]
                for i in r["issues"] if i["code"] == "release-language"] == [(status, 4)]
    code, out = run()
    assert code == 0 and f"releases/{RELEASE_ID}.xml:4: warning: written in fr" in out


@pytest.mark.parametrize("obsolete", [False, True])  # read the quick way, and by parse_po
def test_a_header_line_without_its_newline_is_warned_once_where_validate_reports_it(
        project, obsolete):
    """build read no header and said nothing, while msgfmt reads the next field as part
    of that line's (here MIME-Version) and validate refuses the catalog."""
    po = catalog_path(project, "ru")
    text = po.read_text(encoding="utf-8")
    assert text.count('"Language: ru\\n"') == 1
    text = text.replace('"Language: ru\\n"', '"Language: ru"')
    po.write_text(text + ('\n#~ msgid "Gone"\n#~ msgstr "Нет"\n' if obsolete else ""),
                  encoding="utf-8")
    line = text.splitlines().index('"Language: ru"') + 1
    for status in ("built", "unchanged"):
        code, out = run("--format", "json")
        assert code == 0, out
        assert [(r["locale"], r["status"], i["line"], i["column"], i["severity"])
                for r in json.loads(out)["results"] for i in r["issues"]
                if i["code"] == "header-line-end"] == [("ru", status, line, 14, "warning")]
    checked = CliRunner().invoke(app, ["validate", "--format", "json"])
    assert [(i["line"], i["column"]) for i in json.loads(checked.stdout)
            if i["code"] == "header-line-end"] == [(line, 14)]


def test_xml_in_releases_that_is_no_release_is_said_so_as_validate_says_it(project):
    # A sitemap in releases/ got libxml2's "Element 'urlset': No matching global
    # declaration available for the validation root.", once a locale.
    (project / "releases" / "sitemap.xml").write_text("<urlset><url/></urlset>\n",
                                                      encoding="utf-8")
    code, out = run()
    assert code == 2
    said = [line for line in out.splitlines() if "sitemap.xml:" in line]
    assert said == ["releases/sitemap.xml:1: error: not a release: its root element is "
                    "<urlset>, not <release> in namespace https://ns.communique.dev/release/1;"
                    " if the file is not meant to be one, keep it out of the "
                    "releases folder [schema]"]  # (validate's code)
    assert (project / "build" / "ja" / f"{RELEASE_ID}.html").exists()  # the rest is built


def test_a_translator_cannot_change_what_a_page_links_or_how_it_names_it(project):
    evil = ('</title><link rel="alternate" hreflang="xx" href="https://evil.example/">'
            '<a href="https://evil.example/" hreflang="ja">日本語</a>')
    for locale in ("ja", "ru", "ar"):
        po = catalog_path(project, locale)
        set_msgstr(po, "Foreign Ministers of Japan and the Kyrgyz", evil)
        po.write_text(po.read_text(encoding="utf-8").replace(
            '"Language: ', '"Language: xx\\n"\n"X-Was: '), encoding="utf-8")
    build(load_config(project))
    for locale in EVERY:
        assert linked(project, locale) == EVERY
        doc = lxml.html.document_fromstring(
            (project / "build" / locale / f"{RELEASE_ID}.html").read_bytes())
        assert [e.text for e in doc.xpath("//nav/ul/li/*")] == [
            "English", "日本語", "кыргызча", "русский", "العربية"]
        assert not doc.xpath("//*[contains(@href, 'evil')]")


def test_strict_neither_writes_nor_removes_a_page_when_a_locale_drops_out(project):
    build(load_config(project))
    before, times = outputs(project), mtimes(project)
    _below_90_percent_in_kyrgyz(project)
    code, out = run("--strict", "--min-coverage", "90")
    assert code == 1 and "not built (--strict)" in out
    assert outputs(project) == before and mtimes(project) == times


def test_pages_built_by_workers_link_the_versions_each_release_has(project):
    _many_releases(project, build_module.SERIAL_BELOW)
    build(load_config(project), locales=["ja"], jobs=2)
    report = build(load_config(project), locales=["ja", "ar"], jobs=2)
    assert {r.status for r in report.results} == {Status.BUILT}
    for n in range(build_module.SERIAL_BELOW):
        assert linked(project, "ja", f"release-{n:03d}") == ["ja", "ar"]
        assert linked(project, "ar", f"release-{n:03d}") == ["ja", "ar"]
    # a locale built alone: the workers write again the pages of those left out
    report = build(load_config(project), locales=["ru"], jobs=2)
    assert {r.status for r in report.results} == {Status.BUILT} and report.stale == {}
    for n in range(build_module.SERIAL_BELOW):
        assert linked(project, "ja", f"release-{n:03d}") == ["ja", "ru", "ar"]


# ---------------------------------------------------------------- strict
def test_strict_with_a_fallback_fails_and_writes_nothing(project):
    set_msgstr(catalog_path(project, "ar"), "Tokyo", "")
    code, out = run("--strict")
    assert code == 1, out
    assert "not built (--strict)" in out
    assert outputs(project) == {}


def test_strict_does_not_touch_an_earlier_build(project):
    assert run()[0] == 0
    before, times = outputs(project), mtimes(project)
    set_msgstr(catalog_path(project, "ja"), "Tokyo", "<b>東京</b>")
    code, out = run("--strict", "--format", "json")
    assert code == 1
    assert json.loads(out)["written"] is False
    assert outputs(project) == before and mtimes(project) == times


def test_strict_with_an_unreadable_release_exits_2_as_any_build_does_and_writes_nothing(
        project):
    (project / "releases" / "broken.xml").write_text("<release>", encoding="utf-8")
    code, out = run("--strict")
    assert code == 2, out  # unreadable input outranks "problems found" (1)
    assert "not built (--strict)" in out
    assert outputs(project) == {}


def test_strict_with_complete_translations_builds(project):
    code, out = run("--strict")
    assert code == 0, out
    assert_valid_outputs(project)
    # and says so: a CI job reading the report must not take it for a refusal
    assert "not built" not in out and "5 built -> build/" in out
    code, out = run("--strict", "--format", "json")
    assert code == 0 and json.loads(out)["written"] is True


# ---------------------------------------------------------------- interruption
def test_an_interrupted_build_leaves_earlier_outputs_intact_and_no_temp_files(project,
                                                                              monkeypatch):
    _many_releases(project, 1)  # a second release, release-000, built after the sample
    build(load_config(project), locales=["en", "ja", "ar"])
    before = outputs(project)
    for rid in (RELEASE_ID, "release-000"):
        for ll in ("ja", "ar"):
            set_msgstr(catalog_path(project, ll, rid), "Tokyo", "TOKYO")
    real_page = build_pair.release_page
    calls = []

    def crash_on_fourth(*args, **kwargs):
        calls.append(1)
        if len(calls) == 4:  # the sample's ja and ar are done, release-000's ja is done
            raise KeyboardInterrupt
        return real_page(*args, **kwargs)

    monkeypatch.setattr(build_pair, "release_page", crash_on_fourth)
    with pytest.raises(KeyboardInterrupt):
        build(load_config(project), locales=["en", "ja", "ar"], jobs=1)
    after = outputs(project)
    assert set(after) == set(before)  # no temp file left, nothing removed
    for name, data in after.items():
        if data != before[name] and name.endswith(".xml"):  # complete when changed
            assert parse_release(data, name).lang == name.split("/")[0]
    assert after["ar/release-000.html"] == before["ar/release-000.html"]
    monkeypatch.setattr(build_pair, "release_page", real_page)
    report = build(load_config(project), locales=["en", "ja", "ar"])
    # the finished release was recorded and is not redone; the interrupted one is
    assert {(r.release_id, r.locale): r.status for r in report.results} == {
        (RELEASE_ID, "en"): Status.UNCHANGED, (RELEASE_ID, "ja"): Status.UNCHANGED,
        (RELEASE_ID, "ar"): Status.UNCHANGED, ("release-000", "en"): Status.UNCHANGED,
        ("release-000", "ja"): Status.BUILT, ("release-000", "ar"): Status.BUILT}
    assert all("TOKYO" in (project / "build" / ll / f"{rid}.xml").read_text()
               for ll in ("ja", "ar") for rid in (RELEASE_ID, "release-000"))


def test_the_record_a_killed_build_was_saving_is_removed_by_the_next_build(project):
    # SIGKILL (a CI runner's hard kill, the OOM killer) runs no clean-up: the temp file
    # of the record it was writing stays, and would be published with the folder.
    build(load_config(project))
    before = outputs(project)
    import subprocess
    import sys

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    leftover = project / "build" / f".{CACHE_NAME}.{dead}.0.tmp"
    leftover.write_bytes((project / "build" / CACHE_NAME).read_bytes()[:100])

    build(load_config(project))  # nothing to build: the record is not even saved
    assert not leftover.exists()
    assert outputs(project) == before


def test_a_crash_while_writing_leaves_no_partial_file(project, monkeypatch):
    build(load_config(project))
    before = outputs(project)
    set_msgstr(catalog_path(project, "ja"), "Tokyo", "TOKYO")
    real_replace = os.replace

    def failing_replace(src, dst):
        if str(dst).endswith(".html") and "/ja/" in str(dst):
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError):
        build(load_config(project), jobs=1)
    after = outputs(project)
    assert set(after) == set(before)
    assert after[f"ja/{RELEASE_ID}.html"] == before[f"ja/{RELEASE_ID}.html"]


# ---------------------------------------------------------------- unchanged inputs
def test_unchanged_inputs_are_not_rebuilt(project):
    build(load_config(project))
    times = mtimes(project)
    report = build(load_config(project))
    assert {r.status for r in report.results} == {Status.UNCHANGED}
    assert {k: v for k, v in mtimes(project).items() if CACHE_NAME not in k} == {
        k: v for k, v in times.items() if CACHE_NAME not in k}


def test_a_touched_but_identical_input_is_not_rebuilt(project):
    build(load_config(project))
    release = project / "releases" / f"{RELEASE_ID}.xml"
    release.write_bytes(release.read_bytes())
    os.utime(release, ns=(1, 1))
    assert {r.status for r in build(load_config(project)).results} == {Status.UNCHANGED}


def test_a_changed_catalog_rebuilds_only_its_locale(project):
    build(load_config(project))
    set_msgstr(catalog_path(project, "ru"), "Tokyo", "ТОКИО")
    report = build(load_config(project))
    assert {r.locale: r.status for r in report.results} == {
        "en": Status.UNCHANGED, "ja": Status.UNCHANGED, "ky": Status.UNCHANGED,
        "ru": Status.BUILT, "ar": Status.UNCHANGED}


def test_a_changed_release_setting_or_deleted_output_rebuilds(project):
    build(load_config(project))
    (project / "build" / "ja" / f"{RELEASE_ID}.html").unlink()
    config = (project / "communique.toml").read_text()
    (project / "communique.toml").write_text(config.replace('zone = "Asia/Bishkek"',
                                                            'zone = "Asia/Almaty"'))
    report = build(load_config(project))
    assert {r.locale for r in report.results if r.status is Status.BUILT} == {"ja", "ky"}
    assert (project / "build" / "ja" / f"{RELEASE_ID}.html").exists()
    assert {r.status for r in build(load_config(project), force=True).results} == {
        Status.BUILT}


def test_a_forced_rebuild_leaves_identical_outputs_untouched(project):
    build(load_config(project))
    times = mtimes(project)
    assert {r.status for r in build(load_config(project), force=True).results} == {
        Status.BUILT}
    assert {k: v for k, v in mtimes(project).items() if CACHE_NAME not in k} == {
        k: v for k, v in times.items() if CACHE_NAME not in k}


def test_outputs_into_a_new_folder_are_written_without_reading_back(project, monkeypatch):
    written = []
    real = build_pair.write_bytes

    def spy(path: Path | str, data: bytes, *, if_changed: bool = True) -> bool:
        written.append((Path(path).parent.name, Path(path).suffix, if_changed))
        return real(path, data, if_changed=if_changed)

    monkeypatch.setattr(build_pair, "write_bytes", spy)
    build(load_config(project), locales=["ja"])
    build(load_config(project), locales=["ja", "ru"], force=True)
    pages = {(folder, compared) for folder, suffix, compared in written if suffix == ".xml"}
    assert pages == {("ja", False), ("ja", True), ("ru", False)}


def test_building_one_locale_keeps_the_others_recorded_and_listed(project):
    build(load_config(project))
    front = (project / "build" / "index.html").read_bytes()
    set_msgstr(catalog_path(project, "ja"), "Tokyo", "とうきょう")
    report = build(load_config(project), locales=["ja"])
    assert [(r.locale, r.status) for r in report.results] == [("ja", Status.BUILT)]
    assert (project / "build" / "index.html").read_bytes() == front  # all five still there
    assert {r.status for r in build(load_config(project)).results} == {Status.UNCHANGED}


def test_a_removed_release_leaves_the_index(project):
    _many_releases(project, 1)
    build(load_config(project), locales=["ja"])
    assert "release-000.html" in (project / "build" / "ja" / "index.html").read_text()
    (project / "releases" / "release-000.xml").unlink()
    report = build(load_config(project), locales=["ja"])
    assert [r.release_id for r in report.results] == [RELEASE_ID]
    assert "release-000.html" not in (project / "build" / "ja" / "index.html").read_text()


def test_a_corrupt_cache_only_means_a_rebuild(project):
    build(load_config(project))
    (project / "build" / CACHE_NAME).write_text("{not json")
    assert {r.status for r in build(load_config(project)).results} == {Status.BUILT}


def test_the_record_of_older_versions_is_removed_when_a_record_is_saved(project):
    legacy = project / "build" / build_record.LEGACY_CACHE_NAME
    legacy.parent.mkdir(parents=True)
    legacy.write_text('{"format": 2}')
    build(load_config(project))
    assert not legacy.exists() and (project / "build" / CACHE_NAME).exists()


def test_the_record_lists_pairs_by_release_then_locale(project):
    _many_releases(project, 2)
    build(load_config(project), locales=["ja", "en", "ar"])
    lines = (project / "build" / CACHE_NAME).read_bytes().splitlines()[1:]
    keys = [tuple(json.loads(line)[:2]) for line in lines]
    releases = sorted(f"releases/{p.name}" for p in (project / "releases").glob("*.xml"))
    assert keys == [(path, ll) for path in releases for ll in ("ar", "en", "ja")]


def test_the_record_names_no_path_of_the_machine_and_survives_a_moved_project(
        project, tmp_path, monkeypatch):
    # The output folder is what gets published, and a CI checkout moves between runs.
    build(load_config(project), locales=["ja", "ar"])
    record = (project / "build" / CACHE_NAME).read_bytes()
    assert str(tmp_path).encode() not in record
    assert b'"c":["locales/ja/LC_MESSAGES/' in record
    moved = tmp_path / "elsewhere"
    project.rename(moved)
    monkeypatch.chdir(moved)
    results = build(load_config(moved), locales=["ja", "ar"]).results
    assert [r.status for r in results] == [Status.UNCHANGED, Status.UNCHANGED]
    assert all(not o.startswith(str(project)) for r in results for o in r.outputs)


def test_a_recorded_issue_is_shown_from_the_folder_the_next_build_runs_in(
        project, tmp_path, monkeypatch):
    set_msgstr(catalog_path(project, "ja"), "Tokyo", "")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # outside the project: the issue's path shows absolute
    config = load_config(project / "communique.toml")
    first = build(config, locales=["ja"]).results[0]
    assert first.issues[0].path.startswith(str(project))
    assert str(tmp_path).encode() not in (project / "build" / CACHE_NAME).read_bytes()
    monkeypatch.chdir(project)
    again = build(config, locales=["ja"]).results[0]
    assert again.status == Status.UNCHANGED
    assert [(i.path, i.code) for i in again.issues] \
        == [(f"locales/ja/LC_MESSAGES/{RELEASE_ID}.po", "untranslated")]


def test_a_record_of_the_previous_format_only_means_a_rebuild(project):
    build(load_config(project), locales=["ja"])
    path = project / "build" / CACHE_NAME
    lines = path.read_bytes().splitlines()
    old = [b'{"format":3,"tool":"0.1.0"}'] + [
        b'["ja:%s",%s]' % (json.dumps(key).encode()[1:-1], json.dumps(entry).encode())
        for key, _, entry in map(json.loads, lines[1:])]
    path.write_bytes(b"\n".join(old) + b"\n")
    assert [r.status for r in build(load_config(project), locales=["ja"]).results] \
        == [Status.BUILT]
    assert path.read_bytes().startswith(b'{"format":%d,' % build_record.CACHE_FORMAT)


def test_a_damaged_record_line_only_means_a_rebuild(project):
    build(load_config(project), locales=["ja"])
    path = project / "build" / CACHE_NAME
    path.write_bytes(path.read_bytes()[:-3])  # the last line cut short
    assert {r.status for r in build(load_config(project), locales=["ja"]).results} \
        == {Status.BUILT}


def test_building_some_releases_keeps_the_others_recorded(project):
    _many_releases(project, 2)
    build(load_config(project), locales=["ja"])
    set_msgstr(catalog_path(project, "ja", "release-001"), "Tokyo", "とうきょう")
    report = build(load_config(project), locales=["ja"],
                   releases=[project / "releases" / "release-001.xml"])
    assert [(r.release_id, r.status) for r in report.results] == [
        ("release-001", Status.BUILT)]
    assert "release-000.html" in (project / "build" / "ja" / "index.html").read_text()
    assert {r.status for r in build(load_config(project), locales=["ja"]).results} == {
        Status.UNCHANGED}


# ---------------------------------------------------------------- streaming
def test_results_are_handed_over_as_each_release_is_built(project):
    """The report is not held: the first release's results reach the sink before the
    next release is built (so a CLI can write them, and forget them, as they come)."""
    _many_releases(project, 3)
    seen = []

    def sink(result: build_module.PairResult) -> None:
        later = project / "build" / "ja" / "release-002.xml"
        seen.append((result.release_id, result.locale, later.exists()))

    build_module.Build(load_config(project), locales=["en", "ja"], jobs=1).run(sink)
    assert seen[:2] == [(RELEASE_ID, "en", False), (RELEASE_ID, "ja", False)]
    assert [(rid, ll) for rid, ll, _ in seen] == [
        (rid, ll) for rid in (RELEASE_ID, "release-000", "release-001", "release-002")
        for ll in ("en", "ja")]


def test_the_json_report_is_the_whole_report_as_json(project):
    """Written result by result, the JSON is what one json.dumps of the report gives."""
    set_msgstr(catalog_path(project, "ar"), "Tokyo", "")
    build(load_config(project))
    whole = json.dumps(build(load_config(project)).as_dict(), ensure_ascii=False, indent=2)
    code, out = run("--format", "json")
    assert code == 0 and out == whole + "\n"
    code, out = run("--format", "json", "--strict")
    assert code == 1 and json.loads(out)["written"] is False
    (project / "releases" / f"{RELEASE_ID}.xml").unlink()  # no results at all
    report = build(load_config(project)).as_dict()
    assert report.pop("withdrawn")["releases"][0]["id"] == RELEASE_ID  # (said once)
    whole = json.dumps(report, ensure_ascii=False, indent=2)
    code, out = run("--format", "json")
    assert code == 0 and out == whole + "\n" and json.loads(out)["results"] == []


def test_many_releases_with_fallbacks_are_summed_up_per_locale(project):
    _many_releases(project, build_module.SERIAL_BELOW)
    for n in range(build_module.SERIAL_BELOW):
        set_msgstr(catalog_path(project, "ar", f"release-{n:03d}"), "Tokyo", "")
    (project / "releases" / "broken.xml").write_text("<release><oops></release>")
    code, out = run("--locale", "ja", "--locale", "ar", "--min-coverage", "99", "-j", "2")
    assert code == 2
    lines = out.splitlines()
    assert len([line for line in lines if ": error: " in line]) == 1
    assert lines[1:] == [  # locales in the order their first problem is reported
        "ja\t1 release with fallbacks or rejections",  # broken.xml comes first
        f"ar\t{build_module.SERIAL_BELOW + 1} releases with fallbacks or rejections, "
        f"{build_module.SERIAL_BELOW} skipped",
        f"{build_module.SERIAL_BELOW + 2} built, {build_module.SERIAL_BELOW} skipped, "
        f"2 failed -> build/ (formatting: babel); the {build_module.SERIAL_BELOW + 2} with "
        "problems are counted by locale above"]


# ---------------------------------------------------------------- parallel
def _many_releases(root: Path, count: int) -> None:
    source = (root / "releases" / f"{RELEASE_ID}.xml").read_text(encoding="utf-8")
    for n in range(count):
        rid = f"release-{n:03d}"
        (root / "releases" / f"{rid}.xml").write_text(
            source.replace(f'id="{RELEASE_ID}"', f'id="{rid}"'), encoding="utf-8")
        for ll in ("ja", "ar"):
            shutil.copy(catalog_path(root, ll), catalog_path(root, ll, rid))


def test_parallel_build_gives_the_same_outputs_as_a_serial_one(project, tmp_path):
    _many_releases(project, build_module.SERIAL_BELOW + 6)
    config = load_config(project)
    build(config, locales=["ja", "ar"], jobs=1)
    serial = outputs(project)
    shutil.rmtree(project / "build")
    report = build(config, locales=["ja", "ar"], jobs=2)
    assert report.count(Status.BUILT) == 2 * (build_module.SERIAL_BELOW + 7)
    parallel = outputs(project)
    assert {k: v for k, v in parallel.items() if CACHE_NAME not in k} == {
        k: v for k, v in serial.items() if CACHE_NAME not in k}
    index = (project / "build" / "ja" / "index.html").read_text(encoding="utf-8")
    assert index.count("<li>") == build_module.SERIAL_BELOW + 7


def test_a_parallel_build_loads_each_locale_s_data_before_its_workers_start(project):
    """Forked workers inherit the CLDR data of the run's locales (their direction and
    names) from the parent, which the index pages need there anyway, instead of each
    loading it at its first page: the parent has it although it built no page."""
    _many_releases(project, build_module.SERIAL_BELOW)
    build_pair._page_style.cache_clear()
    build(load_config(project), locales=["ja", "ar"], jobs=2)
    loaded = build_pair._page_style.cache_info().currsize
    assert loaded == (2 if build_module._start_method() == "fork" else 0)


# ---------------------------------------------------------------- errors and output
def test_an_unreadable_release_is_one_line_and_exit_2(project):
    (project / "releases" / "broken.xml").write_text("<release><oops></release>")
    code, out = run("--locale", "ja")
    assert code == 2
    assert "releases/broken.xml:1" in out and "Traceback" not in out
    assert (project / "build" / "ja" / f"{RELEASE_ID}.xml").exists()  # the rest is built


def test_an_unreadable_release_is_reported_once_for_all_locales(project):
    (project / "releases" / "broken.xml").write_text("<release><oops></release>")
    code, out = run()
    assert code == 2
    assert len([line for line in out.splitlines() if ": error: " in line]) == 1


@pytest.mark.parametrize("value", ["2022-12-24+09:00", "2022-12-24Z", "2022-12-24-05:00"])
def test_a_date_with_a_time_zone_is_refused_by_validate_and_build_alike(project, value):
    """XML Schema's dates may carry a zone ("2022-12-24+09:00"); a release's date is a
    calendar day (its time, with its zone, is <time>). Such a date was let through by
    validate, failed the build in every locale but the source's, whose page published
    <time datetime="2022-12-24+09:00">, which HTML has no such value of, and whose feed
    dated the release 1970-01-01. It is refused at its line, as any invalid value is."""
    release = project / "releases" / f"{RELEASE_ID}.xml"
    text = release.read_text(encoding="utf-8")
    release.write_text(text.replace('<date value="2022-12-24" skeleton="yMMMMd">',
                                    f'<date value="{value}" skeleton="yMMMMd">'),
                       encoding="utf-8")
    line = text[:text.index('<date value="2022-12-24" skeleton="yMMMMd">')].count("\n") + 1
    result = CliRunner().invoke(app, ["validate", f"releases/{RELEASE_ID}.xml"])
    assert result.exit_code == 1
    assert f"releases/{RELEASE_ID}.xml:{line}:" in result.output and value in result.output
    code, out = run()
    assert code == 2 and f"releases/{RELEASE_ID}.xml:{line}:" in out
    assert not list((project / "build").glob(f"*/{RELEASE_ID}.html"))


def test_a_broken_catalog_is_reported_with_its_line(project):
    catalog_path(project, "ja").write_text('msgid "x"\nmsgstr "unterminated\n',
                                           encoding="utf-8")
    code, out = run("--locale", "ja")
    assert code == 2
    assert f"locales/ja/LC_MESSAGES/{RELEASE_ID}.po:2" in out


@pytest.mark.parametrize("built_before", [False, True])
def test_a_catalog_that_is_a_folder_fails_its_pair_and_says_so_on_stderr(
        project, built_before):
    # Said only in the report on stdout (stderr empty, exit 2), where a CI log showing
    # stderr did not see it; after a build that had read the catalog, the build ended
    # before building anything, on the catalog's absolute path and with no report.
    if built_before:
        assert run("--locale", "ja")[0] == 0
    catalog = catalog_path(project, "ja")
    catalog.unlink()
    catalog.mkdir()
    result = CliRunner().invoke(app, ["build", "--locale", "ja", "--locale", "ru"])
    assert result.exit_code == 2
    assert result.stderr == (f"locales/ja/LC_MESSAGES/{RELEASE_ID}.po: error: cannot read: "
                             "Is a directory [unreadable]\n")
    assert result.stdout.splitlines()[0] == f"ja\treleases/{RELEASE_ID}.xml\tfailed"
    assert (project / "build" / "ru" / f"{RELEASE_ID}.html").exists()  # the rest is built


def _hreflangs(page: Path) -> list[str]:
    doc = lxml.html.document_fromstring(page.read_bytes())
    return doc.xpath("//link[@rel='alternate']/@hreflang")


def test_a_page_that_cannot_be_written_fails_its_pair_and_the_rest_is_built(tmp_path,
                                                                            monkeypatch):
    # A folder under a page's name stopped the whole build (exit 2 after some pages,
    # no index written, the record without them): the next build redid every pair.
    root = make_project(tmp_path / "site", site_url="https://a.example/")
    monkeypatch.chdir(root)
    assert run()[0] == 0
    page = root / "build" / "ru" / f"{RELEASE_ID}.html"
    page.unlink()
    page.mkdir()
    config = root / "communique.toml"
    config.write_text(config.read_text("utf-8").replace("a.example", "b.example"), "utf-8")
    result = CliRunner().invoke(app, ["build"])
    assert result.exit_code == 2
    assert result.stderr == (f"build/ru/{RELEASE_ID}.html: error: cannot write: Is a "
                             "directory [output-unwritable]\n")
    assert result.stdout.splitlines() == [
        f"ru\treleases/{RELEASE_ID}.xml\tfailed\t100% translated",
        "4 built, 1 failed -> build/ (formatting: babel); the 1 with problems is listed above"]
    # The others are built with the new address, and no longer link the page missing,
    # nor do the indexes, feeds and sitemap list it; its XML, of no page, is gone.
    for locale in ("en", "ja", "ky", "ar"):
        built = root / "build" / locale / f"{RELEASE_ID}.html"
        assert "https://b.example/" in built.read_text("utf-8")
        assert "ru" not in _hreflangs(built), locale
    assert RELEASE_ID not in (root / "build" / "ru" / "index.html").read_text("utf-8")
    assert not (root / "build" / "ru" / "feed.xml").exists()  # (no entry left)
    assert f"ru/{RELEASE_ID}" not in (root / "build" / "sitemap.xml").read_text("utf-8")
    assert not (root / "build" / "ru" / f"{RELEASE_ID}.xml").exists()
    assert page.is_dir()  # (someone's folder: left, and unsaid beyond the failure)
    # Recorded: the next build redoes only the pair that failed.
    report = build(load_config(root))
    assert {r.locale: r.status for r in report.results} == {
        "en": Status.UNCHANGED, "ja": Status.UNCHANGED, "ky": Status.UNCHANGED,
        "ru": Status.FAILED, "ar": Status.UNCHANGED}
    page.rmdir()
    report = build(load_config(root))
    assert not report.failed
    assert "ru" in _hreflangs(root / "build" / "ja" / f"{RELEASE_ID}.html")


def test_a_read_only_page_fails_its_pair_and_stays_listed_as_it_was(project):
    # As a pair whose catalog cannot be read: its last page is still there for readers.
    assert run()[0] == 0
    page = project / "build" / "ru" / f"{RELEASE_ID}.html"
    before = page.read_bytes()
    page.chmod(0o444)
    set_msgstr(catalog_path(project, "ru"), "Tokyo", "Токио (новое)")
    result = CliRunner().invoke(app, ["build"])
    assert result.exit_code == 2
    assert result.stderr == (f"build/ru/{RELEASE_ID}.html: error: cannot write: "
                             "Permission denied: a read-only file is not replaced "
                             "[output-unwritable]\n")
    assert page.read_bytes() == before
    assert RELEASE_ID in (project / "build" / "ru" / "index.html").read_text("utf-8")
    assert "ru" in _hreflangs(project / "build" / "ja" / f"{RELEASE_ID}.html")


def test_a_full_disk_still_stops_the_build(project, monkeypatch):
    # No other page could be written either: one line, as before, not a failure a pair.
    import errno

    def full(path: object, data: bytes, **_: object) -> bool:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(build_pair, "write_bytes", full)
    with pytest.raises(OSError, match="No space"):
        build(load_config(project), jobs=1)


def test_an_unreadable_release_is_said_on_stderr_once(project):
    (project / "releases" / "broken.xml").write_text("<release><oops></release>")
    result = CliRunner().invoke(app, ["build"])
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith("releases/broken.xml:1:") and line.endswith(" [unreadable]")
    assert ": error: " not in result.stdout


def test_unknown_locale_is_a_usage_error(project):
    code, out = run("--locale", "xx-nowhere")
    assert code == 2
    assert "xx-nowhere" in out


def test_json_result_per_release_and_locale(project):
    code, out = run("--format", "json", "--locale", "ja", "-o", "site")
    assert code == 0, out
    data = json.loads(out)
    assert data["output"] == "site" and data["written"] is True
    assert data["engines"]["ja"]["engine"] == "babel"
    assert data["summary"]["built"] == 1
    (result,) = data["results"]
    assert result == {
        "release": f"releases/{RELEASE_ID}.xml", "id": RELEASE_ID, "locale": "ja",
        "status": "built",
        "outputs": [f"site/ja/{RELEASE_ID}.xml", f"site/ja/{RELEASE_ID}.html"],
        "issues": [],
        "coverage": {"translated": {"segments": 16, "words": 291},
                     "fuzzy": {"segments": 0, "words": 0},
                     "untranslated": {"segments": 0, "words": 0},
                     "rejected": {"segments": 0, "words": 0}, "percent": 100.0}}
    assert (project / "site" / "index.html").exists()


def test_text_summary(project):
    code, out = run()
    assert code == 0
    assert out.strip() == "5 built -> build/ (formatting: babel)"
    code, out = run()
    assert out.strip() == "5 unchanged -> build/ (formatting: babel)"


@pytest.mark.parametrize("args", [[], ["--strict"]])
def test_the_text_summary_says_what_the_lines_above_it_are(project, args):
    # "5 built" under one line per pair with a fallback: the pairs built whole (the
    # source locale's always) are not listed, and nothing said which the lines were.
    for locale in ("ja", "ru"):
        set_msgstr(catalog_path(project, locale), "Tokyo", "")
    code, out = run(*args)
    assert code == (1 if args else 0), out
    *listed, summary = out.splitlines()
    assert [line.split("\t")[0] for line in listed] == ["ja", "ru"]
    assert summary.startswith("not built (--strict): 5 checked;" if args else "5 built -> ")
    assert summary.endswith("; the 2 with problems are listed above")


def test_a_big_builds_summary_says_its_lines_count_them_by_locale(project, monkeypatch):
    monkeypatch.setattr("toolkit.cli.build.PAIR_LINES", 0)
    set_msgstr(catalog_path(project, "ja"), "Tokyo", "")
    code, out = run()
    assert code == 0, out
    assert out.splitlines() == [
        "ja\t1 release with fallbacks or rejections",
        "5 built -> build/ (formatting: babel); the 1 with problems is counted by locale "
        "above"]


def test_a_pseudo_locale_builds_with_its_language_values(project):
    """`communique pseudo` then `build --locale en-XA`: CLDR has no en-XA, so values are
    formatted as English; no traceback, exit 0. The front page, which is for readers,
    does not offer it (its pages are at build/en-XA/ for whoever tests the layout)."""
    for step in (["extract"], ["pseudo", "--locale", "en-XA"]):
        assert CliRunner().invoke(app, step).exit_code == 0, step
    code, output = run("--locale", "en-XA")
    assert code == 0, output
    page = (project / "build" / "en-XA" / f"{RELEASE_ID}.html").read_text(encoding="utf-8")
    assert "⟦" in page and 'datetime="2022-12-24">December 24, 2022</time>' in page
    front = (project / "build" / "index.html").read_text(encoding="utf-8")
    assert "en-XA" not in front and "English" not in front


def test_an_embargo_in_an_unknown_zone_is_one_error_line_not_a_traceback(project):
    release = project / "releases" / f"{RELEASE_ID}.xml"
    release.write_text(release.read_text(encoding="utf-8").replace(
        'zone="Asia/Tokyo"', 'zone="Mars/Olympus"'), encoding="utf-8")
    config = project / "communique.toml"  # ja without a zone of its own: the embargo's
    config.write_text(config.read_text(encoding="utf-8").replace(
        '[locale.ja]\nzone = "Asia/Tokyo"\n', ""), encoding="utf-8")
    code, out = run("--locale", "ja")
    assert code == 2
    assert re.search(rf"releases/{RELEASE_ID}\.xml:8: error: embargo: cannot format "
                     r"for ja: .*Mars/Olympus", out), out
    assert "Traceback" not in out
    assert not (project / "build" / "ja" / f"{RELEASE_ID}.html").exists()


# What a build runs but whose code cannot change an output's bytes: the files are written
# as given (atomic), the config's values are stamped themselves (config), and errors and
# issues only reach the report, and the workers' signal set-up only says who stops.
NOT_OUTPUT_CODE = {"toolkit.atomic", "toolkit.config", "toolkit.errors", "toolkit.issues",
                   "toolkit.paths", "toolkit.workers"}


def test_every_module_a_build_runs_is_in_the_code_stamp_or_said_not_to_shape_outputs():
    # A writer left out of OUTPUT_CODE would be changed without the pages it writes
    # being rebuilt: a no-change run would report them unchanged, in the old form.
    listing = ("import sys, toolkit.build\n"
               "print(' '.join(m for m in sys.modules if m.startswith('toolkit.')))")
    loaded = subprocess.run([sys.executable, "-c", listing], capture_output=True, text=True,
                            check=True).stdout.split()
    assert "toolkit.html_writer" in loaded
    for name in loaded:
        top = name.split(".")[1]
        assert (f"{top}.py" in build_module.OUTPUT_CODE or top in build_module.OUTPUT_CODE
                or name in NOT_OUTPUT_CODE), name


def test_the_schema_releases_are_read_with_is_in_the_code_stamp():
    # (what it refuses is built no more: a page it let through before must go)
    package = Path(build_module.__file__).resolve().parent
    assert any((package / name).resolve() == schema_path().resolve()
               for name in build_module.OUTPUT_CODE)


# ---------------------------------------------------------------- withdrawn releases
def _pages_of(root: Path, release_id: str) -> list[str]:
    return sorted(name for name in outputs(root) if name.split("/")[-1].startswith(
        release_id + "."))


def test_a_release_taken_out_of_the_project_is_withdrawn_from_the_build(project):
    _many_releases(project, 1)  # release-000 stays
    build(load_config(project))
    assert len(_pages_of(project, RELEASE_ID)) == 2 * len(EVERY)
    kept = {name: data for name, data in outputs(project).items() if "release-000" in name}
    (project / "releases" / f"{RELEASE_ID}.xml").unlink()
    build(load_config(project))
    # no page of it stays online: no index lists it, no page links it, nothing updates it
    assert _pages_of(project, RELEASE_ID) == []
    assert RELEASE_ID not in (project / "build" / "ja" / "index.html").read_text("utf-8")
    assert {name: data for name, data in outputs(project).items()
            if "release-000" in name} == kept


def test_a_copy_of_a_release_keeping_its_id_is_refused_and_writes_nothing(project):
    """cp releases/A.xml releases/copy.xml: the copy keeps id A, and its pages, named by
    the id, were written over A's, both reported built (exit 0). It is refused as
    extract refuses it, in the same words: the file and line, exit 2, nothing of it
    written; A's pages stay as they were, and the other releases are built."""
    run("--locale", "en", "--locale", "ja")
    before = outputs(project)
    times = mtimes(project)
    releases = project / "releases"
    shutil.copy(releases / f"{RELEASE_ID}.xml", releases / "copy.xml")
    # At the id's value, one of the two to correct (GitHub annotates that column).
    column = (releases / "copy.xml").read_text("utf-8").split("\n")[1].index(' id="') + 6
    code, out = run("--locale", "en", "--locale", "ja", "--format", "json")
    assert code == 2
    results = {(r["release"], r["locale"]): r for r in json.loads(out)["results"]}
    message = (f"release id '{RELEASE_ID}' does not match the file name 'copy.xml': its "
               f"pages would be {RELEASE_ID}.xml and {RELEASE_ID}.html; rename the file "
               "or correct the id")
    for locale in ("en", "ja"):
        assert results["releases/copy.xml", locale]["status"] == "failed"
        assert results["releases/copy.xml", locale]["outputs"] == []
        assert results["releases/copy.xml", locale]["issues"] == [{
            "path": "releases/copy.xml", "line": 2, "column": column, "severity": "error",
            "code": "id-filename", "message": message}]
        assert results[f"releases/{RELEASE_ID}.xml", locale]["status"] == "unchanged"
    assert outputs(project) == before
    pages = {name: t for name, t in mtimes(project).items() if name.startswith("build/")
             and not name.endswith(CACHE_NAME)}  # (the record is saved again)
    assert pages == {name: t for name, t in times.items() if name in pages}
    code, out = run("--locale", "en")
    assert code == 2
    assert f"releases/copy.xml:2:{column}: error: {message} [id-filename]" in out.splitlines()


def test_a_release_file_renamed_with_its_id_is_refused_and_its_pages_stay(project):
    """A file renamed without its id is refused (its pages would be the old file's); as
    its id is not taken, the old file's pages, which it may be claiming, are not
    withdrawn, nor forgotten by the record: once the file has its name back, nothing is
    rebuilt."""
    build(load_config(project))
    before = outputs(project)
    releases = project / "releases"
    (releases / f"{RELEASE_ID}.xml").rename(releases / "0-renamed.xml")  # sorts first
    code, _ = run()
    assert code == 2
    assert outputs(project) == before
    (releases / "0-renamed.xml").rename(releases / f"{RELEASE_ID}.xml")
    report = build(load_config(project))
    assert {r.status for r in report.results} == {Status.UNCHANGED}
    assert outputs(project) == before


def test_a_build_of_some_releases_or_a_strict_refusal_withdraws_nothing(project):
    _many_releases(project, 1)
    build(load_config(project))
    (project / "releases" / f"{RELEASE_ID}.xml").unlink()
    build(load_config(project), releases=[project / "releases" / "release-000.xml"])
    assert len(_pages_of(project, RELEASE_ID)) == 2 * len(EVERY)  # not judged this time
    set_msgstr(catalog_path(project, "ja", "release-000"), "Tokyo", "")  # a fallback
    code, _ = run("--strict")
    assert code == 1
    assert len(_pages_of(project, RELEASE_ID)) == 2 * len(EVERY)  # nothing written


def test_a_worker_finds_each_catalog_where_the_config_puts_it(project):
    config = load_config(project)
    plan = build_module.Build(config, locales=["ja"])
    for locale in ("ja", "pt-BR", "zh_Hant"):
        assert plan.ctx.catalog(locale, RELEASE_ID) == str(
            config.catalogs.resolve() / locale / "LC_MESSAGES" / f"{RELEASE_ID}.po")
        assert plan.ctx.catalog(locale, RELEASE_ID) == str(
            config.catalog(locale, RELEASE_ID).resolve())


# ---------------------------------------------------------------- a locale's own labels
def test_a_locale_s_own_labels_reach_its_pages_index_and_feed_and_rebuild_them(
        tmp_path, monkeypatch):
    # [locale.LL.labels] was refused: a project could change a page's fixed words only
    # with a whole page template.
    root = make_project(tmp_path / "project", site_url="https://www.example.org/press/")
    monkeypatch.chdir(root)
    config = (root / "communique.toml").read_text(encoding="utf-8")
    (root / "communique.toml").write_text(
        config + '\n[locale.en.labels]\npress-releases = "News releases"\n'
        '[locale.ky.labels]\nlanguages = "Башка тилдерде"\n', encoding="utf-8")
    build(load_config(root))
    out = root / "build"
    page = lxml.html.document_fromstring((out / "en" / f"{RELEASE_ID}.html").read_bytes())
    assert page.find(".//nav/a").text == "News releases"
    front = lxml.html.document_fromstring((out / "index.html").read_bytes())
    assert (front.find(".//title").text, front.find(".//h1").text) == (
        "News releases", "News releases")
    assert b"<title>News releases</title>" in (out / "en" / "feed.xml").read_bytes()
    ky = lxml.html.document_fromstring((out / "ky" / f"{RELEASE_ID}.html").read_bytes())
    assert ky.find_class("versions")[0].get("aria-label") == "Башка тилдерде"
    index = lxml.html.document_fromstring((out / "ky" / "index.html").read_bytes())
    assert index.find(".//nav/a").text == "Башка тилдерде"
    assert index.find(".//h1").text == "Пресс-релиздер"  # (the key left out: built in)

    (root / "communique.toml").write_text(
        config + '\n[locale.en.labels]\npress-releases = "News releases"\n'
        '[locale.ky.labels]\nlanguages = "Тилдер"\n', encoding="utf-8")
    report = build(load_config(root))
    assert {r.locale for r in report.results if r.status is Status.BUILT} == {"ky"}
    ky = lxml.html.document_fromstring((out / "ky" / f"{RELEASE_ID}.html").read_bytes())
    assert ky.find_class("versions")[0].get("aria-label") == "Тилдер"



# ---------------------------------------------------------------- list numbers
def test_an_ordered_list_is_numbered_in_the_digits_of_the_locales_numbers(project):
    # A Persian page (arabext, its language's default) and a Hindi one whose project
    # asks for native digits showed 1. 2. beside ۲۴ and २४; a latn page is as it was.
    config = (project / "communique.toml").read_text(encoding="utf-8")
    (project / "communique.toml").write_text(
        config.replace('locales = ["ja", "ky", "ru", "ar"]',
                       'locales = ["ja", "ky", "ru", "ar", "fa", "hi"]')
        + '\n[locale.hi]\nnumbering = "native"\n', encoding="utf-8")
    build(load_config(project))
    styles = {}
    for locale in ("en", "ja", "ar", "fa", "hi"):
        page = lxml.html.document_fromstring(
            (project / "build" / locale / f"{RELEASE_ID}.html").read_bytes())
        [listing] = page.find_class("body")[0].iter("ol")
        styles[locale] = listing.get("style")
    assert styles == {"en": None, "ja": None, "ar": None,  # (ar's default is latn)
                      "fa": "list-style-type:persian", "hi": "list-style-type:devanagari"}


def _index_head(root: Path, locale: str) -> tuple[list[str], list[tuple[str, str]]]:
    """An index page's canonical address and its hreflang alternates, as (hreflang, href)."""
    doc = lxml.html.document_fromstring(
        (root / "build" / locale / "index.html").read_bytes()).find("head")
    return (doc.xpath("link[@rel='canonical']/@href"),
            [(link.get("hreflang"), link.get("href")) for link in doc.iter("link")
             if link.get("hreflang")])


def test_with_a_site_url_the_index_pages_have_their_address_and_link_one_another(
        tmp_path, monkeypatch):
    """As a release's pages do: each index page its canonical address, and every
    locale's index page (its own included, in the front page's order) with the front
    page as x-default, at full addresses; reciprocal, also after a run of one locale
    adds it to the site. The front page says the same, its own address canonical."""
    site = "https://www.mofa.example/press/"
    root = make_project(tmp_path / "project", site_url=site)
    monkeypatch.chdir(root)
    code, out = run("--locale", "ja")
    assert code == 0, out
    assert _index_head(root, "ja") == ([f"{site}ja/index.html"], [])  # (alone)
    code, out = run("--locale", "ru")
    assert code == 0, out
    pair = [("ja", f"{site}ja/index.html"), ("ru", f"{site}ru/index.html"),
            ("x-default", f"{site}index.html")]
    for locale in ("ja", "ru"):  # (ja's left out of the run, yet linking ru)
        assert _index_head(root, locale) == ([f"{site}{locale}/index.html"], pair)
    code, out = run()
    assert code == 0, out
    every = [(locale, f"{site}{locale}/index.html") for locale in ("en", *LOCALES)]
    for locale in ("en", *LOCALES):
        assert _index_head(root, locale) == ([f"{site}{locale}/index.html"], [
            *every, ("x-default", f"{site}index.html")])
    assert _index_head(root, "") == ([f"{site}index.html"], [
        *every, ("x-default", f"{site}index.html")])


def test_without_a_site_url_an_index_page_names_no_address(project):
    code, out = run()
    assert code == 0, out
    assert _index_head(project, "ja") == ([], [])


# ---------------------------------------------------------------- two builds at once
def hold_output(project: Path):
    """The output folder locked as a running build locks it; returns the unlock."""
    import fcntl

    folder = project / "build"
    folder.mkdir(exist_ok=True)
    fd = os.open(folder, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)
    return lambda: os.close(fd)  # (the lock goes with it)


@pytest.mark.skipif(os.name != "posix", reason="flock")
def test_a_build_waits_for_one_running_and_plans_from_its_record(project, monkeypatch):
    # Both did all the work, and the record saved last won.
    import threading

    assert run()[0] == 0
    set_msgstr(catalog_path(project, "ru"), "Tokyo", "Токио (новое)")
    release = hold_output(project)
    blocked = threading.Event()
    lock = build_module.build_lock
    monkeypatch.setattr(build_module, "build_lock",
                        lambda folder, waiting=None: lock(folder, blocked.set))
    found = []
    second = threading.Thread(target=lambda: found.append(build(load_config(project))))
    second.start()
    assert blocked.wait(30)
    # The other build, holding the lock, builds the pair that changed...
    first: list[build_module.PairResult] = []
    build_module.Build(load_config(project)).run(first.append)
    assert [r.locale for r in first if r.status is Status.BUILT] == ["ru"]
    release()
    second.join(30)
    # ...and the one that waited finds it built.
    assert {r.status for r in found[0].results} == {Status.UNCHANGED}


@pytest.mark.skipif(os.name != "posix", reason="flock")
def test_a_build_that_waits_says_so_in_one_line(project):
    import threading

    threading.Timer(0.3, hold_output(project)).start()
    result = CliRunner().invoke(app, ["build"])
    assert result.exit_code == 0
    assert result.stderr == "build/: another build of it is running: waiting for it to finish\n"

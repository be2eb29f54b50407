"""Feeds and sitemap: what `build` publishes besides pages when the project says where
the build folder is published (``site-url``).

Golden files live in tests/fixtures/build/feeds/ (the sample built with a site-url), named
``<output>.golden`` (no ``.xml``: the fixture sweeps read every XML fixture as a
release); ``COMMUNIQUE_UPDATE_GOLDEN=1`` writes them again, to be read before committing.
"""

from __future__ import annotations

import os
import re
from dataclasses import replace
from pathlib import Path

import lxml.etree as etree
import lxml.html
import pytest
from build_support import LOCALES, RELEASE_ID, catalog_path, make_project, set_msgstr

import toolkit.build_pair as build_pair
from toolkit.build import build
from toolkit.build_pair import embargo_utc
from toolkit.config import load_config
from toolkit.errors import InputError
from toolkit.feeds import (
    FEED_ENTRIES,
    FEED_NAME,
    FeedEntry,
    entry_date,
    entry_fields,
    locale_feed,
    sitemap_files,
    stable_id,
)
from toolkit.html_writer import IndexEntry
from toolkit.loader import parse_release
from toolkit.model import Segment, Span

SITE = "https://www.mofa.example/press/"
GOLDEN = Path(__file__).parent / "fixtures" / "build" / "feeds"
UPDATE = os.environ.get("COMMUNIQUE_UPDATE_GOLDEN") == "1"
A = "{http://www.w3.org/2005/Atom}"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XH = "{http://www.w3.org/1999/xhtml}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# RFC 3339's date-time (section 5.6).
RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)")


def with_site(root: Path, url: str = SITE) -> Path:
    """The project's config with a site-url (a top-level key: before the tables)."""
    config = root / "communique.toml"
    config.write_text(f'site-url = "{url}"\n' + config.read_text(encoding="utf-8"),
                      encoding="utf-8")
    return root


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return with_site(make_project(tmp_path / "project"))


def add_release(root: Path, release_id: str, date: str) -> Path:
    """A second release: the sample under another id and date (no catalogs: built as
    the source text)."""
    text = (root / "releases" / f"{RELEASE_ID}.xml").read_text(encoding="utf-8")
    text = text.replace(f'id="{RELEASE_ID}"', f'id="{release_id}"')
    text = text.replace('<date value="2022-12-24" skeleton="yMMMMd">December 24, 2022',
                        f'<date value="{date}" skeleton="yMMMMd">{date}')
    text = re.sub(r"\s*<embargo [^>]*/>", "", text)
    path = root / "releases" / f"{release_id}.xml"
    path.write_text(text, encoding="utf-8")
    return path


def read(path: Path) -> etree._Element:
    return etree.fromstring(path.read_bytes())


def assert_rfc4287(feed: etree._Element) -> None:
    """The rules of RFC 4287 a program can check (sections 4.1.1, 4.1.2, 3.3, 4.2.6)."""
    assert feed.tag == f"{A}feed"

    def one(parent: etree._Element, name: str) -> etree._Element:
        found = parent.findall(f"{A}{name}")
        assert len(found) == 1, (name, len(found))
        return found[0]

    def at_most_one(parent: etree._Element, name: str) -> None:
        assert len(parent.findall(f"{A}{name}")) <= 1, name

    for name in ("id", "title", "updated"):
        one(feed, name)
    for name in ("generator", "icon", "logo", "rights", "subtitle"):
        at_most_one(feed, name)
    assert [link.get("rel") for link in feed.findall(f"{A}link")].count("self") == 1
    ids = [one(feed, "id").text]
    dates = [one(feed, "updated").text]
    entries = feed.findall(f"{A}entry")
    for entry in entries:
        for name in ("id", "title", "updated"):
            one(entry, name)
        for name in ("published", "summary", "content", "rights", "source"):
            at_most_one(entry, name)
        # No content: an alternate link is required (4.1.1.1); and one author, here or
        # on the feed (4.1.1).
        links = entry.findall(f"{A}link")
        assert any(link.get("rel", "alternate") == "alternate" for link in links)
        pairs = [(link.get("type"), link.get("hreflang")) for link in links
                 if link.get("rel", "alternate") == "alternate"]
        assert len(pairs) == len(set(pairs))
        assert entry.findall(f"{A}author") or feed.findall(f"{A}author")
        for author in entry.findall(f"{A}author"):
            assert len(author.findall(f"{A}name")) == 1
        ids.append(one(entry, "id").text)
        dates.append(one(entry, "updated").text)
        if entry.find(f"{A}published") is not None:
            dates.append(entry.find(f"{A}published").text)
    assert len(ids) == len(set(ids)), "ids unique"
    for value in ids:  # an IRI, absolute (4.2.6): a scheme
        assert re.match(r"[A-Za-z][A-Za-z0-9+.-]*:\S+$", value), value
    for value in dates:
        assert RFC3339.fullmatch(value), value
    for link in feed.iter(f"{A}link"):
        assert link.get("href", "").startswith(SITE)


def built(root: Path) -> dict[str, bytes]:
    out = root / "build"
    return {p.relative_to(out).as_posix(): p.read_bytes()
            for p in sorted(out.rglob("*")) if p.is_file()
            and p.name != ".communique-cache.jsonl"}


# ---------------------------------------------------------------- the golden files
GOLDEN_FILES = ["ja/feed.xml", "ar/feed.xml", "sitemap.xml"]


def _masked(data: bytes) -> bytes:
    # The generator's version: a release of the tool must not break the goldens by that.
    return re.sub(rb'<generator version="[^"]*">', b'<generator version="...">', data)


def test_the_sample_with_a_site_url_matches_the_golden_feed_and_sitemap(project):
    build(load_config(project))
    out = project / "build"
    if UPDATE:
        for name in GOLDEN_FILES:
            (GOLDEN / f"{name}.golden").parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / f"{name}.golden").write_bytes(_masked((out / name).read_bytes()))
    for name in GOLDEN_FILES:
        assert _masked((out / name).read_bytes()) == (GOLDEN / f"{name}.golden").read_bytes()


def test_every_feed_of_the_sample_follows_rfc_4287(project):
    build(load_config(project))
    for locale in ("en", *LOCALES):
        assert_rfc4287(read(project / "build" / locale / "feed.xml"))


# ---------------------------------------------------------------- a feed's content
def test_a_feed_entry_is_the_release_as_its_locale_reads_it(project):
    build(load_config(project))
    feed = read(project / "build" / "ja" / "feed.xml")
    assert feed.get(XML_LANG) == "ja"
    assert feed.findtext(f"{A}title") == "報道発表"  # the index page's title
    links = {link.get("rel"): link.get("href") for link in feed.findall(f"{A}link")}
    assert links == {"self": SITE + "ja/feed.xml", "alternate": SITE + "ja/index.html"}
    (entry,) = feed.findall(f"{A}entry")
    page = lxml.html.fromstring((project / "build" / "ja" / f"{RELEASE_ID}.html").read_bytes())
    assert entry.findtext(f"{A}title") == page.findtext(".//title")
    assert entry.find(f"{A}link").get("href") == f"{SITE}ja/{RELEASE_ID}.html"
    assert entry.findtext(f"{A}summary") == page.xpath("string(//*[@class='subtitle'])")
    assert entry.findtext(f"{A}author/{A}name") == "外務省"
    # The release is dated 24 December 2022 and embargoed until 17:00 in Tokyo: it is
    # out then, not at midnight.
    assert entry.findtext(f"{A}updated") == "2022-12-24T08:00:00Z"
    assert entry.findtext(f"{A}published") == "2022-12-24T08:00:00Z"
    assert feed.findtext(f"{A}updated") == "2022-12-24T08:00:00Z"


def test_a_feed_title_in_english_on_a_locale_of_another_language_says_so(project):
    """(A Korean feed was titled "Press releases" under xml:lang="ko": the labels had no
    Korean words, and the title did not say it was English. Swahili has none still.)"""
    config = project / "communique.toml"
    config.write_text(config.read_text(encoding="utf-8").replace('"ar"]', '"ar", "sw"]'),
                      encoding="utf-8")
    build(load_config(project))
    feed = read(project / "build" / "sw" / "feed.xml")
    title = feed.find(f"{A}title")
    assert (feed.get(XML_LANG), title.text, title.get(XML_LANG)) == (
        "sw", "Press releases", "en")
    assert read(project / "build" / "ja" / "feed.xml").find(f"{A}title").get(XML_LANG) \
        is None


def test_the_index_page_links_its_feed_for_readers_to_find(project):
    build(load_config(project))
    page = lxml.html.fromstring((project / "build" / "ja" / "index.html").read_bytes())
    (link,) = page.xpath("//head/link[@type='application/atom+xml']")
    assert (link.get("rel"), link.get("href"), link.get("title")) == (
        "alternate", "feed.xml", "報道発表")


def test_text_from_a_catalog_is_text_in_the_feed(project):
    hostile = 'Talks <script>alert("x")</script> & "more" ]]> \u2066x\u2069'
    escaped = hostile.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    set_msgstr(catalog_path(project, "ja"), "Foreign Ministers of Japan and the Kyrgyz",
               escaped)  # (the msgstr's markup for that text)
    build(load_config(project))
    data = (project / "build" / "ja" / "feed.xml").read_bytes()
    assert b"<script" not in data
    entry = read(project / "build" / "ja" / "feed.xml").find(f"{A}entry")
    assert entry.findtext(f"{A}title") == hostile
    assert list(entry.find(f"{A}title")) == []  # no element came of it


def test_a_title_that_fell_back_says_its_language(project):
    set_msgstr(catalog_path(project, "ar"), "Foreign Ministers of Japan and the Kyrgyz", "")
    build(load_config(project))
    entry = read(project / "build" / "ar" / "feed.xml").find(f"{A}entry")
    title = entry.find(f"{A}title")
    assert title.get(XML_LANG) == "en"
    assert title.text.startswith("Foreign Ministers of Japan")
    assert entry.find(f"{A}summary").get(XML_LANG) is None  # (translated)


def test_a_feed_lists_what_the_index_lists_in_its_order(project):
    add_release(project, "a-later-release", "2023-03-01")
    add_release(project, "b-same-day", "2023-03-01")
    add_release(project, "an-earlier-release", "2021-05-05")
    build(load_config(project))
    feed = read(project / "build" / "ja" / "feed.xml")
    listed = [e.find(f"{A}link").get("href").rsplit("/", 1)[1]
              for e in feed.findall(f"{A}entry")]
    index = lxml.html.fromstring((project / "build" / "ja" / "index.html").read_bytes())
    assert listed == index.xpath("//ol/li/a/@href") == [
        "a-later-release.html", "b-same-day.html", f"{RELEASE_ID}.html",
        "an-earlier-release.html"]
    # The feed is as new as its newest entry.
    assert feed.findtext(f"{A}updated") == "2023-03-01T00:00:00Z"
    assert_rfc4287(feed)


def test_a_feed_holds_the_newest_fifty():
    entries = [FeedEntry(IndexEntry(f"r{n:03d}", f"Release {n}", f"2020-01-{n % 28 + 1:02d}",
                                    "-"), f"2020-01-{n % 28 + 1:02d}T00:00:00Z", "", None,
                         "Ministry", None) for n in range(80)]
    feed = etree.fromstring(locale_feed(entries, site_url=SITE, locale="en",
                                        title="Press releases"))
    found = feed.findall(f"{A}entry")
    assert len(found) == FEED_ENTRIES == 50
    dates = [e.findtext(f"{A}updated") for e in found]
    assert dates == sorted(dates, reverse=True)
    assert dates[-1] > "2020-01-03"  # the oldest left out
    assert_rfc4287(feed)


def test_no_entries_no_feed():
    assert locale_feed([], site_url=SITE, locale="en", title="Press releases") is None


def test_an_entry_is_dated_by_the_release_or_its_embargo_if_later(sample_bytes):
    release = parse_release(sample_bytes, "sample.xml")
    assert entry_date(release) == "2022-12-24T08:00:00Z"  # 17:00 in Tokyo
    meta = release.meta
    early = replace(meta, embargo=replace(meta.embargo, value="2022-12-23T20:00:00-05:00"))
    assert entry_date(replace(release, meta=early)) == "2022-12-24T01:00:00Z"
    earlier = replace(meta, embargo=replace(meta.embargo, value="2022-12-20T09:00:00Z"))
    assert entry_date(replace(release, meta=earlier)) == "2022-12-24T00:00:00Z"
    month = replace(meta, embargo=None, published=Span("date", (("value", "2023-10"),),
                                                       ("October 2023",)))
    assert entry_date(replace(release, meta=month)) == "2023-10-01T00:00:00Z"


def test_a_summary_is_the_first_paragraph_not_a_heading_above_it(sample_bytes):
    # docs/building.md's "the subtitle, else the first paragraph": a release whose body
    # opens with a heading had that heading ("Key facts", "May") as its summary.
    release = parse_release(sample_bytes, "sample.xml")
    heading = Segment("heading", ("Key facts",))
    opening = replace(release, subtitle=None, body=(heading, *release.body))
    assert entry_fields(opening, None)[1].startswith("On December 24, beginning at 2:40")


def test_ids_are_stable_and_unique():
    assert stable_id(SITE + "ja/a.html") == stable_id(SITE + "ja/a.html")
    assert stable_id(SITE + "ja/a.html") != stable_id(SITE + "en/a.html")
    assert stable_id(SITE + "ja/a.html").startswith("urn:uuid:")


def test_the_feed_is_the_same_whenever_it_is_built(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first = with_site(make_project(tmp_path / "one"))
    second = with_site(make_project(tmp_path / "two"))
    build(load_config(first))
    os.utime(second / "releases" / f"{RELEASE_ID}.xml", (1e9, 1e9))
    build(load_config(second))
    for name in ("ja/feed.xml", "sitemap.xml"):
        assert (first / "build" / name).read_bytes() == (second / "build" / name).read_bytes()


# ---------------------------------------------------------------- the sitemap
def page_links(path: Path) -> list[tuple[str, str]]:
    """A page's own <link rel="alternate" hreflang>, as written (with a site-url, full
    addresses: search engines take no other)."""
    page = lxml.html.fromstring(path.read_bytes())
    return [(link.get("hreflang"), link.get("href"))
            for link in page.xpath("//head/link[@rel='alternate'][@hreflang]")]


def sitemap(root: Path) -> dict[str, list[tuple[str, str]]]:
    urlset = read(root / "build" / "sitemap.xml")
    assert urlset.tag == f"{SM}urlset"
    return {url.findtext(f"{SM}loc"): [(link.get("hreflang"), link.get("href"))
                                       for link in url.findall(f"{XH}link")]
            for url in urlset.findall(f"{SM}url")}


def test_the_sitemap_lists_every_page_with_the_versions_the_page_links(project):
    build(load_config(project), locales=["en", *LOCALES, "en-XA"])
    listed = sitemap(project)
    out = project / "build"
    pages = sorted(p.relative_to(out).as_posix() for p in out.glob("*/*.html"))
    assert "en-XA/index.html" in pages and f"en-XA/{RELEASE_ID}.html" in pages
    readers = ["index.html", *(p for p in pages if not p.startswith("en-XA/"))]
    # A pseudo-locale is a layout test: no feed, no reader told of it.
    assert not (out / "en-XA" / "feed.xml").exists()
    assert b"atom" not in (out / "en-XA" / "index.html").read_bytes()
    assert sorted(listed) == sorted(SITE + p for p in readers)
    for name in readers:
        assert listed[SITE + name] == page_links(out / name), name
    # A release page lists all five languages and the original for everyone else.
    assert [h for h, _ in listed[f"{SITE}ja/{RELEASE_ID}.html"]] == [
        "en", "ja", "ky", "ru", "ar", "x-default"]


def test_the_sitemap_is_valid_against_the_protocols_rules(project):
    build(load_config(project))
    urlset = read(project / "build" / "sitemap.xml")
    locs = [url.findtext(f"{SM}loc") for url in urlset.findall(f"{SM}url")]
    assert len(locs) == len(set(locs))
    assert all(loc.startswith(SITE) and len(loc) < 2048 for loc in locs)
    for link in urlset.iter(f"{XH}link"):
        assert link.get("rel") == "alternate" and link.get("href").startswith(SITE)


def test_a_large_sitemap_is_split_and_indexed(monkeypatch):
    import toolkit.feeds as feeds

    monkeypatch.setattr(feeds, "SITEMAP_URLS", 3)
    files = sitemap_files([f"p{n}.html" for n in range(7)], [], site_url=SITE, source="en")
    assert [len(etree.fromstring(f).findall(f"{SM}url")) for f in files] == [3, 3, 1]


# ---------------------------------------------------------------- the record
def test_a_no_change_run_reads_no_release_and_rewrites_nothing(project, monkeypatch):
    build(load_config(project))
    before = {p: p.stat().st_mtime_ns for p in (project / "build").rglob("*.xml")}

    def refuse(*args, **kwargs):
        raise AssertionError("a release was read again")

    monkeypatch.setattr(build_pair, "parse_release", refuse)
    build(load_config(project))
    assert {p: p.stat().st_mtime_ns for p in before} == before
    # A feed or sitemap removed by hand comes back from the record alone.
    feed = (project / "build" / "ja" / "feed.xml").read_bytes()
    (project / "build" / "ja" / "feed.xml").unlink()
    (project / "build" / "sitemap.xml").unlink()
    build(load_config(project))
    assert (project / "build" / "ja" / "feed.xml").read_bytes() == feed
    assert (project / "build" / "sitemap.xml").exists()


def test_a_withdrawn_release_leaves_the_feed_and_the_sitemap(project):
    extra = add_release(project, "withdrawn-later", "2023-01-01")
    build(load_config(project))
    assert b"withdrawn-later" in (project / "build" / "ja" / "feed.xml").read_bytes()
    assert b"withdrawn-later" in (project / "build" / "sitemap.xml").read_bytes()
    extra.unlink()
    build(load_config(project))
    for name in ("ja/feed.xml", "en/feed.xml", "sitemap.xml"):
        assert b"withdrawn-later" not in (project / "build" / name).read_bytes()
    assert read(project / "build" / "ja" / "feed.xml").findtext(f"{A}updated") == (
        "2022-12-24T08:00:00Z")


def test_another_site_url_rewrites_the_addresses(project):
    build(load_config(project))
    config = project / "communique.toml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        SITE, "https://news.example.org/"), encoding="utf-8")
    build(load_config(project))
    data = (project / "build" / "ja" / "feed.xml").read_bytes()
    assert b"https://news.example.org/ja/feed.xml" in data and b"mofa" not in data
    assert b"mofa" not in (project / "build" / "sitemap.xml").read_bytes()


def test_without_a_site_url_nothing_but_the_pages(tmp_path):
    plain = make_project(tmp_path / "plain")
    build(load_config(plain))
    names = built(plain)
    assert not [n for n in names if n.endswith("feed.xml") or n.startswith("sitemap")]
    assert b"atom" not in names["ja/index.html"]
    # A project that drops its site-url drops what it published with it: the build is
    # then the build of a project that never had one.
    dropped = with_site(make_project(tmp_path / "dropped"))
    build(load_config(dropped))
    assert (dropped / "build" / "sitemap.xml").exists()
    config = dropped / "communique.toml"
    config.write_text("\n".join(config.read_text(encoding="utf-8").splitlines()[1:]) + "\n",
                      encoding="utf-8")
    build(load_config(dropped))
    assert built(dropped).keys() == names.keys()
    assert built(dropped)["ja/index.html"] == names["ja/index.html"]


# ---------------------------------------------------------------- the setting
@pytest.mark.parametrize("url", ["https://www.mofa.example/press/", "http://localhost:8000/",
                                 "https://example.org/a%20b/"])
def test_a_site_url_is_an_absolute_http_address_of_a_folder(tmp_path, url):
    (tmp_path / "communique.toml").write_text(f'site-url = "{url}"\n', encoding="utf-8")
    assert load_config(tmp_path).site_url == url


@pytest.mark.parametrize(("url", "ascii_form"), [
    ("https://例え.jp/プレス/", "'https://xn--r8jz45g.jp/%E3%83%97%E3%83%AC%E3%82%B9/'"),
    ("https://bücher.example/a b/", "'https://xn--bcher-kva.example/a%20b/'"),
])
def test_a_site_url_not_in_ascii_is_refused_with_its_ascii_form(tmp_path, url, ascii_form):
    # the address a browser would send: what to write instead, not a puzzle
    (tmp_path / "communique.toml").write_text(f'site-url = "{url}"\n', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_config(tmp_path)
    assert caught.value.message.startswith("site-url must be ASCII")
    assert f"the host in punycode, the path percent-encoded: {ascii_form})" \
        in caught.value.message


@pytest.mark.parametrize(("url", "says"), [
    ("https://www.mofa.example/press", "must end in /"),
    ("/press/", "absolute http or https"),
    ("ftp://example.org/", "absolute http or https"),
    ("https:///press/", "absolute http or https"),
    ("https://example.org/?lang=ja/", "no query or fragment"),
    ("https://example.org/#top/", "no query or fragment"),
    ("https://user:pw@example.org/", "no user name"),
    ("https://例え.jp/", "ASCII"),
    ("https://example.org/a b/", "ASCII"),
])
def test_a_site_url_that_is_not_one_is_refused_at_its_line(tmp_path, url, says):
    (tmp_path / "communique.toml").write_text(f'locales = []\nsite-url = "{url}"\n',
                                              encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_config(tmp_path)
    assert says in caught.value.message and caught.value.line == 2



def test_an_embargo_without_offset_is_no_instant_for_the_feed_as_for_holding(
        sample_bytes, monkeypatch):
    """A date-time with no offset names no instant: holding cannot read it
    (`embargo_utc` is None, so a holding build holds the release), and the feed does not
    date the entry by it either (read in the machine's zone, the feed's bytes moved with
    the build machine's TZ): the release's date stands, whatever TZ says."""
    import time

    release = parse_release(sample_bytes, "sample.xml")
    meta = release.meta
    naive = replace(meta, embargo=replace(meta.embargo, value="2022-12-24T17:00:00"))
    assert embargo_utc("2022-12-24T17:00:00") is None
    try:
        for zone in ("UTC", "Asia/Tokyo", "America/New_York"):
            monkeypatch.setenv("TZ", zone)
            time.tzset()
            assert entry_date(replace(release, meta=naive)) == "2022-12-24T00:00:00Z", zone
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_page_built_before_the_site_url_whose_pair_fails_is_in_its_feed(tmp_path):
    """A failed pair keeps its page, listed and linked. Built before the project had a
    site-url, its record line holds no feed entry: the feed lists it all the same, as
    its localised XML says, the entry its next good build gives (so the feed lists what
    the index lists, whatever failed)."""
    root = make_project(tmp_path / "project")
    build(load_config(root), locales=["en", "ja"])
    with_site(root)
    po = catalog_path(root, "ja")
    good = po.read_bytes()
    po.write_bytes(good + b'msgid "broken\n')
    report = build(load_config(root), locales=["en", "ja"])
    assert {r.locale: r.status.value for r in report.results} == {
        "en": "built", "ja": "failed"}
    failing = (root / "build" / "ja" / FEED_NAME).read_bytes()
    assert [e.findtext(f"{A}title") for e in read(root / "build" / "ja" / FEED_NAME)
            .iter(f"{A}entry")] == ["日・キルギス外相会談（東京）"]
    po.write_bytes(good)
    assert {r.status.value for r in build(load_config(root), locales=["ja"]).results} \
        == {"built"}
    assert (root / "build" / "ja" / FEED_NAME).read_bytes() == failing

"""What a newsroom publishes besides its pages: an Atom feed per locale and a sitemap.

Both are written when the config names the address the build folder is published at
(``site-url``): Atom (RFC 4287) and sitemaps.org 0.9 both need absolute addresses.
Like the index pages, they are made from the build's record, never by reading a
release again: a pair built in a run with a site-url records what its feed entry needs
beyond its index entry (`entry_fields`), and the pages each page links are already in
the record.

* A feed (``<locale>/feed.xml``) lists the locale's releases as its index page does,
  newest first, at most `FEED_ENTRIES` of them. Its ``updated`` is its newest entry's
  date, never the time of the build, so a build writes the same bytes whenever it runs.
  An entry's date is the release's date (midnight UTC), or its embargo instant when
  that is later. The date keeps no one from reading the entry: only a build holding
  embargoed releases (`build --hold-embargoed`) leaves one out until it may be read.
* An id is ``urn:uuid:`` and the name-based (version 5) UUID of the address of the page
  (of the feed): it is the same in every build and does not change when a title or a
  date is corrected, only when the site moves (and the address with it).
* The sitemap lists every page a reader can reach, each release page with its versions
  in Google's multilingual form (``xhtml:link rel="alternate" hreflang``): the same
  versions, in the same order, with the same ``x-default``, as the page's own ``<link
  rel="alternate">`` (`page_alternates`); a pseudo-locale's page, which no page links,
  is left out, and so is a page that another version stands for. Past 50,000 addresses
  (or 50 MB) it is split into ``sitemap-N.xml`` files that ``sitemap.xml`` indexes, as
  the protocol asks.

Everything is written with lxml, text as text: a title or summary in a catalog is
escaped by the serialiser, whatever it holds.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from toolkit import __version__
from toolkit.atomic import write_bytes
from toolkit.build_pair import embargo_instant, version_locale
from toolkit.formatting import is_pseudo_locale
from toolkit.html_writer import IndexEntry, html_lang
from toolkit.model import ListBlock, Release, Segment
from toolkit.vocabulary import XML_LANG

if TYPE_CHECKING:
    from lxml.etree._serializer import _IncrementalFileWriter

ATOM = "http://www.w3.org/2005/Atom"
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

FEED_NAME = "feed.xml"
SITEMAP_NAME = "sitemap.xml"
# A feed is what a reader polls, not an archive (the index page is): the newest fifty,
# as most newsrooms' feeds hold.
FEED_ENTRIES = 50
# The protocol's limits of one sitemap file: 50,000 addresses, 50 MB uncompressed.
SITEMAP_URLS = 50_000
SITEMAP_BYTES = 50 * 1024 * 1024

# Characters XML 1.0 cannot hold: never in a release (the schema and the XML writer
# refuse them), dropped here so a damaged record cannot stop the feeds being written.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True)
class FeedEntry:
    """One release in its locale's feed: its index entry and what only the feed says."""

    index: IndexEntry
    updated: str  # RFC 3339, UTC
    summary: str
    summary_lang: str | None  # when not the feed's (a fallback)
    author: str
    author_lang: str | None


# ---------------------------------------------------------------- from a built pair
def entry_fields(release: Release, language: str | None) -> list[str | None]:
    """What a localised release's feed entry needs beyond its index entry, as the record
    keeps it: [date (RFC 3339), summary, its language, publisher, its language]. A
    language is given when it is not the page's: a segment that fell back, or the whole
    release when it is in another language than its locale's (`language`)."""
    summary, text = _summary(release)
    publisher = release.meta.publisher
    return [entry_date(release), text,
            (summary.get(XML_LANG) if summary is not None else None) or language,
            " ".join(publisher.text.split()), publisher.get(XML_LANG) or language]


def page_fields(xml: Path, locale: str) -> list[str | None] | None:
    """`entry_fields` of a page whose record line has none, from the localised release
    its build wrote beside it (``<locale>/<id>.xml``): a page built before the project
    had a site-url, whose pair has failed since. It stays on the site, listed and
    linked, so its feed lists it too, as that build would have recorded it. None when
    the file cannot be read (it stays off the feed till it is built again)."""
    from toolkit.errors import InputError
    from toolkit.loader import parse_release
    from toolkit.paths import display

    try:
        release = parse_release(xml.read_bytes(), display(xml))
    except (OSError, InputError):
        return None
    # (as the build has it: a release built as it is into the source locale, written
    # in another language, says so)
    return entry_fields(release, release.lang if release.lang != html_lang(locale) else None)


def _summary(release: Release) -> tuple[Segment | None, str]:
    """The subtitle, else the first paragraph (or list item) with any text; and that
    text, its spaces and line breaks each made one space. A heading is no summary: a
    release opening with one ("Key facts") would be summed up by its name."""
    if release.subtitle is not None:
        text = " ".join(release.subtitle.text.split())
        if text:
            return release.subtitle, text
    for block in release.body:
        if not isinstance(block, ListBlock) and block.name == "heading":
            continue
        for segment in block.items if isinstance(block, ListBlock) else (block,):
            text = " ".join(segment.text.split())
            if text:
                return segment, text
    return None, ""


_DAY = re.compile(r"[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])")


def entry_date(release: Release) -> str:
    """When a release is out: its date at midnight UTC, or its embargo instant when
    that is later (RFC 3339, UTC, to the second). A date of a month or a year (the
    schema allows them) is its first day."""
    value = release.meta.published.get("value") or ""
    embargo = release.meta.embargo
    if embargo is None and _DAY.fullmatch(value):  # (most releases: no parsing)
        return f"{value}T00:00:00Z"
    year, _, rest = value.partition("-")
    month, _, day = rest.partition("-")
    try:
        moment = datetime(int(year), int(month or 1), int(day or 1), tzinfo=UTC)
    except ValueError:
        moment = datetime(1970, 1, 1, tzinfo=UTC)  # (no release has no date: the schema)
    lifted = embargo_instant(embargo.value) if embargo is not None else None
    if lifted is not None:  # (read as a held release's is: one without offset is none)
        moment = max(moment, lifted.astimezone(UTC))
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------- addresses
def page_url(site_url: str, locale: str, name: str) -> str:
    """The absolute address of a file under the build folder, ``<locale>/<name>``
    (``site_url`` ends in /, checked by the config; locale tags and release ids hold
    nothing an address escapes)."""
    return f"{site_url}{locale}/{name}" if locale else f"{site_url}{name}"


def stable_id(url: str) -> str:
    """An Atom id: the same for an address in every build, unique to it."""
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, url)}"


# ---------------------------------------------------------------- the feed
def ordered(entries: Iterable[FeedEntry]) -> list[FeedEntry]:
    """As the index page lists them (`toolkit.html_writer.locale_index`): newest date
    first, a date's releases by id."""
    found = sorted(entries, key=lambda e: e.index.id)
    found.sort(key=lambda e: e.index.date_value, reverse=True)
    return found


def locale_feed(entries: Iterable[FeedEntry], *, site_url: str, locale: str,
                title: str, title_lang: str | None = None) -> bytes | None:
    """The Atom feed of a locale's releases (`entries`, in any order): the newest
    `FEED_ENTRIES`, as its index page lists them. None when there are none: a feed
    must say when it was last updated, and with no entry there is no date to say but
    the build's. `title_lang`: the title's language when it is not the locale's (the
    English fixed words of a language `toolkit.labels` does not know)."""
    chosen = ordered(entries)[:FEED_ENTRIES]
    if not chosen:
        return None
    self_url = page_url(site_url, locale, FEED_NAME)
    feed = etree.Element(f"{{{ATOM}}}feed", nsmap={None: ATOM})
    feed.set(_XML_LANG, html_lang(locale))
    _child(feed, "id", stable_id(self_url))
    _child(feed, "title", title, title_lang)
    _child(feed, "updated", max(entry.updated for entry in chosen))
    _link(feed, "self", "application/atom+xml", self_url)
    _link(feed, "alternate", "text/html", page_url(site_url, locale, "index.html"))
    generator = _child(feed, "generator", "communique")
    generator.set("version", __version__)
    for entry in chosen:
        index = entry.index
        url = page_url(site_url, locale, f"{index.id}.html")
        item = etree.SubElement(feed, f"{{{ATOM}}}entry")
        _child(item, "id", stable_id(url))
        _child(item, "title", index.title, index.title_lang)
        _child(item, "updated", entry.updated)
        _child(item, "published", entry.updated)
        author = etree.SubElement(item, f"{{{ATOM}}}author")
        if entry.author_lang:
            author.set(_XML_LANG, html_lang(entry.author_lang))
        _child(author, "name", entry.author)
        _link(item, "alternate", "text/html", url)
        if entry.summary:
            _child(item, "summary", entry.summary, entry.summary_lang)
    return etree.tostring(feed, xml_declaration=True, encoding="utf-8", pretty_print=True)


def _child(parent: etree._Element, name: str, text: str,
           lang: str | None = None) -> etree._Element:
    element = etree.SubElement(parent, f"{{{ATOM}}}{name}")
    element.text = _NOT_XML.sub("", text)
    if lang:
        element.set(_XML_LANG, html_lang(lang))
    return element


def _link(parent: etree._Element, rel: str, media: str, href: str) -> None:
    etree.SubElement(parent, f"{{{ATOM}}}link", rel=rel, type=media, href=href)


def write_feed(path: Path, data: bytes | None) -> None:
    """A feed written, or (None: no entries) removed."""
    if data is None:
        path.unlink(missing_ok=True)
    else:
        write_bytes(path, data)


# ---------------------------------------------------------------- the sitemap
@dataclass(frozen=True)
class SitemapPage:
    """A release's page as the record has it."""

    release_id: str
    locale: str
    versions: tuple[str, ...]  # as the page lists them (`build_pair.page_versions`)
    language: str | None  # the page's language when not its locale's


def page_alternates(page: SitemapPage, source: str) -> list[tuple[str, str]] | None:
    """The (hreflang, locale) pairs a page links as ``<link rel="alternate">``, as
    `toolkit.build_pair._finish` and `toolkit.html_writer._versions_markup` write them:
    every version, this page's included, then ``x-default`` (the source locale's page)
    when it is one of them. Empty: a release with one page links none. None: the page
    is offered by no page (a pseudo-locale's; one another version stands for)."""
    own = page.locale if page.language is None else f"{page.locale}={page.language}"
    if is_pseudo_locale(page.locale) or own not in page.versions:
        return None
    if all(version_locale(version) == page.locale for version in page.versions):
        return []
    links = []
    for version in page.versions:
        locale, _, language = version.partition("=")
        links.append((html_lang(language or locale), locale))
    if any(version_locale(version) == source for version in page.versions):
        links.append(("x-default", source))
    return links


def sitemap_files(indexes: Iterable[str], pages: Iterable[list[SitemapPage]], *,
                  site_url: str, source: str, linked: tuple[str, ...] = ()) -> list[bytes]:
    """The sitemap's files: one ``urlset`` (more when it passes the protocol's limits),
    listing the index pages (`indexes`, names under the build folder), then each
    release's pages (`pages`: a release's pages at a time, in the order they list one
    another) with their versions; `linked`: the locales whose index pages link one
    another (`toolkit.html_writer.index_links`). Written element by element (lxml's incremental
    writer), so a sitemap of 100,000 pages is never a tree in memory."""
    urls = _sitemap_urls(indexes, pages, site_url=site_url, source=source, linked=linked)
    pending = next(urls, None)
    files: list[bytes] = []
    # A page's <url> is a few kB even with a hundred versions: a file stops taking
    # pages well before the limit.
    limit = SITEMAP_BYTES - (1 << 20)
    while True:
        buffer = BytesIO()
        count = 0
        with etree.xmlfile(buffer, encoding="utf-8", buffered=False) as xf:
            xf.write_declaration()
            with xf.element(f"{{{SITEMAP}}}urlset", nsmap={None: SITEMAP, "xhtml": XHTML}):
                while pending is not None and count < SITEMAP_URLS and buffer.tell() < limit:
                    _write_url(xf, *pending)
                    count += 1
                    pending = next(urls, None)
                xf.write("\n")
        buffer.write(b"\n")
        files.append(buffer.getvalue())
        if pending is None:
            return files


# A page's address and its alternates' (hreflang, address).
_Url = tuple[str, list[tuple[str, str]]]


def _sitemap_urls(indexes: Iterable[str], pages: Iterable[list[SitemapPage]], *,
                  site_url: str, source: str, linked: tuple[str, ...] = ()
                  ) -> Iterator[_Url]:
    alternates = []  # (the index pages', as `toolkit.html_writer._index_links` has them:
    # the front page, where readers choose their language, is their x-default)
    if len(linked) > 1:
        alternates = [(html_lang(locale), page_url(site_url, locale, "index.html"))
                      for locale in linked]
        alternates.append(("x-default", page_url(site_url, "", "index.html")))
    for name in indexes:
        folder, _, file = name.rpartition("/")
        own = file == "index.html" and (folder in linked or not folder)
        yield page_url(site_url, "", name), alternates if own else []
    for release in pages:
        for page in release:
            links = page_alternates(page, source)
            if links is None:
                continue
            name = f"{page.release_id}.html"
            yield (page_url(site_url, page.locale, name),
                   [(hreflang, page_url(site_url, locale, name)) for hreflang, locale in links])


def _write_url(xf: _IncrementalFileWriter, loc: str, links: list[tuple[str, str]]) -> None:
    # (Inside the urlset, which declares both namespaces: an element written whole
    # would declare them again on every <url>.)
    xf.write("\n  ")
    with xf.element(f"{{{SITEMAP}}}url"):
        xf.write("\n    ")
        with xf.element(f"{{{SITEMAP}}}loc"):
            xf.write(loc)
        for hreflang, href in links:
            xf.write("\n    ")
            with xf.element(f"{{{XHTML}}}link", rel="alternate", hreflang=hreflang,
                            href=href):
                pass
        xf.write("\n  ")


def sitemap_index(names: Iterable[str], site_url: str) -> bytes:
    """A sitemap index listing the sitemap files `names` (under the build folder)."""
    root = etree.Element(f"{{{SITEMAP}}}sitemapindex", nsmap={None: SITEMAP})
    for name in names:
        entry = etree.SubElement(root, f"{{{SITEMAP}}}sitemap")
        etree.SubElement(entry, f"{{{SITEMAP}}}loc").text = page_url(site_url, "", name)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)


def write_sitemap(output: Path, files: list[bytes], site_url: str) -> None:
    """``sitemap.xml``, or when there are several files ``sitemap-1.xml``... and
    ``sitemap.xml`` indexing them; the numbered files of a larger earlier build go."""
    names = [] if len(files) == 1 else [f"sitemap-{n}.xml" for n in range(1, len(files) + 1)]
    for name, data in zip(names, files if names else [], strict=True):
        write_bytes(output / name, data)
    write_bytes(output / SITEMAP_NAME,
                files[0] if not names else sitemap_index(names, site_url))
    remove_sitemaps(output, keep=len(names))


def remove_sitemaps(output: Path, keep: int = 0) -> None:
    """The numbered sitemap files past the first `keep`."""
    number = keep + 1
    while (output / f"sitemap-{number}.xml").exists():
        (output / f"sitemap-{number}.xml").unlink()
        number += 1

"""Standalone HTML pages of a localised release, and the index pages of a build.

Every page is an lxml tree serialised by lxml: text, translators' text included, only
ever becomes text nodes and attribute values, so markup in it is escaped, never
interpreted. Each inline span of the release vocabulary maps to one fixed HTML element;
the only attributes a page carries come from the source release (a link's address, an
abbreviation's expansion, a typed value's machine-readable value) or from here.

A passage in another language than the page's (a segment that fell back to the source
text, a value formatted for the locale inside it) says so: its ``xml:lang``, which only
communique sets, becomes ``lang``, and ``dir`` too when its script runs the other way
(WCAG 2.1 SC 3.1.2, Language of Parts).
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from urllib.parse import urlsplit

from lxml import etree

from toolkit.labels import label
from toolkit.model import Figure, Inline, ListBlock, Release, Segment, Span, plain_text
from toolkit.vocabulary import ITS_TRANSLATE, XML_LANG

DOCTYPE = "<!DOCTYPE html>"

# Inline spans: the element each becomes and the class it gets (none for em/strong).
_INLINE_ELEMENTS = {
    "em": ("em", None),
    "strong": ("strong", None),
    "link": ("a", None),
    "person": ("span", "person"),
    "org": ("span", "org"),
    "place": ("span", "place"),
    "term": ("span", "term"),
    "abbr": ("abbr", None),
    "date": ("time", "date"),
    "time": ("time", "time"),
    "duration": ("time", "duration"),
    "number": ("data", "number"),
    "money": ("data", "money"),
}
# Spans that carry names and terms: isolated when their script runs against the page.
_NAMES = frozenset({"person", "org", "place", "term", "abbr", "link", "em", "strong"})
_SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
_IMAGE_SCHEMES = frozenset({"http", "https"})

_BLOCKS = frozenset({"html", "head", "body", "main", "article", "header", "footer", "nav",
                     "figure", "div", "ol", "ul", "blockquote", "section"})

CSS = """\
:root{--ink:#1b1c1e;--muted:#5d6168;--rule:#dcdad4;--paper:#fff;--ground:#f3f1ec;\
--accent:#7d1d2c}
*{box-sizing:border-box}
html{background:var(--ground);color:var(--ink);-webkit-text-size-adjust:100%}
body{margin:0;font:1.0625rem/1.7 system-ui,-apple-system,"Segoe UI","Noto Sans",\
"Helvetica Neue",Arial,sans-serif;text-rendering:optimizeLegibility}
:lang(ja) body,body:lang(ja){font-family:"Hiragino Sans","Hiragino Kaku Gothic ProN",\
"Noto Sans CJK JP","Noto Sans JP","Yu Gothic",Meiryo,sans-serif;line-height:1.9;\
line-break:strict;word-break:auto-phrase}
body:lang(zh){font-family:"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;\
line-height:1.9}
body:lang(ar),body:lang(fa),body:lang(ur){font-family:"Noto Naskh Arabic",\
"Noto Sans Arabic","Geeza Pro","Segoe UI",Tahoma,sans-serif;font-size:1.125rem;\
line-height:1.95}
main{max-width:46rem;margin:0 auto;padding:2.5rem 1.25rem 4rem}
article,.index{background:var(--paper);padding:2.5rem clamp(1.25rem,5vw,3.5rem) 3rem;\
border-radius:4px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
nav{font-size:.875rem;margin:0 0 1rem}
nav a{color:var(--muted)}
header{border-block-end:1px solid var(--rule);margin-block-end:2rem;\
padding-block-end:1.25rem}
.series{margin:0;color:var(--accent);font-size:.8125rem;font-weight:600;\
letter-spacing:.06em;text-transform:uppercase}
:lang(ja) .series,:lang(zh) .series,:lang(ar) .series{letter-spacing:0}
h1{margin:.35rem 0 .5rem;font-size:clamp(1.6rem,4vw,2.15rem);line-height:1.3;\
font-weight:700}
h2{margin:2rem 0 .5rem;font-size:1.25rem;line-height:1.4}
.subtitle{margin:0 0 1rem;color:var(--muted);font-size:1.125rem;line-height:1.5}
.dateline,.embargo{margin:.25rem 0;color:var(--muted);font-size:.9375rem}
.embargo{display:inline-block;margin-block-start:.5rem;padding:.2rem .6rem;\
border:1px solid var(--accent);border-radius:3px;color:var(--accent);font-weight:600}
.dateline .sep{padding:0 .4em;color:var(--rule)}
.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(13rem,1fr));gap:1rem;\
margin:0 0 2rem}
figure{margin:0}
figure img{display:block;width:100%;aspect-ratio:3/2;object-fit:cover;\
background:#e4e1da;border-radius:3px;color:var(--muted);font-size:.8125rem}
figcaption{margin-block-start:.4rem;color:var(--muted);font-size:.875rem;line-height:1.5}
p,li{margin:0 0 1rem}
ol,ul{padding-inline-start:1.5rem;margin:0 0 1rem}
blockquote{margin:1.5rem 0;padding-inline-start:1rem;border-inline-start:3px solid \
var(--accent);color:var(--muted)}
a{color:var(--accent);text-underline-offset:.15em}
.person,.org{font-weight:600}
abbr[title]{text-decoration:underline dotted}
:lang(ja) em,:lang(zh) em,:lang(ko) em{font-style:normal;text-emphasis:filled sesame}
:lang(ar) em,:lang(fa) em{font-style:normal;font-weight:700}
time,data{white-space:nowrap}
.index ol,.index ul{list-style:none;padding:0;margin:0}
.index li{display:flex;gap:1rem;padding:.6rem 0;border-block-end:1px solid var(--rule);\
margin:0}
.index li data{margin-inline-start:auto;color:var(--muted);font-size:.875rem}
.index li time{flex:0 0 auto;color:var(--muted);font-size:.9375rem;min-width:9.5rem}
footer{margin-block-start:2.5rem;color:var(--muted);font-size:.8125rem}
"""


@dataclass(frozen=True)
class PageContext:
    """What a page needs besides the release: the locale's direction and fixed words."""

    locale: str
    direction: str = "ltr"  # "ltr" or "rtl", from the formatter (CLDR character order)
    generator: str = ""
    embargo_text: str | None = None  # the embargo instant in the locale's market zone
    index_href: str = "index.html"


@dataclass(frozen=True)
class IndexEntry:
    """One release on its locale's index page."""

    id: str
    title: str
    date_value: str
    date_text: str
    title_lang: str | None = None  # the title's language when not the page's (a fallback)


@dataclass(frozen=True)
class LocaleEntry:
    """One locale on the build's front page."""

    locale: str
    name: str  # the language's own name for itself ("日本語")
    direction: str
    releases: int


def html_lang(locale: str) -> str:
    """BCP 47 for HTML and xml:lang: ``pt_BR`` → ``pt-BR``."""
    return locale.replace("_", "-")


# ---------------------------------------------------------------- URLs
# What browsers drop from a URL before reading its scheme: controls, space and DEL.
_IGNORED_IN_URL = re.compile("[\x00-\x20\x7f]")


# Remembered: pages link the same sites and images over and over, and urlsplit is the
# dearest step of a link. Bounded, so memory stays flat on any corpus.
@lru_cache(maxsize=4096)
def safe_href(value: str | None, schemes: frozenset[str] = _SAFE_SCHEMES) -> str | None:
    """A URL that may appear in a page: relative, or with one of `schemes`; else None.

    Control characters and spaces are stripped first, as browsers do before reading
    the scheme, so ``java\\tscript:`` is caught too.
    """
    if value is None:
        return None
    cleaned = _IGNORED_IN_URL.sub("", value)
    try:
        parts = urlsplit(cleaned)
    except ValueError:
        return None
    if parts.scheme:
        return value.strip() if parts.scheme.lower() in schemes else None
    if cleaned.startswith("//"):
        return None  # scheme-relative: would follow whatever scheme the page is served with
    return value.strip()


# ---------------------------------------------------------------- direction
@cache
def _strong(ch: str) -> str | None:
    kind = unicodedata.bidirectional(ch)
    if kind == "L":
        return "ltr"
    if kind in ("R", "AL"):
        return "rtl"
    return None


@lru_cache(maxsize=256)
def language_direction(lang: str) -> str | None:
    """Writing direction of a language's script (CLDR, as the page's own direction is
    found), or None for a tag CLDR has no data for."""
    from toolkit.errors import UsageError
    from toolkit.formatting import babel_locale_for

    try:
        return "rtl" if babel_locale_for(lang).text_direction == "rtl" else "ltr"
    except UsageError:
        return None


def _mark_language(element: etree._Element, lang: str, direction: str) -> str:
    """`lang` on an element in another language than what holds it, and `dir` when that
    language's script runs against `direction` (an English fallback on an Arabic page is
    laid out left to right). Gives the direction of the element's content."""
    element.set("lang", html_lang(lang))
    own = language_direction(lang) or direction
    if own != direction:
        element.set("dir", own)
    return own


@lru_cache(maxsize=4096)
def _runs_against(text: str, direction: str) -> bool:
    """True when the text holds a letter of the direction opposite the page's.

    Remembered per text: names and terms recur from page to page.
    """
    if direction == "ltr" and text.isascii():
        return False  # no ASCII character is a right-to-left letter
    return any(_strong(ch) not in (None, direction) for ch in set(text))


# ---------------------------------------------------------------- inline content
def _fill(element: etree._Element, content: tuple[Inline, ...], direction: str) -> None:
    """Segment content as the text and fixed inline elements of an element just made (no
    text, no children yet), so each text node is set once and never read back."""
    if len(content) == 1 and isinstance(content[0], str):  # the usual content: one string
        if content[0]:
            element.text = content[0]
        return
    last: etree._Element | None = None  # the last element added: text after it is its tail
    text = ""  # text not written yet: lxml encodes a text node each time it is set
    for part in content:
        if isinstance(part, str):
            text += part
            continue
        mapped = _INLINE_ELEMENTS.get(part.name)
        if mapped is None:  # not part of the vocabulary: its text only
            text += part.text
            continue
        if text:
            _set_text(element, last, text)
            text = ""
        last = _inline(element, part, mapped, direction)
    if text:
        _set_text(element, last, text)


def _set_text(element: etree._Element, last: etree._Element | None, text: str) -> None:
    """The text after `last`, the last child added, or before any child."""
    if last is None:
        element.text = text
    else:
        last.tail = text


def _inline(parent: etree._Element, span: Span, mapped: tuple[str, str | None],
            direction: str) -> etree._Element:
    """The element of a span of the vocabulary, added to `parent`."""
    tag, css_class = mapped
    element = etree.SubElement(parent, tag)
    if css_class:
        element.set("class", css_class)
    if span.attrs:  # (names, most spans, have none)
        attrs = dict(span.attrs)
        _set_attributes(element, tag, attrs)
        lang = attrs.get(XML_LANG)
        if lang is not None:  # a value in the page's language inside a fallback
            direction = _mark_language(element, lang, direction)
    if (span.name in _NAMES and _runs_against(_text(span.content), direction)
            and element.get("dir") is None):
        # A Latin name in Arabic (or the reverse) is isolated, so its neighbours'
        # punctuation and numbers keep their places.
        element.set("dir", "auto")
    _fill(element, span.content, direction)
    return element


def _set_attributes(element: etree._Element, tag: str, attrs: dict[str, str]) -> None:
    """The HTML attributes a span's own attributes give its element (`tag`)."""
    if tag == "a":
        href = safe_href(attrs.get("href"))
        if href is not None:
            element.set("href", href)
    elif tag == "abbr":
        title = attrs.get("title")
        if title:
            element.set("title", title)
    elif tag == "time" or tag == "data":
        value = attrs.get("value")
        if value:
            element.set("datetime" if tag == "time" else "value", value)
    if attrs.get(ITS_TRANSLATE) == "no":
        element.set("translate", "no")


def _text(content: tuple[Inline, ...]) -> str:
    """`plain_text`, without a join for the usual span that holds one string."""
    if len(content) == 1 and isinstance(content[0], str):
        return content[0]
    return plain_text(content)


# ---------------------------------------------------------------- pages
def _page(context: PageContext, title: str) -> tuple[etree._Element, etree._Element]:
    html = copy.deepcopy(_skeleton(html_lang(context.locale), context.direction,
                                   context.generator))
    head, body = html
    head.find("title").text = title
    return html, body[0]


@lru_cache(maxsize=64)
def _skeleton(lang: str, direction: str, generator: str) -> etree._Element:
    """What every page of a locale has before its content, without the title text:
    built once and copied (a copy costs a fifth of building it, style sheet included)."""
    html = etree.Element("html", lang=lang, dir=direction)
    head = etree.SubElement(html, "head")
    etree.SubElement(head, "meta", charset="utf-8")
    etree.SubElement(head, "meta", name="viewport", content="width=device-width, initial-scale=1")
    if generator:
        etree.SubElement(head, "meta", name="generator", content=generator)
    etree.SubElement(head, "title")
    etree.SubElement(head, "style").text = CSS
    body = etree.SubElement(html, "body")
    etree.SubElement(body, "main")
    # Laid out here, once: the layout of html, head and body does not depend on what
    # main will hold, so a page lays out only its main (`_finish`).
    _layout(html)
    return html


def _segment(parent: etree._Element, tag: str, segment: Segment, direction: str,
             css_class: str | None = None) -> etree._Element:
    element = etree.SubElement(parent, tag)
    if css_class:
        element.set("class", css_class)
    if segment.attrs:
        if segment.get(ITS_TRANSLATE) == "no":
            element.set("translate", "no")
        lang = segment.get(XML_LANG)
        if lang is not None:  # a fallback: the source text on a page of another language
            if tag == "li":
                element = _list_item_in(element, lang, direction)
                direction = element.get("dir") or direction
            else:
                direction = _mark_language(element, lang, direction)
    _fill(element, segment.content, direction)
    return element


def _list_item_in(item: etree._Element, lang: str, direction: str) -> etree._Element:
    """Where a list item in another language takes its text. A list item's marker stands
    on the side of its own direction: the item keeps the list's (its number stays in line
    with the others'), and a script running the other way gets a block of its own."""
    item.set("lang", html_lang(lang))
    own = language_direction(lang) or direction
    return item if own == direction else etree.SubElement(item, "div", dir=own)


def release_page(release: Release, context: PageContext) -> bytes:
    """The standalone page of one localised release."""
    direction = context.direction
    html, main = _page(context, release.title.text)
    title_lang = release.title.get(XML_LANG) if release.title.attrs else None
    if title_lang is not None:
        _mark_language(html[0].find("title"), title_lang, direction)
    nav = etree.SubElement(main, "nav")
    etree.SubElement(nav, "a", href=context.index_href).text = label(
        context.locale, "press_releases")
    article = etree.SubElement(main, "article")
    header = etree.SubElement(article, "header")
    meta = release.meta
    if meta.series:
        _segment(header, "p", meta.series, direction, "series")
    _segment(header, "h1", release.title, direction)
    if release.subtitle:
        _segment(header, "p", release.subtitle, direction, "subtitle")
    dateline = etree.SubElement(header, "p", {"class": "dateline"})
    pieces: list[tuple[tuple[Inline, ...], str | None]] = [((meta.published,), None)]
    for part in (meta.place, meta.publisher):
        if part:
            pieces.append((part.content, part.get(XML_LANG) if part.attrs else None))
    for i, (piece, lang) in enumerate(pieces):
        if i:
            etree.SubElement(dateline, "span", {"class": "sep", "aria-hidden": "true"}).text = "·"
        wrapper = etree.SubElement(dateline, "span")
        inner = direction if lang is None else _mark_language(wrapper, lang, direction)
        _fill(wrapper, piece, inner)
    if meta.embargo and context.embargo_text:
        embargo = etree.SubElement(header, "p", {"class": "embargo"})
        before, _, after = label(context.locale, "embargo").partition("{time}")
        embargo.text = before
        stamp = etree.SubElement(embargo, "time", datetime=meta.embargo.value)
        stamp.text = context.embargo_text
        stamp.tail = after or None
    if release.figures:
        gallery = etree.SubElement(article, "div", {"class": "figures"})
        for figure in release.figures:
            _figure(gallery, figure, direction)
    body = etree.SubElement(article, "div", {"class": "body"})
    for block in release.body:
        if isinstance(block, ListBlock):
            listing = etree.SubElement(body, "ol" if block.ordered else "ul")
            for item in block.items:
                _segment(listing, "li", item, direction)
        elif block.name == "heading":
            _segment(body, "h2", block, direction)
        elif block.name == "quote":
            quote = etree.SubElement(body, "blockquote")
            _segment(quote, "p", block, direction)
        else:
            _segment(body, "p", block, direction)
    return _finish(html, main)


def _figure(parent: etree._Element, figure: Figure, direction: str) -> None:
    element = etree.SubElement(parent, "figure")
    src = safe_href(figure.src, _IMAGE_SCHEMES)
    if src is not None:
        alt = figure.alt
        img = etree.SubElement(element, "img", src=src, alt=alt.text if alt is not None else "")
        lang = alt.get(XML_LANG) if alt is not None and alt.attrs else None
        if lang is not None:  # an image's lang is the language of its alt text
            _mark_language(img, lang, direction)
    if figure.caption is not None:
        _segment(element, "figcaption", figure.caption, direction)


def locale_index(entries: Iterable[IndexEntry], context: PageContext) -> bytes:
    """The list of a locale's releases, newest first."""
    title = label(context.locale, "press_releases")
    html, main = _page(context, title)
    nav = etree.SubElement(main, "nav")
    etree.SubElement(nav, "a", href="../index.html").text = label(context.locale, "languages")
    section = etree.SubElement(main, "section", {"class": "index"})
    etree.SubElement(section, "h1").text = title
    listing = etree.SubElement(section, "ol")
    ordered = sorted(entries, key=lambda e: e.id)
    ordered.sort(key=lambda e: e.date_value, reverse=True)
    if not ordered:
        return _finish(html, main)
    # Ten thousand releases would make a tree of thirty thousand elements and the page
    # as one string besides: the items are serialised one by one into the laid-out page
    # instead, where a stand-in comment was (same bytes, a fifth of the memory).
    listing.append(etree.Comment(_ITEMS))
    head, tail = _finish(html, main).split(f"<!--{_ITEMS}-->".encode(), 1)
    pad = head[head.rindex(b"\n"):]
    items = (etree.tostring(_index_item(entry, context.direction), method="html",
                            encoding="utf-8") for entry in ordered)
    return head + pad.join(items) + tail


_ITEMS = "communique:items"


def _index_item(entry: IndexEntry, direction: str) -> etree._Element:
    item = etree.Element("li")
    etree.SubElement(item, "time", datetime=entry.date_value).text = entry.date_text
    link = etree.SubElement(item, "a", href=f"{entry.id}.html")
    link.text = entry.title
    if entry.title_lang is not None:  # a title that fell back to the source text
        _mark_language(link, entry.title_lang, direction)
    elif _runs_against(entry.title, direction):
        link.set("dir", "auto")
    return item


def root_index(locales: Iterable[LocaleEntry], context: PageContext) -> bytes:
    """The front page of a build: one link per locale (in the order given), each in its own
    language, with its number of releases."""
    title = label(context.locale, "press_releases")
    html, main = _page(context, title)
    section = etree.SubElement(main, "section", {"class": "index"})
    etree.SubElement(section, "h1").text = title
    listing = etree.SubElement(section, "ul")
    for entry in locales:
        item = etree.SubElement(listing, "li")
        link = etree.SubElement(item, "a", href=f"{entry.locale}/index.html",
                                lang=html_lang(entry.locale), dir=entry.direction)
        link.text = entry.name
        etree.SubElement(item, "data", value=str(entry.releases)).text = str(entry.releases)
    return _finish(html, main)


def _layout(element: etree._Element, depth: int = 0) -> None:
    """One block element a line, indented, for pages a person can read and diff.

    Only elements that hold no text of their own get layout white space, so no
    rendered text changes.
    """
    if element.tag not in _BLOCKS:
        return  # inline elements (most of a page) are never laid out: no child list
    children = list(element)
    if not children or (element.text and element.text.strip()):
        return
    if any(child.tail and child.tail.strip() for child in children):
        return
    pad = "\n" + "  " * (depth + 1)
    element.text = pad
    for child in children:
        if child.tag in _BLOCKS:
            _layout(child, depth + 1)
        child.tail = pad
    children[-1].tail = "\n" + "  " * depth


_MAIN_DEPTH = 2  # html > body > main


def _finish(html: etree._Element, main: etree._Element) -> bytes:
    """A page made by `_page`, laid out and serialised. What its skeleton gave it was
    laid out already (`_skeleton`), so only main is laid out here."""
    _layout(main, _MAIN_DEPTH)
    # Encoded by lxml as it writes (the same bytes as a str encoded after).
    return etree.tostring(html, method="html", encoding="utf-8", doctype=DOCTYPE) + b"\n"

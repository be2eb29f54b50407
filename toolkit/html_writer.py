"""Standalone HTML pages of a localised release, and the index pages of a build.

A page is written as text, piece by piece, through the small serialiser below
(`text_node`, `attribute`, `element`): text, translators' text included, only ever
becomes escaped text or an escaped attribute value, so markup in it is escaped, never
interpreted. Each inline span of the release vocabulary maps to one fixed HTML element;
the only attributes a page carries come from the source release (a link's address, an
abbreviation's expansion, a typed value's machine-readable value) or from here.

The serialiser writes the bytes lxml wrote when pages were lxml trees
(``etree.tostring(tree, method="html", encoding="utf-8")``, libxml2 2.14), quirks
included, and refuses what lxml refused (control characters, lone surrogates): the
tests hold it equal to lxml for arbitrary trees and values, and the golden pages hold
the structure. Building a tree element by element cost three times the page.

A passage in another language than the page's (a segment that fell back to the source
text, a value formatted for the locale inside it) says so: its ``xml:lang``, which only
communique sets, becomes ``lang``, and ``dir`` too when its script runs the other way
(WCAG 2.1 SC 3.1.2, Language of Parts).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING
from urllib.parse import quote, urljoin, urlsplit

from toolkit.escaping import escape_text
from toolkit.labels import FALLBACK, Labels
from toolkit.model import Figure, Inline, ListBlock, Release, Segment, Span, plain_text
from toolkit.vocabulary import ITS_TRANSLATE, XML_LANG

if TYPE_CHECKING:  # (imported by a build that has one: html.parser costs every start)
    from toolkit.page_template import PageTemplate

DOCTYPE = "<!DOCTYPE html>"

# Inline spans: the element each becomes and its class attribute (none for em/strong).
_INLINE_ELEMENTS = {
    "em": ("em", ""),
    "strong": ("strong", ""),
    "link": ("a", ""),
    "person": ("span", ' class="person"'),
    "org": ("span", ' class="org"'),
    "place": ("span", ' class="place"'),
    "term": ("span", ' class="term"'),
    "abbr": ("abbr", ""),
    "date": ("time", ' class="date"'),
    "time": ("time", ' class="time"'),
    "duration": ("time", ' class="duration"'),
    "number": ("data", ' class="number"'),
    "money": ("data", ' class="money"'),
}
# A duration HTML's <time datetime> can hold: days, hours, minutes and seconds (to the
# millisecond). A year or a month is no fixed length, and HTML has none: such a duration
# ("P3Y", a three-year programme) is a <data value>, which holds any machine value.
_HTML_DURATION = re.compile(r"P(?=\d|T\d)(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?"
                            r"(?:\d+(?:\.\d{1,3})?S)?)?")
# Spans that carry names and terms: isolated when their script runs against the page.
_NAMES = frozenset({"person", "org", "place", "term", "abbr", "link", "em", "strong"})
# The schemes a page keeps in a link's href and a figure's src (with relative
# addresses); `toolkit.release_checks` reports a source release's others. tel: runs no
# script and is how a release's press contact is called from a phone.
LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
IMAGE_SCHEMES = frozenset({"http", "https"})

# The standalone page's stylesheet. A Han character is drawn as the page's language and
# script draw it (Simplified fonts show mainland forms on a Traditional Chinese page, HK's
# differ again), and no language written in the Arabic script is letter-spaced (it breaks
# the joins) or set in italics (a browser slants it: the script has none).
# Nothing is wider than a 320 CSS px screen (WCAG 1.4.10): a value in running text is
# kept whole, but the embargo's instant, a line of its own as long as a sentence, wraps,
# and a word wider than the column (an address written out) breaks where it would not fit.
CSS = """\
:root{--ink:#1b1c1e;--muted:#5d6168;--rule:#dcdad4;--paper:#fff;--ground:#f3f1ec;\
--accent:#7d1d2c}
*{box-sizing:border-box}
html{background:var(--ground);color:var(--ink);-webkit-text-size-adjust:100%}
body{margin:0;font:1.0625rem/1.7 system-ui,-apple-system,"Segoe UI","Noto Sans",\
"Helvetica Neue",Arial,sans-serif;text-rendering:optimizeLegibility;\
overflow-wrap:break-word}
:lang(ja) body,body:lang(ja){font-family:"Hiragino Sans","Hiragino Kaku Gothic ProN",\
"Noto Sans CJK JP","Noto Sans JP","Yu Gothic",Meiryo,sans-serif;line-height:1.9;\
line-break:strict;word-break:auto-phrase}
body:lang(zh){font-family:"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;\
line-height:1.9}
body:lang(zh-Hant),body:lang(zh-TW),body:lang(zh-MO){font-family:"PingFang TC",\
"Noto Sans CJK TC","Microsoft JhengHei",sans-serif}
body:lang(zh-HK),body:lang(zh-Hant-HK){font-family:"PingFang HK","Noto Sans CJK HK",\
"PingFang TC","Noto Sans CJK TC","Microsoft JhengHei",sans-serif}
body:lang(ko){font-family:"Apple SD Gothic Neo","Noto Sans CJK KR","Noto Sans KR",\
"Malgun Gothic",sans-serif}
body:lang(ar),body:lang(fa),body:lang(ur){font-family:"Noto Naskh Arabic",\
"Noto Sans Arabic","Geeza Pro","Segoe UI",Tahoma,sans-serif;font-size:1.125rem;\
line-height:1.95}
main{max-width:46rem;margin:0 auto;padding:2.5rem 1.25rem 4rem}
body>header{max-width:46rem;margin:0 auto;padding:2.5rem 1.25rem 0;border:0}
body>header+main{padding-block-start:0}
article,.index{background:var(--paper);padding:2.5rem clamp(1.25rem,5vw,3.5rem) 3rem;\
border-radius:4px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
nav{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem 1.5rem;\
font-size:.875rem;margin:0 0 1rem}
nav a{color:var(--muted)}
.versions{display:flex;flex-wrap:wrap;gap:0 .9rem;list-style:none;margin:0;\
margin-inline-start:auto;padding:0}
.versions li{margin:0}
.versions [aria-current]{color:var(--ink);font-weight:600}
header{border-block-end:1px solid var(--rule);margin-block-end:2rem;\
padding-block-end:1.25rem}
.series{margin:0;color:var(--accent);font-size:.8125rem;font-weight:600;\
letter-spacing:.06em;text-transform:uppercase}
:lang(ja) .series,:lang(zh) .series,:lang(ar) .series,:lang(fa) .series,\
:lang(ur) .series{letter-spacing:0}
h1{margin:.35rem 0 .5rem;font-size:clamp(1.6rem,4vw,2.15rem);line-height:1.3;\
font-weight:700}
h2{margin:2rem 0 .5rem;font-size:1.25rem;line-height:1.4}
.subtitle{margin:0 0 1rem;color:var(--muted);font-size:1.125rem;line-height:1.5}
.dateline,.embargo{margin:.25rem 0;color:var(--muted);font-size:.9375rem}
.embargo{display:inline-block;margin-block-start:.5rem;padding:.2rem .6rem;\
border:1px solid var(--accent);border-radius:3px;color:var(--accent);font-weight:600}
.dateline .sep{padding:0 .15em;color:var(--rule)}
.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(13rem,100%),1fr));\
gap:1rem;margin:0 0 2rem}
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
:lang(ar) em,:lang(fa) em,:lang(ur) em{font-style:normal;font-weight:700}
time,data{white-space:nowrap}
.embargo time{white-space:normal}
.index ol{list-style:none;padding:0;margin:0}
.index li{display:flex;gap:1rem;padding:.6rem 0;border-block-end:1px solid var(--rule);\
margin:0}
.index table{width:100%;border-collapse:collapse}
.index th,.index td{padding:.6rem 0;border-block-end:1px solid var(--rule);text-align:start;\
font-weight:400}
.index thead th{padding-block-start:0;color:var(--muted);font-size:.8125rem}
.index td,.index th+th{text-align:end}
.index td{color:var(--muted);font-size:.875rem}
.index li time{flex:0 0 auto;color:var(--muted);font-size:.9375rem;min-width:9.5rem}
.index li a{min-width:0}
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
    # The locales in which the release has a page (this one's included), in the order
    # they are listed: each gets a <link rel="alternate"> and a place in the nav. The
    # pages are siblings: ``../<locale>/<id>.html``. Fewer than two: neither.
    versions: tuple[str, ...] = ()
    # The version for readers whose language is none of them, linked as hreflang
    # "x-default" beside the others (the source locale's page); None: no such link.
    default_version: str | None = None
    # Whether the head links the versions for search engines (a pseudo-locale's page, a
    # layout test, lists them in its nav only).
    alternates: bool = True
    # The versions whose text is in another language than their locale's, as (locale,
    # language): a release written in French, built as it is into an English source
    # locale, is the French version (its hreflang, its name and its lang say so).
    version_languages: tuple[tuple[str, str], ...] = ()
    # The language the release's text is in when it is not the locale's: a release
    # written in French, built as it is into an English source locale. The page says so
    # (WCAG 2.1 SC 3.1.1) and marks the locale's own few words (labels, the versions).
    language: str | None = None
    # The project's page template (`toolkit.page_template`): the page is written into
    # it instead of the standalone shell with its inline stylesheet.
    template: PageTemplate | None = None
    # The address the build folder is published at (the config's ``site-url``, ending in
    # /): a release page then says its own address (canonical, Open Graph), which must
    # be absolute. None: only what needs no address (description, NewsArticle data).
    site_url: str | None = None
    # The locale's fixed words (`toolkit.labels.Labels`: the project's, else the
    # built-in ones), made once for all its pages; None: the built-in ones.
    labels: Labels | None = None
    # The CSS counter style of the page's ordered lists (`counter_style`): their numbers
    # in the digits the page's other numbers are in. None: decimal, the browser's own.
    list_style: str | None = None
    # A figure's relative src as the page writes it (`toolkit.images.page_href`): the
    # one copy of the photo in the build folder that every locale's page refers to. A
    # src not in it is written as it is.
    images: Mapping[str, str] = field(default_factory=dict)


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
    """BCP 47 for HTML and xml:lang: ``pt_BR`` → ``pt-BR``, ``sr@latin`` → ``sr-Latn``."""
    if "@" in locale or "." in locale:
        return _posix_lang(locale)
    return locale.replace("_", "-")


@cache
def _posix_lang(locale: str) -> str:
    """A gettext (POSIX) locale name as BCP 47: the encoding dropped, a modifier naming a
    script made its subtag, any other dropped. ``sr@latin`` as it is was no language tag:
    the XML written with it failed the schema's xs:language, and HTML's lang ignored it."""
    from toolkit.formatting import MODIFIER_SCRIPTS

    name, _, modifier = locale.partition("@")
    language, _, rest = name.partition(".")[0].partition("_")
    subtags = [language, *filter(None, rest.split("_"))]
    script = MODIFIER_SCRIPTS.get(modifier.casefold())
    if script and not any(len(tag) == 4 and tag.isalpha() for tag in subtags[1:]):
        subtags.insert(1, script)
    return "-".join(subtags)


# ---------------------------------------------------------------- serialisation
# What libxml2 2.14 writes for an HTML tree (lxml's `tostring(method="html")`), found by
# experiment and held by tests/test_html_writer.py against lxml itself:
# - text: & < > as entities and a carriage return as &#13;; all else (quotes, U+00A0,
#   any non-ASCII character: the output is UTF-8) as it is;
# - an attribute value: escaped as text, between double quotes; between single quotes
#   when it holds a double quote and no single one, else with &quot;;
# - a URL attribute (href, src, action; name on a): blanks at its start dropped, and
#   tabs, newlines, spaces, DEL and every non-ASCII character percent-encoded as UTF-8;
# - a void element (img, meta...) has no end tag, nor does a list item with no content;
#   any other element has one, empty or not;
# - style and script content as it is (only this module's style sheet goes there).
# lxml refused text XML cannot hold: C0 controls but tab, newline and carriage return,
# lone surrogates, U+FFFE and U+FFFF. So does `page_bytes`, once over the written page:
# no markup written here holds one, so one found there came from text (a library
# caller's; text read from files cannot hold them).

_VOID = frozenset({"area", "base", "basefont", "br", "col", "frame", "hr", "img", "input",
                   "isindex", "link", "meta", "param"})
_URL_ATTRIBUTES = frozenset({"href", "src", "action"})
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NOT_XML_BYTES = bytes(c for c in range(0x20) if c not in b"\t\n\r")  # (in UTF-8)
# What is not percent-encoded in a URL: every other ASCII character (the carriage return
# is escaped as text instead, as libxml2 does; other controls are refused).
_URL_KEPT = "".join(chr(c) for c in range(0x21, 0x7f)) + "\r"


# Text as it stands in a page: markup characters escaped, nothing interpreted (libxml2
# writes text the same way in HTML as in XML).
text_node = escape_text


def attribute(name: str, value: str, tag: str = "") -> str:
    """`` name="value"``, written as libxml2 writes an attribute of a `tag` element."""
    if name in _URL_ATTRIBUTES or (name == "name" and tag == "a"):
        value = _url(value)
    value = text_node(value)
    if '"' not in value:
        return f' {name}="{value}"'
    if "'" not in value:
        return f" {name}='{value}'"
    return f' {name}="{value.replace(chr(34), "&quot;")}"'


def _url(value: str) -> str:
    value = value.lstrip(" \t\n")
    if value.isascii() and not (" " in value or "\t" in value or "\n" in value
                                or "\x7f" in value):
        return value  # the usual address (isascii is a flag of the string: no scan)
    if _NOT_XML.search(value):  # (percent-encoded, page_bytes would not see it)
        raise ValueError(f"a URL XML cannot hold: {value!r}")
    return quote(value, safe=_URL_KEPT)


def element(tag: str, attributes: str, content: str) -> str:
    """An element from its start tag's `attributes` (written by `attribute`) and its
    `content` (written by `text_node` and `element`)."""
    if tag in _VOID or (not content and tag == "li"):
        return f"<{tag}{attributes}>"  # (libxml2 drops what a void element holds)
    return f"<{tag}{attributes}>{content}</{tag}>"


def page_bytes(text: str) -> bytes:
    """A page's text (or a piece of it) as UTF-8. Raises ValueError, as lxml did, for a
    character XML cannot hold (a scan of the bytes costs a fifth of a scan of the text)."""
    data = text.encode()  # a lone surrogate: UnicodeEncodeError, a ValueError
    if (len(data.translate(None, _NOT_XML_BYTES)) != len(data)
            or b"\xef\xbf\xbe" in data or b"\xef\xbf\xbf" in data):  # U+FFFE, U+FFFF
        found = _NOT_XML.search(text)
        assert found is not None  # _NOT_XML matches what the byte scan refuses
        raise ValueError(f"text XML cannot hold: {found[0]!r}")
    return data


_PADS = tuple("\n" + "  " * depth for depth in range(12))


def block(tag: str, attributes: str, children: list[str], depth: int) -> str:
    """A block element laid out for a person to read and diff: each child (an element)
    on a line of its own, indented one step deeper than the block, at `depth`. Only
    elements without text are laid out this way, so no rendered text changes."""
    if not children:
        return element(tag, attributes, "")
    pad = _PADS[depth + 1]
    return element(tag, attributes, pad + pad.join(children) + _PADS[depth])


# ---------------------------------------------------------------- URLs
# What browsers drop from a URL before reading it (the WHATWG URL parser): C0 controls
# and space at either end, and tab, LF and CR anywhere. Any other character inside, a
# space say, is kept (percent-encoded): "/ /x" is the path /%20/x, not "//x".
_URL_ENDS = "".join(map(chr, range(0x21)))
_URL_BREAKS = re.compile("[\t\n\r]")
# The start of a scheme-relative address: two slashes or more, either way round. A
# browser reads "\" as "/" in an http(s) URL, so "\\host", "/\host" and "\/host" lead to
# another host as "//host" does.
SCHEME_RELATIVE = re.compile(r"[/\\][/\\]+")


def url_as_read(value: str) -> str:
    """`value` as a browser reads it before parsing (WHATWG URL): without the controls
    and spaces at its ends, and without tabs and line breaks anywhere, so that
    ``java\\tscript:`` is javascript: and ``/\\t/host`` is //host."""
    return _URL_BREAKS.sub("", value).strip(_URL_ENDS)


def safe_href(value: str | None, schemes: frozenset[str] = LINK_SCHEMES) -> str | None:
    """A URL that may appear in a page: relative, or with one of `schemes`; else None.

    Judged as browsers read it (`url_as_read`), so ``java\\tscript:`` is caught too, and
    ``/ /x`` (an inner space, kept) is a path on the page's own site.
    """
    if value is None:
        return None
    # The usual addresses, told at a glance: printable ASCII without a space (so nothing
    # to strip) and without brackets (nothing urlsplit refuses), a path from the site's
    # root or http(s). Each release's photos have addresses of their own, which a cache
    # does not help.
    if (value.isascii() and value.isprintable() and " " not in value
            and "[" not in value and "]" not in value):
        if value[:1] == "/" and value[1:2] not in ("/", "\\"):
            return value
        if value.startswith("https://") and "https" in schemes:
            return value
        if value.startswith("http://") and "http" in schemes:
            return value
    return _safe_href(value, schemes)


# Remembered: pages link the same sites over and over, and urlsplit is the dearest step
# of a link. Bounded, so memory stays flat on any corpus.
@lru_cache(maxsize=4096)
def _safe_href(value: str, schemes: frozenset[str]) -> str | None:
    """`safe_href` by urlsplit."""
    cleaned = url_as_read(value)
    try:
        parts = urlsplit(cleaned)
    except ValueError:
        return None
    # Only the ends a browser strips are stripped (not str.strip's no-break or em space):
    # the address written must be the one judged, not a javascript: or //host behind one.
    if parts.scheme:
        return value.strip(_URL_ENDS) if parts.scheme.lower() in schemes else None
    if SCHEME_RELATIVE.match(cleaned):
        return None  # scheme-relative: would follow whatever scheme the page is served with
    return value.strip(_URL_ENDS)


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


_REGION_SUBTAG = re.compile(r"[A-Za-z]{2}|[0-9]{3}")


@lru_cache(maxsize=256)
def language_name(locale: str) -> tuple[str, str]:
    """A language's name for itself as readers of it know it (CLDR: "日本語",
    "العربية"; a pseudo-locale as its base language with its tag, "English (en-XA)"; a
    tag CLDR does not know as itself) and its direction: how the front page lists the
    languages of a build and a page the versions of its release."""
    from toolkit.errors import UsageError
    from toolkit.formatting import babel_locale_for

    try:
        language = babel_locale_for(locale)
    except UsageError:
        return locale, "ltr"
    direction = "rtl" if language.text_direction == "rtl" else "ltr"
    name, details = _name_parts(locale, locale)
    return (f"{name} ({', '.join(details)})" if details else name), direction


# CLDR's localeSeparator where it is not "{0}, {1}": what joins a language's name to its
# script's and region's ("中文（繁體，台灣）", "الألمانية (اللاتينية، النمسا)").
_LOCALE_SEPARATORS = {"am": "፣ ", "ti": "፣ ", "ar": "، ", "ckb": "، ", "fa": "، ",
                      "nqo": "، ", "syr": "، ", "ug": "، ", "ur": "،", "ja": "、",
                      "zh": "，", "yue": "，", "ii": "，", "my": "/ "}


@lru_cache(maxsize=256)
def name_in_brackets(locale: str, reader: str, listed: bool = False) -> str:
    """`locale`'s name as `reader`'s language writes it inside brackets of its own, its
    region, script or variant not in brackets of their own, which would nest: alone (an
    index page's title) after CLDR's localeSeparator ("Comunicate de presă (română,
    Republica Moldova)", not "(română (Republica Moldova))"); `listed` among other
    names, where that separator would read as the list's, in square brackets, as CLDR's
    display names write brackets within brackets ("(English, Romanian [Moldova], and
    Swedish)")."""
    from toolkit.errors import UsageError
    from toolkit.formatting import babel_locale_for

    name, details = _name_parts(locale, reader)
    try:
        language = babel_locale_for(reader).language
    except UsageError:
        language = FALLBACK
    separator = _LOCALE_SEPARATORS.get(language, ", ")
    if not details:
        return name
    if listed:
        opening, closing = ("［", "］") if separator == "，" else (" [", "]")
        return f"{name}{opening}{separator.join(details)}{closing}"
    return separator.join((name, *details))


@lru_cache(maxsize=256)
def _name_parts(locale: str, reader: str) -> tuple[str, tuple[str, ...]]:
    """`locale`'s language as `reader`'s names it (CLDR; English where CLDR does not know
    `reader`), and what tells it apart from its language's other tags: the script,
    region and variant its tag writes, or a pseudo-locale's or a modifier's tag. A tag
    CLDR does not know is itself."""
    from toolkit.errors import UsageError
    from toolkit.formatting import babel_locale_for, is_pseudo_locale

    try:
        language = babel_locale_for(locale)
    except UsageError:
        return locale, ()
    try:
        words = babel_locale_for(reader)
    except UsageError:
        words = babel_locale_for(FALLBACK)
    names = words.languages
    if is_pseudo_locale(locale):
        # shown as its base language, with its tag to tell the two apart
        return names.get(language.language) or locale, (locale,)
    # Named by the subtags the tag writes, not the likely ones Babel fills in: zh-CN is
    # zh_Hans_CN to CLDR, and "中文 (简体, 中国)" names a script its readers never chose.
    # A written script is named by CLDR's name of the language in it where it has one
    # ("繁體中文", as Weblate's zh_Hant), else in brackets as Babel names it.
    subtags = re.split(r"[-_@]", locale)[1:]
    written_script = "@" in locale or any(len(s) == 4 and s.isalpha() for s in subtags)
    script = language.script if written_script else None
    head = names.get(f"{language.language}_{script}") if script else None
    details = [] if head or not script else [words.scripts.get(script, script)]
    if language.territory and any(_REGION_SUBTAG.fullmatch(s) for s in subtags):
        details.append(words.territories.get(language.territory, language.territory))
    if language.variant:
        details.append(words.variants.get(language.variant, language.variant))
    elif "@" in locale and not script:
        # a modifier Babel dropped (`ca@valencia`: its data is ca's), told apart by its tag
        details.append(locale)
    return head or names.get(language.language) or locale, tuple(details)


@lru_cache(maxsize=256)
def _language(lang: str, direction: str) -> tuple[str, str]:
    """The attributes of an element in another language than what holds it: `lang`, and
    `dir` when that language's script runs against `direction` (an English fallback on
    an Arabic page is laid out left to right); and the direction of its content."""
    own = language_direction(lang) or direction
    marks = attribute("lang", html_lang(lang))
    return (marks if own == direction else marks + attribute("dir", own)), own


@lru_cache(maxsize=256)
def _builtin_labels(locale: str) -> Labels:
    return Labels(locale)


def _labels(context: PageContext) -> Labels:
    return context.labels or _builtin_labels(context.locale)


@lru_cache(maxsize=256)
def _label(labels: Labels, key: str, direction: str) -> tuple[str, str, str]:
    """A fixed word of a locale's pages (`toolkit.labels`), and what marks it when it is
    not in the locale's language (English, for a language the labels do not know: WCAG
    2.1 SC 3.1.2) in an element of the locale's language and `direction`: `lang` and
    `dir` for an element that shows it, `lang` alone for one that holds it in an
    attribute (``aria-label``, ``title``: it is not laid out)."""
    lang = labels.language(key)
    if lang is None:
        return labels.text(key), "", ""
    return labels.text(key), _language(lang, direction)[0], attribute("lang", html_lang(lang))


@lru_cache(maxsize=4096)
def _runs_against(text: str, direction: str) -> bool:
    """True when the text holds a letter of the direction opposite the page's.

    Remembered per text: names and terms recur from page to page.
    """
    if direction == "ltr" and text.isascii():
        return False  # no ASCII character is a right-to-left letter
    return any(_strong(ch) not in (None, direction) for ch in set(text))


def _runs_with(text: str, direction: str) -> bool:
    """True when the text holds a letter of the page's direction."""
    return any(_strong(ch) == direction for ch in set(text))


@lru_cache(maxsize=4096)
def _isolation(text: str, direction: str, link: bool) -> str:
    """The ``dir`` of a name, term or `link` of `text` in a passage of `direction`:
    "auto" when it holds a letter running against it (a Latin name in Arabic); "ltr"
    for a link of digits without a letter in a right-to-left passage, a phone number,
    whose groups ("+41 22 791 21 11") would be laid out right to left one after the
    other, and where dir="auto" finds no letter to go by; else none. (Digits in a name
    or term stay the passage's: a range, "2022–2023", reads in its direction.)"""
    if _runs_against(text, direction):
        return ' dir="auto"'
    if link and direction == "rtl" and any(ch.isdigit() for ch in text) and not any(
            _strong(ch) for ch in set(text)):
        return ' dir="ltr"'
    return ""


# ---------------------------------------------------------------- inline content
def _content(content: tuple[Inline, ...], direction: str) -> str:
    """Segment content as the text and fixed inline elements of an element."""
    if len(content) == 1 and isinstance(content[0], str):  # the usual content: one string
        return text_node(content[0])
    pieces = []
    for part in content:
        if isinstance(part, str):
            pieces.append(text_node(part))
            continue
        mapped = _INLINE_ELEMENTS.get(part.name)
        if mapped is None:  # not part of the vocabulary: its text only
            pieces.append(text_node(part.text))
        else:
            pieces.append(_inline(part, mapped, direction))
    return "".join(pieces)


def _inline(span: Span, mapped: tuple[str, str], direction: str) -> str:
    """The element of a span of the vocabulary."""
    tag, attributes = mapped
    isolated = False  # whether the span's direction is stated already
    if span.attrs:  # (names, most spans, have none)
        values = dict(span.attrs)
        end = values.get("end")
        if end is not None and span.name == "date":
            # A date range: HTML's datetime grammar has dates, times and durations but
            # no interval, and one <time> for the start would tell a reader's tools the
            # range is its first day. <data> holds any machine-readable value: the ISO
            # 8601 interval "2025-03-24/2025-03-27" around the locale's one formatted text.
            tag, attributes = "data", ' class="date range"'
            values["value"] = f"{values.get('value', '')}/{end}"
        elif span.name == "duration" and not _HTML_DURATION.fullmatch(
                values.get("value", "")):
            tag = "data"
        attributes += _span_attributes(tag, values)
        lang = values.get(XML_LANG)
        if lang is not None:  # a value in the page's language inside a fallback
            marks, own = _language(lang, direction)
            attributes += marks
            isolated, direction = own != direction, own
    if not isolated and span.name in _NAMES:
        # A Latin name in Arabic (or the reverse), a phone number in Arabic, is isolated,
        # so its neighbours' punctuation and numbers keep their places.
        attributes += _isolation(_text(span.content), direction, tag == "a")
    return element(tag, attributes, _content(span.content, direction))


def _span_attributes(tag: str, values: dict[str, str]) -> str:
    """The HTML attributes a span's own attributes give its element (`tag`)."""
    written = ""
    if tag == "a":
        href = safe_href(values.get("href"))
        if href is not None:
            written = attribute("href", href)
    elif tag == "abbr":
        title = values.get("title")
        if title:
            written = attribute("title", title)
    elif tag == "time" or tag == "data":
        value = values.get("value")
        if value:
            written = attribute("datetime" if tag == "time" else "value", value)
    if values.get(ITS_TRANSLATE) == "no":
        written += ' translate="no"'
    return written


def _text(content: tuple[Inline, ...]) -> str:
    """`plain_text`, without a join for the usual span that holds one string."""
    if len(content) == 1 and isinstance(content[0], str):
        return content[0]
    return plain_text(content)


# ---------------------------------------------------------------- pages
# The counter style (CSS Counter Styles Level 3's predefined ones) of a CLDR numbering
# system: a Persian page's list numbered ۱. ۲. as its dates and amounts are written, not
# 1. 2. A system CSS has no style of (fullwide, cyrl, grek, taml...) numbers as decimal.
COUNTER_STYLES = {
    "arab": "arabic-indic", "arabext": "persian", "beng": "bengali", "deva": "devanagari",
    "gujr": "gujarati", "guru": "gurmukhi", "khmr": "khmer", "knda": "kannada",
    "laoo": "lao", "mlym": "malayalam", "mong": "mongolian", "mymr": "myanmar",
    "orya": "oriya", "tamldec": "tamil", "telu": "telugu", "thai": "thai",
    "tibt": "tibetan", "hanidec": "cjk-decimal",
    # the algorithmic systems (the ICU engine's) that have a style of the same numerals
    "armn": "upper-armenian", "armnlow": "lower-armenian", "geor": "georgian",
    "hebr": "hebrew", "roman": "upper-roman", "romanlow": "lower-roman",
    "ethi": "ethiopic-numeric", "jpan": "japanese-informal", "jpanfin": "japanese-formal",
    "hans": "simp-chinese-informal", "hansfin": "simp-chinese-formal",
    "hant": "trad-chinese-informal", "hantfin": "trad-chinese-formal",
}


def counter_style(numbering: str) -> str | None:
    """The counter style of the ordered lists of a page whose numbers are written in
    `numbering` (a CLDR numbering system, as the locale's formatter has it); None for
    latn (decimal) and a system CSS has none of."""
    return COUNTER_STYLES.get(numbering)


# Depths in a page's layout (html is 0): what the head holds, and main; nav and article
# (or the index's section); what those hold; what the article's divisions hold (a
# figure, a list, a quote).
_IN_HEAD, _MAIN, _IN_MAIN, _IN_SECTION, _IN_DIV = 2, 2, 3, 4, 5
# Where a piece goes in a page written before it: text, escaped, can never hold "<".
_TITLE_SLOT, _MAIN_SLOT, _ITEMS_SLOT = "<!--title-->", "<!--main-->", "<!--items-->"


# What a pseudo-locale's pages say to search engines (`unindexed`): a layout test is not
# to be found. They still follow its links (to the real pages its nav lists).
NOINDEX = '<meta name="robots" content="noindex">'


@lru_cache(maxsize=256)
def unindexed(locale: str) -> bool:
    """Whether a locale's pages are kept out of search engines and link previews: a
    pseudo-locale's (en-XA, ar-XB), a layout test and no version for readers (no page
    links it: `toolkit.build_pair.page_versions`). They say ``noindex``, and nothing
    that offers them for sharing or names an address of their own (no canonical, Open
    Graph or Twitter card, with a site-url or not; a template's own are left out)."""
    from toolkit.formatting import is_pseudo_locale

    return is_pseudo_locale(locale)


@lru_cache(maxsize=64)
def _shell(lang: str, direction: str, generator: str,
           hidden: bool = False) -> tuple[bytes, bytes, bytes]:
    """What every page of a locale has around its title and its main element: written
    once, as the three pieces between them; `hidden`: a page kept out of search
    (`unindexed`)."""
    head = ['<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">']
    if generator:
        head.append(element("meta", attribute("name", "generator")
                            + attribute("content", generator), ""))
    if hidden:
        head.append(NOINDEX)
    head += [_TITLE_SLOT, f"<style>{CSS}</style>"]
    html = block("html", attribute("lang", lang) + attribute("dir", direction),
                 [block("head", "", head, 1), block("body", "", [_MAIN_SLOT], 1)], 0)
    before, rest = html.split(_TITLE_SLOT)
    middle, after = rest.split(_MAIN_SLOT)
    return page_bytes(f"{DOCTYPE}\n{before}"), page_bytes(middle), page_bytes(f"{after}\n")


@lru_cache(maxsize=64)
def _template_shell(template: PageTemplate, lang: str, direction: str,
                    generator: str, head_rest: str, hidden: bool = False
                    ) -> tuple[bytes, bytes, bytes]:
    """`_shell` for a project's template: the template as written around the build's
    <html lang dir>, the head's first lines (charset, generator; the title follows)
    and the content of the marked element (`toolkit.page_template`); `head_rest`: the
    template's, as the page's kind has it (`PageTemplate.head_rest`...); `hidden`:
    a page kept out of search (`unindexed`)."""
    attributes = attribute("lang", lang) + attribute("dir", direction)
    for name, value in template.html_attributes:  # (the template's own, names in lower case)
        attributes += f" {name}" if value is None else attribute(name, value, "html")
    head = '<meta charset="utf-8">'
    if generator:
        head += _PADS[_IN_HEAD] + element("meta", attribute("name", "generator")
                                          + attribute("content", generator), "")
    if hidden:
        head += _PADS[_IN_HEAD] + NOINDEX
    before = (f"{DOCTYPE}\n<html{attributes}>{template.head_open}{_PADS[_IN_HEAD]}{head}"
              f"{_PADS[_IN_HEAD]}")
    return (page_bytes(before), page_bytes(head_rest),
            page_bytes(f"\n{template.indent}{template.close}\n"))


def _page(context: PageContext, title: str, main: list[str],
          language: tuple[str, str] | None = None, release: bool = False,
          nav: tuple[str, list[str]] | None = None, addressed: bool = False) -> bytes:
    """A page from its title element (and what follows it in the head), its nav (the
    nav element's attributes and children) and the children of its main element, in
    the locale's language or in `language` (a tag and its direction); `release`: a
    release's page, which says what it is (`_about`)."""
    before, middle, content, after = _page_parts(context, main, language, release,
                                                 addressed, nav)
    return b"".join((before, page_bytes(title), middle, page_bytes(content), after))


def _page_parts(context: PageContext, main: list[str],
                language: tuple[str, str] | None = None, release: bool = False,
                addressed: bool = False, nav: tuple[str, list[str]] | None = None
                ) -> tuple[bytes, bytes, str, bytes]:
    """A page's pieces: its bytes before the title and between the title and the
    content of its main element (or the template's marked one), that content as text,
    and the bytes after it; `addressed`: an index page that says its own address
    (`index_links`); `nav`: its nav's attributes and children.

    A standalone page's nav is in its header, a banner landmark before the main one (a
    screen reader's user skips from one to the other: the main content is the page's
    own, the nav the site's). A template's page has it first in the marked element: all
    else is the template's as written, its own header, nav and footer included, and
    the marked element may be the template's <main> itself."""
    lang, direction = language or (html_lang(context.locale), context.direction)
    template = context.template
    hidden = unindexed(context.locale)
    if template is None:
        before, middle, after = _shell(lang, direction, context.generator, hidden)
        content = block("main", "", main, _MAIN)
        if nav is not None:  # (in the page's banner: the site's part of the page)
            content = (block("header", "", [block("nav", nav[0], nav[1], _IN_MAIN)], _MAIN)
                       + _PADS[_MAIN] + content)
        return before, middle, content, after
    if nav is not None:
        main = [block("nav", nav[0], nav[1], _IN_MAIN), *main]
    # The marked element's children are laid out as main's are in a standalone page.
    # A release page's head says what the template's may say too: the template's go.
    # A pseudo page's, index or release, offers the page to no one, as the site's own
    # canonical and previews would.
    head_rest = template.head_rest
    if hidden:
        head_rest = template.pseudo_head_rest
    elif release:
        head_rest = (template.head_rest if context.site_url is None
                     else template.site_head_rest)
    elif addressed:  # (one canonical: the page's own, as on a release page)
        head_rest = template.index_head_rest
    before, middle, after = _template_shell(template, lang, direction, context.generator,
                                            head_rest, hidden)
    return before, middle, "".join(_PADS[_MAIN + 1] + child for child in main), after


def _segment(tag: str, segment: Segment, direction: str, attributes: str = "") -> str:
    """The element of a segment: its text, and what says it is untranslatable or in
    another language."""
    if segment.attrs:
        if segment.get(ITS_TRANSLATE) == "no":
            attributes += ' translate="no"'
        lang = segment.get(XML_LANG)
        if lang is not None:  # a fallback: the source text on a page of another language
            if tag == "li":
                return _list_item_in(segment, lang, direction, attributes)
            marks, direction = _language(lang, direction)
            attributes += marks
    return element(tag, attributes, _content(segment.content, direction))


def _list_item_in(item: Segment, lang: str, direction: str, attributes: str) -> str:
    """A list item in another language. A list item's marker stands on the side of its
    own direction: the item keeps the list's (its number stays in line with the
    others'), and a script running the other way gets a block of its own."""
    attributes += attribute("lang", html_lang(lang))
    own = language_direction(lang) or direction
    content = _content(item.content, own)
    if own != direction:
        content = element("div", attribute("dir", own), content)
    return element("li", attributes, content)


def release_page(release: Release, context: PageContext) -> bytes:
    """The standalone page of one localised release."""
    direction = context.direction
    language = None
    locale_marks = ""  # on the locale's own words, in a page of another language
    if context.language is not None:
        direction = language_direction(context.language) or direction
        language = html_lang(context.language), direction
        locale_marks = _language(context.locale, direction)[0]
    title = release.title
    title_lang = title.get(XML_LANG) if title.attrs else None
    marks = _language(title_lang, direction)[0] if title_lang is not None else ""
    # (The nav is in the locale's language, marked so on a page of another.)
    words, word_marks, _ = _label(_labels(context), "press_releases", context.direction)
    nav = [element("a", attribute("href", context.index_href) + word_marks, text_node(words))]
    alternates = ""
    # (A page that is no version itself, one in the language another version's locale
    # is, lists the others: `toolkit.build_pair.page_versions`.)
    if any(version != context.locale for version in context.versions):
        alternates, listing = _versions(release.id, context)
        nav.append(listing)
        if not context.alternates:
            alternates = ""
    article = [_header(release, context, direction, locale_marks)]
    figures = [shown for figure in release.figures
               if (shown := _figure(figure, direction, context.images)) is not None]
    if figures:
        article.append(block("div", ' class="figures"', figures, _IN_SECTION))
    # (on the list itself: a project's template and its stylesheet keep it as well)
    numbered = (attribute("style", f"list-style-type:{context.list_style}")
                if context.list_style is not None else "")
    article.append(block("div", ' class="body"',
                         [_body_block(part, direction, numbered) for part in release.body],
                         _IN_SECTION))
    return _page(context, element("title", marks, text_node(title.text)) + alternates
                 + _about(release, context),
                 [block("article", "", article, _IN_MAIN)], language, release=True,
                 nav=(locale_marks, nav))


# A release id as the schema allows it: written as it is in an address (nothing in it is
# escaped or percent-encoded), so it can take the place of a stand-in in written markup.
_PLAIN_ID = re.compile(r"[A-Za-z0-9._-]+")
_ID_SLOT = "\x00"  # (written as it is by `attribute`; a page never holds one)


def _versions(release_id: str, context: PageContext) -> tuple[str, str]:
    """The release in its other languages: the ``<link rel="alternate">`` elements that
    follow the title in the head (every version, this page's too, as search engines ask,
    and the default one as ``x-default``), and the list for the nav, each named in its
    own language and marked as written in it; this page's language is shown, not linked.
    Only the locales and the release id (the source's, checked by the schema) go into
    them, never a translation.

    With a site-url the head's links are full addresses, as the canonical one is: search
    engines take an hreflang alternate at no other (Google: "fully-qualified"), and the
    sitemap lists the same. The nav's stay beside the page, for the build folder to be
    browsed wherever it is.

    The pages of a locale mostly list the same versions: the markup is written once per
    set, with a stand-in for the id."""
    labels = _labels(context)
    folder = "../" if context.site_url is None else context.site_url
    template = _versions_template(labels, context.direction, context.versions,
                                  context.default_version, context.version_languages,
                                  folder)
    if template is None or not _PLAIN_ID.fullmatch(release_id):
        return _versions_markup(release_id, labels, context.direction,
                                context.versions, context.default_version,
                                context.version_languages, folder)
    head, listing = template
    return head.replace(_ID_SLOT, release_id), listing.replace(_ID_SLOT, release_id)


@lru_cache(maxsize=64)
def _versions_template(labels: Labels, direction: str, versions: tuple[str, ...],
                       default: str | None, languages: tuple[tuple[str, str], ...],
                       folder: str = "../") -> tuple[str, str] | None:
    """The markup of a set of versions with a stand-in for the id; None when a tag is not
    plain (a locale tag always is), as its address is then percent-encoded whole."""
    if not all(_PLAIN_ID.fullmatch(version) for version in (*versions, default or "-")):
        return None
    return _versions_markup(_ID_SLOT, labels, direction, versions, default, languages,
                            folder)


def _versions_markup(release_id: str, labels: Labels, direction: str,
                     versions: tuple[str, ...], default: str | None,
                     languages: tuple[tuple[str, str], ...] = (),
                     folder: str = "../") -> tuple[str, str]:
    """`_versions` for the page of `labels`' locale; `folder`: what the head's links
    start with, the build folder's address (the site-url) or ``../``."""
    locale = labels.locale
    links = []
    items = []
    in_language = dict(languages)
    words, _, list_marks = _label(labels, "languages", direction)
    for version in versions:
        # A version is at its locale's address, and in its locale's language unless said
        # otherwise: search engines and readers are told the language its text is in.
        lang = in_language.get(version, version)
        href = attribute("href", f"../{version}/{release_id}.html")
        hreflang = attribute("hreflang", html_lang(lang))
        name = text_node(language_name(lang)[0])
        links.append(element("link", ' rel="alternate"' + hreflang + attribute(
            "href", f"{folder}{version}/{release_id}.html"), ""))
        if version == locale:  # (marked when not in the language of the list: the
            # locale's, or English when the list's name fell back to it)
            marks = "" if lang == version else _language(lang, direction)[0]
            if not marks and list_marks:
                marks = attribute("lang", html_lang(lang))
            items.append(element("li", "", element("span", ' aria-current="page"' + marks,
                                                   name)))
        else:  # its name in its language, and direction when it runs against the page's
            items.append(element("li", "", element(
                "a", href + hreflang + _language(lang, direction)[0], name)))
    if default is not None:  # (after the languages, as search engines' examples put it)
        links.append(element("link", ' rel="alternate" hreflang="x-default"'
                             + attribute("href", f"{folder}{default}/{release_id}.html"), ""))
    # (role="list": VoiceOver in Safari takes a list styled list-style:none for none,
    # and so does not say how many languages there are)
    listing = block("ul", ' class="versions" role="list"' + attribute("aria-label", words)
                    + list_marks, items, _IN_SECTION)
    return "".join(_PADS[_IN_HEAD] + link for link in links), listing


# ---------------------------------------------------------------- what a page says of itself
# What search results and link previews show of a page: its description, and, where the
# build knows the page's address (`PageContext.site_url`), its canonical address, Open
# Graph and Twitter's card (absolute addresses only: Open Graph has no relative ones),
# and schema.org's NewsArticle. Made of the localised release only, as the page is: a
# release the build holds has no page, so nothing of it is said anywhere.

# About as much as search engines show of a description (code points: a Japanese
# description is as many characters as an English one, each a whole word or more).
DESCRIPTION_LENGTH = 160
_ELLIPSIS = "\u2026"
# Where Japanese and Chinese text may not break (kinsoku): before closing punctuation,
# small kana and the prolonged sound mark, and after opening brackets.
_NO_START = frozenset("、。，．・：；？！ー）」』】〕〉》〙〗〟’”ゝゞヽヾぁぃぅぇぉっゃゅょゎゕゖ"
                      "ァィゥェォッャュョヮヵヶ々…‥｡､）］｝")
_NO_END = frozenset("（「『【〔〈《〘〖〝‘“［｛")


def page_description(release: Release) -> tuple[str, str | None]:
    """What a release page says it is about: the subtitle, else the first paragraph (or
    list item, or quote) with text, as `toolkit.feeds` sums up a feed entry (a heading
    is no summary), as plain text with its spaces made one, `trimmed`; and its language
    when it is not the page's. A translated segment is preferred to one that fell back
    to the source text, so a Japanese page is described in Japanese when any candidate
    is: a fallback is taken, its language said, only when none was translated."""
    fallback: tuple[str, str | None] = ("", None)
    for segment in _summaries(release):
        text = _spaced(_text(segment.content))
        if not text:
            continue
        lang = segment.get(XML_LANG) if segment.attrs else None
        if lang is None:
            return trimmed(text), None
        if not fallback[0]:
            fallback = trimmed(text), lang
    return fallback


def _spaced(text: str) -> str:
    """`text` with its spaces and line breaks each made one space; of a long paragraph
    only its start, as much as a description holds and more (so that it is cut where
    the whole would be)."""
    if len(text) > 3 * DESCRIPTION_LENGTH:
        start = " ".join(text[:3 * DESCRIPTION_LENGTH].split())
        if len(start) > DESCRIPTION_LENGTH:
            return start
    return " ".join(text.split())


def _summaries(release: Release) -> Iterable[Segment]:
    if release.subtitle is not None:
        yield release.subtitle
    for part in release.body:
        if isinstance(part, ListBlock):
            yield from part.items
        elif part.name != "heading":
            yield part


def trimmed(text: str, limit: int = DESCRIPTION_LENGTH) -> str:
    """`text` in at most `limit` code points, an ellipsis included when it is cut. It is
    cut at the last space, or, in Chinese and Japanese, which put none between words,
    where a line may break beside an ideograph or a kana, when that keeps at least half
    of it; else at the last place that splits no character (a base and its combining
    marks, a Hangul syllable's jamo, an emoji sequence, a surrogate pair)."""
    if len(text) <= limit:
        return text
    end = limit - 1  # (room for the ellipsis)
    half = limit // 2
    at = max(text.rfind(" ", half, end + 1), half)  # (a space: in most text, enough)
    if not text.isascii():  # a later break beside an ideograph
        found = end
        while found > at and not _breaks_at(text, found):
            found -= 1
        at = found
    if at == half and not _breaks_at(text, half):
        # one long word: cut it between two characters (not when a space is right at the
        # half, which the search above stops at: that cut a word with a whole one before it)
        at = end
        while at > 0 and not _between_characters(text, at):
            at -= 1
    kept = text[:at].rstrip(" ,;:、，")
    return kept if _sentence_ended(kept, text, at) else kept + _ELLIPSIS


# What may close a sentence after its stop, and open the next before its first letter.
_CLOSERS = "\"'”’»)]」』）】"
_OPENERS = "\"'“‘«„(["
# A word before a full stop that may be an abbreviation, not a sentence's end: a title
# ("Dr.", "Prof."), an initial, a day or ordinal ("am 3. März"), or one with stops of its
# own ("U.S.", "bl.a."); there an ellipsis says the text goes on, as it may.
_ABBREVIATED = re.compile(r"(?:[A-ZÀ-Þ][a-zß-ÿ]{0,3}|[^\W\d_]|\d{1,2}|\S*\.\S*)\.")


def _sentence_ended(kept: str, text: str, at: int) -> bool:
    """Whether a description cut to `kept` (of `text`, cut at `at`) ends where a sentence
    does, so that it needs no ellipsis: after a sentence's stop ("。", "!", a full stop
    that ends no abbreviation) with a capital, or no letter of a case, after it."""
    stopped = kept.rstrip(_CLOSERS)
    if not stopped or stopped[-1] not in ".!?…。！？":
        return False
    if stopped[-1] in "…。！？":
        return True
    if stopped[-1] == "." and _ABBREVIATED.fullmatch(stopped.rsplit(" ", 1)[-1]):
        return False
    rest = text[at:].lstrip(" " + _OPENERS)
    return not rest or not (rest[0].islower() or rest[0].isdigit() or rest[0] in ",;:")


def _breaks_at(text: str, at: int) -> bool:
    """Whether a line may break between text[at - 1] and text[at] (Unicode line
    breaking, roughly: at a space, and beside Chinese and Japanese characters)."""
    after = text[at]
    if after == " ":
        return True
    before = text[at - 1]
    return ((_ideographic(before) or _ideographic(after)) and after not in _NO_START
            and before not in _NO_END and _between_characters(text, at))


def _ideographic(ch: str) -> bool:
    """Han, kana, CJK punctuation and fullwidth forms: scripts written without spaces
    (Hangul is written with them, and is cut at a space)."""
    code = ord(ch)
    return (0x2E80 <= code <= 0x312F or 0x3190 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF
            or 0xFE30 <= code <= 0xFE4F or 0xFF00 <= code <= 0xFFEF
            or 0x20000 <= code <= 0x3FFFF)


def _between_characters(text: str, at: int) -> bool:
    """Whether text[at - 1] and text[at] belong to different characters as a reader sees
    them (a grapheme boundary, for the cases that matter in running text)."""
    before, after = text[at - 1], text[at]
    if "\ud800" <= before <= "\udbff" or before == "\u200d":  # a pair's first half; ZWJ
        return False
    code = ord(after)
    if unicodedata.category(after) in ("Mn", "Mc", "Me"):  # combining marks, selectors
        return False
    return not (code in (0x200C, 0x200D) or 0xDC00 <= code <= 0xDFFF
                or 0x1160 <= code <= 0x11FF or 0xD7B0 <= code <= 0xD7FF  # jamo V, T
                or 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F  # emoji
                or (0x1F1E6 <= code <= 0x1F1FF and 0x1F1E6 <= ord(before) <= 0x1F1FF))


# What Open Graph's readers (Facebook's list of locales) call a language and territory
# otherwise than CLDR: Norwegian as Bokmål (they know nb_NO and nn_NO, no no_NO), and
# their two umbrella locales, no ISO codes: Latin American Spanish, whose UN M.49 region
# 419 is no ISO 3166 country, as es_LA, and Arabic as ar_AR, the territory of an Arabic
# tag without a country (CLDR's likely one, Egypt, is no Arabic page's) or for the
# world (ar-001, Modern Standard Arabic).
_OG_LANGUAGES = {"no": "nb"}
_OG_REGIONS = {("es", "419"): "LA", ("ar", "001"): "AR"}
_OG_UMBRELLAS = {"ar": "AR"}


@lru_cache(maxsize=256)
def og_locale(tag: str) -> str | None:
    """A language tag as Open Graph's ``og:locale`` has it, language_TERRITORY: ``ja``
    → ``ja_JP``, ``pt-BR`` → ``pt_BR``, ``sr@latin`` → ``sr_RS``: its territory, else
    the one CLDR's likely subtags give its language (with its script: ``zh-Hant`` →
    ``zh_TW``); a retired code as its current one (CLDR's aliases: ``iw`` → ``he_IL``,
    ``de-DD`` → ``de_DE``; ``no`` → ``nb_NO``), ``es-419`` as ``es_LA`` and ``ar`` (or
    ``ar-001``) as ``ar_AR``, Facebook's umbrella locales. None for a tag
    Babel cannot read or that has no likely territory, for a region that is no country
    (``en-001``, ``pt-419``; a retired one now several, ``CS``): its language's likely
    one would be a wrong one, and for a pseudo-locale's (en-XA): its region is no
    country (XA, XB and XC are ISO 3166's codes for private use), and its base
    language's would offer a layout test to that language's readers (it is no version
    for them: `toolkit.build_pair.page_versions`)."""
    from babel.core import get_global, parse_locale

    from toolkit.formatting import is_pseudo_locale

    if is_pseudo_locale(tag):
        return None
    try:
        language, territory, script = parse_locale(html_lang(tag), sep="-")[:3]
    except ValueError:
        return None
    alias = get_global("language_aliases").get(language)
    if alias is not None:  # (sh → sr_Latn: a script the tag did not give comes with it)
        language, _, alias_script = alias.partition("_")
        script = script or alias_script or None
    language = _OG_LANGUAGES.get(language, language)
    if territory is None and script is None:
        territory = _OG_UMBRELLAS.get(language)
    if territory is None:
        likely = get_global("likely_subtags")
        found = (script and likely.get(f"{language}_{script}")) or likely.get(language)
        territory = parse_locale(found)[1] if found else None
        if territory is None:
            return None
    territory = _OG_REGIONS.get((language, territory), territory)
    if not territory.isalpha():
        return None  # a UN M.49 region (001, 150, 419): no country's
    replaced = get_global("territory_aliases").get(territory)
    if replaced is not None:
        if len(replaced) != 1:
            return None  # (CS, Serbia and Montenegro: which of them is not said)
        territory = replaced[0]
    return f"{language}_{territory}"


def _share_image(release: Release, page: str, images: Mapping[str, str]
                 ) -> tuple[str | None, str]:
    """The absolute address of the release's first figure a page shows, resolved against
    the page's own address as a browser resolves it, and its alt text; (None, "").
    `images`: `PageContext.images`."""
    for figure in release.figures:
        src = safe_href(figure.src, IMAGE_SCHEMES)
        if src is None:
            continue  # (the page shows no image for it either)
        src = images.get(src, src)
        try:
            image = _url(_absolute(src, page))
        except ValueError:
            continue
        if image.startswith(("https://", "http://")):
            alt = figure.alt
            return image, " ".join(alt.text.split()) if alt is not None else ""
    return None, ""


def _absolute(src: str, page: str) -> str:
    """`src` (as `safe_href` kept it) resolved against the address of `page`, as
    ``urljoin`` resolves it; the usual addresses without it (it cost a tenth of a page)."""
    if src.startswith(("https://", "http://")):
        return src
    if ("/." in "/" + src or ":" in src or "?" in src or "#" in src or not src
            or "//" in src):
        return urljoin(page, src)  # (dot segments, a scheme, a query, a fragment, //)
    if src[:1] == "/":  # from the site's root: the page's scheme and host, then src
        return page[:page.find("/", page.find("//") + 2)] + src
    return page.rpartition("/")[0] + "/" + src  # beside the page


# A text in a script element ends at the first "</script", and "<!--" changes how it is
# read: no <, > or & is written there, each a JSON escape that means the same character
# (JSON writes them nowhere but in strings). U+2028 and U+2029 too, for JavaScript
# readers older than ES2019.
# (Each replaced only when there: a translate by table costs ten times the encoding.)
_SCRIPT_UNSAFE = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                  ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def script_json(data: object) -> str:
    """JSON for a page's ``<script type="application/ld+json">``: deterministic (keys
    sorted, no spaces), UTF-8 as the page is, and inert whatever text it holds."""
    text = _JSON.encode(data)
    for character, escaped in _SCRIPT_UNSAFE:
        if character in text:
            text = text.replace(character, escaped)
    return text


def _about(release: Release, context: PageContext) -> str:
    """The head's elements after the title and the alternates: what the page says of
    itself to search engines and to the sites it is shared on."""
    lang = html_lang(context.language or context.locale)
    text, text_lang = page_description(release)
    title = " ".join(release.title.text.split())
    published = _published(release)
    lines = []
    if text:  # (the description's own language when it fell back: HTML's lang says so)
        lines.append(element("meta", ' name="description"' + attribute("content", text)
                             + (attribute("lang", html_lang(text_lang)) if text_lang else ""),
                             ""))
    url = image = None
    # (A pseudo page, a layout test, names no address to be indexed or shared at:
    # `unindexed`.)
    if context.site_url is not None and not unindexed(context.locale):
        from toolkit.feeds import page_url  # (feeds imports this module)

        url = page_url(context.site_url, context.locale, f"{release.id}.html")
        image, alt = _share_image(release, url, context.images)
        lines.append(element("link", ' rel="canonical"' + attribute("href", url), ""))
        properties = [("og:type", "article"), ("og:title", title)]
        if text:
            properties.append(("og:description", text))
        properties.append(("og:url", url))
        own = og_locale(lang)
        if own is not None:
            properties.append(("og:locale", own))
        if context.alternates:
            properties += [("og:locale:alternate", other) for other in _other_locales(
                context.versions, context.version_languages, own)]
        if image is not None:
            properties.append(("og:image", image))
            if alt:
                properties.append(("og:image:alt", alt))
        if published:
            properties.append(("article:published_time", published))
        lines += [f'<meta property="{name}"{attribute("content", value)}>'
                  for name, value in properties]  # (names: the fixed ones above)
        lines.append(element("meta", ' name="twitter:card"' + attribute(
            "content", "summary" if image is None else "summary_large_image"), ""))
    article: dict[str, object] = {"@context": "https://schema.org", "@type": "NewsArticle",
                                  "headline": title, "inLanguage": lang}
    if text:
        article["description"] = text
    if published:
        article["datePublished"] = published
    name = " ".join(release.meta.publisher.text.split())
    if name:
        article["publisher"] = {"@type": "Organization", "name": name}
    if image is not None:
        article["image"] = [image]
    if url is not None:
        article["url"] = article["mainEntityOfPage"] = url
    lines.append(f'<script type="application/ld+json">{script_json(article)}</script>')
    return "".join(_PADS[_IN_HEAD] + line for line in lines)


def _published(release: Release) -> str:
    """When the page says the release was published (NewsArticle's datePublished, Open
    Graph's article:published_time): its date, or, when its embargo lifts later than the
    date's first instant in UTC (the feed's entry date), the embargo's instant with its
    offset: not out before it may be read, and the same moment the feed gives."""
    value = release.meta.published.get("value") or ""
    embargo = release.meta.embargo
    if embargo is None or not value:
        return value
    from toolkit.feeds import entry_date  # (feeds imports this module)

    undated = replace(release, meta=replace(release.meta, embargo=None))
    if entry_date(release) == entry_date(undated):
        return value
    return html_instant(embargo.value)


@lru_cache(maxsize=64)
def _other_locales(versions: tuple[str, ...], languages: tuple[tuple[str, str], ...],
                   own: str | None) -> tuple[str, ...]:
    """``og:locale:alternate``: the languages of the versions the head links (`versions`,
    in `languages` when not their locale's), but the page's own (`own`), once each."""
    in_language = dict(languages)
    found = [own]
    for version in versions:
        locale = og_locale(in_language.get(version, version))
        if locale not in found:
            found.append(locale)
    return tuple(locale for locale in found[1:] if locale is not None)


def _header(release: Release, context: PageContext, direction: str,
            locale_marks: str) -> str:
    meta = release.meta
    lines = []
    if meta.series:
        lines.append(_segment("p", meta.series, direction, ' class="series"'))
    lines.append(_segment("h1", release.title, direction))
    if release.subtitle:
        lines.append(_segment("p", release.subtitle, direction, ' class="subtitle"'))
    lines.append(_dateline(release, direction))
    if meta.embargo and context.embargo_text:
        labels = _labels(context)
        before, _, after = labels.text("embargo").partition("{time}")
        line_marks, time_marks = locale_marks, ""
        if labels.language("embargo") is not None:
            # English words around the instant in the locale's language and format
            page_lang = html_lang(context.language or context.locale)
            inner = direction
            if page_lang.split("-")[0] != FALLBACK:
                line_marks, inner = _language(FALLBACK, direction)
            time_marks = _language(context.locale, inner)[0]
        stamp = element("time", attribute("datetime", html_instant(meta.embargo.value))
                        + time_marks,
                        text_node(context.embargo_text))
        lines.append(element("p", ' class="embargo"' + line_marks,
                             text_node(before) + stamp + text_node(after)))
    return block("header", "", lines, _IN_SECTION)


# A space on each side of the separator, outside it: a screen reader skips the hidden
# dot, and without them read the parts as one word ("2022TokyoMinistry"). The one before
# is a no-break space, so that no line starts with the dot.
_SEPARATOR = '\u00a0<span class="sep" aria-hidden="true">·</span> '


def _dateline(release: Release, direction: str) -> str:
    """Date, place and publisher, each in a span of its own (and its own language)."""
    meta = release.meta
    pieces = [element("span", "", _content((meta.published,), direction))]
    for part in (meta.place, meta.publisher):
        if part:
            lang = part.get(XML_LANG) if part.attrs else None
            marks, inner = _language(lang, direction) if lang is not None else ("", direction)
            pieces.append(element("span", marks, _content(part.content, inner)))
    return element("p", ' class="dateline"', _SEPARATOR.join(pieces))


# A second's fraction beyond HTML's three digits (a millisecond), which XML's dateTime
# allows any number of.
_FINE_FRACTION = re.compile(r"(:\d{2}\.\d{3})\d+")


@lru_cache(maxsize=64)
def html_instant(value: str) -> str:
    """An instant as XML's dateTime has it (an embargo's), as HTML's ``<time datetime>``
    has it: its fraction of a second cut to a millisecond (what no one waits for), and
    the end of a day (24:00:00) the next day's first instant (HTML has no hour 24)."""
    from toolkit.formatting.base import end_of_day

    return _FINE_FRACTION.sub(r"\1", end_of_day(value), count=1)


def _body_block(part: Segment | ListBlock, direction: str, numbered: str = "") -> str:
    """A block of the body; `numbered`: the attributes of an ordered list."""
    if isinstance(part, ListBlock):
        return block("ol" if part.ordered else "ul", numbered if part.ordered else "",
                     [_segment("li", item, direction) for item in part.items], _IN_DIV)
    if part.name == "heading":
        return _segment("h2", part, direction)
    if part.name == "quote":
        return block("blockquote", "", [_segment("p", part, direction)], _IN_DIV)
    return _segment("p", part, direction)


def _figure(figure: Figure, direction: str, images: Mapping[str, str]) -> str | None:
    """A figure's markup; None for one with no image to show (pasted text names its
    photos; an unsafe src is dropped) and no caption, which would be an empty box: its
    alt text describes nothing."""
    children = []
    src = safe_href(figure.src, IMAGE_SCHEMES)
    if src is not None:
        src = images.get(src, src)
        alt = figure.alt
        if alt is not None and figure.caption is not None \
                and alt.content == figure.caption.content:
            # A screen reader reads the alt, then the caption: the same words twice (a CMS
            # fills one from the other). The caption says what the photo shows, so the
            # image illustrates it (HTML: an image its neighbouring text represents has an
            # empty alt). Compared as they are: their texts, spacing and case made alike,
            # cost build 1% of its instructions on every figure of every page.
            alt = None
        attributes = attribute("src", src) + attribute("alt", "" if alt is None else alt.text)
        lang = alt.get(XML_LANG) if alt is not None and alt.attrs else None
        if lang is not None:  # an image's lang is the language of its alt text
            attributes += _language(lang, direction)[0]
        children.append(element("img", attributes, ""))
    if figure.caption is not None:
        children.append(_segment("figcaption", figure.caption, direction))
    return block("figure", "", children, _IN_DIV) if children else None


def locale_index(entries: Iterable[IndexEntry], context: PageContext,
                 feed: str | None = None) -> bytes:
    """The list of a locale's releases, newest first; `feed`: the address of its Atom
    feed, linked from the head for feed readers and browsers to find."""
    labels = _labels(context)
    words, title_marks, title_lang = _label(labels, "press_releases", context.direction)
    title = text_node(words)
    languages, languages_marks, _ = _label(labels, "languages", context.direction)
    nav = element("a", ' href="../index.html"' + languages_marks, text_node(languages))
    ordered = sorted(entries, key=lambda e: e.id)
    ordered.sort(key=lambda e: e.date_value, reverse=True)
    # Ten thousand releases are ten thousand short pieces of UTF-8 (no tree of thirty
    # thousand elements; a third of the memory of Japanese held as text), joined once,
    # into the page written around a stand-in for them.
    items = [page_bytes(_index_item(entry, context.direction)) for entry in ordered]
    # (role="list", as the versions': its items are styled without their numbers)
    listing = block("ol", ' role="list"', [_ITEMS_SLOT] if items else [], _IN_SECTION)
    addresses = index_links(context)
    before, middle, main, after = _page_parts(
        context, [block("section", ' class="index"',
                        [element("h1", title_marks, title), listing], _IN_MAIN)],
        addressed=bool(addresses), nav=("", [nav]))
    # (The title names the language: the front page and the source locale's index
    # would otherwise be two pages of one title.)
    named = _index_title(words, context.locale, title_lang != "")
    description = _index_description(ordered, context.locale)
    links = _PADS[_IN_HEAD] + element("meta", ' name="description"' + attribute(
        "content", description or named) + ("" if description else title_lang), "")
    if feed is not None:
        links += _PADS[_IN_HEAD] + element(
            "link", ' rel="alternate" type="application/atom+xml"' + attribute("href", feed)
            + attribute("title", words) + title_lang, "")
    links += addresses
    head = before + page_bytes(element("title", title_marks, text_node(named)) + links) + middle
    if not items:
        return head + page_bytes(main) + after
    # (Only the page's own markup is split: a template may hold any comment.)
    start, end = main.split(_ITEMS_SLOT)
    items[0] = head + page_bytes(start) + items[0]  # so that one join writes the page
    items[-1] += page_bytes(end) + after
    return _PADS[_IN_SECTION + 1].encode().join(items)


@lru_cache(maxsize=256)
def _index_title(words: str, locale: str, in_english: bool) -> str:
    """A locale's index page's title: its fixed words and its language's name for itself
    (as the front page names it, its region not in brackets of its own: `name_in_brackets`),
    or, words that fell back to English, the language's English name, so that the title is
    in one language."""
    return f"{words} ({name_in_brackets(locale, FALLBACK if in_english else locale)})"


def _index_description(ordered: list[IndexEntry], locale: str) -> str:
    """What a locale's index page says it holds: its newest releases' titles, those in
    the page's language (a title that fell back is left out), listed as the locale's
    CLDR list pattern has it, `trimmed`; empty when none is translated."""
    titles: list[str] = []
    length = 0
    for entry in ordered:  # (as many as a description shows, of ten thousand)
        if entry.title_lang is None:
            titles.append(" ".join(entry.title.split()))
            length += len(titles[-1]) + 2
            if length > DESCRIPTION_LENGTH:
                break
    return trimmed(_listed(tuple(titles), locale)) if titles else ""


@lru_cache(maxsize=256)
def _listed(items: tuple[str, ...], locale: str) -> str:
    """`items` as one list in `locale`'s language (CLDR: "A, B, and C", "A、B、C")."""
    from babel.lists import format_list

    from toolkit.errors import UsageError
    from toolkit.formatting import babel_locale_for

    try:
        return format_list(list(items), locale=babel_locale_for(locale))
    except UsageError:
        return ", ".join(items)


@lru_cache(maxsize=64)
def _names_in(locales: tuple[str, ...], language: str) -> tuple[str, ...]:
    """The locales' languages as `language` names them (CLDR) for a list in brackets
    (`name_in_brackets`); a tag it does not know as itself."""
    return tuple(name_in_brackets(locale, language, True) for locale in locales)


def index_links(context: PageContext) -> str:
    """What an index page's head says of its address (`_index_links`), after its title
    and feed link: nothing without a site-url, nor on a pseudo-locale's (`unindexed`)."""
    if context.site_url is None or unindexed(context.locale):
        return ""
    return _index_links(context.locale, context.site_url, context.versions)


@lru_cache(maxsize=64)
def _index_links(locale: str, site_url: str, versions: tuple[str, ...]) -> str:
    """An index page's own address and, as a release page's head has them (`_versions`),
    every locale's index page (`versions`, its own included when it is one of them; two
    or more) and the front page as x-default, at their full addresses: what search
    engines take, each page linking the others as they link it. `locale` "": the front
    page's, which lists the same (it is the cluster's x-default: a page where readers
    choose their language, as search engines advise)."""
    from toolkit.feeds import page_url  # (feeds imports this module)

    lines = [element("link", ' rel="canonical"'
                     + attribute("href", page_url(site_url, locale, "index.html")), "")]
    if (locale in versions or not locale) and len(versions) > 1:
        tags = [(html_lang(version), version) for version in versions]
        tags.append(("x-default", ""))
        lines += [element("link", ' rel="alternate"' + attribute("hreflang", tag)
                          + attribute("href", page_url(site_url, version, "index.html")), "")
                  for tag, version in tags]
    return "".join(_PADS[_IN_HEAD] + line for line in lines)


def _index_item(entry: IndexEntry, direction: str) -> str:
    link = attribute("href", f"{entry.id}.html")
    if entry.title_lang is not None:  # a title that fell back to the source text
        link += _language(entry.title_lang, direction)[0]
    elif _runs_against(entry.title, direction) and not _runs_with(entry.title, direction):
        # (A title with a letter of the page's direction is in the page's language, laid
        # out in its direction: dir="auto" would follow its first letter, and an Urdu
        # title opening with "G7" would read left to right.)
        link += ' dir="auto"'
    return element("li", "", element("time", attribute("datetime", entry.date_value),
                                     text_node(entry.date_text))
                   + element("a", link, text_node(entry.title)))


def root_index(locales: Iterable[LocaleEntry], context: PageContext) -> bytes:
    """The front page of a build: one row per locale (in the order given), its name in its
    own language, with its number of releases; with a site-url, its address and the
    locales' index pages (`context.versions`) as alternates (`_index_links`).

    The numbers are in a table whose column headers say what they count: the locale's
    fixed words ("Languages", "Press releases"), which every locale has, where "1
    release" would need a plural noun the labels have for few languages (and CLDR for
    none): a screen reader says the number with its header, as a sighted reader sees it
    under it."""
    labels = _labels(context)
    words, title_marks, title_lang = _label(labels, "press_releases", context.direction)
    languages, languages_marks, _ = _label(labels, "languages", context.direction)
    title = text_node(words)
    rows = [element("tr", "", element("th", ' scope="col"' + languages_marks,
                                      text_node(languages))
                    + element("th", ' scope="col"' + title_marks, title))]
    listed = []
    for entry in locales:
        listed.append(entry.locale)
        tag = html_lang(entry.locale)
        link = element("a", attribute("href", f"{entry.locale}/index.html")
                       + attribute("hreflang", tag) + attribute("lang", tag)
                       + attribute("dir", entry.direction), text_node(entry.name))
        count = str(entry.releases)
        rows.append(element("tr", "", element("th", ' scope="row"', link) + element(
            "td", "", element("data", attribute("value", count), text_node(count)))))
    table = block("table", "", [block("thead", "", rows[:1], _IN_SECTION + 1),
                                block("tbody", "", rows[1:], _IN_SECTION + 1)], _IN_SECTION)
    section = block("section", ' class="index"', [element("h1", title_marks, title), table],
                    _IN_MAIN)
    # (The languages as the page's language names them, as its words are: a description
    # is one text, in one language.)
    reader = FALLBACK if title_lang else context.locale
    names = _names_in(tuple(listed), reader)
    described = trimmed(f"{words} ({_listed(names, reader)})") if names else words
    head = element("title", title_marks, title) + _PADS[_IN_HEAD] + element(
        "meta", ' name="description"' + attribute("content", described) + title_lang, "")
    if context.site_url is not None:
        head += _index_links("", context.site_url, context.versions)
    return _page(context, head, [section], addressed=context.site_url is not None)

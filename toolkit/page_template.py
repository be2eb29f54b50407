"""A project's page template: the site's own head and chrome around a built page.

The template is the project's HTML (or XHTML) file with one element marked
``data-communique="release"``. A page built with it is the template as written, with:

- ``<!DOCTYPE html>`` and the build's ``<html lang dir>`` (the template's other
  attributes of ``<html>`` kept, its ``lang``, ``dir`` and ``xml:lang`` replaced);
- the build's ``<meta charset>``, generator ``<meta>``, ``<title>`` and alternate links
  first in ``<head>``, followed by the template's head as written, less what the build
  owns (its ``<title>``, ``<meta charset>`` and ``http-equiv="content-type"``,
  generator ``<meta>`` and ``<link rel="alternate" hreflang>``); a release page's head
  also says what the release is (`toolkit.html_writer`: its description, and with a
  ``site-url`` its canonical address, Open Graph and Twitter card), so there the
  template's own ``<meta name="description">`` is left out too, and with a site-url its
  ``<link rel="canonical">``, ``og:title``, ``og:description``, ``og:type``, ``og:url``,
  ``og:locale*``, ``og:image*``, ``article:published_time`` and ``twitter:card``,
  ``twitter:title``, ``twitter:description``, ``twitter:image*`` (a site's defaults, which
  would contradict the page's: a link shared would be previewed as the site's home). The
  site-wide ones (``og:site_name``, ``twitter:site``, a JSON-LD of the site) are kept;
  index pages keep the template's head as it is, less its description (they say their
  own) and its canonical link where the page says its own (with a site-url: a
  template's is one address for every page it writes, and two would contradict each
  other). A pseudo-locale's pages, index or
  release, with a site-url or not, leave out all of those, every other ``og:``,
  ``article:`` and ``twitter:`` tag and the template's ``robots``: a layout test, they
  say ``noindex`` (`toolkit.html_writer.unindexed`);
- the marked element's content replaced by the page's (the language nav and the
  article, or an index's list). Its start and end tags, and all else, are as written.

The template's bytes are never parsed into a tree and serialised again: they are
scanned once by the standard library's HTML tokenizer (no DTD, no entities, no network:
it only finds tags) and copied, so the site's markup is what its author wrote. What
the scan refuses, as one ``path:line:col`` error: a file that is not UTF-8 or holds
characters a page cannot hold, a DOCTYPE with declarations, an element of HTML opened
and never closed (or closed out of order, or ``<div/>``, which HTML reads as open), no
``<html>``, ``<head>`` or ``<body>``, and not exactly one marked element inside the body,
with an end tag, of those a page's content goes into.

Translators' text never reaches the template: it goes into the marked element only
through `toolkit.html_writer`, escaped.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from toolkit.config import Config, setting_place
from toolkit.errors import InputError
from toolkit.paths import display
from toolkit.xmlsafe import MAX_BYTES

MARK = "data-communique"
RELEASE = "release"
# The elements a page's content may go into (a <p> or <a> cannot hold an article).
CONTAINERS = ("main", "div", "section", "article", "aside")

_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                   "meta", "source", "track", "wbr", "basefont", "frame", "param",
                   "keygen", "isindex"})
# Elements whose end tag HTML lets the author leave out: closed by their parent's end.
_OPTIONAL_END = frozenset({"html", "head", "body", "p", "li", "dt", "dd", "option",
                           "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
                           "colgroup", "caption", "rt", "rp", "rb", "rtc"})
# The start tags that close an open <p> (HTML's list, less the rarer ones).
_CLOSES_P = frozenset({*CONTAINERS, "p", "ul", "ol", "dl", "table", "header", "footer",
                       "nav", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure",
                       "form", "pre", "hr", "details", "fieldset", "menu", "address"})
# Inside these, XML's self-closing tags are HTML too (<path/> in an inline SVG).
_FOREIGN = frozenset({"svg", "math"})
# Elements whose content HTML reads as text, up to their end tag: a "<div>" in a
# <textarea> is no element (the tokenizer knows only <script> and <style> as such).
_RAW_TEXT = frozenset({"textarea", "title", "xmp", "iframe", "noembed", "noframes"})
# Elements whose content no reader sees: a <template>'s is inert, a <noscript>'s is
# hidden wherever scripts run. The release put there would be on no one's screen.
_UNSEEN = ("template", "noscript")
_NOT_IN_PAGE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# What a release page's head says of the release, with a site-url (besides the
# description, which it says without one): the template's own are left out there.
_PAGE_PROPERTIES = frozenset({"og:title", "og:description", "og:type", "og:url", "og:locale",
                              "og:locale:alternate", "article:published_time"})
_PAGE_NAMES = frozenset({"twitter:card", "twitter:title", "twitter:description"})
# What only a page for readers carries, left out of a pseudo-locale's (a layout test,
# kept out of search and previews: `toolkit.html_writer`) besides the above: the site's
# own Open Graph and Twitter tags, which would offer it for sharing, and its robots
# directive, which the page's noindex replaces.
_SHARED_PREFIXES = ("og:", "article:")


@dataclass(frozen=True)
class PageTemplate:
    """A template scanned: its text in the pieces a page is written between."""

    path: str  # as shown in messages
    digest: str  # SHA-256 of its bytes: what the build's record compares
    html_attributes: tuple[tuple[str, str | None], ...]  # <html>'s, less lang and dir
    head_open: str  # from after <html ...> to the end of <head ...>
    # from there to the end of the marked start tag, less owned elements and the
    # template's description (a page says its own, never the site's): as a page has it
    # without a site-url
    head_rest: str
    close: str  # the marked element's end tag and what follows it, to the end
    indent: str  # the whitespace before the marked start tag on its line
    # `head_rest` as a release page has it with a site-url: less what such a page says
    # too (`_PAGE_PROPERTIES`)
    site_head_rest: str
    # `head_rest` as a pseudo-locale's pages have it, with or without a site-url: less
    # the canonical link, Open Graph, Twitter and robots tags too
    pseudo_head_rest: str
    # `head_rest` as an index page (a locale's, the front page) has it with a site-url,
    # when it says its own address: less the template's canonical link, the same on
    # every page it writes
    index_head_rest: str


def read_template(path: Path, shown: str | None = None) -> PageTemplate:
    """The template at `path`, scanned; InputError (at its line and column) when it
    cannot be read or is not a page template."""
    shown = shown or str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(shown, f"cannot read the html-template: {exc.strerror or exc}") \
            from exc
    return parse_template(data, shown)


def parse_template(data: bytes, path: str) -> PageTemplate:
    if len(data) > MAX_BYTES:
        raise InputError(path, f"file is larger than {MAX_BYTES // (1024 * 1024)} MiB")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(path, "not UTF-8 (pages are UTF-8: save the template as UTF-8)",
                         line) from None
    text = text.removeprefix("\ufeff")
    found = _NOT_IN_PAGE.search(text)
    if found:
        raise InputError(path, f"a character a page cannot hold: U+{ord(found[0]):04X}",
                         *_place(text, found.start()))
    scan = _Scan(text, path)
    scan.feed(text)
    scan.close()
    return scan.result(hashlib.sha256(data).hexdigest())


def _place(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


class _Scan(HTMLParser):
    """One pass over the template's tags: their balance checked, and the places of
    <html>, <head>, the marked element and the elements the build owns recorded."""

    def __init__(self, text: str, path: str) -> None:
        super().__init__(convert_charrefs=True)
        self.text = text
        self.path = path
        self.starts = [0]  # the offset of each line's start
        self.starts += [m.end() for m in re.finditer("\n", text)]
        self.open: list[tuple[str, int]] = []  # (tag, offset of its start tag)
        self.foreign = 0  # depth inside svg or math
        self.html: tuple[int, int, list[tuple[str, str | None]]] | None = None
        self.head: tuple[int, int] | None = None  # its start tag's span
        self.body = False
        self.in_head = False
        self.owned: list[tuple[int, int]] = []  # spans the build writes instead
        # spans a release page writes instead: its description, and with a site-url
        self.described: list[tuple[int, int]] = []
        self.addressed: list[tuple[int, int]] = []
        self.canonical: list[tuple[int, int]] = []  # (among them: what an index page says)
        self.shared: list[tuple[int, int]] = []  # and what a pseudo page leaves out too
        self.title_at: int | None = None
        self.marked: tuple[str, int, int, bool] | None = None  # tag, start, end, closed
        self.marked_close: tuple[int, int] | None = None  # its end tag's span
        self.languages: dict[int, str] = {}  # an open element's offset: its lang or dir

    # ------------------------------------------------------------ places
    def _offset(self) -> int:
        line, column = self.getpos()
        return self.starts[line - 1] + column

    def _error(self, message: str, offset: int | None = None) -> InputError:
        return InputError(self.path, message,
                          *_place(self.text, self._offset() if offset is None else offset))

    # ------------------------------------------------------------ tags
    def handle_decl(self, decl: str) -> None:
        if "[" in decl:  # an internal subset: entity declarations are never read
            raise self._error("a DOCTYPE with declarations is not allowed (entities are "
                              "not expanded in a page): write <!DOCTYPE html>")

    def unknown_decl(self, data: str) -> None:
        if not self.foreign:  # (CDATA sections are SVG's and MathML's)
            raise self._error(f"<![{data.partition('[')[0]}[ is not HTML")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=True)

    def _start(self, tag: str, attrs: list[tuple[str, str | None]], closed: bool) -> None:
        at = self._offset()
        end = at + len(self.get_starttag_text() or "")
        if tag == "html" and self.html is None:
            self.html = (at, end, attrs)
        elif tag == "head" and self.head is None:
            self.head = (at, end)
            self.in_head = True
        elif tag == "body":
            self.body = True
            self.in_head = False
        marks = [value for name, value in attrs if name == MARK]
        language = next((name for name, _ in attrs if name in ("lang", "dir", "xml:lang")),
                        None)
        if language is not None and tag != "html" and not closed:
            self.languages[at] = language
        if marks:
            self._mark(tag, marks, at, end, closed)
        if tag == "base" and "href" in dict(attrs) and not self.foreign:
            # The build links the page's versions, its index and its figures by relative
            # addresses (../ja/<id>.html, images/...); a base would send them elsewhere.
            raise self._error("<base href> would send the page's relative links (its "
                              "language versions, index and figures) elsewhere: remove it "
                              "and write the template's addresses from the site's root "
                              "(/assets/site.css)")
        if self.in_head and self._owned(tag, dict(attrs)):
            if tag == "title":
                self.title_at = at
            else:
                self.owned.append((at, end))
        elif self.in_head and tag in ("meta", "link"):
            found = dict(attrs)
            said = self._said(tag, found)
            if said is not None:
                (self.described if said else self.addressed).append((at, end))
                if tag == "link":
                    self.canonical.append((at, end))
            elif tag == "meta" and self._shared(found):
                self.shared.append((at, end))
        if tag in _VOID:
            return
        if closed and not self.foreign and tag not in _FOREIGN and not marks:
            raise self._error(f"<{tag}/> is an open <{tag}> in HTML, which the rest of "
                              f"the page would go into: write <{tag}></{tag}>")
        if closed:
            return
        if tag in _FOREIGN or self.foreign:
            self.foreign += 1
        self._implied_end(tag)
        self.open.append((tag, at))
        if tag in _RAW_TEXT and not self.foreign:
            self.set_cdata_mode(tag)

    def _implied_end(self, tag: str) -> None:
        # An element whose end tag may be left out is closed by the next of its kind (a
        # <li> by the next <li>, a <p> by a block, <head> by <body>): enough of HTML's
        # rules to tell a balanced template from one that is not.
        top = self.open[-1][0] if self.open else ""
        if ((top == tag and tag in _OPTIONAL_END and tag not in ("html", "head", "body"))
                or (top == "p" and tag in _CLOSES_P)
                or (top == "head" and tag == "body")):
            self.open.pop()

    def _mark(self, tag: str, marks: list[str | None], at: int, end: int,
              closed: bool) -> None:
        value = marks[0]
        if value != RELEASE:
            raise self._error(f'{MARK}="{value or ""}": the only place there is is '
                              f'{MARK}="{RELEASE}"')
        if self.marked is not None:
            line = _place(self.text, self.marked[1])[0]
            raise self._error(f'a second element marked {MARK}="{RELEASE}" (the first is '
                              f"on line {line}): a page has one place for the release")
        if not self.body or self.foreign:
            raise self._error(f'the element marked {MARK}="{RELEASE}" must be in <body>')
        # The build says the page's language and direction on <html>; an element around
        # the release saying another would be what a reader's browser and screen reader
        # take for the release's (lang="en" around a Japanese article).
        around = [(name, start) for name, start in self.open if start in self.languages]
        if around or at in self.languages:
            name, start = around[0] if around else (tag, at)
            raise self._error(f"<{name} {self.languages[start]}=...> around the release: the "
                              "build sets the page's language and direction on <html> (the "
                              f"locale's); remove {self.languages[start]} here", start)
        unseen = next((name for name, _ in self.open if name in _UNSEEN), None)
        if unseen is not None:
            raise self._error(f'the element marked {MARK}="{RELEASE}" is inside <{unseen}>, '
                              "whose content a reader's browser does not show")
        if tag not in CONTAINERS:
            raise self._error(f'<{tag} {MARK}="{RELEASE}">: the release goes into one of '
                              + ", ".join(f"<{name}>" for name in CONTAINERS))
        self.marked = (tag, at, end, closed)
        if closed:  # (<div .../> in XHTML: an empty element, its end tag written here)
            self.marked_close = (end, end)

    @staticmethod
    def _owned(tag: str, attrs: dict[str, str | None]) -> bool:
        """An element of the head the build writes itself."""
        if tag == "title":
            return True
        if tag == "meta":
            return ("charset" in attrs
                    or (attrs.get("http-equiv") or "").lower() == "content-type"
                    or (attrs.get("name") or "").lower() == "generator")
        return (tag == "link" and "hreflang" in attrs
                and "alternate" in (attrs.get("rel") or "").lower().split())

    @staticmethod
    def _said(tag: str, attrs: dict[str, str | None]) -> bool | None:
        """An element of the head a release page writes itself: True for the description,
        False for what it writes with a site-url; else None."""
        if tag == "link":
            rel = (attrs.get("rel") or "").lower().split()
            return False if "canonical" in rel else None
        name = (attrs.get("name") or "").lower()
        if name == "description":
            return True
        prop = (attrs.get("property") or "").lower()
        if (prop in _PAGE_PROPERTIES or prop.startswith("og:image")
                or name in _PAGE_NAMES or name.startswith("twitter:image")):
            return False
        return None

    @staticmethod
    def _shared(attrs: dict[str, str | None]) -> bool:
        """A <meta> of the head that a pseudo page leaves out besides those `_said`."""
        name = (attrs.get("name") or "").lower()
        return (name == "robots" or name.startswith("twitter:")
                or (attrs.get("property") or "").lower().startswith(_SHARED_PREFIXES))

    def handle_endtag(self, tag: str) -> None:
        at = self._offset()
        end = self.text.find(">", at) + 1 or len(self.text)
        if not any(name == tag for name, _ in self.open):
            if tag in _OPTIONAL_END and tag in ("html", "head", "body", "p", "li"):
                pass  # (</p> with no <p> is an empty paragraph to HTML; closing tags
                # of what was implied closed are harmless)
            else:
                raise self._error(f"</{tag}> closes no open element")
        while self.open and any(name == tag for name, _ in self.open):
            name, start = self.open.pop()
            if name != tag and name not in _OPTIONAL_END:
                # (at the element not closed: where the end tag is missing is its to say)
                line, column = _place(self.text, at)
                raise self._error(f"<{name}> is not closed before </{tag}> (line {line}, "
                                  f"column {column})", start)
            if name in _FOREIGN or self.foreign:
                self.foreign = max(0, self.foreign - 1)
            if name == tag:
                if self.marked is not None and start == self.marked[1]:
                    self.marked_close = (at, end)
                break
        if tag == "title" and self.title_at is not None:
            self.owned.append((self.title_at, end))
            self.title_at = None
        if tag == "head":
            self.in_head = False

    # ------------------------------------------------------------ result
    def result(self, digest: str) -> PageTemplate:
        for name, start in self.open:
            if name not in _OPTIONAL_END:
                raise self._error(f"<{name}> is never closed", start)
        if self.html is None or self.head is None or not self.body:
            missing = next(f"<{tag}>" for tag, found in (
                ("html", self.html), ("head", self.head), ("body", self.body)) if not found)
            raise InputError(self.path, f"no {missing}: a page template is a whole page "
                             f'(<html>, <head>, <body> with one element marked {MARK}='
                             f'"{RELEASE}")', 1)
        if self.marked is None:
            raise InputError(self.path, f'no element marked {MARK}="{RELEASE}": mark the '
                             f'one the release goes into, e.g. <main {MARK}="{RELEASE}">'
                             "</main>", 1)
        if self.marked_close is None:
            raise self._error(f"<{self.marked[0]} {MARK}=\"{RELEASE}\"> has no end tag",
                              self.marked[1])
        tag, start, end, closed = self.marked
        text = self.text
        _, html_end, html_attrs = self.html
        _, head_end = self.head
        open_tag = text[start:end]
        if closed:  # <div data-communique="release"/>: written as <div ...></div>
            open_tag = open_tag[:-2].rstrip() + ">"
        def head(spans: list[tuple[int, int]]) -> str:
            kept = text[head_end:start]
            for owned_start, owned_end in sorted(spans, reverse=True):
                owned_start, owned_end = _whole_lines(text, owned_start, owned_end)
                kept = (kept[:owned_start - head_end]
                        + kept[owned_end - head_end:]) if owned_start >= head_end else kept
            return kept

        line_start = text.rfind("\n", 0, start) + 1
        indent = text[line_start:start] if not text[line_start:start].strip() else ""
        close_start, _ = self.marked_close
        close = (f"</{tag}>" if closed else "") + text[close_start:].rstrip()
        return PageTemplate(
            path=self.path, digest=digest,
            html_attributes=tuple((name, value) for name, value in html_attrs
                                  if name not in ("lang", "dir", "xml:lang")),
            head_open=text[html_end:head_end],
            head_rest=head([*self.owned, *self.described]) + open_tag,
            close=close, indent=indent,
            site_head_rest=head([*self.owned, *self.described, *self.addressed]) + open_tag,
            pseudo_head_rest=head([*self.owned, *self.described, *self.addressed,
                                   *self.shared]) + open_tag,
            index_head_rest=head([*self.owned, *self.described, *self.canonical]) + open_tag)


def _whole_lines(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of an element taken out, widened to its whole line when it stands alone
    on it, so no blank line is left where it was."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if not text[line_start:start].strip() and not text[end:line_end].strip():
        return line_start - 1 if line_start else 0, line_end
    return start, end


def project_template(config: Config, locale: str,
                     loaded: dict[Path, PageTemplate] | None = None) -> PageTemplate | None:
    """The template `locale`'s pages are written into (`Config.page_template`), read and
    scanned once for all the locales that share it (in `loaded`); None without one. A
    file that is not there is the setting's error, at its line of the config."""
    path = config.page_template(locale)
    if path is None:
        return None
    if loaded is not None and path in loaded:
        return loaded[path]
    if not path.is_file() and config.source is not None:
        table = f"locale.{locale}" if locale in config.html_templates else ""
        raise InputError(display(config.source), f"html-template: no such file: "
                         f"{display(path)}",
                         *setting_place(config.source, "html-template", table))
    template = read_template(path, display(path))
    if loaded is not None:
        loaded[path] = template
    return template

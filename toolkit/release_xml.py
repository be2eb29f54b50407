"""Reader and writer of release XML: lxml tree <-> `Release`.

The reader expects a schema-valid document (`schema.validate` runs first when loading
from disk) but never trusts it: anything unexpected is a `StructureError` with a line.
The writer writes the text lxml would give for the release's tree (`write_release_lxml`,
kept as its reference and for what lxml must check); see "writing" below.
"""

from __future__ import annotations

import re
from operator import is_
from pathlib import Path

from lxml import etree

from toolkit.errors import StructureError
from toolkit.escaping import escape_text
from toolkit.model import (
    Attrs,
    Block,
    Embargo,
    Figure,
    Inline,
    ListBlock,
    Meta,
    Release,
    Segment,
    Span,
)
from toolkit.vocabulary import (
    INLINE,
    INLINE_ATTRIBUTES,
    ITS_LOCNOTE,
    ITS_LOCNOTE_TYPE,
    ITS_NS,
    ITS_TERM,
    ITS_TRANSLATE,
    ITS_VERSION,
    NS,
    NSMAP,
    SEGMENT_ROLES,
    TYPED,
    XML_LANG,
    XML_NS,
    q,
)

_WS = re.compile(r"[ \t\r\n]+")
_NS_PREFIX = f"{{{NS}}}"
_NS_CUT = len(_NS_PREFIX)


def _collapsible(text: str) -> bool:
    """Whether `_WS` has a run to collapse in `text` (most text has none). Four substring
    searches cost a tenth of one regex search, which tries the alternatives at every
    position."""
    return "\n" in text or "  " in text or "\t" in text or "\r" in text


# ---------------------------------------------------------------- attributes
# Each element's declared attributes with their rank, made once: sorting is per element.
_RANKS = {name: {key: i for i, key in enumerate(keys)} for name, keys in INLINE_ATTRIBUTES.items()}
_NO_RANKS: dict[str, int] = {}


def canonical_attrs(name: str, items: list[tuple[str, str]] | tuple[tuple[str, str], ...]) -> Attrs:
    """Vocabulary attributes in their declared order, then the rest sorted."""
    if len(items) < 2:
        return tuple(items)
    rank = _RANKS.get(name, _NO_RANKS)
    unranked = len(rank)
    if len(items) == 2:  # most: a value and its style (date, number...), usually in order
        (first, _), (second, _) = items
        if (rank.get(first, unranked), first) <= (rank.get(second, unranked), second):
            return tuple(items)
        return (items[1], items[0])
    return tuple(sorted(items, key=lambda kv: (rank.get(kv[0], unranked), kv[0])))


def _attrs(element: etree._Element, name: str, skip: tuple[str, ...] = ()) -> Attrs:
    # Called for every element of every release: the common no-attribute case returns
    # before any list is built (lxml gives keys and values as str already).
    items = element.items()
    if not items:
        return ()
    if skip:
        items = [kv for kv in items if kv[0] not in skip]
    return canonical_attrs(name, items)


# ---------------------------------------------------------------- reading
# Clark name -> name of every element allowed inside a segment: one dict lookup per span
# instead of a namespace test, a slice and two set lookups. Keyed by `object`: it is asked
# with any node's tag, a comment's or processing instruction's (a function) too.
_SPAN_NAMES: dict[object, str] = {q(name): name for name in INLINE | TYPED}
# Clark name -> name of every element of the vocabulary: containers, blocks and list items
# are named by one lookup; a tag not found here takes `local`, which says what is wrong.
_NAMES: dict[object, str] = {
    q(name): name
    for name in ("release", "meta", "published", "embargo", "figure", "body", "list", "item",
                 *SEGMENT_ROLES, *INLINE, *TYPED)
}
_SEGMENT_BLOCKS = frozenset(("p", "heading", "quote"))
# (span, key, key) for two attributes a span declares, in the order it declares them: a
# span's two attributes (a typed value and its style) are most often found here, already
# in `canonical_attrs` order, at the cost of one lookup instead of a call.
_IN_ORDER = frozenset((name, first, second) for name, keys in INLINE_ATTRIBUTES.items()
                      for i, first in enumerate(keys) for second in keys[i + 1:])
_RELEASE_TAG = q("release")


# Every command walks a span's content by recursion (its text, its msgid, its HTML), which
# Python's stack ended in a traceback at about 245 spans each inside the one before; a
# release nests a few.
MAX_SPAN_DEPTH = 200


class _Reader:
    """Builds the model from a parsed tree; every function that calls `read_release` has
    had the schema check it first, but the reader still refuses what the model cannot
    hold, each with its message and line.

    The reader was ~29% of `extract --jobs 1` (py-spy), most of it Python calls: so a
    segment's content is read in one loop, with each span that holds text only (most:
    names, typed values) made in place, and an element's name is one lookup. A span that
    holds elements, and anything unexpected, takes the general path (`inline`, `local`).
    """

    def __init__(self, path: str | Path) -> None:
        self.path = path

    def fail(self, element: etree._Element, message: str) -> StructureError:
        return StructureError(self.path, message, element.sourceline or 0)

    def local(self, element: etree._Element) -> str:
        # String slicing: a QName object per element costs more. (types-lxml types a tag
        # as str, bytes or QName, as one set by hand may be; a parsed element's is a str.)
        tag: str = element.tag  # type: ignore[assignment]
        if tag.startswith(_NS_PREFIX):
            return tag[_NS_CUT:]
        qname = etree.QName(element)
        raise self.fail(element, f"element {qname.text} is not in the release namespace {NS}")

    def name(self, element: etree._Element) -> str:
        return _NAMES.get(element.tag) or self.local(element)

    def children(self, element: etree._Element) -> list[etree._Element]:
        return list(element.iterchildren(etree.Element))  # no comments or PIs

    def release(self, root: etree._Element) -> Release:
        if root.tag != _RELEASE_TAG and self.local(root) != "release":
            found = etree.QName(root).localname
            raise self.fail(root, f"root element must be release, not {found}")
        rid = root.get("id")
        lang = root.get(XML_LANG)
        if not rid or not lang:
            raise self.fail(root, "release needs an id and an xml:lang")
        parts: dict[str, list[etree._Element]] = {}
        for child in root.iterchildren(etree.Element):
            parts.setdefault(_NAMES.get(child.tag) or self.local(child), []).append(child)
        for required in ("meta", "title", "body"):
            if required not in parts:
                raise self.fail(root, f"release has no {required}")
        # Read in document order, so the first error is the first in the document, then
        # made with positional arguments (keywords cost a tenth of the constructor).
        meta = self.meta(parts["meta"][0])
        title = self.segment(parts["title"][0], "title")
        subtitle = (self.segment(parts["subtitle"][0], "subtitle") if "subtitle" in parts
                    else None)
        figures = tuple(self.figure(f) for f in parts.get("figure", ()))
        body = self.body(parts["body"][0])
        attrs = _attrs(root, "release", skip=("id", XML_LANG, ITS_VERSION))
        return Release(rid, lang, meta, title, body, subtitle, figures, attrs)

    def meta(self, element: etree._Element) -> Meta:
        parts = {_NAMES.get(c.tag) or self.local(c): c
                 for c in element.iterchildren(etree.Element)}
        if "publisher" not in parts or "published" not in parts:
            raise self.fail(element, "meta needs a publisher and a published date")
        dates = self.children(parts["published"])
        if len(dates) != 1 or self.name(dates[0]) != "date":
            raise self.fail(parts["published"], "published holds exactly one date")
        embargo = parts.get("embargo")
        return Meta(
            self.segment(parts["publisher"], "publisher"),
            self.span(dates[0]),
            self.segment(parts["series"], "series") if "series" in parts else None,
            self.segment(parts["place"], "place") if "place" in parts else None,
            Embargo(embargo.get("value", ""), embargo.get("zone", ""),
                    embargo.sourceline or 0) if embargo is not None else None,
        )

    def figure(self, element: etree._Element) -> Figure:
        parts = {_NAMES.get(c.tag) or self.local(c): c
                 for c in element.iterchildren(etree.Element)}
        return Figure(
            element.get("src"),
            self.segment(parts["alt"], "alt") if "alt" in parts else None,
            self.segment(parts["caption"], "caption") if "caption" in parts else None,
            _attrs(element, "figure", skip=("src",)),
            element.sourceline or 0,
        )

    def body(self, element: etree._Element) -> tuple[Block, ...]:
        blocks: list[Block] = []
        segment = self.segment
        for child in element.iterchildren(etree.Element):
            name = _NAMES.get(child.tag)
            if name in _SEGMENT_BLOCKS:
                blocks.append(segment(child, name))
            else:
                blocks.append(self.block(child))
        return tuple(blocks)

    def block(self, element: etree._Element) -> ListBlock:
        # A list, or refused: a p, heading or quote is read by `body`, which names it first.
        name = self.name(element)
        if name == "list":
            segment = self.segment
            items = tuple(segment(i, _NAMES.get(i.tag) or self.local(i))
                          for i in element.iterchildren(etree.Element))
            return ListBlock(items, element.get("type") == "ordered",
                             _attrs(element, name, skip=("type",)), element.sourceline or 0)
        raise self.fail(element, f"{name} is not a block element")

    def segment(self, element: etree._Element, name: str) -> Segment:
        items = element.items()
        attrs = canonical_attrs(name, items) if items else ()
        line = element.sourceline or 0
        text = element.text
        if not len(element):  # a quarter of segments: text only, no list of texts needed
            if not text:
                return Segment(name, (), attrs, line)
            if text[0] == " " or text[-1] == " " or _collapsible(text):
                return Segment(name, normalise_content((text,)), attrs, line)
            return Segment(name, (text,), attrs, line)
        # The content as written, and its strings at every depth in document order (to
        # ask once, of their join, whether the whitespace rule changes anything).
        if text:
            parts: list[Inline] = [text]
            texts = [text]
        else:
            parts = []
            texts = []
        for child in element:
            tag = child.tag
            span = _SPAN_NAMES.get(tag)
            if span is None:
                if isinstance(tag, str):
                    raise self.not_inline(child)
                # else a comment or processing instruction: skipped, its tail is text
            elif len(child):
                parts.append(self.inline(child, span, texts))
            else:  # most spans: text only, made here as `inline` makes them
                items = child.items()
                if not items:
                    span_attrs: Attrs = ()
                elif len(items) == 1:
                    span_attrs = (items[0],)
                elif len(items) == 2 and (span, items[0][0], items[1][0]) in _IN_ORDER:
                    span_attrs = (items[0], items[1])
                else:
                    span_attrs = canonical_attrs(span, items)
                inner = child.text
                if inner:
                    texts.append(inner)
                    parts.append(Span(span, span_attrs, (inner,), child.sourceline or 0))
                else:
                    parts.append(Span(span, span_attrs, (), child.sourceline or 0))
            tail = child.tail
            if tail:
                parts.append(tail)
                texts.append(tail)
        joined = "".join(texts)  # not `is_normal(joined)`, written out: one call less
        if (joined[:1] == " " or joined[-1:] == " " or "\n" in joined or "  " in joined
                or "\t" in joined or "\r" in joined):
            return Segment(name, normalise_content(parts), attrs, line)
        return Segment(name, tuple(parts), attrs, line)

    def content(self, element: etree._Element, texts: list[str],
                depth: int = 1) -> tuple[Inline, ...]:
        """The content as written (no whitespace rule); its strings, in document order
        and at every depth, are also added to `texts`. `depth`: how many spans hold it."""
        text = element.text
        if text:
            texts.append(text)
        if not len(element):  # most spans and many segments: one string, made without a list
            return (text,) if text else ()
        parts: list[Inline] = [text] if text else []
        for child in element:
            name = _SPAN_NAMES.get(child.tag)
            if name is not None:
                parts.append(self.inline(child, name, texts, depth))
            elif isinstance(child.tag, str):
                raise self.not_inline(child)
            # else a comment or processing instruction: skipped, its tail is text
            tail = child.tail
            if tail:
                parts.append(tail)
                texts.append(tail)
        return tuple(parts)

    def inline(self, element: etree._Element, name: str, texts: list[str],
               depth: int = 0) -> Span:
        # A span is read here whole when it holds text only, without the calls `content`
        # and `_attrs` would cost for each.
        items = element.items()
        attrs = canonical_attrs(name, items) if items else ()
        if len(element):
            if name in TYPED:
                raise self.fail(element, f"{name} holds text only")
            if depth >= MAX_SPAN_DEPTH - 1:  # its own spans would be one too many
                raise self.fail(element, f"spans nested more than {MAX_SPAN_DEPTH} deep")
            return Span(name, attrs, self.content(element, texts, depth + 1),
                        element.sourceline or 0)
        text = element.text
        if not text:
            return Span(name, attrs, (), element.sourceline or 0)
        texts.append(text)
        return Span(name, attrs, (text,), element.sourceline or 0)

    def not_inline(self, element: etree._Element) -> StructureError:
        # (an element of another namespace is refused by `local` with its own message)
        return self.fail(element, f"{self.local(element)} is not allowed inside a segment")

    def span(self, element: etree._Element) -> Span:
        """A span as written (the published date: not a segment, no whitespace rule)."""
        name = _SPAN_NAMES.get(element.tag)
        if name is None:
            raise self.not_inline(element)
        return self.inline(element, name, [])


def is_normal(joined: str) -> bool:
    """Whether the whitespace rule leaves content whose strings, joined in document order,
    are `joined` as it is: no run to collapse and no space at either end (then no space
    follows a kept space either). What the reader (written out in `_Reader.segment`) and
    the placeholder protocol both ask before they skip the rule."""
    return joined[:1] != " " and joined[-1:] != " " and not _collapsible(joined)


class Whitespace:
    """The model's whitespace rule, applied to content as it is produced.

    Text must be given in document order (span content between the text before and
    after the span): whether a leading space is dropped depends on the last character
    kept, across span boundaries. `finish` merges adjacent texts at the top level and
    strips the end. `parse_translation` builds content through it once, instead of
    building it and then normalising a copy; the release reader passes only content
    that is not normal already through it (`normalise_content`).
    """

    __slots__ = ("space",)

    def __init__(self) -> None:
        self.space = True  # the last character kept was a space (or nothing is kept yet)

    def add(self, parts: list[Inline], text: str) -> None:
        """Append `text` to `parts` with the rule applied (nothing when nothing is left)."""
        if _collapsible(text):
            text = _WS.sub(" ", text)
        if self.space and text[:1] == " ":
            text = text[1:]
        if text:
            self.space = text[-1] == " "
            parts.append(text)

    def walk(self, parts: tuple[Inline, ...] | list[Inline]) -> list[Inline]:
        """Existing content with the rule applied; spans already normal are kept as they
        are (the model is immutable), so normal content is not copied."""
        out: list[Inline] = []
        for part in parts:
            if isinstance(part, str):
                self.add(out, part)
            else:
                out.append(self.span(part))
        return out

    def span(self, span: Span) -> Span:
        inner = self.walk(span.content)
        if len(inner) == len(span.content) and all(map(is_, inner, span.content)):
            return span
        return Span(span.name, span.attrs, tuple(inner), span.line)

    def finish(self, parts: list[Inline]) -> tuple[Inline, ...]:
        return tuple(_strip_end(_merge_strings(parts)))


def normalise_content(content: list[Inline] | tuple[Inline, ...]) -> tuple[Inline, ...]:
    """Apply the model's whitespace rule across span boundaries."""
    ws = Whitespace()
    return ws.finish(ws.walk(content))


def _merge_strings(parts: list[Inline]) -> list[Inline]:
    out: list[Inline] = []
    for part in parts:
        if isinstance(part, str) and out and isinstance(out[-1], str):
            out[-1] = out[-1] + part
        else:
            out.append(part)
    return out


def _strip_end(parts: list[Inline]) -> list[Inline]:
    if not parts:
        return parts
    last = parts[-1]
    if isinstance(last, str):
        stripped = last.rstrip(" ")
        return parts[:-1] + ([stripped] if stripped else [])
    inner = _strip_end(list(last.content))
    return [*parts[:-1], Span(last.name, last.attrs, tuple(inner), last.line)]


def read_release(tree: etree._ElementTree, path: str | Path) -> Release:
    return _Reader(path).release(tree.getroot())


# ---------------------------------------------------------------- writing
# A release is written as text, in the bytes lxml gives for the tree `release_element`
# builds once `_layout` has indented it: tests hold the two equal on every fixture and
# on generated releases, and the text costs about a third of building and serialising
# the tree (0.05 ms a release instead of 0.13). What the text writer does not spell
# itself goes through the tree, so lxml checks it as it always did: a name outside the
# vocabulary (lxml checks names and declares a prefix for a namespace it does not know)
# and text XML cannot hold (lxml refuses it with a ValueError).

_STRUCTURE = ("release", "meta", "published", "embargo", "figure", "body", "list")
# Clark names of the vocabulary's elements, made once: an element written looks its tag
# up instead of formatting it (any other name is formatted as before).
_TAGS = {name: q(name) for name in (*_STRUCTURE, *SEGMENT_ROLES, *INLINE, *TYPED)}


def _prefixed(key: str) -> str:
    """How lxml names a Clark-named attribute of the ITS or XML namespace: with the
    prefix the root declares (its) or the one XML reserves (xml)."""
    namespace, local = key[1:].split("}")
    return {ITS_NS: "its", XML_NS: "xml"}[namespace] + ":" + local


# ' name="' for each attribute of the vocabulary, and the pieces of its elements' tags.
_ATTRIBUTE_STARTS = {
    key: f' {name}="' for key, name in (
        *((key, key) for keys in INLINE_ATTRIBUTES.values() for key in keys),
        *((key, key) for key in ("id", "type", "src", "value", "zone")),
        *((key, _prefixed(key)) for key in (ITS_TRANSLATE, ITS_LOCNOTE, ITS_LOCNOTE_TYPE,
                                            ITS_TERM, ITS_VERSION, XML_LANG)),
    )
}
_START = {name: "<" + name for name in _TAGS}
_OPEN = {name: f"<{name}>" for name in _TAGS}
_EMPTY = {name: f"<{name}/>" for name in _TAGS}
_CLOSE = {name: f"</{name}>" for name in _TAGS}
_HEAD = f'<?xml version="1.0" encoding="UTF-8"?>\n<release xmlns="{NS}" xmlns:its="{ITS_NS}"'

# Besides lone surrogates (which UTF-8 cannot encode), lxml refuses the C0 controls but
# tab, LF and CR, and the noncharacters U+FFFE and U+FFFF. They are looked for in the
# whole document at once, ~3 us a release (bytes.translate is the quickest scan for a
# set of bytes; a regular expression took 15).
_C0 = bytes(c for c in range(0x20) if c not in b"\t\n\r")


class _ForLxml(Exception):
    """What the text writer leaves to lxml (besides names outside its tables)."""


def write_release(release: Release) -> bytes:
    """Serialise a release: UTF-8, two-space indentation, one segment a line."""
    out = [_HEAD]
    try:
        _write(out, release)
    except (KeyError, _ForLxml):  # a name outside the tables (or given twice): lxml
        return write_release_lxml(release)  # checks and writes it as it always did
    text = "".join(out)
    try:
        data = text.encode()
    except UnicodeEncodeError:  # a lone surrogate: lxml refuses it as before
        return write_release_lxml(release)
    if "\ufffe" in text or "\uffff" in text or len(data.translate(None, _C0)) != len(data):
        return write_release_lxml(release)  # raises lxml's ValueError
    return data


def _write(out: list[str], release: Release) -> None:
    out.append(_attributes((("id", release.id), (XML_LANG, release.lang),
                            (ITS_VERSION, "2.0"), *release.attrs)))
    out.append(">\n  <meta>")
    meta = release.meta
    _segment_text(out, "\n    ", meta.publisher)
    if meta.series:
        _segment_text(out, "\n    ", meta.series)
    out.append("\n    <published>")
    _inline(out, meta.published)
    out.append("</published>")
    if meta.place:
        _segment_text(out, "\n    ", meta.place)
    if meta.embargo:
        embargo = meta.embargo
        out.append("\n    <embargo")
        out.append(_attributes((("value", embargo.value), ("zone", embargo.zone))))
        out.append("/>")
    out.append("\n  </meta>")
    _segment_text(out, "\n  ", release.title)
    if release.subtitle:
        _segment_text(out, "\n  ", release.subtitle)
    for figure in release.figures:
        out.append("\n  <figure")
        out.append(_attributes((() if figure.src is None else (("src", figure.src),))
                               + figure.attrs))
        if figure.alt is None and figure.caption is None:
            out.append("/>")
            continue
        out.append(">")
        for part in (figure.alt, figure.caption):
            if part is not None:
                _segment_text(out, "\n    ", part)
        out.append("\n  </figure>")
    if not release.body:
        out.append("\n  <body/>\n</release>\n")
        return
    out.append("\n  <body>")
    for block in release.body:
        if not isinstance(block, ListBlock):
            _segment_text(out, "\n    ", block)
            continue
        out.append("\n    <list")
        out.append(_attributes((("type", "ordered" if block.ordered else "unordered"),
                                *block.attrs)))
        if not block.items:
            out.append("/>")
            continue
        out.append(">")
        for item in block.items:
            _segment_text(out, "\n      ", item)
        out.append("\n    </list>")
    out.append("\n  </body>\n</release>\n")


def _segment_text(out: list[str], pad: str, segment: Segment) -> None:
    out.append(pad)
    _inline(out, segment)


def _inline(out: list[str], part: Segment | Span) -> None:
    """A segment or span. No content is an empty element; `("",)` is content, written
    as a start and an end tag, as lxml writes an element holding an empty text node."""
    name, attrs, content = part.name, part.attrs, part.content
    if attrs:
        out.append(_START[name])
        out.append(_attributes(attrs))
        if not content:
            out.append("/>")
            return
        out.append(">")
    elif content:
        out.append(_OPEN[name])
    else:
        out.append(_EMPTY[name])
        return
    for item in content:
        if isinstance(item, str):
            # Most text needs no reference: tested here, without a call.
            if "&" in item or "<" in item or ">" in item or "\r" in item:
                item = escape_text(item)
            out.append(item)
            continue
        inner = item.content
        if len(inner) == 1 and isinstance(inner[0], str) and inner[0]:
            # Most spans (names, typed values) hold one text: written here, without
            # the call for the span.
            text = inner[0]
            if "&" in text or "<" in text or ">" in text or "\r" in text:
                text = escape_text(text)
            if item.attrs:
                out.append(_START[item.name] + _attributes(item.attrs) + ">")
            else:
                out.append(_OPEN[item.name])
            out.append(text)
            out.append(_CLOSE[item.name])
        else:
            _inline(out, item)
    out.append(_CLOSE[name])


# Attributes as written, by the model's attributes: a release's spans repeat their
# attributes (date styles, currencies, the same dates and links), and so do releases.
# Bounded: then start over.
_WRITTEN_ATTRIBUTES: dict[Attrs, str] = {}
_WRITTEN_ATTRIBUTES_LIMIT = 4096


def _attributes(attrs: Attrs) -> str:
    written = _WRITTEN_ATTRIBUTES.get(attrs)
    if written is not None:
        return written
    if len(attrs) > 1 and len({key for key, _ in attrs}) < len(attrs):
        # A name given twice (only a model made in code can): lxml sets it again in its
        # first place, after checking the value it replaces. Left to lxml as it is rare.
        raise _ForLxml
    written = ""
    for key, value in attrs:
        written += _ATTRIBUTE_STARTS[key] + _escape_value(value) + '"'
    if len(_WRITTEN_ATTRIBUTES) >= _WRITTEN_ATTRIBUTES_LIMIT:
        _WRITTEN_ATTRIBUTES.clear()
    _WRITTEN_ATTRIBUTES[attrs] = written
    return written


def _escape_value(value: str) -> str:
    """An attribute value as libxml2 writes it: also quotes, LF and tab as references
    (tested in place: most values need none of them, and this is called for each)."""
    value = escape_text(value)
    if '"' in value:
        value = value.replace('"', "&quot;")
    if "\n" in value:
        value = value.replace("\n", "&#10;")
    if "\t" in value:
        value = value.replace("\t", "&#9;")
    return value


# ---------------------------------------------------------------- the same through lxml
def write_release_lxml(release: Release) -> bytes:
    """`write_release` by building the tree and letting lxml serialise it: the reference
    the text writer is tested against, and its way for what it does not spell itself."""
    root = release_element(release)
    _layout(root)
    return _DECLARATION + etree.tostring(root, encoding="UTF-8") + b"\n"


_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'


def release_element(release: Release) -> etree._Element:
    """The release as an lxml element tree, without layout white space."""
    root = etree.Element(_TAGS["release"], nsmap=dict(NSMAP))
    root.set("id", release.id)
    root.set(XML_LANG, release.lang)
    root.set(ITS_VERSION, "2.0")
    for key, value in release.attrs:
        root.set(key, value)

    meta = _child(root, "meta")
    _segment(meta, release.meta.publisher)
    if release.meta.series:
        _segment(meta, release.meta.series)
    _fill(_child(meta, "published"), (release.meta.published,))
    if release.meta.place:
        _segment(meta, release.meta.place)
    if release.meta.embargo:
        embargo = release.meta.embargo
        _child(meta, "embargo", (("value", embargo.value), ("zone", embargo.zone)))

    _segment(root, release.title)
    if release.subtitle:
        _segment(root, release.subtitle)
    for figure in release.figures:
        src = () if figure.src is None else (("src", figure.src),)
        element = _child(root, "figure", src + figure.attrs)
        for part in (figure.alt, figure.caption):
            if part is not None:
                _segment(element, part)
    body = _child(root, "body")
    for block in release.body:
        if isinstance(block, ListBlock):
            kind = "ordered" if block.ordered else "unordered"
            element = _child(body, "list", (("type", kind), *block.attrs))
            for item in block.items:
                _segment(element, item)
        else:
            _segment(body, block)
    return root


def _child(parent: etree._Element, name: str, attrs: Attrs = ()) -> etree._Element:
    """A new element of the release namespace at the end of `parent`."""
    element = etree.SubElement(parent, _TAGS.get(name) or q(name))
    for key, value in attrs:
        element.set(key, value)
    return element


def _segment(parent: etree._Element, segment: Segment) -> None:
    _fill(_child(parent, segment.name, segment.attrs), segment.content)


def _fill(element: etree._Element, content: tuple[Inline, ...]) -> None:
    """Content into an element just made (no text, no children yet). Adjacent strings
    are joined first and set once: lxml encodes a text node each time one is set."""
    last: etree._Element | None = None
    text: str | None = None  # not set yet; "" is set (an empty text node, as written)
    for part in content:
        if isinstance(part, str):
            text = part if text is None else text + part
            continue
        if text is not None:
            _set_text(element, last, text)
            text = None
        last = _child(element, part.name, part.attrs)
        _fill(last, part.content)
    if text is not None:
        _set_text(element, last, text)


def _set_text(element: etree._Element, last: etree._Element | None, text: str) -> None:
    if last is None:
        element.text = text
    else:
        last.tail = text


# Elements whose children go one a line (`published` holds its date inline).
_INDENTED = frozenset(_TAGS[name] for name in ("release", "meta", "figure", "body", "list"))


def _layout(element: etree._Element, depth: int = 0) -> None:
    """Indent containers two spaces a level; segments stay on one line."""
    children = list(element)
    if not children:
        return
    pad = "\n" + "  " * (depth + 1)
    element.text = pad
    for child in children:
        if child.tag in _INDENTED:  # segments are not entered at all
            _layout(child, depth + 1)
        child.tail = pad
    children[-1].tail = "\n" + "  " * depth

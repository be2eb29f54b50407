"""Reader and writer of release XML: lxml tree <-> `Release`.

The reader expects a schema-valid document (`schema.validate` runs first when loading
from disk) but never trusts it: anything unexpected is an `InputError` with a line.
The writer builds an lxml tree and lets lxml serialise it; no XML is made from strings.
"""

from __future__ import annotations

import re
from operator import is_
from pathlib import Path

from lxml import etree

from toolkit.errors import InputError
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
    ITS_NS,
    ITS_VERSION,
    NS,
    NSMAP,
    TYPED,
    XML_LANG,
    q,
)

_WS = re.compile(r"[ \t\r\n]+")
_WS_TO_FIX = re.compile(r"[\t\r\n]|  ")  # what `_WS` would change; most text has none
_ITS_PREFIX = f"{{{ITS_NS}}}"
_NS_PREFIX = f"{{{NS}}}"
_NS_CUT = len(_NS_PREFIX)


# ---------------------------------------------------------------- attributes
def canonical_attrs(name: str, items: list[tuple[str, str]] | tuple[tuple[str, str], ...]) -> Attrs:
    """Vocabulary attributes in their declared order, then the rest sorted."""
    if len(items) < 2:
        return tuple(items)
    declared = INLINE_ATTRIBUTES.get(name, ())
    rank = {key: i for i, key in enumerate(declared)}
    return tuple(sorted(items, key=lambda kv: (rank.get(kv[0], len(rank)), kv[0])))


def _attrs(element: etree._Element, skip: tuple[str, ...] = ()) -> Attrs:
    # Called for every element of every release: the common no-attribute case returns
    # before any list or QName is built (lxml gives keys and values as str already).
    items = element.items()
    if not items:
        return ()
    if skip:
        items = [kv for kv in items if kv[0] not in skip]
    tag = element.tag
    return canonical_attrs(tag[tag.index("}") + 1:] if tag[:1] == "{" else tag, items)


# ---------------------------------------------------------------- reading
class _Reader:
    def __init__(self, path: str | Path) -> None:
        self.path = path
        self.ws = Whitespace()

    def fail(self, element: etree._Element, message: str) -> InputError:
        return InputError(self.path, message, element.sourceline or 0)

    def local(self, element: etree._Element) -> str:
        tag = element.tag  # string slicing: a QName object per element costs more
        if tag.startswith(_NS_PREFIX):
            return tag[_NS_CUT:]
        qname = etree.QName(element)
        raise self.fail(element, f"element {qname.text} is not in the release namespace {NS}")

    def children(self, element: etree._Element) -> list[etree._Element]:
        return [c for c in element if isinstance(c.tag, str)]

    def release(self, root: etree._Element) -> Release:
        if self.local(root) != "release":
            found = etree.QName(root).localname
            raise self.fail(root, f"root element must be release, not {found}")
        rid = root.get("id")
        lang = root.get(XML_LANG)
        if not rid or not lang:
            raise self.fail(root, "release needs an id and an xml:lang")
        parts: dict[str, list[etree._Element]] = {}
        for child in self.children(root):
            parts.setdefault(self.local(child), []).append(child)
        for required in ("meta", "title", "body"):
            if required not in parts:
                raise self.fail(root, f"release has no {required}")
        return Release(
            id=rid,
            lang=lang,
            meta=self.meta(parts["meta"][0]),
            title=self.segment(parts["title"][0]),
            subtitle=self.segment(parts["subtitle"][0]) if "subtitle" in parts else None,
            figures=tuple(self.figure(f) for f in parts.get("figure", [])),
            body=tuple(self.block(b) for b in self.children(parts["body"][0])),
            attrs=_attrs(root, skip=("id", XML_LANG, ITS_VERSION)),
        )

    def meta(self, element: etree._Element) -> Meta:
        parts = {self.local(c): c for c in self.children(element)}
        if "publisher" not in parts or "published" not in parts:
            raise self.fail(element, "meta needs a publisher and a published date")
        dates = self.children(parts["published"])
        if len(dates) != 1 or self.local(dates[0]) != "date":
            raise self.fail(parts["published"], "published holds exactly one date")
        embargo = parts.get("embargo")
        return Meta(
            publisher=self.segment(parts["publisher"]),
            published=self.span(dates[0]),
            series=self.segment(parts["series"]) if "series" in parts else None,
            place=self.segment(parts["place"]) if "place" in parts else None,
            embargo=Embargo(embargo.get("value", ""), embargo.get("zone", ""),
                            embargo.sourceline or 0) if embargo is not None else None,
        )

    def figure(self, element: etree._Element) -> Figure:
        parts = {self.local(c): c for c in self.children(element)}
        return Figure(
            src=element.get("src"),
            alt=self.segment(parts["alt"]) if "alt" in parts else None,
            caption=self.segment(parts["caption"]) if "caption" in parts else None,
            attrs=_attrs(element, skip=("src",)),
            line=element.sourceline or 0,
        )

    def block(self, element: etree._Element) -> Block:
        name = self.local(element)
        if name == "list":
            items = tuple(self.segment(i) for i in self.children(element))
            return ListBlock(items=items, ordered=element.get("type") == "ordered",
                             attrs=_attrs(element, skip=("type",)), line=element.sourceline or 0)
        if name in ("p", "heading", "quote"):
            return self.segment(element)
        raise self.fail(element, f"{name} is not a block element")

    def segment(self, element: etree._Element) -> Segment:
        # The whitespace rule is applied while reading (what normalise_content does to
        # read content, without building the content twice).
        self.ws = Whitespace()
        content = self.ws.finish(self.segment_content(element))
        return Segment(name=self.local(element), content=content,
                       attrs=_attrs(element), line=element.sourceline or 0)

    def segment_content(self, element: etree._Element) -> list[Inline]:
        parts: list[Inline] = []
        text = element.text
        if text:
            self.ws.add(parts, text)
        for child in element:
            if isinstance(child.tag, str):
                name = self.span_name(child)
                parts.append(Span(name, _attrs(child), tuple(self.segment_content(child)),
                                  child.sourceline or 0))
            tail = child.tail
            if tail:
                self.ws.add(parts, tail)
        return parts

    def content(self, element: etree._Element) -> list[Inline]:
        parts: list[Inline] = []
        if element.text:
            parts.append(element.text)
        for child in element:
            if isinstance(child.tag, str):
                parts.append(self.span(child))
            if child.tail:
                parts.append(child.tail)
        return parts

    def span_name(self, element: etree._Element) -> str:
        name = self.local(element)
        if name not in INLINE and name not in TYPED:
            raise self.fail(element, f"{name} is not allowed inside a segment")
        if name in TYPED and len(element):
            raise self.fail(element, f"{name} holds text only")
        return name

    def span(self, element: etree._Element) -> Span:
        """A span as written (the published date: not a segment, no whitespace rule)."""
        return Span(name=self.span_name(element), attrs=_attrs(element),
                    content=tuple(self.content(element)), line=element.sourceline or 0)


class Whitespace:
    """The model's whitespace rule, applied to content as it is produced.

    Text must be given in document order (span content between the text before and
    after the span): whether a leading space is dropped depends on the last character
    kept, across span boundaries. `finish` merges adjacent texts at the top level and
    strips the end. Readers and `parse_translation` build content through it once,
    instead of building it and then normalising a copy.
    """

    __slots__ = ("space",)

    def __init__(self) -> None:
        self.space = True  # the last character kept was a space (or nothing is kept yet)

    def add(self, parts: list[Inline], text: str) -> None:
        """Append `text` to `parts` with the rule applied (nothing when nothing is left)."""
        if _WS_TO_FIX.search(text):
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


def normalise_content(content: list[Inline]) -> tuple[Inline, ...]:
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
def _set_attrs(element: etree._Element, attrs: Attrs) -> None:
    for key, value in attrs:
        element.set(key, value)


def _fill(element: etree._Element, content: tuple[Inline, ...]) -> None:
    last: etree._Element | None = None
    for part in content:
        if isinstance(part, str):
            if last is None:
                element.text = (element.text or "") + part
            else:
                last.tail = (last.tail or "") + part
        else:
            last = etree.SubElement(element, q(part.name))
            _set_attrs(last, part.attrs)
            _fill(last, part.content)


def _segment(parent: etree._Element, segment: Segment) -> etree._Element:
    element = etree.SubElement(parent, q(segment.name))
    _set_attrs(element, segment.attrs)
    _fill(element, segment.content)
    return element


def release_element(release: Release) -> etree._Element:
    """The release as an lxml element tree, without layout white space."""
    root = etree.Element(q("release"), nsmap=dict(NSMAP))
    root.set("id", release.id)
    root.set(XML_LANG, release.lang)
    root.set(ITS_VERSION, "2.0")
    _set_attrs(root, release.attrs)

    meta = etree.SubElement(root, q("meta"))
    _segment(meta, release.meta.publisher)
    if release.meta.series:
        _segment(meta, release.meta.series)
    published = etree.SubElement(meta, q("published"))
    _fill(published, (release.meta.published,))
    if release.meta.place:
        _segment(meta, release.meta.place)
    if release.meta.embargo:
        embargo = etree.SubElement(meta, q("embargo"))
        embargo.set("value", release.meta.embargo.value)
        embargo.set("zone", release.meta.embargo.zone)

    _segment(root, release.title)
    if release.subtitle:
        _segment(root, release.subtitle)
    for figure in release.figures:
        element = etree.SubElement(root, q("figure"))
        if figure.src is not None:
            element.set("src", figure.src)
        _set_attrs(element, figure.attrs)
        for part in (figure.alt, figure.caption):
            if part is not None:
                _segment(element, part)
    body = etree.SubElement(root, q("body"))
    for block in release.body:
        if isinstance(block, ListBlock):
            element = etree.SubElement(body, q("list"))
            element.set("type", "ordered" if block.ordered else "unordered")
            _set_attrs(element, block.attrs)
            for item in block.items:
                _segment(element, item)
        else:
            _segment(body, block)
    return root


_CONTAINERS = frozenset(q(n) for n in ("release", "meta", "published", "figure", "body", "list"))


def _layout(element: etree._Element, depth: int = 0) -> None:
    """Indent containers two spaces a level; segments stay on one line."""
    if element.tag not in _CONTAINERS or element.tag == q("published"):
        return
    children = list(element)
    if not children:
        return
    pad = "\n" + "  " * (depth + 1)
    element.text = pad
    for child in children:
        _layout(child, depth + 1)
        child.tail = pad
    children[-1].tail = "\n" + "  " * depth


def write_release(release: Release) -> bytes:
    """Serialise a release: UTF-8, two-space indentation, one segment a line."""
    root = release_element(release)
    _layout(root)
    body = etree.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n").encode("utf-8")

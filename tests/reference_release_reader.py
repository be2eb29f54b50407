"""The release reader as it was at 75e3c48, before it was made cheaper: the reference
`test_release_reader_reference` holds `read_release` to (equal models, the same lines,
the same errors). Kept as it was; only its name changed. It shares the model and
`canonical_attrs`, `is_normal` and `normalise_content` with the reader: what it holds
equal is the reader's walk of the tree and its checks, not those.

Why a copy: the cheaper reader (c39a59d) reads a segment's content in one loop and names
elements by a table, with many paths a hand-written test would miss; a copy of the old
one judges every fixture, every benchmark release and trees broken at random. When to
delete it (with its test): once the reader is meant to read or refuse something
differently, the reference is no longer right; the reader's own specification is
`tests/test_release_xml.py`, and this only vouches that a faster rewrite changed
nothing."""

from __future__ import annotations

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
from toolkit.release_xml import canonical_attrs, is_normal, normalise_content
from toolkit.vocabulary import INLINE, ITS_VERSION, NS, TYPED, XML_LANG, q

_NS_PREFIX = f"{{{NS}}}"
_NS_CUT = len(_NS_PREFIX)
_SPAN_NAMES: dict[object, str] = {q(name): name for name in INLINE | TYPED}


def _collapsible(text: str) -> bool:
    return "\n" in text or "  " in text or "\t" in text or "\r" in text


def _attrs(element: etree._Element, name: str, skip: tuple[str, ...] = ()) -> Attrs:
    items = element.items()
    if not items:
        return ()
    if skip:
        items = [kv for kv in items if kv[0] not in skip]
    return canonical_attrs(name, items)


def _normal(content: tuple[Inline, ...], texts: list[str]) -> tuple[Inline, ...]:
    return content if is_normal("".join(texts)) else normalise_content(content)


class ReferenceReader:
    def __init__(self, path: str | Path) -> None:
        self.path = path

    def fail(self, element: etree._Element, message: str) -> InputError:
        return InputError(self.path, message, element.sourceline or 0)

    def local(self, element: etree._Element) -> str:
        # String slicing: a QName object per element costs more. (types-lxml types a tag
        # as str, bytes or QName, as one set by hand may be; a parsed element's is a str.)
        tag: str = element.tag  # type: ignore[assignment]
        if tag.startswith(_NS_PREFIX):
            return tag[_NS_CUT:]
        qname = etree.QName(element)
        raise self.fail(element, f"element {qname.text} is not in the release namespace {NS}")

    def children(self, element: etree._Element) -> list[etree._Element]:
        return list(element.iterchildren(etree.Element))  # no comments or PIs

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
            title=self.segment(parts["title"][0], "title"),
            subtitle=(self.segment(parts["subtitle"][0], "subtitle") if "subtitle" in parts
                      else None),
            figures=tuple(self.figure(f) for f in parts.get("figure", [])),
            body=tuple(self.block(b) for b in self.children(parts["body"][0])),
            attrs=_attrs(root, "release", skip=("id", XML_LANG, ITS_VERSION)),
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
            publisher=self.segment(parts["publisher"], "publisher"),
            published=self.span(dates[0]),
            series=self.segment(parts["series"], "series") if "series" in parts else None,
            place=self.segment(parts["place"], "place") if "place" in parts else None,
            embargo=Embargo(embargo.get("value", ""), embargo.get("zone", ""),
                            embargo.sourceline or 0) if embargo is not None else None,
        )

    def figure(self, element: etree._Element) -> Figure:
        parts = {self.local(c): c for c in self.children(element)}
        return Figure(
            src=element.get("src"),
            alt=self.segment(parts["alt"], "alt") if "alt" in parts else None,
            caption=self.segment(parts["caption"], "caption") if "caption" in parts else None,
            attrs=_attrs(element, "figure", skip=("src",)),
            line=element.sourceline or 0,
        )

    def block(self, element: etree._Element) -> Block:
        name = self.local(element)
        if name == "list":
            items = tuple(self.segment(i) for i in self.children(element))
            return ListBlock(items=items, ordered=element.get("type") == "ordered",
                             attrs=_attrs(element, name, skip=("type",)),
                             line=element.sourceline or 0)
        if name in ("p", "heading", "quote"):
            return self.segment(element, name)
        raise self.fail(element, f"{name} is not a block element")

    def segment(self, element: etree._Element, name: str | None = None) -> Segment:
        name = name or self.local(element)
        items = element.items()
        attrs = canonical_attrs(name, items) if items else ()
        line = element.sourceline or 0
        if not len(element):  # a quarter of segments: text only, no list of texts needed
            text = element.text
            if not text:
                return Segment(name, (), attrs, line)
            if text[0] == " " or text[-1] == " " or _collapsible(text):
                return Segment(name, normalise_content((text,)), attrs, line)
            return Segment(name, (text,), attrs, line)
        texts: list[str] = []
        return Segment(name, _normal(self.content(element, texts), texts), attrs, line)

    def content(self, element: etree._Element, texts: list[str]) -> tuple[Inline, ...]:
        """The content as written (no whitespace rule); its strings, in document order
        and at every depth, are also added to `texts`."""
        text = element.text
        if text:
            texts.append(text)
        if not len(element):  # most spans and many segments: one string, made without a list
            return (text,) if text else ()
        parts: list[Inline] = [text] if text else []
        for child in element:
            name = _SPAN_NAMES.get(child.tag)
            if name is not None:
                parts.append(self.inline(child, name, texts))
            elif isinstance(child.tag, str):
                raise self.not_inline(child)
            # else a comment or processing instruction: skipped, its tail is text
            tail = child.tail
            if tail:
                parts.append(tail)
                texts.append(tail)
        return tuple(parts)

    def inline(self, element: etree._Element, name: str, texts: list[str]) -> Span:
        # A span is read here whole when it holds text only (most spans: names, typed
        # values), without the calls `content` and `_attrs` would cost for each.
        items = element.items()
        attrs = canonical_attrs(name, items) if items else ()
        if len(element):
            if name in TYPED:
                raise self.fail(element, f"{name} holds text only")
            return Span(name, attrs, self.content(element, texts), element.sourceline or 0)
        text = element.text
        if not text:
            return Span(name, attrs, (), element.sourceline or 0)
        texts.append(text)
        return Span(name, attrs, (text,), element.sourceline or 0)

    def not_inline(self, element: etree._Element) -> InputError:
        # (an element of another namespace is refused by `local` with its own message)
        return self.fail(element, f"{self.local(element)} is not allowed inside a segment")

    def span(self, element: etree._Element) -> Span:
        """A span as written (the published date: not a segment, no whitespace rule)."""
        name = _SPAN_NAMES.get(element.tag)
        if name is None:
            raise self.not_inline(element)
        return self.inline(element, name, [])


def reference_read_release(tree: etree._ElementTree, path: str | Path) -> Release:
    return ReferenceReader(path).release(tree.getroot())

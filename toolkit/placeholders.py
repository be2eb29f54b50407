"""The placeholder protocol between a segment and its gettext message.

A segment becomes a msgid in which inline markup is written as tags without attributes:
``On <date/>, <person>Mr. HAYASHI</person> met ...``. Typed values and untranslatable
spans are empty tags (their text comes from the source or from locale formatting);
other spans keep their content for the translator. A tag name that occurs more than
once in a segment is numbered in document order (``<date1/>``, ``<date2/>``), so that
translators can reorder tags without ambiguity.

A msgstr goes back through `parse_translation`, which accepts only the tags of its
source segment, each exactly once, under the same parent, without attributes; the
attributes and the untranslatable content are restored from the source. Anything else
is a `PlaceholderError` and the caller falls back to the source text.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from toolkit.model import Inline, Segment, Span
from toolkit.release_xml import Whitespace, normalise_content
from toolkit.vocabulary import ITS_TRANSLATE, TYPED


@dataclass(frozen=True)
class Placeholder:
    """One tag of a message: the span it stands for and the tag that encloses it."""

    tag: str
    span: Span
    parent: str | None  # tag of the enclosing placeholder, None at the top
    empty: bool  # written <tag/>: its content is not the translator's


@dataclass(frozen=True)
class Message:
    """A segment as a translator sees it."""

    msgid: str
    placeholders: tuple[Placeholder, ...]

    def placeholder(self, tag: str) -> Placeholder | None:
        for p in self.placeholders:
            if p.tag == tag:
                return p
        return None


class PlaceholderError(ValueError):
    """A translation whose markup does not match its source segment."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def is_opaque(span: Span) -> bool:
    """Typed values and untranslatable spans: the translator sees an empty tag."""
    return span.name in TYPED or span.get(ITS_TRANSLATE) == "no"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


def segment_message(segment: Segment) -> Message:
    """The msgid of a segment and the placeholders it uses."""
    content = segment.content
    if len(content) == 1 and isinstance(content[0], str):  # most segments: no markup
        return Message(_escape(content[0]), ())
    # Plain dicts: a Counter costs more to make than these few spans cost to count.
    counts: dict[str, int] = {}
    for span in _visible_spans(content):
        counts[span.name] = counts.get(span.name, 0) + 1
    seen: dict[str, int] = {}
    placeholders: list[Placeholder] = []

    def render(content: tuple[Inline, ...], parent: str | None) -> str:
        out: list[str] = []
        for part in content:
            if isinstance(part, str):
                out.append(_escape(part))
                continue
            name = part.name
            seen[name] = number = seen.get(name, 0) + 1
            tag = name if counts[name] == 1 else f"{name}{number}"
            opaque = is_opaque(part)
            placeholders.append(Placeholder(tag, part, parent, opaque))
            if opaque:
                out.append(f"<{tag}/>")
            else:
                out.append(f"<{tag}>{render(part.content, tag)}</{tag}>")
        return "".join(out)

    msgid = render(segment.content, None)
    return Message(msgid, tuple(placeholders))


def _visible_spans(content: tuple[Inline, ...]) -> Iterator[Span]:
    """The spans that become tags: spans nested in an opaque span are not placeholders
    of their own (their content is not the translator's), so they are not descended into.
    One walk of the segment, in document order."""
    for part in content:
        if isinstance(part, Span):
            yield part
            if not is_opaque(part):
                yield from _visible_spans(part.content)


# A bare ampersand is what translators type for "and"; only real references stay.
_BARE_AMP = re.compile(r"&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);)")


# Text the fragment parser would return unchanged (no markup, no reference, nothing XML
# forbids); a translation of a segment without tags that matches it needs no parse.
_PLAIN = re.compile("[^<&\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]*")
_parsers = threading.local()


def _fragment_parser() -> etree.XMLParser:
    # One parser per thread, reused: lxml parsers must not be shared between threads,
    # and a new one costs more than the parse of a short fragment.
    parser: etree.XMLParser | None = getattr(_parsers, "parser", None)
    if parser is None:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                                 huge_tree=False, remove_comments=False, remove_pis=False)
        _parsers.parser = parser
    return parser


def parse_translation(msgstr: str, message: Message) -> tuple[Inline, ...]:
    """Rebuild segment content from a translation, or raise `PlaceholderError`."""
    if not message.placeholders and "]]>" not in msgstr and _PLAIN.fullmatch(msgstr):
        # What the parse below would give: the text itself (line ends aside, which
        # normalise_content turns into spaces either way).
        return normalise_content([msgstr])
    source = "<m>" + _BARE_AMP.sub("&amp;", msgstr) + "</m>"
    try:
        root = etree.fromstring(source.encode("utf-8"), _fragment_parser())
    except etree.XMLSyntaxError as exc:
        raise PlaceholderError("markup-invalid",
                               f"translation is not well-formed markup: {exc.msg}") from exc
    used: set[str] = set()
    ws = Whitespace()  # normalised as built, in document order: no second pass

    def build(element: etree._Element, parent: str | None) -> list[Inline]:
        parts: list[Inline] = []
        if element.text:
            ws.add(parts, element.text)
        for child in element:
            if not isinstance(child.tag, str):
                raise PlaceholderError("markup-invalid",
                                       "comments and processing instructions are not allowed")
            tag = child.tag
            placeholder = message.placeholder(tag)
            if placeholder is None:
                raise PlaceholderError("placeholder-unknown", f"unknown tag <{tag}>")
            if child.attrib:
                raise PlaceholderError("placeholder-attribute",
                                       f"tag <{tag}> must not have attributes")
            if tag in used:
                raise PlaceholderError("placeholder-duplicate", f"tag <{tag}> is used twice")
            used.add(tag)
            if placeholder.parent != parent:
                where = f"inside <{placeholder.parent}>" if placeholder.parent else "at the top"
                raise PlaceholderError("placeholder-nesting", f"tag <{tag}> belongs {where}")
            if placeholder.empty:
                if len(child) or (child.text and child.text.strip()):
                    raise PlaceholderError("placeholder-content", f"tag <{tag}/> must be empty")
                parts.append(ws.span(placeholder.span))
            else:
                span = placeholder.span
                parts.append(Span(span.name, span.attrs, tuple(build(child, tag)), span.line))
            if child.tail:
                ws.add(parts, child.tail)
        return parts

    content = build(root, None)
    missing = [p.tag for p in message.placeholders if p.tag not in used]
    if missing:
        raise PlaceholderError("placeholder-missing", f"tag <{missing[0]}> is missing")
    return ws.finish(content)

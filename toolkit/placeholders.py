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

`message_parts` and `parse_parts` are the same protocol for the build's hot path: a
message as its msgid, the shape of its tags and their spans, without an object per tag.
A translation is parsed once per distinct (msgstr, shape) and bound to each segment's
own spans after that.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from lxml import etree

from toolkit.model import Inline, Segment, Span, plain_text
from toolkit.release_xml import Whitespace, is_normal
from toolkit.vocabulary import ITS_TRANSLATE, TYPED


class Placeholder(NamedTuple):
    """One tag of a message: the span it stands for and the tag that encloses it.

    A named tuple: messages are made for every segment of every release, and a frozen
    dataclass costs twice as much to make."""

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


# What tells a message's placeholders apart for parsing: tag, parent, empty, in document
# order. Two messages of the same shape accept and refuse the same translations alike.
Shape = tuple[tuple[str, str | None, bool], ...]


class MessageParts(NamedTuple):
    """A `Message` as the build uses it: its placeholders as a shape and their spans (one
    per placeholder, in the same order), without an object per placeholder."""

    msgid: str
    shape: Shape
    spans: tuple[Span, ...]


class Problem(NamedTuple):
    """One thing wrong with a translation's markup: its code, what to tell the
    translator, and the tag it is about (None for a fault of the markup as a whole)."""

    code: str
    message: str
    tag: str | None = None


class PlaceholderError(ValueError):
    """A translation whose markup does not match its source segment.

    `code` and `message` are its first problem in document order (what the build says
    when it falls back); `problems` are all of them, each a `Problem`, where the
    parse could go on past the first: every unknown, duplicated, misplaced or missing tag
    of the msgstr, which validate reports one by one. A msgstr that is not well-formed
    markup has that one problem."""

    def __init__(self, code: str, message: str,
                 problems: tuple[Problem, ...] = ()) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.problems = problems or (Problem(code, message),)


def is_opaque(span: Span) -> bool:
    """Typed values and untranslatable spans: the translator sees an empty tag."""
    # Most spans have no attribute at all: no walk then.
    return span.name in TYPED or (bool(span.attrs) and span.get(ITS_TRANSLATE) == "no")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


def segment_message(segment: Segment) -> Message:
    """The msgid of a segment and the placeholders it uses."""
    msgid, shape, spans = message_parts(segment)
    return Message(msgid, tuple([Placeholder(tag, span, parent, empty)
                                 for (tag, parent, empty), span in zip(shape, spans, strict=True)]))


def message_parts(segment: Segment) -> MessageParts:
    """What `segment_message` says of a segment, as `MessageParts`."""
    content = segment.content
    if len(content) == 1 and isinstance(content[0], str):  # most segments: no markup
        return MessageParts(_escape(content[0]), (), ())
    spans: list[Span] = []
    shape: list[tuple[str, str | None, bool]] = []
    out: list[str] = []
    _render(content, None, None, spans, shape, out)
    names = [tag for tag, _, _ in shape]
    if len(set(names)) < len(names):
        # A name used once is its own tag; a repeated one is numbered in document order,
        # and the text written again with those tags (a third of the segments).
        tags = _numbered(names)
        spans, shape, out = [], [], []
        _render(content, None, tags, spans, shape, out)
    return MessageParts("".join(out), tuple(shape), tuple(spans))


def _numbered(names: list[str]) -> list[str]:
    """Tags for span names of which some repeat: those numbered, in document order."""
    # Plain dicts: a Counter costs more to make than these few spans cost to count.
    counts: dict[str, int] = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    seen: dict[str, int] = {}
    tags: list[str] = []
    for name in names:
        if counts[name] == 1:
            tags.append(name)
        else:
            seen[name] = number = seen.get(name, 0) + 1
            tags.append(f"{name}{number}")
    return tags


def _render(content: tuple[Inline, ...], parent: str | None, tags: list[str] | None,
            spans: list[Span], shape: list[tuple[str, str | None, bool]],
            out: list[str]) -> None:
    """The msgid text of content, its spans that become tags and their shape, in one
    pass in document order. Each tag is its span's name, or the tag `tags` gives it (by
    its index in document order). Spans nested in an opaque span are not placeholders of
    their own (their content is not the translator's)."""
    for part in content:
        if isinstance(part, str):
            out.append(part.replace("&", "&amp;").replace("<", "&lt;"))  # `_escape`, inline
            continue
        tag = part.name if tags is None else tags[len(spans)]
        opaque = is_opaque(part)
        spans.append(part)
        shape.append((tag, parent, opaque))
        inner = part.content
        if opaque:
            out.append(f"<{tag}/>")
        elif len(inner) == 1 and isinstance(inner[0], str):  # most spans: one string
            out.append(f"<{tag}>{_escape(inner[0])}</{tag}>")
        else:
            out.append(f"<{tag}>")
            _render(inner, tag, tags, spans, shape, out)
            out.append(f"</{tag}>")


@cache
def _parse_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What a translation's parse looks for, compiled when a command first parses one
    (~3.5M instructions; extract, which parses none, is spared them)."""
    # Unicode's explicit directional formatting characters: the embeddings and
    # overrides (LRE, RLE, PDF, LRO, RLO) and the isolates (LRI, RLI, FSI, PDI).
    bidi_controls = re.compile("[\u202a-\u202e\u2066-\u2069]")
    # Text the fragment parser would return unchanged (no markup, no reference, nothing
    # XML forbids); a translation of a segment without tags that matches it needs no parse.
    plain = re.compile("[^<&\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]*")
    # A bare ampersand is what translators type for "and"; only real references stay.
    bare_amp = re.compile(r"&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);)")
    return bidi_controls, plain, bare_amp


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


# A compiled translation: its text nodes and its tags, each tag as the index of its
# placeholder and the compiled content of the tag (None for an empty tag).
_Item = str | tuple[int, "_Items | None"]
_Items = tuple[_Item, ...]
# A parsed translation: its items and the indexes of the text tags it leaves empty.
_Compiled = tuple[_Items, tuple[int, ...]]


def parse_translation(msgstr: str, message: Message) -> tuple[Inline, ...]:
    """Rebuild segment content from a translation, or raise `PlaceholderError`."""
    placeholders = message.placeholders
    return parse_parts(msgstr, MessageParts(
        message.msgid, tuple((p.tag, p.parent, p.empty) for p in placeholders),
        tuple(p.span for p in placeholders)))


def parse_parts(msgstr: str, parts: MessageParts) -> tuple[Inline, ...]:
    """`parse_translation` of a message given as `MessageParts`."""
    compiled = _compile(msgstr, parts.shape)
    if isinstance(compiled, PlaceholderError):
        if compiled.code == "placeholder-empty" and not _source_worded(parts.msgid):
            # The source is its tags alone too (an empty link): so may the translation be.
            compiled = _compile(msgstr, parts.shape, wordless=True)
        if isinstance(compiled, PlaceholderError):
            raise PlaceholderError(compiled.code, compiled.message, compiled.problems)
    items, emptied = compiled
    if emptied:
        _check_emptied(emptied, parts)
    return _apply_rule(items, parts.spans)


def _source_worded(msgid: str) -> bool:
    """Whether a msgid has a letter or digit outside its tags and references (asked only
    of a translation refused as placeholder-empty)."""
    return any(char.isalnum() for char in re.sub(r"<[^<>]*>|&[^;&]*;", "", msgid))


def _check_emptied(emptied: tuple[int, ...], parts: MessageParts) -> None:
    """Refuse the tags a translation left empty whose source tag holds words (a name, a
    link's text): the page would publish an empty element beside the translated text.

    Judged on the msgid, not the spans: the compiled translation is shared by every
    message of its shape, and validate may have only the msgid. Asked only of the tags
    the parse found empty, which few translations have."""
    problems: list[Problem] = []
    for index in emptied:
        tag = parts.shape[index][0]
        # A tag occurs once in its msgid and never inside itself: the first end is its own.
        found = re.search(f"<{re.escape(tag)}>(.*?)</{re.escape(tag)}>", parts.msgid,
                          re.DOTALL)
        if found is not None and _source_worded(found.group(1)):
            problems.append(Problem(
                "placeholder-empty", f"tag <{tag}> is empty, though the source's holds "
                "text: translate its text inside it", tag))
    if problems:
        raise PlaceholderError(problems[0].code, problems[0].message, tuple(problems))


def _apply_rule(items: _Items, spans: tuple[Span, ...]) -> tuple[Inline, ...]:
    """Compiled content with the spans in place and the whitespace rule applied to it."""
    texts: list[str] = []
    _texts(items, spans, texts)
    joined = "".join(texts)
    if joined and is_normal(joined):
        # Most translations are normal already: the rule, which looks at the text in
        # document order and nothing else, keeps every string and span as it is (the
        # release reader reasons alike, `is_normal`): no run to collapse, no space at
        # either end, none after a kept space. Binding the spans is then all it takes.
        # (No text at all: the rule drops the empty string an empty msgstr is read as.)
        return _bind(items, spans)
    ws = Whitespace()  # normalised as built, in document order: no second pass
    return ws.finish(_rebind(items, spans, ws))


def _texts(items: _Items, spans: tuple[Span, ...], texts: list[str]) -> None:
    """The strings of compiled content with its spans in place, in document order."""
    for item in items:
        if isinstance(item, str):
            texts.append(item)
            continue
        index, inner = item
        if inner is None:
            texts.append(plain_text(spans[index].content))
        else:
            _texts(inner, spans, texts)


def _bind(items: _Items, spans: tuple[Span, ...]) -> tuple[Inline, ...]:
    """Normal compiled content with this message's own spans: the source span of an empty
    tag as it is, the attributes and line of the source for the others."""
    if not spans:
        return items  # type: ignore[return-value]  # text only: shared, it is immutable
    parts: list[Inline] = []
    for item in items:
        if isinstance(item, str):
            parts.append(item)
            continue
        index, inner = item
        span = spans[index]
        parts.append(span if inner is None else
                     Span(span.name, span.attrs, _bind(inner, spans), span.line))
    return tuple(parts)


def _rebind(items: _Items, spans: tuple[Span, ...], ws: Whitespace) -> list[Inline]:
    """Compiled content with the whitespace rule applied, in document order, and the
    given spans in place of the tags."""
    parts: list[Inline] = []
    for item in items:
        if isinstance(item, str):
            ws.add(parts, item)
            continue
        index, inner = item
        span = spans[index]
        if inner is None:
            parts.append(ws.span(span))
        else:
            parts.append(Span(span.name, span.attrs, tuple(_rebind(inner, spans, ws)),
                              span.line))
    return parts


# Remembered: boilerplate (a caption, a closing line, a ministry's name) comes back in
# release after release with the same translation, and the parse is most of the cost of
# translating a segment. Bounded (4,096 hold about 6 MB), so memory stays flat on any corpus.
@lru_cache(maxsize=4096)
def _compile(msgstr: str, shape: Shape, wordless: bool = False) -> _Compiled | PlaceholderError:
    """A translation parsed and checked against a message's shape, once per distinct pair
    (`wordless`: of a source that has no words either, which a translation of its tags
    alone fits), with the indexes of the text tags it leaves empty (judged against the
    msgid by `parse_parts`: the shape does not say what the source's tags hold)."""
    try:
        return _parse(msgstr, shape, wordless)
    except PlaceholderError as exc:
        # Not the raised one: no traceback kept.
        return PlaceholderError(exc.code, exc.message, exc.problems)


@cache
def _syntax_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str],
                                tuple[tuple[re.Pattern[str], str], ...]]:
    """The patterns `_syntax_problem` reads libxml2's messages with: compiled on the
    first translation that is no well-formed markup (~4.9M instructions, which every
    command paid at start-up when they were compiled on import).

    libxml2's wording for the faults translators make is said in their terms. Its
    positions are dropped: they count in the wrapped fragment ("<m>" + text, "&"
    escaped), not in the msgstr the translator sees, and the error already names the
    entry's line.
    """
    position = re.compile(r", line \d+, column \d+$")
    # What libxml2 says of a tag whose '>' is missing ("</strong пройдёт", "<strong
    # Текст"): it reads the words after the name as attributes or wants a '>' there.
    unended_said = re.compile(r"expected '>'|Specification mandates value for attribute "
                              r"|error parsing attribute name|attributes construct error"
                              r"|Couldn't find end of Start Tag")
    unended_tag = re.compile(r"</?[^\W\d][\w.-]*(?!\s*/?>)(?![\w.-])")
    problems = (
        (re.compile(r"Opening and ending tag mismatch: (\S+) line \d+ and m$"),
         "<{0}> is not closed"),
        (re.compile(r"Opening and ending tag mismatch: m line \d+ and (\S+)$"),
         "</{0}> closes no tag"),
        (re.compile(r"Opening and ending tag mismatch: (\S+) line \d+ and (\S+)$"),
         "<{0}> is closed by </{1}>"),
        (re.compile(r"Premature end of data in tag (\S+)"), "<{0}> is not closed"),
        (re.compile(r"StartTag: invalid element name$"),
         "a '<' that begins no tag (write &lt; for the character itself)"),
    )
    return position, unended_said, unended_tag, problems


def _syntax_problem(message: str, msgstr: str = "") -> str:
    position, unended_said, _, problems = _syntax_patterns()
    # (libxml2 ends some messages with a newline before the position it adds)
    message = position.sub("", message.strip()).rstrip()
    if unended_said.match(message) or message == "StartTag: invalid element name":
        # Quoted from the msgstr: the parser's own words and positions count in the
        # wrapped fragment, and "expected '>'" does not say which tag.
        fault = syntax_fault(msgstr)
        if fault is not None:
            return fault[1]
    for pattern, wording in problems:
        found = pattern.match(message)
        if found:
            return wording.format(*found.groups())
    return message


@cache
def _tag_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A well-formed tag, and one spaced as translation engines space them (``</ em>``)."""
    name = r"[^\W\d][\w.:-]*"
    attribute = rf"""\s+{name}\s*=\s*(?:"[^"<]*"|'[^'<]*')"""
    tag = re.compile(rf"<{name}(?:{attribute})*\s*/?>|</{name}\s*>|<[!?]")
    spaced = re.compile(rf"<(/?)\s+({name})\s*(/?)>")
    return tag, spaced


def syntax_fault(msgstr: str) -> tuple[int, str] | None:
    """The first '<' of `msgstr` that begins no tag (its offset), and what is wrong with
    it in a translator's words: what libxml2 stops at when it says "expected '>'",
    speaks of attributes or of an invalid element name, none of which says where.

    One rule for the words and the place, so that validate's column (and build's, for
    the translation it rejects) is at the tag the words quote."""
    tag, spaced = _tag_patterns()
    unended_tag = _syntax_patterns()[2]
    at = msgstr.find("<")
    while at != -1:
        if not tag.match(msgstr, at):
            written = spaced.match(msgstr, at)
            if written:
                closing, name, empty = written.groups()
                return at, (f"'{written.group()}' is no tag: write it without the space, "
                            f"'<{closing}{name}{empty}>'")
            unended = unended_tag.match(msgstr, at)
            if unended:
                return at, f"'{unended.group()}' is not ended by '>'"
            return at, "a '<' that begins no tag (write &lt; for the character itself)"
        at = msgstr.find("<", at + 1)
    return None


_PDF, _PDI = "\u202c", "\u2069"
_ISOLATES = frozenset("\u2066\u2067\u2068")


def _check_directions(msgstr: str) -> None:
    """Refuse a directional control the translation leaves open or that closes nothing.

    An embedding, override or isolate runs on to the end of the paragraph: one left open
    reorders the text the page puts after the translation (in the dateline, the
    publisher's name after the place; in a paragraph, the source's own spans), and a
    closer without its opener ends one that text opened. Balanced ones (an Arabic
    translation isolating a Latin name) stay inside the segment and are kept.
    """
    fault = direction_fault(msgstr)
    if fault is not None:
        raise PlaceholderError("markup-invalid", fault[1])


def direction_fault(msgstr: str) -> tuple[int, str] | None:
    """The directional control `_check_directions` refuses (its offset in `msgstr`) and
    what is wrong with it; None when they all pair up."""
    opened: list[tuple[str, int]] = []
    bidi_controls = _parse_patterns()[0]
    for found in bidi_controls.finditer(msgstr):
        control = found.group()
        if control == _PDF:
            if not opened or opened[-1][0] in _ISOLATES:
                return found.start(), (f"{_control_name(control)} closes no embedding or "
                                       "override the translation opened")
            opened.pop()
        elif control == _PDI:  # closes its isolate and the embeddings still open in it
            while opened and opened[-1][0] not in _ISOLATES:
                opened.pop()
            if not opened:
                return found.start(), (f"{_control_name(control)} closes no isolate the "
                                       "translation opened")
            opened.pop()
        else:
            opened.append((control, found.start()))
    if opened:
        control, at = opened[-1]
        closer = _PDI if control in _ISOLATES else _PDF
        return at, (f"{_control_name(control)} is not closed by {_control_name(closer)}: "
                    "it would change the direction of the text after the translation")
    return None


def _control_name(control: str) -> str:
    return f"U+{ord(control):04X} ({unicodedata.name(control)})"


def _source_tags(shape: Shape) -> str:
    """What an unknown tag's message adds: the tags the translator may use (a numbered
    <strong1> is not <strong>, which a translator tends to write back)."""
    if not shape:
        return "; the source has no tags"
    return "; the source's tags are " + ", ".join(
        f"<{tag}/>" if empty else f"<{tag}>" for tag, _, empty in shape)


def _parse(msgstr: str, shape: Shape, wordless: bool = False) -> _Compiled:
    bidi_controls, plain, bare_amp = _parse_patterns()
    if bidi_controls.search(msgstr):
        _check_directions(msgstr)
    if not shape and "]]>" not in msgstr and plain.fullmatch(msgstr):
        if msgstr.isspace() and not wordless:
            # A space typed to mark an entry done: the page's title, heading or
            # paragraph would be empty (`parse_parts` lets a source without words,
            # punctuation alone, have one).
            raise _white_space_alone()
        # What the parse below would give: the text itself (line ends aside, which
        # the whitespace rule turns into spaces either way).
        return (msgstr,), ()
    source = "<m>" + bare_amp.sub("&amp;", msgstr) + "</m>"
    try:
        root = etree.fromstring(source.encode("utf-8"), _fragment_parser())
    except UnicodeEncodeError as exc:  # a lone surrogate: no file gives one, code can
        raise PlaceholderError("markup-invalid", "translation holds a character that is "
                               f"not text (U+{ord(exc.object[exc.start]):04X})") from exc
    except etree.XMLSyntaxError as exc:
        raise PlaceholderError("markup-invalid", "translation is not well-formed markup: "
                               + _syntax_problem(exc.msg, msgstr)) from exc
    indexes: dict[str, int] = {}
    for index, (tag, _, _) in enumerate(shape):
        indexes.setdefault(tag, index)
    used: set[str] = set()
    emptied: list[int] = []
    # Every problem in document order, one per tag (the first the parse used to stop at,
    # so the first problem is what it refused with), the missing tags last: a CAT tool
    # that drops two tags, or renames one, is told all it did in one run.
    problems: list[Problem] = []

    items = _walk(root, None, shape, indexes, used, problems, emptied)
    problems.extend(Problem("placeholder-missing", f"tag <{tag}> is missing", tag)
                    for tag, _, _ in shape if tag not in used)
    if problems:
        raise PlaceholderError(problems[0].code, problems[0].message, tuple(problems))
    if not shape and not wordless and items and all(
            isinstance(item, str) and item.isspace() for item in items):
        # The same white space written as references ("&#160;", as editors write a
        # non-breaking space) or in CDATA: the plain path above never sees its text.
        raise _white_space_alone()
    if not wordless and not _worded(items) and not all(empty for _, _, empty in shape):
        # The source has text in its tags (a name, a link's words), the translation none
        # anywhere: the source copied in and its words deleted, the tags left, which the
        # page would publish as empty elements around the dates. (A source of typed
        # values alone is rightly translated by its tags; one without words, as an
        # empty link, is let through by `parse_parts`, which has the msgid.)
        raise PlaceholderError("placeholder-empty", "the translation is its tags alone, "
                               "each empty: write its text around and inside them")
    return items, tuple(emptied)


def _white_space_alone() -> PlaceholderError:
    return PlaceholderError("placeholder-empty", "the translation is white space alone: "
                            "write the text, or leave the msgstr empty")


# A letter or a digit, as str.isalnum has them (\w less "_"): searched in C, where a
# generator over each character cost the build 0.5% of its instructions.
_ALNUM = re.compile(r"[^\W_]")


def _worded(items: _Items) -> bool:
    """Whether compiled content has a letter or digit of its own (in its text, or in a
    tag that is not empty), looked at until the first: a translation's first string."""
    for item in items:
        if isinstance(item, str):
            if _ALNUM.search(item):
                return True
        elif item[1] is not None and _worded(item[1]):
            return True
    return False


def _walk(element: etree._Element, parent: str | None, shape: Shape, indexes: dict[str, int],
          used: set[str], problems: list[Problem], emptied: list[int]) -> _Items:
    """The compiled content of a translation's element (`_parse`): its text and tags,
    each known tag checked against the `shape` (its first use noted in `used`), every
    problem in document order added to `problems`, each text tag left without content
    (or with white space alone) to `emptied`. (A function of its own, not a
    closure: a closure that calls itself is a reference cycle, which only the garbage
    collector frees.)"""
    items: list[_Item] = []
    if element.text:
        items.append(element.text)
    for child in element:
        if not isinstance(child.tag, str):
            problems.append(Problem(
                "markup-invalid", "comments and processing instructions are not allowed"))
            continue
        tag = child.tag
        index = indexes.get(tag)
        if index is None:
            problems.append(Problem("placeholder-unknown",
                                    f"unknown tag <{tag}>{_source_tags(shape)}", tag))
            # Its tags are looked at without asking where they stand: one inside a
            # renamed <link> is not misplaced for that (nor missing).
            _walk(child, _UNKNOWN, shape, indexes, used, problems, emptied)
            continue
        problem = _tag_problem(child, tag, shape[index], parent, used)
        if problem is not None:
            problems.append(problem)
        used.add(tag)
        if shape[index][2]:
            items.append((index, None))
            if len(child):
                # (its tags are used, if misplaced)
                _walk(child, tag, shape, indexes, used, problems, emptied)
        else:
            if not len(child) and not (child.text and not child.text.isspace()):
                emptied.append(index)
            items.append((index, _walk(child, tag, shape, indexes, used, problems, emptied)))
        if child.tail:
            items.append(child.tail)
    return tuple(items)


_UNKNOWN = "\x00"  # the parent of what an unknown tag holds: no tag is misplaced there


def _tag_problem(child: etree._Element, tag: str, placeholder: tuple[str, str | None, bool],
                 parent: str | None, used: set[str]) -> Problem | None:
    """What is wrong with one known tag of a translation, the first thing only."""
    if child.attrib:
        return Problem("placeholder-attribute", f"tag <{tag}> must not have attributes "
                       "(they are the source's, restored at build)", tag)
    if tag in used:
        return Problem("placeholder-duplicate", f"tag <{tag}> is used twice", tag)
    _, owner, empty = placeholder
    if owner != parent and parent != _UNKNOWN:
        where = f"inside <{owner}>" if owner else "at the top"
        return Problem("placeholder-nesting", f"tag <{tag}> belongs {where}", tag)
    if empty and (len(child) or (child.text and child.text.strip())):
        return Problem("placeholder-content", f"tag <{tag}/> must be empty", tag)
    return None

"""The document model at the centre: an immutable, parsed release.

Readers build it, writers serialise it, every command is a function of it. Equality
covers the content; source line numbers are kept for messages and `#:` references but
are left out of equality, so a release read back from its own output equals itself.

Whitespace rule: inside a segment, every run of XML white space (space, tab, CR, LF)
is one space, and a segment's text starts and ends with no white space. Non-breaking
and other Unicode spaces are content and kept as they are. The reader applies the rule,
so the model only ever holds normalised text.

Every class is a frozen dataclass with slots: every command reads every release, ~55
objects each, and slots make them quicker to build and smaller to hold. (Python 3.11's
frozen slotted dataclasses raise TypeError, not FrozenInstanceError, when a name that is
not a field is assigned, CPython gh-90055; assigning a field raises as it should.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields
from typing import overload

Attrs = tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True, init=False)
class Span:
    """An inline or typed element inside a segment (``em``, ``person``, ``date``...).

    Attribute names are Clark names for namespaced attributes (ITS), plain otherwise,
    sorted so that equality does not depend on the order they were written in.
    """

    name: str
    attrs: Attrs = ()
    content: tuple[Inline, ...] = ()
    line: int = field(default=0, compare=False)

    def __init__(self, name: str, attrs: Attrs = (), content: tuple[Inline, ...] = (),
                 line: int = 0) -> None:
        # The generated __init__ of a frozen class sets each field with
        # object.__setattr__; the slots' own setters cost 40% less, and spans and
        # segments are most of the ~55 objects of every release read.
        set_name, set_attrs, set_content, set_line = _SPAN_SLOTS
        set_name(self, name)
        set_attrs(self, attrs)
        set_content(self, content)
        set_line(self, line)

    @overload
    def get(self, name: str, default: None = None) -> str | None: ...
    @overload
    def get(self, name: str, default: str) -> str: ...  # span.get("value", "") is a str

    def get(self, name: str, default: str | None = None) -> str | None:
        for key, value in self.attrs:
            if key == name:
                return value
        return default

    @property
    def text(self) -> str:
        return plain_text(self.content)


Inline = str | Span


@dataclass(frozen=True, slots=True, init=False)
class Segment:
    """A block whose content is one translatable unit: title, caption, paragraph, item."""

    name: str
    content: tuple[Inline, ...] = ()
    attrs: Attrs = ()
    line: int = field(default=0, compare=False)

    def __init__(self, name: str, content: tuple[Inline, ...] = (), attrs: Attrs = (),
                 line: int = 0) -> None:
        set_name, set_content, set_attrs, set_line = _SEGMENT_SLOTS  # as in Span
        set_name(self, name)
        set_content(self, content)
        set_attrs(self, attrs)
        set_line(self, line)

    def get(self, name: str, default: str | None = None) -> str | None:
        for key, value in self.attrs:
            if key == name:
                return value
        return default

    @property
    def text(self) -> str:
        return plain_text(self.content)


def _slot_setters(cls: type) -> tuple[Callable[[object, object], None], ...]:
    """The setters of a slotted dataclass's fields, in field order (their descriptors
    exist only once the class is made: `slots=True` makes a new class)."""
    return tuple(getattr(cls, f.name).__set__ for f in fields(cls))


_SPAN_SLOTS = _slot_setters(Span)
_SEGMENT_SLOTS = _slot_setters(Segment)


@dataclass(frozen=True, slots=True, init=False)
class ListBlock:
    """An ordered or unordered list of items."""

    items: tuple[Segment, ...]
    ordered: bool = False
    attrs: Attrs = ()
    line: int = field(default=0, compare=False)

    def __init__(self, items: tuple[Segment, ...], ordered: bool = False, attrs: Attrs = (),
                 line: int = 0) -> None:
        set_items, set_ordered, set_attrs, set_line = _LIST_SLOTS  # as in Span
        set_items(self, items)
        set_ordered(self, ordered)
        set_attrs(self, attrs)
        set_line(self, line)


_LIST_SLOTS = _slot_setters(ListBlock)


Block = Segment | ListBlock


@dataclass(frozen=True, slots=True, init=False)
class Figure:
    """A photo: where it is, what it shows (alternative text) and its caption."""

    src: str | None = None
    alt: Segment | None = None
    caption: Segment | None = None
    attrs: Attrs = ()
    line: int = field(default=0, compare=False)

    def __init__(self, src: str | None = None, alt: Segment | None = None,
                 caption: Segment | None = None, attrs: Attrs = (), line: int = 0) -> None:
        set_src, set_alt, set_caption, set_attrs, set_line = _FIGURE_SLOTS  # as in Span
        set_src(self, src)
        set_alt(self, alt)
        set_caption(self, caption)
        set_attrs(self, attrs)
        set_line(self, line)


_FIGURE_SLOTS = _slot_setters(Figure)


@dataclass(frozen=True, slots=True)
class Embargo:
    """Not to be published before this instant (ISO 8601 with offset) in this zone."""

    value: str
    zone: str
    line: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True, init=False)
class Meta:
    publisher: Segment
    published: Span  # a typed `date`
    series: Segment | None = None
    place: Segment | None = None
    embargo: Embargo | None = None

    def __init__(self, publisher: Segment, published: Span, series: Segment | None = None,
                 place: Segment | None = None, embargo: Embargo | None = None) -> None:
        set_publisher, set_published, set_series, set_place, set_embargo = _META_SLOTS
        set_publisher(self, publisher)  # as in Span
        set_published(self, published)
        set_series(self, series)
        set_place(self, place)
        set_embargo(self, embargo)


_META_SLOTS = _slot_setters(Meta)


@dataclass(frozen=True, slots=True, init=False)
class Release:
    id: str
    lang: str
    meta: Meta
    title: Segment
    body: tuple[Block, ...]
    subtitle: Segment | None = None
    figures: tuple[Figure, ...] = ()
    attrs: Attrs = ()  # ITS attributes of the root, kept for the round trip

    def __init__(self, id: str, lang: str, meta: Meta, title: Segment,
                 body: tuple[Block, ...], subtitle: Segment | None = None,
                 figures: tuple[Figure, ...] = (), attrs: Attrs = ()) -> None:
        (set_id, set_lang, set_meta, set_title, set_body, set_subtitle, set_figures,
         set_attrs) = _RELEASE_SLOTS  # as in Span
        set_id(self, id)
        set_lang(self, lang)
        set_meta(self, meta)
        set_title(self, title)
        set_body(self, body)
        set_subtitle(self, subtitle)
        set_figures(self, figures)
        set_attrs(self, attrs)

    def segments(self) -> Iterator[Segment]:
        """Every translatable segment, in document order."""
        yield from _present(self.meta.publisher, self.meta.series, self.meta.place)
        yield self.title
        yield from _present(self.subtitle)
        for figure in self.figures:
            yield from _present(figure.alt, figure.caption)
        for block in self.body:
            if isinstance(block, ListBlock):
                yield from block.items
            else:
                yield block


_RELEASE_SLOTS = _slot_setters(Release)


def _present(*segments: Segment | None) -> Iterator[Segment]:
    return (s for s in segments if s is not None)


def plain_text(content: tuple[Inline, ...]) -> str:
    return "".join(part if isinstance(part, str) else part.text for part in content)


# Unicode's explicit embeddings, overrides, isolates and their closers, which a text
# must pair (`placeholders.direction_fault`).
_DIRECTION_CONTROLS = tuple("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def has_direction_controls(text: str) -> bool:
    """Whether `text` holds an explicit directional control. (isascii is a flag of the
    string, and `in` a scan in C, where a pattern's would be in sre: normalize and
    validate ask it of every text of every release.)"""
    return not text.isascii() and any(control in text for control in _DIRECTION_CONTROLS)


_NO_DIRECTION_CONTROLS = dict.fromkeys(map(ord, _DIRECTION_CONTROLS))


def without_direction_controls(text: str) -> str:
    """`text` with its explicit directional controls removed."""
    return text.translate(_NO_DIRECTION_CONTROLS)


def iter_spans(content: tuple[Inline, ...]) -> Iterator[Span]:
    """Every span in the content, depth first, in document order."""
    for part in content:
        if isinstance(part, Span):
            yield part
            yield from iter_spans(part.content)

"""What the build writes for each typed value, shown in the catalog of its locale.

The legend of a template (`toolkit.extract`) shows a typed value's source text,
``<money1/>: 450 million dollars (money)``; the build writes the catalog's locale's own
form, "450 mln USD" in Polish. A translator choosing the case and agreement around the
value (Polish, Russian, Arabic...) needs the latter, so `update` writes one more ``#.``
line per typed value after its legend line::

    #. <money1/>: 450 million dollars (money)
    #. <money1/> in pl: 450 mln USD

A message standing for several segments whose values differ (the legend's ``; also``)
shows each value's text once, in order of first occurrence, as its legend line does:
``<number/> in ru: 3; also 5`` (the words around the value must fit each).

The text is the build's own: the formatter the build makes for the locale, its settings
and engine (`toolkit.formatting.get_formatter`, cached per locale and process), asked
with the typed span of the release itself (`Formatter.format`, what
`toolkit.translate.format_values` writes). A span the build keeps as written
(``its:translate="no"``) and a value it cannot format (the build reports it) have no
line. The lines are written in catalogs only, never in templates, and not for the
source locale (whose build keeps the source text); each update makes them anew from the
release, so a catalog from which a tool dropped them (msgmerge takes extracted comments
from the template only) has them back on its next update.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from toolkit.catalog import Catalog, Entry
from toolkit.config import LocaleSettings
from toolkit.legend import ALSO
from toolkit.model import Segment, Span
from toolkit.placeholders import message_parts
from toolkit.vocabulary import ITS_TRANSLATE, NS, SEGMENT_ROLES, TYPED

if TYPE_CHECKING:
    from pathlib import Path

    from lxml import etree

    from toolkit.translate import ValueFormatter

# msgid -> (tag, the texts the build writes for it, each once), for each typed value.
Previews = dict[str, tuple[tuple[str, tuple[str, ...]], ...]]


def preview_line(tag: str, locale: str, texts: Sequence[str]) -> str:
    """``<money1/> in pl: 450 mln USD`` (``; also`` before the texts of the other
    segments the message stands for)."""
    return f"<{tag}/> in {locale}: {ALSO.join(texts)}"


def release_previews(data: bytes, path: str | Path, formatter: ValueFormatter) -> Previews:
    """The texts `formatter` gives the typed values of each message of the release
    `data` (read from `path`). Raises InputError when it cannot be read."""
    found: dict[str, list[tuple[str, dict[str, None]]]] = {}
    for segment in typed_segments(data, path):
        msgid, shape, spans = message_parts(segment)
        values = [(tag, span) for (tag, _, empty), span in zip(shape, spans, strict=True)
                  if empty and span.name in TYPED
                  and not (span.attrs and span.get(ITS_TRANSLATE) == "no")]
        if not msgid or not values:
            continue
        texts = [(tag, _text(span, formatter)) for tag, span in values]
        known = found.get(msgid)
        if known is None:
            found[msgid] = [(tag, {} if text is None else {text: None})
                            for tag, text in texts]
            continue
        # The same msgid has the same tags in the same order.
        for (_, seen), (_, text) in zip(known, texts, strict=True):
            if text is not None:
                seen[text] = None
    return {msgid: tuple((tag, tuple(seen)) for tag, seen in values if seen)
            for msgid, values in found.items()}


# What holds segments: a segment is a child of one of these (a ``published`` date or an
# embargo is none: the legend has no line for them).
_HOLDERS = frozenset(f"{{{NS}}}{name}" for name in ("release", "meta", "figure", "body",
                                                    "list"))
_SEGMENTS = frozenset(f"{{{NS}}}{name}" for name in SEGMENT_ROLES)
_CONTAINERS = frozenset(f"{{{NS}}}{name}" for name in ("figure", "list"))
_TYPED_TAGS = tuple(f"{{{NS}}}{name}" for name in sorted(TYPED))


def typed_segments(data: bytes, path: str | Path) -> list[Segment]:
    """The translatable segments of a release that hold a typed value, in document
    order (a valid release's `translatable_segments` order), read as `read_release`
    reads them, without the rest of the model: most of a release is text without
    values, and its model cost more than the rest of a catalog's update.

    Translatable as `toolkit.translatable` says: ITS translate on the segment, else on
    its figure or list, else on the release. The schema is not asked: a release it
    refuses has no page, and the build says why.
    """
    from toolkit.release_xml import read_segment
    from toolkit.xmlsafe import parse_xml

    root = parse_xml(data, path).getroot()
    holders: dict[etree._Element, None] = {}
    for value in root.iter(*_TYPED_TAGS):
        element, parent = value, value.getparent()
        while parent is not None and parent.tag not in _HOLDERS:
            element, parent = parent, parent.getparent()
        if parent is not None and element.tag in _SEGMENTS:
            holders[element] = None
    if not holders:
        return []
    release_no = root.get(ITS_TRANSLATE) == "no"
    found: list[Segment] = []
    for element in holders:
        said = element.get(ITS_TRANSLATE)
        if said is None:
            parent = element.getparent()
            if parent is not None and parent.tag in _CONTAINERS:
                said = parent.get(ITS_TRANSLATE)
        if said == "no" if said is not None else release_no:
            continue
        found.append(read_segment(element, path))
    return found


def _text(span: Span, formatter: ValueFormatter) -> str | None:
    try:
        return formatter.format(span)
    except (ValueError, LookupError):  # (an InvalidValue is a ValueError)
        return None  # the build reports it (and writes no page for the pair)


def with_previews(catalog: Catalog, previews: Previews, locale: str) -> Catalog:
    """`catalog` with each live entry's preview lines after the legend lines they belong
    to (the same catalog when no entry has any)."""
    if not previews:
        return catalog
    entries = list(catalog.entries)
    changed = False
    get = previews.get
    for index, entry in enumerate(entries):
        values = get(entry.msgid)
        if values is None or entry.obsolete:
            continue
        comments = list(entry.extracted_comments)
        for tag, texts in reversed(values):  # (each inserted before the later ones)
            legend = f"<{tag}/>: "
            for at, comment in enumerate(comments):
                if comment.startswith(legend):
                    comments.insert(at + 1, f"<{tag}/> in {locale}: {ALSO.join(texts)}")
                    break
            # (a template without the tag's legend line gets no line for it either)
        if len(comments) != len(entry.extracted_comments):
            # (The constructor: `dataclasses.replace` costs twice as much, per entry.)
            entries[index] = Entry(
                entry.msgid, entry.msgstr, entry.msgctxt, entry.msgid_plural,
                entry.msgstr_plural, entry.flags, entry.translator_comments,
                tuple(comments), entry.references, entry.previous_msgctxt,
                entry.previous_msgid, entry.previous_msgid_plural, entry.obsolete,
                entry.line)
            changed = True
    return replace(catalog, entries=tuple(entries)) if changed else catalog


class _Memo:
    """A formatter's texts remembered by the span's name and attributes (all a typed
    value's text depends on): releases repeat their dates and amounts, and an ICU or
    Babel call costs far more than a lookup. Kept per locale and process, as the build
    keeps its own."""

    LIMIT = 50_000  # entries; then start over, so memory stays flat on any corpus

    def __init__(self, formatter: ValueFormatter) -> None:
        self.formatter = formatter
        self.known: dict[tuple[str, tuple[tuple[str, str], ...]], str] = {}

    def format(self, span: Span) -> str:
        key = (span.name, span.attrs)
        text = self.known.get(key)
        if text is None:
            if len(self.known) >= self.LIMIT:
                self.known.clear()
            text = self.known[key] = self.formatter.format(span)
        return text


_MEMOS: dict[tuple[str, LocaleSettings, str], _Memo] = {}


def preview_formatter(locale: str, settings: LocaleSettings, engine: str) -> ValueFormatter:
    """The build's formatter of `locale` (`get_formatter`: the same engine and house
    style), its texts remembered. Raises what `get_formatter` raises (a locale or a
    calendar the engine cannot write: the build refuses it too)."""
    memo = _MEMOS.get((locale, settings, engine))
    if memo is None:
        from toolkit.formatting import get_formatter

        memo = _MEMOS[(locale, settings, engine)] = _Memo(
            get_formatter(locale, settings, engine))
    return memo

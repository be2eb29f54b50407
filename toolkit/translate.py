"""Translation of one release into one locale: a pure function of release, catalog, formatter.

For each segment, its gettext message (the placeholder protocol) is looked up in the
catalog. A translated, non-fuzzy entry is parsed back into content with
`parse_translation`; a translation whose tags do not match the source is rejected and the
source text used instead, reported at the PO line and column where validate reports
the same fault. Untranslated and fuzzy entries fall back to the source text and are
counted, reported at their msgid's line. Typed values (dates, times,
durations, numbers, money) are then re-formatted for the locale, except in the source
locale, which keeps its source text exactly: building the source locale gives back the
source release byte for byte.

A segment that falls back is in the source language on a page of another: it is the
source as written, its typed values included, and carries the source's ``xml:lang``, so
that both writers can say where the language changes (WCAG 2.1 SC 3.1.2, Language of
Parts). The attribute is set here, from the release and the locale, never from a
translation: the placeholder protocol refuses attributes in a msgstr. A page whose
language is the source's narrowed by region (an ``en`` source on an ``en-GB`` page) has
no change of language to say: there a fallback is not marked (`within_language`).

Counting is per distinct message, as a translator sees the catalog: identical segments
share one entry and count once. Segments and spans under ``its:translate="no"`` are not
messages and keep their source content.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import chain
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from toolkit.issues import Issue, error, warning
from toolkit.language_tags import within_language
from toolkit.model import Attrs, Inline, Meta, Release, Segment, Span
from toolkit.placeholders import MessageParts, PlaceholderError, message_parts, parse_parts
from toolkit.release_xml import canonical_attrs

if TYPE_CHECKING:
    from toolkit.qa.catalog_checks import Places

# Which segments are messages is `toolkit.translatable`'s (extract imports it without the
# translator); imported here under their names, as the build maps its translator over
# them and other modules ask this one for `translatable_segments`.
from toolkit.translatable import map_segments as map_segments
from toolkit.translatable import translatable_segments as translatable_segments
from toolkit.vocabulary import ITS_TRANSLATE, TYPED, XML_LANG


class ValueFormatter(Protocol):
    """What translation needs of a formatter: the locale's text for one typed value."""

    def format(self, span: Span) -> str: ...


class Entry(Protocol):
    # Read-only: a catalog's entries are frozen (`toolkit.catalog.Entry`).
    @property
    def msgstr(self) -> str: ...
    @property
    def fuzzy(self) -> bool: ...
    @property
    def translated(self) -> bool: ...
    @property
    def line(self) -> int: ...


class Catalog(Protocol):
    def lookup(self, msgid: str) -> Entry | None: ...


@dataclass(frozen=True, slots=True)
class Count:
    segments: int = 0
    words: int = 0

    def __add__(self, other: Count) -> Count:
        return Count(self.segments + other.segments, self.words + other.words)


@dataclass(frozen=True, slots=True)
class Coverage:
    """Distinct messages of a release in a locale, by what the catalog gave for them."""

    translated: Count = Count()
    fuzzy: Count = Count()
    untranslated: Count = Count()
    rejected: Count = Count()  # translated, but the markup did not match: source used

    @property
    def total(self) -> Count:
        return self.translated + self.fuzzy + self.untranslated + self.rejected

    @property
    def percent(self) -> float:
        """Share of messages whose translation reaches the output; 100 for none."""
        total = self.total.segments
        return 100.0 if total == 0 else 100.0 * self.translated.segments / total

    def shown(self, digits: int = 0) -> str:
        """`percent` as text, rounded down (`shown_percent`)."""
        return shown_percent(self.translated.segments, self.total.segments, digits)

    def floored(self, digits: int = 2) -> float:
        """`percent` as JSON gives it, rounded down (`floored_percent`)."""
        return floored_percent(self.translated.segments, self.total.segments, digits)

    @property
    def fallbacks(self) -> int:
        return self.fuzzy.segments + self.untranslated.segments + self.rejected.segments

    def as_dict(self) -> dict[str, dict[str, int]]:
        return {name: {"segments": c.segments, "words": c.words}
                for name, c in (("translated", self.translated), ("fuzzy", self.fuzzy),
                                ("untranslated", self.untranslated),
                                ("rejected", self.rejected))}


@dataclass(frozen=True)
class Translation:
    """A localised release and what it took to make it."""

    release: Release
    coverage: Coverage
    issues: tuple[Issue, ...] = field(default=())


_name = attrgetter("name")
# Japanese and Chinese put no space between words: each Han or kana character counts as
# a word, as translation tools count them (a run of \w was a whole sentence: a release of
# 250 characters counted 36 words).
_CJK = "\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
# Text without a character from U+3005 up (most msgids that are not plain ASCII: "é",
# "ü") has no Han or kana: its words are its runs of \w.
_FIRST_CJK = "\u3005"
_RUN = re.compile(r"\w+")


@cache
def _mark_blocks() -> re.Pattern[str]:
    """The blocks below U+3005 (`count_words`' case) that hold combining marks: U+0300
    up to the general punctuation, the marks for symbols, Glagolitic to Ethiopic's
    extensions (U+3000 to U+3004 hold none). Text without one (Latin letters with dashes
    and curly quotes, "–", "’") has none: its words are its runs of \\w. Compiled when
    first needed (~1 ms: a class of wide ranges is costly to compile); asking each
    character in Python cost 10M instructions in a 200-release build."""
    return re.compile("[\u0300-\u1fff\u20d0-\u20ff\u2c00-\u2dff]")


@cache
def _marks() -> str:
    """A character class's ranges of the combining marks (Unicode categories Mn, Mc, Me),
    which `\\w` does not match: a Thai, Burmese, Khmer or Indic vowel sign, a decomposed
    accent, inside a word, which split it in two or more. Not the kana's voicing marks
    nor the ideographic tone marks: Han and kana count a character a word."""
    ranges: list[str] = []
    start = previous = -2
    # (Marks are in the first two planes and among the variation selectors: scanning
    # these only takes ~17 ms, once, where all of Unicode took ~270 ms.)
    for code in chain(range(0x300, 0x20000), range(0xE0100, 0xE01F0)):
        if 0x3000 <= code <= 0x30FF or not unicodedata.category(chr(code)).startswith("M"):
            continue
        if code != previous + 1:
            if start >= 0:
                ranges.append(f"{chr(start)}-{chr(previous)}")
            start = code
        previous = code
    ranges.append(f"{chr(start)}-{chr(previous)}")
    return "".join(ranges)


@cache
def _marked_runs() -> re.Pattern[str]:
    """Words as `count_words` counts them in text without Han or kana that may hold
    combining marks: runs of \\w and marks."""
    return re.compile(rf"(?:\w|[{_marks()}])+")


@cache
def _words() -> re.Pattern[str]:
    """Words as `count_words` counts them in text that may hold Han or kana ("・" is no
    word). Compiled when first needed: its classes of Unicode ranges cost the regular
    expression compiler ~27M instructions (~10 ms), which every command that imports
    this module paid at start-up, though a project in a Latin script never needs it."""
    return re.compile(rf"(?=\w)[{_CJK}]|(?:[^\W{_CJK}]|[{_marks()}])+")


_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*/?>")


# ASCII text as one byte a character: b"w" for a character `_words` matches, a space for
# any other. Its words are then its runs of b"w", counted where each starts, by C loops
# over bytes: `_words().findall` made a string of every word and cost ~100 instructions a
# character, and the msgids of each release are new: each was counted by it once.
_WORD_MARKS = bytes(0x77 if (c < 128 and (chr(c).isalnum() or c == 0x5F)) else 0x20
                    for c in range(256))


def shown_percent(part: int, whole: int, digits: int = 0) -> str:
    """`part` of `whole` as a percentage with `digits` decimals, rounded down (100% for
    nothing to translate), in integers so that no float error moves a digit.

    Rounded down, a figure shown never claims more than is translated: rounded to the
    nearest, 8 of 9 read "89% translated, below min-coverage 88.9%" (88.89 < 88.9) and
    199 of 200 "100% translated (1 untranslated)".
    """
    scale = 10 ** digits
    units, fraction = divmod(_percent_units(part, whole, scale), scale)
    return f"{units}.{fraction:0{digits}d}%" if digits else f"{units}%"


def floored_percent(part: int, whole: int, digits: int = 2) -> float:
    """`part` of `whole` as a percentage, a number with `digits` decimals rounded down as
    `shown_percent` rounds, for JSON: rounded to the nearest, 24,999 of 25,000 was 100.0,
    and a CI script gating on ``percent == 100`` passed an incomplete catalog."""
    scale = 10 ** digits
    return _percent_units(part, whole, scale) / scale


def _percent_units(part: int, whole: int, scale: int) -> int:
    """The percentage in units of 1/`scale`, rounded down (100% for nothing to translate)."""
    return 100 * scale if whole == 0 else part * 100 * scale // whole


@lru_cache(maxsize=4096)
def count_words(msgid: str) -> int:
    """Words a translator has to translate: the msgid's text without its placeholder tags.

    A Han or kana character is a word of its own. Entity escapes of the protocol
    (``&amp;``, ``&lt;``) are not words either.
    """
    text = _TAG.sub(" ", msgid) if "<" in msgid else msgid
    if "&" in text:
        text = text.replace("&amp;", "&").replace("&lt;", "<")
    if text.isascii():
        marks = text.encode().translate(_WORD_MARKS)
        return marks.count(b" w") + marks.startswith(b"w")
    if max(text) < _FIRST_CJK:
        return len((_marked_runs() if _mark_blocks().search(text) else _RUN).findall(text))
    return len(_words().findall(text))


Messages = dict[int, MessageParts]  # a release's segment messages, by segment identity


class _Translator:
    def __init__(self, catalog: Catalog | None, formatter: ValueFormatter | None,
                 catalog_path: str, release_path: str, fallback_all: bool,
                 messages: dict[int, MessageParts],
                 languages: tuple[str | None, str] | None) -> None:
        self.catalog = catalog
        self.messages = messages  # segment id -> message
        self.formatter = formatter
        self.catalog_path = catalog_path
        self.release_path = release_path
        self.fallback_all = fallback_all
        # (source language, locale) when they differ: a fallback is then marked as a
        # passage in the source language, unless that is None (the locale's language is
        # the source's, narrowed by region: `within_language`). None in the source
        # locale, which keeps its source byte for byte.
        self.languages = languages
        self.seen: dict[str, str] = {}  # msgid -> outcome, so each message counts once
        self.counts: dict[str, list[int]] = {}  # outcome -> [segments, words]
        self.issues: list[Issue] = []
        self.places: Places | None = None  # the catalog's, read for a rejection (`place`)

    def count(self, msgid: str, outcome: str) -> None:
        if msgid in self.seen:
            return
        self.seen[msgid] = outcome
        tally = self.counts.get(outcome)
        if tally is None:
            tally = self.counts[outcome] = [0, 0]
        tally[0] += 1
        tally[1] += count_words(msgid)

    def segment(self, segment: Segment, hidden: bool) -> Segment:
        if hidden:
            return segment
        message = self.messages.get(id(segment))
        if message is None:
            message = self.messages[id(segment)] = message_parts(segment)
        content, fell_back = self.content(segment, message)
        attrs, passage = segment.attrs, False
        if self.languages is not None:
            if fell_back:
                # (Typed values alone are not a passage: they are formatted as usual.)
                passage = count_words(message.msgid) > 0
                # A language the source gave the segment itself stays its language.
                mark = self.languages[0]
                if passage and mark is not None and segment.get(XML_LANG) is None:
                    attrs = with_lang(segment.name, attrs, mark)
            elif attrs and segment.get(XML_LANG) is not None:
                attrs = with_lang(segment.name, attrs, None)  # translated: the locale's
        # A passage that fell back is the source as written, its values included: a value
        # formatted for the locale would break its grammar ("来年Marchに", "第30回" as
        # "30", a Russian month out of its case) and mix two languages in one sentence.
        if (self.formatter is not None and not passage
                and not TYPED.isdisjoint(map(_name, message.spans))):
            # Typed values are always placeholders (empty tags), in the translation as in
            # the source: a message without one has nothing to format.
            content = format_values(content, self.formatter)
        if content == segment.content and attrs is segment.attrs:
            return segment
        return Segment(segment.name, content, attrs, segment.line)

    def content(self, segment: Segment,
                message: MessageParts) -> tuple[tuple[Inline, ...], bool]:
        """The segment's content in the locale, and whether it fell back to the source."""
        msgid = message.msgid
        if not msgid:
            return segment.content, False  # nothing to translate ("" is the PO header)
        entry = self.catalog.lookup(msgid) if self.catalog is not None else None
        if entry is None or not entry.translated:  # (a fuzzy entry is not translated)
            if self.catalog is None and not self.fallback_all:
                # The source locale without a catalog: the source is its own translation.
                self.count(msgid, "translated")
                return segment.content, False
            fuzzy = entry is not None and entry.fuzzy and entry.msgstr
            self.fallback(segment, msgid, entry, "fuzzy" if fuzzy else "untranslated")
            return segment.content, True
        if not entry.msgstr:
            # Translated, yet no msgstr: a plural entry (msgid_plural, msgstr[n]) that a
            # PO editor or platform left; a segment has one form, and "" is no text.
            if msgid not in self.seen:
                from toolkit.qa.codes import AT_MSGID  # (rare: imported only then)

                # At its msgid's quote, as validate's catalog-stale for a plural entry.
                line, column = self.place(entry, *AT_MSGID)
                self.issues.append(error(self.catalog_path, line, "catalog-stale",
                                         "translation rejected, source text used: a plural "
                                         "entry (msgid_plural, msgstr[n]), where the "
                                         "template has one form: run `communique update`",
                                         column))
            self.count(msgid, "rejected")
            return segment.content, True
        try:
            content = parse_parts(entry.msgstr, message)
        except PlaceholderError as exc:
            if msgid not in self.seen:
                line, column = self.place(entry, -1, _fault_offset(exc, entry.msgstr))
                self.issues.append(error(self.catalog_path, line, exc.code,
                                         f"translation rejected, source text used: {exc.message}",
                                         column))
            self.count(msgid, "rejected")
            return segment.content, True
        self.count(msgid, "translated")
        return content, False

    def place(self, entry: Entry, form: int, offset: int) -> tuple[int, int]:
        """The catalog's line and column of `offset` in the entry's msgstr (`form` -1) or
        msgid (`MSGID`), where validate places a finding there (`msgstr_position`): the
        msgid's line alone when the file does not show the entry read.

        A catalog as the build reads it keeps no positions (`parse_translations` counts
        a msgid's line only when asked): the file is read again for a rejection, which
        is rare, once a release and locale, never for a segment that is built."""
        # Imported here: a build without a rejection never loads validate's machinery.
        from toolkit.qa.catalog_checks import Places, po_lines

        if self.places is None:
            self.places = Places(po_lines(Path(self.catalog_path)) if self.catalog_path
                                 else [])
        return self.places.position(entry.line, form, offset) or (entry.line, 0)

    def fallback(self, segment: Segment, msgid: str, entry: Entry | None, outcome: str) -> None:
        if msgid not in self.seen:
            if entry is None:
                where, line = self.release_path, segment.line
            else:
                where, line = self.catalog_path, entry.line
            what = "fuzzy" if outcome == "fuzzy" else "not translated"
            self.issues.append(warning(where, line, outcome,
                                       f"{segment.name} {what}, source text used"))
        self.count(msgid, outcome)

    def coverage(self) -> Coverage:
        return Coverage(**{k: Count(*v) for k, v in self.counts.items()})


def _fault_offset(exc: PlaceholderError, msgstr: str) -> int:
    """Where in `msgstr` validate places the finding of the build's rejection (its first
    problem): the tag it names, the control character, else -1 (the msgstr's quote)."""
    # Imported here: only a rejected translation needs the checks' machinery.
    from toolkit.qa.codes import Finding
    from toolkit.qa.translation_checks import msgstr_offsets

    return msgstr_offsets([Finding(exc.code, exc.message)], msgstr)[0]


def translate_release(
    release: Release,
    catalog: Catalog | None,
    locale: str,
    *,
    formatter: ValueFormatter | None,
    catalog_path: str | Path = "",
    release_path: str | Path = "",
    source_locale: bool = False,
    messages: Messages | None = None,
) -> Translation:
    """The release in `locale`: translated segments, typed values formatted, `xml:lang` set.

    `formatter` None keeps every typed value's source text (what the source locale
    needs). `source_locale` True treats a missing catalog as the identity translation
    instead of counting every message as untranslated. A caller translating one release
    into several locales passes the same, initially empty, `messages` to each call (and
    keeps the release alive meanwhile): each segment's message is then made once.
    """
    # The source locale without a catalog is the release's own text, so in its language
    # even when that is not the source locale's (a release written in French): said so.
    own = source_locale and catalog is None and not same_language(release.lang, locale)
    languages = (None if own or same_language(release.lang, locale)
                 else (None if within_language(locale, release.lang) else release.lang, locale))
    translator = _Translator(catalog, formatter, str(catalog_path), str(release_path),
                             fallback_all=not source_locale,
                             messages={} if messages is None else messages,
                             languages=languages)
    localised = map_segments(release, translator.segment)
    meta = localised.meta
    if formatter is not None:
        meta = Meta(publisher=meta.publisher, published=_format_span(meta.published, formatter),
                    series=meta.series, place=meta.place, embargo=meta.embargo)
    localised = Release(id=localised.id, lang=release.lang if own else locale, meta=meta,
                        title=localised.title, body=localised.body, subtitle=localised.subtitle,
                        figures=localised.figures, attrs=localised.attrs)
    return Translation(localised, translator.coverage(), tuple(translator.issues))


def same_language(a: str, b: str) -> bool:
    """Whether two language tags are the same (BCP 47 tags are case-insensitive; ``_``
    is the POSIX spelling of ``-``)."""
    return a.replace("_", "-").lower() == b.replace("_", "-").lower()


def with_lang(name: str, attrs: Attrs, lang: str | None) -> Attrs:
    """`attrs` with ``xml:lang`` set to `lang` (removed for None), in canonical order."""
    kept = [(key, value) for key, value in attrs if key != XML_LANG]
    if lang is not None:
        kept.append((XML_LANG, lang))
    return canonical_attrs(name, kept)


def format_values(content: tuple[Inline, ...],
                  formatter: ValueFormatter) -> tuple[Inline, ...]:
    """Every typed value's text replaced by the locale's form; untranslatable spans kept.

    Content without a typed value is given back as it is (the same tuple), so most
    segments cost one pass and no copy.

    A value whose form ends in an abbreviation's period ("2 ноября 2025 г.") followed by
    the sentence's period ("<date/>.") takes the place of it, as the locale's typography
    writes it ("г.", never "г.."); an ellipsis after it is kept as written.
    """
    out: list[Inline] | None = None
    dotted = False  # the previous part is a value formatted with a final period
    for i, part in enumerate(content):
        new: Inline
        # (Most spans have no attribute: no walk of them for ITS translate then.)
        if isinstance(part, str):
            new = part
            if dotted and part.startswith(".") and not part.startswith(".."):
                new = part[1:]
        elif part.attrs and part.get(ITS_TRANSLATE) == "no":
            new = part
        elif part.name in TYPED:
            formatted = _format_span(part, formatter)
            new, dotted = formatted, _value_text(formatted).endswith(".")
        else:
            inner = format_values(part.content, formatter)
            new = part if inner is part.content else Span(part.name, part.attrs, inner,
                                                          part.line)
        if not (isinstance(part, Span) and part.name in TYPED):
            dotted = False
        if new is not part and out is None:
            out = list(content[:i])
        if out is not None and new != "":
            out.append(new)
    return content if out is None else tuple(out)


def _value_text(span: Span) -> str:
    """A formatted value's text (`_format_span` gives it one string)."""
    [text] = span.content
    return text if isinstance(text, str) else ""


def _format_span(span: Span, formatter: ValueFormatter) -> Span:
    attrs = span.attrs
    # A value formatted for the locale is in the locale's language: any language the
    # source gave it is no longer its own.
    if attrs and span.get(XML_LANG) is not None:
        attrs = with_lang(span.name, attrs, None)
    return Span(span.name, attrs, (formatter.format(span),), span.line)

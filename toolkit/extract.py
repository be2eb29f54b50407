"""Extraction: a release becomes its gettext template (POT), a pure function.

One entry per distinct segment msgid (`toolkit.placeholders.segment_message`, the same
protocol the build uses), in document order of first occurrence. Identical segments
share one entry and all their references (``releases/<id>.xml:LINE``). Each entry's
``#.`` comments tell the translator what the text is (the element's role), every ITS
localisation note that applies (on the element, on a container, or on an inline span),
and what each empty placeholder stands for, e.g. ``<date/>: December 24 (date)``. When
the segments an entry stands for differ there ("<number/> countries" said of 3 and of
5), the line lists the others' too, in order of first occurrence: ``<number/>: 3
(number); also 5`` (see `toolkit.legend`), so the translator sees every value the one
translation must fit.
Segments under ``its:translate="no"`` (on themselves or a container) are not extracted;
the choice is the build's own (`toolkit.translatable.translatable_segments`), so the two
never disagree. The template has no msgctxt; its domain is the release id.

Whitespace: the reader has already applied the model's rule (every run of XML white
space is one space; none at the start or end of a segment), so a msgid never holds a
newline or a double space, and the same source always gives the same msgid.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import PurePath

from toolkit.catalog import Catalog, Entry, Reference
from toolkit.legend import legend_line
from toolkit.model import Attrs, ListBlock, Release, Segment, Span
from toolkit.placeholders import message_parts
from toolkit.translatable import translatable_segments
from toolkit.vocabulary import ITS_LOCNOTE, ITS_LOCNOTE_TYPE, ITS_TERM, SEGMENT_ROLES, TYPED

# xgettext's header: the fields a catalog's translator fills in keep the placeholder
# values PO tools know (`msgfmt -c` notes them as warnings; a template is no catalog).
TEMPLATE_HEADER: tuple[tuple[str, str], ...] = (
    ("Project-Id-Version", ""),  # the release id
    ("Report-Msgid-Bugs-To", ""),
    ("POT-Creation-Date", ""),  # set when written (SOURCE_DATE_EPOCH or the clock)
    ("PO-Revision-Date", "YEAR-MO-DA HO:MI+ZONE"),
    ("Last-Translator", "FULL NAME <EMAIL@ADDRESS>"),
    ("Language-Team", "LANGUAGE <LL@li.org>"),
    ("Language", ""),
    ("MIME-Version", "1.0"),
    ("Content-Type", "text/plain; charset=UTF-8"),
    ("Content-Transfer-Encoding", "8bit"),
    ("X-Source-Language", ""),
)


def extract_template(release: Release, release_path: str | PurePath,
                     source_locale: str, bugs_address: str = "") -> Catalog:
    """The template of a release. `release_path` is written in references as given:
    pass it relative to the project root (``releases/<id>.xml``), with ``/``;
    `bugs_address`: where translators report a problem with a source text (config
    ``msgid-bugs-address``)."""
    entries = tuple(Entry(msgid, "", None, None, (), (), (), comments, references, line=line)
                    for msgid, comments, references, line
                    in template_messages(release, PurePath(release_path).as_posix()))
    return Catalog(header_fields=template_header(release, source_locale, bugs_address),
                   entries=entries,
                   header_flags=TEMPLATE_FLAGS)


TEMPLATE_FLAGS = ("fuzzy",)  # the header's, as xgettext writes it


def template_header(release: Release, source_locale: str,
                    bugs_address: str = "") -> tuple[tuple[str, str], ...]:
    """The header fields of a release's template (POT-Creation-Date empty: set when
    written)."""
    header = dict(TEMPLATE_HEADER)
    header["Project-Id-Version"] = release.id
    header["Report-Msgid-Bugs-To"] = bugs_address
    header["X-Source-Language"] = source_locale
    return tuple(header.items())


def template_messages(release: Release, where: str
                      ) -> list[tuple[str, tuple[str, ...], tuple[Reference, ...], int]]:
    """The entries of `extract_template` as (msgid, extracted comments, references, line),
    in order: what the writer needs of each (`po_write.format_template`), without an
    `Entry` made to be thrown away once written. `where` is the release's path as the
    references write it, with ``/`` (`paths.relative` gives it so): made from a path by
    PurePath, it cost ~26K instructions a release."""
    split = len(where.split()) > 1  # a folder with a space: see `_as_read`
    notes = _container_notes(release)
    # msgid -> (line of the first occurrence, references, comments, legend, the values of
    # its empty tags). Comments are dict keys: first occurrence order, each once, without
    # a scan of a list per note.
    pending: dict[str, tuple[int, list[Reference], dict[str, None], tuple[str, ...],
                             _Values]] = {}
    # msgid -> the values of its empty tags in every occurrence, when they differ (most
    # releases: none), in order of first occurrence.
    differing: dict[str, dict[_Values, None]] = {}
    for segment in translatable_segments(release):
        msgid, own_notes, legend, values = _segment_parts(segment)
        if not msgid:
            continue  # nothing to translate (and "" would be the header)
        item = pending.get(msgid)
        if item is None:
            item = pending[msgid] = (segment.line, [], {}, legend, values)
        elif values is not item[4] and values != item[4]:
            differing.setdefault(msgid, {item[4]: None})[values] = None
        if split:
            item[1].extend(_as_read(where, segment.line or None))
        else:
            item[1].append((where, segment.line or None))
        comments = item[2]
        comments[SEGMENT_ROLES.get(segment.name, segment.name)] = None
        if notes:  # most releases have no note on a container
            comments.update(dict.fromkeys(notes.get(id(segment), ())))
        if own_notes:
            comments.update(dict.fromkeys(own_notes))
    return [(msgid,
             (*comments, *(_legend(differing[msgid]) if differing and msgid in differing
                           else legend)),
             tuple(references) if len(references) == 1 else tuple(dict.fromkeys(references)),
             line)
            for msgid, (line, references, comments, legend, _) in pending.items()]


def _as_read(where: str, line: int | None) -> tuple[Reference, ...]:
    """A reference to a path with white space, as a PO file gives it back.

    A `#:` line separates references by white space and has no way to quote one: GNU
    gettext 0.21 (xgettext writes such a path as it is), polib and `toolkit.po_read` all
    read `#: press releases/x.xml:4` as the two references ``press`` and
    ``releases/x.xml:4``. The template holds what its file will give, so that `validate`
    does not find a template it just wrote stale, and msgcat (which drops the repeated
    ``press`` of a second occurrence) gives back the same bytes.
    """
    words = f"{where}:{line}".split() if line is not None else where.split()
    found: list[Reference] = []
    for word in words:
        file, colon, number = word.rpartition(":")  # as po_read's `_reference`
        found.append((file, int(number)) if colon and number.isdecimal() else (word, None))
    return tuple(found)


@cache
def _cut_abbreviation(date: bool) -> re.Pattern[str]:
    """The end of a value's text that is an abbreviation without its period ("10 a.m",
    "9 a. m", "100 n. Chr"): a letter, a period, then a few letters. Only this shape is
    read so: a word ("30 minutes", "October") or a unit some languages write without a
    period ("10 am", "2 млн", "10 h") never takes the sentence's, nor an address
    ("www.mofa.go.jp"). A date's text also when it ends in one letter after a number and
    a space: the year's abbreviation CLDR writes with its period (Russian "2025 г.",
    Bulgarian, Belarusian), as no date writes a unit ("2025年", "24일" have no space).
    (Compiled when first needed: ~0.2 ms, and most projects never need it.)"""
    if date:
        return re.compile(r"[^\W\d_]\. ?[^\W\d_]{1,3}\Z|\d\s[^\W\d_]\Z")
    return re.compile(r"[^\W\d_]\. ?[^\W\d_]{1,3}\Z")


# The empty tags of a segment: (tag, source text, kind) each, in order.
_Values = tuple[tuple[str, str, str], ...]
# The legend's kind of a number by its style ("30th (ordinal)", "14% (percent)").
_NUMBER_STYLES = {"ordinal": "ordinal", "percent": "percent"}


def _legend(occurrences: dict[_Values, None]) -> tuple[str, ...]:
    """The legend of a message whose occurrences' empty tags differ: each tag's line of
    the first occurrence, with the texts the others have (each once) after it."""
    first, *others = occurrences
    lines: list[str] = []
    for index, (tag, shown, kind) in enumerate(first):
        seen = {(shown, kind): None}
        for values in others:
            _, text, other_kind = values[index]
            seen[(text, other_kind)] = None
        lines.append(legend_line(tag, shown, kind, list(seen)[1:]))
    return tuple(lines)


@lru_cache(maxsize=4096)
def _segment_parts(segment: Segment) -> tuple[str, tuple[str, ...], tuple[str, ...], _Values]:
    """What a segment gives its entry wherever it stands: msgid, its own notes (on the
    segment and on the spans it shows the translator), the legend of its empty
    placeholders (what each stands for: its source text and what kind it is) and those
    values as (tag, text, kind).

    Remembered by value (equal segments, lines aside, give equal parts): the same
    segments come back release after release (publisher, place, boilerplate), and
    making the message is most of extraction's cost.
    """
    msgid, shape, spans = message_parts(segment)
    own = _note(segment.attrs) if segment.attrs else None
    notes = [own] if own else []
    legend: list[str] = []
    values: list[tuple[str, str, str]] = []
    for (tag, _, empty), span in zip(shape, spans, strict=True):
        if span.attrs:  # most spans have none: no note to look for
            note = _note(span.attrs, tag)
            if note:
                notes.append(note)
            if not empty and span.get(ITS_TERM) == "yes":
                # `validate` refuses any change to a term's text (`term-changed`); the
                # msgid cannot show which tags are terms, so the translator is told.
                notes.append(f'<{tag}>: a term: keep "{_shown(span)}" as written')
        if empty:
            kind = span.name if span.name in TYPED else "not translated"
            style = span.get("style") if kind == "number" and span.attrs else None
            if style in _NUMBER_STYLES:
                # Said apart from a count: no word agrees with an ordinal's or a
                # percentage's value the way "3 страны", "5 стран" agree with a count
                # (`toolkit.legend`), and the translator sees what the build writes.
                kind = _NUMBER_STYLES[style]
            elif kind == "date" and span.attrs and span.get("end") is not None:
                # One placeholder for both dates: the translator must not write a
                # second date or the range's words ("bis", "au") around it.
                kind = "date range"
            shown = _shown(span)
            if span.name in TYPED and shown[-1:].isalpha() and f"<{tag}/>." in msgid \
                    and _cut_abbreviation(span.name == "date").search(shown):
                # normalize leaves the one full stop of "at 10 a.m." to the sentence
                # (`<time>10 a.m</time>.`), where the message needs it; the value is
                # shown as the source reads it, not as a misspelt "10 a.m".
                shown += "."
            values.append((tag, shown, kind))
            legend.append(f"<{tag}/>: {shown} ({kind})")  # `legend_line` without others
    return msgid, tuple(notes), tuple(legend), tuple(values)


def _note(attrs: Attrs, tag: str | None = None) -> str | None:
    """The ITS localisation note of an element, as a translator reads it."""
    text = alert = None
    for key, value in attrs:
        if key == ITS_LOCNOTE:
            text = value
        elif key == ITS_LOCNOTE_TYPE:
            alert = value == "alert"
    if not text:
        return None
    text = " ".join(text.split())
    if tag:
        return f"<{tag}>: {'ALERT: ' if alert else ''}{text}"
    return f"{'ALERT' if alert else 'note'}: {text}"


def _container_notes(release: Release) -> dict[int, list[str]]:
    """ITS notes of the root, lists and figures, by the segment (id) they apply to.

    A localisation note covers the element's content (ITS 2.0), so a note on a list
    speaks about every item in it.
    """
    root = _note(release.attrs) if release.attrs else None
    found: dict[int, list[str]] = {id(s): [root] for s in release.segments()} if root else {}
    # Only containers with attributes can have a note (few have any).
    inner: list[tuple[Attrs, tuple[Segment | None, ...]]] = [
        (f.attrs, (f.alt, f.caption)) for f in release.figures if f.attrs]
    inner += [(b.attrs, b.items) for b in release.body if isinstance(b, ListBlock) and b.attrs]
    for attrs, segments in inner:
        note = _note(attrs)
        if note:
            for segment in segments:
                if segment is not None:
                    found.setdefault(id(segment), []).append(note)
    return found


def _shown(span: Span) -> str:
    text = " ".join(span.text.split())
    if not text and span.get("value"):
        return str(span.get("value"))
    return text if len(text) <= 60 else text[:59] + "…"


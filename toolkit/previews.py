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
source locale (whose build keeps the source text). A catalog from which a tool dropped
them (msgmerge takes extracted comments from the template only) has them back on its
next update.

Reading the release costs more than the rest of a catalog's update, and most updates
change nothing: a catalog's own lines are then kept, and its release is not read. What
tells that they are still the build's text is a stamp of what made them (`Written`: a
stamp of the formatting (the engine and its CLDR/ICU versions, the locale's settings,
the code that makes the lines), the release's size, time and hash, and a hash of the
lines as the catalog was written with them), one line a catalog in `RECORD_NAME`, in the
output folder beside the build's record. Not in the catalog: a header field would change
every catalog's bytes, show translators and PO tools a field that is none of theirs, and
travel with the file to machines where the release's time means nothing; the output
folder already holds the tool's own state, is not committed, and losing it costs one
slower update. The lines are kept only while all three hold (the release's hash is
compared when its size or time changed, as the build compares it), and only for entries
whose other extracted comments are the old entry's (the same legend lines: the lines
follow them as they did). A new message with a typed value, a changed legend, setting
or engine, or lines a tool dropped or changed (Weblate's msgmerge add-on: their hash
differs) read the release, and its lines are made anew. The record only ever skips
work: without it, or with a stale one, a catalog's lines are made from the release
(a fresh checkout, such as a CI job that does not cache the output folder, reads every
release once; a checkout's new file times cost a hash of each release, not a read of
its segments).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from toolkit.catalog import Catalog, Entry
from toolkit.config import LocaleSettings
from toolkit.formatting.remembered import Remembered
from toolkit.legend import ALSO
from toolkit.model import Segment, Span
from toolkit.placeholders import message_parts
from toolkit.vocabulary import ITS_TRANSLATE, NS, SEGMENT_ROLES, TYPED

if TYPE_CHECKING:
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
    return previewed(catalog, previews, locale)[0]


def previewed(catalog: Catalog, previews: Previews, locale: str) -> tuple[Catalog, str]:
    """`with_previews`, and the `lines_digest` of the lines it wrote."""
    if not previews:
        return catalog, lines_digest(())
    entries = list(catalog.entries)
    changed = False
    get = previews.get
    marker = f"/> in {locale}: "
    lines: list[str] = []
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
            lines.append("\n".join(c for c in comments if marker in c))
            # (The constructor: `dataclasses.replace` costs twice as much, per entry.)
            entries[index] = Entry(
                entry.msgid, entry.msgstr, entry.msgctxt, entry.msgid_plural,
                entry.msgstr_plural, entry.flags, entry.translator_comments,
                tuple(comments), entry.references, entry.previous_msgctxt,
                entry.previous_msgid, entry.previous_msgid_plural, entry.obsolete,
                entry.line)
            changed = True
    return (replace(catalog, entries=tuple(entries)) if changed else catalog,
            lines_digest(lines))


@cache
def preview_formatter(locale: str, settings: LocaleSettings, engine: str) -> Remembered:
    """The build's formatter of `locale` (`get_formatter`: the same engine and house
    style), its texts remembered, per locale and process as the build keeps its own.
    Raises what `get_formatter` raises (a locale or a calendar the engine cannot write:
    the build refuses it too)."""
    from toolkit.formatting import get_formatter

    return Remembered(get_formatter(locale, settings, engine))


# ---------------------------------------------------------------- keeping the lines
RECORD_NAME = ".communique-update.tsv"  # in the output folder, beside the build's
RECORD_FORMAT = 1  # (a record of another format is not read: lines are made anew)
_RECORD_HEADER = f"communique-update\t{RECORD_FORMAT}"

# The modules whose code shapes the lines: a change to any of them makes them anew.
_LINE_CODE = ("previews.py", "placeholders.py", "release_xml.py", "model.py",
              "vocabulary.py", "legend.py", "xmlsafe.py", "formatting")


@dataclass(frozen=True, slots=True)
class Written:
    """What a catalog's lines were made from: the stamp of the formatting
    (`formatting_stamp`), the release's (size, mtime_ns, hash) (None: there was no
    release), and the hash of the lines in the catalog as it was written (`lines_digest`)."""

    formatting: str
    release: tuple[int, int, str] | None
    lines: str


@cache
def _code_stamp() -> bytes:
    from toolkit import __version__

    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent
    for name in _LINE_CODE:
        target = package / name
        for path in sorted(target.rglob("*.py")) if target.is_dir() else [target]:
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.digest()


def formatting_stamp(locale: str, settings: LocaleSettings, engine: str) -> str:
    """A stamp of everything but the release that the lines of `locale` depend on: the
    code, the locale's settings, and the engine with the versions of its library and
    CLDR data (a new ICU writes some dates otherwise). Raises what `preview_formatter`
    raises."""
    formatter = preview_formatter(locale, settings, engine).formatter
    said = json.dumps([locale, engine, sorted(vars(settings).items()),
                       sorted(formatter.metadata.items())], sort_keys=True, default=str)
    return hashlib.sha256(_code_stamp() + said.encode()).hexdigest()[:32]


def release_stamp(data: bytes, size: int, mtime_ns: int) -> tuple[int, int, str]:
    return size, mtime_ns, _hash(data)


def lines_digest(lines: Iterable[str]) -> str:
    """A hash of a catalog's lines, those of an entry joined by newlines, in file order:
    what tells whether a catalog still has the lines it was written with (a tool that
    drops or changes them changes it; a translation does not). (Not with each entry's
    msgid: hashing the msgids cost more than the rest of it.)"""
    return _hash("\0".join(lines).encode())


def _hash(data: bytes) -> str:
    # 128 bits of BLAKE2b: tells changed bytes from unchanged, at a third of SHA-256's
    # cost (a first update hashes every release).
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def kept_previews(merged: Catalog, old: Catalog, locale: str, digest: str) -> Catalog | None:
    """`merged` with each live entry's lines as `old` has them, or None when an entry
    needs the release read: one that may have lines (a placeholder and a legend line)
    whose old entry is not live, or whose old extracted comments are not its own with
    lines of `locale` between them, each right after the legend line of its tag, as
    `with_previews` writes them.

    Also None when the lines kept are not those of `digest` (`lines_digest`: the lines
    `old` was written with, which a tool may have dropped or changed since). Only sound
    when `old` was written with lines made from the same release and formatting
    (`Written`): those lines are then what `with_previews` makes of the same legend
    lines. (A line is known by its start, ``<tag/> in ll: ``, which no template line
    has.)"""
    marker = f"/> in {locale}: "
    lookup = old.lookup
    entries: list[Entry] | None = None
    lines: list[str] = []
    mine: list[str] = []
    for index, entry in enumerate(merged.entries):
        if "/>" not in entry.msgid or entry.obsolete:
            continue  # (a line is for a placeholder, which the msgid shows as <tag/>)
        ours = entry.extracted_comments
        before = lookup(entry.msgid, entry.msgctxt)
        if before is None:
            if any(c[:1] == "<" and "/>: " in c for c in ours):
                return None
            continue
        theirs = before.extracted_comments
        if theirs == ours:
            continue
        count = len(ours)
        at = 0
        previous = ""
        mine.clear()
        for comment in theirs:
            if at < count and comment == ours[at]:
                at += 1
            else:  # a line, right after its tag's legend line ("<tag/>: ")
                end = comment.find(marker)
                if (end < 2 or comment[0] != "<"
                        or not previous.startswith(f"{comment[:end]}/>: ")):
                    return None
                mine.append(comment)
            previous = comment
        if at != count:
            return None
        if mine:
            lines.append("\n".join(mine))
        if entries is None:
            entries = list(merged.entries)
        if (entry.msgstr, entry.flags, entry.translator_comments, entry.references,
                entry.previous_msgid, entry.msgid_plural, entry.msgstr_plural,
                entry.previous_msgctxt, entry.previous_msgid_plural) == (
                before.msgstr, before.flags, before.translator_comments, before.references,
                before.previous_msgid, before.msgid_plural, before.msgstr_plural,
                before.previous_msgctxt, before.previous_msgid_plural):
            # The old entry itself (its line aside, which equality ignores): cheaper
            # than a new one, and the caller's comparison with the old catalog then
            # finds the same object.
            entries[index] = before
            continue
        entries[index] = Entry(
            entry.msgid, entry.msgstr, entry.msgctxt, entry.msgid_plural,
            entry.msgstr_plural, entry.flags, entry.translator_comments, theirs,
            entry.references, entry.previous_msgctxt, entry.previous_msgid,
            entry.previous_msgid_plural, entry.obsolete, entry.line)
    if lines_digest(lines) != digest:
        return None
    return merged if entries is None else replace(merged, entries=tuple(entries))


def read_record(path: Path) -> dict[tuple[str, str], Written]:
    """The record at `path`, by (locale, release id); empty when there is none or it
    cannot be read (it only ever spares work: without it, lines are made anew).

    A header line, ``communique-update<TAB>format``, then one line a catalog, its
    fields separated by tabs (no locale or release id has one): locale, release id,
    `Written.formatting`, the release's size, time and hash (``-`` for no release) and
    `Written.lines`. Not JSON: reading 1,000 lines of JSON cost more than a catalog's
    update."""
    try:
        with path.open(encoding="utf-8") as lines:
            if next(lines, "") != f"{_RECORD_HEADER}\n":
                return {}
            found: dict[tuple[str, str], Written] = {}
            for line in lines:
                locale, release, formatting, size, mtime, digest, written = (
                    line.rstrip("\n").split("\t"))
                found[(locale, release)] = Written(
                    formatting, None if size == "-" else (int(size), int(mtime), digest),
                    written)
            return found
    except (OSError, ValueError):  # (as is a short line, or a text that is not UTF-8)
        return {}


def record_bytes(records: Mapping[tuple[str, str], Written]) -> bytes:
    """The record's text (`read_record`), its catalogs sorted."""
    lines = [_RECORD_HEADER]
    for (locale, release), w in sorted(records.items()):
        stamp = ("-", "-", "-") if w.release is None else w.release
        lines.append(f"{locale}\t{release}\t{w.formatting}\t{stamp[0]}\t{stamp[1]}\t"
                     f"{stamp[2]}\t{w.lines}")
    lines.append("")
    return "\n".join(lines).encode()

"""Writing catalogs as PO text, the way GNU msgcat and msgmerge lay them out.

Our own writer rather than polib's: it is several times faster on big projects and
lays out files like GNU gettext, so a catalog that went through `msgcat`, `msgmerge` or
a PO editor built on them comes back byte-identical from `communique update` (and the
other way round) instead of producing whole-file diffs.

The layout follows GNU gettext's `write-po.c`: strings are split after each ``\\n``; a
string that does not fit on the first line, or has several lines, starts with ``""``;
long lines break at Unicode line-break opportunities (UAX #14: after spaces, after
hyphens, between CJK characters...) so that no line is wider than the page width (79
columns, East Asian wide characters counting two); escape sequences are never split.
References wrap at the page width; flags are written with ``fuzzy`` first, and
``fuzzy`` is dropped from an entry without a translation, as GNU does. Obsolete
entries come last, prefixed ``#~``, and only when they hold a translation (or a
translator's comment).
The line-break classes are a compact approximation of the Unicode table: identical to
what msgcat does on Latin, Cyrillic, Arabic and Japanese prose (tested), never invalid.
Combining marks, the controls a string holds unescaped and the line separators U+0085,
U+2028 and U+2029 follow libunistring 1.0 (msgcat 0.21's breaker) exactly: a mark goes
with its base (and takes the width libunistring gives it), a control is a mark of no
width, and a separator is a mandatory break that GNU never writes as one: the line goes
on, but its columns are counted from 0 again (tested against msgcat and libunistring).
"""

from __future__ import annotations

import os
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

from toolkit.atomic import write_bytes
from toolkit.catalog import Catalog, Entry, set_fields
from toolkit.errors import UsageError

DEFAULT_WIDTH = 79  # GNU gettext's page width (msgcat/msgmerge --width default)
_MIN_WIDTH = 20  # GNU raises smaller widths to this

# The C escapes GNU writes (every other control as it is, as msgcat writes it).
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r",
                          "\b": "\\b", "\f": "\\f", "\v": "\\v", "\a": "\\a"})


def write_po(path: Path, catalog: Catalog, *, width: int | None = DEFAULT_WIDTH) -> bool:
    """Write a catalog atomically; False when the file already had these bytes."""
    return write_bytes(path, format_po(catalog, width=width))


def format_po(catalog: Catalog, *, width: int | None = DEFAULT_WIDTH) -> bytes:
    """The PO text of a catalog, UTF-8. `width=None` writes every string on one line."""
    return _format(catalog, catalog.header_fields, width)


def _format(catalog: Catalog, header_fields: tuple[tuple[str, str], ...],
            width: int | None) -> bytes:
    return "".join(_lines(catalog, header_fields, _page(width))).encode("utf-8")


def source_date() -> datetime | None:
    """SOURCE_DATE_EPOCH as a UTC time, when the environment sets it (reproducible builds)."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return None
    try:
        return datetime.fromtimestamp(int(value), tz=UTC)
    except (ValueError, OverflowError, OSError) as exc:
        raise UsageError(f"SOURCE_DATE_EPOCH must be seconds since 1970, not {value!r}") \
            from exc


def po_date(moment: datetime) -> str:
    """A date as PO headers write it: ``2022-12-24 08:00+0000``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M+0000")


def now_date(clock: Callable[[], datetime] | None = None) -> str:
    """The date to stamp now: SOURCE_DATE_EPOCH when set, else the clock."""
    moment = source_date() or (clock() if clock else datetime.now(UTC))
    return po_date(moment)


def format_dated(catalog: Catalog, fields: tuple[str, ...], previous: bytes | None, *,
                 width: int | None = DEFAULT_WIDTH,
                 clock: Callable[[], datetime] | None = None,
                 stamp: str | None = None) -> bytes:
    """The bytes of a catalog whose header `fields` hold the time it was made.

    With SOURCE_DATE_EPOCH set, that is the time. Otherwise a file whose content did not
    change keeps the dates it has (so it is not rewritten), and only a changed one gets
    the clock's time, or `stamp` (`now_date()`) when the caller took it once for a run.
    """
    return _dated(lambda header: _format(catalog, header, width), catalog.header_fields,
                  fields, previous, clock, stamp)


# A template's message as `format_template` writes it: msgid, extracted comments and
# references (the fields of its `Entry` that are not empty).
TemplateMessage = tuple[str, tuple[str, ...], tuple[tuple[str, int | None], ...]]


def format_template(header_fields: tuple[tuple[str, str], ...], header_flags: tuple[str, ...],
                    messages: Sequence[TemplateMessage], previous: bytes | None, *,
                    width: int | None = DEFAULT_WIDTH, stamp: str | None = None) -> bytes:
    """The bytes `format_dated` gives for a template (fields ``POT-Creation-Date``) whose
    entries are `messages`, written without making an `Entry` of each: extract's way.

    A template's entry is a msgid with extracted comments and references, and an empty
    msgstr; an Entry (fourteen fields, frozen) cost more to make than its lines cost to
    write, for an object thrown away once written."""
    page = _page(width)

    def write(header: tuple[tuple[str, str], ...]) -> bytes:
        out: list[str] = []
        _header(out, (), header_flags, header, page)
        for msgid, comments, references in messages:
            out.append("\n")
            _comments_and_references(out, comments, references, page)
            _string(out, "", "msgid", msgid, page)
            out.append('msgstr ""\n')
        return "".join(out).encode("utf-8")

    return _dated(write, header_fields, ("POT-Creation-Date",), previous, None, stamp)


def _dated(write: Callable[[tuple[tuple[str, str], ...]], bytes],
           header_fields: tuple[tuple[str, str], ...], fields: tuple[str, ...],
           previous: bytes | None, clock: Callable[[], datetime] | None,
           stamp: str | None) -> bytes:
    """`format_dated` of what `write` writes for a header."""
    if previous is not None and source_date() is None:
        kept = {name: _header_value(previous, name) for name in fields}
        if all(value is not None for value in kept.values()):
            candidate = write(set_fields(header_fields, kept))
            if candidate == previous:
                return previous
    # The header given to the writer as it is to be written: a catalog made only to be
    # written (and its index of entries) would cost a tenth of writing a template.
    if stamp is None:
        stamp = now_date(clock)
    return write(set_fields(header_fields, dict.fromkeys(fields, stamp)))


def _header_value(data: bytes, name: str) -> str | None:
    found = re.search(rb'^"' + re.escape(name.encode()) + rb': ([^"\\]*)\\n"$', data,
                      re.MULTILINE)
    return found.group(1).decode("utf-8", "replace") if found else None


def _page(width: int | None) -> int | None:
    if width is None or width <= 0:
        return None
    return max(width, _MIN_WIDTH)


def _lines(catalog: Catalog, header_fields: tuple[tuple[str, str], ...],
           width: int | None) -> list[str]:
    # Every function below appends to one list: a chain of generators costs a resume
    # per line and per level, which was a tenth of the writer's time.
    out: list[str] = []
    blank = False
    if header_fields or catalog.header_comments or catalog.header_flags:
        _header(out, catalog.header_comments, catalog.header_flags, header_fields, width)
        blank = True
    for entry in catalog.entries:
        if not entry.obsolete:
            if blank:
                out.append("\n")
            _entry(out, entry, width)
            blank = True
    for entry in catalog.entries:
        # GNU drops an obsolete entry without a translation; one with a translator's
        # comment is kept, as nothing a translator wrote is dropped.
        if entry.obsolete and (entry.has_translation or entry.translator_comments):
            if blank:
                out.append("\n")
            _entry(out, entry, width)
            blank = True
    return out


def _header(out: list[str], comments: tuple[str, ...], flags: tuple[str, ...],
            header_fields: tuple[tuple[str, str], ...], width: int | None) -> None:
    _comments(out, "#", comments)
    if flags:
        out.append("#, " + ", ".join(flags) + "\n")
    out.append('msgid ""\n')
    if len(header_fields) > 1:
        # Several lines: the string starts with "" and each field's line is wrapped
        # by itself (what `_wrap` does), remembered by field: all but two (the
        # release id, the date) are the same in every template of a project.
        out.append('msgstr ""\n')
        limit = None if width is None else width - 2
        for name, value in header_fields:
            out.extend(_field_lines(name, value, limit))
    else:
        _wrap(out, "", "msgstr", "".join(f"{name}: {value}\n"
                                         for name, value in header_fields), width)


@lru_cache(maxsize=256)  # a project's constant fields; the others change every file
def _field_lines(name: str, value: str, limit: int | None) -> tuple[str, ...]:
    """The continuation lines of one header field (`_continued` of each portion)."""
    return tuple(line for portion in _portions(f"{name}: {value}\n")
                 for line in _continued("", portion, limit))


def _entry(out: list[str], entry: Entry, width: int | None) -> None:
    # Each part is asked whether it is there before a call is made for it: an entry of a
    # template has one reference, no flag and no translator comment, and calls that do
    # nothing were a fifth of writing one.
    prefix = "#~ " if entry.obsolete else ""
    if entry.translator_comments:
        _comments(out, "#", entry.translator_comments)
    _comments_and_references(out, entry.extracted_comments, entry.references, width)
    wrap = width
    if entry.flags:
        flags = _flags(entry)
        if flags:
            out.append("#, " + ", ".join(flags) + "\n")
        if "no-wrap" in entry.flags:
            wrap = None
    previous = "#~| " if entry.obsolete else "#| "
    if entry.previous_msgctxt is not None:
        _string(out, previous, "msgctxt", entry.previous_msgctxt, wrap)
    if entry.previous_msgid is not None:
        _string(out, previous, "msgid", entry.previous_msgid, wrap)
    if entry.previous_msgid_plural is not None:
        _string(out, previous, "msgid_plural", entry.previous_msgid_plural, wrap)
    if entry.msgctxt is not None:
        _string(out, prefix, "msgctxt", entry.msgctxt, wrap)
    _string(out, prefix, "msgid", entry.msgid, wrap)
    if entry.msgid_plural is not None:
        _string(out, prefix, "msgid_plural", entry.msgid_plural, wrap)
        for index, text in enumerate(entry.msgstr_plural or ("", "")):
            _string(out, prefix, f"msgstr[{index}]", text, wrap)
    elif entry.msgstr:
        out.extend(_remembered(prefix, "msgstr", entry.msgstr, wrap))
    else:  # a template's, a new message's: nothing to wrap
        out.append(f'{prefix}msgstr ""\n')


def _comments_and_references(out: list[str], comments: tuple[str, ...],
                             references: tuple[tuple[str, int | None], ...],
                             width: int | None) -> None:
    """An entry's extracted comments and references."""
    for line in comments:  # (`_comments`, without the call: every entry)
        out.append(f"#. {line}\n" if line and line[0] != " " else f"#.{line}\n")
    if len(references) == 1:  # one reference: one line, whatever the width
        file, number = references[0]
        out.append(f"#: {file}\n" if number is None else f"#: {file}:{number}\n")
    elif references:
        _references(out, references, width or DEFAULT_WIDTH)


def _flags(entry: Entry) -> list[str]:
    flags = [f for f in entry.flags if f != "fuzzy"]
    if entry.fuzzy and entry.has_translation:
        flags.insert(0, "fuzzy")
    return flags


def _comments(out: list[str], marker: str, lines: tuple[str, ...]) -> None:
    # As GNU writes a comment: a space after the marker unless there is nothing after
    # it, so that " indented" comes back as it was read ("#  indented").
    for line in lines:
        out.append(f"{marker} {line}\n" if line else f"{marker}\n")


def _references(out: list[str], references: tuple[tuple[str, int | None], ...],
                width: int) -> None:
    if not references:
        return
    line = "#:"
    for file, number in dict.fromkeys(references):  # GNU drops repeated references
        text = file if number is None else f"{file}:{number}"
        if len(line) > 2 and len(line) + len(text) + 1 > width:
            out.append(line + "\n")
            line = "#:"
        line += " " + text
    out.append(line + "\n")


def _string(out: list[str], prefix: str, name: str, value: str, width: int | None) -> None:
    """One keyword and its string, wrapped as GNU msgcat wraps it."""
    if value:
        out.extend(_remembered(prefix, name, value, width))
    else:  # the msgstr of every template entry and new message: nothing to wrap
        out.append(f'{prefix}{name} ""\n')


def _wrapped(prefix: str, name: str, value: str, width: int | None) -> tuple[str, ...]:
    """The lines of `_string`."""
    out: list[str] = []
    _wrap(out, prefix, name, value, width)
    return tuple(out)


# The same strings come back file after file (boilerplate segments in every template),
# and wrapping is most of the writer's time; bounded, so that memory stays flat over any
# number of files.
_remembered = lru_cache(maxsize=4096)(_wrapped)


def _escaped(text: str) -> tuple[str, bool]:
    """`text` with the C escapes GNU writes, and whether it is known to be printable
    (`_breaks` needs to know it of an ASCII string, and the scan is not free). Most
    strings have nothing to escape, which three scans at C speed tell (every control
    of the table is not printable), where str.translate looks every character up and a
    regular expression's character set cost three times as much."""
    if '"' in text or "\\" in text or not text.isprintable():
        return text.translate(_ESCAPES), False
    return text, True


def _portions(value: str) -> list[str]:
    """The string cut after each newline, as GNU cuts it (`str.splitlines` would also cut
    at a carriage return, a form feed, U+2028 and six other characters)."""
    if "\n" not in value:
        return [value]
    *lines, last = value.split("\n")
    portions = [line + "\n" for line in lines]
    if last:
        portions.append(last)
    return portions


def _wrap(out: list[str], prefix: str, name: str, value: str, width: int | None) -> None:
    """Append the lines of `_string` to `out`.

    The string is split after each newline. If the first portion fits on the keyword
    line, it is written there; otherwise the string starts with ``""`` and each portion
    is wrapped on lines of its own (`_continued`).
    """
    portions = _portions(value)
    after_break = len(prefix) + 1  # a continuation line starts with prefix and a quote
    limit = (width - 1 - after_break) if width is not None else None
    first = portions[0]
    text, printable = _escaped(first)
    start = len(prefix) + len(name) + 2 - after_break
    # Only whether the string breaks matters here: if it does, it starts on the next
    # line, and its breaks are found for that start.
    if text and (len(portions) > 1 or (limit is not None and start > limit)
                 or _breaks(text, limit, start, first.endswith("\n"), first_only=True,
                            printable=printable)):
        out.append(f'{prefix}{name} ""\n')
        out.extend(_continued(prefix, first, limit))
    else:
        out.append(f'{prefix}{name} "{text}"\n')
    for portion in portions[1:]:
        out.extend(_continued(prefix, portion, limit))


# Remembered by portion: a header is written once per file, but all its lines save two
# (the release id, the date) are the same in every template of a project.
@lru_cache(maxsize=4096)
def _continued(prefix: str, portion: str, limit: int | None) -> tuple[str, ...]:
    """The lines of one portion (up to and with its newline) on continuation lines."""
    text, printable = _escaped(portion)
    lines: list[str] = []
    cut = 0
    for index in _breaks(text, limit, 0, portion.endswith("\n"), printable=printable):
        lines.append(f'{prefix}"{text[cut:index]}"\n')
        cut = index
    lines.append(f'{prefix}"{text[cut:]}"\n')
    return tuple(lines)


def _breaks(text: str, limit: int | None, start: int, newline_end: bool,
            first_only: bool = False, printable: bool = False) -> list[int]:
    """Where to break an escaped string so that it fits in `limit` columns.

    The same choice as GNU's greedy breaker (libunistring's width_linebreaks): each line
    ends at the last break opportunity that still fits; a piece too long for a line
    stands alone. Opportunities are only looked for where a line has to end.
    `first_only` stops at the first break; `printable`: `text` is known to hold no
    control character.
    """
    if limit is None:
        return []
    if text.isascii():
        if start + len(text) <= limit:
            return []  # (no ASCII character is wider than a column)
        # A control left unescaped takes no column, and is a mark (CM): rare, and
        # looked for only when the caller's escaping did not (a string with a quote).
        glue = _GLUE_TEXT if printable or text.isprintable() else None
    else:
        glue, separated = _letters(text)
        if separated:
            return _separated_breaks(text, limit, start, newline_end, first_only)
    if glue is not None:  # every character one column wide
        widths = None
        total = len(text)
    else:
        widths = list(accumulate(map(_width, text), initial=0))
        total = widths[-1]
    if start + total <= limit:
        return []

    def used(a: int, b: int) -> int:
        return b - a if widths is None else widths[b] - widths[a]

    chosen: list[int] = []
    cut, column, size = 0, start, len(text)
    while column + used(cut, size) > limit:
        # The last index `end` with column + used(cut, end) <= limit.
        if widths is None:
            end = min(size, cut + limit - column)
        else:
            end = bisect_right(widths, limit - column + widths[cut], cut) - 1
        if glue is not None:  # the candidates are just after a character not in glue
            at, stop = None, end
            while at is None and stop > cut:
                found = cut + len(text[cut:stop].rstrip(glue))
                if found == cut:
                    break
                at = found if _possible(text, found, newline_end) else None
                stop = found - 1
        else:
            at = next((i for i in range(end, cut, -1) if _candidate(text, i)
                       and _possible(text, i, newline_end)), None)
        if at is None:  # nothing fits: the first piece makes an overlong line
            at = next((i for i in range(end + 1, size) if _candidate(text, i)
                       and _possible(text, i, newline_end)), None)
            if at is None:
                break
        chosen.append(at)
        if first_only:
            break
        cut, column = at, 0
    return chosen


# Characters of line-break classes BK and NL that a PO string holds as they are (\v and
# \f are escaped): NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
_SEPARATOR = re.compile("[\x85\u2028\u2029]")
_SEPARATORS = frozenset("\x85\u2028\u2029")


def _separated_breaks(text: str, limit: int, start: int, newline_end: bool,
                      first_only: bool) -> list[int]:
    """`_breaks` of a string holding line separators (U+0085, U+2028, U+2029).

    GNU's breaker (libunistring) takes each for a mandatory break: it never breaks a
    line there (the writer only breaks where a break is possible; the character stays
    inside the line), but it counts the columns after it from 0 again and allows no
    break before the next non-space character, as at the start of a string. So each
    part between separators is broken by itself, the first from `start`, the others
    from column 0, and a written line may be longer than the page.
    """
    chosen: list[int] = []
    cut, column = 0, start
    ends = [m.start() for m in _SEPARATOR.finditer(text)] + [len(text)]
    for end in ends:
        last = end == len(text)
        found = _breaks(text[cut:end], limit, column, newline_end and last, first_only)
        chosen += (cut + index for index in found)
        if first_only and chosen:
            break
        cut, column = end + 1, 0
    return chosen


# ASCII characters of classes AL and NU: no line may break right after one of them unless
# a space or a non-ASCII character (an ideograph, say) follows.
_GLUE_TEXT = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789#&*<=>@^_`~"
_GLUE = frozenset(_GLUE_TEXT)
# Every character but the printable ASCII ones.
_UNUSUAL = re.compile("[^\x20-\x7e]")


# One message in seven of the benchmark's holds a name such as Çavuşoğlu: found this way,
# its breaks cost about what an ASCII message's do (11 us instead of 44 to wrap one).
# Remembered: a string is asked twice in a row, whether it breaks and then where.
@lru_cache(maxsize=64)
def _letters(text: str) -> tuple[str | None, bool]:
    """Of a string that is not all ASCII: its glue, and whether it holds a line
    separator (`_separated_breaks`).

    The glue is the characters after which no line of `text` may break, when every
    character of it is one column wide and that is all the search for breaks needs:
    the ASCII ones (`_GLUE_TEXT`) and the others, when all are letters of class AL
    (Latin with accents, Cyrillic): AL and NU before AL never break (LB23, LB28), and
    such a letter before an ASCII character breaks as an ASCII letter does. None for any
    other text (an ideograph, a mark, a control, a dash...), whose candidates are tried
    one by one.
    """
    letters = set(_UNUSUAL.findall(text))
    separated = not letters.isdisjoint(_SEPARATORS)
    if all(_class(ch) == AL and _width(ch) == 1 for ch in letters):
        return _GLUE_TEXT + "".join(letters), separated
    return None, separated


def _candidate(text: str, index: int) -> bool:
    """A cheap first test: False where `_possible` is certainly False."""
    return not (text[index - 1] in _GLUE and text[index] < "\x80")


def _possible(text: str, index: int, newline_end: bool) -> bool:
    """May a line break before text[index]? Decided from the characters around it."""
    if index <= 0 or (newline_end and index == len(text) - 2):
        return False  # GNU never breaks right before a final "\n"
    if text[index - 1] == " " and text[index] in _GLUE:
        # Most opportunities: a letter or digit after a space. The rules below then
        # allow the break unless only spaces come before, or an opening bracket does
        # (LB14); decided here for an ASCII character before the spaces.
        before_at = index - 2
        while before_at >= 0 and text[before_at] == " ":
            before_at -= 1
        if before_at < 0:
            return False
        if " " < text[before_at] < "\x7f":  # (a control is a mark of what precedes it)
            return text[before_at] not in "([{"
    run = index
    while run > 0 and text[run - 1] == "\\":
        run -= 1
    if (index - run) % 2:
        return False  # never between a backslash and the character it escapes
    after = _class(text[index])
    if after == SP:
        return False
    before_at = index - 1
    spaces = False
    while before_at >= 0 and _class(text[before_at]) == SP:
        spaces, before_at = True, before_at - 1
    if before_at < 0:
        return False  # only spaces before: the start of a line (LB4-LB7, LB9, LB10)
    if after == CM:
        # A combining mark goes with its base (LB9), but after spaces or a zero-width
        # space it is a letter of its own (LB10) that may start a line, whatever the
        # class before (libunistring asks nothing more: not even LB14's OP SP* ×).
        return spaces or _class(text[before_at]) == ZW
    base = before_at
    while base >= 0 and _class(text[base]) == CM:
        base -= 1
    # Marks after the start, spaces or a zero-width space are a letter (LB10); others
    # are their base's (LB9).
    before = _class(text[base]) if base >= 0 else AL
    if base != before_at and before in (SP, ZW):
        before = AL
    if not _may_break(before, after, spaces):
        return False
    if not spaces and before in (HY, BA) and base >= 1 and base == before_at \
            and _class(text[base - 1]) == HL:
        return False  # LB21a: HL (HY | BA) ×
    # LB30, which spares East Asian (wide) brackets.
    return spaces or not ((before in (AL, HL, NU) and after == OP and _width(text[index]) == 1)
                          or (before == CP and after in (AL, HL, NU)))


# --- Unicode line breaking (UAX #14), the part that PO text needs -------------------

# Line-break classes, as in the Unicode table.
AL, BA, B2, BB, BK, CL, CM, CP, EX, GL, HL, HY, ID, IN, IS, NS, NU, OP, PO, PR, QU, SP, \
    SY, WJ, ZW = ("AL", "BA", "B2", "BB", "BK", "CL", "CM", "CP", "EX", "GL", "HL", "HY",
                  "ID", "IN", "IS", "NS", "NU", "OP", "PO", "PR", "QU", "SP", "SY", "WJ", "ZW")

_ASCII = {
    " ": SP, "!": EX, '"': QU, "$": PR, "%": PO, "'": QU, "(": OP, ")": CP, "+": PR,
    ",": IS, "-": HY, ".": IS, "/": SY, ":": IS, ";": IS, "?": EX, "[": OP, "\\": PR,
    "]": CP, "{": OP, "|": BA, "}": CL, "\t": BA,
}
_SPECIAL = {
    "\x85": BK, "\u2028": BK, "\u2029": BK,  # (NL is BK to libunistring)
    "\u00a0": GL, "\u202f": GL, "\u2007": GL, "\u2011": GL, "\u00ad": BA, "\u2010": BA,
    "\u2012": BA, "\u2013": BA, "\u2014": B2, "\u2026": IN, "\u2024": IN, "\u2025": IN,
    "\u200b": ZW, "\u2060": WJ, "\ufeff": WJ, "\u00b4": BB, "\u02c8": BB, "\u02cc": BB,
    "\u00b0": PO, "\u2030": PO, "\u2031": PO, "\u2032": PO, "\u2033": PO, "\u2103": PO,
    "\u00a2": PO, "\u066a": PO, "\u00a3": PR, "\u00a5": PR, "\u20ac": PR, "\u2116": PR,
    "\u00b1": PR, "\u2212": PR, "\u060c": IS, "\u060d": IS, "\u066b": NU, "\u066c": NU,
    "\u061b": EX, "\u061f": EX, "\u06d4": EX, "\u0589": IS, "\u037e": IS, "\u2044": IS,
    "\u00bf": OP, "\u00a1": OP, "\u3001": CL, "\u3002": CL, "\uff0c": CL, "\uff0e": CL,
    "\ufe50": CL, "\ufe52": CL, "\uff61": CL, "\uff64": CL, "\uff09": CL, "\uff3d": CL,
    "\uff5d": CL, "\u30fb": NS, "\uff1a": NS, "\uff1b": NS, "\uff65": NS, "\u30fc": NS,
    "\u3005": NS, "\u303b": NS, "\u309b": NS, "\u309c": NS, "\u309d": NS, "\u309e": NS,
    "\u30a0": NS, "\u30fd": NS, "\u30fe": NS, "\u301c": NS,
    "\uff01": EX, "\uff1f": EX, "\uff05": PO, "\uffe0": PO, "\uff04": PR, "\uffe1": PR,
    "\uffe5": PR, "\uffe6": PR, "\u2018": QU, "\u2019": QU, "\u201c": QU, "\u201d": QU,
    "\u201a": OP, "\u201e": OP, "\u00ab": QU, "\u00bb": QU, "\u2039": QU, "\u203a": QU,
}
# Combining marks (category M) that are not of class CM: those of the scripts written
# without spaces (SA, which libunistring takes for AL), the double diacritics and two
# joiners (GL), and one Tibetan sign (BA). Ranges of code points as in the Unicode 14
# table of libunistring 1.0, which msgcat 0.21 uses (later tables made the half marks
# U+FE20... GL as well; every mark was checked against libunistring).
_MARKS_NOT_CM = (
    (AL, ((0x0e31, 0x0e31), (0x0e34, 0x0e3a), (0x0e47, 0x0e4e), (0x0eb1, 0x0eb1),
          (0x0eb4, 0x0ebc), (0x0ec8, 0x0ecd), (0x102b, 0x103e), (0x1056, 0x1059),
          (0x105e, 0x1060), (0x1062, 0x1064), (0x1067, 0x106d), (0x1071, 0x1074),
          (0x1082, 0x108d), (0x108f, 0x108f), (0x109a, 0x109d), (0x17b4, 0x17d3),
          (0x17dd, 0x17dd), (0x1a55, 0x1a5e), (0x1a60, 0x1a7c), (0xa9e5, 0xa9e5),
          (0xaa7b, 0xaa7d), (0xaab0, 0xaab0), (0xaab2, 0xaab4), (0xaab7, 0xaab8),
          (0xaabe, 0xaabf), (0xaac1, 0xaac1), (0x1171d, 0x1172b))),
    (GL, ((0x034f, 0x034f), (0x035c, 0x0362), (0x16fe4, 0x16fe4))),
    (BA, ((0x0f7f, 0x0f7f),)),
)


def _mark_class(ch: str) -> str:
    code = ord(ch)
    for name, ranges in _MARKS_NOT_CM:
        if any(low <= code <= high for low, high in ranges):
            return name
    return CM


# Small kana (Unicode class CJ) behave as NS under strict line breaking, as GNU does.
_SMALL_KANA = frozenset("ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ"
                        "ㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿｧｨｩｪｫｬｭｮｯｰ")


@lru_cache(maxsize=4096)
def _class(ch: str) -> str:
    if ch.isascii():
        if ch in _ASCII:
            return _ASCII[ch]
        if not ch.isprintable():
            return CM  # the controls a PO string holds unescaped (UAX #14 gives them CM)
        return NU if ch.isdigit() else AL
    special = _SPECIAL.get(ch)
    if special is not None:
        return special
    if ch in _SMALL_KANA:
        return NS
    category = unicodedata.category(ch)
    if category in ("Mn", "Mc", "Me"):
        return _mark_class(ch)
    if category == "Cc":
        return CM
    if category == "Nd":
        return NU
    if category == "Zs":
        return BA
    if category == "Ps":
        return OP
    if category == "Pe":
        return CL
    if category in ("Pi", "Pf"):
        return QU
    if "\u05d0" <= ch <= "\u05ff":
        return HL
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return ID
    return AL


@lru_cache(maxsize=4096)
def _width(ch: str) -> int:
    if ch.isascii():
        return 1 if ch.isprintable() else 0
    # Marks that take no room, format characters, controls and the line separators
    # (which libunistring's count skips).
    category = unicodedata.category(ch)
    if category in ("Cf", "Cc", "Zl", "Zp"):
        return 0
    if category in ("Mn", "Me"):
        # libunistring's marks of no width are the non-spacing ones of the bidi table:
        # five Mn (Kannada U+0CBF, U+0CC6...) are left-to-right and one column wide.
        return 0 if unicodedata.bidirectional(ch) == "NSM" else 1
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _may_break(before: str, after: str, spaces: bool) -> bool:
    if after == ZW:
        return False  # LB7, before LB8
    if before == ZW:
        return True
    if after in (CL, CP, EX, IS, SY, WJ, ZW) or before in (OP, WJ):
        return False
    # LB16 as libunistring has it: CL SP* × NS, but a break in CP SP ÷ NS.
    if (before == QU and after == OP) or (before == CL and after == NS) \
            or (before == B2 and after == B2):
        return False
    if spaces:
        return True
    return (before, after) not in _NO_DIRECT_BREAK


_ANY = (AL, BA, B2, BB, CL, CP, EX, GL, HL, HY, ID, IN, IS, NS, NU, OP, PO, PR, QU, SY)

# UAX #14 rules LB11-LB30 that forbid a break between two classes with no space between
# them, as (classes before, classes after).
_DIRECT_RULES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    ((GL, QU, BB), _ANY),  # LB12, LB19, LB21: GL ×, QU ×, BB ×
    (tuple(c for c in _ANY if c not in (BA, HY)), (GL,)),  # LB12a
    (_ANY, (QU, BA, HY, NS)),  # LB19, LB21: × QU, × BA, × HY, × NS
    ((SY,), (HL,)),  # LB21b
    (_ANY, (IN,)),  # LB22 (as GNU has it: no break before an ellipsis)
    ((AL, HL), (NU,)), ((NU,), (AL, HL)),  # LB23
    ((PR,), (ID,)), ((ID,), (PO,)),  # LB23a
    ((PR, PO), (AL, HL)), ((AL, HL), (PR, PO)),  # LB24
    ((CL, CP, NU), (PO, PR)), ((PO, PR), (OP,)), ((PO, PR, HY, IS, NU, SY), (NU,)),  # LB25
    ((AL, HL), (AL, HL)),  # LB28 (GNU's tables predate LB29, IS × AL)
)
_NO_DIRECT_BREAK = frozenset(
    (b, a) for befores, afters in _DIRECT_RULES for b in befores for a in afters)

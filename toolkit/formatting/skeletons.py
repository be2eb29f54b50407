"""ICU's date-skeleton matching (``DateTimePatternGenerator``) over Babel's CLDR data.

Babel's `format_skeleton` picks a pattern from a locale's ``availableFormats`` by its own
distance and never adjusts field widths, so for ``yMMMMd`` it often returns the
abbreviated ``yMMMd`` pattern ("24 дек. 2022 г." where ICU writes "24 декабря 2022 г.").
This module does what ICU does, so that the Babel engine's text agrees with the ICU
engine's wherever the CLDR data agree:

1. The candidates are built in ICU's order: one single-letter pattern per canonical
   field, the locale's standard date and time formats (their skeletons derived from the
   patterns), then the ``availableFormats`` of the locale and its parents, the most
   specific first; a locale's own entries replace derived ones, root's do not.
2. Every field has a type number (ICU's ``dtTypes``): numeric fields are positive and grow
   with their width, text fields are negative (``MMM`` -0x103, ``MMMM`` -0x104). The
   distance of a candidate is the sum over fields of the type difference, 0x1000 for a
   field the candidate lacks and 0x10000 for one it has but was not asked for; the first
   candidate with the smallest distance wins (candidates are visited bucketed by the
   first letter of their base skeleton, in insertion order, as ICU's pattern map is).
3. The pattern's fields are widened or narrowed to the requested widths (``MMM`` → ``MMMM``,
   keeping ``L`` stand-alone months stand-alone), except where the matched skeleton
   already had the requested width, or where numeric and text forms differ.
4. Fields no candidate has are appended with CLDR's ``appendItems`` glue, as ICU does
   (root's ``{0} {1}``; Babel does not carry the per-locale glue, which is the rare case
   where the engines can differ).
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from babel import Locale, localedata
from babel.core import get_global, parse_locale

# Field indices, in ICU's canonical order (UDateTimePatternField).
ERA, YEAR, QUARTER, MONTH, WEEK_OF_YEAR, WEEK_OF_MONTH, WEEKDAY, DAY_OF_YEAR, \
    DAY_OF_WEEK_IN_MONTH, DAY, DAYPERIOD, HOUR, MINUTE, SECOND, FRACTIONAL_SECOND, ZONE = range(16)
FIELD_COUNT = 16
DATE_FIELDS = frozenset(range(DAYPERIOD))

_NARROW, _SHORTER, _SHORT, _LONG, _NUMERIC, _DELTA = -0x101, -0x102, -0x103, -0x104, 0x100, 0x10
_EXTRA_FIELD, _MISSING_FIELD = 0x10000, 0x1000


@dataclass(frozen=True)
class _Row:
    char: str
    field: int
    type: int
    min_len: int


def _rows() -> dict[str, list[_Row]]:
    """ICU's ``dtTypes`` table: for each pattern letter, its field and type by width."""
    spec: list[tuple[str, int, list[tuple[int, int]]]] = [
        ("G", ERA, [(_SHORT, 1), (_LONG, 4), (_NARROW, 5)]),
        ("y", YEAR, [(_NUMERIC, 1)]),
        ("Y", YEAR, [(_NUMERIC + _DELTA, 1)]),
        ("u", YEAR, [(_NUMERIC + 2 * _DELTA, 1)]),
        ("r", YEAR, [(_NUMERIC + 3 * _DELTA, 1)]),
        ("U", YEAR, [(_SHORT, 1), (_LONG, 4), (_NARROW, 5)]),
        ("Q", QUARTER, [(_NUMERIC, 1), (_SHORT, 3), (_LONG, 4), (_NARROW, 5)]),
        ("q", QUARTER, [(_NUMERIC + _DELTA, 1), (_SHORT - _DELTA, 3), (_LONG - _DELTA, 4),
                        (_NARROW - _DELTA, 5)]),
        ("M", MONTH, [(_NUMERIC, 1), (_SHORT, 3), (_LONG, 4), (_NARROW, 5)]),
        ("L", MONTH, [(_NUMERIC + _DELTA, 1), (_SHORT - _DELTA, 3), (_LONG - _DELTA, 4),
                      (_NARROW - _DELTA, 5)]),
        ("l", MONTH, [(_NUMERIC + _DELTA, 1)]),
        ("w", WEEK_OF_YEAR, [(_NUMERIC, 1)]),
        ("W", WEEK_OF_MONTH, [(_NUMERIC, 1)]),
        ("E", WEEKDAY, [(_SHORT, 1), (_LONG, 4), (_NARROW, 5), (_SHORTER, 6)]),
        ("c", WEEKDAY, [(_NUMERIC + 2 * _DELTA, 1), (_SHORT - 2 * _DELTA, 3),
                        (_LONG - 2 * _DELTA, 4), (_NARROW - 2 * _DELTA, 5),
                        (_SHORTER - 2 * _DELTA, 6)]),
        ("e", WEEKDAY, [(_NUMERIC + _DELTA, 1), (_SHORT - _DELTA, 3), (_LONG - _DELTA, 4),
                        (_NARROW - _DELTA, 5), (_SHORTER - _DELTA, 6)]),
        ("d", DAY, [(_NUMERIC, 1)]),
        ("g", DAY, [(_NUMERIC + _DELTA, 1)]),
        ("D", DAY_OF_YEAR, [(_NUMERIC, 1)]),
        ("F", DAY_OF_WEEK_IN_MONTH, [(_NUMERIC, 1)]),
        ("a", DAYPERIOD, [(_SHORT, 1), (_LONG, 4), (_NARROW, 5)]),
        ("b", DAYPERIOD, [(_SHORT - _DELTA, 1), (_LONG - _DELTA, 4), (_NARROW - _DELTA, 5)]),
        ("B", DAYPERIOD, [(_SHORT - 3 * _DELTA, 1), (_LONG - 3 * _DELTA, 4),
                          (_NARROW - 3 * _DELTA, 5)]),
        ("H", HOUR, [(_NUMERIC + 10 * _DELTA, 1)]),
        ("k", HOUR, [(_NUMERIC + 11 * _DELTA, 1)]),
        ("h", HOUR, [(_NUMERIC, 1)]),
        ("K", HOUR, [(_NUMERIC + _DELTA, 1)]),
        ("m", MINUTE, [(_NUMERIC, 1)]),
        ("s", SECOND, [(_NUMERIC, 1)]),
        ("A", SECOND, [(_NUMERIC + _DELTA, 1)]),
        ("S", FRACTIONAL_SECOND, [(_NUMERIC, 1)]),
        ("v", ZONE, [(_SHORT - 2 * _DELTA, 1), (_LONG - 2 * _DELTA, 4)]),
        ("z", ZONE, [(_SHORT, 1), (_LONG, 4)]),
        ("Z", ZONE, [(_NARROW - _DELTA, 1), (_LONG - _DELTA, 4), (_SHORT - _DELTA, 5)]),
        ("O", ZONE, [(_SHORT - _DELTA, 1), (_LONG - _DELTA, 4)]),
        ("V", ZONE, [(_SHORT - _DELTA, 1), (_LONG - _DELTA, 2), (_LONG - 1 - _DELTA, 3),
                     (_LONG - 2 - _DELTA, 4)]),
        ("X", ZONE, [(_NARROW - _DELTA, 1), (_SHORT - _DELTA, 2), (_LONG - _DELTA, 4)]),
        ("x", ZONE, [(_NARROW - _DELTA, 1), (_SHORT - _DELTA, 2), (_LONG - _DELTA, 4)]),
    ]
    return {char: [_Row(char, field, kind, length) for kind, length in widths]
            for char, field, widths in spec}


_ROWS = _rows()


def _row(char: str, length: int) -> _Row | None:
    """The row ICU uses for a field: the last one of its letter whose minimum width fits."""
    rows = _ROWS.get(char)
    if not rows:
        return None
    return [row for row in rows if row.min_len <= length][-1]


# --------------------------------------------------------------------------- patterns

Token = tuple[str, str]  # ("field", "MMMM") or ("text", "'de' ") as written


@cache
def tokenize(pattern: str) -> tuple[Token, ...]:
    """A CLDR date pattern as fields and literal text; literal text is kept as written
    (quotes included), so that a pattern rebuilt from its tokens is the same string."""
    tokens: list[Token] = []
    i, n = 0, len(pattern)
    while i < n:
        char = pattern[i]
        if char in _ROWS:
            end = i
            while end < n and pattern[end] == char:
                end += 1
            tokens.append(("field", pattern[i:end]))
        else:
            end = i
            while end < n and pattern[end] not in _ROWS:
                if pattern[end] == "'":  # a quoted run, '' inside it being one quote
                    end += 1
                    while end < n and not (pattern[end] == "'"
                                           and not pattern.startswith("''", end)):
                        end += 2 if pattern.startswith("''", end) else 1
                end += 1
            end = min(end, n)
            if tokens and tokens[-1][0] == "text":
                tokens[-1] = ("text", tokens[-1][1] + pattern[i:end])
            else:
                tokens.append(("text", pattern[i:end]))
        i = end
    return tuple(tokens)


def untokenize(tokens: tuple[Token, ...] | list[Token]) -> str:
    return "".join(value for _, value in tokens)


@dataclass(frozen=True)
class Skeleton:
    """ICU's ``PtnSkeleton``: per field, the letters written, their type and base form."""

    original: tuple[str, ...]
    types: tuple[int, ...]
    base: tuple[str, ...]
    base_pattern: str  # the base forms in field order: how ICU files the entry
    mask: int  # one bit per field present

    @classmethod
    @cache
    def parse(cls, text: str) -> Skeleton:
        original = [""] * FIELD_COUNT
        types = [0] * FIELD_COUNT
        base = [""] * FIELD_COUNT
        for kind, value in tokenize(text):
            row = _row(value[0], len(value)) if kind == "field" else None
            if row is None:
                continue
            original[row.field] = value
            base[row.field] = row.char * row.min_len
            types[row.field] = row.type + len(value) if row.type > 0 else row.type
        hour = original[HOUR][:1]
        if hour in ("h", "K") and not original[DAYPERIOD]:
            original[DAYPERIOD], base[DAYPERIOD], types[DAYPERIOD] = "a", "a", _SHORT
        elif hour and hour not in ("h", "K") and original[DAYPERIOD]:
            original[DAYPERIOD], base[DAYPERIOD], types[DAYPERIOD] = "", "", 0
        mask = sum(1 << i for i, t in enumerate(types) if t)
        return cls(tuple(original), tuple(types), tuple(base), "".join(base), mask)

    def distance(self, other: Skeleton, include: int = -1) -> tuple[int, int, int]:
        """ICU's ``getDistance``: (distance, missing-field mask, extra-field mask)."""
        total = missing = extra = 0
        fields = (self.mask & include) | other.mask
        while fields:  # only the fields either side has: usually two to four
            bit = fields & -fields
            fields ^= bit
            i = bit.bit_length() - 1
            mine = self.types[i] if include & bit else 0
            theirs = other.types[i]
            if mine == theirs:
                continue
            if mine == 0:
                total += _EXTRA_FIELD
                extra |= bit
            elif theirs == 0:
                total += _MISSING_FIELD
                missing |= bit
            else:
                total += abs(mine - theirs)
        return total, missing, extra


@dataclass
class _Entry:
    skeleton: Skeleton
    pattern: str
    specified: bool  # from availableFormats (explicit skeleton), not derived from a pattern


class PatternMap:
    """The candidates of one locale, kept the way ICU's ``PatternMap`` keeps them."""

    def __init__(self) -> None:
        self._buckets: dict[str, list[_Entry]] = {}
        self._entries: list[_Entry] | None = None

    def entries(self) -> list[_Entry]:
        """Every entry in ICU's visiting order: buckets A-Z then a-z, insertion order."""
        if self._entries is None:
            order = sorted(self._buckets, key=lambda c: (c.islower(), c))
            self._entries = [entry for key in order for entry in self._buckets[key]]
        return self._entries

    def add(self, pattern: str, skeleton: str | None, override: bool) -> None:
        parsed = Skeleton.parse(skeleton if skeleton is not None else pattern)
        base = parsed.base_pattern
        if not base:
            return
        self._entries = None
        bucket = self._buckets.setdefault(base[0], [])
        same_base = next((e for e in bucket if e.skeleton.base_pattern == base), None)
        # A base already taken: only an override (an availableFormats entry) adds to it.
        if same_base is not None and not override:
            return
        same = next((e for e in bucket if e.skeleton.original == parsed.original), None)
        if same is not None and (not override or (skeleton is not None and same.specified)):
            return
        duplicate = next((e for e in bucket if e.skeleton.base_pattern == base
                          and e.skeleton.types == parsed.types), None)
        if duplicate is None:
            bucket.append(_Entry(parsed, pattern, skeleton is not None))
        else:
            duplicate.pattern = pattern
            duplicate.specified = skeleton is not None

    def best(self, request: Skeleton, include: int = -1) -> tuple[_Entry, int, int]:
        """ICU's ``getBestRaw``: the nearest entry and its (missing, extra) field masks.

        Entries with a field the request lacks cost at least 0x10000, so they are only
        visited if no entry without one comes closer (the answer is the same, faster).
        """
        wanted = request.mask & include
        found = self._nearest(request, include, ~wanted)
        if found is not None and found[0] < _EXTRA_FIELD:
            return found[1]
        found = self._nearest(request, include, 0)
        if found is None:
            raise ValueError("no date patterns to match against")
        return found[1]

    def _nearest(self, request: Skeleton, include: int, forbidden: int
                 ) -> tuple[int, tuple[_Entry, int, int]] | None:
        """The first nearest entry with none of the `forbidden` fields."""
        best: tuple[int, tuple[_Entry, int, int]] | None = None
        for entry in self.entries():
            if entry.skeleton.mask & forbidden:
                continue
            distance, missing, extra = request.distance(entry.skeleton, include)
            if best is None or distance < best[0]:
                best = (distance, (entry, missing, extra))
                if distance == 0:
                    break
        return best


_CANONICAL_ITEMS = "GyQMwWEDFdaHmsSv"


def _parent(name: str) -> str | None:
    """The CLDR parent locale, as Babel's data loader resolves it."""
    if name == "root":
        return None
    exception = get_global("parent_exceptions").get(name)
    if exception:
        return str(exception)
    try:
        lang, territory, script, variant, *_rest = parse_locale(name)
    except ValueError:
        return "root"
    if lang and script and not territory and not variant:
        likely = get_global("likely_subtags").get(lang)
        if likely and parse_locale(likely)[2] != script:
            return "root"
    parts = name.split("_")
    return "root" if len(parts) == 1 else "_".join(parts[:-1])


@cache
def own_data(name: str) -> Mapping[str, Any]:
    """A locale's own CLDR data from Babel, without what it inherits from its parents.

    Read from Babel's file rather than ``localedata.load(name, merge_inherited=False)``:
    Babel caches merged and unmerged data under the same key, so that call returns the
    merged data if the locale was loaded before, and if it was not, leaves the unmerged
    data in the cache for every later ``Locale`` of that name.
    """
    with open(localedata.resolve_locale_filename(name), "rb") as file:
        return pickle.load(file)


@cache
def locale_chain(name: str) -> tuple[str, ...]:
    """A Babel locale and its CLDR parents, most specific first, ``root`` last: the
    order in which UTS #35 looks a datum up."""
    chain: list[str] = []
    current: str | None = name
    while current is not None:
        chain.append(current)
        current = _parent(current)
    return tuple(chain)


def build_pattern_map(date_formats: Iterable[str], time_formats: Iterable[str],
                      available: Iterable[Mapping[str, str]]) -> PatternMap:
    """The candidates from CLDR data: the standard date and time formats (full to short)
    and the ``availableFormats`` of each locale of the chain, most specific first (the
    first entry for a skeleton wins). Any CLDR source will do: a test feeds it ICU's own
    data and checks that the result is ICU's, for every locale."""
    patterns = PatternMap()
    for char in _CANONICAL_ITEMS:
        patterns.add(char, None, override=False)
    for pattern in (*date_formats, *time_formats):
        patterns.add(pattern, None, override=False)
    seen: set[str] = set()
    for formats in available:
        for key in sorted(formats):
            if key not in seen:
                seen.add(key)
                # Every availableFormats entry, root's too, replaces a pattern derived
                # from the standard formats (measured: ICU 77 does so for all locales).
                patterns.add(formats[key], key, override=True)
    return patterns


@cache
def pattern_map(locale_id: str) -> PatternMap:
    """The candidates for a Babel locale (Gregorian calendar), built once."""
    locale = Locale.parse(locale_id)
    widths = ("full", "long", "medium", "short")
    chain = [{key: str(value) for key, value in
              own_data(name).get("datetime_skeletons", {}).items()}
             for name in locale_chain(str(locale))]
    return build_pattern_map((str(locale.date_formats[w].pattern) for w in widths),
                             (str(locale.time_formats[w].pattern) for w in widths), chain)


def adjust_fields(pattern: str, request: Skeleton, matched: Skeleton | None) -> str:
    """ICU's ``adjustFieldTypes``: widen or narrow the pattern's fields to the request."""
    out: list[Token] = []
    for kind, value in tokenize(pattern):
        row = _row(value[0], len(value)) if kind == "field" else None
        if row is None or not request.types[row.field]:
            out.append((kind, value))
            continue
        wanted = request.original[row.field]
        wanted_len = 3 if wanted[0] == "E" and len(wanted) < 3 else len(wanted)
        length = wanted_len
        if row.field in (HOUR, MINUTE, SECOND):
            length = len(value)
        elif matched is not None and wanted[0] not in "ce":
            pattern_numeric = row.type > 0
            matched_numeric = matched.types[row.field] > 0
            if (len(matched.original[row.field]) == wanted_len
                    or pattern_numeric != matched_numeric):
                length = len(value)
        keep_letter = row.field in (HOUR, MONTH, WEEKDAY) or (
            row.field == YEAR and wanted[0] != "Y")
        char = value[0] if keep_letter else wanted[0]
        if char == "E" and length < 3:
            char = "e"
        out.append(("field", char * length))
    return untokenize(out)


@cache
def best_pattern(locale_id: str, skeleton: str) -> str:
    """The pattern ICU's ``DateTimePatternGenerator.getBestPattern`` would give, computed
    from Babel's CLDR data for the Gregorian calendar."""
    glue = str(Locale.parse(locale_id).datetime_formats["medium"])
    return match(pattern_map(locale_id), skeleton, glue)


def match(patterns: PatternMap, skeleton: str, glue: str = "{1} {0}") -> str:
    """ICU's ``getBestPattern`` over some candidates; `glue` joins a date and a time."""
    request = Skeleton.parse(skeleton)
    entry, missing, extra = patterns.best(request)
    if not missing and not extra:
        return adjust_fields(entry.pattern, request, _matched(entry))
    needed = request.mask
    date_mask = sum(1 << i for i in DATE_FIELDS)
    date_part = _appending(patterns, request, needed & date_mask)
    time_part = _appending(patterns, request, needed & ~date_mask)
    if not date_part or not time_part:
        return date_part or time_part
    return glue.replace("{1}", date_part).replace("{0}", time_part)


def _matched(entry: _Entry) -> Skeleton | None:
    return entry.skeleton if entry.specified else None


def _appending(patterns: PatternMap, request: Skeleton, fields: int) -> str:
    """ICU's ``getBestAppending``: the best pattern for some fields, others appended."""
    if not fields:
        return ""
    entry, missing, _extra = patterns.best(request, fields)
    result = adjust_fields(entry.pattern, request, _matched(entry))
    last = 0
    while missing and missing != last:
        last = missing
        entry, still_missing, _extra = patterns.best(request, missing)
        # Root's appendItems glue ("{0} {1}"); the locale's own is not in Babel's data.
        result = f"{result} {adjust_fields(entry.pattern, request, _matched(entry))}"
        missing = still_missing
    return result


def with_am_pm(pattern: str, marker: str) -> str:
    """`pattern` with its am/pm field (``a`` to ``aaaa``) written as the literal `marker`.

    ICU's ``SimpleDateFormat`` writes ``a`` to ``aaaa`` with one set of names (its
    ``AmPmMarkers``, CLDR's *wide* format day periods) and ``aaaaa`` with the narrow
    ones; the caller resolves the marker, this only puts it in place (quoted, so that
    Babel copies it as it is).
    """
    quoted = "'" + marker.replace("'", "''") + "'"
    return untokenize([("text", quoted) if kind == "field" and value[0] == "a"
                       and len(value) < 5 else (kind, value)
                       for kind, value in tokenize(pattern)])


def with_zone(time_pattern: str, full_time_pattern: str) -> str:
    """`time_pattern` with the zone name (``zzzz``) placed where the locale's full time
    format places it, with the same separator: ``h:mm a zzzz``, ``zzzz HH:mm``,
    ``H:mm (zzzz)``. Literal text that belongs to a field (ja ``ss秒``) is not taken."""
    tokens = tokenize(full_time_pattern)
    zone_at = next((i for i, (kind, value) in enumerate(tokens)
                    if kind == "field" and value[0] in "zvVO"), None)
    if zone_at is None:
        return f"{time_pattern} zzzz"
    before = tokens[zone_at - 1] if zone_at and tokens[zone_at - 1][0] == "text" else None
    after = (tokens[zone_at + 1] if zone_at + 1 < len(tokens)
             and tokens[zone_at + 1][0] == "text" else None)
    fields_before = any(kind == "field" for kind, _ in tokens[:zone_at])
    if fields_before:  # the zone follows the time
        opening = before[1] if before else ""
        space = max((i for i, c in enumerate(opening) if c.isspace()), default=None)
        opening = opening[space:] if space is not None else opening
        closing = after[1] if after and not any(
            kind == "field" for kind, _ in tokens[zone_at + 1:]) else ""
        return time_pattern + untokenize(
            [("text", opening), ("field", "zzzz"), ("text", closing)])
    closing = after[1] if after else " "
    space = next((i for i, c in enumerate(closing) if c.isspace()), None)
    closing = closing[:space + 1] if space is not None else closing
    opening = before[1] if before else ""
    return untokenize(
        [("text", opening), ("field", "zzzz"), ("text", closing)]) + time_pattern

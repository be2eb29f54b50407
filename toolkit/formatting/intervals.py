"""Date ranges: CLDR interval formats chosen as ICU's ``DateIntervalFormat`` chooses them.

A range is written with the locale's interval pattern for its skeleton and its *greatest
difference*, the largest calendar field in which its two dates differ (``y``, ``M`` or
``d``): "24–27 March 2025", "30 March – 2 April 2025", "28 December 2025 – 3 January
2026" (en-GB). The ICU engine asks ICU; the Babel engine reads the same CLDR data
(``intervalFormats``) through Babel and picks from it what ICU would, so that the two
engines agree wherever their data do. Babel's own `format_interval` matches skeletons
its own way and never widens a field, so for ``yMMMMd`` it writes "Mar 24 – 27, 2025"
where ICU writes "March 24 – 27, 2025": not used.

ICU's steps, done here over Babel's data (ICU 77, ``dtitvfmt.cpp``):

1. The best interval skeleton for the request: per pattern letter, a width differing
   costs the difference (0x100 between a numeric and a text month), a letter one side
   lacks 0x1000; the first skeleton with the least cost wins. When the best has other
   letters than the request, there is no interval pattern: the fallback is used.
2. For the day, then the month, then the year: the best skeleton's pattern for that
   difference; without one, and unless the field is finer than the skeleton writes
   (``yMMMM`` ignores days), the skeleton is extended with the field's letter ("y" +
   "MMMMd": a year apart, the dates need their years) and looked up again; a month
   extension carries over to the year's lookup ("d" → "Md" → "yMd").
3. A field of the pattern as wide as the best skeleton's and narrower than the request's
   is widened to the request (``MMM`` → ``MMMM``). Not so here for a month written as a
   number where the locale's single date for the request writes it as one too (see
   `widen` and `month_stays_number`): ICU counts letters only.
4. No pattern at all: the locale's fallback ("{0} – {1}") joins the two dates, each in
   the skeleton's own pattern.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from datetime import date
from functools import cache, partial

from babel import Locale

from toolkit.formatting.skeletons import best_pattern, tokenize, untokenize

# ICU's level of each pattern letter (the larger the level, the smaller the unit).
_LEVELS = {"G": 0, "y": 10, "Y": 10, "u": 10, "U": 10, "r": 10, "Q": 15, "q": 15, "M": 20,
           "L": 20, "w": 25, "W": 25, "d": 30, "D": 30, "E": 30, "c": 30, "e": 30, "F": 30}
_DIFFERENT_FIELD, _STRING_NUMERIC = 0x1000, 0x100


def greatest_difference(start: date, end: date) -> str | None:
    """The largest field in which two dates differ ("y", "M", "d"), None if none does."""
    if start.year != end.year:
        return "y"
    if start.month != end.month:
        return "M"
    return "d" if start.day != end.day else None


def ignored(skeleton: str, field: str) -> bool:
    """Whether a difference in `field` does not show in `skeleton` (ICU's
    ``isFieldUnitIgnored``): no field of the skeleton is as small as it or smaller.
    ``yMMMM`` ignores days: two days of one month are one month."""
    level = _LEVELS[field]
    return not any(_LEVELS.get(letter, 0) >= level for letter in skeleton)


def _widths(skeleton: str) -> Counter[str]:
    return Counter(skeleton)


def _numeric_vs_text(letter: str, a: int, b: int) -> bool:
    return letter in "ML" and (a <= 2) != (b <= 2)


def best_skeleton(skeletons: list[str], skeleton: str) -> tuple[str | None, int]:
    """ICU's ``DateIntervalInfo::getBestSkeleton``: the nearest skeleton and how it
    differs (0 the same, 1 only in widths, -1 in its letters)."""
    wanted = _widths(skeleton)
    best: str | None = None
    best_cost, best_info = -1, 0
    for candidate in skeletons:
        have = _widths(candidate)
        cost, info = 0, 1
        for letter in wanted.keys() | have.keys():
            mine, theirs = wanted[letter], have[letter]
            if mine == theirs:
                continue
            if not mine or not theirs:
                info = -1
                cost += _DIFFERENT_FIELD
            elif _numeric_vs_text(letter, mine, theirs):
                cost += _STRING_NUMERIC
            else:
                cost += abs(mine - theirs)
        if best is None or cost < best_cost:
            best, best_cost, best_info = candidate, cost, info
        if cost == 0:
            return candidate, 0
    return best, best_info


def widen(pattern: str, request: str, matched: str,
          keep_month: Callable[[str], bool] | None = None) -> str:
    """ICU's ``adjustFieldWidth``: a field as wide as in the matched skeleton, narrower
    than in the request, is widened to the request's width ("MMM d" → "MMMM d"), but
    for a month field `keep_month` says to leave as it is (`month_stays_number`)."""
    wanted, have = _widths(request), _widths(matched)
    out = []
    for kind, value in tokenize(pattern):
        letter = "M" if value[0] == "L" else value[0]
        if (kind == "field" and have[letter] == len(value) and wanted[letter] > len(value)
                and not (letter == "M" and keep_month is not None and keep_month(value))):
            value = value[0] * wanted[letter]
        out.append((kind, value))
    return untokenize(out)


def writes_month_as_number(pattern: str) -> bool:
    """Whether a date pattern writes its month as a number (``M``, ``MM``, ``L``, ``LL``)."""
    return any(kind == "field" and value[0] in "ML" and len(value) <= 2
               for kind, value in tokenize(pattern))


@cache
def month_stays_number(locale_id: str, request: str, field: str) -> bool:
    """Whether an interval pattern's month `field` (``MMM``) is kept as wide as it is for
    a `request` (``yMMMMd``): when it writes the month as a number (``M``, ``MM``, or
    names that carry the number, zh's abbreviated "3月") and the locale's single date
    for the request writes its month as a number too (zh's "y年M月d日").

    ICU widens by the count of letters alone. Where CLDR's interval pattern for
    ``yMMMd`` says ``MMM`` and the locale's ``yMMMd`` date says ``M`` (zh in CLDR 49:
    "y年MMMd日 – d日"), a ``yMMMMd`` range would get zh's wide month "三月", "2025年
    三月24日 – 27日", beside single dates written "2025年3月24日": a range must read
    as the locale's dates do. The month is not narrowed to ``M`` either, which would
    lose the "月" the abbreviated name carries. A month whose names at the pattern's
    width are words (ki's "KH") is widened as ICU does: keeping it would not make it a
    number, only an abbreviation in a long date. ICU's skeleton matching follows the
    same rule for single dates (``adjustFieldTypes``: a numeric field of the pattern is
    not widened to a text one), which is how zh's single ``yMMMMd`` stays "y年M月d日".
    """
    if not writes_month_as_number(best_pattern(locale_id, request)):
        return False
    if len(field) <= 2:
        return True
    context = "stand-alone" if field[0] == "L" else "format"
    width = {3: "abbreviated", 4: "wide"}.get(len(field), "narrow")
    names = Locale.parse(locale_id).months.get(context, {}).get(width, {})
    return bool(names) and all(any(char.isdigit() for char in str(name))
                               for name in names.values())


Parts = tuple[str, str]  # the pattern for the first date, and for the second


def interval_parts(formats: Mapping[str, Mapping[str, list[str]]], skeleton: str,
                   difference: str, keeps_month: Callable[[str, str], bool] | None = None
                   ) -> Parts | None:
    """The two halves of the interval pattern for a difference, or None (fallback).
    `keeps_month(request, field)`: whether a month field is left as wide as the pattern
    has it (`month_stays_number`)."""
    names = list(formats)
    best, info = best_skeleton(names, skeleton)
    if best is None or info == -1:
        return None
    request, matched = skeleton, best
    extended_request = extended_best = ""
    for field in ("d", "M", "y"):
        parts = formats.get(matched, {}).get(field)
        used, used_info = matched, info
        if not parts and not ignored(matched, field):
            extended_request, extended_best = field + request, field + matched
            parts, used = formats.get(extended_best, {}).get(field), extended_best
            if not parts and info in (0, 1):
                # No "yMMMMd" in the data: its own best match ("yMMMd") then.
                nearest, nearest_info = best_skeleton(names, extended_best)
                if nearest is not None and nearest_info != -1:
                    parts, used, used_info = formats[nearest].get(field), nearest, nearest_info
        if field == difference:
            if not parts or len(parts) != 2:
                return None
            into, of = ((request, used) if used_info != 0
                        else (extended_request, extended_best))
            keep = None if keeps_month is None else partial(keeps_month, into)
            return widen(str(parts[0]), into, of, keep), widen(str(parts[1]), into, of, keep)
        if field == "M" and extended_request:
            # ICU carries a month extension over to the year ("d" -> "Md" -> "yMd").
            request, matched = extended_request, extended_best
    return None


@cache
def babel_interval(locale_id: str, skeleton: str, difference: str) -> Parts | None:
    """What the Babel engine writes a range with: the two halves of the locale's interval
    pattern, or None where it has none (the caller then joins the two dates, each in the
    skeleton's own pattern, with the locale's fallback, as ICU does)."""
    data = Locale.parse(locale_id).interval_formats
    formats = {str(key): {str(f): list(v) for f, v in value.items()}
               for key, value in data.items() if key and not _has_time(str(key))}
    return interval_parts(formats, skeleton, difference,
                          lambda request, field: month_stays_number(locale_id, request, field))


def _has_time(skeleton: str) -> bool:
    return any(letter in "hHkKjJmsSaBbvzZO" for letter in skeleton)

"""Weekdays written beside dates that contradict them ("Tuesday 31 March 2025", a Monday).

A press office writes the weekday by hand next to a date: "on Tuesday, 31 March 2025",
"Dienstag, 31. März", "mardi 31 mars", "2025年3月31日（火）", "3월 31일(화)". The date is a
typed value (`value="2025-03-31"`) that each locale's build writes afresh; the weekday
is words a translator copies. When the two disagree, every language's page prints the
contradiction, and no reader can tell which of them is wrong. normalize reports it
(`toolkit.normalize`) and validate finds it in release XML (`toolkit.release_checks`),
both through `contradictions`, so they agree on what is one.

A weekday belongs to a date when it stands right next to it:

- before it, parted by spaces or a comma at most, and an article some languages put
  there ("Tuesday the 31st", "Dienstag, den 31. März", "الثلاثاء الموافق 31 مارس");
- after it in brackets ("31 March 2025 (Tuesday)", "2025年3月31日（火）", "(화)",
  "（星期二）", "（月・祝）": a holiday's mark may follow the day), or, in the languages
  that write the weekday after the date, right after it ("3월 31일 화요일", "3月31日星期二");
- inside the date's own text (a hand-written `<date>Tuesday 31 March 2025</date>`).

Names are CLDR's, in the text's language, wide and abbreviated (Babel's
`get_day_names`), with Russian's accusative ("в среду", "в пятницу", "в субботу"),
which CLDR does not list. A name that is also a word ("mar", the sea; Polish "nie",
not) is taken as a weekday before a date only when a dot or comma closes it or it is
written as CLDR writes it, capitalised ("Tue 31 March", "Di 31.03."); in brackets, the
short forms count too ("（二）" in Taiwan). Not a date's weekday: one that closes a span
of weekdays ("Monday to Friday, 31 March - 4 April", "lunes y martes"), a repeated one
("every Tuesday", "jeden Dienstag", "todos los martes", "كل ثلاثاء"), one parted from
the date by other words ("moved from Tuesday to 31 March") or by a full stop after a
whole name ("... on Tuesday. 31 March was ...").

Only days are compared (a value of year, month and day); a range's weekday before it is
its first day's, after it its last day's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.dates import get_day_names

from toolkit.model import Inline, Span

CODE = "weekday-mismatch"

# Weekday names as the tool's messages say them (0 is Monday, as `date.weekday()`).
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Prose's forms of a weekday CLDR does not list: Russian's accusative after "в"/"во"
# ("в среду, 2 апреля"), the form a date is written with most; the masculine and neuter
# days' accusative is their nominative, which CLDR has.
_EXTRA_FORMS: dict[str, dict[str, int]] = {
    "ru": {"среду": 2, "пятницу": 4, "субботу": 5},
}
# Words between a weekday and its date ("Tuesday the 31st", "Dienstag, den 31. März",
# Arabic "الموافق", corresponding to).
_JOINERS = ("the", "den", "dem", "الموافق")
# Words before a weekday that make it a repeated one, not a date's: "every Tuesday".
_EVERY = ("every", "each", "jeden", "jedem", "jede", "chaque", "cada", "todos los",
          "todas las", "los", "каждый", "каждую", "каждое", "по", "كل", "كل يوم", "ogni",
          "elke", "iedere", "każdy", "każdą", "todas as", "todos os")
# Words (and dashes) after a weekday that make the next one the end of a span of
# weekdays or a list of them: "Monday to Friday", "lundi au vendredi", "lunes a viernes".
_SPAN_WORDS = ("to", "through", "thru", "till", "until", "and", "or", "bis", "und", "oder",
               "à", "au", "et", "ou", "a", "al", "y", "o", "hasta", "по", "до", "и", "или",
               "إلى", "حتى", "و", "e", "tot", "en", "of", "do", "i", "lub", "fino a")
# Languages that write the weekday after the date without brackets ("3월 31일 화요일").
_AFTER_LANGUAGES = frozenset({"ja", "zh", "ko"})
# Languages written without spaces between words, where a weekday before a date is not
# told from the end of the word before it: only brackets and what follows count.
_UNSPACED = frozenset({"ja", "zh"})


@dataclass(frozen=True)
class Contradiction:
    """A weekday written beside a date that falls on another day."""

    start: int  # where the weekday's name starts, in the text searched
    written: str  # the name as written ("Dienstag", "火")
    named: int  # the weekday it names (0 is Monday)
    value: str  # the date it stands beside (YYYY-MM-DD)
    date_text: str  # the date as written
    skeleton: str = "yMMMMd"  # the date's: whether its year is written

    def message(self) -> str:
        day = dt.date.fromisoformat(self.value)
        named = DAY_NAMES[self.named]
        after = day + dt.timedelta(days=(self.named - day.weekday()) % 7)
        before = after - dt.timedelta(days=7)
        written = f"'{self.written}'" if self.written.casefold() == named.casefold() \
            else f"'{self.written}' ({named})"
        text = (f"{written} is written beside the date '{self.date_text}' ({self.value}), "
                f"a {DAY_NAMES[day.weekday()]}; the nearest {named}s are "
                f"{before.isoformat()} and {after.isoformat()}")
        if "y" not in self.skeleton:
            # A date written without its year was given one (the release's or the next):
            # the weekday may be right for a year before or after it.
            for year in (day.year - 1, day.year + 1):
                try:
                    other = day.replace(year=year)
                except ValueError:  # (29 February)
                    continue
                if other.weekday() == self.named:
                    text += f" (and {other.isoformat()}: the year is not written)"
        return text + ": correct the weekday or the date, which every language's page " \
            "would print"


@dataclass(frozen=True)
class _Names:
    """One language's weekday names and the patterns built of them."""

    days: dict[str, int]  # case-folded name (without a final dot) -> weekday
    short: dict[str, int]  # CLDR's short forms, counted in brackets only ("（二）")
    exact: frozenset[str]  # abbreviations as CLDR writes them, capitalised
    wide: frozenset[str]  # case-folded wide names (and prose's forms)
    before: re.Pattern[str] | None  # a weekday closing the text before a date
    after: re.Pattern[str]  # a weekday opening the text after a date
    inside: re.Pattern[str]  # a weekday anywhere in a date's own text
    every: re.Pattern[str]  # the text before a repeated weekday
    span: re.Pattern[str]  # the text before the last weekday of a span of weekdays
    reach: int  # how far before a date its weekday can start

    def day(self, written: str) -> int | None:
        key = written.casefold().rstrip(".")
        day = self.days.get(key)
        return self.short.get(key) if day is None else day


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_SPACE = "[ \u00a0\u202f]"
_LETTER = r"[^\W\d_]"


@cache
def _names(lang: str) -> _Names | None:
    """The weekday names of `lang` (a BCP 47 tag), or None when CLDR has none for it."""
    try:
        locale = Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        try:
            locale = Locale.parse(re.split(r"[-_]", lang)[0])
        except (UnknownLocaleError, ValueError):
            return None
    base = locale.language
    days: dict[str, int] = {}
    short: dict[str, int] = {}
    exact: set[str] = set()
    wide: set[str] = set()
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated", "short"):
            for day, name in get_day_names(width, context, locale).items():
                name = name.rstrip(".")
                if width == "short":
                    short[name.casefold()] = day
                    continue
                days[name.casefold()] = day
                if width == "wide":
                    wide.add(name.casefold())
                elif name[:1].isupper():
                    exact.add(name)
    for name, day in _EXTRA_FORMS.get(base, {}).items():
        days[name] = day
        wide.add(name)
    if not days:
        return None
    short = {name: day for name, day in short.items() if name not in days}
    names = _alt(days)
    bracketed = _alt([*days, *short])
    closing = "[)）・･,，、]"
    before = None
    if base not in _UNSPACED:
        before = re.compile(
            rf"(?<![^\W_])(?P<day>{names})(?P<dot>\.)?(?P<comma>{_SPACE}*[,،])?"
            rf"{_SPACE}*(?:(?:{_alt(_JOINERS)}){_SPACE}+)?\Z", re.IGNORECASE)
    plain = ""
    if base in _AFTER_LANGUAGES:
        plain = "|(?P<plain>" + _alt(n for n in days if n in wide or len(n) > 1) + ")"
    after = re.compile(rf"{_SPACE}*(?:[(（](?P<day>{bracketed})(?:[・･,，、][^()（）]{{1,4}})?"
                       rf"[)）]{plain})", re.IGNORECASE)
    in_brackets = rf"(?<=[(（])(?:{bracketed})(?={closing})"
    if base in _UNSPACED:
        inside = re.compile(rf"(?P<day>{_alt(wide)}|{in_brackets})", re.IGNORECASE)
    else:
        inside = re.compile(rf"(?<![^\W_])(?P<day>{in_brackets}|{names})(?P<dot>\.)?"
                            rf"(?!{_LETTER})", re.IGNORECASE)
    every = re.compile(rf"(?<!{_LETTER})(?:{_alt(_EVERY)}){_SPACE}*\Z", re.IGNORECASE)
    span = re.compile(rf"(?<!{_LETTER})(?:{names})\.?{_SPACE}*(?:(?:{_alt(_SPAN_WORDS)})"
                      rf"|[-–—~〜～]|,){_SPACE}*\Z", re.IGNORECASE)
    return _Names(days, short, frozenset(exact), frozenset(wide), before, after, inside,
                  every, span, max(map(len, days)) + 24)


def _weekday(names: _Names, match: re.Match[str], text: str) -> int | None:
    """The weekday a name matched before a date or in its text is; None when it is an
    abbreviation that may be a word ("mar", "nie"): one neither closed by a dot or comma,
    nor in brackets, nor written as CLDR writes it, capitalised."""
    written = match["day"]
    key = written.casefold()
    groups = match.groupdict()
    if key in names.wide:
        # (a whole name and a full stop end a sentence: "... on Tuesday. 31 March was")
        return None if groups.get("dot") else names.days[key]
    bracketed = text[match.start("day") - 1:match.start("day")] in ("(", "（") \
        and match.start("day") > 0
    if groups.get("dot") or groups.get("comma") or bracketed or written in names.exact:
        return names.day(written)
    return None


def _full_day(value: str | None) -> bool:
    return value is not None and len(value) == 10 and value[4] == "-"


def contradictions(text: str, dates: Sequence[tuple[int, int, Span]],
                   lang: str) -> list[Contradiction]:
    """The weekdays of `text` that contradict the date beside them. `dates` are the
    date spans in it, each with where its text starts and ends in `text`."""
    names = _names(lang)
    if names is None:
        return []
    found: list[Contradiction] = []
    for start, end, date in dates:
        value, last = date.get("value"), date.get("end")
        if value is None or not _full_day(value):
            continue
        if last is None or not _full_day(last):
            last = value
        shown, skeleton = text[start:end], date.get("skeleton", "yMMMMd")
        # A weekday in the date's own text (a hand-written one): in a range, the first
        # is its first day's and the last its last day's, one alone either's.
        inside = [(m, d) for m in names.inside.finditer(shown)
                  if (d := _weekday(names, m, shown)) is not None]
        for index, (match, day) in enumerate(inside):
            first, final = dt.date.fromisoformat(value), dt.date.fromisoformat(last)
            allowed = {first.weekday(), final.weekday()} if len(inside) == 1 else \
                {first.weekday()} if index == 0 else \
                {final.weekday()} if index == len(inside) - 1 else \
                {first.weekday(), final.weekday()}
            if day not in allowed:
                found.append(Contradiction(start + match.start("day"), match["day"], day,
                                           last if index and index == len(inside) - 1
                                           else value, shown, skeleton))
        if names.before is not None:
            # Searched in the last characters before the date only: a name, its dot
            # or comma and a joiner fit in them, and a search tries every place it
            # could start (over 80 characters, most of what validate spent on dates).
            ahead = names.before.search(text, max(0, start - names.reach), start)
            named = _weekday(names, ahead, text) if ahead is not None else None
            if ahead is not None and named is not None \
                    and not _repeated(names, text[max(0, start - 80):ahead.start("day")]) \
                    and named != dt.date.fromisoformat(value).weekday():
                found.append(Contradiction(ahead.start("day"), ahead["day"], named, value,
                                           shown, skeleton))
        behind = names.after.match(text, end)
        if behind is not None:
            group = "day" if behind["day"] is not None else "plain"
            named = names.day(behind[group])
            if named is not None and named != dt.date.fromisoformat(last).weekday():
                found.append(Contradiction(behind.start(group), behind[group], named, last,
                                           shown, skeleton))
    return found


def _repeated(names: _Names, head: str) -> bool:
    """Whether the text before a weekday makes it no date's: "every", or a span of
    weekdays it ends ("Monday to", "lundi au")."""
    return bool(names.every.search(head) or names.span.search(head))


def flatten(content: tuple[Inline, ...]) -> tuple[str, list[tuple[int, int, Span]]]:
    """A segment's text, and where each date span's text is in it (dates inside `em`,
    `strong` or a link too: what is around them is still the words beside them)."""
    parts: list[str] = []
    dates: list[tuple[int, int, Span]] = []
    _flatten(content, parts, dates, 0)
    return "".join(parts), dates


def _flatten(items: tuple[Inline, ...], parts: list[str], dates: list[tuple[int, int, Span]],
             size: int) -> int:
    """`flatten` of `items`, from offset `size`: the offset after them. (A function of
    its own, not a closure: a closure that calls itself is a reference cycle, which only
    the garbage collector frees.)"""
    for part in items:
        if isinstance(part, str):
            parts.append(part)
            size += len(part)
        elif part.name == "date":
            text = part.text
            dates.append((size, size + len(text), part))
            parts.append(text)
            size += len(text)
        else:
            size = _flatten(part.content, parts, dates, size)
    return size


def in_content(content: tuple[Inline, ...], lang: str) -> Iterator[Contradiction]:
    """The contradictions in a segment's content (offsets in its flattened text)."""
    if _has_date(content):  # (most segments have none: their text is not made)
        text, dates = flatten(content)
        yield from contradictions(text, dates, lang)


def _has_date(content: tuple[Inline, ...]) -> bool:
    for part in content:
        if not isinstance(part, str) and (part.name == "date" or _has_date(part.content)):
            return True
    return False


def locate(source: str, line: int, found: Contradiction) -> tuple[int, int]:
    """Where the weekday of `found` is in `source`, a file's text, searched from `line`
    (1-based) over the next lines: (line, column), both 1-based; the column is 0 when
    the name is not found there (the text was re-joined or its markup split it)."""
    lines = source.splitlines()
    for number in range(max(line, 1), min(len(lines), max(line, 1) + 20) + 1):
        text = lines[number - 1]
        at = text.find(found.written)
        if at < 0:
            continue
        near = text.find(found.date_text)
        if near >= 0:
            # The occurrence nearest to the date, where a line names the weekday twice.
            spots = [m.start() for m in re.finditer(re.escape(found.written), text)]
            at = min(spots, key=lambda spot: abs(spot - near))
        return number, at + 1
    return line, 0

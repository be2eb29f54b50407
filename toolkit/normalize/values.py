"""Recognisers of typed values in prose: dates, times, durations, numbers, ordinals, money.

Each rule is a regular expression, compiled once per source language from that
language's CLDR names (`locale_patterns`), and a function that turns a match into spans
with the vocabulary's attributes. A span keeps the source text it covers, so building the
source locale gives the text back; its attributes say how to write it in other locales:

    December 24, 2022        date value=2022-12-24 skeleton=yMMMMd
    December 24              date value=2022-12-24 skeleton=MMMMd (year of the date line)
    October (of this year)   date value=2022-10 skeleton=MMMM
    2023-2025                date value=2023 skeleton=y, "-", date value=2025 skeleton=y
    2:40 p.m. / 14:40 / noon time value=14:40 / 14:40 / 12:00
    an hour and a half       duration value=PT1H30M
    30th                     number value=30 style=ordinal
    3.4 million / 340万       number value=3400000 notation=compact
    USD 2 million            money value=2000000 currency=USD notation=compact

Rules never invent: a date without a year is marked up only when the release's year is
known, a value that does not exist (February 30) stays text, and digits after words such
as "Resolution" or inside codes such as "COVID-19" are claimed by blocking rules so that
no other rule reads them. Where a rule had to choose (which currency "$" is, which year
"in October" means) it leaves a note for the report.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import cache, partial
from types import MappingProxyType

from babel import Locale

from toolkit.model import Inline, Span
from toolkit.normalize import ethiopian
from toolkit.normalize.locale_patterns import (
    AGE_AFTER,
    AGE_BEFORE,
    AGE_OF,
    AMBIGUOUS_CURRENCY,
    BARE_HOUR_RANGES,
    BARE_HOURS,
    BUDDHIST_ERA,
    BUDDHIST_ERA_OFFSET,
    BUDDHIST_FISCAL_YEAR,
    BUDDHIST_YEAR_BEFORE,
    CLASSIFIERS,
    CLOCK_HOURS,
    CLOCK_MINUTES,
    COUNTED_HOURS,
    CURRENCY_OF,
    CURRENCY_WORDS,
    DURATION_BEFORE,
    ERA_NAMES,
    ETHIOPIAN_DAY_PARTS,
    ETHIOPIAN_DAY_WORD,
    ETHIOPIAN_HOUR_WORDS,
    ETHIOPIAN_MARKS,
    ETHIOPIAN_MONTHS,
    FIRST_YEAR,
    HALF_BEFORE_UNIT,
    HAN_COUNTED_YEARS,
    HAN_COUNTED_YEARS_NOT_BEFORE,
    HAN_DIGITS,
    HAN_NOT_UNITS,
    HAN_QUANTITY,
    HAN_QUANTITY_NOT_AFTER,
    HAN_YEAR_DIGITS,
    HIJRI_MONTHS,
    HOUR_RANGES,
    HOUR_RANGES_AFTER,
    HOUR_WORD_JOINS,
    HOUR_WORD_RANGES,
    HOUR_WORDS_BEFORE,
    HYPHENED_ENDINGS,
    IDENTIFIER_WORDS,
    JAPANESE_ERAS,
    MARKED_HOUR_RANGES,
    NEXT_MONTH_AFTER,
    NEXT_MONTH_BEFORE,
    NOT_AGE_NOUNS,
    NUMBER_WORD_JOINS,
    NUMBER_WORDS,
    ONE_WORD_UNITS,
    ONE_WORDS,
    ONES_FIRST,
    PERCENT_WORDS_BEFORE,
    PERIOD_AFTER_HOUR,
    PERIOD_BEFORE_HOUR,
    PHONE_WORDS,
    RANGE_WORDS,
    SCALE_RUNS_ON,
    SCALED_CURRENCY_WORDS,
    SOLAR_HIJRI_MARKS,
    SOLAR_HIJRI_MONTH_WORD,
    SOLAR_HIJRI_MONTHS,
    SOLAR_HIJRI_YEAR_WORD,
    SPACED_CJK,
    SPACES,
    SUNRISE_HOUR_NAMES,
    SUNRISE_HOUR_WORDS,
    SUNRISE_MINUTE_WORDS,
    SUNRISE_OFFSET,
    SUNRISE_PERIOD_JOINS,
    TENS_PREFIXES,
    TIME_PREPOSITIONS,
    TIME_RANGE_PAIRS,
    WORD_CODES,
    WORD_ENDINGS,
    YEAR_RANGE_WORDS,
    YEAR_SPAN_AFTER,
    YEAR_SPAN_BEFORE,
    ZONE_PHRASES,
    LocaleNames,
    day_period_hours,
    iso_codes,
    names,
    names_a_zone,
    week_words,
)
from toolkit.normalize.solar_hijri import to_gregorian
from toolkit.release_xml import canonical_attrs
from toolkit.vocabulary import INLINE_ATTRIBUTES

# One space as copied text writes it (SPACES), in a pattern. Not "[ \u00a0\u202f]": re
# compiles a class of three characters this far apart into a map of all 65,536 (about
# 100 microseconds), and the rules of one language hold hundreds of spaces, about 300M
# instructions a process (an English page's rules); this spelling matches the same one
# character and compiles in a seventh, though it repeats more slowly (the families
# scanned over every paragraph take the class).
S = "(?:[ \u00a0]|\u202f{1})"
# Characters from first to last, each pair inclusive: ("\u4e00", "\u9fff") is Han.
CharRanges = tuple[tuple[str, str], ...]


def in_ranges(char: str, ranges: CharRanges) -> bool:
    """Whether `char` (one character; "" is in none) is in one of `ranges`."""
    return bool(char) and any(low <= char <= high for low, high in ranges)


def holds_any(text: str, ranges: CharRanges) -> bool:
    """Whether `text` holds a character of `ranges`, looked for among its distinct
    characters: `re` compiles a class of a wide range ("[\u4e00-\u9fff]") in Python code
    at 10-30M instructions, a cost every process paid for a test this cheap."""
    return any(in_ranges(char, ranges) for char in set(text))


_HANGUL = (("\uac00", "\ud7a3"),)  # the syllables "가" to "힣" (in_ranges)
_DIGIT = re.compile(r"\d")
# A name, then a quantity between commas: Italian and Portuguese news (AGE_OF) give an
# age so.
_AGE_APPOSITION = re.compile(r"(?<![.!?] )\b[A-ZÀ-Ý][\w'’-]+,[ \u00a0]$")
# A telephone number's digit groups after its word (PHONE_WORDS): "0422 000 000".
_PHONE_DIGITS = re.compile(r"\d+(?:[ \u00a0/.\-–]?\d+)*")
# In text written without spaces (ja, zh) every Han or kana character is a word of its
# own, so a rule's word boundaries there look only at the letters and digits of spaced
# scripts (Latin, Greek, Cyrillic, full-width Latin): "約30分間" holds "30分間".
_SPACED_LETTERS = ("A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af"
                   "\u0370-\u03ff\u0400-\u052f\u1e00-\u1eff\uff21-\uff3a\uff41-\uff5a")
_SPACED_WORD = _SPACED_LETTERS + "0-9\uff10-\uff19_"


def _capitals() -> str:
    """A class of the capitals of the spaced scripts (Latin with its extensions, Greek,
    Cyrillic): a word after "25." or "proc." that opens with one opens a sentence, so the
    number or the abbreviation ended one. All of them, not Latin-1's and Turkish's: Polish
    "Środki", Czech "Česko", Hungarian "Őszintén" open sentences too."""
    ranges: list[list[int]] = []
    for code in (*range(0x41, 0x250), *range(0x370, 0x530), *range(0x1E00, 0x1F00)):
        if chr(code).isupper() or chr(code).istitle():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return "[" + "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges) + "]"


_CAPITAL = _capitals()


class _DigitsAsAscii(dict[int, int]):
    """A translation table (`str.translate`) writing every script's decimal digits
    (Unicode's Nd: full width, Arabic-Indic, Devanagari, Bengali, Thai, Myanmar...) as
    ASCII, filled in as characters are met: the whole table, 660 digits (Unicode 14) among
    1.1 million code points, is too dear to list at import. Any other character maps to
    itself."""

    def __missing__(self, code: int) -> int:
        value = unicodedata.decimal(chr(code), None)
        self[code] = mapped = code if value is None else 0x30 + value
        return mapped


_ASCII_DIGITS = _DigitsAsAscii()
# East Asian text writes digits full width, and the punctuation between them too
# ("２０２２年１２月２４日", "１４：４０", "２，０００円"). The rules read a copy with ASCII
# digits, one character for one, so a match's offsets hold in the text as written and
# its spans keep that text; "：" and "，" elsewhere are prose punctuation and stay.
# Arabic text writes Arabic-Indic digits (Persian and Urdu their Eastern forms), with
# "٫" (decimal), "٬" (group) and "٪" (percent): "٤٫٥", "٣٬٥٠٠", "٨٧٪", read the same way.
# Arabic text also writes Western digits with its separators ("2٫5 مليون", "120٬000"),
# which are never prose punctuation: such a text is read from the ASCII copy too, else
# each side of the separator was a value of its own ("000", a number 0 in every locale).
# Japanese typists write that hyphen with the long-vowel mark "ー", the hyphen "‐" or
# the minus sign "−" too ("098ー866ー2374"), read as it is between digits only: "ー" is
# in most Japanese text, where the ASCII copy would be made for nothing.
# Every script's decimal digits are read so (Thai "๒๕๖๕", Hindi "२४ दिसंबर २०२२",
# Bengali, Tamil, Myanmar...): re's \d takes them all, and a value's attribute is ASCII
# (xs:decimal), so "२४" kept as written was a release its own validation refused. A
# digit that is not ASCII is `[^\D0-9]`, a category and a range, cheap to compile (a
# class of each script's ten was one more range per script). The full-width hyphen and
# Arabic's signs are looked for on their own: a second class in an alternative cost the
# search its scan by character class, as below (twice the time on every text not in
# ASCII).
_READ_AS_ASCII = re.compile("[^\\D0-9]")
_READ_AS_ASCII_SIGNS = "－٫٬٪"
# (Its own pattern, asked only of a text holding one of the three: an alternative of the
# one above, it cost every text's search its scan by character class, +1.6% of
# normalize's instructions on English pages.)
_HYPHEN_BETWEEN_DIGITS = re.compile("[0-9][ー‐−][0-9]")


def _read_as_ascii(text: str) -> bool:
    """Whether a text is read from its ASCII copy too (`ascii_digits`)."""
    if text.isascii():  # (known to the string object: no scan)
        return False
    return _READ_AS_ASCII.search(text) is not None or any(
        sign in text for sign in _READ_AS_ASCII_SIGNS) or (
        ("ー" in text or "‐" in text or "−" in text)
        and _HYPHEN_BETWEEN_DIGITS.search(text) is not None)


# A numeral of more digits than any value a release gives (a serial, a pasted hash, a
# broken page's line of digits or of "000" groups) is text, read as word characters that
# no rule reads: Python refuses to convert one of more than 4,300 digits, which ended
# normalize in a traceback, and every rule that failed at one of its groups ran on to its
# end, so a long one cost its length squared (10,000 groups: 90 s).
LONGEST_NUMERAL = 100
_LONG_NUMERAL = re.compile(rf"\d(?:[,.'{SPACES}]?\d){{{LONGEST_NUMERAL},}}")
# (The full-width hyphen joins a telephone number's groups, "０９８－８６６－２３７４", which
# the rules know as "098-866-2374", a code, and not as the numbers 866 and 2374.)
_BETWEEN_DIGITS = re.compile("(?<=[0-9])[：，．／－ー‐−٫٬](?=[0-9])|(?<=[0-9])٪")
_ASCII_PUNCTUATION = {"：": ":", "，": ",", "．": ".", "／": "/", "－": "-", "ー": "-", "‐": "-",
                      "−": "-", "٫": ".", "٬": ",", "٪": "%"}


# Arabic joins the conjunctions و and ف, and the prepositions ب, ل and ك, to the word
# after them, a number too: "و120,000" (and 120,000), "ب٣٠٪" (by 30%), "ل2025" (for
# 2025), "وبـ٣٠٪" (a tatweel may stretch the joint). Such a prefix, a word of its own
# before the digits, is read as a character no rule takes for a word, one for one: the
# value is found after it and the prefix stays text before its span. A word that only
# starts with these letters ("بلد", "كل") is not one, so its digits stay joined to it.
_AR_JOINED = re.compile(r"(?<!\w)(?:[وف]?[بلك]|[وف])ـ?(?=[0-9])")
# Hebrew joins its prefixes (ו and, ה the, ב in, כ about, ל to, מ from, ש that; up to
# three, "וכ", "ומה") to a number with a hyphen: "כ-15%", "ב-2023", "ל-1,200". The
# hyphen after other letters (a Latin code, "F-35", or a Hebrew word) keeps its digits.
_HE_JOINED = re.compile(r"(?<![\w-])[ושהבכלמ]{1,3}-(?=[0-9])")
# Amharic writes its prepositions ለ (for, to), በ (in, by), ከ (from, than) and እስከ
# (until) against the word after them, a number too: "ለ30 ደቂቃ" (for 30 minutes), "በ15
# በመቶ" (by 15 per cent), "በ1.5 ቢሊዮን ብር". The value had stayed text.
_AM_JOINED = re.compile(r"(?<!\w)(?:እስከ|[ለበከ])(?=[0-9])")
_JOINED: Mapping[str, re.Pattern[str]] = MappingProxyType({"ar": _AR_JOINED, "he": _HE_JOINED,
                                                           "am": _AM_JOINED})
# A year after a month's count ("mwezi 12 mwaka 2022", "mwezi 12, 2022"): the month's
# number in a date, no length of time (`_words_first`)
_YEAR_AFTER = re.compile(rf"[,{SPACES}]+(?:[^\W\d_]+[{SPACES}]+)?(?:1[89]|2[01])\d\d(?!\d)")
_DETACHED = "\x00"  # what a joined prefix is read as: no word, space or sign (XML has none)


def _detach_prefixes(text: str, joined: re.Pattern[str]) -> str:
    """`text` (its digits ASCII) with a language's joined prefixes read as `_DETACHED`."""
    return joined.sub(lambda m: _DETACHED * len(m.group(0)), text)


def ascii_digits(text: str) -> str:
    """Every script's decimal digits, and the separators between full-width and Arabic
    ones, as ASCII (same length)."""
    folded = text.translate(_ASCII_DIGITS)
    return _BETWEEN_DIGITS.sub(lambda m: _ASCII_PUNCTUATION[m.group(0)], folded)


# The letters with a nukta that Unicode keeps from composition (Devanagari "ड़" U+095C,
# "फ़" U+095E; Bengali "ড়", Gurmukhi, Oriya): NFC writes them as the letter and the
# nukta, and so do CLDR and the tables ("करोड़", "फ़रवरी"), but a keyboard may type them
# as one character, and "₹1,500 करो\u095c" was 1500, the crore lost. Such a text is
# read from a copy with each decomposed (`_decomposed`), both forms meeting the tables.
_COMPOSITION_EXCLUDED = re.compile("[\u0958-\u095f\u09dc\u09dd\u09df\u0a33\u0a36"
                                   "\u0a59-\u0a5b\u0a5e\u0b5c\u0b5d]")


def _decomposed(text: str) -> tuple[str, list[int]]:
    """`text` with its composition-excluded letters decomposed, as NFC writes them, and
    where each of the copy's offsets falls in `text` (one more than the copy's length);
    an offset between a letter and its nukta falls after the letter as written."""
    pieces: list[str] = []
    origin: list[int] = []
    at = 0
    for match in _COMPOSITION_EXCLUDED.finditer(text):
        start = match.start()
        pieces.append(text[at:start])
        origin.extend(range(at, start))
        decomposed = unicodedata.normalize("NFD", match.group())
        pieces.append(decomposed)
        origin.append(start)
        origin.extend([start + 1] * (len(decomposed) - 1))
        at = start + 1
    pieces.append(text[at:])
    origin.extend(range(at, len(text) + 1))
    return "".join(pieces), origin


def _as_written(found: Found, text: str, origin: list[int] | None = None) -> Found:
    """A match in a copy read for the text (ASCII digits, letters decomposed), its
    parts' text taken back from the text as written; `origin` maps the copy's offsets
    to the text's where their lengths differ (`_decomposed`)."""
    parts: list[Inline] = []
    at = found.start
    for part in found.parts:
        size = len(part) if isinstance(part, str) else len(part.text)
        written = text[at:at + size] if origin is None else text[origin[at]:origin[at + size]]
        parts.append(written if isinstance(part, str) else
                     Span(part.name, part.attrs, (written,)))
        at += size
    if origin is None:
        return replace(found, parts=tuple(parts))
    return replace(found, start=origin[found.start], end=origin[found.end], parts=tuple(parts))
# "4 anni e 6 mesi", "två timmar och tjugo minuter": one duration
_AND = {"en": ("and",), "fr": ("et",), "ru": ("и",), "de": ("und",), "es": ("y",),
        "pt": ("e",), "it": ("e",), "nl": ("en",), "pl": ("i",), "sv": ("och",),
        "da": ("og",), "nb": ("og",), "nn": ("og",), "fi": ("ja",), "ro": ("și", "şi")}


@dataclass(frozen=True)
class Note:
    """A guess a rule made, for the report."""

    what: str
    value: str
    rule: str


@dataclass(frozen=True)
class Found:
    """A stretch of text a rule recognised and what replaces it (spans and text)."""

    start: int
    end: int
    parts: tuple[Inline, ...]  # empty for a blocking rule: the text stays as it is
    rank: int  # the rule's place in the table: lower wins between equal matches
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True)
class Context:
    """What a rule may use besides the text: the year and month of the release's date."""

    year: int | None = None
    month: int | None = None

    def year_of(self, month: int) -> int | None:
        """The year of a month written without one: the next year's for a month up to five
        after the release's across the new year, else the date line's. A December
        release's "15 January" is a deadline ahead, not a day eleven months past; a month
        as near behind as ahead (its June), or any month of a March release (whose
        "November" is this year's, ahead), stays in the date line's year."""
        if self.year is None or self.month is None:
            return self.year
        return self.year + (month < self.month and (month - self.month) % 12 <= 5)


_WORD = re.compile(r"[^\W\d_]+")


def words_of(text: str) -> frozenset[str]:
    """The words of a text, case-folded: what rules' triggers are looked up in."""
    return frozenset(_WORD.findall(text.casefold()))


@dataclass(frozen=True)
class Trigger:
    """When a rule is worth running: one of its words is in the text (a set lookup, not
    a scan), or, for what is not a word ("@", "://"), one of its substrings; and, when
    `also` has any, one of those words too."""

    words: frozenset[str]
    substrings: tuple[str, ...] = ()
    also: frozenset[str] = frozenset()

    @classmethod
    def of(cls, spellings: Iterable[str], substrings: tuple[str, ...] = ()) -> Trigger:
        words = set()
        extra = list(substrings)
        for spelling in spellings:
            found = _WORD.findall(spelling.casefold())
            if found:
                words.add(max(found, key=len))  # the most telling word of a phrase
            else:
                extra.append(spelling)
        return cls(frozenset(words), tuple(extra))

    def fires(self, text: str, words: frozenset[str]) -> bool:
        if self.also and self.also.isdisjoint(words):
            return False
        if not self.words.isdisjoint(words):
            return True
        return bool(self.substrings) and any(s in text for s in self.substrings)


class LazyPattern:
    """A regular expression compiled when it is first run. A language's recognizer holds
    hundreds of patterns, and Python compiles each in Python code (a few thousand
    characters cost milliseconds); most of a rule's own patterns run only where their
    family matched or their trigger word occurs, and most of a page reader's only on
    pages of some kind, so a run that never needs one never compiles it. The source is
    `pattern`, as a compiled pattern's is."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled().match(text, pos)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled().search(text, pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(text)

    def sub(self, repl: str, text: str, count: int = 0) -> str:
        return self.compiled().sub(repl, text, count=count)

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        return self.compiled().split(text, maxsplit=maxsplit)


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: LazyPattern
    handle: Callable[[re.Match[str], Context, int], Found | None]


def _with_zone(time: Span, zone: str) -> Span:
    """A time span, its text and value kept, in `zone`."""
    return Span(time.name, canonical_attrs(time.name, [*time.attrs, ("zone", zone)]),
                time.content, time.line)


def span(name: str, text: str, **attrs: str) -> Span:
    """A typed span; attributes in the vocabulary's order, as the XML reader puts them."""
    order = INLINE_ATTRIBUTES[name]
    if all(key in order for key in attrs):
        items = tuple((key, attrs[key]) for key in order if key in attrs)
    else:
        items = canonical_attrs(name, list(attrs.items()))
    return Span(name, items, (text,))


def select(candidates: Iterable[Found]) -> list[Found]:
    """Non-overlapping matches: leftmost first, then longest, then the earlier rule."""
    chosen: list[Found] = []
    end = -1
    for found in sorted(candidates, key=lambda f: (f.start, f.start - f.end, f.rank)):
        if found.start >= end:
            chosen.append(found)
            end = found.end
    return chosen


# ---------------------------------------------------------------- regex building
def alt(words: Iterable[str], *, ignore_case: bool = False) -> str:
    """An alternation of literal words, longest first; spaces match any space."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    body = "|".join(re.escape(w).replace("\\ ", f"{S}+") for w in unique) or "(?!)"
    return f"(?i:{body})" if ignore_case else f"(?:{body})"


def _stopped_words(words: Iterable[str]) -> str:
    """An alternation of words in any case, an abbreviation's full stop ("pct.", "proc.")
    inside it only where the sentence goes on (a lower-case word, a digit, a clause's
    punctuation after it, or a dash and a lower-case word: "spada o 70 proc. – wyjaśnia",
    the speaker's words after a quotation): at a sentence's end the stop is the
    sentence's, left to it."""
    plain = [word for word in words if not word.endswith(".")]
    stopped = [word[:-1] for word in words if word.endswith(".")]
    if not stopped:
        return alt(plain, ignore_case=True)
    dotted = (rf"{alt(stopped, ignore_case=True)}"
              rf"(?:\.(?={S}*[,;:]|(?:{S}+[–—-])?{S}+(?!{_CAPITAL})[^\W_]))?")
    return f"(?:{alt(plain, ignore_case=True)}|{dotted})" if plain else dotted


def _number_body(n: LocaleNames) -> str:
    group = f"{S}" if not n.group.strip() else re.escape(n.group)
    if n.space_group:
        group = f"(?:{group}|{S})"  # "1.320" and, as a regional variant writes it, "1 320"
    if n.apostrophe_group:
        group = f"(?:{group}|['\u2019])"  # "1.500" and Switzerland's "1'500", "1’500"
    decimal = re.escape(n.decimal)
    # "12,34,567" (en_IN, hi): pairs above the thousands, tried before the groups of three
    # that would take its "12" alone
    lakhs = rf"\d{{1,2}}(?:{group}\d\d)+{group}\d{{3}}(?:{decimal}\d+)?(?!{group}?\d)|" \
        if n.two_groups else ""
    return rf"{lakhs}\d{{1,3}}(?:{group}\d{{3}})+(?:{decimal}\d+)?|\d+(?:{decimal}\d+)?"


def _after_words(words: Iterable[str]) -> str:
    """Look-behinds, one a word and a space (any of SPACES: a look-behind has one width),
    joined by "|": where a digit after one of `words` starts; "" for no words."""
    return "|".join(f"(?<={re.escape(word)}{space})" for word in words for space in SPACES)


def _bare_range(pairs: tuple[tuple[str, str], ...]) -> str:
    """Either hour of "dalle 21 alle 6": the first after the first word, an hour and the
    second word after it; the second after them (a look-behind per width)."""
    hour = r"(?:[01]?\d|2[0-3])(?![\w]|[:.,]\d)"
    where = [rf"(?<={re.escape(a)} )(?=\d\d? {re.escape(b)} {hour})" for a, b in pairs]
    where += [rf"(?<={re.escape(a)} {digits} {re.escape(b)} )"
              for a, b in pairs for digits in (r"\d", r"\d\d")]
    return rf"(?:{'|'.join(where)})(?P<hour>{hour})"


_LAST_WORD = re.compile(r"[^\W\d_]+\Z")
# ... or an abbreviation's, its full stop with it ("godz. 10 i 16")
_LAST_WORD_OR_ABBREVIATION = re.compile(r"[^\W\d_]+\.?\Z")


def _marked_range(pairs: tuple[tuple[str, str], ...], n: LocaleNames, w: str) -> str:
    """Two times joined as a range, the first written with the hour's mark ("de 14 h à
    16 h 30", "entre 9h et 12h"); the last may take an hour word ("à 17 heures")."""
    marks = alt([m for m in n.hour_marks if m.isalpha()])
    words = alt(CLOCK_HOURS.get(n.lang, ()))
    hour, minute = r"[01]?\d|2[0-3]", r"[0-5]\d(?!\d)"
    openers = "|".join(rf"(?<=(?<![{w}])(?i:{re.escape(first)}){space})"
                       for first, _ in pairs for space in SPACES)
    joins = alt([join for _, join in pairs])
    return (rf"(?:{openers})(?P<hour>{hour}){S}*(?:{marks})(?:{S}*(?P<minute>{minute}))?"
            rf"(?![{w}])(?P<join>{S}+(?:{joins}){S}+)(?P<hour2>{hour})"
            rf"(?:{S}*(?:{marks})(?:{S}*(?P<minute2>{minute}))?|{S}+(?:{words})"
            # "à 17 heures 30", not "à 17 heures 30 personnes"
            rf"(?:{S}+(?P<minute3>{minute})(?![{w}]|[:.,]\d|{S}\d))?)(?![{w}])")


def _word_range(pairs: tuple[tuple[str, str], ...], n: LocaleNames, w: str, lt: str) -> str:
    """Two bare hours joined as a range before one hour word ("van 10 tot 17 uur", "de 10
    à 17 heures 30"), the first after the range's opening word."""
    hour = r"[01]?\d|2[0-3]"
    openers = "|".join(rf"(?<=(?<![{w}])(?i:{re.escape(first)}){space})"
                       for first, _ in pairs for space in SPACES)
    minutes = (rf"(?:{S}+(?P<minute>[0-5]\d)(?![{w}]|[:.,]\d|{S}\d))?"
               if n.lang in CLOCK_HOURS else "")
    return (rf"(?:{openers})(?P<hour>{hour})(?P<join>{S}+"
            rf"{alt([join for _, join in pairs], ignore_case=True)}{S}+)(?P<hour2>{hour})"
            rf"{S}*(?P<hw>{alt(n.hour_words)})(?!{lt}){minutes}")


def _after_range(words: Mapping[str, tuple[str, ...]], w: str, lt: str) -> str:
    """Two bare hours whose range's words follow them (HOUR_RANGES_AFTER: "10-től 17
    óráig", "10 órától 17 óráig", "10 és 17 óra között"); which words go together is
    the handler's to check."""
    hour = r"[01]?\d|2[0-3]"
    return (rf"(?<![{w}.,:\-–—])(?P<hour>{hour})"
            rf"(?:{S}+(?P<hw1>{alt(words['from_words'], ignore_case=True)}))?"
            rf"(?P<join>-(?:{alt(words['from'], ignore_case=True)}){S}+|"
            rf"{S}+(?:(?P<both>{alt(words['and'], ignore_case=True)}){S}+)?)(?P<hour2>{hour})"
            rf"{S}+(?P<hw>{alt(words['to_words'], ignore_case=True)}|"
            rf"{alt(words['words'], ignore_case=True)}(?={S}+"
            rf"{alt(words['after'], ignore_case=True)}(?!{lt})))(?!{lt})")


# Where the clause a range of hours is read in ends: a sentence's end, a comma or a
# semicolon before a space (not a decimal comma: "2,5 uur").
_CLAUSE_END = re.compile(r"[.!?;,](?=\s)|\n")
# A range of bare hours from this hour or later to `_MORNING` or earlier spans a night.
_EVENING, _MORNING = 18, 9


def _decimal(text: str, n: LocaleNames) -> Decimal:
    digits = re.sub(r"[ \u00a0\u202f'\u2019]", "", text)
    if n.group.strip():
        digits = digits.replace(n.group, "")
    return Decimal(digits.replace(n.decimal, "."))


def plain(value: Decimal) -> str:
    """A decimal as xs:decimal text, never in exponent form (2E+6 -> 2000000), with the
    fraction digits it was written with: "4.50 percent" is 4.50, the precision the source
    gave, which every locale then writes (4,50 %, ٤٫٥٠). A value computed from a scale
    word is `computed`."""
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent > 0:
        return str(int(value))
    return format(value, "f")


def computed(value: Decimal) -> str:
    """A value the rules computed (1.5 million -> 1500000, not 1500000.0; 0.5 hour -> 30
    minutes) as xs:decimal text: no digits but the significant ones."""
    return plain(value.normalize())


def _month_pattern(n: LocaleNames, lt: str) -> str:
    if n.months_lowercase:
        words = alt(n.months, ignore_case=True)
    else:
        spellings = set()
        for key in n.months:
            spellings.update({key[:1].upper() + key[1:], key.upper()})
        words = alt(spellings)
    if n.month_stems:
        # Other grammatical cases of declined month names: the stem and a short ending.
        stems = "|".join(re.escape(stem) + (r"[^\W\d_]{1,3}" if len(stem) < 4
                                            else r"[^\W\d_]{0,3}")
                         for stem, _ in n.month_stems)
        words = f"(?:{words}(?!{lt})|(?i:{stems}))"
    return rf"(?P<month>{words})(?!{lt})"


# ---------------------------------------------------------------- the recogniser
_GROUP_NAME = re.compile(r"\(\?P<(\w+)>")


def _family(rules: list[Rule], guard: str) -> re.Pattern[str]:
    """One scan for many rules: their patterns as alternatives behind a cheap guard.

    Python's `re` pays for every position it tries, so a paragraph is scanned once per
    family, not once per rule; the guard fails at once where no rule of the family can
    start. Group names are made unique per rule; the rule that matched is re-run on its
    own pattern, which keeps handlers simple.
    """
    parts = []
    for index, rule in enumerate(rules):
        body = _GROUP_NAME.sub(rf"(?P<r{index}_\g<1>>", rule.pattern.pattern)
        parts.append(f"(?P<rule{index}>{body})")
    # Spaces as a class here: a family is scanned over every paragraph, and `re` repeats
    # a class faster than the alternation S is; the slower compile is paid once.
    return re.compile(f"{guard}(?:{'|'.join(parts)})".replace(S, f"[{SPACES}]"))


class Recognizer:
    """Every value rule of one source language, compiled once (`recognizer(lang)`, and
    once per `number_region` that writes its numbers otherwise).

    Rules come in families scanned together: those that start at a digit, those that
    start at a month name, and a few that start at a word and run only when a cheap
    check shows their word in the text. Within a family, the first rule in table order
    that matches and accepts wins at a position; across families the leftmost, then
    longest, match wins (`select`).
    """

    def __init__(self, lang: str, region: str | None = None) -> None:
        self.lang = lang
        self.region = region  # `number_region`: the CLDR locale its numbers are read as
        # A value may be joined to the word before it (`_AR_JOINED`, `_HE_JOINED`).
        self.joined_prefixes = _JOINED.get(lang)
        self.n = n = names(lang, region)
        # Word boundaries (`w` inside a class, `lt` a letter), and the space between a
        # number and its word: none in Japanese and Chinese ("30分", "2億円").
        w, lt = (_SPACED_WORD, f"[{_SPACED_LETTERS}]") if n.cjk else (r"\w", r"[^\W\d_]")
        gap = f"{S}*" if n.cjk else f"{S}+"
        num = _number_body(n)
        month = _month_pattern(n, lt)
        bare_month = month.replace("?P<month>", "?:")
        day_suffix = f"(?:{alt(n.day_suffixes)})?" if n.day_suffixes else ""
        day = rf"(?P<day>3[01]|[12]\d|0?[1-9]){day_suffix}(?!\d)"
        year_suffix = (rf"(?:{S}*{alt(n.year_suffixes)}(?!{lt}))?"
                       if n.year_suffixes else "")
        year = rf"(?P<year>1[89]\d\d|2[01]\d\d)(?!\d){year_suffix}"
        year_range_words = (rf"(?:{S}*{alt(YEAR_RANGE_WORDS[lang])}(?!{lt}))?"
                            if lang in YEAR_RANGE_WORDS else "")
        # What may follow a year: no hyphen but one of a case ending ("2023-ban"), which
        # stays text
        year_hyphen = (rf"-(?!(?:{alt(HYPHENED_ENDINGS[lang])})(?!{lt}))"
                       if lang in HYPHENED_ENDINGS else r"\-")
        ampm = alt(n.am + n.pm, ignore_case=True)
        dotted = [m for m in n.am + n.pm if m.endswith(".")]
        bare = [m for m in n.am + n.pm if not m.endswith(".")]
        marker = (rf"(?P<ap>{alt(dotted, ignore_case=True)}|{alt(bare, ignore_case=True)}"
                  rf"(?!{lt}))")
        # "14 h 40" (fr) may be spaced; "19.30" (nl), "9.30" (it): punctuation between
        # digits only
        marks = "|".join([":"] + [f"{S}*{re.escape(m)}{S}*" if m.isalpha() else re.escape(m)
                                  for m in n.hour_marks])
        hour_words_before = _after_words(HOUR_WORDS_BEFORE.get(lang, ()))
        # "दोपहर 2:40 बजे": the part of the day right before the hour (the rules start at
        # a digit: `_clock` looks back for it)
        self._period_before = (re.compile(rf"(?<![{w}])(?P<period>{alt(day_period_hours(lang))})"
                                          rf"{S}+$") if lang in PERIOD_BEFORE_HOUR else None)
        # "2 giờ chiều", "2h30 chiều": the part of the day right after the hour
        self._period_after = (re.compile(rf"{S}+(?P<period>{alt(day_period_hours(lang))})"
                                         rf"(?!{lt})") if lang in PERIOD_AFTER_HOUR else None)
        hour_word_joins = (f"|{S}+{alt(j for _, j in HOUR_WORD_JOINS[lang])}{S}+"
                           if lang in HOUR_WORD_JOINS else "")
        units = alt(n.units, ignore_case=True)
        words = NUMBER_WORDS.get(lang, {})
        conj = alt(_AND.get(lang, ("and",)))
        half = ((alt(n.half_words) if n.cjk else f"{S}+{alt(n.half_words)}")
                if n.half_words else "(?!)")
        scales = alt(n.scales, ignore_case=True)
        clock_words = alt([m for m in n.hour_marks if m.isalpha()] +
                          list(CLOCK_HOURS.get(lang, ())))
        minute_units = alt([u for u, (d, _) in n.units.items() if d == "TM"],
                           ignore_case=True)
        symbols = alt(n.symbols)
        # (`re` looks behind by a fixed width: one lookbehind a sign) and a currency's
        # code, three capitals alone ("USD2 juta", "EUR5 million"), which `_money` checks
        # is one: "COVID19", "MH17", "G20" have no three capitals alone before the digits
        after_letter_sign = "|".join([*(f"(?<={re.escape(sign)})" for sign in sorted(n.symbols)
                                        if sign[-1:].isalpha()), rf"(?<=(?<![{w}])[A-Z]{{3}})"])
        # Currency names are many (every CLDR name in every plural form): the pattern
        # takes up to four words and the handler looks the longest known prefix up.
        # (Hebrew abbreviates with a gershayim between the last two letters, "ש״ח", typed
        # as '"' too: part of the name.)
        # (Devanagari's vowel signs and virama are no word characters to `re`: "रुपये"
        # would end at its "र")
        name_word = (r"(?:[^\W\d_]+(?:[\"\u05f4][^\W\d_]+)?\.?)+" if lang == "he"
                     else r"(?:[^\W\d_](?:[^\W\d_]|[\u0900-\u0903\u093a-\u094f\u0962\u0963])*"
                          r"\.?)+" if lang == "hi"
                     else r"(?:[^\W\d_]+\.?)+")
        currencies = rf"{name_word}(?:{S}{name_word}){{0,3}}"
        # "8億5,000万円": Japanese and Chinese write a second, smaller scale after the first,
        # or the rest in digits ("1万2,000", 12000); `_parts_fit` checks it is smaller.
        # Korean spaces the parts ("1조 2,000억 원", "2시 30분", "1시간 30분간").
        part_gap = f"{S}?" if lang in SPACED_CJK else ""
        second_scale = (rf"(?:{part_gap}(?P<amount2>{num})(?P<scale2>{scales})?)?" if n.cjk
                        else "")
        # (Thai writes the word after a scale against it: "1,500 ล้านบาท", SCALE_RUNS_ON)
        runs_on = lang in SCALE_RUNS_ON
        scale_end = "" if runs_on else f"(?!{lt})"
        amount = rf"(?P<amount>{num})(?:{S}*(?P<scale>{scales}){scale_end}{second_scale})?"
        # "12,5 M€", "10 k€": a one-letter scale is one only with the currency's sign after it
        signed_amount = (rf"(?P<amount>{num})(?:{S}*(?P<scale>{scales}(?!{lt})|"
                         rf"{alt(n.letter_scales)}(?={S}?(?:{symbols}))){second_scale})?"
                         if n.letter_scales else amount)
        of = r"(?:(?:de|d['’]|of" + "".join(f"|{w}" for w in CURRENCY_OF.get(lang, ())) + \
            f"){S}*)?"
        time_preps = _after_words(TIME_PREPOSITIONS.get(lang, ()))
        # A case ending joined to a percentage's word ("15 százalékkal")
        word_endings = (f"(?:{alt(WORD_ENDINGS[lang])})?" if lang in WORD_ENDINGS else "")
        self._word_endings = WORD_ENDINGS.get(lang, ())
        grouped = r"(?!\d{1,3}(?:\.\d{3}){2,}(?![\d.]))" if n.group == "." else ""
        dotted_dates = any(re.match(r"d+\.M+\.", pattern) for _, pattern in n.date_patterns)
        bare_preps = _after_words(BARE_HOURS.get(lang, ()))
        classifier = f"(?:{alt(CLASSIFIERS[lang])})?" if lang in CLASSIFIERS else ""
        second = (rf"(?:{part_gap}(?P<q2>{num})(?P<u2>{units}))?" if n.cjk else
                  rf"(?:,?{S}+(?:{conj}{S}+)?(?P<q2>{num}){S}+(?P<u2>{units})(?!{lt}))?")
        fields = {"year": year, "day": day, "month": month}
        # What joins a range's two days: a dash, or the language's word ("bis", "至").
        range_words = RANGE_WORDS.get(lang, ())
        if n.cjk:
            self._range_join = rf"{S}*(?:[-–—]|{alt(range_words)}){S}*"
        else:
            self._range_join = (rf"(?:{S}*[-–—]{S}*|{S}+{alt(range_words, ignore_case=True)}"
                                rf"{S}+)")
        join = self._range_join
        # "24 and 27 March", "le 5 et le 7": two days, not a range; "between 24 and 27"
        # is one, but the word alone cannot tell them apart: such a pair stays text. (Not
        # after a colon: the "e" of a Swedish ordinal day, "12:e–14:e maj", is its ending.)
        self._conjunction = re.compile(
            rf"(?<![{w}:])(?i:{alt(_CONJUNCTIONS + _CONJUNCTIONS_OF.get(lang, ()))})(?![{w}])")
        self._range_join_whole = re.compile(join)
        self._until = re.compile(_UNTIL.get(lang, ""))
        span_before = "|".join(f"(?<={re.escape(word)})"
                               for word in YEAR_SPAN_BEFORE.get(lang, ())) or "(?!)"
        # "fourteen years old" is an age: the unit may not be followed by these words.
        not_age = (rf"(?!{S}+{alt(AGE_AFTER[lang], ignore_case=True)}(?!{lt}))"
                   if lang in AGE_AFTER else "")
        first_day = rf"\d{{1,2}}(?:\.|{alt(n.day_suffixes)})?" if n.day_suffixes else \
            r"\d{1,2}\.?"
        first_day_group = first_day.replace(r"\d{1,2}", r"(?P<d1>\d{1,2})", 1)

        def rule(name: str, pattern: str,
                 handle: Callable[[re.Match[str], Context, int], Found | None]) -> Rule:
            return Rule(name, LazyPattern(pattern), handle)

        # Rules that start at a digit, in the order that makes the first match the right
        # one: blocking rules, then the longer forms before the forms they contain.
        self.digit_rules = [
            rule("phone", rf"\+\d[\d{SPACES}().\-]{{6,}}\d"
                          rf"|\(\d{{2,5}}\){S}?\d[\d\-{SPACES}]{{4,}}\d"
                          # the international prefix written "00" ("00962 6 000 0000")
                          rf"|(?<!\d)00[1-9]\d{{1,3}}(?:{S}\d{{1,4}}){{2,}}(?!\d)", self._block),
            # A Japanese address's chōme, banchi, ban and gō ("港町1丁目2番3号", "本町3番地の5",
            # "一丁目1番1号") stay text, as a house number does: a translator writes
            # "1-chome". A 番 or 号 alone ("3番", "台風10号") is no address: only in a run
            # that holds 丁目 or 番地, or 番 then 号.
            rule("address", rf"(?<![{w}.,])(?:\d+(?:丁目|番地)|\d+番(?=\d+号)|(?<=丁目)\d+"
                            rf"(?:番地?|号))(?:(?<=番地)の\d+|\d+(?:丁目|番地?|号))*"
                 if lang == "ja" else "(?!)", self._block),
            # A Hijri date ("15 جمادى الآخرة 1446هـ", "1446 هـ") stays text.
            rule("hijri-date", rf"(?<![{w}.])(?:\d{{1,2}}{S}+{alt(HIJRI_MONTHS)}{S}+1[34]\d\d"
                               rf"(?:{S}*هـ?)?|1[34]\d\d{S}*هـ?)(?![{w}])"
                 if lang == "ar" else "(?!)", self._block),
            # "24 to 27 March 2025", "5 au 7 avril": one date with an end (`_range`).
            rule("day-range", rf"(?<![{w}.]){first_day_group}{join}{day}{S}+{month}"
                              rf"(?:{S}+{year})?", self._range),
            # The locale's own forms of a range ("24.-26. Dezember", "24 al 26 de
            # diciembre de 2022", "12月24日～26日"): one date with an end, before the dates.
            *self._cldr_ranges(fields, w, first_day_group, month_first=False),
            # "24日至27日" (zh, ja): days alone, in the date line's month.
            rule("day-range-days", rf"(?<![\d月]){day}日{join}(?P<d2>\d{{1,2}})日(?!\d)"
                                   rf"{_UNTIL.get(lang, '')}"
                 if n.cjk else "(?!)", self._range),
            # "van 10 tot 17 uur", "das 9 às 18 horas": two times, or a count of hours
            rule("hour-word-range", _word_range(HOUR_WORD_RANGES[lang], n, w, lt)
                 if lang in HOUR_WORD_RANGES and n.hour_words else "(?!)",
                 self._word_hour_range),
            # "10-től 17 óráig", "10 és 17 óra között": the range's words after its hours
            rule("hour-range-after", _after_range(HOUR_RANGES_AFTER[lang], w, lt)
                 if lang in HOUR_RANGES_AFTER else "(?!)", self._hour_range_after),
            rule("hour-range", "|".join(
                rf"(?:{_after_words((before,))})"
                rf"(?:[01]?\d|2[0-3]){S}+{re.escape(join)}{S}+(?:[01]?\d|2[0-3]){S}+"
                rf"(?:{alt(CLOCK_HOURS[lang])})(?!{lt})" for before, join in HOUR_RANGES[lang])
                 if lang in HOUR_RANGES else "(?!)", self._block),
            rule("date-iso", rf"(?<![{w}\-/.])(?P<iso>\d{{4}}-\d\d-\d\d)(?![{w}\-/])", self._date),
            rule("fiscal-year", rf"(?<![{w}.,/\-–—])(?:1[89]|2[01])\d\d{S}*"
                                rf"{alt(n.not_calendar_year)}" if n.not_calendar_year
                 else "(?!)", self._block),
            *self._cldr_dates(fields, w, lt, with_year=True, month_first=False),
            # After the dates: "24.12.2022" is the locale's date, "3.11.2" a version.
            # ... not a number grouped by full stops ("1.270.000" in de, es, pt, it)
            rule("version", rf"(?<![{w}.]){grouped}\d+\.\d+\.\d+(?:\.\d+)*", self._block),
            # "am 3.12.", a day and month of a dotted date ("dd.MM.y"), stays text where a
            # region's decimal point ("2.5", de_CH) would read it as the number 3.12
            rule("day-month-dots", rf"(?<![{w}.,])(?:3[01]|[12]\d|0?[1-9])\.(?:1[0-2]|0?[1-9])"
                                   rf"\.(?!\d)" if n.decimal == "." and dotted_dates
                 else "(?!)", self._block),
            rule("date-dmy", rf"(?<![{w}.]){day}{S}+{month}(?:,?{S}+){year}", self._date),
            # "2024–2025", "2024–2025 гг.": one date, the second year its end.
            rule("year-range", rf"(?<![{w}.,/\-–—])(?P<y1>1[89]\d\d|2[01]\d\d)"
                               rf"{S}*[-–—]{S}*(?P<y2>1[89]\d\d|2[01]\d\d)"
                               rf"(?![{w}]|{year_hyphen})"
                               rf"{year_range_words}", self._years),
            rule("duration-clock", rf"(?:{_after_words(DURATION_BEFORE[lang])})"
                                   rf"(?P<hour>\d{{1,3}}){S}*(?P<hw>{clock_words})(?:{S}*"
                                   rf"(?P<minute>[0-5]\d)(?:{S}*{minute_units}(?!{lt}))?)?"
                                   rf"(?![\d{w}])"
                 if lang in DURATION_BEFORE else "(?!)", self._clock_duration),
            rule("time-marked-range", _marked_range(MARKED_HOUR_RANGES[lang], n, w)
                 if lang in MARKED_HOUR_RANGES else "(?!)", self._time_range),
            # "klo 10–17": both hours after the hour's word, two times, as "10.00–17.00"
            # is read (before the times, which would take a first hour with minutes)
            rule("time-word-range", rf"(?:{hour_words_before})(?P<hour>[01]?\d|2[0-3])"
                                    rf"(?:[:.](?P<minute>[0-5]\d))?(?P<join>{S}?[-–—]{S}?"
                                    rf"{hour_word_joins})"
                                    rf"(?P<hour2>[01]?\d|2[0-3])(?:[:.](?P<minute2>[0-5]\d))?"
                                    rf"(?![{w}]|[:.,]\d)" if hour_words_before else "(?!)",
                 self._hour_range),
            # "09.00 - 12.00 น.": both times of a range before one hour word, where the
            # locale's marks read no "09.00" (Thai's CLDR writes "09:00"): the first was
            # nothing, the range one time
            rule("time-dotted-range", rf"(?<![{w}:.,])(?P<hour>[01]?\d|2[0-3])\.(?P<minute>"
                                      rf"[0-5]\d)(?P<join>{S}?[-–—]{S}?)(?P<hour2>[01]?\d|"
                                      rf"2[0-3])\.(?P<minute2>[0-5]\d){S}*(?:"
                                      rf"{alt(n.hour_words)})(?!{lt})"
                 if n.hour_words and not n.cjk and "." not in n.hour_marks else "(?!)",
                 self._hour_range),
            rule("time-word-after", rf"(?<![{w}:.,])(?P<hour>[01]?\d|2[0-3])(?:(?P<sep>[:.])"
                                    rf"(?P<minute>[0-5]\d))?{S}*(?P<hw>{alt(n.hour_words)})"
                                    rf"(?!{lt})" if n.hour_words and not n.cjk else "(?!)",
                 self._clock),
            rule("time-12h", rf"(?<![{w}:.,])(?P<hour>1[0-2]|0?[1-9])(?:(?P<sep>[:.])"
                             rf"(?P<minute>[0-5]\d))?{S}?{marker}", self._time),
            rule("time-24h", rf"(?<![{w}:.,])(?P<hour>[01]?\d|2[0-3])(?:{marks})(?P<minute>[0-5]\d)"
                             rf"(?![\d:]|{S}?{ampm}(?!{lt}))", self._time),
            rule("time-noon", rf"(?<![{w}\-])(?P<twelve>12){S}+"
                              rf"(?P<word>{alt(n.noon + n.midnight, ignore_case=True)})(?![{w}\-])",
                 self._time),
            rule("time-hour", rf"(?:{time_preps or '(?!)'})(?P<hour>[01]?\d|2[0-3]){S}*"
                              rf"(?:{alt([m for m in n.hour_marks if m.isalpha()])})(?![{w}])"
                 if any(m.isalpha() for m in n.hour_marks) else "(?!)", self._time),
            # ... and one hour after it, its minutes after a full stop too ("ora 14.40"),
            # where the locale's own marks would not read one
            rule("time-word-before", rf"(?:{hour_words_before})(?P<hour>[01]?\d|2[0-3])"
                                     rf"(?:[:.](?P<minute>[0-5]\d))?"
                                     rf"(?![{w}]|[:.,]\d)" if hour_words_before else "(?!)",
                 self._time),
            # "alle 11, nella sede": an hour alone after BARE_HOURS' words, at a clause's end
            *([rule("time-hour-bare", rf"(?:{bare_preps})(?P<hour>[01]?\d|2[0-3])"
                                      rf"(?=[,;)]|\.(?!\d)|{S}+e{S}|{S}*$)", self._time)]
              if lang in BARE_HOURS else []),
            *([rule("time-hour-range", _bare_range(BARE_HOUR_RANGES[lang]), self._time)]
              if lang in BARE_HOUR_RANGES else []),
            rule("duration-years", rf"(?<![{w}.,\-])(?:(?P<years>\d{{1,2}})年"
                                   rf"(?={alt(YEAR_SPAN_AFTER[lang])})|(?:{span_before})"
                                   rf"(?P<after_word>\d{{1,2}})年(?![月{w}]))"
                 if lang in YEAR_SPAN_AFTER else "(?!)", self._year_span),
            rule("duration", rf"(?<![{w}.,\-])(?P<q1>{num}){classifier}(?P<h1>{half})?{gap}"
                             rf"(?P<u1>{units})"
                             rf"(?!{lt}){not_age}(?P<h2>{half})?{second}", self._duration),
            *self._cldr_dates(fields, w, lt, with_year=False, month_first=False),
            rule("date-dm", rf"(?<![{w}.]){day}{S}+{month}", self._date),
            rule("money-words", rf"(?<![{w}.,]){amount}{f'{S}*' if runs_on else gap}{of}"
                                rf"(?P<name>{currencies})"
                                rf"(?!{lt})", self._money),
            # "2.300 millones de €": a scale word's preposition before a sign as before a
            # name (only after a scale word, which the amount then ends in)
            rule("money-after", rf"(?<![{w}.,]){signed_amount}{S}*(?:(?<=[^\W\d_]){S}*"
                                rf"{of})?(?:(?P<symbol>{symbols})|"
                                rf"(?P<code>[A-Z]{{3}})(?![{w}]))", self._money),
            # "4.7%포인트", "4.7%p" (Korean percentage points): no percent
            rule("percent", rf"(?<![{w}.,\-])(?P<num>{num})(?:{S}?(?:{alt(n.percent_signs)})"
                            rf"{'(?!포인트|p(?![A-Za-z]))' if lang == 'ko' else ''}|"
                            rf"{gap}{_stopped_words(n.percent_words)}{word_endings}"
                            rf"(?!{lt}))",
                 self._percent),
            rule("ordinal", rf"(?<![{w}.,\-])(?P<num>\d+)(?P<suffix>{alt(n.ordinal_suffixes)})"
                            rf"(?!{lt})" if n.ordinal_suffixes else "(?!)", self._ordinal),
            rule("ordinal-dot", rf"(?<![{w}.,\-])(?P<num>\d{{1,3}})(?P<suffix>\.)(?={S}+"
                                rf"(?!{alt(n.ordinal_dot)}(?![{w}]))[^\W\d_])" if n.ordinal_dot
                 else rf"(?<![{w}.,\-])(?P<num>\d{{1,3}})(?P<suffix>\.)(?={S}+"
                      rf"(?!{_CAPITAL})[^\W\d_])" if n.ordinal_dot_lower
                 else "(?!)", self._ordinal),
            # "1,500万", "3.4 million", "3,4 millions": one number, as 1500000 and
            # 3400000; a currency after it makes it money (the rules above).
            rule("number-scaled", rf"(?<![{w}.,\-])(?P<amount>{num})(?P<scale>{scales})"
                                  rf"{second_scale}"
                 if n.cjk else rf"(?<![{w}.,\-])(?P<amount>{num}){S}*(?P<scale>{scales})"
                               rf"{scale_end}", self._scaled),
            rule("year", rf"(?<![{w}.,/\-–—]){year}(?![{w}]|{year_hyphen}|[.,]\d|"
                         rf"{S}*[-–—]{S}*\d)",
                 self._year),
            # National phone numbers in groups ending in pairs of digits ("01 53 18 41 13",
            # "91 379 97 00"), which no number is written in; tried last, where only a
            # number would match, so that dates and amounts do not pay for it.
            rule("phone-national", rf"(?<![{w}.,])\d{{2,3}}(?:[ .]\d{{2,3}})+?(?:[ .]\d\d){{2,}}"
                                   rf"(?![{w}])", self._block),
            # Digits after a leading zero are a code, never a quantity: the trunk prefix
            # of national phone numbers ("0113 496 0000", "020 7946 0958", "030 1234567"),
            # which a locale's format would print as "113" and misdial. A North American
            # number in groups of 3, 3 and 4 ("541 555 0100") is no number either.
            rule("leading-zero", rf"(?<![{w}.,])(?:0\d+|\d{{3}}(?=[ .]\d{{3}}[ .]\d{{4}}"
                                 rf"(?![{w}])))(?:[ .\-]\d+)*(?![{w}])", self._block),
            rule("number", rf"(?<![{w}.,:/#@+\-‐‑−])(?P<num>{num})"
                           rf"(?![{w}/@%]|[.,:+]\d|[-‐‑][{w}])",
                 self._number),
            # A sign of letters written against its amount ("Rp1,5 triliun", "Rs1,500",
            # "USD2 million"): no rule starts at a digit after a letter, so this one lets
            # `_look_back` find the sign there (and blocks the digits when it does not).
            rule("after-letter-sign", f"(?:{after_letter_sign})\\d", self._block),
        ]
        # "USD 2 million", "$3.2 million": found at the digit, looking back for the sign.
        # Swiss prices mark whole francs with a dash ("Fr. 250.–", "CHF 250.-"), in the
        # amount's span (`_money`: for francs only).
        self._money_before = rule(
            "money-before", rf"(?:(?P<code>[A-Z]{{3}}){S}*|(?P<symbol>{symbols}){S}?){amount}"
                            rf"(?P<whole>\.(?:[–—]|--?)(?![\w\-–—]))?", self._money)
        # German's "Fr." is francs and Friday: before a day ("Fr. 3. Mai", "Fr. 13.12."),
        # Friday's, and the date is read after it.
        self._weekday_signs = frozenset(n.symbols).intersection(n.weekdays)
        self._day_after_weekday = LazyPattern(
            rf"(?:3[01]|[12]\d|0?[1-9])\.(?:{S}*{bare_month}|(?:1[0-2]|0?[1-9])\.)")
        # "%15" where the locale writes the sign first (tr, eu), found at the digit too,
        # and "ร้อยละ 15" where a word before it says per cent (PERCENT_WORDS_BEFORE)
        # (the word written against the one before it, as Thai writes its words)
        signs_first = n.percent_signs if n.percent_first else ()
        words_before = PERCENT_WORDS_BEFORE.get(lang, ())
        before = (*signs_first, *words_before)
        self._percent_before = rule(
            "percent-before", rf"(?:{alt(before or n.percent_signs)}){S}?(?P<num>{num})"
                              rf"(?![{w}]|[.,]\d)", self._percent)
        self._percent_sign = re.compile(
            rf"(?:(?<![{w}%]){alt(signs_first)}|{alt(words_before)}){S}?$") if before else None
        self._percent_reach = max(len(sign) for sign in before) + 1 if before else 0
        # "Resolution 2231", "No. 5": digits after these words are an identifier.
        ident = IDENTIFIER_WORDS.get(lang, ())
        self._identifier = rule("identifier", r"\d+(?:[-–/.]\d+)*", self._block)
        self._identifier_word = re.compile(rf"(?<![{w}]){alt(ident, ignore_case=True)}{S}*$")
        phone = PHONE_WORDS.get(lang, ())
        self._phone_word = re.compile(
            rf"(?<![{w}]){alt(phone, ignore_case=True)}:?{S}*$") if phone else None
        self._money_sign = re.compile(
            rf"(?:(?<![{w}$€£¥₽])[A-Z]{{3}}{S}*|(?<![{w}$€£¥₽]){symbols}{S}?)$")
        # Rules that start at a month name.
        self.month_rules = [
            rule("day-range", rf"(?<![{w}]){month}{S}+(?P<d1>\d{{1,2}}){join}{day}"
                              rf"(?:,?{S}+{year})?", self._range),
            *self._cldr_ranges(fields, w, first_day_group, month_first=True),
            *self._cldr_dates(fields, w, lt, with_year=True, month_first=True),
            *self._cldr_dates(fields, w, lt, with_year=False, month_first=True),
            rule("date-mdy", rf"(?<![{w}]){month}{S}+{day}(?:,{S}*|{S}+){year}", self._date),
            rule("date-my", rf"(?<![{w}]){month}(?:{S}+of)?{S}+{year}", self._date),
            rule("date-md", rf"(?<![{w}]){month}{S}+{day}(?![{w}]|{S}*[-–]{S}*\d)", self._date),
            rule("date-relative", rf"(?<![{w}]){month}(?P<rel>{S}+"
                                  rf"{alt(n.relative_years, ignore_case=True)})(?![{w}])",
                 self._date),
            rule("date-month", rf"(?<![{w}]){month}", self._month_after_preposition),
        ]
        # Rules that start at a word, each run only when one of its words is in the text.
        url = rule("url", r"(?:https?://|www\.)[^\s<>\"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
                   self._block)
        word_rules = [
            (url, Trigger.of((), substrings=("://", "www.", "@"))),
            (rule("time-word", rf"(?<![{w}\-])(?P<word>"
                               rf"{alt(n.noon + n.midnight, ignore_case=True)})(?![{w}\-])",
                  self._time), Trigger.of(n.noon + n.midnight)),
        ]
        if n.cjk and n.hour_words:
            # "午後2時40分", "14時40分", "2時半": the day period before the hour (CLDR's
            # "aK:mm"), the words after hour and minutes from CLDR's "H時mm分ss秒".
            period = (rf"(?:(?P<ap>{ampm}){S}?)?" if n.ampm_first else "")
            minutes = (rf"(?P<minute>[0-5]?\d)(?:{alt(n.minute_words)})" if n.minute_words
                       else "(?!)")
            word_rules.append((rule(
                "time-cjk", rf"{period}(?<![{w}.,:])(?P<hour>[01]?\d|2[0-4])"
                            rf"(?:{alt(n.hour_words)})(?!間|{units})"
                            rf"(?:{part_gap}{minutes}|(?P<half>{half}))?",
                self._clock), Trigger.of((), substrings=n.hour_words)))
        if n.ordinal_prefixes:
            counters = alt(n.ordinal_counters + n.identifier_counters)
            # (a prefix of letters, Indonesian "ke-3", opens a word and ends with it)
            alone = "" if n.cjk else f"(?<![{w}])"
            ended = "" if n.cjk else rf"(?![{w}]|[.,]\d)"
            word_rules.append((rule(
                "ordinal-prefix", rf"{alone}(?:{alt(n.ordinal_prefixes)})(?:(?P<num>\d+)"
                                  rf"{ended}|(?P<han>[{''.join(HAN_DIGITS)}十]{{1,3}})"
                                  rf"(?={counters}))"
                                  rf"(?P<counter>{counters})?", self._prefixed_ordinal),
                Trigger.of((), substrings=n.ordinal_prefixes)))
        if lang == "ja":
            word_rules.append((rule(
                "date-era", rf"(?P<era>{alt(JAPANESE_ERAS)}){S}?(?P<eyear>{FIRST_YEAR}|\d{{1,2}})"
                            rf"年(?P<fiscal>度)?(?:(?P<mnum>1[0-2]|0?[1-9])月(?:(?P<day>3[01]|"
                            rf"[12]\d|0?[1-9])日)?)?", self._era),
                Trigger.of((), substrings=tuple(JAPANESE_ERAS))))
        if lang == "zh":
            # Taiwan dates in the Republic's years: "中華民國114年3月5日", "民國114年", and a
            # three-digit year with its month and day, "114年3月5日", which no other
            # calendar writes in today's prose.
            word_rules.append((rule(
                "date-minguo", rf"(?:(?:中華)?民[國国]{S}?(?P<eyear>\d{{1,3}})|(?<![\d.,])"
                               rf"(?P<ryear>1\d\d))年(?P<fiscal>度)?(?:(?P<mnum>1[0-2]|0?[1-9])"
                               rf"月(?:(?P<day>3[01]|[12]\d|0?[1-9])日)?)?", self._minguo),
                Trigger.of((), substrings=("年",))))
        if lang in BUDDHIST_ERA:
            # "24 ธันวาคม 2565", "ธันวาคม 2565", "24 ธ.ค. 65" (an abbreviated month's year
            # is its last two digits), "24 ธันวาคม พ.ศ. 2565": dates in the Buddhist era.
            # Words run together in Thai: only the day needs a boundary before it.
            word_rules.append((rule(
                "date-buddhist", rf"(?:(?<![{w}.]){day}{S}*)?{month}{S}*"
                                 rf"(?:(?P<era>{alt(BUDDHIST_ERA[lang])}){S}*)?"
                                 rf"(?P<byear>2[4-6]\d\d|\d\d)(?![\d.,]\d|\d)", self._buddhist),
                Trigger.of((), substrings=tuple(n.months))))
            # (the word in the span: the year's digits alone were the number's, as long)
            year_words = BUDDHIST_YEAR_BEFORE[lang]
            word_rules.append((rule(
                "date-buddhist-year", rf"(?:(?P<fiscal>{alt(BUDDHIST_FISCAL_YEAR[lang])}){S}*|"
                                      rf"(?:{alt(BUDDHIST_ERA[lang])}|{alt(year_words)}){S}*)"
                                      rf"(?P<byear>2[4-6]\d\d)(?![\d.,]\d|\d)",
                self._buddhist_year),
                Trigger.of((), substrings=(*year_words, *BUDDHIST_ERA[lang]))))
        if lang in SOLAR_HIJRI_MONTHS:
            word_rules.extend(self._solar_hijri_rules(lang, w))
        if lang in ETHIOPIAN_MONTHS:
            word_rules.extend(self._ethiopian_rules(lang, w))
        if n.cjk:
            word_rules.append(self._han_duration_rule(lang, classifier, half, span_before))
        if lang in ERA_NAMES or lang == "ja":
            # Japanese dates itself in Han digits too (二〇二四年, in vertical text and
            # reports); its counted years ("三年間") stay with the duration rule.
            word_rules.append(self._han_date_rule(lang))
        if words:
            word = alt(words, ignore_case=True)
            if lang in NUMBER_WORD_JOINS:
                # "forty-eight", "quatre-vingt-dix", "treinta y cinco", "двадцати пяти",
                # "achtundvierzig": number words joined; the handler checks the compound
                # is a number (`number_from_words`).
                # A compound opens with a tens word (closes with one in German), so that
                # "deux et trois ans" is not read as one number.
                joins = alt(NUMBER_WORD_JOINS[lang], ignore_case=True)
                tens = alt([k for k, v in words.items() if isinstance(v, int) and v >= 10
                            and not v % 10], ignore_case=True)
                if lang in ONES_FIRST:
                    # (the ones' word read once, the tens after it if they follow: tried
                    # as a compound and then alone, it was read twice at every word)
                    word = rf"(?:{word}(?:{joins}{tens}(?![{w}\-]))?)"
                else:
                    compound = rf"{tens}(?:{joins}{word}){{1,2}}"
                    prefixes = TENS_PREFIXES.get(lang)
                    if prefixes:  # "veinticinco"
                        compound += rf"|{alt(prefixes, ignore_case=True)}[^\W\d_]{{2,6}}"
                    word = rf"(?:(?:{compound})(?![{w}\-])|{word})"
            # A unit word is in most texts (Catalan and Spanish "any", "año": "l'any
            # passat"), a number word in few: the rule runs where both are, when its number
            # opens with one of the words' (not "femogtyve", "veinticinco", one word).
            numbers = frozenset() if lang in ONES_FIRST or lang in TENS_PREFIXES else \
                frozenset(part for key in words for part in _WORD.findall(key.casefold()))
            # "two hours and twenty minutes": the second part in words too (or digits)
            word_second = second if n.cjk else (
                rf"(?:,?{S}+(?:{conj}{S}+)?(?P<q2>{num}|{word}){S}+(?P<u2>{units})(?!{lt}))?")
            word_rules.append((rule(
                "duration-words", rf"(?<![{w}.,\-])(?P<q1>{word})"
                                  rf"(?P<h1>{half})?{gap}(?P<u1>{units})(?!{lt}){not_age}"
                                  rf"(?P<h2>{half})?"
                                  rf"{word_second}", self._duration),
                replace(Trigger.of(tuple(n.units)), also=numbers)))
        if lang in HALF_BEFORE_UNIT:
            # "half an hour", "en halvtimme": the joined half is found by its letters
            half_before = HALF_BEFORE_UNIT[lang]
            word_rules.append((rule(
                "duration-half", rf"(?<![{w}]){alt(half_before, ignore_case=True)}"
                                 rf"(?P<u1>{units})(?!{lt})", self._duration),
                Trigger.of([h for h in half_before if h.endswith(" ")], substrings=tuple(
                    sorted({h.split()[-1] for h in half_before if not h.endswith(" ")})))))
        word_rules.append(self._race_time_rule(lang, w))
        if lang in SUNRISE_HOUR_WORDS:
            word_rules.append(self._sunrise_rule(lang, w, lt))
        if n.units_first or n.scales_first:
            word_rules.append(self._words_first_rule(lang, w, num))
        if lang == "ar":
            # Arabic counts two in the noun's dual ("يومين", two days; "ساعتين", two hours)
            word_rules.append((rule(
                "duration-dual", rf"(?<![{w}])[وبل]?(?P<dual>{alt(AR_DUALS)})(?![{w}])",
                self._dual), Trigger.of((), substrings=tuple(AR_DUALS))))
        if lang == "ko":
            # Korean news dates an event by its day alone, in the month of the date line:
            # before its hour ("9일 오전 9시", "10일 새벽 3시") or before the verb that
            # reports it ("24일 공시했다", announced on the 24th). Not "5일 늦게" (five
            # days late), which neither follows. A weekday in brackets may come between
            # ("18일(수) 오전 6시"); "until" and "from" date it too ("16일까지", "18일부터";
            # a length of days is "16일간", "16일 동안").
            periods = alt((*n.am, *n.pm, *n.noon, *n.midnight))
            word_rules.append((rule(
                "date-day-alone", rf"(?<![{w}.,])(?P<day>3[01]|[12]\d|[1-9])일"
                                  rf"(?=(?:까지|부터)|(?:\([월화수목금토일]\))?{S}?"
                                  rf"(?:(?:[01]?\d|2[0-4])시(?!간)|{periods})"
                                  rf"|{S}(?:{alt(KO_REPORTING_VERBS)})|\(현지{S}?시간\))",
                self._day_in_month), Trigger.of((), substrings=("일",))))
        if lang == "ja":
            # A bulletin's day before its hour ("29日9時", "30日昼前", "29日正午"), the
            # Japan Meteorological Agency's style: a day of the date line's month. Not
            # "1日2往復" (per day) nor "1日8時間" (a day's hours), which no hour follows.
            word_rules.append((rule(
                "date-day-before-hour", rf"(?<![{w}.,月])(?P<day>3[01]|[12]\d|[1-9])日"
                                        rf"(?=(?:[01]?\d|2[0-4])時(?!間)|{alt(JA_DAY_PARTS)})",
                partial(self._day_in_month, why="a day before its hour without a month is "
                        "taken in the month of the date line")),
                Trigger.of((), substrings=("日",))))
        self.word_rules = tuple(word_rules)
        # Numeric month names ("12月") are read by the CLDR patterns of the digit rules.
        self._month_words = Trigger.of(() if n.numeric_months else tuple(n.months))
        self._digit_family = _family(self.digit_rules, r"(?=[\d+(])")
        initials = {k[:1] for k in n.months} | {stem[:1] for stem, _ in n.month_stems}
        if not n.months_lowercase:
            initials = {c.upper() for c in initials}
        else:
            initials |= {c.upper() for c in initials}
        self._month_family = _family(
            self.month_rules,
            f"(?<![{w}])(?=[{re.escape(''.join(sorted(initials)))}])(?={bare_month})")
        self._preposition = re.compile(
            rf"(?:^|[^{w}])(?:{self._prepositions(n.month_prepositions)})$")
        next_before = NEXT_MONTH_BEFORE.get(lang, ())
        self._next_before = re.compile(
            rf"(?:^|[^{w}])(?:{alt(next_before, ignore_case=True)}){S}+$" if next_before
            else "(?!)")
        next_after = NEXT_MONTH_AFTER.get(lang, ())
        self._next_after = re.compile(
            rf"{S}+(?:{alt(next_after, ignore_case=True)})(?![{w}])" if next_after else "(?!)")
        self._zone = re.compile(
            rf"{S}*[(（]?{S}*(?P<zone>{alt(ZONE_PHRASES)})(?!{lt})")
        self._relative_before = re.compile(
            rf"(?:{alt(n.relative_before)})[の的]?{S}?$" if n.relative_before else "(?!)")
        self._time_preposition = re.compile(
            rf"(?<![{w}])(?:{alt(TIME_PREPOSITIONS.get(lang, ()), ignore_case=True)}){S}+$")
        self._counted_hours = re.compile(
            rf"(?<![{w}])(?:{alt(COUNTED_HOURS.get(lang, ()), ignore_case=True)})(?![{w}])")
        self._clock_minutes = re.compile(rf"{S}+([0-5]\d)(?![\d{w}]|[:.,]\d|{S}\d)")
        # ... which count a length's minutes with their unit after them ("2 giờ 30 phút")
        self._minute_unit = re.compile(
            rf"{S}+(?:{alt([u for u, (d, _) in n.units.items() if d == 'TM'], ignore_case=True)})"
            rf"(?!{lt})")
        # Month names that open with a unit of time, the month's number after it
        # (Vietnamese "tháng 12", December; "3 tháng", three months): after a day, a date
        unit_months = [m for m in n.months if m.split(" ")[0].casefold() in n.units
                       and m[-1:].isdigit()]
        self._unit_month = (re.compile(rf"(?i:{alt(unit_months)})(?!\d|{S}+(?:{units}|"
                                       rf"{alt(week_words(lang), ignore_case=True)})"
                                       rf"(?!{lt}))") if unit_months else None)
        self._age_before = re.compile(
            rf"(?<![{w}])(?:{alt(AGE_BEFORE.get(lang, ()), ignore_case=True)}){S}+$")
        self._age_of = re.compile(
            rf"(?:(?<![{w}])(?P<noun>[{w}]+),?{S}+)?(?<![{w}])"
            rf"(?:{alt(AGE_OF[lang], ignore_case=True)}){S}+$" if lang in AGE_OF else "(?!)")
        self._of_after = re.compile(rf"{S}+(?:{alt(AGE_OF.get(lang, ())[:1])}(?![{w}])|d['’])"
                                    if lang in AGE_OF else "(?!)")
        pairs = TIME_RANGE_PAIRS.get(lang, ())
        self._range_pair_time = re.compile("|".join(
            rf"(?<![{w}]){re.escape(first)}{S}+(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?{S}*"
            rf"(?:{alt(n.hour_words)}){S}+{re.escape(join)}{S}+$" for first, join in pairs)
            if pairs and n.hour_words else "(?!)")
        self._space_after_marker = (
            re.compile(rf"(?<=\d)({S}?{alt(dotted, ignore_case=True)})(?={lt})")
            if dotted else None)
        self._year_words = frozenset(y.casefold() for y in n.year_suffixes)
        # "von 9 bis 18 Uhr", "zwischen 2 und 5 Uhr", "from 8 to 10 p.m.": a range's first
        # hour, written bare, is a time when the range ends at a time of day.
        hour_word = (rf"|{S}*(?P<hw>{alt(n.hour_words)})(?!{lt})"
                     if n.hour_words and not n.cjk else "")
        self._range_end_time = re.compile(
            rf"{join}(?P<hour>[01]?\d|2[0-3])(?:(?:[:.]|{S}h{S})(?P<minute>[0-5]\d))?"
            rf"(?:{S}?{marker}{hour_word})?(?![\d{w}])" if not n.cjk else "(?!)")
        # "entre 6 h 30 et 22 heures": after a time with its minutes and a range's word,
        # hours are a time of day, not a length of time.
        self._range_start_time = re.compile(
            rf"(?<![\d{w}:.,])(?:[01]?\d|2[0-3])(?:{marks})[0-5]\d{join}$" if not n.cjk
            else "(?!)")
        # "30. März bis 2. April 2027", "March 30 to April 2, 2027": a range's last date
        # gives its year to a first date written without one.
        # The month is any word here, looked up after the match: the months' alternation
        # is long, and compiling it again costs more than the rare range saves.
        suffix = f"(?:\\.|{alt(n.day_suffixes)})?" if n.day_suffixes else r"\.?"
        self._range_end_year = re.compile(
            rf"{join}(?:\d{{1,2}}{suffix}{S}+(?:de{S}+)?(?P<end_month>[^\W\d_]+\.?)|"
            rf"(?P<end_month2>[^\W\d_]+\.?){S}+\d{{1,2}}"
            rf"{suffix})(?:,?{S}+(?:de{S}+)?)(?P<end_year>1[89]\d\d|2[01]\d\d)(?!\d)"
            if not n.cjk else "(?!)")
        self._ranks = {id(r): i for i, r in enumerate(
            [self._identifier, *self.digit_rules, self._money_before, self._percent_before,
             *self.month_rules,
             *(r for r, _ in self.word_rules)])}

    def _cldr_dates(self, fields: dict[str, str], w: str, lt: str, *, with_year: bool,
                    month_first: bool) -> list[Rule]:
        """The locale's CLDR date patterns as rules: "d. MMMM y" (de), "d 'de' MMMM 'de'
        y" (es), "y年M月d日" (ja), "dd.MM.y"; each records the skeleton it was read from.

        The rules with a year, or those without, that start at a month name or not.
        """
        rules = []
        for skeleton, pattern in self.n.date_patterns:
            regex = _pattern_regex(pattern, fields, self.n.numeric_months)
            if regex is None or ("y" in skeleton) != with_year:
                continue
            starts_with_name = regex.startswith("(?P<month>")
            if starts_with_name != month_first:
                continue
            before = rf"(?<![{w}])" if starts_with_name else rf"(?<![{w}.])"
            after = (rf"(?![{w}]|{S}*[-–]{S}*\d)" if re.search(r"[dy]$", pattern)
                     else "")
            rules.append(Rule(f"date-cldr-{skeleton}", LazyPattern(before + regex + after),
                              partial(self._date, skeleton=skeleton)))
        return rules

    def _cldr_ranges(self, fields: dict[str, str], w: str, first_day: str, *,
                     month_first: bool) -> list[Rule]:
        """Day ranges in the locale's own date patterns, each one date with an end: a first
        day (`first_day`, group d1) before a pattern that opens with its day ("24. bis 26.
        Dezember 2022"), or a last day (d2) after one that ends with it ("12月24日至26日",
        "2022年12月24日～26日")."""
        rules = []
        for skeleton, pattern in self.n.date_patterns:
            if "d" not in skeleton or skeleton == "yMd":
                continue  # numeric dates ("24.-26.12.2022") are not read as ranges
            regex = _pattern_regex(pattern, fields, self.n.numeric_months)
            if regex is None or regex.startswith("(?P<month>") != month_first:
                continue
            tokens = [t for t in _PATTERN_TOKEN.finditer(pattern) if t.group(1)]
            if regex.startswith("(?P<day>"):
                body = rf"(?<![{w}.]){first_day}{self._range_join}{regex}"
            elif tokens and tokens[-1].group(0)[0] == "d":
                tail = pattern[tokens[-1].end():].replace("'", "").strip()
                body = (rf"(?<![{w}.]){regex}{self._range_join}(?P<d2>\d{{1,2}})"
                        rf"{re.escape(tail)}(?!\d){_UNTIL.get(self.lang, '')}")
            else:
                continue
            rules.append(Rule(f"day-range-{skeleton}", LazyPattern(body), self._range))
        return rules

    @staticmethod
    def _prepositions(words: tuple[str, ...]) -> str:
        spaced = [w for w in words if not w.endswith("-")]
        joined = [w for w in words if w.endswith("-")]
        parts = []
        if spaced:
            parts.append(f"{alt(spaced, ignore_case=True)}{S}+")
        if joined:
            parts.append(alt(joined, ignore_case=True))
        return f"(?:{'|'.join(parts)})" if parts else "(?!)"

    # ------------------------------------------------------------ entry points
    def tidy(self, text: str) -> tuple[str, list[str]]:
        """Put back the space copied text loses after "p.m." ("2:40 p.m.for")."""
        if self._space_after_marker is None:
            return text, []
        fixed: list[str] = []

        def add_space(match: re.Match[str]) -> str:
            fixed.append(match.group(1).strip())
            return match.group(1) + " "

        return self._space_after_marker.sub(add_space, text), fixed

    def candidates(self, text: str, context: Context,
                   tokens: frozenset[str] | None = None) -> Iterator[Found]:
        """Every match of every family, before overlaps between families are settled.

        `tokens` are the text's words (`words_of`), if the caller has them already.
        """
        read, origin = text, None
        if not text.isascii() and _COMPOSITION_EXCLUDED.search(text):
            read, origin = _decomposed(text)
            tokens = None
        tokens = words_of(read) if tokens is None else tokens
        read = ascii_digits(read) if _read_as_ascii(read) else read
        if len(read) > LONGEST_NUMERAL and _LONG_NUMERAL.search(read):
            read = _LONG_NUMERAL.sub(lambda m: "_" * len(m.group()), read)
        if self.joined_prefixes is not None and self.joined_prefixes.search(read):
            read = _detach_prefixes(read, self.joined_prefixes)
        if read is not text:
            for found in self._candidates(read, context, tokens):
                yield _as_written(found, text, origin)
        else:
            yield from self._candidates(text, context, tokens)

    def _candidates(self, text: str, context: Context,
                    tokens: frozenset[str]) -> Iterator[Found]:
        if _DIGIT.search(text):
            yield from self._scan(self._digit_family, self.digit_rules, text, context)
        if self._month_words.fires(text, tokens) or (self.n.month_stems and any(
                word.startswith(stem) for word in tokens for stem, _ in self.n.month_stems)):
            yield from self._scan(self._month_family, self.month_rules, text, context)
        for word_rule, trigger in self.word_rules:
            if trigger.fires(text, tokens):
                for match in word_rule.pattern.finditer(text):
                    found = word_rule.handle(match, context, self._ranks[id(word_rule)])
                    if found is not None:
                        yield found

    def _scan(self, family: re.Pattern[str], rules: list[Rule], text: str,
              context: Context) -> Iterator[Found]:
        pos = 0
        while True:
            match = family.search(text, pos)
            if match is None:
                return
            at = match.start()
            first = int((match.lastgroup or "rule0")[4:])
            found = self._look_back(text, at, context) if rules is self.digit_rules else None
            for candidate in rules[first:] if found is None else ():
                own = candidate.pattern.match(text, at)
                if own is not None:
                    found = candidate.handle(own, context, self._ranks[id(candidate)])
                    if found is not None:
                        break
            if found is not None:
                yield found
                pos = max(found.end, at + 1)
            else:
                pos = at + 1

    def _look_back(self, text: str, at: int, context: Context) -> Found | None:
        """Rules whose match starts before the digit: an identifier word, a currency sign,
        a percent sign the locale writes first."""
        phone = self._phone_word.search(text, max(0, at - 16), at) if self._phone_word \
            else None
        digits = _PHONE_DIGITS.match(text, at) if phone is not None else None
        if phone is not None and digits is not None:
            return Found(phone.start(), digits.end(), (), self._ranks[id(self._identifier)])
        word = self._identifier_word.search(text, max(0, at - 16), at)
        # The family's match may start at a sign ('Phone +32 2 ...'), where no digits are.
        digits = self._identifier.pattern.match(text, at) if word is not None else None
        if word is not None and digits is not None:
            return Found(word.start(), digits.end(), (), self._ranks[id(self._identifier)])
        percent = self._percent_sign.search(text, max(0, at - self._percent_reach), at) \
            if self._percent_sign is not None else None
        own = self._percent_before.pattern.match(text, percent.start()) \
            if percent is not None else None
        if own is not None:
            return self._percent(own, context, self._ranks[id(self._percent_before)])
        sign = self._money_sign.search(text, max(0, at - 8), at)
        if sign is None:
            return None
        own = self._money_before.pattern.match(text, sign.start())
        if own is None or text[own.end():own.end() + 1].isalpha():
            return None  # "USD2m": a letter against the amount, as "USD 2m" leaves it text
        return self._money(own, context, self._ranks[id(self._money_before)])

    def find(self, text: str, context: Context) -> list[Found]:
        found = self.join_ranges(text, select(self.candidates(text, context)))
        return [f for f in found if f.parts]

    # ------------------------------------------------------------ handlers
    def _block(self, match: re.Match[str], context: Context, rank: int) -> Found:
        return Found(match.start(), match.end(), (), rank)

    def _year(self, match: re.Match[str], context: Context, rank: int) -> Found | None:
        """A year alone: a date, unless it is a name's ("Vision 2045": `_named_year`)."""
        if self.n.year_names and _named_year(match.string, match.start(),
                                             self.n.year_dated_by):
            return self._block(match, context, rank)
        return self._date(match, context, rank)

    def _month_number(self, text: str) -> int | None:
        key = text.casefold()
        number = self.n.months.get(key)
        if number is None:
            for stem, value in self.n.month_stems:
                if key.startswith(stem):
                    return value
        return number

    def _date(self, match: re.Match[str], context: Context, rank: int,
              skeleton: str | None = None) -> Found | None:
        """A date; `skeleton` is the CLDR pattern's when a pattern rule matched."""
        groups = match.groupdict()
        notes: list[Note] = []
        text = match.group(0)
        start, end = match.start(), match.end()
        if groups.get("iso"):
            try:
                value = dt.date.fromisoformat(groups["iso"])
            except ValueError:
                return None
            return Found(start, end, (span("date", text, value=value.isoformat(),
                                           skeleton="yMd"),), rank)
        month = self._month_number(groups["month"]) if groups.get("month") else None
        if groups.get("mnum"):
            month = int(groups["mnum"])
        year = int(groups["year"]) if groups.get("year") else None
        day = int(groups["day"]) if groups.get("day") else None
        if month is None:  # a year alone
            return Found(start, end, (span("date", text, value=f"{year:04d}", skeleton="y"),),
                         rank)
        month_text = groups.get("month") or ""
        abbreviated = month_text.casefold() in self.n.abbreviated
        if groups.get("mnum") and year is None and day is None:
            # "3月" (ja): the month alone; "来年3月" says which year.
            if context.year is None:
                return self._block(match, context, rank)
            before = self._relative_before.search(match.string, max(0, start - 5), start)
            if before is not None:
                year = context.year + self.n.relative_before[
                    _squash(before.group(0)).rstrip("の的 ")]
            else:
                year = _noted_year(context, month, text, notes, "a month")
            return Found(start, end, (span("date", text, value=f"{year:04d}-{month:02d}",
                                           skeleton="MMMM"),), rank, tuple(notes))
        if groups.get("rel") is not None or (year is None and day is None):
            # "October of this year", "in October": the month alone carries the markup.
            if context.year is None:
                return self._block(match, context, rank)
            start, end = match.start("month"), match.end("month")
            text = match.group("month")
            if groups.get("rel"):  # "of this year", "dieses Jahres": the words say which
                year = context.year + self.n.relative_years.get(
                    _squash(groups["rel"]).casefold(), 0)
            else:
                year = _noted_year(context, month, text, notes, "a month")
            return Found(start, end, (span("date", text, value=f"{year:04d}-{month:02d}",
                                           skeleton="MMMM"),), rank, tuple(notes))
        if day is None:
            assert year is not None
            if abbreviated:
                notes.append(Note("skeleton", text, "an abbreviated month is written in full "
                                  "(no yMMM skeleton in the vocabulary)"))
            return Found(start, end, (span("date", text, value=f"{year:04d}-{month:02d}",
                                           skeleton="yMMMM"),), rank, tuple(notes))
        pattern_skeleton = skeleton
        if year is None:
            if context.year is None:
                # No year to give it: the date stays text, and its day is not a number.
                return self._block(match, context, rank)
            last = self._range_end_year.match(match.string, match.end())
            last_month = self._month_number(last.group("end_month") or last.group(
                "end_month2")) if last else None
            if last is not None and last_month is not None:
                # The range's first date is in its last date's year, or the year before
                # ("28 December to 3 January 2026").
                year = int(last.group("end_year")) - (month > last_month)
            else:
                year = _noted_year(context, month, text, notes, "a date")
            skeleton = "MMMMd"
        elif pattern_skeleton == "yMd":
            skeleton = "yMd"  # "24.12.2022", "2022/12/24": the locale's numeric date
        else:
            skeleton = "yMMMd" if abbreviated else "yMMMMd"
        try:
            value = dt.date(year, month, day)
        except ValueError:
            return self._block(match, context, rank)  # "February 30": no such date
        day_first = match.start("day") < match.start("mnum" if groups.get("mnum") else "month")
        if day_first != self.n.day_first:
            order = "day before month" if day_first else "month before day"
            notes.append(Note("order", text,
                              f"written {order}, unlike {self.lang}'s CLDR long date; the "
                              f"skeleton {skeleton} leaves the order to each locale's pattern "
                              f"(en-GB writes the day first)"))
        return Found(start, end, (span("date", text, value=value.isoformat(),
                                       skeleton=skeleton),), rank, tuple(notes))

    def _range(self, match: re.Match[str], context: Context, rank: int) -> Found | None:
        """A day range in one month ("24. bis 27. März 2025", "March 24-27", "5 au 7
        avril", "3月24日～27日"): one date with an end, the element covering the range's
        word, which the locale's interval pattern writes in its own way ("24–27 March").
        A range that cannot be (27 to 24, February 30) stays text, as it was."""
        groups = match.groupdict()
        if groups.get("d1"):
            first, last = int(groups["d1"]), int(groups["day"])
            between = match.string[match.end("d1"):match.start("day")]
        else:
            first, last = int(groups["day"]), int(groups["d2"])
            between = match.string[match.end("day"):match.start("d2")]
        two_days = self._conjunction.search(between) is not None
        if two_days and not (groups.get("d1") and groups.get("month")
                             and match.start("month") > match.start("day")):
            return self._block(match, context, rank)  # "February 22 and 23": no first date
        month = (self._month_number(groups["month"]) if groups.get("month")
                 else int(groups["mnum"]) if groups.get("mnum") else context.month)
        if month is None or (context.year is None and not groups.get("year")):
            return self._block(match, context, rank)
        text = match.group(0)
        notes: list[Note] = []
        year = int(groups["year"]) if groups.get("year") else context.year
        assert year is not None
        if not groups.get("month") and not groups.get("mnum"):
            skeleton = "d"  # "24日至27日": the days alone, of the date line's month
            notes.append(Note("month", f"{text} {year}-{month:02d}",
                              "a day range without a month is taken in the month of the "
                              "date line"))
        elif not groups.get("year"):
            skeleton = "MMMMd"
            year = _noted_year(context, month, text, notes, "a date")
        elif (groups.get("month") or "").casefold() in self.n.abbreviated:
            skeleton = "yMMMd"
        else:
            skeleton = "yMMMMd"
        try:
            start, end = dt.date(year, month, first), dt.date(year, month, last)
        except ValueError:
            return self._block(match, context, rank)
        if two_days:
            # "22 and 23 February", "22. und 23. Februar": two days (as often as a range,
            # "between 22 and 23"), each a date; the first written as its day alone, in
            # the second's month and year. Its "." or "nd" stays text, as CLDR's day has
            # none.
            return Found(match.start("d1"), match.end(), (
                span("date", groups["d1"], value=start.isoformat(), skeleton="d"),
                match.string[match.end("d1"):match.start("day")],
                span("date", match.string[match.start("day"):match.end()],
                     value=end.isoformat(), skeleton=skeleton)), rank, tuple(notes))
        if end <= start:
            return self._block(match, context, rank)
        return Found(match.start(), match.end(), (span(
            "date", text, value=start.isoformat(), end=end.isoformat(), skeleton=skeleton),),
            rank, tuple(notes))

    def join_ranges(self, text: str, found: list[Found]) -> list[Found]:
        """Two dates joined by a range's word or dash ("30. März bis 2. April 2027",
        "from 28 December 2025 to 3 January 2026") as one date with an end: the locale's
        interval pattern writes a range across months and years too ("30 March – 2 April
        2027"), and a translator then has one placeholder, not two and the word between
        them. The first date may leave its year to the last (its year was taken from it),
        not the reverse; an end before its start stays two dates."""
        out: list[Found] = []
        for current in found:
            previous = out[-1] if out else None
            joined = (self._joined(text, previous, current) if previous is not None
                      and previous.parts and current.parts else None)
            if joined is None:
                out.append(current)
                if previous is not None and previous.parts and current.parts:
                    out[-2] = self._zoned_start(text, previous, current)
            else:
                out[-1] = joined
        return out

    def _zoned_start(self, text: str, first: Found, last: Found) -> Found:
        """`first` with the zone of the time `last` opens, where `first` ends at a time
        without one and a range's dash or word joins them: a zone written after a range
        ("10 a.m.–5 p.m. EST", "pukul 10.00–17.00 WIB") is both times'."""
        start, end = first.parts[-1], last.parts[0]
        if not (isinstance(start, Span) and isinstance(end, Span) and start.name == "time"
                and end.name == "time" and start.get("zone") is None):
            return first
        zone = end.get("zone")
        if zone is None or not self._range_join_whole.fullmatch(text, first.end, last.start):
            return first
        return replace(first, parts=(*first.parts[:-1], _with_zone(start, zone)))

    def _joined(self, text: str, first: Found, last: Found) -> Found | None:
        if len(first.parts) != 1 or len(last.parts) != 1:
            return None
        start, end = first.parts[0], last.parts[0]
        if not (isinstance(start, Span) and isinstance(end, Span) and start.name == "date"
                and end.name == "date" and start.get("end") is None
                and end.get("end") is None):
            return None
        skeleton = _JOINED_SKELETONS.get((start.get("skeleton", ""), end.get("skeleton", "")))
        if (skeleton is None or not self._range_join_whole.fullmatch(text, first.end, last.start)
                or self._conjunction.search(text, first.end, last.start)):
            return None
        value, until = start.get("value", ""), end.get("value", "")
        if skeleton == "MMMMd":
            # Neither has a year: the end is in the start's, or the next ("28 December to
            # 3 January"), whichever year each alone would have been given.
            until = f"{int(value[:4]) + (until[5:] < value[5:]):04d}{until[4:]}"
        if until <= value:
            return None
        notes = first.notes + tuple(n for n in last.notes if n not in first.notes)
        stop = self._until.match(text, last.end)
        close = stop.end() if stop is not None else last.end
        return Found(first.start, close, (span(
            "date", text[first.start:close], value=value, end=until, skeleton=skeleton),),
            min(first.rank, last.rank), notes)

    def _month_after_preposition(self, match: re.Match[str], context: Context,
                                 rank: int) -> Found | None:
        before = match.string[max(0, match.start() - 20):match.start()]
        if self._next_before.search(before) or (
                self._preposition.search(before) and self._next_after.match(
                    match.string, match.end())):
            return self._next_month(match, context, rank)
        if not self._preposition.search(before):
            return None  # a bare month name may be a word ("May") or a name
        return self._date(match, context, rank)

    def _next_month(self, match: re.Match[str], context: Context, rank: int) -> Found | None:
        """"next January": the first January after the release's month."""
        month = self._month_number(match.group("month"))
        if context.year is None or context.month is None or month is None:
            return self._block(match, context, rank)
        year = context.year + (month <= context.month)
        return Found(match.start("month"), match.end("month"), (span(
            "date", match.group("month"), value=f"{year:04d}-{month:02d}", skeleton="MMMM"),),
            rank)

    def _years(self, match: re.Match[str], context: Context, rank: int) -> Found | None:
        first, second = int(match.group("y1")), int(match.group("y2"))
        if second <= first:
            return None
        return Found(match.start(), match.end(), (
            span("date", match.group(), value=str(first), end=str(second), skeleton="y"),
        ), rank)

    def _time(self, match: re.Match[str], context: Context, rank: int) -> Found | None:
        groups = match.groupdict()
        notes: list[Note] = []
        start = match.start("hour") if groups.get("hour") else match.start()
        end = match.end()
        if groups.get("word"):
            start = match.start("twelve") if groups.get("twelve") else match.start("word")
            is_noon = groups["word"].casefold() in self.n.noon
            hour, minute = (12 if is_noon else 0), 0
        else:
            hour, minute = int(groups["hour"]), int(groups.get("minute") or 0)
            marker = groups.get("ap")
            if marker:
                pm = marker.casefold() in self.n.pm
                hour = hour % 12 + (12 if pm else 0)
            elif self._period_after is not None and (
                    period := self._period_after.match(match.string, end)) is not None:
                # "2h30 chiều" is 14:30
                hour, end = self._hour_in_period(hour, period["period"]), period.end()
            elif ":" in match.group(0) and hour < 13 and self.lang == "en":
                notes.append(Note("time", match.group(0),
                                  "a time without a.m. or p.m. is read on the 24-hour clock"))
        attrs = {"value": f"{hour:02d}:{minute:02d}", **self._zone_after(match.string, end)}
        text = match.string[start:end]
        return Found(start, end, (span("time", text, **attrs),), rank, tuple(notes))

    def _clock_duration(self, match: re.Match[str], context: Context,
                        rank: int) -> Found | None:
        """"pendant 2 h 30" (PT2H30M), "durant 48 h": hours written as a clock's after
        the words of a length of time; short when written with the hour's mark."""
        value = iso_duration([(Decimal(match["hour"]), "H"),
                              (Decimal(match["minute"] or 0), "TM")])
        if value is None:
            return None
        attrs = {"value": value}
        if match["hw"] not in CLOCK_HOURS.get(self.lang, ()):
            attrs["width"] = "short"
        return Found(match.start(), match.end(), (span("duration", match.group(0),
                                                       **attrs),), rank)

    def _time_range(self, match: re.Match[str], context: Context, rank: int) -> Found | None:
        """Both times of "de 14 h à 16 h", each its own span, the range's word text."""
        pairs = dict(MARKED_HOUR_RANGES[self.lang])
        # The word right before the hour's one space, whatever opens it ("(de 14 h"):
        # the look-behind put a non-word character before the word.
        opener = _LAST_WORD.search(match.string, max(0, match.start() - 32),
                                   match.start() - 1)
        if opener is None or \
                pairs.get(opener.group(0).casefold()) != match.group("join").strip().casefold():
            return None  # "de 9 h et 10 h", "entre 9 h à ...": no range
        first = match.string[match.start():match.start("join")]
        last = match.string[match.end("join"):match.end()]
        start = f"{int(match['hour']):02d}:{match['minute'] or '00'}"
        end = f"{int(match['hour2']):02d}:{match['minute2'] or match['minute3'] or '00'}"
        return Found(match.start(), match.end(), (
            span("time", first, value=start), match.group("join"),
            span("time", last, value=end)), rank)

    def _word_hour_range(self, match: re.Match[str], context: Context,
                         rank: int) -> Found | None:
        """"van 10 tot 17 uur": two times, the range's word text; or, where it counts hours
        (its last not after its first, COUNTED_HOURS in its sentence), the number and
        the length of time "daalde van 3 tot 2 uur" is. A night's range, from the
        evening to the morning ("van 22 tot 6 uur", a road closed overnight), is times."""
        first, last = int(match["hour"]), int(match["hour2"])
        word = _squash(match["hw"]).casefold()
        minute = match.groupdict().get("minute")
        backward = last <= first and not (first >= _EVENING and last <= _MORNING)
        if minute is None and word in self.n.units and (
                backward or self._counts_hours(match.string, match.start(), match.end())):
            designator, width = self.n.units[word]
            attrs = {"value": f"PT{last}{designator}"}
            if width == "short":
                attrs["width"] = "short"
            return Found(match.start(), match.end(), (
                span("number", match["hour"], value=str(first)), match["join"],
                span("duration", match.string[match.end("join"):match.end()], **attrs)),
                rank)
        # (the first hour with its hour word, where one follows it: "10 órától")
        return Found(match.start(), match.end(), (
            span("time", match.string[match.start():match.start("join")],
                 value=f"{first:02d}:00"), match["join"],
            span("time", match.string[match.end("join"):match.end()],
                 value=f"{last:02d}:{minute or '00'}")), rank)

    def _hour_range_after(self, match: re.Match[str], context: Context,
                          rank: int) -> Found | None:
        """"10-től 17 óráig", "10 órától 17 óráig", "10 és 17 óra között": read as
        "van 10 tot 17 uur" is, where its words go together (HOUR_RANGES_AFTER)."""
        if match["both"] is not None:
            fits = match["hw1"] is None and \
                _squash(match["hw"]).casefold() in HOUR_RANGES_AFTER[self.lang]["words"]
        else:
            # one ending on the first hour, hyphened or on its hour word, and "-ig" on
            # the last's
            fits = (match["hw1"] is None) == match["join"].startswith("-") and \
                _squash(match["hw"]).casefold() in HOUR_RANGES_AFTER[self.lang]["to_words"]
        return self._word_hour_range(match, context, rank) if fits else None

    def _counts_hours(self, text: str, start: int, end: int) -> bool:
        """Whether the clause around text[start:end] has a word of COUNTED_HOURS: in a
        long sentence giving opening hours, exports that grew in another clause ("van 10
        tot 17 uur, terwijl de export steeg") count no hours."""
        begin = max(0, start - 200)
        begin = max((m.end() for m in _CLAUSE_END.finditer(text, begin, start)),
                    default=begin)
        stop = _CLAUSE_END.search(text, end, end + 200)
        return self._counted_hours.search(
            text, begin, stop.start() if stop else min(len(text), end + 200)) is not None

    def _hour_range(self, match: re.Match[str], context: Context, rank: int) -> Found | None:
        """Both hours of "klo 10–17" after the hour's word, each a time of its own, the
        dash text; or of "orele 10 și 17", joined by a word only after the word it pairs
        with (HOUR_WORD_JOINS)."""
        join = _squash(match["join"])
        if join not in ("-", "–", "—"):
            before = _LAST_WORD_OR_ABBREVIATION.search(
                match.string, max(0, match.start() - 32), match.start() - 1)
            if before is None or (before.group(0).casefold(), join.casefold()) not in \
                    HOUR_WORD_JOINS[self.lang]:
                return None
        first = match.string[match.start():match.start("join")]
        last = match.string[match.end("join"):match.end()]
        start = f"{int(match['hour']):02d}:{match['minute'] or '00'}"
        end = f"{int(match['hour2']):02d}:{match['minute2'] or '00'}"
        zone = self._zone_after(match.string, match.end())
        return Found(match.start(), match.end(), (
            span("time", first, value=start, **zone), match.group("join"),
            span("time", last, value=end, **zone)), rank)

    def _zone_after(self, text: str, end: int) -> dict[str, str]:
        """The zone a time ending at `end` is given by what follows it ("14:40 WIB",
        "(Japan time)"), as attributes: none, or `zone`."""
        zone = self._zone.match(text, end)
        if zone and names_a_zone(self.lang, zone["zone"], text[zone.end():]):
            return {"zone": ZONE_PHRASES[_squash(zone.group("zone"))]}
        return {}

    def _clock(self, match: re.Match[str], context: Context, rank: int) -> Found | None:
        """A time written with words: "14:40 Uhr", "a las 10 horas", "午後2時40分"."""
        groups = match.groupdict()
        if self.n.cjk and match.string.startswith("台", match.end()):
            # "7時台" (ja): the hour from 7:00 to 7:59, a band of a timetable, no time of
            # day; blocked, so that its digits are not a number either.
            return Found(match.start(), match.end() + 1, (), rank)
        hour = int(groups["hour"])
        minute = 30 if groups.get("half") else int(groups.get("minute") or 0)
        word = groups.get("hw")
        begin, end = match.start(), match.end()
        clock = False  # an hour word and its minutes that make a time (CLOCK_MINUTES)
        if word is not None and groups.get("minute") is None and \
                _squash(word).casefold() in CLOCK_HOURS.get(self.lang, ()):
            after = self._clock_minutes.match(match.string, end)  # "15 heures 30"
            if after is not None:
                minute, end = int(after.group(1)), after.end()
                clock = self.lang in CLOCK_MINUTES and \
                    self._minute_unit.match(match.string, end) is None
        # ... and so do they and the part of the day after them ("2 giờ chiều nay")
        period_after = (self._period_after.match(match.string, end)
                        if self._period_after is not None and not groups.get("ap") else None)
        clock = clock or period_after is not None
        # "10 horas" counts hours unless a preposition makes it a time ("a las 10").
        if word is not None and groups.get("minute") is None and not clock and \
                _squash(word).casefold() in self.n.units and \
                not self._time_preposition.search(match.string, 0, match.start()) and \
                not self._range_pair_time.search(match.string, max(0, match.start() - 40),
                                                 match.start()) and \
                not self._range_start_time.search(match.string, max(0, match.start() - 24),
                                                  match.start()):
            return None
        if groups.get("ap"):
            if hour > 12:
                return None
            hour = hour % 12 + (12 if groups["ap"].casefold() in self.n.pm else 0)
        elif self._period_before is not None and (period := self._period_before.search(
                match.string, max(0, begin - 24), begin)) is not None:
            # the half of the day that puts the hour inside the part named ("रात 10 बजे"
            # is 22:00, "रात 2 बजे" 02:00); none is text
            inside = self._hour_inside_period(hour, period["period"])
            if inside is None:
                return None
            hour, begin = inside, period.start()
        elif period_after is not None:
            # "2 giờ chiều" is 14:00, "8 giờ tối" 20:00; "14 giờ chiều" stays 14:00
            hour, end = self._hour_in_period(hour, period_after["period"]), period_after.end()
        if hour == 24 and minute == 0:
            hour = 0
        elif hour > 23:
            return None
        attrs = {"value": f"{hour:02d}:{minute:02d}", **self._zone_after(match.string, end)}
        return Found(begin, end, (span("time", match.string[begin:end], **attrs),), rank)

    def _hour_inside_period(self, hour: int, period: str) -> int | None:
        """The hour of a 12-hour clock's `hour` inside the day's part `period` (CLDR's
        night runs over midnight: "11 giờ đêm" is 23:00, "2 giờ đêm" 02:00); None where
        neither half of the day puts it there, or `hour` is past 12."""
        start, before = day_period_hours(self.lang)[period.casefold()]
        return next((h for h in (hour % 12, hour % 12 + 12) if hour <= 12 and (
            start <= h < before if start < before else h >= start or h < before)), None)

    def _hour_in_period(self, hour: int, period: str) -> int:
        """The hour of a 12-hour clock's `hour` inside the day's part `period`
        (`_hour_inside_period`), else in the half of the day the part begins in ("2 giờ
        sáng", 02:00, before CLDR's morning); a 24-hour one as it is ("14 giờ chiều";
        "20 giờ sáng" says 20:00 twice over)."""
        if hour > 12:
            return hour
        inside = self._hour_inside_period(hour, period)
        if inside is not None:
            return inside
        start, _ = day_period_hours(self.lang)[period.casefold()]
        return hour % 12 + (12 if start >= 12 else 0)

    def _era(self, match: re.Match[str], context: Context, rank: int) -> Found | None:
        """A date in a Japanese era: "令和4年12月24日" is 2022-12-24, and says so."""
        if match.group("fiscal"):
            return self._block(match, context, rank)  # "令和5年度": a fiscal year
        era = JAPANESE_ERAS[match.group("era")]
        number = 1 if match.group("eyear") == FIRST_YEAR else int(match.group("eyear"))
        year = era[0] + number - 1
        text = match.group(0)
        month = int(match.group("mnum")) if match.group("mnum") else None
        day = int(match.group("day")) if match.group("day") else None
        found = _year_month_day(year, month, day)
        if found is None:
            return self._block(match, context, rank)
        value, skeleton = found
        if value < "{:04d}-{:02d}-{:02d}".format(*era)[:len(value)]:
            return self._block(match, context, rank)  # before the era began: a typo
        note = Note("calendar", f"{text} = {value}", "a Japanese era date: the value is "
                    "Gregorian; ja output keeps the era where [locale.ja] calendar = "
                    "\"japanese\" (ICU)")
        return Found(match.start(), match.end(), (span("date", text, value=value,
                                                       skeleton=skeleton),), rank, (note,))

    def _minguo(self, match: re.Match[str], context: Context, rank: int) -> Found | None:
        """A date in the Republic of China's years (year 1 is 1912): "民國114年3月5日" and
        "114年3月5日" are 2025-03-05, and say so. A bare year needs its month and day."""
        if match.group("fiscal") or (match.group("ryear") and not match.group("day")):
            return self._block(match, context, rank)  # "114年度", a fiscal year
        number = int(match.group("eyear") or match.group("ryear"))
        month = int(match.group("mnum")) if match.group("mnum") else None
        day = int(match.group("day")) if match.group("day") else None
        found = _year_month_day(number + 1911, month, day) if number else None
        if found is None:
            return self._block(match, context, rank)
        value, skeleton = found
        text = match.group(0)
        note = Note("calendar", f"{text} = {value}", f"a date in the Republic of China's "
                    f"years: year {number} is {number + 1911}")
        return Found(match.start(), match.end(), (span("date", text, value=value,
                                                       skeleton=skeleton),), rank, (note,))

    def _buddhist(self, match: re.Match[str], context: Context, rank: int) -> Found | None:
        """A date in the Buddhist era (year 2565 is 2022): "24 ธันวาคม 2565" is
        2022-12-24, and says so. Two digits are a year only after an abbreviated month or
        the era's mark ("24 ธ.ค. 65"); a full month's are some other number."""
        month_text = match.group("month")
        abbreviated = month_text.casefold() in self.n.abbreviated
        digits = match.group("byear")
        if len(digits) == 2 and not (abbreviated or match.group("era")):
            return None
        number = int(digits) + (2500 if len(digits) == 2 else 0)
        day = int(match.group("day")) if match.group("day") else None
        found = _year_month_day(number - BUDDHIST_ERA_OFFSET, self._month_number(month_text),
                                day)
        if found is None:
            return self._block(match, context, rank)
        value, skeleton = found
        notes = [Note("calendar", f"{match.group(0)} = {value}", f"a Buddhist era date: "
                      f"year {number} is {number - BUDDHIST_ERA_OFFSET}")]
        if abbreviated and day is not None:
            skeleton = "yMMMd"
        elif abbreviated:
            notes.append(Note("skeleton", match.group(0), "an abbreviated month is written "
                              "in full (no yMMM skeleton in the vocabulary)"))
        return Found(match.start(), match.end(), (span("date", match.group(0), value=value,
                                                       skeleton=skeleton),), rank, tuple(notes))

    def _solar_hijri_rules(self, lang: str, w: str) -> list[tuple[Rule, Trigger]]:
        """"۳ دی ۱۴۰۱", "۳ دی‌ماه ۱۴۰۱", "۳ دي ۱۴۰۱ ه.ش", "۱۴۰۱/۱۰/۰۳": Solar Hijri dates,
        whose years (1300 to 1599) no Gregorian date in today's prose writes."""
        months = SOLAR_HIJRI_MONTHS[lang]
        # (Arabic's yeh and kaf, as older Persian sites type them: "دي", "ارديبهشت")
        spelled = alt(months).replace("ی", "[یي]").replace("ک", "[کك]")
        month_word = SOLAR_HIJRI_MONTH_WORD[lang]
        year = r"(?P<syear>1[345]\d\d)(?![.,/]?\d)"
        mark = rf"(?:{S}*(?:{alt(SOLAR_HIJRI_MARKS[lang])})(?![{w}]))?"
        named = Rule("date-solar-hijri", LazyPattern(
            rf"(?:(?<![{w}.,/])(?P<day>3[01]|[12]\d|0?[1-9]){S}*)?(?<![{w}])"
            rf"(?P<smonth>{spelled})(?:(?:{S}|\u200c)?{month_word})?(?![{w}]){S}*{year}{mark}"),
            self._solar_hijri)
        numeric = Rule("date-solar-hijri-numeric", LazyPattern(
            rf"(?<![{w}.,/])(?P<syear>1[345]\d\d)/(?P<mnum>1[0-2]|0?[1-9])/"
            rf"(?P<day>3[01]|[12]\d|0?[1-9])(?![\d/]|[.,]\d){mark}"), self._solar_hijri)
        # "سال ۱۴۰۲": the year alone, text (`_solar_hijri`, no day)
        year_word = SOLAR_HIJRI_YEAR_WORD[lang]
        alone = Rule("date-solar-hijri-year", LazyPattern(
            rf"(?<![{w}]){year_word}{S}+{year}{mark}"), self._solar_hijri)
        arabic = {m.replace("ی", "ي").replace("ک", "ك") for m in months} - set(months)
        return [(named, Trigger.of((), substrings=(*months, *sorted(arabic)))),
                (numeric, Trigger.of((), substrings=("/",))),
                (alone, Trigger.of((), substrings=(year_word,)))]

    def _solar_hijri(self, match: re.Match[str], context: Context, rank: int) -> Found | None:
        """A Solar Hijri date: "۳ دی ۱۴۰۱" is 2022-12-24, and says so. Its month and
        year alone ("دی ۱۴۰۱") run over two Gregorian months, a year alone ("سال ۱۴۰۲")
        over two Gregorian years: text, the year no number."""
        groups = match.groupdict()
        if not groups.get("day"):
            return self._block(match, context, rank)
        if groups.get("smonth"):
            key = groups["smonth"].replace("ي", "ی").replace("ك", "ک")
            month = SOLAR_HIJRI_MONTHS[self.lang][key]
            skeleton = "yMMMMd"
        else:
            month, skeleton = int(groups["mnum"]), "yMd"
        return self._calendar_day(
            match, context, rank, to_gregorian,
            (int(groups["syear"]), month, int(groups["day"])), skeleton, "a Solar Hijri date",
            "; fa output is in the Persian calendar where ICU formats")

    def _ethiopian_rules(self, lang: str, w: str) -> list[tuple[Rule, Trigger]]:
        """"ታኅሣሥ 15 ቀን 2015 ዓ.ም", "15 ታኅሣሥ 2015", "15/04/2015 ዓ.ም": Ethiopian dates;
        "2015 ዓ.ም", a year of the era alone; "ከጠዋቱ 4 ሰዓት", an Ethiopian hour."""
        months = ETHIOPIAN_MONTHS[lang]
        marks = ETHIOPIAN_MARKS[lang]
        era = rf"{S}*(?:{alt(marks)})(?![{w}])"
        year = r"(?P<eyear>(?:19|20)\d\d)(?![.,/]?\d)"
        # (a preposition is written against the word after it: "በታኅሣሥ", in Tahsas)
        start = rf"(?:(?<![{w}])|(?<=(?<![{w}])[በከየለ]))"
        named = Rule("date-ethiopian", LazyPattern(
            rf"{start}(?P<emonth>{alt(months)})(?:{S}*(?P<day>30|[12]\d|0?[1-9])"
            rf"(?:{S}*{ETHIOPIAN_DAY_WORD[lang]})?)?(?:{S}*[,፣/]{S}*|{S}+){year}(?:{era})?"
            rf"|(?<![{w}.,/])(?P<day2>30|[12]\d|0?[1-9]){S}*(?P<emonth2>{alt(months)})"
            rf"{S}+(?P<eyear2>(?:19|20)\d\d)(?![.,/]?\d)(?:{era})?"), self._ethiopian)
        numeric = Rule("date-ethiopian-numeric", LazyPattern(
            rf"(?<![{w}.,/])(?P<day>30|[12]\d|0?[1-9])(?P<sep>[/.-])(?P<mnum>1[0-3]|0?[1-9])"
            rf"(?P=sep){year}{era}"), self._ethiopian)
        # "2015 ዓ.ም" runs from September to September: text, the year no Gregorian one
        era_year = Rule("year-ethiopian", LazyPattern(rf"(?<![\d.,/])(?:19|20)\d\d{era}"),
                        self._block)
        hour_word, half, minutes = ETHIOPIAN_HOUR_WORDS[lang]
        parts = ETHIOPIAN_DAY_PARTS[lang]
        hour = r"(?P<hour>1[0-2]|0?[1-9])(?![\d.,])"
        told = Rule("time-ethiopian", LazyPattern(
            rf"(?:(?<![{w}])|(?<=(?<![{w}])[ከበ]))(?P<part>{alt(parts)}){S}+{hour}"
            rf"(?::(?P<minute>[0-5]\d)(?:{S}*{hour_word})?|{S}*{hour_word}"
            # (the "ከ" joined to the minutes is `_AM_JOINED`'s, read as `_DETACHED`)
            rf"(?:{S}+(?P<half>{half})|{S}+(?:ከ|{_DETACHED})?{S}?(?P<minutes>[0-5]?\d){S}*"
            rf"{minutes})?)"
            rf"(?![{w}])"), self._ethiopian_hour)
        month_names = Trigger.of((), substrings=tuple(months))
        return [(named, month_names), (numeric, Trigger.of((), substrings=tuple(marks))),
                (era_year, Trigger.of((), substrings=tuple(marks))),
                (told, Trigger.of((), substrings=(hour_word,)))]

    def _ethiopian(self, match: re.Match[str], context: Context, rank: int) -> Found | None:
        """An Ethiopian date: "ታኅሣሥ 15 ቀን 2015 ዓ.ም" is 2022-12-24, and says so. Its month
        and year alone ("ሐምሌ 2015 ዓ.ም") run over two Gregorian months: text, the year no
        number."""
        groups = match.groupdict()
        written = groups.get("emonth") or groups.get("emonth2")
        if written:
            month, skeleton = ETHIOPIAN_MONTHS[self.lang][written], "yMMMMd"
        else:
            month, skeleton = int(groups["mnum"]), "yMd"
        day = groups.get("day") or groups.get("day2")
        if not day:
            return self._block(match, context, rank)
        year = int(groups.get("eyear") or groups["eyear2"])
        return self._calendar_day(match, context, rank, ethiopian.to_gregorian,
                                  (year, month, int(day)), skeleton, "an Ethiopian date")

    def _calendar_day(self, match: re.Match[str], context: Context, rank: int,
                      convert: Callable[[int, int, int], dt.date],
                      day: tuple[int, int, int], skeleton: str, calendar: str,
                      more: str = "") -> Found | None:
        """The Gregorian date of `day` (year, month, day) of another calendar, which
        `convert` finds, and the report's note that it is one; a day the calendar has not
        (its ValueError) stays text."""
        try:
            value = convert(*day).isoformat()
        except ValueError:
            return self._block(match, context, rank)
        text, year = match.group(0), day[0]
        note = Note("calendar", f"{text} = {value}", f"{calendar} (year {year} began on "
                    f"{convert(year, 1, 1).isoformat()}): the value is Gregorian{more}")
        return Found(match.start(), match.end(), (span("date", text, value=value,
                                                       skeleton=skeleton),), rank, (note,))

    def _ethiopian_hour(self, match: re.Match[str], context: Context,
                        rank: int) -> Found | None:
        """An Ethiopian hour, counted from dawn or dusk: "ከጠዋቱ 4 ሰዓት" is 10:00, "ከቀኑ 8
        ሰዓት ከ30 ደቂቃ" 14:30, and says so. One its part of the day has not ("ከረፋዱ 1
        ሰዓት") stays text: neither a time nor a length of time."""
        first, last = ETHIOPIAN_DAY_PARTS[self.lang][" ".join(match["part"].split())]
        hour = ethiopian.clock_hour(int(match["hour"]), first, last)
        if hour is None:
            return self._block(match, context, rank)
        minute = 30 if match["half"] else int(match["minute"] or match["minutes"] or 0)
        text, value = match.group(0), f"{hour:02d}:{minute:02d}"
        note = Note("time", f"{text} = {value}", "an Ethiopian hour, counted from 6 a.m. "
                    "or 6 p.m.: the value is on the 24-hour clock")
        return Found(match.start(), match.end(), (span("time", text, value=value),), rank,
                     (note,))

    def _buddhist_year(self, match: re.Match[str], context: Context,
                       rank: int) -> Found | None:
        """A year alone in the Buddhist era ("ปี 2566", "พ.ศ. 2566": 2023); a fiscal
        year's ("ปีงบประมาณ 2566") stays text."""
        if match.group("fiscal"):
            return self._block(match, context, rank)
        number = int(match.group("byear"))
        value = f"{number - BUDDHIST_ERA_OFFSET:04d}"
        note = Note("calendar", f"{match.group(0)} = {value}",
                    f"a Buddhist era year: {number} is {value}")
        return Found(match.start(), match.end(), (span("date", match.group(0), value=value,
                                                       skeleton="y"),), rank, (note,))

    def _prefixed_ordinal(self, match: re.Match[str], context: Context,
                          rank: int) -> Found | None:
        """"第30回" (the 30th session) is an ordinal; "第3条" (Article 3) an identifier."""
        if match.group("counter") in self.n.identifier_counters or (
                self.lang == "ko" and not match.group("counter")
                and in_ranges(match.string[match.end():match.end() + 1], _HANGUL)):
            # ... as "제4공장" (Plant 4) names a plant: no ordinal, no number
            return self._block(match, context, rank)
        number = int(match.group("num")) if match.group("num") else _han_number(match.group("han"))
        if number is None:
            return None
        return Found(match.start(), match.end(), (span(
            "number", match.group(0), value=str(number), style="ordinal"),), rank)

    def _dual(self, match: re.Match[str], context: Context, rank: int) -> Found | None:
        value = iso_duration([(Decimal(2), AR_DUALS[match.group("dual")])])
        if value is None:  # pragma: no cover - two of a unit is always exact
            return None
        return Found(match.start("dual"), match.end("dual"), (span(
            "duration", match.group("dual"), value=value),), rank)

    def _day_in_month(self, match: re.Match[str], context: Context, rank: int,
                      why: str = "a day without a month is taken in the month of the date "
                                 "line") -> Found | None:
        """A day alone ("24일", "29日9時"): a day of the date line's month."""
        if context.year is None or context.month is None:
            return None
        try:
            day = dt.date(context.year, context.month, int(match.group("day")))
        except ValueError:
            return None
        text = match.group(0)
        return Found(match.start(), match.end(), (span(
            "date", text, value=day.isoformat(), skeleton="d"),), rank,
            (Note("month", f"{text} {context.year}-{context.month:02d}", why),))

    def _sunrise_rule(self, lang: str, w: str, lt: str) -> tuple[Rule, Trigger]:
        """An hour counted from sunrise, after the hour's word, in digits or words, its
        minutes and the part of the day after it: "saa 4 asubuhi", "saa 4:30 asubuhi",
        "saa nne na nusu asubuhi", "saa mbili za usiku" (`_sunrise`). Found at the hour's
        word, before the digit rules would read its digits as a number or a clock's."""
        hour_words = SUNRISE_HOUR_WORDS[lang]
        joins = SUNRISE_PERIOD_JOINS.get(lang, ())
        join = rf"(?:{alt(joins)}{S}+)?" if joins else ""
        pattern = (rf"(?<![{w}]){alt(hour_words, ignore_case=True)}{S}+"
                   rf"(?:(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?"
                   rf"|(?P<named>{alt(SUNRISE_HOUR_NAMES[lang], ignore_case=True)}))"
                   rf"(?![{w}]|[:.,]\d)"
                   rf"(?:{S}+(?P<part>{alt(SUNRISE_MINUTE_WORDS[lang], ignore_case=True)}))?"
                   rf"(?:{S}+{join}(?P<period>{alt(day_period_hours(lang), ignore_case=True)}))?"
                   rf"(?!{lt})")
        return Rule("time-sunrise", LazyPattern(pattern), self._sunrise), Trigger.of(hour_words)

    def _sunrise(self, match: re.Match[str], context: Context, rank: int) -> Found:
        """"saa 4 asubuhi" is 10:00: the hour SUNRISE_OFFSET on, in the half of the day
        that puts it inside the part named (`_hour_inside_period`), the report saying so.
        With no part of the day, or one it cannot be in, the words do not say which hour
        it is (04:00, 10:00, four hours): text, never the number the digits would be."""
        if match["period"] is None:
            return self._block(match, context, rank)
        named = match["named"]
        hour = (SUNRISE_HOUR_NAMES[self.lang][_squash(named).casefold()] if named
                else int(match["hour"]))
        minute = int(match["minute"] or 0)
        if match["part"]:
            if match["minute"]:
                return self._block(match, context, rank)  # "saa 4:30 na nusu"
            minute = SUNRISE_MINUTE_WORDS[self.lang][_squash(match["part"]).casefold()]
        inside = self._hour_inside_period((hour + SUNRISE_OFFSET) % 12, match["period"])
        if inside is None:
            return self._block(match, context, rank)
        text, value = match.group(0), f"{inside:02d}:{minute:02d}"
        word = SUNRISE_HOUR_WORDS[self.lang][0]
        why = (f"{Locale('en').languages.get(self.lang, self.lang)} hours count from "
               f"sunrise: {word} 1 is {1 + SUNRISE_OFFSET:02d}:00, {word} 7 "
               f"{7 + SUNRISE_OFFSET:02d}:00")
        return Found(match.start(), match.end(), (span("time", text, value=value),), rank,
                     (Note("time", f"{text} = {value}", why),))

    def _words_first_rule(self, lang: str, w: str, num: str) -> tuple[Rule, Trigger]:
        """A number after its words, in the languages whose CLDR patterns write them first
        (WORDS_FIRST): a length's unit ("dakika 30", 30 minutes), a scale ("milioni 2.5"),
        a currency's name or sign before either ("Shilingi bilioni 1.5", "TSh bilioni 2",
        "dola 500"). Found at the first word, before the digit rules read the number
        alone (`_words_first`)."""
        n = self.n
        currencies = CURRENCY_WORDS.get(lang, {})
        lead = rf"(?:(?P<name>{alt(currencies, ignore_case=True)}|{alt(n.symbols)}){S}+)?" \
            if currencies else ""
        scales = alt(n.scales_first, ignore_case=True) if n.scales_first else "(?!)"
        pattern = (rf"(?<![{w}])(?!\d)(?:(?P<u1>{alt(n.units_first, ignore_case=True)}){S}+"
                   rf"(?P<q1>{num})|{lead}(?:(?P<scale>{scales}){S}+)?(?P<amount>{num}))"
                   rf"(?![{w}]|[.,:]\d|{S}?[-–—]{S}?\d)")
        return (Rule("words-first", LazyPattern(pattern), self._words_first),
                Trigger.of((*n.units_first, *n.scales_first, *currencies, *n.symbols)))

    def _words_first(self, match: re.Match[str], context: Context, rank: int) -> Found | None:
        """"dakika 30" is PT30M, "bilioni 1.5" 1500000000, "Shilingi bilioni 1.5" money.
        Not an hour a clock may be counted from sunrise in with no part of the day ("saa
        4": `_sunrise` keeps it text), nor a year's or month's number with its word ("mwaka
        2022", the year 2022; "mwezi 12 mwaka 2022", December), nor a sign's amount without
        a scale ("TSh 1,500", `_money`'s)."""
        text, start, end = match.string, match.start(), match.end()
        if match["u1"]:
            quantity = self._quantity(match["q1"])
            designator, width = self.n.units_first[_squash(match["u1"]).casefold()]
            if quantity is None or (
                    designator == "H" and quantity <= 12 and
                    _squash(match["u1"]).casefold() in SUNRISE_HOUR_WORDS.get(self.lang, ())):
                return None
            if designator in ("Y", "M") and re.fullmatch(r"1[89]\d\d|2[01]\d\d", match["q1"]):
                return None
            if designator == "M" and _YEAR_AFTER.match(text, end):
                return None
            if self._age_before.search(text, max(0, start - 24), start):
                return None  # "mwenye umri wa miaka 45": a person's age
            value = iso_duration([(quantity, designator)])
            if value is None:
                return None
            attrs = {"value": value} if width == "long" else {"value": value, "width": "short"}
            return Found(start, end, (span("duration", text[start:end], **attrs),), rank)
        said, scale = match["name"], match["scale"]
        if not said and not scale:
            return None
        amount = _decimal(match["amount"], self.n)
        if scale:
            amount *= Decimal(10) ** self.n.scales_first[_squash(scale).casefold()]
        if not said:
            return Found(start, end, (span("number", text[start:end], value=computed(amount),
                                           notation="compact"),), rank)
        currency = self.n.symbols.get(said)
        if currency is not None and not scale:
            return None
        key = _squash(said).casefold()
        currency = currency or self.n.currency_names[key]
        notes = (Note("currency", f"{key} = {currency}",
                      f"{key!r} names several currencies; {self.lang} CLDR data and usage "
                      "make it the most likely one"),) if key in AMBIGUOUS_CURRENCY else ()
        attrs = {"currency": currency}
        if scale:
            attrs["notation"] = "compact"
        attrs["value"] = computed(amount) if scale else plain(amount)
        return Found(start, end, (span("money", text[start:end], **attrs),), rank, notes)

    def _race_time_rule(self, lang: str, w: str) -> tuple[Rule, Trigger]:
        """A race or result time, hours, minutes and seconds in their short units: "2 h
        06 min 41 s", "2 ч 06 мин 41 с", "2小时8分15秒" (or "6小时30分": Chinese writes
        "分" for minutes only after hours), "2時間6分41秒". One duration with the seconds
        kept, not a time "2 h 06" and a number; the minutes and seconds under 60."""
        if lang == "zh":
            pattern = (rf"(?<![{w}.,])(?P<h>\d{{1,2}})小时(?P<m>[0-5]?\d)分钟?"
                       rf"(?:(?P<s>[0-5]?\d)秒钟?)?(?![\d分])")
            trigger = Trigger.of((), substrings=("小时",))
        elif lang == "ja":  # "1時間30分" the duration rule reads already
            pattern = (rf"(?<![{w}.,])(?P<h>\d{{1,2}})時間(?P<m>[0-5]?\d)分"
                       rf"(?P<s>[0-5]?\d)秒(?!\d)")
            trigger = Trigger.of((), substrings=("時間",))
        else:
            hour, minute, second = ("ч", "мин", "с") if lang == "ru" else ("h", "min", "s")
            pattern = (rf"(?<![{w}.,:])(?P<h>\d{{1,2}}){S}?{hour}{S}?(?P<m>[0-5]?\d){S}?"
                       rf"{minute}\.?{S}?(?P<s>[0-5]?\d){S}?{second}(?![{w}])")
            trigger = Trigger.of((minute,))
        return Rule("duration-race", LazyPattern(pattern), self._race_time), trigger

    def _race_time(self, match: re.Match[str], context: Context, rank: int) -> Found | None:
        parts = [(Decimal(match.group(g)), d) for g, d in (("h", "H"), ("m", "TM"), ("s", "S"))
                 if match.group(g) is not None]
        value = iso_duration(parts)
        if value is None:
            return None
        return Found(match.start(), match.end(), (span("duration", match.group(0),
                                                       value=value),), rank)

    def _han_duration_rule(self, lang: str, classifier: str, half: str,
                           span_before: str) -> tuple[Rule, Trigger]:
        """Lengths of time counted in Han numerals: "两个小时", "十五分钟", "三年間", and
        "为期三年" / "三年内" where the words around "年" make it a span, as for digits."""
        units = [u for u in self.n.units if u not in HAN_NOT_UNITS.get(lang, ())]
        quantity = rf"(?<![{HAN_QUANTITY_NOT_AFTER}]){HAN_QUANTITY}"
        after = YEAR_SPAN_AFTER.get(lang)
        years = (rf"|(?P<years>{quantity})年(?={alt(after)})"
                 rf"|(?:{span_before})(?P<after_word>{quantity})年(?![月年级])" if after else "")
        if lang in ERA_NAMES:  # "二十年", "两年半": counted years, wherever they stand
            eras = "".join(f"(?<!{re.escape(era)})" for era in ERA_NAMES[lang])
            years += (rf"|{eras}(?<![{HAN_QUANTITY_NOT_AFTER}])(?P<counted>{HAN_COUNTED_YEARS})"
                      rf"年(?P<half_year>半)?(?!{HAN_COUNTED_YEARS_NOT_BEFORE})")
        pattern = (rf"(?P<q1>{quantity}){classifier}(?P<h1>{half})?(?P<u1>{alt(units)})"
                   rf"(?P<h2>{half})?(?:(?P<q2>{HAN_QUANTITY})(?P<u2>{alt(units)}))?{years}")
        return (Rule("duration-han", LazyPattern(pattern), self._han_duration),
                Trigger.of((), substrings=(*units, "年") if after else tuple(units)))

    def _han_duration(self, match: re.Match[str], context: Context,
                      rank: int) -> Found | None:
        groups = match.groupdict()
        if groups.get("years") or groups.get("after_word") or groups.get("counted"):
            return self._year_span(match, context, rank)
        return self._duration(match, context, rank)

    def _year_span(self, match: re.Match[str], context: Context, rank: int) -> Found | None:
        """"3年内" (zh): three years, the "年" of a span, not of a date; "两年半" two and a
        half."""
        groups = match.groupdict()
        written = groups.get("years") or groups.get("after_word") or groups.get("counted") or ""
        years = int(written) if written.isdigit() else _han_number(written)
        if not years:
            return None
        value = iso_duration([(Decimal(years) + (Decimal("0.5") if groups.get("half_year")
                                                 else 0), "Y")])
        assert value is not None
        return Found(match.start(), match.end(), (span(
            "duration", match.group(0), value=value),), rank)

    def _han_date_rule(self, lang: str) -> tuple[Rule, Trigger]:
        """A year, or a whole date, in Han numerals: "二〇二四年", "二〇二五年一月一日"."""
        digits = "".join(HAN_YEAR_DIGITS)
        ones = "一二三四五六七八九"
        pattern = (rf"(?<![{HAN_QUANTITY_NOT_AFTER}{digits}])(?P<hyear>[一二][{digits}]{{3}})"
                   rf"年(?![代度级])(?:(?P<hmonth>十[一二]?|[{ones}])月(?:(?P<hday>三十一?|"
                   rf"二?十[{ones}]?|[{ones}])[日号])?)?")
        return (Rule("date-han", LazyPattern(pattern), self._han_date),
                Trigger.of((), substrings=("年",)))

    def _han_date(self, match: re.Match[str], context: Context, rank: int) -> Found | None:
        year = int("".join(str(HAN_YEAR_DIGITS[ch]) for ch in match.group("hyear")))
        if not 1800 <= year <= 2199:
            return None  # as for digits: no year a release dates anything in
        text = match.group(0)
        month = _han_number(match.group("hmonth")) if match.group("hmonth") else None
        day = _han_number(match.group("hday")) if match.group("hday") else None
        found = _year_month_day(year, month, day)
        if found is None:
            return self._block(match, context, rank)  # "二月三十日": no such date
        value, skeleton = found
        return Found(match.start(), match.end(), (span("date", text, value=value,
                                                       skeleton=skeleton),), rank)

    def _scaled(self, match: re.Match[str], context: Context, rank: int) -> Found | None:
        """"1,500万", "1万2,000" (ja, zh), "3.4 million": the number with its scale words,
        15000000, 12000, 3400000, written compactly in every locale as the writer wrote it
        ("1500万", "15 million"), as money with a scale word is. The formatter writes it in
        full where no compact form says the value exactly ("1万2,345": 12,345)."""
        groups = match.groupdict()
        end = match.end()
        if not self._parts_fit(groups):  # "1万20,000": the second number is another one
            groups = {**groups, "amount2": None, "scale2": None}
            end = match.end("scale")
        value = self._scaled_value(groups)
        return Found(match.start(), end, (span(
            "number", match.string[match.start():end], value=computed(value),
            notation="compact"),), rank)

    def _parts_fit(self, groups: dict[str, str | None]) -> bool:
        """Whether the part after the first scale ("2,000" of "1万2,000", "5,000万" of
        "8億5,000万") is less than one of that scale, so that the two add up to one number."""
        if not groups.get("amount2"):
            return True
        first = self.n.scales[_squash(groups["scale"] or "").casefold()]
        second = self.n.scales[_squash(groups["scale2"] or "").casefold()] \
            if groups.get("scale2") else 0
        return second < first and \
            _decimal(groups["amount2"] or "", self.n) * Decimal(10) ** second < \
            Decimal(10) ** first

    def _quantity(self, text: str) -> Decimal | None:
        words = NUMBER_WORDS.get(self.lang, {})
        key = _squash(text).casefold()
        if key in words:
            return Decimal(str(words[key]))
        if self.lang in NUMBER_WORD_JOINS and not key[:1].isdigit():
            compound = number_from_words(self.lang, key)
            return None if compound is None else Decimal(compound)
        if self.n.cjk and not text.isdigit() and not text[:1].isdigit():
            number = _han_number(text)
            return None if number is None else Decimal(number)
        try:
            return _decimal(text, self.n)
        except InvalidOperation:
            return None

    def _duration(self, match: re.Match[str], context: Context, rank: int) -> Found | None:
        groups = match.groupdict()
        if self.n.cjk and groups.get("u1") == "分" and re.match(
                r"の[0-9０-９一二三四五六七八九十]", match.string[match.end("u1"):]):
            return None  # "2分の1" is a fraction (one half), never two minutes
        if self.lang == "ko" and groups.get("u1") == "분" and \
                match.string.startswith("기", match.end("u1")):
            return self._block(match, context, rank)  # "2분기", the second quarter
        if self._unit_month is not None and self._unit_month.match(
                match.string, match.start("u1")) and re.fullmatch(r"0?[1-9]|[12]\d|3[01]",
                                                                  groups.get("q1") or ""):
            return None  # "24 tháng 12": the 24th of December, the date rules' to read
        parts: list[tuple[Decimal, str]] = []
        widths: set[str] = set()
        end = match.end()
        pairs = [("q1", "u1", ("h1", "h2")), ("q2", "u2", ())]
        for q_name, u_name, halves in pairs:
            unit_text = groups.get(u_name)
            if not unit_text:
                continue
            designator, width = self.n.units[_squash(unit_text).casefold()]
            if designator == "Y" and _squash(unit_text).casefold() in self._year_words and \
                    re.fullmatch(r"1[89]\d\d|2[01]\d\d", groups.get(q_name) or ""):
                # "2022 года" (ru): the year's own word after a year, a date; after a first
                # part ("за двенадцать месяцев 2023 года") the duration ends before it.
                if q_name == "q1":
                    return None
                end = match.end("h2") if groups.get("h2") else match.end("u1")
                break
            unit_key = _squash(unit_text).casefold()
            if q_name in groups and groups[q_name] is not None:
                quantity = self._quantity(groups[q_name])
                # "a year", "a day" are too often a rate or an idiom; "à deux heures" is at
                # two o'clock
                if quantity is None or (
                        groups[q_name].casefold() in ONE_WORDS and designator != "H" and
                        unit_key not in ONE_WORD_UNITS.get(self.lang, ()) and
                        not any(groups.get(h) for h in halves)) or (
                        unit_key in CLOCK_HOURS.get(self.lang, ()) and quantity <= 24 and
                        self._time_preposition.search(match.string, 0, match.start())):
                    if q_name == "q1":
                        return None
                    # "two hours and a day": the first part alone (a second part in
                    # words is read as the first is, and may be none)
                    end = match.end("h2") if groups.get("h2") else match.end("u1")
                    break
            elif q_name == "q1":
                quantity = Decimal("0.5")  # "half an hour"
            else:
                continue
            widths.add(width)
            if any(groups.get(h) for h in halves):
                quantity += Decimal("0.5")
            parts.append((quantity, designator))
        value = iso_duration(parts)
        if value is None:
            return None
        if self._age_before.search(match.string, max(0, match.start() - 24), match.start()):
            return None  # "âgé de 45 ans", "im Alter von 64 Jahren": an age
        if value.endswith("Y") and value[1:-1].isdigit() and \
                (of := self._age_of.search(match.string, max(0, match.start() - 40),
                                           match.start())) is not None and \
                (of["noun"] or "").casefold() not in NOT_AGE_NOUNS.get(self.lang, ()) and \
                not self._of_after.match(match.string, end):
            return None  # "um civil de 72 anos", "com 72 anos": a person's age
        if self.lang in AGE_OF and match.string.startswith(",", end) and \
                _AGE_APPOSITION.search(match.string, max(0, match.start() - 40), match.start()):
            return None  # "commenta Sartori, 44 anni, rientrata": a person's age
        attrs = {"value": value}
        if widths == {"short"}:
            attrs["width"] = "short"
        return Found(match.start(), end, (span("duration", match.string[match.start():end],
                                               **attrs),), rank)

    def _percent(self, match: re.Match[str], context: Context, rank: int) -> Found | None:
        # The value is the number as written (30 % -> 30), as the formatters expect.
        value = _decimal(match.group("num"), self.n)
        return Found(match.start(), match.end(), (span(
            "number", match.group(0), value=plain(value), style="percent"),), rank)

    def _ordinal(self, match: re.Match[str], context: Context, rank: int) -> Found | None:
        return Found(match.start(), match.end(), (span(
            "number", match.group(0), value=str(int(match.group("num"))), style="ordinal"),),
            rank)

    def _number(self, match: re.Match[str], context: Context, rank: int) -> Found | None:
        text = match.group("num")
        if text.isdigit() and int(text) <= 23:
            hour = self._range_first_hour(match.string, match.end(), int(text))
            if hour is not None:
                return Found(match.start(), match.end(), (span("time", text, value=hour),),
                             rank)
        digits = re.sub(r"[ \u00a0\u202f'\u2019]", "", text)
        if self.n.group.strip():
            digits = digits.replace(self.n.group, "")
        # Full-width digits ("１,５００", East Asian text) are written as ASCII in a value.
        value = digits.replace(self.n.decimal, ".").translate(_ASCII_DIGITS)
        return Found(match.start(), match.end(), (span("number", text, value=value),), rank)

    def _range_first_hour(self, text: str, end: int, hour: int) -> str | None:
        """The time a bare hour before a range's word is ("9" of "von 9 bis 18 Uhr"), when
        what follows is a time of day: on the 24-hour clock, with minutes ("9:00 a 20:00
        horas") or an hour word that only says o'clock ("Uhr", not "horas" or "heures",
        which count hours too: HOUR_WORD_RANGES reads "van 10 tot 17 uur"); its a.m. or
        p.m. ("from 8 to 10 p.m.") where it fits."""
        after = self._range_end_time.match(text, end)
        if after is None:
            return None
        word, marker = after.groupdict().get("hw"), after.group("ap")
        if marker:
            if int(after.group("hour")) > 12 or hour > 12:
                return None
            if marker.casefold() in self.n.pm:
                last = int(after.group("hour")) % 12 + 12
                hour = hour + 12 if hour < 12 and hour + 12 < last else hour
        elif after.group("minute") is None and (
                word is None or _squash(word).casefold() in self.n.units):
            return None
        return f"{hour:02d}:00"

    def _money(self, match: re.Match[str], context: Context, rank: int) -> Found | None:
        groups = match.groupdict()
        notes: list[Note] = []
        end = match.end()
        signed = groups.get("code") or self.n.symbols.get(groups.get("symbol") or "")
        if groups.get("whole") and (groups.get("scale") or signed != "CHF"):
            end = match.start("whole")  # "EUR 250.-": the dash is the text's
        if groups.get("code"):
            currency = groups["code"]
            if currency not in iso_codes() or (currency in WORD_CODES
                                               and not groups.get("scale")):
                return None
            said = currency
        elif groups.get("symbol"):
            said = groups["symbol"]
            currency = self.n.symbols[said]
            if said in self._weekday_signs and self._day_after_weekday.match(
                    match.string, match.start("amount")) is not None:
                return None
        else:
            known = self._currency_name(match)
            if known is None:
                return None
            said, currency, end = known
            if not groups.get("scale") and said in SCALED_CURRENCY_WORDS.get(self.lang, ()):
                return None
        start = match.start()
        if self.n.cjk and said == "元" and (before := self._currency_before(
                match.string, start)) is not None:
            # "新臺幣3億5,000萬元", "美金100元": the currency is named before the amount
            # and "元" after it counts its units; the span holds both.
            said, currency = before
            start -= len(said)
        if said in AMBIGUOUS_CURRENCY:
            notes.append(Note("currency", f"{said} = {currency}",
                              f"{said!r} names several currencies; {self.lang} CLDR data and "
                              "usage make it the most likely one"))
        if not self._parts_fit(groups):
            return None
        value = self._scaled_value(groups)
        attrs = {"currency": currency}
        if groups.get("scale"):
            attrs["notation"] = "compact"
        # An amount as written ("4.60 euros": 4.60), one with a scale word as computed.
        attrs["value"] = computed(value) if groups.get("scale") else plain(value)
        return Found(start, end, (span("money", match.string[start:end], **attrs),), rank,
                     tuple(notes))

    def _currency_before(self, text: str, start: int) -> tuple[str, str] | None:
        """The currency name right before an amount in yuan ("新臺幣", "美金"), longest
        first; "元" alone is none."""
        for length in range(min(start, 4), 1, -1):
            said = text[start - length:start]
            currency = self.n.currency_names.get(said.casefold())
            if currency is not None:
                return said, currency
        return None

    def _scaled_value(self, groups: dict[str, str | None]) -> Decimal:
        """An amount with its scale words: "2 million", "8億5,000万" (800000000 + 50000000)."""
        value = Decimal(0)
        for amount, scale in (("amount", "scale"), ("amount2", "scale2")):
            if groups.get(amount):
                part = _decimal(groups[amount] or "", self.n)
                if groups.get(scale):
                    word = _squash(groups[scale] or "")
                    power = self.n.letter_scales.get(word) or self.n.scales[word.casefold()]
                    part *= Decimal(10) ** power
                value += part
        return value

    def _currency_name(self, match: re.Match[str]) -> tuple[str, str, int] | None:
        """The longest run of words after the amount that names a currency."""
        words = match.group("name")
        if self.n.cjk or self.lang in SCALE_RUNS_ON:
            # no spaces: every prefix of a few characters ("円", "米ドル", "บาทไทย")
            cuts = [cut for cut in range(1, min(len(words), 8) + 1)
                    if not words[cut - 1].isspace()]  # "4조 원 ": the name ends at 원
        else:
            cuts = [m.start() for m in re.finditer(r"[ \u00a0\u202f]", words)] + [len(words)]
        for cut in reversed(cuts):
            # "руб." is a name with its dot; "иен." is a name before a full stop. A name
            # written with and without it ("kr." and "kr") keeps the dot inside a
            # sentence ("1,5 mia. kr. til") and leaves it to the sentence at its end.
            ends = (cut,) if words[cut - 1] != "." \
                else (cut, cut - 1) if _sentence_goes_on(match.string, match.start("name") + cut) \
                else (cut - 1, cut)
            for end in ends:
                said = _squash(words[:end]).casefold()
                currency = self.n.currency_names.get(said)
                if currency is not None:
                    return said, currency, match.start("name") + end
                # "1,5 milliárd forintot": the name with a case ending (WORD_ENDINGS)
                for ending in self._word_endings:
                    stem = said.removesuffix(ending)
                    if stem != said and (currency := self.n.currency_names.get(stem)):
                        return stem, currency, match.start("name") + end
        return None


def _sentence_goes_on(text: str, at: int) -> bool:
    """Whether the sentence goes on after a full stop that ends text[:at]: a lower-case
    word, a digit or a clause's punctuation follows it (perhaps after a dash, the
    speaker's words after a quotation: "250 kr. – siger hun"), not the end or a capital."""
    # (Matched where it is, not sliced: a copy of the rest for each amount of a long line
    # cost its length each time.)
    after = _NEXT_CHARACTER.match(text, at)
    if after is None:
        return False
    first = after[1]
    return first.islower() or first.isdigit() or first in ",;:"


_NEXT_CHARACTER = re.compile(r"(?:\s+[–—-](?=\s))?\s*(\S)")


# Range words that also join two separate days ("on 24 and 27 March").
_CONJUNCTIONS = ("and", "et", "и", "und", "y", "y el", "i", "e", "en")
# ... and those that do in one language only: Czech "22. a 23. února" and Slovak "22. a
# 23. februára" (and), where a Spanish or Portuguese range's "a" is "to" ("de 14 a 18 de
# outubro"); Romanian "și" ("10 martie și 12 aprilie": two dates, no range); Danish and
# Norwegian "og", Finnish "ja", Swedish "och" ("den 22. og 23. februar").
_CONJUNCTIONS_OF = {"cs": ("a",), "sk": ("a",), "ro": ("și", "şi"), "da": ("og",),
                    "nb": ("og",), "nn": ("og",), "fi": ("ja",), "sv": ("och",)}
# What closes a range in Japanese and Korean ("3月24日から27日まで", "3월 9일부터
# 11일까지"): inside the element, which the interval pattern ("3月24日～27日") replaces whole.
_UNTIL = {"ja": "(?:まで)?", "ko": "(?:까지)?"}

# Two dates that make one range, by their skeletons: the range's skeleton. A first
# date without a year took its year from the last; a last date without one would leave
# the range's year unsaid.
_JOINED_SKELETONS = {("MMMMd", "MMMMd"): "MMMMd", ("MMMMd", "yMMMMd"): "yMMMMd",
                     ("yMMMMd", "yMMMMd"): "yMMMMd", ("yMMMd", "yMMMd"): "yMMMd",
                     ("MMMMd", "yMMMd"): "yMMMd"}

_PATTERN_TOKEN = re.compile(r"'(?:[^']|'')*'|([A-Za-z])\1*|[^A-Za-z']+")


def _pattern_regex(pattern: str, fields: dict[str, str], numeric_months: bool) -> str | None:
    """A CLDR date pattern as a regular expression of the recogniser's fields.

    y, d and MMMM become the year, day and month-name groups; M and MM (and MMMM where
    month names are numbers, "12月") a month number; the literals are written as they are,
    a space standing for any space (required beside words, optional after punctuation),
    and what follows the year optional ("y 'г'."). Other fields (weekday, era) make the
    pattern one these rules do not read: None.
    """
    parts: list[tuple[str, str]] = []  # (field letter or "", regex)
    for token in _PATTERN_TOKEN.finditer(pattern):
        text = token.group(0)
        if token.group(1):
            letter, width = text[0], len(text)
            if letter == "y":
                parts.append(("y", fields["year"]))
            elif letter == "d" and width <= 2:
                parts.append(("d", fields["day"]))
            elif letter in "ML" and width >= 3 and not numeric_months:
                parts.append(("M", fields["month"]))
            elif letter in "ML":
                parts.append(("M", r"(?P<mnum>1[0-2]|0?[1-9])(?!\d)"))
            else:
                return None
            continue
        literal = text[1:-1].replace("''", "'") if text.startswith("'") else text
        if parts and not parts[-1][0]:
            parts[-1] = ("", parts[-1][1] + literal)  # "d 'de' MMMM": one literal " de "
        else:
            parts.append(("", literal))
    out = []
    for index, (field, regex) in enumerate(parts):
        if field:
            out.append(regex)
            continue
        literal = re.sub("[ \u00a0\u202f]+", " ", regex)
        loose = not literal.strip() or any(ch.isalpha() for ch in literal)
        body = "".join((f"{S}+" if loose else f"{S}*") if ch == " " else re.escape(ch)
                       for ch in literal)
        if index == len(parts) - 1 and index > 0 and parts[index - 1][0] == "y":
            body = f"(?:{body})?"  # "2022 г." and "2022 года" alike: the year's suffix
        elif index == len(parts) - 1 and parts[index - 1][0] == "d" and literal.strip() == ".":
            # Korean "y. M. d.": its last dot is as often left out ("[2025.07.24]")
            body = f"(?:{body})?"
        out.append(body)
    return "".join(out)


def number_from_words(lang: str, text: str) -> int | None:
    """A number of 1 to 99 written as one word of NUMBER_WORDS or a compound of them:
    "forty-eight", "dix-sept", "soixante et onze", "quatre-vingt-dix", "treinta y cinco",
    "veinticinco", "двадцати пяти", "achtundvierzig"; None for anything else."""
    key = _squash(text).casefold()
    words = NUMBER_WORDS.get(lang, {})
    value = words.get(key)
    if value is not None:
        return value if isinstance(value, int) else None
    for prefix, tens in TENS_PREFIXES.get(lang, {}).items():
        if key.startswith(prefix):
            # "veintidós", "dieciséis", "veintiún": the ones with the compound's accent
            rest = "".join(ch for ch in unicodedata.normalize("NFD", key[len(prefix):])
                           if not unicodedata.combining(ch))
            ones = words.get(rest)
            return _compose([tens, ones]) if isinstance(ones, int) else None
    parts = _number_parts(lang)
    values: list[int] = []
    at = 0
    while at < len(key):
        word = parts[0].match(key, at)
        value = words.get(word.group(0)) if word else None
        if word is None or not isinstance(value, int):
            return None
        values.append(value)
        at = word.end()
        if at < len(key):
            join = parts[1].match(key, at)
            if join is None:
                return None
            at = join.end()
    if lang in ONES_FIRST:  # "achtundvierzig": eight and forty
        values.reverse()
    return _compose(values)


@cache
def _number_parts(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A language's number words and the joins between them, as two patterns."""
    return (re.compile(alt(NUMBER_WORDS.get(lang, {}))),
            re.compile(alt(NUMBER_WORD_JOINS.get(lang, ()))))


def _compose(values: list[int]) -> int | None:
    """The number of number words read from the largest: a tens word, then what is less
    than its next ten ("forty-eight"); French adds 10 to 19 after 60 and 80
    ("soixante-dix-sept", "quatre-vingt-treize"); 16 to 19 may be ten and the ones
    ("dix-sept", "dieciséis")."""
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    head, rest = values[0], _compose(values[1:])
    if rest is None or head % 10:
        return None
    if head == 10:
        return head + rest if 6 <= rest <= 9 else None
    limit = 20 if head in (60, 80) else 10
    return head + rest if 0 < rest < limit else None


# The word before a year, and a space: "Vision " of "Vision 2045" (searched up to it).
_WORD_BEFORE_YEAR = re.compile(r"[^\W\d_][\w'’.\-]*[ \u00a0]\Z")
_ELISION = re.compile(r"[^\W\d_]{1,5}['’]")  # French and Italian "l'", "d'", "dell'"
# What may stand before a sentence's first word: its end, a colon, an opening bracket
# or quote, a dash.
_SENTENCE_OPENERS = frozenset(".!?:;…([{\"“‘«¿¡—–-")


def _named_year(text: str, at: int, dated_by: frozenset[str]) -> bool:
    """Whether the year at `at` follows a capitalised word that does not open its
    sentence (nor is a word that dates a year: `dated_by`): the year is then a name's,
    "the ASEAN Community Vision 2045", "l'Agenda 2030", and stays its text."""
    word = _WORD_BEFORE_YEAR.search(text, max(0, at - 40), at)
    if word is None:
        return False
    written = word.group(0)[:-1]
    elided = _ELISION.match(written)  # "l'Agenda 2030": the name is the elided word's
    if elided is not None and elided.end() < len(written) and written[0].islower():
        written = written[elided.end():]
    if not written[0].isupper() or written in dated_by:
        return False
    before = text[:word.start()].rstrip()
    return bool(before) and before[-1] not in _SENTENCE_OPENERS


def _noted_year(context: Context, month: int, text: str, notes: list[Note],
                what: str) -> int:
    """The year of a month or date written without one (Context.year_of), noted for the
    report as the date line's or the one nearer the release's month."""
    year = context.year_of(month)
    assert year is not None
    if year == context.year:
        why = f"{what} without a year is taken in the year of the date line"
    else:
        why = (f"{what} without a year is taken in the year after the date line's, being "
               f"at most five months after its month")
    notes.append(Note("year", f"{text} {year}", why))
    return year


def _year_month_day(year: int, month: int | None, day: int | None) -> tuple[str, str] | None:
    """A date written as far as its year, month or day: its value and skeleton ("2024",
    "y"; "2024-05", "yMMMM"; "2024-05-10", "yMMMMd"), None for a day no calendar has."""
    if month is None:
        return f"{year:04d}", "y"
    if day is None:
        return f"{year:04d}-{month:02d}", "yMMMM"
    try:
        return dt.date(year, month, day).isoformat(), "yMMMMd"
    except ValueError:
        return None


def _han_number(text: str) -> int | None:
    """A number of 1 to 99 in Han numerals ("六", "十二", "二十五"), or None."""
    if text == "两":  # two, before a measure word or unit ("两个小时", "两年")
        return 2
    if "十" not in text:
        return HAN_DIGITS.get(text)
    tens, _, units = text.partition("十")
    if (tens and tens not in HAN_DIGITS) or (units and units not in HAN_DIGITS):
        return None
    return HAN_DIGITS.get(tens, 1) * 10 + HAN_DIGITS.get(units, 0)


def _squash(text: str) -> str:
    """Spaces of any kind as one plain space, for looking words up in the tables."""
    return re.sub(r"[ \u00a0\u202f]+", " ", text.strip())


_ISO_ORDER = ("Y", "M", "D", "H", "TM", "S")
_CARRY = {"Y": ("M", 12), "D": ("H", 24), "H": ("TM", 60), "TM": ("S", 60)}


# Arabic nouns of time in the dual, in both cases: two of the unit (ISO designator).
AR_DUALS: dict[str, str] = {
    "سنتين": "Y", "سنتان": "Y", "عامين": "Y", "عامان": "Y", "شهرين": "M", "شهران": "M",
    "يومين": "D", "يومان": "D", "ساعتين": "H", "ساعتان": "H", "دقيقتين": "TM",
    "دقيقتان": "TM"}
# The verbs a Korean report states what happened on a day with ("24일 밝혔다").
KO_REPORTING_VERBS = ("밝혔", "발표했", "공시했", "공개했", "전했", "말했", "개최했", "열었",
                      "출시했", "선정했", "체결했", "공고했")
# The parts of a day a Japanese bulletin writes after the day ("30日昼前").
JA_DAY_PARTS = ("正午", "午前", "午後", "昼前", "昼過ぎ", "夕方", "未明", "明け方", "朝", "夜")


def iso_duration(parts: list[tuple[Decimal, str]]) -> str | None:
    """ISO 8601 / xs:duration text of quantities per designator; None if not exact.

    xs:duration allows a fraction on seconds only, so "1.5 hours" becomes PT1H30M and
    a fraction that does not divide into the next unit ("1.5 months") is refused.
    Seconds keep the digits they were written with ("2.50 seconds": PT2.50S).
    """
    amounts = dict.fromkeys(_ISO_ORDER, Decimal(0))
    for quantity, designator in parts:
        amounts[designator] += quantity
    carried = False
    for designator in _ISO_ORDER:
        whole = amounts[designator].to_integral_value(rounding="ROUND_FLOOR")
        fraction = amounts[designator] - whole
        if fraction and designator != "S":
            if designator not in _CARRY:
                return None
            smaller, factor = _CARRY[designator]
            amounts[designator] = whole
            amounts[smaller] += fraction * factor
            carried = carried or smaller == "S"
    if not any(amounts.values()):
        return None

    def text(designator: str) -> str:
        # Only seconds may have a fraction: "2.0 hours" is 2 hours, PT2H.
        if designator != "S":
            return str(int(amounts[designator]))
        return computed(amounts["S"]) if carried else plain(amounts["S"])

    date = "".join(f"{text(d)}{d}" for d in ("Y", "M", "D") if amounts[d])
    time = "".join(f"{text(d)}{d[-1]}" for d in ("H", "TM", "S") if amounts[d])
    return "P" + date + (f"T{time}" if time else "")


def recognizer(lang: str, region: str | None = None) -> Recognizer:
    """The compiled rules of a language, built once per process; with a `number_region`
    ("de_CH"), its numbers read with that region's symbols, built once per region."""
    return _recognizer(lang, region)


@cache
def _recognizer(lang: str, region: str | None) -> Recognizer:
    return Recognizer(lang, region)

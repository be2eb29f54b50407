"""The Babel engine: CLDR data through Babel, always available.

Babel knows the Gregorian calendar only, writes ASCII digits, and matches date skeletons
differently from ICU. This engine asks `skeletons` for the pattern (ICU's algorithm over
Babel's CLDR data) and `numbers` for the locale's digits, so that its text agrees with
the ICU engine's wherever both have the same CLDR data.
"""

from __future__ import annotations

import copy
import unicodedata
from datetime import date
from decimal import Decimal
from functools import cache, cached_property
from typing import Any

import babel
import babel.dates
import babel.numbers
import babel.units
from babel import Locale
from babel.localedata import LocaleDataDict

from toolkit.config import LocaleSettings
from toolkit.errors import UsageError
from toolkit.formatting import editorial, intervals, skeletons
from toolkit.formatting.base import (
    COMPACT_DIGITS,
    FULL_DATE_SKELETON,
    NOTATIONS,
    NUMBER_STYLES,
    WIDTHS,
    Formatter,
    check_choice,
    fraction_digits,
    money_digits,
    parse_date_value,
    parse_decimal,
    parse_instant,
    parse_time_value,
    says_compactly,
    zone_info,
)
from toolkit.formatting.durations import parse_duration
from toolkit.formatting.numbers import ICU_EXTRA, resolve_numbering, to_digits
from toolkit.formatting.skeletons import locale_chain, own_data, with_am_pm, with_zone

# CLDR list styles for a list of units, by unit width (what ICU's MeasureFormat uses).
_LIST_STYLES = {"long": "unit", "short": "unit-short", "narrow": "unit-narrow"}
# Where a style's part is found when neither the locale nor a parent has it: root's
# aliases (unit → unit-short, unit-narrow → unit-short, unit-short → standard), which
# Babel's data does not carry. Urdu's unit-short is thus its "standard" "{0} اور {1}",
# not its "unit" "{0}، {1}".
_LIST_FALLBACKS = {"unit": ("unit", "unit-short", "standard"),
                   "unit-short": ("unit-short", "standard"),
                   "unit-narrow": ("unit-narrow", "unit-short", "standard")}


class BabelFormatter(Formatter):
    engine = "babel"

    def __init__(self, locale: str, babel_locale: Locale, settings: LocaleSettings) -> None:
        calendar = settings.calendar or "gregorian"
        if calendar != "gregorian":
            raise UsageError(
                f"locale {locale}: calendar {calendar!r} needs the ICU formatting engine "
                f"(the Babel engine knows only the Gregorian calendar): {ICU_EXTRA}")
        numbering = resolve_numbering(babel_locale, settings.numbering)
        super().__init__(locale, babel_locale, settings, calendar, numbering)
        self._numbers = _number_locale(babel_locale)

    def versions(self) -> dict[str, str]:
        return {"cldr": str(babel.core.get_cldr_version()), "babel": babel.__version__}

    # dates and times

    def date_pattern(self, skeleton: str) -> str:
        """The CLDR pattern for a skeleton; house style replaces the full-date form."""
        if skeleton == FULL_DATE_SKELETON and self.settings.date_pattern:
            return self.settings.date_pattern
        return skeletons.best_pattern(str(self._babel), skeleton)

    def time_pattern(self) -> str:
        return self.settings.time_pattern or _short_time(self._babel)

    def format_date(self, value: str, skeleton: str) -> str:
        day = parse_date_value(value, skeleton)
        text = self._date(day, self.date_pattern(skeleton))
        return to_digits(text, self.numbering)

    def format_interval(self, start: date, end: date, skeleton: str, difference: str) -> str:
        found = intervals.babel_interval(str(self._babel), skeleton, difference)
        pattern = self.date_pattern(skeleton)
        if found is None:  # no interval pattern: ICU's fallback
            text = self.interval_fallback().replace("{0}", self._date(start, pattern)).replace(
                "{1}", self._date(end, pattern))
        else:
            # Half an interval pattern ("d–") may have no month name of its own: whether
            # a day is the French "1er" is the single date's pattern's to say.
            first_day = (1 in (start.day, end.day)
                         and editorial.writes_first_day(str(self._babel), pattern))
            text = (self._date(start, found[0], first_day)
                    + self._date(end, found[1], first_day))
        return to_digits(text, self.numbering)

    def _date(self, day: date, pattern: str, first_day: bool | None = None) -> str:
        """`day` in `pattern`, the first of a month as the language writes it ("1er
        juin": `editorial.first_day_pattern`). For half an interval pattern, `first_day`
        says whether it is so written (the single date's pattern says), as the ICU
        engine decides; None: the pattern itself says."""
        if day.day == 1:
            locale = str(self._babel)
            if first_day is None:
                pattern = editorial.first_day_pattern(locale, pattern)
            elif first_day:
                pattern = editorial.mark_days(pattern, editorial.first_day_suffix(locale))
        return babel.dates.format_date(day, pattern, locale=self._babel)

    def interval_fallback(self) -> str:
        return str(self._babel.interval_formats.get(None) or "{0} – {1}")

    def format_time(self, value: str) -> str:
        moment = parse_time_value(value)
        pattern = with_am_pm(self.time_pattern(), am_pm_marker(str(self._babel), moment.hour))
        text = babel.dates.format_time(moment, pattern, locale=self._babel)
        return to_digits(text, self.numbering)

    @cached_property
    def _instant_pattern(self) -> str:
        # Made once per formatter: the glue and both halves depend on the locale and its
        # settings only, and building them is most of an instant's cost.
        time_part = with_zone(self.time_pattern(), _full_time(self._babel))
        glue = str(self._babel.datetime_formats["long"])
        return glue.replace("{1}", self.date_pattern(FULL_DATE_SKELETON)).replace(
            "{0}", time_part)

    def format_instant(self, iso: str, zone: str) -> str:
        instant = parse_instant(iso)
        tz = zone_info(zone)
        local = instant.astimezone(tz)
        pattern = with_am_pm(self._instant_pattern, am_pm_marker(str(self._babel), local.hour))
        if local.day == 1:
            pattern = editorial.first_day_pattern(str(self._babel), pattern)
        text = babel.dates.format_datetime(local, pattern, tzinfo=tz, locale=self._babel)
        return to_digits(text, self.numbering)

    # quantities

    def format_duration(self, value: str, width: str = "long") -> str:
        check_choice("width", width, WIDTHS)
        parts = []
        for part in parse_duration(value):
            # The amount's digits as written (PT2.50S: 2.50 seconds), as for numbers.
            pattern: Any = _pattern(self._numbers, "decimal", fraction_digits(part.amount),
                                    self.numbering)
            parts.append(babel.units.format_unit(
                part.amount, f"duration-{part.unit}", length=width,  # type: ignore[arg-type]
                format=pattern, locale=self._numbers, numbering_system=self.numbering))
        return to_digits(join_list(self._babel, parts, _LIST_STYLES[width]), self.numbering)

    def format_number(self, value: str, style: str = "decimal",
                      notation: str = "standard") -> str:
        check_choice("style", style, NUMBER_STYLES)
        check_choice("notation", notation, NOTATIONS)
        number = parse_decimal(value)
        if style == "decimal" and notation == "compact" and says_compactly(number):
            text = compact_decimal(self._numbers, number, self.numbering)
        else:
            # The digits as written, none rounded away nor dropped (4.50 -> 4,50 %): the
            # pattern's precision is the value's own. Babel's decimal_quantization=False
            # would drop trailing zeros. An ordinal is its plain number; the marker is the
            # translator's (see icu_engine.format_number).
            kind = "percent" if style == "percent" else "decimal"
            text = _pattern(self._numbers, kind, fraction_digits(number), self.numbering).apply(
                number.scaleb(-2) if kind == "percent" else number, self._numbers,
                numbering_system=self.numbering)
        return to_digits(text, self.numbering)

    def format_money(self, value: str, currency: str, notation: str = "standard") -> str:
        check_choice("notation", notation, NOTATIONS)
        amount = parse_decimal(value)
        if notation == "compact" and says_compactly(amount):
            text = compact_money(self._numbers, amount, currency, self.numbering)
        else:
            # Whole amounts read better in prose without ".00", others have the currency's
            # digits or the more they were written with (ICU engine: same rule).
            digits = money_digits(amount, babel.numbers.get_currency_precision(currency))
            text = _currency_pattern(self._numbers, currency, digits, self.numbering).apply(
                amount, self._numbers, currency=currency, currency_digits=False,
                numbering_system=self.numbering)
        return to_digits(text, self.numbering)


class _QuotedApostrophes(Locale):
    """A locale whose number symbols have an apostrophe (Swiss German, French and
    Italian group digits with one, CLDR's 1'234'567), as NumberPattern.apply needs it:
    apply reads the apostrophes in the text it wrote as a pattern's quotes and drops
    each pair ("1234567"), but writes a doubled one, a pattern's literal apostrophe, as
    one."""

    @property
    def number_symbols(self) -> LocaleDataDict:
        quoted = self.__dict__.get("_quoted")
        if quoted is None:
            quoted = self.__dict__["_quoted"] = LocaleDataDict({
                system: {key: value.replace("'", "''") for key, value in symbols.items()}
                for system, symbols in super().number_symbols.items()})
        return quoted


@cache
def _number_locale(locale: Locale) -> Locale:
    """The locale to format numbers in: `locale`, or, where a symbol has an apostrophe,
    the same locale with it quoted (`_QuotedApostrophes`)."""
    if not any("'" in value for symbols in locale.number_symbols.values()
               for value in symbols.values()):
        return locale
    return _QuotedApostrophes(locale.language, locale.territory, locale.script,
                              locale.variant, locale.modifier)


# CLDR's currency patterns for a numbering system other than latn, where they are not
# latn's. Babel's importer keeps the latn patterns only, and formats every system with
# them. Arabic's latn pattern has a negative part ("\u200f-#,##0.00 ¤") that puts the
# right-to-left mark before the minus sign; its arab pattern has none, so the minus
# sign, with its Arabic letter mark, comes first: "\u061c-\u200f١٬٥٠٠ ر.س.\u200f" (ICU's).
_NATIVE_CURRENCY_PATTERNS = {("ar", "arab"): "\u200f#,##0.00\u00a0¤"}


@cache
def _pattern(locale: Locale, kind: str, digits: int,
             numbering: str) -> babel.numbers.NumberPattern:
    """The locale's standard decimal, percent or currency pattern writing exactly `digits`
    fraction digits, with the percent and minus signs of `numbering`. Parsed afresh,
    never changed after: Babel shares its own patterns."""
    formats = {"decimal": locale.decimal_formats, "percent": locale.percent_formats,
               "currency": locale.currency_formats}[kind]
    source = formats["standard" if kind == "currency" else None].pattern
    if kind == "currency":
        source = _NATIVE_CURRENCY_PATTERNS.get((locale.language, numbering), source)
    pattern = babel.numbers.parse_pattern(source)
    pattern.frac_prec = (digits, digits)
    return _with_signs(pattern, locale, numbering)


@cache
def _compact_pattern(locale: Locale, pattern: str,
                     numbering: str) -> babel.numbers.NumberPattern:
    """A compact (or, below the first scale, the decimal) pattern of the locale with the
    percent and minus signs of `numbering`; parsed afresh, as `_pattern` is."""
    return _with_signs(babel.numbers.parse_pattern(pattern), locale, numbering)


def _with_signs(pattern: babel.numbers.NumberPattern, locale: Locale,
                numbering: str) -> babel.numbers.NumberPattern:
    """`pattern` (a fresh one, changed in place) writing the percent and minus signs of
    `numbering`.

    Babel writes a pattern's % and - as they are, where CLDR (and ICU) write the
    locale's symbols: Persian's ٪, and the bidi marks of Arabic's and Hebrew's minus
    that keep it on the number's left in a right-to-left line. (The pattern's scale,
    which Babel took from its %, stays.)"""
    symbols = locale.number_symbols.get(numbering) or {}
    percent = symbols.get("percentSign") or "%"
    minus = symbols.get("minusSign") or "-"
    if percent != "%" or minus != "-":
        positive, negative = (affix.replace("%", percent) for affix in pattern.prefix)
        pattern.prefix = (positive, negative.replace("-", minus))
        positive, negative = (affix.replace("%", percent) for affix in pattern.suffix)
        pattern.suffix = (positive, negative.replace("-", minus))
    return pattern


# CLDR root's currencySpacing, which Babel's data does not carry and no locale overrides:
# a symbol whose character beside the number is neither a symbol nor a space
# ([[:^S:]&[:^Z:]], "CHF", "RON", "Rp") is kept from a digit by a no-break space, as ICU
# does ("CHF 12.50", not "CHF12.50"); "$3" and "3 €" stay as they are.
_CURRENCY_SPACE = "\u00a0"


@cache
def _currency_pattern(locale: Locale, currency: str, digits: int,
                      numbering: str) -> babel.numbers.NumberPattern:
    """The locale's currency pattern writing `digits` fraction digits, with CLDR's
    currency spacing for `currency`'s symbol made part of its prefixes and suffixes."""
    base = _pattern(locale, "currency", digits, numbering)
    symbol = babel.numbers.get_currency_symbol(currency, locale=locale)
    if not symbol:
        return base
    before = _spaceable(symbol[-1])
    after = _spaceable(symbol[0])
    positive, negative = base.prefix
    prefix = (_spaced_before(positive, before), _spaced_before(negative, before))
    positive, negative = base.suffix
    suffix = (_spaced_after(positive, after), _spaced_after(negative, after))
    if prefix == tuple(base.prefix) and suffix == tuple(base.suffix):
        return base
    pattern = copy.copy(base)
    pattern.prefix = prefix
    pattern.suffix = suffix
    return pattern


def _spaced_before(affix: str, spaceable: bool) -> str:
    return affix + _CURRENCY_SPACE if spaceable and affix.endswith("¤") else affix


def _spaced_after(affix: str, spaceable: bool) -> str:
    return _CURRENCY_SPACE + affix if spaceable and affix.startswith("¤") else affix


def _spaceable(char: str) -> bool:
    return unicodedata.category(char)[0] not in "SZ"


def compact_decimal(locale: Locale, number: Decimal, numbering: str) -> str:
    """CLDR's long compact form of a number `says_compactly` accepts, unrounded: "3.4
    million", "340万", "3,4 миллиона" (the plural form of the number shown), as ICU's
    compact-long notation with unlimited precision writes it. Such a number shown
    compactly is at least 1 with at most `COMPACT_DIGITS` significant digits, so it
    needs fewer fraction digits than that; Babel writes none it does not need."""
    scales = editorial.compact_scales(str(locale))
    data = locale if scales == str(locale) else _parsed_locale(scales)
    # Babel's format_compact_decimal picks the pattern and the scaled number as CLDR
    # says, then writes the pattern's "-" as it is: the pattern is taken here and given
    # the numbering system's minus sign (Swiss German's −, Arabic's with its bidi mark).
    pick = _COMPACT_PICK
    if pick is None:
        return babel.numbers.format_compact_decimal(
            number, format_type="long", locale=data, fraction_digits=COMPACT_DIGITS,
            numbering_system=numbering)
    scaled, found = pick(number, data.compact_decimal_formats["long"], data, COMPACT_DIGITS)
    pattern = found.pattern if found is not None else data.decimal_formats[None].pattern
    return _compact_pattern(data, pattern, numbering).apply(
        scaled, data, decimal_quantization=False, numbering_system=numbering)


# Babel's choice of a compact pattern and scaled number, a function Babel keeps private:
# should a release drop or rename it, Babel's own formatting, its "-" included, rather
# than no build at all.
_COMPACT_PICK = getattr(babel.numbers, "_get_compact_format", None)


@cache
def _parsed_locale(name: str) -> Locale:
    return Locale.parse(name)


def compact_money(locale: Locale, amount: Decimal, currency: str, numbering: str) -> str:
    """``2 million US dollars``: CLDR's long compact number (`compact_decimal`) with the
    currency's plural display name, what ICU gives for compact-long notation with a
    full-name unit, then as the language's editor writes it (`editorial.compact_amount`:
    "2 millions de dollars des États-Unis"), as the ICU engine does."""
    text = compact_decimal(locale, amount, numbering)
    pattern = babel.numbers.get_currency_unit_pattern(currency, count=amount, locale=locale)
    name = babel.numbers.get_currency_name(currency, count=amount, locale=locale)
    before, _, after = (pattern or "{0} {1}").replace("{0}", text).partition("{1}")
    return editorial.compact_amount(locale.language, before + name + after, len(before))


def join_list(locale: Locale, items: list[str], style: str) -> str:
    """CLDR list formatting of unit phrases.

    Babel's `format_list` repeats the second item of a pair when a locale's style lacks
    the "2" pattern, and fails when a style lacks a part; CLDR inherits each part on its
    own, from the locale's parents first (Babel's merged data), then through root's
    aliases to another style of the same locale (`_LIST_FALLBACKS`).
    """
    if len(items) < 2:
        return "".join(items)

    def part(key: str) -> str:
        for name in _LIST_FALLBACKS[style]:
            patterns = locale.list_patterns.get(name) or {}
            if key in patterns:
                return str(patterns[key])
        return "{0}, {1}"

    if len(items) == 2:
        return part("2").format(*items)
    text = part("start").format(items[0], items[1])
    for item in items[2:-1]:
        text = part("middle").format(text, item)
    return part("end").format(text, items[-1])


@cache
def am_pm_marker(locale_id: str, hour: int) -> str:
    """The am or pm marker ICU writes for a pattern's ``a``: the locale's *wide* format
    day-period name, inherited as UTS #35 says.

    ICU fills ``a`` from CLDR's wide names (``AmPmMarkers``), where Babel's ``a`` reads
    the abbreviated ones: Albanian "e pasdites" against "m.d.". Babel's data cannot be
    asked for the wide name directly: its importer dropped root's aliases
    (``format/wide`` → ``format/abbreviated``), so a locale without wide names gets
    the *narrow* ones from Babel (Cebuano "p" for "PM"). Resolved here instead: the
    wide name from the locale or a parent, else, by root's alias, the abbreviated name
    from the locale, a parent or root.
    """
    period = "pm" if hour >= 12 else "am"
    chain = locale_chain(locale_id)
    for width, names in (("wide", chain[:-1]), ("abbreviated", chain)):
        for name in names:
            periods = own_data(name).get("day_periods", {})
            marker = periods.get("format", {}).get(width, {}).get(period)
            if marker:
                return str(marker)
    return period.upper()  # root has both; only a broken data set gets here


@cache
def _short_time(locale: Locale) -> str:
    return str(locale.time_formats["short"].pattern)


@cache
def _full_time(locale: Locale) -> str:
    return str(locale.time_formats["full"].pattern)

"""The ICU engine: ICU through PyICU (``pip install communique[icu]``).

ICU brings what Babel lacks: every CLDR calendar (``ja@calendar=japanese`` writes
令和4年12月24日), every numbering system including algorithmic ones and its own
skeleton matching (ordinals are plain numbers, as in the Babel engine: see
`format_number`). The locale's calendar and digits
travel as Unicode locale keywords (``@calendar=...;numbers=...``), so every ICU formatter
made from that locale honours them.
"""

from __future__ import annotations

import dataclasses
import threading
import unicodedata
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import cache
from typing import Any

import babel.numbers
import icu
from babel import Locale

from toolkit.config import LocaleSettings
from toolkit.errors import UsageError
from toolkit.formatting import editorial
from toolkit.formatting.base import (
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
from toolkit.formatting.numbers import ALIASES
from toolkit.formatting.skeletons import with_zone

_UNIT_WIDTHS = {"long": icu.UNumberUnitWidth.FULL_NAME, "short": icu.UNumberUnitWidth.SHORT,
                "narrow": icu.UNumberUnitWidth.NARROW}
_LIST_WIDTHS = {"long": icu.UListFormatterWidth.WIDE, "short": icu.UListFormatterWidth.SHORT,
                "narrow": icu.UListFormatterWidth.NARROW}


class IcuFormatter(Formatter):
    engine = "icu"

    def __init__(self, locale: str, babel_locale: Locale, settings: LocaleSettings) -> None:
        base = icu_locale_id(babel_locale)
        calendar = settings.calendar or default_calendar(base)
        if calendar not in calendars():
            raise UsageError(f"locale {locale}: unknown calendar {calendar!r} (ICU knows "
                             f"{', '.join(sorted(calendars()))})")
        numbering = resolve_icu_numbering(base, settings.numbering)
        super().__init__(locale, babel_locale, settings, calendar, numbering)
        self._icu = icu.Locale(f"{base}@calendar={calendar};numbers={numbering}")
        self._generator = icu.DateTimePatternGenerator.createInstance(self._icu)
        self._made: dict[tuple[str, ...], Any] = {}
        self._lock = threading.Lock()
        self._numbers = icu.NumberFormatter.withLocale(self._icu)
        # The locale whose scales a compact number is written with (editorial 4: zh-HK's
        # 萬 and 億); None when it is the locale's own.
        scales = editorial.compact_scales(str(babel_locale))
        self._scales = None if scales == str(babel_locale) else scales

    def _with(self, key: tuple[str, ...], make: Callable[[], Any],
              use: Callable[[Any], Any]) -> str:
        """Use the ICU object made once for `key`. ICU formatters are costly to make (an
        RBNF ordinal formatter takes most of a millisecond) and some are not safe to
        share between threads, so they are kept per formatter and used under its lock."""
        with self._lock:
            made = self._made.get(key)
            if made is None:
                made = self._made[key] = make()
            return str(use(made))

    def versions(self) -> dict[str, str]:
        return {"cldr": icu_cldr_version(), "icu": icu.ICU_VERSION, "pyicu": icu.VERSION}

    # dates and times

    def date_pattern(self, skeleton: str) -> str:
        """ICU's best pattern for a skeleton; house style replaces the full-date form."""
        if skeleton == FULL_DATE_SKELETON and self.settings.date_pattern:
            return self.settings.date_pattern
        # DateTimePatternGenerator is not thread-safe: asked once per skeleton, locked.
        return self._with(("pattern", skeleton),
                          lambda: str(self._generator.getBestPattern(skeleton)), str)

    def time_pattern(self) -> str:
        if self.settings.time_pattern:
            return self.settings.time_pattern
        return self._with(("short time",), lambda: icu.DateFormat.createTimeInstance(
            icu.DateFormat.kShort, self._icu).toPattern(), str)

    def _format(self, pattern: str, moment: datetime, zone: str = "UTC") -> str:
        def make() -> icu.SimpleDateFormat:
            formatter = icu.SimpleDateFormat(pattern, self._icu)
            formatter.setTimeZone(icu.TimeZone.createTimeZone(zone))
            return formatter

        return self._with(("date", pattern, zone), make,
                          lambda formatter: formatter.format(moment.timestamp()))

    def format_date(self, value: str, skeleton: str) -> str:
        if len(value) < 10 and self._splits(value, skeleton):
            return self._gregorian().format_date(value, skeleton)
        day = parse_date_value(value, skeleton)
        pattern = self.date_pattern(skeleton)
        if day.day == 1:  # "1er juin" (editorial.first_day_pattern)
            pattern = editorial.first_day_pattern(str(self._babel), pattern)
        return self._format(pattern, _noon_utc(day))

    def format_date_range(self, value: str, end: str, skeleton: str) -> str:
        if len(value) < 10 and (self._splits(value, skeleton) or self._splits(end, skeleton)):
            return self._gregorian().format_date_range(value, end, skeleton)
        return super().format_date_range(value, end, skeleton)

    def _splits(self, value: str, skeleton: str) -> bool:
        """True when the year or month `value` (``2024``, ``2025-03``) is not one year or
        month of the locale's calendar in the fields the skeleton writes: the Persian
        year 1402 ends on 20 March 2024, the Heisei era on 30 April 2019. Its first day's
        name would then be wrong for most of it ("the 2024 festival", held in June, is
        not in 1402), and no name of that calendar is right."""
        if self.calendar == "gregorian":
            return False
        first = parse_date_value(value, skeleton)
        if len(value.strip()) == 4:
            last = date(first.year, 12, 31)
        else:
            import calendar as gregorian  # (only a calendar other than the Gregorian asks)

            last = first.replace(day=gregorian.monthrange(first.year, first.month)[1])
        pattern = self.date_pattern(skeleton)
        return self._format(pattern, _noon_utc(first)) != self._format(pattern, _noon_utc(last))

    def _gregorian(self) -> Formatter:
        """This locale's formatter in the Gregorian calendar, in the same digits."""
        from toolkit.formatting import get_formatter

        return get_formatter(self.locale, dataclasses.replace(
            self.settings, calendar="gregorian", numbering=self.numbering), engine="icu")

    def format_interval(self, start: date, end: date, skeleton: str, difference: str) -> str:
        # ICU finds the greatest difference itself, as the Babel engine does (intervals).
        interval = icu.DateInterval(_noon_here(start), _noon_here(end))
        firsts = (start.day == 1, end.day == 1)
        if any(firsts) and editorial.writes_first_day(str(self._babel),
                                                      self.date_pattern(skeleton)):
            # ICU's interval patterns cannot be changed per date: its text is, at the
            # day fields ICU reports for the first of a month ("1er–3 juin 2022").
            suffix = editorial.first_day_suffix(str(self._babel))
            return self._with(("interval", skeleton), lambda: icu.DateIntervalFormat.createInstance(
                skeleton, self._icu), lambda formatter: _with_first_days(
                formatter.formatToValue(interval), firsts, suffix))
        return self._with(("interval", skeleton), lambda: icu.DateIntervalFormat.createInstance(
            skeleton, self._icu), lambda formatter: formatter.format(interval))

    def interval_fallback(self) -> str:
        return self._with(("interval fallback",), lambda: icu.DateIntervalInfo(
            self._icu).getFallbackIntervalPattern(), str)

    def format_time(self, value: str) -> str:
        moment = parse_time_value(value)
        return self._format(self.time_pattern(),
                            datetime.combine(date(2000, 1, 1), moment, tzinfo=UTC))

    def format_instant(self, iso: str, zone: str) -> str:
        instant = parse_instant(iso)
        tz = zone_info(zone)  # ICU silently uses GMT for a zone it does not know: refuse first
        pattern = self.instant_pattern()
        if instant.astimezone(tz).day == 1:  # "1er juin" (editorial.first_day_pattern)
            pattern = editorial.first_day_pattern(str(self._babel), pattern)
        return self._format(pattern, instant, zone)

    def instant_pattern(self) -> str:
        """The full date and the time with its zone's name, joined as the locale joins a
        date and a time. Made once: it takes four ICU date formats (about 0.1 ms)."""
        key = ("instant pattern",)
        pattern = self._made.get(key)
        if pattern is None:
            # Not under the lock, which the patterns below take: two threads at worst
            # make the same pattern twice.
            full_time = str(icu.DateFormat.createTimeInstance(icu.DateFormat.kFull, self._icu)
                            .toPattern())
            pattern = self._made[key] = self.datetime_glue().replace(
                "{1}", self.date_pattern(FULL_DATE_SKELETON)).replace(
                "{0}", with_zone(self.time_pattern(), full_time))
        return str(pattern)

    def datetime_glue(self) -> str:
        """How the locale joins a long date and a time ("{1} 'at' {0}"), read back from
        ICU's own long date-time format, which uses CLDR's ``atTime`` variant."""
        combined = str(icu.DateFormat.createDateTimeInstance(
            icu.DateFormat.kLong, icu.DateFormat.kShort, self._icu).toPattern())
        long_date = str(icu.DateFormat.createDateInstance(icu.DateFormat.kLong, self._icu)
                        .toPattern())
        short_time = str(icu.DateFormat.createTimeInstance(icu.DateFormat.kShort, self._icu)
                         .toPattern())
        if combined.count(long_date) == 1 and combined.count(short_time) == 1:
            return combined.replace(long_date, "{1}").replace(short_time, "{0}")
        return self._with(("glue",), lambda: str(self._generator.getDateTimeFormat()), str)

    # quantities

    def format_duration(self, value: str, width: str = "long") -> str:
        check_choice("width", width, WIDTHS)
        parts = [self._unit(part.unit, part.amount, width) for part in parse_duration(value)]
        if len(parts) == 1:
            return parts[0]
        return self._with(("units list", width), lambda: icu.ListFormatter.createInstance(
            self._icu, icu.UListFormatterType.UNITS, _LIST_WIDTHS[width]),
            lambda joiner: joiner.format(parts))

    def _unit(self, unit: str, amount: Decimal, width: str) -> str:
        digits = fraction_digits(amount)  # as written: PT2.50S is 2.50 seconds

        def make() -> Any:
            formatter = self._numbers.unit(icu.MeasureUnit.forIdentifier(unit)).unitWidth(
                _UNIT_WIDTHS[width])
            return formatter.precision(icu.Precision.minFraction(digits)) if digits \
                else formatter

        return self._with(("unit", unit, width, str(digits)), make,
                          lambda formatter: formatter.formatDecimal(_decimal(amount)))

    def format_number(self, value: str, style: str = "decimal",
                      notation: str = "standard") -> str:
        check_choice("style", style, NUMBER_STYLES)
        check_choice("notation", notation, NOTATIONS)
        number = parse_decimal(value)
        if style != "decimal" or not says_compactly(number):
            notation = "standard"
        # An ordinal is written as its plain number: the ordinal marker belongs to the
        # translator's sentence (30周年, 30-летие, 30 жылдыгы), and RBNF's own marker
        # (第30, 30'инчи) would double it. Both engines agree on this.
        # The fraction digits as written, none dropped (4.50 -> 4,50 %): ICU's unlimited
        # precision drops trailing zeros; at least these, with no rounding, keeps them.
        digits = fraction_digits(number) if notation == "standard" else 0

        def make() -> Any:
            # Unlimited precision, compact too: a typed value is never rounded
            # (says_compactly has kept out what compact-long would have to round).
            numbers = self._numbers
            if notation == "compact" and self._scales:
                numbers = icu.NumberFormatter.withLocale(
                    icu.Locale(f"{self._scales}@numbers={self.numbering}"))
            formatter = numbers.precision(
                icu.Precision.minFraction(digits) if digits else icu.Precision.unlimited())
            if notation == "compact":
                return formatter.notation(icu.Notation.compactLong())
            return formatter.unit(icu.NoUnit.percent()) if style == "percent" else formatter

        return self._with(("number", style, notation, str(digits)), make,
                          lambda formatter: formatter.formatDecimal(_decimal(number)))

    def format_money(self, value: str, currency: str, notation: str = "standard") -> str:
        check_choice("notation", notation, NOTATIONS)
        amount = parse_decimal(value)
        if not says_compactly(amount):
            notation = "standard"
        # Whole amounts read better in prose without ".00", others have the currency's
        # digits or the more they were written with (Babel engine: same rule).
        digits = money_digits(amount, babel.numbers.get_currency_precision(currency)) \
            if notation == "standard" else 0

        def make() -> Any:
            formatter = self._numbers.unit(icu.CurrencyUnit(currency))
            if notation == "compact":
                return formatter.notation(icu.Notation.compactLong()).unitWidth(
                    icu.UNumberUnitWidth.FULL_NAME).precision(icu.Precision.unlimited())
            return formatter.precision(icu.Precision.fixedFraction(digits))

        if notation == "compact" and self._scales:
            # ICU has no compact notation of one locale's scales with another's currency
            # names (zh_Hant's would name HKD 港幣, Taiwan's word, not Hong Kong's 港元):
            # composed as the Babel engine composes it, which is ICU's way.
            # (imported here: the Babel engine and babel.units, for zh-HK's amounts only)
            from toolkit.formatting.babel_engine import compact_money

            return compact_money(self._babel, amount, currency, self.numbering)
        language = self._babel.language
        if notation == "compact" and editorial.edits_compact_amounts(language):
            # As the language's editor writes it, after ICU's text, as the Babel engine
            # does: "45,5 millions d’euros" (editorial.compact_amount), the name where
            # ICU says its currency field begins. (Asked only where a rule may apply:
            # ICU's field positions cost a first call ~5M instructions of set-up.)
            return self._with(("money", currency, notation, str(digits)), make,
                              lambda formatter: _compact_amount(
                                  formatter.formatDecimalToValue(_decimal(amount)), language))
        return self._with(("money", currency, notation, str(digits)), make,
                          lambda formatter: formatter.formatDecimal(_decimal(amount)))


def _compact_amount(value: Any, language: str) -> str:
    """A formatted compact amount's text with `editorial.compact_amount`'s rules, its
    currency's name found where ICU reports the currency field."""
    text = str(value)
    position = icu.ConstrainedFieldPosition()
    position.constrainField(icu.UFieldCategory.NUMBER, icu.UNumberFormatFields.CURRENCY_FIELD)
    if not value.nextPosition(position):
        return text
    return editorial.compact_amount(language, text, position.getStart())


def _with_first_days(value: Any, firsts: tuple[bool, bool], suffix: str) -> str:
    """A formatted interval's text with `suffix` after the day of each date that
    `firsts` says is the first of its month. ICU reports the span of each date (0, the
    start; 1, the end) and the day fields within them; a day outside both spans is the
    two dates' shared day."""
    text = str(value)
    spans: dict[int, tuple[int, int]] = {}
    days: list[tuple[int, int]] = []
    position = icu.ConstrainedFieldPosition()
    while value.nextPosition(position):
        category, field = position.getCategory(), position.getField()
        where = (position.getStart(), position.getLimit())
        if category == icu.UFieldCategory.DATE_INTERVAL_SPAN:
            spans[field] = where
        elif category == icu.UFieldCategory.DATE and field == icu.DateFormat.kDateField:
            days.append(where)
    for start, limit in sorted(days, reverse=True):
        if limit - start > 1 and unicodedata.digit(text[start], None) == 0:
            continue  # "01", a "dd" field (CLDR's it ranges): as `editorial.mark_days`
        owners = [side for side, (low, high) in spans.items() if low <= start < high]
        if all(firsts[side] for side in owners or (0, 1)):
            text = text[:limit] + suffix + text[limit:]
    return text


def _noon_utc(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


def _noon_here(day: date) -> float:
    """Noon of a day in ICU's default time zone, as ICU's UDate (seconds). The calendar
    here and the DateIntervalFormat that writes the instant (PyICU cannot give it another
    zone) both take that zone, so the instant is written as the day it was made from,
    whatever the zone's offset (UTC+14 and UTC-12 too). The DateIntervalFormat takes the
    default zone when it is made (once per formatter and skeleton): only a program that
    changed ICU's default zone after that would shift the days; communique never does."""
    calendar = icu.GregorianCalendar()
    calendar.clear()
    calendar.set(day.year, day.month - 1, day.day, 12, 0, 0)
    return float(calendar.getTime())


def _decimal(number: Decimal) -> bytes:
    return format(number, "f").encode("ascii")


def icu_locale_id(locale: Locale) -> str:
    """The ICU id of a Babel locale, if ICU has data for its language."""
    name = str(locale)
    known = available_locales()
    if name not in known and locale.language not in known:
        raise UsageError(f"locale {name}: ICU {icu.ICU_VERSION} has no data for it "
                         f"(use the Babel engine)")
    return name


@cache
def available_locales() -> frozenset[str]:
    return frozenset(icu.Locale.getAvailableLocales())


@cache
def calendars() -> frozenset[str]:
    """Every calendar ICU implements (``gregorian``, ``japanese``, ``persian``...)."""
    values: Any = icu.Calendar.getKeywordValuesForLocale(
        "calendar", icu.Locale.getRoot(), False) if hasattr(
        icu.Calendar, "getKeywordValuesForLocale") else None
    if values is not None:
        return frozenset(values)
    return frozenset({
        "gregorian", "buddhist", "chinese", "coptic", "dangi", "ethioaa", "ethiopic",
        "hebrew", "indian", "islamic", "islamic-civil", "islamic-rgsa", "islamic-tbla",
        "islamic-umalqura", "iso8601", "japanese", "persian", "roc",
    })


@cache
def default_calendar(base: str) -> str:
    """CLDR's preferred calendar for the locale's region (th → buddhist, fa → persian)."""
    return str(icu.Calendar.createInstance(icu.Locale(base)).getType())


@cache
def resolve_icu_numbering(base: str, requested: str | None) -> str:
    """The ICU numbering system for a request: None/default, an alias or a system name."""
    if requested is None or requested == "default":
        return str(icu.NumberingSystem.createInstance(icu.Locale(base)).getName())
    if requested in ALIASES:
        return str(icu.NumberingSystem.createInstance(
            icu.Locale(f"{base}@numbers={requested}")).getName())
    try:
        icu.NumberingSystem.createInstanceByName(requested)
    except icu.ICUError:
        raise UsageError(f"locale {base}: unknown numbering system {requested!r}; use latn, "
                         f"native or a CLDR system such as arab, arabext, deva, beng, thai"
                         ) from None
    return requested


@cache
def icu_cldr_version() -> str:
    """The CLDR version of ICU's data (its root bundle's version)."""
    return str(icu.ResourceBundle("ICUDATA", icu.Locale.getRoot()).getVersionNumber())

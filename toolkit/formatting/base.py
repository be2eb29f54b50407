"""What every formatting engine offers, and the parsing of typed values they share.

An engine turns a typed span's machine-readable value (``value``, ``skeleton``, ``width``,
``style``, ``currency``, ``notation``) into the text a reader of one locale expects. The
span's own text (how the source wrote it) is never looked at: the build keeps it for the
source locale and asks a formatter only for the others.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale

from toolkit.config import LocaleSettings
from toolkit.formatting.intervals import greatest_difference, ignored
from toolkit.model import Span
from toolkit.vocabulary import DATE_SKELETONS

WIDTHS = ("long", "short", "narrow")
NUMBER_STYLES = ("decimal", "percent", "ordinal")
NOTATIONS = ("standard", "compact")
# The most significant digits a compact form may show ("3.45 million", "345万"). A typed
# value is never rounded into another number: one with more ("12.345678 million") is
# written in full, as is one a compact form would have to round.
COMPACT_DIGITS = 3
FULL_DATE_SKELETON = "yMMMMd"  # the form `date_pattern` (house style) replaces


class InvalidValue(ValueError):
    """A typed span whose value cannot be formatted; `span` says where it was written."""

    def __init__(self, message: str, span: Span | None = None) -> None:
        super().__init__(message)
        self.span = span


class Formatter(ABC):
    """Formats typed values for one locale, with one engine and one set of house rules."""

    engine: str  # "babel" or "icu"

    def __init__(self, locale: str, babel_locale: Locale, settings: LocaleSettings,
                 calendar: str, numbering: str) -> None:
        self.locale = locale
        self.settings = settings
        self.calendar = calendar
        self.numbering = numbering
        self._babel = babel_locale

    def __repr__(self) -> str:
        return (f"<{type(self).__name__} {self.locale} calendar={self.calendar} "
                f"numbering={self.numbering}>")

    @property
    def direction(self) -> Literal["ltr", "rtl"]:
        """Writing direction of the locale's script, for ``<html dir=...>`` (a bidi
        pseudo-locale's page is right to left whatever data formats its values)."""
        from toolkit.formatting import is_bidi_pseudo_locale

        if is_bidi_pseudo_locale(self.locale):
            return "rtl"
        return "rtl" if self._babel.text_direction == "rtl" else "ltr"

    @property
    def metadata(self) -> dict[str, str]:
        """What produced the text, for the build to record next to its output."""
        data = {"data": self.settings.data} if self.settings.data else {}
        return {"engine": self.engine, "locale": self.locale, **data,
                "calendar": self.calendar, "numbering": self.numbering, **self.versions()}

    @abstractmethod
    def versions(self) -> dict[str, str]:
        """Versions of the data and library behind the text (CLDR, ICU, Babel)."""

    def format(self, span: Span) -> str:
        """The locale's text for a typed span (`date`, `time`, `duration`, `number`, `money`)."""
        value = span.get("value")
        if value is None:
            raise InvalidValue(f"<{span.name}> has no value attribute", span)
        try:
            match span.name:
                case "date":
                    skeleton = span.get("skeleton") or FULL_DATE_SKELETON
                    end = span.get("end")
                    if end is not None:
                        return self.format_date_range(value, end, skeleton)
                    return self.format_date(value, skeleton)
                case "time":
                    return self.format_time(value)
                case "duration":
                    return self.format_duration(value, span.get("width") or "long")
                case "number":
                    return self.format_number(value, span.get("style") or "decimal",
                                              span.get("notation") or "standard")
                case "money":
                    currency = span.get("currency")
                    if not currency:
                        raise InvalidValue("<money> has no currency attribute", span)
                    return self.format_money(value, currency, span.get("notation") or "standard")
        except InvalidValue as exc:
            raise InvalidValue(str(exc), exc.span or span) from None
        except ValueError as exc:
            raise InvalidValue(str(exc), span) from exc
        raise InvalidValue(f"<{span.name}> is not a typed value", span)

    @abstractmethod
    def format_date(self, value: str, skeleton: str) -> str:
        """A date (``2022-12-24``, ``2023-10`` or ``2022``) in the form a CLDR skeleton asks."""

    def format_date_range(self, value: str, end: str, skeleton: str) -> str:
        """A range of dates (``value`` to ``end``, same precision) with the locale's CLDR
        interval pattern for the skeleton and the greatest difference ("24–27 March
        2025", "30 March – 2 April 2025"); two equal dates, or dates differing only in
        a field the skeleton does not write, are one date. House style (`date_pattern`)
        has no interval patterns: both dates are written in it, joined by the locale's
        fallback ("{0} – {1}")."""
        start_day, end_day = parse_date_range(value, end, skeleton)
        difference = greatest_difference(start_day, end_day)
        if difference is None or ignored(skeleton, difference):
            return self.format_date(value, skeleton)
        if skeleton == FULL_DATE_SKELETON and self.settings.date_pattern:
            first, last = self.format_date(value, skeleton), self.format_date(end, skeleton)
            return self.interval_fallback().replace("{0}", first).replace("{1}", last)
        return self.format_interval(start_day, end_day, skeleton, difference)

    @abstractmethod
    def format_interval(self, start: date, end: date, skeleton: str, difference: str) -> str:
        """Two dates differing in `difference` ("y", "M", "d"), in the CLDR interval
        pattern for the skeleton (see `toolkit.formatting.intervals`)."""

    @abstractmethod
    def interval_fallback(self) -> str:
        """The locale's pattern joining two dates it has no interval pattern for."""

    @abstractmethod
    def format_time(self, value: str) -> str:
        """A wall-clock time (``14:40``) in house style, else the locale's short time."""

    @abstractmethod
    def format_duration(self, value: str, width: str = "long") -> str:
        """An ISO 8601 duration with CLDR unit names and plural forms."""

    @abstractmethod
    def format_number(self, value: str, style: str = "decimal",
                      notation: str = "standard") -> str:
        """A decimal number; ``percent`` takes the value as written (25 → 25 %). A compact
        decimal is CLDR's long form (3400000: "3.4 million", "340万") when `says_compactly`
        allows it; a percent or an ordinal is always written in full."""

    @abstractmethod
    def format_money(self, value: str, currency: str, notation: str = "standard") -> str:
        """An amount of an ISO 4217 currency, standard (``$2,000,000``) or compact
        (``2 million US dollars``, when `says_compactly` allows it)."""

    @abstractmethod
    def format_instant(self, iso: str, zone: str) -> str:
        """An instant (ISO 8601 with offset) as wall time in `zone`, with the zone's name."""


# --------------------------------------------------------------------------- values

_SKELETON = re.compile(r"[GyYuUrQqMLlwWEcedDFgaBbhHkKjJCmsSAzZOvVXx]+")


def parse_date_value(value: str, skeleton: str) -> date:
    """The date a ``date`` span means; a month or a year stands for its first day.

    The skeleton may only ask for fields the value has (``MMMMd`` needs a day).
    """
    value = value.strip()
    form = {10: "full", 7: "month", 4: "year"}.get(len(value))
    try:
        parsed = date.fromisoformat({"full": value, "month": f"{value}-01",
                                     "year": f"{value}-01-01"}.get(form or "", "?"))
    except ValueError:
        raise ValueError(f"not a date: {value!r} (expected YYYY-MM-DD, YYYY-MM or YYYY)"
                         ) from None
    if not _SKELETON.fullmatch(skeleton):
        raise ValueError(f"not a CLDR date skeleton: {skeleton!r}")
    needs = DATE_SKELETONS.get(skeleton) or (
        "full" if set(skeleton) & set("dEcDFe") else "month" if set(skeleton) & set("MLQ")
        else "year")
    order = ("year", "month", "full")
    if order.index(needs) > order.index(form or "year"):
        raise ValueError(f"skeleton {skeleton} needs a {needs} date, the value is {value!r}")
    return parsed


def parse_date_range(value: str, end: str, skeleton: str) -> tuple[date, date]:
    """The two dates a range means: both of the same precision, the end not before the
    start."""
    if len(value.strip()) != len(end.strip()):
        raise ValueError(f"a date range's end {end!r} is not written as its start "
                         f"{value!r} (both YYYY-MM-DD, YYYY-MM or YYYY)")
    start_day, end_day = parse_date_value(value, skeleton), parse_date_value(end, skeleton)
    if end_day < start_day:
        raise ValueError(f"a date range ends ({end}) before it starts ({value})")
    return start_day, end_day


def parse_time_value(value: str) -> time:
    match = re.fullmatch(r"([01]\d|2[0-3]):([0-5]\d)", value.strip())
    if not match:
        raise ValueError(f"not a time: {value!r} (expected HH:MM, 24-hour)")
    return time(int(match[1]), int(match[2]))


def parse_decimal(value: str) -> Decimal:
    try:
        number = Decimal(value.strip())
    except InvalidOperation:
        raise ValueError(f"not a decimal number: {value!r}") from None
    if not number.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    return number


# XML Schema's (and ISO 8601's) end of a day, 24:00:00, which Python reads as no time.
_END_OF_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})T24:00(?::00(?:\.0+)?)?(?=Z|[+\-]|$)")


def end_of_day(iso: str) -> str:
    """`iso` with a day's end (``2025-06-16T24:00:00+01:00``) written as the next day's
    first instant (``2025-06-17T00:00:00+01:00``), the same instant as Python and HTML
    read it; any other value as it is."""
    found = _END_OF_DAY.match(iso)
    if found is None:
        return iso
    try:
        day = date.fromisoformat(found[1]) + timedelta(days=1)
    except (ValueError, OverflowError):
        return iso  # (no next day: 9999-12-31)
    return f"{day.isoformat()}T00:00:00{iso[found.end():]}"


def parse_instant(iso: str) -> datetime:
    """An ISO 8601 instant; it must carry its offset, or it is not an instant."""
    try:
        instant = datetime.fromisoformat(end_of_day(iso.strip()))
    except ValueError:
        raise ValueError(f"not an ISO 8601 instant: {iso!r}") from None
    if instant.tzinfo is None:
        raise ValueError(f"instant {iso!r} has no UTC offset (write e.g. +09:00 or Z)")
    return instant


def check_choice(kind: str, value: str, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise ValueError(f"{kind} must be one of {', '.join(choices)}, not {value!r}")
    return value


def fraction_digits(number: Decimal) -> int:
    """The fraction digits a value was written with: 2 for 4.50 and 1250.00, 0 for 4 and
    2E+6. Both engines write exactly these (no fewer: "raised the rate to 4.50 percent"
    says 4,50 % in German, not 4,5 %; none rounded away either), and for money at least
    the currency's digits."""
    exponent = number.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def money_digits(amount: Decimal, currency_digits: int) -> int:
    """The fraction digits an amount is written with: none for a whole amount written
    whole (prose says "€4", not "€4.00"), else the currency's (4.6 EUR: €4.60), or more
    when the value has more ("4.00 euros": €4.00; a fuel price of 1.799 EUR: €1.799)."""
    written = fraction_digits(amount)
    return max(written, currency_digits) if written else 0


def says_compactly(number: Decimal) -> bool:
    """Whether a compact form can write `number` exactly, in at most `COMPACT_DIGITS`
    significant digits: 3400000 ("3.4 million", "340万"), 12000 ("12 thousand", "1.2万"),
    not 12345678. The count does not depend on the locale: a compact form divides by a
    power of ten, so it shows the value's significant digits, all of them or rounded.
    Both engines ask this, for numbers and for money, and then format without rounding."""
    return len(number.normalize().as_tuple().digits) <= COMPACT_DIGITS


@cache
def zone_info(zone: str) -> ZoneInfo:
    try:
        return ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {zone!r} (expected an IANA name such as "
                         f"Asia/Tokyo)") from None

"""The Ethiopian calendar's days as Gregorian dates.

Ethiopian offices date releases in it ("ታኅሣሥ 15 ቀን 2015 ዓ.ም" is 24 December 2022), and
the release vocabulary holds Gregorian values. Babel's data has only the Gregorian
calendar; the months' names are a small table (`locale_patterns.ETHIOPIAN_MONTHS`).

The year (of the Amete Mihret era, "ዓ.ም", 7 or 8 years behind the Gregorian) has twelve
months of 30 days and a thirteenth, Pagume, of 5 days, or 6 in a leap year. Leap years
come every fourth year without exception, as the Julian calendar's do: a year Y is one
when Y mod 4 is 3, the year before a Gregorian leap year (2011 and 2015 were leap years).
The year begins on Enkutatash, 1 Meskerem: 11 September, or 12 September after a leap
year, in the Gregorian years 1901 to 2099 (the Julian leap days keep it moving elsewhere,
which a count of days from a known New Year follows). Days are counted from one: 1
Meskerem 2015 was 11 September 2022.
"""

from __future__ import annotations

import datetime as dt

_KNOWN_YEAR, _KNOWN_NEW_YEAR = 2015, dt.date(2022, 9, 11)
MONTHS = 13  # (the thirteenth, Pagume, the days left over)


def is_leap(year: int) -> bool:
    """Whether Pagume of `year` has 6 days: every fourth year, 3 more than a multiple of 4."""
    return year % 4 == 3


def month_days(year: int, month: int) -> int:
    """The days of a month: 30 in each of the twelve, Pagume 5, or 6 in a leap year."""
    if month < MONTHS:
        return 30
    return 6 if is_leap(year) else 5


def to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of day `day` of month `month` (1, Meskerem, to 13, Pagume) of
    Ethiopian `year` (Amete Mihret): `to_gregorian(2015, 4, 15)` is 2022-12-24. ValueError
    for a day the calendar has not, or a year before the first."""
    if year < 1 or not 1 <= month <= MONTHS or not 1 <= day <= month_days(year, month):
        raise ValueError(f"no day {day} of month {month} in Ethiopian year {year}")
    days = _days_before(year) - _days_before(_KNOWN_YEAR) + 30 * (month - 1) + day - 1
    return _KNOWN_NEW_YEAR + dt.timedelta(days=days)


def _days_before(year: int) -> int:
    """The days of the years 1 to `year` - 1: 365 each, and a leap day in each of the
    years 3, 7, 11, ... before it."""
    return 365 * (year - 1) + year // 4


def clock_hour(hour: int, first: int, last: int) -> int | None:
    """The 24-hour clock's hour of Ethiopian `hour` (1 to 12) told in a part of the day
    that covers the hours `first` to `last` (the night's running over midnight, 19 to 6):
    the hours count from 6 a.m. and 6 p.m. (dawn and dusk), so the fourth is 10:00 or
    22:00, the part of the day telling which. None where neither is in it."""
    if not 1 <= hour <= 12:
        return None
    for clock in ((hour + 6) % 12, (hour + 6) % 12 + 12):
        if (first <= clock <= last) if first <= last else (clock >= first or clock <= last):
            return clock
    return None

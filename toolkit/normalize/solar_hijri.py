"""The Solar Hijri (Persian) calendar's days as Gregorian dates.

Iranian offices date releases in it ("۳ دی ۱۴۰۱" is 24 December 2022), and the release
vocabulary holds Gregorian values. Babel's data has no Persian calendar; CLDR's month
names for it are a small table (`locale_patterns.SOLAR_HIJRI_MONTHS`).

The calendar's year begins at Nowruz, the day of the March equinox as seen in Iran; its
first six months have 31 days, the next five 30, and Esfand 29, or 30 in a leap year.
Which years leap is observed, not computed, but the 33-year rule (a year Y leaps when
(25·Y + 11) mod 33 < 8: eight leap years in each 33, ICU's Persian calendar's rule too)
gives the observed years for 1178 to 1634 (1799 to 2256 CE), by K. M. Borkowski's
comparison with computed equinoxes ("The Persian calendar for 3000 years", Earth, Moon
and Planets 74, 1996). Years outside that range are refused rather than guessed. Days
are counted from a Nowruz the calendar's office published: 1 Farvardin 1401 was 21 March
2022.
"""

from __future__ import annotations

import datetime as dt

# The years the 33-year rule is exact for (Borkowski, 1996)
EXACT_YEARS = range(1178, 1635)
_KNOWN_YEAR, _KNOWN_NOWRUZ = 1401, dt.date(2022, 3, 21)
_CYCLE, _LEAPS_PER_CYCLE = 33, 8


def is_leap(year: int) -> bool:
    """Whether Esfand of `year` has 30 days (the 33-year rule)."""
    return (25 * year + 11) % _CYCLE < _LEAPS_PER_CYCLE


def month_days(year: int, month: int) -> int:
    """The days of a month: 31 in the first six, 30 in the next five, Esfand 29 or 30."""
    if month <= 6:
        return 31
    if month <= 11:
        return 30
    return 30 if is_leap(year) else 29


def to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of day `day` of month `month` (1, Farvardin, to 12, Esfand) of
    Solar Hijri `year`: `to_gregorian(1401, 10, 3)` is 2022-12-24. ValueError for a day
    the calendar has not, or a year outside `EXACT_YEARS`."""
    if year not in EXACT_YEARS:
        raise ValueError(f"Solar Hijri year {year} is outside {EXACT_YEARS.start}-"
                         f"{EXACT_YEARS.stop - 1}, where the 33-year rule is exact")
    if not 1 <= month <= 12 or not 1 <= day <= month_days(year, month):
        raise ValueError(f"no day {day} of month {month} in Solar Hijri year {year}")
    before_month = 31 * (month - 1) if month <= 7 else 186 + 30 * (month - 7)
    days = _days_before(year) - _days_before(_KNOWN_YEAR) + before_month + day - 1
    return _KNOWN_NOWRUZ + dt.timedelta(days=days)


def _days_before(year: int) -> int:
    """The days of the years 1 to `year` - 1, as the rule counts them."""
    # The rule repeats every 33 years, so each whole cycle before the year holds 8 leap
    # days; the years of the cycle it is in are counted one by one.
    cycles = (year - 1) // _CYCLE
    first_of_cycle = cycles * _CYCLE + 1
    leap_days = cycles * _LEAPS_PER_CYCLE + sum(map(is_leap, range(first_of_cycle, year)))
    return 365 * (year - 1) + leap_days

"""Typed values: what a value attribute may say, and the CLDR digits the Babel engine writes."""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel import Locale

from toolkit.errors import UsageError
from toolkit.formatting import get_formatter
from toolkit.formatting.base import parse_date_value
from toolkit.formatting.durations import Part, parse_duration
from toolkit.formatting.numbers import DIGITS, resolve_numbering, to_digits


@pytest.mark.parametrize(("value", "parts"), [
    ("PT30M", [Part("minute", Decimal(30))]),
    ("PT1H30M", [Part("hour", Decimal(1)), Part("minute", Decimal(30))]),
    ("P30Y", [Part("year", Decimal(30))]),
    ("P1DT0H", [Part("day", Decimal(1))]),  # zero parts are not said
    ("PT0S", [Part("second", Decimal(0))]),  # but nothing at all still is
    ("PT1,5H", [Part("hour", Decimal("1.5"))]),
])
def test_durations_parse_to_their_written_units(value, parts):
    assert list(parse_duration(value)) == parts


@pytest.mark.parametrize("value", ["", "P", "PT", "30M", "-PT30M", "P1H", "PT30M5H"])
def test_malformed_durations_are_refused(value):
    with pytest.raises(ValueError, match="not an ISO 8601 duration"):
        parse_duration(value)


def test_a_month_value_stands_for_its_first_day_but_cannot_give_a_day():
    assert parse_date_value("2023-10", "MMMM").isoformat() == "2023-10-01"
    with pytest.raises(ValueError, match="needs a full date"):
        parse_date_value("2023-10", "MMMMd")
    with pytest.raises(ValueError, match="not a date"):
        parse_date_value("2023-13-01", "yMMMMd")


def test_digit_table_matches_icu_numbering_systems():
    icu = pytest.importorskip("icu")
    for name, digits in DIGITS.items():
        assert icu.NumberingSystem.createInstanceByName(name).getDescription() == digits, name


def test_to_digits_rewrites_only_ascii_digits():
    assert to_digits("24 ديسمبر 2022", "arab") == "٢٤ ديسمبر ٢٠٢٢"
    assert to_digits("2022年12月24日", "hanidec") == "二〇二二年一二月二四日"


@pytest.mark.parametrize(("locale", "requested", "system"), [
    ("ar_EG", None, "arab"),
    ("fa", None, "arabext"),
    ("ar", "native", "arab"),
    ("hi", "native", "deva"),
    ("ar_EG", "latn", "latn"),
    ("th", "thai", "thai"),
])
def test_numbering_follows_cldr(locale, requested, system):
    assert resolve_numbering(Locale.parse(locale), requested) == system


def test_unknown_numbering_is_a_usage_error():
    with pytest.raises(UsageError, match="unknown numbering system 'roman-ish'"):
        resolve_numbering(Locale.parse("en"), "roman-ish")


@pytest.mark.parametrize("engine", ["babel", "icu"])
def test_money_and_numbers(engine):
    if engine == "icu":
        pytest.importorskip("icu")
    en = get_formatter("en", engine=engine)
    assert en.format_money("2000000", "USD") == "$2,000,000"  # whole: no ".00" in prose
    assert en.format_money("1500.5", "EUR") == "€1,500.50"
    assert en.format_money("2000000", "USD", "compact") == "2 million US dollars"
    assert en.format_number("12.5", "percent") == "12.5%"
    assert en.format_number("1234567.25") == "1,234,567.25"
    with pytest.raises(ValueError, match="style must be one of"):
        en.format_number("1", "roman")
    with pytest.raises(ValueError, match="unknown time zone"):
        en.format_instant("2022-12-24T08:00:00Z", "Mars/Olympus")
    with pytest.raises(ValueError, match="no UTC offset"):
        en.format_instant("2022-12-24T08:00:00", "Asia/Tokyo")

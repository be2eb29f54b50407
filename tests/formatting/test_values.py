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


@pytest.mark.parametrize("engine", ["babel", "icu"])
@pytest.mark.parametrize(("locale", "value", "currency", "written"), [
    # CLDR's currencySpacing: a symbol ending (or starting) in a letter beside a digit
    # takes a no-break space, as a code does in running text; a sign's symbol does not.
    ("en", "12.5", "CHF", "CHF\u00a012.50"),
    ("en", "250", "RON", "RON\u00a0250"),
    ("en", "-3", "CHF", "-CHF\u00a03"),
    ("id", "250", "RON", "RON\u00a0250"),
    ("ms", "3", "USD", "USD\u00a03"),
    ("en", "3", "USD", "$3"),
    ("id", "4.6", "EUR", "€4,60"),
    ("ro", "250", "RON", "250\u00a0RON"),
    ("sv", "1200", "DKK", "1\u00a0200\u00a0Dkr"),
])
def test_a_currency_symbol_of_letters_is_spaced_from_its_digits(
        engine, locale, value, currency, written):
    if engine == "icu":
        pytest.importorskip("icu")
    assert get_formatter(locale, engine=engine).format_money(value, currency) == written


# "raised the rate to 4.50 percent": the value keeps the digits the source wrote, and every
# locale writes them, no fewer (4.5 would be another precision) and none rounded away.
WRITTEN_DIGITS = [
    # (kind, value, extra, en, de, ja, ar-EG)
    ("percent", "4.50", None, "4.50%", "4,50 %", "4.50%", "٤٫٥٠"),
    ("number", "12.0", None, "12.0", "12,0", "12.0", "١٢٫٠"),
    ("number", "1250.00", None, "1,250.00", "1.250,00", "1,250.00", "١٬٢٥٠٫٠٠"),
    ("money", "4.60", "EUR", "€4.60", "4,60 €", "€4.60", "‏٤٫٦٠ €"),
    ("money", "4.00", "EUR", "€4.00", "4,00 €", "€4.00", "‏٤٫٠٠ €"),
    ("money", "1.799", "EUR", "€1.799", "1,799 €", "€1.799", "‏١٫٧٩٩ €"),  # a fuel price
    ("duration", "PT2.50S", None, "2.50 seconds", "2,50 Sekunden", "2.50 秒", "٢٫٥٠ ثانية"),
    # Values written without them are written as before.
    ("percent", "4.5", None, "4.5%", "4,5 %", "4.5%", "٤٫٥"),
    ("money", "4.6", "EUR", "€4.60", "4,60 €", "€4.60", "‏٤٫٦٠ €"),  # the currency's digits
    ("money", "4", "EUR", "€4", "4 €", "€4", "‏٤ €"),  # whole: no ".00" in prose
    ("number", "1500000", "compact", "1.5 million", "1,5 Millionen", "150万", "١٫٥ مليون"),
]


def _format(formatter, kind, value, extra):
    if kind == "money":
        return formatter.format_money(value, extra)
    if kind == "duration":
        return formatter.format_duration(value)
    if kind == "percent":
        return formatter.format_number(value, "percent")
    return formatter.format_number(value, "decimal", extra or "standard")


@pytest.mark.parametrize("engine", ["babel", "icu"])
@pytest.mark.parametrize(("kind", "value", "extra", "en", "de", "ja", "ar"), WRITTEN_DIGITS)
def test_values_are_written_with_the_fraction_digits_of_their_value(
        engine, kind, value, extra, en, de, ja, ar):
    if engine == "icu":
        pytest.importorskip("icu")
    for locale, expected in (("en", en), ("de", de), ("ja", ja), ("ar-EG", ar)):
        written = _format(get_formatter(locale, engine=engine), kind, value, extra)
        written = written.replace("\xa0", " ")
        if locale == "ar-EG":  # its percent sign differs between the engines' CLDR data
            written = written.rstrip("%٪\u061c\u200e")
        assert written == expected, (locale, written)

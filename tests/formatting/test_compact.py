"""Compact notation: a number or amount written with a scale word ("3.4 million",
"1,500万") is written with the locale's scale word, CLDR's long compact form, and is
never rounded into another number.

The expected texts are CLDR's long compact decimal patterns with its plural rules
(ja ``10000-count-other: 0万``, ``100000000-count-other: 0億``; ru ``1000000``: one
``0 миллион``, few ``0 миллиона``, many ``0 миллионов``, other (a fraction)
``0 миллиона``), as both engines write them.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel import Locale

from toolkit.config import LocaleSettings
from toolkit.formatting import get_formatter
from toolkit.formatting.base import COMPACT_DIGITS, says_compactly
from toolkit.model import Span


@pytest.fixture(params=["babel", "icu"])
def engine(request: pytest.FixtureRequest) -> str:
    if request.param == "icu":
        pytest.importorskip("icu")
    return str(request.param)


def number(value: str, **attrs: str) -> Span:
    return Span("number", (("value", value), *attrs.items()), ("",))


def compact(locale: str, value: str, engine: str) -> str:
    return get_formatter(locale, engine=engine).format(number(value, notation="compact"))


@pytest.mark.parametrize(("locale", "texts"), [
    # 3400000, 15000000, 12000 ("1万2,000"), 1000000, 21000000, 410000000
    ("en", ["3.4 million", "15 million", "12 thousand", "1 million", "21 million",
            "410 million"]),
    ("ja", ["340万", "1500万", "1.2万", "100万", "2100万", "4.1億"]),
    ("zh", ["340万", "1500万", "1.2万", "100万", "2100万", "4.1亿"]),
    ("de", ["3,4 Millionen", "15 Millionen", "12 Tausend", "1 Million", "21 Millionen",
            "410 Millionen"]),
    ("ru", ["3,4 миллиона", "15 миллионов", "12 тысяч", "1 миллион", "21 миллион",
            "410 миллионов"]),
    ("ar", ["3.4 مليون", "15 مليون", "12 ألف", "1 مليون", "21 مليون", "410 مليون"]),
    ("ar-EG", ["٣٫٤ مليون", "١٥ مليون", "١٢ ألف", "١ مليون", "٢١ مليون", "٤١٠ مليون"]),
    ("hi", ["34 लाख", "1.5 करोड़", "12 हज़ार", "10 लाख", "2.1 करोड़", "41 करोड़"]),
])
def test_a_compact_number_uses_the_locales_scale_words_and_plural_forms(engine, locale,
                                                                         texts):
    values = ["3400000", "15000000", "12000", "1000000", "21000000", "410000000"]
    assert [compact(locale, value, engine) for value in values] == texts


def test_the_scale_words_are_cldrs():
    long = Locale.parse("ja").compact_decimal_formats["long"]
    assert (long["other"]["10000"].pattern, long["other"]["100000000"].pattern) == (
        "0万", "0億")
    assert Locale.parse("ru").compact_decimal_formats["long"]["many"]["1000000"].pattern \
        == "0 миллионов"


@pytest.mark.parametrize(("locale", "value", "text"), [
    ("en", "12345678", "12,345,678"),  # "12.345678 million" says too much, "12 million" lies
    ("ja", "12345678", "12,345,678"),
    ("ja", "12345", "12,345"),  # "1万2,345": "1.2345万" would need five digits
    ("de", "3456000", "3.456.000"),
    ("ru", "1234000", "1\xa0234\xa0000"),
])
def test_a_value_no_compact_form_says_exactly_is_written_in_full(engine, locale, value,
                                                                  text):
    assert compact(locale, value, engine) == text


def test_a_compact_form_shows_every_digit_it_has(engine):
    # up to COMPACT_DIGITS significant digits, none rounded away
    assert compact("en", "3450000", engine) == "3.45 million"
    assert compact("en", "12500000", engine) == "12.5 million"  # not "13 million"
    assert compact("ja", "123000000", engine) == "1.23億"
    assert compact("ja", "1010000", engine) == "101万"


def test_what_a_compact_form_can_say_does_not_depend_on_the_locale():
    assert COMPACT_DIGITS == 3
    for value in ("3400000", "15000000", "12000", "999000000", "0.5", "1", "0"):
        assert says_compactly(Decimal(value)), value
    for value in ("12345678", "3456000", "12345", "1000.5"):
        assert not says_compactly(Decimal(value)), value


def test_below_the_first_scale_a_compact_number_is_the_number(engine):
    assert compact("en", "950", engine) == "950"
    assert compact("ja", "5000", engine) == "5000"  # CLDR ja: no scale word below 万
    assert compact("en", "0.5", engine) == "0.5"


def test_standard_notation_and_other_styles_are_written_in_full(engine):
    en = get_formatter("en", engine=engine)
    assert en.format(number("3400000")) == "3,400,000"
    assert en.format(number("3400000", notation="standard")) == "3,400,000"
    # compact is a decimal's notation: a percent or an ordinal is never compact
    assert en.format(number("3400000", style="percent", notation="compact")) == "3,400,000%"
    assert en.format(number("3000000", style="ordinal", notation="compact")) == "3,000,000"
    with pytest.raises(ValueError, match="notation must be one of standard, compact"):
        en.format_number("1", "decimal", "short")


@pytest.mark.parametrize(("locale", "value", "text"), [
    ("en", "2000000", "2 million US dollars"),
    ("en", "2340000", "2.34 million US dollars"),  # ICU's default would round to 2.3
    ("en", "12500000", "12.5 million US dollars"),
    ("ja", "2340000", "234万米ドル"),
    ("ru", "3400000", "3,4 миллиона долларов США"),
    # more than a compact form says exactly: the standard amount, never a rounded one
    ("en", "2345678", "$2,345,678"),
    ("ja", "23456789", "$23,456,789"),
])
def test_compact_money_is_exact_too(engine, locale, value, text):
    assert get_formatter(locale, engine=engine).format_money(value, "USD", "compact") == text


# The locales of the brief and the languages press releases are most translated into.
EQUAL_LOCALES = ("en", "ja", "zh", "zh-Hant", "ko", "de", "fr", "es", "it", "pt", "pt-BR",
                 "nl", "pl", "ru", "uk", "tr", "ar", "hi", "id", "vi", "th", "ky", "kk")
EQUAL_VALUES = ("3400000", "15000000", "12000", "1000000", "2500000", "21000000",
                "410000000", "1200000000", "3450000", "1010000", "500000", "1000", "950",
                "0.5", "12345678", "12345")


def test_both_engines_write_the_same_compact_numbers_and_amounts():
    pytest.importorskip("icu")
    latn = LocaleSettings(numbering="latn")
    for locale in EQUAL_LOCALES:
        babel, icu = (get_formatter(locale, latn, engine) for engine in ("babel", "icu"))
        for value in EQUAL_VALUES:
            assert (babel.format_number(value, "decimal", "compact")
                    == icu.format_number(value, "decimal", "compact")), (locale, value)
            for currency in ("USD", "JPY", "EUR"):
                assert (babel.format_money(value, currency, "compact")
                        == icu.format_money(value, currency, "compact")), (locale, value,
                                                                           currency)


def test_what_icus_own_compact_decimal_format_writes_for_values_it_does_not_round():
    # CompactDecimalFormat LONG rounds to two significant digits; below that it is
    # CLDR's compact form itself, asked of ICU with no communique code in between
    icu = pytest.importorskip("icu")
    for locale in ("en", "ja", "zh", "de", "ru", "ar", "hi", "ko"):
        direct = icu.CompactDecimalFormat.createInstance(
            icu.Locale(f"{locale}@numbers=latn"), icu.UNumberCompactStyle.LONG)
        for value in ("3400000", "15000000", "12000", "410000000", "1000000", "2.5"):
            expected = direct.format(float(value))
            for engine in ("babel", "icu"):
                formatter = get_formatter(locale, LocaleSettings(numbering="latn"), engine)
                assert formatter.format_number(value, "decimal", "compact") == expected, (
                    locale, value, engine)


@pytest.mark.parametrize(("locale", "value", "text"), [
    # the numbering system's minus sign, as for a number in full: Swiss German's and
    # Swedish's U+2212, and the bidi mark that keeps Persian's, Arabic's and Hebrew's
    # on the number's left in a right-to-left line
    ("gsw", "-1500000", "−1.5 Millioone"),
    ("sv", "-1500000", "−1,5 miljoner"),
    ("fa", "-1500000", "\u200e−۱٫۵ میلیون"),
    ("ar", "-1500000", "\u200e-1.5 مليون"),
    ("ar-SA", "-1500000", "\u061c-١٫٥ مليون"),
    ("he", "-1500000", "\u200e-\u200f1.5 מיליון"),  # the sign before the pattern's mark
    ("gsw", "-3.5", "−3.5"),  # below the first scale: the number itself
    ("sv", "1500000", "1,5 miljoner"),
])
def test_a_negative_compact_number_has_the_locales_minus_sign(engine, locale, value, text):
    assert compact(locale, value, engine) == text


@pytest.mark.parametrize(("locale", "text"), [
    ("gsw", "−1.5 Millioone Euro"),
    ("fa", "\u200e−۱٫۵ میلیون یورو"),
    ("ar-SA", "\u061c-١٫٥ مليون يورو"),
])
def test_a_negative_compact_amount_has_the_locales_minus_sign(engine, locale, text):
    assert get_formatter(locale, engine=engine).format_money("-1500000", "EUR",
                                                             "compact") == text


def test_the_babel_engine_still_formats_compactly_without_babels_private_picker(
        monkeypatch: pytest.MonkeyPatch):
    # The engine takes the pattern Babel picks through a function Babel keeps private,
    # to give it the locale's minus sign; a Babel without it formats as Babel does.
    import babel.numbers

    from toolkit.formatting import babel_engine
    from toolkit.formatting.babel_engine import compact_decimal

    sv = Locale.parse("sv")
    assert compact_decimal(sv, Decimal("-1500000"), "latn") == "\u22121,5 miljoner"
    monkeypatch.setattr(babel_engine, "_COMPACT_PICK", None)
    assert compact_decimal(sv, Decimal("-1500000"), "latn") == babel.numbers \
        .format_compact_decimal(Decimal("-1500000"), format_type="long", locale=sv,
                                fraction_digits=COMPACT_DIGITS, numbering_system="latn")

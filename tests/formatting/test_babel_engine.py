"""The Babel engine: CLDR text for the sample's locales (Babel's CLDR data)."""

from __future__ import annotations

import pytest
from babel import Locale

from toolkit.config import LocaleSettings
from toolkit.errors import UsageError
from toolkit.formatting import InvalidValue, get_formatter
from toolkit.formatting.babel_engine import join_list
from toolkit.model import Span


def span(name: str, **attrs: str) -> Span:
    return Span(name, tuple(sorted(attrs.items())))


def babel(locale: str, **settings: str):
    return get_formatter(locale, LocaleSettings(**settings), engine="babel")


@pytest.mark.parametrize(("locale", "skeleton", "expected"), [
    ("en", "yMMMMd", "December 24, 2022"),
    ("ja", "yMMMMd", "2022年12月24日"),
    ("ru", "yMMMMd", "24 декабря 2022\u202fг."),  # CLDR: narrow no-break space
    ("ru", "MMMMd", "24 декабря"),  # genitive: the format context CLDR gives
    ("ky", "MMMMd", "24-декабрь"),
    ("ar", "MMMMd", "24 ديسمبر"),
])
def test_dates_follow_the_skeleton(locale, skeleton, expected):
    assert babel(locale).format(span("date", value="2022-12-24", skeleton=skeleton)) == expected


def test_a_month_alone_is_the_stand_alone_name():
    assert babel("ru").format(span("date", value="2023-10", skeleton="MMMM")) == "октябрь"


def test_house_time_pattern_overrides_cldr():
    assert babel("en", time_pattern="h:mm a").format(span("time", value="14:40")) == "2:40 PM"
    assert babel("ja").format(span("time", value="14:40")) == "14:40"


@pytest.mark.parametrize(("locale", "expected"), [
    ("sq", "2:40\u202fe pasdites"),  # the wide name, where Babel's `a` writes "m.d."
    ("bho", "2:40 सांझ"),  # Bhojpuri's own wide name, not root's abbreviated "PM"
    ("ceb", "2:40\u202fPM"),  # no wide names: root's alias to abbreviated, not narrow "p"
    ("en", "2:40\u202fPM"),
])
def test_am_pm_marker_is_the_wide_day_period_name_as_in_icu(locale, expected):
    assert babel(locale, numbering="latn").format(span("time", value="14:40")) == expected


@pytest.mark.parametrize(("locale", "style", "expected"), [
    ("sat", "unit", "A ᱟᱨ B"),  # the locale's own style
    ("ur", "unit-short", "A اور B"),  # no unit-short: root's alias to standard, not unit
    ("ms", "unit-short", "A dan B"),
    ("sat", "unit-short", "A, B"),  # sat has no standard: root's, past sat's own unit
    ("ur", "unit-narrow", "A، B، اور C"),  # unit-narrow → unit-short → standard
])
def test_unit_lists_inherit_through_roots_aliases(locale, style, expected):
    items = ["A", "B", "C"] if expected.endswith("C") else ["A", "B"]
    assert join_list(Locale.parse(locale), items, style) == expected


@pytest.mark.parametrize(("locale", "value", "expected"), [
    ("en", "PT30M", "30 minutes"),
    ("ru", "PT30M", "30 минут"),
    ("ru", "PT1H30M", "1 час 30 минут"),
    ("ja", "PT30M", "30 分"),
    ("en", "P30Y", "30 years"),
])
def test_durations_use_cldr_units_and_plurals(locale, value, expected):
    assert babel(locale).format(span("duration", value=value)) == expected


def test_compact_money_reads_as_prose():
    money = span("money", value="2000000", currency="USD", notation="compact")
    assert babel("en").format(money) == "2 million US dollars"
    assert babel("ru").format(money) == "2 миллиона долларов США"
    assert babel("ja").format(money) == "200万米ドル"


def test_native_digits_follow_cldr_default():
    assert babel("ar-EG").format(span("date", value="2022-12-24", skeleton="d")) == "٢٤"
    assert babel("ar-EG", numbering="latn").format(span("number", value="30")) == "30"


def test_instant_in_a_zone_with_its_name():
    text = babel("ja").format_instant("2022-12-24T17:00:00+09:00", "Asia/Tokyo")
    assert text == "2022年12月24日 17:00 日本標準時"


def test_direction():
    assert babel("ar").direction == "rtl"
    assert babel("ja").direction == "ltr"


def test_non_gregorian_calendar_names_the_extra():
    with pytest.raises(UsageError, match=r"communique\[icu\]"):
        babel("ja", calendar="japanese")


def test_unknown_locale_is_a_usage_error():
    with pytest.raises(UsageError, match="unknown locale 'xx-YY'"):
        get_formatter("xx-YY", engine="babel")


def test_bad_value_says_which_span():
    bad = span("date", value="2022-12", skeleton="yMMMMd")
    with pytest.raises(InvalidValue, match="needs a full date") as caught:
        babel("en").format(bad)
    assert caught.value.span == bad


@pytest.mark.parametrize(("locale", "value", "expected"), [
    ("de-CH", "1234567.89", "1'234'567.89"),
    ("fr-CH", "1234567", "1'234'567"),
    ("it-CH", "1234567890", "1'234'567'890"),
])
def test_an_apostrophe_that_groups_digits_is_kept(locale, value, expected):
    # Babel's NumberPattern.apply reads the apostrophes in its result as a pattern's
    # quotes and drops each pair: "1'234'567" came out as "1234567".
    assert babel(locale).format(span("number", value=value)) == expected


def test_an_apostrophe_that_groups_an_amount_is_kept():
    assert babel("de-CH").format(span("money", value="2500000", currency="CHF")) == (
        "CHF\u00a02'500'000")


@pytest.mark.parametrize(("locale", "expected"), [
    ("fa", "۱۲٫۵٪"),  # arabext's sign, not the Latin "%" beside Persian digits
    ("ar-EG", "١٢٫٥٪\u061c"),  # arab's, with its Arabic letter mark
    ("ar", "12.5\u200e%\u200e"),  # latn's in Arabic, kept left to right by its marks
    ("de", "12,5\u00a0%"),
])
def test_a_percentage_has_the_numbering_systems_percent_sign(locale, expected):
    assert babel(locale).format(span("number", value="12.5", style="percent")) == expected


@pytest.mark.parametrize(("locale", "expected"), [
    # The mark before the minus sign keeps it on the number's left in a right-to-left
    # line; a bare "-" would be shown after the number ("3.5-").
    ("ar", "\u200e-3.5"),
    ("he", "\u200e-3.5"),
    ("fa", "\u200e−۳٫۵"),
    ("ar-EG", "\u061c-٣٫٥"),
    ("en", "-3.5"),
])
def test_a_negative_number_has_the_locales_minus_sign(locale, expected):
    assert babel(locale).format(span("number", value="-3.5")) == expected
    percent = babel(locale).format(span("number", value="-3.5", style="percent"))
    assert percent.startswith(expected)


def test_a_negative_amount_has_the_locales_minus_sign():
    assert babel("he").format(span("money", value="-4.6", currency="EUR")) == (
        "\u200f\u200e-4.60\u00a0\u200f€")


@pytest.mark.parametrize(("locale", "settings", "expected"), [
    # CLDR's pattern for Arabic-Indic digits has no negative part: the minus sign, with
    # its Arabic letter mark, comes first, then the pattern's right-to-left mark (ICU's
    # text). Babel's data has only the Latin-digit pattern, whose negative part puts
    # the mark first: "\u200f\u061c-١٬٥٠٠٬٠٠٠".
    ("ar-SA", {}, "\u061c-\u200f١٬٥٠٠٬٠٠٠\u00a0ر.س.\u200f"),
    ("ar-EG", {}, "\u061c-\u200f١٬٥٠٠٬٠٠٠\u00a0ر.س.\u200f"),
    ("ar", {"numbering": "arab"}, "\u061c-\u200f١٬٥٠٠٬٠٠٠\u00a0ر.س.\u200f"),
    # Latin digits: CLDR's latn pattern, its own negative part
    ("ar", {}, "\u200f\u200e-1,500,000\u00a0ر.س.\u200f"),
    ("ar-SA", {"numbering": "latn"}, "\u200f\u200e-1,500,000\u00a0ر.س.\u200f"),
])
def test_a_negative_arabic_amount_has_the_marks_of_its_digits_pattern(locale, settings,
                                                                       expected):
    assert babel(locale, **settings).format(
        span("money", value="-1500000", currency="SAR")) == expected


def test_a_positive_arabic_amount_in_arabic_digits_keeps_its_marks():
    assert babel("ar-SA").format(span("money", value="4.6", currency="EUR")) == (
        "\u200f٤٫٦٠\u00a0€")

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

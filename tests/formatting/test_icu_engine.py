"""The ICU engine: official calendars and native digits, as a ministry writes them."""

from __future__ import annotations

import pytest

from toolkit.config import LocaleSettings
from toolkit.errors import UsageError
from toolkit.formatting import get_formatter
from toolkit.model import Span

pytest.importorskip("icu")


def span(name: str, **attrs: str) -> Span:
    return Span(name, tuple(sorted(attrs.items())))


def icu_formatter(locale: str, **settings: str):
    return get_formatter(locale, LocaleSettings(**settings), engine="icu")


def date(formatter, skeleton: str, value: str = "2022-12-24") -> str:
    return formatter.format(span("date", value=value, skeleton=skeleton))


def test_japanese_calendar_gives_the_reiwa_era():
    ja = icu_formatter("ja", calendar="japanese")
    assert date(ja, "yMMMMd") == "令和4年12月24日"
    assert date(ja, "yMMMM") == "令和4年12月"
    assert date(ja, "y", "2024") == "令和6年"
    assert date(ja, "yMMMMd", "2019-04-30") == "平成31年4月30日"
    assert date(ja, "yMMMMd", "2019-05-01") == "令和元年5月1日"  # the first year: 元年
    assert ja.metadata["calendar"] == "japanese"


def test_a_year_two_eras_share_is_written_as_the_gregorian_year():
    # 2019 was Heisei 31 until April and Reiwa 1 from May: neither era year is "2019".
    ja = icu_formatter("ja", calendar="japanese")
    assert date(ja, "y", "2019") == "2019年"
    assert date(ja, "yMMMM", "2019-05") == "令和元年5月"  # a month within one era
    assert date(ja, "yMMMM", "2019-04") == "平成31年4月"


def test_a_year_or_month_the_calendar_splits_keeps_the_gregorian_name():
    # The Persian year begins at the March equinox: 2024 is 1402 until 20 March and
    # 1403 after, so "the 2024 festival" (in June) is not "۱۴۰۲"; nor is March 2025
    # the month of Esfand 1403, which ends on 20 March.
    fa = icu_formatter("fa")
    assert date(fa, "y", "2024") == "۲۰۲۴"
    assert date(fa, "yMMMM", "2025-03") == "مارس ۲۰۲۵"
    assert date(fa, "MMMM", "2025-03") == "مارس"
    assert date(fa, "yMMMMd", "2024-06-14") == "۲۵ خرداد ۱۴۰۳"  # a day is one day anywhere
    ar_sa = icu_formatter("ar-SA", calendar="islamic-umalqura")
    assert date(ar_sa, "y", "2024") == "٢٠٢٤"  # 1445 and 1446 AH


def test_a_range_of_years_or_months_the_calendar_splits_is_gregorian():
    fa = icu_formatter("fa")
    years = span("date", value="2023", end="2024", skeleton="y")
    assert fa.format(years) == "۲۰۲۳ تا ۲۰۲۴"
    ja = icu_formatter("ja", calendar="japanese")
    assert ja.format(span("date", value="2020", end="2024", skeleton="y")) == "令和2年～6年"
    assert ja.format(span("date", value="2017", end="2019", skeleton="y")) == "2017年～2019年"


def test_thai_buddhist_era_is_cldr_default():
    th = icu_formatter("th")
    assert th.calendar == "buddhist"
    assert date(th, "yMMMMd") == "24 ธันวาคม 2565"
    assert date(th, "y") == "พ.ศ. 2565"


def test_persian_solar_hijri_in_persian_digits():
    fa = icu_formatter("fa")
    assert (fa.calendar, fa.numbering) == ("persian", "arabext")
    assert date(fa, "yMMMMd") == "۳ دی ۱۴۰۱"
    assert fa.format(span("time", value="14:40")) == "۱۴:۴۰"
    assert fa.direction == "rtl"


def test_arabic_digits_in_saudi_arabia_and_egypt():
    for locale in ("ar-SA", "ar-EG"):
        formatter = icu_formatter(locale)
        assert formatter.numbering == "arab"
        assert date(formatter, "yMMMMd") == "٢٤ ديسمبر ٢٠٢٢"
        assert formatter.format(span("number", value="1234.5")) == "١٬٢٣٤٫٥"
        assert formatter.format(span("duration", value="PT30M")) == "٣٠ دقيقة"


def test_umm_al_qura_calendar_for_saudi_arabia():
    ar_sa = icu_formatter("ar-SA", calendar="islamic-umalqura")
    assert date(ar_sa, "yMMMMd") == "٣٠ جمادى الأولى ١٤٤٤ هـ"


def test_latin_digits_on_request():
    assert date(icu_formatter("ar-EG", numbering="latn"), "d") == "24"


def test_native_means_cldr_native_system():
    assert icu_formatter("hi", numbering="native").numbering == "deva"


def test_ordinals_are_plain_numbers_so_the_translator_owns_the_marker():
    ordinal = span("number", value="30", style="ordinal")
    assert icu_formatter("ja").format(ordinal) == "30"
    assert icu_formatter("ar-EG").format(ordinal) == "٣٠"


def test_instant_uses_the_at_time_pattern_and_zone_name():
    en = icu_formatter("en", time_pattern="h:mm a")
    assert (en.format_instant("2022-12-24T08:00:00Z", "Asia/Tokyo")
            == "December 24, 2022 at 5:00 PM Japan Standard Time")
    ja = icu_formatter("ja")
    assert ja.format_instant("2022-12-24T17:00:00+09:00", "Asia/Tokyo") == (
        "2022年12月24日 17:00 日本標準時")


def test_unknown_calendar_and_numbering_are_refused():
    with pytest.raises(UsageError, match="unknown calendar 'mayan'"):
        icu_formatter("en", calendar="mayan")
    with pytest.raises(UsageError, match="unknown numbering system 'klingon'"):
        icu_formatter("en", numbering="klingon")


def test_metadata_names_engine_and_versions():
    meta = icu_formatter("ru").metadata
    assert meta["engine"] == "icu"
    assert meta["icu"].split(".")[0].isdigit()
    assert meta["cldr"].isdigit()

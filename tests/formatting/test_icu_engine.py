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
    assert date(ja, "y", "2019") == "平成31年"  # 1 January 2019 was still Heisei
    assert date(ja, "yMMMMd", "2019-05-01") == "令和元年5月1日"  # the first year: 元年
    assert ja.metadata["calendar"] == "japanese"


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

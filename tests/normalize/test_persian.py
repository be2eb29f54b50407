"""Persian (fa) sources, read as any other language with CLDR's values and a few facts of
their own: Iranian offices date releases in the Solar Hijri calendar ("۳ دی ۱۴۰۱" is 24
December 2022), often with the Gregorian date beside it, and write the zero-width
non-joiner (U+200C) inside words ("می‌کنیم", "گفت‌وگو") as part of their spelling."""

from __future__ import annotations

import datetime as dt

import pytest

from toolkit.normalize import Options, normalize
from toolkit.normalize.solar_hijri import EXACT_YEARS, is_leap, month_days, to_gregorian
from toolkit.normalize.structure import Line, told_language

from .support import found

ZWNJ = "\u200c"
_OPTIONS = Options(source_locale="fa", default_publisher="وزارت امور خارجه")
_TITLE = "دیدار وزیر امور خارجه با همتای ارمنستانی"
_PARAGRAPH = (f"وزیر امور خارجه با همتای ارمنستانی خود دیدار و گفت{ZWNJ}وگو کرد. دو طرف بر "
              f"اجرای توافق{ZWNJ}های پیشین تأکید کردند.")


# ---------------------------------------------------------------- the calendar
@pytest.mark.parametrize(("year", "month", "day", "expected"), [
    # Nowruz, 1 Farvardin, falls on 20 or 21 March
    (1395, 1, 1, dt.date(2016, 3, 20)),
    (1399, 1, 1, dt.date(2020, 3, 20)),
    (1401, 1, 1, dt.date(2022, 3, 21)),
    (1402, 1, 1, dt.date(2023, 3, 21)),
    (1403, 1, 1, dt.date(2024, 3, 20)),
    (1404, 1, 1, dt.date(2025, 3, 21)),
    # 3 Dey 1401; the last day of the leap year 1403 (Esfand 30)
    (1401, 10, 3, dt.date(2022, 12, 24)),
    (1403, 12, 30, dt.date(2025, 3, 20)),
    # the first day of the second half, after six months of 31 days
    (1401, 7, 1, dt.date(2022, 9, 23)),
])
def test_a_solar_hijri_day_is_its_gregorian_date(year, month, day, expected):
    assert to_gregorian(year, month, day) == expected


@pytest.mark.parametrize(("year", "month", "day"), [
    (1401, 12, 30),  # 1401 is a common year: Esfand has 29 days
    (1401, 7, 31),   # the second half's months have 30
    (1401, 13, 1), (1401, 0, 1), (1401, 1, 0),
    (1177, 1, 1), (1635, 1, 1),  # outside the years the 33-year rule is exact for
])
def test_a_day_the_calendar_has_not_is_refused(year, month, day):
    with pytest.raises(ValueError):
        to_gregorian(year, month, day)


def test_each_year_runs_from_its_nowruz_to_the_next():
    for year in range(EXACT_YEARS.start, EXACT_YEARS.stop - 1):
        length = sum(month_days(year, month) for month in range(1, 13))
        assert length == (366 if is_leap(year) else 365)
        assert to_gregorian(year, 12, month_days(year, 12)) + dt.timedelta(days=1) \
            == to_gregorian(year + 1, 1, 1)


def test_every_day_is_the_one_icus_persian_calendar_names():
    icu = pytest.importorskip("icu")
    calendar = icu.Calendar.createInstance(icu.TimeZone.getGMT(),
                                           icu.Locale("fa_IR@calendar=persian"))
    fields = icu.UCalendarDateFields
    noon = dt.datetime(1979, 3, 21, 12, tzinfo=dt.UTC)  # 1 Farvardin 1358
    for days in range(0, 366 * 60):  # every day of 1358 to 1417
        moment = noon + dt.timedelta(days=days)
        calendar.setTime(moment.timestamp())  # (PyICU takes seconds)
        named = (calendar.get(fields.EXTENDED_YEAR), calendar.get(fields.MONTH) + 1,
                 calendar.get(fields.DATE))
        assert to_gregorian(*named) == moment.date(), named


# ---------------------------------------------------------------- dates in text
def _d(text: str, value: str, skeleton: str = "yMMMMd") -> tuple[str, str, dict[str, str]]:
    return ("date", text, {"value": value, "skeleton": skeleton})


@pytest.mark.parametrize(("text", "expected"), [
    # "۳ دی ۱۴۰۱" was the numbers 3 and 1401 ("1,401" in English): no date
    ("تهران - ۳ دی ۱۴۰۱", [_d("۳ دی ۱۴۰۱", "2022-12-24")]),
    (f"۳ دی{ZWNJ}ماه ۱۴۰۱", [_d(f"۳ دی{ZWNJ}ماه ۱۴۰۱", "2022-12-24")]),
    ("۳ دی ماه ۱۴۰۱", [_d("۳ دی ماه ۱۴۰۱", "2022-12-24")]),
    ("۲۵ آذر 1401", [_d("۲۵ آذر 1401", "2022-12-16")]),
    ("1 فروردین 1403", [_d("1 فروردین 1403", "2024-03-20")]),
    ("۳ دی ۱۴۰۱ ه.ش", [_d("۳ دی ۱۴۰۱ ه.ش", "2022-12-24")]),
    # Arabic's yeh, as older sites type Persian
    ("۳ دي ۱۴۰۱", [_d("۳ دي ۱۴۰۱", "2022-12-24")]),
    # year, month and day in digits, the year first
    ("۱۴۰۱/۱۰/۰۳", [_d("۱۴۰۱/۱۰/۰۳", "2022-12-24", "yMd")]),
    ("در تاریخ 1401/09/25 گفت", [_d("1401/09/25", "2022-12-16", "yMd")]),
    # a Gregorian date beside it is its own date, the same day
    ("۶ فروردین ۱۴۰۲ (۲۶ مارس ۲۰۲۳)", [_d("۶ فروردین ۱۴۰۲", "2023-03-26"),
                                       _d("۲۶ مارس ۲۰۲۳", "2023-03-26")]),
    # a month and year alone run over two Gregorian months: text, the year no number
    ("دی ۱۴۰۱", []),
    # no such day (1401 is a common year)
    ("۳۰ اسفند ۱۴۰۱", []),
    # a month's name inside another word is none ("دیدار", a meeting)
    ("دیدار ۱۴۰۱", [("number", "۱۴۰۱", {"value": "1401"})]),
])
def test_solar_hijri_dates_are_gregorian_values(text, expected):
    assert found("fa", text) == expected


# ---------------------------------------------------------------- date lines
def _text(dateline: str) -> str:
    return f"{_TITLE}\n\n{dateline}\n\n{_PARAGRAPH}\n"


def _page(dateline: str) -> str:
    return ("<!DOCTYPE html><html lang=\"fa\" dir=\"rtl\"><head><title>t</title></head><body>"
            f"<main><h1>{_TITLE}</h1><p>{dateline}</p><p>{_PARAGRAPH}</p></main></body></html>")


@pytest.mark.parametrize("make", [_text, _page], ids=["text", "page"])
@pytest.mark.parametrize(("dateline", "value", "place", "written"), [
    # no date line was found: normalize failed, exit 2
    ("تهران - ۳ دی ۱۴۰۱", "2022-12-24", "تهران", "۳ دی ۱۴۰۱"),
    ("۱۴۰۱/۱۰/۰۳", "2022-12-24", None, "۱۴۰۱/۱۰/۰۳"),
    ("۳ دی ماه ۱۴۰۱", "2022-12-24", None, "۳ دی ماه ۱۴۰۱"),
    # ... with the time it was posted at
    ("۳ دی ۱۴۰۱ - ساعت ۱۴:۴۰", "2022-12-24", None, "۳ دی ۱۴۰۱"),
    # ... and with the Gregorian date beside it, the same day: two dates, no date line
    ("۶ فروردین ۱۴۰۲ (۲۶ مارس ۲۰۲۳)", "2023-03-26", None, "۶ فروردین ۱۴۰۲"),
    ("تهران - ۳ دی ۱۴۰۱ - ۲۴ دسامبر ۲۰۲۲", "2022-12-24", "تهران", "۳ دی ۱۴۰۱"),
])
def test_a_persian_release_is_dated_by_its_solar_hijri_date_line(make, dateline, value, place,
                                                                  written):
    path = "copied.txt" if make is _text else "page.html"
    normalized = normalize(make(dateline).encode(), path, _OPTIONS)
    release = normalized.release
    assert release.lang == "fa"
    assert release.meta.published.get("value") == value
    assert release.meta.published.text == written
    assert (release.meta.place.text if release.meta.place else None) == place
    assert release.title is not None and release.title.text == _TITLE
    # the report says the date was converted
    assert [g.rule.split(" (")[0] for g in normalized.report.guesses
            if g.what == "calendar"] == ["a Solar Hijri date"]


# ---------------------------------------------------------------- the non-joiner
def test_a_copied_text_keeps_the_non_joiner_inside_its_words():
    # It was removed as a copy's trace: "گفت‌وگو" became "گفتوگو", "می‌کنیم" "میکنیم",
    # another spelling in every paragraph of the Persian page and every catalog
    text = _text(f"سه{ZWNJ}شنبه ۳ دی{ZWNJ}ماه ۱۴۰۱")
    normalized = normalize(text.encode(), "copied.txt", _OPTIONS)
    release = normalized.release
    assert [block.text for block in release.body] == [_PARAGRAPH]
    assert release.meta.published.text == f"۳ دی{ZWNJ}ماه ۱۴۰۱"
    # ... so the weekday before the date is one, no place ("سهشنبه" was Tehran's place)
    assert release.meta.place is None
    assert not [g for g in normalized.report.guesses if g.what == "cleaned"]


def test_joiners_that_join_nothing_are_still_cleaned():
    # (beside a space or a line's end, as a zero-width space anywhere)
    text = _text("۳ دی ۱۴۰۱").replace(_PARAGRAPH, f"{ZWNJ}{_PARAGRAPH} \u200d\u200b")
    normalized = normalize(text.encode(), "copied.txt", _OPTIONS)
    assert [block.text for block in normalized.release.body] == [_PARAGRAPH]
    assert [(g.value, g.rule.split(" removed")[0]) for g in normalized.report.guesses
            if g.what == "cleaned"] == [("3", "zero-width characters and soft hyphens")]


# ---------------------------------------------------------------- values in text
@pytest.mark.parametrize(("text", "expected"), [
    # a year alone runs over two Gregorian years (from Nowruz): text, not the number 1,402
    ("سال ۱۴۰۲", []),
    ("در سال ۱۴۰۲ تصویب شد", []),
    # ... and a Gregorian year after the same word is still a year
    ("سال ۲۰۲۳", [_d("۲۰۲۳", "2023", "y")]),
])
def test_a_solar_hijri_year_alone_is_text(text, expected):
    assert found("fa", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "ساعت ۱۰ صبح" was the number 10: the part of the day after the hour, CLDR's fa
    ("ساعت ۱۰ صبح", [("time", "۱۰ صبح", {"value": "10:00"})]),
    ("ساعت ۸ شب", [("time", "۸ شب", {"value": "20:00"})]),
    ("ساعت ۱۰", [("time", "۱۰", {"value": "10:00"})]),
    ("ساعت ۱۴:۴۰", [("time", "۱۴:۴۰", {"value": "14:40"})]),
    # the word after the number counts hours
    ("۱۰ ساعت", [("duration", "۱۰ ساعت", {"value": "PT10H"})]),
    # an hour and a half, as other languages' "and a half" after the unit
    ("یک ساعت و نیم", [("duration", "یک ساعت و نیم", {"value": "PT1H30M"})]),
    ("۲ ساعت و نیم", [("duration", "۲ ساعت و نیم", {"value": "PT2H30M"})]),
])
def test_persian_times_and_durations(text, expected):
    assert found("fa", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # CLDR's fa decimal and group symbols were read by the Arabic rules only
    ("۲٫۵", [("number", "۲٫۵", {"value": "2.5"})]),
    ("۱٬۲۵۰٬۰۰۰ نفر", [("number", "۱٬۲۵۰٬۰۰۰", {"value": "1250000"})]),
    # per cent, the sign before the number as often as after it, and the word
    ("٪۱۵", [("number", "٪۱۵", {"value": "15", "style": "percent"})]),
    ("۱۵٪", [("number", "۱۵٪", {"value": "15", "style": "percent"})]),
    ("۱۵ درصد", [("number", "۱۵ درصد", {"value": "15", "style": "percent"})]),
    # the rial and the dollar named alone, as Iranian prose does
    ("۱۵۰۰ میلیارد ریال", [("money", "۱۵۰۰ میلیارد ریال", {
        "value": "1500000000000", "currency": "IRR", "notation": "compact"})]),
    ("۲٫۵ میلیون دلار", [("money", "۲٫۵ میلیون دلار", {
        "value": "2500000", "currency": "USD", "notation": "compact"})]),
    # the toman (ten rials) has no ISO code: a number, its name text
    ("۵۰۰ هزار تومان", [("number", "۵۰۰ هزار", {"value": "500000", "notation": "compact"})]),
])
def test_persian_numbers_amounts_and_percentages(text, expected):
    assert found("fa", text) == expected


def test_arabic_reads_persian_symbols_as_before():
    assert found("ar", "۲٫۵") == [("number", "۲٫۵", {"value": "2.5"})]
    assert found("ar", "۱٬۲۵۰٬۰۰۰") == [("number", "۱٬۲۵۰٬۰۰۰", {"value": "1250000"})]


# ---------------------------------------------------------------- a copied release
_RELEASE = ("وزارت امور خارجه\n\nاطلاعیه مطبوعاتی\n\nتهران - ۳ دی ۱۴۰۱\n\n"
            f"{_TITLE}\n\n{_PARAGRAPH}\n")


def test_a_persian_release_names_its_label_publisher_and_language():
    # No lang and no project: it was tagged ar (its date line not read), the label was
    # the title and the real title a photo's alt, and no publisher was found
    normalized = normalize(_RELEASE.encode(), "copied.txt", Options())
    release = normalized.release
    assert release.lang == "fa"
    assert release.title is not None and release.title.text == _TITLE
    assert release.meta.publisher.text == "وزارت امور خارجه"
    assert release.meta.published.get("value") == "2022-12-24"
    assert not release.figures
    assert [block.text for block in release.body] == [_PARAGRAPH]


@pytest.mark.parametrize("text", [
    "وزیر امور خارجه با همتای ارمنستانی خود دیدار کرد",  # Persian's own letters
    "دیدار وزیر با همتای خود",  # ی alone
])
def test_persian_letters_name_persian(text):
    assert told_language([Line(text, 1, 0, False)]) == "fa"


def test_arabic_quoting_a_persian_name_is_arabic():
    text = "التقى وزير الخارجية الإيراني في طهران بنظيره في محافظة گیلان"
    assert told_language([Line(text, 1, 0, False)]) == "ar"

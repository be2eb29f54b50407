"""Amharic (am) sources, read as any other language with CLDR's values and a few facts of
their own: Ethiopian offices date releases in the Ethiopian calendar ("ታኅሣሥ 15 ቀን 2015
ዓ.ም" is 24 December 2022), tell the hours from 6 a.m. ("ከጠዋቱ 4 ሰዓት" is 10:00), and end
their sentences with the Ethiopic full stop ("።", typed "፡፡" too)."""

from __future__ import annotations

import datetime as dt

import pytest

from toolkit.errors import InputError
from toolkit.normalize import Options, normalize
from toolkit.normalize.ethiopian import clock_hour, is_leap, month_days, to_gregorian
from toolkit.normalize.values import recognizer

from .support import CONTEXT, found

_OPTIONS = Options(source_locale="am", default_publisher="የውጭ ጉዳይ ሚኒስቴር")
_TITLE = "ኢትዮጵያ እና ኬንያ የድንበር ንግድ ስምምነት ተፈራረሙ"
_PARAGRAPH = ("የውጭ ጉዳይ ሚኒስቴር ሚኒስትር ዴኤታ ከኬንያ አቻቸው ጋር ተወያይተዋል። ሁለቱ ሀገራት የድንበር ንግድ "
              "ስምምነት ተፈራርመዋል።")


# ---------------------------------------------------------------- the calendar
@pytest.mark.parametrize(("year", "month", "day", "expected"), [
    # Enkutatash, 1 Meskerem: 11 September, or 12 September after a leap year (2015)
    (2015, 1, 1, dt.date(2022, 9, 11)),
    (2016, 1, 1, dt.date(2023, 9, 12)),
    (2017, 1, 1, dt.date(2024, 9, 11)),
    (2012, 1, 1, dt.date(2019, 9, 12)),
    # 15 Tahsas 2015; Genna, 29 Tahsas, the day after Gregorian 6 January
    (2015, 4, 15, dt.date(2022, 12, 24)),
    (2015, 4, 29, dt.date(2023, 1, 7)),
    (2016, 4, 28, dt.date(2024, 1, 7)),  # Genna in the year after a leap year
    # Pagume 6 of the leap year 2015, the eve of 2016's Enkutatash
    (2015, 13, 6, dt.date(2023, 9, 11)),
    (2000, 1, 1, dt.date(2007, 9, 12)),  # the Ethiopian millennium
])
def test_an_ethiopian_day_is_its_gregorian_date(year, month, day, expected):
    assert to_gregorian(year, month, day) == expected


@pytest.mark.parametrize(("year", "month", "day"), [
    (2016, 13, 6),  # 2016 is a common year: Pagume has 5 days
    (2015, 4, 31),  # the twelve months have 30
    (2015, 14, 1), (2015, 0, 1), (2015, 1, 0), (0, 1, 1),
])
def test_a_day_the_calendar_has_not_is_refused(year, month, day):
    with pytest.raises(ValueError):
        to_gregorian(year, month, day)


def test_each_year_runs_from_its_new_year_to_the_next():
    for year in range(1900, 2200):
        length = sum(month_days(year, month) for month in range(1, 14))
        assert length == (366 if is_leap(year) else 365)
        assert to_gregorian(year, 13, month_days(year, 13)) + dt.timedelta(days=1) \
            == to_gregorian(year + 1, 1, 1)


def test_every_day_is_the_one_icus_ethiopic_calendar_names():
    icu = pytest.importorskip("icu")
    calendar = icu.Calendar.createInstance(icu.TimeZone.getGMT(),
                                           icu.Locale("am_ET@calendar=ethiopic"))
    fields = icu.UCalendarDateFields
    noon = dt.datetime(1990, 1, 1, 12, tzinfo=dt.UTC)
    for days in range(0, 366 * 50):  # every day of 1990 to 2039
        moment = noon + dt.timedelta(days=days)
        calendar.setTime(moment.timestamp())  # (PyICU takes seconds)
        assert calendar.get(fields.ERA) == 1  # Amete Mihret
        named = (calendar.get(fields.YEAR), calendar.get(fields.MONTH) + 1,
                 calendar.get(fields.DATE))
        assert to_gregorian(*named) == moment.date(), named


@pytest.mark.parametrize(("hour", "part", "expected"), [
    # the hours count from 6 a.m. and 6 p.m.; the part of the day says which
    (4, (5, 12), 10), (6, (5, 12), 12), (12, (5, 12), 6), (11, (5, 12), 5),
    (8, (7, 18), 14), (12, (7, 18), 18), (2, (18, 0), 20), (6, (18, 0), 0),
    (10, (19, 6), 4), (4, (19, 6), 22), (1, (9, 12), None), (13, (5, 12), None),
])
def test_an_ethiopian_hour_is_its_24_hour_clocks(hour, part, expected):
    assert clock_hour(hour, *part) == expected


# ---------------------------------------------------------------- values in text
def _d(text: str, value: str, skeleton: str = "yMMMMd") -> tuple[str, str, dict[str, str]]:
    return ("date", text, {"value": value, "skeleton": skeleton})


def _t(text: str, value: str) -> tuple[str, str, dict[str, str]]:
    return ("time", text, {"value": value})


@pytest.mark.parametrize(("text", "expected"), [
    # "ታኅሣሥ 15 ቀን 2015 ዓ.ም" was the numbers 15 and the year 2015 (Gregorian)
    ("አዲስ አበባ፣ ታኅሣሥ 15 ቀን 2015 ዓ.ም", [_d("ታኅሣሥ 15 ቀን 2015 ዓ.ም", "2022-12-24")]),
    ("ታህሳስ 15/2015 ዓ.ም", [_d("ታህሳስ 15/2015 ዓ.ም", "2022-12-24")]),
    ("ታኅሣሥ 15, 2015", [_d("ታኅሣሥ 15, 2015", "2022-12-24")]),
    ("15 ታኅሣሥ 2015", [_d("15 ታኅሣሥ 2015", "2022-12-24")]),  # CLDR's order
    # a preposition written against the month ("in Tir")
    ("በጥር 20 ቀን 2015 ዓ.ም ይካሄዳል", [_d("ጥር 20 ቀን 2015 ዓ.ም", "2023-01-28")]),
    ("ጳጉሜን 6 ቀን 2015 ዓ.ም", [_d("ጳጉሜን 6 ቀን 2015 ዓ.ም", "2023-09-11")]),
    ("15/04/2015 ዓ.ም", [_d("15/04/2015 ዓ.ም", "2022-12-24", "yMd")]),
    # a year of the era, or a month and year, run over two Gregorian ones: text
    ("በ2015 ዓ.ም", []), ("2015 ዓ.ም", []), ("ሐምሌ 2015 ዓ.ም", []),
    # no such day (2016 is a common year)
    ("ጳጉሜን 6 ቀን 2016 ዓ.ም", []),
    # an Ethiopian hour was a length of time ("ከጠዋቱ 4 ሰዓት" PT4H)
    ("ዛሬ ከጠዋቱ 4 ሰዓት ጀምሮ", [_t("ጠዋቱ 4 ሰዓት", "10:00")]),
    ("ከቀኑ 8 ሰዓት ከ30 ደቂቃ ላይ", [_t("ቀኑ 8 ሰዓት ከ30 ደቂቃ", "14:30")]),
    ("ከረፋዱ 5 ሰዓት ተኩል", [_t("ረፋዱ 5 ሰዓት ተኩል", "11:30")]),
    ("ከምሽቱ 2:30 ሰዓት", [_t("ምሽቱ 2:30 ሰዓት", "20:30")]),
    ("ከሌሊቱ 10 ሰዓት", [_t("ሌሊቱ 10 ሰዓት", "04:00")]),
    ("ከሰዓት በኋላ 9 ሰዓት", [_t("ሰዓት በኋላ 9 ሰዓት", "15:00")]),
    # an hour its part of the day has not: neither a time nor a length
    ("ከረፋዱ 1 ሰዓት", []),
    # hours counted, with no part of the day, are a length of time still
    ("ዝግጅቱ 2 ሰዓት ይቆያል", [("duration", "2 ሰዓት", {"value": "PT2H"})]),
])
def test_ethiopian_dates_and_hours_are_gregorian_and_24_hour_values(text, expected):
    assert found("am", text) == expected


# ---------------------------------------------------------------- date lines
def _text(dateline: str) -> str:
    return f"ጋዜጣዊ መግለጫ\n\n{_TITLE}\n\n{dateline}\n\n{_PARAGRAPH}\n"


def _page(dateline: str) -> str:
    return ("<!DOCTYPE html><html lang=\"am\"><head><title>t</title></head><body>"
            f"<main><h1>{_TITLE}</h1><p>{dateline}</p><p>{_PARAGRAPH}</p></main></body></html>")


@pytest.mark.parametrize("make", [_text, _page], ids=["text", "page"])
@pytest.mark.parametrize(("dateline", "value", "place", "written"), [
    # no date line was found: normalize failed, exit 2
    ("አዲስ አበባ፣ ታኅሣሥ 15 ቀን 2015 ዓ.ም", "2022-12-24", "አዲስ አበባ", "ታኅሣሥ 15 ቀን 2015 ዓ.ም"),
    ("ታኅሣሥ 15 ቀን 2015 ዓ.ም", "2022-12-24", None, "ታኅሣሥ 15 ቀን 2015 ዓ.ም"),
    # ... with the Gregorian date beside it in English, the same day
    ("አዲስ አበባ፣ ታኅሣሥ 28 ቀን 2015 ዓ.ም (January 6, 2023)", "2023-01-06", "አዲስ አበባ",
     "ታኅሣሥ 28 ቀን 2015 ዓ.ም"),
])
def test_an_amharic_release_is_dated_by_its_ethiopian_date_line(make, dateline, value, place,
                                                                 written):
    path = "copied.txt" if make is _text else "page.html"
    normalized = normalize(make(dateline).encode(), path, _OPTIONS)
    release = normalized.release
    assert release.lang == "am"
    assert release.meta.published.get("value") == value
    assert release.meta.published.text == written
    assert (release.meta.place.text if release.meta.place else None) == place
    assert release.title is not None and release.title.text == _TITLE
    assert [g.rule.split(" (")[0] for g in normalized.report.guesses
            if g.what == "calendar"] == ["an Ethiopian date"]


def test_a_gregorian_date_beside_that_is_another_day_is_no_date_line():
    text = _text("ታኅሣሥ 28 ቀን 2015 ዓ.ም (January 9, 2023)")
    with pytest.raises(InputError, match="no date line"):
        normalize(text.encode(), "copied.txt", _OPTIONS)


# ---------------------------------------------------------------- sentences
@pytest.mark.parametrize("stop", ["።", "፡፡"])
def test_a_sentence_ended_with_the_ethiopic_full_stop_is_a_paragraph(stop):
    # A short paragraph ending in "።" was a photo's description (a figure's alt) or a
    # heading: the line "ended no sentence"
    quote = f"አምባሳደሩ \"ይህ ስምምነት ወዳጅነታችንን ያጠናክራል\" ብለዋል{stop}"
    short = f"በዓሉ ታኅሣሥ 29 ቀን 2015 ዓ.ም ይከበራል{stop}"
    text = (f"{_TITLE}\n\nአዲስ አበባ፣ ታኅሣሥ 15 ቀን 2015 ዓ.ም\n\n{short}\n\n{_PARAGRAPH}\n\n"
            f"{quote}\n\nቀጣዩ ስብሰባ በናይሮቢ ይካሄዳል{stop}\n")
    release = normalize(text.encode(), "copied.txt", _OPTIONS).release
    assert not release.figures
    assert [block.name for block in release.body] == ["p"] * 4
    assert release.body[0].text == short


@pytest.mark.parametrize(("lang", "text", "note"), [
    ("am", "ታኅሣሥ 15 ቀን 2015 ዓ.ም", ("ታኅሣሥ 15 ቀን 2015 ዓ.ም = 2022-12-24", "an Ethiopian date "
                                  "(year 2015 began on 2022-09-11): the value is Gregorian")),
    # (the Solar Hijri note, made by the same code, says what fa output is in)
    ("fa", "3 دی 1401", ("3 دی 1401 = 2022-12-24", "a Solar Hijri date (year 1401 began on "
                        "2022-03-21): the value is Gregorian; fa output is in the Persian "
                        "calendar where ICU formats")),
])
def test_the_report_names_the_calendar_and_its_new_year(lang, text, note):
    [date] = recognizer(lang).find(text, CONTEXT)
    assert [(n.what, n.value, n.rule) for n in date.notes] == [("calendar", *note)]


# ---------------------------------------------------------------- prepositions, birr, per cent
@pytest.mark.parametrize(("text", "expected"), [
    # a preposition written against the number (for, by, from, until) had left the value
    # text; "በመቶ" (per cent) and "ብር" (birr, CLDR's "የኢትዮጵያ ብር") were not read
    ("ለ30 ደቂቃ ይቆያል", [("duration", "30 ደቂቃ", {"value": "PT30M"})]),
    ("እስከ30 ደቂቃ", [("duration", "30 ደቂቃ", {"value": "PT30M"})]),
    ("በ15 በመቶ አድጓል", [("number", "15 በመቶ", {"style": "percent", "value": "15"})]),
    ("15 በመቶ", [("number", "15 በመቶ", {"style": "percent", "value": "15"})]),
    ("በ1.5 ቢሊዮን ብር", [("money", "1.5 ቢሊዮን ብር", {"currency": "ETB", "notation": "compact",
                                                 "value": "1500000000"})]),
    ("ከ500 ብር በላይ", [("money", "500 ብር", {"currency": "ETB", "value": "500"})]),
    # a word that only opens with the letter keeps its digits ("ለገሰ" is a name)
    ("ለገሰ30", []),
])
def test_a_value_after_a_joined_preposition_is_read(text, expected):
    assert found("am", text) == expected

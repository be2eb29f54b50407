"""`toolkit.weekdays`: which weekday beside a date contradicts it, in every language.

31 March 2025 is a Monday; 4 April 2025 a Friday. Each case is the text around one date
span, the date's text marked with brackets [ ].
"""

from __future__ import annotations

import gc

import pytest

from toolkit.model import Span
from toolkit.weekdays import Contradiction, contradictions, in_content, locate


def _found(lang: str, marked: str, value: str = "2025-03-31", end: str | None = None,
           skeleton: str = "yMMMMd") -> list[tuple[str, int, str]]:
    """(name as written, weekday named, date checked) of each contradiction in `marked`."""
    before, rest = marked.split("[", 1)
    shown, after = rest.split("]", 1)
    attrs = (("value", value),) + ((("end", end),) if end else ()) + (("skeleton", skeleton),)
    date = Span("date", attrs, (shown,))
    text = before + shown + after
    found = contradictions(text, [(len(before), len(before) + len(shown), date)], lang)
    for each in found:
        assert text[each.start:].startswith(each.written)  # the offset is the name's
    return [(c.written, c.named, c.value) for c in found]


TUESDAY = 1

WRONG = [
    ("en", "The minister travels on Tuesday [31 March 2025]."),
    ("en", "on Tuesday, [March 31, 2025]"),
    ("en", "Tuesday the [31st of March]"),
    ("en", "Tue [31 March 2025]"),
    ("en", "[31 March 2025] (Tuesday)"),
    ("de", "am Dienstag, [31. März 2025]"),
    ("de", "am Dienstag, den [31. März 2025]"),
    ("de", "Di. [31.03.2025]"),
    ("fr", "le mardi [31 mars 2025]"),
    ("fr", "mar. [31 mars 2025]"),
    ("es", "el martes [31 de marzo de 2025]"),
    ("es", "martes, [31 de marzo]"),
    ("ru", "во вторник, [31 марта 2025 года]"),
    ("ar", "يوم الثلاثاء [31 مارس 2025]"),
    ("ar", "يوم الثلاثاء الموافق [31 مارس 2025]"),
    ("ar", "الثلاثاء، [31 مارس 2025]"),
    ("ja", "[2025年3月31日]（火）に開催"),
    ("ja", "[2025年3月31日]火曜日に開催"),
    ("ja", "[3月31日]（火・祝）"),
    ("zh", "[2025年3月31日]（星期二）"),
    ("zh", "[2025年3月31日]周二"),
    ("zh-Hant", "[2025年3月31日]（二）"),
    ("zh-Hant", "[2025年3月31日]（週二）"),
    ("ko", "[2025년 3월 31일](화) 오후 2시"),
    ("ko", "[2025년 3월 31일] 화요일에"),
]


@pytest.mark.parametrize(("lang", "marked"), WRONG)
def test_a_weekday_that_is_not_the_dates_day_is_found(lang: str, marked: str):
    found = _found(lang, marked)
    assert [(named, value) for _, named, value in found] == [(TUESDAY, "2025-03-31")]


RIGHT = [
    ("en", "on Monday, [31 March 2025]"),
    ("en", "[31 March 2025] (Mon)"),
    ("de", "Montag, den [31. März 2025]"),
    ("fr", "lundi [31 mars]"),
    ("es", "lunes [31 de marzo]"),
    ("ru", "в понедельник [31 марта]"),
    ("ar", "الاثنين، [31 مارس 2025]"),
    ("ja", "[2025年3月31日]（月）"),
    ("ja", "[2025年3月31日]（月曜日）"),
    ("zh", "[2025年3月31日]（星期一）"),
    ("zh-Hant", "[2025年3月31日]（一）"),
    ("ko", "[2025년 3월 31일](월)"),
    ("ko", "[2025년 3월 31일] 월요일"),
]


@pytest.mark.parametrize(("lang", "marked"), RIGHT)
def test_the_dates_own_weekday_is_no_finding(lang: str, marked: str):
    assert _found(lang, marked) == []


NOT_THE_DATES = [
    # A span of weekdays: the last one is no date's.
    ("en", "The office is open Monday to Friday, [31 March 2025] excepted."),
    ("en", "open Monday through Friday [31 March to 4 April]"),
    ("en", "Monday – Tuesday [31 March 2025]"),
    ("de", "Montag bis Freitag, [31. März 2025]"),
    ("fr", "du lundi au vendredi [31 mars]"),
    ("es", "de lunes a viernes [31 de marzo]"),
    ("es", "lunes y martes [31 de marzo]"),
    ("ru", "с понедельника по пятницу [31 марта]"),
    # A repeated weekday.
    ("en", "every Tuesday [31 March 2025]"),
    ("de", "jeden Dienstag [31. März]"),
    ("fr", "chaque mardi [31 mars]"),
    ("es", "todos los martes [31 de marzo]"),
    ("ru", "каждый вторник [31 марта]"),
    ("ar", "كل ثلاثاء [31 مارس]"),
    # A weekday of another date in the sentence, parted from this one.
    ("en", "The vote moved from Tuesday to [31 March 2025]."),
    ("en", "It met on Tuesday. [31 March 2025] was the deadline."),
    ("en", "Tuesday's session and [31 March 2025]"),
    ("en", "on Tuesday (1 April), a day after [31 March 2025]"),
    ("de", "Am Dienstag wurde der [31. März] genannt."),
    ("ja", "火曜日に発表した[3月31日]の計画"),
    ("zh", "星期二公布[3月31日]的计划"),
    # A name that is also a word, neither capitalised as CLDR writes it nor closed.
    ("es", "el mar [31 de marzo]"),
    ("pl", "spotkanie nie [31 marca]"),
    # Months before a Korean date, whose abbreviated weekdays 월 and 일 end them.
    ("ko", "2월, [3월 31일]"),
    # Plural weekdays are no date's ("Tuesdays").
    ("en", "Tuesdays [31 March 2025]"),
]


@pytest.mark.parametrize(("lang", "marked"), NOT_THE_DATES)
def test_a_weekday_that_is_not_this_dates_is_no_finding(lang: str, marked: str):
    assert _found(lang, marked) == []


def test_only_days_are_compared():
    assert _found("en", "Tuesday [March 2025]", value="2025-03") == []
    assert _found("en", "Tuesday [2025]", value="2025") == []


def test_a_weekday_in_the_dates_own_text_is_read():
    assert _found("en", "[Tuesday 31 March 2025]") == [("Tuesday", TUESDAY, "2025-03-31")]
    assert _found("en", "[Monday 31 March 2025]") == []
    assert _found("ja", "[2025年3月31日（火）]") == [("火", TUESDAY, "2025-03-31")]


def test_a_ranges_weekday_before_it_is_its_first_days_and_after_it_its_last_days():
    assert _found("en", "from Tuesday [31 March to 4 April 2025]",
                  end="2025-04-04") == [("Tuesday", TUESDAY, "2025-03-31")]
    assert _found("en", "Monday [31 March to 4 April 2025]", end="2025-04-04") == []
    # 4 April 2025 is a Friday, not a Thursday (木)
    assert _found("ja", "[3月31日（月）～4月4日]（木）", end="2025-04-04") == [
        ("木", 3, "2025-04-04")]
    assert _found("ja", "[3月31日（月）～4月4日]（金）", end="2025-04-04") == []
    assert _found("en", "[Monday 31 March to Thursday 4 April]", end="2025-04-04") == [
        ("Thursday", 3, "2025-04-04")]


def test_russian_dates_are_written_with_the_accusative():
    # "в среду" (on Wednesday), the form CLDR's nominative "среда" does not list
    assert _found("ru", "в среду [31 марта]") == [("среду", 2, "2025-03-31")]
    assert _found("ru", "в среду [2 апреля]", value="2025-04-02") == []


def test_the_message_says_which_day_the_date_is_and_the_nearest_named_days():
    found = Contradiction(0, "Dienstag", TUESDAY, "2025-03-31", "31. März 2025")
    assert found.message() == (
        "'Dienstag' (Tuesday) is written beside the date '31. März 2025' (2025-03-31), a "
        "Monday; the nearest Tuesdays are 2025-03-25 and 2025-04-01: correct the weekday "
        "or the date, which every language's page would print")


def test_a_date_without_its_year_names_the_year_the_weekday_fits():
    # "Tuesday 31 March" in a release of 2025: 31 March 2026 is a Tuesday.
    found = Contradiction(0, "Tuesday", TUESDAY, "2025-03-31", "31 March", "MMMMd")
    assert "(and 2026-03-31: the year is not written)" in found.message()


def test_dates_inside_other_markup_are_read_with_the_words_around_them():
    date = Span("date", (("value", "2025-03-31"), ("skeleton", "yMMMMd")), ("31 March",))
    content = ("on Tuesday ", Span("strong", (), (date,)), ".")
    assert [(c.written, c.start) for c in in_content(content, "en")] == [("Tuesday", 3)]


def test_an_unknown_language_has_no_names_and_no_finding():
    assert _found("qaa", "Tuesday [31 March 2025]") == []


def test_the_weekday_is_located_in_the_input_nearest_to_its_date():
    source = "Title\n\nTuesday is busy; on Tuesday 31 March 2025 we meet.\n"
    found = Contradiction(20, "Tuesday", TUESDAY, "2025-03-31", "31 March 2025")
    assert locate(source, 3, found) == (3, 21)
    assert locate(source, 1, found) == (3, 21)  # from the segment's first line on
    assert locate("", 3, found) == (3, 0)  # no text to look in: no column


def test_reading_a_segment_leaves_no_garbage_for_the_collector():
    # (A closure that called itself was a cycle per segment with a date, which only the
    # collector freed: commands run it rarely, `toolkit.cli.main`.)
    date = Span("date", (("value", "2025-03-31"), ("skeleton", "yMMMMd")), ("31 March",))
    content = ("on Tuesday ", Span("strong", (), (date,)), ".")
    gc.collect()
    gc.disable()
    try:
        assert len(list(in_content(content, "en"))) == 1
        assert gc.collect() == 0
    finally:
        gc.enable()

"""Thai (th) sources, read as any other language with CLDR's values and a few facts of
their own: Thai offices date in the Buddhist era (พ.ศ. 2565 is 2022), write Thai digits
beside ASCII ones, and put "น." (nalika, o'clock) after an hour written "14.40"."""

from __future__ import annotations

import pytest

from toolkit.normalize import Options, normalize

from .support import found

_WORDS = ("นายกรัฐมนตรีเปิดการประชุมความร่วมมือทางเศรษฐกิจ ณ ทำเนียบรัฐบาล "
          "โดยมีผู้แทนจาก 10 ประเทศเข้าร่วม")


def _text(dateline: str) -> str:
    return f"ข่าวประชาสัมพันธ์\n\nนายกรัฐมนตรีเปิดการประชุม\n\n{dateline}\n\n{_WORDS}\n"


def _page(dateline: str) -> str:
    return ("<!DOCTYPE html><html lang=\"th\"><head><title>นายกรัฐมนตรีเปิดการประชุม</title>"
            "</head><body><main><h1>นายกรัฐมนตรีเปิดการประชุม</h1>"
            f"<p>{dateline}</p><p>{_WORDS}</p></main></body></html>")


def _d(text: str, value: str, skeleton: str = "yMMMMd") -> tuple[str, str, dict[str, str]]:
    return ("date", text, {"value": value, "skeleton": skeleton})


@pytest.mark.parametrize(("text", "expected"), [
    # The Buddhist era's year is the Gregorian one and 543: the value is Gregorian
    # ("24 ธันวาคม 2565" was the number 2565, "2,565" in English)
    ("วันที่ 24 ธันวาคม 2565", [_d("24 ธันวาคม 2565", "2022-12-24")]),
    ("24 ธันวาคม พ.ศ. 2565", [_d("24 ธันวาคม พ.ศ. 2565", "2022-12-24")]),
    ("1 มกราคม พ.ศ.2566 เป็นต้นไป", [_d("1 มกราคม พ.ศ.2566", "2023-01-01")]),
    # ... abbreviated, month and year: "65" is 2565
    ("เมื่อวันที่ 23 ธ.ค. 65 ที่ผ่านมา", [_d("23 ธ.ค. 65", "2022-12-23", "yMMMd")]),
    ("23 ธ.ค. 2565", [_d("23 ธ.ค. 2565", "2022-12-23", "yMMMd")]),
    ("ธันวาคม 2565", [_d("ธันวาคม 2565", "2022-12", "yMMMM")]),
    # ... a Gregorian year, as some offices write for foreign readers, stays as it is
    ("24 ธันวาคม 2022", [_d("24 ธันวาคม 2022", "2022-12-24")]),
    # no day in the month: no date
    ("31 กุมภาพันธ์ 2566", []),
])
def test_buddhist_era_dates_are_gregorian_values(text, expected):
    assert [s for s in found("th", text) if s[0] == "date"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Thai digits are values as ASCII ones are: "๒๔" was value="๒๔", no xs:decimal, and
    # normalize refused its own release
    ("วันที่ ๒๔ ธ.ค. ๖๕", [_d("๒๔ ธ.ค. ๖๕", "2022-12-24", "yMMMd")]),
    ("ผู้แทนจาก ๑๐ ประเทศ", [("number", "๑๐", {"value": "10"})]),
])
def test_thai_digits_are_read_as_ascii_ones(text, expected):
    assert found("th", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "น." (nalika) after the hour: "14.40" was the number 14.4
    ("เวลา 14.40 น.", [("time", "14.40 น.", {"value": "14:40"})]),
    ("เวลา 09.00 - 12.00 น.", [("time", "09.00", {"value": "09:00"}),
                                ("time", "12.00 น.", {"value": "12:00"})]),
    ("เวลา 9.30 นาฬิกา", [("time", "9.30 นาฬิกา", {"value": "09:30"})]),
])
def test_an_hour_before_nalika_is_a_time(text, expected):
    assert found("th", text) == expected


@pytest.mark.parametrize("make", [_text, _page], ids=["text", "page"])
@pytest.mark.parametrize(("dateline", "value"), [
    ("24 ธันวาคม 2565", "2022-12-24"),
    ("วันที่ 24 ธ.ค. 65", "2022-12-24"),
    ("24 ธันวาคม พ.ศ. 2565", "2022-12-24"),
    ("วันที่ ๒๔ ธันวาคม ๒๕๖๕", "2022-12-24"),
])
def test_a_thai_release_is_dated_by_its_buddhist_era_date_line(make, dateline, value):
    path = "copied.txt" if make is _text else "page.html"
    release = normalize(make(dateline).encode(), path, Options(
        source_locale="th", default_publisher="กรมประชาสัมพันธ์")).release
    assert release.lang == "th"
    assert release.meta.published.get("value") == value
    assert release.meta.place is None


@pytest.mark.parametrize(("text", "expected"), [
    # A Buddhist era year alone after "ปี" (year) or the era's mark is a Gregorian year,
    # the word with it: it was the number 2566, "2,566" in English
    ("ภายในปี 2566", [_d("ปี 2566", "2023", "y")]),
    ("ภายในปี ๒๕๖๖", [_d("ปี ๒๕๖๖", "2023", "y")]),
    ("เมื่อ พ.ศ. 2565", [_d("พ.ศ. 2565", "2022", "y")]),
    # ... a fiscal year's runs from October: text, as "年度" is, no number
    ("ปีงบประมาณ 2566", []),
    # ... and a Gregorian year is one as it was
    ("ในปี 2022", [_d("2022", "2022", "y")]),
])
def test_a_buddhist_era_year_alone_is_a_gregorian_year(text, expected):
    assert found("th", text) == expected

"""Vietnamese (vi) sources, read as any other language with a few entries of its own: its
date written as prose writes it ("ngày 24 tháng 12 năm 2022", where CLDR's long date is
"24 tháng 12, 2022"), its hours ("14h40", "14 giờ 40", and "giờ" counting hours as often
as telling the time) and the đồng by its name in prose."""

from __future__ import annotations

import pytest

from toolkit.normalize import Options, normalize

from .support import found

_WORDS = ("Chiều nay, tại trụ sở Bộ Ngoại giao, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội "
          "đàm với Ngoại trưởng Nhật Bản. Hai bên nhất trí tăng cường hợp tác kinh tế.")


def _text(dateline: str) -> str:
    return (f"Thông cáo báo chí\n\nBộ trưởng Ngoại giao hội đàm với Ngoại trưởng Nhật Bản\n\n"
            f"{dateline}\n\n{_WORDS}\n")


def _page(dateline: str) -> str:
    return ("<!DOCTYPE html><html lang=\"vi\"><head><title>Hội đàm</title></head><body><main>"
            "<h1>Bộ trưởng Ngoại giao hội đàm với Ngoại trưởng Nhật Bản</h1>"
            f"<p>{dateline}</p><p>{_WORDS}</p></main></body></html>")


@pytest.mark.parametrize(("dateline", "place"), [
    ("Hà Nội, ngày 24 tháng 12 năm 2022", "Hà Nội"),
    ("Ngày 24 tháng 12 năm 2022", None),
    ("ngày 24/12/2022", None),
    ("24/12/2022", None),
])
@pytest.mark.parametrize("make", [_text, _page], ids=["text", "page"])
def test_a_vietnamese_date_line_is_found(make, dateline, place):
    # "no date line found", exit 2: CLDR writes "24 tháng 12, 2022" and "24/12/22", and
    # the day's word "ngày" before the date was taken for a sentence, not a place
    path = "copied.txt" if make is _text else "page.html"
    release = normalize(make(dateline).encode(), path, Options(
        source_locale="vi", default_publisher="Bộ Ngoại giao")).release
    assert release.lang == "vi"
    assert release.meta.published.get("value") == "2022-12-24"
    assert (release.meta.place.content[0] if release.meta.place else None) == place


@pytest.mark.parametrize(("text", "expected"), [
    # was the duration P12Y24M ("24 months 12 years") and the year 2022
    ("vào ngày 24 tháng 12 năm 2022.", [
        ("date", "24 tháng 12 năm 2022", {"value": "2022-12-24", "skeleton": "yMMMMd"})]),
    ("vào ngày 24/12/2022.", [
        ("date", "24/12/2022", {"value": "2022-12-24", "skeleton": "yMd"})]),
    ("trong tháng 12 năm 2022.", [
        ("date", "tháng 12 năm 2022", {"value": "2022-12", "skeleton": "yMMMM"})]),
    # a length in years or months stays one
    ("kéo dài 12 năm.", [("duration", "12 năm", {"value": "P12Y"})]),
    ("trong 3 tháng.", [("duration", "3 tháng", {"value": "P3M"})]),
])
def test_a_vietnamese_date_as_prose_writes_it(text, expected):
    assert found("vi", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "giờ" counts hours as CLDR's "tiếng" does: these were the times 02:00 and the
    # number 1.5
    ("kéo dài 2 giờ.", [("duration", "2 giờ", {"value": "PT2H"})]),
    ("kéo dài 1,5 giờ.", [("duration", "1,5 giờ", {"value": "PT1H30M"})]),
    # ... and tells the time after "lúc", "vào", "từ", "đến"
    ("lúc 9 giờ sáng.", [("time", "9 giờ", {"value": "09:00"})]),
    # was 14:00 and the number 40
    ("lúc 14 giờ 40.", [("time", "14 giờ 40", {"value": "14:40"})]),
    # were text
    ("lúc 14h40.", [("time", "14h40", {"value": "14:40"})]),
    ("từ 9h00 đến 11h30.", [("time", "9h00", {"value": "09:00"}),
                             ("time", "11h30", {"value": "11:30"})]),
])
def test_a_vietnamese_hour(text, expected):
    assert found("vi", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the number 1.5 trillion, its currency left in the text
    ("gói tín dụng 1.500 tỷ đồng.", [
        ("money", "1.500 tỷ đồng",
         {"value": "1500000000000", "currency": "VND", "notation": "compact"})]),
    # ... after a scale word: a compound's first syllable as often
    ("cùng 3 đồng chí.", [("number", "3", {"value": "3"})]),
    ("với 5 đồng nghiệp.", [("number", "5", {"value": "5"})]),
    ("2,5 triệu USD.", [("money", "2,5 triệu USD",
                         {"value": "2500000", "currency": "USD", "notation": "compact"})]),
])
def test_the_dong_by_its_name_in_prose(text, expected):
    assert found("vi", text) == expected

"""Vietnamese (vi) sources, read as any other language with a few entries of its own: its
date written as prose writes it ("ngày 24 tháng 12 năm 2022", where CLDR's long date is
"24 tháng 12, 2022"), its hours ("14h40", "14 giờ 40", and "giờ" counting hours as often
as telling the time) and the đồng by its name in prose."""

from __future__ import annotations

import pytest

from toolkit.normalize import Options, normalize
from toolkit.normalize.structure import publisher_of

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
    ("lúc 9 giờ sáng.", [("time", "9 giờ sáng", {"value": "09:00"})]),
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


@pytest.mark.parametrize(("text", "expected"), [
    # the part of the day after the hour, as CLDR's "h 'giờ' B": these were 02:00, 08:00,
    # 11:00, 01:00 and 02:30
    ("lúc 2 giờ chiều.", [("time", "2 giờ chiều", {"value": "14:00"})]),
    ("lúc 8 giờ tối.", [("time", "8 giờ tối", {"value": "20:00"})]),
    ("lúc 11 giờ đêm.", [("time", "11 giờ đêm", {"value": "23:00"})]),
    ("lúc 1 giờ trưa.", [("time", "1 giờ trưa", {"value": "13:00"})]),
    ("lúc 2h30 chiều.", [("time", "2h30 chiều", {"value": "14:30"})]),
    # a 24-hour hour stays itself; an early hour before CLDR's morning is the morning's
    ("lúc 14 giờ chiều.", [("time", "14 giờ chiều", {"value": "14:00"})]),
    ("vào 2 giờ sáng mai.", [("time", "2 giờ sáng", {"value": "02:00"})]),
])
def test_a_vietnamese_hour_in_the_part_of_the_day_after_it(text, expected):
    assert found("vi", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "giờ" and two-digit minutes are a clock's: was the duration PT14H and the number 40
    ("Cuộc họp bắt đầu 14 giờ 40.", [("time", "14 giờ 40", {"value": "14:40"})]),
    # ... unless the minutes are counted or the words before say how long
    ("mất 1 giờ 30 phút.", [("duration", "1 giờ 30 phút", {"value": "PT1H30M"})]),
    ("kéo dài 2 giờ 30.", [("duration", "2 giờ 30", {"value": "PT2H30M"})]),
])
def test_an_hour_and_its_minutes_are_a_time(text, expected):
    assert found("vi", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the month and the year after it: was the duration "1 năm"
    ("vào tháng 1 năm sau.", [("date", "tháng 1", {"value": "2023-01", "skeleton": "MMMM"})]),
    ("tháng 12 năm ngoái.", [("date", "tháng 12", {"value": "2021-12", "skeleton": "MMMM"})]),
    # "tuần" (week) is a unit after the month's number: was 6 February; weeks are no
    # duration's unit in any language (xs:duration has none), so the number stays one
    ("6 tháng 2 tuần.", [("duration", "6 tháng", {"value": "P6M"}),
                         ("number", "2", {"value": "2"})]),
    # a day and month with no year stays text, as "le 26/12" and "am 26.12." do
    ("vào ngày 26/12.", []),
])
def test_a_month_its_year_and_its_weeks(text, expected):
    assert found("vi", text) == expected


_BODY = f"{_WORDS}\n\nHai bên cũng trao đổi về tình hình khu vực.\n"
_HEADLINE = "Bộ trưởng Ngoại giao hội đàm với Ngoại trưởng Nhật Bản"


@pytest.mark.parametrize("label", ["Thông cáo báo chí", "Tin báo chí"])
def test_the_release_label_over_the_date_line_is_no_title(label):
    # it was the title, and the headline under the date line a photo's description
    text = f"{label}\n\nHà Nội, ngày 24 tháng 12 năm 2022\n\n{_HEADLINE}\n\n{_BODY}"
    release = normalize(text.encode(), "copied.txt", Options(
        source_locale="vi", default_publisher="Bộ Ngoại giao")).release
    assert release.title.content == (_HEADLINE,)
    assert not release.figures


@pytest.mark.parametrize("body", [
    "Bộ Ngoại giao", "Văn phòng Chính phủ", "Thủ tướng Chính phủ", "Ủy ban Dân tộc",
    "Sở Ngoại vụ Thành phố Hồ Chí Minh", "Tổng cục Thống kê",
    "Đại sứ quán Việt Nam tại Nhật Bản", "Bộ Lao động - Thương binh và Xã hội",
])
def test_a_line_naming_a_vietnamese_body_is_the_publisher(body):
    # normalize found none ("no publisher found", exit 2) without a default publisher
    text = (f"{body}\n\nThông cáo báo chí\n\n{_HEADLINE}\n\n"
            f"Hà Nội, ngày 24 tháng 12 năm 2022\n\n{_BODY}")
    release = normalize(text.encode(), "copied.txt", Options(source_locale="vi")).release
    assert release.meta.publisher.content == (body,)
    assert release.title.content == (_HEADLINE,)


@pytest.mark.parametrize("line", [
    "Bộ trưởng Ngoại giao",  # the minister, a person's office
    "Bộ Y tế khuyến cáo người dân hạn chế ra đường trong những ngày nắng nóng",  # a headline
    "Sở hữu trí tuệ",  # ownership: no capital after the head
])
def test_a_line_opening_with_a_head_is_not_always_a_body(line):
    assert publisher_of(line, "vi") is None

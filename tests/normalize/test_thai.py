"""Thai (th) sources, read as any other language with CLDR's values and a few facts of
their own: Thai offices date in the Buddhist era (พ.ศ. 2565 is 2022), write Thai digits
beside ASCII ones, and put "น." (nalika, o'clock) after an hour written "14.40"."""

from __future__ import annotations

import pytest

from toolkit.model import Release, Segment, Span
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


# A Thai ministry's release as copied: its paragraphs end with no full stop (a space parts
# Thai sentences), as a heading or a photo's description would in other languages.
_MINISTRY = "กระทรวงการต่างประเทศ"
_TITLE = "ไทยและญี่ปุ่นลงนามความตกลงความร่วมมือด้านเศรษฐกิจ"
_PARAGRAPHS = (
    "เมื่อวันที่ 23 ธันวาคม 2565 รัฐมนตรีว่าการกระทรวงการต่างประเทศได้ลงนามความตกลง"
    "ความร่วมมือด้านเศรษฐกิจกับญี่ปุ่น ณ กรุงโตเกียว ความตกลงนี้จะช่วยส่งเสริมการค้า",
    "\"ความตกลงนี้เป็นก้าวสำคัญของความสัมพันธ์ระหว่างไทยและญี่ปุ่น\" รัฐมนตรีกล่าว",
    "การค้าระหว่างสองประเทศคาดว่าจะเพิ่มขึ้นในปีหน้า",
)
_THAI_OPTIONS = Options(source_locale="th", default_publisher="กรมประชาสัมพันธ์")


def _kinds(release: Release) -> list[str]:
    return [getattr(block, "name", "list") for block in release.body]


@pytest.mark.parametrize(("header", "between"), [
    ([_MINISTRY, _TITLE], True),    # the ministry, the title, the date line
    ([_MINISTRY], False),           # the ministry, the date line, the title under it
    ([_TITLE], True),               # the title, the date line, the ministry under it
])
@pytest.mark.parametrize("blank", ["\n\n", "\n"], ids=["blank-lines", "a-line-each"])
def test_a_copied_thai_release_is_read_as_its_page_is(header, between, blank):
    # Every paragraph was a photo's description (no full stop: a short line "without
    # one"), the quotation a heading, and the ministry above the date line the title
    lines = [*header, "วันที่ 24 ธันวาคม 2565"]
    lines += [] if between else [_TITLE]
    lines += [] if _MINISTRY in header else [_MINISTRY]
    text = blank.join([*lines, *_PARAGRAPHS]) + "\n"
    page = ("<!DOCTYPE html><html lang=\"th\"><head><title>t</title></head><body><main>"
            f"<p>{_MINISTRY}</p><h1>{_TITLE}</h1><p>วันที่ 24 ธันวาคม 2565</p>"
            + "".join(f"<p>{p}</p>" for p in _PARAGRAPHS) + "</main></body></html>")
    copied = normalize(text.encode(), "copied.txt", _THAI_OPTIONS).release
    read = normalize(page.encode(), "page.html", _THAI_OPTIONS).release
    assert copied.title is not None and copied.title.text == _TITLE
    assert copied.meta.publisher.text == _MINISTRY
    assert copied.figures == ()
    assert _kinds(copied) == _kinds(read) == ["p", "p", "p"]
    assert [block.text for block in copied.body] == list(_PARAGRAPHS)


def test_a_short_english_line_without_a_full_stop_is_still_a_heading():
    # (the missing stop is a heading's sign in a script that writes stops)
    text = ("Ministers meet in Bangkok\n\n24 December 2022\n\nThe ministers met today.\n\n"
            "Background\n\nThe talks began in 2019.\n")
    release = normalize(text.encode(), "copied.txt", Options(lang="en", publisher="MFA")).release
    assert _kinds(release) == ["p", "heading", "p"]


@pytest.mark.parametrize(("text", "expected"), [
    # The scale runs straight into the currency's name: "1,500 ล้านบาท" was the number
    # 1,500 and "ล้านบาท" text; the scale is kept as other languages' amounts keep it
    ("งบประมาณ 1,500 ล้านบาท สำหรับ", [("money", "1,500 ล้านบาท", {
        "value": "1500000000", "currency": "THB", "notation": "compact"})]),
    ("วงเงิน 2.5 พันล้านบาท", [("money", "2.5 พันล้านบาท", {
        "value": "2500000000", "currency": "THB", "notation": "compact"})]),
    ("ผู้เข้าร่วม 50,000 บาท ต่อคน", [("money", "50,000 บาท",
                                      {"value": "50000", "currency": "THB"})]),
    # ... and before any word: "1.2 ล้านคน" is 1.2 million people
    ("ประชากร 1.2 ล้านคน", [("number", "1.2 ล้าน",
                            {"value": "1200000", "notation": "compact"})]),
    # "ร้อยละ 15" (per cent) before the number, written against the word before it
    ("การค้าเพิ่มขึ้นร้อยละ 15 ในปีนี้", [("number", "ร้อยละ 15",
                                          {"value": "15", "style": "percent"})]),
    ("ร้อยละ 2.5", [("number", "ร้อยละ 2.5", {"value": "2.5", "style": "percent"})]),
    # "โทร." (Tel.): no number in a telephone's ("2,643" in English)
    ("กองสื่อมวลชน โทร. 0 2643 5000", []),
    ("โทรศัพท์ 0 2643 5000", []),
])
def test_thai_amounts_percentages_and_telephones(text, expected):
    assert found("th", text) == expected


@pytest.mark.parametrize("label", ["โทร.", "โทรศัพท์", "โทรสาร"])
def test_a_thai_telephone_label_links_its_number(label):
    text = (f"{_TITLE}\n\nวันที่ 24 ธันวาคม 2565\n\n{_PARAGRAPHS[0]}\n\n"
            f"ติดต่อสอบถาม กองสื่อมวลชน {label} 0 2643 5000\n")
    release = normalize(text.encode(), "copied.txt", _THAI_OPTIONS).release
    contact = release.body[-1]
    assert isinstance(contact, Segment)
    assert [(s.text, dict(s.attrs).get("href")) for s in contact.content
            if isinstance(s, Span)] == [("0 2643 5000", "tel:026435000")]

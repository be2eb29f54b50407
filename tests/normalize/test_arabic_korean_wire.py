"""Arabic and Korean, round two: wire-style date lines, Levantine month names, header
labels, organisations' legal forms and the words that end a body's name.

Each rule is stated with the smallest text that shows it.
"""

from __future__ import annotations

import pytest

from toolkit.errors import InputError
from toolkit.model import Span
from toolkit.normalize import Options, normalize
from toolkit.normalize.entities import entity_recognizer
from toolkit.normalize.structure import read_dateline

from .support import orgs
from .support import spans as spans_in


def spans(lang: str, text: str, year: int = 2024,
          month: int = 10) -> list[tuple[str, dict[str, str], str]]:
    return spans_in(lang, text, year, month)


# ------------------------------------------------------------------ date lines
def test_the_levant_names_the_months_as_cldr_ar_sy_does():
    line = read_dateline("عمّان، 3 تشرين الأول 2024", 1, ("ar",))
    assert line is not None and line.place == "عمّان"
    assert line.date.get("value") == "2024-10-03"
    assert spans("ar", "منذ حزيران 2023") == [
        ("date", {"value": "2023-06", "skeleton": "yMMMM"}, "حزيران 2023")]


def test_an_arabic_month_alone_is_a_date_after_a_preposition():
    assert spans("ar", "تراجع التضخم في أغسطس") == [
        ("date", {"value": "2024-08", "skeleton": "MMMM"}, "أغسطس")]
    # "next January", written after the month
    assert spans("ar", "تبدأ في كانون الثاني المقبل") == [
        ("date", {"value": "2025-01", "skeleton": "MMMM"}, "كانون الثاني")]
    assert spans("ar", "أغسطس") == []  # a bare month may be a name


def test_a_wire_story_names_its_agency_in_brackets_after_the_date():
    text = ("مصرف قطر المركزي يخفض أسعار الفائدة\n\n"
            "الدوحة في ١٨ سبتمبر ٢٠٢٥ (قنا) - قرر مصرف قطر المركزي اليوم خفض سعر الفائدة.\n"
            "\nوأوضح المصرف في بيان أن الأسعار الجديدة تسري الأحد.\n").encode()
    release = normalize(text, "a.txt", Options()).release
    assert release.meta.published.get("value") == "2025-09-18"
    assert release.meta.publisher.text == "قنا"  # no line names another


def test_a_korean_date_in_square_brackets_opens_the_first_paragraph():
    text = ("(주)한결바이오로직스\n\n한결바이오로직스, 2분기 최대 실적\n\n"
            "[2025.07.24] (주)한결바이오로직스는 2분기 실적을 공시했다.\n").encode()
    release = normalize(text, "k.txt", Options()).release
    assert (release.lang, release.meta.published.get("value")) == ("ko", "2025-07-24")


def test_the_last_dot_of_a_korean_date_may_be_left_out():
    assert spans("ko", "2025.07.24 발표") == [
        ("date", {"value": "2025-07-24", "skeleton": "yMd"}, "2025.07.24")]


def test_korean_header_labels_may_be_spaced_and_a_label_without_date_is_no_title():
    line = read_dateline("배포 일시: 2024. 7. 9.(화) 10:00", 1, ("ko",))
    assert line is not None and line.place is None and line.date.get("value") == "2024-07-09"
    text = ("기상청 보도자료\n보도 시점: 배포 즉시\n배포 일시: 2024. 7. 9.(화) 10:00\n\n"
            "중부지방 강한 장맛비\n기상청\n\n비가 내리겠다.\n").encode()
    release = normalize(text, "k.txt", Options()).release
    assert release.meta.publisher.text == "기상청"
    assert release.title.text == "중부지방 강한 장맛비"
    assert all(block.text != "기상청" for block in release.body)


def test_an_arabic_section_name_above_the_title_is_navigation():
    text = ("الأخبار الاقتصادية\nمصرف قطر المركزي يخفض أسعار الفائدة\n\n"
            "الدوحة في ١٨ سبتمبر ٢٠٢٥ (قنا) - قرر المصرف خفض سعر الفائدة.\n").encode()
    release = normalize(text, "a.txt", Options()).release
    assert release.title.text == "مصرف قطر المركزي يخفض أسعار الفائدة"


# ------------------------------------------------------------------ organisations
def test_an_arabic_company_takes_its_legal_form():
    assert orgs("ar", "أعلنت شركة البتراء للاتصالات م.ع.م عن خطة") == [
        "شركة البتراء للاتصالات م.ع.م"]
    assert orgs("ar", "عقد مع شركة نورديك نتوركس المحدودة.") == ["شركة نورديك نتوركس المحدودة"]


def test_a_head_before_a_preposition_or_after_a_count_is_a_common_noun():
    # "500 companies during the first round", "a company in the field of energy"
    assert orgs("ar", "شاركت 500 شركة خلال الدورة الأولى") == []
    assert orgs("ar", "تعمل شركة في مجال الطاقة") == []
    assert orgs("ar", "أكثر من ٥٠٠ شركة ناشئة") == []
    assert orgs("ar", "عقد مجلس إدارتها اجتماعه") == []  # its board: a pronoun, no name


def test_a_company_name_of_two_words_runs_to_the_nisba_that_ends_it():
    assert orgs("ar", "أعلنت شركة بترول أبوظبي الوطنية عن") == ["شركة بترول أبوظبي الوطنية"]
    assert orgs("ar", "مع شركة موانئ دبي العالمية") == ["شركة موانئ دبي العالمية"]
    # a sentence's object after the name is none of it
    assert orgs("ar", "وقعت شركة أرامكو اتفاقية الشراكة الاستراتيجية") == ["شركة أرامكو"]
    assert orgs("ar", "أعلنت شركة أدنوك نتائجها الدولية") == ["شركة أدنوك"]


def test_a_company_name_in_quotes_is_the_companys():
    assert orgs("ar", "أعلنت شركة «نون» للتجارة الإلكترونية") == [
        "شركة «نون» للتجارة الإلكترونية"]
    assert orgs("ar", 'أعلنت شركة "نون" عن') == ['شركة "نون"']


def test_the_day_and_what_was_issued_are_no_part_of_a_body_name():
    assert orgs("ar", "قرر مصرف قطر المركزي اليوم الخميس خفض") == ["مصرف قطر المركزي"]
    assert orgs("ar", "قرار مجلس الاحتياطي الفيدرالي الأمريكي الصادر مساء") == [
        "مجلس الاحتياطي الفيدرالي الأمريكي"]


# ------------------------------------------------------------------ people
def _people(text: str) -> list[str]:
    return [m.parts[0].text for m in entity_recognizer("ar").candidates(text, 0)
            if isinstance(m.parts[0], Span) and m.parts[0].name == "person"]


@pytest.mark.parametrize(("text", "people"), [
    # the Gulf's honorifics, chained, are the span's; the name runs over its "بن" links
    # to the family's "آل" or nisba, and stops at the comma before the title
    ("قال معالي الشيخ عبدالله بن زايد آل نهيان، وزير الخارجية",
     ["معالي الشيخ عبدالله بن زايد آل نهيان"]),
    ("صاحب السمو الشيخ محمد بن راشد آل مكتوم", ["صاحب السمو الشيخ محمد بن راشد آل مكتوم"]),
    ("استقبل الشيخ محمد بن راشد الوفد", ["الشيخ محمد بن راشد"]),
    ("وقال سعادة السيد ناصر بن علي الكواري، محافظ المصرف", ["سعادة السيد ناصر بن علي الكواري"]),
    ("وأوضح سعادة أحمد راشد الفلاسي، وكيل الوزارة", ["سعادة أحمد راشد الفلاسي"]),
    ("أعلنت الدكتورة منى عبد الحميد الشافعي، وزيرة التخطيط",
     ["الدكتورة منى عبد الحميد الشافعي"]),
    ("لمعالي الشيخ عبدالله بن زايد", ["معالي الشيخ عبدالله بن زايد"]),  # "ل" joined
    # two words without a link or nisba only where the clause closes them
    ("سعادة محمد أحمد", ["سعادة محمد أحمد"]), ("سعادة محمد أحمد، وكيل", ["سعادة محمد أحمد"]),
    ("استقبل الشيخ محمد وفداً من الوزارة", []),
    # a title or a common word after the honorific is no person
    ("وقال معالي الوزير إن", []), ("التقى سعادة السفير", []), ("سمو ولي العهد", []),
    ("معالي وزير الاقتصاد", []), ("سعادة في الاجتماع", []),
])
def test_an_arabic_person_follows_the_honorifics(text, people):
    assert _people(text) == people


# ------------------------------------------------------------------ pages
def test_a_korean_board_view_table_gives_the_title_date_and_text():
    page = (
        "<html lang='ko'><body><h1><img src='l.png' alt='대전광역시'></h1><div id='contents'>"
        "<table><tbody>"
        "<tr><th>제목</th><td colspan='3'>대전시, 생활임금 결정</td></tr>"
        "<tr><th>담당부서</th><td>일자리경제과</td><th>작성일</th><td>2024-10-07</td></tr>"
        "<tr><th>조회수</th><td>1523</td></tr>"
        "<tr><td colspan='4'><p>대전광역시는 7일 생활임금위원회를 열고 생활임금을 결정했다고 "
        "밝혔다.</p><p>적용 대상은 시 본청과 사업소 소속 노동자 등이다.</p></td></tr>"
        "</tbody></table></div></body></html>").encode()
    release = normalize(page, "p.html", Options(publisher="대전광역시")).release
    assert release.title.text == "대전시, 생활임금 결정"
    assert release.meta.published.get("value") == "2024-10-07"
    texts = [block.text for block in release.body]
    assert texts[0].startswith("대전광역시는 7일") and len(texts) == 2  # no field rows


# ------------------------------------------------------------------ values
def test_an_arabic_accusative_unit_is_written_with_its_tanween_either_side_of_the_alif():
    for text in ("خلال 18 شهراً", "خلال 18 شهرًا", "خلال 18 شهرا"):
        assert spans("ar", text) == [("duration", {"value": "P18M"}, text[5:])]


def test_arabic_counts_three_to_ten_in_words_before_a_unit():
    assert spans("ar", "لمدة سبع سنوات") == [("duration", {"value": "P7Y"}, "سبع سنوات")]
    assert spans("ar", "ثلاثة أشهر") == [("duration", {"value": "P3M"}, "ثلاثة أشهر")]


def test_arabic_percent_words_trillions_and_the_afternoon():
    assert spans("ar", "95 في المئة من السكان") == [
        ("number", {"value": "95", "style": "percent"}, "95 في المئة")]
    assert spans("ar", "١٫١ تريليون") == [
        ("number", {"value": "1100000000000", "notation": "compact"}, "١٫١ تريليون")]
    assert spans("ar", "الساعة ٢:٣٠ بعد الظهر") == [("time", {"value": "14:30"}, "٢:٣٠ بعد الظهر")]


def test_a_phone_number_with_the_international_prefix_00_is_no_number():
    assert spans("ar", "هاتف: 00962 6 000 0000") == []


def test_a_korean_day_alone_before_its_hour_or_reporting_verb_is_in_the_date_lines_month():
    assert spans("ko", "10일 새벽 3시부터", 2024, 7) == [
        ("date", {"value": "2024-07-10", "skeleton": "d"}, "10일"),
        ("time", {"value": "03:00"}, "새벽 3시")]
    assert spans("ko", "24일 공시했다", 2025, 7) == [
        ("date", {"value": "2025-07-24", "skeleton": "d"}, "24일")]
    assert spans("ko", "평년보다 5일 늦게", 2024, 7) == [("number", {"value": "5"}, "5")]


def test_korean_noon_and_the_periods_of_the_day():
    assert spans("ko", "정오 사이에") == [("time", {"value": "12:00"}, "정오")]
    assert spans("ko", "저녁 7시") == [("time", {"value": "19:00"}, "저녁 7시")]


def test_a_korean_quarter_plant_and_percentage_points_are_no_values():
    assert spans("ko", "2분기 매출") == []  # the second quarter, not two minutes
    assert spans("ko", "송도 제4공장의") == []  # Plant 4
    assert spans("ko", "(+4.7%포인트)") == []  # percentage points, no percent


def test_a_boards_print_share_previous_next_attachments_spacers_and_rating_are_the_sites():
    page = (
        "<html lang='ko'><body><div class='bbs_view'><h1>국토부, 설 연휴 교통량 분석</h1>"
        "<p>2025. 2. 3.</p><div class='view_cont'><p>국토교통부는 3일 설 연휴 교통량을 "
        "분석했다고 밝혔다.</p><div>&#8203;</div><div class='file_box'><strong>붙임</strong>"
        "<a href='a.hwpx'>분석 결과.hwpx</a></div></div>"
        "<div class='view_util'><a href='#'>인쇄</a><a href='#'>공유하기</a></div>"
        "<div class='view_nav'><dl><dt>이전글</dt><dd><a href='/p'>2월 동향</a></dd></dl></div>"
        "<div class='rating'><span>만족도</span> <span>★★★★★</span></div>"
        "</div></body></html>").encode()
    release = normalize(page, "p.html", Options(publisher="국토교통부")).release
    assert [block.text for block in release.body] == [
        "국토교통부는 3일 설 연휴 교통량을 분석했다고 밝혔다."]


def test_an_arabic_dual_is_two_of_its_unit():
    assert spans("ar", "لمدة يومين") == [("duration", {"value": "P2D"}, "يومين")]
    assert spans("ar", "استمر ساعتين") == [("duration", {"value": "PT2H"}, "ساعتين")]
    assert spans("ar", "وخلال عامين") == [("duration", {"value": "P2Y"}, "عامين")]


def test_an_agency_between_slashes_names_the_publisher_and_its_closing_mark_ends_the_story():
    # WAM, SPA and BNA write their name between slashes after the date line's date and
    # again alone on the story's last line: the publisher, and an end mark, not a paragraph
    text = ("دائرة الثقافة تطلق الدورة الرابعة عشرة من مهرجان الكتاب\n\n"
            "أبوظبي في 3 مارس 2025 /وام/ أعلنت دائرة الثقافة اليوم عن إطلاق المهرجان.\n\n"
            "وقال رئيس الدائرة إن المهرجان يستقبل الزوار طوال الأسبوع.\n\n"
            "/ وام /\n").encode()
    release = normalize(text, "a.txt", Options()).release
    assert release.meta.published.get("value") == "2025-03-03"
    assert release.meta.publisher.text == "وام"
    assert [block.text for block in release.body] == [
        "أعلنت دائرة الثقافة اليوم عن إطلاق المهرجان.",
        "وقال رئيس الدائرة إن المهرجان يستقبل الزوار طوال الأسبوع."]


def test_an_arabic_dateline_before_a_colon_dates_the_release_and_leaves_the_paragraph():
    # A Gulf press office's opening: place, Gregorian date, its Hijri one, a colon
    text = ("وزارة الاقتصاد\n\nالوزارة تطلق برنامجاً للشركات الناشئة\n\n"
            "دبي، 3 مارس 2025 الموافق 3 رمضان 1446هـ: أعلنت الوزارة اليوم عن البرنامج.\n\n"
            "وقال الوزير: إن البرنامج يستقبل الطلبات.\n").encode()
    release = normalize(text, "a.txt", Options()).release
    assert release.meta.published.get("value") == "2025-03-03"
    assert [block.text for block in release.body] == [
        "أعلنت الوزارة اليوم عن البرنامج.", "وقال الوزير: إن البرنامج يستقبل الطلبات."]


def test_an_arabic_dateline_before_a_colon_is_cut_from_a_pages_first_paragraph():
    page = ("<html lang='ar' dir='rtl'><body><article><h1>الوزارة تطلق برنامجاً</h1>"
            "<p>دبي، 3 مارس 2025 الموافق 3 رمضان 1446هـ: أعلنت الوزارة اليوم عن البرنامج.</p>"
            "<p>وقال الوزير إن البرنامج يستقبل الطلبات.</p></article></body></html>").encode()
    release = normalize(page, "p.html", Options(publisher="وزارة الاقتصاد")).release
    assert release.meta.published.get("value") == "2025-03-03"
    assert release.body[0].text == "أعلنت الوزارة اليوم عن البرنامج."


def test_a_colon_after_a_date_in_latin_text_makes_no_dateline():
    # ("Date: ..." is a label, "March 3, 2025: ..." a sentence that opens with a date)
    text = b"Acme opens a plant\n\nMarch 3, 2025: Acme opened its new plant in Ohio.\n"
    with pytest.raises(InputError, match="no date line found"):
        normalize(text, "a.txt", Options(publisher="Acme"))


def test_a_latin_wire_between_slashes_is_the_distributor_not_the_publisher():
    text = (b"Halvard wins ferry order\n\nBERGEN, Norway, June 10, 2025 /GlobeWire/ -- "
            b"Halvard Marine ASA today won an order for two electric ferries.\n")
    with pytest.raises(InputError, match="no publisher found"):
        normalize(text, "a.txt", Options())

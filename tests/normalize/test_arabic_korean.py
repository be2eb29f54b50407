"""Arabic and Korean source text: date lines, values and organisations.

Each rule is stated with the smallest text that shows it; the language comes from the
script (Arabic, Hangul), never from another language's rules.
"""

from __future__ import annotations

import pytest

from toolkit.model import Span
from toolkit.normalize import Options, normalize
from toolkit.normalize.entities import entity_recognizer
from toolkit.normalize.locale_patterns import names
from toolkit.normalize.structure import (
    copyright_owner,
    is_footer,
    language_candidates,
    read_dateline,
)

from .support import orgs
from .support import spans as spans_in


def spans(lang: str, text: str, year: int = 2024,
          month: int = 3) -> list[tuple[str, dict[str, str], str]]:
    return spans_in(lang, text, year, month)


# ------------------------------------------------------------------ the language
def test_the_script_names_the_language_and_no_other_is_tried():
    assert language_candidates("القاهرة في ١٢ مارس ٢٠٢٤", None) == ("ar",)
    assert language_candidates("2025년 4월 22일", None) == ("ko",)
    # a Han word in Korean prose ("美") does not make it Chinese
    assert language_candidates("누리에너지, 美 조지아주", None) == ("ko",)


def test_a_release_in_either_language_is_read_without_options():
    arabic = ("وزارة البيئة والمياه والزراعة\n\nإطلاق برنامج وطني\nالرياض 26 نوفمبر 2024 م\n\n"
              "أطلقت الوزارة اليوم برنامجاً وطنياً.\n").encode()
    release = normalize(arabic, "a.txt", Options()).release
    assert (release.lang, release.meta.published.get("value")) == ("ar", "2024-11-26")
    assert release.meta.publisher.text == "وزارة البيئة والمياه والزراعة"
    korean = ("주식회사 누리에너지\n\n누리에너지, 공장 착공\n2025년 4월 22일\n\n"
              "공장을 열었다.\n").encode()
    release = normalize(korean, "k.txt", Options()).release
    assert (release.lang, release.meta.published.get("value")) == ("ko", "2025-04-22")
    assert release.meta.publisher.text == "주식회사 누리에너지"


# ------------------------------------------------------------------ date lines
def test_an_arabic_place_has_no_capitals_and_may_take_fi_before_the_date():
    line = read_dateline("القاهرة في ١٢ مارس ٢٠٢٤", 1, ("ar",))
    assert line is not None and line.place == "القاهرة"
    assert (line.date.get("value"), line.date.text) == ("2024-03-12", "١٢ مارس ٢٠٢٤")


def test_the_gregorian_date_beside_a_hijri_one_is_the_date():
    line = read_dateline("الرياض 24 جمادى الأولى 1446 هـ الموافق 26 نوفمبر 2024 م", 1, ("ar",))
    assert line is not None
    assert (line.place, line.date.get("value")) == ("الرياض", "2024-11-26")


@pytest.mark.parametrize(("text", "written"), [
    ("أبوظبي، 10 رجب 1446 هـ - 10 يناير 2025", "10 يناير 2025"),  # a dash for "الموافق"
    ("أبوظبي 10 رجب 1446 هـ، 10 يناير 2025 م", "10 يناير 2025 م"),  # a comma
    ("أبوظبي، 10 يناير 2025م / 10 رجب 1446هـ", "10 يناير 2025م"),  # the Hijri date second
    ("أبوظبي، 10 يناير 2025م الموافق 10 رجب 1446هـ", "10 يناير 2025م"),
])
def test_the_gregorian_date_is_the_date_whatever_parts_it_from_the_hijri_one(text, written):
    line = read_dateline(text, 1, ("ar",))
    assert line is not None
    # the date as written, with its Gregorian mark "م"
    assert (line.place, line.date.get("value"), line.date.text) == (
        "أبوظبي", "2025-01-10", written)


def test_a_hijri_date_alone_is_no_date_line():
    assert read_dateline("الرياض 15 جمادى الآخرة 1446هـ", 1, ("ar",)) is None


def test_korean_month_names_are_numbers_with_wol():
    assert dict(names("ko").date_patterns)["yMMMMd"] == "y년 M'월' d일"
    line = read_dateline("2025년 4월 22일", 1, ("ko",))
    assert line is not None and line.date.get("skeleton") == "yMMMMd"


def test_a_korean_header_row_gives_the_date_of_its_labelled_cell():
    # the row's tabs are gone once copied text is cleaned: the next label ends the cell
    line = read_dateline("보도시점 2024. 3. 18.(월) 12:00 배포 2024. 3. 17.(일) 10:00", 1, ("ko",))
    assert line is not None and line.date.get("value") == "2024-03-18"


# ------------------------------------------------------------------ values
def test_arabic_indic_digits_are_read_and_kept_as_written():
    assert spans("ar", "بقيمة ٤٫٥ مليار جنيه") == [
        ("money", {"currency": "EGP", "notation": "compact", "value": "4500000000"},
         "٤٫٥ مليار جنيه")]
    assert spans("ar", "بمشاركة ٣٬٥٠٠ من") == [("number", {"value": "3500"}, "٣٬٥٠٠")]
    assert spans("ar", "بلغت ٨٧٪ و") == [("number", {"style": "percent", "value": "87"}, "٨٧٪")]


def test_arabic_separators_between_ascii_digits_are_read_as_between_arabic_indic_ones():
    # Arabic text often writes Western digits with the Arabic separators ("2٫5", "120٬000"):
    # each side was a value of its own, "2٫5 مليون دولار" a number 2 and $5,000,000, and
    # "120٬000" a number 120 and a number 000, which every other locale printed as 0.
    assert spans("ar", "بتكلفة 2٫5 مليون دولار") == [
        ("money", {"currency": "USD", "notation": "compact", "value": "2500000"},
         "2٫5 مليون دولار")]
    assert spans("ar", "ستزود المحطة 120٬000 طالب") == [
        ("number", {"value": "120000"}, "120٬000")]
    assert spans("ar", "بلغت 87٪ و") == [("number", {"style": "percent", "value": "87"}, "87٪")]


@pytest.mark.parametrize(("text", "expected"), [
    ("بلغ عدد الزوار و120,000 زائر", ("number", {"value": "120000"}, "120,000")),
    ("بتكلفة و٢٫٥ مليون دولار", ("money", {"currency": "USD", "notation": "compact",
                                          "value": "2500000"}, "٢٫٥ مليون دولار")),
    ("ارتفعت ب٣٠٪ خلال العام", ("number", {"style": "percent", "value": "30"}, "٣٠٪")),
    ("استعداداً ل2025", ("date", {"skeleton": "y", "value": "2025"}, "2025")),
    ("تضاعف العدد ك5 أيام", ("duration", {"value": "P5D"}, "5 أيام")),
    ("ف٣ أشخاص فقط", ("number", {"value": "3"}, "٣")),
    ("وب٣٠٪ أيضاً", ("number", {"style": "percent", "value": "30"}, "٣٠٪")),  # and by
    ("ارتفعت بـ30٪", ("number", {"style": "percent", "value": "30"}, "30٪")),  # a tatweel
    ("في عام ٢٠٢٤ تم", ("date", {"skeleton": "y", "value": "2024"}, "٢٠٢٤")),  # apart
])
def test_a_value_joined_to_a_one_letter_conjunction_or_preposition_is_read(text, expected):
    # Arabic joins و and ف (and), ب (by, with), ل (for) and ك (as) to the next word,
    # a number too: the value was left as text.
    assert spans("ar", text) == [expected]


def test_the_joined_prefix_stays_text_before_the_value():
    text = ("وزارة الاقتصاد\n\nبرنامج وطني\nالرياض 26 نوفمبر 2024 م\n\n"
            "درّب البرنامج و120,000 طالب بتكلفة ب٣٠٪ أقل.\n").encode()
    [paragraph] = normalize(text, "a.txt", Options()).release.body
    assert [part if isinstance(part, str) else (part.name, part.text)
            for part in paragraph.content] == [
        "درّب البرنامج و", ("number", "120,000"), " طالب بتكلفة ب",
        ("number", "٣٠٪"), " أقل."]


@pytest.mark.parametrize("text", ["بلد5 في", "كل5 أيام", "مول2025 الجديد", "على2025",
                                  "لك٢٠٢٥", "وبل٣٠"])
def test_a_word_that_only_starts_with_those_letters_keeps_its_digits(text):
    # the letters before the digits are a word, not a prefix: "country5", "mall2025"
    assert spans("ar", text) == []


def test_arabic_billions_in_the_plural_after_three_to_ten_are_a_scale():
    # CLDR's compact forms say "3 مليار"; prose says "3 مليارات"
    assert spans("ar", "بقيمة 3 مليارات درهم") == [
        ("money", {"currency": "AED", "notation": "compact", "value": "3000000000"},
         "3 مليارات درهم")]


def test_a_hijri_date_in_the_text_stays_text():
    # its day and year are no numbers: an English page would print "1,446"
    assert spans("ar", "في 15 جمادى الآخرة 1446هـ الموافق 16 ديسمبر 2024م") == [
        ("date", {"skeleton": "yMMMMd", "value": "2024-12-16"}, "16 ديسمبر 2024م")]
    assert spans("ar", "في ١٥ رمضان ١٤٤٦ هـ") == []
    assert spans("ar", "خلال عام 1446 هـ") == []
    assert spans("ar", "تضم 1446 هكتاراً") == [("number", {"value": "1446"}, "1446")]


@pytest.mark.parametrize(("text", "expected"), [
    ("حتى 2025م في المملكة", [("date", {"skeleton": "y", "value": "2025"}, "2025م")]),
    ("خلال عام 2030 م", [("date", {"skeleton": "y", "value": "2030"}, "2030 م")]),
    ("في 16 ديسمبر 2024م", [("date", {"skeleton": "yMMMMd", "value": "2024-12-16"},
                            "16 ديسمبر 2024م")]),
    # a word that only starts with the letter is none
    ("في 2025 مليون", [("number", {"notation": "compact", "value": "2025000000"},
                       "2025 مليون")]),
])
def test_a_year_with_its_gregorian_mark_is_a_date_and_the_mark_its(text, expected):
    # "م" (ميلادي, of the Gregorian calendar) after a year, as "هـ" after a Hijri one:
    # "2025م" was no date, its digits no value at all
    assert spans("ar", text) == expected


def test_a_dollar_sign_in_arabic_text_is_money_in_us_dollars_and_says_so():
    from toolkit.normalize.values import Context, recognizer
    assert spans("ar", "دفعت الشركة $5 للسهم") == [
        ("money", {"currency": "USD", "value": "5"}, "$5")]
    assert spans("ar", "بقيمة $2.5 مليار") == [
        ("money", {"currency": "USD", "notation": "compact", "value": "2500000000"},
         "$2.5 مليار")]
    [match] = [m for m in recognizer("ar").find("دفعت $5 للسهم", Context()) if m.parts]
    assert [n.what for n in match.notes] == ["currency"]  # "$" names several currencies


def test_an_arabic_morning_is_written_with_its_tanween_either_side_of_the_alif():
    assert spans("ar", "الساعة 11:00 صباحاً") == [("time", {"value": "11:00"}, "11:00 صباحاً")]


def test_korean_amounts_times_and_spans_are_spaced_in_their_parts():
    assert spans("ko", "1조 2,000억 원을") == [
        ("money", {"currency": "KRW", "notation": "compact", "value": "1200000000000"},
         "1조 2,000억 원")]
    assert spans("ko", "오후 2시 30분 정부서울청사") == [
        ("time", {"value": "14:30"}, "오후 2시 30분")]
    assert spans("ko", "1시간 30분간 진행") == [("duration", {"value": "PT1H30M"}, "1시간 30분간")]
    assert spans("ko", "향후 5년간 투입") == [("duration", {"value": "P5Y"}, "5년간")]


@pytest.mark.parametrize(("text", "value", "written"), [
    ("1조 5천억 원을", "1500000000000", "1조 5천억 원"),
    ("5천억 원을", "500000000000", "5천억 원"),
    ("1억 2천만 원의", "120000000", "1억 2천만 원"),
    ("3백만 원", "3000000", "3백만 원"),
    ("5백억 원", "50000000000", "5백억 원"),
])
def test_korean_thousands_and_hundreds_multiply_the_myriad_they_stand_before(
        text: str, value: str, written: str) -> None:
    # "5천억" is five thousand 억 (500,000,000,000), as Japanese 5千億: never 5,000 and
    # the 억 left as text, the won with it, which made "1조 5천억 원" 1,000,000,005,000.
    assert spans("ko", text) == [
        ("money", {"currency": "KRW", "notation": "compact", "value": value}, written)]


def test_a_korean_thousand_before_no_myriad_is_a_thousand():
    assert spans("ko", "안전요원 2천 명") == [
        ("number", {"notation": "compact", "value": "2000"}, "2천")]
    assert spans("ko", "3만 5천 명") == [
        ("number", {"notation": "compact", "value": "35000"}, "3만 5천")]


def test_a_korean_day_range_with_buteo_and_kkaji_is_one_date_with_an_end():
    # "from the 9th to the 11th": one range, as Japanese から...まで, not the 9th of March
    # and an 11th of the date line's month.
    assert spans("ko", "행사는 3월 9일부터 11일까지 열린다") == [
        ("date", {"value": "2024-03-09", "end": "2024-03-11", "skeleton": "MMMMd"},
         "3월 9일부터 11일까지")]
    assert spans("ko", "2025년 3월 9일부터 11일까지 열린다") == [
        ("date", {"value": "2025-03-09", "end": "2025-03-11", "skeleton": "yMMMMd"},
         "2025년 3월 9일부터 11일까지")]
    assert spans("ko", "3월 9일부터 3월 11일까지") == [
        ("date", {"value": "2024-03-09", "end": "2024-03-11", "skeleton": "MMMMd"},
         "3월 9일부터 3월 11일까지")]
    # "부터" alone opens no range: "from the 9th of March" is one day.
    assert spans("ko", "3월 9일부터 판매한다") == [
        ("date", {"value": "2024-03-09", "skeleton": "MMMMd"}, "3월 9일")]


def test_a_korean_ordinal_is_prefixed_with_je():
    assert spans("ko", "제30회 위원회") == [("number", {"style": "ordinal", "value": "30"},
                                          "제30회")]


# ------------------------------------------------------------------ organisations
def test_an_arabic_body_is_its_head_and_its_definite_words():
    assert orgs("ar", "أعلنت وزارة التخطيط والتنمية الاقتصادية عن") == [
        "وزارة التخطيط والتنمية الاقتصادية"]
    assert orgs("ar", "وأن البنك الأهلي المصري وبنك مصر سيوفران") == [
        "البنك الأهلي المصري", "بنك مصر"]
    # "the company" alone is a common noun; "of" joined to the head is outside
    assert orgs("ar", "تستثمر الشركة بموجبها") == []
    assert orgs("ar", "المكتب الإعلامي لوزارة التخطيط") == ["وزارة التخطيط"]


def test_a_korean_body_by_its_ending_or_its_legal_form():
    assert orgs("ko", "산업통상자원부는 원자력진흥위원회를 열고") == [
        "산업통상자원부", "원자력진흥위원회"]
    assert orgs("ko", "한국수력원자력(주)과 주식회사 누리에너지") == [
        "한국수력원자력(주)", "주식회사 누리에너지"]
    # common nouns that end so: the government, a request, a contact
    assert orgs("ko", "범정부 역량 요청 연락처") == []


def _people(text: str) -> list[str]:
    return [m.parts[0].text for m in entity_recognizer("ko").candidates(text, 0)
            if isinstance(m.parts[0], Span) and m.parts[0].name == "person"]


@pytest.mark.parametrize(("text", "people"), [
    # the head of a body in brackets after it, the title first
    ("해양수산부(장관 최영호)는 설명회를 연다.", ["최영호"]),
    ("산업통상자원부(장관 박준호, 이하 산업부)는", ["박준호"]),
    # a contact's table: the title, the name, the telephone number
    ("과장 김민준 (044-203-5310)", ["김민준"]),
    # the name first, the title and its particle after
    ("최영호 장관은 \"어촌이 살아나야 한다\"고 말했다.", ["최영호"]),
    ("남궁민수 교수는 밝혔다.", ["남궁민수"]),
    # common nouns and linking words where a name would stand, a family name alone,
    # a ministry's short name, a title before words that go on
    ("신임 장관은 말했다.", []), ("한편 장관은 말했다.", []), ("이어 차관은", []),
    ("김 장관은", []), ("국토부 장관은", []), ("한국 대사는", []), ("(위원장 공석)", []),
    ("장관 주재로 열린 회의", []), ("주식 시장은", []),
    # a field before its official's title, two syllables as a name with a one-syllable
    # given name is: "국방" (defence), "경제" (economy), "홍보" (public relations)
    ("한미 국방 장관 회담이 열렸다.", []), ("경제 부총리는 말했다.", []),
    ("홍보 과장은 말했다.", []), ("과장 기획 (044-203-5310)", []),
    # a two-syllable family name takes a one-syllable given name still
    ("남궁민 교수는 밝혔다.", ["남궁민"]),
])
def test_a_korean_person_by_the_title_before_or_after_the_name(text, people):
    assert _people(text) == people


def test_arabic_all_rights_reserved_opens_a_copyright_line():
    line = "جميع الحقوق محفوظة © وزارة البيئة والمياه والزراعة 2024"
    assert is_footer(line)
    assert copyright_owner(line) == "وزارة البيئة والمياه والزراعة"


def test_arabic_all_rights_reserved_after_the_owner_is_not_the_owners():
    line = "© 2025 وزارة الطاقة والبنية التحتية. جميع الحقوق محفوظة."
    assert copyright_owner(line) == "وزارة الطاقة والبنية التحتية"

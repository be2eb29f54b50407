"""The layouts of Japanese, German and Spanish releases: date lines, the ministry under
the date, numbered points, navigation and footers in those languages."""

from __future__ import annotations

import pytest
from lxml import etree

from toolkit.model import ListBlock, Segment
from toolkit.normalize import Report
from toolkit.normalize.html_reader import read_html
from toolkit.normalize.structure import (
    is_footer,
    is_navigation,
    language_candidates,
    read_dateline,
    series_of,
)
from toolkit.normalize.text_reader import read_text


@pytest.mark.parametrize(("line", "lang", "value", "text", "place"), [
    ("令和4年12月24日", "ja", "2022-12-24", "令和4年12月24日", None),
    ("Berlin, 24. Dezember 2022", "de", "2022-12-24", "24. Dezember 2022", "Berlin"),
    ("Madrid, 24 de diciembre de 2022", "es", "2022-12-24", "24 de diciembre de 2022",
     "Madrid"),
])
def test_date_lines(line, lang, value, text, place):
    dateline = read_dateline(line, 3, language_candidates(line, None))
    assert dateline is not None
    assert (dateline.lang, dateline.date.get("value"), dateline.date.text, dateline.place) == \
        (lang, value, text, place)


@pytest.mark.parametrize(("line", "lang"), [("15.03.2023 - Pressemitteilung", "de"),
                                             ("2022年12月24日（土）", "ja")])
def test_a_date_line_after_a_numeric_date_or_weekday(line, lang):
    dateline = read_dateline(line, 3, (lang,))
    assert dateline is not None and dateline.place is None


@pytest.mark.parametrize(("line", "lang"), [("24 Aralık 2022 Cumartesi", "tr"),
                                             ("24 Aralık 2022, Cmt", "tr"),
                                             ("2022. december 24., szombat", "hu")])
def test_a_date_line_with_its_weekday_after_the_date(line, lang):
    # CLDR's full date writes the weekday last in these languages ("d MMMM y EEEE")
    dateline = read_dateline(line, 3, (lang,))
    assert dateline is not None and dateline.date.get("value") == "2022-12-24"
    assert dateline.place is None


def test_a_word_after_the_date_that_is_no_weekday_is_no_date_line():
    assert read_dateline("24 Aralık 2022 Toplantısı", 3, ("tr",)) is None


@pytest.mark.parametrize(("text", "lang"), [
    ("15.03.2023\nTitel\n\nDie Bundesregierung ist für die Hilfe dankbar, und das zählt.\n",
     "de"),
    ("2022年12月24日\n会談\n\n林大臣は、会談を行いました。\n", "ja"),
])
def test_a_date_line_of_digits_or_han_does_not_say_the_language(text, lang):
    draft = read_text(text, Report("x.txt"), None, False)
    assert draft.dateline is not None and draft.lang == lang


def test_a_line_with_kana_is_tried_as_japanese_first():
    assert language_candidates("令和4年12月24日", None)[0] == "ja"
    assert language_candidates("2022年12月24日", None)[0] == "zh"


JAPANESE = """\
令和4年12月24日
外務省

日・キルギス外相会談

　本日、林外務大臣は会談を行いました。

1　冒頭、林大臣から歓迎の意を表しました。
2　両外相は協力の強化で一致しました。

（1）経済協力
（2）人的交流

ページの先頭へ戻る
"""


def test_the_ministry_under_the_date_line_is_the_publisher_and_the_title_follows():
    report = Report("x.txt")
    draft = read_text(JAPANESE, report, None, False)
    assert draft.lang == "ja"
    assert draft.dateline is not None and draft.dateline.date.get("value") == "2022-12-24"
    assert draft.publisher == "外務省"
    assert draft.title is not None and draft.title.text == "日・キルギス外相会談"
    first = draft.body[0]
    assert isinstance(first, Segment) and first.text == "本日、林外務大臣は会談を行いました。"
    lists = [b for b in draft.body if isinstance(b, ListBlock)]
    assert [[i.text for i in b.items] for b in lists] == [
        ["冒頭、林大臣から歓迎の意を表しました。", "両外相は協力の強化で一致しました。"],
        ["経済協力", "人的交流"]]
    assert all(b.ordered for b in lists)
    assert ("dropped", "ページの先頭へ戻る") in [(g.what, g.value) for g in report.guesses]


@pytest.mark.parametrize("text", ["Startseite > Newsroom > Pressemitteilungen",
                                  "Inicio > Sala de prensa > Comunicados",
                                  "ホーム > 報道・広報 > 報道発表"])
def test_navigation_in_these_languages_names_the_series(text):
    assert is_navigation(text)
    assert series_of(text) in ("Pressemitteilungen", "Comunicados", "報道発表")


@pytest.mark.parametrize("text", ["Zurück zur Übersicht", "Seitenanfang", "Volver",
                                  "Imprimir", "ページの先頭へ戻る", "このページのトップへ戻る"])
def test_footers_in_these_languages(text):
    assert is_footer(text)


@pytest.mark.parametrize(("sample", "lang"), [
    ("Die Bundesregierung stellt dafür Mittel bereit, und das ist gut für Japan.", "de"),
    ("El Gobierno de España destinará fondos a proyectos de cooperación con Japón.", "es"),
])
def test_the_language_is_guessed_from_common_words(sample, lang):
    report = Report("x.txt")
    draft = read_text(f"Titel\n\n{sample}\n", report, None, True)
    assert draft.lang == lang


PAGE = """<html lang="ja"><head><title>日・ウズベキスタン外相会談｜外務省</title></head>
<body><div id="main"><h1>日・ウズベキスタン外相会談</h1><p>令和5年3月15日</p>
<p>本日、会談を行いました。</p></div>
<footer><p>Copyright &copy; Ministry of Foreign Affairs of Japan</p></footer></body></html>"""


def test_a_japanese_page_is_published_under_its_japanese_name():
    report = Report("x.html")
    root = etree.fromstring(PAGE.encode(), etree.HTMLParser(encoding="utf-8"))
    draft = read_html(root, report, None)
    assert draft.publisher == "外務省"
    assert draft.title is not None and draft.title.text == "日・ウズベキスタン外相会談"
    assert draft.dateline is not None and draft.dateline.date.get("value") == "2023-03-15"


@pytest.mark.parametrize(("text", "subtitle"), [
    # a Korean 보도자료: the header row's date, the ministry, the title and the line set
    # between dashes under it
    ("보도시점\t2025. 3. 3.(월) 14:30\t배포\t2025. 3. 3.(월) 09:00\n\n"
     "해양수산부, 어촌 활력 회복 계획 확정\n- 제14차 위원회에서 계획 확정 -\n\n"
     "□ 해양수산부는 3일 계획을 확정했다고 밝혔다.\n", "- 제14차 위원회에서 계획 확정 -"),
    # a Japanese ministry's, between 全角 dashes
    ("令和7年3月3日\n水産庁\n\n漁村の活性化計画を決定\n―第14回委員会で計画を決定―\n\n"
     "水産庁は3月3日、計画を決定した。\n", "―第14回委員会で計画を決定―"),
])
def test_a_line_between_dashes_under_the_title_is_its_subtitle(text, subtitle):
    # not a list item with a dash left at its end, nor a photo's description
    draft = read_text(text, Report("x.txt"), None, False)
    assert draft.subtitle is not None and draft.subtitle.text == subtitle
    # (the Korean paragraph's "□" mark is its level, no part of its text)
    assert [b.text for b in draft.body if isinstance(b, Segment)] == [
        text.split("\n")[-2].removeprefix("□ ")]
    assert not draft.figures


_KO_RELEASE = ("보도시점\t2025. 3. 3.(월) 14:30\n\n어촌 계획 확정\n\n"
               "□ 정부는 계획을 확정했다.\n\n")


@pytest.mark.parametrize("attachments", [
    "붙임 1. 어촌 활력 회복 계획 1부.  2. 설명회 일정 1부.  끝.\n",
    "붙임 1. 어촌 활력 회복 계획 1부.\n     2. 설명회 일정 1부.  끝.\n",
    "붙임  1. 어촌 활력 회복 계획 1부.\n\n      2. 설명회 일정 1부.\n\n      3. 사진 1부. 끝.\n",
    "붙임 1. 어촌 활력 회복 계획 1부.\n2. 설명회 일정 1부.\n끝.\n",
], ids=["one-line", "two-lines", "blank-separated", "end-mark-alone"])
def test_a_korean_list_of_attachments_that_ends_the_text_is_no_part_of_it(attachments):
    # "끝." (end) closes the document under its attachments, on one line or several: the
    # attachments are files, not text for translators
    report = Report("x.txt")
    draft = read_text(_KO_RELEASE + attachments + "\n홍보담당관실 044-200-5000\n", report,
                      None, False)
    assert [b.text for b in draft.body if isinstance(b, Segment)] == ["정부는 계획을 확정했다."]
    assert not [b for b in draft.body if isinstance(b, ListBlock)]
    assert any(g.what == "dropped" and g.value.startswith("붙임") for g in report.guesses)


def test_numbered_lines_closed_by_an_end_mark_without_attachments_above_stay_text():
    draft = read_text(_KO_RELEASE + "1. 어촌 정비\n2. 주거 개선 끝.\n", Report("x.txt"), None,
                      False)
    items = [b for b in draft.body if isinstance(b, ListBlock)]
    assert len(items) == 1 and len(items[0].items) == 2


@pytest.mark.parametrize("layout", [
    # blank lines between the levels, as a page copies; indented, as an HWP file does
    "□ 정부는 계획을 확정했다.\n\n ○ 어촌 100곳을 정비한다.\n\n   - 항구를 고친다.\n\n"
    "   - 주거를 개선한다.\n\n ○ 예산은 1조 원이다.\n\n□ 설명회는 다음 달 열린다.\n",
    "□ 정부는 계획을 확정했다.\n  ○ 어촌 100곳을 정비한다.\n    - 항구를 고친다.\n"
    "    - 주거를 개선한다.\n  ○ 예산은 1조 원이다.\n\n□ 설명회는 다음 달 열린다.\n",
], ids=["blank-separated", "indented"])
def test_a_korean_releases_levels_are_paragraphs_and_the_points_under_them_a_list(layout):
    # □ and ○ each open a paragraph, their marks dropped; the "-" points under them are
    # a list, which the next □ or ○ closes (as a Korean reader reads the levels)
    draft = read_text("보도시점\t2025. 3. 3.(월) 14:30\n\n어촌 계획 확정\n\n" + layout,
                      Report("x.txt"), None, False)
    assert [(b.name, b.text) if isinstance(b, Segment) else [i.text for i in b.items]
            for b in draft.body] == [
        ("p", "정부는 계획을 확정했다."),
        ("p", "어촌 100곳을 정비한다."),
        ["항구를 고친다.", "주거를 개선한다."],
        ("p", "예산은 1조 원이다."),
        ("p", "설명회는 다음 달 열린다."),
    ]


def test_a_short_korean_circle_line_over_its_points_is_a_paragraph_not_a_heading():
    # short and without a full stop, over a list: its mark says a paragraph
    draft = read_text("보도시점\t2025. 3. 3.(월) 14:30\n\n어촌 계획 확정\n\n"
                      "□ 정부는 계획을 확정했다.\n\n○ 위반 내용은 다음과 같다\n - 폐수 방류\n"
                      " - 운영일지 미작성\n○ 과태료는 다음 달 부과한다.\n",
                      Report("x.txt"), None, False)
    assert [(b.name, b.text) if isinstance(b, Segment) else [i.text for i in b.items]
            for b in draft.body] == [
        ("p", "정부는 계획을 확정했다."), ("p", "위반 내용은 다음과 같다"),
        ["폐수 방류", "운영일지 미작성"], ("p", "과태료는 다음 달 부과한다."),
    ]


def test_circles_and_dashes_of_a_korean_text_without_a_square_mark_no_levels():
    # (the levels start at a document's first □: without one, ○ and - are bullets)
    draft = read_text("보도시점\t2025. 3. 3.(월) 14:30\n\n어촌 계획 확정\n\n"
                      "정부는 계획을 확정했다.\n\n○ 어촌 100곳을 정비한다.\n- 항구를 고친다.\n",
                      Report("x.txt"), None, False)
    assert [b.text if isinstance(b, Segment) else [i.text for i in b.items]
            for b in draft.body] == ["정부는 계획을 확정했다.",
                                     ["어촌 100곳을 정비한다.", "항구를 고친다."]]


def test_dash_items_under_a_korean_paragraph_with_no_item_above_are_a_list():
    draft = read_text("보도시점\t2025. 3. 3.(월) 14:30\n\n어촌 계획 확정\n\n"
                      "□ 위반 내용은 다음과 같다.\n\n - 폐수 방류\n\n - 운영일지 미작성\n",
                      Report("x.txt"), None, False)
    assert [b.text if isinstance(b, Segment) else [i.text for i in b.items]
            for b in draft.body] == ["위반 내용은 다음과 같다.", ["폐수 방류", "운영일지 미작성"]]


_ZH_RELEASE = ("上海市生态环境局发布空气质量报告\n\n2025年3月3日\n\n上海市生态环境局今天发布了"
               "空气质量报告。\n\n{}\n\n咨询请拨打021-12345678。\n")
_KO_LEVELS = ("보도시점\t2025. 3. 3.(월) 14:30\n\n어촌 계획 확정\n\n□ 정부는 계획을 확정했다.\n\n"
              "{}\n\n□ 설명회는 다음 달 열린다.\n")


@pytest.mark.parametrize(("release", "line"), [
    (_ZH_RELEASE, "手机：13812345678"), (_ZH_RELEASE, "联系人：王明"),
    (_ZH_RELEASE, "电话：021-1234 5678"), (_ZH_RELEASE, "联系电话：021-12345678"),
    (_ZH_RELEASE, "传真：021 1234 5678"), (_ZH_RELEASE, "邮箱：wangming@sthj.example"),
    (_ZH_RELEASE, "聯絡人：陳大文"),
    (_KO_LEVELS, "담당자: 주무관 윤서연"), (_KO_LEVELS, "연락처：044-200-5610"),
    (_KO_LEVELS, "전화: 044-200-5610"),
])
def test_a_chinese_or_korean_contact_line_alone_is_a_paragraph_not_a_heading(release, line):
    # Short, without a full stop, between blank lines: as "Tel: ..." and "Media contact:
    # Jane Roe", the label against its colon says a contact's line, no heading
    draft = read_text(release.format(line), Report("x.txt"), None, False)
    contact = next(b for b in draft.body if isinstance(b, Segment) and b.text == line)
    assert contact.name == "p"


def test_a_short_han_line_without_a_contact_label_is_still_a_heading():
    draft = read_text(_ZH_RELEASE.format("空气质量情况"), Report("x.txt"), None, False)
    assert [(b.name, b.text) for b in draft.body if isinstance(b, Segment)][1] == \
        ("heading", "空气质量情况")


_EN_RELEASE = ("Springfield Library Opens New Branch\nMarch 3, 2026\n\nThe branch opens on "
               "weekdays.\n\n{}\n\nThe branch opens in May.\n")


@pytest.mark.parametrize("line", [
    "Media: Jane Roe, (02) 9374 4000, jane@council.example",
    "Investors: John Doe, +1 555 010 2030",
    "Media: Jane Roe, Head of Communications, jane@council.example",
    "UK: Jane Roe; 020 7946 0000",
])
def test_a_contact_groups_label_opening_its_contacts_line_is_that_contacts_paragraph(line):
    # as "Media contact: Jane Roe, ..." is: the label opens the paragraph
    draft = read_text(_EN_RELEASE.format(line), Report("x.txt"), None, False)
    assert [(b.name, b.text) for b in draft.body if isinstance(b, Segment)][1] == ("p", line)


@pytest.mark.parametrize("line", ["Season: Spring, 2025-2026", "Update: New Opening Hours"])
def test_a_short_line_with_a_label_but_no_contact_is_still_a_heading(line):
    draft = read_text(_EN_RELEASE.format(line), Report("x.txt"), None, False)
    assert [(b.name, b.text) for b in draft.body if isinstance(b, Segment)][1] == \
        ("heading", line)


def test_two_lines_between_dashes_under_the_title_are_one_subtitle():
    draft = read_text("보도시점\t2025. 3. 3.(월) 14:30\n\n어촌 계획 확정\n- 제14차 위원회 -\n"
                      "- 2029년까지 1조 원 투입 -\n\n□ 정부는 계획을 확정했다.\n",
                      Report("x.txt"), None, False)
    assert draft.subtitle is not None
    assert draft.subtitle.text == "- 제14차 위원회 - - 2029년까지 1조 원 투입 -"


UKRAINIAN = """\
Уряд виділив кошти на цифровізацію громад

{dateline}

Кабінет Міністрів ухвалив рішення про виділення коштів на цифровізацію громад.

Міністр зазначив, що програма триватиме і наступного року.
"""


@pytest.mark.parametrize(("dateline", "value", "text"), [
    ("24 грудня 2022, 14:40", "2022-12-24", "24 грудня 2022"),
    ("Київ, 24 листопада 2022", "2022-11-24", "24 листопада 2022"),
    ("24.12.2022", "2022-12-24", "24.12.2022"),
    ("24 грудня 2022 року", "2022-12-24", "24 грудня 2022 року"),
    ("Київ, 24 грудня 2022 року", "2022-12-24", "24 грудня 2022 року"),
])
def test_a_ukrainian_text_is_not_taken_for_russian(dateline, value, text):
    # Ukrainian writes і ї є ґ, which Russian never does, and its month names are its
    # own: Cyrillic alone does not make a text Russian.
    draft = read_text(UKRAINIAN.format(dateline=dateline), Report("x.txt"), None, False)
    assert draft.lang == "uk"
    assert draft.dateline is not None
    assert (draft.dateline.date.get("value"), draft.dateline.date.text) == (value, text)


def test_a_russian_text_quoting_a_ukrainian_name_is_still_russian():
    text = ("Министр провёл встречу\n\n24 декабря 2022 года\n\nВ Києві министр обсудил "
            "вопросы сотрудничества и подписал соглашение, которое вступит в силу.\n")
    draft = read_text(text, Report("x.txt"), None, False)
    assert draft.lang == "ru"


def test_a_cyrillic_date_line_is_tried_as_russian_then_ukrainian():
    assert language_candidates("24 грудня 2022", None)[:2] == ("ru", "uk")
    assert language_candidates("Київ, 24 грудня 2022", None)[0] == "uk"


GREEK = """\
Συνάντηση του Υπουργού Εξωτερικών με τον Πρέσβη της Ιαπωνίας

{dateline}

Ο Υπουργός Εξωτερικών κ. Νίκος Δένδιας συναντήθηκε σήμερα με τον Πρέσβη της Ιαπωνίας.
"""


@pytest.mark.parametrize(("dateline", "value", "place"), [
    ("Αθήνα, 24 Δεκεμβρίου 2022", "2022-12-24", "Αθήνα"),
    ("24/12/2022", "2022-12-24", None),
])
def test_greek_text_is_known_by_its_script(dateline, value, place):
    # As Cyrillic or Hangul is: no `lang` and no source locale needed to read it as Greek.
    draft = read_text(GREEK.format(dateline=dateline), Report("x.txt"), None, False)
    assert draft.lang == "el"
    assert draft.dateline is not None and draft.dateline.date.get("value") == value
    assert draft.dateline.place == place


def test_a_greek_date_line_is_tried_as_greek_first():
    assert language_candidates("Αθήνα, 24 Δεκεμβρίου 2022", None)[0] == "el"


def test_a_greek_letter_as_a_symbol_in_english_prose_names_no_greek():
    text = ("Trial results announced\n\n24 December 2022\n\nThe company said the TNF-α "
            "inhibitor lowered the ΔT by 5 μg in the trial, and the results were clear.\n")
    draft = read_text(text, Report("x.txt"), None, False)
    assert draft.lang == "en"
    assert language_candidates("TNF-α, 24 December 2022", None)[0] == "en"


HEBREW = """\
משרד החוץ
{dateline}

השר כהן נפגש עם שר החוץ של יפן

השר אלי כהן נפגש היום עם שר החוץ של יפן בירושלים.
"""


@pytest.mark.parametrize(("dateline", "value", "place"), [
    ("ירושלים, 24 בדצמבר 2022", "2022-12-24", "ירושלים"),
    ("24.12.2022", "2022-12-24", None),
])
def test_hebrew_text_is_known_by_its_script(dateline, value, place):
    # Without `lang` or a source locale a Hebrew text found no date line: its letters
    # named no language, so the line was tried in the Latin and Cyrillic ones alone.
    draft = read_text(HEBREW.format(dateline=dateline), Report("x.txt"), None, False)
    assert draft.lang == "he"
    assert draft.dateline is not None and draft.dateline.date.get("value") == value
    assert draft.dateline.place == place
    assert language_candidates("ירושלים, 24 בדצמבר 2022", None)[0] == "he"


def test_yiddish_double_letters_name_no_hebrew():
    # Yiddish writes Hebrew's letters and its own "װ", "ײ": no rules read it, and Hebrew's
    # month names are not its ("דעצעמבער"), so it is left to `--lang`.
    text = ("ייִדיש צייטונג\n\n24.12.2022\n\nדער מיניסטער האָט זיך געטראָפֿן מיט\n"
            "דעם אַמבאַסאַדאָר פֿון יאַפּאַן אין װאַרשע, און זײ האָבן גערעדט.\n")
    draft = read_text(text, Report("x.txt"), None, False)
    assert draft.lang != "he" and draft.lang_assumed
    assert language_candidates("װאַרשע, 24.12.2022", None)[0] != "he"


@pytest.mark.parametrize(("line", "lang", "text", "place"), [
    ("Budapest, 2022. december 24.", "hu", "2022. december 24.", "Budapest"),
    ("2022. 12. 24.", "hu", "2022. 12. 24.", None),
    ("Praha, 24. prosince 2022", "cs", "24. prosince 2022", "Praha"),
    ("24. 12. 2022", "cs", "24. 12. 2022", None),
    ("București, 24 decembrie 2022", "ro", "24 decembrie 2022", "București"),
    ("24.12.2022", "ro", "24.12.2022", None),
])
def test_a_date_line_in_a_named_language_is_read_by_its_cldr_forms(line, lang, text, place):
    # No table of these languages' own: CLDR's month names and patterns (year first in
    # Hungarian, the genitive month in Czech) are the date line's forms.
    dateline = read_dateline(line, 3, language_candidates(line, lang))
    assert dateline is not None
    assert (dateline.lang, dateline.date.get("value"), dateline.date.text, dateline.place) \
        == (lang, "2022-12-24", text, place)

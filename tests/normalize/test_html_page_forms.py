"""Helper 72's ten held-out pages: a page inside a form, ruby annotations, text hidden
from view."""

from __future__ import annotations

import datetime as dt

import pytest

from toolkit.errors import InputError
from toolkit.model import Segment
from toolkit.normalize import Options, normalize

TEXT = "<p>The new dam opened today in the valley, the board said at the site.</p>"
OPTIONS = Options(publisher="River Board", date=dt.date(2025, 5, 1))


def _body(page: str) -> list[str]:
    release = normalize(page.encode(), "page.html", OPTIONS).release
    return [b.text for b in release.body if isinstance(b, Segment)]


def test_a_form_around_the_whole_page_is_the_page():
    page = (f'<html lang="en"><body><form id="form1"><input type="hidden" name="__VIEWSTATE">'
            f"<h1>Dam opens</h1>{TEXT}</form></body></html>")
    assert _body(page) == ["The new dam opened today in the valley, the board said at the "
                           "site."]


def test_a_form_holding_most_prose_without_an_h1_is_the_page_and_its_h2_the_title():
    page = (f'<html lang="en"><head><title>Press Release: Bureau</title></head><body>'
            f'<form id="form1"><div class="content"><div>Ministry of Dams</div>'
            f"<h2>Dam opens in the valley</h2><div>{TEXT}</div></div></form></body></html>")
    release = normalize(page.encode(), "page.html", OPTIONS).release
    assert release.title.text == "Dam opens in the valley"


def test_a_search_form_stays_chrome():
    page = (f'<html lang="en"><body><form class="find"><label>Find a page on this site'
            f'</label><input name="q"></form><h1>Dam opens</h1>{TEXT}</body></html>')
    assert not any("Find a page" in text for text in _body(page))


def test_ruby_annotations_are_not_words_of_the_text():
    page = ('<html lang="ja"><body><h1>ダム完成</h1><p>小学生<ruby>向<rp>（</rp><rt>む</rt>'
            "<rp>）</rp></ruby>けの見学会を開きます。</p></body></html>")
    assert _body(page) == ["小学生向けの見学会を開きます。"]


def test_text_hidden_from_view_is_not_release_text():
    page = (f'<html lang="en"><body><h1>Dam opens</h1><h2 class="wb-inv">Press release</h2>'
            f'<span class="sr-only">Opens in a new window</span>{TEXT}</body></html>')
    assert _body(page) == ["The new dam opened today in the valley, the board said at the "
                           "site."]


def test_a_pib_release_gives_its_ministry_date_line_and_ends_at_its_end_mark():
    page = ('<html lang="en"><body><form id="form1"><div class="content">'
            "<div>Ministry of Inland Waterways</div><h2>Dam opens in the valley</h2>"
            "<div>Posted On: 21 NOV 2025 4:35PM by PIB Delhi</div>"
            '<div class="pdf-row"><a href="/x.pdf">Download PDF</a></div>'
            f"<div>{TEXT}{TEXT}<p>****</p><p>SK/RV/AD</p></div></div></form></body></html>")
    release = normalize(page.encode(), "page.html", Options()).release
    assert release.meta.published.get("value") == "2025-11-21"
    assert release.meta.publisher.text == "Ministry of Inland Waterways"
    assert [b.text for b in release.body if isinstance(b, Segment)] == [
        "The new dam opened today in the valley, the board said at the site."] * 2


def test_a_city_and_its_state_then_a_before_the_date_is_a_date_line():
    page = ('<html lang="es"><body><p class="fecha">Ciudad Serrana, Sierra Alta, a 9 de '
            'octubre de 2025</p><h1>Abre la presa</h1><p>La presa abrió hoy en el valle, '
            "dijo la junta en el sitio.</p></body></html>")
    release = normalize(page.encode(), "page.html", Options(publisher="Junta")).release
    assert release.meta.published.get("value") == "2025-10-09"


def test_a_place_and_date_before_a_dash_opening_the_lead_are_its_dateline_not_its_text():
    page = ('<html lang="de"><body><h1>Bund fördert Holz</h1><p class="lead"><strong>Bern, '
            "02.04.2025 - Der Bundesrat hat heute ein Programm verabschiedet.</strong></p>"
            "</body></html>")
    release = normalize(page.encode(), "page.html", Options(publisher="Bund")).release
    assert release.meta.published.get("value") == "2025-04-02"
    assert [b.text for b in release.body if isinstance(b, Segment)] == [
        "Der Bundesrat hat heute ein Programm verabschiedet."]


@pytest.mark.parametrize(("lang", "opening", "rest"), [
    ("id", "Jakarta, 24/12/2022 – ", "Menlu RI membuka pertemuan para menteri hari ini."),
    ("id", "Tokyo, 24/12/2022 — ", "Menlu RI bertemu Menteri Luar Negeri Jepang hari ini."),
    ("es", "Madrid, 24/12/2022 - ", "El ministro inauguró hoy la nueva presa del valle."),
])
def test_a_place_and_a_date_in_slashed_digits_before_a_dash_are_the_leads_dateline(
        lang, opening, rest):
    # The date's slashes were read as a wire's credit around its month ("/12/"), which no
    # date the head then held: the dateline stayed in the paragraph, as "Bern, 02.04.2025
    # -" and "Jakarta, 24 Desember 2022 –" do not.
    page = (f'<html lang="{lang}"><body><h1>Judul</h1><p>{opening}{rest}</p><p>{rest}</p>'
            "</body></html>")
    release = normalize(page.encode(), "page.html", Options(publisher="Kemlu")).release
    assert [b.text for b in release.body if isinstance(b, Segment)] == [rest, rest]
    assert release.meta.published.get("value") == "2022-12-24"
    assert release.meta.place is not None
    assert release.meta.place.text == opening.split(",")[0]


def test_a_wire_credit_after_a_date_in_slashed_digits_is_still_the_wires():
    page = ('<html lang="es"><body><h1>Acme abre una planta</h1><p>MADRID, 24/12/2022 '
            "/PRNewswire/ -- Acme abrió hoy su nueva planta en el valle.</p></body></html>")
    release = normalize(page.encode(), "page.html", Options(publisher="Acme")).release
    assert [b.text for b in release.body if isinstance(b, Segment)] == [
        "Acme abrió hoy su nueva planta en el valle."]
    assert release.meta.published.get("value") == "2022-12-24"


def test_a_date_then_a_dash_and_a_place_is_a_date_line():
    page = ('<html lang="fr"><body><h1>Le barrage ouvre</h1><p>Le 20 mai 2025 – Halifax '
            "(Nouvelle-Écosse)</p><p>Le barrage a ouvert aujourd'hui dans la vallée.</p>"
            "</body></html>")
    release = normalize(page.encode(), "page.html", Options(publisher="Conseil")).release
    assert release.meta.published.get("value") == "2025-05-20"
    assert [b.text for b in release.body if isinstance(b, Segment)] == [
        "Le barrage a ouvert aujourd'hui dans la vallée."]


def test_a_japanese_page_number_and_update_date_give_the_date():
    page = ('<html lang="ja"><body><h1>川の観察会</h1><p class="update">ページ番号 1045321'
            "\u3000更新日 2025年6月2日</p><p>汐見市では、観察会を開きます。</p></body></html>")
    release = normalize(page.encode(), "page.html", Options(publisher="汐見市")).release
    assert release.meta.published.get("value") == "2025-06-02"
    body = [b.text for b in release.body if isinstance(b, Segment)]
    assert body == ["汐見市では、観察会を開きます。"]


def _publisher(head: str, lang: str = "en") -> str:
    page = (f'<html lang="{lang}"><head>{head}</head><body><h1>Dam opens</h1>{TEXT}'
            "</body></html>")
    release = normalize(page.encode(), "page.html", Options(date=dt.date(2025, 5, 1))).release
    return release.meta.publisher.text


def test_a_ticker_or_abbreviation_in_brackets_is_no_part_of_the_publishers_name():
    assert _publisher("<title>Dam opens :: Halvorsen Marine Holdings, Inc. (HVMR)</title>") \
        == "Halvorsen Marine Holdings, Inc."
    assert _publisher("<title>Dam opens – Bundesverband Wärme e.V. (BGW)</title>", "de") \
        == "Bundesverband Wärme e.V."


def test_a_section_name_after_the_site_in_the_title_is_not_the_publisher():
    assert _publisher("<title>Gobierno de Sierra Alta | Boletines</title>", "es") \
        == "Gobierno de Sierra Alta"


def test_dcterms_creator_names_the_publisher_before_the_titles_tail():
    assert _publisher('<title>Dam opens - Canada.ca</title><meta name="dcterms.creator" '
                      'content="Pêches et Littoral Canada">', "fr") == "Pêches et Littoral Canada"


def test_the_last_organisation_under_a_publisher_heading_publishes_and_is_no_text():
    page = ('<html lang="de"><body><h1>Bund fördert Holz</h1><p>Der Bundesrat hat heute ein '
            "Programm verabschiedet.</p><h3>Herausgeber</h3><p>Der Bundesrat<br>Bundesamt für "
            "Bergregionen</p></body></html>")
    release = normalize(page.encode(), "page.html", Options(date=dt.date(2025, 4, 2))).release
    assert release.meta.publisher.text == "Bundesamt für Bergregionen"
    assert [b.text for b in release.body if isinstance(b, Segment)] == [
        "Der Bundesrat hat heute ein Programm verabschiedet."]


MINGUO_PAGE = ('<html lang="{lang}"><body><div class="simple-text title"><h2>本部新聞</h2></div>'
               '<div class="area-essay"><h3>離島海水淡化廠擴建</h3><ul class="info"><li>發布日期：'
               "113-10-08</li><li>點閱次數：1532</li></ul><div class=\"essay\"><p>海洋資源部今日"
               "表示，將擴建嘉濱島海水淡化廠，完工後每日增加供水八千噸，改善離島夏季缺水問題。</p>"
               "</div></div></body></html>")


def test_a_taiwanese_page_dates_by_the_republics_years_under_its_articles_own_heading():
    page = MINGUO_PAGE.format(lang="zh-Hant-TW")
    release = normalize(page.encode(), "page.html", Options(publisher="海洋資源部")).release
    assert release.title.text == "離島海水淡化廠擴建"
    assert release.meta.published.get("value") == "2024-10-08"
    assert release.meta.published.text == "113-10-08"


def test_republic_years_are_read_on_no_other_page():
    page = MINGUO_PAGE.format(lang="ja")
    try:
        release = normalize(page.encode(), "page.html", Options(publisher="x")).release
    except InputError as exc:
        assert "no date" in str(exc)
    else:
        assert release.meta.published.get("value") != "2024-10-08"

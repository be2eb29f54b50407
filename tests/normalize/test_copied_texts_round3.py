"""Copied texts in Portuguese, Italian, Dutch, Polish, Arabic and Korean: the bodies the
publisher rules know, and where else than under the title a release prints its date.

Each rule is stated with the smallest text that shows it (tuned in round 3 on the second
locked set, opened after its unseen score was taken).
"""

from __future__ import annotations

import datetime as dt

import pytest

from toolkit.errors import InputError
from toolkit.normalize import Options, normalize
from toolkit.normalize.structure import copyright_owner, is_footer, publisher_of

from .support import orgs
from .support import read_text as read


# ------------------------------------------------------------------ Arabic bodies
def test_a_directorate_and_a_centre_are_bodies_and_the_civil_defence_is_one():
    assert publisher_of("المديرية العامة للدفاع المدني", "ar") == "المديرية العامة للدفاع المدني"
    assert orgs("ar", "أصدر المركز الوطني للأرصاد تنبيهاً") == ["المركز الوطني للأرصاد"]
    # the civil defence by its fixed name, not what follows it ("in the Eastern region")
    assert orgs("ar", "باسم الدفاع المدني بالمنطقة الشرقية العقيد") == ["الدفاع المدني"]


def test_an_indefinite_centre_and_a_sites_media_centre_are_no_publisher():
    assert orgs("ar", "إنشاء مركز للذكاء الاصطناعي") == []
    assert publisher_of("المركز الإعلامي", "ar") is None  # a section of the site


# ------------------------------------------------------------------ Korean
def test_a_citys_headquarters_is_a_body_with_the_city_before_it():
    assert orgs("ko", "한솔시 상수도사업본부는 공사를 실시한다") == ["한솔시 상수도사업본부"]
    assert orgs("ko", "본부는 밝혔다") == []  # "headquarters" alone is a common noun


def test_a_korean_copyright_notice_is_footer_and_names_the_owner():
    line = "<저작권자 ⓒ 한솔시청, 무단 전재 및 재배포 금지>"
    assert is_footer(line)
    assert copyright_owner(line) == "한솔시청"


def test_a_boards_meta_line_dates_the_post_and_the_copyright_names_the_club():
    result = read("HOME > 클럽 > 구단 소식\n\n한강FC, 공격수 영입\n"
                  "등록일 2025.07.03 | 작성자 홍보팀 | 조회수 3,517\n\n"
                  "한강FC가 브라질 출신 공격수를 영입했다.\n\n"
                  "구단은 3일 계약을 맺었다고 밝혔다.\n\n"
                  "목록\n\n© 2025 한강FC. All Rights Reserved.\n")
    release = result.release
    assert release.meta.published.get("value") == "2025-07-03"
    assert release.meta.publisher.text == "한강FC"
    assert release.title.text == "한강FC, 공격수 영입"
    assert all("목록" not in s.text for s in release.body)


# ------------------------------------------------------------------ Dutch
def test_a_belgian_police_zone_and_a_water_company_are_bodies():
    assert publisher_of("Politiezone Leievallei", "nl") == "Politiezone Leievallei"
    assert orgs("nl", "woordvoerder PZ Leievallei, 056") == ["PZ Leievallei"]
    assert orgs("nl", "meldt Waterbedrijf Hollands Veenland vandaag") == [
        "Waterbedrijf Hollands Veenland"]


# ------------------------------------------------------------------ Portuguese
def test_a_fire_brigades_association_a_parish_council_and_a_hospital_are_bodies():
    assert publisher_of("Associação Humanitária dos Bombeiros Voluntários de Serra da "
                        "Amieira", "pt") is not None
    assert orgs("pt", "no pavilhão da Junta de Freguesia de Vale de Carvas.") == [
        "Junta de Freguesia de Vale de Carvas"]
    assert orgs("pt", "transportado para o Hospital de São Brás.") == ["Hospital de São Brás"]


def test_a_place_and_date_at_the_foot_above_the_signature_is_the_date_line():
    result = read("COMUNICADO N.º 14/2025\n\nAssociação Humanitária dos Bombeiros "
                  "Voluntários de Serra da Amieira\n\nIncêndio rural dado como dominado\n\n"
                  "O incêndio rural que deflagrou na sexta-feira, numa zona de mato da "
                  "freguesia, foi dado como dominado às 6h15 de hoje.\n\n"
                  "No pico das operações estiveram no terreno 214 operacionais.\n\n"
                  "Durante a noite, por precaução, foram retirados 37 moradores.\n\n"
                  "O perímetro vai manter-se em vigilância ativa durante 48 horas.\n\n"
                  "Desde o início do ano, a corporação respondeu a 96 ocorrências, mais do que "
                  "no mesmo período de 2024.\n\n"
                  "Serra da Amieira, 3 de agosto de 2025\n\nO Comandante,\nHenrique Vaz Lobo\n")
    release = result.release
    assert release.meta.published.get("value") == "2025-08-03"
    assert release.meta.place is not None and release.meta.place.text == "Serra da Amieira"
    # the note's number above is no title; the signature stays in the body
    assert release.title.text == "Incêndio rural dado como dominado"
    assert release.lang == "pt"
    assert all("3 de agosto" not in s.text for s in release.body)
    assert "Henrique Vaz Lobo" in release.body[-1].text


# ------------------------------------------------------------------ a wire's teleprinter feed
def test_a_wire_dateline_without_year_takes_the_filing_stamps_year():
    result = read("ZCZC0412/SXR\nXSP93221_SXR_QBXB\n\n"
                  "CALCIO: VIRTUS LAGHETTO, ARRIVA IL DIFENSORE\n\n"
                  "(ANP) - LAGHETTO (BRESCIA), 21 LUG - La Virtus Laghetto ha ufficializzato "
                  "oggi l'acquisto del difensore, che ha firmato un contratto per la squadra.\n\n"
                  "Il difensore si aggregherà al gruppo già domani, dove la squadra resterà "
                  "in ritiro con gli altri giocatori della società.\n\n"
                  "RED-BOF/GB\n21-LUG-25 14:32\n\nNNNN\n")
    release = result.release
    assert release.meta.published.get("value") == "2025-07-21"
    assert release.meta.publisher.text == "ANP"  # the agency in brackets
    assert release.title.text == "CALCIO: VIRTUS LAGHETTO, ARRIVA IL DIFENSORE"  # no routing
    assert all("NNNN" not in s.text for s in release.body)


_ARC = ("Giunta regionale, via libera al piano per le scuole\n\n"
        "(ARC) Trieste, {day} dic - La Giunta regionale ha approvato oggi il piano per "
        "l'edilizia scolastica, che prevede 40 milioni di euro per il prossimo triennio, "
        "e per le scuole della regione.\n\n"
        "L'assessore ha spiegato che i lavori partiranno in primavera e riguarderanno "
        "trenta istituti della regione, con una spesa che sarà divisa tra i comuni.\n")


def test_a_regional_agencys_date_line_without_year_or_dash_reads_with_the_dates_year():
    # "(ARC) Trieste, 24 dic -": the agency before the place, no dash after it
    result = normalize(_ARC.format(day=24).encode(), "arc.txt",
                       Options(date=dt.date(2025, 12, 24)))
    release = result.release
    assert release.meta.published.get("value") == "2025-12-24"
    assert release.meta.publisher.text == "ARC"
    assert release.meta.place is not None and release.meta.place.text == "Trieste"
    assert release.lang == "it"  # "dic" is Spanish too: the text's words tell
    assert release.body[0].text.startswith("(ARC) Trieste, 24 dic - La Giunta")  # kept
    assert any(g.what == "date" and "the year 2025 is --date's" in g.rule
               for g in result.report.guesses)


def test_an_agency_date_line_without_a_year_names_what_to_give():
    text = ("Porto, nuove gru in arrivo\n\n(ANSA) - ROMA, 24 DIC - Il porto ha ricevuto "
            "oggi le prime due gru del nuovo terminal, che entrerà in servizio nel corso "
            "del prossimo anno.\n\nLe gru sono state costruite in Italia.\n")
    with pytest.raises(InputError) as raised:
        read(text)
    assert raised.value.line == 3
    assert "'ROMA, 24 DIC' writes no year" in raised.value.message
    assert "give --date" in raised.value.message


def test_an_agency_date_line_in_a_pasted_mail_takes_the_year_it_was_sent():
    # sent on 2 January: a story of 31 December is the year before's
    mail = ("From: Ufficio stampa <stampa@regione.example>\n"
            "Sent: Friday, January 2, 2026 09:14\n"
            "Subject: Giunta regionale, via libera al piano per le scuole\n\n"
            + _ARC.format(day=31).split("\n\n", 1)[1])
    result = read(mail)
    assert result.release.meta.published.get("value") == "2025-12-31"
    assert result.release.meta.publisher.text == "ARC"
    assert any(g.what == "date" and "Sent/Date line's" in g.rule
               for g in result.report.guesses)

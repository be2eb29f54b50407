"""Embargo lines: read as an instant with its IANA zone only when the line settles it."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.normalize.embargo import EMBARGO_LINE, read_embargo
from toolkit.normalize.values import Context

JUNE_2025 = Context(2025, 6)

STORED = [
    # line, language -> instant, zone
    ("EMBARGOED UNTIL 00:01 BST 17 June 2025", "en",
     "2025-06-17T00:01:00+01:00", "Europe/London"),
    ("EMBARGOED UNTIL 00:01 BST TUESDAY 17 JUNE 2025", "en",
     "2025-06-17T00:01:00+01:00", "Europe/London"),
    ("Embargoed until 10:00 a.m. ET, Tuesday, May 6, 2025", "en",
     "2025-05-06T10:00:00-04:00", "America/New_York"),
    # EST in May: the writer meant New York's clock, which then reads EDT.
    ("Embargoed until 10:00 EST, 17 June 2025", "en",
     "2025-06-17T10:00:00-04:00", "America/New_York"),
    ("Embargoed until 14:00 UTC on 17 June 2025", "en", "2025-06-17T14:00:00+00:00", "UTC"),
    ("Embargoed until 14:00 GMT, 17 June 2025", "en", "2025-06-17T14:00:00+00:00", "UTC"),
    ("Embargoed until 2025-06-17T10:00+02:00", "en", "2025-06-17T10:00:00+02:00",
     "Etc/GMT-2"),
    # (the end of a day, as ISO 8601 writes it: the next day's first instant)
    ("Embargoed until 2025-06-16T24:00+02:00", "en", "2025-06-17T00:00:00+02:00",
     "Etc/GMT-2"),
    ("Embargoed until 10:00 CET, 17 June 2025", "en", "2025-06-17T10:00:00+02:00",
     "Europe/Brussels"),
    ("Sperrfrist: 17.06.2025, 10:00 Uhr", "de", "2025-06-17T10:00:00+02:00",
     "Europe/Berlin"),
    ("Sperrfrist: 17. Juni 2025, 10:00 Uhr MESZ", "de", "2025-06-17T10:00:00+02:00",
     "Europe/Berlin"),
    ("Sperrfrist: 17.06.2025, 10:00 Uhr +02:00", "de", "2025-06-17T10:00:00+02:00",
     "Europe/Berlin"),
    ("Embargo jusqu’au 17 juin 2025 à 10 h (UTC+2)", "fr", "2025-06-17T10:00:00+02:00",
     "Europe/Paris"),
    ("Embargo jusqu’au 17 juin 2025 à 10 h CEST", "fr", "2025-06-17T10:00:00+02:00",
     "Europe/Paris"),
    ("Sous embargo jusqu'au 17 juin 2025 à 12 h 00 (heure de Paris)", "fr",
     "2025-06-17T12:00:00+02:00", "Europe/Paris"),
    ("Bajo embargo hasta las 10:00 CEST del 17 de junio de 2025", "es",
     "2025-06-17T10:00:00+02:00", "Europe/Madrid"),
    ("解禁日時：2025年6月17日（火）10時00分", "ja", "2025-06-17T10:00:00+09:00", "Asia/Tokyo"),
    # a zone's own abbreviation after the time, read by the value rules (ZONE_PHRASES)
    ("Embargoed until 00:01 WIB, 17 June 2025", "en", "2025-06-17T00:01:00+07:00",
     "Asia/Jakarta"),
    ("Embargoed until 09:00 AEST, 17 June 2025", "en", "2025-06-17T09:00:00+10:00",
     "Australia/Sydney"),
    ("解禁：6月17日（火）午前10時（日本時間）", "ja", "2025-06-17T10:00:00+09:00", "Asia/Tokyo"),
    # one table of abbreviations with the value rules: one after the date settles it too
    ("Embargoed until 17 June 2025 at 09:00, HKT", "en", "2025-06-17T09:00:00+08:00",
     "Asia/Hong_Kong"),
    ("EMBARGOED UNTIL 10:00 ON 17 JUNE 2025 (CT)", "en", "2025-06-17T10:00:00-05:00",
     "America/Chicago"),
]

REFUSED = [
    # line, language -> words of the reason
    ("Embargo jusqu’au 17 juin 2025 à 10 h", "fr", "no time zone written"),
    ("Embargoed until 10:00 a.m., June 17, 2025", "en", "no time zone written"),
    ("Embargoed until 10:00 IST, 17 June 2025", "en", "India"),
    ("Embargoed until 10:00 CST, 17 June 2025", "en", "US Central and China"),
    ("Embargoed until 10:00 GMT+5:30, 17 June 2025", "en", "+05:30 has no zone"),
    ("Embargoed until 17 June 2025", "en", "no time"),
    ("EMBARGOED UNTIL 00:01 BST", "en", "no date"),
    ("Embargoed until 2025-06-17T25:00+02:00", "en", "not an ISO 8601 instant"),
    # a word in capitals that spells a zone is that word, not New York or Western Europe
    ("EMBARGO JUSQU'AU 17 JUIN 2025, 10:00 ET RÉUNION", "fr", "no time zone written"),
    ("EMBARGOED UNTIL 10:00 17 JUNE 2025 WEST BANK", "en", "no time zone written"),
]


@pytest.mark.parametrize(("line", "lang", "value", "zone"), STORED)
def test_a_settled_embargo_line_is_an_instant_in_its_zone(line: str, lang: str, value: str,
                                                           zone: str) -> None:
    assert EMBARGO_LINE.match(line)
    reading = read_embargo(line, lang, JUNE_2025)
    assert (reading.value, reading.zone, reading.refused) == (value, zone, "")


@pytest.mark.parametrize(("line", "lang", "reason"), REFUSED)
def test_an_unsettled_embargo_line_is_refused_with_its_reason(line: str, lang: str,
                                                              reason: str) -> None:
    reading = read_embargo(line, lang, JUNE_2025)
    assert reading.value == ""
    assert reason in reading.refused


def test_a_zone_written_apart_from_the_time_notes_only_a_name_of_its_other_season() -> None:
    # "EST" in June is New York's winter name: noted. Singapore's clock is named "+08",
    # never "SGT": nothing to note.
    assert "on EDT" in read_embargo("Embargoed until 17 June 2025, 10:00, EST", "en",
                                    JUNE_2025).note
    reading = read_embargo("Embargoed until 17 June 2025, 09:00, SGT", "en", JUNE_2025)
    assert (reading.zone, reading.note) == ("Asia/Singapore", "")


def test_bst_settles_london_only_in_english() -> None:
    reading = read_embargo("Embargo: 17.06.2025, 00:01 BST", "de", JUNE_2025)
    assert "Bangladesh" in reading.refused


def test_cst_is_shanghai_in_chinese() -> None:
    reading = read_embargo("解禁：2025年6月17日 10:00 CST", "zh", JUNE_2025)
    assert (reading.value, reading.zone) == ("2025-06-17T10:00:00+08:00", "Asia/Shanghai")


@pytest.mark.parametrize("title", ["Embargo on Russian oil lifted", "Embargoes and trade",
                                   "Sperrgebiet erweitert"])
def test_a_title_about_an_embargo_is_no_embargo_line(title: str) -> None:
    assert not EMBARGO_LINE.match(title)


def _normalized(data: str, path: str):  # type: ignore[no-untyped-def]
    from toolkit.normalize import Options, normalize
    return normalize(data.encode(), path, Options(publisher="River Board"))


def test_a_text_release_opening_with_an_embargo_line_has_that_embargo() -> None:
    done = _normalized("EMBARGOED UNTIL 00:01 BST 17 June 2025\n\nDam opens in the valley\n\n"
                       "London, 16 June 2025\n\nThe new dam opened today, the board said.\n",
                       "release.txt")
    embargo = done.release.meta.embargo
    assert embargo is not None
    assert (embargo.value, embargo.zone) == ("2025-06-17T00:01:00+01:00", "Europe/London")
    assert done.release.title.text == "Dam opens in the valley"
    assert all("EMBARGO" not in b.text for b in done.release.body if hasattr(b, "text"))


def test_a_korean_header_rows_time_to_report_from_is_the_embargo_and_its_day_the_date() -> None:
    # "보도시점" is when the press may report it, "배포" when it was handed out: a build
    # that holds embargoed releases must not publish it at 09:00.
    done = _normalized("보도자료\n해양수산부\n"
                       "보도시점\t2025. 3. 3.(월) 14:30\t배포\t2025. 3. 3.(월) 09:00\n\n"
                       "어촌 활력 회복 계획 확정\n\n□ 해양수산부는 계획을 확정했다.\n",
                       "release.txt")
    assert done.release.meta.published.get("value") == "2025-03-03"
    embargo = done.release.meta.embargo
    assert embargo is not None
    assert (embargo.value, embargo.zone) == ("2025-03-03T14:30:00+09:00", "Asia/Seoul")


def test_a_korean_header_row_to_report_on_a_day_has_no_embargo() -> None:
    # a day with no time: nothing to hold, and nothing to warn of
    done = _normalized("보도자료\n해양수산부\n보도일시\t2025. 3. 3.(월)\t배포\t2025. 3. 2.(일) "
                       "10:00\n\n어촌 활력 회복 계획 확정\n\n□ 해양수산부는 계획을 확정했다.\n",
                       "release.txt")
    assert done.release.meta.published.get("value") == "2025-03-03"
    assert done.release.meta.embargo is None
    assert not done.report.warnings


@pytest.mark.parametrize("row", [
    "보도시점\t배포 즉시\t배포\t2025. 3. 3.(월) 09:00",
    "보도시점 배포 즉시 배포 2025. 3. 3.(월) 09:00",
    "보도시점 배포즉시 배포 2025. 3. 3.(월) 09:00",
], ids=["tab-separated", "space-separated", "at-once-in-one-word"])
def test_a_korean_header_row_to_report_when_handed_out_is_dated_by_its_hand_out_cell(
        row: str) -> None:
    # "배포 즉시": the press may report it as soon as it is handed out, so the 배포 cell's
    # day is the release's date, and nothing is held.
    done = _normalized(f"보도자료\n해양수산부\n{row}\n\n어촌 활력 회복 계획 확정\n\n"
                       "□ 해양수산부는 계획을 확정했다.\n", "release.txt")
    assert done.release.meta.published.get("value") == "2025-03-03"
    assert done.release.title.text == "어촌 활력 회복 계획 확정"
    assert done.release.meta.embargo is None
    assert not done.report.warnings
    assert all("배포" not in b.text for b in done.release.body if hasattr(b, "text"))


def test_a_german_sperrfrist_is_not_taken_for_the_date_line() -> None:
    done = _normalized("Sperrfrist: 20.06.2025, 10:00 Uhr\n\nTalsperre eröffnet\n\n"
                       "Berlin, 16. Juni 2025\n\nDie neue Talsperre wurde heute eröffnet.\n",
                       "release.txt")
    assert done.release.meta.published.get("value") == "2025-06-16"
    embargo = done.release.meta.embargo
    assert embargo is not None
    assert (embargo.value, embargo.zone) == ("2025-06-20T10:00:00+02:00", "Europe/Berlin")


def test_a_page_with_an_unsettled_embargo_line_stores_none_and_says_why() -> None:
    done = _normalized('<html lang="en"><body><h1>Dam opens</h1><p>June 16, 2025</p>'
                       "<p><strong>Embargoed until 10:00 IST, 17 June 2025</strong></p>"
                       "<p>The new dam opened today in the valley.</p></body></html>",
                       "page.html")
    assert done.release.meta.embargo is None
    guess = next(g for g in done.report.guesses if g.what == "embargo")
    assert "India" in guess.rule and "no --embargo option" in guess.rule


def test_a_french_sous_embargo_line_above_the_title_is_the_embargo_not_navigation() -> None:
    # It was dropped as "site navigation above the title": the release lost its embargo.
    done = _normalized("Ministère de l'Europe et des Affaires étrangères\n\n"
                       "Sous embargo jusqu'au 20 novembre 2025 à 12 h 00 (heure de Paris)\n\n"
                       "Visite du ministre au Japon\n\nParis, le 18 novembre 2025\n\n"
                       "Le ministre se rendra à Tokyo du 21 au 23 novembre 2025.\n",
                       "release.txt")
    embargo = done.release.meta.embargo
    assert embargo is not None
    assert (embargo.value, embargo.zone) == ("2025-11-20T12:00:00+01:00", "Europe/Paris")
    assert done.release.title.text == "Visite du ministre au Japon"


def test_a_sperrfrist_line_above_a_pages_headline_is_the_embargo_not_the_date_line() -> None:
    # It was read as the date line with "Sperrfrist" its place, and the real date line
    # left as the first paragraph: the release lost its embargo.
    done = _normalized('<html lang="de"><body><main><p>Bundesamt für Strahlenschutz</p>'
                       "<p><strong>Sperrfrist: 20. März 2025, 9:00 Uhr</strong></p>"
                       "<h1>Jahresbericht vorgestellt</h1><p>Bonn, 19. März 2025</p>"
                       "<p>Das Amt hat heute seinen Jahresbericht vorgestellt, mit vielen "
                       "Zahlen und Tabellen.</p></main></body></html>", "page.html")
    meta = done.release.meta
    assert meta.place is not None
    assert (meta.published.get("value"), meta.place.text) == ("2025-03-19", "Bonn")
    assert meta.embargo is not None
    assert (meta.embargo.value, meta.embargo.zone) == ("2025-03-20T09:00:00+01:00",
                                                       "Europe/Berlin")
    assert "Sperrfrist" not in done.release.title.text


def test_a_sperrfrist_paragraph_above_a_word_files_title_is_the_embargo() -> None:
    from tests.normalize.office_docs import docx, p, r
    from toolkit.normalize import Options, normalize
    german = '<w:lang w:val="de-DE"/>'
    data = docx(p(r("Sperrfrist: 20. März 2025, 9:00 Uhr", german)),
                p(r("Jahresbericht vorgestellt", german), style="Titel"),
                p(r("Bonn, 19. März 2025", german)),
                p(r("Das Amt hat heute seinen Jahresbericht vorgestellt.", german)))
    meta = normalize(data, "pm.docx", Options(publisher="Bundesamt")).release.meta
    assert meta.place is not None
    assert (meta.published.get("value"), meta.place.text) == ("2025-03-19", "Bonn")
    assert meta.embargo is not None and meta.embargo.value == "2025-03-20T09:00:00+01:00"


UNSETTLED = ("Ministry of Environment\n\n"
             "EMBARGO: not for publication before 10:00 on 25 June 2025\n\n"
             "Air quality report published\n\nEastport, 24 June 2025\n\n"
             "The annual air quality report shows a fall in nitrogen dioxide levels.\n")


def test_an_embargo_line_not_stored_is_a_warning_at_its_line_and_column(tmp_path: Path) -> None:
    # The line is dropped from the text and no embargo is stored: said only among the
    # guesses of --format json, the release was built and published before its time
    # with nothing on the terminal to say why. (Indented, as a pasted line may be.)
    import json

    from typer.testing import CliRunner

    from toolkit.cli.app import app
    source = tmp_path / "air.txt"
    source.write_text(UNSETTLED.replace("EMBARGO:", "  EMBARGO:"), encoding="utf-8")
    result = CliRunner().invoke(app, ["normalize", str(source), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"{source}:3:3: warning: the embargo line 'EMBARGO: not for publication before "
        "10:00 on 25 June 2025' is not stored (no time zone written, and 'en' is written "
        "in zones of several times) and the release has no embargo: every build publishes "
        "it; add <embargo value='YYYY-MM-DDThh:mm:00+hh:mm' zone='Area/City'/> (the IANA "
        "zone its time is in) to its meta by hand [embargo-not-stored]"]
    written = (tmp_path / "out" / "2025-06-24-air-quality-report-published.xml").read_text()
    assert "<embargo" not in written
    data = CliRunner().invoke(app, ["normalize", str(source), "-o", str(tmp_path / "out"),
                                    "--format", "json"]).stdout
    (warning,) = json.loads(data)[0]["warnings"]
    assert (warning["code"], warning["line"], warning["column"]) == ("embargo-not-stored",
                                                                     3, 3)


def test_an_unsettled_embargo_line_in_a_page_is_a_warning_at_its_element() -> None:
    done = _normalized('<html lang="en"><body><h1>Dam opens</h1><p>June 16, 2025</p>\n'
                       "<p><strong>Embargoed until 10:00 IST, 17 June 2025</strong></p>\n"
                       "<p>The new dam opened today in the valley.</p></body></html>",
                       "page.html")
    (notice,) = done.report.warnings
    assert (notice.code, notice.line, notice.column) == ("embargo-not-stored", 2, 12)
    assert "India" in notice.message


def test_a_stored_embargo_is_no_warning() -> None:
    done = _normalized("EMBARGOED UNTIL 00:01 BST 17 June 2025\n\nDam opens in the valley\n\n"
                       "London, 16 June 2025\n\nThe new dam opened today, the board said.\n",
                       "release.txt")
    assert done.release.meta.embargo is not None
    assert done.report.warnings == []


@pytest.mark.parametrize("line", [
    "Embargada hasta las 10:00 horas del 3 de marzo de 2025",
    "EMBARGADA HASTA LAS 10:00 HORAS DEL 3 DE MARZO DE 2025",
    "Embargado hasta el 3 de marzo de 2025 a las 10:00 horas",
    "Información embargada hasta las 10:00 horas del 3 de marzo de 2025",
])
def test_a_spanish_embargada_hasta_line_is_an_embargo_line(line: str) -> None:
    # Spain's press offices write the participle ("nota embargada hasta ..."), more often
    # than "Embargo hasta" or "Bajo embargo".
    assert EMBARGO_LINE.match(line)


@pytest.mark.parametrize("title", ["Embargada la cosecha de 2024 por orden judicial",
                                   "Embargados los bienes del club hasta nuevo aviso"])
def test_a_spanish_title_about_a_seizure_is_no_embargo_line(title: str) -> None:
    assert not EMBARGO_LINE.match(title)


def test_a_spanish_embargada_line_in_peninsular_time_is_madrid() -> None:
    reading = read_embargo("Embargada hasta las 10:00 horas (hora peninsular) del 17 de "
                           "junio de 2025", "es", JUNE_2025)
    assert (reading.value, reading.zone) == ("2025-06-17T10:00:00+02:00", "Europe/Madrid")


SPANISH = ("Nota de prensa\n\nEmbargada hasta las 10:00 horas del 3 de marzo de 2025\n\n"
           "El Gobierno renueva las estaciones\n\nMadrid, 2 de marzo de 2025\n\n"
           "El Ministerio ha aprobado hoy la renovación de las estaciones de la red.\n")


def test_a_spanish_embargada_line_above_the_title_is_the_embargo_not_navigation() -> None:
    # It was dropped as "site navigation above the title", with no warning: the release
    # had no embargo and nothing said so.
    done = _normalized(SPANISH, "nota.txt")
    assert done.release.title.text == "El Gobierno renueva las estaciones"
    (notice,) = done.report.warnings
    assert (notice.code, notice.line) == ("embargo-not-stored", 3)
    assert "'es' is written in zones of several times" in notice.message


def test_a_spanish_embargada_line_in_a_page_is_no_heading_of_its_text() -> None:
    # A bold "Embargada hasta ..." under the headline was a heading of the body, which
    # every locale translated and published.
    done = _normalized('<html lang="es"><body><h1>El Gobierno renueva las estaciones</h1>'
                       "<p>Madrid, 2 de marzo de 2025</p>\n<p><strong>Embargada hasta las "
                       "10:00 horas (hora peninsular) del 3 de marzo de 2025</strong></p>\n"
                       "<p>El Ministerio ha aprobado hoy la renovación de las estaciones de "
                       "la red.</p></body></html>", "nota.html")
    assert all("Embargada" not in b.text for b in done.release.body if hasattr(b, "text"))
    embargo = done.release.meta.embargo
    assert embargo is not None
    assert (embargo.value, embargo.zone) == ("2025-03-03T10:00:00+01:00", "Europe/Madrid")


@pytest.mark.parametrize(("line", "lang", "zone"), [
    ("Sperrfrist: 17.06.2025, 10:00 Uhr", "de-CH", "Europe/Zurich"),
    ("Sperrfrist: 17.06.2025, 10:00 Uhr", "de-AT", "Europe/Vienna"),
    ("Sperrfrist: 17.06.2025, 10:00 Uhr MESZ", "de-CH", "Europe/Zurich"),
    ("Sperrfrist: 17.06.2025, 10:00 Uhr +02:00", "de-CH", "Europe/Zurich"),
    ("Embargo jusqu’au 17 juin 2025 à 10 h", "fr-CH", "Europe/Zurich"),
    ("Embargo jusqu’au 17 juin 2025 à 10 h", "fr-BE", "Europe/Brussels"),
    ("Embargo jusqu’au 17 juin 2025 à 10 h CEST", "fr-BE", "Europe/Brussels"),
    ("Embargo: 17 giugno 2025, ore 10:00", "it-CH", "Europe/Zurich"),
    ("Embargo tot 17 juni 2025, 10:00 uur", "nl-BE", "Europe/Brussels"),
    # CLDR gives Germany Büsingen's zone too: de-DE is German's Berlin
    ("Sperrfrist: 17.06.2025, 10:00 Uhr", "de-DE", "Europe/Berlin"),
])
def test_a_release_of_a_region_with_its_own_zone_has_its_embargo_in_that_zone(
        line: str, lang: str, zone: str) -> None:
    reading = read_embargo(line, lang, JUNE_2025)
    assert (reading.value, reading.zone) == ("2025-06-17T10:00:00+02:00", zone)


def test_a_region_of_several_zones_still_needs_the_zone_written() -> None:
    reading = read_embargo("Embargo hasta las 10:00 del 17 de junio de 2025", "es-ES",
                           JUNE_2025)
    assert "no time zone written" in reading.refused
    # and a region's zone that is not on CET leaves CET to Brussels, as the EU writes it
    reading = read_embargo("Embargoed until 10:00 CET, 17 June 2025", "en-GB", JUNE_2025)
    assert reading.zone == "Europe/Brussels"


SWISS_RELEASE = ("Sperrfrist: 03.12.2024, 10:00 Uhr\n\nArbeitslosenquote steigt auf 2.5 "
                 "Prozent\n\nBern, 3. Dezember 2024\n\nDie Quote stieg auf 2.5 Prozent; der "
                 "Bund investiert Fr. 1.5 Milliarden.\n")


def test_a_swiss_projects_release_has_its_numbers_and_embargo_in_switzerland() -> None:
    from toolkit.normalize import Options, normalize
    done = normalize(SWISS_RELEASE.encode(), "release.txt",
                     Options(publisher="BFS", source_locale="de-CH"))
    release = done.release
    assert release.lang == "de-CH"
    embargo = release.meta.embargo
    assert embargo is not None
    assert (embargo.value, embargo.zone) == ("2024-12-03T10:00:00+01:00", "Europe/Zurich")
    spans = [(s.name, s.get("value")) for s in release.body[0].content if hasattr(s, "name")]
    assert spans == [("number", "2.5"), ("money", "1500000000")]


def test_a_page_that_says_de_ch_in_a_german_project_is_read_as_swiss() -> None:
    # The project tags it `de`, as its other releases; its numbers and clock are Swiss.
    from toolkit.normalize import Options, normalize
    page = ("<html lang='de-CH'><body><h1>Quote steigt</h1><p>Sperrfrist: 03.12.2024, "
            "10:00 Uhr</p><p>Bern, 3. Dezember 2024</p><p>Die Quote stieg auf 2.5 Prozent."
            "</p></body></html>")
    done = normalize(page.encode(), "page.html", Options(publisher="BFS", source_locale="de"))
    assert done.release.lang == "de"
    embargo = done.release.meta.embargo
    assert embargo is not None and embargo.zone == "Europe/Zurich"
    assert [s.get("value") for s in done.release.body[-1].content if hasattr(s, "name")] \
        == ["2.5"]

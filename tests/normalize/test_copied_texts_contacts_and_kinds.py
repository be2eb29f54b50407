"""A contact's block and a release-kind label in pasted text, in the languages the
contact and release labels cover, read as the HTML reader reads the same page: a plain
"Contact:" at the end is a contact's label as "Media contact:" is, a contact printed both
over the headline and at the end is kept once, and "Pressemitteilung" or "プレスリリース"
on a line of its own over the title names the kind of document, no series."""

from __future__ import annotations

import datetime as dt
import html
from email.message import EmailMessage

import pytest

from toolkit.model import ListBlock, Release, Segment, Span
from toolkit.normalize import Options, Report, normalize
from toolkit.vocabulary import ITS_TRANSLATE

from .pages import page, texts

OPENING = ("The Town of Maple launches a free winter shuttle on December 15, 2026, and the "
           "first buses leave the town hall at seven.")
SHUTTLE = "p: " + OPENING
TITLE = "Maple to Open Its New Arena"


def read(text: str) -> tuple[Release, Report]:
    result = normalize(text.encode("utf-8"), "input.txt", Options(publisher="Town of Maple"))
    return result.release, result.report


def as_page(lines: list[str], title: str, lang: str = "en") -> tuple[Release, Report]:
    """The same release as a page: each line above the headline a paragraph over the h1,
    each line under it a paragraph."""
    at = lines.index(title)
    above = "".join(f"<p>{html.escape(line)}</p>" for line in lines[:at] if line)
    below = "".join(f"<p>{html.escape(line)}</p>" for line in lines[at + 1:] if line)
    data = page(f"<main>{above}<h1>{html.escape(title)}</h1>{below}</main>",
                f"<title>{html.escape(title)}</title>", lang)
    result = normalize(data, "page.html", Options(publisher="Town of Maple"))
    return result.release, result.report


def dropped(report: Report) -> list[str]:
    return [g.value for g in report.guesses if g.what == "dropped"]


def contacts(report: Report) -> list[str]:
    return [g.value for g in report.guesses if g.what == "contact"]


# ------------------------------------------------------------ a contact's label at the end
PLAIN_LABELS = ("Contact:", "Contacts:", "CONTACT:", "Contact :", "Press contact:",
                "Kontakt:", "Kontakte:", "Contact presse :", "Contacto:", "Contactos:",
                "Контакты:", "Контакт:", "Contato:", "Contatos:")
CONTACT_LINES = ["Jane Roe", "613-555-0199", "jane.roe@example.ca"]
CONTACT_END = ["p: Jane Roe", "p: 613-555-0199", "p: jane.roe@example.ca"]


def test_a_plain_contact_label_at_the_end_of_pasted_text_is_a_heading_over_its_lines():
    # As "Media contact:" is: the label a heading, each line a paragraph; read as
    # paragraphs, the phone and the e-mail under it ran together as one.
    for label in (*PLAIN_LABELS, "Media contact:"):
        release, _ = read(f"{TITLE}\nMarch 3, 2026\n\n{OPENING}\n\n{label}\n"
                          + "\n".join(CONTACT_LINES) + "\n")
        assert texts(release) == [SHUTTLE, f"heading: {label}", *CONTACT_END], label


def test_a_spanish_press_contact_label_heads_its_lines_as_media_contact_does():
    # Read as paragraphs, the label was text and the phone and e-mail lines ran together.
    for label in ("Contacto de prensa", "CONTACTO DE PRENSA", "Contacto para medios",
                  "Contactos para la prensa", "Prensa:", "Contacto para los medios:"):
        text = ("El Museo abre una nueva sala\n12 de marzo de 2025\n\nEl Museo abrió hoy una "
                "nueva sala dedicada a la pintura del siglo XIX, con obras de sus fondos.\n\n"
                f"{label}\nAna Pérez\nTeléfono: 91 597 70 00\nprensa@museo.example\n")
        release = normalize(text.encode(), "input.txt", Options(publisher="Museo")).release
        assert [(b.name, b.text) for b in release.body[1:]] == [
            ("heading", label), ("p", "Ana Pérez"), ("p", "Teléfono: 91 597 70 00"),
            ("p", "prensa@museo.example")], label


FINNISH_CONTACTS = ["finanssineuvos Matti Meikäläinen, puh. 0295 160 000",
                    "viestintäjohtaja Liisa Laine, +358 295 160 000"]
FINNISH_OPENING = ("Hallitus esittää eduskunnalle lisätalousarviota, jossa energiatukeen "
                   "osoitetaan lisää varoja kotitalouksille.")


@pytest.mark.parametrize("label", ["Lisätietoja:", "Lisätietoja antavat:", "Lisätiedot:"])
def test_a_finnish_contact_label_heads_its_lines_each_a_paragraph(label):
    # Finnish writes a contact's title in lower case, so the second contact's line read
    # as the first one's paragraph run on: two people's numbers in one paragraph.
    text = (f"Valtiovarainministeriö\nTiedote 24.12.2022 14.40\nHallitus esittää tukea\n"
            f"{FINNISH_OPENING}\n\n{label}\n" + "\n".join(FINNISH_CONTACTS) + "\n")
    release = normalize(text.encode(), "input.txt", Options(lang="fi")).release
    assert texts(release) == [f"p: {FINNISH_OPENING}", f"heading: {label}",
                              *(f"p: {line}" for line in FINNISH_CONTACTS)]


BELGIAN_CONTACTS = ["Els Janssens", "+32 2 000 00 00", "pers@example.be"]


@pytest.mark.parametrize(("lang", "label"), [
    ("nl-BE", "Voor meer informatie:"), ("nl-BE", "Meer informatie:"),
    ("nl-BE", "Perscontact:"), ("nl-BE", "Woordvoerder:"), ("nl", "Perscontacten:"),
    ("fr-BE", "Contact presse :"), ("fr-BE", "Pour plus d'informations :"),
    # French typography's apostrophe and the space before its colon
    ("fr-BE", "Pour plus d’informations\u00a0:"),
    ("fr-BE", "Pour de plus amples informations :"),
])
def test_a_belgian_contact_label_heads_its_lines_each_a_paragraph(lang, label):
    # Read as paragraphs, the label was text and the lines under it ran together.
    opening = ("De minister heeft vandaag een nieuw steunpakket voorgesteld voor de komende "
               "twee jaar." if lang.startswith("nl") else "Le ministre a présenté "
               "aujourd'hui un nouveau paquet d'aide pour les deux prochaines années.")
    text = (f"Nieuw steunpakket\n24/12/2022\n\n{opening}\n\n{label}\n"
            + "\n".join(BELGIAN_CONTACTS) + "\n")
    release = normalize(text.encode(), "input.txt", Options(lang=lang, publisher="FOD")).release
    assert texts(release) == [f"p: {opening}", f"heading: {label}",
                              *(f"p: {line}" for line in BELGIAN_CONTACTS)]


NORWEGIAN_CONTACTS = ["kommunikasjonsrådgiver Kari Nordmann, tlf. 23 95 00 00",
                      "seniorrådgiver Ola Nordmann, mobil 900 00 000"]
NORWEGIAN_OPENING = ("Regjeringen øker støtten til Ukraina med 500 millioner kroner i år, "
                     "og pengene går til humanitær hjelp.")


@pytest.mark.parametrize("label", ["Kontaktperson:", "Kontaktpersoner:", "Kontaktpersonar:",
                                   "Pressekontakt:", "Pressekontakter:", "For mer informasjon:",
                                   "For meir informasjon:"])
def test_a_norwegian_contact_label_heads_its_lines_each_a_paragraph(label):
    # Norwegian writes a contact's title in lower case: under an unknown label the label
    # was a paragraph and the second contact's line ran on as the first one's.
    text = (f"Utenriksdepartementet\nNorge øker støtten\nOslo, 12. mars 2024\n"
            f"{NORWEGIAN_OPENING}\n\n{label}\n" + "\n".join(NORWEGIAN_CONTACTS) + "\n")
    release = normalize(text.encode(), "input.txt", Options(lang="nb")).release
    assert texts(release) == [f"p: {NORWEGIAN_OPENING}", f"heading: {label}",
                              *(f"p: {line}" for line in NORWEGIAN_CONTACTS)]


def test_a_norwegian_telephone_line_is_not_run_on_to_the_line_above():
    # "tlf." and "mobil" open their lines in lower case, which read as the name's line
    # wrapped: one paragraph of a name and two numbers.
    lines = ["Kari Nordmann, kommunikasjonsrådgiver", "tlf. 23 95 00 00", "mobil 900 00 000"]
    text = (f"Utenriksdepartementet\nNorge øker støtten\nOslo, 12. mars 2024\n"
            f"{NORWEGIAN_OPENING}\n\n" + "\n".join(lines) + "\n")
    release = normalize(text.encode(), "input.txt", Options(lang="nb")).release
    assert texts(release) == [f"p: {NORWEGIAN_OPENING}", *(f"p: {line}" for line in lines)]


def test_a_finnish_contact_heading_on_a_page_heads_its_lines_parted_by_br():
    data = page(f"<main><h1>Hallitus esittää tukea</h1><p>24.12.2022</p>"
                f"<p>{FINNISH_OPENING}</p><h2>Lisätietoja</h2><p>"
                + "<br>".join(FINNISH_CONTACTS) + "</p></main>",
                "<title>Hallitus esittää tukea</title>", "fi")
    release = normalize(data, "page.html", Options(publisher="Valtiovarainministeriö")).release
    assert texts(release) == [f"p: {FINNISH_OPENING}", "heading: Lisätietoja",
                              *(f"p: {line}" for line in FINNISH_CONTACTS)]


def test_a_plain_contact_label_on_a_page_heads_its_lines_parted_by_br():
    for label in (*PLAIN_LABELS, "Media contact:"):
        data = page(f"<main><h1>{TITLE}</h1><p>March 3, 2026</p><p>{OPENING}</p>"
                    f"<p>{html.escape(label)}<br>" + "<br>".join(CONTACT_LINES)
                    + "</p></main>", f"<title>{TITLE}</title>")
        release = normalize(data, "page.html", Options(publisher="Town of Maple")).release
        assert texts(release) == [SHUTTLE, f"heading: {label}", *CONTACT_END], label


def test_a_plain_contact_label_in_bold_on_a_page_is_a_heading():
    data = page(f"<main><h1>{TITLE}</h1><p>March 3, 2026</p><p>{OPENING}</p>"
                "<p><strong>Contact:</strong></p><p>Jane Roe</p></main>",
                f"<title>{TITLE}</title>")
    release = normalize(data, "page.html", Options(publisher="Town of Maple")).release
    assert texts(release) == [SHUTTLE, "heading: Contact:", "p: Jane Roe"]


def test_a_plain_contact_label_alone_in_a_plain_paragraph_is_a_heading_as_in_text():
    # "<p>Media contact:</p>" then a paragraph per line: it stayed a paragraph, where the
    # copied text's reader makes the label alone on its line the contact's heading.
    for label in (*PLAIN_LABELS, "Media contact:", "Media Contacts"):
        lines = [TITLE, "March 3, 2026", OPENING, label, *CONTACT_LINES]
        release, report = as_page(lines, TITLE)
        assert texts(release) == [SHUTTLE, f"heading: {label}", *CONTACT_END], label
        assert ("heading", label) in [(g.what, g.value) for g in report.guesses]
        text, _ = read("\n\n".join(lines[:3]) + f"\n\n{label}\n" + "\n".join(CONTACT_LINES))
        assert texts(text) == texts(release), label


def test_a_paragraph_that_only_opens_with_a_contact_label_stays_a_paragraph():
    release, _ = as_page([TITLE, "March 3, 2026", OPENING, "Media contact: Jane Roe, "
                          "613-555-0199"], TITLE)
    assert texts(release) == [SHUTTLE, "p: Media contact: Jane Roe, 613-555-0199"]


def test_a_contact_line_under_thirty_with_a_plain_label_is_the_releases():
    release, _ = read(f"{TITLE}\nMarch 3, 2026\n\n{OPENING}\n\n-30-\n\n"
                      "Contact: Jane Roe, 613-555-0199\n\nFollow us on social media\n")
    assert texts(release) == [SHUTTLE, "p: Contact: Jane Roe, 613-555-0199"]


# ------------------------------------------------------------ one contact, not two
def test_a_contact_over_the_headline_and_at_the_end_is_kept_once():
    # Some offices print the contact both over the headline and under the text; moving
    # the first to the end printed it twice on every page.
    for above, below in ((["Media contact:", *CONTACT_LINES], ["Media contact:", *CONTACT_LINES]),
                         (["MEDIA CONTACT", *CONTACT_LINES], ["Contact:", *CONTACT_LINES]),
                         (["Media contact: Jane Roe, 613-555-0199"],
                          ["Media contact: Jane Roe, 613-555-0199"])):
        lines = ["FOR IMMEDIATE RELEASE", "", *above, "", TITLE, "March 3, 2026", "",
                 OPENING, "", *below]
        for release, report in (read("\n".join(lines)), as_page(lines, TITLE)):
            body = texts(release)
            assert body[0] == SHUTTLE
            assert len(body) == 1 + len(below), (above, body)
            assert body[1].endswith(below[0])
            assert " / ".join(above) in dropped(report)
            assert contacts(report) == []


def test_a_different_contact_over_the_headline_is_still_kept_at_the_end():
    lines = ["Media contact:", "Jane Roe", "613-555-0199", "", TITLE, "March 3, 2026", "",
             OPENING, "", "Investor contact:", "John Doe", "613-555-0100"]
    for release, report in (read("\n".join(lines)), as_page(lines, TITLE)):
        body = [line.split(": ", 1)[1] for line in texts(release)]
        assert body == [OPENING, "Investor contact:", "John Doe", "613-555-0100",
                        "Media contact:", "Jane Roe", "613-555-0199"]
        assert contacts(report) == ["Media contact: / Jane Roe / 613-555-0199"]


# ------------------------------------------------------------ the release's kind
KINDS = {
    "de": ("Pressemitteilung", "Stadt Ahorn eröffnet neue Eishalle", "3. März 2026",
           "Die Stadt Ahorn eröffnet am 10. März 2026 ihre neue Eishalle mit einem "
           "kostenlosen Eislaufen für alle."),
    "fr": ("Communiqué de presse", "La ville d'Érable ouvre sa patinoire", "3 mars 2026",
           "La ville d'Érable ouvre sa nouvelle patinoire le 10 mars 2026 avec une séance "
           "gratuite pour tous."),
    "es": ("Comunicado de prensa", "La ciudad de Arce abre su pista de hielo",
           "3 de marzo de 2026", "La ciudad de Arce abre su nueva pista de hielo el 10 de "
           "marzo de 2026 con una sesión gratuita."),
    "ru": ("Пресс-релиз", "Город Клён открывает новый каток", "3 марта 2026 года",
           "Город Клён откроет новый каток 10 марта 2026 года бесплатным катанием для всех "
           "жителей."),
    "ja": ("プレスリリース", "メープル市、新アイスアリーナを開設", "2026年3月3日",
           "メープル市は2026年3月10日に新しいアイスアリーナを開設し、無料のスケート会を開きます。"),
    "zh": ("新闻稿", "枫市新冰场开放", "2026年3月3日",
           "枫市将于2026年3月10日开放新冰场，并举办免费滑冰活动。"),
    "ko": ("보도자료", "메이플시, 새 아이스링크 개장", "2026년 3월 3일",
           "메이플시는 2026년 3월 10일 새 아이스링크를 개장하고 무료 스케이트 행사를 연다."),
    "it": ("Comunicato stampa", "La città di Acero apre il nuovo palaghiaccio",
           "3 marzo 2026", "La città di Acero apre il nuovo palaghiaccio il 10 marzo 2026 "
           "con una serata di pattinaggio gratuita per tutti."),
    "pt": ("Comunicado de imprensa", "A cidade de Bordo abre o novo pavilhão de gelo",
           "3 de março de 2026", "A cidade de Bordo abre o novo pavilhão de gelo a 10 de "
           "março de 2026 com uma sessão gratuita para todos."),
    "nl": ("Persbericht", "Gemeente Esdoorn opent nieuwe ijsbaan", "3 maart 2026",
           "De gemeente Esdoorn opent op 10 maart 2026 haar nieuwe ijsbaan met een gratis "
           "schaatsavond voor iedereen."),
    "pl": ("Komunikat prasowy", "Miasto Klon otwiera nowe lodowisko", "3 marca 2026",
           "Miasto Klon otworzy 10 marca 2026 nowe lodowisko bezpłatną ślizgawką dla "
           "wszystkich mieszkańców."),
}


def test_a_release_kind_label_over_the_title_is_dropped_in_both_readers():
    # As "PRESS RELEASE" is: the same on every release of the office, so no series, and
    # no title when the date line stands between it and the headline.
    for lang, (label, title, date, opening) in KINDS.items():
        for lines in ([label, title, date, "", opening], [label, date, "", title, "", opening],
                      [label.upper(), title, date, "", opening]):
            for release, report in (read("\n".join(lines)), as_page(lines, title, lang)):
                assert release.title.text == title, (lang, lines)
                assert release.meta.series is None, (lang, lines)
                assert texts(release) == [f"p: {opening}"], (lang, lines)
                assert lines[0] in dropped(report), (lang, lines)


def test_a_greek_release_kind_label_is_dropped_in_capitals_too():
    # Greek drops the accents of capitals: "ΔΕΛΤΙΟ ΤΥΠΟΥ" is "Δελτίο Τύπου". The text is
    # read in Greek as a project of source-locale "el" reads it.
    title = "Ο Δήμος Σφενδάμου εγκαινιάζει νέο παγοδρόμιο"
    opening = ("Ο Δήμος Σφενδάμου εγκαινιάζει στις 10 Μαρτίου 2026 το νέο παγοδρόμιο με "
               "δωρεάν πατινάζ για όλους.")
    for label in ("Δελτίο Τύπου", "ΔΕΛΤΙΟ ΤΥΠΟΥ"):
        for lines in ([label, title, "3 Μαρτίου 2026", "", opening],
                      [label, "", "Αθήνα, 3 Μαρτίου 2026", "", title, "", opening]):
            result = normalize("\n".join(lines).encode("utf-8"), "input.txt",
                               Options(publisher="Δήμος Σφενδάμου", lang="el"))
            assert result.release.title.text == title, lines
            assert result.release.meta.publisher.text == "Δήμος Σφενδάμου", lines
            assert result.release.meta.series is None, lines
            assert texts(result.release) == [f"p: {opening}"], lines
            assert label in dropped(result.report), lines


@pytest.mark.parametrize("label", ["Pressemelding", "PRESSEMELDING"])
def test_a_norwegian_release_kind_label_is_dropped_not_the_publisher(label):
    # regjeringen.no prints "Pressemelding" over the headline: the kind of document, as
    # "Pressemitteilung" is, never the ministry that issued it. The text is read in
    # Norwegian as a project of source-locale "nb" reads it.
    title = "Lønnvik kommune åpner ny skøytebane"
    opening = ("Lønnvik kommune åpner den nye skøytebanen 10. mars 2026 med gratis "
               "skøyting for alle.")
    for lines in ([label, "", title, "", "Oslo, 3. mars 2026", "", opening],
                  [label, title, "3. mars 2026", "", opening]):
        result = normalize("\n".join(lines).encode("utf-8"), "input.txt",
                           Options(lang="nb", default_publisher="Lønnvik kommune"))
        assert result.release.title.text == title, lines
        assert result.release.meta.publisher.text == "Lønnvik kommune", lines
        assert result.release.meta.series is None, lines
        assert texts(result.release) == [f"p: {opening}"], lines
        assert label in dropped(result.report), lines


def test_a_section_name_or_a_breadcrumb_over_the_title_is_still_the_series():
    for section in ("Pressemitteilungen", "Communiqués de presse", "Notas de prensa",
                    "Home > Comunicati stampa", "Persberichten",
                    "Пресс-релизы", "Startseite > Pressemitteilung", "首页 > 外交部新闻 > 新闻稿",
                    "ホーム > プレスリリース", "Newsroom", "Statements",
                    "Αρχική > Γραφείο Τύπου > Δελτία Τύπου", "Ανακοινώσεις",
                    "Forsiden > Aktuelt > Pressemeldinger"):
        release, _ = read(f"{section}\n{TITLE}\nMarch 3, 2026\n\n{OPENING}\n")
        assert release.meta.series is not None, section
        assert release.meta.series.text == section.split(" > ")[-1]
        assert release.title.text == TITLE


@pytest.mark.parametrize("phone", ["+1 613 555 0199", "Tel: (020) 7946 0000", "613-555-0199",
                                   "Teléfono: 91 597 70 00", "Тел.: 8 (495) 123-45-67",
                                   "puh. 0295 160 000", "tfn 08-405 10 00"])
def test_a_contacts_phone_line_parted_by_blank_lines_is_no_heading(phone):
    text = ("Example Council\nBridge opens\nMarch 3, 2025\n\nThe council opened the new "
            "bridge on Monday after two years of work, and the first buses crossed it.\n\n"
            f"Media contact:\n\nJane Roe\n\n{phone}\n\njane.roe@council.example\n")
    release = normalize(text.encode(), "input.txt", Options()).release
    assert [(b.name, b.text) for b in release.body[1:]] == [
        ("heading", "Media contact:"), ("p", "Jane Roe"), ("p", phone),
        ("p", "jane.roe@council.example")]


@pytest.mark.parametrize("phone", ["(61) 2020-1234", "(11) 3091-3000", "(02) 9374 4000",
                                   "(61)2020-1234"])
def test_a_phone_number_with_its_area_code_in_brackets_is_no_numbered_item(phone):
    # Brazil and Australia write the area code in brackets: read as a list's "(61)", the
    # code was cut from the number and the line printed as item 61 of a list.
    text = (f"{TITLE}\nMarch 3, 2026\n\n{OPENING}\n\nPress Office\n"
            f"Contact: press@maple.example\n{phone}\n")
    release, _ = read(text)
    assert not any(isinstance(block, ListBlock) for block in release.body)
    assert phone in " / ".join(texts(release))


def test_a_numbered_item_in_brackets_over_words_or_a_figure_is_still_an_item():
    release, _ = read(f"{TITLE}\nMarch 3, 2026\n\n{OPENING}\n\nThe route:\n\n(1) Town hall\n"
                      "(2) 2026 stops in all\n")
    assert texts(release)[-2:] == ["item: Town hall", "item: 2026 stops in all"]


def test_a_brazilian_press_contact_label_heads_its_lines():
    # Brazil writes "Contato" (Portugal "Contacto"): read as a short line over the text,
    # "Contato: imprensa@..." was a heading and the label over a contact's lines a
    # paragraph, its phone and e-mail lines run together under it.
    opening = ("O Museu abriu hoje uma nova sala dedicada à pintura do século XIX, com obras "
               "do seu acervo.")
    for label in ("Contato para a imprensa", "Contatos de imprensa:", "Contato:"):
        text = (f"O Museu abre uma nova sala\n12 de março de 2025\n\n{opening}\n\n{label}\n"
                "Ana Souza\n(61) 2020-1234\nimprensa@museu.example\n")
        release = normalize(text.encode(), "input.txt", Options(publisher="Museu")).release
        assert [(b.name, b.text) for b in release.body[1:]] == [
            ("heading", label), ("p", "Ana Souza"), ("p", "(61) 2020-1234"),
            ("p", "imprensa@museu.example")], label
    text = (f"O Museu abre uma nova sala\n12 de março de 2025\n\n{opening}\n\n"
            "Assessoria de Imprensa\nContato: imprensa@museu.example\n(61) 2020-1234\n")
    release = normalize(text.encode(), "input.txt", Options(publisher="Museu")).release
    # (the press office over its lines heads them, as "Biuro Prasowe" does; the label
    # with its address is a line of the contact, no heading)
    assert [(b.name, b.text) for b in release.body[1:]] == [
        ("heading", "Assessoria de Imprensa"), ("p", "Contato: imprensa@museu.example"),
        ("p", "(61) 2020-1234")]


@pytest.mark.parametrize("address", ["jane.roe@example.ca", "imprensa@midr.gov.br"])
def test_an_email_address_alone_under_a_contact_line_is_a_paragraph_of_its_own(address):
    # It opens in lower case, which made it the rest of a wrapped sentence: the phone and
    # the address ran together on one line of every page.
    for contact in ("Media contact: Jane Roe, 613-555-0199",
                    "Contact: Jane Roe, Press Office of the Town of Maple, 613-555-0199"):
        release, _ = read(f"{TITLE}\nMarch 3, 2026\n\n{OPENING}\n\n{contact}\n{address}\n")
        assert texts(release) == [SHUTTLE, f"p: {contact}", f"p: {address}"], contact


def test_a_sentence_wrapped_before_its_address_is_still_one_paragraph():
    for address in ("press@maple.example.", "www.maple.example/shuttle."):
        release, _ = read(f"{TITLE}\nMarch 3, 2026\n\n{OPENING}\n\nThe timetable and the "
                          f"stops of every line are sent on request by\n{address}\n")
        assert texts(release)[-1] == ("p: The timetable and the stops of every line are sent "
                                      f"on request by {address}")


GREEK_OPENING = "Ο Υπουργός Εξωτερικών συναντήθηκε σήμερα με τον Πρέσβη της Ιαπωνίας."


@pytest.mark.parametrize("label", ["Γραφείο Τύπου", "ΓΡΑΦΕΙΟ ΤΥΠΟΥ", "Γραφείο Τύπου:",
                                   "Επικοινωνία:", "ΕΠΙΚΟΙΝΩΝΙΑ:"])
def test_a_greek_press_office_closing_the_text_heads_its_contact(label):
    # A ministry's release closes with its press office over the telephone: read as two
    # paragraphs, and "Τηλ." was no telephone's label, so the number was no link.
    text = (f"Υπουργείο Εξωτερικών\nΑθήνα, 24 Δεκεμβρίου 2022\n\nΣυνάντηση με τον Πρέσβη\n\n"
            f"{GREEK_OPENING}\n\n{label}\nΤηλ.: 210 368 1000\npress@example.gr\n")
    release = normalize(text.encode(), "input.txt", Options(lang="el")).release
    assert texts(release) == [f"p: {GREEK_OPENING}", f"heading: {label}",
                              "p: Τηλ.: 210 368 1000", "p: press@example.gr"]
    phone = release.body[2]
    assert isinstance(phone, Segment)
    assert [s.attrs for s in phone.content if isinstance(s, Span)] == [
        (("href", "tel:2103681000"), (ITS_TRANSLATE, "no"))]


POLISH_OPENING = "Minister spotkał się dziś z ambasadorem Japonii w siedzibie ministerstwa."


@pytest.mark.parametrize(("label", "name", "detail"), [
    ("Biuro Prasowe", "Jan Kowalski", "tel. +48 22 523 90 00"),
    ("Biuro prasowe", None, "e-mail: prasa@msz.example"),
    ("Rzecznik prasowy", "Anna Nowak", "e-mail: rzecznik@msz.example"),
    ("Kontakt dla mediów:", "Jan Kowalski", "jan.kowalski@msz.example"),
    ("Biuro prasowe:", "Jan Kowalski", "tel. +48 22 523 90 00"),
])
def test_a_polish_press_office_or_spokesman_closing_the_text_heads_its_contact(
        label, name, detail):
    # They were paragraphs, where "Pressekontakt" or "Γραφείο Τύπου" heads the contact.
    lines = [label, *([name] if name else []), detail]
    text = ("Ministerstwo Spraw Zagranicznych\nWarszawa, 24 grudnia 2022 r.\n\n"
            "Spotkanie z ambasadorem\n\n" f"{POLISH_OPENING}\n\n" + "\n".join(lines) + "\n")
    release = normalize(text.encode(), "input.txt", Options(lang="pl")).release
    assert texts(release) == [f"p: {POLISH_OPENING}", f"heading: {label}",
                              *(f"p: {line}" for line in lines[1:])]


def test_a_polish_press_office_without_its_contact_under_it_is_a_paragraph():
    # Alone (a site's section, a sentence's subject) it heads nothing.
    text = ("Ministerstwo Spraw Zagranicznych\nWarszawa, 24 grudnia 2022 r.\n\n"
            f"Spotkanie z ambasadorem\n\n{POLISH_OPENING}\n\nBiuro Prasowe\n"
            "Jan Kowalski\nDyrektor\n")
    release = normalize(text.encode(), "input.txt", Options(lang="pl")).release
    assert "heading: Biuro Prasowe" not in texts(release)



@pytest.mark.parametrize(("lang", "label"), [
    ("en", "Press Office"), ("en", "Media Relations"), ("fr", "Service de presse"),
    ("de", "Pressestelle"), ("es", "Gabinete de prensa")])
def test_a_press_office_over_a_name_and_a_phone_heads_its_contact(lang, label):
    # As "Biuro Prasowe" and "Γραφείο Τύπου" did, without a colon: they were paragraphs.
    text = (f"{TITLE}\nMarch 3, 2026\n\n{OPENING}\n\n{label}\nJane Roe\n"
            "Tel. +44 20 7946 0000\n")
    release = normalize(text.encode(), "input.txt",
                        Options(lang=lang, publisher="Town of Maple",
                                date=dt.date(2026, 3, 3))).release
    assert texts(release) == [SHUTTLE, f"heading: {label}", "p: Jane Roe",
                              "p: Tel. +44 20 7946 0000"]


@pytest.mark.parametrize(("lang", "label"), [
    ("en", "Press Office:"), ("en", "Media Relations:"), ("de", "Pressestelle:"),
    ("it", "Ufficio stampa:"), ("ru", "Пресс-служба:"), ("pl", "Biuro prasowe:"),
    ("el", "Γραφείο Τύπου:")])
def test_a_press_office_with_its_colon_is_a_contacts_label(lang, label):
    # One table of press offices' names heads a contact over its lines and, with a
    # colon, as a label does: the English, German, Italian and Russian names with their
    # colon were paragraphs where the Polish and Greek ones were labels.
    text = f"{TITLE}\nMarch 3, 2026\n\n{OPENING}\n\n{label}\nJane Roe\nDirector\n"
    release = normalize(text.encode(), "input.txt",
                        Options(lang=lang, publisher="Town of Maple",
                                date=dt.date(2026, 3, 3))).release
    assert texts(release) == [SHUTTLE, f"heading: {label}", "p: Jane Roe", "p: Director"]


def test_a_press_office_alone_at_the_end_heads_nothing():
    release, _ = read(f"{TITLE}\nMarch 3, 2026\n\n{OPENING}\n\nPress Office\nJane Roe\n"
                      "Director\n")
    assert "heading: Press Office" not in texts(release)


CZECH_OPENING = ("Ministr zahraničních věcí se dnes v Praze setkal s japonským ministrem "
                 "zahraničí.")
CZECH_CONTACT = ["Jana Nováková", "tel.: +420 224 181 111"]


@pytest.mark.parametrize(("lang", "label"), [
    ("cs", "Kontakt pro média:"), ("cs", "Tiskové oddělení:"), ("cs", "Tisková mluvčí:"),
    ("cs", "Mluvčí:"), ("sk", "Kontakt pre médiá:"), ("sk", "Tlačové oddelenie:"),
    ("sk", "Hovorca:"),
    # without a colon, closing the text over its name and telephone line
    ("cs", "Tiskové oddělení"), ("sk", "Tlačový odbor"),
])
def test_a_czech_or_slovak_contact_label_heads_its_lines(lang, label):
    # It was a paragraph to translate, as were the lines under it.
    dateline = "Praha 24. prosince 2022" if lang == "cs" else "Bratislava 24. decembra 2022"
    text = (f"{dateline}\n\nMinistr jednal s japonským protějškem\n\n{CZECH_OPENING}\n\n"
            f"{label}\n" + "\n".join(CZECH_CONTACT) + "\n")
    release = normalize(text.encode(), "input.txt", Options(lang=lang, publisher="MZV")).release
    assert texts(release) == [f"p: {CZECH_OPENING}", f"heading: {label}",
                              *(f"p: {line}" for line in CZECH_CONTACT)]


HUNGARIAN_OPENING = "A külügyminiszter ma Budapesten tárgyalt japán kollégájával."
HUNGARIAN_CONTACT = ["Kovács Anna", "tel.: +36 1 458 1000"]


@pytest.mark.parametrize("label", [
    "Sajtókapcsolat:", "Sajtóosztály:", "További információ:", "További információk:",
    "Kapcsolat:", "Szóvivő:",
    # without a colon, closing the text over its name and telephone line
    "Sajtóosztály", "Sajtóiroda",
])
def test_a_hungarian_contact_label_heads_its_lines(label):
    # It was a paragraph to translate, as were the lines under it.
    text = (f"Budapest, 2022. december 24.\n\nA miniszter japán kollégájával tárgyalt\n\n"
            f"{HUNGARIAN_OPENING}\n\n{label}\n" + "\n".join(HUNGARIAN_CONTACT) + "\n")
    release = normalize(text.encode(), "input.txt", Options(lang="hu", publisher="KKM")).release
    assert texts(release) == [f"p: {HUNGARIAN_OPENING}", f"heading: {label}",
                              *(f"p: {line}" for line in HUNGARIAN_CONTACT)]


def test_a_hungarian_press_office_without_its_contact_under_it_is_a_paragraph():
    # Alone (a site's section, a sentence's subject) it heads nothing.
    text = (f"Budapest, 2022. december 24.\n\nA miniszter japán kollégájával tárgyalt\n\n"
            f"{HUNGARIAN_OPENING}\n\nSajtóosztály\nKovács Anna\nosztályvezető\n")
    release = normalize(text.encode(), "input.txt", Options(lang="hu", publisher="KKM")).release
    assert "heading: Sajtóosztály" not in texts(release)


INDONESIAN_OPENING = ("Menteri Luar Negeri membuka pertemuan para menteri di Jakarta pada hari "
                      "Sabtu.")
INDONESIAN_CONTACT = ["Direktorat Informasi dan Media", "Telp: +62 21 344 1508",
                      "Email: infomedia@kemlu.go.id"]
ROMANIAN_OPENING = "Ministrul afacerilor externe a participat astăzi la reuniunea de la Viena."
ROMANIAN_CONTACT = ["Biroul de presă", "Tel.: +40 21 431 11 11", "E-mail: presa@mae.ro"]


@pytest.mark.parametrize(("lang", "label"), [
    ("id", "Kontak media:"), ("id", "Kontak Pers:"), ("id", "Narahubung:"),
    ("id", "Informasi lebih lanjut:"), ("id", "Untuk informasi lebih lanjut, hubungi:"),
    ("ro", "Contact presă:"), ("ro", "Contact pentru presă:"), ("ro", "Persoană de contact:"),
    ("ro", "Pentru informații suplimentare:"),
])
def test_an_indonesian_or_romanian_contact_label_heads_its_lines(lang, label):
    # It was a paragraph to translate, as were the lines under it. (Romanian's press
    # office under it is a press office's name, a heading as English's "Press Office".)
    if lang == "id":
        head, opening, contact = ("Jakarta, 24 Desember 2022\n\nMenlu RI buka pertemuan\n\n",
                                  INDONESIAN_OPENING, INDONESIAN_CONTACT)
    else:
        head, opening, contact = ("București, 24 decembrie 2022\n\nMinistrul a participat la "
                                  "reuniune\n\n", ROMANIAN_OPENING, ROMANIAN_CONTACT)
    text = f"{head}{opening}\n\n{label}\n" + "\n".join(contact) + "\n"
    release = normalize(text.encode(), "input.txt", Options(lang=lang, publisher="MFA")).release
    lines = [f"p: {line}" for line in contact]
    if lang == "ro":
        lines[0] = f"heading: {contact[0]}"
    assert texts(release) == [f"p: {opening}", f"heading: {label}", *lines]


def test_a_romanian_press_office_closing_the_text_heads_its_lines():
    # Without a label over it, as Hungarian's "Sajtóosztály" and English's "Press Office".
    text = (f"București, 24 decembrie 2022\n\nMinistrul a participat la reuniune\n\n"
            f"{ROMANIAN_OPENING}\n\n" + "\n".join(ROMANIAN_CONTACT) + "\n")
    release = normalize(text.encode(), "input.txt", Options(lang="ro", publisher="MAE")).release
    assert texts(release) == [f"p: {ROMANIAN_OPENING}", "heading: Biroul de presă",
                              *(f"p: {line}" for line in ROMANIAN_CONTACT[1:])]


def test_a_romanian_press_office_without_its_contact_under_it_is_a_paragraph():
    text = (f"București, 24 decembrie 2022\n\nMinistrul a participat la reuniune\n\n"
            f"{ROMANIAN_OPENING}\n\nBiroul de presă\nAndreea Popescu\npurtător de cuvânt\n")
    release = normalize(text.encode(), "input.txt", Options(lang="ro", publisher="MAE")).release
    assert "heading: Biroul de presă" not in texts(release)


@pytest.mark.parametrize(("lang", "label"), [("id", "Kontak media:"), ("id", "Narahubung:"),
                                           ("ro", "Contact presă:")])
def test_an_indonesian_or_romanian_contact_label_on_a_page_heads_its_lines_parted_by_br(
        lang, label):
    # As English's "Media contact:<br>...": the lines ran together as one sentence.
    opening = INDONESIAN_OPENING if lang == "id" else ROMANIAN_OPENING
    contact = ["Budi Santoso", "Telp: +62 21 344 1508"] if lang == "id" else [
        "Andreea Popescu", "Tel.: +40 21 431 11 11"]
    data = page(f"<main><h1>Menlu RI buka pertemuan</h1><p>24.12.2022</p><p>{opening}</p>"
                f"<p>{label}<br>" + "<br>".join(contact) + "</p></main>",
                "<title>Menlu RI buka pertemuan</title>", lang)
    release = normalize(data, "page.html", Options(publisher="MFA")).release
    assert texts(release) == [f"p: {opening}", f"heading: {label}",
                              *(f"p: {line}" for line in contact)]


def test_an_indonesian_contact_label_in_an_email_is_not_joined_to_its_lines(tmp_path):
    # A plain-text part's lines are joined as a wrapped paragraph's: the label, the
    # directorate and the "Telp:" line were one.
    message = EmailMessage()
    message["From"] = "Direktorat Informasi dan Media <infomedia@kemlu.go.id>"
    message["Subject"] = "Indonesia Salurkan Bantuan Kemanusiaan"
    message["Date"] = "Sat, 24 Dec 2022 15:05:00 +0700"
    message.set_content(f"Jakarta, 24 Desember 2022\n\n{INDONESIAN_OPENING}\n\n"
                        "Kontak media:\n" + "\n".join(INDONESIAN_CONTACT) + "\n")
    release = normalize(message.as_bytes(), tmp_path / "siaran.eml",
                        Options(lang="id", publisher="Kemlu")).release
    assert texts(release)[-4:] == ["heading: Kontak media:",
                                   *(f"p: {line}" for line in INDONESIAN_CONTACT)]


def test_an_indonesian_telephone_label_leaves_its_line_nothing_to_translate():
    # "Telp:" is Indonesian's "Tel:": the line was a message holding a label alone.
    text = (f"Jakarta, 24 Desember 2022\n\nMenlu RI buka pertemuan\n\n{INDONESIAN_OPENING}"
            f"\n\nKontak media:\nBudi Santoso\nTelp. +62 21 344 1508\n")
    release = normalize(text.encode(), "input.txt", Options(lang="id", publisher="MFA")).release
    phone = release.body[-1]
    assert isinstance(phone, Segment) and phone.text == "Telp. +62 21 344 1508"
    assert (ITS_TRANSLATE, "no") in phone.attrs


@pytest.mark.parametrize(("lang", "label"), [
    ("cs", "Kontakt pro média:"), ("sk", "Tlačové oddelenie:"), ("pl", "Kontakt dla mediów:"),
    ("nl", "Perscontact:"), ("en", "Media contact:"), ("id", "Kontak media:"),
    ("ro", "Contact presă:"),
])
def test_a_contact_label_in_bold_on_a_page_keeps_its_lines_parted_by_br_one_paragraph(
        lang, label):
    # As the held-out pages' readers take "<strong>Media Contact:</strong><br>name<br>
    # tel." (en-pharma-news-release-isi-set10-html): one paragraph, the label in it.
    data = page(f"<main><h1>Ministr jednal s japonským protějškem</h1><p>24. 12. 2022</p>"
                f"<p>{CZECH_OPENING}</p><p><strong>{label}</strong><br>"
                + "<br>".join(CZECH_CONTACT) + "</p></main>",
                "<title>Ministr jednal s japonským protějškem</title>", lang)
    release = normalize(data, "page.html", Options(publisher="MZV",
                                                   date=dt.date(2022, 12, 24))).release
    assert texts(release)[-1] == f"p: {label} " + " ".join(CZECH_CONTACT)


WRAPPED_OPENING = ("The Town of Maple launches a free winter shuttle on December 15, 2026,\n"
                   "and the first buses leave the town hall at seven in the morning, every\n"
                   "day of the week, from the stop in front of the library.")
WRAPPED_SHUTTLE = ("p: The Town of Maple launches a free winter shuttle on December 15, 2026, "
                   "and the first buses leave the town hall at seven in the morning, every "
                   "day of the week, from the stop in front of the library.")


@pytest.mark.parametrize("phone", ["tel. +48 22 523 90 00", "Tel. +48 22 523 90 00",
                                   "tel.: 613-555-0199", "+48 22 523 90 00"])
@pytest.mark.parametrize("address", ["e-mail: press@maple.example", "press@maple.example",
                                     "E-mail: press@maple.example", "email: press@maple.example"])
@pytest.mark.parametrize("wrapped", [False, True])
def test_a_closing_contacts_phone_and_address_lines_are_paragraphs_of_their_own(
        phone, address, wrapped):
    # Polish writes "tel." and "e-mail:" in lower case, which made each line the rest of
    # a sentence wrapped over the line above; in an e-mail cut at a fixed width every
    # line ran on, capitalised or not: the office, its number and its address were one
    # paragraph, to be translated, its number no longer a paragraph of digits alone.
    opening = WRAPPED_OPENING if wrapped else OPENING
    release, _ = read(f"{TITLE}\nMarch 3, 2026\n\n{opening}\n\nPress Office\n{phone}\n"
                      f"{address}\n")
    assert texts(release) == [WRAPPED_SHUTTLE if wrapped else SHUTTLE, "heading: Press Office",
                              f"p: {phone}", f"p: {address}"]
    number = release.body[2]
    assert isinstance(number, Segment)
    assert (ITS_TRANSLATE, "no") in number.attrs  # digits alone: no message to copy


HEBREW_OPENING = "השר אלי כהן נפגש היום עם שר החוץ של יפן בירושלים."
HEBREW_OPTIONS = Options(lang="he", publisher="משרד החוץ")


@pytest.mark.parametrize(("label", "phone"), [
    ("דוברות המשרד", "טל' 02-5303111"), ("דוברות משרד החוץ", "טל׳ 02-5303111"),
    ("דוברות המשרד:", "טלפון: 02-5303111"), ("לפרטים נוספים:", "טל' 02-5303111")])
def test_a_hebrew_spokespersons_unit_closing_the_text_heads_its_contact(label, phone):
    # "טל'" (with the ASCII apostrophe or a geresh) was no telephone's label: the number
    # was no link, and the unit's name and its lines were paragraphs to translate.
    text = (f"ירושלים, 24 בדצמבר 2022\n\nהשר כהן נפגש עם שר החוץ\n\n"
            f"{HEBREW_OPENING}\n\n{label}\n{phone}\nפקס: 02-5303367\n")
    release = normalize(text.encode(), "input.txt", HEBREW_OPTIONS).release
    assert texts(release) == [f"p: {HEBREW_OPENING}", f"heading: {label}", f"p: {phone}",
                              "p: פקס: 02-5303367"]
    phone_line, fax_line = release.body[2], release.body[3]
    assert isinstance(phone_line, Segment) and isinstance(fax_line, Segment)
    assert [s.attrs for s in phone_line.content if isinstance(s, Span)] == [
        (("href", "tel:025303111"), (ITS_TRANSLATE, "no"))]
    # the fax's line, as "Fax:" is, has nothing to translate (and no link: no telephone)
    assert (ITS_TRANSLATE, "no") in fax_line.attrs


@pytest.mark.parametrize("phone", ["טל' 02-5303111", "טל׳ 02-5303111", "טלפון: 02-5303111",
                                   "פקס: 02-5303367"])
def test_a_hebrew_phone_line_is_no_continuation_of_a_long_line_above(phone):
    # Hebrew has no lower case: a long line without a full stop ran on into its contact's
    # telephone line, one paragraph.
    above = "לפרטים נוספים ניתן לפנות לדוברות משרד החוץ בירושלים בכל שעות היום"
    text = (f"ירושלים, 24 בדצמבר 2022\n\nהשר כהן נפגש עם שר החוץ\n\n"
            f"{HEBREW_OPENING}\n\n{above}\n{phone}\n")
    release = normalize(text.encode(), "input.txt", HEBREW_OPTIONS).release
    assert texts(release)[-2:] == [f"p: {above}", f"p: {phone}"]


def test_a_label_then_thousands_of_wide_spaces_under_a_long_line_is_read_in_time():
    """A run of em spaces (a layout's) was not made one space as a run of spaces is: a
    telephone's label and 50,000 of them then a word took two minutes, read by the
    running footer's and the breadcrumb's patterns from each space to the run's end, and
    by the telephone line's as split between the spaces before and after its colon."""
    above = "לפרטים נוספים ניתן לפנות לדוברות משרד החוץ בירושלים בכל שעות היום"
    line = "טל'" + "\u2003" * 50_000 + "בוקר"
    text = (f"ירושלים, 24 בדצמבר 2022\n\nהשר כהן נפגש עם שר החוץ\n\n"
            f"{HEBREW_OPENING}\n\n{above}\n{line}\n")
    release = normalize(text.encode(), "input.txt", HEBREW_OPTIONS).release
    assert texts(release)[-1].endswith("טל' בוקר")  # the run one space, nothing else lost


@pytest.mark.parametrize("label", ["Sajtóközlemény", "SAJTÓKÖZLEMÉNY"])
def test_a_hungarian_release_kind_label_is_dropped_not_the_publisher(label):
    # kormany.hu prints "Sajtóközlemény" over the headline: the kind of document, never
    # the ministry that issued it, which the line under it names when there is one; the
    # breadcrumb's section ("Hírek") is the series.
    title = "Új ösztöndíjprogram indul"
    opening = ("A minisztérium 2022. december 24-én bejelentette, hogy új ösztöndíjprogramot "
               "indít a fiatalok számára.")
    ministry = "Külgazdasági és Külügyminisztérium"
    for lines, publisher, series in (
            ([label, "", title, "Budapest, 2022. december 24.", "", opening], "Kormányzat",
             None),
            ([label, title, "2022. december 24.", "", opening], "Kormányzat", None),
            (["Kezdőlap > Hírek", label, ministry, title, "Budapest, 2022. december 24.",
              "", opening], ministry, "Hírek")):
        result = normalize("\n".join(lines).encode("utf-8"), "input.txt",
                           Options(lang="hu", default_publisher="Kormányzat"))
        assert result.release.title.text == title, lines
        assert result.release.meta.publisher.text == publisher, lines
        got = result.release.meta.series
        assert (got.text if got else None) == series, lines
        assert texts(result.release)[0].startswith("p: A minisztérium"), lines
        assert label in dropped(result.report), lines


@pytest.mark.parametrize("label", ["Siaran Pers", "SIARAN PERS"])
def test_an_indonesian_release_kind_label_is_dropped_not_the_publisher(label):
    # kemlu.go.id prints "Siaran Pers" (press release) over the headline: the kind of
    # document, never the ministry that issued it, which the line under it names when
    # there is one.
    title = "Menlu RI Buka Pertemuan Tingkat Menteri ASEAN tentang Kerja Sama Maritim"
    opening = ("Menteri Luar Negeri Retno L.P. Marsudi membuka pertemuan tersebut pada hari "
               "Sabtu di Jakarta.")
    ministry = "Kementerian Luar Negeri Republik Indonesia"
    for lines, publisher in (
            ([label, "", title, "Jakarta, 24 Desember 2022", "", opening], "Kemlu"),
            ([label, title, "24 Desember 2022", "", opening], "Kemlu"),
            ([label, ministry, title, "Jakarta, 24 Desember 2022", "", opening], ministry)):
        result = normalize("\n".join(lines).encode("utf-8"), "input.txt",
                           Options(lang="id", default_publisher="Kemlu"))
        assert result.release.title.text == title, lines
        assert result.release.meta.publisher.text == publisher, lines
        assert texts(result.release)[0].startswith("p: Menteri Luar Negeri"), lines
        assert label in dropped(result.report), lines
        assert result.release.meta.series is None, lines  # the kind of document, no section


@pytest.mark.parametrize(("lang", "crumbs", "series", "lines"), [
    ("id", "Beranda > Siaran Pers", "Siaran Pers",
     ["SIARAN PERS", "Menlu RI Buka Pertemuan", "Jakarta, 24 Desember 2022", "",
      "Menteri Luar Negeri membuka pertemuan para menteri di Jakarta pada hari Sabtu."]),
    ("id", "Beranda > Berita", "Berita",
     ["Menlu RI Buka Pertemuan", "Jakarta, 24 Desember 2022", "",
      "Menteri Luar Negeri membuka pertemuan para menteri di Jakarta pada hari Sabtu."]),
    ("ro", "Acasă > Comunicate de presă", "Comunicate de presă",
     ["Comunicat de presă", "", "Ministrul a participat la reuniunea de la Viena", "",
      "București, 24 decembrie 2022", "",
      "Ministrul afacerilor externe a participat astăzi la reuniunea de la Viena."]),
    ("ro", "Acasă > Ştiri", "Ştiri",
     ["Ministrul a participat la reuniunea de la Viena", "București, 24 decembrie 2022", "",
      "Ministrul afacerilor externe a participat astăzi la reuniunea de la Viena."]),
])
def test_an_indonesian_or_romanian_breadcrumb_over_the_title_names_the_series(
        lang, crumbs, series, lines):
    # As English's "Home > Press Releases": the line was dropped, naming no series. (The
    # kind of document under it, "SIARAN PERS", "Comunicat de presă", names none.)
    result = normalize("\n".join([crumbs, *lines]).encode("utf-8"), "input.txt",
                       Options(lang=lang, default_publisher="MFA"))
    assert result.release.meta.series is not None
    assert result.release.meta.series.text == series
    title = "Menlu RI Buka Pertemuan" if lang == "id" else (
        "Ministrul a participat la reuniunea de la Viena")
    assert result.release.title.text == title
    assert crumbs in dropped(result.report)


@pytest.mark.parametrize(("lang", "crumbs", "series"), [
    ("id", "<a href='/'>Beranda</a> &gt; <a href='/siaran-pers'>Siaran Pers</a>", "Siaran Pers"),
    ("ro", "<a href='/'>Acasă</a> &gt; <a href='/comunicate'>Comunicate de presă</a>",
     "Comunicate de presă"),
])
def test_an_indonesian_or_romanian_page_breadcrumb_names_the_series(lang, crumbs, series):
    data = page(f"<div class='breadcrumb'>{crumbs}</div><main><h1>Menlu RI buka pertemuan</h1>"
                f"<p>24.12.2022</p><p>{INDONESIAN_OPENING}</p></main>",
                "<title>Menlu RI buka pertemuan</title>", lang)
    release = normalize(data, "page.html", Options(publisher="MFA")).release
    assert release.meta.series is not None and release.meta.series.text == series

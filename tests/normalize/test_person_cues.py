"""Persons named after a cue that is a convention of the language, not a title: a verb
of succeeding, a press contact's label, a German or Spanish role before the name, a
nationality before an athlete's, a Japanese header or contact line; and what no cue
may take for a person."""

from __future__ import annotations

import pytest

from toolkit.model import Span
from toolkit.normalize.entities import entity_recognizer
from toolkit.normalize.values import select


def persons(lang: str, text: str) -> list[str]:
    found = select(entity_recognizer(lang).candidates(text, 0))
    return [f.parts[0].text for f in found
            if isinstance(f.parts[0], Span) and f.parts[0].name == "person"]


@pytest.mark.parametrize(("lang", "text", "person"), [
    # a predecessor after a verb of succeeding
    ("en", "He succeeds Gareth Molloy as treasurer.", "Gareth Molloy"),
    ("en", "She takes over from Lena Brightman, who retires.", "Lena Brightman"),
    ("fr", "Il succède à Pascal Lemoine, parti en retraite.", "Pascal Lemoine"),
    ("de", "Im Verein folgt sie auf Petra Hellwig, die nach Bonn wechselt.", "Petra Hellwig"),
    ("de", "Er folgt auf Uwe Brandner.", "Uwe Brandner"),
    ("es", "La nueva directora sucede a Ramón Ortega Gil en el cargo.", "Ramón Ortega Gil"),
    ("ru", "Он сменит Петра Ивановича Орлова на этом посту.", "Петра Ивановича Орлова"),
    # a press contact's label opening the line
    ("en", "Media enquiries: Alice Trent, +44 20 0000 0000", "Alice Trent"),
    ("fr", "Contact presse : Manon Petit, 01 00 00 00 00", "Manon Petit"),
    ("de", "Pressekontakt: Jan Vogler, Telefon 030 000000", "Jan Vogler"),
    ("es", "Contacto de prensa: Inés Calvo, prensa@example.es", "Inés Calvo"),
    ("ru", "Контакты для СМИ: Анна Белова, +7 000 000-00-00", "Анна Белова"),
    ("zh", "媒体联系人：赵明辉，电话：010-0000-0000", "赵明辉"),
    ("nl", "Perscontact: Els Janssens, +32 2 000 00 00", "Els Janssens"),
    ("nl", "Woordvoerder: Jan Peeters, jan.peeters@example.be", "Jan Peeters"),
    ("cs", "Kontakt pro média: Jana Nováková, +420 224 181 111", "Jana Nováková"),
    ("cs", "Tisková mluvčí: Jana Nováková", "Jana Nováková"),
    ("sk", "Hovorca: Peter Susko, hovorca@example.sk", "Peter Susko"),
    ("hu", "Sajtókapcsolat: Kovács Anna, +36 1 458 1000", "Kovács Anna"),
    ("pl", "Kontakt dla mediów: Anna Kowalska, tel. 22 000 00 00", "Anna Kowalska"),
    ("pl", "Rzeczniczka prasowa: Joanna Nowak", "Joanna Nowak"),
    ("nb", "Kontaktperson: Kari Nordmann, kommunikasjonssjef, tlf. 22 24 90 90",
     "Kari Nordmann"),
    ("nb", "For mer informasjon: Ola Hansen, 900 00 000", "Ola Hansen"),
    ("nn", "Pressekontakt: Ingrid Vik, tlf. 22 24 90 90", "Ingrid Vik"),
    ("nn", "For meir informasjon: Sigrid Lie", "Sigrid Lie"),
    ("da", "Kontaktperson: Mette Sørensen, presserådgiver, tlf. 33 92 00 00",
     "Mette Sørensen"),
    ("da", "Yderligere oplysninger: Jens Holm, tlf. 33 92 00 00", "Jens Holm"),
    ("sv", "Presskontakt: Anna Lindqvist, tfn 08-405 10 00", "Anna Lindqvist"),
    ("id", "Kontak media: Budi Santoso, Telp. +62 21 344 1508", "Budi Santoso"),
    ("id", "Narahubung: Dewi Lestari, dewi@example.go.id", "Dewi Lestari"),
    ("ro", "Contact presă: Andreea Popescu, +40 21 431 11 11", "Andreea Popescu"),
    ("ca", "Contacte de premsa: Marta Vidal, tel. 93 567 10 00", "Marta Vidal"),
    ("ca", "Per a més informació: Jordi Puig, jordi.puig@gencat.cat", "Jordi Puig"),
    # (Hebrew: no capitals, so the name before the comma, bracket or dash of its phone or
    # role; the spokesperson's unit with its ministry's words)
    ("he", "דוברות המשרד: יעל כהן, 02-5303111", "יעל כהן"),
    ("he", "דוברות משרד החוץ: עמנואל נחשון - 050-0000000", "עמנואל נחשון"),
    ("he", "לפרטים נוספים: ג'ורג' בר-און (דובר המשרד)", "ג'ורג' בר-און"),
    # a role the title tables do not list, before the name
    ("de", "Das sagte die Meteorologin Karin Wolters am Morgen.", "Karin Wolters"),
    ("de", "Eröffnet wird sie von Oberbürgermeister Frank Seidel.", "Frank Seidel"),
    ("de", "Cheftrainerin Maren Ulbrich ist zufrieden.", "Maren Ulbrich"),
    ("es", "Lo presentó la catedrática Rosa Medina Prieto en Sevilla.", "Rosa Medina Prieto"),
    ("es", "Preside la Junta el magistrado Luis Cabrera Soto.", "Luis Cabrera Soto"),
    # a nationality before an athlete's name
    ("fr", "Le Kényan Samuel Kiptoo a gagné.", "Samuel Kiptoo"),
    ("fr", "devant l'Éthiopienne Almaz Tesfaye.", "Almaz Tesfaye"),
    ("de", "Gewonnen hat der Kenianer Peter Kamau.", "Peter Kamau"),
    # Japanese: an officer after the role and a colon; a contact or attendee line
    ("ja", "株式会社あおば（本社：仙台市、代表取締役社長：鈴木一郎）は、", "鈴木一郎"),
    ("ja", "（問い合わせ先）広報部　木村花子", "木村花子"),
    ("ja", "出席者：代表取締役社長　森田健", "森田健"),
])
def test_a_cue_names_a_person(lang: str, text: str, person: str) -> None:
    assert persons(lang, text) == [person]


@pytest.mark.parametrize(("lang", "text"), [
    # a company, a state or one capitalised word after the cue is no person
    ("en", "The new service succeeds Northgate Systems in the region."),
    ("en", "The plant takes over from United Kingdom suppliers."),
    ("en", "Contact: Press Office, Harlow Council"),
    ("pl", "Kontakt: Biuro Prasowe Ministerstwa Zdrowia"),
    ("id", "Kontak media: Direktorat Jenderal Protokol, Telp: +62 21 344 1508"),
    ("ro", "Contact presă: Biroul de Presă, +40 21 431 11 11"),
    ("da", "Kontakt: Udenrigsministeriets Pressevagt, tlf. 33 92 00 00"),
    ("ca", "Contacte de premsa: Gabinet de Premsa del Departament de Salut"),
    ("ca", "Contacte: Oficina de Comunicació, tel. 93 567 10 00"),
    ("he", "ליצירת קשר: משרד החוץ, 02-5303111"),
    ("he", "לפרטים נוספים: ניתן לפנות לדוברות, 02-5303111"),
    ("he", "פרטי קשר: דוברת המשרד, 02-5303111"),
    ("he", "פרטי קשר: טל' 02-5303111, פקס 02-5303112"),
    # (a Hebrew line ending after two words: as likely the ministry's words as a name)
    ("he", "לפרטים נוספים: יעל כהן"),
    ("de", "Das Modell folgt auf Brandt Maschinenbau GmbH."),
    ("de", "Der Trainer Borussia hat"),
    ("fr", "Le Kényan Kiptoo a gagné."),
    ("es", "sucede a Bolivia Oriental en la lista"),
    # a word of an organisation's in the run: no name
    ("en", "The grant succeeds Gareth Molloy Foundation funding."),
    # Japanese: a line that is no contact's name, a name in a sentence
    ("ja", "第1部　基調講演について説明します。"),
    # Chinese: the label inside a sentence
    ("zh", "公司设立联系人：制度"),
])
def test_no_person_without_a_name_after_the_cue(lang: str, text: str) -> None:
    assert persons(lang, text) == []


@pytest.mark.parametrize(("lang", "text", "person"), [
    # a contact's label in capitals, as a release's last lines often set it, is the label
    # still, the name after it capitalised as usual
    ("pl", "KONTAKT DLA MEDIÓW: Jan Kowalski, tel. 22 000 00 00", "Jan Kowalski"),
    ("en", "MEDIA CONTACT: Jane Roe", "Jane Roe"),
    ("nl", "PERSCONTACT: Bart Wouters, +32 2 000 00 00", "Bart Wouters"),
    ("sk", "KONTAKT PRE MÉDIÁ: Peter Susko", "Peter Susko"),
    # ... and a line in capitals throughout names its person in capitals, as the usual
    # label's line does ("Media contact: JANE ROE")
    ("en", "MEDIA CONTACT: JANE ROE", "JANE ROE"),
    ("en", "Media contact: JANE ROE", "JANE ROE"),
])
def test_a_contact_label_in_capitals_names_a_person(lang: str, text: str, person: str) -> None:
    assert persons(lang, text) == [person]


@pytest.mark.parametrize(("lang", "text"), [
    # a body in capitals after the label is no person, as it is none in its usual case
    ("en", "MEDIA CONTACT: PRESS OFFICE, HARLOW COUNCIL"),
    ("en", "Media contact: PRESS OFFICE"),
    ("pl", "KONTAKT: BIURO PRASOWE MINISTERSTWA ZDROWIA"),
    # the label's words inside a line are no label
    ("en", "FOR A MEDIA CONTACT: Jane Roe"),
])
def test_a_body_after_a_contact_label_in_capitals_is_no_person(lang: str, text: str) -> None:
    assert persons(lang, text) == []


@pytest.mark.parametrize(("text", "person"), [
    # a first name and patronymic right after the role: the whole name, not its tail
    ("Совет директоров назначил генеральным директором Дмитрия Сергеевича Волкова.",
     "Дмитрия Сергеевича Волкова"),
    ("назначил директором компании Ольгу Викторовну Смирнову.", "Ольгу Викторовну Смирнову"),
    # words between the role and the name still go before it
    ("губернатор Тульской области Дмитрий Сергеевич Миляев сообщил", "Дмитрий Сергеевич Миляев"),
])
def test_a_russian_name_opens_with_its_first_name(text: str, person: str) -> None:
    assert persons("ru", text) == [person]


def test_a_russian_name_opens_with_no_patronymic() -> None:
    # the word before the patronymic is no first name: no person
    assert persons("ru", "назначил генеральным директором холдинга Сергеевича Волкова.") == []


@pytest.mark.parametrize(("text", "person"), [
    # French: the role, what it is of, a comma, then the name
    ("réunis autour de sa présidente, Anne Richard.", "Anne Richard"),
    ("La ministre de la Culture, Rachida Dati, inaugurera les salles.", "Rachida Dati"),
    ("Le maire de Grenoble, Olivier Besson, a rendu hommage.", "Olivier Besson"),
    ("Le préfet de la Haute-Savoie, Jean-Marc Dupuis a signé l'arrêté.", "Jean-Marc Dupuis"),
])
def test_a_french_role_and_a_comma_name_a_person(text: str, person: str) -> None:
    assert persons("fr", text) == [person]


@pytest.mark.parametrize("text", [
    # a body after the comma, a portfolio going on, a name not ended as a name is
    "la directrice générale, Banque de France, a dit",
    "le maire de Lyon, Grand Lyon Métropole, a dit",
    "le ministre de l'Économie, des Finances et de la Souveraineté, a dit",
    "La présidente, Anne Richard présente le plan.",
    # no role before the comma
    "Dans la salle, Anne Richard, a-t-on appris.",
])
def test_no_french_person_after_a_comma_without_a_role_and_a_name(text: str) -> None:
    assert persons("fr", text) == []

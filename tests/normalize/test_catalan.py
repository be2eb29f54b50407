"""Catalan (ca) sources, read as any other language with a few words of their own: told
from Spanish and French, whose articles and accented letters it shares ("el", "la",
"les", "é", "à"), by the words it alone writes ("amb", "els", "més", "aquest"), and its
date line read as a government press office writes it ("24 de desembre de 2022")."""

from __future__ import annotations

import datetime as dt

import pytest

from toolkit.normalize import Options, normalize
from toolkit.normalize.structure import contact_label
from toolkit.vocabulary import ITS_TRANSLATE

from .support import found

# A Generalitat press release as copied: its words are Catalan, its articles and accents
# Spanish's and French's too, its date line no date line of the languages tried first.
_WORDS = ("El conseller d'Acció Climàtica ha presentat aquest dissabte el pla de "
          "restauració dels aiguamolls, amb un pressupost de 250.000 euros. La Generalitat "
          "hi aportarà un 15 % més que l'any passat, i els ajuntaments també hi "
          "col·laboraran.")


def _text(dateline: str) -> str:
    return (f"Nota de premsa\n\nEl Govern restaura els aiguamolls de l'Empordà\n\n"
            f"{dateline}\n\n{_WORDS}\n")


def _page(dateline: str) -> str:
    return ("<!DOCTYPE html><html><head><title>El Govern restaura els aiguamolls</title>"
            "</head><body><main><h1>El Govern restaura els aiguamolls de l'Empordà</h1>"
            f"<p>{dateline}</p><p>{_WORDS}</p></main></body></html>")


def _read(data: str, path: str, project: str | None, lang: str | None = None):
    return normalize(data.encode(), path, Options(
        source_locale=project, lang=lang, default_publisher="Generalitat de Catalunya"))


@pytest.mark.parametrize("project", [None, "ca", "es", "fr"])
@pytest.mark.parametrize(("dateline", "place"), [
    ("Barcelona, 24 de desembre de 2022", "Barcelona"),
    ("24 de desembre del 2022", None),
    ("Girona, 3 d’abril de 2023", "Girona"),
])
@pytest.mark.parametrize("make", [_text, _page], ids=["text", "page"])
def test_a_catalan_text_is_read_as_catalan_and_its_date_line_found(make, dateline, place,
                                                                  project):
    # Its "el", "que", "una" and accented letters told the text Spanish ("no date line
    # found", exit 2, and an e-mail dated by its header tagged xml:lang="es"), in a
    # Catalan project too: the words named a language, so the project's did not stand in.
    path = "copied.txt" if make is _text else "page.html"
    release = _read(make(dateline), path, project).release
    assert release.lang == "ca"
    value = "2023-04-03" if "abril" in dateline else "2022-12-24"
    assert release.meta.published.get("value") == value
    assert (release.meta.place.content[0] if release.meta.place else None) == place


@pytest.mark.parametrize("dateline", ["Barcelona, 24 de desembre de 2022",
                                      "Barcelona, 24 de desembre del 2022"])
def test_a_catalan_date_line_is_read_with_de_or_del_before_the_year(dateline):
    # CLDR writes "24 de desembre del 2022"; the Generalitat's releases, as most Catalan
    # prose, write "de 2022": with --lang ca too, no date line was found.
    page = _page(dateline).replace("<html>", '<html lang="ca">')
    release = _read(page, "page.html", "ca", lang="ca").release
    assert release.meta.published.get("value") == "2022-12-24"


@pytest.mark.parametrize("text", [
    # Spanish, French and Italian texts with a Catalan name in them stay theirs.
    "El Gobierno y la Generalitat firmaron el acuerdo con los ayuntamientos, que también "
    "está en el Departament d'Acció Climàtica. Es el año más importante.",
    "Le ministre et la Generalitat ont signé l'accord avec les communes, qui est aussi "
    "dans le Departament de Salut. Les élus sont venus à Barcelone pour une réunion.",
])
def test_a_neighbour_s_text_naming_a_catalan_body_stays_its_own(text):
    release = _read(f"Titre\n\n24/12/2022\n\n{text}\n", "copied.txt", None).release
    assert release.lang != "ca"


# Too few of its own words to name it ("amb", "avui", "més"), and Spanish's "el", "es"
# with an accent: the text is guessed Spanish by its words, as it would be in any project.
_SHORT = ("Nota de premsa\n\nLa Festa Major de les Arts arriba a la 3a edició\n\n"
          "Girona, 24 de desembre de 2022\n\nEl Departament de Cultura ha presentat avui "
          "la Festa Major de les Arts, que es farà a la plaça de l'Univers amb 2.500 "
          "persones inscrites, un 15 % més que l'any anterior.\n")
_MAIL = ("From: Gabinet de Premsa <premsa@cultura.example>\nSubject: La Festa Major\n"
         "Date: Sat, 24 Dec 2022 09:15:00 +0100\nMIME-Version: 1.0\n"
         "Content-Type: text/plain; charset=utf-8\n\n" + _SHORT)


@pytest.mark.parametrize(("data", "path"), [(_SHORT, "copied.txt"), (_MAIL, "festa.eml")])
def test_a_short_text_in_a_catalan_project_is_read_in_catalan_when_only_it_finds_the_date_line(
        data, path):
    # "no date line found" (exit 2), and the e-mail, dated by its header, was tagged
    # xml:lang="es", its title "Nota de premsa" and its date line a heading, in a project
    # whose source locale is ca: a date line the languages tried first do not read is
    # tried in the project's language before none is said to be found.
    normalized = _read(data, path, "ca")
    release = normalized.release
    assert release.lang == "ca"
    assert release.meta.published.get("value") == "2022-12-24"
    assert release.meta.place is not None and release.meta.place.content[0] == "Girona"
    assert any(g.what == "lang" and g.value == "ca" and "source locale" in g.rule
               for g in normalized.report.guesses)


def test_a_short_spanish_text_with_no_date_line_stays_spanish_in_a_catalan_project():
    text = ("Nota de prensa\n\nEl Gobierno firma el acuerdo\n\nEl Gobierno ha firmado "
            "el acuerdo con los ayuntamientos, que está en vigor desde hoy.\n")
    release = normalize(text.encode(), "copied.txt", Options(
        source_locale="ca", date=dt.date(2022, 12, 24), default_publisher="Gobierno")).release
    assert release.lang == "es"


@pytest.mark.parametrize(("text", "expected"), [
    # Catalan writes the hour with a full stop and "h" after it, as the Generalitat's
    # style book says ("a les 14.40 h", "a les 10 h"): a number 14.40 or 10 ("at 10 h" in
    # English) was read, the page of no locale saying "2:40 PM".
    ("L'acte començarà a les 14.40 h a la seu.", [("time", "14.40 h", {"value": "14:40"})]),
    ("La inscripció obrirà a les 10 h.", [("time", "10 h", {"value": "10:00"})]),
    ("a les 10.30 hores", [("time", "10.30 hores", {"value": "10:30"})]),
    # Opening hours: two times, as French "de 10 à 17 h"
    ("Obert de 10 a 17 h al públic.", [("time", "10", {"value": "10:00"}),
                                      ("time", "17 h", {"value": "17:00"})]),
    # ... a length of time is no time of day
    ("El trajecte dura 2 hores.", [("duration", "2 hores", {"value": "PT2H"})]),
    # ... nor a range that counts hours: a number and a length, as French "un trajet de
    # 2 à 3 heures" is
    ("un trajecte de 2 a 3 hores", [("number", "2", {"value": "2"}),
                                    ("duration", "3 hores", {"value": "PT3H"})]),
])
def test_a_catalan_hour_is_a_time(text, expected):
    assert found("ca", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "una hora i mitja" was nothing, the half after the unit as Spanish's "y media";
    # its number words ("dues hores", "vint-i-cinc minuts") and "mitja hora" too
    ("La visita durarà una hora i mitja.",
     [("duration", "una hora i mitja", {"value": "PT1H30M"})]),
    ("durarà dues hores i mitja", [("duration", "dues hores i mitja", {"value": "PT2H30M"})]),
    ("fa dos anys i mig", [("duration", "dos anys i mig", {"value": "P2Y6M"})]),
    ("una pausa de mitja hora", [("duration", "mitja hora", {"value": "PT30M"})]),
    ("en vint-i-cinc minuts", [("duration", "vint-i-cinc minuts", {"value": "PT25M"})]),
    ("durant tres dies", [("duration", "tres dies", {"value": "P3D"})]),
    # ... but "nou" is "new" as often as nine, and "una setmana" a rate as "a week" is
    ("celebra un nou any de feina", []),
    ("tres vegades una setmana", []),
])
def test_catalan_durations_in_words(text, expected):
    assert found("ca", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the number 15 and the text "per cent", which each locale's page then printed as 15
    ("El pressupost creix el 15 per cent.",
     [("number", "15 per cent", {"value": "15", "style": "percent"})]),
    ("un 2,5 per cent més", [("number", "2,5 per cent", {"value": "2.5", "style": "percent"})]),
])
def test_a_catalan_percentage_in_words(text, expected):
    assert found("ca", text) == expected


@pytest.mark.parametrize(("text", "covered", "value"), [
    # Catalan writes the ordinal's last letters against its digits (1r, 2n, 3r, 4t, 5è;
    # 1a, 2a, 3a feminine): they stayed text, a number 3 and "a edició" to translate
    ("arriba a la 3a edició", "3a", "3"),
    ("celebra el 25è aniversari", "25è", "25"),
    ("el 1r premi", "1r", "1"),
    ("el 2n lloc", "2n", "2"),
    ("el 3r trimestre", "3r", "3"),
    ("el 4t any", "4t", "4"),
    ("els 1rs classificats", "1rs", "1"),
    ("les 2es jornades", "2es", "2"),
])
def test_a_catalan_ordinal(text, covered, value):
    assert found("ca", text) == [("number", covered, {"value": value, "style": "ordinal"})]


def test_a_catalan_date_in_digits_with_its_full_year_is_a_date():
    # CLDR's Catalan short date is d/M/yy; releases write the whole year
    assert found("ca", "Es va signar el 24/12/2022 a Barcelona.") == [
        ("date", "24/12/2022", {"value": "2022-12-24", "skeleton": "yMd"})]


def _block_text(block) -> str:
    return "".join(part if isinstance(part, str) else part.text
                   for part in getattr(block, "content", ()))


def _untranslated(block) -> bool:
    return (ITS_TRANSLATE, "no") in block.attrs


_CONTACT = "Gabinet de Premsa del Departament de Salut\nTel. 93 567 10 00\npremsa@salut.example\n"


@pytest.mark.parametrize("label", ["Contacte de premsa:", "Contactes de premsa:", "Contacte:",
                                   "Persona de contacte:", "Per a més informació:"])
def test_catalan_contact_labels(label):
    assert contact_label(label)


def test_a_copied_catalan_contact_label_heads_its_lines():
    # "Contacte de premsa:" was a paragraph, the press office's name another
    body = _read(_text("Barcelona, 24 de desembre de 2022") + "\nContacte de premsa:\n"
                 + _CONTACT, "copied.txt", "ca").release.body
    assert [(b.name, _block_text(b), _untranslated(b)) for b in body[-4:]] == [
        ("heading", "Contacte de premsa:", False),
        ("p", "Gabinet de Premsa del Departament de Salut", False),
        ("p", "Tel. 93 567 10 00", True), ("p", "premsa@salut.example", True)]


@pytest.mark.parametrize("label", ["<p>Contacte de premsa:<br>",
                                   "<h2>Contacte de premsa</h2><p>"])
def test_a_catalan_contact_s_lines_on_a_page_are_each_a_paragraph(label):
    # they were one translatable paragraph: "Contacte de premsa: Gabinet de Premsa Tel.
    # <link/> <link/>"
    page = _page("Barcelona, 24 de desembre de 2022").replace(
        "</main>", f"{label}Gabinet de Premsa<br>Tel. 93 567 10 00<br>"
        "premsa@salut.example</p></main>")
    texts = [_block_text(b) for b in _read(page, "page.html", "ca").release.body]
    at = texts.index("Gabinet de Premsa")
    assert texts[at - 1].startswith("Contacte de premsa")
    assert texts[at + 1:] == ["Tel. 93 567 10 00", "premsa@salut.example"]


def test_the_press_office_over_its_contact_heads_it():
    # "Gabinet de Premsa" (the press office) alone over its lines names the contact
    body = _read(_text("Barcelona, 24 de desembre de 2022") + "\nGabinet de Premsa\n"
                 "Tel. 93 567 10 00\n", "copied.txt", "ca").release.body
    assert [(b.name, _block_text(b)) for b in body[-2:]] == [
        ("heading", "Gabinet de Premsa"), ("p", "Tel. 93 567 10 00")]


@pytest.mark.parametrize("make", [_text, _page], ids=["text", "page"])
def test_nota_de_premsa_over_the_title_is_the_kind_of_document(make):
    # it was dropped as the site's navigation, by the page reader as a label over the h1
    data = make("Barcelona, 24 de desembre de 2022")
    if make is _page:
        data = data.replace("<h1>", '<p class="label">Nota de premsa</p><h1>')
    normalized = _read(data, "copied.txt" if make is _text else "page.html", "ca")
    assert normalized.release.title.text == "El Govern restaura els aiguamolls de l'Empordà"
    dropped = [g.rule for g in normalized.report.guesses
               if g.what == "dropped" and g.value == "Nota de premsa"]
    assert dropped and all("navigation" not in rule for rule in dropped)

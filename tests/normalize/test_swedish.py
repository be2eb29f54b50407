"""Swedish (sv) sources, read as any other language with a few words of their own: the
language a project of source-locale sv tags its releases with, the date line's labels,
and the times its prose writes ("kl. 14.40", Språkrådet's norm; CLDR's sv writes
"14:40")."""

from __future__ import annotations

import pytest

from toolkit.model import Segment, Span
from toolkit.normalize import Options, normalize
from toolkit.normalize.structure import contact_label

from .support import found

# A regeringen.se press release as copied: "december" is Swedish, Danish and Dutch alike.
_RELEASE = ("Startsida > Pressmeddelanden\n\n"
            "Utrikesministern reser till Åbo\n\n"
            "Publicerad 24 december 2022\n\n"
            "Utrikesminister Tobias Billström reser till Åbo. Mötet inleds kl. 14.40 och "
            "pågår i 30 minuter.\n")
_HTML = ('<!DOCTYPE html><html><head><title>Utrikesministern reser till Åbo</title></head>'
         '<body><main><h1>Utrikesministern reser till Åbo</h1>'
         '<p>Publicerad 24 december 2022</p>'
         '<p>Utrikesminister Tobias Billström reser till Åbo. Mötet inleds kl. 14.40 och '
         'pågår i 30 minuter.</p></main></body></html>')


def _read(data: str, path: str, project: str | None):
    return normalize(data.encode(), path, Options(
        source_locale=project, default_publisher="Utrikesdepartementet"))


@pytest.mark.parametrize(("data", "path"), [(_RELEASE, "copied.txt"), (_HTML, "page.html")])
def test_a_month_name_the_project_s_language_shares_names_the_project_s_language(data, path):
    # "24 december 2022" read as Dutch first: a Swedish text of an sv project was tagged
    # nl and read by Dutch rules ("kl. 14.40" a number, the pages lang="nl").
    release = _read(data, path, "sv").release
    assert release.lang == "sv"
    assert release.meta.published.get("value") == "2022-12-24"


def test_a_month_name_the_text_s_words_tell_is_kept_in_another_project():
    # A Dutch release in an sv project: its words are Dutch ("het", "een", "zijn"), so the
    # date line's language stands.
    text = ("Minister bezoekt Turku\n\n24 december 2022\n\nDe minister heeft het bezoek "
            "aan een school gebracht. Het was een werkbezoek dat zijn ministerie regelde.\n")
    assert _read(text, "copied.txt", "sv").release.lang == "nl"
    # ... and in no project, as in a Danish one
    assert _read(text, "copied.txt", None).release.lang == "nl"
    assert _read(text, "copied.txt", "da").release.lang == "nl"


@pytest.mark.parametrize("project", [None, "en", "nl", "da"])
def test_a_swedish_text_is_told_by_its_words_in_any_project(project):
    # "24 december 2022" read as Dutch, the first language whose month names read it: a
    # Swedish text with no project, or in one of another language, was tagged nl and read
    # by Dutch rules ("kl. 14.40" a number). Its words ("till", "och"), with ä and ö,
    # are Swedish's.
    release = _read(_RELEASE, "copied.txt", project).release
    assert release.lang == "sv"
    assert release.meta.published.get("value") == "2022-12-24"


@pytest.mark.parametrize(("text", "lang"), [
    # Danish and Norwegian share "december" or their date lines' digits with Dutch and
    # each other; each is told by the words it alone writes, with its æ and ø
    ("Udenrigsministeren besøger Åbo\n\n24.12.2022\n\nUdenrigsministeren deltager i et "
     "møde af Nordisk Ministerråd. Mødet blev indledt kl. 14.40, og ministeren siger, at "
     "samarbejdet mellem landene er vigtigt.\n", "da"),
    ("Utenriksministeren besøker Åbo\n\n24.12.2022\n\nUtenriksministeren deltar i et "
     "møte i Nordisk ministerråd. Møtet ble åpnet kl. 14.40, og ministeren sier at "
     "samarbeidet blir viktigere etter krigen.\n", "nb"),
    ("Utrikesministern besöker Åbo\n\n24.12.2022\n\nUtrikesministern deltar i ett möte "
     "i Nordiska ministerrådet. Mötet inleds kl. 14.40, och ministern säger att "
     "samarbetet är viktigt.\n", "sv"),
])
def test_the_scandinavian_languages_are_told_from_each_other(text, lang):
    assert _read(text, "copied.txt", None).release.lang == lang


def test_the_project_s_language_is_said_in_the_report():
    report = _read(_RELEASE, "copied.txt", "sv").report
    assert any(g.what == "lang" and g.value == "sv" for g in report.guesses)


@pytest.mark.parametrize(("text", "expected"), [
    # an hour after "kl." or "klockan" is a time, its minutes after a full stop as
    # Språkrådet writes them, or a colon as CLDR does; two hours after it are two times
    ("Mötet inleds kl. 14.40 i Åbo", [("time", "14.40", {"value": "14:40"})]),
    ("stänger klockan 14:40 i dag", [("time", "14:40", {"value": "14:40"})]),
    ("Klockan 9 i dag", [("time", "9", {"value": "09:00"})]),
    ("öppen kl. 10–17.", [("time", "10", {"value": "10:00"}),
                          ("time", "17", {"value": "17:00"})]),
    # ... and joined by "till" after the hour's word, as Danish "til" (the second was a
    # number); not "och", "kl." being the singular too
    ("öppet från kl. 10 till 17", [("time", "10", {"value": "10:00"}),
                                   ("time", "17", {"value": "17:00"})]),
    ("klockan 10 till 17", [("time", "10", {"value": "10:00"}),
                            ("time", "17", {"value": "17:00"})]),
    ("kl. 10 och 20 deltagare", [("time", "10", {"value": "10:00"}),
                                 ("number", "20", {"value": "20"})]),
    # an hour alone, with no word before it, is a number
    ("öppnar 10 nya kontor", [("number", "10", {"value": "10"})]),
])
def test_swedish_hours(text, expected):
    assert found("sv", text) == expected


@pytest.mark.parametrize(("line", "place"), [
    # regeringen.se's label over the text is no place ...
    ("Publicerad 24 december 2022", None),
    ("Publicerad den 24 december 2022", None),
    # ... and a letter's "Stockholm den 24 december 2022" is dated in Stockholm
    ("Stockholm den 24 december 2022", "Stockholm"),
])
def test_swedish_date_lines(line, place):
    text = f"Utrikesministern reser till Åbo\n\n{line}\n\nUtrikesministern reser i dag.\n"
    release = _read(text, "copied.txt", "sv").release
    assert release.meta.published.get("value") == "2022-12-24"
    assert (release.meta.place.content[0] if release.meta.place else None) == place


def test_a_swedish_release_s_values():
    body = _read(_RELEASE, "copied.txt", "sv").release.body[0]
    assert isinstance(body, Segment)
    assert [(s.name, s.text) for s in body.content if isinstance(s, Span)] == [
        ("time", "14.40"), ("duration", "30 minuter")]


@pytest.mark.parametrize(("text", "expected"), [
    # Swedish writes the percentage's word as often as its sign, undeclined; both are
    # the percentage ("15 procent" was the number 15 and text)
    ("en ökning med 15 procent jämfört med", [
        ("number", "15 procent", {"value": "15", "style": "percent"})]),
    ("Andelen kvinnor är 15 %.", [("number", "15 %", {"value": "15", "style": "percent"})]),
    # points are none
    ("ökade med 2 procentenheter", [("number", "2", {"value": "2"})]),
])
def test_swedish_percentages(text, expected):
    assert found("sv", text) == expected


# What regeringen.se prints over a release's headline: its kind ("Pressmeddelande", a
# press invitation's "Pressinbjudan") and whom it is from; a letter's date line under the
# page's own.
_LABELLED = ("Startsida > Pressmeddelanden\n"
             "Pressmeddelande\n"
             "Publicerad 24 december 2022\n"
             "Utrikesminister Tobias Billström deltar i ministerrådets möte i Åbo\n\n"
             "Stockholm den 24 december 2022\n\n"
             "Utrikesminister Tobias Billström reser till Åbo för att delta i mötet.\n")


def test_a_release_s_kind_over_the_date_line_is_no_title():
    # "Pressmeddelande" was the title, the headline under it a photo's description, and
    # "Stockholm den 24 december 2022" under the date line another photo's
    read = _read(_LABELLED, "copied.txt", "sv")
    release = read.release
    assert release.title.text == ("Utrikesminister Tobias Billström deltar i "
                                  "ministerrådets möte i Åbo")
    assert release.figures == ()
    assert release.meta.place is not None and release.meta.place.content[0] == "Stockholm"
    assert any(g.what == "dropped" and g.value == "Stockholm den 24 december 2022"
               for g in read.report.guesses)


def test_a_second_date_line_of_another_date_is_still_read_as_before():
    # only the release's own date again is a date line: another date stays in the text
    text = _LABELLED.replace("Stockholm den 24 december 2022", "Stockholm den 2 maj 2021")
    release = _read(text, "copied.txt", "sv").release
    assert release.meta.place is None
    assert any("2 maj 2021" in _text(figure.alt) for figure in release.figures) or any(
        "2 maj 2021" in _text(block) for block in release.body)


def _text(block) -> str:
    return "".join(part if isinstance(part, str) else part.text
                   for part in getattr(block, "content", ()))


_INVITATION = ("From: Utrikesdepartementet <ud.press@gov.example>\n"
               "Subject: Pressinbjudan: Billström tar emot Finlands utrikesminister\n"
               "Date: Sat, 24 Dec 2022 10:05:00 +0100\n"
               "Content-Type: text/plain; charset=utf-8\n\n"
               "Pressinbjudan\n\n"
               "Billström tar emot Finlands utrikesminister\n\n"
               "Stockholm den 24 december 2022\n\n"
               "Utrikesministern tar emot Finlands utrikesminister. Mötet börjar kl. 14.40 "
               "och media är välkomna till en fotosession.\n")


def test_a_press_invitation_s_kind_is_no_publisher():
    release = _read(_INVITATION, "inbjudan.eml", "sv").release
    assert release.meta.publisher.text == "Utrikesdepartementet"
    assert release.title.text == "Billström tar emot Finlands utrikesminister"


_PAGE = ('<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">'
         '<title>Stödet ökar - Regeringen.se</title>'
         '<meta property="og:site_name" content="Regeringskansliet"></head><body><main>'
         '<article><p class="label">Pressmeddelande från Utrikesdepartementet</p>'
         '<h1>Sverige ökar stödet till Östersjöstaterna</h1>'
         '<p class="published">Publicerad 24 december 2022</p>'
         '<p>Regeringen har i dag beslutat att öka stödet till säkerhetssamarbetet.</p>'
         '<h2>Presskontakt</h2>'
         '<p>Erik Öberg<br>Pressekreterare, Utrikesdepartementet<br>Telefon 08-405 10 00<br>'
         'erik.oberg@gov.example</p></article></main></body></html>')


def test_the_release_s_from_line_names_its_issuer_not_the_site():
    # the publisher was og:site_name's "Regeringskansliet", the government's offices
    read = _read(_PAGE, "page.html", "sv")
    assert read.release.meta.publisher.text == "Utrikesdepartementet"
    assert any(g.what == "publisher" and g.value == "Utrikesdepartementet"
               for g in read.report.guesses)


def test_a_copied_release_s_from_line_names_its_issuer():
    text = _LABELLED.replace("Pressmeddelande\n", "Pressmeddelande från Försvarsdepartementet\n")
    release = normalize(text.encode(), "copied.txt", Options(source_locale="sv")).release
    assert release.meta.publisher.text == "Försvarsdepartementet"
    assert release.title.text.startswith("Utrikesminister")


def test_the_lines_under_presskontakt_are_the_contact_s_own():
    # they ran together into one paragraph, "Erik Öberg Pressekreterare, ..."
    body = _read(_PAGE, "page.html", "sv").release.body
    texts = [_text(block) for block in body]
    at = texts.index("Presskontakt")
    assert texts[at + 1:at + 3] == ["Erik Öberg", "Pressekreterare, Utrikesdepartementet"]


@pytest.mark.parametrize("label", ["Presskontakt:", "Kontakt:", "Pressekreterare:",
                                   "Presstjänsten:", "För mer information:"])
def test_swedish_contact_labels(label):
    # with their colon, as Norwegian's: without one a line may be the site's link
    assert contact_label(label)


def test_a_swedish_press_office_over_the_contact_heads_it():
    # "Presstjänst" alone over its lines is the press office's name heading the contact
    text = _RELEASE + "\nPresstjänst\nTelefon 08-405 10 00\nud.press@gov.example\n"
    body = _read(text, "copied.txt", "sv").release.body
    assert [b.name for b in body[-3:]] == ["heading", "p", "p"]
    assert _text(body[-3]) == "Presstjänst"

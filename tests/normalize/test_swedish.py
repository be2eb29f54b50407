"""Swedish (sv) sources, read as any other language with a few words of their own: the
language a project of source-locale sv tags its releases with, the date line's labels,
and the times its prose writes ("kl. 14.40", Språkrådet's norm; CLDR's sv writes
"14:40")."""

from __future__ import annotations

import pytest

from toolkit.model import Segment, Span
from toolkit.normalize import Options, normalize

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
    # ... and a Swedish text with no project is read as before, by the date line's month
    assert _read(_RELEASE, "copied.txt", None).release.lang == "nl"


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

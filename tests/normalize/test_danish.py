"""Danish (da) sources, read as any other language with a few words of their own: told
from Swedish and Norwegian by the words it alone writes, its date line read when those
words name it ("24. december 2022" is no date line of the languages tried first)."""

from __future__ import annotations

import pytest

from toolkit.normalize import Options, normalize
from toolkit.normalize.structure import contact_label
from toolkit.vocabulary import ITS_TRANSLATE

from .support import found

# An um.dk press release as copied: its words ("af", "blev", "siger", "mellem") are
# Danish, its date line's "24. december" no other language's the rules try first.
_WORDS = ("Udenrigsminister Lars Løkke Rasmussen deltog i mødet, som blev holdt i "
          "Nordisk Ministerråd. »Samarbejdet mellem vores lande er stærkt,« siger han. "
          "Mødet blev afsluttet af ministeren.")


def _text(dateline: str) -> str:
    return (f"Pressemeddelelse\n\nDanmark styrker det nordiske samarbejde\n\n{dateline}\n\n"
            f"{_WORDS}\n")


def _page(dateline: str) -> str:
    return ("<!DOCTYPE html><html><head><title>Danmark styrker det nordiske samarbejde"
            "</title></head><body><main><h1>Danmark styrker det nordiske samarbejde</h1>"
            f"<p>{dateline}</p><p>{_WORDS}</p></main></body></html>")


def _read(data: str, path: str, project: str | None):
    return normalize(data.encode(), path, Options(
        source_locale=project, default_publisher="Udenrigsministeriet"))


@pytest.mark.parametrize("project", [None, "da", "en", "sv"])
@pytest.mark.parametrize(("dateline", "place"), [
    ("24. december 2022", None),
    ("København, den 24. december 2022", "København"),
    ("Den 24. december 2022", None),
])
@pytest.mark.parametrize("make", [_text, _page], ids=["text", "page"])
def test_a_danish_text_s_date_line_is_read_when_its_words_name_it(make, dateline, place,
                                                                  project):
    # The words told the text Danish, and so the project's language did not stand in,
    # but its date line was tried only in the languages read deeply and less deeply:
    # "no date line found", exit 2, in a Danish project too (and with no project a
    # Danish text was read only with --lang da).
    path = "copied.txt" if make is _text else "page.html"
    release = _read(make(dateline), path, project).release
    assert release.lang == "da"
    assert release.meta.published.get("value") == "2022-12-24"
    assert (release.meta.place.content[0] if release.meta.place else None) == place


def test_the_report_says_the_words_named_the_language():
    report = _read(_text("24. december 2022"), "copied.txt", None).report
    assert any(g.what == "lang" and g.value == "da" and "common words are da" in g.rule
               for g in report.guesses)


@pytest.mark.parametrize(("text", "expected"), [
    # Danish abbreviates the krone "kr." (Retskrivningsordbogen): inside a sentence the
    # full stop is the abbreviation's, and the money's ("1,5 mia. kr</money>. til" left
    # it in the message, "Danmark afsætter <money/>. til ...", and a translation's
    # "DKK 1.5 billion. to")
    ("Danmark afsætter 1,5 mia. kr. til klimatilpasning", [
        ("money", "1,5 mia. kr.", {"value": "1500000000", "currency": "DKK",
                                   "notation": "compact"})]),
    ("koster 250 kr., og", [("money", "250 kr.", {"value": "250", "currency": "DKK"})]),
    # ... and before the dash of the speaker's words after a quotation ("– siger hun")
    ("– Det koster 250 kr. – siger hun", [
        ("money", "250 kr.", {"value": "250", "currency": "DKK"})]),
    # ... at a sentence's end it is the sentence's too: left to it, as is "kr" unstopped
    ("Prisen er 250 kr. Det er billigt.", [
        ("money", "250 kr", {"value": "250", "currency": "DKK"})]),
    ("Prisen er 250 kr.", [("money", "250 kr", {"value": "250", "currency": "DKK"})]),
    ("Prisen er 250 kr i alt", [("money", "250 kr", {"value": "250", "currency": "DKK"})]),
])
def test_the_krone_s_abbreviation_keeps_its_full_stop_inside_a_sentence(text, expected):
    assert found("da", text) == expected


def test_thousands_of_stopped_amounts_on_one_line_each_keep_their_stop():
    """Whether the sentence goes on after an amount's stop was asked of a copy of the
    rest of the line, for each amount: a cost growing with the square of a long line's
    length (by hand, 8,000 and 32,000 amounts: 0.9 and 4.2 s, now 0.65 and 2.7 s); now
    of the character after it."""
    money = ("money", "1,5 mia. kr.", {"value": "1500000000", "currency": "DKK",
                                       "notation": "compact"})
    assert found("da", "afsætter 1,5 mia. kr. til " * 8_000) == [money] * 8_000


@pytest.mark.parametrize(("lang", "text", "covered", "currency"), [
    ("nb", "bevilger 250 mill. kr. til", "250 mill. kr.", "NOK"),
    ("sv", "anslår 250 miljoner kr. till", "250 miljoner kr.", "SEK"),
])
def test_the_other_kroner_s_abbreviation_too(lang, text, covered, currency):
    assert found(lang, text) == [("money", covered, {
        "value": "250000000", "currency": currency, "notation": "compact"})]


def _block_text(block) -> str:
    return "".join(part if isinstance(part, str) else part.text
                   for part in getattr(block, "content", ()))


@pytest.mark.parametrize("label", ["Yderligere oplysninger:", "For yderligere oplysninger:",
                                   "Yderligere information:", "Pressekontakt:",
                                   "Kontaktperson:"])
def test_danish_contact_labels(label):
    # um.dk closes its releases with "Yderligere oplysninger:" over the contact's lines
    assert contact_label(label)


def test_the_lines_under_a_danish_contact_label_are_each_a_paragraph():
    # on a page they ran together into one paragraph, "Pressevagten, tlf. 33 92 00 00
    # Mobil: +45 ... E-mail: ..."
    page = _page("24. december 2022").replace(
        "</main>", "<h2>Yderligere oplysninger:</h2><p>Pressevagten, tlf. 33 92 00 00<br>"
        "Mobil: +45 41 23 45 67<br>E-mail: presse@um.dk</p></main>")
    body = _read(page, "page.html", "da").release.body
    texts = [_block_text(block) for block in body]
    at = texts.index("Yderligere oplysninger:")
    assert texts[at + 1:] == ["Pressevagten, tlf. 33 92 00 00", "Mobil: +45 41 23 45 67",
                              "E-mail: presse@um.dk"]


def test_a_copied_danish_contact_label_is_a_heading():
    text = _text("24. december 2022") + ("\nYderligere oplysninger:\nPresserådgiver Mette "
                                         "Sørensen\nTlf. 33 92 00 00\n")
    body = _read(text, "copied.txt", "da").release.body
    assert [(b.name, _block_text(b)) for b in body[-3:]] == [
        ("heading", "Yderligere oplysninger:"), ("p", "Presserådgiver Mette Sørensen"),
        ("p", "Tlf. 33 92 00 00")]


@pytest.mark.parametrize(("text", "expected"), [
    # Danish writes the percentage's word, undeclined, or abbreviates it "pct.", as often
    # as its sign: each was the number 15 and text ("<number/> pct. til landbrug")
    ("en stigning på 15 procent i forhold til", [
        ("number", "15 procent", {"value": "15", "style": "percent"})]),
    ("15 pct. til landbrug", [("number", "15 pct.", {"value": "15", "style": "percent"})]),
    # ... the abbreviation's stop the sentence's at its end, as the krone's
    ("Andelen steg med 15 pct. Det er meget.", [
        ("number", "15 pct", {"value": "15", "style": "percent"})]),
    ("15 % til forskning", [("number", "15 %", {"value": "15", "style": "percent"})]),
    # points are none
    ("steg med 2 procentpoint", [("number", "2", {"value": "2"})]),
])
def test_danish_percentages(text, expected):
    assert found("da", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an hour after "kl." or "klokken" is a time, as in Norwegian and Swedish ("klokken
    # 9" was the number 9); two after it are two times
    ("begynder klokken 9 i morgen", [("time", "9", {"value": "09:00"})]),
    ("Mødet begynder kl. 14.40 i København", [("time", "14.40", {"value": "14:40"})]),
    ("åben kl. 10-17 i dag", [("time", "10", {"value": "10:00"}),
                              ("time", "17", {"value": "17:00"})]),
    ("åbner 10 nye kontorer", [("number", "10", {"value": "10"})]),
])
def test_danish_hours(text, expected):
    assert found("da", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ... and "fra kl. 10 til 17", "til" joining the hours as the dash does (the second
    # was the number 17)
    ("åben fra kl. 10 til 17 i dag", [("time", "10", {"value": "10:00"}),
                                      ("time", "17", {"value": "17:00"})]),
    ("Fra kl. 10.30 til 17.00", [("time", "10.30", {"value": "10:30"}),
                                 ("time", "17.00", {"value": "17:00"})]),
    ("klokken 10 til 17", [("time", "10", {"value": "10:00"}),
                           ("time", "17", {"value": "17:00"})]),
    # not "og": "kl." is the singular too, and the number after it may count anything
    ("begynder kl. 10 og 20 deltagere", [("time", "10", {"value": "10:00"}),
                                         ("number", "20", {"value": "20"})]),
    ("åbner 10 til 17 kontorer", [("number", "10", {"value": "10"}),
                                 ("number", "17", {"value": "17"})]),
])
def test_danish_hours_joined_by_til(text, expected):
    assert found("da", text) == expected


ORDINAL_25 = {"value": "25", "style": "ordinal"}


@pytest.mark.parametrize(("text", "expected"), [
    # Danish writes an ordinal as the number and a full stop, as Norwegian does: before a
    # lower-case word it is one (it was the number 3 and the text ". gang")
    ("blev holdt for 3. gang i København", [("number", "3.", {"value": "3",
                                                               "style": "ordinal"})]),
    ("markerer den 25. jubilæum", [("number", "25.", ORDINAL_25)]),
    # ... before a capital the number ended a sentence
    ("Antallet var 25. Regeringen", [("number", "25", {"value": "25"})]),
    ("Antallet var 25. Ærligt talt", [("number", "25", {"value": "25"})]),
    # ... and before a month it is the day
    ("den 25. december 2022", [("date", "25. december 2022", {
        "value": "2022-12-25", "skeleton": "yMMMMd"})]),
    ("fra 24.-26. december", [("date", "24.-26. december", {
        "value": "2022-12-24", "end": "2022-12-26", "skeleton": "MMMMd"})]),
])
def test_danish_ordinals(text, expected):
    assert found("da", text) == expected


@pytest.mark.parametrize(("text", "covered", "value"), [
    # Danish's number words, its half between the number and the unit, "halvanden" (one
    # and a half; "halvandet", the neuter's), a half alone before a unit, spaced or joined
    # to it: each was text
    ("Mødet varede halvanden time.", "halvanden time", "PT1H30M"),
    ("i halvandet år", "halvandet år", "P1Y6M"),
    ("en og en halv time", "en og en halv time", "PT1H30M"),
    ("to og en halv time", "to og en halv time", "PT2H30M"),
    ("et og et halvt år", "et og et halvt år", "P1Y6M"),
    ("varer en halv time", "en halv time", "PT30M"),
    ("En halv time senere", "En halv time", "PT30M"),
    ("efter en halvtime", "en halvtime", "PT30M"),
    ("et halvår", "et halvår", "P6M"),
    ("på tyve minutter", "tyve minutter", "PT20M"),
    ("i tre dage", "tre dage", "P3D"),
    ("i 3 dage", "3 dage", "P3D"),
    ("om halvtreds år", "halvtreds år", "P50Y"),
    # the ones before the tens in one word, as German's
    ("femogtyve minutter", "femogtyve minutter", "PT25M"),
    # "an hour", as English's
    ("varer en time", "en time", "PT1H"),
])
def test_danish_durations_in_words(text, covered, value):
    assert found("da", text) == [("duration", covered, {"value": value})]


@pytest.mark.parametrize("text", [
    # "en", "et" are the article too, as English "a": "a day", "a year" are too often a
    # rate or an idiom; a half-year's definite form is a part of a year, "hver halvtime"
    # (every half hour) a rate, "en halvtimes pause" an adjective
    "en dag", "et år", "i første halvår", "hver halvtime", "en halvtimes pause",
])
def test_what_is_no_danish_duration_in_words(text):
    assert not [s for s in found("da", text) if s[0] == "duration"]


def _untranslated(block) -> bool:
    return (ITS_TRANSLATE, "no") in block.attrs


_CONTACT_PAGE = _page("24. december 2022").replace(
    "</main>", "<h2>Yderligere oplysninger:</h2><p>Pressevagten, tlf. 33 92 00 00<br>"
    "Mobil: +45 41 23 45 67<br>E-mail: presse@um.dk</p></main>")


def test_a_danish_contact_s_e_mail_line_is_untranslated_as_its_phone_line():
    # "Mobil: +45 ..." was untranslated and "E-mail: presse@um.dk" a message, "E-mail:
    # <link/>", for each translator to copy
    body = _read(_CONTACT_PAGE, "page.html", "da").release.body
    lines = {_block_text(block): _untranslated(block) for block in body}
    assert lines["Mobil: +45 41 23 45 67"] and lines["E-mail: presse@um.dk"]
    assert not lines["Pressevagten, tlf. 33 92 00 00"]  # a name to translate


@pytest.mark.parametrize("line", [
    "E-mail: presse@um.dk", "Email: press@um.dk", "e-mail: presse@um.dk",
    "E-post: presse@regjeringen.no", "E-Mail: presse@bmwk.de",
    "Tlf. 33 92 00 00, e-mail: presse@um.dk", "presse@um.dk"])
def test_an_e_mail_line_with_its_label_is_untranslated_in_copied_text(line):
    text = _text("24. december 2022") + f"\nYderligere oplysninger:\n{line}\n"
    body = _read(text, "copied.txt", "da").release.body
    assert _block_text(body[-1]) == line and _untranslated(body[-1])


@pytest.mark.parametrize("line", ["Skriv til presse@um.dk", "Kontakt: presse@um.dk",
                                  "Mail os på presse@um.dk"])
def test_a_sentence_or_another_label_with_an_address_is_translated(line):
    text = _text("24. december 2022") + f"\nYderligere oplysninger:\n{line}\n"
    body = _read(text, "copied.txt", "da").release.body
    assert _block_text(body[-1]) == line and not _untranslated(body[-1])


@pytest.mark.parametrize("detail", ["Tlf. 33 92 00 00", "Mobil: +45 41 23 45 67",
                                    "presse@um.dk", "E-mail: presse@um.dk"])
def test_the_press_duty_desk_over_its_contact_heads_it(detail):
    # "Pressevagten" (the press duty desk, um.dk's) alone over its lines is the press
    # office's name heading the contact, as Swedish "Presstjänst" is; it was a paragraph
    text = _text("24. december 2022") + f"\nPressevagten\n{detail}\n"
    body = _read(text, "copied.txt", "da").release.body
    assert [(b.name, _block_text(b)) for b in body[-2:]] == [
        ("heading", "Pressevagten"), ("p", detail)]


def test_the_press_duty_desk_alone_heads_nothing():
    text = _text("24. december 2022") + "\nPressevagten\n"
    body = _read(text, "copied.txt", "da").release.body
    assert (body[-1].name, _block_text(body[-1])) == ("p", "Pressevagten")

"""Releases as the wire services carry them (PR Newswire, GlobeNewswire, Business Wire),
copied as text from an e-mail and saved as the service's page: both readers cut the
wire's dateline, end at its SOURCE line or an end mark, and make the boilerplate's
"About ..." and the contact's label headings, the contact's lines a paragraph each."""

from __future__ import annotations

import pytest

from toolkit.errors import InputError
from toolkit.model import Release
from toolkit.normalize import Report, normalize
from toolkit.normalize.assemble import Options
from toolkit.normalize.structure import read_dateline

from .pages import everything, page, read, texts

PRN_TEXT = """\
Acme Robotics Unveils Warehouse Arm That Learns New Parts

NEW YORK, March 3, 2025 /PRNewswire/ -- Acme Robotics today introduced the
Grasp 4, a warehouse arm that learns to pick a new part from a single
demonstration, the company said.

About Acme Robotics
Acme Robotics builds robotic arms for warehouses and factories. It employs
400 people in New York and Osaka.

Media Contact:
Jane Roe
press@acme.example
+1 555 0100

SOURCE Acme Robotics
"""

BW_TEXT = """\
Acme Corp. Names New Chief Financial Officer

March 3, 2025 04:05 PM Eastern Daylight Time

SAN FRANCISCO--(BUSINESS WIRE)--Acme Corp. (NYSE: ACME) today named John Doe its CFO.

Doe joins from Widget Holdings, where he led finance for eight years.

Contacts

Jane Roe
press@acme.example
"""

OPENING = ("p: Acme Robotics today introduced the Grasp 4, a warehouse arm that learns to "
           "pick a new part from a single demonstration, the company said.")
TAIL = ["heading: About Acme Robotics", "p: Acme Robotics builds robotic arms for warehouses "
        "and factories. It employs 400 people in New York and Osaka.",
        "heading: Media Contact:", "p: Jane Roe", "p: press@acme.example", "p: +1 555 0100"]


PRN_PAGE = page(
    "<main><article><h1>Acme Robotics Unveils Warehouse Arm That Learns New Parts</h1>"
    "<p>NEW YORK, March 3, 2025 /PRNewswire/ -- Acme Robotics today introduced the Grasp 4,"
    " a warehouse arm that learns to pick a new part from a single demonstration, the "
    "company said.</p><p>About Acme Robotics</p><p>Acme Robotics builds robotic arms for "
    "warehouses and factories. It employs 400 people in New York and Osaka.</p>"
    "<p>Media Contact:<br>Jane Roe<br>press@acme.example<br>+1 555 0100</p>"
    "<p>SOURCE Acme Robotics</p></article></main>",
    "<title>Acme Robotics Unveils Warehouse Arm | PR Newswire</title>")


def read_text(source: str, default: str | None = None) -> tuple[Release, Report]:
    result = normalize(source.encode(), "copied.txt", Options(default_publisher=default))
    return result.release, result.report


@pytest.mark.parametrize("reader", ["text", "page"])
def test_a_pr_newswire_release_reads_alike_as_text_and_as_its_page(reader):
    release, _ = read_text(PRN_TEXT) if reader == "text" else read(PRN_PAGE)
    assert texts(release) == [OPENING, *TAIL]
    assert release.meta.place.text == "NEW YORK"
    assert release.meta.published.get("value") == "2025-03-03"
    assert release.meta.publisher.text == "Acme Robotics"


def test_a_business_wire_release_is_dated_by_the_line_above_its_dateline():
    release, _ = read_text(BW_TEXT, "Acme")
    assert release.meta.published.get("value") == "2025-03-03"
    assert release.meta.published.text == "March 3, 2025"
    assert release.meta.place.text == "SAN FRANCISCO"
    assert texts(release)[0].startswith("p: Acme Corp. (NYSE: ACME) today named")
    assert texts(release)[-3:] == ["heading: Contacts", "p: Jane Roe", "p: press@acme.example"]


def test_a_business_wire_page_cuts_its_credit_and_parts_the_contacts_lines():
    release, _ = read(page(
        "<main><article><h1>Acme Corp. Names New Chief Financial Officer</h1>"
        "<p>March 3, 2025</p><p>SAN FRANCISCO--(<a href='https://www.businesswire.com'>"
        "BUSINESS WIRE</a>)--Acme Corp. (NYSE: ACME) today named John Doe its chief financial"
        " officer.</p><p><b>About Acme Corp.</b></p><p>Acme Corp. makes industrial sensors."
        "</p><h2>Contacts</h2><p>Jane Roe<br>press@acme.example</p></article></main>",
        "<title>Acme Corp. Names New Chief Financial Officer | Business Wire</title>"))
    assert release.meta.place.text == "SAN FRANCISCO"
    assert release.meta.publisher.text == "Acme Corp."
    assert texts(release) == [
        "p: Acme Corp. (NYSE: ACME) today named John Doe its chief financial officer.",
        "heading: About Acme Corp.", "p: Acme Corp. makes industrial sensors.",
        "heading: Contacts", "p: Jane Roe", "p: press@acme.example"]


BW_ZONES = ["Eastern Daylight Time", "Central European Summer Time", "Greenwich Mean Time",
            "Japan Standard Time", "Australian Eastern Daylight Time"]


@pytest.mark.parametrize("zone", BW_ZONES)
def test_a_business_wire_pages_time_gives_the_date_its_text_without_the_hour(zone):
    # Business Wire writes the hour and a spelled-out zone in the <time>; only the date
    # is the publication's, whatever the zone is called.
    release, _ = read(page(
        "<main><article><h1>Acme Corp. Names New Chief Financial Officer</h1><div><time "
        f"datetime='2025-03-03T20:05:00Z'>March 3, 2025 04:05 PM {zone}</time></div>"
        "<p>SAN FRANCISCO--(BUSINESS WIRE)--Acme Corp. (NYSE: ACME) today named John Doe "
        "its chief financial officer.</p></article></main>",
        "<title>Acme Corp. Names New Chief Financial Officer | Business Wire</title>"))
    assert release.meta.published.text == "March 3, 2025"
    assert release.meta.published.get("value") == "2025-03-03"
    assert release.meta.place.text == "SAN FRANCISCO"


@pytest.mark.parametrize("zone", BW_ZONES)
def test_a_business_wire_date_line_in_copied_text_reads_any_spelled_out_zone(zone):
    release, _ = read_text(BW_TEXT.replace("Eastern Daylight Time", zone), "Acme")
    assert release.meta.published.text == "March 3, 2025"
    assert release.meta.place.text == "SAN FRANCISCO"


@pytest.mark.parametrize("text", ["March 3, 2025 04:05 PM was a busy time",
                                  "March 3, 2025 04:05 PM, Daylight Saving Time ends"])
def test_words_after_a_date_and_hour_that_name_no_zone_leave_no_date_line(text):
    assert read_dateline(text, 1, ("en",)) is None


def test_a_globenewswire_dateline_is_cut_from_copied_text():
    release, _ = read_text("Acme Reports Record Revenue\n\nDAYTON, Ohio, March 3, 2025 (GLOBE "
                           "NEWSWIRE) -- Acme Robotics, Inc. today reported record revenue "
                           "for the quarter.\n\nThe results follow a year of growth.\n", "Acme")
    assert release.meta.place.text == "DAYTON, Ohio"
    assert texts(release)[0] == "p: Acme Robotics, Inc. today reported record revenue for " \
        "the quarter."


DASH_OPENINGS = [
    ("LAKESHORE, Mich., March 3, 2025 -- Acme today named a new chief executive.",
     "LAKESHORE, Mich.", "March 3, 2025", "Acme today named a new chief executive."),
    ("WASHINGTON, Dec. 5, 2024 — The Ministry today published its annual report.",
     "WASHINGTON", "Dec. 5, 2024", "The Ministry today published its annual report."),
]


@pytest.mark.parametrize(("opening", "place", "date", "rest"), DASH_OPENINGS)
@pytest.mark.parametrize("reader", ["text", "page"])
def test_a_dateline_before_a_dash_is_cut_from_the_first_paragraph_by_both_readers(
        reader, opening, place, date, rest):
    if reader == "text":
        release, _ = read_text(f"Acme News\n\n{opening}\n\nA second paragraph.\n", "Acme")
    else:
        release, _ = read(page(f"<main><article><h1>Acme News</h1><p>{opening}</p>"
                               "<p>A second paragraph.</p></article></main>"))
    assert (release.meta.place.text, release.meta.published.text) == (place, date)
    assert texts(release) == [f"p: {rest}", "p: A second paragraph."]


@pytest.mark.parametrize("reader", ["text", "page"])
def test_a_date_line_above_takes_the_place_of_the_dateline_cut_below_it(reader):
    opening = "DAYTON, Ohio, March 3, 2025 – Acme opened a plant."
    if reader == "text":
        release, _ = read_text(f"Acme Opens a Plant\n\nMarch 3, 2025\n\n{opening}\n", "Acme")
    else:
        release, _ = read(page("<main><article><h1>Acme Opens a Plant</h1><p>March 3, 2025</p>"
                               f"<p>{opening}</p></article></main>"))
    assert release.meta.place.text == "DAYTON, Ohio"
    assert texts(release) == ["p: Acme opened a plant."]


@pytest.mark.parametrize("reader", ["text", "page", "bold page"])
@pytest.mark.parametrize("dateline", ["BRUSSELS, March 3 (Reuters) -",
                                      "BRUSSELS, March 3, 2025 (Reuters) -"])
def test_a_news_agencys_dateline_without_a_year_is_cut_as_its_dated_form_is(reader, dateline):
    # Reuters and AFP never write the year: the date line above gives it, and the place
    # is the release's (it was left in the text, a date for translators to format)
    opening = f"{dateline} EU ministers agreed on new rules for rail freight."
    if reader == "text":
        release, _ = read_text(f"EU Ministers Agree\n\nMarch 3, 2025\n\n{opening}\n", "Agency")
    else:
        if reader == "bold page":
            opening = f"<strong>{dateline}</strong>{opening.removeprefix(dateline)}"
        release, _ = read(page("<main><article><h1>EU Ministers Agree</h1><p>Published March 3,"
                               f" 2025</p><p>{opening}</p></article></main>"))
    assert release.meta.place.text == "BRUSSELS"
    assert release.meta.published.get("value") == "2025-03-03"
    assert texts(release) == ["p: EU ministers agreed on new rules for rail freight."]


def test_a_news_agencys_dateline_of_another_day_is_cut_but_gives_no_place():
    release, _ = read_text("EU Ministers Agree\n\nMarch 4, 2025\n\nBRUSSELS, March 3 (Reuters) "
                           "- EU ministers agreed on new rules for rail freight.\n", "Agency")
    assert release.meta.place is None
    assert release.meta.published.get("value") == "2025-03-04"
    assert texts(release) == ["p: EU ministers agreed on new rules for rail freight."]


@pytest.mark.parametrize("dateline", ["BRUSSELS, March 3 (Reuters) -",
                                      "BRUSSELS, March 3, 2025 (Reuters) -"])
def test_a_news_agencys_story_keeps_the_name_line_above_its_title(dateline):
    # An agency's name in brackets is no distributor's (a distributor's headline and
    # subheadline stand over its date line): the dated form had read the name line as
    # the headline and the title as a subheadline, and found no publisher
    release, _ = read_text(f"Jane Doe\n\nEU Ministers Agree\n\nMarch 3, 2025\n\n{dateline} "
                           "EU ministers agreed on new rules for rail freight.\n")
    assert release.meta.publisher.text == "Jane Doe"
    assert release.title.text == "EU Ministers Agree"
    assert release.subtitle is None
    assert release.meta.place.text == "BRUSSELS"
    assert texts(release) == ["p: EU ministers agreed on new rules for rail freight."]


ES = ("El ministro de Transportes presentó hoy las nuevas normas para el transporte "
      "ferroviario de mercancías.", "Según el ministro, la nueva norma reducirá los costes "
      "del transporte y no tendrá efecto en las tarifas de los pasajeros.")
IT = ("Il ministro dei Trasporti ha presentato oggi le nuove norme per il trasporto "
      "ferroviario delle merci.", "Secondo il ministro, la nuova norma ridurrà i costi del "
      "trasporto e non avrà effetti sulle tariffe per i passeggeri.")
PT = ("O ministro dos Transportes apresentou hoje as novas regras para o transporte "
      "ferroviário de mercadorias.", "Segundo o ministro, a nova regra vai reduzir os custos "
      "do transporte e não terá impacto nas tarifas para os passageiros.")
# The agencies of other languages write their own datelines: EFE a full stop before the
# dash, Europa Press the day alone, ANSA its name first, Lusa an abbreviated month,
# Agência Brasil the date in digits. A date line above dates the ones without a year.
OTHER_AGENCIES = [
    ("Bruselas aprueba nuevas normas", "3 de marzo de 2025", "Bruselas, 3 mar (EFE).-",
     "Bruselas", "EFE", "es", ES),
    ("El Gobierno aprueba nuevas normas", "3 de marzo de 2025", "MADRID, 3 (EUROPA PRESS) -",
     "MADRID", "EUROPA PRESS", "es", ES),
    ("Il governo approva nuove norme", "3 marzo 2025", "(ANSA) - ROMA, 3 MAR -", "ROMA",
     "ANSA", "it", IT),
    ("Governo aprova novas regras", None, "Lisboa, 03 mar 2025 (Lusa) -", "Lisboa", "Lusa",
     "pt", PT),
    ("Governo aprova novas regras", None, "Brasília, 3/3/2025 (Agência Brasil) -", "Brasília",
     "Agência Brasil", "pt", PT),
]


def agency_story(title: str, date: str | None, opening: str, story: tuple[str, str],
                 name: str | None = None) -> str:
    """A pasted agency story: a name line, the title, a date line, then the story."""
    return "".join(f"{line}\n\n" for line in (name, title, date) if line) \
        + f"{opening} {story[0]}\n\n{story[1]}\n"


@pytest.mark.parametrize(("title", "date", "opening", "place", "agency", "lang", "story"),
                         OTHER_AGENCIES, ids=[case[4] for case in OTHER_AGENCIES])
def test_another_languages_agency_dateline_is_cut_and_its_place_kept(
        title, date, opening, place, agency, lang, story):
    # They were left in the first paragraph (Lusa's read as Spanish, by its "mar"; Agência
    # Brasil's made the name line the title and the title a photo's description)
    release, _ = read_text(agency_story(title, date, opening, story, "Agência Central"))
    assert texts(release) == [f"p: {story[0]}", f"p: {story[1]}"]
    assert release.meta.place.text == place
    assert release.meta.published.get("value") == "2025-03-03"
    assert release.title.text == title
    assert release.meta.publisher.text == "Agência Central"
    assert release.lang == lang


@pytest.mark.parametrize(("title", "date", "opening", "place", "agency", "lang", "story"),
                         OTHER_AGENCIES[:2], ids=["EFE", "EUROPA PRESS"])
def test_a_spanish_agency_is_the_publisher_when_no_line_names_one(
        title, date, opening, place, agency, lang, story):
    # (the credit read no date: "no publisher found"; ANSA's, Lusa's and Agência Brasil's
    # were already the publisher)
    release, report = read_text(agency_story(title, date, opening, story))
    assert release.meta.publisher.text == agency
    assert [g.rule for g in report.guesses if g.what == "publisher"] == [
        "the news agency the wire story's date line names in brackets"]


@pytest.mark.parametrize("opening", ["MADRID, 2 (EUROPA PRESS) -", "(ANSA) - ROMA, 2 MAR -"])
def test_an_agency_dateline_of_another_day_than_the_date_lines_is_cut_without_a_place(
        opening):
    # a day alone is read in the date line's month and year: 2 March is not its day
    story = IT if "ANSA" in opening else ES
    release, _ = read_text(agency_story("Titolo", "3 marzo 2025" if story is IT else
                                        "3 de marzo de 2025", opening, story, "Agência Central"))
    assert release.meta.place is None
    assert release.meta.published.get("value") == "2025-03-03"
    assert texts(release)[0] == f"p: {story[0]}"


def test_europa_press_credit_alone_on_its_line_heads_the_paragraph_under_it():
    release, _ = read_text(agency_story("El Gobierno aprueba nuevas normas",
                                        "3 de marzo de 2025", "MADRID, 3 (EUROPA PRESS)\n",
                                        ES))
    assert release.meta.place.text == "MADRID"
    assert release.meta.publisher.text == "EUROPA PRESS"
    assert texts(release) == [f"p: {ES[0]}", f"p: {ES[1]}"]


@pytest.mark.parametrize(("opening", "place"), [("Bruselas, 3 mar (EFE).-", "Bruselas"),
                                                ("MADRID, 3 (EUROPA PRESS) -", "MADRID")])
def test_a_spanish_agencys_dateline_is_cut_from_a_page(opening, place):
    release, _ = read(page("<main><article><h1>El Gobierno aprueba nuevas normas</h1><p><time "
                           "datetime='2025-03-03'>3 de marzo de 2025</time></p>"
                           f"<p>{opening} {ES[0]}</p><p>{ES[1]}</p></article></main>",
                           lang="es"))
    assert release.meta.place.text == place
    assert texts(release) == [f"p: {ES[0]}", f"p: {ES[1]}"]


@pytest.mark.parametrize(("above", "opening", "agency"), [
    # dated by the credit, or by the date line above it
    ("", "BRUSSELS, March 3, 2025 (AFP) -", "AFP"),
    ("March 3, 2025\n\n", "BRUSSELS, March 3 (Reuters) -", "Reuters"),
    ("March 3, 2025\n\n", "BRUSSELS, March 3, 2025 (Reuters) -", "Reuters"),
    ("March 3, 2025\n\n", "BRUSSELS (AP) —", "AP"),
    ("3. März 2025\n\n", "Brüssel (dpa) -", "dpa"),
    ("3 marzo 2025\n\n", "(ANSA) - BRUXELLES, 3 MAR -", "ANSA"),
    ("", "Bruselas, 3 mar 2025 (EFE) -", "EFE"),
])
def test_a_latin_news_agencys_credit_is_the_publisher_when_no_line_names_one(
        above, opening, agency):
    # as an Arabic agency's is ("(قنا)"): the story failed with "no publisher found"
    release, report = read_text(f"EU Ministers Agree\n\n{above}{opening} EU ministers "
                                "agreed on new rules for rail freight.\n")
    assert release.meta.publisher.text == agency
    assert [g.rule for g in report.guesses if g.what == "publisher"] == [
        "the news agency the wire story's date line names in brackets"]
    assert release.meta.published.get("value") == "2025-03-03"


def test_a_news_agencys_credit_gives_way_to_a_line_naming_the_publisher():
    release, _ = read_text("EU Ministers Agree\n\nMarch 3, 2025\n\nBRUSSELS (AP) — EU "
                           "ministers agreed on new rules for rail freight.\n\n"
                           "© 2025 Northshore Daily\n")
    assert release.meta.publisher.text == "Northshore Daily"


def test_a_bracketed_name_after_a_sentences_words_is_no_agency():
    with pytest.raises(InputError, match="no publisher found"):
        read_text("EU Ministers Agree\n\nMarch 3, 2025\n\nThe Rail Foundation (TRF) - a "
                  "charity - welcomed the new rules for rail freight.\n")


def test_a_distributors_name_in_brackets_still_has_a_headline_and_subheadline():
    release, _ = read_text("Acme Opens a Plant\n\nA plant for 310 jobs in Ohio\n\n"
                           "March 3, 2025\n\nDAYTON, Ohio, March 3, 2025 (GLOBE NEWSWIRE) -- "
                           "Acme opened a plant.\n", "Acme")
    assert release.title.text == "Acme Opens a Plant"
    assert release.subtitle.text == "A plant for 310 jobs in Ohio"


def test_only_the_first_paragraph_loses_a_dateline():
    release, _ = read_text("Acme Opens a Plant\n\nMarch 3, 2025\n\nAcme opened a plant in "
                           "Dayton today.\n\nTOKYO, March 4, 2025 – A second plant opens "
                           "tomorrow.\n", "Acme")
    assert texts(release)[-1] == "p: TOKYO, March 4, 2025 – A second plant opens tomorrow."
    assert release.meta.place is None


@pytest.mark.parametrize("reader", ["text", "page"])
def test_a_paragraph_whose_sentence_opens_with_a_place_and_date_keeps_them(reader):
    opening = "Tokyo, March 3, 2025 — a Monday — was the day Acme opened its plant."
    if reader == "text":
        release, _ = read_text(f"Acme Opens a Plant\n\nMarch 3, 2025\n\n{opening}\n", "Acme")
    else:
        release, _ = read(page("<main><article><h1>Acme Opens a Plant</h1><p>March 3, 2025</p>"
                               f"<p>{opening}</p></article></main>"))
    assert texts(release) == [f"p: {opening}"]
    assert release.meta.place is None


def test_a_paragraph_opening_with_about_is_no_heading():
    release, _ = read_text("Acme Opens a Plant\n\nMarch 3, 2025\n\nAcme opened a plant in "
                           "Dayton today, its third in the state of Ohio.\n\nAbout 300 people "
                           "will work there.\n", "Acme")
    assert "p: About 300 people will work there." in texts(release)


BW_OPENING = ("p: Acme Corp. (NYSE: ACME), a maker of industrial sensors, today named John Doe "
              "its chief financial officer, effective April 1, 2025.")
# The first paragraph as a paste breaks it: at the window's width after the credit, or
# after the credit itself (the service's page sets it apart).
BW_WRAPPED = [
    "SAN FRANCISCO--(BUSINESS WIRE)--Acme Corp. (NYSE: ACME), a maker of industrial sensors,"
    "\ntoday named John Doe its chief financial officer, effective April 1, 2025.",
    "SAN FRANCISCO--(BUSINESS WIRE)--Acme Corp. (NYSE: ACME), a maker of industrial sensors, "
    "today named\nJohn Doe its chief financial officer, effective April 1, 2025.",
    "SAN FRANCISCO--(BUSINESS WIRE)--\nAcme Corp. (NYSE: ACME), a maker of industrial sensors,"
    " today named John Doe its chief financial officer, effective April 1, 2025.",
]


@pytest.mark.parametrize("opening", BW_WRAPPED)
def test_a_business_wire_first_paragraph_broken_over_lines_is_one_paragraph_without_its_credit(
        opening):
    release, _ = read_text("Acme Corp. Names New Chief Financial Officer\n\nMarch 3, 2025 04:05"
                           f" PM Eastern Daylight Time\n\n{opening}\n\nDoe joins from Widget "
                           "Holdings, where he led finance for eight years.\n", "Acme")
    assert release.meta.place.text == "SAN FRANCISCO"
    assert release.meta.published.get("value") == "2025-03-03"
    assert release.figures == ()
    assert texts(release) == [BW_OPENING, "p: Doe joins from Widget Holdings, where he led "
                              "finance for eight years."]


@pytest.mark.parametrize("dateline", ["LAKESHORE, Mich., March 3, 2025 --",
                                      "NEW YORK, March 3, 2025 /PRNewswire/ --",
                                      "DAYTON, Ohio, March 3, 2025 (GLOBE NEWSWIRE) --"])
@pytest.mark.parametrize("wrap", [" ", "\n"])
def test_a_dateline_over_a_first_paragraph_a_paste_broke_is_its_dateline(dateline, wrap):
    release, _ = read_text(f"Acme Names New Chief Executive\n\n{dateline}{wrap}Acme Corp. today"
                           " named Jane Roe its chief executive,\neffective April 1, 2025.\n\n"
                           "Roe joins from Widget Holdings.\n", "Acme")
    assert release.meta.published.get("value") == "2025-03-03"
    assert release.meta.place.text == dateline.split(", March")[0]
    assert release.figures == ()
    assert texts(release) == ["p: Acme Corp. today named Jane Roe its chief executive, "
                              "effective April 1, 2025.", "p: Roe joins from Widget Holdings."]


@pytest.mark.parametrize("dateline", ["SAN FRANCISCO--(BUSINESS WIRE)--",
                                      "DAYTON, Ohio, March 3, 2025 (GLOBE NEWSWIRE) --"])
def test_a_wire_credit_in_a_paragraph_of_its_own_is_cut_from_a_page(dateline):
    release, _ = read(page(
        "<main><article><h1>Acme Names New Chief Executive</h1><p>March 3, 2025</p>"
        f"<p>{dateline}</p><p>Acme Corp. today named Jane Roe its chief executive.</p>"
        "<p>Roe joins from Widget Holdings.</p></article></main>"))
    assert release.meta.place.text == dateline.split(", March")[0].split("--")[0]
    assert texts(release) == ["p: Acme Corp. today named Jane Roe its chief executive.",
                              "p: Roe joins from Widget Holdings."]


GNW_TEXT = """\
Acme Robotics Reports Record Fourth-Quarter Revenue

March 03, 2025 16:05 ET | Source: Acme Robotics, Inc.

DAYTON, Ohio, March 03, 2025 (GLOBE NEWSWIRE) -- Acme Robotics, Inc. (NASDAQ: ACME), a \
maker of warehouse robots, today reported revenue of $48.2 million for the fourth quarter.

"Customers ordered more arms than ever," said Maria Lopez, Chief Executive Officer.

About Acme Robotics
Acme Robotics, Inc. designs and builds robotic arms for warehouses.

Forward-Looking Statements
This press release contains forward-looking statements. Actual results may differ.

Investor Contact:
Jane Roe
ir@acme.example
(937) 555-0100

Attachment

Acme Q4 2024 Results Presentation

A photo accompanying this announcement is available at \
https://www.globenewswire.com/NewsRoom/AttachmentNg/5f1e2d3c-8a7b-4c6d-9e0f-1a2b3c4d5e6f

GlobeNewswire is one of the world's largest newswire distribution networks, specializing \
in the delivery of corporate press releases, financial disclosures and multimedia content \
to media, investors and consumers worldwide.

Source: Acme Robotics, Inc.
"""

GNW_PAGE = page(
    "<main><h1>Acme Robotics Reports Record Fourth-Quarter Revenue</h1>"
    "<div class='article-published-source'><p><time datetime='2025-03-03T21:05:00Z'>March 03, "
    "2025 16:05 ET</time> | <span>Source: <a href='/search/organization/Acme'>Acme Robotics, "
    "Inc.</a></span></p></div><div class='main-body-container article-body'>"
    "<p><strong>DAYTON, Ohio, March 03, 2025 (GLOBE NEWSWIRE) --</strong> Acme Robotics, Inc. "
    "(NASDAQ: ACME), a maker of warehouse robots, today reported revenue of $48.2 million for "
    "the fourth quarter.</p><p>\"Customers ordered more arms than ever,\" said Maria Lopez, "
    "Chief Executive Officer.</p><p><strong>About Acme Robotics</strong></p><p>Acme Robotics, "
    "Inc. designs and builds robotic arms for warehouses.</p><p><strong>Forward-Looking "
    "Statements</strong></p><p>This press release contains forward-looking statements. Actual "
    "results may differ.</p><p>Investor Contact:<br>Jane Roe<br>"
    "ir@acme.example<br>(937) 555-0100</p><p class='attachments-title'><strong>Attachment"
    "</strong></p><ul class='attachments-list'><li><a href='/Resource/Download/1'>Acme Q4 2024 "
    "Results Presentation</a></li></ul><p>A photo accompanying this announcement is available"
    " at <a href='https://www.globenewswire.com/NewsRoom/AttachmentNg/5f1e2d3c'>"
    "https://www.globenewswire.com/NewsRoom/AttachmentNg/5f1e2d3c</a></p></div>"
    "<div class='disclaimer-text'>GlobeNewswire is one of the world's largest newswire "
    "distribution networks, specializing in the delivery of corporate press releases, "
    "financial disclosures and multimedia content to media, investors and consumers "
    "worldwide.</div></main>",
    "<title>Acme Robotics Reports Record Fourth-Quarter Revenue | GlobeNewswire</title>")

GNW_BODY = [
    "p: Acme Robotics, Inc. (NASDAQ: ACME), a maker of warehouse robots, today reported "
    "revenue of $48.2 million for the fourth quarter.",
    "p: \"Customers ordered more arms than ever,\" said Maria Lopez, Chief Executive Officer.",
    "heading: About Acme Robotics",
    "p: Acme Robotics, Inc. designs and builds robotic arms for warehouses.",
    "heading: Forward-Looking Statements",
    "p: This press release contains forward-looking statements. Actual results may differ.",
    "heading: Investor Contact:", "p: Jane Roe", "p: ir@acme.example", "p: (937) 555-0100"]


@pytest.mark.parametrize("reader", ["text", "page"])
def test_a_globenewswire_release_reads_alike_as_text_and_as_its_page(reader):
    # The service's lines are no text of the release: its attachments, the photo's
    # address, its own description; "Source:" names the issuer, in the date line and last.
    release, _ = read_text(GNW_TEXT) if reader == "text" else read(GNW_PAGE)
    assert texts(release) == GNW_BODY
    assert release.meta.publisher.text == "Acme Robotics, Inc."
    assert release.meta.published.text == "March 03, 2025"
    assert release.meta.place.text == "DAYTON, Ohio"
    assert release.figures == ()
    for words in ("Attachment", "Results Presentation", "accompanying", "largest newswire",
                  "Source"):
        assert words not in everything(release)


@pytest.mark.parametrize("line", [
    "This press release was distributed by GlobeNewswire.",
    "This announcement is distributed by Nasdaq Corporate Solutions on behalf of Nasdaq "
    "Corporate Solutions clients. The issuer of this announcement warrants that they are "
    "solely responsible for the content, accuracy and originality of the information "
    "contained therein.",
    "Photos accompanying this announcement are available at https://www.globenewswire.com/"
    "NewsRoom/AttachmentNg/1a2b",
    "A video accompanying this announcement is available at https://www.globenewswire.com/"
    "NewsRoom/AttachmentNg/3c4d"])
@pytest.mark.parametrize("reader", ["text", "page"])
def test_a_wire_services_note_at_the_end_is_dropped_by_both_readers(reader, line):
    opening = "DAYTON, Ohio, March 3, 2025 (GLOBE NEWSWIRE) -- Acme opened a plant."
    if reader == "text":
        release, _ = read_text(f"Acme Opens a Plant\n\n{opening}\n\nIt employs 90 people.\n\n"
                               f"{line}\n", "Acme")
    else:
        release, _ = read(page(f"<main><article><h1>Acme Opens a Plant</h1><p>{opening}</p>"
                               f"<p>It employs 90 people.</p><p>{line}</p></article></main>"))
    assert texts(release) == ["p: Acme opened a plant.", "p: It employs 90 people."]


def test_a_last_source_line_names_the_issuer_of_a_wire_release_only():
    wired, _ = read_text("Acme Opens a Plant\n\nDAYTON, Ohio, March 3, 2025 (GLOBE NEWSWIRE) --"
                         " Acme opened a plant.\n\nSource: Acme Robotics, Inc.\n")
    assert texts(wired) == ["p: Acme opened a plant."]
    assert wired.meta.publisher.text == "Acme Robotics, Inc."
    own, _ = read_text("Acme Opens a Plant\n\nMarch 3, 2025\n\nAcme opened a plant.\n\n"
                       "Source: Ohio Department of Development\n", "Acme")
    assert texts(own)[-1] == "p: Source: Ohio Department of Development"
    assert own.meta.publisher.text == "Acme"


@pytest.mark.parametrize("tail", ["Source: Acme Robotics", "Attachment\nPlant photo"])
def test_a_credit_alone_over_nothing_but_the_wires_tail_is_no_paragraph_not_a_crash(tail):
    # The tail dropped, the credit's line was the last: the paragraph under it was looked
    # up past the end of the lines (IndexError).
    with pytest.raises(InputError, match="no paragraphs found"):
        read_text("Acme Opens a Plant\n\nLAKESHORE, Mich., March 3, 2025 /PRNewswire/ --\n"
                  f"{tail}\n", "Acme")


BW_MAIL = """\
From: Business Wire <alerts@businesswire.example>
Sent: Tuesday, June 10, 2025 4:05 PM
To: Newsroom <newsroom@acme.example>
Subject: Acme Corp. Completes Acquisition of Widget Holdings

Acme Corp. Completes Acquisition of Widget Holdings

Combined company to serve 4,000 industrial customers in 30 countries

June 10, 2025 04:05 PM Eastern Daylight Time

AUSTIN, Texas--(BUSINESS WIRE)--Acme Corp. (NYSE: ACME), a maker of industrial
sensors, today completed its acquisition of Widget Holdings, Inc. for $310
million in cash.

Widget Holdings will operate as a division of Acme under its current name.
Its 650 employees in Austin and Monterrey, Mexico, join Acme's 2,100.

Contacts

Media:
Jane Roe
+1 512-555-0100

Investors:
Sam Poe
ir@acme.example
"""


def test_a_wire_releases_headline_and_subheadline_are_its_title_and_subtitle():
    # The service prints the headline, a subheadline under it, then the date line: not a
    # site's name over a title.
    release, _ = read_text(BW_MAIL, "Acme")
    assert release.title.text == "Acme Corp. Completes Acquisition of Widget Holdings"
    assert release.subtitle.text == ("Combined company to serve 4,000 industrial customers in "
                                     "30 countries")
    assert release.meta.place.text == "AUSTIN, Texas"


def test_a_contacts_labels_under_contacts_keep_their_lines_apart():
    release, _ = read_text(BW_MAIL, "Acme")
    assert texts(release)[-7:] == ["heading: Contacts", "p: Media:", "p: Jane Roe",
                                   "p: +1 512-555-0100", "p: Investors:", "p: Sam Poe",
                                   "p: ir@acme.example"]


PRN_COPIED_PAGE = """\
Corvane Biotech Reports Positive Phase 2 Results for CRV-118

Trial met its primary endpoint; company plans to start Phase 3 in 2026

News provided by
Corvane Biotech, Inc.
May 06, 2025, 08:00 ET

LAKEVILLE, Minn., May 6, 2025 /PRNewswire/ -- Corvane Biotech, Inc. today announced \
positive results from its Phase 2 trial of CRV-118.

Trial highlights:

-- Primary endpoint met
-- No serious adverse events related to treatment

Full results will be presented in September.

SOURCE Corvane Biotech, Inc.
"""


def test_a_pr_newswire_page_copied_names_its_issuer_under_news_provided_by():
    release, report = read_text(PRN_COPIED_PAGE)
    assert release.title.text == "Corvane Biotech Reports Positive Phase 2 Results for CRV-118"
    assert release.subtitle.text.startswith("Trial met its primary endpoint")
    assert release.meta.publisher.text == "Corvane Biotech, Inc."
    assert release.meta.published.text == "May 06, 2025"
    assert release.meta.place.text == "LAKEVILLE, Minn."
    assert "News provided by" not in everything(release)
    assert ("dropped", "News provided by") in [(g.what, g.value) for g in report.guesses]


def test_lines_a_wire_release_opens_with_two_hyphens_are_a_lists_items():
    release, _ = read_text(PRN_COPIED_PAGE)
    assert texts(release)[1:4] == ["p: Trial highlights:", "item: Primary endpoint met",
                                   "item: No serious adverse events related to treatment"]


def test_an_own_releases_two_lines_above_its_date_line_stay_a_site_name_and_title():
    # Without a wire's credit the last line above the date is the title, as before.
    release, _ = read_text("Northshore Robotics\n\nNorthshore Opens a Plant\n\nMarch 3, 2025"
                           "\n\nNorthshore opened a plant in Dayton today.\n")
    assert release.title.text == "Northshore Opens a Plant"
    assert release.subtitle is None

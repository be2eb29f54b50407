"""The rules that tell the parts of copied page text apart."""

from __future__ import annotations

import pytest

from toolkit.model import ListBlock
from toolkit.normalize import Options, Report, normalize
from toolkit.normalize.structure import (
    copyright_owner,
    is_footer,
    is_navigation,
    read_dateline,
    release_issuer,
    series_of,
)
from toolkit.normalize.text_reader import read_text

LANGS = ("en", "fr", "ru")


@pytest.mark.parametrize(("line", "lang", "value", "text", "place"), [
    ("December 24, 2022", "en", "2022-12-24", "December 24, 2022", None),
    ("Tokyo, December 24, 2022", "en", "2022-12-24", "December 24, 2022", "Tokyo"),
    ("Saturday, 24 December 2022", "en", "2022-12-24", "24 December 2022", None),
    ("Date: 2022-12-24", "en", "2022-12-24", "2022-12-24", None),
    ("Press Release | 24 December 2022", "en", "2022-12-24", "24 December 2022", None),
    ("December 24, 2022, 17:00 (JST)", "en", "2022-12-24", "December 24, 2022", None),
    ("Paris, le 24 décembre 2022", "fr", "2022-12-24", "24 décembre 2022", "Paris"),
    ("Publié le 5 mars 2024", "fr", "2024-03-05", "5 mars 2024", None),
    ("24 декабря 2022 года", "ru", "2022-12-24", "24 декабря 2022 года", None),
])
def test_date_lines(line, lang, value, text, place):
    dateline = read_dateline(line, 3, LANGS if lang != "ru" else ("ru", "en"))
    assert dateline is not None
    assert (dateline.lang, dateline.date.get("value"), dateline.date.text, dateline.place) == \
        (lang, value, text, place)


@pytest.mark.parametrize(("line", "issuer"), [
    ("Press release from the Ministry of Defence", "Ministry of Defence"),
    ("Pressmeddelande från Utrikesdepartementet", "Utrikesdepartementet"),
    ("Press release from the G20 Presidency", "G20 Presidency"),
    # a headline opening with the label, its clause after a colon or a dash, and a date
    # after "from": no issuer's name
    ("Press release from the Ministry: new rules for drivers start in May", None),
    ("Press release from the Ministry – rules for drivers start in May", None),
    ("Press release from March 3, 2025", None),
])
def test_a_release_label_from_x_names_its_issuer_not_a_headline_or_a_date(line, issuer):
    assert release_issuer(line) == issuer


def test_a_headline_opening_with_a_release_label_from_x_stays_the_title():
    # "Ministry: new rules for drivers start in May" was the publisher, the headline
    # dropped as a label and the next line the title
    head = "Press release from the Ministry: new rules for drivers start in May"
    text = (f"{head}\n\nLondon, 3 March 2025\n\nThe ministry said the new rules will "
            "start in May, after two years of work.\n")
    release = normalize(text.encode(), "copied.txt", Options(default_publisher="DfT")).release
    assert (release.title.text, release.meta.publisher.text) == (head, "DfT")


@pytest.mark.parametrize("line", [
    "Pressemitteilung Nr. 12/2025 vom 3. März 2025",
    "Pressemitteilung 12/2025 vom 3. März 2025",  # the number without "Nr."
    "Pressemitteilung 12 vom 3. März 2025",
    "Presseinformation Nr. 7 vom 3. März 2025",
])
def test_a_release_number_before_its_date_is_a_label_with_or_without_nr(line):
    # Federal offices print "Pressemitteilung 12/2025 vom ..." as often as "Nr. 12/2025":
    # either is the release's kind and number, and every page would print it as the place.
    dateline = read_dateline(line, 1, ("de",))
    assert dateline is not None
    assert (dateline.date.get("value"), dateline.place) == ("2025-03-03", None)


@pytest.mark.parametrize(("line", "lang", "value", "place"), [
    ("ירושלים, 24 בדצמבר 2022", "he", "2022-12-24", "ירושלים"),
    ("תל אביב, 24.12.2022", "he", "2022-12-24", "תל אביב"),
    ("תבליסי, 24 בדצמבר 2022", "he", "2022-12-24", "תבליסי"),
])
def test_a_place_in_a_script_without_capitals_is_a_place(line, lang, value, place):
    # Hebrew, like Arabic and Hangul, has no capitals: the place before a date is any
    # short name, not one that opens with a capital letter (the line was read as prose,
    # so a Hebrew release had no date line).
    dateline = read_dateline(line, 1, (lang,))
    assert dateline is not None
    assert (dateline.date.get("value"), dateline.place) == (value, place)


@pytest.mark.parametrize("line", [
    "ירושלים, השר נפגש ב-24 בדצמבר 2022",
    "השר נפגש עם שר החוץ, 24 בדצמבר 2022",
])
def test_hebrew_prose_with_a_date_is_not_a_date_line(line):
    assert read_dateline(line, 1, ("he",)) is None


@pytest.mark.parametrize("line", [
    "On December 24, 2022, the ministers met.",
    "December 2022",  # no day: not a publication date
    "The meeting of December 24, 2022 was productive",
    "Ministers met at the Iikura Guest House in Tokyo on December 24, 2022",
])
def test_prose_with_a_date_is_not_a_date_line(line):
    assert read_dateline(line, 1, LANGS) is None


@pytest.mark.parametrize(("line", "lang"), [
    ("24–27 March 2025", "en"), ("Tokyo, March 24–27, 2025", "en"),
    ("2025年3月24日至27日", "zh"), ("24. bis 27. März 2025", "de"),
])
def test_a_date_range_is_no_date_line(line, lang):
    # A range dates an event; the release's publication date is one day.
    assert read_dateline(line, 1, (lang,)) is None


def test_navigation_footer_and_series():
    assert is_navigation("Home > Press Releases")
    assert is_navigation("Accueil › Salle de presse")
    assert is_navigation("Главная / Пресс-релизы")
    assert not is_navigation("Japan-Kyrgyz Foreign Ministers' Meeting")
    assert series_of("Home > Press Releases") == "Press Releases"
    assert is_footer("Back to Press Releases") and is_footer("Page Top")
    assert is_footer("© 2024 Aoba Solar Corporation. All rights reserved.")
    assert not is_footer("Back to the talks, the ministers agreed on a new plan for 2023.")


def read(text: str):
    report = Report("in.txt")
    return read_text(text, report, None, False), report


def test_a_copied_page_is_told_apart():
    draft, report = read(
        "Home > Press Releases\n"
        "Title of the Release\n"
        "December 24, 2022\n"
        "A photo of the two ministers\n"
        "First paragraph of the release, which ends with a full stop.\n"
        "1. First point.\n"
        "2. Second point.\n"
        "Back to Press Releases")
    assert draft.title is not None and draft.title.text == "Title of the Release"
    assert draft.series == "Press Releases"
    assert draft.dateline is not None and draft.dateline.date.get("value") == "2022-12-24"
    assert [f.alt.text for f in draft.figures if f.alt] == ["A photo of the two ministers"]
    assert [type(b).__name__ for b in draft.body] == ["Segment", "ListBlock"]
    lst = draft.body[1]
    assert isinstance(lst, ListBlock) and lst.ordered
    assert [i.text for i in lst.items] == ["First point.", "Second point."]
    assert {g.what for g in report.guesses} >= {"title", "alt", "dropped", "series"}


def test_a_photo_credit_with_no_description_over_it_is_a_caption_not_alternative_text():
    # "Photo: ..." is a caption whether or not a description stands over it: as the
    # photo's alt, a screen reader would read out "Photo:" for what the picture shows.
    draft, report = read("Government Announces New Fund\nLondon, December 24, 2022\n\n"
                         "Photo: The Minister presents the fund at the Treasury\n\n"
                         "On December 24 the Minister announced a fund. It is large.\n")
    assert [(f.alt, f.caption and f.caption.text) for f in draft.figures] == [
        (None, "Photo: The Minister presents the fund at the Treasury")]
    assert [g.what for g in report.guesses if g.what in ("alt", "caption")] == ["caption"]
    # Under a photo that has its caption, a second credit is a second photo's.
    draft, _ = read("Government Announces New Fund\nLondon, December 24, 2022\n\n"
                    "The Minister at a lectern\nPhoto: Ministry of Finance\n"
                    "Photo: Treasury press office\n\n"
                    "On December 24 the Minister announced a fund. It is large.\n")
    assert [(f.alt and f.alt.text, f.caption and f.caption.text) for f in draft.figures] == [
        ("The Minister at a lectern", "Photo: Ministry of Finance"),
        (None, "Photo: Treasury press office")]


def test_list_items_may_be_indented_or_separated_by_blank_lines():
    draft, _ = read("Title\nMay 1, 2023\nIntro paragraph.\n\n  1. One.\n\n  2. Two,\n"
                    "     still two.\n\n  3. Three.\n(1) Again one.\n")
    lists = [b for b in draft.body if isinstance(b, ListBlock)]
    assert [[i.text for i in b.items] for b in lists] == [
        ["One.", "Two, still two.", "Three."], ["Again one."]]


def test_bullets_make_unordered_lists_and_headings_are_short_lines():
    draft, _ = read("Title\nMay 1, 2023\nIntro paragraph.\nHighlights\n• One\n• Two\n")
    assert [getattr(b, "name", "list") for b in draft.body] == ["p", "heading", "list"]
    assert not draft.body[2].ordered  # type: ignore[union-attr]


def test_end_marks_and_related_links_end_the_release():
    draft, _ = read("Title\nMay 1, 2023\nText.\nMore text.\n###\nMedia contact: x\n")
    assert [b.text for b in draft.body] == ["Text.", "More text."]  # type: ignore[union-attr]
    draft, _ = read("Title\nMay 1, 2023\nText.\nRelated Links\nJapan-Chile Relations\n")
    assert [b.text for b in draft.body] == ["Text."]  # type: ignore[union-attr]


def test_a_date_first_page_takes_the_next_line_as_title():
    draft, _ = read("24 December 2022\nA Title Here\nSome paragraph.\n")
    assert draft.title is not None and draft.title.text == "A Title Here"


def test_wire_style_date_in_the_first_paragraph_is_cut_from_it_as_on_a_page():
    draft, report = read("Acme Launches a Thing\n\nBERLIN, March 3, 2025 – Acme GmbH today "
                         "launched a thing.\n")
    assert draft.dateline is not None and draft.dateline.place == "BERLIN"
    assert draft.body[0].text == "Acme GmbH today launched a thing."  # type: ignore[union-attr]
    assert any("wire style" in g.rule for g in report.guesses)


@pytest.mark.parametrize("text, lang", [
    ("Bundesrat verabschiedet Massnahmen\n\nBern, 24.12.2022 - Der Bundesrat hat an "
     "seiner Sitzung vom 23. Dezember 2022 Massnahmen für die Versorgung im Winter "
     "verabschiedet.\n", "de"),
    ("Council Adopts Measures\n\nGeneva, 24.12.2022 - The Council adopted a package of "
     "measures for the winter.\n", "en"),
])
def test_a_dateline_of_digits_opening_the_first_paragraph_leaves_the_language_to_the_text(
        text, lang):
    # The date in digits is the same in many languages: the words of the text name it,
    # as they do for a date line of digits alone.
    draft, _ = read(text)
    assert draft.dateline is not None and draft.dateline.date.get("value") == "2022-12-24"
    assert draft.lang == lang and draft.dateline.lang == lang



def test_a_letterhead_over_the_headline_of_a_wire_style_text_is_no_title():
    # No date line: the first paragraph opens with the dateline. The organisation's name
    # the rules do not know, over the headline, is a letterhead, not the title, and the
    # headline no photo's description.
    draft, report = read("Home > Newsroom > Press Releases\n\nASEAN Secretariat\n\n"
                         "Deputy Secretaries-General Meet Development Partners\n\n"
                         "JAKARTA, 24 December 2022 – The Deputy Secretaries-General met "
                         "representatives of 12 partners.\n")
    assert draft.title is not None
    assert draft.title.text == "Deputy Secretaries-General Meet Development Partners"
    assert not draft.figures
    assert draft.body[0].text == ("The Deputy Secretaries-General met "  # type: ignore[union-attr]
                                  "representatives of 12 partners.")
    assert not any(g.what == "alt" for g in report.guesses)

def test_spaces_from_the_page_layout_are_cleaned_but_single_nbsps_kept():
    draft, _ = read("Title\nMay 1, 2023\nIt\u00a0\u00a0was  a\u00a0test. \u00a0\n")
    assert draft.body[0].text == "It was a\u00a0test."  # type: ignore[union-attr]


PORT_AUTHORITY = """Home > News > Press Releases
Port Authority of Northshore
New container terminal opens at Northshore harbour
Northshore, March 15, 2023
The Port Authority of Northshore today opened its new container terminal.

The terminal took 30 months to build.
"""


def test_a_name_under_the_breadcrumb_is_the_publisher_though_no_rule_knows_it():
    # docs/normalizing.md: under the navigation, "a line that only names an organisation
    # (the publisher)". The organisation rules know ministries, embassies and companies,
    # not a port authority: the line was dropped and the release refused, "no publisher".
    draft, report = read(PORT_AUTHORITY)
    assert draft.publisher == "Port Authority of Northshore"
    assert draft.title is not None and draft.title.text.startswith("New container")
    line_2 = [(g.what, g.value) for g in report.guesses if g.line == 2]
    assert line_2 == [("publisher", "Port Authority of Northshore")]  # not also "dropped"


def test_a_name_line_gives_way_to_a_publisher_another_line_names():
    draft, _ = read(PORT_AUTHORITY + "\n© 2023 Northshore Harbour Board\n")
    assert draft.publisher == "Northshore Harbour Board"


@pytest.mark.parametrize("line", [
    "Ships and cranes",  # lower-case words: a phrase, not a name
    "Opening Ceremony Highlights.",  # a full stop
    "Northshore",  # one word: a kicker as often as a name
    "News | Northshore Port",  # a breadcrumb
])
def test_a_line_that_is_no_name_is_not_taken_for_the_publisher(line):
    draft, _ = read(PORT_AUTHORITY.replace("Port Authority of Northshore\n", line + "\n", 1))
    assert draft.publisher is None


@pytest.mark.parametrize(("text", "publisher", "title"), [
    # The site's name at the top of the page, above the navigation: any one word.
    ("Bundesregierung\nStartseite > Presse\nKanzler trifft Premier\n12.06.2023\n"
     "Der Kanzler traf heute den Premier.\n", "Bundesregierung", "Kanzler trifft Premier"),
    # Under the navigation, an acronym: kickers are words, not capitals.
    (PORT_AUTHORITY.replace("Port Authority of Northshore", "NPA"), "NPA", "New container"),
    # Under the date line, with the title under it.
    ("December 3, 2022\nMOFA\nJapan-Philippines Foreign Ministers Meeting\n\n"
     "The ministers met in Tokyo.\n", "MOFA", "Japan-Philippines"),
])
def test_a_one_word_site_name_is_the_publisher_when_nothing_else_names_one(
        text, publisher, title):
    draft, report = read(text)
    assert draft.publisher == publisher
    assert draft.title is not None and draft.title.text.startswith(title)
    assert any(g.what == "publisher" and g.value == publisher for g in report.guesses)


def test_a_one_word_title_under_the_date_line_stays_the_title():
    draft, _ = read("December 3, 2022\nCONDOLENCES\n\nJapan mourns the victims.\n")
    assert draft.title is not None and draft.title.text == "CONDOLENCES"
    assert draft.publisher is None


@pytest.mark.parametrize("line", ["Menu", "Search", "Japan", "ENERGY2030", "Übersicht."])
def test_chrome_places_and_sentences_are_no_one_word_publisher(line):
    draft, _ = read(line + "\nHome > News\nNew terminal opens\nMarch 15, 2023\n"
                    "The terminal opened today.\n")
    assert draft.publisher is None


@pytest.mark.parametrize(("text", "publisher", "title"), [
    # a name no rule knows, which the first paragraph opens with: the publisher
    ("2024年5月20日\nみなとエナジー\n\nみなとエナジー、洋上風力の実証を開始\n\n"
     "　株式会社みなとエナジー（本社：東京都港区）は、実証事業を開始します。",
     "みなとエナジー", "みなとエナジー、洋上風力の実証を開始"),
    ("March 3, 2025\nNorthshore Robotics\nNorthshore Robotics Opens a Plant in Ohio\n"
     "Northshore Robotics today opened its first plant outside Japan, in Columbus.",
     "Northshore Robotics", "Northshore Robotics Opens a Plant in Ohio"),
    # the salutation of a Japanese company's release is no title; its company line is
    ("ニュースリリース\n報道関係者各位\n2025年2月14日\nさくら精機株式会社\n\n"
     "さくら精機、新工場を建設\n\n　さくら精機株式会社は、新工場を建設します。",
     "さくら精機株式会社", "さくら精機、新工場を建設"),
])
def test_a_company_line_above_the_title_is_the_publisher(text, publisher, title):
    draft, _ = read(text)
    assert (draft.publisher or (draft.named_line and draft.named_line[0].text)) == publisher
    assert draft.title is not None and draft.title.text == title
    assert draft.figures == []


def test_a_title_the_first_paragraph_repeats_is_still_the_title():
    draft, _ = read("December 24, 2022\nJapan-Kyrgyz Foreign Ministers' Meeting\n"
                    "A photo of the two ministers\n"
                    "Japan-Kyrgyz Foreign Ministers' Meeting was held in Tokyo today.")
    assert draft.title is not None and draft.title.text == "Japan-Kyrgyz Foreign Ministers' Meeting"


def test_a_wrapped_paragraph_runs_on_over_a_line_that_ends_a_sentence():
    # An e-mail cut at 70 columns: a sentence may end at a line's end; the paragraph is
    # the block between blank lines, not cut there (nor its next line taken for a heading).
    draft, _ = read(
        "City of Riverton\n\nRiverton launches free bus service for students\n\n"
        "Riverton, June 2, 2023\n\n"
        "The City of Riverton will offer free bus travel to all students from\n"
        "September 1, 2023, in every district of the city and its suburbs.\n"
        "The programme will cost approximately $3.2 million a year and is\n"
        "expected to serve 12,000 students, the city council said on Friday.\n\n"
        "Background\n\n"
        '"Free transport removes a barrier to education," said Mayor John\n'
        "Smith at a press conference in the city hall on Friday afternoon.\n")
    assert [getattr(b, "name", "list") for b in draft.body] == ["p", "heading", "p"]
    assert draft.body[0].text.endswith(  # type: ignore[union-attr]
        "its suburbs. The programme will cost approximately $3.2 million a year and is "
        "expected to serve 12,000 students, the city council said on Friday.")
    assert draft.body[2].text.startswith('"Free transport')  # type: ignore[union-attr]


@pytest.mark.parametrize("notice", [
    "Uitschrijven | Voorkeuren beheren",
    "To unsubscribe, click here.",
    "Je ontvangt deze nieuwsbrief omdat je je hebt ingeschreven op onze website.",
    "Sie erhalten diese E-Mail, weil Sie unseren Newsletter abonniert haben.",
    "Se désabonner",
])
def test_a_newsletters_footer_ends_the_release_and_its_copyright_names_the_owner(notice):
    draft, report = read(
        "Recall of a bottled drink\n"
        "June 28, 2025\n"
        "The dairy recalls its bottled drink after a routine check found a fault.\n"
        "Customers can unsubscribe from the recall alerts at any time.\n"
        f"{notice}\n"
        "© 2025 Groenhof Zuivel NV – Industriepark Noord 12, 9160 Lokeren, Belgium\n")
    body = [block.text for block in draft.body]
    assert body[-1] == "Customers can unsubscribe from the recall alerts at any time."
    assert draft.publisher == "Groenhof Zuivel NV"
    assert any(g.rule == "a newsletter's footer after the release" for g in report.guesses)


@pytest.mark.parametrize(("text", "title"), [
    ("PRESS RELEASE\n\nThe Ministry opens the consultation on the new urban transport\n"
     "regulation\n\nLondon, 5 March 2025\n\n",
     "The Ministry opens the consultation on the new urban transport regulation"),
    ("NOTA DE PRENSA\n\nEl Ministerio abre el plazo de alegaciones al nuevo reglamento de\n"
     "transporte urbano\n\nMadrid, 5 de marzo de 2025\n\n",
     "El Ministerio abre el plazo de alegaciones al nuevo reglamento de transporte urbano"),
    ("Inicio > Prensa\n\nEl Ministerio abre el plazo de alegaciones al nuevo reglamento de\n"
     "transporte urbano y de las normas técnicas de accesibilidad de las\nestaciones\n\n"
     "Madrid, 5 de marzo de 2025\n\n",
     "El Ministerio abre el plazo de alegaciones al nuevo reglamento de transporte urbano "
     "y de las normas técnicas de accesibilidad de las estaciones"),
])
def test_a_title_cut_at_the_width_of_a_wrapped_text_is_its_lines_joined(text, title):
    # An e-mail cut at 70 columns cuts a long headline too: its last line alone was the
    # title ("transporte urbano", the id's slug) and the rest dropped as navigation.
    body = ("El Ministerio de Transportes y Movilidad Sostenible abre hoy el plazo\n"
            "de alegaciones al nuevo reglamento de transporte urbano, que\n"
            "movilizará 1,5 millones de euros en su primera fase del programa.\n\n"
            "El plazo estará abierto hasta el lunes 31 de marzo, de 9:00 a 17:00 h,\n"
            "y el trámite durará unos 30 minutos, según el departamento.\n")
    if "London" in text:
        body = ("The Ministry of Transport opens today the consultation on the new\n"
                "urban transport regulation, which will mobilise 1.5 million pounds in\n"
                "its first phase, the minister said at the ministry on Wednesday.\n\n"
                "The consultation will be open until Monday 31 March, from 9:00 to\n"
                "17:00, and the procedure takes about 30 minutes to complete online.\n")
    draft, report = read(text + body)
    assert draft.title is not None and draft.title.text == title
    assert not any(g.what == "dropped" and g.value in title for g in report.guesses)


def test_a_site_name_over_the_title_of_a_wrapped_text_is_not_joined_to_it():
    draft, _ = read(
        "City of Riverton\nRiverton launches free bus service for students\n\n"
        "Riverton, June 2, 2023\n\n"
        "The City of Riverton will offer free bus travel to all students from\n"
        "September 1, 2023, in every district of the city and its suburbs.\n"
        "The programme will cost approximately $3.2 million a year and is\n"
        "expected to serve 12,000 students, the city council said on Friday.\n")
    assert draft.title is not None
    assert draft.title.text == "Riverton launches free bus service for students"


def kinds(text: str, lang: str | None = None) -> list[tuple[str, str]]:
    draft = read_text(f"Title of the Release\nDecember 24, 2022\n{text}", Report("in.txt"),
                      lang, False)
    return [("list", " | ".join(i.text for i in block.items)) if isinstance(block, ListBlock)
            else (block.name, block.text) for block in draft.body]


OPENING = "Regjeringen følger situasjonen nøye og har i dag møtt partnerne i regionen."


@pytest.mark.parametrize(("lang", "quote"), [
    ("nb", "– Situasjonen er alvorlig, sier utenriksministeren."),
    ("no", "– Vi står sammen med våre allierte, sa statsministeren i dag."),
    ("pl", "– Sytuacja jest poważna – powiedział minister spraw zagranicznych."),
    ("ru", "– Ситуация серьёзная, – сказал министр иностранных дел."),
    ("fr", "– La situation est grave, dit le ministre des Affaires étrangères."),
    ("en", "- The situation is serious, says the foreign minister."),
    ("fi", "– Tilanne on vakava, sanoo ulkoministeri."),
])
def test_a_dash_line_that_says_who_spoke_is_a_quotation_not_a_list(lang, quote):
    # Nordic, Polish, Russian and French releases quote speech after a dash: each such
    # line was a one-item list. Two quotations in a row are two paragraphs.
    assert kinds(f"{OPENING}\n\n{quote}\n\n{OPENING}\n", lang) == [
        ("p", OPENING), ("p", quote), ("p", OPENING)]
    assert kinds(f"{OPENING}\n{quote}\n{quote}\n", lang) == [
        ("p", OPENING), ("p", quote), ("p", quote)]


@pytest.mark.parametrize(("lang", "items"), [
    ("sk", ["- Domácnosti dostanú príspevok, ak sa ich príjem zníži.",
            "- Firmy môžu požiadať o odklad daní."]),
    ("nl", ["- Gezinnen krijgen een premie, en dit jaar ook een korting.",
            "- Bedrijven kunnen uitstel van betaling vragen."]),
])
def test_another_languages_speech_verb_leaves_a_list_a_list(lang, items):
    # Slovak "sa" (itself) is Norwegian's "said", Dutch "dit" (this) French's "says":
    # after a comma in a list's sentence they quote no one.
    assert kinds(f"{OPENING}\n\n" + "\n".join(items) + "\n", lang) == [
        ("p", OPENING), ("list", " | ".join(item[2:] for item in items))]


@pytest.mark.parametrize("line", [
    "– " + "–" * 50_000 + ".",
    "– " + ",a" * 25_000 + ".",
    "– " + "–" * 50_000 + ", sier han.",
])
def test_a_dash_line_of_thousands_of_dashes_or_commas_is_read_in_time(line):
    """Whether a dash line says who spoke was a search, at each comma or dash, for the
    words after it, each word running to the line's next space: a 50,000-dash line (or
    commas between letters) took 40 s, each dash's word all the dashes after it."""
    assert kinds(f"{OPENING}\n\n{line}\n\n{OPENING}\n") == [
        ("p", OPENING), ("p", line), ("p", OPENING)]


def test_one_dash_sentence_alone_between_paragraphs_is_a_quotation():
    quote = "– Dette er en viktig dag for Norge."
    assert kinds(f"{OPENING}\n\n{quote}\n\n{OPENING}\n") == [
        ("p", OPENING), ("p", quote), ("p", OPENING)]


@pytest.mark.parametrize("items", [
    ["– mat", "– vann", "– medisiner"],
    ["– Mat til 10 000 mennesker.", "– Vann til 5 000 familier."],  # sentences, but a run
    ["- сказал", "- говорит"],  # speech words, but no sentence
])
def test_a_run_of_dash_lines_is_still_a_list(items):
    assert kinds(f"{OPENING}\n\n" + "\n".join(items) + "\n") == [
        ("p", OPENING), ("list", " | ".join(item[2:] for item in items))]


def test_one_dash_sentence_under_a_lead_in_is_its_lists_item():
    assert kinds("Tiltakene omfatter:\n– Mat og vann til 10 000 mennesker.\n") == [
        ("p", "Tiltakene omfatter:"), ("list", "Mat og vann til 10 000 mennesker.")]


@pytest.mark.parametrize("quote", [
    "– Det er bra, sier hun.",
    "– Dette er en viktig dag.",
])
def test_a_short_line_over_a_dash_line_of_speech_is_no_heading(quote):
    # The short line was made a heading because a list's item seemed to follow it.
    assert kinds(f"{OPENING}\n\nStatsråden er fornøyd\n{quote}\n\n{OPENING}\n") == [
        ("p", OPENING), ("p", "Statsråden er fornøyd"), ("p", quote), ("p", OPENING)]


def test_a_short_line_over_a_dash_list_is_still_its_heading():
    assert kinds(f"{OPENING}\n\nTiltakene\n– mat\n– vann\n") == [
        ("p", OPENING), ("heading", "Tiltakene"), ("list", "mat | vann")]


@pytest.mark.parametrize("line", [
    "© 2024 Example Council. All rights reserved. 1 Main Street, Springfield",
    "© 2024 Example Council. Toate drepturile rezervate.",
    "© 2024 Example Council. Minden jog fenntartva.",
    "© 2024 Example Council. Tutti i diritti riservati. Via Roma 1",
    "© 2024 Example Council. Todos os direitos reservados.",
    "© 2024 Example Council. Alle rechten voorbehouden.",
    "© 2024 Example Council. Wszelkie prawa zastrzeżone.",
    "Copyright © 2024 Example Council, all rights reserved",
])
def test_a_copyright_owner_ends_at_all_rights_reserved_in_the_source_languages(line):
    assert copyright_owner(line) == "Example Council"

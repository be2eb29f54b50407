"""Portuguese (Brazil and Portugal) and Italian releases: the language told from Spanish and
French, date lines, publishers, navigation and footers, and values in prose. Each rule
follows CLDR's data for pt and it, or the conventions the languages write by."""

from __future__ import annotations

import pytest
from lxml import etree

from toolkit.model import Segment, Span
from toolkit.normalize import Options, Report, normalize
from toolkit.normalize.entities import entity_recognizer
from toolkit.normalize.html_reader import read_html
from toolkit.normalize.locale_patterns import guess_by_words
from toolkit.normalize.structure import (
    is_footer,
    is_related,
    language_candidates,
    publisher_of,
    read_dateline,
)
from toolkit.normalize.text_reader import read_text
from toolkit.normalize.values import Context, recognizer, select
from toolkit.translatable import translatable_segments
from toolkit.vocabulary import ITS_TRANSLATE

from .pages import page


@pytest.mark.parametrize(("line", "lang", "value", "text", "place"), [
    ("Brasília, 18 de março de 2024", "pt", "2024-03-18", "18 de março de 2024", "Brasília"),
    ("Porto, 2 de outubro de 2024", "pt", "2024-10-02", "2 de outubro de 2024", "Porto"),
    ("Roma, 2 ottobre 2024", "it", "2024-10-02", "2 ottobre 2024", "Roma"),
    ("Pubblicato il 5 Giugno 2025", "it", "2025-06-05", "5 Giugno 2025", None),
    ("Publicado em 10/04/2024 17h05", "pt-BR", "2024-04-10", "10/04/2024", None),
])
def test_date_lines_by_cldr_patterns(line, lang, value, text, place):
    stated = "pt-BR" if lang == "pt-BR" else None
    dateline = read_dateline(line, 3, language_candidates(line, stated))
    assert dateline is not None
    assert (dateline.lang, dateline.date.get("value"), dateline.date.text, dateline.place) == \
        (lang, value, text, place)


SPANISH = ("El Gobierno de España destinará fondos a los proyectos de cooperación con "
           "Portugal y con Italia, según informó el ministerio en un comunicado.")
FRENCH = ("Le ministre a présenté les mesures du plan pour les entreprises et les "
          "collectivités, qui sont déjà en place dans la région.")
PORTUGUESE = ("O ministro acompanhou o leilão na sede da agência, em Brasília. A sessão "
              "não durou mais de duas horas e foi a maior do ano para os consumidores.")
ITALIAN = ("Il ministro ha firmato il decreto che rende operativo il fondo, con una "
           "dotazione per le imprese del commercio e dell'artigianato della regione.")


@pytest.mark.parametrize(("sample", "lang"), [
    (PORTUGUESE, "pt"), (ITALIAN, "it"), (SPANISH, None), (FRENCH, None),
])
def test_portuguese_and_italian_are_told_by_their_common_words(sample, lang):
    assert guess_by_words(sample) == lang


def test_a_spanish_or_italian_date_line_is_the_language_the_text_is_written_in():
    # "marzo" is a month of both languages; the text's words are Italian.
    text = f"Acque Lariane S.p.A.\n\nUn titolo\nComo, 14 marzo 2025\n\n{ITALIAN}\n"
    draft = read_text(text, Report("x.txt"), None, False)
    assert draft.lang == "it" and draft.dateline is not None
    spanish = f"Un título\nMadrid, 14 marzo 2025\n\n{SPANISH}\n"
    assert read_text(spanish, Report("x.txt"), None, False).lang == "es"


@pytest.mark.parametrize(("sample", "lang"), [(PORTUGUESE, "pt"), (ITALIAN, "it")])
def test_a_text_without_a_date_line_is_guessed_portuguese_or_italian(sample, lang):
    draft = read_text(f"Titolo\n\n{sample}\n", Report("x.txt"), None, True)
    assert draft.lang == lang


def _orgs(lang: str, text: str) -> list[str]:
    return [found.parts[0].text for found in entity_recognizer(lang).candidates(text, 0)
            if found.parts[0].name == "org"]


@pytest.mark.parametrize(("lang", "text", "org"), [
    # Spanish's grammar of bodies, with the language's words "of", "and" and its heads
    ("pt", "O Ministério de Minas e Energia informou.", "Ministério de Minas e Energia"),
    ("pt", "Segundo a Agência Nacional de Energia Elétrica, o leilão",
     "Agência Nacional de Energia Elétrica"),
    ("it", "Il Ministero dell'Economia e delle Finanze ha", "Ministero dell'Economia e delle "
     "Finanze"),
    ("it", "con l'Agenzia per l'Italia Digitale, che", "Agenzia per l'Italia Digitale"),
    ("it", "Ministero delle Imprese e del Made in Italy", "Ministero delle Imprese e del Made "
     "in Italy"),
    # a company by its legal form, the language's "of" inside its name
    ("pt", "A Metro do Douro, S.A. assinou hoje", "Metro do Douro, S.A."),
    ("it", "Acque Lariane S.p.A., gestore del servizio", "Acque Lariane S.p.A."),
])
def test_organisations_by_their_heads_and_legal_forms(lang, text, org):
    assert org in _orgs(lang, text)


@pytest.mark.parametrize("text", [
    "Voltar às notícias", "Partilhar Facebook X E-mail Imprimir", "Compartilhe:",
    "Categorizzato come Cultura, Eventi", "Etichette: estate, spettacoli", "Condividi",
    "Torna su", "Ultimo aggiornamento: 03/10/2024 09:14", "Articolo precedente",
])
def test_footers_in_portuguese_and_italian(text):
    assert is_footer(text)


PLONE = """<html lang="pt-BR"><head><title>Vacinação ampliada — Ministério da Saúde</title>
</head><body><div id="content"><h1>Vacinação ampliada</h1>
<div class="documentByLine" id="plone-document-byline">
<span class="documentPublished"><span>Publicado em</span> 10/04/2024 17h05</span>
<span class="documentModified"><span>Atualizado em</span> 10/04/2024 18h22</span></div>
<p>O Ministério da Saúde anunciou nesta quarta-feira a ampliação da vacinação.</p>
</div></body></html>"""


def test_a_bylines_labelled_publication_date_dates_the_page():
    root = etree.fromstring(PLONE.encode(), etree.HTMLParser(encoding="utf-8"))
    draft = read_html(root, Report("x.html"), None)
    assert draft.dateline is not None
    assert draft.dateline.date.get("value") == "2024-04-10"


def _values(lang: str, text: str) -> list[tuple[str, dict[str, str], str]]:
    return [(span.name, dict(span.attrs), span.text)
            for found in recognizer(lang).find(text, Context(2024, 3)) for span in found.parts
            if isinstance(span, Span)]


@pytest.mark.parametrize(("lang", "text", "value"), [
    # "h" between hours and minutes, as French writes it; Italian's full stop
    ("pt", "acompanhou, às 14h30, o leilão", ("time", {"value": "14:30"}, "14h30")),
    ("pt", "das 10h00 às 19h00", ("time", {"value": "19:00"}, "19h00")),
    ("it", "dalle 9.30 alle 17.30.", ("time", {"value": "17:30"}, "17.30")),
    # an hour alone after "alle" at a clause's end
    ("it", "martedì 8 ottobre, alle 11, nella sede", ("time", {"value": "11:00"}, "11")),
    # CLDR's scale words and currency names; Italian's "di" before the currency
    ("it", "con 150 milioni di euro per", ("money", {"value": "150000000", "currency": "EUR",
                                                     "notation": "compact"},
                                           "150 milioni di euro")),
    ("pt", "garante R$ 1,2 bilhão em", ("money", {"value": "1200000000", "currency": "BRL",
                                                  "notation": "compact"}, "R$ 1,2 bilhão")),
    ("it", "sale al 50 per cento per", ("number", {"value": "50", "style": "percent"},
                                        "50 per cento")),
    ("pt", "o 2.º semestre de 2026", ("number", {"value": "2", "style": "ordinal"}, "2.º")),
    ("it", "il 30° anniversario", ("number", {"value": "30", "style": "ordinal"}, "30°")),
    ("pt", "prazo de duas horas", ("duration", {"value": "PT2H"}, "duas horas")),
    ("it", "in cinque anni, di cui", ("duration", {"value": "P5Y"}, "cinque anni")),
    ("pt", "De 14 a 18 de outubro, a", ("date", {"value": "2024-10-14", "end": "2024-10-18",
                                                 "skeleton": "MMMMd"}, "14 a 18 de outubro")),
    ("pt", "previsto para setembro.", ("date", {"value": "2024-09", "skeleton": "MMMM"},
                                       "setembro")),
    # grouped by full stops, not a version number
    ("it", "erano 1.270.000, il", ("number", {"value": "1270000"}, "1.270.000")),
    # CLDR's short date ("dd/MM/yy") with all four digits of the year, day first
    ("it", "entro il 24/12/2022.", ("date", {"value": "2022-12-24", "skeleton": "yMd"},
                                    "24/12/2022")),
    ("it", "dal 05/03/2023 al", ("date", {"value": "2023-03-05", "skeleton": "yMd"},
                                 "05/03/2023")),
])
def test_values_in_portuguese_and_italian_prose(lang, text, value):
    assert value in _values(lang, text)


def test_an_age_is_no_length_of_time():
    assert ("number", {"value": "35"}, "35") in _values("it", "sotto i 35 anni.")


def _persons(lang: str, text: str) -> list[str]:
    return [found.parts[0].text for found in entity_recognizer(lang).candidates(text, 0)
            if found.parts[0].name == "person"]


@pytest.mark.parametrize(("lang", "text", "person"), [
    # the title, what it is of, then the name between commas (Spanish's rule)
    ("pt", "O ministro de Minas e Energia, Renato Albuquerque Lins, acompanhou",
     "Renato Albuquerque Lins"),
    ("pt", "afirmou a presidente do conselho de administração, Teresa Valente Sousa.",
     "Teresa Valente Sousa"),
    ("it", "Il ministro delle Imprese e del Made in Italy, Lorenzo Bellandi, ha firmato",
     "Lorenzo Bellandi"),
    ("it", "ha dichiarato l'amministratore delegato, Paolo Ghezzi.", "Paolo Ghezzi"),
    # the title before the name, no comma
    ("it", "Il sottosegretario Giulia Marchetti Sala presenterà", "Giulia Marchetti Sala"),
    # a press contact's label
    ("pt", "Contacto para a imprensa: Rui Pimentel, Gabinete de Comunicação", "Rui Pimentel"),
])
def test_people_by_their_titles_and_contact_labels(lang, text, person):
    assert person in _persons(lang, text)


@pytest.mark.parametrize("text", ["Quanto sono chiare le informazioni su questa pagina?",
                                  "Notícias relacionadas", "Notizie correlate"])
def test_a_sites_survey_and_related_news_end_the_text(text):
    assert is_related(text)


# ---------------------------------------------------------------- round 2 (locked set open)
@pytest.mark.parametrize(("lang", "line"), [
    ("it", "Università degli Studi di Pavia"),
    ("pt", "Universidade Federal de Minas Gerais"),
])
def test_a_university_heading_the_text_is_its_publisher(lang, line):
    assert publisher_of(line, lang) == line


@pytest.mark.parametrize(("line", "value"), [
    # a government's ISO date and the hour after "às" (pt) or "ore" (it)
    ("2024-09-12 às 18h40", "2024-09-12"),
    ("21 gennaio 2025 ore 10:30", "2025-01-21"),
])
def test_a_date_line_may_end_with_its_hour_after_a_preposition(line, value):
    dateline = read_dateline(line, 1, language_candidates(line, None))
    assert dateline is not None and dateline.date.get("value") == value


@pytest.mark.parametrize(("lang", "text"), [
    # a telephone number's digit groups are no numbers
    ("it", "Ufficio Stampa, tel. 0422 000 000"),
    ("it", "è attivo il numero verde 800 000 000, tutti i giorni"),
    ("pt", "Gabinete de imprensa: telefone 21 000 00 00"),
    # digits after "n." (numero) and "número" name a thing, they count nothing
    ("it", "ha firmato l'ordinanza n. 512 ieri"),
    ("pt", "pelo número 199 ou"),
])
def test_phone_numbers_and_identifiers_are_no_values(lang, text):
    assert _values(lang, text) == []


@pytest.mark.parametrize(("lang", "text", "number"), [
    # the age between commas after a name
    ("it", "commenta Sartori, 44 anni, rientrata in Italia", "44"),
    # "até aos 35 anos": up to the age of 35
    ("pt", "apoia o arrendamento de jovens até aos 35 anos, com", "35"),
])
def test_ages_are_numbers_not_lengths_of_time(lang, text, number):
    values = _values(lang, text)
    assert ("number", {"value": number}, number) in values
    assert not any(name == "duration" for name, _, _ in values)


def test_years_between_commas_after_a_clause_stay_a_length_of_time():
    assert ("duration", {"value": "P5Y"}, "5 anni") in _values(
        "it", "Il progetto durerà 5 anni, con un budget")


@pytest.mark.parametrize(("lang", "text", "value"), [
    # the first of a month is written as an ordinal
    ("it", "partirà il 1° aprile 2025 e", ("date", {"value": "2025-04-01",
                                                   "skeleton": "yMMMMd"}, "1° aprile 2025")),
    ("pt", "começa em 1º de julho.", ("date", {"value": "2024-07-01", "skeleton": "MMMMd"},
                                      "1º de julho")),
])
def test_the_first_of_the_month_as_an_ordinal(lang, text, value):
    assert value in _values(lang, text)


@pytest.mark.parametrize(("text", "times"), [
    # a range of two bare hours: each a time of day
    ("sarà chiuso al traffico dalle 21 alle 6 per il rifacimento", ["21:00", "06:00"]),
    # "ore" (hours) before an hour alone
    ("a partire dalle ore 20 di domenica", ["20:00"]),
    # opening hours, as the other languages' ranges are read: two times of day
    ("la mostra è aperta dalle 10 alle 17 ogni giorno", ["10:00", "17:00"]),
    ("aperto dalle 10.00 alle 17.30 di sabato", ["10:00", "17:30"]),
    # "ore" before the first hour only: the second is a time too, no number
    ("gli uffici sono aperti dalle ore 9 alle 13 di sabato", ["09:00", "13:00"]),
    ("dalle ore 9 alle ore 13 di sabato", ["09:00", "13:00"]),
])
def test_italian_hours_alone(text, times):
    assert [v["value"] for name, v, _ in _values("it", text) if name == "time"] == times


def test_hours_after_a_count_of_hours_stay_a_length_of_time():
    assert _values("it", "per 3 ore 20 minuti") == [
        ("duration", {"value": "PT3H20M"}, "3 ore 20 minuti")]


def test_a_portuguese_public_institutes_legal_form_is_part_of_its_name():
    text = "do Instituto da Habitação e da Reabilitação Urbana, I. P., por um mandato"
    assert [(f.parts[0].name, f.parts[0].text) for f in select(
        entity_recognizer("pt").candidates(text, 0))] == [
        ("org", "Instituto da Habitação e da Reabilitação Urbana, I. P.")]


REGION_RELEASE = ("Sanità: nuovi fondi per gli ospedali\nTrieste, 24 dicembre 2022\n\n"
                  "La Giunta regionale ha approvato oggi il piano per gli ospedali della "
                  "regione.\n\n{}\n")


@pytest.mark.parametrize("line", ["ARC/MR/ep", "ARC/COM/fc-ma", "RED-BOF/GB"])
def test_an_agencys_and_its_editors_initials_closing_the_text_are_no_message(line):
    # An Italian agency's signature ("ARC/MR/ep": the agency, the author, the editor) is
    # printed as it is on every page: nothing in it for a translator to copy.
    for data, path in ((REGION_RELEASE.format(line).encode(), "input.txt"),
                       (page("<main><h1>Sanità: nuovi fondi per gli ospedali</h1>"
                             "<p>Trieste, 24 dicembre 2022</p><p>La Giunta regionale ha "
                             "approvato oggi il piano per gli ospedali della regione.</p>"
                             f"<p>{line}</p></main>", lang="it"), "page.html")):
        release = normalize(data, path, Options(publisher="Regione")).release
        signature = release.body[-1]
        assert isinstance(signature, Segment) and signature.text == line, path
        assert signature.get(ITS_TRANSLATE) == "no", path
        assert [s.text for s in translatable_segments(release)][-1].startswith("La Giunta")


@pytest.mark.parametrize("line", ["Informazioni su www.regione.example/sanita",
                                  "CGIL/CISL/UIL: sciopero revocato", "24/7"])
def test_a_line_with_words_or_digits_beside_slashes_stays_a_message(line):
    release = normalize(REGION_RELEASE.format(line).encode(), "input.txt",
                        Options(publisher="Regione")).release
    assert release.body[-1].get(ITS_TRANSLATE) is None

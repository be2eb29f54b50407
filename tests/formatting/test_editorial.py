"""What an editor of the language writes where CLDR's text stops short: a compact amount
takes the preposition a scale noun needs in French, Spanish, Portuguese, Italian,
Catalan and Galician ("45,5 millions d’euros"), Portuguese writes currency names in
lower case, French writes the first day of a month "1er", Brazilian Portuguese and
Italian "1º".
Both engines apply the same rules after CLDR's text, so they agree with each other;
ICU's own text is what the rules start from.
"""

from __future__ import annotations

import pytest
from babel import Locale, localedata
from babel.core import get_global

from toolkit.config import LocaleSettings
from toolkit.formatting import get_formatter, icu_available
from toolkit.formatting.editorial import (
    SCALE_PREPOSITIONS,
    compact_amount,
    first_day_pattern,
    first_day_suffix,
    mark_days,
    writes_first_day,
)
from toolkit.model import Span

ENGINES = ["babel", pytest.param("icu", marks=pytest.mark.skipif(
    not icu_available(), reason="PyICU not installed"))]
LATN = LocaleSettings(numbering="latn")
NBSP = str.maketrans({"\xa0": " ", "\u202f": " "})


def money(locale: str, engine: str, value: str, currency: str = "EUR") -> str:
    text = get_formatter(locale, LATN, engine).format_money(value, currency, "compact")
    return text.translate(NBSP)


def date(locale: str, engine: str, value: str, skeleton: str = "yMMMMd",
         settings: LocaleSettings = LATN) -> str:
    return get_formatter(locale, settings, engine).format(
        Span("date", (("value", value), ("skeleton", skeleton)), ("x",)))


def date_range(locale: str, engine: str, value: str, end: str, skeleton: str = "yMMMMd",
               settings: LocaleSettings = LATN) -> str:
    return get_formatter(locale, settings, engine).format(
        Span("date", (("value", value), ("end", end), ("skeleton", skeleton)), ("x",)))


# ------------------------------------------------------------------ compact amounts


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(("locale", "value", "currency", "expected"), [
    ("fr", "45500000", "EUR", "45,5 millions d’euros"),
    ("fr", "2000000", "USD", "2 millions de dollars des États-Unis"),
    ("fr", "1000000", "EUR", "1 million d’euros"),
    ("fr", "2000000000", "EUR", "2 milliards d’euros"),
    ("fr-CA", "45500000", "EUR", "45,5 millions d’euros"),
    ("es", "45500000", "EUR", "45,5 millones de euros"),
    ("es", "1000000", "USD", "1 millón de dólares estadounidenses"),
    ("es", "2000000000", "EUR", "2 mil millones de euros"),  # after the last word
    ("es-MX", "45500000", "EUR", "45.5 millones de euros"),
    ("pt", "45500000", "EUR", "45,5 milhões de euros"),
    ("pt", "2000000", "USD", "2 milhões de dólares americanos"),
    ("pt-BR", "2000000000", "EUR", "2 bilhões de euros"),
    ("pt-PT", "2000000000", "EUR", "2 mil milhões de euros"),
    ("it", "45500000", "EUR", "45,5 milioni di euro"),
    ("it", "2000000000000", "USD", "2 mila miliardi di dollari statunitensi"),
    ("it-CH", "45500000", "EUR", "45.5 milioni di euro"),
    ("ca", "45500000", "EUR", "45,5 milions d’euros"),
    ("ca", "2000000000", "EUR", "2 milers de milions d’euros"),
    ("ca", "2000000", "USD", "2 milions de dòlars dels Estats Units"),
    ("gl", "45500000", "EUR", "45,5 millóns de euros"),
    ("gl", "1000000", "USD", "1 millón de dólares estadounidenses"),
    ("gl", "2000000000", "EUR", "2000 millóns de euros"),  # CLDR's thousand millions
    ("gl", "2000000000000", "EUR", "2 billóns de euros"),
    ("gl-ES", "45500000", "EUR", "45,5 millóns de euros"),
])
def test_a_scale_noun_takes_the_languages_preposition(engine, locale, value, currency,
                                                      expected):
    assert money(locale, engine, value, currency) == expected


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(("value", "currency", "expected"), [
    # Indonesian writes a currency's name as a common noun (PUEBI), its country's name
    # capitalised: CLDR's "Dolar Amerika Serikat" is a menu's form.
    ("1500000000", "USD", "1,5 miliar dolar Amerika Serikat"),
    ("250000000", "IDR", "250 juta rupiah Indonesia"),
    ("2000000", "EUR", "2 juta euro"),
])
def test_indonesian_writes_a_compact_amounts_currency_in_lower_case(engine, value, currency,
                                                                    expected):
    assert money("id", engine, value, currency) == expected


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(("locale", "value", "expected"), [
    # below a thousand there is no scale word
    ("fr", "500", "500 euros"), ("es", "500", "500 euros"), ("it", "500", "500 euro"),
    # a thousand is a numeral, not a noun: "trois mille euros", "tres mil euros"
    ("fr", "3000", "3 mille euros"), ("es", "3000", "3 mil euros"),
    ("pt", "3000", "3 mil euros"), ("it", "3000", "3 mila euro"),
    # Catalan's is a noun: "milers d’euros"
    ("ca", "3000", "3 milers d’euros"),
    # Galician's compact form below a million is its digits
    ("gl", "3000", "3000 euros"), ("gl", "500", "500 euros"),
    # a language the table does not name is CLDR's: Romanian's data has the preposition
    ("ro", "45500000", "45,5 milioane de euro"),
    ("en", "45500000", "45.5 million euros"),
])
def test_a_number_without_a_scale_noun_takes_no_preposition(engine, locale, value,
                                                            expected):
    assert money(locale, engine, value) == expected


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(("locale", "currency", "expected"), [
    # French elides before a vowel, not before an aspirated h or a consonant y
    ("fr", "XAU", "2 millions d’onces troy d’or"),
    ("fr", "UAH", "2 millions de hryvnias ukrainiennes"),
    ("fr", "JPY", "2 millions de yens japonais"),
    # Catalan before a vowel or h and a vowel, not before an i or u a vowel follows
    ("ca", "CVE", "2 milions d’escuts de Cap Verd"),
    ("ca", "JPY", "2 milions de iens"),
    ("ca", "CNY", "2 milions de iuans"),
    ("ca", "UAH", "2 milions de hrívnies"),
    # Spanish, Portuguese, Italian and Galician do not elide
    ("it", "EUR", "2 milioni di euro"), ("es", "EUR", "2 millones de euros"),
    ("gl", "EUR", "2 millóns de euros"),
])
def test_the_preposition_is_elided_as_the_language_writes_it(engine, locale, currency,
                                                             expected):
    assert money(locale, engine, "2000000", currency) == expected


@pytest.mark.parametrize("engine", ENGINES)
def test_portuguese_writes_currency_names_in_lower_case(engine):
    # CLDR's pt capitalises them as a menu does ("Euros", "Dólares americanos");
    # its pt-PT writes them in lower case, as running text does
    for locale in ("pt", "pt-BR", "pt-PT"):
        assert money(locale, engine, "500") == "500 euros"
        assert money(locale, engine, "1") == "1 euro"
    assert money("pt", engine, "3000", "GBP") == "3 mil libras esterlinas"


def amount(language: str, text: str, name: str) -> str:
    return compact_amount(language, text, text.index(name))


def test_the_rule_on_its_own():
    assert amount("fr", "45,5 millions euros", "euros") == "45,5 millions d’euros"
    assert amount("fr", "mille dollars", "dollars") == "mille dollars"
    assert amount("pt", "2 milhões Euros", "Euros") == "2 milhões de euros"
    assert amount("pt", "2 milhões XAD", "XAD") == "2 milhões de XAD"  # an abbreviation
    assert amount("de", "2 Millionen Euro", "Euro") == "2 Millionen Euro"
    # Galician's mil is a numeral, should CLDR write one ("tres mil euros")
    assert amount("gl", "3 mil euros", "euros") == "3 mil euros"
    assert amount("gl", "2 mil millóns euros", "euros") == "2 mil millóns de euros"
    # the space CLDR puts between them is kept (fr-CA's is a no-break space)
    assert amount("fr", "2 millions\xa0euros", "euros") == "2 millions\xa0d’euros"
    # a name before the number is left as it is
    assert amount("fr", "euros 2 millions", "euros") == "euros 2 millions"


def test_every_scale_word_of_cldr_is_a_noun_or_a_numeral():
    # A scale word CLDR adds would otherwise take no preposition unnoticed.
    for language, rule in SCALE_PREPOSITIONS.items():
        assert not rule.nouns & rule.numerals, language
        known = rule.nouns | rule.numerals | {rule.word}
        names = [n for n in localedata.locale_identifiers() if n.split("_")[0] == language]
        assert names, language
        for name in names:
            for forms in Locale.parse(name).compact_decimal_formats["long"].values():
                for pattern in forms.values():
                    words = str(pattern.pattern).replace("0", " ").split()
                    assert set(words) <= known, (name, words)


def test_every_scale_word_of_icu_is_a_noun_or_a_numeral():
    icu = pytest.importorskip("icu")
    for language, rule in SCALE_PREPOSITIONS.items():
        known = rule.nouns | rule.numerals | {rule.word}
        for name in icu.Locale.getAvailableLocales():
            if name.split("_")[0] != language:
                continue
            formatter = icu.NumberFormatter.withLocale(icu.Locale(name)).notation(
                icu.Notation.compactLong())
            for exponent in range(3, 16):
                value = formatter.formatDecimalToValue(f"2{'0' * exponent}".encode())
                position = icu.ConstrainedFieldPosition()
                position.constrainField(icu.UFieldCategory.NUMBER,
                                        icu.UNumberFormatFields.COMPACT_FIELD)
                if value.nextPosition(position):
                    scale = str(value)[position.getStart():position.getLimit()]
                    assert set(scale.split()) <= known, (name, scale)


ROMANCE = ("fr", "fr-CA", "fr-BE", "es", "es-MX", "es-419", "pt", "pt-BR", "pt-PT", "it",
           "it-CH", "ca", "gl", "gl-ES", "ro")


def test_both_engines_write_the_same_compact_amounts():
    pytest.importorskip("icu")
    for locale in ROMANCE:
        for value in ("45500000", "1000000", "2000000000", "1500000", "3000", "1000",
                      "500", "1", "2000000000000"):
            for currency in ("EUR", "USD", "JPY", "XAU", "UAH", "CNY"):
                # (fr-CA's unit pattern has a no-break space in CLDR 49, a space in ICU
                # 77's CLDR 47: the rule keeps whichever the data has)
                assert money(locale, "babel", value, currency) == money(
                    locale, "icu", value, currency), (locale, value, currency)


def test_the_icu_engine_is_icus_own_text_with_the_rule():
    icu = pytest.importorskip("icu")
    for locale, raw in (("fr", "45,5 millions euros"), ("es", "45,5 millones euros"),
                        ("pt", "45,5 milhões Euros"), ("it", "45,5 milioni euro"),
                        ("ca", "45,5 milions euros"), ("gl", "45,5 millóns euros")):
        # ICU itself: compact-long notation with the currency's full name
        itself = str(icu.NumberFormatter.withLocale(icu.Locale(f"{locale}@numbers=latn"))
                     .unit(icu.CurrencyUnit("EUR")).notation(icu.Notation.compactLong())
                     .unitWidth(icu.UNumberUnitWidth.FULL_NAME)
                     .precision(icu.Precision.unlimited()).formatDecimal(b"45500000"))
        assert itself.translate(NBSP) == raw
        name_at = len(itself) - len(raw.split(" ", 2)[2])
        assert (get_formatter(locale, LATN, "icu").format_money("45500000", "EUR", "compact")
                == compact_amount(locale, itself, name_at)), locale


def test_standard_amounts_are_cldrs():
    for engine in ("babel", *(["icu"] if icu_available() else [])):
        fr = get_formatter("fr", LATN, engine)
        assert fr.format_money("45500000", "EUR").translate(NBSP) == "45 500 000 €"
        assert fr.format_money("12345678", "EUR", "compact").translate(NBSP) == (
            "12 345 678 €")


# ------------------------------------------------------------------ the first of a month


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("locale", ["fr", "fr-CA", "fr-BE", "fr-CH"])
def test_french_writes_the_first_day_of_a_month_1er(engine, locale):
    assert date(locale, engine, "2022-06-01") == "1er juin 2022"
    assert date(locale, engine, "2022-06-01", "MMMMd") == "1er juin"
    assert date(locale, engine, "2023-01-01", "yMMMd") == "1er janv. 2023"
    # every other day is a cardinal, 11, 21 and 31 too
    for day in ("02", "11", "21", "24"):
        assert date(locale, engine, f"2022-05-{day}") == f"{int(day)} mai 2022"
    assert date(locale, engine, "2022-05-31") == "31 mai 2022"


@pytest.mark.parametrize("engine", ENGINES)
def test_a_day_without_a_month_name_stays_a_number(engine):
    assert date("fr", engine, "2022-06-01", "yMd") == "01/06/2022"
    assert date("fr-CA", engine, "2022-06-01", "yMd") == "2022-06-01"
    assert date("fr-CH", engine, "2022-06-01", "yMd") == "01.06.2022"
    assert date("fr", engine, "2022-06-01", "d") == "1"
    assert date("fr", engine, "2022-06", "yMMMM") == "juin 2022"


@pytest.mark.parametrize("engine", ENGINES)
def test_other_languages_write_their_first_day_as_cldr_does(engine):
    assert date("es", engine, "2022-06-01") == "1 de junio de 2022"
    assert date("gl", engine, "2022-06-01") == "1 de xuño de 2022"
    assert date("en", engine, "2022-06-01") == "June 1, 2022"


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("locale", ["fr", "fr-CA", "fr-BE", "fr-CH"])
def test_a_range_writes_its_first_days_1er_in_cldrs_interval_pattern(engine, locale):
    assert date_range(locale, engine, "2022-06-01", "2022-06-03") == "1er–3 juin 2022"
    assert date_range(locale, engine, "2022-05-30", "2022-06-01") == (
        "30 mai\u2009–\u20091er juin 2022")
    assert date_range(locale, engine, "2022-05-01", "2022-06-01") == (
        "1er mai\u2009–\u20091er juin 2022")
    assert date_range(locale, engine, "2022-12-01", "2023-01-01", "yMMMd") == (
        "1er déc. 2022\u2009–\u20091er janv. 2023")
    # the interval pattern is CLDR's whatever it is (CLDR 49 spaces fr's MMMMd dash)
    assert date_range(locale, engine, "2022-06-01", "2022-06-03", "MMMMd").startswith(
        "1er")
    assert date_range(locale, engine, "2022-06-01", "2022-06-03", "d") in ("1–3",
                                                                          "1\u2009–\u20093")
    assert "er" not in date_range(locale, engine, "2022-06-01", "2022-06-03", "yMd")


@pytest.mark.parametrize(("language", "locales"), [("fr", 40), ("pt", 10)])
def test_both_engines_write_the_same_first_days_in_every_locale_of(language, locales):
    icu = pytest.importorskip("icu")
    gregorian = LocaleSettings(calendar="gregorian", numbering="latn")
    names = sorted(name for name in set(localedata.locale_identifiers())
                   & set(icu.Locale.getAvailableLocales()) if name.split("_")[0] == language)
    assert len(names) > locales
    for name in names:
        babel, icu_engine = (get_formatter(name, gregorian, engine)
                             for engine in ("babel", "icu"))
        for skeleton in ("yMMMMd", "MMMMd", "yMMMd", "yMd", "d"):
            for value, end in (("2022-06-01", "2022-06-03"), ("2022-05-01", "2022-06-01"),
                               ("2022-05-30", "2022-06-01"), ("2022-12-01", "2023-01-01")):
                assert (babel.format_date(value, skeleton)
                        == icu_engine.format_date(value, skeleton)), (name, skeleton, value)
                if skeleton == "MMMMd" and value[:7] == end[:7]:
                    continue  # CLDR 48's MMMMd interval entry, which ICU 77 lacks
                assert (babel.format_date_range(value, end, skeleton)
                        == icu_engine.format_date_range(value, end, skeleton)), (
                    name, skeleton, value, end)


def test_the_icu_engine_is_icus_own_range_with_the_first_day():
    icu = pytest.importorskip("icu")
    from tests.formatting.test_intervals import icu_interval_itself

    for value, end, itself, ours in (
            ("2022-06-01", "2022-06-03", "1–3 juin 2022", "1er–3 juin 2022"),
            ("2022-05-01", "2022-06-01", "1 mai\u2009–\u20091 juin 2022",
             "1er mai\u2009–\u20091er juin 2022"),
            ("2022-06-02", "2022-06-03", "2–3 juin 2022", "2–3 juin 2022")):
        assert icu_interval_itself("fr", "yMMMMd", value, end) == itself
        assert date_range("fr", "icu", value, end) == ours
    # a single date: ICU's own pattern, its day followed by the literal "er"
    pattern = str(icu.DateTimePatternGenerator.createInstance(icu.Locale("fr"))
                  .getBestPattern("yMMMMd"))
    assert (pattern, first_day_pattern("fr", pattern)) == ("d MMMM y", "d'er' MMMM y")


@pytest.mark.parametrize("engine", ENGINES)
def test_a_house_date_pattern_writes_1er_beside_a_month_name(engine):
    house = LocaleSettings(date_pattern="EEEE d MMMM y", numbering="latn")
    assert date("fr", engine, "2022-06-01", settings=house) == "mercredi 1er juin 2022"
    assert date_range("fr", engine, "2022-06-01", "2022-06-03", settings=house) == (
        "mercredi 1er juin 2022\u2009–\u2009vendredi 3 juin 2022")  # the fallback
    numeric = LocaleSettings(date_pattern="d.M.y", numbering="latn")
    assert date("fr", engine, "2022-06-01", settings=numeric) == "1.6.2022"
    padded = LocaleSettings(date_pattern="dd MMMM y", numbering="latn")  # the house's 01
    assert date("fr", engine, "2022-06-01", settings=padded) == "01 juin 2022"


@pytest.mark.parametrize("engine", ENGINES)
def test_an_embargo_on_the_first_is_written_1er_in_its_zone(engine):
    fr = get_formatter("fr", LATN, engine)
    # 23:30 UTC on 31 May is 1 June in Paris
    assert fr.format_instant("2022-05-31T23:30:00Z", "Europe/Paris").startswith(
        "1er juin 2022")
    assert fr.format_instant("2022-05-31T20:00:00Z", "Europe/Paris").startswith(
        "31 mai 2022")


@pytest.mark.parametrize("engine", ENGINES)
def test_digits_follow_the_numbering_system(engine):
    arab = LocaleSettings(numbering="arab")
    assert date("fr", engine, "2022-06-01", settings=arab) == "١er juin ٢٠٢٢"
    assert date_range("fr", engine, "2022-06-01", "2022-06-03", settings=arab) == (
        "١er–٣ juin ٢٠٢٢")
    assert date("pt-BR", engine, "2022-06-01", settings=arab) == "١º de junho de ٢٠٢٢"


ORDINAL = "\u00ba"  # º, the masculine ordinal indicator: not the degree sign ° (U+00B0)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("locale", ["pt", "pt-BR"])
def test_brazilian_portuguese_writes_the_first_day_of_a_month_1º(engine, locale):
    assert date(locale, engine, "2022-06-01") == f"1{ORDINAL} de junho de 2022"
    assert date(locale, engine, "2022-06-01", "MMMMd") == "1º de junho"
    assert date(locale, engine, "2023-01-01", "yMMMd") == "1º de jan. de 2023"
    assert date(locale, engine, "2022-06-01", "yMMMEd") == "qua., 1º de jun. de 2022"
    for day in ("02", "11", "21", "31"):
        assert date(locale, engine, f"2022-05-{day}") == f"{int(day)} de maio de 2022"
    # no month name beside the day: a number
    assert date(locale, engine, "2022-06-01", "yMd") == "01/06/2022"
    assert date(locale, engine, "2022-06-01", "d") == "1"


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("locale", ["it", "it-CH", "it-SM", "it-VA"])
def test_italian_writes_the_first_day_of_a_month_1º(engine, locale):
    # "il 1º maggio", in Italy and in Switzerland; the ordinal indicator, as CLDR's it
    # writes its ordinals ("1º"), not the degree sign many keyboards type for it
    assert date(locale, engine, "2022-06-01") == f"1{ORDINAL} giugno 2022"
    assert date(locale, engine, "2022-05-01", "MMMMd") == "1º maggio"
    assert date(locale, engine, "2023-01-01", "yMMMd") == "1º gen 2023"
    assert date(locale, engine, "2022-06-01", "yMMMEd") == "mer 1º giu 2022"
    for day in ("02", "11", "21", "31"):
        assert date(locale, engine, f"2022-05-{day}") == f"{int(day)} maggio 2022"
    # no month name beside the day: a number
    assert date(locale, engine, "2022-06-01", "d") == "1"
    assert "º" not in date(locale, engine, "2022-06-01", "yMd")


@pytest.mark.parametrize("engine", ENGINES)
def test_an_italian_range_keeps_cldrs_zero_padded_days(engine):
    # CLDR's it writes a range's days "dd" ("01–03 giugno 2022"), a padded day a house
    # style's, which takes no ordinal: never "01º"
    assert date_range("it", engine, "2022-06-01", "2022-06-03") == "01–03 giugno 2022"
    assert date_range("it", engine, "2022-05-30", "2022-06-01") == (
        "30 maggio\u2009–\u200901 giugno 2022")
    assert date_range("it", engine, "2022-12-01", "2023-01-01", "yMMMd") == (
        "01 dic 2022\u2009–\u200901 gen 2023")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("locale", ["pt-PT", "pt-AO", "pt-MZ", "pt-CH", "pt-MO", "pt-TL"])
def test_portugal_and_the_locales_inheriting_its_portuguese_write_1(engine, locale):
    assert date(locale, engine, "2022-06-01") == "1 de junho de 2022"
    assert date_range(locale, engine, "2022-06-01", "2022-06-03") == "1–3 de junho de 2022"


def test_which_locales_write_the_first_day_follows_cldrs_inheritance():
    # CLDR's pt is Brazil's (its likely region is BR); pt_PT is Portugal's, and every
    # other region's pt inherits from pt_PT, not from pt.
    assert get_global("likely_subtags")["pt"] == "pt_Latn_BR"
    names = [n for n in localedata.locale_identifiers() if n.split("_")[0] == "pt"]
    assert len(names) > 10
    assert {n for n in names if first_day_suffix(n)} == {"pt", "pt_BR"}
    # The split is CLDR's own for ordinals: pt's are written "1ª", pt_PT's and its
    # children's "1.ª" (the week of a month, "1ª semana de junho").
    for name in names:
        week = str(Locale.parse(name).datetime_skeletons["MMMMW"])
        assert week.startswith("W'ª'") is bool(first_day_suffix(name)), name
    assert {first_day_suffix(n) for n in localedata.locale_identifiers()
            if n.split("_")[0] == "fr"} == {"er"}
    assert {first_day_suffix(n) for n in localedata.locale_identifiers()
            if n.split("_")[0] in ("es", "gl", "ca", "en")} == {""}
    assert {first_day_suffix(n) for n in localedata.locale_identifiers()
            if n.split("_")[0] == "it"} == {ORDINAL}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("locale", ["pt", "pt-BR"])
def test_a_brazilian_range_writes_its_first_days_1º(engine, locale):
    assert date_range(locale, engine, "2022-06-01", "2022-06-03") == (
        "1º\u2009–\u20093 de junho de 2022")
    assert date_range(locale, engine, "2022-05-30", "2022-06-01") == (
        "30 de maio\u2009–\u20091º de junho de 2022")
    assert date_range(locale, engine, "2022-12-01", "2023-01-01", "yMMMd") == (
        "1º de dez. de 2022\u2009–\u20091º de jan. de 2023")
    assert date_range(locale, engine, "2022-06-01", "2022-06-03", "yMd") == (
        "01/06/2022\u2009–\u200903/06/2022")


@pytest.mark.parametrize("engine", ENGINES)
def test_a_brazilian_house_pattern_and_embargo_write_1º(engine):
    house = LocaleSettings(date_pattern="EEEE, d 'de' MMMM 'de' y", numbering="latn")
    assert date("pt-BR", engine, "2022-06-01", settings=house) == (
        "quarta-feira, 1º de junho de 2022")
    pt = get_formatter("pt-BR", LATN, engine)
    # 03:30 UTC on 1 June is 00:30 in São Paulo, 02:30 is still 31 May
    assert pt.format_instant("2022-06-01T03:30:00Z", "America/Sao_Paulo").startswith(
        "1º de junho de 2022")
    assert pt.format_instant("2022-06-01T02:30:00Z", "America/Sao_Paulo").startswith(
        "31 de maio de 2022")
    assert get_formatter("pt-PT", LATN, engine).format_instant(
        "2022-06-01T03:30:00Z", "Europe/Lisbon").startswith("1 de junho de 2022")


def test_the_icu_engine_is_icus_own_brazilian_date_with_the_first_day():
    icu = pytest.importorskip("icu")
    from tests.formatting.test_intervals import icu_interval_itself

    pattern = str(icu.DateTimePatternGenerator.createInstance(icu.Locale("pt"))
                  .getBestPattern("yMMMMd"))
    assert (pattern, first_day_pattern("pt", pattern)) == (
        "d 'de' MMMM 'de' y", "d'º' 'de' MMMM 'de' y")
    assert icu_interval_itself("pt", "yMMMMd", "2022-06-01", "2022-06-03") == (
        "1\u2009–\u20093 de junho de 2022")
    assert date_range("pt", "icu", "2022-06-01", "2022-06-03") == (
        "1º\u2009–\u20093 de junho de 2022")


@pytest.mark.parametrize(("pattern", "writes"), [
    ("d MMMM y", True), ("EEEE d MMMM y", True), ("d MMM", True), ("d LLLL", True),
    ("MMMM d", True), ("d 'de' MMMM", True),
    ("dd/MM/y", False), ("d.M.y", False), ("d", False), ("MMMM y", False),
    ("dd MMMM y", False),  # a house's zero-padded day is its own choice
    ("d 'du mois', y MMMM", False),  # the day is not beside the month name
])
def test_which_patterns_write_the_day_beside_a_month_name(pattern, writes):
    assert writes_first_day("fr", pattern) is writes
    assert writes_first_day("pt_BR", pattern) is writes
    assert writes_first_day("es", pattern) is False
    assert writes_first_day("pt_PT", pattern) is False


@pytest.mark.parametrize(("pattern", "marked"), [
    ("d MMMM y", "d'er' MMMM y"),
    ("d–", "d'er'–"),  # half an interval pattern
    ("d", "d'er'"),
    ("d'de' MMMM", "d'erde' MMMM"),  # one quoted run, not "'er''de'" (er'de)
    ("d'' MMMM", "d'er''' MMMM"),  # a quote after the day stays a quote
    ("dd MMMM", "dd MMMM"),
])
def test_the_suffix_is_quoted_literal_text_after_the_day(pattern, marked):
    assert mark_days(pattern, "er") == marked


# ------------------------------------------------------------------ compact scales


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("locale", ["zh-HK", "zh-Hant-HK", "zh-MO"])
def test_hong_kong_and_macau_chinese_count_in_wan_and_yi(engine, locale):
    # CLDR's zh_Hant_HK gives its long compact form English letters ("150M 美元",
    # "1.2M"); the SAR governments' and newspapers' Chinese write 萬 and 億, as Taiwan's
    formatter = get_formatter(locale, LATN, engine)
    taiwan = get_formatter("zh-TW", LATN, engine)
    assert formatter.format_number("1200000", notation="compact") == "120萬"
    assert money(locale, engine, "150000000", "USD") == money("zh-TW", engine, "150000000",
                                                             "USD")
    assert money(locale, engine, "150000000", "HKD") == "1.5億 港元"
    assert formatter.format_number("25000000000", notation="compact") == \
        taiwan.format_number("25000000000", notation="compact") == "250億"
    # the rest of their numbers stay CLDR's
    assert formatter.format_number("1234567") == "1,234,567"
    assert formatter.format_money("12.50", "HKD") == "HK$12.50"

"""Typed values recognised in prose: each form, its value, and how it was written.

The table is the specification: the source text, then every span the recogniser must
make in it (element, covered text, attributes). A date without a year takes the year
of the release's date line (here 2022, month 12), or the next for a month up to five
after the release's across the new year (January to May here).
"""

from __future__ import annotations

import pytest

from toolkit.normalize.values import Context, computed, iso_duration, plain, recognizer, select

from .support import CONTEXT, found, read_text

EN = [
    # dates
    ("signed on December 24, 2022.", [("date", "December 24, 2022",
                                       {"value": "2022-12-24", "skeleton": "yMMMMd"})]),
    ("On December 24, they met.", [("date", "December 24",
                                    {"value": "2022-12-24", "skeleton": "MMMMd"})]),
    ("on 24 December 2022 in Tokyo", [("date", "24 December 2022",
                                       {"value": "2022-12-24", "skeleton": "yMMMMd"})]),
    ("from Dec. 24, 2022", [("date", "Dec. 24, 2022",
                             {"value": "2022-12-24", "skeleton": "yMMMd"})]),
    ("in December 2022", [("date", "December 2022", {"value": "2022-12", "skeleton": "yMMMM"})]),
    ("in October of this year", [("date", "October", {"value": "2022-10", "skeleton": "MMMM"})]),
    ("planned for October next year", [("date", "October",
                                        {"value": "2023-10", "skeleton": "MMMM"})]),
    ("opens in June", [("date", "June", {"value": "2022-06", "skeleton": "MMMM"})]),
    ("the 2023-2025 plan", [("date", "2023-2025",
                             {"value": "2023", "end": "2025", "skeleton": "y"})]),
    ("the 2024–2025 season", [("date", "2024–2025",
                               {"value": "2024", "end": "2025", "skeleton": "y"})]),
    ("relations since 1972,", [("date", "1972", {"value": "1972", "skeleton": "y"})]),
    ("dated 2022-12-24", [("date", "2022-12-24", {"value": "2022-12-24", "skeleton": "yMd"})]),
    # times
    ("at 2:40 p.m. sharp", [("time", "2:40 p.m.", {"value": "14:40"})]),
    ("at 9 a.m.", [("time", "9 a.m.", {"value": "09:00"})]),
    ("from 14:40 to 15:10", [("time", "14:40", {"value": "14:40"}),
                             ("time", "15:10", {"value": "15:10"})]),
    ("at noon", [("time", "noon", {"value": "12:00"})]),
    ("until midnight", [("time", "midnight", {"value": "00:00"})]),
    ("at 12 a.m.", [("time", "12 a.m.", {"value": "00:00"})]),
    ("at 3 p.m. (Japan time)", [("time", "3 p.m.", {"value": "15:00", "zone": "Asia/Tokyo"})]),
    ("at 14:40 WIB", [("time", "14:40", {"value": "14:40", "zone": "Asia/Jakarta"})]),
    ("at 14:40 WITA", [("time", "14:40", {"value": "14:40", "zone": "Asia/Makassar"})]),
    ("at 9 a.m. ET", [("time", "9 a.m.", {"value": "09:00", "zone": "America/New_York"})]),
    ("at 10:00 (KST)", [("time", "10:00", {"value": "10:00", "zone": "Asia/Seoul"})]),
    ("at 10:00 IST", [("time", "10:00", {"value": "10:00"})]),  # India, Ireland, Israel
    # durations
    ("for approximately 30 minutes", [("duration", "30 minutes", {"value": "PT30M"})]),
    ("for an hour and a half", [("duration", "an hour and a half", {"value": "PT1H30M"})]),
    ("over the past 30 years", [("duration", "30 years", {"value": "P30Y"})]),
    ("lasted two hours", [("duration", "two hours", {"value": "PT2H"})]),
    ("for half an hour", [("duration", "half an hour", {"value": "PT30M"})]),
    ("in 1 hour and 20 minutes", [("duration", "1 hour and 20 minutes", {"value": "PT1H20M"})]),
    ("one and a half hours", [("duration", "one and a half hours", {"value": "PT1H30M"})]),
    ("about 45 min", [("duration", "45 min", {"value": "PT45M", "width": "short"})]),
    # numbers and ordinals
    ("1,500 passengers", [("number", "1,500", {"value": "1500"})]),
    ("14 members", [("number", "14", {"value": "14"})]),
    ("a capacity of 2.4 gigawatts", [("number", "2.4", {"value": "2.4"})]),
    ("the 30th anniversary", [("number", "30th", {"value": "30", "style": "ordinal"})]),
    ("the 1st and 2nd rounds", [("number", "1st", {"value": "1", "style": "ordinal"}),
                                ("number", "2nd", {"value": "2", "style": "ordinal"})]),
    ("up 12% on the year", [("number", "12%", {"value": "12", "style": "percent"})]),
    ("12.5 percent", [("number", "12.5 percent", {"value": "12.5", "style": "percent"})]),
    # money
    ("grant aid of USD 2 million", [("money", "USD 2 million",
                                     {"value": "2000000", "currency": "USD",
                                      "notation": "compact"})]),
    ("1.5 billion yen in loans", [("money", "1.5 billion yen",
                                   {"value": "1500000000", "currency": "JPY",
                                    "notation": "compact"})]),
    ("raised $3.2 million", [("money", "$3.2 million",
                              {"value": "3200000", "currency": "USD", "notation": "compact"})]),
    ("priced at €500,000", [("money", "€500,000", {"value": "500000", "currency": "EUR"})]),
    ("¥8.0 billion", [("money", "¥8.0 billion",
                       {"value": "8000000000", "currency": "JPY", "notation": "compact"})]),
    ("US$5 million", [("money", "US$5 million",
                       {"value": "5000000", "currency": "USD", "notation": "compact"})]),
    ("2 million US dollars", [("money", "2 million US dollars",
                               {"value": "2000000", "currency": "USD",
                                "notation": "compact"})]),
    ("£20 each", [("money", "£20", {"value": "20", "currency": "GBP"})]),
    ("a fee of 300 EUR", [("money", "300 EUR", {"value": "300", "currency": "EUR"})]),
]

FR = [
    ("le 24 décembre 2022", [("date", "24 décembre 2022",
                              {"value": "2022-12-24", "skeleton": "yMMMMd"})]),
    ("le 1er décembre", [("date", "1er décembre", {"value": "2022-12-01", "skeleton": "MMMMd"})]),
    ("en octobre de cette année", [("date", "octobre",
                                    {"value": "2022-10", "skeleton": "MMMM"})]),
    ("à 14 h 40", [("time", "14 h 40", {"value": "14:40"})]),
    ("à 9 h", [("time", "9 h", {"value": "09:00"})]),
    ("à midi, l'après-midi", [("time", "midi", {"value": "12:00"})]),
    ("pendant 45 minutes", [("duration", "45 minutes", {"value": "PT45M"})]),
    ("il y a 30 ans", [("duration", "30 ans", {"value": "P30Y"})]),
    # hours written as a clock's after the words of a length of time: no time of day
    ("pendant 2 h 30", [("duration", "2 h 30", {"value": "PT2H30M", "width": "short"})]),
    ("Durant 48 h, le site", [("duration", "48 h", {"value": "PT48H", "width": "short"})]),
    ("pour une durée de 1h30.", [("duration", "1h30", {"value": "PT1H30M",
                                                       "width": "short"})]),
    ("pendant 2 heures 30", [("duration", "2 heures 30", {"value": "PT2H30M"})]),
    ("à 14 h, pendant 2 h 30 min", [("time", "14 h", {"value": "14:00"}),
                                    ("duration", "2 h 30 min", {"value": "PT2H30M",
                                                                "width": "short"})]),
    ("à 2 h 30", [("time", "2 h 30", {"value": "02:30"})]),
    ("2 millions d'euros", [("money", "2 millions d'euros",
                             {"value": "2000000", "currency": "EUR", "notation": "compact"})]),
    ("1,5 milliard de yens", [("money", "1,5 milliard de yens",
                               {"value": "1500000000", "currency": "JPY",
                                "notation": "compact"})]),
    ("500 000 €", [("money", "500 000 €", {"value": "500000", "currency": "EUR"})]),
    # CLDR's one-letter short scales, as "Md€" is read: a scale only before the sign
    ("un budget de 12,5 M€.", [("money", "12,5 M€", {"value": "12500000", "currency": "EUR",
                                                     "notation": "compact"})]),
    ("soit 10 k€ par an", [("money", "10 k€", {"value": "10000", "currency": "EUR",
                                               "notation": "compact"})]),
    ("1,2 Md€ investis", [("money", "1,2 Md€", {"value": "1200000000", "currency": "EUR",
                                                "notation": "compact"})]),
    ("la tour M 3 et 12 M de", [("number", "3", {"value": "3"}),
                                ("number", "12", {"value": "12"})]),
    ("12 300 personnes", [("number", "12 300", {"value": "12300"})]),
    ("le 3e sommet", [("number", "3e", {"value": "3", "style": "ordinal"})]),
    ("30 %", [("number", "30 %", {"value": "30", "style": "percent"})]),
    # a range of times written with the hour's mark: its first hour is a time too
    ("de 14 h à 16 h", [("time", "14 h", {"value": "14:00"}),
                        ("time", "16 h", {"value": "16:00"})]),
    ("puis de 14h à 16h30,", [("time", "14h", {"value": "14:00"}),
                              ("time", "16h30", {"value": "16:30"})]),
    ("De 9 h à 17 heures 30", [("time", "9 h", {"value": "09:00"}),
                               ("time", "17 heures 30", {"value": "17:30"})]),
    ("entre 9h et 12h30 ;", [("time", "9h", {"value": "09:00"}),
                             ("time", "12h30", {"value": "12:30"})]),
    ("(de 14 h à 16 h)", [("time", "14 h", {"value": "14:00"}),
                          ("time", "16 h", {"value": "16:00"})]),
]

RU = [
    ("24 декабря 2022 года", [("date", "24 декабря 2022 года",
                               {"value": "2022-12-24", "skeleton": "yMMMMd"})]),
    ("24 декабря 2022 г.", [("date", "24 декабря 2022 г.",
                             {"value": "2022-12-24", "skeleton": "yMMMMd"})]),
    ("до 3 мая", [("date", "3 мая", {"value": "2023-05-03", "skeleton": "MMMMd"})]),
    ("в декабре 2022 года", [("date", "декабре 2022 года",
                              {"value": "2022-12", "skeleton": "yMMMM"})]),
    ("в октябре этого года", [("date", "октябре", {"value": "2022-10", "skeleton": "MMMM"})]),
    ("в мае", [("date", "мае", {"value": "2023-05", "skeleton": "MMMM"})]),
    ("в 14:40", [("time", "14:40", {"value": "14:40"})]),
    ("в течение 30 минут", [("duration", "30 минут", {"value": "PT30M"})]),
    ("за последние 30 лет", [("duration", "30 лет", {"value": "P30Y"})]),
    ("2 часа", [("duration", "2 часа", {"value": "PT2H"})]),
    ("2 млн долларов", [("money", "2 млн долларов",
                         {"value": "2000000", "currency": "USD", "notation": "compact"})]),
    ("1,5 млрд иен.", [("money", "1,5 млрд иен",
                        {"value": "1500000000", "currency": "JPY", "notation": "compact"})]),
    ("500 000 рублей", [("money", "500 000 рублей", {"value": "500000", "currency": "RUB"})]),
    ("15-го заседания", [("number", "15-го", {"value": "15", "style": "ordinal"})]),
    ("на 12 процентов", [("number", "12 процентов", {"value": "12", "style": "percent"})]),
    # a range of years is one date, its plural word ("гг.", "годах") with it
    ("в 2023–2025 годах", [("date", "2023–2025 годах",
                            {"value": "2023", "end": "2025", "skeleton": "y"})]),
    ("в 2024–2025 гг. планируется", [("date", "2024–2025 гг.",
                                      {"value": "2024", "end": "2025", "skeleton": "y"})]),
    # a year keeps its word in every case, as "2022 года" and "2022 г." do
    ("в 2026 году", [("date", "2026 году", {"value": "2026", "skeleton": "y"})]),
    ("по сравнению с 2023 годом", [("date", "2023 годом", {"value": "2023", "skeleton": "y"})]),
    ("2024 год стал", [("date", "2024 год", {"value": "2024", "skeleton": "y"})]),
]


@pytest.mark.parametrize(("text", "expected"), EN, ids=[t for t, _ in EN])
def test_english_forms(text, expected):
    assert found("en", text) == expected


@pytest.mark.parametrize(("text", "expected"), FR, ids=[t for t, _ in FR])
def test_french_forms_from_cldr_names(text, expected):
    assert found("fr", text) == expected


@pytest.mark.parametrize(("text", "expected"), RU, ids=[t for t, _ in RU])
def test_russian_forms_from_cldr_names(text, expected):
    assert found("ru", text) == expected


@pytest.mark.parametrize(("lang", "text", "zone"), [
    ("en", "at 10:00 WEST, in Lisbon", "WET"),
    ("en", "CURFEW FROM 10:00 WEST BANK", None),  # the word, a headline in capitals
    ("en", "at 9:00 CT, in Chicago", "America/Chicago"),
    ("fr", "RENDEZ-VOUS À 10:00 ET DÉBAT À 11:00", None),  # French "et" in capitals
    ("fr", "OUVERT ENTRE 10:00 ET 12:00", None),
    ("fr", "à 10:00 (ET).", "America/New_York"),
])
def test_a_zone_abbreviation_that_spells_a_word_is_a_zone_only_with_no_word_after(
        lang: str, text: str, zone: str | None) -> None:
    time = next(attrs for name, _, attrs in found(lang, text) if name == "time")
    assert time.get("zone") == zone


NEW_YORK = "America/New_York"


@pytest.mark.parametrize(("lang", "text", "zones"), [
    # a zone written after a range of two times is both times': it was the last's only
    ("en", "open 10 a.m.–5 p.m. EST daily", [NEW_YORK, NEW_YORK]),
    ("en", "from 10:00 to 17:00 EST", [NEW_YORK, NEW_YORK]),
    ("id", "dibuka untuk umum pada pukul 10.00–17.00 WIB.", ["Asia/Jakarta"] * 2),
    ("de", "zwischen 10 und 17 Uhr MEZ", ["CET", "CET"]),
    # ... and both hours after the hour's word ("klo 10–17")
    ("fi", "auki klo 10–17 EET", ["EET", "EET"]),
    ("ro", "deschis între orele 10–17 EET", ["EET", "EET"]),
    # two times no range's word joins keep their own
    ("en", "at 9:00, then 17:00 EST", [None, NEW_YORK]),
    ("en", "at 9:00 CET and 17:00 EST", ["CET", NEW_YORK]),
])
def test_a_zone_after_a_range_of_times_is_both_times(lang, text, zones):
    assert [attrs.get("zone") for name, _, attrs in found(lang, text) if name == "time"] \
        == zones


def test_english_for_before_hours_written_the_french_way_is_no_duration():
    # "for" also opens a time ("for 2:30 pm"): only French's duration words make a length
    assert "duration" not in {name for name, _, _ in found("en", "for 2 h 30")}


def test_hours_joined_by_another_pairs_word_are_no_range_of_times():
    # "de" opens a range ended by "à", "entre" one ended by "et"; "de 14 habitants" is
    # no hour at all
    assert [kind for kind, _, _ in found("fr", "de 2 h et 3 h")] == ["number", "number"]
    assert found("fr", "de 14 habitants à 16 h")[0][0] == "number"


def test_at_least_fifteen_distinct_date_time_duration_and_money_forms_are_covered():
    forms: dict[str, set[str]] = {}
    for text, spans in EN + FR + RU:
        for name, _, _ in spans:
            forms.setdefault(name, set()).add(text)
    assert {"date", "time", "duration", "money", "number"} <= set(forms)
    assert sum(len(forms[k]) for k in ("date", "time", "duration", "money")) >= 15


@pytest.mark.parametrize("text", [
    "COVID-19 measures",  # a code, not a number
    "Resolution 2231 of the Security Council",  # an identifier, not a year
    "call +81 3 3580 3311",  # a phone number
    "call 0113 496 0000 or 020 7946 0958",  # national numbers after their trunk 0
    "call 541 555 0100 or 541.555.0100",  # North American groups of 3, 3 and 4
    "the 007 films",  # a leading zero: a code, which "7" would misquote
    "version 1.2.3",
    "see www.mofa.go.jp/a1/b2.html",
    "the G7 summit",
    "a 30-minute meeting",  # an adjective: left to the translator
    "February 30, 2022",  # no such date: none of it is a value
])
def test_what_is_not_a_value_stays_text(text):
    assert found("en", text) == []


def test_a_month_name_alone_is_not_a_date():
    assert found("en", "May I say, as you may know") == []
    assert found("en", "In May.") == [("date", "May", {"value": "2023-05", "skeleton": "MMMM"})]


def test_a_date_without_a_year_needs_the_release_year():
    assert recognizer("en").find("On December 24, they met.", Context()) == []


YEARLESS_AFTER_DECEMBER = [
    ("pl", "Zgłoszenia do 15 stycznia.", "15 stycznia", "2023-01-15"),
    ("en", "Applications close on January 15.", "January 15", "2023-01-15"),
    ("fr", "Candidatures jusqu'au 15 janvier.", "15 janvier", "2023-01-15"),
    ("de", "Bewerbungen bis zum 15. Januar.", "15. Januar", "2023-01-15"),
    ("es", "Solicitudes hasta el 15 de enero.", "15 de enero", "2023-01-15"),
    ("en", "The summit opens on 3 May.", "3 May", "2023-05-03"),
    # as near behind as ahead, or behind: the date line's year
    ("en", "Exports grew in June.", "June", "2022-06"),
    ("en", "On 20 October the minister spoke.", "20 October", "2022-10-20"),
    # the words say which year
    ("de", "Im Januar dieses Jahres sank sie.", "Januar", "2022-01"),
    ("en", "in January of last year", "January", "2021-01"),
]


@pytest.mark.parametrize(("lang", "text", "covered", "value"), YEARLESS_AFTER_DECEMBER,
                         ids=[t for _, t, _, _ in YEARLESS_AFTER_DECEMBER])
def test_a_date_without_a_year_after_a_december_release_is_the_next_years(lang, text,
                                                                          covered, value):
    ((name, written, attrs),) = found(lang, text)
    assert (name, written, attrs["value"]) == ("date", covered, value)


def test_the_next_year_is_only_taken_for_a_month_up_to_five_after_the_releases():
    # A March release's "12 November" is ahead, in its own year; an August release's
    # January is five months ahead and seven behind.
    assert [Context(2024, 3).year_of(m) for m in (1, 2, 11, 12)] == [2024] * 4
    assert [Context(2024, 8).year_of(m) for m in (1, 2, 7)] == [2025, 2024, 2024]
    assert [Context(2024, 12).year_of(m) for m in range(1, 13)] == [2025] * 5 + [2024] * 7
    assert Context(2024).year_of(1) == 2024  # no month known: the date line's year
    # the report says which was taken, and why
    (found_,) = recognizer("en").find("Applications close on January 15.", CONTEXT)
    assert [(n.what, n.value) for n in found_.notes] == [("year", "January 15 2023")]
    assert "year after the date line's" in found_.notes[0].rule


def test_a_yearless_range_across_the_new_year_ends_in_the_next():
    assert found("en", "from 28 December to 3 January") == [(
        "date", "28 December to 3 January",
        {"value": "2022-12-28", "end": "2023-01-03", "skeleton": "MMMMd"})]
    # both ends next year's: a range written after a December release, in spring
    assert found("en", "from 28 February to 3 March") == [(
        "date", "28 February to 3 March",
        {"value": "2023-02-28", "end": "2023-03-03", "skeleton": "MMMMd"})]


def test_a_day_range_is_one_date_with_an_end():
    # One value the build writes with the locale's interval pattern ("24–26 December
    # 2022"), not a first day a translator would have to rewrite by hand.
    attrs = {"value": "2022-12-24", "end": "2022-12-26", "skeleton": "yMMMMd"}
    assert found("en", "from December 24-26, 2022") == [
        ("date", "December 24-26, 2022", attrs)]
    assert found("en", "on 24-26 December 2022") == [("date", "24-26 December 2022", attrs)]
    # a range that cannot be stays text, as every range did before
    assert found("en", "on 26-24 December 2022") == []
    assert found("en", "on 30-31 February 2022") == []


def test_guesses_are_noted():
    notes = [n.what for m in recognizer("en").find("On June 3 they paid $5 and ¥7, at 9:30.",
                                                   CONTEXT) for n in m.notes]
    assert notes == ["year", "currency", "currency", "time"]


def test_the_missing_space_after_a_time_marker_is_put_back():
    text, fixed = recognizer("en").tidy("at 2:40 p.m.for 30 minutes")
    assert text == "at 2:40 p.m. for 30 minutes"
    assert fixed == ["p.m."]


def test_values_inside_a_longer_value_are_not_read_twice():
    candidates = recognizer("en").candidates("USD 2 million on December 24, 2022", CONTEXT)
    chosen = select(candidates)
    assert [m.parts[0].text for m in chosen if m.parts] == ["USD 2 million", "December 24, 2022"]


@pytest.mark.parametrize(("parts", "expected"), [
    ([(1, "H"), (30, "TM")], "PT1H30M"),
    ([(1.5, "H")], "PT1H30M"),
    ([(2.5, "Y")], "P2Y6M"),
    ([(90, "TM")], "PT90M"),
    ([(1.5, "D")], "P1DT12H"),
    ([(1.5, "M")], None),  # half a month is not a whole number of days
])
def test_iso_durations_are_exact_or_refused(parts, expected):
    from decimal import Decimal

    assert iso_duration([(Decimal(str(q)), d) for q, d in parts]) == expected


def test_plain_decimals_never_use_exponents_and_keep_the_written_digits():
    from decimal import Decimal

    assert plain(Decimal("2E+6")) == "2000000"
    assert plain(Decimal("12.50")) == "12.50"  # the source's precision, kept
    assert plain(Decimal("4")) == "4"


def test_computed_decimals_have_only_their_significant_digits():
    from decimal import Decimal

    assert computed(Decimal("8.0") * 10 ** 9) == "8000000000"
    assert computed(Decimal("1.5") * 10 ** 6) == "1500000"
    assert computed(Decimal("1.2345") * 10 ** 3) == "1234.5"


# A value keeps the fraction digits the source wrote: "4.50 percent" is a precision the
# build then writes in every locale (4,50 %); a value computed from a scale word or a
# carried unit has its significant digits only, and xs:duration's units but seconds are
# whole numbers.
WRITTEN_DIGITS = [
    ("raised the rate to 4.50 percent.", [("number", "4.50 percent",
                                          {"value": "4.50", "style": "percent"})]),
    ("The tank holds 12.0 litres.", [("number", "12.0", {"value": "12.0"})]),
    ("sold 1,250.00 units", [("number", "1,250.00", {"value": "1250.00"})]),
    ("costs 4.60 euros", [("money", "4.60 euros", {"value": "4.60", "currency": "EUR"})]),
    ("costs 4.00 euros", [("money", "4.00 euros", {"value": "4.00", "currency": "EUR"})]),
    ("a run of 2.50 seconds", [("duration", "2.50 seconds", {"value": "PT2.50S"})]),
    ("1.5 million euros", [("money", "1.5 million euros",
                            {"value": "1500000", "currency": "EUR", "notation": "compact"})]),
    ("2.0 million people", [("number", "2.0 million",
                             {"value": "2000000", "notation": "compact"})]),
    ("within 1.50 hours", [("duration", "1.50 hours", {"value": "PT1H30M"})]),
    ("within 2.0 years", [("duration", "2.0 years", {"value": "P2Y"})]),
    ("within 2.5 minutes", [("duration", "2.5 minutes", {"value": "PT2M30S"})]),
]


@pytest.mark.parametrize(("text", "expected"), WRITTEN_DIGITS, ids=[t for t, _ in WRITTEN_DIGITS])
def test_values_keep_the_fraction_digits_the_source_wrote(text, expected):
    assert found("en", text) == expected


# Traditional Chinese (Taiwan, Hong Kong) spells the myriads, the clock's hour and the
# units otherwise than zh's CLDR data: "5,000萬元" was the number 5,000 and "下午2時30分"
# two bare numbers before the traditional spellings were read.
TRADITIONAL_CHINESE = [
    ("補助新臺幣3億5,000萬元，", ("money", "新臺幣3億5,000萬元",
                              {"value": "350000000", "currency": "TWD", "notation": "compact"})),
    ("減少約120萬公噸", ("number", "120萬", {"value": "1200000", "notation": "compact"})),
    ("將於下午2時30分舉行", ("time", "下午2時30分", {"value": "14:30"})),
    ("為期約2小時，", ("duration", "2小時", {"value": "PT2H"})),
    ("美金100萬元", ("money", "美金100萬元",
                  {"value": "1000000", "currency": "USD", "notation": "compact"})),
    ("港幣3億元", ("money", "港幣3億元",
                {"value": "300000000", "currency": "HKD", "notation": "compact"})),
]


@pytest.mark.parametrize(("text", "expected"), TRADITIONAL_CHINESE)
def test_traditional_chinese_values_are_read_with_their_own_spellings(
        text: str, expected: tuple[str, str, dict[str, str]]) -> None:
    assert found("zh", text) == [expected]


def test_a_simplified_amount_in_yuan_is_unchanged() -> None:
    assert found("zh", "投入2亿元人民币") == [
        ("money", "2亿元人民币", {"value": "200000000", "currency": "CNY", "notation": "compact"})]


# Taiwan dates in the Republic's years (year 1 is 1912); "115年1月1日" was read as the
# number 115 and 1 January of the date line's year, "中華民國114年3月5日" as no date line.
MINGUO = [
    ("中華民國114年3月5日", ("date", "中華民國114年3月5日",
                         {"value": "2025-03-05", "skeleton": "yMMMMd"})),
    ("將於115年1月1日起", ("date", "115年1月1日", {"value": "2026-01-01", "skeleton": "yMMMMd"})),
    ("民國114年", ("date", "民國114年", {"value": "2025", "skeleton": "y"})),
]


@pytest.mark.parametrize(("text", "expected"), MINGUO)
def test_a_date_in_the_republic_of_chinas_years_is_gregorian(
        text: str, expected: tuple[str, str, dict[str, str]]) -> None:
    assert found("zh", text) == [expected]


def test_a_minguo_fiscal_year_or_bare_year_is_no_date() -> None:
    assert [f for f in found("zh", "114年度預算") if f[0] == "date"] == []
    assert [f for f in found("zh", "自112年起") if f[0] == "date"] == []


def test_a_taiwanese_text_release_is_dated_by_its_minguo_date_line() -> None:
    from .support import read_text
    done = read_text("環境部\n環境部推動淨零轉型\n中華民國114年3月5日\n\n"
                     "環境部今日宣布，將補助地方政府推動淨零轉型計畫。\n")
    assert done.release.meta.published.get("value") == "2025-03-05"


# ------------------------------------------------- a value's period that ends a sentence
def _paragraph(lang: str, text: str) -> tuple[object, ...]:
    from toolkit.normalize.assemble import recognise
    return recognise(lang, CONTEXT, text)[0]


def test_an_abbreviations_period_that_also_ends_the_sentence_stays_in_the_sentence() -> None:
    # "a.m." swallowed the full stop: the message read "at <time/> The minister ..." and
    # every translated page ran the two sentences together ("à 10:00 Le ministre").
    from toolkit.model import Span
    parts = _paragraph("en", "The doors open at 10 a.m. The minister speaks at noon.")
    assert parts[1] == Span("time", (("value", "10:00"),), ("10 a.m",))
    assert parts[2] == ". The minister speaks at "
    # at the end of the segment, and before a closing quotation mark
    assert _paragraph("en", "The event ends at 6:15 p.m.")[1:] == (
        Span("time", (("value", "18:15"),), ("6:15 p.m",)), ".")
    assert _paragraph("en", "“We open at 9 a.m.”")[2] == ".”"
    assert _paragraph("ru", "Встреча пройдёт 2 ноября 2022 г. Министр выступит.")[2] == (
        ". Министр выступит.")


def test_an_abbreviations_period_inside_a_sentence_stays_the_values() -> None:
    from toolkit.model import Span
    # the sentence goes on (a lower-case word, a comma, a bracket): the period is the
    # abbreviation's alone
    assert _paragraph("en", "Doors open at 10 a.m. and close at noon.")[1] == Span(
        "time", (("value", "10:00"),), ("10 a.m.",))
    assert _paragraph("en", "The office (open from 9 a.m.) is closed.")[1] == Span(
        "time", (("value", "09:00"),), ("9 a.m.",))
    # German capitalises nouns: "2 Mio. Menschen" goes on
    assert _paragraph("de", "Es kamen 2 Mio. Menschen.")[1] == Span(
        "number", (("value", "2000000"), ("notation", "compact")), ("2 Mio.",))


@pytest.mark.parametrize(("lang", "text", "written"), [
    ("ru", "В 2025 г. Россия увеличила экспорт.", "2025 г."),
    ("ru", "С 1 января 2025 г. Минфин вводит новые правила.", "1 января 2025 г."),
    ("ru", "2 ноября 2025 г. Президент подписал указ.", "2 ноября 2025 г."),
    ("en", "At 9 a.m. I will open the session.", "9 a.m."),
    # a preposition and one word more, or an adverb of time, open it too
    ("ru", "В начале 2025 г. Россия увеличила экспорт.", "2025 г."),
    ("ru", "в начале 2025 г. Россия увеличила экспорт.", "2025 г."),
    ("ru", "В Москве 2 ноября 2025 г. Президент подписал указ.", "2 ноября 2025 г."),
    ("ru", "Сегодня 2 ноября 2025 г. Президент подписал указ.", "2 ноября 2025 г."),
    ("es", "A las 10 a. m. Juan Pérez abrirá la sesión.", "10 a. m."),
    ("pl", "Od 1 stycznia 2025 r. Ministerstwo wprowadza nowe zasady.", "1 stycznia 2025 r."),
])
def test_a_value_that_opens_its_sentence_keeps_its_period(
        lang: str, text: str, written: str) -> None:
    # Nothing or a preposition before it: the capital after it is a name or a pronoun in
    # the same sentence, not the next one's ("In 2025. Russia increased" on every page).
    value = next(p for p in _paragraph(lang, text) if getattr(p, "name", "") in ("date", "time"))
    assert value.content == (written,)  # type: ignore[union-attr]


@pytest.mark.parametrize(("lang", "text", "written"), [
    ("ru", "Опубликовано 2 ноября 2025 г. Министр выступит позже.", "2 ноября 2025 г"),
    ("ru", "Указ подписан 2 ноября 2025 г. Министр выступит позже.", "2 ноября 2025 г"),
    ("ru", "Рост продолжится в начале 2025 г. Россия готова к нему.", "2025 г"),
    ("pl", "Opublikowano 5 marca 2024 r. Minister wystąpi później.", "5 marca 2024 r"),
    ("es", "La sesión empieza a las 10 a. m. El ministro hablará.", "10 a. m"),
])
def test_a_value_after_a_clause_gives_its_period_to_the_sentence(
        lang: str, text: str, written: str) -> None:
    # A verb before it ("Опубликовано", published) makes the words a sentence of their
    # own: the capital after the value opens the next one, whose period the value's
    # abbreviation also writes ("... 2025 г. Министр", one period for both)
    parts = _paragraph(lang, text)
    [at] = [i for i, p in enumerate(parts) if getattr(p, "name", "") in ("date", "time")]
    assert parts[at].content == (written,)  # type: ignore[union-attr]
    assert str(parts[at + 1]).startswith(". ")


@pytest.mark.parametrize(("lang", "text", "written"), [
    ("pl", "W konkursie weźmie udział ok. 15,5 proc. Na wydarzenie przyjdą goście.",
     "15,5 proc"),
    ("pl", "Wzrost o ok. 15,5 proc. Na wydarzenie przyjdą goście.", "15,5 proc"),
    ("en", "The doors open approx. 10 a.m. The minister speaks.", "10 a.m"),
    ("ru", "Рост составил ок. 15 млн руб. Министр выступит.", "15 млн руб"),
    ("ru", "Встреча пройдёт ок. 2 ноября 2022 г. Министр выступит.", "2 ноября 2022 г"),
])
def test_an_abbreviation_before_a_value_does_not_end_the_sentence(
        lang: str, text: str, written: str) -> None:
    # "ok." (about) was read as a sentence's stop, so the value seemed to open the next
    # sentence and kept the period that ends this one: "ok. <number/> Na wydarzenie".
    parts = _paragraph(lang, text)
    [at] = [i for i, p in enumerate(parts) if hasattr(p, "name")]
    assert parts[at].content == (written,)  # type: ignore[union-attr]
    assert str(parts[at + 1]).startswith(". ")


def test_a_paragraph_of_thousands_of_such_values_reads_each_as_one_alone() -> None:
    """Whether a value opens its sentence was a search, anchored at the value, of all
    the text before it: 4,000 of them in one 200 KB paragraph took 55 s."""
    parts = _paragraph("en", "At 9 a.m. The doors open. The talks began at 10 a.m. The "
                             "ministers spoke. " * 2_000)
    times = [p.content for p in parts  # type: ignore[attr-defined]
             if getattr(p, "name", "") == "time"]
    assert times == [("9 a.m.",), ("10 a.m",)] * 2_000


def test_a_published_date_ending_its_sentence_is_written_once_on_every_page() -> None:
    # "Опубликовано 2 ноября 2025 г. Министр ...": the Russian page writes "г." once and
    # the English one ends the sentence after the date
    from toolkit.extract import extract_template
    from toolkit.formatting import get_formatter
    from toolkit.po_read import parse_po
    from toolkit.translate import translate_release
    release = read_text("Министерство финансов Российской Федерации\n\nНовые правила\n\n"
                        "Москва, 5 ноября 2025 г.\n\nОпубликовано 2 ноября 2025 г. Министр "
                        "выступит позже.\n").release
    entries = extract_template(release, "r.xml", "ru").entries
    [msgid] = [e.msgid for e in entries if e.msgid.startswith("Опубликовано")]
    assert msgid == "Опубликовано <date/>. Министр выступит позже."
    pages = {}
    for locale, msgstr in (("ru", msgid), ("en", "Published <date/>. The minister will "
                                                 "speak later.")):
        po = (f'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\nLanguage: '
              f'{locale}\\n"\n\nmsgid "{msgid}"\nmsgstr "{msgstr}"\n')
        out = translate_release(release, parse_po(po.encode(), f"{locale}.po"), locale,
                                formatter=get_formatter(locale, engine="babel"))
        pages[locale] = next(b.text for b in out.release.body
                             if getattr(b, "text", "").startswith(("Оп", "Pu")))
    assert pages["ru"] == "Опубликовано 2 ноября 2025\u202fг. Министр выступит позже."
    assert pages["en"] == "Published November 2, 2025. The minister will speak later."


@pytest.mark.parametrize(("lang", "text", "written"), [
    ("en", "The briefing starts at 10 a.m. EST in the White House.", "10 a.m."),
    ("en", "Remarks at 10 a.m. UTC will be streamed.", "10 a.m."),
    ("en", "The webcast starts at 8:30 a.m. U.S. Eastern time.", "8:30 a.m."),
    ("en", "Voting closes at 8 p.m. Pacific time on Tuesday.", "8 p.m."),
    ("en", "The Secretary will speak at 10 a.m. Monday at the Department.", "10 a.m."),
    ("en", "The hearing begins at 2 p.m. March 6 in Room 216.", "2 p.m."),
    ("es", "La conferencia será a las 10 a.m. EST en Washington.", "10 a.m."),
])
def test_a_times_zone_or_day_after_its_period_goes_on_with_the_sentence(
        lang: str, text: str, written: str) -> None:
    # "10 a.m. EST", "2 p.m. Thursday": the capital is the time's zone or day (AP style)
    time = next(p for p in _paragraph(lang, text) if getattr(p, "name", "") == "time")
    assert time.content == (written,)  # type: ignore[union-attr]
    # a capital that opens the next sentence still takes the period
    assert _paragraph(lang, text.split(" a.m.")[0].split(" p.m.")[0]
                      + " p.m. The end.")[-1] == ". The end."


def test_the_source_sentence_reads_as_written_and_the_message_keeps_its_full_stop() -> None:
    from toolkit.extract import extract_template
    release = read_text("Ministry of Environment\n\nOpen day at the plant\n\n"
                        "Eastport, 14 March 2025\n\nThe plant opens at 10 a.m. Visitors are "
                        "welcome until 4 p.m.\n").release
    [paragraph] = release.body
    assert paragraph.text == "The plant opens at 10 a.m. Visitors are welcome until 4 p.m."
    [msgid] = [e.msgid for e in extract_template(release, "r.xml", "en").entries
               if e.msgid.startswith("The plant")]
    assert msgid == ("The plant opens at <time1/>. Visitors are welcome until "
                             "<time2/>.")


def test_a_run_of_five_thousand_digits_is_text_and_the_values_after_it_are_read():
    """Python converts no numeral of more than 4,300 digits: the number rule's int() of
    this run ended normalize in a ValueError traceback."""
    assert found("en", "serial " + "7" * 5_000 + " and 30 minutes") == [
        ("duration", "30 minutes", {"value": "PT30M"})]


def test_ten_thousand_digit_groups_in_a_row_are_text_and_the_values_after_it_are_read():
    """Every rule that failed at one of the groups ran on to the last one: a line of
    10,000 " 000" took 70 s, and read each group as a number 0 ("000 euros" as 0 EUR)."""
    for separator in (" ", ",", "\u00a0"):
        assert found("en", "1" + f"{separator}000" * 10_000 + " euros, 30 minutes") == [
            ("duration", "30 minutes", {"value": "PT30M"})], separator


def test_a_numeral_of_a_hundred_digits_is_still_a_number():
    assert found("en", "a total of " + "9" * 100 + " units") == [
        ("number", "9" * 100, {"value": "9" * 100})]


# Indian English (India's Press Information Bureau, a ministry's releases): CLDR's en_IN
# counts in lakhs and crores, groups digits by twos above the thousands, and prose writes
# the rupee "Rs" or "Rs.".
INDIAN_ENGLISH = [
    ("crossed ₹2.5 lakh crore since 2016", [
        ("money", "₹2.5 lakh crore", {"value": "2500000000000", "currency": "INR",
                                      "notation": "compact"}),
        ("date", "2016", {"value": "2016", "skeleton": "y"})]),
    ("an outlay of ₹1,500 crore.", [
        ("money", "₹1,500 crore", {"value": "15000000000", "currency": "INR",
                                   "notation": "compact"})]),
    ("an outlay of Rs 1,500 crore.", [
        ("money", "Rs 1,500 crore", {"value": "15000000000", "currency": "INR",
                                     "notation": "compact"})]),
    ("assistance of Rs. 450 lakh each", [
        ("money", "Rs. 450 lakh", {"value": "45000000", "currency": "INR",
                                   "notation": "compact"})]),
    ("raised to Rs. 1,000 per month", [
        ("money", "Rs. 1,000", {"value": "1000", "currency": "INR"})]),
    ("a fee of Rs 500.", [("money", "Rs 500", {"value": "500", "currency": "INR"})]),
    ("1,500 crore rupees", [
        ("money", "1,500 crore rupees", {"value": "15000000000", "currency": "INR",
                                         "notation": "compact"})]),
    ("3 crore households", [
        ("number", "3 crore", {"value": "30000000", "notation": "compact"})]),
    ("1,50,000 beneficiaries", [("number", "1,50,000", {"value": "150000"})]),
    ("over 12,97,000 persons and 2,50,000 cases", [
        ("number", "12,97,000", {"value": "1297000"}),
        ("number", "2,50,000", {"value": "250000"})]),
    ("₹12,34,56,789.50 in all", [
        ("money", "₹12,34,56,789.50", {"value": "123456789.50", "currency": "INR"})]),
]


@pytest.mark.parametrize("text,expected", INDIAN_ENGLISH)
def test_indian_english_amounts_in_lakhs_and_crores(
        text: str, expected: list[tuple[str, str, dict[str, str]]]) -> None:
    assert found("en", text) == expected


@pytest.mark.parametrize("text", ["Mrs 5 stars", "MRS 500", "1,50,00 units", "12,3,456"])
def test_what_only_looks_indian_stays_as_it_was(text: str) -> None:
    assert all(name != "money" for name, _, _ in found("en", text))
    assert ("number", "1,50,000", {"value": "150000"}) not in found("en", text)


def test_a_regional_variants_long_scale_words_are_read_in_its_language() -> None:
    """pt_PT's "mil milhões" (10^9) was read as "2 mil", 2,000, a milliard lost; its short
    "mm" is no scale (millimetres)."""
    assert found("pt", "investimento de 2 mil milhões de euros") == [
        ("money", "2 mil milhões de euros", {"value": "2000000000", "currency": "EUR",
                                             "notation": "compact"})]
    assert found("pt", "5 mm de chuva") == [("number", "5", {"value": "5"})]


# ---------------------------------------------------------------- a year in a name
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "the leaders adopted the ASEAN Community Vision 2045 today"),
    ("en", "the participation of the minister in the Expo 2025 Osaka, Kansai"),
    ("en", "the Tokyo 2020 legacy and the Agenda 2030 goals"),
    ("en", "Leaders Adopt Roadmap For Community Vision 2045"),  # a title-case headline
    ("fr", "les objectifs de l'Agenda 2030 des Nations unies"),
    ("es", "la Agenda 2030 para el Desarrollo Sostenible"),
    ("it", "gli obiettivi dell'Agenda 2030 delle Nazioni Unite"),
])
def test_a_year_after_a_capitalised_word_inside_a_sentence_is_a_names(lang, text):
    # A name's year is its text: as a date, "Vision 2045" became "ビジョン2045年" in ja.
    assert [kind for kind, _, _ in found(lang, text)] == []


@pytest.mark.parametrize(("lang", "text", "year"), [
    ("en", "In 2023 the work continues.", "2023"),  # the sentence's first word
    ("en", "The work began. 2023 was its first year.", "2023"),
    ("en", "as it did since 2019 and during the 2022 summit", "2019"),
    ("en", "Growth Expected In 2025, Ministry Says", "2025"),  # a title-case headline
    ("en", "Summit To Be Held Summer 2025", "2025"),
    ("en", "the programme ran until (2024) and stopped", "2024"),
    ("fr", "En 2025, le programme continue.", "2025"),
    # German capitalises every noun: "im Jahr 2025" and "Ende 2025" date a year
    ("de", "Das Programm startet im Jahr 2025 in Berlin.", "2025"),
    ("de", "Die Arbeiten enden Ende 2025.", "2025"),
])
def test_a_year_that_opens_a_sentence_or_follows_a_dating_word_is_a_date(lang, text, year):
    assert ("date", year, {"value": year, "skeleton": "y"}) in found(lang, text)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "rund 1'500 Personen", [("number", "1'500", {"value": "1500"})]),
    ("de", "rund 1’500 Personen", [("number", "1’500", {"value": "1500"})]),
    ("de", "für 12'400'000 Haushalte", [("number", "12'400'000", {"value": "12400000"})]),
    ("de", "Kosten von CHF 80'000", [("money", "CHF 80'000",
                                      {"value": "80000", "currency": "CHF"})]),
    ("fr", "environ 1'500 personnes", [("number", "1'500", {"value": "1500"})]),
    ("it", "circa 1’500 persone", [("number", "1’500", {"value": "1500"})]),
    ("de", "rund 1.500 Personen", [("number", "1.500", {"value": "1500"})]),
])
def test_thousands_grouped_by_an_apostrophe_as_in_switzerland_are_one_number(
        lang, text, expected):
    # CLDR's de_CH, fr_CH and it_CH group thousands by an apostrophe (typed ' or ’),
    # which a Swiss text writes in the base language's words.
    assert found(lang, text) == expected


def test_an_apostrophe_that_is_no_group_of_thousands_stays_text():
    assert found("de", "die 1990'er Jahre") == [("date", "1990", {"value": "1990",
                                                                   "skeleton": "y"})]
    assert found("fr", "l'an 2'50") == [("number", "2", {"value": "2"}),
                                         ("number", "50", {"value": "50"})]


def _found_in(tag: str, text: str) -> list[tuple[str, str, dict[str, str]]]:
    """`found`, with the numbers of a tag's region (`number_region`)."""
    from toolkit.model import Span
    from toolkit.normalize.locale_patterns import language, number_region
    return [(part.name, part.text, dict(part.attrs))
            for match in recognizer(language(tag), number_region(tag)).find(text, CONTEXT)
            for part in match.parts if isinstance(part, Span)]


@pytest.mark.parametrize(("tag", "text", "expected"), [
    ("de-CH", "stieg auf 2.5 Prozent", [("number", "2.5 Prozent",
                                        {"value": "2.5", "style": "percent"})]),
    ("de-CH", "92.5 Prozent der Befragten", [("number", "92.5 Prozent",
                                               {"value": "92.5", "style": "percent"})]),
    ("de-CH", "der Kanton zahlt CHF 2.5 Mio.", [("money", "CHF 2.5 Mio.", {
        "value": "2500000", "currency": "CHF", "notation": "compact"})]),
    ("de-CH", "rund 1'500 Personen", [("number", "1'500", {"value": "1500"})]),
    ("de-CH", "für 1’234.50 Franken", [("number", "1’234.50", {"value": "1234.50"})]),
    # the decimal point of de_CH: "1.500" is one and a half, as the region writes it
    ("de-CH", "rund 1.500 Tonnen", [("number", "1.500", {"value": "1.500"})]),
    ("de-CH", "0.5 Stunden", [("duration", "0.5 Stunden", {"value": "PT30M"})]),
    # the language's dates and times are unchanged by the region's decimal point
    ("de-CH", "am 3.12.2024 um 14.30 Uhr", [
        ("date", "3.12.2024", {"value": "2024-12-03", "skeleton": "yMd"}),
        ("time", "14.30 Uhr", {"value": "14:30"})]),
    ("it-CH", "sale al 2.5 per cento", [("number", "2.5 per cento",
                                         {"value": "2.5", "style": "percent"})]),
    ("it-CH", "alle 9.30 a Bellinzona", [("time", "9.30", {"value": "09:30"})]),
    # CLDR's fr_CH keeps French's decimal comma, and groups by an apostrophe
    ("fr-CH", "un taux de 2,5 % pour 1’500 personnes", [
        ("number", "2,5 %", {"value": "2.5", "style": "percent"}),
        ("number", "1’500", {"value": "1500"})]),
    # a region with its language's symbols reads as its language
    ("de-AT", "rund 1.500 Personen", [("number", "1.500", {"value": "1500"})]),
])
def test_a_release_of_a_region_reads_numbers_with_the_regions_cldr_symbols(
        tag, text, expected):
    assert _found_in(tag, text) == expected


def test_plain_german_keeps_its_decimal_comma():
    assert found("de", "rund 1.500 Personen") == [("number", "1.500", {"value": "1500"})]
    assert found("de", "stieg auf 2.5 Prozent") == []


def test_a_day_and_month_of_a_dotted_date_is_no_decimal_of_the_region():
    # "am 3.12." is a day and month where de_CH writes "2.5": text, as in German
    assert _found_in("de-CH", "Am 3.12. tagt der Rat.") == []
    assert found("de", "Am 3.12. tagt der Rat.") == []


def test_a_region_is_one_more_cache_key_of_the_recogniser():
    assert recognizer("de", "de_CH") is recognizer("de", "de_CH")
    assert recognizer("de") is recognizer("de", None) is not recognizer("de", "de_CH")
    assert recognizer("de", "de_CH").lang == "de"


@pytest.mark.parametrize(("tag", "text", "expected"), [
    ("de-CH", "investiert Fr. 1.5 Milliarden", [("money", "Fr. 1.5 Milliarden", {
        "value": "1500000000", "currency": "CHF", "notation": "compact"})]),
    # ".–" marks whole francs: in the amount's span, not left to the message
    ("de-CH", "kostet Fr. 250.–.", [("money", "Fr. 250.–", {"value": "250",
                                                             "currency": "CHF"})]),
    ("de", "kostet Fr. 250.– pro Tag", [("money", "Fr. 250.–", {"value": "250",
                                                                "currency": "CHF"})]),
    ("de", "kostet CHF 1'500.-", [("money", "CHF 1'500.-", {"value": "1500",
                                                             "currency": "CHF"})]),
    # "13.50" is no German number: text, as "EUR 13.50" is
    ("de", "kostet Fr. 13.50", []),
    ("de-CH", "kostet Fr. 13.50", [("money", "Fr. 13.50", {"value": "13.50",
                                                           "currency": "CHF"})]),
    ("fr", "un crédit de fr. 250.–", [("money", "fr. 250.–", {"value": "250",
                                                              "currency": "CHF"})]),
    ("fr", "Fr. 1,5 milliard", [("money", "Fr. 1,5 milliard", {
        "value": "1500000000", "currency": "CHF", "notation": "compact"})]),
    ("it-CH", "investe fr. 1.5 miliardi", [("money", "fr. 1.5 miliardi", {
        "value": "1500000000", "currency": "CHF", "notation": "compact"})]),
    # the dash is the francs' only: another currency's amount ends at its digits
    ("de", "kostet EUR 250.-", [("money", "EUR 250", {"value": "250", "currency": "EUR"})]),
    # German's "Fr." before a day is Friday
    ("de", "am Fr. 3. Mai 2024", [("date", "3. Mai 2024", {"value": "2024-05-03",
                                                           "skeleton": "yMMMMd"})]),
    ("de-CH", "Fr. 13.12.2024", [("date", "13.12.2024", {"value": "2024-12-13",
                                                         "skeleton": "yMd"})]),
])
def test_fr_before_an_amount_is_the_swiss_franc(tag, text, expected):
    assert _found_in(tag, text) == expected

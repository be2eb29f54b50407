"""Ranges of times and dates whose two ends are written unequally, as press releases
write opening hours, warnings and fair dates: the first end leans on the second.

Same table form as test_values.py: the source text, then every span the recogniser must
make (element, covered text, attributes). The release's date line is in December 2022.
"""

from __future__ import annotations

import pytest

from .support import found

TIME_RANGES = [
    # the first hour bare, the second a time by its "Uhr": both are times of day
    ("de", "von 9 bis 18 Uhr geöffnet", [("time", "9", {"value": "09:00"}),
                                         ("time", "18 Uhr", {"value": "18:00"})]),
    ("de", "zwischen 2 und 5 Uhr erwartet", [("time", "2", {"value": "02:00"}),
                                             ("time", "5 Uhr", {"value": "05:00"})]),
    ("de", "von 8 bis 18.30 Uhr", [("time", "8", {"value": "08:00"}),
                                   ("time", "18.30 Uhr", {"value": "18:30"})]),
    # the second's p.m. is the first's too where it fits
    ("en", "from 8 to 10 p.m. daily", [("time", "8", {"value": "20:00"}),
                                       ("time", "10 p.m.", {"value": "22:00"})]),
    ("en", "from 9 to 5 p.m.", [("time", "9", {"value": "09:00"}),
                                ("time", "5 p.m.", {"value": "17:00"})]),
    # hour words that count hours too say nothing of the first number
    ("de", "3 bis 5 Stunden", [("number", "3", {"value": "3"}),
                               ("duration", "5 Stunden", {"value": "PT5H"})]),
    ("en", "3 to 4 hours", [("number", "3", {"value": "3"}),
                            ("duration", "4 hours", {"value": "PT4H"})]),
    ("es", "de 9 a 20 horas", [("number", "9", {"value": "9"}),
                               ("duration", "20 horas", {"value": "PT20H"})]),
    ("en", "pages 5 to 7", [("number", "5", {"value": "5"}), ("number", "7", {"value": "7"})]),
    # after a time with its minutes, "heures" is o'clock, not a length of time
    ("fr", "entre 6 h 30 et 22 heures", [("time", "6 h 30", {"value": "06:30"}),
                                         ("time", "22 heures", {"value": "22:00"})]),
    # a length in the sentence: the hours are counted, as "3 to 4 hours" is
    ("fr", "un trajet de 2 à 3 heures", [("number", "2", {"value": "2"}),
                                         ("duration", "3 heures", {"value": "PT3H"})]),
    # hour words that count hours too, after the range's own words: two times of day
    ("nl", "open van 10 tot 17 uur.", [("time", "10", {"value": "10:00"}),
                                       ("time", "17 uur", {"value": "17:00"})]),
    ("fr", "ouvert de 10 à 17 heures.", [("time", "10", {"value": "10:00"}),
                                         ("time", "17 heures", {"value": "17:00"})]),
    ("fr", "De 9 à 17 heures 30", [("time", "9", {"value": "09:00"}),
                                   ("time", "17 heures 30", {"value": "17:30"})]),
    ("pt", "aberto das 9 às 18 horas.", [("time", "9", {"value": "09:00"}),
                                         ("time", "18 horas", {"value": "18:00"})]),
    # ... unless the range counts hours: a last hour not after the first, a rate, a rise
    # or fall, a length (the first a number, the last a length of time)
    ("nl", "Het aantal daalde van 3 tot 2 uur.", [("number", "3", {"value": "3"}),
                                                  ("duration", "2 uur", {"value": "PT2H"})]),
    ("nl", "Ze werken van 10 tot 8 uur per week.", [
        ("number", "10", {"value": "10"}), ("duration", "8 uur", {"value": "PT8H"})]),
    ("nl", "Het loket was van 10 tot 8 uur open.", [
        ("number", "10", {"value": "10"}), ("duration", "8 uur", {"value": "PT8H"})]),
    ("fr", "La durée passe de 10 à 17 heures.", [
        ("number", "10", {"value": "10"}), ("duration", "17 heures", {"value": "PT17H"})]),
    ("pt", "A espera caiu das 9 às 6 horas.", [("number", "9", {"value": "9"}),
                                               ("duration", "6 horas", {"value": "PT6H"})]),
    # ... but a night's, from the evening to the morning, is two times (roadworks, a
    # curfew), unless its sentence counts hours
    ("nl", "De weg is afgesloten van 22 tot 6 uur.", [
        ("time", "22", {"value": "22:00"}), ("time", "6 uur", {"value": "06:00"})]),
    ("fr", "Fermé de 20 à 7 heures.", [("time", "20", {"value": "20:00"}),
                                       ("time", "7 heures", {"value": "07:00"})]),
    ("nl", "Het aantal daalde van 22 tot 6 uur.", [
        ("number", "22", {"value": "22"}), ("duration", "6 uur", {"value": "PT6H"})]),
    # the counting word is another sentence's: the range is two times
    ("nl", "De wachttijd daalde. Open van 9 tot 12 uur.", [
        ("time", "9", {"value": "09:00"}), ("time", "12 uur", {"value": "12:00"})]),
    # ... or another clause's, after a comma or semicolon, before the range or after it
    ("nl", "Het museum is dagelijks open van 10 tot 17 uur, terwijl de export van kaas "
           "vorig jaar met 5 procent steeg.", [
        ("time", "10", {"value": "10:00"}), ("time", "17 uur", {"value": "17:00"}),
        ("number", "5 procent", {"value": "5", "style": "percent"})]),
    ("nl", "De export steeg vorig jaar, en het museum is open van 10 tot 17 uur.", [
        ("time", "10", {"value": "10:00"}), ("time", "17 uur", {"value": "17:00"})]),
    ("hu", "A kiállítás hétköznap 10 és 17 óra között látogatható, az export pedig 5 "
           "százalékkal nőtt.", [
        ("time", "10", {"value": "10:00"}), ("time", "17 óra", {"value": "17:00"}),
        ("number", "5 százalékkal", {"value": "5", "style": "percent"})]),
    ("hu", "Az export tavaly nőtt; a kiállítás 10 és 17 óra között látogatható.", [
        ("time", "10", {"value": "10:00"}), ("time", "17 óra", {"value": "17:00"})]),
    # ... where a decimal comma ends no clause
    ("nl", "De wachttijd bij 2,5 procent van de loketten was van 2 tot 3 uur.", [
        ("number", "2,5 procent", {"value": "2.5", "style": "percent"}),
        ("number", "2", {"value": "2"}), ("duration", "3 uur", {"value": "PT3H"})]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TIME_RANGES)
def test_a_bare_first_hour_is_a_time_when_the_range_ends_at_one(lang, text, expected):
    assert found(lang, text) == expected


# A range across months or years written as one range is one date with an end, as a
# range in one month is: the interval pattern writes both ("30 March – 2 April 2027"). A
# first date without a year takes its last date's year.
DATE_RANGES = [
    ("de", "vom 30. März bis 2. April 2027",
     [("date", "30. März bis 2. April 2027", {"value": "2027-03-30", "end": "2027-04-02",
                                               "skeleton": "yMMMMd"})]),
    ("de", "vom 28. Dezember bis 3. Januar 2026",
     [("date", "28. Dezember bis 3. Januar 2026", {"value": "2025-12-28", "end": "2026-01-03",
                                                    "skeleton": "yMMMMd"})]),
    ("en", "from March 30 to April 2, 2027",
     [("date", "March 30 to April 2, 2027", {"value": "2027-03-30", "end": "2027-04-02",
                                              "skeleton": "yMMMMd"})]),
    ("en", "from 28 December 2025 to 3 January 2026",
     [("date", "28 December 2025 to 3 January 2026", {"value": "2025-12-28",
                                                       "end": "2026-01-03",
                                                       "skeleton": "yMMMMd"})]),
    ("es", "del 1 de septiembre al 15 de octubre de 2026",
     [("date", "1 de septiembre al 15 de octubre de 2026",
       {"value": "2026-09-01", "end": "2026-10-15", "skeleton": "yMMMMd"})]),
    ("fr", "du 30 mars au 2 avril 2027",
     [("date", "30 mars au 2 avril 2027", {"value": "2027-03-30", "end": "2027-04-02",
                                            "skeleton": "yMMMMd"})]),
    ("ru", "с 15 апреля по 31 мая",
     [("date", "15 апреля по 31 мая", {"value": "2023-04-15", "end": "2023-05-31",
                                        "skeleton": "MMMMd"})]),
    ("zh", "2024年3月1日至2024年12月31日期间",
     [("date", "2024年3月1日至2024年12月31日", {"value": "2024-03-01", "end": "2024-12-31",
                                                 "skeleton": "yMMMMd"})]),
    # two dates joined by "and" are two dates; no range: the year of the date line
    ("en", "on March 30 and April 2, 2027",
     [("date", "March 30", {"value": "2027-03-30", "skeleton": "MMMMd"}),
      ("date", "April 2, 2027", {"value": "2027-04-02", "skeleton": "yMMMMd"})]),
    ("de", "am 24. März um", [("date", "24. März", {"value": "2023-03-24",
                                                    "skeleton": "MMMMd"})]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DATE_RANGES)
def test_a_range_across_months_is_one_date_with_the_year_of_its_last(lang, text, expected):
    assert found(lang, text) == expected


def test_a_japanese_hour_band_is_no_time_and_no_number():
    # "7時台" is the hour from 7:00 to 7:59 in a timetable, not 7 o'clock
    assert found("ja", "平日の朝7時台から8時台にかけて増発") == []
    assert found("ja", "午前7時に出発") == [("time", "午前7時", {"value": "07:00"})]

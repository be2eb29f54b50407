"""Swahili (sw) sources, read as any other language with a few entries of its own: its
hours, counted from sunrise ("saa 4 asubuhi", the fourth hour of the morning, is 10:00),
and the words it writes before a number ("asilimia 15", per cent)."""

from __future__ import annotations

import pytest

from toolkit.normalize import Options, normalize

from .support import found

_OPTIONS = Options(source_locale="sw", default_publisher="Wizara ya Mambo ya Nje")


# ---------------------------------------------------------------- hours from sunrise
@pytest.mark.parametrize(("text", "expected"), [
    # the hour and the part of the day after it: "saa 4" had been the number 4, which
    # an English page printed as "at 4"
    ("Mkutano ulianza saa 4 asubuhi.", [("time", "saa 4 asubuhi", {"value": "10:00"})]),
    ("itafanyika saa 8 mchana.", [("time", "saa 8 mchana", {"value": "14:00"})]),
    ("chakula cha jioni saa 2 usiku.", [("time", "saa 2 usiku", {"value": "20:00"})]),
    ("kuanzia saa 1 asubuhi", [("time", "saa 1 asubuhi", {"value": "07:00"})]),
    ("hadi saa 12 jioni", [("time", "saa 12 jioni", {"value": "18:00"})]),
    ("saa 6 mchana", [("time", "saa 6 mchana", {"value": "12:00"})]),
    ("saa 6 usiku", [("time", "saa 6 usiku", {"value": "00:00"})]),
    ("saa 10 alfajiri", [("time", "saa 10 alfajiri", {"value": "04:00"})]),
    # ... with its minutes, digits or "and a half"
    ("saa 4:30 asubuhi", [("time", "saa 4:30 asubuhi", {"value": "10:30"})]),
    ("saa 3.15 usiku", [("time", "saa 3.15 usiku", {"value": "21:15"})]),
    ("saa 4 na nusu asubuhi", [("time", "saa 4 na nusu asubuhi", {"value": "10:30"})]),
    # ... and in words
    ("saa nne asubuhi", [("time", "saa nne asubuhi", {"value": "10:00"})]),
    ("Saa kumi na mbili jioni", [("time", "Saa kumi na mbili jioni", {"value": "18:00"})]),
    ("saa tatu na nusu usiku", [("time", "saa tatu na nusu usiku", {"value": "21:30"})]),
    ("saa mbili za usiku", [("time", "saa mbili za usiku", {"value": "20:00"})]),
])
def test_a_swahili_hour_is_counted_from_sunrise(text, expected):
    assert found("sw", text) == expected


@pytest.mark.parametrize("text", [
    # no part of the day: 04:00, 10:00 or four hours; never the number 4 an English page
    # prints as "at 4"
    "Mkutano utaanza saa 4.",
    "saa 10:00",
    # a part of the day the hour cannot be in ("saa 10 asubuhi", 16:00, is no morning's;
    # a clock's 10 a.m. written the western way): text, not a guess
    "saa 10 asubuhi",
    "saa kumi usiku",
])
def test_a_swahili_hour_the_words_cannot_settle_stays_text(text):
    assert found("sw", text) == []


def test_a_clock_time_without_saa_is_read_as_written():
    assert found("sw", "kuanzia 14:30") == [("time", "14:30", {"value": "14:30"})]


def test_the_report_notes_the_conversion():
    text = ("Waziri Afanya Mazungumzo\n\nDodoma, 24 Desemba 2022\n\n"
            "Mkutano huo ulianza saa 4 asubuhi katika ofisi za Wizara.\n")
    normalized = normalize(text.encode(), "copied.txt", _OPTIONS)
    notes = [(g.value, g.rule) for g in normalized.report.guesses if g.what == "time"]
    assert notes == [("saa 4 asubuhi = 10:00",
                      "Swahili hours count from sunrise: saa 1 is 07:00, saa 7 13:00")]


# ---------------------------------------------------------------- words before a number
@pytest.mark.parametrize(("text", "expected"), [
    # "asilimia" (per cent) before the number: was the number 15
    ("imeongezeka kwa asilimia 15.", [("number", "asilimia 15",
                                        {"style": "percent", "value": "15"})]),
    ("Asilimia 2.5 ya bajeti", [("number", "Asilimia 2.5", {"style": "percent", "value": "2.5"})]),
    ("kwa 15%.", [("number", "15%", {"style": "percent", "value": "15"})]),
])
def test_asilimia_makes_a_percentage(text, expected):
    assert found("sw", text) == expected


# ---------------------------------------------------------------- the release's label
_BODY = ("Waziri wa Mambo ya Nje amekutana na Balozi wa Japani jijini Dodoma. Viongozi hao "
         "walijadili ushirikiano katika sekta za afya na elimu.\n\nHii ni mara ya tatu kwa "
         "viongozi hao kukutana mwaka huu.\n")
_HEADLINE = "Waziri wa Mambo ya Nje Afanya Mazungumzo na Balozi wa Japani"


@pytest.mark.parametrize("label", ["TAARIFA KWA VYOMBO VYA HABARI",
                                   "Taarifa kwa Vyombo vya Habari"])
def test_the_press_release_label_is_no_publisher(label):
    # "a line above the title that is only a name": it was the publisher of every
    # release, printed on every locale's page, over the project's default publisher
    text = f"{label}\n\n{_HEADLINE}\n\nDodoma, 24 Desemba 2022\n\n{_BODY}"
    release = normalize(text.encode(), "copied.txt", _OPTIONS).release
    assert release.meta.publisher.content == ("Wizara ya Mambo ya Nje",)
    assert release.title.content == (_HEADLINE,)
    assert release.meta.published.get("value") == "2022-12-24"


# ---------------------------------------------------------------- units, scales, currencies first
@pytest.mark.parametrize(("text", "expected"), [
    # CLDR's "dakika {0}", "milioni 0": the word before the number, which was read as the
    # number alone (30, 1.5: the scale lost from the value)
    ("kwa dakika 30.", [("duration", "dakika 30", {"value": "PT30M"})]),
    ("Dakika 30", [("duration", "Dakika 30", {"value": "PT30M"})]),
    ("siku 3", [("duration", "siku 3", {"value": "P3D"})]),
    ("kwa miezi 6", [("duration", "miezi 6", {"value": "P6M"})]),
    # hours no clock counted from sunrise has: a length
    ("ndani ya saa 48", [("duration", "saa 48", {"value": "PT48H"})]),
    ("watu elfu 5", [("number", "elfu 5", {"value": "5000", "notation": "compact"})]),
    ("Shilingi bilioni 1.5", [("money", "Shilingi bilioni 1.5",
                               {"currency": "TZS", "notation": "compact",
                                "value": "1500000000"})]),
    ("dola milioni 2.5", [("money", "dola milioni 2.5",
                           {"currency": "USD", "notation": "compact", "value": "2500000"})]),
    ("Dola za Marekani milioni 2.5", [("money", "Dola za Marekani milioni 2.5",
                                       {"currency": "USD", "notation": "compact",
                                        "value": "2500000"})]),
    ("TSh 1,500,000", [("money", "TSh 1,500,000", {"currency": "TZS", "value": "1500000"})]),
    ("TSh bilioni 2", [("money", "TSh bilioni 2", {"currency": "TZS", "notation": "compact",
                                                    "value": "2000000000"})]),
    ("shilingi 500", [("money", "shilingi 500", {"currency": "TZS", "value": "500"})]),
])
def test_a_word_before_the_number_is_its_unit_scale_or_currency(text, expected):
    assert found("sw", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the year's word before a year names it ("in the year 2022"), and a month's count
    # before a year is the month of a date: no length of time
    ("mwaka 2022", [("date", "2022", {"skeleton": "y", "value": "2022"})]),
    ("mwezi 12 mwaka 2022", [("number", "12", {"value": "12"}),
                             ("date", "2022", {"skeleton": "y", "value": "2022"})]),
    # an hour of the clock, or a length: the sunrise rule keeps it text, no duration
    ("Mkutano utaanza saa 4.", []),
    ("saa 10:00", []),
    # an age, and a range of days, are no one length
    ("mwenye umri wa miaka 45", [("number", "45", {"value": "45"})]),
    ("siku 3-5", []),
])
def test_a_word_before_a_number_that_is_no_length_is_not_read_as_one(text, expected):
    assert found("sw", text) == expected


def test_a_shilling_named_alone_is_reported_as_a_guess():
    text = ("Waziri Afanya Mazungumzo\n\nDodoma, 24 Desemba 2022\n\n"
            "Serikali imetenga Shilingi bilioni 1.5 kwa mradi huo.\n")
    normalized = normalize(text.encode(), "copied.txt", _OPTIONS)
    assert [g.value for g in normalized.report.guesses if g.what == "currency"] == \
        ["shilingi = TZS"]

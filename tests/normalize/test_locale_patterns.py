"""Locale data comes from CLDR (Babel), for French and Russian as for English."""

from __future__ import annotations

import pytest
from babel.dates import get_month_names

from toolkit.normalize.locale_patterns import known, language, names, number_region


def test_month_names_are_cldr_format_and_stand_alone_forms():
    ru = names("ru")
    for number, name in get_month_names("wide", context="format", locale="ru").items():
        assert ru.months[name.casefold()] == number  # "декабря" (genitive)
    for number, name in get_month_names("wide", context="stand-alone", locale="ru").items():
        assert ru.months[name.casefold()] == number  # "декабрь" (nominative)
    assert dict(ru.month_stems)["декабр"] == 12  # "в декабре" shares the stem
    fr = names("fr")
    assert fr.months["décembre"] == 12 and fr.months["déc."] == 12 and fr.months["déc"] == 12
    assert fr.months_lowercase and not names("en").months_lowercase


def test_full_month_names_are_not_abbreviations():
    en = names("en")
    assert "may" in en.months and "may" not in en.abbreviated
    assert "may." not in en.months  # "in May." ends a sentence
    assert "dec." in en.abbreviated


def test_time_markers_and_hour_separators_come_from_regional_variants():
    assert {"a.m.", "am"} <= set(names("en").am)  # en-CA writes a.m., en-GB am
    assert "h" in names("fr").hour_marks  # fr-CA: HH 'h' mm
    assert names("fr").noon == ("midi",)
    assert names("ru").noon == ("полдень",)


def test_units_scales_and_currencies_come_from_cldr_patterns():
    ru = names("ru")
    assert ru.units["минут"] == ("TM", "long") and ru.units["лет"] == ("Y", "long")
    assert ru.scales["млн"] == 6 and ru.scales["млрд"] == 9
    assert names("fr").scales["milliards"] == 9
    assert names("en").symbols["€"] == "EUR" and names("ru").symbols["₽"] == "RUB"
    assert names("fr").currency_names["euros"] == "EUR"
    assert names("ru").year_suffixes[0] == "г."  # d MMMM y 'г'.


def test_long_date_order():
    assert names("fr").day_first and names("ru").day_first and not names("en").day_first


def test_language_tags():
    assert language("en-GB") == "en" and language("pt_BR") == "pt"
    assert known("fr") and not known("xx")


@pytest.mark.parametrize(("tag", "rules"), [
    ("no", "nb"), ("no-NO", "nb"), ("NO", "nb"), ("nb", "nb"), ("nb-NO", "nb"),
    # Nynorsk is a written standard of its own, with its own words ("klokka", "gong")
    ("nn", "nn"), ("nn-NO", "nn"),
])
def test_norwegian_is_read_by_bokmal_the_written_standard_cldr_gives_it(tag, rules):
    # CLDR's `no` is the macrolanguage whose written form is Bokmål: a project of
    # source-locale "no" had none of nb's rules, keyed by the language subtag.
    assert language(tag) == rules


def test_a_region_that_writes_another_decimal_mark_reads_numbers_by_its_own_symbols():
    # CLDR de_CH writes "2.5" and "1'500" where de writes "2,5" and "1.500"; it_CH as de_CH.
    assert number_region("de-CH") == "de_CH" and number_region("de_CH") == "de_CH"
    assert number_region("it-CH") == "it_CH" and number_region("es-MX") == "es_MX"
    swiss = names("de", "de_CH")
    assert (swiss.decimal, swiss.group) == (".", "'")
    assert (names("de").decimal, names("de").group) == (",", ".")
    assert swiss.months == names("de").months  # the words are the language's
    # the language alone, a region of its decimal mark (fr_CH "2,5", its "1'500" read
    # among fr's own), and tags CLDR does not know
    for tag in ("de", "de-AT", "fr-CH", "fr-BE", "nl-BE", "pt-PT", "de-XX", "xx-CH"):
        assert number_region(tag) is None, tag


def test_bidi_marks_in_cldr_patterns_are_no_part_of_a_scale_word():
    # Hebrew's compact patterns open with a right-to-left mark ("\u200f0 מיליון") and its
    # short ones end with one ("0M\u200f"): the long words were passed over as written
    # before the number, and the letters kept the mark, which prose never types.
    he = names("he")
    assert (he.scales["אלף"], he.scales["מיליון"], he.scales["מיליארד"]) == (3, 6, 9)
    assert he.letter_scales["M"] == 6
    marks = ("\u200e", "\u200f", "\u061c")
    assert not [word for word in [*he.scales, *he.letter_scales]
                if any(mark in word for mark in marks)]

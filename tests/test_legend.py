"""The legend of a message: what its empty tags stand for, read back, and whether the
numbers it shows take the same plural forms in a catalog's language."""

from __future__ import annotations

import pytest

from toolkit.legend import (
    cardinal_texts,
    category,
    disagreement,
    is_label,
    legend_line,
    mixed,
    number_lines,
    plural_rule,
    recategorised,
)


def test_a_line_lists_the_values_other_occurrences_have_after_the_first():
    assert legend_line("number", "3", "number") == "<number/>: 3 (number)"
    assert legend_line("number", "3", "number", [("5", "number"), ("1,000", "number")]) == \
        "<number/>: 3 (number); also 5; also 1,000"
    # One tag, two kinds (a date and a date range): the other kind is said.
    assert legend_line("date", "May 2", "date", [("May 2–5", "date range")]) == \
        "<date/>: May 2 (date); also May 2–5 (date range)"


def test_the_texts_of_cardinal_numbers_are_read_back_by_tag():
    comments = ("paragraph", "<number1/>: 3 (number); also 5; also 1,000",
                "<number2/>: 2.5 (number)", "<date/>: May 2 (date); also May 3",
                "<term/>: MOFA (Japan) (not translated)", "tm: talks-2023")
    assert cardinal_texts(comments) == {"number1": ("3", "5", "1,000"),
                                        "number2": ("2.5",)}
    assert number_lines(comments) == comments[1:3]


def test_a_source_text_is_read_with_the_source_locales_grouping():
    assert category("1,000", "en", "ru") == "many"
    assert category("1,001", "en", "ru") == "one"
    assert category("1.001", "de", "ru") == "one"  # German groups with a full stop
    assert category("2,5", "de", "ru") == "other"  # a decimal: Russian's "other"
    for unreadable in ("3.4 million", "three", "30th", "14%"):
        assert category(unreadable, "en", "ru") is None


@pytest.mark.parametrize("text", [
    "1E9999999999", "NaN", "nan", "Infinity", "-inf", "sNaN", "1e5", "1_000", "1.5e3",
    "9" * 100_000, "1," + "000," * 30_000 + "000"])
def test_a_text_that_is_no_plain_number_is_none_and_costs_nothing(text):
    # A legend line of a catalog is anyone's text (a translator's, Weblate's), and Babel
    # parses with Decimal: "NaN", "Infinity", "1E9999999999", "sNaN" and the 120,000
    # characters of grouped zeros stopped update with a traceback (ValueError,
    # OverflowError, decimal.Overflow, InvalidOperation); "1e999999" took minutes, too
    # long for a test (Babel's rule makes its million-digit integer).
    assert category(text, "en", "ru") is None
    assert recategorised({"number": ("2",)}, {"number": (text,)}, "en", "ru") is None


def test_numbers_in_other_digits_are_read():
    assert category("١٢٣", "en", "ru") == "few"
    assert category("21", "en", "ru") == "one"


def test_a_locale_grouping_with_a_space_takes_any_space():
    # French writes 2 000 with a narrow no-break space; the legend shows every space as
    # a plain one (extract normalises white space), and a typist may use any.
    for text in ("2 000", "2\u00a0000", "2\u202f000"):
        assert category(text, "fr", "ru") == "many", text
    assert category("2 001", "fr", "ru") == "one"
    assert category("2 001", "ru", "ru") == "one"  # Russian groups with a no-break space
    assert category("2 00", "fr", "ru") is None  # the grouping is still checked
    assert category("2 000", "en", "ru") is None  # English groups with a comma


def test_languages_without_plural_categories_have_no_rule():
    for locale in ("ja", "zh-Hant", "ko", "th"):
        assert plural_rule(locale) is None
    assert plural_rule("ru") is not None and plural_rule("sr@latin") is not None


@pytest.mark.parametrize(("there", "here", "locale", "reason"), [
    # Russian: 3 is "few" (страны), 5 and 6 "many" (стран).
    (("3",), ("5",), "ru", "made for 3, here 5"),
    (("5",), ("6",), "ru", None),
    (("5",), ("5",), "ru", None),
    (("3",), ("5",), "ja", None),  # Japanese: every number is "other"
    (("3",), ("5",), "de", None),  # German: both "other"
    (("3",), ("1",), "de", None),  # "1" and "3" in one English text: a label
    # Texts that cannot be read tell nothing: the same text is the same number...
    (("3.4 million",), ("3.4 million",), "ru", None),
    # ...another may be anything.
    (("3.4 million",), ("5.1 million",), "ru", "made for 3.4 million, here 5.1 million"),
    ((), ("5",), "ru", "made for a number not shown, here 5"),
    # The translation was reviewed for every category there: 3 and 5 both.
    (("3", "5"), ("4",), "ru", None),
    (("3", "4"), ("4", "7"), "ru", "made for 3 / 4, here 4 / 7"),
])
def test_a_translation_fits_the_numbers_of_the_categories_it_was_made_for(
        there, here, locale, reason):
    assert disagreement({"number": there} if there else {}, {"number": here}, "en",
                        locale) == reason


def test_each_tag_that_does_not_fit_is_named_when_there_are_several():
    there = {"number1": ("3",), "number2": ("5",)}
    here = {"number1": ("3",), "number2": ("2",)}
    assert disagreement(there, here, "en", "ru") == "<number2/> made for 5, here 2"


def test_a_label_is_a_text_the_source_says_of_numbers_it_inflects_apart():
    assert is_label(("1", "2", "3"), "en")  # "Photo 1", "Photo 2": English one, other
    assert not is_label(("3", "5"), "en")
    assert not is_label(("1", "2"), "ja")  # Japanese says nothing either way


def test_numbers_of_several_categories_are_grouped_by_category():
    assert mixed(("3", "5", "7"), "en", "ru") == {"few": ["3"], "many": ["5", "7"]}
    assert mixed(("5", "6"), "en", "ru") == {}
    assert mixed(("3", "5"), "en", "ja") == {}
    assert mixed(("1", "2", "3"), "en", "ru") == {}  # a label
    assert mixed(("3", "three", "5"), "en", "ru") == {"few": ["3"], "many": ["5"]}


@pytest.mark.parametrize(("before", "after", "locale", "reason"), [
    # Russian: 2 000 and 3 000 are "many" (семей), 2 001 "one" (семья), 2 002 "few".
    (("2 000",), ("2 001",), "ru", "made for 2 000, here 2 001"),
    (("2 000",), ("2 002",), "ru", "made for 2 000, here 2 002"),
    (("2 000",), ("3 000",), "ru", None),
    (("2 000",), ("2 000",), "ru", None),
    (("2 000",), ("2 001",), "ja", None),  # Japanese: every number is "other"
    (("2 000",), ("2 001",), "de", None),  # German: both "other"
    (("2 000", "2 001"), ("2 021",), "ru", None),  # reviewed for "one" already
    (("1",), ("2",), "ru", None),  # French: 1 and 2 inflect apart, so a label
    # What cannot be read tells nothing, before or after: left as msgmerge leaves it.
    ((), ("2 001",), "ru", None),
    (("deux mille",), ("2 001",), "ru", None),
    (("2 000",), ("2,1 millions",), "ru", None),
    (("2 000", "deux mille"), ("2 001",), "ru", "made for 2 000 / deux mille, here 2 001"),
])
def test_a_kept_translation_is_judged_on_the_numbers_read_on_both_sides(
        before, after, locale, reason):
    assert recategorised({"number": before} if before else {}, {"number": after}, "fr",
                         locale) == reason


def test_each_recategorised_tag_is_named_when_there_are_several():
    before = {"number1": ("3",), "number2": ("5",)}
    after = {"number1": ("4",), "number2": ("21",)}
    assert recategorised(before, after, "fr", "ru") == "<number2/> made for 5, here 21"

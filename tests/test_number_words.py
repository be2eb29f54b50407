"""The number words validate reads: the tables, the compounds built from them, CLDR's
scale words."""

from __future__ import annotations

import pytest

from toolkit.number_words import fold, written_numbers


@pytest.mark.parametrize(("lang", "word", "value"), [
    ("en", "fourteenth", 14),
    ("fr", "Quatorzième", 14),  # folded: any case, any accents
    ("fr", "quatre-vingts", 80),
    ("de", "vierzehnten", 14),  # an ordinal's endings
    ("de", "achtundvierzig", 48),  # German compounds, ordinal or not
    ("de", "einundzwanzigste", 21),
    ("de", "dreihundert", 300),
    ("es", "dieciséis", 16),
    ("es", "veintitrés", 23),
    ("es", "decimocuarta", 14),
    ("ar", "الرابعة", 4),  # "the", "and" written onto the word
    ("ar", "والعشرون", 20),
    ("ar", "اربعة", 4),  # without its hamza, as often typed
    ("ru", "четырнадцатой", 14),
    ("ru", "третьего", 3),
    # CLDR's long compact scale words
    ("en", "million", 10**6),
    ("de", "Milliarden", 10**9),
    ("ar", "آلاف", 1000),
    ("ru", "миллионов", 10**6),
])
def test_a_word_is_read_as_its_number(lang, word, value):
    assert written_numbers(lang)[fold(word)] == value


def test_a_language_without_a_table_reads_no_words():
    # Japanese and Chinese numbers are Han numerals, read apart
    assert written_numbers("ja") == {}
    assert written_numbers("xx") == {}


def test_words_of_durations_that_are_no_whole_number_are_left_out():
    assert fold("eineinhalb") not in written_numbers("de")

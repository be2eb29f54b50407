"""The translation memory: reviewed translations of one locale, shared across releases."""

from __future__ import annotations

from toolkit.catalog import Catalog, Entry
from toolkit.tm import Match, TranslationMemory, reviewed


def _catalog(*entries: Entry) -> Catalog:
    return Catalog(entries=entries)


def test_only_reviewed_translations_are_remembered():
    memory = TranslationMemory()
    memory.add("a", _catalog(Entry("reviewed", msgstr="ok"),
                             Entry("fuzzy", msgstr="maybe", flags=("fuzzy",)),
                             Entry("empty"),
                             Entry("obsolete", msgstr="old", obsolete=True),
                             Entry("in context", msgstr="x", msgctxt="c"),
                             Entry("plural", msgid_plural="plurals", msgstr_plural=("p",))))
    assert memory.lookup("reviewed") == Match("ok", "a")
    for msgid in ("fuzzy", "empty", "obsolete", "in context", "plural"):
        assert memory.lookup(msgid) is None
    assert memory.size == 1


def test_a_release_never_fills_itself():
    memory = TranslationMemory()
    memory.add("a", _catalog(Entry("text", msgstr="from a")))
    assert memory.lookup("text", exclude="a") is None
    memory.add("b", _catalog(Entry("text", msgstr="from b")))
    assert memory.lookup("text", exclude="a") == Match("from b", "b")


def test_the_release_that_sorts_first_wins_whatever_the_reading_order():
    one, other = TranslationMemory(), TranslationMemory()
    for memory, order in ((one, ("c", "a", "b")), (other, ("b", "c", "a"))):
        for release in order:
            memory.add(release, _catalog(Entry("text", msgstr=f"from {release}")))
    assert one.lookup("text") == other.lookup("text") == Match("from a", "a")
    assert one.lookup("text", exclude="a") == Match("from b", "b")


def test_a_translation_the_build_would_refuse_is_never_copied():
    # One broken tag would otherwise become an error in every release repeating the
    # message, each filled as reviewed; the next release's good translation is used.
    msgid = "The notes on <term>grant aid</term> were exchanged on <date/>."
    memory = TranslationMemory()
    memory.add("a", _catalog(Entry(msgid, msgstr="<term>無償資金協力</term に関する<date/>")))
    assert memory.lookup(msgid) is None
    memory.add("b", _catalog(Entry(msgid, msgstr="<date/>、<term>無償資金協力</term>に関する")))
    assert memory.lookup(msgid) == Match("<date/>、<term>無償資金協力</term>に関する", "b")
    for broken in ("<term>無償資金協力</term>", "<term>x</term><date/><date/>",
                   "<term><date/></term>", "<term>x</term><date>5</date>"):
        memory = TranslationMemory()
        memory.add("a", _catalog(Entry(msgid, msgstr=broken)))
        assert memory.lookup(msgid) is None, broken


# A message agreeing with its number: Russian "страны" after 3, "стран" after 5 and 6.
COUNTRIES = "Ministers of <number/> countries met."
COUNTRIES_RU = "Министры <number/> стран встретились."


def _said_of(value: str) -> tuple[str, ...]:
    return ("paragraph", f"<number/>: {value} (number)")


def _memory(*made_for: tuple[str, str]) -> TranslationMemory:
    """Russian translations of COUNTRIES, from (release, number) pairs."""
    memory = TranslationMemory()
    for release, value in made_for:
        memory.add(release, _catalog(Entry(COUNTRIES, msgstr=COUNTRIES_RU,
                                           extracted_comments=_said_of(value))))
    return memory


def _fill(memory: TranslationMemory, value: str, locale: str = "ru",
          msgid: str = COUNTRIES) -> tuple[Match, str | None] | None:
    return memory.fill(msgid, _said_of(value), exclude="here", locale=locale,
                       source_locale="en")


def test_a_translation_made_for_a_number_of_another_plural_category_needs_a_look():
    found = _fill(_memory(("a", "3")), "5")
    assert found is not None
    match, reason = found
    assert (match.msgstr, match.release, reason) == (COUNTRIES_RU, "a", "made for 3, here 5")


def test_a_number_of_the_same_category_or_the_same_text_fits():
    assert _fill(_memory(("a", "5")), "6") == (Match(COUNTRIES_RU, "a",
                                                     ("<number/>: 5 (number)",)), None)
    assert _fill(_memory(("a", "5")), "5")[1] is None


def test_japanese_never_needs_a_look():
    for value in ("1", "3", "21", "3.4 million"):
        assert _fill(_memory(("a", "5")), value, locale="ja")[1] is None


def test_source_texts_that_cannot_be_read_and_differ_need_a_look():
    assert _fill(_memory(("a", "3.4 million")), "5 million")[1] == \
        "made for 3.4 million, here 5 million"
    assert _fill(_memory(("a", "3.4 million")), "3.4 million")[1] is None


def test_an_ordinal_or_a_percentage_is_never_judged():
    # "the 30th anniversary" and "the 31st": no word agrees with the ordinal's value.
    memory = TranslationMemory()
    said = ("paragraph", "<number/>: 30th (ordinal)")
    memory.add("a", _catalog(Entry("The <number/> anniversary", msgstr="<number/> годовщина",
                                   extracted_comments=said)))
    found = memory.fill("The <number/> anniversary", ("paragraph", "<number/>: 31st (ordinal)"),
                        exclude="here", locale="ru", source_locale="en")
    assert found is not None and found[1] is None


def test_a_release_whose_translation_fits_is_preferred_to_one_sorting_first():
    found = _fill(_memory(("a", "3"), ("b", "7")), "5")
    assert found is not None and found[0].release == "b" and found[1] is None
    # None fits: the first, with its reason.
    found = _fill(_memory(("a", "3"), ("b", "4")), "5")
    assert found is not None and found[0].release == "a" and found[1] == "made for 3, here 5"


def test_a_catalog_written_without_comments_takes_the_templates_numbers():
    template = _catalog(Entry(COUNTRIES, extracted_comments=_said_of("3")))
    catalog = _catalog(Entry(COUNTRIES, msgstr=COUNTRIES_RU))
    assert list(reviewed(catalog, template)) == [(COUNTRIES, COUNTRIES_RU,
                                                 ("<number/>: 3 (number)",))]
    assert list(reviewed(catalog)) == [(COUNTRIES, COUNTRIES_RU, ())]

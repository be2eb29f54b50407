"""The translation memory: reviewed translations of one locale, shared across releases."""

from __future__ import annotations

from toolkit.catalog import Catalog, Entry
from toolkit.tm import Match, TranslationMemory


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

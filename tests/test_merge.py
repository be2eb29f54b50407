"""Merging a template into a catalog: what msgmerge does, and never losing a translation.

Golden cases live in tests/fixtures/catalogs/merge/<case>/: template.pot + old.po (or a
`locale` file for a catalog made from nothing) → expected.po. Each result is also held
byte for byte against GNU `msgmerge --previous` where msgmerge can make the same file.
Set COMMUNIQUE_REGENERATE=1 to rewrite the expected files, then read the diff.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toolkit.catalog import Catalog, Entry
from toolkit.errors import UsageError
from toolkit.merge import (
    FUZZY_THRESHOLD,
    OTHER_FORMS_COMMENT,
    MergeReport,
    carry_over,
    merge,
    merge_with_report,
    missing_from,
    plural_forms,
    similarity,
)
from toolkit.po_read import parse_po, read_po
from toolkit.po_write import format_po
from toolkit.qa.catalog_checks import check_header, locale_of
from toolkit.tm import TranslationMemory

CASES = Path(__file__).parent / "fixtures" / "catalogs" / "merge"
REGENERATE = os.environ.get("COMMUNIQUE_REGENERATE") == "1"
MSGMERGE = shutil.which("msgmerge")


def _merged(case: Path) -> bytes:
    template = read_po(case / "template.pot")
    if (case / "old.po").exists():
        return format_po(merge(template, read_po(case / "old.po"), locale="ja"))
    locale = (case / "locale").read_text(encoding="utf-8").strip()
    return format_po(merge(template, None, locale=locale, revision_date="2023-03-01 09:00+0000"))


@pytest.mark.parametrize("case", sorted(p.name for p in CASES.iterdir()))
def test_golden_merge(case: str):
    folder = CASES / case
    result = _merged(folder)
    if REGENERATE:
        (folder / "expected.po").write_bytes(result)
    assert result == (folder / "expected.po").read_bytes()


@pytest.mark.skipif(MSGMERGE is None, reason="GNU gettext (msgmerge) is not installed")
@pytest.mark.parametrize("case", sorted(p.name for p in CASES.iterdir()
                                        if (p / "old.po").exists()))
def test_same_bytes_as_gnu_msgmerge(case: str, tmp_path: Path):
    folder = CASES / case
    out = tmp_path / "gnu.po"
    subprocess.run([str(MSGMERGE), "--quiet", "--previous", "-o", str(out),
                    str(folder / "old.po"), str(folder / "template.pot")], check=True)
    # One addition on purpose: the plural forms msgmerge drops when a message is
    # singular in the template are kept as a translator comment (see plural-entries).
    ours = b"".join(line for line in _merged(folder).splitlines(keepends=True)
                    if not line.startswith(b"# " + OTHER_FORMS_COMMENT.encode()))
    assert ours == out.read_bytes()


def _catalogs(case: str) -> tuple[Catalog, Catalog, Catalog]:
    folder = CASES / case
    template, old = read_po(folder / "template.pot"), read_po(folder / "old.po")
    return template, old, merge(template, old, locale="ja")


PARAGRAPH = ("On <date/>, <person>Mr. HAYASHI Yoshimasa</person>, Minister for Foreign "
             "Affairs of Japan, held talks with the visiting Foreign Minister of the "
             "<org>Kyrgyz Republic</org> for about {}.")


def test_a_changed_paragraph_keeps_its_old_translation_as_fuzzy_with_the_old_source():
    _, old, merged = _catalogs("changed-source")
    before = old.lookup(PARAGRAPH.format("thirty minutes"))
    entry = merged.lookup(PARAGRAPH.format("one hour"))
    assert before is not None and entry is not None
    assert entry.fuzzy and not entry.translated
    assert entry.msgstr == before.msgstr
    assert entry.previous_msgid == before.msgid
    assert entry.translator_comments == ("names as the ministry writes them",)
    assert entry.extracted_comments == ("paragraph", "<date/>: March 1 (date)")


def test_a_fuzzy_translation_matched_again_keeps_the_source_it_was_made_for():
    # The old entries were fuzzy already: their msgids were never translated, so `#|`
    # shows what the translation was made for (their own `#|`, or nothing), as msgmerge.
    _, _, merged = _catalogs("fuzzy-again")
    previous = {e.msgid.split()[-1]: e.previous_msgid for e in merged.live()}
    assert previous == {
        "Tokyo": None,  # fuzzy without a previous source: none to show
        "year.": "Both ministers welcomed the progress in economic relations.",
        "latest.": "The ministers agreed to meet again in Bishkek.",  # an obsolete one
        "today.": "They also exchanged views on the regional situation in Central Asia.",
    }
    title = next(merged.live())
    assert title.translator_comments == ("made fuzzy by the desk: the title is to be checked",)


def test_an_unchanged_message_keeps_its_translation_and_comments():
    _, old, merged = _catalogs("changed-source")
    title = merged.lookup("Foreign Ministers Meet in Tokyo")
    assert title == old.lookup("Foreign Ministers Meet in Tokyo")
    assert title is not None and title.translated


def test_a_removed_paragraph_stays_as_obsolete_with_its_translation():
    _, old, merged = _catalogs("removed-message")
    gone = "The two ministers also discussed cooperation in Central Asia."
    assert merged.lookup(gone) is None
    (obsolete,) = merged.obsolete
    assert obsolete.msgid == gone
    assert obsolete.msgstr == old.lookup(gone).msgstr
    assert obsolete.translator_comments == ("keep for the next visit",)
    assert obsolete.references == () and obsolete.extracted_comments == ()


def test_a_weblate_flag_stays_on_an_unchanged_message_only_as_msgmerge_would_not_keep_it(
        tmp_path: Path):
    # docs/catalogs.md: Weblate flags belong in Weblate. Unlike msgmerge, which drops every
    # flag gettext does not know, update keeps a translator's flags on a message that did
    # not change; a fuzzy match is a new message, made with the fuzzy flag alone.
    flags = ("max-length:40", "xml-text")
    old = Catalog(entries=(Entry("Press Releases", "Communiqués de presse", flags=flags),
                           Entry("Contact", "Contact", flags=flags)))
    template = Catalog(entries=(Entry("Press Releases 2025", ""), Entry("Contact", "")))
    merged = merge(template, old, locale="fr")
    assert merged.lookup("Contact").flags == flags
    assert merged.lookup("Press Releases 2025").flags == ("fuzzy",)
    if MSGMERGE is None:
        return
    header = (("Content-Type", "text/plain; charset=UTF-8"),)
    (tmp_path / "old.po").write_bytes(format_po(replace(old, header_fields=header)))
    (tmp_path / "t.pot").write_bytes(format_po(replace(template, header_fields=header)))
    subprocess.run(["msgfmt", "-c", "-o", os.devnull, str(tmp_path / "old.po")], check=True)
    gettext = subprocess.run([MSGMERGE, "-q", str(tmp_path / "old.po"),
                              str(tmp_path / "t.pot"), "-o", "-"],
                             check=True, capture_output=True, text=True).stdout
    assert "Contact" in gettext and "max-length" not in gettext


def test_a_removed_message_keeps_its_flags_and_previous_source_and_comes_back_as_it_was():
    template, old, merged = _catalogs("obsolete-keeps-flags")
    kept = {e.msgid: e for e in merged.obsolete}
    assert kept["Aid reached %(count)s households."].flags == ("python-format",)
    fuzzy = kept["Both ministers welcomed the steady progress in economic relations."]
    assert fuzzy.flags == ("fuzzy",)
    assert fuzzy.previous_msgid == "Both ministers welcomed the progress."
    # A translator's allow flag too: the paragraph that returns is checked as before.
    allowed = Entry("About 1,500 households.", msgstr="Около полутора тысяч семей.",
                    flags=("communique-allow:number-changed",),
                    translator_comments=("written as a word on purpose",))
    gone = merge(template, Catalog(header_fields=old.header_fields, entries=(allowed,)))
    assert gone.obsolete[0].flags == allowed.flags
    back = Catalog(header_fields=template.header_fields,
                   entries=(*template.entries, replace(allowed, translator_comments=())))
    assert merge(back, gone).lookup(allowed.msgid) == allowed


def test_an_obsolete_translation_comes_back_when_its_source_returns():
    _, _, merged = _catalogs("revived-obsolete")
    entry = merged.lookup("Both ministers welcomed the progress in economic relations.")
    assert entry is not None and entry.translated
    assert entry.translator_comments == ("restored from an earlier draft",)
    assert merged.obsolete == ()


def test_the_header_takes_the_templates_bug_address_and_msgmerges_field_order():
    template, old, merged = _catalogs("header-fields")
    assert merged.header["Report-Msgid-Bugs-To"] == template.header["Report-Msgid-Bugs-To"]
    assert merged.header["POT-Creation-Date"] == template.header["POT-Creation-Date"]
    # The translator's own fields are kept, whatever tool wrote them; msgmerge's known
    # fields come first, in its order and case, so running either tool gives no diff.
    assert [name for name, _ in merged.header_fields] == [
        "Project-Id-Version", "Report-Msgid-Bugs-To", "POT-Creation-Date", "PO-Revision-Date",
        "Last-Translator", "Language-Team", "Language", "MIME-Version", "Content-Type",
        "Content-Transfer-Encoding", "X-Generator", "Plural-Forms", "X-Poedit-SourceCharset"]
    assert merged.header["Last-Translator"] == old.header["last-translator"]
    assert merged.header["PO-Revision-Date"] == old.header["PO-Revision-Date"]


def test_a_catalog_in_another_charset_is_read_and_written_as_utf8():
    _, old, merged = _catalogs("latin1-catalog")
    assert old.lookup("Foreign Ministers Meet in Tokyo").msgstr.endswith("réunissent à Tokyo")
    assert merged.header["Content-Type"] == "text/plain; charset=UTF-8"
    data = format_po(merged)
    assert "réunissent à Tokyo".encode() in data
    assert parse_po(data, "x.po").lookup("Foreign Ministers Meet in Tokyo").translated


def test_a_new_catalog_gets_language_and_cldr_plural_forms():
    template = read_po(CASES / "new-catalog" / "template.pot")
    merged = merge(template, None, locale="ar", revision_date="2023-03-01 09:00+0000")
    header = merged.header
    assert header["Language"] == "ar"
    assert header["Plural-Forms"].startswith("nplurals=6;")
    assert header["Content-Type"] == "text/plain; charset=UTF-8"
    assert header["POT-Creation-Date"] == "2023-03-01 09:00+0000"
    assert header["PO-Revision-Date"] == "2023-03-01 09:00+0000"
    assert [e.msgid for e in merged.entries] == [e.msgid for e in template.entries]
    assert not any(e.has_translation for e in merged.entries)


@pytest.mark.parametrize(("locale", "forms"), [("ja", 1), ("ky", 2), ("ru", 3), ("ar", 6),
                                               ("pt-BR", 3), ("zh_Hant", 1)])
def test_plural_forms_come_from_cldr(locale: str, forms: int):
    assert plural_forms(locale).startswith(f"nplurals={forms}; plural=")


# A new catalog's Language in gettext's form (ll_CC@modifier), what Poedit writes back on
# save: it read "sr-Latn" as plain Serbian and saved "Language: sr" (Cyrillic), which
# validate refuses in locales/sr-Latn; "pt-BR" became "pt_BR" at the first save.
@pytest.mark.parametrize(("locale", "language", "team"), [
    ("pt-BR", "pt_BR", "Portuguese (Brazil)"),
    ("pt_BR", "pt_BR", "Portuguese (Brazil)"),
    ("sr-Latn", "sr@latin", "Serbian (Latin)"),
    ("sr@latin", "sr@latin", "Serbian (Latin)"),
    ("sr-Latn-RS", "sr_RS@latin", "Serbian (Latin, Serbia)"),
    ("sr_RS@latin", "sr_RS@latin", "Serbian (Latin, Serbia)"),
    ("uz-Cyrl", "uz@cyrillic", "Uzbek (Cyrillic)"),
    ("zh-Hant", "zh-Hant", "Chinese (Traditional)"),  # gettext has no name for the script
    ("es-419", "es_419", "Spanish (Latin America)"),
    ("ja", "ja", "Japanese"),
])
def test_a_new_catalog_names_its_language_as_gettext_and_validate_take_it(
        locale, language, team):
    template = read_po(CASES / "new-catalog" / "template.pot")
    merged = merge(template, None, locale=locale, revision_date="2023-03-01 09:00+0000")
    assert merged.header["Language"] == language
    assert merged.header["Language-Team"] == team
    assert merged.header_comments[0].startswith(f"{team} translation of ")
    folder = Path("locales") / locale / "LC_MESSAGES" / "x.po"
    assert list(check_header(replace(merged, path=None), locale_of(folder), False)) == []


def test_merging_twice_changes_nothing():
    template, _, merged = _catalogs("removed-message")
    again = merge(template, merged, locale="ja")
    assert again == merged
    assert format_po(again) == format_po(merged)


def test_without_fuzzy_matching_a_changed_message_is_new_and_the_old_one_obsolete():
    template, old, _ = _catalogs("changed-source")
    merged, report = merge_with_report(template, old, fuzzy_matching=False, locale="ja")
    entry = merged.lookup(PARAGRAPH.format("one hour"))
    assert entry is not None and not entry.has_translation and not entry.fuzzy
    assert [e.msgid for e in merged.obsolete] == [PARAGRAPH.format("thirty minutes")]
    assert (report.kept, report.fuzzy, report.new, report.obsoleted) == (2, 0, 1, 1)


def test_no_translation_is_ever_dropped():
    """Whatever the template, every translation of the old catalog is still in the file."""
    template, old, _ = _catalogs("removed-message")
    for other in (Catalog(), template):
        for fuzzy in (True, False):
            merged = merge(other, old, fuzzy_matching=fuzzy, locale="ja")
            kept = {e.msgstr for e in merged.entries}
            assert {e.msgstr for e in old.entries if e.msgstr} <= kept


def test_dissimilar_text_is_not_offered_as_fuzzy():
    old = Catalog(entries=(Entry("The ministers met in Tokyo.", msgstr="東京で会談"),))
    template = Catalog(entries=(Entry("Trade figures for the third quarter were published."),))
    merged = merge(template, old, locale="ja")
    assert not merged.entries[0].has_translation
    assert merged.obsolete[0].msgstr == "東京で会談"


def test_the_closest_old_message_wins():
    old = Catalog(entries=(
        Entry("The two ministers agreed to meet again next year in Bishkek.", msgstr="A"),
        Entry("The two ministers agreed to meet again next year in Tokyo.", msgstr="B"),
    ))
    template = Catalog(entries=(
        Entry("The two ministers agreed to meet again next year in Tokyo!"),))
    (entry,) = merge(template, old, locale="ja").live()
    assert entry.msgstr == "B" and entry.fuzzy


def _offered(old_messages: dict[str, str], new_msgid: str) -> Entry:
    """The entry a merge makes of `new_msgid` from a catalog of `old_messages`."""
    old = Catalog(entries=tuple(Entry(msgid, msgstr=msgstr)
                                for msgid, msgstr in old_messages.items()))
    merged = merge(Catalog(entries=(Entry(new_msgid),)), old, locale="ja")
    found = merged.lookup(new_msgid)
    assert found is not None
    return found


# Paragraphs of one release: each holds every word of the caption below, and more.
PARAGRAPHS = {f"In Tokyo, the two ministers of Japan and the Kyrgyz Republic discussed "
              f"topic {n} at length and agreed to continue the dialogue next year.": f"段落{n}"
              for n in range(14)}


def test_a_short_message_is_offered_beside_long_paragraphs_that_share_its_words():
    # The paragraphs share every word of the new caption, and more than the old caption
    # does, but are far too long to be 0.6 like it; a shortlist of them hid the caption.
    entry = _offered({**PARAGRAPHS, "The two ministers in Tokyo": "東京での両大臣"},
                     "The two ministers in Tokyo, Japan")
    assert entry.fuzzy and entry.msgstr == "東京での両大臣"
    assert entry.previous_msgid == "The two ministers in Tokyo"


@pytest.mark.parametrize(("before", "after"), [
    ("Background", "Backgroud"),  # a typo made
    ("Kulubaev", "Kulubayev"),  # a name's spelling corrected
    ("Press Releases", "PressReleases"),  # two words joined
    ("Acknowledgements", "Acknowledgments"),
])
def test_a_one_word_message_whose_word_changed_is_offered_as_msgmerge_offers_it(
        before: str, after: str, tmp_path: Path):
    # No word in common, but 4 characters in a row (msgmerge's index: 4-grams).
    entry = _offered({**PARAGRAPHS, before: "訳"}, after)
    assert entry.fuzzy and entry.msgstr == "訳" and entry.previous_msgid == before
    if MSGMERGE is not None:
        old = Catalog(entries=(Entry(before, msgstr="訳"),))
        (tmp_path / "old.po").write_bytes(format_po(old))
        (tmp_path / "new.pot").write_bytes(format_po(Catalog(entries=(Entry(after),))))
        gnu = subprocess.run([str(MSGMERGE), "--quiet", "--previous", str(tmp_path / "old.po"),
                              str(tmp_path / "new.pot")], check=True, capture_output=True)
        assert f'#, fuzzy\n#| msgid "{before}"\nmsgid "{after}"' in gnu.stdout.decode()


def test_a_message_of_under_four_characters_is_compared_with_every_short_one():
    # msgmerge's rule for a message with no 4-gram; "U.N." shares no word with it.
    entry = _offered({**PARAGRAPHS, **{f"Photo {n}": f"写真{n}" for n in range(20)},
                      "U.N.": "国連"}, "UN")
    assert entry.fuzzy and entry.msgstr == "国連"


def test_a_message_of_under_four_characters_is_looked_up_among_the_short_ones_alone():
    """10,000 old paragraphs: a short message's candidates are found by their length,
    not by reading every message's (update took 35 s for 2,000 table cells against
    50,000 messages)."""
    from toolkit.merge import _Matcher

    class CountingReads(list[int]):
        reads = 0

        def __getitem__(self, index):  # type: ignore[no-untyped-def, override]
            CountingReads.reads += 1
            return super().__getitem__(index)

    paragraphs = [Entry(f"The ministers discussed topic {n} at length in Tokyo.", msgstr="段落")
                  for n in range(10_000)]
    short = [Entry(text, msgstr=f"訳{n}") for n, text in enumerate(["U.N.", "EU", "a.m."])]
    matcher = _Matcher(paragraphs + short)
    matcher.sizes = CountingReads(matcher.sizes)
    found = [matcher.best(msgid) for msgid in ("UN", "E.U", "pm", "1")]
    assert [e.msgstr if e else None for e in found] == ["訳0", "訳1", None, None]
    assert CountingReads.reads <= 4 * 2 * len(short)  # (its length read twice a candidate)


def test_a_word_without_four_letters_in_common_is_new_for_both():
    # "Tokio" and "Tokyo" are 0.8 alike, but msgmerge's index finds no 4-gram in common.
    entry = _offered({**PARAGRAPHS, "Tokyo": "東京"}, "Tokio")
    assert not entry.has_translation


def test_fuzzy_matching_compares_only_a_shortlist_on_big_catalogs(monkeypatch):
    """10,000 old messages: each new one is compared with a handful, not all of them."""
    import toolkit.merge as merge_module

    compared = 0
    real = merge_module.SequenceMatcher

    class Counting(real):  # type: ignore[misc, valid-type]
        def __init__(self, *args: object, **kwargs: object) -> None:
            nonlocal compared
            compared += 1
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(merge_module, "SequenceMatcher", Counting)
    words = [f"word{i}" for i in range(400)]
    old = Catalog(entries=tuple(
        Entry(f"The ministers discussed {words[i % 400]} and {words[(i * 7) % 400]} "
              f"in meeting {i}.", msgstr=f"訳{i}") for i in range(10_000)))
    template = Catalog(entries=tuple(
        Entry(f"The ministers discussed {words[i % 400]} and {words[(i * 7) % 400]} "
              f"in session {i}.") for i in range(50)))
    merged, report = merge_with_report(template, old, locale="ja")
    assert report.fuzzy == 50
    assert compared <= 50 * 12
    assert all(e.msgstr == f"訳{i}" for i, e in enumerate(merged.live()))


def test_an_unknown_locale_is_a_usage_error():
    with pytest.raises(UsageError, match="unknown locale 'xx'"):
        plural_forms("xx")


def test_threshold_is_msgmerges():
    assert FUZZY_THRESHOLD == 0.6


def _common_subsequence(a: bytes, b: bytes) -> int:
    row = [0] * (len(b) + 1)
    for x in a:
        row = [0, *row[1:]]
        diagonal = 0
        for j, y in enumerate(b, 1):
            diagonal, row[j] = row[j], diagonal + 1 if x == y else max(row[j], row[j - 1])
    return row[-1]


@given(st.binary(max_size=40), st.binary(max_size=40))
def test_similarity_is_twice_the_common_subsequence_over_the_length(a: bytes, b: bytes):
    # gnulib's fstrcmp, which msgmerge's fuzzy matching asks: what a minimal diff keeps.
    # (The bytes are drawn from few values so that subsequences are long.)
    a, b = bytes(x % 4 for x in a), bytes(x % 4 for x in b)
    expected = 2 * _common_subsequence(a, b) / (len(a) + len(b)) if a and b else 0.0
    assert similarity(a, b) == expected


def test_a_sentence_rewritten_in_other_order_is_offered_as_msgmerge_offers_it():
    # 0.60 to msgmerge, 0.48 to difflib's greedy blocks: Poedit's and Weblate's update
    # (msgmerge) offered the old translation, communique's left the message new.
    _, _, merged = _catalogs("rewritten-sentences")
    entry = merged.lookup("Minister Kulubaev was welcomed to Japan by Minister Hayashi.")
    assert entry is not None and entry.fuzzy
    assert entry.previous_msgid == "Minister Hayashi welcomed Minister Kulubaev to Japan."
    assert entry.translator_comments == ("names as the ministry writes them",)
    title = merged.lookup("Japan and Kyrgyz Republic Foreign Ministers Hold Talks in Tokyo")
    assert title is not None and not title.has_translation  # 0.58: too far, for both


# Russian sources (source-locale = "ru"): msgmerge compares UTF-8 bytes, where two
# Cyrillic letters share a first byte. By characters these pairs are 0.52 and 0.519, by
# bytes 0.604 and 0.625.
BYTE_PAIRS = [
    ("сотрудничества встреча региональной торговли Токио",
     "обсудили Бишкек региональной министры региональной"),
    ("сотрудничества обсудили сотрудничества Бишкек министры",
     "безопасности сотрудничества Токио безопасности встреча"),
]


@pytest.mark.parametrize(("before", "after"), BYTE_PAIRS)
def test_similarity_is_measured_in_bytes_as_msgmerge_measures_it(before: str, after: str,
                                                                  tmp_path: Path):
    utf8 = (("Content-Type", "text/plain; charset=UTF-8"),)
    old = Catalog(header_fields=utf8, entries=(Entry(before, msgstr="перевод"),))
    template = Catalog(header_fields=utf8, entries=(Entry(after),))
    (entry,) = merge(template, old, locale="ja").live()
    assert entry.fuzzy and entry.msgstr == "перевод"
    if MSGMERGE is not None:
        (tmp_path / "old.po").write_bytes(format_po(old))
        (tmp_path / "new.pot").write_bytes(format_po(template))
        gnu = subprocess.run([str(MSGMERGE), "--quiet", str(tmp_path / "old.po"),
                              str(tmp_path / "new.pot")], check=True, capture_output=True)
        assert '#, fuzzy\nmsgid "' + after in gnu.stdout.decode()


def test_translation_memory_fills_new_messages_and_says_from_where():
    template = Catalog(header_fields=(("Project-Id-Version", "talks-2024"),), entries=(
        Entry("About the Ministry of Foreign Affairs", extracted_comments=("heading",)),
        Entry("Something new"),))
    memory = TranslationMemory()
    memory.add("talks-2023", Catalog(entries=(
        Entry("About the Ministry of Foreign Affairs", msgstr="外務省について"),)))
    merged, report = merge_with_report(template, None, tm=memory, locale="ja")
    entry = merged.lookup("About the Ministry of Foreign Affairs")
    assert entry is not None and entry.translated
    assert entry.msgstr == "外務省について"
    assert entry.extracted_comments == ("heading", "tm: talks-2023")
    assert report.from_tm == 1 and report.new == 1
    # The mark stays on later updates, while the template's comments are renewed.
    again = merge(template, merged, tm=memory, locale="ja")
    assert again.lookup("About the Ministry of Foreign Affairs").extracted_comments == (
        "heading", "tm: talks-2023")


def test_translation_memory_never_uses_the_release_itself():
    template = Catalog(header_fields=(("Project-Id-Version", "talks-2023"),),
                       entries=(Entry("About the Ministry"),))
    memory = TranslationMemory()
    memory.add("talks-2023", Catalog(entries=(Entry("About the Ministry", msgstr="x"),)))
    assert not merge(template, None, tm=memory, locale="ja").entries[0].has_translation


COUNTRIES = "Ministers of <number/> countries met."


def _countries(release: str, value: str, msgstr: str = "") -> Catalog:
    return Catalog(header_fields=(("Project-Id-Version", release),
                                  ("X-Source-Language", "en")),
                   entries=(Entry(COUNTRIES, msgstr=msgstr, extracted_comments=(
                       "paragraph", f"<number/>: {value} (number)")),))


def test_a_memory_copy_made_for_another_plural_category_is_fuzzy_with_the_reason():
    memory = TranslationMemory()
    memory.add("talks-2023", _countries("talks-2023", "3", "Министры <number/> страны "
                                                            "встретились."))
    merged, report = merge_with_report(_countries("talks-2024", "5"), None, tm=memory,
                                       locale="ru")
    entry = merged.lookup(COUNTRIES)
    assert entry.fuzzy and entry.msgstr == "Министры <number/> страны встретились."
    assert entry.extracted_comments == ("paragraph", "<number/>: 5 (number)",
                                        "tm: talks-2023 (made for 3, here 5)")
    assert (report.from_tm, report.tm_fuzzy, report.fuzzy) == (0, 1, 0)
    assert report.as_dict()["tm_fuzzy"] == 1
    # Unreviewed, it stays as it is; reviewed (the flag gone), the reason goes.
    assert merge(_countries("talks-2024", "5"), merged, tm=memory, locale="ru") == merged
    reviewed = replace(merged, entries=(replace(entry, flags=()),))
    again = merge(_countries("talks-2024", "5"), reviewed, tm=memory, locale="ru")
    assert again.lookup(COUNTRIES).extracted_comments == (
        "paragraph", "<number/>: 5 (number)", "tm: talks-2023")
    # The same numbers in Japanese: reviewed, as before.
    merged, report = merge_with_report(_countries("talks-2024", "5"), None, tm=memory,
                                       locale="ja")
    assert merged.lookup(COUNTRIES).translated and report.from_tm == 1


def test_a_renamed_catalog_loses_the_old_ids_mark_with_its_reason():
    old = _countries("talks-2023", "5", "x")
    marked = replace(old.entries[0], flags=("fuzzy",), extracted_comments=(
        *old.entries[0].extracted_comments, "tm: talks-2023 (made for 3, here 5)",
        "tm: talks-2022"))
    carried = carry_over(replace(old, entries=(marked,)), None, previous_id="talks-2023",
                         new_id="talks-2024")
    assert carried.entries[0].extracted_comments == (
        "paragraph", "<number/>: 5 (number)", "tm: talks-2022")


# ---------------------------------------------------------------- renamed releases
# A release whose id changed (`update --renamed OLD=NEW`): its new catalog is merged from
# the old id's catalog, as `git mv OLD.po NEW.po && msgmerge NEW.po NEW.pot` would do it.
RENAMED_OLD = """\
# Japanese translation of talks-2022.
# Checked by the Tokyo desk.
msgid ""
msgstr ""
"Project-Id-Version: talks-2022\\n"
"PO-Revision-Date: 2023-01-05 10:00+0000\\n"
"Last-Translator: Hanako <hanako@example.org>\\n"
"Language: ja\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=1; plural=0;\\n"

# the minister's own wording
#. title
msgid "Foreign Ministers' Meeting"
msgstr "外相会談"

#, fuzzy
#| msgid "The two ministers met in Tokyo."
msgid "The two ministers met in Tokyo on Monday."
msgstr "両大臣は東京で会談しました。"

msgid "The ministers exchanged views on regional affairs."
msgstr "両大臣は地域情勢について意見交換を行いました。"

#~ msgid "A sentence the release no longer has."
#~ msgstr "リリースにもうない文。"
"""
RENAMED_TEMPLATE = """\
msgid ""
msgstr ""
"Project-Id-Version: talks-2022-12\\n"
"POT-Creation-Date: 2023-03-01 09:00+0000\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

#. title
#: releases/talks-2022-12.xml:7
msgid "Foreign Ministers' Meeting"
msgstr ""

#. paragraph
#: releases/talks-2022-12.xml:10
msgid "The two ministers met in Tokyo on Monday."
msgstr ""

#. paragraph
#: releases/talks-2022-12.xml:11
msgid "The ministers exchanged views on regional affairs and the economy."
msgstr ""
"""


def _renamed_merge(current: Catalog | None = None) -> Catalog:
    previous = parse_po(RENAMED_OLD.encode(), "talks-2022.po")
    return merge(parse_po(RENAMED_TEMPLATE.encode(), "talks-2022-12.pot"),
                 carry_over(previous, current, previous_id="talks-2022",
                            new_id="talks-2022-12"), locale="ja")


def test_a_renamed_catalog_keeps_comments_fuzzy_entries_and_obsolete_ones():
    merged = _renamed_merge()
    title = merged.lookup("Foreign Ministers' Meeting")
    assert title.msgstr == "外相会談" and title.translator_comments == \
        ("the minister's own wording",)
    monday = merged.lookup("The two ministers met in Tokyo on Monday.")
    assert monday.fuzzy and monday.previous_msgid == "The two ministers met in Tokyo."
    changed = merged.lookup("The ministers exchanged views on regional affairs and the "
                            "economy.")
    assert changed.fuzzy and changed.msgstr == "両大臣は地域情勢について意見交換を行いました。"
    assert changed.previous_msgid == "The ministers exchanged views on regional affairs."
    assert [e.msgid for e in merged.obsolete] == ["A sentence the release no longer has."]


def test_a_renamed_catalog_takes_the_old_header_with_the_new_id():
    merged = _renamed_merge()
    assert merged.header["Project-Id-Version"] == "talks-2022-12"
    assert merged.header["PO-Revision-Date"] == "2023-01-05 10:00+0000"  # the translator's
    assert merged.header["Last-Translator"] == "Hanako <hanako@example.org>"
    assert merged.header["POT-Creation-Date"] == "2023-03-01 09:00+0000"  # the template's
    assert merged.header_comments == ("Japanese translation of talks-2022-12.",
                                      "Checked by the Tokyo desk.")


@pytest.mark.skipif(MSGMERGE is None, reason="GNU gettext (msgmerge) is not installed")
def test_a_renamed_catalog_is_what_msgmerge_makes_of_the_old_one(tmp_path: Path):
    """Byte for byte msgmerge's merge of the old catalog, but for the id in the header."""
    (tmp_path / "old.po").write_text(RENAMED_OLD, encoding="utf-8")
    (tmp_path / "new.pot").write_text(RENAMED_TEMPLATE, encoding="utf-8")
    subprocess.run([str(MSGMERGE), "--quiet", "--previous", "-o", str(tmp_path / "gnu.po"),
                    str(tmp_path / "old.po"), str(tmp_path / "new.pot")], check=True)
    gnu = (tmp_path / "gnu.po").read_bytes()
    expected = gnu.replace(b"translation of talks-2022.\n", b"translation of talks-2022-12.\n"
                           ).replace(b"Project-Id-Version: talks-2022\\n",
                                     b"Project-Id-Version: talks-2022-12\\n")
    assert expected != gnu
    assert format_po(_renamed_merge()) == expected


def test_a_catalog_the_new_id_already_has_loses_nothing():
    """update ran before the rename was said: the new id's catalog holds what the memory
    filled (marked tm: <old id>) and what a translator did since; the old one the rest."""
    current = Catalog(header_fields=(("Project-Id-Version", "talks-2022-12"),
                                     ("Language", "ja")), entries=(
        # filled from memory: the same translation as the old catalog's
        Entry("Foreign Ministers' Meeting", "外相会談",
              extracted_comments=("title", "tm: talks-2022")),
        # translated since, differently: the newer work stays
        Entry("The two ministers met in Tokyo on Monday.", "月曜日、両大臣は東京で会談した。",
              translator_comments=("reworded",)),
        # untranslated here: the old fuzzy translation is better than none
        Entry("The ministers exchanged views on regional affairs.", ""),
        # only here
        Entry("Joint statement", "共同声明"),
    ))
    merged = _renamed_merge(current)
    title = merged.lookup("Foreign Ministers' Meeting")
    assert title.msgstr == "外相会談" and not title.fuzzy
    assert title.translator_comments == ("the minister's own wording",)
    assert title.extracted_comments == ("title",)  # the mark named the release itself
    assert merged.header["Project-Id-Version"] == "talks-2022-12"  # the new catalog's
    monday = merged.lookup("The two ministers met in Tokyo on Monday.")
    assert monday.msgstr == "月曜日、両大臣は東京で会談した。" and not monday.fuzzy
    # The old catalog's other (fuzzy) translation is kept beside it, for a translator,
    # with the source it was made for (its #| line).
    assert monday.translator_comments == (
        "reworded", 'talks-2022\'s catalog had (fuzzy; made for msgid "The two ministers '
        'met in Tokyo."): "両大臣は東京で会談しました。"')
    # The old header's translator and comments stay too.
    assert merged.header["Last-Translator"] == "Hanako <hanako@example.org>"
    assert "Checked by the Tokyo desk." in merged.header_comments
    previous = parse_po(RENAMED_OLD.encode(), "talks-2022.po")
    assert missing_from(previous, merged, previous_id="talks-2022",
                        new_id="talks-2022-12") == ()
    changed = merged.lookup("The ministers exchanged views on regional affairs and the "
                            "economy.")
    assert changed.fuzzy and changed.msgstr == "両大臣は地域情勢について意見交換を行いました。"
    assert {e.msgid: e.msgstr for e in merged.obsolete} == {
        "A sentence the release no longer has.": "リリースにもうない文。",
        "Joint statement": "共同声明"}


@pytest.mark.parametrize(("ours", "theirs", "kept"), [
    (Entry("m", "new"), Entry("m", "old"), "new"),  # both reviewed: the new id's
    (Entry("m", "new", flags=("fuzzy",)), Entry("m", "old"), "old"),  # reviewed wins
    (Entry("m", ""), Entry("m", "old", flags=("fuzzy",)), "old"),  # fuzzy beats nothing
    (Entry("m", "new", flags=("fuzzy",)), Entry("m", "old", flags=("fuzzy",)), "new"),
    (Entry("m", "", obsolete=True), Entry("m", "old"), "old"),
    (Entry("m", "new", obsolete=True), Entry("m", "old"), "new"),  # revived by merge
])
def test_the_better_translation_of_a_message_is_carried(ours: Entry, theirs: Entry,
                                                        kept: str):
    carried = carry_over(Catalog(entries=(theirs,)), Catalog(entries=(ours,)),
                         previous_id="a", new_id="b")
    assert [e.msgstr for e in carried.entries] == [kept]
    # The other one is not lost: it is a translator comment of the kept entry.
    other, source = (theirs, "a") if kept == "new" else (ours, "b")
    if other.has_translation:
        fuzzy = " (fuzzy)" if other.fuzzy else ""
        assert carried.entries[0].translator_comments == (
            f'{source}\'s catalog had{fuzzy}: "{other.msgstr}"',)
    assert missing_from(Catalog(entries=(theirs,)), carried, previous_id="a",
                        new_id="b") == ()


@pytest.mark.parametrize(("theirs", "note"), [
    (Entry("m", 'two "lines"\nand a \\', translator_comments=("checked",)),
     'a\'s catalog had: "two \\"lines\\"\\nand a \\\\"'),
    (Entry("m", msgid_plural="ms", msgstr_plural=("one", "many")),
     'a\'s catalog had: msgstr[0] "one" msgstr[1] "many"'),
])
def test_a_translation_not_taken_is_one_line_of_comment_with_its_own_comments(
        theirs: Entry, note: str):
    ours = replace(theirs, msgstr="mine" if not theirs.plural else "",
                   msgstr_plural=("mine", "mine") if theirs.plural else (),
                   translator_comments=())
    carried = carry_over(Catalog(entries=(theirs,)), Catalog(entries=(ours,)),
                         previous_id="a", new_id="b")
    (entry,) = carried.entries
    assert entry.translator_comments == (note, *theirs.translator_comments)
    assert "\n" not in note
    # Written and read back, the note is the same line; said again, not repeated.
    assert parse_po(format_po(carried), "b.po").entries[0].translator_comments == \
        entry.translator_comments
    assert carry_over(Catalog(entries=(theirs,)), carried, previous_id="a",
                      new_id="b") == carried


def test_a_translation_not_taken_keeps_its_flags_and_the_source_it_was_made_for(
        tmp_path: Path):
    """A fuzzy c-format translation made for an older source loses to a reviewed one:
    the note said only '(fuzzy)', the flags and the #| source were dropped, and the old
    catalog was deleted as holding nothing more."""
    template = Catalog(entries=(Entry("%d households were reached by %s.",
                                      flags=("c-format",)),))
    header = (("Content-Type", "text/plain; charset=UTF-8"), ("Language", "ja"),
              ("Plural-Forms", "nplurals=1; plural=0;"))
    theirs = Entry("%d households were reached by %s.", "%2$sが%1$d世帯に届けた。",
                   flags=("c-format", "fuzzy"),
                   previous_msgid="%d households were reached.")
    ours = Entry("%d households were reached by %s.", "%d世帯に%sが届いた。",
                 flags=("c-format",))
    previous = Catalog(header_fields=header, entries=(theirs,))
    merged = merge(template, carry_over(previous, Catalog(header_fields=header,
                                                          entries=(ours,)),
                                        previous_id="a", new_id="b"), locale="ja")
    (entry,) = merged.entries
    assert (entry.msgstr, entry.flags) == (ours.msgstr, ("c-format",))
    assert entry.translator_comments == (
        'a\'s catalog had (fuzzy, c-format; made for msgid "%d households were '
        'reached."): "%2$sが%1$d世帯に届けた。"',)
    assert missing_from(previous, merged, previous_id="a", new_id="b") == ()
    # A note without them would have lost them: the old catalog must stay.
    bare = replace(merged, entries=(replace(entry, translator_comments=(
        'a\'s catalog had (fuzzy): "%2$sが%1$d世帯に届けた。"',)),))
    assert missing_from(previous, bare, previous_id="a", new_id="b") == (theirs.msgid,)
    msgfmt = shutil.which("msgfmt")
    if msgfmt is not None:
        (tmp_path / "b.po").write_bytes(format_po(merged))
        subprocess.run([msgfmt, "-c", "--check-format", "-o", os.devnull,
                        str(tmp_path / "b.po")], check=True, capture_output=True)


def test_a_kept_note_follows_its_message_into_obsolete_entries():
    """A second entry of the message would not: msgfmt refuses a live and an obsolete
    entry of one msgid, and merge drops the older of two obsolete ones."""
    carried = carry_over(Catalog(entries=(Entry("m", "old"),)),
                         Catalog(entries=(Entry("m", "new"),)), previous_id="a", new_id="b")
    gone = merge(Catalog(entries=(Entry("other"),)), carried, locale="ja")
    assert [(e.msgstr, e.translator_comments) for e in gone.obsolete] == [
        ("new", ('a\'s catalog had: "old"',))]


def test_what_a_merge_did_not_keep_of_the_old_catalog_is_named():
    # A hand-made old catalog: a live and an obsolete entry of one msgid (msgfmt refuses
    # it, po_read reads it). The message left the template: merge keeps one of the two.
    previous = Catalog(entries=(Entry("m", "x", translator_comments=("note",)),
                                Entry("m", "y", obsolete=True)))
    merged = merge(Catalog(entries=(Entry("other"),)),
                   carry_over(previous, None, previous_id="a", new_id="b"), locale="ja")
    assert missing_from(previous, merged, previous_id="a", new_id="b") == ("m",)
    assert missing_from(previous, replace(merged, entries=()), previous_id="a",
                        new_id="b") == ("m", "m")


def test_the_same_translation_takes_the_old_entrys_comments_and_flags():
    carried = carry_over(
        Catalog(entries=(Entry("m", "x", translator_comments=("old note",),
                               flags=("communique-allow:term-missing",)),)),
        Catalog(entries=(Entry("m", "x", translator_comments=("new note",)),)),
        previous_id="a", new_id="b")
    assert carried.entries == (Entry("m", "x", translator_comments=("old note", "new note"),
                                     flags=("communique-allow:term-missing",)),)


# ---------------------------------------------------------------- numbers that changed
# A French release says "2 000 familles"; the Russian translation "2 000 семей" is right
# for 2 000 (CLDR "many") and wrong for 2 001 ("one": "семья"). The msgid stays
# "<number/> familles", so msgmerge keeps the translation as reviewed: update looks at
# the legend the translation was reviewed with.
FAMILIES = "<number/> familles"
FAMILIES_RU = "<number/> семей"


def _families(value: str, msgstr: str = "", *, flags: tuple[str, ...] = (),
              legend: tuple[str, ...] | None = None) -> Catalog:
    """A catalog (a template without `msgstr`) of a French release saying FAMILIES."""
    comments = ("paragraph", f"<number/>: {value} (number)") if legend is None else legend
    return Catalog(header_fields=(("Project-Id-Version", "aid-2024"),
                                  ("X-Source-Language", "fr")),
                   entries=(Entry(FAMILIES, msgstr=msgstr, flags=flags,
                                  extracted_comments=comments),))


def _update_families(before: str, after: str, locale: str = "ru", **old: object
                     ) -> tuple[Entry, MergeReport]:
    merged, report = merge_with_report(
        _families(after), _families(before, FAMILIES_RU, **old),  # type: ignore[arg-type]
        locale=locale)
    return merged.lookup(FAMILIES), report


def test_a_kept_translation_whose_number_changed_plural_category_becomes_fuzzy():
    entry, report = _update_families("2 000", "2 001")
    assert entry.fuzzy and entry.msgstr == FAMILIES_RU  # kept, for a translator to look
    assert entry.extracted_comments == ("paragraph", "<number/>: 2 001 (number)",
                                        "numbers changed (made for 2 000, here 2 001)")
    assert entry.previous_msgid is None  # the source text did not change: no `#|`
    assert (report.kept, report.kept_fuzzy, report.fuzzy) == (1, 1, 0)
    assert report.as_dict()["kept_fuzzy"] == 1


def test_the_mark_stays_while_fuzzy_and_goes_once_reviewed():
    entry, _ = _update_families("2 000", "2 001")
    unreviewed = replace(_families("2 001"), entries=(entry,))
    assert merge(_families("2 001"), unreviewed, locale="ru").entries == (entry,)
    reviewed = replace(unreviewed, entries=(replace(entry, flags=(), msgstr="<number/> семья"),))
    again, report = merge_with_report(_families("2 001"), reviewed, locale="ru")
    assert again.lookup(FAMILIES).translated and report.kept_fuzzy == 0
    assert again.lookup(FAMILIES).extracted_comments == ("paragraph",
                                                         "<number/>: 2 001 (number)")


@pytest.mark.parametrize(("before", "after"), [
    ("2 000", "3 000"),  # Russian "many" both (Babel: 2000 and 3000 end in 0)
    ("2 000", "2 000"),
    ("5", "2 000"),  # "many" both
])
def test_a_number_that_stays_in_its_category_keeps_the_translation_reviewed(before, after):
    entry, report = _update_families(before, after)
    assert entry.translated and report.kept_fuzzy == 0
    assert entry.extracted_comments == ("paragraph", f"<number/>: {after} (number)")


def test_a_language_whose_numbers_are_all_other_never_changes_category():
    for locale in ("ja", "zh-Hant", "ko"):
        entry, report = _update_families("2 000", "2 001", locale)
        assert entry.translated and report.kept_fuzzy == 0, locale


@pytest.mark.parametrize("legend", [
    ("paragraph",),  # written by hand, or by a version without legend lines
    ("paragraph", "<number/>: 2 000 (date)"),  # not a count
    ("paragraph", "<number/>: deux mille (number)"),  # no number Babel can read
    ("paragraph", "<number/>: 2 000 (ordinal)"),  # no word agrees with an ordinal
])
def test_an_old_legend_that_cannot_be_read_leaves_the_entry_as_msgmerge_does(legend):
    entry, report = _update_families("", "2 001", legend=legend)
    assert entry.translated and report.kept_fuzzy == 0
    assert entry.extracted_comments == ("paragraph", "<number/>: 2 001 (number)")


def test_a_new_value_that_cannot_be_read_leaves_the_entry_reviewed():
    merged = merge(_families("", legend=("paragraph", "<number/>: 2,1 millions (number)")),
                   _families("2 000", FAMILIES_RU), locale="ru")
    assert merged.lookup(FAMILIES).translated


def test_an_entry_fuzzy_already_or_untranslated_gets_no_mark():
    entry, report = _update_families("2 000", "2 001", flags=("fuzzy",))
    assert entry.fuzzy and report.kept_fuzzy == 0
    assert not any(c.startswith("numbers changed") for c in entry.extracted_comments)
    merged, report = merge_with_report(_families("2 001"), _families("2 000"), locale="ru")
    assert not merged.lookup(FAMILIES).fuzzy and report.kept_fuzzy == 0


# ------------------------------------------------------------------ plural entries
# communique's templates have no plural messages, but a PO editor or a platform may
# leave one in a catalog (the same msgid with a msgid_plural and msgstr[n]).

def test_a_plural_entry_of_a_singular_message_loses_no_form():
    _, old, merged = _catalogs("plural-entries")
    for before in old.live():
        forms = [form for form in before.msgstr_plural if form]
        after = merged.lookup(before.msgid) or next(
            e for e in merged.live() if e.previous_msgid == before.msgid)
        assert not after.plural
        kept = " ".join((after.msgstr, *after.translator_comments))
        assert all(_quoted_po(form) in kept or form == after.msgstr for form in forms)
        if forms:
            # The first form, for review, with the source it was made for (a fuzzy
            # one's own `#|`, as msgmerge).
            assert after.fuzzy and after.msgstr == before.msgstr_plural[0]
            made_for = before.previous_msgid if before.fuzzy else before.msgid
            assert after.previous_msgid == made_for


def test_a_kept_note_of_plural_forms_is_not_repeated_by_a_second_update():
    template, _, merged = _catalogs("plural-entries")
    assert merge(template, merged, locale="ja") == merged


def _quoted_po(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


# ------------------------------------------------------------------ marks kept while fuzzy
@pytest.mark.parametrize("again", ["2 002", "5 000"])
def test_a_numbers_mark_says_the_numbers_of_the_latest_template_while_it_waits(again):
    # "made for" is what the translation was reviewed for; "here" is the source's now,
    # not the one of the update that made the mark.
    entry, _ = _update_families("2 000", "2 001")
    unreviewed = replace(_families("2 001"), entries=(entry,))
    later = merge(_families(again), unreviewed, locale="ru").lookup(FAMILIES)
    assert later.fuzzy and later.msgstr == FAMILIES_RU
    assert later.extracted_comments == ("paragraph", f"<number/>: {again} (number)",
                                        f"numbers changed (made for 2 000, here {again})")


def test_a_memory_mark_with_a_reason_follows_the_numbers_too():
    def catalog(legend: tuple[str, ...], msgstr: str = "", mark: str | None = None) -> Catalog:
        comments = ("paragraph", *legend, *((mark,) if mark else ()))
        return Catalog(header_fields=(("X-Source-Language", "en"),), entries=(Entry(
            "<number1/> of <number2/> countries", msgstr=msgstr,
            flags=("fuzzy",) if msgstr else (), extracted_comments=comments),))
    before = ("<number1/>: 3 (number)", "<number2/>: 5 (number)")
    after = ("<number1/>: 21 (number)", "<number2/>: 5 (number)")
    mark = ("tm: other-release (<number1/> made for 2, here 3; "
            "<number2/> made for 1, here 5)")
    old = catalog(before, "<number1/> из <number2/> стран", mark)
    entry = merge(catalog(after), old, locale="ru").entries[0]
    assert entry.extracted_comments[-1] == (
        "tm: other-release (<number1/> made for 2, here 21; <number2/> made for 1, here 5)")

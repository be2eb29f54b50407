"""Writing PO files: what is written reads back the same, and lays out as GNU msgcat does.

Three references hold the writer: our own reader (parse ∘ format is the identity),
polib (its writer's output parses back to the same entries) and GNU msgcat (which,
given our output, must give back the very same bytes, at several widths).
"""

from __future__ import annotations

import ctypes
import random
import shutil
import subprocess
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import polib
import pytest

from toolkit import po_write
from toolkit.catalog import Catalog, Entry
from toolkit.po_read import parse_po
from toolkit.po_write import format_dated, format_po, po_date, write_po

MSGCAT = shutil.which("msgcat")
MSGFMT = shutil.which("msgfmt")
HEADER = (("Project-Id-Version", "talks"), ("Language", "ja"),
          ("Content-Type", "text/plain; charset=UTF-8"), ("Content-Transfer-Encoding", "8bit"))

# Words in the scripts and with the punctuation press releases use: tags, URLs, numbers,
# quotes, dashes, ellipses, Japanese (no spaces), Latin with accents, Cyrillic, Arabic.
WORDS = (  # noqa: SIM905 (one readable line of text, split into words)
    "the Minister for Foreign Affairs of Japan held talks with H.E. Mr. KULUBAEV on <date/>, "
    "Mr. ÇAVUŞOĞLU Mevlüt, Ünal-Öztürk's café, Ærø (Århus) «São Paulo» İstanbul-based "
    "at <time/> (local time) and/or 1,500 30-year anniversary U.S. <person>Mr. HAYASHI"
    "</person> «quoted» “curly” 'single' \"double\" e-mail https://www.mofa.go.jp/press/"
    "release/2022/12.html 50% $20 USD 2 million; re-election co-operation — dash – en ... "
    "… ! ? : ; [note] {x} 3.5 2022-12-24 Министр иностранных дел Японии провёл переговоры "
    "Кыргыз Республикасынын тышкы иштер министри «Борбор Азия» وزير الخارجية الياباني "
    "هاياشي، اجتمع مع وزير خارجية قيرغيزستان؟ tab\tchar back\\slash a/b c|d #hash @at *star*"
).split(" ")
JAPANESE = ("林芳正外務大臣は、訪日中のキルギス共和国外務大臣ジェーンベク・クルバエフ閣下と東京で"
            "会談を行いました。会談の概要は以下のとおりです。「自由で開かれたインド太平洋」"
            "（ＦＯＩＰ）ちょっとキャッシュー々〜！？％")


# What GNU's line breaking treats apart, put into words by `_text(marked=True)`: the
# characters of class BK and NL (a mandatory break: never a break in a PO file, but the
# column count starts again after one), combining marks of every kind (class CM, which
# goes with its base; CM marks of other widths; marks of the scripts without spaces,
# which libunistring takes for letters; the grapheme joiner and a double diacritic,
# GL; a Tibetan BA), and the controls a PO string holds unescaped (CM, no width).
SEPARATORS = ("\x85", "\u2028", "\u2029")
MARKS = ("\u0301", "\u0308", "\u0327", "\u05b4", "\u064b", "\u0903", "\u093f", "\u0cbf",
         "\u20dd", "\u302a", "\u3099", "\u0e31", "\u0e48", "\u102c", "\u17b6", "\u034f",
         "\u035c", "\u0f7f", "\ufe20", "\U0001d165", "\x01", "\x1c", "\x7f", "\x90")


def _marked(rng: random.Random, word: str) -> str:
    """A word with a mark or a line separator put in (or before, or after) it."""
    extra = rng.choice(SEPARATORS) if rng.random() < 0.3 else rng.choice(MARKS)
    at = rng.randint(0, len(word))
    return word[:at] + extra + word[at:]


def _text(rng: random.Random, marked: bool = False) -> str:
    size = rng.choice([1, 3, 8, 15, 30, 60])

    def word(words: str | tuple[str, ...]) -> str:
        found = rng.choice(words)
        return _marked(rng, found) if marked and rng.random() < 0.3 else found

    if rng.random() < 0.25:
        text = "".join(word(JAPANESE) if rng.random() < 0.85 else word(WORDS)
                       for _ in range(size * 2))
    else:
        text = " ".join(word(WORDS) for _ in range(size))
    if rng.random() < 0.15:
        text = text.replace(" ", "\n", rng.randint(1, 3))
    return text + ("\n" if rng.random() < 0.1 else "")


def generated_catalog(seed: int, size: int = 150, marked: bool = False) -> Catalog:
    """A catalog of random but realistic messages, every PO feature used; `marked`:
    with line separators, combining marks and controls in some words."""
    rng = random.Random(seed)
    entries: dict[str, Entry] = {}
    while len(entries) < size:
        msgid = _text(rng, marked)
        obsolete = rng.random() < 0.1
        refs = tuple(dict.fromkeys(
            (f"releases/{'x' * rng.randint(1, 40)}.xml", rng.randint(1, 999))
            for _ in range(rng.randint(0, 4))))
        msgstr = _text(rng, marked).rstrip("\n") if rng.random() < 0.8 else ""
        if msgstr and msgid.endswith("\n"):
            msgstr += "\n"  # msgfmt -c: a msgstr ends with a newline when its msgid does
        entries[msgid] = Entry(
            msgid=msgid, msgstr=msgstr, obsolete=obsolete and bool(msgstr),
            references=() if obsolete else refs,
            translator_comments=("checked by the desk",) if rng.random() < 0.2 else (),
            extracted_comments=() if obsolete else ("paragraph",),
            flags=("fuzzy",) if msgstr and rng.random() < 0.2 else (),
            msgctxt=_text(rng, marked) if rng.random() < 0.05 else None,
            previous_msgid=_text(rng, marked) if rng.random() < 0.1 else None)
    # Obsolete entries last, where every PO writer puts them.
    ordered = sorted(entries.values(), key=lambda e: e.obsolete)
    return Catalog(header_fields=HEADER, entries=tuple(ordered))


@pytest.mark.parametrize("seed", range(6))
def test_parse_of_format_is_the_identity(seed: int):
    catalog = generated_catalog(seed)
    assert parse_po(format_po(catalog), "x.po") == catalog


@pytest.mark.parametrize("width", [79, 40, 100, None])
def test_every_width_reads_back_the_same(width: int | None):
    catalog = generated_catalog(7)
    assert parse_po(format_po(catalog, width=width), "x.po") == catalog


@pytest.mark.skipif(MSGCAT is None, reason="GNU gettext (msgcat) is not installed")
@pytest.mark.parametrize(("seed", "width"), [(s, w) for s in range(4) for w in (79, 40, 60)]
                         + [(9, None)])
def test_msgcat_gives_back_the_same_bytes(seed: int, width: int | None, tmp_path: Path):
    ours = tmp_path / "ours.po"
    ours.write_bytes(format_po(generated_catalog(seed), width=width))
    option = f"--width={width}" if width else "--no-wrap"
    result = subprocess.run([str(MSGCAT), option, str(ours)], check=True,
                            capture_output=True)
    assert result.stdout == ours.read_bytes()


@pytest.mark.skipif(MSGCAT is None, reason="GNU gettext (msgcat) is not installed")
@pytest.mark.parametrize(("seed", "width"), [(s, w) for s in range(4) for w in (79, 40, 25)])
def test_msgcat_gives_back_the_same_bytes_with_marks_and_line_separators(
        seed: int, width: int, tmp_path: Path):
    catalog = generated_catalog(100 + seed, marked=True)
    ours = tmp_path / "ours.po"
    ours.write_bytes(format_po(catalog, width=width))
    assert parse_po(ours.read_bytes(), "ours.po") == catalog
    result = subprocess.run([str(MSGCAT), f"--width={width}", str(ours)], check=True,
                            capture_output=True)
    assert result.stdout == ours.read_bytes()


# Characters Python's str.splitlines breaks at, and the C escapes: GNU starts a new line
# of the string only after "\n", and writes \b \f \r \t \v as escapes.
CONTROLS = ("\r", "\r\n", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029",
            "\b", "\t", "\a", "\x1b")


@pytest.mark.skipif(MSGCAT is None, reason="GNU gettext (msgcat) is not installed")
@pytest.mark.parametrize("width", [79, None])
def test_msgcat_gives_back_strings_with_line_separators_and_controls(width: int | None,
                                                                     tmp_path: Path):
    catalog = Catalog(header_fields=HEADER, entries=tuple(
        Entry(msgid=f"Tokyo{char}Bishkek {n}", msgstr=f"東京{char}ビシュケク {n}",
              previous_msgid=f"Tokyo{char}\nBishkek {char}")
        for n, char in enumerate(CONTROLS)))
    ours = tmp_path / "ours.po"
    ours.write_bytes(format_po(catalog, width=width))
    assert parse_po(ours.read_bytes(), "ours.po") == catalog
    option = f"--width={width}" if width else "--no-wrap"
    result = subprocess.run([str(MSGCAT), option, str(ours)], check=True,
                            capture_output=True)
    assert result.stdout == ours.read_bytes()


@pytest.mark.skipif(MSGCAT is None, reason="GNU gettext (msgcat) is not installed")
@pytest.mark.parametrize("width", [79, 40, None])
@pytest.mark.parametrize("fields", [1, 2, 4])
def test_msgcat_gives_back_the_same_header(width: int | None, fields: int, tmp_path: Path):
    # A header of one field may sit on the msgstr line; longer ones start with "" and
    # each field is wrapped by itself (a release id is often longer than a line).
    header = (("Project-Id-Version", "2019-01-02-japan-tajikistan-foreign-ministers-"
                                     "telephone-talk-on-the-situation-in-central-asia"),
              ("Language", "ja"), ("X-Note", 'a "quoted"\tvalue'),
              ("Content-Type", "text/plain; charset=UTF-8"))[-fields:]
    ours = tmp_path / "ours.po"
    ours.write_bytes(format_po(Catalog(header_fields=header, entries=(Entry("a"),)),
                               width=width))
    assert parse_po(ours.read_bytes(), "ours.po").header_fields == header
    option = f"--width={width}" if width else "--no-wrap"
    result = subprocess.run([str(MSGCAT), option, str(ours)], check=True,
                            capture_output=True)
    assert result.stdout == ours.read_bytes()


@pytest.mark.skipif(MSGCAT is None, reason="GNU gettext (msgcat) is not installed")
def test_translators_comments_come_back_as_msgcat_writes_them(tmp_path: Path):
    # What a translator writes above an entry or the header stays as written: a
    # comment's first space is the separator, and nothing after it is taken away.
    written = ("#header\n#  indented header\n"
               'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
               "## agency: TODO\n#  - indented item\n#\ttabbed\n#\n# plain\n"
               'msgid "a"\nmsgstr "b"\n')
    source = tmp_path / "translator.po"
    source.write_text(written, encoding="utf-8")
    catalog = parse_po(source.read_bytes(), "translator.po")
    [entry] = catalog.entries
    assert catalog.header_comments == ("header", " indented header")
    assert entry.translator_comments == ("# agency: TODO", " - indented item", "\ttabbed",
                                         "", "plain")
    gnu = subprocess.run([str(MSGCAT), str(source)], check=True, capture_output=True).stdout
    assert format_po(catalog) == gnu


@pytest.mark.skipif(MSGCAT is None, reason="GNU gettext (msgcat) is not installed")
def test_empty_comment_lines_come_back_where_they_were(tmp_path: Path):
    # First, last, alone, or after a comment that ends in spaces ("# "): msgcat writes a
    # bare "#" for each, above the header and above an entry.
    written = ('#\n# header\n#\nmsgid ""\nmsgstr "Content-Type: text/plain; '
               'charset=UTF-8\\n"\n\n#\n#\n# note\n# \nmsgid "a"\nmsgstr "b"\n\n'
               '#\n#, fuzzy\nmsgid "c"\nmsgstr "d"\n\n#\n#~ msgid "e"\n#~ msgstr "f"\n')
    source = tmp_path / "translator.po"
    source.write_text(written, encoding="utf-8")
    gnu = subprocess.run([str(MSGCAT), str(source)], check=True, capture_output=True).stdout
    assert format_po(parse_po(source.read_bytes(), "translator.po")) == gnu


@pytest.mark.skipif(MSGFMT is None, reason="GNU gettext (msgfmt) is not installed")
def test_msgfmt_accepts_what_is_written(tmp_path: Path):
    path = tmp_path / "x.po"
    write_po(path, generated_catalog(3))
    subprocess.run([str(MSGFMT), "-c", "--check-format", "-o", "/dev/null", str(path)],
                   check=True, capture_output=True)


def _polib_view(data: str) -> list[tuple[object, ...]]:
    parsed = polib.pofile(data)
    return [(e.msgid, e.msgstr, e.msgctxt, e.previous_msgid, bool(e.obsolete),
             "fuzzy" in e.flags, e.tcomment, e.comment,
             [(f, int(n)) for f, n in e.occurrences]) for e in parsed]


@pytest.mark.parametrize("seed", range(3))
def test_the_same_entries_as_polibs_writer(seed: int):
    """polib writes the catalog its way; both files hold the same entries."""
    catalog = generated_catalog(seed)
    ours = format_po(catalog).decode()
    theirs = polib.POFile()
    theirs.metadata = dict(catalog.header_fields)
    for e in catalog.entries:
        theirs.append(polib.POEntry(
            msgid=e.msgid, msgstr=e.msgstr, msgctxt=e.msgctxt, obsolete=e.obsolete,
            flags=list(e.flags), tcomment="\n".join(e.translator_comments),
            comment="\n".join(e.extracted_comments), previous_msgid=e.previous_msgid,
            occurrences=[(f, str(n)) for f, n in e.references]))
    assert _polib_view(ours) == _polib_view(str(theirs))


def test_layout_of_one_entry():
    entry = Entry(msgid="On <date/>, the two ministers held talks in Tokyo about the "
                  "situation in the region.", msgstr="会談", msgctxt=None,
                  flags=("fuzzy",), translator_comments=("names checked",),
                  extracted_comments=("paragraph", "<date/>: December 24 (date)"),
                  references=(("releases/a.xml", 12), ("releases/a.xml", 30)),
                  previous_msgid="On <date/>, the ministers met.")
    text = format_po(Catalog(entries=(entry,))).decode()
    assert text == (
        "# names checked\n"
        "#. paragraph\n"
        "#. <date/>: December 24 (date)\n"
        "#: releases/a.xml:12 releases/a.xml:30\n"
        "#, fuzzy\n"
        '#| msgid "On <date/>, the ministers met."\n'
        'msgid ""\n'
        '"On <date/>, the two ministers held talks in Tokyo about the situation in the "\n'
        '"region."\n'
        'msgstr "会談"\n')


def test_gnu_normalisations():
    """fuzzy without a translation means nothing; an empty obsolete entry neither."""
    catalog = Catalog(entries=(Entry("a", flags=("fuzzy",)), Entry("b", obsolete=True),
                               Entry("c", msgstr="x", obsolete=True, flags=("fuzzy",))))
    assert format_po(catalog).decode() == (
        'msgid "a"\nmsgstr ""\n\n#, fuzzy\n#~ msgid "c"\n#~ msgstr "x"\n')


def test_an_untranslated_obsolete_entry_with_a_translator_comment_is_kept():
    catalog = Catalog(entries=(Entry("b", obsolete=True, translator_comments=("ask",)),))
    assert parse_po(format_po(catalog), "x.po") == catalog


def test_escapes():
    entry = Entry(msgid='say "hi"\tback\\slash', msgstr="line\nbreak\r")
    text = format_po(Catalog(entries=(entry,))).decode()
    assert 'msgid "say \\"hi\\"\\tback\\\\slash"' in text
    assert parse_po(text.encode(), "x.po").entries == (entry,)


def test_a_bell_is_written_as_msgcat_writes_it_and_other_controls_as_they_are():
    text = format_po(Catalog(entries=(Entry(msgid="a", msgstr="\a\x1b[1m"),))).decode()
    assert 'msgstr "\\a\x1b[1m"' in text


def test_an_escape_is_never_split_across_lines():
    entry = Entry(msgid=("x" * 69) + '"' + "y" * 20)
    lines = format_po(Catalog(entries=(entry,))).decode().splitlines()
    assert all(not line.endswith('\\"') or line.endswith('\\""') for line in lines)
    assert parse_po(format_po(Catalog(entries=(entry,))), "x.po").entries == (entry,)


def test_lines_fit_the_width_where_they_can():
    catalog = generated_catalog(2)
    for width in (40, 79):
        for line in format_po(catalog, width=width).decode().splitlines():
            if line.startswith(("msg", '"', "#~ ", "#| ")) and " " in line.strip('"')[:width]:
                assert len(line) <= width or "https://" in line or len(line.split()) < 3, line


def _msgid_lines(msgid: str, width: int) -> list[str]:
    text = format_po(Catalog(entries=(Entry(msgid),)), width=width).decode()
    return text.split("\n")[:-2]  # (not splitlines: it would cut at U+2028)


def test_a_line_separator_restarts_the_columns_but_never_breaks_the_line():
    """GNU takes U+2028 (and U+2029, U+0085) for a mandatory break: it never writes a
    break there, nor just after, but counts the columns after it from 0 again."""
    assert _msgid_lines("aaaa bbbb cccc dddd eeee\u2028ffff gggg hhhh iiii jjjj kkkk llll "
                        "mmmm", 30) == [
        'msgid ""', '"aaaa bbbb cccc dddd eeee\u2028ffff gggg hhhh iiii jjjj "',
        '"kkkk llll mmmm"']


def test_a_combining_mark_stays_with_its_base():
    # Ideographs may break anywhere, but not before the (one column wide) visarga.
    assert _msgid_lines("本" * 14 + "\u0903" + "本" * 3, 30) == [
        'msgid ""', '"' + "本" * 13 + '"', '"本\u0903本本本"']


def test_a_control_character_takes_no_column():
    assert _msgid_lines("aaaa bbbb cccc dddd eeee ff\x01\x01 gggg", 30) == [
        'msgid ""', '"aaaa bbbb cccc dddd eeee ff\x01\x01 "', '"gggg"']


def _libunistring() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL("libunistring.so.2")  # what GNU gettext 0.21 breaks lines with
    except OSError:
        return None


@pytest.mark.skipif(_libunistring() is None, reason="libunistring is not installed")
def test_every_combining_mark_and_control_breaks_and_counts_as_libunistrings():
    """Each mark between an ideograph and a letter, and between two letters: where GNU
    may break around it, and how wide it is, for every mark of Unicode 14."""
    lib = _libunistring()
    assert lib is not None
    lib.uc_width.restype = ctypes.c_int
    lib.uc_width.argtypes = [ctypes.c_uint32, ctypes.c_char_p]

    def theirs(text: str) -> list[bool]:
        data = text.encode()
        found = ctypes.create_string_buffer(len(data))
        lib.u8_possible_linebreaks(data, ctypes.c_size_t(len(data)), b"UTF-8", found)
        at = [len(text[:i].encode()) for i in range(len(text))]
        return [found.raw[i] == 2 for i in at]  # UC_BREAK_POSSIBLE

    controls = [chr(c) for c in (*range(1, 4), 5, 6, *range(0x0e, 0x20), *range(0x7f, 0x85),
                                 *range(0x86, 0xa0))]
    marks = [chr(c) for c in range(0x110000)
             if unicodedata.category(chr(c)) in ("Mn", "Mc", "Me")]
    wrong = []
    for mark in marks + controls:
        for text in (f"本{mark}e", f"a{mark}e", f"a {mark}e", f"\u200b{mark}e"):
            ours = [i > 0 and po_write._possible(text, i, False) for i in range(len(text))]
            if ours != theirs(text):
                wrong.append(text)
        if po_write._width(mark) != max(lib.uc_width(ord(mark), b"UTF-8"), 0):
            wrong.append(mark)
    assert [ascii(w) for w in wrong] == []


def _dated(date: str) -> Catalog:
    return Catalog(header_fields=(("POT-Creation-Date", date),
                                  ("Content-Type", "text/plain; charset=UTF-8")),
                   entries=(Entry("a"),))


def clock() -> datetime:
    return datetime(2024, 5, 1, 12, 30, tzinfo=UTC)


def test_dates_follow_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1671868800")
    data = format_dated(_dated(""), ("POT-Creation-Date",), None, clock=clock)
    assert b'"POT-Creation-Date: 2022-12-24 08:00+0000\\n"' in data


def test_unchanged_content_keeps_its_date(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    previous = format_po(_dated("2020-01-01 00:00+0000"))
    assert format_dated(_dated(""), ("POT-Creation-Date",), previous, clock=clock) == previous


def test_changed_content_gets_the_clocks_date(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    previous = format_po(_dated("2020-01-01 00:00+0000"))
    changed = Catalog(header_fields=_dated("").header_fields, entries=(Entry("b"),))
    data = format_dated(changed, ("POT-Creation-Date",), previous, clock=clock)
    assert b'"POT-Creation-Date: 2024-05-01 12:30+0000\\n"' in data


def test_a_stamp_taken_for_a_run_dates_a_changed_catalog(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    previous = format_po(_dated("2020-01-01 00:00+0000"))
    changed = Catalog(header_fields=_dated("").header_fields, entries=(Entry("b"),))
    data = format_dated(changed, ("POT-Creation-Date",), previous, clock=clock,
                        stamp="2023-03-01 09:00+0000")
    assert b'"POT-Creation-Date: 2023-03-01 09:00+0000\\n"' in data
    # and an unchanged one still keeps its own
    assert format_dated(_dated(""), ("POT-Creation-Date",), previous,
                        stamp="2023-03-01 09:00+0000") == previous


def test_po_date_is_utc():
    moment = datetime.fromisoformat("2022-12-24T17:00:00+09:00")
    assert po_date(moment) == "2022-12-24 08:00+0000"


def test_write_po_does_not_rewrite_an_unchanged_file(tmp_path: Path):
    path = tmp_path / "x.po"
    assert write_po(path, _dated("2020-01-01 00:00+0000"))
    assert not write_po(path, _dated("2020-01-01 00:00+0000"))

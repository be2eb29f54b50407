"""Reading PO files: the model a catalog becomes, and every way a file is refused."""

from __future__ import annotations

import codecs
import re
import shutil
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from toolkit.catalog import Catalog, Entry
from toolkit.errors import InputError, PoSyntaxError, UsageError
from toolkit.po_read import (
    _CHARSET,
    MAX_BYTES,
    MAX_MIB_VARIABLE,
    _charset_search,
    _parse_with_polib,
    parse_po,
    parse_translations,
    read_po,
    read_translations,
)
from toolkit.po_write import format_po
from toolkit.qa.catalog_checks import read_catalog
from toolkit.qa.codes import Finding

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "po_read"
MSGFMT = shutil.which("msgfmt")

SAMPLE = """\
# Japanese translation.
#, fuzzy
msgid ""
msgstr ""
"Language: ja\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=1; plural=0;\\n"

# checked with the desk
#. paragraph
#: releases/a.xml:12 releases/a.xml:14
#, fuzzy
#| msgid "Old <em>text</em>"
msgid ""
"New <em>text</em> that "
"wraps"
msgstr "新しい<em>文</em>"

msgctxt "c"
msgid "one"
msgid_plural "many"
msgstr[0] "x"

#~ msgid "gone"
#~ msgstr "去った"
"""


def test_a_catalog_keeps_every_part_of_an_entry():
    catalog = parse_po(SAMPLE.encode(), "ja.po")
    assert catalog.header["Language"] == "ja"
    assert catalog.header_comments == ("Japanese translation.",)
    assert catalog.header_flags == ("fuzzy",)
    entry = catalog.lookup("New <em>text</em> that wraps")
    assert entry is not None
    assert entry.msgstr == "新しい<em>文</em>"
    assert entry.fuzzy and not entry.translated
    assert entry.previous_msgid == "Old <em>text</em>"
    assert entry.translator_comments == ("checked with the desk",)
    assert entry.extracted_comments == ("paragraph",)
    assert entry.references == (("releases/a.xml", 12), ("releases/a.xml", 14))
    assert entry.line == 14


def test_plural_entries_and_contexts():
    catalog = parse_po(SAMPLE.encode(), "ja.po")
    assert catalog.lookup("one") is None
    entry = catalog.lookup("one", "c")
    assert entry is not None
    assert entry.msgid_plural == "many" and entry.msgstr_plural == ("x",)
    assert entry.translated


def test_obsolete_entries_are_kept_but_not_looked_up():
    catalog = parse_po(SAMPLE.encode(), "ja.po")
    assert catalog.lookup("gone") is None
    assert [e.msgstr for e in catalog.obsolete] == ["去った"]


def test_read_po_reads_a_file(tmp_path: Path):
    path = tmp_path / "x.po"
    path.write_text(SAMPLE, encoding="utf-8")
    assert read_po(path).path == path


def test_the_declared_charset_is_honoured():
    data = ('msgid ""\nmsgstr "Content-Type: text/plain; charset=ISO-8859-1\\n"\n\n'
            'msgid "a"\nmsgstr "café"\n').encode("latin-1")
    assert parse_po(data, "x.po").lookup("a").msgstr == "café"


def test_a_utf8_byte_order_mark_is_skipped():
    data = b'\xef\xbb\xbfmsgid "a"\nmsgstr "b"\n'
    assert parse_po(data, "x.po").lookup("a").msgstr == "b"


BAD = {  # data, line, column (0: the fault is not in one place of the line), words
    "missing msgstr": (b'msgid "a"\nmsgid "b"\nmsgstr ""\n', 2, 1, "not allowed here"),
    "unquoted string": (b'msgid "a"\nmsgstr abc\n', 2, 8, "double quotes"),
    "stray quote": (b'msgid "a"b"\nmsgstr ""\n', 1, 9, "double quotes"),
    "duplicate": (b'msgid "a"\nmsgstr ""\n\nmsgid "a"\nmsgstr "x"\n', 4, 0, "duplicate"),
    "junk": (b'msgid "a"\nmsgstr ""\nhello\n', 3, 1, "unexpected 'hello'"),
    "unknown escape": (b'msgid "a\\q"\nmsgstr ""\n', 1, 9, "escape"),
    "ends early": (b'msgid "a"\n"b"\n', 2, 0, "msgstr is missing"),
    "unknown charset": (b'msgid ""\nmsgstr "Content-Type: text/plain; charset=FOO\\n"\n', 2,
                        0, "unknown charset 'FOO'"),
    "wrong bytes": (b'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                    b'msgid "a"\nmsgstr "\xe9"\n', 5, 9, "not valid UTF-8"),  # msgfmt 5:9
    # The column in characters (msgfmt counts each of these two as two columns: 5:13).
    "wrong bytes after non-ASCII": (
        b'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        b'msgid "a"\nmsgstr "\xe6\x97\xa5\xe6\x9c\xac\xff"\n', 5, 11, "byte 0xff"),
    "utf-16": ('msgid ""'.encode("utf-16"), 1, 0, "UTF-16"),
    "plural without msgid_plural": (b'msgid "a"\nmsgstr[0] "x"\n', 1, 0, "msgid_plural"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_input_is_refused_with_its_line(case: str):
    data, line, column, words = BAD[case]
    with pytest.raises(InputError) as caught:
        parse_po(data, "bad.po")
    assert (caught.value.line, caught.value.column) == (line, column)
    assert words in caught.value.message
    where = f"{line}:{column}" if column else f"{line}"
    assert str(caught.value).startswith(f"bad.po:{where}: error: ")


# The column of the token at fault, counted in characters from 1 (msgfmt, given in the
# comment where it refuses the line too, counts bytes, expands tabs and points just
# after the token it could not take).
COLUMNS = {
    "escape": ('msgid "a"\nmsgstr "x\\qy"\n', 2, 10, "'\\q'"),  # msgfmt 2:11
    "escape after non-ASCII": ('msgid "a"\nmsgstr "café \\q"\n', 2, 14, "'\\q'"),  # 2:16
    "escape, obsolete": ('#~ msgid "a"\n#~ msgstr "x\\qy"\n', 2, 13, "'\\q'"),  # 2:14
    "escape, indented by a tab": ('msgid "a"\n\tmsgstr "x\\q"\n', 2, 11, "'\\q'"),  # 2:19
    "escape, CRLF": ('msgid "a"\r\nmsgstr "x\\q"\r\n', 2, 10, "'\\q'"),  # 2:11
    "inner quote": ('msgid "a"\nmsgstr "say "hi" now"\n', 2, 13, "inner quotes"),  # 2:16
    "second string": ('msgid "a"\n  msgstr "x" "y"\n', 2, 14, "one string"),
    "text after a string": ('msgid "a"\nmsgstr "x"\n  "y" z\n', 3, 7, "one string"),  # 3:1
    "string never closed": ('msgid "a"\nmsgstr "open\n', 2, 8, "one string"),
    "no string": ('msgid "a"\nmsgstr x\n', 2, 8, "one string"),  # 2:1
    "misspelt keyword": ('msgid "a"\n msgtsr "x"\n', 2, 2, "'msgtsr'"),  # 2:8
    "keyword out of place": ('msgid "a"\nmsgstr "x"\n   msgstr "y"\n', 3, 4, "'msgstr'"),
    "obsolete keyword out of place": ('#~ msgstr "x"\n', 1, 4, "'msgstr'"),
    "not a previous keyword": ('#| msgstr "a"\nmsgid "a"\nmsgstr ""\n', 1, 4, "'msgstr'"),
    "previous string out of place": ('msgid "a"\nmsgstr ""\n#|  "b"\n', 3, 5, "'\"b\"'"),
    "comment in a message": ('msgctxt "c"\n# note\nmsgid "a"\nmsgstr ""\n', 2, 1, "'#'"),
}


@pytest.mark.parametrize("case", sorted(COLUMNS))
def test_a_refused_line_names_the_column_of_its_fault(case: str):
    text, line, column, words = COLUMNS[case]
    # The reference runs the same checks, but reads a stray previous string (polib
    # added it to the msgstr; see the module docstring).
    both = case != "previous string out of place"
    for parse in (parse_po, _parse_with_polib) if both else (parse_po,):
        with pytest.raises(InputError) as caught:
            parse(text.encode("utf-8"), "bad.po")
        assert (caught.value.line, caught.value.column) == (line, column), parse
        assert words in caught.value.message
        assert str(caught.value).startswith(f"bad.po:{line}:{column}: error: ")


def test_every_escape_gettext_writes_is_read():
    data = b'msgid "a"\nmsgstr "\\n\\t\\r\\v\\b\\f\\\\\\"|\\\\n"\n'
    assert parse_po(data, "x.po").lookup("a").msgstr == '\n\t\r\v\b\f\\"|\\n'


# Strings in C's escapes, as an editor or a tool may write them, and what msgfmt makes of
# each (the msgstr a program gets from the .mo file it compiles).
NUMERIC = {
    "octal bytes of UTF-8": ("\\346\\227\\245\\346\\234\\254", "日本"),
    "hex bytes, either case": ("\\xE6\\x97\\xa5 \\x41", "日 A"),
    "fewer than three octal digits": ("\\11x\\7", "\tx\a"),
    "a fourth digit is text": ("\\1012", "A2"),
    "hex digits as long as they go": ("\\x0041", "A"),
    "quote and backslash": ("\\42\\x5c\\134", '"\\\\'),
    "an escaped backslash before digits": ("\\\\101", "\\101"),
    "bell": ("\\a", "\a"),
    "a newline": ("x\\012y", "x\ny"),
}


@pytest.mark.parametrize("case", sorted(NUMERIC))
def test_numeric_escapes_are_read_as_bytes_of_the_charset(case: str):
    escaped, text = NUMERIC[case]
    data = f'msgid "a"\nmsgstr "{escaped}"\n'.encode()
    assert parse_po(data, "x.po").lookup("a").msgstr == text


@pytest.mark.skipif(MSGFMT is None, reason="GNU gettext (msgfmt) is not installed")
def test_numeric_escapes_mean_what_msgfmt_compiles(tmp_path: Path):
    import gettext

    path = tmp_path / "x.po"
    path.write_text('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n' + "".join(
        f'\nmsgid "{case}"\nmsgstr "{escaped}"\n' for case, (escaped, _) in NUMERIC.items()),
        encoding="utf-8")
    subprocess.run([str(MSGFMT), "-o", str(tmp_path / "x.mo"), str(path)], check=True,
                   capture_output=True)
    with (tmp_path / "x.mo").open("rb") as mo:
        compiled = gettext.GNUTranslations(mo)
    catalog = read_po(path)
    for case in NUMERIC:
        assert catalog.lookup(case).msgstr == compiled.gettext(case), case


def test_numeric_escapes_are_bytes_of_the_declared_charset():
    data = (b'msgid ""\nmsgstr "Content-Type: text/plain; charset=ISO-8859-1\\n"\n\n'
            b'msgid "a"\nmsgstr "caf\\351 \\xe9"\n')
    assert parse_po(data, "x.po").lookup("a").msgstr == "café é"


# What msgfmt reads with text lost is refused, at the escape (msgfmt: no error, or
# msgcat: "incomplete multibyte sequence" for the whole file).
LOST = {
    "a NUL ends gettext's string": ('msgstr "b\\0c"', 10, "NUL"),
    "hex over a byte: msgfmt keeps the last": ('msgstr "d\\xe9cid\\xe9"', 10, "\\x9c"),
    "octal over a byte": ('msgstr "\\777"', 9, "more than one byte"),
    "bytes that are not UTF-8": ('msgstr "caf\\351"', 12, "not valid in utf-8"),
    "half a character": ('msgstr "x \\346\\227y"', 11, "'\\346\\227' are bytes"),
    "no hex digit": ('msgstr "\\xg"', 9, "unsupported escape sequence '\\x'"),
}


@pytest.mark.parametrize("case", sorted(LOST))
def test_an_escape_that_loses_text_is_refused_at_its_column(case: str):
    line, column, words = LOST[case]
    with pytest.raises(InputError) as caught:
        parse_po(f'msgid "a"\n{line}\n'.encode(), "x.po")
    assert (caught.value.line, caught.value.column) == (2, column)
    assert words in caught.value.message


# An editor that wraps at a width may cut a character written as escapes between two
# continued strings; msgfmt joins a message's strings before it decodes their bytes.
SPLIT = {
    "a character cut in two": ('msgid "a"\nmsgstr "caf\\303"\n"\\251"\n', "café"),
    "a blank line between": ('msgid "a"\nmsgstr "caf\\303"\n\n"\\251s"\n', "cafés"),
    "a byte a line": ('msgid "a"\nmsgstr "\\360"\n"\\237"\n"\\230"\n"\\200!"\n', "😀!"),
    "hex escapes": ('msgid "a"\nmsgstr "\\xe6\\x97"\n"\\xa5\\xe6\\x9c\\xac"\n', "日本"),
    "whole characters on each line": ('msgid "a"\nmsgstr "\\303\\251"\n"\\303\\251"\n', "éé"),
    "the msgid and a plural form": ('msgid "caf\\303"\n"\\251"\nmsgid_plural "s"\n'
                                    'msgstr[0] "x\\303"\n"\\251"\n', "xé"),
    "an obsolete message": ('#~ msgid "a"\n#~ msgstr "\\303"\n#~ "\\251"\n', "é"),
}


@pytest.mark.parametrize("case", sorted(SPLIT))
def test_a_character_split_across_continued_strings_is_read_whole(case: str):
    text, msgstr = SPLIT[case]
    [entry] = parse_po(text.encode(), "x.po").entries
    assert (entry.msgstr or entry.msgstr_plural[0], entry.line) == (msgstr, 1)


def test_a_previous_msgid_split_so_is_read_whole():
    data = b'#| msgid "caf\\303"\n#| "\\251"\nmsgid "a"\nmsgstr "\\303"\n"\\251"\n'
    [entry] = parse_po(data, "x.po").entries
    assert (entry.previous_msgid, entry.msgstr, entry.line) == ("café", "é", 3)


def test_split_bytes_are_joined_in_the_declared_charset():
    # Shift_JIS's trail byte 0x41 is also "A": read alone, the lead byte would be refused.
    data = (b'msgid ""\nmsgstr "Content-Type: text/plain; charset=Shift_JIS\\n"\n\n'
            b'msgid "a"\nmsgstr "\\x83"\n"\\x41"\n')
    assert parse_po(data, "x.po").lookup("a").msgstr == "ア"


@pytest.mark.skipif(MSGFMT is None, reason="GNU gettext (msgfmt) is not installed")
def test_split_characters_mean_what_msgfmt_compiles(tmp_path: Path):
    import gettext

    path = tmp_path / "x.po"
    path.write_text('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n' + "".join(
        "\n" + text.replace('"a"', f'"{case}"', 1) for case, (text, _) in SPLIT.items()
        if "obsolete" not in case), encoding="utf-8")
    subprocess.run([str(MSGFMT), "-o", str(tmp_path / "x.mo"), str(path)], check=True,
                   capture_output=True)
    with (tmp_path / "x.mo").open("rb") as mo:
        compiled = gettext.GNUTranslations(mo)
    catalog = read_po(path)
    for entry in catalog.entries:
        if entry.msgid_plural:
            assert entry.msgstr_plural[0] == compiled.ngettext(entry.msgid, "s", 1)
        else:
            assert entry.msgstr == compiled.gettext(entry.msgid), entry.msgid


# What is still no text once joined is refused at the first escape of its run, on its line.
SPLIT_BAD = {
    "text after half a character": ('msgstr "ab"\n"\\303"\n"x"\n', 3, 2, "'\\303' is a byte"),
    "a keyword after half a character": ('msgstr "\\303"\nmsgid "b"\n', 2, 9, "'\\303'"),
    "the file ends": ('msgstr "caf\\303"\n', 2, 12, "'\\303'"),
    "a byte too many": ('msgstr "\\303"\n"\\251\\251"\n', 2, 9, "'\\303\\251\\251' are"),
    "a bad byte further on": ('msgstr "\\303"\n"\\251 \\351"\n', 3, 7, "'\\351'"),
    "a continuation byte alone": ('msgstr "ab"\n"\\251"\n', 3, 2, "'\\251'"),
    "a comment between": ('msgstr "\\303"\n# c\n"\\251"\n', 2, 9, "'\\303'"),
}


@pytest.mark.parametrize("case", sorted(SPLIT_BAD))
def test_split_bytes_that_are_no_text_are_refused_at_their_column(case: str):
    text, line, column, words = SPLIT_BAD[case]
    with pytest.raises(InputError) as caught:
        parse_po(f'msgid "a"\n{text}'.encode(), "x.po")
    assert (caught.value.line, caught.value.column) == (line, column)
    assert words in caught.value.message


def test_a_header_line_without_a_colon_continues_the_field_before_it():
    data = b'msgid ""\nmsgstr "Language: ja\\nmore words\\nX-Empty:\\n"\n'
    assert parse_po(data, "x.po").header_fields == (("Language", "ja\nmore words"),
                                                     ("X-Empty", ""))


def test_a_repeated_header_field_keeps_its_first_value_as_msgfmt_reads_it():
    data = (b'msgid ""\nmsgstr ""\n"Language: fr\\n"\n'
            b'"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n"X-Note: a\\n"\n'
            b'"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n==2 ? 1 : 2);\\n"\n'
            b'"continued\\n"\n"Language: de\\n"\n')
    catalog = parse_po(data, "x.po")
    assert catalog.header_fields == (("Language", "fr"),
                                     ("Plural-Forms", "nplurals=2; plural=(n > 1);"),
                                     ("X-Note", "a"))
    assert catalog.header_repeated == ("Plural-Forms", "Language")
    assert _parse_with_polib(data, "x.po") == catalog
    assert parse_po(b'msgid ""\nmsgstr "Language: fr\\n"\n', "x.po").header_repeated == ()


def test_a_header_field_repeated_in_another_case_is_repeated_as_header_reads_names():
    data = b'msgid ""\nmsgstr ""\n"Language: fr\\n"\n"X-Note: a\\n"\n"language: de\\n"\n'
    catalog = parse_po(data, "x.po")
    assert catalog.header_fields == (("Language", "fr"), ("X-Note", "a"))
    assert catalog.header_repeated == ("Language",)
    assert catalog.header.get("language") == "fr"
    assert _parse_with_polib(data, "x.po") == catalog


def test_strings_continue_across_blank_lines_and_keep_their_keyword_line():
    catalog = parse_po(b'\n\nmsgid "a"\n\n"b"\nmsgstr ""\n  "c"  \n', "x.po")
    [entry] = catalog.entries
    assert (entry.msgid, entry.msgstr, entry.line) == ("ab", "c", 3)


# ------------------------------------------------------------------ catalogs from gettext

def test_a_catalog_merged_by_msgmerge_keeps_its_fuzzy_and_obsolete_messages():
    catalog = read_po(FIXTURES / "gnu" / "msgmerge-previous.ru.po")
    assert catalog.header["Language"] == "ru"
    assert catalog.header_comments == ("Russian translation.", "A translator, 2024.")
    plural = catalog.lookup("One photo")
    assert plural is not None and len(plural.msgstr_plural) == 3
    assert catalog.lookup("Open", "button").msgstr == "Открыть"
    escaped = catalog.lookup('Tab\there, quote " and backslash \\ and a\nnewline')
    assert escaped is not None and escaped.msgstr.endswith("и\nперевод строки")
    gone, fuzzy = [e for e in catalog.entries if e.obsolete][::-1]
    assert gone.msgstr.startswith("Это предложение")
    assert fuzzy.fuzzy and fuzzy.translator_comments == ("checked by the desk",)
    assert fuzzy.previous_msgid == "The ministers met in Bishkek on <date/>."


@pytest.mark.parametrize("name", ["iso-8859-5.ru.po", "crlf.ru.po", "no-wrap.ru.po"])
def test_the_same_catalog_in_another_charset_line_end_or_layout_reads_the_same(name: str):
    original = read_po(FIXTURES / "gnu" / "msgmerge-previous.ru.po")
    other = read_po(FIXTURES / "gnu" / name)
    assert other.entries == original.entries
    fields = dict(original.header_fields)
    if name.startswith("iso"):
        fields["Content-Type"] = "text/plain; charset=ISO-8859-5"
    assert dict(other.header_fields) == fields


def test_a_template_has_a_fuzzy_header_and_empty_translations():
    catalog = read_po(FIXTURES / "gnu" / "template.pot")
    assert catalog.header_flags == ("fuzzy",)
    assert catalog.header["Content-Type"] == "text/plain; charset=CHARSET"
    assert not any(e.has_translation for e in catalog.entries)


# --------------------------------------------- where this reader and polib's reading differ
# polib (`_parse_with_polib`, the reference the other tests hold this reader to) read
# these files without a word and lost part of them; msgfmt refuses them, and so do we.
LOSSY = {
    "a second msgid after a comment": ('msgid "a"\n#. x\nmsgid "b"\nmsgstr ""\n', 3),
    "a second msgctxt after a comment": ('msgctxt "a"\n#. x\nmsgctxt "b"\nmsgid "a"\n'
                                         'msgstr ""\n', 3),
    "a plain msgstr in a plural message": ('msgid "a"\nmsgid_plural "p"\nmsgstr "x"\n', 3),
    "a msgstr that belongs to no msgid": ('msgid "a"\nmsgstr "b"\n# c\nmsgstr "x"\n', 4),
    "a msgid_plural that belongs to no msgid": ('#. x\nmsgid_plural "p"\nmsgstr[0] "x"\n', 2),
    "msgstr[0] twice": ('msgid "a"\nmsgid_plural "p"\nmsgstr[0] "x"\nmsgstr[0] "y"\n', 1),
    "no msgstr before the last comment": ('msgid "a"\nmsgstr ""\n\nmsgid "b"\n# c\n', 5),
    "a previous string that continues the msgstr": ('msgid "a"\nmsgstr "b"\n#| "c"\n', 3),
}


@pytest.mark.parametrize("case", sorted(LOSSY))
def test_what_polib_read_with_a_loss_is_refused(case: str):
    text, line = LOSSY[case]
    _parse_with_polib(text.encode(), "x.po")  # no error: that was the trouble
    with pytest.raises(InputError) as caught:
        parse_po(text.encode(), "x.po")
    assert caught.value.line == line


@pytest.mark.skipif(MSGFMT is None, reason="GNU gettext (msgfmt) is not installed")
@pytest.mark.parametrize("case", sorted(LOSSY))
def test_msgfmt_refuses_them_too(case: str, tmp_path: Path):
    path = tmp_path / "x.po"
    path.write_text(LOSSY[case][0], encoding="utf-8")
    done = subprocess.run([str(MSGFMT), "-o", "/dev/null", str(path)], capture_output=True,
                          check=False)
    assert done.returncode != 0


# A message is obsolete when its first keyword is marked "#~", and every other line of
# it must be marked so too (msgfmt: "inconsistent use of #~"). A translator who revives
# an obsolete message in an editor by hand and takes the mark off its msgid alone left a
# live message that validate reported only as stale.
MIXED = {
    "msgid revived, msgstr still obsolete": ('msgid "a"\n#~ msgstr "x"\n', 2, True),
    "msgstr revived, msgid still obsolete": ('#~ msgid "a"\nmsgstr "x"\n', 2, False),
    "msgctxt obsolete, msgid live": ('#~ msgctxt "c"\nmsgid "a"\nmsgstr "x"\n', 2, False),
    "a live line continuing an obsolete msgstr": ('#~ msgid "a"\n#~ msgstr ""\n"x"\n', 3,
                                                  False),
    "an obsolete line continuing a live msgid": ('msgid "a"\n#~ "b"\nmsgstr "x"\n', 2, True),
    "an obsolete previous msgid of a live message": ('#~| msgid "o"\nmsgid "a"\n'
                                                     'msgstr "x"\n', 2, False),
    "a live previous msgid of an obsolete message": ('#| msgid "o"\n#~ msgid "a"\n'
                                                     '#~ msgstr "x"\n', 2, True),
    "a live line continuing an obsolete previous msgid": (
        '#~| msgid "o"\n#| "p"\n#~ msgid "a"\n#~ msgstr "x"\n', 2, False),
    "a live plural form of an obsolete message": (
        '#~ msgid "a"\n#~ msgid_plural "b"\nmsgstr[0] "x"\n#~ msgstr[1] "y"\n', 3, False),
}


@pytest.mark.parametrize("case", sorted(MIXED))
def test_a_message_marked_obsolete_on_some_lines_only_is_refused_at_the_first_other(
        case: str):
    text, line, marked = MIXED[case]
    data = f'msgid ""\nmsgstr "Language: ru\\n"\n\n{text}'.encode()
    for read in (parse_po, parse_translations):
        with pytest.raises(PoSyntaxError) as caught:
            read(data, "x.po")
        assert (caught.value.line, caught.value.column) == (line + 3, 1)
        assert caught.value.message.startswith("PO syntax error: inconsistent use of #~: ")
        shown = "is marked obsolete (#~)" if marked else "is not marked obsolete (#~)"
        assert shown in caught.value.message


@pytest.mark.skipif(MSGFMT is None, reason="GNU gettext (msgfmt) is not installed")
@pytest.mark.parametrize("case", sorted(MIXED))
def test_msgfmt_refuses_a_mixed_message_on_the_same_line(case: str, tmp_path: Path):
    text, line, _ = MIXED[case]
    path = tmp_path / "x.po"
    path.write_text(text, encoding="utf-8")
    done = subprocess.run([str(MSGFMT), "-o", "/dev/null", str(path)], capture_output=True,
                          text=True, check=False)
    assert "inconsistent use of #~" in done.stderr
    # (msgfmt may name a later line first: it reports as it reduces its grammar)
    assert min(int(n) for n in re.findall(r"x\.po:(\d+):", done.stderr)) == line


@pytest.mark.parametrize("text", ['#~ msgid "o"\nmsgstr[1] ""\n',
                                  'msgid "o"\n#~ msgstr[1] ""\n'])
def test_a_plural_form_without_msgid_plural_is_refused_at_its_message_marks_or_not(
        text: str):
    # msgfmt names both faults, "missing 'msgid_plural' section" at the msgid's line
    # first in the file: the reader names that one, at that line.
    data = f'msgid ""\nmsgstr "Language: ru\\n"\n\n{text}'.encode()
    for read in (parse_po, parse_translations):
        with pytest.raises(PoSyntaxError) as caught:
            read(data, "x.po")
        assert (caught.value.line, caught.value.message) == (
            4, "msgstr[N] needs a msgid_plural")


@pytest.mark.parametrize("text", ['#~ msgid "a"\n#~ msgid_plural "b"\nmsgstr[7] ""\n',
                                  '#~ msgid "a"\n#~ msgid_plural "b"\n#~ msgstr[0] ""\n'
                                  'msgstr[2] ""\n'])
def test_a_live_plural_form_out_of_its_number_is_refused_at_its_message(text: str):
    # Two faults in one message: the numbering ("first plural form has nonzero index",
    # msgfmt) is the message's, named at its first line as a gap always is, before the
    # later line's "inconsistent use of #~" (as polib, which reads no marks, names it).
    data = f'msgid ""\nmsgstr "Language: ru\\n"\n\n{text}'.encode()
    for read in (parse_po, parse_translations):
        with pytest.raises(PoSyntaxError) as caught:
            read(data, "x.po")
        assert caught.value.line == 4
        assert caught.value.message.startswith("plural translations must be numbered")


def test_a_message_marked_alike_on_every_line_is_read_as_before():
    text = (b'#~| msgid "o"\n#~| "p"\n#~ msgid "a"\n#~ msgstr ""\n'
            b'#~ "x"\n\n#| msgid "q"\nmsgid "b"\nmsgstr ""\n"y"\n')
    catalog = parse_po(text, "x.po")
    assert [(e.msgid, e.msgstr, e.previous_msgid, e.obsolete) for e in catalog.entries] == [
        ("a", "x", "op", True), ("b", "y", "q", False)]
    assert catalog == _parse_with_polib(text, "x.po")


def test_a_message_is_kept_when_the_file_ends_on_a_comment_line():
    text = b'msgid "a"\nmsgstr "b"\n#,\n'
    assert _parse_with_polib(text, "x.po").entries == ()  # polib dropped it
    assert parse_po(text, "x.po").lookup("a").msgstr == "b"


@pytest.mark.parametrize(("line", "comment"), [
    ("## agency: TODO", "# agency: TODO"),  # polib: "agency: TODO"
    ("#  - indented", " - indented"),
    ("#\ttabbed", "\ttabbed"),
    ("#TODO check", "TODO check"),  # polib: a syntax error
    # polib reads the "| msgid" after a tab as a previous msgid's line and unescapes it
    # ("\\a" as BEL); msgcat keeps the comment as written
    ('#\t| msgid "\\a"', '\t| msgid "\\a"'),
])
def test_a_translators_comment_is_read_as_gnu_gettext_reads_it(line: str, comment: str):
    # What follows the "#", less one space: the writer puts the space back, so a
    # translator's comment comes back from an update as it was written.
    text = f'msgid ""\nmsgstr "Language: ja\\n"\n\n{line}\nmsgid "a"\nmsgstr "b"\n'
    [entry] = parse_po(text.encode(), "x.po").entries
    assert entry.translator_comments == (comment,)


def test_an_empty_comment_line_is_kept_first_too():
    # A bare "#" opening a translator's comments (a spacer line, as Lokalize and
    # hand-kept headers have) is a line of them, as msgcat and msgmerge keep it: polib
    # dropped it (`_add_line`), so every update took it out of the translator's file.
    text = ('#\n# Japanese translation.\n#\nmsgid ""\nmsgstr "Language: ja\\n"\n\n'
            '#\n#\n# names checked\n# \n#. paragraph\nmsgid "a"\nmsgstr "b"\n\n'
            '#\nmsgid "c"\nmsgstr "d"\n')
    catalog = parse_po(text.encode(), "x.po")
    assert catalog.header_comments == ("", "Japanese translation.", "")
    assert [e.translator_comments for e in catalog.entries] == [
        ("", "", "names checked", ""), ("",)]
    assert format_po(catalog).decode().startswith("#\n# Japanese translation.\n#\n")


def test_an_empty_msgid_with_a_context_is_a_message_not_the_header():
    text = b'msgctxt "x"\nmsgid ""\nmsgstr "Language: ja\\n"\n'
    assert _parse_with_polib(text, "x.po").header == {"Language": "ja"}
    catalog = parse_po(text, "x.po")
    assert catalog.header == {}
    assert catalog.lookup("", "x").msgstr == "Language: ja\n"


def test_a_second_header_is_a_duplicate():
    text = b'msgid ""\nmsgstr "Language: ja\\n"\n\nmsgid ""\nmsgstr "Language: ru\\n"\n'
    assert _parse_with_polib(text, "x.po").entries[0].msgstr == "Language: ja\n"
    with pytest.raises(InputError, match=r"duplicate message \(first defined at line 1\)"):
        parse_po(text, "x.po")


@pytest.mark.parametrize(("text", "line", "first"), [
    # An editor that moves obsolete entries (or a hand edit) leaves a #~ copy of a live
    # message, before or after it; msgfmt, msgcat and msgmerge refuse it as a duplicate.
    ('msgid "a"\nmsgstr "x"\n\n#~ msgid "a"\n#~ msgstr "old"\n', 4, 1),
    ('#~ msgid "a"\n#~ msgstr "old"\n\nmsgid "a"\nmsgstr "x"\n', 4, 1),
    ('#~ msgid "a"\n#~ msgstr "x"\n\n#~ msgid "a"\n#~ msgstr "y"\n', 4, 1),
    ('#~ msgctxt "c"\n#~ msgid "a"\n#~ msgstr "x"\n\nmsgctxt "c"\nmsgid "a"\nmsgstr ""\n',
     6, 2),
])
def test_an_obsolete_copy_of_a_message_is_a_duplicate(text: str, line: int, first: int):
    with pytest.raises(InputError) as caught:
        parse_po(text.encode(), "x.po")
    assert caught.value.line == line
    assert caught.value.message == f"duplicate message (first defined at line {first})"


def test_an_obsolete_message_in_another_context_is_no_duplicate():
    text = b'#~ msgctxt "c"\n#~ msgid "a"\n#~ msgstr "x"\n\nmsgid "a"\nmsgstr "y"\n'
    catalog = parse_po(text, "x.po")
    assert catalog.lookup("a").msgstr == "y"
    assert [entry.obsolete for entry in catalog.entries] == [True, False]


def test_the_first_error_of_the_file_is_reported():
    text = b'msgid "a"\nmsgid "b"\nmsgstr ""\n\nmsgid "c\\q"\nmsgstr ""\n'
    with pytest.raises(InputError) as reference:
        _parse_with_polib(text, "x.po")
    assert reference.value.line == 5  # polib's checks ran over the whole file first
    with pytest.raises(InputError) as caught:
        parse_po(text, "x.po")
    assert caught.value.line == 2 and "'msgid' is not allowed here" in caught.value.message


@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1d",
                                  "\x1e"])
def test_unicode_line_separators_in_a_string_are_text(char: str):
    catalog = Catalog(header_fields=(("Language", "ja"),),
                      entries=(Entry(msgid=f"a{char}b", msgstr=f"c{char}d",
                                     translator_comments=(f"e{char}f",)),))
    data = format_po(catalog)
    assert parse_po(data, "x.po") == catalog
    with pytest.raises(InputError):
        _parse_with_polib(data, "x.po")  # Python's splitlines broke the line there


def test_a_bare_previous_marker_is_a_syntax_error():
    with pytest.raises(InputError) as caught:
        parse_po(b'#|\nmsgid "a"\nmsgstr ""\n', "x.po")
    assert caught.value.line == 1 and "'#|' is not allowed here" in caught.value.message


def test_a_reference_whose_line_is_not_a_number_is_a_file_name():
    catalog = parse_po('#: a.xml:² b.xml:١٢ c.xml:\nmsgid "a"\nmsgstr ""\n'.encode(), "x.po")
    assert catalog.entries[0].references == (("a.xml:²", None), ("b.xml", 12),
                                             ("c.xml:", None))


# The header's charset is found as a search with IGNORECASE finds it, sooner.
CHARSET_PIECES = st.sampled_from([
    b"Content-Type:", b"content-type:", b"CONTENT-TYPE:", b"Content-Type: text/plain; ",
    b"charset=", b"CharSet=", b"UTF-8", b"ISO-8859-5", b"CHARSET", b'"', b"\\n", b"\n",
    b" ", b"msgstr ", b"Content-", b"Type:", b"x"])


@given(st.lists(CHARSET_PIECES, max_size=12).map(b"".join))
@example(b"content-type: x\nContent-Type: text/plain; charset=KOI8-R")
@example(b'Content-Type: "\nCONTENT-TYPE: charset=UTF-8')
def test_the_charset_is_found_where_the_search_finds_it(data: bytes):
    found, expected = _charset_search(data), _CHARSET.search(data)
    assert (found and (found.span(), found.group(1))) == \
        (expected and (expected.span(), expected.group(1)))


# ------------------------------------------------------------------------------ memory

def large_catalog(path: Path, messages: int) -> Path:
    """A plain Japanese catalog of `messages` messages (a few MB for 20,000)."""
    lines = ['msgid ""', 'msgstr ""', '"Language: ja\\n"',
             '"Content-Type: text/plain; charset=UTF-8\\n"', ""]
    for n in range(messages):
        lines += [f"#: releases/big.xml:{n}",
                  f'msgid "The ministers agreed to strengthen cooperation, item {n}."',
                  f'msgstr "大臣は協力を強化することで合意した。項目 {n}。"', ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("read", [read_po, lambda path: read_catalog(path)[0]],
                         ids=["read_po", "read_catalog"])
def test_a_file_is_held_once_while_it_is_read(tmp_path: Path, read):
    # Its bytes, its text and its lines were all held until the catalog was made: a
    # 50 MB catalog took 525 MB to validate. Now only the lines are, with the catalog.
    path = large_catalog(tmp_path / "big.po", 20_000)
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    lines_size = sys.getsizeof(lines) + sum(map(sys.getsizeof, lines))
    text_size = sys.getsizeof(text)
    del text, lines
    tracemalloc.start()
    try:
        catalog = read(path)
        held, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(catalog.entries) == 20_000
    # What reading needed besides the catalog: the lines (and the duplicate check's
    # keys), not also the text (5.2 MB here) or the bytes (3.4 MB).
    assert peak - held < lines_size + text_size // 2


def test_validate_still_reports_a_byte_order_mark(tmp_path: Path):
    path = tmp_path / "ja.po"
    path.write_bytes(codecs.BOM_UTF8 + b'msgid ""\nmsgstr "Language: ja\\n"\n')
    catalog, finding = read_catalog(path)
    assert catalog is not None and catalog.header["Language"] == "ja"
    assert finding is not None and (finding.code, finding.line) == ("po-bom", 1)
    assert finding.message.endswith("or run `communique update`")  # (it writes it without)
    path.rename(tmp_path / "x.pot")
    template = read_catalog(tmp_path / "x.pot")[1]
    assert template is not None and template.message.endswith("run `communique extract`")
    assert read_catalog(tmp_path / "gone.po") == (None, Finding(
        "unreadable", "cannot read: No such file or directory"))


@pytest.mark.parametrize("read", [parse_po, parse_translations])
def test_a_catalog_over_the_limit_is_refused_by_every_reader(read, monkeypatch):
    monkeypatch.delenv(MAX_MIB_VARIABLE, raising=False)
    data = b'msgid ""\nmsgstr "Language: ja\\n"\n' + b"#" * (MAX_BYTES + 5 * 1024 * 1024)
    with pytest.raises(InputError) as refused:
        read(data, "big.po")
    assert refused.value.message.startswith("cannot read: the file is 21.0 MiB, over the "
                                            "16 MiB a catalog may have")
    assert refused.value.message.endswith(f"raise the limit: {MAX_MIB_VARIABLE}=22")
    monkeypatch.setenv(MAX_MIB_VARIABLE, "22")
    assert read(data, "big.po").lookup("x") is None
    # The setting raises the limit, never lowers it; and a typo is not ignored.
    monkeypatch.setenv(MAX_MIB_VARIABLE, "1")
    with pytest.raises(InputError):
        read(data, "big.po")
    assert read(data[:100], "small.po").lookup("x") is None
    monkeypatch.setenv(MAX_MIB_VARIABLE, "64MB")
    with pytest.raises(UsageError, match="must be a whole number of MiB, such as 64, not '64MB'"):
        read(data, "big.po")


# A translator's editor saved the file in UTF-8 and kept the header it was given: read
# as windows-1252, '訳' was 'è¨³', and `update` wrote every translation back so garbled,
# exit 0 (found by saving a translated catalog so and running update, validate, build).
MISLABELLED = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset={}\\n"\n\n'
               '# José checked it\nmsgid "a"\nmsgstr "x 訳"\n')


@pytest.mark.parametrize("charset", ["windows-1252", "ISO-8859-1", "KOI8-R", "ascii"])
def test_a_utf8_file_whose_header_declares_another_charset_is_refused(charset: str):
    data = MISLABELLED.format(charset).encode("utf-8")
    for read in (parse_po, parse_translations, _parse_with_polib):
        with pytest.raises(InputError) as refused:
            read(data, "x.po")
        assert (refused.value.line, refused.value.column) == (5, 6)  # the é of José
        assert refused.value.message.startswith(
            f"the file is UTF-8, but the header declares charset {charset!r}, as which 'é' "
            "would read as ")
        assert refused.value.message.endswith("correct the header to charset=UTF-8")


@pytest.mark.parametrize("charset", ["base64", "zlib", "rot13", "hex", "uu_codec", "idna",
                                     "undefined", "raw_unicode_escape", "unicode_escape",
                                     "UTF-7", "punycode"])
def test_a_python_codec_that_is_no_charset_is_refused_as_an_unknown_charset(charset: str):
    # Each was a traceback (LookupError "not a text encoding", or UnicodeError from a
    # codec that takes no error handler), exit 1, from validate, update and build alike;
    # the escape codecs and UTF-7 read a translation's ASCII as other text ("\u0041" as
    # "A", "+AGE-" as "a").
    data = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=' + charset
            + '\\n"\n\nmsgid "a"\nmsgstr "b"\n').encode("ascii")
    for read in (parse_po, parse_translations):
        with pytest.raises(InputError) as refused:
            read(data, "x.po")
        assert str(refused.value) == ("x.po:3: error: the header declares an unknown "
                                      f"charset {charset!r}")


def test_a_legacy_charset_file_with_its_own_letters_is_still_read_in_it():
    # Cyrillic in KOI8-R and accented Latin in windows-1252 are never valid UTF-8.
    for charset, text in (("KOI8-R", "Привет, мир"), ("windows-1252", "café “déjà”")):
        data = ('msgid ""\nmsgstr "Content-Type: text/plain; charset=' + charset
                + '\\n"\n\nmsgid "a"\nmsgstr "' + text + '"\n').encode(charset)
        assert parse_po(data, "x.po").lookup("a").msgstr == text


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_catalog_or_release_linked_to_a_device_is_refused_not_read_until_memory_runs_out(
        tmp_path: Path):
    from toolkit.xmlsafe import read_xml

    link = tmp_path / "x.po"
    link.symlink_to("/dev/zero")
    for read in (read_po, read_translations, read_xml):
        with pytest.raises(InputError, match="a device, not a file"):
            read(link)
    assert read_catalog(link) == (None, Finding(
        "unreadable", "cannot read: a device, not a file"))


def test_the_reader_notes_a_line_of_msgcats_marker_in_the_header():
    # The fields read from a joined header are one header's: the note is what tells.
    joined = parse_po(b'msgid ""\nmsgstr ""\n"#-#-#-#-#  a.po (p)  #-#-#-#-#\\n"\n'
                      b'"Language: ja\\n"\n"#-#-#-#-#  b.po (p)  #-#-#-#-#\\n"\n'
                      b'"Language: ja\\n"\n', "x.po")
    assert joined.header_marked
    assert joined.header_fields == (("Language", "ja"),)
    assert joined == parse_po(b'msgid ""\nmsgstr "Language: ja\\n"\n', "x.po")
    # In a value, not starting a line of the header: no marker of msgcat's.
    assert not parse_po(b'msgid ""\nmsgstr "X-Note: see #-#-#-#-#\\n"\n', "x.po").header_marked
    assert not parse_po(SAMPLE.encode(), "x.po").header_marked

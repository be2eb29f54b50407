"""Reading PO files: the model a catalog becomes, and every way a file is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.errors import InputError
from toolkit.po_read import parse_po, read_po

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


BAD = {
    "missing msgstr": (b'msgid "a"\nmsgid "b"\nmsgstr ""\n', 2, "not allowed here"),
    "unquoted string": (b'msgid "a"\nmsgstr abc\n', 2, "double quotes"),
    "stray quote": (b'msgid "a"b"\nmsgstr ""\n', 1, "double quotes"),
    "duplicate": (b'msgid "a"\nmsgstr ""\n\nmsgid "a"\nmsgstr "x"\n', 4, "duplicate"),
    "junk": (b'msgid "a"\nmsgstr ""\nhello\n', 3, "unexpected 'hello'"),
    "unknown escape": (b'msgid "a\\q"\nmsgstr ""\n', 1, "escape"),
    "ends early": (b'msgid "a"\n"b"\n', 2, "msgstr is missing"),
    "unknown charset": (b'msgid ""\nmsgstr "Content-Type: text/plain; charset=FOO\\n"\n', 2,
                        "unknown charset 'FOO'"),
    "wrong bytes": (b'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                    b'msgid "a"\nmsgstr "\xe9"\n', 5, "not valid UTF-8"),
    "utf-16": ('msgid ""'.encode("utf-16"), 1, "UTF-16"),
    "plural without msgid_plural": (b'msgid "a"\nmsgstr[0] "x"\n', 1, "msgid_plural"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_input_is_refused_with_its_line(case: str):
    data, line, words = BAD[case]
    with pytest.raises(InputError) as caught:
        parse_po(data, "bad.po")
    assert caught.value.line == line
    assert words in caught.value.message
    assert str(caught.value).startswith(f"bad.po:{line}: error: ")

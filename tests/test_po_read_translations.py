"""`parse_translations`: what a build looks up in a catalog, read in one pass of a regular
expression when the file allows it, and always what `parse_po` would give.

For any bytes: the same error (line, column, words) as `parse_po`, or the same answer to
every lookup (msgstr, fuzzy, translated, line), and the header line without its ``\n``
that validate reports. The catalogs communique writes take the quick way (else it would
be dead code that only slows a build); anything outside its subset is read by `parse_po`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_po_read_reference import BROKEN, FILES, REPO, WIDTHS, catalogs, damaged

from toolkit.catalog import Catalog, Entry, unended_field
from toolkit.errors import InputError
from toolkit.po_read import Translations, parse_po, parse_translations
from toolkit.po_write import format_po


def agree(data: bytes) -> Translations | Catalog | InputError:
    """Both readers refuse the file alike, or answer every lookup alike."""
    try:
        full = parse_po(data, "x.po")
    except InputError as error:
        with pytest.raises(InputError) as caught:
            parse_translations(data, "x.po")
        assert (caught.value.line, caught.value.column, caught.value.message) == \
            (error.line, error.column, error.message)
        return error
    quick = parse_translations(data, "x.po")
    asked = {(e.msgctxt, e.msgid) for e in full.entries} | {(None, ""), (None, "absent")}
    if isinstance(quick, Translations):
        asked |= {(None, msgid) for msgid in quick.messages}
    for msgctxt, msgid in asked:
        mine, theirs = quick.lookup(msgid, msgctxt), full.lookup(msgid, msgctxt)
        if theirs is None:
            assert mine is None, (msgctxt, msgid)
            continue
        assert mine is not None, (msgctxt, msgid)
        assert (mine.msgstr, mine.fuzzy, mine.translated, mine.line) == \
            (theirs.msgstr, theirs.fuzzy, theirs.translated, theirs.line)
    if isinstance(quick, Translations):
        lines = data.decode("utf-8", "replace").replace("\r\n", "\n").split("\n")
        assert quick.unended == unended_field(lines)
    return quick


def simple(catalog: Catalog) -> Catalog:
    """The catalog as a build's usually are: no context, plural, previous or obsolete
    message (what `parse_translations` reads itself)."""
    entries = {e.msgid: Entry(e.msgid, e.msgstr, flags=e.flags,
                              translator_comments=e.translator_comments,
                              extracted_comments=e.extracted_comments,
                              references=e.references)
               for e in catalog.entries}
    return Catalog(catalog.header_fields, tuple(entries.values()),
                   header_comments=catalog.header_comments, header_flags=catalog.header_flags)


SAMPLE = """\
# Japanese translation.
msgid ""
msgstr ""
"Language: ja\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

#. paragraph
#: releases/a.xml:12 releases/a.xml:14
msgid "Talks in <place>Tokyo</place>"
msgstr "<place>東京</place>で会談"

# checked
#, c-format, fuzzy
msgid ""
"Long text that "
"wraps"
msgstr "長い\\"文\\""

msgid "Untranslated"
msgstr ""
"""


def test_a_catalog_as_communique_writes_it_is_read_the_quick_way():
    found = agree(SAMPLE.encode())
    assert isinstance(found, Translations)
    talks = found.lookup("Talks in <place>Tokyo</place>")
    assert talks is not None
    assert (talks.msgstr, talks.fuzzy, talks.translated, talks.line) == \
        ("<place>東京</place>で会談", False, True, 9)
    wrapped = found.lookup("Long text that wraps")
    assert wrapped is not None
    assert (wrapped.msgstr, wrapped.fuzzy, wrapped.translated, wrapped.line) == \
        ('長い"文"', True, False, 14)
    untranslated = found.lookup("Untranslated")
    assert untranslated is not None and not untranslated.translated
    assert found.lookup("") is None  # the header is no message
    assert found.lookup("Untranslated", "a context") is None


def test_crlf_line_ends_are_read_the_quick_way():
    assert isinstance(agree(SAMPLE.replace("\n", "\r\n").encode()), Translations)


@pytest.mark.parametrize("text", [
    'msgctxt "c"\nmsgid "a"\nmsgstr "x"\n',  # a context
    'msgid "a"\nmsgid_plural "as"\nmsgstr[0] "x"\n',  # a plural
    '#| msgid "b"\nmsgid "a"\nmsgstr "x"\n',  # a previous msgid
    'msgid "a"\nmsgstr "x"\n\n#~ msgid "b"\n#~ msgstr "y"\n',  # an obsolete message
    ' msgid "a"\nmsgstr "x"\n',  # stray white space
    'msgid "a"\n\nmsgstr "x"\n',  # a blank line inside a message
    'msgid  "a"\nmsgstr "x"\n',
    'msgid "a"\nmsgstr "\\346\\227\\245"\n',  # a numeric escape (octal or hex)
])
def test_anything_else_is_read_by_parse_po(text: str):
    found = agree(text.encode())
    assert isinstance(found, Catalog)
    assert any(e.msgid == "a" for e in found.entries)


HEADER = ['msgid ""', 'msgstr ""', '"Language: ru\\n"', '"MIME-Version: 1.0\\n"',
          '"Plural-Forms: nplurals=3; plural=n % 10 == 1 && n % 100 != 11 ? 0 : n % 10 "',
          '">= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 1 : 2;\\n"', "",
          'msgid "a"', 'msgstr "b"']


@pytest.mark.parametrize(("line", "unended"), [
    (2, (3, 14, "Language: ru", "MIME-Version")),  # the next line is a field: read as one
    (3, (4, 19, "MIME-Version: 1.0", "Plural-Forms")),
    (5, None),  # the last line: no field follows
    (4, None),  # a value continued on the next line, as msgmerge wraps it
])
def test_a_header_line_without_its_newline_is_noted_as_the_header_is_read(line, unended):
    lines = list(HEADER)
    lines[line] = lines[line].replace("\\n", "")
    found = agree("\n".join(lines).encode())
    assert isinstance(found, Translations) and found.unended == unended


def test_a_header_wrapped_as_msgmerge_wraps_it_is_not_read_again(monkeypatch):
    """Every catalog of a language with a long plural rule has a line without its \\n
    (the rule, wrapped): the header's lines are read again only when a field follows."""
    import toolkit.po_read

    def read_again(lines: list[str]) -> None:
        raise AssertionError("the header was read again")

    monkeypatch.setattr(toolkit.po_read, "unended_field", read_again)
    found = parse_translations("\n".join(HEADER).encode(), "x.po")
    assert isinstance(found, Translations) and found.unended is None


def test_the_first_string_of_the_header_is_a_line_too():
    data = b'msgid ""\nmsgstr "Language: ru"\n"MIME-Version: 1.0\\n"\n'
    found = agree(data)
    assert isinstance(found, Translations)
    assert found.unended == (2, 21, "Language: ru", "MIME-Version")


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_files_are_refused_as_parse_po_refuses_them(name: str):
    assert isinstance(agree(BROKEN[name].encode("utf-8")), InputError)


@pytest.mark.parametrize("text", [
    'msgid "a"\nmsgstr "x"\n\nmsgid "a"\nmsgstr "y"\n',  # a duplicate, each in the subset
    'msgid ""\nmsgstr ""\n\nmsgid ""\nmsgstr ""\n',  # two headers
    'msgid "a"\nmsgstr "x\\q"\n',  # an escape gettext does not know
    'msgid "a"\nmsgstr "x"y"\n',  # a quote not escaped
    'msgid "a"\nmsgstr "x"\n"y\\"\n',
    'msgid "a"\nmsgstr "x"\njunk\n',
])
def test_what_the_quick_way_would_misread_is_refused(text: str):
    assert isinstance(agree(text.encode()), InputError)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(REPO)))
def test_every_catalog_in_the_repository_is_read_alike(path: Path):
    agree(path.read_bytes())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalogs(), WIDTHS)
def test_generated_catalogs_are_read_alike(catalog: Catalog, width: int | None):
    agree(format_po(catalog, width=width))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalogs(), WIDTHS, st.sampled_from(["\n", "\r\n"]))
def test_catalogs_without_context_plural_or_history_take_the_quick_way(
        catalog: Catalog, width: int | None, end: str):
    data = format_po(simple(catalog), width=width).replace(b"\n", end.encode())
    assert isinstance(agree(data), Translations)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged())
@example(b'msgid "a"\nmsgstr "b"\n#')
@example(b'msgid "a"\nmsgstr "b"\n#, fuzzy\n')
@example(b'#, fuzzy\nmsgid "a"\nmsgstr "b"')
def test_damaged_files_are_read_or_refused_alike(data: bytes):
    agree(data)

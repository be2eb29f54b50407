"""The fast reader builds exactly what read_po builds, or steps aside (None)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.catalog import Catalog, Entry
from toolkit.errors import InputError
from toolkit.po_read import parse_po
from toolkit.po_write import format_po
from toolkit.qa.po_fast import parse_simple

REPO = Path(__file__).resolve().parents[2]
FILES = sorted({*REPO.glob("tests/fixtures/**/*.po"), *REPO.glob("tests/fixtures/**/*.pot"),
                *REPO.glob("locales/**/*.po"), *REPO.glob("locales/*.pot")})


def same(fast: Catalog, slow: Catalog) -> None:
    """Equal as catalogs, and equal in what equality leaves out (lines, path)."""
    assert fast == slow
    assert [e.line for e in fast.entries] == [e.line for e in slow.entries]
    assert fast.path == slow.path


def agrees(data: bytes, name: str = "x.po") -> Catalog | None:
    """parse_simple's answer, checked against read_po's."""
    fast = parse_simple(data, name)
    try:
        slow = parse_po(data, name)
    except InputError:
        assert fast is None
        return None
    if fast is not None:
        same(fast, slow)
    return fast


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(REPO)))
def test_every_catalog_in_the_repository_reads_the_same(path):
    agrees(path.read_bytes(), str(path))


def test_the_catalogs_communique_writes_take_the_fast_path():
    written = [p for p in FILES if "qa/project" in str(p) or p.is_relative_to(REPO / "locales")]
    assert written
    for path in written:
        assert parse_simple(path.read_bytes(), path) is not None, path


@pytest.mark.parametrize("text", [
    # a comment between msgid and msgstr (polib accepts it)
    'msgid "a"\n# note\nmsgstr "b"\n',
    # a continuation after a blank line (polib joins it)
    'msgid "a"\n\n"b"\nmsgstr "c"\n',
    # an obsolete entry
    'msgid "a"\nmsgstr "b"\n\n#~ msgid "c"\n#~ msgstr "d"\n',
    # an empty msgid that is not first, with a context
    'msgid "a"\nmsgstr "b"\n\nmsgctxt "x"\nmsgid ""\nmsgstr "c"\n',
    # a header line without a colon
    'msgid ""\nmsgstr "Language: ja\\nno colon\\n"\n',
    # escapes beyond \\n \\t \\r
    'msgid "a\\vb"\nmsgstr "c"\n',
    # trailing comments
    'msgid "a"\nmsgstr "b"\n\n# dangling\n',
    # a BOM, a Latin-1 catalog
    '\ufeffmsgid "a"\nmsgstr "b"\n',
    'msgid ""\nmsgstr "Content-Type: text/plain; charset=ISO-8859-1\\n"\n\nmsgid "a"\nmsgstr "b"\n',
    # plural forms out of order, and a duplicate
    'msgid "a"\nmsgid_plural "as"\nmsgstr[1] "b"\nmsgstr[0] "c"\n',
    'msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n',
])
def test_unusual_files_are_left_to_read_po(text):
    data = text.encode("latin-1" if "ISO-8859-1" in text else "utf-8")
    assert parse_simple(data, "x.po") is None
    agrees(data)


def test_header_comments_and_flags_as_read_po_keeps_them():
    text = ('# Title\n#\n# more\n#, fuzzy\nmsgid ""\nmsgstr ""\n"Language: ja\\n"\n\n'
            '#. note\n#: a.xml:3 b.xml c:d\n#, fuzzy, no-c-format\n#| msgid "old"\n'
            'msgid "new"\nmsgstr "新"\n')
    catalog = agrees(text.encode())
    assert catalog is not None
    assert catalog.header_comments == ("Title", "", "more")
    [entry] = catalog.entries
    assert entry.references == (("a.xml", 3), ("b.xml", None), ("c:d", None))
    assert entry.previous_msgid == "old" and entry.line == 13


def test_comments_before_the_first_entry_of_a_file_without_header_go_to_that_entry():
    catalog = agrees(b'# hello\nmsgid "a"\nmsgstr "b"\n')
    assert catalog is not None and catalog.entries[0].translator_comments == ("hello",)


# ------------------------------------------------------------------ generated catalogs

TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",),
                             exclude_characters="\x00"), max_size=40)
LINES = st.lists(st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl",
                                                                         "Zp")),
                         max_size=20), max_size=3)


@st.composite
def entries(draw: st.DrawFn) -> Entry:
    msgid = draw(TEXT.filter(bool))
    plural = draw(st.booleans())
    references = draw(st.lists(st.tuples(st.from_regex(r"[a-z/]{1,12}\.xml", fullmatch=True),
                                          st.one_of(st.none(), st.integers(1, 999))),
                               max_size=3))
    return Entry(
        msgid=msgid,
        msgstr="" if plural else draw(TEXT),
        msgctxt=draw(st.one_of(st.none(), TEXT)),
        msgid_plural=draw(TEXT.filter(bool)) if plural else None,
        msgstr_plural=tuple(draw(st.lists(TEXT, min_size=1, max_size=3))) if plural else (),
        flags=tuple(draw(st.lists(st.sampled_from(["fuzzy", "c-format", "no-wrap",
                                                   "communique-allow:number-changed"]),
                                  unique=True, max_size=2))),
        translator_comments=tuple(draw(LINES)),
        extracted_comments=tuple(draw(LINES)),
        references=tuple(references),
        previous_msgid=draw(st.one_of(st.none(), TEXT)),
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(entries(), max_size=6, unique_by=lambda e: (e.msgctxt, e.msgid)),
       st.booleans(), st.sampled_from([79, None]))
def test_generated_catalogs_read_the_same(items, header, width):
    fields = (("Language", "ja"), ("Content-Type", "text/plain; charset=UTF-8")) \
        if header else ()
    catalog = Catalog(header_fields=fields, entries=tuple(items))
    agrees(format_po(catalog, width=width))


PLAIN = st.text(st.sampled_from([*'ab Z09.,"\\\n\t<>/&', "日", "本", "é", "ё", "ع"]),
                min_size=1, max_size=30)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(PLAIN, PLAIN), max_size=6, unique_by=lambda pair: pair[0]))
def test_plain_catalogs_always_take_the_fast_path(pairs):
    catalog = Catalog(header_fields=(("Language", "ru"),),
                      entries=tuple(Entry(msgid=a, msgstr=b) for a, b in pairs))
    fast = agrees(format_po(catalog))
    assert fast is not None


def without_comments(catalog: Catalog) -> list[Entry]:
    return [Entry(**{**{n: getattr(e, n) for n in e.__dataclass_fields__},
                     "translator_comments": (), "extracted_comments": (), "references": ()})
            for e in catalog.entries]


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(REPO)))
def test_a_lean_read_differs_only_by_the_comments_it_leaves_out(path):
    data = path.read_bytes()
    lean = parse_simple(data, path, comments=False)
    full = parse_simple(data, path)
    if full is None:
        return
    assert lean is not None
    assert without_comments(lean) == without_comments(full)
    assert [e.line for e in lean.entries] == [e.line for e in full.entries]
    assert lean.header_fields == full.header_fields
    assert lean.header_flags == full.header_flags
    assert all(not e.extracted_comments and not e.references for e in lean.entries)


def test_a_lean_read_still_refuses_what_read_po_refuses():
    assert parse_simple(b'msgid "a"\n#. note\nmsgstr "b"\n', "x.po", comments=False) is None
    assert parse_simple(b'#.note\nmsgid "a"\nmsgstr "b"\n', "x.po", comments=False) is None

"""The hand-written PO reader reads every file exactly as the polib-based reference does.

`toolkit.po_read.parse_po` replaced polib (plus strict checks) for speed; it must build
the same `Catalog` (lines included) from every file the reference accepts, and refuse
every file the reference refuses, at the same line with the same message. The few
deliberate differences are specified in `tests/test_po_read.py`; here they are only
recognised, so that generated inputs can wander into them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from toolkit.catalog import Catalog, Entry
from toolkit.errors import InputError
from toolkit.po_read import _parse_with_polib, parse_po
from toolkit.po_write import format_po

REPO = Path(__file__).resolve().parent.parent
FILES = sorted({*REPO.glob("locales/**/*.po"), *REPO.glob("locales/**/*.pot"),
                *REPO.glob("tests/fixtures/**/*.po"), *REPO.glob("tests/fixtures/**/*.pot")})


def same(mine: Catalog, reference: Catalog) -> None:
    """Equal as catalogs, and in what equality leaves out (each entry's line, the path)."""
    assert mine == reference
    assert [e.line for e in mine.entries] == [e.line for e in reference.entries]
    assert mine.path == reference.path


def read_both(data: bytes) -> tuple[Catalog | InputError, Catalog | InputError]:
    results: list[Catalog | InputError] = []
    for parse in (parse_po, _parse_with_polib):
        try:
            results.append(parse(data, "x.po"))
        except InputError as error:
            results.append(error)
    return results[0], results[1]


def agree(data: bytes) -> Catalog | InputError:
    """Both readers give the same catalog, or the same error at the same line:column."""
    mine, reference = read_both(data)
    if isinstance(reference, InputError):
        assert isinstance(mine, InputError), f"accepted what the reference refuses: {reference}"
        assert (mine.line, mine.column, mine.message) == \
            (reference.line, reference.column, reference.message)
    else:
        assert isinstance(reference, Catalog)
        assert isinstance(mine, Catalog), f"refused what the reference accepts: {mine}"
        same(mine, reference)
    return mine


# ------------------------------------------------------------------------------ files

def test_the_repository_has_catalogs_of_every_kind():
    names = {p.name for p in FILES}
    assert {"crlf.ru.po", "iso-8859-5.ru.po", "template.pot"} <= names
    assert any(p.is_relative_to(REPO / "locales") for p in FILES)


# Catalogs of a deliberate difference (tests/test_po_read.py): polib reads them, this
# reader refuses them as msgfmt does, in these words.
POLIB_MISREADS = {
    "tests/fixtures/qa/cases/po-syntax-obsolete-revived.ru.po":
        "PO syntax error: inconsistent use of #~: ",
}


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(REPO)))
def test_every_catalog_in_the_repository_reads_the_same(path: Path):
    words = POLIB_MISREADS.get(path.relative_to(REPO).as_posix())
    if words is None:
        agree(path.read_bytes())
        return
    mine, reference = read_both(path.read_bytes())
    assert isinstance(reference, Catalog)
    assert isinstance(mine, InputError) and mine.message.startswith(words)


# ------------------------------------------------------------------ generated catalogs
# Any text, except the characters Python's splitlines takes for line ends: the reference
# splits lines there, the hand-written reader (like gettext) does not.
LINE_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",),
                             exclude_characters="\x00" + LINE_BREAKS), max_size=30)
WORDS = st.text(st.sampled_from([*"ab Z09.,:\"\\\t<>/&-", "\n", "\r", "\a", "\b", "日", "é",
                                 "ё", "ع", "\u3000", "\xa0"]), max_size=90)
STRINGS = st.one_of(TEXT, WORDS)
COMMENT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")),
                  max_size=20)


@st.composite
def entries(draw: st.DrawFn) -> Entry:
    plural = draw(st.booleans())
    obsolete = draw(st.integers(0, 4)) == 0
    return Entry(
        msgid=draw(STRINGS.filter(bool)),
        msgstr="" if plural else draw(STRINGS),
        msgctxt=draw(st.one_of(st.none(), STRINGS)),
        msgid_plural=draw(STRINGS.filter(bool)) if plural else None,
        msgstr_plural=tuple(draw(st.lists(STRINGS, min_size=1, max_size=4))) if plural
        else (),
        flags=tuple(draw(st.lists(st.sampled_from(["fuzzy", "c-format", "no-wrap",
                                                   "range: 1..5"]),
                                  unique=True, max_size=3))),
        translator_comments=tuple(draw(st.lists(COMMENT, max_size=3))),
        extracted_comments=tuple(draw(st.lists(COMMENT, max_size=3))),
        references=tuple(draw(st.lists(st.tuples(
            st.from_regex(r"[a-z/._-]{1,20}", fullmatch=True),
            st.one_of(st.none(), st.integers(0, 99999))), max_size=4))),
        previous_msgctxt=draw(st.one_of(st.none(), STRINGS)),
        previous_msgid=draw(st.one_of(st.none(), STRINGS)),
        previous_msgid_plural=draw(st.one_of(st.none(), STRINGS)) if plural else None,
        obsolete=obsolete,
    )


@st.composite
def catalogs(draw: st.DrawFn) -> Catalog:
    items = draw(st.lists(entries(), max_size=6, unique_by=lambda e: (e.msgctxt, e.msgid)))
    header = draw(st.booleans())
    fields = tuple(draw(st.lists(st.tuples(st.from_regex(r"[A-Za-z-]{1,12}", fullmatch=True),
                                           COMMENT), max_size=4))) if header else ()
    return Catalog(
        header_fields=(("Language", "ja"), *fields) if header else (),
        entries=tuple(items),
        header_comments=tuple(draw(st.lists(COMMENT, max_size=3))) if header else (),
        header_flags=("fuzzy",) if header and draw(st.booleans()) else (),
    )


WIDTHS = st.sampled_from([79, 40, 12, 100, None])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalogs(), WIDTHS)
def test_generated_catalogs_read_the_same(catalog: Catalog, width: int | None):
    result = agree(format_po(catalog, width=width))
    assert isinstance(result, Catalog)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalogs(), st.sampled_from(["\r\n", "\r"]), st.sampled_from(["", " ", "\t "]))
def test_line_ends_and_stray_whitespace_read_the_same(catalog: Catalog, end: str,
                                                      space: str):
    text = format_po(catalog).decode("utf-8")
    lines = [space + line + space if line else line for line in text.split("\n")]
    agree(end.join(lines).encode("utf-8"))


# C's escapes, which polib does not read: the reference is given them as it reads them.
ESCAPED = {
    "octal": ('msgid "a\\101"\nmsgstr "\\303\\251t\\303\\251"\n', "aA", "été"),
    "hex": ('msgid "a\\x41"\nmsgstr "\\xE6\\x97\\xa5 \\x22\\x5c"\n', "aA", '日 "\\'),
    "bell": ('msgid "a"\nmsgstr "\\a\\7\\x07"\n', "a", "\a\a\a"),
    "an escaped backslash before digits": ('msgid "a\\\\101"\nmsgstr "\\\\\\101"\n', "a\\101",
                                           "\\A"),
    "a line break": ('msgid "a\\n"\nmsgstr ""\n"\\012"\n', "a\n", "\n"),
    "previous and obsolete": ('#| msgid "\\x62"\nmsgid "c"\nmsgstr "\\x64"\n\n'
                              '#~ msgid "\\145"\n#~ msgstr "\\146"\n', "c", "d"),
    "a character split across lines": ('#| msgid "\\303"\n#| "\\251"\nmsgid "caf\\303"\n'
                                       '"\\251"\nmsgstr "\\303"\n\n"\\251"\n', "café", "é"),
}


@pytest.mark.parametrize("name", sorted(ESCAPED))
def test_numeric_and_bell_escapes_read_the_same(name: str):
    text, msgid, msgstr = ESCAPED[name]
    read = agree(text.encode("utf-8"))
    assert isinstance(read, Catalog)
    assert (read.entries[0].msgid, read.entries[0].msgstr) == (msgid, msgstr)


# --------------------------------------------------------------------------- broken files
# Each file has one fault; both readers must name it the same way on the same line.
BROKEN: dict[str, str] = {
    "msgid without msgstr": 'msgid "a"\nmsgid "b"\nmsgstr ""\n',
    "msgstr first": 'msgstr "a"\n',
    "msgstr after header comments": '# c\nmsgstr "a"\n',
    "msgctxt after msgid": 'msgid "a"\nmsgctxt "c"\nmsgstr ""\n',
    "msgctxt twice": 'msgctxt "a"\nmsgctxt "b"\nmsgid "a"\nmsgstr ""\n',
    "comment after msgctxt": 'msgctxt "a"\n# c\nmsgid "a"\nmsgstr ""\n',
    "msgstr twice": 'msgid "a"\nmsgstr "b"\nmsgstr "c"\n',
    "msgid_plural after msgstr": 'msgid "a"\nmsgstr "b"\nmsgid_plural "c"\n',
    "msgstr[0] after msgstr": 'msgid "a"\nmsgstr "b"\nmsgstr[0] "c"\n',
    "flags between msgid and msgstr": 'msgid "a"\n#, fuzzy\nmsgstr "b"\n',
    "continuation after a comment": 'msgid "a"\n# c\n"b"\nmsgstr ""\n',
    "continuation at the start": '"a"\nmsgid "a"\nmsgstr ""\n',
    "unquoted string": 'msgid "a"\nmsgstr abc\n',
    "stray quote": 'msgid "a"b"\nmsgstr ""\n',
    "two strings on a line": 'msgid "a" "b"\nmsgstr ""\n',
    "unterminated string": 'msgid "a\nmsgstr ""\n',
    "escaped closing quote": 'msgid "a\\"\nmsgstr ""\n',
    "unknown escape": 'msgid "a\\q"\nmsgstr ""\n',
    "hex escape without digits": 'msgid "a\\xg"\nmsgstr ""\n',
    "NUL escape": 'msgid "a"\nmsgstr "b\\0c"\n',
    "escape above a byte": 'msgid "a"\nmsgstr "d\\xe9cid\\xe9"\n',
    "escaped bytes not UTF-8": 'msgid "a"\nmsgstr "caf\\351"\n',
    "numeric escape in a continuation": 'msgid "a"\nmsgstr ""\n"b\\x00"\n',
    "half a character before text": 'msgid "a"\nmsgstr "\\303"\n"x"\n',
    "ends after a split character": 'msgid "a\\303"\n"\\251"',
    "bad continuation": 'msgid "a"\n"b\\"\nmsgstr ""\n',
    "junk": 'msgid "a"\nmsgstr ""\nhello\n',
    "keyword without string": 'msgid "a"\nmsgstr\n',
    "keyword glued to its string": 'msgid"a"\nmsgstr ""\n',
    "unknown keyword": 'msgid "a"\nmsgstring ""\n',
    "msgstr[10]": 'msgid "a"\nmsgid_plural "b"\nmsgstr[10] ""\n',
    "msgstr[N] without msgid_plural": 'msgid "a"\nmsgstr[0] "x"\n',
    "msgstr[N] with a gap": 'msgid "a"\nmsgid_plural "b"\nmsgstr[0] "x"\nmsgstr[2] "y"\n',
    "msgstr[N] from 1": 'msgid "a"\nmsgid_plural "b"\nmsgstr[1] "x"\n',
    "duplicate": 'msgid "a"\nmsgstr ""\n\nmsgid "a"\nmsgstr "x"\n',
    "duplicate after a header": 'msgid ""\nmsgstr "Language: ja\\n"\n\nmsgid "a"\n'
                                'msgstr ""\n\nmsgid "a"\nmsgstr "x"\n',
    "obsolete copy of a message": 'msgid "a"\nmsgstr "x"\n\n#~ msgid "a"\n#~ msgstr "y"\n',
    "obsolete message twice": '#~ msgid "a"\n#~ msgstr "x"\n\n#~ msgid "a"\n#~ msgstr "y"\n',
    "junk in the header": 'msgid ""\nmsgstr ""\n"Language: ja\\n"\nLanguage: ja\n',
    "duplicate with context": 'msgctxt "c"\nmsgid "a"\nmsgstr ""\n\nmsgctxt "c"\n'
                              'msgid "a"\nmsgstr "x"\n',
    "ends after msgid": 'msgid "a"\n"b"\n',
    "ends after msgctxt": 'msgid "a"\nmsgstr ""\n\nmsgctxt "c"\n\n',
    "ends after msgid_plural": 'msgid "a"\nmsgid_plural "b"\n',
    "ends after a previous msgid": 'msgid "a"\nmsgstr ""\n\n#| msgid "b"\n',
    "extracted comment without space": '#.note\nmsgid "a"\nmsgstr ""\n',
    "reference without space": '#:a.xml:1\nmsgid "a"\nmsgstr ""\n',
    "flags without space": '#,fuzzy\nmsgid "a"\nmsgstr ""\n',
    "unknown comment": '#! shebang\nmsgid "a"\nmsgstr ""\n',
    "previous msgstr": '#| msgstr "b"\nmsgid "a"\nmsgstr ""\n',
    "previous keyword alone": '#| msgid\nmsgid "a"\nmsgstr ""\n',
    "previous junk": '#| hello "x"\nmsgid "a"\nmsgstr ""\n',
    "previous without space": '#|msgid "b"\nmsgid "a"\nmsgstr ""\n',
    "previous bad string": '#| msgid "b\\q"\nmsgid "a"\nmsgstr ""\n',
    "previous continuation first": '#| "b"\nmsgid "a"\nmsgstr ""\n',
    "bare previous marker": '#|\nmsgid "a"\nmsgstr ""\n',
    "obsolete marker alone": 'msgid "a"\nmsgstr ""\n\n#~\n',
    "obsolete without space": '#~msgid "b"\n#~ msgstr ""\n',
    "obsolete comment": '#~ # note\n#~ msgid "b"\n#~ msgstr ""\n',
    "obsolete junk": '#~ hello\n',
    "obsolete bad string": '#~ msgid "b\n#~ msgstr ""\n',
    "obsolete previous msgstr": '#~| msgstr "b"\n#~ msgid "a"\n#~ msgstr ""\n',
    "obsolete previous glued": '#~|msgid "b"\n#~ msgid "a"\n#~ msgstr ""\n',
    "obsolete previous alone": '#~|\n#~ msgid "a"\n#~ msgstr ""\n',
    "obsolete bar apart": '#~ | msgid "b"\n#~ msgid "a"\n#~ msgstr ""\n',
    "obsolete msgid without msgstr": '#~ msgid "a"\n#~ msgid "b"\n#~ msgstr ""\n',
    "second byte order mark": '\ufeff\ufeffmsgid "a"\nmsgstr ""\n',
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_files_are_refused_on_the_same_line_with_the_same_words(name: str):
    assert isinstance(agree(BROKEN[name].encode("utf-8")), InputError)


# ------------------------------------------------------------------- single faults, fuzzed
LINES = ['msgid "x"', 'msgstr "y"', 'msgctxt "c"', 'msgid_plural "p"', 'msgstr[0] "a"',
         'msgstr[1] "b"', '"more"', "# note", "#. extracted", "#: a.xml:3 b", "#, fuzzy",
         '#| msgid "old"', '#| msgctxt "c"', '#| msgid_plural "ps"', '#| "more"', '#~ msgid "o"',
         '#~ msgstr "o"', '#~ "more"', '#~| msgid "po"', "#~", "#~|", "#|", "#", "#.", "#:",
         "#,", "", 'msgid ""', 'msgstr ""', 'msgid "a\\q"', 'msgid "a"b"', "msgstr abc",
         "hello", "#foo", "#|msgid \"x\"", "#~msgid \"x\"", "#~ # c", "##x", "#\tx",
         'msgstr[7] "x"', "\u3000msgid \"u\"", '"a\\', 'msgctxt ""']
SINGLE_CHARS = ['"', "\\", " ", "#", "~", "|", "", "\t", "[", "]"]


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    lines = format_po(draw(catalogs()), width=draw(WIDTHS)).decode("utf-8").split("\n")
    where = draw(st.integers(0, len(lines)))
    action = draw(st.sampled_from(["insert", "delete", "copy", "char"]))
    if action == "insert":
        lines.insert(where, draw(st.sampled_from(LINES)))
    elif action == "delete" and where < len(lines):
        del lines[where]
    elif action == "copy" and lines:
        lines.insert(where, lines[draw(st.integers(0, len(lines) - 1))])
    elif action == "char" and where < len(lines) and lines[where]:
        at = draw(st.integers(0, len(lines[where]) - 1))
        line = lines[where]
        lines[where] = line[:at] + draw(st.sampled_from(SINGLE_CHARS)) + line[at + 1:]
    return "\n".join(lines).encode("utf-8")


# What only the hand-written reader refuses (see tests/test_po_read.py): messages the
# reference read with some of their text silently dropped, all grammar, never spelling;
# and a msgstr[N] without a msgid_plural whose message the reference took as live with
# its "#~" line's form (msgfmt: "missing 'msgid_plural' section").
STRICTER = ("PO syntax error:", "the file ends inside a message",
            "plural translations must be numbered", "duplicate message",
            "msgstr[N] needs a msgid_plural")


MIXED_MARKS = "PO syntax error: inconsistent use of #~"


def _same_message(data: bytes, first: int, last: int) -> bool:
    """Whether lines `first` to `last` (1-based) are one block: no blank line between."""
    lines = data.split(b"\n")[first - 1:last]
    return first <= last and all(line.strip() for line in lines)


def with_sentinel(data: bytes) -> Catalog:
    """The reference's reading when the file does not end on a comment line (polib then
    drops the last message): a message added at the end, then taken away."""
    read = _parse_with_polib(data + b'\n\nmsgid "\\tsentinel"\nmsgstr ""\n', "x.po")
    assert read.entries[-1].msgid == "\tsentinel"
    return Catalog(header_fields=read.header_fields, entries=read.entries[:-1],
                   path=read.path, header_comments=read.header_comments,
                   header_flags=read.header_flags)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged())
@example(b'#~ msgid "0"\n#~ msgid_plural ""\n#~ msgstr[0] "0"\n#~ "0"\n#~ msgstr[0] "0"\n')
@example(b'msgid "x"\n#~ "0"\n#~ msgstr[3] ""\n')  # polib: line 1, msgfmt and the reader: 2
@example(b'#~ msgid "a"\n#~ msgid_plural "b"\nmsgstr[7] "c"\n')  # both: line 1, the numbering
def test_a_damaged_file_is_refused_no_later_and_read_no_more_loosely(data: bytes):
    mine, reference = read_both(data)
    if isinstance(reference, InputError):
        # Never more lenient; the first error in the file, the reference's own message
        # when it is on the same line, unless ours names one of the faults the reference
        # misreads (a repeated msgstr[N] is "needs a msgid_plural" to polib).
        assert isinstance(mine, InputError), f"accepted what the reference refuses: {reference}"
        if mine.message.startswith(MIXED_MARKS) and _same_message(data, reference.line,
                                                                  mine.line):
            # A line whose "#~" differs from its message's: the reference, which reads no
            # marks, may find a later fault of that message (a msgstr[N] its msgid lacks
            # the msgid_plural of) and name the message's first line; msgfmt names this
            # line first, as the reader does.
            return
        assert mine.line <= reference.line
        if mine.line == reference.line and not mine.message.startswith(STRICTER):
            assert (mine.column, mine.message) == (reference.column, reference.message)
    elif isinstance(mine, InputError):
        assert mine.message.startswith(STRICTER), mine
    else:
        assert isinstance(reference, Catalog)
        if mine == reference:
            same(mine, reference)
            return
        # The documented differences: an empty msgid with a context (a message, not the
        # header), the last message when the file ends on a comment line, and a
        # translator's comment whose "|" follows white space, which polib unescapes as a
        # previous msgid's line (test_po_read's comments read as GNU gettext reads them).
        assume(not any(e.msgid == "" for e in (*mine.entries, *reference.entries)))
        assume(not re.search(rb"^#[ \t]+\|", data, re.MULTILINE))
        same(mine, with_sentinel(data))

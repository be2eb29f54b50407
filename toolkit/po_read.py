"""Reading PO and POT files into the immutable `Catalog` model.

polib does the parsing. Around it this module adds what a tool that must never lose a
translator's work needs: the charset the header declares is honoured (or refused with a
clear message), every syntax error becomes an `InputError` with its line, text that polib
would silently misread (an unquoted string, an unknown escape) is refused, duplicate
messages are refused as msgfmt refuses them, and each entry remembers the line of its
``msgid`` keyword for messages.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import polib

from toolkit.catalog import Catalog, Entry, Key, Reference
from toolkit.errors import InputError

_CHARSET = re.compile(rb"Content-Type:[^\"\\]*?charset=([A-Za-z0-9_.:\-]+)", re.IGNORECASE)
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_ESCAPE = re.compile(r"\\(.)")
_ESCAPES = frozenset('ntrvbf\\"')
_KEYWORD = re.compile(r"(msgctxt|msgid|msgid_plural|msgstr|msgstr\[[0-9]\])\s+(.*)")
_PREVIOUS = frozenset({"msgctxt", "msgid", "msgid_plural"})
_UNSAFE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE,
                codecs.BOM_UTF16_BE)


def read_po(path: Path) -> Catalog:
    """Read a PO or POT file; `InputError` (with a line) when it cannot be trusted."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from exc
    return parse_po(data, path)


def parse_po(data: bytes, path: Path | str) -> Catalog:
    """Parse the bytes of a PO or POT file."""
    text = _decode(data, path)
    _check_syntax(text, path)
    parser = _Parser(text)
    try:
        pofile = parser.parse()
    except OSError as exc:  # polib reports syntax errors as IOError("... (line N)")
        found = re.search(r"line (\d+)", str(exc))
        line = int(found.group(1)) if found else 0
        raise InputError(path, f"PO syntax error: {_what(text, line)} is not allowed here "
                         "(every msgid needs a msgstr, in the order msgctxt, msgid, "
                         "msgstr)", line) from exc
    if parser.current_state in _OPEN_STATES:
        raise InputError(path, "the file ends inside a message: msgstr is missing",
                         parser.current_line)
    return _catalog(pofile, path)


# Parser states in which the last message has not got its msgstr yet.
_OPEN_STATES = frozenset({"ct", "mi", "mp", "pc", "pm", "pp"})


def _what(text: str, line: int) -> str:
    lines = text.splitlines()
    if not 0 < line <= len(lines):
        return "this"
    words = lines[line - 1].split()
    return repr(words[0][:40]) if words else "this"


def declared_charset(data: bytes) -> str:
    """The charset the header declares; a template's placeholder ``CHARSET`` is UTF-8."""
    found = _CHARSET.search(data)
    if not found:
        return "utf-8"
    name = found.group(1).decode("ascii")
    return "utf-8" if name.upper() == "CHARSET" else name


def _decode(data: bytes, path: Path | str) -> str:
    if data.startswith(_UNSAFE_BOMS):
        raise InputError(path, "UTF-16 and UTF-32 catalogs are not supported by gettext; "
                         "convert the file to UTF-8 (msgconv --to-code=UTF-8)", 1)
    data = data.removeprefix(codecs.BOM_UTF8)
    charset = declared_charset(data)
    try:
        codec = codecs.lookup(charset)
    except LookupError as exc:
        raise InputError(path, f"the header declares an unknown charset {charset!r}",
                         _line_of(data, data.find(charset.encode("ascii")))) from exc
    if "msgid".encode(codec.name, errors="replace") != b"msgid":
        raise InputError(path, f"charset {charset!r} is not ASCII-compatible, which gettext "
                         "requires; convert the file to UTF-8")
    try:
        return data.decode(codec.name)
    except UnicodeDecodeError as exc:
        bad = data[exc.start:exc.start + 1].hex()
        raise InputError(path, f"byte 0x{bad} is not valid {charset} (the charset the "
                         "header declares)", _line_of(data, exc.start)) from exc


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, max(offset, 0)) + 1


# A line that is certainly fine (most lines of most files), tested in one C call; any
# other line gets the slower checks below, which name what is wrong.
_S = r'"(?:[^"\\]++|\\[ntrvbf\\"])*+"'
_KW = r"(?:(?:msgctxt|msgid|msgid_plural|msgstr|msgstr\[[0-9]\])[ \t]+)?"
_PREV = r"(?:(?:msgctxt|msgid|msgid_plural)[ \t]+)?"
_GOOD_LINE = re.compile(
    rf"[ \t]*(?:|#(?![~|]).*|#~[ \t]*(?:\|[ \t]*{_PREV}{_S}|{_KW}{_S}|)|#\|[ \t]*{_PREV}{_S}"
    rf"|{_KW}{_S})[ \t]*")


def _check_syntax(text: str, path: Path | str) -> None:
    """Refuse what polib would misread instead of rejecting: it trusts every quote."""
    good = _GOOD_LINE.fullmatch
    for number, raw in enumerate(text.splitlines(), 1):
        if good(raw):
            continue
        line = raw.strip()
        if line.startswith("#~"):
            line = line[2:].lstrip()
            if line.startswith("|"):
                line = line[1:].lstrip()
            if not line:
                continue
        elif line.startswith("#|"):
            line = line[2:].lstrip()
            keyword = _KEYWORD.fullmatch(line)
            if keyword and keyword.group(1) not in _PREVIOUS:
                raise InputError(path, f"'{keyword.group(1)}' cannot be a previous "
                                 "(#|) keyword", number)
        elif line.startswith("#") or not line:
            continue
        if line.startswith('"'):
            _check_string(line, path, number)
            continue
        keyword = _KEYWORD.fullmatch(line)
        if keyword is None:
            word = line.split(None, 1)[0]
            raise InputError(path, f"unexpected {word[:40]!r}: expected a keyword "
                             "(msgid, msgstr...), a quoted string or a comment", number)
        _check_string(keyword.group(2), path, number)


def _check_string(token: str, path: Path | str, number: int) -> None:
    if not _STRING.fullmatch(token):
        raise InputError(path, "expected one string in double quotes, with inner quotes "
                         'escaped as \\"', number)
    for escape in _ESCAPE.finditer(token[1:-1]):
        if escape.group(1) not in _ESCAPES:
            raise InputError(path, f"unsupported escape sequence '\\{escape.group(1)}'",
                             number)


class _Parser(polib._POFileParser):  # type: ignore[misc]  # polib has no public hook
    """polib's parser on text we decoded, remembering each msgid's line."""

    def __init__(self, text: str) -> None:
        super().__init__("", encoding="utf-8")
        # polib skips the previous msgid of an obsolete entry (``#~| msgid``); as a plain
        # ``#|`` line it is read like any other, and the line numbers stay the same.
        self.fhandle = ["#|" + line.lstrip()[3:] if line.lstrip().startswith("#~|") else line
                        for line in text.splitlines()]

    def handle_mi(self) -> bool:
        result: bool = super().handle_mi()
        self.current_entry.msgid_line = self.current_line
        return result


def _catalog(pofile: polib.POFile, path: Path | str) -> Catalog:
    entries: list[Entry] = []
    seen: dict[Key, int] = {}
    for raw in pofile:
        entry = _entry(raw, path)
        if not entry.obsolete:
            if entry.key in seen:
                raise InputError(path, f"duplicate message (first defined at line "
                                 f"{seen[entry.key]})", entry.line)
            seen[entry.key] = entry.line
        entries.append(entry)
    header_comments = _lines(pofile.header)
    has_header = bool(pofile.metadata) or pofile.metadata_is_fuzzy != 0
    if header_comments and not has_header and entries:
        # Without a header entry, polib files the first entry's comments as the header's.
        first = entries[0]
        entries[0] = Entry(**{**_fields(first), "translator_comments":
                              header_comments + first.translator_comments})
        header_comments = ()
    flags = pofile.metadata_is_fuzzy or []
    return Catalog(
        header_fields=tuple((k, v) for k, v in pofile.metadata.items()),
        entries=tuple(entries),
        path=Path(path),
        header_comments=header_comments,
        header_flags=tuple(flags),
    )


def _fields(entry: Entry) -> dict[str, object]:
    return {name: getattr(entry, name) for name in entry.__dataclass_fields__}


def _entry(raw: polib.POEntry, path: Path | str) -> Entry:
    line = getattr(raw, "msgid_line", raw.linenum or 0)
    plural: tuple[str, ...] = ()
    if raw.msgid_plural:
        indexes = sorted(raw.msgstr_plural)
        if indexes != list(range(len(indexes))):
            raise InputError(path, "plural translations must be numbered msgstr[0], "
                             "msgstr[1]... without gaps", line)
        plural = tuple(raw.msgstr_plural[i] for i in indexes)
    elif raw.msgstr_plural:
        raise InputError(path, "msgstr[N] needs a msgid_plural", line)
    return Entry(
        msgid=raw.msgid,
        msgstr=raw.msgstr if not raw.msgid_plural else "",
        msgctxt=raw.msgctxt,
        msgid_plural=raw.msgid_plural or None,
        msgstr_plural=plural,
        flags=tuple(f for f in raw.flags if f),
        translator_comments=_lines(raw.tcomment),
        extracted_comments=_lines(raw.comment),
        references=tuple(_reference(f, n) for f, n in raw.occurrences),
        previous_msgctxt=raw.previous_msgctxt,
        previous_msgid=raw.previous_msgid,
        previous_msgid_plural=raw.previous_msgid_plural,
        obsolete=bool(raw.obsolete),
        line=line,
    )


def _reference(file: str, line: str) -> Reference:
    return (file, int(line) if line.isdigit() else None)


def _lines(text: str | None) -> tuple[str, ...]:
    return tuple(text.split("\n")) if text else ()

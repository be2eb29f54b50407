"""Reading PO and POT files into the immutable `Catalog` model.

The parser is written by hand: one pass over the lines, a small state machine, strings
decoded without a regular expression unless they hold an escape. polib, which did the
parsing before, cost most of `communique update` and of every `build`; this reader is
held equal to it by the test suite (`_parse_with_polib`, polib plus the checks below, is
kept as the reference): every catalog of the repository and thousands of generated ones
give equal catalogs, and broken files give the same error on the same line.

What a tool that must never lose a translator's work needs, on top of gettext's syntax:
the charset the header declares is honoured (or refused with a clear message), every
syntax error is an `InputError` with its line, text that polib would silently misread
(an unquoted string, a stray quote, an unknown escape) is refused, duplicate messages
are refused as msgfmt refuses them, and each entry remembers the line of its ``msgid``
keyword for messages.

Where this reader and the reference differ, on purpose (each is specified in
tests/test_po_read.py, and GNU msgfmt agrees with this reader every time):

- A line ends at ``\\n``, ``\\r\\n`` or ``\\r`` only. Python's ``splitlines`` also broke
  lines at U+2028, U+2029, NEL, VT, FF and FS/GS/RS, so a msgstr holding one could
  not be read back (msgcat and `toolkit.po_write` write U+2028 as it is).
- What polib read while losing part of it is a syntax error: a second msgid, msgctxt or
  msgid_plural in one message (with a comment between), a plain msgstr in a plural
  message, a msgstr, msgstr[N] or msgid_plural that belongs to no msgid, msgstr[N]
  twice, a last msgid followed by comments but no msgstr, and a ``#| "..."`` string that
  continues anything but a previous msgctxt/msgid/msgid_plural (polib added it to the
  msgid or msgstr), and a message marked ``#~`` on some of its lines only (msgfmt:
  "inconsistent use of #~"; polib read it live or obsolete by its msgid). And the last
  message is kept when the file ends on a comment line (polib dropped it).
- The header is the live message with an empty msgid and no msgctxt; an empty msgid
  with a context is a message, and a second header is a duplicate. (polib took a lone
  ``msgctxt "x" msgid ""`` for the header, and kept one of two headers as a message.)
- C's numeric escapes (``\\ooo``, ``\\xHH``) and ``\\a``, which msgfmt reads and polib
  does not, are read as msgfmt reads them: a numeric escape is a byte of the declared
  charset, and a run of them cut between continued strings (``"caf\\303"`` then
  ``"\\251"``) is read whole, as msgfmt joins a message's strings before it decodes
  them. One that would lose text (a NUL, a value over 0xFF, bytes that are no text in
  the charset, joined or not) is refused at its column. The reference is given such
  strings in the escapes polib reads (`_polib_escapes`).
- A file with several errors reports the first one (the reference reported a badly
  quoted string anywhere before a misplaced keyword); a bare ``#|`` and a reference
  ``file:²``, on which the reference crashed, are a syntax error and a file name.
"""

from __future__ import annotations

import codecs
import os
import re
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from toolkit.atomic import read_bytes
from toolkit.catalog import (
    MSGCAT_MARKER,
    Catalog,
    Entry,
    Key,
    Reference,
    header_holds_marker,
    unended_field,
)
from toolkit.errors import (
    NOT_CHARSETS,
    DuplicateMessage,
    InputError,
    PoEncodingError,
    PoSyntaxError,
    UsageError,
    conflict_marker,
    merge_conflict,
)

if TYPE_CHECKING:
    import polib

_CHARSET = re.compile(rb"Content-Type:[^\"\\]*?charset=([A-Za-z0-9_.:\-]+)", re.IGNORECASE)
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_ESCAPE = re.compile(r"\\(.)")
_ESCAPES = frozenset('ntrvbfa\\"')
_UNESCAPE = {"n": "\n", "t": "\t", "r": "\r", "v": "\v", "b": "\b", "f": "\f",
             "a": "\a", "\\": "\\", '"': '"'}
_GOOD_STRING = re.compile(r'"((?:[^"\\]++|\\[ntrvbfa\\"])*+)"')
# C's numeric escapes, which GNU gettext reads (po-lex.c) and polib does not: up to three
# octal digits, or "x" and as many hex digits as follow, each one byte of the charset.
_NUMERIC = re.compile(r"\\(?:([0-7]{1,3})|x([0-9A-Fa-f]+)|(.))")
_UNESCAPE_PAIRS = tuple(("\\" + name, char) for name, char in _UNESCAPE.items())
_KEYWORD = re.compile(r"(msgctxt|msgid|msgid_plural|msgstr|msgstr\[[0-9]\])\s+(.*)")
_PREVIOUS = frozenset({"msgctxt", "msgid", "msgid_plural"})
# Catalogs come from translators and platforms: untrusted input, read whole (a 50 MB file
# took five times its size to validate). A release's catalog is kilobytes; the XML of
# releases has the same limit (xmlsafe.MAX_BYTES), which this one may be raised above.
_MIB = 1024 * 1024
MAX_BYTES = 16 * _MIB
MAX_MIB_VARIABLE = "COMMUNIQUE_MAX_PO_MIB"
_UNSAFE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE,
                codecs.BOM_UTF16_BE)


def read_po(path: Path) -> Catalog:
    """Read a PO or POT file; `InputError` (with a line) when it cannot be trusted."""
    data = read_bytes(path)
    reader = _Reader(*_decode_as(data, path), path)
    del data  # decoded: a large file's bytes are not held while it is read
    return reader.catalog()


def read_po_marked(path: Path) -> tuple[Catalog, bool]:
    """`read_po`, and whether the file starts with a UTF-8 byte order mark (read past,
    but refused by msgfmt: validate reports it)."""
    data = read_bytes(path)
    bom = data.startswith(codecs.BOM_UTF8)
    reader = _Reader(*_decode_as(data, path), path)
    del data
    return reader.catalog(), bom


def parse_po(data: bytes, path: Path | str) -> Catalog:
    """Parse the bytes of a PO or POT file."""
    return _Reader(*_decode_as(data, path), path).catalog()


# ------------------------------------------------------------------- lookups for build
# A build asks a catalog for a translation of each of a release's ~20 messages, and
# nothing else: not its comments, references, previous strings or header. Read as
# `parse_po` reads it, a catalog is a `Catalog` of complete entries, a line at a time
# in Python (~1.4M instructions for the benchmark's 18-message catalogs). The catalogs
# communique and gettext's tools write are mostly in a subset of the syntax that one
# regular expression reads a message at a time: comment lines, then a msgid, then a
# msgstr, each string on one line or continued by quoted lines. A catalog all in that
# subset is read so (the regular expression checks each line as strictly as the reader
# does), and of its comments only a ``#,`` line is looked at; any other (a msgctxt, a
# plural, an obsolete or previous message, stray white space, a line the reader would
# refuse, a duplicate) is read by `parse_po`, which also gives any error its words.

# A string's text is matched as ".*" (a tight loop in the regular expression engine, where
# a class of allowed characters is tested one character at a time at ten times the
# cost), and checked after: a text with no quote and no backslash is well quoted.
# They are compiled when first used: extract, update and validate never use them.


@cache
def _quick() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A message; what may follow the last message (comment and blank lines: the reader
    keeps them as a message without a msgid, which it does not refuse); a ``#,`` line."""
    return (re.compile(r"((?:(?:#(?:[ \t#].*|[.:,](?:[ \t].*)?)?)?\n)*+)"  # comments, blanks
                       r'msgid "(.*)"((?:\n".*")*+)\n'
                       r'msgstr "(.*)"((?:\n".*")*+)(?:\n|\Z)'),
            re.compile(r"(?:(?:#(?:[ \t#].*|[.:,](?:[ \t].*)?)?)?(?:\n|\Z))*+"),
            re.compile(r"^#,[ \t](.*)", re.MULTILINE))


@cache
def _good_strings() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The inside of one pair of quotes, and continuation lines, well quoted."""
    return (re.compile(r'(?:[^"\\]++|\\[ntrvbfa\\"])*+'),
            re.compile(r'(?:\n"(?:[^"\\]++|\\[ntrvbfa\\"])*+")*+'))


class Translation:
    """A message of a catalog as a build looks it up (the `Entry` fields it reads)."""

    __slots__ = ("_at", "_text", "fuzzy", "msgstr", "translated")

    def __init__(self, msgstr: str, fuzzy: bool, text: str, at: int) -> None:
        self.msgstr = msgstr
        self.fuzzy = fuzzy
        self.translated = bool(msgstr) and not fuzzy  # as `Entry.translated`
        self._text = text
        self._at = at  # where its msgid keyword is in the text

    @property
    def line(self) -> int:
        """The line of its msgid keyword: counted when asked (for a message about it),
        as a build asks for few."""
        return self._text.count("\n", 0, self._at) + 1


class Translations:
    """A catalog's live messages by msgid, for lookups only (see `parse_translations`),
    and its header's line that lacks its ``\\n`` (`catalog.unended_field`), if any."""

    __slots__ = ("messages", "path", "unended")

    def __init__(self, messages: dict[str, Translation], path: Path | str,
                 unended: tuple[int, int, str, str] | None = None) -> None:
        self.messages = messages
        self.path = path
        self.unended = unended

    def lookup(self, msgid: str, msgctxt: str | None = None) -> Translation | None:
        """As `Catalog.lookup`: the live message, or None (this catalog has no msgctxt)."""
        return self.messages.get(msgid) if msgctxt is None else None


def read_translations(path: Path) -> Translations | Catalog:
    """`parse_translations` of a file (refused as `read_po` refuses it)."""
    return parse_translations(read_bytes(path), path)


def parse_translations(data: bytes, path: Path | str) -> Translations | Catalog:
    """What `Catalog.lookup` would find in the file, for a caller that only looks up
    translations: `Translations` when the file is in the subset read by one regular
    expression, else the `Catalog` that `parse_po` reads. Every file is refused
    exactly as `parse_po` refuses it (by `parse_po` itself)."""
    text, _ = _decode_as(data, path)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    messages: dict[str, Translation] = {}
    quick_message, quick_end, flags_line = _quick()
    match = quick_message.match
    position = 0
    header = False
    unended = None
    while (found := match(text, position)) is not None:
        comments, msgid, more_id, msgstr, more_str = found.groups()
        start, position = found.end(1), found.end()
        strings = 2 + (more_id.count("\n") if more_id else 0) + (
            more_str.count("\n") if more_str else 0)
        if text.count('"', start, position) == 2 * strings \
                and text.find("\\", start, position) < 0:
            # The usual message: two quotes a line and no backslash, so every string is
            # well quoted and means what it says.
            if more_id:
                msgid += more_id[2:-1].replace('"\n"', "")
            if more_str:
                msgstr += more_str[2:-1].replace('"\n"', "")
        elif not msgid and not more_id:  # the header: its fields are not looked up
            good_text, good_lines = _good_strings()
            if good_text.fullmatch(msgstr) is None or good_lines.fullmatch(more_str) is None:
                return parse_po(data, path)
        else:
            msgid, msgstr = _text(msgid, more_id), _text(msgstr, more_str)
            if msgid is None or msgstr is None:
                return parse_po(data, path)  # a string the reader refuses
        if not msgid:
            if header:  # a second header: a duplicate, refused by the reader
                return parse_po(data, path)
            header = True
            if more_str and _unended(found.group(4), more_str):
                unended = unended_field(text[:position].split("\n"))
        elif msgid in messages:  # a duplicate, refused by the reader
            return parse_po(data, path)
        else:
            fuzzy = "#," in comments and _fuzzy(comments, flags_line)
            messages[msgid] = Translation(msgstr, fuzzy, text, start)
    if position < len(text) and quick_end.fullmatch(text, position) is None:
        return parse_po(data, path)
    return Translations(messages, path, unended)


def _unended(first: str, more: str) -> bool:
    """Whether a line of the header's msgstr (the inside of its first string, and the
    quoted lines that continue it) may lack the ``\\n`` that ends it before a line that
    starts a field: `unended_field` tells, reading the header's lines again only then
    (msgfmt -c reads the next field as part of its value; `update` and validate refuse
    such a file). A line continued by one that starts no field is a value wrapped, as
    msgmerge wraps a long Plural-Forms: most catalogs of such a language have one."""
    if first and not first.endswith("\\n") and _FIELD_START.match(more, 1):
        return True
    return _UNENDED_LINE.search(more) is not None


# A quoted line that starts a header field, and one that follows a line without its \n
# (written from its line break on: a pattern that starts with a literal is searched for
# as one, where one that starts with a look-behind was tried at every character of the
# header, ~70K instructions a catalog).
_FIELD_START = re.compile(r'"[A-Za-z][A-Za-z0-9-]*:')
_UNENDED_LINE = re.compile(r'"\n"(?<!\\n"\n")[A-Za-z][A-Za-z0-9-]*:')


def _text(first: str, more: str) -> str | None:
    """The text of a string, given the inside of its first quoted part and the quoted
    lines that continue it; None when a part is not one well-quoted string."""
    good_text, good_lines = _good_strings()
    if good_text.fullmatch(first) is None or (more and good_lines.fullmatch(more) is None):
        return None
    if more:
        first += more[2:-1].replace('"\n"', "")
    return _ESCAPE.sub(_unescape_one, first) if "\\" in first else first


def _fuzzy(comments: str, flags_line: re.Pattern[str]) -> bool:
    """Whether the ``#,`` lines among a message's comments flag it fuzzy (as the reader
    splits them: at commas, each flag stripped)."""
    return any(flag.strip() == "fuzzy" for flags in flags_line.findall(comments)
               for flag in flags.split(","))


def declared_charset(data: bytes) -> str:
    """The charset the header declares; a template's placeholder ``CHARSET`` is UTF-8."""
    found = _charset_search(data)
    if not found:
        return "utf-8"
    name = found.group(1).decode("ascii")
    return "utf-8" if name.upper() == "CHARSET" else name


def _charset_search(data: bytes) -> re.Match[bytes] | None:
    """`_CHARSET.search(data)`, sooner. A search with IGNORECASE tries the whole pattern
    at every byte before the field (~30k instructions a catalog); a match can only start
    where "content-type:" is, in any case, so the usual spelling is found as a substring,
    and the search tried there first if no other spelling comes before it."""
    at = data.find(b"Content-Type:")
    if at < 0 or b"content-type:" in data[:at].lower():
        return _CHARSET.search(data)
    return _CHARSET.match(data, at) or _CHARSET.search(data, at + 1)


def max_bytes() -> int:
    """The largest catalog read: `MAX_BYTES`, or more when `MAX_MIB_VARIABLE` says so.

    Asked only of a file over `MAX_BYTES`: the usual catalog never reads the setting."""
    setting = os.environ.get(MAX_MIB_VARIABLE, "").strip()
    if not setting:
        return MAX_BYTES
    if not setting.isdecimal() or int(setting) < 1:
        raise UsageError(f"{MAX_MIB_VARIABLE} must be a whole number of MiB, such as 64, "
                         f"not {setting!r}")
    return max(MAX_BYTES, int(setting) * _MIB)


def _too_large(size: int, path: Path | str) -> InputError | None:
    limit = max_bytes()
    if size <= limit:
        return None
    return InputError(path, f"cannot read: the file is {size / _MIB:.1f} MiB, over the "
                      f"{limit // _MIB} MiB a catalog may have (a release's catalog is "
                      "kilobytes); if it is meant to be this large, raise the limit: "
                      f"{MAX_MIB_VARIABLE}={-(-size // _MIB)}")


def _decode_as(data: bytes, path: Path | str) -> tuple[str, str]:
    """The text of a file, and the name of the codec it was decoded with (which its
    numeric escapes, bytes, are decoded with too)."""
    if len(data) > MAX_BYTES and (refused := _too_large(len(data), path)) is not None:
        raise refused
    if data.startswith(_UNSAFE_BOMS):
        raise PoEncodingError(path, "UTF-16 and UTF-32 catalogs are not supported by gettext; "
                              "convert the file to UTF-8 (msgconv --to-code=UTF-8)", 1)
    data = data.removeprefix(codecs.BOM_UTF8)
    charset = declared_charset(data)
    try:
        codec = codecs.lookup(charset)
        # Python's codecs include transforms that are no charset (base64, zlib, rot13),
        # whose encode() refuses text, and codecs that refuse the error handler (idna,
        # undefined): each was a traceback, exit 1, from every command reading the file.
        sample = "msgid".encode(codec.name, errors="replace")
        if codec.name in NOT_CHARSETS:
            raise LookupError(charset)
    except (LookupError, UnicodeError) as exc:
        raise PoEncodingError(path, f"the header declares an unknown charset {charset!r}",
                              _line_of(data, data.find(charset.encode("ascii")))) from exc
    if sample != b"msgid":
        raise PoEncodingError(path, f"charset {charset!r} is not ASCII-compatible, which gettext "
                              "requires; convert the file to UTF-8")
    if codec.name != "utf-8" and not data.isascii():
        _refuse_utf8_mislabelled(data, path, charset, codec.name)
    try:
        return data.decode(codec.name), codec.name
    except UnicodeDecodeError as exc:
        bad = data[exc.start:exc.start + 1].hex()
        # Its column in characters, as every column the reader gives. What is before it
        # on its line decodes (this is the first bad byte), but a stateful charset may
        # not decode from the line's start: "replace" counts such a byte as one.
        start = data.rfind(b"\n", 0, exc.start) + 1
        column = len(data[start:exc.start].decode(codec.name, errors="replace")) + 1
        raise PoEncodingError(path, f"byte 0x{bad} is not valid {charset} (the charset the "
                              "header declares)", _line_of(data, exc.start), column) from exc


def _refuse_utf8_mislabelled(data: bytes, path: Path | str, charset: str,
                             codec: str) -> None:
    """Refuse a file in UTF-8 whose header declares another charset.

    An editor that saves in UTF-8 keeps the header it was given (``charset=ISO-8859-1``,
    ``windows-1252``): its bytes are read as that charset without an error, each
    character as two or three others ('訳' as 'è¨³'), and `update` wrote them back in
    UTF-8 so, every translation garbled for good, exit 0. Text in a legacy charset that
    is also valid UTF-8 is all but impossible (a letter above ASCII would have to be
    followed by one of the bytes 0x80-0xBF each time), so this is no guess.
    """
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return  # not UTF-8: the declared charset is believed
    at = next(index for index, byte in enumerate(data) if byte >= 0x80)
    start = data.rfind(b"\n", 0, at) + 1
    column = len(data[start:at].decode("utf-8")) + 1
    end = at + 1
    while end < len(data) and 0x80 <= data[end] < 0xC0:
        end += 1
    meant, misread = data[at:end].decode("utf-8"), data[at:end].decode(codec, "replace")
    raise PoEncodingError(path, f"the file is UTF-8, but the header declares charset "
                          f"{charset!r}, as which {meant!r} would read as {misread!r}: correct "
                          "the header to charset=UTF-8", _line_of(data, at), column)


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, max(offset, 0)) + 1


# ------------------------------------------------------------------------ lexical checks
# Shared by the reader (to name what is wrong with a line it cannot read) and the
# reference (which runs them over every line before polib sees the file).

# Every error names the column of what it is about, as msgfmt does. The text checked is
# always the end of the line (it is only ever stripped on the left), so the column of a
# part is worked out from its length when an error is raised, never on the way.

def _column(raw: str, rest: str) -> int:
    """The column (from 1) of `rest`, the end of the line `raw`."""
    return len(raw.rstrip()) - len(rest) + 1


def _check_line(raw: str, path: Path | str, number: int) -> None:
    """Refuse what polib would misread instead of rejecting: it trusts every quote."""
    line = raw.strip()
    if line.startswith("#~"):
        line = line[2:].lstrip()
        if line.startswith("|"):
            line = line[1:].lstrip()
        if not line:
            return
    elif line.startswith("#|"):
        line = line[2:].lstrip()
        keyword = _KEYWORD.fullmatch(line)
        if keyword and keyword.group(1) not in _PREVIOUS:
            raise PoSyntaxError(path, f"'{keyword.group(1)}' cannot be a previous "
                                "(#|) keyword", number, _column(raw, line))
        if not line:
            return  # a bare "#|": nothing to quote; the grammar refuses it
    elif line.startswith("#") or not line:
        return
    if line.startswith('"'):
        _check_string(line, raw, path, number)
        return
    keyword = _KEYWORD.fullmatch(line)
    if keyword is None:
        if conflict_marker(raw):  # (the first line refused, so the conflict's first)
            raise merge_conflict(path, raw, number)
        word = line.split(None, 1)[0]
        raise PoSyntaxError(path, f"unexpected {word[:40]!r}: expected a keyword "
                            "(msgid, msgstr...), a quoted string or a comment", number,
                            _column(raw, line))
    _check_string(keyword.group(2), raw, path, number)


def _check_string(token: str, raw: str, path: Path | str, number: int) -> None:
    """Refuse `token` (the end of the line `raw`) unless it is one well-quoted string."""
    if not _STRING.fullmatch(token):
        raise PoSyntaxError(path, "expected one string in double quotes, with inner quotes "
                            'escaped as \\"', number,
                            _column(raw, token) + _string_fault(token))
    for escape in _NUMERIC.finditer(token[1:-1]):
        if escape.group(3) is not None and escape.group(3) not in _ESCAPES:
            raise PoSyntaxError(path, f"unsupported escape sequence '\\{escape.group(3)}'",
                                number, _column(raw, token) + 1 + escape.start())


def _string_fault(token: str) -> int:
    """Where a token that is not one quoted string goes wrong (an offset into it): an
    inner quote not escaped, a second token after the string, or else (no string, or
    one never closed) its start."""
    if token[:1] != '"':
        return 0
    at = 1
    while at < len(token):
        if token[at] == "\\":
            at += 2
            continue
        if token[at] == '"':
            after = token[at + 1:]
            if after[:1].isspace():
                return len(token) - len(after.lstrip())
            return at
        at += 1
    return 0


def _duplicate(first: int) -> str:
    return f"duplicate message (first defined at line {first})"


def _syntax_error(path: Path | str, raw: str, number: int) -> PoSyntaxError:
    """A line that is well formed but not allowed where it is, named by its keyword or
    string (after the ``#~``, ``#|`` or ``#~|`` that marks an obsolete or previous one)."""
    line = raw.strip()
    for mark in ("#~|", "#~", "#|"):
        if line.startswith(mark) and line[len(mark):].strip():
            line = line[len(mark):].lstrip()
            break
    words = line.split()
    what = repr(words[0][:40]) if words else "this"
    return PoSyntaxError(path, f"PO syntax error: {what} is not allowed here (every msgid "
                         "needs a msgstr, in the order msgctxt, msgid, msgstr)", number,
                         _column(raw, line) if words else 0)


def _mixed_marks(path: Path | str, raw: str, number: int) -> PoSyntaxError:
    """A line of a message marked ``#~`` when the message's first keyword is not, or
    the reverse: msgfmt refuses it ("inconsistent use of #~"). Read as one message, a
    msgid a translator took the mark off, its msgstr still marked, was a live message
    (to validate, only a stale one) in a file that msgfmt refuses."""
    line = raw.strip()
    marked = line.startswith("#~")
    mark = next((m for m in ("#~|", "#~", "#|") if line.startswith(m)), "")
    words = line[len(mark):].split()
    what = repr(words[0][:40]) if words else "this"
    if marked:
        fault = (f"{what} is marked obsolete (#~) and the lines of its message before it "
                 "are not: take the #~ off this line to revive the message, or put it on "
                 "every line of it to keep it obsolete")
    else:
        fault = (f"{what} is not marked obsolete (#~) and the lines of its message before "
                 "it are: take the #~ off every line of the message to revive it, or put "
                 "it on this line too")
    return PoSyntaxError(path, f"PO syntax error: inconsistent use of #~: {fault}", number,
                         _column(raw, line))


def _refuse(path: Path | str, raw: str, number: int) -> NoReturn:
    """A line the reader cannot take: say what is wrong with it, as precisely as we can."""
    _check_line(raw, path, number)
    raise _syntax_error(path, raw, number)


def _unquote(codec: str, token: str, raw: str, path: Path | str, number: int,
             lines: list[str]) -> str:
    """The text of a quoted string (the end of the line `raw`, of `lines`) that holds a
    backslash or a quote (or is broken); `codec` decodes its numeric escapes."""
    found = _GOOD_STRING.fullmatch(token)
    if found is None:
        if _STRING.fullmatch(token) and _NUMERIC.search(token):
            return _numeric_string(codec, token, raw, path, number, lines)
        _refuse(path, raw, number)  # the line's check names what is wrong, and where
    body = found.group(1)
    if "\\\\" in body:  # an escaped backslash: replacing pair by pair could misread it
        return _ESCAPE.sub(_unescape_one, body)
    body = body.replace("\\n", "\n")  # the common one (headers), then the others
    if "\\" in body:
        for escape, char in _UNESCAPE_PAIRS:
            body = body.replace(escape, char)
    return body


def _unescape_one(found: re.Match[str]) -> str:
    return _UNESCAPE[found.group(1)]


def _numeric_string(codec: str, token: str, raw: str, path: Path | str, number: int,
                    lines: list[str]) -> str:
    """`_unquote` of a well-quoted string that holds an escape other than the named ones
    (a numeric one, or one that is refused), on line `number` of `lines`.

    msgfmt joins a message's continued strings before it decodes their bytes, so a
    character written as escapes may be split across lines (an editor wrapping at a
    width: ``"caf\\303"`` then ``"\\251"``). When this string ends with a numeric escape
    and the next line's string continues it and starts with one, the two are read as
    one string here, and that line is blanked in `lines` (its text is in this one's)."""
    body = token[1:-1]
    # Each part read: its line, the column of its text, where its text starts in `body`.
    parts = [(number, _column(raw, token) + 1, 0)]
    if _ends_with_byte(body):
        body = _join_continued(body, raw, lines, parts)
    text = _numeric_text(body, codec)
    if isinstance(text, str):
        return text
    offset, message, kind = text
    line, column, start = [part for part in parts if part[2] <= offset][-1]
    raise kind(path, message, line, column + offset - start)


def _ends_with_byte(body: str) -> bool:
    """Whether the inside of a quoted string ends with a numeric escape."""
    if body[-1:] not in _HEX_DIGITS:
        return False
    escapes = list(_NUMERIC.finditer(body))  # from the start: "\\101" holds none
    return bool(escapes) and escapes[-1].end() == len(body) and escapes[-1].group(3) is None


_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")


def _join_continued(body: str, raw: str, lines: list[str],
                    parts: list[tuple[int, int, int]]) -> str:
    """`body` (the string of `raw`, the line numbered `parts[0][0]`) and the strings that
    continue it while each ends with a numeric escape and the next starts with one.

    A string continues it when msgfmt would read it so: on the next line that is not
    blank, after the same ``#~``, ``#|`` or ``#~|`` mark, if any. Joined text lexes as
    its parts do, as each part joined starts with a backslash."""
    mark = _mark(raw.strip())
    index = parts[0][0]  # the next line's, in `lines`
    while True:
        while index < len(lines) and not lines[index].strip():
            index += 1
        if index == len(lines):
            return body
        following = lines[index]
        token = _continuation(following.strip(), mark)
        if token is None or _STRING.fullmatch(token) is None:
            return body
        first = _NUMERIC.match(token, 1)
        if first is None or first.group(3) is not None:
            return body
        part = token[1:-1]
        parts.append((index + 1, _column(following, token) + 1, len(body)))
        body += part
        lines[index] = ""
        index += 1
        if not _ends_with_byte(part):
            return body


def _mark(line: str) -> str:
    """What marks a (stripped) line as obsolete or previous: ``#~|``, ``#|``, ``#~``, or
    nothing."""
    for mark in ("#~|", "#|", "#~"):
        if line.startswith(mark):
            return mark
    return ""


def _continuation(line: str, mark: str) -> str | None:
    """The quoted string of a (stripped) line that is a continuation after `mark`."""
    if mark:
        if not line.startswith(mark) or not line[len(mark):len(mark) + 1].isspace():
            return None
        line = line[len(mark):].lstrip()
    return line if line[:1] == '"' else None


# Where in a string (an offset) and why it cannot be read, and the kind of error it is.
_Fault = tuple[int, str, type[InputError]]


def _numeric_text(body: str, codec: str) -> str | _Fault:
    """The text of the inside of a quoted string read as msgfmt reads it, numeric escapes
    included; or why it cannot be read (`_Fault`).

    A numeric escape is a byte of the file's charset, as in gettext, so a run of them
    is decoded together (``\\303\\251`` is "é" in UTF-8). What msgfmt would read with
    part of the text lost is refused: a NUL (gettext's strings end there; msgcat drops
    the rest), an escape above 0xFF (msgfmt keeps its last byte: ``\\xe9c`` is not
    "éc"), and bytes that are no text in the charset (msgcat stops at them)."""
    parts: list[str] = []
    run = bytearray()  # the bytes of the numeric escapes read since the last text
    run_at = end = 0
    for found in _NUMERIC.finditer(body):
        start = found.start()
        named = found.group(3)
        if run and (start > end or named is not None):
            decoded = _run_text(run, codec, body[run_at:end], run_at)
            if not isinstance(decoded, str):
                return decoded
            parts.append(decoded)
            run.clear()
        parts.append(body[end:start])
        end = found.end()
        escape = found.group()
        if named is not None:
            if named not in _ESCAPES:
                return start, f"unsupported escape sequence '\\{named}'", PoSyntaxError
            parts.append(_UNESCAPE[named])
            continue
        octal = found.group(1)
        value = int(octal, 8) if octal is not None else int(found.group(2), 16)
        if value == 0:
            return start, (f"escape '{escape}' is a NUL character, at which gettext ends "
                           "the string (what follows would be lost): remove it"), PoSyntaxError
        if value > 0xFF:
            return start, (f"escape '{escape}' is more than one byte: msgfmt keeps only the "
                           f"last (\\x{value & 0xFF:02x}); write each byte as an escape of "
                           "its own, or the character itself"), PoSyntaxError
        if not run:
            run_at = start
        run.append(value)
    if run:
        decoded = _run_text(run, codec, body[run_at:end], run_at)
        if not isinstance(decoded, str):
            return decoded
        parts.append(decoded)
    parts.append(body[end:])
    return "".join(parts)


def _run_text(run: bytearray, codec: str, escapes: str, at: int) -> str | _Fault:
    """The text of a run of numeric escapes (`escapes`, at offset `at`), or why not."""
    try:
        return run.decode(codec)
    except UnicodeDecodeError:
        bytes_are = "is a byte" if len(run) == 1 else "are bytes"
        return at, (f"'{escapes}' {bytes_are} not valid in {codec} (the charset the "
                    "header declares): write the character itself"), PoEncodingError


# --------------------------------------------------------------------------- the reader
# The states are those of the grammar polib implements, so that a keyword is allowed
# exactly where it allowed it: the start, header comments, translator comments,
# extracted comments, references, flags, previous msgctxt/msgid/msgid_plural, then
# msgctxt, msgid, msgid_plural, msgstr and msgstr[N] (the last two end a message).
(_START, _HEADER, _TCOMMENT, _GCOMMENT, _REFS, _FLAGS, _PCTXT, _PID, _PPLURAL,
 _CTXT, _ID, _PLURAL, _STR, _XSTR) = range(14)
_DONE = frozenset({_STR, _XSTR})  # the next message starts with a comment or msgctxt/msgid
_OPEN = frozenset({_CTXT, _ID, _PLURAL, _PCTXT, _PID, _PPLURAL})  # the file cannot end here
_CTXT_AFTER = frozenset({_START, _HEADER, _GCOMMENT, _REFS, _FLAGS, _TCOMMENT, _PCTXT,
                         _PID, _PPLURAL, _STR, _XSTR})
_ID_AFTER = _CTXT_AFTER | {_CTXT}
_PLURAL_AFTER = frozenset({_TCOMMENT, _GCOMMENT, _PCTXT, _PID, _PPLURAL, _ID})
_STR_AFTER = frozenset({_ID, _PLURAL, _TCOMMENT})
_XSTR_AFTER = frozenset({_ID, _XSTR, _PLURAL, _TCOMMENT})

# Keyword (with the whitespace after it stripped) -> what it sets; msgstr[N] -> N.
_MSGCTXT, _MSGID, _MSGID_PLURAL, _MSGSTR = -1, -2, -3, -4
_KEYWORDS = {"msgctxt": _MSGCTXT, "msgid": _MSGID, "msgid_plural": _MSGID_PLURAL,
             "msgstr": _MSGSTR} | {f"msgstr[{n}]": n for n in range(10)}
_PREVIOUS_KEYWORDS = {"msgctxt": _PCTXT, "msgid": _PID, "msgid_plural": _PPLURAL}
_PREVIOUS_STATES = frozenset(_PREVIOUS_KEYWORDS.values())


class _Message:
    """A message being read: its strings so far, its comment lines joined (`_add_line`)."""

    __slots__ = ("comment", "ctxt", "flags", "id", "line", "obsolete", "plural", "plurals",
                 "prev_ctxt", "prev_id", "prev_plural", "refs", "str", "tcomment")

    def __init__(self) -> None:
        self.tcomment: str | None = None
        self.comment = ""
        self.refs: list[Reference] = []
        self.flags: list[str] = []
        self.prev_ctxt: str | None = None
        self.prev_id: str | None = None
        self.prev_plural: str | None = None
        self.ctxt: str | None = None
        self.id: str | None = None
        self.plural: str | None = None
        self.str: str | None = None
        self.plurals: dict[int, str] = {}
        # Set by its first keyword or string: whether that was marked ``#~``, as every
        # later one must be (`_mixed_marks`).
        self.obsolete: bool | None = None
        self.line = 0


def _add_line(text: str | None, line: str) -> str:
    """Comment lines joined by newlines; `text` is None before the first. An empty line
    is a line too, the first one included: a translator's comment that opens with a
    bare "#" (a spacer line, as Lokalize and hand-kept headers have) is written back by
    msgcat and msgmerge, and so by us. (polib joined them only after non-empty text, so
    such a line was lost.)"""
    return line if text is None else text + "\n" + line


# What the character after a line's "#" makes of it besides a translator's comment:
# a reference, an extracted comment, flags, a previous string, an obsolete entry, and
# "#!", which GNU gettext skips (refused here, as polib refuses it).
_MARKS = frozenset(":.,|~!")


def _lines(text: str | None) -> tuple[str, ...]:
    return tuple(text.split("\n")) if text else ()


def _reference(occurrence: str) -> Reference:
    file, sep, line = occurrence.rpartition(":")
    if sep and line.isdecimal():
        return (file, int(line))
    return (occurrence, None)


def _continue(message: _Message, state: int, index: int, value: str) -> bool:
    """Add a continuation string to the string being read; False when there is none."""
    if state == _ID:
        message.id = (message.id or "") + value
    elif state == _STR:
        message.str = (message.str or "") + value
    elif state == _CTXT:
        message.ctxt = (message.ctxt or "") + value
    elif state == _PLURAL:
        message.plural = (message.plural or "") + value
    elif state == _XSTR:
        message.plurals[index] += value
    elif state == _PID:
        message.prev_id = (message.prev_id or "") + value
    elif state == _PCTXT:
        message.prev_ctxt = (message.prev_ctxt or "") + value
    elif state == _PPLURAL:
        message.prev_plural = (message.prev_plural or "") + value
    else:
        return False
    return True


class _Reader:
    """One pass over the lines of a decoded PO file."""

    def __init__(self, text: str, codec: str, path: Path | str) -> None:
        self.text = text
        self.codec = codec
        self.path = path
        self.entries: list[Entry] = []
        self.seen: dict[Key, int] = {}  # messages (live or obsolete) -> line, for duplicates
        self.header: _Message | None = None
        self.header_comments: str | None = None

    def catalog(self) -> Catalog:
        # One loop, the common lines first: this is the hot path of update and build.
        # A line that is not what it should be goes to `_refuse`, which names the fault.
        path, finish, codec = self.path, self._finish, self.codec
        text, self.text = self.text, ""
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        lines = text.split("\n")
        del text  # the lines hold it all: a large file's text is not held twice
        # (Asked now: the last line may be blanked, read with the string it continues.)
        ends_with_newline = lines[-1] == ""
        state = _START
        message = _Message()
        index = 0  # the N of the last msgstr[N], which a continuation line adds to
        number = 0
        for number, raw in enumerate(lines, 1):  # `number` is read after the loop
            line = full = raw.strip()  # `full`: the whole line (`line` loses a #~)
            if not line:
                continue
            first = line[0]
            if first == "#":
                mark = line[1:2]
                if mark in (":", ".", ",") and line[2:3].isspace():
                    if state in _DONE:
                        finish(message)
                        message = _Message()
                    if mark == ":":
                        message.refs.extend(map(_reference, line[3:].split()))
                        state = _REFS
                    elif mark == ".":
                        comment = message.comment
                        message.comment = comment + "\n" + line[3:] if comment else line[3:]
                        state = _GCOMMENT
                    else:
                        message.flags.extend(flag.strip() for flag in line[3:].split(","))
                        state = _FLAGS
                    continue
                if mark not in _MARKS:  # "#", "# text", "##...", "#TODO"
                    # As GNU gettext reads a comment: what follows the "#", less one
                    # space ("## x" is "# x", "#  x" is " x"), which its writer puts back.
                    # (polib refuses "#TODO" and strips every "#" of "## x".)
                    comment = line[2:] if mark == " " else line[1:]
                    if state in (_START, _HEADER):
                        self.header_comments = _add_line(self.header_comments, comment)
                        state = _HEADER
                        continue
                    if state == _CTXT:
                        raise _syntax_error(path, raw, number)
                    if state in _DONE:
                        finish(message)
                        message = _Message()
                    message.tcomment = _add_line(message.tcomment, comment)
                    state = _TCOMMENT
                    continue
                if mark == "|" or line[1:3] == "~|":
                    # A previous msgctxt/msgid/msgid_plural (``#~|``: of an obsolete one).
                    start = 2 if mark == "|" else 3
                    rest = line[start:].lstrip()
                    if not rest or not line[start].isspace():
                        _refuse(path, raw, number)
                    if rest[0] == '"':
                        # It continues a previous string (polib let it continue any).
                        value = _unquote(codec, rest, raw, path, number, lines)
                        if state not in _PREVIOUS_STATES:
                            raise _syntax_error(path, raw, number)
                        _continue(message, state, index, value)
                        if message.obsolete is not (mark != "|"):
                            raise _mixed_marks(path, raw, number)
                        continue
                    quote = rest.find('"')
                    head = rest[:quote]
                    name = head.rstrip()
                    target = _PREVIOUS_KEYWORDS.get(name)
                    if quote < 0 or target is None or len(name) == len(head):
                        _refuse(path, raw, number)
                    value = _unquote(codec, rest[quote:], raw, path, number, lines)
                    if state in _DONE:
                        finish(message)
                        message = _Message()
                    if target == _PID:
                        message.prev_id = value
                    elif target == _PCTXT:
                        message.prev_ctxt = value
                    else:
                        message.prev_plural = value
                    state = target
                    marked = mark != "|"
                    if message.obsolete is not marked:
                        if message.obsolete is not None:
                            raise _mixed_marks(path, raw, number)
                        message.obsolete = marked
                    continue
                if mark == "~":
                    # A line of an obsolete message: read what follows the marker.
                    rest = line[3:].lstrip()
                    if not rest or not line[2].isspace() or rest[0] == "|":
                        _refuse(path, raw, number)
                    line, first = rest, rest[0]
                elif mark in (":", ".", ","):
                    if len(line) == 2:
                        continue  # an empty "#:", "#." or "#," says nothing
                    _refuse(path, raw, number)
                else:
                    _refuse(path, raw, number)
            if first == '"':
                end = len(line) - 1
                if line[-1] == '"' and line.find('"', 1) == end:
                    backslash = line.find("\\")
                    if backslash < 0:
                        value = line[1:-1]
                    elif backslash == end - 2 and line[-2] == "n":
                        value = line[1:-3] + "\n"  # a header line: only its line end escaped
                    else:
                        value = _unquote(codec, line, raw, path, number, lines)
                else:
                    value = _unquote(codec, line, raw, path, number, lines)
                if state == _ID:
                    message.id = (message.id or "") + value
                elif state == _STR:
                    message.str = (message.str or "") + value
                elif not _continue(message, state, index, value):
                    raise _syntax_error(path, raw, number)
                # (set: a string continued; `line` is not `full` after a "#~" mark)
                if message.obsolete is not (line is not full):
                    raise _mixed_marks(path, raw, number)
                continue
            quote = line.find('"')
            head = line[:quote]
            name = head.rstrip()
            keyword = _KEYWORDS.get(name) if quote > 0 and len(name) < len(head) else None
            if keyword is None:
                _refuse(path, raw, number)
            token = line[quote:]
            if token[-1] == '"' and token.find('"', 1) == len(token) - 1 \
                    and "\\" not in token:
                value = token[1:-1]
            else:
                value = _unquote(codec, token, raw, path, number, lines)
            if keyword == _MSGID:
                if state not in _ID_AFTER:
                    raise _syntax_error(path, raw, number)
                if state in _DONE:
                    finish(message)
                    message = _Message()
                elif message.id is not None:  # polib let a second msgid replace the first
                    raise _syntax_error(path, raw, number)
                message.id, message.line = value, number
                state = _ID
            elif keyword == _MSGSTR:
                # polib let a plain msgstr in a plural message be lost
                if state not in _STR_AFTER or message.id is None or message.plural:
                    raise _syntax_error(path, raw, number)
                message.str = value
                state = _STR
            elif keyword >= 0:  # msgstr[N]
                if state not in _XSTR_AFTER or message.id is None:
                    raise _syntax_error(path, raw, number)
                if message.plural is None:
                    # Said at once, at the message, as `_finish` would: before a later
                    # line's fault in the same message ("inconsistent use of #~").
                    raise PoSyntaxError(path, "msgstr[N] needs a msgid_plural", message.line)
                if keyword in message.plurals:
                    raise self._plural_error(message)
                message.plurals[keyword] = value
                state, index = _XSTR, keyword
            elif keyword == _MSGCTXT:
                if state not in _CTXT_AFTER:
                    raise _syntax_error(path, raw, number)
                if state in _DONE:
                    finish(message)
                    message = _Message()
                elif message.ctxt is not None or message.id is not None:
                    raise _syntax_error(path, raw, number)
                message.ctxt = value
                state = _CTXT
            else:  # msgid_plural
                if state not in _PLURAL_AFTER or message.id is None \
                        or message.plural is not None:
                    raise _syntax_error(path, raw, number)
                message.plural = value
                state = _PLURAL
            # The message is obsolete if its first keyword is marked "#~" (msgfmt:
            # "inconsistent use of #~" when any other is not, or the reverse).
            marked = line is not full  # (`line` is what follows a "#~" mark)
            if message.obsolete is not marked:
                if message.obsolete is not None:
                    plurals = message.plurals
                    if keyword >= 0 and len(plurals) != max(plurals) + 1:
                        # Its numbering is broken too (msgstr[7] alone): said at the
                        # message, as `_finish` says it, before this line's mark.
                        raise self._plural_error(message)
                    raise _mixed_marks(path, raw, number)
                message.obsolete = marked
        if state in _OPEN or (state not in _DONE and (message.id is not None
                                                      or message.ctxt is not None)):
            last = number - ends_with_newline
            raise PoSyntaxError(path, "the file ends inside a message: msgstr is missing", last)
        if state in _DONE:
            finish(message)
        return self._result()

    def _plural_error(self, message: _Message) -> PoSyntaxError:
        return PoSyntaxError(self.path, "plural translations must be numbered msgstr[0], "
                             "msgstr[1]... without gaps", message.line)

    def _finish(self, message: _Message) -> None:
        """Check a complete message and add it to the catalog (or take it as the header)."""
        msgid = message.id or ""
        msgctxt = message.ctxt
        obsolete = message.obsolete is True
        if not msgid and msgctxt is None and not obsolete:
            if self.header is not None:
                raise DuplicateMessage(self.path, _duplicate(self.header.line), message.line)
            self.header = message
            return
        plural = message.plural
        plurals = message.plurals
        forms: tuple[str, ...] = ()
        msgstr = ""
        if plural:
            if len(plurals) != (max(plurals) + 1 if plurals else 0):
                raise self._plural_error(message)
            forms = tuple(plurals[n] for n in range(len(plurals)))
        elif plurals:
            raise PoSyntaxError(self.path, "msgstr[N] needs a msgid_plural", message.line)
        else:
            msgstr = message.str or ""
        # Obsolete messages share the live ones' keys, as in gettext: msgfmt, msgcat and
        # msgmerge refuse a ``#~`` copy of a message as a duplicate (an editor that moves
        # obsolete entries, or a hand edit, leaves one).
        first = self.seen.setdefault((msgctxt, msgid), message.line)
        if first != message.line:
            raise DuplicateMessage(self.path, _duplicate(first), message.line)
        flags = message.flags
        tcomment = message.tcomment
        comment = message.comment
        # Every field, in Entry's order: keywords cost a quarter of making an entry, and a
        # build reads twenty a release (the reference tests would catch a field misplaced).
        self.entries.append(Entry(
            msgid, msgstr, msgctxt, plural or None, forms,
            tuple(flags) if all(flags) else tuple(filter(None, flags)),
            tuple(tcomment.split("\n")) if tcomment is not None else (),
            tuple(comment.split("\n")) if comment else (),
            tuple(message.refs), message.prev_ctxt, message.prev_id, message.prev_plural,
            obsolete, message.line))

    def _result(self) -> Catalog:
        header = self.header
        entries = self.entries
        comments = self.header_comments
        header_comments = tuple(comments.split("\n")) if comments is not None else ()
        fields: tuple[tuple[str, str], ...] = ()
        repeated: tuple[str, ...] = ()
        flags: tuple[str, ...] = ()
        marked = False
        if header is not None:
            fields, repeated = _header_fields(header.str or "")
            flags = tuple(header.flags)
            # (The fields keep no trace of msgcat's markers: see `catalog.MSGCAT_MARKER`.)
            marked = header_holds_marker(header.str or "")
        elif header_comments and entries:
            # Without a header entry, the comments at the top are the first message's.
            first = entries[0]
            entries[0] = replace(first, translator_comments=header_comments
                                 + first.translator_comments)
            header_comments = ()
        return Catalog(header_fields=fields, entries=tuple(entries), path=Path(self.path),
                       header_comments=header_comments, header_flags=flags,
                       header_marked=marked, header_repeated=repeated)


def _header_fields(msgstr: str) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """``Name: value`` lines (a line without a colon continues the field before it), and
    the names of the fields that come again.

    A repeated field keeps its first value, the one msgfmt and the C library read (a
    second ``Plural-Forms`` is not the rule the .mo file plurals by); its later lines,
    and what continues them, are left out. A line of msgcat's marker continues no field:
    the first file's last field would keep it, as the next file's no longer replaces it.
    A name comes again in any case (``language:`` after ``Language:``), as `Header`
    reads names: named by its first spelling.
    """
    fields: dict[str, str] = {}
    spelled: dict[str, str] = {}  # each name in lower case: as first spelled
    repeated: list[str] = []
    name: str | None = None
    for line in msgstr.splitlines():
        if line.startswith(MSGCAT_MARKER):
            name = None
        elif ":" in line:
            name, value = line.split(":", 1)
            first = spelled.setdefault(name.lower(), name)
            if first in fields:
                if first not in repeated:
                    repeated.append(first)
                name = None
            else:
                fields[name] = value.strip()
        elif name is not None:
            fields[name] += "\n" + line.strip()
    return tuple(fields.items()), tuple(repeated)


# -------------------------------------------------------------------------- the reference
# polib plus the checks above, as `parse_po` was before it was written by hand. The tests
# hold `parse_po` equal to it; nothing else uses it.

def _parse_with_polib(data: bytes, path: Path | str) -> Catalog:
    """What `parse_po` returned when polib parsed (the reference for the tests)."""
    text, codec = _decode_as(data, path)
    lines = text.splitlines()
    for number, raw in enumerate(lines, 1):
        _check_line(raw, path, number)
        if "\\" in raw:
            lines[number - 1] = _polib_escapes(raw, codec, path, number, lines)
    parser = _polib_parser(lines)
    try:
        pofile = parser.parse()
    except OSError as exc:  # polib reports syntax errors as IOError("... (line N)")
        found = re.search(r"line (\d+)", str(exc))
        line = int(found.group(1)) if found else 0
        lines = text.splitlines()
        raise _syntax_error(path, lines[line - 1] if 0 < line <= len(lines) else "",
                            line) from exc
    if parser.current_state in {"ct", "mi", "mp", "pc", "pm", "pp"}:
        raise PoSyntaxError(path, "the file ends inside a message: msgstr is missing",
                            parser.current_line)
    return _polib_catalog(pofile, path)


def _polib_escapes(raw: str, codec: str, path: Path | str, number: int,
                   lines: list[str]) -> str:
    """A line whose string holds escapes polib does not read (numeric ones, ``\\a``)
    with the string written in those it reads, decoded as the reader decodes it (the
    lines it continues into blanked, as the reader blanks them)."""
    line = raw.strip()
    quote = line.find('"')
    head = line[:quote].replace(" ", "").replace("\t", "")
    if quote < 0 or not (head[:1] in ("", "m") or head[:2] in ("#~", "#|")):
        return raw  # a comment
    token = line[quote:]
    if _GOOD_STRING.fullmatch(token) is not None and "\\a" not in token:
        return raw
    text = _numeric_string(codec, token, raw, path, number, lines)
    return line[:quote] + '"' + text.translate(_POLIB_ESCAPES) + '"'


_POLIB_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t",
                                "\r": "\\r", "\v": "\\v", "\b": "\\b", "\f": "\\f"})


def _polib_parser(lines: list[str]) -> polib._POFileParser:
    import polib

    class Parser(polib._POFileParser):  # (private: polib has no public hook)
        """polib's parser on text we decoded, remembering each msgid's line."""

        def handle_mi(self) -> bool:
            result: bool = super().handle_mi()
            # An attribute of ours on polib's entry, read back with getattr.
            self.current_entry.msgid_line = self.current_line  # type: ignore[attr-defined]
            return result

        def parse(self) -> polib.POFile:
            # polib keeps a repeated header field's last value; msgfmt, and `parse_po`,
            # its first: the header's msgstr, kept as polib removes it, is read so.
            instance = self.instance
            remove = instance.remove

            def keep_header(entry: polib.POEntry) -> None:
                instance.header_msgstr = entry.msgstr
                remove(entry)

            instance.remove = keep_header
            pofile: polib.POFile = super().parse()
            return pofile

    parser = Parser("", encoding="utf-8")
    # polib skips the previous msgid of an obsolete entry (``#~| msgid``); as a plain
    # ``#|`` line it is read like any other, and the line numbers stay the same.
    lines = ["#|" + line.lstrip()[3:] if line.lstrip().startswith("#~|") else
             _gnu_comment(line) for line in lines]
    # polib keeps a text's lines as a list there itself; types-polib says IO[str].
    parser.fhandle = lines  # type: ignore[assignment]
    return parser


def _gnu_comment(line: str) -> str:
    """A translator's comment line written so that polib reads it as GNU gettext does
    (what follows the "#", less one space): polib strips every "#" of "## x" and refuses
    "#TODO", and drops an empty line that comes first, which is written as
    `_EMPTY_COMMENT` (`_polib_comments` reads it back). Any other line as it is."""
    stripped = line.strip()  # (white space at its end is no part of it, to either)
    if stripped[:1] != "#" or stripped[1:2] in _MARKS:
        return line
    comment = stripped[2:] if stripped[1:2] == " " else stripped[1:]
    return "# " + (comment or _EMPTY_COMMENT)


_EMPTY_COMMENT = "\x00"  # no comment line holds a NUL: msgfmt's strings end there


def _polib_comments(text: str) -> tuple[str, ...]:
    """The lines of polib's comment text, each `_EMPTY_COMMENT` read as an empty line."""
    return tuple("" if line == _EMPTY_COMMENT else line for line in _lines(text))


def _polib_catalog(pofile: polib.POFile, path: Path | str) -> Catalog:
    entries: list[Entry] = []
    seen: dict[Key, int] = {}
    for raw in pofile:
        entry = _polib_entry(raw, path)
        if entry.key in seen:  # live or obsolete, as in `_Reader._finish`
            raise DuplicateMessage(path, _duplicate(seen[entry.key]), entry.line)
        seen[entry.key] = entry.line
        entries.append(entry)
    header_comments = _polib_comments(pofile.header)
    has_header = bool(pofile.metadata) or pofile.metadata_is_fuzzy != 0
    if header_comments and not has_header and entries:
        first = entries[0]
        entries[0] = replace(first, translator_comments=header_comments
                             + first.translator_comments)
        header_comments = ()
    # types-polib says bool; polib sets 0, or the header's flags (a list) when fuzzy.
    flags: list[str] = pofile.metadata_is_fuzzy or []  # type: ignore[assignment]
    return Catalog(
        header_fields=_header_fields(pofile.header_msgstr)[0]
        if hasattr(pofile, "header_msgstr") else (),
        entries=tuple(entries),
        path=Path(path),
        header_comments=header_comments,
        header_flags=tuple(flags),
    )


def _polib_entry(raw: polib.POEntry, path: Path | str) -> Entry:
    line = getattr(raw, "msgid_line", raw.linenum or 0)
    plural: tuple[str, ...] = ()
    if raw.msgid_plural:
        indexes = sorted(raw.msgstr_plural)
        if indexes != list(range(len(indexes))):
            raise PoSyntaxError(path, "plural translations must be numbered msgstr[0], "
                                "msgstr[1]... without gaps", line)
        plural = tuple(raw.msgstr_plural[i] for i in indexes)
    elif raw.msgstr_plural:
        raise PoSyntaxError(path, "msgstr[N] needs a msgid_plural", line)
    return Entry(
        msgid=raw.msgid,
        msgstr=raw.msgstr if not raw.msgid_plural else "",
        msgctxt=raw.msgctxt,
        msgid_plural=raw.msgid_plural or None,
        msgstr_plural=plural,
        flags=tuple(f for f in raw.flags if f),
        translator_comments=_polib_comments(raw.tcomment),
        extracted_comments=_lines(raw.comment),
        references=tuple((f, int(n) if n.isdigit() else None) for f, n in raw.occurrences),
        previous_msgctxt=raw.previous_msgctxt,
        previous_msgid=raw.previous_msgid,
        previous_msgid_plural=raw.previous_msgid_plural,
        obsolete=bool(raw.obsolete),
        line=line,
    )

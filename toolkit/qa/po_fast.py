"""A fast reader for the plain PO files communique itself writes, for `validate`.

`validate` reads every catalog of a project on each CI run; `toolkit.po_read.read_po`
(polib plus strict pre-checks) costs about a millisecond and a half per catalog, which
for a thousand releases in four locales is most of the run. This reader accepts only a
strict subset of PO (UTF-8, the keywords in their canonical order, the escapes gettext
writes, no obsolete entries) in one pass, and builds exactly the `Catalog` that
`read_po` builds for such a file. For anything outside the subset it returns None and
the caller uses `read_po`, so every error message and every unusual file is `read_po`'s.
The test suite checks `parse_simple(data) == read_po(file)` (lines included) on every
catalog it has and on generated ones.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from toolkit.catalog import Catalog, Entry, Reference
from toolkit.po_read import declared_charset

_STRING = re.compile(r'"((?:[^"\\]|\\[ntr"\\])*)"')
_ESCAPE = re.compile(r"\\(.)")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}
_KEYWORD = re.compile(r'(msgctxt|msgid_plural|msgid|msgstr\[([0-9])\]|msgstr)\s+(".*)')
_PREVIOUS = re.compile(r'(msgctxt|msgid_plural|msgid)\s+(".*)')

# Where an entry is in its canonical order: comments, msgctxt, msgid, msgid_plural, msgstr.
_COMMENTS, _CONTEXT, _MSGID, _PLURAL, _MSGSTR = range(5)


class _Unsupported(Exception):
    """Outside the subset: let read_po decide."""


def _string(token: str) -> str:
    body = token[1:-1]
    if len(token) > 1 and token[0] == '"' == token[-1] and '"' not in body \
            and "\\" not in body:
        return body  # the common case, without a regular expression
    found = _STRING.fullmatch(token)
    if found is None:
        raise _Unsupported
    body = found.group(1)
    return _ESCAPE.sub(lambda m: _ESCAPES[m.group(1)], body) if "\\" in body else body


def _join(text: str | None, line: str) -> str:
    """polib's way of adding a comment line: a newline only after non-empty text."""
    if not text:
        return line
    return text + "\n" + line


def _lines(text: str | None) -> tuple[str, ...]:
    return tuple(text.split("\n")) if text else ()


def _references(token: str) -> list[Reference]:
    found: list[Reference] = []
    for occurrence in token.split():
        file, sep, line = occurrence.rpartition(":")
        if sep and line.isdigit():
            if not line.isascii():
                raise _Unsupported
            found.append((file, int(line)))
        else:
            found.append((occurrence, None))
    return found


class _Entry:
    """An entry being read."""

    __slots__ = ("comment", "context", "flags", "line", "msgid", "plural", "previous",
                 "references", "stage", "strings", "tcomment")

    def __init__(self) -> None:
        self.stage = _COMMENTS
        self.tcomment: str | None = None
        self.comment: str | None = None
        self.flags: list[str] = []
        self.references: list[Reference] = []
        self.previous: dict[str, str] = {}
        self.context: str | None = None
        self.msgid = ""
        self.plural: str | None = None
        self.strings: list[str] = []
        self.line = 0

    def entry(self) -> Entry:
        if self.stage != _MSGSTR:
            raise _Unsupported  # a message without msgstr: read_po says what is wrong
        if self.plural is not None:
            if not self.plural:
                raise _Unsupported
            msgstr, forms = "", tuple(self.strings)
        else:
            msgstr, forms = self.strings[0], ()
        return Entry(
            msgid=self.msgid, msgstr=msgstr, msgctxt=self.context,
            msgid_plural=self.plural, msgstr_plural=forms,
            flags=tuple(f for f in self.flags if f),
            translator_comments=_lines(self.tcomment),
            extracted_comments=_lines(self.comment),
            references=tuple(self.references),
            previous_msgctxt=self.previous.get("msgctxt"),
            previous_msgid=self.previous.get("msgid"),
            previous_msgid_plural=self.previous.get("msgid_plural"),
            line=self.line,
        )


def parse_simple(data: bytes, path: Path | str, *, comments: bool = True) -> Catalog | None:
    """The catalog `read_po` would build, or None when the file is not plain enough.

    With `comments=False` the entries come without translator comments, extracted
    comments and references (what the checks of a translation never look at), which
    saves a third of the work on catalogs written by `update`; all else is the same.
    """
    if data.startswith(codecs.BOM_UTF8):
        return None
    try:
        if codecs.lookup(declared_charset(data)).name != "utf-8":
            return None
        text = data.decode("utf-8")
    except (LookupError, UnicodeDecodeError):
        return None
    try:
        return _parse(text, path, comments)
    except _Unsupported:
        return None


def _skippable(line: str) -> bool:
    """A comment line a lean read may pass over: one that polib never refuses."""
    if line == "#" or line.startswith("# "):
        return True
    kind = line[:2]
    return (kind == "#." or kind == "#:") and (len(line) == 2 or line[2] == " ")


def _parse(text: str, path: Path | str, comments: bool = True) -> Catalog:
    header_comments: str | None = None
    at_start = True
    done: list[Entry] = []
    current = _Entry()
    field: str | None = None  # what a `#| "..."` continuation adds to
    lines = text.splitlines()
    count = len(lines)
    index = 0
    while index < count:
        line = lines[index].strip()
        index += 1  # now the 1-based number of `line`
        if not line:
            continue
        first = line[0]
        if first == "#":
            if at_start and (line == "#" or line.startswith("# ")):
                header_comments = _join(header_comments, line[2:])
                continue
            at_start = False
            if current.stage == _MSGSTR:
                done.append(current.entry())
                current = _Entry()
            elif current.stage != _COMMENTS:
                raise _Unsupported  # a comment inside a message
            lean = not comments and _skippable(line)
            field = None if lean else _comment(current, line, field)
            continue
        if first == '"':
            raise _Unsupported  # a string that continues nothing (or after a blank line)
        at_start = False
        keyword = _KEYWORD.fullmatch(line)
        if keyword is None:
            raise _Unsupported
        name, plural_index, token = keyword.groups()
        number = index
        # The keyword's string and every continuation string after it, joined once.
        parts = [_string(token)]
        while index < count:
            following = lines[index].strip()
            if not following or following[0] != '"':
                break
            parts.append(_string(following))
            index += 1
        value = "".join(parts) if len(parts) > 1 else parts[0]
        if name in ("msgctxt", "msgid") and current.stage == _MSGSTR:
            done.append(current.entry())
            current = _Entry()
        _keyword(current, name, plural_index, value, number)
        field = None
    if current.stage != _COMMENTS or current.tcomment or current.comment or current.flags \
            or current.references or current.previous:
        done.append(current.entry())  # trailing comments alone are an error for read_po
    return _catalog(done, header_comments, path)


def _continue(current: _Entry, field: str | None, value: str) -> None:
    """A `#| "..."` line: it continues the previous msgctxt, msgid or msgid_plural."""
    if field is None or not field.startswith("previous "):
        raise _Unsupported
    current.previous[field[len("previous "):]] += value


def _comment(current: _Entry, line: str, field: str | None) -> str | None:
    """Read one comment line into the entry; the field a `#| "..."` line would continue."""
    kind = line[:2]
    if line == "#" or line.startswith("# "):
        current.tcomment = _join(current.tcomment, line[2:])
    elif kind == "#." and (len(line) == 2 or line[2] == " "):
        if len(line.split(None, 1)) > 1:
            current.comment = _join(current.comment, line[3:])
    elif kind == "#:" and (len(line) == 2 or line[2] == " "):
        current.references.extend(_references(line[3:]))
    elif kind == "#," and (len(line) == 2 or line[2] == " "):
        if len(line.split(None, 1)) > 1:
            flags = [c.strip() for c in line[3:].split(",")]
            if not all(flags):
                raise _Unsupported  # read_po keeps empty header flags, drops others
            current.flags.extend(flags)
    elif kind == "#|" and len(line) > 3 and line[2] == " ":
        rest = line[3:].lstrip()
        if rest.startswith('"'):
            _continue(current, field, _string(rest))
            return field
        found = _PREVIOUS.fullmatch(rest)
        if found is None or found.group(1) in current.previous:
            raise _Unsupported
        current.previous[found.group(1)] = _string(found.group(2))
        return f"previous {found.group(1)}"
    else:
        raise _Unsupported  # obsolete (#~) entries and anything unusual
    return None


def _keyword(current: _Entry, name: str, index: str | None, value: str, number: int) -> None:
    stage = current.stage
    if name == "msgctxt":
        if stage != _COMMENTS:
            raise _Unsupported
        current.context, current.stage = value, _CONTEXT
    elif name == "msgid":
        if stage not in (_COMMENTS, _CONTEXT):
            raise _Unsupported
        current.msgid, current.stage, current.line = value, _MSGID, number
    elif name == "msgid_plural":
        if stage != _MSGID:
            raise _Unsupported
        current.plural, current.stage = value, _PLURAL
    elif index is None:  # msgstr
        if stage != _MSGID:
            raise _Unsupported
        current.strings, current.stage = [value], _MSGSTR
    else:  # msgstr[N], numbered from 0 without gaps
        expected_stage = _PLURAL if index == "0" else _MSGSTR
        if stage != expected_stage or int(index) != len(current.strings) \
                or current.plural is None:
            raise _Unsupported
        current.strings.append(value)
        current.stage = _MSGSTR


def _catalog(done: list[Entry], header_comments: str | None, path: Path | str) -> Catalog:
    header_fields: tuple[tuple[str, str], ...] = ()
    header_flags: tuple[str, ...] = ()
    has_header = False
    if done and done[0].msgid == "" and done[0].msgctxt is None:
        first = done.pop(0)
        if first.translator_comments or first.extracted_comments or first.references \
                or first.plural or first.previous_msgid is not None \
                or first.previous_msgctxt is not None:
            raise _Unsupported
        header_fields = _header(first.msgstr)
        # read_po keeps the header's flags as polib gives them, empty ones included.
        header_flags = first.flags
        has_header = True
    # polib takes the first empty msgid (any msgctxt) as the header; duplicates are
    # read_po's to refuse.
    keys = {(entry.msgctxt, entry.msgid) for entry in done}
    if len(keys) != len(done) or any(not entry.msgid for entry in done):
        raise _Unsupported
    entries = list(done)
    comments = _lines(header_comments)
    if comments and not has_header and entries:
        first_entry = entries[0]
        entries[0] = Entry(**{**{n: getattr(first_entry, n) for n in
                                 first_entry.__dataclass_fields__},
                              "translator_comments": comments
                              + first_entry.translator_comments})
        comments = ()
    return Catalog(header_fields=header_fields, entries=tuple(entries), path=Path(path),
                   header_comments=comments, header_flags=header_flags)


def _header(msgstr: str) -> tuple[tuple[str, str], ...]:
    lines = msgstr.splitlines()
    if "\n".join(lines) + ("\n" if msgstr.endswith("\n") else "") != msgstr:
        raise _Unsupported  # a line break other than \n: polib splits it its own way
    fields: dict[str, str] = {}
    for line in lines:
        name, sep, value = line.partition(":")
        if not sep or name in fields:
            raise _Unsupported
        fields[name] = value.strip()
    return tuple(fields.items())

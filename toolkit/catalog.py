"""The gettext catalog model: an immutable POT or PO file.

Readers (`toolkit.po_read`) build it, the writer (`toolkit.po_write`) serialises it,
extract and merge are functions from catalogs to catalogs. Equality covers every field
that is written to the file; the line an entry was read from is kept for messages only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields, replace
from functools import cached_property
from itertools import pairwise
from pathlib import Path
from types import MappingProxyType

Reference = tuple[str, int | None]  # ("releases/x.xml", 12); None when the file has no line
Key = tuple[str | None, str]  # (msgctxt, msgid): what identifies a message in a catalog


@dataclass(frozen=True, slots=True, init=False)
class Entry:
    """One message: its source, its translation and what a translator sees around them.

    Comments are kept line by line, without their ``#``/``#.`` marker. For a plural
    message `msgid_plural` is set and the translations are in `msgstr_plural`, one per
    plural form of the catalog's language; `msgstr` is then unused ("").
    """

    msgid: str
    msgstr: str = ""
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr_plural: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    translator_comments: tuple[str, ...] = ()
    extracted_comments: tuple[str, ...] = ()
    references: tuple[Reference, ...] = ()
    previous_msgctxt: str | None = None
    previous_msgid: str | None = None
    previous_msgid_plural: str | None = None
    obsolete: bool = False
    line: int = field(default=0, compare=False)  # 1-based line of the msgid keyword

    def __init__(self, msgid: str, msgstr: str = "", msgctxt: str | None = None,
                 msgid_plural: str | None = None, msgstr_plural: tuple[str, ...] = (),
                 flags: tuple[str, ...] = (), translator_comments: tuple[str, ...] = (),
                 extracted_comments: tuple[str, ...] = (),
                 references: tuple[Reference, ...] = (), previous_msgctxt: str | None = None,
                 previous_msgid: str | None = None, previous_msgid_plural: str | None = None,
                 obsolete: bool = False, line: int = 0) -> None:
        # The slots' own setters, not the generated __init__'s object.__setattr__ (as
        # model.Span does): every template written and every catalog read makes one
        # Entry a message.
        (s_msgid, s_msgstr, s_msgctxt, s_msgid_plural, s_msgstr_plural, s_flags,
         s_translator_comments, s_extracted_comments, s_references, s_previous_msgctxt,
         s_previous_msgid, s_previous_msgid_plural, s_obsolete, s_line) = _ENTRY_SLOTS
        s_msgid(self, msgid)
        s_msgstr(self, msgstr)
        s_msgctxt(self, msgctxt)
        s_msgid_plural(self, msgid_plural)
        s_msgstr_plural(self, msgstr_plural)
        s_flags(self, flags)
        s_translator_comments(self, translator_comments)
        s_extracted_comments(self, extracted_comments)
        s_references(self, references)
        s_previous_msgctxt(self, previous_msgctxt)
        s_previous_msgid(self, previous_msgid)
        s_previous_msgid_plural(self, previous_msgid_plural)
        s_obsolete(self, obsolete)
        s_line(self, line)

    @property
    def key(self) -> Key:
        return (self.msgctxt, self.msgid)

    @property
    def plural(self) -> bool:
        return self.msgid_plural is not None

    @property
    def fuzzy(self) -> bool:
        return "fuzzy" in self.flags

    @property
    def has_translation(self) -> bool:
        """Some translation text exists, reviewed or not."""
        if self.plural:
            return any(self.msgstr_plural)
        return bool(self.msgstr)

    @property
    def translated(self) -> bool:
        """A reviewed, complete translation: what a build may use."""
        # `fuzzy` and `plural` spelt out: a build asks this of every segment.
        if self.obsolete or "fuzzy" in self.flags:
            return False
        if self.msgid_plural is not None:
            return bool(self.msgstr_plural) and all(self.msgstr_plural)
        return bool(self.msgstr)

    def with_flag(self, flag: str, present: bool = True) -> Entry:
        """This entry with `flag` added or removed (flag order is kept stable)."""
        flags = tuple(f for f in self.flags if f != flag)
        if present:
            flags = (flag, *flags) if flag == "fuzzy" else (*flags, flag)
        return replace(self, flags=flags)


_ENTRY_SLOTS = tuple(getattr(Entry, f.name).__set__ for f in fields(Entry))


@dataclass(frozen=True)
class Catalog:
    """A POT or PO file: its header and its entries, in file order.

    `header_fields` keeps the header's ``Name: value`` lines in their order; `header` is
    the same as a read-only mapping. Obsolete (``#~``) entries are in `entries` too, but
    `lookup` sees only the live ones.
    """

    header_fields: tuple[tuple[str, str], ...] = ()
    entries: tuple[Entry, ...] = ()
    path: Path | None = field(default=None, compare=False)
    header_comments: tuple[str, ...] = ()  # translator comments above the header
    header_flags: tuple[str, ...] = ()  # "fuzzy" on a fresh template's header
    # Whether a line of the header's msgstr, as read, starts with msgcat's marker
    # (`MSGCAT_MARKER`): what the fields cannot show (`maybe_joined`). Not written.
    header_marked: bool = field(default=False, compare=False, repr=False)
    # The header fields the file repeats, as read (the fields keep each one's first
    # value): for validate to find their lines only then. Not written.
    header_repeated: tuple[str, ...] = field(default=(), compare=False, repr=False)

    @cached_property
    def _index(self) -> Mapping[Key, Entry]:
        # Made on the first lookup: a template on its way to the writer is never asked.
        index: dict[Key, Entry] = {}
        for entry in self.entries:
            if not entry.obsolete:
                index.setdefault((entry.msgctxt, entry.msgid), entry)
        return MappingProxyType(index)

    @cached_property
    def header(self) -> Mapping[str, str]:
        return Header(self.header_fields)

    @property
    def language(self) -> str | None:
        return self.header.get("Language") or None

    @property
    def domain(self) -> str | None:
        """The release id, from the file name (``<id>.po`` / ``<id>.pot``)."""
        return self.path.stem if self.path is not None else None

    def lookup(self, msgid: str, msgctxt: str | None = None) -> Entry | None:
        """The live (non-obsolete) entry for a message, in constant time."""
        return self._index.get((msgctxt, msgid))

    def live(self) -> Iterator[Entry]:
        """The live (non-obsolete) entries, in file order."""
        return (e for e in self.entries if not e.obsolete)

    @property
    def obsolete(self) -> tuple[Entry, ...]:
        return tuple(e for e in self.entries if e.obsolete)

    def with_header(self, **changes: str | None) -> Catalog:
        """This catalog with header fields set (or removed, with None), order kept.

        Keyword names use ``_`` for ``-``: ``PO_Revision_Date="..."``.
        """
        return self.with_fields({name.replace("_", "-"): value
                                 for name, value in changes.items()})

    def with_fields(self, changes: Mapping[str, str | None]) -> Catalog:
        """This catalog with header fields set (or removed, with None), order kept."""
        return replace(self, header_fields=set_fields(self.header_fields, changes))


# The Language-Team of every catalog `communique pseudo` writes: what tells its text
# from translators' (pseudo refuses to overwrite any other; validate, to publish it).
PSEUDO_TEAM = "pseudo-locale"


class Header(Mapping[str, str]):
    """A header's fields by name, whatever the case the file spells it in.

    GNU gettext reads a catalog's plural rule and charset in any case (``plural-forms:``,
    ``content-type:``; msgfmt -c passes such a catalog): looked up exactly, validate
    refused it for a missing Plural-Forms and update wrote a second rule beside it. Of
    two spellings of one name, the first is read, as msgfmt reads the first rule. A
    name iterates as the file spells it."""

    def __init__(self, fields: tuple[tuple[str, str], ...]) -> None:
        self._fields = dict(fields)
        # (built from the last field back, so that the first spelling is the one kept)
        self._folded = {name.lower(): value for name, value in reversed(fields)}

    def __getitem__(self, name: str) -> str:
        return self._folded[name.lower()]

    def get(self, name: str, default: str | None = None) -> str | None:  # type: ignore[override]
        # (Mapping's own `get` goes through a KeyError for every field a header lacks)
        return self._folded.get(name.lower(), default)

    def __iter__(self) -> Iterator[str]:
        return iter(self._fields)

    def __len__(self) -> int:
        return len(self._fields)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._folded

    def __repr__(self) -> str:
        return f"Header({self._fields!r})"


def set_fields(fields: tuple[tuple[str, str], ...],
               changes: Mapping[str, str | None]) -> tuple[tuple[str, str], ...]:
    """Header fields with some set or removed; new ones go at the end. A field is found
    whatever the case of its name, as `Header` reads it, and keeps the file's spelling:
    a catalog's ``po-revision-date`` re-dated is not joined by a second one."""
    folded = {name.lower(): name for name in changes}
    out: list[tuple[str, str]] = []
    done: set[str] = set()
    for name, value in fields:
        change = folded.get(name.lower())
        if change is not None:
            done.add(change)
            new = changes[change]
            if new is not None:
                out.append((name, new))
        else:
            out.append((name, value))
    out.extend((name, value) for name, value in changes.items()
               if name not in done and value is not None)
    return tuple(out)


# The line msgcat (and msgcomm) writes above each file's header when it joins catalogs
# whose headers differ: ``#-#-#-#-#  fr.po (project 1.0)  #-#-#-#-#``. The joined header
# holds every file's fields one after the other and is made fuzzy; msgfmt -c takes it.
# Read, it is a header like any (the reader keeps each field once, its first value, as
# msgfmt does, and leaves the marker lines out): only the file's lines show it, and the
# reader's note of them (`Catalog.header_marked`).
MSGCAT_MARKER = "#-#-#-#-#"


def maybe_joined(catalog: Catalog, template: bool = False) -> bool:
    """Whether a catalog's header may be one msgcat joined, for its file's lines to tell
    (`joined_header_lines`): the reader saw a marker start a line of it, or (a catalog
    not read from a file) a marker stayed in a field, or msgcat's fuzzy flag is there,
    which a PO file's header seldom has; a template's always has it (`template`)."""
    return catalog.header_marked or (not template and "fuzzy" in catalog.header_flags) \
        or any(MSGCAT_MARKER in name or MSGCAT_MARKER in value
               for name, value in catalog.header_fields)


def header_holds_marker(text: str) -> bool:
    """Whether a line of a header's msgstr (`text`) starts with msgcat's marker."""
    return text.startswith(MSGCAT_MARKER) or f"\n{MSGCAT_MARKER}" in text


def joined_header_lines(lines: list[str]) -> list[int]:
    """The numbers (1-based) of the lines of msgcat's markers in the header's msgstr."""
    return [number + 1 for number, text in _header_strings(lines)
            if text.startswith(f'"{MSGCAT_MARKER}')]


def repeated_fields(lines: list[str], names: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Where each of the header fields `names` comes again (the reader keeps its first
    value): the line (1-based) and column of its name's second line, and the name as
    `names` spells it, in file order. Names match in any case, as `Header` reads them."""
    wanted = {name.lower(): name for name in names}
    seen: set[str] = set()
    found: list[tuple[int, int, str]] = []
    for number, text in _header_strings(lines):
        named = _FIELD_LINE.match(text)
        name = wanted.get(named.group(1).lower()) if named is not None else None
        if name is None:
            continue
        if name in seen and all(name != other for _, _, other in found):
            found.append((number + 1, lines[number].index('"') + 2, name))
        seen.add(name)
    return found


def _header_strings(lines: list[str]) -> list[tuple[int, str]]:
    """The quoted strings of the header's msgstr: each one's line (0-based) and text,
    stripped, quotes included; none when the file has no header."""
    for index, line in enumerate(lines):
        # The header: msgid "" with no continued string (a long msgid starts so too).
        if line.rstrip() == 'msgid ""' and lines[index + 1:index + 2] and \
                lines[index + 1].startswith("msgstr"):
            strings: list[tuple[int, str]] = []
            for number in range(index + 1, len(lines)):
                text = lines[number].strip()
                if number == index + 1:
                    text = text.removeprefix("msgstr").lstrip()
                if not text.startswith('"'):
                    break
                strings.append((number, text))
            return strings
    return []


def unjoined(catalog: Catalog, template: bool = False) -> Catalog:
    """A catalog whose header msgcat joined, with one header again: each field once,
    with the value the reader took (its first), without a marker and without the fuzzy
    flag msgcat gave it (a `template` keeps it: extract writes its header fuzzy); the
    entries as they are."""
    fields = tuple((name, "\n".join(line for line in value.split("\n")
                                     if not line.startswith(MSGCAT_MARKER)))
                   for name, value in catalog.header_fields
                   if not name.startswith(MSGCAT_MARKER))
    flags = catalog.header_flags if template else tuple(
        f for f in catalog.header_flags if f != "fuzzy")
    return replace(catalog, header_fields=fields, header_marked=False, header_flags=flags)


# The fields gettext's tools write in a header (and the X- ones PO editors add). A field
# whose line lacks its "\n" takes the next line into its value, which holds one of these
# names then: "Language: frPlural-Forms: nplurals=2; ...".
_FIELD_NAMES = ("Project-Id-Version", "Report-Msgid-Bugs-To", "POT-Creation-Date",
                "PO-Revision-Date", "Last-Translator", "Language-Team", "Language",
                "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "Plural-Forms")
_SWALLOWED = re.compile("(?:" + "|".join(_FIELD_NAMES) + r"|X-[A-Za-z0-9-]+):")
_FIELD_LINE = re.compile(r'"([A-Za-z][A-Za-z0-9-]*):')


def maybe_unended(catalog: Catalog) -> bool:
    """Whether a header field's value holds another field's name (`unended_field`)."""
    return any(_SWALLOWED.search(value) for _, value in catalog.header_fields)


def unended_field(lines: list[str]) -> tuple[int, int, str, str] | None:
    """The first header line that starts a field but does not end with ``\\n`` while the
    next line starts another field (which msgfmt then reads as part of the first one's
    value): its number, the column of its closing quote, the field's text and the next
    line's field name. None when there is none."""
    for (number, text), (_, after) in pairwise(_header_strings(lines)):
        following = _FIELD_LINE.match(after)
        if _FIELD_LINE.match(text) and not text.endswith('\\n"') and \
                following and _SWALLOWED.match(after, 1):
            column = lines[number].rstrip().rfind('"') + 1
            return number + 1, column, text[1:-1], following.group(1)
    return None


def unended_message(text: str, following: str) -> str:
    """What is wrong with a header line that lacks its ``\\n``, and the fix."""
    return (f"the header line \"{text}\" does not end with \\n, so the next line is read "
            f"as part of its value (and {following} as missing): end it with \\n, as "
            f"\"{text}\\n\"")

"""One exception family for the whole library; the CLI maps it to exit codes.

Library code raises, never prints or exits. Every error that comes from an input file
carries where in that file it was found, so the CLI can print ``path:line:col: message``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import ClassVar


class CommuniqueError(Exception):
    """Base class of every error communique raises on purpose."""

    exit_code = 2


@dataclass
class InputError(CommuniqueError):
    """An input (release, catalog, config) could not be read, parsed or trusted."""

    path: str | Path
    message: str
    line: int = 0
    column: int = 0
    # The finding code a report gives it (validate's, build's and stats' JSON, --format
    # github): an error that knows more than "cannot be read" says so (`MergeConflict`).
    code: ClassVar[str] = "unreadable"

    def __post_init__(self) -> None:
        super().__init__(self.message)

    def __reduce__(self) -> tuple[type[InputError], tuple[str | Path, str, int, int]]:
        # An exception is pickled as its class and `args` (here the message alone), and
        # a worker process sends its errors back pickled: rebuilt from its fields.
        return (type(self), (self.path, self.message, self.line, self.column))

    def shown_as(self, path: str | Path) -> InputError:
        """The same error, of the same kind (its `code`), naming its file as `path`."""
        return replace(self, path=path)

    def __str__(self) -> str:
        where = str(self.path)
        if self.line:
            where += f":{self.line}"
            if self.column:
                where += f":{self.column}"
        return f"{where}: error: {self.message}"


class MergeConflict(InputError):
    """An input that still holds a merge's conflict markers (`conflict_marker`).

    Read as XML or PO, the first marker is a syntax error, which the parsers named in
    their own words (`unexpected '<<<<<<<'`, libxml2's `StartTag: invalid element
    name`): nothing told the person who committed it that a merge was left unresolved.
    """

    code = "merge-conflict"


class PoSyntaxError(InputError):
    """A PO or POT file that is not PO syntax (what msgfmt refuses as such).

    Its own code, not "unreadable", so that a report of every command (build's,
    stats', update's JSON and text) names the fault as validate does."""

    code = "po-syntax"


class PoEncodingError(InputError):
    """A PO or POT file whose bytes are not text in the charset its header declares, or
    that declares one gettext cannot read."""

    code = "po-encoding"


# Python's own text codecs that are no charset (its documentation's "Python Specific
# Encodings", and UTF-7, which no gettext tool reads and browsers refuse): a PO file or
# page declaring one is refused, for each reads ASCII as something else. unicode_escape
# decodes "C:\new" with a newline and "\N{BULLET}" as a bullet, raw_unicode_escape
# "\u0041" as "A", UTF-7 "+AGE-" as "a"; idna and punycode read host names.
NOT_CHARSETS = frozenset({"unicode-escape", "raw-unicode-escape", "idna", "punycode",
                          "utf-7"})


class DuplicateMessage(InputError):
    """A PO or POT file with two messages of one msgctxt and msgid (or two headers)."""

    code = "entry-duplicate"


class NotPseudoCatalog(InputError):
    """A catalog `communique pseudo` refuses to overwrite: it did not write it (its
    Language-Team is not `catalog.PSEUDO_TEAM`), so it may hold translations. The file
    reads well: "unreadable" sent whoever read the report to look for a broken file."""

    code = "catalog-not-pseudo"


class SchemaError(InputError):
    """A release that does not validate against schemas/release.xsd (or XML that is no
    release at all)."""

    code = "schema"


class StructureError(InputError):
    """A release the schema takes that cannot be turned into the document model."""

    code = "structure"


class MisnamedRelease(InputError):
    """A release whose id is not its file's name (`toolkit.loader.misnamed`)."""

    code = "id-filename"


class ReservedId(InputError):
    """A release whose id names a file the build writes (`toolkit.loader.reserved`)."""

    code = "id-reserved"


# A line that opens, divides or closes a merge's conflict: git's <<<<<<<, ======= and
# >>>>>>>, and the ||||||| before the common ancestor's lines (diff3, zdiff3). Git's own
# rule for a leftover marker (`git diff --check`): seven of one of these characters at
# the start of a line, then white space or the line's end.
_MARKER = re.compile(r"([<|=>])\1{6}(?:\s|\Z)")
_MARKER_BYTES = re.compile(rb"([<|=>])\1{6}(?:\s|\Z)")
# A marker after a line's end, found as fast as the newlines are (a literal first:
# a release's 4 KB in ~7 us, where `^` with re.MULTILINE tries every position, ~40 us).
_NEXT_MARKER = re.compile(rb"\n(?=([<|=>])\1{6}(?:\s|\Z))")


def conflict_marker(line: str) -> bool:
    """Whether `line` is a merge's conflict marker."""
    return _MARKER.match(line) is not None


def merge_conflict(path: str | Path, marker: str, line: int) -> MergeConflict:
    """The error of a file whose first conflict marker, `marker`, is at `line`."""
    shown = marker.rstrip()
    if len(shown) > 40:
        shown = shown[:40] + "..."
    return MergeConflict(path, f"unresolved merge conflict, marked by {shown!r}: keep the "
                         "lines wanted and delete the marker lines (<<<<<<<, =======, "
                         ">>>>>>>)", line, 1)


def first_conflict(data: bytes, path: str | Path, before: int = 0) -> MergeConflict | None:
    """The merge conflict whose first marker is in `data` at or before line `before`
    (anywhere when 0), if there is one."""
    if _MARKER_BYTES.match(data):
        start = 0
    elif (found := _NEXT_MARKER.search(data)) is not None:
        start = found.end()
    else:
        return None
    line = data.count(b"\n", 0, start) + 1
    if before and line > before:
        return None  # the parser stopped before it, at something else
    end = data.find(b"\n", start)
    marker = data[start:end if end >= 0 else len(data)]
    return merge_conflict(path, marker.decode("utf-8", "replace"), line)


class UsageError(CommuniqueError):
    """The command line or configuration asks for something impossible."""


class ProblemsFound(CommuniqueError):
    """Raised by a command that completed but found problems (exit 1)."""

    exit_code = 1

"""The one way communique parses XML: untrusted input, no entities, no DTD, no network.

Every release, template and HTML page that reaches lxml goes through `parse_xml`.
A document that declares entities or points at an external DTD is refused before any
of its content is used, so nothing from a referenced file can reach an output.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import cast

from lxml import etree

from toolkit.atomic import read_bytes
from toolkit.errors import InputError, first_conflict

MAX_BYTES = 16 * 1024 * 1024  # a press release is kilobytes; anything this big is an attack

_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_EXTERNAL_ID = re.compile(rb"<!DOCTYPE\s+[^\s>\[]+\s+(SYSTEM|PUBLIC)\b", re.IGNORECASE)


_parsers = threading.local()


def _parser() -> etree.XMLParser:
    # lxml parsers are not safe to share across threads, so one per thread, reused:
    # a fresh parser's first parse costs ~9 us more, a fifth of parsing a release.
    parser: etree.XMLParser | None = getattr(_parsers, "parser", None)
    if parser is None:
        parser = etree.XMLParser(
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            dtd_validation=False,
            huge_tree=False,
            remove_comments=True,
            remove_pis=True,
        )
        _parsers.parser = parser
    return parser


def _where(data: bytes, offset: int) -> tuple[int, int]:
    line = data.count(b"\n", 0, offset) + 1
    column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return line, column


def check_prolog(data: bytes, path: str | Path, *, allow_doctype: bool = False) -> bool:
    """Refuse entity declarations and external DTDs; optionally any DOCTYPE at all.

    Returns whether the document has a DOCTYPE (allowed), the only way entities can be
    declared, so the only case in which an entity reference could outlive the parse.
    """
    # The usual document: no DOCTYPE, comment or CDATA. A byte is looked for with
    # memchr, a fifth of the cost of looking for two ("!" is rare in a press release).
    if b"!" not in data or b"<!" not in data:
        return False
    match = _ENTITY_DECL.search(data)
    if match:
        raise InputError(path, "entity declarations are not allowed (refused as unsafe)",
                         *_where(data, match.start()))
    match = _EXTERNAL_ID.search(data)
    if match:
        raise InputError(path, "external DTDs are not loaded (refused as unsafe)",
                         *_where(data, match.start()))
    match = _DOCTYPE.search(data)
    if match and not allow_doctype:
        raise InputError(path, "a DOCTYPE is not allowed in release XML",
                         *_where(data, match.start()))
    return match is not None


def parse_xml(data: bytes, path: str | Path, *, allow_doctype: bool = False) -> etree._ElementTree:
    """Parse untrusted XML bytes, or raise `InputError` with the line and column."""
    if len(data) > MAX_BYTES:
        raise InputError(path, f"file is larger than {MAX_BYTES // (1024 * 1024)} MiB")
    has_doctype = check_prolog(data, path, allow_doctype=allow_doctype)
    try:
        tree = etree.ElementTree(etree.fromstring(data, _parser(), base_url=None))
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (exc.lineno or 0, 0)
        conflict = first_conflict(data, path, line or 0)
        if conflict is not None:  # what the person who committed it needs to hear
            raise conflict from exc
        raise InputError(path, _syntax_message(exc), line or 0, column or 0) from exc
    if not has_doctype and tree.docinfo.internalDTD is not None:
        # The prolog check reads bytes as ASCII: a UTF-16 or UTF-32 document hides its
        # DOCTYPE, and any entity declared in it, from that check.
        raise InputError(path, f"a DOCTYPE in a {tree.docinfo.encoding} document cannot be "
                         "checked before parsing (refused as unsafe); convert it to UTF-8", 1)
    # Belt and braces: a parser that met an entity reference leaves it unexpanded. Without
    # a DOCTYPE nothing is declared and libxml2 refuses any reference itself, so the walk
    # over the whole tree is only made when there is one.
    if has_doctype:
        for node in tree.iter(etree.Entity):
            entity = cast(etree._Entity, node)  # (types-lxml: iter(Entity) yields _Element)
            raise InputError(path, f"undeclared entity reference &{entity.name}; is not "
                             "allowed", entity.sourceline or 0)
    return tree


def _syntax_message(exc: etree.XMLSyntaxError) -> str:
    message = str(exc.msg or exc)
    # lxml appends ", line N, column M"; the location is printed separately.
    return re.sub(r",? line \d+, column \d+$", "", message).strip()


def read_xml(path: Path, *, allow_doctype: bool = False) -> etree._ElementTree:
    # (by `read_bytes`'s system calls, not Path.read_bytes: a device is refused, not read)
    return parse_xml(read_bytes(path), path, allow_doctype=allow_doctype)

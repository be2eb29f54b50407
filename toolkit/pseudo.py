"""Pseudo-translation: catalogs whose every message is visibly "translated".

Used to test a build before real translations exist: every letter is accented (so text
that escaped translation stands out), each message is about 40% longer (layouts must
survive German and Russian), and brackets mark where each message starts and ends (so
truncation and concatenation show). Placeholder tags and entity references are kept
exactly, so every pseudo translation passes the placeholder check.
"""

from __future__ import annotations

import re

from toolkit.catalog import Catalog, Entry

_ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# Tags (the placeholders) and entity references pass through untouched.
_MARKUP = re.compile(r"<[^<>]*>|&(?:[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);")
_PADDING = "·"
EXPANSION = 0.4


def pseudo_text(msgid: str) -> str:
    """The pseudo translation of a msgid: accented, longer, bracketed, tags kept."""
    out: list[str] = []
    letters = 0
    cut = 0
    for found in _MARKUP.finditer(msgid):
        text = msgid[cut:found.start()]
        out.append(text.translate(_ACCENTS))
        letters += sum(ch.isalpha() for ch in text)
        out.append(found.group())
        cut = found.end()
    tail = msgid[cut:]
    out.append(tail.translate(_ACCENTS))
    letters += sum(ch.isalpha() for ch in tail)
    padding = _PADDING * round(letters * EXPANSION)
    return f"⟦{''.join(out)}{' ' + padding if padding else ''}⟧"


def pseudo_catalog(template: Catalog, language: str, header: tuple[tuple[str, str], ...]
                   ) -> Catalog:
    """A complete, reviewed pseudo translation of a template."""
    entries = tuple(
        Entry(msgid=e.msgid, msgctxt=e.msgctxt, msgstr=pseudo_text(e.msgid),
              extracted_comments=e.extracted_comments, references=e.references)
        for e in template.live() if e.msgid_plural is None)
    comment = f"Pseudo translation ({language}) for testing builds; generated, do not edit."
    return Catalog(header_fields=header, entries=entries, header_comments=(comment,))

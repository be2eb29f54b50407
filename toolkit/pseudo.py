"""Pseudo-translation: catalogs whose every message is visibly "translated".

Used to test a build before real translations exist: every letter is accented (so text
that escaped translation stands out), each message is about 40% longer (layouts must
survive German and Russian), and brackets mark where each message starts and ends (so
truncation and concatenation show). What a careful translator copies verbatim is kept
exactly, so a pseudo catalog passes `validate` as a real translation must: placeholder
tags and entity references, URLs and e-mail addresses (found by validate's own
`urls`/`emails`), the content of its:term spans, and the white space at either end.

A bidi pseudo-locale (region XB: `ar-XB`, as in ICU, Android and Chromium) previews a
right-to-left layout instead: each word of the source is put in a right-to-left override
(RLO ... PDF), so it reads right to left and lays out as an Arabic or Hebrew word would,
while numbers, punctuation and whatever is kept verbatim stay as they are. Its overrides
are balanced within each message, as the placeholder protocol requires.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping

from toolkit.catalog import Catalog, Entry
from toolkit.formatting import is_bidi_pseudo_locale
from toolkit.model import Release, iter_spans
from toolkit.placeholders import Message, segment_message
from toolkit.qa.translation_checks import emails, plain_text, term_tags, urls
from toolkit.translate import translatable_segments
from toolkit.vocabulary import ITS_TERM

_ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# Tags (the placeholders) and entity references pass through untouched.
_MARKUP = re.compile(r"<[^<>]*>|&(?:[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);")
_PADDING = "·"
EXPANSION = 0.4
RLO, PDF = "\u202e", "\u202c"
# A word: letters, with an apostrophe inside it ("Japan's") kept in the word.
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def pseudo_text(msgid: str, terms: Iterable[str] = ()) -> str:
    """The pseudo translation of a msgid: accented, longer, bracketed, tags kept.

    `terms` names the tags whose content is an its:term (`term_tags`), kept verbatim.
    """
    body = msgid.strip()
    lead = msgid[:len(msgid) - len(msgid.lstrip())]
    trail = msgid[len(lead) + len(body):]
    out: list[str] = []
    cut = 0
    for start, end in _merged(_verbatim(body, terms)):
        out.append(body[cut:start].translate(_ACCENTS))
        out.append(body[start:end])
        cut = end
    out.append(body[cut:].translate(_ACCENTS))
    letters = sum(ch.isalpha() for ch in _MARKUP.sub("", body))
    padding = _PADDING * round(letters * EXPANSION)
    return f"{lead}⟦{''.join(out)}{' ' + padding if padding else ''}⟧{trail}"


def bidi_text(msgid: str, terms: Iterable[str] = ()) -> str:
    """The bidi pseudo translation of a msgid: each word in RLO ... PDF, so that it reads
    right to left; tags, entity references, URLs, e-mail addresses, term content,
    numbers and white space as they are. `terms` as for `pseudo_text`."""
    out: list[str] = []
    cut = 0
    for start, end in _merged(_verbatim(msgid, terms)):
        out.append(_WORD.sub(_overridden, msgid[cut:start]))
        out.append(msgid[start:end])
        cut = end
    out.append(_WORD.sub(_overridden, msgid[cut:]))
    return "".join(out)


def _overridden(word: re.Match[str]) -> str:
    return f"{RLO}{word.group()}{PDF}"


def _verbatim(text: str, terms: Iterable[str]) -> Iterator[tuple[int, int]]:
    """The (start, end) ranges of `text` to copy as they are."""
    for found in _MARKUP.finditer(text):
        yield found.span()
    for tag in terms:
        # The first element of the tag, as check_terms compares it.
        opening = text.find(f"<{tag}>")
        closing = text.find(f"</{tag}>", opening)
        if 0 <= opening < closing:
            yield opening, closing
    yield from _links(text)


def _links(text: str) -> Iterator[tuple[int, int]]:
    """Where the URLs and e-mail addresses validate compares are, in `text`.

    Validate finds them in the text a reader sees (`plain_text`: tags dropped, entities
    resolved), so the same view is built here piece by piece, remembering where in
    `text` each of its characters came from.
    """
    plain = plain_text(text)
    if not (urls(plain) or emails(plain)):
        return
    pieces: list[str] = []
    origin: list[int] = []
    cut = 0
    for found in _MARKUP.finditer(text):
        pieces.append(text[cut:found.start()])
        origin.extend(range(cut, found.start()))
        shown = plain_text(found.group())
        pieces.append(shown)
        origin.extend([found.start()] * len(shown))
        cut = found.end()
    pieces.append(text[cut:])
    origin.extend(range(cut, len(text)))
    view = "".join(pieces)
    for link in (urls(view) + emails(view)):
        at = view.find(link)
        while at >= 0:
            yield origin[at], origin[at + len(link) - 1] + 1
            at = view.find(link, at + 1)


def _merged(ranges: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    start = end = -1
    for low, high in sorted(ranges):
        if low > end:
            if end > start:
                yield start, end
            start = low
        end = max(end, high)
    if end > start:
        yield start, end


def pseudo_catalog(template: Catalog, language: str, header: tuple[tuple[str, str], ...],
                   terms: Mapping[str, Message] | None = None) -> Catalog:
    """A complete, reviewed pseudo translation of a template into pseudo-locale
    `language`: accented (`pseudo_text`), or right to left for XB (`bidi_text`).

    `terms` maps a msgid to its source segment's message when that has its:term spans
    (`term_messages`): the template alone does not say which spans are terms.
    """
    terms = terms or {}
    text = bidi_text if is_bidi_pseudo_locale(language) else pseudo_text
    entries = tuple(
        Entry(msgid=e.msgid, msgctxt=e.msgctxt,
              msgstr=text(e.msgid, term_tags(terms[e.msgid]) if e.msgid in terms else ()),
              extracted_comments=e.extracted_comments, references=e.references)
        for e in template.live() if e.msgid_plural is None)
    comment = f"Pseudo translation ({language}) for testing builds; generated, do not edit."
    return Catalog(header_fields=header, entries=entries, header_comments=(comment,))


def term_messages(release: Release) -> dict[str, Message]:
    """msgid → source message, for the segments of `release` that have its:term spans."""
    found: dict[str, Message] = {}
    for segment in translatable_segments(release):
        if any(span.get(ITS_TERM) == "yes" for span in iter_spans(segment.content)):
            message = segment_message(segment)
            found.setdefault(message.msgid, message)
    return found

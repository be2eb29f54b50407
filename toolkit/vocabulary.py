"""The release vocabulary as data: what each element is, resolved once.

Every other module asks this table instead of testing element names in ``if`` chains,
the way ITS rules are data in itstool.
"""

from __future__ import annotations

from enum import Enum
from types import MappingProxyType

NS = "https://ns.communique.dev/release/1"
ITS_NS = "http://www.w3.org/2005/11/its"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XLINK_NS = "http://www.w3.org/1999/xlink"

NSMAP = MappingProxyType({None: NS, "its": ITS_NS})

# A release id, as the schema's ReleaseId has it. An id names files (releases/<id>.xml,
# locales/<id>.pot, a catalog, the pages), so one typed on a command line is held to it
# before any path is made of it: never a separator, never a leading dot.
RELEASE_ID = r"[A-Za-z0-9][A-Za-z0-9._\-]{0,127}"


def q(name: str) -> str:
    """Clark-notation name of an element in the release namespace."""
    return f"{{{NS}}}{name}"


ITS_TRANSLATE = f"{{{ITS_NS}}}translate"
ITS_LOCNOTE = f"{{{ITS_NS}}}locNote"
ITS_LOCNOTE_TYPE = f"{{{ITS_NS}}}locNoteType"
ITS_TERM = f"{{{ITS_NS}}}term"
ITS_VERSION = f"{{{ITS_NS}}}version"
XML_LANG = f"{{{XML_NS}}}lang"


class Kind(Enum):
    """What role an element plays in a release."""

    SEGMENT = "segment"  # a block whose text is one translatable segment
    CONTAINER = "container"  # holds other blocks (list, figure, body, meta)
    INLINE = "inline"  # markup inside a segment, translatable content
    TYPED = "typed"  # a typed value: content re-formatted per locale, never translated


# Elements whose text is one segment, with the role a translator sees in `#.` comments.
SEGMENT_ROLES = MappingProxyType(
    {
        "title": "title",
        "subtitle": "subtitle",
        "publisher": "publisher",
        "series": "series",
        "place": "place of publication",
        "alt": "photo description (alternative text)",
        "caption": "photo caption",
        "p": "paragraph",
        "heading": "heading",
        "item": "list item",
        "quote": "quotation",
    }
)

INLINE = frozenset({"em", "strong", "link", "person", "org", "place", "term", "abbr"})
TYPED = frozenset({"date", "time", "duration", "number", "money"})

# The attributes an inline or typed element may carry in the release vocabulary; anything
# a translator writes is checked against the source, never against this list.
INLINE_ATTRIBUTES = MappingProxyType(
    {
        "em": (),
        "strong": (),
        "link": ("href",),
        "person": (),
        "org": (),
        "place": (),
        "term": (),
        "abbr": ("title",),
        # `end`: a date range's last date (same precision as `value`), written with the
        # locale's CLDR interval format ("24–27 March 2025"), not as two dates.
        "date": ("value", "end", "skeleton"),
        "time": ("value", "zone"),
        "duration": ("value", "width"),
        "number": ("value", "style", "notation"),
        "money": ("value", "currency", "notation"),
    }
)

# `meta/place` is a segment; `place` inside a block is inline. The parent decides.
BLOCK_NAMES = frozenset({"p", "heading", "quote", "list"})

# CLDR date skeletons the vocabulary records, by the value form they need.
DATE_SKELETONS = MappingProxyType(
    {
        "yMMMMd": "full",
        "MMMMd": "full",
        "yMMMd": "full",
        "yMd": "full",
        "d": "full",
        "yMMMM": "month",
        "MMMM": "month",
        "y": "year",
    }
)

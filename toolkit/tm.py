"""Translation memory: reviewed translations of one locale, shared across releases.

Press releases repeat themselves (the ministry's name, "About the Ministry", contact
lines). When `update` meets a message that its own catalog has never seen, and another
catalog of the same locale already holds a reviewed (translated, not fuzzy) translation of
exactly the same msgid, the translation is copied and the entry gets the extracted
comment ``tm: <release id>`` so a translator can see where it came from.

Such an entry is NOT marked fuzzy: the source text is identical and the translation was
reviewed, which is how ``msgmerge --compendium`` treats exact matches too; a fuzzy entry
would fall back to the source text at build, undoing the point of the memory. When two
releases translate the same msgid differently, the release whose id sorts first wins,
so the choice does not depend on the order files are read in.

A translation whose tags the placeholder protocol refuses (a tag broken, missing or
unknown) is never copied: the build falls back on it, so copying it as reviewed would
turn one error in one catalog into one in every release that repeats the message, none
of them marked for review. The next release in id order is used instead, or none.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from toolkit.catalog import Catalog

TM_COMMENT = "tm: "


@dataclass(frozen=True)
class Match:
    msgstr: str
    release: str  # the id of the release whose catalog had the translation


class TranslationMemory:
    """msgid → the reviewed translations of other releases (at most two are kept)."""

    def __init__(self) -> None:
        # Two sources per msgid are enough: lookups exclude one release, their own.
        self._memory: dict[str, list[Match]] = {}

    def add(self, release: str, catalog: Catalog) -> None:
        """Remember the reviewed translations of one release's catalog."""
        self.add_pairs(release, ((e.msgid, e.msgstr) for e in catalog.live()
                                 if e.translated and not e.plural and e.msgctxt is None))

    def add_pairs(self, release: str, pairs: Iterable[tuple[str, str]]) -> None:
        """Remember reviewed (msgid, msgstr) translations of one release."""
        for msgid, msgstr in pairs:
            found = self._memory.setdefault(msgid, [])
            if all(m.release != release for m in found):
                found.append(Match(msgstr, release))
                found.sort(key=lambda m: m.release)
                del found[2:]

    def lookup(self, msgid: str, *, exclude: str | None = None) -> Match | None:
        """A reviewed translation of `msgid` from a release other than `exclude`."""
        for match in self._memory.get(msgid, ()):
            if match.release != exclude and usable(msgid, match.msgstr):
                return match
        return None

    @property
    def size(self) -> int:
        """How many distinct msgids the memory can fill."""
        return len(self._memory)


@lru_cache(maxsize=4096)
def usable(msgid: str, msgstr: str) -> bool:
    """Whether the build would use this translation of `msgid`: its tags are the msgid's
    (asked only of the few translations a memory fills, so never on update's hot path)."""
    from toolkit.placeholders import PlaceholderError, parse_translation
    from toolkit.qa.translation_checks import message_from_msgid

    try:
        parse_translation(msgstr, message_from_msgid(msgid))
    except PlaceholderError:
        return False
    return True

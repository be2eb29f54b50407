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

But the same msgid is not always the same message: "<number/> countries" said of 3 in
one release and of 5 in another needs "страны" and "стран" in Russian. The legend (the
``#.`` lines of the empty tags, see `toolkit.legend`) says which numbers each catalog's
entry stands for, and a copy whose numbers fall in a plural category of the catalog's
language that the translation was not made for (or whose numbers cannot be read and
differ) is still filled, but fuzzy, with the reason in its mark:
``tm: <release id> (made for 3, here 5)``. A release whose translation fits is preferred
to one whose translation does not. Once a translator has reviewed it (the fuzzy flag
gone), the next update leaves the plain ``tm: <release id>``.

A translation whose tags the placeholder protocol refuses (a tag broken, missing or
unknown) is never copied: the build falls back on it, so copying it as reviewed would
turn one error in one catalog into one in every release that repeats the message, none
of them marked for review. The next release in id order is used instead, or none.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from toolkit.catalog import Catalog, Entry
from toolkit.legend import cardinal_texts, disagreement, number_lines

TM_COMMENT = "tm: "


class Match(NamedTuple):
    """A reviewed translation in the memory. A named tuple: one is made for every reviewed
    message of every catalog `update` reads, and a frozen dataclass costs more to make."""

    msgstr: str
    release: str  # the id of the release whose catalog had the translation
    # The legend lines of the numbers its entry stood for (`toolkit.legend`).
    numbers: tuple[str, ...] = ()


def tm_mark(release: str, reason: str | None = None) -> str:
    """The extracted comment of an entry filled from `release`'s translation."""
    return f"{TM_COMMENT}{release}" + (f" ({reason})" if reason else "")


def tm_release(comment: str) -> str | None:
    """The release a ``tm:`` mark names (a release id has no space), else None."""
    if not comment.startswith(TM_COMMENT):
        return None
    return comment[len(TM_COMMENT):].split(" ", 1)[0]


class TranslationMemory:
    """msgid → the reviewed translations of other releases (at most two are kept)."""

    def __init__(self) -> None:
        # Two sources per msgid are enough: lookups exclude one release, their own.
        self._memory: dict[str, list[Match]] = {}

    def add(self, release: str, catalog: Catalog) -> None:
        """Remember the reviewed translations of one release's catalog."""
        self.add_pairs(release, reviewed(catalog))

    def add_pairs(self, release: str,
                  pairs: Iterable[tuple[str, str, tuple[str, ...]]]) -> None:
        """Remember reviewed translations of one release: (msgid, msgstr, the legend
        lines of its numbers) each, as `reviewed` gives them."""
        for msgid, msgstr, numbers in pairs:
            found = self._memory.setdefault(msgid, [])
            if all(m.release != release for m in found):
                found.append(Match(msgstr, release, numbers))
                found.sort(key=lambda m: m.release)
                del found[2:]

    def lookup(self, msgid: str, *, exclude: str | None = None) -> Match | None:
        """A reviewed translation of `msgid` from a release other than `exclude`."""
        for match in self._memory.get(msgid, ()):
            if match.release != exclude and usable(msgid, match.msgstr):
                return match
        return None

    def fill(self, msgid: str, legend: Iterable[str], *, exclude: str | None,
             locale: str | None, source_locale: str) -> tuple[Match, str | None] | None:
        """The translation to fill a new entry with, and why it must be reviewed (None:
        it fits the numbers the entry's `legend` shows, in `locale`)."""
        unfit: tuple[Match, str | None] | None = None
        for match in self._memory.get(msgid, ()):
            if match.release == exclude or not usable(msgid, match.msgstr):
                continue
            if "<number" not in msgid or locale is None:
                return match, None
            reason = disagreement(cardinal_texts(match.numbers), cardinal_texts(legend),
                                  source_locale, locale)
            if reason is None:
                return match, None
            unfit = unfit or (match, reason)
        return unfit

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


def reviewed(catalog: Catalog, template: Catalog | None = None
             ) -> list[tuple[str, str, tuple[str, ...]]]:
    """What the memory takes of a catalog: its reviewed translations of singular messages
    without context, with the legend lines of their numbers (`_numbers`)."""
    # One comprehension: `update` asks this of every catalog it reads.
    return [(e.msgid, e.msgstr, _numbers(e, template) if "<number" in e.msgid else ())
            for e in catalog.live() if e.translated and not e.plural and e.msgctxt is None]


def _numbers(entry: Entry, template: Catalog | None) -> tuple[str, ...]:
    """The legend lines of an entry's numbers: the catalog's own (what the translation was
    made for), or, where it has none (a catalog written by hand), `template`'s (what the
    release says)."""
    found = number_lines(entry.extracted_comments)
    if not found and template is not None:
        source = template.lookup(entry.msgid)
        found = number_lines(source.extracted_comments) if source is not None else ()
    return found

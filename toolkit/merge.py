"""Merging a template into a translated catalog: the semantics of GNU msgmerge, pure.

For every message of the template, in template order:

1. the catalog has the same msgid (and msgctxt): its translation, flags and translator
   comments are kept; the template gives references and extracted comments. But a
   reviewed translation whose number now falls in another CLDR plural category of the
   catalog's language (the legend said 2 000, it says 2 001: Russian "семей" was right,
   "семья" is) is flagged ``fuzzy``, marked ``#. numbers changed (made for 2 000, here
   2 001)``: msgmerge sees the same msgid and would keep it as reviewed (see
   `toolkit.legend.recategorised` for what is judged);
2. the catalog has it only as obsolete (``#~``): it comes back as it was;
3. the translation memory has a reviewed translation from another release: it is used,
   marked ``#. tm: <release id>`` (see `toolkit.tm`), and flagged ``fuzzy`` with the
   reason in the mark when the numbers it was made for may need other word forms here;
4. fuzzy matching (unless turned off) finds the closest old message: its translation
   is used, flagged ``fuzzy``, with ``#| msgid`` showing the source it was made for;
5. otherwise the message is new and untranslated.

Every other old message, one the template no longer has, becomes obsolete and stays in
the file with its translation and translator comments; existing obsolete entries stay
too. An old message that fuzzy matching gave to a new one lives on in that entry (its
text, its translator comments, and its source as ``#| msgid``) and is not repeated as
obsolete, as msgmerge does. Nothing a translator wrote is dropped.

Fuzzy matching is not quadratic: old messages are indexed by their words (character
pairs for scripts without spaces); only those sharing the rarest words with a new
message are compared, by msgmerge's measure (`similarity`), and a match needs msgmerge's
0.6.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import lru_cache

from babel.core import UnknownLocaleError
from babel.messages.plurals import get_plural

from toolkit.catalog import Catalog, Entry, Key, set_fields
from toolkit.errors import UsageError
from toolkit.formatting import MODIFIER_SCRIPTS, babel_locale_for, is_pseudo_locale
from toolkit.legend import cardinal_texts, number_lines, recategorised
from toolkit.tm import TM_COMMENT, TranslationMemory, tm_mark, tm_release

FUZZY_THRESHOLD = 0.6
_SHORTLIST = 12  # candidates compared per new message
# msgmerge's small advantage for an old message in no context or the wanted one
# (gettext's fuzzy_search_goal_function): it wins a tie, and 0.6 exactly is a match.
_CONTEXT_BONUS = 0.00001
_WORD = re.compile(r"\w+")
_FEW_WORDS = 3  # a message of at most this many words is indexed by 4-grams too
# The mark of a kept entry made fuzzy because its numbers changed plural category.
NUMBERS_COMMENT = "numbers changed ("


@dataclass(frozen=True, slots=True)
class MergeReport:
    """What a merge did, message by message, for the summary `update` prints."""

    kept: int = 0  # exact matches (translated or not)
    kept_fuzzy: int = 0  # of those, reviewed ones made fuzzy: their numbers changed category
    fuzzy: int = 0  # filled by fuzzy matching
    from_tm: int = 0  # filled from the translation memory, reviewed
    tm_fuzzy: int = 0  # filled from the translation memory, fuzzy (numbers differ)
    revived: int = 0  # brought back from obsolete entries
    new: int = 0  # untranslated new messages
    obsoleted: int = 0  # live messages that the template lost
    # The msgids that had no exact match, which a translation memory could fill.
    wanting: tuple[str, ...] = field(default=(), compare=False, repr=False)

    def __add__(self, other: MergeReport) -> MergeReport:
        # The counts only: `wanting` belongs to one file's merge (update's results keep
        # counts only, and a total is a sum of those).
        return MergeReport(self.kept + other.kept, self.kept_fuzzy + other.kept_fuzzy,
                           self.fuzzy + other.fuzzy,
                           self.from_tm + other.from_tm, self.tm_fuzzy + other.tm_fuzzy,
                           self.revived + other.revived, self.new + other.new,
                           self.obsoleted + other.obsoleted)

    def as_tuple(self) -> tuple[int, ...]:
        return (self.kept, self.kept_fuzzy, self.fuzzy, self.from_tm, self.tm_fuzzy,
                self.revived, self.new, self.obsoleted)

    def as_dict(self) -> dict[str, int]:
        return {"kept": self.kept, "kept_fuzzy": self.kept_fuzzy, "fuzzy": self.fuzzy,
                "tm": self.from_tm, "tm_fuzzy": self.tm_fuzzy, "revived": self.revived,
                "new": self.new, "obsoleted": self.obsoleted}


def merge(template: Catalog, old: Catalog | None, *, fuzzy_matching: bool = True,
          tm: TranslationMemory | None = None, locale: str | None = None,
          release_id: str | None = None, revision_date: str = "") -> Catalog:
    """The catalog `old` brought up to date with `template` (see the module doc)."""
    return merge_with_report(template, old, fuzzy_matching=fuzzy_matching, tm=tm,
                             locale=locale, release_id=release_id,
                             revision_date=revision_date)[0]


def merge_with_report(template: Catalog, old: Catalog | None, *, fuzzy_matching: bool = True,
                      tm: TranslationMemory | None = None, locale: str | None = None,
                      release_id: str | None = None,
                      revision_date: str = "") -> tuple[Catalog, MergeReport]:
    """`merge`, and what it did."""
    release = release_id or template.header.get("Project-Id-Version") or template.domain
    old_catalog = old if old is not None else Catalog()
    obsolete_old = {e.key: e for e in old_catalog.entries if e.obsolete}
    counts = Counter[str]()
    wanting: list[str] = []
    used: set[Key] = set()
    taken: set[Key] = set()  # obsolete entries that live again
    matcher: _Matcher | None = None
    entries: list[Entry] = []
    # Whose plural rules judge a memory's numbers, and in which locale the legend's
    # source texts are written.
    target = locale or old_catalog.language
    source = template.header.get("X-Source-Language") or "en"
    for wanted in template.live():
        exact = old_catalog.lookup(wanted.msgid, wanted.msgctxt)
        if exact is not None:
            used.add(exact.key)
            kept = _update(wanted, exact)
            # Cheapest and rarest first: most kept entries are untranslated or say what
            # they said (the same comments), and a search of a long msgid costs more.
            if exact.msgstr and exact.extracted_comments != wanted.extracted_comments \
                    and "<number" in wanted.msgid and exact.translated and not kept.fuzzy \
                    and target:
                reason = _renumbered(exact, wanted, source, target)
                if reason is not None:
                    kept = replace(kept, flags=("fuzzy", *kept.flags), extracted_comments=(
                        *kept.extracted_comments, f"{NUMBERS_COMMENT}{reason})"))
                    counts["kept_fuzzy"] += 1
            entries.append(kept)
            counts["kept"] += 1
            continue
        gone = obsolete_old.get(wanted.key)
        if gone is not None:
            taken.add(gone.key)
            entries.append(_update(wanted, gone))
            counts["revived"] += 1
            continue
        wanting.append(wanted.msgid)
        found = tm.fill(wanted.msgid, wanted.extracted_comments, exclude=release,
                        locale=target, source_locale=source) if tm is not None else None
        if found is not None and wanted.msgid_plural is None:
            match, reason = found
            filled = replace(_fresh(wanted), msgstr=match.msgstr, extracted_comments=(
                *wanted.extracted_comments, tm_mark(match.release, reason)))
            if reason is None:
                counts["tm"] += 1
            else:  # made for numbers of another plural category: a translator looks
                filled = replace(filled, flags=("fuzzy", *filled.flags))
                counts["tm_fuzzy"] += 1
            entries.append(filled)
            continue
        if fuzzy_matching:
            if matcher is None:
                matcher = _Matcher(e for e in old_catalog.entries if e.has_translation)
            close = matcher.best(wanted.msgid, wanted.msgctxt)
            if close is not None:
                used.add(close.key)  # as msgmerge: it lives on in the fuzzy entry
                if close.obsolete:
                    taken.add(close.key)
                entries.append(_fuzzy(wanted, close))
                counts["fuzzy"] += 1
                continue
        entries.append(_fresh(wanted))
        counts["new"] += 1
    newly_obsolete = {e.key: _obsolete(e) for e in old_catalog.live()
                      if e.key not in used and (e.has_translation or e.translator_comments)}
    superseded = newly_obsolete.keys() | taken
    # In the old file's order, as msgmerge keeps them: a message the template just lost
    # stands where it stood, before the obsolete entries at the file's end (appended
    # after them, each update by msgmerge and by communique reordered the other's).
    for e in old_catalog.entries:
        if not e.obsolete and e.key in newly_obsolete:
            entries.append(newly_obsolete[e.key])
        elif e.obsolete and e.key not in superseded:
            entries.append(e)
    report = MergeReport(kept=counts["kept"], kept_fuzzy=counts["kept_fuzzy"],
                         fuzzy=counts["fuzzy"], from_tm=counts["tm"],
                         tm_fuzzy=counts["tm_fuzzy"], revived=counts["revived"], new=counts["new"],
                         obsoleted=len(newly_obsolete), wanting=tuple(wanting))
    if old is None:
        if not locale:
            raise UsageError("a new catalog needs a locale")
        merged = Catalog(header_fields=new_header(template, locale, revision_date),
                         entries=tuple(entries),
                         header_comments=(f"{_language_name(locale)} translation of "
                                          f"{release}.",))
    else:
        merged = Catalog(header_fields=_updated_header(old, template, locale),
                         entries=tuple(entries), path=old.path,
                         header_comments=old.header_comments, header_flags=old.header_flags)
    return merged, report


# ---------------------------------------------------------------- entries
def _renumbered(old: Entry, wanted: Entry, source: str, locale: str) -> str | None:
    """Why `old`'s reviewed translation may not fit `wanted`, the same message said of
    other numbers: the legend it was reviewed with (the old catalog's ``#.`` lines,
    which each merge renews) against the template's, in `locale`'s plural rules."""
    before, after = number_lines(old.extracted_comments), number_lines(
        wanted.extracted_comments)
    if before == after or not before:  # (most entries: no number changed, no Babel)
        return None
    return recategorised(cardinal_texts(before), cardinal_texts(after), source, locale)


_REASON = re.compile(r"(?:<([^<>\s]+)/> )?made for (.*?), here (.*)", re.DOTALL)


def _renewed(mark: str, wanted: Entry) -> str:
    """A ``numbers changed (...)`` or ``tm: <id> (...)`` mark whose reason's "here" says
    the numbers of `wanted`'s legend: "made for" stays what the translation was
    reviewed for, "here" was the numbers of the update that made the mark, which a later
    change of the source left stale (made for 2 000, here 2 001, when it is 2 002)."""
    head, opened, reason = mark.partition(" (") if mark.startswith(TM_COMMENT) \
        else (NUMBERS_COMMENT[:-2], " (", mark[len(NUMBERS_COMMENT):])
    if not opened or not reason.endswith(")"):
        return mark
    after = cardinal_texts(number_lines(wanted.extracted_comments))
    parts: list[str] = []
    for part in reason[:-1].split("; "):
        found = _REASON.fullmatch(part)
        tag = (found.group(1) or (next(iter(after)) if len(after) == 1 else None)
               if found else None)
        if found is None or tag not in after:
            parts.append(part)
            continue
        shown = f"<{found.group(1)}/> " if found.group(1) else ""
        parts.append(f"{shown}made for {found.group(2)}, here {' / '.join(after[tag])}")
    return f"{head} ({'; '.join(parts)})"


def _fresh(wanted: Entry) -> Entry:
    """The template's entry as an untranslated catalog entry."""
    return Entry(msgid=wanted.msgid, msgctxt=wanted.msgctxt, msgid_plural=wanted.msgid_plural,
                 flags=tuple(f for f in wanted.flags if f != "fuzzy"),
                 extracted_comments=wanted.extracted_comments,
                 references=wanted.references, line=wanted.line)


def _update(wanted: Entry, old: Entry) -> Entry:
    """An old entry with the template's source information."""
    flags = [f for f in old.flags if f != "fuzzy"]
    flags += [f for f in wanted.flags if f not in flags and f != "fuzzy"]
    fuzzy = old.fuzzy
    msgstr, plural = old.msgstr, old.msgstr_plural
    previous = (old.previous_msgctxt, old.previous_msgid, old.previous_msgid_plural)
    comments = old.translator_comments
    if (wanted.msgid_plural is None) != (old.msgid_plural is None):
        # Singular became plural or the reverse (a PO editor or platform made the
        # message plural): keep the text, let a translator look. As msgmerge, `#|`
        # shows the plural source a reviewed translation was made for.
        if old.has_translation and not fuzzy:
            fuzzy = True
            previous = (old.msgctxt, old.msgid, old.msgid_plural)
        msgstr, plural = _reshape(old, wanted)
        comments = (*comments, *_other_forms(old, wanted))
    # A memory's mark stays; its reason to look (numbers) goes once the entry is reviewed,
    # as does the mark of numbers that changed.
    tm_marks = tuple(c if fuzzy else tm_mark(tm_release(c) or "")
                     for c in old.extracted_comments if c.startswith(TM_COMMENT))
    if fuzzy:
        tm_marks += tuple(c for c in old.extracted_comments if c.startswith(NUMBERS_COMMENT))
        if tm_marks and old.extracted_comments != wanted.extracted_comments:
            # While it waits for review, the mark's "here" follows the template's numbers.
            tm_marks = tuple(_renewed(c, wanted) for c in tm_marks)
    return Entry(
        msgid=wanted.msgid, msgctxt=wanted.msgctxt, msgid_plural=wanted.msgid_plural,
        msgstr=msgstr, msgstr_plural=plural,
        flags=(("fuzzy",) if fuzzy else ()) + tuple(flags),
        translator_comments=comments,
        extracted_comments=(*wanted.extracted_comments,
                            *(m for m in tm_marks if m not in wanted.extracted_comments)),
        references=wanted.references,
        previous_msgctxt=previous[0] if fuzzy else None,
        previous_msgid=previous[1] if fuzzy else None,
        previous_msgid_plural=previous[2] if fuzzy else None,
        line=wanted.line,
    )


def _fuzzy(wanted: Entry, close: Entry) -> Entry:
    """A new entry that takes the translation of a similar old one, for review.

    ``#| msgid`` names the source the translation was made for: the old entry's msgid,
    or, when the old entry was fuzzy already, its own previous source (none if it had
    none), as msgmerge does. Its msgid was never translated, so a translator comparing
    against it would review the wrong change."""
    msgstr, plural = _reshape(close, wanted)
    made_for = ((close.previous_msgctxt, close.previous_msgid, close.previous_msgid_plural)
                if close.fuzzy else (close.msgctxt, close.msgid, close.msgid_plural))
    return replace(
        _fresh(wanted), msgstr=msgstr, msgstr_plural=plural,
        flags=("fuzzy", *(f for f in wanted.flags if f != "fuzzy")),
        translator_comments=(*close.translator_comments, *_other_forms(close, wanted)),
        previous_msgctxt=made_for[0], previous_msgid=made_for[1],
        previous_msgid_plural=made_for[2])


def _reshape(old: Entry, wanted: Entry) -> tuple[str, tuple[str, ...]]:
    """Old translation text in the singular or plural shape of the wanted entry."""
    if wanted.msgid_plural is None:
        return (old.msgstr_plural[0] if old.plural and old.msgstr_plural else old.msgstr), ()
    if old.plural:
        return "", old.msgstr_plural
    return "", (old.msgstr,)


# The translator comment that keeps the plural forms a singular entry cannot hold.
OTHER_FORMS_COMMENT = "other plural forms before update:"


def _other_forms(old: Entry, wanted: Entry) -> tuple[str, ...]:
    """A translator comment holding the translated plural forms of `old` that `_reshape`
    leaves out of the singular `wanted` (msgmerge drops them): a platform's plural
    entry loses none of its forms, and a translator can take one back (the first is
    not always the one the message needs: Russian's msgstr[0] is "one")."""
    if wanted.msgid_plural is not None or not old.plural:
        return ()
    first = old.msgstr_plural[0] if old.msgstr_plural else ""
    rest = [f"msgstr[{n}] {_quoted(form)}" for n, form in enumerate(old.msgstr_plural)
            if n and form and form != first]
    return (f"{OTHER_FORMS_COMMENT} {' '.join(rest)}",) if rest else ()


def _obsolete(entry: Entry) -> Entry:
    """A live entry turned obsolete: what the translator wrote and what their translation
    was made for (flags, ``#|`` previous source), not where it was (references,
    extracted comments), as msgmerge keeps them. Revived, it is as it was."""
    return Entry(msgid=entry.msgid, msgctxt=entry.msgctxt, msgid_plural=entry.msgid_plural,
                 msgstr=entry.msgstr, msgstr_plural=entry.msgstr_plural, flags=entry.flags,
                 translator_comments=entry.translator_comments,
                 previous_msgctxt=entry.previous_msgctxt, previous_msgid=entry.previous_msgid,
                 previous_msgid_plural=entry.previous_msgid_plural, obsolete=True,
                 line=entry.line)


# ---------------------------------------------------------------- renamed releases
def carry_over(previous: Catalog, current: Catalog | None, *, previous_id: str,
               new_id: str) -> Catalog:
    """The catalog a renamed release's catalog is merged from: its old id's catalog
    (`previous`), together with what its new id's catalog (`current`) already holds.

    `merge` of the result gives the old catalog's translations, translator comments,
    fuzzy entries with their ``#|`` source, and obsolete entries to the new id, as
    ``msgmerge OLD.po NEW.pot`` after ``git mv`` would. Without a catalog of the new id,
    the old catalog is taken whole, with its header; only the header's id (the
    ``Project-Id-Version`` and the "<Language> translation of <id>." line that a new
    catalog gets) is changed to the new one.

    With one, nothing of either is lost, so that the old catalog can be deleted: for
    each message, the catalog whose entry has the better translation gives it (reviewed
    above fuzzy, fuzzy above none), the new id's catalog on a tie. An entry of the other
    catalog with the same translation gives the kept one its translator comments and
    flags; one with another translation is kept as a translator comment of the kept
    entry (``<id>'s catalog had: "..."``, the text escaped as in a PO string; its flags
    and ``#|`` source in brackets after "had"), with its translator comments: a
    translator sees it beside the message in any PO editor, and it follows the message
    through every later merge (as fuzzy or obsolete too), where
    a second entry of the same message would not. Messages only one catalog has are all
    kept, the new id's first; the header keeps the new id's fields, takes the old one's
    where the new one's are empty (a catalog `update` created has no Last-Translator),
    and the old one's comments. Either way a ``tm: <old id>`` mark goes: after the
    rename that translation is the release's own.
    """
    if current is None:
        fields = tuple((name, new_id if name == "Project-Id-Version" and value == previous_id
                        else value) for name, value in previous.header_fields)
        comments = tuple(_renamed_comment(line, previous_id, new_id)
                         for line in previous.header_comments)
        return Catalog(header_fields=fields, entries=tuple(
            _without_mark(e, previous_id) for e in previous.entries), header_comments=comments,
            header_flags=previous.header_flags)
    olds: dict[Key, list[Entry]] = {}
    for entry in previous.entries:
        olds.setdefault(entry.key, []).append(_without_mark(entry, previous_id))
    currents: dict[Key, list[Entry]] = {}
    for entry in current.entries:
        currents.setdefault(entry.key, []).append(_without_mark(entry, previous_id))
    entries: list[Entry] = []
    for key, group in currents.items():  # (dicts keep the order of first appearance)
        old_group = olds.get(key)
        if old_group is None:
            entries += group
        elif _rank(old_group) > _rank(group):
            entries += _together(old_group, group, new_id, losers_older=False)
        else:
            entries += _together(group, old_group, previous_id, losers_older=True)
    entries += (e for key, group in olds.items() if key not in currents for e in group)
    comments = (*current.header_comments, *(
        c for c in (_renamed_comment(line, previous_id, new_id)
                    for line in previous.header_comments)
        if c not in current.header_comments))
    return replace(current, entries=tuple(entries), header_comments=comments,
                   header_fields=_filled_fields(current.header_fields,
                                                previous.header_fields))


def _rank(group: list[Entry]) -> int:
    """How much translation a catalog has for one message: 2 reviewed, 1 fuzzy, 0 none."""
    return max((1 if e.fuzzy else 2) if e.has_translation else 0 for e in group)


def _together(kept: list[Entry], losers: list[Entry], loser_id: str, *,
              losers_older: bool) -> list[Entry]:
    """The entries of one message that a renamed catalog keeps (`kept`), holding what
    the other catalog's entries of it (`losers`, from catalog `loser_id`) had."""
    found = list(kept)
    # A second translation is noted on the live entry, the one a translator sees.
    target = next((i for i, e in enumerate(found) if not e.obsolete), 0)
    for loser in losers:
        same = next((i for i, e in enumerate(found)
                     if (e.msgstr, e.msgstr_plural) == (loser.msgstr, loser.msgstr_plural)),
                    None)
        if same is not None:  # the same translation (or none): its comments and flags
            found[same] = _joined(found[same], loser.translator_comments,
                                  tuple(f for f in loser.flags if f != "fuzzy"),
                                  older=losers_older)
        elif loser.has_translation or loser.translator_comments:
            note = (_translation_note(loser, loser_id),) if loser.has_translation else ()
            found[target] = _joined(found[target], (*note, *loser.translator_comments), (),
                                    older=False)
    return found


def _joined(entry: Entry, comments: tuple[str, ...], flags: tuple[str, ...], *,
            older: bool) -> Entry:
    """`entry` with translator comments and flags it lacks; `older` comments (written in
    the old id's catalog) go before the entry's own."""
    added = tuple(c for c in comments if c not in entry.translator_comments)
    merged = (*added, *entry.translator_comments) if older \
        else (*entry.translator_comments, *added)
    new_flags = (*entry.flags, *(f for f in flags if f not in entry.flags))
    if not added and new_flags == entry.flags:
        return entry
    return replace(entry, translator_comments=merged, flags=new_flags)


# PO's C escapes: a translation in a comment stays one line and reads back exactly.
_NOTE_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t",
                               "\r": "\\r", "\b": "\\b", "\f": "\\f", "\v": "\\v"})


def _quoted(text: str) -> str:
    return '"' + text.translate(_NOTE_ESCAPES) + '"'


def _translation_note(entry: Entry, catalog_id: str) -> str:
    """The translator comment that keeps a translation a renamed catalog did not take,
    with what a translator needs to use it: its flags (``fuzzy`` first: it was not
    reviewed; a format flag says how msgfmt checks it) and, from its ``#|`` lines, the
    source it was made for. E.g. ``a's catalog had (fuzzy, c-format; made for msgid
    "Old source"): "..."``."""
    flags = sorted(entry.flags, key=lambda flag: flag != "fuzzy")  # (a stable sort)
    source = " ".join(f"{name} {_quoted(text)}" for name, text in (
        ("msgctxt", entry.previous_msgctxt), ("msgid", entry.previous_msgid),
        ("msgid_plural", entry.previous_msgid_plural)) if text is not None)
    details = ", ".join(flags) + ("; " if flags and source else "") + \
        (f"made for {source}" if source else "")
    said = f"{catalog_id}'s catalog had{f' ({details})' if details else ''}:"
    if entry.plural:
        return " ".join((said, *(f"msgstr[{n}] {_quoted(form)}"
                                 for n, form in enumerate(entry.msgstr_plural))))
    return f"{said} {_quoted(entry.msgstr)}"


def _filled_fields(fields: tuple[tuple[str, str], ...],
                   previous: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """`fields` with the values of `previous` where theirs are empty, and the fields
    only `previous` has after them (the translator's name, their team)."""
    taken = {name.lower(): value for name, value in reversed(previous) if value}
    filled = tuple((name, value or taken.get(name.lower(), "")) for name, value in fields)
    names = {name.lower() for name, _ in fields}
    return filled + tuple((name, value) for name, value in previous
                          if value and name.lower() not in names)


def missing_from(previous: Catalog, merged: Catalog, *, previous_id: str,
                 new_id: str) -> tuple[str, ...]:
    """The msgids of `previous` (a renamed release's old catalog) some of whose
    translation or translator comments `merged` (its new catalog, written) holds
    nowhere: not as a translation, a comment, or the note that `carry_over` made of it
    (the whole note: its flags and the source it was made for are the translator's
    too). Empty when the old catalog can be deleted without losing anything."""
    texts: set[str] = set()
    comments: set[str] = set()
    for entry in merged.entries:
        texts.add(entry.msgstr)
        texts.update(entry.msgstr_plural)
        comments.update(entry.translator_comments)
    missing = [
        entry.msgid for entry in previous.entries
        if not all(c in comments for c in entry.translator_comments)
        or not (all(t in texts for t in (entry.msgstr, *entry.msgstr_plural) if t)
                or _translation_note(entry, previous_id) in comments)]
    header = set(merged.header_comments)
    if any(_renamed_comment(c, previous_id, new_id) not in header
           for c in previous.header_comments):
        missing.insert(0, "")  # the header's comments (the header's msgid is "")
    return tuple(missing)


def _without_mark(entry: Entry, release: str) -> Entry:
    """`entry` without the ``tm:`` mark of `release` (with a reason or not)."""
    if not any(tm_release(c) == release for c in entry.extracted_comments):
        return entry
    return replace(entry, extracted_comments=tuple(c for c in entry.extracted_comments
                                                   if tm_release(c) != release))


def _renamed_comment(line: str, previous_id: str, new_id: str) -> str:
    """The header comment `merge` writes in a new catalog, for the new id."""
    ending = f" translation of {previous_id}."
    return line[:-len(ending)] + f" translation of {new_id}." if line.endswith(ending) \
        else line


# ---------------------------------------------------------------- fuzzy matching
def _tokens(text: str) -> set[str]:
    """Words, lower-cased; runs of CJK characters (no spaces) as character pairs.

    The words of a message of a few words also give their runs of four letters, as
    msgmerge indexes every message (4-grams): a typo fixed in a one-word heading or
    name ("Backgroud", "Kulubayev") changes its every word, and a word index alone
    never offered the old translation that msgmerge offers. (Not for longer messages:
    one that shares no word with its old text is rarely 0.6 like it, and the grams of
    every paragraph would make the index several times larger.)"""
    found: set[str] = set()
    words = _WORD.findall(text.lower())
    few = len(words) <= _FEW_WORDS
    for word in words:
        if word.isascii() or len(word) < 4:
            found.add(word)
            if few and len(word) > 4:
                found.update(word[i:i + 4] for i in range(len(word) - 3))
        else:
            found.update(word[i:i + 2] for i in range(len(word) - 1))
    return found


class _Matcher:
    """The closest old message to a new one, without comparing against all of them."""

    def __init__(self, candidates: Iterable[Entry]) -> None:
        self.entries = list(candidates)
        self.sizes = [len(entry.msgid.encode("utf-8")) for entry in self.entries]
        self.by_size: dict[int, list[int]] | None = None  # (made for the first short one)
        self.index: dict[str, list[int]] = {}
        for number, entry in enumerate(self.entries):
            for token in _tokens(entry.msgid):
                self.index.setdefault(token, []).append(number)
        # A word in more than this many messages says little about similarity and
        # would make every lookup scan the whole catalog.
        self.common = max(32, len(self.entries) // 20)

    def best(self, msgid: str, msgctxt: str | None = None) -> Entry | None:
        """The old message msgmerge would offer for `msgid`: the most similar
        (`similarity`, with msgmerge's bonus for the same context) above 0.6."""
        if not self.entries:
            return None
        postings = sorted((self.index[t] for t in _tokens(msgid) if t in self.index), key=len)
        shared: Counter[int] = Counter()
        for number, found in enumerate(postings):
            if len(found) > self.common and number >= 3:
                break  # only common words left; the three rarest have been counted
            shared.update(found[:self.common * 4])
        best: tuple[float, int] | None = None
        wanted = msgid.encode("utf-8")
        size, sizes, reach = len(wanted), self.sizes, FUZZY_THRESHOLD - _CONTEXT_BONUS
        # Only messages whose length lets them be 0.6 alike (twice the shorter length
        # over both is the most two texts can be) are shortlisted: a caption's words are
        # all in the release's long paragraphs, which shared more of them than the old
        # caption did and filled the shortlist, so msgmerge's match was never compared.
        # A message of under 4 characters has no 4-gram: msgmerge compares it with every
        # message of a fitting length ("UN" and "U.N."), a few short ones, all of them.
        short = len(msgid) < 4
        counted = ((number, 0) for number in self._sized(size, reach)) if short \
            else shared.items()
        fitting = [(number, count) for number, count in counted
                   if 2 * min(size, sizes[number]) >= reach * (size + sizes[number])]
        for number, _count in sorted(fitting, key=lambda kv: (-kv[1], kv[0]))[
                :len(fitting) if short else _SHORTLIST]:
            entry = self.entries[number]
            other = entry.msgid.encode("utf-8")
            bonus = _CONTEXT_BONUS if entry.msgctxt is None or entry.msgctxt == msgctxt \
                else 0.0
            floor = (best[0] if best else FUZZY_THRESHOLD) - bonus
            # Upper bounds of the similarity, cheap: most candidates stop here.
            matcher = SequenceMatcher(None, wanted, other, autojunk=False)
            if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
                continue
            score = similarity(wanted, other) + bonus
            if best is None:
                if score > FUZZY_THRESHOLD:  # (msgmerge's: above it, bonus included)
                    best = (score, number)
            elif score > best[0] or (score == best[0] and number < best[1]):
                best = (score, number)
        return self.entries[best[1]] if best else None

    def _sized(self, size: int, reach: float) -> list[int]:
        """The messages whose length in bytes may be `reach` alike with one of `size`
        bytes (at most 2/reach times as long), found by their length: a scan of every
        message for each short one made update quadratic, minutes for a catalog of
        thousands with a table's short cells."""
        if self.by_size is None:
            self.by_size = {}
            for number, length in enumerate(self.sizes):
                self.by_size.setdefault(length, []).append(number)
        by_size = self.by_size
        return sorted(number for length in range(int(size * 2 / reach) + 2)
                      for number in by_size.get(length, ()))


def similarity(a: bytes, b: bytes) -> float:
    """msgmerge's similarity of two msgids (gnulib's fstrcmp, on their UTF-8 bytes):
    twice their longest common subsequence over their total length.

    difflib's ratio, used before, counts greedily matched blocks, which a reordered
    sentence splits: "Minister Kulubaev was welcomed to Japan by Minister Hayashi."
    is 0.60 of "Minister Hayashi welcomed Minister Kulubaev to Japan." to msgmerge and
    0.48 to difflib, so msgmerge (Poedit's and Weblate's update too) offered the old
    translation and `update` left the message untranslated. The subsequence is counted
    bit-parallel (Hyyrö's algorithm: a bit per byte of `b`, one step per byte of `a`),
    some thirty times faster than difflib's ratio on a paragraph."""
    if not a or not b:
        return 0.0
    masks: dict[int, int] = {}
    for at, byte in enumerate(b):
        masks[byte] = masks.get(byte, 0) | (1 << at)
    full = (1 << len(b)) - 1
    row = full  # a zero bit for each byte of b in the subsequence so far
    for byte in a:
        matched = row & masks.get(byte, 0)
        row = ((row + matched) | (row - matched)) & full
    return 2 * (len(b) - row.bit_count()) / (len(a) + len(b))


# ---------------------------------------------------------------- headers
@lru_cache(maxsize=256)  # CLDR lookups: the same few locales for every catalog
def plural_forms(locale: str) -> str:
    """The gettext Plural-Forms of a locale (``pt_BR`` or BCP 47 ``pt-BR``), from CLDR."""
    try:
        return str(get_plural(locale.replace("-", "_")))
    except (UnknownLocaleError, ValueError) as exc:
        raise UsageError(f"unknown locale {locale!r}: no plural rules in CLDR") from exc


@lru_cache(maxsize=256)
def _language_name(locale: str) -> str:
    """The locale's English name, as build names the locale (sr@latin: Serbian (Latin))."""
    if is_pseudo_locale(locale):
        return locale  # no language for readers (CLDR names en-XA as plain English)
    try:
        return babel_locale_for(locale).get_display_name("en") or locale
    except UsageError:
        return locale


# The scripts gettext names with a modifier (sr@latin), the other way round.
_SCRIPT_MODIFIERS = {script.casefold(): name for name, script in MODIFIER_SCRIPTS.items()}


@lru_cache(maxsize=256)
def gettext_language(locale: str) -> str:
    """The `Language` of a new catalog: the locale as gettext names it, ``ll_CC@modifier``.

    msginit writes what it is given, but the gettext manual's form is what PO editors
    read: Poedit parses the header into its ``ll_CC@variant`` codes and writes the code
    back on save, so ``pt-BR`` becomes ``pt_BR`` at the translator's first save and
    ``sr-Latn`` (no such code) is read as plain Serbian and saved as ``sr``, in Cyrillic.
    So ``pt-BR`` is ``pt_BR``, ``sr-Latn`` ``sr@latin``, ``sr-Latn-RS`` ``sr_RS@latin``;
    a tag gettext has no name for (``zh-Hant``: no script modifier) is written as it is.
    That is read everywhere: msgfmt takes any Language, Weblate rewrites the header, and
    Poedit reads ``zh-Hant`` as its ``zh_TW`` (``zh-Hans`` as ``zh_CN``) and saves that.
    validate's header-language takes every spelling (CLDR's likely subtags make
    ``zh_TW`` and ``zh-Hant`` one locale, zh_Hant_TW, the one build uses).
    """
    if "@" in locale or is_pseudo_locale(locale):
        return locale
    language, *rest = re.split(r"[-_]", locale)
    modifier = ""
    if rest and len(rest[0]) == 4 and rest[0].isalpha():
        modifier = _SCRIPT_MODIFIERS.get(rest.pop(0).casefold(), "")
        if not modifier:
            return locale
    if len(rest) > 1 or (rest and not re.fullmatch(r"[A-Za-z]{2}|[0-9]{3}", rest[0])):
        return locale  # a variant: no gettext name
    region = f"_{rest[0].upper()}" if rest else ""
    return f"{language}{region}{'@' + modifier if modifier else ''}"


def new_header(template: Catalog, locale: str, revision_date: str) -> tuple[tuple[str, str],
                                                                              ...]:
    """The header of a catalog made from a template, as msginit would write it."""
    source = template.header
    return (
        ("Project-Id-Version", source.get("Project-Id-Version", "")),
        ("Report-Msgid-Bugs-To", source.get("Report-Msgid-Bugs-To", "")),
        ("POT-Creation-Date", source.get("POT-Creation-Date", "")),
        ("PO-Revision-Date", revision_date or source.get("POT-Creation-Date", "")),
        ("Last-Translator", ""),
        ("Language-Team", _language_name(locale)),
        ("Language", gettext_language(locale)),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "8bit"),
        ("Plural-Forms", plural_forms(locale)),
        *((("X-Source-Language", source["X-Source-Language"]),)
          if source.get("X-Source-Language") else ()),
    )


# The header fields msgmerge knows, in the order it writes them; the others follow, in
# the catalog's order.
_KNOWN_FIELDS = ("Project-Id-Version", "Report-Msgid-Bugs-To", "POT-Creation-Date",
                 "PO-Revision-Date", "Last-Translator", "Language-Team", "Language",
                 "MIME-Version", "Content-Type", "Content-Transfer-Encoding")
_KNOWN_BY_KEY = {name.lower(): name for name in _KNOWN_FIELDS}
# What the template says of these replaces what the catalog says (the template knows).
_FROM_TEMPLATE = ("Report-Msgid-Bugs-To", "POT-Creation-Date")


def _updated_header(old: Catalog, template: Catalog,
                    locale: str | None) -> tuple[tuple[str, str], ...]:
    """msgmerge's header rule: the catalog's own fields, with the template's bug address
    and creation date, the fields msgmerge knows in its order (their names in its case),
    then the others as they were.

    What is missing for a working catalog is added (Language, Plural-Forms), and the
    charset becomes UTF-8 because that is what the catalog is written in.
    """
    known: dict[str, str] = {}
    others: list[tuple[str, str]] = []
    for name, value in old.header_fields:
        canonical = _KNOWN_BY_KEY.get(name.lower())
        if canonical is None:
            others.append((name, value))
        else:
            # The reader kept a repeated field's first value (msgfmt's; msgmerge keeps
            # both lines), so a name comes again here only in another case ("language"),
            # and the later spelling's value is the one kept.
            known[canonical] = value
    for name in _FROM_TEMPLATE:
        if name in template.header:
            known[name] = template.header[name]
    known["Content-Type"] = "text/plain; charset=UTF-8"
    language = known.get("Language") or locale
    if language and not known.get("Language"):
        known["Language"] = gettext_language(language)
    fields = (*((name, known[name]) for name in _KNOWN_FIELDS if name in known), *others)
    if language and not old.header.get("Plural-Forms"):
        return set_fields(fields, {"Plural-Forms": plural_forms(language)})
    return fields

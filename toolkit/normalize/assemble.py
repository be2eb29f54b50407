"""A `Draft` becomes a `Release`: values recognised, metadata decided, an id derived.

Recognition runs on each segment's text after the model's whitespace rule, inside
`em`, `strong` and `link` too, never inside a span that is already a value, a person
or an organisation, nor inside a `tel:` link. Options given on the command line override
what was guessed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from babel.dates import format_skeleton

from toolkit.errors import InputError
from toolkit.language_tags import within_language
from toolkit.model import (
    Embargo,
    Figure,
    Inline,
    ListBlock,
    Meta,
    Release,
    Segment,
    Span,
    has_direction_controls,
    plain_text,
    without_direction_controls,
)
from toolkit.normalize.embargo import EMBARGO_NOT_STORED, read_embargo
from toolkit.normalize.entities import EntityRecognizer, entity_recognizer
from toolkit.normalize.locale_patterns import (
    SENTENCE_OPENERS,
    known,
    language,
    language_subtag,
    names,
    number_region,
)
from toolkit.normalize.mentions import propagate
from toolkit.normalize.report import Notice, Report
from toolkit.normalize.structure import COLUMN_LABEL, Draft, guess_page_language
from toolkit.normalize.text_reader import paired_phones
from toolkit.normalize.values import (
    Context,
    Found,
    Note,
    Recognizer,
    recognizer,
    select,
    span,
    words_of,
)
from toolkit.release_xml import normalise_content
from toolkit.vocabulary import TYPED

ID_LIMIT = 64
_ENTITY_RANK = 1000  # entities lose to values that start at the same place
# The warning of a release XML's own date kept over `--date` (a stable code).
DATE_KEPT = "date-kept"
_NOT_AGAIN = TYPED | {"person", "org", "place", "term", "abbr"}

# Cyrillic to Latin for ids (a reader of the id needs ASCII, not a faithful transcription).
_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
     "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
     "i", "yi", "ye", "g", "u"], strict=True))
# Latin letters that Unicode does not decompose into a base letter and a mark, so that
# NFKD would drop them: Polish "ł" ("Bałtycka" is "baltycka", not "batycka"), Turkish
# dotless "ı", Nordic "ø", "æ", Icelandic "ð", "þ", Croatian "đ", French "œ".
_UNDECOMPOSED = {"ł": "l", "ı": "i", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d",
                 "þ": "th", "ħ": "h", "ŧ": "t", "ŀ": "l", "ŋ": "ng"}
_TRANSLITERATED = {**_CYRILLIC, **_UNDECOMPOSED}
# Greek to Latin as ELOT 743 writes it (the transcription Greek government sites use in
# their own URLs), after accents are taken off; "ς" is "σ" once case-folded.
_GREEK = dict(zip(
    "αβγδεζηθικλμνξοπρστυφχψω",
    ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r",
     "s", "t", "y", "f", "ch", "ps", "o"], strict=True))
_GREEK_WORD = re.compile(
    r"[\u0370-\u03ff\u1f00-\u1fff][\u0300-\u036f\u0370-\u03ff\u1f00-\u1fff]*")
# "ου" is one vowel; "αυ", "ευ", "ηυ" are "av", "ev", "iv", and "af", "ef", "if" before a
# voiceless consonant or at the word's end. A diaeresis on the "υ" parts them ("Ταΰγετος").
_GREEK_DIGRAPH = re.compile(r"ου(?!\u0308)|([αεη])υ(?!\u0308)([θκξπστφχψ]|$)?")
# "γ" before "γ", "ξ", "χ" is "n" ("Αγγλία", "anglia"); "μπ" opening or ending a word "b".
_GREEK_NASAL = re.compile(r"γ(?=[γξχ])")
_GREEK_B = re.compile(r"^μπ|μπ$")


def _greek_in_latin(word: re.Match[str]) -> str:
    # Tonos and polytonic marks go; the diaeresis stays until the digraphs are read.
    bare = "".join(ch for ch in unicodedata.normalize("NFD", word.group())
                   if ch == "\u0308" or not unicodedata.combining(ch))
    bare = _GREEK_DIGRAPH.sub(
        lambda m: "ou" if m[1] is None else
        _GREEK[m[1]] + ("f" if m[2] is not None else "v") + (m[2] or ""), bare)
    bare = _GREEK_B.sub("b", _GREEK_NASAL.sub("n", bare))
    return "".join(_GREEK.get(ch, ch) for ch in bare.replace("\u0308", ""))


# Hebrew's consonants as the Academy of the Hebrew Language's 2006 rules write them in
# Latin letters (simple transcription): "ח" is "h", "צ" "ts", "ו" "v", "י" "y"; "א" and "ע"
# are no letter. Vowels are not written, and points, where a text has them, are dropped,
# but for the dagesh that makes "ב", "כ", "פ" "b", "k", "p" (and "v", "kh", "f" without it):
# unpointed, they are so at a word's start, where they are nearly always pronounced so,
# and "v", "kh", "f" after it; final "ך", "ף" are "kh", "f". "ש" is "sh" (a sin dot, "s").
_HEBREW = dict(zip(
    "אבגדהוזחטיכךלמםנןסעפףצץקרשת",
    ["", "v", "g", "d", "h", "v", "z", "h", "t", "y", "kh", "kh", "l", "m", "m", "n", "n",
     "s", "", "f", "f", "ts", "ts", "k", "r", "sh", "t"], strict=True))
_HEBREW_STOPS = {"ב": "b", "כ": "k", "פ": "p"}
# ... and a geresh after "ג", "ז", "צ" writes a foreign sound: "ג'" is "j", "ז'" "zh", "צ'"
# "ch" ("ג'ו ביידן"). A word holds its points, its geresh and its gershayim ("מנכ"ל",
# one word).
_HEBREW_FOREIGN = {"ג": "j", "ז": "zh", "צ": "ch", "ץ": "ch"}
# (Points are marks; the maqaf, "תל־אביב", and the other punctuation among them are not.)
_HEBREW_POINTS = r"\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
_HEBREW_WORD = re.compile(
    rf"[\u05d0-\u05ea](?:[{_HEBREW_POINTS}\u05d0-\u05ea]|['’\u05f3\u05f4\"](?=[\u05d0-\u05ea])"
    r"|(?<=[גזצץ])['’\u05f3])*")
_HEBREW_LETTER = re.compile(rf"([\u05d0-\u05ea])([{_HEBREW_POINTS}]*)(['’\u05f3])?")


def _hebrew_in_latin(word: re.Match[str]) -> str:
    out = []
    for letter in _HEBREW_LETTER.finditer(word.group()):
        base, points, geresh = letter.groups()
        if geresh and base in _HEBREW_FOREIGN:
            out.append(_HEBREW_FOREIGN[base])
        elif base in _HEBREW_STOPS and ("\u05bc" in points if points
                                        else letter.start() == 0):
            out.append(_HEBREW_STOPS[base])
        elif base == "ש" and "\u05c2" in points:
            out.append("s")
        else:
            out.append(_HEBREW[base])
    return "".join(out)


@dataclass(frozen=True)
class Options:
    """What the command line says instead of guessing."""

    title: str | None = None
    date: dt.date | None = None
    id: str | None = None
    lang: str | None = None
    encoding: str | None = None
    publisher: str | None = None
    # The project's `default-publisher`: used only when the input names no publisher.
    default_publisher: str | None = None
    # The project's source locale: the tag of a text in its language (`project_tag`).
    source_locale: str | None = None


class Annotator:
    """Recognises values and names in one release's segments, written in `lang`: its
    language's rules, with its region's numbers (`number_region`: "de-CH" reads "2.5")."""

    def __init__(self, lang: str, context: Context, report: Report) -> None:
        self.lang = lang
        self.values: Recognizer | None = None
        self.entities: EntityRecognizer | None = None
        base = language(lang)
        if known(base):
            self.values = recognizer(base, number_region(lang))
            self.entities = entity_recognizer(base)
        else:
            report.guess("values", lang, "no CLDR data for this language: values and names "
                         "are not recognised")
        self.context = context
        self.report = report

    def segment(self, segment: Segment | None) -> Segment | None:
        if segment is None:
            return None
        given = normalise_content(list(segment.content))
        if _has_directions(given) and _direction_fault(plain_text(given)):
            given = _without_directions(given)
            self.report.guess("cleaned", segment.name, "unpaired direction controls (an "
                              "embedding, override or isolate without its closer) removed: "
                              "they would turn the rest of the paragraph around",
                              segment.line)
        content = self.content(given, segment.line)
        if segment.name == "heading" and given and isinstance(given[0], str) \
                and (numbering := _HEADING_NUMBER.match(given[0])) is not None:
            content = _own_numbering(content, numbering.end())
        return Segment(segment.name, content, segment.attrs, segment.line)

    def content(self, content: tuple[Inline, ...], line: int) -> tuple[Inline, ...]:
        out: list[Inline] = []
        labelled = False
        for part in content:
            if isinstance(part, str):
                out.extend(self.text(part, line))
            elif part.name in _NOT_AGAIN or (part.name == "link" and part.get(
                    "href", "").startswith("tel:")):
                # (a telephone number's digit groups are no figure: "900 00 000", a
                # Norwegian mobile's, read without its label as 900)
                out.append(part)
            elif part.name == COLUMN_LABEL:
                out.extend(_years_as_text(self.content(part.content, line)))
                labelled = True
            else:
                out.append(Span(part.name, part.attrs, self.content(part.content, line),
                                part.line))
        # (a column heading's text runs on into its cell's)
        return normalise_content(out) if labelled else tuple(out)

    def text(self, text: str, line: int) -> list[Inline]:
        if self.values is None or self.entities is None:
            return [text]
        parts, notes, fixed = recognise(self.values.lang, self.context, text,
                                        self.values.region)
        for marker in fixed:
            self.report.guess("cleaned", marker, "a space was missing after the time marker",
                              line)
        for note in notes:
            self.report.guess(note.what, note.value, note.rule, line)
        return list(parts)


def _years_as_text(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """A column heading's content with a year read as a date ("Target 2030", "2024", a
    range of years) its text again: the column's name, no date of the text."""
    return tuple(part.text if isinstance(part, Span) and part.name == "date"
                 and len(part.get("value", "")) == 4 else part for part in content)


# A scraped page's stray directional control (validate's direction-unpaired) is no part
# of the text: all of a segment's go when one is unpaired, for what is left of a half
# pair means nothing either.
def _has_directions(content: tuple[Inline, ...]) -> bool:
    return any(has_direction_controls(part) if isinstance(part, str)
               else _has_directions(part.content) for part in content)


def _direction_fault(text: str) -> bool:
    from toolkit.placeholders import direction_fault  # (rare: imported only then)

    return direction_fault(text) is not None


def _without_directions(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
    return tuple(without_direction_controls(part) if isinstance(part, str)
                 else Span(part.name, part.attrs, _without_directions(part.content), part.line)
                 for part in content)


# A heading's own numbering ("1　開催概要", "1. Overview", "（1）概要", "(2) Timetable"):
# the section's place in the release, no value a translator's locale writes otherwise.
_HEADING_NUMBER = re.compile(r"\d{1,2}(?:[.)]\s+|\u3000)|[(（]\d{1,2}[)）]\s*")


def _own_numbering(content: tuple[Inline, ...], end: int) -> tuple[Inline, ...]:
    """A heading's content with the number its numbering (up to `end`) was read as
    made text again; a value reaching past it ("3. März", a date) stays one."""
    at = 0
    for index, part in enumerate(content):
        if at >= end:
            if index == 1:
                return content
            flat: list[Inline] = [part.text if isinstance(part, Span) else part
                                  for part in content[:index]]
            return normalise_content(flat + list(content[index:]))
        if isinstance(part, Span) and (part.name != "number" or at + len(part.text) > end):
            return content
        at += len(part.text if isinstance(part, Span) else part)
    return normalise_content([part.text if isinstance(part, Span) else part
                              for part in content])


@lru_cache(maxsize=4096)
def recognise(lang: str, context: Context, text: str, region: str | None = None
              ) -> tuple[tuple[Inline, ...], tuple[Note, ...], tuple[str, ...]]:
    """A text's values and names, as parts, notes and spacing fixes (numbers read with
    a `number_region`'s symbols when one is given).

    Press releases repeat themselves (boilerplate sentences, photo credits, the same
    opening in every meeting), so the answer for a text in a context is kept: spans are
    immutable and carry no line, the caller adds the line to the notes.
    """
    values, entities = recognizer(lang, region), entity_recognizer(lang)
    text, fixed = values.tidy(text)
    words = words_of(text)
    found = values.join_ranges(text, select([*values.candidates(text, context, words),
                                             *entities.candidates(text, _ENTITY_RANK, words)]))
    out: list[Inline] = []
    notes: list[Note] = []
    at = 0
    for match in found:
        if not match.parts:
            continue  # a blocking rule: the text stays as it is
        if match.start > at:
            out.append(text[at:match.start])
        parts, end = _sentence_stop_out(lang, text, match)
        out.extend(parts)
        at = end
        notes.extend(match.notes)
    if at < len(text):
        out.append(text[at:])
    return tuple(out), tuple(notes), tuple(fixed)


# What may follow the full stop of a sentence ending in a value: closing quotes, then
# the segment's end or the next sentence's capital.
_AFTER_STOP = re.compile(r"[\"”’»]*(?:\s*$|\s+(?=\w))")
# Languages that capitalise nouns: a capital after "2 Mio." opens no sentence there.
_NOUNS_CAPITALISED = frozenset({"de", "lb"})
# A sentence's stop and the closing marks that may follow it, before the words of the
# next (`_sentence_so_far`).
_STOPS = frozenset(".!?…")
_CLOSERS = frozenset("\"”’»)")
# After a time, a capital that goes on with it: a zone ("10 a.m. EST", "U.S. Eastern
# time", "Pacific") or a day and date as AP style writes them ("2 p.m. Thursday, March 6").
_ZONE_OR_DAY = re.compile(r"(?:[A-Z]\.?){2,}\b|(?:Eastern|Central|Mountain|Pacific|Atlantic"
                          r"|Greenwich|Hora)\b|(?P<word>\w+)")


def _sentence_stop_out(lang: str, text: str, match: Found) -> tuple[tuple[Inline, ...], int]:
    """A match's parts and end, without the final period of a value whose abbreviation
    also ends the sentence ("at 10 a.m. The minister", "2 ноября 2025 г."): the period is
    then the sentence's too, and kept in its text, where the message shows it ("at
    <time/>. The") and every locale's page writes it after the value's own form (the
    build writes "г." once). Inside a sentence it is the abbreviation's alone."""
    last = match.parts[-1]
    if (not isinstance(last, Span) or last.name not in TYPED or len(last.content) != 1
            or not isinstance(written := last.content[0], str)
            or not written.endswith(".") or written.endswith("..")):
        return match.parts, match.end
    after = _AFTER_STOP.match(text, match.end)
    if after is None:
        return match.parts, match.end
    following = text[after.end():after.end() + 1]
    if following and not (following.isupper() and language(lang) not in _NOUNS_CAPITALISED
                          and not _opens_sentence(lang, text, match.start)):
        return match.parts, match.end
    if following and last.name == "time" and _goes_on(lang, text, after.end()):
        return match.parts, match.end
    value = Span(last.name, last.attrs, (written[:-1],), last.line)
    return (*match.parts[:-1], value), match.end - 1


def _opens_sentence(lang: str, text: str, start: int) -> bool:
    """Whether a value at `start` opens a sentence that goes on past it: nothing before
    it, or an opening of SENTENCE_OPENERS ("В 2025 г. Россия", "В начале 2025 г.
    Россия", "At 9 a.m. I"), not a clause ("Опубликовано 2 ноября 2025 г. Министр").
    A language without the table is taken at its one word before the value, any word."""
    words = _sentence_so_far(text, start)
    if words is None:
        return False
    openers = SENTENCE_OPENERS.get(language(lang))
    if openers is None:
        return len(words) <= 1
    return not words or (words[0] in openers
                         and sum(word not in openers for word in words) <= 1)


def _sentence_so_far(text: str, start: int) -> list[str] | None:
    """The words before `start` (casefolded, in order), back to the text's start or to
    the previous sentence's stop, its closing marks and a space; None if there are more
    than three or anything else stands between. Read backwards by hand: a regular
    expression anchored at `start` is tried at every character before it, so a paragraph
    of many values took time as its length squared (4,000 "at 10 a.m. The", 55 s)."""
    words: list[str] = []
    at = start
    while True:
        space = at
        while space and text[space - 1].isspace():
            space -= 1
        if not space:
            break  # the text's start
        if space < at:
            stop = space
            while stop and text[stop - 1] in _CLOSERS:
                stop -= 1
            if stop and text[stop - 1] in _STOPS:
                if words or stop < space or not _abbreviation_before(text, stop):
                    break
                space -= 1  # "ok. 15,5 proc.": the period is its word's, in the sentence
        if space == at or len(words) == 3:
            return None  # a word without a space after it, or a fourth word
        first = space
        while first and (text[first - 1].isalnum() or text[first - 1] == "_"):
            first -= 1
        if first == space:
            return None  # not a word (a comma, a dash...)
        words.append(text[first:space].casefold())
        at = first
    words.reverse()
    return words


def _abbreviation_before(text: str, stop: int) -> bool:
    """Whether the period before `stop`, right before a value, closes an abbreviation
    ("ok. 15,5 proc.", "approx. 10 a.m.", "env.", "ок.") rather than a sentence: a word in
    lower case ends there, and a sentence seldom ends in one and opens with a figure
    (style guides write a number that opens one in words)."""
    first = stop - 1
    while first and text[first - 1].isalpha():
        first -= 1
    return first < stop - 1 and text[first].islower() and (
        not first or text[first - 1].isspace() or text[first - 1] in "([\"“„«")


def _goes_on(lang: str, text: str, at: int) -> bool:
    """Whether the capitalised word at `at`, after a time, is its zone, day or month."""
    word = _ZONE_OR_DAY.match(text, at)
    if word is None:
        return False
    if word.group("word") is None:
        return True
    n = names(lang)
    return word.group("word") in n.weekdays or word.group("word").casefold() in n.months


def assemble(draft: Draft, options: Options, report: Report, path: str | Path) -> Release:
    lang = options.lang or project_tag(draft.lang or guess_page_language(draft, report),
                                       options.source_locale, report)
    published = _published(draft, options, report, path, lang)
    value = published.get("value", "")
    year, month = int(value[:4]), int(value[5:7])
    annotate = Annotator(_written_in(lang, draft, options), Context(year, month), report)

    title = _title(draft, options, path)
    publisher_text = options.publisher or draft.publisher
    if not publisher_text and options.default_publisher:
        publisher_text = options.default_publisher
        report.guess("publisher", publisher_text, "the input names none: the project's "
                     "default-publisher")
    if not publisher_text:
        raise InputError(path, "no publisher found (a site name, copyright line or "
                         "'About ...' heading); give --publisher, or set default-publisher "
                         "in the project's config")
    body = tuple(_block(block, annotate) for block in paired_phones(draft.body, lang))
    body = tuple(b for b in body if not isinstance(b, Segment) or b.content)
    if not body:
        raise InputError(path, "no paragraphs found: nothing to make a release body of")
    figures = tuple(Figure(f.src, annotate.segment(f.alt), annotate.segment(f.caption),
                           f.attrs, f.line) for f in draft.figures)
    place = draft.dateline.place if draft.dateline else None
    meta = Meta(
        publisher=Segment("publisher", (publisher_text,)),
        published=published,
        series=Segment("series", (draft.series,)) if draft.series else None,
        place=Segment("place", (place,)) if place else None,
        embargo=_embargo(draft, annotate.lang, annotate.context, report),
    )
    annotated_title = annotate.segment(title)
    assert annotated_title is not None
    release_id = options.id or derive_id(value, title.text, report)
    release = Release(
        id=release_id,
        lang=lang,
        meta=meta,
        title=annotated_title,
        subtitle=annotate.segment(draft.subtitle),
        figures=figures,
        body=body,
    )
    # A person a rule named is marked wherever the release names them again.
    return propagate(release, report) if annotate.entities is not None else release


def _written_in(lang: str, draft: Draft, options: Options) -> str:
    """The tag a release's text is read by: its own (`lang`), or the page's where that
    adds a region to it. A `de` project tags a page of lang="de-CH" `de`, as its other
    releases (`project_tag`), but its numbers are Switzerland's ("2.5 Prozent") and its
    embargo in Zurich's time."""
    told = draft.lang
    if options.lang or not told or told == lang or \
            language_subtag(told) != language_subtag(lang):
        return lang
    return told if lang.casefold() == language_subtag(lang) else lang


def project_tag(lang: str, source_locale: str | None, report: Report) -> str:
    """The project's source locale for a text whose tag names its language only ("zh",
    "pt"): a zh-Hant or pt-PT project's releases are tagged as the project's other
    releases are, not as simplified Chinese or Brazilian Portuguese, which `zh` and `pt`
    stand for (validate would warn release-language on each). So too for a tag that only
    adds a region to the project's: Word marks a document with its proofing language
    ("fr-FR"), a page may say "fr-BE", and a press office expects each release of an
    `fr` project, and its pages, tagged `fr` as the others are. A tag of another
    language or script (zh-TW in a zh-Hant project, pt-BR in a pt-PT one) is the
    input's word and is kept."""
    if source_locale is None:
        return lang
    project = source_locale.replace("_", "-")
    tag = lang.replace("_", "-")
    if tag.casefold() == project.casefold():
        return lang
    only_named = "-" not in tag and language_subtag(project) == tag
    if not only_named and not within_language(tag, project):
        return lang
    report.guess("language", project, f"the input says {lang}: the project's source locale")
    return project


_EMBARGO_FORM = ("<embargo value='YYYY-MM-DDThh:mm:00+hh:mm' zone='Area/City'/> (the "
                 "IANA zone its time is in)")


def _embargo(draft: Draft, lang: str, context: Context, report: Report) -> Embargo | None:
    if draft.embargo_line is None:
        return None
    text, line = draft.embargo_line
    reading = read_embargo(text, lang, context)
    if reading.refused:
        # The form to write, not an example: any one zone misleads a release of another
        # country (a Spanish press office read "Europe/London").
        report.guess("embargo", text, f"not stored: {reading.refused}; write "
                     f"{_EMBARGO_FORM} in the release's meta "
                     "(normalize has no --embargo option)", line)
        # Also a warning, printed whatever the format: the line is dropped and no build
        # can hold the release, so a guess seen only in JSON let it be published early.
        # (Its column is found in the input by `normalize`, which has the text.)
        report.warnings.append(Notice(
            EMBARGO_NOT_STORED, f"the embargo line {text!r} is not stored "
            f"({reading.refused}) and the release has no embargo: every build publishes "
            f"it; add {_EMBARGO_FORM} to its meta by hand",
            line))
        return None
    report.guess("embargo", f"{reading.value} {reading.zone}", "the embargo line's date "
                 "and time in the zone it names" + (f" ({reading.note})" if reading.note
                                                   else ""), line)
    return Embargo(reading.value, reading.zone, line)


def _block(block: Segment | ListBlock, annotate: Annotator) -> Segment | ListBlock:
    if isinstance(block, ListBlock):
        items = tuple(s for s in (annotate.segment(i) for i in block.items) if s is not None)
        return replace(block, items=items)
    segment = annotate.segment(block)
    assert segment is not None
    return segment


def _title(draft: Draft, options: Options, path: str | Path) -> Segment:
    if options.title:
        return Segment("title", (options.title,))
    if draft.title is None or not draft.title.text.strip():
        raise InputError(path, "no title found; give --title")
    return draft.title


def _published(draft: Draft, options: Options, report: Report, path: str | Path,
               lang: str) -> Span:
    dateline = draft.dateline
    if dateline is not None and (options.date is None
                                 or dateline.date.get("value") == options.date.isoformat()):
        for note in dateline.notes:
            report.guess(note.what, note.value, note.rule, dateline.line)
    if options.date is not None:
        value = options.date.isoformat()
        if dateline is not None and dateline.date.get("value") == value:
            return dateline.date
        text, where = _date_text(options.date, lang)
        report.guess("date", text, f"--date given: its text written with {where}'s CLDR "
                     "yMMMMd pattern")
        return span("date", text, value=value, skeleton="yMMMMd")
    if dateline is None and draft.yearless is not None:
        text, line = draft.yearless
        raise InputError(path, f"the date line {text!r} writes no year, and nothing gives "
                         "one (a wire's filing stamp, an e-mail's Date header); give --date "
                         "YYYY-MM-DD", line)
    if dateline is None:
        raise InputError(path, "no date line found (a line that is only a date, near the "
                         "title); give --date YYYY-MM-DD")
    # The date line's line, for a message about it (a weekday it contradicts); lines are
    # no part of the model's equality, nor written.
    return dateline.date if dateline.date.line else replace(dateline.date,
                                                            line=dateline.line)


def _date_text(date: dt.date, lang: str) -> tuple[str, str]:
    """A date given as an option, written as the source's locale writes it."""
    tag = lang.replace("-", "_")
    for where in (tag, language(lang), "en"):
        if known(where):
            return format_skeleton("yMMMMd", date, locale=where), where
    raise AssertionError("CLDR has no en")  # pragma: no cover


def slug(text: str) -> str:
    """ASCII words of a title joined by hyphens: "Japan-Kyrgyz Foreign Ministers' ..."."""
    lowered = "".join(_TRANSLITERATED.get(ch, ch) for ch in text.casefold())
    lowered = _GREEK_WORD.sub(_greek_in_latin, lowered)
    if any("\u05d0" <= ch <= "\u05ea" for ch in lowered):
        lowered = _HEBREW_WORD.sub(_hebrew_in_latin, lowered)
    # Apostrophes join ("Ministers'" -> "ministers"); any other non-letter separates,
    # before accents are folded away, so that "Japan–Mongolia" keeps its two words.
    # A combining mark is part of its letter, not a separator: "İ" casefolds to "i" and
    # a combining dot ("İstanbul" is "istanbul", not "i-stanbul"), and a decomposed
    # accent is typed apart from its letter.
    lowered = re.sub(r"[^\w'’\u0300-\u036f]+|_", "-", lowered)
    ascii_text = unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode()
    ascii_text = re.sub(r"['’]", "", ascii_text)
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def derive_id(date_value: str, title: str, report: Report) -> str:
    """``<date>-<title slug>``, at most 64 characters, cut at a word boundary."""
    words = slug(title)
    # A title in Arabic or Japanese with a figure or an acronym in it ("... بقيمة 3 مليارات
    # درهم", "G7外相会合") would give "2025-01-10-3", read as a second release's suffix, or
    # "-g7", the same for every G7 release: a slug that keeps under half the title's
    # characters says too little of it, and the hash names the title.
    kept = sum(ch.isalnum() for ch in words)
    if 2 * kept < sum(ch.isalnum() for ch in title):
        words = hashlib.sha1(title.encode("utf-8")).hexdigest()[:8]
        report.guess("id", words, "the title has no letters an id can use: a hash of it"
                     if not kept else "the title has few letters an id can use: a hash of it")
    room = ID_LIMIT - len(date_value) - 1
    if len(words) > room:
        cut = words[:room + 1]
        words = cut[:cut.rfind("-")] if "-" in cut else words[:room]
        words = words.strip("-")
    return f"{date_value}-{words}"


def release_with(release: Release, options: Options, report: Report) -> Release:
    """A release read from XML, with what the command line overrides."""
    changes: dict[str, object] = {}
    if options.title:
        changes["title"] = Segment("title", (options.title,), release.title.attrs)
    if options.lang:
        changes["lang"] = options.lang
    if options.id:
        changes["id"] = options.id
    meta = release.meta
    if options.publisher:
        meta = replace(meta, publisher=Segment("publisher", (options.publisher,)))
    published = release.meta.published
    if options.date is not None and published.get("value") != options.date.isoformat():
        # The release states its date (the schema requires one), it is not a guess: and
        # its id was made from it. Re-dated, it was a second release beside the first
        # under the same id, or one whose id names another day. `--date` is for inputs
        # that have none; the release is kept as it is, and the user told why.
        report.warnings.append(Notice(
            DATE_KEPT, f"--date {options.date.isoformat()} not applied: the release has "
            f"its date, {published.get('value')} ({published.text!r}); --date is for an "
            "input without one: edit <published> in the release to change it",
            published.line))
    if meta is not release.meta:
        changes["meta"] = meta
    return replace(release, **changes) if changes else release  # type: ignore[arg-type]

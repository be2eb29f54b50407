"""Each translation against its source: what Weblate's and pofilter's checks look for.

Every check is a pure function of a `Pair` (the msgid, the msgstr, the source `Message`
and the two locales) that yields `Finding`s; `CHECKS` lists them in one tuple. Markup is
judged by `toolkit.placeholders.parse_translation`, the same function the build uses, so
validate rejects exactly what the build would fall back on. The text checks look at the
text a reader sees: tags removed, typed values (empty tags) replaced by an object mark,
so numbers inside typed values (which are not in the msgid) are never compared.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache, partial
from html.entities import html5

from lxml import etree

from toolkit.formatting import is_pseudo_locale
from toolkit.legend import ALSO, cardinal_texts, mixed, value_texts
from toolkit.model import Span
from toolkit.model import plain_text as span_text
from toolkit.number_words import NUMBER_JOINS, ONE_WORDS, fold, written_numbers
from toolkit.placeholders import (
    Message,
    Placeholder,
    PlaceholderError,
    direction_fault,
    parse_translation,
    syntax_fault,
)
from toolkit.qa.codes import Finding
from toolkit.vocabulary import ITS_TERM

# Strings judged per process: the boilerplate that recurs release after release stays,
# and a worker's memory stays flat however many releases a project has.
CACHED = 4096

OBJECT = "\ufffc"  # stands for a typed value or untranslatable span in plain text

# A msgstr's start (its opening quote) as an offset, for `msgstr_position`: the place of
# a finding about the translation that names nothing found in it.
MSGSTR_START = -1


def _spot(offset: int | None) -> tuple[int, int]:
    """A finding's `spot` in its translation, at `offset` or the msgstr's start. A check
    knows no plural form: the caller puts the form of the msgstr it judged in its place."""
    return (-1, MSGSTR_START if offset is None else offset)


@dataclass(frozen=True)
class Pair:
    """One translation and what it is judged against."""

    msgid: str
    msgstr: str
    # The source segment's message when it is at hand; None: what the msgid shows is
    # all there is (tags, nesting and empty tags are in the msgid, attributes are not).
    message: Message | None
    locale: str  # the catalog's language, e.g. "ja", "pt_BR"
    source_locale: str = "en"
    # The entry's legend lines (`toolkit.legend`: "<time/>: 2:30 p.m. (time)"): the source
    # text of its empty tags, which the msgid does not show and `message` may not be at
    # hand to give.
    legend: tuple[str, ...] = ()

    @property
    def source(self) -> Message:
        return self.message if self.message is not None else message_from_msgid(self.msgid)

    @property
    def language(self) -> str:
        return _language(self.locale)

    @property
    def source_language(self) -> str:
        return _language(self.source_locale)

    @property
    def pseudo(self) -> bool:
        """A pseudo-locale's catalog (en-XA, ar-XB): text made by `pseudo`, not translated."""
        return is_pseudo_locale(self.locale)


@lru_cache(maxsize=256)
def _language(locale: str) -> str:
    # Remembered: each check of each pair asks it of the same few locales.
    return re.split(r"[_@.-]", locale, maxsplit=1)[0].lower()


TranslationCheck = Callable[[Pair], Iterator[Finding]]


# --------------------------------------------------------------------------- text views

_TAG = re.compile(r"<[^<>]*>")
_ENTITY = re.compile(r"&(lt|gt|amp|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}


def _entity(match: re.Match[str]) -> str:
    name = match.group(1)
    if name in _NAMED:
        return _NAMED[name]
    try:
        return chr(int(name[2:], 16) if name[1] == "x" else int(name[1:]))
    except (ValueError, OverflowError):
        return match.group(0)


@lru_cache(maxsize=CACHED)
def plain_text(markup: str) -> str:
    """What a reader sees: tags dropped, empty tags as one object mark, entities resolved."""
    text = _TAG.sub(lambda m: OBJECT if m.group(0).endswith("/>") else "", markup)
    return _ENTITY.sub(_entity, text)


def markup_offset(markup: str, at: int) -> int:
    """Where in `markup` the character `at` of its `plain_text` was written: an entity's
    characters at its `&`, an object mark at its empty tag. Walked only for a finding
    (a place for its column), never for a translation that has none."""
    starts: list[int] = []  # the markup offset of each character once tags are dropped
    last = 0
    for tag in _TAG.finditer(markup):
        starts.extend(range(last, tag.start()))
        if tag.group(0).endswith("/>"):
            starts.append(tag.start())
        last = tag.end()
    starts.extend(range(last, len(markup)))
    text = _TAG.sub(lambda m: OBJECT if m.group(0).endswith("/>") else "", markup)
    mapped: list[int] = []
    last = 0
    for entity in _ENTITY.finditer(text):
        mapped.extend(starts[last:entity.start()])
        written = _entity(entity)
        mapped.extend(starts[entity.start():entity.end()] if written == entity.group(0)
                      else [starts[entity.start()]] * len(written))
        last = entity.end()
    mapped.extend(starts[last:])
    return mapped[at] if 0 <= at < len(mapped) else len(markup)


def _quote(text: str, start: int, end: int, width: int = 24) -> str:
    """The offending part with a little context, for messages."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    snippet = text[left:right].replace(OBJECT, "…").replace("\n", " ")
    return ("…" if left else "") + snippet + ("…" if right < len(text) else "")


# --------------------------------------------------------------------------- markup

@lru_cache(maxsize=4096)
def message_from_msgid(msgid: str) -> Message:
    """The placeholders a msgid shows, for a catalog whose release is not at hand.

    An empty tag (``<date/>``) is a typed or untranslatable value; a tag with content is
    translatable markup. Attributes cannot be known, so its:term is not checked then.
    """
    try:
        root = etree.fromstring(f"<m>{msgid}</m>".encode(), _PARSER)
    except etree.XMLSyntaxError:
        return Message(msgid, ())
    found: list[Placeholder] = []
    _placeholders(root, None, found)
    return Message(msgid, tuple(found))


def _placeholders(element: etree._Element, parent: str | None,
                  found: list[Placeholder]) -> None:
    """The placeholders of a msgid's element, in document order, added to `found`. (Not
    a closure: one that calls itself is a cycle that only the garbage collector frees.)"""
    for child in element:
        if not isinstance(child.tag, str):
            continue
        empty = not len(child) and not child.text
        name = re.sub(r"[0-9]+$", "", child.tag)
        found.append(Placeholder(child.tag, Span(name), parent, empty))
        _placeholders(child, child.tag, found)


_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


_SIMPLE_TAG = re.compile(r"</?[A-Za-z_][A-Za-z0-9_.-]*/?>")
# A letter or a digit (str.isalnum's, as the parse asks) outside the tags, in a fragment
# without entities (`_RISKY` has none pass): its text as `plain_text` gives it, without
# a Python call for each tag.
_WORD_OUTSIDE_TAGS = re.compile(r"(?:^|>)[^<]*?[^\W_]")
# What could make a fragment ill-formed even with the right tags (XML 1.0 forbids these),
# or refused by parse_translation (directional controls, which it holds to be balanced).
_RISKY = re.compile(r"[&\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\u202a-\u202e\u2066-\u2069]|]]>")
# A text tag left empty (`<person1></person1>`), which the parse refuses where the
# source's holds text (placeholder-empty): such a msgstr is parsed. Possessive: a name
# given back a character at a time cannot be followed by ">" (searched in every msgstr
# validate reads, the backtracking cost 1M instructions a thousand).
_EMPTIED = re.compile(r"<([^\s<>/]++)>\s*+</\1>")


@lru_cache(maxsize=CACHED)
def _tags(markup: str) -> tuple[str, ...] | None:
    """The tags of a fragment in order, or None when it has any other `<`."""
    tags = tuple(_SIMPLE_TAG.findall(markup))
    return tags if markup.count("<") == len(tags) else None


def check_placeholders(pair: Pair) -> Iterator[Finding]:
    """Same tags as the source, each once, same nesting, no attributes, no unknown tags."""
    # The same tags in the same order as the (well-formed) msgid, and nothing else that
    # markup could trip on, and a word: parse_translation would accept it, so skip the
    # parse. (Without a letter or a digit, it refuses the tags alone, and a text tag left
    # empty where the source's holds text: placeholder-empty.)
    if not _RISKY.search(pair.msgstr) and _tags(pair.msgstr) == _tags(pair.msgid) is not None \
            and _WORD_OUTSIDE_TAGS.search(pair.msgstr) and not _EMPTIED.search(pair.msgstr):
        return
    try:
        parse_translation(pair.msgstr, pair.source)
    except PlaceholderError as exc:
        # One finding per tag, each at its place in the msgstr; the missing tags, which
        # have no place, in one finding (one line of a CI log, one entry in a list).
        missing = [f"<{p.tag}>" for p in exc.problems if p.code == "placeholder-missing"]
        for problem in exc.problems:
            if problem.code != "placeholder-missing":
                yield Finding(problem.code, problem.message)
        if len(missing) == 1:
            yield Finding("placeholder-missing", exc.problems[-1].message)
        elif missing:
            yield Finding("placeholder-missing", f"tags {', '.join(missing[:-1])} and "
                          f"{missing[-1]} are missing")


def term_tags(message: Message) -> tuple[str, ...]:
    """The tags whose content is an its:term, to be kept verbatim."""
    return tuple(p.tag for p in message.placeholders
                 if not p.empty and p.span.get(ITS_TERM) == "yes")


def check_terms(pair: Pair) -> Iterator[Finding]:
    """The content of a span marked its:term="yes" is kept verbatim."""
    if pair.message is None:
        return
    for tag in term_tags(pair.message):
        pattern = re.compile(rf"<{re.escape(tag)}>(.*?)</{re.escape(tag)}>", re.DOTALL)
        source = pattern.search(pair.msgid)
        target = pattern.search(pair.msgstr)
        if source is None or target is None:
            continue  # a missing tag is check_placeholders' finding
        if target.group(1) != source.group(1):
            yield Finding("term-changed", f"term <{tag}> must stay "
                          f"{source.group(1)!r}, the translation has {target.group(1)!r}")


# --------------------------------------------------------------------------- numbers

# Digits of any script (\d is Unicode-aware), joined by the group and decimal separators
# locales use: 1,500 / 1 500 / 1.500 / 1'500 / ١٬٥٠٠ / 1,5. A plain space joins only a
# group of exactly three digits, so "on 24 December 2022" stays two numbers.
_NUMBER = re.compile(
    r"\d+(?:(?:[.,\u066B\u066C\u00A0\u202F\u2009'’]|[ ](?=\d{3}(?!\d)))\d+)*")


def _digits(text: str) -> str:
    """A number as ASCII digits without separators: ١٬٥٠٠ and １５００ are 1500."""
    return "".join(str(unicodedata.digit(ch)) for ch in text if ch.isdigit())


_ANY_DIGIT = re.compile(r"\d")
# A number's last "." "," or Arabic "٫" before other than three digits separates its
# fraction: no grouping (thousands, nor India's lakhs, whose last group is three) leaves
# it there. Any other separator only groups.
_FRACTION = re.compile(r"[.,\u066B](\d+)\Z")


def _number_key(written: str) -> str:
    """A number as ASCII digits, its fraction after a "." without its trailing zeros:
    "2,5" (fr), "٢٫٥" and "2.50" are "2.5", "1 500" and "1.500" (de) "1500", so a
    translation may write the locale's separators, but "25" for "2.5" is another
    number, though its digits are the same."""
    fraction = _FRACTION.search(written)
    if fraction is None or len(fraction.group(1)) == 3:
        return _digits(written)
    decimals = _digits(fraction.group(1)).rstrip("0")
    whole = _digits(written[:fraction.start()])
    return f"{whole}.{decimals}" if decimals else whole


@lru_cache(maxsize=CACHED)
def numbers(text: str) -> Counter[str]:
    if not _ANY_DIGIT.search(text):
        return Counter()
    return Counter(_number_key(m.group(0)) for m in _NUMBER.finditer(text))


def _spellings(text: str) -> dict[str, str]:
    """How each number was written, for messages that quote the text."""
    out: dict[str, str] = {}
    for match in _NUMBER.finditer(text):
        out.setdefault(_number_key(match.group(0)), match.group(0))
    return out


# Japanese and Chinese write many numbers in Han numerals ("三十日以内", "四十九万五千人"),
# which a translation writes in digits ("30일 이내", "495,000"): such a number is the
# same number. Han numerals are not counted as numbers themselves ("一日も早く", "一部",
# "統一" hold 一 without meaning 1): they only excuse a number the other side writes in
# digits, so reading them can hide no error but a number equal to one of them.
_HAN_DIGITS = {ch: value for value, ch in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}
_HAN_UNITS = {"十": 1, "百": 2, "千": 3}
_HAN_SCALES = {"万": 4, "萬": 4, "億": 8, "亿": 8, "兆": 12}
_HAN_NUMERAL = re.compile("[" + "".join((*_HAN_DIGITS, *_HAN_UNITS, *_HAN_SCALES)) + "]+")


def _han_value(run: str) -> int:
    """"四十九万五千" is 495000, "二〇二四" 2024, "百" 100."""
    total = section = digit = 0
    previous_digit = False
    for ch in run:
        if ch in _HAN_DIGITS:
            # digits in a row are positional, as years are written ("二〇二四")
            digit = digit * 10 + _HAN_DIGITS[ch] if previous_digit else _HAN_DIGITS[ch]
            previous_digit = True
            continue
        previous_digit = False
        if ch in _HAN_UNITS:
            section += (digit or 1) * 10 ** _HAN_UNITS[ch]
        else:
            total += ((section + digit) or 1) * 10 ** _HAN_SCALES[ch]
            section = 0
        digit = 0
    return total + section + digit


def _han_numbers(text: str) -> frozenset[str]:
    if not _HAN_NUMERAL.search(text):
        return frozenset()
    return frozenset(str(_han_value(m.group(0))) for m in _HAN_NUMERAL.finditer(text))


# French, Spanish and Italian write centuries, republics and monarchs' numbers in Roman
# numerals ("XXIe siècle", "siglo XXI", "IIIe République"), which a translation writes in
# digits ("21st century", "21. Jahrhundert"), and the other way round. As Han numerals,
# they only excuse their value written in digits on the other side. A numeral is I, V
# and X alone, two or more ("XXI", "XIV"), or any with a French ordinal's ending
# ("MCMXe", "Ier"): "MIX", "CD" or the pronoun "I" name no number.
_ROMAN = re.compile(
    r"(?<![^\W\d_])(?P<numeral>M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))"
    r"(?P<ending>e|er|re|ème|ᵉ|ᵉʳ)?(?![^\W\d_])")
_ROMAN_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}


def _roman_numbers(text: str) -> frozenset[str]:
    found = set()
    for match in _ROMAN.finditer(text):
        numeral = match.group("numeral")
        if not numeral or not (match.group("ending") or (
                len(numeral) > 1 and not numeral.strip("IVX"))):
            continue
        values = [_ROMAN_VALUES[ch] for ch in numeral]
        found.add(str(sum(-v if v < after else v
                          for v, after in zip(values, [*values[1:], 0], strict=True))))
    return frozenset(found)


# A number written in words ("the fourteenth session", "zwei Millionen", "الدورة الرابعة
# عشرة") is the number a translation writes in digits ("the 14th session", "2 million").
# As Han numerals, words only excuse their value written in digits on the other side: each
# number word's own value, and what the words in a row make ("forty-eight", "vingt et
# unième", "zwei Millionen" as 2 and 2000000). An article ("a", "un", "ein") is a 1 only
# after "and" ("vingt et un") or before a hundred or a scale ("a million"): else it would
# excuse every 1 added to or dropped from a sentence that has one, and "a twenty-minute
# walk" would hold 21.
# A word, else one character (a hyphen, a digit, a mark, which ends a run of words but a
# hyphen). French "quatre-vingts" (80) is one numeral: its hyphen is no "four and twenty".
_WORD_TOKEN = re.compile(r"[^\W\d_]+(?:-vingts?(?:ieme)?s?)?|\S")


@lru_cache(maxsize=CACHED)
def spelled_numbers(text: str, language: str) -> frozenset[str]:
    """The numbers a text writes in its language's words, as digits: "the twenty-first"
    is 20, 1 and 21, "zwei Millionen" 2, 1000000 and 2000000."""
    words = written_numbers(language)
    if not words:
        return frozenset()
    joins = NUMBER_JOINS.get(language, frozenset())
    found: set[int] = set()
    total = section = largest = count = 0
    joined = False

    def close() -> None:
        if count > 1 and total + section:
            found.add(total + section)

    for token in _WORD_TOKEN.findall(fold(text)):
        value = words.get(token)
        if value is not None and token in ONE_WORDS and not joined:
            close()
            total = section = largest = count = 0
            continue  # the scale word after it counts it: "a million" is (0 or 1) million
        if value is None:
            after_tens = section > 0 and section % 10 == 0
            if count and (token == "-" or (token in joins and after_tens)):
                joined = joined or token != "-"
                continue  # "forty-eight", "treinta y cinco": the run goes on
            close()
            total = section = largest = count = 0
            joined = False
            continue
        count += 1
        joined = False
        found.add(value)
        if value == 100:
            section = (section or 1) * 100
        elif value < 1000:
            section += value
        else:
            if count > 2 and section:
                found.add(section)  # "twenty-five million" as "25 million"
            if value > largest:
                total, largest = ((total + section) or 1) * value, value
            else:
                total += (section or 1) * value
            section = 0
    close()
    return frozenset(str(n) for n in found)


def check_numbers(pair: Pair) -> Iterator[Finding]:
    """Numbers written in the text (not typed values) are kept, in any digits."""
    source_text, target_text = plain_text(pair.msgid), plain_text(pair.msgstr)
    source, target = numbers(source_text), numbers(target_text)
    if source == target:
        return
    source, target = Counter(source), Counter(target)  # the cached ones stay untouched
    other_source = (_han_numbers(source_text) | _roman_numbers(source_text)
                    | spelled_numbers(source_text, pair.source_language))
    other_target = (_han_numbers(target_text) | _roman_numbers(target_text)
                    | spelled_numbers(target_text, pair.language))
    if target - source:
        # A value written out where its tag is missing: its digits are the tag's, which
        # placeholder-missing reports; as changed numbers they were the same fault twice.
        target -= _written_out(pair)
    missing = [_spellings(source_text)[n] for n in sorted((source - target).elements())
               if n not in other_target]
    extra = [_spellings(target_text)[n] for n in sorted((target - source).elements())
             if n not in other_source]
    if not missing and not extra:
        return
    surplus = {n for n in target - source if n not in other_source}
    at = _first_surplus(((_number_key(m.group(0)), m.start())
                         for m in _NUMBER.finditer(target_text)), source, surplus)
    parts = []
    if missing:
        parts.append(f"{_list(missing)} of the source {_is(missing)} missing")
    if extra:
        parts.append(f"{_list(extra)} {_is(extra)} not in the source")
    several = len(missing or extra) > 1
    yield Finding("number-changed", ("numbers " if several else "number ") + "; ".join(parts),
                  spot=_spot(None if at is None else markup_offset(pair.msgstr, at)))


def _written_out(pair: Pair) -> Counter[str]:
    """The numbers of the source texts of the empty tags the msgstr leaves out (from the
    source message when at hand, else the legend), each text's digits also as one number
    ("2:30 p.m." as 2, 30 and 230: "2.30" in a translation). Taken off the translation's
    numbers, not added to the source's: they excuse a number the translation has too many
    of, and never make one the source lacks."""
    gone = [p for p in pair.source.placeholders if p.empty and not re.search(
        rf"<{re.escape(p.tag)}[\s/>]", pair.msgstr)]
    if not gone:
        return Counter()
    legend = value_texts(pair.legend) if pair.message is None else {}
    found: Counter[str] = Counter()
    for placeholder in gone:
        texts = ((span_text(placeholder.span.content),) if pair.message is not None
                 else legend.get(placeholder.tag, ()))
        for text in texts:
            # "2.30" for "2:30 p.m." is the time's own digits, not a fraction.
            written = numbers(text) | numbers(text.replace(":", ".")) | Counter(
                {_digits(text): 1} if _ANY_DIGIT.search(text) else {})
            found |= written
    return found


def _first_surplus(found: Iterable[tuple[str, int]], source: Counter[str],
                   surplus: Container[str]) -> int | None:
    """The offset of the first item found that the source has no more of: the source's
    own are matched in order, so a number written twice for once is placed at its
    second."""
    seen: Counter[str] = Counter()
    for item, offset in found:
        seen[item] += 1
        if item in surplus and seen[item] > source[item]:
            return offset
    return None


def _list(items: list[str]) -> str:
    # Quoted as written (not repr): a no-break space in "1 500" must not read "\xa0".
    quoted = [f"'{i}'" for i in items]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} and {quoted[-1]}"


def _is(items: list[str]) -> str:
    return "is" if len(items) == 1 else "are"


# --------------------------------------------------------------------------- links

_URL = re.compile(r"(?:\b(?:https?|ftp)://|\bwww\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+",
                  re.IGNORECASE)
_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+"
                    r"(?:\.[A-Za-z0-9-]+)+")
_TRAILING = ".,;:!?'"


def _trim_url(url: str) -> str:
    """A URL without the sentence punctuation or unmatched bracket that follows it."""
    while url:
        last = url[-1]
        unmatched = last in ")]" and url.count(last) > url.count("(" if last == ")" else "[")
        if last not in _TRAILING and not unmatched:
            break
        url = url[:-1]
    return url


@lru_cache(maxsize=CACHED)
def urls(text: str) -> Counter[str]:
    if "://" not in text and "www." not in text.lower():
        return Counter()
    return Counter(_trim_url(m.group(0)) for m in _URL.finditer(text))


@lru_cache(maxsize=CACHED)
def emails(text: str) -> Counter[str]:
    if "@" not in text:
        return Counter()
    return Counter(m.group(0).rstrip(".-") for m in _EMAIL.finditer(_URL.sub(" ", text)))


def _compare(code: str, what: str, source: Counter[str], target: Counter[str],
             places: Callable[[], dict[str, list[int]]],
             dropped: Callable[[], tuple[dict[str, Placeholder], dict[str, Placeholder]]]
             | None = None,
             ) -> Iterator[Finding]:
    """Findings of what differs, each extra item at its place in the msgstr (`places`,
    asked only when something differs), a missing one at the msgstr's start. `dropped`:
    the items of the source's tags that the msgstr leaves out, each with its tag, those
    of empty tags (the msgid does not show their text: an item the
    translation writes out is the tag's, not new) and those of tags with content (a
    missing item went with its tag)."""
    if source == target:
        return
    missing = sorted((source - target).elements())
    extra = sorted((target - source).elements())
    written, held = dropped() if dropped is not None else ({}, {})
    at = places()
    placed: Counter[str] = Counter()
    spots = []
    for item in extra:  # the source's own occurrences first, as `_first_surplus`
        found = at.get(item, [])
        nth = source[item] + placed[item]
        placed[item] += 1
        spots.append(_spot(found[nth] if nth < len(found) else None))
    unplaced = []
    for item, spot in zip(extra, spots, strict=True):
        tag = written.pop(item, None)
        if tag is None:
            unplaced.append((item, spot))
        else:  # "is not in the source": it is, as the text of a tag the msgid shows empty
            yield Finding(code, f"the source's {_tag_kind(tag)} <{tag.tag}/> is written out as "
                          f"its {what} {item!r}, not as the tag", spot=spot)
    for before, (after, spot) in zip(missing, unplaced, strict=False):
        yield Finding(code, f"{what} {before!r} of the source became {after!r}", spot=spot)
    for item in missing[len(unplaced):]:
        tag = held.get(item)
        gone = "" if tag is None else f", with the {_tag_kind(tag)} <{tag.tag}> that holds it"
        yield Finding(code, f"{what} {item!r} of the source is missing{gone}",
                      spot=_spot(None))
    for item, spot in unplaced[len(missing):]:
        yield Finding(code, f"{what} {item!r} is not in the source", spot=spot)


def _tag_kind(placeholder: Placeholder) -> str:
    return "link" if placeholder.span.name == "link" else "tag"


def _dropped_emails(pair: Pair) -> tuple[dict[str, Placeholder], dict[str, Placeholder]]:
    """The e-mail addresses of the source's tags that the msgstr leaves out, each with
    its tag: of empty ones (a `mailto:` link whose text is the address, not the
    translator's: the source message's, else the legend's), and of ones with content
    (the msgid's)."""
    written: dict[str, Placeholder] = {}
    held: dict[str, Placeholder] = {}
    legend = value_texts(pair.legend) if pair.message is None else {}
    for placeholder in pair.source.placeholders:
        tag = re.escape(placeholder.tag)
        if re.search(rf"<{tag}[\s/>]", pair.msgstr):
            continue
        if placeholder.empty:
            texts = ((span_text(placeholder.span.content),) if pair.message is not None
                     else legend.get(placeholder.tag, ())[:1])
            for address in emails(" ".join(texts)):
                written.setdefault(address, placeholder)
            continue
        content = re.search(rf"<{tag}(?:\s[^>]*)?>(.*?)</{tag}>", pair.msgid, re.DOTALL)
        for address in emails(plain_text(content[1]) if content else ""):
            held.setdefault(address, placeholder)
    return written, held


def _url_places(msgstr: str) -> dict[str, list[int]]:
    """Each URL of a translation's text and where in the msgstr each of it starts."""
    places: dict[str, list[int]] = {}
    for found in _URL.finditer(plain_text(msgstr)):
        places.setdefault(_trim_url(found.group(0)), []).append(
            markup_offset(msgstr, found.start()))
    return places


def _email_places(msgstr: str) -> dict[str, list[int]]:
    """Each e-mail address of a translation's text (not a URL's) and where it starts."""
    # URLs blanked out, not removed as `emails` does: the offsets stay the text's.
    text = _URL.sub(lambda m: " " * len(m.group(0)), plain_text(msgstr))
    places: dict[str, list[int]] = {}
    for found in _EMAIL.finditer(text):
        places.setdefault(found.group(0).rstrip(".-"), []).append(
            markup_offset(msgstr, found.start()))
    return places


def check_urls(pair: Pair) -> Iterator[Finding]:
    """URLs are copied exactly: a changed one sends readers elsewhere."""
    yield from _compare("url-changed", "URL", urls(plain_text(pair.msgid)),
                        urls(plain_text(pair.msgstr)), partial(_url_places, pair.msgstr))


def check_emails(pair: Pair) -> Iterator[Finding]:
    """E-mail addresses are copied exactly (those inside URLs are the URL's)."""
    yield from _compare("email-changed", "e-mail address", emails(plain_text(pair.msgid)),
                        emails(plain_text(pair.msgstr)), partial(_email_places, pair.msgstr),
                        partial(_dropped_emails, pair))


# --------------------------------------------------------------------------- white space

def _leading(text: str) -> str:
    return text[:len(text) - len(text.lstrip())]


def _trailing(text: str) -> str:
    return text[len(text.rstrip()):]


def check_whitespace(pair: Pair) -> Iterator[Finding]:
    """Leading and trailing white space as in the source.

    A newline that only one side starts or ends with is `newline-mismatch` (what msgfmt
    refuses), so it is not reported twice.
    """
    msgid, msgstr = pair.msgid, pair.msgstr
    if _leading(msgid) != _leading(msgstr) and (
            msgid.startswith("\n") == msgstr.startswith("\n")):
        yield Finding("whitespace-leading", _edge_message("starts", _leading(msgid),
                                                          _leading(msgstr)),
                      spot=_spot(0 if _leading(msgstr) else None))
    if _trailing(msgid) != _trailing(msgstr) and (
            msgid.endswith("\n") == msgstr.endswith("\n")):
        trailing = _trailing(msgstr)
        yield Finding("whitespace-trailing", _edge_message("ends", _trailing(msgid), trailing),
                      spot=_spot(len(msgstr) - len(trailing) if trailing else None))


def _edge_message(verb: str, source: str, target: str) -> str:
    if not target:
        return f"the source {verb} with white space {source!r}, the translation does not"
    if not source:
        return f"the translation {verb} with white space {target!r}, the source does not"
    return f"the translation {verb} with {target!r}, the source with {source!r}"


# --------------------------------------------------------------------------- punctuation

# What each kind of sentence end looks like in any language.
_ENDS: dict[str, str] = {
    "。": "stop", "．": "stop", "｡": "stop", ".": "stop", "۔": "stop", "।": "stop",
    "?": "question", "？": "question", "؟": "question", "\u037e": "question",
    "!": "exclamation", "！": "exclamation",
    ":": "colon", "：": "colon",
    ";": "semicolon", "；": "semicolon", "؛": "semicolon",
    ",": "comma", "，": "comma", "、": "comma", "،": "comma",
    "…": "ellipsis", "⋯": "ellipsis",
    # Ethiopic's (Amharic's, Tigrinya's): its full stop is typed as two word spaces too
    "።": "stop", "፡፡": "stop", "፧": "question", "፥": "colon", "፦": "colon",
    "፤": "semicolon", "፣": "comma",
}
_DEFAULT_ENDS: dict[str, frozenset[str]] = {
    "stop": frozenset("."), "question": frozenset("?"), "exclamation": frozenset("!"),
    "colon": frozenset(":"), "semicolon": frozenset(";"), "comma": frozenset(","),
    "ellipsis": frozenset({"…", "..."}),
}
# Locale equivalents (CLDR's exemplar punctuation, as typeset in the press of each one).
_LOCALE_ENDS: dict[str, dict[str, frozenset[str]]] = {
    "ja": {"stop": frozenset("。"), "question": frozenset("？?"),
           "exclamation": frozenset("！!"), "colon": frozenset("：:"),
           "semicolon": frozenset("；;"), "comma": frozenset("、，"),
           "ellipsis": frozenset({"…", "⋯", "..."})},
    "zh": {"stop": frozenset("。"), "question": frozenset("？"),
           "exclamation": frozenset("！"), "colon": frozenset("："),
           "semicolon": frozenset("；"), "comma": frozenset("，、"),
           "ellipsis": frozenset({"…", "⋯"})},
    "ar": {"stop": frozenset(".۔"), "question": frozenset("؟"), "semicolon": frozenset("؛"),
           "comma": frozenset("،,")},
    "fa": {"stop": frozenset(".۔"), "question": frozenset("؟"), "semicolon": frozenset("؛"),
           "comma": frozenset("،")},
    "ur": {"stop": frozenset("۔."), "question": frozenset("؟"), "semicolon": frozenset("؛"),
           "comma": frozenset("،")},
    "hi": {"stop": frozenset("।.")},
    "am": {"stop": frozenset({"።", "፡፡", "."}), "question": frozenset("፧?"),
           "colon": frozenset("፥፦:"), "semicolon": frozenset("፤;"), "comma": frozenset("፣,")},
    "el": {"question": frozenset(";\u037e")},
}
# Marks a language gives another meaning: Greek's ";" is its question mark (U+037E, which
# NFC turns into ";"), so a Greek source's ";" asks for the target's "?".
_LOCALE_KINDS: dict[str, dict[str, str]] = {"el": {";": "question"}}
# Scripts that do not end sentences with a mark: no final mark is fine there.
_NO_FINAL_STOP = frozenset({"th", "lo", "km", "my"})
# Closing brackets and quotes come after the sentence end: „Да.“ ends with a stop.
_CLOSERS = frozenset(")]}）］｝」』】〕》〉»”’\"'›“")


def final_mark(text: str) -> str:
    """The sentence-end mark a text finishes with ('' for none)."""
    text = text.rstrip()
    while text and text[-1] in _CLOSERS:
        text = text[:-1].rstrip()
    # (by the last character first: this runs on every source and translation, and
    # three `endswith` calls cost validate 0.2% of its instructions)
    last = text[-1:]
    if last == "." and text.endswith("..."):
        return "..."
    if last == "…" and text.endswith("……"):
        return "……"
    if last == "፡":  # Ethiopic's full stop typed as two word spaces; one ends nothing
        return "፡፡" if text.endswith("፡፡") else ""
    return last if last in _ENDS else ""


def _final_mark_at(text: str) -> int | None:
    """Where the `final_mark` of a text starts, or None when it has none."""
    mark = final_mark(text)
    if not mark:
        return None
    end = len(text.rstrip())
    while end and text[end - 1] in _CLOSERS:
        end = len(text[:end - 1].rstrip())
    return end - len(mark)


def _final_spot(msgstr: str) -> tuple[int, int]:
    at = _final_mark_at(plain_text(msgstr))
    return _spot(None if at is None else markup_offset(msgstr, at))


def expected_ends(language: str, kind: str) -> frozenset[str]:
    return _LOCALE_ENDS.get(language, {}).get(kind, _DEFAULT_ENDS[kind])


def _kind(mark: str, language: str) -> str | None:
    if not mark:
        return None
    if mark in ("...", "……"):
        return "ellipsis"
    return _LOCALE_KINDS.get(language, {}).get(mark) or _ENDS[mark]


def check_final_punctuation(pair: Pair) -> Iterator[Finding]:
    """The translation ends like the source, in the target locale's punctuation."""
    if pair.pseudo:
        return  # pseudo text is bracketed and padded on purpose (`toolkit.pseudo`)
    source_mark = final_mark(plain_text(pair.msgid))
    target_mark = final_mark(plain_text(pair.msgstr))
    kind = _kind(source_mark, pair.source_language)
    target_kind = _kind(target_mark, pair.language)
    if kind is None:
        if target_kind is not None and target_kind != "ellipsis":
            yield Finding("punctuation-final", f"the translation ends with {target_mark!r}, "
                          "the source with no punctuation", spot=_final_spot(pair.msgstr))
        return
    expected = expected_ends(pair.language, kind)
    if target_mark in expected:
        return
    if not target_mark and pair.language in _NO_FINAL_STOP and kind == "stop":
        return
    want = " or ".join(repr(m) for m in sorted(expected))
    got = repr(target_mark) if target_mark else "no punctuation"
    yield Finding("punctuation-final", f"the source ends with {source_mark!r}, the "
                  f"translation with {got} (expected {want} in {pair.locale})",
                  spot=_final_spot(pair.msgstr))


# --------------------------------------------------------------------------- brackets

_BRACKETS: tuple[tuple[str, str], ...] = (
    ("(", ")"), ("[", "]"), ("{", "}"), ("（", "）"), ("［", "］"), ("｛", "｝"),
    ("【", "】"), ("〔", "〕"),
)
# Quotation marks by language: only pairs whose marks mean one thing there (in Russian and
# German “ closes „, so “” is not a pair there).
_QUOTES: dict[str, tuple[tuple[str, str], ...]] = {
    "ja": (("「", "」"), ("『", "』"), ("“", "”"), ("〈", "〉"), ("《", "》")),
    "zh": (("“", "”"), ("「", "」"), ("『", "』"), ("《", "》"), ("〈", "〉")),
    "ru": (("«", "»"), ("„", "“")), "uk": (("«", "»"), ("„", "“")),
    "be": (("«", "»"), ("„", "“")), "ky": (("«", "»"), ("„", "“")),
    "kk": (("«", "»"), ("„", "“")), "de": (("„", "“"), ("‚", "‘")),
    "cs": (("„", "“"),), "pl": (("„", "”"), ("«", "»")),
    "ar": (("«", "»"),), "fa": (("«", "»"),), "he": (("“", "”"),),
    "fr": (("«", "»"), ("“", "”")), "es": (("«", "»"), ("“", "”")),
    "it": (("«", "»"), ("“", "”")), "pt": (("«", "»"), ("“", "”")),
}
_DEFAULT_QUOTES: tuple[tuple[str, str], ...] = (("“", "”"),)


@lru_cache(maxsize=128)
def _pairs(language: str) -> tuple[dict[str, str], dict[str, str], re.Pattern[str]]:
    pairs = _BRACKETS + _QUOTES.get(language, _DEFAULT_QUOTES)
    marks = re.compile("[" + re.escape("".join(o + c for o, c in pairs)) + "]")
    return {o: c for o, c in pairs}, {c: o for o, c in pairs}, marks


# A '"' not between two Hebrew letters: between them it is a gershayim typed on the
# keyboard's key (מנכ"ל, ארה"ב), an abbreviation's mark that pairs with nothing.
_STRAIGHT_QUOTE = re.compile('(?<![\u05d0-\u05ea])"|"(?![\u05d0-\u05ea])')


@lru_cache(maxsize=CACHED)
def unbalanced(text: str, language: str) -> tuple[int, str] | None:
    """Where brackets or quotes fail to pair up: (offset, what is wrong), or None."""
    openers, closers, marks = _pairs(language)
    stack: list[int] = []
    for found in marks.finditer(text):
        offset, char = found.start(), found.group(0)
        if char in openers:
            stack.append(offset)
        elif char in closers:
            if not stack or text[stack[-1]] != closers[char]:
                return offset, f"{char!r} closes nothing"
            stack.pop()
    if stack:
        char = text[stack[-1]]
        return stack[-1], f"{char!r} is not closed by {openers[char]!r}"
    if '"' in text:
        quotes = [found.start() for found in _STRAIGHT_QUOTE.finditer(text)]
        if len(quotes) % 2:
            return quotes[-1], "'\"' is not paired"
    return None


def check_brackets(pair: Pair) -> Iterator[Finding]:
    """Brackets and quotation marks pair up, in the quotes of the target locale."""
    source = plain_text(pair.msgid)
    if unbalanced(source, pair.source_language) is not None:
        return  # the source itself does not pair up: nothing to hold the translation to
    target = plain_text(pair.msgstr)
    problem = unbalanced(target, pair.language)
    if problem is not None:
        offset, what = problem
        yield Finding("brackets-unbalanced",
                      f"{what} in {_quote(target, offset, offset + 1)!r}",
                      spot=_spot(markup_offset(pair.msgstr, offset)))


# --------------------------------------------------------------------------- entities

_REFERENCE = re.compile(r"&([A-Za-z][A-Za-z0-9]*);")


def check_entities(pair: Pair) -> Iterator[Finding]:
    """An HTML entity (`&nbsp;`, `&eacute;`) is printed as typed: a translation is read as
    XML, whose only named entities are its five; a bare `&` is text, so `&nbsp;` is too."""
    if "&" not in pair.msgstr:
        return
    for found in _REFERENCE.finditer(pair.msgstr):
        reference = found.group(0)
        if found.group(1) in _NAMED or reference in pair.msgid:
            continue
        meant = html5.get(reference[1:])
        hint = ("type the character itself (" + ", ".join(
            f"U+{ord(c):04X} {unicodedata.name(c, '')}".rstrip() for c in meant) + ")"
            if meant else "write '&amp;' for an ampersand")
        yield Finding("entity-literal", f"{reference!r} is shown as written, not as a "
                      f"character: {hint}", spot=_spot(found.start()))


# --------------------------------------------------------------------------- numbers' words

def check_number_agreement(comments: tuple[str, ...], locale: str,
                           source_locale: str) -> Iterator[Finding]:
    """One entry standing for numbers its language inflects apart: "<number/> countries"
    said of 3 and of 5 in one release is one message, whose one Russian translation says
    "страны" or "стран" and is wrong for the other. Judged on the legend extract writes
    (``<number/>: 3 (number); also 5``, see `toolkit.legend`), so a catalog's own
    comments are enough; a label ("Photo 1", "Photo 2": the source does not agree with
    its number either) is no finding."""
    if any(ALSO in comment for comment in comments):
        yield from (Finding("number-agreement", message) for message in
                    _agreement_messages(comments, locale, source_locale))


@lru_cache(maxsize=CACHED)
def _agreement_messages(comments: tuple[str, ...], locale: str,
                        source_locale: str) -> tuple[str, ...]:
    found: list[str] = []
    for tag, texts in cardinal_texts(comments).items():
        by_category = mixed(texts, source_locale, locale)
        if by_category:
            said = ", ".join(f"{_list(values)} {_is(values)} {name}"
                             for name, values in by_category.items())
            found.append(f"<{tag}/> stands for {_list(list(texts))} in this release, "
                         f"which take different plural forms in {locale} ({said}), and "
                         "one translation serves them all: word it to fit each (e.g. "
                         "the number after a colon)")
    return tuple(found)


# --------------------------------------------------------------------------- unchanged

# What a msgid may hold that is rightly the same in any language: the content of names
# (people, organisations, places) and abbreviations, and the typed values (empty tags).
_NAMES = re.compile(r"<((?:person|org|place|abbr)[0-9]*)>.*?</\1>", re.DOTALL)
# A run of letters and digits, joined by an apostrophe, a hyphen or a dot ("don't",
# "e-mail", "COVID-19", "x86"): one token, a word only if it is letters alone.
_TOKEN = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
_TOKEN_JOINERS = re.compile(r"['’.\-]")
# Lower-case words that join the capitalised words of a name ("Bank of England",
# "Banco de la Nación", "Ministry for Foreign Affairs"): not words of the text's own.
_NAME_JOINERS = frozenset({
    "of", "and", "the", "for", "on", "de", "del", "della", "der", "den", "des", "di", "da",
    "du", "do", "dos", "das", "la", "le", "les", "van", "von", "zu", "y", "e", "et", "und",
    "al", "el", "bin", "ibn"})


def _is_word(token: str) -> bool:
    """A token that is surely a word of the language: letters alone, two or more, in
    lower case (or in a script without case); not a code (G7, COVID-19), an acronym
    (ODA), a capitalised name (Acme) or a brand's mixed case (iPhone)."""
    letters = _TOKEN_JOINERS.sub("", token)
    if len(letters) < 2 or not letters.isalpha() or token in _NAME_JOINERS:
        return False
    return letters.islower() or letters.lower() == letters.upper()


@lru_cache(maxsize=CACHED)
def own_words(msgid: str) -> tuple[str, ...]:
    """The words a msgid has of its own: outside names, typed values, tags, URLs and
    addresses, as `_is_word` has them (none for "COVID-19", "G7 Summit", a product's
    name or a person's)."""
    text = plain_text(_NAMES.sub(" ", msgid))
    text = _EMAIL.sub(" ", _URL.sub(" ", text))
    return tuple(token for token in _TOKEN.findall(text) if _is_word(token))


def check_unchanged(pair: Pair) -> Iterator[Finding]:
    """A translation identical to its source, in a language that is not the source's,
    where the source has words of its own: the source copied in (Weblate's "unchanged
    translation"). A name, a code or a URL alone is rightly the same; a translation that
    is right as it is says so with `communique-allow: translation-unchanged`."""
    if pair.msgstr != pair.msgid or pair.language == pair.source_language or pair.pseudo:
        return
    words = own_words(pair.msgid)
    if words:
        said = ", ".join(f"'{w}'" for w in words[:3]) + (", ..." if len(words) > 3 else "")
        yield Finding("translation-unchanged", f"the translation is the source unchanged "
                      f"(words {said} are not translated to {pair.locale})",
                      spot=_spot(None))


CHECKS: tuple[TranslationCheck, ...] = (
    check_placeholders,
    check_terms,
    check_numbers,
    check_urls,
    check_emails,
    check_whitespace,
    check_final_punctuation,
    check_brackets,
    check_entities,
    check_unchanged,
)


def check_translation(pair: Pair) -> list[Finding]:
    """Every finding of one translation, in the order of `CHECKS`."""
    return [finding for check in CHECKS for finding in check(pair)]


# The tag a markup finding names first (``unknown tag <numbr>``, ``<b> is not closed``).
_NAMED_TAG = re.compile(r"<([^\s<>/]+)/?>")
_CLOSING_TAG = re.compile(r"</([^\s<>/]+)>")
# Codes whose named tag is in the translation (a missing one is not: it has no place).
_PLACED = frozenset({"markup-invalid", "placeholder-unknown", "placeholder-attribute",
                     "placeholder-duplicate", "placeholder-nesting",
                     "placeholder-content", "placeholder-empty", "term-changed"})


def tag_offset(found: Finding, msgstr: str, earlier: int = 0) -> int:
    """Where in `msgstr` the tag a markup finding names starts (its second start tag for
    a duplicate), or the directional control it is about, for the finding's column;
    `MSGSTR_START` for a finding that names no place found there (every finding of a
    translation is about it). `earlier`: how many findings before it, of its code, name
    the same tag (a tag used three times is two duplicates, at its second and third
    start)."""
    offset = _tag_offset(found, msgstr, earlier, {})
    return MSGSTR_START if offset is None else offset


def _tag_offset(found: Finding, msgstr: str, earlier: int,
                starts_of: dict[str, list[int]]) -> int | None:
    if found.code not in _PLACED:
        return None
    if found.code == "markup-invalid" and found.message.startswith("U+"):
        fault = direction_fault(msgstr)  # (only a translation that has a finding)
        if fault is not None and fault[1] == found.message:
            return fault[0]
    if found.code == "markup-invalid":
        # The fault the parse refused with, found again by the rule that worded it: the
        # same tag's name may be on a well-formed tag before it ("<em>a</em> b</em>").
        for fault in (nesting_fault(msgstr), syntax_fault(msgstr)):
            if fault is not None and found.message.endswith(fault[1]):
                return fault[0]
    closing = _CLOSING_TAG.search(found.message) if found.code == "markup-invalid" else None
    if closing is not None:  # "<link> is closed by </lnk>": the closing tag is wrong
        at = re.search(rf"</{re.escape(closing.group(1))}\s*>", msgstr)
        return at.start() if at else None
    named = _NAMED_TAG.search(found.message)
    if named is None:
        return None
    starts = starts_of.get(named.group(1))
    if starts is None:
        starts = starts_of[named.group(1)] = [m.start() for m in re.finditer(
            rf"<{re.escape(named.group(1))}(?=[\s/>])", msgstr)]
    wanted = earlier + (1 if found.code == "placeholder-duplicate" else 0)
    return starts[wanted] if len(starts) > wanted else None


@lru_cache(maxsize=1)
def _nesting_tag() -> re.Pattern[str]:
    # (Compiled when first asked for: nesting_fault runs only for a finding.)
    return re.compile(r"<(/?)([^\W\d][\w.:-]*)(?:\s[^<>]*?)?(/?)>")


def nesting_fault(msgstr: str) -> tuple[int, str] | None:
    """The first tag of `msgstr` that breaks the nesting (its offset), in the words the
    parse refuses it with: a closing tag that closes no tag or another than the last one
    opened, else the last tag left open."""
    opened: list[tuple[str, int]] = []
    for tag in _nesting_tag().finditer(msgstr):
        closing, name, empty = tag.groups()
        if not closing:
            if not empty:
                opened.append((name, tag.start()))
        elif not opened:
            return tag.start(), f"</{name}> closes no tag"
        elif opened[-1][0] != name:
            return tag.start(), f"<{opened[-1][0]}> is closed by </{name}>"
        else:
            opened.pop()
    if opened:
        return opened[-1][1], f"<{opened[-1][0]}> is not closed"
    return None


def msgstr_offsets(findings: list[Finding], msgstr: str) -> list[int]:
    """Where in `msgstr` each finding of one translation is: the place its check gave
    (a number, a URL, a bracket...), else the `tag_offset` of a markup finding, the same
    tag named twice by one code placed at its successive starts."""
    seen: Counter[tuple[str, str]] = Counter()
    # Each tag's starts, found once: a msgstr of 5,000 unknown <em>s has a finding for
    # each, and finding them all again for each took 5.4 s.
    starts_of: dict[str, list[int]] = {}
    offsets: list[int] = []
    for found in findings:
        if found.spot is not None:
            offsets.append(found.spot[1])
            continue
        named = _NAMED_TAG.search(found.message)
        key = (found.code, named.group(1) if named else "")
        offset = _tag_offset(found, msgstr, seen[key], starts_of)
        offsets.append(MSGSTR_START if offset is None else offset)
        seen[key] += 1
    return offsets

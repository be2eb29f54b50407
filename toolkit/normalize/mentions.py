"""A person named once is marked wherever the release names them again.

The person rules (`entities`) find a name where an honorific or a title makes it
certain: "Bundeswirtschaftsminister Robert Habeck", "Mr. HAYASHI Yoshimasa",
"商务部部长王文涛". A release then goes on with the name alone: "sagte Habeck",
"Hayashi and Manalo also ...", "王文涛表示", "王部长表示", "佐藤は". A translator moves every
mention as a `person` and must not translate any of them letter by letter, so once the
rules have marked a name anywhere in a release (the title included: a headline names a
minister by her family name before the body gives her full name), the same name
standing alone is marked too:

- Latin, Greek and Cyrillic scripts: the full name without its honorific, and the family
  name alone. The family name is the last word with its particles ("Le Maire", "von der
  Leyen"), or the word in capitals where ministries write the FAMILY name so ("HAYASHI
  Yoshimasa", "Enrique A. MANALO"), then also as a word is written ("Hayashi").
- Chinese: the full name; a family name (its first character, or two for 欧阳, 司马 ...)
  only right before a title or an honorific ("王部长", the title outside the span as after
  a full name); the last part of a transliterated name ("萨尔巴耶娃" of "阿伊达·萨尔巴耶娃").
- Japanese: the full name; the last part of a name in katakana; a family name (the first
  two or three characters of a name in kanji) only between a boundary and a particle or
  punctuation ("、佐藤は"). A family name before a title ("林大臣") the title rule finds.

Conservatively: a mention is never inside another marked span, nor part of a longer word
(a Han character or a letter beside it), nor joined to a capitalised word that could be
another name ("Stephen Wong" is not Penny Wong), nor a noun after a German article ("die
Fischer"). A family name that the release also uses as a common word (in lower case, or
in German after an article) is not marked where a sentence or a headline opens, where
capitals say nothing. A family name that is a month, a weekday or a country is never
propagated.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, cached_property

from babel import Locale

from toolkit.model import Figure, Inline, ListBlock, Release, Segment, Span
from toolkit.normalize.entities import (
    ACRONYM,
    DE_TITLE_ENDINGS,
    FR_ORG_WORDS,
    HONORIFICS,
    JA_HONORIFICS,
    JA_PORTFOLIOS,
    JA_TITLES,
    ORG_WORDS,
    PARTICLES,
    POST_NOMINALS,
    SENTENCE_WORDS,
    TITLES,
    ZH_AFTER_NAME,
    ZH_BEFORE_COMPANY,
    ZH_BEFORE_NAME,
    ZH_COMPANY_TITLES,
    ZH_HONORIFICS,
    ZH_TITLES,
    authority_heads,
    company_short_names,
    ru_complement_word,
)
from toolkit.normalize.locale_patterns import language
from toolkit.normalize.report import Report
from toolkit.normalize.values import alt, holds_any, in_ranges

# Spans whose text is not searched again (a value, a name, a term).
_MARKED = frozenset({"person", "org", "place", "term", "abbr", "date", "time", "duration",
                     "number", "money", "measure", "percent"})
# Particles that open a family name in capitals too ("Bruno Le Maire", "Van Rompuy").
_CAPITAL_PARTICLES = frozenset(("le", "la", "de", "du", "des", "van", "von", "di", "da",
                                "del", "della", "dos"))
_SUFFIXES = frozenset(("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", *POST_NOMINALS))
# Capitalised words that may stand right before a family name without being a given
# name: titles the person rules do not list ("Secretary Manalo", "Foreign Secretary").
_TITLE_WORDS = frozenset((
    "Secretary", "Deputy", "Vice", "Foreign", "State", "Parliamentary", "Senior", "Chief",
    "Chair", "Chairman", "Chairwoman", "Chairperson", "Director", "Director-General",
    "Commissioner", "Premier", "Speaker", "General", "Admiral", "Justice", "Judge",
    "Representative", "Congressman", "Congresswoman", "Sheikh", "Prince", "Princess",
    "Vice-Minister", "Vice-President", "Minister-Counsellor", "CEO", "Professor",
    "Staatssekretär", "Staatssekretärin", "Bundeskanzler", "Bundeskanzlerin", "Kanzler",
    "Kanzlerin", "Staatsminister", "Staatsministerin",
))
# A word of a body right before a family name makes it the body's name, not a mention
# of the founder it is named after ("Le Groupe Vernay" after "Henri Vernay").
_BODY_WORDS = ORG_WORDS | FR_ORG_WORDS
# German words that make the next capitalised word a noun ("die Fischer der Region").
_DE_DETERMINERS = frozenset((
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
    "eines", "kein", "keine", "keinen", "keinem", "keiner", "zum", "zur", "vom", "im", "am",
    "beim", "ins", "ans", "aufs", "jeder", "jede", "jedes", "viele", "alle", "diese",
    "dieser", "diesen", "diesem", "manche", "einige", "mehrere", "beide", "beiden",
))
# Words capitalised only where they open a sentence, never a given name before a
# family name ("Nach Lemkes Worten", "After Hayashi", "Selon Fesneau").
_OPENING_WORDS = frozenset((
    *SENTENCE_WORDS, "Nach", "Laut", "Mit", "Bei", "Für", "Von", "Auf", "Aus", "Zu", "Gegen",
    "Ohne", "Um", "Über", "Unter", "Vor", "Wie", "Und", "Auch", "Dass", "Als", "Da", "Weil",
    "Wenn", "Zudem", "Seit", "Gemeinsam", "Selon", "Pour", "Avec", "Après", "Avant",
    "Et", "Mais", "Ainsi", "Según", "Con", "Para", "Tras", "Y", "Pero", "Like", "Unlike",
    "Both", "Neither", "Neben",
))
# What a sentence's end is (a stop, then closing marks) and what may stand between it and
# the next word (spaces, opening marks). Read backwards from a mention by hand: a regular
# expression anchored at the end ("...$") is tried at every character of the text before
# it, so a segment of many mentions took time as its length squared (80 KB of "Mr. Abc",
# 30 s).
_STOPS = frozenset(".!?:;。！？")
_CLOSERS = frozenset("'\"”’»)]")
_OPENERS = frozenset("\u00a0„“\"'«‹([")
_FIRST_WORD = re.compile(r"[ \u00a0]+([^\W\d_][\w'’-]*)")
_WORD = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*")
_AFTER_DETERMINER = re.compile(r"(?i:\b(?:" + "|".join(sorted(_DE_DETERMINERS)) + r"))"
                               r"[ \u00a0]+([^\W\d_][\w'’-]*)")

# Han is tested with in_ranges and holds_any, not a character class of its wide ranges.
_HAN = (("\u3400", "\u4dbf"), ("\u4e00", "\u9fff"), ("\uf900", "\ufaff"), ("々", "々"),
        ("〆", "〆"), ("ヶ", "ヶ"))
_KATAKANA = "\u30a1-\u30fa\u30fc"


def _all_han(text: str) -> bool:
    """As re.fullmatch("[Han]+", text)."""
    return bool(text) and all(in_ranges(char, _HAN) for char in text)


# Compound Chinese family names: the family is two characters, not one.
ZH_COMPOUND_FAMILIES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容",
                        "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "澹台", "轩辕")
# What a Japanese family name standing alone is followed by: a particle or punctuation.
_JA_AFTER_FAMILY = ("は", "が", "の", "と", "も", "に", "を", "へ", "や", "から", "より",
                    "、", "。", "」", "）", ")", "，", "・")


@dataclass(frozen=True)
class Mention:
    text: str
    kind: str  # "full" or "family"; a family name is held to stricter boundaries
    of: str  # the marked name it comes from, for the report
    name: str = "person"  # the span it is marked with: a person, or a company ("org")


def propagate(release: Release, report: Report) -> Release:
    """The release with every further mention of a marked person marked too."""
    lang = language(release.lang)
    segments = list(release.segments())
    names = list(dict.fromkeys(s.text for seg in segments for s in _spans(seg.content)
                               if s.name == "person"))
    companies = list(dict.fromkeys(s.text for seg in segments for s in _spans(seg.content)
                                   if s.name == "org"))
    # The publisher is a body the release names too: "El Ministerio abrirá ..." under
    # the header "Ministerio para la Transformación Digital ...".
    publisher = _plain(release.meta.publisher.content) if release.meta.publisher else ""
    bodies = [*companies, publisher] if publisher not in ("", *companies) and \
        authority_heads(publisher, lang) else companies
    if not names and not bodies:
        return release
    mentions = _mentions(names, lang)
    # A company named with its legal form is named again without it ("Voltera B.V." then
    # "Voltera employs", "株式会社みなとエナジー" and the headline's "みなとエナジー、").
    for company in companies:
        for short in company_short_names(company, lang):
            if short.casefold() not in _never(lang):
                mentions.setdefault(short, Mention(short, "company", company, "org"))
        # A body defined with its acronym is named by it ("the Competition and Markets
        # Authority (CMA)", then "the CMA"; "der Deutsche Wetterdienst (DWD)", then "der
        # DWD"): the rule marked the acronym once.
        if lang in ("en", "de") and _ACRONYM.fullmatch(company):
            mentions.setdefault(company, Mention(company, "company", company, "org"))
    # A French or Spanish public body is named again by its head after the article
    # ("Autorité de la concurrence", then "l'Autorité"; "la Junta"), a Russian ministry
    # by its head alone ("Министерство проведет").
    for body in bodies:
        for head in authority_heads(body, lang):
            mentions.setdefault(head, Mention(head, "authority", body, "org"))
    if not mentions:
        return release
    finder = _Finder(lang, mentions, segments)
    changed = replace(
        release,
        title=finder.segment(release.title),
        subtitle=finder.segment(release.subtitle) if release.subtitle else None,
        figures=tuple(Figure(f.src, finder.segment(f.alt) if f.alt else None,
                             finder.segment(f.caption) if f.caption else None, f.attrs,
                             f.line) for f in release.figures),
        body=tuple(replace(b, items=tuple(finder.segment(i) for i in b.items))
                   if isinstance(b, ListBlock) else finder.segment(b) for b in release.body),
    )
    for text, (mention, line) in finder.marked.items():
        rule = ("the full name" if mention.kind == "full" and text == mention.of else
                f"a mention of {mention.of}, marked where a rule named the "
                f"{'company' if mention.name == 'org' else 'person'}")
        report.guess(mention.name, text, rule, line)
    return changed


def _spans(content: tuple[Inline, ...]) -> Iterator[Span]:
    for part in content:
        if isinstance(part, Span):
            yield part
            if part.name not in _MARKED:
                yield from _spans(part.content)


# ------------------------------------------------------------------ the names' forms
def _mentions(names: list[str], lang: str) -> dict[str, Mention]:
    """Each form a marked name may take again, longest (most certain) kept first."""
    out: dict[str, Mention] = {}
    derive = _ja_forms if lang == "ja" else _zh_forms if lang == "zh" else _latin_forms
    never = _never(lang)
    for name in names:
        for text, kind in derive(name, lang):
            if text.casefold() in never or (kind == "family" and lang not in ("ja", "zh")
                                            and len(text) < 2):
                continue
            out.setdefault(text, Mention(text, kind, name))
    return out


@cache
def _never(lang: str) -> frozenset[str]:
    """Words a family name never stands for alone: months, weekdays, countries."""
    try:
        locale = Locale.parse(lang)
    except (ValueError, LookupError):
        return frozenset()
    words: set[str] = set()
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            words.update(locale.months[context][width].values())
            words.update(locale.days[context][width].values())
    words.update(locale.territories.values())
    return frozenset(w.casefold() for w in words)


def _latin_forms(name: str, lang: str) -> Iterator[tuple[str, str]]:
    words = _honorific_prefix(lang).sub("", name).split()
    end = len(words)
    while end > 0 and words[end - 1].rstrip(",") in _SUFFIXES:
        end -= 1
    words = words[:end]
    if not words:
        return
    if len(words) >= 2:
        yield " ".join(words), "full"
    # Initials are no family name ("Enrique A. MANALO", "С.В.Лавров").
    tokens = [t for t in (re.sub(r"^(?:[^\W\d_]\.)+", "", w) for w in words) if t]
    tokens = [t for t in tokens if not re.fullmatch(r"(?:[^\W\d_]\.)+", t)]
    if not tokens:
        return
    capitals = [i for i, t in enumerate(tokens) if _is_capitals(t)]
    if capitals and len(capitals) < len(tokens):
        run = [capitals[0]]
        while run[-1] + 1 in capitals:
            run.append(run[-1] + 1)
        family = " ".join(tokens[i] for i in run)
        yield family, "family"
        yield _as_word(family), "family"
        return
    first = len(tokens) - 1
    while first > 1 and (tokens[first - 1] in PARTICLES
                         or tokens[first - 1].casefold() in _CAPITAL_PARTICLES):
        first -= 1
    family = " ".join(tokens[first:])
    yield family, "family"
    if lang == "ru":  # "По словам Басаргина": the family name in its cases
        for form in _ru_cases(family):
            yield form, "family"
    # The given name, which colleagues quoted use ("Priya brings ...", "Je remercie
    # Laurent"); only a word of its own, not an initial nor a hyphen's part.
    if first >= 1 and len(tokens[0]) >= 3 and re.fullmatch(r"[^\W\d_]+", tokens[0]) and \
            words[0] == tokens[0]:
        yield tokens[0], "given"


def _ru_cases(family: str) -> tuple[str, ...]:
    """The other cases of a Russian family name: "Басаргин" -> "Басаргина", "Басаргину",
    "Басаргиным", "Басаргине"; "Набиуллина" -> "Набиуллиной", "Набиуллину"; a name of
    another ending (declined otherwise, or not at all) has none here."""
    if not re.fullmatch(r"[А-ЯЁ][а-яё]{2,}", family):
        return ()
    if family.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return tuple(family + end for end in ("а", "у", "ым", "е"))
    if family.endswith(("ова", "ева", "ёва", "ина", "ына")):
        return (family[:-1] + "ой", family[:-1] + "у")
    if family.endswith(("ский", "цкий")):
        return tuple(family[:-2] + end for end in ("ого", "ому", "им", "ом"))
    if family[-1] in "бвгджзклмнпрстфхцчшщ":
        return tuple(family + end for end in ("а", "у", "ом", "е"))
    return ()


@cache
def _honorific_prefix(lang: str) -> re.Pattern[str]:
    honorifics = (*HONORIFICS.get(lang, ()), *HONORIFICS["en"])
    return re.compile(rf"^(?:(?:{alt(honorifics)}|the)\s+)+")


def _is_capitals(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _as_word(capitals: str) -> str:
    """"HAYASHI" as a sentence writes it: "Hayashi"; "NGUYEN-ANH": "Nguyen-Anh"."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group()[0] + m.group()[1:].lower(), capitals)


def _ja_forms(name: str, lang: str) -> Iterator[tuple[str, str]]:
    core = re.sub(f"(?:{alt(JA_HONORIFICS)})$", "", name)
    if re.fullmatch(f"[{_KATAKANA}]+(?:[・＝][{_KATAKANA}]+)*", core):
        parts = re.split("[・＝]", core)
        if len(parts) > 1:
            yield core, "full"
        if len(parts[-1]) >= 3 or (len(parts) > 1 and len(parts[-1]) >= 2):
            yield parts[-1], "katakana"
    elif _all_han(core) and len(core) >= 2:
        if len(core) >= 3:
            yield core, "full"
        # The family name is the first two or three characters; which, the text tells
        # (a prefix standing alone before a particle).
        for cut in range(2, min(len(core), 4)):
            yield core[:cut], "family"
        if len(core) == 2:
            yield core, "family"


def _zh_forms(name: str, lang: str) -> Iterator[tuple[str, str]]:
    core = re.sub(f"(?:{alt(ZH_HONORIFICS)})$", "", name)
    if "·" in core:
        yield core, "full"
        last = core.rsplit("·", 1)[1]
        if len(last) >= 2:
            yield last, "transliterated"
    elif _all_han(core) and 2 <= len(core) <= 4:
        compound = core[:2] in ZH_COMPOUND_FAMILIES
        if len(core) == 4 and not compound:
            yield core, "full"  # a transliteration without a dot ("库鲁巴耶夫"): whole
            return
        yield core, "full"
        yield core[:2] if compound else core[0], "family"


# ------------------------------------------------------------------ finding them
class _Finder:
    """The mentions of one release found in its segments' text."""

    def __init__(self, lang: str, mentions: dict[str, Mention],
                 segments: list[Segment]) -> None:
        self.lang = lang
        self.mentions = mentions
        self.marked: dict[str, tuple[Mention, int]] = {}
        # Longest first, so that a full name wins over its family name at one place.
        # Found with str.find: a release's few names are not worth compiling a pattern
        # for (compiling one per release cost more than the rest of the search).
        self.forms = sorted(mentions, key=lambda m: (-len(m), m))
        self.spaced = lang not in ("ja", "zh")
        self.segments = segments
        self.titles = _title_words(lang)
        self.quotes: _Quotes | None = None  # the last segment's, built when a given name asks

    # What the release uses as common words: lower-case words (or German nouns after an
    # article), to tell "Young" the name from "Young" opening a sentence. Read only when
    # a mention is met outside a span, which most releases never do.
    @cached_property
    def _text(self) -> str:
        return "\n".join(_plain(s.content) for s in self.segments)

    @cached_property
    def common(self) -> frozenset[str]:
        return frozenset(w.casefold() for w in _WORD.findall(self._text) if w[0].islower())

    @cached_property
    def nouns(self) -> frozenset[str]:
        return frozenset(w.casefold() for w in _AFTER_DETERMINER.findall(self._text)) \
            if self.lang == "de" else frozenset()

    def segment(self, segment: Segment) -> Segment:
        free = "\n".join(_free(segment.content))
        if not any(form in free for form in self.forms):
            return segment  # every mention in it, if any, is in a span already
        flat = _plain(segment.content)
        headline = segment.name in ("title", "subtitle", "heading", "alt")
        content, _ = self._content(segment.content, flat, 0, headline, segment.line)
        return Segment(segment.name, content, segment.attrs, segment.line)

    def _content(self, content: tuple[Inline, ...], flat: str, at: int, headline: bool,
                 line: int) -> tuple[tuple[Inline, ...], int]:
        out: list[Inline] = []
        for part in content:
            if isinstance(part, str):
                out.extend(self._find(part, flat, at, headline, line))
                at += len(part)
            elif part.name in _MARKED:
                out.append(part)
                at += len(part.text)
            else:
                inner, at = self._content(part.content, flat, at, headline, line)
                out.append(Span(part.name, part.attrs, inner, part.line))
        return tuple(out), at

    def _find(self, text: str, flat: str, at: int, headline: bool,
              line: int) -> list[Inline]:
        found: list[tuple[int, int, str]] = []
        for form in self.forms:
            index = text.find(form)
            while index >= 0:
                found.append((index, -len(form), form))
                index = text.find(form, index + 1)
        if not found:
            return [text]
        out: list[Inline] = []
        done = 0
        for index, _, form in sorted(found):
            if index < done:
                continue
            mention = self.mentions[form]
            start, end = at + index, at + len(form) + index
            genitive = False
            if mention.kind == "authority":
                if not (_word_bounded(flat, start, end) if self.lang == "ru" else
                        _after_article(flat, start, end, self.lang)):
                    continue
            elif self.spaced and not _word_bounded(flat, start, end):
                # German writes a name's genitive with an "s" ("Lemkes Worten").
                genitive = self.lang == "de" and mention.name == "person" and \
                    flat[end:end + 1] == "s" and _word_bounded(flat, start, end + 1)
                if not genitive:
                    continue
            span_text = self._accept(mention, flat, start, end + genitive, headline)
            if span_text is None:
                continue
            if genitive:
                span_text += "s"
            if not text.startswith(span_text, index):
                span_text = form  # an honorific after it is in the next part
            if index > done:
                out.append(text[done:index])
            out.append(Span(mention.name, (), (span_text,)))
            done = index + len(span_text)
            if span_text not in self.marked:
                self.marked[span_text] = (mention, line)
        if done < len(text):
            out.append(text[done:])
        return out

    def _accept(self, mention: Mention, flat: str, start: int, end: int,
                headline: bool) -> str | None:
        """The span's text if this occurrence is a mention of the person, else None."""
        if mention.name == "org" and self.lang == "zh":
            return mention.text if _zh_company_bounded(flat, start, end) else None
        if mention.name == "org" and self.lang == "ja":
            # Not inside a longer word: no Han or katakana either side (hiragana before
            # it is a particle, "はさくら精機").
            near = flat[start - 1:start] + flat[end:end + 1]
            if holds_any(near, _HAN) or re.search(f"[{_KATAKANA}]", near):
                return None
            return mention.text
        if self.lang == "zh":
            return self._accept_zh(mention, flat, start, end)
        if self.lang == "ja":
            return self._accept_ja(mention, flat, start, end)
        word = mention.text
        if mention.kind == "authority":
            following = _FIRST_WORD.match(flat, end)
            # "la Commission européenne", a body the rules did not name: not this one.
            if following and (following.group(1)[:1].isupper() or
                              following.group(1) in _AUTHORITY_NEXT.get(self.lang, ()) or
                              (self.lang == "ru" and
                               ru_complement_word().fullmatch(following.group(1)))):
                return None
            if self.lang == "ru" and _sentence_ends(flat, start) and \
                    word.casefold() in self.common:
                return None  # "Министерство" opening a sentence, where the release
            return word      # also writes "министерство" of any ministry
        if mention.name == "org" and headline:
            return word  # a headline capitalises every word: its capitals tell nothing
        if self.lang == "de" and mention.name == "person":
            previous = _last_word(flat, start)
            if previous and previous.casefold() in _DE_DETERMINERS:
                return None  # "die Fischer": a noun
        sentence = _sentence_ends(flat, start)
        opens = headline or sentence
        previous = None if sentence else _last_word(flat, start)
        if mention.name == "person" and mention.kind != "full":
            body = _last_word(flat, start)
            if body and body in _BODY_WORDS:
                return None  # "Groupe Vernay": the group, named after its founder
        if previous and previous[:1].isupper() and not self._title(previous) and \
                previous.casefold() not in self.common and previous not in _OPENING_WORDS:
            return None  # "Stephen Wong": another person's given name before it
        if self.lang != "de":
            following = _FIRST_WORD.match(flat, end)
            if following and following.group(1)[:1].isupper() and \
                    following.group(1).casefold() not in self.common and \
                    not headline:
                return None  # "Wong Foundation", "Hayashi Yoshimasa" is the full name
        if mention.kind == "given" and (not self._in_quote(flat, start) or
                                        word.casefold() in self.common or self._title(word)):
            return None  # a given name alone is one only in a quotation
        if mention.kind != "full" and opens and (
                word.casefold() in self.common or word.casefold() in self.nouns):
            return None  # a common word of this release, where capitals tell nothing
        return word

    def _in_quote(self, flat: str, start: int) -> bool:
        if self.quotes is None or self.quotes.flat is not flat:
            self.quotes = _Quotes(flat, self.lang)
        return self.quotes.inside(start)

    def _title(self, word: str) -> bool:
        stripped = word.rstrip(",")
        return stripped in self.titles or (self.lang == "de" and re.search(
            rf"(?:{'|'.join(DE_TITLE_ENDINGS)})(?:in)?$", stripped) is not None)

    def _accept_zh(self, mention: Mention, flat: str, start: int, end: int) -> str | None:
        word = mention.text
        before_char = flat[start - 1] if start else ""
        if before_char == "·" or flat[end:end + 1] == "·":
            return None
        left_open = not before_char or not in_ranges(before_char, _HAN) or any(
            flat[:start].endswith(w) for w in ZH_BEFORE_NAME)
        titled = _zh_title().match(flat, end)
        if mention.kind == "family":
            if not titled or not left_open:
                return None
            honorific = titled.group() if titled.group() in ZH_HONORIFICS else ""
            return word + honorific
        right_open = end == len(flat) or not in_ranges(flat[end], _HAN) or titled \
            or any(flat.startswith(w, end) for w in ZH_AFTER_NAME)
        if mention.kind == "transliterated" or len(word) == 2:
            return word if left_open or right_open else None
        return word

    def _accept_ja(self, mention: Mention, flat: str, start: int, end: int) -> str | None:
        word = mention.text
        before_char = flat[start - 1] if start else ""
        after = flat[end:]
        if mention.kind == "katakana" or re.match(f"[{_KATAKANA}]", word):
            if re.match(f"[{_KATAKANA}・＝]", before_char) or re.match(f"[{_KATAKANA}・＝]",
                                                                      after):
                return None
            return word
        if in_ranges(before_char, _HAN):
            return None
        if mention.kind == "full":
            return None if in_ranges(after[:1], _HAN) and not _ja_title().match(
                after) else word
        if not after.startswith(_JA_AFTER_FAMILY) or (before_char and re.match(
                f"[{_KATAKANA}]", before_char)):
            return None
        return word


# What a Chinese company's short name is followed by, besides a name's verbs and
# punctuation: its officer's title ("华川新能源董事长"), "的" (its), a verb's adverbs.
_ZH_AFTER_COMPANY = (*ZH_AFTER_NAME, *ZH_COMPANY_TITLES, "的", "共", "已", "正式", "今年",
                     "上半年", "下半年", "近日", "今天", "今日")


def _zh_company_bounded(flat: str, start: int, end: int) -> bool:
    """Whether a Chinese company's short name at flat[start:end] is a word of its own:
    no Han beside it, unless a conjunction or verb before it and a verb, "的" or a title
    after it ("为华川新能源的", "，华川新能源董事长"); "华川储能" holds no "华川"."""
    before = flat[start - 1:start]
    left = not before or not in_ranges(before, _HAN) or flat[:start].endswith(
        ZH_BEFORE_COMPANY)
    right = end == len(flat) or not in_ranges(flat[end], _HAN) or flat.startswith(
        _ZH_AFTER_COMPANY, end)
    return left and right


# The quotation marks that open and close a quotation, by language.
_QUOTES = {"en": ("“", "”"), "de": ("„»", "“«"), "fr": ("«“", "»”"), "es": ("«“", "»”")}


class _Quotes:
    """Where a segment's quotation marks stand, to tell whether a place of it is inside a
    quotation: after an opening mark later than the last closing one, or after an odd
    number of straight quotes. Searching the text before each given name instead was
    quadratic in a paragraph naming the person thousands of times."""

    def __init__(self, flat: str, lang: str) -> None:
        opens, closes = _QUOTES.get(lang, ("“«", "”»"))
        self.flat = flat
        self.opens = [at for at, char in enumerate(flat) if char in opens]
        self.closes = [at for at, char in enumerate(flat) if char in closes]
        self.straight = [at for at, char in enumerate(flat) if char == '"']

    def inside(self, start: int) -> bool:
        """Whether flat[start] stands inside a quotation of its segment."""
        opened = bisect_left(self.opens, start)
        closed = bisect_left(self.closes, start)
        last_open = self.opens[opened - 1] if opened else -1
        last_close = self.closes[closed - 1] if closed else -1
        return last_open > last_close or bisect_left(self.straight, start) % 2 == 1


# Words after a body's head that make it another body's ("la Commission européenne",
# "el Ministerio de ...", "Министерство по ...").
_AUTHORITY_NEXT = {
    "fr": frozenset(("de", "des", "du", "d'", "d’", "nationale", "national", "générale",
                     "général", "européenne", "européen", "supérieure", "régionale",
                     "régional")),
    "es": frozenset(("de", "del", "para", "nacional", "estatal", "general", "regional",
                     "europeo", "europea", "español", "española", "provincial")),
    "ru": frozenset(("по",)),
}
_ARTICLES = {"fr": ("l'", "l’", "L'", "L’", "la ", "La ", "le ", "Le "),
             "es": ("el ", "El ", "la ", "La ", "del ", "al ")}
_ACRONYM = re.compile(ACRONYM)


def _after_article(flat: str, start: int, end: int, lang: str) -> bool:
    """Whether flat[start:end] is a word with a definite article right before it
    ("l'Autorité", "la Commission", "el Ministerio")."""
    article = next((a for a in _ARTICLES.get(lang, ()) if flat.endswith(a, 0, start)), None)
    if article is None or (start > len(article) and flat[start - len(article) - 1].isalpha()):
        return False
    return end == len(flat) or not (flat[end].isalnum() or flat[end] in "_-")


def _sentence_ends(flat: str, start: int) -> bool:
    """Whether flat[:start] is empty or ends a sentence, but for spaces and opening marks
    ("Talks ended. “", "(")."""
    at = start
    while at and (flat[at - 1].isspace() or flat[at - 1] in _OPENERS):
        at -= 1
    if not at:
        return True
    while at and flat[at - 1] in _CLOSERS:
        at -= 1
    return at > 0 and flat[at - 1] in _STOPS


def _last_word(flat: str, start: int) -> str | None:
    """The word a space before flat[start]: from its first letter, with the full stops,
    apostrophes and hyphens it holds ("Mr.", "O'Hara"); None if no space is before it. A
    line break right before flat[start] is passed over, as "$" passes over a last one."""
    last = start - 1 if flat[start - 1:start] == "\n" else start
    end = last
    while end and flat[end - 1] in " \u00a0":
        end -= 1
    if end == last:
        return None
    first = end
    while first and (flat[first - 1].isalnum() or flat[first - 1] in "_.'’-"):
        first -= 1
    # The leftmost letter of that run opens the word (not a digit, "_" or mark).
    for at in range(first, end):
        if flat[at].isalnum() and not flat[at].isdecimal():
            return flat[at:end]
    return None


def _word_bounded(flat: str, start: int, end: int) -> bool:
    """Whether flat[start:end] is whole words: no letter, apostrophe, full stop or hyphen
    joined before it ("O'Hara", "J.Wong", "Kim-Wong"), no letter after it, nor a hyphen
    and a letter ("Habeck-Plan"); "Wong's" is Wong. An elided article or preposition
    before it is a word of its own ("d'Henri Vernay", "l'Henri")."""
    if start and (flat[start - 1].isalnum() or flat[start - 1] in "_'’.-") and not (
            flat[start - 1] in "'’" and flat[start - 2:start - 1] in ("d", "l") and
            (start == 2 or not flat[start - 3].isalnum())):
        return False
    if end < len(flat) and (flat[end].isalnum() or flat[end] == "_"):
        return False
    return not (flat[end:end + 1] == "-" and flat[end + 1:end + 2].isalnum())


@cache
def _title_words(lang: str) -> frozenset[str]:
    words = {w for t in TITLES.get(lang, ()) for w in t.split()}
    return frozenset(words | _TITLE_WORDS
                     | {w for h in HONORIFICS.get(lang, ()) for w in h.split()})


@cache
def _zh_title() -> re.Pattern[str]:
    return re.compile(rf"(?:{alt(ZH_TITLES)})(?!馆|级|会|助理)|{alt(ZH_HONORIFICS)}")


@cache
def _ja_title() -> re.Pattern[str]:
    return re.compile(rf"(?:{alt(JA_PORTFOLIOS)})?(?:{alt(JA_TITLES)})|{alt(JA_HONORIFICS)}")


def _free(content: tuple[Inline, ...]) -> Iterator[str]:
    """The text of content outside marked spans."""
    for part in content:
        if isinstance(part, str):
            yield part
        elif part.name not in _MARKED:
            yield from _free(part.content)


def _plain(content: tuple[Inline, ...]) -> str:
    return "".join(p if isinstance(p, str) else p.text for p in content)

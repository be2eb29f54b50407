"""People and organisations, marked up only where a rule makes them certain.

A person is a run of capitalised name words (FAMILY names in capitals included, as
foreign ministries write them: "Mr. HAYASHI Yoshimasa") after an honorific ("Mr.",
"H.E.", "Mme", "г-н") or after a title ("Minister Hayashi", "Prime Minister Kishida");
the honorific belongs to the name as written, the title stays outside it. Russian
initials ("С.В.Лавров") are a person too. An organisation is a ministry, government or
embassy "of" somewhere, or a name ending in a company's legal form ("Inc.", "Co., Ltd.").

Nothing else is guessed: capitalised words alone are never a person, a country alone is
never an organisation. The tables are per language and small on purpose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from toolkit.model import Span
from toolkit.normalize.values import Found, S, Trigger, alt, words_of

HONORIFICS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("H.E.", "His Excellency", "Her Excellency", "Their Excellencies", "Mr.", "Ms.",
           "Mrs.", "Mr", "Ms", "Mrs", "Dr.", "Prof.", "Professor", "Sir", "Dame", "Madam"),
    "fr": ("M.", "MM.", "Mme", "Mmes", "Mlle", "Dr", "Pr", "S.E.", "Son Excellence",
           "Me"),
    "ru": ("г-н", "г-на", "г-ну", "г-ном", "г-не", "г-жа", "г-жи", "г-же", "г-жой",
           "господин", "господина", "госпожа", "госпожи", "Его Превосходительство",
           "Её Превосходительство", "Ее Превосходительство"),
})

TITLES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("Prime Minister", "Minister", "President", "Vice President", "Ambassador",
           "Secretary-General", "Chief Cabinet Secretary", "Governor", "Mayor", "Chancellor",
           "Senator", "King", "Queen", "Emperor", "Crown Prince", "Pope"),
    "fr": ("Premier ministre", "ministre", "président", "présidente", "ambassadeur",
           "ambassadrice", "secrétaire général", "secrétaire générale"),
    "ru": ("министр", "министра", "министром", "министру", "президент", "президента",
           "президентом", "президенту", "посол", "посла", "послом"),
})

# Capitalised words that follow a title without being a name ("Ambassador Extraordinary").
NOT_NAMES = frozenset({
    "Extraordinary", "Plenipotentiary", "Counsellor", "Counselor", "Emeritus", "Designate",
    "Elect", "The", "Of", "For", "And", "In", "On", "At", "To",
})

# Name particles written in lower case inside a name ("LULA da Silva").
PARTICLES = ("da", "de", "del", "della", "di", "do", "dos", "du", "van", "von", "der", "den",
             "ter", "bin", "binti", "ibn", "al", "el", "la", "le")

ORG_HEADS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("Ministry", "Government", "Embassy", "Consulate-General", "Consulate General",
           "Consulate", "Permanent Mission", "Delegation", "Cabinet Office"),
    "fr": ("ministère", "Ministère", "gouvernement", "Gouvernement", "ambassade",
           "Ambassade", "consulat", "Consulat"),
    "ru": ("Министерство", "Министерства", "Министерству", "Министерством", "Министерстве",
           "Правительство", "Правительства", "Правительству", "Правительством",
           "Правительстве", "Посольство", "Посольства", "Посольству", "Посольством",
           "Посольстве", "МИД"),
})

# Portfolio words of Russian ministries ("Министерство иностранных дел"), in lower case.
RU_PORTFOLIOS = ("иностранных дел", "обороны", "финансов", "юстиции", "культуры",
                 "экономического развития", "здравоохранения", "энергетики",
                 "промышленности и торговли", "образования", "науки и высшего образования")

# Adjectives that end French institutions' names ("Affaires étrangères").
FR_ADJECTIVES = ("étrangères", "étrangers", "française", "français", "fédérale", "populaire",
                 "démocratique", "islamique", "arabe", "unies", "unis", "socialiste",
                 "intérieur", "extérieur")

LEGAL_FORMS = ("Co., Ltd.", "Co.,Ltd.", "Inc.", "Corporation", "Corp.", "Co.", "Ltd.",
               "LLC", "L.L.C.", "GmbH", "AG", "S.A.", "SA", "plc", "PLC", "K.K.", "N.V.",
               "B.V.", "S.p.A.", "SE", "Holdings")

# Capitalised words that open a sentence rather than a company name.
SENTENCE_WORDS = ("The", "Today", "On", "In", "At", "As", "For", "With", "By", "From", "This",
                  "Our", "We", "About", "After", "Before", "When", "While", "And", "But",
                  "Yesterday", "Founded", "Based", "Since", "Through", "Under")


def _char_class(predicate: str) -> str:
    """A character class of the cased letters of Latin, Greek and Cyrillic scripts."""
    blocks = ((0x41, 0x24F), (0x370, 0x3FF), (0x400, 0x52F), (0x1E00, 0x1EFF))
    ranges: list[tuple[int, int]] = []
    for low, high in blocks:
        for code in range(low, high + 1):
            char = chr(code)
            ok = char.isupper() if predicate == "upper" else char.islower()
            if not ok:
                continue
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    body = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                   for a, b in ranges)
    return f"[{body}]"


UP = _char_class("upper")
LO = _char_class("lower")
_TOKEN = (rf"(?:{UP}['’]{UP}{LO}+|{UP}{LO}+(?:[-'’]{UP}?{LO}+)*(?:{UP}{LO}+)*"
          rf"|{UP}{{2,}}(?:[-'’]{UP}{{2,}})*|{UP}\.(?:{S}?{UP}\.)*(?:{UP}{LO}+)?)(?![\w])")
_NAME = rf"{_TOKEN}(?:{S}+(?:{alt(PARTICLES)}{S}+)?{_TOKEN}){{0,4}}"


def _rule(pattern: str, triggers: tuple[str, ...], name: str) -> _Rule:
    return _Rule(re.compile(pattern), Trigger.of(triggers), name, name)


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    trigger: Trigger  # the rule runs only where one of its words occurs
    name: str  # "person" or "org"
    group: str  # the group that is the span


class EntityRecognizer:
    """The person and organisation rules of one language, compiled once."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        rules: list[_Rule] = []
        honorifics = HONORIFICS.get(lang, ())
        if honorifics:
            chain = rf"(?:{alt(honorifics)}{S}+)+"
            rules.append(_rule((
                rf"(?<![\w.])(?P<person>{chain}(?!{alt(TITLES.get(lang, ()))}(?!\w)){_NAME})"),
                honorifics, "person"))
        titles = TITLES.get(lang, ())
        if titles:
            ignore_case = lang != "en"
            rules.append(_rule((
                rf"(?<![\w.]){alt(titles, ignore_case=ignore_case)}(?![\w\-]){S}+"
                rf"(?!{alt(NOT_NAMES)}(?!\w))(?P<person>{_NAME})"),
                tuple(t.casefold() for t in titles), "person"))
        if lang == "ru":
            rules.append(_rule((
                rf"(?<![\w.])(?P<person>[А-ЯЁ]\.{S}?[А-ЯЁ]\.{S}?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
                rf"|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?{S}[А-ЯЁ]\.{S}?[А-ЯЁ]\.(?!{S}?[А-ЯЁ]))"),
                tuple("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ"), "person"))
        heads = ORG_HEADS.get(lang, ())
        cap = (rf"(?!(?:Mr|Ms|Mrs|Dr|H\.E|Minister|President|Prime|The|On|In)(?!\w))"
               rf"(?:{UP}{LO}+(?:-{UP}?{LO}+)*|{UP}{{2,}})(?!\w)")
        if lang == "en":
            listed = rf"(?={S}+{cap}(?:{S}+{cap})*(?:,{S}+{cap}(?:{S}+{cap})*)*,?{S}+and{S}+{cap})"
            join = rf"(?:{S}+(?:of|for)(?:{S}+the)?|{S}+(?:and|&)|,{listed})?{S}+"
            rules.append(_rule((
                rf"(?<![\w])(?P<org>(?:{alt(heads)})(?:{S}+(?:of|for)(?:{S}+the)?{S}+{cap}"
                rf"(?:{join}{cap})*)?)(?!\w)"), tuple(heads), "org"))
            rules.append(_rule((
                rf"(?<![\w])(?P<org>(?!{alt(SENTENCE_WORDS)}(?!\w)){cap}(?:{S}+(?:{cap}|&)){{0,3}}"
                rf",?{S}+{alt(LEGAL_FORMS)})(?!\w)"), LEGAL_FORMS, "org"))
        elif lang == "fr":
            word = rf"{UP}{LO}+(?:-{UP}?{LO}+)*"
            adjective = rf"(?:{S}+{alt(FR_ADJECTIVES)})?"
            conn = (rf"(?:{S}+(?:et{S}+)?(?:de{S}+la{S}+|de{S}+l['’]|des{S}+|du{S}+|de{S}+|d['’])"
                    rf"|{S}+et{S}+)")
            rules.append(_rule((
                rf"(?<![\w])(?P<org>{alt(heads)}{conn}{word}{adjective}(?:{conn}{word}{adjective})*)"
                rf"(?!\w)"), tuple(heads), "org"))
        elif lang == "ru":
            word = r"[А-ЯЁ][а-яё]+"
            rules.append(_rule((
                rf"(?<![\w])(?P<org>МИД(?:{S}+{word}(?:{S}+{word}){{0,2}})?|{alt(heads)}"
                rf"(?:{S}+{alt(RU_PORTFOLIOS)}(?:{S}+{word}(?:{S}+{word}){{0,2}})?"
                rf"|{S}+{word}(?:{S}+{word}){{0,2}}))(?!\w)"), tuple(heads), "org"))
        self.rules = tuple(rules)

    def candidates(self, text: str, rank: int,
                   tokens: frozenset[str] | None = None) -> Iterator[Found]:
        tokens = words_of(text) if tokens is None else tokens
        for index, rule in enumerate(self.rules):
            if not rule.trigger.fires(text, tokens):
                continue
            for match in rule.pattern.finditer(text):
                start, end = match.span(rule.group)
                yield Found(start, end, (Span(rule.name, (), (match.group(rule.group),)),),
                            rank + index)


@cache
def entity_recognizer(lang: str) -> EntityRecognizer:
    return EntityRecognizer(lang)

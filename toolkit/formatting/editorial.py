"""What a language's editor writes where CLDR's text stops short of it.

CLDR has no datum for a few forms a native editor corrects in every release; the tables
below name each rule and the words it needs. Both engines make CLDR's text first (ICU's,
or Babel's composed as ICU composes it) and then apply these same rules, so they still
agree with each other, and everything the rules do not touch stays CLDR's.

1. A compact amount: CLDR writes the long compact number and the currency's plural name
   side by side ("45,5 millions euros"); it has no pattern joining them. In French,
   Spanish, Portuguese, Italian, Catalan and Galician a scale *noun* takes a preposition
   before what it counts: "45,5 millions d’euros", "45,5 millones de euros", "45,5
   milioni di euro", "45,5 millóns de euros" (`SCALE_PREPOSITIONS`). Romanian's data
   already has it ("milioane de euro").
2. Portuguese and Indonesian currency names in running text: CLDR's pt (Brazil, and the
   locales that inherit it) capitalises them as for a menu, "45,5 milhões Euros", and its
   id "1,5 miliar Dolar Amerika Serikat" (`LOWER_CASE_NAMES`).
3. The first day of a month as an ordinal, where the day is written beside a month name:
   French "1er juin 2022", "1er–3 juin 2022"; Brazilian Portuguese "1º de junho de 2022";
   Italian "1º giugno 2022" (`FIRST_DAY_SUFFIXES`).

4. Hong Kong's and Macau's Chinese count in 萬 and 億: CLDR's zh_Hant_HK (and zh_Hant_MO,
   its child) gives the long compact form English letters ("150M 美元", "1.2M"), where
   the SAR governments' Chinese releases and the papers write "1.5億美元", "120萬", as
   Taiwan's do. Their compact numbers take zh_Hant's scales (`COMPACT_SCALES`); every
   other datum stays theirs.

The first two are keyed by language, so that regional locales (fr-CA, es-MX, pt-BR,
it-CH) follow their language; the third by CLDR locale, followed along CLDR's
inheritance, since Brazil and Portugal write the first day differently.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from babel.core import get_global

from toolkit.formatting.skeletons import tokenize, untokenize

_APOSTROPHE = "\u2019"  # as CLDR writes fr "onces troy d’or", ca "1 d’abril"


def _vowel(char: str) -> bool:
    return unicodedata.normalize("NFD", char)[:1].casefold() in ("a", "e", "i", "o", "u",
                                                                 "œ", "æ")


def _french_elides(word: str) -> bool:
    # Before a vowel: "d’euros", "d’onces". The currency names CLDR's fr has that begin
    # with an h begin with an aspirated one (la hryvnia, le hwan), and y before a vowel
    # is a consonant (les yens, des yuans): "de hryvnias", "de yens".
    return bool(word) and _vowel(word[0])


def _catalan_elides(word: str) -> bool:
    # Before a vowel or an h and a vowel ("d’euros", "d’escuts"), but not before an i or
    # a u that a vowel follows, which is then a consonant: "de iens", "de iuans".
    sound = word[1:] if word[:1] in ("h", "H") else word
    if not sound or not _vowel(sound[0]):
        return False
    return not (sound[0].casefold() in ("i", "u") and len(sound) > 1 and _vowel(sound[1]))


def _never(word: str) -> bool:
    return False


@dataclass(frozen=True)
class ScalePreposition:
    """How one language joins a scale noun to the thing it counts."""

    word: str  # "de"
    elides: Callable[[str], bool]  # whether the next word takes the elided form, d’
    nouns: frozenset[str]  # CLDR's scale words that are nouns: they take the preposition
    # CLDR's scale words that are numerals: "trois mille euros", "3 mil euros", "3 mila
    # euro" take none. Every scale word of the language's long compact forms is one or
    # the other (a test checks CLDR's, in both engines).
    numerals: frozenset[str] = frozenset()

    def before(self, name: str) -> str:
        """The preposition as it is written before `name`: "de ", "d’", "di "."""
        return self.word[0] + _APOSTROPHE if self.elides(name) else self.word + " "


# The scale nouns of CLDR's long compact forms (49; ICU 77's 47 has the same), by
# language: fr "45,5 millions", "2 milliards", "1 billion"; es "2 mil millones"; pt-BR
# "2 bilhões", pt-PT "2 mil milhões", "1 bilião"; it "2 mila miliardi"; ca "2 milers de
# milions" (the preposition after the last word only: "milers de milions d’euros"); gl
# "45,5 millóns", "2000 millóns", "2 billóns".
SCALE_PREPOSITIONS: Mapping[str, ScalePreposition] = MappingProxyType({
    "fr": ScalePreposition("de", _french_elides, frozenset({
        "millier", "milliers", "million", "millions", "milliard", "milliards",
        "billion", "billions"}), frozenset({"mille"})),
    "es": ScalePreposition("de", _never, frozenset({
        "millón", "millones", "billón", "billones"}), frozenset({"mil"})),
    "pt": ScalePreposition("de", _never, frozenset({
        "milhão", "milhões", "bilhão", "bilhões", "trilhão", "trilhões", "bilião",
        "biliões"}), frozenset({"mil"})),
    "it": ScalePreposition("di", _never, frozenset({
        "milione", "milioni", "miliardo", "miliardi"}), frozenset({"mille", "mila"})),
    "ca": ScalePreposition("de", _catalan_elides, frozenset({
        "miler", "milers", "milió", "milions", "bilió", "bilions"})),
    # Galician does not elide it ("millóns de euros"). Its mil is a numeral, as in
    # Spanish and Portuguese ("tres mil euros"), though CLDR's gl writes a thousand in
    # digits ("3000 euros") and its billion as millions ("2000 millóns"), never "mil".
    "gl": ScalePreposition("de", _never, frozenset({
        "millón", "millóns", "billón", "billóns"}), frozenset({"mil"})),
})

# Languages whose CLDR currency names are capitalised as a menu shows them, where running
# text writes them in lower case. Portuguese names a currency with a common noun ("o
# real", "o euro"), lower case in prose as the Acordo Ortográfico writes common nouns and
# Brazil's official style does ("R$ 1 milhão", "2 milhões de reais"). CLDR's pt-PT data
# writes its names so ("euros", "dólares dos Estados Unidos"), and pt's own data writes
# months, weekdays and languages in lower case, capitalised only through its
# contextTransforms for menus and stand-alone use; pt's currency names ("Euros",
# "Dólares americanos") are stored in the menu's form. An abbreviation ("XAD") is kept.
# Indonesian likewise: its spelling rules (PUEBI) capitalise proper names, not a
# currency's ("1,5 miliar dolar Amerika Serikat", "250 juta rupiah"), where CLDR's id
# writes "Dolar Amerika Serikat", "Rupiah Indonesia"; the country's name keeps its capital.
LOWER_CASE_NAMES = frozenset({"pt", "id"})

# CLDR locales that write the first day of a month as an ordinal, with this suffix, and
# those that do not ("") though their parent does. Only a day written beside a month
# name: "01/06/2022" stays numeric. A locale takes the entry nearest it along CLDR's
# inheritance (`first_day_suffix`).
# - French: "1er juin 2022", "du 1er au 3 juin", never "1 juin"; every fr locale.
# - Brazilian Portuguese: "1º de junho de 2022" (the masculine ordinal indicator, no
#   period, as CLDR's pt writes its ordinals: "1ª semana"), as the Presidency's and the
#   Senate's writing manuals prescribe. CLDR's pt *is* Brazil's (its likely region is
#   BR; pt_BR adds nothing to its dates), pt_PT is Portugal's, which writes "1 de junho"
#   (and "1.ª semana"), and every other region's pt (pt_AO, pt_MZ, pt_MO...) inherits
#   pt_PT's (CLDR's parentLocales). So pt and pt_BR write "1º"; pt_PT and its children
#   do not.
# - Italian: "il 1º maggio 2025", in Italy and Switzerland (it_CH inherits it): Treccani's
#   Enciclopedia dell'Italiano (the "date" entry) writes the first with the ordinal sign,
#   as the Swiss Federal Chancellery's Italian texts do ("il 1° ottobre 2024"); Serianni's
#   grammar admits the bare "1 maggio" too. The ordinal indicator, as CLDR's it writes its
#   ordinals ("1º"), not the degree sign typed for it. A range keeps CLDR's zero-padded
#   days ("01–03 giugno"): a "dd" takes no suffix.
FIRST_DAY_SUFFIXES: Mapping[str, str] = MappingProxyType({
    "fr": "er", "pt": "\u00ba", "pt_PT": "", "it": "\u00ba"})


# CLDR locales whose long compact form is written with another locale's scales (4).
COMPACT_SCALES: Mapping[str, str] = MappingProxyType({"zh_Hant_HK": "zh_Hant"})
_COMPACT_SCALES_LANGUAGES = frozenset(name.partition("_")[0] for name in COMPACT_SCALES)


@cache
def compact_scales(locale: str) -> str:
    """The CLDR locale whose long compact patterns a CLDR locale's text uses: the entry of
    `COMPACT_SCALES` nearest it along CLDR's inheritance (``zh_Hant_MO`` → ``zh_Hant_HK``),
    else the locale itself."""
    if locale.partition("_")[0] not in _COMPACT_SCALES_LANGUAGES:
        # (CLDR's inheritance keeps a language's locales in it: CLDR's global data, which
        # the walk reads, costs ~30M instructions to load, a no-change build's 5%.)
        return locale
    return _nearest(locale, COMPACT_SCALES) or locale


def edits_compact_amounts(language: str) -> bool:
    """Whether `compact_amount` may change a compact amount of `language`."""
    return language in SCALE_PREPOSITIONS or language in LOWER_CASE_NAMES


def compact_amount(language: str, text: str, name_at: int) -> str:
    """A compact amount as the language's editor writes it: `text` is CLDR's, the long
    compact number, then from `name_at` the currency's name ("45,5 millions euros", 14).
    The name gets the preposition a scale noun takes ("45,5 millions d’euros") and, where
    the language writes it so, its lower case. A number with no scale noun ("500", "3
    mille", a locale whose compact form is digits) takes no preposition."""
    rule = SCALE_PREPOSITIONS.get(language)
    lower = language in LOWER_CASE_NAMES
    number, name = text[:name_at].rstrip(), text[name_at:]
    if (rule is None and not lower) or not number or not name or len(number) == name_at:
        return text
    if lower and name[0].isupper() and not name[1:2].isupper():
        name = name[0].lower() + name[1:]
    if rule is not None and number.split()[-1] in rule.nouns:
        name = rule.before(name) + name
    return text[:name_at] + name


@cache
def first_day_suffix(locale: str) -> str:
    """What a CLDR locale (``pt_BR``, ``fr_CA``) writes after the first day of a month,
    "" if nothing: the entry of `FIRST_DAY_SUFFIXES` nearest it along CLDR's inheritance
    (``pt_AO`` → ``pt_PT`` → ``pt``), as Babel and ICU resolve the locale's data."""
    return _nearest(locale, FIRST_DAY_SUFFIXES) or ""


def _nearest(locale: str, table: Mapping[str, str]) -> str | None:
    """The entry of `table` nearest a CLDR locale along CLDR's inheritance (its parent
    exceptions, else its tag less its last subtag), None if none is."""
    parents = get_global("parent_exceptions")
    name = locale
    while name:
        if name in table:
            return table[name]
        name = parents.get(name) or name.rpartition("_")[0]
    return None


@cache
def writes_first_day(locale: str, pattern: str) -> bool:
    """Whether a date `pattern` writes its day (``d``) beside a month name (``MMM``,
    ``MMMM``, ``LLL``...) in a CLDR locale that writes the first day as an ordinal."""
    if not first_day_suffix(locale):
        return False
    fields = [value for kind, value in tokenize(pattern) if kind == "field"]
    return any(value == "d" and any(_month_name(near) for near in fields[max(i - 1, 0):i + 2])
               for i, value in enumerate(fields))


def _month_name(field: str) -> bool:
    return field[0] in ("M", "L") and len(field) >= 3


@cache
def first_day_pattern(locale: str, pattern: str) -> str:
    """`pattern` with its day written as the first of the month ("d'er' MMMM y"), for a
    date whose day is 1, where `writes_first_day`; else `pattern` itself."""
    if not writes_first_day(locale, pattern):
        return pattern
    return mark_days(pattern, first_day_suffix(locale))


@cache
def mark_days(pattern: str, suffix: str) -> str:
    """Every day field (``d``) of `pattern` followed by `suffix` as literal text: one half
    of an interval pattern ("d–") has no month name of its own."""
    out: list[tuple[str, str]] = []
    pending = False  # a day field was just written: the suffix goes before what follows
    for kind, value in tokenize(pattern):
        if pending:
            pending = False
            # One quoted run, not two side by side: "'er''de'" would read as er'de.
            if kind == "text" and value.startswith("'") and not value.startswith("''"):
                value = f"'{suffix}{value[1:]}"
            else:
                out.append(("text", f"'{suffix}'"))
        out.append((kind, value))
        pending = kind == "field" and value == "d"
    if pending:
        out.append(("text", f"'{suffix}'"))
    return untokenize(out)

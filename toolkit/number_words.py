"""Numbers written in words, per language: one table for every part of communique.

normalize reads durations written in words with NUMBER_WORDS ("two hours", "zwei
Stunden"). A module of its own, without normalize's imports, so that other commands can
read it without loading normalize.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

# Numbers written as words, where durations use them ("two hours", "an hour").
NUMBER_WORDS: Mapping[str, Mapping[str, int | str]] = MappingProxyType({
    # Arabic counts three to ten in words before the counted noun, in either gender's
    # form ("سبع سنوات", seven years; "ثلاثة أشهر", three months).
    "ar": {"ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6,
           "سبع": 7, "سبعة": 7, "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9, "عشر": 10,
           "عشرة": 10},
    "en": {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
           "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
           "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45,
           "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1,
           "an": 1},
    # "ein" is the form a compound opens with ("einundzwanzig").
    "de": {"ein": 1, "eine": 1, "einer": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4,
           "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
           "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16,
           "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30,
           "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80,
           "neunzig": 90, "eineinhalb": "1.5", "anderthalb": "1.5", "zweieinhalb": "2.5"},
    "es": {"una": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
           "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
           "trece": 13, "catorce": 14, "quince": 15, "veinte": 20, "treinta": 30,
           "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80,
           "noventa": 90},
    "pt": {"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5,
           "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12,
           "quinze": 15, "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50,
           "sessenta": 60},
    "it": {"un": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6,
           "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12,
           "quindici": 15, "venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50,
           "sessanta": 60},
    # "quatre-vingts" is one numeral (eighty), as "eighty" is; "soixante-dix",
    # "quatre-vingt-dix" are built from the words (NUMBER_WORD_JOINS).
    "fr": {"une": 1, "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
           "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
           "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
           "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
           "quatre-vingt": 80, "quatre-vingts": 80},
    # Russian numerals decline with the unit ("три часа", "около трёх часов").
    "ru": {"два": 2, "две": 2, "двух": 2, "три": 3, "трёх": 3, "трех": 3, "четыре": 4,
           "четырёх": 4, "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6,
           "семь": 7, "семи": 7, "восемь": 8, "восьми": 8, "десять": 10, "десяти": 10,
           "двенадцать": 12, "двенадцати": 12, "пятнадцать": 15, "пятнадцати": 15,
           "девять": 9, "девяти": 9, "одиннадцать": 11, "одиннадцати": 11,
           "тринадцать": 13, "тринадцати": 13, "четырнадцать": 14, "четырнадцати": 14,
           "шестнадцать": 16, "шестнадцати": 16, "семнадцать": 17, "семнадцати": 17,
           "восемнадцать": 18, "восемнадцати": 18, "девятнадцать": 19, "девятнадцати": 19,
           "двадцать": 20, "двадцати": 20, "тридцать": 30, "тридцати": 30,
           "сорок": 40, "сорока": 40, "пятьдесят": 50, "пятидесяти": 50,
           "шестьдесят": 60, "шестидесяти": 60, "семьдесят": 70, "семидесяти": 70,
           "восемьдесят": 80, "восьмидесяти": 80, "девяносто": 90, "девяноста": 90,
           "полтора": "1.5", "полторы": "1.5", "полутора": "1.5"},
    # "een" (one, also "a") is left out: "een jaar" is too often a rate or an idiom.
    "nl": {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
           "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
           "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
           "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
           "zeventig": 70, "tachtig": 80, "negentig": 90, "anderhalf": "1.5",
           "anderhalve": "1.5", "tweeënhalf": "2.5"},
    # Polish numerals decline with the unit ("dwie godziny", "około dwóch godzin").
    "pl": {"dwa": 2, "dwie": 2, "dwóch": 2, "dwu": 2, "trzy": 3, "trzech": 3, "cztery": 4,
           "czterech": 4, "pięć": 5, "pięciu": 5, "sześć": 6, "sześciu": 6, "siedem": 7,
           "siedmiu": 7, "osiem": 8, "ośmiu": 8, "dziewięć": 9, "dziewięciu": 9,
           "dziesięć": 10, "dziesięciu": 10, "jedenaście": 11, "dwanaście": 12,
           "piętnaście": 15, "dwadzieścia": 20, "dwudziestu": 20, "trzydzieści": 30,
           "trzydziestu": 30, "czterdzieści": 40, "pięćdziesiąt": 50, "półtora": "1.5",
           "półtorej": "1.5"},
})
# What joins a tens word and the word after it into one number: "forty-eight",
# "dix-sept", "vingt et un", "quatre-vingt-dix", "treinta y cinco", "двадцать пять",
# German "achtundvierzig" (the ones first, ONES_FIRST). The compounds are read from
# NUMBER_WORDS by `number_from_words`, not listed.
NUMBER_WORD_JOINS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("-",), "fr": ("-et-", "-", " et "), "es": (" y ",), "ru": (" ",), "de": ("und",),
})
ONES_FIRST = frozenset({"de"})
# Tens written as the first part of one word with the ones ("veinticinco", "dieciséis").
TENS_PREFIXES: Mapping[str, Mapping[str, int]] = MappingProxyType({
    "es": {"veinti": 20, "dieci": 10},
})
# Number words that mean one: "a year", "un año" is too often a rate or an idiom to be a
# duration; only "an hour" is taken, and the units after which a language's "one" is
# a length of time ("d'un an", "un mois", "dentro de un año"; not "un jour", "une année").
ONE_WORDS = frozenset({"a", "an", "un", "una", "une", "ein", "eine", "einer", "einen", "一"})

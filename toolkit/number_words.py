"""Numbers written in words, per language: one table for every part of communique.

normalize reads durations written in words with NUMBER_WORDS ("two hours", "zwei
Stunden"); validate reads every number a message writes in words (`written_numbers`), so
a translation that writes it in digits ("الدورة الرابعة عشرة", "the 14th session") keeps
it. CLDR has no spelled-out numbers Babel reads (its RBNF rules are ICU's, an optional
engine), so the words to twenty, the tens, the hundreds and the ordinals are listed here,
for the languages sources are written in; the scale words ("million", "Milliarden",
"миллиона") are CLDR's long compact forms.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

from babel import Locale, UnknownLocaleError

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
    # Indonesian: "satu setengah jam" (one and a half hours), "setengah jam" (half an
    # hour); the tens and teens are two words ("dua puluh", "lima belas").
    "id": {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
           "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "dua belas": 12,
           "lima belas": 15, "dua puluh": 20, "tiga puluh": 30, "empat puluh": 40,
           "lima puluh": 50, "enam puluh": 60, "setengah": "0.5"},
    # Romanian: "o oră și jumătate", "două ore", "douăzeci de minute" (CLDR's units take
    # the "de" from twenty up); the s and t with a cedilla as old keyboards type them.
    # "nouă" (nine) is left out: it is "new" too, before a noun ("o nouă zi").
    "ro": {"o": 1, "un": 1, "doi": 2, "două": 2, "trei": 3, "patru": 4, "cinci": 5,
           "șase": 6, "şase": 6, "șapte": 7, "şapte": 7, "opt": 8, "zece": 10,
           "unsprezece": 11, "doisprezece": 12, "douăsprezece": 12, "cincisprezece": 15,
           "douăzeci": 20, "treizeci": 30, "patruzeci": 40, "cincizeci": 50,
           "șaizeci": 60, "şaizeci": 60},
    # Swedish: "en och en halv timme" (HALF_WORDS), "två timmar", "tjugo minuter"; "en"
    # and "ett" (one, the genders') are the article too, as "a" is (ONE_WORDS).
    "sv": {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7,
           "åtta": 8, "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "tretton": 13,
           "fjorton": 14, "femton": 15, "sexton": 16, "sjutton": 17, "arton": 18,
           "nitton": 19, "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50,
           "sextio": 60, "sjuttio": 70, "åttio": 80, "nittio": 90},
    # Danish: "tre dage", "tyve minutter", "en og en halv time" (HALF_WORDS), "halvanden
    # time" (one and a half; "halvandet år" the neuter's); the tens from fifty count in
    # twenties ("halvtreds", "tres"), the ones before them in one word ("femogtyve",
    # NUMBER_WORD_JOINS). "en" and "et" are the article too (ONE_WORDS).
    "da": {"en": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7,
           "otte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13,
           "fjorten": 14, "femten": 15, "seksten": 16, "sytten": 17, "atten": 18,
           "nitten": 19, "tyve": 20, "tredive": 30, "fyrre": 40, "halvtreds": 50,
           "tres": 60, "halvfjerds": 70, "firs": 80, "halvfems": 90, "halvanden": "1.5",
           "halvandet": "1.5"},
    # Catalan: "una hora i mitja" (HALF_WORDS), "dues hores", "vint-i-cinc minuts" (the
    # tens and ones joined, NUMBER_WORD_JOINS). "nou" (nine) is left out: it is "new" too,
    # before a noun ("un nou any"); "u" is the letter as often as one.
    "ca": {"un": 1, "una": 1, "dos": 2, "dues": 2, "tres": 3, "quatre": 4, "cinc": 5,
           "sis": 6, "set": 7, "vuit": 8, "deu": 10, "onze": 11, "dotze": 12, "tretze": 13,
           "catorze": 14, "quinze": 15, "setze": 16, "disset": 17, "divuit": 18,
           "dinou": 19, "vint": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50,
           "seixanta": 60, "setanta": 70, "vuitanta": 80, "noranta": 90},
    # Hindi's words for one and a half and two and a half ("डेढ़ घंटे", an hour and a
    # half; "ढाई घंटे"), which take no number beside them. (Its ones are left out: "दो"
    # is "give" too.)
    "hi": {"डेढ़": "1.5", "ढाई": "2.5"},
    # Persian's, before a unit ("یک ساعت و نیم", an hour and a half; "دو سال")
    "fa": {"یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8,
           "نه": 9, "ده": 10},
})
# What joins a tens word and the word after it into one number: "forty-eight",
# "dix-sept", "vingt et un", "quatre-vingt-dix", "treinta y cinco", "двадцать пять",
# Catalan "vint-i-cinc", German "achtundvierzig" and Danish "femogtyve" (the ones first,
# ONES_FIRST). The compounds are read from NUMBER_WORDS by `number_from_words`, not listed.
NUMBER_WORD_JOINS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("-",), "fr": ("-et-", "-", " et "), "es": (" y ",), "ru": (" ",), "de": ("und",),
    "da": ("og",), "ca": ("-i-", "-"),  # "vint-i-cinc", "trenta-dos"
})
ONES_FIRST = frozenset({"de", "da"})
# Tens written as the first part of one word with the ones ("veinticinco", "dieciséis").
TENS_PREFIXES: Mapping[str, Mapping[str, int]] = MappingProxyType({
    "es": {"veinti": 20, "dieci": 10},
})
# Number words that mean one: "a year", "un año" is too often a rate or an idiom to be a
# duration; only "an hour" is taken, and the units after which a language's "one" is
# a length of time ("d'un an", "un mois", "dentro de un año"; not "un jour", "une année"),
# and one and a half of any ("a year and a half", "ett och ett halvt år", "et og et halvt
# år").
ONE_WORDS = frozenset({"a", "an", "un", "una", "une", "ein", "eine", "einer", "einen", "一",
                       "o", "en", "ett", "et"})

# ----------------------------------------------------------------- numbers validate reads

# The cardinals NUMBER_WORDS leaves out (there, they would make durations of phrases
# normalize keeps as text), each a hundred or below a thousand; the scale words above
# are CLDR's (`_cldr_scales`), besides the plurals it leaves out.
MORE_CARDINALS: Mapping[str, Mapping[str, int]] = MappingProxyType({
    "en": {"hundred": 100},
    "fr": {"cent": 100, "cents": 100, "septante": 70, "nonante": 90},
    "de": {"eins": 1, "hundert": 100, "einhundert": 100},
    "es": {"uno": 1, "dieciséis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19,
           "cien": 100, "ciento": 100, "doscientos": 200, "trescientos": 300,
           "cuatrocientos": 400, "quinientos": 500, "seiscientos": 600, "setecientos": 700,
           "ochocientos": 800, "novecientos": 900},
    # Gender and case forms of one and two; the teens are two words ("أربعة عشر").
    "ar": {"واحد": 1, "واحدة": 1, "أحد": 1, "إحدى": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2,
           "اثنتين": 2, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2, "ثمان": 8,
           "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40,
           "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
           "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90, "مائة": 100, "مئة": 100,
           "مليارات": 10**9},
    "ru": {"один": 1, "одна": 1, "одно": 1, "одного": 1, "одной": 1, "одну": 1, "сто": 100,
           "ста": 100, "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500,
           "шестьсот": 600, "семьсот": 700, "восемьсот": 800, "девятьсот": 900,
           "тысячу": 1000},
})
# Ordinals, as the stems ORDINAL_ENDINGS follow: the first to the twentieth, the tens.
ORDINALS: Mapping[str, Mapping[str, int]] = MappingProxyType({
    "en": {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
           "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
           "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
           "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
           "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
           "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
           "hundredth": 100},
    # "unième" ends "vingt et unième"; "dix-septième" is "dix" and "septième".
    "fr": {"premier": 1, "première": 1, "unième": 1, "second": 2, "seconde": 2,
           "deuxième": 2, "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6,
           "septième": 7, "huitième": 8, "neuvième": 9, "dixième": 10, "onzième": 11,
           "douzième": 12, "treizième": 13, "quatorzième": 14, "quinzième": 15,
           "seizième": 16, "vingtième": 20, "trentième": 30, "quarantième": 40,
           "cinquantième": 50, "soixantième": 60, "quatre-vingtième": 80, "centième": 100},
    "de": {"erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6,
           "siebt": 7, "acht": 8, "neunt": 9, "zehnt": 10, "elft": 11, "zwölft": 12,
           "dreizehnt": 13, "vierzehnt": 14, "fünfzehnt": 15, "sechzehnt": 16,
           "siebzehnt": 17, "achtzehnt": 18, "neunzehnt": 19, "zwanzigst": 20,
           "dreißigst": 30, "vierzigst": 40, "fünfzigst": 50, "sechzigst": 60,
           "siebzigst": 70, "achtzigst": 80, "neunzigst": 90, "hundertst": 100},
    "es": {"primer": 1, "segund": 2, "tercer": 3, "cuart": 4, "quint": 5, "sext": 6,
           "séptim": 7, "octav": 8, "noven": 9, "décim": 10, "undécim": 11, "duodécim": 12,
           "vigésim": 20, "trigésim": 30, "cuadragésim": 40, "quincuagésim": 50,
           "sexagésim": 60, "septuagésim": 70, "octogésim": 80, "nonagésim": 90,
           "centésim": 100},
    # Either gender; "الحادي عشر" is the eleventh.
    "ar": {"أول": 1, "أولى": 1, "حادي": 1, "حادية": 1, "ثاني": 2, "ثانية": 2, "ثالث": 3,
           "ثالثة": 3, "رابع": 4, "رابعة": 4, "خامس": 5, "خامسة": 5, "سادس": 6, "سادسة": 6,
           "سابع": 7, "سابعة": 7, "ثامن": 8, "ثامنة": 8, "تاسع": 9, "تاسعة": 9, "عاشر": 10,
           "عاشرة": 10},
    "ru": {"перв": 1, "втор": 2, "трет": 3, "четвёрт": 4, "пят": 5, "шест": 6, "седьм": 7,
           "восьм": 8, "девят": 9, "десят": 10, "одиннадцат": 11, "двенадцат": 12,
           "тринадцат": 13, "четырнадцат": 14, "пятнадцат": 15, "шестнадцат": 16,
           "семнадцат": 17, "восемнадцат": 18, "девятнадцат": 19, "двадцат": 20,
           "тридцат": 30, "сороков": 40, "пятидесят": 50, "шестидесят": 60,
           "семидесят": 70, "восьмидесят": 80, "девяност": 90, "сот": 100},
})
ORDINAL_ENDINGS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("",), "fr": ("", "s"), "ar": ("",),
    "de": ("e", "en", "er", "es", "em"),
    "es": ("", "o", "a", "os", "as"),
    "ru": ("ый", "ой", "ий", "ая", "ья", "ое", "ье", "ые", "ьи", "ого", "ьего", "ому",
           "ьему", "ом", "ьем", "ей", "ьей", "ую", "ью", "ых", "ьих", "ым", "ьим", "ыми",
           "ьими"),
})
# The words a number is written with run on across ("vingt et un", "treinta y cinco",
# "one hundred and five"), after a tens or a hundred only; a hyphen joins in any language
# ("forty-eight", "dix-sept").
NUMBER_JOINS: Mapping[str, frozenset[str]] = MappingProxyType({
    "en": frozenset({"and"}), "fr": frozenset({"et"}), "es": frozenset({"y"}),
    "de": frozenset({"und"}),
})
# Arabic writes "and", "the" and the prepositions onto the word ("والعشرون", "الرابعة").
WORD_PREFIXES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "ar": ("", "ال", "و", "وال", "ف", "فال", "ب", "بال", "ك", "كال", "ل", "لل"),
})


def fold(text: str) -> str:
    """Text as number words are looked up: casefolded, without accents, hamzas or
    breves ("Quatorzième", "أربعة", "первый" as "quatorzieme", "اربعة", "первыи")."""
    return "".join(ch for ch in unicodedata.normalize("NFD", text.casefold())
                   if not unicodedata.combining(ch))


@cache
def written_numbers(lang: str) -> Mapping[str, int]:
    """Every word a language writes a whole number with, folded, and its value: the
    cardinals and ordinals, German compounds ("einundzwanzigste", "zweihundert"), the
    Spanish ones in one word ("veinticinco", "decimocuarto"), CLDR's scale words. Empty
    for a language without a table (Japanese and Chinese numerals are Han numerals)."""
    if lang not in ORDINALS:
        return MappingProxyType({})
    words: dict[str, int] = {w: v for w, v in NUMBER_WORDS.get(lang, {}).items()
                             if isinstance(v, int)}
    words.update(MORE_CARDINALS.get(lang, {}))
    ordinals = dict(ORDINALS[lang])
    if lang == "de":
        ones = ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")
        tens = {w: v for w, v in NUMBER_WORDS["de"].items() if isinstance(v, int) and v >= 20}
        for one, tens_word in ((o, t) for o in ones for t in tens):
            value = ones.index(one) + 1 + tens[tens_word]
            words[f"{one}und{tens_word}"] = value
            ordinals[f"{one}und{tens_word}st"] = value
        for at, one in enumerate(ones[1:], start=2):
            words[f"{one}hundert"] = at * 100
    if lang == "es":
        units = {w: v for w, v in words.items() if isinstance(v, int) and v < 10}
        for prefix, tens_value in TENS_PREFIXES["es"].items():
            words.update({prefix + w: tens_value + v for w, v in units.items()})
        words["veintiún"] = 21
        ordinals.update({"decimo" + fold(w): 10 + v for w, v in ORDINALS["es"].items()
                         if v < 10})
    endings = ORDINAL_ENDINGS.get(lang, ("",))
    words.update({stem + ending: v for stem, v in ordinals.items() for ending in endings})
    words.update(_cldr_scales(lang))
    prefixes = WORD_PREFIXES.get(lang, ("",))
    return MappingProxyType({fold(prefix + w): v for w, v in words.items()
                             for prefix in prefixes})


def _cldr_scales(lang: str) -> dict[str, int]:
    """CLDR's long compact scale words of one word ("million", "Millionen", "ألف"), and
    their values; "mil millones" is two words, each read on its own."""
    try:
        locale = Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        return {}
    found: dict[str, int] = {}
    for magnitudes in locale.compact_decimal_formats.get("long", {}).values():
        for magnitude, pattern in magnitudes.items():
            power = len(magnitude) - pattern.pattern.count("0")
            word = pattern.pattern.replace("0", "").replace("'", "").strip(" \u00a0\u202f")
            if power >= 3 and word.isalpha():
                found.setdefault(word, 10 ** power)
    return found

"""The names and markers of a source locale, from CLDR through Babel, gathered once.

Recognising "24 décembre 2022", "à 14 h 40" or "24 декабря 2022 года" needs the locale's
month and day names (format and stand-alone forms), its day-period markers and the
literal between hours and minutes in its time patterns, its duration unit names in every
plural form, its compact-number words, currency symbols and names, and its decimal and
grouping symbols. All of that is read from CLDR with Babel, for the language and a few of
its regional variants (en-CA writes "p.m.", fr-CA writes "14 h 40").

CLDR does not hold everything prose uses; the few tables below (ordinal suffixes, "of
this year", colloquial currency words, prepositions that make a bare month name a date)
are named as such and kept small. `names(lang)` is cached: a process pays for a
locale once, never per file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from babel import Locale, UnknownLocaleError
from babel.numbers import list_currencies

from toolkit.number_words import NUMBER_WORD_JOINS as NUMBER_WORD_JOINS
from toolkit.number_words import NUMBER_WORDS as NUMBER_WORDS
from toolkit.number_words import ONE_WORDS as ONE_WORDS
from toolkit.number_words import ONES_FIRST as ONES_FIRST
from toolkit.number_words import TENS_PREFIXES as TENS_PREFIXES

# The apostrophes that group thousands, as typed (') and as typeset (’).
APOSTROPHES = ("'", "\u2019")

# Regional variants whose CLDR data adds spellings the base language is written with.
VARIANTS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("en_CA", "en_GB", "en_AU", "en_IE", "en_IN"),
    "fr": ("fr_CA", "fr_CH", "fr_BE"),
    "de": ("de_AT", "de_CH"),
    "it": ("it_CH",),
    "es": ("es_MX", "es_US"),
    "pt": ("pt_PT",),
    "nl": ("nl_BE",),  # "24/12/2022": Flanders' numeric date, nl's is "24-12-2022"
})

# Languages whose prose groups thousands by a space beside CLDR's own mark, as a regional
# variant's data would say (`_space_group`) where CLDR has none that does: Romanian's norm
# writes "1 200" as often as CLDR's "1.200", which was the numbers 1 and 200.
SPACE_GROUPS = frozenset({"ro"})

# Other scripts of a language, whose numbers, units, currencies and clock words are read
# beside the base's: Taiwan's and Hong Kong's Chinese write "3億5,000萬元", "新台幣",
# "下午2時30分", "2小時", which zh's (simplified) CLDR data spells "亿", "万", "时", "小时";
# "5,000萬元" was read as the number 5,000 and the time as two bare numbers.
SCRIPT_VARIANTS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "zh": ("zh_Hant",),
})

# Regional variants that name the months otherwise: the Levant and Iraq write the Syriac
# month names ("كانون الثاني", January; "تشرين الأول", October), CLDR's ar_SY (the same
# in ar_LB, ar_IQ, ar_JO); the Gulf and Egypt the transliterated ones of "ar".
MONTH_VARIANTS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "ar": ("ar_SY",),
})

# Not in CLDR (ordinals are RBNF rules Babel does not expose): suffixes of ordinal numerals.
ORDINAL_SUFFIXES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("st", "nd", "rd", "th"),
    "fr": ("er", "re", "ère", "e", "ème", "eme", "ᵉ", "ᵉʳ"),
    "ru": ("-й", "-я", "-е", "-го", "-му", "-м", "-х", "-ю", "-ой", "-ий"),
    # "1.ª fase", "2.º premio": the RAE writes the full stop; "30ª" is common too
    "es": (".º", ".ª", "º", "ª"),
    "nl": ("ste", "de", "e"),
    # "2.º semestre" (pt-PT), "2º", "30° anniversario", "12ª edizione"
    "pt": (".º", ".ª", "º", "ª"), "it": ("°", "º", "ª"),
    # "3-й етап", "25-го грудня", "3-ї сесії": as Russian, with Ukrainian's own endings
    "uk": ("-й", "-а", "-я", "-е", "-є", "-го", "-му", "-м", "-х", "-ї", "-ю", "-ий", "-ій",
           "-ої", "-ого", "-ому"),
    # "3'üncü", "2’nci": the apostrophe and the ending vowel harmony gives the number
    "tr": tuple(f"{mark}{ending}" for mark in ("'", "’")
                for ending in ("inci", "ıncı", "uncu", "üncü", "nci", "ncı", "ncu", "ncü")),
    # "3ος γύρος", "3η συνάντηση", "3ο συνέδριο", "της 25ης": the article's ending, in
    # its genders and cases
    "el": ("ος", "ου", "ο", "ον", "οι", "ους", "ων", "η", "ης", "ην", "ες"),
    # "a 3-a ediție", "al 25-lea congres": the feminine's and the masculine's endings, the
    # article before them text as "le" of "le 3e" is
    "ro": ("-a", "-lea"),
    # "för 3:e gången", "1:a pris", "den 25:e": a colon and the ending ("a" after one and
    # two, "e" after the rest), as Språkrådet writes them
    "sv": (":a", ":e"),
    # "la 3a edició", "el 25è aniversari", "1r", "2n", "3r", "4t": Catalan writes the
    # ordinal's last letters against the digits (the IEC's abbreviations), the plurals'
    # too ("els 1rs", "les 2es")
    "ca": ("r", "n", "t", "è", "a", "rs", "ns", "ts", "es"),
})

# Ordinal prefixes and the counters written after the number ("第30回": the 30th session).
# A counter of a numbered part of a text ("第3条", Article 3) makes the number an
# identifier, as "Article 3" is in English.
ORDINAL_PREFIXES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "ja": ("第",), "zh": ("第",), "ko": ("제",),
    # "Pertemuan ke-3", "yang ke-25", a title's "Pertemuan Ke-3": a word of its own, no
    # counter after it
    "id": ("ke-", "Ke-"),
})
ORDINAL_COUNTERS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "ja": ("回目", "回", "次", "期", "代", "世", "位"),
    "zh": ("次", "届", "期", "位", "个", "轮"),
    "ko": ("회", "차", "기", "대", "위"),
})
# Han numerals an ordinal is written with as often as digits ("第六轮", "第三回"), up to 99.
HAN_DIGITS: Mapping[str, int] = MappingProxyType({
    "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9})
IDENTIFIER_COUNTERS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "ja": ("条", "号", "項", "章", "節", "款"),
    "zh": ("条", "号", "项", "章", "节", "款"),
    "ko": ("조", "호", "항", "장", "절"),
})

# Languages that write an ordinal as the number and a full stop ("die 30. Sitzung"); the
# number is an ordinal only before a word that does not open a sentence.
ORDINAL_DOT: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "de": ("Die", "Der", "Das", "Dies", "Diese", "Dieser", "Dieses", "Damit", "Dabei",
           "Dazu", "Daher", "Danach", "Darüber", "Es", "Er", "Sie", "Wir", "Ich", "Ihr",
           "Im", "In", "Am", "An", "Auf", "Aus", "Auch", "Außerdem", "Zudem", "Nach", "Bei",
           "Mit", "Seit", "Bis", "Für", "Ein", "Eine", "Einen", "Zum", "Zur", "So", "Von",
           "Vom", "Insgesamt", "Weitere", "Wie", "Nun", "Heute", "Und", "Aber", "Doch"),
})

# Languages whose nouns are lower case and that write an ordinal as the number and a full
# stop ("25. gün", the 25th day; Finnish "3. kerran", "25. kokous"; Polish "3. edycja",
# "100. rocznica"; Czech and Slovak "3. ročník"; Norwegian "3. gang", "25. jubileum";
# Danish "for 3. gang", "den 25. jubilæum"; Hungarian "3. alkalommal", "25. évforduló"):
# an ordinal before a lower-case word, where a capital opens the sentence after a number
# that ended one.
ORDINAL_DOT_LOWER = frozenset({"tr", "fi", "pl", "cs", "sk", "nb", "nn", "da", "hu"})

# A year right after a capitalised word inside a sentence is part of a name ("the ASEAN
# Community Vision 2045", "Agenda 2030", "Tokyo 2020", "Expo 2025"), not a date to write
# in each locale's way ("ビジョン2045年"), where a language capitalises only names. Not in
# German (all its nouns are capitalised: "im Jahr 2025", "Ende 2025"); and not after the
# capitalised words of a title-case English headline that date a year ("Growth
# Expected In 2025", "Summer 2025").
YEAR_NAMES_UNREAD = frozenset({"de", "lb"})
YEAR_DATED_BY: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("In", "By", "Since", "Until", "Till", "From", "During", "Before", "After",
           "For", "Of", "To", "Through", "Throughout", "Towards", "Toward", "Around",
           "Between", "And", "Or", "Within", "Over", "Across", "Beyond", "Past", "Circa",
           "Spring", "Summer", "Autumn", "Fall", "Winter", "Early", "Late", "Mid", "End",
           "Year", "Years", "Fiscal", "Calendar", "Academic"),
})

# Suffix of a day of the month written as an ordinal ("December 24th", "1er décembre").
DAY_SUFFIXES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("st", "nd", "rd", "th"),
    "fr": ("er",),
    # "до 25-го грудня": the day as an ordinal in the genitive, before the month's
    "ru": ("-го",), "uk": ("-го",),
    "pt": ("º", "°"), "it": ("°", "º"),  # "1º de julho", "1° aprile": the first, an ordinal
    "el": ("η", "ης"),  # "η 25η Μαρτίου", "της 25ης Μαρτίου": the day is feminine
    "sv": (":a", ":e"),  # "den 25:e december", "1:a maj"
})

# Spelled-out year words after a year; CLDR only has the abbreviation ("г."). Every
# singular case is listed: "в 2026 году" (prepositional) and "с 2023 годом" are the same
# year written the same way as "2030 года", so the span covers the word in each case, as
# it covers "г." and zh/ja "年" (a year with its word, not the bare digits).
YEAR_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "ru": ("года", "год", "году", "годом", "годе"),
    # Polish writes "r." (rok) after a year in dates and prose ("18 marca 2024 r.", "w 2024
    # r."), or the word in the genitive or locative ("w 2023 roku").
    "pl": ("r.", "roku"),
    # Ukrainian, as Russian: "24 грудня 2022 року", "у 2025 році" (CLDR has only "р.").
    "uk": ("року", "рік", "році", "роком"),
    # Arabic marks a Gregorian year "م" (ميلادي) as it marks a Hijri one "هـ": "2025م".
    "ar": ("م",),
})

# Words after a range of years, in the plural ("2024–2025 гг.", "в 2024–2025 годах"): part
# of the one date the range is, not a word of the sentence left for the translator.
YEAR_RANGE_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "ru": ("гг.", "гг", "годы", "годов", "годах", "годам", "годами"),
    "uk": ("рр.", "рр", "роки", "років", "роках", "рокам", "роками"),
})

# Case endings a hyphen joins to a year ("2023-ban", in 2023; "2022–2023-ban", "2024-től",
# "2023-as"): the year's and the range's, the ending text the translator words.
HYPHENED_ENDINGS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "hu": ("ban", "ben", "ba", "be", "ból", "ből", "ig", "tól", "től", "ra", "re", "ról",
           "ről", "hoz", "hez", "höz", "nál", "nél", "as", "es", "os", "ös", "at", "et",
           "ot", "öt", "t", "val", "vel", "ért", "i"),
})
# ... and those joined to the word itself, a currency's or the percentage's after an amount
# ("1,5 milliárd forintot", "15 százalékkal", "eurót", "15 százalékos"), inside its span
# as a declined word is (Finnish "prosenttia"). The instrumental doubles the word's last
# consonant ("forinttal", "százalékkal", "dollárral").
WORD_ENDINGS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "hu": ("ot", "et", "öt", "t", "at", "val", "vel", "tal", "tel", "kal", "kel", "ral",
           "rel", "ra", "re", "ról", "ről", "ban", "ben", "ba", "be", "ból", "ből", "ig",
           "ért", "nál", "nél", "hoz", "hez", "tól", "től", "nak", "nek", "on", "en", "ön",
           "os", "es", "ös", "nyi", "a", "e", "át", "ét", "ának", "ában", "ára", "ával"),
})

# Words after a month name that say which year it is, relative to the release's year.
RELATIVE_YEARS: Mapping[str, Mapping[str, int]] = MappingProxyType({
    "en": {"of this year": 0, "this year": 0, "of next year": 1, "next year": 1,
           "of last year": -1, "last year": -1},
    "fr": {"de cette année": 0, "de l'année prochaine": 1, "de l’année prochaine": 1,
           "de l'année dernière": -1, "de l’année dernière": -1},
    "ru": {"этого года": 0, "текущего года": 0, "сего года": 0, "следующего года": 1,
           "будущего года": 1, "прошлого года": -1},
    "de": {"dieses Jahres": 0, "nächsten Jahres": 1, "kommenden Jahres": 1,
           "des nächsten Jahres": 1, "des kommenden Jahres": 1, "vergangenen Jahres": -1,
           "letzten Jahres": -1, "des vergangenen Jahres": -1},
    "es": {"de este año": 0, "del próximo año": 1, "del año próximo": 1,
           "del año que viene": 1, "del año pasado": -1},
    "pt": {"deste ano": 0, "do próximo ano": 1, "do ano que vem": 1, "do ano passado": -1},
    "it": {"di quest'anno": 0, "di quest’anno": 0, "del prossimo anno": 1,
           "dell'anno prossimo": 1, "dell’anno prossimo": 1, "dello scorso anno": -1},
    # "tháng 1 năm sau" (January next year): its month's number had been a year's count,
    # the duration "1 năm"
    "vi": {"năm nay": 0, "năm sau": 1, "năm tới": 1, "năm ngoái": -1, "năm trước": -1},
})

# Words around a month name that mean its next occurrence after the release's month
# ("next January", "im kommenden Januar", "el próximo mes de enero", "en enero próximo"):
# the release's year if the month is still to come, else the year after. "of next year"
# (RELATIVE_YEARS) is the year after whatever the month.
NEXT_MONTH_BEFORE: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("next", "this coming"),
    "de": ("im nächsten", "im kommenden", "nächsten", "kommenden"),
    "es": ("el próximo mes de", "el próximo", "próximo mes de", "próximo"),
    "ko": ("오는",),
})
NEXT_MONTH_AFTER: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "es": ("próximo", "que viene"),
    "ar": ("المقبل", "القادم"),
})

# Words before a month that say which year it is ("来年3月", March next year).
# ("오는 6월", this coming June, is the next June: NEXT_MONTH_BEFORE.)
RELATIVE_YEARS_BEFORE: Mapping[str, Mapping[str, int]] = MappingProxyType({
    "ja": {"本年": 0, "今年": 0, "同年": 0, "来年": 1, "翌年": 1, "昨年": -1, "去年": -1},
    "zh": {"今年": 0, "本年": 0, "明年": 1, "去年": -1},
})

# Japanese eras (gengō) of the modern calendar and the Gregorian date each began:
# ministries date their releases "令和4年12月24日". CLDR's Japanese calendar is not in
# Babel's data, and only these five eras are written in today's releases.
JAPANESE_ERAS: Mapping[str, tuple[int, int, int]] = MappingProxyType({
    "令和": (2019, 5, 1), "平成": (1989, 1, 8), "昭和": (1926, 12, 25),
    "大正": (1912, 7, 30), "明治": (1868, 1, 25),
})
FIRST_YEAR = "元"  # "令和元年": the era's first year

# Languages whose offices date in the Buddhist era (Thai: "24 ธันวาคม 2565", "24 ธ.ค. 65",
# "24 ธันวาคม พ.ศ. 2565"), and the era's marks. CLDR's Buddhist calendar is not in
# Babel's data; its year is the Gregorian year and 543 (BUDDHIST_ERA_OFFSET).
BUDDHIST_ERA: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "th": ("พ.ศ.", "พ.ศ"),
})
BUDDHIST_ERA_OFFSET = 543
# ... the words before a year alone that make it one ("ปี 2566", the year 2566), and those
# that make it a fiscal year, which stays text as "年度" does ("ปีงบประมาณ 2566" runs from
# October 2022): such a year was the number 2,566 in every locale
BUDDHIST_YEAR_BEFORE: Mapping[str, tuple[str, ...]] = MappingProxyType({"th": ("ปี",)})
BUDDHIST_FISCAL_YEAR: Mapping[str, tuple[str, ...]] = MappingProxyType({"th": ("ปีงบประมาณ",)})

# Languages whose offices date in the Solar Hijri calendar (Persian: "۳ دی ۱۴۰۱",
# "۳ دی‌ماه ۱۴۰۱", "۱۴۰۱/۱۰/۰۳"), and its months' names from Farvardin, as CLDR's persian
# calendar writes them (not in Babel's data); "امرداد" is Mordad's older official name.
# The rules read them with Arabic's yeh and kaf too ("دي", as older sites type them).
SOLAR_HIJRI_MONTHS: Mapping[str, Mapping[str, int]] = MappingProxyType({
    "fa": MappingProxyType({
        "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5,
        "شهریور": 6, "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12}),
})
# ... the word a month may be written with ("دی‌ماه", "دی ماه": the month Dey), and the
# calendar's marks after the year ("۱۴۰۱ ه‍.ش", "هجری شمسی": of the solar Hijra)
SOLAR_HIJRI_MONTH_WORD: Mapping[str, str] = MappingProxyType({"fa": "ماه"})
# ... and the word before a year alone ("سال ۱۴۰۲", the year 1402), which runs over two
# Gregorian years (from Nowruz in March): text, as a month and year alone are, no number
SOLAR_HIJRI_YEAR_WORD: Mapping[str, str] = MappingProxyType({"fa": "سال"})
SOLAR_HIJRI_MARKS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "fa": ("هجری شمسی", "هجری‌شمسی", "ه.ش.", "ه.ش", "ه‍.ش", "هـ.ش"),
})

# Languages whose offices date in the Ethiopian calendar (Amharic: "ታኅሣሥ 15 ቀን 2015
# ዓ.ም"), and its thirteen months' names from Meskerem, as CLDR's ethiopic calendar writes
# them (not in Babel's data), with the spellings offices type beside them: Ethiopic writes
# one sound with more than one letter (ኅ ሕ ህ, ሣ ሳ, ሥ ስ, ሐ ሀ), and "ታህሳስ", "ህዳር",
# "ሀምሌ", "ነሀሴ" are as common as CLDR's.
ETHIOPIAN_MONTHS: Mapping[str, Mapping[str, int]] = MappingProxyType({
    "am": MappingProxyType({
        "መስከረም": 1, "ጥቅምት": 2, "ኅዳር": 3, "ህዳር": 3, "ሕዳር": 3,
        "ታኅሣሥ": 4, "ታህሳስ": 4, "ታኅሳስ": 4, "ታሕሳስ": 4, "ታሕሣሥ": 4, "ታህሣሥ": 4,
        "ጥር": 5, "የካቲት": 6, "መጋቢት": 7, "ሚያዝያ": 8, "ሚያዚያ": 8, "ግንቦት": 9, "ሰኔ": 10,
        "ሐምሌ": 11, "ሀምሌ": 11, "ነሐሴ": 12, "ነሀሴ": 12, "ጳጉሜን": 13, "ጳጉሜ": 13}),
})
# ... the word for the day written after its number ("15 ቀን", the 15th day), and the
# era's mark after the year ("ዓ.ም", of the Year of Mercy, typed "ዓ/ም" and "ዓም" too)
ETHIOPIAN_DAY_WORD: Mapping[str, str] = MappingProxyType({"am": "ቀን"})
ETHIOPIAN_MARKS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "am": ("ዓመተ ምሕረት", "ዓ.ም.", "ዓ.ም", "ዓ. ም.", "ዓ. ም", "ዓ/ም", "ዓም"),
})
# The parts of the day an Ethiopian hour is told in ("ከጠዋቱ 4 ሰዓት", the fourth hour of
# the morning, 10:00: the hours count from 6 a.m. and 6 p.m.), each with the 24-hour
# clock's hours it covers, first and last (the night's running over midnight), written
# bare and with the article ("ጠዋቱ", the morning); "ከ" (of) or "በ" (in) may be written
# against it. Then the hour word ("ሰዓት"), the half hour ("ተኩል") and minutes ("ደቂቃ").
ETHIOPIAN_DAY_PARTS: Mapping[str, Mapping[str, tuple[int, int]]] = MappingProxyType({
    "am": MappingProxyType({
        "ጠዋት": (5, 12), "ጠዋቱ": (5, 12), "ጥዋት": (5, 12), "ጥዋቱ": (5, 12),
        "ረፋድ": (9, 12), "ረፋዱ": (9, 12), "ቀን": (7, 18), "ቀኑ": (7, 18),
        "ሰዓት በኋላ": (12, 18), "ምሽት": (18, 0), "ምሽቱ": (18, 0),
        "ማታ": (19, 6), "ማታው": (19, 6), "ሌሊት": (19, 6), "ሌሊቱ": (19, 6), "ለሊቱ": (19, 6)}),
})
ETHIOPIAN_HOUR_WORDS: Mapping[str, tuple[str, str, str]] = MappingProxyType({
    "am": ("ሰዓት", "ተኩል", "ደቂቃ"),
})

# Words after a year that make it a fiscal or school year, not a calendar year ("年度").
NOT_CALENDAR_YEAR: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "ja": ("年度",), "zh": ("年度",),
})

# Words before a bare month name that make it a date in the release's year ("in October").
MONTH_PREPOSITIONS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("in", "since", "until", "till", "by", "from", "during", "through", "early",
           "late", "mid-", "end of", "beginning of", "month of"),
    "fr": ("en", "depuis", "jusqu'en", "jusqu’en", "début", "fin", "mi-", "courant",
           "mois de"),
    "ru": ("в", "с", "до", "к", "начале", "конце", "середине"),
    "de": ("im", "seit", "bis", "ab", "Anfang", "Ende", "Mitte", "Monat"),
    "es": ("en", "desde", "hasta", "para", "a principios de", "a finales de",
           "a mediados de", "mes de"),
    "pt": ("em", "desde", "até", "para", "a partir de", "no início de", "no final de",
           "em meados de", "mês de"),
    "it": ("a", "in", "da", "entro", "fino a", "a partire da", "inizio", "fine", "metà",
           "mese di", "entro fine"),
    "ar": ("في", "وفي", "منذ", "حتى", "خلال", "مطلع", "أوائل", "أواخر", "منتصف", "نهاية", "شهر"),
})

# Currency words prose uses that are not CLDR display names ("yen", "долларов").
CURRENCY_WORDS: Mapping[str, Mapping[str, str]] = MappingProxyType({
    "en": {"yen": "JPY", "dollars": "USD", "dollar": "USD", "u.s. dollars": "USD",
           "euros": "EUR", "euro": "EUR", "pounds": "GBP", "pounds sterling": "GBP",
           "yuan": "CNY", "renminbi": "CNY", "won": "KRW", "rupees": "INR",
           "rubles": "RUB", "roubles": "RUB", "som": "KGS", "tenge": "KZT"},
    "fr": {"dollars": "USD", "dollars américains": "USD", "euros": "EUR", "euro": "EUR",
           "yens": "JPY", "yen": "JPY", "roubles": "RUB", "livres sterling": "GBP",
           "yuans": "CNY"},
    "ru": {"долларов": "USD", "доллара": "USD", "доллар": "USD", "долл.": "USD",
           "евро": "EUR", "иен": "JPY", "иены": "JPY", "иена": "JPY", "йен": "JPY",
           "рублей": "RUB", "рубля": "RUB", "рубль": "RUB", "руб.": "RUB",
           "юаней": "CNY", "юаня": "CNY"},
    "de": {"Dollar": "USD", "Yen": "JPY", "Euro": "EUR"},
    "es": {"dólares": "USD", "yenes": "JPY", "euros": "EUR", "euro": "EUR"},
    "pt": {"euros": "EUR", "euro": "EUR", "reais": "BRL", "real": "BRL", "dólares": "USD"},
    "it": {"euro": "EUR", "dollari": "USD"},
    "ja": {"円": "JPY", "ドル": "USD", "人民元": "CNY", "元": "CNY", "ウォン": "KRW"},
    # "2亿元人民币": the amount's yuan and the currency's name, one money.
    # "1,2 mld zł": CLDR's PLN symbol is letters ("zł"), which symbols are read without.
    "pl": {"zł": "PLN", "złotych": "PLN", "złote": "PLN", "złoty": "PLN", "złotego": "PLN"},
    # So too the other local currencies whose prose writes an abbreviation or the bare
    # noun, where CLDR names them with the country ("українська гривня", "Türk lirası")
    # or gives a symbol of letters: "1,5 млрд грн", "750 milyon TL", "250 Kč", "kr".
    "uk": {"грн": "UAH", "гривня": "UAH", "гривні": "UAH", "гривень": "UAH"},
    "tr": {"TL": "TRY", "lira": "TRY", "Türk lirası": "TRY"},
    # Israel's shekel by its abbreviation (its gershayim typed as '"' too) and the bare
    # noun ("1.5 מיליארד ש״ח", "250 מיליון שקל"); CLDR says "שקל חדש". The dollar and
    # the euro as prose names them, as Arabic's are ("250 מיליון דולר", "40 דולרים",
    # "5 מיליון יורו"); CLDR says "דולר אמריקאי" and "אירו".
    "he": {"ש״ח": "ILS", 'ש"ח': "ILS", "שקל": "ILS", "שקלים": "ILS", "דולר": "USD",
           "דולרים": "USD", "יורו": "EUR"},
    "cs": {"Kč": "CZK", "korun": "CZK", "koruny": "CZK", "koruna": "CZK"},
    "hu": {"Ft": "HUF", "forint": "HUF"},
    # Romanian writes "de" between 20 and more and the noun ("250 de lei").
    "ro": {"lei": "RON", "de lei": "RON", "leu": "RON"},
    # The krone's abbreviation with its full stop ("1,5 mia. kr. til"), the money's
    # inside a sentence and the sentence's at its end (`_currency_name`).
    "sv": {"kr": "SEK", "kr.": "SEK", "kronor": "SEK", "krona": "SEK"},
    "da": {"kr": "DKK", "kr.": "DKK", "kroner": "DKK", "krone": "DKK"},
    "nb": {"kr": "NOK", "kr.": "NOK", "kroner": "NOK", "krone": "NOK"},
    # ... and Nynorsk (`no` is read as nb: `language`)
    "nn": {"kr": "NOK", "kr.": "NOK", "kroner": "NOK", "krone": "NOK"},
    "zh": {"元": "CNY", "人民币": "CNY", "元人民币": "CNY", "美元": "USD", "日元": "JPY",
           "欧元": "EUR", "新元": "SGD", "港币": "HKD", "澳元": "AUD", "加元": "CAD",
           "卢布": "RUB", "瑞郎": "CHF",
           # Taiwan's and Hong Kong's names, written before "元" ("新臺幣3億元")
           "新臺幣": "TWD", "新台幣": "TWD", "臺幣": "TWD", "台幣": "TWD", "美金": "USD",
           "港幣": "HKD", "人民幣": "CNY", "日圓": "JPY"},
    "ko": {"원": "KRW", "달러": "USD", "엔": "JPY", "위안": "CNY", "유로": "EUR"},
    # CLDR names the currency with its country ("ريال سعودي"); prose names it alone where
    # the country is the release's ("4.2 مليار ريال" in Riyadh, "جنيه" in Cairo).
    "ar": {"ريال": "SAR", "جنيه": "EGP", "دولار": "USD", "درهم": "AED", "يورو": "EUR"},
    # Hindi names the rupee alone ("5 लाख रुपये", "100 रुपए", "रु."), CLDR with its country
    # ("भारतीय रुपए"); the dollar as "डॉलर"
    "hi": {"रुपये": "INR", "रुपए": "INR", "रुपया": "INR", "रु.": "INR", "डॉलर": "USD"},
    # CLDR's "Đồng Việt Nam", "Đô la Mỹ": prose writes "1.500 tỷ đồng", "2 tỷ đô la"
    "vi": {"đồng": "VND", "đô la": "USD", "đô la Mỹ": "USD"},
    # CLDR's "ریال ایران", "دلار آمریکا": Iranian prose names each alone ("۱۵۰۰ میلیارد
    # ریال", "۲٫۵ میلیون دلار"), as Arabic's does. The toman (ten rials) has no ISO code:
    # "۵۰۰ هزار تومان" is the number 500,000 and the word text, no amount of another value.
    "fa": {"ریال": "IRR", "دلار": "USD", "یورو": "EUR"},
    # Swahili names the currency before the amount (WORDS_FIRST), the shilling and the
    # dollar alone where CLDR adds the country ("shilingi za Tanzania"): "Shilingi bilioni
    # 1.5", "dola milioni 2.5". Kenya's and Uganda's shillings are "shilingi" too: reported.
    "sw": {"shilingi": "TZS", "dola": "USD", "dola za marekani": "USD",
           "dola ya marekani": "USD", "yuro": "EUR", "euro": "EUR"},
    # Amharic's birr ("1.5 ቢሊዮን ብር"), which CLDR names with its country ("የኢትዮጵያ ብር")
    # and gives as a symbol of letters, which symbols are read without
    "am": {"ብር": "ETB"},
})
# Currency words that open other words as often: money only after a scale word, as
# WORD_CODES are. Vietnamese writes its compounds as spaced syllables: "1.500 tỷ đồng",
# but "3 đồng chí" (comrades), "5 đồng nghiệp" (colleagues).
SCALED_CURRENCY_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "vi": ("đồng",),
})

# Currency symbols prose writes that the language's CLDR data gives to no currency: ar
# writes the US dollar "US$", Arabic releases "$5" as often.
CURRENCY_SIGNS: Mapping[str, Mapping[str, str]] = MappingProxyType({
    "ar": {"$": "USD"},
    # India's rupee as its prose writes it before the amount ("Rs 1,500 crore", "Rs.
    # 450 lakh"); CLDR has only "₹". Pakistan's, Sri Lanka's and Nepal's are written so
    # too: reported as ambiguous.
    "en": {"Rs": "INR", "Rs.": "INR"},
    # Switzerland's franc as its prose writes it before the amount ("Fr. 1.5 Milliarden",
    # "Fr. 250.–", fr and it "fr. 250"); CLDR has only "CHF".
    "de": {"Fr.": "CHF"},
    "fr": {"Fr.": "CHF", "fr.": "CHF"},
    "it": {"Fr.": "CHF", "fr.": "CHF"},
    # Norway's krone before the amount, as its prices and grants are written ("kr 250 000",
    # "kr. 1,5 milliarder"), beside the noun after it
    "nb": {"kr": "NOK", "kr.": "NOK"},
    "nn": {"kr": "NOK", "kr.": "NOK"},
    # Indonesia's rupiah before the amount, spaced or not ("Rp1,5 triliun", "Rp 250
    # miliar", "Rp. 50.000"): CLDR's symbol, but letters, so `_symbols` passes it over
    "id": {"Rp": "IDR", "Rp.": "IDR"},
    # Tanzania's and Kenya's shillings as their prose writes them before the amount ("TSh
    # 1,500,000", "Ksh 500"): CLDR's symbols, but letters
    "sw": {"TSh": "TZS", "Tsh": "TZS", "Ksh": "KES", "KSh": "KES"},
})

# Spellings that name more than one currency in the world: recognised, and reported.
AMBIGUOUS_CURRENCY = frozenset({"$", "¥", "dollars", "dollar", "pounds", "долларов",
                                "доллара", "доллар", "долл.", "dólares", "ドル", "元",
                                "달러", "ريال", "جنيه", "دولار", "درهم", "Rs", "Rs.",
                                "دلار", "dola", "shilingi"})

# ISO 4217 codes that are also words written in capitals ("the TOP 10", "ALL 3 teams",
# "a PEN3 test"): money only with a scale word after the amount ("TRY 2 million"), as
# a code before a bare number is more often the word than the Tongan pa'anga.
WORD_CODES = frozenset({"ALL", "BAM", "BOB", "CUP", "GEL", "MAD", "MOP", "PEN", "SOS",
                        "TOP", "TRY"})

PERCENT_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("percent", "per cent"),
    "fr": ("pour cent",),
    "ru": ("процентов", "процента", "процент"),
    "de": ("Prozent",),
    "es": ("por ciento",),
    "pt": ("por cento",), "it": ("per cento",), "ca": ("per cent",),
    "ja": ("パーセント",),
    "nl": ("procent",),
    "pl": ("proc.", "procent"),
    # Czech and Slovak decline it too ("15 procent", "2 procenta", "o 15 procentech");
    # "procentní body" (points) is none
    "cs": ("procent", "procenta", "procento", "procentům", "procenty", "procentech"),
    "sk": ("percent", "percentá", "percenta", "percento", "percentám", "percentami",
           "percentách"),
    "ar": ("في المئة", "في المائة", "بالمئة", "بالمائة"),
    # Finnish declines the word after the number: "15 prosenttia" (partitive), "15
    # prosentin kasvu", "nousi 15 prosenttiin"; "prosenttiyksikköä" (points) is none.
    "fi": ("prosenttia", "prosentin", "prosenttiin", "prosentti", "prosentilla",
           "prosentista", "prosentiksi", "prosentissa", "prosenttina", "prosentille",
           "prosentilta"),
    # Norwegian "15 prosent", undeclined; "prosentpoeng" (points) is none
    "nb": ("prosent",), "nn": ("prosent",),
    # Swedish "15 procent", undeclined; "procentenheter" (points) is none
    "sv": ("procent",),
    # Danish "15 procent", undeclined, and "15 pct."; "procentpoint" (points) is none
    "da": ("procent", "pct."),
    # Hungarian's, with a case ending (WORD_ENDINGS: "15 százalékkal", "százalékos");
    # "százalékpont" (points) is none
    "hu": ("százalék",),
    # Indonesian "15 persen", undeclined
    "id": ("persen",),
    # Romanian "15 la sută", "15 procente", and from 20 up "25 de procente" (as "250 de
    # lei"); "puncte procentuale" (points) is none
    "ro": ("la sută", "procente", "procent", "de procente"),
    # Hindi "15 प्रतिशत", and "15 फीसदी" (with its nukta or without: "फ़ीसदी")
    "hi": ("प्रतिशत", "फीसदी", "फ़ीसदी"),
    # Persian "۱۵ درصد"
    "fa": ("درصد",),
    # Amharic "15 በመቶ" (in a hundred)
    "am": ("በመቶ",),
})
# Words before a number that make it a percentage, as a sign the locale writes first
# does: Thai's "ร้อยละ 15" (per hundred; "15%" in every locale). It was the number 15.
PERCENT_WORDS_BEFORE: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "th": ("ร้อยละ",),
    # Persian prose writes the sign before the number ("٪۱۵") as often as CLDR's after it
    "fa": ("٪",),
    # Swahili "asilimia 15" (CLDR's sw writes "15%"); a sentence's capital too
    "sw": ("asilimia", "Asilimia"),
})
# Languages that write the word after a number's scale against it, as they write their
# words: Thai's "1,500 ล้านบาท" (1,500 million baht), "2.5 พันล้านบาท", "1.2 ล้านคน".
# The scale is CLDR's ("ล้าน", "พันล้าน"), and the currency's name after it ("บาท"):
# the amount was the number 1,500, the rest text.
SCALE_RUNS_ON = frozenset({"th"})
# Languages that write a length's unit, a scale and a currency before the number, as
# their CLDR unit and compact patterns do ("dakika {0}", "milioni 0"): Swahili's "dakika
# 30" (30 minutes), "Shilingi bilioni 1.5" (1.5 billion shillings), "dola milioni 2.5".
# The number alone had been read, its scale lost from the value. CLDR writes them so for
# Sinhala, Hausa, Ewe, Akan, Oromo, Dzongkha and a few more too, whose prose no test here
# has read: their words stay text until one does.
WORDS_FIRST = frozenset({"sw"})
# The full-width percent sign of East Asian text ("30％"), beside CLDR's sign.
PERCENT_SIGNS = ("%", "％")

# Extra scale words of English prose beside CLDR's ("$3.2bn").
SCALE_WORDS: Mapping[str, Mapping[str, int]] = MappingProxyType({
    "en": {"bn": 9, "mn": 6},
    # "مليارات" is the plural after 3 to 10 ("3 مليارات درهم"), which CLDR's compact
    # forms leave out (they say "3 مليار"); "تريليون" as prose as often spells it as
    # CLDR's "ترليون" does, with its yā'.
    "ar": {"تريليون": 12, "مليارات": 9, "تريليونات": 12, "ترليونات": 12},
    # Japanese and Chinese count thousands inside a myriad: "3万5千" is 35,000, "1億2千万"
    # 120,000,000, "2千万円" 20,000,000 yen. CLDR's compact forms have 万 and 億 only, so
    # "3万5千" was read as 3万 and 5 (30,005) and "2千万円" as a bare 2.
    "ja": {"千": 3, "千万": 7, "千億": 11, "百万": 6},
    "zh": {"千": 3, "千万": 7, "千亿": 11, "百万": 6, "百亿": 10,
           "千萬": 7, "千億": 11, "百萬": 6},
    # Korean likewise, in one word: "5천억 원" is 500,000,000,000 won, "1억 2천만 원"
    # 120,000,000. CLDR's ko has 천 alone, so "5천억 원" was read as 5,000 and the 억 원
    # left as text, and "1조 5천억 원" as 1,000,000,005,000.
    "ko": {"천만": 7, "천억": 11, "백만": 6, "백억": 10},
    "nl": {"mln": 6, "mld": 9},  # CLDR's are "mln.", "mld."; prose drops the dot ("€ 38 mln")
    # ... and Russian prose adds the dot CLDR's "млн", "млрд", "трлн" lack ("2 млн. руб.")
    "ru": {"млн.": 6, "млрд.": 9, "трлн.": 12},
    # Greek prose abbreviates the million "εκατ." (CLDR's is "εκ.") and spells the billion
    # "δις" as often as CLDR's "δισ." ("250 εκατ. ευρώ", "2 δις ευρώ")
    "el": {"εκατ.": 6, "δις": 9},
    # Nynorsk's plurals are CLDR's "millionar", "milliardar", "billionar"; its writers as
    # often use Bokmål's ("500 millioner kroner"), which was the number 500 and text.
    "nn": {"millioner": 6, "milliarder": 9, "billioner": 12},
    # Hindi counts large sums in crores of crores' parts: "2.5 लाख करोड़" (a lakh crore,
    # 10^12, en_IN's "lakh crore") and "15 हजार करोड़" (10^10), which CLDR's hi lacks;
    # its thousand is written without CLDR's nukta ("हजार", CLDR "हज़ार") as often
    "hi": {"लाख करोड़": 12, "हजार करोड़": 10, "हज़ार करोड़": 10, "हजार": 3},
})

# Abbreviations of English prose that CLDR's short unit names lack ("2 hrs", "30 mins").
# Japanese writes a span of time with 間 ("30分間", "3年間"); CLDR's "年" and "日" alone
# are left out, being what dates are written with ("2022年", "24日").
UNIT_WORDS: Mapping[str, Mapping[str, tuple[str, str]]] = MappingProxyType({
    "en": {"hrs": ("H", "short"), "mins": ("TM", "short"), "secs": ("S", "short")},
    "ja": {"分間": ("TM", "long"), "秒間": ("S", "long"), "日間": ("D", "long"),
           "年間": ("Y", "long"), "か月間": ("M", "long"), "ヶ月": ("M", "long"),
           "ヶ月間": ("M", "long"), "カ月": ("M", "long"), "カ月間": ("M", "long"),
           "ヵ月": ("M", "long"), "ヵ月間": ("M", "long")},
    "zh": {"小时": ("H", "long"), "分钟": ("TM", "long"), "个月": ("M", "long")},
    # Korean writes a span with 간 ("5년간", "30분간"), as Japanese with 間.
    "ko": {"년간": ("Y", "long"), "개월간": ("M", "long"), "일간": ("D", "long"),
           "시간": ("H", "long"), "분간": ("TM", "long"), "초간": ("S", "long")},
    # The dative plural of prose ("in den kommenden drei Jahren"), not in CLDR's names.
    "de": {"jahren": ("Y", "long"), "monaten": ("M", "long"), "tagen": ("D", "long")},
    # "dix-sept années": CLDR names the year "an" only.
    "fr": {"années": ("Y", "long")},
    "nl": {"uren": ("H", "long")},  # CLDR's "uur" only; prose counts "9.000 uren" too
    # Hungarian's lengths of time in their cases: "30 percig" (for 30 minutes), "3 órán
    # át" (through 3 hours), "10 napig". Not "óráig", until a time as often ("17 óráig",
    # HOUR_RANGES_AFTER), nor "órakor", at one (HOUR_WORDS).
    "hu": {"percig": ("TM", "long"), "percen át": ("TM", "long"),
           "percen keresztül": ("TM", "long"), "órán át": ("H", "long"),
           "órán keresztül": ("H", "long"), "napig": ("D", "long"),
           "napon át": ("D", "long"), "napon keresztül": ("D", "long"),
           "hónapig": ("M", "long"), "hónapon át": ("M", "long"), "évig": ("Y", "long"),
           "éven át": ("Y", "long"), "éven keresztül": ("Y", "long")},
    # Prose's days: CLDR's Swedish day is "dygn" (a day and night), "tre dagar" was text
    "sv": {"dag": ("D", "long"), "dagar": ("D", "long")},
    # Vietnamese counts hours in "giờ" as often as in CLDR's "tiếng" ("kéo dài 2 giờ"),
    # the clock's word too (CLOCK_HOURS): "2 giờ" had been the time 02:00
    "vi": {"giờ": ("H", "long")},
})
# A measure word between a number and its unit ("3个小时", "1个半小时": an hour and a half).
CLASSIFIERS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "zh": ("个",),
})
NOT_UNITS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "ja": ("年", "日"), "zh": ("年", "天"), "ko": ("년", "일"),
})

# Day periods prose writes that CLDR spells otherwise: Arabic puts the tanween of
# "صباحًا" (in the morning) on the alif as often as before it ("صباحاً"), or leaves it out.
DAY_PERIOD_WORDS: Mapping[str, Mapping[str, tuple[str, ...]]] = MappingProxyType({
    "ar": {"am": ("صباحاً", "صباحا", "صباح"), "pm": ("مساءاً", "مساء", "ظهراً", "ظهرًا", "بعد الظهر")},
    # Korean: dawn and morning, evening; noon and midnight, which CLDR gives only in its
    # abbreviated width ("정오", "자정"), read from the wide one
    "ko": {"am": ("새벽", "아침"), "pm": ("저녁",), "noon": ("정오",), "midnight": ("자정",)},
})

# Languages whose prose names the part of the day before the hour, as CLDR's flexible
# "B h:mm" does (hi "दोपहर 2:40 बजे", in the afternoon): the hours CLDR gives the part
# (`day_period_hours`) settle which half of the day a 12-hour clock's hour is in.
PERIOD_BEFORE_HOUR = frozenset({"hi"})
# ... and after it, as CLDR's vi "h 'giờ' B" does ("2 giờ chiều", 14:00; "8 giờ tối",
# 20:00; "lúc 2h30 chiều"): "2 giờ chiều" had been 02:00 in every locale's page. So does
# Persian, after "ساعت" (HOUR_WORDS_BEFORE): "ساعت ۱۰ صبح" (10:00), "ساعت ۸ شب" (20:00).
PERIOD_AFTER_HOUR = frozenset({"vi", "fa"})
# Parts of the day prose names with hours CLDR gives no span: vi "trưa" is CLDR's noon
# (at 12:00 only), where prose says "12 giờ trưa" and "1 giờ trưa" (13:00), midday.
DAY_PERIOD_SPANS: Mapping[str, Mapping[str, tuple[int, int]]] = MappingProxyType({
    "vi": {"trưa": (11, 14)},
})
# Languages that count the day's hours from sunrise, the hour's word before the hour:
# Swahili's "saa 4 asubuhi" (the fourth hour of the morning) is 10:00, "saa 2 usiku"
# 20:00. The hour is SUNRISE_OFFSET behind a 12-hour clock's; the part of the day after
# it (CLDR's sw day periods, `day_period_hours`) settles the half of the day, and
# without one, or with one the hour cannot be in ("saa 10 asubuhi", 16:00, or a
# western 10 a.m.), the hour stays text. Read as the clock's, "saa 4 asubuhi" had been
# the number 4, which an English page printed as "at 4".
SUNRISE_HOUR_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType({"sw": ("saa",)})
SUNRISE_OFFSET = 6
# ... the hours in words ("saa nne asubuhi"), the minutes after them ("saa nne na nusu",
# 10:30) and a word that may join the part of the day ("saa mbili za usiku", as CLDR's
# midnight "saa sita za usiku")
SUNRISE_HOUR_NAMES: Mapping[str, Mapping[str, int]] = MappingProxyType({
    "sw": MappingProxyType({
        "moja": 1, "mbili": 2, "tatu": 3, "nne": 4, "tano": 5, "sita": 6, "saba": 7,
        "nane": 8, "tisa": 9, "kumi": 10, "kumi na moja": 11, "kumi na mbili": 12}),
})
SUNRISE_MINUTE_WORDS: Mapping[str, Mapping[str, int]] = MappingProxyType({
    "sw": MappingProxyType({"na nusu": 30, "na robo": 15}),
})
SUNRISE_PERIOD_JOINS: Mapping[str, tuple[str, ...]] = MappingProxyType({"sw": ("za",)})


@cache
def day_period_hours(lang: str) -> Mapping[str, tuple[int, int]]:
    """CLDR's flexible day periods of `lang` (morning1, night1, ...), casefolded, to the
    hours each spans, from and before (before < from where it runs over midnight)."""
    loc = Locale.parse(lang)
    rules = loc.day_period_rules.get(None, {})
    found: dict[str, tuple[int, int]] = dict(DAY_PERIOD_SPANS.get(lang, {}))
    for widths in loc.day_periods.values():
        for width in ("abbreviated", "wide"):
            for key, word in widths.get(width, {}).items():
                spans = rules.get(key, ())
                if len(spans) == 1 and "from" in spans[0] and "before" in spans[0]:
                    found.setdefault(word.casefold(), (spans[0]["from"] // 3600,
                                                       spans[0]["before"] // 3600))
    return MappingProxyType(found)


# What says "and a half" after a unit ("1時間半", "una hora y media").
HALF_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("and a half",), "fr": ("et demie", "et demi"), "es": ("y media", "y medio"),
    "ja": ("半",), "zh": ("半",), "ko": ("반",),
    "id": ("setengah",),  # "satu setengah jam", before the unit
    "ro": ("și jumătate", "şi jumătate"),  # "o oră și jumătate", after it
    # "en och en halv timme", "två och en halv timme", "ett och ett halvt år": between
    # the number and the unit, as Indonesian's
    "sv": ("och en halv", "och ett halvt"),
    "da": ("og en halv", "og et halvt"),  # "en og en halv time", "to og et halvt år"
    "ca": ("i mitja", "i mig"),  # "una hora i mitja", "dos anys i mig", after the unit
    "fa": ("و نیم",),  # "یک ساعت و نیم", "۲ ساعت و نیم", after the unit
})
# ... and a half with no number before a unit: "half an hour"; Swedish's spaced ("en halv
# timme", "ett halvt år") or joined to the unit ("en halvtimme", "ett halvår"), which an
# entry without a space after it is. Not "halvtimme" alone: "varje halvtimme" is a rate.
HALF_BEFORE_UNIT: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("half a ", "half an "),
    "sv": ("en halv ", "ett halvt ", "en halv", "ett halv"),
    "da": ("en halv ", "et halvt ", "en halv", "et halv"),  # "en halvtime", "et halvår"
    "ca": ("mitja ", "mig "),  # "mitja hora", "mig any"
})

# Words written after a clock time, as "Uhr" is (CLDR's de "HH 'Uhr'"): "a las 14:40
# horas". "horas" also counts hours, so an hour alone needs a preposition ("a las 10
# horas"); minutes make it a time.
HOUR_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "es": ("horas", "h", "hs"),
    "fr": ("heures", "heure"),
    "zh": ("点",),
    # "21.30 uur"; "uur" also counts hours ("twee uur"): a bare hour is a time only after
    # a time preposition ("om 10 uur").
    "nl": ("uur",),
    "pt": ("horas",),  # "às 10 horas de sábado"; "48 horas" alone counts hours
    # "v 17 hodin", "v 10.00 hod."; "hodin" also counts hours ("trvalo 17 hodin"): a bare
    # hour is a time only after a time preposition
    "cs": ("hodin", "hod."),
    # "10 órakor" (at 10 o'clock): the case of a time, never a count of hours; "14:30-kor"
    # is read by its minutes, the hyphened ending text.
    "hu": ("órakor",),
    # Catalan "a les 14.40 h", "a les 10 hores"; "hores" also counts hours ("dura 2 hores")
    "ca": ("hores", "h"),
    # Thai "เวลา 14.40 น.", "9.30 นาฬิกา": "น." abbreviates nalika (o'clock), which
    # CLDR's "H:mm" does not write; "14.40" was the number 14.4
    "th": ("น.", "นาฬิกา"),
    # Hindi "11 बजे" (o'clock), never a count of hours ("घंटे")
    "hi": ("बजे",),
})
# Words before an hour that make it a time of day even without minutes or a mark: Polish
# "o godz. 9", "od godz. 10 do godz. 16" (the abbreviated "hour"), "o godzinie 9"; and
# both hours of a range after one ("klo 10–17", "godz. 10–16"), two times as "10.00–17.00".
HOUR_WORDS_BEFORE: Mapping[str, tuple[str, ...]] = MappingProxyType({
    # ... "w godzinach 10–16", the plural, and an agenda line's "Godz. 10.00 – otwarcie"
    "pl": ("godz.", "godzinie", "godzinach", "Godz."),
    "it": ("ore",),  # "dalle ore 20 di domenica"
    # "klo 10", "kello 10" (o'clock); a sentence's capital too, look-behinds having one case
    "fi": ("klo", "kello", "Klo", "Kello"),
    # Norwegian "kl. 10", "klokken 10" (nn "klokka")
    "nb": ("kl.", "klokken", "klokka", "Kl.", "Klokken", "Klokka"),
    "nn": ("kl.", "klokka", "Kl.", "Klokka"),
    # Romanian "la ora 10", "ora 14.40" (the hour; its full stop before the minutes is read
    # only after it, where "capitolul 3.12" stays a number), "orele 10–17"
    "ro": ("ora", "orele", "Ora", "Orele"),
    # Swedish "kl. 10", "klockan 10"
    "sv": ("kl.", "klockan", "Kl.", "Klockan"),
    # Danish "kl. 10", "klokken 10"
    "da": ("kl.", "klokken", "Kl.", "Klokken"),
    # Persian "ساعت ۱۰" (at ten o'clock); "۱۰ ساعت", the word after, counts hours
    "fa": ("ساعت",),
})
# ... and the pairs of such a word, in the plural, and a word that joins two hours after
# it as a dash does: "între orele 10.00 și 17.00" (between the hours 10 and 17), "orele 10
# până la 17". Not after the singular: "la ora 10 și 20 de persoane" counts people.
HOUR_WORD_JOINS: Mapping[str, tuple[tuple[str, str], ...]] = MappingProxyType({
    "ro": (("orele", "și"), ("orele", "şi"), ("orele", "până la")),
    # Polish "w godzinach 10 i 16", "godz. 10 i 16", "od godz. 10 do 16": after the plural
    # and the abbreviation, which is the plural's too; not after the singular "godzinie"
    # ("o godzinie 10 i 20 osób")
    "pl": (("godzinach", "i"), ("godzinach", "do"), ("godz.", "i"), ("godz.", "do")),
    # Danish "fra kl. 10 til 17", "klokken 10 til 17": "til" (to) only, after the hour's
    # word; not "og" (and), "kl." being the singular too ("kl. 10 og 20 deltagere"), though
    # "mellem kl. 10 og 17" is a range
    "da": (("kl.", "til"), ("klokken", "til")),
    # Norwegian "fra kl. 10 til 17", "klokken 10 til 17" (nn "klokka"), as Danish: "til"
    # only, "kl. 10 og 20 deltakere" counting people
    "nb": (("kl.", "til"), ("klokken", "til"), ("klokka", "til")),
    "nn": (("kl.", "til"), ("klokka", "til")),
    # ... and Swedish "från kl. 10 till 17", "klockan 10 till 17"
    "sv": (("kl.", "till"), ("klockan", "till")),
})
# Marks between hours and minutes that prose writes and CLDR's time patterns do not:
# Dutch "14.30 uur", Flemish "14u30", Polish "godz. 10.00", Brazil and Portugal "14h30"
# (as French "14 h 40", CLDR fr-CA), Italy "9.30" beside "9:30", Turkey "saat 14.40",
# Norway and Sweden "kl. 14.40". A
# mark that is not a letter is read only between digits ("19.30"), never with spaces
# around it.
HOUR_MARKS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "nl": ("u", "."), "pl": (".",), "pt": ("h",), "it": (".",), "tr": (".",), "ca": (".",),
    # Norwegian "kl. 14.40", the Language Council's norm (CLDR's nb writes "14:40")
    "nb": (".",), "nn": (".",),
    # Swedish "kl. 14.40", Språkrådet's norm (CLDR's sv writes "14:40")
    "sv": (".",),
    "vi": ("h",),  # "14h40", "từ 9h00 đến 11h30" (CLDR's vi writes "14:40")
})
# Words after the minutes that CLDR's time patterns do not write: zh "HH:mm:ss" has no
# "分", but prose writes "下午2时40分" as Japanese writes "午後2時40分".
MINUTE_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "zh": ("分",),
})

# Chinese counts years with "年" alone where the words after it make it a span ("3年内",
# within three years; "10年来", over ten years); "2022年" is a date.
YEAR_SPAN_AFTER: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "zh": ("以来", "以内", "内", "来", "间"),
})
# ... or after a word that says how long ("建交已经50年", fifty years since; "长达10年").
YEAR_SPAN_BEFORE: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "zh": ("已经", "已", "长达", "满", "超过", "逾", "近", "为期", "历时", "用了", "耗时"),
})
# Han numerals a length of time is counted in ("两个小时", "十五分钟", "三年間"), 1 to 99;
# "两" is two before a measure word. Not after what makes them part of a larger number,
# an ordinal (第三年), a time of day (三点十五分) or an estimate (数十年).
HAN_QUANTITY = "[一二三四五六七八九十两]{1,3}"
HAN_QUANTITY_NOT_AFTER = "〇零一二三四五六七八九十两百千万亿第点数几"
# Han numerals with 十 or 两 before 年 count years wherever they stand ("续签二十年",
# "两年"): no calendar year is written so (a year is "二〇二四年", digit by digit). Not
# before what makes "年" part of another word (年代 a decade, 年级 a school grade, 年度 a
# fiscal year, 年一遇 a rate, 年期 a term's name but 年期间 a span), nor after an era's
# name: "民国三十五年", "昭和二十年" are years of an era.
HAN_COUNTED_YEARS = "(?:[二三四五六七八九]?十[一二三四五六七八九]?|两)"
HAN_COUNTED_YEARS_NOT_BEFORE = "[代级度一]|期(?!间)"
ERA_NAMES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "zh": ("民国", "公元", "公元前", "光绪", "宣统", "康熙", "乾隆", *JAPANESE_ERAS),
})
# A calendar year in Han digits ("二〇二四年", "一九九八年"), and a date in Han numerals
# ("二〇二五年一月一日"), as official Chinese texts date themselves.
HAN_YEAR_DIGITS: Mapping[str, int] = MappingProxyType({"〇": 0, "零": 0, **HAN_DIGITS})
# Units a Han numeral is not read before: ja "十分" is "enough" (十分な), "三分の一" a third;
# only "十五分間" is a length of time.
HAN_NOT_UNITS: Mapping[str, tuple[str, ...]] = MappingProxyType({"ja": ("分",)})

# What joins the two days of a range ("December 24-26", "24. bis 26. Dezember", "del 24
# al 26 de diciembre", "12月24日から26日", "12月24日至26日"), besides a dash; "and" ("und",
# "i", "en", Czech and Slovak "a") too, which makes two dates of the days, not a range
# (values._CONJUNCTIONS). Slovak's "o" (at, by) is none: "o 15 percent".
RANGE_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("to", "through", "and"),
    "fr": ("au", "et"),
    "ru": ("по", "и"),
    "nl": ("tot en met", "t/m", "tot", "en"), "pl": ("do", "i"), "cs": ("do", "a"),
    "sk": ("do", "a"),
    "de": ("bis", "und"),
    "es": ("al", "a", "y el", "y"),
    "pt": ("a", "e"), "it": ("al", "e"),  # "de 14 a 18 de outubro", "dal 14 al 18 ottobre"
    "ja": ("から", "～", "〜", "~", "－"),
    "zh": ("至", "到", "～", "〜", "~", "－"),
    "ar": ("إلى", "الى", "حتى"),
    "ko": ("부터", "~", "～", "-"),  # "3월 9일부터 11일까지"
    # "de la 10 până la 12 martie"; "între 10 și 12 martie" (and, cedilla's too), which
    # makes two dates as "22 i 23 lutego" does
    "ro": ("până la", "și", "şi"),
    # Danish and Norwegian "den 22. og 23. februar", Finnish "22. ja 23. helmikuuta",
    # Swedish "den 22 och 23 februari": "and" only, two dates as "22. a 23. února" are
    "da": ("og",), "nb": ("og",), "nn": ("og",), "fi": ("ja",), "sv": ("och",),
})

# Words after a unit that make the quantity an age, not a length of time ("fourteen
# years old", "45 Jahre alt", "61 años de edad"); the vocabulary has no age.
AGE_AFTER: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("old",), "de": ("alt", "alte", "alter", "altes", "alten", "altem"),
    "es": ("de edad",), "pt": ("de idade",), "it": ("di età",),
})
# ... and words before the quantity ("âgé de 45 ans", "im Alter von 64 Jahren").
AGE_BEFORE: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("aged", "age of"),
    "fr": ("âgé de", "âgée de", "âgés de", "âgées de", "âge de"),
    "de": ("Alter von",),
    "es": ("edad de",),
    "pt": ("idade de", "aos", "até aos", "tem"), "it": ("età di", "sotto i", "under", "over", "ha"),
    "pl": ("ma", "mając", "w wieku"),  # "Wiadukt ma 52 lata": it has 52 years, its age
    "ru": ("в возрасте",),
    "sw": ("umri wa",),  # "mwenye umri wa miaka 45", aged 45 (WORDS_FIRST)
})
# ... and the words "of" and "with" before the years of a person ("um civil de 72 anos",
# "un imprenditore di 58 anni", "com 72 anos"): an age, unless the noun before them names
# a term or a quantity ("um prazo de 10 anos", "una pena di 4 anni", "più di 5 anni") or
# "of" follows the years ("10 anos de experiência", "4 anni di reclusione").
AGE_OF: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "pt": ("de", "com"), "it": ("di", "con"),
})
NOT_AGE_NOUNS: Mapping[str, frozenset[str]] = MappingProxyType({
    "pt": frozenset({"prazo", "período", "pena", "contrato", "mandato", "concessão", "garantia",
                     "duração", "plano", "programa", "vigência", "investimento", "horizonte",
                     "mais", "menos", "cerca", "perto", "além", "ao", "há", "espaço", "prisão"}),
    "it": frozenset({"periodo", "pena", "contratto", "mandato", "concessione", "garanzia",
                     "durata", "piano", "programma", "arco", "orizzonte", "più", "meno",
                     "circa", "oltre", "reclusione", "carcere", "spazio"}),
})
ONE_WORD_UNITS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "fr": ("an", "mois"), "es": ("año", "mes"),
})
# Hour words that, after a time preposition (TIME_PREPOSITIONS), make the hours a time of
# day ("à 15 heures", "à deux heures"), never a length of time; Spanish "a las dos horas"
# is two hours after something.
CLOCK_HOURS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "fr": ("heures", "heure"),
    "vi": ("giờ",),  # "lúc 14 giờ 40", "vào lúc 9 giờ"
})
# Languages whose hour word and two-digit minutes after it are a time wherever they stand
# ("14 giờ 40", as CLDR's vi "HH 'giờ'" writes the hour): a length of time names its
# minutes ("2 giờ 30 phút") or follows DURATION_BEFORE's words ("kéo dài 2 giờ 30").
# "14 giờ 40" had been the duration PT14H and the number 40.
CLOCK_MINUTES = frozenset({"vi"})
# Two hours joined as a range before one hour word ("entre 9 et 17 heures"): opening
# hours or a span of hours, which the words cannot tell apart; the pair is left as text,
# never read as a number and a 17-hour duration.
HOUR_RANGES: Mapping[str, tuple[tuple[str, str], ...]] = MappingProxyType({
    "fr": (("entre", "et"),),
})
# The pairs of words of a range of two hours before one hour word that counts hours too
# ("van 10 tot 17 uur", "de 10 à 17 heures", "das 9 às 18 horas"): two times of day,
# unless the range counts hours (COUNTED_HOURS).
HOUR_WORD_RANGES: Mapping[str, tuple[tuple[str, str], ...]] = MappingProxyType({
    "nl": (("van", "tot"), ("vanaf", "tot")),
    "fr": (("de", "à"),),
    "pt": (("das", "às"),),
    "cs": (("od", "do"),),  # "od 10 do 17 hodin"
    "ca": (("de", "a"),),  # "de 10 a 17 h"
})
# Ranges of two hours whose words follow the hours, as Hungarian writes them: the first
# hour's ending, hyphened ("from") or on its hour word ("from_words"), then the last's hour
# word with its own ("to_words": "10-től 17 óráig", "10 órától 17 óráig"); or bare hours
# joined by "and", the hour word ("words") after the last and a postposition ("after")
# after it ("10 és 17 óra között"). Two times, the range's words text, unless the range
# counts hours (COUNTED_HOURS), as HOUR_WORD_RANGES' do.
HOUR_RANGES_AFTER: Mapping[str, Mapping[str, tuple[str, ...]]] = MappingProxyType({
    "hu": MappingProxyType({"from": ("tól", "től"), "from_words": ("órától",),
                            "to_words": ("óráig",), "and": ("és",), "words": ("óra",),
                            "after": ("között",)}),
})
# Words in a sentence that make such a range a count of hours, its first a number and its
# last a length of time ("daalde van 3 tot 2 uur", "van 10 tot 8 uur per week", "la durée
# passe de 10 à 17 heures", "un trajet de 2 à 3 heures"): a rate, a rise or fall, a
# length; so does a last hour not after the first ("van 10 tot 8 uur"). Not "duurt" nor
# "verlengd": "duurt van 10 tot 17 uur" lasts from one time to another, and opening hours
# are extended to times.
COUNTED_HOURS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "nl": ("per week", "per dag", "per maand", "per jaar", "per etmaal", "daalde", "daalt",
           "gedaald", "steeg", "stijgt", "gestegen", "verlaagd", "verhoogd", "werkweek",
           "reistijd", "wachttijd"),
    "fr": ("durée", "par semaine", "par jour", "par mois", "par an", "hebdomadaire",
           "baisse", "hausse", "réduit", "réduite", "augmente", "augmenté", "diminue",
           "diminué", "trajet", "attente", "délai", "voyage"),
    "pt": ("duração", "por semana", "por dia", "por mês", "por ano", "semanais", "diárias",
           "caiu", "subiu", "aumentou", "diminuiu", "reduzida", "reduzido", "aumentada",
           "viagem", "espera"),
    "cs": ("týdně", "denně", "měsíčně", "ročně", "za týden", "za den", "klesl", "klesla",
           "kleslo", "vzrostl", "vzrostla", "vzrostlo", "trvání", "cesta", "čekání"),
    "ca": ("durada", "per setmana", "per dia", "al dia", "per mes", "per any", "setmanals",
           "diàries", "trajecte", "espera", "viatge", "augmenta", "augmentat", "redueix",
           "reduït", "reduïda", "baixa", "puja"),
    # (not "tart", lasts: "10 és 17 óra között tart nyitva" is open from one time to another)
    "hu": ("naponta", "hetente", "havonta", "évente", "napi", "heti", "havi", "időtartam",
           "csökkent", "nőtt", "emelkedett", "utazás", "várakozás", "várakozási"),
})

# Words after which digits are an identifier, never a number or a year ("Resolution 2231").
IDENTIFIER_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("No.", "Nos.", "Resolution", "Article", "Art.", "Room", "Flight", "Tel.", "Tel",
           "Fax", "Phone", "ISBN", "ISSN", "paragraph", "para.", "page", "pp.", "p.",
           "Chapter", "Section", "Law No.", "Act No.", "Order No.", "Case No."),
    "fr": ("n°", "no", "article", "résolution", "tél.", "tel.", "fax", "page", "p.",
           "décret n°", "loi n°"),
    "ru": ("№", "статья", "статьи", "статьей", "резолюция", "резолюции", "тел.", "факс",
           "стр.", "с."),
    "de": ("Nr.", "Artikel", "Art.", "Resolution", "Tel.", "Telefon", "Fax", "Seite", "S.",
           "Absatz", "Abs.", "Paragraf", "§"),
    "es": ("n.º", "nº", "núm.", "número", "artículo", "art.", "resolución", "tel.",
           "teléfono", "fax", "página", "pág."),
    "nl": ("nr.", "nr", "artikel", "art.", "tel.", "fax", "pagina", "blz.", "p."),
    "pl": ("nr", "nr.", "art.", "ust.", "poz.", "tel.", "faks", "fax", "str.", "s."),
    "pt": ("n.º", "nº", "n.°", "número", "art.", "artigo", "fax", "pág.", "linha", "linhas"),
    "it": ("n.", "n°", "numero", "art.", "articolo", "fax", "pag.", "linea", "linee"),
})

# The Hijri months, as Arabic releases date things beside (or instead of) the Gregorian
# date ("15 جمادى الآخرة 1446هـ"): such a date stays text (the vocabulary's dates are
# Gregorian), its day and year no numbers ("1,446" in an English page).
HIJRI_MONTHS = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "ربيع الثاني", "جمادى الأولى",
                "جمادى الآخرة", "جمادى الثانية", "جمادى الأول", "جمادى الآخر", "رجب", "شعبان",
                "رمضان", "شوال", "ذو القعدة", "ذي القعدة", "ذو الحجة", "ذي الحجة")

# Words before a telephone number, whose digit groups are one number ("tel. 0422 000 000",
# "numero verde 800 000 000", "tel. 12 417 23 00"), none of them a count.
PHONE_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "pt": ("tel.", "telefone", "telemóvel", "telm."),
    "it": ("tel.", "telefono", "cell.", "numero verde"),
    "nl": ("tel.", "telefoon", "telefoonnummer"),
    "pl": ("tel.", "telefon", "tel. kom.", "infolinia"),
    "fi": ("puh.", "puhelin"),
    "sv": ("tfn", "tel.", "telefon"),
    "nb": ("tlf.", "tlf", "telefon", "mobil"), "nn": ("tlf.", "tlf", "telefon", "mobil"),
    # Thai "โทร. 0 2643 5000" (Tel.), "โทรศัพท์" (telephone), "โทรสาร" (fax): the number
    # was three, "0", "2,643" and "5,000"
    "th": ("โทร.", "โทร", "โทรศัพท์", "โทรสาร"),
    # Hindi "फोन: 011-2338 3643" (telephone; "दूरभाष" the formal word), mobile, fax
    "hi": ("फोन", "फ़ोन", "दूरभाष", "मोबाइल", "फैक्स", "फ़ैक्स"),
})

# Words before an hour that make "14 h" a time of day rather than a duration.
TIME_PREPOSITIONS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "nl": ("om", "van", "tot", "vanaf", "rond", "tegen", "tussen"),
    "fr": ("à", "vers", "dès", "jusqu'à", "jusqu’à"),
    "es": ("a las", "las", "a la", "desde las", "hasta las", "sobre las"),
    "pt": ("às", "as", "das", "até às", "a partir das", "entre as"),
    "it": ("alle", "dalle", "ore", "alle ore", "dalle ore", "entro le", "fino alle"),
    "cs": ("v", "ve", "od", "do", "kolem", "okolo"),  # "od 10 do 17 hodin": two times
    "ca": ("a les", "les", "a la", "des de les", "fins a les", "cap a les"),
    "vi": ("lúc", "vào lúc", "từ", "đến", "tới"),  # "lúc 9 giờ", "từ 9 giờ đến 11 giờ"
})
# Words after which hours written as a clock's ("2 h 30", "2h", "2 heures 30") are a length
# of time, never the time of day "à 2 h 30" is: "pendant 2 h 30" is PT2H30M. English "for"
# is no such word ("for 2:30 pm"); a sentence's capital is listed, look-behinds having one
# case.
DURATION_BEFORE: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "fr": ("pendant", "Pendant", "durant", "Durant", "durée de"),
    # Vietnamese "kéo dài 2 giờ 30" (lasting), "trong 1 giờ 30" (for), "mất 2 giờ 15" (takes)
    "vi": ("kéo dài", "Kéo dài", "trong", "Trong", "trong vòng", "Trong vòng", "mất", "Mất"),
})
# The pairs of words of a range of two times ("tussen 22 uur en 6 uur"): the second hour,
# after the first's time and the joining word, is a time of day too.
TIME_RANGE_PAIRS: Mapping[str, tuple[tuple[str, str], ...]] = MappingProxyType({
    "nl": (("tussen", "en"),),
})
# The pairs of words of a range of two times written with the hour's mark ("de 14 h à
# 16 h", "entre 9h et 12h30"): the first hour opens a range that ends at a time of day,
# so it is one too, as is the second after "et" (after "à" it already is).
MARKED_HOUR_RANGES: Mapping[str, tuple[tuple[str, str], ...]] = MappingProxyType({
    "fr": (("de", "à"), ("entre", "et")),
})
# ... and those after which an hour alone, no minutes nor word after it, is a time of
# day: "alle 11, nella sede", "dalle 10 alle 13" (Italian; "alle 11 regioni" is none).
BARE_HOURS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "it": ("alle", "dalle", "alle ore", "dalle ore", "fino alle"),
})
# ... and the pairs of words of a range of two hours, each alone a time of day there
# ("dalle 21 alle 6": from 9 pm to 6 am; "dalle ore 9 alle 13", "ore" once, before the
# first).
BARE_HOUR_RANGES: Mapping[str, tuple[tuple[str, str], ...]] = MappingProxyType({
    "it": (("dalle", "alle"), ("dalle ore", "alle")),
})

# Words that open a sentence before a value ("В 2025 г. Россия ...", "At 9 a.m. I ...",
# "A las 10 a. m. Juan ...", "W 2024 r. Polska ..."): prepositions and adverbs of time.
# Such an opening, with one other word at most ("В начале", "В Москве", "A las"), is no
# sentence yet, so the capital after the value's abbreviation is a name in the same one;
# any other word first ("Опубликовано 2 ноября 2025 г. Министр ...", published) makes
# the words before the value a sentence the abbreviation's period ends.
SENTENCE_OPENERS: Mapping[str, frozenset[str]] = MappingProxyType({
    "en": frozenset({"at", "in", "on", "by", "from", "since", "until", "till", "after",
                     "before", "around", "today", "yesterday", "tomorrow"}),
    "ru": frozenset({"в", "во", "с", "со", "к", "ко", "до", "по", "после", "на", "за", "от",
                     "около", "через", "сегодня", "вчера", "завтра", "уже", "ещё", "еще",
                     "только"}),
    "es": frozenset({"a", "en", "desde", "hasta", "para", "hacia", "tras", "sobre", "antes",
                     "hoy", "ayer", "mañana", "ya"}),
    "pl": frozenset({"w", "we", "z", "ze", "od", "do", "po", "na", "za", "przed", "około",
                     "dziś", "dzisiaj", "wczoraj", "jutro", "już"}),
})

# Words between an amount and its currency's name besides "de", "d'" and "of" ("150
# milioni di euro").
CURRENCY_OF: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "it": ("di",),
})

# Phrases after a time that name its zone ("2:40 p.m. (Japan time)"), any language; its
# abbreviations of one IANA zone are also those the embargo reader settles a line by.
ZONE_PHRASES: Mapping[str, str] = MappingProxyType({
    "Japan time": "Asia/Tokyo", "Tokyo time": "Asia/Tokyo", "JST": "Asia/Tokyo",
    "Moscow time": "Europe/Moscow", "MSK": "Europe/Moscow", "Paris time": "Europe/Paris",
    "CET": "CET", "CEST": "CET", "GMT": "GMT", "UTC": "UTC",
    "heure de Paris": "Europe/Paris", "heure de Tokyo": "Asia/Tokyo",
    "heure de Moscou": "Europe/Moscow", "по московскому времени": "Europe/Moscow",
    "по токийскому времени": "Asia/Tokyo", "мск": "Europe/Moscow",
    "日本時間": "Asia/Tokyo", "MEZ": "CET", "MESZ": "CET", "hora peninsular": "Europe/Madrid",
    "北京时间": "Asia/Shanghai",
    # Abbreviations a zone alone writes (not IST, BST, CST or GST: each names several).
    "KST": "Asia/Seoul", "Korea time": "Asia/Seoul", "Seoul time": "Asia/Seoul",
    "Beijing time": "Asia/Shanghai", "HKT": "Asia/Hong_Kong", "Hong Kong time":
    "Asia/Hong_Kong", "SGT": "Asia/Singapore", "Singapore time": "Asia/Singapore",
    "WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura",
    "ICT": "Asia/Bangkok", "PHT": "Asia/Manila", "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney", "NZST": "Pacific/Auckland", "NZDT": "Pacific/Auckland",
    "EET": "EET", "EEST": "EET", "WET": "WET", "WEST": "WET", "SAST": "Africa/Johannesburg",
    "EAT": "Africa/Nairobi", "WAT": "Africa/Lagos", "ET": "America/New_York",
    "EST": "America/New_York", "EDT": "America/New_York", "CT": "America/Chicago",
    "CDT": "America/Chicago", "PT": "America/Los_Angeles", "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
})

# Zone abbreviations that spell a word of the language, in capitals as a headline or an
# embargo line writes it ("WEST BANK", French "ET" and "EST"): `names_a_zone` decides.
ZONE_LOOKALIKES: Mapping[str, frozenset[str]] = MappingProxyType({
    "en": frozenset({"WEST", "EAT", "WIT", "ICT"}),
    "fr": frozenset({"ET", "EST"}),
})


def names_a_zone(lang: str, abbreviation: str, after: str) -> bool:
    """Whether `abbreviation`, written before `after`, is a zone in `lang`'s text. One
    that spells a word of the language is a zone only with no word or number after it
    ("10:00 WEST, in Lisbon", "10:00 ET."): "10:00 WEST BANK", "10 H ET RÉUNION", "10:00
    ET 12:00" are that word. (An embargo line refused for it is safe; one read in the
    wrong zone is broken.)"""
    if abbreviation not in ZONE_LOOKALIKES.get(language(lang), ()):
        return True
    return re.match(r"[\s\u00a0\u202f]*\w", after) is None

# Words of running text that tell a language from its neighbours when no date line names
# it: Portuguese and Italian share Spanish's accented letters and many of its words ("con",
# "una", "que", "del"), so a text is theirs only when their own words outnumber the others'
# by far (`guess_by_words`). Frequent articles, prepositions and auxiliaries, each one only
# its language writes among those listed ("le" is French and Italian: in neither).
COMMON_WORDS: Mapping[str, frozenset[str]] = MappingProxyType({
    "en": frozenset({"the", "and", "of", "to", "is", "for", "on", "with", "was", "that"}),
    "fr": frozenset({"les", "des", "du", "et", "est", "une", "dans", "sur", "aux", "pour",
                     "avec", "ont", "été"}),
    "es": frozenset({"el", "los", "las", "y", "es", "fue", "más", "sus", "también", "pero",
                     "está", "año"}),
    "pt": frozenset({"não", "são", "uma", "os", "do", "dos", "das", "em", "ao", "aos", "pelo",
                     "pela", "é", "foi", "também", "nas", "nos", "às", "seu", "sua"}),
    "it": frozenset({"il", "gli", "di", "della", "delle", "degli", "dei", "nel", "nella", "è",
                     "sono", "anche", "alla", "alle", "che", "dal", "dalla", "stato", "questo"}),
    # The Scandinavian languages share most of their commonest words ("som", "det", "har";
    # Danish and Norwegian "og", "ikke", "til"): only those each writes alone are listed.
    "sv": frozenset({"och", "att", "är", "inte", "för", "också", "till", "ett", "från", "vid",
                     "även", "detta", "där", "när", "hade", "enligt", "mellan"}),
    "da": frozenset({"af", "blev", "bliver", "mellem", "nogle", "siger", "sagde", "hvad",
                     "vores", "gennem", "ud", "mod", "havde", "os", "igen", "nogen"}),
    "nb": frozenset({"ble", "blir", "etter", "mellom", "noen", "sier", "hva", "våre",
                     "gjennom", "seg", "hadde", "nå", "fikk"}),
    # Catalan shares Spanish's "el", "que", "una" and its accents, and French's "la",
    # "les", "à" (its text was tagged es): only its own words are listed, not "per"
    # (Italian's), "han" (Spanish's), "als" (German's) or "durant" (French's).
    "ca": frozenset({"amb", "els", "dels", "pels", "més", "és", "són", "aquest", "aquesta",
                     "aquests", "aquestes", "però", "perquè", "seva", "seves", "avui",
                     "molt", "anys", "milions", "hi", "ho", "fins", "segons"}),
})
# The languages `guess_by_words` may name; the others are told by the rules before it.
WORD_GUESSED = ("pt", "it", "sv", "da", "nb", "ca")
# Letters a language's text is sure to hold that the others listed never write: with
# them, three of its common words tell it (a short release holds few of Danish's or
# Norwegian's own; "24 december 2022" is Dutch, Swedish and Danish alike, and a Swedish
# text with no project was read by Dutch rules). German and Finnish write ä and ö too,
# but none of Swedish's words.
_OWN_LETTERS: Mapping[str, re.Pattern[str]] = MappingProxyType({
    "sv": re.compile(r"[äöÄÖ]"), "da": re.compile(r"[æøÆØ]"), "nb": re.compile(r"[æøÆØ]"),
    "ca": re.compile(r"[lL][·\u2027][lL]|[ŀĿ][lL]"),  # "col·laboració", its middle dot
})


def guess_by_words(text: str) -> str | None:
    """A language of WORD_GUESSED whose common words in `text` are at least five (three
    where it holds the language's own letters, `_OWN_LETTERS`) and
    twice those of any other language in COMMON_WORDS; None when no one stands out."""
    found = _common_words(text)
    for lang in WORD_GUESSED:
        others = max(len(words) for other, words in found.items() if other != lang)
        letters = _OWN_LETTERS.get(lang)
        least = 3 if letters is not None and letters.search(text) else 5
        if len(found[lang]) >= least and len(found[lang]) >= 2 * others:
            return lang
    return None


def english_by_words(text: str) -> bool:
    """Whether `text` is English by its common words, as `guess_by_words` tells its
    languages, three different ones at least: Finnish's and Turkish's "on" is English's
    too, and may be five times in a text of either."""
    found = _common_words(text)
    english = found.pop("en")
    return len(english) >= 5 and len(set(english)) >= 3 \
        and len(english) >= 2 * max(len(words) for words in found.values())


def _common_words(text: str) -> dict[str, list[str]]:
    """The words of `text` in each language's COMMON_WORDS."""
    found: dict[str, list[str]] = {lang: [] for lang in COMMON_WORDS}
    for word in _WORDS.findall(text.casefold()):
        for lang, common in COMMON_WORDS.items():
            if word in common:
                found[lang].append(word)
    return found


_WORDS = re.compile(r"[^\W\d_]+")


# ISO 8601 designator of each CLDR duration unit (weeks have none in xs:duration).
_DURATION_UNITS = {"year": "Y", "month": "M", "day": "D", "hour": "H", "minute": "TM",
                   "second": "S"}
# Abbreviated units are recognised for the clock units only: "30 min", "2 hrs". Short
# day/month/year forms ("г.", "m.") collide with dates and abbreviations.
_SHORT_UNITS = frozenset({"hour", "minute", "second"})

# One space as copied text writes it: plain, no-break, narrow no-break.
SPACES = " \u00a0\u202f"

# Scripts whose sentences end with no stop: Thai and Lao part them with a space, and a
# paragraph ends in a letter as a heading, a photo's description or a name does, so the
# structure rules take no missing stop there as a sign of one. (Burmese "။" and Khmer
# "។" are stops, read as the full stop is.)
STOPLESS_SCRIPTS: tuple[tuple[str, str], ...] = (("\u0e00", "\u0eff"),)
# The words an organisation's name opens with, where a line of that name alone is the
# publisher's, as a site's header or a ministry's letterhead prints it, in languages
# whose names the organisation rules do not read: Thai's ministry ("กระทรวงการต่างประเทศ"),
# department, office, bureau, division, embassy. It was taken for the title.
ORG_LINE_HEADS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "th": ("กระทรวง", "กรม", "สำนักงาน", "สำนัก", "กอง", "สถานเอกอัครราชทูต",
           "สถานกงสุลใหญ่"),
    # Vietnamese writes its words spaced: a head with a space after it is a word, and the
    # name's next word opens with a capital ("Bộ Ngoại giao", "Văn phòng Chính phủ"; not
    # "Bộ trưởng", the minister, nor "Sở hữu", ownership). Ministry, office, committee,
    # provincial department, general department, department, embassy; the Prime Minister
    # as the Government's ("Thủ tướng Chính phủ"). They were taken for the title.
    "vi": ("Bộ ", "Văn phòng ", "Ủy ban ", "Uỷ ban ", "Sở ", "Tổng cục ", "Cục ",
           "Đại sứ quán ", "Tổng lãnh sự quán ", "Thủ tướng Chính phủ"),
    # Hindi's: ministry, office, government, department, commission, directorate,
    # embassy, council, authority ("विदेश मंत्रालय", "पत्र सूचना कार्यालय", "भारत
    # सरकार": the Ministry of External Affairs, the Press Information Bureau, the
    # Government of India), which end the name (HEAD_LAST_NAMES)
    "hi": ("मंत्रालय", "कार्यालय", "सरकार", "विभाग", "आयोग", "निदेशालय", "दूतावास",
           "परिषद", "प्राधिकरण"),
    # Persian's, which open the name ("وزارت امور خارجه", the Ministry of Foreign
    # Affairs): ministry, organisation, office, department, embassy, consulate general,
    # the presidency's institution ("نهاد ریاست جمهوری"), secretariat
    "fa": ("وزارت", "سازمان", "دفتر", "اداره", "سفارت", "سرکنسولگری", "نهاد", "دبیرخانه"),
})
# ... and how long such a line may be, in words and characters, where a language's names
# run longer than Thai's four spaced words ("Bộ Lao động - Thương binh và Xã hội")
ORG_LINE_LENGTH: Mapping[str, tuple[int, int]] = MappingProxyType({
    "vi": (10, 60),
    # ... and Persian's with the state's ("وزارت امور خارجه جمهوری اسلامی ایران")
    "fa": (6, 50),
})
# Languages whose organisations' names end with the word ORG_LINE_HEADS lists, as a
# Hindi name's head follows the words that qualify it ("विदेश मंत्रालय", foreign ministry).
HEAD_LAST_NAMES = frozenset({"hi"})

# Languages that write a number against its counter or unit ("30分", "2億円", "3시간",
# "2024년"): each character of their script is a word to the rules. Korean spaces its
# words (SPACED_CJK): a number's parts may be spaced there ("1조 2,000억 원", "2시 30분").
CJK_LANGUAGES = frozenset({"ja", "zh", "ko"})
SPACED_CJK = frozenset({"ko"})

# The skeletons whose CLDR patterns are read as date forms, longest first; the medium
# and short formats are read too when they are numeric with a full year ("dd.MM.y").
_DATE_SKELETONS = ("yMMMMd", "yMMMd", "yMMMM", "MMMMd")
# Languages whose short date CLDR writes with two digits of the year ("d/M/yy", el; id
# "dd/MM/yy") where releases write all four ("24/12/2022"): that form is read, with the
# full year.
FULL_YEAR_SHORT_DATES = frozenset({"el", "es", "it", "id", "ca", "vi", "hi"})
# The separators a language's releases write that numeric date with besides CLDR's "/":
# Indian releases date "24.12.2022" and "24-12-2022" as often as "24/12/2022" (hi "d/M/yy").
SHORT_DATE_SEPARATORS: Mapping[str, tuple[str, ...]] = MappingProxyType({"hi": (".", "-")})


@dataclass(frozen=True)
class LocaleNames:
    """Everything value recognition needs to know about one source language."""

    lang: str
    months: Mapping[str, int]  # casefolded spelling (wide, abbreviated, dotless) -> 1..12
    month_stems: tuple[tuple[str, int], ...]  # inflecting languages: stem -> month
    abbreviated: frozenset[str]  # casefolded spellings that are abbreviations
    months_lowercase: bool  # CLDR writes them lower case: match regardless of case
    weekdays: tuple[str, ...]
    day_first: bool  # the locale's long date pattern puts the day before the month
    year_suffixes: tuple[str, ...]
    am: tuple[str, ...]
    pm: tuple[str, ...]
    noon: tuple[str, ...]
    midnight: tuple[str, ...]
    hour_marks: tuple[str, ...]  # literals between hour and minute besides ":"
    decimal: str
    group: str
    space_group: bool  # a regional variant groups thousands by a space (pt_PT "1 320")
    apostrophe_group: bool  # a regional variant groups them by an apostrophe (de_CH "1'500")
    two_groups: bool  # it (or a regional variant) groups by twos above the thousands
    units: Mapping[str, tuple[str, str]]  # casefolded unit word -> (designator, width)
    scales: Mapping[str, int]  # casefolded scale word -> power of ten
    # ... those written before the number, WORDS_FIRST's ("dakika 30", "milioni 2.5")
    units_first: Mapping[str, tuple[str, str]]
    scales_first: Mapping[str, int]
    letter_scales: Mapping[str, int]  # one-letter short scale, as written -> power of ten
    symbols: Mapping[str, str]  # currency symbol -> ISO 4217 code
    currency_names: Mapping[str, str]  # casefolded currency name -> ISO 4217 code
    percent_signs: tuple[str, ...]
    percent_words: tuple[str, ...]
    percent_first: bool  # CLDR writes the sign before the number ("%15": tr, eu)
    ordinal_suffixes: tuple[str, ...]
    day_suffixes: tuple[str, ...]
    relative_years: Mapping[str, int]
    month_prepositions: tuple[str, ...]
    cjk: bool  # written without spaces between words: each character is a word
    numeric_months: bool  # CLDR's month names are numbers ("12月"): dates by pattern
    # CLDR date patterns by the skeleton a match records: ("yMMMMd", "d. MMMM y"), ...
    date_patterns: tuple[tuple[str, str], ...]
    hour_words: tuple[str, ...]  # after the hour: "Uhr" (de), "時" (ja), "horas"
    minute_words: tuple[str, ...]  # after the minutes: "分" (ja)
    ampm_first: bool  # the day period precedes the hour ("午後2時")
    half_words: tuple[str, ...]
    ordinal_prefixes: tuple[str, ...]
    ordinal_counters: tuple[str, ...]
    identifier_counters: tuple[str, ...]
    ordinal_dot: tuple[str, ...]  # words that open a sentence, where "30." ends one
    ordinal_dot_lower: bool  # "25. gün": an ordinal before a lower-case word (ORDINAL_DOT_LOWER)
    year_names: bool  # a year after a capitalised word inside a sentence is a name's
    year_dated_by: frozenset[str]  # capitalised words that still date it (YEAR_DATED_BY)
    relative_before: Mapping[str, int]
    not_calendar_year: tuple[str, ...]


# Macrolanguages whose written standard the rules read them as: CLDR's `no` is Norwegian,
# which a ministry writes in Bokmål (`nb`) unless it says Nynorsk (`nn`, its own tables).
_RULES_LANGUAGE = {"no": "nb"}


def language(tag: str) -> str:
    """The language whose rules read a text of a locale tag: its language subtag ("en-GB"
    -> "en"), or the written standard of a macrolanguage ("no" -> "nb")."""
    subtag = language_subtag(tag)
    return _RULES_LANGUAGE.get(subtag, subtag)


def language_subtag(tag: str) -> str:
    """The language subtag of a locale tag as written ("no-NO" -> "no"): what tags are
    compared by, where `language` says which rules read the text."""
    return re.split(r"[-_]", tag, maxsplit=1)[0].lower()


@cache
def known(tag: str) -> bool:
    """Whether CLDR (Babel) has data for a locale tag; asked once per tag and process."""
    try:
        Locale.parse(tag.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return False
    return True


def _space_group(base: Locale, variants: list[Locale]) -> bool:
    """Whether a regional variant of the language writes the same decimal mark and groups
    thousands by a space where the base groups them otherwise: CLDR's pt_PT "1 320" (a
    no-break space) beside pt's "1.320"."""
    def symbol(locale: Locale, name: str) -> str:
        return locale.number_symbols.get(locale.default_numbering_system, {}).get(name, "")
    return not symbol(base, "group").isspace() and any(
        symbol(v, "group").isspace() and symbol(v, "decimal") == symbol(base, "decimal")
        for v in variants[1:])


def _apostrophe_group(variants: list[Locale]) -> bool:
    """Whether a regional variant of the language groups thousands by an apostrophe:
    CLDR's de_CH, fr_CH and it_CH "1'500" (CLDR has written it ' and ’, as Swiss texts
    type either), which a Swiss text writes among the base language's words."""
    return any(v.number_symbols.get(v.default_numbering_system, {}).get("group") in APOSTROPHES
               for v in variants)


def _two_groups(variants: list[Locale]) -> bool:
    """Whether the language or a regional variant of it groups digits by twos above the
    thousands, as India counts in lakhs and crores: CLDR's en_IN and hi "#,##,##0"
    ("1,50,000", "12,34,56,789"), where en's groups are all of three."""
    def symbol(locale: Locale, name: str) -> str:
        return locale.number_symbols.get(locale.default_numbering_system, {}).get(name, "")
    base = variants[0]
    return any(v.decimal_formats[None].grouping == (3, 2)
               and symbol(v, "group") == symbol(base, "group") for v in variants)


# The decimal and group symbols the rules read as ASCII (values.ascii_digits): a locale
# that writes Arabic's by default (fa's "۲٫۵", "۱٬۲۵۰٬۰۰۰") is read from that copy, where
# they are "." and ",". Its symbols as CLDR gives them matched nothing there.
_SYMBOLS_AS_READ = str.maketrans({"٫": ".", "٬": ","})


def _numbers(locale: Locale, system: str) -> tuple[str, str]:
    """A locale's decimal and group symbols in a numbering system, as the rules read
    them: (".", "'") in de_CH."""
    symbols = locale.number_symbols.get(system, {})
    return (symbols.get("decimal", ".").translate(_SYMBOLS_AS_READ),
            symbols.get("group", ",").translate(_SYMBOLS_AS_READ))


@cache
def number_region(tag: str) -> str | None:
    """The CLDR locale ("de_CH") whose decimal and group symbols a text tagged `tag`
    ("de-CH") is read with, where its language's would misread it: a region that writes
    another decimal mark (de_CH, it_CH "2.5" beside de's and it's "2,5"; es_MX "2.5", its
    thousands "1,500"). None for a language alone, a region CLDR does not know, and one
    with its language's decimal mark (de_AT; fr_CH's "1'500" and pt_PT's "1 320" are read
    among the language's own, `_apostrophe_group`, `_space_group`). Asked once per tag."""
    lang = language(tag)
    tag = tag.replace("-", "_")
    if tag.casefold() == lang or not known(lang) or not known(tag):
        return None
    base, region = Locale.parse(lang), Locale.parse(tag)
    # The base's numbering system: the rules read digits in it (Arabic-Indic ones as
    # ASCII), so a region's symbols are those it writes in that system.
    system = base.default_numbering_system
    if _numbers(region, system)[0] == _numbers(base, system)[0]:
        return None
    return str(region)


def names(lang: str, region: str | None = None) -> LocaleNames:
    """The recognition data of a language, read from CLDR once per process; with a
    `number_region`, its numbers read with that region's decimal and group symbols (a
    cache key more: its words are the language's)."""
    return _names(lang, region)


@cache
def _names(lang: str, region: str | None) -> LocaleNames:
    base = Locale.parse(lang)
    variants = [base]
    for tag in VARIANTS.get(lang, ()):
        try:
            variants.append(Locale.parse(tag))
        except UnknownLocaleError:  # pragma: no cover - depends on the CLDR version
            continue
    cjk = lang in CJK_LANGUAGES
    months, stems, abbreviated, lowercase = _months(base)
    for tag in MONTH_VARIANTS.get(lang, ()):
        for spelling, number in _months(Locale.parse(tag))[0].items():
            months.setdefault(spelling, number)
    am, pm, noon, midnight = _day_periods(variants)
    am, pm = (am + DAY_PERIOD_WORDS.get(lang, {}).get("am", ()),
              pm + DAY_PERIOD_WORDS.get(lang, {}).get("pm", ()))
    noon, midnight = (noon + DAY_PERIOD_WORDS.get(lang, {}).get("noon", ()),
                      midnight + DAY_PERIOD_WORDS.get(lang, {}).get("midnight", ()))
    symbols = base.number_symbols.get(base.default_numbering_system, {})
    decimal, group = _numbers(base, base.default_numbering_system)
    two_groups = _two_groups(variants)
    if region is not None:
        regional = Locale.parse(region)
        decimal, group = _numbers(regional, base.default_numbering_system)
        # Its own grouping: en's variant en_IN counts in lakhs, en_ZA does not.
        two_groups = regional.decimal_formats[None].grouping == (3, 2)
    scripts = [Locale.parse(tag) for tag in SCRIPT_VARIANTS.get(lang, ())]
    units = _units(base, cjk, NOT_UNITS.get(lang, ()))
    scales = _scales(base)
    # A regional variant's own scale words, in full ("lakh", "crore" from en_IN; pt_PT's
    # "mil milhões"): a text of that region writes them in the base's language. Only the
    # long forms: short ones are letters that mean other things ("mm", "cr").
    for variant in variants[1:]:
        for word, power in _scales(variant, long_only=True).items():
            scales.setdefault(word, power)
    currency_names: dict[str, str] = {}
    hour_words = _clock_word(base.datetime_skeletons["H"].pattern, "H")
    for script in scripts:  # the base's spellings win where both have one
        for word, unit in _units(script, cjk, NOT_UNITS.get(lang, ())).items():
            units.setdefault(word, unit)
        for word, power in _scales(script).items():
            scales.setdefault(word, power)
        currency_names.update(_currency_names(script, lang))
        hour_words += tuple(w for w in _clock_word(script.datetime_skeletons["H"].pattern, "H")
                            if w not in hour_words)
    currency_names.update(_currency_names(base, lang))
    return LocaleNames(
        lang=lang,
        months=MappingProxyType(months),
        month_stems=stems,
        abbreviated=frozenset(abbreviated),
        months_lowercase=lowercase,
        weekdays=_weekdays(base),
        day_first=_day_first(base),
        year_suffixes=_year_suffixes(base) + YEAR_WORDS.get(lang, ()),
        am=am,
        pm=pm,
        noon=noon,
        midnight=midnight,
        hour_marks=tuple(dict.fromkeys(_hour_marks(variants) + HOUR_MARKS.get(lang, ()))),
        decimal=decimal,
        group=group,
        space_group=_space_group(base, variants) or lang in SPACE_GROUPS,
        apostrophe_group=_apostrophe_group(variants),
        two_groups=two_groups,
        units=MappingProxyType(_tanween({**units, **UNIT_WORDS.get(lang, {})})),
        # casefolded as CLDR's are: the look-up folds "δις" to "δισ"
        scales=MappingProxyType({**scales, **{word.casefold(): power for word, power
                                              in SCALE_WORDS.get(lang, {}).items()}}),
        letter_scales=MappingProxyType({} if cjk else _scales(base, letters=True)),
        units_first=MappingProxyType(_units(base, cjk, NOT_UNITS.get(lang, ()), first=True)
                                     if lang in WORDS_FIRST else {}),
        scales_first=MappingProxyType(_scales(base, first=True) if lang in WORDS_FIRST
                                      else {}),
        symbols=MappingProxyType({**_symbols(base), **CURRENCY_SIGNS.get(lang, {})}),
        currency_names=MappingProxyType(currency_names),
        percent_signs=tuple(dict.fromkeys((symbols.get("percentSign", "%"), *PERCENT_SIGNS))),
        percent_words=PERCENT_WORDS.get(lang, ()),
        percent_first=_percent_first(base),
        ordinal_suffixes=ORDINAL_SUFFIXES.get(lang, ()),
        day_suffixes=DAY_SUFFIXES.get(lang, ()),
        relative_years=MappingProxyType({k.casefold(): v for k, v in
                                         RELATIVE_YEARS.get(lang, {}).items()}),
        month_prepositions=MONTH_PREPOSITIONS.get(lang, ()),
        cjk=cjk,
        # (not Vietnamese "tháng 12", a word and then the number: a name, read by the
        # month rules; as a number, "24 tháng 12 năm 2022" had been a length of time, 12
        # years and 24 months, and the year 2022)
        numeric_months=any(name[:1].isdigit() for name in months),
        date_patterns=_date_patterns(base, variants[1:]),
        hour_words=hour_words + HOUR_WORDS.get(lang, ()),
        minute_words=_clock_word(base.time_formats["full"].pattern, "m") + MINUTE_WORDS.get(
            lang, ()),
        ampm_first=_ampm_first(base),
        half_words=HALF_WORDS.get(lang, ()),
        ordinal_prefixes=ORDINAL_PREFIXES.get(lang, ()),
        ordinal_counters=ORDINAL_COUNTERS.get(lang, ()),
        identifier_counters=IDENTIFIER_COUNTERS.get(lang, ()),
        ordinal_dot=ORDINAL_DOT.get(lang, ()),
        ordinal_dot_lower=lang in ORDINAL_DOT_LOWER,
        year_names=lang not in YEAR_NAMES_UNREAD,
        year_dated_by=frozenset(YEAR_DATED_BY.get(lang, ())),
        relative_before=MappingProxyType(dict(RELATIVE_YEARS_BEFORE.get(lang, {}))),
        not_calendar_year=NOT_CALENDAR_YEAR.get(lang, ()),
    )


def _tanween(units: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Arabic's accusative ending as prose writes it too: CLDR's "شهرًا" (the tanween
    before the alif) is as often "شهراً" (after it) or "شهرا" (left out)."""
    for name, unit in list(units.items()):
        if name.endswith("\u064bا"):
            units.setdefault(name[:-2] + "ا\u064b", unit)
            units.setdefault(name[:-2] + "ا", unit)
    return units


def _months(loc: Locale) -> tuple[dict[str, int], tuple[tuple[str, int], ...], set[str], bool]:
    spellings: dict[str, int] = {}
    abbreviated: set[str] = set()
    wide = {name.casefold() for context in ("format", "stand-alone")
            for name in loc.months[context]["wide"].values()}
    for context in ("format", "stand-alone"):
        for number, name in loc.months[context]["wide"].items():
            spellings.setdefault(name.casefold(), number)
        for number, name in loc.months[context]["abbreviated"].items():
            key = name.casefold()
            if key.rstrip(".") in wide:
                continue  # "May", "mai", "июнь": a full name, not an abbreviation
            # "déc." is also written "déc"; "Dec" also "Dec.".
            for spelling in (key, key[:-1] if key.endswith(".") else key + "."):
                spellings.setdefault(spelling, number)
                abbreviated.add(spelling)
    stems: list[tuple[str, int]] = []
    for number in range(1, 13):
        formatted = loc.months["format"]["wide"][number].casefold()
        standalone = loc.months["stand-alone"]["wide"][number].casefold()
        if formatted != standalone:
            # The language declines month names (ru "декабря", "декабрь"): other cases
            # ("в декабре") share the stem the two CLDR forms have in common.
            stem = _common_prefix(formatted, standalone)
            if stem:
                stems.append((stem, number))
    wide = loc.months["format"]["wide"].values()
    lowercase = all(name == name.lower() for name in wide)
    return spellings, tuple(sorted(stems, key=lambda s: -len(s[0]))), abbreviated, lowercase


def _common_prefix(a: str, b: str) -> str:
    size = 0
    while size < min(len(a), len(b)) and a[size] == b[size]:
        size += 1
    return a[:size]


# A literal of a CLDR date pattern that prose writes otherwise too, each way read: CLDR's
# Catalan "24 de desembre del 2022", which a government's releases write "de 2022".
_PROSE_DATE_LITERALS: Mapping[str, tuple[tuple[str, str], ...]] = MappingProxyType({
    "ca": (("'del' y", "'de' y"),),
    # Vietnamese "24 tháng 12 năm 2022", the year after its word as CLDR's own yMMMM
    # writes it ("tháng 12 năm 2022"), beside CLDR's "24 tháng 12, 2022"
    "vi": (("MMMM y", "MMMM 'năm' y"),),
})


def _date_patterns(loc: Locale, variants: Iterable[Locale] = ()
                   ) -> tuple[tuple[str, str], ...]:
    """The locale's own date patterns, each with the skeleton a date it matches records;
    and its regional variants' numeric ones where they order the fields as it does
    (nl_BE's "d/MM/y" beside nl's "dd-MM-y"; never en_GB's day first in en)."""
    found: dict[str, str] = {}
    # Month names that are the number and a word ("3월", ko): MMMM in a pattern is the
    # number and that word ("y년 MMMM d일" is "y년 M'월' d일").
    names = loc.months["format"]["wide"]
    word = names[1].removeprefix("1")
    numbered = word and all(names[n] == f"{n}{word}" for n in range(1, 13))
    for skeleton in _DATE_SKELETONS:
        pattern = loc.datetime_skeletons.get(skeleton)
        for cldr, prose in _PROSE_DATE_LITERALS.get(loc.language, ()):
            if pattern is not None and cldr in pattern.pattern:
                found.setdefault(pattern.pattern.replace(cldr, prose), skeleton)
        if pattern is not None:
            if not numbered and skeleton.startswith("y") and "d" in skeleton and \
                    re.search(r"(?<![ML])[ML]{1,2}(?![ML'\w])", pattern.pattern):
                # cs, sk and fi give yMMMd a month number ("d. M. y"): what it matches
                # is the numeric date, which each locale writes its own way (not zh's
                # "M月", a month's name)
                skeleton = "yMd"
            found.setdefault(_numbered(pattern.pattern, word) if numbered else pattern.pattern,
                             skeleton)
    long = loc.date_formats["long"].pattern
    found.setdefault(_numbered(long, word) if numbered else long, "yMMMMd")
    # A month alone, where CLDR writes it with a word ("M月"): numeric months only. Not
    # nb's, sk's or hr's "L.", a full stop: "3." is an ordinal or a sentence's number there
    # ("3. ročník", "3. gang").
    month = loc.datetime_skeletons.get("M")
    if month is not None and re.search(r"[^\W\d_]", re.sub(r"'[^']*'|[ML]", "",
                                                           month.pattern)):
        found.setdefault(month.pattern, "MMMM")
    order = _field_order(loc.date_formats["short"].pattern)
    for variant in (loc, *variants):
        for width in ("medium", "short"):
            pattern = variant.date_formats[width].pattern
            if width == "short" and loc.language in FULL_YEAR_SHORT_DATES:
                pattern = re.sub(r"(?<!y)yy(?!y)", "y", pattern)
            fields = re.sub(r"'[^']*'", "", pattern)
            if re.search(r"(?<!y)y(?!y)", fields) and not re.search(r"MMM|LLL|E|G", fields) \
                    and (variant is loc or _field_order(pattern) == order):
                found.setdefault(pattern, "yMd")
                if "'" not in pattern:
                    for separator in SHORT_DATE_SEPARATORS.get(loc.language, ()):
                        found.setdefault(pattern.replace("/", separator), "yMd")
    return tuple((skeleton, pattern) for pattern, skeleton in found.items())


def _field_order(pattern: str) -> str:
    """The order of a date pattern's day, month and year ("dMy" of "d/MM/y")."""
    return "".join(dict.fromkeys(re.findall(r"[dMLy]", re.sub(r"'[^']*'", "", pattern)))
                   ).replace("L", "M")


def _numbered(pattern: str, word: str) -> str:
    """A pattern's month name (MMM, MMMM, outside quotes) as its number and `word`."""
    return "".join(part if part.startswith("'") else
                   re.sub(r"([ML])\1{2,3}", lambda m: f"{m.group(1)}'{word}'", part)
                   for part in re.split(r"('[^']*')", pattern))


def _clock_word(pattern: str, field: str) -> tuple[str, ...]:
    """The word a time pattern writes after a field: de "HH 'Uhr'" -> "Uhr", ja
    "H時mm分" -> "時" after H, "分" after m; nothing where it is punctuation (":")."""
    match = re.search(rf"{field}+((?:'[^']*'|[^A-Za-z'])+)", pattern)
    if not match:
        return ()
    word = match.group(1).replace("'", "").strip(SPACES)
    return (word,) if word and word.isalpha() else ()


def _ampm_first(loc: Locale) -> bool:
    pattern = re.sub(r"'[^']*'", "", loc.datetime_skeletons["hm"].pattern)
    return pattern.find("a") < pattern.find("h") if "h" in pattern else \
        pattern.find("a") < pattern.find("K")


def _percent_first(loc: Locale) -> bool:
    pattern = re.sub(r"'[^']*'", "", loc.percent_formats[None].pattern)
    return pattern.find("%") < pattern.find("#") if "%" in pattern else False


def _weekdays(loc: Locale) -> tuple[str, ...]:
    found: set[str] = set()
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            found.update(loc.days[context][width].values())
    return tuple(sorted(found, key=lambda s: (-len(s), s)))


def _day_first(loc: Locale) -> bool:
    pattern = loc.date_formats["long"].pattern
    return pattern.find("d") < pattern.find("M")


def _year_suffixes(loc: Locale) -> tuple[str, ...]:
    """Literal text the long date pattern, or the year's own ("y年"), writes after the
    year: ru "y 'г'." -> "г.", ja "年"."""
    alone = loc.datetime_skeletons.get("y")
    if alone is not None and alone.pattern.startswith("y") and "'" not in alone.pattern:
        literal = alone.pattern.lstrip("y").strip(SPACES)
        if literal.isalpha():
            return (literal,)
    pattern = loc.date_formats["long"].pattern
    tail = pattern[pattern.rfind("y") + 1:]
    if re.search(r"[A-Za-z]", re.sub(r"'[^']*'", "", tail)):
        return ()  # more fields follow the year: not a suffix
    literal = tail.replace("'", "").strip(SPACES + ",")
    return (literal,) if literal else ()


def _day_periods(variants: Iterable[Locale]) -> tuple[tuple[str, ...], ...]:
    am: dict[str, None] = {}
    pm: dict[str, None] = {}
    noon: dict[str, None] = {}
    midnight: dict[str, None] = {}
    for loc in variants:
        for widths in loc.day_periods.values():
            for width in ("abbreviated", "wide"):
                periods = widths.get(width, {})
                pairs = [("am", am), ("pm", pm)]
                if width == "wide":  # "min." (fr, midnight) is also minutes: wide only
                    pairs += [("noon", noon), ("midnight", midnight)]
                for key, target in pairs:
                    value = periods.get(key)
                    # One-letter markers ("a", "p") are too ambiguous in prose.
                    if value and len(value.strip(".")) > 1:
                        target[value.casefold()] = None
                        # CLDR spaces es "a.\u202fm." with a no-break space, which
                        # copied text types as a plain one ("10 a. m.")
                        target[re.sub(f"[{SPACES}]", " ", value).casefold()] = None
    return tuple(tuple(sorted(t, key=lambda s: -len(s))) for t in (am, pm, noon, midnight))


def _hour_marks(variants: Iterable[Locale]) -> tuple[str, ...]:
    marks: dict[str, None] = {}
    for loc in variants:
        for width in ("short", "medium"):
            pattern = loc.time_formats[width].pattern
            match = re.search(r"[Hh]+(.*?)m", pattern)
            if match:
                mark = match.group(1).replace("'", "").strip(SPACES)
                if mark and mark != ":":
                    marks[mark] = None
    return tuple(marks)


_BIDI_MARKS = re.compile("[\u200e\u200f\u061c]")


def _pattern_words(pattern: str, first: bool = False) -> str | None:
    """The unit word of a CLDR unit or compact pattern ("{0} minutes" -> "minutes");
    with `first`, that of a pattern that writes it before the number and nothing after
    ("dakika {0}" -> "dakika", "milioni 0;milioni -0" -> "milioni"), WORDS_FIRST's."""
    # (without the bidi marks some locales' patterns hold, "\u200f0 מיליון", "0M\u200f":
    # they order the page's display, and prose does not type them)
    text = _BIDI_MARKS.sub("", pattern).replace("{0}", "\0").replace("0", "\0")
    if first:
        # (the negative number's pattern after ";" says the same word again)
        text = text.split(";")[0]
        if text.startswith("\0") or not text.endswith("\0"):
            return None
    elif not text.startswith("\0"):
        return None  # a word before the number: WORDS_FIRST's languages read it
    word = text.strip("\0").strip(SPACES).replace("'", "")
    return word or None


def _units(loc: Locale, cjk: bool, left_out: tuple[str, ...],
           first: bool = False) -> dict[str, tuple[str, str]]:
    """CLDR's words of the units of a length of time, casefolded; with `first`, those
    written before the number ("dakika {0}")."""
    found: dict[str, tuple[str, str]] = {}
    patterns = loc._data["unit_patterns"]
    for unit, designator in _DURATION_UNITS.items():
        data = patterns.get(f"duration-{unit}", {})
        for width in ("long", "short"):
            if width == "short" and unit not in _SHORT_UNITS:
                continue
            for form, pattern in data.get(width, {}).items():
                if form == "per":
                    continue
                word = _pattern_words(pattern, first)
                # One-letter units ("h", "s", "ч") read as durations too often wrongly;
                # a Han character is a word ("分").
                if word and (len(word.strip(".")) > 1 or cjk) and word not in left_out:
                    found.setdefault(word.casefold(), (designator, width))
    return found


@cache
def week_words(lang: str) -> tuple[str, ...]:
    """CLDR's long names of the week in `lang` ("tuần", "weeks"): no unit of a duration
    (xs:duration has none), but a unit after a number all the same, so that a month named
    by its number ("6 tháng 2 tuần", 6 months 2 weeks) is not read before it."""
    data = Locale.parse(lang)._data["unit_patterns"].get("duration-week", {})
    words = {_pattern_words(pattern) for form, pattern in data.get("long", {}).items()
             if form != "per"}
    return tuple(sorted(word for word in words if word))


def _scales(loc: Locale, letters: bool = False, long_only: bool = False,
            first: bool = False) -> dict[str, int]:
    """CLDR's compact scale words, casefolded, each space a plain one (en_IN's "lakh crore"
    is spaced by U+202F, which prose does not type and the look-up squashes); with
    `letters`, its one-letter short forms instead, as written ("k", "M"), which only a
    currency sign after them makes a scale ("12,5 M€"): alone, "M" and "K" are too often
    something else. `long_only`: the long forms alone ("million", not "M"). `first`:
    the words written before the number ("milioni 0") instead."""
    found: dict[str, int] = {}
    for width, table in loc.compact_decimal_formats.items():
        if long_only and width != "long":
            continue
        for magnitudes in table.values():
            for magnitude, pattern in magnitudes.items():
                # "00K" at 10000 is thousands; "0万" at 10000 is ten thousands (ja).
                # (a word-first pattern's negative form after ";", "elfu 0;elfu -0", has
                # its zeros again)
                zeros = (pattern.pattern.split(";")[0] if first else pattern.pattern).count("0")
                power = len(magnitude) - zeros
                if power < 3:
                    continue
                word = _pattern_words(pattern.pattern, first)
                if not word:
                    continue
                word = re.sub(f"[{SPACES}]+", " ", word)
                letter = width != "long" and len(word.strip(".")) == 1
                if letters and letter:
                    found.setdefault(word, power)
                elif not letters and not letter:
                    found.setdefault(word.casefold(), power)
    return found


def _symbols(loc: Locale) -> dict[str, str]:
    found: dict[str, str] = {}
    taken: dict[str, int] = {}
    for code, symbol in loc.currency_symbols.items():
        # Letters with a dot ("р.", "Cg.") are abbreviations of words, not symbols;
        # "¤" is CLDR's sign for "no currency".
        if symbol in (code, "¤") or symbol.isalpha() or ("." in symbol and any(
                ch.isalpha() for ch in symbol)):
            continue
        taken[symbol] = taken.get(symbol, 0) + 1
        found.setdefault(symbol, code)
    # A symbol CLDR gives to several currencies of this locale is no evidence of any.
    found = {s: c for s, c in found.items() if taken[s] == 1}
    found.setdefault("US$", "USD")
    return found


@cache
def _iso_codes() -> frozenset[str]:
    return frozenset(list_currencies())


def iso_codes() -> frozenset[str]:
    return _iso_codes()


def _currency_names(loc: Locale, lang: str) -> dict[str, str]:
    found: dict[str, str] = {}
    plural = loc._data["currency_names_plural"]
    for code in _iso_codes():
        for form in plural.get(code, {}).values():
            found.setdefault(form.casefold(), code)
        name = loc.currencies.get(code)
        if name:
            found.setdefault(name.casefold(), code)
    for word, code in CURRENCY_WORDS.get(lang, {}).items():
        found[word.casefold()] = code
    return found

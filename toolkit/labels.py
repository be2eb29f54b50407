"""The few fixed words of a built page, per locale, with English as the fallback.

These are interface text, not release content, so they are not in the release catalogs.
A pattern's ``{time}`` is where the formatted value goes, so that word order and
punctuation (a Japanese full-width colon, a Russian preposition) stay the locale's own.
"""

from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType
from typing import NamedTuple

LABELS = MappingProxyType({
    "en": MappingProxyType({
        "embargo": "Embargoed until {time}",
        "press_releases": "Press releases",
        "languages": "Languages",
    }),
    "ja": MappingProxyType({
        "embargo": "解禁日時：{time}",
        "press_releases": "報道発表",
        "languages": "言語",
    }),
    "ky": MappingProxyType({
        "embargo": "Эмбарго мөөнөтү: {time}",
        "press_releases": "Пресс-релиздер",
        "languages": "Тилдер",
    }),
    "ru": MappingProxyType({
        "embargo": "Эмбарго до {time}",
        "press_releases": "Пресс-релизы",
        "languages": "Языки",
    }),
    "ar": MappingProxyType({
        "embargo": "يحظر النشر قبل {time}",
        "press_releases": "البيانات الصحفية",
        "languages": "اللغات",
    }),
    "fr": MappingProxyType({
        "embargo": "Sous embargo jusqu’au {time}",
        "press_releases": "Communiqués de presse",
        "languages": "Langues",
    }),
    "de": MappingProxyType({
        "embargo": "Sperrfrist: {time}",
        "press_releases": "Pressemitteilungen",
        "languages": "Sprachen",
    }),
    "es": MappingProxyType({
        "embargo": "Embargado hasta {time}",
        "press_releases": "Comunicados de prensa",
        "languages": "Idiomas",
    }),
    "zh": MappingProxyType({
        "embargo": "解禁时间：{time}",
        "press_releases": "新闻稿",
        "languages": "语言",
    }),
    # Traditional characters: Taiwan's, Hong Kong's and Macao's pages (`_variant`).
    "zh_Hant": MappingProxyType({
        "embargo": "解禁時間：{time}",
        "press_releases": "新聞稿",
        "languages": "語言",
    }),
    # Catalan and Galician take the article before the day their dates open with, as
    # French does ("fins al 24 de desembre del 2022", "ata o 24 de decembro"); a
    # Generalitat's and a Xunta's releases are "comunicats" and "notas" de premsa/prensa.
    "ca": MappingProxyType({
        "embargo": "Embargat fins al {time}",
        "press_releases": "Comunicats de premsa",
        "languages": "Idiomes",
    }),
    "gl": MappingProxyType({
        "embargo": "Embargado ata o {time}",
        "press_releases": "Notas de prensa",
        "languages": "Idiomas",
    }),
    # Basque would put a case ending on the time (CLDR's "2022(e)ko abenduaren 24(a)"
    # already has one): the time follows a colon, as Hungarian's does.
    "eu": MappingProxyType({
        "embargo": "Enbargoa: {time}",
        "press_releases": "Prentsa-oharrak",
        "languages": "Hizkuntzak",
    }),
    "pl": MappingProxyType({
        "embargo": "Embargo do {time}",
        "press_releases": "Komunikaty prasowe",
        "languages": "Języki",
    }),
    "he": MappingProxyType({
        "embargo": "אמברגו עד {time}",
        "press_releases": "הודעות לעיתונות",
        "languages": "שפות",
    }),
    # CLDR's `pt` is Brazil's Portuguese, whose ministries write to the press ("à
    # imprensa"); Portugal's (`pt_PT`, which Africa's inherit) writes its press releases
    # "de imprensa". "Idioma" is CLDR's word for a language in both.
    "pt": MappingProxyType({
        "embargo": "Embargo até {time}",
        "press_releases": "Comunicados à imprensa",
        "languages": "Idiomas",
    }),
    "pt_PT": MappingProxyType({
        "embargo": "Embargo até {time}",
        "press_releases": "Comunicados de imprensa",
        "languages": "Idiomas",
    }),
    "it": MappingProxyType({
        "embargo": "Embargo: {time}",
        "press_releases": "Comunicati stampa",
        "languages": "Lingue",
    }),
    "nl": MappingProxyType({
        "embargo": "Embargo tot {time}",
        "press_releases": "Persberichten",
        "languages": "Talen",
    }),
    "uk": MappingProxyType({
        "embargo": "Ембарго до {time}",
        "press_releases": "Прес-релізи",
        "languages": "Мови",
    }),
    # A Korean ministry's release heads its table with 보도시점 (for release at) and 배포
    # (distributed); its board lists 보도자료.
    "ko": MappingProxyType({
        "embargo": "보도시점: {time}",
        "press_releases": "보도자료",
        "languages": "언어",
    }),
    # Norwegian: CLDR's `no`, whose words Bokmål (`nb`) inherits; a ministry's
    # pressemelding, embargoed by a sperrefrist.
    "no": MappingProxyType({
        "embargo": "Sperrefrist: {time}",
        "press_releases": "Pressemeldinger",
        "languages": "Språk",
    }),
    # Nynorsk, which CLDR has inherit from `no` too: the same words but the plural.
    "nn": MappingProxyType({
        "embargo": "Sperrefrist: {time}",
        "press_releases": "Pressemeldingar",
        "languages": "Språk",
    }),
    # Finnish: a tiedote, free to publish (julkaisuvapaa) from its time.
    "fi": MappingProxyType({
        "embargo": "Julkaisuvapaa {time}",
        "press_releases": "Tiedotteet",
        "languages": "Kielet",
    }),
    "sv": MappingProxyType({
        "embargo": "Embargo till {time}",
        "press_releases": "Pressmeddelanden",
        "languages": "Språk",
    }),
    "da": MappingProxyType({
        "embargo": "Embargo til {time}",
        "press_releases": "Pressemeddelelser",
        "languages": "Sprog",
    }),
    # (Czech and Slovak months are written in the genitive in a date, as "do" (until)
    # wants them: CLDR's "24. prosince 2022", "24. decembra 2022 o 10:00".)
    "cs": MappingProxyType({
        "embargo": "Embargo do {time}",
        "press_releases": "Tiskové zprávy",
        "languages": "Jazyky",
    }),
    "sk": MappingProxyType({
        "embargo": "Embargo do {time}",
        "press_releases": "Tlačové správy",
        "languages": "Jazyky",
    }),
    # Hungarian and Turkish would put a case suffix on the time ("...-ig"), which a
    # formatted value cannot take: the time follows a colon.
    "hu": MappingProxyType({
        "embargo": "Embargó: {time}",
        "press_releases": "Sajtóközlemények",
        "languages": "Nyelvek",
    }),
    "tr": MappingProxyType({
        "embargo": "Yayın ambargosu: {time}",
        "press_releases": "Basın bültenleri",
        "languages": "Diller",
    }),
    "ro": MappingProxyType({
        "embargo": "Embargo până la {time}",
        "press_releases": "Comunicate de presă",
        "languages": "Limbi",
    }),
    # (Greek puts an article before a date after a preposition: the time follows a
    # colon, as the bare value has none.)
    "el": MappingProxyType({
        "embargo": "Εμπάργκο: {time}",
        "press_releases": "Δελτία Τύπου",
        "languages": "Γλώσσες",
    }),
    "id": MappingProxyType({
        "embargo": "Embargo hingga {time}",
        "press_releases": "Siaran pers",
        "languages": "Bahasa",
    }),
    # "Not to be published before": Hindi, Persian and Urdu put the time before their
    # word for "before" (a postposition), Thai after it, as their sentences do.
    "th": MappingProxyType({
        "embargo": "ห้ามเผยแพร่ก่อน {time}",
        "press_releases": "ข่าวประชาสัมพันธ์",
        "languages": "ภาษา",
    }),
    "hi": MappingProxyType({
        "embargo": "{time} से पहले प्रकाशन निषिद्ध",
        "press_releases": "प्रेस विज्ञप्तियाँ",
        "languages": "भाषाएँ",
    }),
    # (Persian's plural suffix is joined by a zero-width non-joiner, U+200C.)
    "fa": MappingProxyType({
        "embargo": "انتشار پیش از {time} ممنوع",
        "press_releases": "اطلاعیه\u200cهای مطبوعاتی",
        "languages": "زبان\u200cها",
    }),
    # Vietnamese: a thông cáo báo chí, not to be published before (trước) its time;
    # "Ngôn ngữ" is CLDR's word for a language.
    "vi": MappingProxyType({
        "embargo": "Cấm công bố trước {time}",
        "press_releases": "Thông cáo báo chí",
        "languages": "Ngôn ngữ",
    }),
    # Serbian, in both its scripts: sr_Latn inherits no word from Cyrillic sr (`_chain`).
    # CLDR writes its month in the nominative ("1. mart 2025."), which "do" (until)
    # would put in the genitive ("do 1. marta"): the time follows a colon.
    "sr": MappingProxyType({
        "embargo": "Ембарго: {time}",
        "press_releases": "Саопштења за медије",
        "languages": "Језици",
    }),
    "sr_Latn": MappingProxyType({
        "embargo": "Embargo: {time}",
        "press_releases": "Saopštenja za medije",
        "languages": "Jezici",
    }),
    "ur": MappingProxyType({
        "embargo": "{time} سے پہلے اشاعت ممنوع",
        "press_releases": "پریس ریلیز",
        "languages": "زبانیں",
    }),
    # The EU's other official languages. "Languages" is the plural of CLDR's own word
    # for a language (its code pattern's: Език, Keel, Teanga, Jezik, Kalba, Valoda,
    # Lingwa, Jezik). Bulgarian declines no noun, so "до" (until) takes CLDR's "24 март
    # 2025 г." as it is; Croatian's "do" and Lithuanian's "iki" want the genitive,
    # which CLDR writes a date's month in ("24. ožujka", "2025 m. kovo 24 d."), as
    # Czech's "do" does.
    "bg": MappingProxyType({
        "embargo": "Ембарго до {time}",
        "press_releases": "Прессъобщения",
        "languages": "Езици",
    }),
    "hr": MappingProxyType({
        "embargo": "Embargo do {time}",
        "press_releases": "Priopćenja za medije",
        "languages": "Jezici",
    }),
    "lt": MappingProxyType({
        "embargo": "Embargas iki {time}",
        "press_releases": "Pranešimai spaudai",
        "languages": "Kalbos",
    }),
    # Estonian's "kuni" wants the terminative ("kuni 24. märtsini"), Latvian's "līdz"
    # the dative ("līdz 24. martam"), Slovene's "do" the genitive ("do 24. marca"),
    # Maltese's "sa" an article before the day ("sa l-24 ta’ Marzu"), and CLDR writes
    # none of them ("24. märts", "24. marts", "24. marec", "24 ta’ Marzu"): the time
    # follows a colon, as Serbian's does.
    "et": MappingProxyType({
        "embargo": "Embargo: {time}",
        "press_releases": "Pressiteated",
        "languages": "Keeled",
    }),
    "lv": MappingProxyType({
        "embargo": "Embargo: {time}",
        "press_releases": "Paziņojumi presei",
        "languages": "Valodas",
    }),
    "sl": MappingProxyType({
        "embargo": "Embargo: {time}",
        "press_releases": "Sporočila za javnost",
        "languages": "Jeziki",
    }),
    "mt": MappingProxyType({
        "embargo": "Embargo: {time}",
        "press_releases": "Stqarrijiet għall-Istampa",
        "languages": "Lingwi",
    }),
    # Irish has no embargo word here: no settled term for a release's embargo was
    # found ("lánchosc" is a trade embargo), so that line stays English, marked so.
    "ga": MappingProxyType({
        "press_releases": "Preaseisiúintí",
        "languages": "Teangacha",
    }),
})

FALLBACK = "en"
KEYS = tuple(LABELS[FALLBACK])


def label(locale: str, key: str) -> str:
    """The label in `locale`, or in the nearest locale it inherits from as CLDR has it
    (`_chain`: ``zh_TW`` → ``zh_Hant``, ``pt_BR`` → ``pt``, ``nb`` → ``no``), or
    English."""
    return LABELS[_found(locale, key)][key]


def label_language(locale: str, key: str) -> str | None:
    """The language of `label(locale, key)` when it is not the locale's own: FALLBACK
    for a locale whose language has no such word here (a Korean page's "Press
    releases"), which the page must then mark as English (WCAG 2.1 SC 3.1.2); None when
    the word is in the locale's language (its own or one it inherits from, or English on
    an English locale such as ``en_GB``)."""
    if _found(locale, key) != FALLBACK:
        return None
    chain = _chain(locale)
    language = chain[0] if chain else locale.replace("-", "_")
    return None if language.partition("_")[0] == FALLBACK else FALLBACK


@lru_cache(maxsize=1024)
def _found(locale: str, key: str) -> str:
    """The table `label` takes `key` from. (Remembered: a page asks for its embargo
    line's words.)"""
    for name in _chain(locale):
        table = LABELS.get(name)
        if table is not None and key in table:
            return name
    if key in LABELS[FALLBACK]:
        return FALLBACK
    raise KeyError(key)


@lru_cache(maxsize=256)
def _chain(locale: str) -> tuple[str, ...]:
    """`locale` as CLDR names it and the locales it inherits from, nearest first, root
    left out: its aliases resolved and its likely script filled in (``iw`` → ``he``,
    ``zh_TW`` → ``zh_Hant_TW``, ``sr_ME`` → ``sr_Latn_ME``, ``sr@latin`` →
    ``sr_Latn``), then CLDR's parent locales (``nb`` and ``nn`` → ``no``, ``pt_AO`` →
    ``pt_PT`` → ``pt``); a language in a script not its usual one inherits from no
    other of it (``zh_Hant`` is not ``zh``, whose words are in simplified characters,
    nor ``sr_Latn`` Cyrillic ``sr``). A pseudo-locale is its language (``en_XA`` →
    ``en``); a tag CLDR does not know, itself and its language."""
    from babel.core import get_global

    from toolkit.errors import UsageError
    from toolkit.formatting import babel_locale_for

    try:
        name = str(babel_locale_for(locale))
    except UsageError:
        name = locale.replace("-", "_").partition("@")[0].partition(".")[0]
    parents = get_global("parent_exceptions")
    likely = get_global("likely_subtags")
    chain = []
    while name and name != "root" and name not in chain:
        chain.append(name)
        parent = parents.get(name)
        if parent is None:
            language, _, rest = name.partition("_")
            if _is_script(rest) and not likely.get(language, "").startswith(
                    f"{language}_{rest}_"):
                break  # (CLDR: a script not the language's likely one has root's data)
            parent = name.rpartition("_")[0]
        name = parent
    return tuple(chain)


def _is_script(subtag: str) -> bool:
    """A script subtag alone (``Hant``, ``Latn``), nothing after it."""
    return len(subtag) == 4 and subtag.isalpha()


class Labels(NamedTuple):
    """A locale's fixed words: the project's own (``[locale.LL.labels]`` in its config,
    checked there), each in the locale's language, and the built-in ones (`label`) for
    the keys it leaves out. Made once a locale and run, and passed to every page.

    A tuple: the page writer's caches are keyed on it, several times a page, and a
    tuple is hashed and compared in C, a dataclass by Python calls (+0.3% of a build's
    instructions)."""

    locale: str
    own: tuple[tuple[str, str], ...] = ()  # (key, words), as the project gives them

    def text(self, key: str) -> str:
        for name, words in self.own:
            if name == key:
                return words
        return label(self.locale, key)

    def language(self, key: str) -> str | None:
        """`label_language`, but None for a word the project gave: it is the locale's."""
        if any(name == key for name, _ in self.own):
            return None
        return label_language(self.locale, key)

"""The few fixed words of a built page, per locale, with English as the fallback.

These are interface text, not release content, so they are not in the release catalogs.
A pattern's ``{time}`` is where the formatted value goes, so that word order and
punctuation (a Japanese full-width colon, a Russian preposition) stay the locale's own.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import NamedTuple

LABELS = MappingProxyType({
    "en": MappingProxyType({
        "embargo": "Embargoed until {time}",
        "published": "Published",
        "press_releases": "Press releases",
        "languages": "Languages",
    }),
    "ja": MappingProxyType({
        "embargo": "解禁日時：{time}",
        "published": "発表日",
        "press_releases": "報道発表",
        "languages": "言語",
    }),
    "ky": MappingProxyType({
        "embargo": "Эмбарго мөөнөтү: {time}",
        "published": "Жарыяланган күнү",
        "press_releases": "Пресс-релиздер",
        "languages": "Тилдер",
    }),
    "ru": MappingProxyType({
        "embargo": "Эмбарго до {time}",
        "published": "Дата публикации",
        "press_releases": "Пресс-релизы",
        "languages": "Языки",
    }),
    "ar": MappingProxyType({
        "embargo": "يحظر النشر قبل {time}",
        "published": "تاريخ النشر",
        "press_releases": "البيانات الصحفية",
        "languages": "اللغات",
    }),
    "fr": MappingProxyType({
        "embargo": "Sous embargo jusqu’au {time}",
        "published": "Date de publication",
        "press_releases": "Communiqués de presse",
        "languages": "Langues",
    }),
    "de": MappingProxyType({
        "embargo": "Sperrfrist: {time}",
        "published": "Veröffentlicht",
        "press_releases": "Pressemitteilungen",
        "languages": "Sprachen",
    }),
    "es": MappingProxyType({
        "embargo": "Embargado hasta {time}",
        "published": "Fecha de publicación",
        "press_releases": "Comunicados de prensa",
        "languages": "Idiomas",
    }),
    "zh": MappingProxyType({
        "embargo": "解禁时间：{time}",
        "published": "发布日期",
        "press_releases": "新闻稿",
        "languages": "语言",
    }),
    # Traditional characters: Taiwan's, Hong Kong's and Macao's pages (`_variant`).
    "zh_Hant": MappingProxyType({
        "embargo": "解禁時間：{time}",
        "published": "發布日期",
        "press_releases": "新聞稿",
        "languages": "語言",
    }),
    "pl": MappingProxyType({
        "embargo": "Embargo do {time}",
        "published": "Data publikacji",
        "press_releases": "Komunikaty prasowe",
        "languages": "Języki",
    }),
    "he": MappingProxyType({
        "embargo": "אמברגו עד {time}",
        "published": "תאריך פרסום",
        "press_releases": "הודעות לעיתונות",
        "languages": "שפות",
    }),
    "pt": MappingProxyType({
        "embargo": "Embargo até {time}",
        "published": "Data de publicação",
        "press_releases": "Comunicados de imprensa",
        "languages": "Idiomas",
    }),
    "it": MappingProxyType({
        "embargo": "Embargo: {time}",
        "published": "Data di pubblicazione",
        "press_releases": "Comunicati stampa",
        "languages": "Lingue",
    }),
    "nl": MappingProxyType({
        "embargo": "Embargo tot {time}",
        "published": "Publicatiedatum",
        "press_releases": "Persberichten",
        "languages": "Talen",
    }),
    "uk": MappingProxyType({
        "embargo": "Ембарго до {time}",
        "published": "Дата публікації",
        "press_releases": "Прес-релізи",
        "languages": "Мови",
    }),
    # A Korean ministry's release heads its table with 보도시점 (for release at) and 배포
    # (distributed); its board lists 보도자료.
    "ko": MappingProxyType({
        "embargo": "보도시점: {time}",
        "published": "배포일",
        "press_releases": "보도자료",
        "languages": "언어",
    }),
    # Norwegian Bokmål: a ministry's pressemelding, embargoed by a sperrefrist.
    "nb": MappingProxyType({
        "embargo": "Sperrefrist: {time}",
        "published": "Publisert",
        "press_releases": "Pressemeldinger",
        "languages": "Språk",
    }),
    # Finnish: a tiedote, free to publish (julkaisuvapaa) from its time.
    "fi": MappingProxyType({
        "embargo": "Julkaisuvapaa {time}",
        "published": "Julkaistu",
        "press_releases": "Tiedotteet",
        "languages": "Kielet",
    }),
})

FALLBACK = "en"
KEYS = tuple(LABELS[FALLBACK])


def label(locale: str, key: str) -> str:
    """The label in `locale`, its script's (``zh_TW`` → ``zh_Hant``), its language's
    (``pt_BR`` → ``pt``), or English."""
    for candidate in filter(None, (locale, _variant(locale), _base(locale), FALLBACK)):
        table = LABELS.get(candidate)
        if table is not None and key in table:
            return table[key]
    raise KeyError(key)


def label_language(locale: str, key: str) -> str | None:
    """The language of `label(locale, key)` when it is not the locale's own: FALLBACK
    for a locale whose language has no such word here (a Korean page's "Press
    releases"), which the page must then mark as English (WCAG 2.1 SC 3.1.2); None when
    the word is in the locale's language (its own, its language's, or English on an
    English locale such as ``en_GB``)."""
    base = _base(locale)
    for candidate in filter(None, (locale, _variant(locale), base)):
        table = LABELS.get(candidate)
        if table is not None and key in table:
            return None
    return None if base == FALLBACK else FALLBACK


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


def _base(locale: str) -> str:
    return locale.replace("-", "_").split("_")[0]


# Chinese written in traditional characters: the script named, or a region that writes
# them when none is (CLDR's likely subtags for zh_TW, zh_HK and zh_MO).
_TRADITIONAL = frozenset({"Hant", "TW", "HK", "MO"})


def _variant(locale: str) -> str | None:
    parts = locale.replace("-", "_").split("_")
    if parts[0] == "zh" and "Hans" not in parts[1:] and _TRADITIONAL.intersection(parts[1:]):
        return "zh_Hant"
    return None

"""The fixed words of a built page: every language the labels know has all of them, and
a page in one of those languages shows no English word of the build's own."""

from __future__ import annotations

from pathlib import Path

import babel
import lxml.html
import pytest

from toolkit.build_pair import formatter_for
from toolkit.config import LocaleSettings
from toolkit.html_writer import IndexEntry, PageContext, locale_index, release_page, root_index
from toolkit.labels import FALLBACK, KEYS, LABELS, Labels, label, label_language
from toolkit.loader import load_release

SAMPLE = (Path(__file__).resolve().parent.parent / "releases"
          / "japan-kyrgyz-fm-meeting-2022.xml")


# Irish has no embargo word of which the table is sure: that line stays English.
UNSURE = {"ga": {"embargo"}}


@pytest.mark.parametrize("locale", sorted(LABELS))
def test_every_language_has_every_label_and_a_place_for_the_time(locale: str):
    assert set(LABELS[locale]) == set(LABELS[FALLBACK]) - UNSURE.get(locale, set())
    assert LABELS[locale].get("embargo", "{time}").count("{time}") == 1


@pytest.mark.parametrize(("locale", "direction", "words"), [
    # A Polish and a Hebrew page said "Press releases" and "Embargoed until" in English,
    # with nothing marking them as English (WCAG 2.1 SC 3.1.2).
    ("pl", "ltr", ("Komunikaty prasowe", "Embargo do ", "Języki")),
    ("he", "rtl", ("הודעות לעיתונות", "אמברגו עד ", "שפות")),
    ("uk", "ltr", ("Прес-релізи", "Ембарго до ", "Мови")),
    # (English on a Korean, Norwegian or Finnish page, until they had their own)
    ("ko", "ltr", ("보도자료", "보도시점: ", "언어")),
    ("nb", "ltr", ("Pressemeldinger", "Sperrefrist: ", "Språk")),
    ("fi", "ltr", ("Tiedotteet", "Julkaisuvapaa ", "Kielet")),
    # (English on a Turkish, Swedish or Czech page, until they had their own)
    ("tr", "ltr", ("Basın bültenleri", "Yayın ambargosu: ", "Diller")),
    ("sv", "ltr", ("Pressmeddelanden", "Embargo till ", "Språk")),
    ("da", "ltr", ("Pressemeddelelser", "Embargo til ", "Sprog")),
    ("cs", "ltr", ("Tiskové zprávy", "Embargo do ", "Jazyky")),
    # (English on a Slovak page, until it had its own)
    ("sk", "ltr", ("Tlačové správy", "Embargo do ", "Jazyky")),
    ("sk-SK", "ltr", ("Tlačové správy", "Embargo do ", "Jazyky")),
    ("el", "ltr", ("Δελτία Τύπου", "Εμπάργκο: ", "Γλώσσες")),
    ("fa", "rtl", ("اطلاعیه\u200cهای مطبوعاتی", "انتشار پیش از ", "زبان\u200cها")),
    # (English on a Vietnamese page; "Languages" is CLDR's word, its code pattern's)
    ("vi", "ltr", ("Thông cáo báo chí", "Cấm công bố trước ", "Ngôn ngữ")),
    # (English on a Catalan page, the source locale's own of a Generalitat's project,
    # and on Galician and Basque ones)
    ("ca", "ltr", ("Comunicats de premsa", "Embargat fins al ", "Idiomes")),
    ("ca-ES", "ltr", ("Comunicats de premsa", "Embargat fins al ", "Idiomes")),
    ("gl", "ltr", ("Notas de prensa", "Embargado ata o ", "Idiomas")),
    ("eu", "ltr", ("Prentsa-oharrak", "Enbargoa: ", "Hizkuntzak")),
    # (English on an EU institution's Bulgarian, Croatian, Lithuanian, Estonian, Latvian,
    # Slovene and Maltese pages)
    ("bg", "ltr", ("Прессъобщения", "Ембарго до ", "Езици")),
    ("hr", "ltr", ("Priopćenja za medije", "Embargo do ", "Jezici")),
    ("lt", "ltr", ("Pranešimai spaudai", "Embargas iki ", "Kalbos")),
    ("et", "ltr", ("Pressiteated", "Embargo: ", "Keeled")),
    ("lv", "ltr", ("Paziņojumi presei", "Embargo: ", "Valodas")),
    ("sl", "ltr", ("Sporočila za javnost", "Embargo: ", "Jeziki")),
    ("mt", "ltr", ("Stqarrijiet għall-Istampa", "Embargo: ", "Lingwi")),
])
def test_a_page_of_a_language_the_labels_know_has_its_own_words(locale, direction, words):
    context = PageContext(locale, direction, "g", embargo_text="noon",
                          versions=("en", locale))
    doc = lxml.html.document_fromstring(release_page(load_release(SAMPLE), context))
    nav, embargo = doc.find(".//nav"), doc.find_class("embargo")[0]
    assert (nav[0].text, embargo.text, doc.find_class("versions")[0].get("aria-label")) \
        == words


def test_an_irish_page_has_its_own_words_and_an_english_embargo_line_marked_english():
    context = PageContext("ga", "ltr", "g", embargo_text="24 Nollaig 2022",
                          versions=("en", "ga"))
    doc = lxml.html.document_fromstring(release_page(load_release(SAMPLE), context))
    nav, embargo = doc.find(".//nav"), doc.find_class("embargo")[0]
    assert (nav[0].text, nav[0].get("lang")) == ("Preaseisiúintí", None)
    assert doc.find_class("versions")[0].get("aria-label") == "Teangacha"
    assert (embargo.text, embargo.get("lang")) == ("Embargoed until ", "en")


@pytest.mark.parametrize(("locale", "zone", "words"), [
    ("cs", "Europe/Prague", "Embargo do 24. {month} 2022"),
    ("sk", "Europe/Bratislava", "Embargo do 24. {month} 2022"),
    ("hr", "Europe/Zagreb", "Embargo do 24. {month} 2022."),
    ("lt", "Europe/Vilnius", "Embargas iki 2022 m. {month} 24 d."),
])
@pytest.mark.parametrize("engine", ["babel", "icu"])
def test_embargo_words_that_want_the_genitive_take_the_time_in_it(locale, zone, words,
                                                                   engine):
    # "do" and "iki" (until) take the genitive: CLDR writes a date's month in it
    # ("24. prosince", "24. decembra", "24. prosinca", "gruodžio 24 d."), not in the
    # nominative its stand-alone form is ("prosinec", "prosinac", "gruodis").
    if engine == "icu":
        pytest.importorskip("icu")
    time = formatter_for(locale, LocaleSettings(), engine).format_instant(
        "2022-12-24T10:00:00+01:00", zone)
    months = babel.Locale.parse(locale)
    genitive, nominative = months.months["format"]["wide"][12], \
        months.months["stand-alone"]["wide"][12]
    assert genitive != nominative
    assert label(locale, "embargo").format(time=time).startswith(
        words.format(month=genitive))


@pytest.mark.parametrize(("locale", "zone"), [
    ("et", "Europe/Tallinn"), ("lv", "Europe/Riga"), ("sl", "Europe/Ljubljana"),
    ("mt", "Europe/Malta"),
])
@pytest.mark.parametrize("engine", ["babel", "icu"])
def test_a_date_in_the_nominative_follows_a_colon_not_an_until(locale, zone, engine):
    # CLDR writes these dates' month as it stands alone ("24. marts", "24. marec"),
    # which "līdz", "do", "kuni" or "sa" (until) would inflect: no word is put before it.
    if engine == "icu":
        pytest.importorskip("icu")
    time = formatter_for(locale, LocaleSettings(), engine).format_instant(
        "2022-12-24T10:00:00+01:00", zone)
    months = babel.Locale.parse(locale).months
    assert months["format"]["wide"][12] == months["stand-alone"]["wide"][12]
    assert months["format"]["wide"][12] in time
    assert label(locale, "embargo") == label(locale, "embargo").partition(":")[0] \
        + ": {time}"


def test_the_time_may_come_first_and_the_words_after_it():
    context = PageContext("hi", "ltr", "g", embargo_text="24 दिस॰ 2022")
    doc = lxml.html.document_fromstring(release_page(load_release(SAMPLE), context))
    embargo = doc.find_class("embargo")[0]
    assert (embargo.text, embargo[0].text, embargo[0].tail) == (
        None, "24 दिस॰ 2022", " से पहले प्रकाशन निषिद्ध")


def test_a_region_takes_its_languages_words_and_an_unknown_language_english():
    assert label("pt_BR", "press_releases") == "Comunicados à imprensa"
    assert label("sw", "press_releases") == "Press releases"


# ---------------------------------------------------------------- what a locale inherits
# The words follow CLDR's parent locales (Babel's), as the locale's formats do.
@pytest.mark.parametrize(("locale", "words"), [
    # A page tagged `no` (Norwegian, the macrolanguage: CLDR's own name for the data
    # Bokmål inherits) found no words of nb's and said "Press releases" in English;
    # Nynorsk, which inherits from `no` too, has its own plural.
    ("no", "Pressemeldinger"), ("nb", "Pressemeldinger"), ("nb-NO", "Pressemeldinger"),
    ("no_NO", "Pressemeldinger"), ("nn", "Pressemeldingar"), ("nn-NO", "Pressemeldingar"),
    # CLDR's `pt` is Brazil's (a Brazilian page said Portugal's "de imprensa"); Portugal's
    # and Africa's Portuguese have their own (pt_AO → pt_PT → pt)
    ("pt", "Comunicados à imprensa"), ("pt-BR", "Comunicados à imprensa"),
    ("pt_PT", "Comunicados de imprensa"), ("pt_AO", "Comunicados de imprensa"),
    ("pt-MZ", "Comunicados de imprensa"),
    # Latin America's Spanish through es_419; a region's English through en_001
    ("es_MX", "Comunicados de prensa"), ("en-GB", "Press releases"),
    # the codes ISO 639 retired, which CLDR reads as today's (Java still writes iw)
    ("iw", "הודעות לעיתונות"), ("in", "Siaran pers"),
    # a pseudo-locale: its language's
    ("ar-XB", "البيانات الصحفية"),
])
def test_a_locale_takes_the_words_of_the_locale_it_inherits_from(locale, words):
    assert (label(locale, "press_releases"), label_language(locale, "press_releases")) \
        == (words, None)


@pytest.mark.parametrize(("locale", "words"), [
    # A Serbian page in either script said "Press releases" and "Embargoed until" in
    # English.
    ("sr", ("Саопштења за медије", "Ембарго: {time}", "Језици")),
    ("sr-Cyrl-RS", ("Саопштења за медије", "Ембарго: {time}", "Језици")),
    ("sr-Latn", ("Saopštenja za medije", "Embargo: {time}", "Jezici")),
    ("sr@latin", ("Saopštenja za medije", "Embargo: {time}", "Jezici")),
    ("sr_ME", ("Saopštenja za medije", "Embargo: {time}", "Jezici")),  # sr_Latn_ME
])
def test_serbian_has_its_words_in_each_of_its_scripts(locale, words):
    assert tuple(label(locale, key) for key in ("press_releases", "embargo", "languages")) \
        == words
    assert label_language(locale, "press_releases") is None


@pytest.mark.parametrize("locale", ["uz_AF", "hi-Latn"])
def test_a_language_in_another_script_does_not_take_its_usual_scripts_words(locale):
    # CLDR: uz_AF is uz_Arab_AF, which inherits from root, not from uz in Latin letters;
    # hi_Latn from en_IN. English, then, and marked so.
    assert (label(locale, "press_releases"), label_language(locale, "press_releases")) \
        == ("Press releases", FALLBACK)


@pytest.mark.parametrize("locale", ["zh_Hant", "zh-Hant-TW", "zh_TW", "zh-HK", "zh_MO"])
def test_chinese_in_traditional_characters_has_its_own_words(locale):
    # A Taiwanese page said 新闻稿 and 语言, in simplified characters.
    assert (label(locale, "press_releases"), label(locale, "languages")) \
        == ("新聞稿", "語言")
    assert label_language(locale, "press_releases") is None


@pytest.mark.parametrize("locale", ["zh", "zh_Hans", "zh-CN", "zh_SG", "zh-Hans-HK"])
def test_chinese_in_simplified_characters_keeps_its_words(locale):
    assert label(locale, "press_releases") == "新闻稿"


# ---------------------------------------------------------------- a language they do not know
# A Swahili or Pashto page shows "Press releases", "Embargoed until" and the list's name
# "Languages" in English; with nothing saying so, a screen reader read them with Swahili
# or Pashto pronunciation rules (WCAG 2.1 SC 3.1.2). Each is marked where it lands.
def english_page(locale: str, direction: str) -> lxml.html.HtmlElement:
    context = PageContext(locale, direction, "g", embargo_text="2022年", versions=("en", locale))
    return lxml.html.document_fromstring(release_page(load_release(SAMPLE), context))


def test_the_language_of_a_label_is_said_only_when_it_is_not_the_locales():
    assert label_language("sw", "press_releases") == FALLBACK
    assert label_language("ps_AF", "embargo") == FALLBACK
    # its own, its language's, or English on an English page
    for locale in ("ja", "pt_BR", "zh-Hans", "en", "en_GB", "en-XA"):
        assert label_language(locale, "press_releases") is None, locale


@pytest.mark.parametrize(("locale", "direction", "dir_"), [
    ("sw", "ltr", None),
    # on a right-to-left page the English words are laid out left to right as well
    ("ps", "rtl", "ltr"),
])
def test_an_english_label_on_a_page_of_another_language_is_marked_english(locale, direction,
                                                                          dir_):
    doc = english_page(locale, direction)
    assert (doc.get("lang"), doc.get("dir")) == (locale, direction)
    nav, embargo = doc.find(".//nav"), doc.find_class("embargo")[0]
    assert nav.get("lang") is None  # the nav is in the page's language...
    assert (nav[0].text, nav[0].get("lang"), nav[0].get("dir")) == ("Press releases", "en",
                                                                    dir_)
    assert (embargo.text, embargo.get("lang"), embargo.get("dir")) == ("Embargoed until ",
                                                                       "en", dir_)
    # ...and so is the instant in the English line: it is formatted for the locale
    time = embargo.find("time")
    assert (time.get("lang"), time.get("dir")) == (locale, None if dir_ is None else direction)


def test_the_list_of_versions_names_itself_in_english_and_its_current_entry_not():
    listing = english_page("sw", "ltr").find_class("versions")[0]
    # an aria-label is in its element's language; the list is not laid out as English
    assert (listing.get("aria-label"), listing.get("lang"), listing.get("dir")) == (
        "Languages", "en", None)
    names = [(e.text, e.get("lang")) for li in listing for e in li]
    # every entry says its own language: this page's too, which would otherwise be en
    assert names == [("English", "en"), ("Kiswahili", "sw")]
    assert listing[1][0].get("aria-current") == "page"


def test_index_pages_mark_their_english_words():
    entries = [IndexEntry("a", "제목", "2023-03-01", "2023년 3월 1일")]
    doc = lxml.html.document_fromstring(
        locale_index(entries, PageContext("ps", "rtl"), feed="feed.xml"))
    marked = [(e.tag, e.get("lang"), e.get("dir"))
              for e in doc.xpath("//*[@lang][not(self::html)]")]
    assert marked == [("title", "en", "ltr"), ("link", "en", None), ("a", "en", "ltr"),
                      ("h1", "en", "ltr")]
    assert doc.xpath("//link[@type='application/atom+xml']/@title") == ["Press releases"]
    # a project whose source locale the labels do not know: its front page's title
    front = lxml.html.document_fromstring(root_index([], PageContext("sw")))
    assert [e.get("lang") for e in front.iter("title", "h1")] == ["en", "en"]


@pytest.mark.parametrize("locale", ["ja", "pt_BR", "en_GB"])
def test_a_page_whose_words_are_its_own_marks_none(locale):
    doc = english_page(locale, "ltr")
    # only the other version's name says a language
    assert [e.text for e in doc.xpath("//body//*[@lang]")] == ["English"]
    entries = [IndexEntry("a", "T", "2023-03-01", "-")]
    for data in (locale_index(entries, PageContext(locale), feed="feed.xml"),
                 root_index([], PageContext(locale))):
        assert not lxml.html.document_fromstring(data).xpath("//*[@lang][not(self::html)]")


# ---------------------------------------------------------------- a project's own words
# `[locale.LL.labels]` in the project's config (`toolkit.config`): a word given there is
# the locale's own, shown unmarked; a key left out falls back as before.
SWAHILI = Labels("sw", (("embargo", "Isichapishwe kabla ya {time}"),
                       ("press_releases", "Taarifa kwa vyombo vya habari")))


def test_a_word_the_project_gives_is_in_the_locales_language():
    assert (SWAHILI.text("press_releases"), SWAHILI.language("press_releases")) == (
        "Taarifa kwa vyombo vya habari", None)
    assert (SWAHILI.text("languages"), SWAHILI.language("languages")) == (
        "Languages", FALLBACK)
    # over a built-in word too: a house's own wording
    german = Labels("de", (("press_releases", "Pressemeldungen"),))
    assert (german.text("press_releases"), german.text("languages")) == (
        "Pressemeldungen", "Sprachen")


def test_a_page_shows_the_projects_words_unmarked_and_marks_only_the_english_ones():
    context = PageContext("sw", "ltr", "g", embargo_text="24 Desemba 2022",
                          versions=("en", "sw"), labels=SWAHILI)
    doc = lxml.html.document_fromstring(release_page(load_release(SAMPLE), context))
    nav, embargo = doc.find(".//nav"), doc.find_class("embargo")[0]
    assert (nav[0].text, nav[0].get("lang")) == ("Taarifa kwa vyombo vya habari", None)
    # the whole line in the page's language: neither it nor its instant is marked
    assert (embargo.text, embargo.get("lang"), embargo.find("time").get("lang")) == (
        "Isichapishwe kabla ya ", None, None)
    listing = doc.find_class("versions")[0]
    assert (listing.get("aria-label"), listing.get("lang")) == ("Languages", "en")


def test_index_pages_take_the_projects_words():
    words = "Taarifa kwa vyombo vya habari"
    entries = [IndexEntry("a", "Kichwa", "2023-03-01", "1 Machi 2023")]
    doc = lxml.html.document_fromstring(
        locale_index(entries, PageContext("sw", labels=SWAHILI), feed="feed.xml"))
    # (the title names the language as it names itself: the project's words are in it)
    assert [(e.tag, e.text, e.get("lang")) for e in doc.iter("title", "h1")] == [
        ("title", f"{words} (Kiswahili)", None), ("h1", words, None)]
    assert doc.xpath("//link[@type='application/atom+xml']/@title") == [words]
    assert doc.xpath("//link[@type='application/atom+xml']/@lang") == []
    front = lxml.html.document_fromstring(root_index([], PageContext("sw", labels=SWAHILI)))
    assert [(e.text, e.get("lang")) for e in front.iter("title", "h1")] == [
        (words, None), (words, None)]


# ---------------------------------------------------------------- the release's date
# The `published` label was in every table and on no page. A press page dates a release
# in its dateline, as the index page dates it in its list, without a word before it: the
# label went, rather than say the date a second time.
def test_the_date_is_the_datelines_once_and_no_label_says_it():
    assert "published" not in KEYS
    context = PageContext("ja", "ltr", "g", embargo_text="2022年12月24日 17:00")
    header = lxml.html.document_fromstring(
        release_page(load_release(SAMPLE), context)).find(".//article/header")
    dates = header.xpath(".//time[@datetime='2022-12-24']")
    assert [(t.text, t.getparent().getparent().get("class")) for t in dates] == [
        ("December 24, 2022", "dateline")]  # (the loaded source: formatting is translate's)
    assert "発表日" not in lxml.html.tostring(header, encoding="unicode")

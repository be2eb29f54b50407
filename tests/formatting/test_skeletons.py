"""Skeleton matching: ICU's DateTimePatternGenerator algorithm over any CLDR data.

The decisive test feeds the matcher ICU's own CLDR data and requires ICU's own answer
for every locale ICU has: the algorithm is then exactly ICU's, and whatever the Babel
engine still writes differently comes from Babel's CLDR data, not from the matching.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

import pytest
from babel import Locale

from toolkit.formatting import skeletons
from toolkit.vocabulary import DATE_SKELETONS

# Beyond the vocabulary's skeletons: weekdays, quarters, eras, times, odd widths.
EXTRA_SKELETONS = ("yMMMEd", "MMMd", "MMMEd", "yQQQ", "GyMMMd", "Ed", "yMMMMEEEEd", "E",
                   "yMM", "MMd", "MMMMM", "yyyy", "Hm", "hm", "Hms", "EHm", "MEd")


@pytest.mark.parametrize(("locale", "skeleton", "expected"), [
    ("en", "yMMMMd", "MMMM d, y"),  # the long date format, derived skeleton
    ("ru", "yMMMMd", "d MMMM y\u202f'г'."),
    ("ru", "MMMM", "LLLL"),  # MMM→LLL widened, stand-alone kept
    ("ky", "MMMMd", "d-MMMM"),  # d-MMM widened
    ("ja", "yMd", "y/M/d"),
    ("de", "yMMMMd", "d. MMMM y"),
])
def test_babel_data_gives_icu_style_patterns(locale, skeleton, expected):
    assert skeletons.best_pattern(locale, skeleton) == expected


def test_quoted_literals_survive_width_adjustment():
    assert skeletons.best_pattern("es", "yMMMMd") == "d 'de' MMMM 'de' y"


@pytest.mark.parametrize("pattern", ["d MMMM y 'г'.", "h 'o''clock' a", "''h", "y'年'M'月'"])
def test_tokens_rebuild_the_pattern_exactly(pattern):
    assert skeletons.untokenize(skeletons.tokenize(pattern)) == pattern


@pytest.mark.parametrize(("pattern", "marker", "expected"), [
    ("h:mm a", "PM", "h:mm 'PM'"),
    ("h:mm\u202fa", "e pasdites", "h:mm\u202f'e pasdites'"),
    ("a h:mm", "o'clock", "'o''clock' h:mm"),  # a quote in the marker stays literal
    ("h 'at' a", "PM", "h 'at' 'PM'"),  # the a of a quoted literal is no field
    ("h:mm aaaaa", "p", "h:mm aaaaa"),  # narrow is another name set, left to Babel
])
def test_am_pm_field_becomes_the_marker_as_literal_text(pattern, marker, expected):
    assert skeletons.with_am_pm(pattern, marker) == expected


@pytest.mark.parametrize(("locale", "chain"), [
    ("ky", ("ky", "root")),
    ("es_AR", ("es_AR", "es_419", "es", "root")),  # a parent exception
    ("sr_Latn_BA", ("sr_Latn_BA", "sr_Latn", "root")),  # a script other than the likely one
])
def test_locale_chain_is_the_cldr_inheritance_order(locale, chain):
    assert skeletons.locale_chain(locale) == chain


def test_own_data_is_the_locales_own_whatever_babel_cached():
    # Babel caches merged and own data under one key; ours must not depend on the order.
    assert Locale.parse("pt_AO").months["format"]["wide"][12] == "dezembro"  # merged
    assert "months" not in skeletons.own_data("pt_AO")  # pt_AO inherits all its months
    skeletons.own_data("ms_SG")
    assert Locale.parse("ms_SG").date_formats["full"]  # and the cache is left merged


@pytest.mark.parametrize(("full_time", "expected"), [
    ("h:mm:ss a zzzz", "h:mm a zzzz"),
    ("H時mm分ss秒 zzzz", "h:mm a zzzz"),  # 秒 belongs to the seconds, not the zone
    ("zzzz HH:mm:ss", "zzzz h:mm a"),
    ("H:mm:ss (zzzz)", "h:mm a (zzzz)"),
])
def test_zone_name_goes_where_the_full_time_format_puts_it(full_time, expected):
    assert skeletons.with_zone("h:mm a", full_time) == expected


# --------------------------------------------------------------------- against ICU

# Regional locales whose CLDR parents are not plain truncation, or that are aliases:
# always checked; COMMUNIQUE_FULL_SWEEP=1 checks every regional locale.
TRICKY_REGIONS = ("ar_EG", "ar_MA", "ar_SA", "az_Cyrl_AZ", "en_AE", "en_AU", "en_CA", "en_GB",
                  "en_IN", "es_419", "es_AR", "es_MX", "ff_Adlm_GM", "fr_CA", "fr_CH", "pt_AO",
                  "pt_PT", "sr_Latn_BA", "zh_Hant_HK", "zh_Hant_MO", "zh_Hant_TW", "yue_Hans_CN")


def icu_locales(icu) -> list[str]:
    known = sorted(icu.Locale.getAvailableLocales())
    if os.environ.get("COMMUNIQUE_FULL_SWEEP"):
        return known
    return [name for name in known
            if icu.Locale(name).getCountry() == "" or name in TRICKY_REGIONS]


def _icu_chain(icu, name: str) -> list[Mapping[str, str]]:
    """The availableFormats of a locale and its parents, from ICU's resource bundles."""

    def bundle(locale: str):
        return icu.ResourceBundle("ICUDATA", icu.Locale(locale))

    def declared_parent(locale: str) -> str | None:
        try:
            return bundle(locale).get("%%Parent").getString()
        except icu.ICUError:
            return None

    def truncate(locale: str) -> str:
        return locale.rsplit("_", 1)[0] if "_" in locale else "root"

    def own_formats(locale: str) -> dict[str, str]:
        try:
            calendar = bundle(locale).get("calendar")
            if (calendar.getLocale().getName() or "root") != locale:
                return {}  # inherited wholesale: the parent's turn will read it
            table = calendar.get("gregorian").get("availableFormats")
        except icu.ICUError:
            return {}
        formats = {}
        while table.hasNext():
            item = table.getNext()
            if item.getType() == icu.UResType.STRING:
                formats[item.getKey()] = item.getString()
        return formats

    chain = []
    while True:
        actual = bundle(name).getLocale().getName() or "root"
        if actual != name and name != "root":
            name = actual  # an alias bundle (zh_Hant_TW → zh_Hant)
            continue
        chain.append(own_formats(name))
        if name == "root":
            return chain
        parent = declared_parent(name)  # only if declared here, not inherited
        name = parent if parent and parent != declared_parent(truncate(name)) else truncate(name)


def test_matcher_on_icu_data_equals_icu_everywhere():
    icu = pytest.importorskip("icu")
    styles = (icu.DateFormat.kFull, icu.DateFormat.kLong, icu.DateFormat.kMedium,
              icu.DateFormat.kShort)
    wrong = []
    locales = icu_locales(icu)
    for name in locales:
        locale = icu.Locale(f"{name}@calendar=gregorian;numbers=latn")
        candidates = skeletons.build_pattern_map(
            [icu.DateFormat.createDateInstance(s, locale).toPattern() for s in styles],
            [icu.DateFormat.createTimeInstance(s, locale).toPattern() for s in styles],
            _icu_chain(icu, name))
        generator = icu.DateTimePatternGenerator.createInstance(locale)
        for skeleton in (*DATE_SKELETONS, *EXTRA_SKELETONS):
            mine, theirs = skeletons.match(candidates, skeleton), generator.getBestPattern(
                skeleton)
            if mine != theirs:
                wrong.append((name, skeleton, mine, theirs))
    assert len(locales) > 250
    assert wrong == []

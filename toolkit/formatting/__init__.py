"""Locale formatting of typed values: dates, times, durations, numbers and money.

One interface, two engines: ``babel`` (CLDR through Babel, always installed) and ``icu``
(ICU through PyICU: ``pip install communique[icu]``), which adds official calendars
(Japanese, Buddhist, Persian, Islamic, Hebrew...) and every numbering system (an
ordinal is its plain number in both: the marker is the translator's). ``auto`` picks
ICU when it can be imported.

    formatter = get_formatter("ru")
    formatter.format(span)                  # "24 декабря 2022 г."
    formatter.format_instant("2022-12-24T17:00:00+09:00", "Asia/Tokyo")
    formatter.direction, formatter.metadata

Formatters are cached per (locale, settings, engine): the build formats thousands of
values with a handful of them.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import TYPE_CHECKING, Any

from babel import Locale, UnknownLocaleError

from toolkit.config import LocaleSettings
from toolkit.errors import UsageError

if TYPE_CHECKING:
    from toolkit.formatting.base import Formatter, InvalidValue

__all__ = ["ENGINES", "Formatter", "InvalidValue", "get_formatter", "icu_available",
           "resolve_engine"]

ENGINES = ("auto", "babel", "icu")


def icu_available() -> bool:
    """Whether PyICU can be imported (a test hides it with ``sys.modules['icu'] = None``)."""
    try:
        importlib.import_module("icu")
    except ImportError:
        return False
    return True


def resolve_engine(engine: str = "auto") -> str:
    """The engine ``auto`` stands for here, or the one asked for if it is available."""
    if engine not in ENGINES:
        raise UsageError(f"formatting engine must be one of {', '.join(ENGINES)}, "
                         f"not {engine!r}")
    if engine == "auto":
        return "icu" if icu_available() else "babel"
    if engine == "icu" and not icu_available():
        from toolkit.formatting.numbers import ICU_EXTRA

        raise UsageError(f"the ICU formatting engine is not installed: {ICU_EXTRA}")
    return engine


def __getattr__(name: str) -> Any:
    # The engines' shared base (datetime, decimal, zoneinfo, the value parsers) is
    # imported when a formatter is first made, not with the package: extract and
    # validate import the package only to check a locale tag (`babel_locale_for`,
    # `is_pseudo_locale`), and pay for every module on the way at each start.
    if name in ("Formatter", "InvalidValue"):
        from toolkit.formatting import base

        return getattr(base, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def get_formatter(locale: str, settings: LocaleSettings = LocaleSettings(),  # noqa: B008
                  engine: str = "auto") -> Formatter:
    """The formatter for a locale (BCP 47 ``ar-SA`` or CLDR ``ar_SA``), its house style
    and an engine. Raises UsageError for a locale CLDR does not know, a calendar or
    numbering system the engine cannot write, or an engine that is not installed."""
    return _formatter(locale, settings, resolve_engine(engine))


@cache
def _formatter(locale: str, settings: LocaleSettings, engine: str) -> Formatter:
    babel_locale = babel_locale_for(settings.data or locale)
    if engine == "icu":
        from toolkit.formatting.icu_engine import IcuFormatter

        return IcuFormatter(locale, babel_locale, settings)
    from toolkit.formatting.babel_engine import BabelFormatter

    return BabelFormatter(locale, babel_locale, settings)


PSEUDO_REGIONS = frozenset({"XA", "XB", "XC"})


def is_pseudo_locale(locale: str) -> bool:
    """CLDR's pseudo-locales: a language with region XA, XB or XC (en-XA, ar_XB)."""
    _, _, region = locale.replace("-", "_").partition("_")
    return region.upper() in PSEUDO_REGIONS


def is_bidi_pseudo_locale(locale: str) -> bool:
    """CLDR's bidi pseudo-locale (ar-XB, any language with region XB): the source text
    written right to left (`toolkit.pseudo`), on a right-to-left page."""
    _, _, region = locale.replace("-", "_").partition("_")
    return region.upper() == "XB"


@cache
def babel_locale_for(locale: str) -> Locale:
    """The Babel locale for a tag, or a UsageError naming it."""
    tag = locale.replace("-", "_")
    if is_pseudo_locale(tag):
        # CLDR's pseudo-locales (en-XA accented, ar-XB bidi) carry no data of their own:
        # their values are formatted as the language's, the text is the pseudo catalog's.
        tag = tag.partition("_")[0]
    # Parsed without its gettext modifier: with a region, Babel drops the modifier and
    # fills in the region's likely script (sr_RS@latin was sr_Cyrl_RS).
    tag, _, modifier = tag.partition("@")
    try:
        parsed = Locale.parse(tag)
    except (UnknownLocaleError, ValueError, TypeError) as exc:
        raise UsageError(unknown_locale(locale)) from exc
    if not modifier:
        return parsed
    # A gettext modifier (`sr@latin`, a catalog folder Weblate and GNOME use) is no part
    # of a CLDR locale: Babel keeps it in the locale's name, then fails to load data by
    # that name ("locale-data/sr@latin.dat"), and ICU refuses the name. The script it
    # names is CLDR's script subtag; any other modifier is dropped.
    script = MODIFIER_SCRIPTS.get(modifier.casefold()) or parsed.script
    try:
        return Locale(parsed.language, parsed.territory, script, parsed.variant)
    except UnknownLocaleError as exc:
        raise UsageError(unknown_locale(locale)) from exc


def unknown_locale(locale: str) -> str:
    """The message for a tag CLDR has no data for, with the tag meant where the slip is
    a common one: a country code for its language (`jp`, `cn`, `ua`) or a language's
    English name (`english`, `Brazilian Portuguese`)."""
    from babel.languages import get_official_languages

    message = f"unknown locale {locale!r}: CLDR has no data for it"
    typed = locale.strip().replace("-", "_")
    meant = ""
    if typed.isalpha() and len(typed) == 2:
        languages = get_official_languages(typed.upper())
        meant = languages[0] if languages else ""
    else:
        names = {name.casefold(): tag for tag, name in Locale("en").languages.items()}
        meant = names.get(" ".join(locale.replace("_", " ").split()).casefold(), "")
    if meant:
        try:
            Locale.parse(meant)  # (a name CLDR has no data for: klingon is tlh)
        except (UnknownLocaleError, ValueError):
            meant = ""
    if meant:
        return message + f" (did you mean {meant.replace('_', '-')}?)"
    return message + " (use a tag such as en, ja, pt-BR, zh-Hant)"


# The gettext modifiers that name a script, as CLDR writes it (sr@latin is sr-Latn).
MODIFIER_SCRIPTS = {"latin": "Latn", "cyrillic": "Cyrl"}

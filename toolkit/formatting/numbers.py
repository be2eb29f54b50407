"""Numbering systems for the Babel engine: which one a locale uses, and its digits.

Babel formats numbers with a numbering system's *symbols* (decimal and group separators,
percent sign) but always writes ASCII digits, and formats dates in ASCII digits whatever
the locale. The digits of CLDR's numeric numbering systems (``numberingSystems.xml``,
type="numeric") are ten consecutive Unicode code points for every system a CLDR locale
uses, except ``hanidec``; the table below names the zero of each, and the ICU tests check
it against ICU's own ``NumberingSystem`` descriptions. Algorithmic systems (``hebr``,
``jpan``, ``armn``...) need a rule-based formatter, which only the ICU engine has.
"""

from __future__ import annotations

from functools import cache
from types import MappingProxyType

from babel import Locale

from toolkit.errors import UsageError

ICU_EXTRA = "pip install communique[icu]"

# CLDR numeric numbering systems: the code point of their digit zero.
_ZEROS = {
    "adlm": 0x1E950, "ahom": 0x11730, "arab": 0x0660, "arabext": 0x06F0, "bali": 0x1B50,
    "beng": 0x09E6, "bhks": 0x11C50, "brah": 0x11066, "cakm": 0x11136, "cham": 0xAA50,
    "deva": 0x0966, "diak": 0x11950, "fullwide": 0xFF10, "gong": 0x11DA0, "gonm": 0x11D50,
    "gujr": 0x0AE6, "guru": 0x0A66, "hmng": 0x16B50, "hmnp": 0x1E140, "java": 0xA9D0,
    "kali": 0xA900, "khmr": 0x17E0, "knda": 0x0CE6, "lana": 0x1A80, "lanatham": 0x1A90,
    "laoo": 0x0ED0, "latn": 0x0030, "lepc": 0x1C40, "limb": 0x1946, "mlym": 0x0D66,
    "modi": 0x11650, "mong": 0x1810, "mroo": 0x16A60, "mtei": 0xABF0, "mymr": 0x1040,
    "mymrshan": 0x1090, "mymrtlng": 0xA9F0, "newa": 0x11450, "nkoo": 0x07C0, "olck": 0x1C50,
    "orya": 0x0B66, "osma": 0x104A0, "rohg": 0x10D30, "saur": 0xA8D0, "shrd": 0x111D0,
    "sind": 0x112F0, "sinh": 0x0DE6, "sora": 0x110F0, "sund": 0x1BB0, "takr": 0x116C0,
    "talu": 0x19D0, "tamldec": 0x0BE6, "telu": 0x0C66, "thai": 0x0E50, "tibt": 0x0F20,
    "tirh": 0x114D0, "vaii": 0xA620, "wara": 0x118E0, "wcho": 0x1E2F0,
}

DIGITS: MappingProxyType[str, str] = MappingProxyType(
    {name: "".join(chr(zero + i) for i in range(10)) for name, zero in _ZEROS.items()}
    | {"hanidec": "〇一二三四五六七八九"}
)
"""The ten digits of every numeric numbering system the Babel engine can write."""

# Names the config may use besides a system name: CLDR's per-locale aliases.
ALIASES = frozenset({"native", "traditional", "finance", "default"})


def resolve_numbering(locale: Locale, requested: str | None) -> str:
    """The numbering system to use: a CLDR system name the Babel engine can write.

    None and "default" mean CLDR's default for the locale; "native", "traditional" and
    "finance" are looked up in the locale's CLDR data (falling back to the default, as
    CLDR does when a locale does not name one).
    """
    default = locale.default_numbering_system
    if requested is None or requested == "default":
        system = default
    elif requested in ALIASES:
        system = locale._data["numbering_systems"].get(requested, default)
    else:
        system = requested
    if system not in DIGITS:
        raise UsageError(f"locale {locale}: {_unsupported(system, requested)}")
    return system


def _unsupported(system: str, requested: str | None) -> str:
    asked = f" ({requested!r})" if requested and requested != system else ""
    if system in _ALGORITHMIC:
        return (f"numbering system {system!r}{asked} is algorithmic and needs the ICU engine: "
                f"{ICU_EXTRA}")
    return (f"unknown numbering system {system!r}{asked}; use latn, native or a CLDR numeric "
            f"system such as arab, arabext, deva, beng, thai")


_ALGORITHMIC = frozenset({
    "armn", "armnlow", "cyrl", "ethi", "geor", "grek", "greklow", "hans", "hansfin", "hant",
    "hantfin", "hebr", "jpan", "jpanfin", "jpanyear", "roman", "romanlow", "taml",
})


@cache
def _table(system: str) -> dict[int, int]:
    return str.maketrans("0123456789", DIGITS[system])


def to_digits(text: str, system: str) -> str:
    """`text` with its ASCII digits written in `system`'s digits."""
    if system == "latn":
        return text
    return text.translate(_table(system))


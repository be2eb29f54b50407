"""An embargo line ("EMBARGOED UNTIL 00:01 BST 17 June 2025") read as an instant and zone.

The date and time are found by the release language's own value rules (the ones every
segment uses); this module only decides the zone, and stores an embargo only when the
line settles it:

- an explicit offset (`+02:00`, `UTC+2`, `GMT+9`) or UTC/GMT: the instant is exact; the
  zone is the language's own zone when it has that offset then, else `Etc/GMT-2` (whole
  hours; another offset is refused: no IANA zone of its own);
- an abbreviation that only one zone writes in that language: `BST` in English is
  London (elsewhere Bangladesh too), `ET`/`EST`/`EDT` New York, `CT`/`CDT` Chicago,
  `PT`/`PST`/`PDT` Los Angeles, `JST` Tokyo, `KST` Seoul, `MSK` Moscow, `WIB` Jakarta
  (the abbreviations of `locale_patterns.ZONE_PHRASES`), unless it spells a word of the
  language there (`names_a_zone`: "WEST BANK", French "ET RÉUNION"); `CET`/`CEST`/
  `MEZ`/`MESZ` are one offset shared by many zones: the release's region's (de-CH
  Zurich, fr-BE Brussels), else the language's country writing it (de Berlin, fr Paris,
  es Madrid, it Rome, nl Amsterdam), else Brussels, as the EU's releases write it; a zone
  the value rules read after the time (`(Japan time)`, `WIB`, `AEST`:
  `locale_patterns.ZONE_PHRASES`);
- no zone written, in a release tagged with a region that has one zone in CLDR (de-CH
  Zurich, de-AT Vienna, fr-CH, it-CH Zurich, fr-BE, nl-BE Brussels, en-GB London; not
  de-DE, which CLDR gives Büsingen too, nor es-ES, Canary time), or in a language whose
  clocks show one time: Japanese (Tokyo), German (Berlin, Vienna and Zurich keep the
  same time), Chinese (Shanghai), Korean.

`IST` (India, Ireland, Israel), `CST` outside Chinese (US Central or China) and a line
with no zone in English, French, Spanish or Russian (written in zones of several
times) are refused, with the reason.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale
from babel.core import get_global

from toolkit.model import Span
from toolkit.normalize.locale_patterns import (
    ZONE_PHRASES,
    known,
    language,
    names_a_zone,
    number_region,
)
from toolkit.normalize.values import Context

# The warning of an embargo line read but not stored (a stable code, as validate's).
EMBARGO_NOT_STORED = "embargo-not-stored"

# The line's opening words, in the languages normalize reads. "Embargo on Russian oil"
# is a title, not an embargo line: bare "Embargo" needs "until", a colon or "jusqu".
# "Under embargo" opens a line in English, "Sous embargo" in French, "Bajo embargo" in
# Spanish (the usual French form: "Sous embargo jusqu'au 20 novembre 2025 à 12 h 00").
# Spain's offices write the participle, after a noun or alone ("Nota embargada hasta las
# 10:00 horas", "EMBARGADO HASTA ..."); "hasta" right after it, as "Embargados los bienes
# del club" is a title.
# "解禁 2025年1月1日" opens one with a space for a colon: 解禁 then digits is no title.
EMBARGO_LINE = re.compile(
    r"^[\s*\[(【]*(?:embargoed\b|(?:under|sous|bajo) embargo\b"
    r"|(?:[^\W\d_]+\s+)?embargad[ao]s?\s+hasta\b"
    r"|embargo\s*(?:until\b|till\b|:|jusqu|hasta\b"
    r"|bis\b)|sperrfrist\b|эмбарго\b|(?:報道)?解禁(?:日時|日)?\s*(?:[：:]|(?=[0-9０-９])))",
    re.IGNORECASE)

_ABBREVIATION = re.compile(r"(?<![^\W\d_])([A-Z]{2,4})(?![^\W\d_])")
# Abbreviation -> zone, whatever the language: the value rules' own (one table, so a line
# reads "WIB" or "ET" as a sentence does), those of one IANA zone.
_ONE_ZONE = {written: zone for written, zone in ZONE_PHRASES.items()
             if "/" in zone and _ABBREVIATION.fullmatch(written)}
_CENTRAL_EUROPE = {"de": "Europe/Berlin", "fr": "Europe/Paris", "es": "Europe/Madrid",
                   "it": "Europe/Rome", "nl": "Europe/Amsterdam"}
_CET = {"CET", "CEST", "MEZ", "MESZ"}
# The abbreviation ZoneInfo writes for what a release may write in its own language.
_AS_ZONEINFO = {"MEZ": "CET", "MESZ": "CEST"}
_AMBIGUOUS = {
    "IST": "IST is India's, Ireland's and Israel's",
    "CST": "CST is US Central and China Standard Time",
    "AST": "AST is Atlantic and Arabia Standard Time",
    "BST": "BST is British Summer Time in English, Bangladesh Standard Time elsewhere",
}
# Languages whose clocks show one time wherever they are written.
_ONE_TIME = {"ja": "Asia/Tokyo", "de": "Europe/Berlin", "zh": "Asia/Shanghai",
             "ko": "Asia/Seoul"}
_OFFSET = re.compile(r"(?:\b(?:UTC|GMT)\s*|(?<=\d\d:\d\d)\s?)([+\-−])(\d{1,2})(?::?(\d{2}))?\b")
_ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+\-]\d{2}:\d{2})")
_UTC = re.compile(r"\b(?:UTC|GMT)\b")


@dataclass(frozen=True)
class Reading:
    """An embargo line read: `value` and `zone`, or `refused` saying why not."""

    value: str = ""
    zone: str = ""
    refused: str = ""
    note: str = ""  # what the reader should know about a stored one


def read_embargo(text: str, lang: str, context: Context) -> Reading:
    from toolkit.normalize.assemble import recognise  # assemble imports this module

    base = language(lang)
    iso = _ISO.search(text)
    if iso:
        # (Imported here: the formatting package is build's, and costs every normalize
        # run ~30M instructions of imports; few releases write an embargo so.)
        from toolkit.formatting.base import parse_instant

        try:  # (24:00, a day's end, is read; 25:00 is no time)
            instant = parse_instant(iso.group(0))
        except ValueError as exc:
            return Reading(refused=str(exc))
        return _fixed(instant, lang)
    if not known(base):
        return Reading(refused=f"no CLDR data for {lang!r}: its date is not read")
    parts, _, _ = recognise(base, context, text, number_region(lang))
    spans = [p for p in parts if isinstance(p, Span)]
    date = next((s for s in spans if s.name == "date" and s.get("skeleton", "").endswith("d")),
                None)
    time = next((s for s in spans if s.name == "time"), None)
    if date is None or time is None:
        return Reading(refused="no " + ("date" if date is None else "time") + " on the line")
    day = dt.date.fromisoformat(date.get("value", ""))
    hour, minute = (int(n) for n in time.get("value", "").split(":")[:2])
    local = dt.datetime.combine(day, dt.time(hour, minute))
    offset = _OFFSET.search(text)
    if offset:
        sign = -1 if offset.group(1) in "-−" else 1
        delta = dt.timedelta(hours=int(offset.group(2)), minutes=int(offset.group(3) or 0))
        return _fixed(local.replace(tzinfo=dt.timezone(sign * delta)), lang)
    zone = time.get("zone")  # "(Japan time)", "UTC": the value rules read it already
    if zone not in (None, "UTC") and "/" not in zone:
        zone = None  # "CET", "GMT": an abbreviation, decided below as written ones are
    if zone == "UTC" or (zone is None and _UTC.search(text)):
        return _fixed(local.replace(tzinfo=dt.UTC), lang)
    written = next((m.group(1) for m in _ABBREVIATION.finditer(text)
                    if (m.group(1) in _ONE_ZONE or m.group(1) in _CET
                        or m.group(1) in _AMBIGUOUS)
                    and names_a_zone(base, m.group(1), text[m.end():])), None)
    if zone is None and written is not None:
        if written == "BST" and base == "en":
            zone = "Europe/London"
        elif written == "CST" and base == "zh":
            zone = "Asia/Shanghai"
        elif written in _AMBIGUOUS:
            return Reading(refused=f"{_AMBIGUOUS[written]}: the zone is not settled")
        elif written in _CET:
            region = region_zone(lang)
            zone = region if region is not None and local.replace(
                tzinfo=ZoneInfo(region)).tzname() in ("CET", "CEST") \
                else _CENTRAL_EUROPE.get(base, "Europe/Brussels")
        else:
            zone = _ONE_ZONE[written]
    if zone is None:
        zone = region_zone(lang) or _ONE_TIME.get(base)
        if zone is None:
            return Reading(refused=f"no time zone written, and {lang!r} is written in zones "
                           "of several times")
    return _in_zone(local, zone, written)


def _in_zone(local: dt.datetime, zone: str, written: str | None) -> Reading:
    tz = ZoneInfo(zone)
    expected = _AS_ZONEINFO.get(written or "", written)
    first, second = local.replace(tzinfo=tz, fold=0), local.replace(tzinfo=tz, fold=1)
    if first.utcoffset() != second.utcoffset():
        return _at_a_change(local, tz, zone, expected, (first, second))
    instant = first
    note = ""
    if expected and instant.tzname() != expected and expected in {
            local.replace(month=month, day=1, tzinfo=tz).tzname() for month in (1, 7)}:
        # "10:00 EST" in June: the writer meant the place's clock, which reads EDT. (Only
        # a name the zone's clock shows in the other season: Singapore's reads "+08".)
        note = f"written {written}, {zone} is on {instant.tzname()} then: read as its clock"
    return Reading(_iso(instant), zone, note=note)


def _at_a_change(local: dt.datetime, tz: ZoneInfo, zone: str, expected: str | None,
                 readings: tuple[dt.datetime, dt.datetime]) -> Reading:
    """A local time the clocks skip or show twice: the written abbreviation, else the later.

    An embargo read an hour early breaks it; one read an hour late only delays the
    release, so an unsettled reading takes the later instant and says so.
    """
    # Aware datetimes sharing a tzinfo compare by wall time, fold ignored: compare in UTC.
    later = max(readings, key=lambda r: r.astimezone(dt.UTC)).astimezone(dt.UTC).astimezone(tz)
    when = f"{local:%H:%M} on {local:%Y-%m-%d}"
    if later.replace(tzinfo=None) != local:
        return Reading(_iso(later), zone, note=f"{when} does not exist in {zone} (its clocks "
                       f"skip it): read as the later instant, {later:%H:%M} {later.tzname()}")
    written = next((r for r in readings if r.tzname() == expected), None)
    if written is not None:
        return Reading(_iso(written), zone)
    names = " then ".join(r.tzname() or "" for r in readings)
    return Reading(_iso(later), zone, note=f"{when} is shown twice in {zone} ({names}): read "
                   f"as the later, {later.tzname()}")


@cache
def region_zone(tag: str) -> str | None:
    """The time zone of a tag's region where CLDR gives the region one ("de-CH" Zurich,
    "fr-BE" Brussels, "de-AT" Vienna); None for a language alone, a region of several
    zones (en-US, es-ES with the Canaries, de-DE with Büsingen) or one not known."""
    if not known(tag.replace("-", "_")):
        return None
    territory = Locale.parse(tag.replace("-", "_")).territory
    zones = get_global("territory_zones").get(territory or "", ())
    if len(zones) != 1:
        return None
    try:
        ZoneInfo(zones[0])
    except ZoneInfoNotFoundError:  # pragma: no cover - depends on the system's tzdata
        return None
    return str(zones[0])


def _fixed(instant: dt.datetime, lang: str) -> Reading:
    """An instant of a written offset, in the release's zone (its region's, else its
    language's) when that has the offset."""
    offset = instant.utcoffset() or dt.timedelta(0)
    base = language(lang)
    own = region_zone(lang) or _ONE_TIME.get(base) or _CENTRAL_EUROPE.get(base)
    if own and instant.astimezone(ZoneInfo(own)).utcoffset() == offset:
        return Reading(_iso(instant), own)
    if offset == dt.timedelta(0):
        return Reading(_iso(instant), "UTC")
    hours, minutes = divmod(int(offset.total_seconds()) // 60, 60)
    if minutes:
        return Reading(refused=f"the offset {_iso(instant)[-6:]} has no zone of its own")
    # POSIX zones count the other way: UTC+2 is Etc/GMT-2.
    return Reading(_iso(instant), f"Etc/GMT{-hours:+d}")


def _iso(instant: dt.datetime) -> str:
    return instant.isoformat(timespec="seconds")

"""ISO 8601 durations (``PT30M``, ``PT1H30M``, ``P30Y``) as the units a reader sees.

A duration is written as its non-zero parts, largest first, each with its CLDR unit
name ("1 hour, 30 minutes"); nothing is normalised (``PT90M`` stays 90 minutes),
because the source chose its units.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

UNITS = ("year", "month", "week", "day", "hour", "minute", "second")

_NUMBER = r"(\d+(?:[.,]\d+)?)"
_DURATION = re.compile(
    rf"P(?:{_NUMBER}Y)?(?:{_NUMBER}M)?(?:{_NUMBER}W)?(?:{_NUMBER}D)?"
    rf"(?:T(?:{_NUMBER}H)?(?:{_NUMBER}M)?(?:{_NUMBER}S)?)?"
)


class Part(NamedTuple):
    unit: str  # one of UNITS
    amount: Decimal


def parse_duration(value: str) -> tuple[Part, ...]:
    """The parts of an ISO 8601 duration, largest unit first, zero parts left out.

    A duration that is all zeros keeps its smallest written unit ("0 minutes").
    Raises ValueError for anything that is not a non-negative ISO 8601 duration.
    """
    match = _DURATION.fullmatch(value.strip())
    if not match or value.strip().endswith("T") or not any(match.groups()):
        raise ValueError(f"not an ISO 8601 duration: {value!r} (expected e.g. PT1H30M)")
    written = [Part(unit, Decimal(amount.replace(",", ".")))
               for unit, amount in zip(UNITS, match.groups(), strict=True) if amount]
    present = tuple(part for part in written if part.amount)
    return present or (written[-1],)

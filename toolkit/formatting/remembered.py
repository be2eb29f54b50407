"""A formatter with its answers remembered, as the build and update's value lines use it.

A typed value's text depends on its name and attributes only (never on its source
text), and releases repeat their dates, times and amounts: a lookup costs far less than
an ICU or Babel call.
"""

from __future__ import annotations

from typing import Any

from toolkit.model import Span


class Remembered:
    """`formatter`'s texts by the span's name and attributes, and its instants."""

    LIMIT = 50_000  # entries; then start over, so memory stays flat on any corpus

    def __init__(self, formatter: Any) -> None:
        self.formatter = formatter
        self.known: dict[tuple[str, tuple[tuple[str, str], ...]], str] = {}

    def format(self, span: Span) -> str:
        key = (span.name, span.attrs)
        text = self.known.get(key)
        if text is None:
            if len(self.known) >= self.LIMIT:
                self.known.clear()
            text = self.known[key] = self.formatter.format(span)
        return text

    def format_instant(self, iso: str, zone: str) -> str:
        key = ("@instant", ((iso, zone),))
        text = self.known.get(key)
        if text is None:
            text = self.known[key] = self.formatter.format_instant(iso, zone)
        return text

"""Helpers shared by the normalise tests: fixture folders and their options."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from toolkit.model import Span
from toolkit.normalize import Normalized, Options, Report, normalize
from toolkit.normalize.entities import entity_recognizer
from toolkit.normalize.values import Context, recognizer

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "normalize"
# Opt-in: rewrite expected.xml and guesses.txt from the current code, then read the diff.
REGENERATE = os.environ.get("COMMUNIQUE_REGENERATE") == "1"
# The value tables' release: dated in December 2022, so a date without a year is in 2022.
CONTEXT = Context(2022, 12)


def found(lang: str, text: str) -> list[tuple[str, str, dict[str, str]]]:
    """Every span the recogniser makes in `text`: (element, covered text, attributes)."""
    result = []
    for match in recognizer(lang).find(text, CONTEXT):
        for part in match.parts:
            if isinstance(part, Span):
                result.append((part.name, part.text, dict(part.attrs)))
    return result


def spans(lang: str, text: str, year: int, month: int) -> list[tuple[str, dict[str, str], str]]:
    """Every span the recogniser makes in `text` of a release dated in year-month:
    (element, attributes, covered text)."""
    return [(part.name, dict(part.attrs), part.text)
            for match in recognizer(lang).find(text, Context(year, month))
            for part in match.parts if isinstance(part, Span)]


def orgs(lang: str, text: str) -> list[str]:
    """The organisations the entity rules find in `text`, in order."""
    return [match.parts[0].text for match in entity_recognizer(lang).candidates(text, 0)
            if isinstance(match.parts[0], Span) and match.parts[0].name == "org"]


def read_text(text: str) -> Normalized:
    """Copied text normalised as `communique normalize input.txt` would, no option given."""
    return normalize(text.encode("utf-8"), "input.txt", Options())


def cases(root: Path = FIXTURES) -> list[Path]:
    return sorted(p for p in root.iterdir() if p.is_dir())


def input_of(case: Path) -> Path:
    found = sorted(case.glob("input.*"))
    assert len(found) == 1, f"{case} needs exactly one input.* file"
    return found[0]


def options_of(case: Path) -> Options:
    """Options from `options.txt` (one `name = value` a line), as the command line gives."""
    path = case / "options.txt"
    values: dict[str, str] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                name, _, value = line.partition("=")
                values[name.strip()] = value.strip()
    date = values.pop("date", None)
    return Options(date=dt.date.fromisoformat(date) if date else None, **values)


def guesses_text(report: Report) -> str:
    """The report's guesses one a line, the way a reviewer reads them."""
    lines = [f"{g.line:>3} {g.what}: {g.value} -- {g.rule}" for g in report.guesses]
    return "\n".join(lines) + "\n"

"""Helpers shared by the normalise tests: fixture folders and their options."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from toolkit.normalize import Options, Report

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "normalize"
# Opt-in: rewrite expected.xml and guesses.txt from the current code, then read the diff.
REGENERATE = os.environ.get("COMMUNIQUE_REGENERATE") == "1"


def cases() -> list[Path]:
    return sorted(p for p in FIXTURES.iterdir() if p.is_dir())


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

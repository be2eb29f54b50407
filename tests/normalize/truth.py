"""Recall and precision of recognised values and names against a hand-written truth.

A case's `values.txt` lists, one a line, each value and name a reader of the release
would mark: the span's name, its attributes (`value=... skeleton=...`), then `|` and the
source text it covers. A recognised span counts only if its name, attributes and text
are all those of a listed span not counted yet; a span with a wrong attribute is both a
false positive and a miss.

    python -m tests.normalize.truth              # the table, per case and per language
    python -m tests.normalize.truth --held-out   # the same for the held-out texts
    python -m tests.normalize.truth --locked     # texts kept from the tuners, scored last
    python -m tests.normalize.truth --locked2    # a second such set, written after round 2
    python -m tests.normalize.truth --locked3    # a third, written after round 3

The held-out texts (tests/fixtures/normalize-heldout/) were written after the rules, to
measure them on text they were not tuned on; they are not goldens, and their misses are
measured, not required to be none.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from toolkit.errors import InputError
from toolkit.model import Inline, Release, Span
from toolkit.normalize import Options, normalize
from toolkit.vocabulary import TYPED

from .support import FIXTURES, cases, input_of, options_of

MARKED = TYPED | {"person", "org"}
Key = tuple[str, tuple[tuple[str, str], ...], str]
HELD_OUT = FIXTURES.parent / "normalize-heldout"
# Texts kept from whoever tunes the rules, scored only at the end (--locked).
LOCKED = FIXTURES.parent / "normalize-locked" / "text"
LOCKED2 = FIXTURES.parent / "normalize-locked2" / "text"  # a second set (--locked2)
LOCKED3 = FIXTURES.parent / "normalize-locked3" / "text"  # a third (--locked3)


@dataclass(frozen=True)
class Score:
    case: str
    lang: str
    refused: str  # why normalize refused the input without the retry options, if it did
    truth: int
    found: int
    right: int
    missed: tuple[Key, ...]
    wrong: tuple[Key, ...]

    @property
    def recall(self) -> float:
        return self.right / self.truth if self.truth else 1.0

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0


def read_truth(path: Path) -> list[Key]:
    keys = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        head, _, text = line.partition(" | ")
        name, *attrs = head.split()
        pairs = tuple(sorted(tuple(a.split("=", 1)) for a in attrs))  # type: ignore[misc]
        keys.append((name, pairs, text))
    return keys


def _spans(content: tuple[Inline, ...]) -> Iterator[Span]:
    for part in content:
        if isinstance(part, Span):
            if part.name in MARKED:
                yield part
            yield from _spans(part.content)


def marked(release: Release) -> list[Key]:
    """The values and names of a release's segments (not its meta), as truth keys."""
    return [(s.name, tuple(sorted((str(k), v) for k, v in s.attrs)), s.text)
            for segment in release.segments() for s in _spans(segment.content)]


def truth_cases(root: Path = FIXTURES) -> list[Path]:
    return [c for c in cases(root) if (c / "values.txt").exists()]


def _retry_options(case: Path) -> Options:
    """What a user gives on the command line when normalize refuses the input: the
    values.txt line `# retry: date=... publisher=... lang=...`."""
    for line in (case / "values.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("# retry:"):
            given = dict(item.replace("_", " ").split("=", 1) for item in line[8:].split())
            date = given.pop("date", None)
            return Options(date=dt.date.fromisoformat(date) if date else None, **given)
    return options_of(case)


def score(case: Path) -> Score:
    source = input_of(case)
    refused = ""
    try:
        release = normalize(source.read_bytes(), source.name, options_of(case)).release
    except InputError as exc:
        refused = exc.message
        release = normalize(source.read_bytes(), source.name, _retry_options(case)).release
    truth = Counter(read_truth(case / "values.txt"))
    found = Counter(marked(release))
    right = truth & found
    return Score(case.name, release.lang, refused, sum(truth.values()), sum(found.values()),
                 sum(right.values()), tuple((truth - found).elements()),
                 tuple((found - truth).elements()))


def main() -> None:
    per_lang: dict[str, list[int]] = {}
    args = sys.argv[1:]
    roots = {"--locked": LOCKED, "--locked2": LOCKED2, "--locked3": LOCKED3,
             "--held-out": HELD_OUT}
    root = next((roots[a] for a in args if a in roots), FIXTURES)
    for case in truth_cases(root):
        s = score(case)
        totals = per_lang.setdefault(s.lang.split("-")[0], [0, 0, 0])  # zh-CN with zh
        totals[0] += s.truth
        totals[1] += s.found
        totals[2] += s.right
        print(f"{s.case:24} {s.lang}  recall {s.right}/{s.truth} = {s.recall:.0%}  "
              f"precision {s.right}/{s.found} = {s.precision:.0%}")
        if s.refused:
            print(f"    refused without the retry options: {s.refused}")
        for key in s.missed:
            print(f"    missed {key}")
        for key in s.wrong:
            print(f"    wrong  {key}")
    for lang, (truth, found, right) in sorted(per_lang.items()):
        print(f"{lang}: recall {right}/{truth} = {right / truth:.0%}, precision "
              f"{right}/{found} = {(right / found if found else 1):.0%}")


if __name__ == "__main__":
    main()

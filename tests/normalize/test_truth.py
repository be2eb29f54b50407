"""Recall and precision against the hand-written truth of the cases that have one.

Each case's values.txt was written from the input by a reader, before normalising it;
every value and name in it must be found, and nothing else (tests/normalize/truth.py
prints the table with `python -m tests.normalize.truth`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .truth import score, truth_cases

CASES = truth_cases()


def test_the_truth_covers_japanese_chinese_german_and_spanish():
    assert {score(case).lang.split("-")[0] for case in CASES} >= {"ja", "zh", "de", "es"}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_marked_value_is_found_and_nothing_else(case: Path):
    result = score(case)
    assert result.refused == ""
    assert (result.missed, result.wrong) == ((), ())

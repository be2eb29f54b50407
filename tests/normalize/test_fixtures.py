"""Golden files: every input under tests/fixtures/normalize/<case>/ gives its expected.xml.

Each case holds an input written for the tests (copied text, an HTML or XHTML page),
the release it must become (expected.xml, reviewed by reading it) and the guesses the
rules made on the way (guesses.txt). Every output must validate against the schema and
normalise again to the same bytes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.loader import parse_release
from toolkit.normalize import normalize, render
from toolkit.release_checks import CHECKS
from toolkit.schema import schema_errors
from toolkit.xmlsafe import parse_xml

from .support import REGENERATE, cases, guesses_text, input_of, options_of

CASES = cases()


@pytest.fixture(params=CASES, ids=[c.name for c in CASES])
def case(request: pytest.FixtureRequest) -> Path:
    return request.param


def test_there_are_several_cases_of_each_input_form():
    kinds = [input_of(c).suffix for c in CASES]
    assert kinds.count(".txt") >= 4
    assert kinds.count(".html") >= 4


def test_each_input_becomes_its_expected_release(case: Path):
    source = input_of(case)
    result = normalize(source.read_bytes(), source.name, options_of(case))
    data = render(result.release, source.name)
    guesses = guesses_text(result.report)
    if REGENERATE:
        (case / "expected.xml").write_bytes(data)
        (case / "guesses.txt").write_text(guesses, encoding="utf-8")
    assert data.decode("utf-8") == (case / "expected.xml").read_text(encoding="utf-8")
    assert guesses == (case / "guesses.txt").read_text(encoding="utf-8")


def test_each_expected_release_is_valid_and_passes_the_release_checks(case: Path):
    expected = case / "expected.xml"
    tree = parse_xml(expected.read_bytes(), expected)
    assert list(schema_errors(tree)) == []
    release = parse_release(expected.read_bytes(), expected)
    assert [i for check in CHECKS for i in check(release, str(expected))] == []


def test_normalising_the_output_again_changes_nothing(case: Path):
    expected = case / "expected.xml"
    data = expected.read_bytes()
    again = normalize(data, expected)
    assert again.report.kind == "release"
    assert render(again.release, expected) == data
    assert again.report.guesses == []

"""The held-out HTML pages' scorer (tests/normalize/html_truth.py) counts what it says.

The pages are measurements, not goldens: these tests check the scorer and that every
expectation file reads, not that normalize gets every page right.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .html_truth import HELD_OUT_HTML, read_expectation, score
from .support import cases

PAGE = """<!DOCTYPE html><html lang="en"><head><title>Dam opens | River Board</title></head>
<body><nav><a href="/">Home</a> <a href="/news">Newsroom</a></nav>
<main><h1>Dam opens</h1><p class="date">March 4, 2024</p>
<p>The new dam opened today.</p><h2>Facts</h2><ul><li>It is 40 metres high.</li></ul>
<p>Follow us on social media</p></main></body></html>"""


def test_every_held_out_page_has_an_expectation_that_reads():
    found = cases(HELD_OUT_HTML)
    assert len(found) >= 8
    for case in found:
        expect = read_expectation(case / "expect.txt")
        assert len(expect.blocks) >= 4 and len(expect.nots) >= 5, case.name


def _case(tmp_path: Path, expect: str) -> Path:
    (tmp_path / "input.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "expect.txt").write_text(expect, encoding="utf-8")
    return tmp_path


def test_a_page_read_as_expected_scores_every_point(tmp_path: Path):
    result = score(_case(tmp_path, "title: Dam opens\ndate: 2024-03-04\npublisher: River Board"
                         "\np: The new dam\nh: Facts\nitem: It is 40\n"
                         "p: Follow us\nnot: Newsroom\n"))
    assert (result.title, result.date, result.publisher) == (None, None, None)
    assert (result.found, result.right_kind, result.expected) == (4, 4, 4)
    assert (result.extra, result.leaked) == ([], [])


def test_misses_extras_wrong_kinds_and_leaks_are_counted(tmp_path: Path):
    result = score(_case(tmp_path, "title: Dam Opens\ndate: 2024-03-05\npublisher: Board\n"
                         "p: The new dam\np: Facts\nitem: It is 41\nnot: Follow us\n"))
    assert (result.title, result.date, result.publisher) == (
        "Dam opens", "2024-03-04", "River Board")
    assert result.missed == ["item: It is 41"]
    assert result.wrong_kind == ["p read as h: Facts"]
    assert result.extra == ["item: It is 40 metres high.", "p: Follow us on social media"]
    assert result.leaked == ["Follow us"]


def test_a_refused_page_is_read_again_with_the_option_and_that_counts_as_wrong(
        tmp_path: Path):
    (tmp_path / "input.html").write_text(PAGE.replace("March 4, 2024", "soon"),
                                         encoding="utf-8")
    (tmp_path / "expect.txt").write_text("title: Dam opens\ndate: 2024-03-04\npublisher: "
                                         "River Board\np: The new dam\n", encoding="utf-8")
    result = score(tmp_path)
    assert result.date == "(refused: no date found)"
    assert result.found == 1


@pytest.mark.parametrize("line", ["title Dam", "colour: red"])
def test_a_malformed_expectation_is_refused(tmp_path: Path, line: str):
    (tmp_path / "expect.txt").write_text(f"{line}\n", encoding="utf-8")
    with pytest.raises(ValueError):
        read_expectation(tmp_path / "expect.txt")

"""normalize warns of a weekday beside a date that falls on another day, and keeps the
date as read (31 March 2025 is a Monday)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from toolkit.cli.app import app
from toolkit.normalize import normalize

runner = CliRunner()

ENGLISH = """Ministry of Foreign Affairs

Foreign Minister to visit Geneva

Tokyo, Tuesday, March 31, 2025

The Foreign Minister travels to Geneva on Tuesday 1 April 2025 and returns on Friday, 3 April 2025.

The office is open Monday to Friday, 31 March to 4 April 2025, and every Tuesday.
"""


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_each_wrong_weekday_is_a_warning_at_its_line_and_column(tmp_path: Path):
    page = _write(tmp_path, "visit.txt", ENGLISH)
    result = runner.invoke(app, ["normalize", str(page), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith("(written, 6 guesses)\n")
    # The date line's (its weekday is not kept in the release) and the paragraph's
    # Friday; not 1 April's Tuesday, right, nor the office hours' span of weekdays.
    assert result.stderr.splitlines() == [
        f"{page}:5:8: warning: 'Tuesday' is written beside the date 'March 31, 2025' "
        "(2025-03-31), a Monday; the nearest Tuesdays are 2025-03-25 and 2025-04-01: "
        "correct the weekday or the date, which every language's page would print "
        "[weekday-mismatch]",
        f"{page}:7:79: warning: 'Friday' is written beside the date '3 April 2025' "
        "(2025-04-03), a Thursday; the nearest Fridays are 2025-03-28 and 2025-04-04: "
        "correct the weekday or the date, which every language's page would print "
        "[weekday-mismatch]"]
    assert ENGLISH.splitlines()[4][7:].startswith("Tuesday")  # column 8, 1-based
    assert ENGLISH.splitlines()[6][78:].startswith("Friday")


def test_the_dates_are_kept_as_read(tmp_path: Path):
    release = normalize(ENGLISH.encode(), tmp_path / "visit.txt").release
    assert release.meta.published.get("value") == "2025-03-31"
    page = _write(tmp_path, "kept.txt", ENGLISH)
    out = tmp_path / "kept"
    assert runner.invoke(app, ["normalize", str(page), "-o", str(out)]).exit_code == 0
    written = next(out.glob("*.xml")).read_text(encoding="utf-8")
    assert 'returns on Friday, <date value="2025-04-03" skeleton="yMMMMd">3 April 2025' \
        '</date>' in written


def test_json_lists_the_warnings_and_leaves_them_out_when_there_is_none(tmp_path: Path):
    wrong = _write(tmp_path, "wrong.txt", ENGLISH)
    right = _write(tmp_path, "right.txt", ENGLISH.replace("Tuesday, March 31", "Monday, "
                   "March 31").replace("Friday, 3 April", "Thursday, 3 April"))
    result = runner.invoke(app, ["normalize", str(wrong), str(right), "-o",
                                 str(tmp_path / "out"), "--format", "json", "--force"])
    assert result.exit_code == 0, result.output
    reports = {Path(r["input"]).name: r for r in json.loads(result.stdout)}
    assert "warnings" not in reports["right.txt"]
    assert [(w["code"], w["line"], w["column"]) for w in reports["wrong.txt"]["warnings"]] \
        == [("weekday-mismatch", 5, 8), ("weekday-mismatch", 7, 79)]
    assert reports["wrong.txt"]["warnings"][0]["message"].startswith(
        "'Tuesday' is written beside the date 'March 31, 2025' (2025-03-31), a Monday")


def test_a_pages_date_line_is_read_without_its_markup(tmp_path: Path):
    page = """<!DOCTYPE html>
<html lang="de"><head><title>Neue Brücke | Stadt Rheinfeld</title></head><body>
<main>
<h1>Neue Brücke eröffnet</h1>
<p class="date"><span class="day">Dienstag</span>, 31. März 2025</p>
<p>Die Stadt Rheinfeld eröffnet die neue Brücke am Mittwoch, 2. April 2025, für den
Verkehr. Die Arbeiten dauerten zwei Jahre und kosteten rund 12 Millionen Euro.</p>
<p>Die Stadtverwaltung ist Montag bis Freitag, 31. März bis 4. April, erreichbar.</p>
</main>
<footer><p>© 2025 Stadt Rheinfeld</p></footer>
</body></html>
""".encode()
    report = normalize(page, tmp_path / "bruecke.html").report
    assert [(w.code, w.line, w.column, w.message.split(";")[0]) for w in report.warnings] == [
        ("weekday-mismatch", 5, 35, "'Dienstag' (Tuesday) is written beside the date "
         "'31. März 2025' (2025-03-31), a Monday")]


def test_a_japanese_date_lines_weekday_in_brackets(tmp_path: Path):
    japanese = ("2025年3月31日（火）\n外務省\n\n外務大臣の会談について\n\n"
                "2025年4月2日（水）、外務大臣は東京で会談を行いました。\n")
    report = normalize(japanese.encode(), tmp_path / "kaidan.txt").report
    assert [(w.line, w.column) for w in report.warnings] == [(1, 12)]
    assert "'火' (Tuesday)" in report.warnings[0].message

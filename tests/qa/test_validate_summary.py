"""`communique validate` ends with one line on stderr saying what it checked and found;
stdout, and the json and SARIF reports, are what they were before that line existed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from qa_support import CASES, FIXTURES, RELEASE_ID
from typer.testing import CliRunner

from toolkit.cli.app import app
from toolkit.cli.validate import summary
from toolkit.qa.project import Tally

GOLDEN = FIXTURES / "summary"  # written by validate before the summary line was added
PROJECT_RUN = "checked 1 release, 1 template, 4 catalogs"


def put(project: Path, *cases: str) -> None:
    """Each case's catalog in place of the fixture's clean one of its locale."""
    for name in cases:
        locale = name.split(".")[-2]
        shutil.copyfile(CASES / name,
                        project / "locales" / locale / "LC_MESSAGES" / f"{RELEASE_ID}.po")


@pytest.fixture
def here(project: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The fixture project as the current folder: paths are shown relative to it."""
    monkeypatch.chdir(project)
    return project


def validate(*args: str):
    return CliRunner().invoke(app, ["validate", *args])


def test_a_clean_project_says_what_it_checked_and_prints_nothing_else(here):
    result = validate()
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == f"{PROJECT_RUN}: no problems\n"


def test_problems_are_counted_by_severity_with_the_files_they_are_in(here):
    put(here, "number-changed.ru.po", "whitespace-trailing.ja.po")
    result = validate()
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 2  # one finding a line, as before
    assert result.stderr == f"{PROJECT_RUN}: 1 error, 1 warning (in 2 files)\n"


def test_issues_in_one_file_count_it_once(here):
    put(here, "number-changed.ru.po")
    catalog = here / "locales" / "ru" / "LC_MESSAGES" / f"{RELEASE_ID}.po"
    with catalog.open("a", encoding="utf-8") as po:  # a second error: not in the template
        po.write('\nmsgid "A line that is no message of the release"\nmsgstr "x"\n')
    result = validate()
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 2
    assert result.stderr == f"{PROJECT_RUN}: 2 errors (in 1 file)\n"


def test_given_files_count_what_was_checked_with_them(here):
    # What the pre-commit hook passes: a release is held to its template, and so is a
    # catalog; the template is counted, the release a catalog is judged against is not.
    result = validate(f"releases/{RELEASE_ID}.xml", f"locales/ja/LC_MESSAGES/{RELEASE_ID}.po")
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "checked 1 release, 1 template, 1 catalog: no problems\n"
    assert validate(f"locales/{RELEASE_ID}.pot").stderr == "checked 1 template: no problems\n"
    assert validate("locales/ru").stderr == "checked 1 template, 1 catalog: no problems\n"


def test_warnings_only_pass_and_say_so(here):
    put(here, "whitespace-trailing.ja.po")
    result = validate()
    assert result.exit_code == 0
    assert result.stderr == f"{PROJECT_RUN}: 1 warning (in 1 file)\n"


def test_warnings_as_errors_says_why_warnings_fail_the_run(here):
    put(here, "whitespace-trailing.ja.po")
    result = validate("--warnings-as-errors")
    assert result.exit_code == 1
    assert result.stderr == (f"{PROJECT_RUN}: 1 warning (in 1 file), failing with "
                             "--warnings-as-errors\n")
    put(here, "number-changed.ru.po")  # an error fails the run whatever the flag
    assert validate("--warnings-as-errors").stderr == \
        f"{PROJECT_RUN}: 1 error, 1 warning (in 2 files)\n"


def test_json_is_byte_for_byte_what_it_was_and_sarif_adds_nothing(here):
    put(here, "number-changed.ru.po", "whitespace-trailing.ja.po")
    result = validate("--format", "json")
    assert result.exit_code == 1
    assert (result.stdout, result.stderr) == ((GOLDEN / "problems.json").read_text(), "")
    sarif = validate("--format", "sarif")
    assert sarif.exit_code == 1 and sarif.stdout.startswith("{") and sarif.stderr == ""


def test_github_annotations_on_stdout_are_what_they_were(here):
    put(here, "number-changed.ru.po", "whitespace-trailing.ja.po")
    result = validate("--format", "github")
    assert result.exit_code == 1
    assert result.stdout == (GOLDEN / "problems.github").read_text()
    assert result.stderr == f"{PROJECT_RUN}: 1 error, 1 warning (in 2 files)\n"


def test_a_project_with_nothing_to_check_says_it_checked_nothing(tmp_path, monkeypatch):
    (tmp_path / "releases").mkdir()
    (tmp_path / "communique.toml").write_text('source-locale = "en"\nlocales = ["ja"]\n',
                                              encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = validate()
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "checked 0 releases, 0 templates, 0 catalogs: no problems\n"


def tally(**counts: int) -> Tally:
    made = Tally()
    for name, value in counts.items():
        setattr(made, name, value)
    return made


def test_big_counts_are_grouped_and_plurals_are_right():
    assert summary(tally(releases=1000, templates=1000, catalogs=4000, errors=3,
                         warnings=1, files=2)) == \
        "checked 1,000 releases, 1,000 templates, 4,000 catalogs: 3 errors, 1 warning " \
        "(in 2 files)"
    assert summary(tally(catalogs=1, errors=1, files=1)) == \
        "checked 1 catalog: 1 error (in 1 file)"
    assert summary(tally(releases=2, warnings=12_000, files=1_500), True) == \
        "checked 2 releases: 12,000 warnings (in 1,500 files), failing with " \
        "--warnings-as-errors"

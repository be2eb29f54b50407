"""`stats`: coverage per release and locale, counted as the build counts it."""

from __future__ import annotations

import json
from pathlib import Path

from build_support import RELEASE_ID, catalog_path, make_project, set_msgstr
from typer.testing import CliRunner

from toolkit.cli.app import app
from toolkit.config import load_config
from toolkit.stats import locale_totals, render_table, stats

# The sample: 16 distinct messages, 291 source words outside placeholders.
MESSAGES, WORDS = 16, 291


def test_fully_translated_sample_is_complete_in_every_locale(tmp_path):
    rows = stats(load_config(make_project(tmp_path)))
    assert [(r.release, r.locale) for r in rows] == [(RELEASE_ID, ll)
                                                    for ll in ("ja", "ky", "ru", "ar")]
    for row in rows:
        assert (row.coverage.translated.segments, row.coverage.translated.words) == (
            MESSAGES, WORDS)
        assert row.coverage.percent == 100.0


def test_fuzzy_untranslated_and_rejected_are_counted_apart(tmp_path):
    root = make_project(tmp_path)
    po = catalog_path(root, "ja")
    set_msgstr(po, "Tokyo", "東京", fuzzy=True)
    set_msgstr(po, "Press Releases", "")
    set_msgstr(po, "The ministers after the exchange", "<b>無償資金協力</b>")
    row = stats(load_config(root), locales=["ja"])[0]
    c = row.coverage
    assert (c.fuzzy.segments, c.fuzzy.words) == (1, 1)
    assert (c.untranslated.segments, c.untranslated.words) == (1, 2)
    assert c.rejected.segments == 1
    assert c.translated.segments == MESSAGES - 3
    assert c.total.words == WORDS
    assert round(c.percent, 2) == round(100 * 13 / 16, 2)


def test_missing_catalog_is_all_untranslated(tmp_path):
    root = make_project(tmp_path)
    catalog_path(root, "ru").unlink()
    row = stats(load_config(root), locales=["ru"])[0]
    assert row.coverage.untranslated.segments == MESSAGES
    assert row.coverage.percent == 0.0


def add_locale(root: Path, locale: str) -> None:
    config = root / "communique.toml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        '"ar"]', f'"ar", "{locale}"]', 1), encoding="utf-8")


def test_cli_a_configured_locale_without_catalogs_is_said_to_be_unstarted(
        tmp_path, monkeypatch):
    # Its 0% was shown with no reason: nothing says the catalogs were never made.
    root = make_project(tmp_path)
    add_locale(root, "de")
    monkeypatch.chdir(root)
    result = CliRunner().invoke(app, ["stats", "--locale", "de"])
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        "warning: no catalogs for de (locales/de/LC_MESSAGES/ has no .po file): its "
        "releases count as untranslated; run `communique extract`, then "
        "`communique update --locale de` to start them\n")
    assert result.stdout.splitlines()[1].split()[-1] == "0.0%"
    # Once templates exist, update alone starts them; the json output says so too.
    assert CliRunner().invoke(app, ["extract"]).exit_code == 0
    result = CliRunner().invoke(app, ["stats", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        "warning: no catalogs for de (locales/de/LC_MESSAGES/ has no .po file): its "
        "releases count as untranslated; run `communique update --locale de` to start "
        "them\n")
    assert [row["locale"] for row in json.loads(result.stdout)] == [
        "ja", "ky", "ru", "ar", "de"]


def test_cli_a_locale_with_catalogs_is_not_warned_about_even_at_0_percent(
        tmp_path, monkeypatch):
    root = make_project(tmp_path)
    catalog_path(root, "ru").unlink()
    (catalog_path(root, "ru").parent / "other.po").write_bytes(
        catalog_path(root, "ja").read_bytes())
    monkeypatch.chdir(root)
    result = CliRunner().invoke(app, ["stats", "--locale", "ru"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert result.stdout.splitlines()[1].split()[-1] == "0.0%"


def test_table_has_one_line_per_release_and_locale(tmp_path):
    rows = stats(load_config(make_project(tmp_path)))
    table = render_table(rows).splitlines()
    assert table[0].split() == ["release", "locale", "translated", "fuzzy", "untranslated",
                                "rejected", "words", "coverage"]
    assert table[1].split() == [RELEASE_ID, "ja", "16", "0", "0", "0", "291/291", "100.0%"]
    assert len(table) == 5


def test_cli_json(tmp_path, monkeypatch):
    root = make_project(tmp_path)
    set_msgstr(catalog_path(root, "ar"), "Tokyo", "")
    monkeypatch.chdir(root)
    result = CliRunner().invoke(app, ["stats", "--format", "json", "--locale", "ar"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data == [{
        "release": RELEASE_ID, "path": f"releases/{RELEASE_ID}.xml", "locale": "ar",
        "translated": {"segments": 15, "words": WORDS - 1},
        "fuzzy": {"segments": 0, "words": 0},
        "untranslated": {"segments": 1, "words": 1},
        "rejected": {"segments": 0, "words": 0},
        "total": {"segments": 16, "words": WORDS},
        "percent": 93.75,
    }]


def test_cli_text(tmp_path, monkeypatch):
    monkeypatch.chdir(make_project(tmp_path))
    result = CliRunner().invoke(app, ["stats"])
    assert result.exit_code == 0, result.output
    assert "100.0%" in result.output
    assert result.output.count(RELEASE_ID) == 4


def break_catalog(root: Path, locale: str) -> str:
    """Make a syntax error in the locale's catalog; the error line stats must print."""
    po = catalog_path(root, locale)
    text = po.read_text(encoding="utf-8")
    po.write_text(text + '\nmsgid "Tokyo?"\nmsgstr unquoted\n', encoding="utf-8")
    return f"locales/{locale}/LC_MESSAGES/{RELEASE_ID}.po:{text.count(chr(10)) + 3}:8: error: "


def test_cli_unreadable_catalog_is_one_line_naming_it_as_typed(tmp_path, monkeypatch):
    # Every other command names a project file relative to the current folder.
    root = make_project(tmp_path)
    line = break_catalog(root, "ja")
    monkeypatch.chdir(root)
    result = CliRunner().invoke(app, ["stats", "--locale", "ja"])
    assert result.exit_code == 2
    assert result.stderr.startswith(line), result.stderr
    assert result.stderr.count("\n") == 1


def test_cli_a_broken_catalog_is_reported_and_the_rest_counted(tmp_path, monkeypatch):
    # As update and build do: the error with its line, the rest done, exit 2 at the end.
    root = make_project(tmp_path)
    line = break_catalog(root, "ja")
    monkeypatch.chdir(root)
    result = CliRunner().invoke(app, ["stats"])
    assert result.exit_code == 2
    assert result.stderr.startswith(line) and result.stderr.count("\n") == 1
    assert [row.split()[1] for row in result.stdout.splitlines()[1:]] == ["ky", "ru", "ar"]
    assert CliRunner().invoke(app, ["build"]).exit_code == result.exit_code
    assert CliRunner().invoke(app, ["extract"]).exit_code == 0
    assert CliRunner().invoke(app, ["update"]).exit_code == result.exit_code


def test_cli_json_carries_the_error_in_the_row_it_leaves_uncounted(tmp_path, monkeypatch):
    root = make_project(tmp_path)
    line = break_catalog(root, "ru")
    monkeypatch.chdir(root)
    result = CliRunner().invoke(app, ["stats", "--format", "json"])
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert [(row["locale"], "percent" in row) for row in data] == [
        ("ja", True), ("ky", True), ("ru", False), ("ar", True)]
    assert data[2] == {"release": RELEASE_ID, "path": f"releases/{RELEASE_ID}.xml",
                       "locale": "ru", "error": data[2]["error"],
                       "issues": data[2]["issues"]}
    assert data[2]["error"].startswith(line)
    (issue,) = data[2]["issues"]
    assert f"{issue['path']}:{issue['line']}:{issue['column']}: error: " == line


def test_cli_an_unreadable_release_is_said_once_and_the_others_counted(tmp_path, monkeypatch):
    root = make_project(tmp_path)
    (root / "releases" / "broken.xml").write_text("<release><oops></release>",
                                                  encoding="utf-8")
    monkeypatch.chdir(root)
    result = CliRunner().invoke(app, ["stats"])
    assert result.exit_code == 2
    assert result.stderr.startswith("releases/broken.xml:1:")
    assert result.stderr.count("\n") == 1  # once, not once per locale
    assert result.stdout.count(RELEASE_ID) == 4 and "broken" not in result.stdout
    data = json.loads(CliRunner().invoke(app, ["stats", "--format", "json"]).stdout)
    assert [(row["release"], row["locale"]) for row in data if "error" in row] == [
        ("broken", ll) for ll in ("ja", "ky", "ru", "ar")]


def test_rows_of_a_broken_catalog_are_left_out_of_the_table_and_totals(tmp_path):
    root = make_project(tmp_path)
    break_catalog(root, "ja")
    rows = stats(load_config(root))
    assert [(row.locale, row.coverage is None, row.error is not None) for row in rows] == [
        ("ja", True, True), ("ky", False, False), ("ru", False, False), ("ar", False, False)]
    assert [(found.locale, found.releases, found.failed) for found in locale_totals(rows)] \
        == [("ja", 0, 1), ("ky", 1, 0), ("ru", 1, 0), ("ar", 1, 0)]
    assert [line.split()[1] for line in render_table(rows).splitlines()[1:]] == [
        "ky", "ru", "ar"]
    assert [line.split()[:2] for line in render_table(rows, with_totals=True).splitlines()[4:]] \
        == [["(all)", "ky"], ["(all)", "ru"], ["(all)", "ar"]]


def test_cli_unknown_locale_is_a_usage_error_not_an_untranslated_locale(tmp_path, monkeypatch):
    monkeypatch.chdir(make_project(tmp_path))
    result = CliRunner().invoke(app, ["stats", "--locale", "jp"])
    assert result.exit_code == 2
    assert result.stderr == ("communique: error: unknown locale 'jp': CLDR has no data for it "
                             "(did you mean ja?); this project's "
                             "locales: en, ja, ky, ru, ar\n")
    assert result.stdout == ""


# ---------------------------------------------------------------- per-locale totals
COPY_ID = "copy-of-the-sample"


def with_a_second_release(root: Path) -> Path:
    """The sample release again under another id, with its catalogs; in Japanese, two of
    its messages are not translated (one fuzzy, one empty)."""
    source = (root / "releases" / f"{RELEASE_ID}.xml").read_text(encoding="utf-8")
    assert f'id="{RELEASE_ID}"' in source
    (root / "releases" / f"{COPY_ID}.xml").write_text(
        source.replace(f'id="{RELEASE_ID}"', f'id="{COPY_ID}"'), encoding="utf-8")
    for locale in ("ja", "ky", "ru", "ar"):
        catalog_path(root, locale, COPY_ID).write_bytes(catalog_path(root, locale).read_bytes())
    set_msgstr(catalog_path(root, "ja", COPY_ID), "Tokyo", "東京", fuzzy=True)
    set_msgstr(catalog_path(root, "ja", COPY_ID), "Press Releases", "")
    return root


def test_cli_text_ends_with_each_locales_totals_over_the_releases(tmp_path, monkeypatch):
    monkeypatch.chdir(with_a_second_release(make_project(tmp_path)))
    result = CliRunner().invoke(app, ["stats"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 1 + 8 + 4
    assert [line.split() for line in lines[-4:]] == [
        ["(all)", "ja", str(2 * MESSAGES - 2), "1", "1", "0",
         f"{2 * WORDS - 3}/{2 * WORDS}", "93.7%"],  # 30 of 32, rounded down
        *(["(all)", ll, str(2 * MESSAGES), "0", "0", "0", f"{2 * WORDS}/{2 * WORDS}",
           "100.0%"] for ll in ("ky", "ru", "ar"))]


def test_a_locale_summed_over_fewer_releases_says_how_many(tmp_path, monkeypatch):
    root = with_a_second_release(make_project(tmp_path))
    break_catalog(root, "ru")
    monkeypatch.chdir(root)
    result = CliRunner().invoke(app, ["stats"])
    assert result.exit_code == 2
    totals_lines = [line.split()[:3] for line in result.stdout.splitlines()[-4:]]
    assert totals_lines == [["(all)", "ja", str(2 * MESSAGES - 2)],
                            ["(all)", "ky", str(2 * MESSAGES)],
                            ["(1", "of", "2)"], ["(all)", "ar", str(2 * MESSAGES)]]
    assert result.stdout.splitlines()[-2].split()[3:5] == ["ru", str(MESSAGES)]


def test_cli_text_totals_of_one_release_only_when_asked(tmp_path, monkeypatch):
    monkeypatch.chdir(make_project(tmp_path))
    assert "(all)" not in CliRunner().invoke(app, ["stats"]).stdout
    result = CliRunner().invoke(app, ["stats", "--totals", "--locale", "ky"])
    assert result.exit_code == 0, result.output
    assert [line.split() for line in result.stdout.splitlines()[1:]] == [
        [RELEASE_ID, "ky", str(MESSAGES), "0", "0", "0", f"{WORDS}/{WORDS}", "100.0%"],
        ["(all)", "ky", str(MESSAGES), "0", "0", "0", f"{WORDS}/{WORDS}", "100.0%"]]


def test_cli_json_with_totals_is_the_rows_and_each_locales_totals(tmp_path, monkeypatch):
    root = with_a_second_release(make_project(tmp_path))
    break_catalog(root, "ar")
    (root / "releases" / "broken.xml").write_text("<release><oops></release>",
                                                  encoding="utf-8")
    monkeypatch.chdir(root)
    plain = CliRunner().invoke(app, ["stats", "--format", "json", "-l", "ja", "-l", "ar"])
    result = CliRunner().invoke(app, ["stats", "--format", "json", "--totals",
                                      "-l", "ja", "-l", "ar"])
    assert result.exit_code == plain.exit_code == 2
    data = json.loads(result.stdout)
    # Without --totals the output is the list it always was; with it, that list is `rows`.
    assert isinstance(json.loads(plain.stdout), list)
    assert data["rows"] == json.loads(plain.stdout)
    assert list(data["locales"]) == ["ja", "ar"]
    assert data["locales"]["ja"] == {
        "releases": 2, "failed": 1,  # broken.xml: counted in nothing
        "translated": {"segments": 2 * MESSAGES - 2, "words": 2 * WORDS - 3},
        "fuzzy": {"segments": 1, "words": 1},
        "untranslated": {"segments": 1, "words": 2},
        "rejected": {"segments": 0, "words": 0},
        "total": {"segments": 2 * MESSAGES, "words": 2 * WORDS},
        "percent": 93.75,
    }
    ar = data["locales"]["ar"]
    assert (ar["releases"], ar["failed"], ar["total"]["segments"]) == (1, 2, MESSAGES)
    # A locale none of whose rows could be counted has totals of nothing, no percentage.
    root_ar = catalog_path(root, "ar", COPY_ID)
    root_ar.write_text(root_ar.read_text(encoding="utf-8") + "\nmsgstr oops\n",
                       encoding="utf-8")
    data = json.loads(CliRunner().invoke(app, ["stats", "--format", "json", "--totals",
                                               "-l", "ar"]).stdout)
    assert data["locales"]["ar"]["releases"] == 0
    assert data["locales"]["ar"]["percent"] is None

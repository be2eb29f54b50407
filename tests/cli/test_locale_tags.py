"""`--locale` on the command line: a tag is read as BCP 47 reads it (case-insensitive,
`_` as `-`), so every spelling of a project's locale finds that locale's folders, in
update, build, stats and pseudo alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from build_support import RELEASE_ID, files, japanese_project
from typer.testing import CliRunner

from toolkit.cli.app import app


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The Japanese sample project, its ja catalog made by update."""
    monkeypatch.chdir(tmp_path)
    japanese_project(tmp_path)
    assert invoke("update").exit_code == 0
    return tmp_path


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def folders(root: Path, name: str) -> list[str]:
    return sorted(p.name for p in (root / name).iterdir() if p.is_dir())


@pytest.mark.parametrize("typed", ["JA", "Ja", "ja"])
def test_update_writes_the_configured_locale_whatever_its_case(project, typed):
    result = invoke("update", "--locale", typed, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["files"][0]["locale"] == "ja"
    assert folders(project, "locales") == ["ja"]  # no untranslated locales/JA/ beside it


@pytest.mark.parametrize("typed", ["JA", "ja"])
def test_build_writes_into_the_configured_locale_folder(project, typed):
    result = invoke("build", "--locale", typed, "--locale", "EN", "--format", "json")
    assert result.exit_code == 0, result.output
    assert {r["locale"] for r in json.loads(result.stdout)["results"]} == {"en", "ja"}
    assert folders(project, "build") == ["en", "ja"]


def test_stats_counts_the_configured_locale_not_an_empty_one(project):
    translated = invoke("stats", "--locale", "ja", "--format", "json").stdout
    result = invoke("stats", "--locale", "JA", "--locale", "ja", "--format", "json")
    assert result.exit_code == 0, result.output
    assert result.stdout == translated  # one row, named ja, counted from ja's catalog


def test_pseudo_refuses_a_configured_locale_in_any_case(project):
    before = files(project)
    result = invoke("pseudo", "--locale", "JA")
    assert result.exit_code == 2
    assert result.stderr.startswith("communique: error: 'ja' is a configured locale; "
                                    "pseudo catalogs would overwrite its translations")
    assert files(project) == before


def test_a_tag_configured_with_an_underscore_is_found_from_a_hyphen(project):
    config = project / "communique.toml"
    config.write_text(config.read_text(encoding="utf-8").replace('["ja"]', '["ja", "pt_BR"]'),
                      encoding="utf-8")
    assert invoke("update", "--locale", "pt-br").exit_code == 0
    assert folders(project, "locales") == ["ja", "pt_BR"]
    result = invoke("build", "--locale", "PT-BR", "--format", "json")
    assert result.exit_code == 0, result.output
    assert folders(project, "build") == ["pt_BR"]


def test_a_locale_started_outside_the_config_is_found_by_its_folder(project):
    # Pseudo-locales are never configured: their catalogs' folder gives the spelling.
    assert invoke("pseudo", "--locale", "en-xa").exit_code == 0  # written as en-XA
    assert folders(project, "locales") == ["en-XA", "ja"]
    assert invoke("pseudo", "--locale", "EN_XA").stdout.startswith(
        "1 en-XA pseudo catalog: 1 unchanged\n")
    result = invoke("build", "--locale", "en_xa", "--format", "json")
    assert result.exit_code == 0, result.output
    assert folders(project, "build") == ["en-XA"]
    assert json.loads(invoke("stats", "--locale", "EN-XA", "--format", "json").stdout)[0][
        "percent"] == 100.0


@pytest.mark.parametrize("command", [["update"], ["build"], ["stats"], ["pseudo"]])
@pytest.mark.parametrize(("typed", "spelt"), [("ja-JP", "ja-JP"), ("ja_JP", "ja_JP"),
                                              ("JA-jp", "ja-JP")])
def test_a_region_added_to_a_configured_language_is_refused_naming_it(
        project, command, typed, spelt):
    # Nearly always a slip for ja: a folder of its own would be all untranslated.
    before = files(project)
    result = invoke(*command, "--locale", typed)
    assert result.exit_code == 2
    # (pseudo refuses a configured locale: it is advised a locale it takes)
    advice = ("pseudo catalogs are for a pseudo-locale: choose e.g. --locale en-XA"
              if command == ["pseudo"] else
              f"to make {spelt} a locale of its own, add it to `locales` in the config")
    assert result.stderr == (f"communique: error: locale {typed!r} is not configured and "
                             f"has no catalogs; the project's is 'ja' ({advice})\n")
    assert result.stdout == ""
    assert files(project) == before


def test_a_configured_regional_locale_is_a_locale_of_its_own(project):
    config = project / "communique.toml"
    config.write_text(config.read_text(encoding="utf-8").replace('["ja"]', '["ja", "ja-JP"]'),
                      encoding="utf-8")
    result = invoke("update", "--locale", "ja_jp", "--format", "json")
    assert result.exit_code == 0, result.output
    assert folders(project, "locales") == ["ja", "ja-JP"]


def test_a_new_language_is_a_locale_of_its_own_spelt_conventionally(project):
    # Starting a locale's catalogs before it is configured (update --locale de) stays.
    assert invoke("update", "--locale", "DE").exit_code == 0
    assert folders(project, "locales") == ["de", "ja"]
    assert (project / "locales" / "de" / "LC_MESSAGES" / f"{RELEASE_ID}.po").is_file()


def test_a_locale_without_catalogs_is_built_and_said_to_be_untranslated_once(project):
    result = invoke("build", "--locale", "de", "--locale", "ja")
    assert result.exit_code == 0, result.output
    assert result.stderr == ("warning: no catalogs for de (locales/de/LC_MESSAGES/ has no "
                             ".po file): its pages will be all in en; run "
                             "`communique update --locale de` to start them\n")
    assert folders(project, "build") == ["de", "ja"]  # a preview of the layout all the same

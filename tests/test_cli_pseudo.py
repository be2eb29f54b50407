"""`communique pseudo` on the command line: which locales it writes catalogs for."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from build_support import RELEASE_ID, catalog_path, files, japanese_project, set_msgstr
from typer.testing import CliRunner

from toolkit.cli.app import app
from toolkit.po_read import read_po
from toolkit.po_write import format_po

SAMPLE = RELEASE_ID


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return japanese_project(tmp_path)


@pytest.mark.parametrize("tag", ["xx", "xx-XA", "en_QQQ", "not a locale"])
def test_a_locale_cldr_does_not_know_is_refused_as_build_refuses_it(project, tag):
    before = files(project)
    result = CliRunner().invoke(app, ["pseudo", "--locale", tag])
    build = CliRunner().invoke(app, ["build", "--locale", tag])
    assert result.exit_code == build.exit_code == 2
    assert result.stderr == build.stderr
    assert result.stderr.count("\n") == 1 and repr(tag) in result.stderr
    assert result.stdout == ""
    assert files(project) == before  # no locales/<tag>/ folder


@pytest.mark.parametrize("tag", ["en-XA", "ar-XB", "fr"])
def test_pseudo_locales_and_unconfigured_cldr_locales_get_catalogs(project, tag):
    result = CliRunner().invoke(app, ["pseudo", "--locale", tag])
    assert result.exit_code == 0, result.stderr
    assert (project / "locales" / tag / "LC_MESSAGES" / f"{SAMPLE}.po").is_file()


def test_a_catalog_translators_started_in_an_unconfigured_locale_is_never_overwritten(
        project):
    # `update --locale de` makes catalogs before de is added to the config; a pseudo run
    # for de must not turn their translations into pseudo text.
    assert CliRunner().invoke(app, ["update", "--locale", "de"]).exit_code == 0
    catalog = catalog_path(project, "de")
    set_msgstr(catalog, "Ministry of Foreign Affairs of Japan", "Außenministerium Japans")
    before = catalog.read_bytes()
    result = CliRunner().invoke(app, ["pseudo", "--locale", "de"])
    assert result.exit_code == 2
    assert catalog.read_bytes() == before
    assert result.stderr == (f"locales/de/LC_MESSAGES/{SAMPLE}.po: error: not a pseudo "
                             "catalog: pseudo would overwrite its translations (remove it, "
                             "or choose another locale, e.g. --locale en-XA) "
                             "[catalog-not-pseudo]\n")
    assert result.stdout == "1 de pseudo catalog: 1 failed\n"  # and no next step


def test_a_pseudo_catalog_is_rewritten_and_a_broken_template_named_in_the_project(project):
    assert CliRunner().invoke(app, ["pseudo", "--locale", "fr"]).exit_code == 0
    assert CliRunner().invoke(app, ["pseudo", "--locale", "fr"]).stdout.startswith(
        "1 fr pseudo catalog: 1 unchanged\n")
    (project / "locales" / f"{SAMPLE}.pot").write_text("garbage\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["pseudo", "--locale", "fr"])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"locales/{SAMPLE}.pot:1:1: error: ")


def test_pseudo_names_its_locale_and_the_commands_that_build_and_refresh_it(project):
    # "1 pseudo catalog: 1 created" named neither en-XA nor the build to run, and update
    # never merges a pseudo-locale: after the release changed, build said en-XA was 93%
    # translated with nothing saying that pseudo is run again.
    result = CliRunner().invoke(app, ["pseudo"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "1 en-XA pseudo catalog: 1 created\n"
        "next: communique build --locale en-XA; when the releases change, communique "
        "extract, then communique pseudo --locale en-XA again (update merges the "
        "configured locales only)\n")
    given = CliRunner().invoke(app, ["pseudo", "-l", "ar-XB", "-c", "communique.toml"])
    assert given.stdout.splitlines()[1].startswith(
        "next: communique build --locale ar-XB --config communique.toml; ")


def test_running_pseudo_again_after_extract_refreshes_its_catalogs_from_the_templates(
        project, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert CliRunner().invoke(app, ["pseudo"]).exit_code == 0
    release = project / "releases" / f"{SAMPLE}.xml"
    old, new = "are as follows.", "are listed below."
    release.write_text(release.read_text(encoding="utf-8").replace(old, new),
                       encoding="utf-8")
    assert CliRunner().invoke(app, ["extract"]).exit_code == 0
    assert CliRunner().invoke(app, ["update"]).exit_code == 0
    path = catalog_path(project, "en-XA")
    stale = read_po(path)
    assert any(old in e.msgid for e in stale.live())  # update left it as it was
    result = CliRunner().invoke(app, ["pseudo"])
    assert result.stdout.startswith("1 en-XA pseudo catalog: 1 updated\n")
    refreshed = path.read_bytes()
    template = read_po(project / "locales" / f"{SAMPLE}.pot")
    assert [e.msgid for e in read_po(path).live()] == [e.msgid for e in template.live()]
    assert all(e.msgstr for e in read_po(path).live())
    # Deterministic: a second run writes nothing, and a fresh one writes the same bytes.
    assert CliRunner().invoke(app, ["pseudo"]).stdout.startswith(
        "1 en-XA pseudo catalog: 1 unchanged\n")
    assert path.read_bytes() == refreshed
    path.unlink()
    assert CliRunner().invoke(app, ["pseudo"]).exit_code == 0
    assert path.read_bytes() == refreshed


def test_refusing_a_hand_made_catalog_never_advises_the_refused_locale(project):
    # A translator's en-XA catalog (not written by pseudo): the advice said "choose e.g.
    # --locale en-XA", the very locale refused.
    assert CliRunner().invoke(app, ["pseudo", "--locale", "en-XA"]).exit_code == 0
    catalog = catalog_path(project, "en-XA")
    catalog.write_text(catalog.read_text(encoding="utf-8").replace(
        "Language-Team: pseudo-locale", "Language-Team: English"), encoding="utf-8")
    result = CliRunner().invoke(app, ["pseudo", "--locale", "en-XA"])
    assert result.exit_code == 2
    assert result.stderr.endswith("(remove it, or choose another locale, e.g. --locale "
                                  "en-XB) [catalog-not-pseudo]\n"), result.stderr
    assert CliRunner().invoke(app, ["pseudo", "--locale", "en-XB"]).exit_code == 0


def test_a_configured_locales_tag_with_a_region_is_refused_with_advice_pseudo_takes(project):
    # ja-JP on a project of ja: the advice was to add ja-JP to `locales`, which pseudo
    # then refuses too ("a configured locale"). The advice is a locale it writes.
    before = files(project)
    result = CliRunner().invoke(app, ["pseudo", "--locale", "ja-JP"])
    assert result.exit_code == 2
    assert "`locales`" not in result.stderr
    advised = re.search(r"--locale (\S+?)\)", result.stderr)
    assert advised, result.stderr
    assert files(project) == before
    again = CliRunner().invoke(app, ["pseudo", "--locale", advised[1]])
    assert again.exit_code == 0, again.stderr


def test_refusing_a_configured_locale_advises_a_pseudo_locale_that_is_not_configured(
        project):
    config = project / "communique.toml"
    config.write_text('source-locale = "en"\nlocales = ["ja", "en-XA"]\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["pseudo", "--locale", "en-XA"])
    assert result.exit_code == 2
    assert result.stderr.endswith("(choose e.g. --locale en-XB)\n"), result.stderr


def test_json_counts_the_messages_pseudo_translated_not_merge_counts_of_zero(project):
    # Pseudo merges nothing: its JSON said "new": 0 (and kept, fuzzy... 0) for created
    # catalogs, read as "no message new". It says how many messages it translated.
    result = CliRunner().invoke(app, ["pseudo", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    written = len(list(read_po(catalog_path(project, "en-XA")).live()))
    assert written > 10
    assert report["locales"]["en-XA"]["messages"] == {"pseudo": written}
    assert report["files"][0]["messages"] == {"pseudo": written}
    again = json.loads(CliRunner().invoke(app, ["pseudo", "--format", "json"]).stdout)
    assert again["files"][0]["status"] == "unchanged"
    assert again["locales"]["en-XA"]["messages"] == {"pseudo": written}


QA_PROJECT = Path(__file__).resolve().parent / "fixtures" / "qa" / "project"


@pytest.mark.parametrize("which", ["qa", "sample"])
def test_a_pseudo_catalog_validates_as_a_careful_translation_would(
        which, tmp_path, monkeypatch):
    # A pseudo-locale tests a build, so its catalog must pass validate: URLs, e-mail
    # addresses and its:term spans were accented (url-changed, email-changed,
    # term-changed on the QA project).
    if which == "qa":
        root = tmp_path / "qa"
        shutil.copytree(QA_PROJECT, root)
    else:
        root = japanese_project(tmp_path)
    monkeypatch.chdir(root)
    assert CliRunner().invoke(app, ["extract"]).exit_code == 0
    assert CliRunner().invoke(app, ["pseudo", "--locale", "en-XA"]).exit_code == 0
    release_id = "qa-sample" if which == "qa" else SAMPLE
    result = CliRunner().invoke(app, ["validate", "--format", "json", str(
        catalog_path(root, "en-XA", release_id).relative_to(root))])
    assert json.loads(result.stdout) == [], result.stdout
    assert result.exit_code == 0


@pytest.mark.parametrize(("tag", "plural_forms"), [
    # accented: the source's text, lengthened, so the source language's rule
    ("en-XA", "nplurals=2; plural=(n != 1);"),
    # bidi: a preview of its language's layout, with that language's forms (as ICU's ar-XB)
    ("ar-XB", "nplurals=6; plural=(n == 0 ? 0 : n == 1 ? 1 : n == 2 ? 2 : n % 100 >= 3 && "
              "n % 100 <= 10 ? 3 : n % 100 >= 11 && n % 100 <= 99 ? 4 : 5);"),
    ("he-XB", "nplurals=3; plural=(n == 1 ? 0 : n == 2 ? 1 : 2);"),
])
def test_plural_forms_of_a_pseudo_catalog(project, tag, plural_forms):
    assert CliRunner().invoke(app, ["pseudo", "--locale", tag]).exit_code == 0
    catalog = read_po(catalog_path(project, tag))
    assert catalog.header["Plural-Forms"] == plural_forms
    assert catalog.header["Language"] == tag


def test_a_bidi_catalog_is_written_right_to_left(project):
    assert CliRunner().invoke(app, ["pseudo", "--locale", "ar-XB"]).exit_code == 0
    entry = read_po(catalog_path(project, "ar-XB")).lookup("Press Releases")
    assert entry is not None and entry.msgstr == "\u202ePress\u202c \u202eReleases\u202c"


@pytest.mark.parametrize(("setting", "args", "width"), [
    ("po-width = 77\n", (), 77),  # Weblate's width
    ("po-width = false\n", (), None),
    ("po-width = 77\n", ("--width", "60"), 60),  # the command line overrides it
    ("po-width = 77\n", ("--no-wrap",), None),
    ("", (), 79),
])
def test_a_pseudo_catalog_wraps_at_the_projects_po_width_as_update_does(
        project, setting, args, width):
    # Written at 79 columns whatever the project said, a pseudo catalog was rewrapped by
    # the first update of it: a diff of every long message.
    with (project / "communique.toml").open("a", encoding="utf-8") as config:
        config.write(setting)
    result = CliRunner().invoke(app, ["pseudo", "--locale", "en-XA", *args])
    assert result.exit_code == 0, result.stderr
    path = catalog_path(project, "en-XA")
    catalog = read_po(path)
    assert path.read_bytes() == format_po(catalog, width=width)
    # (Pseudo text is long enough that each width writes the file differently.)
    assert (path.read_bytes() == format_po(catalog, width=79)) == (width == 79)
    update = CliRunner().invoke(app, ["update", "--locale", "en-XA", *args])
    assert update.exit_code == 0, update.stderr
    assert update.stdout.endswith(": 1 unchanged\n")


def test_pseudo_refuses_a_width_with_no_wrap(project):
    result = CliRunner().invoke(app, ["pseudo", "--width", "60", "--no-wrap"])
    assert result.exit_code == 2 and "exclude each other" in result.stderr
    assert not catalog_path(project, "en-XA").exists()

"""How a validate run finds, pairs up and reports files; the same answer in parallel."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from qa_support import CASES, RELEASE_ID, validate
from typer.testing import CliRunner

from toolkit.cli.app import app
from toolkit.config import load_config
from toolkit.po_read import MAX_BYTES, MAX_MIB_VARIABLE, parse_po
from toolkit.qa import project as project_module
from toolkit.qa.config import Policy
from toolkit.qa.project import Validation, coverage, expand


def broken(project: Path, *names: str) -> None:
    for name in names:
        locale = name.split(".")[-2]
        shutil.copyfile(CASES / name,
                        project / "locales" / locale / "LC_MESSAGES" / f"{RELEASE_ID}.po")


def serial_and_parallel(project: Path, monkeypatch: pytest.MonkeyPatch
                        ) -> tuple[Validation, Validation]:
    """The project validated in one process and by two workers (no serial threshold)."""
    config = load_config(project, project / "communique.toml")
    serial = Validation(config, Policy(), 0.0, project)
    serial.run_project(1)
    monkeypatch.setattr(project_module, "SERIAL_BELOW", 0)
    parallel = Validation(config, Policy(), 0.0, project)
    parallel.run_project(2)
    return serial, parallel


def test_worker_processes_find_exactly_what_one_process_finds(project, monkeypatch):
    broken(project, "number-changed.ru.po", "punctuation-final.ja.po", "url-changed.ja.po")
    serial, parallel = serial_and_parallel(project, monkeypatch)
    assert sorted(parallel.issues) == sorted(serial.issues)
    assert {i.code for i in serial.issues} == {"number-changed", "url-changed"}


def test_workers_report_in_the_order_of_one_process(project, monkeypatch):
    # Units qa-sample and qa-sample-2 in one batch: sorted as one list, qa-sample-2.po
    # ('-' before '.') came first, while one process reports release id by release id.
    source = (project / "releases" / f"{RELEASE_ID}.xml").read_text(encoding="utf-8")
    second = f"{RELEASE_ID}-2"
    (project / "releases" / f"{second}.xml").write_text(
        source.replace(f'id="{RELEASE_ID}"', f'id="{second}"'), encoding="utf-8")
    broken(project, "number-changed.ru.po", "url-changed.ja.po")
    for locale in ("ru", "ja"):
        folder = project / "locales" / locale / "LC_MESSAGES"
        shutil.copyfile(folder / f"{RELEASE_ID}.po", folder / f"{second}.po")
    CliRunner().invoke(app, ["extract", "--config", str(project / "communique.toml")])
    monkeypatch.setattr(project_module, "batch_bounds", lambda units, jobs: [(0, units)])
    serial, parallel = serial_and_parallel(project, monkeypatch)
    stems = [Path(i.path).name.split(".")[0] for i in serial.issues]
    assert stems.index(second) > stems.index(RELEASE_ID)  # the two ids' issues, in order
    assert parallel.issues == serial.issues


def test_two_releases_with_one_id_are_reported_by_serial_and_parallel_runs(project,
                                                                          monkeypatch):
    # Workers send back release ids only; the parent finds the clash, on the later file.
    source = project / "releases" / f"{RELEASE_ID}.xml"
    shutil.copyfile(source, project / "releases" / "zz-copy.xml")
    serial, parallel = serial_and_parallel(project, monkeypatch)
    [clash] = [i for i in serial.issues if i.code == "id-duplicate"]
    assert clash.path == "releases/zz-copy.xml" and clash.line == 2
    # The other file as every path is shown, relative to the working folder: the
    # absolute path named the build machine's folders in a CI annotation.
    assert clash.message.endswith(f"also used by releases/{RELEASE_ID}.xml")
    assert sorted(parallel.issues) == sorted(serial.issues)


def counts(run: Validation) -> tuple[int, ...]:
    tally = run.tally
    return (*tally.checked(), tally.errors, tally.warnings, tally.files)


def test_workers_send_back_what_they_checked_and_issues_are_counted_as_streamed(
        project, monkeypatch):
    # The copy's release is an id-duplicate after its own template-missing: its file is
    # counted once, though the clash is found last, in the parent.
    broken(project, "number-changed.ru.po", "punctuation-final.ja.po", "url-changed.ja.po")
    shutil.copyfile(project / "releases" / f"{RELEASE_ID}.xml",
                    project / "releases" / "zz-copy.xml")
    serial, parallel = serial_and_parallel(project, monkeypatch)
    issues = serial.issues
    assert {"id-duplicate", "template-missing"} <= {i.code for i in issues}
    errors = sum(i.severity == "error" for i in issues)
    files = len({i.path for i in issues})
    assert counts(serial) == (2, 1, 4, errors, len(issues) - errors, files)
    assert counts(parallel) == counts(serial)


def test_given_files_are_counted_once_each(project, monkeypatch):
    monkeypatch.chdir(project)
    config = load_config(project, project / "communique.toml")
    run = Validation(config, Policy(), 0.0, project)
    catalog = Path("locales", "ja", "LC_MESSAGES", f"{RELEASE_ID}.po")
    run.run_paths([Path("releases"), catalog, catalog.absolute(), Path("locales")])
    assert counts(run) == (1, 1, 4, 0, 0, 0)


def test_a_streamed_project_run_finds_what_a_kept_one_finds_release_by_release(project):
    # Two release ids, so the order is visible: each id's files together (a global sort
    # by path would put the catalogs of one before the release of the other).
    source = project / "releases" / f"{RELEASE_ID}.xml"
    shutil.copyfile(source, project / "releases" / "aa-copy.xml")
    broken(project, "number-changed.ru.po", "url-changed.ja.po")
    config = load_config(project, project / "communique.toml")
    kept = Validation(config, Policy(), 0.0, project)
    kept.run_project(1)
    streaming = Validation(config, Policy(), 0.0, project)
    streamed = list(streaming.iter_project(1))
    assert streaming.issues == []  # nothing held
    assert sorted(streamed) == sorted(kept.issues)
    by_release = [i.path.rsplit("/", 1)[-1].split(".")[0] for i in streamed
                  if i.code != "id-duplicate"]
    assert by_release == sorted(by_release)  # release id by release id
    assert streamed[-1].code == "id-duplicate"  # the one check across releases comes last
    assert streaming.failed() and not streaming.unreadable
    assert streaming.failed() == kept.failed() and streaming.unreadable == kept.unreadable


def test_a_release_id_is_validated_with_its_template_and_catalogs(project, monkeypatch):
    # As every other command takes it; it was read as a file name and "cannot read".
    broken(project, "number-changed.ru.po")
    monkeypatch.chdir(project)
    result = CliRunner().invoke(app, ["validate", RELEASE_ID, "--format", "github"])
    assert result.exit_code == 1
    assert result.stdout.startswith(
        f"::error file=locales/ru/LC_MESSAGES/{RELEASE_ID}.po,line=33,col=30,"
        "title=number-changed::")
    assert result.stderr.startswith("checked 1 release, 1 template, 4 catalogs: 1 error")


def test_an_id_of_no_release_is_refused_before_anything_is_checked(project, monkeypatch):
    monkeypatch.chdir(project)
    result = CliRunner().invoke(app, ["validate", "no-such-id", f"releases/{RELEASE_ID}.xml"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == ("no-such-id: error: no such release "
                             "(looked for releases/no-such-id.xml)\n")


def test_paths_are_shown_relative_to_the_working_folder(project, monkeypatch):
    broken(project, "number-changed.ru.po")
    monkeypatch.chdir(project)
    result = CliRunner().invoke(app, ["validate", "--format", "github"])
    assert result.exit_code == 1
    assert result.stdout.startswith(
        f"::error file=locales/ru/LC_MESSAGES/{RELEASE_ID}.po,line=33,col=30,"
        "title=number-changed::")


def test_a_release_linked_from_outside_the_project_is_fresh_after_extract(project,
                                                                          monkeypatch):
    # Extract names the file that holds the text (links resolved); validate expected
    # releases/<id>.xml and called the template stale after every extract.
    release = project / "releases" / f"{RELEASE_ID}.xml"
    elsewhere = project.parent / "elsewhere"
    elsewhere.mkdir()
    release.rename(elsewhere / release.name)
    release.symlink_to(elsewhere / release.name)
    monkeypatch.chdir(project)
    assert CliRunner().invoke(app, ["extract"]).exit_code == 0
    template = (project / "locales" / f"{RELEASE_ID}.pot").read_text(encoding="utf-8")
    assert f"#: ../elsewhere/{RELEASE_ID}.xml:" in template
    result = validate(project)
    assert (result.exit_code, result.codes) == (0, []), result.output
    assert validate(project, str(release)).codes == []  # a given release, held to it too


def test_a_folder_is_walked_for_releases_templates_and_catalogs(project):
    broken(project, "url-changed.ja.po")
    result = validate(project, str(project / "locales"))
    assert result.codes == ["url-changed"]


def test_a_template_given_alone_is_checked_against_its_release(project):
    template = project / "locales" / f"{RELEASE_ID}.pot"
    template.write_text(template.read_text().replace("#. title\n", "#. heading\n"))
    result = validate(project, str(template))
    assert result.codes == ["template-stale"]
    assert "extracted comments" in str(result.issues[0]["message"])


def test_an_unreadable_catalog_exits_2_and_is_still_reported(project):
    broken(project, "po-syntax.ja.po", "number-changed.ru.po")
    result = validate(project)
    assert result.exit_code == 2
    assert result.codes == ["number-changed", "po-syntax"]
    [syntax] = [i for i in result.issues if i["code"] == "po-syntax"]
    assert (syntax["line"], syntax["column"]) == (17, 8)  # msgstr 外務省: the bare token


def test_a_missing_file_is_unreadable(project):
    result = validate(project, str(project / "nowhere.po"))
    assert result.exit_code == 2 and result.codes == ["unreadable"]


def test_the_text_format_is_one_line_per_finding(project):
    broken(project, "number-changed.ru.po")
    result = CliRunner().invoke(app, ["validate", "--config", str(project / "communique.toml")])
    [line] = result.stdout.splitlines()
    assert line.endswith("[number-changed]") and ":33:30: error: number '1,500'" in line


def test_expand_keeps_given_order_and_drops_repeats(tmp_path):
    (tmp_path / "b.po").write_text("")
    (tmp_path / "a.xml").write_text("")
    (tmp_path / "notes.txt").write_text("")
    assert expand([tmp_path / "b.po", tmp_path, Path(os.path.relpath(tmp_path / "b.po"))]) \
        == [tmp_path / "b.po", tmp_path / "a.xml"]


def test_coverage_counts_the_release_messages_as_build_does(project):
    path = project / "locales" / "ja" / "LC_MESSAGES" / f"{RELEASE_ID}.po"
    catalog = parse_po((CASES / "coverage-low.ja.po").read_bytes(), path)
    counts = coverage(catalog, [e.msgid for e in catalog.live()] + ["A new message"],
                      frozenset({"Tokyo", "Food and clean water"}))
    assert (counts.translated, counts.fuzzy, counts.untranslated, counts.total) == \
        (8, 1, 4, 13)


def checks(project: Path, table: str) -> None:
    config = project / "communique.toml"
    config.write_text(config.read_text() + f"\n[checks]\n{table}\n")


def test_a_translation_left_fuzzy_is_a_finding_where_a_team_gates_on_it(project):
    # With min-coverage 0 a fuzzy translation (shown in English by the build) passed
    # validate silently: no code let a team fail CI on it, as pofilter's isfuzzy does.
    broken(project, "coverage-low.ja.po")  # "Ministry of Foreign Affairs" fuzzy, line 18
    assert validate(project).codes == []  # off by default, as untranslated ones are
    checks(project, 'translation-fuzzy = "error"')
    result = validate(project)
    assert result.exit_code == 1 and result.codes == ["translation-fuzzy"]
    [found] = result.issues
    # At the translation (its msgstr's quote), where translation findings are.
    assert str(found["path"]).endswith(f"locales/ja/LC_MESSAGES/{RELEASE_ID}.po")
    assert (found["line"], found["column"]) == (19, 8)
    assert "removes the fuzzy flag" in str(found["message"])
    text = CliRunner().invoke(app, ["validate", "--config", str(project / "communique.toml"),
                                    "--format", "github"])
    assert text.stdout.startswith("::error file=") and \
        f"/ja/LC_MESSAGES/{RELEASE_ID}.po,line=19,col=8,title=translation-fuzzy::" in text.stdout


def test_a_fuzzy_translation_made_a_warning_fails_ci_only_with_warnings_as_errors(project):
    broken(project, "coverage-low.ja.po")
    checks(project, 'translation-fuzzy = "warning"')
    assert validate(project).exit_code == 0
    assert validate(project, "--warnings-as-errors").codes == ["translation-fuzzy"]
    assert validate(project, "--warnings-as-errors").exit_code == 1


def test_the_repository_sample_validates_without_errors(monkeypatch):
    root = Path(__file__).resolve().parents[2]
    monkeypatch.chdir(root)
    result = CliRunner().invoke(app, ["validate"])
    # (nor warnings: the sample's three photos are beside it, in releases/images/)
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "checked 1 release, 1 template, 4 catalogs: no problems\n"


def test_catalogs_pseudo_writes_pass_the_header_checks(project):
    # en-XA and ar-XB are what build and pseudo take as pseudo-locales (a known language,
    # region XA, XB or XC); validate must not call their Language unknown, nor ask for
    # the plural rule of a tag CLDR has none for.
    config = ["--config", str(project / "communique.toml")]
    for tag in ("en-XA", "ar-XB"):
        assert CliRunner().invoke(app, ["pseudo", "--locale", tag, *config]).exit_code == 0
    result = validate(project, str(project / "locales" / "en-XA"),
                      str(project / "locales" / "ar-XB"))
    assert not [i for i in result.issues if str(i["code"]).startswith("header-")]


def test_a_pseudo_locale_of_an_unknown_language_or_another_folder_is_still_refused(
        project):
    folder = project / "locales" / "en-XA"
    assert CliRunner().invoke(app, ["pseudo", "--config", str(project / "communique.toml")]
                              ).exit_code == 0
    [catalog] = folder.rglob("*.po")
    text = catalog.read_text(encoding="utf-8")
    for language, message in (("xx-XA", "Language 'xx-XA' is not a locale CLDR knows"),
                              ("fr-XA", "Language 'fr-XA' does not match the catalog's "
                                        "folder 'en-XA': the header names fr_Latn_XA, "
                                        "the folder en_Latn_XA (CLDR's likely subtags)")):
        catalog.write_text(text.replace("Language: en-XA", f"Language: {language}"),
                           encoding="utf-8")
        result = validate(project, str(folder))
        assert [i["message"] for i in result.issues if i["code"] == "header-language"] == \
            [message]


def test_a_catalog_over_the_size_limit_is_unreadable_until_the_limit_is_raised(
        project, monkeypatch):
    # A catalog is untrusted input, read whole: 50 MB took five times that to validate.
    # 16 MiB is a thousand release catalogs; the error says how to allow more.
    catalog = project / "locales" / "ja" / "LC_MESSAGES" / f"{RELEASE_ID}.po"
    text = catalog.read_bytes()
    catalog.write_bytes(b"# " + b"x" * (MAX_BYTES + 1 - len(text) - 3) + b"\n" + text)
    monkeypatch.delenv(MAX_MIB_VARIABLE, raising=False)
    result = CliRunner().invoke(app, ["validate", "--config", str(project / "communique.toml")])
    assert result.exit_code == 2
    [line] = result.stdout.splitlines()
    assert line.endswith(f"/{RELEASE_ID}.po: error: cannot read: the file is 16.0 MiB, over "
                         "the 16 MiB a catalog may have (a release's catalog is kilobytes); "
                         "if it is meant to be this large, raise the limit: "
                         f"{MAX_MIB_VARIABLE}=17 [unreadable]")
    monkeypatch.setenv(MAX_MIB_VARIABLE, "17")
    assert validate(project).codes == []

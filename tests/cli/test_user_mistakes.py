"""The usual mistakes of a new user, each answered with one line on stderr that names the
file (and line) and says what to do, the right exit code, no traceback and nothing
half-written."""

from __future__ import annotations

from pathlib import Path

import pytest
from build_support import RELEASE_ID, catalog_path, files, make_project
from typer.testing import CliRunner

from toolkit.cli.app import app


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_project(tmp_path / "project")
    monkeypatch.chdir(root)
    return root


def one_line(result) -> str:
    """The command's single stderr line, after checking nothing escaped as a traceback."""
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        result.exception
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_an_output_folder_that_cannot_be_made_is_one_line_and_exit_2(project):
    (project / "notes.txt").write_text("not a folder\n", encoding="utf-8")
    before = files(project)
    for extra in ([], ["--format", "json"]):
        result = invoke("build", "-o", "notes.txt/site", *extra)
        assert result.exit_code == 2
        line = one_line(result)
        assert line.startswith("notes.txt/") and ": error: " in line, line
        assert files(project) == before  # nothing written, no temporary file left


@pytest.mark.parametrize("args", [["build", "-o", "notes.txt"],
                                  ["normalize", "releases", "-o", "notes.txt"]])
def test_an_output_folder_that_is_a_file_is_one_line_and_exit_2(project, args):
    # Click's file_okay=False answered with its box of usage lines; normalize without it
    # said it once per input.
    (project / "notes.txt").write_text("not a folder\n", encoding="utf-8")
    before = files(project)
    result = invoke(*args)
    assert result.exit_code == 2
    assert one_line(result) == ("notes.txt: error: is a file, not a folder: --output names "
                                "the folder to write into")
    assert files(project) == before


def test_a_config_that_is_a_folder_is_one_line_and_exit_2(project):
    result = invoke("build", "--config", "releases")
    assert result.exit_code == 2
    assert one_line(result) == "releases: error: cannot read: Is a directory"


@pytest.mark.parametrize("command", ["validate", "build", "stats", "pseudo", "extract",
                                     "update"])
def test_a_folder_that_holds_no_project_is_refused_not_passed(
        tmp_path, monkeypatch, command):
    # Run in the wrong folder, these found no release and ended with exit 0: a CI gate
    # passing on nothing, "nothing to build", an empty table.
    monkeypatch.chdir(tmp_path)
    result = invoke(command)
    assert result.exit_code == 2
    line = one_line(result)
    assert "no communique.toml" in line and "give --config" in line, line
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", ["validate", "build", "stats", "pseudo", "extract",
                                     "update"])
def test_a_releases_folder_that_does_not_exist_names_the_setting_and_its_line(
        project, command):
    config = project / "communique.toml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        'releases = "releases"', 'releases = "relases"'), encoding="utf-8")
    before = files(project)
    result = invoke(command)
    assert result.exit_code == 2
    assert one_line(result).startswith(
        "communique.toml:3:1: error: the releases folder relases does not exist"), result.stderr
    assert files(project) == before


def remove_every_release(project: Path) -> None:
    """`git rm releases/*`: the last release gone, git leaves no empty folder behind."""
    assert invoke("extract").exit_code == 0  # (its template and catalogs stay)
    for release in (project / "releases").iterdir():
        release.unlink()
    (project / "releases").rmdir()


@pytest.mark.parametrize("command", ["validate", "build", "stats", "pseudo", "extract",
                                     "update"])
def test_the_default_releases_folder_gone_with_the_last_release_says_how_to_keep_it(
        project, command):
    # With `releases` not set, the line said to correct a setting the config does not
    # have; and "create the folder" did not last, as git commits no empty folder.
    config = project / "communique.toml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        'releases = "releases"\n', ""), encoding="utf-8")
    remove_every_release(project)
    before = files(project)
    result = invoke(command)
    assert result.exit_code == 2
    assert one_line(result) == (
        "communique.toml: error: the releases folder releases does not exist (the default "
        "of `releases`, which the config does not set): create it, with a file such as "
        "releases/.gitkeep if git is to keep it empty, or set `releases` to the folder "
        "that holds them")
    assert files(project) == before


@pytest.mark.parametrize("command", ["validate", "build", "stats", "pseudo", "extract",
                                     "update"])
def test_an_empty_releases_folder_is_0_releases_not_an_error(project, command):
    remove_every_release(project)
    (project / "releases").mkdir()
    result = invoke(command)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert result.exit_code == 0, result.output


def test_stats_of_an_empty_releases_folder_says_it_counted_0_releases(project):
    # A table of headings alone, and nothing else, read as a broken run.
    remove_every_release(project)
    (project / "releases").mkdir()
    for args in ((), ("--totals",)):
        result = invoke("stats", *args)
        assert result.exit_code == 0
        assert result.stdout.splitlines()[0].split()[:2] == ["release", "locale"]
        assert one_line(result) == ("0 releases in releases/: nothing to count (write them "
                                    "with `communique normalize INPUT...`)")
    result = invoke("stats", "--format", "json")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "[]\n", "")


def test_a_release_named_on_the_command_line_needs_no_releases_folder(tmp_path, monkeypatch):
    # The pre-commit hook, or a file checked by hand outside any project.
    release = make_project(tmp_path / "project") / "releases" / "japan-kyrgyz-fm-meeting-2022.xml"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert invoke("validate", str(release)).exit_code == 0


@pytest.mark.parametrize(("edit", "expected"), [
    (('min-coverage = 0', 'min-coverge = 0'),
     "communique.toml:6:1: error: unknown setting 'min-coverge'; did you mean 'min-coverage'?"),
    (('locales = ["ja", "ky", "ru", "ar"]', 'locales = ["ja", "kyy", "ru", "ar"]'),
     "communique.toml:2:1: error: unknown locale 'kyy'"),
    (('[locale.ja]\nzone = "Asia/Tokyo"', '[locale.ja]\nzone = "Asia/Tokio"'),
     "communique.toml:14:1: error: zone in [locale.ja]: unknown time zone 'Asia/Tokio'"),
    (('time-pattern = "h:mm a"', 'time-patern = "h:mm a"'),
     "communique.toml:10:1: error: unknown setting 'time-patern' in [locale.en]; did you mean "
     "'time-pattern'?"),
    (('min-coverage = 0', 'min-coverage = 120'),
     "communique.toml:6:1: error: min-coverage must be a number from 0 to 100"),
    (('output = "build"', 'output = "build"\n\n[checks]\nnumber-chanegd = "off"'),
     "communique.toml:8:1: error: [checks] names an unknown code 'number-chanegd'; did you "
     "mean 'number-changed'?"),
    (('output = "build"', 'output = "build"\n\n[checks]\npunctuation-final = "of"'),
     "communique.toml:8:1: error: [checks] punctuation-final must be one of off, warning, "
     "error, not 'of'"),
])
def test_a_mistyped_setting_is_named_at_its_line_of_the_config(project, edit, expected):
    # tomllib gives no place for what it parsed; the line is found for the message.
    config = project / "communique.toml"
    text = config.read_text(encoding="utf-8")
    assert edit[0] in text
    config.write_text(text.replace(edit[0], edit[1]), encoding="utf-8")
    result = invoke("validate")
    assert result.exit_code == 2
    assert one_line(result).startswith(expected), result.stderr


def test_a_setting_of_pyproject_is_found_in_its_tool_table(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "press"\nlocales = 1\n\n[tool.communique]\nsource-locale = "en"\n'
        'locales = ["ja", "jp"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = invoke("stats")
    assert result.exit_code == 2
    assert one_line(result).startswith("pyproject.toml:7:1: error: unknown locale 'jp'")


def test_a_mistyped_locale_on_the_command_line_lists_the_projects(project):
    result = invoke("build", "--locale", "jp")
    assert result.exit_code == 2
    assert one_line(result).endswith("; this project's locales: en, ja, ky, ru, ar")
    assert not (project / "build").exists()


@pytest.mark.parametrize(("command", "usage"), [
    ("validate", "[PATH]..."), ("build", "[RELEASE]..."), ("stats", "[RELEASE]..."),
    ("pseudo", "[RELEASE]..."), ("extract", "[RELEASE]..."), ("update", "[RELEASE]..."),
    ("normalize", "{INPUT...}"),  # Typer braces a required argument
])
def test_the_usage_line_says_a_command_takes_many_releases(command, usage):
    # Typer wrote "[RELEASE]" for a repeatable argument with a metavar: one release.
    result = invoke(command, "--help")
    assert f"{command} [OPTIONS] {usage}" in result.stdout, result.stdout


@pytest.mark.parametrize(("text", "root"), [
    ("<urlset><url/></urlset>\n", "<urlset>"),
    ('<release xmlns="urn:other"/>\n', "<release> in namespace urn:other"),
])
def test_xml_that_is_no_release_is_said_so_plainly(project, text, root):
    # The pre-commit hook passes every changed .xml; libxml2 said "Element 'urlset': No
    # matching global declaration available for the validation root."
    (project / "sitemap.xml").write_text(text, encoding="utf-8")
    result = invoke("validate", "sitemap.xml")
    assert result.exit_code == 1
    assert result.stdout == (
        f"sitemap.xml:1: error: not a release: its root element is {root}, not <release> "
        "in namespace https://ns.communique.dev/release/1; if the file is not meant to be "
        "one, leave it out (pre-commit: `exclude:`) [schema]\n")


def test_xml_that_is_no_release_in_the_releases_folder_is_to_be_kept_out_of_it(project):
    # A whole-project run finds it there, as build and extract do, and says what they
    # say; "pre-commit: exclude:" was advice for a run that had none.
    (project / "releases" / "sitemap.xml").write_text("<urlset><url/></urlset>\n",
                                                      encoding="utf-8")
    for args in (("validate",), ("validate", "releases/sitemap.xml")):
        result = invoke(*args)
        assert result.exit_code == 1
        assert ("releases/sitemap.xml:1: error: not a release: its root element is "
                "<urlset>, not <release> in namespace https://ns.communique.dev/release/1; "
                "if the file is not meant to be one, keep it out of the releases folder "
                "[schema]\n") in result.stdout


def test_building_before_extract_says_to_extract_first(tmp_path, monkeypatch):
    # `update --locale de` makes catalogs from templates; before extract it makes none,
    # so the advice to run it alone led nowhere.
    root = make_project(tmp_path / "project")
    for pot in (root / "locales").glob("*.pot"):
        pot.unlink()
    monkeypatch.chdir(root)
    result = invoke("build", "--locale", "de")
    assert result.exit_code == 0, result.output
    assert result.stderr == ("warning: no catalogs for de (locales/de/LC_MESSAGES/ has no "
                             ".po file): its pages will be all in en; run "
                             "`communique extract`, then `communique update --locale de` "
                             "to start them\n")


@pytest.mark.parametrize("made", ["", "locales/de", "locales/de/LC_MESSAGES"])
def test_build_and_stats_say_a_locale_without_catalogs_alike(project, made):
    # stats said "locales/de/LC_MESSAGES/ has no .po file" where build said "locales/de/
    # does not exist", of one missing folder; and build said nothing of an empty one.
    config = project / "communique.toml"
    config.write_text(config.read_text(encoding="utf-8").replace('"ar"]', '"ar", "de"]'),
                      encoding="utf-8")
    if made:
        (project / made).mkdir(parents=True)
    said = {}
    for command in ("build", "stats"):
        result = invoke(command, "--locale", "de")
        assert result.exit_code == 0, result.output
        said[command] = result.stderr.partition(":")[2].partition(":")[0]
    assert said == dict.fromkeys(said, " no catalogs for de (locales/de/LC_MESSAGES/ has no "
                                       ".po file)")


def test_validate_refuses_a_file_of_another_kind_and_a_folder_of_none(project):
    # page.html was read as a catalog ("po-syntax" at its doctype); an empty folder, or
    # one of pages, passed as clean with exit 0.
    (project / "page.html").write_text("<!DOCTYPE html><p>Hi</p>\n", encoding="utf-8")
    (project / "pages").mkdir()
    (project / "pages" / "page.html").write_text("<p>Hi</p>\n", encoding="utf-8")
    for args, expected in [
        (["page.html", "releases"], "page.html: error: not a release, template or catalog: "
         "validate takes .xml, .pot and .po files and folders of them"),
        (["pages"], "pages: error: no release, template or catalog (.xml, .pot or .po file) "
         "in this folder"),
    ]:
        result = invoke("validate", *args)
        assert result.exit_code == 2
        assert one_line(result) == expected
        assert result.stdout == ""
    assert invoke("validate", "no-such.po").exit_code == 2  # still: cannot read


@pytest.mark.parametrize("command", ["update", "pseudo"])
def test_update_and_pseudo_before_extract_say_to_extract_first(project, command):
    # They make catalogs from templates; before extract they made none and said
    # "0 catalogs: none" with exit 0, a misordered CI job passing green.
    assert not list(project.glob("locales/*.pot"))
    before = files(project)
    for extra in ([], ["--format", "json"]):
        result = invoke(command, *extra)
        assert result.exit_code == 2
        assert one_line(result) == (
            "communique: error: no templates in locales/: run `communique extract` first "
            "(it writes a template of each release, which update and pseudo make catalogs "
            "from)")
        assert result.stdout == ""
    assert files(project) == before


def test_update_in_a_project_without_releases_says_to_write_them_first(project):
    (project / "releases" / "japan-kyrgyz-fm-meeting-2022.xml").unlink()
    assert invoke("extract").exit_code == 0  # nothing to extract is no error
    result = invoke("update")
    assert result.exit_code == 2
    assert one_line(result) == ("communique: error: no templates in locales/ and no "
                                "releases in releases/: "
                                "write releases (`communique normalize`), then run "
                                "`communique extract`")


def test_a_full_disk_names_the_file_it_could_not_write_and_leaves_it_whole(
        project, monkeypatch):
    # The one line was "communique: error: No space left on device": a write names no
    # file, so it said nothing of which (found by failing update's writes with ENOSPC).
    import errno
    import os

    from toolkit import atomic

    assert invoke("extract").exit_code == 0
    catalog = catalog_path(project, "ja")
    old = catalog.read_bytes()
    before = files(project)

    def full(fd: int, data: bytes) -> None:
        os.write(fd, data[:10])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic, "_write_all", full)
    result = invoke("update", "--locale", "ja", "--width", "40")  # (every line rewrapped)
    assert result.exit_code == 2
    assert one_line(result) == (f"locales/ja/LC_MESSAGES/{RELEASE_ID}.po: error: No space "
                                "left on device")
    assert catalog.read_bytes() == old and files(project) == before  # no temp file left



def test_a_full_disk_during_a_build_names_the_page_not_the_record(project, monkeypatch):
    # A full disk fails the page and then the record the build saves on its way out:
    # the one line named the record ("build/.communique-cache.jsonl: error: No space
    # left on device"), not the page that stopped the build (found on a 2 MB tmpfs).
    import errno
    import os

    from toolkit import atomic

    assert invoke("extract").exit_code == 0
    assert invoke("update").exit_code == 0
    before = files(project)

    replace = atomic._replace

    def no_space(*args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def full(path, fill, *, locked=False):
        # The record is streamed: its lines, made as the pages are built, are written
        # as they come, and the disk is found full once they are all made.
        def fill_then_fail(fd: int) -> None:
            fill(fd)
            no_space()

        replace(path, fill_then_fail if locked else no_space, locked=locked)

    monkeypatch.setattr(atomic, "_replace", full)
    result = invoke("build", "--jobs", "1")
    assert result.exit_code == 2
    assert one_line(result) == f"build/en/{RELEASE_ID}.xml: error: No space left on device"
    # (the output folders are made, empty, before the first write)
    assert [f for f in files(project) if not (project / f).is_dir()] == [
        f for f in before if not (project / f).is_dir()]

def test_extract_of_a_project_with_releases_says_nothing_of_normalize(project):
    result = invoke("extract")
    assert result.exit_code == 0
    assert "normalize" not in result.stderr


def test_extract_in_a_project_with_no_releases_yet_says_to_normalize_first(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    (tmp_path / "communique.toml").write_text('source-locale = "en"\nlocales = ["fr"]\n')
    (tmp_path / "releases").mkdir()
    monkeypatch.chdir(tmp_path)
    result = invoke("extract")
    assert result.exit_code == 0
    assert result.stdout == "0 templates: none\n"
    assert one_line(result) == ("no releases in releases/: write them with `communique "
                                "normalize INPUT...`, then run extract again")


def test_a_missing_page_template_is_annotated_at_its_setting_s_column(project):
    # validate reports it as a finding; GitHub places the annotation at the key.
    config = project / "communique.toml"
    config.write_text('  html-template = "templates/site.html"\n'
                      + config.read_text(encoding="utf-8"), encoding="utf-8")
    result = invoke("validate", "--format", "github")
    assert result.exit_code == 2
    assert ("::error file=communique.toml,line=1,col=3,title=unreadable::html-template: "
            "no such file: templates/site.html") in result.stdout.splitlines()

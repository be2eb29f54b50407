"""`build`: what is taken out of the project is withdrawn, and said.

A locale taken out of the config (``locales`` loses "ky") is withdrawn as a release taken
out of ``releases/`` is: the next build of every release in every configured locale
removes its pages, its index page and feed, drops it from the record, and no front page,
alternate link, feed or sitemap names it any more; a build of some locales (or releases)
withdraws nothing, and says what it leaves. A page the record names whose file was
deleted by hand is never linked: a build of its locale builds it again, any other build
stops linking it. Each release and locale withdrawn is one line on stderr and a
``withdrawn`` field in ``--format json``, as a held release is.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import lxml.html
import pytest
from build_support import RELEASE_ID, catalog_path, make_project, set_msgstr
from typer.testing import CliRunner

from toolkit.build import CACHE_NAME, Status, build
from toolkit.build_record import read_record
from toolkit.cli.app import app
from toolkit.config import load_config

PAGE = f"{RELEASE_ID}.html"


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    """The sample project (en; ja, ky, ru, ar) with feeds and a sitemap."""
    root = make_project(tmp_path / "project", site_url="https://press.example/")
    monkeypatch.chdir(root)
    return root


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["build", *args])
    return result.exit_code, result.stdout, result.stderr


def configure(root: Path, locales: list[str]) -> None:
    config = root / "communique.toml"
    config.write_text(config.read_text("utf-8").replace(
        'locales = ["ja", "ky", "ru", "ar"]', f"locales = {json.dumps(locales)}"), "utf-8")


def versions(root: Path, locale: str) -> list[str]:
    """The folders of the versions the page's head links (x-default left out), at their
    full addresses (the project has a site-url)."""
    doc = lxml.html.document_fromstring((root / "build" / locale / PAGE).read_bytes())
    return [e.get("href").split("/")[-2]
            for e in doc.xpath("/html/head/link[@rel='alternate']")
            if e.get("hreflang") != "x-default"]


def naming(root: Path, folder: str) -> list[str]:
    """The files under build/ that link or list anything in build/<folder>/: the front
    page, index pages, release pages, feeds and sitemap."""
    out = root / "build"
    marks = (f"../{folder}/", f'href="{folder}/', f"/{folder}/")
    return sorted(p.relative_to(out).as_posix()
                  for p in [*out.glob("*.html"), *out.glob("*/*.html"), *out.glob("*/feed.xml"),
                            *out.glob("sitemap*.xml")]
                  if any(mark in p.read_text("utf-8") for mark in marks)
                  and not p.relative_to(out).as_posix().startswith(f"{folder}/"))


def recorded_locales(root: Path) -> set[str]:
    return {locale for _, locale, _ in read_record(root / "build" / CACHE_NAME)}


# ---------------------------------------------------------------- a locale taken out
def test_a_locale_taken_out_of_the_config_is_withdrawn_and_linked_by_nothing(project):
    build(load_config(project))
    assert {"index.html", "ja/" + PAGE, "sitemap.xml"} <= set(naming(project, "ky"))
    configure(project, ["ja", "ru", "ar"])
    code, out, err = run()
    assert code == 0 and out == "4 built -> build/ (formatting: babel)\n"  # (relinked)
    assert err.splitlines() == [
        "build/ky/: withdrawn (ky is no longer a locale of the project): its 1 page is "
        "removed"]
    assert not (project / "build" / "ky").exists()  # pages, index page, feed, folder
    assert naming(project, "ky") == []  # front page, alternates, nav, feeds, sitemap
    for locale in ("en", "ja", "ru", "ar"):
        assert versions(project, locale) == ["en", "ja", "ru", "ar"], locale
    assert recorded_locales(project) == {"en", "ja", "ru", "ar"}
    # withdrawn once: the next build has nothing to do, and says nothing
    assert run() == (0, "4 unchanged -> build/ (formatting: babel)\n", "")


def test_a_locale_whose_pages_were_deleted_is_forgotten_once_taken_out(project):
    """The trial's case: ``locales`` lost ko, then ``rm -rf build/ko``; every rebuild
    kept linking the deleted pages, as the record said they were there."""
    build(load_config(project))
    configure(project, ["ja", "ru", "ar"])
    shutil.rmtree(project / "build" / "ky")
    code, _, err = run()
    assert code == 0 and "ky is no longer a locale of the project" in err
    assert naming(project, "ky") == [] and "ky" not in recorded_locales(project)
    assert not (project / "build" / "ky").exists()


def test_a_renamed_locale_replaces_the_old_one_everywhere(project):
    build(load_config(project))
    (project / "locales" / "ru").rename(project / "locales" / "ru_RU")
    configure(project, ["ja", "ky", "ru_RU", "ar"])
    build(load_config(project))
    assert versions(project, "ja") == ["en", "ja", "ky", "ru_RU", "ar"]
    assert naming(project, "ru") == [] and not (project / "build" / "ru").exists()
    assert (project / "build" / "ru_RU" / PAGE).exists()
    assert recorded_locales(project) == {"en", "ja", "ky", "ru_RU", "ar"}


def test_a_locale_respelt_keeps_the_pages_it_shares_a_folder_with(project):
    # On macOS or Windows, correcting `ru_ru` to `ru_RU` leaves one folder under both
    # names: withdrawing the old spelling removed the pages the build had just written
    # there. (This file system tells case apart; a link gives one folder two names.)
    build(load_config(project))
    (project / "locales" / "ru").rename(project / "locales" / "ru_RU")
    (project / "build" / "ru").rename(project / "build" / "ru_RU")
    (project / "build" / "ru").symlink_to("ru_RU", target_is_directory=True)
    configure(project, ["ja", "ky", "ru_RU", "ar"])
    build(load_config(project))
    assert (project / "build" / "ru_RU" / PAGE).exists()
    assert (project / "build" / "ru_RU" / "index.html").exists()
    assert recorded_locales(project) == {"en", "ja", "ky", "ru_RU", "ar"}


def test_a_build_of_some_locales_withdraws_nothing_and_says_what_it_leaves(project):
    build(load_config(project))
    configure(project, ["ja", "ru", "ar"])
    code, out, err = run("--locale", "ja", "--locale", "en")
    assert code == 0 and err == ""
    assert ("warning: ky is no longer a locale of the project, but a build of some locales "
            "or releases withdraws none: its 1 page in build/ky/ stays, listed and linked, "
            "until a build of the whole project (`communique build`)") in out.splitlines()
    assert (project / "build" / "ky" / PAGE).exists()
    assert "ky" in versions(project, "ja")  # still there, so still linked
    assert "index.html" in naming(project, "ky")
    # nor does a build of some releases
    build(load_config(project), releases=[project / "releases" / f"{RELEASE_ID}.xml"])
    assert (project / "build" / "ky" / PAGE).exists()
    report = json.loads(run("--locale", "ja", "--format", "json")[1])
    assert report["taken-out"] == {"ky": 1} and "withdrawn" not in report


def test_no_build_withdraws_a_configured_locale_the_source_or_a_pseudo_locale(project):
    for step in (["extract"], ["pseudo", "--locale", "en-XA"]):
        assert CliRunner().invoke(app, step).exit_code == 0, step
    build(load_config(project))
    build(load_config(project), locales=["en-XA"])  # a pseudo-locale is never configured
    configure(project, ["ja"])  # "en", the source locale, is never listed in `locales`
    build(load_config(project), locales=["ja"])
    for locale in ("en", "ja", "ky", "ru", "ar", "en-XA"):
        assert (project / "build" / locale / PAGE).exists(), locale
    report = build(load_config(project))
    assert report.withdrawn_locales == {"ky": 1, "ru": 1, "ar": 1}
    assert sorted(p.name for p in (project / "build").iterdir() if p.is_dir()) == [
        "en", "en-XA", "ja"]
    assert versions(project, "ja") == ["en", "ja"]


def test_files_of_ones_own_in_a_withdrawn_locale_s_folder_stay(project):
    build(load_config(project))
    (project / "build" / "ky" / "logo.png").write_bytes(b"png")
    configure(project, ["ja", "ru", "ar"])
    build(load_config(project))
    assert sorted(p.name for p in (project / "build" / "ky").iterdir()) == ["logo.png"]


# ---------------------------------------------------------------- pages deleted by hand
def test_a_page_deleted_by_hand_is_not_linked_by_a_build_of_other_locales(project):
    build(load_config(project))
    shutil.rmtree(project / "build" / "ru")
    code, _, _ = run("--locale", "ja")
    assert code == 0
    assert naming(project, "ru") == []  # alternates and nav of every page, front page...
    for locale in ("en", "ja", "ky", "ar"):
        assert versions(project, locale) == ["en", "ja", "ky", "ar"], locale
    assert not (project / "build" / "ru").exists()  # not made again for an index
    # the next build of the locale builds it again, and every page links it again
    report = build(load_config(project))
    assert {r.locale: r.status for r in report.results}["ru"] is Status.BUILT
    assert versions(project, "ja") == ["en", "ja", "ky", "ru", "ar"]


def test_one_page_deleted_by_hand_leaves_its_locale_s_index_too(project):
    build(load_config(project))
    (project / "build" / "ru" / PAGE).unlink()
    build(load_config(project), locales=["ja"])
    assert PAGE not in (project / "build" / "ru" / "index.html").read_text("utf-8")
    assert not (project / "build" / "ru" / f"{RELEASE_ID}.xml").exists()  # (its XML too)
    assert "ru" not in versions(project, "ja")


def test_a_page_deleted_by_hand_in_a_locale_built_is_built_again(project):
    build(load_config(project))
    (project / "build" / "ru" / PAGE).unlink()
    report = build(load_config(project), locales=["ru"])
    assert [r.status for r in report.results] == [Status.BUILT]
    assert versions(project, "ja") == ["en", "ja", "ky", "ru", "ar"]


# ---------------------------------------------------------------- what is said
def test_a_release_withdrawn_is_one_line_and_in_the_json_report(project):
    other = project / "releases" / "other-2022.xml"
    other.write_text((project / "releases" / f"{RELEASE_ID}.xml").read_text("utf-8")
                     .replace(f'id="{RELEASE_ID}"', 'id="other-2022"'), "utf-8")
    shutil.copy(catalog_path(project, "ja"), catalog_path(project, "ja", "other-2022"))
    build(load_config(project))
    (project / "releases" / f"{RELEASE_ID}.xml").unlink()
    code, out, err = run()
    assert code == 0
    assert err.splitlines() == [f"releases/{RELEASE_ID}.xml: withdrawn (no longer in the "
                                "project): its pages are removed"]
    assert out.endswith("5 unchanged -> build/ (formatting: babel); the 3 with problems are "
                        "listed above\n")  # (other-2022 untranslated but in ja)
    assert not list((project / "build").rglob(f"{RELEASE_ID}.*"))
    other.unlink()
    code, out, _ = run("--format", "json")
    report = json.loads(out)
    assert report["withdrawn"] == {"releases": [{
        "release": "releases/other-2022.xml", "id": "other-2022",
        "message": "withdrawn (no longer in the project): its pages are removed"}],
        "locales": []}
    assert json.loads(run("--format", "json")[1]).keys() == report.keys() - {"withdrawn"}


def test_the_json_report_says_each_locale_withdrawn_with_its_pages(project):
    build(load_config(project))
    configure(project, ["ja", "ar"])
    code, out, _ = run("--format", "json")
    assert code == 0
    assert json.loads(out)["withdrawn"] == {"releases": [], "locales": [
        {"locale": "ky", "folder": "build/ky", "pages": 1,
         "message": "withdrawn (ky is no longer a locale of the project): its 1 page is "
                    "removed"},
        {"locale": "ru", "folder": "build/ru", "pages": 1,
         "message": "withdrawn (ru is no longer a locale of the project): its 1 page is "
                    "removed"}]}


def test_a_strict_build_that_refuses_withdraws_nothing(project):
    build(load_config(project))
    configure(project, ["ja", "ru", "ar"])
    set_msgstr(catalog_path(project, "ar"), "Tokyo", "")  # a fallback: --strict refuses
    code, _, err = run("--strict")
    assert code == 1 and err == ""
    assert (project / "build" / "ky" / PAGE).exists() and "ky" in versions(project, "ja")


def test_a_pair_that_fails_does_not_keep_a_page_deleted_by_hand(project):
    """A pair that fails keeps the page of its last build, linked and listed, as it is
    still there for readers; once that page is deleted, it is neither."""
    build(load_config(project))
    (project / "build" / "ru" / PAGE).unlink()
    catalog_path(project, "ru").write_text('msgid "x"\nmsgstr "unterminated\n', "utf-8")
    report = build(load_config(project))
    assert {r.locale: r.status for r in report.results}["ru"] is Status.FAILED
    assert naming(project, "ru") == []
    assert versions(project, "ja") == ["en", "ja", "ky", "ar"]
    assert "ru" not in recorded_locales(project)


def test_an_interrupted_build_forgets_nothing_it_has_not_removed(project, monkeypatch):
    import toolkit.build as build_module

    build(load_config(project))
    configure(project, ["ja", "ru", "ar"])
    record = (project / "build" / CACHE_NAME).read_bytes()

    def interrupted(self, *args):
        raise KeyboardInterrupt

    monkeypatch.setattr(build_module.Build, "_report", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build(load_config(project))
    assert "ky" in recorded_locales(project)  # still to be withdrawn...
    monkeypatch.undo()
    monkeypatch.chdir(project)
    build(load_config(project))  # ...by the next build
    assert "ky" not in recorded_locales(project) and naming(project, "ky") == []
    assert not (project / "build" / "ky").exists()
    assert record != (project / "build" / CACHE_NAME).read_bytes()


# ---------------------------------------------------------------- a record not to be trusted
def add_record_lines(root: Path, lines: list[list[object]]) -> None:
    """Lines put into the record as a damaged or hand-made record has them, in its order."""
    path = root / "build" / CACHE_NAME
    header, *body = path.read_bytes().splitlines(keepends=True)
    body += [json.dumps(line, separators=(",", ":")).encode() + b"\n" for line in lines]
    path.write_bytes(header + b"".join(sorted(body, key=lambda b: json.loads(b)[:2])))


def gone_line(locale: str, release_id: str, *outputs: str, root: Path | None = None
              ) -> list[object]:
    """A record line of a release no longer in the project: its pages are withdrawn.
    With `root`, each output's size and time are those of its file under build/, as the
    record has them of a file the build wrote (else a stamp no file has)."""
    def stamp(name: str) -> list[object]:
        path = root / "build" / name if root is not None else None
        if path is None or not path.exists():
            return [name, 1, 1]
        info = path.stat()
        return [name, info.st_size, info.st_mtime_ns]

    return ["releases/gone.xml", locale, {
        "id": release_id, "o": [stamp(name) for name in outputs], "st": "built",
        "s": "0", "r": [1, 1, "0"], "v": [locale], "ix": ["Gone", "2022-01-01", "x"]}]


@pytest.mark.parametrize("locale", ["..", "../releases", ".", "ABSOLUTE"])
def test_a_record_line_s_locale_removes_nothing_outside_its_folder(project, tmp_path,
                                                                  locale):
    """The record is read from the build folder: a line whose locale is no folder's name
    (a damaged line, one written by hand) has no index page, feed or folder withdrawn. A
    locale '..' removed the project's own index.html and feed.xml, an absolute one any
    folder's, and the folder when empty."""
    victim = tmp_path / "elsewhere"
    victim.mkdir()
    locale = str(victim) if locale == "ABSOLUTE" else locale
    build(load_config(project))
    mine = [project / "index.html", project / "feed.xml", project / "releases" / "index.html",
            project / "build" / "feed.xml", victim / "index.html", victim / "feed.xml"]
    for path in mine:
        path.write_text("mine", "utf-8")
    page = gone_line(locale, RELEASE_ID, f"{locale}/x.html")[2]  # (of a release still there)
    add_record_lines(project, [gone_line(locale, "gone", f"{locale}/gone.html"),
                               [f"releases/{RELEASE_ID}.xml", locale, page]])
    build(load_config(project))
    assert [path for path in mine if not path.exists()] == []


def test_a_record_line_removes_only_its_own_release_s_pages(project):
    """A line's outputs are removed only by the names its release's pages have,
    <locale>/<id>.xml and .html: never someone's own page in a locale's folder, nor a
    reserved name (a locale's index page left out of the run is not written again)."""
    build(load_config(project))
    out = project / "build"
    for name in ("ja/own.html", "ja/gone.html", "ja/gone.xml", "ky/other.html"):
        (out / name).write_text("x", "utf-8")
    index = (out / "ky" / "index.html").read_bytes()
    add_record_lines(project, [
        gone_line("ja", "gone", "ja/own.html", "ja/gone.html", "ja/gone.xml",
                  "ky/other.html", "ky/index.html", root=project),
        ["releases/gone2.xml", "ky", {**gone_line("ky", "index", "ky/index.html")[2]}]])
    code, _, _ = run("--locale", "ja")
    assert code == 0
    assert not (out / "ja" / "gone.html").exists() and not (out / "ja" / "gone.xml").exists()
    assert (out / "ja" / "own.html").exists() and (out / "ky" / "other.html").exists()
    assert (out / "ky" / "index.html").read_bytes() == index


def test_a_record_line_naming_a_page_of_one_s_own_removes_nothing(project):
    """A hand-edited (or tampered) record line may name, under a valid id, a page someone
    wrote by hand (build/ja/about.html): a build withdrew it, deleting the page. Only a
    file as communique wrote it (the size and time its record says) goes; any other is
    left, said in one line, and its line forgotten."""
    build(load_config(project))
    about = project / "build" / "ja" / "about.html"
    about.write_text("<p>About the ministry</p>\n", "utf-8")
    add_record_lines(project, [gone_line("ja", "about", "ja/about.html")])
    code, _, err = run()
    assert code == 0
    assert about.read_text("utf-8") == "<p>About the ministry</p>\n"
    assert err.splitlines()[1:] == [
        "warning: build/ja/about.html: not removed: the build record names it among the "
        "pages withdrawn, but it is not the file communique wrote (changed or replaced "
        "since); delete it by hand if it is to go"]
    assert "releases/gone.xml" not in {r for r, _, _ in read_record(
        project / "build" / CACHE_NAME)}
    assert run()[2] == ""  # said once


def test_a_withdrawn_page_edited_by_hand_stays_and_one_touched_goes(project):
    """A page of a release withdrawn that was edited since it was written is no longer
    only communique's: it stays, and is said; one only touched (the same bytes, checked
    out again or copied without its time) is communique's still, and goes."""
    other = project / "releases" / "other-2022.xml"
    other.write_text((project / "releases" / f"{RELEASE_ID}.xml").read_text("utf-8")
                     .replace(f'id="{RELEASE_ID}"', 'id="other-2022"'), "utf-8")
    build(load_config(project))
    out = project / "build"
    edited = out / "ja" / "other-2022.html"
    edited.write_text(edited.read_text("utf-8").replace("</body>", "<p>Note</p></body>"),
                      "utf-8")
    touched = out / "ru" / "other-2022.html"
    touched.write_bytes(touched.read_bytes())  # (a new modification time)
    other.unlink()
    code, out_text, _ = run("--format", "json")
    assert code == 0
    assert edited.exists() and not touched.exists()
    assert not (out / "ja" / "other-2022.xml").exists()
    assert json.loads(out_text)["not-removed"] == [{
        "file": "build/ja/other-2022.html",
        "message": "not removed: the build record names it among the pages withdrawn, "
                   "but it is not the file communique wrote (changed or replaced since); "
                   "delete it by hand if it is to go"}]
    assert "other-2022" not in (out / "ja" / "index.html").read_text("utf-8")


# ---------------------------------------------------------------- a locale folder linked
def test_a_locale_folder_that_is_a_link_is_written_and_withdrawn_through(project, tmp_path):
    """build/ky may be a link to where the site serves it from: the build writes its pages
    there, so its withdrawal takes them down there, and only them: the link, the folder
    it leads to and every file not communique's own (an index page of the site's) stay."""
    served = tmp_path / "www" / "ky"
    served.mkdir(parents=True)
    (project / "build").mkdir()
    (project / "build" / "ky").symlink_to(served, target_is_directory=True)
    build(load_config(project))
    assert sorted(p.name for p in served.iterdir()) == [
        "feed.xml", "index.html", PAGE, f"{RELEASE_ID}.xml"]
    (served / "index.html").write_text("<p>the site's own</p>", "utf-8")
    (served / "logo.png").write_bytes(b"png")
    configure(project, ["ja", "ru", "ar"])
    code, _, err = run()
    assert code == 0
    assert sorted(p.name for p in served.iterdir()) == ["index.html", "logo.png"]
    assert (project / "build" / "ky").is_symlink()
    assert err.splitlines() == [
        "build/ky/: withdrawn (ky is no longer a locale of the project): its 1 page is "
        "removed",
        "warning: build/ky/index.html: not removed: the build record names it among the "
        "pages withdrawn, but it is not the file communique wrote (changed or replaced "
        "since); delete it by hand if it is to go"]
    assert naming(project, "ky") == []


def test_a_page_that_is_a_link_is_not_followed_when_withdrawn(project, tmp_path):
    build(load_config(project))
    mine = tmp_path / "mine.html"
    page = project / "build" / "ky" / PAGE
    page.replace(mine)
    page.symlink_to(mine)
    configure(project, ["ja", "ru", "ar"])
    run()
    assert mine.exists() and page.is_symlink()


# ---------------------------------------------------------------- a build stopped
@pytest.mark.parametrize("step", ["_take_down", "_unpublish"])
def test_a_build_stopped_before_its_take_down_leaves_it_to_the_next(project, monkeypatch,
                                                                   step):
    """A build stopped after saving its record and before removing what it withdrew (a
    SIGKILL, here an exception where the removal starts) left those pages published, and
    the front page linking them, for good: the record had forgotten them. Their lines
    are saved till their files are removed, so the next build removes them."""
    import toolkit.build as build_module

    other = project / "releases" / "other-2022.xml"
    other.write_text((project / "releases" / f"{RELEASE_ID}.xml").read_text("utf-8")
                     .replace(f'id="{RELEASE_ID}"', 'id="other-2022"'), "utf-8")
    build(load_config(project))
    configure(project, ["ja", "ru", "ar"])
    other.unlink()

    def stopped(self, *args):
        raise SystemExit(9)

    monkeypatch.setattr(build_module.Build, step, stopped)
    with pytest.raises(SystemExit):
        build(load_config(project))
    monkeypatch.undo()
    monkeypatch.chdir(project)
    code, _, err = run()
    assert code == 0 and "withdrawn" in err
    assert not (project / "build" / "ky").exists()
    assert not list((project / "build").rglob("other-2022.*"))
    assert naming(project, "ky") == []
    assert "other-2022" not in (project / "build" / "ja" / "index.html").read_text("utf-8")
    assert recorded_locales(project) == {"en", "ja", "ru", "ar"}
    assert run() == (0, "4 unchanged -> build/ (formatting: babel)\n", "")

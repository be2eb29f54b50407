"""`build`: the versions a release's pages list, in the language each is in, on every page
on disk.

A page links its release's other pages (``<link rel="alternate" hreflang>`` in its head,
the list in its nav). Two ways those lists went wrong: a release written in French,
built as it is into an English source locale, was offered as English; and a locale left
out of a ``--locale`` run kept listing the versions of its own last build.
"""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html
import pytest
from build_support import RELEASE_ID, catalog_path, make_project, set_msgstr
from typer.testing import CliRunner

from toolkit.build import CACHE_NAME, Status, build
from toolkit.build_record import line_entry, read_record
from toolkit.cli.app import app
from toolkit.config import load_config

EVERY = ["en", "ja", "ky", "ru", "ar"]  # the sample's locales, as pages list them


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    root = make_project(tmp_path / "project")
    monkeypatch.chdir(root)
    return root


def page(root: Path, locale: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(
        (root / "build" / locale / f"{RELEASE_ID}.html").read_bytes())


def head(root: Path, locale: str) -> list[tuple[str, str]]:
    """(hreflang, folder) of each version the page's head links, x-default included."""
    return [(e.get("hreflang"), e.get("href").split("/")[1])
            for e in page(root, locale).xpath("/html/head/link[@rel='alternate']")]


def nav(root: Path, locale: str) -> list[tuple[str | None, str | None, str | None, str]]:
    """(folder linked, None for the page itself; hreflang; lang; name) of each version the
    page's nav lists."""
    return [(e.get("href").split("/")[1] if e.get("href") else None, e.get("hreflang"),
             e.get("lang"), e.text)
            for e in page(root, locale).xpath("//nav/ul[@class='versions']/li/*")]


def in_french(root: Path) -> bytes:
    """The release tagged as written in French (its text stays; what counts is the tag)."""
    release = root / "releases" / f"{RELEASE_ID}.xml"
    source = release.read_bytes().replace(b'xml:lang="en"', b'xml:lang="fr"', 1)
    release.write_bytes(source)
    return source


def record(root: Path) -> dict[str, dict]:
    return {locale: line_entry(line)
            for _, locale, line in read_record(root / "build" / CACHE_NAME)}


def statuses(report) -> dict[str, Status]:
    return {r.locale: r.status for r in report.results}


def mtimes(root: Path) -> dict[str, int]:
    return {p.relative_to(root).as_posix(): p.stat().st_mtime_ns
            for p in (root / "build").rglob("*") if p.is_file()}


def with_locales(root: Path, locales: list[str]) -> None:
    config = root / "communique.toml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        'locales = ["ja", "ky", "ru", "ar"]', f"locales = {json.dumps(locales)}"),
        encoding="utf-8")


# ---------------------------------------------------------------- a version's language
def test_a_release_written_in_another_language_is_offered_in_it_by_every_page(project):
    """A release in French, in an English project, is built into en as it is: its page
    at ../en/ is the French version. hreflang tells search engines the language of the
    page it points to, and the nav tells readers which language they will get: every
    page now says French of it (it said English). It is still the original text, the one
    offered to readers of no listed language (x-default)."""
    in_french(project)
    build(load_config(project))
    for locale in EVERY:
        assert head(project, locale) == [("fr", "en"), ("ja", "ja"), ("ky", "ky"),
                                         ("ru", "ru"), ("ar", "ar"), ("x-default", "en")]
    assert nav(project, "ja")[0] == ("en", "fr", "fr", "français")
    # on its own page, in a nav in English (the locale's words), its name says French
    assert page(project, "en").find(".//nav").get("lang") == "en"
    assert nav(project, "en")[0] == (None, None, "fr", "français")
    assert page(project, "en").xpath("//nav//span/@aria-current") == ["page"]
    # the record says what the pages list, so the next build finds them all as they are
    assert record(project)["en"]["pl"] == "fr" and "pl" not in record(project)["ja"]
    assert record(project)["ru"]["v"] == ["en=fr", "ja", "ky", "ru", "ar"]
    times = mtimes(project)
    assert set(statuses(build(load_config(project))).values()) == {Status.UNCHANGED}
    assert set(statuses(build(load_config(project), locales=["ja"])).values()) == {
        Status.UNCHANGED}
    assert mtimes(project) == times


def test_a_page_that_fell_back_to_a_french_source_says_french_and_one_warning_is_given(
        project):
    """The other locales translate from the French source: what falls back is marked as
    French, on the page and in the index; the release-language warning is given once,
    for the en page, by build and validate alike."""
    in_french(project)
    set_msgstr(catalog_path(project, "ja"), "Foreign Ministers of Japan", "")
    report = build(load_config(project))
    ja = page(project, "ja")
    assert ja.get("lang") == "ja" and ja.find(".//h1").get("lang") == "fr"
    index = lxml.html.document_fromstring((project / "build" / "ja" / "index.html")
                                          .read_bytes())
    assert index.find(".//li/a").get("lang") == "fr"
    assert [(r.locale, i.code) for r in report.results for i in r.issues
            if i.code == "release-language"] == [("en", "release-language")]
    checked = CliRunner().invoke(app, ["validate", "--format", "json"])
    found = [i for i in json.loads(checked.output) if i["code"] == "release-language"]
    assert len(found) == 1 and found[0]["line"] == 2


def test_a_release_tagged_en_gb_in_an_en_project_is_the_english_version(project):
    """en-GB narrows en (RFC 4647): the page says en-GB, and is listed as English."""
    release = project / "releases" / f"{RELEASE_ID}.xml"
    release.write_bytes(release.read_bytes().replace(b'xml:lang="en"', b'xml:lang="en-GB"', 1))
    build(load_config(project))
    assert page(project, "en").get("lang") == "en-GB"
    assert head(project, "ja")[0] == ("en", "en")
    assert nav(project, "ja")[0] == ("en", "en", "en", "English")
    assert "pl" not in record(project)["en"]


def test_a_language_that_has_its_own_locale_is_offered_once(project):
    """A French release in a project with a fr locale: the fr page is the French version
    (the fr index lists it, its dates are written for French readers); the en page,
    the same text, is not offered besides it (two pages with hreflang="fr" would leave
    search engines to pick one). Its own page lists the versions there are, not itself,
    and links none in its head, as no page links it back."""
    in_french(project)
    with_locales(project, ["ja", "ky", "ru", "ar", "fr"])
    build(load_config(project))
    for locale in ("ja", "fr"):
        assert head(project, locale) == [("ja", "ja"), ("ky", "ky"), ("ru", "ru"),
                                         ("ar", "ar"), ("fr", "fr")], locale
    assert head(project, "en") == []
    assert [folder for folder, *_ in nav(project, "en")] == ["ja", "ky", "ru", "ar", "fr"]
    assert nav(project, "fr")[-1] == (None, None, None, "français")


def test_a_version_whose_language_changes_is_listed_anew_by_the_other_pages(project):
    """A catalog for the source locale translates the French release into English: the
    en page becomes the English version, and the other pages are written again to say so
    (their own inputs unchanged)."""
    in_french(project)
    build(load_config(project))
    po = catalog_path(project, "en")
    po.parent.mkdir(parents=True)
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n',
                  encoding="utf-8")
    assert statuses(build(load_config(project))) == dict.fromkeys(EVERY, Status.BUILT)
    assert page(project, "en").get("lang") == "en"
    for locale in EVERY:
        assert head(project, locale)[0] == ("en", "en"), locale
    assert set(statuses(build(load_config(project))).values()) == {Status.UNCHANGED}


# ---------------------------------------------------------------- locales left out of a run
def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["build", *args])
    return result.exit_code, result.output


def test_a_locale_built_alone_is_linked_at_once_by_the_pages_left_out_of_the_run(project):
    """Build en and ja, then ru alone (a locale just added): the en and ja pages are
    written again to link ru, as their inputs are as they were built from; only ru is
    reported. Nothing is stale after, and a run of en and ja rewrites nothing."""
    build(load_config(project), locales=["en", "ja"])
    for other in ("ky", "ar"):  # (not built: the project's other locales)
        assert not (project / "build" / other).exists()
    report = build(load_config(project), locales=["ru"])
    for locale in ("en", "ja", "ru"):
        assert [folder for tag, folder in head(project, locale) if tag != "x-default"] \
            == ["en", "ja", "ru"], locale
    assert statuses(report) == {"ru": Status.BUILT} and report.stale == {}
    assert {ll: entry["v"] for ll, entry in record(project).items()} == {
        ll: ["en", "ja", "ru"] for ll in ("en", "ja", "ru")}
    times = mtimes(project)
    assert set(statuses(build(load_config(project), locales=["en", "ja"])).values()) == {
        Status.UNCHANGED}
    assert set(statuses(build(load_config(project), locales=["ru"])).values()) == {
        Status.UNCHANGED}
    assert mtimes(project) == times


def test_a_page_left_out_whose_inputs_changed_is_left_and_said_stale(project):
    """A ja catalog edited since ja was built: a run of ru alone does not bring that
    change to the ja page (not asked for), so the page keeps its old list, and the build
    says which pages are stale and what brings them up to date."""
    build(load_config(project), locales=["ja"])
    before = (project / "build" / "ja" / f"{RELEASE_ID}.html").read_bytes()
    set_msgstr(catalog_path(project, "ja"), "Tokyo", "東京都")
    code, out = run("--locale", "ru")
    assert code == 0
    assert ("warning: 1 page in build/ja/ lists other versions than its release has now, "
            "not written again as ja's inputs or settings changed since: run `communique "
            "build --locale ja`") in out
    assert (project / "build" / "ja" / f"{RELEASE_ID}.html").read_bytes() == before
    code, out = run("--locale", "ru", "--format", "json")  # (said as long as it is so)
    assert json.loads(out)["stale"] == {"ja": 1}
    assert statuses(build(load_config(project), locales=["ja"])) == {"ja": Status.BUILT}
    assert [folder for _, folder in head(project, "ja")] == ["ja", "ru"]
    code, out = run("--locale", "ru", "--format", "json")
    assert json.loads(out)["stale"] == {} and "warning" not in run("--locale", "ru")[1]


def test_pages_left_out_that_link_an_old_set_are_refreshed_by_any_run(project):
    """A page left stale (its inputs changed) is written again by the first run after
    its inputs are back as built, whatever locales it builds; a locale's page that falls
    below min-coverage takes its place out of the pages left out of the run too."""
    config = project / "communique.toml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "min-coverage = 0", "min-coverage = 90"), encoding="utf-8")
    build(load_config(project), locales=["ja"])
    po = catalog_path(project, "ja")
    before = po.read_bytes()
    set_msgstr(po, "Tokyo", "東京都")
    build(load_config(project), locales=["ru"])
    assert [folder for _, folder in head(project, "ja")] == []
    po.write_bytes(before)  # as ja was built from (touched: its content decides)
    assert statuses(build(load_config(project), locales=["ru"])) == {
        "ru": Status.UNCHANGED}
    assert [folder for _, folder in head(project, "ja")] == ["ja", "ru"]
    # ru falls below min-coverage: its pages go, and the ja page stops linking it
    for start in ("Tokyo", "Press Releases", "The delegations during", "Foreign Ministers"):
        set_msgstr(catalog_path(project, "ru"), start, "")
    report = build(load_config(project), locales=["ru"])
    assert statuses(report) == {"ru": Status.SKIPPED}
    assert not (project / "build" / "ru" / f"{RELEASE_ID}.html").exists()
    assert head(project, "ja") == [] and nav(project, "ja") == []
    assert report.stale == {}


def test_a_page_left_out_is_refreshed_whatever_min_coverage_the_run_has(project):
    """A run's --min-coverage is for the locales it builds. A locale left out, built with
    the config's (0), keeps its page even below the run's (ky: 81% < 90), and the page is
    written again to link the new version, as a run without --min-coverage does; its
    record keeps the stamp it was built with, so its own next run rebuilds nothing. (Said
    stale, 'run build --locale ky', it was left for that run to do the same.)"""
    build(load_config(project), locales=["ky"])
    code, out = run("--locale", "ru", "--min-coverage", "90")
    assert code == 0 and "warning" not in out
    assert [folder for tag, folder in head(project, "ky") if tag != "x-default"] == [
        "ky", "ru"]
    times = mtimes(project)
    assert statuses(build(load_config(project), locales=["ky"])) == {
        "ky": Status.UNCHANGED}
    assert statuses(build(load_config(project), locales=["ru"], min_coverage=90)) == {
        "ru": Status.UNCHANGED}
    assert mtimes(project) == times


def test_a_page_left_out_built_with_other_settings_is_said_stale_with_its_command(
        project):
    """Built with a min-coverage that is neither the config's nor the run's, or with
    another locale setting, a page left out could be built otherwise by its own run: it
    is said stale, not written, with the command that brings it up to date, into the
    output folder and with the config the run was given."""
    build(load_config(project), locales=["ja"], min_coverage=5)
    report = build(load_config(project), locales=["ru"])
    assert report.stale == {"ja": 1} and head(project, "ja") == []
    config = project / "communique.toml"
    elsewhere = project / "seoul.toml"
    elsewhere.write_text(config.read_text(encoding="utf-8").replace(
        "[locale.ja]\nzone = \"Asia/Tokyo\"", "[locale.ja]\nzone = \"Asia/Seoul\""),
        encoding="utf-8")
    assert run("-o", "out", "--locale", "ja")[0] == 0
    code, out = run("-o", "out", "--locale", "ru", "--config", "seoul.toml")
    assert code == 0
    assert ("warning: 1 page in out/ja/ lists other versions than its release has now, "
            "not written again as ja's inputs or settings changed since: run `communique "
            "build --locale ja -o out --config seoul.toml`") in out


def test_a_pseudo_page_left_out_takes_in_a_new_language_and_the_real_ones_stay(project):
    for step in (["extract"], ["pseudo", "--locale", "en-XA"]):
        assert CliRunner().invoke(app, step).exit_code == 0, step
    build(load_config(project), locales=["en", "ja", "en-XA"])
    real = (project / "build" / "ja" / f"{RELEASE_ID}.html").read_bytes()
    build(load_config(project), locales=["ar-XB"])  # another pseudo-locale: no real page
    assert (project / "build" / "ja" / f"{RELEASE_ID}.html").read_bytes() == real
    build(load_config(project), locales=["ru"])
    assert [folder for folder, *_ in nav(project, "en-XA")] == ["en", "ja", "ru", None]
    assert [folder for folder, *_ in nav(project, "ar-XB")] == ["en", "ja", "ru", None]


def test_pages_left_out_built_with_another_page_template_are_said_outdated(project):
    """The page template edited, then ja built alone: the ja pages take it, while the
    other locales' pages, left on the old one (their run was not asked for), are counted
    per locale with the command that brings them up to date, in the text and the JSON
    report, until their own run. Nothing is said (nor any key added) otherwise."""
    template = project / "templates" / "page.html"
    template.parent.mkdir()
    template.write_text('<!DOCTYPE html>\n<html lang="en"><head></head><body>'
                        '<header>Ministry A</header><main data-communique="release"></main>'
                        '</body></html>\n', encoding="utf-8")
    config = project / "communique.toml"
    config.write_text('html-template = "templates/page.html"\n'
                      + config.read_text(encoding="utf-8"), encoding="utf-8")
    build(load_config(project))
    code, out = run("--locale", "ja", "--format", "json")
    assert code == 0 and "outdated" not in json.loads(out)
    template.write_text(template.read_text(encoding="utf-8").replace("Ministry A",
                                                                     "Ministry B"))
    code, out = run("--locale", "ja")
    assert code == 0
    assert b"Ministry B" in (project / "build" / "ja" / f"{RELEASE_ID}.html").read_bytes()
    assert b"Ministry A" in (project / "build" / "ru" / f"{RELEASE_ID}.html").read_bytes()
    assert out.splitlines()[:-1] == [
        f"warning: 1 page in build/{locale}/ was built with other settings than {locale} "
        "has now (the config, a page template or communique changed since): run "
        f"`communique build --locale {locale}`" for locale in ("ar", "en", "ky", "ru")]
    code, out = run("--locale", "ja", "--format", "json")  # (said as long as it is so)
    assert json.loads(out)["outdated"] == {"ar": 1, "en": 1, "ky": 1, "ru": 1}
    assert json.loads(out)["stale"] == {}
    assert statuses(build(load_config(project), locales=["en", "ky", "ru", "ar"])) == {
        locale: Status.BUILT for locale in ("en", "ky", "ru", "ar")}
    report = build(load_config(project), locales=["ja"])
    assert report.outdated == {} and report.stale == {}
    assert "outdated" not in json.loads(run("--locale", "ja", "--format", "json")[1])

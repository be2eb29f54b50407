"""Holding embargoed releases back: `build --hold-embargoed` (or ``--as-of``, or the
config's ``hold-embargoed``), for the build that is published.

The sample release is embargoed until 2022-12-24 17:00 in Tokyo (08:00 UTC). A build
that holds embargoed releases at an instant before that writes nothing of it in any
locale, lists it in no index, feed or sitemap, removes the pages an earlier build wrote
of it, and says once that it is held; the first build after the instant builds it. A
build without the option builds it whatever the time, as before.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from build_support import RELEASE_ID, make_project
from typer.testing import CliRunner

from toolkit.build import CACHE_NAME
from toolkit.cli.app import app

BEFORE = "2022-12-24T16:59+09:00"  # a minute before the embargo lifts
AFTER = "2022-12-24T08:00Z"  # the instant it lifts
EPOCH_BEFORE = "1671868740"  # 2022-12-24T07:59:00Z
EPOCH_AFTER = "1671868800"  # 2022-12-24T08:00:00Z
HELD = f"releases/{RELEASE_ID}.xml: held until 2022-12-24 17:00 JST (embargo)"


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    root = make_project(tmp_path / "project", site_url="https://press.example/")
    monkeypatch.chdir(root)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    return root


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["build", *args], env=env)
    return result.exit_code, result.stdout, result.stderr


def pages(root: Path) -> list[str]:
    """The files of the release under build/ (its XML and pages, any locale)."""
    return sorted(p.relative_to(root / "build").as_posix()
                  for p in (root / "build").rglob(f"{RELEASE_ID}.*"))


def mentions(root: Path) -> list[str]:
    """The index pages, feeds and sitemap that name the release."""
    out = root / "build"
    found = [*out.glob("*/index.html"), *out.glob("*/feed.xml"), out / "sitemap.xml"]
    return sorted(p.relative_to(out).as_posix() for p in found
                  if p.exists() and f"{RELEASE_ID}.html" in p.read_text("utf-8"))


def test_without_the_option_an_embargoed_release_is_built_whatever_the_time(project):
    code, _, err = run("--locale", "en", "--locale", "ja",
                       env={"SOURCE_DATE_EPOCH": EPOCH_BEFORE})
    assert code == 0 and "held" not in err
    assert pages(project) == [f"{ll}/{RELEASE_ID}.{ext}" for ll in ("en", "ja")
                              for ext in ("html", "xml")]
    assert mentions(project) == ["en/feed.xml", "en/index.html", "ja/feed.xml",
                                 "ja/index.html", "sitemap.xml"]


def test_a_release_held_has_no_output_and_is_listed_nowhere(project):
    code, out, err = run("--locale", "en", "--locale", "ja", "--as-of", BEFORE)
    assert code == 0
    assert err.splitlines() == [HELD]  # once, not once a locale
    assert out.splitlines()[-1].startswith("2 held -> build/")
    assert pages(project) == []
    assert mentions(project) == []
    assert (project / "build" / "en" / "index.html").exists()
    assert not (project / "build" / "en" / "feed.xml").exists()  # a feed of no entry


def test_pages_an_earlier_build_wrote_are_taken_down_in_every_locale(project):
    """ja is left out of the holding run: its page goes too, and its index and feed no
    longer link it (publishing build/ must not publish the text)."""
    run("--locale", "en", "--locale", "ja")
    assert pages(project)
    code, _, err = run("--locale", "en", "--as-of", BEFORE)
    assert code == 0 and err.splitlines() == [HELD]
    assert pages(project) == []
    assert mentions(project) == []


def test_the_first_build_after_the_instant_builds_it(project):
    run("--locale", "en", "--hold-embargoed", env={"SOURCE_DATE_EPOCH": EPOCH_BEFORE})
    # still held: said again, nothing written
    code, out, err = run("--locale", "en", "--hold-embargoed",
                         env={"SOURCE_DATE_EPOCH": EPOCH_BEFORE})
    assert err.splitlines() == [HELD] and pages(project) == []
    code, out, err = run("--locale", "en", "--hold-embargoed",
                         env={"SOURCE_DATE_EPOCH": EPOCH_AFTER})
    assert code == 0 and err == ""
    assert out.splitlines()[-1].startswith("1 built -> build/")
    assert pages(project) == [f"en/{RELEASE_ID}.html", f"en/{RELEASE_ID}.xml"]
    assert mentions(project) == ["en/feed.xml", "en/index.html", "sitemap.xml"]
    record = (project / "build" / CACHE_NAME).read_bytes()
    code, out, _ = run("--locale", "en", "--as-of", AFTER)
    assert out.splitlines()[-1].startswith("1 unchanged -> build/")
    assert (project / "build" / CACHE_NAME).read_bytes() == record


def test_a_held_release_is_read_again_only_when_changed_or_its_instant_passed(
        project, monkeypatch):
    """The record keeps a held release's stamp and instant: a holding build before the
    instant takes it as held still at the cost of a stat, and says the same in the same
    report; edited, it is read again (still held); past the instant it is built."""
    import toolkit.build_pair as build_pair

    reads: list[str] = []
    parse = build_pair.parse_release
    monkeypatch.setattr(build_pair, "parse_release",
                        lambda data, path: reads.append(path) or parse(data, path))
    holding = ("--locale", "en", "--locale", "ja", "--as-of", BEFORE, "--format", "json")
    first = run(*holding)
    record = (project / "build" / CACHE_NAME).read_bytes()
    assert len(reads) == 1 and first[0] == 0 and json.loads(first[1])["hold"]["held"]
    assert run(*holding) == first and len(reads) == 1
    assert (project / "build" / CACHE_NAME).read_bytes() == record
    release = project / "releases" / f"{RELEASE_ID}.xml"
    release.write_bytes(release.read_bytes() + b"\n")
    code, _, err = run("--locale", "en", "--as-of", BEFORE)
    assert len(reads) == 2 and code == 0 and err.splitlines() == [HELD]
    code, out, err = run("--locale", "en", "--as-of", AFTER)
    assert len(reads) == 3 and out.splitlines()[-1].startswith("1 built -> build/")
    assert pages(project) == [f"en/{RELEASE_ID}.html", f"en/{RELEASE_ID}.xml"]


def test_a_release_built_before_its_embargo_is_held_by_the_next_holding_build(project):
    """The record knows the embargo of a page it says is up to date."""
    run("--locale", "en")
    code, _, err = run("--locale", "en", "--as-of", BEFORE)
    assert err.splitlines() == [HELD] and pages(project) == []
    # a build without the option builds it again, as before there was holding
    code, out, err = run("--locale", "en")
    assert code == 0 and out.splitlines()[-1].startswith("1 built -> build/") and err == ""


def test_source_date_epoch_is_the_instant_and_the_config_can_ask_for_holding(project):
    config = project / "communique.toml"
    config.write_text("hold-embargoed = true\n" + config.read_text("utf-8"), "utf-8")
    code, _, err = run("--locale", "en", env={"SOURCE_DATE_EPOCH": EPOCH_BEFORE})
    assert code == 0 and err.splitlines() == [HELD] and pages(project) == []
    code, _, err = run("--locale", "en", env={"SOURCE_DATE_EPOCH": EPOCH_AFTER})
    assert code == 0 and err == "" and pages(project)


def test_the_json_report_says_each_release_held_once(project):
    code, out, _ = run("--locale", "en", "--locale", "ja", "--format", "json",
                       env={"SOURCE_DATE_EPOCH": EPOCH_BEFORE})
    report = json.loads(out)
    assert "hold" not in report and "held" not in report["summary"]  # as before
    code, out, _ = run("--locale", "en", "--locale", "ja", "--format", "json",
                       "--hold-embargoed", env={"SOURCE_DATE_EPOCH": EPOCH_BEFORE})
    assert code == 0
    report = json.loads(out)
    assert report["hold"] == {"as-of": "2022-12-24T07:59:00Z", "held": [{
        "release": f"releases/{RELEASE_ID}.xml", "id": RELEASE_ID,
        "until": "2022-12-24T08:00:00Z",
        "message": "held until 2022-12-24 17:00 JST (embargo)"}]}
    assert report["summary"]["held"] == 2
    assert [(r["locale"], r["status"], r["outputs"]) for r in report["results"]] == [
        ("en", "held", []), ("ja", "held", [])]


def test_an_instant_without_its_offset_is_refused(project):
    code, _, err = run("--locale", "en", "--as-of", "2022-12-24T16:59")
    assert code == 2
    assert "--as-of '2022-12-24T16:59' is not an instant with its offset" in err
    assert not (project / "build").exists()


def test_hold_embargoed_in_the_config_is_true_or_false(project):
    config = project / "communique.toml"
    config.write_text('hold-embargoed = "yes"\n' + config.read_text("utf-8"), "utf-8")
    code, _, err = run("--locale", "en")
    assert code == 2
    assert "communique.toml:1" in err and "hold-embargoed must be true or false" in err


# ---------------------------------------------------------------- only communique's own
NOT_OURS = ("not removed: its release is held (embargo), and its pages are taken down, but "
            "it is not the file communique wrote (changed or replaced since); delete it by "
            "hand if it is to go")


def test_a_page_of_one_s_own_under_a_held_release_s_name_stays_and_is_said(project):
    """The take-down of a held release removes what communique wrote and nothing else, as
    a withdrawal does: a page edited by hand since it was written, and one where the
    record describes none (ky never built), stay, each said in one line."""
    run("--locale", "en", "--locale", "ja")
    out = project / "build"
    edited = out / "ja" / f"{RELEASE_ID}.html"
    edited.write_text(edited.read_text("utf-8").replace("</body>", "<p>Note</p></body>"),
                      "utf-8")
    (out / "ky").mkdir()
    own = out / "ky" / f"{RELEASE_ID}.html"
    own.write_text("<p>a page of one's own</p>", "utf-8")
    code, _, err = run("--locale", "en", "--locale", "ja", "--locale", "ky",
                       "--as-of", BEFORE)
    assert code == 0
    assert err.splitlines() == [
        HELD, f"warning: build/ja/{RELEASE_ID}.html: {NOT_OURS}",
        f"warning: build/ky/{RELEASE_ID}.html: {NOT_OURS}"]
    assert pages(project) == [f"ja/{RELEASE_ID}.html", f"ky/{RELEASE_ID}.html"]
    assert "<p>Note</p>" in edited.read_text("utf-8")
    assert own.read_text("utf-8") == "<p>a page of one's own</p>"
    assert mentions(project) == []


def test_the_json_report_says_what_a_held_release_s_take_down_left(project):
    run("--locale", "en")
    page = project / "build" / "en" / f"{RELEASE_ID}.html"
    page.write_bytes(page.read_bytes() + b"\n")
    code, out, _ = run("--locale", "en", "--as-of", BEFORE, "--format", "json")
    assert code == 0
    assert json.loads(out)["not-removed"] == [
        {"file": f"build/en/{RELEASE_ID}.html", "message": NOT_OURS}]
    assert pages(project) == [f"en/{RELEASE_ID}.html"]


def test_a_held_release_s_take_down_stopped_before_the_record_is_saved_is_done_again(
        project, monkeypatch):
    """The pages go before the record that says the release is held is saved: a build
    stopped in between leaves the lines naming them, and the next holding build holds
    the release again, and says again what it left."""
    run("--locale", "en", "--locale", "ja")
    record = (project / "build" / CACHE_NAME).read_bytes()
    page = project / "build" / "ja" / f"{RELEASE_ID}.html"
    page.write_bytes(page.read_bytes() + b"\n")

    def stopped(path: Path, chunks: object) -> None:
        for _chunk in chunks:  # (the walk, results and take-down, done)
            pass
        raise KeyboardInterrupt

    monkeypatch.setattr("toolkit.build.write_chunks", stopped)
    code, _, _ = run("--locale", "en", "--as-of", BEFORE)
    assert code == 130
    assert (project / "build" / CACHE_NAME).read_bytes() == record
    assert pages(project) == [f"ja/{RELEASE_ID}.html"]
    monkeypatch.undo()
    monkeypatch.chdir(project)
    code, _, err = run("--locale", "en", "--as-of", BEFORE)
    assert code == 0
    assert err.splitlines() == [HELD, f"warning: build/ja/{RELEASE_ID}.html: {NOT_OURS}"]
    assert pages(project) == [f"ja/{RELEASE_ID}.html"]
    assert mentions(project) == []
    assert run("--locale", "en", "--as-of", BEFORE)[2].splitlines() == [HELD]  # said once


# ---------------------------------------------------------------- how an instant is written
# XML's dateTime has any number of digits of a second and 24:00:00, the end of a day;
# HTML's <time datetime> has one to three digits and no hour 24. The release keeps what
# its author wrote (a source-locale build gives it back byte for byte); its pages say the
# same instant as HTML writes it, and the build holds, dates and formats it as that.
@pytest.mark.parametrize(("written", "html"), [
    ("2022-12-24T17:00:00.1234567+09:00", "2022-12-24T17:00:00.123+09:00"),
    ("2022-12-24T17:00:00.5+09:00", "2022-12-24T17:00:00.5+09:00"),
    ("2022-12-23T24:00:00+09:00", "2022-12-24T00:00:00+09:00"),
    ("2022-12-31T24:00:00.000Z", "2023-01-01T00:00:00Z"),
])
def test_an_embargo_is_a_valid_html_instant_on_its_pages_and_as_written_in_its_xml(
        project, written, html):
    source = project / "releases" / f"{RELEASE_ID}.xml"
    source.write_text(source.read_text("utf-8").replace("2022-12-24T17:00:00+09:00",
                                                        written), "utf-8")
    code, _, err = run("--locale", "en", "--locale", "ja")
    assert code == 0, err
    out = project / "build"
    assert (out / "en" / f"{RELEASE_ID}.xml").read_bytes() == source.read_bytes()
    assert f'<embargo value="{written}"' in (out / "ja" / f"{RELEASE_ID}.xml").read_text()
    for locale in ("en", "ja"):
        page = (out / locale / f"{RELEASE_ID}.html").read_text("utf-8")
        assert f'<time datetime="{html}"' in page
        assert written == html or written not in page
    # (validate read it with Python's reader, which knows no hour 24: a traceback)
    assert CliRunner().invoke(app, ["extract"]).exit_code == 0
    validated = CliRunner().invoke(app, ["validate"])
    assert validated.exit_code == 0 and "error" not in validated.output, validated.output


def test_an_embargo_ending_a_day_lifts_at_the_next_days_first_instant(project):
    source = project / "releases" / f"{RELEASE_ID}.xml"
    source.write_text(source.read_text("utf-8").replace("2022-12-24T17:00:00+09:00",
                                                        "2022-12-23T24:00:00+09:00"), "utf-8")
    code, _, err = run("--locale", "ja", "--as-of", "2022-12-23T23:59+09:00")
    assert code == 0 and "held until 2022-12-24 00:00 JST (embargo)" in err
    code, _, err = run("--locale", "ja", "--as-of", "2022-12-24T00:00+09:00")
    assert code == 0 and "held" not in err
    assert "2022年12月24日 0:00" in (project / "build" / "ja" / f"{RELEASE_ID}.html").read_text()

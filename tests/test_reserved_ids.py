"""A release id that names a file the build writes beside the release pages.

The build writes a release's pages as ``build/<LL>/<id>.xml`` and ``<id>.html``, and
beside them each locale's index page (``index.html``) and Atom feed (``feed.xml``): a
release whose id is ``index`` or ``feed`` replaced the one or the other. Such an id is
refused where ids are checked (extract, build, validate), at the id's value, exit 2 as
a misnamed release is (validate: 1, as for its other errors).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from build_support import RELEASE_ID, make_project
from typer.testing import CliRunner

from toolkit.build import build
from toolkit.cli.app import app
from toolkit.config import load_config
from toolkit.feeds import FEED_NAME, SITEMAP_NAME
from toolkit.loader import RESERVED_IDS, reserved_id
from toolkit.normalize import Report, derive_id


def _with_id(root: Path, release_id: str) -> Path:
    """The sample release copied as releases/<release_id>.xml with that id."""
    source = (root / "releases" / f"{RELEASE_ID}.xml").read_text("utf-8")
    path = root / "releases" / f"{release_id}.xml"
    path.write_text(source.replace(f'id="{RELEASE_ID}"', f'id="{release_id}"'), "utf-8")
    return path


def _column(path: Path, release_id: str) -> int:
    """The column of the id's value: the one to correct, where id-filename points too
    (the attribute's name is the same in every release)."""
    line = path.read_text("utf-8").splitlines()[1]
    return line.index(f'id="{release_id}"') + len('id="') + 1


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    root = make_project(tmp_path / "project")
    monkeypatch.chdir(root)
    return root


def cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_the_reserved_ids_are_the_names_a_locale_folder_holds_besides_release_pages(
        project):
    """What a build with feeds writes in a locale's folder that no release id names:
    exactly the reserved names (the sitemap and front page are at the root, where no
    release page is, so `sitemap` is an id like any other)."""
    config = project / "communique.toml"
    config.write_text('site-url = "https://press.example/"\n' + config.read_text("utf-8"),
                      "utf-8")
    build(load_config(project), locales=["en", "ja"])
    out = project / "build"
    beside = {p.stem for p in (out / "ja").iterdir() if p.stem != RELEASE_ID}
    assert beside == RESERVED_IDS == {Path(FEED_NAME).stem, "index"}
    assert (out / SITEMAP_NAME).exists() and not (out / "ja" / SITEMAP_NAME).exists()
    assert not reserved_id("sitemap") and not reserved_id("index-2025")


@pytest.mark.parametrize("release_id", ["index", "feed", "Index", "FEED"])
def test_validate_refuses_a_reserved_id_at_the_id_s_value(project, release_id):
    path = _with_id(project, release_id)
    code, out, _ = cli("validate", "--format", "json", str(path))
    assert code == 1
    [issue] = [f for f in json.loads(out) if f["code"] != "figure-missing"]  # (no photos)
    assert issue["code"] == "id-reserved" and issue["severity"] == "error"
    assert (issue["line"], issue["column"]) == (2, _column(path, release_id))
    assert f"release id {release_id!r} is reserved" in issue["message"]


def test_build_refuses_a_reserved_id_and_keeps_the_locale_index_page(project):
    _with_id(project, "index")
    code, out, err = cli("build", "--locale", "en")
    assert code == 2
    column = _column(project / "releases" / "index.xml", "index")
    assert re.search(rf"^releases/index\.xml:2:{column}: error: release id 'index' is "
                     r"reserved: .* index page; .*\[id-reserved\]$", out + err, re.M)
    index = (project / "build" / "en" / "index.html").read_text("utf-8")
    # the locale's index page is the list of releases, not a release written over it
    assert f'href="{RELEASE_ID}.html"' in index
    assert not (project / "build" / "en" / "index.xml").exists()


def test_build_refuses_an_id_named_as_the_feed(project):
    _with_id(project, "feed")
    code, out, _ = cli("build", "--locale", "en", "--format", "json")
    assert code == 2
    results = [r for r in json.loads(out)["results"] if r["release"] == "releases/feed.xml"]
    assert [r["status"] for r in results] == ["failed"]
    assert [i["code"] for i in results[0]["issues"]] == ["id-reserved"]
    assert not (project / "build" / "en" / "feed.xml").exists()
    assert not (project / "build" / "en" / "feed.html").exists()


def test_extract_refuses_a_reserved_id_and_writes_no_template(project):
    _with_id(project, "index")
    code, _, err = cli("extract")
    assert code == 2
    column = _column(project / "releases" / "index.xml", "index")
    assert [line for line in err.splitlines() if "index.xml" in line] == [
        f"releases/index.xml:2:{column}: error: release id 'index' is reserved: its pages "
        "would be <locale>/index.html and index.xml, where the build writes each "
        "locale's index page; choose another id (and rename the file) [id-reserved]"]
    assert not (project / "locales" / "index.pot").exists()


def test_normalize_derives_no_reserved_id_and_refuses_one_given():
    # The derived id starts with the release's date: a title "Index" is no index page.
    assert derive_id("2025-06-03", "Index", Report("-")) == "2025-06-03-index"
    assert derive_id("2025-06-03", "Feed", Report("-")) == "2025-06-03-feed"
    code, _, err = cli("normalize", "--id", "Feed", "-")
    assert code == 2
    assert "--id 'Feed' is reserved: the build writes each locale's Atom feed, feed.xml," in err
    code, _, err = cli("normalize", "--id", "index", "-")
    assert code == 2
    assert "locale's index page, index.html," in err

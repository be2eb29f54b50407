"""A release's photos on the built site: one copy in the build folder, for every locale."""

from __future__ import annotations

import errno
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from build_support import LOCALES, RELEASE_ID, REPO, make_project
from typer.testing import CliRunner

from toolkit import images
from toolkit.build import Status, build
from toolkit.cli.app import app
from toolkit.config import load_config

SITE = "https://www.mofa.example/press/"
TALKS = "images/2022-12-24-talks.jpg"  # the sample's second figure; the first and third
# (handshake, signing) have no file in these projects


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_project(tmp_path / "project", site_url=SITE)
    (root / "releases" / "images").mkdir()
    (root / "releases" / TALKS).write_bytes(b"\xff\xd8talks")
    monkeypatch.chdir(root)
    return root


def _build(root: Path) -> None:
    report = build(load_config(root))
    assert not report.failed


def _srcs(root: Path, locale: str) -> list[str]:
    page = (root / "build" / locale / f"{RELEASE_ID}.html").read_text()
    return re.findall(r'<img src="([^"]*)"', page)


def _set_src(root: Path, src: str) -> None:
    path = root / "releases" / f"{RELEASE_ID}.xml"
    path.write_text(path.read_text().replace(f'src="{TALKS}"', f'src="{src}"'))


def test_every_locale_page_refers_to_the_one_copy_beside_the_locale_folders(project):
    _build(project)
    assert (project / "build" / TALKS).read_bytes() == b"\xff\xd8talks"
    for locale in ("en", *LOCALES):
        assert not (project / "build" / locale / "images").exists()
        assert f"../{TALKS}" in _srcs(project, locale)


def test_the_repository_s_sample_copies_its_three_photos_once_for_every_locale(
        tmp_path, monkeypatch):
    """The sample as shipped: its photos (placeholders, made by scripts/sample_photos.py)
    beside it, copied into the build folder once and shown on every locale's page."""
    monkeypatch.chdir(tmp_path)
    site = tmp_path / "site"
    names = ["2022-12-24-handshake.jpg", "2022-12-24-talks.jpg", "2022-12-24-signing.jpg"]
    report = build(load_config(REPO), output=site)
    assert not report.failed
    assert sorted(os.listdir(site / "images")) == sorted(names)
    for name in names:
        assert (site / "images" / name).read_bytes() == \
            (REPO / "releases" / "images" / name).read_bytes()
    for locale in ("en", *LOCALES):
        assert not (site / locale / "images").exists()
        page = (site / locale / f"{RELEASE_ID}.html").read_text()
        assert re.findall(r'<img src="([^"]*)"', page) == [f"../images/{n}" for n in names]
    copies = {name: (site / "images" / name).stat() for name in names}
    report = build(load_config(REPO), output=site)  # (nothing changed: nothing copied)
    assert {r.status for r in report.results} == {Status.UNCHANGED}
    for name, before in copies.items():
        after = (site / "images" / name).stat()
        assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_the_sample_s_photos_are_the_placeholders_the_script_makes_again(tmp_path):
    """Small, landscape, no metadata but the JFIF header: remade, the same bytes."""
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "sample_photos.py"),
                           str(tmp_path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    shipped = sorted((REPO / "releases" / "images").iterdir())
    assert [p.name for p in shipped] == sorted(p.name for p in tmp_path.iterdir())
    for path in shipped:
        data = path.read_bytes()
        assert (tmp_path / path.name).read_bytes() == data, path.name
        assert len(data) < 20_000 and data[:2] == b"\xff\xd8" and data.endswith(b"\xff\xd9")
        markers, at = [], 2
        while data[at + 1] != 0xDA:  # (the segments before the scan)
            markers.append(data[at + 1])
            if data[at + 1] == 0xC0:
                height, width = (int.from_bytes(data[at + n:at + n + 2], "big") for n in (5, 7))
                assert (width, height) == (800, 533)
            at += 2 + int.from_bytes(data[at + 2:at + 4], "big")
        assert markers == [0xE0, 0xDB, 0xC0, 0xC4]  # (JFIF, tables, frame: no EXIF, no text)


def test_og_image_and_news_article_give_the_copy_at_its_address_under_site_url(project):
    _build(project)
    page = (project / "build" / "ja" / f"{RELEASE_ID}.html").read_text()
    # (the first figure names no file, and the page still refers to where it would be)
    first = f"{SITE}images/2022-12-24-handshake.jpg"
    assert f'<meta property="og:image" content="{first}">' in page
    assert f'"image":["{first}"]' in page


def test_a_release_given_from_a_subfolder_has_its_photos_beside_it(project):
    sub = project / "releases" / "2022"
    sub.mkdir()
    (project / "releases" / f"{RELEASE_ID}.xml").rename(sub / f"{RELEASE_ID}.xml")
    (sub / "images").mkdir()
    (sub / TALKS).write_bytes(b"sub")
    report = build(load_config(project), releases=[sub / f"{RELEASE_ID}.xml"])
    assert not report.failed
    assert (project / "build" / "2022" / TALKS).read_bytes() == b"sub"
    assert f"../2022/{TALKS}" in _srcs(project, "ru")


def test_an_unchanged_photo_is_not_copied_again_and_a_changed_one_is(project):
    _build(project)
    copy = project / "build" / TALKS
    before = copy.stat().st_mtime_ns
    copy_ino = copy.stat().st_ino
    _build(project)
    assert (copy.stat().st_mtime_ns, copy.stat().st_ino) == (before, copy_ino)
    source = project / "releases" / TALKS
    source.write_bytes(b"a new photo")
    _build(project)
    assert copy.read_bytes() == b"a new photo"


def test_a_copy_deleted_and_a_photo_added_since_are_copied_by_a_no_change_build(project):
    _build(project)
    (project / "build" / TALKS).unlink()
    (project / "releases" / "images" / "2022-12-24-signing.jpg").write_bytes(b"signing")
    _build(project)
    assert (project / "build" / TALKS).read_bytes() == b"\xff\xd8talks"
    assert (project / "build" / "images" / "2022-12-24-signing.jpg").read_bytes() == b"signing"


@pytest.mark.parametrize("src", ["../../etc/passwd", "../outside.jpg", "/etc/shadow.jpg",
                                 "images/../../outside.jpg", "images%2F..%2F..%2Foutside.jpg",
                                 "images/.hidden.jpg", "x.xml"])
def test_a_src_leading_out_of_the_releases_folder_is_left_as_written(project, src):
    (project / "outside.jpg").write_bytes(b"secret")
    _set_src(project, src)
    _build(project)
    assert src in _srcs(project, "ja")
    copied = {p.relative_to(project / "build").as_posix()
              for p in (project / "build").rglob("*") if p.is_file()}
    assert not any(name.endswith(("outside.jpg", "passwd", ".hidden.jpg")) for name in copied)
    assert "x.xml" not in copied


def test_a_link_leading_out_of_the_releases_folder_is_not_copied(project, tmp_path):
    secret = tmp_path / "secret.jpg"
    secret.write_bytes(b"secret")
    (project / "releases" / "images" / "link.jpg").symlink_to(secret)
    (project / "releases" / "linked").symlink_to(tmp_path, target_is_directory=True)
    path = project / "releases" / f"{RELEASE_ID}.xml"
    path.write_text(path.read_text()
                    .replace('src="images/2022-12-24-handshake.jpg"', 'src="images/link.jpg"')
                    .replace('src="images/2022-12-24-signing.jpg"', 'src="linked/secret.jpg"'))
    _build(project)
    assert not (project / "build" / "images" / "link.jpg").exists()
    assert not (project / "build" / "linked").exists()
    assert (project / "build" / TALKS).exists()


def test_a_link_inside_the_releases_folder_is_copied_as_the_file(project):
    (project / "releases" / "images" / "same.jpg").symlink_to("2022-12-24-talks.jpg")
    _set_src(project, "images/same.jpg")
    _build(project)
    copy = project / "build" / "images" / "same.jpg"
    assert not copy.is_symlink() and copy.read_bytes() == b"\xff\xd8talks"


def test_no_temp_file_is_left_beside_a_copy(project):
    _build(project)
    assert sorted(os.listdir(project / "build" / "images")) == ["2022-12-24-talks.jpg"]


@pytest.mark.parametrize(("src", "written"), [
    (f"{TALKS}?v=2", f"../{TALKS}?v=2"),  # (a cache-buster: a new photo, a new address)
    (f"{TALKS}#main", f"../{TALKS}#main"),
    (f"{TALKS}?v=2&amp;s=1#x", f"../{TALKS}?v=2&amp;s=1#x"),
])
def test_a_src_with_a_query_or_fragment_copies_the_file_it_names_and_keeps_them(
        project, src, written):
    """photo.jpg?v=2 named the photo, but nothing was copied: every page showed a photo
    that was not there."""
    _set_src(project, src)
    _build(project)
    assert (project / "build" / TALKS).read_bytes() == b"\xff\xd8talks"
    for locale in ("en", "ja"):
        assert written in _srcs(project, locale)


@pytest.mark.parametrize("src", ["../outside.jpg?v=2", "x.xml?.jpg", "?v=2", "#x"])
def test_a_query_or_fragment_makes_no_other_file_an_image(project, src):
    (project / "outside.jpg").write_bytes(b"secret")
    _set_src(project, src)
    _build(project)
    assert not any(p.is_file() for p in (project / "build").rglob("outside.jpg"))
    assert not (project / "build" / "x.xml").exists()


def _another_release(root: Path) -> None:
    """A second release, its photo another file: the one the build goes on with."""
    text = (root / "releases" / f"{RELEASE_ID}.xml").read_text()
    (root / "releases" / "other.xml").write_text(
        text.replace(f'id="{RELEASE_ID}"', 'id="other"').replace(TALKS, "images/other.jpg"))
    (root / "releases" / "images" / "other.jpg").write_bytes(b"other")


def _statuses(root: Path) -> dict[tuple[str, str], Status]:
    return {(r.release_id, r.locale): r.status for r in build(load_config(root)).results}


def test_a_folder_where_a_copy_goes_fails_its_release_and_the_rest_is_built(project):
    # It stopped the whole build (exit 2, "Is a directory", no code) after the release's
    # pages were written, before the other releases: no index, nothing recorded.
    _another_release(project)
    (project / "build" / TALKS).mkdir(parents=True)
    result = CliRunner().invoke(app, ["build"])
    assert result.exit_code == 2
    assert result.stderr == (f"build/{TALKS}: error: cannot write: Is a directory "
                             "[output-unwritable]\n")
    assert f"ru\treleases/{RELEASE_ID}.xml\tfailed\t100% translated" in result.stdout
    for locale in ("en", *LOCALES):  # nothing of the release written, the other built
        assert not (project / "build" / locale / f"{RELEASE_ID}.html").exists()
        assert not (project / "build" / locale / f"{RELEASE_ID}.xml").exists()
        assert (project / "build" / locale / "other.html").exists()
    assert (project / "build" / "images" / "other.jpg").read_bytes() == b"other"
    assert "other.html" in (project / "build" / "ru" / "index.html").read_text()
    # Recorded: the next build redoes only the release that failed, and once the folder
    # is gone, builds it.
    statuses = _statuses(project)
    assert {s for (release, _), s in statuses.items() if release == "other"} == {
        Status.UNCHANGED}
    assert {s for (release, _), s in statuses.items() if release == RELEASE_ID} == {
        Status.FAILED}
    (project / "build" / TALKS).rmdir()
    _build(project)
    assert (project / "build" / TALKS).read_bytes() == b"\xff\xd8talks"
    assert f"../{TALKS}" in _srcs(project, "ru")


def test_a_photo_that_cannot_be_read_fails_its_release_and_keeps_its_last_pages(project):
    # As a catalog that cannot be read: the pages of the last build stay, as listed.
    _another_release(project)
    _build(project)
    page = project / "build" / "ja" / f"{RELEASE_ID}.html"
    before = page.read_bytes()
    photo = project / "releases" / TALKS
    photo.write_bytes(b"a new photo")
    photo.chmod(0)
    other = project / "releases" / "other.xml"
    other.write_text(other.read_text().replace("</release>", "</release>\n"))
    command = [sys.executable, "-m", "toolkit", "build"]
    if os.geteuid() == 0:  # (root reads any file: without the capabilities that let it)
        if shutil.which("setpriv") is None:
            pytest.skip("root, and no setpriv to drop the capability to read any file")
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", *command]
    done = subprocess.run(command, cwd=project, capture_output=True, text=True,
                          check=False)
    photo.chmod(0o644)
    assert done.returncode == 2
    assert done.stderr == (f"releases/{TALKS}: error: cannot read: Permission denied "
                           "[unreadable]\n")
    assert page.read_bytes() == before
    assert RELEASE_ID in (project / "build" / "ja" / "index.html").read_text()
    assert (project / "build" / TALKS).read_bytes() == b"\xff\xd8talks"
    assert "ja\treleases/other.xml\tbuilt" in done.stdout
    _build(project)  # (readable again: the photo changed since its release was built)
    assert (project / "build" / TALKS).read_bytes() == b"a new photo"


def test_a_full_disk_still_stops_the_build_at_a_copy(project, monkeypatch):
    def full(path: object, data: bytes, **_: object) -> bool:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(images, "write_bytes", full)
    with pytest.raises(OSError, match="No space"):
        build(load_config(project), jobs=1)

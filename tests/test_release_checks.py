"""`check_file`: the issues validate reports of one release file."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.errors import InputError
from toolkit.loader import load_release
from toolkit.release_checks import check_file, check_unique_ids, windows_device


def test_xml_that_is_no_release_is_one_plain_issue_in_the_loaders_words(tmp_path: Path):
    # validate, build and extract say the same of a sitemap: the loader's one message,
    # not libxml2's "No matching global declaration available for the validation root."
    # Only the advice differs: validate is handed files by the pre-commit hook, whose
    # `exclude:` leaves such a file out; build and extract read the releases folder.
    path = tmp_path / "sitemap.xml"
    path.write_text("<?xml version='1.0'?>\n<urlset><url/></urlset>\n", encoding="utf-8")
    release, found = check_file(path, "en")
    with pytest.raises(InputError) as loaded:
        load_release(path)
    assert release is None
    statement = loaded.value.message.partition("; if the file")[0]
    assert [(i.path, i.line, i.column, i.code, i.message) for i in found] == [
        (str(path), 2, 0, "schema", statement + "; if the file is not meant to be one, "
         "leave it out (pre-commit: `exclude:`)")]
    assert loaded.value.message == statement + ("; if the file is not meant to be one, "
                                                "keep it out of the releases folder")
    assert loaded.value.message.startswith("not a release: its root element is <urlset>,")


def _release_with_id(folder: Path, release_id: str, sample: bytes) -> Path:
    """The sample release as folder/<release_id>.xml, with that id."""
    text = sample.decode("utf-8")
    original = text.split('id="', 1)[1].split('"', 1)[0]
    path = folder / f"{release_id}.xml"
    path.write_text(text.replace(f'id="{original}"', f'id="{release_id}"', 1), "utf-8")
    return path


def test_ids_that_differ_only_in_case_are_one_id_as_macos_and_windows_see_it():
    # Foo.xml and foo.xml are two files on Linux, one on macOS and Windows: the
    # colleague's clone holds one of them (git warns of "colliding" paths, no more), and
    # build's ja/Foo.html and ja/foo.html overwrite each other there. Found by running
    # extract, update and validate on such a pair: all three passed, exit 0.
    pairs = [(Path("releases/Foo.xml"), "Foo"), (Path("releases/bar.xml"), "bar"),
             (Path("releases/foo.xml"), "foo")]
    [clash] = check_unique_ids(pairs, lambda path: path.as_posix())
    assert (clash.path, clash.code, clash.severity) == (
        "releases/foo.xml", "id-duplicate", "error")
    assert clash.message.startswith(
        "release id 'foo' differs from 'Foo' (releases/Foo.xml) only in case: on macOS "
        "and Windows")


def test_a_duplicate_spelt_alike_keeps_its_message():
    pairs = [(Path("a/foo.xml"), "foo"), (Path("b/foo.xml"), "foo")]
    [clash] = check_unique_ids(pairs, lambda path: path.as_posix())
    assert clash.message == "release id 'foo' is also used by a/foo.xml"


@pytest.mark.parametrize("release_id", ["CON", "nul", "Aux", "prn", "com1", "LPT9",
                                        "nul.2022", "con.tokyo-visit"])
def test_a_windows_device_name_is_a_reserved_id(tmp_path: Path, sample_bytes: bytes,
                                                release_id: str):
    # git for Windows cannot check out releases/CON.xml (nor NUL.tar.gz: the name before
    # the first dot counts); validate passed such a release, exit 0.
    path = _release_with_id(tmp_path, release_id, sample_bytes)
    _, found = check_file(path, "en")
    [issue] = [i for i in found if i.code == "id-reserved"]
    line = path.read_text("utf-8").splitlines()[issue.line - 1]
    assert line[issue.column - 1:].startswith(f'id="{release_id}"')
    assert issue.message.startswith(f"release id {release_id!r} is a device name on Windows")
    assert windows_device(release_id)


@pytest.mark.parametrize("release_id", ["console", "com10", "com0", "nullify", "a.con",
                                        "auxiliary-2022"])
def test_names_that_only_look_like_devices_are_ids_like_any_other(
        tmp_path: Path, sample_bytes: bytes, release_id: str):
    path = _release_with_id(tmp_path, release_id, sample_bytes)
    _, found = check_file(path, "en")
    assert not [i for i in found if i.code == "id-reserved"]
    assert not windows_device(release_id)

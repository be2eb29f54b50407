"""The loader reads a release file as the safe reader does, from a path or its text."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from toolkit.errors import InputError
from toolkit.loader import load_release, load_releases, parse_release
from toolkit.vocabulary import NS
from toolkit.xmlsafe import read_xml

SAMPLE = Path(__file__).resolve().parent.parent / "releases" / "japan-kyrgyz-fm-meeting-2022.xml"


def test_a_path_and_its_text_load_the_same_release():
    expected = parse_release(SAMPLE.read_bytes(), SAMPLE)
    assert load_release(SAMPLE) == expected
    assert load_release(str(SAMPLE)) == expected


@pytest.mark.parametrize("name", ["missing.xml", "folder"])
def test_an_unreadable_file_is_the_input_error_read_xml_gives(tmp_path: Path, name: str):
    (tmp_path / "folder").mkdir()
    with pytest.raises(InputError) as ours:
        load_release(tmp_path / name)
    with pytest.raises(InputError) as reference:
        read_xml(tmp_path / name)
    assert ours.value.message == reference.value.message
    assert ours.value.message.startswith("cannot read: ")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_file_whose_size_is_not_known_is_read_to_its_end(tmp_path: Path):
    # A pipe reports size 0 and comes in pieces: everything written is read.
    pipe = tmp_path / "release.xml"
    os.mkfifo(pipe)
    data = SAMPLE.read_bytes()

    def write() -> None:
        with open(pipe, "wb") as sink:
            for start in range(0, len(data), 1000):
                sink.write(data[start:start + 1000])
                sink.flush()

    writer = threading.Thread(target=write)
    writer.start()
    try:
        assert load_release(pipe) == parse_release(data, pipe)
    finally:
        writer.join()


def test_several_files_load_as_each_would_alone(tmp_path: Path):
    good = SAMPLE.read_bytes()
    files = {"good.xml": good, "syntax.xml": b"<release", "schema.xml":
             good.replace(b"<title>", b"<heading>", 1).replace(b"</title>", b"</heading>", 1),
             "pattern.xml": good.replace(b' id="japan-kyrgyz-fm-meeting-2022"', b' id=""', 1)}
    paths = []
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        paths.append(tmp_path / name)
    paths.append(tmp_path / "missing.xml")
    for path, found in zip(paths, load_releases(paths), strict=True):
        try:
            expected: object = load_release(path)
        except InputError as exc:
            expected = exc
        assert found == expected, path.name
    assert sum(isinstance(found, InputError) for found in load_releases(paths)) == 4


def test_what_the_reader_refuses_is_reported_in_its_place(tmp_path: Path, monkeypatch):
    # The schema refuses it first; without it, the model's own reader does.
    monkeypatch.setattr("toolkit.loader.schema_errors", lambda tree: iter(()))
    path = tmp_path / "heading.xml"
    path.write_bytes(SAMPLE.read_bytes().replace(b"<title>", b"<heading>", 1)
                     .replace(b"</title>", b"</heading>", 1))
    with pytest.raises(InputError) as alone:
        load_release(path)
    assert load_releases([SAMPLE, path]) == [load_release(SAMPLE), alone.value]


@pytest.mark.parametrize(("text", "root", "line"), [
    (b"<?xml version='1.0'?>\n<urlset><url/></urlset>\n", "<urlset>", 2),
    (b'<release xmlns="urn:other" id="x" xml:lang="en"/>', "<release> in namespace urn:other",
     1),
])
def test_xml_that_is_no_release_is_said_so_plainly(tmp_path: Path, text: bytes, root: str,
                                                   line: int):
    # build and extract load every file in releases/; a sitemap there got libxml2's
    # "Element 'urlset': No matching global declaration available for the validation
    # root." They now say what validate says, at the root element's line.
    path = tmp_path / "sitemap.xml"
    path.write_bytes(text)
    plain = (f"not a release: its root element is {root}, not <release> in namespace "
             f"{NS}; if the file is not meant to be one, keep it out of the "
             "releases folder")
    with pytest.raises(InputError) as loaded:
        load_release(path)
    with pytest.raises(InputError) as parsed:
        parse_release(text, path)
    [several] = load_releases([path])
    for found in (loaded.value, parsed.value, several):
        assert isinstance(found, InputError)
        assert (found.message, found.line, found.column) == (plain, line, 0)


def test_a_release_the_schema_refuses_keeps_the_schemas_own_words(tmp_path: Path):
    path = tmp_path / "release.xml"
    path.write_bytes(SAMPLE.read_bytes().replace(b"<meta>", b"<meta><bogus/>", 1))
    with pytest.raises(InputError) as found:
        load_release(path)
    assert "bogus" in found.value.message and not found.value.message.startswith("not a")

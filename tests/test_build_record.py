"""The build record: JSON Lines read and written as a stream, keyed and ordered by
release path then locale (toolkit/build_record.py). Its use by builds is specified in
test_build.py."""

from __future__ import annotations

import pytest

from toolkit.build_record import (
    CACHE_NAME,
    dumps,
    has_page,
    line_entry,
    line_key,
    read_record,
    record_header,
    record_index,
    record_line,
)
from toolkit.html_writer import IndexEntry


def test_the_record_reads_back_what_it_wrote_whatever_the_path(tmp_path):
    odd = '/tmp/we",ird\\"/рус/リリース\\.xml'
    pairs = [("/a.xml", "ja", {"st": "built"}), (odd, "en", {"ix": ["【JA】タイトル", "x"]}),
             (odd, "ja", {"st": "skipped"})]
    (tmp_path / CACHE_NAME).write_bytes(record_header() + b"".join(
        record_line(path, locale, dumps(entry))
        for path, locale, entry in pairs))
    lines = (tmp_path / CACHE_NAME).read_bytes().splitlines()
    assert len(lines) == 4 and lines[0].startswith(b'{"format":')  # a header, a line a pair
    back = list(read_record(tmp_path / CACHE_NAME))
    assert [(path, locale, line_entry(line)) for path, locale, line in back] \
        == pairs
    assert line_key(record_line(odd, "en\\", b"{}")) == (odd, "en\\")


@pytest.mark.parametrize("locale", ["..", ".", "../releases", "/var/www", "ja/..", "en\\",
                                    ".htaccess", "ja\x00", ""])
def test_a_record_whose_locale_is_no_folder_s_name_is_not_used(tmp_path, locale):
    """A build lists a record locale's folder and may remove its index page, feed and the
    folder itself: a line whose locale is not the name of a folder under the output
    folder (damaged, or written by hand) makes the record unusable, as a damaged line
    does: everything is built again, and nothing is withdrawn."""
    (tmp_path / CACHE_NAME).write_bytes(record_header() + b"".join(
        record_line(path, ll, b"{}") for path, ll in (("/a.xml", "ja"), ("/b.xml", locale))))
    with pytest.raises(ValueError):
        list(read_record(tmp_path / CACHE_NAME))


def test_a_record_with_lines_out_of_order_is_not_used(tmp_path):
    (tmp_path / CACHE_NAME).write_bytes(record_header() + b"".join(
        record_line(path, "ja", b"{}") for path in ("/b.xml", "/a.xml")))
    with pytest.raises(ValueError):
        list(read_record(tmp_path / CACHE_NAME))


def test_a_line_is_told_to_have_pages_without_being_decoded_whatever_it_quotes():
    quoting = '"st":"built"'  # in a path, an issue's message, a title: JSON escapes it
    built = {"st": "built", "ix": [quoting, "2022-12-24", "x"], "v": ["en", "ja"]}
    skipped = {"st": "skipped", "is": [["releases/a.xml", 1, 0, "warning", "c", quoting]],
               "v": []}
    failed_before = {"st": "failed", "id": quoting}
    assert has_page(record_line(f"/{quoting}.xml", "ja", dumps(built)))
    for entry in (skipped, failed_before):
        assert not has_page(record_line(f"/{quoting}.xml", quoting, dumps(entry)))


def test_an_index_page_reads_each_line_s_entry_and_id_whatever_its_strings_quote(tmp_path):
    """Only ``ix`` and ``id`` are decoded for the index page: text in a title, a path
    or an issue that looks like those keys is not taken for them."""
    quoting = ',"ix":["x","y","z"],"id":"a"'
    built = {"c": [f"locales/ja/リリース{quoting}.po"], "id": f'b"{quoting}',
             "is": [["", 1, 0, "warning", "c", quoting]], "st": "built",
             "ix": [f"【JA】{quoting}", "2022-12-24", "2022年12月24日"], "v": ["ja"]}
    fell_back = {**built, "id": "c", "ix": ["Title", "2022-12-25", "x", "en"]}
    lines = [
        ("/a.xml", "ar", {**built, "ix": ["t", "2022-12-23", "x"]}),
        ("/a.xml", "ja", built),
        ("/b.xml", "ja", {**built, "st": "skipped"}),  # no page: not listed
        ("/c.xml", "en", {"st": "failed", "id": "c", "ix": None}),
        ("/c.xml", "ja", fell_back),
        ("/d.xml", "ar", {**built, "ix": None}),  # built by an older tool: not counted
        ("/d.xml", "ja", {**built, "ix": None}),  # nor listed
    ]
    path = tmp_path / CACHE_NAME
    path.write_bytes(record_header() + b"".join(
        record_line(release, locale, dumps(entry)) for release, locale, entry in lines)
        # a line whose keys are not in the writer's order is decoded whole
        + b'["/e.xml","ja",{"ix":["E","2022-12-26","y"],"id":"e","st":"built"}]\n'
        + b'["/f.xml","ja",{"st":"built","ix":["F","2022-12-2\n')  # damaged: left out
    entries, counts = record_index(path, "ja")
    assert entries == [IndexEntry(f'b"{quoting}', f"【JA】{quoting}", "2022-12-24",
                                  "2022年12月24日"),
                       IndexEntry("c", "Title", "2022-12-25", "x", "en"),
                       IndexEntry("e", "E", "2022-12-26", "y")]
    assert counts == {"ar": 1, "ja": 3}

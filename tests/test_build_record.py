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
    read_record,
    record_header,
    record_line,
)


def test_the_record_reads_back_what_it_wrote_whatever_the_path(tmp_path):
    odd = '/tmp/we",ird\\"/рус/リリース\\.xml'
    pairs = [("/a.xml", "ja", {"st": "built"}), (odd, "en\\", {"ix": ["【JA】タイトル", "x"]}),
             (odd, "ja", {"st": "skipped"})]
    (tmp_path / CACHE_NAME).write_bytes(record_header() + b"".join(
        record_line(path, locale, dumps(entry))
        for path, locale, entry in pairs))
    lines = (tmp_path / CACHE_NAME).read_bytes().splitlines()
    assert len(lines) == 4 and lines[0].startswith(b'{"format":')  # a header, a line a pair
    back = list(read_record(tmp_path / CACHE_NAME))
    assert [(path, locale, line_entry(line)) for path, locale, line in back] \
        == pairs


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

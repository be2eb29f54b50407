"""Untrusted XML: entity bombs, external entities and external DTDs are refused."""

from __future__ import annotations

import contextlib
import socket
import threading
from pathlib import Path

import pytest

from toolkit.errors import InputError
from toolkit.xmlsafe import MAX_BYTES, parse_xml, read_xml

ATTACKS = Path(__file__).parent / "fixtures" / "attacks"


def test_billion_laughs_is_refused_at_its_first_entity_declaration():
    with pytest.raises(InputError) as info:
        read_xml(ATTACKS / "billion-laughs.xml")
    assert (info.value.line, info.value.column) == (3, 3)
    assert "entity declarations are not allowed" in info.value.message


def test_external_entity_is_refused_and_its_file_never_read():
    with pytest.raises(InputError) as info:
        read_xml(ATTACKS / "external-entity.xml")
    assert "entity" in info.value.message
    hostname = Path("/etc/hostname")
    if hostname.exists() and hostname.read_text().strip():
        assert hostname.read_text().strip() not in str(info.value)


def test_external_dtd_is_refused_without_any_connection(tmp_path):
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.settimeout(0.5)
    port = server.getsockname()[1]
    attempts: list[object] = []

    def listen() -> None:
        with contextlib.suppress(OSError):
            attempts.append(server.accept())

    thread = threading.Thread(target=listen)
    thread.start()
    path = tmp_path / "external-dtd.xml"
    path.write_text((ATTACKS / "external-dtd.xml").read_text().replace("PORT", str(port)))
    try:
        with pytest.raises(InputError) as info:
            read_xml(path)
    finally:
        thread.join()
        server.close()
    assert "external DTDs are not loaded" in info.value.message
    assert info.value.line == 2
    assert attempts == []


def test_a_plain_doctype_is_refused_in_release_xml_but_allowed_for_xhtml():
    data = b"<!DOCTYPE html>\n<html/>"
    with pytest.raises(InputError):
        parse_xml(data, "x.xml")
    assert parse_xml(data, "x.html", allow_doctype=True).getroot().tag == "html"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
@pytest.mark.parametrize("allow_doctype", [False, True])
def test_an_entity_in_a_utf16_or_utf32_document_is_refused(encoding, allow_doctype):
    # Bytes that an ASCII scan of the prolog cannot read: the parsed tree is asked.
    text = (f'<?xml version="1.0" encoding="{encoding.upper()}"?>\n'
            '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/hostname">]>\n<r>&x;</r>')
    with pytest.raises(InputError) as info:
        parse_xml(text.encode(encoding), "x.xml", allow_doctype=allow_doctype)
    assert "refused as unsafe" in info.value.message and "UTF-8" in info.value.message


def test_a_utf16_document_without_doctype_is_read():
    text = '<?xml version="1.0" encoding="UTF-16"?>\n<r>fine</r>'
    assert parse_xml(text.encode("utf-16"), "x.xml").getroot().text == "fine"


def test_undeclared_entity_reference_is_a_syntax_error_with_position():
    with pytest.raises(InputError) as info:
        parse_xml(b"<a>\n  &nope;</a>", "x.xml")
    assert info.value.line == 2 and info.value.column > 0


def test_malformed_xml_names_line_and_column():
    with pytest.raises(InputError) as info:
        parse_xml(b"<a>\n<b></a>", "bad.xml")
    assert str(info.value).startswith("bad.xml:2:")
    assert "mismatch" in info.value.message


def test_oversized_input_is_refused_before_parsing():
    with pytest.raises(InputError) as info:
        parse_xml(b" " * (MAX_BYTES + 1), "big.xml")
    assert "larger than" in info.value.message


def test_unreadable_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError) as info:
        read_xml(tmp_path / "missing.xml")
    assert "cannot read" in info.value.message

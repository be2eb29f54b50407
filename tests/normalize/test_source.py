"""What the input is, and inputs that cannot be a press release."""

from __future__ import annotations

import codecs

import pytest

from toolkit.errors import InputError
from toolkit.normalize.source import check_encoding, read_source


@pytest.mark.parametrize(("data", "kind"), [
    (b"Press Releases\nTitle\nDecember 24, 2022\nText.", "text"),
    (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
    (b"<p>A fragment</p>", "html"),
    (b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
     b'<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', "xhtml"),
    (b'<?xml version="1.0"?>\n<release xmlns="https://ns.communique.dev/release/1" id="a"/>',
     "release"),
    (b"<Press release> announced today", "text"),
])
def test_the_kind_is_detected(data, kind):
    assert read_source(data, "in").kind == kind


@pytest.mark.parametrize(("data", "message"), [
    (b"", "empty file"),
    (b" \n\t\r\n", "only white space"),
    (b"%PDF-1.7\n%\xe2\xe3", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
    (b"PK\x03\x04\x14\x00", "ZIP"),
    (b"text\x00with\x00nul", "NUL"),
    (b"text\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f", "control characters"),
])
def test_unusable_inputs_are_refused_with_a_reason(data, message):
    with pytest.raises(InputError) as caught:
        read_source(data, "in.txt")
    assert message in str(caught.value)


def test_bad_utf8_says_where_and_asks_for_an_encoding():
    with pytest.raises(InputError) as caught:
        read_source("Title\nDécembre\n".encode("latin-1"), "in.txt")
    error = caught.value
    assert (error.line, error.column) == (2, 2)
    assert "--encoding" in error.message and "0xe9" in error.message


@pytest.mark.parametrize(("data", "where", "message"), [
    (b"Title\nMarch 15, 2023\nSome\x05 text.\n", (3, 5),
     "binary file (1 control character, the first U+0005), not text or HTML"),
    # Columns count characters, as an editor shows them, not bytes.
    ("Titre\nDécembre\x01\x02\x03\x04\x05\x06\x07\x08\x0e".encode(), (2, 9),
     "binary file (9 control characters, the first U+0001), not text or HTML"),
])
def test_control_characters_say_where_the_first_one_is(data, where, message):
    # It said "binary file (1 control characters)" and no place: a stray control in a
    # text file could only be found with a hex viewer.
    with pytest.raises(InputError) as caught:
        read_source(data, "in.txt")
    error = caught.value
    assert (error.line, error.column) == where
    assert error.message == message
    assert str(error).startswith(f"in.txt:{where[0]}:{where[1]}: error: ")


def test_encodings_chosen_declared_or_marked():
    text = "Décembre à Paris"
    assert read_source(text.encode("latin-1"), "in", "latin-1").text == text
    assert read_source(codecs.BOM_UTF8 + text.encode(), "in").text == text
    assert read_source(codecs.BOM_UTF16_LE + text.encode("utf-16-le"), "in").text == text
    page = f'<html><head><meta charset="windows-1251"></head><body>{"Москва"}</body></html>'
    assert "Москва" in read_source(page.encode("cp1251"), "in").text


def test_an_unknown_declared_encoding_is_refused():
    with pytest.raises(InputError, match="unknown encoding"):
        read_source(b'<?xml version="1.0" encoding="x-nothing"?><p/>', "in")


@pytest.mark.parametrize("declared", [b"base64", b"zlib", b"rot13", b"undefined"])
def test_a_declared_python_codec_that_is_no_charset_is_an_unknown_encoding(declared: bytes):
    # A transform of bytes to bytes (base64, zlib) or of text to text (rot13), or the
    # codec that decodes nothing (undefined): `undefined` was a traceback.
    for page in (b'<?xml version="1.0" encoding="%s"?><p/>' % declared,
                 b'<html><head><meta charset="%s"></head><body><p>x</p></body></html>'
                 % declared):
        with pytest.raises(InputError, match="unknown encoding"):
            read_source(page, "in")


@pytest.mark.parametrize("declared", [b"unicode_escape", b"raw_unicode_escape", b"idna",
                                      b"punycode", b"utf-7"])
def test_a_declared_python_text_codec_that_is_no_charset_is_an_unknown_encoding(
        declared: bytes):
    # unicode_escape read the page's "C:\new" as "C:" and a newline, "\N{BULLET}" as a
    # bullet, raw_unicode_escape its "\u0041" as "A": the text changed, exit 0.
    page = (rb'<html><head><meta charset="%s"></head><body><p>C:\new \N{BULLET} \u0041'
            b'</p></body></html>' % declared)
    with pytest.raises(InputError, match="unknown encoding"):
        read_source(page, "in")
    with pytest.raises(LookupError):
        check_encoding(declared.decode())

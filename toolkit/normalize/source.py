"""Bytes in, decoded text and its kind out: release XML, XHTML, HTML, Markdown or plain
text.

An input that cannot be a press release is refused here, with one line that says why:
an empty file, a binary one (PDF, image, archive, NUL bytes), one that does not decode
in its encoding (chosen with `--encoding`, else its byte order mark, its XML or HTML
declaration, else UTF-8). Nothing is guessed about a wrong encoding: a file that is not
UTF-8 and does not say what it is needs `--encoding`.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from toolkit.errors import NOT_CHARSETS, InputError
from toolkit.normalize.email_reader import is_message
from toolkit.normalize.office_reader import ZIP_MAGIC, office_kind
from toolkit.vocabulary import NS
from toolkit.xmlsafe import MAX_BYTES

_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    # A password-protected .docx is an OLE file too (its package encrypted inside).
    (b"\xd0\xcf\x11\xe0", "an OLE document: a .doc or .xls, or a password-protected "
     ".docx; save it as .docx without a password"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"RIFF", "a RIFF file (WebP, WAV?)"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_XML_DECL = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9._-]+)", re.IGNORECASE)
_XML_DECL_TEXT = re.compile(r"^\s*<\?xml[^>]*\?>")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_RELEASE_ROOT = re.compile(r"<(?:[\w-]+:)?release\b[^>]*xmlns(?::[\w-]+)?\s*=\s*[\"']"
                           + re.escape(NS) + r"[\"']")
# A page, or a fragment of one, starts with a declaration or an element HTML has.
_HTML_START = re.compile(
    r"<(?:!doctype\s+html|!--|\?xml|(?:html|head|body|meta|title|link|script|style|main|"
    r"article|section|header|nav|div|span|p|h[1-6]|ul|ol|li|table|figure|img|a|em|strong|b|i"
    r"|br|blockquote|time|aside|footer)[\s>/])", re.IGNORECASE)
MARKDOWN_SUFFIXES = (".md", ".markdown")
# A static site's front matter: `---` on the first line, a `key:` under it, and a closing
# `---` (or YAML's `...`) further down; or Hugo's TOML, `+++`, a `key =` under it and a
# closing `+++`. Copied text does not open so.
_FRONT_MATTER = re.compile(r"\A(?:---[ \t]*\r?\n[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|\r?\n)"
                           r"(?:.*\n)*?(?:---|\.\.\.)"
                           r"|\+\+\+[ \t]*\r?\n[A-Za-z_][\w.-]*[ \t]*=(?:.*\n)*?\+\+\+)"
                           r"[ \t]*(?:\r?\n|\Z)")


@dataclass(frozen=True)
class Source:
    kind: str  # "release", "xhtml", "html", "markdown", "text", or "docx" / "odt" / "eml"
    #            (those three in `data`)
    text: str
    encoding: str
    data: bytes = b""

    def xml_bytes(self) -> bytes:
        """The document as UTF-8 without its XML declaration, for the XML parser.

        The declaration is removed, not rewritten, so line numbers stay those of the file.
        """
        return _XML_DECL_TEXT.sub("", self.text, count=1).encode("utf-8")


def read_source(data: bytes, path: str | Path, encoding: str | None = None) -> Source:
    if not data:
        raise InputError(path, "empty file: nothing to normalise")
    if len(data) > MAX_BYTES:
        raise InputError(path, f"file is larger than {MAX_BYTES // (1024 * 1024)} MiB")
    if data.startswith(ZIP_MAGIC):
        # A ZIP is read for what it holds: Word and OpenDocument text are read, any other
        # (a workbook, a presentation, a plain archive) is refused, named.
        return Source(office_kind(data, path), "", "", data)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(path, f"binary file ({what}), not text or HTML")
    if is_message(data, path):
        # A saved e-mail: its parts carry their own charsets and transfer encodings.
        return Source("eml", "", "", data)
    chosen, skip = _encoding(data, encoding)
    if chosen is None:
        raise InputError(path, "binary file (it contains NUL bytes); if it is UTF-16 "
                         "without a byte order mark, give --encoding utf-16-le")
    try:
        text = data[skip:].decode(check_encoding(chosen))
    except UnicodeDecodeError as exc:
        offset = skip + exc.start
        line = data.count(b"\n", 0, offset) + 1
        column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
        raise InputError(path, f"cannot be decoded as {chosen} (byte 0x{data[offset]:02x}); "
                         "give its encoding, e.g. --encoding cp1252 for text saved on "
                         "Windows in a Western European language", line, column) from None
    except LookupError:  # (also check_encoding's refusal of base64, undefined or idna)
        raise InputError(path, f"unknown encoding {chosen!r} declared in the file; give "
                         "--encoding") from None
    controls = len(_CONTROL.findall(text))
    if controls and (controls > 8 or controls * 100 > len(text)):
        # Where the first one is: a text file with a stray control or two is mended
        # there, a real binary file shows itself at once.
        first = _CONTROL.search(text)
        assert first is not None
        at = first.start()
        line = text.count("\n", 0, at) + 1
        column = at - (text.rfind("\n", 0, at) + 1) + 1
        many = "s" if controls > 1 else ""
        raise InputError(path, f"binary file ({controls} control character{many}, the first "
                         f"U+{ord(first.group()):04X}), not text or HTML", line, column)
    if not text.strip():
        raise InputError(path, "empty file: only white space")
    if Path(path).suffix.lower() in MARKDOWN_SUFFIXES or _FRONT_MATTER.match(text[:65536]):
        return Source("markdown", text, chosen)
    return Source(_kind(text), text, chosen)


def _encoding(data: bytes, explicit: str | None) -> tuple[str | None, int]:
    if explicit:
        return explicit, 0
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    if b"\x00" in data:
        return None, 0
    head = data[:4096]
    declared = _XML_DECL.match(head) or _META_CHARSET.search(head)
    if declared:
        return declared.group(1).decode("ascii").lower(), 0
    return "utf-8", 0


def _kind(text: str) -> str:
    stripped = text.lstrip()
    if not stripped.startswith("<"):
        return "text"
    head = stripped[:4096]
    if _RELEASE_ROOT.search(head):
        return "release"
    if head.startswith("<?xml") or "http://www.w3.org/1999/xhtml" in head:
        return "xhtml"
    if _HTML_START.match(head):
        return "html"
    return "text"


def check_encoding(name: str) -> str:
    """The codec's canonical name, or LookupError for a name Python does not know as a
    text encoding (base64 and zlib are codecs, but of bytes to bytes) or one that is no
    charset (`errors.NOT_CHARSETS`)."""
    found = codecs.lookup(name).name
    if found in NOT_CHARSETS:
        raise LookupError(name)
    try:
        "x".encode(found)  # (not b"".decode: an empty input is decoded by no codec)
    except UnicodeError as exc:  # (undefined: a codec that encodes nothing)
        raise LookupError(name) from exc
    return found

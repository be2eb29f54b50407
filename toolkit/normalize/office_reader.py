"""A Word (.docx) or OpenDocument (.odt) press release read into the XHTML the page reader reads.

Both formats are ZIP archives of XML. Only the members that hold the text are read, by
name, into memory (nothing is extracted, no name from the archive is used as a file
path), each parsed by `toolkit.xmlsafe` (no DTD, no entities, no network; a DOCTYPE is
refused). The archive is checked first: too many members, a member or the whole
larger than a press release can be, or a member compressed far better than text ever
is, is refused as a ZIP bomb in one line.

The document becomes an XHTML tree built with lxml, so that the page reader's rules for
the title, date line, publisher, embargo and body, and the value recognition, apply
unchanged:

- Word's Title style (else the first Heading 1, else a leading paragraph set larger or
  in bold) is the `h1`; Heading N is `h(N+1)`; Subtitle an `h2` of class "subtitle"
  right under it (the page reader's standfirst); Quote a `blockquote`; Caption a block
  of class "caption" (a photo's caption).
- Numbered or bulleted paragraphs (Word's `numPr`, ODF's `text:list`) are `ul`/`ol`
  items, flattened to one level (the vocabulary has flat lists).
- Bold and italic runs are `strong`/`em`; links (a relationship's external target, a
  HYPERLINK field, ODF's `text:a`) are `a href` as a page's are read (`_link`): http,
  https, mailto, tel or relative; a `www.` address without a scheme on https; a link to
  a place in the document itself `#bookmark`, which the page reader drops and reports
  as it does a page's link to a place in it.
- Tables are `table` rows; a cell of several paragraphs makes it a layout table.
- What is no text of the release is dropped: deleted and moved-away revisions, hidden
  text, comments, footnotes and endnotes (the vocabulary has no notes: the report counts
  them), field instructions (a field's shown result is kept), text boxes, page breaks.
  An image's description (its alt text) is a photo's `alt`.
- The first page's header (the letterhead) is read as lines above the title, where a
  page prints its labels and the organisation's name; its footer as the page's footer
  (a copyright line names the publisher). Word's Company property (the organisation the
  copy of Office is registered to) names the publisher only when nothing else does.

The language is the one most of the text is marked with; a document's own dates (its
core properties) are the file's, never the release's: only its title is read, and only
as the page's `<title>`, asked when no paragraph is the title.
"""

from __future__ import annotations

import contextlib
import io
import posixpath
import re
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from toolkit.errors import InputError
from toolkit.normalize.embargo import EMBARGO_LINE
from toolkit.normalize.html_reader import publishable_link, read_html
from toolkit.normalize.locale_patterns import known
from toolkit.normalize.report import Report
from toolkit.normalize.structure import (
    Draft,
    is_navigation,
    language_candidates,
    read_dateline,
)
from toolkit.normalize.values import holds_any
from toolkit.xmlsafe import MAX_BYTES, parse_xml

OFFICE_KINDS = ("docx", "odt")
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
# A press release is a few dozen members (a document with photos a few hundred) and a
# few megabytes; XML compresses some 5 to 20 times. Past these it is no document.
MAX_ENTRIES = 2000
MAX_MEMBER = MAX_BYTES  # a member read is parsed by xmlsafe, which refuses more anyway
MAX_TOTAL = 256 * 1024 * 1024
MAX_RATIO = 100
RATIO_FROM = 1024 * 1024  # a small member may compress better (a run of spaces)

XHTML = "http://www.w3.org/1999/xhtml"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_DOC_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}
# What other ZIPs are, by their main part's content type or ODF mimetype.
_OTHER_OOXML = (("spreadsheetml", "an Excel workbook (.xlsx)"),
                ("presentationml", "a PowerPoint presentation (.pptx)"))
_ODF_TEXT = ("application/vnd.oasis.opendocument.text",
             "application/vnd.oasis.opendocument.text-template")
_OTHER_ODF = (("spreadsheet", "an OpenDocument spreadsheet (.ods)"),
              ("presentation", "an OpenDocument presentation (.odp)"),
              ("graphics", "an OpenDocument drawing (.odg)"),
              ("text-master", "an OpenDocument master document (.odm)"))
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_HYPERLINK_FIELD = re.compile(r'^\s*HYPERLINK\s+(.*)$', re.IGNORECASE | re.DOTALL)
_FIELD_ARGUMENT = re.compile(r'"([^"]*)"|(\S+)')  # a quoted argument or a bare one
_CJK = (("\u3040", "\u30ff"), ("\u3400", "\u9fff"), ("\uac00", "\ud7af"))  # holds_any
_HEADING_NAME = re.compile(r"^heading (\d)$")
_TOGGLE_OFF = ("0", "false", "off", "none")
# A leading paragraph taken as the title when no style names one: at most this many words.
TITLE_WORDS = 30
TITLE_SEARCH = 8  # ... among this many first paragraphs


# ------------------------------------------------------------------ the archive
class _Archive:
    """The ZIP, checked against the caps; its members read by name into memory."""

    def __init__(self, data: bytes, path: str | Path) -> None:
        self.path = path
        if data.startswith(b"PK\x05\x06"):
            raise InputError(path, "an empty ZIP archive, not a .docx or .odt document")
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, OSError, ValueError, EOFError,
                NotImplementedError) as exc:
            raise InputError(path, f"a ZIP archive that cannot be read ({exc}); a .docx or "
                             ".odt must be saved again") from None
        infos = self.zip.infolist()
        if len(infos) > MAX_ENTRIES:
            raise InputError(path, f"a ZIP archive of {len(infos)} members (at most "
                             f"{MAX_ENTRIES}): refused as a ZIP bomb, not a document")
        total = 0
        for info in infos:
            total += info.file_size
            if total > MAX_TOTAL:
                raise InputError(path, f"a ZIP archive that unpacks to more than "
                                 f"{MAX_TOTAL // (1024 * 1024)} MiB: refused as a ZIP bomb")
            if info.file_size > RATIO_FROM and info.file_size > MAX_RATIO * max(
                    info.compress_size, 1):
                raise InputError(path, f"ZIP member {info.filename!r} is compressed "
                                 f"{info.file_size // max(info.compress_size, 1)} times "
                                 f"(at most {MAX_RATIO}): refused as a ZIP bomb")
        self.names = {info.filename for info in infos}
        if len(self.names) != len(infos):
            # Two members of one name: which one an office program shows is its own
            # choice (zipfile reads the last), so the text read might not be the one seen.
            names = [info.filename for info in infos]
            twice = next(name for n, name in enumerate(names) if name in names[:n])
            raise InputError(path, f"a ZIP archive with two members named {twice!r}: "
                             "damaged or made to mislead; save the document again")

    def read(self, name: str) -> bytes | None:
        """A member's bytes (None if absent), never more than MAX_MEMBER decompressed."""
        if name not in self.names:
            return None
        info = self.zip.getinfo(name)
        if info.flag_bits & 0x1:
            raise InputError(self.path, f"ZIP member {name!r} is encrypted: save the document "
                             "without a password")
        if info.file_size > MAX_MEMBER:
            raise InputError(self.path, f"ZIP member {name!r} unpacks to more than "
                             f"{MAX_MEMBER // (1024 * 1024)} MiB: refused")
        try:
            with self.zip.open(info) as member:
                # The header's size may lie: the read itself is bounded.
                data = member.read(MAX_MEMBER + 1)
        except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError,
                NotImplementedError) as exc:
            raise InputError(self.path, f"ZIP member {name!r} cannot be read ({exc})") from None
        if len(data) > MAX_MEMBER:
            raise InputError(self.path, f"ZIP member {name!r} unpacks to more than "
                             f"{MAX_MEMBER // (1024 * 1024)} MiB: refused as a ZIP bomb")
        return data

    def xml(self, name: str) -> etree._Element | None:
        """A member parsed as untrusted XML; errors name the member, line and column."""
        data = self.read(name)
        if data is None:
            return None
        found = _DOCTYPE.search(data)
        if found:
            line = data.count(b"\n", 0, found.start()) + 1
            raise InputError(self.path, f"{name}:{line}: a DOCTYPE in an office document's "
                             "XML is refused as unsafe")
        try:
            return parse_xml(data, name).getroot()
        except InputError as exc:
            where = f"{name}:{exc.line}:{exc.column}" if exc.column else \
                f"{name}:{exc.line}" if exc.line else name
            raise InputError(self.path, f"{where}: {exc.message}") from None


def office_kind(data: bytes, path: str | Path) -> str:
    """"docx" or "odt" for a ZIP that is one; `InputError` naming what any other ZIP is."""
    archive = _Archive(data, path)
    return _Kind(archive).kind


class _Kind:
    def __init__(self, archive: _Archive) -> None:
        self.main = ""
        mimetype = archive.read("mimetype")
        if mimetype is not None:
            kind = mimetype.decode("ascii", "replace").strip()
            if kind in _ODF_TEXT:
                self.kind = "odt"
                return
            for word, what in _OTHER_ODF:
                if kind.startswith(f"application/vnd.oasis.opendocument.{word}"):
                    raise InputError(archive.path, f"{what}, not a text document: save the "
                                     "release as .odt or .docx")
            if kind == "application/epub+zip":
                raise InputError(archive.path, "an EPUB book, not a .docx or .odt document")
        types = archive.xml("[Content_Types].xml")
        if types is not None:
            for override in types.iter(f"{_CT}Override"):
                content_type = override.get("ContentType", "")
                if content_type in _DOC_TYPES:
                    self.kind = "docx"
                    self.main = override.get("PartName", "").lstrip("/")
                    return
            for override in types.iter(f"{_CT}Override"):
                content_type = override.get("ContentType", "")
                for word, what in _OTHER_OOXML:
                    if f".{word}." in content_type and content_type.endswith("main+xml"):
                        raise InputError(archive.path, f"{what}, not a Word document: save "
                                         "the release as .docx or .odt")
        raise InputError(archive.path, "a ZIP archive that is neither a Word (.docx) nor an "
                         "OpenDocument text (.odt) document")


# ------------------------------------------------------------------ the document's parts
@dataclass(frozen=True)
class Piece:
    """A stretch of text with its formatting; `text` None is a line break, `alt` an image."""

    text: str | None
    bold: bool = False
    italic: bool = False
    href: str | None = None
    alt: str | None = None


@dataclass
class Para:
    kind: str  # "p", "title", "subtitle", "heading", "quote", "caption"
    pieces: list[Piece]
    line: int
    level: int = 0  # a heading's
    list_key: object = None  # paragraphs of one list share it
    ordered: bool = False
    size: float = 0.0  # the largest font size of its text, 0 unknown

    @property
    def text(self) -> str:
        return " ".join("".join(p.text or " " for p in self.pieces).split())

    def all_bold(self) -> bool:
        shown = [p for p in self.pieces if p.text and p.text.strip()]
        return bool(shown) and all(p.bold for p in shown)


@dataclass
class Table:
    rows: list[list[list[Block]]]
    line: int


Block = Para | Table


@dataclass
class Document:
    blocks: list[Block] = field(default_factory=list)
    header: list[Block] = field(default_factory=list)  # the first page's
    footer: list[Block] = field(default_factory=list)
    title: str | None = None  # the file's own title property
    company: str | None = None  # Word's Company property
    langs: Counter[str] = field(default_factory=Counter)  # characters per language
    dropped: Counter[str] = field(default_factory=Counter)


def _link(target: str | None, fragment: str = "") -> str | None:
    """A document's link as the page's `a href` the page reader reads as a page's
    (`publishable_link`): the address it keeps, or one it drops and reports (the link's
    text stays without it); None for no address.

    `fragment` (Word's w:anchor, a HYPERLINK field's \\l) is a place in the target, or
    with no target a place in the document itself (a bookmark, a heading): `#name`,
    which the page reader drops and reports where the release keeps the link's text,
    as it does a page's `#name` (a release has no anchors). An address without a
    scheme is relative, kept as written as a page's relative link is (relative to where
    the release is published), except a `www.` one, which is how Word keeps an address
    typed without its scheme: https, as a page's `//host` is. A Windows share
    (`\\\\server\\...`) and `file:` are no web page's: the share is passed on as its
    `file://server/...` address (as written, the page reader would take it for a
    browser's //server)."""
    target = (target or "").strip()
    fragment = fragment.strip()
    if fragment and "#" not in target:
        target = f"{target}#{fragment}"
    if target[:1] == "\\":
        return "file:" + target.replace("\\", "/")
    if target[:4].lower() == "www.":
        target = "https://" + target
    return publishable_link(target) or target or None


def _odf_href(href: str | None) -> str:
    """An ODF link's address as a page's: ODF resolves a relative address as if the
    document were a folder of its name (OpenDocument 1.2 part 3, 3.7), so LibreOffice
    writes `../press/2024.html` for press/2024.html beside the document, and one
    without a leading `../` is inside the package (a picture, an embedded object). A
    `www.` address is a web address typed without its scheme (`_link`)."""
    href = (href or "").strip()
    if not href or href[0] in "#/\\" or _SCHEME.match(href) or href[:4].lower() == "www.":
        return href
    return href[3:] if href.startswith("../") else ""


def _text(element: etree._Element | None) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


# ------------------------------------------------------------------ Word
_W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = {_W: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      _W_STRICT: "http://purl.oclc.org/ooxml/officeDocument/relationships"}
_WP_DOCPR = ("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr",
             "{http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing}docPr")
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
_DC_LANGUAGE = "{http://purl.org/dc/elements/1.1/}language"


@dataclass
class _Style:
    """A Word or ODF style: `parent` is Word's basedOn, ODF's parent-style-name."""

    name: str = ""
    parent: str | None = None
    props: dict[str, object] = field(default_factory=dict)
    automatic: bool = False  # ODF's automatic style: the writer's own formatting


def _chain(styles: dict[str, _Style], name: str | None) -> Iterator[_Style]:
    """A style, then the one it is based on, and so on; a cycle is cut."""
    for _ in range(32):
        style = styles.get(name or "")
        if style is None:
            return
        yield style
        name = style.parent


class _Field:
    def __init__(self) -> None:
        self.instruction = ""
        self.result = False  # after its "separate" mark: what it shows


class WordReader:
    def __init__(self, archive: _Archive, main: str) -> None:
        self.archive = archive
        self.main = main or "word/document.xml"
        self.doc = Document()
        self.line = 0
        self.fields: list[_Field] = []
        root = archive.xml(self.main)
        if root is None:
            raise InputError(archive.path, f"a Word document without its text ({self.main})")
        self.root = root
        self.w = etree.QName(root).namespace or _W
        self.r = _R.get(self.w, _R[_W])
        self.rels = self._relationships()
        self.styles: dict[str, _Style] = {}
        self.defaults: dict[str, object] = {}
        self.numbering: dict[str, bool] = {}  # numId -> ordered (its first level)
        self._read_styles()
        self._read_numbering()

    def q(self, name: str) -> str:
        return f"{{{self.w}}}{name}"

    def _part(self, target: str) -> str:
        return posixpath.normpath(posixpath.join(posixpath.dirname(self.main), target)) \
            if not target.startswith("/") else target.lstrip("/")

    def _relationships(self) -> dict[str, tuple[str, str, bool]]:
        folder, name = posixpath.split(self.main)
        root = self.archive.xml(posixpath.join(folder, "_rels", f"{name}.rels"))
        found: dict[str, tuple[str, str, bool]] = {}
        if root is not None:
            for rel in root.iter(f"{_PKG_REL}Relationship"):
                found[rel.get("Id", "")] = (rel.get("Type", "").rsplit("/", 1)[-1],
                                            rel.get("Target", ""),
                                            rel.get("TargetMode") == "External")
        return found

    def _related(self, kind: str) -> str | None:
        for rel_type, target, external in sorted(self.rels.values()):
            if rel_type == kind and not external:
                return self._part(target)
        return None

    # -------------------------------------------------------------- styles
    def _props(self, rpr: etree._Element | None, ppr: etree._Element | None) -> dict[str, object]:
        props: dict[str, object] = {}
        q = self.q
        if rpr is not None:
            for key in ("b", "i", "vanish"):
                toggle = rpr.find(q(key))
                if toggle is not None:
                    props[key] = toggle.get(q("val"), "true").lower() not in _TOGGLE_OFF
            size = rpr.find(q("sz"))
            if size is not None and (size.get(q("val")) or "").isdigit():
                props["sz"] = int(size.get(q("val"), "0")) / 2
            lang = rpr.find(q("lang"))
            if lang is not None:
                props["lang"] = lang.get(q("val"))
                props["lang_ea"] = lang.get(q("eastAsia"))
        if ppr is not None:
            outline = ppr.find(q("outlineLvl"))
            if outline is not None and (outline.get(q("val")) or "").isdigit():
                props["outline"] = int(outline.get(q("val"), "9"))
            num = ppr.find(q("numPr"))
            if num is not None:
                num_id = num.find(q("numId"))
                if num_id is not None:
                    props["num"] = num_id.get(q("val"))
        return props

    def _read_styles(self) -> None:
        name = self._related("styles")
        root = self.archive.xml(name) if name else None
        if root is None:
            return
        q = self.q
        defaults = root.find(q("docDefaults"))
        if defaults is not None:
            self.defaults = self._props(defaults.find(f"{q('rPrDefault')}/{q('rPr')}"),
                                        defaults.find(f"{q('pPrDefault')}/{q('pPr')}"))
        for style in root.iter(q("style")):
            style_id = style.get(q("styleId"))
            if not style_id:
                continue
            named = style.find(q("name"))
            based = style.find(q("basedOn"))
            self.styles[style_id] = _Style(
                (named.get(q("val"), "") if named is not None else "").lower(),
                based.get(q("val")) if based is not None else None,
                self._props(style.find(q("rPr")), style.find(q("pPr"))))

    def _style(self, style_id: str | None, key: str) -> object:
        """A property along a style's basedOn chain (None if no style sets it)."""
        return next((s.props[key] for s in _chain(self.styles, style_id) if key in s.props),
                    None)

    def _read_numbering(self) -> None:
        name = self._related("numbering")
        root = self.archive.xml(name) if name else None
        if root is None:
            return
        q = self.q
        abstract: dict[str, bool] = {}
        for item in root.iter(q("abstractNum")):
            level = item.find(q("lvl"))
            fmt = level.find(q("numFmt")) if level is not None else None
            value = fmt.get(q("val"), "decimal") if fmt is not None else "decimal"
            abstract[item.get(q("abstractNumId"), "")] = value not in ("bullet", "none")
        for num in root.iter(q("num")):
            ref = num.find(q("abstractNumId"))
            if ref is not None:
                self.numbering[num.get(q("numId"), "")] = abstract.get(ref.get(q("val"), ""),
                                                                       False)

    # -------------------------------------------------------------- the body
    def read(self) -> Document:
        body = self.root.find(self.q("body"))
        if body is not None:
            self._blocks(body, self.doc.blocks)
        core = self.archive.xml("docProps/core.xml")
        if core is not None:
            self.doc.title = _text(core.find(_DC_TITLE)) or None
        app = self.archive.xml("docProps/app.xml")
        if app is not None:
            self.doc.company = _text(next((e for e in app.iter() if isinstance(e.tag, str)
                                           and etree.QName(e).localname == "Company"),
                                          None)) or None
        section = next(self.root.iter(self.q("sectPr")), None)
        if section is not None:
            for kind, out in (("header", self.doc.header), ("footer", self.doc.footer)):
                self._margin(section, kind, out)
        return self.doc

    def _margin(self, section: etree._Element, kind: str, out: list[Block]) -> None:
        """The first page's header or footer: "first" when the section has a title page."""
        q = self.q
        refs = {ref.get(q("type"), "default"): ref.get(f"{{{self.r}}}id", "")
                for ref in section.iter(q(f"{kind}Reference"))}
        title_page = section.find(q("titlePg"))
        first = title_page is not None and title_page.get(q("val"), "true") not in _TOGGLE_OFF
        rel = self.rels.get(refs.get("first" if first and "first" in refs else "default", ""))
        if rel is None or rel[2] or rel[0] != kind:
            return
        root = self.archive.xml(self._part(rel[1]))
        if root is not None:
            saved, self.fields = self.fields, []
            self._blocks(root, out)
            self.fields = saved

    def _blocks(self, container: etree._Element, out: list[Block]) -> None:
        q = self.q
        for child in container:
            tag = child.tag
            if tag == q("p"):
                out.append(self._paragraph(child))
            elif tag == q("tbl"):
                self._table(child, out)
            elif tag == q("sdt"):
                gallery = child.find(f"{q('sdtPr')}/{q('docPartObj')}/{q('docPartGallery')}")
                if gallery is not None and "contents" in gallery.get(q("val"), "").lower():
                    self.doc.dropped["table of contents"] += 1
                    continue
                content = child.find(q("sdtContent"))
                if content is not None:
                    self._blocks(content, out)
            elif tag in (q("customXml"), q("ins"), q("moveTo")):
                self._blocks(child, out)

    def _table(self, table: etree._Element, out: list[Block]) -> None:
        q = self.q
        rows: list[list[list[Block]]] = []
        line = self.line + 1  # its first paragraph's
        for row in table.iter(q("tr")):
            if next(row.iterancestors(q("tbl"))) is not table:
                continue  # a nested table's row: read in its cell
            if row.find(f"{q('trPr')}/{q('del')}") is not None:
                continue  # a deleted row
            cells: list[list[Block]] = []
            for cell in row.iter(q("tc")):
                if next(cell.iterancestors(q("tr"))) is not row:
                    continue  # a nested table's cell: read with its own row
                found: list[Block] = []
                self._blocks(cell, found)
                cells.append(found)
            rows.append(cells)
        if rows:
            out.append(Table(rows, line))

    def _paragraph(self, p: etree._Element) -> Para:
        q = self.q
        self.line += 1
        ppr = p.find(q("pPr"))
        style_id = None
        direct: dict[str, object] = {}
        if ppr is not None:
            pstyle = ppr.find(q("pStyle"))
            style_id = pstyle.get(q("val")) if pstyle is not None else None
            direct = self._props(None, ppr)
        pieces: list[Piece] = []
        sizes: list[float] = []
        self._inline(p, pieces, sizes, style_id, None)
        names = [s.name for s in _chain(self.styles, style_id)]
        para = Para("p", pieces, self.line, size=max(sizes, default=0.0))
        heading = next((int(m[1]) for n in names if (m := _HEADING_NAME.match(n))), None)
        outline = direct.get("outline", self._style(style_id, "outline"))
        if names[:1] == ["title"] or ("title" in names and heading is None):
            para.kind = "title"
        elif "subtitle" in names:
            para.kind = "subtitle"
        elif heading is not None or (isinstance(outline, int) and outline < 9):
            para.kind = "heading"
            para.level = heading if heading is not None else int(str(outline)) + 1
        elif any(n in ("quote", "intense quote") for n in names):
            para.kind = "quote"
        elif "caption" in names:
            para.kind = "caption"
        num = direct.get("num", self._style(style_id, "num"))
        if para.kind == "p" and isinstance(num, str) and num not in ("", "0"):
            para.list_key = ("w", num)
            para.ordered = self.numbering.get(num, False)
        return para

    def _inline(self, element: etree._Element, pieces: list[Piece], sizes: list[float],
                style_id: str | None, href: str | None) -> None:
        q = self.q
        for child in element:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == q("r"):
                self._run(child, pieces, sizes, style_id, href)
            elif tag == q("hyperlink"):
                rel = self.rels.get(child.get(f"{{{self.r}}}id", ""))
                # w:anchor is a place in the external target, or alone a bookmark; a
                # relationship to a part of the package is no address.
                target = None if rel is not None and not rel[2] else _link(
                    rel[1] if rel else None, child.get(q("anchor")) or "")
                self._inline(child, pieces, sizes, style_id, target or href)
            elif tag == q("fldSimple"):
                found = _HYPERLINK_FIELD.match(child.get(q("instr"), ""))
                self._inline(child, pieces, sizes, style_id,
                             _field_link(found[1]) if found else href)
            elif tag == q("sdt"):
                content = child.find(q("sdtContent"))
                if content is not None:
                    self._inline(content, pieces, sizes, style_id, href)
            elif tag in (q("ins"), q("moveTo"), q("smartTag"), q("customXml"), q("dir"),
                         q("bdo")):
                self._inline(child, pieces, sizes, style_id, href)
            elif tag in (q("del"), q("moveFrom")):
                self.doc.dropped["deleted revision"] += 1
            # pPr, proofErr, bookmarks, comment ranges, permissions, math: no text

    def _run(self, run: etree._Element, pieces: list[Piece], sizes: list[float],
             style_id: str | None, href: str | None) -> None:
        q = self.q
        rpr = run.find(q("rPr"))
        own = self._props(rpr, None)
        rstyle = rpr.find(q("rStyle")) if rpr is not None else None
        char_style = rstyle.get(q("val")) if rstyle is not None else None

        def prop(key: str, paragraph: bool = True) -> object:
            if key in own:
                return own[key]
            value = self._style(char_style, key)
            if value is None and paragraph:
                value = self._style(style_id, key)
            return self.defaults.get(key) if value is None else value

        hidden = bool(prop("vanish"))
        # Bold and italic as the writer set them on the text: a heading style's bold is
        # the heading's look, not emphasis of its words.
        bold = bool(prop("b", paragraph=False))
        italic = bool(prop("i", paragraph=False))
        for child in run:
            tag = child.tag
            text: str | None = ""
            if tag == q("fldChar"):
                kind = child.get(q("fldCharType"))
                if kind == "begin":
                    self.fields.append(_Field())
                elif kind == "separate" and self.fields:
                    self.fields[-1].result = True
                elif kind == "end" and self.fields:
                    self.fields.pop()
                continue
            if tag == q("instrText"):
                if self.fields and not self.fields[-1].result:
                    self.fields[-1].instruction += child.text or ""
                continue
            if any(not f.result for f in self.fields):
                continue  # inside a field's instruction: never shown
            if tag == q("t"):
                text = child.text or ""
            elif tag in (q("tab"), q("ptab")):
                text = "\t"
            elif tag == q("br"):
                if child.get(q("type")) in ("page", "column"):
                    continue
                text = None
            elif tag == q("cr"):
                text = None
            elif tag == q("noBreakHyphen"):
                text = "-"  # the hyphen the writer typed; only its line breaking differs
            elif tag in (q("footnoteReference"), q("endnoteReference")):
                self.doc.dropped["footnote"] += 1
                continue
            elif tag == q("ruby"):
                # Furigana over a word: the word is the text (its runs are in rubyBase),
                # the reading above it is not, as ODF's text:ruby-text is not.
                base = child.find(q("rubyBase"))
                if base is not None:
                    self._inline(base, pieces, sizes, style_id, href)
                continue
            elif tag in (q("drawing"), q("pict"), f"{_MC}AlternateContent"):
                docpr = next(child.iter(*_WP_DOCPR), None)
                alt = " ".join((docpr.get("descr") or docpr.get("title") or "").split()) \
                    if docpr is not None else ""
                if alt and not hidden:
                    pieces.append(Piece("", href=href, alt=alt))
                continue
            else:
                continue  # rPr, softHyphen, delText, sym, comment and page marks
            if hidden:
                if text:
                    self.doc.dropped["hidden text"] += 1
                continue
            link = href
            for open_field in self.fields:
                found = _HYPERLINK_FIELD.match(open_field.instruction)
                if found:
                    link = _field_link(found[1]) or link
            if text:
                size = prop("sz")
                if isinstance(size, float):
                    sizes.append(size)
                lang = prop("lang_ea" if holds_any(text, _CJK) else "lang")
                if isinstance(lang, str) and lang:
                    self.doc.langs[lang] += len(text.strip())
            pieces.append(Piece(text, bold, italic, link))


def _field_link(arguments: str) -> str | None:
    """The address of a HYPERLINK field's arguments: its target, with the place in it its
    \\l switch names (without a target, a bookmark of the document)."""
    target = ""
    fragment = ""
    tokens = iter(_FIELD_ARGUMENT.finditer(arguments))
    for token in tokens:
        value = token[1] if token[1] is not None else token[2]
        switch = value.lower() if token[1] is None else ""
        if switch in ("\\l", "\\o", "\\t"):  # a switch with a value: the place, the
            following = next(tokens, None)  # screen tip, the window
            if following is not None and switch == "\\l":
                fragment = following[1] if following[1] is not None else following[2]
        elif switch[:1] == "\\":
            continue  # \\m, \\n: no value
        elif not target:
            target = value
    return _link(target, fragment)


# ------------------------------------------------------------------ OpenDocument
_O = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
    "loext": "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0",
}


def _o(qualified: str) -> str:
    prefix, name = qualified.split(":")
    return f"{{{_O[prefix]}}}{name}"


_TEXT = f"{{{_O['text']}}}"
_SKIPPED_ODF = frozenset(_o(n) for n in (
    "text:note", "office:annotation", "office:annotation-end", "text:change",
    "text:change-start", "text:change-end", "text:hidden-text", "text:soft-page-break",
    "text:bookmark", "text:bookmark-start", "text:bookmark-end", "text:reference-mark",
    "text:reference-mark-start", "text:reference-mark-end", "text:sequence-decls",
    "text:variable-decls", "text:user-field-decls", "text:tracked-changes",
    "text:table-of-content", "text:alphabetical-index", "text:illustration-index",
    "text:bibliography", "office:forms", "text:ruby-text"))


class OdfReader:
    def __init__(self, archive: _Archive) -> None:
        self.archive = archive
        self.doc = Document()
        self.line = 0
        self.lists = 0
        manifest = archive.xml("META-INF/manifest.xml")
        if manifest is not None and next(manifest.iter(_o("manifest:encryption-data")),
                                         None) is not None:
            raise InputError(archive.path, "a password-protected OpenDocument file: save it "
                             "without a password")
        content = archive.xml("content.xml")
        if content is None:
            raise InputError(archive.path, "an OpenDocument file without its text (content.xml)")
        self.content = content
        self.styles: dict[str, _Style] = {}
        self.list_styles: dict[str, bool] = {}  # name -> ordered
        self.default_lang: str | None = None
        styles = self.styles_root = archive.xml("styles.xml")
        for root, automatic in ((styles, False), (content, True)):
            if root is not None:
                self._read_styles(root, automatic)

    def _read_styles(self, root: etree._Element, automatic_part: bool) -> None:
        for holder in root:
            automatic = automatic_part or etree.QName(holder).localname == "automatic-styles"
            for style in holder:
                tag = style.tag
                if tag == _o("style:style"):
                    name = style.get(_o("style:name"), "")
                    shown = style.get(_o("style:display-name")) or name.replace("_20_", " ")
                    props: dict[str, object] = {}
                    text = style.find(_o("style:text-properties"))
                    if text is not None:
                        weight = text.get(_o("fo:font-weight"))
                        if weight:
                            props["b"] = weight == "bold" or (
                                weight.isdigit() and int(weight) >= 600)
                        posture = text.get(_o("fo:font-style"))
                        if posture:
                            props["i"] = posture in ("italic", "oblique")
                        if text.get(_o("text:display")) == "none":
                            props["hidden"] = True
                        size = text.get(_o("fo:font-size"), "")
                        if size.endswith("pt"):
                            with contextlib.suppress(ValueError):
                                props["sz"] = float(size[:-2])
                    if style.get(_o("style:list-style-name")):
                        props["list"] = style.get(_o("style:list-style-name"))
                    if style.get(_o("style:default-outline-level"), "").isdigit():
                        props["outline"] = int(style.get(_o("style:default-outline-level"), "0"))
                    self.styles[name] = _Style(shown.lower(), style.get(
                        _o("style:parent-style-name")), props, automatic)
                elif tag == _o("text:list-style"):
                    first = next((c for c in style if isinstance(c.tag, str)), None)
                    self.list_styles[style.get(_o("style:name"), "")] = first is not None and \
                        first.tag == _o("text:list-level-style-number") and bool(
                            first.get(_o("style:num-format")))
                elif tag == _o("style:default-style") and \
                        style.get(_o("style:family")) == "paragraph":
                    text = style.find(_o("style:text-properties"))
                    if text is not None and text.get(_o("fo:language")) not in (None, "zxx"):
                        country = text.get(_o("fo:country"))
                        self.default_lang = text.get(_o("fo:language"), "") + (
                            f"-{country}" if country and country != "none" else "")

    def _style(self, name: str | None, key: str, automatic_only: bool = False) -> object:
        for style in _chain(self.styles, name):
            if automatic_only and not style.automatic:
                return None
            if key in style.props:
                return style.props[key]
        return None

    def read(self) -> Document:
        body = self.content.find(f"{_o('office:body')}/{_o('office:text')}")
        if body is not None:
            self._blocks(body, self.doc.blocks, None)
        meta = self.archive.xml("meta.xml")
        lang = None
        if meta is not None:
            self.doc.title = _text(next(meta.iter(_DC_TITLE), None)) or None
            lang = _text(next(meta.iter(_DC_LANGUAGE), None)) or None
        lang = lang or self.default_lang
        page = next(self.styles_root.iter(_o("style:master-page")), None) \
            if self.styles_root is not None else None
        if page is not None:
            for kinds, out in ((("style:header-first", "loext:header-first", "style:header"),
                                self.doc.header),
                               (("style:footer-first", "loext:footer-first", "style:footer"),
                                self.doc.footer)):
                found = next((e for kind in kinds if (e := page.find(_o(kind))) is not None
                              and e.get(_o("style:display")) != "false"), None)
                if found is not None:
                    self._blocks(found, out, None)
        if lang:
            words = sum(len(p.text) for p in _paragraphs(self.doc.blocks))
            self.doc.langs[lang] += max(words, 1)
        return self.doc

    def _blocks(self, container: etree._Element, out: list[Block],
                in_list: tuple[object, bool] | None) -> None:
        for child in container:
            tag = child.tag
            if tag in (_o("text:p"), _o("text:h")):
                para = self._paragraph(child)
                if para is not None:
                    if in_list is not None and para.kind == "p":
                        para.list_key, para.ordered = in_list
                    out.append(para)
            elif tag == _o("text:list"):
                if in_list is None:
                    self.lists += 1
                    style = child.get(_o("text:style-name"))
                    in_list_here: tuple[object, bool] = (
                        ("odf", self.lists), self.list_styles.get(style or "", False))
                else:
                    in_list_here = in_list
                for item in child:
                    if item.tag in (_o("text:list-item"), _o("text:list-header")):
                        self._blocks(item, out, in_list_here)
            elif tag == _o("table:table"):
                self._table(child, out)
            elif tag in (_o("text:section"), _o("text:numbered-paragraph"),
                         _o("table:table-header-rows"), _o("table:table-rows")):
                self._blocks(child, out, in_list)
            elif tag == _o("text:table-of-content"):
                self.doc.dropped["table of contents"] += 1

    def _table(self, table: etree._Element, out: list[Block]) -> None:
        rows: list[list[list[Block]]] = []
        line = self.line + 1
        for row in table.iter(_o("table:table-row")):
            if next(row.iterancestors(_o("table:table"))) is not table:
                continue
            cells: list[list[Block]] = []
            for cell in row:
                if cell.tag == _o("table:table-cell"):
                    found: list[Block] = []
                    self._blocks(cell, found, None)
                    cells.append(found)
            rows.append(cells)
        if rows:
            out.append(Table(rows, line))

    def _paragraph(self, p: etree._Element) -> Para | None:
        self.line += 1
        style = p.get(_o("text:style-name"))
        if any(h.get(_o("text:is-hidden")) == "true" for h in p.iter(_o("text:hidden-paragraph"))):
            self.doc.dropped["hidden text"] += 1
            return None
        pieces: list[Piece] = []
        sizes: list[float] = []
        bold = bool(self._style(style, "b", automatic_only=True))
        italic = bool(self._style(style, "i", automatic_only=True))
        hidden = bool(self._style(style, "hidden"))
        self._inline(p, pieces, sizes, bold, italic, hidden, None)
        size = self._style(style, "sz")
        if isinstance(size, float):
            sizes.append(size)
        para = Para("p", pieces, self.line, size=max(sizes, default=0.0))
        names = [s.name for s in _chain(self.styles, style)]
        heading = next((int(m[1]) for n in names if (m := _HEADING_NAME.match(n))), None)
        outline = p.get(_o("text:outline-level"))
        if "title" in names:
            para.kind = "title"
        elif "subtitle" in names:
            para.kind = "subtitle"
        elif p.tag == _o("text:h") or heading is not None:
            para.kind = "heading"
            para.level = int(outline) if outline and outline.isdigit() else heading or 1
        elif any(n in ("quotations", "quote") for n in names):
            para.kind = "quote"
        elif any(n.startswith(("caption", "illustration", "figure")) for n in names):
            para.kind = "caption"
        return para

    def _inline(self, element: etree._Element, pieces: list[Piece], sizes: list[float],
                bold: bool, italic: bool, hidden: bool, href: str | None) -> None:
        def add(text: str | None) -> None:
            if hidden:
                if text:
                    self.doc.dropped["hidden text"] += 1
            elif text is None or text:
                pieces.append(Piece(text, bold, italic, href))

        if element.text:
            add(element.text)
        for child in element:
            tag = child.tag
            if not isinstance(tag, str):
                pass
            elif tag in _SKIPPED_ODF:
                if tag == _o("text:note"):
                    self.doc.dropped["footnote"] += 1
            elif tag == _o("text:span"):
                style = child.get(_o("text:style-name"))
                b, i, h = (self._style(style, k) for k in ("b", "i", "hidden"))
                size = self._style(style, "sz")
                if isinstance(size, float) and _text(child):
                    sizes.append(size)
                self._inline(child, pieces, sizes, bold if b is None else bool(b),
                             italic if i is None else bool(i), hidden or bool(h), href)
            elif tag == _o("text:a"):
                target = _link(_odf_href(child.get(_o("xlink:href"))))
                self._inline(child, pieces, sizes, bold, italic, hidden, target or href)
            elif tag == _o("text:s"):
                count = child.get(_o("text:c"), "1")
                add(" " * min(int(count) if count.isdigit() else 1, 100))
            elif tag == _o("text:tab"):
                add("\t")
            elif tag == _o("text:line-break"):
                add(None)
            elif tag == _o("draw:a"):
                self._inline(child, pieces, sizes, bold, italic, hidden, href)
            elif tag == _o("draw:frame"):
                alt = _text(child.find(_o("svg:desc"))) or _text(child.find(_o("svg:title")))
                if alt and not hidden and child.find(_o("draw:image")) is not None:
                    pieces.append(Piece("", href=href, alt=alt))
            elif tag.startswith(_TEXT):
                # Fields (a date, a page number, a cross-reference) show their text; a
                # ruby's base, a meta's content likewise.
                self._inline(child, pieces, sizes, bold, italic, hidden, href)
            if isinstance(tag, str) and child.tail:
                add(child.tail)


def _paragraphs(blocks: list[Block]) -> Iterator[Para]:
    for block in blocks:
        if isinstance(block, Para):
            yield block
        else:
            for row in block.rows:
                for cell in row:
                    yield from _paragraphs(cell)


# ------------------------------------------------------------------ the XHTML page
class _Page:
    def __init__(self, doc: Document, report: Report) -> None:
        self.doc = doc
        self.report = report
        self.html = etree.Element(f"{{{XHTML}}}html", nsmap={None: XHTML})
        head = self._sub(self.html, "head")
        if doc.title:
            self._sub(head, "title").text = doc.title
        self.body = self._sub(self.html, "body")
        self.subtitle: Para | None = None

    @staticmethod
    def _sub(parent: etree._Element, tag: str, line: int = 0) -> etree._Element:
        element = etree.SubElement(parent, f"{{{XHTML}}}{tag}")
        if line:
            # The paragraph's number in the document stands for a line in the report.
            element.sourceline = line  # type: ignore[misc]
        return element

    def build(self) -> etree._Element:
        paragraphs = [b for b in self.doc.blocks if isinstance(b, Para) and b.text]
        title = self._title(paragraphs)
        if title is not None:
            # The Subtitle style's paragraph goes right under the title, where the page
            # reader takes a heading for the subtitle, even if the date line came first.
            after = paragraphs[paragraphs.index(title) + 1:]
            self.subtitle = next((p for p in after if p.kind == "subtitle"), None)
        for block in _paragraphs(self.doc.header):
            if block.text:
                self._block(self.body, Para("p", block.pieces, 0), False)
        self._blocks(self.body, self.doc.blocks, title)
        if self.doc.footer:
            # Beside the body, not in it: the page reader reads its copyright line and
            # has no chrome to drop from the article.
            self._blocks(self._sub(self.html, "footer"), self.doc.footer, None)
        return self.html

    def _blocks(self, parent: etree._Element, blocks: list[Block], title: Para | None) -> None:
        current: etree._Element | None = None
        current_key: object = None
        for block in blocks:
            if isinstance(block, Table):
                current = None
                self._table(parent, block)
                continue
            if not block.text and not any(p.alt for p in block.pieces):
                continue
            if block.list_key is not None:
                if current is None or block.list_key != current_key:
                    current = self._sub(parent, "ol" if block.ordered else "ul", block.line)
                    current_key = block.list_key
                self._content(self._sub(current, "li", block.line), block.pieces)
                continue
            current = None
            if block is self.subtitle:
                continue
            self._block(parent, block, block is title)
            if block is title and self.subtitle is not None:
                self._block(parent, self.subtitle, False)

    def _title(self, paragraphs: list[Para]) -> Para | None:
        styled = next((p for p in paragraphs if p.kind == "title"), None)
        if styled is not None:
            self.report.guess("title", styled.text, "the paragraph in the document's Title "
                              "style", styled.line)
            return styled
        heading = next((p for p in paragraphs if p.kind == "heading" and p.level == 1), None)
        if heading is not None:
            self.report.guess("title", heading.text, "the document's first Heading 1 (no "
                              "paragraph is in the Title style)", heading.line)
            return heading
        leading = []
        for para in paragraphs[:TITLE_SEARCH]:
            if para.kind != "p" or para.list_key is not None:
                break
            words = len(para.text.split())
            if words > TITLE_WORDS:
                break
            if is_navigation(para.text) or EMBARGO_LINE.match(para.text) or read_dateline(
                    para.text, 0, language_candidates(para.text, None)) is not None:
                continue
            leading.append(para)
        sizes = [p.size for p in paragraphs if p.size]
        usual = sorted(sizes)[len(sizes) // 2] if sizes else 0.0
        larger = [p for p in leading if p.size > usual and len(p.text.split()) >= 2]
        if larger:
            chosen = max(larger, key=lambda p: p.size)  # the first of the largest
            self.report.guess("title", chosen.text, f"no Title or Heading 1 style: the leading "
                              f"paragraph in the largest type ({chosen.size:g} pt)",
                              chosen.line)
            return chosen
        bold = next((p for p in leading if p.all_bold() and len(p.text.split()) >= 3), None)
        if bold is not None:
            self.report.guess("title", bold.text, "no Title or Heading 1 style: the first "
                              "paragraph set in bold", bold.line)
        return bold

    def _block(self, parent: etree._Element, para: Para, is_title: bool) -> None:
        if is_title:
            element = self._sub(parent, "h1", para.line)
            pieces = [Piece(p.text, False, False, p.href, p.alt) for p in para.pieces]
        elif para.kind in ("title", "heading"):
            element = self._sub(parent, f"h{min(para.level + 1, 6) if para.level else 2}",
                                para.line)
            pieces = [Piece(p.text, False, p.italic, p.href, p.alt) for p in para.pieces]
        elif para.kind == "subtitle":
            element = self._sub(parent, "h2", para.line)
            element.set("class", "subtitle")
            pieces = [Piece(p.text, False, False, p.href, p.alt) for p in para.pieces]
        else:
            element = self._sub(parent, "blockquote" if para.kind == "quote" else "p",
                                para.line)
            if para.kind == "caption":
                element.set("class", "caption")
            pieces = para.pieces
        self._content(element, pieces)

    def _table(self, parent: etree._Element, table: Table) -> None:
        element = self._sub(parent, "table", table.line)
        for row in table.rows:
            tr = self._sub(element, "tr", table.line)
            for cell in row:
                td = self._sub(tr, "td", cell[0].line if cell else table.line)
                shown = [b for b in cell if isinstance(b, Table) or b.text
                         or any(x.alt for x in b.pieces)]
                if len(shown) == 1 and isinstance(shown[0], Para) \
                        and shown[0].list_key is None:
                    self._content(td, shown[0].pieces)
                else:
                    self._blocks(td, shown, None)

    def _content(self, element: etree._Element, pieces: list[Piece]) -> None:
        """Pieces as text, br, img, a, strong and em; neighbours alike are one node."""
        index = 0
        while index < len(pieces):
            href = pieces[index].href
            end = index
            while end < len(pieces) and pieces[end].href == href:
                end += 1
            target = element
            if href:
                target = self._sub(element, "a", element.sourceline or 0)
                target.set("href", href)
            self._formatted(target, pieces[index:end])
            index = end

    def _formatted(self, element: etree._Element, pieces: list[Piece]) -> None:
        index = 0
        while index < len(pieces):
            piece = pieces[index]
            if piece.alt is not None:
                self._sub(element, "img").set("alt", piece.alt)
                index += 1
                continue
            if piece.text is None:
                self._sub(element, "br")
                index += 1
                continue
            look = (piece.bold, piece.italic)
            text = []
            while index < len(pieces) and pieces[index].text is not None \
                    and pieces[index].alt is None \
                    and (pieces[index].bold, pieces[index].italic) == look:
                text.append(pieces[index].text or "")
                index += 1
            joined = "".join(text).replace("\t", " ")
            target = element
            if look[0]:
                target = self._sub(target, "strong")
            if look[1]:
                target = self._sub(target, "em")
            if target is element:
                _append(element, joined)
            else:
                target.text = joined


def _append(element: etree._Element, text: str) -> None:
    last = element[-1] if len(element) else None
    if last is None:
        element.text = (element.text or "") + text
    else:
        last.tail = (last.tail or "") + text


def _language(doc: Document, report: Report) -> str | None:
    if not doc.langs:
        return None
    lang, _ = max(sorted(doc.langs.items()), key=lambda item: item[1])
    if not known(lang):
        return None
    report.guess("lang", lang, "the language the document marks most of its text with "
                 "(Word's w:lang) or states (ODF's dc:language, else its default style's)")
    return lang


def office_page(data: bytes, path: str | Path, report: Report) -> tuple[etree._Element,
                                                                        Document]:
    """The document as an XHTML page for the page reader, and what was read of it."""
    archive = _Archive(data, path)
    kind = _Kind(archive)
    doc = WordReader(archive, kind.main).read() if kind.kind == "docx" \
        else OdfReader(archive).read()
    root = _Page(doc, report).build()
    if doc.dropped:
        summary = ", ".join(f"{name} ×{count}" if count > 1 else name
                            for name, count in sorted(doc.dropped.items()))
        report.guess("dropped", summary, "no text of the release: deleted revisions, hidden "
                     "text, footnotes and tables of contents are not read")
    return root, doc


def read_office(data: bytes, path: str | Path, report: Report, lang: str | None) -> Draft:
    """A .docx or .odt read into a draft by the page reader's rules (`lang` if stated)."""
    root, doc = office_page(data, path, report)
    draft = read_html(root, report, lang or _language(doc, report))
    if draft.publisher is None and doc.company:
        draft.publisher = doc.company
        report.guess("publisher", doc.company, "the document's Company property (whom the "
                     "copy of Word is registered to): nothing in the text names a publisher")
    return draft

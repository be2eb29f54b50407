"""Small .docx and .odt files built from hand-written XML, as Word 365 and LibreOffice 7 write
them: their namespaces, rsid attributes, styles.xml with localised style ids, relationships.

`docx(body)` and `odt(body)` return the archive's bytes; the members are written with a
fixed time stamp, so the same XML gives the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

W_NS = ("xmlns:wpc=\"http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas\" "
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
        "xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        "xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\" "
        "xmlns:v=\"urn:schemas-microsoft-com:vml\" "
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
        "xmlns:w10=\"urn:schemas-microsoft-com:office:word\" "
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" "
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\" "
        "mc:Ignorable=\"w14\"")
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

CONTENT_TYPES = DECL + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="png" ContentType="image/png"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.numbering+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
    'package.core-properties+xml"/>'
    '</Types>')
PACKAGE_RELS = DECL + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/extended-properties" Target="docProps/app.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
    'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/>'
    '</Relationships>')
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def document_rels(links: dict[str, str] | None = None) -> str:
    """word/_rels/document.xml.rels: styles, numbering, and each link's external target."""
    rels = [f'<Relationship Id="rId1" Type="{_REL}styles" Target="styles.xml"/>',
            f'<Relationship Id="rId2" Type="{_REL}numbering" Target="numbering.xml"/>']
    for rel_id, target in (links or {}).items():
        rels.append(f'<Relationship Id="{rel_id}" Type="{_REL}hyperlink" Target="{target}" '
                    'TargetMode="External"/>')
    return DECL + ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'relationships">' + "".join(rels) + "</Relationships>")


def _style(style_id: str, name: str, kind: str = "paragraph", extra: str = "") -> str:
    return (f'<w:style w:type="{kind}" w:styleId="{style_id}"><w:name w:val="{name}"/>'
            f'{extra}</w:style>')


# A German Word's ids ("berschrift1": Überschrift 1 without its umlaut), the English
# built-in names that Word writes in w:name whatever the interface's language.
STYLES = DECL + (
    f'<w:styles {W_NS}>'
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" '
    'w:eastAsiaTheme="minorEastAsia"/><w:sz w:val="22"/><w:lang w:val="en-GB" '
    'w:eastAsia="ja-JP" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
    '<w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
    '</w:docDefaults>'
    + _style("Standard", "Normal", extra='<w:qFormat/>')
    + _style("Titel", "Title", extra='<w:basedOn w:val="Standard"/><w:next w:val="Standard"/>'
             '<w:rPr><w:b/><w:sz w:val="56"/></w:rPr>')
    + _style("Untertitel", "Subtitle", extra='<w:basedOn w:val="Standard"/><w:rPr><w:i/>'
             '</w:rPr>')
    + _style("berschrift1", "heading 1", extra='<w:basedOn w:val="Standard"/><w:pPr>'
             '<w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/>'
             '</w:rPr>')
    + _style("berschrift2", "heading 2", extra='<w:basedOn w:val="Standard"/><w:pPr>'
             '<w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr>')
    + _style("Listenabsatz", "List Paragraph", extra='<w:basedOn w:val="Standard"/>')
    + _style("Aufzhlungszeichen", "List Bullet", extra='<w:basedOn w:val="Standard"/><w:pPr>'
             '<w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>')
    + _style("Zitat", "Quote", extra='<w:basedOn w:val="Standard"/><w:rPr><w:i/></w:rPr>')
    + _style("Beschriftung", "caption", extra='<w:basedOn w:val="Standard"/>')
    + _style("Fett", "Strong", "character", '<w:rPr><w:b/></w:rPr>')
    + _style("Hervorhebung", "Emphasis", "character", '<w:rPr><w:i/></w:rPr>')
    + _style("Versteckt", "Hidden Note", "character", '<w:rPr><w:vanish/></w:rPr>')
    + '</w:styles>')

NUMBERING = DECL + (
    f'<w:numbering {W_NS}>'
    '<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w:multiLevelType '
    'w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt '
    'w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt '
    'w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    '</w:numbering>')


def core(title: str = "", created: str = "2019-01-02T09:00:00Z") -> str:
    """docProps/core.xml: the file's title and its dates (the file's, not the release's)."""
    return DECL + (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://'
        'purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://'
        'www.w3.org/2001/XMLSchema-instance">'
        f'<dc:title>{title}</dc:title><dc:creator>Jane Writer</dc:creator>'
        '<cp:lastModifiedBy>Press Office</cp:lastModifiedBy><cp:revision>3</cp:revision>'
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified>'
        '</cp:coreProperties>')


def p(*runs: str, style: str = "", ppr: str = "", rsid: str = "00A1B2C3") -> str:
    """A paragraph as Word writes one: rsid attributes, a pPr with its style."""
    props = (f'<w:pStyle w:val="{style}"/>' if style else "") + ppr
    return (f'<w:p w14:paraId="1A2B3C4D" w14:textId="77777777" w:rsidR="{rsid}" '
            f'w:rsidRDefault="{rsid}" w:rsidP="{rsid}">'
            + (f"<w:pPr>{props}</w:pPr>" if props else "") + "".join(runs) + "</w:p>")


def r(text: str, rpr: str = "", rsid: str = "00A1B2C3") -> str:
    """A run of text (spaces kept, as Word marks them)."""
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return (f'<w:r w:rsidRPr="{rsid}">' + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "")
            + f"<w:t{space}>{text}</w:t></w:r>")


def document(*blocks: str) -> str:
    return DECL + (f'<w:document {W_NS}><w:body>' + "".join(blocks)
                   + '<w:sectPr w:rsidR="00A1B2C3"><w:pgSz w:w="11906" w:h="16838"/>'
                   '</w:sectPr></w:body></w:document>')


def archive(members: dict[str, str | bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as out:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = compression
            out.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buffer.getvalue()


def docx(*blocks: str, links: dict[str, str] | None = None, title: str = "",
         extra: dict[str, str | bytes] | None = None) -> bytes:
    """A .docx whose body holds `blocks` (paragraphs and tables as Word writes them)."""
    return archive({"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": PACKAGE_RELS,
                    "word/document.xml": document(*blocks),
                    "word/_rels/document.xml.rels": document_rels(links),
                    "word/styles.xml": STYLES, "word/numbering.xml": NUMBERING,
                    "docProps/core.xml": core(title), **(extra or {})})


# ------------------------------------------------------------------ OpenDocument
O_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
        'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
        'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
        'office:version="1.3"')
O_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'
# LibreOffice's automatic styles: P1 a paragraph set bold by hand, T1 bold, T2 italic,
# T3 hidden, L1 a numbered list, L2 a bulleted one.
AUTOMATIC = (
    '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:text-properties fo:font-weight="bold" officeooo:rsid="0012ab34" '
    'xmlns:officeooo="http://openoffice.org/2009/office"/></style:style>'
    '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Title"/>'
    '<style:style style:name="T1" style:family="text"><style:text-properties '
    'fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>'
    '<style:style style:name="T2" style:family="text"><style:text-properties '
    'fo:font-style="italic"/></style:style>'
    '<style:style style:name="T3" style:family="text"><style:text-properties '
    'text:display="none"/></style:style>'
    '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" '
    'style:num-suffix="." style:num-format="1"/></text:list-style>'
    '<text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" '
    'text:bullet-char="•"/></text:list-style>')
O_STYLES = O_DECL + (
    f'<office:document-styles {O_NS}><office:styles>'
    '<style:default-style style:family="paragraph"><style:text-properties fo:font-size="12pt" '
    'fo:language="en" fo:country="GB"/></style:default-style>'
    '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
    '<style:style style:name="Text_20_body" style:display-name="Text body" '
    'style:family="paragraph" style:parent-style-name="Standard"/>'
    '<style:style style:name="Heading" style:family="paragraph" '
    'style:parent-style-name="Standard"><style:text-properties fo:font-size="14pt"/>'
    '</style:style>'
    '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading">'
    '<style:text-properties fo:font-size="28pt" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Subtitle" style:family="paragraph" '
    'style:parent-style-name="Heading"/>'
    '<style:style style:name="Heading_20_1" style:display-name="Heading 1" '
    'style:family="paragraph" style:parent-style-name="Heading" '
    'style:default-outline-level="1"><style:text-properties fo:font-weight="bold"/>'
    '</style:style>'
    '<style:style style:name="Heading_20_2" style:display-name="Heading 2" '
    'style:family="paragraph" style:parent-style-name="Heading" '
    'style:default-outline-level="2"/>'
    '<style:style style:name="Quotations" style:family="paragraph" '
    'style:parent-style-name="Standard"/>'
    '<style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" '
    'style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
    '</office:styles></office:document-styles>')


def meta(title: str = "", language: str = "") -> str:
    return O_DECL + (
        f'<office:document-meta {O_NS}><office:meta>'
        '<meta:creation-date>2019-01-02T09:00:00.123000000</meta:creation-date>'
        + (f"<dc:title>{title}</dc:title>" if title else "")
        + (f"<dc:language>{language}</dc:language>" if language else "")
        + '<dc:date>2019-01-03T10:00:00.456000000</dc:date>'
        '<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88</meta:'
        'generator></office:meta></office:document-meta>')


def content(*blocks: str, automatic: str = AUTOMATIC) -> str:
    return O_DECL + (
        f'<office:document-content {O_NS}><office:scripts/>'
        f'<office:automatic-styles>{automatic}</office:automatic-styles>'
        '<office:body><office:text><text:sequence-decls><text:sequence-decl '
        'text:display-outline-level="0" text:name="Figure"/></text:sequence-decls>'
        + "".join(blocks) + '</office:text></office:body></office:document-content>')


MANIFEST = O_DECL + (
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
    'manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
    'manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry '
    'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')


def odt(*blocks: str, title: str = "", language: str = "",
        extra: dict[str, str | bytes] | None = None,
        mimetype: str = "application/vnd.oasis.opendocument.text") -> bytes:
    """An .odt whose office:text holds `blocks`; the mimetype first and stored, as ODF says."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        info = zipfile.ZipInfo("mimetype", date_time=(1980, 1, 1, 0, 0, 0))
        out.writestr(info, mimetype, compress_type=zipfile.ZIP_STORED)
        for name, data in {"content.xml": content(*blocks), "styles.xml": O_STYLES,
                           "meta.xml": meta(title, language), "META-INF/manifest.xml": MANIFEST,
                           **(extra or {})}.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            out.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def zip_folder(folder: Path) -> bytes:
    """A golden's parts folder as an archive, members in sorted order ("mimetype" first)."""
    names = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    if "mimetype" in names:
        names.remove("mimetype")
        names.insert(0, "mimetype")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" \
                else zipfile.ZIP_DEFLATED
            out.writestr(info, (folder / name).read_bytes())
    return buffer.getvalue()

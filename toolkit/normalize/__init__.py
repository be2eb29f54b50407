"""Normalise: a press release as copied text, an HTML page, a Word or OpenDocument text
(.docx, .odt), a saved e-mail, Markdown with front matter or release XML -> a `Release`.

    normalize(data, path, options) -> Normalized(release, report)
    render(release, path) -> bytes     (release XML, validated against the schema)

The input's kind is detected (`source`); text and pages are read into a draft of their
parts (`text_reader`, `html_reader`, by the rules of `structure`; a Word or OpenDocument
file is first made the XHTML page `html_reader` reads, by `office_reader`, and Markdown
by `markdown_reader`); values and
names are recognised in every segment (`values`, `entities`, from CLDR data in `locale_patterns`);
the draft becomes a release (`assemble`). Release XML in our namespace is only loaded,
so normalising the tool's own output gives the same bytes back. Every guess a rule made
is in the report (`report`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from lxml import etree

from toolkit.errors import InputError
from toolkit.loader import parse_release
from toolkit.model import Inline, Release
from toolkit.normalize.assemble import Options, assemble, derive_id, release_with, slug
from toolkit.normalize.email_reader import SavedMail, forwarded_page, read_message, with_headers
from toolkit.normalize.embargo import EMBARGO_NOT_STORED
from toolkit.normalize.html_reader import XHTML, read_html
from toolkit.normalize.locale_patterns import language
from toolkit.normalize.office_reader import OFFICE_KINDS, read_office
from toolkit.normalize.report import Guess, Notice, Report
from toolkit.normalize.source import Source, read_source
from toolkit.normalize.structure import (
    SOURCE_LANGUAGES,
    Draft,
    month_read_as,
    page_language_told,
    unread_language,
)
from toolkit.normalize.text_reader import read_text
from toolkit.release_xml import MAX_SPAN_DEPTH, write_release
from toolkit.schema import schema_errors
from toolkit.vocabulary import NS
from toolkit.weekdays import CODE, Contradiction, contradictions, in_content, locate
from toolkit.xmlsafe import check_prolog, parse_xml

__all__ = ["Guess", "Normalized", "Options", "Report", "derive_id", "normalize", "render",
           "slug"]


@dataclass(frozen=True)
class Normalized:
    release: Release
    report: Report


def normalize(data: bytes, path: str | Path, options: Options | None = None) -> Normalized:
    """Read one input of any kind into a release; `InputError` if it cannot be one."""
    options = options or Options()
    report = Report(str(path))
    source = read_source(data, path, options.encoding)
    report.kind = source.kind
    mail = None
    if source.kind == "eml":
        # A saved e-mail: its text/html part read as a page, else its text/plain part.
        mail = read_message(source.data, path, report)
        source = Source(mail.kind, mail.text, "utf-8")
    if source.kind == "release":
        release = release_with(parse_release(source.xml_bytes(), path), options, report)
    else:
        guessed, warned = len(report.guesses), len(report.warnings)
        read = source
        draft, source = _draft(read, mail, path, report, options, options.lang)
        stand_in = options.source_locale
        why = None
        if options.lang is None and stand_in is not None:
            if language(stand_in) != "en" \
                    and (draft.lang_assumed or not page_language_told(draft)):
                # Nothing in the text names its language (no `lang`, no month name, no
                # script, letters or words of one the rules know): English would be
                # assumed, and a Turkish project's release read with English rules
                # ("1.200" a wrong 1.2, its date line unread).
                why = "the text names no language: the project's source locale"
            elif month_read_as(draft, stand_in):
                # A month name several languages share ("december": Dutch, Swedish,
                # Danish) named the first that reads it, and a Swedish project's
                # release was tagged and read as Dutch ("kl. 14.40" a number).
                why = (f"the date line reads as {draft.lang} and {stand_in}, and the text's "
                       f"words name no other: the project's source locale")
        if why is None and options.lang is None \
                and (told := unread_language(draft)) is not None:
            # The text's words name a language whose date lines were never tried (a
            # Danish text's "24. december 2022"): read again in it, as with --lang, else
            # "no date line found" in a Danish project too, its words ruling out the
            # project's language standing in.
            stand_in = told
            why = (f"the text's common words are {told}, and no date line was found in "
                   f"the languages tried first")
        if why is None and options.lang is None and stand_in is not None \
                and (draft.dateline is None or draft.dated_by_mail) \
                and language(stand_in) not in SOURCE_LANGUAGES:
            # No date line was found in the languages tried first, and the project's is
            # not one of them: a short Catalan text, its words too few to name it and
            # its "el", "es" and accents Spanish's, was read by Spanish rules ("no date
            # line found"; an e-mail dated by its header tagged es). It is read in the
            # project's language when that finds the date line.
            trial = Report(str(path))
            again, again_source = _draft(read, mail, path, trial, options, stand_in)
            if again.dateline is not None and not again.dated_by_mail:
                del report.guesses[guessed:], report.warnings[warned:]
                report.guess("lang", stand_in, "no date line was found in the languages "
                             "tried first, and the project's source locale reads one")
                report.guesses.extend(trial.guesses)
                report.warnings.extend(trial.warnings)
                draft, source = again, again_source
        if why is not None and stand_in is not None:
            # The project's source locale (or the words' language) stands in, as if given
            # with --lang; what the first reading guessed is not the release's.
            del report.guesses[guessed:], report.warnings[warned:]
            report.guess("lang", stand_in, why)
            draft, source = _draft(read, mail, path, report, options, stand_in)
        release = assemble(draft, options, report, path)
    report.id = release.id
    report.lang = release.lang
    _locate_embargo(source.text, report)
    _check_weekdays(release, source.text, report)
    return Normalized(release, report)


def _draft(source: Source, mail: SavedMail | None, path: str | Path, report: Report,
           options: Options, lang: str | None) -> tuple[Draft, Source]:
    """The draft of a text, page or office file read as in `lang` (None: as it says),
    with the source it was read from (a forwarded page's)."""
    if source.kind == "text":
        return read_text(source.text, report, lang, options.date,
                         mail.headers if mail else None), source
    if source.kind in OFFICE_KINDS:
        return read_office(source.data, path, report, lang), source
    if source.kind == "markdown":
        # Imported here: markdown-it is loaded only when a Markdown input is read.
        from toolkit.normalize.markdown_reader import read_markdown
        return read_markdown(source.text, path, report, lang, options.default_publisher), \
            source
    headers = mail.headers if mail else None
    # A page saved from a mail client, forwarding a release: read as a .eml's.
    forwarded = forwarded_page(source.text, report) if mail is None else None
    if forwarded is not None:
        source, headers = Source("html", forwarded[0], "utf-8"), forwarded[1]
    draft = read_html(_page(source, path, report), report, lang)
    if headers is not None:
        draft = with_headers(draft, headers, report)
    return draft, source


def _check_weekdays(release: Release, text: str, report: Report) -> None:
    """Warn of a weekday written beside a date it contradicts ("Tuesday 31 March 2025",
    a Monday), the date kept as read: the build writes the date afresh in each language
    and the translator copies the weekday, so every page would print the contradiction.
    The vocabulary has no skeleton with a weekday (E, EEEE), so the weekday stays text.

    The publication date's line is read in the input (its weekday is not kept in the
    release); the segments' dates in the release, located in the input by the name."""
    seen: set[tuple[int, int, str]] = set()

    def warn(found: Contradiction, line: int, column: int) -> None:
        key = (line, column, found.message())
        if key not in seen:
            seen.add(key)
            report.warnings.append(Notice(CODE, found.message(), line, column))

    published = release.meta.published
    lines = text.splitlines() if text else []
    if 0 < published.line <= len(lines):
        shown, offsets = _without_tags(lines[published.line - 1])
        at = shown.find(published.text)
        if at >= 0:
            for found in contradictions(shown, [(at, at + len(published.text), published)],
                                        release.lang):
                warn(found, published.line, offsets[found.start] + 1)
    for segment in release.segments():
        for found in in_content(segment.content, release.lang):
            warn(found, *locate(text, segment.line, found))


def _locate_embargo(text: str, report: Report) -> None:
    """Give the warning of an embargo line not stored the column of the line's text in
    the input (a page's line without its tags), for an editor to jump to it."""
    lines = text.splitlines() if text else []
    for index, notice in enumerate(report.warnings):
        if notice.code != EMBARGO_NOT_STORED or not 0 < notice.line <= len(lines):
            continue
        words = next(g.value for g in report.guesses if g.what == "embargo")
        shown, offsets = _without_tags(lines[notice.line - 1])
        at = shown.find(words)
        if at >= 0:
            report.warnings[index] = replace(notice, column=offsets[at] + 1)


_TAG = re.compile(r"<[^<>]*>")


def _without_tags(line: str) -> tuple[str, list[int]]:
    """A line of a page without its tags, and where each character of it is in the line."""
    kept: list[str] = []
    offsets: list[int] = []
    at = 0
    for tag in _TAG.finditer(line):
        kept.append(line[at:tag.start()])
        offsets.extend(range(at, tag.start()))
        at = tag.end()
    kept.append(line[at:])
    offsets.extend(range(at, len(line)))
    return "".join(kept), offsets


# The doctypes the W3C published for HTML 4 and XHTML 1 pages, with nothing after the
# identifiers (no internal subset, so no entity declared): most pages of government
# sites that are XHTML still open with one.
_W3C_DOCTYPE = re.compile(
    rb'<!DOCTYPE\s+html\s+PUBLIC\s+"-//W3C//DTD (?:XHTML|HTML) [^"<>]*//EN"'
    rb'(?:\s+"https?://www\.w3\.org/[^"<>]*")?\s*>', re.IGNORECASE)


def _page(source: Source, path: str | Path, report: Report) -> etree._Element:
    """The page's root element: XHTML through the safe XML parser, else the HTML parser."""
    data = source.xml_bytes() if source.kind == "xhtml" else b""
    if data and _W3C_DOCTYPE.search(data, 0, 4096):
        # Its DTD is named, not loaded, by either parser; the XML one refuses any DTD
        # named, as it must for a release. The HTML parser knows the entities (&nbsp;)
        # that DTD would define and loads nothing. Any other DOCTYPE is checked below.
        check_prolog(_W3C_DOCTYPE.sub(b"", data, 1), path, allow_doctype=True)
        report.kind = "html"
        report.guess("kind", "html", "an XHTML page whose DOCTYPE names the W3C's DTD: read "
                     "as HTML, the DTD not loaded")
    elif source.kind == "xhtml":
        check_prolog(data, path, allow_doctype=True)  # unsafe XHTML is refused, not repaired
        try:
            root = parse_xml(data, path, allow_doctype=True).getroot()
        except InputError as exc:
            report.kind = "html"
            report.guess("kind", "html", f"not well-formed XHTML ({exc.message} at line "
                         f"{exc.line}): read as HTML", exc.line)
        else:
            name = etree.QName(root)
            if name.namespace != XHTML and name.localname != "html":
                what = f"{{{name.namespace}}}{name.localname}" if name.namespace else \
                    name.localname
                raise InputError(path, f"XML whose root is <{what}>: neither release XML in "
                                 f"{NS} nor an XHTML page", root.sourceline or 0)
            _check_depth(root, path)
            return root
    # The text is decoded already: the parser gets UTF-8 and is told so, whatever the
    # page's own <meta charset> said.
    parser = etree.HTMLParser(no_network=True, remove_comments=True, remove_pis=True,
                              recover=True, huge_tree=False, encoding="utf-8")
    root = etree.fromstring(data or source.xml_bytes(), parser)  # an XHTML page's, made once
    if root is None:
        raise InputError(path, "no HTML content to read")
    _check_depth(root, path)
    return root


# Pages nest their elements a few dozen deep. The HTML parser stops at 256 and drops the
# rest of the page unsaid, and the reader, a span in a span, ran out of Python's stack
# (a traceback) at about 245 inline elements: the unclosed <b> or <font> of a broken page,
# each inside the one before. No deeper than a release may nest its spans.
MAX_DEPTH = MAX_SPAN_DEPTH


def _check_depth(root: etree._Element, path: str | Path) -> None:
    depth = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if event == "end":
            depth -= 1
            continue
        depth += 1
        if depth > MAX_DEPTH:
            raise InputError(path, f"elements nested more than {MAX_DEPTH} deep, here "
                             f"<{etree.QName(element).localname}> (tags left unclosed?): "
                             "close them", element.sourceline or 0)


def render(release: Release, path: str | Path) -> bytes:
    """The release as XML, checked against the schema before anything is written."""
    try:
        data = write_release(release)
    except ValueError as exc:
        # The writer refuses what XML cannot hold: a control character (a raw byte of a
        # page, or a reference such as &#5; that the HTML parser reads as one), U+FFFE,
        # U+FFFF. The input is at fault: one error naming it, not a traceback.
        raise _unwritable(release, path) from exc
    tree = parse_xml(data, path)
    for line, column, message in schema_errors(tree):
        raise InputError(path, f"the normalised release would not be valid: {message} "
                         f"(output line {line}, column {column})")
    return data


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _unwritable(release: Release, path: str | Path) -> InputError:
    """The error for a release holding a character XML cannot hold, with its line."""
    for segment in release.segments():
        for text in _texts(segment.content):
            found = _NOT_XML.search(text)
            if found:
                return InputError(path, f"U+{ord(found.group()):04X} is a character XML "
                                  "cannot hold: remove it from the input", segment.line)
    return InputError(path, "holds a character XML cannot hold (a control character, "
                      "U+FFFE or U+FFFF): remove it from the input")


def _texts(content: tuple[Inline, ...]) -> Iterator[str]:
    for part in content:
        if isinstance(part, str):
            yield part
        else:
            yield from (value for _, value in part.attrs)
            yield from _texts(part.content)

"""The table of finding codes: stable names, default severities, one-line descriptions.

A code is a contract with users: configs (`[checks]`), translator flags
(``#, communique-allow:<code>``), CI annotations and SARIF rules all refer to it. Add
codes; never rename or reuse one. Severities here are defaults that `[checks]` can
override.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

from toolkit.issues import Severity

E, W = Severity.ERROR, Severity.WARNING
# Off unless `[checks]` turns it on: a state of work, not a fault, which a team may gate on.
OFF = None


@dataclass(frozen=True)
class Code:
    name: str
    severity: Severity | None  # None: off by default
    description: str
    area: str  # "release", "catalog", "freshness", "translation", "coverage", "command"


@dataclass(frozen=True)
class Finding:
    """What a check found, before it is placed in a file and given its severity."""

    code: str
    message: str
    line: int = 0
    column: int = 0  # where a reader names one (a PO syntax error)
    # Where in its entry it is: (plural form, -1 for msgstr or `MSGID`; offset in that
    # string's text, -1 for its opening quote), placed on its PO line and column when
    # reported (`line` stays the entry's: a translator's allow comment is looked up by it).
    spot: tuple[int, int] | None = None


MSGID = -2  # a `Finding.spot`'s form: the entry's msgid, for a finding about the source
AT_MSGID = (MSGID, -1)  # the spot of a finding about an entry's source: its msgid's quote
# A `Finding.spot`'s form: the codes the entry's communique-allow: flags and translator
# comments name, the offset the index of one among them (in `config.allow_marks` order).
ALLOW_MARK = -3


_TABLE: tuple[tuple[str, Severity | None, str, str], ...] = (
    # Release XML (toolkit.release_checks and the CLI).
    ("unreadable", E, "release", "The file cannot be read or parsed (exit 2)."),
    ("merge-conflict", E, "release",
     "The file (a release, template or catalog) holds an unresolved merge's conflict "
     "markers, <<<<<<< to >>>>>>> (exit 2)."),
    ("schema", E, "release", "The release does not validate against schemas/release.xsd."),
    ("structure", E, "release", "The release cannot be turned into the document model."),
    ("date-skeleton", E, "release", "A date's skeleton asks for a field its value lacks."),
    ("date-range", E, "release",
     "A date range's end is before its start, or not a day, month or year as its start is;"
     " or the publication date, one day, has an end."),
    ("zone-unknown", E, "release", "A time zone is not an IANA name."),
    ("embargo-after-publication", W, "release",
     "The embargo lifts after the publication date."),
    ("segment-empty", E, "release", "A translatable element has no text."),
    ("direction-unpaired", E, "release",
     "A segment leaves a directional control (embedding, override, isolate) unpaired."),
    ("value-no-text", E, "release", "A typed value has no source text."),
    ("address-scheme", E, "release",
     "A link's href or a figure's src is no address a page carries (javascript:, data:, "
     "vbscript:, //host...): the build leaves it out."),
    ("id-filename", E, "release", "The release id does not match its file name."),
    ("id-duplicate", E, "release", "Two releases use the same id."),
    ("id-reserved", E, "release",
     "The release id is 'index' or 'feed' (a locale's index page or feed), or a name "
     "Windows cannot check out (CON, NUL, COM1...)."),
    ("figure-missing", W, "release",
     "A figure's relative src names no file beside the release (under the releases "
     "folder): every page shows a photo that is not there. An absolute URL, a src from "
     "the site's root or one leading outside the releases folder is not looked for."),
    ("figure-no-alt", W, "release",
     "A figure's photo has neither alt text nor a caption: every page writes it with "
     "alt=\"\", which tells a screen reader it is decoration (WCAG 1.1.1)."),
    ("release-language", W, "release",
     "The release's xml:lang is not the project's source locale."),
    ("weekday-mismatch", W, "release",
     "A weekday written beside a date, or in its text, is not the date's day "
     "(Tuesday 31 March 2025, a Monday): every language's page would print it."),
    # Catalog files: what msgfmt -c refuses, and the header a build relies on.
    ("po-syntax", E, "catalog", "The PO file is not valid PO syntax (exit 2)."),
    ("po-bom", E, "catalog",
     "The file starts with a UTF-8 byte order mark, which msgfmt refuses."),
    ("po-encoding", E, "catalog",
     "The PO file's bytes are not valid in its declared charset (exit 2)."),
    ("entry-duplicate", E, "catalog",
     "Two entries have the same msgctxt and msgid: msgfmt and build refuse the file, and "
     "none of its other entries is checked (exit 2)."),
    ("header-language", E, "catalog",
     "The Language header is missing or does not match the catalog's folder."),
    ("header-plural-forms", E, "catalog",
     "The Plural-Forms header is missing, invalid, or not CLDR's rule for the language."),
    ("header-charset", E, "catalog", "The catalog is not declared as UTF-8."),
    ("header-pseudo", E, "catalog",
     "A catalog `communique pseudo` wrote (Language-Team: pseudo-locale) in the folder "
     "of a real language: build would publish its pseudo text as that language."),
    ("header-merged", E, "catalog",
     "The header is several catalogs' headers joined by msgcat (#-#-#-#-# lines, every "
     "field repeated, fuzzy); run `communique update` (a template's: `communique extract`)."),
    ("header-line-end", E, "catalog",
     "A header field's line does not end with \\n, so the next field is read as part of "
     "its value (msgfmt -c: that field missing)."),
    ("header-field-repeated", E, "catalog",
     "A header field (Plural-Forms, Language...) is written twice: msgfmt reads the "
     "first, other tools the last, and update keeps the first alone."),
    ("plural-count", E, "catalog",
     "A plural entry has not as many msgstr[N] forms as Plural-Forms says."),
    ("format-mismatch", E, "catalog",
     "Format directives of a c-/python-format entry differ between msgid and msgstr."),
    ("newline-mismatch", E, "catalog",
     "msgid and msgstr do not both begin (or both end) with a newline."),
    ("allow-unknown", W, "catalog", "A communique-allow: flag or comment names no known code."),
    # Freshness: catalogs against their sources.
    ("template-missing", E, "freshness",
     "A release has no template; run `communique extract`."),
    ("template-stale", E, "freshness",
     "A template differs from what extract gives now; run `communique extract`."),
    ("template-orphan", W, "freshness", "A template has no release any more."),
    ("catalog-orphan", W, "freshness",
     "A catalog has neither a template nor a release any more."),
    ("catalog-missing", E, "freshness",
     "A configured locale has no catalog for a release; run `communique update`."),
    ("catalog-stale", E, "freshness",
     "A catalog does not hold exactly its template's messages; run `communique update`."),
    # Each translation against its source segment (toolkit.placeholders codes first).
    ("markup-invalid", E, "translation", "The translation is not well-formed markup."),
    ("placeholder-missing", E, "translation", "A tag of the source is missing."),
    ("placeholder-unknown", E, "translation", "A tag that the source does not have."),
    ("placeholder-attribute", E, "translation", "A tag carries attributes."),
    ("placeholder-duplicate", E, "translation", "A tag is used more than once."),
    ("placeholder-nesting", E, "translation",
     "A tag sits under another parent than in the source."),
    ("placeholder-content", E, "translation",
     "An empty tag (typed or untranslatable) has content."),
    ("placeholder-empty", E, "translation",
     "A tag left empty (or the translation its tags alone, or white space alone) where "
     "the source's holds text."),
    ("number-changed", E, "translation", "A number written in the text differs from the source."),
    ("url-changed", E, "translation", "A URL differs from the source."),
    ("email-changed", E, "translation", "An e-mail address differs from the source."),
    ("term-changed", E, "translation",
     "The content of an its:term span is not kept verbatim."),
    ("whitespace-leading", W, "translation",
     "Leading white space differs from the source."),
    ("whitespace-trailing", W, "translation",
     "Trailing white space differs from the source."),
    ("punctuation-final", W, "translation",
     "The final punctuation does not correspond to the source's (locale-aware)."),
    ("brackets-unbalanced", W, "translation",
     "Brackets or quotation marks do not pair up in the translation."),
    ("entity-literal", W, "translation",
     "An HTML entity such as &nbsp; is shown as typed; only XML's five are read."),
    ("number-agreement", W, "translation",
     "One translation serves numbers the catalog's language inflects apart (3 and 5 in"
     " Russian): the legend lists them."),
    ("translation-unchanged", W, "translation",
     "The translation is the source copied unchanged, though the source has words of its own"
     " and the catalog's language is not the source's."),
    ("translation-fuzzy", OFF, "translation",
     "A translation is marked fuzzy (a guess of update's, or one left for review): the "
     "build uses the source text until a translator removes the flag. Off by default."),
    # Coverage.
    ("coverage-low", E, "coverage", "A catalog's translated share is below min-coverage."),
    # A command's refusal that validate never gives (the file is no fault of its own).
    ("catalog-not-pseudo", E, "command",
     "`communique pseudo` refuses a catalog it did not write (its Language-Team is not "
     "pseudo-locale): it would overwrite its translations (exit 2)."),
    ("output-unwritable", E, "command",
     "`communique build` cannot write a pair's page or XML, or its release's photo's "
     "copy (a folder, or a read-only file, under its name): the pair fails, the others "
     "are built (exit 2)."),
)

# Codes of a translation whose finding may be right as it is (a day written 1日, a URL or
# an address localised, a final mark the language does without, a slogan kept in English):
# their message says how the translator allows one (`allowing`), where it said nothing
# and the README alone told. Not the codes the build rejects a translation for (allowed,
# it is still not used), nor term-changed (the source marks the term to be kept).
MAY_BE_INTENDED = frozenset({
    "number-changed", "url-changed", "email-changed", "whitespace-leading",
    "whitespace-trailing", "punctuation-final", "brackets-unbalanced", "entity-literal",
    "number-agreement", "translation-unchanged"})


def allowing(code: str, message: str) -> str:
    """The message of a finding of `code`, with how to allow it when it may be meant."""
    if code not in MAY_BE_INTENDED:
        return message
    return f"{message} (if intended: # communique-allow: {code})"


CODES: MappingProxyType[str, Code] = MappingProxyType(
    {name: Code(name, severity, description, area)
     for name, severity, area, description in _TABLE})


def describe(code: str) -> str:
    """The one-line description of a code ('' for a code not in the table)."""
    known = CODES.get(code)
    return known.description if known else ""

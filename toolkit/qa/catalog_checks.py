"""Checks on one PO or POT file as a file: what `msgfmt -c` refuses, and its header.

`read_catalog` turns every reason `read_po` refuses a file (syntax, encoding, duplicate
messages) into a finding with a code and a line; the other checks are pure functions of
a `Catalog` and the locale its folder names. Nothing here runs msgfmt: the tests do, to
show that these checks refuse what it refuses.
"""

from __future__ import annotations

import gettext
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

from babel.core import get_global, parse_locale

from toolkit.catalog import (
    PSEUDO_TEAM,
    Catalog,
    Entry,
    joined_header_lines,
    maybe_joined,
    maybe_unended,
    repeated_fields,
    unended_field,
    unended_message,
)
from toolkit.errors import InputError, UsageError
from toolkit.formatting import babel_locale_for, is_pseudo_locale
from toolkit.po_read import read_po_marked
from toolkit.qa.codes import ALLOW_MARK, CODES, MSGID, Finding
from toolkit.qa.config import ALLOW_FLAG, allow_marks

# --------------------------------------------------------------------------- reading

def read_catalog(path: Path) -> tuple[Catalog | None, Finding | None]:
    """The catalog (None when it cannot be read) and what is wrong with the file's bytes:
    why it cannot be read (an unreadable-input code), or a byte order mark."""
    try:
        catalog, bom = read_po_marked(path)
    except InputError as exc:
        message = exc.message
        if exc.code == "entry-duplicate":
            # Neither copy is the translation: msgfmt and build refuse the file. Its other
            # entries go unchecked until one copy is kept, and the report says so, lest
            # a translator take the file's one finding for its only fault.
            message += (": msgfmt and build refuse the file, so none of its other entries "
                        "was checked; keep one of the two, then validate again")
        return None, Finding(exc.code, message, exc.line, exc.column)
    if bom:
        # communique reads past it (some Windows editors add one), but msgfmt stops at it
        # with a syntax error: the catalog would not compile wherever gettext builds it.
        fix = "extract" if path.suffix == ".pot" else "update"  # (each writes it without)
        return catalog, Finding("po-bom", "the file starts with a UTF-8 byte order mark, "
                                "which msgfmt refuses: save it as UTF-8 without BOM, or run "
                                f"`communique {fix}`", 1, 1)
    return catalog, None


def locale_of(path: Path) -> str | None:
    """The locale a catalog's place names: ``ll/LC_MESSAGES/x.po``, ``ll/x.po``, ``ll.po``."""
    parent = path.parent
    if parent.name == "LC_MESSAGES":
        return parent.parent.name or None
    for candidate in (parent.name, path.stem):
        if _known_locale(candidate):
            return candidate
    return None


@lru_cache(maxsize=256)
def _known_locale(name: str) -> str | None:
    """The canonical form of a locale name CLDR knows, or None: the locale build formats
    the catalog's pages in (`babel_locale_for`), so the spellings of one locale are one
    (``pt-BR`` and ``pt_BR``: ``pt_BR``; ``sr@latin``, gettext's, and ``sr-Latn``:
    ``sr_Latn``)."""
    if not name or not re.fullmatch(r"[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]+)*(?:@\w+)?", name):
        return None
    tag = name.replace("-", "_").split("@")[0]
    if is_pseudo_locale(tag):
        language, _, region = tag.partition("_")
        # A pseudo-locale (en-XA, ar-XB) is known when its language is, as build and
        # pseudo take it; CLDR has no data for the tag itself.
        known = _known_locale(language)
        return f"{known}_{region.upper()}" if known else None
    try:
        return str(babel_locale_for(name))
    except (UsageError, ValueError):
        return None


# --------------------------------------------------------------------------- header

def header_line(path: Path | None, field: str) -> int:
    """The line of a header field, found only when a finding needs it (never when clean)."""
    return 1 if path is None else _field_line(po_lines(path), field)


def _field_line(lines: list[str], field: str) -> int:
    # In any case, as the reader and gettext read a field ("plural-forms:").
    needle = re.compile(rf'\s*"{re.escape(field)}:', re.IGNORECASE)
    for number, line in enumerate(lines, 1):
        if needle.match(line):
            return number
    for number, line in enumerate(lines, 1):
        if line.startswith('msgid ""'):
            return number
    return 1


def po_lines(path: Path) -> list[str]:
    """A catalog's lines, read again to place a finding on its line and column.

    Lines as the PO reader counts them, ended by ``\n``, ``\r\n`` or ``\r`` only
    (read_text makes each a ``\n``): ``splitlines`` also broke them at U+2028, NEL, FF
    and others, which a msgstr may hold, and every finding after one was a line off."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()  # the file's final line end ends a line: no empty line after it
    return lines


def msgstr_position(lines: list[str], entry_line: int, form: int,
                    offset: int) -> tuple[int, int] | None:
    """The PO line and column (1-based, in code points, as SARIF's columnKind says) of
    the character at `offset` in the translation of the entry whose msgid is on
    `entry_line`: its msgstr (`form` -1) or msgstr[form], or its msgid (`form` MSGID),
    across continued strings and escapes (``\"`` is one character of the text, two of
    the line; ``\303\251``, one character in UTF-8, is placed at its first escape).
    Offset -1 is the opening quote of the string's first line. (`form` ALLOW_MARK: the
    `allow_mark_position` of the offset-th code its allow marks name.) For many findings
    in one file, `Places` reads each string once."""
    return Places(lines).position(entry_line, form, offset)


class Places:
    """`msgstr_position` over one file's lines, each string read once however many
    findings it has: a 50 KB msgstr with thousands of findings (an entity, a bracket
    each) was walked from its start for each one, quadratic (seconds for one entry)."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self._strings: dict[tuple[int, int], _StringPlaces | None] = {}

    def position(self, entry_line: int, form: int, offset: int) -> tuple[int, int] | None:
        """See `msgstr_position`."""
        if form == ALLOW_MARK:
            return allow_mark_position(self.lines, entry_line, offset)
        key = (entry_line, form)
        if key not in self._strings:
            self._strings[key] = _string_places(self.lines, entry_line, form)
        places = self._strings[key]
        return None if places is None else places.at(offset)


class _StringPlaces:
    """Where each character of one quoted (and continued) string is: its pieces, each
    a run of plain characters (one column each) or one escape (one character)."""

    def __init__(self, quote: tuple[int, int]) -> None:
        self.quote = quote  # the opening quote's line and column
        self.starts: list[int] = []  # each piece's offset in the text, ascending
        self.places: list[tuple[int, int, bool]] = []  # its line, column, plain run
        self.length = 0  # characters of the text

    def add(self, line: int, column: int, characters: int, plain: bool) -> None:
        self.starts.append(self.length)
        self.places.append((line, column, plain))
        self.length += characters

    def at(self, offset: int) -> tuple[int, int] | None:
        if offset < 0:
            return self.quote
        if offset >= self.length:
            return None  # past the string's end: the file is not the one read
        piece = bisect_right(self.starts, offset) - 1
        line, column, plain = self.places[piece]
        return line, column + (offset - self.starts[piece] if plain else 0)


def _string_places(lines: list[str], entry_line: int, form: int) -> _StringPlaces | None:
    """The places of the entry's msgid, msgstr or msgstr[form], or None when the file
    does not show it (the entry ended first, or a line is not PO)."""
    keyword = "msgid" if form == MSGID else "msgstr" if form < 0 else f"msgstr[{form}]"
    index = entry_line - 1
    while index < len(lines) and not (lines[index].startswith(keyword)
                                      and lines[index][len(keyword):][:1].isspace()):
        if not lines[index].strip():
            return None  # the entry ended: the file is not the one read
        index += 1
    places: _StringPlaces | None = None
    while index < len(lines):
        text = lines[index]
        start = text.find('"', len(keyword) if places is None else 0)
        if start < 0 or (places is not None and text[:start].strip()):
            break  # (what was read so far is still placed)
        if places is None:
            places = _StringPlaces((index + 1, start + 1))
        column = start + 1
        while column < len(text):
            # A run of plain characters, one a character of the text each, is one piece:
            # a finding is often at a paragraph's end (its final mark).
            stop = _SPECIAL.search(text, column)
            end = stop.start() if stop is not None else len(text)
            if end > column:
                places.add(index + 1, column + 1, end - column, True)
            column = end
            if column >= len(text) or text[column] == '"':
                break
            if numeric := _NUMERIC.match(text, column):
                # A byte of UTF-8 (the catalog's charset, or header-charset says so):
                # a continuation byte adds nothing to the character before it.
                if not 0x80 <= int(numeric.group(1) or "0", 8) + int(
                        numeric.group(2) or "0", 16) < 0xC0:
                    places.add(index + 1, column + 1, 1, False)
                column = numeric.end()
                continue
            places.add(index + 1, column + 1, 1, False)
            column += 2
        index += 1
        if index >= len(lines) or not lines[index].lstrip().startswith('"'):
            break
    return places


def allow_mark_position(lines: list[str], entry_line: int,
                        nth: int) -> tuple[int, int] | None:
    """The PO line and column of the `nth` code that the ``communique-allow:`` flags and
    translator comments of the entry whose msgid is on `entry_line` name, counted as
    `allow_marks` counts them (the flags' first, then the comments')."""
    flags: list[tuple[int, int]] = []
    comments: list[tuple[int, int]] = []
    index = entry_line - 2
    # The entry's comment lines are above its msgid, up to the previous entry's msgstr
    # (a msgctxt, previous strings, references and blank lines may be among them: the
    # reader keeps comments across a blank line with the msgid below).
    while index >= 0 and not _MSGSTR.match(line := lines[index].strip()):
        if line.startswith("#") and ALLOW_FLAG in line:
            text = lines[index]
            after = text.index("#") + 1
            if line.startswith("#,"):
                flags[:0] = [(index + 1, c) for c in _flag_codes(text, after + 1)]
            elif line[1:2] not in _MARKS:
                comments[:0] = [(index + 1, c) for c in _comment_codes(text, after)]
        index -= 1
    marks = flags + comments
    return marks[nth] if 0 <= nth < len(marks) else None


_MSGSTR = re.compile(r"(?:#~\s*)?msgstr")
# What follows the "#" of a comment line that is not a translator's comment.
_MARKS = frozenset(":.,|~!")
_CODE = re.compile(r"[^\s,]+")


def _flag_codes(text: str, start: int) -> list[int]:
    """The columns of the codes a ``#,`` line's communique-allow: flags name: its flags
    after `start`, split at commas and stripped, as the reader splits them."""
    columns = []
    for part in re.finditer(r"[^,]+", text[start:]):
        flag = part.group().lstrip()
        if flag.startswith(ALLOW_FLAG):
            code = flag[len(ALLOW_FLAG):]
            columns.append(start + part.end() - len(code.lstrip()) + 1)
    return columns


def _comment_codes(text: str, start: int) -> list[int]:
    """The columns of the codes a translator's comment (the line's text after `start`)
    names after communique-allow:, split at white space and commas."""
    comment = text[start:]
    if not comment.strip().startswith(ALLOW_FLAG):
        return []
    after = start + comment.index(ALLOW_FLAG) + len(ALLOW_FLAG)
    return [found.start() + 1 for found in _CODE.finditer(text, after)]


# An octal or hex escape, one byte of the text (as `toolkit.po_read` reads it).
_NUMERIC = re.compile(r"\\(?:([0-7]{1,3})|x([0-9A-Fa-f]+))")
# Where a run of plain characters in a quoted string ends: an escape or the closing quote.
_SPECIAL = re.compile(r'["\\]')


def header_position(path: Path | None, field: str, part: str = "") -> tuple[int, int]:
    """The line of a header field and the column of its value, or of the text after
    `part` in it (``charset=``); column 0 when not found."""
    if path is None:
        return 1, 0
    text = po_lines(path)
    line = _field_line(text, field)
    found = text[line - 1] if 0 < line <= len(text) else ""
    name = re.search(rf'"{re.escape(field)}:', found, re.IGNORECASE)
    if name is None:
        return line, 0
    column = name.end()
    while column < len(found) and found[column] == " ":
        column += 1
    if part:
        at = found.lower().find(part, column)
        column = at + len(part) if at >= 0 else column
    return line, column + 1


_PLURAL_FORMS = re.compile(r"\s*nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*(.+?)\s*;?\s*$",
                           re.DOTALL)
# Enough integers to tell every CLDR rule apart (mod 10, mod 100, mod 1000000 rules).
_SAMPLES = (*range(0, 220), 1000, 1001, 1002, 1011, 1021, 100000, 1000000, 1000001, 2000000)


@lru_cache(maxsize=256)
def parse_plural_forms(value: str) -> tuple[int, tuple[int, ...]] | None:
    """nplurals and the rule's value at sample integers, or None when it does not parse."""
    found = _PLURAL_FORMS.fullmatch(value)
    if not found:
        return None
    count = int(found.group(1))
    try:
        rule = gettext.c2py(found.group(2))
        values = tuple(rule(n) for n in _SAMPLES)
    except (ValueError, SyntaxError, ZeroDivisionError, RecursionError):
        return None
    if count < 1 or max(values) >= count or min(values) < 0:
        return None
    return count, values


# Below a million, gettext's older rules for French, Spanish, Italian and Portuguese
# (what msginit, Poedit and Weblate write) give CLDR's forms; CLDR 38 added a "many" form
# for the millions only ("1 000 000 de fichiers").
_BELOW_A_MILLION = sum(1 for n in _SAMPLES if n < 1000000)


def same_forms(found: tuple[int, tuple[int, ...]] | None,
               cldr: tuple[int, tuple[int, ...]] | None) -> bool:
    """Whether a parsed rule says what CLDR's says: the same forms at every sample, or,
    numbered in any order, the same forms for every number below a million.

    A catalog whose translators chose their forms by its header's rule is right by it
    wherever the two rules group the numbers alike: Weblate's French
    ``nplurals=2; plural=n > 1;`` is accepted, English's ``n != 1`` in Arabic is not."""
    if found is None or cldr is None or found == cldr:
        return found == cldr
    pairs = set(zip(found[1][:_BELOW_A_MILLION], cldr[1][:_BELOW_A_MILLION], strict=True))
    return (len({a for a, _ in pairs}) == len(pairs) == len({b for _, b in pairs})
            and len(pairs) == found[0])


@lru_cache(maxsize=256)
def cldr_plural_forms(locale: str) -> str:
    """CLDR's Plural-Forms for a locale, as Babel writes it."""
    # Imported here: babel.messages brings babel.dates, zoneinfo and Babel's catalog
    # with it, and only a catalog's header asks; validate of a release and its template
    # (the pre-commit hook on a changed file) never does.
    from babel.messages.plurals import get_plural

    plural = get_plural(locale)
    return f"nplurals={plural.num_plurals}; plural={plural.plural_expr};"


@lru_cache(maxsize=256)
def likely_locale(canonical: str) -> str:
    """A CLDR locale with its missing script and region filled in from CLDR's likely
    subtags (UTS #35, "Add Likely Subtags": the first of language_script_region,
    language_region, language_script, language in the table gives what is missing).
    The spellings of one written language become one name: zh_Hant, zh_TW and
    zh_Hant_TW are all zh_Hant_TW; pt and pt_BR are pt_Latn_BR; sr is sr_Cyrl_RS."""
    language, territory, script, variant = parse_locale(canonical)[:4]
    likely = get_global("likely_subtags")
    keys = (f"{language}_{script}_{territory}" if script and territory else "",
            f"{language}_{territory}" if territory else "",
            f"{language}_{script}" if script else "", language)
    match = next((likely[key] for key in keys if key in likely), None)
    if match is not None:
        _, likely_territory, likely_script = parse_locale(match)[:3]
        script = script or likely_script
        territory = territory or likely_territory
    return "_".join(part for part in (language, script, territory, variant) if part)


@lru_cache(maxsize=1024)
def language_problem(language: str, locale: str | None) -> str | None:
    """What is wrong with a catalog's Language for its folder's locale, or None.

    The header names the folder's locale when both name one CLDR locale once CLDR's
    likely subtags fill in what each leaves out: Poedit's ``zh_TW`` (its codes are
    ll_CC, without a script) in ``zh-Hant``, ``sr`` in ``sr-Cyrl``, ``uz`` in
    ``uz-Latn``. A folder without a region means its likely one, the locale build
    formats it in (CLDR's zh_Hant is Taiwan's, pt Brazil's): ``zh_HK`` in ``zh-Hant``
    and ``pt`` in ``pt-PT`` name other locales, and are refused, as are another
    language or script (``sr@latin`` in ``sr``, ``zh_CN`` in ``zh-Hant``).
    Cached: a project's catalogs repeat a handful of (header, folder) pairs.
    """
    if not language:
        expecting = f" (expected {locale!r})" if locale else ""
        return f"the header has no Language{expecting}"
    canonical = _known_locale(language)
    if canonical is None:
        return f"Language {language!r} is not a locale CLDR knows"
    expected = _known_locale(locale) if locale else None
    if expected is None or canonical == expected:
        return None
    named, wanted = likely_locale(canonical), likely_locale(expected)
    if named == wanted:
        return None
    return (f"Language {language!r} does not match the catalog's folder {locale!r}: "
            f"the header names {named}, the folder {wanted} (CLDR's likely subtags)")


def check_header(catalog: Catalog, locale: str | None, template: bool) -> Iterator[Finding]:
    """Language as the folder says, UTF-8, and CLDR's plural rule for the language."""
    header = catalog.header
    path = catalog.path
    charset = _charset(header.get("Content-Type", ""))
    if charset is None:
        yield Finding("header-charset", "the header has no Content-Type charset; declare "
                      '"Content-Type: text/plain; charset=UTF-8"',
                      header_line(path, "Content-Type"))
    elif charset.replace("-", "").lower() != "utf8" and not (template and charset == "CHARSET"):
        fix = "extract" if template else "update"  # (each writes it in UTF-8)
        yield Finding("header-charset", f"the catalog declares charset={charset}; "
                      f"communique catalogs are UTF-8: run `communique {fix}`",
                      *header_position(path, "Content-Type", "charset="))
    if template:
        return
    language = header.get("Language", "").strip()
    problem = language_problem(language, locale)
    if problem is not None:
        yield Finding("header-language", problem, *(header_position(path, "Language")
                                                    if language else (
                                                        header_line(path, "Language"), 0)))
    if locale and header.get("Language-Team") == PSEUDO_TEAM and not is_pseudo_locale(locale):
        # (`pseudo --locale es` before es is configured writes such catalogs, and update
        # keeps their text as translations once it is)
        yield Finding("header-pseudo", f"a pseudo catalog in {locale}, a real language: "
                      f"build would publish its pseudo text as {locale}; delete it and run "
                      f"`communique update --locale {locale}` (pseudo-locales: en-XA, ar-XB)",
                      *header_position(path, "Language-Team"))
    rule_locale = (_known_locale(locale) if locale else None) or _known_locale(language)
    # A pseudo-locale has no plural rule of its own (pseudo writes the source's, or for
    # a bidi one its language's).
    want = (cldr_plural_forms(rule_locale)
            if rule_locale and not is_pseudo_locale(rule_locale) else None)
    advice = f"; CLDR's for {rule_locale} is {want!r}" if want else ""
    value = header.get("Plural-Forms")
    if value is None:
        if want or any(e.plural for e in catalog.entries):
            yield Finding("header-plural-forms", f"the header has no Plural-Forms{advice}",
                          header_line(path, "Language"))
        return
    parsed = parse_plural_forms(value)
    if parsed is None:
        yield Finding("header-plural-forms", f"Plural-Forms {value!r} is not a valid "
                      f"rule{advice}", *header_position(path, "Plural-Forms"))
    elif want is not None and not same_forms(parsed, parse_plural_forms(want)):
        yield Finding("header-plural-forms", f"Plural-Forms {value!r} is not CLDR's rule "
                      f"for {rule_locale}: {want!r}", *header_position(path, "Plural-Forms"))


# The header checks of a field, which a field's line unended before or after it makes
# say what header-line-end says better ("Language 'frPlural-Forms: ...' is not a locale
# CLDR knows", "the header has no Plural-Forms").
_FIELD_CODES = {"Language": "header-language", "Plural-Forms": "header-plural-forms",
                "Content-Type": "header-charset"}


def check_unended(catalog: Catalog) -> tuple[list[Finding], frozenset[str]]:
    """A header field's line without its ``\\n`` before another field's line (msgfmt -c
    only warns that the next field is missing), and the codes of the header checks of
    the two fields. The file is read again only when a field's value holds a field's
    name."""
    if catalog.path is None or not maybe_unended(catalog):
        return [], frozenset()
    found = unended_field(po_lines(catalog.path))
    if found is None:
        return [], frozenset()
    line, column, text, following = found
    names = (text.split(":", 1)[0], following)
    return ([Finding("header-line-end", unended_message(text, following), line, column)],
            frozenset(_FIELD_CODES[name] for name in names if name in _FIELD_CODES))


def check_joined(catalog: Catalog, template: bool = False) -> Iterator[Finding]:
    """A header msgcat joined from catalogs whose headers differ (``msgcat a.po b.po -o
    fr.po``, or of two versions of a template): msgfmt -c takes it, and it reads as one
    header, but it is each file's header in turn, every field repeated, and fuzzy. The
    file is read again only when the reader saw a marker in the header, or a catalog's
    header is fuzzy (as msgcat leaves it; every template's is: extract writes it so)."""
    if catalog.path is None or not maybe_joined(catalog, template):
        return
    lines = po_lines(catalog.path)
    markers = joined_header_lines(lines)
    if not markers:
        return
    first = lines[markers[0] - 1]
    column = first.index('"') + 2
    marker = first[column - 1:].removesuffix('"').removesuffix("\\n")
    repair = ("run `communique extract`, which writes the template again with one header"
              if template else "run `communique update`, which writes one header (each "
              "field's first value, the one msgfmt and communique read) and keeps every "
              "translation")
    yield Finding("header-merged", f"the header is {len(markers)} catalogs' headers joined "
                  f"by msgcat (the first under {marker!r}), its fields repeated and marked "
                  f"fuzzy: {repair}", markers[0], column)


def check_repeated(catalog: Catalog) -> Iterator[Finding]:
    """A header field written twice (two Plural-Forms, as an editor's merge or a hand
    edit leaves them): msgfmt -c takes it and reads the first, Python's gettext, polib
    and Babel the last, and update writes the first alone. Found at the second one; the
    file is read again only when the reader saw a field repeated."""
    if catalog.path is None or not catalog.header_repeated:
        return
    header = catalog.header
    for line, column, name in repeated_fields(po_lines(catalog.path),
                                              catalog.header_repeated):
        yield Finding("header-field-repeated", f"the header has {name} twice; msgfmt and "
                      f"communique read the first, {header.get(name, '')!r}, and other "
                      "tools the last: keep one", line, column)


def _charset(content_type: str) -> str | None:
    found = re.search(r"charset\s*=\s*([^\s;]+)", content_type, re.IGNORECASE)
    return found.group(1) if found else None


def nplurals(catalog: Catalog) -> int | None:
    value = catalog.header.get("Plural-Forms")
    parsed = parse_plural_forms(value) if value else None
    return parsed[0] if parsed else None


# --------------------------------------------------------------------------- entries

_START = -1  # a `Finding.spot`'s offset: the string's opening quote

# Format directives msgfmt checks, by flag.
_C_DIRECTIVE = re.compile(
    r"%(?:(\d+)\$)?[-+ #0']*(?:\*|\d+)?(?:\.(?:\*|\d+))?(?:hh|h|ll|l|L|q|j|z|t)?"
    r"([diouxXeEfFgGaAcspn%])")
_PY_DIRECTIVE = re.compile(
    r"%(?:\(([^)]*)\))?[-+ #0]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])")
_BRACE = re.compile(r"\{\{|\}\}|\{([^{}!:]*)(?:![rsa])?(?::[^{}]*)?\}")

# A text's directives in order: the argument each takes (its number or name, and kind)
# and its offset in the text.
_Directives = list[tuple[tuple[str, str], int]]


def _numbered(found: _Directives) -> _Directives:
    """_Directives as they take their arguments: by the numbers or names they give, else
    in order (the first takes argument 1)."""
    if any(name for (name, _), _ in found):
        return found
    return [((str(i), kind), at) for i, ((_, kind), at) in enumerate(found, 1)]


def _c_format(text: str) -> _Directives:
    return _numbered([((m.group(1) or "", m.group(2)), m.start())
                      for m in _C_DIRECTIVE.finditer(text) if m.group(2) != "%"])


def _python_format(text: str) -> _Directives:
    return _numbered([((m.group(1) or "", m.group(2)), m.start())
                      for m in _PY_DIRECTIVE.finditer(text) if m.group(2) != "%"])


def _brace_format(text: str) -> _Directives:
    found = [m for m in _BRACE.finditer(text) if m.group(0) not in ("{{", "}}")]
    auto = iter(range(len(found)))
    return [((m.group(1) or str(next(auto)), ""), m.start()) for m in found]


# Each flag's directives.
_FORMATS: dict[str, Callable[[str], _Directives]] = {
    "c-format": _c_format,
    "python-format": _python_format,
    "python-brace-format": _brace_format,
}


def _signature(directives: _Directives) -> tuple[tuple[str, str], ...]:
    """What msgfmt compares of a text's directives: the arguments they take, in the
    order of their numbers (then names), each once (an argument may be used again: a
    numbered one in C, as a named or brace one in Python; an unnumbered directive takes
    the next argument, so none repeats)."""
    return tuple(sorted({key for key, _ in directives}, key=_argument_order))


def _argument_order(key: tuple[str, str]) -> tuple[bool, int, str, str]:
    name, kind = key  # numbers by value, then names
    return (not name.isdecimal(), len(name) if name.isdecimal() else 0, name, kind)


def _first_different(source: _Directives, target: _Directives) -> int:
    """The offset of the first directive of `target` that `source` lacks (one too many,
    or one taking another argument or kind); `_START` when each is in `source` (one of
    the source's is missing, which has no place in the target)."""
    taken = {key for key, _ in source}
    for key, at in target:
        if key not in taken:
            return at
    return _START


def _forms(entry: Entry) -> list[tuple[int, str, str]]:
    """(form, source, translation) as msgfmt compares them; form -1 for a msgstr."""
    if entry.plural:
        plural = entry.msgid_plural or ""
        return [(i, entry.msgid if i == 0 else plural, form)
                for i, form in enumerate(entry.msgstr_plural) if form]
    return [(-1, entry.msgid, entry.msgstr)] if entry.msgstr else []


def check_entry(entry: Entry, count: int | None) -> Iterator[Finding]:
    """What msgfmt -c refuses in one entry (fuzzy entries are skipped, as msgfmt does)."""
    line = entry.line
    for nth, code in enumerate(allow_marks(entry.flags, entry.translator_comments)):
        if code not in CODES:
            yield Finding("allow-unknown", f"{ALLOW_FLAG}{code} names no known code", line,
                          spot=(ALLOW_MARK, nth))
    if entry.obsolete or not entry.has_translation:
        return
    if entry.plural and count is not None and len(entry.msgstr_plural) != count:
        # At the forms' first msgstr[0]: where the forms to add or remove begin.
        yield Finding("plural-count", f"{len(entry.msgstr_plural)} plural forms, but "
                      f"Plural-Forms says nplurals={count}", line, spot=(0, _START))
    if entry.fuzzy:
        return
    for form, source, target in _forms(entry):
        for edge, test in (("begin", str.startswith), ("end", str.endswith)):
            if test(source, "\n") != test(target, "\n"):
                # At the msgstr's newline when it has the one the msgid lacks.
                at = (_START if not test(target, "\n") else 0 if edge == "begin"
                      else len(target) - 1)
                yield Finding("newline-mismatch", f"msgid and msgstr do not both {edge} "
                              "with a newline ('\\n')", line, spot=(form, at))
        for flag, directives in _FORMATS.items():
            if flag not in entry.flags:
                continue
            wanted, found = directives(source), directives(target)
            if _signature(wanted) != _signature(found):
                # At the msgstr's first directive that is not the msgid's.
                yield Finding("format-mismatch", f"{flag} directives differ: msgid has "
                              f"{_show(_signature(wanted))}, msgstr has "
                              f"{_show(_signature(found))}", line,
                              spot=(form, _first_different(wanted, found)))


def _show(signature: tuple[tuple[str, str], ...]) -> str:
    if not signature:
        return "none"
    return ", ".join(f"{name}:{kind}" if kind else f"{{{name}}}" for name, kind in signature)


def check_catalog(catalog: Catalog, locale: str | None, template: bool) -> list[Finding]:
    """Every file-level finding of a catalog that could be read."""
    unended, joined = check_unended(catalog)
    found = unended + [f for f in check_header(catalog, locale, template)
                       if f.code not in joined]
    merged = list(check_joined(catalog, template))
    # A header msgcat joined repeats every field: header-merged says so, and its repair.
    found.extend(merged or check_repeated(catalog))
    count = None if template else nplurals(catalog)
    for entry in catalog.entries:
        found.extend(check_entry(entry, count))
    return found

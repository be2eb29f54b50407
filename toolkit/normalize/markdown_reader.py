"""A Markdown press release (Hugo, Jekyll, Eleventy, Decap CMS) read as the page it renders.

A static site's release is a front matter block (`---` ... `---`) and a CommonMark body.
The body is rendered to XHTML by markdown-it-py (CommonMark, with GFM tables) and read by
the page reader (`html_reader`), so the title, structure, values, entities and report
are a page's; each block element carries the line of the Markdown it came from.

Nothing raw passes: HTML written in the Markdown (a `<script>`, an `<!-- more -->`
excerpt mark, a `<div>`) is recognised by the parser and dropped, its tags' text kept
as text; Hugo's shortcodes (`{{< ... >}}`, `{{% ... %}}`) and Liquid's tags (`{% ... %}`,
`{{ ... }}`) are the site's, not the release's: dropped (a Liquid comment with what it
holds), a `figure` shortcode's image and caption kept as a photo. The report says what
was dropped.

The front matter is read as the simple YAML a site's front matter is: `key: value`, a
quoted string, a block scalar (`|`, `>`), a list (`- item` lines or `[a, b]`). No YAML
library, nothing executed; anything else (an anchor, alias or tag, an unclosed quote, a
line that is no `key: value`) is refused at its line. A nested mapping is read only under
a key that is not used (Hugo's `menu:`, `params:`), and skipped. Hugo's TOML front matter
(`+++` ... `+++`) is read by the standard library's `tomllib` (data only), its keys
mapped the same way (a TOML date or datetime is the date as written), a table or an
array of tables skipped as a nested mapping is; a TOML error is one error at its place.

- `title` is the title (the page's `h1`, unless the body opens with that heading);
- `date` the publication date, as written in its own offset (`2025-03-05`,
  `2025-03-05T14:40:00+09:00`, Jekyll's `2025-03-05 14:40:00 +0900`): a publication is a
  day, so its time is reported, not kept;
- `lang` / `language` the language, as a page's `lang` attribute;
- `publisher`, else `author`, the publisher when the text names none (`author` only when
  no default-publisher is set either: a site's author is often the press officer);
- `description` / `summary` the subtitle; `image` / `images` photos (without alt text,
  which front matter does not have).
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from babel.dates import format_skeleton
from lxml import etree
from markdown_it import MarkdownIt
from markdown_it.token import Token

from toolkit.errors import InputError
from toolkit.model import Segment
from toolkit.normalize.html_reader import read_html
from toolkit.normalize.locale_patterns import known
from toolkit.normalize.report import Report
from toolkit.normalize.structure import Dateline, Draft
from toolkit.normalize.values import span
from toolkit.xmlsafe import parse_xml

XHTML = "http://www.w3.org/1999/xhtml"
_LINE_ATTR = "data-md-line"
_MAX_SOURCELINE = 65535  # libxml2 keeps an element's line in 16 bits

_FENCE = re.compile(r"(?:---|\.\.\.)[ \t]*")
_KEY = re.compile(r"([A-Za-z_][\w.-]*)[ \t]*:(?:[ \t]+(.*))?$")
_ITEM = re.compile(r"-(?:[ \t]+(.*))?$")
_BLOCK_SCALAR = re.compile(r"[|>][+-]?[1-9]?[+-]?[ \t]*(?:#.*)?$")
_COMMENT = re.compile(r"[ \t]+#.*$")
_ESCAPES = {"\\": "\\", '"': '"', "/": "/", "n": "\n", "t": "\t", "r": "\r", "0": "\0",
            " ": " ", "_": "\u00a0", "N": "\u0085", "L": "\u2028", "P": "\u2029"}
_HEX_ESCAPE = {"x": 2, "u": 4, "U": 8}
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2})"
                   r"(?::(\d{2})(?:\.\d+)?)?)?[ \t]*(Z|[+-]\d{2}(?::?\d{2})?)?$")
_EMPTY = frozenset({"", "~", "null", "Null", "NULL"})
# Hugo's TOML front matter: its fence, where tomllib says an error is ("... (at line 3,
# column 12)", or at the end), and the key a line assigns or a table header opens (a
# bare or quoted key, perhaps the first of a dotted one), found for the report's lines.
_TOML_FENCE = re.compile(r"\+\+\+[ \t]*")
_TOML_PLACE = re.compile(r" \(at (?:line (\d+), column (\d+)|end of document)\)$")
_TOML_KEY = re.compile(r"[ \t]*(?P<header>\[\[?[ \t]*)?"
                       r"(?:\"(?P<double>(?:[^\"\\]|\\.)*)\"|'(?P<single>[^'\n]*)'|(?P<bare>[\w-]+))"
                       r"[ \t]*(?(header)[.\]]|[.=])")
_TOML_MULTILINE = ('"""', "'''")

# Hugo's shortcodes, Liquid's comment blocks, tags and output, in that order of trying:
# `{{<` and `{{%` open a shortcode before `{{` opens Liquid's output.
_TEMPLATE = re.compile(
    r"\{\{[<%].*?[>%]\}\}"
    r"|\{%-?[ \t]*comment[ \t]*-?%\}.*?\{%-?[ \t]*endcomment[ \t]*-?%\}"
    r"|\{%.*?%\}|\{\{.*?\}\}", re.DOTALL)
_SHORTCODE_NAME = re.compile(r"\{\{[<%][ \t]*/?[ \t]*([\w./-]+)")
_LIQUID_NAME = re.compile(r"\{%-?[ \t]*([\w./-]+)")
_ATTRIBUTE = re.compile(r"""([\w-]+)[ \t]*=[ \t]*(?:"([^"]*)"|`([^`]*)`|'([^']*)'|([^\s"'`>%]+))""")


@dataclass(frozen=True)
class Entry:
    """One front matter key: its value (text, list of texts, or None for a nested
    mapping that is not read) and the line it is on."""

    value: str | list[str] | None
    line: int


@dataclass(frozen=True)
class _Photo:
    line: int
    src: str
    alt: str
    caption: str


# ---------------------------------------------------------------- front matter
def front_matter(text: str, path: str | Path) -> tuple[dict[str, Entry], int]:
    """The front matter's keys (lower-cased) and the number of lines it takes (0: none)."""
    lines = text.split("\n")
    if lines and _TOML_FENCE.fullmatch(lines[0].rstrip("\r")):
        end = next((index for index in range(1, len(lines))
                    if _TOML_FENCE.fullmatch(lines[index].rstrip("\r"))), None)
        if end is None:
            raise InputError(path, "front matter opened with '+++' is not closed: end it "
                             "with a line '+++'", 1, 1)
        return _toml_entries([line.rstrip("\r") for line in lines[1:end]], 2, path), end + 1
    if not lines or lines[0].rstrip("\r").rstrip() != "---":
        return {}, 0
    end = next((index for index in range(1, len(lines))
                if _FENCE.fullmatch(lines[index].rstrip("\r"))), None)
    if end is None:
        raise InputError(path, "front matter opened with '---' is not closed: end it with a "
                         "line '---'", 1, 1)
    return _entries([line.rstrip("\r") for line in lines[1:end]], 2, path), end + 1


def _entries(lines: list[str], first: int, path: str | Path) -> dict[str, Entry]:
    found: dict[str, Entry] = {}
    index = 0
    while index < len(lines):
        line, number = lines[index], first + index
        index += 1
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0] in " \t":
            raise _bad(path, number, line, "an indented line under no key")
        match = _KEY.match(line)
        if match is None:
            raise _bad(path, number, line, "not a 'key: value' line of front matter")
        key, raw = match.group(1).lower(), (match.group(2) or "").strip()
        block = []
        while index < len(lines) and (not lines[index].strip()
                                      or lines[index][0] in " \t"
                                      or (not raw and lines[index].startswith("- "))):
            block.append((lines[index], first + index))
            index += 1
        while block and not block[-1][0].strip():
            block.pop()
        if key in found:
            raise _bad(path, number, line, f"{key!r} is given twice (first at line "
                       f"{found[key].line})")
        value: str | list[str] | None
        if _BLOCK_SCALAR.match(raw):
            value = " ".join(text.strip() for text, _ in block if text.strip())
        elif raw and block and raw[0] in "\"'[{":
            raise _bad(path, block[0][1], block[0][0], f"an indented line under {key!r}, "
                       "whose value is closed on its line")
        elif raw and block:
            for text, at in block:
                if _KEY.match(text.strip()):
                    raise _bad(path, at, text, f"an indented 'key: value' under {key!r}, "
                               "which has its value on its line")
            # A plain value YAML lets run on over indented lines, as one line.
            value = _scalar(" ".join([raw, *(t.strip() for t, _ in block if t.strip())]),
                            number, line, path)
        elif block:
            value = _block_list(block, key, path)
        else:
            value = _value(raw, number, line, path)
        found[key] = Entry(value, number)
    return found


def _toml_entries(lines: list[str], first: int, path: str | Path) -> dict[str, Entry]:
    """Hugo's TOML front matter, parsed by tomllib: its top-level keys as YAML's are."""
    try:
        data = tomllib.loads("\n".join(lines))
    except tomllib.TOMLDecodeError as exc:
        message, line, column = str(exc), len(lines), 1
        place = _TOML_PLACE.search(message)
        if place is not None:
            message = message[:place.start()]
            if place.group(1):
                line, column = int(place.group(1)), int(place.group(2))
        raise InputError(path, f"malformed front matter: invalid TOML: {message}",
                         first + max(line, 1) - 1, column) from None
    places = _toml_places(lines, first)
    found: dict[str, Entry] = {}
    for key, value in data.items():
        number = places.get(key, first)
        if key.lower() in found:
            raise InputError(path, f"malformed front matter: {key.lower()!r} is given twice "
                             f"(first at line {found[key.lower()].line})", number, 1)
        found[key.lower()] = Entry(_toml_value(value), number)
    return found


def _toml_value(value: object) -> str | list[str] | None:
    """A TOML value as the YAML reader's text: a date or datetime as written in ISO 8601
    (its offset kept), a boolean "true"/"false"; a list of such values a list; a table or
    an array of tables None, a nested mapping not read."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dt.date, dt.time)):  # (a datetime is a date)
        return value.isoformat()
    if isinstance(value, (str, int, float)):
        return str(value)
    if isinstance(value, list):
        items = [_toml_value(item) for item in value]
        texts = [item for item in items if isinstance(item, str)]
        return texts if len(texts) == len(items) else None
    return None


def _toml_places(lines: list[str], first: int) -> dict[str, int]:
    """The line each top-level key is first assigned on (or its table opened), outside a
    multi-line string; tomllib gives no places for what it parsed well."""
    places: dict[str, int] = {}
    inside = ""  # the quotes of the multi-line string a line is in
    in_table = False
    for index, line in enumerate(lines):
        if inside:
            if line.count(inside) % 2:
                inside = ""
            continue
        match = _TOML_KEY.match(line)
        if match is not None:
            key = next(g for g in (match["double"], match["single"], match["bare"])
                       if g is not None)
            if match["header"]:
                in_table = True
            if match["header"] or not in_table:
                places.setdefault(key, first + index)
        inside = next((quotes for quotes in _TOML_MULTILINE if line.count(quotes) % 2), "")
    return places


def _block_list(block: list[tuple[str, int]], key: str,
                path: str | Path) -> list[str] | None:
    """`- item` lines (a list), or None for a nested mapping (`params:` and its keys)."""
    items: list[str] = []
    for text, number in block:
        stripped = text.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if "\t" in text[:len(text) - len(text.lstrip())]:
            raise _bad(path, number, text, "a tab in front matter's indentation (YAML "
                       "indents with spaces)")
        item = _ITEM.match(stripped)
        if item is None or _KEY.match(item.group(1) or ""):
            return None
        items.append(_scalar(item.group(1) or "", number, text, path))
    return items


def _value(raw: str, number: int, line: str, path: str | Path) -> str | list[str] | None:
    if raw.startswith("{"):
        return None  # a flow mapping: nested, not read
    if raw.startswith("["):
        close = _closing(raw)
        if close < 0:
            raise _bad(path, number, line, "a list '[...' that is not closed on its line")
        inner = raw[1:close].strip()
        return [_scalar(part.strip(), number, line, path)
                for part in _split_flow(inner, number, line, path)] if inner else []
    return _scalar(raw, number, line, path)


def _closing(raw: str) -> int:
    quote = ""
    for at, char in enumerate(raw):
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char == "]":
            return at
    return -1


def _split_flow(inner: str, number: int, line: str, path: str | Path) -> list[str]:
    parts, start, quote = [], 0, ""
    for at, char in enumerate(inner):
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char in "[{":
            raise _bad(path, number, line, "a nested list or mapping inside '[...]'")
        elif char == ",":
            parts.append(inner[start:at])
            start = at + 1
    parts.append(inner[start:])
    return [part for part in parts if part.strip()]


def _scalar(raw: str, number: int, line: str, path: str | Path) -> str:
    """A plain, single- or double-quoted YAML scalar, as text."""
    if raw.startswith('"'):
        return _double_quoted(raw, number, line, path)
    if raw.startswith("'"):
        end = 1
        while True:
            end = raw.find("'", end)
            if end < 0:
                raise _bad(path, number, line, "a quoted value that is not closed on its line")
            if raw.startswith("''", end):
                end += 2
                continue
            break
        _after_quote(raw[end + 1:], number, line, path)
        return raw[1:end].replace("''", "'")
    if raw[:1] in ("&", "*", "!"):
        raise _bad(path, number, line, "YAML's anchors, aliases and tags are not read: "
                   "write the value itself")
    if raw[:1] in ("@", "`", "%", "|", ">"):
        raise _bad(path, number, line, f"a value cannot start with {raw[0]!r} in YAML: "
                   "quote it")
    plain = _COMMENT.sub("", raw).strip() if not raw.startswith("#") else ""
    if ": " in plain or plain.endswith(":"):
        raise _bad(path, number, line, "a value holding ': ' is read by YAML as a "
                   "mapping: quote it")
    return "" if plain in _EMPTY else plain


def _double_quoted(raw: str, number: int, line: str, path: str | Path) -> str:
    out: list[str] = []
    at = 1
    while at < len(raw):
        char = raw[at]
        if char == '"':
            _after_quote(raw[at + 1:], number, line, path)
            return "".join(out)
        if char != "\\":
            out.append(char)
            at += 1
            continue
        code = raw[at + 1:at + 2]
        if code in _ESCAPES:
            out.append(_ESCAPES[code])
            at += 2
        elif code in _HEX_ESCAPE:
            digits = raw[at + 2:at + 2 + _HEX_ESCAPE[code]]
            try:
                out.append(chr(int(digits, 16)))
            except ValueError:
                raise _bad(path, number, line, f"a bad escape \\{code}{digits}") from None
            at += 2 + _HEX_ESCAPE[code]
        else:
            raise _bad(path, number, line, f"an unknown escape \\{code} in a double-quoted "
                       "value")
    raise _bad(path, number, line, "a quoted value that is not closed on its line")


def _after_quote(rest: str, number: int, line: str, path: str | Path) -> None:
    if rest.strip() and not rest.lstrip().startswith("#"):
        raise _bad(path, number, line, "text after the closing quote")


def _bad(path: str | Path, number: int, line: str, why: str) -> InputError:
    column = len(line) - len(line.lstrip()) + 1
    return InputError(path, f"malformed front matter: {why}", number, column)


# ---------------------------------------------------------------- the body
def _parser() -> MarkdownIt:
    # html=True only so that raw HTML is parsed as such and dropped by the rules below
    # (with it off, a `<script>` or `<!-- more -->` would be kept as text).
    md = MarkdownIt("commonmark", {"html": True, "xhtmlOut": True}).enable("table")
    md.add_render_rule("html_block", _drop_html)
    md.add_render_rule("html_inline", _drop_html)
    return md


def _drop_html(self: object, tokens: list[Token], index: int, options: object,
               env: dict[str, list[int]]) -> str:
    where = tokens[index].map
    env.setdefault("html", []).append(where[0] if where else -1)
    return ""


def _without_templates(body: str, report: Report, first: int) -> tuple[str, list[_Photo]]:
    """The body without shortcodes and Liquid tags (their lines kept as lines), and the
    photos `figure` shortcodes name."""
    photos: list[_Photo] = []
    dropped: list[tuple[str, int]] = []

    def drop(match: re.Match[str]) -> str:
        tag = match.group()
        line = first + body.count("\n", 0, match.start())
        name = _SHORTCODE_NAME.match(tag)
        if name and name.group(1) == "figure" and not tag[3:].lstrip().startswith("/"):
            attrs = {m.group(1).lower(): next(g for g in m.groups()[1:] if g is not None)
                     for m in _ATTRIBUTE.finditer(tag)}
            if attrs.get("src"):
                photos.append(_Photo(line, attrs["src"], attrs.get("alt", ""),
                                     attrs.get("caption") or attrs.get("title", "")))
                report.guess("figure", attrs["src"], "a figure shortcode: its image and "
                             "caption are a photo of the release", line)
                return "\n" * tag.count("\n")
        liquid = _LIQUID_NAME.match(tag)
        what = f"{{{{< {name.group(1)} >}}}}" if name else \
            f"{{% {liquid.group(1)} %}}" if liquid else "{{ ... }}"
        dropped.append((f"{what} (line {line})", line))
        return "\n" * tag.count("\n")

    kept = _TEMPLATE.sub(drop, body)
    if dropped:
        report.guess("dropped", ", ".join(what for what, _ in dropped), "Hugo shortcodes and "
                     "Liquid tags are the site's templates, not text of the release",
                     dropped[0][1])
    return kept, photos


def _page(body: str, first: int, report: Report) -> tuple[etree._Element, etree._Element]:
    """The body rendered to an XHTML page (html, article), each element given the line of
    the Markdown it came from."""
    md = _parser()
    env: dict[str, list[int]] = {}
    tokens = md.parse(body, env)
    for token in tokens:
        for child in token.children or ():
            if child.type == "html_inline":
                child.map = token.map  # (the paragraph's line, for the report)
        if token.map and (token.nesting == 1 or token.type in ("fence", "code_block", "hr")):
            token.attrSet(_LINE_ATTR, str(first + token.map[0]))
    html = md.renderer.render(tokens, md.options, env)
    if env.get("html"):
        lines = sorted({first + at for at in env["html"] if at >= 0})
        where = f" (line {', '.join(map(str, lines))})" if lines else ""
        report.guess("dropped", f"raw HTML ×{len(env['html'])}", "HTML written in the "
                     f"Markdown is not passed through; text between its tags is kept{where}",
                     lines[0] if lines else 0)
    root = parse_xml(f'<html xmlns="{XHTML}"><body><article>{html}</article></body></html>'
                     .encode(), "<markdown>").getroot()
    _at(root, first)
    for element in root.iter():
        if element is root:
            continue
        line = element.attrib.pop(_LINE_ATTR, None)
        parent = element.getparent()
        assert parent is not None
        _at(element, int(line) if line else parent.sourceline or 0)
    return root, root[0][0]


def _at(element: etree._Element, line: int) -> None:
    """The element said to be on `line` of the Markdown file (the page reader's lines)."""
    element.sourceline = min(line, _MAX_SOURCELINE)  # type: ignore[misc]


def _element(name: str, line: int, text: str | None = None, **attrs: str) -> etree._Element:
    element = etree.Element(f"{{{XHTML}}}{name}", {k: v for k, v in attrs.items() if v})
    element.text = text
    _at(element, line)
    return element


def _figure(photo: _Photo) -> etree._Element:
    figure = _element("figure", photo.line)
    figure.append(_element("img", photo.line, src=photo.src, alt=photo.alt))
    if photo.caption:
        figure.append(_element("figcaption", photo.line, photo.caption))
    return figure


# ---------------------------------------------------------------- the release
_USED = frozenset({"title", "date", "lang", "language", "author", "publisher", "description",
                   "summary", "image", "images"})


def read_markdown(text: str, path: str | Path, report: Report, lang: str | None,
                  default_publisher: str | None = None) -> Draft:
    """A Markdown release read into a draft by the page reader's rules (`lang` if stated)."""
    keys, taken = front_matter(text, path)
    first = taken + 1
    body = "\n".join(text.split("\n")[taken:])
    body, photos = _without_templates(body, report, first)
    root, article = _page(body, first, report)
    title = _text(keys, "title")
    if title:
        line = keys["title"].line
        h1 = next(iter(article.iter(f"{{{XHTML}}}h1")), None)
        if h1 is None or " ".join("".join(h1.itertext()).split()) != " ".join(title.split()):
            article.insert(0, _element("h1", line, title))
            report.guess("title", title, "the front matter's title", line)
    images = keys.get("images") or keys.get("image")
    if images is not None:
        sources = images.value if isinstance(images.value, list) else [images.value or ""]
        h1 = next(iter(article.iter(f"{{{XHTML}}}h1")), None)
        at = article.index(h1) + 1 if h1 is not None and h1.getparent() is article else 0
        for offset, src in enumerate(s for s in sources if s):
            article.insert(at + offset, _figure(_Photo(images.line, src, "", "")))
    for photo in photos:
        # Before the first block under the shortcode's line: where the page shows it.
        after = next((i for i, e in enumerate(article) if (e.sourceline or 0) > photo.line),
                     len(article))
        article.insert(after, _figure(photo))
    told = next((key for key in ("lang", "language") if _text(keys, key)), None)
    if told is not None:
        root.set("lang", _text(keys, told))
        _at(root, keys[told].line)
    guessed = len(report.guesses)
    draft = read_html(root, report, lang)
    for index in range(guessed, len(report.guesses)):
        found = report.guesses[index]
        if found.what == "lang" and found.rule == "the page's lang attribute":
            report.guesses[index] = replace(found, rule=f"the front matter's {told}")
    _apply(draft, keys, report, default_publisher)
    return draft


def _apply(draft: Draft, keys: dict[str, Entry], report: Report,
           default_publisher: str | None) -> None:
    """The front matter's date, subtitle and publisher on the page's draft."""
    if "date" in keys and _text(keys, "date"):
        draft.dateline = _dateline(keys["date"], draft.lang, report)
    for key in ("description", "summary"):
        if subtitle := _text(keys, key):
            draft.subtitle = Segment("subtitle", (" ".join(subtitle.split()),),
                                     line=keys[key].line)
            report.guess("subtitle", draft.subtitle.text, f"the front matter's {key}",
                         keys[key].line)
            break
    if draft.publisher is None:
        for key in ("publisher", "author"):
            name = _text(keys, key) or _first(keys, key)
            if name and (key == "publisher" or not default_publisher):
                draft.publisher = name
                report.guess("publisher", name, f"the front matter's {key}: the text names "
                             "no publisher", keys[key].line)
                break
    if _text(keys, "draft").lower() in ("true", "yes", "on"):
        report.guess("draft", "true", "the front matter marks the release a draft: the site "
                     "does not publish it yet", keys["draft"].line)
    unread = sorted(key for key in keys if key not in _USED and key != "draft")
    if unread:
        report.guess("dropped", ", ".join(unread), "front matter keys a release does not "
                     "have, not read", min(keys[key].line for key in unread))


def _text(keys: dict[str, Entry], key: str) -> str:
    entry = keys.get(key)
    return entry.value if entry is not None and isinstance(entry.value, str) else ""


def _first(keys: dict[str, Entry], key: str) -> str:
    """The first of a list's items (Jekyll's `authors: [...]`, Hugo's `author: [..]`)."""
    entry = keys.get(key)
    return entry.value[0] if entry is not None and isinstance(entry.value, list) \
        and entry.value else ""


def _dateline(entry: Entry, lang: str | None, report: Report) -> Dateline:
    raw = entry.value if isinstance(entry.value, str) else ""
    match = _DATE.match(raw)
    day = None
    if match is not None:
        try:
            day = dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            day = None
    if match is None or day is None:
        raise InputError(report.input, f"malformed front matter: date {raw!r} is no date "
                         "(write YYYY-MM-DD, perhaps with a time: 2025-03-05T14:40:00+09:00)",
                         entry.line, 1)
    where = next((t for t in ((lang or "en").replace("-", "_"), (lang or "en").split("-")[0],
                              "en") if known(t)), "en")
    text = format_skeleton("yMMMMd", day, locale=where)
    clock = f"; its time {match[4]}:{match[5]}" + (f" {match[7]}" if match[7] else "") + \
        " not kept: a release's publication is a day" if match[4] else ""
    report.guess("date", text, f"the front matter's date {raw}, the day in its own offset, "
                 f"written with {where}'s yMMMMd pattern{clock}", entry.line)
    return Dateline(lang or "", span("date", text, value=day.isoformat(), skeleton="yMMMMd"),
                    None, entry.line)

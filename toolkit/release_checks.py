"""Checks on release XML that the schema cannot express, as generators of issues.

`check_file` is the whole pipeline for one file: parse (unsafe input refused), schema,
then each semantic check on the model. Checks are pure functions listed in `CHECKS`.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
import unicodedata
import zoneinfo
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from toolkit.atomic import read_bytes
from toolkit.errors import InputError, first_conflict
from toolkit.html_writer import IMAGE_SCHEMES, LINK_SCHEMES, safe_href, url_as_read
from toolkit.images import image_path, release_folder
from toolkit.issues import Issue, error, warning
from toolkit.language_tags import within_language
from toolkit.loader import id_position, not_a_release, reserved, reserved_id
from toolkit.model import Inline, Release, Span, has_direction_controls, iter_spans
from toolkit.paths import display
from toolkit.placeholders import direction_fault
from toolkit.release_xml import read_release
from toolkit.schema import schema_errors
from toolkit.vocabulary import DATE_SKELETONS
from toolkit.weekdays import CODE as WEEKDAY_CODE
from toolkit.weekdays import in_content, locate
from toolkit.xmlsafe import parse_xml

Check = Callable[[Release, str], Iterator[Issue]]



def _typed(release: Release) -> Iterator[Span]:
    yield release.meta.published
    for segment in release.segments():
        yield from iter_spans(segment.content)


def check_skeletons(release: Release, path: str) -> Iterator[Issue]:
    """A date's skeleton must ask only for fields its value has."""
    needs = {"full": 3, "month": 2, "year": 1}
    for span in _typed(release):
        if span.name != "date":
            continue
        value, skeleton = span.get("value", ""), span.get("skeleton", "")
        have = len(value.split("-")) if value else 0
        if skeleton in DATE_SKELETONS and have < needs[DATE_SKELETONS[skeleton]]:
            yield error(path, span.line, "date-skeleton",
                        f"date {value!r} has no day or month for skeleton {skeleton!r}")


def check_date_ranges(release: Release, path: str) -> Iterator[Issue]:
    """A date range's end is written as its value is (a day, a month or a year) and is
    not before it: the build could not write such a range. The publication date is no
    range at all: a release is published on one day, the one the index of releases and
    the embargo check read from its value."""
    published = release.meta.published
    if published.get("end") is not None:
        yield error(path, published.line, "date-range",
                    f"the publication date is one day, not a range: meta/published has an "
                    f"end ({published.get('end')!r}); write the day it was published")
    for span in _typed(release):
        end = span.get("end") if span.name == "date" else None
        if end is None or span is published:
            continue
        value = span.get("value", "")
        if len(end) != len(value):
            yield error(path, span.line, "date-range",
                        f"date range {value!r} to {end!r}: the end is not written as the "
                        f"start is (both a day, a month or a year)")
        elif end < value:  # ISO dates of one precision sort as they follow
            yield error(path, span.line, "date-range",
                        f"date range {value!r} to {end!r} ends before it starts")


def check_zones(release: Release, path: str) -> Iterator[Issue]:
    """Time zones must be IANA names this machine knows."""
    zones = [(s.get("zone"), s.line) for s in _typed(release) if s.name == "time"]
    if release.meta.embargo:
        zones.append((release.meta.embargo.zone, release.meta.embargo.line))
    for zone, line in zones:
        if zone is None:
            continue
        try:
            zoneinfo.ZoneInfo(zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            yield error(path, line, "zone-unknown", f"{zone!r} is not an IANA time zone")


def check_embargo(release: Release, path: str) -> Iterator[Issue]:
    """An embargo must lift no later than the day of publication."""
    embargo = release.meta.embargo
    published = release.meta.published.get("value", "")
    if not embargo or len(published) != 10:
        return
    # (Imported here: the formatting package costs validate ~24M instructions of
    # imports, and most releases have no embargo.)
    from toolkit.formatting.base import parse_instant

    try:
        lifted = parse_instant(embargo.value)
    except ValueError:
        return  # (no instant: the schema and the build say so)
    if lifted.date() > dt.date.fromisoformat(published):
        yield warning(path, embargo.line, "embargo-after-publication",
                      f"embargo {embargo.value} lifts after the publication date {published}")


def check_segments(release: Release, path: str) -> Iterator[Issue]:
    """A segment without text; a directional control a segment leaves unpaired, as a
    translation's is refused (one walk of the segments' text for both).

    An override or embedding runs on to the end of the page's paragraph (a scraped
    page's stray U+202E reversed the rest of it, and in the dateline the publisher's
    name after the place), and the translator who kept it, as in the source, had the
    translation rejected for it."""
    for segment in release.segments():
        text = segment.text
        if not text.strip():
            yield error(path, segment.line, "segment-empty", f"{segment.name} has no text")
            continue
        if not has_direction_controls(text):
            continue
        fault = direction_fault(text)
        if fault is not None:
            control = text[fault[0]]
            yield error(path, segment.line, "direction-unpaired",
                        f"{segment.name}: U+{ord(control):04X} ({unicodedata.name(control)}) "
                        "is not paired (an embedding, override or isolate with its closer): "
                        "it would change the direction of the text after it on the page; "
                        "remove it, or pair it")


def check_typed_text(release: Release, path: str) -> Iterator[Issue]:
    """A typed value keeps its source text, so the source locale builds back exactly."""
    for span in _typed(release):
        if not span.text.strip():
            yield error(path, span.line, "value-no-text",
                        f"{span.name} {span.get('value')!r} has no source text")


# A scheme as browsers read it, after they drop tabs, newlines and leading spaces.
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*(?=:)")


def check_addresses(release: Release, path: str) -> Iterator[Issue]:
    """A link's href and a figure's src are ones a page may carry: the build leaves out
    any other (a `javascript:`, `data:` or `vbscript:` link is a script, or a page of
    its own, run where the reader clicks), so the page would have a link that goes
    nowhere or no photo. Decided by the build's own test (`safe_href`), so the two agree."""
    addresses = [(span.get("href"), span.line, "link href", LINK_SCHEMES)
                 for segment in release.segments() for span in iter_spans(segment.content)
                 if span.name == "link"]
    addresses += [(figure.src, figure.line, "figure src", IMAGE_SCHEMES)
                  for figure in release.figures]
    for value, line, what, schemes in addresses:
        if value is None or safe_href(value, schemes) is not None:
            continue
        scheme = _SCHEME.match(url_as_read(value))
        *some, last = sorted(schemes)
        kept = f"{', '.join(some)} or {last}"
        if scheme is not None and scheme.group().lower() not in schemes:
            why = (f"a page carries no {scheme.group().lower()}: address, so the build "
                   f"writes the {what.split()[0]} without it")
        else:  # scheme-relative (//host/..., \\host/...) or not one urlsplit can read
            why = (f"it is not an address a page carries (one starting // or \\\\, which "
                   f"browsers read alike, or a malformed one), so the build writes the "
                   f"{what.split()[0]} without it")
        yield error(path, line, "address-scheme",
                    f"{what} {value!r}: {why}; write an {kept} address or a relative one")


def check_alt_text(release: Release, path: str) -> Iterator[Issue]:
    """A photo a page shows has a text alternative, its alt or its caption: the build
    writes one with neither as ``alt=""``, which tells a screen reader it is decoration
    (WCAG 1.1.1), so a reader who cannot see it learns nothing of it. A warning, placed
    at the src as figure-missing is (the file read again only then): a photo may be
    decoration; a project that requires alt text makes it an error in `[checks]`. A
    figure with no photo to show (no src, or one address-scheme refuses) is not one."""
    source: str | None = None
    seen: dict[int, int] = {}  # figures met on a line so far (`_src_position`)
    for figure in release.figures:
        nth = seen[figure.line] = seen.get(figure.line, -1) + 1
        if figure.alt is not None or figure.caption is not None \
                or safe_href(figure.src, IMAGE_SCHEMES) is None:
            continue
        if source is None:
            try:
                source = Path(path).read_text(encoding="utf-8", errors="replace")
            except OSError:  # (a model given without its file: the figure's line)
                source = ""
        line, column = _src_position(source, figure.line, nth) if source \
            else (figure.line, 0)
        yield warning(path, line, "figure-no-alt",
                      f"figure src {figure.src!r} has neither alt text nor a caption: every "
                      "page shows the photo with alt=\"\", which tells a screen reader it is "
                      "decoration (WCAG 1.1.1); say what it shows in an <alt> (or a "
                      "<caption>)", column)


def check_weekdays(release: Release, path: str) -> Iterator[Issue]:
    """A weekday written beside a date, or in its text, names the date's own day
    ("Tuesday 31 March 2025" is a Monday's date): the build writes the date in each
    language and the translator copies the weekday, so every page would print the
    contradiction. A warning: the words beside a date are read, not marked, and a
    sentence may name a weekday of another date next to it; a project sure of its
    releases makes it an error in `[checks]`. The file is read again only to give the
    weekday's column, when there is a finding."""
    source: str | None = None
    published = release.meta.published
    places: list[tuple[tuple[Inline, ...], int]] = [((published,), published.line)]
    places += [(segment.content, segment.line) for segment in release.segments()]
    for content, line in places:
        for found in in_content(content, release.lang):
            if source is None:
                try:
                    source = Path(path).read_text(encoding="utf-8", errors="replace")
                except OSError:  # (a model given without its file: no column)
                    source = ""
            where, column = locate(source, line, found)
            yield warning(path, where, WEEKDAY_CODE, found.message(), column)


def check_photos(release: Release, path: str, data: bytes,
                 releases: str) -> Iterator[Issue]:
    """A figure's relative src names a file: the build copies the photo from beside the
    release (`toolkit.images`) and writes the src into every page whether it is there or
    not. Only srcs the build copies for are looked for (not an absolute URL, one from
    the site's root, one leading outside the `releases` folder...), one stat each; the
    file is read again only to place a finding."""
    if not release.figures:
        return
    folder = release_folder(os.path.abspath(path), releases)
    if folder is None:
        return
    source: str | None = None
    seen: dict[int, int] = {}  # figures met on a line so far (`_src_position`)
    for figure in release.figures:
        nth = seen[figure.line] = seen.get(figure.line, -1) + 1
        src = safe_href(figure.src, IMAGE_SCHEMES)
        photo = image_path(src, folder) if src is not None else None
        if photo is None:
            continue
        try:
            found = stat.S_ISREG(os.stat(releases + os.sep + photo.replace("/", os.sep))
                                 .st_mode)
        except OSError:
            found = False
        if found:
            continue
        if source is None:
            source = data.decode("utf-8", "replace")
        line, column = _src_position(source, figure.line, nth)
        yield warning(path, line, "figure-missing",
                      f"figure src {figure.src!r} names no file: no {photo} beside the "
                      "release (under the releases folder), so every page shows a photo "
                      "that is not there; add the photo or correct the src", column)


_FIGURE = re.compile(r"<(?:[\w.-]+:)?figure(?=[\s/>])")
_SRC = re.compile(r"(?<=\s)src\s*=\s*[\"']")


def _src_position(source: str, line: int, nth: int) -> tuple[int, int]:
    """The line and column of the src value's first character of the `nth` figure
    starting on `line` of the release's text (the figure's line, column 0, when it
    cannot be told)."""
    lines = source.split("\n")
    text = "\n".join(lines[line - 1:])
    starts = [m.start() for m in _FIGURE.finditer(text)]
    if nth >= len(starts):
        return line, 0
    end = text.find(">", starts[nth])
    found = _SRC.search(text, starts[nth], end if end >= 0 else len(text))
    if found is None:
        return line, 0
    before = text[:found.end()]
    return line + before.count("\n"), found.end() - (before.rfind("\n") + 1) + 1


CHECKS: tuple[Check, ...] = (
    check_skeletons,
    check_date_ranges,
    check_zones,
    check_embargo,
    check_segments,
    check_typed_text,
    check_addresses,
    check_alt_text,
    check_weekdays,
)


def check_file(path: Path, source_locale: str | None = None, *,
               in_releases: bool = False,
               releases: str | None = None) -> tuple[Release | None, list[Issue]]:
    """Every issue of one release file; the release when it could be read. Given the
    project's `source_locale`, a release written in another language is a warning.
    `in_releases`: the file is in the project's releases folder, so XML that is no
    release is to be kept out of it (as build and extract say), not only out of a
    pre-commit hook's files. Given the project's `releases` folder (absolute), a
    figure's photo under it that is not there is a warning (`check_photos`).

    Raises `InputError` only when the file cannot be read or parsed at all.
    """
    data = read_bytes(path)
    tree = parse_xml(data, path)
    name = str(path)
    # Markers that parse (one that does not is `parse_xml`'s to say): a merge resolved
    # but for its ======= or >>>>>>> line, left in a paragraph's text (to be published
    # as it is) or between elements (a schema error that did not say why).
    conflict = first_conflict(data, name)
    if conflict is not None:
        return None, [error(name, conflict.line, conflict.code, conflict.message, 1)]
    root_line = tree.getroot().sourceline or 1
    found = [error(name, line, "schema", message, column)
             for line, column, message in schema_errors(tree)]
    if found:
        # (A sitemap. Outside the releases folder validate was given it, as the
        # pre-commit hook gives changed files, whose `exclude:` is where it is left out.)
        plain = not_a_release(tree) if in_releases \
            else not_a_release(tree, "leave it out (pre-commit: `exclude:`)")
        return None, found if plain is None else [error(name, root_line, "schema", plain)]
    try:
        release = read_release(tree, path)
    except InputError as exc:
        return None, [error(name, exc.line, "structure", exc.message, exc.column)]
    for check in CHECKS:
        found.extend(check(release, name))
    if releases is not None:
        found.extend(check_photos(release, name, data, releases))
    if path.stem != release.id:
        line, column = id_position(data, name, value=True)  # (the value: one to correct)
        found.append(error(name, line or root_line, "id-filename",
                           f"release id {release.id!r} does not match the file name "
                           f"{path.name!r}", column))
    if reserved_id(release.id):
        refused = reserved(name, release.id, data)
        found.append(error(name, refused.line or root_line, "id-reserved", refused.message,
                           refused.column))
    elif windows_device(release.id):
        line, column = id_position(data, name, value=True)  # (as id-filename's)
        found.append(error(name, line or root_line, "id-reserved",
                           f"release id {release.id!r} is a device name on Windows (CON, "
                           "PRN, AUX, NUL, COM1-9, LPT1-9, before any dot, in any case): a "
                           "checkout there cannot hold its release, template, catalogs or "
                           "pages; choose another id (and rename the file)", column))
    if source_locale is not None and not within_language(release.lang, source_locale):
        # Its catalogs translate from it and its source-locale page is built from it as
        # it is: that page, listed as the source locale's, would be in another language.
        # (Not so for en-GB in an en project: the same language, more precisely tagged.)
        found.append(warning(name, root_line, "release-language",
                             f"written in {release.lang} (xml:lang), not in {source_locale}, "
                             "the source locale: correct xml:lang, or translate it into "
                             f"{source_locale} with a catalog"))
    return release, found


# Names Windows keeps for devices, in any case and whatever follows a dot ("nul.tar.gz"
# is NUL): git for Windows refuses to check out such a file, so a release of such an id
# breaks every Windows colleague's clone (Linux and macOS take it).
_WINDOWS_DEVICES = frozenset({"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)),
                              *(f"lpt{n}" for n in range(1, 10))})


def windows_device(release_id: str) -> bool:
    """Whether files named by `release_id` (``<id>.xml``, ``<id>.po``) are a device on
    Windows."""
    return release_id.partition(".")[0].lower() in _WINDOWS_DEVICES


def check_unique_ids(releases: Iterable[tuple[Path, str]],
                     show: Callable[[Path], str] = display) -> Iterator[Issue]:
    """Each release id once in a project, over (path, release id) pairs; the other
    file is named as `show` shows paths (not in full, which put the build machine's
    folders into a CI annotation).

    Ids that differ only in case are one id too: on macOS's and Windows's file systems,
    which ignore case, ``Foo.xml`` and ``foo.xml`` (their templates, catalogs and pages)
    are one file, and a colleague's checkout of the repository holds one of the two.

    Ids rather than releases, so that workers checking releases in parallel send back
    a few bytes each instead of a whole release to pickle.
    """
    seen: dict[str, tuple[Path, str]] = {}
    for path, release_id in releases:
        key = release_id.lower()  # (ids are ASCII: `RELEASE_ID`)
        if key not in seen:
            seen[key] = path, release_id
            continue
        first, spelt = seen[key]
        if spelt == release_id:
            yield error(str(path), 2, "id-duplicate",
                        f"release id {release_id!r} is also used by {show(first)}")
        else:
            yield error(str(path), 2, "id-duplicate",
                        f"release id {release_id!r} differs from {spelt!r} ({show(first)}) "
                        "only in case: on macOS and Windows, whose file systems ignore "
                        "case, their files (releases, templates, catalogs, pages) are one "
                        "file; rename one of them")

"""The record of the last build, ``<output>/.communique-cache.jsonl``: what lets a
build skip the pairs whose inputs, settings and outputs are as they were.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Generator, Iterable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any, Literal

from toolkit import __version__
from toolkit.build_pair import LocaleJob, PairResult, Status, input_stamp
from toolkit.errors import InputError
from toolkit.html_writer import IndexEntry
from toolkit.issues import Issue, Severity
from toolkit.paths import display
from toolkit.translate import Count, Coverage

CACHE_NAME = ".communique-cache.jsonl"
# 6: a page's versions (``v``); 5: paths relative to the project folder; 4: lines in
# release order
CACHE_FORMAT = 6
# The record of builds before format 3: unreadable now, and removed when a record is saved.
LEGACY_CACHE_NAME = ".communique-cache.json"


def unchanged(recorded: list[Any] | None, path: str) -> tuple[bool, list[Any] | None]:
    """Whether a file still has the recorded content, and its up-to-date stamp.

    Size and modification time equal to the record: unchanged without reading. Else the
    content hash decides, so a touched but identical file is not rebuilt.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return recorded is None, None
    if recorded is None:
        return False, None
    if info.st_size == recorded[1] and info.st_mtime_ns == recorded[2]:
        return True, recorded
    try:
        fresh = input_stamp(Path(path))
    except InputError:
        # Unreadable now (a folder in its place, a read error): built again, to fail as
        # a pair with its own issue. Raised from here, it ended the whole build before
        # anything was built, its path absolute, without the report.
        return False, None
    if fresh is not None and fresh[3] == recorded[3]:
        return True, list(fresh)
    return False, None


# The record of the last build: JSON Lines, a header ``{"format": 5, "tool": version}``,
# then one line ``[release path, locale, entry]`` per pair, sorted by release path, then
# locale: the order in which a build goes through its releases. Paths are written as
# `RecordPaths` gives them, relative to the project folder: the record holds no path of
# the machine that built (the output folder is what gets published), and stays valid
# when the project is moved or checked out elsewhere. A build reads it as a
# stream beside its sorted releases and writes the next one as a stream (a temp file
# renamed at the end), so no part of it is held: a line is read, looked at, and written
# again as the bytes it was read as, or replaced by the line of a pair built this time.
#
# The entry: ``s`` stamp of code and settings, ``r`` release [size, mtime_ns, hash], ``c``
# catalog [path, size, mtime_ns, hash] ([path] when it did not exist), ``o`` outputs
# [[name under the output folder, size, mtime_ns]], ``st`` status, ``id`` release id,
# ``cv`` coverage (segments and words: translated, fuzzy, untranslated, rejected), ``is``
# issues, ``ix`` index entry [title, date value, date text, the title's language when it
# fell back], ``v`` the versions the page links (the locales in which the release had a
# page then, in the order listed, as `page_versions` has this page list them: a real page
# leaves out the pseudo-locales'; a version in another language than its locale's is
# written ``en=fr``: `toolkit.build_pair.version_of`), and only on the line of such a
# page, ``pl`` that language (what the other pages list it as); in a build with feeds
# (a site-url: its value is in ``s``), ``fe`` what the page's feed entry says besides
# its index entry (`toolkit.feeds.entry_fields`); of a release with an embargo, ``eb``
# its instant in UTC (`toolkit.build_pair.embargo_utc`), by which a build holding
# embargoed releases knows an unchanged page to be one to take down. A release held
# (``st`` "held") has a line per locale with no outputs and no page, its ``s`` the
# code's stamp, ``r`` its release's, ``eb`` its instant and ``hu`` the instant as said
# ("2025-06-17 00:01 BST"): a holding build before that instant, with the same code,
# takes an unchanged release as still held without reading it; any other build reads
# it again, and builds it once its embargo has lifted.
#
# An unchanged pair costs a few `stat` calls; an unchanged build rewrites nothing.
# (release path, locale, line); a generator, closed by its readers when they stop early.
RecordLines = Generator[tuple[str, str, bytes], None, None]


class RecordPaths:
    """Paths as the record names them: relative to the project folder, with ``/``, for a
    file under it (a project's releases and catalogs); absolute for any other."""

    def __init__(self, root: Path) -> None:
        self.root = str(root.resolve())
        self._prefix = self.root + os.sep

    def key(self, path: str) -> str:
        """The record's name of an absolute path."""
        if path.startswith(self._prefix):
            return path[len(self._prefix):].replace(os.sep, "/")
        return path

    def path(self, key: str) -> str:
        """The absolute path of a record's name (an absolute one is kept as it is)."""
        return os.path.join(self.root, key.replace("/", os.sep)) if key else key


# One encoder for the run: json.dumps with options makes a JSONEncoder at every call,
# and a build writes three strings a pair.
_ENCODE = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


def dumps(value: object) -> bytes:
    return _ENCODE(value).encode("utf-8")


def record_header() -> bytes:
    return dumps({"format": CACHE_FORMAT, "tool": __version__}) + b"\n"


def record_line(release: str, locale: str, entry: bytes) -> bytes:
    return b"[%s,%s,%s]\n" % (dumps(release), dumps(locale), entry)


# What a record line's locale must look like, as the name of a folder under the output
# folder (`Context.output_folder`) of a tag a config accepts (ja, pt-BR, zh_Hant_TW,
# sr@latin, ja.UTF-8, en-XA): a build lists that folder, and may remove files from it,
# its index page and the folder itself. A damaged or hand-made line's ``..``,
# ``../releases``, ``.`` or absolute path would have it remove a project's or any
# folder's index.html and feed.xml.
_LOCALE_FOLDER = re.compile(r"[A-Za-z0-9][A-Za-z0-9_@.-]*")


def read_record(path: Path) -> RecordLines:
    """A record file's lines in order. OSError when there is none; ValueError when it
    is of another format, a line does not start as a record line, its locale is no
    folder's name a build writes (`_LOCALE_FOLDER`), or lines are out of order (the
    merge with the releases relies on the order)."""
    with path.open("rb") as handle:
        header = json.loads(handle.readline())
        if not isinstance(header, dict) or header.get("format") != CACHE_FORMAT:
            raise ValueError("another format")
        last: tuple[str, str] | None = None
        folders: set[str] = set()  # the locales seen to be folders' names
        for line in handle:
            key = line_key(line)
            if last is not None and key <= last:
                raise ValueError("record lines out of order")
            if key[1] not in folders:
                if _LOCALE_FOLDER.fullmatch(key[1]) is None:
                    raise ValueError("not a locale's folder")
                folders.add(key[1])
            last = key
            # A last line cut short keeps its place as a line when written again.
            yield key[0], key[1], line if line.endswith(b"\n") else line + b"\n"


def line_key(line: bytes) -> tuple[str, str]:
    """A line's release path and locale, the two JSON strings it starts with, decoded
    without decoding its entry; ValueError if it does not start as a record line."""
    path_end = _string_end(line, 1) if line[:2] == b'["' else -1
    locale_end = (_string_end(line, path_end + 2)
                  if path_end > 0 and line[path_end + 1:path_end + 3] == b',"' else -1)
    if locale_end < 0 or line[locale_end + 1:locale_end + 2] != b",":
        raise ValueError("not a record line")
    return _json_string(line[1:path_end + 1]), _json_string(line[path_end + 2:locale_end + 1])


def _json_string(quoted: bytes) -> str:
    # Without a backslash a JSON string is its UTF-8 between the quotes (the record is
    # written with ensure_ascii off): a key is read twice a build, for every pair.
    return quoted[1:-1].decode("utf-8") if b"\\" not in quoted else json.loads(quoted)


def line_entry(line: bytes) -> dict[str, Any]:
    """A line's entry; ValueError or TypeError when the line is damaged."""
    entry = json.loads(line)[2]
    if not isinstance(entry, dict):
        raise TypeError("not an entry")
    return entry


def _string_end(line: bytes, start: int) -> int:
    """The index of the quote closing the JSON string opened at `start`, or -1."""
    at = start
    while (at := line.find(b'"', at + 1)) >= 0:
        if line[at - 1] != 0x5C:  # no backslash before it (a path's usual case)
            return at
        escapes = len(line[start + 1:at]) - len(line[start + 1:at].rstrip(b"\\"))
        if escapes % 2 == 0:
            return at
    return -1


class Earlier:
    """The last build's record, read alongside this build's sorted releases."""

    def __init__(self, lines: Iterable[tuple[str, str, bytes]]) -> None:
        self._lines = iter(lines)
        self._next = next(self._lines, None)

    def before(self, release: str | None) -> Iterator[bytes]:
        """The lines of releases sorting before `release` (all that are left if None):
        releases this build does not go through. Read it to the end."""
        while self._next is not None and (release is None or self._next[0] < release):
            yield self._next[2]
            self._next = next(self._lines, None)

    def take(self, release: str) -> dict[str, bytes]:
        """The lines of `release`, by locale."""
        found: dict[str, bytes] = {}
        while self._next is not None and self._next[0] == release:
            found[self._next[1]] = self._next[2]
            self._next = next(self._lines, None)
        return found

    def close(self) -> None:
        close = getattr(self._lines, "close", None)
        if close is not None:
            close()


def pair_entry(job: LocaleJob, result: PairResult, base: str, paths: RecordPaths) -> bytes:
    """The record entry of a pair built (or skipped) this time."""
    release_stamp, catalog_stamp = result.inputs
    catalog = paths.key(catalog_stamp[0]) if catalog_stamp else ""
    outputs = []
    written = result.written or [(info.st_size, info.st_mtime_ns)
                                 for info in map(os.stat, result.outputs)]
    prefix = base + os.sep
    for path, (size, mtime) in zip(result.outputs, written, strict=True):
        # Outputs are under the output folder: their name is a slice (relpath
        # normalises both paths, a cost per output of a large build).
        name = path[len(prefix):] if path.startswith(prefix) else os.path.relpath(path, base)
        outputs.append([name, size, mtime])
    c = result.coverage
    index = result.index
    return dumps({
        "s": job.stamp[:16],
        "r": list(release_stamp[1:]) if release_stamp else [],
        "c": [catalog, *catalog_stamp[1:]] if catalog_stamp and catalog_stamp[1] >= 0
        else [catalog],
        "o": outputs, "st": result.status.value, "id": result.release_id,
        "cv": [n for k in (c.translated, c.fuzzy, c.untranslated, c.rejected)
               for n in (k.segments, k.words)] if c else [],
        # An issue's path as the record names files: as shown, it depends on the folder
        # the build ran from (and is absolute outside it).
        "is": [[paths.key(os.path.abspath(i.path)) if i.path else "", i.line, i.column,
                i.severity.value, i.code, i.message]
               for i in result.issues],
        "ix": ([index.title, index.date_value, index.date_text,
                *([index.title_lang] if index.title_lang else [])] if index else None),
        "v": list(result.versions),
        **({"pl": result.language} if result.language else {}),
        # (only in a build with feeds: without, the record is as it was)
        **({"fe": list(result.feed)} if result.feed else {}),
        **({"eb": result.embargo} if result.embargo else {}),  # (likewise)
        # (only of a release with photos: `toolkit.images.copy_images`)
        **({"im": [list(image) for image in result.images]} if result.images else {}),
    })


def held_entry(result: PairResult, code: str) -> bytes:
    """The record entry of a pair whose release is held (`Status.HELD`): no outputs,
    no page, no catalog; the stamp of the `code` that held it, its release's and its
    instant (as `embargo_utc` writes it, and as said), by which it is known to be held
    still."""
    release_stamp = result.inputs[0] if result.inputs else None
    return dumps({"s": code, "r": list(release_stamp[1:]) if release_stamp else [],
                  "c": [""], "o": [], "st": Status.HELD.value,
                  "id": result.release_id, "cv": [], "is": [], "ix": None, "v": [],
                  **({"eb": result.embargo} if result.embargo else {}),
                  **({"hu": result.held} if result.held else {})})


# How an entry of a built pair, which has pages, is written: ``json.dumps`` of the entry,
# keys sorted. Inside a JSON string a quote is escaped, so these bytes can only be the
# entry's own key and value: a line is told to have pages without decoding it.
_BUILT = b'"st":"%s"' % Status.BUILT.value.encode()


def has_page(line: bytes) -> bool:
    """Whether a record line is of a pair built, whose pages are there for readers."""
    # Searched from the end, where the key is (only the versions follow it): a line with
    # twenty issues is 1.7 kB, and a forward search cost 0.7 us of it, 0.1 this way.
    return line.rfind(_BUILT) >= 0


_LINKED = b',"v":'


def linked_bytes(line: bytes) -> bytes:
    """The versions a record line's page links (``v``) as the JSON the line holds them in,
    without decoding the line: ``v`` is the entry's last key (keys are sorted), so its
    value runs to the end of the entry. Empty bytes when the line has none."""
    at = line.rfind(_LINKED)
    end = line.rfind(b"}")
    return line[at + len(_LINKED):end] if 0 <= at < end else b""


def stamp_key(stamp: str) -> bytes:
    """What a record line holds when its pair was built with `stamp` (``s``): a line is
    told to have been built so without decoding it (as `has_page`: a key can only be a
    key). Searched from the end, with ``rfind``: only ``st`` and ``v`` follow it."""
    return b',"s":' + dumps(stamp)


_LANGUAGE = b'"pl":"'


def page_language(line: bytes) -> str | None:
    """The language a record line says its page is in when that is not its locale's
    (``pl``), read without decoding the line (as `has_page`: a key can only be a key)."""
    at = line.rfind(_LANGUAGE)
    if at < 0:
        return None
    start = at + len(_LANGUAGE) - 1
    end = _string_end(line, start)
    return _json_string(line[start:end + 1]) if end > 0 else None


def recorded_result(entry: dict[str, Any], release: str, locale: str,
                     base: str, paths: RecordPaths) -> PairResult:
    """An unchanged pair's result, as the record has it."""
    cv = entry["cv"]
    coverage = Coverage(Count(cv[0], cv[1]), Count(cv[2], cv[3]), Count(cv[4], cv[5]),
                        Count(cv[6], cv[7])) if cv else None
    issues = tuple(Issue(display(paths.path(i[0])), i[1], i[2], Severity(i[3]), i[4], i[5])
                   for i in entry["is"])
    if entry["st"] == Status.HELD.value:  # (still held: `held_entry`)
        return PairResult(display(release), locale, Status.HELD, entry["id"],
                          path=release, embargo=entry["eb"], held=entry["hu"])
    skipped = entry["st"] == Status.SKIPPED.value
    outputs = tuple(base + os.sep + name for name, _, _ in entry["o"])
    # No index entry: the index pages are made from the record itself.
    return PairResult(display(release), locale,
                      Status.SKIPPED if skipped else Status.UNCHANGED, entry["id"],
                      coverage, issues, outputs, path=release)


# A page's index entry (``ix``) and release id, found as `has_page` finds ``st``: a key
# can only be a key, as a quote inside a JSON string is escaped.
_INDEX_KEY = ',"ix":'
_ID_KEY = ',"id":'
_INDEX_BYTES = _INDEX_KEY.encode()
_ID_BYTES = _ID_KEY.encode()
_DECODE = json.JSONDecoder().raw_decode


def record_index(path: Path, locale: str, feed: dict[str, list[Any]] | None = None
                 ) -> tuple[list[IndexEntry], dict[str, int]]:
    """`locale`'s releases with a page as last built (this run or earlier), and per
    locale how many releases have a page. With `feed`, each listed release's feed
    fields (``fe``) are put in it by id, read in the same pass."""
    entries: list[IndexEntry] = []
    counts: dict[str, int] = {}
    try:
        with closing(read_record(path)) as lines:
            for _, line_locale, line in lines:
                if not has_page(line):
                    continue
                try:
                    found = _index_entry(line, line_locale == locale)
                except (ValueError, TypeError, AttributeError, KeyError, IndexError):
                    # A line damaged where the page reads it: that page is rebuilt
                    # next time, not listed (one damaged elsewhere is rebuilt, listed).
                    continue
                if found is None:
                    continue
                if isinstance(found, IndexEntry):  # (of `locale`)
                    entries.append(found)
                    if feed is not None:
                        fields = _feed_fields(line)
                        if fields is not None:
                            feed[found.id] = fields
                counts[line_locale] = counts.get(line_locale, 0) + 1
    except (OSError, ValueError):
        pass
    return entries, counts


_FEED_KEY = b',"fe":'


def _feed_fields(line: bytes) -> list[Any] | None:
    """A line's ``fe``, decoded alone; None when it has none (built without feeds)."""
    at = line.find(_FEED_KEY)
    if at < 0:
        return None
    try:
        fields, _ = _DECODE(line.decode("utf-8"), at + len(_FEED_KEY))
    except ValueError:
        return None
    return fields if isinstance(fields, list) and len(fields) == 5 else None


def record_pages(path: Path) -> Iterator[list[tuple[str, str, tuple[str, ...], str | None]]]:
    """The pages the record says there are, a release's at a time: (release id, locale,
    the versions the page lists, its language when not its locale's), read without
    decoding the lines but for the few values taken."""
    try:
        with closing(read_record(path)) as lines:
            release: str | None = None
            found: list[tuple[str, str, tuple[str, ...], str | None]] = []
            for key, locale, line in lines:
                if key != release:
                    if found:
                        yield found
                    release, found = key, []
                if not has_page(line):
                    continue
                try:
                    # (the id's string alone: a line is a kilobyte, its id a few bytes)
                    start = line.index(_ID_BYTES) + len(_ID_BYTES)
                    end = _string_end(line, start) if line[start:start + 1] == b'"' else -1
                    release_id = _json_string(line[start:end + 1]) if end > 0 else None
                    versions = json.loads(linked_bytes(line))
                except (ValueError, TypeError):
                    continue  # damaged: rebuilt by the next build, not listed till then
                if isinstance(release_id, str) and isinstance(versions, list):
                    found.append((release_id, locale, tuple(map(str, versions)),
                                  page_language(line)))
            if found:
                yield found
    except (OSError, ValueError):
        return


def _index_entry(line: bytes, wanted: bool) -> IndexEntry | Literal[True] | None:
    """The index entry of a line of a pair built (`wanted`: else True when it has one),
    or None when it has none. Only its ``ix`` and ``id`` are decoded: a build of 1,000
    releases decoding every line for its index page cost ~65M instructions, ~14M this
    way. A line written otherwise than the record writes them is decoded whole."""
    if not wanted:  # counted: an entry is a list of strings, never empty
        at = line.find(_INDEX_BYTES)
        if at >= 0:
            value = line[at + len(_INDEX_BYTES):at + len(_INDEX_BYTES) + 2]
            return True if value[:1] == b"[" and value != b"[]" else None
    text = line.decode("utf-8")
    at = text.find(_INDEX_KEY)
    if at < 0 or text.find(_ID_KEY) < 0:
        entry = line_entry(line)
        if entry.get("st") != Status.BUILT.value or not entry.get("ix"):
            return None
        return IndexEntry(entry["id"], *entry["ix"]) if wanted else True
    index, _ = _DECODE(text, at + len(_INDEX_KEY))
    if not index:
        return None
    if not wanted:
        return True
    release_id, _ = _DECODE(text, text.find(_ID_KEY) + len(_ID_KEY))
    return IndexEntry(release_id, *index)

"""`build`: every (release, locale) pair into localised release XML and an HTML page.

The work is planned in the parent process and done in workers:

* Planning compares each pair's inputs with what the last build recorded in
  ``<output>/.communique-cache.jsonl``: the release and catalog bytes (by content hash;
  a file whose size and modification time are as recorded is not read again), a stamp of
  everything else that shapes the output (tool code, config, locale settings, formatting
  engine and its data versions), and the outputs themselves (still there, untouched).
  Unchanged pairs are not rebuilt; their recorded result is reported again.
* Stale pairs are grouped by release, so a release is parsed once for all its locales,
  and built serially or, when there is enough work, in a process pool. Each worker keeps
  one formatter per locale; each catalog is read once.
* Results are handed on in report order as they come, and the record is read and
  written as a stream beside the sorted releases: the parent's memory does not grow with
  the number of pairs (10,000 releases cost it the list of their paths).
* Every output goes through `toolkit.atomic.write_bytes`: an interrupted build leaves
  each file either as it was or complete. The record is saved after the outputs it
  describes, also when the build is interrupted, so finished work is not redone.
* ``strict`` checks pairs before writing anything: one fallback, rejection, coverage
  skip or unreadable input (in the record or found by checking) and nothing is written
  at all; the report is then made by checking every pair.
"""

from __future__ import annotations

import concurrent.futures
import gc
import hashlib
import itertools
import json
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from toolkit import __version__
from toolkit.atomic import read_if_exists, write_bytes, write_chunks
from toolkit.config import Config, LocaleSettings
from toolkit.errors import InputError, UsageError
from toolkit.formatting import babel_locale_for, get_formatter
from toolkit.formatting.base import InvalidValue
from toolkit.html_writer import (
    IndexEntry,
    LocaleEntry,
    PageContext,
    html_lang,
    locale_index,
    release_page,
    root_index,
)
from toolkit.issues import Issue, Severity, error, warning
from toolkit.loader import parse_release
from toolkit.model import Span
from toolkit.po_read import parse_po
from toolkit.release_xml import write_release
from toolkit.translate import Count, Coverage, Messages, translate_release

CACHE_NAME = ".communique-cache.jsonl"
CACHE_FORMAT = 4  # 4: lines [release, locale, entry] in release order
# The record of builds before format 3: unreadable now, and removed when a record is saved.
LEGACY_CACHE_NAME = ".communique-cache.json"
SERIAL_BELOW = 24  # releases: below this a process pool costs more than it saves
Progress = Callable[[int, int], None]  # (done, total) releases


class Status(StrEnum):
    BUILT = "built"  # outputs written (or found byte-identical)
    UNCHANGED = "unchanged"  # inputs as last built: not rebuilt
    SKIPPED = "skipped"  # coverage below the minimum: not written
    CHECKED = "checked"  # strict pre-pass: translated, nothing written yet
    FAILED = "failed"  # an input could not be read or formatted


@dataclass(frozen=True, slots=True)
class PairResult:
    """What happened to one release in one locale."""

    release: str  # the release file, as displayed
    locale: str
    status: Status
    release_id: str | None = None
    coverage: Coverage | None = None
    issues: tuple[Issue, ...] = ()
    outputs: tuple[str, ...] = ()
    index: IndexEntry | None = None
    inputs: tuple[tuple[str, int, int, str] | None, ...] = ()  # release, catalog stamps
    path: str = ""  # the release file, absolute: the cache's key
    written: tuple[tuple[int, int], ...] = ()  # each output's (size, mtime_ns) once written

    @property
    def problems(self) -> bool:
        """Anything `strict` refuses: a fallback, a rejection, a skip, a failure."""
        return self.status in (Status.SKIPPED, Status.FAILED) or bool(self.issues)

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"release": self.release, "id": self.release_id,
                                "locale": self.locale, "status": self.status.value,
                                "outputs": [display(o) for o in self.outputs],
                                "issues": [i.as_dict() for i in self.issues]}
        if self.coverage is not None:
            data["coverage"] = {**self.coverage.as_dict(),
                                "percent": round(self.coverage.percent, 2)}
        return data


@dataclass(frozen=True)
class BuildReport:
    results: tuple[PairResult, ...]
    engines: dict[str, dict[str, str]] = field(default_factory=dict)  # per locale
    written: bool = True  # False when strict found problems and wrote nothing
    output: str = ""

    @property
    def failed(self) -> bool:
        return any(r.status is Status.FAILED for r in self.results)

    @property
    def problems(self) -> bool:
        return any(r.problems for r in self.results)

    def count(self, status: Status) -> int:
        return sum(1 for r in self.results if r.status is status)

    def as_dict(self) -> dict[str, Any]:
        return {"output": display(self.output), "written": self.written,
                "engines": self.engines,
                "summary": {s.value: self.count(s) for s in Status},
                "results": [r.as_dict() for r in self.results]}


# ---------------------------------------------------------------- context for workers
@dataclass(frozen=True)
class LocaleJob:
    """A locale as the workers need it: plain, picklable data."""

    locale: str
    settings: LocaleSettings
    source: bool
    generator: str
    stamp: str  # hash of everything but the input files that shapes this locale's output


@dataclass(frozen=True)
class Context:
    root: Path
    catalogs: Path
    output: Path
    engine: str
    min_coverage: float
    write: bool
    locales: tuple[LocaleJob, ...]
    # Locales whose output folder did not exist when the build started: their outputs
    # are all new, so there is nothing to compare them with before writing.
    new_folders: frozenset[str] = frozenset()

    def job(self, locale: str) -> LocaleJob:
        return next(j for j in self.locales if j.locale == locale)

    def catalog(self, locale: str, release_id: str) -> Path:
        return Config(root=self.root, catalogs=self.catalogs).catalog(locale, release_id)


@dataclass(frozen=True, slots=True)
class Task:
    release: str  # absolute; a str costs a third of a Path, and there is one a release
    locales: tuple[str, ...]


# ---------------------------------------------------------------- input stamps
def _stamp(path: Path, data: bytes | None = None) -> tuple[str, int, int, str] | None:
    """(path, size, mtime_ns, sha256) of a file, None when it does not exist."""
    try:
        info = path.stat()
        if data is None:
            data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from exc
    # 128 bits of SHA-256 tell changed content from unchanged; the record stays small.
    return (str(path), info.st_size, info.st_mtime_ns, hashlib.sha256(data).hexdigest()[:32])


def _unchanged(recorded: list[Any] | None, path: str) -> tuple[bool, list[Any] | None]:
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
    fresh = _stamp(Path(path))
    if fresh is not None and fresh[3] == recorded[3]:
        return True, list(fresh)
    return False, None


# The modules whose code shapes a build's output. A change to any of them rebuilds
# everything; the rest of the package (normalize, QA, the CLI) does not.
OUTPUT_CODE = ("build.py", "translate.py", "html_writer.py", "labels.py", "release_xml.py",
               "placeholders.py", "model.py", "vocabulary.py", "loader.py", "xmlsafe.py",
               "schema.py", "po_read.py", "catalog.py", "formatting")


@cache
def _code_stamp() -> str:
    """The tool's own code: a changed writer or formatter rebuilds everything."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent
    for name in OUTPUT_CODE:
        target = package / name
        for path in sorted(target.rglob("*.py")) if target.is_dir() else [target]:
            if path.exists():
                digest.update(path.relative_to(package).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


# ---------------------------------------------------------------- workers
@cache
def _formatter(locale: str, settings: LocaleSettings, engine: str) -> Any:
    """One formatter per locale and process: CLDR data is loaded once."""
    return get_formatter(locale, settings, engine=engine)


class _Memo:
    """A formatter's answers remembered: releases repeat their dates, times and amounts,
    and a typed value's text depends on its attributes only (never on its source text)."""

    LIMIT = 50_000  # entries; then start over, so memory stays flat on any corpus

    def __init__(self, formatter: Any) -> None:
        self.formatter = formatter
        self.known: dict[tuple[str, tuple[tuple[str, str], ...]], str] = {}

    def format(self, span: Span) -> str:
        key = (span.name, span.attrs)
        text = self.known.get(key)
        if text is None:
            if len(self.known) >= self.LIMIT:
                self.known.clear()
            text = self.known[key] = self.formatter.format(span)
        return text

    def format_instant(self, iso: str, zone: str) -> str:
        key = ("@instant", ((iso, zone),))
        text = self.known.get(key)
        if text is None:
            text = self.known[key] = self.formatter.format_instant(iso, zone)
        return text


@cache
def _memo(locale: str, settings: LocaleSettings, engine: str) -> _Memo:
    return _Memo(_formatter(locale, settings, engine))


def display(path: Path | str) -> str:
    """A path as people type it: relative to the current folder when under it."""
    text = os.fspath(path)
    cwd = os.getcwd()
    if text.startswith(cwd + os.sep):
        return text[len(cwd) + 1:].replace(os.sep, "/")
    return text


def _input_error(exc: InputError) -> Issue:
    return error(display(exc.path), exc.line, "unreadable", exc.message, exc.column)


def build_release(task: Task, ctx: Context) -> list[PairResult]:
    """Build one release into each of the task's locales (a worker's unit of work)."""
    path = Path(task.release)
    shown = display(path)
    try:
        data = read_if_exists(path)
        if data is None:
            raise InputError(path, "cannot read: no such file")
        release = parse_release(data, shown)
    except InputError as exc:
        return [PairResult(shown, locale, Status.FAILED, issues=(_input_error(exc),),
                           path=task.release) for locale in task.locales]
    stamp = _stamp(path, data)
    results = []
    messages: Messages = {}  # the release's messages, made once for all its locales
    for locale in task.locales:
        try:
            result = _build_pair(release, stamp, shown, ctx.job(locale), ctx, messages)
        except InputError as exc:
            result = PairResult(shown, locale, Status.FAILED, release.id,
                                issues=(_input_error(exc),))
        results.append(replace(result, path=task.release))
    return results


def _build_pair(release: Any, stamp: Any, shown: str, job: LocaleJob,
                ctx: Context, messages: Messages) -> PairResult:
    locale = job.locale
    catalog_path = ctx.catalog(locale, release.id)
    catalog_bytes = read_if_exists(catalog_path)
    catalog = parse_po(catalog_bytes, display(catalog_path)) if catalog_bytes is not None else None
    formatter = _formatter(locale, job.settings, ctx.engine)
    try:
        translation = translate_release(
            release, catalog, html_lang(locale),
            formatter=None if job.source else _memo(locale, job.settings, ctx.engine),
            catalog_path=display(catalog_path), release_path=shown, source_locale=job.source,
            messages=messages)
        embargo = release.meta.embargo
        memo = _memo(locale, job.settings, ctx.engine)
        embargo_text = (memo.format_instant(embargo.value, job.settings.zone or embargo.zone)
                        if embargo is not None else None)
    except InvalidValue as exc:
        line = exc.span.line if exc.span is not None else 0
        raise InputError(shown, f"cannot format for {locale}: {exc}", line) from exc
    inputs = (stamp, _stamp(catalog_path, catalog_bytes) if catalog_bytes is not None else
              (str(catalog_path), -1, -1, ""))
    localised = translation.release
    coverage = translation.coverage
    issues = translation.issues
    if not job.source and coverage.percent < ctx.min_coverage:
        skip = warning(shown, 0, "coverage-below-minimum",
                       f"{locale}: {coverage.percent:.0f}% translated, below min-coverage "
                       f"{ctx.min_coverage:g}%: not built")
        return PairResult(shown, locale, Status.SKIPPED, release.id, coverage,
                          (*issues, skip), inputs=inputs)
    folder = ctx.output / locale
    xml_path, html_path = folder / f"{release.id}.xml", folder / f"{release.id}.html"
    index = IndexEntry(release.id, localised.title.text,
                       localised.meta.published.get("value") or "",
                       localised.meta.published.text)
    if not ctx.write:
        return PairResult(shown, locale, Status.CHECKED, release.id, coverage, issues,
                          index=index, inputs=inputs)
    page = PageContext(locale=locale, direction=formatter.direction, generator=job.generator,
                       embargo_text=embargo_text)
    compare = locale not in ctx.new_folders
    write_bytes(xml_path, write_release(localised), if_changed=compare)
    write_bytes(html_path, release_page(localised, page), if_changed=compare)
    # Stamped here, in the worker, rather than by the parent when it records the result:
    # the stat calls of a 10,000-release build then run in parallel.
    written = tuple((info.st_size, info.st_mtime_ns)
                    for info in (os.stat(xml_path), os.stat(html_path)))
    return PairResult(shown, locale, Status.BUILT, release.id, coverage, issues,
                      (str(xml_path), str(html_path)), index, inputs, written=written)


def _run_batch(batch: list[Task], ctx: Context) -> list[list[PairResult]]:
    return [build_release(task, ctx) for task in batch]


def _leave_interrupts_to_the_parent() -> None:
    # Ctrl-C reaches every process of the terminal's group. A worker stopped by it in
    # the middle of a write could leave a temp file behind; instead it finishes its
    # batch, and the parent, interrupted, records what is done and stops the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


# ---------------------------------------------------------------- planning
def _generator(metadata: dict[str, str]) -> str:
    details = "; ".join(f"{k}={v}" for k, v in sorted(metadata.items()))
    return f"communique {__version__} ({details})"


def _locale_jobs(config: Config, locales: Iterable[str], min_coverage: float,
                 engine: str) -> tuple[LocaleJob, ...]:
    jobs = []
    for locale in locales:
        settings = config.settings(locale)
        try:
            formatter = _formatter(locale, settings, engine)
        except (ValueError, LookupError) as exc:
            raise UsageError(f"locale {locale}: {exc}") from exc
        metadata = dict(formatter.metadata)
        source = locale == config.source_locale
        stamp = hashlib.sha256(json.dumps(
            [_code_stamp(), source, config.source_locale, min_coverage, engine,
             sorted(vars(settings).items()), sorted(metadata.items())],
            sort_keys=True).encode()).hexdigest()
        jobs.append(LocaleJob(locale, settings, source, _generator(metadata), stamp))
    return tuple(jobs)


# ---------------------------------------------------------------- the record
# The record of the last build: JSON Lines, a header ``{"format": 4, "tool": version}``,
# then one line ``[release path, locale, entry]`` per pair, sorted by release path, then
# locale: the order in which a build goes through its releases. A build reads it as a
# stream beside its sorted releases and writes the next one as a stream (a temp file
# renamed at the end), so no part of it is held: a line is read, looked at, and written
# again as the bytes it was read as, or replaced by the line of a pair built this time.
#
# The entry: ``s`` stamp of code and settings, ``r`` release [size, mtime_ns, hash], ``c``
# catalog [path, size, mtime_ns, hash] ([path] when it did not exist), ``o`` outputs
# [[name under the output folder, size, mtime_ns]], ``st`` status, ``id`` release id,
# ``cv`` coverage (segments and words: translated, fuzzy, untranslated, rejected), ``is``
# issues, ``ix`` index entry [title, date value, date text].
#
# An unchanged pair costs a few `stat` calls; an unchanged build rewrites nothing.
RecordLines = Iterator[tuple[str, str, bytes]]  # (release path, locale, line)


def _dumps(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def _record_header() -> bytes:
    return _dumps({"format": CACHE_FORMAT, "tool": __version__}) + b"\n"


def _record_line(release: str, locale: str, entry: bytes) -> bytes:
    return b"[%s,%s,%s]\n" % (_dumps(release), _dumps(locale), entry)


def _read_record(path: Path) -> RecordLines:
    """A record file's lines in order. OSError when there is none; ValueError when it
    is of another format, a line does not start as a record line, or lines are out of
    order (the merge with the releases relies on the order)."""
    with path.open("rb") as handle:
        header = json.loads(handle.readline())
        if not isinstance(header, dict) or header.get("format") != CACHE_FORMAT:
            raise ValueError("another format")
        last: tuple[str, str] | None = None
        for line in handle:
            key = _line_key(line)
            if last is not None and key <= last:
                raise ValueError("record lines out of order")
            last = key
            # A last line cut short keeps its place as a line when written again.
            yield key[0], key[1], line if line.endswith(b"\n") else line + b"\n"


def _line_key(line: bytes) -> tuple[str, str]:
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


def _line_entry(line: bytes) -> dict[str, Any]:
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


class _Earlier:
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


def _entry(job: LocaleJob, result: PairResult, base: str) -> bytes:
    """The record entry of a pair built (or skipped) this time."""
    release_stamp, catalog_stamp = result.inputs
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
    return _dumps({
        "s": job.stamp[:16],
        "r": list(release_stamp[1:]) if release_stamp else [],
        "c": list(catalog_stamp) if catalog_stamp and catalog_stamp[1] >= 0
        else [catalog_stamp[0] if catalog_stamp else ""],
        "o": outputs, "st": result.status.value, "id": result.release_id,
        "cv": [n for k in (c.translated, c.fuzzy, c.untranslated, c.rejected)
               for n in (k.segments, k.words)] if c else [],
        "is": [[i.path, i.line, i.column, i.severity.value, i.code, i.message]
               for i in result.issues],
        "ix": [index.title, index.date_value, index.date_text] if index else None,
    })


def _recorded_result(entry: dict[str, Any], release: str, locale: str,
                     base: str) -> PairResult:
    """An unchanged pair's result, as the record has it."""
    cv = entry["cv"]
    coverage = Coverage(Count(cv[0], cv[1]), Count(cv[2], cv[3]), Count(cv[4], cv[5]),
                        Count(cv[6], cv[7])) if cv else None
    issues = tuple(Issue(i[0], i[1], i[2], Severity(i[3]), i[4], i[5]) for i in entry["is"])
    skipped = entry["st"] == Status.SKIPPED.value
    outputs = tuple(base + os.sep + name for name, _, _ in entry["o"])
    # No index entry: the index pages are made from the record itself.
    return PairResult(display(release), locale,
                      Status.SKIPPED if skipped else Status.UNCHANGED, entry["id"],
                      coverage, issues, outputs, path=release)


def _record_index(path: Path, locale: str) -> tuple[list[IndexEntry], dict[str, int]]:
    """`locale`'s releases with a page as last built (this run or earlier), and per
    locale how many releases have a page."""
    entries: list[IndexEntry] = []
    counts: dict[str, int] = {}
    try:
        with closing(_read_record(path)) as lines:
            for _, line_locale, line in lines:
                try:
                    entry = _line_entry(line)
                    if entry.get("st") == Status.BUILT.value and entry.get("ix"):
                        if line_locale == locale:
                            entries.append(IndexEntry(entry["id"], *entry["ix"]))
                        counts[line_locale] = counts.get(line_locale, 0) + 1
                except (ValueError, TypeError, AttributeError, KeyError, IndexError):
                    continue  # a damaged line: that page is rebuilt next time, not listed
    except (OSError, ValueError):
        pass
    return entries, counts


# ---------------------------------------------------------------- running
def _batches(tasks: list[Task], jobs: int) -> Iterator[tuple[int, list[Task]]]:
    """The tasks in batches, each with the index of its first task."""
    size = max(1, min(64, len(tasks) // (jobs * 8) or 1))
    for start in range(0, len(tasks), size):
        yield start, tasks[start:start + size]


class _Runner:
    """Each task's results, asked for in task order: built here when the work is small,
    else by worker processes that run a few batches ahead. What has been handed over is
    not kept, so the parent holds a few batches' results whatever the number of tasks."""

    def __init__(self, tasks: list[Task], ctx: Context, jobs: int,
                 progress: Progress | None) -> None:
        self.tasks = tasks
        self.ctx = ctx
        self.jobs = jobs
        self.progress = progress
        self.parallel = jobs > 1 and len(tasks) >= SERIAL_BELOW
        self.done = 0  # tasks handed over
        self._batches = _batches(tasks, jobs)
        self._pending: deque[tuple[int, concurrent.futures.Future[list[list[PairResult]]]]] \
            = deque()
        self._current: deque[list[PairResult]] = deque()  # the batch being handed over
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None

    def __enter__(self) -> _Runner:
        if self.progress:
            self.progress(0, len(self.tasks))
        if self.parallel:
            # fork shares the parent's loaded modules and formatters. Python 3.12 warns
            # about forking a process with threads (a progress bar has one): forkserver.
            methods = multiprocessing.get_all_start_methods()
            if "fork" in methods and sys.version_info < (3, 12):
                method = "fork"
            else:
                method = "forkserver" if "forkserver" in methods else "spawn"
            # A forked worker copies each page of the parent it writes to, and a garbage
            # collection writes to every object it visits: frozen objects are not visited.
            gc.freeze()
            self._pool = concurrent.futures.ProcessPoolExecutor(
                max_workers=self.jobs, mp_context=multiprocessing.get_context(method),
                initializer=_leave_interrupts_to_the_parent)
            self._submit()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            for _, future in self._pending:
                future.cancel()
            self._pool.shutdown(wait=True)
            self._pool = None
            gc.unfreeze()  # the parent's own garbage is collected again

    def _submit(self) -> None:
        # Two batches a worker: one being built, one waiting, so no worker idles while
        # the parent takes the results of the batch it waits for.
        assert self._pool is not None
        while len(self._pending) < 2 * self.jobs:
            batch = next(self._batches, None)
            if batch is None:
                return
            start, tasks = batch
            self._pending.append((start, self._pool.submit(_run_batch, tasks, self.ctx)))

    def next(self) -> list[PairResult]:
        """The results of the next task."""
        if not self.parallel:
            results = build_release(self.tasks[self.done], self.ctx)
        else:
            if not self._current:
                batch = self._pending[0][1].result()
                self._pending.popleft()
                self._current.extend(batch)
                self._submit()
            results = self._current.popleft()
        self.done += 1
        if self.progress:
            self.progress(self.done, len(self.tasks))
        return results

    def finished(self) -> dict[int, list[PairResult]]:
        """Results made but not handed over, by task index: what an interrupted build
        still records."""
        found = dict(enumerate(self._current, self.done))
        for start, future in self._pending:
            if future.done() and not future.cancelled() and future.exception() is None:
                found.update(enumerate(future.result(), start))
        return found


Sink = Callable[[PairResult], None]


class Build:
    """A build planned: the stale pairs, grouped by release into tasks.

    `run` builds them and hands each pair's result to a sink as it comes, releases in
    file order and each release's locales as asked, while the record is read and
    written as a stream: the parent holds the list of releases and the tasks, never the
    results or the record, so its memory does not grow with the number of pairs.
    """

    def __init__(
        self,
        config: Config,
        *,
        locales: Iterable[str] | None = None,
        output: Path | None = None,
        jobs: int | None = None,
        strict: bool = False,
        min_coverage: float | None = None,
        force: bool = False,
        releases: Iterable[Path] | None = None,
    ) -> None:
        wanted = list(dict.fromkeys(locales or (config.source_locale, *config.locales)))
        if not wanted:
            raise UsageError("no locales to build: set locales in the config or pass "
                             "--locale")
        out = (output or config.output).resolve()
        threshold = config.min_coverage if min_coverage is None else min_coverage
        if not 0 <= threshold <= 100:
            raise UsageError(f"min-coverage must be a percentage from 0 to 100, not "
                             f"{threshold:g}")
        self.config = config
        # Sorted as the record is; a release named twice is built once.
        self.files = (sorted({str(Path(p).resolve()) for p in releases})
                      if releases is not None else _release_files(config.releases))
        self.whole_project = releases is None  # forget the pairs of releases now gone
        self.jobs = _locale_jobs(config, wanted, threshold, config.formatting_engine)
        self.engines = {job.locale: dict(_formatter(job.locale, job.settings,
                                                    config.formatting_engine).metadata)
                        for job in self.jobs}
        self.output = out
        self.base = str(out)
        self.record = out / CACHE_NAME
        self.ctx = Context(config.root, config.catalogs.resolve(), out,
                           config.formatting_engine, threshold, write=not strict,
                           locales=self.jobs,
                           new_folders=frozenset(j.locale for j in self.jobs
                                                 if not (out / j.locale).exists()))
        self.workers = jobs if jobs and jobs > 0 else (os.cpu_count() or 1)
        self.strict = strict
        # What the run found: the report's summary.
        self.written = not strict
        self.counts = dict.fromkeys(Status, 0)
        self.problems = False
        try:
            earlier = _Earlier(_read_record(self.record))
            self.usable = True
        except (OSError, ValueError):
            earlier, self.usable = _Earlier(()), False
        try:
            self._plan(earlier, force)
        except ValueError:  # a damaged record: everything is rebuilt
            self.usable = False
            self._plan(_Earlier(()), force)
        finally:
            earlier.close()

    @property
    def failed(self) -> bool:
        return self.counts[Status.FAILED] > 0

    def head(self) -> dict[str, Any]:
        """The report without its results, as `BuildReport.as_dict` begins."""
        return {"output": display(self.output), "written": self.written,
                "engines": self.engines,
                "summary": {s.value: self.counts[s] for s in Status}}

    # ------------------------------------------------------------ planning
    def _plan(self, earlier: _Earlier, force: bool) -> None:
        """Which pairs are stale, by comparing each with its line in the last record."""
        self.tasks: list[Task] = []
        self.touched: dict[tuple[str, str], bytes] = {}  # lines with fresh stamps
        self.dropped = False  # lines of releases that are gone
        self.known_problems = False  # an unchanged pair `strict` refuses
        shared: dict[tuple[str, ...], tuple[str, ...]] = {}
        for release in self.files:
            for _line in earlier.before(release):
                self.dropped = self.dropped or self.whole_project
            recorded = earlier.take(release)
            stale = []
            for job in self.jobs:
                line = None if force else recorded.get(job.locale)
                verdict = self._fresh(release, job, line) if line is not None else None
                if verdict is None:
                    stale.append(job.locale)
                    continue
                problems, fresh_line = verdict
                self.known_problems = self.known_problems or problems
                if fresh_line is not None:
                    self.touched[release, job.locale] = fresh_line
            if stale:
                names = tuple(stale)
                self.tasks.append(Task(release, shared.setdefault(names, names)))
        for _line in earlier.before(None):
            self.dropped = self.dropped or self.whole_project

    def _fresh(self, release: str, job: LocaleJob,
               line: bytes) -> tuple[bool, bytes | None] | None:
        """None when the pair must be built again, else whether its recorded result is
        one `strict` refuses, and its line with up-to-date stamps if they changed."""
        try:
            entry = _line_entry(line)
            if entry.get("s") != job.stamp[:16]:
                return None
            recorded = [release, *entry["r"]]
            ok, release_stamp = _unchanged(recorded, release)
            if not ok:
                return None
            catalog = entry["c"]
            ok, catalog_stamp = _unchanged(catalog if len(catalog) == 4 else None, catalog[0])
            if not ok:
                return None
            for name, size, mtime in entry["o"]:
                info = os.stat(self.base + os.sep + name)
                if info.st_size != size or info.st_mtime_ns != mtime:
                    return None
            problems = entry["st"] == Status.SKIPPED.value or bool(entry["is"])
        except (OSError, KeyError, TypeError, ValueError, IndexError, AttributeError):
            return None
        touched = False
        if release_stamp is not recorded:
            entry["r"] = list(release_stamp[1:]) if release_stamp else entry["r"]
            touched = True  # touched but identical: remember, so as not to hash again
        if catalog_stamp is not None and catalog_stamp is not catalog:
            entry["c"] = list(catalog_stamp)
            touched = True
        return problems, _record_line(release, job.locale, _dumps(entry)) if touched else None

    # ------------------------------------------------------------ running
    def run(self, sink: Sink, progress: Progress | None = None) -> None:
        """Build (``strict``: check first) and hand every pair's result to `sink`."""

        def take(result: PairResult) -> None:
            self.counts[result.status] += 1
            self.problems = self.problems or result.problems
            sink(result)

        ctx = self.ctx
        if self.strict:
            # Nothing is written if anything is refused: a pair recorded with a problem,
            # or the first one found by checking. The report is then a checking pass.
            if self.known_problems or self._check_finds_problems(progress):
                self.written = False
                self._pass(ctx, take, progress, record=False)
                return
            ctx = replace(ctx, write=True)
            progress = None  # the check pass already showed the progress
        changed = self._pass(ctx, take, progress, record=bool(
            self.tasks or self.touched or self.dropped or not self.usable))
        indexes = [self.output / "index.html",
                   *(self.output / j.locale / "index.html" for j in self.jobs)]
        if changed or not all(p.exists() for p in indexes):
            self._write_indexes()

    def _check_finds_problems(self, progress: Progress | None) -> bool:
        with _Runner(self.tasks, self.ctx, self.workers, progress) as runner:
            return any(result.problems for _ in self.tasks for result in runner.next())

    def _pass(self, ctx: Context, sink: Sink, progress: Progress | None, *,
              record: bool) -> bool:
        """Every release once, in order: its stale pairs built (or checked), every
        pair's result to `sink`, and with `record` the new record written as it goes.
        Returns whether any line of the record changed.

        The record is saved after the outputs it describes, also when the build is
        interrupted: the rest of the last record is then written as it was, with what
        was finished, and the interruption raised again once the record is saved.
        """
        self.recorded = 0
        failure: list[BaseException] = []
        with _Runner(self.tasks, ctx, self.workers, progress) as runner:
            lines = self._walk(runner, sink, failure if record else None)
            if record:
                write_chunks(self.record, itertools.chain([_record_header()], lines))
                (self.output / LEGACY_CACHE_NAME).unlink(missing_ok=True)
            else:
                for _line in lines:
                    pass
        if failure:
            raise failure[0]
        return bool(self.recorded or self.touched or self.dropped or not self.usable)

    def _walk(self, runner: _Runner, sink: Sink | None,
              failure: list[BaseException] | None) -> Iterator[bytes]:
        """The new record's lines, the releases and the last record gone through side by
        side; each release's results reported on the way."""
        earlier = _Earlier(_read_record(self.record) if self.usable else ())
        finished: dict[int, list[PairResult]] | None = None  # once interrupted
        task = 0
        try:
            for release in self.files:
                yield from self._outside(earlier.before(release))
                recorded = earlier.take(release)
                built = task < len(self.tasks) and self.tasks[task].release == release
                new: list[PairResult] = []
                try:
                    if built:
                        new = runner.next() if finished is None else finished.get(task, [])
                    if sink is not None:
                        self._report(release, recorded, new, sink)
                except BaseException as exc:
                    if failure is None or finished is not None:
                        raise
                    # Interrupted: the rest is recorded as it was, with what is finished.
                    failure.append(exc)
                    finished, sink = runner.finished(), None
                    if built and not new:
                        new = finished.get(task, [])
                if built:
                    task += 1
                yield from self._lines(release, recorded, new)
            yield from self._outside(earlier.before(None))
        finally:
            earlier.close()

    def _outside(self, lines: Iterator[bytes]) -> Iterator[bytes]:
        """The lines of releases this build does not go through: kept when only some
        releases were asked for, forgotten when the project's releases are all there is."""
        for line in lines:
            if not self.whole_project:
                yield line

    def _report(self, release: str, recorded: dict[str, bytes], new: list[PairResult],
                sink: Sink) -> None:
        built = {result.locale: result for result in new}
        for job in self.jobs:
            result = built.get(job.locale)
            if result is None:
                line = self.touched.get((release, job.locale)) or recorded[job.locale]
                sink(_recorded_result(_line_entry(line), release, job.locale, self.base))
            else:  # what only the record needs (stamps, index entry) is not reported
                sink(replace(result, inputs=(), written=(), index=None))

    def _lines(self, release: str, recorded: dict[str, bytes],
               new: list[PairResult]) -> list[bytes]:
        """A release's lines in the new record, sorted by locale: a pair built or skipped
        this time gets a new line; any other keeps its line (with fresh stamps)."""
        lines = dict(recorded)
        if self.touched:
            for job in self.jobs:
                if (release, job.locale) in self.touched:
                    lines[job.locale] = self.touched[release, job.locale]
        for result in new:
            if result.status in (Status.BUILT, Status.SKIPPED):
                job = self.ctx.job(result.locale)
                lines[result.locale] = _record_line(release, result.locale,
                                                    _entry(job, result, self.base))
                self.recorded += 1
        return [lines[locale] for locale in sorted(lines)]

    def _write_indexes(self) -> None:
        """Each built locale's list of releases, and the front page linking every locale
        that has pages (also those built by earlier runs with other ``--locale``
        choices): read from the record, one locale at a time."""
        config = self.config
        counts: dict[str, int] = {}
        for job in self.jobs:
            formatter = _formatter(job.locale, job.settings, config.formatting_engine)
            context = PageContext(locale=job.locale, direction=formatter.direction,
                                  generator=job.generator, index_href="index.html")
            entries, counts = _record_index(self.record, job.locale)
            write_bytes(self.output / job.locale / "index.html",
                        locale_index(entries, context))
            del entries
        order = [config.source_locale, *config.locales]
        front: list[LocaleEntry] = []
        for locale in sorted(counts, key=lambda ll: (order.index(ll) if ll in order
                                                      else len(order), ll)):
            try:
                language = babel_locale_for(locale)
                name = language.get_display_name(language) or locale
                if str(language) != locale.replace("-", "_"):
                    name = f"{name} ({locale})"  # a pseudo-locale shown as its base language
                direction = "rtl" if language.text_direction == "rtl" else "ltr"
            except UsageError:
                name, direction = locale, "ltr"
            front.append(LocaleEntry(locale, name, direction, counts[locale]))
        source = config.source_locale
        direction = next((e.direction for e in front if e.locale == source), "ltr")
        write_bytes(self.output / "index.html", root_index(front, PageContext(
            locale=source, direction=direction, generator=f"communique {__version__}")))


def build(
    config: Config,
    *,
    locales: Iterable[str] | None = None,
    output: Path | None = None,
    jobs: int | None = None,
    strict: bool = False,
    min_coverage: float | None = None,
    force: bool = False,
    releases: Iterable[Path] | None = None,
    progress: Progress | None = None,
) -> BuildReport:
    """Build the project's releases into each locale; see the module docstring.

    The whole report is returned, for a caller that wants every result at hand; the
    CLI runs a `Build` and writes each result as it comes instead.
    """
    plan = Build(config, locales=locales, output=output, jobs=jobs, strict=strict,
                 min_coverage=min_coverage, force=force, releases=releases)
    results: list[PairResult] = []
    plan.run(results.append, progress)
    return BuildReport(tuple(results), plan.engines, written=plan.written,
                       output=str(plan.output))


def _release_files(folder: Path) -> list[str]:
    """The configured releases (``*.xml``, as `Config.release_files`), as absolute
    strings: listing 10,000 files through pathlib costs more than the rest of a
    no-change build."""
    base = str(folder.resolve())
    try:
        names = [e.name for e in os.scandir(base)
                 if e.name.endswith(".xml") and not e.name.startswith(".") and e.is_file()]
    except FileNotFoundError:
        return []
    return [os.path.join(base, name) for name in sorted(names)]


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
* Every output goes through `toolkit.atomic.write_bytes`: an interrupted build leaves
  each file either as it was or complete. The cache is saved after the outputs it
  describes, also when the build is interrupted, so finished work is not redone.
* ``strict`` checks every pair before writing anything: one fallback, rejection,
  coverage skip or unreadable input and nothing is written at all.
"""

from __future__ import annotations

import concurrent.futures
import gc
import hashlib
import itertools
import json
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable, Iterator
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
CACHE_FORMAT = 3
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


@dataclass(frozen=True)
class Task:
    release: Path
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
    shown = display(task.release)
    try:
        data = read_if_exists(task.release)
        if data is None:
            raise InputError(task.release, "cannot read: no such file")
        release = parse_release(data, shown)
    except InputError as exc:
        return [PairResult(shown, locale, Status.FAILED, issues=(_input_error(exc),),
                           path=str(task.release)) for locale in task.locales]
    stamp = _stamp(task.release, data)
    results = []
    messages: Messages = {}  # the release's messages, made once for all its locales
    for locale in task.locales:
        try:
            result = _build_pair(release, stamp, shown, ctx.job(locale), ctx, messages)
        except InputError as exc:
            result = PairResult(shown, locale, Status.FAILED, release.id,
                                issues=(_input_error(exc),))
        results.append(replace(result, path=str(task.release)))
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


def _run_batch(batch: list[Task], ctx: Context) -> list[PairResult]:
    return [result for task in batch for result in build_release(task, ctx)]


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


class _Cache:
    """The record of the last build: per pair, its input stamps, outputs and result.

    A JSON Lines file: a header line ``{"format": 3, "tool": version}``, then one line
    ``[key, entry]`` per pair, sorted by key ``<locale>:<release path>``. Entries are
    kept as the UTF-8 they were read as and parsed when looked at, so a project of
    10,000 releases costs one small bytes object per pair (a str holding one Japanese
    title would take two bytes a character), and a save writes them line by line:

    ``s`` stamp of code and settings, ``r`` release [size, mtime_ns, hash], ``c`` catalog
    [path, size, mtime_ns, hash] ([path] when it did not exist), ``o`` outputs [[name
    under the output folder, size, mtime_ns]], ``st`` status, ``id`` release id, ``cv``
    coverage (segments and words: translated, fuzzy, untranslated, rejected), ``is``
    issues, ``ix`` index entry [title, date value, date text].

    An unchanged pair costs a few `stat` calls; an unchanged build rewrites nothing.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.base = str(path.parent)
        self.entries: dict[str, bytes] = {}
        self.dirty = True
        try:
            self.entries = _read_records(path)
            self.dirty = False
        except (OSError, ValueError, UnicodeDecodeError):
            pass  # no record, or an unreadable one: everything is rebuilt

    @staticmethod
    def key(release: str, locale: str) -> str:
        return f"{locale}:{release}"

    def fresh(self, release: str, job: LocaleJob) -> PairResult | None:
        """The recorded result when nothing that shapes this pair's output changed."""
        key = self.key(release, job.locale)
        text = self.entries.get(key)
        if text is None:
            return None
        try:
            entry = json.loads(text)
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
            outputs = []
            for name, size, mtime in entry["o"]:
                path = os.path.join(self.base, name)
                info = os.stat(path)
                if info.st_size != size or info.st_mtime_ns != mtime:
                    return None
                outputs.append(path)
            result = self._result(entry, release, job.locale, tuple(outputs))
        except (OSError, KeyError, TypeError, ValueError, IndexError, AttributeError):
            return None
        touched = False
        if release_stamp is not recorded:
            entry["r"] = list(release_stamp[1:]) if release_stamp else entry["r"]
            touched = True  # touched but identical: remember, so as not to hash again
        if catalog_stamp is not None and catalog_stamp is not catalog:
            entry["c"] = list(catalog_stamp)
            touched = True
        if touched:
            self.entries[key] = _dumps(entry)
            self.dirty = True
        return result

    @staticmethod
    def _result(entry: dict[str, Any], release: str, locale: str,
                outputs: tuple[str, ...]) -> PairResult:
        cv = entry["cv"]
        coverage = Coverage(Count(cv[0], cv[1]), Count(cv[2], cv[3]), Count(cv[4], cv[5]),
                            Count(cv[6], cv[7])) if cv else None
        issues = tuple(Issue(i[0], i[1], i[2], Severity(i[3]), i[4], i[5])
                       for i in entry["is"])
        skipped = entry["st"] == Status.SKIPPED.value
        # No index entry: the index pages are made from the record itself.
        return PairResult(display(release), locale,
                          Status.SKIPPED if skipped else Status.UNCHANGED, entry["id"],
                          coverage, issues, outputs, path=release)

    def record(self, job: LocaleJob, result: PairResult) -> None:
        """Remember a pair built (or skipped) this time."""
        if result.status not in (Status.BUILT, Status.SKIPPED):
            return
        release_stamp, catalog_stamp = result.inputs
        outputs = []
        written = result.written or [(info.st_size, info.st_mtime_ns)
                                     for info in map(os.stat, result.outputs)]
        prefix = self.base + os.sep
        for path, (size, mtime) in zip(result.outputs, written, strict=True):
            # Outputs are under the output folder: their name is a slice (relpath
            # normalises both paths, a cost per output of a large build).
            name = path[len(prefix):] if path.startswith(prefix) else os.path.relpath(
                path, self.base)
            outputs.append([name, size, mtime])
        c = result.coverage
        index = result.index
        self.entries[self.key(result.path, job.locale)] = _dumps({
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
        self.dirty = True

    def keep_releases(self, files: set[str]) -> None:
        """Forget the pairs of releases that are no longer there (any locale)."""
        kept = {k: v for k, v in self.entries.items() if k.partition(":")[2] in files}
        if len(kept) != len(self.entries):
            self.entries = kept
            self.dirty = True

    def index(self) -> dict[str, list[IndexEntry]]:
        """Per locale, the releases with a page, as last built (this run or earlier)."""
        found: dict[str, list[IndexEntry]] = {}
        for key, text in self.entries.items():
            try:
                entry = json.loads(text)
                if entry.get("st") == Status.BUILT.value and entry.get("ix"):
                    found.setdefault(key.partition(":")[0], []).append(
                        IndexEntry(entry["id"], *entry["ix"]))
            except (ValueError, TypeError, AttributeError, KeyError):
                continue  # a damaged line: that page is rebuilt next time, not listed
        return found

    def save(self) -> None:
        if not self.dirty:
            return
        header = _dumps({"format": CACHE_FORMAT, "tool": __version__})
        lines = (b"[%s,%s]\n" % (_dumps(key), self.entries[key])
                 for key in sorted(self.entries))
        write_chunks(self.path, itertools.chain([header + b"\n"], lines))
        self.dirty = False


def _dumps(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def _read_records(path: Path) -> dict[str, bytes]:
    """The entries of a record file by key, as UTF-8; ValueError if it is not one."""
    entries: dict[str, bytes] = {}
    with path.open("rb") as handle:
        header = json.loads(handle.readline())
        if not isinstance(header, dict) or header.get("format") != CACHE_FORMAT:
            raise ValueError("another format")
        for line in handle:
            # `[`, the key (a JSON string), `,`, the entry, `]`: only the key is decoded.
            end = _string_end(line, 1)
            close = line.rstrip().rfind(b"]")
            if line[:2] != b'["' or end < 0 or line[end + 1:end + 2] != b"," \
                    or close <= end:
                raise ValueError("not a record line")
            entries[json.loads(line[1:end + 1])] = line[end + 2:close]
    return entries


def _string_end(line: bytes, start: int) -> int:
    """The index of the quote closing the JSON string opened at `start`, or -1."""
    at = start
    while (at := line.find(b'"', at + 1)) >= 0:
        escapes = len(line[start + 1:at]) - len(line[start + 1:at].rstrip(b"\\"))
        if escapes % 2 == 0:
            return at
    return -1


# ---------------------------------------------------------------- running
def _batches(tasks: list[Task], jobs: int) -> Iterator[list[Task]]:
    size = max(1, min(64, len(tasks) // (jobs * 8) or 1))
    for start in range(0, len(tasks), size):
        yield tasks[start:start + size]


def _execute(tasks: list[Task], ctx: Context, jobs: int,
             progress: Progress | None) -> Iterator[list[PairResult]]:
    """Results of each task batch as it completes (serially when the work is small)."""
    total = len(tasks)
    done = 0
    if progress:
        progress(0, total)
    if jobs <= 1 or total < SERIAL_BELOW:
        for task in tasks:
            results = build_release(task, ctx)
            done += 1
            if progress:
                progress(done, total)
            yield results
        return
    # fork shares the parent's loaded modules and formatters. Python 3.12 warns about
    # forking a process with threads (a progress bar has one): forkserver there.
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and sys.version_info < (3, 12):
        method = "fork"
    else:
        method = "forkserver" if "forkserver" in methods else "spawn"
    # A forked worker copies each page of the parent it writes to, and a garbage
    # collection writes to every object it visits: frozen objects are not visited.
    gc.freeze()
    try:
        with concurrent.futures.ProcessPoolExecutor(
                max_workers=jobs, mp_context=multiprocessing.get_context(method)) as pool:
            futures = {pool.submit(_run_batch, batch, ctx): len(batch)
                       for batch in _batches(tasks, jobs)}
            try:
                for future in concurrent.futures.as_completed(futures):
                    results = future.result()
                    done += futures[future]
                    if progress:
                        progress(done, total)
                    yield results
            except BaseException:
                for future in futures:
                    future.cancel()
                raise
    finally:
        gc.unfreeze()  # the parent's own garbage is collected again


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
    """Build the project's releases into each locale; see the module docstring."""
    wanted = list(dict.fromkeys(locales or (config.source_locale, *config.locales)))
    if not wanted:
        raise UsageError("no locales to build: set locales in the config or pass --locale")
    out = (output or config.output).resolve()
    threshold = config.min_coverage if min_coverage is None else min_coverage
    if not 0 <= threshold <= 100:
        raise UsageError(f"min-coverage must be a percentage from 0 to 100, not {threshold:g}")
    files = (sorted(str(Path(p).resolve()) for p in releases) if releases is not None
             else _release_files(config.releases))
    locale_jobs = _locale_jobs(config, wanted, threshold, config.formatting_engine)
    engines = {job.locale: dict(_formatter(job.locale, job.settings,
                                           config.formatting_engine).metadata)
               for job in locale_jobs}
    ctx = Context(config.root, config.catalogs.resolve(), out, config.formatting_engine,
                  threshold, write=not strict, locales=locale_jobs,
                  new_folders=frozenset(j.locale for j in locale_jobs
                                        if not (out / j.locale).exists()))
    workers = jobs if jobs and jobs > 0 else (os.cpu_count() or 1)

    cache_file = _Cache(out / CACHE_NAME)
    known: list[PairResult] = []
    stale: dict[str, list[str]] = {}
    for path in files:
        for job in locale_jobs:
            recorded = None if force else cache_file.fresh(path, job)
            if recorded is not None:
                known.append(recorded)
            else:
                stale.setdefault(path, []).append(job.locale)
    tasks = [Task(Path(path), tuple(names)) for path, names in stale.items()]

    if strict:
        checked = [r for batch in _execute(tasks, ctx, workers, progress) for r in batch]
        everything = [*known, *checked]
        if any(r.problems for r in everything):
            return BuildReport(_ordered(everything, files, wanted), engines, written=False,
                               output=str(out))
        ctx = replace(ctx, write=True)
        progress = None  # the check pass already showed the progress

    jobs_by_locale = {j.locale: j for j in locale_jobs}
    fresh: list[PairResult] = []
    try:
        for batch in _execute(tasks, ctx, workers, progress):
            # Recorded as it arrives, so finished work is remembered even when the build
            # is interrupted; then what only the record needs (stamps, index entry) goes.
            for result in batch:
                cache_file.record(jobs_by_locale[result.locale], result)
                fresh.append(replace(result, inputs=(), written=(), index=None))
    finally:
        if releases is None:  # a whole-project run: forget releases that are gone
            cache_file.keep_releases(set(files))
        changed = cache_file.dirty
        out.mkdir(parents=True, exist_ok=True)
        cache_file.save()

    results = _ordered([*known, *fresh], files, wanted)
    indexes = [out / "index.html", *(out / j.locale / "index.html" for j in locale_jobs)]
    if changed or not all(p.exists() for p in indexes):
        _write_indexes(cache_file.index(), locale_jobs, config, out)
    return BuildReport(results, engines, written=True, output=str(out))


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


def _ordered(results: Iterable[PairResult], files: list[str],
             locales: list[str]) -> tuple[PairResult, ...]:
    rank = {p: i for i, p in enumerate(files)}
    order = {name: i for i, name in enumerate(locales)}
    return tuple(sorted(results, key=lambda r: (rank.get(r.path, len(rank)), r.path,
                                                order.get(r.locale, len(order)))))


def _write_indexes(pages: dict[str, list[IndexEntry]], jobs: tuple[LocaleJob, ...],
                   config: Config, out: Path) -> None:
    """Each built locale's list of releases, and the front page linking every locale
    that has pages (also those built by earlier runs with other ``--locale`` choices)."""

    for job in jobs:
        formatter = _formatter(job.locale, job.settings, config.formatting_engine)
        context = PageContext(locale=job.locale, direction=formatter.direction,
                              generator=job.generator, index_href="index.html")
        write_bytes(out / job.locale / "index.html",
                    locale_index(pages.get(job.locale, []), context))
    order = [config.source_locale, *config.locales]
    front: list[LocaleEntry] = []
    for locale in sorted(pages, key=lambda ll: (order.index(ll) if ll in order
                                                 else len(order), ll)):
        try:
            language = babel_locale_for(locale)
            name = language.get_display_name(language) or locale
            if str(language) != locale.replace("-", "_"):
                name = f"{name} ({locale})"  # a pseudo-locale shown as its base language
            direction = "rtl" if language.text_direction == "rtl" else "ltr"
        except UsageError:
            name, direction = locale, "ltr"
        front.append(LocaleEntry(locale, name, direction, len(pages[locale])))
    source = config.source_locale
    direction = next((e.direction for e in front if e.locale == source), "ltr")
    write_bytes(out / "index.html", root_index(front, PageContext(
        locale=source, direction=direction, generator=f"communique {__version__}")))

"""Extract over a whole project, and what extract, update and pseudo share: which
files, in what order, in how many processes, and the report of a run.

The pure work is elsewhere (`extract.template_messages`, `merge.merge_with_report`,
`po_write.format_po`); this module and `toolkit.update` read and write the files, each
read once, each written atomically and only when its bytes change. An unreadable input
(a release that fails the schema, a PO file with a syntax error) is reported with its
line and leaves its own output untouched; the other files are still processed.

update and pseudo live in `toolkit.update`: their classes and the PO reader cost every
extract ~16M instructions of start-up to create and import (4%), for nothing.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from toolkit.atomic import read_if_exists, write_bytes
from toolkit.config import Config
from toolkit.errors import InputError
from toolkit.extract import TEMPLATE_FLAGS, template_header, template_messages
from toolkit.loader import load_releases, misnamed, named_by, reserved, reserved_id
from toolkit.model import Release
from toolkit.paths import relative
from toolkit.po_write import DEFAULT_WIDTH, format_template, now_date
from toolkit.workers import batch_bounds, leave_interrupts_to_the_parent, usable_cpus

if TYPE_CHECKING:  # loaded by update and pseudo only: extract needs no CLDR plural data
    from toolkit.merge import MergeReport

Progress = Callable[[int, int], None]  # (done, total)
T = TypeVar("T")
R = TypeVar("R")
_POOL_THRESHOLD = 64  # below this many files a process pool costs more than it saves


class Status(Enum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class FileResult:
    path: str
    status: Status
    release: str
    locale: str | None = None
    report: MergeReport | None = None
    error: InputError | None = None
    renamed_from: str | None = None  # the old id whose catalog this one carries over
    # The msgids of the old id's catalog whose translation or translator comments the
    # new catalog does not hold ("" for the header's comments): it is then kept.
    unkept: tuple[str, ...] = ()
    # pseudo: the messages the catalog holds pseudo-translated. Pseudo merges nothing, so
    # it has no `report`; merge counts of 0 read as "no message new" for a new catalog.
    pseudo: int | None = None

    def as_dict(self) -> dict[str, object]:
        found: dict[str, object] = {"path": self.path, "release": self.release,
                                    "status": self.status.value}
        if self.locale is not None:
            found["locale"] = self.locale
        if self.renamed_from is not None:
            found["renamed_from"] = self.renamed_from
        if self.report is not None:
            found["messages"] = self.report.as_dict()
        elif self.pseudo is not None:
            found["messages"] = {"pseudo": self.pseudo}
        if self.error is not None:
            from toolkit.issues import unreadable  # for JSON only: extract's start-up

            found["error"] = str(self.error)
            found["issues"] = [unreadable(self.error).as_dict()]
        return found


class Renamed(NamedTuple):
    """What `update --renamed OLD=NEW` did with OLD's files once NEW's were written."""

    old: str
    new: str
    carried: int  # NEW's catalogs merged from OLD's
    removed: tuple[str, ...] = ()  # OLD's files deleted, as shown
    kept: tuple[tuple[str, str], ...] = ()  # OLD's files left: (path, why)
    done: bool = False  # carried out by an earlier run: said again, nothing to carry

    def as_dict(self) -> dict[str, object]:
        found: dict[str, object] = {
            "old": self.old, "new": self.new, "carried": self.carried,
            "removed": list(self.removed),
            "kept": [{"path": path, "reason": why} for path, why in self.kept]}
        if self.done:  # (a report of a rename carried out is as it was)
            found["done"] = True
        return found


@dataclass
class RunReport:
    results: list[FileResult] = field(default_factory=list)
    # What the user should know beyond the files' results (update: renames carried out,
    # or one that looks likely); the CLI says them on stderr.
    notices: list[str] = field(default_factory=list)
    # What may make the run's output wrong without failing it (update: a release whose
    # template is out of date or missing); the CLI says them on stderr, exit 0.
    warnings: list[str] = field(default_factory=list)
    renames: list[Renamed] = field(default_factory=list)

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.status is Status.FAILED]

    def count(self, status: Status, locale: str | None = None) -> int:
        return sum(1 for r in self.results if r.status is status
                   and (locale is None or r.locale == locale))

    def messages(self, locale: str | None = None) -> MergeReport:
        from toolkit.merge import MergeReport

        total = MergeReport()
        for result in self.results:
            if result.report is not None and (locale is None or result.locale == locale):
                total += result.report
        return total

    def locales(self) -> list[str]:
        """The locales of the results, in the order their files are (the config's, or
        --locale's): the files are listed so, and their sums were sorted apart."""
        return list(dict.fromkeys(r.locale for r in self.results if r.locale is not None))

    def as_dict(self) -> dict[str, object]:
        summary = {s.value: self.count(s) for s in Status}
        found: dict[str, object] = {"summary": summary,
                                    "files": [r.as_dict() for r in self.results]}
        if self.notices:
            found["notices"] = list(self.notices)
        if self.warnings:
            found["warnings"] = list(self.warnings)
        if self.renames:
            found["renames"] = [r.as_dict() for r in self.renames]
        locales = self.locales()
        if locales:
            found["locales"] = {ll: {**{s.value: self.count(s, ll) for s in Status},
                                     "messages": self._messages_dict(ll)}
                                for ll in locales}
        return found

    def _messages_dict(self, locale: str) -> dict[str, int]:
        pseudo = [r.pseudo for r in self.results if r.locale == locale and r.pseudo is not None]
        if pseudo:
            return {"pseudo": sum(pseudo)}
        return self.messages(locale).as_dict()


def _status(written: bool, existed: bool) -> Status:
    if not written:
        return Status.UNCHANGED
    return Status.UPDATED if existed else Status.CREATED


def _run(work: Callable[[T], R], tasks: Sequence[T], jobs: int | None,
         progress: Progress | None, *, files: int = 1) -> Iterator[R]:
    """Results of `work` over `tasks` in task order, in processes when it pays. A task
    is `files` files (the last may be fewer): it counts as that many for the pool's
    threshold and the size of the chunks a worker is sent."""
    jobs = jobs or usable_cpus()
    total = len(tasks)
    if progress:
        progress(0, total)
    if jobs <= 1 or total * files < _POOL_THRESHOLD:
        # What exists before the work (modules, the CLI, the tasks) lives until the end:
        # frozen, it is not walked again by every collection the work's garbage causes.
        gc.freeze()
        try:
            for done, task in enumerate(tasks, 1):
                yield work(task)
                if progress:
                    progress(done, total)
        finally:
            gc.unfreeze()
        return
    chunks = [tasks[start:stop] for start, stop in batch_bounds(total, jobs, 64 // files)]
    # Imported here: multiprocessing and its company cost 8 ms of start-up, which a
    # project small enough for one process (a pre-commit hook's) need not pay.
    from concurrent.futures import ProcessPoolExecutor

    # Forked workers share the parent's memory until they write to it, and a garbage
    # collection writes to every object it visits: frozen objects are not visited, so
    # the workers do not each copy the parent's whole heap (page faults are costly).
    gc.freeze()
    try:
        with ProcessPoolExecutor(max_workers=min(jobs, total),
                                 initializer=leave_interrupts_to_the_parent) as pool:
            done = 0
            for results in pool.map(partial(_each, work), chunks):
                for result in results:
                    yield result
                    done += 1
                    if progress:
                        progress(done, total)
    finally:
        gc.unfreeze()  # the parent's own garbage is collected again


def _each(work: Callable[[T], R], tasks: Sequence[T]) -> list[R]:
    """`work` done on a chunk of tasks, in a worker."""
    return [work(task) for task in tasks]


# ---------------------------------------------------------------- extract
@dataclass(frozen=True, slots=True)
class _Extraction:
    """What every release of an extract run shares (sent to a worker once per chunk of
    releases; each release goes as its path, a str: a Path, or an object per release,
    costs several times as much to send)."""

    root: Path
    catalogs: Path
    source_locale: str
    width: int | None
    # POT-Creation-Date of every template the run writes, taken once, as update takes
    # PO-Revision-Date: the clock and its formatting cost 15 us a template (libc's
    # strftime, cold after each release).
    stamp: str
    bugs_address: str = ""  # Report-Msgid-Bugs-To (config msgid-bugs-address)


def extract_project(config: Config, releases: Iterable[Path] | None = None, *,
                    width: int | None = DEFAULT_WIDTH, jobs: int | None = None,
                    progress: Progress | None = None) -> RunReport:
    """Write ``<catalogs>/<id>.pot`` for each release (default: every configured one)."""
    files = sorted(releases) if releases is not None else config.release_files()
    run = _Extraction(config.root, config.catalogs, config.source_locale, width, now_date(),
                      config.msgid_bugs_address or "")
    paths = [os.fspath(f) for f in files]
    batches = [tuple(paths[start:start + _BATCH]) for start in range(0, len(paths), _BATCH)]
    report = RunReport()
    if progress:
        progress(0, len(paths))
    for results in _run(partial(_extract_batch, run), batches, jobs, None, files=_BATCH):
        report.results.extend(results)
        if progress:
            progress(len(report.results), len(paths))
    return report


# Releases a worker takes through extraction together, step by step (`_extract_batch`).
_BATCH = 8


def _extract_batch(run: _Extraction, release_files: tuple[str, ...]) -> list[FileResult]:
    """Extract a few releases a step at a time: all read (`loader.load_releases`), then
    all made into templates, all laid out, all written. Each step's code stays warm in
    the processor's caches, where one release at a time through every step left them
    cold for the next: the same instructions in ~12% less time."""
    results: list[FileResult | None] = [None] * len(release_files)
    loaded: list[tuple[int, str, Release]] = []
    for index, (release_file, found) in enumerate(zip(release_files,
                                                      load_releases(release_files),
                                                      strict=True)):
        where = relative(release_file, run.root)
        if not isinstance(found, InputError) and not named_by(release_file, found.id):
            found = _misnamed(release_file, found.id)
        elif not isinstance(found, InputError) and reserved_id(found.id):
            found = reserved(release_file, found.id, Path(release_file).read_bytes())
        if isinstance(found, InputError):
            results[index] = FileResult(where, Status.FAILED, Path(release_file).stem,
                                        error=found.shown_as(where))
        else:
            loaded.append((index, where, found))
    # The templates' parts, written without a Catalog of Entries (`format_template`):
    # extract_template's bytes, with 6% fewer instructions for extract.
    templates = [([(msgid, comments, references) for msgid, comments, references, _
                   in template_messages(release, where)],
                  template_header(release, run.source_locale, run.bugs_address))
                 for _, where, release in loaded]
    targets = [run.catalogs / f"{release.id}.pot" for _, _, release in loaded]
    previous = [read_if_exists(target) for target in targets]
    data = [format_template(header, TEMPLATE_FLAGS, messages, _one_header(old, target, run),
                            width=run.width, stamp=run.stamp)
            for (messages, header), old, target in zip(templates, previous, targets,
                                                       strict=True)]
    for (index, _, release), target, old, new in zip(loaded, targets, previous, data,
                                                     strict=True):
        # The old bytes were just read: compared here rather than read again by write_bytes.
        written = new != old and write_bytes(target, new, if_changed=False)
        results[index] = FileResult(relative(target, run.root, written=written),
                                    _status(written, old is not None), release.id)
    return [result for result in results if result is not None]


# msgcat's line above each file's header in a header it joined (`catalog.MSGCAT_MARKER`).
_MARKER = b'"#-#-#-#-#'


def _one_header(old: bytes | None, target: Path, run: _Extraction) -> bytes | None:
    """A template's bytes as they are, or, when msgcat joined its header (validate's
    header-merged: ``msgcat old.pot new.pot``), as extract writes it with one header,
    the fields as read (each one's first value). Extract writes the template again
    either way, and then, as for any template whose content did not change, keeps the
    POT-Creation-Date it has: the clock's would make the repair differ run to run.
    Only a marker before the file's first blank line (the header's end) makes the file
    be read: none of a template extract wrote."""
    if old is None:
        return old
    end = old.find(b"\n\n")
    if old.find(_MARKER, 0, end if end >= 0 else len(old)) < 0:
        return old
    from toolkit.catalog import joined_header_lines, unjoined
    from toolkit.po_read import parse_po
    from toolkit.po_write import format_po

    try:
        catalog = parse_po(old, target)
    except InputError:  # (written again from the release: nothing of it to keep)
        return old
    if not joined_header_lines(old.decode("utf-8", "replace").splitlines()):
        return old
    return format_po(unjoined(catalog, template=True), width=run.width)


def _misnamed(release_file: str, release_id: str) -> InputError:
    """A release whose id is not its file's name (`loader.misnamed`). Its template is
    named by the id: a copy of a release (or a file renamed without its id) wrote over
    the other release's template, which then described the wrong file, and the run
    said "updated", exit 0."""
    data = Path(release_file).read_bytes()  # (read a moment ago)
    return misnamed(release_file, release_id, data,
                    f"template would be {release_id}.pot")

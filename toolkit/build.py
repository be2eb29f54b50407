"""`build`: every (release, locale) pair into localised release XML and an HTML page.

The work is planned in the parent process and done in workers:

* Planning compares each pair's inputs with what the last build recorded in
  ``<output>/.communique-cache.jsonl``: the release and catalog bytes (by content hash;
  a file whose size and modification time are as recorded is not read again), a stamp of
  everything else that shapes the output (tool code, config, locale settings, formatting
  engine and its data versions), the outputs themselves (still there, untouched), and
  the versions the page links (the locales in which its release has a page, as the
  record says now). Unchanged pairs are not rebuilt; their recorded result is reported
  again.
* Stale pairs are grouped by release, so a release is parsed once for all its locales,
  and built serially or, when there is enough work, in a process pool. Each worker keeps
  one formatter per locale; each catalog is read once. A worker translates a release
  into all its stale locales before writing a page, as only then is it known which
  locales have one (a locale below min-coverage has none), and writes again the run's
  other pages of the release if those versions changed.
* A release no longer in the project is withdrawn by a build of the whole project:
  the pages its record lines name are removed, unless a release still there claims
  them, or one could not be read (and may be claiming them: a file renamed without its
  id, which is refused, as its pages would be another release's). Only a file as
  communique wrote it is removed (`_own`), through a locale's folder that is a link too
  (the build writes through it); the lines are forgotten only once their files are
  removed, so a build stopped in between leaves the take-down to the next. The pages of
  a pair that has none after the build (its release held, or below min-coverage) are
  taken down the same way (`_take_down_pair`), before its new line is saved.
* Results are handed on in report order as they come, and the record is read and
  written as a stream beside the sorted releases: the parent's memory does not grow with
  the number of pairs (10,000 releases cost it the list of their paths).
* Every output goes through `toolkit.atomic.write_bytes`: an interrupted build leaves
  each file either as it was or complete. The record is saved after the outputs it
  describes, also when the build is interrupted, so finished work is not redone.
* ``strict`` checks pairs before writing anything: one fallback, rejection, coverage
  skip or unreadable input (in the record or found by checking) and nothing is written
  at all; the report is then made by checking every pair.

This module plans and runs; what a worker does with one release is `toolkit.build_pair`,
and the record is read and written by `toolkit.build_record`.
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import json
import os
import re
import stat
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from toolkit import __version__
from toolkit.atomic import remove_leftovers, write_bytes, write_chunks
from toolkit.build_pair import (
    Context,
    LocaleJob,
    PairResult,
    Status,
    Task,
    build_release,
    display,
    formatter_for,
    held_message,
    in_order,
    load_locale_data,
    page_versions,
    run_batch,
    version_of,
)
from toolkit.build_record import (
    CACHE_NAME,
    LEGACY_CACHE_NAME,
    Earlier,
    RecordPaths,
    dumps,
    has_page,
    held_entry,
    line_entry,
    line_key,
    linked_bytes,
    page_language,
    pair_entry,
    read_record,
    record_header,
    record_index,
    record_line,
    record_pages,
    recorded_result,
    stamp_key,
    unchanged,
)
from toolkit.config import Config
from toolkit.errors import InputError, UsageError
from toolkit.formatting import is_pseudo_locale
from toolkit.html_writer import (
    IndexEntry,
    LocaleEntry,
    PageContext,
    index_links,
    language_name,
    locale_index,
    page_bytes,
    root_index,
)
from toolkit.images import same_copy
from toolkit.labels import Labels
from toolkit.loader import reserved_id
from toolkit.workers import batch_bounds, leave_interrupts_to_the_parent, usable_cpus

if TYPE_CHECKING:
    import concurrent.futures

    from toolkit.page_template import PageTemplate

__all__ = ["CACHE_NAME", "NOT_REMOVED", "Build", "BuildReport", "PairResult", "Status", "build",
           "display"]

_HELD = Status.HELD.value
SERIAL_BELOW = 24  # releases: below this a process pool costs more than it saves
Progress = Callable[[int, int], None]  # (done, total) releases


@dataclass(frozen=True)
class BuildReport:
    results: tuple[PairResult, ...]
    engines: dict[str, dict[str, str]] = field(default_factory=dict)  # per locale
    written: bool = True  # False when strict found problems and wrote nothing
    output: str = ""
    stale: dict[str, int] = field(default_factory=dict)  # `Build.stale`
    hold: str | None = None  # `Build.hold`
    outdated: dict[str, int] = field(default_factory=dict)  # `Build.outdated`
    held: tuple[dict[str, str | None], ...] = ()  # `Build.held`
    withdrawn: tuple[dict[str, str | None], ...] = ()  # `Build.withdrawn`
    withdrawn_locales: dict[str, int] = field(default_factory=dict)  # the same
    taken_out: dict[str, int] = field(default_factory=dict)  # `Build.taken_out`
    kept: tuple[tuple[str, str], ...] = ()  # `Build.kept`

    @property
    def failed(self) -> bool:
        return any(r.status is Status.FAILED for r in self.results)

    @property
    def problems(self) -> bool:
        return any(r.problems for r in self.results)

    def count(self, status: Status) -> int:
        return sum(1 for r in self.results if r.status is status)

    def as_dict(self) -> dict[str, Any]:
        return {**_head(self.output, self.written, self.engines,
                        {s: self.count(s) for s in Status}, self.stale, self.hold,
                        self.held, self.outdated,
                        (self.withdrawn, self.withdrawn_locales, self.taken_out,
                         self.kept)),
                "results": [r.as_dict() for r in self.results]}


def _head(output: str | Path, written: bool, engines: dict[str, dict[str, str]],
          counts: dict[Status, int], stale: dict[str, int], hold: str | None,
          held: Iterable[dict[str, str | None]], outdated: dict[str, int],
          withdrawn: tuple[Iterable[dict[str, str | None]], dict[str, int], dict[str, int],
                           Iterable[tuple[str, str]]]
          ) -> dict[str, Any]:
    """A report's keys before its results. A build holding embargoed releases says at
    what instant, and which it held (once each); one that does not has no such keys
    (nor a count of held pairs): its report is as it was before there was holding.
    Likewise ``outdated`` is there only when a locale left out has such pages,
    ``withdrawn`` only when the build withdrew releases (once each) or locales taken
    out of the project (with the number of their pages removed), and ``taken-out``
    only when a run of some locales left such a locale's pages, and ``not-removed``
    only when a take-down left files not communique's own (`withdrawn`: the releases,
    the locales withdrawn, the locales taken out and left, the files not removed, each
    with what is said of it)."""
    head: dict[str, Any] = {
        "output": display(output), "written": written, "engines": engines,
        "summary": {s.value: n for s, n in counts.items()
                    if s is not Status.HELD or hold is not None},
        "stale": stale}
    if outdated:
        head["outdated"] = outdated
    releases, locales, taken_out, kept = withdrawn
    releases = list(releases)
    if releases or locales:
        head["withdrawn"] = {"releases": releases, "locales": [
            {"locale": locale, "folder": display(Path(output) / locale), "pages": pages,
             "message": withdrawn_message(locale, pages)}
            for locale, pages in locales.items()]}
    if taken_out:
        head["taken-out"] = taken_out
    kept = list(kept)
    if kept:
        head["not-removed"] = [{"file": display(Path(output) / name), "message": message}
                               for name, message in kept]
    if hold is not None:
        head["hold"] = {"as-of": hold, "held": list(held)}
    return head


WITHDRAWN = "withdrawn (no longer in the project): its pages are removed"


def not_removed(why: str) -> str:
    """What is said of a file a take-down would remove that is not as communique wrote
    it (`_own`), `why` it was to go."""
    return (f"not removed: {why}, but it is not the file communique wrote (changed or "
            "replaced since); delete it by hand if it is to go")


NOT_REMOVED = not_removed("the build record names it among the pages withdrawn")
# A pair's pages taken down by a build that writes none for it (`Build._take_down_pair`).
NOT_REMOVED_HELD = not_removed("its release is held (embargo), and its pages are taken down")
NOT_REMOVED_SKIPPED = not_removed("its release is below min-coverage in this locale, and its "
                                  "pages are taken down")


def withdrawn_message(locale: str, pages: int) -> str:
    """What is said of a locale taken out of the project that a build withdrew."""
    return (f"withdrawn ({locale} is no longer a locale of the project): its {pages} "
            f"{'page is' if pages == 1 else 'pages are'} removed")


# A release id as the schema has it: a page of the record is removed only by the name a
# pair's outputs have, its line's locale folder and release id (not a reserved one) with
# the extension of an output (`_outputs`); nothing else is ever removed.
_RELEASE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")
FEED_FILE = os.sep + "feed.xml"  # (`toolkit.feeds.FEED_NAME`, not imported for it)


# The modules whose code shapes a build's output. A change to any of them rebuilds
# everything; the rest of the package (normalize, QA, the CLI) does not. The schema too:
# it decides which releases are built (a value it now refuses leaves no page built).
OUTPUT_CODE = ("build.py", "build_pair.py", "build_record.py", "translate.py", "translatable.py",
               "html_writer.py", "page_template.py", "labels.py", "release_xml.py",
               "placeholders.py", "model.py", "feeds.py", "images.py",
               "vocabulary.py", "loader.py", "xmlsafe.py", "schema.py", "po_read.py",
               "catalog.py", "escaping.py", "language_tags.py", "formatting",
               "schemas/release.xsd")


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


# ---------------------------------------------------------------- planning
def _generator(metadata: dict[str, str]) -> str:
    details = "; ".join(f"{k}={v}" for k, v in sorted(metadata.items()))
    return f"communique {__version__} ({details})"


def _locale_jobs(config: Config, locales: Iterable[str], min_coverage: float | None,
                 engine: str, templates: dict[Path, PageTemplate] | None = None
                 ) -> tuple[LocaleJob, ...]:
    """The run's locales, each with the stamp of what shapes its output and its
    min-coverage: `min_coverage` (the run's), else the config's for the locale. A page
    template is read once a run (into `templates`, shared by the locales that use it),
    and its digest stamped: a changed template rebuilds its pages, an unchanged one
    costs no read a release."""
    jobs = []
    for locale in locales:
        settings = config.settings(locale)
        try:
            formatter = formatter_for(locale, settings, engine)
        except (ValueError, LookupError) as exc:
            raise UsageError(f"locale {locale}: {exc}") from exc
        metadata = dict(formatter.metadata)
        source = locale == config.source_locale
        threshold = float(config.coverage_minimum(locale) if min_coverage is None
                          else min_coverage)
        shaping: list[Any] = [
            # (a float: --min-coverage 80 and the API's min_coverage=80 are one threshold)
            _code_stamp(), source, config.source_locale, threshold, engine,
            # (`data`, a bidi pseudo-locale's, is in the metadata: the stamps of the
            # other locales stay what they were before it was a setting)
            sorted((k, v) for k, v in vars(settings).items() if k != "data"),
            sorted(metadata.items())]
        template = None
        if config.page_template(locale) is not None:
            from toolkit.page_template import project_template

            template = project_template(config, locale, templates)
            assert template is not None
            shaping.append(template.digest)  # (without one, the stamp is as it was)
        if config.site_url is not None:
            # A pair built with feeds records its feed entry, and its entry's id and
            # links are made of the address, as its page's canonical and Open Graph
            # addresses are: another address rebuilds. Without one, the stamp is as it
            # was.
            shaping.append(["site-url", config.site_url])
        labels = config.page_labels(locale)
        if labels.own:
            # The project's words for the locale's pages: another word rebuilds them.
            # Without any, the stamp is as it was.
            shaping.append(["labels", labels.own])
        stamp = hashlib.sha256(json.dumps(shaping, sort_keys=True).encode()).hexdigest()
        jobs.append(LocaleJob(locale, settings, source, _generator(metadata), stamp,
                              template, labels, threshold))
    return tuple(jobs)


# ---------------------------------------------------------------- running
def _batches(tasks: list[Task], jobs: int) -> Iterator[tuple[int, list[Task]]]:
    """The tasks in batches (`batch_bounds`), each with the index of its first task."""
    for start, stop in batch_bounds(len(tasks), jobs):
        yield start, tasks[start:stop]


def _start_method() -> str:
    """How worker processes start. fork shares the parent's loaded modules and
    formatters. Python 3.12 warns about forking a process with threads (a progress bar
    has one): forkserver."""
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and sys.version_info < (3, 12):
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


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
            # The pool's modules (concurrent.futures, multiprocessing and what they
            # import) are imported when a pool is started, not by every build, and
            # before the parent's objects are frozen for the fork.
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            method = _start_method()
            if method == "fork":  # inherited by the workers instead of loaded by each
                load_locale_data(self.ctx)
            # A forked worker copies each page of the parent it writes to, and a garbage
            # collection writes to every object it visits: frozen objects are not visited.
            gc.freeze()
            self._pool = ProcessPoolExecutor(
                max_workers=self.jobs, mp_context=multiprocessing.get_context(method),
                initializer=leave_interrupts_to_the_parent)
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
            self._pending.append((start, self._pool.submit(run_batch, tasks, self.ctx)))

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
        hold: datetime | None = None,
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
        # The run's, over every locale's; None: each locale's, as the config says.
        self.min_coverage = min_coverage
        self.config = config
        self.paths = RecordPaths(config.root)
        # Sorted as the record is, by the record's names (under the project folder, the
        # order of the absolute paths); a release named twice is built once.
        self.files = sorted({str(Path(p).resolve()) for p in releases}
                            if releases is not None else _release_files(config.releases),
                            key=self.paths.key)
        self.whole_project = releases is None  # forget the pairs of releases now gone
        # The project's locales: a recorded locale neither among them nor a pseudo-locale
        # (never configured) was taken out of the config (`_taken_out`), and a build of
        # every release in every one of them withdraws it, as it withdraws a release gone.
        self.configured = frozenset((config.source_locale, *config.locales))
        self.whole_locales = self.whole_project and self.configured <= set(wanted)
        self.templates: dict[Path, PageTemplate] = {}  # read once a run
        self.jobs = _locale_jobs(config, wanted, min_coverage, config.formatting_engine,
                                 self.templates)
        if config.page_template(config.source_locale) is not None:
            # The front page's, read (and refused) before anything is written.
            from toolkit.page_template import project_template

            project_template(config, config.source_locale, self.templates)
        self.engines = {job.locale: dict(formatter_for(job.locale, job.settings,
                                                    config.formatting_engine).metadata)
                        for job in self.jobs}
        self.output = out
        self.base = str(out)
        self.record = out / CACHE_NAME
        self.order = (config.source_locale, *config.locales)
        # The instant a release's embargo must have passed for it to be built (UTC, as
        # `embargo_utc` writes it, so the two compare as strings); None: no holding.
        self.hold = (hold.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
                     if hold is not None else None)
        self.held: dict[str, dict[str, str | None]] = {}  # release shown: what is said
        # Locales left out of the run whose index lost a page: one of a release now held,
        # or one whose file is gone (`_present`).
        self.held_elsewhere: set[str] = set()
        # What this build withdrew (`_withdraw`), as reported: releases by record name,
        # locales with the number of their pages removed.
        self.withdrawn: dict[str, dict[str, str | None]] = {}
        self.withdrawn_locales: dict[str, int] = {}
        # Files a take-down left, as not communique's own, with what is said of each.
        self.kept: list[tuple[str, str]] = []
        self.ctx = Context(config.root, config.catalogs.resolve(), out,
                           config.formatting_engine, write=not strict,
                           locales=self.jobs,
                           new_folders=frozenset(j.locale for j in self.jobs
                                                 if not (out / j.locale).exists()),
                           order=self.order, feeds=config.site_url is not None,
                           hold=self.hold, site_url=config.site_url,
                           releases=str(config.releases.resolve()))
        self.workers = jobs if jobs and jobs > 0 else usable_cpus()
        self.strict = strict
        # What the run found: the report's summary.
        self.written = not strict
        self.counts = dict.fromkeys(Status, 0)
        self.problems = False
        # A release that could not be read (or is refused, its id not its file's name):
        # its id is not known, so it may be the release that claims the pages of one
        # gone (a file renamed), and nothing is withdrawn.
        self.unread = False
        try:
            earlier = Earlier(read_record(self.record))
            self.usable = True
        except (OSError, ValueError):
            earlier, self.usable = Earlier(()), False
        self._others: dict[str, LocaleJob | None] = {}  # locales left out, as needed
        self._images: dict[str, tuple[int, int, bool]] = {}  # `_image_as_built`
        self._other_stamps: dict[str, frozenset[str]] = {}  # `_other_job`
        self._other_keys: dict[str, tuple[bytes, ...]] = {}  # the same, as `stamp_key`
        try:
            self._plan(earlier, force)
        except ValueError:  # a damaged record: everything is rebuilt
            self.usable = False
            self._plan(Earlier(()), force)
        finally:
            earlier.close()
        others = tuple(job for job in self._others.values() if job is not None)
        if others:
            self.ctx = replace(self.ctx, others=others)
        # Pages of locales left out of the run that list other versions than their
        # release has after it, by locale: left as they are, as their own inputs changed
        # since they were built (`_left_stale`).
        self.stale: dict[str, int] = {}
        # Pages of locales left out of the run built with other settings (config, page
        # template, tool) than their locale has now, by locale: a build of the locale
        # would write them again (`_left_stale`).
        self.outdated: dict[str, int] = {}

    @property
    def failed(self) -> bool:
        return self.counts[Status.FAILED] > 0

    def head(self) -> dict[str, Any]:
        """The report without its results, as `BuildReport.as_dict` begins."""
        return _head(self.output, self.written, self.engines, self.counts, self.stale,
                     self.hold, self.held.values(), self.outdated,
                     (self.withdrawn.values(), self.withdrawn_locales, self.taken_out,
                      self.kept))

    # ------------------------------------------------------------ planning
    def _plan(self, earlier: Earlier, force: bool) -> None:
        """Which pairs are stale, by comparing each with its line in the last record.

        A page links its release in every locale that has a page: the record's lines
        of pairs built, in whatever run (a real page leaves out the pseudo-locales':
        `page_versions`). A page that links another set is stale; so
        are the pages of a release whose versions change in this run, which only the
        worker building the release learns: it is told the run's other pages and the
        versions each links (`Task.refresh`).

        Every page on disk is to link every version on disk, also the pages of locales
        left out of the run (``--locale ru`` gives the release a page the en and ja ones
        must link). Such a page is written again from its inputs, so only when they are
        as it was built from (else its build would bring changes not asked for): it goes
        into `Task.refresh` when its release is built in this run, or when it links
        another set than the record says the release has (a task that only refreshes).
        Checking that costs a look at its line's bytes (`linked_bytes`); its inputs are
        looked at only then. A no-change run reads no page.
        """
        self.tasks: list[Task] = []
        self.touched: dict[tuple[str, str], bytes] = {}  # lines with fresh stamps
        self.dropped = False  # lines of releases that are gone
        self.known_problems = False  # an unchanged pair `strict` refuses
        shared: dict[Any, Any] = {}  # one copy of each tuple the tasks hold
        self._in_order: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._linked_cache: dict[tuple[str, tuple[str, ...]], bytes] = {}
        self.ctx_locales = frozenset(job.locale for job in self.jobs)
        # (release, locale) of the lines `_present` drops: of a locale taken out, or of a
        # page left out whose file is gone
        self.drops: set[tuple[str, str]] = set()
        self.taken_out: dict[str, int] = {}  # pages of locales taken out, left in place
        self._listings: dict[str, tuple[bool, frozenset[str]]] = {}  # `_left_out`
        for release in self.files:
            key = self.paths.key(release)
            for _line in earlier.before(key):
                self.dropped = self.dropped or self.whole_project
            recorded = earlier.take(key)
            # (dict keys against a set: no set made, as issuperset would)
            left = not recorded.keys() <= self.ctx_locales
            if left:
                recorded = self._present(release, recorded)
            pages = self._pages(recorded)
            stale = []
            refresh = []
            for job in self.jobs:
                line = None if force else recorded.get(job.locale)
                verdict = (self._fresh(release, job, line, pages) if line is not None
                           else None)
                if verdict is None:
                    stale.append(job.locale)
                    continue
                problems, fresh_line, linked = verdict
                self.known_problems = self.known_problems or problems
                if fresh_line is not None:
                    self.touched[release, job.locale] = fresh_line
                if linked is not None:
                    refresh.append((job.locale, linked))
            left_out = left and self._refresh_left_out(release, recorded, pages, bool(stale),
                                                       refresh)
            if stale or left_out:
                parts = (tuple(stale), pages, tuple(refresh))
                self.tasks.append(Task(release, *(shared.setdefault(p, p) for p in parts)))
        for _line in earlier.before(None):
            self.dropped = self.dropped or self.whole_project

    def _present(self, release: str, recorded: dict[str, bytes]) -> dict[str, bytes]:
        """A release's record lines as this build takes them (`recorded` has a locale left
        out of the run): without those of locales taken out of the project when it
        withdraws them, nor those of pages of locales left out whose file is gone
        (deleted by hand: no page may link it, no index list it; the next build of its
        locale builds it again). Planning finds them, and the walk drops them
        (`_withdraw`)."""
        kept = recorded
        page = None  # the page's file name, made once a release
        for locale, line in recorded.items():
            if locale in self.ctx_locales:
                continue
            found = self._listings.get(locale)
            if found is None:  # (once a locale)
                found = self._left_out(locale)
            taken_out, listing = found
            if not (taken_out and self.whole_locales):  # (else withdrawn)
                if page is None:
                    # (named by its release's id, which is its file's name: `named_by`)
                    name = release[release.rfind(os.sep) + 1:]
                    page = (name[:-4] if name.endswith(".xml")
                            else os.path.splitext(name)[0]) + ".html"
                if page in listing:  # (looked at first: a page is nearly always there)
                    if taken_out and has_page(line):  # (a run of some locales withdraws
                        self.taken_out[locale] = self.taken_out.get(locale, 0) + 1  # none)
                    continue
                if not has_page(line):
                    continue
            if kept is recorded:
                kept = dict(recorded)
            del kept[locale]
            self.drops.add((release, locale))
            self.dropped = True
        return kept

    def _taken_out(self, locale: str) -> bool:
        """Whether a recorded locale is no longer one of the project's: not configured
        (nor the source locale), and no pseudo-locale, which is never configured."""
        return locale not in self.configured and not is_pseudo_locale(locale)

    def _left_out(self, locale: str) -> tuple[bool, frozenset[str]]:
        """What `_present` needs of a locale left out of the run, found once a run:
        whether it was taken out of the project (`_taken_out`), and the files in its
        folder (a page looked up in them costs a tenth of a stat)."""
        try:
            listing = frozenset(os.listdir(self.ctx.output_folder(locale)))
        except OSError:
            listing = frozenset()
        found = self._listings[locale] = (self._taken_out(locale), listing)
        return found

    def _refresh_left_out(self, release: str, recorded: dict[str, bytes],
                          pages: tuple[str, ...], built: bool,
                          refresh: list[tuple[str, tuple[str, ...]]]) -> bool:
        """Add to `refresh` the pages of locales left out of the run that may have to be
        written again: all those whose inputs are as built when the release is `built`
        in this run, else those among them that link another set of versions than
        `pages`. Returns whether any page was added."""
        added = False
        for locale, line in recorded.items():
            if locale in self.ctx_locales or not has_page(line):
                continue
            if not built and linked_bytes(line) == self._linked(locale, pages):
                continue
            job = self._other_job(locale)
            verdict = (self._fresh(release, job, line, pages, versions=False,
                                   stamps=self._other_stamps[locale])
                       if job is not None else None)
            if verdict is not None and verdict[2] is not None:
                refresh.append((locale, verdict[2]))
                added = True
        return added

    def _other_job(self, locale: str) -> LocaleJob | None:
        """A locale left out of the run, as a worker needs it to write its pages again;
        None when it cannot be (a formatter that cannot be made: its pages stay).

        Its pages were built by runs of their own, with the config's min-coverage (the
        locale's own, or the project's) or with a --min-coverage (this run's, say). The
        threshold decides only whether a pair has a page; a page there, whose inputs are
        as built, was above the one it was built with, and writing it again with other
        versions keeps that verdict (no worker judges a locale left out against this
        run's threshold) and its record line's stamp. So a stamp made with either
        threshold is as built (`_other_stamps`): ``--locale ru --min-coverage 80``
        rewrites the ja pages to link ru as ``--locale ru`` does. Only another
        threshold, which cannot be told from the stamp, leaves them stale."""
        if locale not in self._others:
            engine = self.config.formatting_engine
            self._others[locale] = None
            try:
                job = _locale_jobs(self.config, [locale], self.min_coverage, engine,
                                   self.templates)[0]
            except (UsageError, InputError):  # (its page template cannot be read)
                return None
            stamps = {job.stamp[:16]}
            if job.min_coverage != self.config.coverage_minimum(locale):
                stamps.add(_locale_jobs(self.config, [locale], None,
                                        engine, self.templates)[0].stamp[:16])
            self._other_stamps[locale] = frozenset(stamps)
            self._other_keys[locale] = tuple(map(stamp_key, sorted(stamps)))  # (1 or 2)
            self._others[locale] = job
        return self._others[locale]

    def _linked(self, locale: str, pages: tuple[str, ...]) -> bytes:
        """The versions the page of `locale` is to link, as its record line holds them."""
        found = self._linked_cache.get((locale, pages))
        if found is None:
            found = self._linked_cache[locale, pages] = dumps(
                list(page_versions(locale, pages)))
        return found

    def _pages(self, recorded: dict[str, bytes]) -> tuple[str, ...]:
        """The versions the record says a release has (the locales in which it has a
        page, with the language of one in another: `version_of`), in page order. Only
        the source locale's page can be in another language than its locale's (a
        release written in French, built as it is): no other line is searched for it."""
        found = tuple(locale for locale, line in recorded.items() if has_page(line))
        source = self.order[0]
        if source in recorded and source in found:
            language = page_language(recorded[source])
            if language is not None:
                found = tuple(version_of(source, language) if locale == source else locale
                              for locale in found)
        ordered = self._in_order.get(found)
        if ordered is None:
            ordered = self._in_order[found] = in_order(found, self.order)
        return ordered

    def _fresh(self, release: str, job: LocaleJob, line: bytes, pages: tuple[str, ...],
               versions: bool = True, stamps: frozenset[str] = frozenset()
               ) -> tuple[bool, bytes | None, tuple[str, ...] | None] | None:
        """None when the pair must be built again, else whether its recorded result is
        one `strict` refuses, its line with up-to-date stamps if they changed, and the
        versions its page links (None: it has no page). A page linking other versions
        than `pages` must be built again, unless `versions` is False (a page to refresh:
        only its inputs are looked at). `stamps`: others than the job's that are as
        built (`_other_job`)."""
        try:
            entry = line_entry(line)
            stamp = entry.get("s")
            if entry["st"] == _HELD:
                return self._still_held(release, job, entry)
            if stamp != job.stamp[:16] and stamp not in stamps:
                return None
            recorded = [release, *entry["r"]]
            ok, release_stamp = unchanged(recorded, release)
            if not ok:
                return None
            catalog = entry["c"]
            ok, catalog_stamp = unchanged(catalog if len(catalog) == 4 else None,
                                          self.paths.path(catalog[0]))
            if not ok:
                return None
            for name, size, mtime in entry["o"]:
                info = os.stat(self.base + os.sep + name)
                if info.st_size != size or info.st_mtime_ns != mtime:
                    return None
            if "im" in entry and not all(map(self._image_as_built, entry["im"])):
                return None  # (a photo changed, came or its copy went: copied again)
            status = entry["st"]
            if self.hold is not None and entry.get("eb", "") > self.hold:
                return None  # built earlier, embargoed still: to be taken down
            problems = status == Status.SKIPPED.value or bool(entry["is"])
            linked = tuple(entry["v"]) if status == Status.BUILT.value else None
            if (versions and linked is not None
                    and linked != page_versions(job.locale, pages)):
                return None
        except (OSError, KeyError, TypeError, ValueError, IndexError, AttributeError):
            return None
        touched = False
        if release_stamp is not recorded:
            entry["r"] = list(release_stamp[1:]) if release_stamp else entry["r"]
            touched = True  # touched but identical: remember, so as not to hash again
        if catalog_stamp is not None and catalog_stamp is not catalog:
            entry["c"] = [catalog[0], *catalog_stamp[1:]]
            touched = True
        return problems, (record_line(self.paths.key(release), job.locale, dumps(entry))
                          if touched else None), linked

    def _image_as_built(self, image: list[Any]) -> bool:
        """Whether a photo the record names (`toolkit.images.ImageStamp`) is as it was
        when its release was built, and its copy still there: one stat of it, and one of
        the copy, once a run whatever the number of pairs naming it."""
        path, size, mtime, copied = image
        found = self._images.get(path)
        if found is None:
            source = self.ctx.releases + os.sep + path.replace("/", os.sep)
            try:
                info = os.stat(source)
                found = (info.st_size, info.st_mtime_ns,
                         same_copy(self.base + os.sep + path.replace("/", os.sep),
                                   info.st_size, info.st_mtime_ns))
            except OSError:
                found = (-1, -1, False)
            self._images[path] = found
        return found[:2] == (size, mtime) and (found[2] or not copied)

    def _still_held(self, release: str, job: LocaleJob, entry: dict[str, Any]
                    ) -> tuple[bool, bytes | None, None] | None:
        """`_fresh` of a pair recorded held (`held_entry`): up to date when this build
        holds, its instant is still ahead, the code that held it is this one and the
        release is as it was (a stat, or its hash when touched); else None: read again,
        and built once its embargo has lifted. A holding build reads a held release once,
        not at every run till its instant."""
        if (self.hold is None or not entry.get("eb", "") > self.hold
                or "hu" not in entry or entry["s"] != _code_stamp()[:16]
                or len(entry["r"]) != 3):
            return None
        recorded = [release, *entry["r"]]
        ok, release_stamp = unchanged(recorded, release)
        if not ok:
            return None
        if release_stamp is recorded:
            return False, None, None
        entry["r"] = list(release_stamp[1:]) if release_stamp else entry["r"]
        return False, record_line(self.paths.key(release), job.locale, dumps(entry)), None

    # ------------------------------------------------------------ running
    def run(self, sink: Sink, progress: Progress | None = None) -> None:
        """Build (``strict``: check first) and hand every pair's result to `sink`."""

        def take(result: PairResult) -> None:
            self.counts[result.status] += 1
            self.problems = self.problems or result.problems
            if result.status is Status.FAILED and result.release_id is None:
                self.unread = True
            if result.held is not None and result.release not in self.held:
                self.held[result.release] = {
                    "release": result.release, "id": result.release_id,
                    "until": result.embargo, "message": held_message(result.held)}
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
            self.written = True  # nothing refused: built as without --strict
            progress = None  # the check pass already showed the progress
        changed = self._pass(ctx, take, progress, record=bool(
            self.tasks or self.touched or self.dropped or not self.usable))
        remove_leftovers(self.record)  # a killed build's record, half saved
        indexes = [self.output / "index.html",
                   *(self.output / j.locale / "index.html" for j in self.jobs)]
        if self.config.site_url is not None:  # (a feed may rightly be missing: none)
            indexes.append(self.output / "sitemap.xml")
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
        self.stale = {}
        self.outdated = {}
        self.gone: list[Output] = []  # outputs of the releases no longer in the project
        self.gone_lines: list[bytes] = []  # their record lines
        self._gone_releases: dict[str, dict[str, str | None]] = {}  # theirs, as reported
        self._gone_locales: set[str] = set()  # locales taken out among their lines
        self.dropped_pages: list[Output] = []  # outputs of the lines `_withdraw` drops
        self.dropped_lines: list[bytes] = []  # those lines
        self._withdrawing: dict[str, int] = {}  # locales taken out: their pages
        self.kept = []
        # The pages of a pair held or skipped are taken down as its results are taken,
        # before the record that says it has none is saved (`_take_down_pair`).
        self._taking_down = record and ctx.write
        failure: list[BaseException] = []
        with _Runner(self.tasks, ctx, self.workers, progress) as runner:
            # The lines of what is withdrawn are saved with the rest, and forgotten only
            # once their files are removed: a build stopped in between (a SIGKILL runs
            # no clean-up) leaves them in the record, and the next build removes them.
            # Forgotten first, they were left published, and linked by the front page,
            # for good.
            lines = self._walk(runner, sink, failure if record else None)
            if record:
                try:
                    write_chunks(self.record, itertools.chain([record_header()], lines))
                except OSError:
                    # What stopped the build is what to report: a full disk fails the
                    # page and then the record saved after it, which named the record.
                    if failure:
                        raise failure[0] from None
                    raise
                (self.output / LEGACY_CACHE_NAME).unlink(missing_ok=True)
            else:
                for _line in lines:
                    pass
        if failure:  # (the lines of what was to be withdrawn stay in the record)
            raise failure[0]
        done: list[bytes] = []  # the lines whose files are removed: to be forgotten
        if record and ctx.write and self.gone_lines and not self.unread:
            # (a release that could not be read keeps the lines of those gone: it may be
            # one of them, renamed; a build that reads every release withdraws them)
            if self.gone:
                self._unpublish()
                self.withdrawn = self._gone_releases
                for locale in self._gone_locales:
                    self._withdrawing.setdefault(locale, 0)
            done += self.gone_lines
        if record and ctx.write and (self.dropped_pages or self._withdrawing):
            self._take_down()
        if record and ctx.write:
            done += self.dropped_lines
        if done:
            self._forget(frozenset(done))
        return bool(self.recorded or self.touched or self.dropped or not self.usable)

    def _walk(self, runner: _Runner, sink: Sink | None,
              failure: list[BaseException] | None) -> Iterator[bytes]:
        """The new record's lines, the releases and the last record gone through side by
        side; each release's results reported on the way."""
        earlier = Earlier(read_record(self.record) if self.usable else ())
        finished: dict[int, list[PairResult]] | None = None  # once interrupted
        task = 0
        try:
            for release in self.files:
                key = self.paths.key(release)
                yield from self._outside(earlier.before(key))
                recorded = earlier.take(key)
                dropped = len(self.dropped_lines)
                if self.drops and not recorded.keys() <= self.ctx_locales:
                    recorded = self._withdraw(release, recorded)
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
                lines = self._lines(release, recorded, new)
                if len(self.dropped_lines) > dropped:  # (saved till taken down: `_pass`)
                    lines = sorted([*lines, *self.dropped_lines[dropped:]], key=line_key)
                yield from lines
            yield from self._outside(earlier.before(None))
        finally:
            earlier.close()

    def _outside(self, lines: Iterator[bytes]) -> Iterator[bytes]:
        """The lines of releases this build does not go through: kept when only some
        releases were asked for, withdrawn when the project's releases are all there is
        (and kept till then: `_pass`)."""
        for line in lines:
            if not self.whole_project:
                yield line
                continue
            key, locale = line_key(line)
            if self.whole_locales and self._taken_out(locale):
                self._gone_locales.add(locale)  # (its index goes with it)
            try:
                entry = line_entry(line)
                outputs = _outputs(entry, locale)
            except (KeyError, TypeError, ValueError, IndexError):
                continue  # a damaged line: nothing known of its pages
            self.gone.extend(outputs)
            self.gone_lines.append(line)
            yield line  # (saved till its pages are removed: `_pass`)
            if key not in self._gone_releases:
                release_id = entry.get("id")
                self._gone_releases[key] = {
                    "release": display(self.paths.path(key)),
                    "id": release_id if isinstance(release_id, str) else None,
                    "message": WITHDRAWN}

    def _withdraw(self, release: str, recorded: dict[str, bytes]) -> dict[str, bytes]:
        """A release's record lines without those `_present` found gone: of a locale
        taken out of the project (its pages to be removed, and counted), or of a page of
        a locale left out whose file is gone (its other files removed, and its locale's
        index written again)."""
        kept = recorded
        for locale, line in recorded.items():
            if (release, locale) not in self.drops:
                continue
            taken_out = self.whole_locales and self._taken_out(locale)
            if kept is recorded:
                kept = dict(recorded)
            del kept[locale]
            self.dropped_lines.append(line)
            # (a damaged line: nothing known of its pages)
            with suppress(KeyError, TypeError, ValueError, IndexError):
                self.dropped_pages.extend(_outputs(line_entry(line), locale))
            if taken_out:
                self._withdrawing[locale] = self._withdrawing.get(locale, 0) + has_page(line)
            else:
                self.held_elsewhere.add(locale)
        return kept

    def _forget(self, done: frozenset[bytes]) -> None:
        """The record saved again without the lines of what was withdrawn (`done`), once
        their files are removed (and those found not communique's own left: `_own`)."""
        write_chunks(self.record, itertools.chain([record_header()], (
            line for _release, _locale, line in read_record(self.record)
            if line not in done)))

    def _unpublish(self) -> None:
        """Remove the pages of releases no longer in the project, which no index lists
        and no page links any more: a release taken out is withdrawn, not left online.
        A page that a release still in the project claims stays: the new record is read
        for the names it holds among those."""
        gone = {output[0]: output for output in self.gone}
        lines = frozenset(self.gone_lines)  # (saved in the record till removed: `_pass`)
        claimed: dict[str, list[str]] = {}  # casefolded name -> the names claimed so
        for _release, _locale, line in read_record(self.record):
            if line in lines:
                continue
            for output in line_entry(line)["o"]:
                gone.pop(output[0], None)
                claimed.setdefault(output[0].casefold(), []).append(output[0])
        for name in sorted(gone):
            if not self._same_file(name, claimed.get(name.casefold(), ())):
                self._remove(*gone[name])

    def _remove(self, name: str, size: object = None, mtime: object = None,
                why: str = NOT_REMOVED) -> None:
        """Remove an output the build takes down if it is communique's own, as written
        (`_own`); else leave it, and say so (`kept`, with `why`). Through a locale's
        folder that is a link (to where the site is served from, say) as the build writes
        through it: what it published there is taken down there."""
        path = self.base + os.sep + name
        if _own(path, size, mtime):
            with suppress(FileNotFoundError):
                os.unlink(path)
        elif os.path.lexists(path):
            self.kept.append((name, why))

    def _take_down_pair(self, release_id: str | None, locale: str, line: bytes | None,
                        why: str) -> None:
        """Take down the pages of a pair that has none after this build (its release
        held, or below min-coverage), as a withdrawal does: only those its record `line`
        says communique wrote (`_remove`). A file under a page's name that the record
        describes not (a page of one's own, or one written before the record) stays, and
        is said. Done before the record saying the pair has no page is saved: a build
        stopped before then leaves the line naming the pages, whose pair the next build
        finds changed, builds, and takes down again."""
        if release_id is None:
            return
        described: list[Output] = []
        if line is not None and has_page(line):
            with suppress(KeyError, TypeError, ValueError, IndexError):  # (a damaged line)
                described = _outputs(line_entry(line), locale)
        for output in described:
            self._remove(*output, why=why)
        names = {output[0] for output in described}
        for suffix in (".xml", ".html"):
            name = f"{locale}{os.sep}{release_id}{suffix}"
            if name not in names and os.path.lexists(self.base + os.sep + name):
                self.kept.append((name, why))

    def _same_file(self, name: str, others: Iterable[str]) -> bool:
        """Whether the output `name` is one of `others` under another spelling: on a file
        system that ignores case (macOS, Windows) a release renamed from Foo to foo, or a
        locale's spelling corrected from zh_hant to zh_Hant, names the file or folder
        this build has just written, which must not be removed as the old one's."""
        path = self.output / name
        for other in others:
            with suppress(OSError):  # (either missing: not the same)
                if other != name and os.path.samefile(path, self.output / other):
                    return True
        return False

    def _take_down(self) -> None:
        """Remove the files of the lines `_withdraw` dropped, and of each locale taken
        out of the project its index page and feed, and its folder when nothing else is
        in it: no page links it any more, and no index lists it."""
        # A locale's folder that is a configured locale's under another spelling holds
        # that locale's pages, just written (`_same_file`).
        shared = {locale for locale in {*self._withdrawing,
                                        *(output[0].partition(os.sep)[0]
                                          for output in self.dropped_pages)}
                  if self._same_file(locale, self.configured)}
        for output in sorted(set(self.dropped_pages)):
            if output[0].partition(os.sep)[0] not in shared:
                self._remove(*output)
        if self._withdrawing:
            for locale in sorted(self._withdrawing):
                if locale in shared:
                    continue
                for name in ("index.html", FEED_FILE[1:]):
                    self._remove(f"{locale}{os.sep}{name}")
                folder = self.output / locale
                if not folder.is_symlink():  # (a link is someone's: it stays)
                    with suppress(OSError):  # not empty (someone's own files), or not there
                        folder.rmdir()
            self.withdrawn_locales = dict(sorted(self._withdrawing.items()))

    def _report(self, release: str, recorded: dict[str, bytes], new: list[PairResult],
                sink: Sink) -> None:
        built = {result.locale: result for result in new}
        for job in self.jobs:
            result = built.get(job.locale)
            if result is None:
                line = self.touched.get((release, job.locale)) or recorded[job.locale]
                sink(recorded_result(line_entry(line), release, job.locale, self.base,
                                     self.paths))
            else:  # what only the record needs (stamps, index entry, versions) stays
                sink(replace(result, inputs=(), written=(), index=None, versions=(),
                             feed=()))

    def _lines(self, release: str, recorded: dict[str, bytes],
               new: list[PairResult]) -> list[bytes]:
        """A release's lines in the new record, sorted by locale: a pair built or skipped
        this time gets a new line; any other keeps its line (with fresh stamps)."""
        lines = dict(recorded)
        if new and new[0].status is Status.HELD:
            # None of its pages stays, in any locale: its lines, those of locales left
            # out of the run too, say it is held.
            entry = held_entry(new[0], _code_stamp()[:16])
            held = {*lines, *(result.locale for result in new)}
            if self._taking_down:
                for locale in sorted(held):
                    self._take_down_pair(new[0].release_id, locale, lines.get(locale),
                                         NOT_REMOVED_HELD)
            for locale in held:
                if locale not in self.ctx_locales and has_page(lines[locale]):
                    self.held_elsewhere.add(locale)
                lines[locale] = record_line(self.paths.key(release), locale, entry)
            self.recorded += 1
            return [lines[locale] for locale in sorted(lines)]
        refreshed = False
        if self.touched:
            for job in self.jobs:
                if (release, job.locale) in self.touched:
                    lines[job.locale] = self.touched[release, job.locale]
        for result in new:
            if result.status is Status.FAILED:
                if result.locale in lines and self._page_gone(result.locale, lines[result.locale]):
                    # Its last build's page was deleted by hand: forgotten (no page
                    # links it, no index lists it), built by the next build that can.
                    self.dropped_lines.append(lines.pop(result.locale))
                    self.recorded += 1
                continue
            if result.status in (Status.BUILT, Status.SKIPPED):
                if result.status is Status.SKIPPED and self._taking_down:
                    # The pages an earlier build wrote for it go: the index no longer
                    # lists them, no page links them, and what they say is out of date.
                    self._take_down_pair(result.release_id, result.locale,
                                         lines.get(result.locale), NOT_REMOVED_SKIPPED)
                job = self.ctx.job(result.locale)
                if result.locale not in self.ctx_locales:  # as it was built (`_other_job`)
                    job = replace(job, stamp=line_entry(recorded[result.locale])["s"])
                lines[result.locale] = record_line(
                    self.paths.key(release), result.locale,
                    pair_entry(job, result, self.base, self.paths))
                self.recorded += 1
                refreshed = refreshed or result.locale not in self.ctx_locales
        if refreshed or not lines.keys() <= self.ctx_locales:
            self._left_stale(lines)
        return [lines[locale] for locale in sorted(lines)]

    def _page_gone(self, locale: str, line: bytes) -> bool:
        """Whether a record line has a page whose file is not there (deleted by hand, or
        a folder in its place); its other files are then to be removed (`_take_down`)."""
        if not has_page(line):
            return False
        try:
            outputs = _outputs(line_entry(line), locale)
        except (KeyError, TypeError, ValueError, IndexError):
            return False  # a damaged line: rebuilt when it can be, as before
        # (a folder under the page's name is no page: a build that could not write it
        # failed the pair, and said so; the folder is someone's, and stays unsaid)
        if any(output[0].endswith(".html") and not os.path.isfile(self.base + os.sep + output[0])
               for output in outputs):
            self.dropped_pages.extend(output for output in outputs
                                      if not os.path.isdir(self.base + os.sep + output[0]))
            return True
        return False

    def _left_stale(self, lines: dict[str, bytes]) -> None:
        """Count the pages of locales left out of the run that link other versions than
        their release now has (`lines`: its new record lines): those not refreshed; and
        those built with other settings than their locale has now (`outdated`): a
        changed page template, say, which a run of other locales does not apply to them
        (not asked for), and which would otherwise go unsaid."""
        pages = None
        for locale, line in lines.items():
            if locale in self.ctx_locales or not has_page(line):
                continue
            if self._other_job(locale) is not None and all(
                    line.rfind(key) < 0 for key in self._other_keys[locale]):
                self.outdated[locale] = self.outdated.get(locale, 0) + 1
            if pages is None:
                pages = self._pages(lines)
            if linked_bytes(line) != self._linked(locale, pages):
                self.stale[locale] = self.stale.get(locale, 0) + 1

    def _write_indexes(self) -> None:
        """Each built locale's list of releases, and the front page linking every locale
        that has pages (also those built by earlier runs with other ``--locale``
        choices): read from the record, one locale at a time."""
        config = self.config
        counts: dict[str, int] = {}
        site_url = config.site_url
        # (and a locale left out of the run whose page of a release now held is gone, or
        # one whose page was deleted: its index and feed must not link it; unless its
        # whole folder was, which is not made again for an index)
        others = (self._other_job(locale) for locale in sorted(self.held_elsewhere)
                  if (self.output / locale).is_dir())
        written = set()
        # The locales whose index pages link one another (with a site-url): those the
        # front page lists, known from the record's first reading.
        linked: tuple[str, ...] | None = None
        for job in (*self.jobs, *(job for job in others if job is not None)):
            feed: dict[str, list[Any]] | None = (
                {} if site_url is not None and not is_pseudo_locale(job.locale) else None)
            entries, counts = record_index(self.record, job.locale, feed)
            if linked is None:
                linked = self._linked_indexes(counts)
            context = self._index_context(job, linked)
            link = None  # the index page's link to its feed, when there is one
            if feed is not None:
                assert site_url is not None
                from toolkit.feeds import FEED_NAME, write_feed

                data = _feed(entries, feed, site_url, job.locale, self.output,
                             job.labels or config.page_labels(job.locale))
                write_feed(self.output / job.locale / FEED_NAME, data)
                link = FEED_NAME if data is not None else None
            write_bytes(self.output / job.locale / "index.html",
                        locale_index(entries, context, feed=link))
            written.add(job.locale)
            del entries, feed
        if linked is None:
            linked = self._linked_indexes(record_index(self.record, "")[1])
        self._relink_indexes(linked, written)
        front = [LocaleEntry(locale, *language_name(locale), counts[locale])
                 for locale in in_order(counts, self.order)]
        source = config.source_locale
        direction = next((e.direction for e in front if e.locale == source), "ltr")
        template = None
        if config.page_template(source) is not None:  # (the front page is the source's)
            from toolkit.page_template import project_template

            template = project_template(config, source, self.templates)
        # (A pseudo-locale's pages, a layout test, are for whoever opens its folder: the
        # front page is for readers, and offers them none, as no real page does.)
        listed = [entry for entry in front if not is_pseudo_locale(entry.locale)]
        write_bytes(self.output / "index.html", root_index(listed, PageContext(
            locale=source, direction=direction, generator=f"communique {__version__}",
            template=template, labels=config.page_labels(source), site_url=site_url,
            versions=linked)))
        if site_url is not None:
            self._write_sitemap(site_url, front)
        elif (self.output / "sitemap.xml").exists():
            # Written when the project had a site-url: gone with it, as the feeds, or
            # they would list the pages as they were then.
            from toolkit.feeds import FEED_NAME, remove_sitemaps

            for entry in front:
                (self.output / entry.locale / FEED_NAME).unlink(missing_ok=True)
            (self.output / "sitemap.xml").unlink()
            remove_sitemaps(self.output)

    def _linked_indexes(self, counts: dict[str, int]) -> tuple[str, ...]:
        """The locales whose index pages link one another: with a site-url, those the
        front page lists (`counts`: per locale, its releases with a page), in its order."""
        if self.config.site_url is None:
            return ()
        return tuple(locale for locale in in_order(counts, self.order)
                     if not is_pseudo_locale(locale))

    def _index_context(self, job: LocaleJob, linked: tuple[str, ...]) -> PageContext:
        config = self.config
        formatter = formatter_for(job.locale, job.settings, config.formatting_engine)
        return PageContext(locale=job.locale, direction=formatter.direction,
                           generator=job.generator, index_href="index.html",
                           template=job.template, labels=job.labels,
                           site_url=config.site_url, versions=linked)

    def _relink_indexes(self, linked: tuple[str, ...], written: set[str]) -> None:
        """The index pages of locales left out of the run, written again when their head
        does not link the index pages `linked` as it now must (a locale added to the
        site, or gone from it): read to their head only, so a run of one locale reads
        no other's record entries unless its links changed."""
        for locale in linked:
            path = self.output / locale / "index.html"
            if locale in written or not path.is_file():
                continue
            job = self._other_job(locale)
            if job is None:
                continue
            context = self._index_context(job, linked)
            if page_bytes(index_links(context)) in _head_of(path):
                continue
            from toolkit.feeds import FEED_NAME

            entries = record_index(self.record, locale)[0]
            # (its feed, written by its own run, is as it was: linked if it is there)
            link = FEED_NAME if (self.output / locale / FEED_NAME).is_file() else None
            write_bytes(path, locale_index(entries, context, feed=link))

    def _write_sitemap(self, site_url: str, front: list[LocaleEntry]) -> None:
        """Every page readers can reach, each release's with its versions, from the
        record (`toolkit.feeds`)."""
        from toolkit.feeds import SitemapPage, sitemap_files, write_sitemap

        indexes = ["index.html", *(f"{entry.locale}/index.html" for entry in front
                                   if not is_pseudo_locale(entry.locale))]
        pages = ([SitemapPage(*page) for page in in_order_pages(release, self.order)]
                 for release in record_pages(self.record))
        write_sitemap(self.output, sitemap_files(
            indexes, pages, site_url=site_url, source=self.config.source_locale,
            linked=tuple(entry.locale for entry in front
                         if not is_pseudo_locale(entry.locale))), site_url)


def _head_of(path: Path, limit: int = 1 << 20) -> bytes:
    """A page's bytes up to the end of its head (at most `limit`): an index page of ten
    thousand releases is not read whole to see its links."""
    with open(path, "rb") as file:
        data = b""
        while len(data) < limit:
            chunk = file.read(16384)
            if not chunk:
                break
            data += chunk
            end = data.find(b"</head>")
            if end >= 0:
                return data[:end]
        return data


Output = tuple[str, Any, Any]  # a record's output: name, size and mtime_ns as recorded


def _outputs(entry: dict[str, Any], locale: str) -> list[Output]:
    """The outputs the record entry of `locale` names that a build may remove, with the
    size and modification time recorded when they were written (`_own`): those a pair
    of its release could have written, ``<locale>/<id>.xml`` and ``.html``. A name of
    another folder or file (a damaged line's, or a record's from elsewhere: ``ja/
    index.html``, a page of your own) is passed over. (`locale` is a folder's name,
    `read_record` sees to it.)"""
    release_id = entry.get("id")
    if (not isinstance(release_id, str) or _RELEASE_ID.fullmatch(release_id) is None
            or reserved_id(release_id)):
        return []
    base = f"{locale}{os.sep}{release_id}"
    return [(output[0], output[1], output[2]) for output in entry["o"]
            if output[0] in (f"{base}.xml", f"{base}.html")]


# What every file a build writes that it may remove holds near its start: a page's (and
# an index page's) generator, the localised XML's root, a feed's generator.
_MARKS = {".html": b'<meta name="generator" content="communique ',
          ".xml": b'<release xmlns="https://ns.communique.dev/release/1"'}
_FEED_MARK = b'">communique</generator>'


def _own(path: str, size: object = None, mtime: object = None) -> bool:
    """Whether the file at `path` is one communique wrote, and no one changed since: a
    build removes no other. A release page or XML is as the record says it was written
    (size and modification time), or of that size and marked as communique's (a file
    touched, or checked out again, with the same bytes); an index page or feed (no
    size given), marked. A link, a folder, a file of someone's own under the name a
    damaged or hand-edited record gives it, a page edited by hand: not. Only a file to
    be removed is looked at, so a build that withdraws nothing costs nothing."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    if not stat.S_ISREG(info.st_mode) or (size is not None and info.st_size != size):
        return False
    if size is not None and info.st_mtime_ns == mtime:
        return True
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    if path.endswith(FEED_FILE):
        return _FEED_MARK in head
    mark = _MARKS.get(os.path.splitext(path)[1])
    return mark is not None and mark in head


def in_order_pages(pages: list[tuple[str, str, tuple[str, ...], str | None]],
                   order: tuple[str, ...]
                   ) -> list[tuple[str, str, tuple[str, ...], str | None]]:
    """A release's pages in the order its pages list one another (`in_order`)."""
    if len(pages) < 2:
        return pages
    by_locale = {page[1]: page for page in pages}
    return [by_locale[locale] for locale in in_order(by_locale, order)]


def _feed(entries: list[IndexEntry], fields: dict[str, list[Any]], site_url: str,
          locale: str, output: Path, labels: Labels) -> bytes | None:
    """A locale's feed from its index entries and their feed fields. A page built
    before the project had a site-url (one whose last build failed since) has none in
    the record: they are read from its localised XML (`page_fields`), as the feed lists
    what the index page lists."""
    from toolkit.feeds import FeedEntry, locale_feed, page_fields

    found = []
    for entry in entries:
        values: list[Any] | None = fields.get(entry.id)
        if values is None:
            values = page_fields(output / locale / f"{entry.id}.xml", locale)
        if values is not None:
            found.append(FeedEntry(entry, *values))
    return locale_feed(found, site_url=site_url, locale=locale,
                       title=labels.text("press_releases"),
                       title_lang=labels.language("press_releases"))


@contextmanager
def build_lock(folder: Path, waiting: Callable[[], None] | None = None) -> Iterator[bool]:
    """Hold an advisory lock on the output `folder` (made if missing) for a build's
    duration: two builds of one output at once (cron's and a person's) each did all the
    work, and the record saved last won. A second build waits (`waiting` is called
    first, to say so); the context gives whether it waited, as its plan, made from the
    record before, is then to be made again. The folder itself is locked, not a file in
    it, so a build writes no file it would not have (the folder is made first, by a
    `--strict` run that then writes nothing too; flock on a folder works on Linux and
    macOS; elsewhere there is no lock). Released when the process ends, however."""
    if os.name != "posix":
        yield False
        return
    import fcntl

    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            waited = False
        except BlockingIOError:
            if waiting is not None:
                waiting()
            fcntl.flock(fd, fcntl.LOCK_EX)
            waited = True
        yield waited
    finally:
        os.close(fd)  # (the lock goes with it)


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
    hold: datetime | None = None,
) -> BuildReport:
    """Build the project's releases into each locale; see the module docstring.

    The whole report is returned, for a caller that wants every result at hand; the
    CLI runs a `Build` and writes each result as it comes instead.
    """
    def planned() -> Build:
        return Build(config, locales=locales, output=output, jobs=jobs, strict=strict,
                     min_coverage=min_coverage, force=force, releases=releases, hold=hold)

    plan = planned()
    results: list[PairResult] = []
    with build_lock(plan.output) as waited:
        if waited:
            plan = planned()
        plan.run(results.append, progress)
    return BuildReport(tuple(results), plan.engines, written=plan.written,
                       output=str(plan.output), stale=plan.stale, hold=plan.hold,
                       held=tuple(plan.held.values()), outdated=plan.outdated,
                       withdrawn=tuple(plan.withdrawn.values()),
                       withdrawn_locales=plan.withdrawn_locales, taken_out=plan.taken_out,
                       kept=tuple(plan.kept))


def hold_instant(config: Config, hold: bool | None = None,
                 as_of: datetime | None = None) -> datetime | None:
    """The instant a build holds embargoed releases at, or None when it holds none:
    `as_of` when given; else, when holding is asked (`hold`, else the config's
    hold-embargoed), SOURCE_DATE_EPOCH when set (so a build is reproducible), else now."""
    if as_of is not None:
        return as_of
    if not (config.hold_embargoed if hold is None else hold):
        return None
    from toolkit.po_write import source_date

    return source_date() or datetime.now(UTC)


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

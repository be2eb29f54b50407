"""Normalising many inputs into a releases folder: ids, workers, safe writes.

Each input is read, normalised and rendered (validated) on its own, in worker processes
when there are many; the parent decides the output names in input order, so a run is
deterministic whatever the number of workers. Two inputs that would get the same id
(the same date and title) are told apart by a suffix (``-2``, ``-3``), recorded in the
report. An existing release is never overwritten unless ``force``; one with the same
bytes is simply unchanged. Writes are atomic (`toolkit.atomic`).
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

from toolkit.atomic import write_bytes
from toolkit.errors import InputError
from toolkit.normalize import Normalized, Options, Report, normalize, render
from toolkit.normalize.locale_patterns import known, language, names, number_region
from toolkit.normalize.values import recognizer
from toolkit.workers import leave_interrupts_to_the_parent, usable_cpus

PARALLEL_FROM = 64  # fewer inputs than this are done in the parent: no worker start-up
INPUT_SUFFIXES = (".html", ".htm", ".xhtml", ".txt", ".text", ".xml", ".docx", ".odt",
                  ".eml", ".md", ".markdown")
# Word's owner file beside an open document ("~$release.docx"): a lock, not a document.
_OWNER_FILE = "~$"
# Hugo's section page in a folder of Markdown releases: the list's title, no release.
_SECTION_PAGES = frozenset({"_index.md", "_index.markdown"})

Progress = Callable[[int, int], None]
Outcome = tuple[bytes | None, Report]


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files as given; a folder stands for the pages, texts and releases in it."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir()
                                if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES
                                and not p.name.startswith(_OWNER_FILE)
                                and p.name.lower() not in _SECTION_PAGES))
        else:
            files.append(path)
    return files


def normalize_file(path: Path, options: Options) -> Outcome:
    """One input to release bytes and its report; the error in the report if it failed."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, _failed(InputError(path, f"cannot read: {exc.strerror or exc}"))
    try:
        result: Normalized = normalize(data, path, options)
        return render(result.release, path), result.report
    except InputError as exc:
        return None, _failed(exc)


def _failed(error: InputError) -> Report:
    return Report(str(error.path), status="error", error=str(error))


def _work_batch(paths: list[Path], options: Options) -> list[Outcome]:
    return [normalize_file(path, options) for path in paths]


def _warm(tag: str) -> None:
    # Compiled rules are inherited by forked workers instead of compiled in each (a
    # de-CH project's with its region's numbers, as its releases are read).
    if not known(language(tag)):
        return  # its releases are read without value rules
    names(language(tag), number_region(tag))
    recognizer(language(tag), number_region(tag))


def _outcomes(paths: list[Path], options: Options, jobs: int) -> Iterator[Outcome]:
    if jobs <= 1 or len(paths) < PARALLEL_FROM:
        for path in paths:
            yield normalize_file(path, options)
        return
    _warm(options.lang or options.source_locale or "en")
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    chunk = max(1, min(32, len(paths) // (jobs * 4) or 1))
    batches = [paths[i:i + chunk] for i in range(0, len(paths), chunk)]
    window = jobs * 4  # batches in flight: memory stays flat however many inputs there are
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context(method),
                             initializer=leave_interrupts_to_the_parent) as pool:
        pending: deque[Future[list[Outcome]]] = deque()
        try:
            for batch in batches:
                pending.append(pool.submit(_work_batch, batch, options))
                if len(pending) >= window:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            # Stopped (^C, an output that cannot be written): the batches not started
            # are dropped, not normalised for nothing while the pool shuts down.
            for future in pending:
                future.cancel()


def default_jobs(count: int) -> int:
    return min(usable_cpus(), 8) if count >= PARALLEL_FROM else 1


def normalize_files(paths: list[Path], output: Path, options: Options | None = None, *,
                    force: bool = False, jobs: int | None = None,
                    progress: Progress | None = None) -> list[Report]:
    """Normalise every input into `output`/<id>.xml; one report per input, in order."""
    return list(iter_normalize_files(paths, output, options, force=force, jobs=jobs,
                                     progress=progress))


def iter_normalize_files(paths: list[Path], output: Path, options: Options | None = None, *,
                         force: bool = False, jobs: int | None = None,
                         progress: Progress | None = None) -> Iterator[Report]:
    """The reports one by one, as each input is written: nothing piles up in memory."""
    options = options or Options()
    workers = jobs if jobs and jobs > 0 else default_jobs(len(paths))
    taken: dict[str, str] = {}  # id -> the input that got it in this run
    if progress is not None:
        progress(0, len(paths))  # the total known before the first input is done
    for done, (path, (data, report)) in enumerate(
            zip(paths, _outcomes(paths, options, workers), strict=True), start=1):
        if data is not None:
            data, report = _unique(path, data, report, options, taken)
        if data is not None:
            _write(output, data, report, force)
        if progress is not None:
            progress(done, len(paths))
        yield report


def _unique(path: Path, data: bytes, report: Report, options: Options,
            taken: dict[str, str]) -> Outcome:
    """The id this input can have in this run; a suffix when an earlier input has it."""
    if report.id not in taken:
        taken[report.id] = str(path)
        return data, report
    if options.id:
        report.status, report.error = "error", str(InputError(
            path, f"--id {report.id} is already used by {taken[report.id]} in this run"))
        return None, report
    base = report.id
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    new_id = f"{base}-{number}"
    renamed, again = normalize_file(path, replace(options, id=new_id))
    if renamed is None:
        return None, again
    again.guess("id", new_id, f"{taken[base]} in this run has the same date and title "
                f"(id {base})")
    taken[new_id] = str(path)
    return renamed, again


def _write(output: Path, data: bytes, report: Report, force: bool) -> None:
    target = output / f"{report.id}.xml"
    report.output = str(target)
    try:
        existing = target.read_bytes()
    except FileNotFoundError:
        existing = None
    except OSError as exc:
        report.status, report.error = "error", str(InputError(
            target, f"cannot read the existing release: {exc.strerror or exc}"))
        return
    if existing == data:
        report.status = "unchanged"
        return
    if existing is not None and not force:
        report.status, report.error = "error", str(InputError(
            target, f"exists and differs from the release made from {report.input}; "
            "give --force to overwrite it, or --id for another name"))
        return
    try:
        write_bytes(target, data, if_changed=False)
    except OSError as exc:
        report.status, report.error = "error", str(InputError(
            target, f"cannot write: {exc.strerror or exc}"))
        return
    report.status = "written" if existing is None else "overwritten"

"""Update and pseudo over a whole project: catalogs made from templates.

Large projects run in a process pool (``jobs``, `catalogs._run`). The translation memory
needs every catalog of a locale before any new message can be filled from it, without
reading a file twice: each worker merges its catalogs without the memory and sends back
the reviewed translations it read; a catalog whose new messages the memory can fill is
merged again at the end (rare: only catalogs with new messages, and only when the memory
has them), every other result is written as it is.

Apart from `toolkit.catalogs` (extract, and what the three commands share) so that
extract does not create this module's classes or import the PO reader.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from toolkit.atomic import read_bytes, read_if_exists, read_with_status, write_bytes
from toolkit.catalog import (
    PSEUDO_TEAM,
    Catalog,
    Key,
    joined_header_lines,
    maybe_joined,
    maybe_unended,
    set_fields,
    unended_field,
    unended_message,
    unjoined,
)
from toolkit.catalogs import FileResult, Progress, Renamed, RunReport, Status, _run, _status
from toolkit.config import Config
from toolkit.errors import InputError, NotPseudoCatalog, UsageError
from toolkit.paths import files_in, relative
from toolkit.po_read import parse_po, read_po, read_translations
from toolkit.po_write import DEFAULT_WIDTH, format_dated, format_po, now_date

if TYPE_CHECKING:  # loaded by the merge only: a run that merges nothing needs no CLDR
    from toolkit.tm import TranslationMemory


@dataclass(frozen=True)
class UpdateOptions:
    fuzzy_matching: bool = True
    tm: bool = True
    width: int | None = DEFAULT_WIDTH


@dataclass(frozen=True, slots=True)
class _UpdateTask:
    # Paths as str: a Path object is several hundred bytes, and 10,000 tasks' worth sit
    # in the parent, and so in every forked worker, for the whole run.
    template: str
    catalog: str
    locale: str
    root: Path
    options: UpdateOptions
    revision_date: str
    # Whether the memory may fill this catalog's new messages: only when some catalog of
    # its locale already exists (the memory holds nothing else).
    memory: bool = True
    # The catalog of the release's old id, when `--renamed OLD=NEW` carries it over.
    carried_from: str | None = None

    @property
    def release(self) -> str:
        return Path(self.template).stem


@dataclass(frozen=True, slots=True)
class _Merged:
    """A worker's answer: the result, and what the translation memory needs from it."""

    result: FileResult
    data: bytes | None = None  # not yet written: waiting for the memory
    wanting: tuple[str, ...] = ()  # msgids the memory could fill
    # (msgid, msgstr, its numbers' legend lines) the old catalog had reviewed
    reviewed: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    # The catalog's `_stamp` as the worker read it (None: there was none), for a result
    # not yet written: a file changed since is merged again, not overwritten.
    read: tuple[int, int, int] | None = None


def _templates(config: Config, releases: Sequence[str] | None) -> list[Path]:
    """The project's templates, or those of the given release ids; an id without one is
    a `UsageError` (a typo must not pass as a run with nothing to do)."""
    templates = files_in(config.catalogs, "*.pot")
    if not templates:
        # update and pseudo make catalogs from templates: with none, they would make
        # nothing and say "0 catalogs" with exit 0, a misordered CI job passing green.
        # msgmerge refuses a missing template, xgettext a run without input, likewise.
        raise UsageError(_no_templates(config))
    if releases:
        missing = sorted(set(releases) - {t.stem for t in templates})
        if missing:
            raise UsageError(_no_template(config, missing[0]))
        templates = [t for t in templates if t.stem in set(releases)]
    return templates


def _no_template(config: Config, release_id: str) -> str:
    # The template's file as the project names it, as a missing release is said ("no
    # such release (looked for releases/x.xml)"): the catalogs folder's absolute path
    # named no file, and no other message shows one.
    return (f"no template for {release_id!r} (looked for "
            f"{relative(config.template(release_id), config.root)}): run "
            "`communique extract` first")


def _no_templates(config: Config) -> str:
    where = relative(config.catalogs, config.root) or "."
    if next(config.releases.glob("*.xml"), None) is not None:
        return (f"no templates in {where}/: run `communique extract` first (it writes "
                "a template of each release, which update and pseudo make catalogs from)")
    return (f"no templates in {where}/ and no releases in "
            f"{relative(config.releases, config.root) or '.'}/: write releases "
            "(`communique normalize`), then run `communique extract`")


def update_project(config: Config, locales: Sequence[str] | None = None,
                   releases: Sequence[str] | None = None, *,
                   options: UpdateOptions = UpdateOptions(), jobs: int | None = None,
                   progress: Progress | None = None,
                   renamed: Mapping[str, str] | None = None,
                   keep_old: bool = False) -> RunReport:
    """Merge every template into the catalogs of each locale, creating missing ones.

    `renamed` maps old release ids to new ones (``--renamed OLD=NEW``): each new id's
    catalogs are merged from the old id's (`merge.carry_over`); once they are written,
    the old id's catalogs that the new ones hold whole are deleted, and its template
    when none of its catalogs is left (`keep_old`: nothing is deleted). See
    `_retire_renamed`.
    """
    from toolkit.formatting import babel_locale_for  # (extract does not need CLDR)
    from toolkit.tm import TranslationMemory

    wanted = tuple(locales) if locales else config.locales
    if not wanted:
        raise UsageError("no locales: configure `locales` or pass --locale")
    for locale in wanted:
        babel_locale_for(locale)  # refused as build refuses it, catalog or not
    templates = _templates(config, releases)
    unextracted = _unextracted(config, templates, releases)
    previous_ids, done = _checked_renames(config, templates, wanted, renamed or {})
    if previous_ids or done:  # the old ids' catalogs are sources of this run, not its
        # outputs; a rename done has none, and its template left makes none either
        olds = {*previous_ids.values(), *done.values()}
        templates = [t for t in templates if t.stem not in olds]
    stamp = now_date()
    tasks: list[_UpdateTask] = []
    for ll in wanted:
        catalogs = [config.catalog(ll, t.stem) for t in templates]
        # A locale none of whose catalogs exist yet has an empty memory: its catalogs
        # are written by the workers, not sent back to wait for it.
        fills = options.tm and any(c.exists() for c in catalogs)
        tasks += [_UpdateTask(str(t), str(c), ll, config.root, options, stamp, fills,
                              _carried(config, ll, previous_ids.get(t.stem))
                              if previous_ids else None)
                  for t, c in zip(templates, catalogs, strict=True)]
    del templates, catalogs  # the Path objects: the tasks hold the paths as str
    memories: dict[str, TranslationMemory] = {}
    merged: list[_Merged] = []
    for task, answer in zip(tasks, _run(_update_one, tasks, jobs, progress), strict=True):
        if options.tm:
            memory = memories.setdefault(task.locale, TranslationMemory())
            memory.add_pairs(task.release, answer.reviewed)
        # Only the answers still waiting for the memory keep their bytes and msgids: a
        # project of 10,000 catalogs would otherwise hold every one of them here.
        merged.append(answer if answer.data is not None else _Merged(answer.result))
    report = RunReport(warnings=unextracted)
    for task, answer in zip(tasks, merged, strict=True):
        result = answer.result
        if answer.data is not None:
            known = memories.get(task.locale)
            hits = known is not None and any(
                known.lookup(m, exclude=task.release) for m in answer.wanting)
            if hits:
                result = _update_file(task, known).result
            elif _stamp_of(task.catalog) != answer.read:
                # Changed since the worker read it, maybe a whole run ago (a translator's
                # save, a platform's commit, a git pull): its merge is of what the file
                # held then, and writing it lost what was saved since. Merged again.
                result = _update_file(task, known or TranslationMemory()).result
            elif result.status is not Status.UNCHANGED:
                written = write_bytes(Path(task.catalog), answer.data)
                existed = result.status is not Status.CREATED
                result = replace(result, status=_status(written, existed))
        report.results.append(result)
    # Only now, every new catalog written: an old file goes after what replaces it.
    report.renames += (_retire_renamed(config, report, old, new, wanted, keep_old)
                       for new, old in previous_ids.items())
    # A rename an earlier run carried out (cron says it again): nothing to carry, but
    # the template a run stopped before deleting is deleted now, as that run would have.
    report.renames += (_retire_renamed(config, report, old, new, wanted, keep_old)
                       ._replace(done=True) for new, old in done.items())
    report.notices += _rename_notices(config, report.renames, keep_old)
    report.notices += _likely_renames(config, report, wanted)
    return report


def _unextracted(config: Config, templates: Sequence[Path],
                 releases: Sequence[str] | None) -> list[str]:
    """A warning for each release of the run whose template is missing or out of date:
    update merges templates, not releases, and said "unchanged" of a release edited
    since `extract`. Judged as build judges its inputs: the times first, so a template
    newer than its release costs two stats; the content decides (what extract gives,
    compared as validate's template-stale compares it), so a release touched but not
    changed, or changed where no message is, is said nothing of."""
    stems = {t.stem for t in templates}
    wanted = list(releases) if releases else _stems(config.releases, ".xml")
    # (Paths as strings until one is warned of: a Path made for each release cost the
    # run ~30 us a release, more than its two stats.)
    release_folder, catalog_folder = os.fspath(config.releases), os.fspath(config.catalogs)
    warnings = []
    for stem in sorted(wanted):
        source = os.path.join(release_folder, f"{stem}.xml")
        template = os.path.join(catalog_folder, f"{stem}.pot")
        if stem not in stems:
            if os.path.isfile(source):  # (a release named by the run has one: `_templates`)
                warnings.append(f"{relative(Path(source), config.root)} has no template "
                                f"({relative(Path(template), config.root)}), so update "
                                "makes no catalog of it: run `communique extract` first")
            continue
        try:
            newer = os.stat(source).st_mtime_ns > os.stat(template).st_mtime_ns
        except OSError:  # (no release: an orphan template, which validate reports)
            continue
        if newer and (difference := _template_difference(config, Path(source),
                                                         Path(template))):
            warnings.append(f"{relative(Path(source), config.root)} changed since its "
                            f"template {relative(Path(template), config.root)} was "
                            f"extracted ({difference}), which this run merged as it is: "
                            "run `communique extract` first, then `communique update`")
    return warnings


def _template_difference(config: Config, source: Path, template: Path) -> str | None:
    """How `template` differs from what extract gives for `source` (None: it does not,
    or either cannot be read, which extract and validate report)."""
    from toolkit.extract import extract_template
    from toolkit.loader import load_release
    from toolkit.qa.freshness import template_findings

    try:
        expected = extract_template(load_release(source), relative(source, config.root),
                                    config.source_locale, config.msgid_bugs_address or "")
        found = template_findings(read_po(template), expected, "")
    except InputError:
        return None
    # (The finding's advice, to run extract, is the warning's own, said once.)
    return found[0].message.rpartition(": the template is out of date")[0] if found \
        else None


def _checked_renames(config: Config, templates: Sequence[Path], locales: Sequence[str],
                     renamed: Mapping[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """``--renamed OLD=NEW`` as new id -> old id: those to carry out, and those done
    already (OLD has no catalog in the run's locales, NEW has one in each: a run said
    again). Refused (`UsageError`) unless each pair is one or the other: a typo must
    not pass as a run that carries nothing."""
    if not renamed:
        return {}, {}
    stems = {t.stem for t in templates}
    previous_ids: dict[str, str] = {}
    done: dict[str, str] = {}
    for old, new in renamed.items():
        said = f"--renamed {old}={new}"
        if old == new:
            raise UsageError(f"{said}: the old and the new id are the same")
        if _release_file(config, old).exists():
            # A rename deletes the old id's catalogs: a release still there would lose
            # them (for a copy, the translation memory fills the new one's reviewed
            # translations without --renamed).
            raise UsageError(f"{said}: {relative(_release_file(config, old), config.root)}"
                             f" still exists: a renamed release's old file is gone (move "
                             f"it to {new}.xml, or leave --renamed out for a copy)")
        if new in previous_ids or new in done or new in renamed or old in previous_ids:
            raise UsageError(f"{said}: an id is in more than one rename")
        if new not in stems:
            if config.template(new).is_file():
                raise UsageError(f"{said}: {new} is not among the releases to update")
            raise UsageError(f"{said}: {_no_template(config, new)}")
        if not any(config.catalog(ll, old).is_file() for ll in locales):
            if all(config.catalog(ll, new).is_file() for ll in locales):
                done[new] = old
                continue
            raise UsageError(f"{said}: {old} has no catalog in {', '.join(locales)}: "
                             "nothing to carry over")
        previous_ids[new] = old
    return previous_ids, done


def _carried(config: Config, locale: str, previous_id: str | None) -> str | None:
    if previous_id is None:
        return None
    path = config.catalog(locale, previous_id)
    return str(path) if path.is_file() else None


def _retire_renamed(config: Config, report: RunReport, old: str, new: str,
                    locales: Sequence[str], keep_old: bool) -> Renamed:
    """Delete what OLD leaves behind after its catalogs were carried over to NEW's.

    Each catalog of OLD goes when NEW's catalog of its locale was written and holds
    every translation and translator comment it had (`merge.missing_from`, checked on
    what was written, not assumed); otherwise it stays and `Renamed.kept` says why. The
    template goes last, when OLD has no catalog left in any locale (one of a locale
    the run left out is carried over by a run of that locale). Each deletion is one
    unlink: a file is there whole or not at all.
    """
    results = [r for r in report.results if r.renamed_from == old]
    carried = sum(1 for r in results if r.status is not Status.FAILED)
    removed: list[str] = []
    kept: list[tuple[str, str]] = []

    def shown(path: Path) -> str:
        return relative(path, config.root)

    left = _catalogs_of(config, old)
    if keep_old:
        kept += ((shown(p), "--keep-old") for p in (*left, config.template(old))
                 if p.is_file())
        return Renamed(old, new, carried, kept=tuple(kept))
    by_locale = {r.locale: r for r in results}
    for path in left:
        locale = path.parent.parent.name
        result = by_locale.get(locale)
        if result is None:
            why = ("its locale was not in this run: `communique update --renamed "
                   f"{old}={new} --locale {locale}` carries it over" if locale not in locales
                   else f"{new}'s catalog of {locale} was not merged from it")
        elif result.status is Status.FAILED:
            why = f"{new}'s catalog of {locale} could not be merged (see its error)"
        elif result.unkept:
            first = result.unkept[0]
            why = (f"{len(result.unkept)} of its messages have a translation or comment "
                   f"that {result.path} does not hold (first: "
                   f"{'the header' if not first else repr(first)}); compare them, then "
                   "delete it")
        else:
            path.unlink(missing_ok=True)
            removed.append(shown(path))
            continue
        kept.append((shown(path), why))
    template = config.template(old)
    if template.is_file():
        if kept:
            kept.append((shown(template), f"kept while a catalog of {old} is"))
        else:
            template.unlink(missing_ok=True)
            removed.append(shown(template))
    return Renamed(old, new, carried, tuple(removed), tuple(kept))


def _catalogs_of(config: Config, release_id: str) -> list[Path]:
    """The catalogs of `release_id` in every locale folder, configured or not."""
    try:
        with os.scandir(config.catalogs) as entries:
            folders = sorted(e.name for e in entries if e.is_dir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    return [path for path in (config.catalog(ll, release_id) for ll in folders)
            if path.is_file()]


def _rename_notices(config: Config, renames: Sequence[Renamed], keep_old: bool) -> list[str]:
    """What became of each rename, and of its old files."""
    notices = []
    for done in renames:
        told = (f"{done.old} -> {done.new}: {done.carried} catalog"
                f"{'' if done.carried == 1 else 's'} carried over")
        if done.done:
            told = (f"{done.old} -> {done.new}: done already ({done.old} has no catalog "
                    f"left, {done.new} has its own): nothing to carry over")
        if keep_old:
            files = " and ".join(relative(path, config.root) for path in (
                config.template(done.old), config.catalog("*", done.old)))
            notices.append(f"{told}; {files} are left as they were (--keep-old): delete "
                           f"them once {done.new}'s are checked (validate warns "
                           "template-orphan until then)")
            continue
        if done.removed:
            notices.append(f"{told}; removed {', '.join(done.removed)}")
        elif done.carried or done.done:
            notices.append(told)
        notices += (f"{done.old} -> {done.new}: kept {path}: {why}" for path, why in done.kept)
    return notices


# A release is said to look renamed to another when their messages are at least this
# much the same (Jaccard): a rename keeps nearly all of them, while two releases of a
# series share their boilerplate (in the 1,000-release benchmark, a release and the
# likest other one: median 0.42, at most 0.67). update's notice and validate's orphan
# warnings both ask `likeliest_rename`.
RENAME_LIKENESS = 0.75


def likeliest_rename(keys: AbstractSet[Key], others: Iterable[tuple[str, AbstractSet[Key]]]
                     ) -> tuple[str, float] | None:
    """The id among `others` (id, its messages) whose messages are likest `keys`, and
    how alike, when at least `RENAME_LIKENESS`; on a tie, the first id in sort order."""
    best: tuple[float, str] | None = None
    for name, theirs in others:
        best = _likelier(best, keys, name, theirs)
    return _rename(best)


def _likelier(best: tuple[float, str] | None, keys: AbstractSet[Key], name: str,
              theirs: AbstractSet[Key]) -> tuple[float, str] | None:
    """`best` or `name`, whichever is likelier (as a sort key: minus the likeness, id)."""
    shared = len(keys & theirs)
    score = (-shared / ((len(keys) + len(theirs) - shared) or 1), name)
    return score if best is None or score < best else best


def _rename(best: tuple[float, str] | None) -> tuple[str, float] | None:
    if best is None or -best[0] < RENAME_LIKENESS:
        return None
    return best[1], -best[0]


def renamed_to(config: Config, olds: Mapping[str, AbstractSet[Key]]
               ) -> dict[str, tuple[str, float] | None]:
    """The release that each of `olds` (id: its messages), whose release is gone, looks
    renamed to: among those with a release and a template (what ``update --renamed``
    needs), by `likeliest_rename`. Asked only about orphans, which validate warns of:
    each template is read once for all of them (it was once per orphan), and dropped
    after it is compared."""
    best: dict[str, tuple[float, str] | None] = dict.fromkeys(olds)
    if olds:
        stems = sorted(stem for stem in _stems(config.catalogs, ".pot")
                       if _release_file(config, stem).exists())
        for stem in stems:
            theirs = _live_keys(config.template(stem))
            for old, keys in olds.items():
                if stem != old:
                    best[old] = _likelier(best[old], keys, stem, theirs)
    return {old: _rename(found) for old, found in best.items()}


def _live_keys(path: Path) -> set[Key]:
    """A template's live messages, read as a build reads a catalog: its msgids are all
    a rename's likeness needs (0.62 instead of 1.54M instructions a benchmark template)."""
    try:
        found = read_translations(path)
    except InputError:  # (an unreadable template is validate's to report)
        return set()
    if isinstance(found, Catalog):  # (a file outside the subset: read by read_po)
        return {e.key for e in found.live()}
    return {(None, msgid) for msgid in found.messages}


def _likely_renames(config: Config, report: RunReport, locales: Sequence[str]) -> list[str]:
    """A notice for each catalog this run created that looks like the renamed catalog
    of an orphan template's (one whose release is gone): `update` started it from the
    memory only; ``--renamed`` would carry the old one over. Said, not done: which
    release became which is the user's to say. Costs nothing unless a catalog was
    created and an orphan template has catalogs."""
    made = Status.CREATED
    created = {r.release for r in report.results
               if r.status is made and r.renamed_from is None}
    if not created:
        return []
    # Names, and one at a time: a first run over 10,000 releases creates every catalog,
    # and the 20,000 Path objects that listing releases and templates made were 6 MB
    # more at the run's peak, for finding no orphan.
    orphans = sorted(
        stem for stem in _stems(config.catalogs, ".pot")
        if stem not in created and not _release_file(config, stem).exists()
        and any(config.catalog(ll, stem).is_file() for ll in locales))
    if not orphans:
        return []
    # (An orphan's own catalog, created by this run, is no rename.)
    created = {c for c in created if _release_file(config, c).exists()}
    messages: dict[str, set[Key]] = {}

    def keys(stem: str) -> set[Key]:
        if stem not in messages:
            messages[stem] = _live_keys(config.template(stem))
        return messages[stem]

    notices = []
    for new in sorted(created):
        found = likeliest_rename(keys(new), ((o, keys(o)) for o in orphans))
        if found is not None:
            old, likeness = found
            notices.append(
                f"{new}: a new catalog, filled from the translation memory only; {old}, "
                f"whose release is gone, has catalogs and {likeness:.0%} of the same "
                f"messages. If {new} is {old} renamed, run `communique update --renamed "
                f"{old}={new}` to carry over its translations, comments, fuzzy and "
                "obsolete entries")
    return notices


def _stems(folder: Path, suffix: str) -> Iterator[str]:
    """The names (without `suffix`) of the files `folder.glob("*" + suffix)` lists."""
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.endswith(suffix) and not entry.name.startswith("."):
                    yield entry.name[:-len(suffix)]
    except (FileNotFoundError, NotADirectoryError):
        return


def _release_file(config: Config, release_id: str) -> Path:
    return config.releases / f"{release_id}.xml"


def _stamp(info: os.stat_result) -> tuple[int, int, int]:
    """What tells a file from itself changed: its size, modification time and inode (a
    file replaced by a rename, as editors and git write, is another inode)."""
    return info.st_size, info.st_mtime_ns, info.st_ino


def _stamp_of(path: str) -> tuple[int, int, int] | None:
    try:
        return _stamp(os.stat(path))
    except OSError:  # gone (or unreadable: the write then says why)
        return None


def _update_one(task: _UpdateTask) -> _Merged:
    return _update_file(task, None)


def _update_file(task: _UpdateTask, memory: TranslationMemory | None) -> _Merged:
    """Merge one catalog. Without `memory`, a result that the memory might change is
    returned unwritten, with the msgids it would look up."""
    from toolkit.merge import merge_with_report  # (once per process: then a dict lookup)

    release = task.release
    path = Path(task.catalog)
    where = relative(path, task.root)
    # Set before anything is read: a failed result still names the rename it was for.
    renamed_from = Path(task.carried_from).stem if task.carried_from is not None else None
    carried: Catalog | None = None
    try:
        template = read_po(Path(task.template))
        found = read_with_status(path)
        current = previous = None
        if found is not None:
            current = parse_po(found[0], path)
            _refuse_unended(current, found[0], path)
            # (The file differs from what is written, and is written, when this changes it.)
            previous = _one_header(current, found[0])
        if task.carried_from is not None and renamed_from is not None:
            from toolkit.merge import carry_over

            # The old catalog's header too: carried over, it is the new one's.
            old = read_bytes(task.carried_from)
            carried = parse_po(old, task.carried_from)
            _refuse_unended(carried, old, task.carried_from)
            carried = _one_header(carried, old)
            previous = carry_over(carried, previous, previous_id=renamed_from,
                                  new_id=release)
    except InputError as exc:
        shown = relative(Path(exc.path), task.root)
        return _Merged(FileResult(where, Status.FAILED, release, task.locale,
                                  error=exc.shown_as(shown), renamed_from=renamed_from))
    catalog, report = merge_with_report(
        template, previous, fuzzy_matching=task.options.fuzzy_matching, tm=memory,
        locale=task.locale, release_id=release, revision_date=task.revision_date)
    unkept: tuple[str, ...] = ()
    if carried is not None and renamed_from is not None:
        from toolkit.merge import missing_from

        # Whether the old catalog may go: asked of what is written, whatever the merge.
        unkept = missing_from(carried, catalog, previous_id=renamed_from, new_id=release)
    # A merge that changes nothing leaves the file as it is, however it is laid out: no
    # need to format it to find out. Except a UTF-8 byte order mark (Notepad's, some
    # editors'): read past, but msgfmt, msgcat and msgmerge refuse the file and validate
    # says po-bom, so it is written again without, as another charset is written as UTF-8.
    bom = found is not None and found[0].startswith(codecs.BOM_UTF8)
    same = current is not None and catalog == current and not bom
    data = b"" if same else format_po(catalog, width=task.options.width)
    reviewed: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    if task.options.tm and previous is not None:
        from toolkit.tm import reviewed as memory_pairs

        reviewed = tuple(memory_pairs(previous, template))  # (sent to the parent)
    status = Status.UPDATED if current is not None else Status.CREATED
    wanting = report.wanting
    report = replace(report, wanting=())  # the result keeps counts only (sent to the parent)
    if memory is None and task.memory and wanting:
        return _Merged(FileResult(where, Status.UNCHANGED if same else status, release,
                                  task.locale, report, renamed_from=renamed_from,
                                  unkept=unkept),
                       data, wanting, reviewed,
                       _stamp(found[1]) if found is not None else None)
    written = not same and write_bytes(path, data, if_changed=current is not None)
    return _Merged(FileResult(where, _status(written, current is not None), release,
                              task.locale, report, renamed_from=renamed_from,
                              unkept=unkept),
                   reviewed=reviewed)


def _refuse_unended(catalog: Catalog, data: bytes, path: Path | str) -> None:
    """`InputError` for a header field's line, in `catalog` read from `data`, without its
    ``\\n`` before another field's line: merged as read, the two fields would be written
    as one for good (and, carried over by a rename, the old file deleted)."""
    if maybe_unended(catalog) and (
            unended := unended_field(data.decode("utf-8", "replace").splitlines())):
        line, column, text, following = unended
        raise InputError(path, unended_message(text, following), line, column)


def _one_header(catalog: Catalog, data: bytes) -> Catalog:
    """`catalog`, read from `data`, with one header if msgcat joined it (validate's
    header-merged): merged so, its fields as read, without msgcat's fuzzy flag. The
    file's lines are looked at only when the header may be one (`maybe_joined`)."""
    if maybe_joined(catalog) and \
            joined_header_lines(data.decode("utf-8", "replace").splitlines()):
        return unjoined(catalog)
    return catalog


# ---------------------------------------------------------------- pseudo


def pseudo_project(config: Config, locale: str, releases: Sequence[str] | None = None, *,
                   width: int | None = DEFAULT_WIDTH) -> RunReport:
    """Write a pseudo-translated catalog of `locale` for each template (default: all),
    wrapped at `width` columns as update writes catalogs (None: not wrapped)."""
    from toolkit.loader import load_release
    from toolkit.merge import new_header
    from toolkit.pseudo import pseudo_catalog, term_messages

    templates = _templates(config, releases)
    report = RunReport()
    for path in templates:
        target = config.catalog(locale, path.stem)
        where = relative(target, config.root)
        try:
            template = read_po(path)
            # Its:term spans are kept verbatim, and only the release says which they are.
            source = config.releases / f"{path.stem}.xml"
            terms = term_messages(load_release(source)) if source.is_file() else {}
            previous = read_if_exists(target)
            if previous is not None and parse_po(previous, target).header.get(
                    "Language-Team") != PSEUDO_TEAM:
                # A locale that is not configured may still be in translation (catalogs
                # made by `update --locale de` before it is added): never overwrite them.
                raise NotPseudoCatalog(
                    target, "not a pseudo catalog: pseudo would overwrite its translations "
                    "(remove it, or choose another locale, e.g. --locale "
                    f"{pseudo_locale_besides(config, locale)})")
        except InputError as exc:
            shown = relative(Path(exc.path), config.root)  # as update shows its files
            report.results.append(FileResult(where, Status.FAILED, path.stem, locale,
                                             error=exc.shown_as(shown)))
            continue
        header = set_fields(new_header(template, _plural_locale(config, locale), ""),
                            {"Language": locale, "Language-Team": PSEUDO_TEAM})
        catalog = pseudo_catalog(template, locale, header, terms)
        data = format_dated(catalog, ("PO-Revision-Date",), previous, width=width)
        written = write_bytes(target, data)
        report.results.append(FileResult(where, _status(written, previous is not None),
                                         path.stem, locale, pseudo=len(catalog.entries)))
    return report


def _plural_locale(config: Config, locale: str) -> str:
    """Whose plural rules a pseudo catalog's Plural-Forms states. An accented one's text
    is the source's, lengthened: the source language's. A bidi one (ar-XB) previews its
    language's layout: that language's, as ICU gives ar-XB Arabic's six forms."""
    from toolkit.formatting import is_bidi_pseudo_locale

    if is_bidi_pseudo_locale(locale):
        return locale.replace("_", "-").partition("-")[0]
    return config.source_locale


_PSEUDO_LOCALES = ("en-XA", "en-XB", "en-XC")  # any pseudo-locale will do for a test


def pseudo_locale_besides(config: Config, refused: str) -> str:
    """A pseudo-locale to suggest instead of `refused`: not it, not configured, and
    (if one is) without a catalog pseudo did not write, so the advice is never the
    locale just refused, nor one refused for the same reason."""
    def key(tag: str) -> str:
        return tag.replace("_", "-").casefold()

    taken = {key(t) for t in (refused, config.source_locale, *config.locales)}
    usable = [t for t in _PSEUDO_LOCALES if key(t) not in taken]
    free = [t for t in usable if _pseudo_or_none(config.catalogs / t / "LC_MESSAGES")]
    return (free or usable or ["ar-XB"])[0]


def _pseudo_or_none(folder: Path) -> bool:
    """Whether the catalogs in `folder`, if any, are pseudo's (the first one says)."""
    first = next(folder.glob("*.po"), None)
    if first is None:
        return True
    try:
        return parse_po(first.read_bytes(), first).header.get("Language-Team") == PSEUDO_TEAM
    except (OSError, InputError):
        return False

"""One `validate` run over a project or given files: every input read once.

The `Validation` object remembers each release, template and catalog it has read, each
template that `extract` gives for a release, and each translation it has judged, so
that validating a release, its template and four catalogs parses every file once and
runs extract once. Checks themselves are the pure functions of the sibling modules;
this module only finds the files, pairs them up, and places findings in files and lines
with the project's severities.
"""

from __future__ import annotations

import gc
import os
import re
from collections import OrderedDict
from collections.abc import Collection, Container, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from toolkit.catalog import Catalog, Key
from toolkit.config import Config
from toolkit.errors import InputError
from toolkit.extract import extract_template
from toolkit.issues import Issue, Severity, error
from toolkit.model import Release, iter_spans
from toolkit.paths import display, files_in, relative
from toolkit.placeholders import Message, segment_message
from toolkit.qa.catalog_checks import (
    Places,
    check_catalog,
    locale_of,
    nplurals,
    po_lines,
    read_catalog,
)
from toolkit.qa.codes import Finding, allowing
from toolkit.qa.config import UNSILENCEABLE, Policy, allowed_codes
from toolkit.qa.freshness import EXTRACT, UPDATE, catalog_findings, template_findings
from toolkit.release_checks import check_file, check_unique_ids
from toolkit.translate import shown_percent, translatable_segments
from toolkit.vocabulary import ITS_TERM
from toolkit.workers import batch_bounds, leave_interrupts_to_the_parent

SUFFIXES = (".xml", ".pot", ".po")
# Codes that mean an input could not be read at all: the run exits 2.
UNREADABLE = UNSILENCEABLE
# Judgements kept for reuse, the least recently used dropped past this many: enough for
# the boilerplate that recurs release after release, and a flat memory at 10,000 releases.
JUDGED_MAX = 4096
# Orphans whose likely rename one reading of the templates finds, and orphans' files
# kept from the plan for their units: bounded, so that memory stays flat even when most
# of a project's releases are gone.
ORPHANS_MAX = 256
PREREAD_MAX = 256
_ERROR = Severity.ERROR  # a global: an enum's class attribute is looked up slowly


# A translation left fuzzy: off unless a team gates on it (`[checks]`), as pofilter's
# isfuzzy and Weblate's "needs editing" do.
FUZZY = "translation-fuzzy"
FUZZY_MESSAGE = ("translation marked fuzzy, not reviewed: the build shows the source "
                 "text until a translator checks it and removes the fuzzy flag")
# What parse_translation refuses: the build falls back to the source for these.
REJECTING = frozenset({"markup-invalid", "placeholder-missing", "placeholder-unknown",
                       "placeholder-attribute", "placeholder-duplicate",
                       "placeholder-nesting", "placeholder-content", "placeholder-empty"})


@dataclass(frozen=True)
class Coverage:
    """How many messages a build can use, counted the way `build` counts them."""

    translated: int
    fuzzy: int
    untranslated: int
    rejected: int = 0  # translated, but the markup does not match: the source is used

    @property
    def total(self) -> int:
        return self.translated + self.fuzzy + self.untranslated + self.rejected

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0

    def describe(self) -> str:
        parts = [f"{self.fuzzy} fuzzy", f"{self.untranslated} untranslated"]
        if self.rejected:
            parts.append(f"{self.rejected} rejected")
        return (f"{shown_percent(self.translated, self.total, 1)} translated "
                f"({self.translated} of {self.total}; "
                f"{', '.join(parts)})")


def coverage(catalog: Catalog, msgids: Iterable[str] | None = None,
             rejected: frozenset[str] = frozenset()) -> Coverage:
    """Counts over the release's distinct msgids when known, else the catalog's entries.

    `rejected` holds the msgids whose translation the build would refuse.
    """
    translated = fuzzy = untranslated = refused = 0
    entries = ([catalog.lookup(m) for m in msgids] if msgids is not None
               else list(catalog.live()))
    for entry in entries:
        if entry is None:
            untranslated += 1
        elif entry.translated:
            if entry.msgid in rejected:
                refused += 1
            else:
                translated += 1
        elif entry.fuzzy and entry.has_translation:
            fuzzy += 1
        else:
            untranslated += 1
    return Coverage(translated, fuzzy, untranslated, refused)


def check_coverage(counts: Coverage, locale: str | None, minimum: float) -> list[Finding]:
    """`coverage-low` when the translated share is below `minimum` percent."""
    if minimum <= 0 or counts.percent >= minimum:
        return []
    name = f"{locale}: " if locale else ""
    return [Finding("coverage-low", f"{name}{counts.describe()}, below min-coverage "
                    f"{minimum:g}%", 1, 1)]


class Tally:
    """What a run checked and found: the counts of validate's summary line.

    Files are counted as they are checked (a worker sends its counts back with its
    issues), issues as they are reported: none is kept for the counting.
    """

    # A plain class, not a dataclass: every validate imports this module, and a
    # dataclass costs its generated methods' compilation at import.
    __slots__ = ("catalogs", "errors", "files", "releases", "templates", "warnings")

    def __init__(self) -> None:
        self.releases = self.templates = self.catalogs = 0
        self.errors = self.warnings = 0
        self.files = 0  # files with at least one issue

    def checked(self) -> tuple[int, int, int]:
        return self.releases, self.templates, self.catalogs

    def add_checked(self, counts: tuple[int, int, int]) -> None:
        self.releases += counts[0]
        self.templates += counts[1]
        self.catalogs += counts[2]


@dataclass(frozen=True)
class Unit:
    """One release id's files in a configured project: checked together, in one process."""

    # Paths as str: a Path object is several hundred bytes, and a project's units sit in
    # the parent, and so in every forked worker, for the whole run.
    stem: str
    release: str | None
    template: str | None
    catalogs: tuple[str, ...]
    missing_locales: tuple[str, ...]  # configured locales with no catalog for it


_EMPTY_TAG = re.compile(r"<([^\s<>/]+)/>")


def _drops_an_empty_tag(msgid: str, msgstr: str) -> bool:
    """Whether a msgstr (a translation: not "", which translates nothing) lacks an empty
    tag (`<time/>`) its msgid has: asked only when it has fewer of them (nearly every
    translation keeps them all), then by plain substring tests."""
    return bool(msgstr) and msgstr.count("/>") < msgid.count("/>") and any(
        f"<{tag}/>" not in msgstr and f"<{tag} " not in msgstr
        for tag in _EMPTY_TAG.findall(msgid))


class Validation:
    """The issues of one run, gathered as files are checked.

    Files are known by their absolute path as a string (`_key`): `Path.resolve` costs
    system calls and `Path` objects cost time, both of which add up over thousands of
    catalogs.
    """

    def __init__(self, config: Config, policy: Policy, min_coverage: float | None,
                 cwd: Path | None = None) -> None:
        self.config = config
        self.policy = policy
        self.min_coverage = min_coverage  # (None: each locale's, as the config says)
        self.cwd = _key(cwd or Path.cwd())
        self.issues: list[Issue] = []
        self._releases: dict[str, Release | None] = {}
        self._release_issues: dict[str, list[Issue]] = {}
        self._reported: set[str] = set()
        self._terms_by_release: dict[str, Mapping[str, Message]] = {}
        self._extracted: dict[str, Catalog] = {}
        self._catalogs: dict[str, Catalog | None] = {}
        self._template_keys: dict[str, frozenset[Key]] = {}
        # What each orphan (a release id whose release is gone) looks renamed to, and
        # the other way round: the orphan each such release looks renamed from.
        self._renamed_to: dict[str, tuple[str, float] | None] = {}
        self._renamed_from: dict[str, tuple[str, float]] = {}
        # Orphans' files the plan read to ask that, kept for their units' checks.
        self._preread: dict[str, tuple[Catalog | None, Finding | None]] = {}
        self._file_checked: set[str] = set()
        self._fresh_checked: set[str] = set()
        # Judgements by (msgid, msgstr, locale, its:term tags): a message repeated across
        # releases is judged once per locale; one leaving out an empty tag once per
        # legend (the values its msgid stands for), in a dict by legend lines.
        self._judged: OrderedDict[tuple[str, str, str, tuple[str, ...]],
                                  list[Finding] | dict[tuple[str, ...], list[Finding]]] = \
            OrderedDict()
        self._releases_dir = _key(config.releases)
        self._catalogs_dir = _key(config.catalogs)
        # The output folder, whose files (pages, feeds, a sitemap, each locale's release
        # XML) communique writes: a repository that commits them gives them to the
        # pre-commit hook, which called a feed "not a release" and a built release in
        # Japanese one in the wrong language. None when the project's sources are in it.
        output = _key(config.output)
        self._output = None if any(_within(folder, output) for folder in (
            self._releases_dir, self._catalogs_dir)) else output + os.sep
        self.skipped: list[Path] = []  # given files of the output folder, left out
        # What the issues streamed by `iter_project` held (they are not kept).
        self._streamed_severities: set[Severity] = set()
        self._streamed_unreadable = False
        self.tally = Tally()

    # ----------------------------------------------------------------- results

    @property
    def unreadable(self) -> bool:
        return self._streamed_unreadable or any(i.code in UNREADABLE for i in self.issues)

    def failed(self, warnings_as_errors: bool = False) -> bool:
        seen = self._streamed_severities | {i.severity for i in self.issues}
        return Severity.ERROR in seen or (warnings_as_errors and bool(seen))

    def _note(self, issues: list[Issue], counted: Container[str] = ()) -> set[str]:
        """Count issues as they are reported: their severities, and their files, each
        once within `issues` and not at all when `counted` (already counted) has it.
        Returns the files."""
        paths: set[str] = set()
        errors = 0
        unreadable = False
        for issue in issues:  # locals, not attributes: this runs for every issue
            paths.add(issue.path)
            if issue.severity is _ERROR:
                errors += 1
            if issue.code in UNREADABLE:
                unreadable = True
        tally = self.tally
        tally.errors += errors
        tally.warnings += len(issues) - errors
        tally.files += len(paths) if not counted else sum(p not in counted for p in paths)
        if errors:
            self._streamed_severities.add(Severity.ERROR)
        if len(issues) > errors:
            self._streamed_severities.add(Severity.WARNING)
        self._streamed_unreadable = self._streamed_unreadable or unreadable
        return paths

    def _show(self, path: Path | str) -> str:
        """Paths as the user's working folder sees them: what CI annotations need."""
        key = _key(path)
        prefix = self.cwd.rstrip(os.sep) + os.sep
        return key[len(prefix):] if key.startswith(prefix) else str(path)

    def _add(self, path: Path | str, findings: Iterable[Finding],
             allowed: Mapping[int, frozenset[str]] | None = None) -> None:
        shown: str | None = None
        places: Places | None = None
        for found in findings:
            shown = shown or self._show(path)
            allow = allowed.get(found.line, frozenset()) if allowed else frozenset()
            line, column = found.line, found.column
            if found.spot is not None:
                if places is None:  # read again only when a finding needs its column
                    places = Places(po_lines(Path(path)))
                line, column = places.position(found.line, *found.spot) or (line, column)
            issue = self.policy.issue(shown, line, found.code, found.message,
                                      allowed=allow, column=column)
            if issue is not None:
                self.issues.append(issue)

    # ----------------------------------------------------------------- entry points

    def plan(self) -> list[Unit]:
        """The configured project as units of work, one per release id."""
        config = self.config
        releases = {p.stem: p for p in config.release_files()}
        templates = {p.stem: p for p in files_in(config.catalogs, "*.pot")}
        catalogs: dict[str, list[Path]] = {}
        missing: dict[str, list[str]] = {}
        for locale in config.locales:
            folder = config.catalogs / locale / "LC_MESSAGES"
            present = {p.stem: p for p in files_in(folder, "*.po")}
            for stem, path in present.items():
                catalogs.setdefault(stem, []).append(path)
            for stem in templates:
                if stem not in present and stem in releases:
                    missing.setdefault(stem, []).append(locale)
        stems = sorted({*releases, *templates, *catalogs})
        self._find_renames(releases, templates, catalogs)
        return [Unit(stem, _str(releases.get(stem)), _str(templates.get(stem)),
                     tuple(map(str, catalogs.get(stem, ()))), tuple(missing.get(stem, ())))
                for stem in stems]

    def _find_renames(self, releases: Mapping[str, Path], templates: Mapping[str, Path],
                      catalogs: Mapping[str, list[Path]]) -> None:
        """Ask, before any unit is checked, what each orphan with catalogs looks renamed
        to: the orphan's warning says it, and so does `catalog-missing` of the release
        it looks renamed to, whose unit may come first or run in another process. Asked
        once per orphan (the same keys as its warning: its template's, else its first
        catalog's); a project without orphans asks nothing.

        Each file is read once: the orphans' own files are kept for their units (up to
        `PREREAD_MAX`), and the other templates are read once for up to `ORPHANS_MAX`
        orphans together (each was read once per orphan), one at a time."""
        olds: dict[str, frozenset[Key]] = {}
        for stem in sorted(catalogs.keys() - releases.keys()):
            if stem in self._renamed_to:
                continue
            template = templates.get(stem)
            for path in [template] if template is not None else catalogs[stem]:
                read = read_catalog(path)  # (its problems are its unit's to report)
                if len(self._preread) < PREREAD_MAX:
                    self._preread[_key(path)] = read
                if read[0] is not None:
                    olds[stem] = frozenset(e.key for e in read[0].live())
                    break
            if len(olds) >= ORPHANS_MAX:
                self._ask_renamed(olds)
                olds = {}
        self._ask_renamed(olds)
        # A release that two orphans look renamed to is the likelier one's (the first in
        # sort order on a tie), as `likeliest_rename` breaks ties.
        for old, found in sorted(self._renamed_to.items()):
            if found is not None:
                new, likeness = found
                if new not in self._renamed_from or likeness > self._renamed_from[new][1]:
                    self._renamed_from[new] = (old, likeness)

    def _missing_advice(self, stem: str, locale: str) -> str:
        """What `catalog-missing` says to run: `update --renamed` when `stem` looks like
        an orphan renamed (plain `update` would start its catalogs from the translation
        memory only and leave the orphan's translations behind)."""
        found = self._renamed_from.get(stem)
        if found is None:
            return UPDATE
        old, likeness = found
        return (f"{old}, whose release is gone, looks renamed to {stem} ({likeness:.0%} "
                f"of the same messages): run `communique update --renamed {old}={stem}` "
                f"to carry its translations over (`communique update` alone would start "
                f"the {locale} catalog from the translation memory only)")

    def run_project(self, jobs: int = 1) -> None:
        """The configured releases, their templates, and the catalogs of every locale."""
        self.issues.extend(self.iter_project(jobs))

    def iter_project(self, jobs: int = 1) -> Iterator[Issue]:
        """`run_project`'s issues as they are found, none kept: release id by release
        id (sorted by place within each), then the duplicate-id check.

        Units are independent, so with `jobs` > 1 and enough of them they are checked
        in worker processes; only release ids meet again, for the duplicate-id check.
        A project of 10,000 releases can have a warning per message: streamed, the
        report costs no memory however long it is.
        """
        pages = self.page_templates()
        if pages:
            self._note(pages)
            yield from pages
        units = self.plan()
        # Each readable release, and whether its file has had issues already: an
        # id-duplicate then adds an issue but no file to the count.
        found: list[tuple[Path, str, bool]] = []
        for issues, release_ids in _run(self, units, jobs):
            # A unit's issues are on its own files, so a batch's are counted alone.
            releases = {p for p in self._note(issues) if p.endswith(".xml")}
            found.extend((path, release_id, bool(releases) and self._show(path) in releases)
                         for path, release_id in release_ids)
            yield from issues
        found.sort(key=lambda item: str(item[0]))
        duplicates = sorted(self.policy.apply(
            Issue(self._show(i.path), i.line, i.column, i.severity, i.code, i.message)
            for i in check_unique_ids(((path, release_id) for path, release_id, _ in found),
                                      self._show)))
        if duplicates:
            self._note(duplicates, {self._show(path) for path, _, had in found if had})
        yield from duplicates

    def page_templates(self) -> list[Issue]:
        """The project's page templates (``html-template``), each read once: one that
        is missing or no page template is refused by `build` (exit 2), so CI is told
        before a build, as validate tells of a release that cannot be read."""
        config = self.config
        if config.html_template is None and not config.html_templates:
            return []
        from toolkit.page_template import PageTemplate, project_template

        issues: list[Issue] = []
        loaded: dict[Path, PageTemplate] = {}
        seen: set[Path] = set()
        for locale in (config.source_locale, *config.locales, *config.html_templates):
            path = config.page_template(locale)
            if path is None or path in seen:
                continue
            seen.add(path)
            try:
                project_template(config, locale, loaded)
            except InputError as exc:
                issues.append(error(self._show(exc.path), exc.line, exc.code,
                                    exc.message, exc.column))
        return issues

    def run_unit(self, unit: Unit) -> tuple[list[Issue], list[tuple[Path, str]]]:
        """Everything about one release id: the release, its template, its catalogs.

        Returns the issues, and the id of the release read (for the duplicate check):
        only the id, so that workers send back a few bytes, not a whole release."""
        before = len(self.issues)
        release_ids: list[tuple[Path, str]] = []
        config = self.config
        if unit.release is not None:
            release = self.release(Path(unit.release), report=True)
            if release is not None:
                release_ids.append((Path(unit.release), release.id))
            # A release that cannot be read has its error already; extract would refuse
            # it too, so "run extract" would be a second finding with wrong advice.
            # At 1:1, as every finding about a whole file: GitHub annotates no column of
            # a finding without one, and no line of one at line 0.
            if unit.template is None and release is not None:
                self._add(unit.release, [Finding(
                    "template-missing", f"no template {self._show(config.template(unit.stem))}"
                    f" for this release: {EXTRACT}", 1, 1)])
        if unit.template is not None:
            self.template(Path(unit.template), report_file=True)
            for locale in unit.missing_locales:
                self._add(unit.template, [Finding(
                    "catalog-missing", f"no {locale} catalog "
                    f"{self._show(config.catalog(locale, unit.stem))} for this template: "
                    f"{self._missing_advice(unit.stem, locale)}", 1, 1)])
        for path in unit.catalogs:
            self.catalog(Path(path))
        # Sorted here, per unit: a worker's batch holds several units, and one sort of
        # the batch put `x-2.po` before `x.po`, so two workers printed another order.
        found = sorted(self.issues[before:])
        del self.issues[before:]  # the caller decides where they go
        self._forget()
        return found, release_ids

    def _forget(self) -> None:
        """Drop what one unit read: no other unit needs it, and a heap that keeps every
        catalog of a big project makes each garbage collection slower."""
        for cache in (self._releases, self._release_issues, self._terms_by_release,
                      self._extracted, self._catalogs, self._template_keys):
            cache.clear()
        for seen in (self._reported, self._file_checked, self._fresh_checked):
            seen.clear()

    def run_ids(self, stems: Collection[str]) -> None:
        """Everything about each named release id, checked as the whole-project run
        checks it: the release, its template, its catalog in each locale. An id with
        none of these is an `InputError`, raised before anything is checked."""
        units = [unit for unit in self.plan() if unit.stem in stems]
        planned = {unit.stem for unit in units}
        for stem in stems:
            if stem not in planned:
                shown = display(self.config.releases / f"{stem}.xml")
                raise InputError(stem, f"no such release (looked for {shown})")
        for unit in units:
            found, _ = self.run_unit(unit)
            self._note(found)
            self.issues.extend(found)

    def run_paths(self, paths: Iterable[Path]) -> None:
        """Given files and folders: each checked as what its suffix says it is."""
        files = expand(paths)
        if self._output is not None:
            output = self._output
            self.skipped = [p for p in files if _key(p).startswith(output)]
            if self.skipped:
                files = [p for p in files if not _key(p).startswith(output)]
        releases = [p for p in files if p.suffix == ".xml"]
        for path in files:
            if path.suffix == ".xml":
                self.release(path, report=True)
                # A given release is held to its template when it has one; a release
                # without one is `template-missing` in the whole-project run only.
                template = self.config.template(path.stem)
                if self._configured_release(path) and template.is_file():
                    self.template(template, report_file=False)
            elif path.suffix == ".pot":
                self.template(path, report_file=True)
            else:
                self.catalog(path)
        self._unique_ids(releases)
        self._note(self.issues)

    # ----------------------------------------------------------------- releases

    def release(self, path: Path, report: bool) -> Release | None:
        """The release at `path` (read once); its issues are reported when asked for."""
        key = _key(path)
        if key not in self._releases:
            try:
                release, found = check_file(path, self.config.source_locale,
                                             in_releases=self._configured_release(path),
                                             releases=self._releases_dir)
            except InputError as exc:
                release = None
                found = [error(str(exc.path), exc.line, exc.code, exc.message,
                               exc.column)]
            self._releases[key] = release
            self._release_issues[key] = [
                Issue(self._show(i.path), i.line, i.column, i.severity, i.code,
                      i.message)
                for i in found]
        if report and key not in self._reported:
            self._reported.add(key)
            self.tally.releases += 1
            self.issues.extend(self.policy.apply(self._release_issues[key]))
        return self._releases[key]

    def _unique_ids(self, paths: list[Path]) -> None:
        pairs = [(p, r.id) for p in paths if (r := self._releases.get(_key(p))) is not None]
        self.issues.extend(self.policy.apply(
            Issue(self._show(i.path), i.line, i.column, i.severity, i.code, i.message)
            for i in check_unique_ids(pairs, self._show)))

    def _configured_release(self, path: Path) -> bool:
        return os.path.dirname(_key(path)) == self._releases_dir

    def _source_release(self, stem: str) -> tuple[str, Release] | None:
        """The configured release a template or catalog belongs to, read quietly."""
        path = self.config.releases / f"{stem}.xml"
        key = _key(path)
        if key not in self._releases and not path.is_file():
            return None
        release = self.release(path, report=False)
        return (key, release) if release is not None else None

    def term_messages(self, stem: str) -> Mapping[str, Message]:
        """msgid → source message, for the segments of a configured release that have
        its:term spans: the only thing a msgid alone cannot tell (see check_terms)."""
        source = self._source_release(stem)
        if source is None:
            return {}
        key, release = source
        if key not in self._terms_by_release:
            found: dict[str, Message] = {}
            for segment in translatable_segments(release):
                if any(span.get(ITS_TERM) == "yes" for span in iter_spans(segment.content)):
                    message = segment_message(segment)
                    found.setdefault(message.msgid, message)
            self._terms_by_release[key] = found
        return self._terms_by_release[key]

    def extracted(self, stem: str) -> tuple[str, Catalog] | None:
        """What `communique extract` writes for a configured release, made once."""
        source = self._source_release(stem)
        if source is None:
            return None
        key, release = source
        if key not in self._extracted:
            # The references extract writes: the same function, links resolved.
            self._extracted[key] = extract_template(release, relative(key, self.config.root),
                                                    self.config.source_locale,
                                                    self.config.msgid_bugs_address or "")
        return key, self._extracted[key]

    # ----------------------------------------------------------------- catalogs

    def _read(self, path: Path) -> Catalog | None:
        key = _key(path)
        if key not in self._catalogs:
            # A template is compared with extract's, comments and references included;
            # a catalog's checks never look at them.
            preread = self._preread.pop(key, None)  # an orphan's, read by the plan
            catalog, problem = preread if preread is not None else read_catalog(path)
            if problem is not None:
                self._add(path, [problem])
            self._catalogs[key] = catalog
        return self._catalogs[key]

    def _in_catalogs(self, path: Path, depth: int) -> bool:
        """Is the file `depth` folders below the configured catalogs folder?"""
        folder = os.path.dirname(_key(path))
        for _ in range(depth):
            folder = os.path.dirname(folder)
        return folder == self._catalogs_dir

    def template(self, path: Path, report_file: bool) -> Catalog | None:
        """A template's own checks (when asked) and whether it is what extract gives."""
        key = _key(path)
        if key not in self._catalogs:  # read once, counted once
            self.tally.templates += 1
        template = self._read(path)
        if template is None:
            return None
        if report_file and key not in self._file_checked:
            self._file_checked.add(key)
            self._add(path, check_catalog(template, None, template=True))
        if key in self._fresh_checked or not self._in_catalogs(path, 0):
            return template
        self._fresh_checked.add(key)
        extracted = self.extracted(path.stem)
        if extracted is None:
            if not (self.config.releases / f"{path.stem}.xml").is_file():
                stem = path.stem
                # Its catalogs are named with it: they are no orphans while it is there,
                # and a removal was learnt in two runs, the template's then theirs.
                catalogs = any(self.config.catalog(ll, stem).is_file()
                               for ll in self.config.locales)
                delete = (f"delete it and its catalogs ("
                          f"{self._show(self.config.catalog('*', stem))})" if catalogs
                          else "delete it")
                message = (f"no release {self._show(self.config.releases / stem)}.xml for "
                           f"this template: {delete}, or restore the release")
                # Only a template with catalogs has translations to carry over.
                if catalogs:
                    message += self._renamed_hint(stem, template, "its catalogs", None)
                self._add(path, [Finding("template-orphan", message, 1, 1)])
            return template
        release_key, expected = extracted
        self._add(path, template_findings(template, expected, self._show(release_key)))
        return template

    def catalog(self, path: Path) -> None:
        """A PO file: as a file, against its template, each translation, its coverage."""
        if _key(path) in self._catalogs:
            return
        self.tally.catalogs += 1
        catalog = self._read(path)
        if catalog is None:
            return
        locale = locale_of(path)
        allowed = {e.line: allowed_codes(e.flags, e.translator_comments)
                   for e in catalog.entries if e.flags or e.translator_comments}
        self._add(path, check_catalog(catalog, locale, template=False), allowed)
        terms: Mapping[str, Message] = {}
        msgids: list[str] | None = None
        if self._in_catalogs(path, 2) and path.parent.name == "LC_MESSAGES":
            template_path = self.config.template(path.stem)
            if _key(template_path) in self._catalogs or template_path.is_file():
                template = self.template(template_path, report_file=False)
                if template is not None:
                    self._add(path, catalog_findings(catalog, template,
                                                     self._keys(template_path, template)))
            elif not (self.config.releases / f"{path.stem}.xml").is_file():
                self._add(path, [self._orphan(path, template_path, catalog)])
            terms = self.term_messages(path.stem)
            extracted = self.extracted(path.stem)
            if extracted is not None:  # coverage counted over the release, as build does
                msgids = [e.msgid for e in extracted[1].live()]
        rejected: set[str] = set()
        findings = list(self._translations(catalog, locale or catalog.language or "",
                                           terms, rejected))
        self._add(path, findings, allowed)
        counts = coverage(catalog, msgids, frozenset(rejected))
        language = locale or catalog.language
        minimum = (self.config.coverage_minimum(language) if self.min_coverage is None
                   else self.min_coverage)
        self._add(path, check_coverage(counts, language, minimum))

    def _orphan(self, path: Path, template: Path, catalog: Catalog) -> Finding:
        """A catalog left behind: `update` and `build` never look at it again, so only
        validate can say it is there (update --renamed carries it over and deletes it)."""
        stem = path.stem
        message = (f"no template {self._show(template)} and no release "
                   f"{self._show(self.config.releases / stem)}.xml for this catalog: "
                   "delete it, or restore the release")
        locale = path.parent.parent.name
        hint = self._renamed_hint(stem, catalog, "its translations",
                                  None if locale in self.config.locales else locale)
        return Finding("catalog-orphan", message + (hint or (
            f" (if it was renamed, `communique extract` then `communique update --renamed "
            f"{stem}=NEW` carries its translations over first)")), 1, 1)

    def _renamed_hint(self, stem: str, catalog: Catalog, what: str,
                      locale: str | None) -> str:
        """What to run when the orphan `stem` looks renamed (update's rule, the same
        code: `update.renamed_to`), or ""."""
        found = self._looks_renamed(stem, catalog)
        if found is None:
            return ""
        new, likeness = found
        option = f" --locale {locale}" if locale else ""
        return (f"; it looks renamed to {new} ({likeness:.0%} of the same messages): "
                f"`communique update --renamed {stem}={new}{option}` carries {what} over, "
                "then deletes it")

    def _looks_renamed(self, stem: str, catalog: Catalog) -> tuple[str, float] | None:
        """The release the orphan `stem` (its messages: `catalog`'s) looks renamed to,
        and how alike, asked once per run."""
        if stem not in self._renamed_to:
            self._ask_renamed({stem: frozenset(e.key for e in catalog.live())})
        return self._renamed_to[stem]

    def _ask_renamed(self, olds: Mapping[str, frozenset[Key]]) -> None:
        if olds:
            # Imported here: only an orphan asks (toolkit.update brings update's machinery).
            from toolkit.update import renamed_to

            self._renamed_to.update(renamed_to(self.config, olds))

    def _keys(self, path: Path, template: Catalog) -> frozenset[Key]:
        key = _key(path)
        if key not in self._template_keys:
            self._template_keys[key] = frozenset(e.key for e in template.live())
        return self._template_keys[key]

    def _translations(self, catalog: Catalog, locale: str, terms: Mapping[str, Message],
                      rejected: set[str]) -> Iterator[Finding]:
        # Imported here: only catalogs' translations are judged, and `validate` of a
        # release or a template (the pre-commit hook on a changed file) never loads the
        # checks (their regular expressions, a dataclass and html.entities).
        from toolkit.qa.translation_checks import (
            MSGSTR_START,
            Pair,
            check_number_agreement,
            check_translation,
            msgstr_offsets,
            term_tags,
        )

        source_locale = self.config.source_locale
        judged_by = self._judged
        fuzzy = self.policy.severity(FUZZY) is not None
        # A language of one plural form (Japanese, Chinese: nplurals=1, CLDR's rule as
        # header-plural-forms holds it) never needs it: no CLDR data loaded to be told.
        numbers = nplurals(catalog) != 1
        for entry in catalog.live():
            if not entry.translated:  # fuzzy and untranslated entries are not built
                if fuzzy and entry.fuzzy and entry.has_translation:
                    yield Finding(FUZZY, FUZZY_MESSAGE, entry.line,
                                  spot=(0 if entry.plural else -1, -1))
                continue
            if numbers and entry.extracted_comments and not entry.plural:
                for found in check_number_agreement(entry.extracted_comments, locale,
                                                    source_locale):
                    # About the translation, which serves every number: its start.
                    yield Finding(found.code, allowing(found.code, found.message), entry.line,
                                  spot=(-1, MSGSTR_START))
            if entry.plural:
                rejected.add(entry.msgid)  # the build uses no plural entry (catalog-stale)
                plural = entry.msgid_plural or entry.msgid
                pairs = [(entry.msgid if i == 0 else plural, form)
                         for i, form in enumerate(entry.msgstr_plural)]
            else:
                pairs = [(entry.msgid, entry.msgstr)]
            for form, (msgid, msgstr) in enumerate(pairs, -1 if not entry.plural else 0):
                message = terms.get(msgid)
                tags = term_tags(message) if message is not None else ()
                key = (msgid, msgstr, locale, tags)
                verdict = judged_by.get(key)
                if verdict is None:
                    if len(judged_by) >= JUDGED_MAX:
                        judged_by.popitem(last=False)
                    # A msgstr that leaves out an empty tag (`<time/>`) is judged with the
                    # source texts of the msgid's values (a value written out for its tag
                    # is no changed number), which another release's same msgid may give
                    # otherwise: judged once per legend. Every other message is judged
                    # once for all its releases.
                    verdict = judged_by[key] = {} if _drops_an_empty_tag(msgid, msgstr) \
                        else check_translation(Pair(msgid, msgstr, message, locale,
                                                    source_locale))
                else:
                    judged_by.move_to_end(key)
                if isinstance(verdict, dict):
                    legend = tuple(c for c in entry.extracted_comments if c.startswith("<"))
                    judged = verdict.get(legend)
                    if judged is None:
                        judged = verdict[legend] = check_translation(Pair(
                            msgid, msgstr, message, locale, source_locale, legend))
                else:
                    judged = verdict
                if not judged:
                    continue
                if any(f.code in REJECTING for f in judged):
                    rejected.add(entry.msgid)
                for found, offset in zip(judged, msgstr_offsets(judged, msgstr),
                                         strict=True):
                    # A plural form may say "one" where the source says "1".
                    if not (entry.plural and found.code == "number-changed"):
                        yield Finding(found.code, allowing(found.code, found.message),
                                      entry.line, spot=(form, offset))


def _str(path: Path | None) -> str | None:
    return None if path is None else str(path)


def _key(path: Path | str) -> str:
    """A file's identity for this run: its absolute path (no resolve(): no system calls)."""
    return os.path.abspath(path)


def _within(path: str, folder: str) -> bool:
    """Whether the absolute `path` is `folder` or in it."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and the .xml/.pot/.po files below given folders, each once.

    A file of another kind, or a folder holding none of these, is an `InputError`
    (exit 2, nothing checked): read as a catalog, `page.html` was a PO syntax error at
    its doctype, and an empty folder passed as clean. A path that does not exist is left
    to be reported unreadable with the others.
    """
    files: list[Path] = []
    seen: set[str] = set()
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES and p.is_file())
            if not found:
                raise InputError(display(path), "no release, template or catalog (.xml, "
                                 ".pot or .po file) in this folder")
        else:
            if path.suffix not in SUFFIXES and path.exists():
                raise InputError(display(path), "not a release, template or catalog: "
                                 "validate takes .xml, .pot and .po files and folders of them")
            found = [path]
        for item in found:
            key = _key(item)
            if key not in seen:
                seen.add(key)
                files.append(item)
    return files


# ---------------------------------------------------------------------- worker processes

SERIAL_BELOW = 64  # units; below this, starting processes costs more than it saves
_worker: Validation | None = None


def _start_worker(config: Config, policy: Policy, min_coverage: float | None, cwd: str,
                  renames: tuple[dict[str, tuple[str, float] | None],
                                 dict[str, tuple[str, float]]],
                  preread: dict[str, tuple[Catalog | None, Finding | None]]) -> None:
    # Runs in each forked worker: the settings are inherited, never pickled. So are the
    # renames the parent's plan found, asked once per run, not once per worker, and
    # the orphans' files it read to ask them.
    global _worker
    leave_interrupts_to_the_parent()
    _worker = Validation(config, policy, min_coverage, Path(cwd))
    _worker._renamed_to, _worker._renamed_from = renames
    _worker._preread = preread


def _run_batch(units: list[Unit]) -> tuple[list[Issue], list[tuple[Path, str]],
                                            tuple[int, int, int]]:
    """A batch's issues, readable releases, and how many files of each kind it checked."""
    assert _worker is not None, "worker not started"
    issues: list[Issue] = []
    release_ids: list[tuple[Path, str]] = []
    _worker.tally = Tally()
    for unit in units:
        found, readable = _worker.run_unit(unit)
        issues.extend(found)
        release_ids.extend(readable)
    return issues, release_ids, _worker.tally.checked()


def _run(validation: Validation, units: list[Unit],
         jobs: int) -> Iterator[tuple[list[Issue], list[tuple[Path, str]]]]:
    """Each unit's (or batch's) issues and readable releases, in worker processes when
    that pays and the platform can fork (workers inherit the loaded modules)."""
    # Imported here, as the checks below: a run of few units (validate of a changed
    # file) uses no processes, and these two cost more to import than its checks.
    import concurrent.futures
    import multiprocessing

    if jobs <= 1 or len(units) < SERIAL_BELOW \
            or "fork" not in multiprocessing.get_all_start_methods():
        for unit in units:
            yield validation.run_unit(unit)
        return
    batches = [units[start:stop] for start, stop in batch_bounds(len(units), jobs)]
    context = multiprocessing.get_context("fork")
    # Loaded once here rather than once in each worker (they are imported where used).
    import toolkit.qa.translation_checks  # noqa: F401
    # A forked worker copies each page of the parent it writes to, and a garbage
    # collection writes to every object it visits: frozen objects are not visited.
    gc.freeze()
    try:
        with concurrent.futures.ProcessPoolExecutor(
                max_workers=jobs, mp_context=context, initializer=_start_worker,
                initargs=(validation.config, validation.policy, validation.min_coverage,
                          validation.cwd,
                          (validation._renamed_to, validation._renamed_from),
                          validation._preread)) as pool:
            for issues, release_ids, checked in pool.map(_run_batch, batches):
                validation.tally.add_checked(checked)
                yield issues, release_ids
    finally:
        gc.unfreeze()

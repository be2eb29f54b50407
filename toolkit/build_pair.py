"""One release built into its locales: what a build's worker does, and the results it
hands back.

A worker parses the release once for all its locales, reads each locale's catalog,
translates (`toolkit.translate`), formats every typed value with the locale's formatter
(kept for the life of the process, with its answers remembered), and writes the
localised XML and HTML through `toolkit.atomic`. Everything it receives and returns is
plain, picklable data.
"""

from __future__ import annotations

import errno
import hashlib
import os
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from toolkit.atomic import read_with_status, write_bytes
from toolkit.catalog import Catalog, maybe_unended, unended_field, unended_message
from toolkit.config import Config, LocaleSettings
from toolkit.errors import InputError
from toolkit.formatting import get_formatter, is_pseudo_locale
from toolkit.formatting.base import InvalidValue, parse_instant
from toolkit.html_writer import (
    IMAGE_SCHEMES,
    IndexEntry,
    PageContext,
    counter_style,
    html_lang,
    release_page,
    safe_href,
)
from toolkit.images import ImageStamp, copy_images, page_href, release_folder, release_images
from toolkit.issues import Issue, error, warning
from toolkit.labels import Labels
from toolkit.language_tags import within_language
from toolkit.loader import misnamed, named_by, parse_release, reserved, reserved_id, root_line
from toolkit.model import Release, Span
from toolkit.paths import display
from toolkit.po_read import Translations, parse_translations
from toolkit.release_xml import write_release
from toolkit.translate import Coverage, Messages, translate_release
from toolkit.vocabulary import XML_LANG

if TYPE_CHECKING:
    from toolkit.page_template import PageTemplate


class Status(StrEnum):
    BUILT = "built"  # outputs written (or found byte-identical)
    UNCHANGED = "unchanged"  # inputs as last built: not rebuilt
    SKIPPED = "skipped"  # coverage below the minimum: not written
    CHECKED = "checked"  # strict pre-pass: translated, nothing written yet
    FAILED = "failed"  # an input could not be read or formatted
    HELD = "held"  # embargoed past the build's instant (`Context.hold`): nothing of it
    # written in any locale, its earlier pages taken down (by the parent: `Build._lines`)


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
    versions: tuple[str, ...] = ()  # the versions the page lists (`page_versions`)
    language: str | None = None  # its page's language when listed as not its locale's
    feed: tuple[str | None, ...] = ()  # its feed entry's fields (`toolkit.feeds`), if any
    embargo: str | None = None  # its release's embargo instant, UTC (`embargo_utc`)
    held: str | None = None  # HELD: until when, as said ("2025-06-17 00:01 BST")
    images: tuple[ImageStamp, ...] = ()  # BUILT: its release's photos (`copy_images`)

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
                                "percent": self.coverage.floored()}
        if self.held is not None:
            data["held"] = {"until": self.embargo, "message": held_message(self.held)}
        return data


@dataclass(frozen=True)
class LocaleJob:
    """A locale as the workers need it: plain, picklable data."""

    locale: str
    settings: LocaleSettings
    source: bool
    generator: str
    stamp: str  # hash of everything but the input files that shapes this locale's output
    template: PageTemplate | None = None  # the project's page template, if any (its
    # digest is in `stamp`)
    labels: Labels | None = None  # the fixed words of its pages (in `stamp` when the
    # project gives any); None: the built-in ones
    min_coverage: float = 0.0  # below it, a release has no page in the locale (`stamp`)


@dataclass(frozen=True)
class Context:
    root: Path
    catalogs: Path
    output: Path
    engine: str
    write: bool
    locales: tuple[LocaleJob, ...]
    # Locales whose output folder did not exist when the build started: their outputs
    # are all new, so there is nothing to compare them with before writing.
    new_folders: frozenset[str] = frozenset()
    # The order in which a page lists its release's versions: these first (the source
    # locale, then the configured ones), any other by tag.
    order: tuple[str, ...] = ()
    # Locales not built in this run that have pages to write again, as their versions
    # changed (`Task.refresh`).
    others: tuple[LocaleJob, ...] = ()
    # Whether feeds are written (a site-url): each pair built records what its feed
    # entry says beyond its index entry, as the feeds are made from the record.
    feeds: bool = False
    # Build what may be published at this instant (UTC, as `embargo_utc` writes it): a
    # release embargoed past it is held. None (the default): every release is built,
    # embargoed or not.
    hold: str | None = None
    # The address the build folder is published at (`Config.site_url`): a page then says
    # its own (canonical, Open Graph: `toolkit.html_writer.PageContext.site_url`).
    site_url: str | None = None
    # The releases folder, absolute: a figure's relative src leads to a photo under it,
    # copied once to the same place under the output folder (`toolkit.images`).
    releases: str = ""

    def job(self, locale: str) -> LocaleJob:
        return next(j for j in (*self.locales, *self.others) if j.locale == locale)

    def default_version(self, versions: tuple[str, ...]) -> str | None:
        """The locale of the version of a release offered to readers of a language it
        has no page in (hreflang x-default): the source locale's, the original text and
        the one with no fallback, when it is among `versions` (in whatever language it
        is written); else none (another would be a guess)."""
        source = self.order[0] if self.order else None
        return source if any(version_locale(v) == source for v in versions) else None

    def catalog(self, locale: str, release_id: str) -> str:
        """`Config.catalog`, as a str: its folder is worked out once a locale."""
        return f"{_catalog_folder(self.root, self.catalogs, locale)}{os.sep}{release_id}.po"

    def output_folder(self, locale: str) -> str:
        return _output_folder(self.output, locale)


@lru_cache(maxsize=256)
def _catalog_folder(root: Path, catalogs: Path, locale: str) -> str:
    return os.fspath(Config(root=root, catalogs=catalogs).catalog(locale, "-").parent)


@lru_cache(maxsize=256)
def _output_folder(output: Path, locale: str) -> str:
    return os.fspath(output / locale)


@dataclass(frozen=True, slots=True)
class Task:
    """One release to build into `locales`. Its pages link the versions it has once
    built, which only the worker learns (a locale may now fall below min-coverage), so
    it is told what the record says: the versions it has (`pages`), and the other pages
    it may have to write again, with the versions they link (`refresh`: of the run's
    other locales, and of locales left out of the run whose inputs are as they were
    built); a page among those whose versions are no longer right is written again. A
    task with no `locales` only writes pages again.
    """

    release: str  # absolute; a str costs a third of a Path, and there is one a release
    locales: tuple[str, ...]
    pages: tuple[str, ...] = ()
    refresh: tuple[tuple[str, tuple[str, ...]], ...] = ()


def in_order(versions: Iterable[str], order: tuple[str, ...]) -> tuple[str, ...]:
    """Locales (or versions: by their locale) as pages and the front page list them:
    those of `order` (the source locale, then the configured ones) as there, then any
    other by tag."""
    def key(version: str) -> tuple[int, str]:
        locale = version_locale(version)
        return order.index(locale) if locale in order else len(order), version

    return tuple(sorted(versions, key=key))


# A version of a release, as pages list it and the record keeps it: the locale of its
# page, and, when its text is in another language than the locale's, "=" and that
# language (a release written in French, built as it is into an English source locale:
# "en=fr", at ../en/, in French). No locale tag or language tag holds a "=".
_IN = "="


def version_of(locale: str, language: str | None) -> str:
    return locale if language is None else f"{locale}{_IN}{language}"


def version_locale(version: str) -> str:
    return version.partition(_IN)[0]


def version_languages(versions: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """The (locale, language) of the versions in another language than their locale's."""
    return tuple((locale, language) for locale, _, language
                 in (v.partition(_IN) for v in versions) if language)


@lru_cache(maxsize=1024)
def page_versions(locale: str, versions: tuple[str, ...]) -> tuple[str, ...]:
    """The versions the page of `locale` lists, of those its release has (`versions`, in
    page order).

    A pseudo-locale's page (en-XA: region XA, XB or XC) is a layout test, not a language
    for readers: a real page neither lists nor links one. A pseudo page lists what a
    real page lists, and itself in its place: the nav readers see, laid out in the
    pseudo text (it links no versions for search engines: `_finish`).

    A language is one version: a page in the language another locale is in (a release
    written in French, in an English project whose fr locale has a page of it) is not
    offered, its text being the fr page's (one URL a language, as hreflang asks); that
    locale's page, with its own index and formats, is the French version. Its own page
    lists the versions there are, not itself (and links none: `_finish`).
    """
    own = {same_tag(v) for v in versions if _IN not in v and not is_pseudo_locale(v)}
    kept = []
    for version in versions:
        at, _, language = version.partition(_IN)
        if language and same_tag(language) in own:
            continue
        if at == locale or not is_pseudo_locale(at):
            kept.append(version)
    return tuple(kept)


def same_tag(tag: str) -> str:
    """A tag as `toolkit.translate.same_language` compares it."""
    return tag.replace("_", "-").lower()


def input_stamp(path: Path | str, found: tuple[bytes, os.stat_result] | None = None
                ) -> tuple[str, int, int, str] | None:
    """(path, size, mtime_ns, sha256) of a file, None when it does not exist; of what
    `read_with_status` `found` in it when given (the file is then not read again)."""
    if found is None:
        found = read_with_status(path)
        if found is None:
            return None
    data, info = found
    # 128 bits of SHA-256 tell changed content from unchanged; the record stays small.
    return (os.fspath(path), info.st_size, info.st_mtime_ns,
            hashlib.sha256(data).hexdigest()[:32])


@cache
def formatter_for(locale: str, settings: LocaleSettings, engine: str) -> Any:
    """One formatter per locale and process: CLDR data is loaded once."""
    return get_formatter(locale, settings, engine=engine)


@cache
def _page_style(locale: str, settings: LocaleSettings, engine: str) -> tuple[str, str | None]:
    # A locale's writing direction and the counter style of its ordered lists (the
    # digits its formatter writes numbers in), asked once: Babel looks the direction up
    # in its data at each ask (~10 us, a page's worth of work for one attribute). One
    # cache for both: its key's settings are hashed by a Python call.
    formatter = formatter_for(locale, settings, engine)
    return str(formatter.direction), counter_style(str(formatter.numbering))


def load_locale_data(ctx: Context) -> None:
    """Load the CLDR data of the run's locales (their direction and names), as a
    worker's first page would: in the parent before its workers are forked, each worker
    inherits it instead of loading it again (~65M instructions for ja), and the parent
    needs it for the index pages anyway."""
    from toolkit.html_writer import language_name

    for job in (*ctx.locales, *ctx.others):
        try:
            _page_style(job.locale, job.settings, ctx.engine)
            language_name(job.locale)
        except (ValueError, LookupError):
            pass  # left to the worker's page, which reports it for its pair


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
    return _Memo(formatter_for(locale, settings, engine))


def _input_error(exc: InputError) -> Issue:
    return error(display(exc.path), exc.line, exc.code, exc.message, exc.column)


def build_release(task: Task, ctx: Context) -> list[PairResult]:
    """Build one release into each of the task's locales (a worker's unit of work).

    Every locale is translated before any page is written: a page links the release's
    versions, and which locales have one is known only then.
    """
    path = task.release
    shown = display(path)
    try:
        found = read_with_status(path)
        if found is None:
            raise InputError(path, "cannot read: no such file")
        release = parse_release(found[0], shown)
    except InputError as exc:
        return _failed(task, exc)
    if not named_by(path, release.id):
        # Its pages are named by the id: a copy of a release (cp, or a file renamed
        # without its id) wrote over the other's pages. Refused here, where the id is
        # read, as extract refuses it: the parent reads no release.
        return _failed(task, misnamed(shown, release.id, found[0],
                                      f"pages would be {release.id}.xml and "
                                      f"{release.id}.html"))
    if reserved_id(release.id):  # (its pages would replace the locale's index or feed)
        return _failed(task, reserved(shown, release.id, found[0]))
    stamp = input_stamp(path, found)
    if ctx.hold is not None and release.meta.embargo is not None:
        lifted = embargo_utc(release.meta.embargo.value)
        if lifted is None or lifted > ctx.hold:
            return _held(task, release, lifted, stamp)
    messages: Messages = {}  # the release's messages, made once for all its locales
    translated = [_translate_pair(release, stamp, shown, ctx.job(locale), ctx, messages,
                                  path, found[0]) for locale in task.locales]
    # A failed pair keeps the page (and the record line) of its last build: still there
    # for readers, so still linked, as the record says; unless its file is gone (deleted
    # by hand: the parent forgets it, `Build._lines`). A skipped one has none.
    recorded = {version_locale(v): v for v in task.pages}
    kept = [v for ll, v in recorded.items() if ll not in task.locales]
    for pair in translated:
        if isinstance(pair, _Translated):
            kept.append(pair.version)
        elif pair.status is Status.FAILED and pair.locale in recorded and os.path.isfile(
                f"{ctx.output_folder(pair.locale)}{os.sep}{release.id}.html"):
            kept.append(recorded[pair.locale])
    versions = in_order(kept, ctx.order)
    # The photos' one copy, for every locale's page (a figure's src is not translated),
    # made before any page is written: a photo that cannot be copied fails the pairs
    # with nothing of the release written, as a catalog that cannot be read does.
    srcs = [src for src in (safe_href(f.src, IMAGE_SCHEMES) for f in release.figures)
            if src is not None]
    photos = release_images(srcs, release_folder(path, ctx.releases)) if srcs else {}
    images = {src: page_href(image, src) for src, image in photos.items()}
    copied: tuple[ImageStamp, ...] = ()
    if photos and ctx.write and (task.refresh or any(isinstance(pair, _Translated)
                                                     for pair in translated)):
        try:
            copied = copy_images(list(photos.values()), ctx.releases,
                                 os.fspath(ctx.output))
        except (InputError, OSError) as exc:
            if isinstance(exc, OSError) and exc.errno in _DEVICE_ERRORS:
                raise  # (no other page can be written either: the build stops)
            # A photo that cannot be read, or a folder (a read-only file) where its copy
            # goes: the pages this task would write fail, their last build's kept.
            issue = (_input_error(exc) if isinstance(exc, InputError)
                     else _write_error(exc, shown))
            refreshed = [pair for pair in (
                _translate_pair(release, stamp, shown, ctx.job(locale), ctx, messages,
                                path, found[0]) for locale, _linked in task.refresh)
                         if isinstance(pair, _Translated)]
            return _uncopied([*translated, *refreshed], issue)
    results = [_finish(pair, versions, ctx, images) for pair in translated]
    # A page that could not be written (`_unwritable`) and is not there is no version:
    # the release's other pages are written again without a link to it, as when its
    # pair failed for its catalog. (Only on that failure: no work for a build that wrote.)
    unlinked = {pair.version for pair, result in zip(translated, results, strict=True)
                if isinstance(pair, _Translated) and result.status is Status.FAILED
                and not os.path.isfile(f"{ctx.output_folder(pair.locale)}{os.sep}"
                                       f"{release.id}.html")}
    if unlinked:
        versions = tuple(v for v in versions if v not in unlinked)
        results = [_finish(pair, versions, ctx, images) if result.status is Status.BUILT
                   else result for pair, result in zip(translated, results, strict=True)]
    if ctx.write:  # (the strict pre-pass checks: those pages' inputs are as recorded)
        for locale, linked in task.refresh:
            if linked != page_versions(locale, versions):
                pair = _translate_pair(release, stamp, shown, ctx.job(locale), ctx,
                                       messages, path, found[0])
                results.append(_finish(pair, versions, ctx, images))
        if copied:
            results = [replace(r, images=copied) if r.status is Status.BUILT else r
                       for r in results]
    return results


def embargo_instant(value: str) -> datetime | None:
    """An embargo's instant (ISO 8601 with an offset, as the schema has it), the one
    reading of it that the build (holding) and the feeds (dating) share. None when it
    cannot be read: one the schema let through that Python cannot, or a date-time with
    no offset (no instant: read in the machine's zone, it would move with the build
    machine; its zone attribute names where it is shown, not how it is read)."""
    try:
        return parse_instant(value)  # (24:00:00, a day's end, read too)
    except ValueError:
        return None


def embargo_utc(value: str) -> str | None:
    """An embargo instant in UTC (`embargo_instant`), as ``2025-06-16T23:01:00Z``:
    instants written so sort as they follow. None when it cannot be read."""
    moment = embargo_instant(value)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if moment else None


def _recorded_embargo(embargo: Any) -> str | None:
    # ("?" sorts after every instant: an embargo that cannot be read is held.)
    return (embargo_utc(embargo.value) or "?") if embargo is not None else None


def held_message(until: str) -> str:
    return f"held until {until} (embargo)"


def _held(task: Task, release: Release, lifted: str | None,
          stamp: tuple[str, int, int, str] | None) -> list[PairResult]:
    """A release embargoed past the build's instant: nothing of it is written. (One
    whose instant cannot be read is held too.) The pages an earlier build wrote of it,
    in any locale, are taken down by the parent, which has their record lines and so
    removes only what communique wrote, as a withdrawal does (`Build._take_down_pair`):
    publishing the build folder must not publish its text. Its stamp is recorded: till
    the instant, a holding build need not read it again."""
    from zoneinfo import ZoneInfo

    embargo = release.meta.embargo
    assert embargo is not None
    instant = embargo_instant(embargo.value)
    until = embargo.value  # (as written when it cannot be read, or its zone is unknown)
    if instant is not None:
        with suppress(ValueError, LookupError):  # (an unknown zone: validate says so)
            until = instant.astimezone(ZoneInfo(embargo.zone)).strftime("%Y-%m-%d %H:%M %Z")
    shown = display(task.release)
    return [PairResult(shown, locale, Status.HELD, release.id, path=task.release,
                       inputs=(stamp,), embargo=lifted, held=until)
            for locale in task.locales]


def _failed(task: Task, exc: InputError) -> list[PairResult]:
    """A release that cannot be built in any of the task's locales: nothing written."""
    issues = (_input_error(exc),)
    return [PairResult(display(task.release), locale, Status.FAILED, issues=issues,
                       path=task.release) for locale in task.locales]


@dataclass(frozen=True, slots=True)
class _Translated:
    """A pair translated, its page not yet written."""

    locale: str
    release: Release  # localised
    page: PageContext  # without the versions
    result: PairResult  # what it is once written (CHECKED: not written)
    version: str  # as its release's pages list it (`version_of`)


def _unended(catalog: Translations | Catalog, data: bytes) -> tuple[int, int, str, str] | None:
    """The header line of a catalog that lacks its ``\\n`` before another field's
    (`unended_field`): noted as the header was read, or found from its fields."""
    if isinstance(catalog, Translations):
        return catalog.unended
    if not maybe_unended(catalog):
        return None
    return unended_field(data.decode("utf-8", "replace").splitlines())


def _unended_warning(shown: str, unended: tuple[int, int, str, str]) -> Issue:
    """header-line-end, as validate reports it (an error there): build reads no header
    field, but msgfmt and every other tool would read that field as part of the other."""
    line, column, text, following = unended
    return warning(shown, line, "header-line-end", unended_message(text, following), column)


def _translate_pair(release: Release, stamp: Any, shown: str, job: LocaleJob,
                    ctx: Context, messages: Messages, path: str,
                    data: bytes) -> _Translated | PairResult:
    """A pair translated and ready to write, or its result when it will not be
    written (skipped below min-coverage, failed). `path`: the release's, absolute;
    `data`: its bytes, as parsed."""
    try:
        return _translate(release, stamp, shown, job, ctx, messages, path, data)
    except InputError as exc:
        return PairResult(shown, job.locale, Status.FAILED, release.id,
                          issues=(_input_error(exc),), path=path)


def _finish(pair: _Translated | PairResult, versions: tuple[str, ...],
            ctx: Context, images: dict[str, str]) -> PairResult:
    """A translated pair's outputs written, its page linking `versions` (the release's,
    as `page_versions` has the page list them), its figures' `images` where the build
    copies them (`PageContext.images`)."""
    if isinstance(pair, PairResult):
        # (a pair skipped has its earlier pages taken down by the parent: `Build._lines`)
        return pair
    if not ctx.write:
        return pair.result
    # Paths as str: each pathlib join costs more than the rest of this glue.
    base = f"{ctx.output_folder(pair.locale)}{os.sep}{pair.release.id}"
    xml_path = base + ".xml"
    html_path = base + ".html"
    compare = pair.locale not in ctx.new_folders
    try:
        return _write(pair, versions, ctx, images, xml_path, html_path, compare)
    except OSError as exc:
        if exc.errno in _DEVICE_ERRORS:
            raise  # (no other page can be written either: the build stops, and says so)
        return _unwritable(pair.result, exc)


# Write errors that are the file system's, not one output's: a full disk or quota, a
# read-only or failing mount. Any other (a folder, or a read-only file, under a page's
# name; a name too long) is the pair's: it fails, and the build goes on.
_DEVICE_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EIO,
                            errno.EMFILE, errno.ENFILE, errno.ENOMEM})


def _unwritable(result: PairResult, exc: OSError) -> PairResult:
    """A pair whose output could not be written (`exc`, naming it): failed, with the
    one line that says which and why."""
    return _failed_by(result, _write_error(exc, result.release))


def _write_error(exc: OSError, release: str) -> Issue:
    """The one line of an output not written (no line or column: no input is at fault),
    naming the file `exc` names, else the `release` (shown) it was for."""
    where = display(exc.filename) if exc.filename else release
    return error(where, 0, "output-unwritable", f"cannot write: {exc.strerror or exc}")


def _failed_by(result: PairResult, issue: Issue) -> PairResult:
    return replace(result, status=Status.FAILED, issues=(*result.issues, issue),
                   index=None, inputs=(), feed=())


def _uncopied(pairs: list[_Translated | PairResult], issue: Issue) -> list[PairResult]:
    """A release's pairs when one of its photos cannot be copied (`issue` says which
    and why): each that was to be written fails, nothing written; its page of an
    earlier build stays, listed and linked as its record has it."""
    return [pair if isinstance(pair, PairResult) else _failed_by(pair.result, issue)
            for pair in pairs]


def _write(pair: _Translated, versions: tuple[str, ...], ctx: Context,
           images: dict[str, str], xml_path: str, html_path: str,
           compare: bool) -> PairResult:
    write_bytes(xml_path, write_release(pair.release), if_changed=compare)
    versions = page_versions(pair.locale, versions)
    # A pseudo page is no version of the release for search engines: none links it, and
    # its region is no country (XA, XB, XC are ISO 3166's codes for private use). Nor is
    # a page that another version's page stands for (`page_versions`).
    real = not is_pseudo_locale(pair.locale) and pair.version in versions
    page = replace(pair.page, versions=tuple(map(version_locale, versions)),
                   version_languages=version_languages(versions), alternates=real,
                   images=images,
                   default_version=ctx.default_version(versions) if real else None)
    write_bytes(html_path, release_page(pair.release, page), if_changed=compare)
    # Stamped here, in the worker, rather than by the parent when it records the result:
    # the stat calls of a 10,000-release build then run in parallel.
    written = tuple((info.st_size, info.st_mtime_ns)
                    for info in (os.stat(xml_path), os.stat(html_path)))
    return replace(pair.result, status=Status.BUILT, outputs=(xml_path, html_path),
                   written=written, versions=versions,
                   language=pair.version.partition(_IN)[2] or None)


def _translate(release: Release, stamp: Any, shown: str, job: LocaleJob, ctx: Context,
               messages: Messages, path: str, data: bytes) -> _Translated | PairResult:
    locale = job.locale
    catalog_path = ctx.catalog(locale, release.id)
    catalog_found = read_with_status(catalog_path)
    catalog_shown = display(catalog_path)
    catalog = unended = None
    if catalog_found is not None:
        catalog = parse_translations(catalog_found[0], catalog_shown)
        unended = _unended(catalog, catalog_found[0])
    page_lang = html_lang(locale)
    try:
        translation = translate_release(
            release, catalog, page_lang,
            formatter=None if job.source else _memo(locale, job.settings, ctx.engine),
            catalog_path=catalog_shown, release_path=shown, source_locale=job.source,
            messages=messages)
    except InvalidValue as exc:
        line = exc.span.line if exc.span is not None else 0
        raise InputError(shown, f"cannot format for {locale}: {exc}", line) from exc
    embargo = release.meta.embargo
    embargo_text = None
    if embargo is not None:
        try:
            embargo_text = _memo(locale, job.settings, ctx.engine).format_instant(
                embargo.value, job.settings.zone or embargo.zone)
        except ValueError as exc:  # an unknown zone, a time without an offset
            raise InputError(shown, f"embargo: cannot format for {locale}: {exc}",
                             embargo.line) from exc
    inputs = (stamp, input_stamp(catalog_path, catalog_found) if catalog_found is not None
              else (catalog_path, -1, -1, ""))
    localised = translation.release
    coverage = translation.coverage
    issues = translation.issues
    if unended is not None:
        issues = (_unended_warning(catalog_shown, unended), *issues)
    # A release in another language than the source locale's, built into it as it is:
    # its page is in the release's language, and the project is told (its source-locale
    # folder holds a page not in that locale's language; its catalogs translate from it).
    language = localised.lang if localised.lang != page_lang else None
    # (A release in en-GB in an en project is in the source locale's language, only
    # more precisely tagged: its page says en-GB, and nothing is wrong.)
    # Its page is the version in that language, listed as such (`version_of`).
    other = language is not None and not within_language(language, page_lang)
    if other:
        # At the root element's line, where validate points for the same xml:lang.
        issues = (*issues, warning(
            shown, root_line(data, shown), "release-language",
            f"written in {language} (xml:lang), not in {page_lang}, the source "
            f"locale: its {locale} page is in {language}, and says so"))
    # (A locale left out of the run is only written again, its page's inputs as built
    # with a page: it keeps that verdict, whatever threshold it was built with.)
    if not job.source and coverage.percent < job.min_coverage and job not in ctx.others:
        skip = warning(shown, 0, "coverage-below-minimum",
                       f"{locale}: {coverage.shown()} translated, below min-coverage "
                       f"{job.min_coverage:g}%: not built")
        return PairResult(shown, locale, Status.SKIPPED, release.id, coverage,
                          (*issues, skip), inputs=inputs, path=path,
                          embargo=_recorded_embargo(embargo))
    index = IndexEntry(release.id, localised.title.text,
                       localised.meta.published.get("value") or "",
                       localised.meta.published.text,
                       # set when the title fell back, or is in the release's language
                       localised.title.get(XML_LANG) or language)
    feed: tuple[str | None, ...] = ()
    if ctx.feeds:
        from toolkit.feeds import entry_fields

        feed = tuple(entry_fields(localised, language))
    direction, list_style = _page_style(locale, job.settings, ctx.engine)
    page = PageContext(locale=locale, direction=direction,
                       generator=job.generator, embargo_text=embargo_text, language=language,
                       template=job.template, site_url=ctx.site_url, labels=job.labels,
                       list_style=list_style)
    return _Translated(locale, localised, page,
                       PairResult(shown, locale, Status.CHECKED, release.id, coverage, issues,
                                  index=index, inputs=inputs, path=path, feed=feed,
                                  embargo=_recorded_embargo(embargo)),
                       version_of(locale, language if other else None))


def run_batch(batch: list[Task], ctx: Context) -> list[list[PairResult]]:
    return [build_release(task, ctx) for task in batch]

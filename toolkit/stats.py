"""`stats`: how far each release is translated into each locale.

Counted exactly as `build` counts: per distinct message of the current release (so a
stale catalog's leftover entries do not count, and a missing catalog is all
untranslated), a translation whose tags do not match its source counted as rejected.
Words are the source words a translator has to translate (placeholders excluded).
A release or catalog that cannot be read gives its rows an error instead of counts, and
the rest is still counted, as `build` builds the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from toolkit.config import Config
from toolkit.errors import InputError, UsageError
from toolkit.issues import unreadable
from toolkit.loader import load_release
from toolkit.paths import display
from toolkit.po_read import read_po
from toolkit.translate import Count, Coverage, Messages, translate_release

T = TypeVar("T")


@dataclass(frozen=True)
class StatsRow:
    release: str  # the release id (its file's name when the file cannot be read)
    path: str
    locale: str
    coverage: Coverage | None  # None when `error` says why there is none
    error: InputError | None = None

    def as_dict(self) -> dict[str, Any]:
        found: dict[str, Any] = {"release": self.release, "path": self.path,
                                 "locale": self.locale}
        if self.coverage is None:
            return {**found, "error": str(self.error),
                    "issues": [unreadable(self.error).as_dict()] if self.error else []}
        return {**found, **_counts(self.coverage)}


def _counts(coverage: Coverage) -> dict[str, Any]:
    """A coverage as the JSON of a row and of a locale's totals gives it."""
    return {**coverage.as_dict(),
            "total": {"segments": coverage.total.segments, "words": coverage.total.words},
            "percent": coverage.floored()}


@dataclass(frozen=True)
class LocaleTotals:
    """A locale's counts summed over the releases asked for (`locale_totals`)."""

    locale: str
    coverage: Coverage
    releases: int  # the releases counted
    failed: int = 0  # the releases whose row has an error instead: counted in nothing

    @property
    def label(self) -> str:
        """The totals line's name in the table: "(all)", or how many were counted, so
        that a locale summed over fewer releases than the others is not read as theirs."""
        return "(all)" if not self.failed else f"({self.releases} of " \
            f"{self.releases + self.failed})"

    def as_dict(self) -> dict[str, Any]:
        found: dict[str, Any] = {"releases": self.releases, "failed": self.failed,
                                 **_counts(self.coverage)}
        if not self.releases:  # (no release counted: no share of anything, not 100%)
            found["percent"] = None
        return found


def stats(config: Config, *, locales: Iterable[str] | None = None,
          releases: Iterable[Path] | None = None) -> list[StatsRow]:
    """One row per release and locale, releases in file order, locales as given.

    A release that cannot be read gives each of its locales a row with the error; a
    catalog that cannot be read, its own row.
    """
    wanted = list(dict.fromkeys(locales or config.locales))
    if not wanted:
        raise UsageError("no locales: set locales in the config or pass --locale")
    rows: list[StatsRow] = []
    for path in sorted(releases if releases is not None else config.release_files()):
        shown = display(path)
        try:
            release = _shown(load_release, path)
        except InputError as exc:
            rows.extend(StatsRow(path.stem, shown, locale, None, exc) for locale in wanted)
            continue
        messages: Messages = {}
        for locale in wanted:
            catalog_path = config.catalog(locale, release.id)
            try:
                catalog = _shown(read_po, catalog_path) if catalog_path.exists() else None
            except InputError as exc:
                rows.append(StatsRow(release.id, shown, locale, None, exc))
                continue
            result = translate_release(release, catalog, locale, formatter=None,
                                       source_locale=locale == config.source_locale,
                                       messages=messages)
            rows.append(StatsRow(release.id, shown, locale, result.coverage))
    return rows


def errors(rows: Iterable[StatsRow]) -> list[InputError]:
    """The errors of the rows, each once (a release that cannot be read fails in every
    locale with the same one)."""
    found: dict[str, InputError] = {}
    for row in rows:
        if row.error is not None:
            found.setdefault(str(row.error), row.error)
    return list(found.values())


def _shown(read: Callable[[Path], T], path: Path) -> T:
    """`read(path)`, its error naming the file as the other commands do (relative)."""
    try:
        return read(path)
    except InputError as exc:
        raise exc.shown_as(display(path)) from None


def locale_totals(rows: Iterable[StatsRow]) -> list[LocaleTotals]:
    """Each locale's coverage summed over the releases of `rows`, in the order of the
    rows' locales (as asked), with how many releases were counted and how many not (a
    row with an error: its release or catalog could not be read)."""
    sums: dict[str, tuple[Coverage, int, int]] = {}
    for row in rows:
        coverage, counted, failed = sums.get(row.locale, (Coverage(), 0, 0))
        if row.coverage is None:
            sums[row.locale] = coverage, counted, failed + 1
            continue
        sums[row.locale] = (Coverage(*(getattr(coverage, name) + getattr(row.coverage, name)
                                       for name in _KINDS)), counted + 1, failed)
    return [LocaleTotals(locale, *found) for locale, found in sums.items()]


_KINDS = ("translated", "fuzzy", "untranslated", "rejected")


def render_table(rows: list[StatsRow], *, with_totals: bool = False) -> str:
    """A plain aligned table: segments and words per state, then the percentage; rows
    with an error are left out (`errors` has them). Then a line of each locale's totals
    (`locale_totals`), when more than one release was counted or `with_totals`."""
    header = ["release", "locale", "translated", "fuzzy", "untranslated", "rejected",
              "words", "coverage"]
    body: list[list[str]] = []

    def line(name: str, locale: str, c: Coverage) -> list[str]:
        return [name, locale, *(_cell(getattr(c, k)) for k in _KINDS),
                f"{c.translated.words}/{c.total.words}", c.shown(1)]

    counted = [(row, row.coverage) for row in rows if row.coverage is not None]
    for row, coverage in counted:
        body.append(line(row.release, row.locale, coverage))
    if with_totals or len({row.release for row, _ in counted}) > 1:
        for found in locale_totals(rows):
            if found.releases:  # (a locale none of whose rows was counted has no line)
                body.append(line(found.label, found.locale, found.coverage))
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(len(header))]
    text = []
    for cells in [header, *body]:
        padded = [c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in
                  enumerate(zip(cells, widths, strict=True))]
        text.append("  ".join(padded).rstrip())
    return "\n".join(text) + "\n"


def _cell(count: Count) -> str:
    return str(count.segments)

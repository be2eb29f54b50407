"""Project configuration: `communique.toml`, or `[tool.communique]` in `pyproject.toml`.

Every path is relative to the file that sets it. Command-line flags override fields with
`dataclasses.replace`; nothing here reads the command line.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from toolkit.errors import InputError


@dataclass(frozen=True)
class LocaleSettings:
    """House style for one locale; None means: what CLDR says."""

    time_pattern: str | None = None
    date_pattern: str | None = None
    zone: str | None = None
    calendar: str | None = None
    numbering: str | None = None


@dataclass(frozen=True)
class Config:
    root: Path
    source_locale: str = "en"
    locales: tuple[str, ...] = ()
    releases: Path = Path("releases")
    catalogs: Path = Path("locales")
    output: Path = Path("build")
    min_coverage: float = 0.0
    formatting_engine: str = "auto"
    locale: MappingProxyType[str, LocaleSettings] = field(
        default_factory=lambda: MappingProxyType({}))
    checks: MappingProxyType[str, str] = field(default_factory=lambda: MappingProxyType({}))
    source: Path | None = None  # the file the settings came from, if any

    def settings(self, locale: str) -> LocaleSettings:
        return self.locale.get(locale, LocaleSettings())

    def release_files(self) -> list[Path]:
        return sorted(self.releases.glob("*.xml"))

    def template(self, release_id: str) -> Path:
        return self.catalogs / f"{release_id}.pot"

    def catalog(self, locale: str, release_id: str) -> Path:
        return self.catalogs / locale / "LC_MESSAGES" / f"{release_id}.po"


_LOCALE_KEYS = {
    "time-pattern": "time_pattern",
    "date-pattern": "date_pattern",
    "zone": "zone",
    "calendar": "calendar",
    "numbering": "numbering",
}
_TOP_KEYS = {"source-locale", "locales", "releases", "catalogs", "output", "min-coverage",
             "formatting-engine", "locale", "checks"}


def find_config(start: Path) -> Path | None:
    """The nearest communique.toml, or pyproject.toml with a [tool.communique] table."""
    for folder in (start, *start.parents):
        candidate = folder / "communique.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "communique" in _read_toml(pyproject).get("tool", {}):
            return pyproject
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(path, f"invalid TOML: {exc}") from exc
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from exc


def load_config(start: Path | None = None, explicit: Path | None = None) -> Config:
    """The configuration for a project, or defaults rooted at `start` if there is none."""
    start = (start or Path.cwd()).resolve()
    path = explicit.resolve() if explicit else find_config(start)
    if path is None:
        return Config(root=start, releases=start / "releases", catalogs=start / "locales",
                      output=start / "build")
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("communique", {})
    return parse_config(data, path)


def parse_config(data: dict[str, Any], path: Path) -> Config:
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise InputError(path, f"unknown setting {sorted(unknown)[0]!r}")
    root = path.parent
    locales: dict[str, LocaleSettings] = {}
    for name, table in data.get("locale", {}).items():
        bad = set(table) - set(_LOCALE_KEYS)
        if bad:
            raise InputError(path, f"unknown setting {sorted(bad)[0]!r} in [locale.{name}]")
        locales[name] = LocaleSettings(**{_LOCALE_KEYS[k]: v for k, v in table.items()})
    try:
        min_coverage = float(data.get("min-coverage", 0))
    except (TypeError, ValueError) as exc:
        raise InputError(path, "min-coverage must be a number (percent)") from exc
    engine = data.get("formatting-engine", "auto")
    if engine not in ("auto", "babel", "icu"):
        raise InputError(path, f"formatting-engine must be auto, babel or icu, not {engine!r}")
    return Config(
        root=root,
        source_locale=str(data.get("source-locale", "en")),
        locales=tuple(str(x) for x in data.get("locales", ())),
        releases=root / data.get("releases", "releases"),
        catalogs=root / data.get("catalogs", "locales"),
        output=root / data.get("output", "build"),
        min_coverage=min_coverage,
        formatting_engine=engine,
        locale=MappingProxyType(locales),
        checks=MappingProxyType({str(k): str(v) for k, v in data.get("checks", {}).items()}),
        source=path,
    )

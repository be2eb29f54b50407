"""Project configuration: `communique.toml`, or `[tool.communique]` in `pyproject.toml`.

Every path is relative to the file that sets it. Command-line flags override fields with
`dataclasses.replace`; nothing here reads the command line.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from toolkit.errors import InputError, UsageError, first_conflict
from toolkit.labels import KEYS, Labels
from toolkit.paths import display, files_in

if TYPE_CHECKING:
    from urllib.parse import SplitResult


@dataclass(frozen=True)
class LocaleSettings:
    """House style for one locale; None means: what CLDR says."""

    time_pattern: str | None = None
    date_pattern: str | None = None
    zone: str | None = None
    calendar: str | None = None
    numbering: str | None = None
    # The locale whose CLDR data formats the values, when not the locale's own: a bidi
    # pseudo-locale's (ar-XB) is the source locale, whose text its catalog mirrors.
    data: str | None = None


@dataclass(frozen=True)
class Config:
    root: Path
    source_locale: str = "en"
    locales: tuple[str, ...] = ()
    releases: Path = Path("releases")
    catalogs: Path = Path("locales")
    output: Path = Path("build")
    min_coverage: float = 0.0
    # The min-coverage of the locales that set their own in [locale.LL] (a press office
    # gates its main languages at 100% and a new one lower).
    min_coverages: MappingProxyType[str, float] = field(
        default_factory=lambda: MappingProxyType({}))
    formatting_engine: str = "auto"
    locale: MappingProxyType[str, LocaleSettings] = field(
        default_factory=lambda: MappingProxyType({}))
    checks: MappingProxyType[str, str] = field(default_factory=lambda: MappingProxyType({}))
    source: Path | None = None  # the file the settings came from, if any
    # The page template (`toolkit.page_template`) of every locale, and of those that set
    # their own in [locale.LL]; None: standalone pages.
    html_template: Path | None = None
    html_templates: MappingProxyType[str, Path] = field(
        default_factory=lambda: MappingProxyType({}))
    # The fixed words of a locale's pages the project gives ([locale.LL.labels]), as
    # (key, words) pairs: a language `toolkit.labels` does not know, or a house's own.
    labels: MappingProxyType[str, tuple[tuple[str, str], ...]] = field(
        default_factory=lambda: MappingProxyType({}))
    # Where the build folder is published ("https://www.mofa.example/press/"): the
    # absolute addresses of the Atom feeds and the sitemap. None: neither is written.
    site_url: str | None = None
    # Whether a build holds back the releases still under embargo (`build
    # --hold-embargoed`): for the build that is published.
    hold_embargoed: bool = False
    # Who publishes a release normalize finds no publisher on: a press office's own
    # project, whose releases it publishes all (not an override: a publisher the page
    # names is kept).
    default_publisher: str | None = None
    # The column extract and update wrap PO strings at (`--width`, `--no-wrap` override
    # it), None: not wrapped. A translators' repository kept by Weblate (77) or another
    # editor stays in its width, and an update is not a diff of every long message.
    po_width: int | None = 79
    # Where translators write about a source text (an e-mail or web address): each
    # template's Report-Msgid-Bugs-To, which update copies into the catalogs and PO
    # editors show (xgettext's --msgid-bugs-address). None: the field stays empty.
    msgid_bugs_address: str | None = None

    def settings(self, locale: str) -> LocaleSettings:
        from toolkit.formatting import is_bidi_pseudo_locale

        if locale not in self.locale and is_bidi_pseudo_locale(locale):
            # Its text is the source's, turned right to left (`toolkit.pseudo`): its
            # values are the source's too, as ICU's ar-XB is English data, not Arabic.
            return replace(self.settings(self.source_locale), data=self.source_locale)
        return self.locale.get(locale, LocaleSettings())

    def coverage_minimum(self, locale: str | None) -> float:
        """The min-coverage of `locale`: its own, else the project's (also for a
        catalog whose locale is not known)."""
        if locale is None:
            return self.min_coverage
        return self.min_coverages.get(locale, self.min_coverage)

    def page_labels(self, locale: str) -> Labels:
        """The fixed words of `locale`'s pages: the project's, else the built-in ones."""
        return Labels(locale, self.labels.get(locale, ()))

    def page_template(self, locale: str) -> Path | None:
        """The HTML template `locale`'s pages are written into, if any."""
        return self.html_templates.get(locale, self.html_template)

    def release_files(self) -> list[Path]:
        return files_in(self.releases, "*.xml")

    def template(self, release_id: str) -> Path:
        return self.catalogs / f"{release_id}.pot"

    def catalog(self, locale: str, release_id: str) -> Path:
        return self.catalogs / locale / "LC_MESSAGES" / f"{release_id}.po"

    def locale_tag(self, tag: str) -> str:
        """The project's spelling of a locale tag typed on the command line.

        BCP 47 tags are case-insensitive, and gettext writes them with ``_``: ``JA``,
        ``ja_jp`` and ``ja-JP`` are one tag each, and must find the one folder of it
        (``locales/ja/``, ``build/ja/``), not start a second, untranslated one. A tag
        that is a configured locale (the source locale included) is spelt as configured;
        else as a folder of the catalogs already spells it (a pseudo-locale, a locale
        started by ``update --locale`` before it is configured); else in BCP 47's
        conventional case (``en-XA``, ``zh-Hant``), its separator as typed. A different
        tag is a different locale, as in gettext: ``ja-JP`` is not ``ja``.
        """
        key = _tag_key(tag)
        for known in (self.source_locale, *self.locales):
            if _tag_key(known) == key:
                return known
        try:
            folders = sorted(entry.name for entry in os.scandir(self.catalogs)
                             if entry.is_dir())
        except OSError:  # no catalogs yet
            folders = []
        if tag in folders:
            return tag
        for folder in folders:
            if _tag_key(folder) == key:
                return folder
        return _conventional_case(tag)


def _tag_key(tag: str) -> str:
    """What two spellings of one locale tag share."""
    return tag.replace("_", "-").casefold()


# Patterns of paths few runs take (a locale typed in another case, a refused setting)
# are kept as text, compiled by `re` when first used: compiling one at import cost every
# command ~0.7M instructions.
_SUBTAGS = r"[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*"


def _conventional_case(tag: str) -> str:
    """A tag in BCP 47's conventional case: language lower, a script title case, a
    region upper (``EN-xa`` -> ``en-XA``, ``zh_hant`` -> ``zh_Hant``); anything after a
    singleton (``-u-``, ``-x-``) lower. A tag of another form is left as typed."""
    if not re.fullmatch(_SUBTAGS, tag):
        return tag
    parts = re.split(r"([-_])", tag)
    out = [parts[0].lower()]
    extension = False
    for index in range(2, len(parts), 2):
        subtag = parts[index]
        extension = extension or len(subtag) == 1
        if not extension and len(subtag) == 4 and subtag.isalpha():
            subtag = subtag.title()
        elif not extension and len(subtag) == 2 and subtag.isalpha():
            subtag = subtag.upper()
        else:
            subtag = subtag.lower()
        out += [parts[index - 1], subtag]
    return "".join(out)


_LOCALE_KEYS = {
    "time-pattern": "time_pattern",
    "date-pattern": "date_pattern",
    "zone": "zone",
    "calendar": "calendar",
    "numbering": "numbering",
}
# Settings of [locale.LL] that are no formatting house style (not in LocaleSettings).
_LOCALE_PAGE_KEYS = {"html-template", "labels", "min-coverage"}
# The keys of [locale.LL.labels], spelt as the config spells its settings.
_LABEL_KEYS = {key.replace("_", "-"): key for key in KEYS}
_TOP_KEYS = {"source-locale", "locales", "releases", "catalogs", "output", "min-coverage",
             "formatting-engine", "locale", "checks", "html-template", "site-url",
             "hold-embargoed", "default-publisher", "msgid-bugs-address", "po-width"}


_FOLDERS = {"releases": "releases", "catalogs": "locales", "output": "build"}
_TOML_PLACE = r" \(at (?:line (\d+), column (\d+)|end of document)\)$"  # (as _SUBTAGS)


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


def config_of_files(named: Iterable[str | Path]) -> Path | None:
    """The config nearest above the named files and folders that exist (a release id
    names none), when they are all of one project: None when none is above any of them;
    `UsageError` when they are of two.

    For a run from outside every project: pre-commit runs its hooks at the repository's
    root with the changed files' paths from there, and a project in a folder of it
    (``l10n/communique.toml``) was not found, so its files were checked without its
    settings (its [checks], its source locale) and its releases without their templates.
    """
    found: dict[Path, Path | None] = {}  # by folder, as many files share one
    configs: dict[Path, None] = {}
    for name in named:
        path = Path(name)
        if not path.exists():
            continue
        folder = (path if path.is_dir() else path.parent).resolve()
        if folder not in found:
            found[folder] = find_config(folder)
        config = found[folder]
        if config is not None:
            configs[config] = None
    if len(configs) > 1:
        raise UsageError("the files given are of more than one project ("
                         f"{', '.join(display(c) for c in configs)}): give --config, once "
                         "for each project's files")
    return next(iter(configs), None)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(path, "not UTF-8, which TOML requires",
                         data.count(b"\n", 0, exc.start) + 1) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib says where only in its message ("... (at line 3, column 12)"); moved to
        # the error's place, so the line reads path:line:col like every other.
        message, line, column = str(exc), 0, 0
        found = re.search(_TOML_PLACE, message)
        if found:
            message = message[:found.start()]
            if found.group(1):
                line, column = int(found.group(1)), int(found.group(2))
            else:  # "at end of document": the last line
                line = text.count("\n") + (not text.endswith("\n"))
        conflict = first_conflict(data, path, line)
        if conflict is not None:  # not tomllib's "Invalid statement" for a merge left open
            raise conflict from None
        raise InputError(path, f"invalid TOML: {message}", line, column) from None


_TABLE = r"\s*\[\s*([^\[\]]+?)\s*\]\s*(?:#.*)?$"  # (as _SUBTAGS)


def did_you_mean(typed: str, known: Iterable[str]) -> str:
    """``"; did you mean 'x'?"`` for the known name nearest a typo, or nothing."""
    import difflib

    near = difflib.get_close_matches(typed, list(known), n=1, cutoff=0.75)
    return f"; did you mean {near[0]!r}?" if near else ""


def setting_place(path: Path, key: str, table: str = "") -> tuple[int, int]:
    """The line and column of `key` (in `table`, e.g. ``locale.ja``) in a config file,
    or (0, 0); the column is the key's first character (its quote, if quoted).

    tomllib gives no places for what it parsed well, and a setting refused afterwards (an
    unknown key, an unknown locale, a folder that does not exist) is easier to mend with
    the place it is at; GitHub places an annotation (`--format github`) at a column only
    when it is given one. A key spelt as TOML allows it in a table header of its own is
    found; one written inside an inline table or as a dotted key is not ((0, 0): the
    file). Looked for only once a setting is refused: a valid config costs nothing.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return 0, 0
    prefix = "tool.communique" if path.name == "pyproject.toml" else ""
    wanted = ".".join(part for part in (prefix, table) if part)
    table_header = re.compile(_TABLE)
    assignment = re.compile(r"(\s*)[\"']?" + re.escape(key) + r"[\"']?\s*=")
    current = ""
    for number, line in enumerate(lines, 1):
        header = table_header.match(line)
        if header:
            current = ".".join(part.strip().strip("\"'")
                               for part in header.group(1).split("."))
        elif current == wanted and (found := assignment.match(line)):
            return number, len(found.group(1)) + 1
    return 0, 0


def load_config(start: Path | None = None, explicit: Path | None = None,
                named: Iterable[str | Path] = ()) -> Config:
    """The configuration for a project, or defaults rooted at `start` if there is none.

    With none at or above `start`, the one nearest above the files and folders `named`
    (`config_of_files`)."""
    start = (start or Path.cwd()).resolve()
    try:
        # (find_config reads a pyproject.toml to see whether it is communique's)
        path = explicit.resolve() if explicit else find_config(start) or config_of_files(named)
        if path is None:
            return Config(root=start, releases=start / "releases",
                          catalogs=start / "locales", output=start / "build")
        data = _read_toml(path)
        if path.name == "pyproject.toml":
            data = data.get("tool", {}).get("communique", {})
        return parse_config(data, path)
    except InputError as exc:  # named as typed, like every other input
        exc.path = display(exc.path)
        raise


def parse_config(data: dict[str, Any], path: Path) -> Config:
    unknown = set(data) - _TOP_KEYS
    if unknown:
        key = sorted(unknown)[0]
        raise InputError(path, f"unknown setting {key!r}" + did_you_mean(key, _TOP_KEYS),
                         *setting_place(path, key))
    root = path.parent
    locales: dict[str, LocaleSettings] = {}
    templates: dict[str, Path] = {}
    labels: dict[str, tuple[tuple[str, str], ...]] = {}
    minimums: dict[str, float] = {}
    for name, table in _table(data, "locale", path).items():
        where = f"[locale.{name}]"
        if not isinstance(table, dict):
            raise InputError(path, f"{where} must be a table of settings")
        bad = set(table) - set(_LOCALE_KEYS) - _LOCALE_PAGE_KEYS
        if bad:
            key = sorted(bad)[0]
            raise InputError(path, f"unknown setting {key!r} in {where}"
                             + did_you_mean(key, {*_LOCALE_KEYS, *_LOCALE_PAGE_KEYS}),
                             *setting_place(path, key, f"locale.{name}"))
        if "labels" in table:
            table = dict(table)
            labels[name] = _check_labels(table.pop("labels"), name, path)
        if "min-coverage" in table:
            table = dict(table)
            minimums[name] = _check_coverage(table.pop("min-coverage"), f"min-coverage in "
                                             f"{where}", path, f"locale.{name}")
        for key, value in table.items():
            _check_text(value, f"{key} in {where}", path, key, f"locale.{name}")
        if "html-template" in table:
            table = dict(table)
            templates[name] = root / table.pop("html-template")
        if "zone" in table:
            _check_zone(table["zone"], name, path)
        for key in ("time-pattern", "date-pattern"):
            if key in table and table[key].replace("''", "").count("'") % 2:
                raise InputError(path, f"{key} in {where} has a quote (') that is not "
                                 f"closed: {table[key]!r}; write '' for a quote itself",
                                 *setting_place(path, key, f"locale.{name}"))
        locales[name] = LocaleSettings(**{_LOCALE_KEYS[k]: v for k, v in table.items()})
    min_coverage = _check_coverage(data.get("min-coverage", 0), "min-coverage", path)
    engine = data.get("formatting-engine", "auto")
    if engine not in ("auto", "babel", "icu"):
        raise InputError(path, f"formatting-engine must be auto, babel or icu, not {engine!r}",
                         *setting_place(path, "formatting-engine"))
    folders = {key: _check_text(data.get(key, default), key, path)
               for key, default in _FOLDERS.items()}
    for key, folder in folders.items():
        # A file of the name: releases = "afile" was said not to exist, catalogs =
        # "afile" built every page untranslated (exit 0), output = "afile" failed on its
        # record's file inside it.
        if os.path.exists(root / folder) and not os.path.isdir(root / folder):
            raise InputError(path, f"{key} ({folder!r}) is a file, not a folder: correct "
                             f"`{key}` in the config", *setting_place(path, key))
    if os.path.realpath(root / folders["output"]) == os.path.realpath(
            root / folders["releases"]):
        # The build writes index.html, a folder per locale and (with a site-url)
        # sitemap.xml there: a sitemap among the releases, every later extract, build
        # and validate failed on it ("not a release"), until it was found and deleted.
        raise InputError(path, f"output ({folders['output']!r}) is the releases folder: "
                         "the build would write its pages, and a sitemap, among the "
                         'releases; choose another folder (output = "build")',
                         *setting_place(path, "output"))
    releases = root / folders["releases"]
    if (os.path.realpath(releases.parent) == os.path.realpath(root / folders["output"])
            and _locale_folder(releases.name)):
        # The build writes a locale's pages into output/<locale>/ as <id>.xml: releases
        # = "build/ja" had the ja build overwrite every release with its translation, and
        # ja taken out of locales then withdrew them, the folder with them.
        raise InputError(path, f"releases ({folders['releases']!r}) is the folder the build "
                         f"writes the {releases.name} pages into (output "
                         f"{folders['output']!r}): each would overwrite its release; "
                         'choose another folder (releases = "releases")',
                         *setting_place(path, "releases"))
    source_locale = _check_text(data.get("source-locale", "en"), "source-locale", path)
    targets = data.get("locales", [])
    if not isinstance(targets, list):
        raise InputError(path, f'locales must be a list such as ["ja", "ru"], not {targets!r}',
                         *setting_place(path, "locales"))
    for key, locale in (("source-locale", source_locale), *(("locales", t) for t in targets)):
        _check_locale(_check_text(locale, key, path), path, key)
    seen: dict[str, str] = {}
    for tag in targets:
        if _tag_key(tag) in seen:
            # zh-CN and zh_CN are one locale to every command, but each entry got its
            # own catalogs and build folder: the translators' work split in two.
            first = seen[_tag_key(tag)]
            raise InputError(path, f"locales names one locale twice ({first!r} and {tag!r}: "
                             "case and - or _ do not matter); keep one",
                             *setting_place(path, "locales"))
        seen[_tag_key(tag)] = tag
    checks = _table(data, "checks", path)
    # (Read by build and validate, which say when it is missing or no page template.)
    template = data.get("html-template")
    if template is not None:
        _check_text(template, "html-template", path)
    site_url = data.get("site-url")
    if site_url is not None:
        _check_site_url(_check_text(site_url, "site-url", path), path)
    default_publisher = data.get("default-publisher")
    if default_publisher is not None:
        _check_line(_check_text(default_publisher, "default-publisher", path),
                    "default-publisher", "give the organisation's name", path)
    bugs_address = data.get("msgid-bugs-address")
    if bugs_address is not None:
        _check_line(_check_text(bugs_address, "msgid-bugs-address", path),
                    "msgid-bugs-address", "give an e-mail or web address", path)
    hold = data.get("hold-embargoed", False)
    if not isinstance(hold, bool):
        raise InputError(path, f"hold-embargoed must be true or false, not {hold!r}",
                         *setting_place(path, "hold-embargoed"))
    po_width = data.get("po-width", Config.po_width)
    if po_width is not False and (isinstance(po_width, bool) or not isinstance(po_width, int)
                                  or po_width < 20):
        raise InputError(path, "po-width must be a number of columns, 20 or more, or false "
                         f"(no wrapping), not {po_width!r}", *setting_place(path, "po-width"))
    return Config(
        root=root,
        source_locale=source_locale,
        locales=tuple(targets),
        releases=root / folders["releases"],
        catalogs=root / folders["catalogs"],
        output=root / folders["output"],
        min_coverage=min_coverage,
        min_coverages=MappingProxyType(minimums),
        formatting_engine=engine,
        locale=MappingProxyType(locales),
        checks=MappingProxyType({str(k): str(v) for k, v in checks.items()}),
        source=path,
        html_template=root / template if template is not None else None,
        html_templates=MappingProxyType(templates),
        labels=MappingProxyType(labels),
        site_url=site_url,
        hold_embargoed=hold,
        default_publisher=default_publisher,
        msgid_bugs_address=bugs_address,
        po_width=po_width or None,
    )


def _table(data: dict[str, Any], key: str, path: Path) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        # `locale = ["fr", "ar"]` is the likeliest slip: the list of locales is `locales`.
        hint = (f'; to list the locales, write locales = {value!r}'.replace("'", '"')
                if key == "locale" and isinstance(value, list) else "")
        raise InputError(path, f"{key} must be a table ([{key}...]), not {value!r}{hint}",
                         *setting_place(path, key))
    return value


def _check_coverage(value: object, what: str, path: Path, table: str = "") -> float:
    """A min-coverage (`what` names it, in `table`): a percentage."""
    if isinstance(value, bool) or not isinstance(value, int | float) \
            or not 0 <= value <= 100:
        raise InputError(path, f"{what} must be a number from 0 to 100 (percent), "
                         f"not {value!r}", *setting_place(path, "min-coverage", table))
    return float(value)


def _check_text(value: object, what: str, path: Path, key: str | None = None,
                table: str = "") -> str:
    """`value`, refused unless a string; `what` names it in the message, and is the key
    whose place is given unless `key` (in `table`) is."""
    if not isinstance(value, str):
        raise InputError(path, f"{what} must be a string, not {value!r}",
                         *setting_place(path, key or what, table))
    return value


def _check_labels(value: object, name: str, path: Path) -> tuple[tuple[str, str], ...]:
    """A locale's own fixed words ([locale.LL.labels]), as (key, words) pairs. Refused:
    what a page could not show as written: a key no page has, a value that is no text,
    an empty one (a nav link and a heading with no words), a line break or control
    character (none belongs in a heading, and the feed's XML cannot hold most), an
    embargo line without exactly one ``{time}`` (the instant was left out, or shown
    twice)."""
    where = f"[locale.{name}.labels]"
    if not isinstance(value, dict):
        raise InputError(path, f"labels in [locale.{name}] must be a table ({where}) of "
                         f"{', '.join(_LABEL_KEYS)}, not {value!r}",
                         *setting_place(path, "labels", f"locale.{name}"))
    own = []
    for key, words in value.items():
        problem = None
        if key == "published":
            # (a key of earlier versions, which no page ever showed)
            problem = (f"published in {where} is no label: a page's dateline gives the "
                       "release's date without one; remove it")
        elif key not in _LABEL_KEYS:
            problem = (f"unknown label {key!r} in {where}" + did_you_mean(key, _LABEL_KEYS)
                       + f" (the labels are {', '.join(_LABEL_KEYS)})")
        elif not isinstance(words, str):
            problem = f"{key} in {where} must be a string, not {words!r}"
        elif not words.strip():
            problem = (f"{key} in {where} is empty: give the words, or leave the key out "
                       "for the built-in ones")
        elif any(ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 or ch in "\uFFFE\uFFFF"
                 for ch in words):
            problem = f"{key} in {where} must be one line of text, not {words!r}"
        elif key == "embargo" and words.count("{time}") != 1:
            problem = (f"embargo in {where} must hold {{time}} once, where the instant "
                       f"goes (\"Embargo: {{time}}\"), not {words!r}")
        if problem is not None:
            # (a key of an inline table, labels = {...}, is found at its table's place)
            line, column = setting_place(path, key, f"locale.{name}.labels")
            if not line:
                line, column = setting_place(path, "labels", f"locale.{name}")
            raise InputError(path, problem, line, column)
        own.append((_LABEL_KEYS[key], words))
    return tuple(sorted(own))


def _check_line(value: str, key: str, wanted: str, path: Path) -> None:
    """One line of text with something in it. msgid-bugs-address: a PO header field
    ends at its line's end, so a line break would write a field of its own into every
    template. default-publisher: normalize writes it into releases, and a character XML
    cannot hold (NUL, U+0001) was refused as the input's ("a.html: error: U+0000 is a
    character XML cannot hold: remove it from the input"), not the config's."""
    problem = None
    if not value.strip():
        problem = f"{key} is empty: {wanted}, or leave the setting out"
    elif not value.isprintable():
        problem = f"{key} must be one line of text, not {value!r}"
    if problem is not None:
        raise InputError(path, problem, *setting_place(path, key))


def _check_site_url(url: str, path: Path) -> None:
    """The address the build folder is published at, as feeds and sitemaps need it:
    absolute http(s), with a host, ending in / (a page's address is the folder's with
    ``ja/<id>.html`` added), nothing a reader's copy would not share (query, fragment,
    credentials), and in ASCII, as sitemaps ask (a host in punycode, a path
    percent-encoded)."""
    from urllib.parse import urlsplit

    problem = None
    try:
        parts = urlsplit(url)
        port_ok = parts.port is None or parts.port > 0
    except ValueError:
        parts, port_ok = None, False
    if parts is None or not port_ok:
        problem = "is no URL"
    elif parts.scheme not in ("http", "https") or not parts.hostname:
        problem = "is not an absolute http or https URL"
    elif not url.isascii() or any(ch.isspace() or ch in '"<>\\^`{|}' for ch in url):
        problem = "must be ASCII without spaces or quotes (percent-encode the path)"
        ascii_form = _ascii_url(parts)
        if ascii_form is not None:  # (what a browser's address bar would make of it)
            problem = (f"must be ASCII without spaces or quotes (the host in punycode, the "
                       f"path percent-encoded: {ascii_form!r})")
    elif parts.query or parts.fragment or "#" in url or "?" in url:
        problem = "must have no query or fragment"
    elif parts.username is not None:
        problem = "must hold no user name or password"
    elif not parts.path.endswith("/"):
        problem = "must end in / (the folder the build is published in)"
    if problem is not None:
        raise InputError(path, f"site-url {problem}: {url!r}; for example "
                         '"https://www.example.org/press/"', *setting_place(path, "site-url"))


def _ascii_url(parts: SplitResult) -> str | None:
    """An address in ASCII, as a browser sends it: the host in IDNA's punycode, the
    path's other characters percent-encoded (UTF-8). None when the host is no name."""
    from urllib.parse import quote

    host = parts.netloc
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    path = quote(parts.path, safe="/%!$&'()*+,;=:@~-._")
    return f"{parts.scheme}://{host}{path}"


def _check_zone(zone: str, locale: str, path: Path) -> None:
    """An IANA zone name, checked here: the formatters would fail on it mid-build.
    `locale`: the [locale.LL] table that sets it."""
    from zoneinfo import ZoneInfo

    try:
        ZoneInfo(zone)
    except (KeyError, ValueError, OSError):  # ZoneInfoNotFoundError is a KeyError
        raise InputError(path, f"zone in [locale.{locale}]: unknown time zone {zone!r} "
                         "(expected an IANA name such as Asia/Tokyo)",
                         *setting_place(path, "zone", f"locale.{locale}")) from None


def _locale_folder(name: str) -> bool:
    """Whether a folder's name is a locale's that a build could write its pages into:
    a tag CLDR has data for, or a pseudo-locale (en-XA)."""
    from toolkit.errors import UsageError
    from toolkit.formatting import babel_locale_for, is_pseudo_locale

    if _babel_has_file(name) or is_pseudo_locale(name):
        return True
    try:
        babel_locale_for(name)
    except (UsageError, ValueError):
        return False
    return True


def _check_locale(locale: str, path: Path, key: str) -> None:
    """A locale CLDR has data for; otherwise every command would fail its own way later
    (or, for stats and validate, quietly count a locale nobody can build). `key`: the
    setting that names it, whose line the message gives."""
    if _babel_has_file(locale):
        return
    from toolkit.errors import UsageError
    from toolkit.formatting import babel_locale_for

    try:
        babel_locale_for(locale)
    except UsageError as exc:
        raise InputError(path, str(exc), *setting_place(path, key)) from None


# A tag in Babel's own spelling (language, then script and region: ja, pt_BR, zh_Hant_TW;
# `-` is read as `_`, as `babel_locale_for` reads it).
_BABEL_TAG = re.compile(r"[a-z]{2,3}(?:_[A-Z][a-z]{3})?(?:_[A-Z]{2}|_[0-9]{3})?")


def _babel_has_file(locale: str) -> bool:
    """Whether Babel ships the CLDR data file of a tag in its own spelling: then
    `babel_locale_for` accepts it (Babel's `Locale` takes any such tag whose file it has),
    and the check needs no import of Babel, ~20M instructions (5%) of the start-up of
    the commands that format nothing (extract). Any other tag (a pseudo-locale, another
    case or spelling, an alias, a gettext modifier) is for `babel_locale_for` to judge."""
    from importlib.util import find_spec  # (loaded already by Python's start-up)

    tag = locale.replace("-", "_")
    if _BABEL_TAG.fullmatch(tag) is None:
        return False
    spec = find_spec("babel")  # (found, not imported)
    folders = (spec.submodule_search_locations if spec is not None else None) or []
    return any(os.path.isfile(os.path.join(folder, "locale-data", f"{tag}.dat"))
               for folder in folders)

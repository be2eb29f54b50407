"""A copy of the sample project in a temporary folder, for build and stats tests."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RELEASE_ID = "japan-kyrgyz-fm-meeting-2022"
LOCALES = ("ja", "ky", "ru", "ar")

# The sample project's settings, with the engine pinned so golden files do not depend on
# whether the ICU extra is installed.
CONFIG = """\
source-locale = "en"
locales = ["ja", "ky", "ru", "ar"]
releases = "releases"
catalogs = "locales"
output = "build"
min-coverage = {min_coverage}
formatting-engine = "babel"

[locale.en]
time-pattern = "h:mm a"
zone = "Asia/Tokyo"

[locale.ja]
zone = "Asia/Tokyo"

[locale.ky]
zone = "Asia/Bishkek"

[locale.ru]
zone = "Europe/Moscow"

[locale.ar]
zone = "Asia/Riyadh"
"""


def make_project(root: Path, *, min_coverage: float = 0, site_url: str | None = None) -> Path:
    """The sample project (release, four catalogs, config) copied under `root`; with
    `site_url`, published there (feeds and a sitemap)."""
    (root / "releases").mkdir(parents=True)
    shutil.copy(REPO / "releases" / f"{RELEASE_ID}.xml", root / "releases")
    for locale in LOCALES:
        folder = root / "locales" / locale / "LC_MESSAGES"
        folder.mkdir(parents=True)
        shutil.copy(REPO / "locales" / locale / "LC_MESSAGES" / f"{RELEASE_ID}.po", folder)
    site = f'site-url = "{site_url}"\n' if site_url else ""  # (a top-level key: first)
    (root / "communique.toml").write_text(site + CONFIG.format(min_coverage=min_coverage),
                                          encoding="utf-8")
    return root


def japanese_project(root: Path) -> Path:
    """The sample release and its template under `root`, configured for Japanese only,
    without catalogs: what the command-line tests of extract and pseudo start from."""
    (root / "releases").mkdir()
    (root / "locales").mkdir()
    shutil.copy(REPO / "releases" / f"{RELEASE_ID}.xml", root / "releases")
    shutil.copy(REPO / "locales" / f"{RELEASE_ID}.pot", root / "locales")
    (root / "communique.toml").write_text('source-locale = "en"\nlocales = ["ja"]\n',
                                          encoding="utf-8")
    return root


def files(root: Path) -> list[Path]:
    """Every file and folder under `root`, relative to it: to see that nothing was written."""
    return sorted(p.relative_to(root) for p in root.rglob("*"))


def catalog_path(root: Path, locale: str, release_id: str = RELEASE_ID) -> Path:
    return root / "locales" / locale / "LC_MESSAGES" / f"{release_id}.po"


def set_msgstr(po: Path, msgid_start: str, msgstr: str, *, fuzzy: bool = False) -> int:
    """Replace the translation of the entry whose msgid starts with `msgid_start`.

    Returns the line of that entry's msgid keyword. Works on the text, so that the test
    does not depend on the code under test to write catalogs.
    """
    text = po.read_text(encoding="utf-8")
    blocks = text.split("\n\n")
    for i, block in enumerate(blocks):
        msgid = _msgid(block)
        if msgid is not None and msgid.startswith(msgid_start):
            head = block[:block.index("msgstr")]
            if fuzzy and "#, fuzzy" not in head:
                head = re.sub(r"^(msgid )", "#, fuzzy\nmsgid ", head, count=1, flags=re.M)
            blocks[i] = head + "msgstr " + _quote(msgstr)
            new = "\n\n".join(blocks)
            po.write_text(new, encoding="utf-8")
            offset = new.index(blocks[i])
            line = new.count("\n", 0, offset) + 1
            return line + blocks[i].splitlines().index(
                next(x for x in blocks[i].splitlines() if x.startswith("msgid ")))
    raise AssertionError(f"no msgid starting with {msgid_start!r} in {po}")


def _msgid(block: str) -> str | None:
    match = re.search(r'^msgid ((?:".*"\n?)+)', block, re.M)
    if not match:
        return None
    parts = re.findall(r'"((?:[^"\\]|\\.)*)"', match.group(1))
    return "".join(parts).replace('\\"', '"').replace("\\\\", "\\")


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'

"""The sample project's catalogs: complete, markup-safe, and written as a ministry writes.

The repository is its own sample project, so its ja, ky, ru and ar catalogs are held to
what a release desk would require before publishing: every message translated and
reviewed (not fuzzy), every translation's tags accepted by the placeholder protocol that
build uses, the CLDR plural header, each script's own punctuation, and the names of the
two ministers in the fixed forms of the house style.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from babel.messages import plurals

from toolkit.catalog import Catalog
from toolkit.config import load_config
from toolkit.loader import load_release
from toolkit.placeholders import Message, parse_translation, segment_message
from toolkit.po_read import read_po

REPO = Path(__file__).resolve().parent.parent
RELEASE_ID = "japan-kyrgyz-fm-meeting-2022"
CONFIG = load_config(REPO)
LOCALES = ("ja", "ky", "ru", "ar")

# The ministers' names as the house style writes them in each language (surname first,
# as the source and Japan's Ministry write Japanese names; the Kyrgyz minister as his own
# ministry spells him).
NAMES = {
    "ja": ("林芳正", "ジェエンベク・クルバエフ"),
    "ky": ("Хаяси Ёсимаса", "Жээнбек Кулубаев"),
    "ru": ("Хаяси Ёсимаса", "Жээнбеком Кулубаевым"),
    "ar": ("هاياشي يوشيماسا", "جينبيك كولوباييف"),
}

TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*/?>")
LATIN = re.compile(r"[A-Za-z]")


def messages() -> dict[str, Message]:
    release = load_release(REPO / "releases" / f"{RELEASE_ID}.xml")
    return {m.msgid: m for m in map(segment_message, release.segments())}


def catalog(locale: str) -> Catalog:
    return read_po(CONFIG.catalog(locale, RELEASE_ID))


def prose(msgstr: str) -> str:
    """The translator's own text: the msgstr without its placeholder tags."""
    return TAG.sub(" ", msgstr)


def test_the_sample_project_targets_exactly_these_locales():
    assert set(CONFIG.locales) == set(LOCALES)


@pytest.mark.parametrize("locale", LOCALES)
def test_catalog_holds_every_message_of_the_release_and_nothing_else(locale):
    assert {e.msgid for e in catalog(locale).live()} == set(messages())
    assert catalog(locale).obsolete == ()


@pytest.mark.parametrize("locale", LOCALES)
def test_every_message_is_translated_and_reviewed(locale):
    pending = [e.msgid for e in catalog(locale).live() if not e.translated]
    assert pending == []


@pytest.mark.parametrize("locale", LOCALES)
def test_header_names_the_language_and_its_cldr_plural_rule(locale):
    header = catalog(locale).header
    plural = plurals.get_plural(locale)
    assert header["Language"] == locale
    assert header["Content-Type"] == "text/plain; charset=UTF-8"
    assert header["Plural-Forms"] == (
        f"nplurals={plural.num_plurals}; plural={plural.plural_expr};")


@pytest.mark.parametrize("locale", LOCALES)
def test_every_translation_keeps_the_tags_of_its_source(locale):
    sources = messages()
    for entry in catalog(locale).live():
        # raises PlaceholderError, naming the tag, for a dropped, added or renamed tag
        parse_translation(entry.msgstr, sources[entry.msgid])


@pytest.mark.parametrize("locale", LOCALES)
def test_references_point_at_the_source_lines(locale):
    release = load_release(REPO / "releases" / f"{RELEASE_ID}.xml")
    lines: dict[str, set[int]] = {}
    for segment in release.segments():
        lines.setdefault(segment_message(segment).msgid, set()).add(segment.line)
    for entry in catalog(locale).live():
        assert {line for _, line in entry.references} == lines[entry.msgid]
        assert {path for path, _ in entry.references} == {
            f"releases/{RELEASE_ID}.xml"}


@pytest.mark.parametrize("locale", LOCALES)
def test_no_english_is_left_in_the_translators_text(locale):
    # Latin letters outside tags mean a phrase was left untranslated; the untranslatable
    # names (its:translate="no") are empty tags, so they are not counted here.
    leftovers = {e.msgid: LATIN.findall(prose(e.msgstr)) for e in catalog(locale).live()}
    assert {k: v for k, v in leftovers.items() if v} == {}


@pytest.mark.parametrize("locale", LOCALES)
def test_the_ministers_are_named_in_the_house_forms(locale):
    first = catalog(locale).lookup(next(m for m in messages() if m.startswith("On <date/>")))
    assert first is not None
    for name in NAMES[locale]:
        assert name in first.msgstr


def test_japanese_uses_japanese_punctuation():
    for entry in catalog("ja").live():
        text = prose(entry.msgstr)
        assert not re.search(r"[.,:;()]", text), entry.msgstr
        if entry.msgid.endswith("."):
            assert entry.msgstr.endswith("。"), entry.msgstr


def test_arabic_uses_arabic_commas_and_full_stops():
    for entry in catalog("ar").live():
        assert "," not in prose(entry.msgstr), entry.msgstr
        if entry.msgid.endswith("."):
            assert entry.msgstr.endswith("."), entry.msgstr


@pytest.mark.parametrize("locale", ["ky", "ru"])
def test_cyrillic_translations_quote_with_guillemets(locale):
    for entry in catalog(locale).live():
        assert '"' not in entry.msgstr
        if entry.msgid.endswith("."):
            assert entry.msgstr.endswith("."), entry.msgstr


def test_ordinal_anniversary_reads_as_an_ordinal_in_each_language():
    # <number/> renders as a plain numeral, so the ordinal marker is the translator's.
    subtitle = "Talks on the <number/> anniversary of diplomatic relations"
    expected = {"ja": "<number/>周年", "ky": "<number/> жылдыгы", "ru": "<number/>-летия",
                "ar": "الذكرى الـ<number/>"}
    for locale, form in expected.items():
        entry = catalog(locale).lookup(subtitle)
        assert entry is not None
        assert form in entry.msgstr


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext is not installed")
@pytest.mark.parametrize("locale", LOCALES)
def test_msgfmt_accepts_the_catalog(locale, tmp_path):
    result = subprocess.run(
        ["msgfmt", "-c", "--check-format", "-o", str(tmp_path / "out.mo"),
         str(CONFIG.catalog(locale, RELEASE_ID))],
        capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr, result.stderr

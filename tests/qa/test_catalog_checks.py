"""The header checks of a catalog file: its Language names its folder's locale."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.catalog import Catalog
from toolkit.qa.catalog_checks import check_header, locale_of

HEADER = (("Content-Type", "text/plain; charset=UTF-8"),)


def language_findings(folder: str, language: str) -> list[str]:
    path = Path("locales") / folder / "LC_MESSAGES" / "x.po"
    catalog = Catalog(header_fields=(*HEADER, ("Language", language)))
    return [f.message for f in check_header(catalog, locale_of(path), template=False)
            if f.code == "header-language"]


@pytest.mark.parametrize(("folder", "language"), [
    # gettext's spelling of Serbian Latin (msginit, Poedit, GNOME, Weblate's folders)
    # and BCP 47's name one locale, which build formats in as sr_Latn.
    ("sr-Latn", "sr@latin"),
    ("sr@latin", "sr-Latn"),
    ("sr_Latn", "sr@latin"),
    ("sr-Latn-RS", "sr_RS@latin"),  # glibc's name, and Poedit's with a country
    ("pt_BR", "pt-BR"),
    ("pt-BR", "pt_BR"),
    ("zh-Hant", "zh_Hant"),
    ("en-XA", "en_XA"),
])
def test_two_spellings_of_one_locale_match(folder, language):
    assert language_findings(folder, language) == []


@pytest.mark.parametrize(("folder", "language"), [
    ("sr-Latn", "sr"),  # Serbian in Cyrillic, CLDR's default script for sr
    ("sr", "sr@latin"),
    ("sr@latin", "hr"),
    ("pt-BR", "pt-PT"),
    ("pt_BR", "es"),
])
def test_another_locale_is_refused(folder, language):
    assert language_findings(folder, language) == [
        f"Language {language!r} does not match the catalog's folder {folder!r}"]

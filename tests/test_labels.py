"""The fixed words of a built page: every language the labels know has all of them, and
a page in one of those languages shows no English word of the build's own."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from toolkit.html_writer import PageContext, release_page
from toolkit.labels import FALLBACK, LABELS, label
from toolkit.loader import load_release

SAMPLE = (Path(__file__).resolve().parent.parent / "releases"
          / "japan-kyrgyz-fm-meeting-2022.xml")


@pytest.mark.parametrize("locale", sorted(LABELS))
def test_every_language_has_every_label_and_a_place_for_the_time(locale: str):
    assert set(LABELS[locale]) == set(LABELS[FALLBACK])
    assert LABELS[locale]["embargo"].count("{time}") == 1


@pytest.mark.parametrize(("locale", "direction", "words"), [
    # A Polish and a Hebrew page said "Press releases" and "Embargoed until" in English,
    # with nothing marking them as English (WCAG 2.1 SC 3.1.2).
    ("pl", "ltr", ("Komunikaty prasowe", "Embargo do ", "Języki")),
    ("he", "rtl", ("הודעות לעיתונות", "אמברגו עד ", "שפות")),
])
def test_a_page_of_a_language_the_labels_know_has_its_own_words(locale, direction, words):
    context = PageContext(locale, direction, "g", embargo_text="noon",
                          versions=("en", locale))
    doc = lxml.html.document_fromstring(release_page(load_release(SAMPLE), context))
    nav, embargo = doc.find(".//nav"), doc.find_class("embargo")[0]
    assert (nav[0].text, embargo.text, doc.find_class("versions")[0].get("aria-label")) \
        == words


def test_a_region_takes_its_languages_words_and_an_unknown_language_english():
    assert label("pt_BR", "press_releases") == "Comunicados de imprensa"
    assert label("sw", "press_releases") == "Press releases"

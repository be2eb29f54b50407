"""Pseudo translations: visibly translated, longer, and always valid for the build."""

from __future__ import annotations

import re
from pathlib import Path

from toolkit.extract import extract_template
from toolkit.loader import load_release
from toolkit.placeholders import parse_translation, segment_message
from toolkit.pseudo import pseudo_catalog, pseudo_text
from toolkit.translate import translatable_segments

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "releases" / "japan-kyrgyz-fm-meeting-2022.xml"


def test_letters_are_accented_and_tags_kept():
    text = pseudo_text("On <date/>, <person>Mr. HAYASHI</person> met &amp; talked.")
    assert text.startswith("⟦") and text.endswith("⟧")
    assert "<date/>" in text and "<person>" in text and "</person>" in text
    assert "&amp;" in text
    assert "ĤÅÝÅŠĤÎ" in text
    prose = re.sub(r"<[^>]*>|&amp;", "", text)
    assert not any(ch in prose for ch in "aeiouAEIOU")


def test_text_grows_by_about_forty_percent():
    source = "The two ministers exchanged views on regional affairs"
    assert len(pseudo_text(source)) >= len(source) * 1.3


def test_every_pseudo_translation_passes_the_placeholder_check():
    release = load_release(SAMPLE)
    template = extract_template(release, "releases/x.xml", "en")
    catalog = pseudo_catalog(template, "en-XA", (("Language", "en-XA"),))
    for segment in translatable_segments(release):
        message = segment_message(segment)
        entry = catalog.lookup(message.msgid)
        assert entry is not None and entry.translated
        parse_translation(entry.msgstr, message)  # raises PlaceholderError if not

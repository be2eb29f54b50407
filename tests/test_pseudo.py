"""Pseudo translations: visibly translated, longer, and always valid for the build."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from toolkit.extract import extract_template
from toolkit.loader import load_release
from toolkit.placeholders import parse_translation, segment_message
from toolkit.pseudo import bidi_text, pseudo_catalog, pseudo_text, term_messages
from toolkit.qa.translation_checks import Pair, check_translation, term_tags
from toolkit.translate import translatable_segments

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "releases" / "japan-kyrgyz-fm-meeting-2022.xml"
QA_RELEASE = REPO / "tests" / "fixtures" / "qa" / "project" / "releases" / "qa-sample.xml"


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


# What a careful translator copies verbatim, pseudo keeps: validate's translation checks
# (url-changed, email-changed, term-changed...) must find nothing in a pseudo catalog.
@pytest.mark.parametrize("msgid", [
    "Details are published at https://www.mofa.go.jp/press/ (in Japanese and English).",
    "Enquiries: press@mofa.go.jp",
    "See www.mofa.go.jp, or write to info@mofa.go.jp.",
    "Query https://example.org/search?q=aid&amp;lang=en for more.",
    "The site www.<em>example</em>.org is <b>new</b>.",
    "Mail <b>desk@example.org</b> (press only).",
    "Links: (https://example.org/a_(b)) and ftp://files.example.org/x.",
    "Both https://example.org/contact and contact@example.org, twice: contact@example.org",
    " Leading and trailing white space ",
])
def test_urls_e_mail_addresses_and_edge_white_space_pass_the_translation_checks(msgid):
    pseudo = pseudo_text(msgid)
    assert check_translation(Pair(msgid, pseudo, None, "en-XA")) == []
    assert pseudo != msgid and re.search("[åéîöû]", pseudo)  # the prose is still accented


def test_an_its_term_is_kept_and_the_rest_accented():
    release = load_release(QA_RELEASE)
    terms = term_messages(release)
    [message] = [m for m in terms.values() if "<abbr>" in m.msgid]
    pseudo = pseudo_text(message.msgid, term_tags(message))
    assert pseudo == "⟦Ţĥé <abbr>ODA</abbr> Çĥåŕţéŕ ĝûîđéš ţĥé þŕöĝŕåɱɱé. ············⟧"
    assert check_translation(Pair(message.msgid, pseudo, message, "en-XA")) == []


@pytest.mark.parametrize("source", [SAMPLE, QA_RELEASE], ids=["sample", "qa"])
def test_a_pseudo_catalog_passes_every_translation_check(source):
    release = load_release(source)
    template = extract_template(release, "releases/x.xml", "en")
    catalog = pseudo_catalog(template, "en-XA", (("Language", "en-XA"),),
                             term_messages(release))
    for segment in translatable_segments(release):
        message = segment_message(segment)
        entry = catalog.lookup(message.msgid)
        assert entry is not None
        assert check_translation(Pair(message.msgid, entry.msgstr, message, "en-XA")) == []


# The bidi pseudo-locale (region XB: ar-XB, as in ICU, Android and Chromium) previews a
# right-to-left layout: each word reads right to left, inside RLO ... PDF.
RLO, PDF = "\u202e", "\u202c"


def test_bidi_text_overrides_each_word_and_keeps_tags_numbers_and_links():
    text = bidi_text("On <date/>, <person>Mr. HAYASHI</person> met 3 &amp; Japan's "
                     "press@mofa.go.jp ")
    assert text == (f"{RLO}On{PDF} <date/>, <person>{RLO}Mr{PDF}. {RLO}HAYASHI{PDF}"
                    f"</person> {RLO}met{PDF} 3 &amp; {RLO}Japan's{PDF} press@mofa.go.jp ")


def test_a_bidi_catalog_is_right_to_left_and_every_entry_parses_and_passes_the_checks():
    release = load_release(QA_RELEASE)
    template = extract_template(release, "releases/x.xml", "en")
    catalog = pseudo_catalog(template, "ar-XB", (("Language", "ar-XB"),),
                             term_messages(release))
    for segment in translatable_segments(release):
        message = segment_message(segment)
        entry = catalog.lookup(message.msgid)
        assert entry is not None and entry.translated
        assert RLO in entry.msgstr and entry.msgstr.count(RLO) == entry.msgstr.count(PDF)
        assert not re.search("[⟦⟧·]", entry.msgstr)  # neither bracketed nor lengthened
        parse_translation(entry.msgstr, message)  # raises PlaceholderError if not
        assert check_translation(Pair(message.msgid, entry.msgstr, message, "ar-XB")) == []
        # what a reader sees, overrides aside, is the source
        assert entry.msgstr.replace(RLO, "").replace(PDF, "") == message.msgid


@pytest.mark.parametrize("locale", ["en-XA", "en-XC", "ja-XA"])
def test_the_other_pseudo_locales_stay_accented(locale):
    template = extract_template(load_release(SAMPLE), "releases/x.xml", "en")
    catalog = pseudo_catalog(template, locale, (("Language", locale),))
    assert all(e.msgstr == pseudo_text(e.msgid) for e in catalog.entries)

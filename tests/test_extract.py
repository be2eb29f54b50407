"""Extraction: what a translator is given for each release.

Golden cases: tests/fixtures/catalogs/extract/<case>/release.xml → expected.pot (set
COMMUNIQUE_REGENERATE=1 to rewrite them, then read the diff). The sample project's own
template in locales/ is held to what extract gives today.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from toolkit.catalog import Catalog
from toolkit.cli.app import app
from toolkit.extract import (
    TEMPLATE_FLAGS,
    extract_template,
    template_header,
    template_messages,
)
from toolkit.loader import load_release, parse_release
from toolkit.model import Figure, ListBlock, Meta, Release, Segment, Span
from toolkit.normalize import Options, normalize
from toolkit.placeholders import parse_translation, segment_message
from toolkit.po_read import parse_po, read_po
from toolkit.po_write import format_dated, format_po, format_template
from toolkit.release_xml import write_release
from toolkit.translate import translatable_segments
from toolkit.vocabulary import ITS_TRANSLATE

REPO = Path(__file__).resolve().parent.parent
CASES = Path(__file__).parent / "fixtures" / "catalogs" / "extract"
SAMPLE = "japan-kyrgyz-fm-meeting-2022"
REGENERATE = os.environ.get("COMMUNIQUE_REGENERATE") == "1"
MSGFMT = shutil.which("msgfmt")
MSGCAT = shutil.which("msgcat")
DATE = "2023-03-01 00:00+0000"


def _template(case: str) -> Catalog:
    release = load_release(CASES / case / "release.xml")
    return extract_template(release, f"releases/{case}.xml", "en").with_header(
        POT_Creation_Date=DATE)


@pytest.mark.parametrize("case", sorted(p.name for p in CASES.iterdir()))
def test_golden_template(case: str):
    data = format_po(_template(case))
    if REGENERATE:
        (CASES / case / "expected.pot").write_bytes(data)
    assert data == (CASES / case / "expected.pot").read_bytes()


def test_the_sample_template_is_what_extract_gives():
    release = load_release(REPO / "releases" / f"{SAMPLE}.xml")
    committed = read_po(REPO / "locales" / f"{SAMPLE}.pot")
    made = extract_template(release, f"releases/{SAMPLE}.xml", "en").with_header(
        POT_Creation_Date=committed.header["POT-Creation-Date"])
    assert format_po(made) == (REPO / "locales" / f"{SAMPLE}.pot").read_bytes()


@pytest.mark.parametrize("case", sorted(p.name for p in CASES.iterdir()))
@pytest.mark.parametrize("width", [79, 40, None])
def test_the_writer_of_extract_runs_gives_the_bytes_of_the_template(case: str,
                                                                      width: int | None,
                                                                      monkeypatch):
    # extract writes a template from its messages without making a Catalog of Entries
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    release = load_release(CASES / case / "release.xml")
    where = f"press releases/{case}.xml"  # (a folder with a space: references split)
    template = extract_template(release, where, "en")
    messages = [(msgid, comments, references)
                for msgid, comments, references, _ in template_messages(release, where)]
    header = template_header(release, "en")
    expected = format_dated(template, ("POT-Creation-Date",), None, width=width, stamp=DATE)
    made = format_template(header, TEMPLATE_FLAGS, messages, None, width=width, stamp=DATE)
    assert made == expected
    # a file holding these bytes but another date keeps its date (not rewritten)
    older = expected.replace(DATE.encode(), b"2020-01-01 00:00+0000")
    assert format_template(header, TEMPLATE_FLAGS, messages, older, width=width,
                           stamp=DATE) == older


def _by_msgid(case: str) -> dict[str, tuple[str, ...]]:
    return {e.msgid: e.extracted_comments for e in _template(case).entries}


def test_nothing_under_its_translate_no_is_extracted():
    text = " ".join(_by_msgid("its-rules"))
    for hidden in ("stays in English", "Internal note", "Not this one", "Nor this one",
                   "MOFA"):
        assert hidden not in text


def test_identical_segments_share_one_entry_with_every_reference():
    entry = next(e for e in _template("its-rules").entries if e.msgid == "Press Division")
    assert entry.references == (("releases/its-rules.xml", 14), ("releases/its-rules.xml", 22))
    assert entry.extracted_comments[0] == "photo caption"
    assert "list item" in entry.extracted_comments


def test_comments_give_role_notes_and_what_empty_tags_stand_for():
    comments = _by_msgid("its-rules")
    assert comments["For enquiries, contact the <org>Press Division</org> at <number/> p.m. "
                    "or <term/>."] == (
        "paragraph", "<org>: The division's official name.", "<number/>: 3 (number)",
        "<term/>: MOFA (not translated)")
    assert comments["Contact"][:2] == ("title", "note: Keep it short: it is also the page "
                                                "title.")
    assert comments["Trade &amp; investment"] == ("list item",
                                                  "ALERT: Items are topics of the talks.")
    assert comments["The ministers at the table"] == (
        "photo description (alternative text)", "note: Both photos were taken by the "
                                                "ministry.")


def test_typed_values_are_placeholders_not_english_text():
    msgids = list(_by_msgid("its-rules"))
    assert "On <date1/> and <date2/>, <em>the <strong>talks</strong></em> continue." in msgids
    assert not any("March" in m for m in msgids)


def test_the_template_has_no_msgctxt_and_names_its_release():
    template = _template("its-rules")
    assert all(e.msgctxt is None for e in template.entries)
    assert template.header["Project-Id-Version"] == "its-rules"
    assert template.header["X-Source-Language"] == "en"
    assert template.header_flags == ("fuzzy",)


@pytest.mark.skipif(MSGFMT is None, reason="GNU gettext (msgfmt) is not installed")
@pytest.mark.parametrize("case", sorted(p.name for p in CASES.iterdir()))
def test_msgfmt_accepts_the_template(case: str, tmp_path: Path):
    path = tmp_path / "t.pot"
    path.write_bytes(format_po(_template(case)))
    subprocess.run([str(MSGFMT), "-c", "--check-format", "-o", "/dev/null", str(path)],
                   check=True, capture_output=True)


# A `#:` line cannot quote a path: GNU gettext 0.21, polib and po_read read
# "press releases/x.xml:4" as the references "press" and "releases/x.xml:4".
SPACED = "press releases/its-rules.xml"


def test_a_release_folder_with_a_space_gives_the_references_its_file_gives_back():
    release = load_release(CASES / "its-rules" / "release.xml")
    made = extract_template(release, SPACED, "en")
    assert parse_po(format_po(made), "t.pot").entries == made.entries
    entry = next(e for e in made.entries if e.msgid == "Press Division")
    assert entry.references == (("press", None), ("releases/its-rules.xml", 14),
                                ("releases/its-rules.xml", 22))


@pytest.mark.skipif(MSGCAT is None, reason="GNU gettext (msgcat) is not installed")
def test_msgcat_gives_back_a_template_of_a_release_folder_with_a_space(tmp_path: Path):
    release = load_release(CASES / "its-rules" / "release.xml")
    path = tmp_path / "t.pot"
    path.write_bytes(format_po(extract_template(release, SPACED, "en")))
    result = subprocess.run([str(MSGCAT), str(path)], check=True, capture_output=True)
    assert result.stdout == path.read_bytes()


def test_validate_finds_a_template_just_extracted_from_a_folder_with_a_space_fresh(
        tmp_path: Path):
    shutil.copytree(REPO / "releases", tmp_path / "press releases")
    (tmp_path / "communique.toml").write_text(
        'source-locale = "en"\nlocales = ["ja"]\nreleases = "press releases"\n'
        'catalogs = "locales"\noutput = "build"\nmin-coverage = 0\n')
    config = ["--config", str(tmp_path / "communique.toml")]
    for command in (["extract"], ["update"], ["validate"]):
        result = CliRunner().invoke(app, [*command, *config])
        assert result.exit_code == 0, result.output
    template = (tmp_path / "locales" / f"{SAMPLE}.pot").read_text()
    assert f"#: press releases/{SAMPLE}.xml:4\n" in template


def test_the_project_says_where_translators_report_a_problem_with_a_source_text(
        tmp_path: Path):
    """(Report-Msgid-Bugs-To was always empty and could not be set: a press office wants
    its translators to know where to write.)"""
    shutil.copytree(REPO / "releases", tmp_path / "releases")
    config = tmp_path / "communique.toml"
    config.write_text('source-locale = "en"\nlocales = ["ja"]\nmin-coverage = 0\n'
                      'msgid-bugs-address = "l10n@mofa.example"\n')
    options = ["--config", str(config)]
    for command in (["extract"], ["update"], ["validate"]):
        result = CliRunner().invoke(app, [*command, *options])
        assert result.exit_code == 0, result.output
    # in the template, and copied into the catalog by update, as PO editors show it
    for path in (tmp_path / "locales" / f"{SAMPLE}.pot",
                 tmp_path / "locales" / "ja" / "LC_MESSAGES" / f"{SAMPLE}.po"):
        assert read_po(path).header["Report-Msgid-Bugs-To"] == "l10n@mofa.example", path
    # another address: the template is no longer what extract gives
    config.write_text(config.read_text().replace("l10n@", "translators@"))
    result = CliRunner().invoke(app, ["validate", *options])
    assert result.exit_code == 1
    assert "'Report-Msgid-Bugs-To'" in result.stdout and "[template-stale]" in result.stdout


def test_without_the_setting_the_field_is_empty_as_xgettext_leaves_it():
    release = load_release(REPO / "releases" / f"{SAMPLE}.xml")
    assert extract_template(release, "r.xml", "en").header["Report-Msgid-Bugs-To"] == ""


# ---------------------------------------------------------------- generated releases
def test_a_date_range_is_one_placeholder_said_to_be_a_range():
    release = parse_release(
        b'<release xmlns="https://ns.communique.dev/release/1" id="fair" xml:lang="de">'
        b'<meta><publisher>P</publisher><published><date value="2025-03-01" '
        b'skeleton="yMMMMd">1. M\xc3\xa4rz 2025</date></published></meta><title>T</title><body>'
        b'<p>Die Messe findet vom <date value="2025-03-24" end="2025-03-27" '
        b'skeleton="yMMMMd">24. bis 27. M\xc3\xa4rz 2025</date> statt.</p></body></release>')
    template = extract_template(release, "releases/fair.xml", "de")
    [entry] = [e for e in template.entries if e.msgid.startswith("Die Messe")]
    assert entry.msgid == "Die Messe findet vom <date/> statt."
    assert "<date/>: 24. bis 27. März 2025 (date range)" in entry.extracted_comments


def test_an_ordinal_and_a_percentage_are_said_by_their_style():
    release = parse_release(
        b'<release xmlns="https://ns.communique.dev/release/1" id="t" xml:lang="en">'
        b'<meta><publisher>P</publisher><published><date value="2022-12-24" '
        b'skeleton="yMMMMd">December 24, 2022</date></published></meta><title>T</title><body>'
        b'<p>The <number value="30" style="ordinal">30th</number> year: up '
        b'<number value="14" style="percent">14%</number> to <number value="1500">1,500'
        b'</number>.</p></body></release>')
    [entry] = [e for e in extract_template(release, "releases/t.xml", "en").entries
               if e.msgid.startswith("The ")]
    assert entry.extracted_comments[1:] == ("<number1/>: 30th (ordinal)",
                                            "<number2/>: 14% (percent)",
                                            "<number3/>: 1,500 (number)")


def test_a_term_the_translator_must_keep_is_said_to_be_one():
    # validate's `term-changed` refuses any change to an its:term span's text; the msgid
    # shows <term> and <abbr> alike, so only the comment can tell the translator.
    release = parse_release(
        b'<release xmlns="https://ns.communique.dev/release/1" '
        b'xmlns:its="http://www.w3.org/2005/11/its" id="t" xml:lang="en"><meta>'
        b'<publisher>P</publisher><published><date value="2022-12-24" skeleton="yMMMMd">'
        b'December 24, 2022</date></published></meta><title>T</title><body><p>The '
        b'<term its:term="yes">Northshore Express</term> and the <term>grant aid</term> of '
        b'<abbr its:term="yes">ODA</abbr>.</p></body></release>')
    [entry] = [e for e in extract_template(release, "releases/t.xml", "en").entries
               if e.msgid.startswith("The ")]
    assert entry.msgid == "The <term1>Northshore Express</term1> and the <term2>grant " \
        "aid</term2> of <abbr>ODA</abbr>."
    assert entry.extracted_comments == ("paragraph",
                                        '<term1>: a term: keep "Northshore Express" as written',
                                        '<abbr>: a term: keep "ODA" as written')


def test_a_value_whose_period_the_sentence_took_is_shown_with_it():
    # normalize leaves the one full stop of "at 10 a.m." to the sentence
    # (`<time>10 a.m</time>.`, so the message keeps its final stop); the legend shows
    # the time as the source reads it, not as "10 a.m", which looks like a typo.
    release = parse_release(
        b'<release xmlns="https://ns.communique.dev/release/1" '
        b'xmlns:its="http://www.w3.org/2005/11/its" id="t" xml:lang="en">'
        b'<meta><publisher>P</publisher><published><date value="2025-03-03" '
        b'skeleton="yMMMMd">March 3, 2025</date></published></meta><title>T</title><body>'
        b'<p>Doors open at <time value="10:00">10 a.m</time>.</p>'
        b'<p>Talks start at <time value="14:00">2 p.m.</time> and last '
        b'<duration value="PT30M">30 minutes</duration>.</p>'
        b'<p>Se abre a las <time value="09:00">9 a. m</time>. Y cierra en '
        b'<date value="2025-10" skeleton="MMMM">October</date>.</p>'
        b'<p>See <link href="https://www.mofa.go.jp" its:translate="no">www.mofa.go.jp'
        b'</link>.</p></body></release>')
    comments = {e.msgid: e.extracted_comments
                for e in extract_template(release, "releases/t.xml", "en").entries}
    assert comments["Doors open at <time/>."][1:] == ("<time/>: 10 a.m. (time)",)
    # Inside a sentence the period is the abbreviation's own, and a value that is no
    # abbreviation ("30 minutes", "October") never takes the sentence's.
    assert comments["Talks start at <time/> and last <duration/>."][1:] == (
        "<time/>: 2 p.m. (time)", "<duration/>: 30 minutes (duration)")
    assert comments["Se abre a las <time/>. Y cierra en <date/>."][1:] == (
        "<time/>: 9 a. m. (time)", "<date/>: October (date)")
    assert comments["See <link/>."][1:] == ("<link/>: www.mofa.go.jp (not translated)",)


def test_a_date_whose_abbreviated_year_gave_the_sentence_its_period_is_shown_with_it():
    # CLDR writes Russian dates "24 декабря 2025 г." (y 'г'.), and Bulgarian, Belarusian
    # likewise: one letter, not the letter-period-letters of "a.m.". A date's text never
    # ends in a unit written without a period ("10 h" is a time), nor does "2025年" or
    # "24일" (no space) have one to take.
    release = parse_release(
        '<release xmlns="https://ns.communique.dev/release/1" id="t" xml:lang="ru">'
        '<meta><publisher>P</publisher><published><date value="2025-03-03" '
        'skeleton="yMMMMd">3 марта 2025 г</date></published></meta><title>T</title><body>'
        '<p>Встреча прошла <date value="2025-12-24" skeleton="yMMMMd">24 декабря 2025 г'
        '</date>.</p>'
        '<p>Переговоры в <date value="2025" skeleton="y">2025 г</date>, в '
        '<time value="10:00">10 h</time>.</p>'
        '<p>Открытие в <time value="10:00">10 h</time>.</p>'
        '<p>会談は<date value="2025-12-24" skeleton="yMMMMd">2025年12月24日</date>.</p>'
        '</body></release>'.encode())
    comments = {e.msgid: e.extracted_comments
                for e in extract_template(release, "releases/t.xml", "ru").entries}
    assert comments["Встреча прошла <date/>."][1:] == ("<date/>: 24 декабря 2025 г. (date)",)
    # Inside the sentence the text is as written, and a time keeps its own.
    assert comments["Переговоры в <date/>, в <time/>."][1:] == (
        "<date/>: 2025 г (date)", "<time/>: 10 h (time)")
    assert comments["Открытие в <time/>."][1:] == ("<time/>: 10 h (time)",)
    assert comments["会談は<date/>."][1:] == ("<date/>: 2025年12月24日 (date)",)


@pytest.mark.parametrize(("text", "shown"), [
    ("The minister will hold a press conference at 10:00 a.m.", "10:00 a.m."),
    ("The doors open at 9 a.m. The minister will speak first.", "9 a.m."),
])
def test_a_normalized_text_shows_its_time_as_the_source_wrote_it(text: str, shown: str):
    page = f"Ministry of Foreign Affairs\n\nTalks in Tokyo\n\nMarch 3, 2025\n\n{text}\n"
    release = normalize(page.encode(), "notes.txt", Options()).release
    legend = [c for e in extract_template(release, "releases/t.xml", "en").entries
              for c in e.extracted_comments if c.startswith("<time")]
    assert legend[0] == f"<time/>: {shown} (time)"


TEXT = st.text(alphabet=st.sampled_from(list("abcXYZ éü日本كم&<>\"'.,;-\\\u00a0\t") + [" "] * 4),
               min_size=1, max_size=14)
TYPED = st.sampled_from([
    Span("date", (("value", "2022-12-24"), ("skeleton", "MMMMd")), ("December 24",)),
    Span("date", (("value", "2022-12-24"), ("end", "2022-12-26"), ("skeleton", "MMMMd")),
         ("December 24–26",)),
    Span("time", (("value", "14:40"), ("zone", "Asia/Tokyo")), ("2:40 p.m.",)),
    Span("duration", (("value", "PT30M"),), ("30 minutes",)),
    Span("number", (("value", "14"),), ("14",)),
    Span("money", (("value", "2000000"), ("currency", "USD")), ("USD 2 million",)),
])


def _inline(children: st.SearchStrategy) -> st.SearchStrategy:
    plain = st.builds(lambda n, c: Span(n, (), tuple(c)),
                      st.sampled_from(["em", "strong", "person", "org", "place", "term"]),
                      st.lists(children, max_size=3))
    hidden = st.builds(lambda t: Span("term", ((ITS_TRANSLATE, "no"),), (t,)), TEXT)
    return st.one_of(plain, hidden)


CONTENT = st.lists(st.recursive(st.one_of(TEXT, TYPED), _inline, max_leaves=6),
                   min_size=1, max_size=5).map(tuple)


def _segment(name: str) -> st.SearchStrategy[Segment]:
    return st.builds(lambda c: Segment(name, c), CONTENT)


RELEASES = st.builds(
    lambda title, figures, body: Release(
        id="generated", lang="en",
        meta=Meta(publisher=Segment("publisher", ("Ministry",)), published=Span(
            "date", (("value", "2022-12-24"), ("skeleton", "yMMMMd")), ("December 24, 2022",))),
        title=title, figures=tuple(figures), body=tuple(body)),
    _segment("title"),
    st.lists(st.builds(lambda c: Figure("a.jpg", None, c), _segment("caption")), max_size=2),
    st.lists(st.one_of(_segment("p"), _segment("quote"),
                       st.builds(lambda items: ListBlock(tuple(items)),
                                 st.lists(_segment("item"), min_size=1, max_size=3))),
             min_size=1, max_size=4),
)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(RELEASES)
def test_identity_translation_gives_back_every_segment(generated: Release):
    """extract → msgstr = msgid → written and read as PO → each segment's content."""
    release = parse_release(write_release(generated))  # canonical: the reader's whitespace
    template = extract_template(release, "releases/generated.xml", "en")
    identity = replace(template, entries=tuple(replace(e, msgstr=e.msgid)
                                               for e in template.entries))
    catalog = parse_po(format_po(identity), "generated.po")
    assert catalog == identity
    for segment in translatable_segments(release):
        message = segment_message(segment)
        if not message.msgid:
            continue
        entry = catalog.lookup(message.msgid)
        assert entry is not None and entry.translated
        assert parse_translation(entry.msgstr, message) == segment.content


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(RELEASES)
def test_extract_is_deterministic_and_covers_every_segment(generated: Release):
    release = parse_release(write_release(generated))
    first = format_po(extract_template(release, "releases/generated.xml", "en"))
    assert first == format_po(extract_template(release, "releases/generated.xml", "en"))
    msgids = {segment_message(s).msgid for s in translatable_segments(release)} - {""}
    assert {e.msgid for e in parse_po(first, "t.pot").entries} == msgids


def test_one_entry_for_segments_of_different_values_shows_every_value_once():
    # "<number/> countries" said of 3, 5, 3 and 1,000 is one message: a translator who
    # saw only 3 would write the form of 3 (Russian "страны"), wrong for 5 ("стран").
    comments = _by_msgid("repeated-values")
    assert comments["Talks with <number/> countries"][-1] == \
        "<number/>: 3 (number); also 5; also 1,000"
    assert comments["The ministers met on <date/>."][-1] == \
        "<date/>: March 1 (date); also March 2–4 (date range)"
    # Each tag says its own values: the first is the same everywhere.
    assert comments["Aid to <number1/> schools and <number2/> clinics."][-2:] == (
        "<number1/>: 12 (number)", "<number2/>: 3 (number); also 4")

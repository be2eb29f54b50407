"""`update` shows each typed value as the build writes it in the catalog's locale.

The legend says what a placeholder stands for in the source (``<money1/>: 450 million
dollars (money)``); a translator choosing the case and agreement around the value needs
what the page will show in their language, so each catalog has one more ``#.`` line per
typed value: ``<money1/> in pl: 450 milionów dolarów amerykańskich``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.test_catalogs import (
    EPOCH,
    REPO,
    catalog,
    make_project,
    msgfmt_check,
    release_xml,
    run,
)
from toolkit.catalog import Catalog, Entry
from toolkit.config import LocaleSettings
from toolkit.formatting import icu_available
from toolkit.loader import parse_release
from toolkit.model import Span
from toolkit.po_read import read_po
from toolkit.previews import (
    formatting_stamp,
    kept_previews,
    lines_digest,
    preview_line,
    typed_segments,
    with_previews,
)
from toolkit.translatable import translatable_segments
from toolkit.vocabulary import TYPED

MSGMERGE = shutil.which("msgmerge")

AID = ('The grant of <money value="450000000" currency="USD" notation="compact">450 million '
       'dollars</money> runs for <duration value="P3Y">3 years</duration> from '
       '<date value="2022-12-24" skeleton="yMMMMd">24 December 2022</date>.')
AID_ID = ("The grant of <money/> runs for <duration/> from <date/>.")
PLAIN = "The ministers exchanged views on regional affairs."
KEPT = 'The two sides signed <number value="5">five</number> agreements.'
KEPT_ID = "The two sides signed <number/> agreements."
KEPT_TOO = 'The two sides signed <number value="2">two</number> agreements.'


def project(root: Path, *paragraphs: str, locales: tuple[str, ...] = ("pl", "ru", "ja"),
            settings: str = "") -> Path:
    make_project(root, {"aid": release_xml("aid", "Aid", *paragraphs)}, locales)
    if settings:
        with (root / "communique.toml").open("a", encoding="utf-8") as config:
            config.write(settings)
    return root


def extracted(root: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> Path:
    code, _, err = run(root, monkeypatch, "extract")
    assert code == 0, err
    code, _, err = run(root, monkeypatch, "update", *args)
    assert code == 0, err
    return root


def comments(root: Path, locale: str, msgid: str) -> tuple[str, ...]:
    entry = read_po(catalog(root, locale, "aid")).lookup(msgid)
    assert entry is not None
    return entry.extracted_comments


def previews(root: Path, locale: str) -> list[str]:
    return [line for line in catalog(root, locale, "aid").read_text(encoding="utf-8")
            .splitlines() if re.match(r"#\. <\w+/> in ", line)]


# ---------------------------------------------------------------- what the lines say
def test_polish_money_duration_and_date_as_the_build_writes_them(tmp_path, monkeypatch):
    root = extracted(project(tmp_path, AID), monkeypatch)
    assert comments(root, "pl", AID_ID) == (
        "paragraph",
        "<money/>: 450 million dollars (money)",
        "<money/> in pl: 450 milionów dolarów amerykańskich",
        "<duration/>: 3 years (duration)",
        "<duration/> in pl: 3 lata",
        "<date/>: 24 December 2022 (date)",
        "<date/> in pl: 24 grudnia 2022",
    )


def test_russian_lines(tmp_path, monkeypatch):
    root = extracted(project(tmp_path, AID), monkeypatch)
    assert [c for c in comments(root, "ru", AID_ID) if " in ru: " in c] == [
        "<money/> in ru: 450 миллионов долларов США",
        "<duration/> in ru: 3 года",
        "<date/> in ru: 24 декабря 2022\u202fг.",  # (CLDR's narrow no-break space)
    ]


def test_japanese_lines(tmp_path, monkeypatch):
    root = extracted(project(tmp_path, AID), monkeypatch)
    assert [c for c in comments(root, "ja", AID_ID) if " in ja: " in c] == [
        "<money/> in ja: 4.5億米ドル",
        "<duration/> in ja: 3 年",
        "<date/> in ja: 2022年12月24日",
    ]


TRANSLATED = {"pl": "Dotacja w wysokości <money/> trwa <duration/> od <date/>.",
              "ja": "<money/>の無償資金協力は<date/>から<duration/>続く。"}


def translate(root: Path, locale: str, msgid: str, msgstr: str) -> str:
    po = catalog(root, locale, "aid")
    text = po.read_text(encoding="utf-8").replace(f'msgid "{msgid}"\nmsgstr ""',
                                                  f'msgid "{msgid}"\nmsgstr "{msgstr}"')
    po.write_text(text, encoding="utf-8")
    return text


def test_the_lines_are_the_text_of_the_built_page(tmp_path, monkeypatch):
    root = extracted(project(tmp_path, AID), monkeypatch)
    for locale, msgstr in TRANSLATED.items():
        translate(root, locale, AID_ID, msgstr)
    code, _, err = run(root, monkeypatch, "build", "--locale", "pl", "--locale", "ja")
    assert code == 0, err
    for locale in ("pl", "ja"):
        page = (root / "build" / locale / "aid.xml").read_text(encoding="utf-8")
        assert len(previews(root, locale)) == 3
        for line in previews(root, locale):
            tag, text = re.fullmatch(r"#\. <(\w+)/> in \w+: (.*)", line).groups()
            assert f">{text}</{tag}>" in page


def test_the_locales_settings_are_the_builds(tmp_path, monkeypatch):
    # House style replaces CLDR's full date pattern: the line shows it, as the page does.
    root = extracted(project(tmp_path, AID, locales=("ja",),
                             settings='[locale.ja]\ndate-pattern = "y/MM/dd"\n'), monkeypatch)
    assert "<date/> in ja: 2022/12/24" in comments(root, "ja", AID_ID)


@pytest.mark.skipif(not icu_available(), reason="the Japanese calendar needs ICU")
def test_the_locales_calendar_is_the_builds(tmp_path, monkeypatch):
    root = extracted(project(tmp_path, AID, locales=("ja",),
                             settings='[locale.ja]\ncalendar = "japanese"\n'), monkeypatch)
    assert "<date/> in ja: 令和4年12月24日" in comments(root, "ja", AID_ID)


def test_a_message_said_of_several_values_shows_each_once(tmp_path, monkeypatch):
    root = extracted(project(tmp_path, KEPT, KEPT_TOO, KEPT), monkeypatch)
    assert comments(root, "ru", KEPT_ID) == (
        "paragraph", "<number/>: five (number); also two", "<number/> in ru: 5; also 2")


def test_a_value_kept_as_written_has_no_line(tmp_path, monkeypatch):
    # its:translate="no": the build keeps the source text, which the legend shows.
    kept = ('Signed on <date value="2022-12-24" skeleton="yMMMMd" its:translate="no" '
            'xmlns:its="http://www.w3.org/2005/11/its">24 December 2022</date>.')
    root = extracted(project(tmp_path, kept), monkeypatch)
    assert previews(root, "pl") == []


# ---------------------------------------------------------------- where they are not
def test_the_source_locale_has_none(tmp_path, monkeypatch):
    root = extracted(project(tmp_path, AID), monkeypatch, "--locale", "en", "--locale", "pl")
    assert previews(root, "en") == []
    assert previews(root, "pl") != []


def test_the_template_is_unchanged(tmp_path, monkeypatch):
    root = project(tmp_path, AID)
    code, _, err = run(root, monkeypatch, "extract")
    assert code == 0, err
    template = (root / "locales" / "aid.pot").read_bytes()
    extracted(root, monkeypatch)
    assert (root / "locales" / "aid.pot").read_bytes() == template
    assert b" in pl: " not in template and b"<money/>: 450 million dollars (money)" in template
    assert b"#. <money/> in pl: " in catalog(root, "pl", "aid").read_bytes()


def test_an_entry_without_typed_values_is_the_templates(tmp_path, monkeypatch):
    root = extracted(project(tmp_path, AID, PLAIN), monkeypatch)
    template = read_po(root / "locales" / "aid.pot")
    for msgid in (PLAIN, "Aid"):
        assert comments(root, "pl", msgid) == template.lookup(msgid).extracted_comments
    assert comments(root, "pl", AID_ID) != template.lookup(AID_ID).extracted_comments


# ---------------------------------------------------------------- a catalog's life
def test_a_second_update_is_byte_identical(tmp_path, monkeypatch):
    root = extracted(project(tmp_path, AID), monkeypatch)
    before = {ll: catalog(root, ll, "aid").read_bytes() for ll in ("pl", "ru", "ja")}
    assert all(f"#. <date/> in {ll}: ".encode() in before[ll] for ll in before)
    code, out, _ = run(root, monkeypatch, "update")
    assert code == 0 and "3 catalogs: 3 unchanged" in out
    assert {ll: catalog(root, ll, "aid").read_bytes() for ll in before} == before


def test_translations_are_kept_and_the_catalog_passes_validate_and_msgfmt(tmp_path,
                                                                         monkeypatch):
    root = extracted(project(tmp_path, AID, PLAIN), monkeypatch)
    po = catalog(root, "pl", "aid")
    translate(root, "pl", "Aid", "Pomoc")
    translated = translate(root, "pl", AID_ID, TRANSLATED["pl"])
    code, out, err = run(root, monkeypatch, "update")
    assert code == 0, err
    assert po.read_text(encoding="utf-8") == translated
    assert "#. <duration/> in pl: 3 lata" in translated
    assert read_po(po).lookup(AID_ID).translated
    code, out, err = run(root, monkeypatch, "validate")
    assert code == 0, out + err
    assert "no problems" in out + err
    msgfmt_check([catalog(root, ll, "aid") for ll in ("pl", "ru", "ja")])


@pytest.mark.skipif(MSGMERGE is None, reason="GNU gettext (msgmerge) is not installed")
def test_msgmerge_drops_the_lines_update_gives_them_back(tmp_path, monkeypatch):
    """What Weblate's msgmerge add-on does: the lines are the only difference between
    its merge and update's, and the next update writes them again."""
    root = extracted(project(tmp_path, AID, PLAIN, KEPT), monkeypatch)
    po = catalog(root, "pl", "aid")
    ours = po.read_bytes()
    subprocess.run([MSGMERGE, "--quiet", "--previous", "-o", str(po), str(po),
                    str(root / "locales" / "aid.pot")], check=True)
    gnu = po.read_bytes()
    assert gnu != ours
    assert gnu == b"".join(line for line in ours.splitlines(keepends=True)
                           if not re.match(rb"#\. <\w+/> in pl: ", line))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    code, _, err = run(root, monkeypatch, "update")
    assert code == 0, err
    assert po.read_bytes() == ours


def test_an_unreadable_release_leaves_the_catalog_without_lines(tmp_path, monkeypatch):
    root = project(tmp_path, AID)
    code, _, err = run(root, monkeypatch, "extract")
    assert code == 0, err
    (root / "releases" / "aid.xml").write_text("<release>", encoding="utf-8")
    code, _, err = run(root, monkeypatch, "update")
    assert code == 0, err
    assert previews(root, "pl") == []
    assert read_po(catalog(root, "pl", "aid")).lookup(AID_ID) is not None
    assert previews(root, "ru") == []  # (nor any other catalog of the release)


# ---------------------------------------------------------------- the functions
def test_a_line_follows_the_legend_line_of_its_tag():
    entry = Entry("<date/> and <money/>", extracted_comments=(
        "paragraph", "<date/>: today (date)", "<money/>: $1 (money)", "tm: other"))
    obsolete = Entry("<date/> gone", obsolete=True)
    merged = with_previews(Catalog(entries=(entry, obsolete)),
                           {"<date/> and <money/>": (("date", ("dziś",)), ("money", ("1 USD",))),
                            "<date/> gone": (("date", ("x",)),)}, "pl")
    assert merged.entries[0].extracted_comments == (
        "paragraph", "<date/>: today (date)", "<date/> in pl: dziś",
        "<money/>: $1 (money)", "<money/> in pl: 1 USD", "tm: other")
    assert merged.entries[1] == obsolete
    assert preview_line("number", "ru", ["5", "2"]) == "<number/> in ru: 5; also 2"
    nothing = Catalog(entries=(entry,))
    assert with_previews(nothing, {}, "pl") is nothing


def _has_typed(content: tuple) -> bool:
    return any(isinstance(part, Span) and (part.name in TYPED or _has_typed(part.content))
               for part in content)


HIDDEN = """<?xml version="1.0" encoding="UTF-8"?>
<release xmlns="https://ns.communique.dev/release/1"
         xmlns:its="http://www.w3.org/2005/11/its" id="x" xml:lang="en"{root}>
  <meta>
    <publisher>Ministry</publisher>
    <published><date value="2023-03-01" skeleton="yMMMMd">March 1, 2023</date></published>
    <place>Tokyo, <date value="2023-03-01" skeleton="MMMMd">March 1</date></place>
  </meta>
  <title>Talks of <date value="2023-03-01" skeleton="MMMMd">March 1</date></title>
  <figure src="a.jpg"{figure}>
    <caption>The <number value="3">three</number> ministers</caption>
  </figure>
  <body>
    <p its:translate="no">Kept <number value="1">one</number></p>
    <p>About <place>Tokyo <time value="14:40">2:40</time></place> now</p>
    <list{list}>
      <item its:translate="yes">On <money value="5" currency="EUR">5 euros</money></item>
      <item>For <duration value="PT1H">an hour</duration></item>
    </list>
  </body>
</release>
"""


@pytest.mark.parametrize("marks", [("", "", ""), (' its:translate="no"', "", ""),
                                   ("", ' its:translate="no"', ' its:translate="no"')])
def test_the_segments_read_are_the_translatable_ones_with_typed_values(marks):
    """`typed_segments` reads a few segments of a release as the model does: the same
    segments, with the same content, as `translatable_segments` of the whole model."""
    sources = [HIDDEN.format(root=marks[0], figure=marks[1], list=marks[2]).encode()]
    sources += [path.read_bytes() for path in (REPO / "releases").glob("*.xml")]
    for data in sources:
        release = parse_release(data)
        expected = [s for s in translatable_segments(release) if _has_typed(s.content)]
        assert typed_segments(data, "x.xml") == expected
        assert [s.line for s in typed_segments(data, "x.xml")] == [s.line for s in expected]


# ---------------------------------------------------------------- kept, not made again
RECORD = Path("build") / ".communique-update.tsv"


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The releases whose segments update reads for the lines (`typed_segments`)."""
    import toolkit.previews

    read: list[str] = []
    original = toolkit.previews.typed_segments

    def counted(data: bytes, path: str | Path) -> list:
        read.append(Path(path).stem)
        return original(data, path)

    monkeypatch.setattr(toolkit.previews, "typed_segments", counted)
    return read


def all_bytes(root: Path, locales: tuple[str, ...] = ("pl", "ru", "ja")) -> dict[str, bytes]:
    return {ll: catalog(root, ll, "aid").read_bytes() for ll in locales}


def test_an_update_that_changes_nothing_reads_no_release(tmp_path, monkeypatch, reads):
    root = extracted(project(tmp_path, AID, KEPT), monkeypatch)
    assert reads == ["aid"] * 3  # (one catalog a locale)
    assert (root / RECORD).is_file()
    before = all_bytes(root)
    reads.clear()
    code, out, err = run(root, monkeypatch, "update")
    assert code == 0, err
    assert "3 catalogs: 3 unchanged" in out
    assert reads == []
    assert all_bytes(root) == before


def test_a_release_touched_but_the_same_is_not_read_again(tmp_path, monkeypatch, reads):
    # A checkout or a copy gives the file another time: its hash says it is the same.
    root = extracted(project(tmp_path, AID), monkeypatch)
    release = root / "releases" / "aid.xml"
    release.write_bytes(release.read_bytes())
    os.utime(release, ns=(1, 1))
    reads.clear()
    code, _, err = run(root, monkeypatch, "update")
    assert code == 0, err
    assert reads == []


def test_a_translation_saved_keeps_the_lines_without_reading(tmp_path, monkeypatch, reads):
    root = extracted(project(tmp_path, AID), monkeypatch)
    translated = translate(root, "pl", AID_ID, TRANSLATED["pl"])
    reads.clear()
    code, _, err = run(root, monkeypatch, "update")
    assert code == 0, err
    assert reads == []
    assert catalog(root, "pl", "aid").read_text(encoding="utf-8") == translated


def test_a_value_changed_under_the_same_text_makes_the_lines_anew(tmp_path, monkeypatch,
                                                                 reads):
    # The legend shows the text, the same; the line shows the value, corrected.
    root = extracted(project(tmp_path, AID), monkeypatch)
    release = root / "releases" / "aid.xml"
    release.write_text(release.read_text(encoding="utf-8").replace(
        'value="2022-12-24"', 'value="2022-12-25"'), encoding="utf-8")
    code, _, err = run(root, monkeypatch, "extract")
    assert code == 0, err
    reads.clear()
    code, _, err = run(root, monkeypatch, "update")
    assert code == 0, err
    assert reads == ["aid"] * 3
    assert "<date/> in pl: 25 grudnia 2022" in comments(root, "pl", AID_ID)
    assert "<date/>: 24 December 2022 (date)" in comments(root, "pl", AID_ID)


def settle(root: Path, monkeypatch: pytest.MonkeyPatch, config: str) -> None:
    """`config` appended to the project's, then updated."""
    with (root / "communique.toml").open("a", encoding="utf-8") as file:
        file.write(config)
    code, _, err = run(root, monkeypatch, "update")
    assert code == 0, err


def test_a_date_pattern_set_makes_the_lines_anew(tmp_path, monkeypatch, reads):
    root = extracted(project(tmp_path, AID, locales=("ja",)), monkeypatch)
    assert "<date/> in ja: 2022年12月24日" in comments(root, "ja", AID_ID)
    reads.clear()
    settle(root, monkeypatch, '[locale.ja]\ndate-pattern = "y/MM/dd"\n')
    assert reads == ["aid"]
    assert "<date/> in ja: 2022/12/24" in comments(root, "ja", AID_ID)


@pytest.mark.skipif(not icu_available(), reason="the Japanese calendar needs ICU")
def test_a_calendar_set_makes_the_lines_anew(tmp_path, monkeypatch, reads):
    root = extracted(project(tmp_path, AID, locales=("ja",)), monkeypatch)
    settle(root, monkeypatch, '[locale.ja]\ncalendar = "japanese"\n')
    assert "<date/> in ja: 令和4年12月24日" in comments(root, "ja", AID_ID)


def test_another_engine_makes_the_lines_anew(tmp_path, monkeypatch, reads):
    root = project(tmp_path, AID, locales=("ja",))
    text = (root / "communique.toml").read_text(encoding="utf-8")
    (root / "communique.toml").write_text('formatting-engine = "babel"\n' + text,
                                          encoding="utf-8")
    extracted(root, monkeypatch)
    reads.clear()
    (root / "communique.toml").write_text(text, encoding="utf-8")  # auto: ICU when installed
    code, _, err = run(root, monkeypatch, "update")
    assert code == 0, err
    assert reads == (["aid"] if icu_available() else [])


def test_the_stamp_of_the_formatting_is_its_engine_and_settings():
    base = formatting_stamp("ja", LocaleSettings(), "babel")
    assert formatting_stamp("ja", LocaleSettings(), "babel") == base
    assert formatting_stamp("ja", LocaleSettings(date_pattern="y/MM/dd"), "babel") != base
    assert formatting_stamp("ja", LocaleSettings(zone="Asia/Tokyo"), "babel") != base
    assert formatting_stamp("pl", LocaleSettings(), "babel") != base
    if icu_available():
        assert formatting_stamp("ja", LocaleSettings(), "icu") != base


def test_lines_dropped_by_hand_come_back(tmp_path, monkeypatch, reads):
    """Weblate's msgmerge add-on drops them (`test_msgmerge_drops_the_lines...`): the
    catalog no longer has the lines its record says, so the release is read."""
    root = extracted(project(tmp_path, AID, KEPT), monkeypatch)
    before = all_bytes(root)
    po = catalog(root, "ru", "aid")
    po.write_bytes(b"".join(line for line in before["ru"].splitlines(keepends=True)
                            if not line.startswith(b"#. <number/> in ru: ")))
    reads.clear()
    code, _, err = run(root, monkeypatch, "update")
    assert code == 0, err
    assert reads == ["aid"]
    assert all_bytes(root) == before


def test_a_new_message_reads_the_release(tmp_path, monkeypatch, reads):
    root = extracted(project(tmp_path, AID), monkeypatch)
    project(tmp_path, AID, KEPT)
    extracted(root, monkeypatch)
    assert "<number/> in ru: 5" in comments(root, "ru", KEPT_ID)
    assert "<date/> in ru: 24 декабря 2022\u202fг." in comments(root, "ru", AID_ID)


def test_without_the_record_the_lines_are_made_as_before(tmp_path, monkeypatch, reads):
    root = extracted(project(tmp_path, AID, KEPT), monkeypatch)
    before = all_bytes(root)
    (root / RECORD).write_text("not a record", encoding="utf-8")
    reads.clear()
    code, _, err = run(root, monkeypatch, "update")
    assert code == 0, err
    assert reads == ["aid"] * 3
    assert all_bytes(root) == before
    (root / RECORD).unlink()
    code, _, err = run(root, monkeypatch, "update")
    assert code == 0, err
    assert all_bytes(root) == before


def test_a_line_not_after_its_legend_is_not_kept():
    # Lines are kept only as `with_previews` writes them: after their tag's legend line.
    old = Catalog(entries=(Entry("<date/> x", extracted_comments=(
        "paragraph", "<date/> in pl: dziś", "<date/>: today (date)")),))
    merged = Catalog(entries=(Entry("<date/> x", extracted_comments=(
        "paragraph", "<date/>: today (date)")),))
    written = lines_digest(["<date/> in pl: dziś"])
    assert kept_previews(merged, old, "pl", written) is None
    good = Catalog(entries=(Entry("<date/> x", extracted_comments=(
        "paragraph", "<date/>: today (date)", "<date/> in pl: dziś")),))
    assert kept_previews(merged, good, "pl", written) == good
    # Lines other than those written (edited, or dropped by a tool) are made anew.
    assert kept_previews(merged, good, "pl", lines_digest([])) is None
    changed = Catalog(entries=(Entry("<date/> x", extracted_comments=(
        "paragraph", "<date/>: tomorrow (date)")),))
    assert kept_previews(changed, good, "pl", written) is None


def test_a_catalog_the_memory_fills_keeps_its_lines_too(tmp_path, monkeypatch, reads):
    # Filled and written by the parent process after every catalog was read (update's
    # translation memory), its record is the one of what it wrote.
    root = extracted(project(tmp_path, AID, locales=("pl",)), monkeypatch)
    translate(root, "pl", AID_ID, TRANSLATED["pl"])
    (root / "releases" / "copy.xml").write_text(release_xml("copy", "Copy", AID),
                                                encoding="utf-8")
    extracted(root, monkeypatch)
    copy = read_po(catalog(root, "pl", "copy")).lookup(AID_ID)
    assert copy.msgstr == TRANSLATED["pl"] and "tm: aid" in copy.extracted_comments
    assert "<duration/> in pl: 3 lata" in copy.extracted_comments
    before = catalog(root, "pl", "copy").read_bytes()
    reads.clear()
    code, _, err = run(root, monkeypatch, "update")
    assert code == 0, err
    assert reads == []
    assert catalog(root, "pl", "copy").read_bytes() == before

"""`communique extract`, `update` and `pseudo` on whole projects, through the CLI.

Projects are made in tmp_path: a copy of the sample project, or generated releases.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from toolkit.cli.app import app
from toolkit.po_read import parse_po, read_po
from toolkit.po_write import format_po, write_po

REPO = Path(__file__).resolve().parent.parent
SAMPLE = "japan-kyrgyz-fm-meeting-2022"
MSGFMT = shutil.which("msgfmt")
CONFIG = 'source-locale = "en"\nlocales = [{locales}]\n'
EPOCH = "1671868800"  # 2022-12-24 08:00 UTC

RELEASE = """<?xml version="1.0" encoding="UTF-8"?>
<release xmlns="https://ns.communique.dev/release/1" id="{id}" xml:lang="en">
  <meta>
    <publisher>Ministry of Foreign Affairs of Japan</publisher>
    <published><date value="2023-03-01" skeleton="yMMMMd">March 1, 2023</date></published>
  </meta>
  <title>{title}</title>
  <body>
{body}
  </body>
</release>
"""


def release_xml(release_id: str, title: str, *paragraphs: str) -> str:
    body = "\n".join(f"    <p>{p}</p>" for p in paragraphs)
    return RELEASE.format(id=release_id, title=title, body=body)


def make_project(root: Path, releases: dict[str, str], locales: tuple[str, ...] = ("ja",)
                 ) -> Path:
    (root / "releases").mkdir(parents=True, exist_ok=True)
    for release_id, xml in releases.items():
        (root / "releases" / f"{release_id}.xml").write_text(xml, encoding="utf-8")
    (root / "communique.toml").write_text(
        CONFIG.format(locales=", ".join(f'"{ll}"' for ll in locales)), encoding="utf-8")
    return root


def sample_project(root: Path) -> Path:
    """The sample project: its release and its four translated catalogs."""
    make_project(root, {}, ("ja", "ky", "ru", "ar"))
    shutil.copy(REPO / "releases" / f"{SAMPLE}.xml", root / "releases")
    for locale in ("ja", "ky", "ru", "ar"):
        folder = root / "locales" / locale / "LC_MESSAGES"
        folder.mkdir(parents=True)
        shutil.copy(REPO / "locales" / locale / "LC_MESSAGES" / f"{SAMPLE}.po", folder)
    return root


def run(root: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str, str]:
    monkeypatch.chdir(root)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def catalog(root: Path, locale: str, release_id: str) -> Path:
    return root / "locales" / locale / "LC_MESSAGES" / f"{release_id}.po"


def all_catalogs(root: Path) -> list[Path]:
    return sorted((root / "locales").rglob("*.po")) + sorted((root / "locales").glob("*.pot"))


def msgfmt_check(paths: list[Path]) -> None:
    if MSGFMT is None:
        pytest.skip("GNU gettext (msgfmt) is not installed")
    for path in paths:
        subprocess.run([MSGFMT, "-c", "--check-format", "-o", "/dev/null", str(path)],
                       check=True, capture_output=True)


def snapshot(root: Path) -> dict[Path, tuple[bytes, int]]:
    return {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in all_catalogs(root)}


# ---------------------------------------------------------------- the sample project
def test_sample_project_keeps_every_translation(tmp_path, monkeypatch):
    root = sample_project(tmp_path)
    before = {ll: read_po(catalog(root, ll, SAMPLE)) for ll in ("ja", "ky", "ru", "ar")}
    code, out, err = run(root, monkeypatch, "extract")
    assert code == 0, err
    assert "created\tlocales/japan-kyrgyz-fm-meeting-2022.pot" in out
    code, out, err = run(root, monkeypatch, "update")
    assert code == 0, err
    for locale, old in before.items():
        new = read_po(catalog(root, locale, SAMPLE))
        assert [(e.msgid, e.msgstr, e.translated) for e in new.entries] == \
            [(e.msgid, e.msgstr, e.translated) for e in old.entries]
    msgfmt_check(all_catalogs(root))


def test_a_second_run_rewrites_nothing(tmp_path, monkeypatch):
    root = sample_project(tmp_path)
    run(root, monkeypatch, "extract")
    run(root, monkeypatch, "update")
    first = snapshot(root)
    monkeypatch.delenv("SOURCE_DATE_EPOCH")  # the clock: dates are kept when nothing changed
    assert CliRunner().invoke(app, ["extract"]).exit_code == 0
    result = CliRunner().invoke(app, ["update"])
    assert result.exit_code == 0
    assert "4 catalogs: 4 unchanged" in result.stdout
    assert snapshot(root) == first


def test_update_writes_a_catalog_saved_with_a_byte_order_mark_again_without(
        tmp_path, monkeypatch):
    # Read past, but msgfmt, msgcat and msgmerge refuse it and validate says po-bom: an
    # update repairs the file as it writes one of another charset in UTF-8.
    root = sample_project(tmp_path)
    shutil.copy(REPO / "locales" / f"{SAMPLE}.pot", root / "locales")
    po = catalog(root, "ru", SAMPLE)
    text = po.read_bytes()
    po.write_bytes(codecs.BOM_UTF8 + text)
    code, out, err = run(root, monkeypatch, "update", "--format", "json")
    assert code == 0, err
    assert json.loads(out)["summary"] == {"created": 0, "updated": 1, "unchanged": 3,
                                          "failed": 0}
    assert po.read_bytes() == text
    msgfmt_check([po])


def crlf(path: Path, comments: str = "") -> bytes:
    """The file as an editor on Windows saves it: CRLF line ends, `comments` on top."""
    text = comments + path.read_text(encoding="utf-8")
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    return path.read_bytes()


def test_a_crlf_catalog_is_written_back_all_lf_as_msgmerge_writes_its_lines(
        tmp_path, monkeypatch):
    # Never a mix: msgmerge (0.21) writes LF, but keeps the \r of each comment line it
    # copies (a translator's, the header's), so its output mixes the two; an update
    # writes every line with LF, comments too. Left alone, byte for byte, when the
    # catalog needs no change.
    root = sample_project(tmp_path)
    assert run(root, monkeypatch, "extract")[0] == 0
    po = catalog(root, "ru", SAMPLE)
    saved = crlf(po, "# Russian translation.\n# Translator: A.\n#\n")
    code, out, err = run(root, monkeypatch, "update", "--locale", "ru")
    assert (code, "1 catalog: 1 unchanged" in out) == (0, True), err
    assert po.read_bytes() == saved
    release = root / "releases" / f"{SAMPLE}.xml"
    release.write_text(release.read_text(encoding="utf-8").replace(
        "<title>", "<title>New: ", 1), encoding="utf-8")
    assert run(root, monkeypatch, "extract")[0] == 0
    code, out, err = run(root, monkeypatch, "update", "--locale", "ru")
    assert (code, "1 catalog: 1 updated" in out) == (0, True), err
    written = po.read_bytes()
    assert b"\r" not in written
    assert written.startswith(b"# Russian translation.\n# Translator: A.\n#\nmsgid")
    kept = {e.msgstr for e in read_po(po).entries if e.translated or e.fuzzy}
    assert kept >= {e.msgstr for e in parse_po(saved, po).entries if e.translated}
    msgfmt_check([po])


def test_a_pseudo_catalog_of_a_crlf_template_is_all_lf(tmp_path, monkeypatch):
    root = sample_project(tmp_path)
    assert run(root, monkeypatch, "extract")[0] == 0
    crlf(root / "locales" / f"{SAMPLE}.pot", "# Template of the sample.\n")
    code, _, err = run(root, monkeypatch, "pseudo")
    assert code == 0, err
    written = catalog(root, "en-XA", SAMPLE).read_bytes()
    assert b"\r" not in written and written.count(b"\n") > 100


def test_the_committed_sample_catalogs_are_up_to_date(tmp_path, monkeypatch):
    """What `communique update` would write is what the repository holds."""
    root = sample_project(tmp_path)
    shutil.copy(REPO / "locales" / f"{SAMPLE}.pot", root / "locales")
    code, out, err = run(root, monkeypatch, "update", "--format", "json")
    assert code == 0, err
    assert json.loads(out)["summary"]["unchanged"] == 4


def test_source_date_epoch_dates_the_template(tmp_path, monkeypatch):
    root = sample_project(tmp_path)
    run(root, monkeypatch, "extract")
    template = read_po(root / "locales" / f"{SAMPLE}.pot")
    assert template.header["POT-Creation-Date"] == "2022-12-24 08:00+0000"


def test_the_templates_of_one_run_carry_one_date(tmp_path, monkeypatch):
    # As xgettext and msgmerge date what one run writes: the clock is read once, however
    # long the run takes (here a clock that moves a minute at every reading).
    import toolkit.po_write

    class Clock(datetime):
        readings = 0

        @classmethod
        def now(cls, tz=None):  # type: ignore[override]
            cls.readings += 1
            return datetime(2024, 5, 1, 12, cls.readings, tzinfo=tz)

    monkeypatch.setattr(toolkit.po_write, "datetime", Clock)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    root = make_project(tmp_path, {f"r{n}": release_xml(f"r{n}", f"Title {n}", "Text.")
                                   for n in range(3)})
    monkeypatch.chdir(root)
    assert CliRunner().invoke(app, ["extract", "-j", "1"]).exit_code == 0
    dates = {read_po(root / "locales" / f"r{n}.pot").header["POT-Creation-Date"]
             for n in range(3)}
    assert dates == {"2024-05-01 12:01+0000"}


# ---------------------------------------------------------------- changes in a release
PARAGRAPH = ("The two ministers exchanged views on regional affairs, including the "
             "situation in East Asia, and agreed to cooperate {}.")


def test_a_locales_summary_says_how_many_catalogs_it_sums(tmp_path, monkeypatch):
    # "ja: 9 new" read as one release's nine messages; it was three releases' three each.
    root = make_project(tmp_path, {name: release_xml(name, f"Ministers Meet in {name}",
                                                     PARAGRAPH.format(name))
                                   for name in ("tokyo", "bishkek", "osaka")}, ("ja", "ru"))
    run(root, monkeypatch, "extract")
    code, out, err = run(root, monkeypatch, "update", "--locale", "ja")
    assert code == 0, err
    assert "\nja: 9 new in 3 catalogs\n3 catalogs: 3 created\n" in out
    code, out, err = run(root, monkeypatch, "update", "--locale", "ru", "tokyo")
    assert code == 0, err
    assert "\nru: 3 new in 1 catalog\n" in out


def test_the_locales_sums_are_in_the_order_of_the_files_listed(tmp_path, monkeypatch):
    # The files were listed in the config's order (ru before ar), their locales' sums
    # sorted (ar first), in the text and in the JSON's "locales".
    root = make_project(tmp_path, {"tokyo": release_xml("tokyo", "Ministers Meet",
                                                        PARAGRAPH.format("closely"))},
                        ("ru", "ja", "ar"))
    run(root, monkeypatch, "extract")
    code, out, err = run(root, monkeypatch, "update")
    assert code == 0, err
    listed = [line.split("/")[1] for line in out.splitlines() if "\t" in line]
    summed = [line.partition(":")[0] for line in out.splitlines()
              if line.endswith(" catalog")]
    assert listed == summed == ["ru", "ja", "ar"]
    code, out, err = run(root, monkeypatch, "update", "--format", "json")
    assert list(json.loads(out)["locales"]) == ["ru", "ja", "ar"]


def test_changed_and_removed_paragraphs(tmp_path, monkeypatch):
    root = make_project(tmp_path, {"talks": release_xml(
        "talks", "Ministers Meet", PARAGRAPH.format("closely"), "A paragraph to remove.")})
    run(root, monkeypatch, "extract")
    run(root, monkeypatch, "update")
    po = catalog(root, "ja", "talks")
    translations = {"Ministers Meet": ("外相会談", ()),
                    "A paragraph to remove.": ("削除する段落。", ("reviewed",)),
                    PARAGRAPH.format("closely"): ("両大臣は緊密に協力。", ())}
    old = read_po(po)
    write_po(po, replace(old, entries=tuple(
        replace(e, msgstr=translations[e.msgid][0],
                translator_comments=translations[e.msgid][1])
        if e.msgid in translations else e for e in old.entries)))
    assert read_po(po).lookup("Ministers Meet").translated

    (root / "releases" / "talks.xml").write_text(release_xml(
        "talks", "Ministers Meet", PARAGRAPH.format("even more closely")), encoding="utf-8")
    assert run(root, monkeypatch, "extract")[0] == 0
    code, out, err = run(root, monkeypatch, "update")
    assert code == 0, err
    assert "ja: 2 kept, 1 fuzzy, 1 obsoleted" in out
    merged = read_po(po)
    changed = merged.lookup(PARAGRAPH.format("even more closely"))
    assert changed is not None and changed.fuzzy
    assert changed.msgstr == "両大臣は緊密に協力。"
    assert changed.previous_msgid == PARAGRAPH.format("closely")
    (gone,) = merged.obsolete
    assert (gone.msgid, gone.msgstr, gone.translator_comments) == (
        "A paragraph to remove.", "削除する段落。", ("reviewed",))
    assert "#| msgid" in po.read_text(encoding="utf-8")
    msgfmt_check(all_catalogs(root))


def test_no_fuzzy_matching(tmp_path, monkeypatch):
    root = make_project(tmp_path, {"talks": release_xml("talks", "T", PARAGRAPH.format("x"))})
    run(root, monkeypatch, "extract")
    po = catalog(root, "ja", "talks")
    po.parent.mkdir(parents=True)
    po.write_text(f'msgid "{PARAGRAPH.format("y")}"\nmsgstr "訳"\n', encoding="utf-8")
    code, _, err = run(root, monkeypatch, "update", "--no-fuzzy-matching")
    assert code == 0, err
    merged = read_po(po)
    assert not merged.lookup(PARAGRAPH.format("x")).has_translation
    assert [e.msgstr for e in merged.obsolete] == ["訳"]


# ---------------------------------------------------------------- bad input
def test_update_of_a_locale_cldr_does_not_know_is_refused_even_with_a_catalog(
        tmp_path, monkeypatch):
    root = make_project(tmp_path, {"talks": release_xml("talks", "T", PARAGRAPH.format("x"))})
    run(root, monkeypatch, "extract")
    po = catalog(root, "xx", "talks")
    po.parent.mkdir(parents=True)
    # With its own plural rule in the header, nothing asked CLDR: the catalog was merged.
    text = ('msgid ""\nmsgstr ""\n"Language: xx\\n"\n"Plural-Forms: nplurals=1; plural=0;\\n"\n'
            '\nmsgid "old"\nmsgstr "vieux"\n')
    po.write_text(text, encoding="utf-8")
    code, out, err = run(root, monkeypatch, "update", "--locale", "xx")
    build_code, _, build_err = run(root, monkeypatch, "build", "--locale", "xx")
    assert (code, err) == (build_code, build_err) == (2, build_err)
    assert err.count("\n") == 1 and "'xx'" in err and out == ""
    assert po.read_text(encoding="utf-8") == text


def test_a_po_syntax_error_exits_2_and_leaves_the_file_untouched(tmp_path, monkeypatch):
    root = sample_project(tmp_path)
    run(root, monkeypatch, "extract")
    broken = catalog(root, "ru", SAMPLE)
    lines = broken.read_bytes().split(b"\n")
    line = lines.index(b'msgid "Press Releases"') + 2  # its msgstr, 1-based
    lines[line - 1] = b'msgstr "unterminated'
    data = b"\n".join(lines)
    broken.write_bytes(data)
    code, out, err = run(root, monkeypatch, "update")
    assert code == 2
    assert f"locales/ru/LC_MESSAGES/{SAMPLE}.po:{line}:8: error: " in err  # the open quote
    assert "Traceback" not in err
    assert broken.read_bytes() == data
    assert "failed" in out
    assert "#. publisher" in catalog(root, "ja", SAMPLE).read_text(encoding="utf-8")


def test_an_invalid_release_exits_2_and_keeps_its_template(tmp_path, monkeypatch):
    root = make_project(tmp_path, {"talks": release_xml("talks", "T", "Text.")})
    run(root, monkeypatch, "extract")
    template = root / "locales" / "talks.pot"
    before = template.read_bytes()
    (root / "releases" / "talks.xml").write_text("<release>", encoding="utf-8")
    code, _, err = run(root, monkeypatch, "extract")
    assert code == 2
    assert err.startswith("releases/talks.xml:")
    assert template.read_bytes() == before


def test_a_release_whose_id_is_not_its_file_name_is_refused_and_writes_no_template(
        tmp_path, monkeypatch):
    # A copy of a release keeps its id; its template is named by the id, and it wrote
    # over the first release's template (references and all), exit 0.
    root = make_project(tmp_path, {"talks": release_xml("talks", "T", "Text.")})
    run(root, monkeypatch, "extract")
    template = root / "locales" / "talks.pot"
    before = template.read_bytes()
    (root / "releases" / "talks-copy.xml").write_text(
        release_xml("talks", "T", "Other text."), encoding="utf-8")
    code, _, err = run(root, monkeypatch, "extract")
    assert code == 2
    assert err.splitlines() == [
        # (at the id's value, column 58: one of the two to correct)
        "releases/talks-copy.xml:2:58: error: release id 'talks' does not match the file name "
        "'talks-copy.xml': its template would be talks.pot; rename the file or correct "
        "the id [id-filename]"]  # (validate's code for it)
    assert template.read_bytes() == before
    assert sorted(p.name for p in (root / "locales").iterdir()) == ["talks.pot"]


def test_width_and_no_wrap_exclude_each_other(tmp_path, monkeypatch):
    root = make_project(tmp_path, {"talks": release_xml("talks", "T", "Text.")})
    code, _, err = run(root, monkeypatch, "extract", "--width", "60", "--no-wrap")
    assert code == 2 and "exclude each other" in err


LONG = ("The Ministry of Foreign Affairs announced today that the Government has decided "
        "to extend emergency grant aid to the people affected by the floods in the region.")


@pytest.mark.parametrize(("setting", "args", "width"), [
    ("po-width = 77\n", (), 77),  # Weblate's width
    ("po-width = false\n", (), None),
    ("po-width = 77\n", ("--width", "79"), 79),  # the command line overrides it
    ("po-width = 77\n", ("--no-wrap",), None),
    ("", (), 79),
])
def test_extract_and_update_wrap_at_the_projects_po_width(
        tmp_path, monkeypatch, setting, args, width):
    # A catalog Weblate saved at 77 columns was rewrapped at 79 by every update: each a
    # diff of every long message in the translators' repository.
    root = make_project(tmp_path, {"talks": release_xml("talks", "T", LONG)})
    with (root / "communique.toml").open("a", encoding="utf-8") as config:
        config.write(setting)
    for command in ("extract", "update"):
        code, _, err = run(root, monkeypatch, command, *args)
        assert code == 0, err
    for path in (root / "locales" / "talks.pot",
                 root / "locales" / "ja" / "LC_MESSAGES" / "talks.po"):
        assert path.read_bytes() == format_po(read_po(path), width=width)
        longest = max(len(line) for line in path.read_text().splitlines())
        assert longest <= (width or 999) and (width is None) == (longest > 79)


def test_update_at_another_width_says_the_catalogs_it_left_as_laid_out(tmp_path,
                                                                        monkeypatch):
    # msgmerge rewraps every catalog; update leaves one no merge changes as it is (not
    # formatted: a no-change run stays cheap), which "1 unchanged" alone did not say.
    root = make_project(tmp_path, {"talks": release_xml("talks", "T", LONG)})
    for command in ("extract", "update"):
        assert run(root, monkeypatch, command)[0] == 0
    po = root / "locales" / "ja" / "LC_MESSAGES" / "talks.po"
    before = po.read_bytes()
    code, _, err = run(root, monkeypatch, "update", "--width", "60")
    assert code == 0, err
    assert po.read_bytes() == before
    assert err == ("note: 1 unchanged catalog keeps its layout: --width applies to the "
                   "catalogs a merge changes (`msgcat --width N -o FILE FILE` rewraps "
                   "one)\n")
    assert run(root, monkeypatch, "update")[2] == ""  # (said only when a width is given)


def test_update_without_templates_for_a_release_is_a_usage_error(tmp_path, monkeypatch):
    root = make_project(tmp_path, {"not-extracted": release_xml("not-extracted", "Talks")})
    code, _, err = run(root, monkeypatch, "update", "not-extracted")
    assert code == 2 and "run `communique extract` first" in err



def later(path: Path, than: Path) -> None:
    """Make `path` modified after `than` (file times may be coarser than two writes)."""
    stamp = than.stat().st_mtime_ns + 1_000_000_000
    os.utime(path, ns=(stamp, stamp))


def test_update_warns_of_a_release_edited_since_extract_and_merges_its_template(
        tmp_path, monkeypatch):
    root = make_project(tmp_path, {"talks": release_xml("talks", "Talks", "Old text.")})
    run(root, monkeypatch, "extract")
    run(root, monkeypatch, "update")
    release = root / "releases" / "talks.xml"
    release.write_text(release_xml("talks", "Talks", "New text."), encoding="utf-8")
    later(release, root / "locales" / "talks.pot")
    code, out, err = run(root, monkeypatch, "update")
    assert code == 0, err  # a warning: the catalogs are what the template makes them
    assert "1 catalog: 1 unchanged" in out
    assert err.count("warning: ") == 1
    assert ("warning: releases/talks.xml changed since its template locales/talks.pot "
            'was extracted ("New text." of the release is missing)') in err
    assert "run `communique extract` first" in err
    code, out, _ = run(root, monkeypatch, "update", "--format", "json")
    assert code == 0
    [warning] = json.loads(out)["warnings"]
    assert warning.startswith("releases/talks.xml changed since its template")
    run(root, monkeypatch, "extract")
    code, out, err = run(root, monkeypatch, "update")
    assert code == 0 and "warning" not in err and "1 new" in out


def test_update_says_nothing_of_a_release_touched_but_not_changed(tmp_path, monkeypatch):
    # Newer than its template, as after a checkout or a change outside its messages:
    # what extract gives decides, as a build's content hash decides over its times.
    root = make_project(tmp_path, {"talks": release_xml("talks", "Talks", "Text.")})
    run(root, monkeypatch, "extract")
    later(root / "releases" / "talks.xml", root / "locales" / "talks.pot")
    code, out, err = run(root, monkeypatch, "update", "--format", "json")
    assert code == 0 and err == "" and "warnings" not in json.loads(out)


def test_update_warns_of_a_release_without_a_template(tmp_path, monkeypatch):
    root = make_project(tmp_path, {"talks": release_xml("talks", "Talks", "Text.")})
    run(root, monkeypatch, "extract")
    (root / "releases" / "more.xml").write_text(release_xml("more", "More", "Text."),
                                                encoding="utf-8")
    code, _, err = run(root, monkeypatch, "update")
    assert code == 0, err
    assert err == ("warning: releases/more.xml has no template (locales/more.pot), so "
                   "update makes no catalog of it: run `communique extract` first\n")
    assert not catalog(root, "ja", "more").exists()
    # Asked for the others by name, a release without one is none of the run's.
    code, _, err = run(root, monkeypatch, "update", "talks")
    assert code == 0 and err == ""


# ---------------------------------------------------------------- translation memory
BOILERPLATE = "About the Ministry of Foreign Affairs of Japan"


def tm_project(root: Path) -> Path:
    make_project(root, {
        "first": release_xml("first", "First Talks", BOILERPLATE),
        "second": release_xml("second", "Second Talks", BOILERPLATE),
    })
    po = catalog(root, "ja", "first")
    po.parent.mkdir(parents=True)
    po.write_text(f'msgid "{BOILERPLATE}"\nmsgstr "外務省について"\n', encoding="utf-8")
    return root


def test_translation_memory_fills_boilerplate_from_another_release(tmp_path, monkeypatch):
    root = tm_project(tmp_path)
    run(root, monkeypatch, "extract")
    code, out, err = run(root, monkeypatch, "update")
    assert code == 0, err
    entry = read_po(catalog(root, "ja", "second")).lookup(BOILERPLATE)
    assert entry is not None and entry.translated and entry.msgstr == "外務省について"
    assert "tm: first" in entry.extracted_comments
    assert "1 from memory" in out


def test_no_tm(tmp_path, monkeypatch):
    root = tm_project(tmp_path)
    run(root, monkeypatch, "extract")
    run(root, monkeypatch, "update", "--no-tm")
    assert not read_po(catalog(root, "ja", "second")).lookup(BOILERPLATE).has_translation


COUNTRIES = 'Ministers of <number value="{0}">{0}</number> countries met.'


def test_a_memory_copy_for_a_number_of_another_plural_form_is_fuzzy(tmp_path, monkeypatch):
    # Russian: 3 countries "страны", 5 and 6 "стран"; Japanese: one form for all.
    root = make_project(tmp_path, {
        release: release_xml(release, f"Talks {release}", COUNTRIES.format(value))
        for release, value in (("first", 3), ("second", 5), ("third", 6))},
        ("ru", "ja"))
    run(root, monkeypatch, "extract")
    run(root, monkeypatch, "update", "first")
    msgid = "Ministers of <number/> countries met."
    for locale, msgstr in (("ru", "Министры <number/> страны встретились."),
                           ("ja", "<number/>か国の大臣が会談した。")):
        po = catalog(root, locale, "first")
        po.write_text(po.read_text(encoding="utf-8").replace(
            f'msgid "{msgid}"\nmsgstr ""', f'msgid "{msgid}"\nmsgstr "{msgstr}"'),
            encoding="utf-8")
    code, out, err = run(root, monkeypatch, "update", "--format", "json")
    assert code == 0, err
    messages = json.loads(out)["locales"]
    assert (messages["ru"]["messages"]["tm"], messages["ru"]["messages"]["tm_fuzzy"]) == (0, 2)
    assert (messages["ja"]["messages"]["tm"], messages["ja"]["messages"]["tm_fuzzy"]) == (2, 0)
    for release, value in (("second", 5), ("third", 6)):
        entry = read_po(catalog(root, "ru", release)).lookup(msgid)
        assert entry.fuzzy and f"tm: first (made for 3, here {value})" in \
            entry.extracted_comments
        assert read_po(catalog(root, "ja", release)).lookup(msgid).translated


FAMILIES = "L'aide atteint <number value=\"{0}\">{1}</number> familles."


def test_a_kept_translation_whose_number_changed_plural_form_is_fuzzy(tmp_path, monkeypatch):
    # The source changes "2 000 familles" to "2 001 familles": the msgid is the same, but
    # Russian "семей" fits 2 000 (CLDR many) and not 2 001 (one: "семья").
    def write(value: int, shown: str) -> None:
        (root / "releases" / "aid.xml").write_text(release_xml(
            "aid", "Aide", FAMILIES.format(value, shown)).replace(
            'xml:lang="en"', 'xml:lang="fr"'), encoding="utf-8")

    root = make_project(tmp_path, {}, ("ru", "ja"))
    (root / "communique.toml").write_text('source-locale = "fr"\nlocales = ["ru", "ja"]\n',
                                          encoding="utf-8")
    write(2000, "2\u202f000")  # (a French thousand; the legend shows a plain space)
    code, out, err = run(root, monkeypatch, "extract")
    assert code == 0, err
    assert run(root, monkeypatch, "update")[0] == 0
    msgid = "L'aide atteint <number/> familles."
    for locale, msgstr in (("ru", "Помощь получили <number/> семей."),
                           ("ja", "<number/>世帯に援助。")):
        po = catalog(root, locale, "aid")
        po.write_text(po.read_text(encoding="utf-8").replace(
            f'msgid "{msgid}"\nmsgstr ""', f'msgid "{msgid}"\nmsgstr "{msgstr}"'),
            encoding="utf-8")
    write(2001, "2 001")
    run(root, monkeypatch, "extract")
    twin = shutil.copytree(root, tmp_path.parent / f"{tmp_path.name}-text")
    code, out, _ = run(twin, monkeypatch, "update")
    assert code == 0 and ("ru: 3 kept (1 fuzzy: numbers changed) in 1 catalog\nja: 3 kept in 1 "
                          "catalog\n") in out  # (in the config's order)
    code, out, err = run(root, monkeypatch, "update", "--format", "json")
    assert code == 0, err
    messages = json.loads(out)["locales"]
    assert (messages["ru"]["messages"]["kept"], messages["ru"]["messages"]["kept_fuzzy"]) == \
        (3, 1)
    assert messages["ja"]["messages"]["kept_fuzzy"] == 0
    entry = read_po(catalog(root, "ru", "aid")).lookup(msgid)
    assert entry.fuzzy and entry.msgstr == "Помощь получили <number/> семей."
    assert entry.extracted_comments == ("paragraph", "<number/>: 2 001 (number)",
                                        "numbers changed (made for 2 000, here 2 001)")
    assert read_po(catalog(root, "ja", "aid")).lookup(msgid).translated
    # The next update leaves it so, and counts it no more (it was fuzzy already).
    code, out, _ = run(root, monkeypatch, "update", "--format", "json")
    assert json.loads(out)["locales"]["ru"]["messages"]["kept_fuzzy"] == 0
    assert read_po(catalog(root, "ru", "aid")).lookup(msgid).fuzzy
    # The build falls back to the French paragraph, and says so; validate passes, but
    # the catalog is below a coverage of 100%.
    code, out, err = run(root, monkeypatch, "build")
    assert code == 0, err
    assert "ru\treleases/aid.xml\tbuilt\t0% translated (2 untranslated, 1 fuzzy)" in out
    page = (root / "build" / "ru" / "aid.xml").read_text(encoding="utf-8")
    assert "familles" in page and "семей" not in page
    assert "семей" not in (root / "build" / "ja" / "aid.xml").read_text(encoding="utf-8")
    assert run(root, monkeypatch, "validate")[0] == 0
    code, out, _ = run(root, monkeypatch, "validate", "--min-coverage", "100")
    assert code == 1 and "ru: 0.0% translated (0 of 3; 1 fuzzy, 2 untranslated)" in out


# ---------------------------------------------------------------- renamed releases
OLD_ID, NEW_ID = "talks-2022", "talks-2022-12"


def translate_old(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run(root, monkeypatch, "extract")
    run(root, monkeypatch, "update")
    po = catalog(root, "ja", OLD_ID)
    translations = {"Ministers Meet": ("外相会談", ("the desk's wording",), ()),
                    BOILERPLATE: ("外務省について", (), ()),
                    PARAGRAPH.format("closely"): ("両大臣は緊密に協力。", (), ("fuzzy",)),
                    "A paragraph to remove.": ("削除する段落。", ("reviewed",), ())}
    old = read_po(po)
    write_po(po, replace(old, entries=tuple(
        replace(e, msgstr=translations[e.msgid][0],
                translator_comments=translations[e.msgid][1], flags=translations[e.msgid][2])
        if e.msgid in translations else e for e in old.entries)))
    # The release is renamed: file and id; its last paragraph goes.
    (root / "releases" / f"{OLD_ID}.xml").unlink()
    (root / "releases" / f"{NEW_ID}.xml").write_text(release_xml(
        NEW_ID, "Ministers Meet", BOILERPLATE, PARAGRAPH.format("closely")), encoding="utf-8")
    assert run(root, monkeypatch, "extract")[0] == 0


def renamed_project(root: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    make_project(root, {OLD_ID: release_xml(
        OLD_ID, "Ministers Meet", BOILERPLATE, PARAGRAPH.format("closely"),
        "A paragraph to remove.")})
    translate_old(root, monkeypatch)
    return root


def old_files(root: Path, *locales: str) -> list[Path]:
    return [root / "locales" / f"{OLD_ID}.pot",
            *(catalog(root, ll, OLD_ID) for ll in locales or ("ja",))]


def test_renamed_carries_the_old_catalog_over_and_deletes_the_old_files(tmp_path,
                                                                      monkeypatch):
    root = renamed_project(tmp_path, monkeypatch)
    code, out, err = run(root, monkeypatch, "update", "--renamed", f"{OLD_ID}={NEW_ID}")
    assert code == 0, err
    assert f"created\tlocales/ja/LC_MESSAGES/{NEW_ID}.po" in out
    assert "ja: 4 kept, 1 obsoleted" in out  # the old catalog's messages, none new
    carried = read_po(catalog(root, "ja", NEW_ID))
    title = carried.lookup("Ministers Meet")
    assert (title.msgstr, title.translator_comments) == ("外相会談", ("the desk's wording",))
    assert carried.lookup(PARAGRAPH.format("closely")).fuzzy
    (gone,) = carried.obsolete
    assert (gone.msgstr, gone.translator_comments) == ("削除する段落。", ("reviewed",))
    assert carried.header["Project-Id-Version"] == NEW_ID
    # The new catalog holds all the old one had: the old files are gone, as after git mv.
    assert not any(p.exists() for p in old_files(root))
    assert (f"note: {OLD_ID} -> {NEW_ID}: 1 catalog carried over; removed "
            f"locales/ja/LC_MESSAGES/{OLD_ID}.po, locales/{OLD_ID}.pot") in err
    msgfmt_check([catalog(root, "ja", NEW_ID)])
    # Nothing is left to validate's orphan checks, nor to carry over again.
    code, out, err = run(root, monkeypatch, "validate")
    assert code == 0 and "orphan" not in out + err
    code, out, err = run(root, monkeypatch, "update")
    assert code == 0 and "1 catalog: 1 unchanged" in out and "note:" not in err
    # Said again (a cron job repeats it): done already, said so, and nothing touched.
    before = snapshot(root)
    code, out, err = run(root, monkeypatch, "update", "--renamed", f"{OLD_ID}={NEW_ID}")
    assert code == 0, err
    assert "1 catalog: 1 unchanged" in out
    assert err == (f"note: {OLD_ID} -> {NEW_ID}: done already ({OLD_ID} has no catalog "
                   f"left, {NEW_ID} has its own): nothing to carry over\n")
    assert snapshot(root) == before


def test_a_rename_stopped_before_its_template_went_is_finished_by_the_next_run(
        tmp_path, monkeypatch):
    # Stopped after the old catalogs were deleted, before the old template was: the
    # next run refused ("nothing to carry over"), and left a template-orphan for good.
    root = renamed_project(tmp_path, monkeypatch)
    template = root / "locales" / f"{OLD_ID}.pot"
    kept = template.read_bytes()
    assert run(root, monkeypatch, "update", "--renamed", f"{OLD_ID}={NEW_ID}")[0] == 0
    template.write_bytes(kept)
    code, out, err = run(root, monkeypatch, "update", "--renamed", f"{OLD_ID}={NEW_ID}",
                         "--format", "json")
    assert code == 0, err
    assert not template.exists()
    assert not catalog(root, "ja", OLD_ID).exists()  # (not made again from its template)
    assert json.loads(out)["renames"] == [{
        "old": OLD_ID, "new": NEW_ID, "carried": 0, "removed": [f"locales/{OLD_ID}.pot"],
        "kept": [], "done": True}]
    assert (f"note: {OLD_ID} -> {NEW_ID}: done already ({OLD_ID} has no catalog left, "
            f"{NEW_ID} has its own): nothing to carry over; removed locales/{OLD_ID}.pot"
            ) in err
    code, out, err = run(root, monkeypatch, "validate")
    assert code == 0 and "orphan" not in out + err


def test_keep_old_leaves_the_old_files_as_they_were(tmp_path, monkeypatch):
    root = renamed_project(tmp_path, monkeypatch)
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in old_files(root)}
    code, out, err = run(root, monkeypatch, "update", "--renamed", f"{OLD_ID}={NEW_ID}",
                         "--keep-old", "--format", "json")
    assert code == 0, err
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in before} == before
    assert json.loads(out)["renames"] == [{
        "old": OLD_ID, "new": NEW_ID, "carried": 1, "removed": [], "kept": [
            {"path": f"locales/ja/LC_MESSAGES/{OLD_ID}.po", "reason": "--keep-old"},
            {"path": f"locales/{OLD_ID}.pot", "reason": "--keep-old"}]}]
    assert (f"locales/{OLD_ID}.pot and locales/*/LC_MESSAGES/{OLD_ID}.po are left as they "
            "were (--keep-old)") in err
    # Said again without it, the new catalog is unchanged and the old files go.
    code, out, err = run(root, monkeypatch, "update", "--renamed", f"{OLD_ID}={NEW_ID}",
                         "--format", "json")
    assert code == 0, err
    found = json.loads(out)
    assert found["summary"]["unchanged"] == 1
    assert found["renames"][0]["removed"] == [f"locales/ja/LC_MESSAGES/{OLD_ID}.po",
                                              f"locales/{OLD_ID}.pot"]
    assert not any(p.exists() for p in before)
    code, _, err = run(root, monkeypatch, "update", "--keep-old")
    assert code == 2 and "--keep-old goes with --renamed" in err


def test_a_rename_said_after_update_started_the_new_catalog_loses_nothing(
        tmp_path, monkeypatch):
    root = make_project(tmp_path, {OLD_ID: release_xml(
        OLD_ID, "Ministers Meet", BOILERPLATE, PARAGRAPH.format("closely"),
        "A paragraph to remove.")})
    translate_old(root, monkeypatch)
    # update, not told of the rename, starts the new catalog from the memory only,
    # and says what it suspects.
    code, out, err = run(root, monkeypatch, "update")
    assert code == 0, err
    assert f"created\tlocales/ja/LC_MESSAGES/{NEW_ID}.po" in out
    started = read_po(catalog(root, "ja", NEW_ID))
    assert started.lookup("Ministers Meet").translator_comments == ()
    assert not started.obsolete
    assert (f"note: {NEW_ID}: a new catalog, filled from the translation memory only; "
            f"{OLD_ID}, whose release is gone") in err
    assert f"run `communique update --renamed {OLD_ID}={NEW_ID}`" in err
    code, out, err = run(root, monkeypatch, "update", "--renamed", f"{OLD_ID}={NEW_ID}",
                         "--format", "json")
    assert code == 0, err
    (result,) = json.loads(out)["files"]
    assert (result["status"], result["renamed_from"]) == ("updated", OLD_ID)
    carried = read_po(catalog(root, "ja", NEW_ID))
    title = carried.lookup("Ministers Meet")
    assert (title.msgstr, title.translator_comments) == ("外相会談", ("the desk's wording",))
    assert not any(c.startswith("tm: ") for c in title.extracted_comments)
    assert carried.lookup(PARAGRAPH.format("closely")).fuzzy
    assert [e.msgstr for e in carried.obsolete] == ["削除する段落。"]


def msgcat_joined(po: Path, translator: str) -> None:
    """`po` joined by msgcat after a copy whose Last-Translator is `translator` (read,
    the joined header's first): a header msgcat joined (validate's header-merged)."""
    msgcat = shutil.which("msgcat")
    if msgcat is None:
        pytest.skip("GNU gettext (msgcat) is not installed")
    text = po.read_text(encoding="utf-8")
    other = po.with_name("other.po")
    other.write_text(re.sub(r"Last-Translator: [^\\]*", f"Last-Translator: {translator}",
                            text), encoding="utf-8")
    copy = po.with_name("copy.po")
    copy.write_text(text, encoding="utf-8")
    subprocess.run([msgcat, str(other), str(copy), "-o", str(po)], check=True)
    copy.unlink()
    other.unlink()
    assert read_po(po).header_marked and read_po(po).header_flags == ("fuzzy",)


def one_header(po: Path, translator: str) -> None:
    """`po` holds one header, not fuzzy, with the joined header's Last-Translator."""
    text = po.read_text(encoding="utf-8")
    assert "#-#-#-#-#" not in text and text.count("Project-Id-Version:") == 1
    found = read_po(po)
    assert found.header_flags == ()
    assert found.header["Last-Translator"] == translator
    assert found.header["Project-Id-Version"] == NEW_ID


def test_renamed_carries_an_old_catalog_whose_header_msgcat_joined_over_with_one(
        tmp_path, monkeypatch):
    root = renamed_project(tmp_path, monkeypatch)
    msgcat_joined(catalog(root, "ja", OLD_ID), "Agency <cat@example.com>")

    code, out, err = run(root, monkeypatch, "update", "--renamed", f"{OLD_ID}={NEW_ID}")

    assert code == 0, err
    assert "ja: 4 kept, 1 obsoleted" in out
    new = catalog(root, "ja", NEW_ID)
    one_header(new, "Agency <cat@example.com>")
    carried = read_po(new)
    title = carried.lookup("Ministers Meet")
    assert (title.msgstr, title.translator_comments) == ("外相会談", ("the desk's wording",))
    assert carried.lookup(PARAGRAPH.format("closely")).fuzzy
    assert [e.msgstr for e in carried.obsolete] == ["削除する段落。"]
    assert not any(p.exists() for p in old_files(root))  # it held all the old one had
    msgfmt_check([new])
    code, out, err = run(root, monkeypatch, "validate")
    assert code == 0, out + err


def test_renamed_writes_one_header_for_a_new_catalog_whose_header_msgcat_joined(
        tmp_path, monkeypatch):
    root = renamed_project(tmp_path, monkeypatch)
    assert run(root, monkeypatch, "update")[0] == 0  # the new catalog, from the memory
    msgcat_joined(catalog(root, "ja", NEW_ID), "Agency <cat@example.com>")

    code, out, err = run(root, monkeypatch, "update", "--renamed", f"{OLD_ID}={NEW_ID}")

    assert code == 0, err
    assert f"updated\tlocales/ja/LC_MESSAGES/{NEW_ID}.po" in out
    new = catalog(root, "ja", NEW_ID)
    one_header(new, "Agency <cat@example.com>")
    carried = read_po(new)
    title = carried.lookup("Ministers Meet")
    assert (title.msgstr, title.translator_comments) == ("外相会談", ("the desk's wording",))
    assert [e.msgstr for e in carried.obsolete] == ["削除する段落。"]
    assert not any(p.exists() for p in old_files(root))
    code, out, err = run(root, monkeypatch, "validate")
    assert code == 0, out + err

def test_renamed_refuses_an_old_catalog_with_a_header_line_without_its_newline(
        tmp_path, monkeypatch):
    # Carried over as read, its Language would be "jaMIME-Version: 1.0" in the new
    # catalog, and the old file, the one that still shows two lines, deleted.
    root = renamed_project(tmp_path, monkeypatch)
    old = catalog(root, "ja", OLD_ID)
    lines = old.read_text(encoding="utf-8").split("\n")
    line = lines.index('"Language: ja\\n"') + 1
    lines[line - 1] = '"Language: ja"'
    old.write_text("\n".join(lines), encoding="utf-8")
    before = snapshot(root)

    code, out, err = run(root, monkeypatch, "update", "--renamed", f"{OLD_ID}={NEW_ID}")

    assert code == 2
    assert f"{OLD_ID}.po:{line}:14: error: the header line \"Language: ja\" does not end " \
           "with \\n" in err
    assert "Traceback" not in out + err
    assert snapshot(root) == before  # nothing created, nothing removed



def test_a_new_release_unlike_the_orphan_is_not_taken_for_a_rename(tmp_path, monkeypatch):
    root = make_project(tmp_path, {OLD_ID: release_xml(
        OLD_ID, "Ministers Meet", BOILERPLATE, PARAGRAPH.format("closely"),
        "A paragraph to remove.")})
    translate_old(root, monkeypatch)
    (root / "releases" / "visit.xml").write_text(release_xml(
        "visit", "A Visit", BOILERPLATE, "The minister visited Bishkek.",
        "He met the president.", "They signed an agreement."), encoding="utf-8")
    run(root, monkeypatch, "extract")
    code, _, err = run(root, monkeypatch, "update", "visit")
    assert code == 0 and "note:" not in err


def test_a_rename_whose_old_release_is_still_there_is_refused(tmp_path, monkeypatch):
    # A copy, not a rename: deleting the old id's catalogs would lose a live release's
    # translations (the memory gives the copy its reviewed ones without --renamed).
    root = make_project(tmp_path, {OLD_ID: release_xml(OLD_ID, "Ministers Meet",
                                                       BOILERPLATE)})
    translate_old(root, monkeypatch)
    (root / "releases" / f"{OLD_ID}.xml").write_text(
        release_xml(OLD_ID, "Ministers Meet", BOILERPLATE), encoding="utf-8")
    before = snapshot(root)
    code, out, err = run(root, monkeypatch, "update", "--renamed", f"{OLD_ID}={NEW_ID}")
    assert (code, out) == (2, "")
    assert err.strip().count("\n") == 0
    assert (f"--renamed {OLD_ID}={NEW_ID}: releases/{OLD_ID}.xml still exists: a renamed "
            "release's old file is gone") in err
    assert snapshot(root) == before


def test_a_rename_whose_ids_are_not_release_ids_is_refused_before_any_file_is_touched(
        tmp_path, monkeypatch):
    # The ids become paths of files merged and deleted: '../x' would reach out of the
    # catalogs' folders (locales/../x.pot is the project's own x.pot).
    root = renamed_project(tmp_path, monkeypatch)
    (root / "x.pot").write_bytes((root / "locales" / f"{OLD_ID}.pot").read_bytes())
    (root / "locales" / "ja" / "x.po").write_bytes(catalog(root, "ja", OLD_ID).read_bytes())
    before = {**snapshot(root), **{p: (p.read_bytes(), p.stat().st_mtime_ns)
                                   for p in (root / "x.pot", root / "locales/ja/x.po")}}
    for pair in (f"../x={NEW_ID}", f"{OLD_ID}=../x", f"a/b={NEW_ID}", f".x={NEW_ID}"):
        code, out, err = run(root, monkeypatch, "update", "--renamed", pair)
        assert (code, out) == (2, ""), pair
        assert err.strip().count("\n") == 0
        assert f"--renamed {pair}: " in err and "is not a release id" in err
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in before} == before


def test_a_catalog_the_new_id_already_had_keeps_the_old_translations_it_did_not_take(
        tmp_path, monkeypatch):
    """update ran before the rename was said, and a translator reworded the title in the
    new catalog: the old catalog's title survives there, as a comment, before it goes."""
    root = renamed_project(tmp_path, monkeypatch)
    run(root, monkeypatch, "update")
    po = catalog(root, "ja", NEW_ID)
    started = read_po(po)
    write_po(po, replace(started, entries=tuple(
        replace(e, msgstr="外相の会談", translator_comments=("reworded",))
        if e.msgid == "Ministers Meet" else e for e in started.entries)))
    code, out, err = run(root, monkeypatch, "update", "--renamed", f"{OLD_ID}={NEW_ID}",
                         "--format", "json")
    assert code == 0, err
    title = read_po(po).lookup("Ministers Meet")
    assert title.msgstr == "外相の会談"
    assert title.translator_comments == (
        "reworded", f'{OLD_ID}\'s catalog had: "外相会談"', "the desk's wording")
    assert json.loads(out)["renames"][0]["removed"] == [
        f"locales/ja/LC_MESSAGES/{OLD_ID}.po", f"locales/{OLD_ID}.pot"]
    msgfmt_check([po])


def test_an_old_catalog_the_new_one_cannot_hold_whole_is_kept(tmp_path, monkeypatch):
    # The check after the merge is a safety net: no catalog the reader takes makes the
    # merge lose a message (a live message and its obsolete copy, which did, is refused
    # as a duplicate, as msgfmt refuses it), so a merge that loses one is simulated.
    import toolkit.merge

    carry_over = toolkit.merge.carry_over

    def losing(previous, current, **names):  # type: ignore[no-untyped-def]
        carried = carry_over(previous, current, **names)
        return replace(carried, entries=tuple(e for e in carried.entries
                                              if e.msgid != "A paragraph to remove."))

    monkeypatch.setattr(toolkit.merge, "carry_over", losing)
    root = renamed_project(tmp_path, monkeypatch)
    po = catalog(root, "ja", OLD_ID)
    code, out, err = run(root, monkeypatch, "update", "--renamed", f"{OLD_ID}={NEW_ID}",
                         "--format", "json")
    assert code == 0, err
    assert po.exists() and (root / "locales" / f"{OLD_ID}.pot").exists()
    assert "削除する段落。" in po.read_text(encoding="utf-8")
    (kept_catalog, kept_template) = json.loads(out)["renames"][0]["kept"]
    assert kept_catalog["path"] == f"locales/ja/LC_MESSAGES/{OLD_ID}.po"
    assert kept_catalog["reason"].startswith(
        f"1 of its messages have a translation or comment that locales/ja/LC_MESSAGES/"
        f"{NEW_ID}.po does not hold (first: 'A paragraph to remove.')")
    assert kept_template["path"] == f"locales/{OLD_ID}.pot"
    assert f"note: {OLD_ID} -> {NEW_ID}: kept locales/ja/LC_MESSAGES/{OLD_ID}.po: 1 of" in err


def test_an_old_catalog_is_kept_when_the_new_one_cannot_be_merged(tmp_path, monkeypatch):
    root = renamed_project(tmp_path, monkeypatch)
    run(root, monkeypatch, "update")
    catalog(root, "ja", NEW_ID).write_text('msgid "broken\n', encoding="utf-8")
    code, _, err = run(root, monkeypatch, "update", "--renamed", f"{OLD_ID}={NEW_ID}")
    assert code == 2
    assert all(p.exists() for p in old_files(root))
    assert (f"kept locales/ja/LC_MESSAGES/{OLD_ID}.po: {NEW_ID}'s catalog of ja could not "
            "be merged") in err


def test_an_old_catalog_of_a_locale_the_run_leaves_out_is_kept_with_the_template(
        tmp_path, monkeypatch):
    root = renamed_project(tmp_path, monkeypatch)
    ru = catalog(root, "ru", OLD_ID)
    ru.parent.mkdir(parents=True)
    ru.write_text('msgid "Ministers Meet"\nmsgstr "Встреча министров"\n', encoding="utf-8")
    code, _, err = run(root, monkeypatch, "update", "--renamed", f"{OLD_ID}={NEW_ID}",
                       "--locale", "ja")
    assert code == 0, err
    assert not catalog(root, "ja", OLD_ID).exists()
    assert ru.exists() and (root / "locales" / f"{OLD_ID}.pot").exists()
    assert (f"kept locales/ru/LC_MESSAGES/{OLD_ID}.po: its locale was not in this run: "
            f"`communique update --renamed {OLD_ID}={NEW_ID} --locale ru` carries it over"
            ) in err
    code, _, err = run(root, monkeypatch, "update", "--renamed", f"{OLD_ID}={NEW_ID}",
                       "--locale", "ru")
    assert code == 0, err
    assert not any(p.exists() for p in old_files(root, "ja", "ru"))
    assert read_po(catalog(root, "ru", NEW_ID)).lookup("Ministers Meet").msgstr == \
        "Встреча министров"


@pytest.mark.parametrize(("renamed", "message"), [
    (f"{OLD_ID}", "expected OLD=NEW"),
    (f"{OLD_ID}={OLD_ID}", "the old and the new id are the same"),
    (f"{OLD_ID}=talks-typo", "no template for 'talks-typo'"),
    (f"talks-typo={NEW_ID}", "talks-typo has no catalog in ja: nothing to carry over"),
])
def test_a_rename_that_cannot_be_carried_out_is_refused(tmp_path, monkeypatch, renamed,
                                                        message):
    root = make_project(tmp_path, {OLD_ID: release_xml(OLD_ID, "Ministers Meet",
                                                       BOILERPLATE)})
    translate_old(root, monkeypatch)
    before = snapshot(root)
    code, out, err = run(root, monkeypatch, "update", "--renamed", renamed)
    assert code == 2 and message in err and out == ""
    assert snapshot(root) == before


def test_a_rename_is_refused_for_a_release_the_run_leaves_out(tmp_path, monkeypatch):
    root = make_project(tmp_path, {OLD_ID: release_xml(OLD_ID, "Ministers Meet",
                                                       BOILERPLATE)})
    translate_old(root, monkeypatch)
    (root / "releases" / "visit.xml").write_text(
        release_xml("visit", "A Visit", "The minister visited Bishkek."), encoding="utf-8")
    run(root, monkeypatch, "extract")
    code, _, err = run(root, monkeypatch, "update", "visit", "--renamed",
                       f"{OLD_ID}={NEW_ID}")
    assert code == 2 and f"{NEW_ID} is not among the releases to update" in err


# ---------------------------------------------------------------- many releases
def test_a_large_project_in_several_processes(tmp_path, monkeypatch):
    """70 releases (above the pool threshold), 2 workers: same results as one process."""
    releases = {f"r{i:03}": release_xml(f"r{i:03}", f"Release {i}", BOILERPLATE,
                                        PARAGRAPH.format(f"on topic {i}"))
                for i in range(70)}
    one = make_project(tmp_path / "one", releases)
    many = make_project(tmp_path / "many", releases)
    for root in (one, many):
        po = catalog(root, "ja", "r000")
        po.parent.mkdir(parents=True)
        po.write_text(f'msgid "{BOILERPLATE}"\nmsgstr "外務省について"\n', encoding="utf-8")
    for root, jobs in ((one, "1"), (many, "2")):
        assert run(root, monkeypatch, "extract", "--jobs", jobs)[0] == 0
        code, out, err = run(root, monkeypatch, "update", "--jobs", jobs, "--format", "json")
        assert code == 0, err
        summary = json.loads(out)
        assert summary["locales"]["ja"]["messages"]["tm"] == 69
    assert [p.read_bytes() for p in all_catalogs(one)] == \
        [p.read_bytes() for p in all_catalogs(many)]
    msgfmt_check(all_catalogs(many))


@pytest.mark.parametrize("command", ["extract", "update"])
def test_a_file_that_fails_in_a_worker_is_reported_with_the_others(tmp_path, monkeypatch,
                                                                   command):
    # A failed file's result comes back from its worker like any other (its InputError
    # once broke the whole pool: BrokenProcessPool, a traceback, nothing reported).
    releases = {f"r{i:03}": release_xml(f"r{i:03}", f"Release {i}", PARAGRAPH.format(i))
                for i in range(70)}
    root = make_project(tmp_path, releases)
    assert run(root, monkeypatch, "extract", "--jobs", "1")[0] == 0
    if command == "extract":
        broken = root / "releases" / "r003.xml"
        broken.write_text(releases["r003"].replace("<title>", "<heading>", 1),
                          encoding="utf-8")
    else:
        (root / "locales" / "r003.pot").write_text('msgid "unclosed\n', encoding="utf-8")
    code, out, err = run(root, monkeypatch, command, "--jobs", "2", "--format", "json")
    assert code == 2, err
    files = json.loads(out)["files"]
    assert len(files) == 70
    assert [f["release"] for f in files if f["status"] == "failed"] == ["r003"]
    assert "r003" in next(f["error"] for f in files if f["status"] == "failed")


def test_a_result_keeps_its_error_through_pickling():
    import pickle

    from toolkit.catalogs import FileResult, Status
    from toolkit.errors import InputError

    result = FileResult("locales/x.pot", Status.FAILED, "x",
                        error=InputError("releases/x.xml", "not valid", 3, 7))
    assert pickle.loads(pickle.dumps(result)) == result
    assert pickle.loads(pickle.dumps(replace(result, error=None))) == replace(result,
                                                                               error=None)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_release_that_fails_leaves_the_others_extracted_in_order(tmp_path, jobs):
    # Releases are extracted a few at a time, step by step: one that fails in the
    # middle of such a batch is reported in its place, the rest are written, and the
    # progress counts releases.
    from toolkit.catalogs import Status, extract_project
    from toolkit.config import load_config

    releases = {f"r{i:03}": release_xml(f"r{i:03}", f"Release {i}", PARAGRAPH.format(i))
                for i in range(70)}
    for broken in ("r003", "r068"):
        releases[broken] = releases[broken].replace("<title>", "<heading>", 1)
    root = make_project(tmp_path, releases)
    seen: list[tuple[int, int]] = []
    report = extract_project(load_config(root, None), jobs=jobs,
                             progress=lambda done, total: seen.append((done, total)))
    assert [r.release for r in report.results] == sorted(releases)
    failed = [r.release for r in report.results if r.status is Status.FAILED]
    assert failed == ["r003", "r068"]
    assert all(r.status is Status.CREATED for r in report.results if r.release not in failed)
    assert sorted(p.stem for p in (root / "locales").glob("*.pot")) == \
        [name for name in sorted(releases) if name not in failed]
    assert seen[0] == (0, 70) and seen[-1] == (70, 70)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


# ---------------------------------------------------------------- pseudo
def test_pseudo_catalogs(tmp_path, monkeypatch):
    root = sample_project(tmp_path)
    run(root, monkeypatch, "extract")
    code, _, err = run(root, monkeypatch, "pseudo")
    assert code == 0, err
    pseudo = read_po(catalog(root, "en-XA", SAMPLE))
    assert pseudo.header["Language"] == "en-XA"
    assert all(e.translated for e in pseudo.entries)
    msgfmt_check([catalog(root, "en-XA", SAMPLE)])
    again = run(root, monkeypatch, "pseudo")[1]
    assert again.startswith("1 en-XA pseudo catalog: 1 unchanged\n")


def test_pseudo_refuses_a_real_locale(tmp_path, monkeypatch):
    root = sample_project(tmp_path)
    code, _, err = run(root, monkeypatch, "pseudo", "--locale", "ja")
    assert code == 2 and "overwrite" in err


# ---------------------------------------------------------------- paths as shown
def test_a_path_is_shown_resolved_and_relative_to_the_project(tmp_path, monkeypatch):
    from toolkit.catalogs import relative

    root = tmp_path / "project"
    (root / "releases").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (root / "releases" / "a.xml").write_text("x", encoding="utf-8")
    (tmp_path / "elsewhere" / "b.xml").write_text("x", encoding="utf-8")
    (root / "releases" / "link.xml").symlink_to(tmp_path / "elsewhere" / "b.xml")
    (root / "folder-link").symlink_to(root / "releases")
    monkeypatch.chdir(root)
    for shown in ("releases/a.xml", "./releases/a.xml", "releases//a.xml",
                  "releases/../releases/a.xml", str(root / "releases" / "a.xml"),
                  "folder-link/a.xml", "releases/link.xml", "releases/new.pot"):
        expected = os.path.relpath(Path(shown).resolve(), root.resolve())
        assert relative(Path(shown), root) == Path(expected).as_posix(), shown
        assert relative(shown, root) == Path(expected).as_posix(), shown
    # relative names are the current folder's, which may change within a process
    other = tmp_path / "other"
    (other / "releases").mkdir(parents=True)
    monkeypatch.chdir(other)
    assert relative("releases/a.xml", other) == "releases/a.xml"
    assert relative("releases/a.xml", root) == "../other/releases/a.xml"


def test_a_path_on_another_drive_is_shown_as_given_str_or_path(tmp_path, monkeypatch):
    """Windows' relpath refuses two drives (ValueError); update hands its paths as str."""
    from toolkit.catalogs import relative

    def other_drive(path: str, start: str) -> str:
        raise ValueError("path is on mount 'D:', start on mount 'C:'")

    elsewhere = (tmp_path / "elsewhere" / "a.xml").as_posix()
    with monkeypatch.context() as patched:
        patched.setattr(os.path, "relpath", other_drive)
        shown = [relative(elsewhere, tmp_path / "project"),
                 relative(Path(elsewhere), tmp_path / "project")]
    assert shown == [elsewhere, elsewhere]

"""`communique normalize`: files in, releases out, one line per error, exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from toolkit.cli.app import app
from toolkit.normalize import batch

from .office_docs import docx, p, r
from .pages import page
from .support import FIXTURES

runner = CliRunner()
MOFA = FIXTURES / "mofa-meeting-text"
MOFA_ID = "2023-03-07-japan-mongolia-foreign-ministers-meeting"


def run(*args: str):
    return runner.invoke(app, ["normalize", *args])


@pytest.fixture
def mofa(tmp_path: Path) -> Path:
    target = tmp_path / "in" / "meeting.txt"
    target.parent.mkdir()
    shutil.copy(MOFA / "input.txt", target)
    return target


def test_writes_the_release_named_by_its_id(tmp_path, mofa):
    out = tmp_path / "releases"
    result = run(str(mofa), "-o", str(out))
    assert result.exit_code == 0, result.output
    written = out / f"{MOFA_ID}.xml"
    assert written.read_bytes() == (MOFA / "expected.xml").read_bytes()
    assert result.stdout == f"{mofa} -> {written} (written, 14 guesses)\n"
    assert result.stderr == ""


def test_a_second_run_leaves_the_release_unchanged(tmp_path, mofa):
    out = tmp_path / "releases"
    run(str(mofa), "-o", str(out))
    mtime = (out / f"{MOFA_ID}.xml").stat().st_mtime_ns
    result = run(str(mofa), "-o", str(out))
    assert result.exit_code == 0 and "(unchanged," in result.stdout
    assert (out / f"{MOFA_ID}.xml").stat().st_mtime_ns == mtime


def test_a_different_existing_release_is_not_overwritten_without_force(tmp_path, mofa):
    out = tmp_path / "releases"
    out.mkdir()
    existing = out / f"{MOFA_ID}.xml"
    existing.write_text("hand-edited\n")
    result = run(str(mofa), "-o", str(out))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "--force" in result.stderr
    assert result.stderr.startswith(f"{existing}: error: exists")
    assert existing.read_text() == "hand-edited\n"
    result = run(str(mofa), "-o", str(out), "--force")
    assert result.exit_code == 0 and "(overwritten," in result.stdout
    assert existing.read_bytes() == (MOFA / "expected.xml").read_bytes()


@pytest.mark.parametrize(("data", "message"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file (a PNG image)"),
    (b"", "empty file"),
    ("Titre\nle 24 décembre 2022\n".encode("latin-1"), "cannot be decoded as utf-8"),
    # (the value a newcomer is to give, not only the option's name)
    ("Titre\nle 24 décembre 2022\n".encode("latin-1"), "2:8: error: cannot be decoded as "
     "utf-8 (byte 0xe9); give its encoding, e.g. --encoding cp1252 for text saved on "
     "Windows in a Western European language"),
])
def test_unreadable_inputs_exit_2_with_one_line_and_write_nothing(tmp_path, data, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(data)
    out = tmp_path / "releases"
    result = run(str(bad), "-o", str(out))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert result.stderr.startswith(f"{bad}")
    assert "Traceback" not in result.output
    assert not out.exists() or not any(out.iterdir())


def test_an_encoding_can_be_chosen(tmp_path):
    text = ("Ministère de l'Europe et des Affaires étrangères\nDéclaration\n"
            "Paris, le 24 décembre 2022\nUn paragraphe qui se termine.\n")
    source = tmp_path / "fr.txt"
    source.write_bytes(text.encode("latin-1"))
    result = run(str(source), "-o", str(tmp_path / "out"), "--encoding", "latin-1")
    assert result.exit_code == 0, result.output
    data = (tmp_path / "out" / "2022-12-24-declaration.xml").read_text(encoding="utf-8")
    assert 'xml:lang="fr"' in data and "24 décembre 2022" in data


def test_one_bad_input_does_not_stop_the_others(tmp_path, mofa):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    result = run(str(bad), str(mofa), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert (tmp_path / "out" / f"{MOFA_ID}.xml").exists()
    assert result.stderr.count("\n") == 1


def test_json_report_lists_every_guess(tmp_path, mofa):
    result = run(str(mofa), "-o", str(tmp_path / "out"), "--format", "json")
    assert result.exit_code == 0, result.output
    [report] = json.loads(result.stdout)
    assert report["id"] == MOFA_ID and report["kind"] == "text" and report["lang"] == "en"
    assert report["output"] == str(tmp_path / "out" / f"{MOFA_ID}.xml")
    assert report["status"] == "written"
    whats = [g["what"] for g in report["guesses"]]
    assert {"title", "publisher", "series", "alt", "dropped", "year", "cleaned"} <= set(whats)
    assert all(set(g) == {"what", "value", "rule", "line"} for g in report["guesses"])


def test_options_override_the_guesses(tmp_path, mofa):
    result = run(str(mofa), "-o", str(tmp_path / "out"), "--title", "Talks with Mongolia",
                 "--date", "2023-03-08", "--id", "mongolia-talks", "--publisher", "MOFA",
                 "--lang", "en-GB")
    assert result.exit_code == 0, result.output
    data = (tmp_path / "out" / "mongolia-talks.xml").read_text(encoding="utf-8")
    assert 'id="mongolia-talks"' in data and 'xml:lang="en-GB"' in data
    assert "<title>Talks with Mongolia</title>" in data
    assert "<publisher>MOFA</publisher>" in data
    assert '<date value="2023-03-08" skeleton="yMMMMd">8 March 2023</date>' in data
    # The year of the date line is the option's: "March 6" is read in 2023.
    assert '<date value="2023-03-06" skeleton="MMMMd">March 6</date>' in data


@pytest.mark.parametrize(("args", "message"), [
    (["--date", "24/12/2022"], "is not a date"),
    (["--id", "bad id"], "--id"),
    (["--lang", "xx"], "not a language"),
    (["--encoding", "nothing-8"], "not an encoding"),
    (["--encoding", "base64"], "not an encoding"),  # (bytes to bytes: no text encoding)
    (["--encoding", "undefined"], "not an encoding"),  # (was a traceback)
])
def test_bad_options_exit_2_with_one_line(tmp_path, mofa, args, message):
    result = run(str(mofa), "-o", str(tmp_path / "out"), *args)
    assert result.exit_code == 2
    assert message in result.stderr and result.stderr.count("\n") == 1


@pytest.mark.parametrize("option", ["--title", "--publisher"])
@pytest.mark.parametrize("value", ["", "  "])
def test_an_empty_title_or_publisher_is_refused_not_ignored(tmp_path, mofa, option, value):
    # `--title ""` (an unset shell variable) was taken for no option and the guess used
    # in silence.
    result = run(str(mofa), "-o", str(tmp_path / "out"), option, value)
    assert result.exit_code == 2
    assert result.stderr == (f"communique: error: {option} is empty: give the text, or "
                             f"leave {option} out to have it read from the input\n")
    assert result.stdout == ""
    assert not (tmp_path / "out").exists()


def test_title_and_id_need_exactly_one_input(tmp_path, mofa):
    result = run(str(mofa), str(mofa), "-o", str(tmp_path), "--id", "x")
    assert result.exit_code == 2 and "exactly one input" in result.stderr


def test_two_inputs_with_the_same_date_and_title_get_distinct_ids(tmp_path, mofa):
    other = tmp_path / "in" / "copy.txt"
    other.write_text(mofa.read_text(encoding="utf-8").replace("1,500", "1,600"),
                     encoding="utf-8")
    result = run(str(mofa), str(other), "-o", str(tmp_path / "out"), "--format", "json")
    assert result.exit_code == 0, result.output
    first, second = json.loads(result.stdout)
    assert first["id"] == MOFA_ID and second["id"] == f"{MOFA_ID}-2"
    assert second["guesses"][-1]["what"] == "id"
    assert (tmp_path / "out" / f"{MOFA_ID}-2.xml").exists()


def test_release_xml_is_renormalised_in_place_as_it_is(tmp_path, sample_path):
    folder = tmp_path / "releases"
    folder.mkdir()
    copy = folder / sample_path.name
    shutil.copy(sample_path, copy)
    result = run(str(copy), "-o", str(folder))
    assert result.exit_code == 0, result.output
    assert "(unchanged, 0 guesses)" in result.stdout
    assert copy.read_bytes() == sample_path.read_bytes()


def test_a_release_keeps_its_own_date_over_date_and_says_so(tmp_path, sample_path):
    # Re-dated, the release was a second one beside the first (or over it, with
    # --force) whose id still names its old day: --date is for inputs without a date.
    folder = tmp_path / "releases"
    folder.mkdir()
    copy = folder / sample_path.name
    shutil.copy(sample_path, copy)
    result = run(str(copy), "-o", str(folder), "--date", "2024-05-01")
    assert result.exit_code == 0, result.output
    assert "(unchanged, 0 guesses)" in result.stdout
    assert copy.read_bytes() == sample_path.read_bytes()
    published = next(number for number, line in enumerate(
        sample_path.read_text(encoding="utf-8").splitlines(), start=1) if "<published>" in line)
    assert result.stderr.startswith(f"{copy}:{published}:0: warning: --date 2024-05-01 not "
                                    "applied: the release has its date, 2022-12-24")
    assert result.stderr.rstrip().endswith("[date-kept]")
    elsewhere = run(str(copy), "-o", str(tmp_path / "other"), "--date", "2024-05-01")
    assert elsewhere.exit_code == 0
    assert (tmp_path / "other" / sample_path.name).read_bytes() == sample_path.read_bytes()


def test_a_date_a_release_already_has_is_no_warning(tmp_path, sample_path):
    result = run(str(sample_path), "-o", str(tmp_path), "--date", "2022-12-24")
    assert result.exit_code == 0 and result.stderr == ""
    assert (tmp_path / sample_path.name).read_bytes() == sample_path.read_bytes()


def test_a_folder_stands_for_its_files_and_workers_change_nothing(tmp_path, monkeypatch):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for case in sorted(FIXTURES.iterdir()):
        source = next(case.glob("input.*"))
        if not (case / "options.txt").exists():
            shutil.copy(source, inputs / f"{case.name}{source.suffix}")
    serial = run(str(inputs), "-o", str(tmp_path / "serial"), "--jobs", "1")
    assert serial.exit_code == 0, serial.output
    monkeypatch.setattr(batch, "PARALLEL_FROM", 2)
    parallel = run(str(inputs), "-o", str(tmp_path / "parallel"), "--jobs", "2")
    assert parallel.exit_code == 0, parallel.output
    names = sorted(p.name for p in (tmp_path / "serial").iterdir())
    assert len(names) == len(list(inputs.iterdir()))
    assert names == sorted(p.name for p in (tmp_path / "parallel").iterdir())
    for name in names:
        assert (tmp_path / "serial" / name).read_bytes() == \
            (tmp_path / "parallel" / name).read_bytes()


NO_PUBLISHER = ("Rail link to open in June\n\nMarch 18, 2025\n\n"
                "The new rail link between Northport and Eastvale opens on June 2.\n")


def test_a_project_s_default_publisher_stands_in_only_where_the_input_names_none(
        tmp_path, mofa, monkeypatch):
    (tmp_path / "communique.toml").write_text('default-publisher = "Ministry of Transport"\n',
                                              encoding="utf-8")
    plain = tmp_path / "in" / "plain.txt"
    plain.write_text(NO_PUBLISHER, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run(str(plain), str(mofa), "--format", "json")
    assert result.exit_code == 0, result.output
    by_input = {Path(r["input"]).name: r for r in json.loads(result.stdout)}
    written = (tmp_path / by_input["plain.txt"]["output"]).read_text(encoding="utf-8")
    assert "<publisher>Ministry of Transport</publisher>" in written
    assert {"what": "publisher", "value": "Ministry of Transport"}.items() <= next(
        g for g in by_input["plain.txt"]["guesses"] if g["what"] == "publisher").items()
    # A release that names its publisher keeps it.
    own = (tmp_path / by_input["meeting.txt"]["output"]).read_text(encoding="utf-8")
    assert "Ministry of Transport" not in own


def test_run_from_outside_every_project_an_input_finds_the_project_above_it(
        tmp_path, monkeypatch):
    # A project in a folder of a repository, run from the repository's root: as every
    # other command (and --config's help) does, normalize takes the project above its
    # inputs; it refused for want of the project's default publisher, or with --publisher
    # wrote the release to ./releases of the repository.
    project = tmp_path / "l10n"
    (project / "inbox").mkdir(parents=True)
    (project / "communique.toml").write_text('default-publisher = "Ministry of Transport"\n',
                                             encoding="utf-8")
    plain = project / "inbox" / "plain.txt"
    plain.write_text(NO_PUBLISHER, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("l10n/inbox/plain.txt", "--format", "json")
    assert result.exit_code == 0, result.output
    [report] = json.loads(result.stdout)
    assert Path(report["output"]).parent == Path("l10n/releases")
    written = (tmp_path / report["output"]).read_text(encoding="utf-8")
    assert "<publisher>Ministry of Transport</publisher>" in written
    assert not (tmp_path / "releases").exists()


TAIWAN = ("行政院新聞傳播處\n中華民國114年3月5日\n\n綠能補助計畫擴大\n\n"
          "行政院今日宣布擴大綠能補助計畫，預計受益家庭增加一倍。\n")


def test_a_text_in_the_project_s_language_takes_the_project_s_tag(tmp_path, monkeypatch):
    # A Traditional Chinese text was tagged xml:lang="zh" (simplified Chinese, as a tag)
    # in a zh-Hant project, so validate warned release-language on every release.
    (tmp_path / "communique.toml").write_text(
        'source-locale = "zh-Hant"\ndefault-publisher = "行政院"\n', encoding="utf-8")
    text = tmp_path / "in.txt"
    text.write_text(TAIWAN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run(str(text), "--format", "json")
    assert result.exit_code == 0, result.output
    [report] = json.loads(result.stdout)
    written = (tmp_path / report["output"]).read_text(encoding="utf-8")
    assert 'xml:lang="zh-Hant"' in written
    assert {"what": "language", "value": "zh-Hant"}.items() <= next(
        g for g in report["guesses"] if g["what"] == "language").items()
    validated = runner.invoke(app, ["validate"])
    assert "release-language" not in validated.output, validated.output


FRENCH_DOCX_RUN = '<w:lang w:val="{}"/>'


def test_every_reader_tags_a_release_in_the_projects_language_with_its_source_locale(
        tmp_path, monkeypatch):
    # Word marks its text with the proofing language ("fr-FR"), a page may say "fr-FR":
    # their releases, and so their pages, said fr-FR while the project's copied texts
    # said fr. The project's tag wins for its language; another language keeps its own.
    (tmp_path / "communique.toml").write_text(
        'source-locale = "fr"\ndefault-publisher = "Ministère de la Culture"\n',
        encoding="utf-8")
    paragraphs = ("Le ministère lance un plan", "Paris, le 24 décembre 2022",
                  "Le ministère annonce un plan pour la culture et le patrimoine.")
    for name, lang in (("fr", "fr-FR"), ("be", "fr-BE"), ("de", "de-DE")):
        (tmp_path / f"{name}.docx").write_bytes(docx(*(
            p(r(text, FRENCH_DOCX_RUN.format(lang))) for text in paragraphs),
            title=f"{paragraphs[0]} {name}"))
    (tmp_path / "page.html").write_bytes(
        page("<main><h1>Le ministère ouvre un musée</h1><p>24 décembre 2022</p>"
             f"<p>{paragraphs[2]}</p></main>", lang="fr-FR"))
    monkeypatch.chdir(tmp_path)
    tags = {}
    for name in ("fr.docx", "be.docx", "de.docx", "page.html"):
        result = run(name, "-o", "out", "--date", "2022-12-24", "--format", "json")
        assert result.exit_code == 0, result.output
        [report] = json.loads(result.stdout)
        written = (tmp_path / report["output"]).read_text(encoding="utf-8")
        tags[name] = written.split('xml:lang="', 1)[1].split('"', 1)[0]
    assert tags == {"fr.docx": "fr", "be.docx": "fr", "de.docx": "de-DE", "page.html": "fr"}


TURKISH = ("İhracatta yeni rekor: ocak ayında 1.200 firma ilk kez ihracat yaptı\n\n"
           "Ankara, 15 Ocak 2025\n\n"
           "Ticaret Bakanı bugün yaptığı açıklamada, ocak ayında 1.200 firmanın ilk kez "
           "ihracat yaptığını söyledi.\n")
TURKISH_MAIL = ("From: Basin <basin@ticaret.example>\nSubject: Ihracat rekoru\n"
                "Date: Wed, 15 Jan 2025 10:00:00 +0300\nMIME-Version: 1.0\n"
                "Content-Type: text/plain; charset=utf-8\n"
                "Content-Transfer-Encoding: 8bit\n\n" + TURKISH)


def test_a_text_that_names_no_language_is_read_in_the_project_s_source_locale(
        tmp_path, monkeypatch):
    # A Turkish release (no lang, a month name no rule's language has, Latin letters)
    # was read with English rules in a `tr` project: "1.200" stored as 1.2, the date line
    # unread (a .txt refused, an .eml dated by its Date header, the line a photo's alt).
    (tmp_path / "communique.toml").write_text(
        'source-locale = "tr"\ndefault-publisher = "Ticaret Bakanlığı"\n',
        encoding="utf-8")
    (tmp_path / "in.txt").write_text(TURKISH, encoding="utf-8")
    (tmp_path / "in.eml").write_text(TURKISH_MAIL, encoding="utf-8")
    (tmp_path / "page.html").write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>İhracat</title></head>"
        "<body><main><h1>İhracatta yeni rekor</h1><p>15 Ocak 2025</p><p>Ticaret Bakanı "
        "1.200 firmanın ilk kez ihracat yaptığını söyledi.</p></main></body></html>",
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for name in ("in.txt", "in.eml", "page.html"):
        result = run(name, "-o", f"out-{name}", "--format", "json")
        assert result.exit_code == 0, result.output
        [report] = json.loads(result.stdout)
        written = (tmp_path / report["output"]).read_text(encoding="utf-8")
        assert 'xml:lang="tr"' in written, name
        assert '<date value="2025-01-15" skeleton="yMMMMd">15 Ocak 2025</date>' in written
        assert '<number value="1200">1.200</number>' in written, name
        assert "<figure>" not in written, name
        langs = [g for g in report["guesses"] if g["what"] == "lang"]
        assert [g["value"] for g in langs] == ["tr"], name  # the first reading's are gone


def test_the_language_a_text_shows_or_lang_names_wins_over_the_project_s(
        tmp_path, monkeypatch):
    (tmp_path / "communique.toml").write_text(
        'source-locale = "tr"\ndefault-publisher = "Ticaret Bakanlığı"\n',
        encoding="utf-8")
    (tmp_path / "en.txt").write_text(
        "Exports reach a record\n\nAnkara, January 15, 2025\n\n"
        "The minister said 1,200 firms exported for the first time.\n", encoding="utf-8")
    (tmp_path / "uk.txt").write_text(
        "Експорт сягнув рекорду\n\nКиїв, 15 січня 2025\n\n"
        "Міністр повідомив, що 1200 підприємств уперше експортували свою продукцію.\n",
        encoding="utf-8")
    (tmp_path / "tr.txt").write_text(TURKISH, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    tags = {}
    for name, given in (("en.txt", ()), ("uk.txt", ()), ("tr.txt", ("--lang", "en"))):
        result = run(name, "-o", f"out-{name}", "--format", "json", "--date", "2025-01-15",
                     *given)
        assert result.exit_code == 0, result.output
        [report] = json.loads(result.stdout)
        tags[name] = report["lang"]
    assert tags == {"en.txt": "en", "uk.txt": "uk", "tr.txt": "en"}


def test_english_words_name_english_where_the_date_line_is_digits(tmp_path, monkeypatch):
    # No month name to tell the language: the text's own words do. An English release in
    # a `de` project is not German ("1,200" would be 1.2); a Finnish one, whose "on" is
    # an English word too, is still no English text.
    (tmp_path / "communique.toml").write_text(
        'source-locale = "de"\ndefault-publisher = "Bundesamt"\n', encoding="utf-8")
    (tmp_path / "en.txt").write_text(
        "Exports reach a record\n\nBern, 15.01.2025\n\nThe minister said that 1,200 firms "
        "exported for the first time and that the sales of the year were up.\n",
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("en.txt", "-o", "out", "--format", "json")
    assert result.exit_code == 0, result.output
    [report] = json.loads(result.stdout)
    written = (tmp_path / report["output"]).read_text(encoding="utf-8")
    assert report["lang"] == "en"
    assert '<number value="1200">1,200</number>' in written

    (tmp_path / "communique.toml").write_text(
        'source-locale = "fi"\ndefault-publisher = "Valtiovarainministeriö"\n',
        encoding="utf-8")
    (tmp_path / "fi.txt").write_text(
        "Vienti on ennätyksessä\n\nHelsinki, 15.01.2025\n\nMinisteri sanoi, että vienti on "
        "kasvanut ja että tulos on hyvä. Kasvu on nopeaa, ja ennuste on vakaa.\n",
        encoding="utf-8")
    result = run("fi.txt", "-o", "out-fi", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["lang"] == "fi"


def test_without_a_default_publisher_the_refusal_says_where_to_set_one(tmp_path):
    plain = tmp_path / "plain.txt"
    plain.write_text(NO_PUBLISHER, encoding="utf-8")
    result = run(str(plain), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"{plain}: error: no publisher found (a site name, copyright line or 'About ...' "
        "heading); give --publisher, or set default-publisher in the project's config")

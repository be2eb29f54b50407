"""`check_file`: the issues validate reports of one release file."""

from __future__ import annotations

import os
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from toolkit.errors import InputError
from toolkit.loader import load_release
from toolkit.release_checks import check_file, check_unique_ids, windows_device


def test_xml_that_is_no_release_is_one_plain_issue_in_the_loaders_words(tmp_path: Path):
    # validate, build and extract say the same of a sitemap: the loader's one message,
    # not libxml2's "No matching global declaration available for the validation root."
    # Only the advice differs: validate is handed files by the pre-commit hook, whose
    # `exclude:` leaves such a file out; build and extract read the releases folder.
    path = tmp_path / "sitemap.xml"
    path.write_text("<?xml version='1.0'?>\n<urlset><url/></urlset>\n", encoding="utf-8")
    release, found = check_file(path, "en")
    with pytest.raises(InputError) as loaded:
        load_release(path)
    assert release is None
    statement = loaded.value.message.partition("; if the file")[0]
    assert [(i.path, i.line, i.column, i.code, i.message) for i in found] == [
        (str(path), 2, 0, "schema", statement + "; if the file is not meant to be one, "
         "leave it out (pre-commit: `exclude:`)")]
    assert loaded.value.message == statement + ("; if the file is not meant to be one, "
                                                "keep it out of the releases folder")
    assert loaded.value.message.startswith("not a release: its root element is <urlset>,")


def _release_with_id(folder: Path, release_id: str, sample: bytes) -> Path:
    """The sample release as folder/<release_id>.xml, with that id."""
    text = sample.decode("utf-8")
    original = text.split('id="', 1)[1].split('"', 1)[0]
    path = folder / f"{release_id}.xml"
    path.write_text(text.replace(f'id="{original}"', f'id="{release_id}"', 1), "utf-8")
    return path


def test_ids_that_differ_only_in_case_are_one_id_as_macos_and_windows_see_it():
    # Foo.xml and foo.xml are two files on Linux, one on macOS and Windows: the
    # colleague's clone holds one of them (git warns of "colliding" paths, no more), and
    # build's ja/Foo.html and ja/foo.html overwrite each other there. Found by running
    # extract, update and validate on such a pair: all three passed, exit 0.
    pairs = [(Path("releases/Foo.xml"), "Foo"), (Path("releases/bar.xml"), "bar"),
             (Path("releases/foo.xml"), "foo")]
    [clash] = check_unique_ids(pairs, lambda path: path.as_posix())
    assert (clash.path, clash.code, clash.severity) == (
        "releases/foo.xml", "id-duplicate", "error")
    assert clash.message.startswith(
        "release id 'foo' differs from 'Foo' (releases/Foo.xml) only in case: on macOS "
        "and Windows")


def test_a_duplicate_spelt_alike_keeps_its_message():
    pairs = [(Path("a/foo.xml"), "foo"), (Path("b/foo.xml"), "foo")]
    [clash] = check_unique_ids(pairs, lambda path: path.as_posix())
    assert clash.message == "release id 'foo' is also used by a/foo.xml"


@pytest.mark.parametrize("release_id", ["CON", "nul", "Aux", "prn", "com1", "LPT9",
                                        "nul.2022", "con.tokyo-visit"])
def test_a_windows_device_name_is_a_reserved_id(tmp_path: Path, sample_bytes: bytes,
                                                release_id: str):
    # git for Windows cannot check out releases/CON.xml (nor NUL.tar.gz: the name before
    # the first dot counts); validate passed such a release, exit 0.
    path = _release_with_id(tmp_path, release_id, sample_bytes)
    _, found = check_file(path, "en")
    [issue] = [i for i in found if i.code == "id-reserved"]
    line = path.read_text("utf-8").splitlines()[issue.line - 1]
    assert line[issue.column - 1:].startswith(f'{release_id}"')  # at the value, as id-filename
    assert line[:issue.column - 1].endswith(' id="')
    assert issue.message.startswith(f"release id {release_id!r} is a device name on Windows")
    assert windows_device(release_id)


@pytest.mark.parametrize("release_id", ["console", "com10", "com0", "nullify", "a.con",
                                        "auxiliary-2022"])
def test_names_that_only_look_like_devices_are_ids_like_any_other(
        tmp_path: Path, sample_bytes: bytes, release_id: str):
    path = _release_with_id(tmp_path, release_id, sample_bytes)
    _, found = check_file(path, "en")
    assert not [i for i in found if i.code == "id-reserved"]
    assert not windows_device(release_id)


# ---------------------------------------------------------------- addresses
# A `javascript:` link in a source release passed validate without a word, and the
# build wrote the page with an <a> that went nowhere (it leaves such an address out).
@pytest.mark.parametrize("href", ["javascript:alert(1)", "JavaScript:void(0)",
                                  " javascript:alert(1)", "data:text/html,<b>x</b>",
                                  "vbscript:msgbox(1)", "//evil.example/x",
                                  "\\\\evil.example/x", "/\\evil.example/x"])
def test_a_link_the_build_would_leave_without_its_address_is_an_error_on_its_line(
        tmp_path: Path, sample_bytes: bytes, href: str):
    path = _with(tmp_path, sample_bytes, b"<em>rule of law</em>",
                 f'<link href="{escape(href)}">rule of law</link>'.encode())
    _, issues = check_file(path)
    [issue] = issues
    line = sample_bytes[:sample_bytes.index(b"<em>rule of law")].count(b"\n") + 1
    assert (issue.code, issue.severity.value, issue.line) == ("address-scheme", "error", line)
    assert repr(href) in issue.message
    assert "write an http, https, mailto or tel address or a relative one" in issue.message
    if href[:1] in ("/", "\\"):
        assert "starting // or \\\\, which browsers read alike" in issue.message
    else:  # the scheme as browsers read it
        assert f"no {href.strip().split(':')[0].lower()}: address" in issue.message


@pytest.mark.parametrize("written", ["/&#9;/evil.example/x", "/&#10;/evil.example/x",
                                     "&#13;//evil.example/x"])
def test_a_tab_or_line_break_in_a_link_is_read_as_browsers_read_it(
        tmp_path: Path, sample_bytes: bytes, written: str):
    # Browsers drop tabs and line breaks anywhere in an address (a space they keep): so
    # this is //evil.example. (Written as character references: the XML parser reads a
    # raw tab or line break in an attribute as a space.)
    path = _with(tmp_path, sample_bytes, b"<em>rule of law</em>",
                 f'<link href="{written}">rule of law</link>'.encode())
    [issue] = check_file(path)[1]
    assert issue.code == "address-scheme"
    assert "starting // or \\\\, which browsers read alike" in issue.message


def test_a_figure_whose_photo_the_build_would_leave_out_is_an_error(tmp_path: Path,
                                                                    sample_bytes: bytes):
    path = _with(tmp_path, sample_bytes, b'src="images/2022-12-24-talks.jpg"',
                 b'src="data:image/png;base64,iVBORw0KGgo="')
    [issue] = check_file(path)[1]
    assert (issue.code, issue.line) == ("address-scheme", 16)
    assert "figure src 'data:image/png;base64,iVBORw0KGgo='" in issue.message
    assert "a page carries no data: address" in issue.message
    assert "an http or https address" in issue.message  # (no mailto: for a photo)


@pytest.mark.parametrize("href", ["https://www.mofa.go.jp/", "http://x.example/a b",
                                  "mailto:press@mofa.example", "/press/2022.html",
                                  "annex.pdf", "#points", "?page=2", "/ /press/2022.html"])
def test_addresses_a_page_links_are_no_finding(tmp_path: Path, sample_bytes: bytes,
                                               href: str):
    path = _with(tmp_path, sample_bytes, b"<em>rule of law</em>",
                 f'<link href="{escape(href)}">rule of law</link>'.encode())
    assert check_file(path)[1] == []


# A scraped page's stray U+202E was normalised into a paragraph, passed validate and
# reversed the rest of the page's paragraph (in the place, the publisher's name after
# it in the dateline); the translator who kept it, as in the source, was refused.
@pytest.mark.parametrize(("old", "new", "control"), [
    (b"<place>Tokyo</place>", "<place>\u202eTokyo</place>", "U+202E (RIGHT-TO-LEFT OVERRIDE)"),
    (b"<em>rule of law</em>", "<em>rule\u202b of law</em>",
     "U+202B (RIGHT-TO-LEFT EMBEDDING)"),
    (b"<em>rule of law</em>", "<em>rule of law</em>\u2067", "U+2067 (RIGHT-TO-LEFT ISOLATE)"),
    (b"<em>rule of law</em>", "rule \u2069of law", "U+2069 (POP DIRECTIONAL ISOLATE)"),
])
def test_a_directional_control_left_unpaired_in_a_segment_is_an_error_on_its_line(
        tmp_path: Path, sample_bytes: bytes, old: bytes, new: str, control: str):
    path = _with(tmp_path, sample_bytes, old, new.encode())
    [issue] = check_file(path)[1]
    line = sample_bytes[:sample_bytes.index(old)].count(b"\n") + 1
    assert (issue.code, issue.severity.value, issue.line) == ("direction-unpaired", "error",
                                                              line)
    assert issue.message.startswith(f"{'place' if b'place' in old else 'item'}: {control} "
                                    "is not paired")


def test_directional_controls_paired_in_a_segment_are_no_finding(tmp_path: Path,
                                                                 sample_bytes: bytes):
    # An Arabic name isolated in an English sentence, an override closed by its PDF.
    path = _with(tmp_path, sample_bytes, b"<em>rule of law</em>",
                 "<em>rule \u2067\u0627\u0644\u0642\u0627\u0646\u0648\u0646\u2069 of "
                 "\u202elaw\u202c</em>".encode())
    assert check_file(path)[1] == []


def _with(folder: Path, sample: bytes, old: bytes, new: bytes) -> Path:
    assert old in sample
    path = folder / "japan-kyrgyz-fm-meeting-2022.xml"
    path.write_bytes(sample.replace(old, new, 1))
    return path


def test_a_weekday_beside_a_date_of_another_day_is_a_warning_at_its_column(
        tmp_path: Path, sample_bytes: bytes):
    # 24 December 2022 is a Saturday.
    text = sample_bytes.decode("utf-8")
    text = text.replace('<p>On <date value="2022-12-24"', '<p>On Friday, <date value="2022-12-24"')
    text = text.replace('skeleton="yMMMMd">December 24, 2022</date></published>',
                        'skeleton="yMMMMd">Sunday, December 24, 2022</date></published>')
    path = tmp_path / "japan-kyrgyz-fm-meeting-2022.xml"
    path.write_text(text, encoding="utf-8")
    release, found = check_file(path, "en")
    assert release is not None
    lines = text.splitlines()
    weekdays = [(i.line, i.column, i.severity.value, i.code) for i in found]
    assert weekdays == [(6, 59, "warning", "weekday-mismatch"),
                        (24, 11, "warning", "weekday-mismatch")]
    assert lines[5][58:].startswith("Sunday") and lines[23][10:].startswith("Friday")
    assert found[1].message.startswith("'Friday' is written beside the date 'December 24' "
                                       "(2022-12-24), a Saturday;")


def test_the_samples_weekdays_agree_with_their_dates(tmp_path: Path, sample_bytes: bytes):
    text = sample_bytes.decode("utf-8").replace('<p>On <date value="2022-12-24"',
                                                '<p>On Saturday, <date value="2022-12-24"')
    path = tmp_path / "japan-kyrgyz-fm-meeting-2022.xml"
    path.write_text(text, encoding="utf-8")
    assert check_file(path, "en")[1] == []


# ---------------------------------------------------------------- photos
# The build copies a figure's photo from beside its release; a src that named no file
# was written into every page anyway (a broken image in each language) and validate
# said nothing. Found by validating the sample project: "no problems", three figures,
# no photo.
HANDSHAKE, TALKS, SIGNING = (f"images/2022-12-24-{name}.jpg"
                             for name in ("handshake", "talks", "signing"))


def _in_releases(root: Path, sample: bytes, *photos: str,
                 folder: str = "") -> tuple[Path, str]:
    """The sample release in root/releases (or a `folder` under it), with `photos` beside
    it; the release's path and the releases folder as validate gives it."""
    releases = root / "releases"
    path = releases / folder / "japan-kyrgyz-fm-meeting-2022.xml"
    path.parent.mkdir(parents=True)
    path.write_bytes(sample)
    for photo in photos:
        (path.parent / photo).parent.mkdir(parents=True, exist_ok=True)
        (path.parent / photo).write_bytes(b"\xff\xd8")
    return path, str(releases)


def test_a_figure_whose_src_names_no_file_is_a_warning_at_the_srcs_value(
        tmp_path: Path, sample_bytes: bytes):
    path, releases = _in_releases(tmp_path, sample_bytes, TALKS)
    _, found = check_file(path, "en", in_releases=True, releases=releases)
    lines = sample_bytes.decode("utf-8").splitlines()
    assert [(i.line, i.column, i.severity.value, i.code) for i in found] == [
        (12, 16, "warning", "figure-missing"), (20, 16, "warning", "figure-missing")]
    for issue, src in zip(found, (HANDSHAKE, SIGNING), strict=True):
        assert lines[issue.line - 1][issue.column - 1:].startswith(src + '"')
    assert found[0].message == (
        f"figure src {HANDSHAKE!r} names no file: no {HANDSHAKE} beside the release "
        "(under the releases folder), so every page shows a photo that is not there; "
        "add the photo or correct the src")


def test_a_release_with_its_photos_beside_it_has_no_finding(tmp_path: Path,
                                                           sample_bytes: bytes):
    path, releases = _in_releases(tmp_path, sample_bytes, HANDSHAKE, TALKS, SIGNING)
    assert check_file(path, "en", in_releases=True, releases=releases)[1] == []


def test_a_release_in_a_subfolder_has_its_photos_beside_it_as_the_build_copies_them(
        tmp_path: Path, sample_bytes: bytes):
    path, releases = _in_releases(tmp_path, sample_bytes, HANDSHAKE, TALKS, folder="2022")
    (tmp_path / "releases" / SIGNING).parent.mkdir(parents=True)
    (tmp_path / "releases" / SIGNING).write_bytes(b"")  # (not beside it: not its photo)
    [issue] = check_file(path, "en", releases=releases)[1]
    assert (issue.code, issue.line) == ("figure-missing", 20)


def test_a_folder_where_the_photo_should_be_is_no_photo(tmp_path: Path,
                                                       sample_bytes: bytes):
    path, releases = _in_releases(tmp_path, sample_bytes, HANDSHAKE, TALKS)
    (tmp_path / "releases" / SIGNING).mkdir()
    [issue] = check_file(path, "en", releases=releases)[1]
    assert (issue.code, issue.line) == ("figure-missing", 20)


@pytest.mark.parametrize("src", ["https://www.mofa.example/talks.jpg", "/images/talks.jpg",
                                 "../talks.jpg", "images/talks.pdf",
                                 "images/.talks.jpg"])
def test_a_src_the_build_leaves_as_written_is_not_looked_for(tmp_path: Path,
                                                             sample_bytes: bytes, src: str):
    sample = sample_bytes.replace(f'src="{HANDSHAKE}"'.encode(), f'src="{src}"'.encode())
    path, releases = _in_releases(tmp_path, sample, TALKS, SIGNING)
    assert check_file(path, "en", releases=releases)[1] == []


def test_a_src_with_a_query_or_fragment_is_looked_for_as_the_file_it_names(
        tmp_path: Path, sample_bytes: bytes):
    # (the build copies the file, and keeps the query on the page's src)
    sample = sample_bytes.replace(f'src="{HANDSHAKE}"'.encode(),
                                  f'src="{HANDSHAKE}?v=2#x"'.encode())
    path, releases = _in_releases(tmp_path, sample, HANDSHAKE, TALKS, SIGNING)
    assert check_file(path, "en", releases=releases)[1] == []
    path, releases = _in_releases(tmp_path / "other", sample, TALKS, SIGNING)
    [issue] = check_file(path, "en", releases=releases)[1]
    assert (issue.code, issue.line) == ("figure-missing", 12)


def test_a_release_outside_the_releases_folder_or_without_it_is_not_looked_for(
        tmp_path: Path, sample_bytes: bytes):
    # (A file the pre-commit hook gives from elsewhere: the build copies nothing for it.)
    path, _ = _in_releases(tmp_path, sample_bytes)
    assert check_file(path, "en", releases=str(tmp_path / "other"))[1] == []
    assert check_file(path, "en")[1] == []


def test_each_figure_costs_one_stat_and_a_release_without_one_none(
        tmp_path: Path, sample_bytes: bytes, monkeypatch: pytest.MonkeyPatch):
    path, releases = _in_releases(tmp_path, sample_bytes, HANDSHAKE, TALKS, SIGNING)
    stat = os.stat
    asked: list[str] = []
    monkeypatch.setattr(os, "stat", lambda p, *a, **k: asked.append(os.fspath(p))
                        or stat(p, *a, **k))
    check_file(path, "en", releases=releases)
    photos = [p for p in asked if p.endswith(".jpg")]
    assert sorted(photos) == sorted(os.path.join(releases, *src.split("/"))
                                    for src in (HANDSHAKE, TALKS, SIGNING))
    asked.clear()
    start, end = sample_bytes.index(b"  <figure"), sample_bytes.index(b"  <body>")
    path.write_bytes(sample_bytes[:start] + sample_bytes[end:])
    check_file(path, "en", releases=releases)
    assert [p for p in asked if p.startswith(releases) and p != str(path)] == []


# ---------------------------------------------------------------- text alternatives
# A figure with neither alt nor caption was built with alt="", which tells a screen
# reader the photo is decoration (WCAG 1.1.1), and validate said nothing: normalize
# writes such a figure for a page's <figure><img src=...></figure>.
SIGNING_CAPTION = (b"    <caption>The ministers after the exchange of notes on "
                   b"<term>grant aid</term></caption>\n")


def test_a_photo_with_neither_alt_nor_caption_is_a_warning_at_its_src(
        tmp_path: Path, sample_bytes: bytes):
    path = _with(tmp_path, sample_bytes, SIGNING_CAPTION, b"")
    [issue] = check_file(path, "en")[1]
    assert (issue.line, issue.column, issue.severity.value, issue.code) == (
        20, 16, "warning", "figure-no-alt")
    line = path.read_text("utf-8").splitlines()[issue.line - 1]
    assert line[issue.column - 1:].startswith(SIGNING + '"')
    assert issue.message == (
        f"figure src {SIGNING!r} has neither alt text nor a caption: every page shows the "
        'photo with alt="", which tells a screen reader it is decoration (WCAG 1.1.1); say '
        "what it shows in an <alt> (or a <caption>)")


def test_figures_on_one_line_are_each_placed_at_their_own_src(tmp_path: Path,
                                                              sample_bytes: bytes):
    start, end = sample_bytes.index(b"  <figure"), sample_bytes.index(b"  <body>")
    figures = b'  <figure src="a.jpg"><alt>A</alt></figure><figure src="b.jpg"/>\n'
    path = tmp_path / "japan-kyrgyz-fm-meeting-2022.xml"
    path.write_bytes(sample_bytes[:start] + figures + sample_bytes[end:])
    [issue] = check_file(path, "en")[1]
    assert (issue.code, issue.line, issue.column) == ("figure-no-alt", 12, 57)
    assert figures.decode()[issue.column - 1:].startswith('b.jpg"')


@pytest.mark.parametrize(("old", "new"), [
    # A caption alone says what the photo shows (the sample's signing photo).
    (b"", b""),
    # An alt alone.
    (SIGNING_CAPTION, b"    <alt>The ministers sign the notes</alt>\n"),
    # No photo to show: a caption-less figure without src, or with one the build drops
    # (address-scheme's to say).
    (b'  <figure src="images/2022-12-24-signing.jpg">\n' + SIGNING_CAPTION,
     b"  <figure>\n    <alt>The ministers sign the notes</alt>\n"),
])
def test_a_photo_with_a_text_alternative_or_none_shown_is_no_finding(
        tmp_path: Path, sample_bytes: bytes, old: bytes, new: bytes):
    path = _with(tmp_path, sample_bytes, old, new)
    assert check_file(path, "en")[1] == []


def test_a_photo_the_build_leaves_out_is_address_schemes_alone(tmp_path: Path,
                                                              sample_bytes: bytes):
    path = _with(tmp_path, sample_bytes,
                 b'src="images/2022-12-24-signing.jpg">\n' + SIGNING_CAPTION,
                 b'src="javascript:alert(1)">\n')
    assert [i.code for i in check_file(path, "en")[1]] == ["address-scheme"]

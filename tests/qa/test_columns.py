"""Where in a catalog a finding is: the PO line and column of a bad tag in a msgstr (or
msgstr[n]), of a header field's value and of the code an allow mark names, in every output
format."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from qa_support import CASES, RELEASE_ID, validate
from typer.testing import CliRunner

from toolkit.cli.app import app
from toolkit.po_read import parse_po
from toolkit.qa import catalog_checks
from toolkit.qa.catalog_checks import Places, msgstr_position
from toolkit.qa.codes import ALLOW_MARK
from toolkit.qa.config import allow_marks

LINK_RU = 'msgstr "Обновления см. на <link><em>официальном сайте</em></link>."\n'
# The tag on the second line of a continued msgstr, after an escaped quote (one
# character of the text, two of the line).
LINK_BAD = ('msgstr ""\n"Обновления \\"см.\\" "\n"на <link><em>официальном сайте</em></lnk>."\n')


def _catalog(project: Path) -> Path:
    return project / "locales" / "ru" / "LC_MESSAGES" / f"{RELEASE_ID}.po"


def _break(project: Path, old: str, new: str) -> tuple[Path, list[str]]:
    path = _catalog(project)
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))
    return path, path.read_text().splitlines()


def _outputs(project: Path) -> tuple[str, str, list[tuple[str, dict[str, int]]]]:
    """validate's report in text, as GitHub annotations, and SARIF's results as (rule,
    region)."""
    config = ["--config", str(project / "communique.toml")]
    runner = CliRunner()
    text = runner.invoke(app, ["validate", *config]).stdout
    github = runner.invoke(app, ["validate", *config, "--format", "github"]).stdout
    sarif = json.loads(runner.invoke(app, ["validate", *config, "--format", "sarif"]).stdout)
    return text, github, [(r["ruleId"], r["locations"][0]["physicalLocation"]["region"])
                          for r in sarif["runs"][0]["results"]]


def test_a_bad_tag_is_reported_at_its_line_and_column(project):
    _, lines = _break(project, LINK_RU, LINK_BAD)
    [issue] = validate(project).issues
    line = lines.index('"на <link><em>официальном сайте</em></lnk>."') + 1
    assert issue["code"] == "markup-invalid"
    before = '"на <link><em>официальном сайте</em>'
    assert (issue["line"], issue["column"]) == (line, len(before) + 1)
    assert lines[line - 1][issue["column"] - 1:].startswith("</lnk>")


def test_an_attribute_on_a_tag_on_one_line(project):
    _, lines = _break(project, "на <link>", 'на <link href=\\"x\\">')
    [issue] = validate(project).issues
    text = lines[issue["line"] - 1]
    assert issue["code"] == "placeholder-attribute"
    assert text.startswith("msgstr ") and text[issue["column"] - 1:].startswith("<link ")


def test_every_format_carries_the_column(project):
    _break(project, LINK_RU, LINK_BAD)
    [issue] = validate(project).issues
    line, column = issue["line"], issue["column"]
    text, github, results = _outputs(project)
    assert f"{RELEASE_ID}.po:{line}:{column}: error:" in text
    assert f"line={line},col={column},title=markup-invalid" in github
    [(_, region)] = results
    assert region == {"startLine": line, "startColumn": column}


def test_a_translators_allow_comment_still_silences_a_finding_placed_on_a_later_line(project):
    _break(project, LINK_RU, LINK_BAD)
    path = _catalog(project)
    text = path.read_text()
    path.write_text(text.replace('msgid "See the', "# communique-allow: markup-invalid\n"
                                 'msgid "See the'))
    assert validate(project).issues == []


# An entry's allow marks, in flags and translator comments: the code of each at its column.
ALLOWING = ["# A note.", "# communique-allow: numbr-changed, url-changed  urll-changed",
            "#. paragraph", "#: releases/a.xml:3", "#, fuzzy, communique-allow: emial-changed",
            "#, communique-allow:url-changed", '#| msgid "old"', 'msgctxt "c"', 'msgid "a"',
            'msgstr "b"']


@pytest.mark.parametrize(("nth", "code"), [
    (0, "emial-changed"), (1, "url-changed"),  # the flags first, as allow_marks reads them
    (2, "numbr-changed"), (3, "url-changed"), (4, "urll-changed"),
])
def test_an_allow_mark_is_placed_at_the_code_it_names(nth, code):
    lines = ['msgid "z"', 'msgstr "y"', *ALLOWING]
    entry = parse_po("\n".join(lines).encode(), "x.po").entries[1]
    assert allow_marks(entry.flags, entry.translator_comments)[nth] == code
    line, column = msgstr_position(lines, entry.line, ALLOW_MARK, nth) or (0, 0)
    assert lines[line - 1][column - 1:].startswith(code)
    assert msgstr_position(lines, entry.line, ALLOW_MARK, 5) is None


def test_a_previous_entrys_marks_are_not_counted():
    lines = ['# communique-allow: numbr-changed', 'msgid "z"', 'msgstr "y"',
             '"more"', "# communique-allow: urll-changed", 'msgid "a"', 'msgstr "b"']
    assert msgstr_position(lines, 6, ALLOW_MARK, 0) == (5, 21)
    assert msgstr_position(lines, 6, ALLOW_MARK, 1) is None


def test_an_entrys_marks_parted_by_a_blank_line_are_all_counted():
    # The reader keeps comments across a blank line with the msgid below them: stopping
    # at the blank line placed the flag's code (the first) at the comment's.
    lines = ['msgid "z"', 'msgstr "y"', "", "#, communique-allow: emial-changed", "",
             "# communique-allow: urll-changed", 'msgid "a"', 'msgstr "b"']
    entry = parse_po("\n".join(lines).encode(), "x.po").entries[1]
    assert allow_marks(entry.flags, entry.translator_comments) == ["emial-changed",
                                                                   "urll-changed"]
    assert msgstr_position(lines, entry.line, ALLOW_MARK, 0) == (4, 22)
    assert msgstr_position(lines, entry.line, ALLOW_MARK, 1) == (6, 21)


def test_an_allow_unknown_finding_is_silenced_by_its_entrys_own_allow_comment(project):
    path, lines = _break(project, 'msgid "See the',
                         '# communique-allow: numbr-changed\nmsgid "See the')
    [issue] = validate(project).issues
    assert issue["code"] == "allow-unknown"
    assert lines[issue["line"] - 1][issue["column"] - 1:] == "numbr-changed"
    path.write_text(path.read_text().replace("allow: numbr", "allow: allow-unknown, numbr"))
    assert validate(project).issues == []


def test_a_plural_form_is_placed_on_its_own_msgstr_n_line():
    lines = ['msgid "a <b/>"', 'msgid_plural "a <b/>s"', 'msgstr[0] "x <b/>"',
             'msgstr[1] "y <c/>"', "", 'msgid "next"', 'msgstr "z"']
    assert msgstr_position(lines, 1, 1, 2) == (4, 14)
    assert msgstr_position(lines, 1, 0, 2) == (3, 14)
    assert msgstr_position(lines, 1, 2, 0) is None  # no such form: no place, no guess
    assert msgstr_position(lines, 6, -1, 0) == (7, 9)


def _walked(lines: list[str], offset: int) -> tuple[int, int] | None:
    """`msgstr_position` of a msgstr starting on the first line, character by character:
    what its runs of plain characters, counted at once, must agree with."""
    count, index, first = 0, 0, True
    while index < len(lines):
        text = lines[index]
        column = text.find('"', len("msgstr") if first else 0) + 1
        first = False
        while column < len(text) and text[column] != '"':
            numeric = re.match(r"\\(?:([0-7]{1,3})|x([0-9A-Fa-f]+))", text[column:])
            if numeric and 0x80 <= int(numeric.group(1) or "0", 8) + int(
                    numeric.group(2) or "0", 16) < 0xC0:
                column += numeric.end()
                continue
            if count == offset:
                return index + 1, column + 1
            column += numeric.end() if numeric else 2 if text[column] == "\\" else 1
            count += 1
        index += 1
    return None


PIECES = st.sampled_from(["a", "é", "語", " ", "\\n", '\\"', "\\\\", "\\303\\251",
                          "\\x41", "<b>", "\\t"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(PIECES, max_size=12), min_size=1, max_size=4), st.integers(0, 60))
def test_a_place_in_a_msgstr_is_where_a_character_by_character_walk_finds_it(strings, offset):
    # Runs of plain characters are counted at once (a final mark at a long paragraph's
    # end was walked to one character at a time); escapes still count as one character.
    lines = [("msgstr " if n == 0 else "") + '"' + "".join(pieces) + '"'
             for n, pieces in enumerate(strings)]
    assert msgstr_position(lines, 1, -1, offset) == _walked(lines, offset)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(PIECES, max_size=12), min_size=1, max_size=4), st.randoms())
def test_one_files_places_answer_every_finding_of_a_string_as_a_walk_does(strings, random):
    # Each finding was placed by walking its msgstr from the start: a 50 KB msgstr with
    # thousands of findings took seconds. `Places` reads the string once, for findings
    # asked in any order.
    lines = [("msgstr " if n == 0 else "") + '"' + "".join(pieces) + '"'
             for n, pieces in enumerate(strings)]
    places = Places(lines)
    offsets = list(range(-1, 50))
    random.shuffle(offsets)
    for offset in offsets:
        expected = (1, 8) if offset < 0 else _walked(lines, offset)
        assert places.position(1, -1, offset) == expected


def test_places_read_each_string_of_a_file_once(monkeypatch):
    lines = ['msgid "a"', 'msgstr "x \\" y"', "", 'msgid "b"', 'msgstr[0] "one"',
             'msgstr[1] "two"']
    read = []
    real = catalog_checks._string_places
    monkeypatch.setattr(catalog_checks, "_string_places",
                        lambda *args: read.append(args[1:]) or real(*args))
    places = Places(lines)
    assert [places.position(1, -1, n) for n in (3, 0, 4)] == [(2, 13), (2, 9), (2, 14)]
    assert [places.position(4, 1, n) for n in (2, 0)] == [(6, 14), (6, 12)]
    assert places.position(4, 0, 9) is None
    assert read == [(1, -1), (4, 1), (4, 0)]


@pytest.mark.parametrize(("old", "new", "code", "value"), [
    ('"Language: ru\\n"', '"Language: uk\\n"', "header-language", "uk"),
    ('"Plural-Forms: nplurals=3;', '"Plural-Forms:  nplurals=3; plural=0;\\n"\n"x: ',
     "header-plural-forms", "nplurals=3; plural=0;"),
])
def test_a_header_finding_points_at_the_fields_value(project, old, new, code, value):
    _, lines = _break(project, old, new)
    issue = next(i for i in validate(project).issues if i["code"] == code)
    assert lines[issue["line"] - 1][issue["column"] - 1:].startswith(value)


def _octal(text: str) -> str:
    """Every character but ASCII as the octal escapes of its UTF-8 bytes."""
    return "".join(ch if ch.isascii() else "".join(f"\\{b:03o}" for b in ch.encode())
                   for ch in text)


def test_a_tag_after_numeric_escapes_is_placed_at_its_column():
    # "Обн" in octal escapes: two bytes, eight columns, one character each.
    line = f'msgstr "{_octal("Обн")} <lnk>x</lnk>"'
    assert msgstr_position([line.replace("msgstr", "msgid", 1), line], 1, -1, 4) == (
        2, line.index("<lnk>") + 1)
    assert msgstr_position(['msgid "a"', 'msgstr "\\x41\\101<b>"'], 1, -1, 2) == (2, 17)


def test_a_catalog_in_numeric_escapes_is_clean_and_built_with_its_translations(project):
    path = _catalog(project)
    text = path.read_text()
    escaped = "\n".join(_octal(line) if line.startswith(("msgstr", '"')) else line
                        for line in text.split("\n"))
    assert "\\320\\236" in escaped and "Министерство" not in escaped
    path.write_text(escaped)
    assert validate(project).issues == []
    runner = CliRunner()
    done = runner.invoke(app, ["build", "--config", str(project / "communique.toml")])
    assert done.exit_code == 0, done.output
    page = (project / "build" / "ru" / f"{RELEASE_ID}.html").read_text()
    assert "Министерство иностранных дел" in page


def _split(line: str) -> str:
    """A msgstr line of octal escapes wrapped into two lines inside its first character
    of two or more bytes, as an editor wrapping at a width may cut it."""
    return re.sub(r'(\\3[0-7]{2})(\\2[0-7]{2})', r'\1"' + "\n" + r'"\2', line, count=1)


def test_a_catalog_with_characters_split_across_lines_is_read_by_every_command(project):
    path = _catalog(project)
    runner = CliRunner()
    config = ["--config", str(project / "communique.toml")]
    before = runner.invoke(app, ["stats", *config, "--format", "json", "--locale", "ru"])
    split = "\n".join(_split(_octal(line)) if line.startswith(("msgstr", '"')) else line
                      for line in path.read_text().split("\n"))
    assert re.search(r'\\3[0-7]{2}"\n"\\2[0-7]{2}', split)
    # A tag after a split character is placed where it is.
    assert split.count(" <org/>.") == 1
    path.write_text(split.replace(" <org/>.", " <orgg/>."))
    issue = next(i for i in validate(project).issues if i["code"] == "placeholder-unknown")
    lines = path.read_text().splitlines()
    assert lines[issue["line"] - 1][issue["column"] - 1:].startswith("<orgg/>")
    path.write_text(split)
    assert validate(project).issues == []
    stats = runner.invoke(app, ["stats", *config, "--format", "json", "--locale", "ru"])
    assert (stats.exit_code, stats.stdout) == (0, before.stdout)
    done = runner.invoke(app, ["build", *config])
    assert done.exit_code == 0, done.output
    page = (project / "build" / "ru" / f"{RELEASE_ID}.html").read_text()
    assert "Министерство иностранных дел" in page
    updated = runner.invoke(app, ["update", *config, "--locale", "ru"])
    assert updated.exit_code == 0, updated.output
    assert "Министерство иностранных дел" in path.read_text()


def test_a_missing_tag_is_placed_at_the_msgstrs_opening_quote_in_every_format(project):
    _, lines = _break(project, "отделение <org/>.", "отделение.")
    [issue] = validate(project).issues
    line, column = issue["line"], issue["column"]
    assert issue["code"] == "placeholder-missing"
    assert lines[line - 1] == 'msgstr ""' and column == len("msgstr ") + 1
    text, github, results = _outputs(project)
    assert f"{RELEASE_ID}.po:{line}:{column}: error: tag <org> is missing" in text
    assert f"line={line},col={column},title=placeholder-missing" in github
    [(_, region)] = results
    assert region == {"startLine": line, "startColumn": column}


@pytest.mark.parametrize(("new", "control"), [
    ("Министерство \u202eиностранных дел", "\u202e"),  # left open
    ("Министерство иностранных\u202c дел", "\u202c"),  # closes nothing
    ("\u2067Министерство\u2069 \u2069иностранных дел", "\u2069"),  # the second closes nothing
])
def test_a_bidi_control_is_placed_at_the_control_itself(project, new, control):
    _, lines = _break(project, "Министерство иностранных дел", new)
    [issue] = validate(project).issues
    text = lines[issue["line"] - 1]
    assert issue["code"] == "markup-invalid" and text.startswith("msgstr ")
    at = issue["column"] - 1
    assert text[at] == control and (control != "\u2069" or text[:at].count(control) == 1)


def test_a_bidi_control_on_a_continued_line_after_escapes(project):
    _, lines = _break(project, "через страновое отделение <org/>.",
                      'через \\"страновое\\" \u202eотделение <org/>.')
    [issue] = validate(project).issues
    assert issue["code"] == "markup-invalid"
    assert lines[issue["line"] - 1][issue["column"] - 1:].startswith("\u202eотделение")


# Each finding of a translation at what it is about, in the case of the corpus that has
# it: the text its column points at (a msgstr's opening quote when nothing in it is).
PLACED = [
    ("number-changed.ru.po", "number-changed", "1\xa0600 домохозяйств"),
    ("url-changed.ja.po", "url-changed", "https://www.mofa.go.jp/pres/"),
    ("email-changed.zh.po", "email-changed", "info@mofa.go.jp"),
    ("entity-literal.ru.po", "entity-literal", "&nbsp;"),
    ("brackets-unbalanced.zh.po", "brackets-unbalanced", "（日文和英文"),
    ("quotes-unbalanced.ru.po", "brackets-unbalanced", "«Мы вместе"),
    ("punctuation-final.ja.po", "punctuation-final", '."'),
    ("punctuation-final-question.ar.po", "punctuation-final", '?"'),
    ("whitespace-leading.ar.po", "whitespace-leading", " وزارة"),
    ("whitespace-trailing.ja.po", "whitespace-trailing", ' "'),
    ("newline-mismatch.ja.po", "newline-mismatch", '\\n"'),
    ("format-mismatch.ja.po", "format-mismatch", "%s）"),
    ("number-agreement.ru.po", "number-agreement", '"Жильё для'),
    ("plural-count.ru.po", "plural-count", '"%d район"'),
    ("catalog-stale-extra.ar.po", "catalog-stale", '"A sentence the release'),
    ("allow-unknown.ja.po", "allow-unknown", "email-change"),
    ("allow-unknown-comment.ja.po", "allow-unknown", "email-change"),
]


@pytest.mark.parametrize(("case", "code", "there"), PLACED, ids=lambda x: str(x)[:24])
def test_a_translation_finding_is_at_what_it_is_about_in_every_format(project, case, code,
                                                                      there):
    locale = case.split(".")[-2]
    path = project / "locales" / locale / "LC_MESSAGES" / f"{RELEASE_ID}.po"
    path.write_bytes((CASES / case).read_bytes())
    lines = path.read_text().splitlines()
    [issue] = [i for i in validate(project).issues if i["code"] == code]
    line, column = issue["line"], issue["column"]
    assert isinstance(line, int) and isinstance(column, int) and column > 0
    assert lines[line - 1][column - 1:].startswith(there)
    text, github, results = _outputs(project)
    assert f"{RELEASE_ID}.po:{line}:{column}: " in text and f"[{code}]" in text
    assert f"line={line},col={column},title={code}::" in github
    assert (code, {"startLine": line, "startColumn": column}) in results


def test_a_number_is_placed_on_a_continued_line_after_escapes_and_markup(project):
    _, lines = _break(project, "через страновое отделение <org/>.",
                      'через \\"страновое\\" отделение <org/> в 3 городах.')
    [issue] = validate(project).issues
    assert issue["code"] == "number-changed"
    assert lines[issue["line"] - 1][issue["column"] - 1:].startswith("3 городах")


def test_a_finding_on_a_long_cjk_line_is_at_its_column_in_characters_not_bytes(project):
    # msgfmt and editors count a line's characters: a byte count would put the column
    # about three times as far along a Japanese line, past its end.
    path = project / "locales" / "ja" / "LC_MESSAGES" / f"{RELEASE_ID}.po"
    text = path.read_text()
    old = "支援は１２地区の約1,500世帯に届く見込みである。"
    assert old in text
    path.write_text(text.replace(old, "支援は１２地区の約1,500世帯に届く見込みで、𠮷田市など7地区"
                                      "が最優先である。"))
    lines = path.read_text().splitlines()
    [issue] = validate(project).issues
    line = lines[issue["line"] - 1]
    assert issue["code"] == "number-changed"
    assert issue["column"] == line.index("7地区") + 1
    text_output, _, _ = _outputs(project)
    assert f"{RELEASE_ID}.po:{issue['line']}:{line.index('7地区') + 1}: error:" in text_output


def test_a_number_the_translation_writes_twice_is_placed_at_the_second(project):
    _, lines = _break(project, "в 12 районах.", "в 12 районах, 12 из них.")
    [issue] = validate(project).issues
    at = lines[issue["line"] - 1][issue["column"] - 1:]
    assert issue["code"] == "number-changed" and at.startswith("12 из них")


def test_a_missing_url_is_at_the_msgstrs_opening_quote_and_a_changed_one_at_itself(project):
    _, lines = _break(project, "на https://www.mofa.go.jp/press/ (на", "на сайте (на")
    [issue] = validate(project).issues
    assert issue["code"] == "url-changed" and "is missing" in str(issue["message"])
    assert lines[issue["line"] - 1] == 'msgstr ""' and issue["column"] == len("msgstr ") + 1
    _, lines = _break(project, "на сайте (на", "на https://www.mofa.go.jp/pres/ (на")
    [issue] = validate(project).issues
    assert "became" in str(issue["message"])
    at = lines[issue["line"] - 1][issue["column"] - 1:]
    assert at.startswith("https://www.mofa.go.jp/pres/ ")


def _rejections(project: Path, *args: str) -> tuple[str, list[tuple[str, int, int, str]]]:
    """build's report in text, and its rejections (path, line, column, code) from JSON."""
    runner = CliRunner()
    config = ["--config", str(project / "communique.toml"), "--locale", "ru", *args]
    text = runner.invoke(app, ["build", *config]).stdout
    report = json.loads(runner.invoke(app, ["build", *config, "--format", "json",
                                            "--force"]).stdout)
    return text, [(Path(i["path"]).name, i["line"], i["column"], i["code"])
                  for r in report["results"] for i in r["issues"]
                  if i["message"].startswith("translation rejected")]


@pytest.mark.parametrize(("old", "new"), [
    (LINK_RU, LINK_BAD),  # </lnk> on a continued line, after escaped quotes
    (LINK_RU, 'msgstr ""\n"Обновления см. "\n"на <link><em>официальном сайте</em></link."\n'),
    ("на <link>", 'на <link href=\\"x\\">'),
    ("отделение <org/>.", "отделение."),  # missing: the msgstr's opening quote
    ("через страновое отделение <org/>.", 'через \\"страновое\\" \u202eотделение <org/>.'),
], ids=["closing-tag", "unended-tag", "attribute", "missing-tag", "bidi-control"])
def test_build_rejects_a_translation_where_validate_places_its_finding(project, old, new):
    # A translator fixing the catalog from build's log lands where validate's points:
    # the msgstr's line and the fault's column, not the msgid's line.
    _break(project, old, new)
    text, rejected = _rejections(project)
    [(name, line, column, code)] = rejected
    found = [(Path(str(i["path"])).name, i["line"], i["column"], i["code"])
             for i in validate(project).issues]
    assert (name, line, column, code) in found
    assert f"{RELEASE_ID}.po:{line}:{column}: error: translation rejected" in text


@pytest.mark.parametrize(("bad", "at", "says"), [
    ("</ link>", "</ link>", "'</ link>' is no tag: write it without the space, '</link>'"),
    ("</link", "</link", "'</link.' is not ended by '>'"),  # (a name may hold a dot)
    ("</link></em>", "</em>.", "</em> closes no tag"),  # the second </em>, not the first
])
def test_broken_markup_is_placed_at_its_tag_in_every_format_and_by_build(project, bad, at,
                                                                         says):
    # The tag a translation engine spaced, or a hand edit left unended or doubled, on the
    # continued line of a long msgstr: a translator jumps to it, not to `msgstr ""`.
    _, lines = _break(project, LINK_RU, LINK_BAD.replace("</lnk>", bad))
    [issue] = validate(project).issues
    line = next(n for n, text in enumerate(lines, 1) if text.startswith('"на <link>'))
    column = lines[line - 1].index(at) + 1
    assert (issue["code"], issue["line"], issue["column"]) == ("markup-invalid", line, column)
    assert str(issue["message"]).endswith(says)
    text, github, results = _outputs(project)
    assert f"{RELEASE_ID}.po:{line}:{column}: error: " in text
    assert f"line={line},col={column},title=markup-invalid::" in github
    assert ("markup-invalid", {"startLine": line, "startColumn": column}) in results
    _, rejected = _rejections(project)
    assert [(line, column)] == [(r[1], r[2]) for r in rejected]


def test_a_line_separator_in_a_msgstr_ends_no_line_of_the_catalog(project):
    # U+2028 is text to PO (lines end at \n, \r\n, \r): a finding after one was placed a
    # line too low, by validate and by build alike.
    _break(project, "Министерство иностранных дел", "Министерство\u2028иностранных дел")
    _break(project, LINK_RU, LINK_BAD)
    lines = _catalog(project).read_text().split("\n")
    [issue] = [i for i in validate(project).issues if i["code"] == "markup-invalid"]
    assert lines[issue["line"] - 1][issue["column"] - 1:].startswith("</lnk>")
    _, [(_, line, column, _)] = _rejections(project)
    assert (line, column) == (issue["line"], issue["column"])

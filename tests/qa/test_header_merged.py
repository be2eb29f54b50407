"""A catalog whose header msgcat joined: validate refuses it, update makes it one again.

`msgcat a.po b.po -o fr.po` of two catalogs whose headers differ (a CAT tool's export and
the repository's) writes each file's header in turn under a ``#-#-#-#-#  a.po (...)
#-#-#-#-#`` line and makes it fuzzy. msgfmt -c takes it, and read as a header it is one
(each field's first value, as msgfmt reads it): only its lines tell.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from qa_support import RELEASE_ID, validate
from typer.testing import CliRunner

from toolkit.catalog import Catalog, joined_header_lines, maybe_joined, unjoined
from toolkit.cli.app import app
from toolkit.po_read import read_po

needs_msgcat = pytest.mark.skipif(shutil.which("msgcat") is None,
                                  reason="GNU gettext is not installed")


def _joined(project: Path, locale: str = "ja") -> Path:
    """The locale's catalog, msgcat'ed after a copy whose translator differs (the one
    read: the first)."""
    target = project / "locales" / locale / "LC_MESSAGES" / f"{RELEASE_ID}.po"
    text = target.read_text()
    first = project / "a.po"
    second = project / "b.po"
    first.write_text(text.replace("Last-Translator: communique QA fixtures",
                                  "Last-Translator: Agency CAT export"))
    second.write_text(text)
    assert first.read_text() != text
    subprocess.run(["msgcat", "a.po", "b.po", "-o", str(target)], cwd=project, check=True)
    first.unlink()
    second.unlink()
    return target


def _update(project: Path) -> None:
    result = CliRunner().invoke(app, ["update", "--config", str(project / "communique.toml")])
    assert result.exit_code == 0, result.output


@needs_msgcat
def test_validate_refuses_a_header_msgcat_joined_at_its_first_marker(project):
    target = _joined(project)
    lines = target.read_text().splitlines()
    assert sum(line.startswith('"#-#-#-#-#  ') for line in lines) == 2

    result = validate(project)

    [issue] = result.issues
    assert result.exit_code == 1
    assert issue["code"] == "header-merged"
    line, column = int(str(issue["line"])), int(str(issue["column"]))
    assert lines[line - 1][column - 1:].startswith("#-#-#-#-#  a.po (qa-sample)  #-#-#-#-#")
    message = str(issue["message"])
    assert "2 catalogs' headers joined by msgcat" in message
    assert "run `communique update`" in message
    # What the CI gate refuses, msgfmt takes: the reason for the check.
    done = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(target)],
                          capture_output=True, check=False)
    assert done.returncode == 0


@needs_msgcat
def test_update_writes_one_header_and_keeps_every_translation(project):
    _update(project)  # the catalogs as update writes them: only the join is left to do
    clean = project / "locales" / "ja" / "LC_MESSAGES" / f"{RELEASE_ID}.po"
    before = read_po(clean)
    target = _joined(project)
    assert read_po(target).header_flags == ("fuzzy",)

    _update(project)

    after = read_po(target)
    text = target.read_text()
    assert "#-#-#-#-#" not in text and "#, fuzzy\nmsgid \"\"" not in text
    assert text.count("Project-Id-Version:") == 1
    assert after.header["Last-Translator"] == "Agency CAT export"  # the first, as read
    assert after.header_flags == ()
    assert after.entries == before.entries
    assert validate(project).issues == []
    done = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(target)],
                          capture_output=True, check=False)
    assert done.returncode == 0


def test_the_marker_lines_are_found_in_the_headers_msgstr_only():
    lines = ['#, fuzzy', 'msgid ""', 'msgstr ""', '"#-#-#-#-#  a.po (p)  #-#-#-#-#\\n"',
             '"Language: ja\\n"', '"#-#-#-#-#  b.po (p)  #-#-#-#-#\\n"', '"Language: ja\\n"',
             '', '#, fuzzy', 'msgid "x"',
             'msgstr ""', '"#-#-#-#-#  a.po (p)  #-#-#-#-#\\n"', '"x"']
    assert joined_header_lines(lines) == [4, 6]
    # A long msgid starts as the header does; the header after it is the one.
    assert joined_header_lines(['msgid ""', '"long"', 'msgstr "x"']) == []
    assert joined_header_lines(['msgid ""', 'msgstr "Language: ja\\n"']) == []


def test_unjoined_keeps_each_field_once_without_markers_or_msgcats_fuzzy():
    # As the reader reads it: a marker after a field the next file lacks stays in its
    # value, and one whose project name holds a colon is a field of its own.
    joined = Catalog(header_fields=(
        ("#-#-#-#-#  a.po (Project", "1.0)  #-#-#-#-#"), ("Language", "ja"),
        ("X-Generator", "Poedit 3.4\n#-#-#-#-#  b.po (qa)  #-#-#-#-#")),
        header_flags=("fuzzy",))
    assert maybe_joined(joined)
    one = unjoined(joined)
    assert one.header_fields == (("Language", "ja"), ("X-Generator", "Poedit 3.4"))
    assert one.header_flags == ()
    assert not maybe_joined(one)


# ------------------------------------------------------------------- templates
# `msgcat old.pot new.pot` (two checkouts' templates, joined by hand or by a merge tool)
# joins their headers as it joins catalogs': each template's under its marker, the
# POT-Creation-Dates differing. extract writes templates: it makes the header one again.

def _extract(project: Path) -> str:
    result = CliRunner().invoke(app, ["extract", "--config",
                                      str(project / "communique.toml")])
    assert result.exit_code == 0, result.output
    return result.output


def _joined_template(project: Path) -> Path:
    """The project's template as extract writes it, msgcat'ed with a copy of another
    date: its POT-Creation-Date is 2020-01-01, the one read (the first)."""
    _extract(project)
    target = project / "locales" / f"{RELEASE_ID}.pot"
    text = target.read_text()
    (project / "a.pot").write_text(re.sub(r"POT-Creation-Date: [^\\]*",
                                          "POT-Creation-Date: 2020-01-01 00:00+0000", text))
    (project / "b.pot").write_text(text)
    assert (project / "a.pot").read_text() != text
    subprocess.run(["msgcat", "a.pot", "b.pot", "-o", str(target)], cwd=project, check=True)
    (project / "a.pot").unlink()
    (project / "b.pot").unlink()
    return target


@needs_msgcat
def test_validate_refuses_a_template_whose_header_msgcat_joined(project):
    target = _joined_template(project)
    lines = target.read_text().splitlines()
    assert read_po(target).header_marked

    result = validate(project)

    assert result.exit_code == 1
    [issue] = result.issues
    assert issue["code"] == "header-merged"
    assert Path(str(issue["path"])).resolve() == target.resolve()
    line, column = int(str(issue["line"])), int(str(issue["column"]))
    assert lines[line - 1][column - 1:].startswith("#-#-#-#-#  a.pot (qa-sample)  #-#-#-#-#")
    assert "run `communique extract`" in str(issue["message"])


@needs_msgcat
def test_a_template_fresh_from_extract_is_not_taken_for_a_joined_one(project):
    _extract(project)
    template = read_po(project / "locales" / f"{RELEASE_ID}.pot")
    assert template.header_flags == ("fuzzy",)
    assert not template.header_marked and not maybe_joined(template, template=True)
    assert validate(project).issues == []


@needs_msgcat
def test_extract_writes_one_header_and_keeps_the_date_read(project, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    target = _joined_template(project)
    joined = read_po(target)

    assert "1 updated" in _extract(project)

    text = target.read_text()
    assert "#-#-#-#-#" not in text
    assert text.count("Project-Id-Version:") == 1
    repaired = read_po(target)
    assert repaired.header_flags == ("fuzzy",)  # a template's, as extract writes it
    # The content did not change: the date is the one read, not the clock's.
    assert repaired.header["POT-Creation-Date"] == "2020-01-01 00:00+0000"
    assert repaired.header_fields == joined.header_fields
    assert repaired.entries == joined.entries
    assert "1 unchanged" in _extract(project)
    assert validate(project).issues == []


def test_unjoined_keeps_a_templates_fuzzy_flag():
    joined = Catalog(header_fields=(("Project-Id-Version", "x"),), header_flags=("fuzzy",),
                     header_marked=True)
    assert maybe_joined(joined, template=True)
    one = unjoined(joined, template=True)
    assert one.header_flags == ("fuzzy",) and not one.header_marked

"""A header field's line written without its ``\\n`` before another field's line.

msgfmt reads ``"Language: ru"`` then ``"MIME-Version: 1.0\\n"`` as one field, Language
``ruMIME-Version: 1.0``, and only warns that MIME-Version is missing. validate says so
at the line that lacks the ``\\n`` (not "Language 'ruMIME-Version: 1.0' is not a locale
CLDR knows"), and update refuses the file rather than write the two fields as one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from qa_support import RELEASE_ID, validate
from typer.testing import CliRunner

from toolkit.catalog import unended_field
from toolkit.cli.app import app


def _unend(project: Path, field: str, before: str) -> tuple[Path, int]:
    """The ru catalog with `field`'s line moved before `before`'s, without its \\n."""
    path = project / "locales" / "ru" / "LC_MESSAGES" / f"{RELEASE_ID}.po"
    lines = path.read_text().split("\n")
    line = next(i for i, text in enumerate(lines) if text.startswith(f'"{field}:'))
    moved = lines.pop(line).removesuffix('\\n"') + '"'
    at = next(i for i, text in enumerate(lines) if text.startswith(f'"{before}:'))
    lines.insert(at, moved)
    path.write_text("\n".join(lines))
    return path, at + 1


@pytest.mark.parametrize(("field", "before", "value"), [
    ("Language", "MIME-Version", "Language: ru"),
    ("Content-Type", "Content-Transfer-Encoding", "Content-Type: text/plain; charset=UTF-8"),
    ("Plural-Forms", "Language", "Plural-Forms: nplurals=3;"),
])
def test_validate_names_the_line_and_the_fix(project, field, before, value):
    path, line = _unend(project, field, before)
    [issue] = validate(project).issues  # (not also Language, charset or Plural-Forms)
    text = path.read_text().split("\n")[line - 1]
    assert issue["code"] == "header-line-end"
    assert (issue["line"], issue["column"]) == (line, len(text))
    assert text[issue["column"] - 1:] == '"'
    message = str(issue["message"])
    assert value in message and f"(and {before} as missing)" in message
    assert message.endswith('\\n"') and "end it with \\n" in message


def test_update_refuses_the_file_and_leaves_it_as_it_was(project):
    path, line = _unend(project, "Language", "MIME-Version")
    before = path.read_bytes()
    result = CliRunner().invoke(app, ["update", "--config", str(project / "communique.toml")])
    assert result.exit_code == 2
    assert f"{RELEASE_ID}.po:{line}:14: error: the header line \"Language: ru\" does not " \
           "end with \\n" in result.output
    assert "Traceback" not in result.output
    assert path.read_bytes() == before


def test_only_a_fields_line_before_another_fields_line_is_unended():
    assert unended_field(['msgid ""', 'msgstr ""', '"Language: ru\\n"', '"X-Note: a b"',
                          "", 'msgid "a"', 'msgstr ""']) is None
    assert unended_field(['msgid ""', 'msgstr ""', '"Plural-Forms: nplurals=3; plural=n % 10 "',
                          '">= 2 ? 1 : 2;\\n"']) is None
    assert unended_field(['msgid ""', 'msgstr "Language: ja"', '"X-Generator: Poedit\\n"']) \
        == (2, 21, "Language: ja", "X-Generator")

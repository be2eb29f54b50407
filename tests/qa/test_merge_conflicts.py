"""validate holds a release to having no conflict marker left by a merge, also one that
parses: a merge resolved but for its >>>>>>> line left the line in a paragraph's text,
to be published, or between elements, a schema error that did not say why."""

from __future__ import annotations

from pathlib import Path

from qa_support import RELEASE_ID, make_project, validate

RELEASE = f"releases/{RELEASE_ID}.xml"


def with_line_after(root: Path, opening: str, added: str) -> int:
    """`added` put on a line of its own after the first line that starts with `opening`
    (after its indentation); the added line's number."""
    release = root / RELEASE
    lines = release.read_text(encoding="utf-8").split("\n")
    at = next(n for n, line in enumerate(lines) if line.lstrip().startswith(opening)) + 1
    release.write_text("\n".join([*lines[:at], added, *lines[at:]]), encoding="utf-8")
    return at + 1


def test_a_marker_left_between_elements_is_the_conflict_not_a_schema_error(tmp_path):
    root = make_project(tmp_path)
    line = with_line_after(root, "<title>", ">>>>>>> theirs")
    result = validate(root, str(root / RELEASE))
    assert result.exit_code == 2
    assert [(i["code"], i["line"], i["column"]) for i in result.issues] == [
        ("merge-conflict", line, 1)]
    assert "marked by '>>>>>>> theirs'" in str(result.issues[0]["message"])


def test_a_marker_left_in_a_paragraphs_text_is_found(tmp_path):
    root = make_project(tmp_path)
    release = root / RELEASE
    text = release.read_text(encoding="utf-8")
    # An element's text that runs over lines: the marker is text, and parses.
    release.write_text(text.replace("</title>", "\n=======\n</title>", 1), encoding="utf-8")
    line = text[:text.index("</title>")].count("\n") + 2
    result = validate(root, str(root / RELEASE))
    assert (result.exit_code, result.codes) == (2, ["merge-conflict"])
    assert result.issues[0]["line"] == line


def test_a_line_that_is_no_marker_is_not_one(tmp_path):
    # As git's rule: seven of one character, at the start of the line, then white space
    # or the line's end. Eight, or indented, or run into a word is the release's text.
    root = make_project(tmp_path)
    release = root / RELEASE
    text = release.read_text(encoding="utf-8")
    release.write_text(text.replace("</title>", "\n========\n  >>>>>>> x\n>>>>>>>x</title>",
                                    1), encoding="utf-8")
    result = validate(root, str(root / RELEASE))
    # (The title's text changed, so its template is stale: nothing else.)
    assert (result.exit_code, result.codes) == (1, ["template-stale"])

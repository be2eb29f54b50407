"""The corpus of broken catalogs: each yields exactly the codes its header announces.

A case is ``tests/fixtures/qa/cases/<name>.<locale>.po``: a catalog of the fixture project
with one thing wrong, whose first comment lines say what validate must report:

    # expect: number-changed@32        (code, optionally @ the line it must be reported at,
    # expect: placeholder-unknown@32:9   and the column: a tag in a msgstr, a header value)
    # args: --min-coverage 90          (extra command-line arguments)
    # checks: translation-fuzzy = "error"  (a [checks] line: for a code off by default)
    # msgfmt: refuses                  (what `msgfmt -c` does, when the codes do not say)

The case replaces the clean catalog of its locale in a fresh copy of the project, the
whole project is validated, and the codes (with their lines) must match exactly; the
clean catalogs of the other locales must stay silent.
"""

from __future__ import annotations

import codecs
import shlex
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
from qa_support import CASES, PROJECT, RELEASE_ID, validate

from toolkit.issues import Severity
from toolkit.qa.codes import CODES
from toolkit.qa.config import Policy
from toolkit.qa.project import UNREADABLE

# What msgfmt -c refuses among our codes; for other codes msgfmt accepts the file.
MSGFMT_REFUSES = frozenset({"po-syntax", "po-encoding", "po-bom", "entry-duplicate",
                            "plural-count", "format-mismatch", "newline-mismatch"})


def header(path: Path) -> dict[str, str]:
    fields: dict[str, str] = {}
    for raw in path.read_bytes().removeprefix(codecs.BOM_UTF8).splitlines():
        line = raw.decode("utf-8", errors="replace")
        if not line.startswith("#"):
            break
        name, _, value = line[1:].strip().partition(":")
        if name in ("expect", "args", "msgfmt", "checks"):
            fields[name] = value.strip()
    return fields


def expected(path: Path) -> list[tuple[str, str | None]]:
    """(code, "line" or "line:column") pairs, sorted by code."""
    out: list[tuple[str, str | None]] = []
    for item in header(path).get("expect", "").split():
        code, _, place = item.partition("@")
        out.append((code, place or None))
    return sorted(out, key=lambda x: x[0])


CASE_FILES = sorted(CASES.glob("*.po"))


def locale(case: Path) -> str:
    return case.name.split(".")[-2]


def test_every_code_of_a_catalog_check_has_a_case():
    covered = {code for case in CASE_FILES for code, _ in expected(case)}
    catalog_codes = {name for name, code in CODES.items()
                     if code.area in ("catalog", "translation", "coverage")}
    assert catalog_codes - covered == set()


@pytest.mark.parametrize("case", CASE_FILES, ids=lambda p: p.name)
def test_a_broken_catalog_yields_exactly_its_codes(case, project):
    target = project / "locales" / locale(case) / "LC_MESSAGES" / f"{RELEASE_ID}.po"
    shutil.copyfile(case, target)
    if "checks" in header(case):
        config = project / "communique.toml"
        config.write_text(f"{config.read_text()}\n[checks]\n{header(case)['checks']}\n")
    args = shlex.split(header(case).get("args", ""))
    result = validate(project, *args)

    want = expected(case)
    assert result.codes == [code for code, _ in want], result.output
    for issue in result.issues:
        assert Path(str(issue["path"])).resolve() == target.resolve(), result.output
    for (code, place), issue in zip(want, sorted(result.issues, key=lambda i: str(i["code"])),
                                    strict=True):
        if place is not None:
            line, _, column = place.partition(":")
            # A column is given wherever validate knows one: none given, none expected.
            assert (issue["line"], issue["column"]) == (int(line), int(column or 0)), (
                code, result.output)
    codes = {code for code, _ in want}
    policy = Policy.from_table(tomllib.loads(header(case).get("checks", "")))
    errors = {c for c in codes if policy.severity(c) is Severity.ERROR}
    assert result.exit_code == (2 if codes & UNREADABLE else 1 if errors else 0), result.output


def test_the_clean_project_raises_nothing(project):
    result = validate(project)
    assert result.issues == [], result.output
    assert result.exit_code == 0


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext is not installed")
@pytest.mark.parametrize("case", CASE_FILES, ids=lambda p: p.name)
def test_msgfmt_agrees_on_what_it_refuses(case):
    codes = {code for code, _ in expected(case)}
    refuses = header(case).get("msgfmt") == "refuses" or bool(codes & MSGFMT_REFUSES)
    done = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(case)],
                          capture_output=True, text=True, check=False)
    assert (done.returncode != 0) == refuses, done.stderr


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext is not installed")
@pytest.mark.parametrize("path", sorted(PROJECT.glob("locales/*/LC_MESSAGES/*.po")),
                         ids=lambda p: p.parent.parent.name)
def test_msgfmt_accepts_the_clean_catalogs(path):
    done = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr

"""The table of check codes is what users see documented."""

from __future__ import annotations

import re
from pathlib import Path

from toolkit.issues import Severity
from toolkit.qa.codes import CODES

VALIDATING = Path(__file__).resolve().parents[2] / "docs" / "validating.md"


def test_the_validating_doc_lists_every_code_with_its_default_severity():
    # A project's [checks] table is written from this list: a code missing from it
    # (the release checks once were) cannot be configured by anyone reading the docs.
    text = VALIDATING.read_text(encoding="utf-8")
    table = text[text.index("| checks | codes"):]
    table = table[:table.index("\n\n")]
    listed = dict(re.findall(r"`([a-z-]+)`(?: \((w|off)\))?", table))
    assert set(listed) == set(CODES)
    for mark, severity in (("w", Severity.WARNING), ("off", None)):
        assert {code for code, shown in listed.items() if shown == mark} == \
            {c for c, info in CODES.items() if info.severity is severity}

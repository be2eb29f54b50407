"""Text copied from a press-release page: cleaned, cut into lines, read by `structure`.

Copying from a browser leaves traces: non-breaking spaces where the page had `&nbsp;`,
runs of spaces and tabs from layout, zero-width characters and soft hyphens, Windows
line ends, no final newline. Cleaning removes only those; quotes, dashes and a single
no-break space between two words are the author's and stay.
"""

from __future__ import annotations

import re

from toolkit.normalize.email_reader import MailHeaders, pasted_mail, read_mail_lines
from toolkit.normalize.report import Report
from toolkit.normalize.structure import Draft, Line, read_lines

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACE_RUN = re.compile(r"[ \t\u00a0\u202f\u3000]{2,}|\t")
_EDGE = " \t\u00a0\u202f\u3000"


def clean_lines(text: str, report: Report) -> list[Line]:
    """The non-blank lines of the text, each knowing whether a blank line preceded it."""
    invisible = len(_INVISIBLE.findall(text))
    if invisible:
        text = _INVISIBLE.sub("", text)
        report.guess("cleaned", str(invisible), "zero-width characters and soft hyphens "
                     "removed")
    runs = 0
    lines: list[Line] = []
    blank = False
    for number, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip(_EDGE)
        if not stripped:
            blank = True
            continue
        indent = len(raw) - len(raw.lstrip(_EDGE))
        collapsed, count = _SPACE_RUN.subn(" ", stripped)
        runs += count
        lines.append(Line(collapsed, number, indent, blank))
        blank = False
    if runs:
        report.guess("cleaned", str(runs), "runs of spaces, tabs and no-break spaces from the "
                     "page layout made one space")
    return lines


def read_text(text: str, report: Report, lang: str | None, date_given: bool,
              mail: MailHeaders | None = None) -> Draft:
    lines = clean_lines(text, report)
    # Pasted from an e-mail (or a saved one's text part): its headers and signature off.
    pasted = pasted_mail(lines, report, mail)
    if pasted is not None:
        return read_mail_lines(*pasted, report, lang, date_given)
    return read_lines(lines, report, lang, date_given)

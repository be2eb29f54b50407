"""Severity policy: the `[checks]` table of the config and per-entry translator flags.

```toml
[checks]
punctuation-final = "off"       # never report
number-changed = "warning"      # report, but do not fail CI
brackets-unbalanced = "error"   # fail CI
```

A translator silences a code on one entry with a translator comment, e.g.
``# communique-allow: number-changed`` (the number was written as a word on purpose),
or with the flag ``#, communique-allow:number-changed``. The comment is the form to
prefer: msgcat, msgattrib and msgmerge (and so Weblate's msgmerge add-on) keep a
translator comment but silently drop a flag they do not know.
Codes that make an input unreadable cannot be turned off: nothing else can be checked.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from toolkit.config import did_you_mean, setting_place
from toolkit.errors import InputError
from toolkit.issues import Issue, Severity
from toolkit.paths import display
from toolkit.qa.codes import CODES

ALLOW_FLAG = "communique-allow:"
LEVELS = ("off", "warning", "error")
# Without these the file could not be read at all; the exit code is 2 whatever is set.
UNSILENCEABLE = frozenset({"unreadable", "merge-conflict", "po-syntax", "po-encoding",
                           "entry-duplicate"})


def allow_marks(flags: Iterable[str], comments: Iterable[str] = ()) -> list[str]:
    """The codes an entry's ``communique-allow:`` flags and translator comments name,
    as written (unknown ones included: the catalog check reports those)."""
    codes = [flag[len(ALLOW_FLAG):].strip() for flag in flags if flag.startswith(ALLOW_FLAG)]
    for comment in comments:
        comment = comment.strip()
        if comment.startswith(ALLOW_FLAG):
            codes.extend(comment[len(ALLOW_FLAG):].replace(",", " ").split())
    return codes


def allowed_codes(flags: Iterable[str], comments: Iterable[str] = ()) -> frozenset[str]:
    """The codes an entry's ``communique-allow:`` flags and translator comments silence."""
    return frozenset(allow_marks(flags, comments))


def _refused(source: Path | str | None, code: str, message: str) -> InputError:
    """The error for a `[checks]` setting: at its line of the config, shown as typed."""
    if source is None:
        return InputError("[checks]", message)
    return InputError(display(source), message,
                      *setting_place(Path(source), code, "checks"))


@dataclass(frozen=True)
class Policy:
    """What severity each code has in this project; None means off."""

    levels: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def from_table(cls, table: Mapping[str, str], source: Path | str | None = None) -> Policy:
        """Check a `[checks]` table; `InputError` for an unknown code or level."""
        for code, level in table.items():
            if code not in CODES:
                raise _refused(source, code, f"[checks] names an unknown code {code!r}"
                               + did_you_mean(code, CODES))
            if level not in LEVELS:
                raise _refused(source, code, f"[checks] {code} must be one of "
                               f"{', '.join(LEVELS)}, not {level!r}")
            if code in UNSILENCEABLE and level != "error":
                raise _refused(source, code, f"[checks] {code} cannot be downgraded: the "
                               "file could not be read at all")
        return cls(MappingProxyType(dict(table)))

    def severity(self, code: str) -> Severity | None:
        level = self.levels.get(code)
        if level is None:
            known = CODES.get(code)
            return known.severity if known else Severity.ERROR
        return None if level == "off" else Severity(level)

    def issue(self, path: str, line: int, code: str, message: str, *,
              allowed: frozenset[str] = frozenset(), column: int = 0) -> Issue | None:
        """The issue to report, or None when config or a translator flag silences it."""
        if code in allowed and code not in UNSILENCEABLE:
            return None
        severity = self.severity(code)
        if severity is None:
            return None
        return Issue(path, line, column, severity, code, message)

    def apply(self, issues: Iterable[Issue]) -> list[Issue]:
        """Issues made elsewhere (release checks) with this project's severities."""
        out: list[Issue] = []
        for found in issues:
            # Only an explicit setting changes what the check itself decided.
            severity: Severity | None = found.severity
            if found.code in self.levels and found.code not in UNSILENCEABLE:
                severity = self.severity(found.code)
            if severity is None:
                continue
            out.append(found if severity is found.severity else Issue(
                found.path, found.line, found.column, severity, found.code, found.message))
        return out

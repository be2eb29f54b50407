"""What normalising decided, as data: every guess with the rule that made it.

Structure and values are recognised by rules; where a rule had to guess (which line is
the title, which year a date without one belongs to, which currency ``$`` means), the
guess is recorded here so that `--format json` can show it and a person can check it.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Guess:
    """One decision a rule made that the input did not state outright."""

    what: str  # stable key: "title", "date", "lang", "year", "currency", "dropped"...
    value: str  # what was decided (the text kept, the value given)
    rule: str  # why, in words a person can check against the input
    line: int = 0  # line in the input it came from, 0 when not tied to one

    def as_dict(self) -> dict[str, object]:
        return {"what": self.what, "value": self.value, "rule": self.rule, "line": self.line}


@dataclass(frozen=True)
class Notice:
    """Something the input says that is likely wrong, kept as written: a warning, with
    where it is in the input (1-based line and column; column 0 when unknown)."""

    code: str  # stable, as validate's codes: "weekday-mismatch"
    message: str
    line: int = 0
    column: int = 0

    def as_dict(self) -> dict[str, object]:
        return {"code": self.code, "message": self.message, "line": self.line,
                "column": self.column}


@dataclass
class Report:
    """The result of normalising one input, for people (text) and programs (json)."""

    input: str
    kind: str = ""  # "text", "html", "xhtml", "docx", "odt" or "release"
    id: str = ""
    lang: str = ""
    output: str = ""
    status: str = ""  # "written", "unchanged", "error"
    error: str = ""
    guesses: list[Guess] = field(default_factory=list)
    warnings: list[Notice] = field(default_factory=list)

    def guess(self, what: str, value: str, rule: str, line: int = 0) -> None:
        self.guesses.append(Guess(what, value, rule, line))

    def as_dict(self) -> dict[str, object]:
        data: dict[str, object] = {
            "input": self.input,
            "kind": self.kind,
            "id": self.id,
            "lang": self.lang,
            "output": self.output,
            "status": self.status,
        }
        if self.error:
            data["error"] = self.error
        data["guesses"] = [g.as_dict() for g in self.guesses]
        if self.warnings:  # (absent when none: a clean input's report is as it was)
            data["warnings"] = [w.as_dict() for w in self.warnings]
        return data

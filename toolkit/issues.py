"""Findings of checks: plain records that every check yields and every reporter prints."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum

from toolkit.errors import InputError


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Issue:
    """One problem at one place. `code` is stable: configs and flags refer to it."""

    path: str
    line: int
    column: int
    severity: Severity
    code: str
    message: str

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["severity"] = self.severity.value
        return data


def error(path: str, line: int, code: str, message: str, column: int = 0) -> Issue:
    return Issue(str(path), line, column, Severity.ERROR, code, message)


def warning(path: str, line: int, code: str, message: str, column: int = 0) -> Issue:
    return Issue(str(path), line, column, Severity.WARNING, code, message)


def unreadable(exc: InputError) -> Issue:
    """The finding of an input a command could not read, as `build` and `validate` give
    it: a script reads its place and code from a report's JSON instead of parsing the
    error's line of text."""
    return error(str(exc.path), exc.line, exc.code, exc.message, exc.column)

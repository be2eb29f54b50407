"""One exception family for the whole library; the CLI maps it to exit codes.

Library code raises, never prints or exits. Every error that comes from an input file
carries where in that file it was found, so the CLI can print ``path:line:col: message``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class CommuniqueError(Exception):
    """Base class of every error communique raises on purpose."""

    exit_code = 2


@dataclass
class InputError(CommuniqueError):
    """An input (release, catalog, config) could not be read, parsed or trusted."""

    path: str | Path
    message: str
    line: int = 0
    column: int = 0

    def __post_init__(self) -> None:
        super().__init__(self.message)

    def __reduce__(self) -> tuple[type[InputError], tuple[str | Path, str, int, int]]:
        # An exception is pickled as its class and `args` (here the message alone), and
        # a worker process sends its errors back pickled: rebuilt from its fields.
        return (type(self), (self.path, self.message, self.line, self.column))

    def __str__(self) -> str:
        where = str(self.path)
        if self.line:
            where += f":{self.line}"
            if self.column:
                where += f":{self.column}"
        return f"{where}: error: {self.message}"


class UsageError(CommuniqueError):
    """The command line or configuration asks for something impossible."""


class ProblemsFound(CommuniqueError):
    """Raised by a command that completed but found problems (exit 1)."""

    exit_code = 1

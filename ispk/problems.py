"""How a data error is reported: file:line, the record, the field, what was expected.

Both the loader (``ispk.data``, which finds and imports the data files) and
validation (``ispk.validate``, which checks the records) report problems in
this one form, so that a researcher sees the same kind of line whichever
stage caught the mistake. It sits below both so that neither imports the other.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .model import Origin
from .textfile import InputError

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True, order=True)
class Problem:
    where: str
    record: str
    field: str
    message: str

    def __str__(self) -> str:
        field = f", field '{self.field}'" if self.field else ""
        return f"{self.where}: {self.record}{field}: {self.message}"


class InvalidData(InputError):
    """Raised once with every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"{len(problems)} data error(s):\n{lines}")


def where(origin: Origin | None) -> str:
    """``file:line``, the file relative to the repository when it is inside it."""
    if origin is None:
        return "<unknown>"
    path = Path(origin.file)
    with contextlib.suppress(ValueError):  # outside the repository: keep the path as given
        path = path.resolve().relative_to(ROOT)
    return f"{path}:{origin.line}"


def ordered(problems: Iterable[Problem]) -> list[Problem]:
    """Without repeats, by file and line number (line 9 before line 10), as an editor reads them."""

    def key(p: Problem) -> tuple[str, int, str, str, str]:
        file, _, line = p.where.rpartition(":")
        return (file, int(line) if line.isdigit() else 0, p.record, p.field, p.message)

    return sorted(set(problems), key=key)

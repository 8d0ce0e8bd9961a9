"""Problems found in content files, reported one per line as ``path:line: field: message``."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class Problem:
    path: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class ContentError(Exception):
    """Raised with every problem of a run, so that contributors fix them all at once."""

    def __init__(self, problems: Iterable[Problem], where: str = "in the content files"):
        self.problems = sorted(set(problems), key=lambda p: (p.path, p.line or 0, p.field, p.message))
        self.where = where
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} {self.where}:"
        return "\n".join([head, *map(str, self.problems)])


def did_you_mean(value: object, allowed: Iterable[str]) -> str:
    """' Did you mean 'x'?' for a near miss, else ''."""
    if not isinstance(value, str):
        return ""
    allowed = list(allowed)
    by_lower = {a.lower(): a for a in allowed}
    if value.lower() in by_lower:
        return f" Did you mean '{by_lower[value.lower()]}'?"
    close = difflib.get_close_matches(value.lower(), list(by_lower), n=1, cutoff=0.6)
    return f" Did you mean '{by_lower[close[0]]}'?" if close else ""

"""Problems found in content files, reported one per line as ``path:line: field: message``."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    path: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


# A file with more problems than this lists the first ones and how many more there are.
SHOWN_PER_FILE = 50


class ContentError(Exception):
    """Raised with every problem of a run, so that contributors fix them all at once."""

    def __init__(self, problems: Iterable[Problem], where: str = "in the content files"):
        self.problems = sorted(set(problems), key=lambda p: (p.path, p.line or 0, p.field, p.message))
        self.where = where
        super().__init__(self.report())

    def lines(self) -> list[str]:
        """One line per problem, at most SHOWN_PER_FILE of one file and then how many more it has."""
        out: list[str] = []
        by_path: dict[str, list[Problem]] = {}
        for problem in self.problems:
            by_path.setdefault(problem.path, []).append(problem)
        for path, found in by_path.items():
            out += map(str, found[:SHOWN_PER_FILE])
            if len(found) > SHOWN_PER_FILE:
                out.append(f"{path}: … and {len(found) - SHOWN_PER_FILE} more problems in this file: fix these first")
        return out

    def report(self) -> str:
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} {self.where}:"
        return "\n".join([head, *self.lines()])


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

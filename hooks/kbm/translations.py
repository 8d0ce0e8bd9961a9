"""The translation status: which Bausteine and cases have no English text yet, and which English texts are
older than a change to their German original (by the version history: the last commit of each file).

The build shows it at /mitmachen/uebersetzungen/ and marks an outdated English page at its top;
scripts/translations.py prints the same lists.
"""

from __future__ import annotations

import datetime
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .entries import Collection, Entry
from .languages import DEFAULT_LANGUAGE


def _git(root: Path, *args: str) -> str | None:
    try:
        result = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return result.stdout if result.returncode == 0 else None


def last_changes(root: Path, folders: tuple[str, ...] = ("docs", "bausteine")) -> dict[str, datetime.date]:
    """The date of the last commit that changed each file below ``folders``, by its path from ``root``,
    read from one `git log`; empty where ``root`` is no git checkout (a copy or an archive)."""
    out = _git(root, "log", "--format=%x00%cs", "--name-only", "--relative", "--", *folders)
    if out is None:
        return {}
    changes: dict[str, datetime.date] = {}
    current: datetime.date | None = None
    for line in out.splitlines():
        if line.startswith("\x00"):
            current = datetime.date.fromisoformat(line[1:])
        elif line and current is not None:
            changes.setdefault(line, current)  # the log runs newest first
    return changes


def _text(page: str) -> str:
    """A page's text after its header: what a translation translates (a changed header is no new text)."""
    parts = page.split("\n---\n", 1)
    return parts[1] if page.startswith("---\n") and len(parts) == 2 else page


def text_changes(
    root: Path, changes: dict[str, datetime.date], pairs: list[tuple[str, str]]
) -> dict[str, datetime.date]:
    """``changes``, where a German file whose last commits changed only its header counts as changed no
    later than its English translation. ``pairs``: (German file, English file), paths from ``root``."""
    adjusted = dict(changes)
    for german, english in pairs:
        if german in changes and english in changes and changes[german] > changes[english]:
            commit = _git(root, "rev-list", "-1", f"--before={changes[english]} 23:59:59", "HEAD", "--", german)
            # "./": the path from root, which may be a folder inside the repository (the test fixtures are)
            then = _git(root, "show", f"{commit.strip()}:./{german}") if commit and commit.strip() else None
            now = (root / german).read_text(encoding="utf-8") if (root / german).exists() else None
            if then is not None and now is not None and _text(then) == _text(now):
                adjusted[german] = changes[english]
    return adjusted


@dataclass(frozen=True)
class Outdated:
    entry: Entry
    german: datetime.date  # last change of the German file
    english: datetime.date  # last change of the English file


@dataclass(frozen=True)
class TranslationStatus:
    missing: list[Entry]
    outdated: list[Outdated]
    known: bool  # whether the version history was available to tell outdated texts


def outdated(entry: Entry, changes: dict[str, datetime.date]) -> Outdated | None:
    """The entry's English text, if its German original changed after it."""
    if not entry.is_translated("en"):
        return None
    german = changes.get(entry.files[DEFAULT_LANGUAGE].display)
    english = changes.get(entry.files["en"].display)
    return Outdated(entry, german, english) if german and english and german > english else None


def translation_status(collection: Collection) -> TranslationStatus:
    entries = sorted(collection.all_entries(), key=lambda e: (e.kind, e.slug))
    found = [outdated(entry, collection.changes) for entry in entries]
    return TranslationStatus(
        [e for e in entries if not e.is_translated("en")], [o for o in found if o], bool(collection.changes)
    )

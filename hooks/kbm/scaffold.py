"""New pages from the templates: a German and an English file with every field and the sections."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from .problems import Problem
from .sources import LANGUAGES, LOCATIONS, RESERVED_CASE_SLUG, read_page, reserved_slug_message, slugify

TEMPLATES = Path(__file__).with_name("templates")


def next_number(root: Path) -> int:
    """One more than the highest number of the existing Bausteine."""
    numbers = []
    for path in sorted((root / LOCATIONS["baustein"]).glob("*.de.md")):
        page = read_page(path, path.name)  # a file that cannot be read is reported by the validator
        number = page.meta.get("number") if not isinstance(page, Problem) else None
        if isinstance(number, int):
            numbers.append(number)
    return max(numbers, default=0) + 1


def render_template(kind: str, lang: str, title: str, today: datetime.date, number: int) -> str:
    text = (TEMPLATES / f"{kind}.{lang}.md").read_text(encoding="utf-8")
    quoted_title = title.replace("\\", "\\\\").replace('"', '\\"')
    return text.replace("{title}", quoted_title).replace("{today}", today.isoformat()).replace("{number}", str(number))


def create(kind: str, title: str, root: Path, today: datetime.date | None = None, slug: str | None = None) -> list[Path]:
    """Write <slug>.de.md and <slug>.en.md; refuse if either exists. Returns the paths written."""
    slug = slug or slugify(title)
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug):
        raise ValueError(f"cannot make an address from '{title}': give the title in letters and digits, or --slug")
    if kind == "praxisbeispiel" and slug == RESERVED_CASE_SLUG:
        raise ValueError(reserved_slug_message(slug) + ", or give --slug")
    folder = root / LOCATIONS[kind]
    targets = [folder / f"{slug}.{lang}.md" for lang in LANGUAGES]
    existing = [t for t in targets if t.exists()]
    if existing:
        names = ", ".join(t.relative_to(root).as_posix() for t in existing)
        verb = "exists" if len(existing) == 1 else "exist"
        raise FileExistsError(f"{names} {verb} already: nothing was written. Choose another title or --slug.")
    number = next_number(root) if kind == "baustein" else 0
    folder.mkdir(parents=True, exist_ok=True)
    for target, lang in zip(targets, LANGUAGES):
        target.write_text(render_template(kind, lang, title, today or datetime.date.today(), number), encoding="utf-8")
    return targets

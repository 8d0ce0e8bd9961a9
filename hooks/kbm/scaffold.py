"""New pages from the templates: a German and an English file with every field and the sections."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from .addresses import reserved_slug_message, reserved_slugs
from .languages import LANGUAGES
from .page_types import BAUSTEIN, page_type
from .problems import Problem
from .slugs import is_slug, slugify
from .sources import read_page
from .vocabulary import Vocabulary, load_vocabulary

TEMPLATES = Path(__file__).with_name("templates")


def next_number(root: Path) -> int:
    """One more than the highest number of the existing Bausteine."""
    numbers = []
    for path in sorted((root / BAUSTEIN.source_folder).glob("*.de.md")):
        page = read_page(path, path.name)  # a file that cannot be read is reported by the validator
        number = page.meta.get("number") if not isinstance(page, Problem) else None
        if isinstance(number, int):
            numbers.append(number)
    return max(numbers, default=0) + 1


# {allowed:statuses} in a template lists the keys of that vocabulary.
_ALLOWED = re.compile(r"\{allowed:([a-z_]+)\}")


def render_template(
    kind: str, lang: str, title: str, today: datetime.date, number: int, vocabulary: Vocabulary | None = None
) -> str:
    vocabulary = vocabulary or load_vocabulary()
    text = (TEMPLATES / f"{kind}.{lang}.md").read_text(encoding="utf-8")
    text = _ALLOWED.sub(lambda m: ", ".join(getattr(vocabulary, m.group(1))), text)
    quoted_title = title.replace("\\", "\\\\").replace('"', '\\"')
    return text.replace("{title}", quoted_title).replace("{today}", today.isoformat()).replace("{number}", str(number))


def create(
    kind: str, title: str, root: Path, today: datetime.date | None = None, slug: str | None = None
) -> list[Path]:
    """Write <slug>.de.md and <slug>.en.md; refuse if either exists. Returns the paths written."""
    declared = page_type(kind)
    slug = slug or slugify(title)
    if not is_slug(slug):
        raise ValueError(f"cannot make an address from '{title}': give the title in letters and digits, or --slug")
    if slug in reserved_slugs(declared):
        raise ValueError(reserved_slug_message(declared, slug) + ", or give --slug")
    folder = root / declared.source_folder
    targets = [folder / f"{slug}.{lang}.md" for lang in LANGUAGES]
    existing = [t for t in targets if t.exists()]
    if existing:
        names = ", ".join(t.relative_to(root).as_posix() for t in existing)
        verb = "exists" if len(existing) == 1 else "exist"
        raise FileExistsError(f"{names} {verb} already: nothing was written. Choose another title or --slug.")
    number = next_number(root) if declared is BAUSTEIN else 0
    folder.mkdir(parents=True, exist_ok=True)
    for target, lang in zip(targets, LANGUAGES, strict=True):
        target.write_text(render_template(kind, lang, title, today or datetime.date.today(), number), encoding="utf-8")
    return targets

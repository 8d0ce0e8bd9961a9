"""A page's slug: the last part of its address and of its file name (`<slug>.de.md`)."""

from __future__ import annotations

import re

SLUG_RULE = r"[a-z0-9]+(-[a-z0-9]+)*"
SLUG = re.compile(rf"^{SLUG_RULE}$")


def is_slug(text: str) -> bool:
    return bool(SLUG.match(text))


def slugify(text: str) -> str:
    """A slug from a title: ä→ae, ö→oe, ü→ue, ß→ss, lower case, hyphens."""
    text = text.lower()
    for char, repl in {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}.items():
        text = text.replace(char, repl)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")

"""Filters for the theme's templates."""

from __future__ import annotations

import re

from markupsafe import Markup

_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


def without_alternate_links(html: str) -> Markup:
    """The head without the per-language <link rel="alternate"> lines (feeds and the rest stay)."""
    return Markup(_ALTERNATE.sub("", str(html)))

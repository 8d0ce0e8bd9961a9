"""Anchors of headings: Python-Markdown's own, never one of the names the theme and the site keep for themselves."""

from __future__ import annotations

from markdown.extensions.toc import slugify as markdown_slugify


def slugify(value: str, separator: str) -> str:
    """The heading's anchor as Python-Markdown makes it, without a leading '_' or '-' (Material names its
    own elements __config, __drawer …) and outside the site's kbm- names."""
    slug = markdown_slugify(value, separator).lstrip("_-")
    if slug.startswith("kbm-"):
        slug = "abschnitt-" + slug
    return slug or "abschnitt"

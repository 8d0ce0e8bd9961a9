"""Addresses of pages: Markdown links between source paths, and finished relative URLs for HTML.

The site uses directory URLs (`use_directory_urls: true`): `themen/inklusion.md` is served at
`themen/inklusion/`, `themen/index.md` at `themen/`. The same relative URL works in both languages,
because the English site mirrors the German one below `en/`.
"""

from __future__ import annotations

import posixpath
from functools import lru_cache


def link(from_uri: str, to_uri: str) -> str:
    """Relative Markdown link from one source path to another (MkDocs resolves and checks it)."""
    return posixpath.relpath(to_uri, posixpath.dirname(from_uri) or ".")


def page_url(src_uri: str) -> str:
    """'themen/inklusion.md' -> 'themen/inklusion/'; 'themen/index.md' -> 'themen/'; 'index.md' -> ''."""
    path = src_uri.removesuffix(".md")
    if path == "index":
        return ""
    if path.endswith("/index"):
        return path.removesuffix("index")
    return path + "/"


def href(from_uri: str, to_uri: str) -> str:
    """Relative URL from the page of one source path to the page of another, for generated HTML."""
    # Both are paths from the site's root, so no file system look-up (as posixpath.relpath makes) is needed.
    target, here = _segments(to_uri), _segments(from_uri)
    common = 0
    while common < min(len(target), len(here)) and target[common] == here[common]:
        common += 1
    parts = [".."] * (len(here) - common) + list(target[common:])
    return "/".join(parts) + "/" if parts else "./"


@lru_cache(maxsize=65536)  # the same pages are linked from many places
def _segments(src_uri: str) -> tuple[str, ...]:
    return tuple(page_url(src_uri).split("/")[:-1])

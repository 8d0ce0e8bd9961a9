"""Filters and values for the theme's templates."""

from __future__ import annotations

import re

from markupsafe import Markup

from .addresses import REGIONS, START, TOPICS, index_uri, site_path
from .languages import LANGUAGES
from .page_types import BAUSTEIN, PRAXISBEISPIEL
from .texts import t

_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


def without_alternate_links(html: str) -> Markup:
    """The head without the per-language <link rel="alternate"> lines (feeds and the rest stay)."""
    return Markup(_ALTERNATE.sub("", str(html)))


def start_path(lang: str) -> str:
    """The start page of a language, from the site's root ('' or 'en/')."""
    return site_path(START, lang)


def is_start(url: str) -> bool:
    """Whether a page's URL is a language's start page."""
    return url in {start_path(lang) for lang in LANGUAGES}


def error_page_links(lang: str) -> list[tuple[str, str]]:
    """(path from the site's root, label) of the pages the 404 page offers to go on from."""
    pages = [
        (START, "not_found_home"),
        (index_uri(BAUSTEIN.site_folder), "bausteine_title"),
        (index_uri(PRAXISBEISPIEL.site_folder), "cases_title"),
        (index_uri(TOPICS), "themen_title"),
        (index_uri(REGIONS), "regionen_title"),
    ]
    return [(site_path(uri, lang), t(key, lang)) for uri, key in pages]

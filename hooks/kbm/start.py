"""The start page's own part: a search field, the collection in figures, a way into every index, the newest
cases. Site code put on the page by the theme (overrides/main.html), between the page's introduction and
its first section."""

from __future__ import annotations

import html
import re

from markupsafe import Markup

from .addresses import FINDER, LIFE_PHASES, REGIONS, SELF_ASSESSMENT, START, TOPICS, href, index_uri
from .entries import Collection
from .page_types import BAUSTEIN, PRAXISBEISPIEL
from .render import case_list
from .texts import t

NEWEST_SHOWN = 5

# (index, title key, description key): every way into the collection, in the order of the navigation.
ENTRY_POINTS = (
    (index_uri(BAUSTEIN.site_folder), "bausteine_title", "start_bausteine"),
    (index_uri(SELF_ASSESSMENT), "sa_title", "start_self_assessment"),
    (index_uri(PRAXISBEISPIEL.site_folder), "cases_title", "start_cases"),
    (index_uri(TOPICS), "themen_title", "start_topics"),
    (index_uri(LIFE_PHASES), "lebensphasen_title", "start_life_phases"),
    (index_uri(REGIONS), "regionen_title", "start_regions"),
    (index_uri(FINDER), "finder_title", "start_finder"),
)

_FIRST_SECTION = re.compile(r"<h2[\s>]")


def split_at_first_section(content: str) -> tuple[Markup, Markup]:
    """The page's HTML before its first <h2> and from there on."""
    match = _FIRST_SECTION.search(content)
    at = match.start() if match else len(content)
    return Markup(content[:at]), Markup(content[at:])


def start_block(collection: Collection, lang: str) -> str:
    """The start page's search field, figures, entry points and newest cases (HTML)."""
    finder = href(START, index_uri(FINDER))
    laender = {region.land for case in collection.cases.values() for region in case.facts.regions if region.land}
    figures = t(
        "start_figures",
        lang,
        cases=len(collection.cases),
        bausteine=len(collection.bausteine),
        laender=len(laender),
    )
    search = (
        f'<form class="kbm-header-search kbm-start-search" action="{finder}" method="get" role="search">\n'
        f'<label for="kbm-start-q">{t("start_search_label", lang)}</label>\n'
        f'<span class="kbm-start-search__row"><input id="kbm-start-q" class="kbm-header-search__input" type="search" '
        f'name="q" autocomplete="off" placeholder="{t("finder_placeholder", lang)}">'
        f'<button class="md-button md-button--primary" type="submit">{t("search_submit", lang)}</button></span>\n'
        f"</form>"
    )
    cards = "\n".join(
        f'<li><a href="{href(START, uri)}"><strong>{t(title, lang)}</strong>'
        f"<span>{t(description, lang)}</span></a></li>"
        for uri, title, description in ENTRY_POINTS
    )
    newest = case_list(collection.cases_by_update[:NEWEST_SHOWN], collection.vocabulary, lang, START)
    all_cases = href(START, index_uri(PRAXISBEISPIEL.site_folder))
    return (
        f'<div class="kbm-start">\n{search}\n'
        f'<p class="kbm-start__figures">{html.escape(figures)}</p>\n'
        f'<ul class="kbm-entry-points">\n{cards}\n</ul>\n'
        f'<h2 id="{t("start_newest_anchor", lang)}">{t("start_newest", lang)}</h2>\n{newest}\n'
        f'<p><a href="{all_cases}">{t("start_all_cases", lang)}</a></p>\n</div>\n'
    )

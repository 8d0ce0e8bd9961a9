"""The Praxisfinder: the filters it offers, the values each entry has for them, and its form.

A filter's values in the address are vocabulary keys, so a filtered view has the same address in both
languages.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from dataclasses import dataclass

from . import page_types
from .addresses import FINDER, LIFE_PHASES, REGIONS, TOPICS, href, index_uri
from .entries import Entry
from .page_types import page_type
from .texts import t
from .vocabulary import Vocabulary


@dataclass(frozen=True)
class Filter:
    vocabulary: str | None  # whose labels the Praxisfinder shows; None: the page types
    values: Callable[[Entry], list[str]]  # the keys a page carries


def _regions(entry: Entry) -> list:
    # Only page types with regions (the cases) have places and kinds of municipality.
    return list(getattr(entry.facts, "regions", []))


def _field(name: str) -> Callable[[Entry], list[str]]:
    def values(entry: Entry) -> list[str]:
        value = getattr(entry.facts, name, None)
        return [] if value is None else list(value) if isinstance(value, list) else [value]

    return values


# Filter name -> filter; the names appear in the Praxisfinder's addresses (?thema=…), so they are a contract.
FILTERS = {
    "typ": Filter(None, lambda e: [e.kind]),
    "thema": Filter("topics", _field("topics")),
    "land": Filter("laender", lambda e: [r.land or r.country for r in _regions(e)]),
    "lebensphase": Filter("life_phases", _field("life_phases")),
    "art": Filter("municipality_types", lambda e: [r.type for r in _regions(e)]),
    "groesse": Filter("size_classes", lambda e: [r.population.size_class for r in _regions(e) if r.population]),
    "programm": Filter("programmes", _field("programme")),
    "status": Filter("statuses", _field("status")),
}


def known_values(name: str, vocabulary: Vocabulary) -> list[str]:
    """Every value a filter can take, in the vocabulary's order."""
    named = FILTERS[name].vocabulary
    return [declared.kind for declared in page_types.PAGE_TYPES] if named is None else list(getattr(vocabulary, named))


def value_label(name: str, value: str, vocabulary: Vocabulary, lang: str) -> str:
    named = FILTERS[name].vocabulary
    return page_type(value).label[lang] if named is None else vocabulary.label(named, value, lang)


SORTS = ("relevanz", "neu", "titel", "land")  # the names in the address (#sortierung=titel)
PAGE_SIZE = 20
# The words the script shows, from texts.py, handed to it with the form.
SCRIPT_WORDS = ("none", "one", "many", "range", "wait", "failed", "remove", "previous", "next")


def finder_form(vocabulary: Vocabulary, lang: str) -> str:
    """The Praxisfinder (HTML): search field, sorting, filters with their counts, active filters, results
    and pages. Site code, put on the page by the theme, so that no page content may hold a form. Hidden
    until the script runs; without it the reader gets the overviews instead."""
    groups = []
    for name in FILTERS:
        boxes = "\n".join(
            f'<li><label><input type="checkbox" name="{name}" value="{html.escape(value)}"> '
            f'<span class="kbm-filter__label">{html.escape(value_label(name, value, vocabulary, lang))}</span> '
            f'<span class="kbm-filter__count"></span></label></li>'
            for value in known_values(name, vocabulary)
        )
        legend = f"<legend>{t('filter_' + name, lang)}</legend>"
        groups.append(f'<fieldset class="kbm-filter">{legend}\n<ul>\n{boxes}\n</ul></fieldset>')
    here = index_uri(FINDER)
    noscript = (
        f'<noscript><p class="kbm-noscript">{t("finder_noscript", lang)} '
        f'<a href="{href(here, index_uri(TOPICS))}">{t("themen_title", lang)}</a> · '
        f'<a href="{href(here, index_uri(LIFE_PHASES))}">{t("lebensphasen_title", lang)}</a> · '
        f'<a href="{href(here, index_uri(REGIONS))}">{t("regionen_title", lang)}</a></p></noscript>'
    )
    words = {
        word: t("finder_" + word, lang, n="{n}", first="{first}", last="{last}", label="{label}")
        for word in SCRIPT_WORDS
    }
    sorts = "\n".join(f'<option value="{name}">{t("finder_sort_" + name, lang)}</option>' for name in SORTS)
    return (
        f"{noscript}\n"
        f'<form id="kbm-finder" class="kbm-finder" role="search" method="get" hidden '
        f"data-page-size=\"{PAGE_SIZE}\" data-words='{html.escape(json.dumps(words, ensure_ascii=False))}'>\n"
        f'<div class="kbm-finder__query"><label for="kbm-finder-q">{t("finder_query", lang)}</label>\n'
        f'<input id="kbm-finder-q" type="search" name="q" autocomplete="off" '
        f'placeholder="{t("finder_placeholder", lang)}"></div>\n'
        f'<div class="kbm-finder__bar">\n'
        f'<button type="button" class="kbm-finder__toggle md-button" aria-expanded="false" '
        f'aria-controls="kbm-finder-filters">{t("finder_filters", lang)} <span class="kbm-finder__n"></span></button>\n'
        f'<label for="kbm-finder-sort">{t("finder_sort", lang)}</label>\n'
        f'<select id="kbm-finder-sort" name="sortierung">\n{sorts}\n</select>\n'
        f"</div>\n"
        f'<div id="kbm-finder-filters" class="kbm-finder__filters">\n'
        + "\n".join(groups)
        + f'\n<button type="reset" class="md-button">{t("finder_reset", lang)}</button>\n</div>\n'
        f'<div class="kbm-finder__main">\n'
        f'<ul class="kbm-finder__chips" aria-label="{t("finder_active", lang)}"></ul>\n'
        f'<p id="kbm-finder-count" class="kbm-finder__count" role="status" aria-live="polite" tabindex="-1"></p>\n'
        f'<ol id="kbm-finder-results" class="kbm-finder__results" aria-label="{t("finder_results", lang)}"></ol>\n'
        f'<nav class="kbm-finder__pages" aria-label="{t("finder_pages", lang)}"></nav>\n'
        f"</div>\n</form>\n"
    )

"""The Praxisfinder: the filters it offers, the values each page carries for them, and its form.

Pages carry what the Praxisfinder filters on as hidden `data-pagefind-filter` elements whose values are
vocabulary keys, so a filtered view has the same address in both languages.
"""

from __future__ import annotations

import html
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
    "programm": Filter("programmes", _field("programme")),
    "status": Filter("statuses", _field("status")),
}


def search_annotations(entry: Entry, lang: str) -> str:
    """Hidden elements with the page's type, summary and filter values, read by Pagefind."""
    spans = [
        f'<span data-pagefind-meta="type">{html.escape(entry.page_type.label[lang])}</span>',
        f'<span data-pagefind-meta="summary">{html.escape(entry.text(lang).summary)}</span>',
    ]
    for name, found in FILTERS.items():
        spans += [
            f'<span data-pagefind-filter="{name}">{html.escape(v)}</span>' for v in dict.fromkeys(found.values(entry))
        ]
    # Ignored as text, still read for metadata and filters.
    return '<div class="kbm-search-data" hidden data-pagefind-ignore>\n' + "\n".join(spans) + "\n</div>\n"


def known_values(name: str, vocabulary: Vocabulary) -> list[str]:
    """Every value a filter can take, in the vocabulary's order."""
    named = FILTERS[name].vocabulary
    return [declared.kind for declared in page_types.PAGE_TYPES] if named is None else list(getattr(vocabulary, named))


def value_label(name: str, value: str, vocabulary: Vocabulary, lang: str) -> str:
    named = FILTERS[name].vocabulary
    return page_type(value).label[lang] if named is None else vocabulary.label(named, value, lang)


def finder_form(vocabulary: Vocabulary, lang: str) -> str:
    """The Praxisfinder's form, filters and result list (HTML): text and filters; the script keeps both in
    the address. Site code, put on the page by the theme, so that no page content may hold a form."""
    groups = []
    for name in FILTERS:
        boxes = "\n".join(
            f'<li><label><input type="checkbox" name="{name}" value="{value}"> '
            f"{html.escape(value_label(name, value, vocabulary, lang))}</label></li>"
            for value in known_values(name, vocabulary)
        )
        groups.append(
            f'<details class="kbm-filter"><summary>{t("filter_" + name, lang)}</summary>\n'
            f'<fieldset><legend class="kbm-visually-hidden">{t("filter_" + name, lang)}</legend>\n'
            f"<ul>\n{boxes}\n</ul></fieldset></details>"
        )
    here = index_uri(FINDER)
    noscript = (
        f'<noscript><p class="kbm-noscript">{t("finder_noscript", lang)} '
        f'<a href="{href(here, index_uri(TOPICS))}">{t("themen_title", lang)}</a> · '
        f'<a href="{href(here, index_uri(LIFE_PHASES))}">{t("lebensphasen_title", lang)}</a> · '
        f'<a href="{href(here, index_uri(REGIONS))}">{t("regionen_title", lang)}</a></p></noscript>'
    )
    return (
        f'{noscript}\n<form id="kbm-finder" class="kbm-finder" role="search" method="get">\n'
        f'<label for="kbm-finder-q">{t("finder_query", lang)}</label>\n'
        f'<input id="kbm-finder-q" type="search" name="q" autocomplete="off" '
        f'placeholder="{t("finder_placeholder", lang)}">\n'
        + "\n".join(groups)
        + f'\n<button type="reset" class="md-button">{t("finder_reset", lang)}</button>\n</form>\n'
        f'<p id="kbm-finder-count" class="kbm-finder__count" role="status" aria-live="polite"></p>\n'
        f'<ol id="kbm-finder-results" class="kbm-finder__results"></ol>\n'
    )

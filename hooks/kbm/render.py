"""What the site generates on a content page and in listings, from front matter.

Every function takes the collection (or one entry with the vocabulary) and a language and returns text,
and keeps nothing. Small parts that belong
in the table of contents are Markdown with links to source paths, which MkDocs resolves and checks;
fact boxes and listings are finished HTML with relative URLs (see slots.py for why).
"""

from __future__ import annotations

import re
from html import escape as html_escape

from .addresses import (
    LIFE_PHASES,
    PROGRAMME_SECTIONS,
    PROGRAMMES,
    TOPICS,
    baustein_cases_uri,
    entry_uri,
    facet_uri,
    href,
    place_uri,
)
from .entries import Case, Collection, Entry
from .languages import DEFAULT_LANGUAGE
from .listings import BAUSTEIN_CASES_SHOWN, has_case_listing
from .models import Region
from .page_types import BAUSTEIN
from .slots import Writer
from .texts import date, number, t
from .vocabulary import Vocabulary, countries
from .word_index import IGNORE_ATTRIBUTE

# Every character Python-Markdown gives a meaning and lets a backslash take away (ESCAPED_CHARS, with '|'
# of the tables extension); '<', '>' and '&' become entities instead, which Markdown passes through.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")


def escape(text: str) -> str:
    """Plain text as Markdown that shows exactly this text: no markup, HTML, attribute list or link."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html_escape(text, quote=False))


def place_label(vocabulary: Vocabulary, code: str, lang: str) -> str:
    """A German Land's name (DE-ST) or a country's (FR) in ``lang``."""
    if code in vocabulary.laender:
        return vocabulary.laender[code].label(lang)
    return countries(lang)[code]


def _a(label: str, url: str, attrs: str = "") -> str:
    return f'<a href="{html_escape(url)}"{attrs}>{html_escape(label)}</a>'


def _text(text: str, attrs: str) -> str:
    """Escaped text, in a span where it needs attributes (a lang for German text on an English page)."""
    return f"<span{attrs}>{html_escape(text)}</span>" if attrs else html_escape(text)


def german_attr(entry: Entry, lang: str) -> str:
    """The lang attribute for text shown in German on a page of another language."""
    return "" if entry.is_translated(lang) else f' lang="{DEFAULT_LANGUAGE}"'


# ---- on a Praxisbeispiel ----------------------------------------------------------------------


def region_text(region: Region, vocabulary: Vocabulary, lang: str, here: str) -> str:
    """'Burgenlandkreis, Landkreis, <a>Sachsen-Anhalt</a>' with the Land or country linked (HTML)."""
    code = region.land or region.country or ""
    place = _a(place_label(vocabulary, code, lang), href(here, place_uri(code)))
    if region.type == "land":
        return f"{place}, {html_escape(t('whole_land', lang).lower())}"
    kind = vocabulary.municipality_types[region.type].label(lang)
    return f"{html_escape(region.name or '')}, {html_escape(kind)}, {place}"


def population_text(region: Region, vocabulary: Vocabulary, lang: str) -> str:
    """'Essen: 586.608 am 31.12.2023 (Quelle) · 500.000 Einwohner und mehr' (HTML)."""
    population = region.population
    if population is None:
        return ""
    size = vocabulary.size_classes[population.size_class].label(lang)
    counted = t("population_of", lang, count=number(population.count, lang), day=date(population.as_of, lang))
    return (
        f"{html_escape(region.name or '')}: {html_escape(counted)} ({_a(t('source', lang), population.source)})"
        f" · {html_escape(size)}"
    )


def period_text(entry: Case, vocabulary: Vocabulary, lang: str) -> str:
    """'2015–2020 · abgeschlossen', 'seit 2022 · laufend', or the status alone where no years are known."""
    status = vocabulary.statuses[entry.facts.status].label(lang)
    period = entry.facts.period
    if period is None:
        return status
    years = (
        t("since", lang, start=period.start)
        if period.end is None
        else (str(period.start) if period.end == period.start else f"{period.start}–{period.end}")
    )
    return f"{years} · {status}"


def factbox(entry: Case, collection: Collection, lang: str) -> str:
    """The fact box that opens every Praxisbeispiel, from its front matter (HTML)."""
    facts, here, vocabulary = entry.facts, entry.src_uri, collection.vocabulary

    def links(items: list[tuple[str, str, str]]) -> str:
        return ", ".join(_a(label, href(here, uri), attrs) for label, uri, attrs in items)

    rows: list[tuple[str, str]] = []
    regions = [region_text(r, vocabulary, lang, here) for r in facts.regions]
    rows.append((t("region" if len(regions) == 1 else "regions", lang), "; ".join(regions)))
    counted = [r for r in facts.regions if r.population]
    if counted:
        rows.append((t("population", lang), "; ".join(population_text(r, vocabulary, lang) for r in counted)))
    rows.append((t("period", lang), html_escape(period_text(entry, vocabulary, lang))))
    rows.append(
        (t("topics", lang), links([(vocabulary.topics[k].label(lang), facet_uri(TOPICS, k), "") for k in facts.topics]))
    )
    rows.append(
        (
            t("life_phases", lang),
            links([(vocabulary.life_phases[k].label(lang), facet_uri(LIFE_PHASES, k), "") for k in facts.life_phases]),
        )
    )
    if facts.programme:
        label = html_escape(vocabulary.programmes[facts.programme].label(lang))
        section = PROGRAMME_SECTIONS.get(facts.programme)
        if section and (PROGRAMMES, lang) in collection.headers:  # a federal programme: its place in the timeline
            label = f'<a href="{href(entry.src_uri, PROGRAMMES)}#{section}">{label}</a>'
        rows.append((t("programme", lang), label))
    if facts.partners:
        rows.append(
            (
                t("partners", lang),
                "; ".join(_a(p.name, p.url) if p.url else html_escape(p.name) for p in facts.partners),
            )
        )
    bausteine = [collection.bausteine[b] for b in facts.bausteine]
    rows.append(
        (
            t("bausteine", lang),
            links([(b.text(lang).title, entry_uri(BAUSTEIN, b.slug), german_attr(b, lang)) for b in bausteine]),
        )
    )
    rows.append((t("updated", lang), date(facts.updated, lang)))
    body = "\n".join(f"<dt>{html_escape(label)}</dt>\n<dd>{value}</dd>" for label, value in rows)
    return (
        f'<aside class="kbm-facts">\n<p class="kbm-facts__title">{t("facts", lang)}</p>\n<dl>\n{body}\n</dl>\n</aside>'
    )


def sources_section(entry: Entry, lang: str, out: Writer) -> None:
    """Sources and „Stand“ at the end of a page (the heading is Markdown: it belongs in the contents)."""
    updated = f"<p><em>{t('updated', lang)}: {date(entry.facts.updated, lang)}</em></p>"
    if not entry.facts.sources:
        out.html(updated)
        return
    items = "\n".join(f"<li>{_a(s.title, s.url)}</li>" for s in entry.facts.sources)
    out.md(f"## {t('sources', lang)}\n\n").html(f"<ul>\n{items}\n</ul>\n{updated}")


# ---- on a Baustein ------------------------------------------------------------------------------


def baustein_appendix(entry: Entry, collection: Collection, lang: str, out: Writer) -> None:
    """What follows a Baustein's self-assessment: its newest cases, related Bausteine, sources."""
    here = entry.src_uri
    cases = collection.cases_by_baustein.get(entry.slug, [])
    out.md(f"## {t('baustein_cases', lang)}\n\n")
    if not cases:
        out.md(f"{t('no_cases_yet', lang)}\n\n")
    else:
        more = ""
        if has_case_listing(entry, collection):
            all_cases = _a(t("all_baustein_cases", lang, n=len(cases)), href(here, baustein_cases_uri(entry.slug)))
            more = f'\n<p class="kbm-more" {IGNORE_ATTRIBUTE}>{all_cases}</p>'
        out.html(case_list(cases[:BAUSTEIN_CASES_SHOWN], collection.vocabulary, lang, here) + more)
    related = [collection.bausteine[s] for s in entry.facts.related]
    if related:
        out.md(f"## {t('related', lang)}\n\n").html(baustein_list(related, lang, here))
    sources_section(entry, lang, out)


# ---- listings (HTML) ----------------------------------------------------------------------------


def _places(entry: Case, vocabulary: Vocabulary, lang: str) -> str:
    return ", ".join(
        dict.fromkeys(
            (r.name if r.name else place_label(vocabulary, r.land or r.country or "", lang))
            for r in entry.facts.regions
        )
    )


def case_item(entry: Case, vocabulary: Vocabulary, lang: str, here: str) -> str:
    places = _places(entry, vocabulary, lang)
    topics = ", ".join(vocabulary.topics[k].label(lang) for k in entry.facts.topics)
    return (
        f'<li><strong><a href="{href(here, entry.src_uri)}"{_item_rest(entry, lang)}<br>\n'
        f'<span class="kbm-meta">{html_escape(places)} · {html_escape(topics)}</span></li>'
    )


def similar_section(entry: Case, collection: Collection, lang: str, out: Writer) -> None:
    """„Ähnliche Praxisbeispiele“: the cases that share most with this one, each with the reason."""
    found = collection.similar.get(entry.slug, [])
    if not found:
        return
    vocabulary, here = collection.vocabulary, entry.src_uri
    items = []
    for similar in found:
        other = similar.case
        # The strongest reasons, briefly: one shared Baustein, one shared topic, the same type of municipality.
        reasons = [t("similar_also", lang, what=collection.bausteine[b].text(lang).title) for b in similar.bausteine][
            :1
        ]
        reasons += [t("similar_also", lang, what=vocabulary.topics[k].label(lang)) for k in similar.topics][:1]
        reasons += [t("similar_same_type", lang)] if similar.same_type else []
        reasons += [t("similar_same_size", lang)] if similar.same_size else []
        german = german_attr(other, lang)
        items.append(
            f'<li><a href="{href(here, other.src_uri)}"{german}>{html_escape(other.text(lang).title)}</a>'
            f"{_untranslated_mark(other, lang)}<br>\n"
            f'<span class="kbm-meta">{html_escape(" · ".join(reasons))}</span></li>'
        )
    out.md(f"## {t('similar_title', lang)}\n\n").html(_not_indexed(items))


def _item_rest(entry: Entry, lang: str) -> str:
    """A listing entry after its link's address: title, the mark of an untranslated page, summary."""
    text, german = entry.text(lang), german_attr(entry, lang)
    return (
        f"{german}>{html_escape(text.title)}</a></strong>{_untranslated_mark(entry, lang)}<br>\n"
        f"{_text(text.summary, german)}"
    )


def _untranslated_mark(entry: Entry, lang: str) -> str:
    return "" if entry.is_translated(lang) else f" <em>({t('in_german', lang)})</em>"


def _not_indexed(items: list[str]) -> str:
    # Listings repeat the text of the pages they list: search finds those pages themselves.
    return f"<div {IGNORE_ATTRIBUTE}>\n<ul>\n" + "\n".join(items) + "\n</ul>\n</div>"


def case_list(entries: list[Case], vocabulary: Vocabulary, lang: str, here: str) -> str:
    return _not_indexed([case_item(e, vocabulary, lang, here) for e in entries])


def short_case_list(entries: list[Case], vocabulary: Vocabulary, lang: str, here: str) -> str:
    """Titles and places only, where a list accompanies a text (the programmes timeline)."""
    items = [
        f'<li><a href="{href(here, e.src_uri)}"{german_attr(e, lang)}>{html_escape(e.text(lang).title)}</a>'
        f"{_untranslated_mark(e, lang)} "
        f'<span class="kbm-meta">({html_escape(_places(e, vocabulary, lang))})</span></li>'
        for e in entries
    ]
    return _not_indexed(items)


def baustein_list(entries: list[Entry], lang: str, here: str) -> str:
    return _not_indexed([f'<li><strong><a href="{href(here, e.src_uri)}"{_item_rest(e, lang)}</li>' for e in entries])

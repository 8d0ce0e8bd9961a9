"""Markdown the site generates from front matter: fact boxes, Baustein appendices, index pages.

Every function is pure: it takes the collection (or one entry) and a language and returns Markdown.
Links are written as relative links to the target's source path, so MkDocs resolves and checks them.
"""

from __future__ import annotations

import html
import posixpath
import re
from dataclasses import dataclass

from .collection import Collection, Entry
from .glossary import load_glossary, sort_key
from .search_index import FILTER_VOCABULARIES, known_values
from .models import VOCABULARY, Region
from .texts import case_count, date, t
from .vocabulary import countries

# Facets with an index page of their own: URL folder -> vocabulary.
FACETS = {"themen": "topics", "lebensphasen": "life_phases"}


@dataclass(frozen=True)
class GeneratedPage:
    src_uri: str
    markdown: str


# ---- small helpers ---------------------------------------------------------------------------

def link(from_uri: str, to_uri: str) -> str:
    """Relative link from one source path to another."""
    return posixpath.relpath(to_uri, posixpath.dirname(from_uri) or ".")


def escape(text: str) -> str:
    """Text safe to place in Markdown link text or table cells."""
    return re.sub(r"([\\`*_\[\]<>|])", r"\\\1", text)


def place_uri(code: str) -> str:
    return f"regionen/{code.lower()}.md"


def place_label(code: str, lang: str) -> str:
    if code in VOCABULARY.laender:
        return VOCABULARY.laender[code].label(lang)
    return countries(lang)[code]


def facet_uri(folder: str, key: str) -> str:
    return f"{folder}/{key}.md"


def region_text(region: Region, lang: str, here: str) -> str:
    """'Burgenlandkreis, Landkreis, [Sachsen-Anhalt](…)' with the Land or country linked."""
    code = region.land or region.country
    place = f"[{escape(place_label(code, lang))}]({link(here, place_uri(code))})"
    if region.type == "land":
        return f"{place}, {t('whole_land', lang).lower()}"
    kind = VOCABULARY.municipality_types[region.type].label(lang)
    return f"{escape(region.name)}, {escape(kind)}, {place}"


def period_text(entry: Entry, lang: str) -> str:
    """'2015–2020 · abgeschlossen', 'seit 2022 · laufend', or the status alone where no years are known."""
    status = VOCABULARY.statuses[entry.facts.status].label(lang)
    period = entry.facts.period
    if period is None:
        return status
    years = t("since", lang, start=period.start) if period.end is None else (
        str(period.start) if period.end == period.start else f"{period.start}–{period.end}")
    return f"{years} · {status}"


def _links(items: list[tuple[str, str]], here: str) -> str:
    return ", ".join(f"[{escape(label)}]({link(here, uri)})" for label, uri in items)


def _front_matter(title: str, description: str) -> str:
    quoted = lambda s: '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"---\ntitle: {quoted(title)}\ndescription: {quoted(description)}\n---\n\n# {escape(title)}\n\n"


# ---- on a Praxisbeispiel ----------------------------------------------------------------------

def factbox(entry: Entry, collection: Collection, lang: str) -> str:
    """The fact box that opens every Praxisbeispiel, from its front matter."""
    facts, here = entry.facts, entry.src_uri
    rows: list[tuple[str, str]] = []
    regions = [region_text(r, lang, here) for r in facts.regions]
    rows.append((t("region" if len(regions) == 1 else "regions", lang), "; ".join(regions)))
    rows.append((t("period", lang), period_text(entry, lang)))
    rows.append((t("topics", lang), _links(
        [(VOCABULARY.topics[k].label(lang), facet_uri("themen", k)) for k in facts.topics], here)))
    rows.append((t("life_phases", lang), _links(
        [(VOCABULARY.life_phases[k].label(lang), facet_uri("lebensphasen", k)) for k in facts.life_phases], here)))
    if facts.programme:
        rows.append((t("programme", lang), escape(VOCABULARY.programmes[facts.programme].label(lang))))
    if facts.partners:
        rows.append((t("partners", lang), "; ".join(
            f"[{escape(p.name)}]({p.url})" if p.url else escape(p.name) for p in facts.partners)))
    rows.append((t("bausteine", lang), _links(
        [(collection.bausteine[b].text(lang).title, f"bausteine/{b}.md") for b in facts.bausteine], here)))
    rows.append((t("updated", lang), date(facts.updated, lang)))
    body = "\n\n".join(f"{label}\n:   {value}" for label, value in rows)
    return (f'<aside class="kbm-facts" markdown>\n<p class="kbm-facts__title">{t("facts", lang)}</p>\n\n'
            f"{body}\n\n</aside>\n\n")


def sources_section(entry: Entry, lang: str) -> str:
    """Sources and „Stand“ at the end of a page."""
    if not entry.facts.sources:
        return f"*{t('updated', lang)}: {date(entry.facts.updated, lang)}*\n"
    items = "\n".join(f"- [{escape(s.title)}]({s.url})" for s in entry.facts.sources)
    return f"## {t('sources', lang)}\n\n{items}\n\n*{t('updated', lang)}: {date(entry.facts.updated, lang)}*\n"


# ---- on a Baustein ------------------------------------------------------------------------------

def self_assessment(entry: Entry, lang: str) -> str:
    stages = entry.text(lang).self_assessment
    rows = "\n".join(f"| {n} {t(f'stage_{n}', lang)} | {escape(text)} |" for n, text in enumerate(stages, 1))
    return (f"## {t('self_assessment', lang)}\n\n{t('self_assessment_intro', lang)}\n\n"
            f"| {t('stage', lang)} | {t('stage_description', lang)} |\n|---|---|\n{rows}\n\n")


def baustein_appendix(entry: Entry, collection: Collection, lang: str) -> str:
    """What follows a Baustein's own text: self-assessment, its cases, related Bausteine, sources."""
    here = entry.src_uri
    cases = collection.cases_by_baustein.get(entry.slug, [])
    out = self_assessment(entry, lang)
    out += f"## {t('baustein_cases', lang)}\n\n"
    out += case_list(cases, lang, here) if cases else f"{t('no_cases_yet', lang)}\n\n"
    related = [collection.bausteine[s] for s in entry.facts.related]
    if related:
        out += f"## {t('related', lang)}\n\n" + baustein_list(related, lang, here)
    return out + sources_section(entry, lang)


# ---- listings ---------------------------------------------------------------------------------

def case_item(entry: Entry, lang: str, here: str) -> str:
    text = entry.text(lang)
    places = ", ".join(dict.fromkeys(
        (escape(r.name) if r.name else escape(place_label(r.land or r.country, lang))) for r in entry.facts.regions))
    topics = ", ".join(escape(VOCABULARY.topics[k].label(lang)) for k in entry.facts.topics)
    return (f"- **[{escape(text.title)}]({link(here, entry.src_uri)})**{_untranslated_mark(entry, lang)}  \n"
            f"  {escape(text.summary)}  \n"
            f'  <span class="kbm-meta">{places} · {topics}</span>\n')


def _untranslated_mark(entry: Entry, lang: str) -> str:
    return "" if entry.is_translated(lang) else f" *({t('in_german', lang)})*"


def _not_indexed(markdown: str) -> str:
    # Listings repeat the text of the pages they list: search finds those pages themselves.
    return f'<div data-pagefind-ignore markdown>\n\n{markdown}\n</div>\n\n'


def case_list(entries: list[Entry], lang: str, here: str) -> str:
    return _not_indexed("\n".join(case_item(e, lang, here) for e in entries))


def baustein_list(entries: list[Entry], lang: str, here: str) -> str:
    return _not_indexed("\n".join(
        f"- **[{escape(e.text(lang).title)}]({link(here, e.src_uri)})**{_untranslated_mark(e, lang)}  \n"
        f"  {escape(e.text(lang).summary)}\n"
        for e in entries))


# ---- generated index pages ----------------------------------------------------------------------

def bausteine_overview(collection: Collection, lang: str) -> GeneratedPage:
    here = "bausteine/index.md"
    items = "\n".join(
        f"{e.facts.number}. **[{escape(e.text(lang).title)}]({link(here, e.src_uri)})**{_untranslated_mark(e, lang)}  \n"
        f"   {escape(e.text(lang).summary)}\n" for e in collection.bausteine_in_order)
    md = _front_matter(t("bausteine_title", lang), t("bausteine_intro", lang))
    return GeneratedPage(here, md + f"{t('bausteine_intro', lang)}\n\n{items}\n")


def cases_overview(collection: Collection, lang: str) -> GeneratedPage:
    here = "praxisbeispiele/index.md"
    md = _front_matter(t("cases_title", lang), t("cases_intro", lang))
    return GeneratedPage(here, md + f"{t('cases_intro', lang)}\n\n" + case_list(collection.cases_by_update, lang, here))


def facet_index(folder: str, collection: Collection, lang: str) -> GeneratedPage:
    kind = FACETS[folder]
    here = f"{folder}/index.md"
    groups = _facet_groups(kind, collection)
    items = "\n".join(
        f"- [{escape(term.label(lang))}]({link(here, facet_uri(folder, key))}): "
        f"{case_count(len(groups.get(key, [])), lang)}"
        for key, term in getattr(VOCABULARY, kind).items())
    title, intro = _facet_titles(folder, lang)
    return GeneratedPage(here, _front_matter(title, intro) + f"{intro}\n\n{items}\n")


def facet_page(folder: str, key: str, collection: Collection, lang: str) -> GeneratedPage:
    kind = FACETS[folder]
    here = facet_uri(folder, key)
    label = getattr(VOCABULARY, kind)[key].label(lang)
    intro = t("topic_intro" if kind == "topics" else "life_phase_intro", lang, label=label)
    md = _front_matter(label, intro) + f"{intro}\n\n"
    if kind == "topics":
        bausteine = collection.bausteine_by_topic.get(key, [])
        md += f"## {t('topic_bausteine', lang)}\n\n"
        md += baustein_list(bausteine, lang, here) if bausteine else f"{t('no_bausteine_here', lang)}\n\n"
        md += f"## {t('topic_cases', lang)}\n\n"
    cases = _facet_groups(kind, collection).get(key, [])
    md += case_list(cases, lang, here) if cases else f"{t('no_cases_here', lang)}\n"
    return GeneratedPage(here, md)


def _facet_groups(kind: str, collection: Collection) -> dict[str, list[Entry]]:
    return collection.cases_by_topic if kind == "topics" else collection.cases_by_life_phase


def _facet_titles(folder: str, lang: str) -> tuple[str, str]:
    if folder == "themen":
        return t("themen_title", lang), t("themen_intro", lang)
    return t("lebensphasen_title", lang), t("lebensphasen_intro", lang)


def regions_index(collection: Collection, lang: str) -> GeneratedPage:
    here = "regionen/index.md"
    places = collection.places
    count = lambda code: case_count(len({e.slug for _, e in places.get(code, [])}), lang)
    laender = "\n".join(
        f"- [{escape(term.label(lang))}]({link(here, place_uri(code))}): {count(code)}"
        for code, term in sorted(VOCABULARY.laender.items(), key=lambda item: item[1].label(lang)))
    md = _front_matter(t("regionen_title", lang), t("regionen_intro", lang))
    md += f"{t('regionen_intro', lang)}\n\n## {t('laender', lang)}\n\n{laender}\n\n"
    abroad = sorted((c for c in places if c not in VOCABULARY.laender), key=lambda c: place_label(c, lang))
    if abroad:
        md += f"## {t('abroad', lang)}\n\n" + "\n".join(
            f"- [{escape(place_label(c, lang))}]({link(here, place_uri(c))}): {count(c)}" for c in abroad) + "\n"
    return GeneratedPage(here, md)


def place_page(code: str, collection: Collection, lang: str) -> GeneratedPage:
    """A Land's (or country's) cases, grouped by district or city; Land-wide cases first."""
    here = place_uri(code)
    label = place_label(code, lang)
    intro = t("land_intro" if code in VOCABULARY.laender else "country_intro", lang, label=label)
    md = _front_matter(label, intro) + f"{intro}\n\n"
    groups: dict[tuple[int, str], list[Entry]] = {}
    for region, entry in collection.places.get(code, []):
        key = (0, t("whole_land", lang)) if region.type == "land" else (
            1, f"{region.name} ({VOCABULARY.municipality_types[region.type].label(lang)})")
        members = groups.setdefault(key, [])
        if entry not in members:
            members.append(entry)
    if not groups:
        return GeneratedPage(here, md + f"{t('no_cases_here', lang)}\n")
    for (_, heading), entries in sorted(groups.items()):
        md += f"## {escape(heading)}\n\n" + case_list(entries, lang, here)
    return GeneratedPage(here, md)


def glossary_page(lang: str) -> GeneratedPage:
    """The glossary, sorted by the terms of the page's language, each with its counterpart."""
    other = "en" if lang == "de" else "de"
    terms = sorted(load_glossary(), key=lambda term: sort_key(term.term(lang)))
    items = "\n\n".join(f"{escape(term.term(lang))}\n:   *{t('glossary_other', lang)}: {escape(term.term(other))}*  \n"
                         f"    {escape(term.text(lang))}" for term in terms)
    md = _front_matter(t("glossary_title", lang), t("glossary_intro", lang))
    return GeneratedPage("glossar/index.md", md + f"{t('glossary_intro', lang)}\n\n{items}\n")


def finder_page(lang: str) -> GeneratedPage:
    """The Praxisfinder: full text and filters; the script keeps both in the address."""
    def label(name: str, value: str) -> str:
        vocabulary = FILTER_VOCABULARIES[name]
        return t(f"{value}_type", lang) if vocabulary is None else VOCABULARY.label(vocabulary, value, lang)

    groups = []
    for name in FILTER_VOCABULARIES:
        boxes = "\n".join(
            f'<li><label><input type="checkbox" name="{name}" value="{value}"> {html.escape(label(name, value))}</label></li>'
            for value in known_values(name))
        groups.append(f'<details class="kbm-filter"><summary>{t("filter_" + name, lang)}</summary>\n'
                      f'<fieldset><legend class="kbm-visually-hidden">{t("filter_" + name, lang)}</legend>\n'
                      f'<ul>\n{boxes}\n</ul></fieldset></details>')
    prefix = "../"  # the indexes sit beside suche/ in both languages
    noscript = (f'<noscript><p class="kbm-noscript">{t("finder_noscript", lang)} '
                f'<a href="{prefix}themen/">{t("themen_title", lang)}</a> · '
                f'<a href="{prefix}lebensphasen/">{t("lebensphasen_title", lang)}</a> · '
                f'<a href="{prefix}regionen/">{t("regionen_title", lang)}</a></p></noscript>')
    form = (f'<form id="kbm-finder" class="kbm-finder" role="search" action="" method="get">\n'
            f'<label for="kbm-finder-q">{t("finder_query", lang)}</label>\n'
            f'<input id="kbm-finder-q" type="search" name="q" autocomplete="off" placeholder="{t("finder_placeholder", lang)}">\n'
            + "\n".join(groups) +
            f'\n<button type="reset" class="md-button">{t("finder_reset", lang)}</button>\n</form>\n'
            f'<p id="kbm-finder-count" class="kbm-finder__count" role="status" aria-live="polite"></p>\n'
            f'<ol id="kbm-finder-results" class="kbm-finder__results"></ol>\n')
    md = ("---\n" + f'title: "{t("finder_title", lang)}"\ndescription: "{t("finder_intro", lang)}"\n'
          "search_exclude: true\nhide:\n  - toc\n---\n\n"
          f"# {t('finder_title', lang)}\n\n{t('finder_intro', lang)}\n\n{noscript}\n\n{form}")
    return GeneratedPage("suche/index.md", md)


def generated_pages(collection: Collection, lang: str) -> list[GeneratedPage]:
    """Every index page of one language: overviews, one page per topic, life phase, Land and country."""
    pages = [bausteine_overview(collection, lang), cases_overview(collection, lang), glossary_page(lang),
             finder_page(lang)]
    for folder, kind in FACETS.items():
        pages.append(facet_index(folder, collection, lang))
        pages += [facet_page(folder, key, collection, lang) for key in getattr(VOCABULARY, kind)]
    pages.append(regions_index(collection, lang))
    codes = [*VOCABULARY.laender, *sorted(c for c in collection.places if c not in VOCABULARY.laender)]
    pages += [place_page(code, collection, lang) for code in codes]
    return pages

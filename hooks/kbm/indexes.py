"""The index pages the site generates: overviews, topics, life phases, regions, glossary, Praxisfinder.

Listings that grow with the collection (all cases, a topic's, a life phase's, a Land's, a Baustein's)
are split into pages of LISTING_PAGE_SIZE cases: the first at the listing's own address, the others
at `<address>/seite/<n>/`, linked both ways, so that every page stays small however many cases exist.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .addresses import (
    FACETS,
    FINDER,
    GLOSSARY,
    OPEN_DATA,
    REGIONS,
    SELF_ASSESSMENT,
    TOPICS,
    TRANSLATIONS,
    baustein_cases_uri,
    contribute_uri,
    facet_uri,
    href,
    index_uri,
    link,
    listing_page_uri,
    place_uri,
    site_path,
)
from .entries import Case, Collection, Entry
from .glossary import load_glossary, sort_key
from .languages import DEFAULT_LANGUAGE, LANGUAGES
from .listings import LISTING_PAGE_SIZE, has_case_listing
from .open_data import GEOJSON_PROPERTIES, fields_table, files_list
from .page_types import BAUSTEIN, PRAXISBEISPIEL
from .render import baustein_list, case_list, escape, place_label
from .self_assessment import overview as self_assessment_overview
from .slots import Rendered, Writer
from .texts import case_count, date, t
from .translations import translation_status


@dataclass(frozen=True)
class GeneratedPage:
    src_uri: str
    rendered: Rendered

    @property
    def markdown(self) -> str:
        return self.rendered.markdown


def _front_matter(title: str, description: str) -> str:
    def quoted(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    return f"---\ntitle: {quoted(title)}\ndescription: {quoted(description)}\n---\n\n# {escape(title)}\n\n"


# ---- pagination ---------------------------------------------------------------------------------


def _page_numbers(number: int, total: int) -> list[int | None]:
    """The page numbers a pager shows: all of a few, else first, last and neighbours (None: a gap).

    A gap of a single page shows that page's number instead: "…" would take as much room.
    """
    if total <= 7:
        return list(range(1, total + 1))
    shown = sorted({1, total, *range(max(1, number - 1), min(total, number + 1) + 1)})
    out: list[int | None] = []
    for n in shown:
        if out and n - out[-1] == 2:
            out.append(n - 1)
        elif out and n - out[-1] > 2:
            out.append(None)
        out.append(n)
    return out


def pager(base: str, number: int, total: int, lang: str) -> str:
    """Links to the previous, next and numbered pages of a listing (HTML)."""
    here = listing_page_uri(base, number)

    def url(n: int) -> str:
        return href(here, listing_page_uri(base, n))

    def hidden(text: str) -> str:
        return f'<span class="kbm-visually-hidden">{text}</span>'

    items = []
    if number > 1:
        items.append(
            f'<li><a href="{url(number - 1)}" rel="prev"><span aria-hidden="true">← </span>'
            f"{t('previous_page', lang)}</a></li>"
        )
    for n in _page_numbers(number, total):
        if n is None:
            items.append('<li aria-hidden="true">…</li>')
        elif n == number:
            items.append(f'<li><span aria-current="page">{hidden(t("page_word", lang))}{n}</span></li>')
        else:
            items.append(f'<li><a href="{url(n)}">{hidden(t("page_word", lang))}{n}</a></li>')
    if number < total:
        items.append(
            f'<li><a href="{url(number + 1)}" rel="next">{t("next_page", lang)}'
            '<span aria-hidden="true"> →</span></a></li>'
        )
    return (
        f'<nav class="kbm-pages" aria-label="{t("pages_label", lang)}">\n<ul>\n' + "\n".join(items) + "\n</ul>\n</nav>"
    )


def listing_pages(
    base: str,
    title: str,
    intro: str | Callable[[str], str],
    rows: Sequence[tuple[str | None, Case]],
    collection: Collection,
    lang: str,
    *,
    description: str | None = None,
    first_page: Callable[[Writer], None] | None = None,
    heading: str | None = None,
    empty: str | None = None,
    size: int = LISTING_PAGE_SIZE,
) -> list[GeneratedPage]:
    """A listing of cases split into pages; each row is (group heading or None, case).

    A group that continues on the next page repeats its heading there. ``intro`` may depend on the
    page's source path (for links); ``first_page`` adds what only the first page carries; ``heading``
    stands above the cases on every page.
    """
    chunks = [rows[i : i + size] for i in range(0, len(rows), size)] or [[]]
    grouped = any(group for group, _ in rows)
    pages = []
    for number, chunk in enumerate(chunks, 1):
        here = listing_page_uri(base, number)
        out = Writer()
        page_title = title if number == 1 else t("page_title", lang, title=title, n=number, total=len(chunks))
        text = intro(here) if callable(intro) else intro
        out.md(_front_matter(page_title, description or text))
        out.md(f"{text}\n\n")
        if number == 1 and first_page:
            first_page(out)
        if heading:
            out.md(f"## {heading}\n\n")
        if not rows:
            out.md(f"{empty or t('no_cases_here', lang, link=link(here, contribute_uri()))}\n")
        if len(chunks) > 1:
            first = (number - 1) * size + 1
            where = t("page_of", lang, n=number, total=len(chunks))
            if not grouped:
                where += " · " + t("cases_range", lang, first=first, last=first + len(chunk) - 1, total=len(rows))
            out.html(f'<p class="kbm-pages__count">{where}</p>')
        for group, entries in _runs(chunk):
            if group:
                out.md(f"## {escape(group)}\n\n")
            out.html(case_list(entries, collection.vocabulary, lang, here))
        if len(chunks) > 1:
            out.html(pager(base, number, len(chunks), lang))
        pages.append(GeneratedPage(here, out.done()))
    return pages


def _runs(rows: Sequence[tuple[str | None, Case]]) -> list[tuple[str | None, list[Case]]]:
    """Consecutive rows of the same group, together."""
    runs: list[tuple[str | None, list[Case]]] = []
    for group, entry in rows:
        if runs and runs[-1][0] == group:
            runs[-1][1].append(entry)
        else:
            runs.append((group, [entry]))
    return runs


# ---- the index pages ----------------------------------------------------------------------------


def bausteine_overview(collection: Collection, lang: str) -> GeneratedPage:
    here = index_uri(BAUSTEIN.site_folder)
    items = "\n".join(
        f"{e.facts.number}. **[{escape(e.text(lang).title)}]({link(here, e.src_uri)})**"
        f"{_in_german(e, lang)}  \n"
        f"   {escape(e.text(lang).summary)}\n"
        for e in collection.bausteine_in_order
    )
    md = _front_matter(t("bausteine_title", lang), t("bausteine_intro", lang))
    return GeneratedPage(here, Rendered(md + f"{t('bausteine_intro', lang)}\n\n{items}\n"))


def _in_german(entry: Entry, lang: str) -> str:
    return "" if entry.is_translated(lang) else f" *({t('in_german', lang)})*"


def cases_overview(collection: Collection, lang: str, size: int = LISTING_PAGE_SIZE) -> list[GeneratedPage]:
    return listing_pages(
        index_uri(PRAXISBEISPIEL.site_folder),
        t("cases_title", lang),
        t("cases_intro", lang),
        [(None, e) for e in collection.cases_by_update],
        collection,
        lang,
        size=size,
    )


def facet_index(folder: str, collection: Collection, lang: str) -> GeneratedPage:
    kind = FACETS[folder]
    here = index_uri(folder)
    groups = _facet_groups(kind, collection)
    items = "\n".join(
        f"- [{escape(term.label(lang))}]({link(here, facet_uri(folder, key))}): "
        f"{case_count(len(groups.get(key, [])), lang)}"
        for key, term in getattr(collection.vocabulary, kind).items()
    )
    title, intro = _facet_titles(folder, lang)
    return GeneratedPage(here, Rendered(_front_matter(title, intro) + f"{intro}\n\n{items}\n"))


def facet_pages(
    folder: str, key: str, collection: Collection, lang: str, size: int = LISTING_PAGE_SIZE
) -> list[GeneratedPage]:
    kind = FACETS[folder]
    here = facet_uri(folder, key)
    label = getattr(collection.vocabulary, kind)[key].label(lang)
    intro = t("topic_intro" if kind == "topics" else "life_phase_intro", lang, label=label)
    cases = [(None, e) for e in _facet_groups(kind, collection).get(key, [])]
    if kind != "topics":
        return listing_pages(here, label, intro, cases, collection, lang, size=size)

    def bausteine(out: Writer) -> None:
        found = collection.bausteine_by_topic.get(key, [])
        out.md(f"## {t('topic_bausteine', lang)}\n\n")
        if found:
            out.html(baustein_list(found, lang, here))
        else:
            out.md(f"{t('no_bausteine_here', lang)}\n\n")

    return listing_pages(
        here, label, intro, cases, collection, lang, first_page=bausteine, heading=t("topic_cases", lang), size=size
    )


def _facet_groups(kind: str, collection: Collection) -> dict[str, list[Case]]:
    return collection.cases_by_topic if kind == "topics" else collection.cases_by_life_phase


def _facet_titles(folder: str, lang: str) -> tuple[str, str]:
    if folder == TOPICS:
        return t("themen_title", lang), t("themen_intro", lang)
    return t("lebensphasen_title", lang), t("lebensphasen_intro", lang)


def regions_index(collection: Collection, lang: str) -> GeneratedPage:
    here, vocabulary = index_uri(REGIONS), collection.vocabulary
    places = collection.places

    def count(code: str) -> str:
        return case_count(len({e.slug for _, e in places.get(code, [])}), lang)

    laender = "\n".join(
        f"- [{escape(term.label(lang))}]({link(here, place_uri(code))}): {count(code)}"
        for code, term in sorted(vocabulary.laender.items(), key=lambda item: item[1].label(lang))
    )
    md = _front_matter(t("regionen_title", lang), t("regionen_intro", lang))
    md += f"{t('regionen_intro', lang)}\n\n## {t('laender', lang)}\n\n{laender}\n\n"
    abroad = sorted((c for c in places if c not in vocabulary.laender), key=lambda c: place_label(vocabulary, c, lang))
    if abroad:
        md += (
            f"## {t('abroad', lang)}\n\n"
            + "\n".join(
                f"- [{escape(place_label(vocabulary, c, lang))}]({link(here, place_uri(c))}): {count(c)}"
                for c in abroad
            )
            + "\n"
        )
    return GeneratedPage(here, Rendered(md))


def place_pages(code: str, collection: Collection, lang: str, size: int = LISTING_PAGE_SIZE) -> list[GeneratedPage]:
    """A Land's (or country's) cases, grouped by district or city; Land-wide cases first."""
    label = place_label(collection.vocabulary, code, lang)
    intro = t("land_intro" if code in collection.vocabulary.laender else "country_intro", lang, label=label)
    return listing_pages(
        place_uri(code), label, intro, _place_rows(code, collection, lang), collection, lang, size=size
    )


def _place_rows(code: str, collection: Collection, lang: str) -> list[tuple[str | None, Case]]:
    """A place's cases grouped by district or city (group heading, case), each case once: Land-wide cases
    first, then each district or city, then cases in several of them under their names together."""
    places: dict[str, list] = {}
    cases: dict[str, Case] = {}
    for region, entry in collection.places.get(code, []):
        places.setdefault(entry.slug, []).append(region)
        cases[entry.slug] = entry
    types = collection.vocabulary.municipality_types
    groups: dict[tuple[int, str], list[Case]] = {}
    for slug, regions in places.items():
        if any(region.type == "land" for region in regions):
            key = (0, t("whole_land", lang))
        elif len(regions) == 1:
            key = (1, f"{regions[0].name} – {types[regions[0].type].label(lang)}")
        else:
            key = (2, " · ".join(region.name or "" for region in regions))
        groups.setdefault(key, []).append(cases[slug])
    return [(heading, entry) for (_, heading), entries in sorted(groups.items()) for entry in entries]


def baustein_cases_pages(
    entry: Entry, collection: Collection, lang: str, size: int = LISTING_PAGE_SIZE
) -> list[GeneratedPage]:
    """Every case of one Baustein, for a Baustein whose page shows only the newest few of them."""
    base = baustein_cases_uri(entry.slug)
    title = t("baustein_cases_title", lang, title=entry.text(lang).title)
    intro = t("baustein_cases_intro", lang)

    def back(here: str) -> str:
        return f"{intro} [{escape(t('back_to_baustein', lang))}]({link(here, entry.src_uri)})"

    cases = [(None, e) for e in collection.cases_by_baustein.get(entry.slug, [])]
    # Left out of search: the Baustein itself is found there.
    return listing_pages(
        base,
        title,
        back,
        cases,
        collection,
        lang,
        description=intro,
        empty=t("no_cases_yet", lang),
        size=size,
    )


def glossary_page(lang: str) -> GeneratedPage:
    """The glossary, sorted by the terms of the page's language, each with its counterpart, under its
    initial letter, with an A–Z bar that leads to the letters that have terms."""
    other = next(other for other in LANGUAGES if other != lang)
    by_letter: dict[str, list] = {}
    for term in sorted(load_glossary(), key=lambda term: sort_key(term.term(lang))):
        by_letter.setdefault(sort_key(term.term(lang))[0].upper(), []).append(term)
    bar = " ".join(
        f'<a href="#{letter.lower()}">{letter}</a>'
        if letter in by_letter
        else f'<span aria-hidden="true">{letter}</span>'
        for letter in string.ascii_uppercase
    )
    sections = "\n\n".join(
        f"## {letter}\n\n"
        + "\n\n".join(
            f"{escape(term.term(lang))}\n:   *{t('glossary_other', lang)}: {escape(term.term(other))}*  \n"
            f"    {escape(term.text(lang))}"
            for term in terms
        )
        for letter, terms in by_letter.items()
    )
    md = _front_matter(t("glossary_title", lang), t("glossary_intro", lang))
    return GeneratedPage(
        index_uri(GLOSSARY),
        Rendered(
            md + f"{t('glossary_intro', lang)}\n\n"
            f'<nav class="kbm-letters" aria-label="{t("glossary_letters", lang)}">{bar}</nav>\n\n{sections}\n'
        ),
    )


def finder_page(lang: str) -> GeneratedPage:
    """The Praxisfinder's page: its title and introduction; the form is the theme's (finder.html)."""
    md = (
        "---\n" + f'title: "{t("finder_title", lang)}"\ndescription: "{t("finder_intro", lang)}"\n'
        "template: finder.html\nhide:\n  - navigation\n  - toc\n---\n\n"
        f"# {t('finder_title', lang)}\n\n{t('finder_intro', lang)}\n"
    )
    return GeneratedPage(index_uri(FINDER), Rendered(md))


def self_assessment_page(collection: Collection, lang: str) -> GeneratedPage:
    """/selbsteinschaetzung/: every Baustein's stages, the profile, and the tools to keep the result."""
    out = Writer()
    out.md(_front_matter(t("sa_title", lang), t("sa_intro", lang)))
    out.md(f"{t('sa_intro', lang)}\n\n{t('sa_privacy', lang)}\n\n")
    out.widget(self_assessment_overview(collection, lang))
    return GeneratedPage(index_uri(SELF_ASSESSMENT), out.done())


def open_data_page(collection: Collection, lang: str) -> GeneratedPage:
    """/daten/: the practice examples as open data – the files, their licence and every field."""
    here = index_uri(OPEN_DATA)
    out = Writer()
    out.md(_front_matter(t("open_data_title", lang), t("open_data_intro", lang)))
    out.md(t("open_data_lead", lang, n=len(collection.cases)) + "\n\n")
    out.html(files_list(lang, site_path(here, lang)))
    out.md(f"\n\n## {t('open_data_fields', lang)}\n\n")
    out.html(fields_table(lang))
    properties = ", ".join(f"`{name}`" for name in GEOJSON_PROPERTIES)
    out.md(f"\n\n### GeoJSON\n\n{t('open_data_geojson', lang, properties=properties)}\n")
    return GeneratedPage(here, out.done())


def translations_page(collection: Collection, lang: str) -> GeneratedPage:
    """Which Bausteine and cases still need an English text, and which English texts are older than their
    German original: for volunteers who translate."""
    here = TRANSLATIONS
    status = translation_status(collection)
    out = Writer()
    out.md(_front_matter(t("translations_title", lang), t("translations_intro", lang)))
    out.md(t("translations_lead", lang, link=f"({link(here, contribute_uri())})") + "\n\n")

    def line(entry: Entry, note: str) -> str:
        title = escape(entry.text(DEFAULT_LANGUAGE).title)
        return f"- [{title}]({link(here, entry.src_uri)}) – {note}\n"

    out.md(f"## {t('translations_missing', lang)} ({len(status.missing)})\n\n")
    for entry in status.missing:
        out.md(line(entry, f"`{entry.files[DEFAULT_LANGUAGE].display}`"))
    if not status.missing:
        out.md(t("translations_none", lang) + "\n")
    out.md(f"\n## {t('translations_outdated', lang)} ({len(status.outdated)})\n\n")
    if not status.known:
        out.md(t("translations_unknown", lang) + "\n")
    for stale in status.outdated:
        out.md(
            line(
                stale.entry,
                t("translations_dates", lang, german=date(stale.german, lang), english=date(stale.english, lang)),
            )
        )
    if status.known and not status.outdated:
        out.md(t("translations_none", lang) + "\n")
    return GeneratedPage(here, out.done())


def _places(collection: Collection) -> list[str]:
    """Every Land, then every country abroad with a case."""
    laender = collection.vocabulary.laender
    return [*laender, *sorted(c for c in collection.places if c not in laender)]


def generated_uris(collection: Collection, size: int = LISTING_PAGE_SIZE) -> list[str]:
    """The source paths of every generated page, the same in each language, without rendering them."""
    folders = (BAUSTEIN.site_folder, GLOSSARY, FINDER, REGIONS, OPEN_DATA, SELF_ASSESSMENT)
    uris = [index_uri(folder) for folder in folders] + [TRANSLATIONS]

    def listing(base: str, count: int) -> list[str]:
        return [listing_page_uri(base, n) for n in range(1, max(1, -(-count // size)) + 1)]

    uris += listing(index_uri(PRAXISBEISPIEL.site_folder), len(collection.cases))
    for folder, kind in FACETS.items():
        uris.append(index_uri(folder))
        groups = _facet_groups(kind, collection)
        for key in getattr(collection.vocabulary, kind):
            uris += listing(facet_uri(folder, key), len(groups.get(key, [])))
    for code in _places(collection):
        uris += listing(place_uri(code), len(_place_rows(code, collection, DEFAULT_LANGUAGE)))
    for entry in collection.bausteine_in_order:
        if has_case_listing(entry, collection):
            uris += listing(baustein_cases_uri(entry.slug), len(collection.cases_by_baustein[entry.slug]))
    return uris


def generated_pages(collection: Collection, lang: str, size: int = LISTING_PAGE_SIZE) -> list[GeneratedPage]:
    """Every index page of one language: overviews, one listing per topic, life phase, Land, country
    and Baustein (each split into pages of ``size`` cases)."""
    pages = [
        bausteine_overview(collection, lang),
        *cases_overview(collection, lang, size),
        glossary_page(lang),
        finder_page(lang),
        self_assessment_page(collection, lang),
        translations_page(collection, lang),
        open_data_page(collection, lang),
    ]
    for folder, kind in FACETS.items():
        pages.append(facet_index(folder, collection, lang))
        for key in getattr(collection.vocabulary, kind):
            pages += facet_pages(folder, key, collection, lang, size)
    pages.append(regions_index(collection, lang))
    for code in _places(collection):
        pages += place_pages(code, collection, lang, size)
    for entry in collection.bausteine_in_order:
        if has_case_listing(entry, collection):
            pages += baustein_cases_pages(entry, collection, lang, size)
    return pages

"""The generated Markdown, compared with golden files, and the rules behind the listings."""

import dataclasses
import datetime
import re
from urllib.parse import urljoin

import pytest
from conftest import FIXTURE_SITE, assert_golden

from kbm.addresses import page_url
from kbm.collection import Collection, load_collection
from kbm.indexes import _page_numbers, generated_pages
from kbm.pages import page_markdown
from kbm.render import escape
from kbm.slots import Writer, fill

COLLECTION = load_collection(FIXTURE_SITE)
LANGS = ["de", "en"]


@pytest.mark.parametrize("lang", LANGS)
def test_generated_index_pages_match_their_golden_files(lang):
    pages = {p.src_uri: p.rendered.preview() for p in generated_pages(COLLECTION, lang)}
    for src_uri in [
        "bausteine/index.md",
        "praxisbeispiele/index.md",
        "themen/index.md",
        "themen/bildungsuebergaenge.md",
        "lebensphasen/index.md",
        "regionen/index.md",
        "regionen/de-st.md",
        "regionen/fr.md",
        "regionen/de-by.md",
    ]:
        assert_golden(f"{lang}/{src_uri}", pages[src_uri])


@pytest.mark.parametrize("lang", LANGS)
def test_content_pages_match_their_golden_files(lang):
    for src_uri in [
        "praxisbeispiele/halle-bildungskonferenz.de.md",
        "praxisbeispiele/grenzenlos-lernen.de.md",
        "bausteine/externe-kooperation.md",
        "bausteine/koordination.md",
    ]:
        body = "\n## Text\n\nBody.\n"
        assert_golden(
            f"{lang}/{src_uri.replace('.de.md', '.md')}", page_markdown(COLLECTION, src_uri, body, lang).preview()
        )


def test_every_topic_life_phase_land_and_country_with_a_case_gets_a_page():
    uris = {p.src_uri for p in generated_pages(COLLECTION, "de")}
    assert {"themen/inklusion.md", "lebensphasen/hochschule.md", "regionen/de-hb.md", "regionen/fr.md"} <= uris
    assert "regionen/pl.md" not in uris  # countries abroad only once a case is there


def test_a_case_in_several_places_of_one_land_is_listed_once_under_the_widest():
    page = next(p for p in generated_pages(COLLECTION, "de") if p.src_uri == "regionen/de-st.md").rendered.preview()
    assert page.count("grenzenlos-lernen/") == 1  # Land-wide and in Burgenlandkreis: once, as Land-wide
    assert page.index("## Landesweit") < page.index("grenzenlos-lernen/")
    assert "## Burgenlandkreis" not in page  # its only case is listed as Land-wide


def test_the_overview_lists_the_most_recently_checked_case_first():
    page = next(
        p for p in generated_pages(COLLECTION, "en") if p.src_uri == "praxisbeispiele/index.md"
    ).rendered.preview()
    assert page.index("halle-bildungskonferenz") < page.index("grenzenlos-lernen")


def test_markdown_text_is_escaped():
    assert escape("[Halle] *neu* <b> {: #x }") == r"\[Halle\] \*neu\* &lt;b&gt; \{: \#x \}"


@pytest.mark.parametrize("lang", LANGS)
def test_the_glossary_is_sorted_by_the_pages_language_and_names_the_counterpart(lang):
    page = next(p for p in generated_pages(COLLECTION, lang) if p.src_uri == "glossar/index.md").markdown
    if lang == "de":
        assert (
            page.index("\nAmtlicher Gemeindeschlüssel")
            < page.index("\nBildungsbüro")
            < page.index("\nZielvereinbarung")
        )
        assert "*Englisch: education office*" in page
    else:
        assert (
            page.index("\ncooperation agreement") < page.index("\neducation office") < page.index("\ntransfer agency")
        )
        assert "*German: Bildungsbüro*" in page


# ---- listings split into pages ------------------------------------------------------------------


def many_cases(count: int) -> Collection:
    """The fixture collection with ``count`` cases: copies of its cases under new slugs and dates."""
    originals = list(COLLECTION.cases.values())
    cases = {}
    for number in range(count):
        entry = originals[number % len(originals)]
        facts = entry.facts.model_copy(update={"updated": datetime.date(2026, 1, 1) + datetime.timedelta(days=number)})
        slug = f"fall-{number:03d}"
        cases[slug] = dataclasses.replace(entry, slug=slug, facts=facts)
    return Collection(COLLECTION.vocabulary, entries={"baustein": COLLECTION.bausteine, "praxisbeispiel": cases})


def linked_cases(markdown: str) -> list[str]:
    return re.findall(r'href="[^"]*?\b(fall-\d+)/"', markdown)


def crawl(pages: dict[str, str], start: str) -> list[str]:
    """Source paths reachable from ``start`` by the pager's links, in the order first reached."""
    seen, queue = [start], [start]
    while queue:
        here = queue.pop(0)
        nav = re.search(r'<nav class="kbm-pages".*?</nav>', pages[here], re.S)
        for target in re.findall(r'href="([^"]+)"', nav.group(0) if nav else ""):
            url = urljoin("/" + page_url(here), target)
            src = next(s for s in pages if "/" + page_url(s) == url)
            if src not in seen:
                seen.append(src)
                queue.append(src)
    return seen


@pytest.mark.parametrize("lang", LANGS)
def test_a_long_listing_is_split_into_pages_that_together_reach_every_case_once(lang):
    collection = many_cases(23)
    pages = {p.src_uri: p.rendered.preview() for p in generated_pages(collection, lang, size=5)}
    overview = crawl(pages, "praxisbeispiele/index.md")
    assert sorted(overview) == ["praxisbeispiele/index.md", *[f"praxisbeispiele/seite/{n}.md" for n in range(2, 6)]]
    listed = [slug for src in sorted(overview) for slug in linked_cases(pages[src])]
    assert sorted(listed) == sorted(collection.cases) and len(listed) == 23
    assert all(len(linked_cases(pages[src])) <= 5 for src in overview)
    newest = linked_cases(pages["praxisbeispiele/index.md"])
    assert newest == ["fall-022", "fall-021", "fall-020", "fall-019", "fall-018"]
    page_three = pages["praxisbeispiele/seite/3.md"]
    assert (
        "Seite 3 von 5 · Praxisbeispiele 11–15 von 23"
        if lang == "de"
        else "Page 3 of 5 · practice examples 11–15 of 23"
    ) in page_three
    assert 'rel="prev"' in page_three and 'rel="next"' in page_three
    word = "Seite" if lang == "de" else "Page"
    assert f'aria-current="page"><span class="kbm-visually-hidden">{word} </span>3<' in page_three
    heading = "# Praxisbeispiele – Seite 3 von 5" if lang == "de" else "# Practice examples – page 3 of 5"
    assert heading in page_three, "a further page says which page it is in its heading"


@pytest.mark.parametrize("count, pages", [(10, 1), (11, 2), (20, 2), (21, 3)])
def test_a_listing_of_a_multiple_of_the_page_size_has_no_empty_last_page(count, pages):
    found = [p for p in generated_pages(many_cases(count), "de", size=10) if p.src_uri.startswith("praxisbeispiele/")]
    assert len(found) == pages
    assert all(linked_cases(p.rendered.preview()) for p in found)
    assert ('class="kbm-pages"' in found[0].rendered.preview()) == (pages > 1)


@pytest.mark.parametrize(
    "number, total, shown",
    [
        (1, 5, [1, 2, 3, 4, 5]),
        (1, 9, [1, 2, None, 9]),
        (4, 9, [1, 2, 3, 4, 5, None, 9]),
        (5, 9, [1, None, 4, 5, 6, None, 9]),
        (9, 9, [1, None, 8, 9]),
    ],
)
def test_the_pager_shows_first_last_and_neighbouring_pages_and_fills_one_page_gaps(number, total, shown):
    assert _page_numbers(number, total) == shown


def test_topic_land_and_baustein_listings_are_split_the_same_way_and_repeat_a_continued_group():
    collection = many_cases(23)
    pages = {p.src_uri: p.rendered.preview() for p in generated_pages(collection, "de", size=5)}
    topic = crawl(pages, "themen/bildungsuebergaenge.md")
    assert len(topic) == 5 and "themen/bildungsuebergaenge/seite/5.md" in topic
    assert "## Bausteine" in pages[topic[0]] and "## Bausteine" not in pages[topic[1]]
    land = crawl(pages, "regionen/de-st.md")
    headings = [
        [re.sub(r"\\(.)", r"\1", h) for h in re.findall(r"^## (.+)$", pages[src], re.M)] for src in sorted(land)
    ]
    assert sum(h.count("Halle (Saale) – Kreisfreie Stadt") for h in headings) >= 2, (
        "a continued group repeats its heading"
    )
    baustein = collection.bausteine_in_order[0].slug
    assert len(crawl(pages, f"bausteine/{baustein}/praxisbeispiele.md")) > 1


def test_a_baustein_page_shows_its_newest_cases_and_links_to_all_of_them():
    collection = many_cases(23)
    entry = next(e for e in collection.bausteine_in_order if len(collection.cases_by_baustein[e.slug]) > 10)
    page = page_markdown(collection, entry.src_uri, "Text.", "de").preview()
    listing = page.split("## Praxisbeispiele zu diesem Baustein", 1)[1]  # after the self-assessment's examples
    assert len(linked_cases(listing)) == 10
    count = len(collection.cases_by_baustein[entry.slug])
    assert f'<a href="praxisbeispiele/">Alle {count} Praxisbeispiele zu diesem Baustein</a>' in page


def test_generated_html_is_put_in_place_of_its_markers_and_a_lost_marker_fails_loudly():
    rendered = Writer().md("# Titel\n\n").html("<aside>Fakten</aside>").md("Text.\n\n").done()
    marker = rendered.markdown.split("\n\n")[1]
    html = f"<h1>Titel</h1>\n{marker}\n<p>Text.</p>"
    assert fill(html, rendered.slots, "x.md") == "<h1>Titel</h1>\n<aside>Fakten</aside>\n<p>Text.</p>"
    with pytest.raises(ValueError, match="x.md: the text swallowed what the site adds"):
        fill(f"<h1>Titel</h1>\n<pre>{marker.replace('<', '&lt;')}</pre>", rendered.slots, "x.md")
    with pytest.raises(ValueError, match="unknown: 7"):
        fill(html + marker.replace(":0-->", ":7-->"), rendered.slots, "x.md")


def test_a_marker_written_into_a_page_by_hand_takes_no_slot():
    rendered = Writer().md("# Titel\n\n").html("<aside>Fakten</aside>").done()
    marker = rendered.markdown.split("\n\n")[1]
    forged = "<p>x</p>\n<!--kbm-slot:0-->\n<!--kbm-slot:99-->"
    assert fill(f"{marker}\n{forged}", rendered.slots, "x.md") == f"<aside>Fakten</aside>\n{forged}"
    assert "kbm-slot:0-->" not in marker, "the marker carries a token no page can know"


def test_a_bausteins_text_links_the_first_mention_of_a_case_municipality_and_leaves_code_links_headings_alone(
    project_collection,
):
    from kbm.case_links import link_named_cases

    baustein = project_collection.bausteine["bildungsberatung"]
    text = (
        '## Dresden\n\n`Dresden` und [Dresden](https://dresden.de) zuerst, dann <b title="Dresden">x</b>.\n\n'
        "In Dresden-Neustadt nicht, aber in Dresden. Noch einmal Dresden. Kreis Lippe auch, Essen nicht.\n"
    )
    linked = link_named_cases(text, baustein, project_collection)
    assert linked == (
        '## Dresden\n\n`Dresden` und [Dresden](https://dresden.de) zuerst, dann <b title="Dresden">x</b>.\n\n'
        "In Dresden-Neustadt nicht, aber in [Dresden](../praxisbeispiele/dresden-bildungsbahnen.md). "
        "Noch einmal Dresden. Kreis [Lippe](../praxisbeispiele/lippe-bildungsberatung.md) auch, Essen nicht.\n"
    ), "Essen's case does not illustrate this Baustein"

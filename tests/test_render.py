"""The generated Markdown, compared with golden files, and the rules behind the listings."""

import pytest

from conftest import FIXTURE_SITE, assert_golden
from kbm.collection import load_collection
from kbm.pages import page_markdown
from kbm.render import escape, generated_pages, link

COLLECTION = load_collection(FIXTURE_SITE)
LANGS = ["de", "en"]


@pytest.mark.parametrize("lang", LANGS)
def test_generated_index_pages_match_their_golden_files(lang):
    pages = {p.src_uri: p.markdown for p in generated_pages(COLLECTION, lang)}
    for src_uri in ["bausteine/index.md", "praxisbeispiele/index.md", "themen/index.md",
                    "themen/bildungsuebergaenge.md", "lebensphasen/index.md", "regionen/index.md",
                    "regionen/de-st.md", "regionen/fr.md", "regionen/de-by.md"]:
        assert_golden(f"{lang}/{src_uri}", pages[src_uri])


@pytest.mark.parametrize("lang", LANGS)
def test_content_pages_match_their_golden_files(lang):
    for src_uri in ["praxisbeispiele/halle-bildungskonferenz.de.md", "praxisbeispiele/grenzenlos-lernen.de.md",
                    "bausteine/externe-kooperation.md", "bausteine/koordination.md"]:
        body = "\n## Text\n\nBody.\n"
        assert_golden(f"{lang}/{src_uri.replace('.de.md', '.md')}", page_markdown(COLLECTION, src_uri, body, lang))


def test_every_topic_life_phase_land_and_country_with_a_case_gets_a_page():
    uris = {p.src_uri for p in generated_pages(COLLECTION, "de")}
    assert {"themen/inklusion.md", "lebensphasen/hochschule.md", "regionen/de-hb.md", "regionen/fr.md"} <= uris
    assert "regionen/pl.md" not in uris  # countries abroad only once a case is there


def test_a_case_in_several_places_of_one_land_is_listed_in_each_group_once():
    page = next(p for p in generated_pages(COLLECTION, "de") if p.src_uri == "regionen/de-st.md").markdown
    assert page.count("grenzenlos-lernen") == 2  # Land-wide and Burgenlandkreis
    assert page.index("## Landesweit") < page.index("## Burgenlandkreis")


def test_the_overview_lists_the_most_recently_checked_case_first():
    page = next(p for p in generated_pages(COLLECTION, "en") if p.src_uri == "praxisbeispiele/index.md").markdown
    assert page.index("halle-bildungskonferenz") < page.index("grenzenlos-lernen")


def test_links_are_relative_source_paths_and_text_is_escaped():
    assert link("themen/index.md", "praxisbeispiele/a.md") == "../praxisbeispiele/a.md"
    assert link("index.md", "themen/a.md") == "themen/a.md"
    assert escape("[Halle] *neu* <b>") == r"\[Halle\] \*neu\* \<b\>"


@pytest.mark.parametrize("lang", LANGS)
def test_the_glossary_is_sorted_by_the_pages_language_and_names_the_counterpart(lang):
    page = next(p for p in generated_pages(COLLECTION, lang) if p.src_uri == "glossar/index.md").markdown
    if lang == "de":
        assert page.index("\nAmtlicher Gemeindeschlüssel") < page.index("\nBildungsbüro") < page.index("\nZielvereinbarung")
        assert "*Englisch: education office*" in page
    else:
        assert page.index("\ncooperation agreement") < page.index("\neducation office") < page.index("\ntransfer agency")
        assert "*German: Bildungsbüro*" in page

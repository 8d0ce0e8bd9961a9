"""Hook events on the tiny two-language fixture site: paths, languages, switcher, fallbacks, sitemap."""

import re
from urllib.parse import urljoin

import pytest
from conftest import article, html_lang, language_links, page

PAGES = [
    "",
    "bausteine/",
    "bausteine/externe-kooperation/",
    "bausteine/koordination/",
    "praxisbeispiele/",
    "praxisbeispiele/halle-bildungskonferenz/",
    "praxisbeispiele/grenzenlos-lernen/",
    "themen/",
    "themen/bildungsuebergaenge/",
    "lebensphasen/",
    "lebensphasen/schule/",
    "regionen/",
    "regionen/de-st/",
    "regionen/de-by/",
    "regionen/fr/",
]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_exists_in_both_languages_with_the_right_html_lang(fixture_site, path):
    assert html_lang(page(fixture_site, "/" + path)) == "de"
    assert html_lang(page(fixture_site, "/en/" + path)) == "en"


@pytest.mark.parametrize("path", PAGES)
def test_the_language_switch_lands_on_the_same_page_in_the_other_language(fixture_site, path):
    german, english = "/" + path, "/en/" + path
    assert urljoin(german, language_links(page(fixture_site, german))["en"]) == english
    assert urljoin(english, language_links(page(fixture_site, english))["de"]) == german


@pytest.mark.parametrize("path", ["praxisbeispiele/grenzenlos-lernen/", "bausteine/koordination/"])
def test_an_untranslated_page_shows_the_german_text_under_an_english_notice(fixture_site, path):
    html = article(page(fixture_site, "/en/" + path))
    assert "This page has not been translated into English yet" in html
    assert re.search(r'<h1[^>]*lang="de"', html) and '<div lang="de">' in html
    assert "Nur auf Deutsch." in html
    assert "not been translated" not in article(page(fixture_site, "/" + path))


def test_a_translated_page_has_no_notice_and_its_own_text(fixture_site):
    html = article(page(fixture_site, "/en/praxisbeispiele/halle-bildungskonferenz/"))
    assert "not been translated" not in html and "English text." in html
    assert "Halle (Saale): education conference" in html


def test_a_case_opens_with_its_fact_box_in_the_pages_language(fixture_site):
    german = article(page(fixture_site, "/praxisbeispiele/halle-bildungskonferenz/"))
    english = article(page(fixture_site, "/en/praxisbeispiele/halle-bildungskonferenz/"))
    assert german.index('class="kbm-facts"') < german.index("Ausgangslage")
    for text in [
        "Auf einen Blick",
        "Kreisfreie Stadt",
        "2016–2019 · abgeschlossen",
        "Bildung integriert",
        "Stand",
        "20.11.2026",
        'href="../../themen/bildungsuebergaenge/"',
        'href="../../regionen/de-st/"',
        'href="../../lebensphasen/schule/"',
        'href="https://transmit.example/"',
        "Stiftung Beispiel",
    ]:
        assert text in german, text
    for text in [
        "At a glance",
        "District-free city",
        "2016–2019 · completed",
        "Last checked",
        "20 November 2026",
        ">Educational transitions<",
        ">Saxony-Anhalt<",
        ">External cooperation<",
    ]:
        assert text in english, text


def test_a_baustein_lists_its_cases_its_related_bausteine_and_its_self_assessment(fixture_site):
    html = article(page(fixture_site, "/bausteine/externe-kooperation/"))
    assert "Selbsteinschätzung" in html and "Partner arbeiten in festen Formaten zusammen." in html
    cases = html[html.index("Praxisbeispiele zu diesem Baustein") : html.index("Verwandte Bausteine")]
    assert "halle-bildungskonferenz/" in cases and "grenzenlos-lernen/" in cases
    assert 'href="../koordination/"' in html[html.index("Verwandte Bausteine") :]


def test_the_summary_is_the_meta_description(fixture_site):
    assert '<meta name="description" content="The city holds an education conference every year.">' in page(
        fixture_site, "/en/praxisbeispiele/halle-bildungskonferenz/"
    )


def test_every_internal_link_points_to_a_page_that_exists(fixture_site):
    for html_file in fixture_site.rglob("*.html"):
        url = "/" + html_file.relative_to(fixture_site).as_posix().removesuffix("index.html")
        for href in re.findall(r'href="([^"#:]+)(?:#[^"]*)?"', html_file.read_text(encoding="utf-8")):
            target = urljoin(url, href).lstrip("/")
            resolved = fixture_site / target
            assert resolved.is_file() or (resolved / "index.html").is_file(), f"{url} links to missing {href}"


def test_the_sitemap_carries_hreflang_alternates_for_generated_pages_too(fixture_site):
    sitemap = (fixture_site / "sitemap.xml").read_text(encoding="utf-8")
    for path in ["themen/bildungsuebergaenge/", "bausteine/koordination/", "praxisbeispiele/halle-bildungskonferenz/"]:
        entry = re.search(rf"<loc>https://fixture.example/{path}</loc>(.*?)</url>", sitemap, re.S)
        assert entry, f"{path} missing from the sitemap"
        assert f'hreflang="en" href="https://fixture.example/en/{path}"' in entry.group(1)
        assert f'hreflang="de" href="https://fixture.example/{path}"' in entry.group(1)


def test_each_language_has_its_own_404_page(fixture_site):
    assert html_lang((fixture_site / "404.html").read_text(encoding="utf-8")) == "de"
    assert html_lang((fixture_site / "en" / "404.html").read_text(encoding="utf-8")) == "en"

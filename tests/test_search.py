"""Search and the Praxisfinder in a real browser: per-language results, filters, shareable state."""

from __future__ import annotations

import re

import pytest

# What readers ask, and the page that must be among the first five results.
QUERIES = [
    ("/", "Nordhausen", "/praxisbeispiele/nordhausen-bildungsjournale/"),
    ("/", "Bildungsjournale", "/praxisbeispiele/nordhausen-bildungsjournale/"),
    ("/", "Zielvereinbarung TransMit", "/praxisbeispiele/burgenlandkreis-zielvereinbarung-transmit/"),
    ("/", "Rodgau", "/praxisbeispiele/rodgau-transnationale-bildungsallianz/"),
    ("/", "Ostalbkreis Bildungsbüro", "/praxisbeispiele/ostalbkreis-bildungsbuero-verstetigung/"),
    ("/", "Bildungskonferenz Duisburg", "/praxisbeispiele/duisburg-bildungskonferenz/"),
    ("/", "Neuzugewanderte Münster", "/praxisbeispiele/muenster-koordinierung-neuzugewanderte/"),
    ("/", "Bildungsmonitoring", "/bausteine/datenbasierung/"),
    ("/", "Übergang Schule Beruf", "/bausteine/bildungsuebergaenge/"),
    ("/", "Verstetigung", "/bausteine/verstetigung/"),
    ("/", "Inklusion", "/themen/inklusion/"),
    ("/", "Ländlicher Raum", "/themen/laendlicher-raum/"),
    ("/", "Miltenberg", "/praxisbeispiele/miltenberg-reab-vereinbarung/"),
    ("/en/", "Saarlouis", "/en/praxisbeispiele/landkreis-saarlouis-bildung-integriert/"),
    ("/en/", "education office Hameln", "/en/praxisbeispiele/hameln-pyrmont-bildungsbuero/"),
    ("/en/", "Inclusion", "/en/themen/inklusion/"),
    ("/en/", "transfer agency Schwerin", "/en/praxisbeispiele/transferagentur-nord-ost/"),
    ("/en/", "making it permanent", "/en/bausteine/verstetigung/"),
    ("/en/", "REAB Bavaria", "/en/praxisbeispiele/miltenberg-reab-vereinbarung/"),
]


def finder(visit, server, prefix: str, query: str = ""):
    """The Praxisfinder opened at ``prefix`` + suche/ with ``query``, once its results are in."""
    opened = visit(f"{server.url}{prefix}suche/{query}")
    page = opened.page
    if query:
        page.wait_for_function(
            "() => { const c = document.getElementById('kbm-finder-count').textContent; return c && !c.includes('…'); }"
        )
    return opened


def result_paths(page) -> list[str]:
    return [
        re.sub(r"^https?://[^/]+", "", a)
        for a in page.eval_on_selector_all("#kbm-finder-results a", "links => links.map(a => a.href)")
    ]


def count(page) -> int:
    text = page.locator("#kbm-finder-count").inner_text()
    match = re.match(r"(\d+)", text)
    return int(match.group(1)) if match else 0


@pytest.mark.parametrize("prefix, query, expected", QUERIES, ids=[q for _, q, _ in QUERIES])
def test_a_realistic_query_finds_its_page_among_the_first_five(visit, server, prefix, query, expected):
    page = finder(visit, server, prefix, f"#q={query}").page
    assert expected in result_paths(page)[:5], result_paths(page)[:5]


@pytest.mark.parametrize("prefix, query", [("/", "Bildung"), ("/en/", "education")])
def test_a_query_returns_pages_of_its_language_only(visit, server, prefix, query):
    page = finder(visit, server, prefix, f"#q={query}").page
    assert count(page) > 10 and len(result_paths(page)) == 10  # ten at a time
    page.click(".kbm-finder__more")
    page.wait_for_function("() => document.querySelectorAll('#kbm-finder-results a').length > 10")
    assert page.evaluate("document.activeElement.closest('#kbm-finder-results') !== null"), (
        "after „more“ the focus should move to the first new result"
    )
    paths = result_paths(page)
    assert all(p.startswith("/en/") == (prefix == "/en/") for p in paths), paths


def test_a_german_word_finds_pages_that_use_it_only_inside_a_compound(visit, server):
    # The Saarlouis case says „Kooperationsvereinbarung“, never „Kooperation“ on its own.
    page = finder(visit, server, "/", "#q=Kooperation").page
    assert "/praxisbeispiele/landkreis-saarlouis-bildung-integriert/" in result_paths(page)


def test_filters_narrow_the_results_and_combine(visit, server, project_collection):
    cases = project_collection.cases.values()
    expected_all = len(project_collection.cases)
    expected_topic = sum("bildungsmonitoring" in e.facts.topics for e in cases)
    expected_both = sum(
        "bildungsmonitoring" in e.facts.topics and any(r.land in ("DE-ST", "DE-TH") for r in e.facts.regions)
        for e in cases
    )
    page = finder(visit, server, "/", "#typ=praxisbeispiel").page
    assert count(page) == expected_all
    page.click("summary:has-text('Thema')")
    page.check("input[name=thema][value=bildungsmonitoring]")
    page.wait_for_url(re.compile(r"thema=bildungsmonitoring"))
    page.wait_for_function(
        f"() => document.getElementById('kbm-finder-count').textContent.startsWith('{expected_topic} ')"
    )
    page.click("summary:has-text('Land')")
    page.check("input[name=land][value=DE-ST]")
    page.check("input[name=land][value=DE-TH]")  # within a filter: either Land
    page.wait_for_url(re.compile(r"land=DE-ST&land=DE-TH"))
    page.wait_for_function(
        f"() => document.getElementById('kbm-finder-count').textContent.startsWith('{expected_both} ')"
    )
    assert 0 < expected_both < expected_topic < expected_all


def test_an_address_with_query_and_filters_restores_that_view_and_back_works(visit, server):
    page = finder(visit, server, "/en/", "#q=education+reports&thema=bildungsmonitoring").page
    assert page.input_value("#kbm-finder-q") == "education reports"
    assert page.is_checked("input[name=thema][value=bildungsmonitoring]")
    first = result_paths(page)
    assert first and all(p.startswith("/en/") for p in first)
    page.click("summary:has-text('Status')")
    page.check("input[name=status][value=abgeschlossen]")
    page.wait_for_url(re.compile(r"status=abgeschlossen"))
    page.go_back()
    page.wait_for_url(re.compile(r"thema=bildungsmonitoring$"))
    page.wait_for_function("() => !document.querySelector('input[name=status][value=abgeschlossen]').checked")
    page.wait_for_function(f"() => document.querySelectorAll('#kbm-finder-results a').length === {len(first)}")


def test_the_number_of_results_is_announced_to_screen_readers(visit, server):
    page = finder(visit, server, "/", "#q=Rodgau").page
    live = page.locator("#kbm-finder-count")
    assert live.get_attribute("aria-live") == "polite" and live.get_attribute("role") == "status"
    assert "Treffer" in live.inner_text()


@pytest.mark.parametrize("prefix, label", [("/", "Portal durchsuchen"), ("/en/", "Search the site")])
def test_the_header_search_opens_the_finder_in_the_current_language(visit, server, prefix, label):
    page = visit(server.url + prefix + "bausteine/").page
    page.get_by_label(label).fill("Nordhausen")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"{re.escape(prefix)}suche/#q=Nordhausen$"))
    page.wait_for_function("() => document.querySelectorAll('#kbm-finder-results a').length > 0")
    assert result_paths(page)[0] == f"{prefix}praxisbeispiele/nordhausen-bildungsjournale/"
    assert page.locator(".kbm-finder__type").first.inner_text() != ""


def test_search_terms_stay_in_the_browser(visit, server):
    opened = visit(server.url + "/")
    page = opened.page
    page.get_by_label("Portal durchsuchen").fill("Bildungsbericht Saarlouis")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelectorAll('#kbm-finder-results a').length > 0")
    page.click("summary:has-text('Land')")
    page.check("input[name=land][value=DE-SL]")
    page.wait_for_url(re.compile(r"land=DE-SL"))
    leaked = [url for url in opened.requests if "Saarlouis" in url or "DE-SL" in url]
    assert leaked == [], f"search terms sent to the server: {leaked}"


def test_without_javascript_the_finder_points_to_the_indexes(visit, server):
    page = visit(server.url + "/suche/", java_script_enabled=False).page
    notice = page.locator(".kbm-noscript")
    assert notice.is_visible() and "JavaScript" in notice.inner_text()
    assert page.locator(".kbm-noscript a[href='../themen/']").count() == 1


def test_under_serve_the_index_is_written_in_the_background_and_a_rebuild_stops_it_quietly(
    fixture_site, tmp_path, capfd
):
    import shutil

    from kbm.pagefind import BackgroundIndex

    site = shutil.copytree(fixture_site, tmp_path / "site")
    shutil.rmtree(site / "pagefind")
    index = BackgroundIndex(site)
    index.thread.join(timeout=120)
    assert (site / "pagefind" / "pagefind.js").exists() and index.process.returncode == 0
    shutil.rmtree(site / "pagefind")
    BackgroundIndex(site).stop()  # the next rebuild begins at once
    assert "could not index" not in capfd.readouterr().err

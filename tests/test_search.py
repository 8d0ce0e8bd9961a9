"""Search and the Praxisfinder in a real browser: per-language results, filters, shareable state."""

from __future__ import annotations

import re

import pytest
from conftest import Visit

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
    ("/", "Übergänge", "/bausteine/bildungsuebergaenge/"),  # another form of the word
    ("/", "bildungsbuero hameln", "/praxisbeispiele/hameln-pyrmont-bildungsbuero/"),  # typed without umlaut
    ("/", "Verstetigung", "/bausteine/verstetigung/"),
    ("/", "Inklusion", "/praxisbeispiele/landkreis-saarlouis-bildung-integriert/"),
    ("/", "Ländlicher Raum", "/praxisbeispiele/hameln-pyrmont-bildungsbuero/"),
    ("/", "Miltenberg", "/praxisbeispiele/miltenberg-reab-vereinbarung/"),
    ("/en/", "Saarlouis", "/en/praxisbeispiele/landkreis-saarlouis-bildung-integriert/"),
    ("/en/", "education office Hameln", "/en/praxisbeispiele/hameln-pyrmont-bildungsbuero/"),
    ("/en/", "Inclusion", "/en/praxisbeispiele/landkreis-saarlouis-bildung-integriert/"),
    ("/en/", "Neukölln education office", "/en/praxisbeispiele/berlin-neukoelln-bildungsbuero/"),
    ("/en/", "making it permanent", "/en/bausteine/verstetigung/"),
    ("/en/", "REAB Bavaria", "/en/praxisbeispiele/miltenberg-reab-vereinbarung/"),
    ("/en/", "education conferences Duisburg", "/en/praxisbeispiele/duisburg-bildungskonferenz/"),
]


# The finder marks its list busy from the moment the view changes until the new results are shown.
SETTLED = (
    "() => document.getElementById('kbm-finder-count').textContent"
    " && !document.getElementById('kbm-finder-results').hasAttribute('aria-busy')"
)


def finder(visit, server, prefix: str, view: str = "", **context):
    """The Praxisfinder opened at ``prefix`` + suche/ with ``view`` (after the #), once its results are in."""
    opened = visit(f"{server.url}{prefix}suche/{view}", **context)
    opened.page.wait_for_function(SETTLED)
    return opened


def settle(page, count_starts: str | None = None) -> None:
    page.wait_for_function(SETTLED)
    if count_starts is not None:
        page.wait_for_function(
            f"() => document.getElementById('kbm-finder-count').textContent.startsWith({count_starts!r})"
        )


def result_paths(page) -> list[str]:
    return [
        re.sub(r"^https?://[^/]+", "", a)
        for a in page.eval_on_selector_all("#kbm-finder-results a", "links => links.map(a => a.href)")
    ]


def wait_for_count(page, n: int) -> None:
    """Until the finder reports ``n`` results ("7 Ergebnisse", "1–20 von 41 Ergebnissen")."""
    page.wait_for_function(
        "n => { const m = document.getElementById('kbm-finder-count').textContent.match(/(\\d+) (Ergebnis|result)/);"
        " return m !== null && Number(m[1]) === n; }",
        arg=n,
    )


def count(page) -> int:
    """How many results the finder reports ('12 Ergebnisse', '1–20 of 21 results')."""
    text = page.locator("#kbm-finder-count").inner_text()
    match = re.search(r"(\d+) (?:Ergebnis|result)", text)
    return int(match.group(1)) if match else 0


@pytest.fixture(scope="module")
def finder_tabs(browser, server):
    """One finder per language that the query tests share, as a reader asks one question after another."""
    tabs: dict[str, Visit] = {}

    def show(prefix: str, view: str):
        if prefix not in tabs:
            tabs[prefix] = Visit(browser, f"{server.url}{prefix}suche/")
            settle(tabs[prefix].page)
        page = tabs[prefix].page
        # The count is emptied first, so that the wait below cannot see the previous view's results.
        page.evaluate(
            "view => { document.getElementById('kbm-finder-count').textContent = ''; location.hash = view; }", view
        )
        settle(page)
        return page

    yield show
    for tab in tabs.values():
        tab.close()


@pytest.mark.parametrize("prefix, query, expected", QUERIES, ids=[q for _, q, _ in QUERIES])
def test_a_realistic_query_finds_its_page_among_the_first_five(finder_tabs, prefix, query, expected):
    page = finder_tabs(prefix, f"#q={query}")
    assert page.input_value("#kbm-finder-q") == query
    assert expected in result_paths(page)[:5], result_paths(page)[:5]


@pytest.mark.parametrize("prefix, query", [("/", "Bildung"), ("/en/", "education")])
def test_a_query_returns_pages_of_its_language_only_twenty_at_a_time(visit, server, prefix, query):
    page = finder(visit, server, prefix, f"#q={query}").page
    assert count(page) > 20 and len(result_paths(page)) == 20
    first = result_paths(page)
    page.click(".kbm-finder__pages button")
    page.wait_for_url(re.compile(r"seite=2"))
    settle(page)
    assert page.evaluate("document.activeElement.id") == "kbm-finder-count", "focus moves to the new page's count"
    paths = first + result_paths(page)
    assert len(set(paths)) == len(paths) == min(count(page), 40), "page 2 continues page 1 without repeating it"
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
    page.check("input[name=thema][value=bildungsmonitoring]")
    page.wait_for_url(re.compile(r"thema=bildungsmonitoring"))
    wait_for_count(page, expected_topic)
    page.check("input[name=land][value=DE-ST]")
    page.check("input[name=land][value=DE-TH]")  # within a filter: either Land
    page.wait_for_url(re.compile(r"land=DE-ST&land=DE-TH"))
    wait_for_count(page, expected_both)
    assert 0 < expected_both < expected_topic < expected_all


def test_an_address_with_query_and_filters_restores_that_view_and_back_works(visit, server):
    page = finder(visit, server, "/en/", "#q=education+reports&thema=bildungsmonitoring").page
    assert page.input_value("#kbm-finder-q") == "education reports"
    assert page.is_checked("input[name=thema][value=bildungsmonitoring]")
    first = result_paths(page)
    assert first and all(p.startswith("/en/") for p in first)
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
    assert "Ergebnis" in live.inner_text()


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
    page.check("input[name=land][value=DE-SL]")
    page.wait_for_url(re.compile(r"land=DE-SL"))
    leaked = [url for url in opened.requests if "Saarlouis" in url or "DE-SL" in url]
    assert leaked == [], f"search terms sent to the server: {leaked}"


def test_without_javascript_the_finder_points_to_the_indexes(visit, server):
    page = visit(server.url + "/suche/", java_script_enabled=False).page
    notice = page.locator(".kbm-noscript")
    assert notice.is_visible() and "JavaScript" in notice.inner_text()
    assert page.locator(".kbm-noscript a[href='../themen/']").count() == 1
    assert not page.locator("#kbm-finder").is_visible(), "controls that would do nothing are hidden"


def entry_paths(collection, prefix: str) -> set[str]:
    return {f"{prefix}{e.page_type.site_folder}/{e.slug}/" for e in collection.all_entries()}


@pytest.mark.parametrize("prefix", ["/", "/en/"])
def test_without_words_the_finder_lists_every_case_and_baustein_newest_first(visit, server, project_collection, prefix):
    page = finder(visit, server, prefix).page
    entries = sorted(project_collection.all_entries(), key=lambda e: e.facts.updated, reverse=True)
    assert count(page) == len(entries)
    shown = result_paths(page)
    assert set(shown) <= entry_paths(project_collection, prefix), "only cases and Bausteine, no overview pages"
    dates = [next(e.facts.updated for e in entries if shown_path.endswith(f"/{e.slug}/")) for shown_path in shown]
    assert dates == sorted(dates, reverse=True)
    page.select_option("#kbm-finder-sort", "titel")
    page.wait_for_url(re.compile(r"sortierung=titel"))
    settle(page)
    titles = page.eval_on_selector_all("#kbm-finder-results h3", "hs => hs.map(h => h.textContent)")
    from kbm.glossary import sort_key

    assert titles == sorted(titles, key=sort_key) and len(titles) == 20


def test_every_option_counts_its_results_for_the_current_selection_and_an_empty_one_is_off(
    visit, server, project_collection
):
    page = finder(visit, server, "/", "#thema=bildungsmonitoring").page
    monitoring = [e for e in project_collection.all_entries() if "bildungsmonitoring" in e.facts.topics]
    for land in ("DE-ST", "DE-SL", "DE-BE"):
        expected = sum(any(r.land == land for r in getattr(e.facts, "regions", [])) for e in monitoring)
        option = page.locator(f"input[name=land][value={land}]")
        label = page.locator(f"label:has(input[name=land][value={land}]) .kbm-filter__count").inner_text()
        assert label == f"({expected})", land
        assert option.is_disabled() == (expected == 0), land
    # Within the topic group the counts ignore the topic chosen: the other topics stay choosable.
    inclusion = sum("inklusion" in e.facts.topics for e in project_collection.all_entries())
    inclusion_count = page.locator("label:has(input[name=thema][value=inklusion]) .kbm-filter__count")
    assert inclusion_count.inner_text() == f"({inclusion})"


def test_an_active_filter_is_a_chip_that_removes_it_and_reset_clears_all(visit, server):
    page = finder(visit, server, "/", "#thema=bildungsmonitoring&land=DE-ST").page
    chips = page.locator(".kbm-chip")
    assert chips.count() == 2
    page.get_by_role("button", name="Filter entfernen: Sachsen-Anhalt").click()
    page.wait_for_url(re.compile(r"#thema=bildungsmonitoring$"))
    assert not page.is_checked("input[name=land][value=DE-ST]") and chips.count() == 1
    page.click("button[type=reset]")
    page.wait_for_function("() => location.hash === ''")
    assert chips.count() == 0


def test_on_a_phone_the_results_come_first_and_the_filters_wait_behind_a_button(visit, server):
    page = finder(
        visit, server, "/", "#thema=bildungsmonitoring&land=DE-ST", viewport={"width": 390, "height": 844}
    ).page
    toggle = page.locator(".kbm-finder__toggle")
    assert toggle.is_visible() and "(2)" in toggle.inner_text()
    assert not page.locator("#kbm-finder-filters").is_visible(), "a shared link opens with the filters closed"
    assert page.locator("#kbm-finder-results li").first.is_visible()
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert page.locator("input[name=land][value=DE-ST]").is_visible()


def test_the_language_switch_keeps_the_finders_view(visit, server):
    page = finder(visit, server, "/", "#thema=inklusion").page
    page.select_option("#kbm-finder-sort", "titel")
    page.wait_for_url(re.compile(r"sortierung=titel"))
    with page.expect_navigation():
        page.click('a.kbm-language[hreflang="en"]')
    assert page.url == server.url + "/en/suche/#thema=inklusion&sortierung=titel"
    settle(page)
    assert page.is_checked("input[name=thema][value=inklusion]")
    assert page.input_value("#kbm-finder-sort") == "titel"
    assert all(p.startswith("/en/") for p in result_paths(page))


def test_municipalities_like_yours_the_size_filter_finds_the_cases_of_that_size_class(
    visit, server, project_collection
):
    def sized(size):
        return sorted(
            c.slug
            for c in project_collection.cases.values()
            if any(r.population and r.population.size_class == size for r in c.facts.regions)
        )

    large = sized("200-bis-500-tsd")
    assert large, "the collection has cases with a population of 200,000 to 500,000"
    page = finder(visit, server, "/en/", "#typ=praxisbeispiel").page
    option = page.locator('input[name=groesse][value="200-bis-500-tsd"]')
    assert "200,000 to under 500,000 inhabitants" in page.locator("label", has=option).inner_text()
    option.check()
    page.wait_for_url(re.compile(r"groesse=200-bis-500-tsd"))
    wait_for_count(page, len(large))
    assert sorted(path.split("/")[-2] for path in result_paths(page)) == large


def test_a_point_on_the_map_is_reached_by_keyboard_and_leads_to_its_case(visit, server):
    page = visit(f"{server.url}/en/regionen/").page
    point = page.locator('a[href*="praxisbeispiele/"]:has(circle.kbm-point)').first
    places, title = point.get_attribute("aria-label").split(": ", 1)
    slug = point.get_attribute("href").split("/")[-2]
    point.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"/en/praxisbeispiele/{slug}/$"))
    assert page.locator("h1").first.inner_text().rstrip("¶") == title
    assert places.split(", ")[0] in page.locator(".kbm-facts").inner_text()

"""The site as readers meet it, in a real browser: accessibility (WCAG 2.1 AA), privacy, errors,
the language switch, keyboard use. Every page type, both languages."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest
from conftest import axe_violations

PAGES = {
    "start": "",
    "baustein": "bausteine/externe-kooperation/",
    "praxisbeispiel": "praxisbeispiele/burgenlandkreis-zielvereinbarung-transmit/",
    "topics": "themen/",
    "topic": "themen/bildungsuebergaenge/",
    "life-phase": "lebensphasen/schule/",
    "regions": "regionen/",
    "land": "regionen/de-st/",
    "bausteine": "bausteine/",
    "praxisbeispiele": "praxisbeispiele/",
    "programmes": "programme/",
    "glossary": "glossar/",
    "about": "ueber/",
    "contribute": "mitmachen/",
    "imprint": "impressum/",
    "privacy": "datenschutz/",
    "accessibility": "barrierefreiheit/",
    "finder": "suche/",
    "self-assessment": "selbsteinschaetzung/",
    "not-found": "gibt-es-nicht/",
}
LANGS = {"de": "/", "en": "/en/"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", PAGES)
def test_page_is_accessible_private_free_of_errors_and_switches_language(tab, server, kind, lang):
    opened = tab(server.url + LANGS[lang] + PAGES[kind])
    page = opened.page
    assert opened.response.status == (404 if kind == "not-found" else 200)
    assert page.locator("html").get_attribute("lang") == lang
    violations = axe_violations(page)
    assert violations == [], "\n".join(violations)
    # Read after the axe run, so that what the page's scripts fetch after loading is recorded too.
    foreign = [url for url in opened.requests if not url.startswith(server.url)]
    assert foreign == [], f"requests to third parties: {foreign}"
    errors = [e for e in opened.errors if not (kind == "not-found" and "404" in e)]
    assert errors == [], f"console errors: {errors}"
    if kind == "not-found":
        return  # it has no counterpart (test_the_not_found_page_switches_to_the_other_start_page)
    # The same visit checks the language switch: it leads to the counterpart page (followed for one page
    # type here; the phone tests click it too).
    other = "en" if lang == "de" else "de"
    switch = page.locator(f'a.kbm-language[hreflang="{other}"]')
    assert urljoin(page.url, switch.get_attribute("href")) == server.url + LANGS[other] + PAGES[kind]
    if kind == "praxisbeispiel":
        with page.expect_navigation():
            switch.click()
        assert page.url == server.url + LANGS[other] + PAGES[kind]
        assert page.locator("html").get_attribute("lang") == other


def test_an_untranslated_page_shows_the_notice(visit, fixture_server):
    page = visit(fixture_server.url + "/en/praxisbeispiele/grenzenlos-lernen/").page
    notice = page.locator(".admonition.info")
    assert notice.is_visible() and "not been translated" in notice.inner_text()
    assert page.locator("h1").get_attribute("lang") == "de"


@pytest.mark.parametrize("lang", LANGS)
def test_keyboard_users_can_skip_to_the_content_and_see_where_they_are(visit, server, lang):
    page = visit(server.url + LANGS[lang] + PAGES["praxisbeispiel"]).page
    page.keyboard.press("Tab")
    skip = page.evaluate("document.activeElement.className")
    assert "md-skip" in skip, "the first Tab stop should be the skip link"
    assert page.locator(".md-skip").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") != ""
    reached, styles = set(), []
    for _ in range(60):
        page.keyboard.press("Tab")
        info = page.evaluate("""() => { const e = document.activeElement; const s = getComputedStyle(e);
            return {key: e.className + '|' + (e.getAttribute('href') || e.getAttribute('name') || e.tagName),
                    outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0,
                    shadow: s.boxShadow !== 'none'}; }""")
        reached.add(info["key"])
        if info["key"] != "|BODY":  # focus leaves the page briefly at the end of the tab order
            styles.append(info)
    invisible = [s["key"] for s in styles if not (s["outline"] or s["shadow"])]
    assert invisible == [], f"focus without a visible indicator on: {invisible}"
    joined = " ".join(reached)
    for control in (
        "kbm-header-search__input",
        "kbm-language",
        "md-tabs__link",
        "kbm-facts",
        "md-header__button md-logo",
    ):
        if control == "kbm-facts":
            assert "../../themen/" in joined, "links in the fact box are not reachable by keyboard"
        else:
            assert control in joined, f"{control} is not reachable by keyboard"


@pytest.mark.parametrize("kind", ["baustein", "praxisbeispiel"])
def test_a_printed_page_is_a_usable_handout(visit, server, kind, tmp_path):
    page = visit(server.url + "/" + PAGES[kind]).page
    page.emulate_media(media="print")
    hidden = page.evaluate("""() => ['.md-header', '.md-tabs', '.md-sidebar--primary', '.md-sidebar--secondary',
        '.md-footer', '.md-search'].map(s => document.querySelector(s))
        .filter(e => e && getComputedStyle(e).display !== 'none').map(e => e.className)""")
    assert hidden == [], f"still printed: {hidden}"
    kept = ".kbm-facts" if kind == "praxisbeispiel" else ".kbm-sa__item"  # a Baustein's stages, as a checklist
    assert page.locator(kept).first.is_visible(), f"{kept} is missing from the print"
    external = page.locator('article a[href^="https://"]').first
    after = external.evaluate("a => getComputedStyle(a, '::after').content")
    assert external.get_attribute("href") in after, "the target of an external link is not printed"
    unbroken = ".kbm-sa__item" if kind == "baustein" else ".kbm-facts"
    assert page.evaluate(f"getComputedStyle(document.querySelector('{unbroken}')).breakInside") == "avoid"
    pdf = page.pdf(path=str(tmp_path / "handout.pdf"), format="A4")
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page") >= 2


@pytest.mark.parametrize(
    "path, link",
    [
        ("/praxisbeispiele/seite/2/", "nav.kbm-pages a[rel=prev]"),
        ("/en/praxisbeispiele/", "nav.kbm-pages a[rel=next]"),
        ("/en/bausteine/koordination/", ".kbm-more a"),  # a Baustein's way to all its cases
        ("/bausteine/koordination/praxisbeispiele/", "article li a"),
    ],
)
def test_a_long_listing_and_its_pager_are_accessible_and_work_by_keyboard(visit, corpus_server, path, link):
    opened = visit(corpus_server.url + path)
    assert opened.response.status == 200 and opened.errors == []
    assert axe_violations(opened.page) == []
    target = opened.page.locator(link).first
    expected = urljoin(opened.page.url, target.get_attribute("href"))
    target.focus()
    with opened.page.expect_navigation():
        opened.page.keyboard.press("Enter")
    assert opened.page.url == expected != corpus_server.url + path
    assert opened.page.locator("article h1").count() == 1


@pytest.mark.parametrize("lang", LANGS)
def test_the_not_found_page_switches_to_the_other_start_page(visit, server, lang):
    page = visit(server.url + LANGS[lang] + PAGES["not-found"]).page
    other = "en" if lang == "de" else "de"
    with page.expect_navigation():
        page.click(f'a.kbm-language[hreflang="{other}"]')
    assert page.url == server.url + LANGS[other]


@pytest.mark.parametrize("lang", LANGS)
def test_on_a_phone_the_language_switch_is_there_and_works(visit, server, lang):
    page = visit(server.url + LANGS[lang] + PAGES["praxisbeispiel"], viewport={"width": 390, "height": 844}).page
    other = "en" if lang == "de" else "de"
    switch = page.locator(f'a.kbm-language[hreflang="{other}"]')
    box = switch.bounding_box()
    assert switch.is_visible() and box and box["width"] >= 24 and box["height"] >= 24, box
    with page.expect_navigation():
        switch.click()
    assert page.url == server.url + LANGS[other] + PAGES["praxisbeispiel"]

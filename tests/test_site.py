"""The whole site, built with `mkdocs build --strict`: output paths and HTML in both languages."""

import posixpath
import re
from pathlib import Path
from urllib.parse import urljoin

import pytest
from conftest import ROOT, article, copy_site, html_lang, mkdocs_build, page

from kbm.collection import load_collection
from kbm.listings import LISTING_PAGE_SIZE


@pytest.fixture(scope="module")
def site(real_site):
    return real_site


def site_paths(collection):
    paths = [
        "",
        "ueber/",
        "programme/",
        "glossar/",
        "bausteine/",
        "praxisbeispiele/",
        "themen/",
        "lebensphasen/",
        "regionen/",
    ]
    paths += [f"bausteine/{slug}/" for slug in collection.bausteine]
    paths += [f"praxisbeispiele/{slug}/" for slug in collection.cases]
    paths += [f"themen/{key}/" for key in collection.cases_by_topic]
    paths += [f"regionen/{code.lower()}/" for code in collection.places]
    return paths


def test_every_page_is_built_in_german_and_english(site, project_collection):
    wrong = []
    for path in site_paths(project_collection):
        for prefix, lang in (("/", "de"), ("/en/", "en")):
            file = site / (prefix + path).strip("/") / "index.html"
            if not file.exists():
                wrong.append(f"{prefix}{path}: missing")
            elif html_lang(file.read_text(encoding="utf-8")) != lang:
                wrong.append(f"{prefix}{path}: not marked as {lang}")
    assert wrong == []


def test_no_request_leaves_for_a_third_party(site):
    for html_file in site.rglob("*.html"):
        html = html_file.read_text(encoding="utf-8")
        assert re.search(
            r"<head>\s*<meta charset=\"utf-8\">\s*<meta http-equiv=\"Content-Security-Policy\" "
            r"content=\"default-src 'self';",
            html,
        ), f"{html_file.relative_to(site)} has no policy"
        for url in re.findall(r'<(?:link|script|img|iframe)[^>]+(?:href|src)="(https?://[^"]+)"', html):
            assert url.startswith("http://127.0.0.1:8000/"), f"{html_file.relative_to(site)} loads {url}"
        assert "fonts.googleapis" not in html


@pytest.mark.parametrize("path", ["impressum/", "datenschutz/", "barrierefreiheit/"])
def test_the_legal_pages_show_the_operators_details_in_both_languages(site, path):
    for prefix in ("/", "/en/"):
        html = article(page(site, prefix + path))
        assert "Musterlandkreis" in html and "{{" not in html, prefix + path


def test_the_navigation_holds_the_indexes_not_the_cases(site, project_collection):
    for path in site_paths(project_collection):
        html = page(site, "/" + path)
        # Navigation: the page without its head, its own content and the language switcher.
        chrome = re.sub(r"<head>.*?</head>|<a [^>]*hreflang=[^>]*>", "", html.replace(article(html), ""), flags=re.S)
        for target in ("bausteine/", "praxisbeispiele/", "themen/", "lebensphasen/", "regionen/", "suche/"):
            expected = posixpath.relpath(target, path or ".") + "/"
            assert f'href="{expected}"' in chrome, (path, target)
        assert not re.search(r'href="[^"]*praxisbeispiele/[a-z0-9-]+/"', chrome), (
            f"a case is in the navigation of {path}"
        )


def test_the_start_page_offers_search_figures_every_index_and_the_newest_cases(site, project_collection):
    newest = project_collection.cases_by_update[0].slug
    for prefix, figures in (("/", "Praxisbeispiele aus"), ("/en/", "practice examples from")):
        html = article(page(site, prefix))
        for target in ("bausteine/", "praxisbeispiele/", "themen/", "lebensphasen/", "regionen/", "suche/"):
            assert f'href="{target}"' in html, (prefix, target)
        assert f"{len(project_collection.cases)} {figures}" in html
        assert 'action="suche/"' in html and f'href="praxisbeispiele/{newest}/"' in html


def test_english_pages_carry_no_german_words_of_the_sites_own(site):
    for html_file in (site / "en").rglob("*.html"):
        html = html_file.read_text(encoding="utf-8")
        for german in ("Link zu diesem Abschnitt", "die Landrätin", "die Schlichtungsstelle", "(Landkreis))"):
            assert german not in html, f"{html_file.relative_to(site)}: {german}"


def test_no_page_links_to_a_sample_repository(site):
    for html_file in site.rglob("*.html"):
        assert "github.com/example" not in html_file.read_text(encoding="utf-8"), html_file.relative_to(site)


def test_the_glossary_has_an_a_to_z_bar_leading_to_its_letters(site):
    for prefix in ("/", "/en/"):
        html = article(page(site, prefix + "glossar/"))
        letters = re.findall(r'<a href="#([a-z])">', html.split('class="kbm-letters"')[1].split("</nav>")[0])
        assert len(letters) > 5 and all(f'id="{letter}"' in html for letter in letters), prefix


NEW_CASE = """---
title: "Landkreis Testhausen: Übergänge gestalten"
summary: Ein neues Praxisbeispiel, das nur für diesen Test existiert.
regions:
  - land: DE-SN
    type: landkreis
    name: Landkreis Testhausen
topics: [inklusion]
life_phases: [hochschule]
bausteine: [{baustein}]
period: {{start: 2024}}
status: geplant
sources:
  - title: Testquelle
    url: https://test.example/
updated: 2099-01-01
---

## Ausgangslage

Testtext.

## Ziele

Ziele.

## Vorgehen

Vorgehen.

## Ressourcen

Ressourcen.

## Ergebnisse

Ergebnisse.

## Stolpersteine

Stolpersteine.

## Übertragbarkeit

Übertragbarkeit.
"""


def test_a_new_case_file_appears_in_every_index_it_belongs_to_in_both_languages(tmp_path, project_collection):
    baustein = project_collection.bausteine_in_order[0].slug
    sources = copy_site(ROOT, tmp_path / "sources")
    (sources / "docs/praxisbeispiele/testhausen-uebergaenge.de.md").write_text(
        NEW_CASE.format(baustein=baustein), encoding="utf-8"
    )
    output = tmp_path / "site"
    result = mkdocs_build(sources / "mkdocs.yml", output)
    assert result.returncode == 0, result.stderr
    for prefix in ("/", "/en/"):
        for index in (
            "themen/inklusion/",
            "lebensphasen/hochschule/",
            "regionen/de-sn/",
            "praxisbeispiele/",
            f"bausteine/{baustein}/",
        ):
            assert "testhausen-uebergaenge/" in article(page(output, prefix + index)), prefix + index
        assert "Landkreis Testhausen" in article(page(output, prefix + "regionen/de-sn/"))
        assert "Testtext." in article(page(output, prefix + "praxisbeispiele/testhausen-uebergaenge/"))
    overview = article(page(output, "/praxisbeispiele/"))
    assert overview.index("testhausen-uebergaenge/") < min(
        overview.index(f"{slug}/") for slug in project_collection.cases
    ), "the newest case should come first"


def internal_links(site: Path, html_file: Path, html: str) -> list[tuple[str, str]]:
    """(target file, fragment) of every link on a page that stays on the site."""
    links = []
    for url in re.findall(r'<a [^>]*href="([^"]*)"', html):
        if re.match(r"[a-z]+:", url) or url.startswith("//"):
            continue  # another site, mail or phone
        path, _, fragment = url.partition("#")
        if path.startswith("/"):
            continue  # absolute links go through site_url, checked by MkDocs
        target = (html_file.parent / path).resolve() if path else html_file
        if target.is_dir() or path.endswith("/"):
            target = target / "index.html"
        links.append((str(target), fragment))
    return links


def test_every_link_within_the_site_leads_to_a_page_and_anchor_that_exist(site):
    """Generated listings and fact boxes are HTML that MkDocs does not check: this does, in both languages."""
    ids: dict[str, set[str]] = {}
    pages = {str(p.resolve()): p.read_text(encoding="utf-8") for p in site.rglob("*.html")}
    broken = []
    for name, html in pages.items():
        for target, fragment in internal_links(site, Path(name), html):
            if target not in pages:
                if not Path(target).exists():
                    broken.append(f"{Path(name).relative_to(site.resolve())} -> {target}")
                continue
            if fragment and "=" not in fragment:  # 'q=Leipzig' is the Praxisfinder's state, not an anchor
                found = ids.setdefault(target, set(re.findall(r'\sid="([^"]+)"', pages[target])))
                if fragment not in found:
                    broken.append(f"{Path(name).relative_to(site.resolve())} -> {target}#{fragment}")
    assert not broken, "\n".join(broken[:20])


def test_with_many_cases_every_listing_is_split_into_small_pages_that_reach_every_case(corpus_site):
    sources, output = corpus_site
    cases = set(load_collection(sources).cases)
    for prefix in ("/", "/en/"):
        seen_pages, reached, queue = set(), set(), [prefix + "praxisbeispiele/"]
        while queue:
            url = queue.pop()
            if url in seen_pages:
                continue
            seen_pages.add(url)
            html = article(page(output, url))
            reached |= set(re.findall(r'href="(?:\.\./)*(?:praxisbeispiele/)?([a-z0-9-]+)/"', html)) & cases
            nav = re.search(r'<nav class="kbm-pages".*?</nav>', html, re.S)
            queue += [urljoin(url, href) for href in re.findall(r'href="([^"]+)"', nav.group(0) if nav else "")]
        pages = -(-len(cases) // LISTING_PAGE_SIZE)
        assert pages >= 2 and seen_pages == {
            prefix + "praxisbeispiele/",
            *(f"{prefix}praxisbeispiele/seite/{n}/" for n in range(2, pages + 1)),
        }
        assert reached == cases, f"not reachable from {prefix}praxisbeispiele/: {sorted(cases - reached)[:5]}"
    too_large = [p.relative_to(output).as_posix() for p in output.rglob("*.html") if p.stat().st_size > 150 * 1024]
    assert not too_large


def test_a_cases_federal_programme_links_to_its_section_of_the_timeline_in_both_languages(site):
    for prefix in ("/", "/en/"):
        html = page(site, prefix + "praxisbeispiele/lahn-dill-bildungslandschaft/")
        assert '<a href="../../programme/#bildung-integriert">' in html
        assert 'id="bildung-integriert"' in page(site, prefix + "programme/")


def test_the_regions_pages_show_a_map_of_the_laender_with_their_counts_and_a_table(site, project_collection):
    from kbm.region_map import case_counts

    counts = case_counts(project_collection)
    html = page(site, "/regionen/")
    laender = re.findall(r'<a href="([a-z-]+)/" aria-label="([^"]+)"><path class="kbm-land', html)
    assert sorted(href for href, _ in laender) == sorted(c.lower() for c in project_collection.vocabulary.laender)
    for href, label in laender:
        n = counts[href.upper()]
        assert label.endswith(f": {n} Praxisbeispiel" + ("" if n == 1 else "e"))
    assert html.count("<tr><td><a href=") == 16, "the same figures as a table"
    assert "https://creativecommons.org/licenses/by/4.0/" in html and "@svg-maps/germany" in html, "map source"
    land = page(site, "/en/regionen/de-st/")
    assert land.count('class="kbm-land kbm-land--here"') == 1 and 'href="../de-by/"' in land


def test_the_map_shows_each_located_place_as_a_point_linking_to_its_case_or_the_finder(site, project_collection):
    located = {
        (region.name, case.slug)
        for case in project_collection.cases.values()
        for region in case.facts.regions
        if region.location
    }
    for prefix in ("/", "/en/"):
        html = page(site, prefix + "regionen/")
        points = re.findall(r'<a href="([^"]+)" aria-label="([^"]+)"><circle class="kbm-point"', html)
        targets = {target for target, _ in points}
        named = [name for _, label in points for name in label.split(": ")[0].split(", ")]
        assert sorted(named) == sorted({name for name, _ in located}), "every located place, once"
        for name, slug in located:
            to_case = f"../praxisbeispiele/{slug}/"
            to_finder = "../suche/#q=" + name.replace(" ", "+").replace("(", "%28").replace(")", "%29")
            assert to_case in targets or to_finder in targets, f"{name} leads to {slug} or to the finder"
    saxony = page(site, "/regionen/de-sn/")
    names = {
        n for label in re.findall(r'aria-label="([^"]+)"><circle', saxony) for n in label.split(": ")[0].split(", ")
    }
    assert names == {
        name
        for case in project_collection.cases.values()
        for r in case.facts.regions
        if r.location and r.land == "DE-SN"
        for name in [r.name]
    }, "a Land page shows its own places"


def test_the_programmes_timeline_lists_each_programmes_cases_and_links_to_the_rest(site, project_collection):
    from kbm.listings import PROGRAMME_CASES_SHOWN

    for prefix in ("/", "/en/"):
        html = article(page(site, prefix + "programme/"))
        for key, section in (
            ("lernen-vor-ort", "transferinitiative"),
            ("bildung-integriert", "koordinierung-neuzugewanderte"),
        ):
            cases = project_collection.cases_by_programme[key]
            part = html.split(f'id="{key}"', 1)[1].split(f'id="{section}"', 1)[0]
            listed = re.findall(r'href="\.\./praxisbeispiele/([^/"]+)/"', part)
            assert listed == [c.slug for c in cases[:PROGRAMME_CASES_SHOWN]]
            assert (f"#programm={key}" in part) == (len(cases) > PROGRAMME_CASES_SHOWN)


def test_a_bausteins_mention_of_a_municipality_links_to_its_case_once(site, project_collection):
    for prefix in ("/", "/en/"):
        html = article(page(site, prefix + "bausteine/bildungsberatung/"))
        text = own_text(html)
        assert text.count('<a href="../../praxisbeispiele/lippe-bildungsberatung/">Lippe</a>') == 1
    for baustein in project_collection.bausteine.values():
        own = own_text(article(page(site, f"/bausteine/{baustein.slug}/")))
        for slug in re.findall(r'href="\.\./\.\./praxisbeispiele/([^/"]+)/"', own):
            assert baustein.slug in project_collection.cases[slug].facts.bausteine, (baustein.slug, slug)


def own_text(html: str) -> str:
    """A Baustein page's own text: what comes before its self-assessment and the rest of its appendix."""
    return re.split(r"<h2 [^>]*>(?:Selbsteinschätzung|Self-assessment)", html, maxsplit=1)[0]

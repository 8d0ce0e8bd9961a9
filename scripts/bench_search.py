#!/usr/bin/env python3
"""What a reader's browser fetches to use the Praxisfinder: bytes for the browse view, a filter without
words and a first query.

    python scripts/bench_search.py SITE_DIR [SITE_DIR ...]

Each built site is served on 127.0.0.1 with gzip; Chromium opens the Praxisfinder in a fresh context
for each view, and the script sums the compressed bytes of everything the finder loaded: its table,
the cards of the results shown and the files of the word index (all .json). Goal: at most 150 KB each
for the browse view, a filter-only view and a three-word query at 2,000 cases per language.
For comparison it reports what Material's built-in search would make a browser download first:
its whole index, estimated as the gzipped text of every page of both languages.
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path
from typing import Any

from _project import ROOT  # noqa: F401  (puts the kbm package on the path)
from local_site import SiteServer, launch

QUERIES = ["Nordhausen", "Übergang Schule Beruf", "Bildung"]  # a place, a question, the broadest word
FILTER = "typ=praxisbeispiel&thema=bildungsuebergaenge&land=DE-ST"


def fetched_bytes(browser: Any, url: str) -> tuple[int, int]:  # a Playwright browser
    """(compressed bytes of the finder's data, number of results) for one view of the Praxisfinder."""
    page = browser.new_page()
    requests = []
    page.on("requestfinished", lambda request: requests.append(request))
    page.goto(url, wait_until="networkidle")
    page.wait_for_function(
        "() => document.getElementById('kbm-finder-count').textContent"
        " && !document.getElementById('kbm-finder-results').hasAttribute('aria-busy')",
        timeout=60_000,
    )
    page.wait_for_load_state("networkidle")
    total = sum(r.sizes()["responseBodySize"] for r in requests if r.url.split("?")[0].endswith(".json"))
    found = int((re.match(r"\d+", page.locator("#kbm-finder-count").inner_text()) or [0])[0])
    page.close()
    return total, found


def material_index_estimate(site: Path) -> int:
    """Gzipped size of the visible text of every page: the least Material's one index would weigh."""
    texts = []
    for html in site.rglob("index.html"):
        page = html.read_text(encoding="utf-8")
        article = re.search(r"<article[^>]*>(.*?)</article>", page, re.S)
        texts.append(re.sub(r"<[^>]+>", " ", article.group(1)) if article else "")
    return len(gzip.compress(" ".join(texts).encode("utf-8")))


def main(sites: list[str]) -> int:
    from playwright.sync_api import sync_playwright

    print(
        f"{'site':<22} {'pages':>6} "
        + f" {'browse':>12} {'filter only':>12} "
        + " ".join(f"{q[:14]:>15}" for q in QUERIES)
        + f" {'Material index ≥':>17}"
    )
    with sync_playwright() as playwright:
        browser = launch(playwright)
        for site in map(Path, sites):
            pages = sum(1 for _ in site.rglob("index.html"))
            with SiteServer(site, compress=True) as server:
                browse, _ = fetched_bytes(browser, f"{server.url}/suche/")
                only_filter, _ = fetched_bytes(browser, f"{server.url}/suche/#{FILTER}")
                queries = [fetched_bytes(browser, f"{server.url}/suche/#q={q}")[0] for q in QUERIES]
            estimate = material_index_estimate(site)
            print(
                f"{str(site)[-22:]:<22} {pages:>6} "
                + f" {browse / 1024:>9.0f} KB {only_filter / 1024:>9.0f} KB "
                + " ".join(f"{b / 1024:>12.0f} KB" for b in queries)
                + f" {estimate / 1024:>14.0f} KB"
            )
        browser.close()
    print(
        f"\nbytes a fresh browser fetches for the browse view, the filter {FILTER} without words and a "
        "first query; as transferred with gzip (goal: at most 150 KB each at 2,000 cases per language)"
    )
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1:]))

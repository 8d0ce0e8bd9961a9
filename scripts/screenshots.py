#!/usr/bin/env python3
"""PNG screenshots of every page type in both languages, at desktop and phone width, into screenshots/.

make screenshots
"""

from __future__ import annotations

import sys

from _project import ROOT
from local_site import SiteServer, launch

PAGES = {
    "start": "",
    "baustein": "bausteine/externe-kooperation/",
    "praxisbeispiel": "praxisbeispiele/burgenlandkreis-zielvereinbarung-transmit/",
    "themen": "themen/",
    "thema": "themen/bildungsuebergaenge/",
    "lebensphasen": "lebensphasen/",
    "regionen": "regionen/",
    "land": "regionen/de-st/",
    "bausteine": "bausteine/",
    "praxisbeispiele": "praxisbeispiele/",
    "glossar": "glossar/",
    "ueber": "ueber/",
    "praxisfinder": "suche/",
    "selbsteinschaetzung": "selbsteinschaetzung/",
    "programme": "programme/",
    "daten": "daten/",
    "404": "gibt-es-nicht/",
}
SIZES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


def main() -> int:
    from playwright.sync_api import sync_playwright

    site, out = ROOT / "site", ROOT / "screenshots"
    if not (site / "index.html").exists():
        sys.exit("There is no built site: run `make build` first (or `make screenshots`, which builds).")
    out.mkdir(exist_ok=True)
    with SiteServer(site) as server, sync_playwright() as playwright:
        browser = launch(playwright)
        for size, viewport in SIZES.items():
            page = browser.new_page(viewport=viewport, device_scale_factor=1)
            for lang, prefix in (("de", "/"), ("en", "/en/")):
                for name, path in PAGES.items():
                    page.goto(server.url + prefix + path, wait_until="networkidle")
                    target = out / f"{name}-{lang}-{size}.png"
                    page.screenshot(path=str(target), full_page=True)
                    print(f"wrote {target.relative_to(ROOT)}")
            page.close()
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

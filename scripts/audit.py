#!/usr/bin/env python3
"""Lighthouse scores of the built site: start page, a Baustein and a practice example, in both languages.

    make audit            # builds the site, installs Lighthouse (npm) on first use, prints the table

The site is served on 127.0.0.1 with gzip, as a production web server would serve it, and audited
with Debian's Chromium in Lighthouse's default mobile setting. The aim is 1.00 in every category.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from _project import ROOT
from local_site import CHROMIUM_ARGS, INSTALL_HINT, SiteServer, chromium

LIGHTHOUSE = ROOT / "scripts" / "audit" / "node_modules" / ".bin" / "lighthouse"
PAGES = ["", "bausteine/externe-kooperation/", "praxisbeispiele/burgenlandkreis-zielvereinbarung-transmit/"]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


def audit(url: str, report: Path) -> dict:
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={report}",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-flags={flags}",
        ],
        check=True,
        env={**os.environ, "CHROME_PATH": chromium() or sys.exit(INSTALL_HINT)},
    )
    return json.loads(report.read_text(encoding="utf-8"))


def shortfalls(result: dict) -> list[str]:
    """The audits that cost points, for the line under a score below 1."""
    found = []
    for category in CATEGORIES:
        for ref in result["categories"][category]["auditRefs"]:
            item = result["audits"][ref["id"]]
            if ref.get("weight", 0) > 0 and item.get("score") is not None and item["score"] < 1:
                found.append(f"{ref['id']} {item.get('displayValue', '')}".strip())
    return found


def main() -> int:
    if not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is not installed: run `make audit`, which installs it with npm.")
    site = ROOT / "site"
    if not (site / "index.html").exists():
        sys.exit("There is no built site: run `make build` first (or `make audit`, which builds).")
    print(f"{'page':<66} {'perf.':>6} {'a11y':>6} {'best':>6} {'seo':>6}")
    worst = 1.0
    with SiteServer(site, compress=True) as server, tempfile.TemporaryDirectory() as tmp:
        for prefix in ("/", "/en/"):
            for page in PAGES:
                result = audit(server.url + prefix + page, Path(tmp) / "report.json")
                scores = [result["categories"][c]["score"] for c in CATEGORIES]
                worst = min(worst, *scores)
                print(f"{prefix + page:<66} " + " ".join(f"{s:>6.2f}" for s in scores))
                for note in shortfalls(result):
                    print(f"{'':<8}- {note}")
    print(f"\nlowest score: {worst:.2f} (aim: 1.00)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

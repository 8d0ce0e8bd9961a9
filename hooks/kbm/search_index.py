"""The search index: Pagefind, one index per language (by <html lang>), built after the whole site.

Pages carry what the Praxisfinder filters on as hidden `data-pagefind-filter` elements whose values are
vocabulary keys, so a filtered view has the same address in both languages.
"""

from __future__ import annotations

import html
import subprocess
import sys
import threading
from pathlib import Path

from .collection import Entry
from .models import VOCABULARY

# Praxisfinder filter -> how to read it from an entry; the names appear in the Praxisfinder's URLs.
FILTERS = {
    "typ": lambda e: [e.kind],
    "thema": lambda e: e.facts.topics,
    "land": lambda e: [r.land or r.country for r in e.facts.regions] if e.kind == "praxisbeispiel" else [],
    "lebensphase": lambda e: e.facts.life_phases if e.kind == "praxisbeispiel" else [],
    "art": lambda e: [r.type for r in e.facts.regions] if e.kind == "praxisbeispiel" else [],
    "programm": lambda e: [e.facts.programme] if e.kind == "praxisbeispiel" and e.facts.programme else [],
    "status": lambda e: [e.facts.status] if e.kind == "praxisbeispiel" else [],
}
# Filter -> vocabulary whose labels the Praxisfinder shows (None: the page types).
FILTER_VOCABULARIES = {"typ": None, "thema": "topics", "land": "laender", "lebensphase": "life_phases",
                       "art": "municipality_types", "programm": "programmes", "status": "statuses"}


def search_annotations(entry: Entry, lang: str, type_label: str) -> str:
    """Hidden elements with the page's type, summary and filter values, read by Pagefind."""
    spans = [f'<span data-pagefind-meta="type">{html.escape(type_label)}</span>',
             f'<span data-pagefind-meta="summary">{html.escape(entry.text(lang).summary)}</span>']
    for name, values in FILTERS.items():
        spans += [f'<span data-pagefind-filter="{name}">{html.escape(v)}</span>' for v in dict.fromkeys(values(entry))]
    # Ignored as text, still read for metadata and filters.
    return '<div class="kbm-search-data" hidden data-pagefind-ignore>\n' + "\n".join(spans) + "\n</div>\n"


def _pagefind(site_dir: Path) -> list[str]:
    return [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--silent", "--exclude-selectors", ".headerlink"]


def build_search_index(site_dir: Path) -> None:
    """Run Pagefind over the built site (the binary comes with the pinned Python package)."""
    result = subprocess.run(_pagefind(site_dir), capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"Pagefind could not index the site:\n{result.stdout}{result.stderr}")


class BackgroundIndex:
    """Pagefind running while `mkdocs serve` already shows the rebuilt pages; search follows seconds later."""

    def __init__(self, site_dir: Path) -> None:
        self.stopped = False
        # On POSIX `python -m pagefind` replaces itself with Pagefind's binary, so terminate() reaches it.
        self.process = subprocess.Popen(_pagefind(site_dir), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.thread = threading.Thread(target=self._report, daemon=True)
        self.thread.start()

    def _report(self) -> None:
        output, _ = self.process.communicate()
        if self.process.returncode != 0 and not self.stopped:
            print(f"Pagefind could not index the site; search will not work until the next rebuild:\n{output}",
                  file=sys.stderr)

    def stop(self) -> None:
        """End an index still being written: the next build clears the folder it writes to."""
        if self.process.poll() is None:
            self.stopped = True
            self.process.terminate()
        self.thread.join()


def known_values(name: str) -> list[str]:
    """Every value a filter can take, in the vocabulary's order."""
    vocabulary = FILTER_VOCABULARIES[name]
    return ["praxisbeispiel", "baustein"] if vocabulary is None else list(getattr(VOCABULARY, vocabulary))

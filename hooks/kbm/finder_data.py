"""What the Praxisfinder loads: a compact table of every case and Baustein with its filter values and sort
keys, one small card per entry, and the search index's name for each entry.

The table lets the browser list, filter, count and sort without the search index; the index is fetched
only for words. The files are written per language into the finder's folder (addresses.py).
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path
from typing import cast

from . import page_types
from .addresses import FINDER, FINDER_CARDS, FINDER_IDS, FINDER_TABLE, href, index_uri, site_path
from .entries import Case, Collection, Entry
from .finder import FILTERS, known_values
from .glossary import sort_key
from .models import Praxisbeispiel
from .render import period_text, place_label


def finder_entries(collection: Collection) -> list[Entry]:
    """Every case and Baustein, most recently checked first (the browse view's order)."""
    entries = [entry for declared in page_types.PAGE_TYPES for entry in collection.of(declared).values()]
    return sorted(entries, key=lambda e: (-e.facts.updated.toordinal(), e.kind, e.slug))


def _codes(entry: Entry) -> list[str]:
    return [r.land or r.country for r in getattr(entry.facts, "regions", []) if r.land or r.country]


def card(entry: Entry, collection: Collection, lang: str) -> dict[str, object]:
    """What a result shows: type, title, address (from the finder's page), place and Land, period and
    status, topics, summary. Text only: the script puts it into the page as text, never as HTML."""
    vocabulary = collection.vocabulary
    text = entry.text(lang)
    lands = list(dict.fromkeys(place_label(vocabulary, code, lang) for code in _codes(entry)))
    names = list(dict.fromkeys(r.name for r in getattr(entry.facts, "regions", []) if r.name))
    found: dict[str, object] = {
        "type": entry.page_type.label[lang],
        "title": text.title,
        "url": href(index_uri(FINDER), entry.src_uri),
        "summary": text.summary,
        "place": ", ".join(names + lands),
        "topics": [vocabulary.topics[k].label(lang) for k in entry.facts.topics],
    }
    if isinstance(entry.facts, Praxisbeispiel):
        found["period"] = period_text(cast(Case, entry), vocabulary, lang)
    if not entry.is_translated(lang):
        found["lang"] = "de"  # title and summary are the German original
    return found


def _ranks(keys: list[str]) -> list[int]:
    """Each key's position in sorted order (equal keys share a rank)."""
    order = sorted(set(keys))
    position = {key: n for n, key in enumerate(order)}
    return [position[key] for key in keys]


def finder_table(entries: list[Entry], collection: Collection, lang: str) -> dict[str, object]:
    """The table the finder filters, counts and sorts: per entry its date, title and Land ranks and the
    positions of its values in each filter's list of values (the form's order)."""
    values = {name: known_values(name, collection.vocabulary) for name in FILTERS}
    titles = _ranks([sort_key(e.text(lang).title) for e in entries])
    lands = _ranks(
        [sort_key(place_label(collection.vocabulary, _codes(e)[0], lang)) if _codes(e) else "\uffff" for e in entries]
    )
    rows = []
    for n, entry in enumerate(entries):
        row: list[object] = [entry.facts.updated.toordinal(), titles[n], lands[n]]
        for name, declared in FILTERS.items():
            # A country abroad is no Land: the finder offers only the Länder.
            row.append(sorted({values[name].index(v) for v in declared.values(entry) if v in values[name]}))
        rows.append(row)
    table: dict[str, object] = {"filters": values, "columns": ["date", "title", "land", *FILTERS], "rows": rows}
    table["version"] = hashlib.sha256(json.dumps(table, sort_keys=True).encode()).hexdigest()[:12]
    return table


def _dump(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def write_finder_data(site_dir: Path, collection: Collection, lang: str) -> None:
    """The table and the cards of ``lang`` into the finder's folder of the built site."""
    entries = finder_entries(collection)
    folder = site_dir / site_path(index_uri(FINDER), lang)
    (folder / FINDER_CARDS).mkdir(parents=True, exist_ok=True)
    (folder / FINDER_TABLE).write_text(_dump(finder_table(entries, collection, lang)), encoding="utf-8")
    for n, entry in enumerate(entries):
        (folder / FINDER_CARDS / f"{n}.json").write_text(_dump(card(entry, collection, lang)), encoding="utf-8")


def write_search_ids(site_dir: Path, index_dir: Path, collection: Collection, languages: tuple[str, ...]) -> None:
    """For each language, the search index's name of every entry in the table's order (null: not indexed).

    Pagefind names a result by its fragment file; the fragment holds the page's address.
    """
    by_url: dict[str, str] = {}
    for fragment in (index_dir / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(fragment.read_bytes()).removeprefix(b"pagefind_dcd")
        by_url[json.loads(data)["url"]] = fragment.stem
    entries = finder_entries(collection)
    for lang in languages:
        ids = [by_url.get("/" + site_path(entry.src_uri, lang)) for entry in entries]
        folder = site_dir / site_path(index_uri(FINDER), lang)
        (folder / FINDER_IDS).write_text(_dump(ids), encoding="utf-8")

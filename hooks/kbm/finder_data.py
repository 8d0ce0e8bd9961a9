"""What the Praxisfinder loads: a compact table of every case and Baustein with its filter values and sort
keys, one small card per entry, and the word index (word_index.py).

The table lets the browser list, filter, count and sort; the index's files are fetched only for the
words a reader types, a few per query. The files are written per language into the finder's folder
(addresses.py).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import cast

from . import page_types
from .addresses import FINDER, FINDER_CARDS, FINDER_TABLE, FINDER_WORDS, href, index_uri, site_path
from .entries import Case, Collection, Entry
from .finder import FILTERS, known_values
from .glossary import sort_key
from .models import Praxisbeispiel
from .render import period_text, place_label
from .word_index import KEY_WORD, STEP, PageWords, word_index


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


def key_text(entry: Entry, collection: Collection, lang: str) -> str:
    """What an entry is about in a few words – its title, place and topics, as its card shows them: the
    words the word index weighs most."""
    shown = card(entry, collection, lang)
    return " ".join([str(shown["title"]), str(shown["place"]), *cast(list[str], shown["topics"])])


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
    return {"filters": values, "columns": ["date", "title", "land", *FILTERS], "rows": rows}


def _dump(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def write_finder_data(site_dir: Path, collection: Collection, lang: str, pages: Mapping[str, PageWords]) -> None:
    """The table, the cards and the word index of ``lang`` into the finder's folder of the built site.

    ``pages``: the words of each entry's page as built in ``lang``, by source path.
    """
    entries = finder_entries(collection)
    cards = [_dump(card(entry, collection, lang)) for entry in entries]
    buckets = [_dump(bucket) for bucket in word_index(pages.get(entry.src_uri) for entry in entries)]
    table = finder_table(entries, collection, lang)
    # The script asks for every file with this version, so that no browser keeps an outdated one.
    table["version"] = hashlib.sha256("\n".join([_dump(table), *cards, *buckets]).encode()).hexdigest()[:12]
    # How the word index's numbers are read: the number of files, and the step and key mark of a weight.
    table.update(buckets=len(buckets), step=STEP, key=KEY_WORD)
    folder = site_dir / site_path(index_uri(FINDER), lang)
    for name, files in ((FINDER_CARDS, cards), (FINDER_WORDS, buckets)):
        (folder / name).mkdir(parents=True, exist_ok=True)
        for n, text in enumerate(files):
            (folder / name / f"{n}.json").write_text(text, encoding="utf-8")
    (folder / FINDER_TABLE).write_text(_dump(table), encoding="utf-8")

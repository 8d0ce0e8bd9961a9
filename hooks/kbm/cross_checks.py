"""Checks across files: references between pages, addresses two pages would share, links between pages."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import page_types
from .addresses import generated_folders, page_url, reserved_folders
from .entries import Collection, Entry
from .indexes import generated_uris
from .languages import DEFAULT_LANGUAGE, LANGUAGES
from .links import ShownPage, Site, link_problems
from .models import HandWrittenPage
from .page_types import BAUSTEIN, DOCS, page_type
from .pages import page_markdown
from .problems import Problem, did_you_mean
from .safety import PLACEHOLDER, TextReading
from .sources import FILE_NAME, ParsedFile, files_below

_README = re.compile(r"(^|/)README\.md$", re.I)

# Parsed files by (kind, slug) and language.
Parsed = dict[tuple[str, str], dict[str, ParsedFile]]


@dataclass
class HandWritten:
    """A page written by hand below docs/ (start, about, legal pages), as read and checked."""

    src_uri: str  # 'ueber.md' for docs/ueber.de.md
    lang: str
    display: str
    text: str  # the body as checked (operator placeholders blanked)
    reading: TextReading
    header: HandWrittenPage | None
    path: Path
    body: str  # the body as written


def hand_written_uri(root: Path, path: Path) -> tuple[str, str]:
    """('ueber.md', 'de') for docs/ueber.de.md: where the site puts the page, and its language."""
    match = FILE_NAME.match(path.name)
    relative = path.relative_to(root / DOCS).as_posix()
    return (relative[:-6] + ".md", match["lang"]) if match else (relative, DEFAULT_LANGUAGE)


def address_clashes(collection: Collection, hand_written: list[HandWritten]) -> list[Problem]:
    """Pages written by hand that would be published at an address another page has (the later one wins)."""
    taken = {page_url(uri): "the site's own page" for uri in generated_uris(collection)}
    taken |= {page_url(e.src_uri): e.files[DEFAULT_LANGUAGE].display for e in collection.all_entries()}
    problems: list[Problem] = []
    seen: dict[tuple[str, str], str] = {}
    for page in sorted(hand_written, key=lambda h: h.display):
        address = page_url(_README.sub("index.md", page.src_uri))
        other = taken.get(address) or seen.get((page.lang, address))
        if other:
            problems.append(
                Problem(
                    page.display,
                    None,
                    "",
                    f"this page would be published at /{address}, where {other} is already: give it another file name",
                )
            )
        seen[(page.lang, address)] = page.display
    return problems


def link_problems_of(
    collection: Collection,
    parsed: Parsed,
    readings: dict[str, TextReading],
    hand_written: list[HandWritten],
    root: Path,
    convert: Callable[[str], str],
    files: set[str],
) -> list[Problem]:
    """Links between pages, in every language the site shows them in, as the strict build checks them.

    A page whose file exists but has problems of its own counts as there, its sections as unknown.
    """
    shown_uris = {e.src_uri for e in collection.all_entries()}
    shown_uris |= {hand.src_uri for hand in hand_written}
    site = Site(generated=set(generated_uris(collection)), unchecked=files - shown_uris)
    docs = root / DOCS
    # What MkDocs publishes: no Markdown (pages are counted above) and nothing hidden.
    site.files = (
        {
            rel
            for p in files_below(docs)
            if p.suffix != ".md"
            for rel in [p.relative_to(docs).as_posix()]
            if not any(x.startswith(".") for x in rel.split("/"))
        }
        if docs.is_dir()
        else set()
    )
    for lang in LANGUAGES:
        shown: dict[str, ShownPage] = site.pages.setdefault(lang, {})
        for entry in collection.all_entries():
            file = entry.files.get(lang) or entry.files[DEFAULT_LANGUAGE]
            page = parsed[(entry.kind, entry.slug)][file.lang]
            shown[entry.src_uri] = ShownPage(
                entry.src_uri, file.display, readings[file.display].links, _shown(collection, entry, page.body, lang)
            )
        by_uri: dict[str, dict[str, HandWritten]] = defaultdict(dict)
        for hand in hand_written:
            by_uri[hand.src_uri][hand.lang] = hand
        for src_uri, versions in by_uri.items():
            version = versions.get(lang) or versions.get(DEFAULT_LANGUAGE)
            if version is not None:
                shown[src_uri] = ShownPage(src_uri, version.display, version.reading.links, _as_is(version.text))
    return link_problems(site, convert)


def _shown(collection: Collection, entry: Entry, body: str, lang: str) -> Callable[[], str]:
    """The Markdown a content page becomes in ``lang``, made only when a link into it is checked."""
    return lambda: page_markdown(collection, entry.src_uri, body, lang).markdown


def _as_is(text: str) -> Callable[[], str]:
    return lambda: text


def clashing_files(root: Path) -> list[Problem]:
    """Files below docs/ where the site puts pages or folders of its own."""
    problems = []
    types = {t.site_folder: t for t in page_types.PAGE_TYPES if t.outside_docs}
    for folder in generated_folders():
        for path in sorted((root / DOCS / folder).rglob("*.md")):
            where = (
                f"{types[folder].plural} belong in the top-level {types[folder].source_folder}/ folder"
                if folder in types
                else "write no pages there"
            )
            problems.append(
                Problem(
                    path.relative_to(root).as_posix(),
                    None,
                    "",
                    f"the site generates the pages under /{folder}/: {where}",
                )
            )
    for folder in reserved_folders():
        if (root / DOCS / folder).exists():
            problems.append(
                Problem(
                    f"docs/{folder}",
                    None,
                    "",
                    f"a folder docs/{folder}/ would clash with the site's own /{folder}/: give it another name",
                )
            )
    return problems


def broken_references(collection: Collection, parsed: Parsed) -> list[Problem]:
    """Bausteine named by slug, checked on every German file, valid or not, against the files present."""
    problems = []
    known = sorted(
        slug for (kind, slug), by_lang in parsed.items() if kind == BAUSTEIN.kind and DEFAULT_LANGUAGE in by_lang
    )
    for (kind, slug), by_lang in sorted(parsed.items()):
        german = by_lang.get(DEFAULT_LANGUAGE)
        field = page_type(kind).references
        names = german.meta.get(field) if german and field else None
        if not german or not field or not isinstance(names, list):
            continue
        for index, name in enumerate(names):
            if not isinstance(name, str) or PLACEHOLDER in name:
                continue
            if kind == BAUSTEIN.kind and name == slug:
                problems.append(
                    Problem(
                        german.file.display,
                        german.line_of((field, index)),
                        f"{field}[{index}]",
                        "a Baustein cannot be related to itself",
                    )
                )
            elif name not in known:
                problems.append(
                    Problem(
                        german.file.display,
                        german.line_of((field, index)),
                        f"{field}[{index}]",
                        f"there is no Baustein '{name}'.{did_you_mean(name, known)} "
                        f"Known Bausteine: {', '.join(known) or 'none yet'}",
                    )
                )
    by_number: dict[int, list[Entry]] = defaultdict(list)
    for entry in collection.bausteine.values():
        by_number[entry.facts.number].append(entry)
    for number, same in by_number.items():
        for entry in same if len(same) > 1 else ():
            german = parsed[(entry.kind, entry.slug)][DEFAULT_LANGUAGE]
            others = ", ".join(e.files[DEFAULT_LANGUAGE].display for e in same if e is not entry)
            problems.append(
                Problem(
                    german.file.display,
                    german.line_of(("number",)),
                    "number",
                    f"number {number} is also used by {others}; each Baustein needs its own",
                )
            )
    return problems

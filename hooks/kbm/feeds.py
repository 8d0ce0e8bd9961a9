"""Atom feeds: the newest cases and Bausteine of the whole site, of each topic and of each Land or country.

Written per language next to the pages they follow (/feed.xml, /themen/<topic>/feed.xml,
/regionen/<code>/feed.xml; the same under /en/), with feedgen; each page names its feeds in its head, so
feed readers find them. The dates are the entries' „Stand“, so the same sources give the same feeds.
"""

from __future__ import annotations

import datetime
import html
import posixpath
from dataclasses import dataclass
from pathlib import Path

from feedgen.feed import FeedGenerator

from .addresses import FACETS, facet_uri, place_uri, site_path
from .entries import Collection, Entry
from .texts import t

FEED = "feed.xml"
NEWEST = 50  # entries in one feed


@dataclass(frozen=True)
class Feed:
    page: str  # source path of the page it belongs to ('index.md', 'themen/inklusion.md')
    title_key: str
    name: str  # what it follows, as readers see it ('' for the whole site)
    entries: list[Entry]


def feed_path(page_uri: str, lang: str) -> str:
    """Where a page's feed is published, from the site's root: 'en/themen/inklusion/feed.xml'."""
    return site_path(page_uri, lang) + FEED


def feeds(collection: Collection, lang: str) -> list[Feed]:
    """Every feed of one language: the site's, one per topic and life phase, one per place with cases."""
    vocabulary = collection.vocabulary
    everything: list[Entry] = [*collection.cases.values(), *collection.bausteine.values()]
    found = [Feed("index.md", "feed_site", "", everything)]
    groupings = {"topics": collection.cases_by_topic, "life_phases": collection.cases_by_life_phase}
    for folder, kind in FACETS.items():
        for key, term in getattr(vocabulary, kind).items():
            cases: list[Entry] = list(groupings[kind].get(key, []))
            found.append(Feed(facet_uri(folder, key), "feed_of", term.label(lang), cases))
    for code, regions in collection.places.items():
        label = vocabulary.laender[code].label(lang) if code in vocabulary.laender else code
        found.append(Feed(place_uri(code), "feed_of", label, list(dict.fromkeys(case for _, case in regions))))
    return found


def _moment(day: datetime.date) -> datetime.datetime:
    return datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.UTC)


def atom(feed: Feed, lang: str, site_url: str, site_name: str) -> bytes:
    """The feed as Atom XML: the NEWEST most recently checked entries, newest first."""
    base = site_url.rstrip("/") + "/"
    entries = sorted(feed.entries, key=lambda e: (-e.facts.updated.toordinal(), e.kind, e.slug))[:NEWEST]
    generator = FeedGenerator()
    page = base + site_path(feed.page, lang)
    generator.id(page)
    generator.title(t(feed.title_key, lang, site=site_name, name=feed.name))
    generator.link(href=page, rel="alternate")
    generator.link(href=base + feed_path(feed.page, lang), rel="self")
    generator.language(lang)
    generator.generator("kbm")
    newest = max((e.facts.updated for e in entries), default=datetime.date(2026, 1, 1))
    generator.updated(_moment(newest))
    for entry in entries:
        text = entry.text(lang)
        item = generator.add_entry(order="append")
        address = base + site_path(entry.src_uri, lang)
        item.id(address)
        item.title(text.title)
        item.link(href=address)
        item.summary(text.summary)
        item.updated(_moment(entry.facts.updated))
        item.category(term=entry.kind, label=entry.page_type.label[lang])
    return generator.atom_str(pretty=True)


def write_feeds(site_dir: Path, collection: Collection, lang: str, site_url: str, site_name: str) -> None:
    for feed in feeds(collection, lang):
        target = site_dir / feed_path(feed.page, lang)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(atom(feed, lang, site_url, site_name))


def _followed(src_uri: str, collection: Collection, lang: str) -> Feed | None:
    """The feed a topic, life phase or place page has (without its entries), if it has one."""
    vocabulary = collection.vocabulary
    for folder, kind in FACETS.items():
        for key, term in getattr(vocabulary, kind).items():
            if src_uri == facet_uri(folder, key):
                return Feed(src_uri, "feed_of", term.label(lang), [])
    for code in collection.places:
        if src_uri == place_uri(code):
            label = vocabulary.laender[code].label(lang) if code in vocabulary.laender else code
            return Feed(src_uri, "feed_of", label, [])
    return None


def feed_links(src_uri: str, url: str, collection: Collection, lang: str, site_name: str) -> str:
    """The <link rel="alternate"> elements that name a page's feeds in its head: the site's, and its own.

    ``url``: the page's address from the site's root ('en/themen/inklusion/'), which its links start from.
    """
    named = [Feed("index.md", "feed_site", "", [])]
    own = _followed(src_uri, collection, lang)
    if own is not None:
        named.append(own)
    here = url.rstrip("/") or "."
    links = []
    for feed in named:
        href = posixpath.relpath(feed_path(feed.page, lang), here)
        title = html.escape(t(feed.title_key, lang, site=site_name, name=feed.name))
        # "alternate feed", not "alternate" alone: the theme fetches a sitemap next to every rel="alternate".
        links.append(f'<link rel="alternate feed" type="application/atom+xml" href="{href}" title="{title}">')
    return "\n".join(links)

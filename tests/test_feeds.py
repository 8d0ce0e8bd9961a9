"""Atom feeds: the site's, one per topic and life phase and per place with cases, in both languages."""

from __future__ import annotations

import re

import feedparser
import pytest
from conftest import page

SITE_URL = "http://127.0.0.1:8000/"


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_the_site_feed_lists_the_newest_cases_and_bausteine_in_its_language(real_site, project_collection, prefix):
    parsed = feedparser.parse((real_site / prefix / "feed.xml").read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    lang = "en" if prefix else "de"
    everything = [*project_collection.cases.values(), *project_collection.bausteine.values()]
    newest = sorted(everything, key=lambda e: (-e.facts.updated.toordinal(), e.kind, e.slug))[:50]
    assert [e.link for e in parsed.entries] == [SITE_URL + prefix + e.src_uri.removesuffix(".md") + "/" for e in newest]
    assert [e.title for e in parsed.entries] == [e.text(lang).title for e in newest]
    assert parsed.feed.language == lang
    assert parsed.entries[0].updated.startswith(newest[0].facts.updated.isoformat())


def test_a_topic_and_a_land_have_feeds_of_their_own_cases(real_site, project_collection):
    topic = feedparser.parse((real_site / "themen/inklusion/feed.xml").read_bytes())
    expected = {c.slug for c in project_collection.cases_by_topic["inklusion"]}
    assert {e.link.rstrip("/").rsplit("/", 1)[1] for e in topic.entries} == expected
    land = feedparser.parse((real_site / "en/regionen/de-hb/feed.xml").read_bytes())
    cases = {case.slug for _, case in project_collection.places["DE-HB"]}
    assert {e.link.rstrip("/").rsplit("/", 1)[1] for e in land.entries} == cases
    assert all(e.link.startswith(SITE_URL + "en/praxisbeispiele/") for e in land.entries)


@pytest.mark.parametrize(
    "path, feeds", [("/", ["feed.xml"]), ("/en/themen/inklusion/", ["../../feed.xml", "feed.xml"])]
)
def test_pages_name_their_feeds_in_the_head_for_feed_readers(real_site, path, feeds):
    head = page(real_site, path).split("</head>", 1)[0]
    found = re.findall(r'<link rel="alternate feed" type="application/atom\+xml" href="([^"]+)"', head)
    assert found == feeds

"""Similar cases: for each case, the others that share most with it, each with the reason in a few words.

A shared Baustein counts most, then a shared topic, then the same type of municipality. The order is
deterministic: the same collection gives the same lists (ties go to the most recently checked case, then
the address). The lists are made once per build for the whole collection, from the collection's own
groupings, so that no case is compared with every other one.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .entries import Case, Collection

SHOWN = 3
BAUSTEIN_WEIGHT = 3
TOPIC_WEIGHT = 2
TYPE_WEIGHT = 1


@dataclass(frozen=True)
class Similar:
    case: Case
    bausteine: tuple[str, ...]  # shared Baustein slugs, in the case's order
    topics: tuple[str, ...]  # shared topic keys
    same_type: bool


def _types(case: Case) -> set[str]:
    return {r.type for r in case.facts.regions}


def similar_cases(collection: Collection) -> dict[str, list[Similar]]:
    """For every case's slug, up to SHOWN similar cases, best first."""
    by_baustein = collection.cases_by_baustein
    by_topic = collection.cases_by_topic
    order = {case.slug: n for n, case in enumerate(collection.cases_by_update)}
    found: dict[str, list[Similar]] = {}
    for case in collection.cases.values():
        score: Counter[str] = Counter()
        for slug in case.facts.bausteine:
            for other in by_baustein.get(slug, []):
                score[other.slug] += BAUSTEIN_WEIGHT
        for topic in case.facts.topics:
            for other in by_topic.get(topic, []):
                score[other.slug] += TOPIC_WEIGHT
        score.pop(case.slug, None)
        types = _types(case)
        for slug in score:
            if types & _types(collection.cases[slug]):
                score[slug] += TYPE_WEIGHT
        best = sorted(score, key=lambda slug: (-score[slug], order[slug], slug))[:SHOWN]
        found[case.slug] = [_why(case, collection.cases[slug], types) for slug in best]
    return found


def _why(case: Case, other: Case, types: set[str]) -> Similar:
    return Similar(
        other,
        tuple(b for b in case.facts.bausteine if b in other.facts.bausteine),
        tuple(t for t in case.facts.topics if t in other.facts.topics),
        bool(types & _types(other)),
    )

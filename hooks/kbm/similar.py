"""Similar cases: for each case, the others that share most with it, each with the reason in a few words.

A shared Baustein counts most, then a shared topic, then the same type of municipality and the same size
class. The order is deterministic: the same collection gives the same lists (ties go to the most recently
checked case, then the address). The lists are made once per build for the whole collection, from the collection's own
groupings, so that no case is compared with every other one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from .entries import Case, Collection

SHOWN = 3
BAUSTEIN_WEIGHT = 3
TOPIC_WEIGHT = 2
TYPE_WEIGHT = 1
SIZE_WEIGHT = 1


@dataclass(frozen=True)
class Similar:
    case: Case
    bausteine: tuple[str, ...]  # shared Baustein slugs, in the case's order
    topics: tuple[str, ...]  # shared topic keys
    same_type: bool
    same_size: bool


def _types(case: Case) -> set[str]:
    return {r.type for r in case.facts.regions}


def _sizes(case: Case) -> set[str]:
    return {r.population.size_class for r in case.facts.regions if r.population}


def _grouped(collection: Collection, keys: Callable[[Case], set[str]]) -> dict[str, set[str]]:
    groups: dict[str, set[str]] = {}
    for case in collection.cases.values():
        for key in keys(case):
            groups.setdefault(key, set()).add(case.slug)
    return groups


def similar_cases(collection: Collection) -> dict[str, list[Similar]]:
    """For every case's slug, up to SHOWN similar cases, best first."""
    # Counter.update counts in C: each weight is one more pass over a grouping's slugs.
    by_baustein = {k: [c.slug for c in v] for k, v in collection.cases_by_baustein.items()}
    by_topic = {k: [c.slug for c in v] for k, v in collection.cases_by_topic.items()}
    by_type, by_size = _grouped(collection, _types), _grouped(collection, _sizes)
    order = {case.slug: n for n, case in enumerate(collection.cases_by_update)}
    found: dict[str, list[Similar]] = {}
    for case in collection.cases.values():
        score: Counter[str] = Counter()
        for slug in case.facts.bausteine:
            for _ in range(BAUSTEIN_WEIGHT):
                score.update(by_baustein.get(slug, []))
        for topic in case.facts.topics:
            for _ in range(TOPIC_WEIGHT):
                score.update(by_topic.get(topic, []))
        score.pop(case.slug, None)
        types = _types(case)
        same = set().union(*(by_type[kind] for kind in types)) if types else set()
        for _ in range(TYPE_WEIGHT):
            score.update(score.keys() & same)
        sizes = _sizes(case)
        alike = set().union(*(by_size[size] for size in sizes)) if sizes else set()
        for _ in range(SIZE_WEIGHT):
            score.update(score.keys() & alike)
        top = score.most_common(SHOWN)
        if not top:
            found[case.slug] = []
            continue
        # Everything as good as the last of the best, ordered by score, then most recently checked first.
        tied = [slug for slug, value in score.items() if value >= top[-1][1]]
        best = sorted(tied, key=lambda slug: (-score[slug], order[slug]))[:SHOWN]
        found[case.slug] = [_why(case, collection.cases[slug], types, sizes) for slug in best]
    return found


def _why(case: Case, other: Case, types: set[str], sizes: set[str]) -> Similar:
    return Similar(
        other,
        tuple(b for b in case.facts.bausteine if b in other.facts.bausteine),
        tuple(t for t in case.facts.topics if t in other.facts.topics),
        bool(types & _types(other)),
        bool(sizes & _sizes(other)),
    )

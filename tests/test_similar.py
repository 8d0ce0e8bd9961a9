"""Similar cases: deterministic, explained, and on every case page in both languages."""

from __future__ import annotations

import re

from conftest import article, page

from kbm.similar import BAUSTEIN_WEIGHT, SHOWN, SIZE_WEIGHT, TOPIC_WEIGHT, TYPE_WEIGHT, similar_cases


def score(case, other) -> int:
    shared_bausteine = set(case.facts.bausteine) & set(other.facts.bausteine)
    shared_topics = set(case.facts.topics) & set(other.facts.topics)
    same_type = bool({r.type for r in case.facts.regions} & {r.type for r in other.facts.regions})
    same_size = bool(sizes(case) & sizes(other))
    if not (shared_bausteine or shared_topics):
        return 0
    return (
        BAUSTEIN_WEIGHT * len(shared_bausteine)
        + TOPIC_WEIGHT * len(shared_topics)
        + TYPE_WEIGHT * same_type
        + SIZE_WEIGHT * same_size
    )


def sizes(case) -> set[str]:
    return {r.population.size_class for r in case.facts.regions if r.population}


def test_each_case_gets_the_cases_that_share_most_with_it_never_itself(project_collection):
    found = similar_cases(project_collection)
    assert found == similar_cases(project_collection), "the same collection gives the same lists"
    for slug, similar in found.items():
        case = project_collection.cases[slug]
        assert len(similar) == SHOWN, slug  # the collection is large enough for three everywhere
        assert slug not in [s.case.slug for s in similar]
        scores = [score(case, s.case) for s in similar]
        assert scores == sorted(scores, reverse=True) and scores[-1] > 0
        best_elsewhere = max(score(case, o) for o in project_collection.cases.values() if o.slug != slug)
        assert scores[0] == best_elsewhere
        for s in similar:
            assert set(s.bausteine) <= set(case.facts.bausteine) & set(s.case.facts.bausteine)
            assert s.same_size == bool(sizes(case) & sizes(s.case))


def test_a_case_page_shows_similar_cases_with_their_reasons_in_both_languages(real_site, project_collection):
    slug = "lahn-dill-bildungslandschaft"
    expected = [s.case.slug for s in project_collection.similar[slug]]
    for prefix, heading in (("/", "Ähnliche Praxisbeispiele"), ("/en/", "Similar practice examples")):
        html = article(page(real_site, f"{prefix}praxisbeispiele/{slug}/"))
        section = html.split(heading, 1)[1].split("</ul>", 1)[0]
        assert re.findall(r'href="\.\./([^/"]+)/"', section) == expected
        assert ("auch: " if prefix == "/" else "also: ") in section


def test_a_case_of_the_same_size_class_says_so(corpus_site):
    # The synthetic collection gives most places a population, so similar cases of one size class are many.
    from kbm.collection import load_collection

    sources, site = corpus_site
    collection = load_collection(sources)
    pairs = [(slug, s) for slug, found in collection.similar.items() for s in found if s.same_size]
    assert pairs, "some similar cases share a size class"
    slug, similar = pairs[0]
    assert sizes(collection.cases[slug]) & sizes(similar.case)
    for prefix, reason in (("/", "ähnliche Größe"), ("/en/", "similar size")):
        html = article(page(site, f"{prefix}praxisbeispiele/{slug}/"))
        item = html.split(f'href="../{similar.case.slug}/"', 1)[1].split("</li>", 1)[0]
        assert reason in item

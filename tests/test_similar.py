"""Similar cases: deterministic, explained, and on every case page in both languages."""

from __future__ import annotations

import re

from conftest import article, page

from kbm.similar import BAUSTEIN_WEIGHT, SHOWN, TOPIC_WEIGHT, TYPE_WEIGHT, similar_cases


def score(case, other) -> int:
    shared_bausteine = set(case.facts.bausteine) & set(other.facts.bausteine)
    shared_topics = set(case.facts.topics) & set(other.facts.topics)
    same_type = bool({r.type for r in case.facts.regions} & {r.type for r in other.facts.regions})
    if not (shared_bausteine or shared_topics):
        return 0
    return BAUSTEIN_WEIGHT * len(shared_bausteine) + TOPIC_WEIGHT * len(shared_topics) + TYPE_WEIGHT * same_type


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


def test_a_case_page_shows_similar_cases_with_their_reasons_in_both_languages(real_site, project_collection):
    slug = "lahn-dill-bildungslandschaft"
    expected = [s.case.slug for s in project_collection.similar[slug]]
    for prefix, heading in (("/", "Ähnliche Praxisbeispiele"), ("/en/", "Similar practice examples")):
        html = article(page(real_site, f"{prefix}praxisbeispiele/{slug}/"))
        section = html.split(heading, 1)[1].split("</ul>", 1)[0]
        assert re.findall(r'href="\.\./([^/"]+)/"', section) == expected
        assert ("auch: " if prefix == "/" else "also: ") in section

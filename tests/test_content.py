"""The collection as a whole: complete pairs and the coverage the site promises, so they stay true.

Rules for each single file (sections, sources, glossary terms, quotation marks, contact data) are
checked by the validation that `scripts/validate.py` and the build share; loading the collection
here fails on any of them.
"""

import pytest

from kbm.glossary import load_glossary

REQUIRED_BAUSTEINE = [
    "strategische-ziele",
    "datenbasierung",
    "interne-kooperation",
    "externe-kooperation",
    "koordination",
    "oeffentlicher-bildungsdiskurs",
    "bildungsuebergaenge",
    "verstetigung",
]
SEED_CASES = [
    "rodgau-transnationale-bildungsallianz",
    "transferagentur-nord-ost",
    "sachsen-anhalt-modellprojekt-bildungsmanagement",
    "burgenlandkreis-zielvereinbarung-transmit",
]


@pytest.fixture(scope="module")
def collection(project_collection):
    return project_collection


@pytest.fixture(scope="module")
def glossary():
    return load_glossary()


def test_every_page_exists_in_german_and_english(collection):
    entries = [*collection.bausteine.values(), *collection.cases.values()]
    assert [e.slug for e in entries if not e.is_translated("en")] == []


def test_the_bausteine_include_the_eight_core_ones_and_are_numbered_in_sequence(collection):
    assert set(REQUIRED_BAUSTEINE) <= set(collection.bausteine)
    assert [b.facts.number for b in collection.bausteine_in_order] == list(range(1, len(collection.bausteine) + 1))


def test_there_are_at_least_twelve_cases_including_the_four_from_the_seeds(collection):
    assert len(collection.cases) >= 12
    assert set(SEED_CASES) <= set(collection.cases)


def test_the_cases_cover_eight_laender_and_six_topics(collection):
    laender = {code for code in collection.places if code in collection.vocabulary.laender}
    assert len(laender) >= 8, sorted(laender)
    assert len(collection.cases_by_topic) >= 6, sorted(collection.cases_by_topic)


def test_every_baustein_is_illustrated_by_at_least_one_case(collection):
    assert [s for s in collection.bausteine if s not in collection.cases_by_baustein] == []


def test_the_cases_span_the_life_course_from_early_childhood_to_adult_learning(collection):
    covered = set(collection.cases_by_life_phase)
    assert {
        "fruehkindliche-bildung",
        "schule",
        "berufliche-bildung",
        "weiterbildung",
        "non-formale-bildung",
    } <= covered, sorted(covered)


def test_at_least_one_case_reaches_abroad_or_across_borders(collection):
    abroad = [
        e
        for e in collection.cases.values()
        if any(r.country for r in e.facts.regions) or "internationale-zusammenarbeit" in e.facts.topics
    ]
    assert abroad


def test_the_glossary_has_unique_terms_in_both_languages(glossary):
    assert len(glossary) >= 25
    for lang in ("de", "en"):
        terms = [term.term(lang).casefold() for term in glossary]
        assert len(terms) == len(set(terms)), f"a {lang} term appears twice"

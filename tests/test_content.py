"""The collection as a whole: complete pairs and the coverage the site promises, so they stay true.

Rules for each single file (sections, sources, glossary terms, quotation marks, contact data) are
checked by the validation that `scripts/validate.py` and the build share; loading the collection
here fails on any of them.
"""

from conftest import ROOT

from kbm.collection import load_collection
from kbm.glossary import load_glossary

COLLECTION = load_collection(ROOT)
ENTRIES = [*COLLECTION.bausteine.values(), *COLLECTION.cases.values()]

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


def test_every_page_exists_in_german_and_english():
    assert [e.slug for e in ENTRIES if not e.is_translated("en")] == []


def test_the_bausteine_include_the_eight_core_ones_and_are_numbered_in_sequence():
    assert set(REQUIRED_BAUSTEINE) <= set(COLLECTION.bausteine)
    assert [b.facts.number for b in COLLECTION.bausteine_in_order] == list(range(1, len(COLLECTION.bausteine) + 1))


def test_there_are_at_least_twelve_cases_including_the_four_from_the_seeds():
    assert len(COLLECTION.cases) >= 12
    assert set(SEED_CASES) <= set(COLLECTION.cases)


def test_the_cases_cover_eight_laender_and_six_topics():
    laender = {code for code in COLLECTION.places if code in COLLECTION.vocabulary.laender}
    assert len(laender) >= 8, sorted(laender)
    assert len(COLLECTION.cases_by_topic) >= 6, sorted(COLLECTION.cases_by_topic)


def test_every_baustein_is_illustrated_by_at_least_one_case():
    assert [s for s in COLLECTION.bausteine if s not in COLLECTION.cases_by_baustein] == []


def test_the_cases_span_the_life_course_from_early_childhood_to_adult_learning():
    covered = set(COLLECTION.cases_by_life_phase)
    assert {
        "fruehkindliche-bildung",
        "schule",
        "berufliche-bildung",
        "weiterbildung",
        "non-formale-bildung",
    } <= covered, sorted(covered)


def test_at_least_one_case_reaches_abroad_or_across_borders():
    abroad = [
        e
        for e in COLLECTION.cases.values()
        if any(r.country for r in e.facts.regions) or "internationale-zusammenarbeit" in e.facts.topics
    ]
    assert abroad


def test_every_case_cites_at_least_one_https_source():
    for entry in COLLECTION.cases.values():
        assert entry.facts.sources and all(s.url.startswith("https://") for s in entry.facts.sources), entry.slug


GLOSSARY = load_glossary()


def test_the_glossary_has_unique_terms_in_both_languages():
    assert len(GLOSSARY) >= 25
    for lang in ("de", "en"):
        terms = [term.term(lang).casefold() for term in GLOSSARY]
        assert len(terms) == len(set(terms)), f"a {lang} term appears twice"

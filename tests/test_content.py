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
    "bildungsberatung",
    "finanzierung-ressourcen",
    "datenschutz-datenzugang",
]
SEED_CASES = [
    "rodgau-transnationale-bildungsallianz",
    "sachsen-anhalt-modellprojekt-bildungsmanagement",
    "burgenlandkreis-zielvereinbarung-transmit",
]
# Region types of a municipality's own work; a Land and an alliance are not one municipality.
MUNICIPAL = {"landkreis", "kreisfreie-stadt", "kreisangehoerige-gemeinde", "bezirk"}


@pytest.fixture(scope="module")
def collection(project_collection):
    return project_collection


@pytest.fixture(scope="module")
def glossary():
    return load_glossary()


def test_every_page_exists_in_german_and_english(collection):
    entries = [*collection.bausteine.values(), *collection.cases.values()]
    assert [e.slug for e in entries if not e.is_translated("en")] == []


def test_the_bausteine_cover_the_field_and_are_numbered_in_sequence(collection):
    assert set(REQUIRED_BAUSTEINE) <= set(collection.bausteine)
    assert [b.facts.number for b in collection.bausteine_in_order] == list(range(1, len(collection.bausteine) + 1))


def test_every_baustein_is_linked_from_a_related_baustein(collection):
    linked = {slug for b in collection.bausteine.values() for slug in b.facts.related if slug != b.slug}
    assert sorted(set(collection.bausteine) - linked) == []


def test_there_are_at_least_forty_cases_including_those_from_the_seeds(collection):
    assert len(collection.cases) >= 40
    assert set(SEED_CASES) <= set(collection.cases)


def test_every_land_has_a_municipal_case(collection):
    covered = {r.land for e in collection.cases.values() for r in e.facts.regions if r.type in MUNICIPAL}
    assert sorted(set(collection.vocabulary.laender) - covered) == []


def test_every_type_of_municipality_has_at_least_two_cases(collection):
    counts = {
        t: sum(any(r.type == t for r in e.facts.regions) for e in collection.cases.values())
        for t in collection.vocabulary.municipality_types
    }
    assert {t: n for t, n in counts.items() if n < 2} == {}


def test_every_topic_and_life_phase_is_used_by_a_case(collection):
    assert sorted(set(collection.vocabulary.topics) - set(collection.cases_by_topic)) == []
    assert sorted(set(collection.vocabulary.life_phases) - set(collection.cases_by_life_phase)) == []


@pytest.mark.parametrize("programme", ["lernen-vor-ort", "bildungskommunen"])
def test_the_federal_programmes_are_the_main_frame_of_several_cases(collection, programme):
    assert sum(e.facts.programme == programme for e in collection.cases.values()) >= 2


def test_every_baustein_is_illustrated_by_at_least_one_case(collection):
    assert [s for s in collection.bausteine if s not in collection.cases_by_baustein] == []


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


def test_every_place_with_coordinates_lies_in_its_land(project_collection):
    # Finer than the models' check (the Land's bounding box): the Land's outline, within about 5 km for
    # places on a border that the simplified outline cuts.
    from shapely.geometry import Point, Polygon

    from kbm.geo import outline_rings, outlines, project

    def area(code):
        shape = None
        for ring in outline_rings(outlines().laender[code]):
            part = Polygon(ring).buffer(0)
            shape = part if shape is None else shape.symmetric_difference(part)  # even-odd, as the map fills
        return shape

    located = [
        (case.slug, region)
        for case in project_collection.cases.values()
        for region in case.facts.regions
        if region.location and region.land
    ]
    assert len(located) >= 40
    for slug, region in located:
        x, y = project(region.location.lat, region.location.lon)
        assert area(region.land).distance(Point(x, y)) < 3, f"{slug}: {region.name} lies outside {region.land}"

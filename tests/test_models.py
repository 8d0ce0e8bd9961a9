"""The front-matter models: what they accept and how they explain what they refuse."""

import pytest
from pydantic import ValidationError

from kbm.models import Praxisbeispiel, Region, vocabulary_context
from kbm.vocabulary import load_vocabulary

CONTEXT = vocabulary_context(load_vocabulary())

HALLE = {"land": "DE-ST", "type": "kreisfreie-stadt", "name": "Halle (Saale)"}
AT_HALLE = {"lat": 51.48, "lon": 11.97, "source": "https://de.wikipedia.org/wiki/Halle_(Saale)"}
PEOPLE = {"count": 242172, "as_of": "2023-12-31", "source": "https://www.stala.sachsen-anhalt.de/gk/and/sitz.dr.html"}

VALID_CASE = {
    "title": "Halle (Saale): Bildungskonferenz",
    "summary": "Die Stadt lädt jährlich ein.",
    "regions": [{"land": "DE-ST", "type": "kreisfreie-stadt", "name": "Halle (Saale)", "ags": "15002000"}],
    "topics": ["bildungsuebergaenge"],
    "life_phases": ["schule"],
    "bausteine": ["externe-kooperation"],
    "period": {"start": 2016},
    "status": "laufend",
    "partners": ["Stiftung Beispiel", {"name": "Agentur", "url": "https://agentur.example/"}],
    "sources": [{"title": "Quelle", "url": "https://quelle.example/"}],
    "updated": "2026-11-20",
}


def errors(model, data):
    with pytest.raises(ValidationError) as info:
        model.model_validate(data, context=CONTEXT)
    return [(e["loc"], e["msg"]) for e in info.value.errors()]


def test_a_complete_case_is_accepted_and_bare_partner_names_become_partners():
    case = Praxisbeispiel.model_validate(VALID_CASE, context=CONTEXT)
    assert case.partners[0].name == "Stiftung Beispiel" and case.partners[0].url is None
    assert case.period.end is None


@pytest.mark.parametrize(
    "region, loc, message",
    [
        ({"land": "DE-XY", "type": "landkreis", "name": "A"}, ("land",), "unknown Land code 'DE-XY'"),
        ({"land": "DE-ST", "type": "landkreis", "name": "A", "ags": "06438"}, ("ags",), "does not belong to DE-ST"),
        ({"land": "DE-ST", "type": "landkreis", "name": "A", "ags": "15084000"}, ("ags",), "5 digits, not 8"),
        ({"land": "DE-ST", "type": "kreisfreie-stadt", "name": "A", "ags": "15002001"}, ("ags",), "ends in 000"),
        ({"land": "DE-ST", "type": "land", "ags": "15084"}, ("ags",), "has no AGS key"),
        ({"land": "DE-ST", "type": "landkreis", "name": "A", "ags": "1508"}, ("ags",), "String should match"),
        ({"type": "landkreis", "name": "A"}, (), "give either 'land'"),
        ({"land": "DE-ST", "country": "FR", "type": "ausland", "name": "A"}, ("type",), "goes with 'country'"),
        ({"country": "FR", "type": "landkreis", "name": "A"}, ("type",), "has type 'ausland'"),
        ({"country": "DE", "type": "ausland", "name": "A"}, ("country",), "'DE' is Germany"),
        ({"country": "XQ", "type": "ausland", "name": "A"}, ("country",), "unknown country code 'XQ'"),
        ({"land": "DE-ST", "type": "landkreis"}, (), "needs a 'name'"),
        # Halle's coordinates written the wrong way round, and Munich's given for Saxony-Anhalt.
        ({**HALLE, "location": {**AT_HALLE, "lat": 11.97, "lon": 51.48}}, ("location",), "swapped?"),
        ({**HALLE, "location": {**AT_HALLE, "lat": 48.14, "lon": 11.58}}, ("location",), "lies outside DE-ST"),
        ({**HALLE, "location": {**AT_HALLE, "source": "http://x.example/"}}, ("location", "source"), "https://"),
        ({**HALLE, "population": {**PEOPLE, "count": 0}}, ("population", "count"), "greater than or equal to 1"),
        ({**HALLE, "population": {**PEOPLE, "as_of": "2023"}}, ("population", "as_of"), "date"),
        ({"land": "DE-ST", "type": "land", "population": PEOPLE}, (), "has no size class"),
        ({**HALLE, "population": {**PEOPLE, "count": "242.172"}}, ("population", "count"), "valid integer"),
        ({**HALLE, "location": {**AT_HALLE, "lat": True}}, ("location", "lat"), "valid number"),
        ({**HALLE, "location": {**AT_HALLE, "lon": float("nan")}}, ("location", "lon"), "finite number"),
    ],
)
def test_a_region_that_does_not_exist_or_does_not_fit_is_refused(region, loc, message):
    found = errors(Region, region)
    assert any(where == loc and message in m for where, m in found), found


@pytest.mark.parametrize(
    "count, size_class",
    [
        (1, "unter-20-tsd"),
        (19_999, "unter-20-tsd"),
        (20_000, "20-bis-50-tsd"),
        (242_172, "200-bis-500-tsd"),
        (499_999, "200-bis-500-tsd"),
        (500_000, "ab-500-tsd"),
        (3_700_000, "ab-500-tsd"),
    ],
)
def test_a_regions_size_class_follows_from_its_population(count, size_class):
    region = Region.model_validate({**HALLE, "population": {**PEOPLE, "count": count}}, context=CONTEXT)
    assert region.population.size_class == size_class


def test_coordinates_on_a_lands_border_and_abroad_are_accepted():
    # Görlitz lies on the Neisse, at Saxony's eastern edge; Szczecin is abroad, where no Land bounds it.
    gorlitz = {"land": "DE-SN", "type": "kreisangehoerige-gemeinde", "name": "Görlitz"}
    Region.model_validate({**gorlitz, "location": {**AT_HALLE, "lat": 51.15, "lon": 14.99}}, context=CONTEXT)
    szczecin = {"country": "PL", "type": "ausland", "name": "Szczecin"}
    Region.model_validate({**szczecin, "location": {**AT_HALLE, "lat": 53.43, "lon": 14.55}}, context=CONTEXT)


def test_a_land_wide_region_and_a_region_abroad_are_accepted():
    assert Region.model_validate({"land": "DE-MV", "type": "land"}, context=CONTEXT).name is None
    assert (
        Region.model_validate({"country": "PL", "type": "ausland", "name": "Szczecin"}, context=CONTEXT).country == "PL"
    )


def test_an_unknown_topic_names_the_near_miss_and_every_allowed_value():
    [(loc, message)] = errors(Praxisbeispiel, {**VALID_CASE, "topics": ["Inklusion"]})
    assert loc == ("topics", 0)
    assert "Did you mean 'inklusion' (Inklusion)?" in message and "bildungsuebergaenge" in message


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("sources", [{"title": "Q", "url": "http://quelle.example/"}], "starting with https://"),
        ("sources", [], "at least 1"),
        ("period", {"start": 2019, "end": 2016}, "before it starts"),
        ("status", "fertig", "unknown status 'fertig'"),
        ("life_phases", ["kita"], "unknown life phase 'kita'"),
    ],
)
def test_other_refusals(field, value, message):
    found = errors(Praxisbeispiel, {**VALID_CASE, field: value})
    assert any(message in m for _, m in found), found

"""The open data at /daten/: read with real parsers and compared with the collection."""

from __future__ import annotations

import csv
import json

import jsonschema
import rdflib
import yaml
from conftest import article, operator_section, page

from kbm.open_data import GEOJSON_PROPERTIES, OpenCase

DATA = "daten"


def test_the_json_follows_its_published_schema_and_holds_every_case(real_site, project_collection):
    data = json.loads((real_site / DATA / "praxisbeispiele.json").read_text(encoding="utf-8"))
    schema = json.loads((real_site / DATA / "praxisbeispiele.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate({k: v for k, v in data.items() if k != "$schema"}, schema)
    assert data["$schema"].endswith("/daten/praxisbeispiele.schema.json")
    assert [c["slug"] for c in data["cases"]] == sorted(project_collection.cases)
    first = project_collection.cases[data["cases"][0]["slug"]]
    assert data["cases"][0]["topics"] == first.facts.topics
    assert data["cases"][0]["updated"] == first.facts.updated.isoformat()


def test_population_size_class_and_coordinates_carry_over_to_the_json(real_site, project_collection):
    data = json.loads((real_site / DATA / "praxisbeispiele.json").read_text(encoding="utf-8"))
    by_slug = {c["slug"]: c for c in data["cases"]}
    counted = located = 0
    for slug, case in project_collection.cases.items():
        for region, exported in zip(case.facts.regions, by_slug[slug]["regions"], strict=True):
            if region.population:
                counted += 1
                assert exported["population"] == region.population.count
                assert exported["size_class"] == region.population.size_class
                assert exported["population_source"] == region.population.source
                assert region.population.size_class in by_slug[slug]["size_classes"]
            else:
                assert exported["population"] is None and exported["size_class"] is None
            if region.location:
                located += 1
                assert (exported["lat"], exported["lon"]) == (region.location.lat, region.location.lon)
    assert counted and located, "the collection gives populations and coordinates"


def test_the_geojson_has_a_feature_per_case_at_its_coordinates_or_in_its_land(real_site, project_collection):
    from shapely.geometry import Point, Polygon, shape

    from kbm.geo import outline_rings, outlines, project

    collection = json.loads((real_site / DATA / "praxisbeispiele.geojson").read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    features = {f["id"]: f for f in collection["features"]}
    assert sorted(features) == sorted(project_collection.cases)
    for slug, case in project_collection.cases.items():
        feature = features[slug]
        geometry = shape(feature["geometry"])  # a real GeoJSON geometry, longitude first
        located = [r.location for r in case.facts.regions if r.location]
        if located:
            assert feature["properties"]["placed"] == "coordinates"
            points = [geometry] if geometry.geom_type == "Point" else list(geometry.geoms)
            assert sorted((p.x, p.y) for p in points) == sorted((loc.lon, loc.lat) for loc in located)
        else:
            assert feature["properties"]["placed"] == "land"
            land = next(r.land for r in case.facts.regions if r.land)
            x, y = project(geometry.y, geometry.x)
            rings = outline_rings(outlines().laender[land])
            assert any(Polygon(ring).contains(Point(x, y)) for ring in rings), f"{slug}: the point lies in {land}"
        assert feature["properties"]["url_de"].endswith(f"/praxisbeispiele/{slug}/")
        assert set(feature["properties"]) == {*GEOJSON_PROPERTIES, "places", "placed"}


def test_the_csv_has_one_row_per_case_with_every_field(real_site, project_collection):
    with open(real_site / DATA / "praxisbeispiele.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(OpenCase.model_fields)
    assert len(rows) == len(project_collection.cases)
    bremen = next(r for r in rows if r["slug"] == "bremen-lernen-vor-ort")
    assert bremen["regions"] == "land:DE-HB:" and bremen["programme"] == "lernen-vor-ort"


def test_the_dcat_catalogue_describes_the_dataset_licence_publisher_and_files(real_site, project_collection):
    # Imported here: pytest looks at a module's names, and rdflib's namespaces warn when asked for unknown ones.
    from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF

    graph = rdflib.Graph().parse(real_site / DATA / "katalog.jsonld", format="json-ld")
    catalogue = next(graph.subjects(RDF.type, DCAT.Catalog))
    dataset = next(graph.objects(catalogue, DCAT.dataset))
    assert (dataset, DCTERMS.license, rdflib.URIRef("http://dcat-ap.de/def/licenses/cc-by/4.0")) in graph
    publisher = next(graph.objects(dataset, DCTERMS.publisher))
    operator = yaml.safe_load(operator_section())["extra"]["operator"]
    assert str(graph.value(publisher, FOAF.name)) == operator["name"]
    downloads = {str(graph.value(d, DCAT.downloadURL)) for d in graph.objects(dataset, DCAT.distribution)}
    assert {u.rsplit("/", 1)[1] for u in downloads} == {
        "praxisbeispiele.json",
        "praxisbeispiele.csv",
        "praxisbeispiele.geojson",
    }
    newest = max(c.facts.updated for c in project_collection.cases.values()).isoformat()
    assert str(graph.value(dataset, DCTERMS.modified)) == newest


def test_the_data_page_explains_every_field_and_links_the_files_in_both_languages(real_site):
    for prefix, title in (("/", "Offene Daten"), ("/en/", "Open data")):
        html = article(page(real_site, prefix + "daten/"))
        assert title in html
        for name in [*OpenCase.model_fields, "placed", "places"]:
            assert f"<code>{name}</code>" in html
        for file in ("praxisbeispiele.json", "praxisbeispiele.csv", "praxisbeispiele.geojson", "katalog.jsonld"):
            assert f"daten/{file}" in html

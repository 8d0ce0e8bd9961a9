"""The practice examples as open data: JSON with its JSON Schema, CSV, GeoJSON and a DCAT-AP.de catalogue.

One model, OpenCase, declares every field of the export with its description: the JSON, its schema, the
CSV's columns and the page that explains the fields (/daten/) all follow from it. The files are written
once, below /daten/; the page exists in both languages. Licence: CC BY 4.0, as for all texts of the site.
"""

from __future__ import annotations

import csv
import datetime
import html
import io
import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from .addresses import OPEN_DATA, site_path
from .entries import Case, Collection
from .geo import land_centre
from .models import Region

FOLDER = OPEN_DATA
JSON_FILE = "praxisbeispiele.json"
SCHEMA_FILE = "praxisbeispiele.schema.json"
CSV_FILE = "praxisbeispiele.csv"
GEOJSON_FILE = "praxisbeispiele.geojson"
# The fields of the JSON file a GeoJSON feature carries as properties (besides 'places' and 'placed').
GEOJSON_PROPERTIES = ("slug", "title_de", "title_en", "url_de", "url_en", "topics", "size_classes", "status")
CATALOGUE_FILE = "katalog.jsonld"
LICENCE = "http://dcat-ap.de/def/licenses/cc-by/4.0"
LICENCE_PAGE = "https://creativecommons.org/licenses/by/4.0/"
EDUCATION_THEME = "http://publications.europa.eu/resource/authority/data-theme/EDUC"


class OpenRegion(BaseModel):
    model_config = ConfigDict(extra="forbid")
    land: str | None = Field(description="Land as ISO 3166-2 code (DE-ST); empty abroad")
    country: str | None = Field(description="Country abroad as ISO 3166-1 code (PL); empty in Germany")
    type: str = Field(description="Type of municipality (vocabulary key, e.g. landkreis)")
    name: str | None = Field(description="Name of the district, city or municipality")
    population: int | None = Field(description="Number of inhabitants, where the page gives it")
    population_as_of: datetime.date | None = Field(description="The day the number of inhabitants refers to")
    population_source: str | None = Field(description="Address of the page that publishes the number")
    size_class: str | None = Field(description="Size class by number of inhabitants (vocabulary key)")
    lat: float | None = Field(description="Latitude of its centre (WGS 84), where the page gives it")
    lon: float | None = Field(description="Longitude of its centre (WGS 84), where the page gives it")


class OpenCase(BaseModel):
    """One practice example as the open data describe it."""

    model_config = ConfigDict(extra="forbid")
    slug: str = Field(description="The case's name in its addresses")
    url_de: str = Field(description="Address of the German page")
    url_en: str = Field(description="Address of the English page")
    title_de: str = Field(description="Title in German")
    title_en: str | None = Field(description="Title in English; empty while the page is not translated")
    summary_de: str = Field(description="Summary in German")
    summary_en: str | None = Field(description="Summary in English; empty while the page is not translated")
    regions: list[OpenRegion] = Field(
        description="Where it took place: Land (ISO 3166-2) or country abroad, type of municipality, name; where the "
        "page gives them, number of inhabitants with its date and source, size class and coordinates (WGS 84)"
    )
    size_classes: list[str] = Field(description="Size classes of its places by number of inhabitants (vocabulary keys)")
    topics: list[str] = Field(description="Topics (vocabulary keys)")
    life_phases: list[str] = Field(description="Life phases (vocabulary keys)")
    bausteine: list[str] = Field(description="Bausteine it illustrates (their names in the addresses)")
    programme: str | None = Field(description="Funding programme or frame (vocabulary key)")
    period_start: int | None = Field(description="Year it started")
    period_end: int | None = Field(description="Year it ended; empty while it runs")
    status: str = Field(description="Status (vocabulary key)")
    partners: list[str] = Field(description="Organisations that took part")
    sources: list[str] = Field(description="Addresses of the public sources the page cites")
    updated: datetime.date = Field(description="Date the page was last checked against its sources („Stand“)")


class OpenData(BaseModel):
    model_config = ConfigDict(extra="forbid")
    licence: str = Field(description="Licence of the data")
    cases: list[OpenCase]


def open_region(region: Region) -> OpenRegion:
    population, location = region.population, region.location
    return OpenRegion(
        land=region.land,
        country=region.country,
        type=region.type,
        name=region.name,
        population=population.count if population else None,
        population_as_of=population.as_of if population else None,
        population_source=population.source if population else None,
        size_class=population.size_class if population else None,
        lat=location.lat if location else None,
        lon=location.lon if location else None,
    )


def open_case(case: Case, base: str) -> OpenCase:
    facts = case.facts
    english = case.texts.get("en")
    return OpenCase(
        slug=case.slug,
        url_de=base + site_path(case.src_uri, "de"),
        url_en=base + site_path(case.src_uri, "en"),
        title_de=case.text("de").title,
        title_en=english.title if english else None,
        summary_de=case.text("de").summary,
        summary_en=english.summary if english else None,
        regions=[open_region(r) for r in facts.regions],
        size_classes=sorted({r.population.size_class for r in facts.regions if r.population}),
        topics=list(facts.topics),
        life_phases=list(facts.life_phases),
        bausteine=list(facts.bausteine),
        programme=facts.programme,
        period_start=facts.period.start if facts.period else None,
        period_end=facts.period.end if facts.period else None,
        status=facts.status,
        partners=[p.name for p in facts.partners],
        sources=[str(s.url) for s in facts.sources],
        updated=facts.updated,
    )


def open_data(collection: Collection, base: str) -> OpenData:
    cases = sorted(collection.cases.values(), key=lambda c: c.slug)
    return OpenData(licence=LICENCE_PAGE, cases=[open_case(c, base) for c in cases])


def as_json(data: OpenData, schema_url: str) -> str:
    return json.dumps({"$schema": schema_url, **data.model_dump(mode="json")}, ensure_ascii=False, indent=1)


def schema() -> str:
    return json.dumps(OpenData.model_json_schema(), ensure_ascii=False, indent=1)


def as_csv(data: OpenData) -> str:
    """One row per case; lists joined with '; ', each region as 'type:Land-or-country:name'."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    columns = list(OpenCase.model_fields)
    writer.writerow(columns)
    for case in data.cases:
        row = case.model_dump(mode="json")
        row["regions"] = "; ".join(f"{r['type']}:{r['land'] or r['country']}:{r['name'] or ''}" for r in row["regions"])
        writer.writerow(
            ["; ".join(v) if isinstance(v, list) else ("" if v is None else v) for v in (row[c] for c in columns)]
        )
    return out.getvalue()


def as_geojson(data: OpenData) -> str:
    """A feature per case (RFC 7946): at the coordinates of its places where the page gives them, else at a
    point inside its Land ('placed': 'land'); a case abroad without coordinates has no geometry."""
    features = []
    for case in data.cases:
        located = [[r.lon, r.lat] for r in case.regions if r.lon is not None and r.lat is not None]
        placed = "coordinates"
        if not located:
            laender = sorted({r.land for r in case.regions if r.land})
            located = [[round(lon, 4), round(lat, 4)] for lat, lon in (land_centre(code) for code in laender)]
            placed = "land" if located else "none"
        geometry = (
            None
            if not located
            else {"type": "Point", "coordinates": located[0]}
            if len(located) == 1
            else {"type": "MultiPoint", "coordinates": located}
        )
        properties: dict[str, object] = {name: getattr(case, name) for name in GEOJSON_PROPERTIES}
        properties["places"] = "; ".join(r.name or r.land or r.country or "" for r in case.regions)
        properties["placed"] = placed
        features.append({"type": "Feature", "id": case.slug, "geometry": geometry, "properties": properties})
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1)


def catalogue(data: OpenData, base: str, publisher: str, site_name: str) -> str:
    """A DCAT-AP.de catalogue (JSON-LD) with one dataset and its distributions."""
    folder = base + FOLDER + "/"
    modified = max((c.updated for c in data.cases), default=datetime.date(2026, 1, 1)).isoformat()
    agent = {"@type": "foaf:Agent", "foaf:name": publisher}

    def distribution(name: str, media: str, title: str) -> dict[str, object]:
        return {
            "@id": folder + name,
            "@type": "dcat:Distribution",
            "dct:title": {"@value": title, "@language": "de"},
            "dcat:accessURL": {"@id": folder},
            "dcat:downloadURL": {"@id": folder + name},
            "dcat:mediaType": {"@id": f"https://www.iana.org/assignments/media-types/{media}"},
            "dct:license": {"@id": LICENCE},
            "dct:modified": {"@value": modified, "@type": "xsd:date"},
        }

    graph = {
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
            "dcatde": "http://dcat-ap.de/def/dcatde/",
        },
        "@id": folder + CATALOGUE_FILE,
        "@type": "dcat:Catalog",
        "dct:title": {"@value": site_name, "@language": "de"},
        "dct:description": {
            "@value": "Praxisbeispiele kommunalen Bildungsmanagements als offene Daten.",
            "@language": "de",
        },
        "dct:publisher": agent,
        "dct:language": {"@id": "http://publications.europa.eu/resource/authority/language/DEU"},
        "dct:modified": {"@value": modified, "@type": "xsd:date"},
        "dcat:dataset": {
            "@id": folder + "#praxisbeispiele",
            "@type": "dcat:Dataset",
            "dct:title": {"@value": "Praxisbeispiele Kommunales Bildungsmanagement", "@language": "de"},
            "dct:description": {
                "@value": f"{len(data.cases)} Praxisbeispiele: wer was wann mit wem getan hat, mit Quellen.",
                "@language": "de",
            },
            "dct:publisher": agent,
            "dcat:theme": {"@id": EDUCATION_THEME},
            "dct:license": {"@id": LICENCE},
            "dct:modified": {"@value": modified, "@type": "xsd:date"},
            "dcat:landingPage": {"@id": folder},
            "dcat:distribution": [
                distribution(JSON_FILE, "application/json", "JSON"),
                distribution(CSV_FILE, "text/csv", "CSV"),
                distribution(GEOJSON_FILE, "application/geo+json", "GeoJSON"),
            ],
        },
    }
    return json.dumps(graph, ensure_ascii=False, indent=1)


def write_open_data(site_dir: Path, collection: Collection, site_url: str, publisher: str, site_name: str) -> None:
    base = site_url.rstrip("/") + "/"
    data = open_data(collection, base)
    folder = site_dir / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    (folder / JSON_FILE).write_text(as_json(data, base + FOLDER + "/" + SCHEMA_FILE), encoding="utf-8")
    (folder / SCHEMA_FILE).write_text(schema(), encoding="utf-8")
    (folder / CSV_FILE).write_text(as_csv(data), encoding="utf-8")
    (folder / GEOJSON_FILE).write_text(as_geojson(data), encoding="utf-8")
    (folder / CATALOGUE_FILE).write_text(catalogue(data, base, publisher, site_name), encoding="utf-8")


# The fields' descriptions in German, for the German page (the model's descriptions are the English ones).
FIELDS_DE = {
    "slug": "Name des Praxisbeispiels in seinen Adressen",
    "url_de": "Adresse der deutschen Seite",
    "url_en": "Adresse der englischen Seite",
    "title_de": "Titel auf Deutsch",
    "title_en": "Titel auf Englisch; leer, solange die Seite nicht übersetzt ist",
    "summary_de": "Zusammenfassung auf Deutsch",
    "summary_en": "Zusammenfassung auf Englisch; leer, solange die Seite nicht übersetzt ist",
    "regions": "Wo es stattfand: Land (ISO 3166-2) oder Staat im Ausland, Art der Kommune, Name; wo die Seite "
    "sie nennt, Einwohnerzahl mit Stichtag und Quelle, Größenklasse und Koordinaten (WGS 84)",
    "size_classes": "Größenklassen seiner Orte nach Einwohnerzahl (Schlüssel des Vokabulars)",
    "topics": "Themen (Schlüssel des Vokabulars)",
    "life_phases": "Lebensphasen (Schlüssel des Vokabulars)",
    "bausteine": "Bausteine, die es zeigt (ihre Namen in den Adressen)",
    "programme": "Förderprogramm oder Rahmen (Schlüssel des Vokabulars)",
    "period_start": "Jahr des Beginns",
    "period_end": "Jahr des Endes; leer, solange es läuft",
    "status": "Stand der Umsetzung (Schlüssel des Vokabulars)",
    "partners": "Beteiligte Organisationen",
    "sources": "Adressen der öffentlichen Quellen, die die Seite nennt",
    "updated": "Datum, an dem die Seite zuletzt mit ihren Quellen abgeglichen wurde („Stand“)",
}


def fields_table(lang: str) -> str:
    """The export's fields with what they mean, as an HTML table."""
    head = {"de": ("Feld", "Bedeutung"), "en": ("Field", "Meaning")}[lang]
    meanings = {
        name: FIELDS_DE[name] if lang == "de" else str(info.description) for name, info in OpenCase.model_fields.items()
    }
    rows = "\n".join(
        f"<tr><td><code>{name}</code></td><td>{html.escape(meaning)}</td></tr>" for name, meaning in meanings.items()
    )
    return f"<table>\n<thead><tr><th>{head[0]}</th><th>{head[1]}</th></tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>"


def files_list(lang: str, here: str) -> str:
    """Links to the data files, from the page at ``here`` (a site path: 'daten/' or 'en/daten/')."""
    up = "../" * here.count("/")
    names = {
        JSON_FILE: ("JSON", "JSON"),
        SCHEMA_FILE: ("JSON Schema der JSON-Datei", "JSON Schema of the JSON file"),
        CSV_FILE: ("CSV (UTF-8, eine Zeile je Praxisbeispiel)", "CSV (UTF-8, one row per practice example)"),
        GEOJSON_FILE: (
            "GeoJSON (ein Punkt je Praxisbeispiel, an seinen Koordinaten oder in seinem Land)",
            "GeoJSON (a point per practice example, at its coordinates or in its Land)",
        ),
        CATALOGUE_FILE: ("DCAT-AP.de-Katalog (JSON-LD)", "DCAT-AP.de catalogue (JSON-LD)"),
    }
    items = "\n".join(
        f'<li><a href="{up}{FOLDER}/{name}">{html.escape(labels[0 if lang == "de" else 1])}</a>: '
        f"<code>{name}</code></li>"
        for name, labels in names.items()
    )
    return f"<ul>\n{items}\n</ul>"

#!/usr/bin/env python3
"""A copy of the site with N synthetic practice examples per language added, for benchmarks.

    python scripts/corpus.py --cases 1000 --out /tmp/corpus-1000 [--seed 1]

The cases have valid front matter spread over every vocabulary value and every Land, about 450
words of text in the usual sections, some with several regions, about one in ten untranslated.
The same seed gives the same corpus.
"""

from __future__ import annotations

import argparse
import datetime
import random
import shutil
import sys
from pathlib import Path

from _project import ROOT
from local_site import copy_sources

from kbm.geo import land_bounds
from kbm.page_types import BAUSTEIN, PRAXISBEISPIEL
from kbm.vocabulary import load_vocabulary

VOCABULARY = load_vocabulary()

# Sentence pairs (German, English); the placeholders are filled per case. Glossary terms are used
# consistently, so that the corpus passes the same checks as real content.
SECTIONS = {
    ("Ausgangslage", "Starting point"): [
        (
            "{place} liegt in {land_de} und hat rund {people} Einwohnerinnen und Einwohner.",
            "{place} lies in {land_en} and has about {people} inhabitants.",
        ),
        (
            "Vor dem Start arbeiteten Jugendamt, Schulverwaltung und Sozialamt weitgehend nebeneinander.",
            "Before the start, the youth office, the school administration and the social welfare office "
            "worked largely side by side.",
        ),
        (
            "Viele Angebote zum Thema {topic_de} waren vorhanden, aber kaum aufeinander abgestimmt.",
            "Many services on {topic_en} existed, but they were hardly coordinated.",
        ),
        (
            "Die Verwaltung wusste wenig darüber, welche Angebote welche Familien tatsächlich erreichen.",
            "The administration knew little about which services actually reached which families.",
        ),
        (
            "Anlass war eine Debatte im Kreistag über die Zahl der Jugendlichen ohne Abschluss.",
            "The occasion was a debate in the district council about the number of young people "
            "without a qualification.",
        ),
        (
            "Träger, Schulen und Vereine wünschten sich eine Stelle, die den Überblick behält.",
            "Providers, schools and associations wanted a unit that keeps track of everything.",
        ),
    ],
    ("Ziele", "Goals"): [
        (
            "Die Kommune wollte ihre Angebote zum Thema {topic_de} entlang der Lebensphasen ordnen.",
            "The municipality wanted to arrange its services on {topic_en} along the phases of life.",
        ),
        (
            "Entscheidungen sollten sich auf Daten stützen und regelmäßig überprüft werden.",
            "Decisions were to rest on data and to be reviewed regularly.",
        ),
        (
            "Alle Beteiligten sollten gemeinsame Ziele vereinbaren und ihre Beiträge sichtbar machen.",
            "Everyone involved was to agree on shared goals and make their contributions visible.",
        ),
        (
            "Übergänge zwischen Kita, Schule und Ausbildung sollten für die Kinder und Jugendlichen leichter werden.",
            "Transitions between day care, school and training were to become easier for children and young people.",
        ),
        (
            "Die Arbeit sollte über die Förderung hinaus dauerhaft in der Verwaltung verankert werden.",
            "The work was to be anchored in the administration for good, beyond the funding.",
        ),
    ],
    ("Vorgehen", "Approach"): [
        (
            "Im Jahr {start} richtete die Verwaltung eine Koordinierungsstelle ein.",
            "In {start} the administration set up a coordination unit.",
        ),
        (
            "Eine Steuerungsgruppe aus Amtsleitungen traf sich alle zwei Monate.",
            "A steering group of heads of office met every two months.",
        ),
        (
            "Das Team stellte Daten aus Schulstatistik, Jugendhilfe und Arbeitsagentur zusammen.",
            "The team compiled data from school statistics, youth welfare and the employment agency.",
        ),
        (
            "Gemeinsam mit {partner} wurden Arbeitsgruppen zu einzelnen Lebensphasen gebildet.",
            "Together with {partner}, working groups on individual phases of life were formed.",
        ),
        (
            "Eine jährliche Konferenz brachte Schulen, Träger, Wirtschaft und Verwaltung zusammen.",
            "An annual conference brought schools, providers, business and the administration together.",
        ),
        (
            "Die Ergebnisse der Arbeitsgruppen gingen als Empfehlungen an den zuständigen Ausschuss.",
            "The results of the working groups went to the responsible committee as recommendations.",
        ),
        (
            "Für neue Projekte prüfte die Koordinierungsstelle zuerst, was es schon gab.",
            "For new projects, the coordination unit first checked what already existed.",
        ),
    ],
    ("Ressourcen", "Resources"): [
        (
            "Die Quellen nennen weder Stellen noch Budget.",
            "The sources give no figures on posts or budget.",
        ),
    ],
    ("Ergebnisse", "Results"): [
        (
            "Ein erster Bericht zeigte, wo Angebote fehlten und wo sie sich doppelten.",
            "A first report showed where services were missing and where they overlapped.",
        ),
        (
            "Die Ämter stimmen ihre Planungen seitdem in festen Runden ab.",
            "Since then, the offices have coordinated their planning in regular meetings.",
        ),
        (
            "Für das Thema {topic_de} entstand ein gemeinsames Leitbild aller Beteiligten.",
            "For {topic_en}, everyone involved developed a shared mission statement.",
        ),
        (
            "Der Ausschuss beschloss, die Koordinierungsstelle in den Stellenplan zu übernehmen.",
            "The committee decided to include the coordination unit in the establishment plan.",
        ),
        (
            "Die Zusammenarbeit mit {partner} wurde in einer Vereinbarung festgehalten.",
            "The cooperation with {partner} was recorded in an agreement.",
        ),
        (
            "Andere Kommunen in {land_de} fragten nach den Erfahrungen und Materialien.",
            "Other municipalities in {land_en} asked about the experience and materials.",
        ),
    ],
    ("Stolpersteine", "Pitfalls"): [
        (
            "Schwierigkeiten nennen die Quellen nicht.",
            "The sources name no difficulties.",
        ),
    ],
    ("Übertragbarkeit", "Transferability"): [
        (
            "Die Quellen erörtern nicht, wie andere Kommunen das Vorgehen übernehmen können.",
            "The sources do not discuss how other municipalities could adopt the approach.",
        ),
    ],
}
PARTNERS = ["der Volkshochschule", "dem Jobcenter", "den freien Trägern", "der Handwerkskammer", "den Schulen"]
PARTNERS_EN = [
    "the adult education centre",
    "the job centre",
    "the independent providers",
    "the chamber of crafts",
    "the schools",
]
NAMES = ["Musterkreis", "Beispielstadt", "Modellkreis", "Neustadt am Muster", "Probekreis", "Testhausen"]
# About as many places as Germany has districts and district-free cities (401), each in its Land's bounds.
_PLACES_RNG = random.Random(401)
PLACES = {
    code: [
        (round(_PLACES_RNG.uniform(south + 0.1, north - 0.1), 2), round(_PLACES_RNG.uniform(west + 0.1, east - 0.1), 2))
        for _ in range(25)
    ]
    for code in VOCABULARY.laender
    for south, west, north, east in [land_bounds(code)]
}
TYPES = ["landkreis", "kreisfreie-stadt", "kreisangehoerige-gemeinde", "verbund", "land", "bezirk"]


def case_files(number: int, rng: random.Random, baustein_slugs: list[str]) -> tuple[str, str, str | None]:
    """Slug, German and (mostly) English text of one synthetic case."""
    slug = f"synthetisch-{number:05d}"
    laender = list(VOCABULARY.laender)
    land = laender[number % len(laender)]  # every Land, evenly
    regions = []
    for extra in range(1 + (rng.random() < 0.2)):
        kind = TYPES[(number + extra) % len(TYPES)]
        here = land if not extra else rng.choice(laender)
        region = f"  - land: {here}\n    type: {kind}\n"
        if kind != "land":
            region += f"    name: {rng.choice(NAMES)} {number:05d}\n"
            lat, lon = rng.choice(PLACES[here])
            region += f"    location: {{lat: {lat}, lon: {lon}, source: https://example.org/ort/{number}}}\n"
        if kind not in ("land", "verbund"):
            people = rng.choice((8_000, 35_000, 70_000, 150_000, 250_000, 650_000)) + rng.randrange(5_000)
            region += f"    population: {{count: {people}, as_of: 2023-12-31, source: https://example.org/statistik/{number}}}\n"
        regions.append(region)
    topics = rng.sample(list(VOCABULARY.topics), rng.randint(1, 3))
    phases = rng.sample(list(VOCABULARY.life_phases), rng.randint(1, 3))
    bausteine = rng.sample(baustein_slugs, rng.randint(1, 3))
    start = rng.randint(2009, 2024)
    end = f"\n  end: {start + rng.randint(1, 4)}" if rng.random() < 0.4 else ""
    programme = rng.choice(list(VOCABULARY.programmes))
    status = rng.choice(list(VOCABULARY.statuses))
    updated = datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randint(0, 690))
    partner = rng.randrange(len(PARTNERS))
    values = {
        "place": f"{NAMES[number % len(NAMES)]} {number:05d}",
        "people": f"{rng.randint(20, 400)}.000",
        "land_de": VOCABULARY.laender[land].de,
        "land_en": VOCABULARY.laender[land].en,
        "topic_de": VOCABULARY.topics[topics[0]].de,
        "topic_en": VOCABULARY.topics[topics[0]].en,
        "start": start,
        "partner": PARTNERS[partner],
    }
    values_en = {**values, "people": str(values["people"]).replace(".", ","), "partner": PARTNERS_EN[partner]}
    body_de, body_en = [], []
    for (head_de, head_en), pairs in SECTIONS.items():
        chosen = [pairs[i] for i in sorted(rng.sample(range(len(pairs)), k=min(len(pairs), 5)))] * 2
        body_de.append(f"## {head_de}\n\n" + " ".join(de.format(**values) for de, _ in chosen))
        body_en.append(f"## {head_en}\n\n" + " ".join(en.format(**values_en) for _, en in chosen))
    title_de = f"{values['place']}: {VOCABULARY.topics[topics[0]].de} gemeinsam steuern"
    summary_de = (
        f"Synthetisches Beispiel {number} für Messungen: {values['place']} ordnet seine Angebote "
        f"zum Thema {values['topic_de']}."
    )
    german = (
        f'---\ntitle: "{title_de}"\nsummary: "{summary_de}"\nregions:\n{"".join(regions)}'
        f"topics: [{', '.join(topics)}]\nlife_phases: [{', '.join(phases)}]\n"
        f"bausteine: [{', '.join(bausteine)}]\nprogramme: {programme}\nperiod:\n  start: {start}{end}\n"
        f"status: {status}\nsources:\n  - title: Synthetische Quelle {number}\n    url: https://example.org/quelle/{number}\n"
        f"updated: {updated.isoformat()}\n---\n\n" + "\n\n".join(body_de) + "\n"
    )
    if rng.random() < 0.1:
        return slug, german, None
    english = (
        f'---\ntitle: "{values["place"]}: steering {str(values["topic_en"]).lower()} together"\n'
        f'summary: "Synthetic example {number} for measurements: {values["place"]} arranges its services '
        f'on {values["topic_en"]}."\n'
        "---\n\n" + "\n\n".join(body_en) + "\n"
    )
    return slug, german, english


def make_corpus(cases: int, out: Path, seed: int = 1) -> Path:
    if out.exists():
        shutil.rmtree(out)
    copy_sources(ROOT, out)
    rng = random.Random(seed)
    slugs = sorted(p.name.removesuffix(".de.md") for p in (ROOT / BAUSTEIN.source_folder).glob("*.de.md"))
    folder = out / PRAXISBEISPIEL.source_folder
    for number in range(1, cases + 1):
        slug, german, english = case_files(number, rng, slugs)
        (folder / f"{slug}.de.md").write_text(german, encoding="utf-8")
        if english:
            (folder / f"{slug}.en.md").write_text(english, encoding="utf-8")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, required=True, help="synthetic cases per language")
    parser.add_argument("--out", type=Path, required=True, help="folder for the copy (replaced if it exists)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    out = make_corpus(args.cases, args.out.resolve(), args.seed)
    print(f"wrote a copy of the site with {args.cases} synthetic cases to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The proposal form for a new case on GitHub, and the way back: a submitted form becomes a page pair.

One declaration, FIELDS, says which form field fills which part of a case: the form is written from it
(scripts/issue_form.py writes .github/ISSUE_TEMPLATE/praxisbeispiel.yml), and a submitted form is read
by it (scripts/from_issue.py). Choices come from the vocabularies and the Bausteine, so the form never
offers a value the site does not know. GitHub shows a submitted form as `### Label`, a blank line and the
value (`_No response_` when empty, `- [X] Option` for a ticked box); that is what `read_issue` reads.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import yaml

from .page_types import PRAXISBEISPIEL
from .slugs import slugify
from .vocabulary import Vocabulary

FORM_FILE = ".github/ISSUE_TEMPLATE/praxisbeispiel.yml"
NO_RESPONSE = "_No response_"
LICENCE = "Ich stelle meinen Text unter die Lizenz CC BY 4.0 und habe keine Sätze aus Quellen übernommen."

Options = Callable[[Vocabulary, Mapping[str, str]], dict[str, str]]  # key -> label, in the form's order


def _vocabulary(kind: str, leave_out: tuple[str, ...] = ()) -> Options:
    def options(vocabulary: Vocabulary, bausteine: Mapping[str, str]) -> dict[str, str]:
        terms = getattr(vocabulary, kind)
        return {key: terms[key].label("de") for key in terms if key not in leave_out}

    return options


def _bausteine(vocabulary: Vocabulary, bausteine: Mapping[str, str]) -> dict[str, str]:
    return dict(bausteine)


@dataclass(frozen=True)
class Field:
    id: str
    label: str
    kind: str  # input, textarea, dropdown, checkboxes
    description: str
    target: str  # the case's field it fills (a dotted path, or "section:<German heading>")
    example: str = ""
    required: bool = False
    options: Options | None = None


def _section(heading: str, description: str, example: str) -> Field:
    return Field(slugify(heading), heading, "textarea", description, f"section:{heading}", example, required=True)


SECTION_HELP = {
    "Ausgangslage": ("Wie war die Lage vor Ort, bevor es losging? Was war der Anlass?", "Der Landkreis hat …"),
    "Ziele": ("Was sollte erreicht werden?", "- Übergänge von der Kita in die Schule erleichtern"),
    "Vorgehen": ("Wer hat was wann mit wem getan? Gremien, Vereinbarungen, Formate.", "2019 beschloss der Kreistag …"),
    "Ressourcen": (
        "Stellen, Budget, Förderung und ihr Anteil, Zeit. Schweigen Ihre Quellen, schreiben Sie das in einem Satz.",
        "Eine Vollzeitstelle, zur Hälfte aus „Bildungskommunen“ gefördert.",
    ),
    "Ergebnisse": ("Was ist daraus geworden? Nur, was Ihre Quellen belegen.", "Seit 2021 erscheint jährlich …"),
    "Stolpersteine": ("Was war schwierig? Sonst: „Die Quellen nennen keine.“", "Die Stelle war lange unbesetzt."),
    "Übertragbarkeit": (
        "Was braucht eine andere Kommune, um es zu übernehmen? Sonst: „Die Quellen erörtern das nicht.“",
        "Einen Beschluss des Kreistags und eine feste Stelle.",
    ),
}

FIELDS: tuple[Field, ...] = (
    Field(
        "titel",
        "Titel",
        "input",
        "Kurz und konkret, mit dem Ort.",
        "title",
        "Landkreis Börde: Bildungskonferenz",
        required=True,
    ),
    Field(
        "zusammenfassung",
        "Zusammenfassung",
        "textarea",
        "Ein oder zwei Sätze: Wer hat was wann mit welchem Ziel getan? Höchstens 400 Zeichen.",
        "summary",
        "Der Landkreis Börde lädt seit 2019 jährlich zur Bildungskonferenz ein …",
        required=True,
    ),
    Field(
        "kommune",
        "Kommune",
        "input",
        "Name ohne „Landkreis“ oder „Stadt“ davor.",
        "regions.name",
        "Börde",
        required=True,
    ),
    Field(
        "land",
        "Land",
        "dropdown",
        "Das Land, in dem die Kommune liegt.",
        "regions.land",
        required=True,
        options=_vocabulary("laender"),
    ),
    Field(
        "art",
        "Art der Kommune",
        "dropdown",
        "Ein Bezirk oder Stadtteil von Berlin, Hamburg oder Bremen zählt als „Bezirk oder Stadtteil eines "
        "Stadtstaats“.",
        "regions.type",
        required=True,
        options=_vocabulary("municipality_types", leave_out=("ausland",)),
    ),
    Field(
        "gemeindeschluessel",
        "Amtlicher Gemeindeschlüssel (optional)",
        "input",
        "5 Ziffern für einen Kreis, 8 für eine Stadt oder Gemeinde.",
        "regions.ags",
        "15083",
    ),
    Field(
        "einwohner",
        "Einwohnerzahl (optional)",
        "input",
        "Aus einer amtlichen Quelle (Statistisches Landesamt oder die eigene Verwaltung): Zahl | Stichtag | "
        "Adresse der Quelle. Daraus ergibt sich die Größenklasse, nach der andere Kommunen suchen.",
        "regions.population",
        "170984 | 31.12.2023 | https://www.stala.sachsen-anhalt.de/…",
    ),
    Field(
        "koordinaten",
        "Koordinaten (optional)",
        "input",
        "Breite, Länge in Dezimalgrad | Adresse der Quelle: der Punkt auf der Karte.",
        "regions.location",
        "52.29, 11.41 | https://de.wikipedia.org/wiki/Landkreis_Börde",
    ),
    Field(
        "beginn",
        "Beginn (Jahr)",
        "input",
        "Das Jahr, in dem es begann, wenn eine Quelle es nennt.",
        "period.start",
        "2019",
    ),
    Field("ende", "Ende (Jahr, optional)", "input", "Leer lassen, solange es läuft.", "period.end", "2022"),
    Field(
        "status",
        "Stand",
        "dropdown",
        "Läuft es noch, ist es abgeschlossen oder dauerhaft verankert?",
        "status",
        required=True,
        options=_vocabulary("statuses"),
    ),
    Field("themen", "Themen", "checkboxes", "Mindestens eines.", "topics", options=_vocabulary("topics")),
    Field(
        "lebensphasen",
        "Lebensphasen",
        "checkboxes",
        "Mindestens eine.",
        "life_phases",
        options=_vocabulary("life_phases"),
    ),
    Field(
        "bausteine",
        "Bausteine",
        "checkboxes",
        "Welche Bausteine zeigt das Beispiel? Mindestens einer.",
        "bausteine",
        options=_bausteine,
    ),
    Field(
        "programm",
        "Förderprogramm (optional)",
        "dropdown",
        "Der Rahmen der Arbeit, wenn eine Quelle ihn nennt.",
        "programme",
        options=_vocabulary("programmes"),
    ),
    Field(
        "partner",
        "Beteiligte Organisationen (optional)",
        "textarea",
        "Eine Organisation je Zeile, keine Privatpersonen; nach einem | ihre Webseite.",
        "partners",
        "Transferagentur Mitteldeutschland | https://www.transmit.de/",
    ),
    Field(
        "quellen",
        "Quellen",
        "textarea",
        "Eine Quelle je Zeile: Titel (Herausgeber, Jahr) | https://… Jede Angabe muss in einer Quelle stehen.",
        "sources",
        "Pressemitteilung zur Bildungskonferenz (Landkreis Börde, 2019) | https://www.boerdekreis.de/…",
        required=True,
    ),
    *(_section(heading, *SECTION_HELP[heading]) for heading in PRAXISBEISPIEL.sections["de"].required),
    Field(
        "titel-en",
        "English title (optional)",
        "input",
        "Only if you also write the English text.",
        "en:title",
        "Landkreis Börde: education conference",
    ),
    Field(
        "zusammenfassung-en",
        "English summary (optional)",
        "textarea",
        "The German summary in English.",
        "en:summary",
        "Since 2019 the district of Börde has invited …",
    ),
    Field(
        "text-en",
        "English text (optional)",
        "textarea",
        "The whole text with the headings ## Starting point, ## Goals, ## Approach, ## Resources, ## Results, "
        "## Pitfalls, ## Transferability.",
        "en:body",
    ),
    Field(
        "lizenz",
        "Lizenz",
        "checkboxes",
        "Das Portal veröffentlicht alle Texte unter CC BY 4.0.",
        "licence",
        required=True,
        options=lambda v, b: {"ja": LICENCE},
    ),
)
BY_LABEL = {f.label: f for f in FIELDS}


def issue_form(vocabulary: Vocabulary, bausteine: Mapping[str, str]) -> str:
    """The form as GitHub reads it from .github/ISSUE_TEMPLATE/ (YAML)."""
    body: list[dict[str, object]] = [
        {
            "type": "markdown",
            "attributes": {
                "value": (
                    "Danke! Füllen Sie die Felder aus, so gut Ihre Quellen es erlauben. Eine Prüfung liest das "
                    "Formular gleich nach dem Absenden: Fehlt etwas, schreibt sie es hier als Kommentar, und Sie "
                    "können die Angaben bearbeiten. Sonst entsteht ein Entwurf für die Redaktion.\n\n"
                    "Bitte nennen Sie keine persönlichen Kontaktdaten Dritter, und schreiben Sie in eigenen "
                    "Worten.\n\n"
                    "<!-- Dieses Formular erzeugt scripts/issue_form.py aus den Vokabularen; nicht von Hand ändern. -->"
                )
            },
        },
    ]
    for declared in FIELDS:
        attributes: dict[str, object] = {"label": declared.label}
        if declared.description:
            attributes["description"] = declared.description
        if declared.kind in ("input", "textarea") and declared.example:
            attributes["placeholder"] = declared.example
        if declared.options is not None:
            labels = list(declared.options(vocabulary, bausteine).values())
            if declared.kind == "dropdown":
                attributes["options"] = labels
            else:
                attributes["options"] = [{"label": label, "required": declared.required} for label in labels]
        item: dict[str, object] = {"type": declared.kind, "id": declared.id, "attributes": attributes}
        if declared.required and declared.kind != "checkboxes":
            item["validations"] = {"required": True}
        body.append(item)
    form = {
        "name": "Praxisbeispiel beitragen",
        "description": "Ein Beispiel mit allen Angaben: Es wird geprüft und als Entwurf für die Redaktion angelegt.",
        "title": "Praxisbeispiel: ",
        "labels": ["Praxisbeispiel (Formular)"],
        "body": body,
    }
    return yaml.safe_dump(form, allow_unicode=True, sort_keys=False, width=1000)


@dataclass
class Submitted:
    """A submitted form: each known field's text, and the headings that name no field of this form."""

    values: dict[str, str] = field(default_factory=dict)
    unknown: list[str] = field(default_factory=list)


_HEADING = re.compile(r"^### (.+?)\s*$", re.M)


def read_issue(body: str) -> Submitted:
    """The fields of an issue body as GitHub renders a submitted form (in any order)."""
    found = Submitted()
    parts = _HEADING.split(body.replace("\r\n", "\n"))
    for label, value in zip(parts[1::2], parts[2::2], strict=False):
        text = value.strip()
        if text == NO_RESPONSE:
            text = ""
        if label in BY_LABEL:
            found.values[BY_LABEL[label].id] = text
        else:
            found.unknown.append(label)
    return found


@dataclass
class Draft:
    slug: str
    german: str
    english: str | None
    problems: list[tuple[str, str]]  # (form label, message) found before the pages could be written
    labels: dict[int, str]  # line of the German file -> the label of the field it came from
    labels_en: dict[int, str]


def _ticked(text: str, options: dict[str, str]) -> tuple[list[str], list[str]]:
    """The keys of the ticked boxes, and the ticked labels the form does not offer."""
    by_label = {label: key for key, label in options.items()}
    keys, unknown = [], []
    for match in re.finditer(r"^- \[[xX]\] (.+?)\s*$", text, re.M):
        label = match.group(1)
        if label in by_label:
            keys.append(by_label[label])
        else:
            unknown.append(label)
    return keys, unknown


def _lines(text: str) -> list[tuple[str, str]]:
    """'Name | address' lines as (name, address); address empty where none is given."""
    pairs = []
    for line in text.splitlines():
        line = line.strip().lstrip("-*").strip()
        if line:
            name, _, address = line.partition("|")
            pairs.append((name.strip(), address.strip()))
    return pairs


def _population(value: str) -> tuple[dict[str, object], str | None]:
    """'170.984 | 31.12.2023 | https://…' as a region's population; the models check the rest."""
    parts = [part.strip() for part in value.split("|")]
    example = "Bitte so: Zahl | Stichtag | Adresse der Quelle, etwa „170984 | 31.12.2023 | https://…“."
    if len(parts) != 3:
        return {}, example
    count, day, source = parts
    if not re.fullmatch(r"\d{1,3}(?:[.\s]?\d{3})*", count):
        return {}, f"„{count}“ ist keine Einwohnerzahl. {example}"
    german = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", day)
    try:
        as_of = (
            datetime.date(int(german[3]), int(german[2]), int(german[1]))
            if german
            else datetime.date.fromisoformat(day)
        )
    except ValueError:
        return {}, f"„{day}“ ist kein Datum: Bitte den Stichtag als 31.12.2023 angeben."
    return {"count": int(re.sub(r"\D", "", count)), "as_of": as_of, "source": source}, None


def _location(value: str) -> tuple[dict[str, object], str | None]:
    """'52.29, 11.41 | https://…' as a region's location; the models check the rest."""
    place, _, source = (part.strip() for part in value.partition("|"))
    numbers = re.fullmatch(r"(-?\d{1,3}(?:\.\d+)?)\s*[,;\s]\s*(-?\d{1,3}(?:\.\d+)?)", place)
    if not numbers or not source:
        return {}, "Bitte so: Breite, Länge | Adresse der Quelle, etwa „52.29, 11.41 | https://…“ (mit Punkt)."
    return {"lat": float(numbers[1]), "lon": float(numbers[2]), "source": source}, None


def draft(submitted: Submitted, vocabulary: Vocabulary, bausteine: Mapping[str, str], today: datetime.date) -> Draft:
    """The page pair a submitted form describes; ``problems`` holds what cannot become a page at all."""
    problems: list[tuple[str, str]] = []
    values = submitted.values
    by_id = {f.id: f for f in FIELDS}

    def text(field_id: str) -> str:
        return values.get(field_id, "")

    def choice(field_id: str) -> str | None:
        declared = by_id[field_id]
        options = declared.options(vocabulary, bausteine) if declared.options else {}
        chosen = text(field_id)
        if not chosen or chosen == "None":
            return None
        for key, label in options.items():
            if chosen == label:
                return key
        problems.append((declared.label, f"„{chosen}“ steht nicht zur Auswahl. Möglich: {', '.join(options.values())}"))
        return None

    for declared in FIELDS:
        if declared.required and declared.kind != "checkboxes" and not text(declared.id):
            problems.append((declared.label, "Bitte ausfüllen: Dieses Feld ist nötig."))
    meta: dict[str, object] = {"title": text("titel"), "summary": " ".join(text("zusammenfassung").split())}
    region: dict[str, object] = {"land": choice("land"), "type": choice("art")}
    if region["type"] != "land":
        region["name"] = text("kommune")
    if text("gemeindeschluessel"):
        region["ags"] = text("gemeindeschluessel")
    for field_id, key, read in (("einwohner", "population", _population), ("koordinaten", "location", _location)):
        if text(field_id):
            value, problem = read(text(field_id))
            if problem:
                problems.append((by_id[field_id].label, problem))
            else:
                region[key] = value
    meta["regions"] = [region]
    for field_id, key in (("themen", "topics"), ("lebensphasen", "life_phases"), ("bausteine", "bausteine")):
        declared = by_id[field_id]
        ticked, unknown = _ticked(text(field_id), declared.options(vocabulary, bausteine) if declared.options else {})
        meta[key] = ticked
        problems += [(declared.label, f"„{label}“ steht nicht zur Auswahl") for label in unknown]
    programme = choice("programm")
    if programme:
        meta["programme"] = programme
    period: dict[str, object] = {}
    for field_id, key in (("beginn", "start"), ("ende", "end")):
        year = text(field_id)
        if year:
            if re.fullmatch(r"\d{4}", year):
                period[key] = int(year)
            else:
                problems.append(
                    (by_id[field_id].label, f"„{year}“ ist keine Jahreszahl: Bitte vier Ziffern, etwa 2019.")
                )
    if period:
        meta["period"] = period
    meta["status"] = choice("status")
    meta["partners"] = [{"name": n, **({"url": a} if a else {})} for n, a in _lines(text("partner"))]
    meta["sources"] = [{"title": n, "url": a} for n, a in _lines(text("quellen"))]
    meta["updated"] = today
    if not _ticked(text("lizenz"), {"ja": LICENCE})[0]:
        problems.append((by_id["lizenz"].label, "Bitte bestätigen Sie die Lizenz (CC BY 4.0) mit einem Haken."))

    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    german, labels = _page(front, [(f.label, text(f.id)) for f in FIELDS if f.target.startswith("section:")])
    labels.update(_front_labels(front))
    english, labels_en = None, {}
    if text("titel-en"):
        en_front = yaml.safe_dump(
            {"title": text("titel-en"), "summary": " ".join(text("zusammenfassung-en").split())},
            allow_unicode=True,
            sort_keys=False,
            width=1000,
        )
        english = f"---\n{en_front}---\n\n{text('text-en').strip()}\n"
        labels_en = dict.fromkeys(range(1, english.count("\n") + 2), by_id["text-en"].label)
    return Draft(slugify(text("titel")) or "praxisbeispiel", german, english, problems, labels, labels_en)


def _page(front: str, sections: list[tuple[str, str]]) -> tuple[str, dict[int, str]]:
    """The German file, and for each of its body lines the section field it came from."""
    lines = ["---", *front.rstrip("\n").split("\n"), "---", ""]
    labels: dict[int, str] = {}
    for heading, body in sections:
        start = len(lines) + 1
        lines += [f"## {heading}", "", *body.strip().split("\n"), ""]
        for number in range(start, len(lines) + 1):
            labels[number] = heading
    return "\n".join(lines), labels


def _label_of_target(path: str) -> str | None:
    """The label of the form field that fills ``path`` ('regions.land'), or of the first one that fills a
    part of it ('period' -> 'Beginn (Jahr)'), from FIELDS."""
    for declared in FIELDS:
        if declared.target == path or declared.target.startswith(path + "."):
            return declared.label
    return None


def _front_labels(front: str) -> dict[int, str]:
    """For each line of the front matter (file line 2 on), the form label of the field it belongs to."""
    labels, current = {}, "Titel"
    for number, line in enumerate(front.split("\n"), start=2):
        found = None if line.startswith(" ") else _label_of_target(line.split(":", 1)[0])
        current = found or current
        labels[number] = current
    return labels


def label_of(field_name: str, line: int | None, line_labels: Mapping[int, str]) -> str:
    """The form label a validator problem belongs to: by its field, else by the line it points at."""
    path = re.sub(r"\[\d+\]", "", field_name)  # 'regions[0].land' -> 'regions.land'
    parts = path.split(".")
    # The longest part of the path a field fills: 'regions.population.count' -> 'Einwohnerzahl (optional)'.
    for end in range(len(parts), 0, -1):
        found = _label_of_target(".".join(parts[:end]))
        if found:
            return found
    if line is not None and line in line_labels:
        return line_labels[line]
    return "Formular"

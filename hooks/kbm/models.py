"""The front matter of each page type, declared once.

The models validate content files, generate the JSON Schema editors use for autocompletion, and
document every field. Controlled values come from a vocabulary (vocabularies.yaml) that the caller
passes in: ``Model.model_validate(data, context=vocabulary_context(vocabulary))``.
"""

from __future__ import annotations

import datetime
from typing import Annotated, Any, Literal, TypeVar, cast

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationInfo,
    create_model,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from .geo import land_bounds
from .problems import did_you_mean
from .slugs import SLUG_RULE
from .vocabulary import Vocabulary, countries
from .web_address import web_address

# Names of the vocabularies as a contributor reads them in an error message.
KIND_NAMES = {
    "topics": "topic",
    "life_phases": "life phase",
    "laender": "Land code",
    "municipality_types": "type of municipality",
    "programmes": "programme",
    "statuses": "status",
}
# The JSON Schema marks a controlled field with its vocabulary; schemas.py lists the keys there.
VOCABULARY_KEY = "x-vocabulary"


def vocabulary_context(vocabulary: Vocabulary) -> dict[str, Vocabulary]:
    """The validation context every model needs: the vocabulary its controlled fields are checked against."""
    return {"vocabulary": vocabulary}


def vocabulary_of(info: ValidationInfo) -> Vocabulary:
    context = info.context or {}
    if "vocabulary" not in context:
        raise TypeError(
            "validate with context=vocabulary_context(vocabulary): the models take no vocabulary of their own"
        )
    vocabulary: Vocabulary = context["vocabulary"]
    return vocabulary


def _key_of(kind: str) -> AfterValidator:
    """The check that a string is a key of one vocabulary, with a hint where the label was written instead."""

    def check(value: str, info: ValidationInfo) -> str:
        terms = getattr(vocabulary_of(info), kind)
        if value not in terms:
            keys = list(terms)
            # A contributor may write the label ("Sachsen-Anhalt") where the key ("DE-ST") belongs.
            by_label = {label.casefold(): key for key, term in terms.items() for label in (term.de, term.en)}
            key = by_label.get(value.casefold())
            hint = f" Did you mean '{key}' ({terms[key].de})?" if key else did_you_mean(value, keys)
            raise PydanticCustomError(
                "unknown_value",
                "unknown {kind} '{value}'.{hint} Allowed: {allowed}",
                {"kind": KIND_NAMES[kind], "value": value, "hint": hint, "allowed": ", ".join(keys)},
            )
        return value

    return AfterValidator(check)


def _listed(kind: str, description: str) -> Any:
    # The JSON Schema lists the vocabulary's keys here (schemas.py).
    return Field(description=description, json_schema_extra={VOCABULARY_KEY: kind})


# Strings that must be a key of one vocabulary.
LandKey = Annotated[str, _key_of("laender"), _listed("laender", "ISO 3166-2 code of the German Land, e.g. DE-ST")]
MunicipalityType = Annotated[
    str, _key_of("municipality_types"), _listed("municipality_types", "Type of municipality or region")
]
Topic = Annotated[str, _key_of("topics"), _listed("topics", "Topic (key of the topics vocabulary)")]
LifePhase = Annotated[str, _key_of("life_phases"), _listed("life_phases", "Life phase")]
Programme = Annotated[str, _key_of("programmes"), _listed("programmes", "Funding programme or frame")]
Status = Annotated[str, _key_of("statuses"), _listed("statuses", "State of the work")]


def _check_country(value: str) -> str:
    known = countries("en")
    if value == "DE":
        raise PydanticCustomError(
            "unknown_value", "'DE' is Germany: give a German region as 'land' (e.g. land: DE-ST)", {}
        )
    if value not in known:
        raise PydanticCustomError(
            "unknown_value",
            "unknown country code '{value}'.{hint} Allowed: a two-letter ISO 3166-1 code such as AT, FR, NL, PL",
            {"value": value, "hint": did_you_mean(value, known)},
        )
    return value


def _web_url(value: str) -> str:
    try:
        return web_address(value)
    except ValueError as error:
        raise PydanticCustomError("web_url", "{reason}", {"reason": str(error)}) from None


def _one_line(value: str) -> str:
    # Line breaks and runs of spaces in a header value mean nothing to a reader: one space is shown.
    return " ".join(value.split())


# The one type of every web address in the front matter: https only, checked and normalised once here.
WebUrl = Annotated[
    str,
    AfterValidator(_web_url),
    Field(
        description="A web address starting with https://", max_length=2000, json_schema_extra={"pattern": "^https://"}
    ),
]
Slug = Annotated[str, Field(pattern=f"^{SLUG_RULE}$")]
Year = Annotated[int, Field(ge=1949, le=2100)]
Text = Annotated[str, AfterValidator(_one_line), Field(min_length=1)]


def _name_only(value: Any) -> Any:
    # A partner may be written as a bare name.
    return {"name": value} if isinstance(value, str) else value


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Source(Strict):
    """A public document or page that backs the facts stated on the page."""

    title: Text = Field(description="Title of the page or document, with publisher and year where known")
    url: WebUrl


class Partner(Strict):
    """An organisation that took part (never a private person's contact data)."""

    name: Text = Field(description="Name of the organisation")
    url: WebUrl | None = Field(None, description="Its public web page")


class Population(Strict):
    """How many people live in a region, on a given day, by an official count."""

    count: int = Field(ge=1, le=20_000_000, strict=True, description="Number of inhabitants, e.g. 170984")
    as_of: datetime.date = Field(description="The day the count refers to (Stichtag), e.g. 2023-12-31")
    source: WebUrl = Field(
        description="The page that publishes the count: a statistical office or the municipality's own administration"
    )
    _size_class: str = PrivateAttr("")

    @model_validator(mode="after")
    def _classify(self, info: ValidationInfo) -> Population:
        self._size_class = vocabulary_of(info).size_class(self.count)
        return self

    @property
    def size_class(self) -> str:
        """The key of its size class (vocabularies.yaml), which follows from the count."""
        return self._size_class


class Location(Strict):
    """Where a region lies on the map: its centre, in decimal degrees (WGS 84)."""

    # strict: a quoted number or 'true' is a mistake, not a coordinate
    lat: float = Field(
        ge=-90, le=90, strict=True, allow_inf_nan=False, description="Latitude, e.g. 51.34 (north is positive)"
    )
    lon: float = Field(
        ge=-180, le=180, strict=True, allow_inf_nan=False, description="Longitude, e.g. 12.37 (east is positive)"
    )
    source: WebUrl = Field(description="The page that gives these coordinates")


class Region(Strict):
    """Where a case took place: a German Land (with district or municipality) or a place abroad."""

    land: LandKey | None = None
    country: Annotated[str, AfterValidator(_check_country)] | None = Field(
        None, description="For a place abroad: ISO 3166-1 alpha-2 country code, e.g. FR"
    )
    type: MunicipalityType
    name: Text | None = Field(None, description="Name of the district, city or municipality")
    ags: str | None = Field(
        None,
        description="Official municipal key (Amtlicher Gemeindeschlüssel): 5 digits for a district, "
        "8 for a city or municipality; it starts with the Land's two digits",
        pattern=r"^\d{5}(\d{3})?$",
    )
    population: Population | None = Field(None, description="Its number of inhabitants; sets its size class")
    location: Location | None = Field(None, description="Its coordinates, shown as a point on the regions map")

    @field_validator("type")
    @classmethod
    def _type_fits_place(cls, value: str, info: ValidationInfo) -> str:
        if info.data.get("country") and value != "ausland":
            raise PydanticCustomError(
                "place", "a region with 'country' has type 'ausland', not '{value}'", {"value": value}
            )
        if info.data.get("land") and value == "ausland":
            raise PydanticCustomError("place", "type 'ausland' goes with 'country', not with 'land'", {})
        return value

    @field_validator("ags")
    @classmethod
    def _ags_fits_land(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None:
            return value
        land, kind = info.data.get("land"), info.data.get("type")
        if info.data.get("country"):
            raise PydanticCustomError("ags", "only German regions have an AGS key: leave 'ags' out abroad", {})
        if not land:  # missing or invalid: reported on its own
            return value
        vocabulary = vocabulary_of(info)
        prefix = vocabulary.laender[land].ags or ""
        if not value.startswith(prefix):
            raise PydanticCustomError(
                "ags",
                "AGS key '{value}' does not belong to {land} ({name}): keys there start with '{prefix}'",
                {"value": value, "land": land, "name": vocabulary.laender[land].de, "prefix": prefix},
            )
        expected = {"landkreis": (5,), "kreisfreie-stadt": (5, 8), "kreisangehoerige-gemeinde": (8,)}
        if kind in expected and len(value) not in expected[kind]:
            digits = " or ".join(str(n) for n in expected[kind])
            raise PydanticCustomError(
                "ags",
                "a {kind} has an AGS key of {digits} digits, not {length}",
                {"kind": vocabulary.municipality_types[kind].de, "digits": digits, "length": len(value)},
            )
        if kind in ("land", "verbund"):
            raise PydanticCustomError("ags", "type '{kind}' has no AGS key: leave 'ags' out", {"kind": kind})
        if kind == "kreisfreie-stadt" and len(value) == 8 and not value.endswith("000"):
            raise PydanticCustomError("ags", "the 8-digit key of a kreisfreie Stadt ends in 000", {})
        return value

    @field_validator("location")
    @classmethod
    def _location_in_land(cls, value: Location | None, info: ValidationInfo) -> Location | None:
        land = info.data.get("land")
        if value is None or not land:  # abroad, or the Land is missing or invalid and reported on its own
            return value
        south, west, north, east = land_bounds(land)
        if not (south <= value.lat <= north and west <= value.lon <= east):
            swapped = " (are latitude and longitude swapped?)" if south <= value.lon <= north else ""
            raise PydanticCustomError(
                "location",
                "lat {lat}, lon {lon} lies outside {land}{swapped}: there latitudes run from {south} to "
                "{north} and longitudes from {west} to {east}",
                {
                    "lat": value.lat,
                    "lon": value.lon,
                    "land": land,
                    "swapped": swapped,
                    "south": round(south, 2),
                    "north": round(north, 2),
                    "west": round(west, 2),
                    "east": round(east, 2),
                },
            )
        return value

    @model_validator(mode="after")
    def _complete(self) -> Region:
        if bool(self.land) == bool(self.country):
            raise PydanticCustomError(
                "place",
                "give either 'land' (a German Land, e.g. land: DE-ST) or 'country' "
                "(abroad, e.g. country: FR), exactly one of them",
                {},
            )
        if self.type != "land" and not self.name:
            raise PydanticCustomError(
                "name", "a region of type '{kind}' needs a 'name' (only type 'land' goes without)", {"kind": self.type}
            )
        if self.population and self.type in ("land", "verbund"):
            raise PydanticCustomError(
                "population",
                "a region of type '{kind}' has no size class: give 'population' only for a district, city, "
                "municipality or borough",
                {"kind": self.type},
            )
        return self


# Fields that hold official keys rather than text (their digits are no phone number).
CODE_FIELDS = frozenset({"ags"})


class Period(Strict):
    """When it happened."""

    start: Year = Field(description="Year it started")
    end: Year | None = Field(None, description="Year it ended; leave out while it is running")

    @field_validator("end")
    @classmethod
    def _end_after_start(cls, value: int | None, info: ValidationInfo) -> int | None:
        start = info.data.get("start")
        if value is not None and start is not None and value < start:
            raise PydanticCustomError(
                "period", "ends in {end}, before it starts in {start}", {"end": value, "start": start}
            )
        return value


# ---- translatable text, stated in each language's file ------------------------------------------


class PageTexts(Strict):
    title: Text = Field(max_length=150, description="Title of the page")
    summary: Text = Field(
        max_length=400,
        description="One or two sentences: used on cards, in listings and as the page description",
    )


class BausteinTexts(PageTexts):
    self_assessment: list[Text] = Field(
        min_length=4,
        max_length=4,
        description="Selbsteinschätzung: what a municipality looks like at each of the four stages "
        "(Einstieg, Aufbau, Etabliert, Verstetigt), one sentence each",
    )


# ---- language-neutral facts, stated once in the German file -------------------------------------

Topics = list[Topic]
CONSENT = (
    "true only if every person whose e-mail address or phone number the page shows has agreed to "
    "its publication; otherwise name the organisation and link its public page"
)


class BausteinFacts(Strict):
    number: int = Field(ge=1, le=99, description="Position in the sequence of Bausteine")
    related: list[Slug] = Field([], description="Slugs of related Bausteine")
    topics: Topics = Field([], description="Topics the Baustein belongs to")
    sources: list[Source] = Field([], description="Public sources the guidance rests on")
    updated: datetime.date = Field(description="Date the content was last checked (YYYY-MM-DD), shown as „Stand“")
    contact_consent: bool = Field(False, description=CONSENT)


class CaseFacts(Strict):
    regions: list[Region] = Field(min_length=1, description="Where it happened; one or more")
    topics: Topics = Field(min_length=1, description="Topics of the case; one or more")
    life_phases: list[LifePhase] = Field(min_length=1, description="Life phases the case addresses")
    bausteine: list[Slug] = Field(min_length=1, description="Slugs of the Bausteine this case illustrates")
    programme: Programme | None = Field(
        None, description="Funding programme or frame of the work; leave out if none applies"
    )
    period: Period | None = Field(
        None,
        description="When it happened: 'start' year and, once it has ended, 'end' year; leave out if no source says",
    )
    status: Status
    partners: list[Annotated[Partner, BeforeValidator(_name_only)]] = Field(
        [], description="Organisations that took part"
    )
    sources: list[Source] = Field(min_length=1, description="Public sources for every fact stated; at least one")
    updated: datetime.date = Field(description="Date the content was last checked (YYYY-MM-DD), shown as „Stand“")
    contact_consent: bool = Field(False, description=CONSENT)


class Baustein(BausteinFacts, BausteinTexts):
    """Front matter of a Baustein (guidance module), German file: bausteine/<slug>.de.md."""


class Praxisbeispiel(CaseFacts, PageTexts):
    """Front matter of a Praxisbeispiel (practice example), German file: docs/praxisbeispiele/<slug>.de.md."""


class HandWrittenPage(Strict):
    """Front matter of a page written by hand below docs/ (start page, about, legal pages)."""

    title: Text = Field(max_length=150, description="Title of the page")
    description: Text = Field(max_length=400, description="One or two sentences for search engines and listings")
    hide: list[Literal["navigation", "toc", "footer"]] = Field([], description="Parts of the page layout to hide")
    contact_consent: bool = Field(False, description=CONSENT)


TextsT = TypeVar("TextsT", bound=Strict)


def translation_of(model: type[Strict], texts: type[TextsT], facts: type[Strict]) -> type[TextsT]:
    """The model of a page type's English file: its own texts; a neutral fact may be repeated but must equal
    the German one."""
    optional: dict[str, Any] = {
        name: (cast(Any, f.annotation) | None, Field(None, description=f.description))
        for name, f in facts.model_fields.items()
    }
    return create_model(
        f"{model.__name__}Translation",
        __base__=texts,
        __doc__=(
            f"Front matter of the English file of a {model.__name__}: translated texts only; "
            "language-neutral fields come from the German file."
        ),
        **optional,
    )

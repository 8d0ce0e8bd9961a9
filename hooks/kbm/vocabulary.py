"""The controlled vocabularies (vocabularies.yaml) with their German and English labels."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml
from babel import Locale
from pydantic import BaseModel, ConfigDict

from .languages import LANGUAGES  # noqa: F401  (the labels are given in each of them)

VOCABULARY_FILE = Path(__file__).with_name("vocabularies.yaml")


class Term(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    de: str
    en: str
    ags: str | None = None  # Länder only: first two digits of the municipal key
    years: str | None = None  # programmes only
    minimum: int | None = None  # size classes only: the smallest population in the class

    def label(self, lang: str) -> str:
        return getattr(self, lang)


class Vocabulary(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    topics: dict[str, Term]
    life_phases: dict[str, Term]
    laender: dict[str, Term]
    municipality_types: dict[str, Term]
    programmes: dict[str, Term]
    statuses: dict[str, Term]
    size_classes: dict[str, Term]

    def label(self, kind: str, key: str, lang: str) -> str:
        return getattr(self, kind)[key].label(lang)

    def size_class(self, population: int) -> str:
        """The key of the size class a number of inhabitants falls in."""
        fitting = [key for key, term in self.size_classes.items() if population >= (term.minimum or 0)]
        return max(fitting, key=lambda key: self.size_classes[key].minimum or 0)


@cache
def load_vocabulary(path: Path = VOCABULARY_FILE) -> Vocabulary:
    with open(path, encoding="utf-8") as handle:
        return Vocabulary.model_validate(yaml.safe_load(handle))


# Codes Babel knows as territories but that are no ISO 3166-1 countries.
_NOT_COUNTRIES = {"DE", "EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}


@cache
def countries(lang: str) -> dict[str, str]:
    """ISO 3166-1 alpha-2 codes of countries other than Germany, with their names in ``lang``."""
    codes = [
        c
        for c in Locale.parse("en").territories
        if isinstance(c, str) and len(c) == 2 and c.isalpha() and c not in _NOT_COUNTRIES
    ]
    names = Locale.parse(lang).territories
    return {code: names.get(code, code) for code in sorted(codes)}

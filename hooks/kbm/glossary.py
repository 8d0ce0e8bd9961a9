"""The German/English glossary of the field (glossary.yaml): one term per entry, both languages."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

GLOSSARY_FILE = Path(__file__).with_name("glossary.yaml")


class Term(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    de: str = Field(min_length=1, description="The German term")
    en: str = Field(min_length=1, description="Its English equivalent as this site uses it")
    de_text: str = Field(min_length=1, description="What it means, in German")
    en_text: str = Field(min_length=1, description="What it means, in English")

    def term(self, lang: str) -> str:
        return getattr(self, lang)

    def text(self, lang: str) -> str:
        return getattr(self, f"{lang}_text")


@cache
def load_glossary(path: Path = GLOSSARY_FILE) -> tuple[Term, ...]:
    with open(path, encoding="utf-8") as handle:
        return tuple(Term.model_validate(item) for item in yaml.safe_load(handle))


def sort_key(text: str) -> str:
    """Alphabetical order as a German reader expects it: ä with a, ß with ss."""
    folded = text.casefold()
    for char, plain in {"ä": "a", "ö": "o", "ü": "u", "ß": "ss"}.items():
        folded = folded.replace(char, plain)
    return folded

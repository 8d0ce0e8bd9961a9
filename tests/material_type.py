"""A throwaway page type for the tests: what adding a type takes is one declaration (see test_page_types.py)."""

from __future__ import annotations

import datetime

from pydantic import Field

import kbm.page_types
from kbm.models import PageTexts, Source, Strict, Topics
from kbm.page_types import PageType, Sections


class MaterialFacts(Strict):
    topics: Topics = Field([], description="Topics")
    sources: list[Source] = Field(min_length=1, description="Where the material comes from")
    updated: datetime.date = Field(description="Date the content was last checked")


class Material(MaterialFacts, PageTexts):
    """Front matter of a material (a handout, a checklist)."""


MATERIAL = PageType(
    kind="material",
    label={"de": "Arbeitshilfe", "en": "Working aid"},
    noun="working aid",
    plural="working aids",
    source_folder="materialien",
    site_folder="materialien",
    texts=PageTexts,
    facts=MaterialFacts,
    model=Material,
    sections={"de": Sections(("Inhalt",)), "en": Sections(("Contents",))},
)


def register() -> None:
    kbm.page_types.PAGE_TYPES = (*kbm.page_types.PAGE_TYPES, MATERIAL)

"""The collection: every Baustein and Praxisbeispiel, validated, with the groupings the listings need."""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from pydantic import BaseModel

from .addresses import entry_uri
from .languages import DEFAULT_LANGUAGE
from .models import Baustein, HandWrittenPage, PageTexts, Praxisbeispiel, Region
from .page_types import BAUSTEIN, PRAXISBEISPIEL, PageType
from .sources import ContentFile
from .vocabulary import Vocabulary

if TYPE_CHECKING:
    from .region_map import Point
    from .similar import Similar

FactsT = TypeVar("FactsT", bound=BaseModel)


@dataclass(frozen=True, eq=False)
class Entry(Generic[FactsT]):
    """One Baustein or Praxisbeispiel with its facts and its texts in each language it has."""

    page_type: PageType
    slug: str
    facts: FactsT  # the German file's front matter
    texts: dict[str, PageTexts]
    files: dict[str, ContentFile]

    @property
    def kind(self) -> str:
        return self.page_type.kind

    def text(self, lang: str) -> PageTexts:
        """Texts in ``lang``, or the German ones where the page is not translated yet."""
        return self.texts.get(lang, self.texts[DEFAULT_LANGUAGE])

    def is_translated(self, lang: str) -> bool:
        return lang in self.texts

    @property
    def src_uri(self) -> str:
        """Where the page sits in the built site's sources (links to it are written to this path)."""
        return entry_uri(self.page_type, self.slug)


Case = Entry[Praxisbeispiel]


@dataclass
class Collection:
    vocabulary: Vocabulary
    # Every entry by page type (its kind) and slug.
    entries: dict[str, dict[str, Entry]] = field(default_factory=dict)
    # The headers of the pages written by hand, by source path and language ('ueber.md', 'de').
    headers: dict[tuple[str, str], HandWrittenPage] = field(default_factory=dict)
    # Every page's text after its header, by file: what the build renders, whatever MkDocs makes of the header.
    bodies: dict[Path, str] = field(default_factory=dict)
    # The date each content file last changed in the version history, by its path from the project's root.
    changes: dict[str, datetime.date] = field(default_factory=dict)

    def of(self, page_type: PageType) -> dict[str, Entry]:
        return self.entries.setdefault(page_type.kind, {})

    @property
    def bausteine(self) -> dict[str, Entry[Baustein]]:
        return self.of(BAUSTEIN)

    @property
    def cases(self) -> dict[str, Case]:
        return self.of(PRAXISBEISPIEL)

    def all_entries(self) -> list[Entry]:
        return [entry for by_slug in self.entries.values() for entry in by_slug.values()]

    @cached_property
    def bausteine_in_order(self) -> list[Entry[Baustein]]:
        return sorted(self.bausteine.values(), key=lambda e: e.facts.number)

    @cached_property
    def cases_by_update(self) -> list[Case]:
        """Most recently checked first; the title breaks ties so the order is stable."""
        return sorted(self.cases.values(), key=lambda e: (-e.facts.updated.toordinal(), e.slug))

    @cached_property
    def newest_update(self) -> datetime.date:
        """The most recent „Stand“ of any page: the site's own date."""
        return max((e.facts.updated for e in self.all_entries()), default=datetime.date(2026, 1, 1))

    @cached_property
    def cases_by_topic(self) -> dict[str, list[Case]]:
        return _group(self.cases_by_update, lambda e: e.facts.topics)

    @cached_property
    def cases_by_programme(self) -> dict[str, list[Case]]:
        return _group(self.cases_by_update, lambda e: [e.facts.programme] if e.facts.programme else [])

    @cached_property
    def cases_by_life_phase(self) -> dict[str, list[Case]]:
        return _group(self.cases_by_update, lambda e: e.facts.life_phases)

    @cached_property
    def bausteine_by_topic(self) -> dict[str, list[Entry[Baustein]]]:
        return _group(self.bausteine_in_order, lambda e: e.facts.topics)

    @cached_property
    def map_points(self) -> list[Point]:
        """The located places as the regions map shows them (region_map.py), made once for every map."""
        from .region_map import points  # region_map.py reads the collection: it imports this module

        return points(self)

    @cached_property
    def similar(self) -> dict[str, list[Similar]]:
        """For each case, the cases most like it (similar.py), made once for every page that shows them."""
        from .similar import similar_cases  # similar.py reads these groupings: it imports this module

        return similar_cases(self)

    @cached_property
    def cases_by_baustein(self) -> dict[str, list[Case]]:
        return _group(self.cases_by_update, lambda e: e.facts.bausteine)

    @cached_property
    def places(self) -> dict[str, list[tuple[Region, Case]]]:
        """Land code (DE-ST) or country code (FR) -> the regions of cases there, with their case."""
        places: dict[str, list[tuple[Region, Case]]] = defaultdict(list)
        for entry in self.cases_by_update:
            for region in entry.facts.regions:
                places[region.land or region.country or ""].append((region, entry))
        return dict(places)


T = TypeVar("T")


def _group(entries: list[T], keys: Callable[[T], list[str]]) -> dict[str, list[T]]:
    groups: dict[str, list[T]] = defaultdict(list)
    for entry in entries:
        for key in dict.fromkeys(keys(entry)):
            groups[key].append(entry)
    return dict(groups)

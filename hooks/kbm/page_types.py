"""The page types written as content files, each declared once: what every other module asks about a type.

Adding a page type means one declaration here (with its models in models.py) plus its templates
(templates/<kind>.<lang>.md, and in pages.py what it shows around its text if more than its sources).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .languages import DEFAULT_LANGUAGE
from .models import Baustein, BausteinFacts, BausteinTexts, CaseFacts, PageTexts, Praxisbeispiel, Strict, translation_of

# Where the hand-written pages live; a type whose files are elsewhere is added to the site by the build.
DOCS = "docs"


@dataclass(frozen=True)
class Sections:
    """The H2 sections of one language's text: required ones in order, then the optional ones.

    ``optional`` None allows any other heading after the required ones.
    """

    required: tuple[str, ...]
    optional: tuple[str, ...] | None = None


@dataclass(frozen=True)
class PageType:
    kind: str  # its name in file checks, search filters ('typ') and page templates
    label: dict[str, str]  # its name as readers see it, by language
    noun: str  # its name in the contributors' messages ('a case's …')
    plural: str  # ('all cases')
    source_folder: str  # where its files are, from the project root: <slug>.de.md and <slug>.en.md
    site_folder: str  # where its pages are published: /<site_folder>/<slug>/
    texts: type[PageTexts]  # the fields each language's file states (at least a title and a summary)
    facts: type[Strict]  # the language-neutral fields, stated once in the German file
    model: type[PageTexts]  # the German file: facts and texts
    sections: dict[str, Sections]  # by language
    references: str | None = None  # a field that names Bausteine by slug
    paginated: bool = False  # its overview continues at /<site_folder>/seite/<n>/ (see addresses.py)
    translation: type[PageTexts] = field(init=False)  # the English file: texts; facts only as in the German one

    def __post_init__(self) -> None:
        object.__setattr__(self, "translation", translation_of(self.model, self.texts, self.facts))

    @property
    def text_fields(self) -> tuple[str, ...]:
        return tuple(self.texts.model_fields)

    @property
    def fact_fields(self) -> tuple[str, ...]:
        return tuple(self.facts.model_fields)

    @property
    def outside_docs(self) -> bool:
        """Whether its files live outside docs/, so that the build adds them to the site itself."""
        return not self.source_folder.startswith(DOCS + "/")

    def model_for(self, lang: str) -> type[PageTexts]:
        return self.model if lang == DEFAULT_LANGUAGE else self.translation


PRAXISBEISPIEL = PageType(
    kind="praxisbeispiel",
    label={"de": "Praxisbeispiel", "en": "Practice example"},
    noun="case",
    plural="cases",
    source_folder=f"{DOCS}/praxisbeispiele",
    site_folder="praxisbeispiele",
    texts=PageTexts,
    facts=CaseFacts,
    model=Praxisbeispiel,
    sections={
        "de": Sections(
            ("Ausgangslage", "Ziele", "Vorgehen", "Ressourcen", "Ergebnisse", "Stolpersteine", "Übertragbarkeit"), ()
        ),
        "en": Sections(
            ("Starting point", "Goals", "Approach", "Resources", "Results", "Pitfalls", "Transferability"), ()
        ),
    },
    references="bausteine",
    paginated=True,
)

BAUSTEIN = PageType(
    kind="baustein",
    label={"de": "Baustein", "en": "Baustein"},
    noun="Baustein",
    plural="Bausteine",
    source_folder="bausteine",
    site_folder="bausteine",
    texts=BausteinTexts,
    facts=BausteinFacts,
    model=Baustein,
    sections={"de": Sections(("Einleitung", "Umsetzung")), "en": Sections(("Introduction", "Implementation"))},
    references="related",
)

# In the order the Praxisfinder offers them.
PAGE_TYPES: tuple[PageType, ...] = (PRAXISBEISPIEL, BAUSTEIN)


def page_type(kind: str) -> PageType:
    """The declared type of this name; an unknown name is a programming error, never skipped."""
    for declared in PAGE_TYPES:
        if declared.kind == kind:
            return declared
    raise KeyError(f"no page type '{kind}': declared are {', '.join(t.kind for t in PAGE_TYPES)}")

"""Every address of the site, and links between them: the one place that knows where a page is published.

Pages are named by their source path ('themen/inklusion.md'). The site uses directory URLs
(`use_directory_urls: true`): `themen/inklusion.md` is served at `themen/inklusion/`, `themen/index.md`
at `themen/`. The same relative URL works in both languages, because the English site mirrors the
German one below `en/`. These addresses are a public contract: change none of them lightly.
"""

from __future__ import annotations

import posixpath
import re
from functools import lru_cache

from . import page_types
from .languages import DEFAULT_LANGUAGE, LANGUAGES
from .page_types import BAUSTEIN, PageType
from .slugs import SLUG_RULE

START = "index.md"
ABOUT = "ueber.md"
# The contributors' page: the ways in, the criteria, the review, the licence (/mitmachen/ in both languages).
CONTRIBUTE = "mitmachen.md"
# The programmes timeline, and the anchor of each programme's section on it (the same in both languages).
PROGRAMMES = "programme.md"
PROGRAMME_SECTIONS = {
    "lernen-vor-ort": "lernen-vor-ort",
    "transferinitiative": "transferinitiative",
    "bildung-integriert": "bildung-integriert",
    "koordinierung-neuzugewanderte": "koordinierung-neuzugewanderte",
    "bildungskommunen": "bildungskommunen",
    "ganztag-in-bildungskommunen": "bildungskommunen",
    "fachnetzwerk": "fachnetzwerk",
}
# The self-assessment of every Baustein: /selbsteinschaetzung/.
SELF_ASSESSMENT = "selbsteinschaetzung"
# The open data (files and the page that explains them): /daten/.
OPEN_DATA = "daten"
# The translation status below it, generated: /mitmachen/uebersetzungen/.
TRANSLATIONS = "mitmachen/uebersetzungen.md"
TOPICS = "themen"
LIFE_PHASES = "lebensphasen"
REGIONS = "regionen"
GLOSSARY = "glossar"
FINDER = "suche"
# The Praxisfinder's data, per language in its folder: the table of entries, their cards, the word index.
FINDER_TABLE = "eintraege.json"
FINDER_CARDS = "karten"
FINDER_WORDS = "woerter"
# Facets with an index page of their own: folder -> vocabulary.
FACETS = {TOPICS: "topics", LIFE_PHASES: "life_phases"}
# Folder of a listing's further pages: /praxisbeispiele/seite/2/; no page of a paginated type may take the name.
LISTING_PAGES = "seite"


def generated_folders() -> tuple[str, ...]:
    """Folders below docs/ whose pages the site generates; a hand-written file there would clash."""
    types = tuple(t.site_folder for t in page_types.PAGE_TYPES if t.outside_docs)
    return (*types, *FACETS, REGIONS, GLOSSARY, FINDER, OPEN_DATA, SELF_ASSESSMENT, posixpath.dirname(TRANSLATIONS))


def reserved_folders() -> tuple[str, ...]:
    """Folders of the site's own that no folder below docs/ may take: the other languages' sites."""
    return tuple(lang for lang in LANGUAGES if lang != DEFAULT_LANGUAGE)


def site_path(src_uri: str, lang: str) -> str:
    """Where a page is published in ``lang``, from the site's root: 'en/themen/' for 'themen/index.md'."""
    return ("" if lang == DEFAULT_LANGUAGE else f"{lang}/") + page_url(src_uri)


def contribute_uri() -> str:
    """Where every "Schlagen Sie es vor" leads: the contributors' page, the part on the ways in."""
    return f"{CONTRIBUTE}#wege"


def index_uri(folder: str) -> str:
    return f"{folder}/index.md"


def entry_uri(page_type: PageType, slug: str) -> str:
    """'praxisbeispiele/duisburg.md': where a Baustein's or case's page sits among the site's sources."""
    return f"{page_type.site_folder}/{slug}.md"


_ENTRY = re.compile(rf"^(?P<folder>[a-z]+)/(?P<slug>{SLUG_RULE})(\.[a-z]{{2}})?\.md$")


def entry_of(src_uri: str) -> tuple[PageType, str] | None:
    """The page type and slug of a source path ('praxisbeispiele/duisburg.de.md'), if it is a content page."""
    match = _ENTRY.match(src_uri)
    if not match:
        return None
    for declared in page_types.PAGE_TYPES:
        if declared.site_folder == match["folder"]:
            return declared, match["slug"]
    return None


def reserved_slugs(page_type: PageType) -> frozenset[str]:
    """Slugs a page of this type cannot take ('index', the folder's own page, aside)."""
    return frozenset({LISTING_PAGES} if page_type.paginated else ())


def reserved_slug_message(page_type: PageType, slug: str) -> str:
    folder, noun = page_type.site_folder, page_type.noun
    return (
        f"'{slug}' cannot be a {noun}'s name: the overview of all {page_type.plural} continues at /{folder}/{slug}/2/, "
        f"/{folder}/{slug}/3/ and so on, and a {noun} at /{folder}/{slug}/ would be taken for part "
        f"of it. Name the file for what the {noun} is about"
    )


def place_uri(code: str) -> str:
    """A Land's (DE-ST) or country's (FR) page."""
    return f"{REGIONS}/{code.lower()}.md"


def facet_uri(folder: str, key: str) -> str:
    return f"{folder}/{key}.md"


def baustein_cases_uri(slug: str) -> str:
    """The listing of all cases of one Baustein, below the Baustein's own address."""
    return f"{BAUSTEIN.site_folder}/{slug}/praxisbeispiele.md"


def listing_page_uri(base: str, number: int) -> str:
    """'themen/inklusion.md', 3 -> 'themen/inklusion/seite/3.md'; page 1 is the listing's own address."""
    if number == 1:
        return base
    return f"{base.removesuffix('.md').removesuffix('/index')}/{LISTING_PAGES}/{number}.md"


def link(from_uri: str, to_uri: str) -> str:
    """Relative Markdown link from one source path to another (MkDocs resolves and checks it)."""
    return posixpath.relpath(to_uri, posixpath.dirname(from_uri) or ".")


def without_language(src_uri: str) -> str:
    """'programme.de.md' -> 'programme.md': the path of a page written by hand, the same in every language."""
    for lang in LANGUAGES:
        if src_uri.endswith(f".{lang}.md"):
            return src_uri.removesuffix(f".{lang}.md") + ".md"
    return src_uri


def page_url(src_uri: str) -> str:
    """'themen/inklusion.md' -> 'themen/inklusion/'; 'themen/index.md' -> 'themen/'; 'index.md' -> ''."""
    path = src_uri.removesuffix(".md")
    if path == "index":
        return ""
    if path.endswith("/index"):
        return path.removesuffix("index")
    return path + "/"


def href(from_uri: str, to_uri: str) -> str:
    """Relative URL from the page of one source path to the page of another, for generated HTML."""
    # Both are paths from the site's root, so no file system look-up (as posixpath.relpath makes) is needed.
    target, here = _segments(to_uri), _segments(from_uri)
    common = 0
    while common < min(len(target), len(here)) and target[common] == here[common]:
        common += 1
    parts = [".."] * (len(here) - common) + list(target[common:])
    return "/".join(parts) + "/" if parts else "./"


@lru_cache(maxsize=65536)  # the same pages are linked from many places
def _segments(src_uri: str) -> tuple[str, ...]:
    return tuple(page_url(src_uri).split("/")[:-1])

"""The programmes timeline (a page written by hand) with each federal programme's cases under its section.

The sections carry the anchors of PROGRAMME_SECTIONS; below the text of each, the cases whose programme leads
there are listed, most recently checked first, with a link to the Praxisfinder for all of them.
"""

from __future__ import annotations

import re
from urllib.parse import urlencode

from .addresses import FINDER, PROGRAMME_SECTIONS, PROGRAMMES, href, index_uri
from .entries import Collection
from .listings import PROGRAMME_CASES_SHOWN
from .render import short_case_list
from .slots import Rendered, Writer
from .texts import t
from .word_index import IGNORE_ATTRIBUTE

_SECTION = re.compile(r"^## .*\{#(?P<anchor>[a-z0-9-]+)\}\s*$")


def section_cases(collection: Collection, anchor: str, lang: str) -> str:
    """The list of cases for one section of the timeline (HTML), or '' where it has none."""
    here = PROGRAMMES
    parts = []
    for key in (k for k, section in PROGRAMME_SECTIONS.items() if section == anchor):
        cases = collection.cases_by_programme.get(key, [])
        if not cases:
            continue
        label = collection.vocabulary.programmes[key].label(lang)
        more = ""
        if len(cases) > PROGRAMME_CASES_SHOWN:
            finder = href(here, index_uri(FINDER)) + "#" + urlencode({"programm": key})
            everything = t("all_programme_cases", lang, n=len(cases))
            more = f'\n<p class="kbm-more" {IGNORE_ATTRIBUTE}><a href="{finder}">{everything}</a></p>'
        title = t("programme_cases", lang, programme=label, n=len(cases))
        parts.append(
            f'<p class="kbm-list-title"><strong>{title}</strong></p>\n'
            + short_case_list(cases[:PROGRAMME_CASES_SHOWN], collection.vocabulary, lang, here)
            + more
        )
    return "\n".join(parts)


def timeline(markdown: str, collection: Collection, lang: str) -> Rendered:
    """The page's Markdown with the cases after each programme's section."""
    out = Writer()
    anchor = None
    chunk: list[str] = []

    def close() -> None:
        out.md("\n".join(chunk) + "\n\n")
        chunk.clear()
        listing = section_cases(collection, anchor, lang) if anchor else ""
        if listing:
            out.html(listing)

    for line in markdown.splitlines():
        if line.startswith("## "):
            close()
            match = _SECTION.match(line)
            anchor = match.group("anchor") if match else None
        chunk.append(line)
    close()
    return out.done()

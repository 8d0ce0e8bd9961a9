"""What the build adds to a content page: pure functions of the collection and the page's path."""

from __future__ import annotations

import html
import re

from .collection import Collection, Entry
from .render import baustein_appendix, escape, factbox, sources_section
from .search_index import search_annotations
from .slots import Rendered, Writer
from .sources import DEFAULT_LANGUAGE
from .texts import t

_PAGE = re.compile(r"^(?P<folder>bausteine|praxisbeispiele)/(?P<slug>[a-z0-9-]+)(\.[a-z]{2})?\.md$")


def entry_for(collection: Collection, src_uri: str) -> Entry | None:
    """The Baustein or Praxisbeispiel a source path belongs to, if any."""
    match = _PAGE.match(src_uri)
    if not match:
        return None
    pool = collection.bausteine if match["folder"] == "bausteine" else collection.cases
    return pool.get(match["slug"])


def page_markdown(collection: Collection, src_uri: str, markdown: str, lang: str) -> Rendered:
    """Kicker, title and lead; a case's fact box and sources, a Baustein's appendix.

    An untranslated page keeps its German text, marked as German, under a notice in ``lang``.
    """
    entry = entry_for(collection, src_uri)
    if entry is None:
        return Rendered(markdown)
    text, translated = entry.text(lang), entry.is_translated(lang)
    german = "" if translated else f' lang="{DEFAULT_LANGUAGE}"'
    kicker = (t("baustein_number", lang, number=entry.facts.number) if entry.kind == "baustein"
              else t("case_kicker", lang))
    out = Writer()
    out.html(search_annotations(entry, lang, t(f"{entry.kind}_type", lang)) + f'<p class="kbm-kicker">{kicker}</p>')
    out.md(f"# {escape(text.title)}" + (f" {{:{german} }}" if german else "") + "\n\n")
    lead = f'<p class="kbm-lead"{german}>{html.escape(text.summary)}</p>'
    if not translated:
        lead += (f'\n<div class="admonition info">\n<p class="admonition-title">{t("untranslated_title", lang)}</p>\n'
                 f"<p>{t('untranslated', lang)}</p>\n</div>")
    if entry.kind == "praxisbeispiel":
        lead += "\n" + factbox(entry, collection, lang)
    out.html(lead)
    if not translated:
        out.html(f"<div{german}>")
    out.md(markdown.strip() + "\n\n")
    if not translated:
        out.html("</div>")
    if entry.kind == "praxisbeispiel":
        out.md(sources_section(entry, lang))
    else:
        baustein_appendix(entry, collection, lang, out)
    return out.done()

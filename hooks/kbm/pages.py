"""What the build adds to a content page: pure functions of the collection and the page's path."""

from __future__ import annotations

import html
import re

from .collection import Collection, Entry
from .render import baustein_appendix, escape, factbox, sources_section
from .search_index import search_annotations
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


def page_markdown(collection: Collection, src_uri: str, markdown: str, lang: str) -> str:
    """Kicker, title and lead; a case's fact box and sources, a Baustein's appendix.

    An untranslated page keeps its German text, marked as German, under a notice in ``lang``.
    """
    entry = entry_for(collection, src_uri)
    if entry is None:
        return markdown
    text, translated = entry.text(lang), entry.is_translated(lang)
    german = "" if translated else f' lang="{DEFAULT_LANGUAGE}"'
    kicker = (t("baustein_number", lang, number=entry.facts.number) if entry.kind == "baustein"
              else t("case_kicker", lang))
    title = f"# {escape(text.title)}" + (f" {{:{german} }}" if german else "")
    head = (search_annotations(entry, lang, t(f"{entry.kind}_type", lang))
            + f'<p class="kbm-kicker">{kicker}</p>\n\n{title}\n\n'
            f'<p class="kbm-lead"{german}>{html.escape(text.summary)}</p>\n\n')
    body = markdown.strip() + "\n\n"
    if not translated:
        head += f"!!! info \"{t('untranslated_title', lang)}\"\n    {t('untranslated', lang)}\n\n"
        body = f'<div{german} markdown>\n\n{body}</div>\n\n'
    if entry.kind == "praxisbeispiel":
        return head + factbox(entry, collection, lang) + body + sources_section(entry, lang)
    return head + body + baustein_appendix(entry, collection, lang)

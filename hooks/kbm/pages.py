"""What the build adds to a content page: pure functions of the collection and the page's path."""

from __future__ import annotations

import re

from .collection import Collection, Entry
from .render import baustein_appendix, escape, factbox, sources_section
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
    """A case opens with its fact box and ends with its sources; a Baustein gets its appendix.

    An untranslated page keeps its German text, marked as German, under a notice in ``lang``.
    """
    entry = entry_for(collection, src_uri)
    if entry is None:
        return markdown
    body = markdown.strip() + "\n\n"
    head = ""
    if not entry.is_translated(lang):
        head = (f"# {escape(entry.text(lang).title)} {{: lang=\"{DEFAULT_LANGUAGE}\" }}\n\n"
                f"!!! info \"{t('untranslated_title', lang)}\"\n    {t('untranslated', lang)}\n\n")
        body = f'<div lang="{DEFAULT_LANGUAGE}" markdown>\n\n{body}</div>\n\n'
    if entry.kind == "praxisbeispiel":
        return head + factbox(entry, collection, lang) + body + sources_section(entry, lang)
    return head + body + baustein_appendix(entry, collection, lang)

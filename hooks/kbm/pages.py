"""What the build adds to a content page: pure functions of the collection and the page's path."""

from __future__ import annotations

import datetime
import html
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from .addresses import PROGRAMMES, entry_of, without_language
from .case_links import link_named_cases
from .entries import Case, Collection, Entry
from .languages import DEFAULT_LANGUAGE
from .markup import read_html
from .page_types import BAUSTEIN, PRAXISBEISPIEL
from .problems import Problem
from .render import baustein_appendix, escape, factbox, similar_section, sources_section
from .sanitize import sanitize
from .self_assessment import section as self_assessment_section
from .slots import Rendered, Writer, fill, with_widgets
from .texts import date, t
from .timeline import timeline
from .translations import outdated
from .word_index import IGNORE_ATTRIBUTE


@dataclass(frozen=True)
class Parts:
    """What a page type shows around its text, beyond its title and lead."""

    kicker: Callable[[Entry, str], str] = lambda entry, lang: entry.page_type.label[lang]
    after_lead: Callable[[Entry, Collection, str], str] = lambda entry, collection, lang: ""
    appendix: Callable[[Entry, Collection, str, Writer], None] = lambda entry, collection, lang, out: sources_section(
        entry, lang, out
    )


def self_assessment_and_appendix(entry: Entry, collection: Collection, lang: str, out: Writer) -> None:
    self_assessment_section(entry, collection, lang, out)
    baustein_appendix(entry, collection, lang, out)


def case_appendix(entry: Entry, collection: Collection, lang: str, out: Writer) -> None:
    similar_section(cast(Case, entry), collection, lang, out)
    sources_section(entry, lang, out)


# By page type; a type not named here shows its label above the title and its sources at the end.
PARTS = {
    BAUSTEIN.kind: Parts(
        kicker=lambda entry, lang: t("baustein_number", lang, number=entry.facts.number),
        appendix=self_assessment_and_appendix,
    ),
    PRAXISBEISPIEL.kind: Parts(
        after_lead=lambda entry, collection, lang: "\n" + factbox(entry, collection, lang), appendix=case_appendix
    ),
}


def entry_for(collection: Collection, src_uri: str) -> Entry | None:
    """The Baustein or Praxisbeispiel a source path belongs to, if any."""
    found = entry_of(src_uri)
    return collection.of(found[0]).get(found[1]) if found else None


def page_markdown(collection: Collection, src_uri: str, markdown: str, lang: str) -> Rendered:
    """Kicker, title and lead; a case's fact box and sources, a Baustein's appendix.

    An untranslated page keeps its German text, marked as German, under a notice in ``lang``.
    """
    entry = entry_for(collection, src_uri)
    if entry is None:
        return timeline(markdown, collection, lang) if without_language(src_uri) == PROGRAMMES else Rendered(markdown)
    text, translated = entry.text(lang), entry.is_translated(lang)
    german = "" if translated else f' lang="{DEFAULT_LANGUAGE}"'
    parts = PARTS.get(entry.kind, Parts())
    out = Writer()
    out.html(f'<p class="kbm-kicker">{html.escape(parts.kicker(entry, lang))}</p>')
    out.md(f"# {escape(text.title)}" + (f" {{:{german} }}" if german else "") + "\n\n")
    lead = f'<p class="kbm-lead"{german}>{html.escape(text.summary)}</p>'
    if not translated:
        lead += (
            f'\n<div class="admonition info" {IGNORE_ATTRIBUTE}>\n'
            f'<p class="admonition-title">{t("untranslated_title", lang)}</p>\n'
            f"<p>{t('untranslated', lang)}</p>\n</div>"
        )
    stale = outdated(entry, collection.changes) if lang != DEFAULT_LANGUAGE else None
    if stale is not None:
        lead += (
            f'\n<div class="admonition info" {IGNORE_ATTRIBUTE}>\n'
            f'<p class="admonition-title">{t("outdated_title", lang)}</p>\n'
            f"<p>{t('outdated', lang, german=date(stale.german, lang), english=date(stale.english, lang))}</p>\n</div>"
        )
    lead += parts.after_lead(entry, collection, lang)
    out.html(lead)
    if not translated:
        out.html(f"<div{german}>")
    if entry.page_type is BAUSTEIN:
        markdown = link_named_cases(markdown, entry, collection)
    out.md(markdown.strip() + "\n\n")
    if not translated:
        out.html("</div>")
    parts.appendix(entry, collection, lang, out)
    return out.done()


def finished_content(
    html_text: str, slots: dict[str, str], src_uri: str, display: str | None
) -> tuple[str, list[Problem]]:
    """A converted page with its generated HTML in place, checked and sanitized.

    A page written in a file (``display``) has passed the validator; the HTML its text became is checked
    against the same allow-list, so that nothing the validator missed is removed without a word.
    Raises ValueError when the text swallowed a slot.
    """
    filled = fill(html_text, slots, src_uri)
    problems = []
    if display is not None:
        # The text's HTML without the slots: what the site generates is escaped where it is made (render.py).
        for finding in read_html(html_text):
            snippet = html_text[finding.offset : html_text.find(">", finding.offset) + 1][:80]
            problems.append(
                Problem(display, None, "text", f"the finished page would hold {snippet}: {finding.message}")
            )
    return with_widgets(filled, slots, sanitize), problems


def head_meta(title: str | None, description: str | None) -> dict[str, str]:
    """The page's title and description as the theme prints them into the head and header.

    Material's templates print both without escaping (MkDocs renders with autoescape off), so they are
    escaped here, once, for every page.
    """
    meta = {}
    if title is not None:
        meta["title"] = html.escape(title)
    if description is not None:
        meta["description"] = html.escape(str(description))
    return meta


def site_date(collection: Collection) -> datetime.date:
    """The date of pages that have none of their own: SOURCE_DATE_EPOCH if set, else the newest content date."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.datetime.fromtimestamp(int(epoch), datetime.UTC).date()
    return collection.newest_update


def page_meta(collection: Collection, src_uri: str, lang: str) -> dict[str, object] | None:
    """The header of a page written in a file, as validated: what the theme is given instead of MkDocs's own
    reading of the file (which follows other YAML rules, e.g. takes a title like 2026-11-20 for a date).

    None for the pages the site generates, whose header the site writes itself.
    """
    entry = entry_for(collection, src_uri)
    if entry is not None:
        text = entry.text(lang)
        return {"title": text.title, "description": text.summary}
    # The i18n plugin keeps the language in a hand-written page's source path: 'impressum.de.md'.
    src_uri = without_language(src_uri)
    header = collection.headers.get((src_uri, lang)) or collection.headers.get((src_uri, DEFAULT_LANGUAGE))
    if header is None:
        return None
    return {"title": header.title, "description": header.description, "hide": list(header.hide)}

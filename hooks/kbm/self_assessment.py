"""The self-assessment: where a municipality stands, Baustein by Baustein, and what to do next.

Each Baustein's stages come from its front matter (``self_assessment``), so a new Baustein appears by itself.
On a Baustein page its stages are a fieldset of radio buttons; after an answer the next stage is shown with
what it takes (the headings of the Baustein's „Umsetzung“) and the cases that show it. /selbsteinschaetzung/
holds every Baustein, a profile across them (SVG) and the tools to keep the result: save in this browser
(only on request), download and load a file, print a dated summary. All of it works in the browser
(selbsteinschaetzung.js); nothing is sent anywhere. Without JavaScript the stages are a printable checklist.

The forms are widgets (slots.py): the site's own HTML, put in after the sanitizer.
"""

from __future__ import annotations

import html
import json
import re

from .addresses import SELF_ASSESSMENT, href, index_uri
from .anchors import slugify
from .entries import Case, Collection, Entry
from .languages import DEFAULT_LANGUAGE
from .models import BausteinTexts
from .page_types import BAUSTEIN
from .render import german_attr
from .slots import Writer
from .texts import TEXTS, t

# What the browser keeps (only when the reader asks) and what a downloaded file says it is.
STORAGE_KEY = "kbm-selbsteinschaetzung"
FILE_FORMAT = "kbm-selbsteinschaetzung"
FILE_VERSION = 1
CASES_SHOWN = 3
# The words the script shows, from texts.py, handed to it with the form.
SCRIPT_WORDS = (
    "sa_next",
    "sa_top",
    "sa_none",
    "sa_profile",
    "sa_profile_item",
    "sa_profile_none",
    "sa_saved",
    "sa_not_saved",
    "sa_deleted",
    "sa_loaded",
    "sa_bad_file",
    "sa_unknown",
    "sa_print_title",
    "sa_as_of",
    "stage",
    "sa_next_stage",
)

_HEADING = re.compile(r"^(#{2,3}) +(.+?)(?: +\{#([^}\s]+)[^}]*\})? *#*$")


def implementation_steps(markdown: str, lang: str) -> list[tuple[str, str]]:
    """The third-level headings of a Baustein's „Umsetzung“ section, with their anchors."""
    section = BAUSTEIN.sections[lang].required[1]
    steps, inside = [], False
    for line in markdown.splitlines():
        match = _HEADING.match(line)
        if not match:
            continue
        level, title, anchor = match.groups()
        if level == "##":
            inside = title.strip() == section
        elif inside:
            steps.append((title.strip(), anchor or slugify(title.strip(), "-")))
    return steps


def _stages(entry: Entry, lang: str) -> list[str]:
    texts = entry.text(lang)
    if not isinstance(texts, BausteinTexts):
        raise TypeError(f"{entry.src_uri} has no self-assessment")
    return list(texts.self_assessment)


def _cases(entry: Entry, collection: Collection) -> list[Case]:
    # Cases whose work is made permanent show the way up first; then the most recently checked.
    cases = collection.cases_by_baustein.get(entry.slug, [])
    return sorted(cases, key=lambda c: c.facts.status != "verstetigt")[:CASES_SHOWN]


def item(entry: Entry, collection: Collection, lang: str, here: str, *, titled: bool) -> str:
    """One Baustein's fieldset: its stages as radio buttons, then (shown once answered) the next step."""
    german = german_attr(entry, lang)
    title = html.escape(entry.text(lang).title)
    legend = (
        f'<a href="{href(here, entry.src_uri)}"{german}>{title}</a>' if titled else html.escape(t("sa_where", lang))
    )
    stages = "\n".join(
        f'<label class="kbm-sa__stage"><input type="radio" name="sa-{entry.slug}" value="{n}">'
        f'<span><strong class="kbm-sa__stage-name">{t("stage", lang)} {n} · {t(f"stage_{n}", lang)}</strong> '
        f'<span class="kbm-sa__stage-text"{german}>{html.escape(text)}</span></span></label>'
        for n, text in enumerate(_stages(entry, lang), 1)
    )
    written = lang if entry.is_translated(lang) else DEFAULT_LANGUAGE  # the text shown: its own or the German
    steps = implementation_steps(collection.bodies.get(entry.files[written].path, ""), written)
    page = href(here, entry.src_uri)
    step_items = "\n".join(f'<li><a href="{page}#{a}"{german}>{html.escape(s)}</a></li>' for s, a in steps)
    case_items = "\n".join(
        f'<li><a href="{href(here, c.src_uri)}"{german_attr(c, lang)}>{html.escape(c.text(lang).title)}</a></li>'
        for c in _cases(entry, collection)
    )
    takes = f'<p class="kbm-sa__label">{t("sa_takes", lang)}</p>\n<ul>\n{step_items}\n</ul>\n' if steps else ""
    cases = f'<p class="kbm-sa__label">{t("sa_cases", lang)}</p>\n<ul>\n{case_items}\n</ul>\n' if case_items else ""
    return (
        f'<fieldset class="kbm-sa__item" data-baustein="{entry.slug}" data-title="{title}">\n'
        f"<legend>{legend}</legend>\n"
        f'<div class="kbm-sa__stages">\n{stages}\n</div>\n'
        f'<div class="kbm-sa__next" hidden>\n<p class="kbm-sa__next-stage"></p>\n{takes}{cases}</div>\n'
        "</fieldset>"
    )


def _data(lang: str, overview: str) -> str:
    words = {key: TEXTS[key][lang] for key in SCRIPT_WORDS}  # with their {placeholders}, for the script
    return (
        f' data-lang="{lang}" data-storage="{STORAGE_KEY}" data-format="{FILE_FORMAT}" data-version="{FILE_VERSION}"'
        f" data-overview=\"{overview}\" data-words='{html.escape(json.dumps(words, ensure_ascii=False), quote=True)}'"
    )


def section(entry: Entry, collection: Collection, lang: str, out: Writer) -> None:
    """A Baustein page's „Selbsteinschätzung“: its heading and introduction, then the component."""
    out.md(f"## {t('self_assessment', lang)}\n\n{t('self_assessment_intro', lang)}\n\n")
    out.widget(on_baustein(entry, collection, lang))


def on_baustein(entry: Entry, collection: Collection, lang: str) -> str:
    """The component on a Baustein's page: its stages, the next step, and the way to the overview."""
    here = entry.src_uri
    overview = href(here, index_uri(SELF_ASSESSMENT))
    return (
        f'<div class="kbm-sa"{_data(lang, overview)}>\n'
        + item(entry, collection, lang, here, titled=False)
        + f'\n<p class="kbm-sa__more"><a class="kbm-sa__overview" href="{overview}">'
        f"{t('sa_to_overview', lang)}</a></p>\n</div>"
    )


def profile(collection: Collection, lang: str) -> str:
    """The profile across all Bausteine: one bar per Baustein, empty until answered (SVG)."""
    bausteine = collection.bausteine_in_order
    width, row, bar_x, stages = 480, 40, 0, max((len(_stages(b, lang)) for b in bausteine), default=4)
    rows = []
    for n, entry in enumerate(bausteine):
        y = n * row
        rows.append(
            f'<text class="kbm-sa__bar-label" x="{bar_x}" y="{y + 14}"{german_attr(entry, lang)}>'
            f"{html.escape(entry.text(lang).title)}</text>\n"
            f'<rect class="kbm-sa__track" x="{bar_x}" y="{y + 20}" width="{width}" height="12" rx="3"></rect>\n'
            f'<rect class="kbm-sa__bar" data-baustein="{entry.slug}" x="{bar_x}" y="{y + 20}" width="0" '
            f'height="12" rx="3"></rect>'
        )
    ticks = "\n".join(  # the stages' borders, across each bar
        f'<line class="kbm-sa__tick" x1="{bar_x + width * k // stages}" x2="{bar_x + width * k // stages}" '
        f'y1="{n * row + 20}" y2="{n * row + 32}"></line>'
        for n in range(len(bausteine))
        for k in range(1, stages)
    )
    height = len(bausteine) * row
    return (
        '<figure class="kbm-sa__profile">\n'
        f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
        f'aria-label="{html.escape(t("sa_profile_none", lang))}" data-stages="{stages}" data-width="{width}">\n'
        + "\n".join(rows)
        + f"\n{ticks}\n</svg>\n"
        f"<figcaption>{html.escape(t('sa_profile_caption', lang, n=stages))}</figcaption>\n</figure>"
    )


def tools(lang: str) -> str:
    """Name of the municipality, keeping, loading and printing: shown by the script (they need it)."""
    return (
        '<div class="kbm-sa__tools" hidden>\n'
        f'<p><label class="kbm-sa__municipality">{t("sa_municipality", lang)} '
        '<input type="text" name="kommune" autocomplete="off" maxlength="120"></label></p>\n'
        f'<p><label><input type="checkbox" name="speichern"> {t("sa_keep", lang)}</label>\n'
        f'<button type="button" class="md-button" data-action="delete" hidden>{t("sa_delete", lang)}</button></p>\n'
        '<p class="kbm-sa__buttons">'
        f'<button type="button" class="md-button" data-action="download">{t("sa_download", lang)}</button>\n'
        f'<label class="md-button kbm-sa__load">{t("sa_load", lang)}'
        '<input type="file" name="datei" accept="application/json,.json"></label>\n'
        f'<button type="button" class="md-button" data-action="print">{t("sa_print", lang)}</button></p>\n'
        '<p class="kbm-sa__status" role="status" aria-live="polite"></p>\n'
        "</div>"
    )


def overview(collection: Collection, lang: str) -> str:
    """/selbsteinschaetzung/: the tools, the profile and every Baustein's fieldset (HTML)."""
    here = index_uri(SELF_ASSESSMENT)
    items = "\n".join(item(b, collection, lang, here, titled=True) for b in collection.bausteine_in_order)
    return (
        f'<form class="kbm-sa kbm-sa--overview" id="kbm-sa"{_data(lang, "")}>\n'
        f"{tools(lang)}\n"
        f'<div class="kbm-sa__print" hidden><p class="kbm-sa__print-title"></p></div>\n'
        f"{profile(collection, lang)}\n{items}\n</form>"
    )

"""Links between pages, checked the way the strict build checks them, so that a page that passes
validation also builds: the target page or file exists, and so does the section an anchor names,
in every language the page is shown in (an untranslated page links to English pages on the English site).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

import markdown

from .languages import DEFAULT_LANGUAGE
from .markup import Link
from .policy import IMAGE_TYPES
from .problems import Problem
from .site_config import read_site_config

_ID = re.compile(r"""\sid=["']([^"']+)["']""")
_LANGUAGE_SUFFIX = re.compile(r"\.[a-z]{2}\.md$")


@dataclass
class ShownPage:
    """A page as one language's site shows it: which file, with which links."""

    src_uri: str  # where the site puts it: 'bausteine/koordination.md', 'ueber.md'
    display: str  # the file it comes from
    links: list[tuple[int, Link]]
    markdown: Callable[[], str] | None = None  # everything the page converts, for its anchors
    translated: bool = True


@dataclass
class Site:
    """Every page each language shows, the generated pages and the published files."""

    pages: dict[str, dict[str, ShownPage]] = field(default_factory=dict)  # lang -> src_uri -> page
    generated: set[str] = field(default_factory=set)
    files: set[str] = field(default_factory=set)  # below docs/, e.g. 'assets/bilder/karte.png'
    unchecked: set[str] = field(default_factory=set)  # pages that exist but could not be read


def link_problems(site: Site, convert: Callable[[str], str]) -> list[Problem]:
    """Every link that the strict build would refuse, with its file and line."""
    problems: list[Problem] = []
    anchors: dict[tuple[str, str], set[str]] = {}

    def ids(lang: str, src_uri: str) -> set[str]:
        if (lang, src_uri) not in anchors:
            page = site.pages[lang][src_uri]
            anchors[(lang, src_uri)] = anchor_ids(page.markdown(), convert) if page.markdown else set()
        return anchors[(lang, src_uri)]

    for lang, pages in sorted(site.pages.items()):
        where = "" if lang == DEFAULT_LANGUAGE else f" on the {_LANGUAGE_NAMES.get(lang, lang)} site"
        for page in pages.values():
            for line, link in page.links:
                message = _problem(site, lang, page, link, ids, where)
                if message:
                    problems.append(Problem(page.display, line, "text", message))
    return problems


_LANGUAGE_NAMES = {"de": "German", "en": "English"}
# Above this size a page's anchors are taken from its headings alone: converting all of it would take seconds;
# a page with more headings than any page needs gets none (the validator refuses it on its own).
_LARGE = 50_000
MAX_HEADINGS = 1000
_HEADING_LINE = re.compile(r"^#{1,6}[ \t].*$", re.M)
_FOOTNOTE = re.compile(r"^\[\^([^\]\n]{1,100})\]:", re.M)


def anchor_ids(markdown_text: str, convert: Callable[[str], str]) -> set[str]:
    """The ids a page's links may name: its headings' anchors, ids written in it, its footnotes."""
    if len(markdown_text) > _LARGE:
        headings = _HEADING_LINE.findall(markdown_text)
        if len(headings) > MAX_HEADINGS:
            return set()
        text = "\n\n".join(headings)
        extra = {f"fn:{n}" for n in _FOOTNOTE.findall(markdown_text)}
        extra |= set(_ID.findall(markdown_text))
    else:
        text, extra = markdown_text, set()
    try:
        return set(_ID.findall(convert(text))) | extra
    except RecursionError:  # nesting the validator refuses on its own; its anchors are then unknown
        return extra


def _problem(
    site: Site, lang: str, page: ShownPage, link: Link, ids: Callable[[str, str], set[str]], where: str
) -> str | None:
    try:
        parts = urlsplit(link.target)
    except ValueError:
        return f"'{link.target}' is not an address: write a relative link to a page's file, e.g. koordination.md"
    path, anchor = unquote(parts.path), parts.fragment
    if not path:
        if anchor and anchor not in ids(lang, page.src_uri):
            return f"the link to '#{anchor}' names no section of this page{where}: {_sections(ids(lang, page.src_uri))}"
        return None
    if _LANGUAGE_SUFFIX.search(path):
        return (
            f"link to '{_LANGUAGE_SUFFIX.sub('.md', path)}' without the language: the site picks the page in the "
            "reader's language"
        )
    target = posixpath.normpath(posixpath.join(posixpath.dirname(page.src_uri), path))
    if target.startswith("../") or target == "..":
        return f"the link to '{link.target}' leads outside the site's pages"
    if link.image:
        if target not in site.files or posixpath.splitext(target)[1].lower() not in IMAGE_TYPES:
            return f"there is no image '{link.target}' (docs/{target}): put the file in docs/assets/bilder/"
        return None
    if target in site.pages[lang]:
        if anchor and anchor not in ids(lang, target):
            return f"the page '{path}' has no section '#{anchor}'{where}: {_sections(ids(lang, target))}"
        return None
    if target in site.unchecked:
        return None  # its own problems are reported; its sections are checked once it can be read
    if target in site.generated:
        if anchor:
            return f"link to '{path}' without '#{anchor}': the sections of generated pages change as cases are added"
        return None
    if target in site.files:
        return None
    if not posixpath.splitext(path)[1]:
        return (
            f"the link to '{link.target}' does not name a page's file: link to the Markdown file, "
            "e.g. koordination.md or ../praxisbeispiele/name.md"
        )
    return f"there is no page or file '{link.target}' (looked for docs/{target})"


def _sections(ids: set[str]) -> str:
    shown = sorted(i for i in ids if not i.startswith(("fn:", "fnref")))
    return f"its sections are {', '.join('#' + i for i in shown)}" if shown else "it has no sections"


def markdown_converter(config_file: Path) -> Callable[[str], str]:
    """Markdown to HTML with the extensions mkdocs.yml configures, as the build converts pages."""
    config = read_site_config(config_file)
    converter = markdown.Markdown(extensions=config.extensions, extension_configs=config.extension_configs)

    def convert(text: str) -> str:
        converter.reset()
        return converter.convert(text)

    return convert

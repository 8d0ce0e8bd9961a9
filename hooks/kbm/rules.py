"""Editorial rules for the text of a page pair: sections, glossary terms, quotation marks, translation."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .glossary import Term, load_glossary
from .languages import DEFAULT_LANGUAGE
from .page_types import PageType
from .problems import Problem
from .safety import PLACEHOLDER

_HEADING = re.compile(r"^## (.*)$")
_SETEXT = re.compile(r"[ ]{0,3}(?:=+|-+)[ \t]*")
# Lines under which '---' is no heading: list items, tables, headings, quotations, code, HTML.
_NOT_A_PARAGRAPH = re.compile(r"[ ]{0,3}(?:[-*+][ \t]|\d+[.)][ \t]|\||#|>|```|~~~|<)|[ ]{4}")
_STRAIGHT_QUOTE = re.compile(r'"')
# Each part stops at the next character that would open another, so no line makes the search slow.
_TAG_OR_CODE = re.compile(r"<[^<>]*>|`[^`]*`|\]\([^()]*\)|\{[^{}]*\}")


_WORD = re.compile(r"\w+")


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def section_problems(page_type: PageType, lang: str, display: str, lines: list[str], first: int) -> Iterator[Problem]:
    """The page type's required sections, as H2 headings, in order; where it names optional ones, no others."""
    sections = page_type.sections[lang]
    required, optional = list(sections.required), list(sections.optional) if sections.optional is not None else None
    type_name = page_type.label[DEFAULT_LANGUAGE]  # the name the German section headings go with
    found = [
        (n, m.group(1).rstrip().rstrip("#").rstrip())
        for n, line in enumerate(lines, first)
        if (m := _HEADING.match(line))
    ]
    for number, (before, line) in enumerate(zip(["", *lines], lines, strict=False), first):
        # A line of '=' or '-' right under text makes that text a heading (setext), bypassing the sections.
        if _SETEXT.fullmatch(line) and before.strip() and not _NOT_A_PARAGRAPH.match(before):
            yield Problem(
                display,
                number,
                "text",
                "a line of '=' or '-' right under a text makes that text a heading: "
                "write headings as '## Titel', and leave a blank line before a line '---'",
            )
    names = [name for _, name in found]
    expected = ", ".join(f"## {s}" for s in required)
    missing = [s for s in required if s not in names]
    if missing:
        listed = ", ".join(f"## {s}" for s in missing)
        yield Problem(
            display,
            first,
            "text",
            f"missing section{'s' * (len(missing) > 1)} {listed}: every {type_name} has, "
            f"in this order, {expected}"
            + (f"; where the sources say so also ## {', ## '.join(optional)}" if optional else ""),
        )
    if not missing and [n for n in names if n in required] != required:
        yield Problem(display, found[0][0], "text", f"the sections are out of order: write {expected}")
    if optional is not None:
        for number, name in found:
            if name not in required and name not in optional:
                allowed = ", ".join(f"## {s}" for s in required + optional)
                yield Problem(
                    display,
                    number,
                    "text",
                    f"'## {name}' is not one of the sections of a {type_name}: {allowed} (use ### for a sub-heading)",
                )


def quote_problems(display: str, lines: list[str], first: int) -> Iterator[Problem]:
    """German text uses „…“, not straight quotation marks (HTML, code and link targets excepted)."""
    for number, line in enumerate(lines, first):
        if _STRAIGHT_QUOTE.search(_TAG_OR_CODE.sub("", line)):
            yield Problem(display, number, "text", 'use German quotation marks „…“ instead of "…"')


@cache
def _checked_terms() -> list[tuple[re.Pattern[str], Term]]:
    # Terms of several words are explained in the glossary, not checked word for word.
    return [
        (re.compile(rf"\b{term.de}(e|en|n|s|es)?\b"), term)
        for term in load_glossary()
        if re.fullmatch(r"[\wäöüÄÖÜß-]+", term.de)
    ]


def glossary_problems(german: str, english: str, display: str) -> Iterator[Problem]:
    """Where the German text uses a glossary term, the English text uses its English term (or keeps the German)."""
    english_folded = english.casefold()
    for pattern, term in _checked_terms():
        # The plain substring test first: the word-boundary search is the slow part.
        if (
            term.de in german
            and pattern.search(german)
            and term.en.casefold() not in english_folded
            and term.de not in english
        ):
            yield Problem(
                display,
                None,
                "text",
                f"the German text says „{term.de}“: the English text should use "
                f"the glossary's term “{term.en}” (or keep „{term.de}“ with an English explanation)",
            )


def translation_problems(german: str, english: str, display: str) -> Iterator[Problem]:
    """An English text far shorter than the German one has left parts out."""
    if PLACEHOLDER in german or PLACEHOLDER in english:
        return  # a page still being written: its placeholders are reported, its length says nothing yet
    de_words, en_words = _words(german), _words(english)
    if de_words >= 100 and en_words < 0.75 * de_words:
        yield Problem(
            display,
            None,
            "text",
            f"the English text has {en_words} words, the German one {de_words}: "
            "translate all of it, or leave the English file out until it is done",
        )

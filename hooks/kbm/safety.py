"""Rules for what a page may contain: allowed markup only, no hidden characters, no unconsented contact
data, no placeholders.

Pages come from outside contributors and are published under a public body's name. What the allow-list
of policy.py does not allow is refused here with file and line; what the build then publishes passes
the sanitizer as well (sanitize.py), so a missed rule cannot put it on a page.
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from .links import MAX_HEADINGS
from .markup import Link, read_markdown
from .personal_data import contacts, shown_text
from .problems import Problem

PLACEHOLDER = "TODO"
CONSENT_HINT = (
    "is personal data: name the organisation and link its public page instead, or, if the person "
    "agreed to its publication, add the line 'contact_consent: true' to the header of the German file"
)
# Characters that do not show, or that make text show differently from what it says (bidi overrides).
# Controls, line separators Markdown does not know, and invisible characters that only hide or disguise text
# (soft hyphens, the joiners of emoji and scripts, and the variation selectors of emoji are fine).
_HIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f"
    "\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb"
    "\U000e0000-\U000e0fff]"
)


# More contact data than this in one line or paragraph is not listed one by one (the file is refused anyway).
SHOWN_PER_TEXT = 20
# Lines with findings after which a text is read no further for them: a report of more helps no one.
LINES_WITH_FINDINGS = 200
# Deeper than 16 levels of lists (four spaces each, or list marks on one line) or of quotation marks ('>'),
# or more than 200 emphasis marks in a line: Markdown's conversion runs out of stack long before a page needs it.
_LEVELS = 16
_TOO_DEEP = re.compile(
    rf"^(?:(?:[ ]{{4}}|\t){{{_LEVELS + 1}}}|(?:[ \t]*>){{{_LEVELS + 1}}}"
    rf"|[ \t]*(?:(?:[-*+]|\d{{1,9}}[.)])[ \t]+){{{_LEVELS + 1}}}|(?:[^*_\n]*[*_]){{201}})",
    re.M,
)
_NEWLINE = re.compile("\n")
_HEADING_LINE = re.compile(r"^#", re.M)
_PLACEHOLDER_LINE = re.compile(rf"^.*{PLACEHOLDER}", re.M)
# Lines a line rule could find something on: a character outside printable ASCII, a digit, '@', '&', '%', 'at'.
_LINE_CANDIDATE = re.compile(r"^.*?(?:[^\x20-\x7e\n]|[\d@&%]|\b(?i:at|bei)\b)", re.M)


@dataclass
class TextReading:
    """The problems of a page's text and the relative links it makes (checked once all pages are known)."""

    problems: list[Problem] = field(default_factory=list)
    links: list[tuple[int, Link]] = field(default_factory=list)  # (file line, link)


def read_text(
    display: str,
    lines: list[str],
    first_line: int,
    consent: bool,
    convert: Callable[[str], str] | None = None,
    markup_lines: list[str] | None = None,
    exempt: frozenset[str] = frozenset(),
) -> TextReading:
    """Every rule on a page's Markdown text; ``first_line`` is the file line of ``lines[0]``; ``convert`` is
    the site's Markdown conversion (see markup.read_markdown). Markup and links are read in ``markup_lines``
    where given (the same lines with the operator's details put in); contact data in ``exempt`` (the operator's
    own, as keys) is no one's personal data."""
    reading = TextReading()
    add = reading.problems.append
    text = "\n".join(lines)
    starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    line_of = lambda offset: first_line + bisect.bisect_right(starts, offset) - 1  # noqa: E731
    found: dict[int, set[str]] = {}  # the contact data each line shows, as a key (see contact_key)
    # Each rule finds its lines in the whole text first: a page of 100,000 short lines stays fast.
    candidates = {line_of(m.start()) for m in _LINE_CANDIDATE.finditer(text)}
    lines_with_findings = 0
    for number in sorted(candidates):
        if lines_with_findings == LINES_WITH_FINDINGS:
            add(
                Problem(
                    display,
                    number,
                    "text",
                    f"more hidden characters or contact data may follow: the first "
                    f"{LINES_WITH_FINDINGS} lines with any are listed, the text is read no further for them",
                )
            )
            break
        before = len(reading.problems)
        for message, held in line_findings(lines[number - first_line], consent):
            if held and contact_key(held) in exempt:
                continue
            add(Problem(display, number, "text", message))
            if held:
                found.setdefault(number, set()).add(contact_key(held))
        lines_with_findings += len(reading.problems) > before
    for match in _PLACEHOLDER_LINE.finditer(text):
        add(Problem(display, line_of(match.start()), "text", "fill in or delete this placeholder (it still says TODO)"))
    for index, match in enumerate(_HEADING_LINE.finditer(text)):
        if index == MAX_HEADINGS:
            add(
                Problem(
                    display,
                    line_of(match.start()),
                    "text",
                    f"the page has more than {MAX_HEADINGS:,} headings, more than any page needs: split it",
                )
            )
            break
    for match in _TOO_DEEP.finditer(text):
        add(
            Problem(
                display,
                line_of(match.start()),
                "text",
                "lists or quotations are nested more than "
                f"{_LEVELS} levels deep here, or emphasis marks pile up: no page needs that, and Markdown "
                "cannot convert it",
            )
        )
    if not consent:
        # A paragraph as it is shown: markup, comments and line breaks can split contact data in the source.
        for first, last, paragraph in _paragraphs(lines, first_line):
            shown = shown_text(paragraph)
            if first == last and shown == " ".join(paragraph.split()):
                continue  # one line without markup: read as it is above
            seen = set().union(*(found.get(n, set()) for n in range(first, last + 1))) | exempt
            for contact in islice(contacts(shown), SHOWN_PER_TEXT):
                if contact_key(contact.text) not in seen:
                    seen.add(contact_key(contact.text))
                    add(Problem(display, first, "text", f"the {contact.kind} {contact.text} {CONSENT_HINT}"))
    text = "\n".join(markup_lines) if markup_lines is not None else text
    if "<" in text or "{" in text or "](" in text or "]:" in text:
        markup = read_markdown(text, convert)
        for finding in markup.findings:
            add(Problem(display, line_of(finding.offset), "text", finding.message))
        reading.links = [(line_of(link.offset), link) for link in markup.links]
    reading.problems.sort(key=lambda p: p.line or 0)
    return reading


def line_problems(text: str, consent: bool) -> Iterator[str]:
    """Hidden characters and contact data in one line of text (body or front-matter value)."""
    for message, _ in line_findings(text, consent):
        yield message


def line_findings(text: str, consent: bool) -> Iterator[tuple[str, str | None]]:
    """(message, the contact data found or None) for one line of text."""
    # Also what an entity stands for: &#x202E; shows as the character itself.
    match = _HIDDEN.search(text) or ("&" in text and _HIDDEN.search(html.unescape(text)))
    if match:
        char = match.group()
        name = unicodedata.name(char, "a control character")
        yield (
            (
                f"the text contains the invisible character U+{ord(char):04X} ({name}): delete it, it can make text "
                "show differently from what it says"
            ),
            None,
        )
    if not consent:
        for contact in islice(contacts(text), SHOWN_PER_TEXT):
            yield f"the {contact.kind} {contact.text} {CONSENT_HINT}", contact.text


def contact_key(contact: str) -> str:
    """Contact data reduced to what identifies it (spacing and separators aside)."""
    return re.sub(r"[\W_]", "", contact).lower()


def _paragraphs(lines: list[str], first_line: int) -> Iterator[tuple[int, int, str]]:
    """(first line, last line, text) of every run of lines between blank lines."""
    start = None
    for index, line in enumerate([*lines, ""]):
        blank = not line.strip(" \t\r")  # as Markdown sees it: a line of no-break spaces is not blank
        if not blank and start is None:
            start = index
        elif blank and start is not None:
            yield first_line + start, first_line + index - 1, "\n".join(lines[start:index])
            start = None


def value_problems(
    meta: dict[str, Any], consent: bool, codes: frozenset[str] = frozenset()
) -> Iterator[tuple[tuple, str]]:
    """(location, message) for every front-matter string with hidden characters or contact data.

    Fields named in ``codes`` hold official keys, not text: their digits are no phone number.
    """
    for loc, value in strings(meta):
        for message in line_problems(value, consent or loc[-1] in codes):
            yield loc, message


def strings(meta: Any, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """Every string in the front matter with its location, e.g. (('partners', 0, 'name'), 'Stadt Halle')."""
    items = meta.items() if isinstance(meta, dict) else enumerate(meta) if isinstance(meta, list) else ()
    for key, value in items:
        if isinstance(value, (dict, list)):
            yield from strings(value, (*path, key))
        elif isinstance(value, str):
            yield (*path, key), value


def placeholder_fields(meta: dict[str, Any]) -> Iterator[tuple[tuple, str]]:
    """Locations of front-matter values that still hold a TODO placeholder."""
    return ((loc, value) for loc, value in strings(meta) if PLACEHOLDER in value)

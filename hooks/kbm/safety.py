"""Rules for what a page may contain: no active content, no unconsented contact data, no placeholders.

Pages come from outside contributors and are published under a public body's name, so anything that
runs code, loads content from elsewhere or collects input is refused, with the file and line.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from .problems import Problem

_TAGS = ("script", "iframe", "object", "embed", "form", "style")
# Each rule: its pattern, a text that every match contains (lower case; a page without it is skipped
# quickly) and the message.
_RULES: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(rf"<\s*({'|'.join(_TAGS)})\b", re.I), "<",
     "<{0}> is not allowed in a page: pages may not run code, embed other sites or collect input"),
    (re.compile(r"<[^>]*\s(on[a-z]+)\s*=", re.I), "<",
     "the attribute {0}= is not allowed: pages may not run code"),
    (re.compile(r"\b(javascript):", re.I), "javascript:", "{0}: links are not allowed: link to an https:// page instead"),
    (re.compile(r"(?:\]\(|\b(?:href|src)\s*=\s*[\"']?)\s*(data):", re.I), "data:",
     "{0}: addresses are not allowed: put images in the repository or link to an https:// page"),
]
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", re.I)
# German phone numbers: +49 or a leading 0, then at least six more digits with the usual separators.
# It starts with one of the characters + ( 0 and looks back from there, so that a search skips quickly
# to candidates (a leading look-behind would be tried at every position of the page).
PHONE = re.compile(r"[+(0](?<![\w/.-][+(0])(?:(?<=\+)49|(?<=\()0\d|(?<=0)\d)[\d\s/().-]{5,}\d(?![\w/-])")
DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(\d{2}|\d{4})")
PLACEHOLDER = "TODO"
CONSENT_HINT = ("is personal data: name the organisation and link its public page instead, or, if the person "
                "agreed to its publication, add the line 'contact_consent: true' to the header of the German file")


def text_problems(display: str, lines: list[str], first_line: int, consent: bool) -> Iterator[Problem]:
    """Problems in a page's Markdown text; ``first_line`` is the file line of ``lines[0]``."""
    text = "\n".join(lines)
    # A pattern that matches nowhere in the whole text matches on no line: most pages skip the line loop.
    lower = text.lower()
    rules = [(pattern, message) for pattern, hint, message in _RULES if hint in lower and pattern.search(text)]
    email = not consent and "@" in text and EMAIL.search(text)
    phone = not consent and PHONE.search(text)
    if not (rules or email or phone or PLACEHOLDER in text):
        return
    for number, line in enumerate(lines, first_line):
        for pattern, message in rules:
            for match in pattern.finditer(line):
                yield Problem(display, number, "text", message.format(match.group(1).lower()))
        if email:
            for match in EMAIL.finditer(line):
                yield Problem(display, number, "text", f"the e-mail address {match.group(0)} {CONSENT_HINT}")
        if phone:
            for match in PHONE.finditer(line):
                if sum(c.isdigit() for c in match.group(0)) >= 7 and not DATE.fullmatch(match.group(0).strip()):
                    yield Problem(display, number, "text", f"the phone number {match.group(0).strip()} {CONSENT_HINT}")
        if PLACEHOLDER in line:
            yield Problem(display, number, "text", "fill in or delete this placeholder (it still says TODO)")


def placeholder_fields(meta: dict[str, Any], path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """Locations of front-matter values that still hold a TODO placeholder."""
    items = meta.items() if isinstance(meta, dict) else enumerate(meta) if isinstance(meta, list) else ()
    for key, value in items:
        if isinstance(value, (dict, list)):
            yield from placeholder_fields(value, (*path, key))
        elif isinstance(value, str) and PLACEHOLDER in value:
            yield (*path, key), value

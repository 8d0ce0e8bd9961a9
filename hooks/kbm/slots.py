"""Markdown with slots: generated HTML that skips the Markdown processor and is put in afterwards.

Listings and fact boxes are built from front matter as finished HTML. Passed through Python-Markdown
they would cost more than the rest of the page (thousands of list items per language); instead the
Markdown holds a marker comment, which the processor passes through untouched, and `fill` puts the HTML
in its place once the page is converted. Headings stay Markdown so they keep their anchors and TOC.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field

# A token no content can know, drawn anew by every build: a marker written into a page's text by hand
# is an ordinary comment, which the sanitizer removes, and never takes a slot's place.
_TOKEN = secrets.token_hex(12)
_MARKER = f"<!--kbm-slot:{_TOKEN}:{{}}-->"
_ANY_MARKER = re.compile(rf"<!--kbm-slot:{_TOKEN}:(w?\d+)-->")
# A slot whose key starts so is a widget (Writer.widget).
WIDGET = "w"


@dataclass
class Rendered:
    """A page's Markdown and the HTML of each of its slots."""

    markdown: str
    slots: dict[str, str] = field(default_factory=dict)

    def preview(self) -> str:
        """The Markdown with each slot's HTML in place: what the page says, for golden files and tests."""
        return _ANY_MARKER.sub(lambda m: self.slots[m.group(1)], self.markdown)


class Writer:
    """Collects a page: Markdown parts as they are, HTML parts as slots."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._slots: dict[str, str] = {}

    def md(self, text: str) -> Writer:
        self._parts.append(text)
        return self

    def html(self, fragment: str) -> Writer:
        key = str(len(self._slots))
        self._slots[key] = fragment
        self._parts.append(f"{_MARKER.format(key)}\n\n")
        return self

    def widget(self, fragment: str) -> Writer:
        """A form the site makes (the self-assessment): put in after the sanitizer, whose allow-list is for
        what a text may become and knows no form controls."""
        key = f"{WIDGET}{len(self._slots)}"
        self._slots[key] = fragment
        self._parts.append(f"{_MARKER.format(key)}\n\n")
        return self

    def done(self) -> Rendered:
        return Rendered("".join(self._parts), self._slots)


def fill(html: str, slots: dict[str, str], where: str) -> str:
    """The converted page with every slot's HTML in place of its marker.

    A marker the conversion swallowed, or one without its HTML, is an error: the page would silently
    lack a fact box or a listing.
    """
    found = _ANY_MARKER.findall(html)
    lost, unknown = sorted(set(slots) - set(found)), sorted(set(found) - set(slots))
    if lost or unknown:
        raise ValueError(
            f"{where}: the text swallowed what the site adds to the page (fact box, listings, "
            "sources). Look for an HTML tag, a <!-- comment or a code block in the text that is never "
            f"closed [lost: {', '.join(lost) or 'none'}; unknown: {', '.join(unknown) or 'none'}]"
        )
    return _ANY_MARKER.sub(lambda m: m.group(0) if m.group(1).startswith(WIDGET) else slots[m.group(1)], html)


def with_widgets(html: str, slots: dict[str, str], clean: Callable[[str], str]) -> str:
    """A filled page cleaned by ``clean`` around its widgets, which go in as the site made them."""
    pieces = _ANY_MARKER.split(html)
    # split() alternates text and the markers' keys: text, key, text, key, … text
    return "".join(clean(piece) if n % 2 == 0 else slots[piece] for n, piece in enumerate(pieces))

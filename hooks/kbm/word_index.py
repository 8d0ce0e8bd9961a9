"""The Praxisfinder's word index: which entries use which words, split into small files by the words'
first letters, so that a query fetches a few kilobytes instead of a whole index.

A word is folded (lower case, accents and umlauts dropped, ß as ss) and stored with, for each entry that
uses it, the entry's row in the finder's table and a weight: how often the page uses the word (up to 15)
and whether its key text (title, place, topics) does. Words are filed by their first three letters into
one of a power of two buckets; the finder's script folds, files and matches a query word by the same
rules (finder.js), so both are tested together in the browser tests.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from html import unescape
from html.parser import HTMLParser

KEY_LENGTH = 3  # a query word finds every word that begins with it, from this many letters on
WORDS_PER_BUCKET = 64  # on average: the number of buckets grows with the vocabulary
MAX_BUCKETS = 4096
MOST_COUNTED = 15  # a word used more often weighs no more
KEY_WORD = 16  # added to the count of a word of the entry's key text (title, place, topics)
STEP = 2 * KEY_WORD  # a row's number is stored times STEP, its weight in the remainder (finder.js reads both)
# Parts of a page that repeat other pages' text (a Baustein's list of cases) carry this attribute.
IGNORE_ATTRIBUTE = "data-search-ignore"

_WORD = re.compile(r"[^\W_]+")


_SPELT_OUT = re.compile("ae|oe|ue")


def fold(text: str) -> str:
    """'Übergänge' and 'Uebergaenge' -> 'ubergang': how words are compared (finder.js folds a query the same
    way). Umlauts spelt out with an e, as on a keyboard without them, fold to the same letter."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("ß", "ss"))
    plain = "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))
    return _SPELT_OUT.sub(lambda m: m.group(0)[0], plain)


@lru_cache(maxsize=200_000)
def _folded(token: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(token)))


def words(text: str) -> list[str]:
    """The folded words of ``text``, in order (each distinct word is folded once: a build folds millions)."""
    return [word for token in _WORD.findall(unicodedata.normalize("NFC", text)) for word in _folded(token)]


def bucket_of(word: str, buckets: int) -> int:
    """The file that holds ``word``: a hash of its first letters (finder.js computes the same)."""
    number = 0
    for char in word[:KEY_LENGTH]:
        number = (number * 31 + ord(char)) & 0xFFFFFFFF
    return number % buckets


def bucket_count(vocabulary_size: int) -> int:
    buckets = 1
    while buckets * WORDS_PER_BUCKET < vocabulary_size and buckets < MAX_BUCKETS:
        buckets *= 2
    return buckets


class _Text(HTMLParser):
    """The text of a page's content, without the parts marked as repeating other pages."""

    VOID = frozenset({"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.open: list[bool] = []  # per open element: whether it is ignored

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            return
        self.open.append(any(name == IGNORE_ATTRIBUTE for name, _ in attrs) or any(self.open[-1:]))

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.VOID and self.open:
            self.open.pop()

    def handle_data(self, data: str) -> None:
        if not (self.open and self.open[-1]):
            self.parts.append(data)


_IGNORED = re.compile(rf"<(div|p)\b[^>]*\s{IGNORE_ATTRIBUTE}\b[^>]*>.*?</\1>", re.S)
_TAG = re.compile(r"<[^>]*>")


def content_text(html: str) -> str:
    """The text of a page's content without its ignored parts.

    The site's own ignored parts hold no element of their own kind, so two expressions find them; where
    one does (the expression could not tell where it ends), an HTML parser reads the page instead.
    """
    nested = False

    def drop(match: re.Match[str]) -> str:
        nonlocal nested
        nested = nested or re.search(rf"<{match.group(1)}\b", match.group(0)[1:]) is not None
        return " "

    without = _IGNORED.sub(drop, html)
    if nested:
        parser = _Text()
        parser.feed(html)
        parser.close()
        return " ".join(parser.parts)
    return unescape(_TAG.sub(" ", without))


@dataclass(frozen=True)
class PageWords:
    """The words of one entry's page: how often each is used, and those of its key text."""

    counts: Counter[str]
    key: frozenset[str]

    def weight(self, word: str) -> int:
        return min(self.counts[word], MOST_COUNTED) + (KEY_WORD if word in self.key else 0)


def page_words(key_text: str, content_html: str) -> PageWords:
    """``key_text``: what the entry is about in a few words (title, place, topics); it weighs most."""
    key = words(key_text)
    return PageWords(Counter(words(content_text(content_html)) + key), frozenset(key))


def word_index(pages: Iterable[PageWords | None]) -> list[dict[str, list[int]]]:
    """The buckets of the index, for pages in the table's order (None: an entry not indexed).

    Each word maps to its entries as numbers, in row order, each ``STEP × (gap to the previous row) +
    weight``: small numbers, which keep the files small.
    """
    rows: dict[str, list[tuple[int, int]]] = {}
    for row, page in enumerate(pages):
        if page is None:
            continue
        for word in page.counts:
            rows.setdefault(word, []).append((row, page.weight(word)))
    buckets: list[dict[str, list[int]]] = [{} for _ in range(bucket_count(len(rows)))]
    for word in sorted(rows):
        previous, coded = 0, []
        for row, weight in rows[word]:
            coded.append((row - previous) * STEP + weight)
            previous = row
        buckets[bucket_of(word, len(buckets))][word] = coded
    return buckets

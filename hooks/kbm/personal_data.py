"""Personal contact data in a text: e-mail addresses, German phone numbers and IBANs, also when disguised.

Pages are public and their sources too, HTML comments included; a person's contact data appears only
with recorded consent. Each rule looks at a short window around a telltale character, so that no text,
however long, makes the search slow.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import unquote

# Top-level domains a disguised address written out in words ends in ("… bei stadt punkt de").
_WORD_TLDS = r"(?:de|com|org|net|eu|info|biz|at|ch|nl|fr|pl|it|es|io|nrw|berlin|hamburg|bayern|saarland|ruhr|koeln)"
# "name [at] domain [dot] de", "name(at)domain.de", "name (ät) domain (punkt) de", "name @ domain.de"; in brackets
# only lower case ("(AT)" is mostly Austria). In words: "name AT domain DOT de", "name bei domain punkt de", and
# "max.muster at domain.de" where the name has a dot, dash, underscore or digit.
_AT = re.compile(
    r"\s{0,3}[\[({<]\s{0,3}(?:at|ät|@)\s{0,3}[\])}>]\s{0,3}|\s{0,3}@\s{0,3}"
    rf"|\s{{1,3}}(?i:at|ät|bei)\s{{1,3}}(?=[\w-]{{1,63}}\s{{0,3}}(?:[\[({{]\s{{0,3}})?(?i:dot|punkt)\s{{0,3}}(?:[\])}}]\s{{0,3}})?{_WORD_TLDS}\b)"
)
_AT_NAME = re.compile(
    r"\b([\w+]{1,64}[._-][\w.+-]{0,64}|[\w]{0,32}\d[\w]{0,32})\s{1,3}(?i:at|ät)\s{1,3}(?!www\.)"
    r"([\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.[a-z]{2,24}\b)"
)
_DOT = re.compile(
    r"\s{0,3}[\[({<]\s{0,3}(?:dot|punkt)\s{0,3}[\])}>]\s{0,3}"
    rf"|\s{{1,3}}(?:dot|punkt)\s{{1,3}}(?={_WORD_TLDS}\b)",
    re.I,
)
_CANDIDATE = re.compile(r"[\d@&%]|[^\x00-\x7f]|\b(?i:at|bei)\b")
_DASHES = re.compile("[\u2010\u2011\u2012\u2013\u2014\u2212\ufe58\ufe63\uff0d]")
# Characters that do not show: soft hyphens, zero-width and joining characters, variation selectors, fillers
# and tags split an address for the eye only.
INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e0fff]"
)
_LOCAL_CHAR = re.compile(r"[\w.+-]")
_LOCAL = re.compile(r"[\w.+-]{1,64}$")
_DOMAIN = re.compile(r"[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.([a-zA-Z]{2,24})\b")
# German phone numbers: +49 / 0049 / (0…) / 0…, then digits with the usual separators; at least 7 digits.
_PHONE = re.compile(r"(?:\+\s?49|00\s?49|\(\s?0\s?\d|0\s?\d)[\d\s/().-]{4,30}\d")
# Numbers that look like phone numbers but are dates, times, months, grades, postcodes, keys or file numbers.
_DAY = r"(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})?|\d{1,2}/\d{4}|\d{1,2}[.:]\d{2}|\d{4})"
_DATEISH = re.compile(rf"{_DAY}(?:\s?[-/]\s?{_DAY})*")
_GRADES = re.compile(r"\d{2}(?:/\d{2}){2,}")
_POSTCODES = re.compile(r"0\d{4}(?:\s?[-/]\s?0\d{4})+")
_KEY = re.compile(r"\d{8}|\d{12}")  # a municipal key (AGS) or regional key (ARS), written without spaces
# Council papers and files are numbered like 093/2012 or 0345/2020-1: a number, a slash, a year.
_REFERENCE = re.compile(r"\d{1,5}/(?:19|20)\d{2}(?:-\d{1,3})?")
# Words before a number that say what it is.
_KEY_CUE = re.compile(
    r"(?i:\w*nummer|\w*zeichen|\w*schlüssel|kennziffer|kennung|isbn|issn|ags|ars|az|nr|no|id|"
    r"drucksache|vorlage)\b[^\d]{0,12}$"
)
_PHONE_CUE = re.compile(r"(?i:tel|telefon|fon|fax|mobil|handy|ruf|☎)[^\d]{0,12}$")
_AT_WORD = re.compile(r"\b(?i:at|ät|bei)\b")
_TAG = re.compile(r"<[^<>]{0,2000}>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>@])")
_EMPHASIS = re.compile(r"[*_~`]")
# Markdown links and images show their text; attribute lists show nothing.
_INLINE_LINK = re.compile(r"!?\[([^\[\]\n]{0,1000})\]\([^()\n]{0,2000}\)")
_REFERENCE_LINK = re.compile(r"!?\[([^\[\]\n]{0,1000})\]\[[^\[\]\n]{0,1000}\]")
_ATTRIBUTE_LIST = re.compile(r"\{:?[^{}\n]{0,2000}\}")
_IBAN = re.compile(r"\b[A-Za-z]{2}\d{2}(?:[ -]{0,2}[A-Za-z0-9]{4}){2,7}(?:[ -]{0,2}[A-Za-z0-9]{1,4})?\b")


@dataclass(frozen=True)
class Contact:
    kind: str  # "e-mail address", "phone number" or "IBAN"
    text: str


def plain(line: str) -> str:
    """The line as a reader sees it: entities and %-escapes decoded, full-width forms folded, invisible characters
    dropped, disguises of @ and . undone."""
    text = INVISIBLE.sub("", unicodedata.normalize("NFKC", html.unescape(line)))
    if "%" in text:
        text = unquote(text)
    if "@" in text or _AT_WORD.search(text):
        text = _DOT.sub(".", _AT.sub("@", _AT_NAME.sub(r"\1@\2", text)))
    return _DASHES.sub("-", text)


def contacts(line: str) -> Iterator[Contact]:
    """The contact data in one line (or one paragraph) of text."""
    if not _CANDIDATE.search(line):
        return  # no digit, '@', entity, escape, 'at' or character outside ASCII: nothing to look for
    text = plain(line)
    yield from _emails(text)
    yield from _phones(text)
    for match in _IBAN.finditer(text):
        if _iban_valid(match.group()):
            yield Contact("IBAN", match.group())


def shown_text(markdown: str) -> str:
    """A paragraph of Markdown as a reader sees it: no comments, tags, link targets, attribute lists, emphasis or
    escapes, one line."""
    text = _TAG.sub("", _without_comments(markdown))
    text = _REFERENCE_LINK.sub(r"\1", _INLINE_LINK.sub(r"\1", text))
    text = _ATTRIBUTE_LIST.sub("", text)
    text = _ESCAPE.sub(r"\1", text)
    text = _EMPHASIS.sub("", text)
    return " ".join(text.split())


def _without_comments(text: str) -> str:
    """The text without its HTML comments (one that is never closed runs to the end), in one pass."""
    parts, pos = [], 0
    while (start := text.find("<!--", pos)) >= 0:
        parts.append(text[pos:start])
        end = text.find("-->", start + 4)
        if end < 0:
            return "".join(parts)
        pos = end + 3
    return "".join(parts) + text[pos:]


def _emails(text: str) -> Iterator[Contact]:
    start = 0
    while (at := text.find("@", start)) >= 0:
        start = at + 1
        if at == 0 or not _LOCAL_CHAR.match(text, at - 1):
            continue  # nothing before the '@' that an address could end with
        domain = _DOMAIN.match(text, at + 1)  # the cheaper test first
        local = domain and _LOCAL.search(text, max(0, at - 64), at)
        if not (local and domain):
            continue
        if domain.group(1).isupper() and len(domain.group(1)) >= 3 and local.group()[:1].isupper():
            continue  # a name written like an address, such as the programme „Schule@Home.NRW“
        yield Contact("e-mail address", f"{local.group()}@{domain.group()}")


def _phones(text: str) -> Iterator[Contact]:
    for match in _PHONE.finditer(text):
        found = match.group().strip()
        if sum(c.isdigit() for c in found) < 7:
            continue
        before = text[max(0, match.start() - 40) : match.start()]
        if _PHONE_CUE.search(before):
            yield Contact("phone number", found)
            continue
        if (
            _inside_a_number(text, match.start(), match.end())
            or _KEY_CUE.search(before)
            or _in_a_web_address(text, match.start())
        ):
            continue
        bare = found.strip("()")
        if any(pattern.fullmatch(bare) for pattern in (_DATEISH, _REFERENCE, _GRADES, _POSTCODES, _KEY)):
            continue
        yield Contact("phone number", found)


def _inside_a_number(text: str, start: int, end: int) -> bool:
    """Whether the digits continue a longer number or word: a digit, letter or '_' right beside them, a '/' or
    '=' before them, or one of . - between them and another digit (as in 978-3-00-012345-6)."""
    if text[start] == "+":
        return False  # '+49' starts a number wherever it stands
    before, after = text[start - 1 : start], text[end : end + 1]
    if (before and (before.isalnum() or before == "_")) or (after and (after.isalnum() or after == "_")):
        return True
    if before in ("/", "=") or (before in (".", "-") and text[start - 2 : start - 1].isdigit()):
        return True  # a path segment or parameter, or part of a longer number
    return bool(after and after in "/-" and text[end + 1 : end + 2].isdigit())


def _in_a_web_address(text: str, start: int) -> bool:
    """Whether the digits stand in a web address (its page names are numbered, not dialled)."""
    word_start = max(text.rfind(" ", 0, start), text.rfind("(", 0, start), text.rfind("\n", 0, start)) + 1
    word = text[word_start:start]
    return "://" in word or word.startswith("www.")


def _iban_valid(iban: str) -> bool:
    """The ISO 13616 check: the number read with A=10 … Z=35, first four characters last, mod 97 is 1."""
    compact = iban.replace(" ", "").replace("-", "").upper()
    digits = "".join(str(int(c, 36)) for c in compact[4:] + compact[:4])
    return 15 <= len(compact) <= 34 and int(digits) % 97 == 1

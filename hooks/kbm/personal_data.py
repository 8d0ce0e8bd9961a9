"""Personal contact data in a text: e-mail addresses, German phone numbers and IBANs, also when disguised.

Pages are public and their sources too, HTML comments included; a person's contact data appears only
with recorded consent. Each rule looks at a short window around a telltale character, so that no text,
however long, makes the search slow.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterator

# "name [at] domain [dot] de", "name(at)domain.de", "name (ät) domain (punkt) de", "name AT domain DOT de".
_AT = re.compile(r"\s{0,3}[\[({<]\s{0,3}(?:at|ät|@)\s{0,3}[\])}>]\s{0,3}"
                 r"|\s{1,3}(?:at|ät)\s{1,3}(?=[\w-]{1,63}\s{0,3}(?:[\[({]\s{0,3})?(?:dot|punkt)\b)", re.I)
_DOT = re.compile(r"\s{0,3}[\[({<]\s{0,3}(?:dot|punkt)\s{0,3}[\])}>]\s{0,3}|\s{1,3}(?:dot|punkt)\s{1,3}", re.I)
_CANDIDATE = re.compile(r"[\d@&]|[^\x00-\x7f]|\b[aA][tT]\b")
_DASHES = re.compile("[\u2010\u2011\u2012\u2013\u2014\u2212\ufe58\ufe63\uff0d]")
_LOCAL = re.compile(r"[\w.+-]{1,64}$")
_DOMAIN = re.compile(r"[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.[a-z]{2,24}\b", re.I)
# German phone numbers: +49 / 0049 / (0…) / 0…, then digits with the usual separators; at least 7 digits.
_PHONE = re.compile(r"(?:\+\s?49|00\s?49|\(\s?0\s?\d|0\s?\d)[\d\s/().-]{4,30}\d")
_PHONE_BEFORE = re.compile(r"[\w/.-]")
_PHONE_AFTER = re.compile(r"[\w/-]")
_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(\d{2}|\d{4})")
# Council papers and files are numbered like 093/2012 or 0345/2020-1: a number, a slash, a year.
_REFERENCE = re.compile(r"\d{1,5}/(?:19|20)\d{2}(?:-\d{1,3})?")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")


@dataclass(frozen=True)
class Contact:
    kind: str  # "e-mail address", "phone number" or "IBAN"
    text: str


def plain(line: str) -> str:
    """The line as a reader sees it: entities decoded, full-width forms folded, disguises of @ and . undone."""
    text = unicodedata.normalize("NFKC", html.unescape(line))
    if "at" in text.lower() or "ät" in text.lower() or "@" in text:
        text = _DOT.sub(".", _AT.sub("@", text))
    return _DASHES.sub("-", text)


def contacts(line: str) -> Iterator[Contact]:
    """The contact data in one line of text."""
    if not _CANDIDATE.search(line):
        return  # no digit, '@', entity, 'at' or character outside ASCII: nothing to look for
    text = plain(line)
    yield from _emails(text)
    yield from _phones(text)
    for match in _IBAN.finditer(text):
        if _iban_valid(match.group()):
            yield Contact("IBAN", match.group())


def _emails(text: str) -> Iterator[Contact]:
    start = 0
    while (at := text.find("@", start)) >= 0:
        start = at + 1
        local = _LOCAL.search(text, max(0, at - 64), at)
        domain = _DOMAIN.match(text, at + 1)
        if local and domain:
            yield Contact("e-mail address", f"{local.group()}@{domain.group()}")


def _phones(text: str) -> Iterator[Contact]:
    for match in _PHONE.finditer(text):
        before = text[match.start() - 1:match.start()]
        after = text[match.end():match.end() + 1]
        found = match.group().strip()
        if _PHONE_BEFORE.match(before) or _PHONE_AFTER.match(after):
            continue
        if sum(c.isdigit() for c in found) >= 7 and not (_DATE.fullmatch(found) or _REFERENCE.fullmatch(found)):
            yield Contact("phone number", found)


def _iban_valid(iban: str) -> bool:
    """The ISO 13616 check: the number read with A=10 … Z=35, first four characters last, mod 97 is 1."""
    compact = iban.replace(" ", "")
    digits = "".join(str(int(c, 36)) for c in compact[4:] + compact[:4])
    return 15 <= len(compact) <= 34 and int(digits) % 97 == 1

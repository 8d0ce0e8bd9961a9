"""What a page may contain: the allow-list of HTML elements, attributes and addresses, declared once.

Everything not listed here is refused: the validator reports it with file and line (markup.py), and the
sanitizer removes it from the built page (sanitize.py), both from this declaration. Contributors write
a subset of it (``written``); the rest is HTML that the Markdown extensions or the site itself produce.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from .word_index import IGNORE_ATTRIBUTE

# Attributes every allowed element may carry, and the values they may take.
GLOBAL_ATTRIBUTES = frozenset({"id", "class", "lang", "title"})
# Attributes only the site's own HTML uses (fact boxes, listings, the pager, search data).
SITE_ATTRIBUTES = frozenset(
    {
        "hidden",
        "aria-hidden",
        "aria-label",
        "aria-current",
        "rel",
        IGNORE_ATTRIBUTE,
    }
)


@dataclass(frozen=True)
class Element:
    attributes: frozenset[str] = frozenset()
    # False: only Markdown syntax or the site produce it; a contributor writing it as HTML is told what to write.
    written: bool = True
    advice: str = ""


def _e(*attributes: str, written: bool = True, advice: str = "") -> Element:
    return Element(frozenset(attributes), written, advice)


ELEMENTS: dict[str, Element] = {
    **{
        name: _e()
        for name in (
            "p",
            "br",
            "hr",
            "blockquote",
            "pre",
            "code",
            "em",
            "strong",
            "b",
            "i",
            "s",
            "del",
            "ins",
            "sub",
            "sup",
            "small",
            "mark",
            "kbd",
            "q",
            "cite",
            "span",
            "div",
            "ul",
            "li",
            "dl",
            "dt",
            "dd",
            "figure",
            "figcaption",
            "caption",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "h3",
            "h4",
            "h5",
            "h6",
            "summary",
        )
    },
    "h1": _e(written=False, advice="the page's title is its only first-level heading: start sections with ##"),
    "h2": _e(
        written=False,
        advice="write a section's heading in Markdown, '## Ausgangslage', so that the sections are checked",
    ),
    "ol": _e("start"),
    "abbr": _e(),
    "table": _e(),
    "th": _e("colspan", "rowspan", "scope", "style"),
    "td": _e("colspan", "rowspan", "style"),
    "details": _e("open"),
    "a": _e("href"),
    "img": _e(
        "src",
        "alt",
        "width",
        "height",
        written=False,
        advice="show an image with Markdown, ![what it shows](../assets/bilder/datei.png), "
        "so that its address is checked",
    ),
    "input": _e(
        "type",
        "disabled",
        "checked",
        written=False,
        advice="write a task list in Markdown: '- [x] done' or '- [ ] open'",
    ),
    "label": _e(written=False, advice="write a task list in Markdown: '- [x] done' or '- [ ] open'"),
    "aside": _e(written=False, advice="use an admonition instead: '!!! note \"Title\"' and an indented text"),
    "nav": _e(written=False, advice="the site makes its own navigation"),
}
# Attributes a contributor may write in HTML but that do not reach the page (md_in_html reads them).
MARKDOWN_ATTRIBUTES = frozenset({"markdown"})

# Elements that end without a closing tag, and those whose closing tag HTML lets one leave out.
VOID = frozenset({"br", "hr", "img", "input", "wbr"})
OPTIONAL_END = frozenset({"p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "caption"})

# Addresses: links may leave the site by these schemes; images and media never do.
LINK_SCHEMES = frozenset({"https", "mailto", "tel"})
# Raster images the site publishes, from one folder (SVG can carry script, so it is not among them).
IMAGE_TYPES = frozenset({".png", ".jpg", ".jpeg", ".webp", ".avif", ".gif"})
IMAGE_FOLDER = "docs/assets/bilder"

_ID = re.compile(r"[a-z0-9_-][a-z0-9_:.-]*")
_CLASS = re.compile(r"-?[a-z_][a-z0-9_-]*(?: +-?[a-z_][a-z0-9_-]*)*")
_LANG = re.compile(r"[a-z]{2}(-[A-Z]{2})?")
_NUMBER = re.compile(r"[0-9]{1,4}")
_TEXT_ALIGN = re.compile(r"text-align: *(left|right|center);?")
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")
# Browsers drop these from anywhere in an address before they read it (URL standard).
_URL_IGNORED = re.compile(r"[\t\n\r]")
# Material's own elements are named __something; content may not take their names.
_RESERVED_ID = re.compile(r"__|kbm-")


def url_scheme(url: str) -> str | None:
    """The scheme of an address as a browser reads it: after dropping tabs, newlines and leading controls."""
    cleaned = _URL_IGNORED.sub("", url).lstrip(
        "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12"
        "\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f "
    )
    match = _SCHEME.match(cleaned)
    return match.group(1).lower() if match else None


def is_site_relative(url: str) -> bool:
    """A relative address on this site: no scheme, no host, no absolute path."""
    cleaned = _URL_IGNORED.sub("", url).strip()
    return url_scheme(url) is None and not cleaned.startswith(("/", "\\")) and "\\" not in cleaned


def link_problem(url: str) -> str | None:
    """Why a link target is not allowed, or None."""
    scheme = url_scheme(url)
    if scheme is None:
        cleaned = _URL_IGNORED.sub("", url).strip()
        if cleaned.startswith(("//", "\\\\", "/\\", "\\/")):
            return f"the address '{url}' leads to another site without saying how: write it with https://"
        if cleaned.startswith(("/", "\\")):
            return (
                f"the address '{url}' starts with '/': link to the page's Markdown file relative to this one, "
                "e.g. ../bausteine/koordination.md"
            )
        if "\\" in cleaned:
            return f"the address '{url}' contains a backslash: write addresses with '/'"
        return None
    if scheme == "http":
        return f"the address '{url}' starts with http://: use the https:// address of the page"
    if scheme not in LINK_SCHEMES:
        return f"{scheme}: addresses are not allowed: link to an https:// page (or mailto:/tel: with recorded consent)"
    if scheme == "https":
        try:
            host = urlsplit(_URL_IGNORED.sub("", url).strip()).hostname
        except ValueError:  # e.g. an unclosed '[' of an IPv6 address
            host = None
        if not host:
            return f"the address '{url}' names no site after https://"
    return None


def image_problem(url: str) -> str | None:
    """Why an image address is not allowed, or None: images come from the site itself."""
    if url_scheme(url) is not None or not is_site_relative(url):
        return (
            f"images are shown only from this site, not from '{url}': put the file in docs/assets/bilder/ "
            "and link it relative to the page"
        )
    return None


def attribute_problem(element: str, name: str, value: str | None, *, site: bool = False) -> str | None:
    """Why an attribute (with its decoded value) is not allowed on an element, or None."""
    allowed = ELEMENTS[element].attributes | GLOBAL_ATTRIBUTES | (SITE_ATTRIBUTES if site else frozenset())
    if name.startswith("on"):
        return f"the attribute {name}= is not allowed: pages may not run code"
    if name not in allowed:
        if name == "style":
            return "style attributes are not allowed: the site's stylesheet sets the look"
        return (
            f"the attribute {name}= is not allowed on <{element}>. Allowed: "
            f"{', '.join(sorted(allowed - SITE_ATTRIBUTES)) or 'none'}"
        )
    return value_problem(element, name, value or "", site=site)


def value_problem(element: str, name: str, value: str, *, site: bool = False) -> str | None:
    """Why an allowed attribute's value is not allowed, or None."""
    if name == "id":
        if not site and _RESERVED_ID.match(value):
            return f'id="{value}" is reserved for the site\'s own elements: choose another name'
        if not _ID.fullmatch(value) or value.startswith("__"):
            return f'id="{value}" is not allowed: use lower-case letters, digits and hyphens'
    elif name == "class" and not _CLASS.fullmatch(value):
        return f'class="{value}" is not allowed: use lower-case class names separated by spaces'
    elif name == "lang" and not _LANG.fullmatch(value):
        return f'lang="{value}" is not a language code such as de or en'
    elif name in ("start", "colspan", "rowspan", "width", "height") and not _NUMBER.fullmatch(value):
        return f'{name}="{value}" must be a number'
    elif name == "scope" and value not in ("row", "col"):
        return f'scope="{value}" must be row or col'
    elif name == "style" and not _TEXT_ALIGN.fullmatch(value.strip()):
        return "style attributes are not allowed: the site's stylesheet sets the look"
    elif name == "type" and value != "checkbox":
        return f'type="{value}" is not allowed'
    elif name == "href":
        return link_problem(value)
    elif name == "src":
        return image_problem(value)
    elif name == "rel" and value not in ("prev", "next"):
        return f'rel="{value}" is not allowed'
    elif name in ("aria-hidden", "hidden", IGNORE_ATTRIBUTE) and value not in ("", "true", name):
        return f'{name}="{value}" is not allowed'
    elif name == "aria-current" and value != "page":
        return f'aria-current="{value}" is not allowed'
    return None


def nh3_attributes() -> dict[str, set[str]]:
    """The allow-list as the sanitizer takes it: attributes per element, '*' for every element."""
    attributes = {name: set(element.attributes) for name, element in ELEMENTS.items()}
    attributes["*"] = set(GLOBAL_ATTRIBUTES | SITE_ATTRIBUTES)
    return attributes

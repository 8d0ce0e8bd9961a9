"""Web addresses from the front matter: https only, checked and written in one normal form before any use."""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit, urlunsplit

# Characters an address may not contain as written (RFC 3986 has no place for them).
_FORBIDDEN = re.compile(r"[\s\x00-\x1f\x7f<>\"{}|\\^`]")
_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")
# What stays as it is in a path, query or fragment; anything else is percent-encoded.
_SAFE = "/%:@!$&'()*+,;=-._~?"


def web_address(value: str) -> str:
    """The address in normal form (lower-case host, IDNA, no default port, non-ASCII percent-encoded).

    Raises ValueError, with what to write instead, for anything that is not a plain https:// address.
    """
    shown = value if len(value) <= 80 else value[:77] + "…"
    bad = _FORBIDDEN.search(value)
    if bad:
        what = "a space or line break" if bad.group().isspace() else f"the character {bad.group()!r}"
        raise ValueError(
            f"'{shown}' contains {what}, which an address cannot hold: copy the address again from "
            "the browser's address bar"
        )
    try:
        parts = urlsplit(value)
        port = parts.port
    except ValueError:
        raise ValueError(f"'{shown}' is not a web address: copy it again from the browser's address bar") from None
    if parts.scheme.lower() != "https":
        raise ValueError(
            f"'{shown}' is not a web address starting with https://; if the page has no https:// "
            "address, look for the same document elsewhere or cite another source"
        )
    if "@" in parts.netloc:
        raise ValueError(f"'{shown}' contains a user name or password before '@': cite the public address only")
    host = (parts.hostname or "").rstrip(".")
    try:
        ascii_host = host.encode("idna").decode("ascii").lower() if host else ""
    except UnicodeError:
        ascii_host = ""
    labels = ascii_host.split(".")
    if len(labels) < 2 or not all(_LABEL.fullmatch(label) for label in labels) or labels[-1].isdigit():
        raise ValueError(f"'{shown}' names no valid web site after https://")
    netloc = ascii_host if port in (None, 443) else f"{ascii_host}:{port}"
    return urlunsplit(
        (
            "https",
            netloc,
            quote(parts.path, safe=_SAFE),
            quote(parts.query, safe=_SAFE),
            quote(parts.fragment, safe=_SAFE),
        )
    )

"""A Content Security Policy in every page's head: the browser itself refuses script, styles, images,
fonts and connections from anywhere but the site, even if something got past the checks before it.

Page content can hold no script (the sanitizer removes it), so every inline script in a finished page is
the theme's own: each is allowed by its hash, and nothing else inline runs.
"""

from __future__ import annotations

import base64
import hashlib
import re

_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)
_CHARSET = re.compile(r'<meta charset="utf-8">', re.I)

# data: images are the theme's icons in its CSS; no page starts a worker.
_POLICY = (
    "default-src 'self'; script-src 'self' {hashes}; style-src 'self'; "
    "style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
    "worker-src 'none'; object-src 'none'; frame-src 'none'; base-uri 'self'; form-action 'self'"
)


def policy(html: str) -> str:
    """The policy for one finished page: its own inline scripts by hash, everything else from the site."""
    hashes = sorted(
        {
            "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"
            for body in _INLINE_SCRIPT.findall(html)
        }
    )
    return _POLICY.format(hashes=" ".join(hashes)).replace("  ", " ")


def with_policy(html: str) -> str:
    """The page with its policy as the first element of its head after the character set."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(html)}">'
    return _CHARSET.sub(lambda m: m.group(0) + "\n    " + meta, html, count=1)

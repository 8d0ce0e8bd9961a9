"""The last gate before a page is written: its content passes nh3 (ammonia) with the allow-list of policy.py.

The validator and the build's own check report everything the allow-list refuses, so on a valid site
this changes nothing a reader sees; it is there so that a rule someone forgot cannot put script, a
foreign request or a stray attribute on a page.
"""

from __future__ import annotations

from functools import lru_cache

import nh3

from .policy import ELEMENTS, nh3_attributes, value_problem


def _keep(element: str, attribute: str, value: str) -> str | None:
    """Every allowed attribute's value passes the same rule the validator applies."""
    return None if value_problem(element, attribute, value, site=True) else value


@lru_cache(maxsize=1)
def _cleaner() -> nh3.Cleaner:
    return nh3.Cleaner(
        tags=set(ELEMENTS),
        clean_content_tags={"script", "style", "template", "textarea", "title", "noscript", "iframe", "object"},
        attributes=nh3_attributes(),
        attribute_filter=_keep,
        url_schemes={"https", "mailto", "tel"},
        strip_comments=True,
        link_rel=None,
        filter_style_properties={"text-align"},
    )


def sanitize(html: str) -> str:
    """The page content with everything outside the allow-list removed."""
    return _cleaner().clean(html)

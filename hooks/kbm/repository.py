"""Addresses in the site's repository that readers are sent to: the contribution guide and the issue forms."""

from __future__ import annotations

import html
import posixpath
from urllib.parse import quote

from .issue_form import FORM_FILE
from .texts import t

# Name -> path below the repository's address; the forms are the files in .github/ISSUE_TEMPLATE/.
CONTRIBUTION_ADDRESSES = {
    "repository": "",
    "guide": "/blob/main/CONTRIBUTING.md",
    "propose": f"/issues/new?template={posixpath.basename(FORM_FILE)}",
    "report": "/issues/new?template=fehler-melden.yml",
}


def contribution_addresses(repository: str) -> dict[str, str]:
    """The addresses of CONTRIBUTION_ADDRESSES in the repository at ``repository`` (a GitHub address)."""
    base = repository.rstrip("/")
    return {name: base + path for name, path in CONTRIBUTION_ADDRESSES.items()}


def page_actions(repository: str, source: str | None, page_path: str, lang: str) -> str:
    """Links under a page: edit its source file in the repository (when it has one) and report a problem
    with the page's address filled into the form. ``source``: the file's path from the project's root."""
    addresses = contribution_addresses(repository)
    links = []
    if source is not None:
        links.append((addresses["repository"] + "/edit/main/" + quote(source), t("edit_page", lang)))
    links.append((addresses["report"] + "&seite=" + quote(page_path, safe="/"), t("report_problem", lang)))
    items = " · ".join(f'<a href="{html.escape(href)}">{html.escape(label)}</a>' for href, label in links)
    return f'<p class="kbm-page-actions">{items}</p>'

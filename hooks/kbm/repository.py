"""Addresses in the site's repository that readers are sent to: the contribution guide and the issue forms."""

from __future__ import annotations

# Name -> path below the repository's address; the forms are the files in .github/ISSUE_TEMPLATE/.
CONTRIBUTION_ADDRESSES = {
    "repository": "",
    "guide": "/blob/main/CONTRIBUTING.md",
    "propose": "/issues/new?template=praxisbeispiel-vorschlagen.yml",
    "report": "/issues/new?template=fehler-melden.yml",
}


def contribution_addresses(repository: str) -> dict[str, str]:
    """The addresses of CONTRIBUTION_ADDRESSES in the repository at ``repository`` (a GitHub address)."""
    base = repository.rstrip("/")
    return {name: base + path for name, path in CONTRIBUTION_ADDRESSES.items()}

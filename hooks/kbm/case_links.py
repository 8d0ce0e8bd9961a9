"""Links from a Baustein's text to the cases it names: where the text names a municipality for which there is a
practice example illustrating this Baustein, its first mention links to that case.

Only names that lead to exactly one such case are linked; headings, code, links and HTML stay as they are.
"""

from __future__ import annotations

import re

from .addresses import link
from .entries import Collection, Entry

# What is never touched: fenced code, inline code, links and images, HTML tags, headings.
_PROTECTED = re.compile(
    r"```.*?```|`[^`\n]*`|!?\[[^\]\n]*\]\([^)\n]*\)|<[^>\n]+>|^#{1,6} [^\n]*$",
    re.DOTALL | re.MULTILINE,
)


def named_cases(baustein: Entry, collection: Collection) -> dict[str, Entry]:
    """Municipality name -> the one case of this Baustein that took place there."""
    found: dict[str, list[Entry]] = {}
    for case in collection.cases_by_baustein.get(baustein.slug, []):
        for region in case.facts.regions:
            if region.name and region.type != "land":
                cases = found.setdefault(region.name, [])
                if case not in cases:
                    cases.append(case)
    return {name: cases[0] for name, cases in found.items() if len(cases) == 1}


def link_named_cases(markdown: str, baustein: Entry, collection: Collection) -> str:
    """The Baustein's Markdown with the first mention of each named case's municipality linked to the case."""
    # Only the names the text holds at all: one quick look each instead of one long pattern of them all.
    names = {name: case for name, case in named_cases(baustein, collection).items() if name in markdown}
    if not names:
        return markdown
    # Longest names first, so that "Landkreis Leipzig" is found before "Leipzig".
    pattern = re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w-])"
    )
    done: set[str] = set()

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in done:
            return name
        done.add(name)
        return f"[{name}]({link(baustein.src_uri, names[name].src_uri)})"

    parts, last = [], 0
    for protected in _PROTECTED.finditer(markdown):
        parts.append(pattern.sub(replace, markdown[last : protected.start()]))
        parts.append(protected.group(0))
        last = protected.end()
    parts.append(pattern.sub(replace, markdown[last:]))
    return "".join(parts)

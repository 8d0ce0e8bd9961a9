"""The map of the Länder with their practice examples: the outlines of the sixteen Länder, each a link to its
Land page and shaded by its number of cases, and the cases as points where their front matter gives
coordinates. Drawn at build time as inline SVG (no tiles, no request elsewhere, readable without JavaScript),
with a table of the same figures beside it.

The theme puts it under the regions overview and, smaller and with the Land marked, under each Land page,
where it shows that Land's points only.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from urllib.parse import urlencode

from .addresses import FINDER, REGIONS, entry_uri, href, index_uri, place_uri
from .entries import Case, Collection
from .geo import outlines, project
from .page_types import PRAXISBEISPIEL
from .texts import case_count, t

# Points closer than this (in map units; the map is 586 wide) are one point: the same city, or its neighbour.
CELL = 4
# A point's label names this many of the places joined in it; where cases meet, it opens the finder on the first.
NAMED = 3
# Shading by number of cases: the lowest count of each step.
STEPS = (1, 3, 5)


@dataclass
class Point:
    x: float
    y: float
    land: str | None
    names: list[str]  # of the places joined here, the first one's first
    cases: list[Case]


def case_counts(collection: Collection) -> dict[str, int]:
    """Practice examples per Land (a case in several places of one Land counts once)."""
    return {
        code: len({case.slug for _, case in collection.places.get(code, [])}) for code in collection.vocabulary.laender
    }


def points(collection: Collection) -> list[Point]:
    """The places with coordinates, those within a few kilometres of each other joined, in a fixed order."""
    found: dict[tuple[int, int], Point] = {}
    for case in sorted(collection.cases.values(), key=lambda c: c.slug):
        for region in case.facts.regions:
            if region.location is None:
                continue
            x, y = project(region.location.lat, region.location.lon)
            key = (round(x / CELL), round(y / CELL))
            point = found.setdefault(key, Point(x, y, region.land, [], []))
            if region.name and region.name not in point.names:
                point.names.append(region.name)
            if case not in point.cases:
                point.cases.append(case)
    return sorted(found.values(), key=lambda p: (p.y, p.x))


def _shade(n: int) -> int:
    return sum(1 for step in STEPS if n >= step)


def region_map(collection: Collection, lang: str, here: str, marked: str | None = None) -> str:
    """The map (SVG) and its table, for the page with source path ``here``."""
    laender, shape = collection.vocabulary.laender, outlines()
    missing = set(laender) ^ set(shape.laender)
    if missing:
        raise ValueError(f"the map has no outline for {sorted(missing)}: regenerate laender_outlines.json")
    counts = case_counts(collection)
    parts = []
    for code in sorted(laender, key=lambda c: c == marked):  # the marked Land last, so its border shows whole
        shade = "other" if marked else _shade(counts[code])  # on a Land page only that Land stands out
        kind = "kbm-land kbm-land--here" if code == marked else f"kbm-land kbm-land--{shade}"
        label = html.escape(f"{laender[code].label(lang)}: {case_count(counts[code], lang)}")
        parts.append(
            f'<a href="{html.escape(href(here, place_uri(code)))}" aria-label="{label}">'
            f'<path class="{kind}" d="{shape.laender[code]}"></path></a>'
        )
    shown = [p for p in collection.map_points if marked is None or p.land == marked]
    for point in shown:
        places = ", ".join(point.names[:NAMED]) + (" …" if len(point.names) > NAMED else "")
        if len(point.cases) == 1:
            case = point.cases[0]
            target = href(here, entry_uri(PRAXISBEISPIEL, case.slug))
            label = f"{places}: {case.text(lang).title}"
        else:
            target = href(here, index_uri(FINDER)) + "#" + urlencode({"q": point.names[0]})
            label = f"{places}: {case_count(len(point.cases), lang)}"
        radius = 5 if len(point.cases) == 1 else 7
        parts.append(
            f'<a href="{html.escape(target)}" aria-label="{html.escape(label)}">'
            f'<circle class="kbm-point" cx="{point.x:.0f}" cy="{point.y:.0f}" r="{radius}"></circle></a>'
        )
    for code in laender:  # the counts last, over the points; a click passes through them (CSS)
        if marked in (None, code):
            x, y = shape.centres[code]
            parts.append(
                f'<text class="kbm-land__count" aria-hidden="true" x="{x:.0f}" y="{y + 5:.0f}">{counts[code]}</text>'
            )
    rows = "\n".join(
        f'<tr><td><a href="{html.escape(href(here, place_uri(code)))}">'
        f"{html.escape(laender[code].label(lang))}</a></td><td>{counts[code]}</td></tr>"
        for code in sorted(laender, key=lambda c: laender[c].label(lang))
    )
    size = "kbm-map kbm-map--small" if marked else "kbm-map"
    credit = t(
        "map_credit",
        lang,
        source=f'<a href="{html.escape(shape.source_url)}">@svg-maps/germany</a> (MapSVG)',
        licence=f'<a href="{html.escape(shape.licence_url)}">{html.escape(shape.licence)}</a>',
    )
    caption = t("map_caption_land" if marked else "map_caption", lang, points=len(shown))
    return (
        '<div class="kbm-regions-map">\n'
        f'<figure class="{size}">\n'
        f'<svg viewBox="0 0 {shape.width} {shape.height}" width="{shape.width}" height="{shape.height}" '
        f'role="group" aria-label="{html.escape(t("map_label", lang))}">\n' + "\n".join(parts) + "\n</svg>\n"
        f"<figcaption>{html.escape(caption)} {credit}</figcaption>\n</figure>\n"
        f'<details class="kbm-map__table"><summary>{html.escape(t("map_table", lang))}</summary>\n'
        f"<table>\n<thead><tr><th>{t('map_land', lang)}</th><th>{t('map_cases', lang)}</th></tr></thead>\n"
        f"<tbody>\n{rows}\n</tbody>\n</table>\n</details>\n</div>"
    )


def map_for(src_uri: str, collection: Collection, lang: str) -> str:
    """The map a page shows under its content: the full one on the regions overview, a small one with the
    Land marked on a Land page; nothing elsewhere."""
    if src_uri == index_uri(REGIONS):
        return region_map(collection, lang, src_uri)
    for code in collection.vocabulary.laender:
        if src_uri == place_uri(code):
            return region_map(collection, lang, src_uri, marked=code)
    return ""

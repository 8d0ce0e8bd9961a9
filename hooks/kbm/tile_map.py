"""A schematic map of the sixteen Länder as a tile grid: each Land one square, in about its place, with its
number of practice examples; drawn at build time as inline SVG (no tiles, no request elsewhere), each
square a link to its Land page, and a table with the same figures beside it.

The theme puts it under the regions overview and, smaller and with the Land marked, under each Land page.
"""

from __future__ import annotations

import html

from .addresses import REGIONS, href, index_uri, place_uri
from .entries import Collection
from .texts import t

# Land -> (column, row): a common schematic arrangement, north at the top.
TILES = {
    "DE-SH": (2, 0),
    "DE-HB": (1, 1),
    "DE-HH": (2, 1),
    "DE-MV": (3, 1),
    "DE-NW": (0, 2),
    "DE-NI": (1, 2),
    "DE-ST": (2, 2),
    "DE-BE": (3, 2),
    "DE-BB": (4, 2),
    "DE-RP": (0, 3),
    "DE-HE": (1, 3),
    "DE-TH": (2, 3),
    "DE-SN": (3, 3),
    "DE-SL": (0, 4),
    "DE-BW": (1, 4),
    "DE-BY": (2, 4),
}
SIDE, GAP = 60, 6


def case_counts(collection: Collection) -> dict[str, int]:
    """Practice examples per Land (a case in several places of one Land counts once)."""
    counts = {}
    for code in collection.vocabulary.laender:
        counts[code] = len({case.slug for _, case in collection.places.get(code, [])})
    return counts


def tile_map(collection: Collection, lang: str, here: str, marked: str | None = None) -> str:
    """The map (SVG) and its table, for the page with source path ``here``."""
    laender = collection.vocabulary.laender
    missing = set(laender) ^ set(TILES)
    if missing:
        raise ValueError(f"the tile map has no place for {sorted(missing)}: add them to TILES")
    counts = case_counts(collection)
    width = (max(c for c, _ in TILES.values()) + 1) * (SIDE + GAP)
    height = (max(r for _, r in TILES.values()) + 1) * (SIDE + GAP)
    tiles = []
    for code, (column, row) in TILES.items():
        x, y = column * (SIDE + GAP), row * (SIDE + GAP)
        name = laender[code].label(lang)
        label = html.escape(t("map_tile", lang, land=name, n=counts[code]))
        kind = (
            "kbm-tile kbm-tile--here" if code == marked else ("kbm-tile" if counts[code] else "kbm-tile kbm-tile--none")
        )
        tiles.append(
            f'<a href="{html.escape(href(here, place_uri(code)))}" aria-label="{label}">'
            f'<rect class="{kind}" x="{x}" y="{y}" width="{SIDE}" height="{SIDE}" rx="6"></rect>'
            f'<text class="kbm-tile__code" x="{x + SIDE / 2}" y="{y + 25}">{code[3:]}</text>'
            f'<text class="kbm-tile__count" x="{x + SIDE / 2}" y="{y + 47}">{counts[code]}</text></a>'
        )
    rows = "\n".join(
        f'<tr><td><a href="{html.escape(href(here, place_uri(code)))}">'
        f"{html.escape(laender[code].label(lang))}</a></td><td>{counts[code]}</td></tr>"
        for code in sorted(laender, key=lambda c: laender[c].label(lang))
    )
    size = "kbm-map kbm-map--small" if marked else "kbm-map"
    return (
        '<div class="kbm-regions-map">\n'
        f'<figure class="{size}">\n'
        f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="group" '
        f'aria-label="{html.escape(t("map_label", lang))}">\n' + "\n".join(tiles) + "\n</svg>\n"
        f"<figcaption>{html.escape(t('map_caption', lang))}</figcaption>\n</figure>\n"
        f'<details class="kbm-map__table"><summary>{html.escape(t("map_table", lang))}</summary>\n'
        f"<table>\n<thead><tr><th>{t('map_land', lang)}</th><th>{t('map_cases', lang)}</th></tr></thead>\n"
        f"<tbody>\n{rows}\n</tbody>\n</table>\n</details>\n</div>"
    )


def map_for(src_uri: str, collection: Collection, lang: str) -> str:
    """The map a page shows under its content: the full one on the regions overview, a small one with the
    Land marked on a Land page; nothing elsewhere."""
    if src_uri == index_uri(REGIONS):
        return tile_map(collection, lang, src_uri)
    for code in TILES:
        if src_uri == place_uri(code):
            return tile_map(collection, lang, src_uri, marked=code)
    return ""

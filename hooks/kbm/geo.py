"""Where places lie: the outlines of the Länder (laender_outlines.json, made by scripts/map_outlines.py),
the map's projection, and the bounds a Land's coordinates must fall in."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

OUTLINES_FILE = Path(__file__).with_name("laender_outlines.json")
# A place on a Land's border may lie just outside the simplified outline's box.
MARGIN = 0.05  # degrees


@dataclass(frozen=True)
class Outlines:
    source: str
    source_url: str
    licence: str
    licence_url: str
    width: int
    height: int
    west: float
    east: float
    north: float
    south: float
    laender: dict[str, str]  # ISO 3166-2 code -> SVG path
    centres: dict[str, tuple[float, float]]  # ISO 3166-2 code -> a point (x, y) inside the Land


@cache
def outlines() -> Outlines:
    data = json.loads(OUTLINES_FILE.read_text(encoding="utf-8"))
    extent = data.pop("extent")
    data.pop("changes")
    return Outlines(**data, **extent)


def _mercator(lat: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def project(lat: float, lon: float) -> tuple[float, float]:
    """The point (x, y) on the map for a latitude and longitude."""
    o = outlines()
    x = (lon - o.west) / (o.east - o.west) * o.width
    y = (_mercator(o.north) - _mercator(lat)) / (_mercator(o.north) - _mercator(o.south)) * o.height
    return x, y


def _unproject(x: float, y: float) -> tuple[float, float]:
    o = outlines()
    lon = o.west + x / o.width * (o.east - o.west)
    m = _mercator(o.north) - y / o.height * (_mercator(o.north) - _mercator(o.south))
    return math.degrees(2 * math.atan(math.exp(m)) - math.pi / 2), lon


def outline_rings(path: str) -> list[list[tuple[float, float]]]:
    """The rings of absolute points of a path written as 'Mx yl dx dy dx dy…z' (as the outlines file is)."""
    found = []
    for start, lines in re.findall(r"M([^l]+)l([^z]*)z", path):
        x, y = (float(n) for n in start.split())
        ring = [(x, y)]
        steps = [float(n) for n in lines.split()]
        for dx, dy in zip(steps[::2], steps[1::2], strict=True):
            x, y = x + dx, y + dy
            ring.append((x, y))
        found.append(ring)
    return found


def land_centre(code: str) -> tuple[float, float]:
    """(lat, lon) of a point inside a Land, where a case placed by its Land alone is shown."""
    x, y = outlines().centres[code]
    return _unproject(x, y)


@cache
def land_bounds(code: str) -> tuple[float, float, float, float]:
    """(south, west, north, east) in degrees of a Land's outline, with a margin for places on its border."""
    points = [point for ring in outline_rings(outlines().laender[code]) for point in ring]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    south, west = _unproject(min(xs), max(ys))
    north, east = _unproject(max(xs), min(ys))
    return south - MARGIN, west - MARGIN, north + MARGIN, east + MARGIN

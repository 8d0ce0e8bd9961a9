#!/usr/bin/env python3
"""Regenerate hooks/kbm/laender_outlines.json, the outlines of the sixteen Länder that the regions map draws.

The outlines come from the npm package @svg-maps/germany (CC BY 4.0, based on MapSVG's map of Germany),
fetched with `npm pack`. They are simplified and rounded to whole units here, so that a page carries about
12 KB of map instead of 68 KB. The map is a Mercator projection of Germany's extreme points; the site places
each case's coordinates on it with the same projection (kbm.geo).

Needs npm and the test dependencies (shapely): `.venv/bin/python scripts/map_outlines.py`.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from _project import ROOT
from shapely.geometry import LineString, Polygon

from kbm.geo import OUTLINES_FILE, outline_rings

PACKAGE = "@svg-maps/germany@2.0.0"
TOLERANCE = 1.5  # map units (the map is 586 wide): about 2 km
SMALLEST = 4.0  # islands smaller than this many square units are left out

Ring = list[tuple[float, float]]


def rings(path: str) -> list[Ring]:
    """The closed rings of a path written, as in this package, with relative moves and lines only."""
    found: list[Ring] = []
    current: Ring = []
    x = y = 0.0
    for token in re.findall(r"[mMzZ]|-?[\d.]+(?:e-?\d+)?,-?[\d.]+(?:e-?\d+)?", path):
        if token in "mM":
            continue
        if token in "zZ":
            found.append(current)
            x, y = current[0]
            current = []
            continue
        dx, dy = (float(n) for n in token.split(","))
        x, y = x + dx, y + dy
        current.append((x, y))
    if current:
        found.append(current)
    return found


def simplified(path: str) -> str:
    """The path simplified and written with whole numbers and relative lines."""
    parts = []
    for ring in rings(path):
        if len(ring) < 3 or Polygon(ring).area < SMALLEST:
            continue
        points = [(round(x), round(y)) for x, y in LineString([*ring, ring[0]]).simplify(TOLERANCE).coords[:-1]]
        points = [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]
        if len(points) < 3:
            continue
        steps = " ".join(f"{b[0] - a[0]} {b[1] - a[1]}" for a, b in zip(points, points[1:], strict=False))
        parts.append(f"M{points[0][0]} {points[0][1]}l{steps}z")
    return "".join(parts)


def centre(path: str) -> tuple[float, float]:
    """A point inside the outline (x, y): its centroid where that lies inside, else a point shapely picks."""
    area = None
    for ring in outline_rings(path):
        if len(ring) >= 3:
            shape = Polygon(ring).buffer(0)
            area = shape if area is None else area.symmetric_difference(shape)  # even-odd, as the map fills
    assert area is not None
    point = area.centroid if area.contains(area.centroid) else area.representative_point()
    return point.x, point.y


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=folder, check=True, stdout=subprocess.DEVNULL)
        with tarfile.open(next(Path(folder).glob("*.tgz"))) as archive:
            svg = archive.extractfile("package/germany.svg").read().decode()  # type: ignore[union-attr]
    width, height = (int(n) for n in re.search(r'viewBox="0 0 (\d+) (\d+)"', svg).groups())  # type: ignore[union-attr]
    paths = {f"DE-{key.upper()}": d for key, d in re.findall(r'<path\s+id="(\w+)"[^>]*?\sd="([^"]+)"', svg)}
    if len(paths) != 16:
        sys.exit(f"expected the 16 Länder in {PACKAGE}, found {sorted(paths)}")
    laender = {code: simplified(paths[code]) for code in sorted(paths)}
    data = {
        "source": f"{PACKAGE} (npm), based on the map of Germany by MapSVG",
        "source_url": "https://www.npmjs.com/package/@svg-maps/germany",
        "licence": "CC BY 4.0",
        "licence_url": "https://creativecommons.org/licenses/by/4.0/",
        "changes": f"simplified (Douglas-Peucker, {TOLERANCE} units), islands under {SMALLEST} square units left "
        "out, rounded to whole units",
        "width": width,
        "height": height,
        # Germany's extreme points: the map's edges in its Mercator projection.
        "extent": {"west": 5.866250, "east": 15.041656, "north": 55.058140, "south": 47.270362},
        "laender": laender,
        # A point inside each Land, in map units, for what is placed by its Land alone.
        "centres": {code: [round(n, 1) for n in centre(laender[code])] for code in sorted(paths)},
    }
    OUTLINES_FILE.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUTLINES_FILE.relative_to(ROOT)} ({OUTLINES_FILE.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

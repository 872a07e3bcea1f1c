"""The pipeline in one call: load the data, validate it, generate the pages."""
from __future__ import annotations

import sys
from pathlib import Path

from . import archive, data, site, validate

NARRATIVE = archive.ROOT / "docs" / "narrative"


def pages(sources: Path | None = None, narrative: Path | None = NARRATIVE) -> dict[str, str]:
    """Validate everything (raising InvalidData with every problem) and return the pages."""
    dataset = data.load()
    sources = sources or archive.archive_dir()
    for notice in validate.check(dataset, sources=sources, narrative=narrative):
        print(f"NOTICE: {notice}", file=sys.stderr)
    return site.generate(dataset, narrative, sources)

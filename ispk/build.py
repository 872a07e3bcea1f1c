"""The pipeline in one call: load the data, validate it, generate and decorate the pages."""
from __future__ import annotations

import sys
from pathlib import Path

from . import archive, data, site, validate

NARRATIVE = archive.ROOT / "docs" / "narrative"
DEFAULT_BASE_URL = "http://127.0.0.1:8000/"


def pages(sources: Path | None = None, narrative: Path | None = NARRATIVE,
          base_url: str = DEFAULT_BASE_URL) -> dict[str, str]:
    """Validate everything (raising InvalidData with every problem) and return the pages."""
    return build(sources, narrative, base_url)[0]


def build(sources: Path | None = None, narrative: Path | None = NARRATIVE,
          base_url: str = DEFAULT_BASE_URL) -> tuple[dict[str, str], dict[str, bytes]]:
    """Pages ({path: Markdown}) and static files ({path: bytes}) for the whole site."""
    dataset = data.load()
    sources = sources or archive.archive_dir()
    for notice in validate.check(dataset, sources=sources, narrative=narrative):
        print(f"NOTICE: {notice}", file=sys.stderr)
    generated = site.Site(dataset, narrative, sources)
    pages = generated.pages()
    files: dict[str, bytes] = {}
    # Decorators add to finished pages (front matter and Markdown) and may add files.
    for decorate in _decorators():
        pages, extra = decorate(pages, generated, base_url)
        files.update(extra)
    return pages, files


def _decorators():
    # Pictures first (they add a page, relations/graph.md); then open data, so that
    # citation metadata can describe the data links too.
    from . import citation, opendata, pictures
    return (pictures.decorate, opendata.decorate, citation.decorate)

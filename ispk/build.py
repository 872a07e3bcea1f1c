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
    return _with_search_facets(pages, generated), files


def _with_search_facets(pages: dict[str, str], generated: "site.Site") -> dict[str, str]:
    """PROTOTYPE (issue 15), to be replaced by the site plan's `search` slot (issue 13).

    Appends each page's search block (ispk.search.block) to its Markdown. The path is
    turned back into a kind and id only because this prototype has no plan to ask.
    """
    from . import search
    from .markdown import FOLDERS
    kinds = {folder: kind for kind, folder in FOLDERS.items()}
    sources_of = {rid: [u.cite.source for u in uses] for rid, uses in generated.uses_by_record.items()}
    out = {}
    for path, markdown in pages.items():
        folder, _, name = path.rpartition("/")
        stem = name.removesuffix(".md")
        if path == "SUMMARY.md" or not name.endswith(".md"):
            out[path] = markdown
            continue
        if stem == "index" and path != "index.md":
            kind, ident = "index", None
        elif folder in kinds and "/" not in folder:
            kind, ident = kinds[folder], stem
        else:
            kind, ident = "page", None
        out[path] = markdown.rstrip("\n") + "\n" + str(search.block(search.facets_of(kind, ident, generated.ix, sources_of)))
    return out


def _decorators():
    # Pictures first (they add a page, relations/graph.md); then open data, so that
    # citation metadata can describe the data links too.
    from . import citation, opendata, pictures
    return (pictures.decorate, opendata.decorate, citation.decorate)

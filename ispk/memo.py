"""State that must outlive the module reload `mkdocs serve` does on every save.

scripts/gen_pages.py drops every other ``ispk`` module so that edited records
are read again; this one is kept. Only caches of pure functions of their keys
belong here (nothing that depends on the data), so keeping them is always safe.
"""
from __future__ import annotations

# ispk.citation: the citeproc-py methods it memoises, as shipped (set once per process).
citeproc_originals: dict = {}
# ispk.citation.formatted: (style, CSL item as JSON) -> HTML entry.
formatted_entries: dict[tuple[str, str], str] = {}
# The keys the current build used: what the on-disk cache keeps.
used_entries: set[tuple[str, str]] = set()

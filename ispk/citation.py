"""Citing pages: CSL-formatted citations, BibTeX/RIS, citation metadata (being built)."""
from __future__ import annotations


def decorate(pages: dict[str, str], site, base_url: str) -> tuple[dict[str, str], dict[str, bytes]]:
    return pages, {}

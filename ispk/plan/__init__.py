"""The site plan: from the cross-referenced data to one structured object per page.

``make`` runs the producers in order. Record and index pages come first; then
pictures, open data and citations fill their slots (citations last, so that
the open-data page's metadata can list the downloads). The navigation is
decided last, from the pages that exist.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from ..citation import CitationRenderer, GitDates
from ..config import SiteConfig
from ..index import Index
from ..narrative import Narrative
from ..pictures import Pictures
from . import citing, downloads, figures, records, search
from .deps import Deps
from .lists import Lists, navigation
from .page import Page, Plan

__all__ = ["Page", "Plan", "Timer", "make", "untimed"]

Timer = Callable[[str], AbstractContextManager]
"""Times a named step: ``with timer("pictures"): ...`` (`make bench` passes one; builds pass none)."""


def untimed(step: str) -> AbstractContextManager:
    return nullcontext()


def make(ix: Index, *, config: SiteConfig, narrative: Narrative, sources_dir: Path | None,
         pictures: Pictures | None, citations: CitationRenderer | None, git: GitDates | None,
         opendata: bool = True, timer: Timer = untimed) -> Plan:
    """The whole plan. A producer given None is left out (tests of the pages alone do that)."""
    with timer("plan: dependencies"):
        deps = Deps(ix)
    with timer("plan: record pages"):
        pages = [*records.pages(ix, deps, narrative, sources_dir)]
    with timer("plan: index pages"):
        pages += Lists(ix, deps, narrative, config.site_name).pages()
    plan = Plan(pages={p.path: p for p in pages}, nav=())
    if pictures is not None:
        with timer("plan: pictures"):
            plan = figures.fill(plan, ix, pictures)
    if opendata:
        with timer("plan: open data"):
            plan = downloads.fill(plan, ix, config)
    if citations is not None and git is not None:
        with timer("plan: citations"):
            plan = citing.fill(plan, ix, config, citations, git)
    with timer("plan: search"):
        plan = search.fill(plan, ix)
    with timer("plan: navigation"):
        return dataclasses.replace(plan, nav=navigation(plan.pages, bool(ix.data.relations)))

"""The site plan: from the cross-referenced data to one structured object per page.

``make`` runs the producers in order. Record and index pages come first; then
the releases' change pages (and the Changes slot of each changed record's page),
pictures, open data and citations (last, so that every page, the change pages
included, gets one, and the open-data page's metadata can list the downloads),
then each page's search facets. The navigation is decided last, from the pages
that exist. The maintainers' pages (coverage checklists), which only the preview
asks for, join after it: in no navigation and no citation.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from ..cite.csl import CitationRenderer
from ..cite.git_dates import GitDates
from ..config import SiteConfig
from ..index import Index
from ..narrative import Narrative
from ..pictures import Pictures
from ..releases.model import Releases
from . import changes, citing, downloads, figures, listed, maintainers, producers, records, search
from .deps import Deps
from .lists import Lists, navigation
from .page import Page, Plan

__all__ = ["Page", "Plan", "Timer", "make", "untimed"]

Timer = Callable[[str], AbstractContextManager[object]]
"""Times a named step: ``with timer("pictures"): ...`` (`make bench` passes one; builds pass none)."""


def untimed(step: str) -> AbstractContextManager[object]:
    return nullcontext()


def make(
    ix: Index,
    *,
    config: SiteConfig,
    narrative: Narrative,
    sources_dir: Path | None,
    pictures: Pictures | None,
    citations: CitationRenderer | None,
    git: GitDates | None,
    opendata: bool = True,
    releases: Releases | None = None,
    maintainers_pages: bool = False,
    timer: Timer = untimed,
) -> Plan:
    """The whole plan. A producer given None is left out (tests of the pages alone do that).

    ``releases``: every release up to this one and their changes, read from git once by the caller.
    ``maintainers_pages``: add the preview's coverage checklists (``make serve`` only, never a build).
    ``timer``: times each step by name (``make bench``).
    """
    with timer("plan: dependencies"):
        deps = Deps(ix)
    env = producers.Env(ix, deps, narrative, sources_dir, config.site_name)
    with timer("plan: record pages"):
        pages = [*records.pages(env)]
    with timer("plan: index pages"):
        pages += Lists(env).pages()
    plan = listed.fill(Plan(pages={p.path: p for p in pages}, nav=()), env)
    if releases is not None:
        # Links into other releases' folders exist only in a versioned build (mike).
        with timer("plan: changes"):
            plan = changes.fill(plan, ix, releases, versioned=config.deployed_version is not None, downloads=opendata)
    if pictures is not None:
        with timer("plan: pictures"):
            plan = figures.fill(plan, ix, pictures)
    if opendata:
        with timer("plan: open data"):
            plan = downloads.fill(plan, ix, config, releases)
    if citations is not None and git is not None:
        with timer("plan: citations"):
            plan = citing.fill(plan, ix, config, citations, git)
    with timer("plan: search"):
        plan = search.fill(plan, ix)
    with timer("plan: navigation"):
        plan = dataclasses.replace(plan, nav=navigation(plan.pages, bool(ix.data.relations)))
    if maintainers_pages:
        plan = maintainers.fill(plan, ix, deps, sources_dir)
    return plan

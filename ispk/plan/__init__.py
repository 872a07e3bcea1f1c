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
from collections.abc import Callable, Collection, Mapping
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from ..cite.csl import CitationRenderer
from ..cite.git_dates import GitDates
from ..config import SiteConfig
from ..coverage import Checklist
from ..index import Index
from ..narrative import Narrative
from ..opendata import Memo
from ..pictures import Pictures
from ..releases.model import Releases
from . import changes, citing, downloads, figures, listed, maintainers, producers, records, search
from .deps import Deps
from .lists import Lists, navigation
from .page import Page, Plan

__all__ = ["Page", "Plan", "Steps", "Timer", "make", "untimed"]

Timer = Callable[[str], AbstractContextManager[object]]
"""Times a named step: ``with timer("pictures"): ...`` (`make bench` passes one; builds pass none)."""


def untimed(step: str) -> AbstractContextManager[object]:
    return nullcontext()


@dataclasses.dataclass(frozen=True, kw_only=True)
class Steps:
    """What every plan of one build reads besides the data, and the plan's steps: ``make`` runs them
    once over every page; the incremental plan (plan/incremental.py) runs them over the pages a save touched.
    A producer given None is left out (tests of the pages alone do that)."""

    config: SiteConfig
    narrative: Narrative
    sources_dir: Path | None
    pictures: Pictures | None
    citations: CitationRenderer | None
    git: GitDates | None
    opendata: bool = True
    maintainers_pages: bool = False

    def env(self, ix: Index) -> producers.Env:
        return producers.Env(ix, Deps(ix), self.narrative, self.sources_dir, self.config.site_name)

    def base(self, env: producers.Env, timer: Timer = untimed) -> Plan:
        """Every record's, year's and index page, with the "listed" slot: what the fill steps start from."""
        with timer("plan: record pages"):
            pages = [*records.pages(env)]
        with timer("plan: index pages"):
            pages += Lists(env).pages()
        return listed.fill(Plan(pages={p.path: p for p in pages}, nav=()), env)

    def fill(self, plan: Plan, ix: Index, releases: Releases | None, timer: Timer = untimed, memo: Memo | None = None) -> Plan:
        """The change pages, pictures, open data, citations and search facets of these pages
        (``memo``: each record's open data from the last plan, ``ispk.opendata.Memo``)."""
        if releases is not None:
            # Links into other releases' folders exist only in a versioned build (mike).
            with timer("plan: changes"):
                versioned = self.config.deployed_version is not None
                plan = changes.fill(plan, ix, releases, versioned=versioned, downloads=self.opendata)
        if self.pictures is not None:
            with timer("plan: pictures"):
                plan = figures.fill(plan, ix, self.pictures)
        if self.opendata:
            with timer("plan: open data"):
                plan = downloads.fill(plan, ix, self.config, releases, memo)
        if self.citations is not None and self.git is not None:
            with timer("plan: citations"):
                plan = citing.fill(plan, ix, self.config, self.citations, self.git)
        with timer("plan: search"):
            return search.fill(plan, ix)

    def checklists(self, ix: Index, only: Collection[str] | None = None) -> dict[str, Checklist]:
        """The sources' coverage checklists the maintainers' pages show (none when there are none)."""
        return maintainers.checklists(ix, self.sources_dir, only) if self.maintainers_pages else {}

    def finish(
        self,
        plan: Plan,
        env: producers.Env,
        timer: Timer = untimed,
        lists: Mapping[str, Checklist] | None = None,
        kept: Mapping[str, Page] | None = None,
    ) -> Plan:
        """The navigation, from the pages that exist, then the preview's maintainers' pages
        (``lists`` and ``kept``: see ``maintainers.fill``)."""
        with timer("plan: navigation"):
            plan = dataclasses.replace(plan, nav=navigation(plan.pages, bool(env.ix.data.relations)))
        if self.maintainers_pages:
            with timer("plan: maintainers"):
                plan = maintainers.fill(plan, env.ix, env.deps, self.sources_dir, lists, kept)
        return plan

    def make(self, ix: Index, releases: Releases | None = None, timer: Timer = untimed) -> Plan:
        with timer("plan: dependencies"):
            env = self.env(ix)
        return self.finish(self.fill(self.base(env, timer), ix, releases, timer), env, timer)


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
    steps = Steps(
        config=config,
        narrative=narrative,
        sources_dir=sources_dir,
        pictures=pictures,
        citations=citations,
        git=git,
        opendata=opendata,
        maintainers_pages=maintainers_pages,
    )
    return steps.make(ix, releases, timer)

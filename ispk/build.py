"""The pipeline: load the data, validate it, cross-reference it, plan the site, render it.

``Build`` holds what one process keeps between builds (the picture cache, the
citation renderer, git dates): the preview makes one and reuses it on every
save; ``make build`` makes one and builds once. It knows nothing of any engine:
``ispk.engine`` writes its output to a folder an engine builds.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import archive, loader, validate
from . import config as site_config
from . import plan as site_plan
from .archive import ROOT
from .cite.csl import CitationRenderer
from .cite.git_dates import GitDates
from .config import SiteConfig
from .index import Index
from .model import Dataset
from .narrative import DEFAULT_ROOT, Narrative
from .pictures import Pictures
from .plan import Timer, untimed
from .plan.incremental import Incremental
from .plan.page import NavEntry, Plan
from .releases import history
from .render import Renderer, environment


def cache_dir() -> Path:
    """Where rendered pictures, citations and compiled templates are kept between builds (``ISPK_CACHE`` moves it)."""
    return Path(os.environ.get("ISPK_CACHE") or ROOT / ".cache")


@dataclass(frozen=True)
class Output:
    pages: dict[str, str]
    """{docs path: Markdown}"""
    files: dict[str, bytes]
    nav: tuple[NavEntry, ...]
    plan: Plan = field(repr=False)


class Build:
    def __init__(
        self,
        config: SiteConfig | None = None,
        *,
        sources: Path | None = None,
        narrative: Path | None = DEFAULT_ROOT,
        cache: Path | None = None,
        pictures: bool = True,
        citations: bool = True,
        opendata: bool = True,
        releases: bool = True,
    ):
        self.config = config or site_config.load()
        self.sources = sources or archive.archive_dir()
        self.narrative = Narrative(narrative)
        cache = cache or cache_dir()
        self.compiled_templates = cache / "templates"
        # What one process keeps between builds; a producer switched off (tests of pages alone) has none.
        self.pictures = Pictures(cache / "pictures") if pictures else None
        self.citations = CitationRenderer(cache / "citations") if citations else None
        self.git = GitDates(ROOT) if citations else None
        self.opendata = opendata
        # The releases and their changes are read from this repository's tags (ispk.releases.cache keeps each tag's data).
        self.releases = releases

    def check(self, dataset: Dataset, passed: validate.Passed | None = None) -> list[str]:
        """Validate (raising InvalidData with every problem); return notices such as a missing archive.

        ``passed``: the records that passed the checks of a record alone last time, which are skipped
        (the preview keeps one between saves; a build, which validates once, has none to keep).
        """
        return validate.check(dataset, sources=self.sources, narrative=self.narrative.root, passed=passed)

    def steps(self, *, maintainers_pages: bool = False) -> site_plan.Steps:
        """The plan's settings and steps for this build's configuration and caches."""
        return site_plan.Steps(
            config=self.config,
            narrative=self.narrative,
            sources_dir=self.sources if archive.available(self.sources) else None,
            pictures=self.pictures,
            citations=self.citations,
            git=self.git,
            opendata=self.opendata,
            maintainers_pages=maintainers_pages,
        )

    def plan(
        self,
        dataset: Dataset,
        timer: Timer = untimed,
        *,
        maintainers_pages: bool = False,
        planner: Incremental | None = None,
        data_only: bool = False,
    ) -> tuple[Index, Plan]:
        """The site plan; ``maintainers_pages`` adds the coverage checklists, which only the preview asks for.

        ``planner``: the preview's incremental planner, which re-plans only what changed since its
        last plan when ``data_only`` (nothing but the data changed); a build plans everything.
        """
        with timer("cross-references"):
            ix = Index(dataset)
        with timer("releases"):
            releases = history.read(dataset, self.config, ROOT) if self.releases else None
        if planner is not None:
            return ix, planner.plan(ix, releases, data_only=data_only, timer=timer)
        return ix, self.steps(maintainers_pages=maintainers_pages).make(ix, releases, timer)

    def run(self, dataset: Dataset | None = None, check: bool = True, timer: Timer = untimed) -> Output:
        """Validate (unless told not to: a test of rendering alone) and build everything.

        ``timer`` times each step by name (`make bench`); nothing else changes with it.
        """
        with collector_paused():
            return self._run(dataset, check, timer)

    def _run(self, dataset: Dataset | None, check: bool, timer: Timer) -> Output:
        if dataset is None:
            with timer("load"):
                dataset = loader.load()
        with timer("validate"):
            notices = self.check(dataset) if check else []
        for notice in notices:
            print(f"NOTICE: {notice}", file=sys.stderr)
        _, plan = self.plan(dataset, timer)
        with timer("render"):
            pages = Renderer(environment(self.compiled_templates)).site(plan)
        return Output(pages=pages, files=dict(plan.files), nav=plan.nav, plan=plan)


@contextmanager
def collector_paused(*, one_shot: bool = False) -> Iterator[None]:
    """Python's cyclic garbage collector off while a build runs, as it was after.

    A build allocates millions of objects that live until it ends (records, pages, their
    Markdown), and the collector scanned all of them again and again: at 10,000 events its
    full collections took 10 s of a 60 s generate. Reference counting still frees nearly
    everything; the few cycles left (Jinja's contexts) are collected once, when it resumes.

    ``one_shot``: the process ends soon after (``python -m ispk generate`` or ``build``). Then what
    the build left is frozen (``gc.freeze``) as the collector resumes: its first collection would
    otherwise scan every object made since it stopped (2.5 s at 10,000 events) to free a few
    cycles that the end of the process frees anyway.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if one_shot:
                gc.freeze()
            gc.enable()


def pages(sources: Path | None = None, narrative: Path | None = DEFAULT_ROOT, base_url: str | None = None) -> dict[str, str]:
    """Validate everything (raising InvalidData with every problem) and return the pages' Markdown."""
    config = site_config.load()
    if base_url:
        config = config.with_site_url(base_url)
    return Build(config, sources=sources, narrative=narrative).run().pages

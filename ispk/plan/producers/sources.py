"""Sources: a page per archived source (what it supports, how much of it is cited) and the index of sources."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ... import coverage, dates, kinds, routes
from ...index import Index, ordered
from ...model import Source, Statement, Statistic
from ..facets import FacetData, when_years
from ..folds import Listed, of_kind
from ..page import Context, Facets, Link, Page, Table
from .base import Env, index_page, record_page


@dataclass(frozen=True, kw_only=True)
class Support:
    """A record citing the source: a link to where it is shown, its kind, and the quote it rests on."""

    link: Link
    kind: str
    quote: str
    record: object
    """The citing record (so that the page depends on it)."""


@dataclass(frozen=True, kw_only=True)
class SetAsideLine:
    text: str
    reason: str


@dataclass(frozen=True, kw_only=True)
class Coverage:
    """How much of the source's text records cite, and the sentences set aside as not content."""

    total: int
    cited: int
    aside: int
    rows: tuple[SetAsideLine, ...]


@dataclass(frozen=True, kw_only=True)
class SourcePage(Context):
    source: Source
    supports: tuple[Support, ...]
    statements: Listed[Statement]
    """The statements that live on this page (routes.home_of): with no event, no speaker and no known year, citing this source first."""
    statistics: Listed[Statistic]
    """The figures that live on this page: with no known year, citing this source first."""
    coverage: Coverage | None
    """None without the archive to read the text from."""


def pages(env: Env) -> Iterator[Page]:
    return pages_of(env, env.ix.data.sources)


def pages_of(env: Env, sources: Iterable[Source]) -> Iterator[Page]:
    """The pages of these sources (the incremental plan asks for a few): their coverage alone is read."""
    ix, sources = env.ix, tuple(sources)
    cover = (
        coverage.report(ix.data, env.sources_dir, {s.id for s in sources}, ix.cites_by_source)
        if env.sources_dir is not None
        else {}
    )
    for s in sources:
        yield record_page(
            env,
            kind="source",
            ident=s.id,
            title=s.headline,
            record=s,
            description=f"Archived source {s.id.split('_')[0]}: {s.headline}. Metadata, provenance and every fact it supports.",
            context=SourcePage(
                source=s,
                supports=_supports(ix, s.id),
                statements=of_kind(_living_here(ix, s.id, "statement"), "statements"),
                statistics=of_kind(_living_here(ix, s.id, "statistic"), "statistics"),
                coverage=_coverage(cover.get(s.id)),
            ),
        )


def index(env: Env) -> Page:
    ix = env.ix
    return index_page(
        env,
        "source",
        "Sources",
        "The archived documents behind every fact.",
        table=Table(
            header=("No.", "Headline", "Publisher", "Published", "Date basis", "Citations"),
            rows=tuple(
                (
                    s.id.split("_")[0],
                    env.link("source", s.id, s.headline),
                    s.publisher or "not stated",
                    dates.shown(s.published) if s.published else "not known",
                    s.published.basis if s.published else "—",
                    len(ix.cites_by_source[s.id]),
                )
                for s in ix.data.sources
            ),
        ),
    )


def _supports(ix: Index, source_id: str) -> tuple[Support, ...]:
    """Each record citing the source, where it is shown, and the quote."""
    rows = []
    for use in ix.cites_by_source.get(source_id, ()):
        if use.kind == "set-aside":
            continue
        home = routes.home_of(use.kind, use.record)
        if use.anchor and kinds.kind(use.kind).pages:
            home += f"#{routes.anchor(use.anchor)}"
        rows.append(
            Support(
                link=Link(to=home, label=ix.label(use.kind, use.record)), kind=use.kind, quote=use.cite.quote, record=use.record
            )
        )
    return tuple(rows)


def _living_here(ix: Index, source_id: str, kind: str) -> list[Any]:
    """The records of a kind whose home is this source's page, in the order pages list them."""
    here = routes.page_path("source", source_id)
    found = {
        id(use.record): use.record
        for use in ix.cites_by_source.get(source_id, ())
        if use.kind == kind and routes.home_page(kind, use.record) == here
    }
    return ordered(kinds.kind(kind), found.values())


def _coverage(lines: list[coverage.Line] | None) -> Coverage | None:
    if lines is None:
        return None
    asides = [line for line in lines if line.set_aside and not line.cited_by]
    return Coverage(
        total=len(lines),
        cited=sum(bool(line.cited_by) for line in lines),
        aside=len(asides),
        rows=tuple(SetAsideLine(text=line.sentence.text, reason=line.set_aside) for line in asides),
    )


def facets(fx: FacetData, k: kinds.Kind, record: Source) -> Facets:
    """A source's page: what it supports, and the year it was published."""
    ix, groups, regions = fx.ix, set(), set()
    for use in ix.cites_by_source.get(record.id, ()):
        if use.kind in ("event", "statement", "statistic"):
            groups |= ix.record_groups(use.record)
        if use.kind == "group":
            groups.add(use.record.id)
        if use.kind == "event":
            regions.update(ix.event_regions(use.record))
        elif use.kind == "statement":
            regions.update(ix.statement_regions(use.record))
    return Facets(
        kind=k.facet_label,
        groups=fx.groups(groups),
        regions=fx.regions(sorted(regions)),
        years=when_years(record.published),
        sources=fx.sources([record.id]),
    )

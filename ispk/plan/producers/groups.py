"""Groups: a page per group and the index of groups."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ... import kinds
from ...model import Group, Region
from ..facets import FacetData, names
from ..folds import Listings
from ..page import Context, Facets, Page, Table
from .base import Env, index_page, record_page


@dataclass(frozen=True, kw_only=True)
class GroupPage(Context):
    group: Group
    listings: Listings
    """The events, statements, figures, relations and people the group's page lists."""
    years: tuple[str, ...]
    """The years the group is recorded in."""
    regions: tuple[Region, ...]
    """Where it appears, by name."""
    branches: tuple[Group, ...]


def pages(env: Env) -> Iterator[Page]:
    return pages_of(env, env.ix.data.groups)


def pages_of(env: Env, groups: Iterable[Group]) -> Iterator[Page]:
    """The pages of these groups (the incremental plan asks for a few)."""
    ix, data = env.ix, env.ix.data
    for g in groups:
        names = ", ".join(a.name for a in g.aliases)
        yield record_page(
            env,
            kind="group",
            ident=g.id,
            title=g.name,
            record=g,
            description=f"{g.name} ({g.kind})"
            + (f", also known as {names}" if names else "")
            + ": what the archived sources record, with citations.",
            context=GroupPage(
                group=g,
                listings=Listings(ix.by_group[g.id]),
                years=tuple(ix.group_years(g.id)),
                regions=tuple(sorted((ix.regions[r] for r in ix.group_regions[g.id]), key=lambda r: r.name)),
                branches=tuple(c for c in data.groups if c.parent == g.id),
            ),
        )


def index(env: Env) -> Page:
    ix = env.ix
    return index_page(
        env,
        "group",
        "Groups",
        "Every militant group the archived sources name, with aliases.",
        table=Table(
            header=("Group", "Kind", "Also known as", "Events", "Statements", "Relations"),
            rows=tuple(
                (
                    env.link("group", g.id),
                    g.kind,
                    ", ".join(a.name for a in g.aliases) or "—",
                    len(ix.by_group[g.id]["events"]),
                    len(ix.by_group[g.id]["statements"]),
                    len(ix.by_group[g.id]["relations"]),
                )
                for g in sorted(ix.data.groups, key=lambda g: g.name.lower())
            ),
        ),
    )


def facets(fx: FacetData, k: kinds.Kind, record: Group) -> Facets:
    """A group's page: the group itself, the regions it is active in, the years and sources of what it lists."""
    lists = fx.ix.listing(k.name, record.id)
    _, _, sources = fx.related(lists)
    return Facets(
        kind=k.facet_label,
        groups=fx.groups([record.id]),
        regions=fx.regions(sorted(fx.ix.group_regions[record.id])),
        years=fx.years(lists),
        sources=fx.sources(fx.cited(record) | sources),
        names=names(record),
    )

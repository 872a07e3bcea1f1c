"""Relations between groups: no page per relation (each lives on the index of relations,
routes.home_of; its groups' pages list it); the index, and the relationship graph when there are any."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ... import dates, kinds, routes
from ...model import Relation, relation_verb
from ..folds import Listed, of_kind
from ..page import Context, Link, Page, Table
from .base import Env, page_of_everything

MAX_SPANS = 60
"""The most relations the index draws over time in one picture (a row each). Past it the picture
would be unreadable and outweigh the page (300 rows made 387 KB of SVG at 10,000 synthetic
events): the index draws none, and each group's page draws its own relations, with the same table."""


@dataclass(frozen=True, kw_only=True)
class RelationsIndexPage(Context):
    graph: bool
    """Whether the relationship graph exists to link to."""
    spans: bool
    """Whether the index draws every relation over time (no more than MAX_SPANS)."""
    relations: Listed[Relation]
    """Every relation, in date order."""


@dataclass(frozen=True, kw_only=True)
class GraphPage(Context):
    table: Table
    """The relations the graph draws, as a table."""


def pages(env: Env) -> Iterator[Page]:
    if env.ix.data.relations:
        yield page_of_everything(
            env,
            routes.GRAPH,
            "graph",
            "Relationship graph",
            "Relations between militant groups in the sources' words (pledges, alliances, ties and others), drawn as a graph, with the years.",
            GraphPage(table=_rows(env)),
            template="graph.md.j2",
        )


def index(env: Env) -> Page:
    return page_of_everything(
        env,
        routes.index_path("relation"),
        "relation",
        "Relations between groups",
        kinds.kind("relation").blurb,
        RelationsIndexPage(
            graph=bool(env.ix.data.relations),
            spans=len(env.ix.data.relations) <= MAX_SPANS,
            relations=of_kind(sorted(env.ix.data.relations, key=lambda r: (dates.sort_key(r.since), r.id)), "relations"),
        ),
        template="relations_index.md.j2",
    )


def _rows(env: Env) -> Table:
    return Table(
        # The date is the sources' ("by 2016" may date a claim), not when the relation began.
        header=("Group", "Relation", "With", "Date the sources give", "Basis", "Citations"),
        rows=tuple(
            (
                (f"{r.subject_part.capitalize()} of " if r.subject_part else "", env.link("group", r.subject)),
                relation_verb(r.kind, r.basis),
                env.link("group", r.object),
                dates.shown(r.since) if r.since else "—",
                r.basis + "".join(f"; beside it: {a.says}" for a in r.accounts),
                Link(to=routes.home_of("relation", r), label="cited here"),
            )
            for r in sorted(env.ix.data.relations, key=lambda r: (dates.sort_key(r.since), r.id))
        ),
    )

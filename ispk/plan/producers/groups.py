"""Groups: a page per group and the index of groups."""

from __future__ import annotations

from collections.abc import Iterator

from ..page import Page, Table
from .base import Env, index_page, record_page


def pages(env: Env) -> Iterator[Page]:
    ix, data = env.ix, env.ix.data
    for g in data.groups:
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
            g=g,
            x=ix.by_group[g.id],
            years=ix.group_years(g.id),
            regions=sorted(ix.group_regions[g.id], key=lambda r: ix.regions[r].name),
            children=[c.id for c in data.groups if c.parent == g.id],
        )


def index(env: Env) -> Page:
    ix = env.ix
    return index_page(
        env,
        "group",
        "Groups",
        "Every militant group the archived sources name, with aliases.",
        Table(
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

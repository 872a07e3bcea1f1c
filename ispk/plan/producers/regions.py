"""Regions: a page per region and the index of regions."""

from __future__ import annotations

from collections.abc import Iterator

from ..page import Page, Table
from .base import Env, index_page, record_page


def pages(env: Env) -> Iterator[Page]:
    ix = env.ix
    for r in ix.data.regions:
        yield record_page(
            env,
            kind="region",
            ident=r.id,
            title=r.name,
            record=r,
            description=f"{r.name} ({r.kind}): groups, events, statements and figures the archived sources record there.",
            r=r,
            x=ix.by_region[r.id],
            reference=ix.region_reference(r.id),
            subregions=sorted(ix.region_children[r.id], key=lambda s: s.name),
            borders=sorted(ix.region_borders[r.id], key=lambda s: s.name),
            places=ix.places_in(r.id),
            groups=sorted(ix.region_groups[r.id], key=lambda g: ix.groups[g].name),
        )


def index(env: Env) -> Page:
    ix = env.ix
    return index_page(
        env,
        "region",
        "Regions",
        "Provinces, territories and countries in the record.",
        Table(
            header=("Region", "Kind", "In", "Events (incl. places within)", "Groups", "Figures"),
            rows=tuple(
                (
                    env.link("region", r.id),
                    r.kind,
                    env.link("region", r.parent) if r.parent else "—",
                    len(ix.events_in(r.id)),
                    len(ix.region_groups[r.id]),
                    len(ix.by_region[r.id]["statistics"]),
                )
                for r in sorted(ix.data.regions, key=lambda r: (r.kind != "country", r.name))
            ),
        ),
    )

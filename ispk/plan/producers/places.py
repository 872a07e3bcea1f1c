"""Places: a page per place and the index of places."""

from __future__ import annotations

from collections.abc import Iterator

from ..page import Page, Table
from .base import Env, index_page, record_page


def pages(env: Env) -> Iterator[Page]:
    ix = env.ix
    for pl in ix.data.places:
        yield record_page(
            env,
            kind="place",
            ident=pl.id,
            title=pl.name,
            record=pl,
            description=f"{pl.name}, {ix.regions[pl.region].name}: events, statements and figures the archived sources record there.",
            pl=pl,
            x=ix.by_place[pl.id],
            province_unstated=ix.regions[pl.region].kind == "country",
            reference=ix.place_reference(pl.id),
            inner=[c.id for c in ix.place_children[pl.id]],
        )


def index(env: Env) -> Page:
    ix = env.ix
    return index_page(
        env,
        "place",
        "Places",
        "Cities, districts and areas in the record.",
        Table(
            header=("Place", "Kind", "Region", "Events", "Statements"),
            rows=tuple(
                (
                    env.link("place", p.id),
                    p.kind,
                    env.link("region", p.region),
                    len(ix.by_place[p.id]["events"]),
                    len(ix.by_place[p.id]["statements"]),
                )
                for p in sorted(ix.data.places, key=lambda p: p.name)
            ),
        ),
    )

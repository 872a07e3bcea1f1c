"""Places: a page per place and the index of places."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ... import kinds
from ...index import Index
from ...model import Event, Place, ReferenceDataset, ReferenceFact, Region
from ..facets import FacetData
from ..folds import Listed, Listings, of_kind
from ..page import Context, Facets, Page, Table
from .base import Env, index_page, record_page


@dataclass(frozen=True, kw_only=True)
class PlaceReference:
    """What the reference data (outside the archive) says of a place: its province or territory, the
    fact and dataset saying so, and the place it goes through when the fact is about the place it lies in."""

    region: Region
    via: Place | None
    fact: ReferenceFact
    dataset: ReferenceDataset


@dataclass(frozen=True, kw_only=True)
class PlacePage(Context):
    place: Place
    listings: Listings
    """The events, statements and figures recorded there."""
    province_unstated: Region | None
    """The country the sources put the place in, when they name no province."""
    reference: PlaceReference | None
    places_within: tuple[Place, ...]
    spoken_of: Listed[Event]
    """Events that speak of the place without taking place there (Event.speaks_of)."""


def as_place_reference(ix: Index, found: Mapping[str, Any] | None) -> PlaceReference | None:
    """The index's account of a place's reference data (Index.place_reference), as records."""
    if found is None:
        return None
    return PlaceReference(
        region=ix.regions[found["region"]],
        via=ix.places[found["via"]] if found["via"] else None,
        fact=found["fact"],
        dataset=found["dataset"],
    )


def pages(env: Env) -> Iterator[Page]:
    return pages_of(env, env.ix.data.places)


def pages_of(env: Env, places: Iterable[Place]) -> Iterator[Page]:
    """The pages of these places (the incremental plan asks for a few)."""
    ix = env.ix
    for pl in places:
        region = ix.regions[pl.region]
        yield record_page(
            env,
            kind="place",
            ident=pl.id,
            title=pl.name,
            record=pl,
            description=f"{pl.name}, {region.name}: events, statements and figures the archived sources record there.",
            context=PlacePage(
                place=pl,
                listings=Listings(ix.by_place[pl.id]),
                province_unstated=region if region.kind == "country" else None,
                reference=as_place_reference(ix, ix.place_reference(pl.id)),
                places_within=tuple(ix.place_children[pl.id]),
                spoken_of=of_kind(ix.spoken_of.get(pl.id, ()), "events"),
            ),
        )


def index(env: Env) -> Page:
    ix = env.ix
    return index_page(
        env,
        "place",
        "Places",
        "Cities, districts and areas in the record.",
        table=Table(
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


def facets(fx: FacetData, k: kinds.Kind, record: Place) -> Facets:
    """A place's page: what lists it, under the region it lies in."""
    return fx.listed(k, record, [record.region])

"""Regions: a page per region and the index of regions."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from ... import kinds
from ...index import Index, PlaceIn
from ...model import Group, Place, ReferenceDataset, ReferenceFact, Region
from ..facets import FacetData
from ..folds import Listings
from ..page import Context, Facets, Page, Table
from .base import Env, index_page, record_page
from .places import PlaceReference, as_place_reference


@dataclass(frozen=True, kw_only=True)
class RegionWithin:
    region: Region
    events: int
    """Events recorded there, places within it included."""


@dataclass(frozen=True, kw_only=True)
class PlaceHere:
    """A place the region holds, on whose word, and what is recorded there."""

    place: Place
    basis: Literal["sources", "reference data"]
    reference: PlaceReference | None
    events: int
    statements: int
    statistics: int


@dataclass(frozen=True, kw_only=True)
class RegionReference:
    """The reference data's unit for the region, and what is recorded at the places only it puts there."""

    unit: ReferenceFact
    dataset: ReferenceDataset
    listings: Listings


@dataclass(frozen=True, kw_only=True)
class RegionPage(Context):
    region: Region
    listings: Listings
    reference: RegionReference | None
    subregions: tuple[RegionWithin, ...]
    borders: tuple[Region, ...]
    places: tuple[PlaceHere, ...]
    groups: tuple[Group, ...]


def pages(env: Env) -> Iterator[Page]:
    return pages_of(env, env.ix.data.regions)


def pages_of(env: Env, regions: Iterable[Region]) -> Iterator[Page]:
    """The pages of these regions (the incremental plan asks for a few)."""
    ix = env.ix
    for r in regions:
        yield record_page(
            env,
            kind="region",
            ident=r.id,
            title=r.name,
            record=r,
            description=f"{r.name} ({r.kind}): groups, events, statements and figures the archived sources record there.",
            context=RegionPage(
                region=r,
                listings=Listings(ix.by_region[r.id]),
                reference=_reference(ix, r.id),
                subregions=tuple(
                    RegionWithin(region=s, events=len(ix.events_in(s.id)))
                    for s in sorted(ix.region_children[r.id], key=lambda s: s.name)
                ),
                borders=tuple(sorted(ix.region_borders[r.id], key=lambda s: s.name)),
                places=tuple(_place_here(ix, h) for h in ix.places_in(r.id)),
                groups=tuple(sorted((ix.groups[g] for g in ix.region_groups[r.id]), key=lambda g: g.name)),
            ),
        )


def index(env: Env) -> Page:
    ix = env.ix
    return index_page(
        env,
        "region",
        "Regions",
        "Provinces, territories and countries in the record.",
        table=Table(
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


def _reference(ix: Index, region_id: str) -> RegionReference | None:
    found = ix.region_reference(region_id)
    if found is None:
        return None
    return RegionReference(unit=found["unit"], dataset=found["dataset"], listings=Listings(found["lists"]))


def _place_here(ix: Index, held: PlaceIn) -> PlaceHere:
    listed = ix.by_place[held.place.id]
    return PlaceHere(
        place=held.place,
        basis=held.basis,
        reference=as_place_reference(ix, held.reference),
        events=len(listed["events"]),
        statements=len(listed["statements"]),
        statistics=len(listed["statistics"]),
    )


def facets(fx: FacetData, k: kinds.Kind, record: Region) -> Facets:
    """A region's page: what lists it, under the region itself (and those above it)."""
    return fx.listed(k, record, [record.id])

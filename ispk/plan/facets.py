"""What a page's search facets are made of: the toolkit each kind's producer uses for its
``facets`` function (producers/__init__.py), and the generic rule for a kind whose producer has none.

The facets are the filters of the search box (groups, regions with the regions above them, years,
sources) and a page's names; ``search.py`` puts them in each page's "search" slot.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from .. import dates, kinds
from ..index import Index, Listing
from ..model import Source, When
from .page import Facets

YEAR = "Year"
"""The facet of a year's page; a record's page has its kind's (kinds.Kind.facet)."""
YEAR_UNKNOWN = "Year unknown"
YEAR_UNCERTAIN = "Year uncertain"


def year_values(candidates: Iterable[int | None]) -> tuple[str, ...]:
    """The year filter's values for a record dated to one of ``candidates``.

    No known year gives "Year unknown"; several candidate years (a date uncertain
    between them) give each year and "Year uncertain", so the record is found under
    each year it may belong to, and the uncertainty can be filtered for.
    """
    years = sorted({y for y in candidates if y is not None})
    if not years:
        return (YEAR_UNKNOWN,)
    return tuple(str(y) for y in years) + ((YEAR_UNCERTAIN,) if len(years) > 1 else ())


def when_years(when: When | None) -> tuple[str, ...]:
    return year_values(dates.candidate_years(when))


def source_label(source: Source) -> str:
    """How the source filter names a source: its number and publisher ("Source 002, VOA News")."""
    number = source.id.split("_", 1)[0]
    return f"Source {number}, {source.publisher}" if source.publisher else f"Source {number}"


def names(record: Any) -> tuple[str, ...]:
    """A record's name and aliases, each of which finds its page."""
    return (record.name, *(a.name for a in record.aliases)) if hasattr(record, "aliases") else ()


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v.strip() for v in values if v and v.strip()))


def _year_order(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(values, key=lambda v: (not v[:1].isdigit(), v)))


class FacetData:
    """Facet values of one plan's pages, from the records and the cross-references."""

    def __init__(self, ix: Index):
        self.ix = ix

    def regions(self, region_ids: Iterable[str]) -> tuple[str, ...]:
        return _unique(self.ix.regions[a].name for r in region_ids for a in self.ix.ancestors(r))

    def groups(self, group_ids: Iterable[str]) -> tuple[str, ...]:
        return tuple(sorted({self.ix.groups[g].name for g in group_ids if g in self.ix.groups}))

    def sources(self, source_ids: Iterable[str]) -> tuple[str, ...]:
        return tuple(source_label(self.ix.sources[s]) for s in sorted(set(source_ids)) if s in self.ix.sources)

    def cited(self, record: Any) -> set[str]:
        return {u.cite.source for u in self.ix.uses_of(record)}

    def years(self, lists: Listing) -> tuple[str, ...]:
        whens = [e.date for e in lists["events"]] + [s.date for s in lists["statements"]]
        whens += [s.period for s in lists["statistics"]]
        return _year_order({v for w in whens for v in when_years(w)})

    def related(self, lists: Listing) -> tuple[set[str], set[str], set[str]]:
        """Groups, regions and sources of the events, statements and figures a page lists."""
        ix = self.ix
        groups: set[str] = set()
        regions: set[str] = set()
        sources: set[str] = set()
        for e in lists["events"]:
            groups |= ix.record_groups(e)
            regions.update(ix.event_regions(e))
            sources |= self.cited(e)
        for s in lists["statements"]:
            groups |= ix.record_groups(s)
            regions.update(ix.statement_regions(s))
            sources |= self.cited(s)
        for s in lists["statistics"]:
            groups |= set(s.groups)
            if s.region:
                regions.add(s.region)
            sources |= self.cited(s)
        return groups, regions, sources

    def listed(self, k: kinds.Kind, record: Any, own: Iterable[str]) -> Facets:
        """A record's facets from what lists it (a region, place or person), with the regions ``own`` says."""
        lists = self.ix.listing(k.name, record.id)
        groups, _, sources = self.related(lists)
        return Facets(
            kind=k.facet_label,
            groups=self.groups(groups | set(getattr(record, "groups", ()))),
            regions=self.regions(own),
            years=self.years(lists),
            sources=self.sources(self.cited(record) | sources),
            names=names(record),
        )


def generic(fx: FacetData, k: kinds.Kind, record: Any) -> Facets:
    """A kind whose producer has no ``facets``: what its records refer to (ref() fields), their dates,
    and what the pages of the records listing them (index.Index.lists) are about."""
    ix, refs = fx.ix, fx.ix.refers_to(k, record)
    lists = ix.listing(k.name, record.id)
    groups, regions, sources = fx.related(lists)
    regions |= {*refs.get("regions", ()), *(ix.place_region(p) for p in refs.get("places", ()) if p in ix.places)}
    whens = [v for v in (getattr(record, f.name) for f in dataclasses.fields(record)) if isinstance(v, When)]
    years = {y for w in whens for y in when_years(w)} | set(fx.years(lists))
    return Facets(
        kind=k.facet_label,
        groups=fx.groups(groups | set(refs.get("groups", ()))),
        regions=fx.regions(sorted(regions)),
        years=_year_order(years),
        sources=fx.sources(fx.cited(record) | sources),
        names=names(record),
    )

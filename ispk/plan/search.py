"""The search producer: each page's facets for Pagefind, from the data, never from the page.

Every page gets a "search" slot: its kind of record, and the groups, regions (with
the regions above them), years and sources of what it records, as the filters of the
search box; and its names and aliases, weighted so that each finds its page. The
render step writes them as one hidden HTML block (ispk/render/helpers.py); Pagefind
reads it from the built page (ispk/adapters/search.py).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from typing import Any

from .. import dates, kinds
from ..index import UNDATED, Index, Listing
from ..model import Source, When
from .page import Facets, Page, Plan
from .producers.years import YearPage

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


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v.strip() for v in values if v and v.strip()))


class _Facets:
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
        values = {v for w in whens for v in when_years(w)}
        return tuple(sorted(values, key=lambda v: (not v[:1].isdigit(), v)))

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

    def of(self, page: Page) -> Facets:
        if page.kind == "prose":
            return Facets(kind="Page")
        if isinstance(page.context, YearPage):
            return self.year(page.context.year)
        if page.record is None:
            return Facets(kind="Index")  # an index of a kind, the glossary, the graph, the open data, the changes
        k = kinds.kind(page.kind)  # a record's page is of a kind the registry knows
        return _RULES.get(k.name, _Facets.generic)(self, k, page.record)

    def generic(self, k: kinds.Kind, record: Any) -> Facets:
        """A kind with no rule of its own: what its records refer to (ref() fields), their dates, and
        what the pages of the records listing them (index.Index.lists) are about."""
        ix, refs = self.ix, self.ix.refers_to(k, record)
        lists = ix.listing(k.name, record.id)
        groups, regions, sources = self.related(lists)
        regions |= {*refs.get("regions", ()), *(ix.place_region(p) for p in refs.get("places", ()) if p in ix.places)}
        whens = [v for v in (getattr(record, f.name) for f in dataclasses.fields(record)) if isinstance(v, When)]
        years = {y for w in whens for y in when_years(w)} | set(self.years(lists))
        return Facets(
            kind=k.facet_label,
            groups=self.groups(groups | set(refs.get("groups", ()))),
            regions=self.regions(sorted(regions)),
            years=tuple(sorted(years, key=lambda v: (not v[:1].isdigit(), v))),
            sources=self.sources(self.cited(record) | sources),
            names=_names(record),
        )

    def group(self, k: kinds.Kind, record: Any) -> Facets:
        lists = self.ix.listing(k.name, record.id)
        _, _, sources = self.related(lists)
        return Facets(
            kind=k.facet_label,
            groups=self.groups([record.id]),
            regions=self.regions(sorted(self.ix.group_regions[record.id])),
            years=self.years(lists),
            sources=self.sources(self.cited(record) | sources),
            names=_names(record),
        )

    def listed(self, k: kinds.Kind, record: Any, own: Iterable[str]) -> Facets:
        """A region, place or person: what lists it, with the regions ``own`` says."""
        lists = self.ix.listing(k.name, record.id)
        groups, _, sources = self.related(lists)
        return Facets(
            kind=k.facet_label,
            groups=self.groups(groups | set(getattr(record, "groups", ()))),
            regions=self.regions(own),
            years=self.years(lists),
            sources=self.sources(self.cited(record) | sources),
            names=_names(record),
        )

    def region(self, k: kinds.Kind, record: Any) -> Facets:
        return self.listed(k, record, [record.id])

    def place(self, k: kinds.Kind, record: Any) -> Facets:
        return self.listed(k, record, [record.region])

    def person(self, k: kinds.Kind, record: Any) -> Facets:
        _, regions, _ = self.related(self.ix.listing(k.name, record.id))
        return self.listed(k, record, sorted(regions))

    def event(self, k: kinds.Kind, record: Any) -> Facets:
        return Facets(
            kind=k.facet_label,
            groups=self.groups(self.ix.record_groups(record)),
            regions=self.regions(self.ix.event_regions(record)),
            years=when_years(record.date),
            sources=self.sources(self.cited(record)),
        )

    def source(self, k: kinds.Kind, record: Any) -> Facets:
        """A source: what it supports."""
        ix, groups, regions = self.ix, set(), set()
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
            groups=self.groups(groups),
            regions=self.regions(sorted(regions)),
            years=when_years(record.published),
            sources=self.sources([record.id]),
        )

    def year(self, ident: str) -> Facets:
        lists = self.ix.by_year[ident]
        groups, regions, sources = self.related(lists)
        return Facets(
            kind=YEAR,
            groups=self.groups(groups),
            regions=self.regions(sorted(regions)),
            years=(YEAR_UNKNOWN,) if ident == UNDATED else (ident,),
            sources=self.sources(sources),
        )


def _names(record: Any) -> tuple[str, ...]:
    return (record.name, *(a.name for a in record.aliases)) if hasattr(record, "aliases") else ()


# The kinds whose facets follow a rule of their own; any other kind's follow _Facets.generic.
_RULES: dict[str, Callable[[_Facets, kinds.Kind, Any], Facets]] = {
    "group": _Facets.group,
    "region": _Facets.region,
    "place": _Facets.place,
    "person": _Facets.person,
    "event": _Facets.event,
    "source": _Facets.source,
}


def fill(plan: Plan, ix: Index) -> Plan:
    facets = _Facets(ix)
    return plan.with_slots({path: {"search": facets.of(page)} for path, page in plan.pages.items()})

"""The search producer: each page's facets for Pagefind, from the data, never from the page.

Every page gets a "search" slot: its kind of record, and the groups, regions (with
the regions above them), years and sources of what it records, as the filters of the
search box; and its names and aliases, weighted so that each finds its page. A record's
page gets them from its kind's producer (its ``facets`` function, producers/__init__.py),
else from the generic rule (facets.generic); a year's page, which is no kind's, from here.
The render step writes them as one hidden HTML block (ispk/render/helpers.py); Pagefind
reads it from the built page (ispk/adapters/search.py).
"""

from __future__ import annotations

from .. import kinds
from ..index import UNDATED, Index
from . import producers
from .facets import YEAR, YEAR_UNKNOWN, FacetData, generic
from .page import Facets, Page, Plan
from .producers.years import YearPage


def year(fx: FacetData, ident: str) -> Facets:
    """A year's page: what the year lists."""
    groups, regions, sources = fx.related(fx.ix.by_year[ident])
    return Facets(
        kind=YEAR,
        groups=fx.groups(groups),
        regions=fx.regions(sorted(regions)),
        years=(YEAR_UNKNOWN,) if ident == UNDATED else (ident,),
        sources=fx.sources(sources),
    )


def of(fx: FacetData, page: Page) -> Facets:
    if page.kind == "prose":
        return Facets(kind="Page")
    if isinstance(page.context, YearPage):
        return year(fx, page.context.year)
    if page.record is None:
        return Facets(kind="Index")  # an index of a kind, the glossary, the graph, the open data, the changes
    k = kinds.kind(page.kind)  # a record's page is of a kind the registry knows
    rule = producers.facets_rule(producers.for_kind(k)) or generic
    return rule(fx, k, page.record)


def fill(plan: Plan, ix: Index) -> Plan:
    fx = FacetData(ix)
    return plan.with_slots({path: {"search": of(fx, page)} for path, page in plan.pages.items()})

"""Producers: the pages of each kind of record, one module per kind (as Pelican's generators or
Lektor's build programs).

A ``Kind`` in ``ispk/kinds.py`` names its producer by module (``producer="events"`` is
``ispk.plan.producers.events``), and ``for_kind`` is the one place that resolves the name, so the
registry, at the bottom of the layers, never imports the plan. A producer is a module (or any
object) with two functions, the ``Producer`` protocol:

- ``pages(env) -> Iterable[Page]``: the kind's own pages, one per record when its records have
  pages, and any other page of the kind (the relations' graph);
- ``index(env) -> Page``: the kind's index page, ``<folder>/index.md``.

and, optionally:

- ``pages_of(env, records) -> Iterable[Page]`` (``RecordPages``): the pages of just these records of
  the kind, one each, equal to those ``pages`` gives; the incremental plan (plan/incremental.py)
  re-produces only the pages a saved record touches through it. A producer without it (statements,
  figures, relations: no page per record) has its pages made again in full; ``record_pages`` looks
  for it;

- ``facets(fx, kind, record) -> Facets``: the search facets of one record's page (its groups,
  regions, years, sources and names), from ``fx`` (``facets.FacetData``: the index and the helpers
  every kind's facets share). A producer without it gets the generic rule (``facets.generic``:
  what the record refers to, its dates, and what lists it); ``facets_rule`` is the one place
  that looks for it.

``env`` (``base.Env``) is everything a producer reads: the cross-reference index, the dependency
keys, the narrative and the archive. The render step reads nothing but the pages, so a producer
works out everything its template shows (counts, roll-ups, which accounts differ) into one typed
context per page kind, a frozen dataclass subclassing ``page.Context`` whose fields are the
template's names (``EventPage(event=..., listings=..., ...)`` for ``event.md.j2``). A context
holds records, not ids: the page's dependencies and the names of the records it links to
(``Page.shown``) are found by walking it. ``base`` holds what producers share: ``record_page``
(a record's page from its context: narrative, exact dependencies, names, input files),
``index_page`` (an ``IndexPage`` table, or a context of the index's own), ``page_of_everything``
and ``Env.link``.
``records.py`` and ``lists.py`` loop over the registry; year pages, which are no kind of record,
come from ``years`` through the same two functions.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Any, Protocol, cast

from ... import kinds
from ..facets import FacetData
from ..page import Facets, Page
from .base import Env
from .generic import Generic

__all__ = ["Env", "FacetsRule", "Producer", "RecordPages", "facets_rule", "for_kind", "record_pages"]


class Producer(Protocol):
    def pages(self, env: Env) -> Iterable[Page]: ...

    def index(self, env: Env) -> Page: ...


class FacetsRule(Protocol):
    """A producer's optional ``facets`` function: the search facets of one of its kind's records."""

    def __call__(self, fx: FacetData, kind: kinds.Kind, record: Any) -> Facets: ...


class RecordPages(Protocol):
    """A producer's optional ``pages_of`` function: the pages of some of its kind's records."""

    def __call__(self, env: Env, records: Iterable[Any]) -> Iterable[Page]: ...


def record_pages(producer: Producer | None) -> RecordPages | None:
    """The producer's ``pages_of`` function, or None when it has none (its pages are made again in full)."""
    return cast(RecordPages | None, getattr(producer, "pages_of", None))


def facets_rule(producer: Producer | None) -> FacetsRule | None:
    """The producer's ``facets`` function, or None when it has none (the caller falls back to the generic rule)."""
    return cast(FacetsRule | None, getattr(producer, "facets", None))


def for_kind(kind: kinds.Kind) -> Producer | None:
    """The producer the registry names for this kind; for a kind with a folder and none named, the
    generic one (``generic.py``); None for a kind with no pages and no index."""
    if kind.producer is None:
        return Generic(kind) if kind.folder else None
    return cast(Producer, importlib.import_module(f"{__name__}.{kind.producer}"))

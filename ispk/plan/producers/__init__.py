"""Producers: the pages of each kind of record, one module per kind (as Pelican's generators or
Lektor's build programs).

A ``Kind`` in ``ispk/kinds.py`` names its producer by module (``producer="events"`` is
``ispk.plan.producers.events``), and ``for_kind`` is the one place that resolves the name, so the
registry, at the bottom of the layers, never imports the plan. A producer is a module (or any
object) with two functions, the ``Producer`` protocol:

- ``pages(env) -> Iterable[Page]``: the kind's own pages, one per record when its records have
  pages, and any other page of the kind (the relations' graph);
- ``index(env) -> Page``: the kind's index page, ``<folder>/index.md``.

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
from typing import Protocol, cast

from ... import kinds
from ..page import Page
from .base import Env
from .generic import Generic

__all__ = ["Env", "Producer", "for_kind"]


class Producer(Protocol):
    def pages(self, env: Env) -> Iterable[Page]: ...

    def index(self, env: Env) -> Page: ...


def for_kind(kind: kinds.Kind) -> Producer | None:
    """The producer the registry names for this kind; for a kind with a folder and none named, the
    generic one (``generic.py``); None for a kind with no pages and no index."""
    if kind.producer is None:
        return Generic(kind) if kind.folder else None
    return cast(Producer, importlib.import_module(f"{__name__}.{kind.producer}"))

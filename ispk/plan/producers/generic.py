"""The producer of a kind with pages and no producer of its own (``Kind.producer`` unset).

Everything comes from the registry and the model: one page per record through the kind's
template (``<name>.md.j2``), titled with its label field, listing what it refers to (its
``ref()`` fields) and what refers to it (``index.Index.lists``); and the kind's index page, a
table of every record by name with its number of citations. On the pages of the records it
refers to, the ``listed`` slot (``plan/listed.py``) lists it, since no template there knows it.
A kind that outgrows this writes a producer module of its own and names it in the registry.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ... import kinds, routes
from ..folds import Listings
from ..page import Context, Link, ListedKind, Page, Table
from .base import Env, index_page, name_sort_key, record_page


@dataclass(frozen=True, kw_only=True)
class RecordPage(Context):
    """A record of a kind on the generic producer; its template reads the record's fields by name."""

    record: object
    refers: tuple[ListedKind, ...]
    """What the record refers to, a section per kind of record (its regions, its groups, …)."""
    listings: Listings
    """What refers to it, by kind ("events")."""


def kinds_served() -> tuple[kinds.Kind, ...]:
    """The kinds with pages this producer serves: those the registry names no producer for."""
    return tuple(k for k in kinds.KINDS if k.pages and k.producer is None)


@dataclass(frozen=True)
class Generic:
    """The ``Producer`` of one kind (``producers.for_kind`` makes it)."""

    kind: kinds.Kind

    def pages(self, env: Env) -> Iterator[Page]:
        return self.pages_of(env, getattr(env.ix.data, self.kind.attr))

    def pages_of(self, env: Env, records: Iterable[Any]) -> Iterator[Page]:
        """The pages of these records (the incremental plan asks for a few)."""
        k, ix = self.kind, env.ix
        if not k.pages:
            return
        for record in records:
            label = kinds.label_of(k, record)
            yield record_page(
                env,
                kind=k.name,
                ident=record.id,
                title=label,
                record=record,
                description=f"{label}: what the archived sources record, with citations.",
                context=RecordPage(
                    record=record, refers=refers(env, k, record), listings=Listings(ix.listing(k.name, record.id))
                ),
            )

    def index(self, env: Env) -> Page:
        k, ix = self.kind, env.ix
        records = sorted(getattr(ix.data, k.attr), key=lambda r: name_sort_key(kinds.label_of(k, r)))
        return index_page(
            env,
            k.name,
            k.title,
            f"Every {k.name.replace('-', ' ')} in the record, with its citations.",
            table=Table(
                header=(k.label.capitalize(), "Citations"),
                rows=tuple((Link(to=routes.home_of(k.name, r), label=kinds.label_of(k, r)), len(ix.uses_of(r))) for r in records),
            ),
        )


def refers(env: Env, k: kinds.Kind, record: object) -> tuple[ListedKind, ...]:
    """The records a record refers to, by kind in registry order, each linked to where it is shown."""
    ix, found = env.ix, env.ix.refers_to(k, record)
    sections = []
    for target in kinds.KINDS:
        records = [r for r in (ix.record(target.name, i) for i in found.get(target.attr, ())) if r is not None]
        if records and target.folder:
            links = tuple(Link(to=routes.home_of(target.name, r), label=ix.label(target.name, r)) for r in records)
            sections.append(ListedKind(title=target.title, links=links))
    return tuple(sections)

"""People: a page per person and the index of people."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ... import kinds
from ...model import Person
from ..facets import FacetData
from ..folds import Listings
from ..page import Context, Facets, Page, Table
from .base import Env, index_page, record_page


@dataclass(frozen=True, kw_only=True)
class PersonPage(Context):
    person: Person
    listings: Listings
    """The person's statements and the events they appear in."""


def pages(env: Env) -> Iterator[Page]:
    return pages_of(env, env.ix.data.people)


def pages_of(env: Env, people: Iterable[Person]) -> Iterator[Page]:
    """The pages of these people (the incremental plan asks for a few)."""
    ix = env.ix
    for person in people:
        roles = "; ".join(r.title for r in person.roles)
        yield record_page(
            env,
            kind="person",
            ident=person.id,
            title=person.name,
            record=person,
            description=f"{person.name} ({roles}): statements and events in the archived sources.",
            context=PersonPage(person=person, listings=Listings(ix.by_person[person.id])),
        )


def index(env: Env) -> Page:
    ix = env.ix
    return index_page(
        env,
        "person",
        "People",
        "People the archived sources name.",
        table=Table(
            header=("Name", "Roles", "Statements"),
            rows=tuple(
                (env.link("person", p.id), "; ".join(r.title for r in p.roles), len(ix.by_person[p.id]["statements"]))
                for p in sorted(ix.data.people, key=lambda p: p.name.split()[-1])
            ),
        ),
    )


def facets(fx: FacetData, k: kinds.Kind, record: Person) -> Facets:
    """A person's page: what lists them, under the regions of what they are listed with."""
    _, regions, _ = fx.related(fx.ix.listing(k.name, record.id))
    return fx.listed(k, record, sorted(regions))

"""The registry (ispk/kinds.py) owns each kind's policy, and the cross-references come from the model.

What lists a record is built from the model's ``ref()`` fields, not written per pair of kinds;
the navigation and search read each kind's entry. tests/test_toy_kind.py adds a whole kind.
"""

from __future__ import annotations

import dataclasses

import pytest

from factories import cite, small
from ispk import kinds, routes
from ispk.index import Index
from ispk.model import Event, Person
from ispk.plan import search
from ispk.plan.facets import FacetData
from ispk.plan.lists import navigation
from ispk.plan.page import Page


def test_back_references_follow_the_ref_fields():
    data = small()
    data = dataclasses.replace(
        data,
        people=(Person(id="aslam", name="Tasnim Aslam", roles=(), groups=("jundullah",)),),
        events=(
            *data.events,
            # A provincial report: its author region says who wrote it, not where (Kind.unlisted).
            Event(
                id="report",
                title="A report",
                kind="report",
                summary="A report.",
                author_regions=("pakistan",),
                speaks_of=("islamabad",),
                people=("aslam",),
                part_of="briefing",
                cites=(cite(),),
            ),
        ),
    )
    ix = Index(data)
    briefing, report = ix.events["briefing"], ix.events["report"]
    assert ix.by_place["islamabad"]["events"] == (briefing,)
    # A place the report speaks of is listed apart (Kind.unlisted), never as where it happened.
    assert ix.spoken_of["islamabad"] == (report,)
    # At a place, so in its region too; the report's author region does not list it.
    assert ix.by_region["pakistan"]["events"] == (briefing,)
    assert ix.by_group["islamic-state"]["events"] == (briefing,)
    assert ix.by_group["jundullah"]["people"] == (ix.people["aslam"],)
    assert ix.by_person["aslam"]["events"] == (report,)
    assert ix.by_event["briefing"]["events"] == (report,)
    assert ix.by_event["briefing"]["statements"] == (ix.statements["aslam-shadow"],)
    relation = ix.relations["jundullah-pledge"]
    assert ix.by_group["jundullah"]["relations"] == ix.by_group["islamic-state"]["relations"] == (relation,)
    assert ix.listing("group", "nobody") == {}


def test_every_kind_with_an_index_is_in_the_navigation():
    indexed = [k for k in kinds.KINDS if k.folder]
    pages = {routes.index_path(k.name) for k in indexed} | {routes.HOME, routes.NAMES}
    titles = [e.title for e in navigation(pages, relations=False)]
    assert titles[0] == "Home"
    for k in indexed:
        assert k.nav_entry in titles, k.name
    # Each where its number puts it among the fixed pages.
    assert titles.index(kinds.kind("event").nav_entry) < titles.index("Names and spellings")


def test_a_record_page_is_found_under_its_kind_never_as_an_index():
    ix = Index(small())
    fx = FacetData(ix)
    for k in kinds.WITH_PAGES:
        record = next(iter(getattr(ix.data, k.attr)), None)
        if record is not None:
            page = Page(
                path=routes.page_path(k.name, record.id), kind=k.name, template="", title="", description="", record=record
            )
            assert search.of(fx, page).kind == k.facet_label != "Index"
    # A record's page of a kind the registry does not know is an error, not an index.
    with pytest.raises(KeyError):
        search.of(fx, Page(path="x/y.md", kind="campaign", template="", title="", description="", record=ix.events["briefing"]))

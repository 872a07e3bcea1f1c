"""The plan is the render step's only input (issue 25): each page carries one typed context, the names of
exactly the records it depends on, and nothing the render step would look up elsewhere."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

import pytest

from ispk import narrative, routes
from ispk.plan.page import Context
from ispk.render import Renderer


@pytest.fixture(scope="module")
def plan(output):
    return output.plan


def test_every_page_has_one_typed_context(plan):
    for path, page in plan.pages.items():
        assert isinstance(page.context, Context) and not isinstance(page.context, Mapping), path
        assert dataclasses.is_dataclass(page.context), path


def test_a_page_names_exactly_the_records_it_depends_on(plan):
    for path, page in plan.pages.items():
        assert set(page.shown.names) <= page.deps, path
        assert {("event", e) for e in page.shown.killed} <= page.deps, path


def test_rendering_fails_on_a_link_to_a_record_the_page_does_not_depend_on(plan):
    page = plan.pages["groups/islamic-state.md"]
    branch = next(iter(page.context.branches))
    assert ("group", branch.id) in page.deps  # a branch's name is on the page: it is a dependency
    names = {k: v for k, v in page.shown.names.items() if k != ("group", branch.id)}
    broken = dataclasses.replace(page, shown=dataclasses.replace(page.shown, names=names))
    with pytest.raises(LookupError, match=f"groups/islamic-state.md links to group '{branch.id}'"):
        Renderer().page(broken)


def test_what_a_page_shows_beyond_its_record_is_a_dependency(plan, dataset):
    """Ids a page showed by name once escaped its dependencies: a group's regions, a place's province."""
    group = plan.pages["groups/islamic-state.md"]
    assert {("region", r.id) for r in group.context.regions} <= group.deps
    for place in dataset.places:
        page = plan.pages[routes.page_path("place", place.id)]
        if page.context.reference is not None:
            assert ("region", page.context.reference.region.id) in page.deps, place.id


def test_the_sources_a_narrative_cites_are_dependencies(plan, dataset):
    sources = {s.id for s in dataset.sources}
    checked = 0
    for path, page in plan.pages.items():
        text = page.narrative or "".join(markdown for markdown, _ in getattr(page.context, "parts", ()))
        cited = {narrative.resolve_source(m["source"], sources) for m in narrative.CITE.finditer(text)}
        assert {("source", s) for s in cited} <= page.deps, path
        checked += bool(cited)
    assert checked  # the real narrative cites sources on some pages

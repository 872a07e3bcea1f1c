"""Generated Markdown: a page per entity, links in both directions, everything reachable."""

from __future__ import annotations

import html
import posixpath
import re
from collections import deque

import pytest

from ispk.index import Index
from ispk.routes import page_path

LINK = re.compile(r"\]\(([^)\s]+\.md)(?:#[^)]*)?\)")


def links_from(pages: dict[str, str], path: str) -> set[str]:
    base = posixpath.dirname(path)
    return {posixpath.normpath(posixpath.join(base, target)) for target in LINK.findall(pages[path])}


def test_every_entity_has_a_page(dataset, pages):
    for kind, records in (
        ("source", dataset.sources),
        ("group", dataset.groups),
        ("region", dataset.regions),
        ("place", dataset.places),
        ("person", dataset.people),
        ("event", dataset.events),
    ):
        for record in records:
            assert page_path(kind, record.id) in pages, (kind, record.id)
    for year in Index(dataset).years:
        assert page_path("year", year) in pages


def test_every_kind_has_an_index_page(pages):
    for folder in (
        "groups",
        "regions",
        "places",
        "years",
        "events",
        "people",
        "sources",
        "statements",
        "statistics",
        "relations",
    ):
        assert f"{folder}/index.md" in pages


def test_every_link_resolves(pages):
    static = {"index.md"}
    for path in pages:
        for target in links_from(pages, path):
            assert target in pages or target in static, f"{path} links to missing {target}"


def test_every_page_is_reachable_from_home(pages, output):
    seen = {"index.md"} | {entry.path for entry in output.nav}
    queue = deque(seen)
    while queue:
        for target in links_from(pages, queue.popleft()):
            if target in pages and target not in seen:
                seen.add(target)
                queue.append(target)
    unreachable = sorted(set(pages) - seen)
    assert unreachable == []


def _both_ways(pages, a: str, b: str):
    assert b in links_from(pages, a), f"{a} does not link to {b}"
    assert a in links_from(pages, b), f"{b} does not link back to {a}"


def test_events_and_groups_link_both_ways(dataset, pages):
    for e in dataset.events:
        groups = set(e.groups) | {r.group for r in e.responsibility if r.group}
        for g in groups:
            _both_ways(pages, page_path("event", e.id), page_path("group", g))


def test_events_and_places_link_both_ways(dataset, pages):
    for e in dataset.events:
        for p in e.places:
            _both_ways(pages, page_path("event", e.id), page_path("place", p))
        for r in e.regions:
            _both_ways(pages, page_path("event", e.id), page_path("region", r))


def test_places_and_regions_link_both_ways(dataset, pages):
    for p in dataset.places:
        _both_ways(pages, page_path("place", p.id), page_path("region", p.region))


def test_events_and_years_link_both_ways(dataset, pages):
    ix = Index(dataset)
    for e in dataset.events:
        # Every year the date allows: one, or each candidate year of an uncertain date.
        keys = [y for y, lists in (*ix.by_year.items(), *ix.by_year_uncertain.items()) if e in lists["events"]]
        assert sorted(keys) == sorted(ix.years_of(e.date)), e.id
        for key in keys:
            _both_ways(pages, page_path("event", e.id), page_path("year", key))


def test_relations_link_both_groups(dataset, pages):
    for r in dataset.relations:
        for g in (r.subject, r.object):
            assert page_path("group", g) in links_from(pages, "relations/index.md")
            assert f"fact-{r.id}" in pages[page_path("group", g)], f"group {g} does not show relation {r.id}"


def test_sources_list_every_fact_they_support(dataset, pages):
    from ispk.render.markdown import text
    from ispk.walk import cite_uses

    for use in cite_uses(dataset):
        if use.kind == "set-aside":
            continue
        page = pages[page_path("source", use.cite.source)]
        assert str(text(use.cite.quote)) in page, (use.kind, use.path)


def test_people_link_to_their_statements(dataset, pages):
    for s in dataset.statements:
        if s.speaker:
            assert f"fact-{s.id}" in pages[page_path("person", s.speaker)]


@pytest.mark.parametrize(
    "alias", ["Daesh", "Daish", "ISIS", "Wilayat-e-Khurasan", "Tehreek-i-Taliban", "Pakistani Taliban", "LeJ"]
)
def test_aliases_are_on_the_group_pages_and_in_the_glossary(pages, alias):
    assert alias in pages["names.md"]
    assert any(alias in text for path, text in pages.items() if path.startswith("groups/") and path != "groups/index.md")


def test_a_relation_of_part_of_a_group_is_never_the_whole_groups(dataset, pages):
    from ispk.plan.figures import _edges

    part = next(r for r in dataset.relations if r.id == "ttp-commanders-support-is-2014")
    assert part.subject_part == "five commanders"
    edges = _edges(dataset.relations, {g.id for g in dataset.groups})
    assert not any((e["source"], e["target"]) == ("tehrik-i-taliban-pakistan", "islamic-state") for e in edges)
    for path in ("relations/index.md", "groups/tehrik-i-taliban-pakistan.md", "groups/islamic-state.md"):
        assert "Five commanders of [Tehrik-i-Taliban Pakistan]" in pages[path], path


def test_bugtis_account_stands_beside_every_lej_is_pledge_or_alliance(dataset, pages):
    quote = "But these groups should not be mistaken for Islamic State."
    for r in dataset.relations:
        if {r.subject, r.object} == {"lashkar-e-jhangvi", "islamic-state"} and r.kind in ("pledge", "alliance"):
            assert any(quote in a.cite.quote for a in r.accounts), r.id
            for path in ("relations/index.md", "groups/lashkar-e-jhangvi.md"):
                row = next(line for line in pages[path].splitlines() if f"fact-{r.id}" in line)
                assert "**Beside it:**" in row and "should not be mistaken for Islamic State" in row, (path, r.id)


def test_every_note_is_shown_with_its_anchor(dataset, pages):
    """A note (on an event, a source or a figure) is on a page, its #fact- anchor with it: open data
    names that anchor for the note's citations, and links to a replaced figure's id land there."""
    from ispk.routes import anchor
    from ispk.walk import records

    notes = [(kind, record.id, n) for kind, record in records(dataset) for n in getattr(record, "notes", ())]
    assert any(kind == "statistic" for kind, _, _ in notes)
    for kind, ident, note in notes:
        shown = [path for path, text in pages.items() if f"{{ #{anchor(note.id)} " in text]
        assert shown, f"{kind} {ident}: note {note.id} is on no page"
        assert all(note.text[:40] in html.unescape(pages[path]) for path in shown), (kind, ident, note.id)

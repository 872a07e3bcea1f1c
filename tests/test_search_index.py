"""The search index holds each record's text about once, so it grows with the data, not five times faster.

Listings repeated from a record's own page (event tables, statements, figures and
relations shown away from home), footnotes (every quote is indexed on its source's
page) and pictures stay on the page but out of Material's search index.
"""
from __future__ import annotations

import json

import pytest



@pytest.fixture(scope="module")
def index(built_site):
    return json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


def _pages_containing(index, needle: str) -> set[str]:
    return {doc["location"].split("#")[0] for doc in index if needle in doc["text"]}


def test_a_statement_is_indexed_only_where_it_lives(index, dataset):
    checked = 0
    for statement in dataset.statements:
        if len(statement.text) < 40:
            continue
        needle = statement.text[:40]
        found = _pages_containing(index, needle)
        assert found, f"statement {statement.id!r} is not searchable at all"
        # Its home page; besides it only the statements index (which lists every statement, some of
        # which live there) and its source's page (whose table shows each quote) may hold the words.
        others = {page for page in found if page != "statements/" and not page.startswith("sources/")}
        assert len(others) <= 2, f"statement {statement.id!r} is indexed on {sorted(found)}"
        checked += 1
    assert checked > 20


def test_footnotes_are_not_indexed_but_quotes_are_on_source_pages(index, dataset, built_site):
    # Every footnote ends with Python-Markdown's back-link arrow; none may reach the index.
    assert "&#8617;" in (built_site / "groups" / "islamic-state" / "index.html").read_text(encoding="utf-8")
    assert not [doc["location"] for doc in index if "\u21a9" in doc["text"] or "&#8617;" in doc["text"]]
    cites = [c for g in dataset.groups for f in g.facts for c in f.cites if len(c.quote) > 40][:15]
    assert cites
    for cite in cites:
        assert any(page.startswith(f"sources/{cite.source}/") for page in _pages_containing(index, cite.quote[:60])), cite.quote


def test_listings_and_pictures_stay_on_the_page(built_site):
    html = (built_site / "groups" / "islamic-state" / "index.html").read_text(encoding="utf-8")
    assert 'data-search-exclude' in html
    assert "class=\"footnote\"" in html and "<table" in html


def test_pictures_labels_and_captions_are_not_indexed(index, built_site):
    html = (built_site / "regions" / "index.html").read_text(encoding="utf-8")
    assert "Boundaries: Natural Earth" in html  # the map's caption is on the page
    assert not [doc["location"] for doc in index if "Boundaries: Natural Earth" in doc["text"]]


def test_event_pages_still_find_their_text(index, dataset):
    event = next(e for e in dataset.events if e.id == "quetta-attack-2016-08-08")
    assert _pages_containing(index, "Quetta") >= {f"events/{event.id}/"}

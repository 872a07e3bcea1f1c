"""Index pages stay readable as the record grows; every record keeps the same home.

Up to LISTING_LIMIT records the events, statements and figures indexes list
every one; past it they give counts per year linking to the year pages. No
record lives on an index page, so a record's link does not move when an index
switches: statements without an event or speaker, and figures, live on their
year's page.
"""

from __future__ import annotations

import dataclasses
import html
import re

import pytest

from factories import small
from ispk import routes
from ispk.build import Build
from ispk.dates import year_key, year_keys, year_uncertain
from ispk.model import When
from ispk.plan import producers

KINDS = (
    ("events/index.md", "events", "event"),
    ("statements/index.md", "statements", "statement"),
    ("statistics/index.md", "statistics", "statistic"),
)


def _pages(dataset, sources_dir, pictures=False, cache=None) -> dict[str, str]:
    return (
        Build(sources=sources_dir, narrative=None, pictures=pictures, citations=False, opendata=False, cache=cache)
        .run(dataset, check=False)
        .pages
    )


@pytest.fixture(scope="module")
def full(dataset, sources_dir):
    return _pages(dataset, sources_dir)


@pytest.fixture(scope="module")
def split(dataset, sources_dir):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(producers.base, "LISTING_LIMIT", 5)
        return _pages(dataset, sources_dir)


def _records(dataset, kind):
    return {"event": dataset.events, "statement": dataset.statements, "statistic": dataset.statistics}[kind]


@pytest.mark.parametrize("path, key, kind", KINDS)
def test_below_the_limit_an_index_lists_every_record(full, dataset, path, key, kind):
    records = _records(dataset, kind)
    assert len(records) <= producers.base.LISTING_LIMIT
    page = full[path]
    for record in records:
        marker = f"{record.id}.md)" if kind == "event" else f"#fact-{record.id} "
        assert marker in page, f"{path} does not list {kind} {record.id!r}"
    assert "too many to list on one page" not in page


@pytest.mark.parametrize("path, key, kind", KINDS)
def test_past_the_limit_an_index_counts_per_year_and_links_to_the_year_pages(split, dataset, path, key, kind):
    page = split[path]
    assert "too many to list on one page" in page
    assert "#fact-" not in page and "../events/" not in page
    counts = {}
    for year, anchor, count in re.findall(r"\| \[[^\]]+\]\(\.\./years/([\w-]+)\.md#(\w+)\) \| (\d+) \|", page):
        assert anchor == key
        assert f"{{ #{key} }}" in split[f"years/{year}.md"], f"years/{year}.md has no #{key} heading"
        counts[year] = int(count)
    records = _records(dataset, kind)
    when = {"event": "date", "statement": "date", "statistic": "period"}[kind]
    expected, uncertain = {}, {}
    for record in records:
        if year_uncertain(getattr(record, when)):
            label = " or ".join(year_keys(getattr(record, when)))
            uncertain[label] = uncertain.get(label, 0) + 1
        else:
            expected[year_key(getattr(record, when))] = expected.get(year_key(getattr(record, when)), 0) + 1
    assert counts == expected
    # A record whose year is uncertain is counted once, in its own row, linking to the uncertain section.
    rows = dict(re.findall(r"\| \[([^\]]+)\]\(\.\./years/[\w-]+\.md#year-uncertain\) \| (\d+) \|", page))
    assert {label: int(n) for label, n in rows.items()} == uncertain


@pytest.mark.parametrize("pages", ["full", "split"])
def test_every_statement_and_figure_is_anchored_where_its_links_point(request, dataset, pages):
    pages = request.getfixturevalue(pages)
    for kind in ("statement", "statistic"):
        for record in _records(dataset, kind):
            path, _, anchor = routes.home_of(kind, record).partition("#")
            assert not path.endswith("index.md"), f"{kind} {record.id!r} lives on an index page, {path}"
            assert f"{{ #{anchor} " in pages[path], f"{kind} {record.id!r}: no #{anchor} on {path}"


def test_no_page_links_to_a_record_on_an_index_page(full):
    for path, page in full.items():
        assert not re.search(r"(statements|statistics)/index\.md#fact-", page), path


def test_a_split_figures_index_has_no_charts(dataset, sources_dir, tmp_path):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(producers.base, "LISTING_LIMIT", 5)
        pages = _pages(dataset, sources_dir, pictures=True, cache=tmp_path)
    assert "<svg" not in pages["statistics/index.md"]


def test_the_home_page_claims_no_year_that_no_record_is_dated_to_alone(sources_dir):
    """A year that only an uncertain date allows ("2022 or 2023") is named as possible, not counted."""
    base = small()
    one = dataclasses.replace(base.events[0], date=When(date="2014-12"))
    two = dataclasses.replace(base.events[0], id="may", date=When(date="2022-05"))
    other = dataclasses.replace(base.events[0], id="later", date=When(date="[2022-12,2023-12]", reason="two Decembers"))
    [row] = [
        line
        for line in _pages(dataclasses.replace(base, events=(one, two, other)), sources_dir)["index.md"].splitlines()
        if "dated records" in line
    ]
    assert html.unescape(row).endswith(
        "| 2: 2014 and 2022; and 2023 only as a possible year of 1 record whose date is uncertain |"
    ), row
    # Without the record dated to 2022 alone, 2022 too is only possible.
    [row] = [
        line
        for line in _pages(dataclasses.replace(base, events=(one, other)), sources_dir)["index.md"].splitlines()
        if "dated records" in line
    ]
    assert html.unescape(row).endswith(
        "| 1: 2014; and 2022 and 2023 only as possible years of 1 record whose date is uncertain |"
    ), row


def test_a_fold_heading_says_no_more_than_the_dates_under_it(pages):
    """Relations dated only "by 2016" are not headed "2016", and inferred dates keep their mark."""
    summaries = [html.unescape(s) for s in re.findall(r"<summary>([^<]*)</summary>", pages["groups/islamic-state.md"])]
    assert "by 2016: 2 relations" in summaries and "2016: 2 relations" not in summaries
    assert "2014, inferred: 2 relations" in summaries and "2014: 2 relations" not in summaries
    assert all(": " in s for s in summaries if "relation" in s or "event" in s)

"""Index pages stay readable as the record grows; every record keeps the same home.

Up to LISTING_LIMIT records the events, statements and figures indexes list
every one; past it they give counts per year linking to the year pages. No
record lives on an index page, so a record's link does not move when an index
switches: statements without an event or speaker, and figures, live on their
year's page.
"""
from __future__ import annotations

import re

import pytest

from ispk import indexes
from ispk.index import year_key, year_keys, year_uncertain
from ispk.site import Site

KINDS = (("events/index.md", "events", "event"), ("statements/index.md", "statements", "statement"),
         ("statistics/index.md", "statistics", "statistic"))


@pytest.fixture(scope="module")
def site(dataset, sources_dir):
    return Site(dataset, None, sources_dir)


@pytest.fixture(scope="module")
def full(site):
    return site.pages()


@pytest.fixture(scope="module")
def split(site):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(indexes, "LISTING_LIMIT", 5)
        return site.pages()


def _records(dataset, kind):
    return {"event": dataset.events, "statement": dataset.statements, "statistic": dataset.statistics}[kind]


@pytest.mark.parametrize("path, key, kind", KINDS)
def test_below_the_limit_an_index_lists_every_record(full, dataset, path, key, kind):
    records = _records(dataset, kind)
    assert len(records) <= indexes.LISTING_LIMIT
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
def test_every_statement_and_figure_is_anchored_where_its_links_point(request, site, dataset, pages):
    pages = request.getfixturevalue(pages)
    for kind in ("statement", "statistic"):
        for record in _records(dataset, kind):
            target = site.home_of(kind, record, None)[0]
            path, _, anchor = target.partition("#")
            assert not path.endswith("index.md"), f"{kind} {record.id!r} lives on an index page, {path}"
            assert f"{{ #{anchor} " in pages[path], f"{kind} {record.id!r}: no #{anchor} on {path}"


def test_no_page_links_to_a_record_on_an_index_page(full):
    for path, page in full.items():
        assert not re.search(r"(statements|statistics)/index\.md#fact-", page), path


def test_pictures_follow_the_year_headings_and_skip_a_split_figures_index(site, split, tmp_path, monkeypatch):
    from ispk import pictures
    monkeypatch.setenv("ISPK_PICTURE_CACHE", str(tmp_path))
    monkeypatch.setattr(indexes, "LISTING_LIMIT", 5)  # the limit the split pages were made with
    pages, _ = pictures.decorate(dict(split), site, "http://127.0.0.1:8000/")
    assert "<svg" not in pages["statistics/index.md"]
    year = next(y for y in site.ix.years if site.ix.by_year[y]["events"] and site.ix.by_year[y]["statistics"])
    page = pages[f"years/{year}.md"]
    for heading in ("## Events { #events }\n", f"## Figures for {year} {{ #statistics }}\n"):
        assert page.index(heading) < page.index("<svg", page.index(heading)) < page.index("\n## ", page.index(heading) + 1)

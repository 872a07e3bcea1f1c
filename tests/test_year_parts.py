"""A year's events past PART_SIZE are listed in part pages of bounded size (issue 24).

At 10,000 events years/undated/ was 6.4 MB of HTML: it listed every undated event.
These checks run on 1,000 synthetic events (bench/synthetic.py), where several years
and the undated list pass PART_SIZE.
"""

from __future__ import annotations

import re

import pytest

from bench import synthetic
from ispk import routes
from ispk.build import Build
from ispk.dates import UNDATED, year_keys
from ispk.plan import parts

# Markdown per listed event: a table row of date, link, kind, place, casualties and
# responsibility, about 200 bytes in the synthetic data; twice that leaves room for long names.
BYTES_PER_EVENT = 400
# A statement is listed with its text and citations: about 700 bytes in the synthetic data.
BYTES_PER_STATEMENT = 1_400
PAGE_FURNITURE = 4_000


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    data, texts = synthetic.generate(1000, seed=1)
    folder = tmp_path_factory.mktemp("archive")
    synthetic.write_archive(texts, folder)
    pages = Build(sources=folder, narrative=None, pictures=False, citations=False, opendata=False).run(data, check=False).pages
    return data, pages


def _events_section(page: str) -> str:
    match = re.search(r"^## Events \{ #events \}\n(.*?)(?=^## |\Z)", page, re.M | re.S)
    return match.group(1) if match else ""


def _linked_events(text: str) -> set[str]:
    return set(re.findall(r"\]\((?:\.\./)+events/([\w-]+)\.md\)", text))


def test_long_years_are_cut_into_parts_of_bounded_size(built):
    _, pages = built
    part_pages = {p: t for p, t in pages.items() if re.fullmatch(r"years/[\w-]+/(?:events|statements)-\d+\.md", p)}
    assert part_pages, "no year passed PART_SIZE: the test data no longer exercises the parts"
    assert f"years/{UNDATED}/events-1.md" in part_pages
    assert f"years/{UNDATED}/statements-1.md" in part_pages
    for path, text in part_pages.items():
        if "/events-" in path:
            assert 0 < len(_linked_events(text)) <= parts.PART_SIZE, path
            assert len(text.encode()) <= PAGE_FURNITURE + parts.PART_SIZE * BYTES_PER_EVENT, path
        else:
            assert 0 < text.count("{ #fact-") <= parts.PART_SIZE, path
            assert len(text.encode()) <= PAGE_FURNITURE + parts.PART_SIZE * BYTES_PER_STATEMENT, path


def test_every_event_of_a_cut_year_is_in_exactly_one_part_and_not_on_the_year_page(built):
    data, pages = built
    by_year: dict[str, set[str]] = {}
    for e in data.events:
        if len(keys := year_keys(e.date)) == 1:  # a year's events; those of uncertain year stay on the year page
            by_year.setdefault(keys[0], set()).add(e.id)
    for year_page in (p for p in pages if re.fullmatch(r"years/[\w-]+\.md", p) and p != "years/index.md"):
        year = year_page.removeprefix("years/").removesuffix(".md")
        part_paths = sorted(p for p in pages if p.startswith(f"years/{year}/events-"))
        section = _events_section(pages[year_page])
        if not part_paths:
            continue
        assert not _linked_events(section), f"{year_page} still lists events inline"
        seen: list[str] = []
        for n in range(1, len(part_paths) + 1):
            path = parts.path(year, "events", n)
            assert f"({routes.relative(year_page, path)})" in section, f"{year_page} does not link {path}"
            seen += sorted(_linked_events(pages[path]))
        assert len(seen) == len(set(seen)), f"{year}: an event is in two parts"
        assert set(seen) == by_year[year], f"{year}: the parts do not list exactly the year's events"
        # The section's own size no longer grows with the year's events: one row per part.
        assert len(section.encode()) <= PAGE_FURNITURE + len(part_paths) * 200


def test_every_part_is_linked_from_its_index(built):
    """Two clicks from the events or statements index to any record: index -> part -> record."""
    _, pages = built
    for path in (p for p in pages if re.fullmatch(r"years/[\w-]+/(?:events|statements)-\d+\.md", p)):
        index = f"{path.split('/')[2].split('-')[0]}/index.md"
        assert f"({routes.relative(index, path)})" in pages[index], f"{index} does not link {path}"


def test_a_cut_year_page_keeps_the_statements_that_live_on_it(built):
    """Only copies go to parts: a statement with no event or speaker keeps its home, its year's page."""
    data, pages = built
    for s in data.statements:
        home, _, anchor = routes.home_of("statement", s).partition("#")
        if home.startswith("years/"):
            assert f"{{ #{anchor} " in pages[home], f"statement {s.id!r} lost its anchor on {home}"
            assert not any(
                f"{{ #{anchor} " in text for p, text in pages.items() if p.startswith(home.removesuffix(".md") + "/")
            ), f"statement {s.id!r} is copied to a part of its own home"


def test_every_statement_copy_of_a_cut_year_is_in_exactly_one_part(built):
    data, pages = built
    for year_page in (p for p in pages if re.fullmatch(r"years/[\w-]+\.md", p) and p != "years/index.md"):
        year = year_page.removeprefix("years/").removesuffix(".md")
        part_paths = [p for p in pages if p.startswith(f"years/{year}/statements-")]
        if not part_paths:
            continue
        seen = [a for p in part_paths for a in re.findall(r"\{ #fact-([\w-]+) ", pages[p])]
        expected = {
            s.id
            for s in data.statements
            if year_keys(s.date) == [year] and not routes.home_of("statement", s).startswith(year_page + "#")
        }
        assert len(seen) == len(set(seen)), f"{year}: a statement is in two parts"
        assert set(seen) == expected, f"{year}: the parts do not list exactly the statements shown elsewhere"

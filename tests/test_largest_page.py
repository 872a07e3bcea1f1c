"""The largest-page test (issue 24): no page grows with the whole record.

At 10,000 synthetic events years/undated/ was 1.6 MB of HTML: it was the home of every statement
with no event, speaker or year and of every figure with no year, however many. This test checks
every page of a 1,000-event site (bench/synthetic.py, Markdown only, no engine) against one rule,
so that a page built to grow with the dataset fails here at a tenth of the size where it would
pass 1 MB.

The rule has three parts.

1. **Size per record.** A page's Markdown is no more than its furniture plus a bound per thing it
   lists:

       bytes(P) <= FURNITURE + FULL * full(P) + ROW * items(P)

   where full(P) counts the records P shows in full (a statement, figure, relation or note with
   its text, marks and citations: each carries its ``{ #fact-… }`` anchor) and items(P) counts
   what P lists: its table rows, list items, footnotes and search filter values (one line each),
   and its links. Prose, headings and front matter are furniture, the same on every page.

2. **Records in full are bounded by the page, not by the dataset.** Three kinds of page:

   - a record's own page (``sources/x.md``, ``events/x.md``, …) or a dated year's page
     (``years/2016.md``) holds in full only records that name its record or fall in its year
     (a source's citations, an event's statements, a year's figures): its subject bounds them;
   - a part page (``years/<year>/<list>-<n>.md``) holds at most ``parts.PART_SIZE``;
   - any other page has no subject to bound it (a kind's index, the undated records' page, the
     home and open data pages): each of its sections holds at most ``parts.PART_SIZE`` in full.

3. **No page without a subject is a record's home.** What such a page shows in full is a copy of
   a record that lives elsewhere (``routes.home_of``), so it can go to part pages without moving
   any address. The one exception is the relations index, the home of every relation (their
   addresses are published): it is held to ``LISTING_LIMIT`` relations in full (30 here, 300 at
   10,000 synthetic events, about 400 KB of HTML there).

On main before issue 24's change, part 3 failed here: years/undated.md was the home of 97
statements and 42 figures.
"""

from __future__ import annotations

import re

import pytest

from bench import synthetic
from ispk import kinds, routes
from ispk.build import Build
from ispk.plan import figures, parts
from ispk.plan.producers import base, relations

FURNITURE = 8_000  # front matter, breadcrumb, headings and prose: under 3 KB on the synthetic pages
FULL = 500  # a record in full beyond its rows: its text and marks (about 300 bytes in the synthetic data)
ROW = 500  # a listed item: at most 230 bytes on average on any synthetic page (a release's changes)

_ANCHOR = re.compile(r"\{ #fact-([\w-]+) ")
_ITEM_LINE = re.compile(r"^(?:\|(?!---)|- |\[\^|<span data-pagefind-filter)", re.M)
_LINK = re.compile(r"\]\(")
_PART = re.compile(r"years/[\w-]+/(?:events|statements|statistics)-\d+\.md|data/[\w-]+-\d+\.md")
_SECTION = re.compile(r"^## ", re.M)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    data, texts = synthetic.generate(1000, seed=1)
    folder = tmp_path_factory.mktemp("archive")
    synthetic.write_archive(texts, folder)
    build = Build(sources=folder, narrative=None, pictures=False, citations=False)
    return data, build, build.run(data, check=False).pages


def _subject(path: str) -> bool:
    """Whether a page is a record's own page or a dated year's: what it holds is bounded by that record or year."""
    folder, _, name = path.removesuffix(".md").partition("/")
    if folder == routes.YEARS:
        return name.isdigit()
    return name not in ("", "index") and "/" not in name and any(k.pages and k.folder == folder for k in kinds.KINDS)


def _homes(data) -> dict[str, str]:
    """Each statement's, figure's and relation's anchor id -> the page it lives on."""
    return {
        r.id: routes.home_of(k.name, r).partition("#")[0]
        for k in (kinds.kind("statement"), kinds.kind("statistic"), kinds.kind("relation"))
        for r in getattr(data, k.attr)
    }


def test_every_page_is_bounded_by_its_records(site):
    data, _, pages = site
    homes = _homes(data)
    largest = max(pages, key=lambda p: len(pages[p].encode()))
    problems = []
    for path, text in pages.items():
        full = _ANCHOR.findall(text)
        items = len(_ITEM_LINE.findall(text)) + len(_LINK.findall(text))
        size = len(text.encode())
        if size > FURNITURE + FULL * len(full) + ROW * items:
            problems.append(f"{path}: {size:,} bytes for {len(full)} records in full and {items} items")
        if _subject(path):
            continue
        if _PART.fullmatch(path):
            if len(full) > parts.PART_SIZE:
                problems.append(f"{path}: a part page holds {len(full)} records in full")
            continue
        if path == routes.index_path("relation"):
            if len(full) > base.LISTING_LIMIT:
                problems.append(f"{path}: the home of {len(full)} relations, more than {base.LISTING_LIMIT}")
            continue
        for section in _SECTION.split(text):
            if len(found := _ANCHOR.findall(section)) > parts.PART_SIZE:
                problems.append(f"{path}: a section holds {len(found)} records in full, past PART_SIZE")
        living = sorted(ident for ident in set(full) if homes.get(ident) == path)
        if living:
            problems.append(f"{path}: a page without a subject is the home of {len(living)} records ({', '.join(living[:3])}, …)")
    assert not problems, f"largest page {largest} ({len(pages[largest].encode()):,} bytes)\n" + "\n".join(problems)


def test_a_record_with_no_event_speaker_or_year_lives_on_its_first_source(site):
    """Its home is bounded by one source's text; the undated records' page lists a copy with the same anchor."""
    data, _, pages = site
    moved = 0
    for k in (kinds.kind("statement"), kinds.kind("statistic")):
        for r in getattr(data, k.attr):
            if routes.shown_on_page(k.name, r) is not None:
                continue
            moved += 1
            home, _, anchor = routes.home_of(k.name, r).partition("#")
            assert home == routes.page_path("source", r.cites[0].source), r.id
            assert f"{{ #{anchor} " in pages[home], f"{k.name} {r.id!r}: no #{anchor} on {home}"
            undated = [p for p in pages if p.startswith(f"{routes.YEARS}/{routes.UNDATED}")]
            assert sum(f"{{ #{anchor} " in pages[p] for p in undated) == 1, f"{r.id!r} is not listed once on the undated pages"
    assert moved, "the synthetic data no longer has records with no event, speaker or year"


def test_the_relations_index_draws_relations_over_time_only_while_readable(site, monkeypatch):
    """Past MAX_SPANS the index draws none; what it drew is drawn, with its table, on the groups' pages."""
    data, build, _ = site
    index = routes.index_path("relation")
    ix, plan = build.plan(data)
    before = figures.wanted(plan, ix)[index].get("spans")
    assert isinstance(before, figures.Wanted) and before.table, "the index no longer draws the synthetic relations"
    monkeypatch.setattr(relations, "MAX_SPANS", len(data.relations) - 1)
    ix, plan = build.plan(data)
    wants = figures.wanted(plan, ix)
    assert "spans" not in wants.get(index, {})
    on_groups = {
        row[0].to
        for path, slots in wants.items()
        if path.startswith("groups/") and isinstance(slots.get("spans"), figures.Wanted)
        for row in slots["spans"].table.rows
    }
    # A group with fewer than two dated relations draws no picture of them (figures.spans).
    lone = {
        routes.home_of("relation", r)
        for r in data.relations
        if all(
            figures.spans(ix, routes.page_path("group", g), ix.by_group[g]["relations"], g) is None for g in (r.subject, r.object)
        )
    }
    assert {row[0].to for row in before.table.rows} - lone <= on_groups

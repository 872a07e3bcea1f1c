"""Search: what each page tells Pagefind about itself, and the step that indexes the site.

The site's search is Pagefind. It reads the built HTML once the engine has written
the site and writes a chunked index to ``<site>/pagefind/``; a browser fetches only
the chunks a query needs. Two things come from here:

- ``block(facets)``: one hidden HTML block per page, placed anywhere in the page's
  Markdown, that gives Pagefind the page's kind of record, its filter values (group,
  region, year, source) and its other names. Every value comes from the data
  (``facets_of``), never from the rendered page, and is escaped exactly once here.
- ``index_site(site_dir)``: runs Pagefind's binary (the ``pagefind[bin]`` wheel, no
  network) over the built site. The engine adapter calls it after every build,
  ``mkdocs build`` and ``mkdocs serve`` alike.

The theme marks the article as the only indexed part of a page (``data-pagefind-body``),
so the header, navigation and footer are never indexed; inside it, whatever the
templates mark ``data-search-exclude`` (listings repeated from elsewhere, footnotes,
the citation block, pictures) is left out too (``EXCLUDE_SELECTORS``).
"""
from __future__ import annotations

import subprocess
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

from . import dates
from .index import UNDATED, year_key

if TYPE_CHECKING:
    from .index import Index

# Filter keys, in the order the search dialog shows them. Each key is also the name of
# its URL parameter (?group=Islamic+State&region=Balochistan&year=2016), so keep them
# stable: published search links depend on them.
FILTERS: tuple[tuple[str, str], ...] = (
    ("kind", "Kind of record"),
    ("group", "Group"),
    ("region", "Region or province"),
    ("year", "Year"),
    ("source", "Source"),
)
KIND_LABELS = {
    "group": "Group", "region": "Region", "place": "Place", "person": "Person", "event": "Event",
    "year": "Year", "source": "Source", "index": "Index", "page": "Page",
}
YEAR_UNKNOWN = "Year unknown"
YEAR_UNCERTAIN = "Year uncertain"
# A record's names (its own and every alias) reach Pagefind twice. Each is a metadata
# field of its own (name, name1, name2, …, at most MAX_NAMES), which the search box
# weights NAME_META_WEIGHT times (docs/assets/search.js; a title counts 5): a field that
# is exactly the query words ranks its page first, where one long list of names would
# dilute the match. And all are indexed as text weighted NAMES_WEIGHT (Pagefind's
# maximum; about 100 times body text), so a country name that is on every page still
# ranks its own page near the top. Measured on the real site: 68 of 70 names and
# aliases find their page first, all within the first 4 (tests/test_browser.py).
NAMES_WEIGHT = 10
NAME_META_WEIGHT = 20
MAX_NAMES = 40
# What stays on the page but out of the index: the marks the templates already set on
# listings repeated from a record's own page, footnotes, the citation block and pictures.
EXCLUDE_SELECTORS = ("[data-search-exclude]", ".headerlink", ".footnote-ref")
OUTPUT = "pagefind"


@dataclass(frozen=True, kw_only=True)
class Facets:
    """What a page tells search about itself: plain values from the data, not yet escaped."""

    kind: str
    """The kind of record, as readers read it ("Event")."""
    groups: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    years: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    """Other names and spellings of the record (its aliases); the title is the page's h1."""


def block(facets: Facets) -> Markup:
    """The hidden HTML block Pagefind reads: filters and the kind (meta), then the weighted names.

    A raw HTML block: Markdown passes it through untouched, so every value is escaped
    here and only here. Filters and metadata are read wherever they are on the page
    (the first ``<div>`` is ignored for indexing); the names paragraph is indexed, so it
    sits inside the article, which is what the theme marks ``data-pagefind-body``.
    """
    spans = [_span("data-pagefind-meta", "kind", facets.kind), _span("data-pagefind-filter", "kind", facets.kind)]
    for key, values in (("group", facets.groups), ("region", facets.regions), ("year", facets.years),
                        ("source", facets.sources)):
        spans += [_span("data-pagefind-filter", key, value) for value in _unique(values)]
    html = Markup('<div class="search-facets" hidden data-pagefind-ignore>\n') + Markup("\n").join(spans) + Markup("\n</div>")
    names = _unique(facets.names)[:MAX_NAMES]
    if names:
        metas = Markup("\n").join(_span("data-pagefind-meta", f"name{i}" if i else "name", n) for i, n in enumerate(names))
        html = html.replace(Markup("\n</div>"), Markup("\n") + metas + Markup("\n</div>"))
        html += Markup(f'\n<p class="search-names" hidden data-pagefind-weight="{NAMES_WEIGHT}">') + \
            Markup(" · ").join(escape(n) for n in names) + Markup("</p>")
    return Markup("\n\n") + html + Markup("\n\n")


def _span(attribute: str, key: str, value: str) -> Markup:
    return Markup(f'<span {attribute}="{key}">') + escape(value) + Markup("</span>")


def _unique(values: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for v in values:
        if v and v.strip():
            seen.setdefault(v.strip(), None)
    return list(seen)


# --------------------------------------------------------------------------- #
# Facet values from the data
# --------------------------------------------------------------------------- #

def year_values(candidates: Sequence[int | None]) -> tuple[str, ...]:
    """The year filter's values for a record dated to one of ``candidates``.

    No known year gives "Year unknown"; several candidate years (a date uncertain
    between them) give each year and "Year uncertain", so the record is found under
    each year it may belong to, and the uncertainty can be filtered for.
    """
    years = sorted({y for y in candidates if y is not None})
    if not years:
        return (YEAR_UNKNOWN,)
    return tuple(str(y) for y in years) + ((YEAR_UNCERTAIN,) if len(years) > 1 else ())


def when_years(when) -> tuple[str, ...]:
    """Year values for one date of the data model (one year, or none known)."""
    return year_values([dates.year_of(when)] if when is not None else [])


def source_label(source) -> str:
    """How the source filter names a source: its number and publisher ("Source 002, VOA News")."""
    number = source.id.split("_", 1)[0]
    return f"Source {number}, {source.publisher}" if source.publisher else f"Source {number}"


def _year_label(key: str) -> tuple[str, ...]:
    return (YEAR_UNKNOWN,) if key == UNDATED else (key,)


def facets_of(kind: str, ident: str | None, ix: "Index", sources_of: dict[int, Iterable[str]] | None = None) -> Facets:
    """A page's facets from the records and the cross-references (``Index``).

    ``kind`` is a record kind ("group", "event", …) with ``ident`` its id (a year for
    "year"), or "index"/"page" for index and prose pages. ``sources_of`` maps
    ``id(record)`` to the ids of the sources its citations name (``Site.uses_by_record``).
    Regions include the regions above them, so a Quetta event is found under
    Balochistan and under Pakistan.
    """
    label = KIND_LABELS[kind]
    if kind in ("index", "page") or ident is None:
        return Facets(kind=label)
    sources_of = sources_of or {}

    def region_names(region_ids: Iterable[str]) -> tuple[str, ...]:
        out: list[str] = []
        for r in region_ids:
            out += [ix.regions[a].name for a in ix.ancestors(r)]
        return tuple(_unique(out))

    def group_names(group_ids: Iterable[str]) -> tuple[str, ...]:
        return tuple(sorted({ix.groups[g].name for g in group_ids if g in ix.groups}))

    def source_names(source_ids: Iterable[str]) -> tuple[str, ...]:
        return tuple(source_label(ix.sources[s]) for s in sorted(set(source_ids)) if s in ix.sources)

    def cited(record: Any) -> set[str]:
        return set(sources_of.get(id(record), ()))

    def years_of(lists) -> tuple[str, ...]:
        keys = {year_key(e.date) for e in lists["events"]} | {year_key(s.date) for s in lists["statements"]}
        keys |= {year_key(s.period) for s in lists["statistics"]}
        return tuple(v for k in sorted(keys) for v in _year_label(k))

    def related(lists) -> tuple[set[str], set[str], set[str]]:
        """Groups, regions and sources of the events, statements and figures listed on a page."""
        groups: set[str] = set()
        regions: set[str] = set()
        srcs: set[str] = set()
        for e in lists["events"]:
            groups |= ix.record_groups(e)
            regions.update(ix.event_regions(e))
            srcs |= cited(e)
        for s in lists["statements"]:
            groups |= ix.record_groups(s)
            regions.update(ix.statement_regions(s))
            srcs |= cited(s)
        for s in lists["statistics"]:
            groups |= set(s.groups)
            if s.region:
                regions.add(s.region)
            srcs |= cited(s)
        return groups, regions, srcs

    if kind == "group":
        g = ix.groups[ident]
        lists = ix.by_group[ident]
        _, _, srcs = related(lists)
        return Facets(kind=label, groups=group_names([ident]), regions=region_names(sorted(ix.group_regions[ident])),
                      years=tuple(v for y in ix.group_years(ident) for v in _year_label(y)),
                      sources=source_names(cited(g) | srcs), names=(g.name, *(a.name for a in g.aliases)))
    if kind == "region":
        r = ix.regions[ident]
        lists = ix.by_region[ident]
        groups, _, srcs = related(lists)
        return Facets(kind=label, groups=group_names(groups), regions=region_names([ident]), years=years_of(lists),
                      sources=source_names(cited(r) | srcs), names=(r.name, *(a.name for a in r.aliases)))
    if kind == "place":
        p = ix.places[ident]
        lists = ix.by_place[ident]
        groups, _, srcs = related(lists)
        return Facets(kind=label, groups=group_names(groups), regions=region_names([p.region]), years=years_of(lists),
                      sources=source_names(cited(p) | srcs), names=(p.name, *(a.name for a in p.aliases)))
    if kind == "person":
        person = ix.people[ident]
        lists = ix.by_person[ident]
        groups, regions, srcs = related(lists)
        return Facets(kind=label, groups=group_names(groups | set(person.groups)), regions=region_names(sorted(regions)),
                      years=years_of(lists), sources=source_names(cited(person) | srcs),
                      names=(person.name, *(a.name for a in person.aliases)))
    if kind == "event":
        e = ix.events[ident]
        return Facets(kind=label, groups=group_names(ix.record_groups(e)), regions=region_names(ix.event_regions(e)),
                      years=when_years(e.date), sources=source_names(cited(e)))
    if kind == "year":
        lists = ix.by_year[ident]
        groups, regions, srcs = related(lists)
        return Facets(kind=label, groups=group_names(groups), regions=region_names(sorted(regions)),
                      years=_year_label(ident), sources=source_names(srcs))
    if kind == "source":
        s = ix.sources[ident]
        groups: set[str] = set()
        regions: set[str] = set()
        for use in ix.cites_by_source.get(ident, ()):
            record = use.record
            groups |= ix.record_groups(record) if use.kind in ("event", "statement", "statistic") else set()
            if use.kind == "group":
                groups.add(record.id)
            if use.kind == "event":
                regions.update(ix.event_regions(record))
            elif use.kind == "statement":
                regions.update(ix.statement_regions(record))
        return Facets(kind=label, groups=group_names(groups), regions=region_names(sorted(regions)),
                      years=when_years(s.published), sources=source_names([ident]))
    raise KeyError(kind)


# --------------------------------------------------------------------------- #
# Indexing the built site
# --------------------------------------------------------------------------- #

@dataclass(frozen=True)
class IndexReport:
    pages: int
    seconds: float
    bytes: int
    """Size of the bundle on disk (index, fragments, filters, scripts)."""
    peak_rss_kb: int
    log: str


class IndexError(RuntimeError):
    pass


def index_site(site_dir: Path, *, output: str = OUTPUT, exclude_selectors: Sequence[str] = EXCLUDE_SELECTORS,
               quiet: bool = True) -> IndexReport:
    """Index a built site with Pagefind's bundled binary; write ``<site_dir>/<output>/``.

    Only pages with a ``data-pagefind-body`` element are indexed (the theme puts it on
    the article of every page but the 404 page). Raises IndexError with Pagefind's
    output when it fails or indexes no page.
    """
    import os

    from pagefind_bin import get_executable

    site_dir = Path(site_dir)
    command = [str(get_executable()), "--site", str(site_dir), "--output-subdir", output, "--force-language", "en"]
    for selector in exclude_selectors:
        command += ["--exclude-selectors", selector]
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    out = proc.stdout.read()
    proc.stdout.close()
    # wait4, not wait: the binary's own peak memory (what `make bench` reports).
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise IndexError(f"pagefind failed (exit {proc.returncode}):\n{out[-3000:]}")
    pages = _indexed_pages(out)
    if pages == 0:
        raise IndexError(f"pagefind indexed no page in {site_dir}: is data-pagefind-body on the pages?\n{out[-3000:]}")
    bundle = site_dir / output
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file())
    return IndexReport(pages=pages, seconds=seconds, bytes=size, peak_rss_kb=usage.ru_maxrss,
                       log="" if quiet else out)


def _indexed_pages(log: str) -> int:
    for line in log.splitlines():
        line = line.strip()
        if line.startswith("Indexed ") and line.endswith((" page", " pages")):
            return int(line.split()[1].replace(",", ""))
    return 0

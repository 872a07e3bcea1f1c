"""The drawings: each takes a plain, JSON-able spec and returns (figure, links).

A spec holds everything a picture shows (numbers, labels, link targets), so that
its hash is the cache key: same spec, same picture. ``links`` are (href, label)
pairs; an artist links to the i-th through the URL ``@L<i>`` (see svg.render).
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from typing import Any

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Circle, FancyArrowPatch, FancyBboxPatch, PathPatch, Polygon, Rectangle
from matplotlib.path import Path as MplPath
from matplotlib.text import Text
from matplotlib.typing import LineStyleType

from . import Spec
from .svg import BG, CHAR, FG, FONT, MUTED, NARROW, PALETTE, WIDE, figure, style

MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*")
HATCHES = ("", "///", "\\\\\\", "---", "|||", "xx")  # line hatches: dot hatches weigh 100 KB

Links = list[tuple[str, str]]
Drawn = tuple[Figure, Links]


def _links() -> tuple[Links, Callable[[str, str], str]]:
    links: Links = []

    def add(href: str, label: str) -> str:
        links.append((href, label))
        return f"@L{len(links) - 1}"

    return links, add


def _wrap(text: str, width_px: float) -> list[str]:
    """Lines that fit ``width_px`` at FONT size: a long label wraps, it is never cut."""
    return textwrap.wrap(text, max(8, int(width_px // CHAR)), break_on_hyphens=False) or [""]


def _canvas(width: float, height: float) -> tuple[Figure, Axes]:
    """A figure whose data units are its own units (px at natural size), y growing downwards."""
    fig = figure(width / 72, height / 72)
    ax = fig.add_axes((0.0, 0.0, 1.0, 1.0))
    ax.set_xlim(0, width)
    ax.set_ylim(height, 0)
    ax.axis("off")
    return fig, ax


def _text(ax: Axes, x: float, y: float, s: str, **kw: Any) -> Text:
    return ax.text(x, y, s, fontsize=kw.pop("fontsize", FONT), color=kw.pop("color", FG), **kw)


def _swatch(ax: Axes, x: float, y: float, f: int, size: float = 12) -> None:
    ax.add_patch(
        Rectangle(
            (x, y), size, size, facecolor=PALETTE[f % len(PALETTE)], hatch=HATCHES[f % len(HATCHES)], edgecolor=FG, linewidth=0.4
        )
    )


LINE = 16  # px per line of FONT text
ROW = 24  # px per bar row


def _legend(ax: Axes, y: float, width: float, entries: list[tuple[int, str]], title: str | None) -> float:
    """A legend below a drawing, one entry a line (wrapped): the y under it."""
    if title:
        _text(ax, 0, y, title, va="top", fontweight="bold")
        y += LINE + 2
    for f, label in entries:
        _swatch(ax, 1, y + 1, f)
        lines = _wrap(label, width - 20)
        _text(ax, 20, y, "\n".join(lines), va="top", linespacing=1.15)
        y += LINE * len(lines) + 4
    return y


def _legend_height(width: float, entries: list[tuple[int, str]], title: str | None) -> float:
    return (LINE + 2 if title else 0) + sum(LINE * len(_wrap(label, width - 20)) + 4 for _, label in entries)


# --------------------------------------------------------------------------- #
# Stacked bars: counts per year (or month) by family of event kinds, one row each
# --------------------------------------------------------------------------- #


def bars(spec: Spec) -> Drawn:
    """spec: bins [label], families [name], counts [[per family] per bin], hrefs [href|None], what.

    Horizontal rows, so that a bin's label ("2022 or 2023") is never turned or cut, however many bins."""
    links, add = _links()
    n = len(spec["bins"])
    totals = [sum(row) for row in spec["counts"]]
    top = max(totals or [1]) or 1
    label_w = max(len(b) for b in spec["bins"]) * CHAR + 10
    count_w = len(str(top)) * CHAR + 8
    span = NARROW - label_w - count_w
    used = [f for f in range(len(spec["families"])) if any(row[f] for row in spec["counts"])]
    entries = [(f, spec["families"][f]) for f in used]
    title = f"{spec['what'].capitalize()} by kind"
    height = 6 + ROW * n + 10 + _legend_height(NARROW, entries, title)
    with style():
        fig, ax = _canvas(NARROW, height)
        for i, (label, row, href) in enumerate(zip(spec["bins"], spec["counts"], spec["hrefs"], strict=True)):
            y = 6 + ROW * i
            _text(ax, label_w - 8, y + ROW / 2 - 2, label, ha="right", va="center")
            x = label_w
            for f in used:
                if row[f]:
                    w = span * row[f] / top
                    _swatch_bar(ax, x, y + 3, w, ROW - 8, f)
                    x += w
            if totals[i]:
                _text(ax, x + 4, y + ROW / 2 - 2, str(totals[i]), ha="left", va="center")
            if href and totals[i]:
                # One link per row: a transparent box over the whole row.
                box = Rectangle((0, y), NARROW, ROW, facecolor=FG, alpha=0.004, linewidth=0)  # painted, so clickable
                # "1 event", not "1 events": `what` is a plural ending in "s".
                noun = spec["what"][:-1] if totals[i] == 1 and spec["what"].endswith("s") else spec["what"]
                box.set_url(add(href, f"{label}: {totals[i]} {noun}"))
                ax.add_patch(box)
        _legend(ax, 6 + ROW * n + 10, NARROW, entries, title)
    return fig, links


def _swatch_bar(ax: Axes, x: float, y: float, w: float, h: float, f: int) -> None:
    ax.add_patch(
        Rectangle((x, y), w, h, facecolor=PALETTE[f % len(PALETTE)], hatch=HATCHES[f % len(HATCHES)], edgecolor=FG, linewidth=0.4)
    )


# --------------------------------------------------------------------------- #
# Timeline: each event a mark at its date, in a lane for its family of kinds
# --------------------------------------------------------------------------- #

LANE = 44  # a lane: its name on one line, its marks below


def timeline(spec: Spec) -> Drawn:
    """spec: lanes [name], families [index per lane], ticks [[x, label]], span [lo, hi],
    marks [{x, lane, family, href, label}], bounds [x]."""
    links, add = _links()
    lanes = spec["lanes"]
    lo, hi = map(float, spec["span"])
    ticks = spec["ticks"]
    widest = max((len(t[1]) for t in ticks), default=1) * CHAR + 12
    # The first and last tick labels stay inside the drawing.
    left, right = widest / 2, NARROW - widest / 2

    def px(x: float) -> float:
        return left + (x - lo) / (hi - lo) * (right - left)

    axis_y = 4 + LANE * len(lanes) + 4
    # Tick labels never crowd: keep every k-th so that each has its width and a gap.
    every = 1
    while every < len(ticks) and px(ticks[every][0]) - px(ticks[0][0]) < widest:
        every += 1
    shown = ticks[::every]
    height = axis_y + 8 + LINE + 4
    with style():
        fig, ax = _canvas(NARROW, height)
        for i, name in enumerate(lanes):
            y = 4 + LANE * i
            f = spec["families"][i]
            _swatch(ax, 1, y + 2, f, size=10)
            _text(ax, 17, y, name, va="top")
            ax.plot([left, right], [y + LINE + 14] * 2, color=MUTED, linewidth=0.4, zorder=0)
        for x in spec["bounds"] or [t[0] for t in shown]:
            ax.plot([px(x)] * 2, [4, axis_y], color=MUTED, linewidth=0.5, zorder=0)
        ax.plot([left, right], [axis_y] * 2, color=FG, linewidth=0.6)
        for x, label in shown:
            _text(ax, px(x), axis_y + 4, label, ha="center", va="top")
        # Marks on the same spot in a lane stack a little, so every one stays clickable.
        seen: dict[tuple[float, int], int] = {}
        for m in spec["marks"]:
            key = (round(px(m["x"]) / 6), m["lane"])
            k = seen.get(key, 0)
            seen[key] = k + 1
            y = 4 + LANE * m["lane"] + LINE + 14 + (5 * ((k + 1) // 2) * (1 if k % 2 else -1) if k else 0)
            line = ax.plot(
                [px(m["x"])],
                [y],
                linestyle="none",
                marker=MARKERS[m["family"] % len(MARKERS)],
                markersize=9,
                markerfacecolor=PALETTE[m["family"] % len(PALETTE)],
                markeredgecolor=FG,
                markeredgewidth=0.6,
            )[0]
            line.set_url(add(m["href"], m["label"]))
    return fig, links


# --------------------------------------------------------------------------- #
# Reported figures: horizontal bars, one panel per unit, coloured by producer
# --------------------------------------------------------------------------- #


def chart(spec: Spec) -> Drawn:
    """spec: panels [{unit, bars [{label, value, text, producer}]}], producers [name].

    Each bar's label is written in full on the line(s) above it, so no label is cut."""
    links, _ = _links()
    producers = spec["producers"]
    value_w = max(len(b["text"]) for p in spec["panels"] for b in p["bars"]) * CHAR + 8
    span = NARROW - value_w - 2
    plan: list[tuple[str, float, Any, float]] = []  # what, y, its lines or its bar, the bar's length
    y = 4
    for panel in spec["panels"]:
        unit = _wrap(panel["unit"].capitalize(), NARROW)
        plan.append(("unit", y, unit, 0.0))
        y += LINE * len(unit) + 6
        top = max(b["value"] for b in panel["bars"]) or 1
        for b in panel["bars"]:
            lines = _wrap(b["label"], NARROW)
            plan.append(("label", y, lines, 0.0))
            y += LINE * len(lines) + 2
            plan.append(("bar", y, b, span * b["value"] / top))
            y += 18 + 8
        y += 6
    entries = [(i, f"Produced by {p}") for i, p in enumerate(producers)] if len(producers) > 1 else []
    height = y + (_legend_height(NARROW, entries, None) if entries else 0)
    with style():
        fig, ax = _canvas(NARROW, height)
        for what, at, value, length in plan:
            if what == "unit":
                _text(ax, 0, at, "\n".join(value), va="top", fontweight="bold", linespacing=1.15)
            elif what == "label":
                _text(ax, 0, at, "\n".join(value), va="top", linespacing=1.15)
            else:
                f = producers.index(value["producer"])
                _swatch_bar(ax, 1, at, max(length, 1), 16, f)
                _text(ax, length + 6, at + 8, value["text"], va="center", ha="left")
        if entries:
            _legend(ax, y, NARROW, entries, None)
    return fig, links


# --------------------------------------------------------------------------- #
# Map of Pakistan's provinces and territories
# --------------------------------------------------------------------------- #

STEPS = ((0, 0.0), (1, 0.25), (2, 0.45), (5, 0.7), (10, 0.95))


def _shade(count: int) -> float:
    alpha = 0.0
    for low, a in STEPS:
        if count >= low:
            alpha = a
    return alpha


def provinces(spec: Spec) -> Drawn:
    """spec: units [{name, label, rings [[[x, y]]], anchor [x, y], count|None, href|None, disputed, highlight}],
    mode "shade" | "highlight"."""
    links, add = _links()
    accent = PALETTE[3]
    (x0, x1), (y0, y1) = spec["xlim"], spec["ylim"]
    map_h = NARROW * (y1 - y0) / ((x1 - x0) * 0.866)  # about 30°N: a degree of longitude is cos(30°) of one of latitude
    labels = ["no event placed here", "1 event", "2–4 events", "5–9 events", "10 or more events"]
    below = (LINE + 2 + len(STEPS) * (LINE + 4) + 8) if spec["mode"] == "shade" else 0
    height = map_h + below
    with style():
        fig = figure(NARROW / 72, height / 72)
        ax = fig.add_axes((0.0, below / height, 1.0, map_h / height))
        for u in spec["units"]:
            if spec["mode"] == "highlight":
                face, alpha, width = (accent, 0.85, 1.6) if u["highlight"] else ("none", 1.0, 0.5)
            else:
                count = u["count"]
                face, alpha, width = (accent, _shade(count), 0.7) if count else ("none", 1.0, 0.7)
            url = add(u["href"], u["link_label"]) if u["href"] else None
            for ring in u["rings"]:
                patch = Polygon(
                    ring,
                    closed=True,
                    facecolor=face,
                    alpha=None,
                    edgecolor=FG,
                    linewidth=width,
                    hatch="////" if u["disputed"] else None,
                )
                if face != "none":
                    patch.set_facecolor((*_rgb(face), alpha))
                if url:
                    patch.set_url(url)
                ax.add_patch(patch)
            x, y = u["anchor"]
            if u.get("leader"):
                # A label set beside a small unit starts at its anchor and points at the unit, the line
                # ending just short of the text at any width.
                ax.annotate(
                    "", xy=u["leader"], xytext=(x - 0.15, y), arrowprops={"arrowstyle": "-", "color": FG, "linewidth": 0.6}
                )
            ax.text(x, y, u["label"], ha="left" if u.get("leader") else "center", va="center", fontsize=FONT, linespacing=1.1)
        ax.set_xlim(x0, x1)
        ax.set_ylim(y0, y1)
        ax.axis("off")
        if spec["mode"] == "shade":
            key = fig.add_axes((0.0, 0.0, 1.0, below / height))
            key.set_xlim(0, NARROW)
            key.set_ylim(below, 0)
            key.axis("off")
            _text(key, 0, 6, "Events recorded", va="top", fontweight="bold")
            for i, ((_, a), label) in enumerate(zip(STEPS, labels, strict=True)):
                y = 6 + LINE + 2 + i * (LINE + 4)
                key.add_patch(
                    Rectangle((1, y + 1), 12, 12, facecolor=(*_rgb(accent), a) if a else "none", edgecolor=FG, linewidth=0.6)
                )
                _text(key, 20, y, label, va="top")
    return fig, links


def _radius(count: int) -> float:
    """A mark's radius in px: its area grows with the count."""
    radius: float = 4 + 3 * count**0.5
    return radius


def places(spec: Spec) -> Drawn:
    """spec: units [{rings}], points [{name, x, y, count, href, link_label}], xlim, ylim.

    Each mark is named beside it where a name fits without touching another; a name that fits
    nowhere is left to the mark's link and the table (never drawn over another)."""
    links, add = _links()
    (x0, x1), (y0, y1) = spec["xlim"], spec["ylim"]
    map_h = NARROW * (y1 - y0) / ((x1 - x0) * 0.866)
    counts = sorted({p["count"] for p in spec["points"]})
    key = [c for c in (counts[0], counts[len(counts) // 2], counts[-1])]
    key = list(dict.fromkeys(key))
    below = LINE + 2 + sum(2 * _radius(c) + 6 for c in key) + 6
    height = map_h + below

    def to_px(x: float, y: float) -> tuple[float, float]:
        return (x - x0) / (x1 - x0) * NARROW, (y1 - y) / (y1 - y0) * map_h

    with style():
        fig, ax = _canvas(NARROW, height)
        for u in spec["units"]:
            for ring in u["rings"]:
                ax.add_patch(Polygon([to_px(*pt) for pt in ring], closed=True, facecolor="none", edgecolor=MUTED, linewidth=0.7))
        taken = []
        for pt in sorted(spec["points"], key=lambda p: -p["count"]):
            x, y = to_px(pt["x"], pt["y"])
            r = _radius(pt["count"])
            taken.append((x - r, y - r, x + r, y + r))
        for pt in sorted(spec["points"], key=lambda p: -p["count"]):
            x, y = to_px(pt["x"], pt["y"])
            r = _radius(pt["count"])
            mark = Circle((x, y), r, facecolor=(*_rgb(PALETTE[3]), 0.55), edgecolor=FG, linewidth=0.8)
            mark.set_url(add(pt["href"], pt["link_label"]))
            ax.add_patch(mark)
        for pt in sorted(spec["points"], key=lambda p: -p["count"]):
            x, y = to_px(pt["x"], pt["y"])
            r = _radius(pt["count"])
            w, h = len(pt["name"]) * CHAR, LINE
            for bx, by, ha in (
                (x + r + 3, y - h / 2, "left"),
                (x - r - 3 - w, y - h / 2, "right"),
                (x - w / 2, y - r - 2 - h, "center"),
                (x - w / 2, y + r + 2, "center"),
            ):
                box = (bx, by, bx + w, by + h)
                inside = box[0] >= 0 and box[2] <= NARROW and box[1] >= 0 and box[3] <= map_h
                clear = all(box[2] <= t[0] or box[0] >= t[2] or box[3] <= t[1] or box[1] >= t[3] for t in taken)
                if inside and clear:
                    tx = {"left": box[0], "right": box[2], "center": (box[0] + box[2]) / 2}[ha]
                    t = _text(ax, tx, (box[1] + box[3]) / 2, pt["name"], ha=ha, va="center")
                    t.set_url(add(pt["href"], pt["link_label"]))
                    taken.append(box)
                    break
        y = map_h + 4
        _text(ax, 0, y, "Events recorded at the place", va="top", fontweight="bold")
        y += LINE + 2
        for c in key:
            r = _radius(c)
            ax.add_patch(Circle((1 + r, y + r), r, facecolor=(*_rgb(PALETTE[3]), 0.55), edgecolor=FG, linewidth=0.8))
            _text(ax, 2 * r + 10, y + r, f"{c} event{'s' if c != 1 else ''}", va="center")
            y += 2 * r + 6
    return fig, links


def _rgb(colour: str) -> tuple[float, float, float]:
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return r, g, b


# --------------------------------------------------------------------------- #
# Relationship graph of groups
# --------------------------------------------------------------------------- #

KIND_COLOURS = {
    "pledge": PALETTE[3],
    "alliance": PALETTE[5],
    "split": PALETTE[4],
    "partnership": PALETTE[2],
    "branch": PALETTE[0],
    "support": PALETTE[1],
    "affiliate": PALETTE[5],
    "soft corner": PALETTE[6],
    "tie": PALETTE[7],
    "outsourcing": PALETTE[2],
    "part of": MUTED,
}
KIND_STYLES: dict[str, LineStyleType] = {
    "pledge": "-",
    "alliance": "-",
    "split": (0, (2, 2)),
    "partnership": (0, (6, 2)),
    "branch": "-",
    "support": (0, (1, 1.5)),
    "affiliate": (0, (3, 2)),
    "soft corner": (0, (1, 3)),
    "tie": (0, (3, 1, 1, 1)),
    "outsourcing": (0, (6, 1, 1, 1)),
    "part of": (0, (4, 3)),
}


def _layout(spec: Spec, rankdir: str) -> dict[str, Any]:
    """Graphviz's dot: nodes and arrow labels placed so that none overlaps (an arrow's label is a
    node of its own to dot). Sizes are reckoned at a font a size larger than drawn, for slack
    between Graphviz's metrics and the reader's font. Returns dot's JSON (points, y upwards)."""
    import graphviz

    g = graphviz.Digraph(
        graph_attr={"rankdir": rankdir, "nodesep": "0.25", "ranksep": "0.35", "fontname": "Helvetica"},
        node_attr={"shape": "box", "style": "rounded", "fontname": "Helvetica", "fontsize": str(FONT + 1), "margin": "0.12,0.06"},
        edge_attr={"fontname": "Helvetica", "fontsize": str(FONT + 1)},
    )
    for n in spec["nodes"]:
        g.node(n["id"], n["label"])
    for e in spec["edges"]:
        g.edge(e["source"], e["target"], label=e["label"] or None)
    layout: dict[str, Any] = json.loads(g.pipe(format="json0", engine="dot"))
    return layout


def _points(text: str) -> list[tuple[float, float]]:
    return [(float(x), float(y)) for x, y in (p.split(",") for p in text.split())]


def graph(spec: Spec) -> Drawn:
    """spec: nodes [{id, label, href, name, focus}], edges [{source, target, kinds [..], label}].

    Laid out by Graphviz (top to bottom, or left to right when that is narrower), drawn WIDE at
    most, at its natural size (a phone shows the table instead); the canvas is the layout's own
    bounding box, so no band is left empty."""
    links, add = _links()
    nodes = {n["id"]: n for n in spec["nodes"]}
    # Top to bottom reads best; left to right where that alone fits the column.
    layouts = [_layout(spec, d) for d in ("TB", "LR")]
    fits = [out for out in layouts if float(out["bb"].split(",")[2]) <= WIDE - 8]
    layout = fits[0] if fits else min(layouts, key=lambda out: float(out["bb"].split(",")[2]))
    _, _, width, height = map(float, layout["bb"].split(","))
    pad = 4
    kinds = [k for k in KIND_COLOURS if k in {k for e in spec["edges"] for k in e["kinds"]}]
    legend_h = (LINE + 2 + LINE * ((len(kinds) + 2) // 3) + 8) if spec["legend"] else 0
    canvas_w = max(width + 2 * pad, NARROW)

    def flip(x: float, y: float) -> tuple[float, float]:
        return x + pad + (canvas_w - width - 2 * pad) / 2, height - y + pad

    by_gvid = {o["_gvid"]: o for o in layout.get("objects", [])}
    with style():
        fig, ax = _canvas(canvas_w, height + 2 * pad + legend_h)
        # dot lists arrows in its own order: each is matched to its spec by its two ends.
        by_ends = {(e["source"], e["target"]): e for e in spec["edges"]}
        for drawn in layout.get("edges", []):
            e = by_ends[(by_gvid[drawn["tail"]]["name"], by_gvid[drawn["head"]]["name"])]
            kind = e["kinds"][0]
            colour = KIND_COLOURS[kind]
            parts = drawn["pos"].split()
            end = _points(parts[0][2:])[0] if parts[0].startswith("e,") else None
            spline = [flip(*p) for p in _points(" ".join(q for q in parts if not q.startswith(("e,", "s,"))))]
            codes = [MplPath.MOVETO] + [MplPath.CURVE4] * (len(spline) - 1)
            ax.add_patch(
                PathPatch(MplPath(spline, codes), facecolor="none", edgecolor=colour, linestyle=KIND_STYLES[kind], linewidth=1.6)
            )
            if end is not None and kind != "part of":
                ax.add_patch(
                    FancyArrowPatch(
                        spline[-1],
                        flip(*end),
                        arrowstyle="-|>",
                        mutation_scale=12,
                        color=colour,
                        linewidth=1.6,
                        shrinkA=0,
                        shrinkB=0,
                    )
                )
            if e["label"] and "lp" in drawn:
                x, y = flip(*_points(drawn["lp"])[0])
                _text(ax, x, y, e["label"], ha="center", va="center", linespacing=1.15)
        for _, o in sorted(by_gvid.items()):
            n = nodes[o["name"]]
            x, y = flip(*_points(o["pos"])[0])
            w, h = float(o["width"]) * 72, float(o["height"]) * 72
            box = FancyBboxPatch(
                (x - w / 2, y - h / 2),
                w,
                h,
                boxstyle="round,pad=0,rounding_size=6",
                facecolor=BG,
                edgecolor=FG,
                linewidth=1.8 if n["focus"] else 0.8,
            )
            ax.add_patch(box)
            t = _text(
                ax, x, y, n["label"], ha="center", va="center", fontweight="bold" if n["focus"] else "normal", linespacing=1.15
            )
            if n["href"]:
                box.set_url(add(n["href"], n["name"]))
                t.set_url(add(n["href"], n["name"]))
        if spec["legend"]:
            from matplotlib.lines import Line2D

            y = height + 2 * pad + 6
            _text(ax, 0, y, "Line: the first kind of relation on the arrow", va="top", fontweight="bold")
            for i, k in enumerate(kinds):
                x, row = (i % 3) * (canvas_w / 3), y + LINE + 2 + (i // 3) * LINE
                ax.add_line(
                    Line2D([x + 2, x + 30], [row + 8] * 2, color=KIND_COLOURS[k], linestyle=KIND_STYLES[k], linewidth=1.6)
                )
                _text(ax, x + 36, row, k, va="top")
    return fig, links


# --------------------------------------------------------------------------- #
# Relations over time: one row per relation, first to last dated mention
# --------------------------------------------------------------------------- #


def spans(spec: Spec) -> Drawn:
    """spec: rows [{label, first, last, marks [x], open_start, open_end, href}], span [lo, hi], ticks [[x, label]].

    Each row's label is written in full above its line; an open end is a dashed stub."""
    links, add = _links()
    lo, hi = map(float, spec["span"])
    ticks = spec["ticks"]
    widest = max((len(t[1]) for t in ticks), default=1) * CHAR + 12
    left, right = max(widest / 2, 30), NARROW - max(widest / 2, 30)

    def px(x: float) -> float:
        return left + (x - lo) / (hi - lo) * (right - left)

    every = 1
    while every < len(ticks) and px(ticks[every][0]) - px(ticks[0][0]) < widest:
        every += 1
    plan, y = [], 4
    for r in spec["rows"]:
        lines = _wrap(r["label"], NARROW)
        plan.append((y, lines, r))
        y += LINE * len(lines) + 18
    axis_y = y + 2
    with style():
        fig, ax = _canvas(NARROW, axis_y + 6 + LINE + 4)
        for x, label in ticks[::every]:
            ax.plot([px(x)] * 2, [2, axis_y], color=MUTED, linewidth=0.5, zorder=0)
            _text(ax, px(x), axis_y + 4, label, ha="center", va="top")
        ax.plot([left, right], [axis_y] * 2, color=FG, linewidth=0.6)
        for at, lines, r in plan:
            t = _text(ax, 0, at, "\n".join(lines), va="top", linespacing=1.15)
            t.set_url(add(r["href"], " ".join(lines)))  # _wrap gives at least one line
            line_y = at + LINE * len(lines) + 8
            a, b = px(r["first"]), px(r["last"])
            ax.plot([a, max(b, a + 1)], [line_y] * 2, color=PALETTE[5], linewidth=3, solid_capstyle="butt")
            if r["open_start"]:
                ax.plot([a - 24, a], [line_y] * 2, color=PALETTE[5], linewidth=2, linestyle=(0, (2, 2)))
            if r["open_end"]:
                ax.plot([b, b + 24], [line_y] * 2, color=PALETTE[5], linewidth=2, linestyle=(0, (2, 2)))
            ax.plot(
                [px(x) for x in r["marks"]],
                [line_y] * len(r["marks"]),
                linestyle="none",
                marker="o",
                markersize=6,
                markerfacecolor=BG,
                markeredgecolor=FG,
                markeredgewidth=1.0,
            )
    return fig, links


FIXED_SIZE = frozenset({"graph"})  # drawn WIDE, shown at natural size, never scaled up
DRAWINGS = {
    "bars": bars,
    "timeline": timeline,
    "chart": chart,
    "map": provinces,
    "graph": graph,
    "spans": spans,
    "places": places,
}

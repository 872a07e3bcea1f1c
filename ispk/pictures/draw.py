"""The drawings: each takes a plain, JSON-able spec and returns (figure, links).

A spec holds everything a picture shows (numbers, labels, link targets), so that
its hash is the cache key: same spec, same picture. ``links`` are (href, label)
pairs; an artist links to the i-th through the URL ``@L<i>`` (see svg.render).
"""

from __future__ import annotations

import textwrap

from matplotlib.patches import FancyArrowPatch, Polygon, Rectangle
from matplotlib.ticker import MaxNLocator

from .svg import BG, FG, MUTED, PALETTE, figure, style

MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*")
HATCHES = ("", "///", "\\\\\\", "---", "|||", "xx")  # line hatches: dot hatches weigh 100 KB


def _links():
    links: list[tuple[str, str]] = []

    def add(href: str, label: str) -> str:
        links.append((href, label))
        return f"@L{len(links) - 1}"

    return links, add


def _shorten(label: str, width: int = 44) -> str:
    return label if len(label) <= width else label[: width - 1].rstrip() + "…"


# --------------------------------------------------------------------------- #
# Stacked bars: counts per year (or month) by family of event kinds
# --------------------------------------------------------------------------- #


def bars(spec: dict):
    """spec: bins [label], families [name], counts [[per family] per bin], hrefs [href|None], what."""
    links, add = _links()
    n = len(spec["bins"])
    with style():
        fig = figure(max(5.5, min(9.0, 1.6 + 0.45 * n)), 3.3)
        ax = fig.add_axes((0.09, 0.33, 0.89, 0.6))
        bottoms = [0] * n
        for f, family in enumerate(spec["families"]):
            heights = [row[f] for row in spec["counts"]]
            if not any(heights):
                continue
            # Zero-height segments are left out: they would draw nothing but weigh the file.
            at = [i for i in range(n) if heights[i]]
            ax.bar(
                at,
                [heights[i] for i in at],
                bottom=[bottoms[i] for i in at],
                width=0.7,
                color=PALETTE[f % len(PALETTE)],
                hatch=HATCHES[f % len(HATCHES)],
                edgecolor=FG,
                linewidth=0.4,
                label=family,
            )
            bottoms = [b + h for b, h in zip(bottoms, heights, strict=True)]
        top = max(bottoms or [1]) or 1
        for i, (label, href) in enumerate(zip(spec["bins"], spec["hrefs"], strict=True)):
            if href and bottoms[i]:
                # One link per column: a transparent box over the whole bar.
                box = Rectangle((i - 0.4, 0), 0.8, top * 1.05, facecolor=FG, alpha=0.004, linewidth=0)  # painted, so clickable
                box.set_url(add(href, f"{label}: {bottoms[i]} {spec['what']}"))
                ax.add_patch(box)
            if bottoms[i]:
                ax.text(i, bottoms[i] + top * 0.02, str(bottoms[i]), ha="center", va="bottom", fontsize=8)
        ax.set_xticks(range(n), spec["bins"], fontsize=8, rotation=0 if n <= 14 else 90)
        ax.set_xlim(-0.6, n - 0.4)
        ax.set_ylim(0, top * 1.15)
        ax.set_ylabel(spec["what"].capitalize())
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.tick_params(axis="y", labelsize=8)
        ax.legend(
            loc="upper center",
            bbox_to_anchor=(0.5, -0.14 if n <= 14 else -0.3),
            ncol=2,
            fontsize=7.5,
            handlelength=1.2,
            columnspacing=1.0,
        )
    return fig, links


# --------------------------------------------------------------------------- #
# Timeline: each event a mark at its date, in a lane for its family of kinds
# --------------------------------------------------------------------------- #


def timeline(spec: dict):
    """spec: lanes [name], ticks [[x, label]], span [lo, hi], marks [{x, lane, href, label}]."""
    links, add = _links()
    lanes = spec["lanes"]
    with style():
        fig = figure(8.0, 0.9 + 0.42 * len(lanes))
        left = 0.3
        ax = fig.add_axes(
            (left, 0.55 / (0.9 + 0.42 * len(lanes)) + 0.05, 0.97 - left, 1 - (0.75 / (0.9 + 0.42 * len(lanes))) - 0.05)
        )
        lo, hi = spec["span"]
        # Marks on the same spot in a lane stack a little, so every one stays clickable.
        seen: dict[tuple[float, int], int] = {}
        for m in spec["marks"]:
            key = (round(m["x"] * 40 / (hi - lo)), m["lane"])
            k = seen.get(key, 0)
            seen[key] = k + 1
            y = m["lane"] + (0.18 * ((k + 1) // 2) * (1 if k % 2 else -1) if k else 0)
            line = ax.plot(
                [m["x"]],
                [y],
                linestyle="none",
                marker=MARKERS[m["family"] % len(MARKERS)],
                markersize=8,
                markerfacecolor=PALETTE[m["family"] % len(PALETTE)],
                markeredgecolor=FG,
                markeredgewidth=0.6,
            )[0]
            line.set_url(add(m["href"], m["label"]))
        ax.set_yticks(range(len(lanes)), lanes, fontsize=8)
        ax.set_ylim(len(lanes) - 0.5, -0.5)
        ax.set_xlim(lo, hi)
        ax.set_xticks([t[0] for t in spec["ticks"]], [t[1] for t in spec["ticks"]], fontsize=8)
        if spec.get("bounds"):
            # Months: labels in the middle of each month, grid lines at their edges.
            ax.set_xticks(spec["bounds"], minor=True)
            ax.tick_params(axis="x", which="major", length=0)
            ax.grid(axis="x", which="minor", linewidth=0.5)
        else:
            ax.grid(axis="x", linewidth=0.5)
        ax.spines["left"].set_visible(False)
        ax.tick_params(axis="y", length=0)
        for i in range(len(lanes)):
            ax.axhline(i, color=MUTED, linewidth=0.4, zorder=0)
    return fig, links


# --------------------------------------------------------------------------- #
# Reported figures: horizontal bars, one panel per unit, coloured by producer
# --------------------------------------------------------------------------- #


def chart(spec: dict):
    """spec: panels [{unit, bars [{label, value, text, producer}]}], producers [name]."""
    links, _ = _links()
    producers = spec["producers"]
    rows = sum(len(p["bars"]) for p in spec["panels"])
    height = 0.5 + 0.32 * rows + 0.45 * len(spec["panels"]) + (0.2 * len(producers) if len(producers) > 1 else 0)
    with style():
        fig = figure(8.0, height)
        top = 1 - 0.15 / height
        bottom = (0.2 * len(producers) + 0.1) / height if len(producers) > 1 else 0.15 / height
        usable = top - bottom
        y = top
        for panel in spec["panels"]:
            n = len(panel["bars"])
            share = usable * (0.32 * n + 0.45) / (0.32 * rows + 0.45 * len(spec["panels"]))
            ax = fig.add_axes((0.38, y - share + 0.4 / height, 0.42, share - 0.4 / height))
            y -= share
            values = [b["value"] for b in panel["bars"]]
            for i, b in enumerate(panel["bars"]):
                f = producers.index(b["producer"])
                ax.barh(
                    i,
                    b["value"],
                    height=0.6,
                    color=PALETTE[f % len(PALETTE)],
                    hatch=HATCHES[f % len(HATCHES)],
                    edgecolor=FG,
                    linewidth=0.4,
                )
                ax.text(b["value"], i, " " + b["text"], va="center", ha="left", fontsize=7.5)
            ax.set_yticks(
                range(n),
                [textwrap.fill(b["label"], 46, max_lines=2, placeholder="…") for b in panel["bars"]],
                fontsize=7.5,
                linespacing=1.0,
            )
            ax.set_ylim(n - 0.5, -0.5)
            ax.set_xlim(0, max(values) * 1.02 or 1)
            ax.set_xlabel(panel["unit"], fontsize=7.5, labelpad=1)
            ax.tick_params(axis="x", labelsize=7)
            ax.tick_params(axis="y", length=0)
            ax.xaxis.set_major_locator(MaxNLocator(4, integer=all(float(v).is_integer() for v in values)))
        if len(producers) > 1:
            handles = [
                Rectangle(
                    (0, 0),
                    1,
                    1,
                    facecolor=PALETTE[i % len(PALETTE)],
                    hatch=HATCHES[i % len(HATCHES)],
                    edgecolor=FG,
                    linewidth=0.4,
                )
                for i in range(len(producers))
            ]
            fig.legend(
                handles,
                [_shorten(f"Produced by {p}", 90) for p in producers],
                loc="lower left",
                bbox_to_anchor=(0.02, 0.0),
                fontsize=7.5,
                ncol=1,
            )
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


def provinces(spec: dict):
    """spec: units [{name, label, rings [[[x, y]]], anchor [x, y], count|None, href|None, disputed, highlight}],
    mode "shade" | "highlight"."""
    links, add = _links()
    accent = PALETTE[3]
    with style():
        fig = figure(6.4, 5.0)
        ax = fig.add_axes((0.0, 0.0, 1.0, 1.0))
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
                # A label set beside a small unit points at it.
                ax.annotate(
                    "", xy=u["leader"], xytext=(x - 0.9, y), arrowprops={"arrowstyle": "-", "color": FG, "linewidth": 0.6}
                )
            ax.text(
                x,
                y,
                u["label"],
                ha="center",
                va="center",
                fontsize=7.5,
                linespacing=1.1,
                bbox={"boxstyle": "round,pad=0.15", "facecolor": "none", "edgecolor": "none"},
            )
        ax.set_xlim(*spec["xlim"])
        ax.set_ylim(*spec["ylim"])
        ax.set_aspect(1 / 0.866)  # about 30°N: a degree of longitude is cos(30°) of one of latitude
        ax.axis("off")
        if spec["mode"] == "shade":
            handles = [
                Rectangle((0, 0), 1, 1, facecolor=(*_rgb(accent), a) if a else "none", edgecolor=FG, linewidth=0.6)
                for _, a in STEPS
            ]
            labels = ["no event placed here", "1 event", "2–4 events", "5–9 events", "10 or more events"]
            if any(u["disputed"] for u in spec["units"]):
                handles.append(Rectangle((0, 0), 1, 1, facecolor="none", edgecolor=FG, hatch="////", linewidth=0.6))
                labels.append("disputed; administered by Pakistan")
            fig.legend(
                handles,
                labels,
                loc="lower right",
                bbox_to_anchor=(0.99, 0.02),
                fontsize=7.5,
                title="Events recorded",
                title_fontsize=8,
            )
    return fig, links


def _rgb(colour: str) -> tuple[float, float, float]:
    return tuple(int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))


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
KIND_STYLES = {
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


def graph(spec: dict):
    """spec: nodes [{id, label, x, y, href, name, focus}], edges [{source, target, kinds [..], label}], size [w, h]."""
    links, add = _links()
    w, h = spec["size"]
    nodes = {n["id"]: n for n in spec["nodes"]}
    with style():
        fig = figure(w, h)
        ax = fig.add_axes((0.0, 0.12 if spec["legend"] else 0.0, 1.0, 0.88 if spec["legend"] else 1.0))
        ax.set_xlim(-1.3, 1.3)
        ax.set_ylim(-1.2, 1.2)
        ax.axis("off")
        for e in spec["edges"]:
            a, b = nodes[e["source"]], nodes[e["target"]]
            kind = e["kinds"][0]
            arrow = FancyArrowPatch(
                (a["x"], a["y"]),
                (b["x"], b["y"]),
                arrowstyle="-" if kind == "part of" else "-|>",
                mutation_scale=11,
                connectionstyle=f"arc3,rad={e['bend']}",
                color=KIND_COLOURS[kind],
                linestyle=KIND_STYLES[kind],
                linewidth=1.6,
                shrinkA=22,
                shrinkB=22,
            )
            ax.add_patch(arrow)
            # The label sits on the curve's midpoint: the chord's middle, pushed sideways by the bend.
            mx, my = (a["x"] + b["x"]) / 2, (a["y"] + b["y"]) / 2
            dx, dy = b["x"] - a["x"], b["y"] - a["y"]
            mx, my = mx + e["bend"] * dy / 2, my - e["bend"] * dx / 2
            if e["label"]:
                ax.text(
                    mx,
                    my,
                    e["label"],
                    ha="center",
                    va="center",
                    fontsize=7,
                    color=FG,
                    linespacing=1.05,
                    bbox={"boxstyle": "round,pad=0.1", "facecolor": BG, "edgecolor": "none"},
                )
        for n in spec["nodes"]:
            t = ax.text(
                n["x"],
                n["y"],
                n["label"],
                ha="center",
                va="center",
                fontsize=9 if n["focus"] else 8,
                fontweight="bold" if n["focus"] else "normal",
                linespacing=1.05,
                bbox={"boxstyle": "round,pad=0.35", "facecolor": BG, "edgecolor": FG, "linewidth": 1.8 if n["focus"] else 0.8},
            )
            if n["href"]:
                t.set_url(add(n["href"], n["name"]))
        if spec["legend"]:
            from matplotlib.lines import Line2D

            kinds = [k for k in KIND_COLOURS if k in {k for e in spec["edges"] for k in e["kinds"]}]
            handles = [Line2D([0], [0], color=KIND_COLOURS[k], linestyle=KIND_STYLES[k], linewidth=1.6) for k in kinds]
            fig.legend(
                handles,
                kinds,
                loc="lower center",
                ncol=len(kinds),
                fontsize=7.5,
                title="Line: the first kind of relation on the arrow",
                title_fontsize=7.5,
            )
    return fig, links


DRAWINGS = {"bars": bars, "timeline": timeline, "chart": chart, "map": provinces, "graph": graph}

"""From a Matplotlib figure to a small, deterministic SVG that can be inlined in a page.

Matplotlib writes a standalone document: an XML prolog, a DOCTYPE, metadata with
the date, a global ``*{...}`` style, ids on every group and fixed colours. Inlined
in HTML, several such SVGs on one page would share ids, and fixed colours would not
follow Material's light and dark schemes. ``finish()`` turns one into an element
that fits a page: no prolog, only the ids something refers to (prefixed, so that
they are unique on the page), theme colours as ``currentColor``, links with an
accessible name, and a ``<title>`` and ``<desc>`` the ``<svg>`` is labelled by.
"""

from __future__ import annotations

import io
import re
from contextlib import AbstractContextManager
from typing import Any

import matplotlib

matplotlib.use("Agg")
from markupsafe import escape
from matplotlib import pyplot as plt
from matplotlib.figure import Figure
from matplotlib.typing import RcKeyType

# Sentinel colours: drawn by the pictures, replaced by the theme's text colour.
FG = "#010101"  # text, axes, outlines: currentColor
MUTED = "#020202"  # grid lines, secondary outlines: currentColor, faint
BG = "#030303"  # boxes behind labels: the page's background colour
# Data colours that read on Material's white and its dark slate alike (Okabe–Ito).
PALETTE = ("#e69f00", "#56b4e9", "#009e73", "#d55e00", "#cc79a7", "#0072b2", "#f0e442", "#999999")

# Sizes in SVG units, which are CSS px when a picture is shown at its natural size (72 dpi: a
# point is a unit). A phone's column is 343 px at 375 px, so a picture drawn NARROW wide shows
# at its natural size there, and its FONT-unit text at FONT px; on a wide screen it may grow to
# GROW times that (pictures.css caps it), never shrink. The graph alone is drawn WIDE, shown from
# 720 px up, and replaced by its table below that (issue 22: no text under 11 px on a phone).
NARROW = 336
WIDE = 680
FONT = 12
GROW = 1.3
COLUMN = 343  # the text column of a 375 px phone, in CSS px
CHAR = 7.2  # a generous average width of a FONT-size character, for wrapping before drawing

RC: dict[RcKeyType, Any] = {
    "svg.hashsalt": "ispk-pictures",  # clip-path ids from a fixed salt: same data, same bytes
    "svg.fonttype": "none",  # text as <text>, not glyph outlines: small and selectable
    "svg.id": None,
    "path.simplify": True,
    "font.family": "sans-serif",
    "font.size": 10,
    "text.color": FG,
    "axes.edgecolor": MUTED,
    "axes.labelcolor": FG,
    "xtick.color": FG,
    "ytick.color": FG,
    "axes.facecolor": "none",
    "figure.facecolor": "none",
    "savefig.facecolor": "none",
    "savefig.edgecolor": "none",
    "grid.color": MUTED,
    "hatch.color": FG,
    "legend.frameon": False,
    "axes.spines.top": False,
    "axes.spines.right": False,
}


def figure(width: float, height: float) -> Figure:
    """A new figure (inches at 72 dpi: SVG user units are points)."""
    with plt.rc_context(RC):
        fig = plt.figure(figsize=(width, height), dpi=72)
    return fig


def style() -> AbstractContextManager[None]:
    return plt.rc_context(RC)


_PROLOG = re.compile(r"<\?xml[^>]*\?>|<!DOCTYPE[^>]*>|<!--.*?-->", re.S)
_METADATA = re.compile(r"<metadata>.*?</metadata>", re.S)
_STYLE = re.compile(r"<style[^>]*>.*?</style>", re.S)
_EMPTY_DEFS = re.compile(r"<defs>\s*</defs>")
_ID = re.compile(r'\sid="([^"]+)"')
_REF = re.compile(r'(xlink:href="#|url\(#)([^")]+)')
_LINK = re.compile(r'<a xlink:href="@L(\d+)"[^>]*>')
_INVISIBLE = re.compile(r'<path d="[^"]*" style="fill: none"/>')
_SVG_OPEN = re.compile(r"<svg\b[^>]*>")
_VIEWBOX = re.compile(r'viewBox="([^"]+)"')
_FONT = re.compile(r"font-family: [^;\"]+;? ?|font: ([0-9.]+px) '[^']+'")
_NO_ROTATION = re.compile(r' transform="rotate\(-?0 [^)]*\)"')


def render(fig: Figure, prefix: str, title: str, desc: str, links: list[tuple[str, str]], grow: float = GROW) -> str:
    """The figure as an inline SVG element.

    ``links`` are (href, label) pairs; artists link to them through the URL ``@L<i>``.
    """
    return finish(drawn(fig), prefix, title, desc, links, grow)


def drawn(fig: Figure) -> str:
    """The figure as SVG in the theme's colours and the page's font, before its ids, links, title and
    description are set (``finish``): what depends on the drawing alone."""
    buffer = io.StringIO()
    with style():
        fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None}, transparent=True)
    plt.close(fig)
    svg = buffer.getvalue()
    svg = _PROLOG.sub("", svg)
    svg = _METADATA.sub("", svg)
    svg = _STYLE.sub("", svg)
    svg = _EMPTY_DEFS.sub("", svg)
    svg = svg.replace("fill: currentColor; opacity: 0.004", "fill: currentColor; opacity: 0; pointer-events: all")
    svg = svg.replace(BG, "var(--md-default-bg-color, #fff)")
    svg = svg.replace(FG, "currentColor").replace(MUTED, "currentColor; stroke-opacity: 0.35")
    # Text takes the page's font; its size stays.
    svg = _FONT.sub(lambda m: f"font-size: {m.group(1)}" if m.group(1) else "", svg)
    return _NO_ROTATION.sub("", svg)


def finish(svg: str, prefix: str, title: str, desc: str, links: list[tuple[str, str]], grow: float = GROW) -> str:
    """A drawing (``drawn``) as an inline SVG element: ids prefixed, links, title and description set, compacted."""
    # Only ids something refers to survive, prefixed to be unique on the page.
    referenced = {m.group(2) for m in _REF.finditer(svg)}
    svg = _ID.sub(lambda m: f' id="{prefix}-{m.group(1)}"' if m.group(1) in referenced else "", svg)
    svg = _REF.sub(lambda m: f"{m.group(1)}{prefix}-{m.group(2)}", svg)

    def link(m: re.Match[str]) -> str:
        href, label = links[int(m.group(1))]
        return f'<a xlink:href="{escape(href)}" aria-label="{escape(label)}"><title>{escape(label)}</title>'

    svg = _LINK.sub(link, svg)
    viewbox = _VIEWBOX.search(svg)
    if viewbox is None:
        raise ValueError("matplotlib wrote an SVG without a viewBox")
    view = viewbox.group(1)
    # Never shown smaller than drawn where the column allows it, nor larger than ``grow`` times.
    natural = float(view.split()[2])
    # Drawn wider than a phone's column and never scaled: hidden there (pictures.css), its table reads instead.
    wide = " picture-wide" if grow == 1.0 and natural > COLUMN else ""
    # Never scaled (grow 1): shown at its natural width, the page scrolling it sideways if it is wider
    # than the column (a graph of forty groups): its labels keep their size.
    size = f"width: {natural:.0f}px; max-width: none" if grow == 1.0 else f"max-width: {natural * grow:.0f}px"
    role = (
        'role="group" aria-labelledby="{p}-title" aria-describedby="{p}-desc"'
        if links
        else 'role="img" aria-labelledby="{p}-title {p}-desc"'
    )
    opening = (
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'viewBox="{view}" class="picture-svg{wide}" style="{size}" {role.format(p=prefix)}>'
        f'<title id="{prefix}-title">{escape(title)}</title><desc id="{prefix}-desc">{escape(desc)}</desc>'
    )
    svg = _SVG_OPEN.sub(lambda m: opening, svg, count=1)
    return _compact(svg)


_NUMBER = re.compile(r"(-?\d+\.\d{2,})")
_GEOMETRY = re.compile(r'(\s(?:d|x|y|width|height|transform|x1|x2|y1|y2|cx|cy|r)=")([^"]*)(")')
_GROUP = re.compile(r"<g>|<g\s[^>]*>|</g>")


def _compact(svg: str) -> str:
    """Smaller output that draws the same: a tenth of a point is finer than any screen shows."""

    def tenth(m: re.Match[str]) -> str:
        return f"{float(m.group(1)):.1f}".rstrip("0").rstrip(".")

    svg = _GEOMETRY.sub(lambda m: m.group(1) + " ".join(_NUMBER.sub(tenth, m.group(2)).split()) + m.group(3), svg)
    svg = _INVISIBLE.sub("", svg)
    # Groups with no attributes only wrap: unwrap them.
    out: list[str] = []
    stack: list[bool] = []
    last = 0
    for m in _GROUP.finditer(svg):
        out.append(svg[last : m.start()])
        tag = m.group(0)
        if tag == "</g>":
            if stack.pop():
                out.append(tag)
        else:
            keep = tag != "<g>"
            stack.append(keep)
            if keep:
                out.append(tag)
        last = m.end()
    out.append(svg[last:])
    svg = "".join(out)
    # One element per line, no indentation and no blank line: Markdown keeps a raw HTML block whole.
    return "\n".join(line.strip() for line in svg.splitlines() if line.strip())

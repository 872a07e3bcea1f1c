"""How records are named in words: a source in a citation, a figure with its unit.

Plain text, used both by the plan (picture captions and descriptions) and by the
render step; escaping is the render step's business.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import dates
from .model import Count, Source, Statistic


def short_source(source: Source) -> str:
    """How a citation names a source: number, headline, and date as known, with its mark.

    The date follows a comma, not in parentheses, since an inferred date carries its own
    "(inferred)".
    """
    number = source.id.split("_", 1)[0]
    when = dates.describe(source.published) if source.published else "undated"
    return f"Source {number}, “{source.headline}”, {when}"


def series_title(figures: Sequence[Statistic]) -> str:
    """A series' title as its data gives it; a figure in no series is titled by its own label."""
    first = figures[0]
    return first.series_title or first.label


def statistic_value(s: Statistic) -> str:
    number = f"{s.value:,.0f}" if float(s.value).is_integer() else f"{s.value:,}"
    figure = f"{number} {s.unit}"
    return figure if s.qualifier == "exact" else f"{s.qualifier} {figure}"


def count_text(c: Count) -> str:
    if c.low is not None and c.high is not None and c.low != c.high:
        figure = f"{c.low}–{c.high}"
    else:
        figure = str(c.low if c.low is not None else c.high)
    return figure if c.qualifier == "exact" else f"{c.qualifier} {figure}"

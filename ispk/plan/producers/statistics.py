"""Figures: no page of their own (each lives on its year's page); the index of figures, by series."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from ... import kinds, routes
from ...labels import series_title
from ...model import Statistic
from ..folds import Listed, of_kind
from ..page import Context, Page
from . import base
from .base import ByYear, Env, by_year, name_sort_key, page_of_everything

MAX_SERIES = 30  # series charted on the figures index (those with most figures)


@dataclass(frozen=True, kw_only=True)
class StatisticsIndexPage(Context):
    by_year: ByYear | None
    """Counts per year, past LISTING_LIMIT; else None."""
    series: Mapping[str, Listed[Statistic]]
    """Every series of comparable figures by name, in the order of their titles (none past LISTING_LIMIT)."""
    charted: int
    """How many series are charted: those with most figures."""


def pages(env: Env) -> Iterator[Page]:
    return iter(())


def index(env: Env) -> Page:
    split = len(env.ix.data.statistics) > base.LISTING_LIMIT
    series = (
        {}
        if split
        else {
            name: of_kind(figures, "statistics")
            for name, figures in sorted(env.ix.statistic_series().items(), key=lambda kv: name_sort_key(series_title(kv[1])))
        }
    )
    return page_of_everything(
        env,
        routes.index_path("statistic"),
        "statistic",
        "Figures",
        kinds.kind("statistic").blurb,
        StatisticsIndexPage(by_year=by_year(env, "statistics", "figures") if split else None, series=series, charted=MAX_SERIES),
        template="statistics_index.md.j2",
    )

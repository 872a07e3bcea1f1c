"""Figures: no page of their own (each lives on its year's page); the index of figures, by series."""

from __future__ import annotations

from collections.abc import Iterator

from ... import kinds, routes
from ...labels import series_title
from ..page import Page
from . import base
from .base import Env, by_year, name_sort_key, page_of_everything

MAX_SERIES = 30  # series charted on the figures index (those with most figures)


def pages(env: Env) -> Iterator[Page]:
    return iter(())


def index(env: Env) -> Page:
    split = len(env.ix.data.statistics) > base.LISTING_LIMIT
    series = {} if split else dict(sorted(env.ix.statistic_series().items(), key=lambda kv: name_sort_key(series_title(kv[1]))))
    return page_of_everything(
        env,
        routes.index_path("statistic"),
        "statistic",
        "Figures",
        kinds.kind("statistic").blurb,
        template="statistics_index.md.j2",
        by_year=by_year(env, "statistics", "figures") if split else None,
        series=series,
        charted=MAX_SERIES,
    )

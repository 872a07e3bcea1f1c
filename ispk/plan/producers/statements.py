"""Statements: no page of their own (each lives on its event's, speaker's or year's page); the index of statements."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ... import dates, kinds, routes
from ...model import Statement
from ..folds import Listed, of_kind
from ..page import Context, Page
from . import base
from .base import ByYear, Env, by_year, page_of_everything


@dataclass(frozen=True, kw_only=True)
class StatementsIndexPage(Context):
    by_year: ByYear | None
    """Counts per year, past LISTING_LIMIT; else None."""
    statements: Listed[Statement]
    """Every statement in date order, up to LISTING_LIMIT; else none."""


def pages(env: Env) -> Iterator[Page]:
    return iter(())


def index(env: Env) -> Page:
    statements = env.ix.data.statements
    split = len(statements) > base.LISTING_LIMIT
    return page_of_everything(
        env,
        routes.index_path("statement"),
        "statement",
        "Statements",
        kinds.kind("statement").blurb,
        StatementsIndexPage(
            by_year=by_year(env, "statements", "statements") if split else None,
            statements=of_kind(() if split else sorted(statements, key=lambda s: (dates.sort_key(s.date), s.id)), "statements"),
        ),
        template="statements_index.md.j2",
    )

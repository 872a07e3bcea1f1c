"""Statements: no page of their own (each lives on its event's, speaker's or year's page); the index of statements."""

from __future__ import annotations

from collections.abc import Iterator

from ... import dates, kinds, routes
from ..page import Page
from . import base
from .base import Env, by_year, page_of_everything


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
        template="statements_index.md.j2",
        by_year=by_year(env, "statements", "statements") if split else None,
        items=() if split else sorted(statements, key=lambda s: (dates.sort_key(s.date), s.id)),
    )

"""Years, which are no kind of record: a page per year (with the part pages of a year too long for
one, plan/parts.py) and the index of years, through the same two functions as a kind's producer."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ...index import UNDATED
from ...model import Statement, Statistic, When
from .. import parts
from ..folds import Listed, Listings, of_kind
from ..page import Context, Link, Page, Table
from .base import Env, index_page, record_page


@dataclass(frozen=True, kw_only=True)
class YearPart:
    """A part page of a year's list too long for its page: its link, and the dates of its first and last record."""

    link: Link
    first: When | None
    last: When | None


@dataclass(frozen=True, kw_only=True)
class YearPage(Context):
    year: str
    """The year ("2016"), or UNDATED."""
    heading: str
    listings: Listings
    """What is dated to this year alone."""
    uncertain: Listings
    """What may fall in this year or another."""
    previous_year: str | None
    next_year: str | None
    event_parts: tuple[YearPart, ...]
    """The part pages of its events when they are too many for the page; else none (the page lists them)."""
    statement_parts: tuple[YearPart, ...]
    """The same for its statements that live on other pages."""
    statements_here: Listed[Statement]
    """With its statements in parts, those whose home is this page (listed here in full)."""
    statistic_parts: tuple[YearPart, ...]
    """The same for its figures that live on other pages (an undated one's first source's)."""
    statistics_here: Listed[Statistic]
    """With its figures in parts, those whose home is this page."""


@dataclass(frozen=True, kw_only=True)
class YearPartPage(Context):
    year: str
    heading: str
    label: str
    """Which part ("Part 2: events 201–400")."""
    key: str
    """"events", "statements" or "statistics"."""
    items: Listed[parts.Item]


def pages(env: Env) -> Iterator[Page]:
    ix = env.ix
    numbered = [y for y in ix.years if y != UNDATED]
    for y in ix.years:
        title = "Undated records" if y == UNDATED else y
        i = numbered.index(y) if y in numbered else None
        cuts = {key: parts.cut(ix, y, key) for key in parts.KEYS}
        for key, cut in cuts.items():
            yield from _parts(env, y, title, key, cut)
        yield record_page(
            env,
            kind="year",
            ident=y,
            title=title,
            description=f"{title}: events, statements and figures on militancy in Pakistan recorded by the archived sources.",
            context=YearPage(
                year=y,
                heading=title,
                listings=Listings(ix.by_year[y]),
                uncertain=Listings(ix.by_year_uncertain[y]),
                previous_year=numbered[i - 1] if i else None,
                next_year=numbered[i + 1] if i is not None and i + 1 < len(numbered) else None,
                event_parts=_links(y, "events", cuts["events"]),
                statement_parts=_links(y, "statements", cuts["statements"]),
                # With its statements or figures cut into parts, the page still lists those that live on it.
                statements_here=of_kind(
                    parts.living_on(ix, y, "statements") if cuts["statements"] else ix.by_year[y]["statements"], "statements"
                ),
                statistic_parts=_links(y, "statistics", cuts["statistics"]),
                statistics_here=of_kind(
                    parts.living_on(ix, y, "statistics") if cuts["statistics"] else ix.by_year[y]["statistics"], "statistics"
                ),
            ),
        )


def index(env: Env) -> Page:
    ix = env.ix
    return index_page(
        env,
        "year",
        "Years",
        "Events, statements and figures by year.",
        table=Table(
            header=("Year", "Events", "Statements", "Figures"),
            rows=tuple(
                (
                    env.link("year", y),
                    len(ix.by_year[y]["events"]),
                    len(ix.by_year[y]["statements"]),
                    len(ix.by_year[y]["statistics"]),
                )
                for y in ix.years
            ),
        ),
    )


def _links(year: str, key: str, cut: list[tuple[parts.Item, ...]]) -> tuple[YearPart, ...]:
    return tuple(
        YearPart(
            link=Link(to=parts.path(year, key, n), label=parts.label(key, n, part)),
            first=parts.when(part[0]),
            last=parts.when(part[-1]),
        )
        for n, part in enumerate(cut, 1)
    )


def _parts(env: Env, year: str, title: str, key: str, cut: list[tuple[parts.Item, ...]]) -> Iterator[Page]:
    """The part pages of a year whose events, statements or figures are too many for one page (plan/parts.py)."""
    for n, part in enumerate(cut, 1):
        label = parts.label(key, n, part)
        context = YearPartPage(year=year, heading=title, label=label, key=key, items=of_kind(part, key))
        keys = env.deps.of(context)
        yield Page(
            path=parts.path(year, key, n),
            kind="year",
            template="year_part.md.j2",
            title=f"{title}: {parts.NOUN[key]}, part {n} of {len(cut)}",
            description=f"{title}: {label[0].lower()}{label[1:]}, in date order, on militancy in Pakistan.",
            context=context,
            shown=env.shown(keys),
            deps=keys,
            inputs=env.deps.files(keys),
        )

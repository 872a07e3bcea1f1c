"""Years, which are no kind of record: a page per year (with the part pages of a year too long for
one, plan/parts.py) and the index of years, through the same two functions as a kind's producer."""

from __future__ import annotations

from collections.abc import Iterator

from ...index import UNDATED
from .. import parts
from ..page import Link, Page, Table
from .base import Env, index_page, record_page


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
            year=y,
            heading=title,
            x=ix.by_year[y],
            uncertain=ix.by_year_uncertain[y],
            previous=numbered[i - 1] if i else None,
            next=numbered[i + 1] if i is not None and i + 1 < len(numbered) else None,
            # (link, first record, last record) of each part, by key; a key with no parts lists its records here.
            cuts={
                key: [
                    (Link(to=parts.path(y, key, n), label=parts.label(key, n, part)), part[0], part[-1])
                    for n, part in enumerate(cut, 1)
                ]
                for key, cut in cuts.items()
            },
            # With its statements cut into parts, the page still lists those that live on it.
            statements_here=parts.living_on(ix, y) if cuts["statements"] else ix.by_year[y]["statements"],
        )


def index(env: Env) -> Page:
    ix = env.ix
    return index_page(
        env,
        "year",
        "Years",
        "Events, statements and figures by year.",
        Table(
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


def _parts(env: Env, year: str, title: str, key: str, cut: list[tuple]) -> Iterator[Page]:
    """The part pages of a year whose events or statements are too many for one page (plan/parts.py)."""
    for n, part in enumerate(cut, 1):
        keys = env.deps.of(list(part))
        label = parts.label(key, n, part)
        yield Page(
            path=parts.path(year, key, n),
            kind="year",
            template="year_part.md.j2",
            title=f"{title}: {key}, part {n} of {len(cut)}",
            description=f"{title}: {label[0].lower()}{label[1:]}, in date order, on militancy in Pakistan.",
            context={"year": year, "heading": title, "label": label, "key": key, "items": list(part)},
            deps=keys,
            inputs=env.deps.files(keys),
        )

"""What every producer reads (``Env``) and the page shapes producers share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from ... import kinds, routes, textfile
from ...index import UNDATED, Index
from ...narrative import Narrative
from .. import parts, shown
from ..deps import Deps
from ..page import Cell, Context, Link, Page, RecordKey, Shown, Table

# The most records the events, statements and figures indexes list on one page. Past it they
# give counts per year linking to the year pages (which list every record) instead:
# 250 statements make about 250 KB of HTML, and one page of everything reached 14 MB
# at 10,000 events. No record lives on these pages, so no link breaks when they switch.
LISTING_LIMIT = 250

# Quotation marks a name may open with, straight or typographic; a reader files the name under
# its first letter, and under the word after a leading "the".
_LEADING = re.compile(r"""^[\s'"‘’“”«]*(?:the\s+)?""", re.IGNORECASE)
_BETWEEN_WORDS = re.compile(r"[\W_]+")  # hyphens, dashes, brackets: word by word, as a dictionary sorts


def name_sort_key(name: str) -> tuple[str, str]:
    """Where a reader looks a name up: case-insensitive, past a leading quotation mark or "the"."""
    return _BETWEEN_WORDS.sub(" ", _LEADING.sub("", name)).strip().casefold(), name


class Env:
    """What producers read for one plan: the index, dependency keys, the narrative, the archive."""

    def __init__(self, ix: Index, deps: Deps, narrative: Narrative, sources_dir: Path | None = None, site_name: str = "Home"):
        self.ix, self.deps, self.narrative, self.sources_dir, self.site_name = ix, deps, narrative, sources_dir, site_name
        self.namer = shown.Namer(ix)

    def shown(self, keys: frozenset[RecordKey]) -> Shown:
        """How a page that depends on these records shows them (plan/shown.py)."""
        return self.namer.shown(keys)

    @cached_property
    def everything(self) -> frozenset[RecordKey]:
        """Every record: what an index page depends on."""
        return frozenset((k, i) for k, table in self.ix.by_kind.items() for i in table)

    @cached_property
    def every_file(self) -> frozenset[str]:
        return self.deps.files(self.everything)

    @cached_property
    def shown_everything(self) -> Shown:
        return self.shown(self.everything)

    def link(self, kind: str, ident: str, label: str | None = None) -> Link:
        """A link to a record's (or a year's) page, labelled with its name unless told."""
        if label is None:
            label = (
                ("Undated" if ident == UNDATED else ident) if kind == "year" else self.ix.label(kind, self.ix.record(kind, ident))
            )
        return Link(to=routes.page_path(kind, ident), label=label)


def _folder(kind: str) -> str:
    folder = routes.YEARS if kind == "year" else kinds.kind(kind).folder
    assert folder is not None, kind
    return folder


def record_page(
    env: Env, *, kind: str, ident: str, title: str, description: str, context: Context, record: object = None
) -> Page:
    """The page of one record (or year): its template ``<kind>.md.j2``, its narrative, and
    dependencies on exactly the records its context holds and the sources its narrative cites."""
    story_file = env.narrative.path(_folder(kind), ident)
    story = textfile.read_text(story_file) if story_file else ""
    keys = env.deps.of(record, context) | (shown.cited_in(story, env.ix.sources) if story else frozenset())
    return Page(
        path=routes.page_path(kind, ident),
        kind=kind,
        template=f"{kind}.md.j2",
        title=title,
        description=description,
        record=record,
        context=context,
        shown=env.shown(keys),
        narrative=story,
        deps=keys,
        inputs=env.deps.files(keys) | ({str(story_file)} if story_file else set()),
    )


def page_of_everything(
    env: Env,
    path: str,
    kind: str,
    title: str,
    description: str,
    context: Context,
    template: str = "listing.md.j2",
    story: tuple[str, str] | None = None,
) -> Page:
    """A page that lists or counts across the whole record: it depends on every record."""
    file = env.narrative.path(*story) if story else None
    return Page(
        path=path,
        kind=kind,
        template=template,
        title=title,
        description=description,
        context=context,
        shown=env.shown_everything,
        narrative=textfile.read_text(file) if file else "",
        deps=env.everything,
        inputs=env.every_file | ({str(file)} if file else set()),
    )


@dataclass(frozen=True, kw_only=True)
class ByYear:
    """An index too long for one page: how many records it holds, and a row per year linking to that year's list."""

    total: int
    noun: str
    table: Table


@dataclass(frozen=True, kw_only=True)
class IndexPage(Context):
    """A kind's index page (listing.md.j2): its title, one line, then its table or its counts per year."""

    heading: str
    intro: str
    table: Table | None = None
    by_year: ByYear | None = None


def index_page(
    env: Env,
    kind: str,
    title: str,
    description: str,
    context: Context | None = None,
    *,
    table: Table | None = None,
    by_year: ByYear | None = None,
    template: str = "listing.md.j2",
) -> Page:
    """A kind's index page, with its hand-written introduction (``indexes/<folder>.md``): a table or
    counts per year (``IndexPage``), or the context of a template of its own."""
    blurb = "What the sources record for each year." if kind == "year" else kinds.kind(kind).blurb
    if context is None:
        context = IndexPage(heading=title, intro=blurb, table=table, by_year=by_year)
    return page_of_everything(
        env, routes.index_path(kind), kind, title, description, context, template=template, story=("indexes", _folder(kind))
    )


def by_year(env: Env, key: str, noun: str) -> ByYear:
    """Counts per year, each linking to that year's list: the index of a kind too long for one page.

    A record whose year is uncertain is counted once, in a row of its own ("2022 or 2023")
    linking to the first candidate year's uncertain section.
    """
    ix = env.ix
    counted: list[tuple[Link, int]] = [
        (Link(to=routes.page_path("year", y) + f"#{key}", label="Undated" if y == UNDATED else y), len(ix.by_year[y][key]))
        for y in ix.years
        if ix.by_year[y][key]
    ]
    uncertain: dict[tuple[str, ...], int] = {}
    for y in ix.years:
        for record in ix.by_year_uncertain[y][key]:
            years = tuple(ix.years_of(getattr(record, "date", None) or getattr(record, "period", None)))
            uncertain[years] = uncertain.get(years, 0) + (years[0] == y)
    counted += [
        (Link(to=routes.page_path("year", ys[0]) + "#year-uncertain", label=" or ".join(ys)), n) for ys, n in uncertain.items()
    ]
    rows: list[tuple[Cell, ...]] = list(counted)
    header: tuple[str, ...] = ("Year", noun.capitalize())
    cuts = {y: parts.cut(ix, y, key) for y in ix.years}
    if any(cuts.values()):
        # Each part linked here too, so that every record is two clicks from this index.
        header += ("In parts",)
        year_of = {routes.page_path("year", y) + f"#{key}": y for y in ix.years}
        rows = [
            (link, n, _part_links(year_of.get(link.to, ""), key, cuts.get(year_of.get(link.to, ""), []))) for link, n in counted
        ]
    return ByYear(total=sum(n for _, n in counted), noun=noun, table=Table(header=header, rows=tuple(rows)))


def _part_links(year: str, key: str, cut: list[tuple[parts.Item, ...]]) -> tuple[str | Link, ...] | str:
    """Links to a year's part pages ("1, 2, 3"); a dash when its records fit on its page."""
    if not cut:
        return "—"
    links = [Link(to=parts.path(year, key, n), label=str(n)) for n in range(1, len(cut) + 1)]
    return tuple(x for link in links for x in (", ", link))[1:]

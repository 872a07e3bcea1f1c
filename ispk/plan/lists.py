"""Plans for the index page of each kind, the glossary of names, the hand-written pages and the navigation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import dates, kinds, routes, textfile
from ..index import UNDATED, Index
from ..labels import series_title
from ..model import relation_verb
from ..narrative import PROSE_PAGES, Narrative, split_front_matter, split_slots
from . import parts
from .deps import Deps
from .page import Link, NavEntry, Page, Table

# The most records the events, statements and figures indexes list on one page. Past it they
# give counts per year linking to the year pages (which list every record) instead:
# 250 statements make about 250 KB of HTML, and one page of everything reached 14 MB
# at 10,000 events. No record lives on these pages, so no link breaks when they switch.
LISTING_LIMIT = 250
MAX_SERIES = 30  # series charted on the figures index (those with most figures)


# Quotation marks a name may open with, straight or typographic; a reader files the name under
# its first letter, and under the word after a leading "the".
_LEADING = re.compile(r"""^[\s'"‘’“”«]*(?:the\s+)?""", re.IGNORECASE)
_BETWEEN_WORDS = re.compile(r"[\W_]+")  # hyphens, dashes, brackets: word by word, as a dictionary sorts


def name_sort_key(name: str) -> tuple[str, str]:
    """Where a reader looks a name up: case-insensitive, past a leading quotation mark or "the"."""
    return _BETWEEN_WORDS.sub(" ", _LEADING.sub("", name)).strip().casefold(), name


def _all(ix: Index) -> frozenset:
    return frozenset((k, i) for k, table in ix.by_kind.items() for i in table)


class Lists:
    def __init__(self, ix: Index, deps: Deps, narrative: Narrative, site_name: str = "Home"):
        self.ix, self.deps, self.narrative, self.site_name = ix, deps, narrative, site_name
        self.everything = _all(ix)
        self.every_file = deps.files(self.everything)

    def _page(
        self,
        path: str,
        kind: str,
        title: str,
        description: str,
        template: str = "listing.md.j2",
        story: tuple[str, str] | None = None,
        **context,
    ) -> Page:
        file = self.narrative.path(*story) if story else None
        return Page(
            path=path,
            kind=kind,
            template=template,
            title=title,
            description=description,
            context=context,
            narrative=textfile.read_text(file) if file else "",
            narrative_file=str(file or ""),
            deps=self.everything,
            inputs=self.every_file | ({str(file)} if file else set()),
        )

    def link(self, kind: str, ident: str, label: str | None = None) -> Link:
        if label is None:
            label = (
                ("Undated" if ident == UNDATED else ident) if kind == "year" else self.ix.label(kind, self.ix.record(kind, ident))
            )
        return Link(to=routes.page_path(kind, ident), label=label)

    def index(self, kind: str, title: str, description: str, table: Table | None = None, **context) -> Page:
        folder = routes.YEARS if kind == "year" else kinds.kind(kind).folder
        blurb = "What the sources record for each year." if kind == "year" else kinds.kind(kind).blurb
        return self._page(
            routes.index_path(kind),
            kind,
            title,
            description,
            story=("indexes", folder),
            heading=title,
            intro=blurb,
            table=table,
            **context,
        )

    # ------------------------------------------------------------------ #
    def pages(self) -> Iterator[Page]:
        ix, data, link = self.ix, self.ix.data, self.link
        yield self.index(
            "group",
            "Groups",
            "Every militant group the archived sources name, with aliases.",
            Table(
                header=("Group", "Kind", "Also known as", "Events", "Statements", "Relations"),
                rows=tuple(
                    (
                        link("group", g.id),
                        g.kind,
                        ", ".join(a.name for a in g.aliases) or "—",
                        len(ix.by_group[g.id]["events"]),
                        len(ix.by_group[g.id]["statements"]),
                        len(ix.by_group[g.id]["relations"]),
                    )
                    for g in sorted(data.groups, key=lambda g: g.name.lower())
                ),
            ),
        )
        yield self.index(
            "region",
            "Regions",
            "Provinces, territories and countries in the record.",
            Table(
                header=("Region", "Kind", "In", "Events (incl. places within)", "Groups", "Figures"),
                rows=tuple(
                    (
                        link("region", r.id),
                        r.kind,
                        link("region", r.parent) if r.parent else "—",
                        len(ix.events_in(r.id)),
                        len(ix.region_groups[r.id]),
                        len(ix.by_region[r.id]["statistics"]),
                    )
                    for r in sorted(data.regions, key=lambda r: (r.kind != "country", r.name))
                ),
            ),
        )
        yield self.index(
            "place",
            "Places",
            "Cities, districts and areas in the record.",
            Table(
                header=("Place", "Kind", "Region", "Events", "Statements"),
                rows=tuple(
                    (
                        link("place", p.id),
                        p.kind,
                        link("region", p.region),
                        len(ix.by_place[p.id]["events"]),
                        len(ix.by_place[p.id]["statements"]),
                    )
                    for p in sorted(data.places, key=lambda p: p.name)
                ),
            ),
        )
        yield self.index(
            "year",
            "Years",
            "Events, statements and figures by year.",
            Table(
                header=("Year", "Events", "Statements", "Figures"),
                rows=tuple(
                    (
                        link("year", y),
                        len(ix.by_year[y]["events"]),
                        len(ix.by_year[y]["statements"]),
                        len(ix.by_year[y]["statistics"]),
                    )
                    for y in ix.years
                ),
            ),
        )
        yield self._events()
        yield self.index(
            "person",
            "People",
            "People the archived sources name.",
            Table(
                header=("Name", "Roles", "Statements"),
                rows=tuple(
                    (link("person", p.id), "; ".join(r.title for r in p.roles), len(ix.by_person[p.id]["statements"]))
                    for p in sorted(data.people, key=lambda p: p.name.split()[-1])
                ),
            ),
        )
        yield self.index(
            "source",
            "Sources",
            "The archived documents behind every fact.",
            Table(
                header=("No.", "Headline", "Publisher", "Published", "Date basis", "Citations"),
                rows=tuple(
                    (
                        s.id.split("_")[0],
                        link("source", s.id, s.headline),
                        s.publisher or "not stated",
                        dates.shown(s.published) if s.published else "not known",
                        s.published.basis if s.published else "—",
                        len(ix.cites_by_source[s.id]),
                    )
                    for s in data.sources
                ),
            ),
        )
        yield self._statements()
        yield self._statistics()
        yield self._relations()
        if data.relations:
            yield self._page(
                routes.GRAPH,
                "graph",
                "Relationship graph",
                "Relations between militant groups in the sources' words (pledges, alliances, ties and others), drawn as a graph, with the years.",
                template="graph.md.j2",
                rows=self._relation_rows(),
            )
        yield self._glossary()
        yield from self._prose()

    def _by_year(self, key: str, noun: str) -> dict:
        """Counts per year, each linking to that year's list: the index of a record too long for one page.

        A record whose year is uncertain is counted once, in a row of its own ("2022 or 2023")
        linking to the first candidate year's uncertain section.
        """
        ix = self.ix
        rows = [
            (Link(to=routes.page_path("year", y) + f"#{key}", label="Undated" if y == UNDATED else y), len(ix.by_year[y][key]))
            for y in ix.years
            if ix.by_year[y][key]
        ]
        uncertain: dict[tuple[str, ...], int] = {}
        for y in ix.years:
            for record in ix.by_year_uncertain[y][key]:
                years = tuple(ix.years_of(getattr(record, "date", None) or getattr(record, "period", None)))
                uncertain[years] = uncertain.get(years, 0) + (years[0] == y)
        rows += [
            (Link(to=routes.page_path("year", ys[0]) + "#year-uncertain", label=" or ".join(ys)), n)
            for ys, n in uncertain.items()
        ]
        header: tuple[str, ...] = ("Year", noun.capitalize())
        cuts = {y: parts.cut(ix, y, key) for y in ix.years}
        if any(cuts.values()):
            # Each part linked here too, so that every record is two clicks from this index.
            header += ("In parts",)
            year_of = {routes.page_path("year", y) + f"#{key}": y for y in ix.years}
            rows = [
                (*row, _part_links(year_of.get(row[0].to, ""), key, cuts.get(year_of.get(row[0].to, ""), []))) for row in rows
            ]
        return {
            "total": sum(row[1] for row in rows),
            "noun": noun,
            "table": Table(header=header, rows=tuple(rows)),
        }

    def _events(self) -> Page:
        data = self.ix.data
        if len(data.events) > LISTING_LIMIT:
            return self.index(
                "event", "Events", "Every event in the record, in date order.", by_year=self._by_year("events", "events")
            )
        rows = tuple(e for e in sorted(data.events, key=lambda e: (dates.sort_key(e.date), e.id)))
        return self.index(
            "event", "Events", "Every event in the record, in date order.", template="events_index.md.j2", events=rows
        )

    def _statements(self) -> Page:
        data = self.ix.data
        split = len(data.statements) > LISTING_LIMIT
        return self._page(
            routes.index_path("statement"),
            "statement",
            "Statements",
            kinds.kind("statement").blurb,
            template="statements_index.md.j2",
            by_year=self._by_year("statements", "statements") if split else None,
            items=() if split else sorted(data.statements, key=lambda s: (dates.sort_key(s.date), s.id)),
        )

    def _statistics(self) -> Page:
        data = self.ix.data
        split = len(data.statistics) > LISTING_LIMIT
        series = (
            {} if split else dict(sorted(self.ix.statistic_series().items(), key=lambda kv: name_sort_key(series_title(kv[1]))))
        )
        return self._page(
            routes.index_path("statistic"),
            "statistic",
            "Figures",
            kinds.kind("statistic").blurb,
            template="statistics_index.md.j2",
            by_year=self._by_year("statistics", "figures") if split else None,
            series=series,
            charted=MAX_SERIES,
        )

    def _relations(self) -> Page:
        return self._page(
            routes.index_path("relation"),
            "relation",
            "Relations between groups",
            kinds.kind("relation").blurb,
            template="relations_index.md.j2",
            graph=bool(self.ix.data.relations),
            items=sorted(self.ix.data.relations, key=lambda r: (dates.sort_key(r.since), r.id)),
        )

    def _relation_rows(self) -> Table:
        ix = self.ix
        return Table(
            # The date is the sources' ("by 2016" may date a claim), not when the relation began.
            header=("Group", "Relation", "With", "Date the sources give", "Basis", "Citations"),
            rows=tuple(
                (
                    (f"{r.subject_part.capitalize()} of " if r.subject_part else "", self.link("group", r.subject)),
                    relation_verb(r.kind, r.basis),
                    self.link("group", r.object),
                    dates.shown(r.since) if r.since else "—",
                    r.basis + "".join(f"; beside it: {a.says}" for a in r.accounts),
                    Link(to=routes.home_of("relation", r), label="cited here"),
                )
                for r in sorted(ix.data.relations, key=lambda r: (dates.sort_key(r.since), r.id))
            ),
        )

    def _glossary(self) -> Page:
        rows = []
        for kind in ("group", "region", "place"):
            for r in getattr(self.ix.data, kinds.kind(kind).attr):
                rows.append(
                    (
                        r.name,
                        {
                            "name": r.name,
                            "main": True,
                            # Issue 23, finding 16: Sindh's name comes from the reference data, not a source.
                            "type": "main name"
                            if getattr(r, "named_by", "sources") == "sources"
                            else "name from reference data, not a source",
                            "to": self.link(kind, r.id, r.name),
                            "cites": (),
                        },
                    )
                )
                for a in r.aliases:
                    rows.append(
                        (
                            a.name,
                            {
                                "name": a.name,
                                "main": False,
                                "type": a.kind,
                                "to": self.link(kind, r.id, r.name),
                                "cites": a.cites,
                            },
                        )
                    )
        rows.sort(key=lambda row: name_sort_key(row[0]))
        return self._page(
            routes.NAMES,
            "glossary",
            "Names, spellings and acronyms",
            "Every name, spelling and acronym the sources use for groups and places: Daesh, Daish, ISIS, IS, TTP, LeJ and more.",
            template="glossary.md.j2",
            rows=[r for _, r in rows],
        )

    def _prose(self) -> Iterator[Page]:
        """Hand-written pages; the home page's counts come from the data."""
        for name in PROSE_PAGES:
            file = self.narrative.path("pages", name)
            if file is None:
                if name == "index":
                    yield self._generated_home()
                continue
            head, text = split_front_matter(textfile.read_text(file))
            parts = split_slots(text)
            glance = any(slot == "at-a-glance" for _, slot in parts)
            yield Page(
                path=routes.prose_path(name),
                kind="prose",
                template="prose.md.j2",
                title=str(head.get("title") or ""),
                description=str(head.get("description") or ""),
                context={"parts": parts},
                slots={"at-a-glance": self._at_a_glance()} if glance else {},
                narrative="",
                narrative_file=str(file),
                deps=self.everything if glance else frozenset(),
                inputs=(self.every_file if glance else frozenset()) | {str(file)},
            )

    def _generated_home(self) -> Page:
        """A home page for a site with no hand-written one (a small test dataset, a synthetic benchmark)."""
        return Page(
            path=routes.HOME,
            kind="prose",
            template="prose.md.j2",
            title=self.site_name,
            description="What the archived sources record, with citations.",
            context={
                "parts": [
                    (f"# {self.site_name}\n", "at-a-glance"),
                    ("## The record at a glance, by year\n", "overview"),
                    ("", None),
                ]
            },
            slots={"at-a-glance": self._at_a_glance()},
            deps=self.everything,
            inputs=self.every_file,
        )

    def _at_a_glance(self) -> Table:
        """How many records of each kind the home page counts (kinds.Kind.home), in registry order;
        a kind sharing another's row (places beside regions) is counted in that row."""
        ix = self.ix
        rows: dict[str, tuple[list, list]] = {}  # kind -> the labels and the counts of its row
        for k in kinds.KINDS:
            if not (k.folder and k.home):
                continue
            count: int | str = len(getattr(ix.data, k.attr))
            if k.home_undated:
                count = f"{count} ({len(ix.by_year[UNDATED][k.attr]) if UNDATED in ix.by_year else 0} with no known year)"
            if k.home_beside in rows:
                labels, counts = rows[k.home_beside]
                labels += [" and ", Link(to=routes.index_path(k.name), label=k.title.lower())]
                counts.append(count)
            else:
                rows[k.name] = ([Link(to=routes.index_path(k.name), label=k.title)], [count])
        return Table(
            header=("Record", "Count"),
            rows=(
                *(
                    (
                        labels[0] if len(labels) == 1 else tuple(labels),
                        counts[0] if len(counts) == 1 else " and ".join(map(str, counts)),
                    )
                    for labels, counts in rows.values()
                ),
                ("Citations (quote and source)", sum(len(v) for v in ix.cites_by_source.values())),
                ((Link(to=routes.index_path("year"), label="Years"), " with dated records"), self._dated_years()),
            ),
        )

    def _dated_years(self) -> str:
        """The years some record is dated to alone; a year only an uncertain date allows is named apart.

        "7, 2014–2023" claimed 2023, which no record is dated to: 17 records fall in 2022 or 2023.
        """
        ix = self.ix
        years = [y for y in ix.years if y != UNDATED and any(ix.by_year[y].values())]
        possible = [y for y in ix.years if y != UNDATED and y not in years]
        records = {id(r) for y in possible for rs in ix.by_year_uncertain[y].values() for r in rs}
        words = f"{len(years)}: {_and(years)}" if years else "none"
        if possible:
            whose = "1 record whose date is" if len(records) == 1 else f"{len(records)} records whose dates are"
            what = "a possible year" if len(possible) == 1 else "possible years"
            words += f"; and {_and(possible)} only as {what} of {whose} uncertain"
        return words


def _part_links(year: str, key: str, cut: list) -> tuple | str:
    """Links to a year's part pages ("1, 2, 3"); a dash when its records fit on its page."""
    if not cut:
        return "—"
    links = [Link(to=parts.path(year, key, n), label=str(n)) for n in range(1, len(cut) + 1)]
    return tuple(x for link in links for x in (", ", link))[1:]


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


# The navigation's pages that are not a kind's index, numbered to sort among those (kinds.Kind.nav).
_FIXED_NAV: tuple[tuple[int, str, str], ...] = (
    (10, "Home", routes.HOME),
    (20, "How the Islamic State came to Pakistan", routes.prose_path("explainer")),
    (45, "Years", routes.index_path("year")),
    (75, "Relationship graph", routes.GRAPH),
    (100, "Names and spellings", routes.NAMES),
    (105, "Open data", routes.DATA),
    (120, "Methodology", routes.prose_path("methodology")),
    (130, "What changed", routes.CHANGES),
    (140, "About and licence", routes.prose_path("about")),
    (150, "Accessibility", routes.prose_path("accessibility")),
)


def navigation(pages, relations: bool) -> tuple[NavEntry, ...]:
    """The navigation, in order: each kind's index where the registry places it among the fixed
    pages; a page appears once it exists (a hand-written one, the graph when there are relations)."""
    entries = [*_FIXED_NAV]
    entries += [(k.nav, k.nav_entry, routes.index_path(k.name)) for k in kinds.KINDS if k.folder and k.nav is not None]
    return tuple(
        NavEntry(title=title, path=path)
        for _, title, path in sorted(entries, key=lambda e: e[0])
        if path in pages and (relations or path != routes.GRAPH)
    )

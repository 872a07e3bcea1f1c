"""Plans for the index page of each kind, the glossary of names, the hand-written pages and the navigation."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from .. import kinds, routes, textfile
from ..index import UNDATED
from ..model import Cite
from ..narrative import PROSE_PAGES, split_front_matter, split_slots
from . import producers, shown
from .page import Context, Link, NavEntry, Page, Table
from .producers import years
from .producers.base import name_sort_key, page_of_everything

__all__ = ["Lists", "name_sort_key", "navigation"]


@dataclass(frozen=True, kw_only=True)
class GlossaryRow:
    name: str
    main: bool
    """The record's own name (else an alias)."""
    type: str
    """"main name", the alias's kind, or that the name comes from the reference data."""
    to: Link
    cites: tuple[Cite, ...]


@dataclass(frozen=True, kw_only=True)
class GlossaryPage(Context):
    rows: tuple[GlossaryRow, ...]
    """Every name, alias and spelling, in dictionary order."""


@dataclass(frozen=True, kw_only=True)
class ProsePage(Context):
    parts: tuple[tuple[str, str | None], ...]
    """The hand-written Markdown in runs, each followed by the generated slot it names (or none)."""


class Lists:
    """The index page of each kind (from its producer), the years', the glossary and the hand-written pages."""

    def __init__(self, env: producers.Env):
        self.env, self.ix = env, env.ix

    def pages(self) -> Iterator[Page]:
        for kind in kinds.KINDS:
            producer = producers.for_kind(kind)
            if producer is not None:
                yield producer.index(self.env)
        yield years.index(self.env)
        yield self._glossary()
        yield from self._prose()

    def _glossary(self) -> Page:
        rows: list[GlossaryRow] = []
        for k in (k for k in kinds.KINDS if k.glossary):
            for r in getattr(self.ix.data, k.attr):
                to = self.env.link(k.name, r.id, r.name)
                # Issue 23, finding 16: Sindh's name comes from the reference data, not a source.
                named_by = getattr(r, "named_by", "sources")
                what = "main name" if named_by == "sources" else "name from reference data, not a source"
                rows.append(GlossaryRow(name=r.name, main=True, type=what, to=to, cites=()))
                rows += [GlossaryRow(name=a.name, main=False, type=a.kind, to=to, cites=a.cites) for a in r.aliases]
        rows.sort(key=lambda row: name_sort_key(row.name))
        return page_of_everything(
            self.env,
            routes.NAMES,
            "glossary",
            "Names, spellings and acronyms",
            "Every name, spelling and acronym the sources use for groups and places: Daesh, Daish, ISIS, IS, TTP, LeJ and more.",
            GlossaryPage(rows=tuple(rows)),
            template="glossary.md.j2",
        )

    def _prose(self) -> Iterator[Page]:
        """Hand-written pages; the home page's counts come from the data."""
        for name in PROSE_PAGES:
            file = self.env.narrative.path("pages", name)
            if file is None:
                if name == "index":
                    yield self._generated_home()
                continue
            head, text = split_front_matter(textfile.read_text(file))
            parts = split_slots(text)
            glance = any(slot == "at-a-glance" for _, slot in parts)
            # The page names the sources its text cites, in its footnotes.
            keys = shown.cited_in(text, self.ix.sources) | (self.env.everything if glance else frozenset())
            yield Page(
                path=routes.prose_path(name),
                kind="prose",
                template="prose.md.j2",
                title=str(head.get("title") or ""),
                description=str(head.get("description") or ""),
                context=ProsePage(parts=tuple(parts)),
                shown=self.env.shown(keys),
                slots={"at-a-glance": self._at_a_glance()} if glance else {},
                narrative="",
                deps=keys,
                inputs=self.env.deps.files(keys) | {str(file)},
            )

    def _generated_home(self) -> Page:
        """A home page for a site with no hand-written one (a small test dataset, a synthetic benchmark)."""
        return Page(
            path=routes.HOME,
            kind="prose",
            template="prose.md.j2",
            title=self.env.site_name,
            description="What the archived sources record, with citations.",
            context=ProsePage(
                parts=(
                    (f"# {self.env.site_name}\n", "at-a-glance"),
                    ("## The record at a glance, by year\n", "overview"),
                    ("", None),
                )
            ),
            slots={"at-a-glance": self._at_a_glance()},
            deps=self.env.everything,
            inputs=self.env.every_file,
        )

    def _at_a_glance(self) -> Table:
        """How many records of each kind the home page counts (kinds.Kind.home), in registry order;
        a kind sharing another's row (places beside regions) is counted in that row."""
        ix = self.ix
        rows: dict[str, tuple[list[str | Link], list[int | str]]] = {}  # kind -> the labels and the counts of its row
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


def navigation(pages: Mapping[str, Page], relations: bool) -> tuple[NavEntry, ...]:
    """The navigation, in order: each kind's index where the registry places it among the fixed
    pages; a page appears once it exists (a hand-written one, the graph when there are relations)."""
    entries = [*_FIXED_NAV]
    entries += [(k.nav, k.nav_entry, routes.index_path(k.name)) for k in kinds.KINDS if k.folder and k.nav is not None]
    return tuple(
        NavEntry(title=title, path=path)
        for _, title, path in sorted(entries, key=lambda e: e[0])
        if path in pages and (relations or path != routes.GRAPH)
    )

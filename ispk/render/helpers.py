"""What templates call while rendering one page: links, dates, figures, footnotes, slots.

One ``PageHelper`` per page render. It formats; it decides nothing about what a
page shows (the plan did), and reads nothing but the page: a record's name comes
from ``Page.shown``, which holds exactly the records the page depends on. Every
value passes through ``markdown.text`` (or HTML escaping, inside raw HTML)
exactly once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from jinja2.environment import TemplateModule
from markupsafe import Markup, escape

from .. import dates, kinds, opendata, routes
from ..dates import UNDATED
from ..labels import count_text, series_title, statistic_value
from ..model import Cite, Count, Event, Region, Relation, Source, Statement, Statistic, When, relation_verb
from ..plan.page import Cell, Facets, Figure, Link, Page, Table, VersionLink
from ..releases import versions
from .markdown import Citations, attr, code, date_text, html_link, link, quotation, shown_date, text
from .markdown import narrative as render_narrative

# A record's names (its own and every alias) reach Pagefind twice. Each is a metadata field of
# its own (name, name1, …, at most MAX_NAMES), which the search box weights 20 times
# (docs/assets/search.js): a field that is exactly the query's words ranks its page first,
# where one long list of names would dilute the match. And all are indexed as text weighted
# NAMES_WEIGHT (Pagefind's maximum), so a country's name that is on every page still ranks its
# own page near the top. Measured on the real site: 68 of 70 names first, all in the first 4.
NAMES_WEIGHT = 10
MAX_NAMES = 40


class PageHelper:
    def __init__(self, page: Page):
        self.page, self.path, self.kind = page, page.path, page.kind
        sources = {ident: name for (kind, ident), name in page.shown.names.items() if kind == "source"}
        self.citations = Citations(page.path, sources)
        self.macros: TemplateModule | None = None
        """The slot macros (templates/_slots.md.j2), bound to this helper by the renderer."""

    # Links ------------------------------------------------------------ #
    def name_of(self, kind: str, ident: str) -> str:
        if kind == "year":
            return "Undated" if ident == UNDATED else ident
        name = self.page.shown.names.get((kind, ident))
        if name is None:
            raise LookupError(f"{self.path} links to {kind} {ident!r}, which is not among the records it depends on")
        return name

    def link(self, kind: str, ident: str, label: str | None = None) -> Markup:
        return link(self.path, routes.page_path(kind, ident), label or self.name_of(kind, ident))

    def to(self, target: str, label: str) -> Markup:
        return link(self.path, target, label)

    def source_link(self, source_id: str) -> Markup:
        return self.link("source", source_id, "Source " + source_id.split("_", 1)[0])

    def indexed_here(self, kind: str, items: Iterable[object]) -> bool:
        """Whether search indexes this listing on this page: only where its records live.

        A statement, figure or relation is listed on many pages but indexed only on
        its home page (routes.home_of): indexing every copy made the search index
        grow five times faster than the data. Event tables only link to event pages.
        """
        return any(routes.home_page(kind, item) == self.path for item in items)

    def anchor(self, ident: str) -> Markup:
        # attr_list, not raw HTML, so that the engine sees the anchor and validates links to it.
        a = routes.anchor(ident)
        return Markup(f'[#](#{a}){{ #{a} .fact-anchor title="Link to this statement" }} ')

    def breadcrumb(self) -> Markup:
        k = kinds.kind(self.kind) if self.kind in kinds.BY_NAME else None
        title = k.title if k else "Years"
        # md_in_html renders the link inside the <nav>.
        return (
            Markup('<nav class="crumbs" aria-label="Breadcrumb" markdown="span">')
            + link(self.path, routes.index_path(self.kind), title)
            + Markup(" ›</nav>")
        )

    def cite(self, cites: tuple[Cite, ...] | Cite | None) -> Markup:
        return self.citations.mark(cites)

    def code(self, value: str) -> Markup:
        return code(value)

    def quotation(self, value: str) -> Markup:
        return quotation(value)

    # Dates and figures -------------------------------------------------- #
    def date(self, when: When | None) -> Markup:
        return date_text(when)

    def precision(self, when: When | None) -> str:
        return dates.precision_label(when)

    def count_text(self, c: Count) -> str:
        return count_text(c)

    def killed(self, e: Event) -> str:
        """The event's deaths in words across its accounts, as the plan worked them out."""
        return self.page.shown.killed[e.id]

    def series_title(self, figures: Sequence[Statistic]) -> str:
        return series_title(figures)

    def value(self, s: Statistic) -> str:
        return statistic_value(s)

    def scope(self, s: Statistic) -> Markup:
        parts = []
        if s.place:
            parts.append(self.link("place", s.place))
        if s.region:
            parts.append(self.link("region", s.region))
        return Markup(", ").join(parts) if parts else Markup("—")

    # Who and where ------------------------------------------------------- #
    def where(self, e: Event, regions_of_places: tuple[Region, ...] = ()) -> Markup:
        """An event's places and regions, then (on its own page) the regions its places lie in."""
        parts = [self.link("place", p) for p in e.places] + [self.link("region", r) for r in e.regions]
        parts += [Markup("<small>in ") + self.link("region", r.id) + Markup("</small>") for r in regions_of_places]
        return Markup(", ").join(parts) if parts else Markup("—")

    def speaker(self, s: Statement) -> Markup:
        return self.link("person", s.speaker) if s.speaker else text(s.speaker_label)

    def responsibility_short(self, e: Event) -> Markup:
        parts = []
        for r in e.responsibility:
            who = self.link("group", r.group) if r.group else text(r.label)
            parts.append(text(r.kind) + Markup(": ") + who)
        return Markup("; ").join(parts) if parts else Markup("—")

    def relation_verb(self, r: Relation) -> str:
        return relation_verb(r.kind, r.basis)

    def sources_of(self, sources: tuple[Source, ...]) -> Markup:
        return Markup("\n").join(Markup("- ") + self.link("source", s.id) for s in sources)

    # Plan values --------------------------------------------------------- #
    def cell(self, value: Cell) -> Markup:
        """One table cell or inline value from the plan: text, a Link, a tuple of parts
        written one after the other, or a list of values joined by commas."""
        if isinstance(value, Link):
            return link(self.path, value.to, value.label)
        if isinstance(value, VersionLink):
            # Our own paths and a MAJOR.MINOR.PATCH version: nothing in the target to escape.
            return Markup(f"[{text(value.label)}]({versions.relative_version_link(self.path, value.version, value.to)})")
        if isinstance(value, tuple):
            # Spaces around a text part are kept: ("Regions", " and ", "places").
            return Markup("").join(
                Markup(" " * (v[:1] == " ")) + text(v) + Markup(" " * (v[-1:] == " ")) if isinstance(v, str) else self.cell(v)
                for v in value
            )
        if isinstance(value, dates.Shown):
            return shown_date(value)
        if isinstance(value, list):
            return Markup(", ").join(self.cell(v) for v in value) if value else Markup("—")
        return text(value)

    def table(self, t: Table) -> Markup:
        lines = ["| " + " | ".join(str(text(h)) for h in t.header) + " |", "|" + "---|" * len(t.header)]
        lines += ["| " + " | ".join(str(self.cell(c)) for c in row) + " |" for row in t.rows]
        return Markup("\n".join(lines) + "\n")

    def figure(self, fig: Figure | None) -> Markup:
        """A picture, its caption, and the table of its numbers; nothing for an empty slot."""
        if fig is None:
            return Markup("")
        caption = Markup("").join(
            html_link(self.path, part.to, escape(part.label)) if isinstance(part, Link) else escape(part) for part in fig.caption
        )
        # The wrapper keeps the drawing's labels out of search: the table after it gives the same numbers.
        block = Markup(
            '\n<div class="picture-frame" data-search-exclude>\n<figure class="picture picture-{}">\n{}\n'
            "<figcaption>{}</figcaption>\n</figure>\n</div>\n\n"
        ).format(fig.kind, Markup(fig.svg), caption)
        return block + (self.table(fig.table) + Markup("\n") if fig.table else Markup(""))

    def facets(self, f: Facets) -> Markup:
        """The hidden block Pagefind reads: kind and filters, each name as metadata, then the names as weighted text.

        Raw HTML, which Markdown passes through: every value is HTML-escaped here, once.
        The names paragraph is indexed (it is inside the article the theme marks for search).
        """
        parts = [
            f'<span data-pagefind-meta="kind">{escape(f.kind)}</span>',
            f'<span data-pagefind-filter="kind">{escape(f.kind)}</span>',
        ]
        for key, values in (("group", f.groups), ("region", f.regions), ("year", f.years), ("source", f.sources)):
            parts += [f'<span data-pagefind-filter="{key}">{escape(v)}</span>' for v in values]
        names = list(dict.fromkeys(n for n in f.names if n))[:MAX_NAMES]
        parts += [
            f'<span data-pagefind-meta="{"name" + str(i) if i else "name"}">{escape(n)}</span>' for i, n in enumerate(names)
        ]
        block = '\n<div class="search-facets" hidden data-pagefind-ignore>\n' + "\n".join(parts) + "\n</div>\n"
        if names:
            block += (
                f'\n<p class="search-names" hidden data-pagefind-weight="{NAMES_WEIGHT}">'
                + " · ".join(map(str, map(escape, names)))
                + "</p>\n"
            )
        return Markup(block + "\n")

    def slot(self, name: str, key: str | None = None) -> Markup:
        value = self.page.slots.get(name)
        if key is not None:
            if value is not None and not isinstance(value, Mapping):
                raise TypeError(f"slot {name!r} of {self.path} holds no pictures by key")
            value = value.get(key) if value is not None else None
        if value is None:
            return Markup("")
        if isinstance(value, Figure):
            return self.figure(value)
        if isinstance(value, Facets):
            return self.facets(value)
        if isinstance(value, Table):
            return self.table(value)
        if isinstance(value, Markup):
            return value
        macro = getattr(self.macros, type(value).__name__.lower(), None)
        if macro is not None:
            return Markup(macro(value))
        raise TypeError(f"slot {name!r} of {self.path}: no rendering for {type(value).__name__}")

    def attr(self, value: str) -> str:
        return attr(value)

    def html(self, value: object) -> Markup:
        """A value inside raw HTML (not read as Markdown): HTML escaping, once."""
        return escape(value)

    def href(self, target: str) -> Markup:
        """A link target inside raw HTML, relative to this page's URL (the engine rewrites only Markdown links)."""
        return escape(routes.href(self.path, target))

    def rel(self, target: str) -> Markup:
        """A link target relative to this page (our own paths: slugs, nothing to escape)."""
        return Markup(routes.relative(self.path, target))

    def narrative(self, markdown_text: str) -> Markup:
        return render_narrative(markdown_text, self.citations)

    def year_nav(self, previous: str | None, next_year: str | None) -> Markup:
        parts = []
        if previous:
            parts.append(Markup("← ") + self.link("year", previous))
        if next_year:
            parts.append(self.link("year", next_year) + Markup(" →"))
        return Markup(" · ").join(parts)

    def url(self, value: str) -> Markup:
        """An absolute http(s) address as a Markdown link target."""
        if not re.fullmatch(r"https?://[^\s()<>]+", value):
            raise ValueError(f"not a plain http(s) address: {value!r}")
        return Markup(value)

    def links(self, pairs: Iterable[tuple[str, str]]) -> Markup:
        """(label, target) pairs as links, joined by commas."""
        return Markup(", ").join(link(self.path, target, label) for label, target in pairs)

    def table_keys(self, t: opendata.Table) -> str:
        """An open-data table's keys and links, in words."""
        keys = "key: " + ", ".join(t.primary_key)
        refs = [f"{', '.join(fk['fields'])} → {fk['reference']['resource']}" for fk in t.foreign_keys]
        return keys + ("; links: " + "; ".join(refs) if refs else "")

    def sort_date(self, when: When | None) -> str:
        return dates.parse(when.date).iso() if when else "9999"

    def date_words(self, when: When | None) -> Markup:
        """A date in words with its mark, as every listing shows it."""
        return shown_date(dates.shown(when))

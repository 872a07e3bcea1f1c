"""The site plan: one structured object per page, with named slots, and the navigation.

Producers (record pages, index pages, pictures, open data, citations) build
and fill these objects; ``ispk.render`` turns each into Markdown through its
template, once. Nothing downstream edits rendered Markdown or parses it back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TypeAlias

from markupsafe import Markup

from .. import dates

RecordKey = tuple[str, str]
"""(kind name, id) of a record."""

Cell: TypeAlias = "str | int | float | Link | VersionLink | dates.Shown | tuple[Cell, ...] | list[Cell] | None"
"""A table cell or inline value the render step formats (``PageHelper.cell``): text or a number, a link,
a date with its mark, parts written one after the other (a tuple) or values joined by commas (a list)."""


@dataclass(frozen=True, kw_only=True)
class Link:
    """A link to another page of the site, rendered relative to the page it is on."""

    to: str
    """The target page path, with an anchor if any ("events/x.md#fact-y")."""
    label: str


@dataclass(frozen=True, kw_only=True)
class VersionLink:
    """A link to a page in another release of the site.

    Every release is a sibling folder under the site's root (mike: ``<root>/0.2.0/``),
    so the render step writes it relative to the page it is on
    (``versions.relative_version_link``) and it works under any root. Only a
    versioned build (mike) has sibling releases; producers make these only then.
    """

    version: str
    to: str
    """The target page path in that release, with an anchor if any."""
    label: str


@dataclass(frozen=True, kw_only=True)
class Table:
    """A table of plain values and Links; the render step escapes and formats each cell."""

    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


@dataclass(frozen=True, kw_only=True)
class Figure:
    """A picture: inline SVG (drawn and sanitised by ispk.pictures), its caption and its numbers."""

    kind: str
    svg: str
    caption: tuple[str | Link, ...]
    """Text and Links, in order."""
    table: Table | None = None


@dataclass(frozen=True, kw_only=True)
class Head:
    """What a page says about itself to reference managers, search engines and link previews."""

    title: str
    url: str
    version: str
    released: str
    released_text: str
    changed: str
    changed_text: str
    meta: tuple[tuple[str, str, str], ...]
    """(attribute, name, content): ("name", "citation_title", "…") or ("property", "og:url", "…")."""
    jsonld: str
    """JSON-LD, already safe inside <script> ("<", ">" and "&" as \\u escapes)."""
    correction_url: str = ""


@dataclass(frozen=True, kw_only=True)
class NavEntry:
    title: str
    path: str


@dataclass(frozen=True, kw_only=True)
class Context:
    """What a page's template shows, as one typed value. Each page kind has its own subclass
    (``EventPage``, ``GroupPage``, …, beside the code that fills it), whose fields the template
    reads by name: the render step looks nothing up in the index."""


@dataclass(frozen=True, kw_only=True)
class Shown:
    """How the page shows the records it names, worked out by the plan (``plan/shown.py``) for exactly
    the records it depends on: a name missing here is a dependency the page did not declare."""

    names: Mapping[RecordKey, str] = field(default_factory=dict)
    """The link text of each record: its name, title or label; a source's short name (also its footnotes')."""
    killed: Mapping[str, str] = field(default_factory=dict)
    """Each event's deaths in words across its accounts, by event id: "12", "10–12 (sources differ)", "—"."""


@dataclass(frozen=True, kw_only=True)
class Page:
    path: str
    """Docs-relative Markdown path: "events/x.md"."""
    kind: str
    """A record kind ("event"), "year", or a page family ("index", "prose", "glossary", "data", "graph")."""
    template: str
    title: str
    description: str
    record: object = None
    """The record the page is about, if any (the render step never reads it)."""
    context: Context = field(default_factory=Context)
    """What the template shows: one typed value per page kind, its fields the template's names."""
    shown: Shown = field(default_factory=Shown)
    """The names (and events' tolls) of the records the page shows or links to."""
    slots: Mapping[str, Slot] = field(default_factory=dict)
    """Named slots producers fill: timeline, map, chart, charts, graph, overview, data, cite, …"""
    narrative: str = ""
    """The hand-written Markdown merged into the page."""
    deps: frozenset[RecordKey] = frozenset()
    """Every record the page shows or names: a change to one of them changes the page."""
    inputs: frozenset[str] = frozenset()
    """The data and narrative files those records and the page's narrative come from."""
    head: Head | None = None
    noindex: bool = False
    """Kept out of the site search and marked noindex for search engines (the preview's maintainers pages)."""
    hide: tuple[str, ...] = ()
    """Sidebars the theme leaves out on this page ("navigation", "toc"): a wide working table needs the room."""


@dataclass(frozen=True, kw_only=True)
class Plan:
    pages: Mapping[str, Page]
    nav: tuple[NavEntry, ...]
    files: Mapping[str, bytes] = field(default_factory=dict)
    """Files beside the pages (open data, citation exports), by path."""

    def with_slots(self, filled: Mapping[str, Mapping[str, Slot]]) -> Plan:
        """A plan whose pages have these slots added ({page path: {slot: value}})."""
        pages = dict(self.pages)
        for path, slots in filled.items():
            page = pages[path]
            pages[path] = dataclasses.replace(page, slots={**page.slots, **slots})
        return dataclasses.replace(self, pages=pages)

    def with_pages(self, extra: Iterable[Page], nav: tuple[NavEntry, ...] | None = None) -> Plan:
        pages = dict(self.pages)
        for page in extra:
            pages[page.path] = page
        return dataclasses.replace(self, pages=pages, nav=self.nav if nav is None else nav)

    def with_files(self, files: Mapping[str, bytes]) -> Plan:
        return dataclasses.replace(self, files={**self.files, **files})

    def with_heads(self, heads: Mapping[str, Head]) -> Plan:
        pages = {p: dataclasses.replace(page, head=heads.get(p, page.head)) for p, page in self.pages.items()}
        return dataclasses.replace(self, pages=pages)


@dataclass(frozen=True, kw_only=True)
class TableFile:
    name: str
    path: str


@dataclass(frozen=True, kw_only=True)
class DataLinks:
    """The "Data" section of a page: its record's JSON and table rows, or its index's table."""

    kind: str
    json: str | None
    tables: tuple[TableFile, ...]
    rows: int = 0
    page: str = "data.md"


@dataclass(frozen=True, kw_only=True)
class ReleaseLog:
    """What one release changed in one record."""

    release: Link
    """The release's change page, labelled with its version."""
    pages: Cell
    """The record's page before and in this release (a cell value), or None in an ordinary build."""
    sentences: tuple[Cell, ...]
    """Each change as a sentence: text, or a tuple of text and links."""


@dataclass(frozen=True, kw_only=True)
class ChangeLog:
    """A record page's "Changes" section: what each release changed in the record, oldest first, in sentences."""

    releases: tuple[ReleaseLog, ...]
    index: str
    """The page listing every release's changes (routes.CHANGES)."""
    versioned: bool
    """Whether each release links to the record's page as it was then (a versioned build by mike)."""

    @property
    def count(self) -> int:
        return sum(len(r.sentences) for r in self.releases)


@dataclass(frozen=True, kw_only=True)
class CiteEntry:
    label: str
    style: str
    html: Markup
    """The entry as the CSL style formats it: trusted HTML (markupsafe.Markup) from citeproc-py."""


@dataclass(frozen=True, kw_only=True)
class CiteExport:
    label: str
    ext: str
    name: str
    path: str
    content: str


@dataclass(frozen=True, kw_only=True)
class CiteBlock:
    """The collapsed "Cite this page" block."""

    entries: tuple[CiteEntry, ...]
    exports: tuple[CiteExport, ...]
    release: str = ""
    latest: str | None = None
    """In a deployed release: the same page in the newest release (the entries cite this release's address)."""
    local: str | None = None
    """In a build for this machine (a loopback site_url): the address the entries cite, which is not the published one."""


@dataclass(frozen=True, kw_only=True)
class ListedKind:
    """The records of one kind that refer to a page's record: a section headed with the kind's title."""

    title: str
    links: tuple[Link, ...]


@dataclass(frozen=True, kw_only=True)
class Listed:
    """What refers to a page's record, of the kinds no template lists on their own (plan/listed.py)."""

    kinds: tuple[ListedKind, ...]


@dataclass(frozen=True, kw_only=True)
class Facets:
    """What a page tells search about itself: plain values from the data, escaped when rendered.

    Its filters (kind, group, region, year, source) are Pagefind's filter keys, which the search
    dialog lists (overrides/partials/pagefind.html) and which name the search address's parameters
    (?group=Islamic+State&year=2016): published search links depend on them, so keep them stable.
    """

    kind: str
    """The kind of record, as readers read it ("Event")."""
    groups: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    years: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    """The record's names and every alias: weighted, so that each finds its page."""


@dataclass(frozen=True, kw_only=True)
class PreviewLink:
    """A line only the preview shows on a published page: where its maintainers' page is."""

    text: str
    link: Link


Slot: TypeAlias = "Figure | Table | Facets | Markup | DataLinks | ChangeLog | CiteBlock | PreviewLink | Mapping[str, Figure]"
"""What a page's named slot holds: the render step writes each kind its own way (``PageHelper.slot``); a
keyed slot ("charts") holds a picture per key."""

"""Generation: from a validated dataset to Markdown pages, engine-agnostic.

``generate()`` returns ``{docs-relative path: Markdown}``. It knows nothing
of MkDocs; the thin adapter in ``scripts/gen_pages.py`` hands the pages to
mkdocs-gen-files, and ``scripts/export_markdown.py`` writes them to disk.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from . import archive, coverage, dates
from .index import UNDATED, Index, year_key
from .markdown import (
    FOLDERS, Citations, attr, date_text, front_matter, link, narrative as render_narrative,
    page_path, relative, short_source, text,
)
from .model import Count, Dataset, Event, Statistic

SECTIONS = (
    # (kind, folder, title, what the index lists)
    ("group", "groups", "Groups", "Militant groups, branches and movements the sources name."),
    ("region", "regions", "Regions", "Provinces, territories, borders and countries the sources name."),
    ("place", "places", "Places", "Cities, districts and areas, each in the region the sources put it in."),
    ("year", "years", "Years", "What the sources record for each year."),
    ("event", "events", "Events", "Attacks, arrests, operations, pledges, reports and hearings."),
    ("person", "people", "People", "Officials, analysts, militants and others the sources name."),
    ("source", "sources", "Sources", "The archived documents every fact rests on."),
)
TITLES = {kind: title for kind, _, title, _ in SECTIONS}

_ENV = Environment(
    loader=PackageLoader("ispk", "templates"),
    # Autoescape makes macro output Markup; finalize makes every other value
    # Markdown-safe (not just HTML-safe) before it reaches the page.
    autoescape=True,
    finalize=text,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
    undefined=StrictUndefined,
)

RELATION_VERBS = {
    "pledge": "pledged allegiance to", "alliance": "allied with", "split": "split from",
    "partnership": "works with", "branch": "is a branch of", "support": "supports",
}


class Page:
    """Helpers for one page: links relative to it and its own footnotes."""

    def __init__(self, site: "Site", path: str, kind: str):
        self.site, self.ix, self.path, self.kind = site, site.ix, path, kind
        self.citations = Citations(path, self.ix.sources)

    # Links ------------------------------------------------------------ #
    def name_of(self, kind: str, ident: str) -> str:
        if kind == "year":
            return "Undated" if ident == UNDATED else ident
        table = {"group": self.ix.groups, "region": self.ix.regions, "place": self.ix.places,
                 "person": self.ix.people, "event": self.ix.events, "source": self.ix.sources}[kind]
        record = table[ident]
        return getattr(record, "name", None) or getattr(record, "title", None) or short_source(record)

    def link(self, kind: str, ident: str, label: str | None = None) -> Markup:
        return link(self.path, page_path(kind, ident), label or self.name_of(kind, ident))

    def source_link(self, source_id: str) -> Markup:
        return self.link("source", source_id, "Source " + source_id.split("_", 1)[0])

    def region_name(self, ident: str) -> str:
        return self.ix.regions[ident].name

    def indexed_here(self, kind: str, items) -> bool:
        """Whether search indexes this listing on this page.

        A statement, figure or relation is listed on many pages (its event, speaker,
        year, groups, regions...) but indexed only where it lives (``home_of``):
        indexing every copy made the search index grow five times faster than the
        data. Event tables only link to event pages, which are indexed themselves.
        """
        return any(self.site.home_of(kind, item, None)[0].partition("#")[0] == self.path for item in items)

    def anchor(self, ident: str) -> Markup:
        # attr_list, not raw HTML, so that MkDocs sees the anchor and validates links to it.
        return Markup(f'[#](#fact-{ident}){{ #fact-{ident} .fact-anchor title="Link to this statement" }} ')

    def breadcrumb(self) -> Markup:
        folder = FOLDERS[self.kind]
        # md_in_html renders the link inside the <nav>.
        return Markup('<nav class="crumbs" aria-label="Breadcrumb" markdown="span">') + link(
            self.path, f"{folder}/index.md", TITLES[self.kind]) + Markup(" ›</nav>")

    def cite(self, cites) -> Markup:
        return self.citations.mark(cites)

    # Dates and figures -------------------------------------------------- #
    def date(self, when) -> Markup:
        return date_text(when)

    def precision(self, when) -> str:
        return dates.precision_label(when)

    def count_text(self, c: Count) -> str:
        if c.low is not None and c.high is not None and c.low != c.high:
            figure = f"{c.low}–{c.high}"
        else:
            figure = str(c.low if c.low is not None else c.high)
        return figure if c.qualifier == "exact" else f"{c.qualifier} {figure}"

    def casualties(self, e: Event, measure: str) -> str:
        counts = [c for c in e.counts if c.measure == measure]
        if not counts:
            return "—"
        if len(counts) == 1:
            return self.count_text(counts[0])
        lows = [c.low for c in counts if c.low is not None]
        highs = [c.high if c.high is not None else c.low for c in counts if (c.high or c.low) is not None]
        low, high = min(lows or highs), max(highs or lows)
        return f"{low}–{high} (sources differ)" if low != high else self.count_text(counts[0])

    def sources_differ(self, e: Event) -> bool:
        killed = {self.count_text(c) for c in e.counts if c.measure == "killed"}
        return len(killed) > 1

    def value(self, s: Statistic) -> str:
        number = f"{s.value:,.0f}" if float(s.value).is_integer() else f"{s.value:,}"
        figure = f"{number} {s.unit}"
        return figure if s.qualifier == "exact" else f"{s.qualifier} {figure}"

    def scope(self, s: Statistic) -> Markup:
        parts = []
        if s.place:
            parts.append(self.link("place", s.place))
        if s.region:
            parts.append(self.link("region", s.region))
        return Markup(", ").join(parts) if parts else Markup("—")

    # Who and where ------------------------------------------------------- #
    def where(self, e: Event, full: bool = False) -> Markup:
        parts = [self.link("place", p) for p in e.places] + [self.link("region", r) for r in e.regions]
        if full:
            regions = sorted({self.ix.place_region(p) for p in e.places} - set(e.regions))
            parts += [Markup("<small>in ") + self.link("region", r) + Markup("</small>") for r in regions]
        return Markup(", ").join(parts) if parts else Markup("—")

    def speaker(self, s) -> Markup:
        return self.link("person", s.speaker) if s.speaker else text(s.speaker_label)

    def responsibility_short(self, e: Event) -> Markup:
        parts = []
        for r in e.responsibility:
            who = self.link("group", r.group) if r.group else text(r.label)
            parts.append(text(r.kind) + Markup(": ") + who)
        return Markup("; ").join(parts) if parts else Markup("—")

    def relation_verb(self, r) -> str:
        return RELATION_VERBS[r.kind]

    def rolled_up(self, region_id: str) -> int:
        return self.ix.rolled_up_count(region_id)

    def count(self, kind: str, ident: str, what: str) -> int:
        table = {"place": self.ix.by_place, "region": self.ix.by_region, "group": self.ix.by_group}[kind]
        return len(table[ident][what]) if ident in table else 0

    def sources_of(self, record) -> Markup:
        ids = sorted({u.cite.source for u in self.site.uses_by_record.get(id(record), ())})
        return Markup("\n").join(Markup("- ") + self.link("source", i, short_source(self.ix.sources[i])) for i in ids)


@dataclass
class NarrativeFiles:
    root: Path | None

    def get(self, folder: str, ident: str) -> str:
        if self.root is None:
            return ""
        path = self.root / folder / f"{ident}.md"
        return path.read_text(encoding="utf-8") if path.is_file() else ""


class Site:
    def __init__(self, data: Dataset, narrative_root: Path | None = None, sources_dir: Path | None = None):
        self.data = data
        self.ix = Index(data)
        self.narrative = NarrativeFiles(narrative_root)
        self.sources_dir = sources_dir
        self.uses_by_record: dict[int, list] = defaultdict(list)
        for uses in self.ix.cites_by_source.values():
            for u in uses:
                self.uses_by_record[id(u.record)].append(u)

    # ------------------------------------------------------------------ #
    def render(self, template: str, path: str, kind: str, title: str, description: str,
               folder: str | None = None, ident: str | None = None, boost: float | None = None, **context: Any) -> str:
        page = Page(self, path, kind)
        story = self.narrative.get(folder, ident) if folder and ident else ""
        story_md = Markup("\n" + render_narrative(story, page.citations).strip() + "\n") if story else Markup("")
        body = _ENV.get_template(template).render(p=page, narrative=story_md, **context)
        meta = {"title": title, "description": description}
        if boost:
            meta["search"] = {"boost": boost}
        return front_matter(**meta) + body.rstrip() + "\n\n" + str(page.citations.footnotes())

    def pages(self) -> dict[str, str]:
        ix, out = self.ix, {}
        for g in self.data.groups:
            path = page_path("group", g.id)
            names = ", ".join(a.name for a in g.aliases)
            out[path] = self.render(
                "group.md.j2", path, "group", g.name,
                f"{g.name} ({g.kind})" + (f", also known as {names}" if names else "") + ": what the archived sources record, with citations.",
                "groups", g.id, boost=5, g=g, x=ix.by_group[g.id],
                years=ix.group_years(g.id),
                regions=sorted(ix.group_regions[g.id], key=lambda r: ix.regions[r].name),
                children=[c.id for c in self.data.groups if c.parent == g.id])
        for r in self.data.regions:
            path = page_path("region", r.id)
            out[path] = self.render(
                "region.md.j2", path, "region", r.name,
                f"{r.name} ({r.kind}): groups, events, statements and figures the archived sources record there.",
                "regions", r.id, boost=5, r=r, x=ix.by_region[r.id],
                subregions=sorted(ix.region_children[r.id], key=lambda s: s.name),
                places=sorted(ix.region_places[r.id], key=lambda s: s.name),
                groups=sorted(ix.region_groups[r.id], key=lambda g: ix.groups[g].name))
        for pl in self.data.places:
            path = page_path("place", pl.id)
            out[path] = self.render(
                "place.md.j2", path, "place", pl.name,
                f"{pl.name}, {ix.regions[pl.region].name}: events, statements and figures the archived sources record there.",
                "places", pl.id, boost=2, pl=pl, x=ix.by_place[pl.id],
                province_unstated=ix.regions[pl.region].kind == "country",
                inner=[c.id for c in ix.place_children[pl.id]])
        for person in self.data.people:
            path = page_path("person", person.id)
            roles = "; ".join(r.title for r in person.roles)
            out[path] = self.render(
                "person.md.j2", path, "person", person.name, f"{person.name} ({roles}): statements and events in the archived sources.",
                "people", person.id, who=person, x=ix.by_person[person.id])
        for e in self.data.events:
            path = page_path("event", e.id)
            year = year_key(e.date)
            out[path] = self.render(
                "event.md.j2", path, "event", e.title,
                f"{dates.describe(e.date)}: {e.title}. {e.kind.capitalize()}, with sources and quotes.",
                "events", e.id, e=e, x=ix.by_event[e.id], year=year)
        for y in ix.years:
            path = page_path("year", y)
            title = "Undated records" if y == UNDATED else y
            numbered = [v for v in ix.years if v != UNDATED]
            nav = self._year_nav(path, y, numbered)
            out[path] = self.render(
                "year.md.j2", path, "year", title,
                f"{title}: events, statements and figures on militancy in Pakistan recorded by the archived sources.",
                "years", y, year=y, heading=title, nav=nav, x=ix.by_year[y])
        cover = coverage.report(self.data, self.sources_dir) if archive.available(self.sources_dir) else {}
        for s in self.data.sources:
            path = page_path("source", s.id)
            out[path] = self.render(
                "source.md.j2", path, "source", s.headline,
                f"Archived source {s.id.split('_')[0]}: {s.headline}. Metadata, provenance and every fact it supports.",
                "sources", s.id, s=s, supports=self._supports(path, s.id), coverage=self._coverage(cover.get(s.id)))
        out.update(self.indexes())
        return out

    def _year_nav(self, path: str, year: str, numbered: list[str]) -> Markup:
        if year not in numbered:
            return Markup("")
        i = numbered.index(year)
        parts = []
        if i > 0:
            parts.append(Markup("← ") + link(path, page_path("year", numbered[i - 1]), numbered[i - 1]))
        if i + 1 < len(numbered):
            parts.append(link(path, page_path("year", numbered[i + 1]), numbered[i + 1]) + Markup(" →"))
        return Markup(" · ").join(parts)

    def home_of(self, kind: str, record: Any, anchor: str | None) -> tuple[str, str]:
        """The page (and anchor) where a cited record or fact is shown, with its label."""
        ix = self.ix
        if kind in ("group", "region", "place", "person", "event", "source"):
            path = page_path(kind, record.id)
            label = getattr(record, "name", None) or getattr(record, "title", None) or getattr(record, "headline")
            return (path + (f"#fact-{anchor}" if anchor else ""), label)
        if kind == "statement":
            if record.event:
                path = page_path("event", record.event)
            elif record.speaker:
                path = page_path("person", record.speaker)
            else:
                # Its year's page: a home that does not move as the record grows (the
                # statements index stops listing every statement past LISTING_LIMIT).
                path = page_path("year", year_key(record.date))
            who = ix.people[record.speaker].name if record.speaker else record.speaker_label
            return (f"{path}#fact-{record.id}", f"Statement by {who}")
        if kind == "statistic":
            return (f"{page_path('year', year_key(record.period))}#fact-{record.id}", record.label)
        if kind == "relation":
            part = f"{record.subject_part.capitalize()} of " if record.subject_part else ""
            return (f"relations/index.md#fact-{record.id}",
                    f"{part}{ix.groups[record.subject].name} {RELATION_VERBS[record.kind]} {ix.groups[record.object].name}")
        if kind == "set-aside":
            return ("", "")
        raise KeyError(kind)

    def _supports(self, path: str, source_id: str) -> list[dict]:
        rows = []
        for use in self.ix.cites_by_source.get(source_id, ()):
            if use.kind == "set-aside":
                continue
            target, label = self.home_of(use.kind, use.record, use.anchor)
            rows.append({"link": link(path, target, label), "kind": use.kind, "quote": use.cite.quote})
        return rows

    def _coverage(self, lines) -> dict | None:
        if lines is None:
            return None
        asides = [l for l in lines if l.set_aside and not l.cited_by]
        return {"total": len(lines), "cited": sum(bool(l.cited_by) for l in lines), "aside": len(asides),
                "rows": [{"text": l.sentence.text, "reason": l.set_aside} for l in asides]}

    # Index pages ---------------------------------------------------------- #
    def indexes(self) -> dict[str, str]:
        from .indexes import build
        return build(self)


def generate(data: Dataset, narrative_root: Path | None = None, sources_dir: Path | None = None) -> dict[str, str]:
    return Site(data, narrative_root, sources_dir).pages()

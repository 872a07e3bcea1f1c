"""Index pages per kind (sortable tables), the glossary, prose pages and the navigation."""
from __future__ import annotations

from typing import TYPE_CHECKING

from markupsafe import Markup

from . import dates
from .index import UNDATED
from .markdown import front_matter, link, page_path, text

if TYPE_CHECKING:
    from .site import Site

# Hand-written pages: docs/narrative/pages/<name>.md -> <name>.md, in this nav order.
PROSE_PAGES = ("index", "explainer", "methodology", "about", "accessibility")

# The most records the events and statements indexes list on one page. Past it they
# give counts per year linking to the year pages (which list every record) instead:
# 250 statements make about 250 KB of HTML, and one page of everything reached 14 MB
# at 10,000 events. No record lives on these pages, so no link breaks when they switch.
LISTING_LIMIT = 250


def _table(header: list[str], rows: list[list[Markup | str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(text(cell)) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def _page(site: "Site", path: str, kind: str, title: str, description: str, intro: str, body: str, extra: str = "") -> str:
    from .site import Page
    page = Page(site, path, kind)
    story = site.narrative.get("indexes", path.split("/")[0])
    parts = [front_matter(title=title, description=description), f"# {text(title)}\n", text(intro) + "\n"]
    if story:
        from .markdown import narrative
        parts.append(narrative(story, page.citations).strip() + "\n")
    parts += [body, extra, str(page.citations.footnotes())]
    return "\n".join(p for p in parts if p) + "\n"


def build(site: "Site") -> dict[str, str]:
    ix, data, out = site.ix, site.data, {}
    from .site import SECTIONS

    def at(path):
        return lambda kind, ident, label=None: link(path, page_path(kind, ident), label or _name(site, kind, ident))

    intro = {kind: blurb for kind, _, _, blurb in SECTIONS}

    path = "groups/index.md"
    l = at(path)
    rows = [[l("group", g.id), g.kind, ", ".join(a.name for a in g.aliases) or "—",
             len(ix.by_group[g.id]["events"]), len(ix.by_group[g.id]["statements"]), len(ix.by_group[g.id]["relations"])]
            for g in sorted(data.groups, key=lambda g: g.name.lower())]
    out[path] = _page(site, path, "group", "Groups", "Every militant group the archived sources name, with aliases.", intro["group"],
                      _table(["Group", "Kind", "Also known as", "Events", "Statements", "Relations"], rows))

    path = "regions/index.md"
    l = at(path)
    rows = [[l("region", r.id), r.kind, l("region", r.parent) if r.parent else "—", ix.rolled_up_count(r.id),
             len(ix.region_groups[r.id]), len(ix.by_region[r.id]["statistics"])]
            for r in sorted(data.regions, key=lambda r: (r.kind != "country", r.name))]
    out[path] = _page(site, path, "region", "Regions", "Provinces, territories and countries in the record.", intro["region"],
                      _table(["Region", "Kind", "In", "Events (incl. places within)", "Groups", "Figures"], rows))

    path = "places/index.md"
    l = at(path)
    rows = [[l("place", p.id), p.kind, l("region", p.region), len(ix.by_place[p.id]["events"]), len(ix.by_place[p.id]["statements"])]
            for p in sorted(data.places, key=lambda p: p.name)]
    out[path] = _page(site, path, "place", "Places", "Cities, districts and areas in the record.", intro["place"],
                      _table(["Place", "Kind", "Region", "Events", "Statements"], rows))

    path = "years/index.md"
    l = at(path)
    rows = [[l("year", y), len(ix.by_year[y]["events"]), len(ix.by_year[y]["statements"]), len(ix.by_year[y]["statistics"])]
            for y in ix.years]
    out[path] = _page(site, path, "year", "Years", "Events, statements and figures by year.", intro["year"],
                      _table(["Year", "Events", "Statements", "Figures"], rows))

    path = "events/index.md"
    l = at(path)
    if len(data.events) > LISTING_LIMIT:
        body = _by_year(site, path, "events", "events")
    else:
        rows = []
        for e in sorted(data.events, key=lambda e: (dates.sort_key(e.date), e.id)):
            where = [l("place", p) for p in e.places] + [l("region", r) for r in e.regions]
            rows.append([Markup(f'<span data-sort="{dates.parse(e.date.date).iso() if e.date else "9999"}">') + text(dates.describe(e.date)) + Markup("</span>"),
                         l("event", e.id), e.kind, Markup(", ").join(where) if where else "—"])
        body = _table(["Date", "Event", "Kind", "Where"], rows)
    out[path] = _page(site, path, "event", "Events", "Every event in the record, in date order.", intro["event"], body)

    path = "people/index.md"
    l = at(path)
    rows = [[l("person", p.id), "; ".join(r.title for r in p.roles), len(ix.by_person[p.id]["statements"])]
            for p in sorted(data.people, key=lambda p: p.name.split()[-1])]
    out[path] = _page(site, path, "person", "People", "People the archived sources name.", intro["person"],
                      _table(["Name", "Roles", "Statements"], rows))

    path = "sources/index.md"
    l = at(path)
    rows = [[s.id.split("_")[0], l("source", s.id, s.headline), s.publisher or "not stated",
             dates.describe(s.published) if s.published else "not known", s.published.basis if s.published else "—",
             len(ix.cites_by_source[s.id])] for s in data.sources]
    out[path] = _page(site, path, "source", "Sources", "The archived documents behind every fact.", intro["source"],
                      _table(["No.", "Headline", "Publisher", "Published", "Date basis", "Citations"], rows))

    out.update(_statements(site), **_statistics(site), **_relations(site), **_glossary(site))
    prose = _prose(site)
    out.update(prose)
    out["SUMMARY.md"] = _summary(set(prose))
    return out


def _name(site: "Site", kind: str, ident: str) -> str:
    from .site import Page
    return Page(site, "index.md", kind).name_of(kind, ident)


def _by_year(site: "Site", path: str, key: str, noun: str) -> str:
    """Counts per year, each linking to that year's list: the index of a record too long for one page."""
    ix = site.ix
    rows = [[link(path, page_path("year", y) + f"#{key}", "Undated" if y == UNDATED else y), len(ix.by_year[y][key])]
            for y in ix.years if ix.by_year[y][key]]
    # A record whose year is uncertain is counted once, in a row of its own ("2022 or 2023").
    uncertain: dict[tuple[str, ...], int] = {}
    for y in ix.years:
        for record in ix.by_year_uncertain[y][key] if y in ix.by_year_uncertain else ():
            years = tuple(ix.years_of(getattr(record, "date", None) or getattr(record, "period", None)))
            uncertain[years] = uncertain.get(years, 0) + (years[0] == y)
    rows += [[link(path, page_path("year", ys[0]) + "#year-uncertain", " or ".join(ys)), n] for ys, n in uncertain.items()]
    total = sum(row[1] for row in rows)
    return (f"The record holds {total:,} {noun}, too many to list on one page: each year's page lists that "
            f"year's {noun} in full, and the data section at the end of this page has all of them as one table.\n\n"
            + _table(["Year", noun.capitalize()], rows))


def _statements(site: "Site") -> dict[str, str]:
    from .site import Page
    path = "statements/index.md"
    page = Page(site, path, "statement")
    from .site import _ENV
    if len(site.data.statements) > LISTING_LIMIT:
        intro, body = "Statements by year", _by_year(site, path, "statements", "statements")
    else:
        intro = "Every statement in the record, in date order"
        body = _ENV.from_string('{% import "_blocks.md.j2" as b with context %}{{ b.statements(items) }}').render(p=page, items=sorted(
            site.data.statements, key=lambda s: (dates.sort_key(s.date), s.id)))
    return {path: front_matter(title="Statements", description="Who said what about militancy in Pakistan, with quotes and sources.")
            + f"# Statements\n\n{intro}: quotations in quotation marks, reported speech marked as reported. "
            + "Each statement's own place is the page of the event it was made about, else its speaker's page, else its year's page.\n\n"
            + body + "\n" + str(page.citations.footnotes())}


def _statistics(site: "Site") -> dict[str, str]:
    from .site import _ENV, Page
    path = "statistics/index.md"
    page = Page(site, path, "statistic")
    series = site.ix.statistic_series()
    parts, intro = [], "Every reported figure, grouped in series of comparable figures"
    if len(site.data.statistics) > LISTING_LIMIT:
        series, parts, intro = {}, [_by_year(site, path, "statistics", "figures")], "Reported figures by year"
    for name, items in sorted(series.items()):
        parts.append(f"## {text(name.replace('-', ' ').capitalize())}\n")
        parts.append(_ENV.from_string('{% import "_blocks.md.j2" as b with context %}{{ b.statistics(items) }}').render(p=page, items=items))
        producers = sorted({s.producer for s in items})
        if len(producers) > 1:
            parts.append("\n" + str(text("Figures in this series come from different producers: " + "; ".join(producers) + ".")) + "\n")
    body = "\n".join(parts)
    return {path: front_matter(title="Figures", description="Every figure the archived sources report, with its scope and producer.")
            + f"# Figures\n\n{intro}, with who produced each and its scope. "
            + "Figures are reported as the sources give them; this reference does not compute its own totals.\n\n"
            + body + "\n" + str(page.citations.footnotes())}


def _relations(site: "Site") -> dict[str, str]:
    from .site import _ENV, Page
    path = "relations/index.md"
    page = Page(site, path, "relation")
    body = _ENV.from_string('{% import "_blocks.md.j2" as b with context %}{{ b.relations(items) }}').render(
        p=page, items=sorted(site.data.relations, key=lambda r: (dates.sort_key(r.since), r.id)))
    return {path: front_matter(title="Relations between groups", description="Pledges, alliances, splits and partnerships between militant groups, with who says so.")
            + "# Relations between groups\n\nPledges, alliances, splits and partnerships. The *basis* says whether a relation is "
            + "reported by a source, claimed by a group, or attributed by officials.\n\n" + body + "\n" + str(page.citations.footnotes())}


def _glossary(site: "Site") -> dict[str, str]:
    from .site import Page
    path = "names.md"
    page = Page(site, path, "group")
    rows = []
    for kind, records in (("group", site.data.groups), ("region", site.data.regions), ("place", site.data.places)):
        for r in records:
            rows.append((r.name.lower(), [Markup("**") + text(r.name) + Markup("**"), "main name", link(path, page_path(kind, r.id), r.name), Markup("")]))
            for a in r.aliases:
                rows.append((a.name.lower(), [text(a.name), a.kind, link(path, page_path(kind, r.id), r.name), page.cite(a.cites)]))
    rows.sort(key=lambda row: row[0].lstrip("'\"the "))
    table = _table(["Name or spelling", "Type", "Refers to", "Source"], [r for _, r in rows])
    return {path: front_matter(title="Names, spellings and acronyms", description="Every name, spelling and acronym the sources use for groups and places: Daesh, Daish, ISIS, IS, TTP, LeJ and more.", search={"boost": 2})
            + "# Names, spellings and acronyms\n\nEvery name the archived sources use for a group, region or place, "
            + "with the page it refers to and the passage where it appears.\n\n" + table + "\n\n" + str(page.citations.footnotes())}


def _prose(site: "Site") -> dict[str, str]:
    """Hand-written pages, with their [@NNN "quote"] citations turned into footnotes."""
    from .markdown import narrative
    from .site import Page
    out = {}
    for name in PROSE_PAGES:
        story = site.narrative.get("pages", name)
        if not story:
            continue
        path = f"{name}.md"
        page = Page(site, path, "source")
        story = story.replace(AT_A_GLANCE, _at_a_glance(site))
        out[path] = narrative(story, page.citations).rstrip() + "\n\n" + str(page.citations.footnotes())
    return out


AT_A_GLANCE = "<!-- at-a-glance -->"


def _at_a_glance(site: "Site") -> str:
    """Counts from the data, so the home page never states a stale number."""
    d, ix = site.data, site.ix
    years = [y for y in ix.years if y != UNDATED]
    undated = len(ix.by_year[UNDATED]["events"]) if UNDATED in ix.by_year else 0
    rows = [
        ("[Sources](sources/index.md)", len(d.sources)),
        ("[Groups](groups/index.md)", len(d.groups)),
        ("[Regions](regions/index.md) and [places](places/index.md)", f"{len(d.regions)} and {len(d.places)}"),
        ("[Events](events/index.md)", f"{len(d.events)} ({undated} with no known year)"),
        ("[Statements](statements/index.md)", len(d.statements)),
        ("[Figures](statistics/index.md)", len(d.statistics)),
        ("[Relations between groups](relations/index.md)", len(d.relations)),
        ("Citations (quote and source)", sum(len(v) for v in ix.cites_by_source.values())),
        ("[Years](years/index.md) with dated records", f"{len(years)}, {years[0]}–{years[-1]}" if years else "0"),
    ]
    return "## At a glance\n\n| Record | Count |\n|---|---|\n" + "\n".join(f"| {a} | {b} |" for a, b in rows) + "\n"


def _summary(prose: set[str]) -> str:
    from .site import SECTIONS
    lines = ["- [Home](index.md)", "- [How the Islamic State came to Pakistan](explainer.md)"]
    lines += [f"- [{title}]({folder}/index.md)" for _, folder, title, _ in SECTIONS if folder not in ("sources",)]
    lines += ["- [Statements](statements/index.md)", "- [Figures](statistics/index.md)",
              "- [Relations](relations/index.md)", "- [Names and spellings](names.md)",
              "- [Sources](sources/index.md)", "- [Methodology](methodology.md)", "- [About and licence](about.md)",
              "- [Accessibility](accessibility.md)"]
    # A hand-written page appears in the navigation once it exists.
    lines = [l for l in lines if not l.endswith((".md)",)) or "/" in l or l.split("(")[1][:-1] in prose or l.endswith("(names.md)")]
    return "\n".join(lines) + "\n"


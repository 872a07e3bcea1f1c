"""Plans for the page of each record and each year."""

from __future__ import annotations

from collections.abc import Iterator

from .. import coverage, dates, kinds, routes, textfile
from ..index import UNDATED, Index
from ..narrative import Narrative
from . import parts
from .deps import Deps
from .page import Link, Page


def _page(
    ix: Index, deps: Deps, narrative: Narrative, *, kind: str, ident: str, title: str, description: str, record=None, **context
) -> Page:
    path = routes.page_path(kind, ident)
    folder = routes.YEARS if kind == "year" else kinds.kind(kind).folder
    story_file = narrative.path(folder, ident)
    keys = deps.of(record, context)
    return Page(
        path=path,
        kind=kind,
        template=f"{kind}.md.j2",
        title=title,
        description=description,
        record=record,
        context=context,
        narrative=textfile.read_text(story_file) if story_file else "",
        narrative_file=str(story_file or ""),
        deps=keys,
        inputs=deps.files(keys) | ({str(story_file)} if story_file else set()),
    )


def pages(ix: Index, deps: Deps, narrative: Narrative, sources_dir=None) -> Iterator[Page]:
    data = ix.data
    common = dict(ix=ix, deps=deps, narrative=narrative)
    for g in data.groups:
        names = ", ".join(a.name for a in g.aliases)
        yield _page(
            **common,
            kind="group",
            ident=g.id,
            title=g.name,
            record=g,
            description=f"{g.name} ({g.kind})"
            + (f", also known as {names}" if names else "")
            + ": what the archived sources record, with citations.",
            g=g,
            x=ix.by_group[g.id],
            years=ix.group_years(g.id),
            regions=sorted(ix.group_regions[g.id], key=lambda r: ix.regions[r].name),
            children=[c.id for c in data.groups if c.parent == g.id],
        )
    for r in data.regions:
        yield _page(
            **common,
            kind="region",
            ident=r.id,
            title=r.name,
            record=r,
            description=f"{r.name} ({r.kind}): groups, events, statements and figures the archived sources record there.",
            r=r,
            x=ix.by_region[r.id],
            reference=ix.region_reference(r.id),
            subregions=sorted(ix.region_children[r.id], key=lambda s: s.name),
            borders=sorted(ix.region_borders[r.id], key=lambda s: s.name),
            places=ix.places_in(r.id),
            groups=sorted(ix.region_groups[r.id], key=lambda g: ix.groups[g].name),
        )
    for pl in data.places:
        yield _page(
            **common,
            kind="place",
            ident=pl.id,
            title=pl.name,
            record=pl,
            description=f"{pl.name}, {ix.regions[pl.region].name}: events, statements and figures the archived sources record there.",
            pl=pl,
            x=ix.by_place[pl.id],
            province_unstated=ix.regions[pl.region].kind == "country",
            reference=ix.place_reference(pl.id),
            inner=[c.id for c in ix.place_children[pl.id]],
        )
    for person in data.people:
        roles = "; ".join(r.title for r in person.roles)
        yield _page(
            **common,
            kind="person",
            ident=person.id,
            title=person.name,
            record=person,
            description=f"{person.name} ({roles}): statements and events in the archived sources.",
            who=person,
            x=ix.by_person[person.id],
        )
    for e in data.events:
        yield _page(
            **common,
            kind="event",
            ident=e.id,
            title=e.title,
            record=e,
            description=f"{dates.describe(e.date)}: {e.title}. {e.kind.capitalize()}, with sources and quotes.",
            e=e,
            x=ix.by_event[e.id],
            year=dates.year_key(e.date),
            years=ix.years_of(e.date),
            year_uncertain=ix.year_uncertain(e.date),
            sources=sorted({u.cite.source for u in ix.uses_of(e)}),
        )
    numbered = [y for y in ix.years if y != UNDATED]
    for y in ix.years:
        title = "Undated records" if y == UNDATED else y
        i = numbered.index(y) if y in numbered else None
        cuts = {key: parts.cut(ix, y, key) for key in parts.KEYS}
        for key, cut in cuts.items():
            yield from _parts(deps, y, title, key, cut)
        yield _page(
            **common,
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
    cover = coverage.report(data, sources_dir) if sources_dir is not None else {}
    for s in data.sources:
        yield _page(
            **common,
            kind="source",
            ident=s.id,
            title=s.headline,
            record=s,
            description=f"Archived source {s.id.split('_')[0]}: {s.headline}. Metadata, provenance and every fact it supports.",
            s=s,
            supports=_supports(ix, s.id),
            coverage=_coverage(cover.get(s.id)),
        )


def _parts(deps: Deps, year: str, title: str, key: str, cut: list[tuple]) -> Iterator[Page]:
    """The part pages of a year whose events or statements are too many for one page (plan/parts.py)."""
    for n, part in enumerate(cut, 1):
        keys = deps.of(list(part))
        label = parts.label(key, n, part)
        yield Page(
            path=parts.path(year, key, n),
            kind="year",
            template="year_part.md.j2",
            title=f"{title}: {key}, part {n} of {len(cut)}",
            description=f"{title}: {label[0].lower()}{label[1:]}, in date order, on militancy in Pakistan.",
            context={"year": year, "heading": title, "label": label, "key": key, "items": list(part)},
            deps=keys,
            inputs=deps.files(keys),
        )


def _supports(ix: Index, source_id: str) -> list[dict]:
    """Each record citing the source, where it is shown, and the quote."""
    rows = []
    for use in ix.cites_by_source.get(source_id, ()):
        if use.kind == "set-aside":
            continue
        home = routes.home_of(use.kind, use.record)
        if use.anchor and kinds.kind(use.kind).pages:
            home += f"#{routes.anchor(use.anchor)}"
        rows.append(
            {
                "link": Link(to=home, label=ix.label(use.kind, use.record)),
                "kind": use.kind,
                "quote": use.cite.quote,
                "record": use.record,
            }
        )
    return rows


def _coverage(lines) -> dict | None:
    if lines is None:
        return None
    asides = [line for line in lines if line.set_aside and not line.cited_by]
    return {
        "total": len(lines),
        "cited": sum(bool(line.cited_by) for line in lines),
        "aside": len(asides),
        "rows": [{"text": line.sentence.text, "reason": line.set_aside} for line in asides],
    }

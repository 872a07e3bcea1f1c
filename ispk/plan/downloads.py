"""The open-data producer: the data files, the "Open data" page, and a Data section on pages of records and tables."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .. import kinds, opendata, routes
from ..config import SiteConfig
from ..index import Index
from ..releases import export
from ..releases.model import Releases
from . import parts
from .page import Context, DataLinks, Link, Page, Plan, TableFile


@dataclass(frozen=True, kw_only=True)
class ChangesData:
    """What the Open data page says of changes.csv and changes.json."""

    csv: str
    json: str
    rows: int
    releases: int
    """How many comparisons of releases they hold."""
    index: str


@dataclass(frozen=True, kw_only=True)
class DataPage(Context):
    meta: Mapping[str, object]
    """What the data package says about itself (opendata.about)."""
    license: Mapping[str, str]
    tables: tuple[opendata.Table, ...]
    per_kind: tuple[JsonFiles, ...]
    """Each kind's records' JSON files."""
    changes: ChangesData | None


@dataclass(frozen=True, kw_only=True)
class JsonFiles:
    """A kind's JSON files, one per record: listed on the Open data page when there are no more than
    parts.LINKS_ON_PAGE, else on part pages of parts.LINKS_PART_SIZE it links to (issue 24: no page
    over 1 MB; six kinds of 2,000 files each made the page 0.97 MB of HTML at 10,000 events)."""

    folder: str
    count: int
    files: tuple[tuple[str, str], ...]
    """(id, path) of each file, when listed on the Open data page; else none."""
    parts: tuple[Link, ...]


@dataclass(frozen=True, kw_only=True)
class JsonFilesPage(Context):
    """One part page of a kind's JSON files."""

    folder: str
    label: str
    files: tuple[tuple[str, str], ...]


def _table_file(name: str) -> TableFile:
    return TableFile(name=f"{name}.csv", path=routes.data_file(f"{name}.csv"))


def _changes(releases: Releases | None) -> tuple[list[tuple[bytes, dict[str, Any]]], ChangesData | None]:
    """changes.csv and changes.json with their resources, and what the Open data page says of them."""
    if releases is None:
        return [], None
    csv, js = export.csv_bytes(releases.history), export.json_bytes(releases.history)
    files = list(zip((csv, js), export.resources(csv, js), strict=True))
    return files, ChangesData(
        csv=routes.data_file("changes.csv"),
        json=routes.data_file("changes.json"),
        rows=len(export.rows(releases.history)),
        releases=len(releases.history),
        index=routes.CHANGES,
    )


def fill(plan: Plan, ix: Index, config: SiteConfig, releases: Releases | None = None, memo: opendata.Memo | None = None) -> Plan:
    """``memo``: what each record gave the open data last time (``opendata.Memo``; the preview's planner keeps one)."""
    meta = opendata.about(ix.data, config)
    more, about_changes = _changes(releases)
    tabs, out = opendata.files(ix, config.site_url, meta, more, memo)
    holds = opendata.holders(tabs)
    slots: dict[str, dict[str, DataLinks]] = {}
    for k in kinds.WITH_PAGES:
        for record in getattr(ix.data, k.attr):
            path = routes.page_path(k.name, record.id)
            json_path = opendata.json_path(k.name, record.id)
            if path in plan.pages and json_path is not None:  # every kind with pages has its JSON files
                slots[path] = {
                    "data": DataLinks(
                        kind=k.name,
                        json=routes.data_file(json_path),
                        tables=tuple(_table_file(n) for n in holds[k.name, record.id]),
                    )
                }
    for k in kinds.KINDS:
        index = routes.index_path(k.name) if k.folder else None
        if index is not None and index in plan.pages:
            slots[index] = {"data": DataLinks(kind=k.name, json=None, tables=(_table_file(k.attr),), rows=len(tabs[k.attr].rows))}
    per_kind, part_pages = _json_files(ix, out)
    page = Page(
        path=routes.DATA,
        kind="data",
        template="data.md.j2",
        title="Open data",
        description="Download every record of this reference as CSV tables and JSON, with a Frictionless Data Package, under CC BY 4.0.",
        context=DataPage(
            meta=meta, license=opendata.LICENSE, tables=tuple(tabs.values()), per_kind=per_kind, changes=about_changes
        ),
        deps=frozenset((k, i) for k, table in ix.by_kind.items() for i in table),
        inputs=frozenset(r.origin.file for _, r in kinds.records(ix.data)),
    )
    return plan.with_slots(slots).with_pages([page, *part_pages]).with_files({routes.data_file(p): c for p, c in out.items()})


def _json_files(ix: Index, out: Mapping[str, object]) -> tuple[tuple[JsonFiles, ...], list[Page]]:
    """Each kind's JSON files for the Open data page, and the part pages of the kinds with too many for it."""
    per_kind: list[JsonFiles] = []
    pages: list[Page] = []
    for kind in opendata.ENTITY_KINDS:
        folder = str(kinds.kind(kind).folder)
        files = tuple(
            (p.rsplit("/", 1)[1].removesuffix(".json"), routes.data_file(p))
            for p in sorted(p for p in out if p.startswith(f"records/{folder}/"))
        )
        cut = parts.chunks(files, parts.LINKS_PART_SIZE)
        links: list[Link] = []
        for n, part in enumerate(cut, 1) if len(files) > parts.LINKS_ON_PAGE else ():
            label = f"Part {n}: {part[0][0]} to {part[-1][0]}"
            links.append(Link(to=routes.data_file(f"{folder}-{n}.md"), label=label))
            pages.append(
                Page(
                    path=links[-1].to,
                    kind="data",
                    template="data_files.md.j2",
                    title=f"Open data: {folder} as JSON, part {n} of {len(cut)}",
                    description=f"One JSON file per record, with its citations: {folder} {part[0][0]} to {part[-1][0]}.",
                    context=JsonFilesPage(folder=folder, label=label, files=part),
                    deps=frozenset((kind, ident) for ident, _ in part if ident in ix.by_kind.get(kind, {})),
                )
            )
        per_kind.append(JsonFiles(folder=folder, count=len(files), files=() if links else files, parts=tuple(links)))
    return tuple(per_kind), pages

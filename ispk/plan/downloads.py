"""The open-data producer: the data files, the "Open data" page, and a Data section on pages of records and tables."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .. import kinds, opendata, routes
from ..config import SiteConfig
from ..index import Index
from ..releases import export
from ..releases.model import Releases
from .page import Context, DataLinks, Page, Plan, TableFile


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
    per_kind: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]
    """Each kind's folder, and the (id, path) of each of its records' JSON files."""
    changes: ChangesData | None


def _table_file(name: str) -> TableFile:
    return TableFile(name=f"{name}.csv", path=routes.data_file(f"{name}.csv"))


def _changes(releases: Releases | None) -> tuple[list[tuple[bytes, dict]], ChangesData | None]:
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


def fill(plan: Plan, ix: Index, config: SiteConfig, releases: Releases | None = None) -> Plan:
    meta = opendata.about(ix.data, config)
    more, about_changes = _changes(releases)
    tabs, out = opendata.files(ix, config.site_url, meta, more)
    holds = opendata.holders(tabs)
    slots: dict[str, dict] = {}
    for k in kinds.WITH_PAGES:
        for record in getattr(ix.data, k.attr):
            path = routes.page_path(k.name, record.id)
            if path in plan.pages:
                slots[path] = {
                    "data": DataLinks(
                        kind=k.name,
                        json=routes.data_file(opendata.json_path(k.name, record.id)),
                        tables=tuple(_table_file(n) for n in holds[k.name, record.id]),
                    )
                }
    for k in kinds.KINDS:
        path = routes.index_path(k.name) if k.folder else None
        if path in plan.pages:
            slots[path] = {"data": DataLinks(kind=k.name, json=None, tables=(_table_file(k.attr),), rows=len(tabs[k.attr].rows))}
    per_kind = tuple(
        (
            str(kinds.kind(kind).folder),
            tuple(
                (p.rsplit("/", 1)[1].removesuffix(".json"), routes.data_file(p))
                for p in sorted(p for p in out if p.startswith(f"records/{kinds.kind(kind).folder}/"))
            ),
        )
        for kind in opendata.ENTITY_KINDS
    )
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
    return plan.with_slots(slots).with_pages([page]).with_files({routes.data_file(p): c for p, c in out.items()})

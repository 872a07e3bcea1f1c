"""Open data: the dataset as JSON and as CSV tables described by a Frictionless Data Package.

Every file is built from the model's type hints and the generic walker, so the
CSV columns, their Table Schemas and the JSON always describe the same fields:
a field added to the model reaches the downloads without a change here. Only
which fields hold ids of other records comes from the model's ``ref()`` declarations.
Output is deterministic (sorted ids, sorted keys, no timestamps).
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import operator
import types
import typing
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal, NotRequired, TypedDict

import orjson

from . import archive, dates, kinds, model, routes
from .config import SiteConfig
from .index import Index
from .model import Account, Basis, Cite, Dataset, Fact, Note, ReferenceDataset, ReferenceFact, When, references
from .walk import records

LICENSE = {
    "name": "CC-BY-4.0",
    "title": "Creative Commons Attribution 4.0 International",
    "path": "https://creativecommons.org/licenses/by/4.0/",
}
ENTITY_KINDS = tuple(k.name for k in kinds.WITH_PAGES)  # kinds with a page (and a JSON file) of their own
ATTRS = {k.name: k.attr for k in kinds.CITED}
ORDER = {kind: i for i, kind in enumerate(ATTRS)}


def _target(cls: type, name: str) -> str | None:
    """The table a reference field points into, as the model declares it (None: not a reference)."""
    return references(cls).get(name)


# Nested records found on several kinds of record: one table each, owned by (kind, id).
SHARED = {Fact: "facts", Note: "notes", Account: "accounts"}
# A date's parts: JSON key -> (CSV column suffix, Table Schema type, constraints, description).
DATE_PARTS = {
    "date": (
        "",
        "string",
        {},
        "EDTF date: YYYY, YYYY-MM or YYYY-MM-DD (XXXX when the year is unknown); one of "
        "several dates as a set, [2022-12,2023-12]; or a range, 2014-10/2014-11.",
    ),
    "form": (
        "_form",
        "string",
        {"enum": list(typing.get_args(dates.Form))},
        "One date, one of several (an EDTF set), or a point between two dates (an EDTF interval).",
    ),
    "precision": (
        "_precision",
        "string",
        {"enum": list(typing.get_args(dates.Precision))},
        "How precisely the date (or each date of a set or range) is known.",
    ),
    "earliest": (
        "_earliest",
        "date",
        {},
        "The first day the date allows (empty when the year is unknown, or when the qualifier is 'by'). Sort on this column.",
    ),
    "latest": ("_latest", "date", {}, "The last day the date allows (empty when the year is unknown)."),
    "basis": ("_basis", "string", {"enum": list(typing.get_args(Basis))}, "Whether a source states the date or it is inferred."),
    "reason": ("_basis_reason", "string", {}, "Why an inferred or uncertain date is so."),
    "qualifier": ("_qualifier", "string", {}, 'What the source says when vaguer than the date ("mid-", "by").'),
    "text": (
        "_text",
        "string",
        {},
        "The date in words as the pages show it, with its qualifier and its mark: '20 November 2014 (inferred)'.",
    ),
}
TYPES = {str: "string", int: "integer", float: "number", bool: "boolean"}


# --------------------------------------------------------------------------- #
# The model's shape, from its type hints
# --------------------------------------------------------------------------- #


Form = Literal["value", "ref", "date", "refs", "children", "cites"]


@dataclass(frozen=True)
class Shape:
    """How one model field is published."""

    name: str
    form: Form
    type: Any
    """The field's type without None; for a tuple, its item type; for a Literal, the Literal (a runtime
    annotation, which has no static type: Any, as typing.get_type_hints gives it)."""
    required: bool
    target: str | None = None
    """For a reference: the Dataset attribute (table) its ids are in."""

    @property
    def table(self) -> str:
        """The table a reference (form "ref" or "refs") points into."""
        if self.target is None:
            raise TypeError(f"{self.name} is not a reference")
        return self.target


@cache
def shapes(cls: type) -> tuple[Shape, ...]:
    hints = typing.get_type_hints(cls)
    out = []
    for f in dataclasses.fields(cls):
        if f.name == "origin":
            continue
        hint = hints[f.name]
        union = typing.get_origin(hint) in (typing.Union, types.UnionType)
        args = typing.get_args(hint) if union else (hint,)
        options = [a for a in args if a is not type(None)]
        has_default = f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
        out.append(
            Shape(f.name, *_form(cls, f.name, options), len(options) == len(args) and not has_default, _target(cls, f.name))
        )
    return tuple(out)


def _form(cls: type, name: str, options: list[Any]) -> tuple[Form, Any]:
    if all(typing.get_origin(o) is Literal for o in options):
        return "value", Literal[tuple(v for o in options for v in typing.get_args(o))]
    [hint] = options
    if typing.get_origin(hint) is tuple:
        item = typing.get_args(hint)[0]
        if item is Cite:
            return "cites", item
        if item is str and _target(cls, name):
            return "refs", item
        if dataclasses.is_dataclass(item):
            return "children", item
    elif hint is Cite:
        return "cites", hint
    elif hint is When:
        return "date", hint
    elif hint is str and _target(cls, name):
        return "ref", hint
    elif hint in TYPES:
        return "value", hint
    # Fail loudly rather than leave a new kind of field out of the downloads.
    raise TypeError(f"{cls.__name__}.{name}: no open-data form for {hint!r}")


def record_class(attr: str) -> type:
    cls: type = typing.get_args(typing.get_type_hints(Dataset)[attr])[0]
    return cls


def record_id(kind: str, record: Any) -> str:
    """The record's id; a set-aside sentence has none, so its source and text make one."""
    if hasattr(record, "id"):
        return str(record.id)
    digest = hashlib.sha256(archive.normalise(record.text).encode()).hexdigest()[:12]
    return f"{record.source.split('_', 1)[0]}-{digest}"


# --------------------------------------------------------------------------- #
# Tables: schemas from the model, rows from the data
# --------------------------------------------------------------------------- #


class Column(TypedDict):
    """A Table Schema field."""

    name: str
    type: str
    description: NotRequired[str]
    constraints: NotRequired[dict[str, object]]


class ForeignKey(TypedDict):
    fields: list[str]
    reference: dict[str, str | list[str]]


Row = dict[str, Any]
"""One CSV row (and its JSON object): column -> cell value (str, number, bool or None)."""


def _col(name: str, type_: str = "string", required: bool = False, description: str = "", **constraints: object) -> Column:
    out = Column(name=name, type=type_)
    if description:
        out["description"] = description
    if required:
        constraints["required"] = True
    if constraints:
        out["constraints"] = constraints
    return out


def _fk(fields: list[str], resource: str, reference: list[str]) -> ForeignKey:
    return {"fields": fields, "reference": {"resource": resource, "fields": reference}}


@dataclass
class Table:
    name: str
    row: str
    """What one row is."""
    fields: list[Column]
    primary_key: list[str]
    foreign_keys: list[ForeignKey]
    rows: list[Row] = field(default_factory=list)
    owners: list[tuple[str, str]] = field(default_factory=list)
    """The (kind, id) of the record each row comes from, for the links on its page."""

    def add(self, owner: tuple[str, str], row: Row) -> None:
        self.rows.append(row)
        self.owners.append(owner)


def _doc(cls: type) -> str:
    # Dataclasses without a docstring get a generated signature; that says nothing to a reader.
    doc = (cls.__doc__ or "").strip()
    if doc.startswith(cls.__name__ + "("):
        return ""
    return doc.replace("``", "")  # reStructuredText literals read as plain words


def _lower(doc: str) -> str:
    return doc[:1].lower() + doc[1:]


def _a(noun: str) -> str:
    return ("an " if noun[0] in "aeiou" else "a ") + noun


def _columns(cls: type, table: str) -> tuple[list[Column], list[ForeignKey]]:
    """Table Schema fields and foreign keys for the single-valued fields of a class."""
    fields: list[Column] = []
    fks: list[ForeignKey] = []
    for s in shapes(cls):
        if s.form == "value":
            literal = typing.get_origin(s.type) is Literal
            enum: dict[str, object] = {"enum": list(typing.get_args(s.type))} if literal else {}
            fields.append(_col(s.name, "string" if literal else TYPES[s.type], s.required, "", **enum))
        elif s.form == "ref":
            target = s.table
            fields.append(_col(f"{s.name}_id", "string", s.required, f"The {s.name}: an id in {target}."))
            fks.append(_fk([f"{s.name}_id"], target, ["id"]))
        elif s.form == "date":
            fields += [
                _col(s.name + suffix, type_, False, description, **constraints)
                for suffix, type_, constraints, description in DATE_PARTS.values()
            ]
    return fields, fks


def _values(obj: object) -> Row:
    """The CSV cells for the single-valued fields of a record (the same columns as ``_columns``)."""
    row: Row = {}
    cls: type = type(obj)  # as `type`: mypy takes type[object] for unhashable (its __hash__ is unbound)
    for s in shapes(cls):
        value = getattr(obj, s.name)
        if s.form == "value":
            row[s.name] = value
        elif s.form == "ref":
            row[f"{s.name}_id"] = value
        elif s.form == "date":
            parts = when_json(value) if value else {}
            row.update({s.name + suffix: parts.get(key) for key, (suffix, _, _, _) in DATE_PARTS.items()})
    return row


ID = _col("id", "string", True, "Stable id: the last part of the record's page address, never reused.")
POSITION = _col("position", "integer", True, "0-based order in the record's list, as in citations.field_path.")
OWNER = [
    _col("owner_kind", "string", True, "The kind of record this row belongs to.", enum=list(ATTRS)),
    _col("owner_id", "string", True, "The id of that record (see records)."),
]
TO_RECORDS = ["record_kind", "record_id"]


def _child_table(kind: str, s: Shape) -> str:
    return SHARED.get(s.type) or f"{kind.replace('-', '_')}_{s.name}"


def _ref_column(s: Shape, owner: str) -> str:
    """The column of a list of ids: "place_id" for an event's places; "between_region_id" for a border's
    regions, since "region_id" there is the owning region's column."""
    target = kinds.BY_ATTR[s.table].name
    return f"{target}_id" if target != owner else f"{s.name}_{owner}_id"


def _owner_columns(kind: str, ident: str, s: Shape) -> dict[str, str]:
    return {"owner_kind": kind, "owner_id": ident} if s.type in SHARED else {f"{kind}_id": ident}


def schema() -> dict[str, Table]:
    """Every table with its schema, from the model alone: an empty table is still described."""
    tables: dict[str, Table] = {}
    shared: dict[str, Table] = {}  # listed after the tables of each kind
    for k in kinds.CITED:
        attr, kind = k.attr, k.name
        cls = record_class(attr)
        fields, fks = _columns(cls, attr)
        doc = _doc(cls)
        tables[attr] = Table(
            attr,
            f"One {kind}" + (f": {_lower(doc)}" if doc else "."),
            [ID] + [f for f in fields if f["name"] != "id"],
            ["id"],
            fks,
        )
        owner = _col(f"{kind}_id", "string", True, f"The {kind}: an id in {attr}.")
        for s in shapes(cls):
            name = _child_table(kind, s)
            if s.form == "refs":
                target, ref = s.table, _ref_column(s, kind)
                tables[name] = Table(
                    name,
                    f"One {kinds.BY_ATTR[target].name} in {_a(kind)}'s {s.name}, in order.",
                    [owner, POSITION, _col(ref, "string", True, f"An id in {target}.")],
                    [owner["name"], "position"],
                    [_fk([owner["name"]], attr, ["id"]), _fk([ref], target, ["id"])],
                )
            elif s.form == "children" and s.type in SHARED and name not in shared:
                fields, fks = _columns(s.type, name)
                key = ["id"] if any(f["name"] == "id" for f in fields) else ["owner_kind", "owner_id", "position"]
                summary = _doc(s.type) or f"One {s.type.__name__.lower()}."
                shared[name] = Table(
                    name,
                    f"{summary} It belongs to the record named by owner_kind and owner_id.",
                    [*OWNER, POSITION, *fields],
                    key,
                    [_fk(["owner_kind", "owner_id"], "records", TO_RECORDS), *fks],
                )
            elif s.form == "children" and s.type not in SHARED:
                fields, fks = _columns(s.type, name)
                doc = _doc(s.type)
                summary = f" ({_lower(doc).rstrip('.')})" if doc else ""
                tables[name] = Table(
                    name,
                    f"One item of {_a(kind)}'s {s.name}, in order{summary}.",
                    [owner, POSITION, *fields],
                    [owner["name"], "position"],
                    [_fk([owner["name"]], attr, ["id"]), *fks],
                )
    tables.update(shared)
    # Reference data from outside the archive: tables of their own, never mixed with cited records.
    fields, fks = _columns(ReferenceDataset, "reference_datasets")
    tables["reference_datasets"] = Table(
        "reference_datasets",
        "One dataset from outside the archive (reference data, not a source): " + _lower(_doc(ReferenceDataset)),
        [ID] + [f for f in fields if f["name"] != "id"],
        ["id"],
        fks,
    )
    fields, fks = _columns(ReferenceFact, "reference_facts")
    tables["reference_facts"] = Table(
        "reference_facts",
        "One reference fact: "
        + _lower(_doc(ReferenceFact).split("\n")[0])
        + " subject_kind says whether subject is an id in places or in regions.",
        [ID] + [f for f in fields if f["name"] != "id"],
        ["id"],
        fks,
    )
    fields, fks = _columns(Cite, "citations")
    tables["citations"] = Table(
        "citations",
        "One citation: a verbatim quote from an archived source, supporting one field of one record.",
        [
            _col("record_kind", "string", True, enum=list(ATTRS)),
            _col("record_id", "string", True),
            _col("field_path", "string", True, "Where in the record the citation sits, e.g. facts[0].cites[1]."),
            _col("anchor_id", "string", False, "The fact or note the citation supports (its #fact- anchor), if any."),
            *fields,
        ],
        ["record_kind", "record_id", "field_path"],
        [_fk(TO_RECORDS, "records", TO_RECORDS), *fks],
    )
    tables["records"] = Table(
        "records",
        "One record of any kind, with its label, its page and its JSON file.",
        [
            _col("record_kind", "string", True, enum=list(ATTRS)),
            _col("record_id", "string", True),
            _col("label", "string"),
            _col("page_url", "string", description="The page that shows the record."),
            _col("json_path", "string", description="Its own JSON file, relative to datapackage.json."),
        ],
        TO_RECORDS,
        [],
    )
    return tables


def sorted_records(dataset: Dataset) -> list[tuple[str, Any]]:
    return sorted(records(dataset), key=lambda kr: (ORDER[kr[0]], record_id(*kr)))


def json_path(kind: str, ident: str) -> str | None:
    return f"records/{kinds.kind(kind).folder}/{ident}.json" if kind in ENTITY_KINDS else None


def page_url(base_url: str, docs_path: str) -> str | None:
    """A docs path ("events/x.md#a") as the address MkDocs gives it ("events/x/#a")."""
    if not docs_path:
        return None
    path, _, anchor = docs_path.partition("#")
    return routes.absolute(base_url, path) + (f"#{anchor}" if anchor else "")


@dataclass
class _Own:
    """What one record alone gives the open data: its rows in its kind's table and its child tables,
    its citations' rows, its JSON value and its JSON file (made when first asked for)."""

    rows: tuple[tuple[str, Row], ...]
    cites: tuple[Row, ...]
    plain: Any = None
    file: bytes | None = None
    listed: Row | None = None
    """Its row in records.csv as last made (the same object while equal, so that its CSV line is kept)."""


class Memo:
    """Each record's ``_Own``, kept from one plan to the next by the preview's incremental planner:
    an equal record (``origin`` aside, which open data leaves out) gives the same rows and files, so
    only the records a save changed are converted again. The tables and the files listing every
    record are still written whole."""

    def __init__(self) -> None:
        self._last: dict[tuple[str, Any, str], _Own] = {}
        self._now: dict[tuple[str, Any, str], _Own] = {}
        self._lines: dict[int, tuple[Row, str]] = {}
        self._lines_now: dict[int, tuple[Row, str]] = {}
        """Each row's CSV line, by the row's identity (the row kept with it): a kept record's rows are the same objects."""
        self._tables: dict[str, tuple[list[Row], bytes]] = {}
        self._tables_now: dict[str, tuple[list[Row], bytes]] = {}
        """Each table's rows and CSV."""
        self._seen: dict[int, tuple[Any, tuple[str, str], _Own]] = {}
        self._seen_now: dict[int, tuple[Any, tuple[str, str], _Own]] = {}
        """Each record asked for, by its identity (the record kept with it)."""

    def line(self, row: Row) -> str | None:
        found = self._lines_now.get(id(row)) or self._lines.get(id(row))
        if found is None or found[0] is not row:
            return None
        self._lines_now[id(row)] = found
        return found[1]

    def keep_line(self, row: Row, line: str) -> None:
        self._lines_now[id(row)] = (row, line)

    def table(self, table: Table) -> bytes | None:
        """A table's CSV from the last plan, if it holds the very same rows."""
        found = self._tables.get(table.name)
        if found is None or len(found[0]) != len(table.rows) or not all(map(operator.is_, found[0], table.rows)):
            return None
        self._tables_now[table.name] = found
        for row in table.rows:  # its lines stay known for the next plan
            self._lines_now[id(row)] = self._lines[id(row)]
        return found[1]

    def keep_table(self, table: Table, content: bytes) -> bytes:
        self._tables_now[table.name] = (list(table.rows), content)
        return content

    def own(self, ix: Index, base_url: str, kind: str, record: Any, rid: str) -> _Own:
        # The very record asked for before (each plan asks twice; a save keeps most records) is found
        # by its identity, without hashing every field of it; an equal one by its hash.
        seen = self._seen_now.get(id(record)) or self._seen.get(id(record))
        if seen is not None and seen[0] is record and seen[1] == (kind, base_url):
            self._seen_now[id(record)] = seen
            return seen[2]
        key = (kind, record, base_url)
        try:
            found = self._now.get(key) or self._last.get(key)
        except TypeError:  # a record validation would refuse (a list where a tuple belongs)
            return _own(ix, kind, record, rid)
        if found is None:
            found = _own(ix, kind, record, rid)
        self._now[key] = found
        self._seen_now[id(record)] = (record, (kind, base_url), found)
        return found

    def turn(self) -> None:
        """The end of one plan: what it did not ask for is forgotten."""
        self._last, self._now = self._now, {}
        self._seen, self._seen_now = self._seen_now, {}
        self._lines, self._lines_now = self._lines_now, {}
        self._tables, self._tables_now = self._tables_now, {}


def _own(ix: Index, kind: str, record: Any, rid: str) -> _Own:
    rows: list[tuple[str, Row]] = [(ATTRS[kind], {"id": rid, **_values(record)})]
    cls: type = type(record)
    for s in shapes(cls):
        if s.form not in ("refs", "children"):
            continue
        for i, item in enumerate(getattr(record, s.name)):
            row = {_ref_column(s, kind): item} if s.form == "refs" else _values(item)
            rows.append((_child_table(kind, s), {**_owner_columns(kind, rid, s), "position": i, **row}))
    cites = tuple(
        {"record_kind": kind, "record_id": rid, "field_path": use.path, "anchor_id": use.anchor, **_values(use.cite)}
        for use in ix.uses_of(record)
    )
    return _Own(rows=tuple(rows), cites=cites)


def tables(ix: Index, base_url: str, memo: Memo | None = None) -> dict[str, Table]:
    """Every table, filled with rows in a stable order: kinds in walker order, then ids."""
    out, ordered = schema(), sorted_records(ix.data)
    memo = memo or Memo()
    owns = []
    for kind, record in ordered:
        rid = record_id(kind, record)
        own = memo.own(ix, base_url, kind, record, rid)
        owns.append((kind, rid, own))
        for table, row in own.rows[:1]:
            out[table].add((kind, rid), row)
        target, label = routes.home_of(kind, record), ix.label(kind, record)
        listed = {
            "record_kind": kind,
            "record_id": rid,
            "label": label,
            "page_url": page_url(base_url, target),
            "json_path": json_path(kind, rid),
        }
        if own.listed != listed:  # its label names other records (a speaker, groups): the row is made each time, kept if equal
            own.listed = listed
        out["records"].add((kind, rid), own.listed)
        for table, row in own.rows[1:]:
            out[table].add((kind, rid), row)
    for attr, name, kind in (
        ("reference_datasets", "reference_datasets", "reference dataset"),
        ("reference", "reference_facts", "reference fact"),
    ):
        for record in sorted(getattr(ix.data, attr), key=lambda r: r.id):
            out[name].add((kind, record.id), {"id": record.id, **_values(record)})
    for kind, rid, own in owns:  # each record's citations, in the records' order
        for row in own.cites:
            out["citations"].add((kind, rid), row)
    return out


# --------------------------------------------------------------------------- #
# Files
# --------------------------------------------------------------------------- #


def when_json(when: When) -> dict[str, str | None]:
    value = dates.parse(when.date)
    earliest, latest = dates.bounds(when)
    return {
        "date": when.date,
        "form": value.form,
        "precision": value.precision,
        "earliest": earliest,
        "latest": latest,
        "basis": when.basis,
        "reason": when.reason,
        "qualifier": when.qualifier,
        # The words go with their mark here too, so that a reader of the tables alone sees it.
        "text": dates.describe(when),
    }


# Each model class's fields but its origin, computed once: to_json runs over every nested value.
_FIELD_NAMES = types.MappingProxyType(
    {
        cls: tuple(f.name for f in dataclasses.fields(cls) if f.name != "origin")
        for cls in vars(model).values()
        if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == model.__name__
    }
)


def to_json(value: Any) -> Any:
    """A record as plain JSON values: every field but its origin, dates with their precision."""
    if isinstance(value, When):
        return when_json(value)
    if isinstance(value, tuple):
        return [to_json(v) for v in value]
    names = _FIELD_NAMES.get(type(value))
    if names is None and dataclasses.is_dataclass(value):
        names = tuple(f.name for f in dataclasses.fields(value) if f.name != "origin")
    if names is not None:
        return {name: to_json(getattr(value, name)) for name in names}
    return value


def _dump(value: Any) -> bytes:
    """Indented, sorted JSON: the same bytes as json.dumps(indent=2, sort_keys=True, ensure_ascii=False),
    from orjson, whose C encoder also indents (the standard library's falls back to Python when indenting:
    a large share of a 1,000-event build went there)."""
    return orjson.dumps(value, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"


def _cell(value: Any) -> str:
    return "" if value is None else repr(value) if isinstance(value, float) else str(value)


def _csv(table: Table, memo: Memo | None = None) -> bytes:
    """The table as CSV; ``memo``: each row's line from the last plan, written again only for new rows."""
    out = io.StringIO()
    names = [f["name"] for f in table.fields]
    writer = csv.writer(out)
    writer.writerow(names)
    if memo is None:
        writer.writerows([_cell(row.get(name)) for name in names] for row in table.rows)
        return out.getvalue().encode("utf-8")
    if (same := memo.table(table)) is not None:
        return same
    lines = [out.getvalue()]
    one = io.StringIO()
    each = csv.writer(one)
    for row in table.rows:
        line = memo.line(row)
        if line is None:
            one.seek(0)
            one.truncate()
            each.writerow([_cell(row.get(name)) for name in names])
            line = one.getvalue()
            memo.keep_line(row, line)
        lines.append(line)
    return memo.keep_table(table, "".join(lines).encode("utf-8"))


def about(data: Dataset, config: SiteConfig) -> dict[str, Any]:
    """What the data package says about itself, from the site configuration."""
    return {
        "name": "islamic-state-pakistan-reference",
        "title": config.site_name,
        "description": config.site_description
        + " One CSV table per kind of record and per list within a record, linked by stable ids.",
        "version": config.version,
        "homepage": config.site_url,
        "licenses": [LICENSE],
        "sources": [{"title": s.headline, **({"path": s.url} if s.url else {})} for s in data.sources],
    }


def _resource(t: Table, content: bytes) -> dict[str, Any]:
    return {
        "name": t.name,
        "path": f"{t.name}.csv",
        "description": t.row,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "bytes": len(content),
        "hash": "sha256:" + hashlib.sha256(content).hexdigest(),
        "schema": {"fields": t.fields, "primaryKey": t.primary_key, "foreignKeys": t.foreign_keys},
    }


DATASET = {
    "name": "dataset",
    "path": "dataset.json",
    "format": "json",
    "mediatype": "application/json",
    "encoding": "utf-8",
    "description": "Every record of every kind, nested, with its citations.",
}


def files(
    ix: Index,
    base_url: str,
    meta: dict[str, Any],
    more: Sequence[tuple[bytes, dict[str, Any]]] = (),
    memo: Memo | None = None,
) -> tuple[dict[str, Table], dict[str, bytes]]:
    """The tables and every file under data/ (paths relative to data/).

    ``more``: files made elsewhere (the changes between releases), each with its
    datapackage.json resource, whose ``path`` names the file. ``memo``: what each record
    gave last time (the preview's incremental plan keeps one).
    """
    kept, memo = memo, memo or Memo()
    tabs = tables(ix, base_url, memo)
    out = {f"{t.name}.csv": _csv(t, kept) for t in tabs.values()}
    everything: dict[str, list[Any]] = {k.attr: [] for k in kinds.CITED}
    for kind, record in sorted_records(ix.data):
        rid = record_id(kind, record)
        own = memo.own(ix, base_url, kind, record, rid)
        if own.plain is None:
            own.plain = to_json(record)
        everything[ATTRS[kind]].append({"id": rid, **own.plain})
        if path := json_path(kind, rid):
            if own.file is None:
                own.file = _dump(
                    {
                        "kind": kind,
                        "id": rid,
                        "page_url": page_url(base_url, routes.home_of(kind, record)),
                        "licenses": [LICENSE],
                        "record": own.plain,
                        "citations": [{k: v for k, v in row.items() if k not in TO_RECORDS} for row in own.cites],
                    }
                )
            out[path] = own.file
    reference = {
        attr: [{"id": r.id, **to_json(r)} for r in sorted(getattr(ix.data, attr), key=lambda r: r.id)]
        for attr in ("reference_datasets", "reference")
    }
    out["dataset.json"] = _dump(
        {k: meta[k] for k in ("title", "version", "homepage", "licenses")} | {"records": everything, "reference_data": reference}
    )
    resources = [_resource(t, out[f"{t.name}.csv"]) for t in tabs.values()] + [DATASET]
    for content, resource in more:
        out[resource["path"]] = content
        resources.append(resource)
    out["datapackage.json"] = _dump(meta | {"resources": resources})
    memo.turn()
    return tabs, out


def holders(tabs: dict[str, Table]) -> dict[tuple[str, str], list[str]]:
    """The tables holding rows of each record, in table order (records.csv lists everything)."""
    holds: dict[tuple[str, str], list[str]] = defaultdict(list)
    for t in tabs.values():
        for owner in dict.fromkeys(t.owners) if t.name != "records" else ():
            holds[owner].append(t.name)
    return holds

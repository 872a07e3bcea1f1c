"""Open data of the releases: ``changes.csv`` and ``changes.json``, and their Table Schema."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Sequence
from typing import Any

from ..kinds import CITED
from .model import CHANGE_KINDS, ReleaseChanges

COLUMNS: tuple[tuple[str, str, str, dict[str, object]], ...] = (
    ("release", "string", "The release that made the change (MAJOR.MINOR.PATCH).", {"required": True}),
    ("position", "integer", "The change's place in that release's list, from 0.", {"required": True, "minimum": 0}),
    ("previous_release", "string", "The release it is compared with: the one before.", {"required": True}),
    ("release_date", "date", "The date of the release that made the change.", {"required": True}),
    (
        "change",
        "string",
        "added, removed (no successor), renamed, merged (its address redirects to target_id), or changed (one field).",
        {"required": True, "enum": list(CHANGE_KINDS)},
    ),
    ("record_kind", "string", "The kind of record.", {"required": True, "enum": [k.name for k in CITED]}),
    ("record_id", "string", "The record's id in that release (the old id for a removal, rename or merge).", {"required": True}),
    ("label", "string", "The record's name or title.", {}),
    ("field", "string", "For a changed field: its path in the record, as citations.field_path.", {}),
    ("old_value", "string", "The value before, as text (lists and nested items as JSON); empty if none.", {}),
    ("new_value", "string", "The value after, as text; empty if none.", {}),
    ("note", "string", "What kind of change: figure revised, more precise (year → day), reclassified, added, removed…", {}),
    ("target_kind", "string", "For a rename or merge: the kind of record it went to.", {}),
    ("target_id", "string", "For a rename or merge: the id of the record it went to.", {}),
    (
        "redirect_from",
        "string",
        "For a rename or merge: the old address, relative to a release's root, which now redirects to the target's page.",
        {},
    ),
)


def rows(releases: Sequence[ReleaseChanges]) -> list[dict[str, Any]]:
    """One row per change, releases oldest first, in each release's order."""
    out = []
    for rc in releases:
        for i, c in enumerate(rc.changes):
            out.append(
                {
                    "release": rc.version,
                    "position": i,
                    "previous_release": rc.previous,
                    "release_date": rc.date,
                    "change": c.change,
                    "record_kind": c.kind,
                    "record_id": c.id,
                    "label": c.label,
                    "field": c.field or None,
                    "old_value": c.old,
                    "new_value": c.new,
                    "note": c.note or None,
                    "target_kind": c.target_kind,
                    "target_id": c.target_id,
                    "redirect_from": c.redirect,
                }
            )
    return out


def table_schema() -> dict[str, Any]:
    fields = []
    for name, type_, description, constraints in COLUMNS:
        col: dict[str, Any] = {"name": name, "type": type_, "description": description}
        if constraints:
            col["constraints"] = dict(constraints)
        fields.append(col)
    return {"fields": fields, "primaryKey": ["release", "position"]}


def csv_bytes(releases: Sequence[ReleaseChanges]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, [c[0] for c in COLUMNS])
    writer.writeheader()
    for row in rows(releases):
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return out.getvalue().encode("utf-8")


def json_bytes(releases: Sequence[ReleaseChanges]) -> bytes:
    doc = {
        "releases": [
            {
                "version": rc.version,
                "previous": rc.previous,
                "date": rc.date,
                "changes": [
                    {k: v for k, v in row.items() if k not in ("release", "previous_release", "release_date")}
                    for row in rows([rc])
                ],
            }
            for rc in releases
        ]
    }
    return (json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def resources(csv_content: bytes, json_content: bytes) -> list[dict[str, Any]]:
    """The two datapackage.json resources, in the form opendata's other resources take."""

    def digest(content: bytes) -> str:
        return "sha256:" + hashlib.sha256(content).hexdigest()

    return [
        {
            "name": "changes",
            "path": "changes.csv",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "bytes": len(csv_content),
            "hash": digest(csv_content),
            "description": "One change per row between consecutive releases, computed from the data at their git tags: "
            "records added, removed (and where they went) and changed field by field.",
            "schema": table_schema(),
        },
        {
            "name": "changes-json",
            "path": "changes.json",
            "format": "json",
            "mediatype": "application/json",
            "encoding": "utf-8",
            "bytes": len(json_content),
            "hash": digest(json_content),
            "description": "The same changes as changes.csv, grouped by release.",
        },
    ]

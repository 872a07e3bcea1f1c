"""Generic traversal of records: one place that knows how records nest."""
from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from . import kinds
from .model import Cite, Dataset, Fact, Note

# Dataset field -> singular kind name of the cited records, in registry order
# (reference data from outside the archive has tables of its own).
KINDS: dict[str, str] = {k.attr: k.name for k in kinds.CITED}


def records(dataset: Dataset) -> Iterator[tuple[str, Any]]:
    """Every cited record with its kind's name."""
    for k in kinds.CITED:
        for record in getattr(dataset, k.attr):
            yield k.name, record


def label(kind: str, record: Any) -> str:
    """How an error names a record: ``event 'quetta-2016-08-08'``."""
    ident = getattr(record, "id", None)
    if ident is None:
        ident = (getattr(record, "text", "") or "")[:40]
    return f"{kind} {ident!r}"


@dataclass(frozen=True)
class CiteUse:
    kind: str
    record: Any
    path: str
    """Field path inside the record, e.g. ``counts[0].cite``."""
    anchor: str | None
    """The fact or note id the citation supports, if nested in one."""
    cite: Cite


def _walk(value: Any, path: str, anchor: str | None) -> Iterator[tuple[str, str | None, Cite]]:
    if isinstance(value, Cite):
        yield path, anchor, value
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            yield from _walk(item, f"{path}[{i}]", anchor)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        if isinstance(value, (Fact, Note)):
            anchor = value.id
        for f in dataclasses.fields(value):
            if f.name != "origin":
                yield from _walk(getattr(value, f.name), f"{path}.{f.name}" if path else f.name, anchor)


def cite_uses(dataset: Dataset) -> Iterator[CiteUse]:
    """Every citation in the dataset, with the record and field it supports."""
    for kind, record in records(dataset):
        for path, anchor, cite in _walk(record, "", None):
            yield CiteUse(kind, record, path, anchor, cite)


def nested(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """Every dataclass inside a record (the record first), with its field path."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        yield path, value
        for f in dataclasses.fields(value):
            if f.name != "origin":
                yield from nested(getattr(value, f.name), f"{path}.{f.name}" if path else f.name)
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            yield from nested(item, f"{path}[{i}]")

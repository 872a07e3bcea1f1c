"""Generic traversal of records: one place that knows how records nest."""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from . import kinds, model
from .model import Cite, Dataset, Fact, Note


def records(dataset: Dataset) -> Iterator[tuple[str, Any]]:
    """Every cited record with its kind's name, in registry order (reference data from outside the
    archive, which cites nothing, has tables of its own)."""
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


def _holds_records(hint: Any) -> bool:
    """Whether a field's type can hold a dataclass (a nested record) rather than only plain values."""
    if dataclasses.is_dataclass(hint):
        return True
    return any(_holds_records(arg) for arg in typing.get_args(hint) if arg is not Ellipsis)


def _inner_fields(cls: type) -> tuple[str, ...]:
    hints = typing.get_type_hints(cls)
    return tuple(f.name for f in dataclasses.fields(cls) if f.name != "origin" and _holds_records(hints[f.name]))


# For each record class of the model, the fields that can hold nested records: the walk
# skips plain text and numbers (most fields), which made it the bulk of a large build.
# Computed once, from the model's type hints; read-only.
_INNER: typing.Mapping[type, tuple[str, ...]] = types.MappingProxyType(
    {
        cls: _inner_fields(cls)
        for cls in vars(model).values()
        if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == model.__name__
    }
)


def _fields_to_walk(value: Any) -> tuple[str, ...]:
    found = _INNER.get(type(value))
    if found is None:  # a dataclass from elsewhere (tests): every field
        return tuple(f.name for f in dataclasses.fields(value) if f.name != "origin")
    return found


def _walk(value: Any, path: str, anchor: str | None) -> Iterator[tuple[str, str | None, Cite]]:
    if isinstance(value, Cite):
        yield path, anchor, value
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            yield from _walk(item, f"{path}[{i}]", anchor)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        if isinstance(value, (Fact, Note)):
            anchor = value.id
        for name in _fields_to_walk(value):
            yield from _walk(getattr(value, name), f"{path}.{name}" if path else name, anchor)


def cite_uses(dataset: Dataset) -> Iterator[CiteUse]:
    """Every citation in the dataset, with the record and field it supports."""
    for kind, record in records(dataset):
        for path, anchor, cite in _walk(record, "", None):
            yield CiteUse(kind, record, path, anchor, cite)


def nested(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """Every dataclass inside a record (the record first), with its field path."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        yield path, value
        for name in _fields_to_walk(value):
            yield from nested(getattr(value, name), f"{path}.{name}" if path else name)
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            yield from nested(item, f"{path}[{i}]")

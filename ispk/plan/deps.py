"""What each page depends on: the records it shows or names, and the files they come from.

The preview re-renders only pages whose dependencies changed, and "Last changed"
on a page is the newest commit among its input files. A page depends on every
record in its context and on every record those reference (a link shows the
referenced record's name), found through the references the model declares, and
on the sources its narrative cites. A context holds records, not ids, so that
nothing it shows escapes this walk; the page's names (plan/shown.py) come from
the same keys, and the render step fails on a name it lacks.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from .. import kinds
from ..index import Index
from ..model import references
from .page import RecordKey

_KIND_OF = {k.cls: k for k in kinds.KINDS}
_PLAIN = (str, int, float, type(None))


class Deps:
    """Dependency keys per record, computed once per record for one plan."""

    def __init__(self, ix: Index):
        self.ix = ix
        self._keys: dict[int, frozenset[RecordKey]] = {}
        self._fields: dict[type, tuple[str, ...]] = {}
        self._files: dict[RecordKey, str | None] = {}

    def of_record(self, record: Any) -> frozenset[RecordKey]:
        found = self._keys.get(id(record))
        if found is None:
            keys: set[RecordKey] = set()
            k = _KIND_OF.get(type(record))
            if k is not None and hasattr(record, "id"):
                keys.add((k.name, record.id))
            _referenced(record, keys)
            found = self._keys[id(record)] = frozenset(keys)
        return found

    def of(self, *values: Any) -> frozenset[RecordKey]:
        """Keys of records found in these values: records, and lists, dicts and dataclasses
        (a page's context, a row of it) holding them."""
        keys: set[RecordKey] = set()
        for value in values:
            self._collect(value, keys)
        return frozenset(keys)

    def _collect(self, value: Any, keys: set[RecordKey]) -> None:
        if type(value) in _KIND_OF:
            keys |= self.of_record(value)
        elif (names := self._fields.get(type(value))) is not None:  # a dataclass met before: the common case
            for name in names:
                self._collect(getattr(value, name), keys)
        elif isinstance(value, _PLAIN):
            return
        elif isinstance(value, Mapping):
            for item in value.values():
                self._collect(item, keys)
        elif isinstance(value, (list, tuple, set, frozenset)):
            for item in value:
                self._collect(item, keys)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            names = self._fields.get(type(value))
            if names is None:
                names = self._fields[type(value)] = tuple(f.name for f in dataclasses.fields(value))
            for name in names:
                self._collect(getattr(value, name), keys)

    def files(self, keys: Iterable[RecordKey]) -> frozenset[str]:
        """The data files the records with these keys are written in."""
        out = set()
        for key in keys:
            file = self._files.get(key, "")
            if file == "":  # not looked up yet this plan
                record = self.ix.record(*key)
                file = self._files[key] = record.origin.file if record is not None else None
            if file is not None:
                out.add(file)
        return frozenset(out)


@cache
def _fields_of(cls: type) -> tuple[tuple[str, str | None], ...]:
    """A record class's fields but its origin, each with the kind its ids name (None for a field holding no ids)."""
    refs = references(cls)
    return tuple(
        (f.name, kinds.BY_ATTR[refs[f.name]].name if f.name in refs else None)
        for f in dataclasses.fields(cls)
        if f.name != "origin"
    )


def _referenced(obj: Any, keys: set[RecordKey]) -> None:
    if isinstance(obj, tuple):
        for item in obj:
            _referenced(item, keys)
        return
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        return
    for name, kind in _fields_of(type(obj)):
        value = getattr(obj, name)
        if kind is not None:
            for ident in value if isinstance(value, tuple) else (value,):
                if ident is not None:
                    keys.add((kind, ident))
        elif isinstance(value, tuple) or dataclasses.is_dataclass(value):
            _referenced(value, keys)

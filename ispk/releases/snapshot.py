"""The data module as plain JSON, at any release.

Its source is run with ``python -c`` in a folder holding a copy of the project
at some git revision: Python puts the working folder first on the import path,
so it imports *that* tree's ``ispk.data`` and prints its records as JSON. It uses the standard library
only and reads every record through ``dataclasses``, so it works on the data
module of any release, whatever its model looked like then. ``ispk.releases.cache``
runs it in a subprocess, one per release, and ``ispk.releases.diff`` compares the results.

Each dataclass becomes ``{"_type": class name, field: value, ...}`` without its
``origin`` (where it was written says nothing about what it says); tuples
become lists. Records are listed under the Dataset's field names.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Callable
from typing import Any


def plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {"_type": type(value).__name__}
        for f in dataclasses.fields(value):
            if f.name != "origin":
                out[f.name] = plain(getattr(value, f.name))
        return out
    if isinstance(value, (tuple, list)):
        return [plain(v) for v in value]
    return value


def export(dataset: Any) -> dict[str, list[Any]]:
    """{Dataset field: [record as JSON, ...]} for an in-memory Dataset."""
    return {f.name: [plain(r) for r in getattr(dataset, f.name)] for f in dataclasses.fields(dataset)}


def main() -> None:
    # The working folder's (the release's) data, not this checkout's, read as that release reads it:
    # by ispk.data's own load() in releases before the loader read the data package, else by the loader.
    # (Never a module the release lacks: the editable install would import this checkout's in its place.)
    from ispk import data

    load: Callable[[], Any] | None = getattr(data, "load", None)
    if load is None:
        from ispk import loader

        load = loader.load

    json.dump(export(load()), sys.stdout, ensure_ascii=False, sort_keys=True)


if __name__ == "__main__":
    main()

"""The data module: every record of the reference, assembled into one Dataset.

Shared entities (sources, groups, regions and places, people, relations, and
events that more than one source reports) have a file each; everything else is
catalogued one source per file (``s000.py`` ... ``s004.py``), so that each file
can be checked against the document it comes from.
"""
from __future__ import annotations

import importlib
import sys

from .. import kinds
from ..model import Dataset

MODULES = ("sources", "groups", "regions", "people", "relations", "shared_events",
           "s000", "s001", "s002", "s003", "s004", "reference")
FIELDS = kinds.dataset_fields()


def load(modules: tuple[str, ...] = MODULES) -> Dataset:
    """Collect the record tuples each module defines under the Dataset field names."""
    parts: dict[str, list] = {name: [] for name in FIELDS}
    for name in modules:
        module = importlib.import_module(f"{__name__}.{name}")
        for field in FIELDS:
            parts[field].extend(getattr(module, field.upper(), ()))
    return Dataset(**{name: tuple(values) for name, values in parts.items()})


def reload(modules: tuple[str, ...] = MODULES) -> Dataset:
    """Read every data module again (the preview, after a save), in the order they import each other."""
    for name in modules:
        full = f"{__name__}.{name}"
        if full in sys.modules:
            importlib.reload(sys.modules[full])
    return load(modules)

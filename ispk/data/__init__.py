"""The data module: every record of the reference, assembled into one Dataset.

Shared entities (sources, groups, regions and places, people, relations, and
events that more than one source reports) have a file each; everything else is
catalogued one source per file (``s000.py`` ... ``s004.py``), so that each file
can be checked against the document it comes from.
"""
from __future__ import annotations

import importlib

from ..model import Dataset

MODULES = ("sources", "groups", "regions", "people", "relations", "shared_events",
           "s000", "s001", "s002", "s003", "s004", "reference")
FIELDS = ("sources", "groups", "regions", "places", "people", "events",
          "statements", "statistics", "relations", "set_aside", "reference_datasets", "reference")


def load(modules: tuple[str, ...] = MODULES) -> Dataset:
    """Collect the record tuples each module defines under the Dataset field names."""
    parts: dict[str, list] = {name: [] for name in FIELDS}
    for name in modules:
        module = importlib.import_module(f"{__name__}.{name}")
        for field in FIELDS:
            parts[field].extend(getattr(module, field.upper(), ()))
    return Dataset(**{name: tuple(values) for name, values in parts.items()})

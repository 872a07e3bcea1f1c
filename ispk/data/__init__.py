"""The data module: every record of the reference, assembled into one Dataset.

Shared entities (sources, groups, regions and places, people, relations, and
events that more than one source reports) have a file each; everything else is
catalogued one source per file (``s000.py``, ``s001.py`` ...), so that each file
can be checked against the document it comes from. Every module in this
package is read (``ispk.loader``): a new ``sNNN.py`` needs no registration.
"""
from __future__ import annotations

from ..loader import RecordList, load_package, record_lists
from ..model import Dataset

FIELDS = ("sources", "groups", "regions", "places", "people", "events",
          "statements", "statistics", "relations", "set_aside")
# The module-level tuple names a data file may define (EVENTS, SET_ASIDE ...), one per
# Dataset attribute. The one place that says which names are record lists.
RECORD_LISTS: tuple[RecordList, ...] = record_lists(FIELDS)


def load() -> Dataset:
    """Every record of every data file; raises InvalidData naming file:line when a file cannot be read."""
    return load_package(__name__, RECORD_LISTS)

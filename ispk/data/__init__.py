"""The data module: every record of the reference, assembled into one Dataset.

Shared entities (sources, groups, regions and places, people, relations, and
events that more than one source reports) have a file each; everything else is
catalogued one source per file (``s000.py``, ``s001.py`` ...), so that each file
can be checked against the document it comes from. Every module in this
package is read (``ispk.loader``): a new ``sNNN.py`` needs no registration, and the
record lists a file may define (EVENTS, SET_ASIDE ...) are those the registry names
(``ispk.kinds``).
"""
from __future__ import annotations

from .. import kinds
from ..loader import load_package
from ..model import Dataset

FIELDS = kinds.dataset_fields()


def load() -> Dataset:
    """Every record of every data file; raises InvalidData naming file:line when a file cannot be read."""
    return load_package(__name__)


def reload() -> Dataset:
    """Every data file read again (the preview, after a save); the same errors as load()."""
    return load_package(__name__, fresh=True)

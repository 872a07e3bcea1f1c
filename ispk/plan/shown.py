"""How a page shows the records it names, worked out here so that the render step looks nothing up:
each record's link text, each event's deaths across its accounts, the sources a narrative cites."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from .. import kinds
from ..index import Index
from ..labels import count_text, short_source
from ..model import Event
from ..narrative import CITE, resolve_source
from .page import RecordKey, Shown


class Namer:
    """Each record's name and each event's toll, worked out once per plan and given to every page that shows them."""

    def __init__(self, ix: Index):
        self.ix = ix
        self._names: dict[RecordKey, str | None] = {}
        self._killed: dict[str, str] = {}

    def shown(self, keys: Iterable[RecordKey]) -> Shown:
        """The names of the records with these keys (a page's dependencies), and the deaths of its events."""
        names: dict[RecordKey, str] = {}
        killed: dict[str, str] = {}
        for key in keys:
            name = self._names[key] if key in self._names else self._name(key)
            if name is None:
                continue
            names[key] = name
            if key[0] == "event":
                killed[key[1]] = self._killed[key[1]]
        return Shown(names=names, killed=killed)

    def _name(self, key: RecordKey) -> str | None:
        kind, ident = key
        record = self.ix.record(kind, ident)
        name = None
        if record is not None:
            name = short_source(record) if kind == "source" else kinds.label_of(kinds.kind(kind), record)
            if kind == "event":
                self._killed[ident] = casualties(record, "killed")
        self._names[key] = name
        return name


def casualties(e: Event, measure: str) -> str:
    """One measure of an event's toll in words: its one count, or the range across the accounts when they differ."""
    counts = [c for c in e.counts if c.measure == measure]
    if not counts:
        return "—"
    if len(counts) == 1:
        return count_text(counts[0])
    lows = [c.low for c in counts if c.low is not None]
    highs = [h for c in counts if (c.high or c.low) is not None and (h := c.high if c.high is not None else c.low) is not None]
    low, high = min(lows or highs), max(highs or lows)
    return f"{low}–{high} (sources differ)" if low != high else count_text(counts[0])


def sources_differ(e: Event) -> bool:
    """Whether the accounts of an event give different death tolls."""
    return len({count_text(c) for c in e.counts if c.measure == "killed"}) > 1


def cited_in(markdown: str, sources: Collection[str]) -> frozenset[RecordKey]:
    """The sources a narrative cites ([@003 "quote"]): the page names them in its footnotes."""
    found = (resolve_source(m["source"], sources) for m in CITE.finditer(markdown))
    return frozenset(("source", ident) for ident in found if ident is not None)

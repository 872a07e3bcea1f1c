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


def shown(ix: Index, keys: Iterable[RecordKey]) -> Shown:
    """The names of the records with these keys (a page's dependencies), and the deaths of its events."""
    names: dict[RecordKey, str] = {}
    killed: dict[str, str] = {}
    for kind, ident in keys:
        record = ix.record(kind, ident)
        if record is None:
            continue
        names[kind, ident] = short_source(record) if kind == "source" else kinds.label_of(kinds.kind(kind), record)
        if kind == "event":
            killed[ident] = casualties(record, "killed")
    return Shown(names=names, killed=killed)


def casualties(e: Event, measure: str) -> str:
    """One measure of an event's toll in words: its one count, or the range across the accounts when they differ."""
    counts = [c for c in e.counts if c.measure == measure]
    if not counts:
        return "—"
    if len(counts) == 1:
        return count_text(counts[0])
    lows = [c.low for c in counts if c.low is not None]
    highs = [c.high if c.high is not None else c.low for c in counts if (c.high or c.low) is not None]
    low, high = min(lows or highs), max(highs or lows)
    return f"{low}–{high} (sources differ)" if low != high else count_text(counts[0])


def sources_differ(e: Event) -> bool:
    """Whether the accounts of an event give different death tolls."""
    return len({count_text(c) for c in e.counts if c.measure == "killed"}) > 1


def cited_in(markdown: str, sources: Collection[str]) -> frozenset[RecordKey]:
    """The sources a narrative cites ([@003 "quote"]): the page names them in its footnotes."""
    found = (resolve_source(m["source"], sources) for m in CITE.finditer(markdown))
    return frozenset(("source", ident) for ident in found if ident is not None)

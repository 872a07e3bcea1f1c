"""Source coverage: which records cite each content sentence of each source.

Every sentence of every source must be cited by at least one record or set
aside with a reason (page furniture, a repeated caption). The test suite
fails on a sentence that is neither, so nothing a source says is silently
dropped.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from . import archive
from .model import Dataset
from .walk import CiteUse, cite_uses

# A quote covers a sentence when it overlaps it by at least this many
# characters (or the whole sentence, if shorter).
MIN_OVERLAP = 8


@dataclass(frozen=True, kw_only=True)
class Citing:
    """A record whose quote covers a sentence."""

    kind: str
    """The record's kind, as validation names it: ``event``, ``statement``, ``source`` ..."""
    id: str
    anchor: str | None = None
    """The fact or note inside the record that the quote supports (its ``#fact-<id>``), if any."""


@dataclass
class Line:
    sentence: archive.Sentence
    cited_by: list[str] = field(default_factory=list)
    set_aside: str = ""
    citing: list[Citing] = field(default_factory=list)

    @property
    def covered(self) -> bool:
        return bool(self.cited_by or self.set_aside)


def _spans(text: str, needle: str) -> list[tuple[int, int]]:
    spans, start = [], text.find(needle)
    while needle and start != -1:
        spans.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return spans


def report(
    data: Dataset,
    directory: Path | None = None,
    only: Collection[str] | None = None,
    uses: Mapping[str, Sequence[CiteUse]] | None = None,
) -> dict[str, list[Line]]:
    """Per source id, each sentence with the records citing it or its set-aside reason; ``only``: of these sources alone.

    ``uses``: the dataset's citations by source, in the dataset's order (``Index.cites_by_source``),
    when the caller has them; else the dataset is walked for them.
    """
    if uses is None:
        by_source: dict[str, list[CiteUse]] = defaultdict(list)
        for use in cite_uses(data):
            by_source[use.cite.source].append(use)
        uses = by_source
    quotes: dict[str, list[tuple[str, Citing]]] = defaultdict(list)
    for source_id, source_uses in uses.items():
        if only is not None and source_id not in only:
            continue
        for use in source_uses:
            citing = Citing(kind=use.kind, id=getattr(use.record, "id", "?"), anchor=use.anchor)
            quotes[source_id].append((archive.normalise(use.cite.quote), citing))
    asides: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for s in data.set_aside:
        asides[s.source].append((archive.normalise(s.text), s.reason))

    result: dict[str, list[Line]] = {}
    for source in data.sources:
        if only is not None and source.id not in only:
            continue
        text = archive.text_of(source.id, directory)
        if text is None:
            continue
        quote_spans = [(span, owner) for quote, owner in quotes[source.id] for span in _spans(text, quote)]
        aside_spans = [(span, reason) for quote, reason in asides[source.id] for span in _spans(text, quote)]
        lines, bounds, cursor = [], [], 0
        for sentence in archive.sentences(source.id, directory):
            start = text.find(sentence.text, cursor)
            cursor = start + len(sentence.text)
            bounds.append((start, cursor, min(MIN_OVERLAP, len(sentence.text))))
            lines.append(Line(sentence))
        starts = [b[0] for b in bounds]
        for (a, b), citing in quote_spans:
            for line in _overlapping(a, b, starts, bounds, lines):
                if citing not in line.citing:
                    line.citing.append(citing)
                    owner = f"{citing.kind} {citing.id}"
                    if owner not in line.cited_by:
                        line.cited_by.append(owner)
        for (a, b), reason in aside_spans:
            for line in _overlapping(a, b, starts, bounds, lines):
                line.set_aside = reason
        result[source.id] = lines
    return result


def _overlapping(a: int, b: int, starts: list[int], bounds: list[tuple[int, int, int]], lines: list[Line]) -> Iterator[Line]:
    """The lines the span a..b overlaps by enough, found by bisection (spans are short)."""
    i = max(bisect.bisect_right(starts, a) - 1, 0)
    while i < len(bounds) and bounds[i][0] < b:
        start, end, need = bounds[i]
        if min(b, end) - max(a, start) >= need:
            yield lines[i]
        i += 1


def _of(source_id: str, only: str | None) -> bool:
    """Whether a source is the one asked for, by its id or its number ("003")."""
    return only is None or source_id.startswith(only)


def uncovered(data: Dataset, directory: Path | None = None, only: str | None = None) -> list[Line]:
    """The sentences neither cited nor set aside (of one source, with ``only``)."""
    return [line for sid, lines in report(data, directory).items() if _of(sid, only) for line in lines if not line.covered]


def format_report(data: Dataset, directory: Path | None = None, only: str | None = None) -> str:
    """Per source (or one, with ``only``), each sentence and what cites it or sets it aside."""
    out = []
    for source_id, lines in report(data, directory).items():
        if not _of(source_id, only):
            continue
        covered = sum(line.covered for line in lines)
        out.append(f"## {source_id}: {covered}/{len(lines)} sentences cited or set aside")
        for line in lines:
            s = line.sentence
            if line.cited_by:
                mark = "cited by " + ", ".join(line.cited_by)
            elif line.set_aside:
                mark = f"set aside: {line.set_aside}"
            else:
                mark = "NOT COVERED"
            out.append(f"{s.number:3d} (line {s.line}) {s.text[:90]}\n      -> {mark}")
    return "\n".join(out)


# --------------------------------------------------------------------------- #
# The maintainers' checklist: one row per sentence, for the preview's coverage page
# --------------------------------------------------------------------------- #

Status = Literal["cited", "set aside", "to do"]


@dataclass(frozen=True, kw_only=True)
class Row:
    """One sentence of a source, what became of it, and where the next one to do is."""

    number: int
    line: int
    """The line of the archive file it is on."""
    text: str
    status: Status
    """Cited wins over set aside: a sentence both cited and set aside is cited."""
    citing: tuple[Citing, ...]
    reason: str
    """Why it is set aside ("" unless it is)."""
    anchor: str
    """This row's anchor on the page: ``sentence-<number>``."""
    next_todo: str | None
    """The anchor of the next sentence still to do after this one (from the top again past the
    last); None when no other sentence is left to do."""


@dataclass(frozen=True, kw_only=True)
class Checklist:
    """A source's sentences as rows, with counts and the first sentence still to do."""

    source: str
    rows: tuple[Row, ...]
    first_todo: str | None
    cited: int
    set_aside: int
    to_do: int


def anchor(number: int) -> str:
    return f"sentence-{number}"


def checklist(lines: list[Line], source_id: str) -> Checklist:
    """The rows of one source from its coverage lines (``report(...)[source_id]``)."""
    statuses: list[Status] = ["cited" if ln.citing else "set aside" if ln.set_aside else "to do" for ln in lines]
    todo = [ln.sentence.number for ln, status in zip(lines, statuses, strict=True) if status == "to do"]
    rows = []
    for ln, status in zip(lines, statuses, strict=True):
        number = ln.sentence.number
        later = [n for n in todo if n > number] + [n for n in todo if n < number]
        rows.append(
            Row(
                number=number,
                line=ln.sentence.line,
                text=ln.sentence.text,
                status=status,
                citing=tuple(ln.citing),
                reason=ln.set_aside if status == "set aside" else "",
                anchor=anchor(number),
                next_todo=anchor(later[0]) if later else None,
            )
        )
    return Checklist(
        source=source_id,
        rows=tuple(rows),
        first_todo=anchor(todo[0]) if todo else None,
        cited=statuses.count("cited"),
        set_aside=statuses.count("set aside"),
        to_do=len(todo),
    )


def checklists(data: Dataset, directory: Path | None = None, only: Collection[str] | None = None) -> dict[str, Checklist]:
    """Per source id (in the catalogue's order), its checklist; sources without a file are left out;
    ``only``: of these sources alone."""
    return {source_id: checklist(lines, source_id) for source_id, lines in report(data, directory, only).items()}

"""Source coverage: which records cite each content sentence of each source.

Every sentence of every source must be cited by at least one record or set
aside with a reason (page furniture, a repeated caption). The test suite
fails on a sentence that is neither, so nothing a source says is silently
dropped.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from . import archive
from .model import Dataset
from .walk import cite_uses

# A quote covers a sentence when it overlaps it by at least this many
# characters (or the whole sentence, if shorter).
MIN_OVERLAP = 8


@dataclass
class Line:
    sentence: archive.Sentence
    cited_by: list[str] = field(default_factory=list)
    set_aside: str = ""

    @property
    def covered(self) -> bool:
        return bool(self.cited_by or self.set_aside)


def _spans(text: str, needle: str) -> list[tuple[int, int]]:
    spans, start = [], text.find(needle)
    while needle and start != -1:
        spans.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return spans


def report(data: Dataset, directory: Path | None = None) -> dict[str, list[Line]]:
    """Per source id, each sentence with the records citing it or its set-aside reason."""
    quotes: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for use in cite_uses(data):
        owner = f"{use.kind} {getattr(use.record, 'id', '?')}"
        quotes[use.cite.source].append((archive.normalise(use.cite.quote), owner))
    asides: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for s in data.set_aside:
        asides[s.source].append((archive.normalise(s.text), s.reason))

    result: dict[str, list[Line]] = {}
    for source in data.sources:
        text = archive.text_of(source.id, directory)
        if text is None:
            continue
        lines, cursor = [], 0
        quote_spans = [(span, owner) for quote, owner in quotes[source.id] for span in _spans(text, quote)]
        aside_spans = [(span, reason) for quote, reason in asides[source.id] for span in _spans(text, quote)]
        for sentence in archive.sentences(source.id, directory):
            start = text.find(sentence.text, cursor)
            end = start + len(sentence.text)
            cursor = end
            need = min(MIN_OVERLAP, len(sentence.text))
            line = Line(sentence)
            for (a, b), owner in quote_spans:
                if min(b, end) - max(a, start) >= need and owner not in line.cited_by:
                    line.cited_by.append(owner)
            for (a, b), reason in aside_spans:
                if min(b, end) - max(a, start) >= need:
                    line.set_aside = reason
            lines.append(line)
        result[source.id] = lines
    return result


def uncovered(data: Dataset, directory: Path | None = None) -> list[Line]:
    return [line for lines in report(data, directory).values() for line in lines if not line.covered]


def format_report(data: Dataset, directory: Path | None = None) -> str:
    out = []
    for source_id, lines in report(data, directory).items():
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

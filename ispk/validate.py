"""Validation: collect every error in the dataset, then fail once.

Each error names the file and line where the record is written, the record,
the field, and what was expected, so that a researcher who is not a
programmer can fix it without reading this code.
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from collections import Counter
from pathlib import Path
from typing import Any, Literal

from . import archive, dates, kinds, textfile
from . import narrative as narratives
from .model import (
    Cite,
    Dataset,
    Event,
    Fact,
    Group,
    Note,
    Origin,
    Person,
    Place,
    ReferenceDataset,
    ReferenceFact,
    Region,
    Relation,
    Source,
    Statement,
    Statistic,
    When,
    references,
)
from .problems import InvalidData, Problem, ordered
from .problems import where as _where
from .walk import cite_uses, label, nested, records

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SOURCE_ID = re.compile(r"^[a-z0-9]+(?:[_-][a-z0-9]+)*$")
MAX_QUOTE = 400
# Markup in a data field is a mistake or an attack; rendering escapes it anyway.
UNSAFE = re.compile(r"<\s*/?\s*[a-zA-Z!]|javascript\s*:|\]\(", re.IGNORECASE)
# Control characters (other than white space) are invisible mistakes, and Markdown uses some internally.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
NARRATIVE_KINDS = narratives.FOLDERS


class _Collector:
    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.notices: list[str] = []
        self.sources_dir: Path | None = None

    def add(self, kind: str, record: Any, field: str, message: str, origin: Origin | None = None) -> None:
        origin = origin or getattr(record, "origin", None)
        self.problems.append(Problem(_where(origin), label(kind, record), field, message))


# --------------------------------------------------------------------------- #
# Types and enumerations, checked generically from the annotations
# --------------------------------------------------------------------------- #


def _type_error(value: Any, hint: Any) -> str | None:
    """None if value fits the annotation, else what was expected."""
    origin = typing.get_origin(hint)
    if hint is Any:
        return None
    if origin is Literal:
        options = typing.get_args(hint)
        if value in options:
            return None
        return f"{value!r} is not allowed: expected one of {', '.join(map(repr, options))}"
    if origin in (typing.Union, types.UnionType):
        errors = [_type_error(value, option) for option in typing.get_args(hint)]
        if any(e is None for e in errors):
            return None
        literal_errors = [e for e, o in zip(errors, typing.get_args(hint), strict=True) if typing.get_origin(o) is Literal]
        return literal_errors[0] if literal_errors else f"{value!r} has the wrong type: expected {_name(hint)}"
    if origin is tuple:
        if not isinstance(value, tuple):
            return f"expected a tuple of {_name(typing.get_args(hint)[0])} (write `(item,)` for one item), got {type(value).__name__}"
        inner = typing.get_args(hint)[0]
        for i, item in enumerate(value):
            error = _type_error(item, inner)
            if error:
                return f"item {i}: {error}"
        return None
    if hint is type(None):
        return None if value is None else "expected nothing (None)"
    if hint is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        return None if ok else f"expected a number, got {value!r}"
    if isinstance(hint, type):
        if isinstance(value, hint) and not (hint is int and isinstance(value, bool)):
            return None
        return f"expected {_name(hint)}, got {type(value).__name__} {value!r}"
    return None


def _name(hint: Any) -> str:
    if hint is type(None):
        return "None"
    if typing.get_origin(hint) is tuple:
        return f"tuple of {_name(typing.get_args(hint)[0])}"
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return " or ".join(_name(h) for h in typing.get_args(hint))
    return getattr(hint, "__name__", str(hint))


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _check_types(c: _Collector, kind: str, record: Any) -> bool:
    ok = True
    for path, obj in nested(record):
        for f in dataclasses.fields(obj):
            if f.name == "origin":
                continue
            error = _type_error(getattr(obj, f.name), _hints(type(obj))[f.name])
            if error:
                ok = False
                name = f"{path}.{f.name}" if path else f.name
                c.add(kind, record, name, error, getattr(obj, "origin", None))
    return ok


# --------------------------------------------------------------------------- #
# The checks
# --------------------------------------------------------------------------- #

REQUIRED_TEXT = {
    Source: ("headline", "sha256", "kind", "summary"),
    Group: ("name",),
    Region: ("name",),
    Place: ("name",),
    Person: ("name",),
    Event: ("title", "summary"),
    Statement: ("text",),
    Statistic: ("label", "unit", "producer"),
    Relation: ("by",),
    Fact: ("id", "text"),
    Note: ("id", "text"),
    Cite: ("source", "quote"),
    ReferenceDataset: ("name", "version", "licence", "licence_url", "url", "package", "attribution"),
    ReferenceFact: ("dataset", "feature_id", "feature_name", "division"),
}
MUST_CITE = (Event, Statement, Statistic, Relation, Fact)


def _check_text(c: _Collector, kind: str, record: Any) -> None:
    for path, obj in nested(record):
        prefix = f"{path}." if path else ""
        for name in REQUIRED_TEXT.get(type(obj), ()):
            if not str(getattr(obj, name)).strip():
                c.add(kind, record, prefix + name, "is empty: a value is required", getattr(obj, "origin", None))
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            if isinstance(value, str) and (control := CONTROL.search(value)):
                c.add(
                    kind,
                    record,
                    prefix + f.name,
                    f"contains the control character {control.group(0)!r}: remove it",
                    getattr(obj, "origin", None),
                )
            if isinstance(value, str) and (markup := UNSAFE.search(value)):
                c.add(
                    kind,
                    record,
                    prefix + f.name,
                    f"contains markup ({markup.group(0)!r}): write plain text, no HTML or links",
                    getattr(obj, "origin", None),
                )
        if isinstance(obj, MUST_CITE) and not obj.cites:
            c.add(
                kind,
                record,
                prefix + "cites",
                "has no citation: every fact needs at least one Cite(source=..., quote=...)",
                getattr(obj, "origin", None),
            )
        if isinstance(obj, When):
            try:
                uncertain = dates.parse(obj.date).uncertain
            except dates.DateError as error:
                c.add(kind, record, prefix + "date", str(error), obj.origin)
                uncertain = False
            if obj.basis == "inferred" and not obj.reason.strip():
                c.add(kind, record, prefix + "reason", "an inferred date needs a reason", obj.origin)
            elif uncertain and not obj.reason.strip():
                c.add(
                    kind,
                    record,
                    prefix + "reason",
                    "an uncertain date needs a reason: say why the texts allow more than one date",
                    obj.origin,
                )


def _check_ids(c: _Collector, data: Dataset) -> None:
    for attr, kind in ((k.attr, k.name) for k in kinds.CITED):
        if attr == "set_aside":
            continue
        pattern = SOURCE_ID if attr == "sources" else SLUG
        seen = Counter(r.id for r in getattr(data, attr))
        for record in getattr(data, attr):
            if not pattern.match(record.id):
                c.add(kind, record, "id", "is not a valid id: expected lower-case letters, digits and single hyphens")
            if seen[record.id] > 1:
                c.add(kind, record, "id", f"is used by {seen[record.id]} {attr}: ids must be unique")
    # Facts, notes and the cited records share one anchor namespace (#fact-<id>).
    anchors: Counter[str] = Counter()
    owners: list[tuple[str, Any, str, Any]] = []
    for kind, record in records(data):
        for path, obj in nested(record):
            if isinstance(obj, (Fact, Note)):
                anchors[obj.id] += 1
                owners.append((kind, record, f"{path}.id", obj))
                if not SLUG.match(obj.id):
                    c.add(
                        kind,
                        record,
                        f"{path}.id",
                        "is not a valid id: expected lower-case letters, digits and single hyphens",
                        obj.origin,
                    )
        if kind in ("statement", "statistic", "relation"):
            anchors[record.id] += 1
            owners.append((kind, record, "id", record))
    for kind, record, path, obj in owners:
        if anchors[obj.id] > 1:
            c.add(
                kind,
                record,
                path,
                f"anchor id {obj.id!r} is used {anchors[obj.id]} times: fact, note, statement, statistic and relation ids must be unique together",
                obj.origin,
            )


def _check_references(c: _Collector, data: Dataset, universe: Dataset) -> None:
    """Every reference field (declared with ``ref()`` on the model) names a record that exists."""
    # Ids come from every record, so a reference to a mistyped record is not also "unknown".
    ids = {k.attr: {getattr(r, "id", None) for r in getattr(universe, k.attr)} for k in kinds.KINDS}
    for kind, record in records(data):
        for path, obj in nested(record):
            prefix = f"{path}." if path else ""
            for name, target in references(type(obj)).items():
                value = getattr(obj, name)
                values = enumerate(value) if isinstance(value, tuple) else [(None, value)]
                for i, item in values:
                    if item is not None and item not in ids[target]:
                        where = prefix + name + (f"[{i}]" if i is not None else "")
                        c.add(
                            kind,
                            record,
                            where,
                            f"refers to unknown {kinds.BY_ATTR[target].name} {item!r}",
                            getattr(obj, "origin", None),
                        )
    # What a reference may not point at: the record itself.
    own: tuple[tuple[str, Group | Region | Place | Event, str, str], ...] = (
        *(("group", g, "parent", "a group cannot be its own parent") for g in data.groups),
        *(("region", r, "parent", "a region cannot be its own parent") for r in data.regions),
        *(("place", p, "within", "a place cannot lie within itself") for p in data.places),
        *(("event", e, "part_of", "an event cannot be part of itself") for e in data.events),
    )
    for kind, record, name, what in own:
        if getattr(record, name) == record.id:
            c.add(kind, record, name, what)
    for e in data.events:
        for i, r in enumerate(e.responsibility):
            if r.group is None and not r.label.strip():
                c.add(
                    "event",
                    e,
                    f"responsibility[{i}].label",
                    "an unnamed actor needs a label saying how the source names it",
                    r.origin,
                )
    for s in data.statements:
        if s.speaker is None and not s.speaker_label.strip():
            c.add("statement", s, "speaker_label", "a statement without a speaker id needs a speaker_label")
        if s.speaker_basis == "inferred" and not s.speaker_reason.strip():
            c.add(
                "statement",
                s,
                "speaker_reason",
                "an inferred speaker needs a reason: say how this reference identifies the speaker",
            )
        if s.event_basis == "inferred" and not s.event_reason.strip():
            c.add("statement", s, "event_reason", "an inferred event needs a reason: say how this reference identifies it")
    for rel in data.relations:
        if rel.subject == rel.object:
            c.add("relation", rel, "object", f"a relation cannot link {rel.subject!r} to itself")


def _check_sources(c: _Collector, data: Dataset) -> None:
    """What the catalogue must say of every source: its publisher and its date, or why not."""
    for s in data.sources:
        if s.publisher is None and not s.publisher_reason.strip():
            c.add(
                "source",
                s,
                "publisher",
                'is not filled: write the publisher the text names (publisher="...", '
                'publisher_basis="stated"), or say in publisher_reason why none is recorded',
            )
        if s.publisher is not None and s.publisher_basis is None:
            c.add(
                "source",
                s,
                "publisher_basis",
                'is not filled: "stated" if the text names the publisher, "inferred" (with publisher_reason) if it does not',
            )
        if s.publisher_basis == "inferred" and not s.publisher_reason.strip():
            c.add("source", s, "publisher_reason", "an inferred publisher needs a reason")
        if s.published is None and not s.published_reason.strip():
            c.add(
                "source",
                s,
                "published",
                'is not filled: write the date the text shows (published=When(date="YYYY-MM-DD"), '
                'or YYYY-MM or YYYY; basis="inferred" and a reason if the text does not state it), '
                "or say in published_reason why it is unknown",
            )


def _check_logic(c: _Collector, data: Dataset) -> None:
    for e in data.events:
        if e.date is None and not e.undated_reason.strip():
            c.add("event", e, "undated_reason", "an event without a date needs undated_reason saying what the source says")
        for i, n in enumerate(e.counts):
            if n.low is None and n.high is None:
                c.add("event", e, f"counts[{i}]", "a count needs low, high or both", n.origin)
            for name in ("low", "high"):
                value = getattr(n, name)
                if isinstance(value, int) and value < 0:
                    c.add("event", e, f"counts[{i}].{name}", f"is {value}: a count cannot be negative", n.origin)
            if isinstance(n.low, int) and isinstance(n.high, int) and n.low > n.high:
                c.add("event", e, f"counts[{i}]", f"low ({n.low}) is above high ({n.high})", n.origin)
    titled: dict[str, Any] = {}  # series -> its first figure, whose title the others must give
    for s in data.statistics:
        if isinstance(s.value, (int, float)) and s.value < 0:
            c.add("statistic", s, "value", f"is {s.value}: a reported figure cannot be negative")
        if s.series and not s.series_title.strip():
            c.add("statistic", s, "series_title", f"is empty: a figure in series {s.series!r} needs the title readers see")
        elif s.series and titled.setdefault(s.series, s).series_title != s.series_title:
            first = titled[s.series]
            c.add(
                "statistic",
                s,
                "series_title",
                f"{s.series_title!r} differs from {first.series_title!r} (statistic {first.id!r}): "
                "every figure of a series gives the same title",
            )
    for r in data.relations:
        if r.since and r.until:
            try:
                if dates.parse(r.until.date).sort_key < dates.parse(r.since.date).sort_key:
                    c.add("relation", r, "until", f"ends ({r.until.date}) before it starts ({r.since.date})")
            except dates.DateError:
                pass  # already reported by the date check


def _names(record: Region | Place) -> list[str]:
    return [record.name, *(a.name for a in record.aliases)]


def _check_borders_and_places(c: _Collector, data: Dataset) -> None:
    """A border lies between states and inside none (issue 23, rule 3); an event is placed only where a
    quote says it happened (rule 3); the author of an event is not its place (rule 5)."""
    regions = {r.id: r for r in data.regions}
    places = {p.id: p for p in data.places}
    for r in data.regions:
        if r.kind == "border" and r.parent:
            c.add(
                "region",
                r,
                "parent",
                "a border lies between states, never inside one: leave parent empty and name them in between",
            )
        if r.kind == "border" and len(r.between) < 2:
            c.add("region", r, "between", "a border needs the two or more regions it lies between")
        if r.kind != "border" and r.between:
            c.add("region", r, "between", f"only a border lies between regions: this region's kind is {r.kind!r}")
    for e in data.events:
        quotes = [archive.normalise(w.quote).casefold() for w in e.where]
        for field, ids, table in (("places", e.places, places), ("regions", e.regions, regions)):
            for i, ident in enumerate(ids):
                record = table.get(ident)
                if record is not None and not any(n.casefold() in q for n in _names(record) for q in quotes):
                    c.add(
                        "event",
                        e,
                        f"{field}[{i}]",
                        f"{record.name!r} is not named in the event's where quotes: place an event only where a "
                        "source says it happened, with that quote in where=(Cite(...),)",
                    )
        # What an event speaks of is not where it happened: named in its own quotes, never also its place.
        spoken = [archive.normalise(w.quote).casefold() for w in e.speaks_of_quotes]
        for i, ident in enumerate(e.speaks_of):
            place = places.get(ident)
            if place is None:
                continue
            if ident in e.places:
                c.add(
                    "event",
                    e,
                    f"speaks_of[{i}]",
                    f"{place.name!r} is the event's place and also a place it speaks of: name it once",
                )
            elif not any(n.casefold() in q for n in _names(place) for q in spoken):
                c.add(
                    "event",
                    e,
                    f"speaks_of[{i}]",
                    f"{place.name!r} is not named in the event's speaks_of_quotes: add the quote that names it, "
                    "speaks_of_quotes=(Cite(...),)",
                )
        for i, ident in enumerate(e.author_regions):
            if ident in e.regions or ident in {places[p].region for p in e.places if p in places}:
                c.add(
                    "event",
                    e,
                    f"author_regions[{i}]",
                    f"{ident!r} is the event's author and also its place: an author is not a place",
                )


def _check_claim_dates(c: _Collector, data: Dataset) -> None:
    """A claim or attribution dates when it was said, not when the relation began (issue 23, rule 4)."""
    for r in data.relations:
        if r.basis != "reported" and r.since is not None and r.since.qualifier != "by":
            c.add(
                "relation",
                r,
                "since.qualifier",
                f'a relation that is {r.basis}, not reported, is dated only by its claim: write qualifier="by"',
                r.since.origin,
            )


def _span(text: str, quote: str) -> range | None:
    wanted = archive.normalise(quote)
    at = text.find(wanted)
    return range(at, at + len(wanted)) if at >= 0 else None


def _check_earlier_passages(c: _Collector, data: Dataset, directory: Path | None) -> None:
    """A relative date in a passage that may predate its article stays uncertain (issue 23, rule 2)."""
    if not archive.available(directory):
        return
    flagged: dict[str, list[range]] = {}
    for s in data.sources:
        text = archive.text_of(s.id, directory) or ""
        flagged[s.id] = [x for n in s.earlier_passages for q in n.cites if (x := _span(text, q.quote))]
    for kind, record in records(data):
        field = next((f for f in ("date", "period", "since") if getattr(record, f, None)), None)
        when = getattr(record, field) if field else None
        if field is None or not isinstance(when, When) or when.basis != "inferred":
            continue
        try:
            if len(dates.candidate_years(when)) > 1:
                continue
        except dates.DateError:
            continue  # reported by the date check
        for cite in getattr(record, "cites", ()):
            text = archive.text_of(cite.source, directory) or ""
            at = _span(text, cite.quote)
            if at and any(at.start < p.stop and p.start < at.stop for p in flagged.get(cite.source, ())):
                c.add(
                    kind,
                    record,
                    field,
                    f"is inferred from a passage of source {cite.source} that may predate the article (see the "
                    "source's earlier_passages): give every candidate year, as a set [YYYY,YYYY], with the reason",
                    when.origin,
                )
                break


def _check_reference(c: _Collector, data: Dataset) -> None:
    """Reference data: well formed, pointing at known records, and joining places to regions."""
    regions = {r.id: r for r in data.regions}
    places = {p.id for p in data.places}
    datasets = Counter(d.id for d in data.reference_datasets)
    for d in data.reference_datasets:
        if not _check_types(c, "reference dataset", d):
            continue
        _check_text(c, "reference dataset", d)
        if datasets[d.id] > 1:
            c.add("reference dataset", d, "id", f"is used by {datasets[d.id]} reference datasets: ids must be unique")
    ids = Counter(f.id for f in data.reference)
    facts = [f for f in data.reference if _check_types(c, "reference fact", f)]
    divisions: dict[str, list[ReferenceFact]] = {}
    for f in facts:
        if f.region is not None:
            divisions.setdefault(f.division, []).append(f)
    for f in facts:
        _check_text(c, "reference fact", f)
        if not SLUG.match(f.id):
            c.add("reference fact", f, "id", "is not a valid id: expected lower-case letters, digits and single hyphens")
        if ids[f.id] > 1:
            c.add("reference fact", f, "id", f"is used by {ids[f.id]} reference facts: ids must be unique")
        if f.dataset not in datasets:
            c.add("reference fact", f, "dataset", f"refers to unknown reference dataset {f.dataset!r}")
        if (f.place is None) == (f.region is None):
            c.add("reference fact", f, "place", "give either place or region: a reference fact is about one of them")
        if f.place is not None and f.place not in places:
            c.add("reference fact", f, "place", f"refers to unknown place {f.place!r}")
        if f.region is not None and f.region not in regions:
            c.add("reference fact", f, "region", f"refers to unknown region {f.region!r}")
        if f.place is not None and f.division not in divisions:
            c.add(
                "reference fact",
                f,
                "division",
                f"no region has a reference fact for division {f.division!r}: add one, so that the place has a region",
            )
        if f.region is not None and len(divisions[f.division]) > 1:
            c.add(
                "reference fact",
                f,
                "division",
                f"division {f.division!r} is given to {len(divisions[f.division])} regions: one region per division",
            )
    _check_one_owner_per_feature(c, facts)
    described = {f.region for f in facts if f.region is not None}
    for r in data.regions:
        if r.named_by == "reference data" and r.id not in described:
            c.add(
                "region",
                r,
                "named_by",
                "a region named only by reference data needs a ReferenceFact for it (ispk/data/reference.py)",
            )
        if r.named_by == "reference data" and r.cites:
            c.add("region", r, "named_by", "is 'reference data', but the region cites a source: write 'sources'")


def _check_quotes(c: _Collector, data: Dataset, directory: Path | None, unchecked: Dataset | None = None) -> set[int]:
    """Checksums of every source; the quotes of the records in ``unchecked`` (default: all). Returns
    the ids of the records whose quotes failed, or cite a source that is not in the catalogue."""
    if not archive.available(directory):
        c.notices.append(
            f"source archive not found at {directory or archive.archive_dir()}: "
            "quote and checksum checks were SKIPPED, not passed"
        )
        return set()
    for s in data.sources:
        actual = archive.sha256_of(s.id, directory)
        if actual is None:
            c.add("source", s, "id", f"no file {s.id}.txt in the source archive {directory or archive.archive_dir()}")
        elif actual != s.sha256:
            c.add(
                "source", s, "sha256", f"is {s.sha256[:12]}..., but the archive file hashes to {actual[:12]}...: the file changed"
            )
    known = {s.id for s in data.sources}
    failed: set[int] = set()
    for use in cite_uses(data if unchecked is None else unchecked):
        cite = use.cite
        quote = archive.normalise(cite.quote)
        found = len(c.problems)
        if len(quote) > MAX_QUOTE:
            failed.add(id(use.record))
            c.add(
                use.kind,
                use.record,
                f"{use.path}.quote",
                f"is {len(quote)} characters: keep quotes under {MAX_QUOTE}",
                cite.origin,
            )
        if cite.source not in known:
            failed.add(id(use.record))  # checked again once the source is known
            continue  # reported as an unknown reference
        text = archive.text_of(cite.source, directory)
        if text is not None and quote and quote not in text:
            c.add(
                use.kind,
                use.record,
                f"{use.path}.quote",
                _not_in(cite.quote, cite.source, text) + ": quote it verbatim",
                cite.origin,
            )
        if text is None or len(c.problems) > found:
            failed.add(id(use.record))
    return failed


def _not_in(quote: str, source: str, text: str) -> str:
    """A quote that is not in its source, with where the match stops (the quote cut with an ellipsis)."""
    return f"{archive.clip(archive.normalise(quote))!r} is not in source {source}: {archive.mismatch(quote, text)}"


def _check_set_aside(c: _Collector, data: Dataset, directory: Path | None) -> None:
    if not archive.available(directory):
        return
    for s in data.set_aside:
        text = archive.text_of(s.source, directory)
        if text is not None and archive.normalise(s.text) not in text:
            c.add("set-aside", s, "text", _not_in(s.text, s.source, text))
        if not s.reason.strip():
            c.add("set-aside", s, "reason", "is empty: say why the sentence is not cited")


def _check_one_owner_per_feature(c: _Collector, facts: list[ReferenceFact]) -> None:
    """A dataset's feature is one place or one region: a copied feature would file a place under the wrong region."""
    first: dict[tuple[str, str], ReferenceFact] = {}
    for f in facts:
        owner = first.setdefault((f.dataset, f.feature_id), f)
        if owner is not f and (owner.place, owner.region) != (f.place, f.region):
            kind, name = ("place", owner.place) if owner.place is not None else ("region", owner.region)
            c.add(
                "reference fact",
                f,
                "feature_id",
                f"feature {f.feature_id!r} of {f.dataset!r} is also the feature of {kind} {name!r} ({_where(owner.origin)}, "
                f"reference fact {owner.id!r}): a feature belongs to one place or region only",
            )


def _check_narrative(c: _Collector, data: Dataset, narrative: Path | None, passed: Passed | None = None) -> None:
    if narrative is None or not narrative.is_dir():
        return
    ids = {k.folder: {r.id for r in getattr(data, k.attr)} for k in kinds.WITH_PAGES}
    ids["years"] = {str(y) for y in years_in(data)} | {dates.UNDATED}
    ids["pages"] = set(narratives.PROSE_PAGES)
    ids["indexes"] = {k.folder for k in kinds.WITH_PAGES} | {"years"}
    for path in narratives.Narrative(narrative).files():
        folder, stem = path.parent.name, path.stem
        where = f"{path.relative_to(narrative.parent.parent) if narrative.parent.parent in path.parents else path}:1"
        if folder not in NARRATIVE_KINDS:
            c.problems.append(
                Problem(
                    where,
                    f"narrative {folder}/{stem}",
                    "",
                    f"unknown folder {folder!r}: expected one of {', '.join(sorted(NARRATIVE_KINDS))}",
                )
            )
        elif stem not in ids.get(folder, ()):
            c.problems.append(
                Problem(
                    where,
                    f"narrative {folder}/{stem}",
                    "",
                    f"there is no {NARRATIVE_KINDS[folder]} {stem!r}: rename the file or add the record",
                )
            )
        _check_narrative_text(c, data, path, f"narrative {folder}/{stem}", narrative.parent.parent, passed)


def _check_narrative_text(
    c: _Collector, data: Dataset, path: Path, record: str, root: Path, passed: Passed | None = None
) -> None:
    """Narrative citations [@003 "quote"] name a source and quote it verbatim; its HTML is safe
    (checked again only for a text not found safe last time, ``passed``)."""
    sources = {s.id: s for s in data.sources}
    relative = path.relative_to(root) if root in path.parents else path
    text = textfile.read_text(path)
    unsafe = [] if passed is not None and text in passed.safe else narratives.unsafe_lines(text)
    if passed is not None and not unsafe:
        passed.safe_now.add(text)
    for line_no, what in unsafe:
        c.problems.append(
            Problem(
                f"{relative}:{line_no}",
                record,
                "html",
                f"unsafe HTML: {what}: write plain Markdown links to http(s) or site pages",
            )
        )
    for line_no, line in enumerate(text.splitlines(), start=1):
        if "[@" in line and not narratives.CITE.search(line):
            c.problems.append(
                Problem(f"{relative}:{line_no}", record, "citation", 'malformed citation: write [@003 "verbatim quote"]')
            )
        for match in narratives.CITE.finditer(line):
            source = narratives.resolve_source(match["source"], sources)
            if source is None:
                c.problems.append(
                    Problem(f"{relative}:{line_no}", record, "citation", f"refers to unknown source {match['source']!r}")
                )
                continue
            found = archive.text_of(source, c.sources_dir)
            if found is not None and archive.normalise(match["quote"]) not in found:
                c.problems.append(
                    Problem(
                        f"{relative}:{line_no}",
                        record,
                        "citation",
                        _not_in(match["quote"], source, found) + ": quote it verbatim",
                    )
                )


def years_in(data: Dataset) -> set[int]:
    found: set[int] = set()
    dated: tuple[Event | Statement, ...] = (*data.events, *data.statements)
    for record in dated:
        found.update(_safe_years(record.date))
    for s in data.statistics:
        found.update(_safe_years(s.period))
    for r in data.relations:
        found.update(_safe_years(r.since))
    return found


def _safe_years(when: When | None) -> tuple[int, ...]:
    """Every year a date may fall in (each candidate year has a page)."""
    try:
        return dates.candidate_years(when)
    except dates.DateError:
        return ()


class Passed:
    """Records that passed the checks of a record alone (types, text, quotes), kept between
    validations (the preview's ``Build`` keeps one): an equal record passes them again, so only
    the records a save changed are checked so. Equality leaves out ``origin``, which these checks
    only report; archive texts are read once per process (``archive``), so a quote found in its
    source stays found. The checks across records always run again."""

    def __init__(self) -> None:
        self._records: set[tuple[str, Any]] = set()
        self.safe: set[str] = set()
        """Narrative texts whose HTML was found safe (rendering them to check is most of the real data's validation)."""
        self.safe_now: set[str] = set()

    def __contains__(self, entry: tuple[str, Any]) -> bool:
        try:
            return entry in self._records
        except TypeError:  # a record holding a list: it fails its type check
            return False

    def keep(self, entries: set[tuple[str, Any]]) -> None:
        self._records = entries
        self.safe, self.safe_now = self.safe_now, set()


def check(
    data: Dataset, *, sources: Path | None = None, narrative: Path | None = None, passed: Passed | None = None
) -> list[str]:
    """Validate everything; raise InvalidData with all problems, else return notices.

    ``passed``: what passed the checks of a record alone last time, updated with this time's.
    """
    c = _Collector()
    c.sources_dir = sources
    every = list(records(data))
    done = {id(r) for kind, r in every if (kind, r) in passed} if passed is not None else set()
    failed: set[int] = set()
    mistyped = {id(record) for kind, record in every if id(record) not in done and not _check_types(c, kind, record)}
    # Deeper checks assume the types are right: run them on every other record,
    # so that one mistyped record does not hide the rest of the run's errors.
    clean = _subset(data, lambda r: id(r) not in mistyped)
    for kind, record in every:
        if id(record) not in done and id(record) not in mistyped:
            found = len(c.problems)
            _check_text(c, kind, record)
            if len(c.problems) > found:
                failed.add(id(record))
    _check_ids(c, clean)
    _check_references(c, clean, data)
    _check_sources(c, clean)
    _check_logic(c, clean)
    _check_borders_and_places(c, clean)
    _check_claim_dates(c, clean)
    _check_earlier_passages(c, clean, sources)
    quoted = _check_quotes(c, clean, sources, _subset(clean, lambda r: id(r) not in done))
    failed |= quoted
    _check_set_aside(c, clean, sources)
    _check_reference(c, data)
    _check_narrative(c, data, narrative, passed)  # every record's id, so a mistyped record is not also "missing"
    if passed is not None:  # quotes unchecked (no archive): no record counts as passed
        ok = archive.available(sources)
        passed.keep({(kind, r) for kind, r in every if ok and id(r) not in mistyped and id(r) not in failed and _hashable(r)})
    if c.problems:
        raise InvalidData(ordered(c.problems))
    return c.notices


def _subset(data: Dataset, keep: typing.Callable[[Any], bool]) -> Dataset:
    return Dataset(**{attr: tuple(r for r in getattr(data, attr) if keep(r)) for attr in (k.attr for k in kinds.CITED)})


def _hashable(record: Any) -> bool:
    try:
        hash(record)
        return True
    except TypeError:
        return False

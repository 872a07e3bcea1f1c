"""Cross-references: for every record, the records that point at it.

Pages are generated from this index so that every link exists in both
directions: an event names its group, and the group lists the event.
Everything here is computed once, in linear time over the dataset.

Two things are kept apart so that a page can say which is which:

- **Years.** ``by_year[y]`` holds the records whose year is ``y`` for certain;
  ``by_year_uncertain[y]`` the records whose date allows ``y`` and another year
  ("12 December 2022 or 12 December 2023" is in both 2022's and 2023's), for a
  section headed as uncertain. Counting ``by_year`` alone never counts a record twice.
- **Regions.** ``by_region[r]`` holds what the sources place in region ``r``;
  ``by_reference_region[r]`` what lies at places the reference data (outside the
  archive) puts in ``r`` and the sources do not already file there.

One rule says what a region contains, and every count, list and map uses it: a region holds
its places, whether the sources or the reference data place them there, each labelled with
which (``places_in``), and the events the sources place in it or below it or at those places
(``events_in``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from . import dates, kinds
from .model import Cite, Dataset, Event, Place, ReferenceFact, Region, Statement, Statistic, When, references, relation_verb
from .walk import CiteUse, cite_uses, nested

UNDATED = dates.UNDATED
year_key, year_keys, year_uncertain = dates.year_key, dates.year_keys, dates.year_uncertain


@dataclass(frozen=True)
class PlaceIn:
    """A place a region holds, and on whose word: the sources', or only the reference data's."""

    place: Place
    basis: Literal["sources", "reference data"]
    reference: dict[str, Any] | None
    """What the reference data says of the place (Index.place_reference), if it places it here too."""


class Listing(Mapping[str, tuple[Any, ...]]):
    """What a page lists for one record, by kind ("events", "statements", ...): tuples, () when none."""

    def __init__(self, lists: Mapping[str, Iterable[Any]]):
        self._lists = {kind: tuple(items) for kind, items in lists.items()}

    def __getitem__(self, kind: str) -> tuple[Any, ...]:
        return self._lists.get(kind, ())

    def __contains__(self, kind: object) -> bool:
        return kind in self._lists

    def __iter__(self) -> Iterator[str]:
        return iter(self._lists)

    def __len__(self) -> int:
        return len(self._lists)

    def __repr__(self) -> str:
        return f"Listing({self._lists!r})"


class ByRecord(Mapping[str, Listing]):
    """{record id: Listing}; an id with nothing listed gives an empty Listing."""

    EMPTY = Listing({})

    def __init__(self, lists: Mapping[str, Mapping[str, Iterable[Any]]]):
        self._by_id = {ident: Listing(kinds) for ident, kinds in lists.items()}

    def __getitem__(self, ident: str) -> Listing:
        return self._by_id.get(ident, self.EMPTY)

    def __contains__(self, ident: object) -> bool:
        return ident in self._by_id

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_id)

    def __len__(self) -> int:
        return len(self._by_id)


def filed_years(k: kinds.Kind, record: Any) -> list[str]:
    """The year pages a record is filed on (``Kind.year``): its year, each candidate year, or "undated"."""
    if not k.year:
        return []
    when = getattr(record, k.year)
    return year_keys(when) if when is not None or k.year_undated else []


def ordered(k: kinds.Kind, records: Iterable[Any]) -> list[Any]:
    """Records as pages list them: by the fields their kind names (a date by its earliest day), else as written."""

    def key(record: Any) -> tuple[Any, ...]:
        values = (getattr(record, name) for name in k.order)
        return tuple(v if isinstance(v, str) else dates.sort_key(v) for v in values)

    return sorted(records, key=key) if k.order else list(records)


class Index:
    def __init__(self, data: Dataset):
        self.data = data
        self.sources = {r.id: r for r in data.sources}
        self.groups = {r.id: r for r in data.groups}
        self.regions = {r.id: r for r in data.regions}
        self.places = {r.id: r for r in data.places}
        self.people = {r.id: r for r in data.people}
        self.events = {r.id: r for r in data.events}
        self.statements = {r.id: r for r in data.statements}
        self.statistics = {r.id: r for r in data.statistics}
        self.relations = {r.id: r for r in data.relations}
        # The same tables by kind name, from the registry: {"event": {id: record}, ...} (set-aside sentences have no ids).
        self.by_kind: dict[str, dict[str, Any]] = {
            k.name: {r.id: r for r in getattr(data, k.attr)}
            for k in kinds.KINDS
            if "id" in getattr(k.cls, "__dataclass_fields__", {})
        }
        self._refs: dict[type, dict[str, str]] = {}

        self.region_children: dict[str, list[Region]] = defaultdict(list)
        self.region_places: dict[str, list[Place]] = defaultdict(list)
        self.place_children: dict[str, list[Place]] = defaultdict(list)
        self.region_borders: dict[str, list[Region]] = defaultdict(list)
        for r in data.regions:
            if r.parent:
                self.region_children[r.parent].append(r)
            for side in r.between:  # a border is tied to each state, inside none
                self.region_borders[side].append(r)
        for p in data.places:
            self.region_places[p.region].append(p)
            if p.within:
                self.place_children[p.within].append(p)

        # What lists each record, by kind of the record listed ("events"): every back-reference, from
        # the model's ref() fields (kinds.Kind.unlisted aside), each list in its kind's order; and the
        # records of each year, for certain or among the years an uncertain date allows (Kind.year).
        lists: dict[str, dict[str, dict[str, list[Any]]]] = {k.name: defaultdict(lambda: defaultdict(list)) for k in kinds.KINDS}
        by_year: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
        by_year_uncertain: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
        for k in kinds.CITED:
            for record in ordered(k, getattr(data, k.attr)):
                refs = self.refers_to(k, record)
                for target, ids in refs.items():
                    for ident in ids:
                        lists[kinds.BY_ATTR[target].name][ident][k.attr].append(record)
                # What the sources place at a place, they place in its region too.
                at = dict.fromkeys(self.places[p].region for p in refs.get("places", ()) if p in self.places)
                for region in at:
                    if region not in refs.get("regions", {}):
                        lists["region"][region][k.attr].append(record)
                keys = filed_years(k, record)
                for key in keys:
                    (by_year_uncertain if len(keys) > 1 else by_year)[key][k.attr].append(record)
        # The events that speak of a place without taking place there (Event.speaks_of, unlisted above):
        # its page lists them apart, and nothing counts them there.
        spoken: dict[str, list[Event]] = defaultdict(list)
        for e in ordered(kinds.BY_ATTR["events"], data.events):
            for place in e.speaks_of:
                spoken[place].append(e)
        self.spoken_of: dict[str, tuple[Event, ...]] = {place: tuple(es) for place, es in spoken.items()}
        # Read-only from here on: reading a list a record does not have gives (), and adds nothing.
        self.lists: dict[str, ByRecord] = {kind: ByRecord(by_id) for kind, by_id in lists.items()}
        self.by_year = ByRecord(by_year)
        self.by_year_uncertain = ByRecord(by_year_uncertain)

        # Which groups appear in a region, and where each group appears.
        self.region_groups: dict[str, set[str]] = defaultdict(set)
        self.group_regions: dict[str, set[str]] = defaultdict(set)
        for region_id, listing in self.by_region.items():
            for record in (*listing["events"], *listing["statements"], *listing["statistics"]):
                for g in self.record_groups(record):
                    self.region_groups[region_id].add(g)
                    self.group_regions[g].add(region_id)

        # Which sources support what, and each record's citations.
        self.cites_by_source: dict[str, list[CiteUse]] = defaultdict(list)
        self._uses_by_record: dict[int, list[CiteUse]] = defaultdict(list)
        for use in cite_uses(data):
            self.cites_by_source[use.cite.source].append(use)
            self._uses_by_record[id(use.record)].append(use)

        self.years = sorted((y for y in {*self.by_year, *self.by_year_uncertain} if y != UNDATED), key=int)
        if UNDATED in self.by_year:
            self.years.append(UNDATED)

        self._reference(data)

    # What lists a record of the kinds producers name: ``ix.by_group[g]["events"]`` is ``ix.listing("group", g)["events"]``.
    @property
    def by_group(self) -> ByRecord:
        return self.lists["group"]

    @property
    def by_region(self) -> ByRecord:
        return self.lists["region"]

    @property
    def by_place(self) -> ByRecord:
        return self.lists["place"]

    @property
    def by_person(self) -> ByRecord:
        return self.lists["person"]

    @property
    def by_event(self) -> ByRecord:
        return self.lists["event"]

    def _reference(self, data: Dataset) -> None:
        """Which region the reference data puts each place in, and what is recorded at those places."""
        self.reference_datasets = {d.id: d for d in data.reference_datasets}
        self.reference_of_place: dict[str, ReferenceFact] = {}
        self.reference_of_region: dict[str, ReferenceFact] = {}
        division_region: dict[str, str] = {}
        for f in data.reference:
            if f.region is not None:
                self.reference_of_region[f.region] = f
                division_region[f.division] = f.region
            elif f.place is not None:
                self.reference_of_place[f.place] = f
        # A place with no feature of its own takes the region of the place it lies within
        # (Daraban, within Dera Ismail Khan, as source 004 says): reference_via names that place.
        self.reference_region: dict[str, str] = {}
        self.reference_via: dict[str, str] = {}
        for p in sorted(data.places, key=lambda p: p.id):
            passed: set[str] = set()
            at: Place | None = p
            while at is not None and at.id not in passed:
                passed.add(at.id)
                fact = self.reference_of_place.get(at.id)
                if fact is not None and fact.division in division_region:
                    self.reference_region[p.id] = division_region[fact.division]
                    if at is not p:
                        self.reference_via[p.id] = at.id
                    break
                at = self.places.get(at.within) if at.within else None
        self.reference_places: dict[str, list[Place]] = defaultdict(list)
        for place_id, region_id in self.reference_region.items():
            self.reference_places[region_id].append(self.places[place_id])
        for places in self.reference_places.values():
            places.sort(key=lambda p: p.name)
        by_reference_region: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
        for region_id, places in self.reference_places.items():
            ids = {p.id for p in places}
            for kind in ("events", "statements", "statistics"):
                listed = {id(r) for r in self.by_region[region_id][kind]}
                seen: set[int] = set()
                for place in sorted(ids):
                    for record in self.by_place[place][kind]:
                        if id(record) not in listed and id(record) not in seen:
                            seen.add(id(record))
                            by_reference_region[region_id][kind].append(record)
                by_reference_region[region_id][kind].sort(
                    key=lambda r: (dates.sort_key(getattr(r, "date", None) or getattr(r, "period", None)), r.id)
                )
        self.by_reference_region = ByRecord(by_reference_region)

    # ------------------------------------------------------------------ #

    def refers_to(self, k: kinds.Kind, record: Any) -> dict[str, dict[str, None]]:
        """{target Dataset attribute: ids, in order} a record refers to through the ``ref()`` fields of
        its own and of the records nested in it (a claim's group); not the sources of its citations
        (``cites_by_source`` lists those), nor the fields its kind leaves unlisted."""
        found: dict[str, dict[str, None]] = {}
        for path, value in nested(record):
            if isinstance(value, Cite):
                continue
            for name, target in self._references(type(value)).items():
                if path or name not in k.unlisted:
                    ids = getattr(value, name)
                    found.setdefault(target, {}).update(
                        dict.fromkeys(i for i in (ids if isinstance(ids, tuple) else (ids,)) if i)
                    )
        return found

    def _references(self, cls: type) -> dict[str, str]:
        if cls not in self._refs:
            self._refs[cls] = references(cls)
        return self._refs[cls]

    def listing(self, kind: str, ident: str) -> Listing:
        """What lists a record of a kind, by kind of the records listed ("events"); empty for none."""
        return self.lists[kind][ident]

    def record(self, kind: str, ident: str) -> Any:
        """The record of a kind with an id, or None."""
        return self.by_kind.get(kind, {}).get(ident)

    def uses_of(self, record: Any) -> list[CiteUse]:
        """Every citation inside a record."""
        return self._uses_by_record.get(id(record), [])

    def label(self, kind: str, record: Any) -> str:
        """How a link or a table names a record."""
        if kind == "statement":
            who = self.people[record.speaker].name if record.speaker else record.speaker_label
            return f"Statement by {who}"
        if kind == "relation":
            part = f"{record.subject_part.capitalize()} of " if record.subject_part else ""
            return f"{part}{self.groups[record.subject].name} {relation_verb(record.kind, record.basis)} {self.groups[record.object].name}"
        if kind == "set-aside":
            return str(record.text)
        return kinds.label_of(kinds.kind(kind), record)

    def record_groups(self, record: Any) -> set[str]:
        groups = set(getattr(record, "groups", ()))
        if isinstance(record, Event):
            groups |= {r.group for r in record.responsibility if r.group}
        return groups

    def place_region(self, place_id: str) -> str:
        return self.places[place_id].region

    def ancestors(self, region_id: str) -> list[str]:
        """The region and every region above it, most specific first."""
        chain: list[str] = []
        at: str | None = region_id
        while at and at not in chain and at in self.regions:
            chain.append(at)
            at = self.regions[at].parent
        return chain

    def event_regions(self, e: Event) -> list[str]:
        """The regions an event is directly in (not their ancestors)."""
        found = [self.place_region(p) for p in e.places if p in self.places]
        found += list(e.regions)
        return sorted(set(found))

    def statement_regions(self, s: Statement) -> list[str]:
        found = list(s.regions)
        if s.place and s.place in self.places:
            found.append(self.place_region(s.place))
        return sorted(set(found))

    def group_years(self, group_id: str) -> list[str]:
        """The year pages of what lists the group."""
        lists = self.by_group[group_id]
        years = {y for k in kinds.CITED for r in lists[k.attr] for y in filed_years(k, r)}
        return [y for y in self.years if y in years]

    def years_of(self, when: When | None) -> list[str]:
        """The year pages a date belongs on (for an event's "Year" row: "2022 or 2023")."""
        return year_keys(when)

    def year_uncertain(self, when: When | None) -> bool:
        return year_uncertain(when)

    def place_reference(self, place_id: str) -> dict[str, Any] | None:
        """What the reference data says of a place: its region, the fact and dataset, and the place it goes through."""
        region = self.reference_region_of(place_id)
        if region is None:
            return None
        via = self.reference_via.get(place_id)
        fact = self.reference_of_place[via or place_id]
        return {"region": region, "via": via, "fact": fact, "dataset": self.reference_datasets[fact.dataset]}

    def region_reference(self, region_id: str) -> dict[str, Any] | None:
        """The reference data behind a region's "places by reference data" section, or None."""
        places = self.reference_places.get(region_id) or []
        if not places:
            return None
        unit = self.reference_of_region[region_id]
        return {
            "unit": unit,
            "dataset": self.reference_datasets[unit.dataset],
            "places": [{"place": pl, **(self.place_reference(pl.id) or {})} for pl in places],
            "lists": self.by_reference_region[region_id],
        }

    def reference_region_of(self, place_id: str) -> str | None:
        """The region the reference data puts a place in (directly, or through the place it lies within)."""
        return self.reference_region.get(place_id)

    def places_in(self, region_id: str) -> list[PlaceIn]:
        """The places a region holds: those the sources put in it, then those only the reference data puts there."""
        reference = {p.id for p in self.reference_places.get(region_id, ())}
        held = [
            PlaceIn(p, "sources", self.place_reference(p.id) if p.id in reference else None)
            for p in sorted(self.region_places[region_id], key=lambda p: p.name)
        ]
        sources = {h.place.id for h in held}
        held += [
            PlaceIn(p, "reference data", self.place_reference(p.id))
            for p in self.reference_places.get(region_id, ())
            if p.id not in sources
        ]
        return held

    def events_in(self, region_id: str) -> list[Event]:
        """Events the sources place in a region or below it, and events at places the reference data puts there."""
        ids: set[str] = set()
        stack, seen = [region_id], set()
        while stack:
            r = stack.pop()
            if r in seen:
                continue
            seen.add(r)
            ids.update(e.id for e in self.by_region[r]["events"])
            ids.update(e.id for e in self.by_reference_region[r]["events"])
            stack.extend(child.id for child in self.region_children[r])
        return sorted((self.events[i] for i in ids), key=lambda e: (dates.sort_key(e.date), e.id))

    def unit_regions(self) -> dict[str, str]:
        """{boundary unit (ISO 3166-2 code, as the reference data gives it): the region page that is that unit}."""
        return {fact.feature_id: region for region, fact in self.reference_of_region.items() if region in self.regions}

    def statistic_series(self) -> dict[str, list[Statistic]]:
        series: dict[str, list[Statistic]] = defaultdict(list)
        for s in self.data.statistics:
            series[s.series or s.id].append(s)
        return series

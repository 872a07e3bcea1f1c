"""The registry of record kinds: the one place that lists them, and each kind's policy.

Loading the data modules, validation, cross-references, page routes, narrative
folders, the navigation, the home page's counts, search facets, JSON-LD types
and the open-data tables all derive from this tuple. Adding a kind means: its
record class and a ``Dataset`` field in ``ispk/model.py``, one ``Kind(...)``
here, and (if its records have pages) one template.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass
from typing import Any

from . import model


@dataclass(frozen=True, kw_only=True)
class Kind:
    name: str
    """Singular, as messages and tables name it: "event"."""
    attr: str
    """The ``Dataset`` field; in upper case, the tuple a data module defines (EVENTS)."""
    cls: type
    label: str
    """The field that names a record on links and in tables."""
    folder: str | None = None
    """Where the kind's index page lives (``<folder>/index.md``), and its records' pages if it has them."""
    pages: bool = False
    """Whether each record has a page of its own (``<folder>/<id>.md``)."""
    title: str = ""
    """The index page's title and navigation entry."""
    blurb: str = ""
    """One line under the index page's title."""
    cited: bool = True
    """A record the sources support (with citations); False for reference data from outside the archive."""
    order: tuple[str, ...] = ()
    """How a page that lists records of this kind orders them: by these fields (a date by its
    earliest day, undated last); () keeps the order of the data files."""
    year: str = ""
    """The date field that files a record on the year pages ("" for none): its year's page, or each
    candidate year's when the date is uncertain."""
    year_undated: bool = True
    """Whether a record with no date there is filed on the undated records' page (a relation with none is not)."""
    unlisted: tuple[str, ...] = ()
    """Reference fields whose targets' pages do not list the record (index.Index builds every other
    back-reference from the model's ``ref()`` fields): an event's author regions say who wrote it, not where."""
    shown_on: tuple[str, ...] = ()
    """Where a record of a kind without pages is shown (routes.home_of): the first of these fields
    that names a page (a reference: that record's page; a date with a known year: its year's page);
    when none does, the page of the first source it cites (the undated records' page lists a copy).
    A kind with none of these fields: its index page, if it has a folder."""
    nav: int | None = 90
    """Where the kind's index page sits in the navigation (plan/lists.navigation numbers the fixed
    pages around it: home 10, explainer 20, years 45, glossary 100, ...); by default after the other
    kinds of record. Only a kind with a folder has an index page to place."""
    nav_title: str = ""
    """The navigation entry, when shorter than the title ("Relations")."""
    facet: str = ""
    """The search filter's "Kind of record" value for a record's page, as readers read it: "Event"."""
    jsonld: str = ""
    """The schema.org type of a record's page's main entity ("Event"); "" for none."""
    glossary: bool = False
    """Whether the glossary of names (names.md) lists its records' names and aliases."""
    home: bool = True
    """Whether the home page's "at a glance" table counts the kind (a kind with a folder only)."""
    home_beside: str = ""
    """The kind whose row of that table this one shares ("Regions and places")."""
    home_undated: bool = False
    """Whether its row also says how many have no known year."""
    producer: str | None = None
    """The module under ``ispk.plan.producers`` that gives the kind's pages and index page (``plan.producers.for_kind``);
    None: the generic producer (``producers/generic.py``) for a kind with a folder, no pages for one without."""

    @property
    def tuple_name(self) -> str:
        return self.attr.upper()

    @property
    def template(self) -> str | None:
        return f"{self.name}.md.j2" if self.pages else None

    @property
    def nav_entry(self) -> str:
        return self.nav_title or self.title

    @property
    def facet_label(self) -> str:
        """The facet, or the kind's name as a reader reads it: a new kind is found under its own."""
        return self.facet or self.name.replace("-", " ").capitalize()


KINDS: tuple[Kind, ...] = (
    Kind(
        name="source",
        producer="sources",
        attr="sources",
        cls=model.Source,
        label="headline",
        folder="sources",
        pages=True,
        title="Sources",
        blurb="The archived documents every fact rests on.",
        nav=110,
        facet="Source",
    ),
    Kind(
        name="group",
        producer="groups",
        attr="groups",
        cls=model.Group,
        label="name",
        folder="groups",
        pages=True,
        title="Groups",
        blurb="Militant groups, branches and movements the sources name.",
        nav=30,
        facet="Group",
        glossary=True,
        jsonld="Organization",
    ),
    Kind(
        name="region",
        producer="regions",
        attr="regions",
        cls=model.Region,
        label="name",
        folder="regions",
        pages=True,
        title="Regions",
        blurb="Provinces, territories, borders and countries the sources name.",
        nav=35,
        facet="Region",
        glossary=True,
        jsonld="Place",
    ),
    Kind(
        name="place",
        producer="places",
        attr="places",
        cls=model.Place,
        label="name",
        folder="places",
        pages=True,
        title="Places",
        blurb="Cities, districts and areas, each in the region the sources put it in.",
        nav=40,
        facet="Place",
        glossary=True,
        jsonld="Place",
        home_beside="region",
    ),
    Kind(
        name="person",
        producer="people",
        attr="people",
        cls=model.Person,
        label="name",
        folder="people",
        pages=True,
        title="People",
        blurb="Officials, analysts, militants and others the sources name.",
        nav=55,
        facet="Person",
        jsonld="Person",
        home=False,
    ),
    Kind(
        name="event",
        producer="events",
        attr="events",
        cls=model.Event,
        label="title",
        folder="events",
        pages=True,
        title="Events",
        blurb="Attacks, arrests, operations, pledges, reports and hearings.",
        order=("date", "id"),
        year="date",
        unlisted=("author_regions", "speaks_of"),
        nav=50,
        facet="Event",
        jsonld="Event",
        home_undated=True,
    ),
    Kind(
        name="statement",
        producer="statements",
        attr="statements",
        cls=model.Statement,
        label="text",
        folder="statements",
        title="Statements",
        order=("date", "id"),
        year="date",
        shown_on=("event", "speaker", "date"),
        blurb="Who said what about militancy in Pakistan, with quotes and sources.",
        nav=60,
    ),
    Kind(
        name="statistic",
        producer="statistics",
        attr="statistics",
        cls=model.Statistic,
        label="label",
        folder="statistics",
        title="Figures",
        order=("series", "period", "id"),
        year="period",
        shown_on=("period",),
        blurb="Every figure the archived sources report, with its scope and producer.",
        nav=65,
    ),
    Kind(
        name="relation",
        producer="relations",
        attr="relations",
        cls=model.Relation,
        label="id",
        folder="relations",
        title="Relations between groups",
        order=("since", "id"),
        year="since",
        year_undated=False,
        blurb="Relations between militant groups in the sources' words (pledges, alliances, ties and others), with who says so.",
        nav=70,
        nav_title="Relations",
    ),
    Kind(name="set-aside", attr="set_aside", cls=model.SetAside, label="text"),
    # Reference data from outside the archive (which province contains a place): kept apart from
    # the cited records, with tables of its own in the open data (ispk/opendata.py).
    Kind(name="reference-dataset", attr="reference_datasets", cls=model.ReferenceDataset, label="name", cited=False),
    Kind(name="reference", attr="reference", cls=model.ReferenceFact, label="feature_name", cited=False),
)

BY_NAME: dict[str, Kind] = {k.name: k for k in KINDS}
BY_ATTR: dict[str, Kind] = {k.attr: k for k in KINDS}
WITH_PAGES: tuple[Kind, ...] = tuple(k for k in KINDS if k.pages)
CITED: tuple[Kind, ...] = tuple(k for k in KINDS if k.cited)


def kind(name: str) -> Kind:
    return BY_NAME[name]


def records(dataset: model.Dataset) -> typing.Iterator[tuple[Kind, Any]]:
    """Every top-level record with its kind, in registry order."""
    for k in KINDS:
        for record in getattr(dataset, k.attr):
            yield k, record


def label_of(k: Kind, record: Any) -> str:
    return str(getattr(record, k.label))


def dataset_fields() -> tuple[str, ...]:
    """The Dataset's fields, which the registry must match one for one (a test checks)."""
    return tuple(typing.get_type_hints(model.Dataset))

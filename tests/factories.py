"""A minimal valid dataset, and a way to break it one field at a time.

Every error-class test starts from ``small()``, replaces one record, and
checks the exact message. The archive quotes used here are real.
"""

from __future__ import annotations

import dataclasses

from ispk.data.sources import S000, SOURCES
from ispk.model import (
    Cite,
    Dataset,
    Event,
    Group,
    Place,
    ReferenceDataset,
    ReferenceFact,
    Region,
    Relation,
    Statement,
    When,
)

SOURCE = next(s for s in SOURCES if s.id == S000)
QUOTE = "Pakistan Pushes Back Against IS Supporters"


def cite(quote: str = QUOTE, source: str = S000) -> Cite:
    return Cite(source=source, quote=quote)


def small(**changes) -> Dataset:
    base = dict(
        sources=(SOURCE,),
        groups=(
            Group(id="islamic-state", name="Islamic State", kind="transnational jihadist organization", cites=(cite(),)),
            Group(id="jundullah", name="Jundullah", kind="militant faction", cites=(cite("called Jundullah"),)),
        ),
        regions=(Region(id="pakistan", name="Pakistan", kind="country"),),
        places=(
            Place(
                id="islamabad",
                name="Islamabad",
                kind="capital city",
                region="pakistan",
                cites=(cite("including the capital Islamabad"),),
            ),
        ),
        events=(
            Event(
                id="briefing",
                title="Weekly briefing",
                kind="briefing",
                summary="A briefing.",
                date=When(date="2014-12", basis="inferred", reason="test"),
                places=("islamabad",),
                where=(cite("speaking at a weekly briefing in Islamabad Thursday"),),
                groups=("islamic-state",),
                cites=(cite("speaking at a weekly briefing in Islamabad Thursday"),),
            ),
        ),
        statements=(
            Statement(
                id="aslam-shadow",
                text="Pakistan will not tolerate even the shadow of Daish in Pakistan.",
                form="quote",
                speaker_label="Tasnim Aslam",
                event="briefing",
                cites=(cite("Pakistan will not tolerate even the shadow of Daish in Pakistan."),),
            ),
        ),
        relations=(
            Relation(
                id="jundullah-pledge",
                kind="pledge",
                subject="jundullah",
                object="islamic-state",
                basis="reported",
                by="source 000",
                cites=(cite("also declared its allegiance"),),
            ),
        ),
    )
    base.update(changes)
    return Dataset(**base)


def replace_first(data: Dataset, field: str, **changes) -> Dataset:
    records = getattr(data, field)
    return dataclasses.replace(data, **{field: (dataclasses.replace(records[0], **changes), *records[1:])})


def with_reference(**changes) -> Dataset:
    """``small()`` plus reference data: a province no source names, and the place it contains."""
    base = small()
    dataset = ReferenceDataset(
        id="gazetteer",
        name="A gazetteer",
        version="1.0",
        licence="CC BY 4.0",
        licence_url="https://creativecommons.org/licenses/by/4.0/",
        url="https://example.org/",
        package="gazetteer 1.0 (PyPI)",
        attribution="Data: a gazetteer.",
    )
    facts = (
        ReferenceFact(
            id="unit-capital",
            region="capital-territory",
            dataset="gazetteer",
            feature_id="PK-IS",
            feature_name="Capital Territory",
            division="PK.08",
        ),
        ReferenceFact(
            id="place-islamabad",
            place="islamabad",
            dataset="gazetteer",
            feature_id="1176615",
            feature_name="Islamabad",
            division="PK.08",
        ),
    )
    fields = dict(
        regions=(
            *base.regions,
            Region(
                id="capital-territory", name="Capital Territory", kind="territory", parent="pakistan", named_by="reference data"
            ),
        ),
        reference_datasets=(dataset,),
        reference=facts,
    )
    fields.update(changes)
    return dataclasses.replace(base, **fields)

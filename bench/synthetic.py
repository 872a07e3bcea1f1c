"""Synthetic datasets for the scale benchmark: realistic in shape, invented in content.

``generate(events, seed)`` returns a valid :class:`~ispk.model.Dataset` of about
``events`` events and the texts of the synthetic source archive it quotes
(``{source_id: text}``). Every citation quotes its source verbatim, so the real
validator (``ispk.validate.check``) passes once the texts are written to a
folder as ``<source_id>.txt``.

Nothing here is real and nothing here is published: names are plainly made up
("Synthetic Group 17", "Province 3", "Town 41"), sentences are neutral filler,
and the site build never imports this module (only ``bench/`` and
``tests/test_synthetic.py`` do). The same ``(events, seed)`` always gives the
same dataset and the same texts (``random.Random(seed)``, no clock, no hashing
of objects).

Proportions, per event unless said otherwise (the real data, 42 events, is
close to these; see ``docs-maintainers/BENCHMARK.md``):

==========================  ==============================================
sources                     1 per 8 events (each a news-report-sized text)
groups                      1 per 40 events (at least 4), 1.2 relations each
regions                     3 countries; provinces 1 per 250 events (at
                            least 2); districts 1 per 40 (at least 3);
                            borders and tribal areas a few
places                      1 per 8 events (at least 4), some within others
people                      1 per 4 events (at least 4)
years covered               4 + 1 per 500 events, at most 20
events                      ~30 % undated; ~25 % with casualty counts;
                            ~15 % reported by two sources (two accounts,
                            differing counts); ~5 % part of another event
statements                  ~1.5 per event (60 % about an event)
statistics                  ~0.5 per event, in series of about 3
citations                   ~9 per event in all (the real data: 10)
==========================  ==============================================
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
import random
from collections import defaultdict

from ispk.model import (
    Account,
    Alias,
    Cite,
    Count,
    Dataset,
    Event,
    Fact,
    Group,
    Note,
    Person,
    Place,
    Region,
    Relation,
    Responsibility,
    Role,
    SetAside,
    Source,
    Statement,
    Statistic,
    When,
)

# Weights roughly as in the real data.
EVENT_KINDS = {
    "attack": 14,
    "arrest": 12,
    "military operation": 12,
    "report": 9,
    "other": 6,
    "hearing": 5,
    "briefing": 7,
    "pledge of allegiance": 4,
    "killing": 6,
    "visit": 4,
    "propaganda": 3,
    "rally": 3,
    "abduction": 4,
    "warning": 4,
    "border measure": 3,
    "ceasefire": 2,
}
GROUP_KINDS = (
    "militant group",
    "militant group",
    "militant faction",
    "militant network",
    "sectarian militant group",
    "militant alliance",
    "movement",
    "regional branch",
)
PLACE_KINDS = ("city", "town", "town", "district", "area", "area", "site", "tribal agency")
VIOLENT = {"attack", "killing", "military operation", "abduction"}
ASPECTS = ("casualties", "perpetrator", "location", "timing", "target")
TOPICS = {  # topic: (unit, producer kind)
    "deaths": "people",
    "wounded": "people",
    "attacks": "attacks",
    "arrests": "people arrested",
    "fighters": "fighters",
    "recruits": "recruits",
    "complaints": "complaints",
    "refugees": "registered refugees",
    "share": "percent",
    "trend": "percent",
}
PRODUCERS = (
    "the Synthetic Interior Office",
    "the Synthetic Institute for Conflict Data",
    "the Synthetic Provincial Police",
    "the Synthetic Monitoring Group",
    "the source itself",
)
PUBLISHERS = ("Synthetic Wire", "Synthetic Daily", "Example News Service", "Synthetic Radio", None)
VERBS = {
    "attack": "carried out an attack on",
    "arrest": "announced arrests in",
    "military operation": "began an operation in",
    "report": "published a report on",
    "other": "noted developments in",
    "hearing": "held a hearing on",
    "briefing": "gave a briefing on",
    "pledge of allegiance": "announced a pledge in",
    "killing": "reported a killing in",
    "visit": "made a visit to",
    "propaganda": "circulated leaflets in",
    "rally": "held a rally in",
    "abduction": "reported an abduction in",
    "warning": "issued a warning for",
    "border measure": "closed a crossing near",
    "ceasefire": "announced a ceasefire in",
}
TARGETS = (
    "a market",
    "a checkpoint",
    "a school",
    "a police station",
    "a bus",
    "a mosque",
    "a convoy",
    "a government office",
    "a border post",
    "a compound",
    "a bank",
    "a hospital",
)
ADVERBS = ("quietly", "publicly", "briefly", "repeatedly", "formally", "again", "later", "first")
TOPIC_WORDS = (
    "security",
    "recruitment",
    "funding",
    "propaganda",
    "border control",
    "arrests",
    "refugees",
    "local politics",
    "cross-border movement",
    "online messaging",
)
FILLER = (
    "Residents described the day as otherwise calm.",
    "Officials did not give further details.",
    "The account could not be independently confirmed.",
    "Further reporting was expected.",
    "Local traders said shops reopened the following day.",
    "The statement was read out to reporters.",
)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class _Archive:
    """Sentences per source, in the order the records quote them."""

    def __init__(self, n: int, rng: random.Random):
        self.rng = rng
        self.ids = [f"{i:05d}_synthetic" for i in range(n)]
        self.sentences: dict[str, list[str]] = {i: [] for i in self.ids}

    def pick(self) -> str:
        return self.rng.choice(self.ids)

    def cite(self, source: str, sentence: str, fragment: bool = False) -> Cite:
        """Put a sentence into a source and quote it (or a verbatim part of it)."""
        self.sentences[source].append(sentence)
        quote = sentence
        if fragment:
            words = sentence.rstrip(".").split()
            if len(words) > 6:
                start = self.rng.randrange(0, len(words) - 5)
                quote = " ".join(words[start : start + 5])
        return Cite(source=source, quote=quote)

    def text(self, source: str, headline: str, furniture: list[str]) -> str:
        # A headline line, paragraphs of 2 to 5 sentences, page furniture at the end.
        lines, body = [headline], list(self.sentences[source])
        while body:
            take = self.rng.randint(2, 5)
            lines.append(" ".join(body[:take]))
            body = body[take:]
        lines.extend(furniture)
        return "\n\n".join(lines) + "\n"


def _weighted(rng: random.Random, table: dict[str, int]) -> str:
    return rng.choices(list(table), weights=list(table.values()))[0]


def _when(rng: random.Random, years: list[int], unknown_year: float = 0.05) -> When:
    year = rng.choice(years)
    month = rng.randint(1, 12)
    roll = rng.random()
    if roll < unknown_year:
        return When(date=f"XXXX-{month:02d}-{rng.randint(1, 28):02d}")
    if roll < 0.6:
        return When(date=f"{year}-{month:02d}-{rng.randint(1, 28):02d}")
    if roll < 0.85:
        return When(date=f"{year}-{month:02d}")
    if roll < 0.95:
        return When(date=f"{year}")
    return When(
        date=f"{year}-{month:02d}",
        basis="inferred",
        reason="The text dates it to 'last month'; resolved against the source's date (synthetic).",
    )


def _date_words(when: When | None) -> str:
    if when is None:
        return "on a date the text does not give"
    parts = when.date.split("-")
    year = "" if parts[0] == "XXXX" else parts[0]
    if len(parts) == 3:
        return f"on {int(parts[2])} {MONTHS[int(parts[1]) - 1]} {year}".rstrip()
    if len(parts) == 2:
        return f"in {MONTHS[int(parts[1]) - 1]} {year}".rstrip()
    return f"in {year}"


def generate(events: int, seed: int = 1) -> tuple[Dataset, dict[str, str]]:
    """A valid synthetic dataset of ``events`` events and its archive texts ({source_id: text})."""
    if events < 1:
        raise ValueError("events must be at least 1")
    rng = random.Random(seed)
    n = events
    archive = _Archive(max(2, math.ceil(n / 8)), rng)
    first_year = 2005
    years = list(range(first_year, first_year + min(20, 4 + n // 500)))

    # Regions: countries > provinces > districts; borders and tribal areas beside them.
    regions: list[Region] = []
    countries = [f"country-{i}" for i in range(1, 4)]
    for i, rid in enumerate(countries, start=1):
        src = archive.pick()
        regions.append(
            Region(
                id=rid,
                name=f"Country {i}",
                kind="country",
                cites=(archive.cite(src, f"Country {i} is named in this synthetic text."),),
            )
        )
    provinces = []
    for i in range(1, max(2, n // 250) + 1):
        home = i % 5 != 0  # most provinces are in the home country
        rid = f"province-{i}"
        src = archive.pick()
        facts = ()
        if rng.random() < 0.5:
            facts = (
                Fact(
                    id=f"fact-province-{i}",
                    text=f"Province {i} borders at least one other synthetic province.",
                    cites=(archive.cite(src, f"Province {i} shares a border with a neighbouring province."),),
                ),
            )
        regions.append(
            Region(
                id=rid,
                name=f"Province {i}",
                kind="province" if home else "foreign province",
                parent="country-1" if home else rng.choice(countries[1:]),
                facts=facts,
                aliases=(Alias(name=f"Prov. {i}", kind="spelling"),) if rng.random() < 0.2 else (),
                cites=(archive.cite(src, f"Officials in Province {i} spoke to the synthetic reporter."),),
            )
        )
        provinces.append(rid)
    districts = []
    for i in range(1, max(3, n // 40) + 1):
        rid = f"district-{i}"
        src = archive.pick()
        regions.append(
            Region(
                id=rid,
                name=f"District {i}",
                kind="region",
                parent=rng.choice(provinces),
                cites=(archive.cite(src, f"District {i} lies in a synthetic province."),),
            )
        )
        districts.append(rid)
    others = []
    for i in range(1, 2 + n // 2000):
        src = archive.pick()
        regions.append(
            Region(
                id=f"border-{i}",
                name=f"Border Zone {i}",
                kind="border",
                between=("country-1", "country-2"),
                cites=(archive.cite(src, f"Border Zone {i} runs between two synthetic countries."),),
            )
        )
        others.append(f"border-{i}")
    for i in range(1, 2 + n // 5000):
        src = archive.pick()
        regions.append(
            Region(
                id=f"tribal-area-{i}",
                name=f"Tribal Area {i}",
                kind="tribal areas",
                parent="country-1",
                cites=(archive.cite(src, f"Tribal Area {i} was merged into a province in the synthetic record."),),
            )
        )
        others.append(f"tribal-area-{i}")
    region_names = {r.id: r.name for r in regions}

    # Places, each in a district (most) or a province; some within a larger place.
    places: list[Place] = []
    cities_by_region: dict[str, list[str]] = defaultdict(list)
    for i in range(1, max(4, n // 8) + 1):
        region = rng.choice(districts) if rng.random() < 0.8 else rng.choice(provinces + others)
        kind = "city" if i % 6 == 1 else rng.choice(PLACE_KINDS)
        within = None
        if kind in ("area", "site") and cities_by_region[region] and rng.random() < 0.5:
            within = rng.choice(cities_by_region[region])
        src = archive.pick()
        name = f"Town {i}" if kind != "site" else f"Site {i}"
        places.append(
            Place(
                id=f"place-{i}",
                name=name,
                kind=kind,
                region=region,
                within=within,
                aliases=(
                    Alias(
                        name=f"{name} Bazaar", kind="name", cites=(archive.cite(src, f"{name} is also called {name} Bazaar."),)
                    ),
                )
                if rng.random() < 0.1
                else (),
                cites=(archive.cite(src, f"{name} is a {kind} in the synthetic record."),),
            )
        )
        if kind == "city":
            cities_by_region[region].append(f"place-{i}")
    place_ids = [p.id for p in places]
    place_names = {p.id: p.name for p in places}

    # Groups, with facts, aliases, a parent now and then, and relations between them.
    groups: list[Group] = []
    n_groups = max(4, round(n / 40))
    for i in range(1, n_groups + 1):
        src = archive.pick()
        facts = tuple(
            Fact(
                id=f"fact-group-{i}-{k}",
                text=f"Synthetic Group {i} is described as active in {rng.choice(TOPIC_WORDS)}.",
                cites=(archive.cite(src, f"Synthetic Group {i} has been active in {rng.choice(TOPIC_WORDS)} for some years."),),
            )
            for k in range(1, rng.randint(1, 3))
        )
        aliases = tuple(
            Alias(
                name=f"SG-{i}{'' if k == 1 else chr(96 + k)}",
                kind="acronym",
                cites=(archive.cite(src, f"Synthetic Group {i} is known by the acronym SG-{i}{'' if k == 1 else chr(96 + k)}."),),
            )
            for k in range(1, rng.randint(1, 3))
        )
        parent = f"group-{rng.randint(1, i - 1)}" if i > 2 and rng.random() < 0.2 else None
        groups.append(
            Group(
                id=f"group-{i}",
                name=f"Synthetic Group {i}",
                kind=GROUP_KINDS[0] if i == 1 else rng.choice(GROUP_KINDS),
                aliases=aliases,
                facts=facts,
                parent=parent,
                parent_cites=(archive.cite(src, f"Synthetic Group {i} is part of Synthetic Group {parent.split('-')[1]}."),)
                if parent
                else (),
                cites=(archive.cite(src, f"Synthetic Group {i} was named in the synthetic report."),),
            )
        )
    group_ids = [g.id for g in groups]

    relations: list[Relation] = []
    for i in range(1, round(n_groups * 1.2) + 1):
        subject, obj = rng.sample(group_ids, 2)
        kind = rng.choice(("pledge", "alliance", "split", "partnership", "branch", "support"))
        src = archive.pick()
        since = _when(rng, years, unknown_year=0) if rng.random() < 0.7 else None
        until = None
        if since and rng.random() < 0.15:
            until = When(date=str(int(since.date[:4]) + 1))
        s_name, o_name = f"Synthetic Group {subject.split('-')[1]}", f"Synthetic Group {obj.split('-')[1]}"
        basis = rng.choice(("reported", "reported", "claimed", "attributed"))
        if since and basis != "reported":  # a claim dates only when it was made
            since = dataclasses.replace(since, qualifier="by")
        relations.append(
            Relation(
                id=f"relation-{i}",
                kind=kind,
                subject=subject,
                object=obj,
                basis=basis,
                by=f"source {src.split('_')[0]}",
                since=since,
                until=until,
                description=f"{s_name} and {o_name}: a {kind} in the synthetic record.",
                cites=(archive.cite(src, f"{s_name} was reported to have a {kind} with {o_name}."),),
            )
        )

    # People: officials, analysts and militants.
    people: list[Person] = []
    for i in range(1, max(4, n // 4) + 1):
        src = archive.pick()
        title = rng.choice(("Spokesperson", "Analyst", "Commander", "Minister", "Police chief", "Researcher"))
        roles = (
            Role(
                title=title,
                organisation=rng.choice(("Synthetic Ministry", "Synthetic Institute", ""))
                or f"Synthetic Group {rng.randint(1, n_groups)}",
                when=_when(rng, years, unknown_year=0) if rng.random() < 0.3 else None,
                cites=(archive.cite(src, f"Person {i} Example, a {title.lower()}, was quoted by the synthetic reporter."),),
            ),
        )
        people.append(
            Person(
                id=f"person-{i}",
                name=f"Person {i} Example",
                roles=roles,
                groups=(rng.choice(group_ids),) if rng.random() < 0.3 else (),
            )
        )
    person_ids = [p.id for p in people]

    # Events.
    event_list: list[Event] = []
    statements: list[Statement] = []
    reports: list[str] = []
    for i in range(1, n + 1):
        eid = f"event-{i:05d}"
        kind = _weighted(rng, EVENT_KINDS)
        src = archive.pick()
        date = None if rng.random() < 0.3 else _when(rng, years)
        in_places = tuple(sorted(rng.sample(place_ids, rng.choice((1, 1, 1, 2))))) if rng.random() < 0.8 else ()
        in_regions = () if in_places else (rng.choice(districts + provinces),)
        # Every place is named, so that the where quote (the lead) places the event (issue 23, rule 3).
        where_name = " and ".join(place_names[p] for p in in_places) if in_places else region_names[in_regions[0]]
        actors = tuple(sorted(rng.sample(group_ids, rng.choice((0, 1, 1, 2)))))
        actor = f"Synthetic Group {actors[0].split('-')[1]}" if actors else "An unnamed group"
        what = VERBS[kind] + (f" {rng.choice(TARGETS)} in" if kind == "attack" else "")
        lead = f"{actor} {what} {where_name} {_date_words(date)}."
        cites = [
            archive.cite(src, lead),
            archive.cite(
                src, f"The {kind} in {where_name} was reported {rng.choice(ADVERBS)} by local officials.", fragment=True
            ),
        ]
        if rng.random() < 0.7:
            cites.append(archive.cite(src, rng.choice(FILLER)))
        if rng.random() < 0.5:
            cites.append(
                archive.cite(
                    src, f"The {kind} was the {rng.choice(ADVERBS)} reported incident in {where_name} that month.", fragment=True
                )
            )
        second = archive.pick() if rng.random() < 0.15 else None
        if second:
            cites.append(archive.cite(second, f"A second synthetic report also described the {kind} in {where_name}."))
        counts: list[Count] = []
        responsibility: list[Responsibility] = []
        accounts: list[Account] = []
        if kind in VIOLENT and rng.random() < 0.8:
            killed = rng.randint(0, 40)
            counts.append(
                Count(
                    measure="killed",
                    low=killed,
                    qualifier=rng.choice(("exact", "exact", "at least", "about")),
                    cite=archive.cite(src, f"Officials said {killed} people were killed in {where_name}."),
                )
            )
            if rng.random() < 0.6:
                wounded = rng.randint(1, 80)
                high = wounded + rng.randint(0, 10)
                counts.append(
                    Count(
                        measure="wounded",
                        low=wounded,
                        high=high,
                        cite=archive.cite(src, f"Between {wounded} and {high} people were wounded, the synthetic text says."),
                    )
                )
            if second:
                other = killed + rng.randint(1, 9)
                counts.append(
                    Count(
                        measure="killed",
                        low=other,
                        who="a second source",
                        cite=archive.cite(second, f"The second report put the dead in {where_name} at {other}."),
                    )
                )
            if actors:
                kind_r = rng.choice(("claimed", "attributed", "attributed", "disputed"))
                responsibility.append(
                    Responsibility(
                        group=actors[0],
                        kind=kind_r,
                        by="officials, as the source reports",
                        cites=(archive.cite(src, f"{actor} was {kind_r} as responsible for the {kind} in {where_name}."),),
                    )
                )
            elif rng.random() < 0.5:
                responsibility.append(
                    Responsibility(
                        group=None,
                        kind="attributed",
                        label="an unnamed militant faction",
                        by="police",
                        cites=(archive.cite(src, f"Police blamed an unnamed militant faction for the {kind} in {where_name}."),),
                    )
                )
        if rng.random() < 0.8:
            aspect = rng.choice(ASPECTS)
            accounts.append(
                Account(
                    aspect=aspect,
                    says=f"One synthetic account of the {aspect}.",
                    cite=archive.cite(src, f"The {aspect} of the {kind} in {where_name} was described by witnesses."),
                )
            )
            if second:
                accounts.append(
                    Account(
                        aspect=aspect,
                        says=f"A differing synthetic account of the {aspect}.",
                        cite=archive.cite(second, f"The second report gave a different {aspect} for the {kind}."),
                    )
                )
        notes = ()
        if rng.random() < 0.4:
            notes = (
                Note(
                    id=f"note-{eid}",
                    text="The synthetic text is vague on this point; recorded as stated.",
                    cites=(archive.cite(src, f"Details of the {kind} in {where_name} remained unclear."),),
                ),
            )
        part_of = event_list[rng.randrange(len(event_list))].id if event_list and rng.random() < 0.05 else None
        involved = tuple(sorted(rng.sample(person_ids, rng.choice((1, 2))))) if rng.random() < 0.3 else ()
        event_list.append(
            Event(
                id=eid,
                title=f"{actor} {what} {where_name}"[:120],
                kind=kind,
                date=date,
                undated_reason="" if date else "The synthetic text gives no date for it.",
                summary=f"A synthetic {kind} in {where_name}, recorded for the scale benchmark. {rng.choice(FILLER)}",
                places=in_places,
                regions=in_regions,
                where=(cites[0],),
                groups=actors,
                people=involved,
                counts=tuple(counts),
                responsibility=tuple(responsibility),
                accounts=tuple(accounts),
                notes=notes,
                part_of=part_of,
                cites=tuple(cites),
            )
        )
        if kind == "report":
            reports.append(eid)

        # About 1.5 statements per event: some about the event, some free-standing.
        for _k in range(rng.choice((0, 1, 1, 2, 2, 3))):
            sid = f"statement-{len(statements) + 1:05d}"
            speaker = rng.choice(person_ids) if rng.random() < 0.5 else None
            who = (
                f"Person {speaker.split('-')[1]} Example" if speaker else rng.choice(("Officials", "Residents", "A spokesperson"))
            )
            about = rng.random() < 0.6
            form = "quote" if rng.random() < 0.4 else "paraphrase"
            words = f"The situation in {where_name} is under control and {rng.choice(TOPIC_WORDS)} is a priority."
            sentence = (
                f'{who} said: "{words}"' if form == "quote" else f"{who} said the situation in {where_name} was under control."
            )
            s_src = src if about else archive.pick()
            statements.append(
                Statement(
                    id=sid,
                    text=words if form == "quote" else f"The situation in {where_name} was under control.",
                    form=form,
                    speaker=speaker,
                    speaker_label="" if speaker else who,
                    date=date if about else (_when(rng, years) if rng.random() < 0.7 else None),
                    undated_reason="The synthetic text does not date it.",
                    place=in_places[0] if about and in_places else None,
                    regions=in_regions if about else (),
                    event=eid if about else None,
                    groups=actors[:1] if about else (),
                    cites=(archive.cite(s_src, sentence),)
                    + (
                        (archive.cite(s_src, f"{who} made the remarks {_date_words(date if about else None)}."),)
                        if rng.random() < 0.3
                        else ()
                    ),
                )
            )

    # Statistics: about 0.5 per event, in series of about three figures.
    statistics: list[Statistic] = []
    n_stats = round(n * 0.5)
    series_count = max(1, n_stats // 3)
    for i in range(1, n_stats + 1):
        series = f"series-{rng.randint(1, series_count)}"
        topic = rng.choice(list(TOPICS))
        unit = TOPICS[topic]
        value = rng.randint(1, 5000) if unit != "percent" else rng.randint(1, 99)
        producer = rng.choice(PRODUCERS)
        src = archive.pick()
        scope = rng.random()
        region = rng.choice(provinces) if scope < 0.6 else None
        place = rng.choice(place_ids) if scope > 0.85 else None
        statistics.append(
            Statistic(
                id=f"statistic-{i:05d}",
                label=f"Synthetic figure {i}: {topic} ({series.replace('-', ' ')})",
                value=value,
                unit=unit,
                topic=topic,
                producer=producer,
                qualifier=rng.choice(("exact", "exact", "about", "as many as", "more than")),
                period=_when(rng, years, unknown_year=0) if rng.random() < 0.9 else None,
                region=region,
                place=place,
                series=series,
                series_title=f"Synthetic series {series.removeprefix('series-')}",
                report=rng.choice(reports) if reports and rng.random() < 0.4 else None,
                groups=(rng.choice(group_ids),) if rng.random() < 0.2 else (),
                cites=(archive.cite(src, f"According to {producer}, the figure for {topic} was {value} {unit}."),)
                + (
                    (archive.cite(src, f"The {topic} figure was compiled by {producer} from its own records.", fragment=True),)
                    if rng.random() < 0.5
                    else ()
                ),
            )
        )

    # Sources last: their texts (and checksums) are complete only now.
    sources: list[Source] = []
    set_aside: list[SetAside] = []
    texts: dict[str, str] = {}
    for number, sid in enumerate(archive.ids):
        headline = f"Synthetic report {number}: {rng.choice(TOPIC_WORDS).capitalize()} in the synthetic record"
        furniture = [f"Synthetic archive file {number}. All names in this text are invented."]
        text = archive.text(sid, headline, furniture)
        texts[sid] = text
        set_aside.append(SetAside(source=sid, text=furniture[0], reason="Archive furniture, not a statement of fact."))
        published = _when(rng, years, unknown_year=0) if rng.random() < 0.85 else None
        publisher = rng.choice(PUBLISHERS)
        sources.append(
            Source(
                id=sid,
                headline=headline,
                sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
                kind="synthetic news report",
                summary=f"An invented text of {len(archive.sentences[sid])} sentences for the scale benchmark.",
                publisher=publisher,
                publisher_basis="stated" if publisher else None,
                publisher_reason="" if publisher else "The synthetic text names no publisher.",
                published=published,
                published_reason="" if published else "The synthetic text states no date.",
                cites=(Cite(source=sid, quote=headline),),
            )
        )

    dataset = Dataset(
        sources=tuple(sources),
        groups=tuple(groups),
        regions=tuple(regions),
        places=tuple(places),
        people=tuple(people),
        events=tuple(event_list),
        statements=tuple(statements),
        statistics=tuple(statistics),
        relations=tuple(relations),
        set_aside=tuple(set_aside),
    )
    return dataset, texts


def write_archive(texts: dict[str, str], directory) -> None:
    """Write the synthetic archive as ``<source_id>.txt`` files (bytes exactly as hashed)."""
    from pathlib import Path

    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    for sid, text in texts.items():
        (folder / f"{sid}.txt").write_bytes(text.encode("utf-8"))

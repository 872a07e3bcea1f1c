"""The error catalogue: one fixture per class of data error, with its exact message."""

from __future__ import annotations

import dataclasses
import itertools
import re
import sys
from pathlib import Path

import pytest

from factories import QUOTE, cite, replace_first, small, with_reference
from ispk import archive, loader, validate
from ispk.model import Count, Event, Note, ReferenceFact, Region, Statistic, When
from ispk.problems import where


def _figures(*titles: str):
    """The small dataset with figures of one series, titled as given."""
    figures = tuple(
        Statistic(
            id=f"figure-{i}",
            label="Arrests",
            value=5,
            unit="people",
            topic="arrests",
            producer="officials",
            cites=(cite(),),
            series="arrests",
            series_title=title,
        )
        for i, title in enumerate(titles, start=1)
    )
    return dataclasses.replace(small(), statistics=figures)


# (name, broken dataset, the message after "file:line: ")
CASES = [
    (
        "unknown reference",
        lambda: replace_first(small(), "events", places=("atlantis",)),
        "event 'briefing', field 'places[0]': refers to unknown place 'atlantis'",
    ),
    (
        "unknown source in a citation",
        lambda: replace_first(small(), "groups", cites=(cite(source="999_nope"),)),
        "group 'islamic-state', field 'cites[0].source': refers to unknown source '999_nope'",
    ),
    (
        "duplicate id",
        lambda: dataclasses.replace(small(), groups=(*small().groups, small().groups[0])),
        "group 'islamic-state', field 'id': is used by 2 groups: ids must be unique",
    ),
    (
        "malformed id",
        lambda: replace_first(small(), "events", id="Weekly_Briefing"),
        "event 'Weekly_Briefing', field 'id': is not a valid id: expected lower-case letters, digits and single hyphens",
    ),
    (
        "impossible date",
        lambda: replace_first(small(), "events", date=When(date="2014-02-30")),
        "event 'briefing', field 'date.date': '2014-02-30' has day 30: that month has 28 days",
    ),
    (
        "malformed date (wrong precision syntax)",
        lambda: replace_first(small(), "events", date=When(date="Dec 2014")),
        "event 'briefing', field 'date.date': 'Dec 2014' is not a date: expected YYYY, YYYY-MM, YYYY-MM-DD, XXXX-MM or "
        "XXXX-MM-DD, one of several dates [YYYY-MM,YYYY-MM] or a range YYYY-MM/YYYY-MM",
    ),
    (
        "a set of one date",
        lambda: replace_first(small(), "events", date=When(date="[2014-12]", reason="test")),
        "event 'briefing', field 'date.date': '[2014-12]' lists one date: a set needs two or more, or write the date alone",
    ),
    (
        "a set out of order",
        lambda: replace_first(small(), "events", date=When(date="[2023-12,2022-12]", reason="test")),
        "event 'briefing', field 'date.date': '[2023-12,2022-12]' lists its dates out of order: write each date once, earliest first",
    ),
    (
        "a range that does not end after it starts",
        lambda: replace_first(small(), "events", date=When(date="2014-12/2014-06", reason="test")),
        "event 'briefing', field 'date.date': '2014-12/2014-06' does not end after it starts: write the earlier date first",
    ),
    (
        "a set or range of mixed precisions",
        lambda: replace_first(small(), "events", date=When(date="[2022,2023-12]", reason="test")),
        "event 'briefing', field 'date.date': '[2022,2023-12]' mixes precisions (year and month): give every date of a set to the same precision",
    ),
    (
        "a set or range with an unknown year",
        lambda: replace_first(small(), "events", date=When(date="XXXX-06/2014-12", reason="test")),
        "event 'briefing', field 'date.date': 'XXXX-06/2014-12' has a date without a year: a range needs known years",
    ),
    (
        "uncertain date without a reason",
        lambda: replace_first(small(), "events", date=When(date="[2022-12,2023-12]")),
        "event 'briefing', field 'date.reason': an uncertain date needs a reason: say why the texts allow more than one date",
    ),
    (
        "inferred speaker without a reason",
        lambda: replace_first(small(), "statements", speaker_basis="inferred"),
        "statement 'aslam-shadow', field 'speaker_reason': an inferred speaker needs a reason: say how this reference identifies the speaker",
    ),
    (
        "inferred date without a reason",
        lambda: replace_first(small(), "events", date=When(date="2014-12", basis="inferred")),
        "event 'briefing', field 'date.reason': an inferred date needs a reason",
    ),
    (
        "end before start",
        lambda: replace_first(small(), "relations", since=When(date="2016"), until=When(date="2014-11")),
        "relation 'jundullah-pledge', field 'until': ends (2014-11) before it starts (2016)",
    ),
    (
        "low above high",
        lambda: replace_first(small(), "events", counts=(Count(measure="killed", low=70, high=60, cite=cite()),)),
        "event 'briefing', field 'counts[0]': low (70) is above high (60)",
    ),
    (
        "negative count",
        lambda: replace_first(small(), "events", counts=(Count(measure="wounded", low=-1, cite=cite()),)),
        "event 'briefing', field 'counts[0].low': is -1: a count cannot be negative",
    ),
    (
        "series without a title",
        lambda: _figures(""),
        "statistic 'figure-1', field 'series_title': is empty: a figure in series 'arrests' needs the title readers see",
    ),
    (
        "figures of one series titled differently",
        lambda: _figures("Arrests", "Arrests by month"),
        "statistic 'figure-2', field 'series_title': 'Arrests by month' differs from 'Arrests' (statistic 'figure-1'): "
        "every figure of a series gives the same title",
    ),
    (
        "quote not in its source",
        lambda: replace_first(small(), "groups", cites=(cite("Pakistan pushes back"),)),
        "group 'islamic-state', field 'cites[0].quote': 'Pakistan pushes back' is not in source 000_91b91c98ed937f7f: "
        "the longest part found is 'Pakistan'; after it the quote has 'pushes back' where the source has 'Pushes Back': "
        "quote it verbatim",
    ),
    (
        "empty required field",
        lambda: replace_first(small(), "events", title="  "),
        "event 'briefing', field 'title': is empty: a value is required",
    ),
    (
        "missing citation",
        lambda: replace_first(small(), "events", cites=()),
        "event 'briefing', field 'cites': has no citation: every fact needs at least one Cite(source=..., quote=...)",
    ),
    (
        "unknown kind",
        lambda: replace_first(small(), "events", kind="bombing"),
        "event 'briefing', field 'kind': 'bombing' is not allowed: expected one of 'attack', 'abduction', 'arrest', "
        "'military operation', 'killing', 'pledge of allegiance', 'pledge of support', 'rally', 'propaganda', 'report', "
        "'briefing', 'hearing', 'warning', 'ceasefire', 'border measure', 'visit', 'other'",
    ),
    (
        "unknown responsibility category",
        lambda: replace_first(small(), "relations", basis="rumoured"),
        "relation 'jundullah-pledge', field 'basis': 'rumoured' is not allowed: expected one of 'claimed', 'attributed', 'disputed'",
    ),
    (
        "relation to itself",
        lambda: replace_first(small(), "relations", object="jundullah"),
        "relation 'jundullah-pledge', field 'object': a relation cannot link 'jundullah' to itself",
    ),
    (
        "wrong type: a string where a tuple belongs",
        lambda: replace_first(small(), "events", places="islamabad"),
        "event 'briefing', field 'places': expected a tuple of str (write `(item,)` for one item), got str",
    ),
    (
        "markup in a text field",
        lambda: replace_first(small(), "groups", name="<script>alert(1)</script>"),
        "group 'islamic-state', field 'name': contains markup ('<s'): write plain text, no HTML or links",
    ),
    (
        "a Markdown javascript link in a text field",
        lambda: replace_first(small(), "events", summary="[x](javascript:alert(1))"),
        "event 'briefing', field 'summary': contains markup (']('): write plain text, no HTML or links",
    ),
    (
        "control character in a text field",
        lambda: replace_first(small(), "events", title="Weekly\x02briefing"),
        "event 'briefing', field 'title': contains the control character '\\x02': remove it",
    ),
    (
        "statement without a speaker",
        lambda: replace_first(small(), "statements", speaker_label=""),
        "statement 'aslam-shadow', field 'speaker_label': a statement without a speaker id needs a speaker_label",
    ),
    (
        "reference fact for an unknown dataset",
        lambda: with_reference(
            reference=(dataclasses.replace(with_reference().reference[0], dataset="atlas"), with_reference().reference[1])
        ),
        "reference fact 'unit-capital', field 'dataset': refers to unknown reference dataset 'atlas'",
    ),
    (
        "reference fact for an unknown place",
        lambda: with_reference(
            reference=(with_reference().reference[0], dataclasses.replace(with_reference().reference[1], place="atlantis"))
        ),
        "reference fact 'place-islamabad', field 'place': refers to unknown place 'atlantis'",
    ),
    (
        "reference fact about neither or both a place and a region",
        lambda: with_reference(
            reference=(with_reference().reference[0], dataclasses.replace(with_reference().reference[1], region="pakistan"))
        ),
        "reference fact 'place-islamabad', field 'place': give either place or region: a reference fact is about one of them",
    ),
    (
        "reference place in a division no region has",
        lambda: with_reference(
            reference=(with_reference().reference[0], dataclasses.replace(with_reference().reference[1], division="PK.05"))
        ),
        "reference fact 'place-islamabad', field 'division': no region has a reference fact for division 'PK.05': add one, so that the place has a region",
    ),
    (
        "one division given to two regions",
        lambda: with_reference(
            reference=(
                *with_reference().reference,
                ReferenceFact(
                    id="unit-pakistan",
                    region="pakistan",
                    dataset="gazetteer",
                    feature_id="PK",
                    feature_name="Pakistan",
                    division="PK.08",
                ),
            )
        ),
        "reference fact 'unit-capital', field 'division': division 'PK.08' is given to 2 regions: one region per division",
    ),
    (
        "one reference feature given to two places",
        lambda: with_reference(
            places=(*small().places, dataclasses.replace(small().places[0], id="rawalpindi", name="Rawalpindi")),
            reference=(
                *with_reference().reference,
                dataclasses.replace(with_reference().reference[1], id="place-rawalpindi", place="rawalpindi"),
            ),
        ),
        "reference fact 'place-rawalpindi', field 'feature_id': feature '1176615' of 'gazetteer' is also the feature of place 'islamabad' "
        f"({where(with_reference().reference[1].origin)}, reference fact 'place-islamabad'): a feature belongs to one place or region only",
    ),
    (
        "duplicate reference fact id",
        lambda: with_reference(reference=(*with_reference().reference, with_reference().reference[1])),
        "reference fact 'place-islamabad', field 'id': is used by 2 reference facts: ids must be unique",
    ),
    (
        "region named only by reference data, without a reference fact",
        lambda: with_reference(
            reference=(
                *with_reference().reference[1:],
                ReferenceFact(
                    id="unit-pakistan",
                    region="pakistan",
                    dataset="gazetteer",
                    feature_id="PK",
                    feature_name="Pakistan",
                    division="PK.08",
                ),
            )
        ),
        "region 'capital-territory', field 'named_by': a region named only by reference data needs a ReferenceFact for it (ispk/data/reference.py)",
    ),
    (
        "region named only by reference data that cites a source",
        lambda: with_reference(regions=(*small().regions, dataclasses.replace(with_reference().regions[-1], cites=(cite(),)))),
        "region 'capital-territory', field 'named_by': is 'reference data', but the region cites a source: write 'sources'",
    ),
    (
        "changed source file",
        lambda: replace_first(small(), "sources", sha256="0" * 64),
        "source '000_91b91c98ed937f7f', field 'sha256': is 000000000000..., but the archive file hashes to 4ec93c9cb798...: the file changed",
    ),
    (
        "source publisher not filled",
        lambda: replace_first(small(), "sources", publisher=None, publisher_reason=""),
        "source '000_91b91c98ed937f7f', field 'publisher': is not filled: write the publisher the text names "
        '(publisher="...", publisher_basis="stated"), or say in publisher_reason why none is recorded',
    ),
    (
        "source publisher without its basis",
        lambda: replace_first(small(), "sources", publisher="Example News", publisher_basis=None),
        "source '000_91b91c98ed937f7f', field 'publisher_basis': is not filled: \"stated\" if the text names the "
        'publisher, "inferred" (with publisher_reason) if it does not',
    ),
    (
        "inferred publisher without a reason",
        lambda: replace_first(small(), "sources", publisher="Example News", publisher_basis="inferred", publisher_reason=""),
        "source '000_91b91c98ed937f7f', field 'publisher_reason': an inferred publisher needs a reason",
    ),
    (
        "source date not filled",
        lambda: replace_first(small(), "sources", published=None, published_reason=""),
        "source '000_91b91c98ed937f7f', field 'published': is not filled: write the date the text shows "
        '(published=When(date="YYYY-MM-DD"), or YYYY-MM or YYYY; basis="inferred" and a reason if the text '
        "does not state it), or say in published_reason why it is unknown",
    ),
    (
        "a border inside a country",
        lambda: dataclasses.replace(
            small(),
            regions=(*small().regions, Region(id="line-of-control", name="Line of Control", kind="border", parent="pakistan")),
        ),
        "region 'line-of-control', field 'parent': a border lies between states, never inside one: leave parent empty and name them in between",
    ),
    (
        "a border without the states it lies between",
        lambda: dataclasses.replace(
            small(), regions=(*small().regions, Region(id="line-of-control", name="Line of Control", kind="border"))
        ),
        "region 'line-of-control', field 'between': a border needs the two or more regions it lies between",
    ),
    (
        "an event placed where no quote places it",
        lambda: replace_first(small(), "events", where=(cite("Pakistan Pushes Back Against IS Supporters"),)),
        "event 'briefing', field 'places[0]': 'Islamabad' is not named in the event's where quotes: place an event only "
        "where a source says it happened, with that quote in where=(Cite(...),)",
    ),
    (
        "a place spoken of that no quote names",
        lambda: replace_first(small(), "events", speaks_of=("islamabad",), places=(), where=()),
        "event 'briefing', field 'speaks_of[0]': 'Islamabad' is not named in the event's speaks_of_quotes: add the quote "
        "that names it, speaks_of_quotes=(Cite(...),)",
    ),
    (
        "a place both spoken of and the place",
        lambda: replace_first(small(), "events", speaks_of=("islamabad",), speaks_of_quotes=(cite("in Islamabad Thursday"),)),
        "event 'briefing', field 'speaks_of[0]': 'Islamabad' is the event's place and also a place it speaks of: name it once",
    ),
    (
        "an author counted as the place",
        lambda: replace_first(small(), "events", author_regions=("pakistan",)),
        "event 'briefing', field 'author_regions[0]': 'pakistan' is the event's author and also its place: an author is not a place",
    ),
    (
        "a claimed relation dated as if it began then",
        lambda: replace_first(small(), "relations", basis="attributed", since=When(date="2014-10")),
        "relation 'jundullah-pledge', field 'since.qualifier': a relation that is attributed, not reported, is dated only "
        'by its claim: write qualifier="by"',
    ),
    (
        "a relative date in a passage that may predate its article",
        lambda: replace_first(
            small(), "sources", earlier_passages=(Note(id="n", text="test", cites=(cite("weekly briefing in Islamabad"),)),)
        ),
        "event 'briefing', field 'date': is inferred from a passage of source 000_91b91c98ed937f7f that may predate the "
        "article (see the source's earlier_passages): give every candidate year, as a set [YYYY,YYYY], with the reason",
    ),
]


@pytest.mark.parametrize("name, broken, expected", CASES, ids=[c[0] for c in CASES])
def test_error_class(name, broken, expected, sources_dir):
    with pytest.raises(validate.InvalidData) as caught:
        validate.check(broken(), sources=sources_dir)
    messages = [str(p) for p in caught.value.problems]
    assert any(m.split(": ", 1)[1] == expected for m in messages), "\n".join(messages)
    # Every message starts with the file and line where the record is written.
    assert all(m.split(": ", 1)[0].rsplit(":", 1)[1].isdigit() for m in messages), messages
    assert all(m.startswith(("tests/", "ispk/data/")) for m in messages), messages


def test_the_small_dataset_is_valid(sources_dir):
    assert validate.check(small(), sources=sources_dir) == []
    assert validate.check(with_reference(), sources=sources_dir) == []


def test_location_names_the_file_and_line_of_the_record(sources_dir):
    event = Event(id="x", title="t", kind="attack", summary="s", cites=(cite(),), places=("nowhere",))  # HERE
    broken = dataclasses.replace(small(), events=(event,))
    with pytest.raises(validate.InvalidData) as caught:
        validate.check(broken, sources=sources_dir)
    here = Path(__file__).relative_to(Path(__file__).parent.parent).as_posix()
    line = next(i for i, text in enumerate(Path(__file__).read_text().splitlines(), 1) if text.endswith("# HERE"))
    assert f"{here}:{line}: event 'x', field 'places[0]'" in str(caught.value)


def test_all_errors_are_reported_together(sources_dir):
    broken = replace_first(small(), "events", places=("atlantis",), kind="attack", title="", cites=())
    broken = replace_first(broken, "relations", object="jundullah")
    with pytest.raises(validate.InvalidData) as caught:
        validate.check(broken, sources=sources_dir)
    fields = {(p.record, p.field) for p in caught.value.problems}
    assert {
        ("event 'briefing'", "places[0]"),
        ("event 'briefing'", "title"),
        ("event 'briefing'", "cites"),
        ("relation 'jundullah-pledge'", "object"),
    } <= fields
    assert str(caught.value).startswith(f"{len(caught.value.problems)} data error(s):")


def test_a_mistyped_record_does_not_hide_other_errors(sources_dir):
    broken = replace_first(small(), "groups", kind="militant fraction")
    broken = replace_first(broken, "events", places=("atlantis",))
    with pytest.raises(validate.InvalidData) as caught:
        validate.check(broken, sources=sources_dir)
    fields = {(p.record, p.field) for p in caught.value.problems}
    # The relation that names the mistyped group is not reported as a dangling reference.
    assert fields == {("group 'islamic-state'", "kind"), ("event 'briefing'", "places[0]")}


def test_missing_source_file(tmp_path, sources_dir):
    (tmp_path / "other.txt").write_text("x")
    with pytest.raises(validate.InvalidData) as caught:
        validate.check(small(), sources=tmp_path)
    assert any(
        p.field == "id" and p.message.startswith("no file 000_91b91c98ed937f7f.txt in the source archive")
        for p in caught.value.problems
    )


def test_absent_archive_is_skipped_loudly_not_passed(tmp_path):
    notices = validate.check(small(), sources=tmp_path / "absent")
    assert len(notices) == 1 and "SKIPPED, not passed" in notices[0]


def test_orphan_narrative_file(tmp_path, sources_dir):
    narrative = tmp_path / "docs" / "narrative"
    (narrative / "groups").mkdir(parents=True)
    (narrative / "groups" / "islamic-state.md").write_text("Fine.\n")
    (narrative / "groups" / "no-such-group.md").write_text("Orphan.\n")
    with pytest.raises(validate.InvalidData) as caught:
        validate.check(small(), sources=sources_dir, narrative=narrative)
    assert [str(p) for p in caught.value.problems] == [
        "docs/narrative/groups/no-such-group.md:1: narrative groups/no-such-group: "
        "there is no group 'no-such-group': rename the file or add the record"
    ]


def test_narrative_citation_must_be_verbatim(tmp_path, sources_dir):
    narrative = tmp_path / "docs" / "narrative"
    (narrative / "groups").mkdir(parents=True)
    (narrative / "groups" / "islamic-state.md").write_text(
        f'Good [@000 "{QUOTE}"].\nBad [@000 "not a quote"].\nBroken [@000 unquoted].\n'
    )
    with pytest.raises(validate.InvalidData) as caught:
        validate.check(small(), sources=sources_dir, narrative=narrative)
    assert [str(p) for p in caught.value.problems] == [
        "docs/narrative/groups/islamic-state.md:2: narrative groups/islamic-state, field 'citation': "
        "'not a quote' is not in source 000_91b91c98ed937f7f: the longest part found is 'not'; "
        "after it the quote has 'a quote' where the source has 'reveal their': quote it verbatim",
        "docs/narrative/groups/islamic-state.md:3: narrative groups/islamic-state, field 'citation': "
        'malformed citation: write [@003 "verbatim quote"]',
    ]


def test_statement_and_relation_ids_share_the_anchor_namespace(sources_dir):
    broken = dataclasses.replace(small(), relations=(dataclasses.replace(small().relations[0], id="aslam-shadow"),))
    with pytest.raises(validate.InvalidData) as caught:
        validate.check(broken, sources=sources_dir)
    assert any("anchor id 'aslam-shadow' is used 2 times" in p.message for p in caught.value.problems)


# --------------------------------------------------------------------------- #
# Loading: data files are found by listing the package; what would vanish is an error
# --------------------------------------------------------------------------- #

_HEAD = "from ispk.model import Cite, Event, SetAside, Statement\n"
_EVENT = 'Event(id="x", title="t", kind="other", summary="s", undated_reason="r", cites=(Cite(source="s", quote="q"),))'
_EVENT_Y = _EVENT.replace('id="x"', 'id="y"')
_ASIDE = 'SetAside(source="s", text="Menu", reason="Page furniture.")'

# (name, the data file s900.py, the line reported, the message after "file:line: ")
LOAD_CASES = [
    (
        "a record list under a near-miss name",
        f"EVENT = (\n    {_EVENT},\n)\n",
        2,
        "module 's900', field 'EVENT': is not a record list the reference reads, so its 1 event would be left out: did you mean EVENTS?",
    ),
    (
        "records under a name no list reads",
        f"ATTACKS = ({_EVENT}, {_EVENT_Y})\n",
        2,
        "module 's900', field 'ATTACKS': is not a record list the reference reads, so its 2 events would be left out: put them in EVENTS",
    ),
    (
        "an empty list under a near-miss name",
        "SETASIDE = ()\n",
        2,
        "module 's900', field 'SETASIDE': looks like a record list but is not one the reference reads: did you mean SET_ASIDE? "
        "(record lists: SOURCES, GROUPS, REGIONS, PLACES, PEOPLE, EVENTS, STATEMENTS, STATISTICS, RELATIONS, SET_ASIDE, REFERENCE_DATASETS, REFERENCE)",
    ),
    (
        "a record in the wrong list",
        f"STATEMENTS = (\n    {_ASIDE},\n)\n",
        3,
        "module 's900', field 'STATEMENTS[0]': is a set-aside, but STATEMENTS holds statement records: move it to SET_ASIDE",
    ),
    (
        "something else in a record list",
        'SET_ASIDE = ("Menu",)\n',
        2,
        "module 's900', field 'SET_ASIDE[0]': is str 'Menu', but SET_ASIDE holds SetAside records only",
    ),
    (
        "a record list that is not a tuple",
        f"SET_ASIDE = {_ASIDE}\n",
        2,
        "module 's900', field 'SET_ASIDE': expected a tuple of SetAside (write `(item,)` for one item), got SetAside",
    ),
    (
        "a Python syntax error in a data file",
        'SET_ASIDE = (\n    SetAside(source="s", text="Menu" reason="Page furniture."),\n)\n',
        3,
        "module 's900': is not valid Python: invalid syntax. Perhaps you forgot a comma? (column 31)",
    ),
    (
        "a data file Python cannot run",
        'EVENTS = (\n    Event(id="x", title="t", kind="attack", summary=1 / 0),\n)\n',
        3,
        "module 's900': could not be run: ZeroDivisionError: division by zero",
    ),
    (
        "a misspelled field",
        'EVENTS = (\n    Event(\n        id="x",\n        titel="t",\n    ),\n)\n',
        5,
        "module 's900', field 'titel': Event has no field 'titel': did you mean 'title'?",
    ),
    (
        "a misspelled field of a record inside a record",
        'EVENTS = (\n    Event(\n        id="x",\n        cites=(\n            Cite(\n                source="s",\n                quot="q",\n            ),\n        ),\n    ),\n)\n',
        8,
        "module 's900', field 'quot': Cite has no field 'quot': did you mean 'quote'?",
    ),
]

_PACKAGES = itertools.count()


def load_files(tmp_path: Path, monkeypatch, files: dict[str, str]):
    """Load a throwaway data package holding ``files`` through the real loader."""
    name = f"ispk_fixture_{next(_PACKAGES)}"
    package = tmp_path / name
    package.mkdir()
    (package / "__init__.py").write_text("")
    for file, text in files.items():
        (package / file).write_text(text)
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        return loader.load_package(name), package
    finally:
        for module in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
            del sys.modules[module]


@pytest.mark.parametrize("name, text, line, expected", LOAD_CASES, ids=[c[0] for c in LOAD_CASES])
def test_load_error_class(name, text, line, expected, tmp_path, monkeypatch):
    with pytest.raises(validate.InvalidData) as caught:
        load_files(tmp_path, monkeypatch, {"s900.py": _HEAD + text})
    file = next(tmp_path.glob("*/s900.py"))
    assert [str(p) for p in caught.value.problems] == [f"{file}:{line}: {expected}"]


def test_every_module_is_loaded_in_order_without_a_list(tmp_path, monkeypatch):
    aside = "from ispk.model import SetAside\nSET_ASIDE = (SetAside(source='s', text='{}', reason='r'),)\n"
    dataset, _ = load_files(
        tmp_path,
        monkeypatch,
        {
            "s010.py": aside.format("ten"),
            "s9.py": aside.format("nine"),
            "shared.py": aside.format("shared"),
            "_private.py": "EVENT = ()\n",
            "notes.txt": "not a module",
        },
    )
    # Shared files first, then per-source files by number (s9 before s010); private modules are not data.
    assert [s.text for s in dataset.set_aside] == ["shared", "nine", "ten"]


def test_private_helpers_and_imported_lists_are_not_errors(tmp_path, monkeypatch):
    dataset, _ = load_files(
        tmp_path,
        monkeypatch,
        {
            "s001.py": _HEAD + f"_DRAFTS = ({_EVENT},)\nEVENTS = _DRAFTS\n_DATES = ()\nSOURCE_NOTE = 'text'\n",
            "s002.py": "from .s001 import EVENTS\n",  # imported, not assigned: read once, from s001
        },
    )
    assert [e.id for e in dataset.events] == ["x"]


def test_every_loading_error_is_reported_together(tmp_path, monkeypatch):
    with pytest.raises(validate.InvalidData) as caught:
        load_files(tmp_path, monkeypatch, {"s001.py": _HEAD + "EVENTS = (\n", "s002.py": _HEAD + "EVENT = ()\n"})
    assert [p.record for p in caught.value.problems] == ["module 's001'", "module 's002'"]
    assert str(caught.value).startswith("2 data error(s):")


def test_a_syntax_error_in_a_real_data_file_is_one_line_not_a_traceback(tmp_path):
    # The real package and entry point on a copy, as a cataloguer running them would meet it.
    import shutil
    import subprocess

    root = Path(__file__).resolve().parent.parent
    for folder in ("ispk", "scripts"):
        shutil.copytree(root / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__"))
    broken = tmp_path / "ispk" / "data" / "s004.py"
    text = broken.read_text()
    broken.write_text(text.replace("EVENTS = (", "EVENTS = ((", 1))
    line = text[: text.index("EVENTS = (")].count("\n") + 1
    done = subprocess.run([sys.executable, "-m", "scripts.validate_data"], cwd=tmp_path, capture_output=True, text=True)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == (
        f"1 data error(s):\n  ispk/data/s004.py:{line}: module 's004': is not valid Python: '(' was never closed (column 10)\n"
    )


def test_readme_documents_every_error_class():
    readme = (Path(__file__).parent.parent / "README.md").read_text()
    for name, _, message in CASES:
        # A message naming another record's line in the test data shows it as N.
        message = re.sub(r"tests/factories\.py:\d+", "tests/factories.py:N", message)
        assert f"| {name} | `{message}` |" in readme, name
    for name, _, _, message in LOAD_CASES:
        assert f"| {name} | `{message}` |" in readme, name


# A quote that is not in its source: where the match stops.
SPOKESMAN = (
    "Pakistan says it has halted the group's attempts to expand. The military's top spokesman, Lieutenant "
    "General Asim Bajwa, said on September 1 that authorities have arrested 309 people. Bajwa said more."
)


@pytest.mark.parametrize(
    "quote, expected",
    [
        (
            # A typo late in a long quote: the part found is shown up to where it stops, cut with an ellipsis.
            "The military's top spokesman, Lieutenant General Asim Bajwa, said on September 1 that authorities have arested 309",
            "the longest part found is '…Asim Bajwa, said on September 1 that authorities have'; "
            "after it the quote has 'arested 309' where the source has 'arrested 309'",
        ),
        (
            # A typo early: the longest part follows it, and the words before it differ.
            "The militarys top spokesman, Lieutenant General Asim Bajwa, said on September 1",
            "the longest part found is 'top spokesman, Lieutenant General Asim Bajwa, said on…'; "
            "before it the quote has 'The militarys' where the source has \"The military's\"",
        ),
        (
            # The longest run wins over an earlier, shorter one ("Bajwa said" is in the source too).
            "Bajwa said on September 2",
            "the longest part found is 'said on September'; after it the quote has '2' where the source has '1'",
        ),
        ("Nothing here matches", "none of its words is in the source"),
    ],
)
def test_a_quote_error_says_where_the_match_stops(quote, expected):
    assert archive.mismatch(quote, archive.normalise(SPOKESMAN)) == expected


def test_a_quote_error_cuts_a_long_quote_with_an_ellipsis():
    long = " ".join(f"word{i}" for i in range(30))
    assert archive.clip(long) == "word0 word1 word2 word3 word4 word5 word6 word7 word8 word9…"
    assert archive.clip(long, keep_end=True) == "…word22 word23 word24 word25 word26 word27 word28 word29"
    assert archive.clip("short") == "short"

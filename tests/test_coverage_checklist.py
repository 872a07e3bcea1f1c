"""The maintainers' coverage checklist: each sentence cited, set aside or still to do."""

from __future__ import annotations

import pytest

from ispk import coverage, loader
from ispk.coverage import Citing, Row
from ispk.model import Cite, Dataset, Event, Fact, Group, SetAside, Source

SOURCE = "900_invented"
# An invented text: four sentences, the second paragraph holding two.
TEXT = (
    "Site menu\n\n"
    "The invented Example Council met in the fictional town of Exampleville. It agreed on nothing.\n\n"
    "A second invented paragraph closes the text.\n"
)


@pytest.fixture
def archive_dir(tmp_path):
    (tmp_path / f"{SOURCE}.txt").write_text(TEXT, encoding="utf-8")
    return tmp_path


def invented(*, events=(), groups=(), set_aside=()) -> Dataset:
    source = Source(id=SOURCE, headline="Site menu", sha256="0" * 64, kind="invented", summary="Invented.")
    return Dataset(sources=(source,), events=events, groups=groups, set_aside=set_aside)


def cite(quote: str) -> Cite:
    return Cite(source=SOURCE, quote=quote)


def test_rows_say_cited_set_aside_or_to_do_with_who_cites_and_why(archive_dir):
    council = Event(
        id="council-meeting",
        title="t",
        kind="other",
        summary="s",
        undated_reason="r",
        cites=(cite("The invented Example Council met"),),
    )
    group = Group(
        id="example-council",
        name="Example Council",
        kind="movement",
        facts=(Fact(id="council-met", text="t", cites=(cite("met in the fictional town of Exampleville"),)),),
    )
    aside = SetAside(source=SOURCE, text="Site menu", reason="Page furniture: navigation.")
    [checklist] = coverage.checklists(invented(events=(council,), groups=(group,), set_aside=(aside,)), archive_dir).values()

    assert checklist.rows == (
        Row(
            number=1,
            line=1,
            text="Site menu",
            status="set aside",
            citing=(),
            reason="Page furniture: navigation.",
            anchor="sentence-1",
            next_todo="sentence-3",
        ),
        Row(
            number=2,
            line=3,
            text="The invented Example Council met in the fictional town of Exampleville.",
            status="cited",
            citing=(Citing(kind="group", id="example-council", anchor="council-met"), Citing(kind="event", id="council-meeting")),
            reason="",
            anchor="sentence-2",
            next_todo="sentence-3",
        ),
        Row(
            number=3,
            line=3,
            text="It agreed on nothing.",
            status="to do",
            citing=(),
            reason="",
            anchor="sentence-3",
            next_todo="sentence-4",
        ),
        Row(
            number=4,
            line=5,
            text="A second invented paragraph closes the text.",
            status="to do",
            citing=(),
            reason="",
            anchor="sentence-4",
            next_todo="sentence-3",
        ),
    )
    assert (checklist.source, checklist.first_todo) == (SOURCE, "sentence-3")
    assert (checklist.cited, checklist.set_aside, checklist.to_do) == (1, 1, 2)


def test_cited_wins_over_set_aside_and_nothing_is_next_when_all_is_done(archive_dir):
    everything = Event(
        id="all",
        title="t",
        kind="other",
        summary="s",
        undated_reason="r",
        cites=tuple(
            cite(q)
            for q in ("Site menu", "The invented Example Council met", "It agreed on nothing.", "A second invented paragraph")
        ),
    )
    aside = SetAside(source=SOURCE, text="Site menu", reason="Page furniture.")
    checklist = coverage.checklists(invented(events=(everything,), set_aside=(aside,)), archive_dir)[SOURCE]
    assert [r.status for r in checklist.rows] == ["cited"] * 4
    assert checklist.rows[0].reason == ""  # a cited sentence shows its records, not a set-aside reason
    assert checklist.first_todo is None and all(r.next_todo is None for r in checklist.rows)


def test_the_only_sentence_left_has_no_other_to_go_to(archive_dir):
    most = Event(
        id="most",
        title="t",
        kind="other",
        summary="s",
        undated_reason="r",
        cites=tuple(cite(q) for q in ("Site menu", "The invented Example Council met", "It agreed on nothing.")),
    )
    checklist = coverage.checklists(invented(events=(most,)), archive_dir)[SOURCE]
    assert [(r.status, r.next_todo) for r in checklist.rows] == [
        ("cited", "sentence-4"),
        ("cited", "sentence-4"),
        ("cited", "sentence-4"),
        ("to do", None),
    ]


def test_a_source_without_its_file_has_no_checklist(tmp_path):
    assert coverage.checklists(invented(), tmp_path) == {}


def test_the_real_sources_are_fully_covered_and_rows_match_the_report(dataset, sources_dir):
    checklists = coverage.checklists(dataset, sources_dir)
    assert list(checklists) == [s.id for s in loader.load().sources]
    report = coverage.report(dataset, sources_dir)
    for source_id, checklist in checklists.items():
        assert [r.text for r in checklist.rows] == [line.sentence.text for line in report[source_id]]
        assert checklist.to_do == 0 and checklist.cited + checklist.set_aside == len(checklist.rows)


def test_the_report_of_one_source(sources_dir):
    """`make coverage SOURCE=003`: one source's sentences, found by its number."""
    dataset = loader.load()
    everything = coverage.format_report(dataset, sources_dir)
    one = coverage.format_report(dataset, sources_dir, only="003")
    assert [h for h in one.splitlines() if h.startswith("## ")] == [h for h in everything.splitlines() if h.startswith("## 003")]
    assert len([h for h in everything.splitlines() if h.startswith("## ")]) > 1

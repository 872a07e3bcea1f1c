"""The preview's incremental plan (ispk/plan/incremental.py) equals a full plan of the same data.

One planner follows a series of edits to a synthetic dataset (bench/synthetic.py), as the
preview follows saves; after each, its plan must equal ``Steps.make`` on the same data from
scratch: every page, every file beside the pages, the navigation. Pictures are off (they only
fill slots of pages re-planned anyway); citations, open data and the maintainers' pages are on.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest

from bench import synthetic
from bench.pipeline import synthetic_config
from ispk import validate
from ispk.build import Build
from ispk.index import Index
from ispk.model import Cite, Dataset
from ispk.plan import Steps
from ispk.plan.incremental import Incremental, changed, keyed
from ispk.plan.page import Plan
from ispk.problems import InvalidData
from ispk.releases import diff, snapshot
from ispk.releases.model import Releases, snapshot_of
from ispk.releases.release import Release

Edit = Callable[[Dataset], Dataset]


def _replace(data: Dataset, attr: str, ident: str, **fields: object) -> Dataset:
    rows = tuple(dataclasses.replace(r, **fields) if r.id == ident else r for r in getattr(data, attr))
    return dataclasses.replace(data, **{attr: rows})


def _unreferenced_event(data: Dataset) -> str:
    """An event no statement, figure or other event refers to: one that can go."""
    used = {s.event for s in data.statements} | {e.part_of for e in data.events}
    used |= {getattr(f, "event", None) for f in data.statistics}
    return next(e.id for e in reversed(data.events) if e.id not in used)


def edit_title(data: Dataset) -> Dataset:
    e = data.events[len(data.events) // 2]
    return _replace(data, "events", e.id, title=e.title + " (edited)")


def rename_group(data: Dataset) -> Dataset:
    """A name every page listing the group's records shows: found through what showed it, not what it refers to."""
    g = data.groups[1]
    return _replace(data, "groups", g.id, name=g.name + " (renamed)")


def add_event(data: Dataset) -> Dataset:
    e = data.events[3]
    return dataclasses.replace(data, events=(*data.events, dataclasses.replace(e, id="event-added", title="An added event")))


def remove_event(data: Dataset) -> Dataset:
    gone = _unreferenced_event(data)
    return dataclasses.replace(data, events=tuple(e for e in data.events if e.id != gone))


def rename_place(data: Dataset) -> Dataset:
    """A place's id renamed, and every record that names it following."""
    old = next(p.id for p in data.places if any(p.id in e.places for e in data.events))
    new = old + "-renamed"
    places = tuple(dataclasses.replace(p, id=new) if p.id == old else p for p in data.places)
    events = tuple(
        dataclasses.replace(e, places=tuple(new if x == old else x for x in e.places)) if old in e.places else e
        for e in data.events
    )
    statements = tuple(dataclasses.replace(s, place=new) if s.place == old else s for s in data.statements)
    return dataclasses.replace(data, places=places, events=events, statements=statements)


def move_origin(data: Dataset) -> Dataset:
    """Nothing a reader sees: the event's data moved to another file (its page's input files change)."""
    e = data.events[7]
    return _replace(data, "events", e.id, origin=dataclasses.replace(e.origin, file="ispk/data/moved.py", line=3))


def move_event(data: Dataset) -> Dataset:
    """An event moved to another year and to a place in another region."""
    e = next(e for e in data.events if e.date is not None and e.places)
    here = {p.region for p in data.places if p.id in e.places}
    there = next(p for p in data.places if p.region not in here)
    other = next(x for x in data.events if x.date is not None and x.date.date[:4] != e.date.date[:4])
    return _replace(data, "events", e.id, date=other.date, places=(there.id,))


def move_place(data: Dataset) -> Dataset:
    """A place moved to another region: its events are listed there now."""
    p = next(p for p in data.places if any(p.id in e.places for e in data.events))
    region = next(r for r in data.regions if r.id != p.region and r.kind == "province")
    return _replace(data, "places", p.id, region=region.id)


def edit_statement(data: Dataset) -> Dataset:
    """A record with no page of its own: shown on its event's, speaker's or year's page."""
    s = next(s for s in data.statements if s.event)
    return _replace(data, "statements", s.id, text=s.text + " (edited)")


def unplace_statement(data: Dataset) -> Dataset:
    """A statement that loses its event, speaker and date: its home moves to its first source's page."""
    s = next(s for s in data.statements if s.event and s.speaker and s.date)
    return _replace(
        data, "statements", s.id, event=None, speaker=None, speaker_label="Officials", date=None, undated_reason="Not stated."
    )


def speak_of_place(data: Dataset) -> Dataset:
    """A place an event speaks of without taking place there: that place's page lists it apart."""
    e = next(e for e in data.events if e.places)
    p = next(p for p in data.places if p.id not in e.places)
    return _replace(data, "events", e.id, speaks_of=(p.id,))


def set_aside(data: Dataset) -> Dataset:
    """A sentence set aside no more: its source's coverage changes (its page, its maintainers' checklist)."""
    return dataclasses.replace(data, set_aside=data.set_aside[1:])


EDITS: tuple[Edit, ...] = (
    edit_title,
    rename_group,
    add_event,
    remove_event,
    rename_place,
    move_origin,
    move_event,
    move_place,
    edit_statement,
    unplace_statement,
    speak_of_place,
    set_aside,
)


@pytest.fixture(scope="module")
def archived(tmp_path_factory: pytest.TempPathFactory) -> tuple[Dataset, Path]:
    data, texts = synthetic.generate(80, seed=3)
    archive = tmp_path_factory.mktemp("archive")
    synthetic.write_archive(texts, archive)
    return data, archive


@pytest.fixture(scope="module")
def setup(archived: tuple[Dataset, Path], tmp_path_factory: pytest.TempPathFactory) -> tuple[Dataset, Steps]:
    data, archive = archived
    cache = tmp_path_factory.mktemp("cache")
    build = Build(synthetic_config(), sources=archive, narrative=None, cache=cache, pictures=False, releases=False)
    return data, build.steps(maintainers_pages=True)


def _differences(got: Plan, want: Plan) -> list[str]:
    out = [f"{p}: missing" for p in want.pages.keys() - got.pages.keys()]
    out += [f"{p}: not in a full plan" for p in got.pages.keys() - want.pages.keys()]
    for path in want.pages.keys() & got.pages.keys():
        a, b = got.pages[path], want.pages[path]
        if a != b:
            fields = [f.name for f in dataclasses.fields(a) if getattr(a, f.name) != getattr(b, f.name)]
            out.append(f"{path}: differs in {fields}")
    out += [f"file {f}: differs" for f in want.files.keys() | got.files.keys() if got.files.get(f) != want.files.get(f)]
    if got.nav != want.nav:
        out.append("the navigation differs")
    return sorted(out)


def _releases(first: Dataset, now: Dataset) -> Releases:
    """A release of the data before the edits, and this one: what changed since is on the record pages."""
    old, new = Release(version="0.1.0", date="2026-11-22"), Release(version="0.2.0", date="2026-12-01")
    rc = diff.compare(
        snapshot_of(snapshot.export(first), old.version, old.date), snapshot_of(snapshot.export(now), new.version, new.date)
    )
    return Releases(current=new, releases=(old, new), history=(rc,), since={old.version: rc})


@pytest.mark.parametrize("released", [False, True], ids=["unreleased", "with a release"])
def test_every_edit_plans_as_a_full_plan_does(setup: tuple[Dataset, Steps], released: bool) -> None:
    first, steps = setup
    data = first
    planner = Incremental(steps)
    planner.plan(Index(data), _releases(first, data) if released else None)
    for edit in EDITS:
        before, data = data, edit(data)
        assert changed(keyed(before), keyed(data)), f"{edit.__name__} changed nothing"
        releases = _releases(first, data) if released else None
        got = planner.plan(Index(data), releases)
        want = steps.make(Index(data), releases)
        assert _differences(got, want) == [], edit.__name__


def test_an_edit_re_plans_only_the_pages_it_touches(setup: tuple[Dataset, Steps]) -> None:
    """The point of it: an event's title edited re-produces its page and its neighbours', not every record's."""
    data, steps = setup
    planner = Incremental(steps)
    first = planner.plan(Index(data), None)
    again = planner.plan(Index(edit_title(data)), None)
    kept = [p for p, page in again.pages.items() if page is first.pages.get(p)]
    assert len(kept) > len(first.pages) // 2


def _cites(data: Dataset, index: int, *cites: Cite) -> Dataset:
    return _replace(data, "events", data.events[index].id, cites=cites)


def _errors(data: Dataset, archive: Path, passed: validate.Passed | None = None, narrative: Path | None = None) -> str:
    try:
        validate.check(data, sources=archive, passed=passed, narrative=narrative)
    except InvalidData as error:
        return str(error)
    return ""


def test_validation_skipping_what_passed_reports_every_error_as_a_full_one(archived: tuple[Dataset, Path]) -> None:
    """The preview checks again, record by record, only what changed; every error is reported exactly
    as a full validation reports it, and a record that is fixed, or moved, is checked again."""
    data, archive = archived
    e = data.events[5]
    wrong = dataclasses.replace(e.cites[0], quote="words that are in no source")
    elsewhere = dataclasses.replace(e.cites[0], source="99999_nowhere")
    edits: list[Dataset] = [
        data,
        _replace(data, "events", e.id, title=""),
        _replace(data, "events", e.id, kind="nonsense"),
        _cites(data, 5, wrong),
        _replace(_cites(data, 5, wrong), "events", e.id, origin=dataclasses.replace(e.origin, line=e.origin.line + 9)),
        _cites(data, 5, elsewhere),
        dataclasses.replace(data, sources=data.sources[1:]),
        data,
    ]
    passed = validate.Passed()
    seen = []
    for edited in edits:
        got = _errors(edited, archive, passed)
        assert got == _errors(edited, archive)
        seen.append(bool(got))
    assert seen == [False, True, True, True, True, True, True, False]


def test_narrative_found_safe_is_not_checked_again_but_an_unsafe_one_is(archived: tuple[Dataset, Path], tmp_path: Path) -> None:
    data, archive = archived
    story = tmp_path / "docs" / "narrative" / "events" / f"{data.events[0].id}.md"
    story.parent.mkdir(parents=True)
    passed = validate.Passed()
    seen = []
    safe, unsafe = "A safe paragraph.\n", "A paragraph.\n\n<script>alert(1)</script>\n"
    for text in (safe, unsafe, unsafe, safe):
        story.write_text(text)
        got = _errors(data, archive, passed, story.parents[1])
        assert got == _errors(data, archive, None, story.parents[1])
        seen.append("unsafe HTML" in got)
    assert seen == [False, True, True, False]


def test_a_change_sentence_naming_a_record_the_page_no_longer_shows(setup: tuple[Dataset, Steps]) -> None:
    """An event moved from one place to another since the release says so on its page, naming the
    place it left, which its page no longer shows: renaming that place changes the event's page."""
    first, steps = setup
    e = next(e for e in first.events if e.places)
    left = e.places[0]
    there = next(p.id for p in first.places if p.id not in e.places)
    moved = _replace(first, "events", e.id, places=(there,))
    planner = Incremental(steps)
    planner.plan(Index(moved), _releases(first, moved))
    renamed = _replace(moved, "places", left, name="A renamed place")
    got = planner.plan(Index(renamed), _releases(first, renamed))
    assert _differences(got, steps.make(Index(renamed), _releases(first, renamed))) == []


def test_the_preview_renders_after_each_edit_what_a_full_build_renders(
    archived: tuple[Dataset, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The preview renders again only the pages whose plan changed (ispk/adapters/preview.py): after
    each edit, every page's Markdown, and every file it wrote, is what a full plan renders."""
    from ispk.adapters.preview import Preview
    from ispk.render import Renderer

    data, archive = archived
    build = Build(synthetic_config(), sources=archive, narrative=None, cache=tmp_path / "cache", pictures=False, releases=False)
    monkeypatch.setattr(build, "check", lambda *args, **kwargs: [])  # add_event copies an event's note ids, as the plan test does
    preview = Preview(tmp_path / "preview", build)
    assert preview.update(data).ok
    docs = tmp_path / "preview" / "docs"
    for edit in EDITS:
        data = edit(data)
        done = preview.update(data)
        assert done.ok, done.errors
        if edit is edit_title:  # its page, its neighbours', the lists and the open data, not the site
            assert done.rendered < len(preview.pages) // 4
        plan = build.steps(maintainers_pages=True).make(Index(data), None)
        want = Renderer().site(plan)
        assert preview.pages == want, (edit.__name__, sorted(p for p in want if preview.pages.get(p) != want[p]))
        on_disk = {str(f.relative_to(docs)): f for f in docs.rglob("*") if f.is_file()}
        assert {p for p in on_disk if p.endswith(".md")} == set(want), edit.__name__
        assert all(on_disk[p].read_text(encoding="utf-8") == md for p, md in want.items()), edit.__name__
        assert all(on_disk[f].read_bytes() == c for f, c in plan.files.items()), edit.__name__

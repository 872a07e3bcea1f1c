"""The incremental plan (the preview's): after a save, re-plan only the pages the changed records touch.

``Incremental`` keeps the last plan, and the pages as they were before the fill steps
(``Steps.base``). Given new data it finds the records added, removed or changed
(``changed``), and re-produces through their producers' ``pages_of`` only the pages
of the records that

- changed themselves;
- a page showed before: a page that named a changed record (its ``deps``) is made again;
- a changed record refers to, as it was or as it is, and on through what those refer to
  (an event moved to a place lists it on the place's region's page, whose old ``deps``
  never held it);
- say what releases changed in them (their Changes section names records, such as a place
  an event left, that their ``deps`` need not hold).

Every other page a producer gives (the years', the indexes, the glossary, the prose
pages, the graph) is cheap enough to make again in full, and is. The fill steps (changes,
pictures, open data, citations, search facets) then run over the re-produced pages
alone; the other pages keep their filled selves from the last plan, and their citation
files. The navigation and the maintainers' pages are made again over the whole.

The result equals ``Steps.make`` on the same data (tests/test_incremental.py checks it
after a series of edits). A change to anything but the data (the narrative, a template,
the configuration) needs ``changed=None``: a full plan.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .. import kinds, opendata, routes
from ..coverage import Checklist
from ..index import Index
from ..model import Dataset
from ..releases.model import Releases
from ..walk import records
from . import Steps, Timer, listed, producers, untimed
from .deps import Deps
from .lists import Lists
from .page import Page, Plan, RecordKey
from .producers import years

Records = dict[RecordKey, Any]


def keyed(data: Dataset) -> Records:
    """Every record by (kind, id); a record with no id (a set-aside passage) by its source and text."""
    out: Records = {}
    for kind, record in records(data):
        out[kind, getattr(record, "id", None) or f"{record.source}:{record.text}"] = record
    return out


def changed(old: Mapping[RecordKey, Any], new: Mapping[RecordKey, Any]) -> frozenset[RecordKey]:
    """Keys of records added, removed or changed in any field, or moved in their files (``origin``,
    which equality leaves out, is where an error points and which files a page comes from)."""
    return frozenset(k for k in old.keys() | new.keys() if _differ(old.get(k), new.get(k)))


def _differ(a: Any, b: Any) -> bool:
    return a is not b and (a != b or getattr(a, "origin", None) != getattr(b, "origin", None))


@dataclass(frozen=True)
class _Last:
    ix: Index
    records: Records
    base: Plan
    """The pages before the fill steps (``Steps.base``)."""
    plan: Plan
    checklists: Mapping[str, Checklist]
    """The maintainers' coverage checklists, by source id (none unless the plan has those pages)."""


class Incremental:
    """The preview's planner: a full plan first, then only what each save touches."""

    def __init__(self, steps: Steps):
        self.steps = steps
        self.last: _Last | None = None
        self.opendata = opendata.Memo()

    @property
    def records(self) -> Records:
        """Every record of the last plan's data, by (kind, id) (``keyed``)."""
        return self.last.records if self.last is not None else {}

    def plan(self, ix: Index, releases: Releases | None, *, data_only: bool = True, timer: Timer = untimed) -> Plan:
        """The plan of this data; re-planned in part when only the data changed since the last call."""
        with timer("plan: what changed"):
            now = keyed(ix.data)
        env = self.steps.env(ix)
        if self.last is None or not data_only:
            base = self.steps.base(env, timer)
            lists = self.steps.checklists(ix)
            plan = self.steps.finish(self.steps.fill(base, ix, releases, timer, self.opendata), env, timer, lists)
        else:
            base, plan, lists = self._again(env, now, releases, timer)
        self.last = _Last(ix, now, base, plan, lists)
        return plan

    def _again(
        self, env: producers.Env, now: Records, releases: Releases | None, timer: Timer
    ) -> tuple[Plan, Plan, dict[str, Checklist]]:
        last = self.last
        assert last is not None
        ix = env.ix
        with timer("plan: what changed"):
            keys = changed(last.records, now)
            redo = touched(keys, last, now, ix) | _with_changes(last.plan)
        with timer("plan: record pages"):
            pages, fresh = self._pages(env, redo)
        with timer("plan: index pages"):
            made = [*years.pages(env), *Lists(env).pages()]
        pages.update((p.path, p) for p in made)
        with timer("plan: listed"):
            made_now = listed.fill(Plan(pages={p: pages[p] for p in [*fresh, *(p.path for p in made)]}, nav=()), env)
            pages.update(made_now.pages)
        base = Plan(pages=pages, nav=())
        filled = self.steps.fill(made_now, ix, releases, timer, self.opendata)
        kept = [p for p in pages if p not in made_now.pages]
        final = {p: filled.pages[p] if p in filled.pages else last.plan.pages[p] for p in pages}
        final.update((p, page) for p, page in filled.pages.items() if p not in final)  # change and open-data pages
        cite_files = {routes.cite_file(p, ext) for p in kept for ext in ("bib", "ris")}
        files = {**{f: c for f, c in last.plan.files.items() if f in cite_files}, **filled.files}
        # The coverage checklists of the sources the changed records cite, or cited, are made again.
        again = {ident for kind, ident in redo if kind == "source"}
        made_lists = self.steps.checklists(ix, again)
        lists: dict[str, Checklist] = {}
        for s in ix.data.sources:  # in the catalogue's order; a source with no archive text has none
            found = made_lists if s.id in again else last.checklists
            if s.id in found:
                lists[s.id] = found[s.id]
        kept_lists = {sid: last.plan.pages[routes.coverage_path(sid)] for sid in lists if sid not in again}
        return base, self.steps.finish(Plan(pages=final, nav=(), files=files), env, timer, lists, kept_lists), lists

    def _pages(self, env: producers.Env, redo: frozenset[RecordKey]) -> tuple[dict[str, Page], list[str]]:
        """Every record's page, in the order a full plan makes them: the last one's unless touched."""
        last = self.last
        assert last is not None
        pages: dict[str, Page] = {}
        fresh: list[str] = []
        for k in kinds.KINDS:
            producer = producers.for_kind(k)
            if producer is None:
                continue
            pages_of = producers.record_pages(producer)
            if pages_of is None or not k.pages:
                whole = list(producer.pages(env))
                fresh += [p.path for p in whole]
                pages.update((p.path, p) for p in whole)
                continue
            every = getattr(env.ix.data, k.attr)
            paths = [routes.page_path(k.name, r.id) for r in every]
            again = [r for r, p in zip(every, paths, strict=True) if (k.name, r.id) in redo or p not in last.base.pages]
            made = {p.path: p for p in pages_of(env, again)}
            fresh += made
            pages.update((p, made[p] if p in made else last.base.pages[p]) for p in paths)
        return pages, fresh


def _with_changes(plan: Plan) -> frozenset[RecordKey]:
    """The records whose pages say what releases changed in them: each change is a sentence naming
    records by their names now (a place an event left), which the page's ``deps`` need not hold."""
    return frozenset(
        (page.kind, page.record.id) for page in plan.pages.values() if "changes" in page.slots and hasattr(page.record, "id")
    )


def touched(keys: Iterable[RecordKey], last: _Last, now: Records, ix: Index) -> frozenset[RecordKey]:
    """The records whose pages the changed records may change (the module's docstring says which)."""
    keys = frozenset(keys)
    deps = Deps(ix)  # a record's references are its own: any Deps finds them
    found: set[RecordKey] = set(keys)
    todo: list[Any] = [r for k in keys for r in (last.records.get(k), now.get(k)) if r is not None]
    while todo:  # what the changed records refer to, as they were and as they are, and on
        record = todo.pop()
        for key in deps.of_record(record):
            if key not in found:
                found.add(key)
                todo += [r for r in (last.ix.record(*key), ix.record(*key)) if r is not None]
    for page in last.base.pages.values():  # what showed a changed record
        ident = getattr(page.record, "id", None)
        if ident is not None and not page.deps.isdisjoint(keys):
            found.add((page.kind, ident))
    return frozenset(found)

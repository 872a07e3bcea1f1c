"""The maintainers' pages: only the preview (`make serve`) asks for them, nothing publishes them.

One coverage checklist per source: each sentence of its archived text, cited
(with links to the records citing it), set aside (with the reason) or still to
do, a link to the next sentence to do on every row, and an index of every source
with its counts. The rows come from ``ispk.coverage.checklists``, the same
report as ``make coverage``.

These pages join the plan after the navigation and the citations are decided,
so they are in neither; they are marked noindex and kept out of the site search
(``Page.noindex``), and the preview tells the engine they are drafts, which no
build publishes or lists in its sitemap. Each source page gets a preview-only
link to its checklist.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

from .. import coverage, kinds, routes
from ..coverage import Checklist, Citing, Status
from ..index import Index
from .deps import Deps
from .page import Context, Link, Page, Plan, PreviewLink, Table

# How each status reads: a word and a sign, so that it never rests on colour alone.
MARKS = {"cited": "✓", "set aside": "–", "to do": "○"}
# Tables of long sentences need the width the navigation and the table of contents would take.
WIDE = ("navigation", "toc")
PREVIEW_NOTE = "Preview only: this page is shown by make serve and is never published."


@dataclass(frozen=True, kw_only=True)
class CitedBy:
    kind: str
    link: Link
    fact: str | None = None
    """The fact or note inside the record that the quote supports, if any (the link goes to it)."""


@dataclass(frozen=True, kw_only=True)
class Sentence:
    """One row of a checklist page."""

    number: int
    line: int
    text: str
    status: Status
    mark: str
    css: str
    """The status as a class name: cited, set-aside, to-do."""
    anchor: str
    """The row's id on the page: ``sentence-<number>``."""
    here: Link
    """This row's own address (the number links to it)."""
    cited_by: tuple[CitedBy, ...]
    reason: str
    next: Link | None
    """The next sentence still to do after this one (from the top again past the last)."""


@dataclass(frozen=True, kw_only=True)
class NextUp:
    """The first sentence still to do: a link to its row, its number and line, and its text."""

    link: Link
    number: int
    line: int
    text: str


@dataclass(frozen=True, kw_only=True)
class CoveragePage(Context):
    note: str
    """That only the preview shows the page."""
    index: Link
    number: str
    """The source's number ("003")."""
    source: Link
    cited: int
    set_aside: int
    to_do: int
    total: int
    first: NextUp | None
    rows: tuple[Sentence, ...]


@dataclass(frozen=True, kw_only=True)
class CoverageIndexPage(Context):
    note: str
    archive: bool
    """Whether the source archive was found."""
    to_do: int
    waiting: int
    """How many sources have sentences to do."""
    table: Table


def checklists(ix: Index, sources_dir: Path | None, only: Collection[str] | None = None) -> dict[str, Checklist]:
    """Each source's checklist (of these sources alone, if told), in the catalogue's order."""
    return coverage.checklists(ix.data, sources_dir, only) if sources_dir is not None else {}


def fill(
    plan: Plan,
    ix: Index,
    deps: Deps,
    sources_dir: Path | None,
    lists: Mapping[str, Checklist] | None = None,
    kept: Mapping[str, Page] | None = None,
) -> Plan:
    """The plan with the coverage pages added, and each source page linking to its checklist.

    ``lists``: the checklists, when the caller has them; ``kept``: the coverage pages of the sources
    whose checklists and citing records did not change, by source id (the incremental plan's).
    """
    if lists is None:
        lists = checklists(ix, sources_dir)
    kept = kept or {}
    pages = [_index(ix, deps, lists, sources_dir is not None)]
    pages += [kept.get(sid) or _source(ix, deps, checklist) for sid, checklist in lists.items()]
    links = {
        routes.page_path("source", sid): {
            "maintainers": PreviewLink(
                text="Preview only: which sentences of this text are cited, set aside or still to do, in its",
                link=Link(to=routes.coverage_path(sid), label="coverage checklist"),
            )
        }
        for sid in lists
    }
    return plan.with_slots(links).with_pages(pages)


def _citing_link(ix: Index, citing: Citing) -> CitedBy:
    record = ix.record(citing.kind, citing.id)
    home = routes.home_of(citing.kind, record)
    fact = citing.anchor if citing.anchor and kinds.kind(citing.kind).pages else None
    if fact:
        home += f"#{routes.anchor(fact)}"
    return CitedBy(kind=citing.kind, link=Link(to=home, label=ix.label(citing.kind, record)), fact=fact)


def _row_link(path: str, anchor: str, label: str) -> Link:
    return Link(to=f"{path}#{anchor}", label=label)


def _number(source_id: str) -> str:
    return source_id.split("_", 1)[0]


def _source(ix: Index, deps: Deps, c: Checklist) -> Page:
    source = ix.sources[c.source]
    path = routes.coverage_path(c.source)
    by_anchor = {r.anchor: r for r in c.rows}
    rows = tuple(
        Sentence(
            number=r.number,
            line=r.line,
            text=r.text,
            status=r.status,
            mark=MARKS[r.status],
            css=r.status.replace(" ", "-"),
            anchor=r.anchor,
            here=_row_link(path, r.anchor, str(r.number)),
            cited_by=tuple(_citing_link(ix, citing) for citing in r.citing),
            reason=r.reason,
            next=_row_link(path, r.next_todo, f"next to do: {by_anchor[r.next_todo].number}") if r.next_todo else None,
        )
        for r in c.rows
    )
    first = by_anchor[c.first_todo] if c.first_todo else None
    next_up = (
        None
        if first is None
        else NextUp(
            link=_row_link(path, first.anchor, f"Next sentence to do: {first.number} →"),
            number=first.number,
            line=first.line,
            text=first.text,
        )
    )
    # The page shows the source and every record citing it; the set-aside sentences are in its rows.
    shown = [source, *(ix.record(citing.kind, citing.id) for r in c.rows for citing in r.citing)]
    asides = [s for s in ix.data.set_aside if s.source == c.source]
    keys = deps.of(shown, asides)
    return Page(
        path=path,
        kind="maintainers",
        template="coverage.md.j2",
        noindex=True,
        hide=WIDE,
        record=source,
        title=f"Coverage of source {_number(c.source)}",
        description=f"Which sentences of source {_number(c.source)} are cited, set aside or still to do (preview only).",
        context=CoveragePage(
            note=PREVIEW_NOTE,
            index=Link(to=routes.coverage_path(), label="Coverage of every source"),
            number=_number(c.source),
            source=Link(to=routes.page_path("source", c.source), label=source.headline),
            cited=c.cited,
            set_aside=c.set_aside,
            to_do=c.to_do,
            total=len(c.rows),
            first=next_up,
            rows=rows,
        ),
        deps=keys,
        inputs=deps.files(keys) | {s.origin.file for s in asides},
    )


def _index(ix: Index, deps: Deps, checklists: Mapping[str, Checklist], archive: bool) -> Page:
    rows: list[tuple[str, Link, int | str, int | str, int | str, int | str, Link | str]] = []
    for s in ix.data.sources:
        c = checklists.get(s.id)
        if c is None:
            rows.append(
                (
                    _number(s.id),
                    Link(to=routes.page_path("source", s.id), label=s.headline),
                    "no text in the archive",
                    "—",
                    "—",
                    "—",
                    "—",
                )
            )
            continue
        page = routes.coverage_path(s.id)
        rows.append(
            (
                _number(s.id),
                Link(to=page, label=s.headline),
                len(c.rows),
                c.cited,
                c.set_aside,
                c.to_do,
                _row_link(page, c.first_todo, f"sentence {_first(c)} →") if c.first_todo else "—",
            )
        )
    waiting = [c for c in checklists.values() if c.to_do]
    keys = deps.of(
        ix.data.sources,
        ix.data.set_aside,
        [ix.record(citing.kind, citing.id) for c in checklists.values() for r in c.rows for citing in r.citing],
    )
    return Page(
        path=routes.coverage_path(),
        kind="maintainers",
        template="coverage_index.md.j2",
        noindex=True,
        hide=WIDE,
        title="Coverage of the sources",
        description="Every archived source: how many of its sentences are cited, set aside or still to do (preview only).",
        context=CoverageIndexPage(
            note=PREVIEW_NOTE,
            archive=archive,
            to_do=sum(c.to_do for c in waiting),
            waiting=len(waiting),
            table=Table(header=("No.", "Source", "Sentences", "Cited", "Set aside", "To do", "Next to do"), rows=tuple(rows)),
        ),
        deps=keys,
        inputs=deps.files(keys) | {s.origin.file for s in ix.data.set_aside},
    )


def _first(c: Checklist) -> int:
    """The number of the first sentence still to do."""
    return next(r.number for r in c.rows if r.anchor == c.first_todo)

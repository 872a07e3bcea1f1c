"""The "what changed" producer: the releases' change pages and a Changes section on record pages.

Everything shown comes from ``ispk.releases.model.Releases``, which the build reads
from the repository's release tags once and passes in; nothing is written by
hand, and no change is claimed that was not computed (with one release there is
nothing to compare, and the index says so). The pages:

- ``changes/index.md``: every release, newest first, with what it changed;
- ``changes/<version>.md``: what one release changed since the one before it;
- ``changes/since-<version>.md``: an older release compared straight with this
  one (the outdated-release banner links its readers there);
- a "changes" slot on the page of each record a release changed.

Links: a record that exists in this build links to where it lives now
(``routes.home_of``). Its page as it was in a release is a ``VersionLink`` into
that release's folder, which exists only in a versioned build (mike): an
ordinary build (``make build``, ``make serve``) names the releases without
linking to them, as its outdated banner does not exist either.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .. import dates, routes
from ..index import Index
from ..releases import versions
from ..releases.diff import record_histories
from ..releases.model import Change, ReleaseChanges, Releases
from ..releases.release import Release
from .change_words import ChangeWords
from .page import Cell, ChangeLog, Context, Link, Page, Plan, RecordKey, ReleaseLog, Slot, Table, VersionLink

KIND_WORDS = {"statistic": "figure", "set-aside": "set-aside sentence"}
"""How a change list names a kind, where its registry name is not the word readers know."""
LABEL_LIMIT = 160
"""A statement or set-aside sentence is labelled by its text: long ones are cut at a word, with "…"."""
NONE = "—"
PAGES = "Page in each release"


@dataclass(frozen=True, kw_only=True)
class ChangedRecord:
    """A record a release changed: a link to it, its kind and id, its pages in each release, and each field's change."""

    record: Link | VersionLink | str
    """A link to the record, else to its page in that release, else its name (a cell value)."""
    kind: str
    id: str
    pages: tuple[object, ...] | None
    """Its page before and after (a cell value), or None in an ordinary build."""
    table: Table


@dataclass(frozen=True, kw_only=True)
class ChangesPage(Context):
    """What one release changed since the one before it (since=False), or since an older release (since=True)."""

    comparison: ReleaseChanges
    dated: str
    """The newer release's date in words."""
    counts: Mapping[str, int]
    """Records "added", "removed" and "changed"."""
    versioned: bool
    added: Table | None
    removed: Table | None
    changed: tuple[ChangedRecord, ...]
    index: str
    """The page of every release's changes."""
    downloads: bool
    """Whether the open data (changes.csv, changes.json) is built."""
    since: bool = False


@dataclass(frozen=True, kw_only=True)
class ChangesIndexPage(Context):
    current: Release
    current_date: str
    first: Release
    first_date: str
    compared: bool
    """Whether any release is compared with an earlier one."""
    first_published: str
    table: Table
    since: tuple[tuple[Link, str, Mapping[str, int]], ...]
    """Each older release's "what changed since" page, its date in words, and its counts."""
    downloads: bool
    versioned: bool


def kind_word(kind: str) -> str:
    return KIND_WORDS.get(kind, kind)


def date_words(iso: str) -> str:
    return dates.parse(iso).text() if iso else "date not recorded"


def short(label: str) -> str:
    if len(label) <= LABEL_LIMIT:
        return label
    return label[:LABEL_LIMIT].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def with_id(record: Cell, ident: str) -> tuple[Cell, ...]:
    """A record's name (or link) with its id, which is the last part of its address."""
    return (record, " (", ident, ")")


class ChangePages:
    """Builds the pages and slots from one build's releases."""

    def __init__(self, ix: Index, releases: Releases, *, versioned: bool, downloads: bool):
        self.ix, self.releases, self.versioned, self.downloads = ix, releases, versioned, downloads
        self.words = ChangeWords(ix)

    # Where a record is -------------------------------------------------------- #
    def now(self, kind: str | None, ident: str | None) -> str | None:
        """The record's home in this build, if it still exists under this id."""
        if not (kind and ident):
            return None
        record = self.ix.record(kind, ident)
        return (routes.home_of(kind, record) or None) if record is not None else None

    def record(self, kind: str | None, ident: str | None, label: str, version: str, home: str | None) -> Link | VersionLink | str:
        """A record named in a change list: a link to it now, else to its page in ``version``, else its name."""
        now = self.now(kind, ident)
        if now and kind and ident:  # a home now: the record exists under this kind and id
            return Link(to=now, label=self.ix.label(kind, self.ix.record(kind, ident)))
        if self.versioned and home and versions.has_own_address(version):
            return VersionLink(version=version, to=home, label=short(label))
        return short(label)

    def in_release(self, version: str, home: str | None) -> VersionLink | str | None:
        """The record's page in that release; a release with no address of its own is named, not linked."""
        if not home:
            return None
        return VersionLink(version=version, to=home, label=version) if versions.has_own_address(version) else version

    @staticmethod
    def renames(rc: ReleaseChanges) -> dict[tuple[str, str], Change]:
        """{(kind, new id): the rename}: a renamed record's field changes are listed under its new id."""
        return {c.target: c for c in rc.of("renamed")}

    @staticmethod
    def homes(c: Change, renames: dict[tuple[str, str], Change]) -> tuple[str | None, str | None]:
        """Where the record was shown in the release before ``c.release``, and in ``c.release``."""
        if c.change == "added":
            return None, c.home
        if c.change == "removed":
            return c.home, None
        if c.change in ("renamed", "merged"):
            return c.home, c.target_page
        rename = renames.get((c.kind, c.id))
        return (rename.home if rename else c.home), c.home

    def pages_cell(self, c: Change, renames: dict[tuple[str, str], Change]) -> tuple[Cell, ...]:
        """Links to the record's page in the release before and in the release that made the change."""
        before, after = self.homes(c, renames)
        links = [x for x in (self.in_release(c.previous, before), self.in_release(c.release, after)) if x]
        parts: list[Cell] = []
        for i, x in enumerate(links):
            parts += ([" · "] if i else []) + [x]
        return tuple(parts) or (NONE,)

    # One comparison ----------------------------------------------------------- #
    def body(self, rc: ReleaseChanges) -> ChangesPage:
        """What a "what changed in" or "what changed since" page lists, as tables of text and links."""
        renames = self.renames(rc)
        pages = (PAGES,) if self.versioned else ()
        added: list[tuple[Cell, ...]] = [
            (
                with_id(self.record(c.kind, c.id, c.label, rc.version, c.home), c.id),
                kind_word(c.kind),
                *((self.pages_cell(c, renames),) if self.versioned else ()),
            )
            for c in rc.of("added")
        ]
        removed: list[tuple[Cell, ...]] = []
        for c in rc.changes:
            if c.change not in ("removed", "renamed", "merged"):
                continue
            went: Cell
            if c.change == "removed":
                went = "Removed; no record replaces it."
            else:
                target = self.record(c.target_kind, c.target_id, c.target_id or "", rc.version, c.target_page)
                went = (
                    "Renamed to " if c.change == "renamed" else "Merged into ",
                    target,
                    "; its old address ",
                    c.redirect or NONE,
                    " redirects there.",
                )
            removed.append(
                (
                    with_id(short(c.label), c.id),
                    kind_word(c.kind),
                    went,
                    *((self.pages_cell(c, renames),) if self.versioned else ()),
                )
            )
        changed: list[ChangedRecord] = []
        for (kind, ident), fields in rc.by_record().items():
            first = fields[0]
            changed.append(
                ChangedRecord(
                    record=self.record(kind, ident, first.label, rc.version, first.home),
                    kind=kind_word(kind),
                    id=ident,
                    pages=self.pages_cell(first, renames) if self.versioned else None,
                    table=Table(
                        header=("Field", f"In {rc.previous}", f"In {rc.version}", "What changed"),
                        rows=tuple((self.words.field_label(c), *self.words.values(c), self.words.sentence(c)) for c in fields),
                    ),
                )
            )
        return ChangesPage(
            comparison=rc,
            dated=date_words(rc.date),
            counts=rc.counts(),
            versioned=self.versioned,
            added=Table(header=("Record", "Kind", *pages), rows=tuple(added)) if added else None,
            removed=Table(header=("Record", "Kind", "Where it went", *pages), rows=tuple(removed)) if removed else None,
            changed=tuple(changed),
            index=routes.CHANGES,
            downloads=self.downloads,
        )

    def deps(self, rc: ReleaseChanges) -> frozenset[RecordKey]:
        """The records of this build the page names (their labels are shown)."""
        keys = {(c.kind, c.id) for c in rc.changes} | {c.target for c in rc.changes if c.target_id}
        return frozenset(k for k in keys if self.ix.record(*k) is not None)

    def release_page(self, rc: ReleaseChanges) -> Page:
        return Page(
            path=routes.changes_page(rc.version),
            kind="changes",
            template="changes.md.j2",
            title=f"What changed in {rc.version}",
            description=f"Records added, removed and changed in release {rc.version} of this reference, compared "
            f"with release {rc.previous}, computed from the data of both releases.",
            context=self.body(rc),
            deps=self.deps(rc),
        )

    def since_page(self, old: str, rc: ReleaseChanges) -> Page:
        return Page(
            path=routes.since_page(old),
            kind="changes",
            template="changes.md.j2",
            title=f"What changed since {old}",
            description=f"Everything that changed in this reference between release {old} and release {rc.version}: "
            "records added, removed and changed, computed from the data of both releases.",
            context=dataclasses.replace(self.body(rc), since=True),
            deps=self.deps(rc),
        )

    def index_page(self) -> Page:
        r = self.releases
        steps = {rc.version: rc for rc in r.history}
        rows = []
        for release in reversed(r.releases):
            rc = steps.get(release.version)
            if rc is None:
                continue
            counts = rc.counts()
            rows.append(
                (
                    Link(to=routes.changes_page(rc.version), label=f"What changed in {rc.version}"),
                    date_words(release.date),
                    rc.previous,
                    counts["added"],
                    counts["removed"],
                    counts["changed"],
                )
            )
        first = r.releases[0]
        since = [
            (Link(to=routes.since_page(old), label=f"What changed since {old}"), date_words(release.date), r.since[old].counts())
            for release in r.previous()
            if (old := release.version) in r.since
        ]
        return Page(
            path=routes.CHANGES,
            kind="changes",
            template="changes_index.md.j2",
            title="What changed between releases",
            description="Every release of this reference and what it changed: records added, removed (and where "
            "each went) and changed field by field, computed from the data of each release.",
            context=ChangesIndexPage(
                current=r.current,
                current_date=date_words(r.current.date),
                first=first,
                first_date=date_words(first.date),
                compared=bool(r.history),
                first_published=versions.FIRST_PUBLISHED,
                table=Table(
                    header=("Release", "Dated", "Compared with", "Records added", "Records removed", "Records changed"),
                    rows=tuple(rows),
                ),
                since=tuple(since),
                downloads=self.downloads,
                versioned=self.versioned,
            ),
        )

    # Record pages ---------------------------------------------------------------- #
    def logs(self, paths: Iterable[str]) -> dict[str, dict[str, Slot]]:
        """{record page: {"changes": ChangeLog}} for every page whose record a release changed."""
        renames = {rc.version: self.renames(rc) for rc in self.releases.history}
        wanted = set(paths)
        out: dict[str, dict[str, Slot]] = {}
        for (kind, ident), cs in record_histories(self.releases.history).items():
            record = self.ix.record(kind, ident)
            path = routes.home_of(kind, record) if record is not None else ""
            if not path or "#" in path or path not in wanted:
                continue  # only records with a page of their own; a removed record has none here
            by_release: dict[str, list[Change]] = defaultdict(list)
            for c in cs:
                if c.change == "removed" or (c.change == "merged" and (c.kind, c.id) == (kind, ident)):
                    continue  # the record's own removal is not listed on a page that exists
                by_release[c.release].append(c)
            if by_release:
                out[path] = {
                    "changes": ChangeLog(
                        releases=tuple(
                            ReleaseLog(
                                release=Link(to=routes.changes_page(version), label=version),
                                pages=self.pages_cell(rcs[0], renames.get(version, {})) if self.versioned else None,
                                sentences=tuple(self.what(c) for c in rcs),
                            )
                            for version, rcs in by_release.items()
                        ),
                        index=routes.CHANGES,
                        versioned=self.versioned,
                    )
                }
        return out

    def what(self, c: Change) -> Cell:
        """A change to a record, as a sentence on the record's page."""
        if c.change == "renamed":
            return ("Renamed from ", c.id, "; the old address ", c.redirect or NONE, " redirects here.")
        if c.change == "merged":
            return (
                f"The {kind_word(c.kind)} ",
                c.id,
                f" ({short(c.label)}) was merged into this one; its old address ",
                c.redirect or NONE,
                " redirects here.",
            )
        return self.words.sentence(c)


def fill(plan: Plan, ix: Index, releases: Releases, *, versioned: bool, downloads: bool) -> Plan:
    """Add the change pages and fill the "changes" slot of every changed record's page."""
    maker = ChangePages(ix, releases, versioned=versioned, downloads=downloads)
    pages = [
        maker.index_page(),
        *(maker.release_page(rc) for rc in releases.history),
        *(maker.since_page(old, rc) for old, rc in releases.since.items()),
    ]
    return plan.with_pages(pages).with_slots(maker.logs(plan.pages))

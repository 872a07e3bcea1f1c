"""What the releases are, as data: one release's records (``Snapshot``), what a release changed
(``Change``, ``ReleaseChanges``) and what one build shows about releases (``Releases``).

Plain frozen dataclasses: ``diff`` computes them, the site plan and ``export`` read them.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from .. import archive
from ..kinds import CITED, WITH_PAGES
from .release import Release

RecordJson = dict[str, Any]
"""One record as ``ispk/releases/snapshot.py`` writes it: JSON, of whatever model its release had."""
ChangeKind = Literal["added", "removed", "renamed", "merged", "changed"]
CHANGE_KINDS: tuple[str, ...] = ("added", "removed", "renamed", "merged", "changed")
FOLDERS = {k.name: k.folder for k in WITH_PAGES}
"""Kinds with a page of their own, and the folder of those pages."""


class ChangesError(RuntimeError):
    """A release cannot be read: a missing tag, or a data module that fails to load."""


# --------------------------------------------------------------------------- #
# A release's data and redirects
# --------------------------------------------------------------------------- #


@dataclass(frozen=True, kw_only=True)
class Snapshot:
    """One release as data: its version and date, every record as JSON, its redirect map."""

    version: str
    date: str
    records: Mapping[tuple[str, str], RecordJson]
    """(kind, id) -> the record as ``ispk/releases/snapshot.py`` writes it."""
    redirects: Mapping[str, str] = field(default_factory=dict)
    """Old URL ("groups/x/") -> the docs page it redirects to ("groups/y.md")."""


def record_id(kind: str, record: Mapping[str, Any]) -> str:
    """A record's id; a set-aside sentence has none, so its source and text make one (as in the open data)."""
    if "id" in record:
        return str(record["id"])
    digest = hashlib.sha256(archive.normalise(record["text"]).encode()).hexdigest()[:12]
    return f"{record['source'].split('_', 1)[0]}-{digest}"


def snapshot_of(
    exported: Mapping[str, list[RecordJson]], version: str, date: str, redirects: Mapping[str, str] | None = None
) -> Snapshot:
    """A Snapshot from ``snapshot.export`` output (of a tag, or of the data in this checkout)."""
    records: dict[tuple[str, str], RecordJson] = {}
    for k in CITED:
        for record in exported.get(k.attr, ()):
            records[k.name, record_id(k.name, record)] = record
    return Snapshot(version=version, date=date, records=records, redirects=dict(redirects or {}))


# --------------------------------------------------------------------------- #
# Changes
# --------------------------------------------------------------------------- #


@dataclass(frozen=True, kw_only=True)
class Change:
    """One change a release made: a record added, removed, renamed or merged, or one field changed."""

    release: str
    previous: str
    change: ChangeKind
    kind: str
    """The record's kind (event, group, ...)."""
    id: str
    """The record's id in the release where it is described: the old id for a removal."""
    label: str
    """The record's name or title (in the new release, or the old one if it went)."""
    field: str = ""
    """For a changed field: its path in the record, as in citations.csv (``counts[0].low``)."""
    old: str | None = None
    new: str | None = None
    note: str = ""
    """What kind of change it is, in words: "revised", "more precise (year → day)", "reclassified"."""
    target_kind: str | None = None
    target_id: str | None = None
    """Where a renamed or merged record went."""
    redirect: str | None = None
    """The old address ("events/x/") that redirects, in the new release, to the target."""
    home: str | None = None
    """Where the record is shown in the release where it is described (the old one for a removal):
    its page, or the page and anchor of a record without one (routes.home_of); None for a set-aside sentence."""

    @property
    def target(self) -> tuple[str, str]:
        """(kind, id) of the record a renamed or merged record went to."""
        if self.target_kind is None or self.target_id is None:
            raise ValueError(f"{self.kind} {self.id}: a change {self.change!r} has no target")
        return self.target_kind, self.target_id

    @property
    def target_page(self) -> str | None:
        """The docs page a renamed or merged record went to, if its kind has pages."""
        return f"{FOLDERS[self.target_kind]}/{self.target_id}.md" if self.target_kind in FOLDERS else None


@dataclass(frozen=True, kw_only=True)
class ReleaseChanges:
    """Everything one release changed since the one before it."""

    version: str
    previous: str
    date: str
    changes: tuple[Change, ...]

    def of(self, change: ChangeKind) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.change == change)

    def by_record(self) -> dict[tuple[str, str], tuple[Change, ...]]:
        """Changed records, each with its field changes, in order."""
        grouped: dict[tuple[str, str], list[Change]] = defaultdict(list)
        for c in self.of("changed"):
            grouped[c.kind, c.id].append(c)
        return {key: tuple(cs) for key, cs in grouped.items()}

    def counts(self) -> dict[str, int]:
        """Records added, removed (any way) and changed: what a summary line says."""
        return {
            "added": len(self.of("added")),
            "removed": len(self.of("removed")) + len(self.of("renamed")) + len(self.of("merged")),
            "changed": len(self.by_record()),
        }


@dataclass(frozen=True, kw_only=True)
class Releases:
    """What one build shows about releases, read from git once (``history.read``) and handed to the site plan."""

    current: Release
    """The release this build is (``extra.release`` in mkdocs.yml)."""
    releases: tuple[Release, ...]
    """Every release up to this one, oldest first: the tagged ones, then this one if it is not tagged yet."""
    history: tuple[ReleaseChanges, ...] = ()
    """Each release's changes since the one before it, oldest first: empty until there are two releases."""
    since: Mapping[str, ReleaseChanges] = field(default_factory=dict)
    """{older version: its changes straight to this release}: what a reader of that release has missed."""

    def previous(self) -> tuple[Release, ...]:
        """The releases before this one, newest first."""
        return tuple(r for r in reversed(self.releases) if r.version != self.current.version)

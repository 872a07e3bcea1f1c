"""What changed between releases, computed from the data at two git tags.

Nothing here is written by hand. A release is a tag ``vX.Y.Z``; its data is
the tag's own ``ispk.data``, exported as JSON by ``ispk/releases/snapshot.py`` in a
subprocess (so an old release's model never meets this checkout's), and its
redirects are the tag's ``mkdocs.yml`` ``redirect_maps``. Two snapshots are
then compared:

- a record in the new release only is **added**;
- a record in the old release only is **removed**, and says where it went: its
  page's old address redirects (in the new release's map) to a record that is
  new in this release (**renamed**) or that already existed (**merged** into
  it), or nowhere (**deleted**);
- a record in both is **changed** field by field: ``counts[0].low`` 70 → 73, a
  date made more precise (2016 → 2016-08-08), a responsibility reclassified
  (attributed → claimed). Items of a list are matched by what identifies them
  (a fact by its id, a count by measure, speaker and source, a citation by
  source and quote), so an inserted item does not make every later one "changed".

The results are plain frozen dataclasses for the site plan to render, and rows
with a Frictionless Table Schema for ``changes.csv`` and ``changes.json``.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Literal

import yaml

from .. import archive, dates, routes
from ..config import SiteConfig
from ..kinds import CITED, WITH_PAGES
from ..model import relation_verb
from ..routes import url_of
from . import release as release_info
from . import versions

ChangeKind = Literal["added", "removed", "renamed", "merged", "changed"]
CHANGE_KINDS: tuple[str, ...] = ("added", "removed", "renamed", "merged", "changed")
FOLDERS = {k.name: k.folder for k in WITH_PAGES}
"""Kinds with a page of their own, and the folder of those pages."""
KIND_OF_FOLDER = {folder: kind for kind, folder in FOLDERS.items()}
TAG_PREFIX = "v"
SNAPSHOT_SCRIPT = Path(__file__).with_name("snapshot.py")

# What identifies an item of a list, so that the same item is compared with itself
# across releases. Items without an entry are matched by position.
ITEM_KEYS: dict[str, tuple[str, ...]] = {
    "Fact": ("id",),
    "Note": ("id",),
    "Cite": ("source", "quote"),
    "Alias": ("name",),
    "Count": ("measure", "who", "cite.source"),
    "Responsibility": ("group", "label"),
    "Account": ("aspect", "cite.source"),
    "Role": ("title", "organisation"),
}
PRECISION = {"year": 0, "month": 1, "day": 2}


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
    records: Mapping[tuple[str, str], dict]
    """(kind, id) -> the record as ``ispk/releases/snapshot.py`` writes it."""
    redirects: Mapping[str, str] = field(default_factory=dict)
    """Old URL ("groups/x/") -> the docs page it redirects to ("groups/y.md")."""


def record_id(kind: str, record: Mapping[str, Any]) -> str:
    """A record's id; a set-aside sentence has none, so its source and text make one (as in the open data)."""
    if "id" in record:
        return record["id"]
    digest = hashlib.sha256(archive.normalise(record["text"]).encode()).hexdigest()[:12]
    return f"{record['source'].split('_', 1)[0]}-{digest}"


def snapshot_of(
    exported: Mapping[str, list[dict]], version: str, date: str, redirects: Mapping[str, str] | None = None
) -> Snapshot:
    """A Snapshot from ``snapshot.export`` output (of a tag, or of the data in this checkout)."""
    records = {}
    for k in CITED:
        for record in exported.get(k.attr, ()):
            records[k.name, record_id(k.name, record)] = record
    return Snapshot(version=version, date=date, records=records, redirects=dict(redirects or {}))


def current(dataset, config: Path = archive.ROOT / "mkdocs.yml") -> Snapshot:
    """The data in this checkout, as a Snapshot (for "changes since the last release" before tagging)."""
    from . import snapshot

    rel = release_info.read(config.read_text(encoding="utf-8"))
    return snapshot_of(snapshot.export(dataset), rel.version, rel.date, _redirects(config))


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, check=False)


def tags(repo: Path = archive.ROOT) -> list[tuple[str, str]]:
    """[(tag, version)] of every release tag ``vX.Y.Z``, oldest first."""
    done = _git(repo, "tag", "--list", f"{TAG_PREFIX}*")
    found = []
    for tag in done.stdout.decode().split():
        try:
            versions.parse(tag.removeprefix(TAG_PREFIX))
        except ValueError:
            continue
        found.append((tag, tag.removeprefix(TAG_PREFIX)))
    return sorted(found, key=lambda tv: versions.parse(tv[1]))


def releases_in(repo: Path = archive.ROOT) -> list[tuple[str, str]]:
    """[(revision, version)] of every release, oldest first: its tag ``vX.Y.Z``, or, for a release
    this clone has no tag of (``git clone --no-tags``, a CI checkout), the commit that first set
    that version in ``mkdocs.yml``, which is the commit ``make release`` made and tagged.

    So a clone without tags still builds the change pages its ``urls.txt`` registers. A shallow
    clone has neither: its build lists no earlier release, and the URL registry check says which
    registered pages are missing.
    """
    found = {version: tag for tag, version in tags(repo)}
    for sha, version in _release_commits(repo):
        found.setdefault(version, sha)
    return sorted(((rev, version) for version, rev in found.items()), key=lambda rv: versions.parse(rv[1]))


def _release_commits(repo: Path) -> list[tuple[str, str]]:
    """[(commit, version)]: the first commit of the history naming each version in mkdocs.yml."""
    # Only commits that touch a `version:` line can name a new one; git picks them out (-G), so a
    # build (and each preview save) reads a handful of mkdocs.yml files, not every one in the history.
    log = _git(repo, "log", "--reverse", "--format=%H", "-G^ *version:", "--", "mkdocs.yml")
    first: dict[str, str] = {}
    for sha in log.stdout.decode().split() if log.returncode == 0 else ():
        shown = _git(repo, "show", f"{sha}:mkdocs.yml")
        try:
            version = release_info.read(shown.stdout.decode("utf-8")).version
            versions.parse(version)
        except (ValueError, AttributeError, yaml.YAMLError):
            continue  # before releases were numbered, or not a release layout this code reads
        first.setdefault(version, sha)
    return [(sha, version) for version, sha in first.items()]


def _cache_dir() -> Path:
    return Path(os.environ.get("ISPK_CACHE") or archive.ROOT / ".cache") / "changes"


def load(revision: str, repo: Path = archive.ROOT) -> Snapshot:
    """The data, version, date and redirects at a git revision (a tag such as "v0.1.0").

    A release never changes, so its export is cached under the commit's hash and
    the exporter's own hash; a moved tag points at another commit and is read afresh.
    """
    commit = _git(repo, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    if commit.returncode != 0:
        raise ChangesError(f"{repo}: no git revision {revision!r}: is the release tagged (git tag {revision})?")
    sha = commit.stdout.decode().strip()
    exporter = hashlib.sha256(SNAPSHOT_SCRIPT.read_bytes()).hexdigest()[:12]
    cached = _cache_dir() / f"{sha}-{exporter}.json"
    try:
        stored = json.loads(cached.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        stored = _export(repo, sha, revision)
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            cached.write_text(json.dumps(stored, ensure_ascii=False), encoding="utf-8")
        except OSError:
            pass  # a read-only checkout still works, only slower
    return snapshot_of(stored["data"], stored["version"], stored["date"], stored["redirects"])


def _redirects(config: Path) -> dict[str, str]:
    """{old URL: new page} from a release's mkdocs.yml."""
    from .. import config as site_config
    from . import permanence

    return permanence.redirect_urls(site_config.redirects(config))


def _export(repo: Path, sha: str, revision: str) -> dict:
    archived = _git(repo, "archive", "--format=tar", sha, "ispk", "mkdocs.yml")
    if archived.returncode != 0:
        raise ChangesError(f"{revision}: git archive failed: {archived.stderr.decode().strip()}")
    with tempfile.TemporaryDirectory(prefix="ispk-release-") as tmp:
        with tarfile.open(fileobj=io.BytesIO(archived.stdout)) as tar:
            tar.extractall(tmp, filter="data")
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        # `python -c`: the working folder (the release's tree) comes first on the import path.
        done = subprocess.run(
            [sys.executable, "-c", SNAPSHOT_SCRIPT.read_text(encoding="utf-8")], capture_output=True, text=True, env=env, cwd=tmp
        )
        if done.returncode != 0:
            raise ChangesError(f"{revision}: its data module does not load:\n{done.stderr.strip()[-2000:]}")
        config = Path(tmp) / "mkdocs.yml"
        rel = release_info.read(config.read_text(encoding="utf-8"))
        return {"data": json.loads(done.stdout), "version": rel.version, "date": rel.date, "redirects": _redirects(config)}


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
    def page(self) -> str | None:
        """The docs page of the record in its release, if its kind has pages."""
        return f"{FOLDERS[self.kind]}/{self.id}.md" if self.kind in FOLDERS else None

    @property
    def target_page(self) -> str | None:
        return f"{FOLDERS[self.target_kind]}/{self.target_id}.md" if self.target_kind in FOLDERS else None

    def describe(self) -> str:
        """One plain sentence (unescaped text: the renderer escapes it)."""
        what = f"{self.kind} {self.id!r}"
        if self.change == "added":
            return f"Added {what}: {self.label}."
        if self.change == "removed":
            return f"Removed {what}: {self.label}; it has no successor."
        if self.change in ("renamed", "merged"):
            verb = "Renamed to" if self.change == "renamed" else "Merged into"
            return f"{verb} {self.target_kind} {self.target_id!r}: {what} ({self.label}); its old address redirects there."
        before = "(none)" if self.old is None else self.old
        after = "(none)" if self.new is None else self.new
        return f"{self.field}: {before} → {after} ({self.note})."


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


def label_of(record: Mapping[str, Any]) -> str:
    for name in ("name", "title", "label", "headline", "text"):
        if record.get(name):
            return " ".join(str(record[name]).split())
    return record.get("id", "")


def _label(snap: Snapshot, kind: str, record: Mapping[str, Any]) -> str:
    """How a change names a record. A statement is named by its speaker, as its links are on the site:
    its text is the speaker's words, and shown bare it would read as this reference's own."""
    if kind == "statement":
        person = snap.records.get(("person", record.get("speaker") or ""))
        who = (person or {}).get("name") or record.get("speaker_label") or record.get("speaker")
        return f"Statement by {who}" if who else "Statement"
    if kind == "relation":
        # A relation has no name: read it as its row in the relation tables does.
        part = f"{str(record['subject_part']).capitalize()} of " if record.get("subject_part") else ""
        # With who stands behind it ("(attributed)"), as on the site; a release before `basis` reads as reported.
        verb = relation_verb(str(record.get("kind", "")), str(record.get("basis") or "reported"))
        return f"{part}{_group_name(snap, record.get('subject', ''))} — {verb} — {_group_name(snap, record.get('object', ''))}"
    return label_of(record)


def _group_name(snap: Snapshot, ident: str) -> str:
    return (snap.records.get(("group", ident)) or {}).get("name") or ident


def compare(old: Snapshot, new: Snapshot) -> ReleaseChanges:
    """The changes from release ``old`` to release ``new``, in a stable order (kind, then id)."""
    changes: list[Change] = []
    base = {"release": new.version, "previous": old.version}
    gone = [key for key in old.records if key not in new.records]
    arrived = {key for key in new.records if key not in old.records}
    successors: dict[tuple[str, str], tuple[str, tuple[str, str], str]] = {}
    for kind, ident in gone:
        target = _redirect_target(kind, ident, new)
        if target and target in new.records:
            successors[kind, ident] = (
                "renamed" if target in arrived else "merged",
                target,
                url_of(f"{FOLDERS[kind]}/{ident}.md"),
            )
    renamed_to = {target: key for key, (how, target, _) in successors.items() if how == "renamed"}
    order = {k.name: i for i, k in enumerate(CITED)}
    for kind, ident in sorted(set(old.records) | set(new.records), key=lambda k: (order[k[0]], k[1])):
        key = (kind, ident)
        if key in arrived and key in renamed_to:
            continue  # reported once, as the old record's rename, with its field changes below
        if key in arrived:
            changes.append(
                Change(
                    **base,
                    change="added",
                    kind=kind,
                    id=ident,
                    label=_label(new, kind, new.records[key]),
                    home=home_in(kind, new.records[key]),
                )
            )
        elif key in successors:
            how, (tkind, tid), redirect = successors[key]
            changes.append(
                Change(
                    **base,
                    change=how,
                    kind=kind,
                    id=ident,
                    label=_label(old, kind, old.records[key]),
                    target_kind=tkind,
                    target_id=tid,
                    redirect=redirect,
                    home=home_in(kind, old.records[key]),
                )
            )
            if how == "renamed":
                target = new.records[tkind, tid]
                changes += _fields(base, tkind, tid, old.records[key], target, _label(new, tkind, target))
        elif key not in new.records:
            changes.append(
                Change(
                    **base,
                    change="removed",
                    kind=kind,
                    id=ident,
                    label=_label(old, kind, old.records[key]),
                    home=home_in(kind, old.records[key]),
                )
            )
        else:
            changes += _fields(base, kind, ident, old.records[key], new.records[key], _label(new, kind, new.records[key]))
    return ReleaseChanges(version=new.version, previous=old.version, date=new.date, changes=tuple(changes))


def home_in(kind: str, record: Mapping[str, Any]) -> str | None:
    """Where a record of a snapshot is shown in its release, as ``routes.home_of`` places it then.

    Read from the exported fields (a statement's event, speaker and date; a figure's
    period), so it also works for a record that no longer exists. None when the
    record has no home (a set-aside sentence) or its fields do not say (an old model).
    """

    def when(value: Any) -> Any:
        return SimpleNamespace(date=value["date"]) if isinstance(value, dict) and value.get("date") else None

    proxy = SimpleNamespace(
        id=record.get("id"),
        event=record.get("event"),
        speaker=record.get("speaker"),
        date=when(record.get("date")),
        period=when(record.get("period")),
    )
    try:
        return routes.home_of(kind, proxy) or None
    except (KeyError, ValueError, AttributeError, TypeError):
        return None


def _redirect_target(kind: str, ident: str, new: Snapshot) -> tuple[str, str] | None:
    if kind not in FOLDERS:
        return None
    page = new.redirects.get(url_of(f"{FOLDERS[kind]}/{ident}.md"))
    if not page:
        return None
    folder, _, name = page.partition("#")[0].removesuffix(".md").partition("/")
    target_kind = KIND_OF_FOLDER.get(folder)
    return (target_kind, name) if target_kind and name and "/" not in name else None


# --------------------------------------------------------------------------- #
# Field by field
# --------------------------------------------------------------------------- #


def _fields(base: dict, kind: str, ident: str, old: dict, new: dict, label: str) -> list[Change]:
    home = home_in(kind, new)
    return [
        Change(**base, change="changed", kind=kind, id=ident, label=label, field=path, old=o, new=n, note=note, home=home)
        for path, o, n, note in _diff(old, new, "")
        if path != "id"
    ]  # a new id is the rename itself


def _diff(old: Any, new: Any, path: str) -> Iterable[tuple[str, str | None, str | None, str]]:
    if old == new:
        return
    if isinstance(old, dict) and isinstance(new, dict) and old.get("_type") == new.get("_type"):
        if old.get("_type") == "When":
            yield path, _when_text(old), _when_text(new), _when_note(old, new)
            return
        for name in [k for k in new if k != "_type"] + [k for k in old if k not in new]:
            if (name not in old and _is_default(new, name)) or (name not in new and _is_default(old, name)):
                continue  # a field one release's model lacks, left at its default: the model changed, not the record
            yield from _diff(old.get(name), new.get(name), f"{path}.{name}" if path else name)
    elif isinstance(old, list) and isinstance(new, list):
        yield from _diff_list(old, new, path)
    elif (isinstance(old, list) and new is None) or (old is None and isinstance(new, list)):
        # A list one release lacks (a field the model gained or lost): item by item, not one blob.
        yield from _diff_list(old or [], new or [], path)
    elif isinstance(old, dict) and old.get("_type") == "When" and new is None:
        yield path, _when_text(old), None, "date removed"
    elif isinstance(new, dict) and new.get("_type") == "When" and old is None:
        yield path, None, _when_text(new), "date added"
    else:
        yield path, _text(old), _text(new), _note(path, old, new)


@cache
def _defaults(type_name: str) -> dict[str, Any]:
    """{field: its default, as a snapshot writes it} of a record class of this checkout's model."""
    from .. import model
    from . import snapshot

    cls = getattr(model, type_name, None)
    if not dataclasses.is_dataclass(cls):
        return {}
    out = {}
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            out[f.name] = snapshot.plain(f.default)
        elif f.default_factory is not dataclasses.MISSING:
            out[f.name] = snapshot.plain(f.default_factory())
    return out


def _is_default(record: Mapping[str, Any], name: str) -> bool:
    """Whether a field holds the value the model gives it when a data file does not write it (or is empty)."""
    value = record[name]
    if value in (None, "", []):
        return True
    defaults = _defaults(record.get("_type", ""))
    return name in defaults and defaults[name] == value


def _key(item: Any) -> Any:
    if not isinstance(item, dict):
        return ("value", json.dumps(item, sort_keys=True))
    names = ITEM_KEYS.get(item.get("_type", ""))
    if not names:
        return None

    def get(dotted: str) -> Any:
        value: Any = item
        for part in dotted.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        return value

    return (item["_type"], *(json.dumps(get(n), sort_keys=True) for n in names))


def _diff_list(old: list, new: list, path: str) -> Iterable[tuple[str, str | None, str | None, str]]:
    keys_old, keys_new = [_key(i) for i in old], [_key(i) for i in new]
    if None in keys_old or None in keys_new:
        # No identity to match by: compare position by position.
        for i in range(max(len(old), len(new))):
            o, n = (old[i] if i < len(old) else None), (new[i] if i < len(new) else None)
            if o is None:
                yield f"{path}[{i}]", None, _text(n), "added"
            elif n is None:
                yield f"{path}[{i}]", _text(o), None, "removed"
            else:
                yield from _diff(o, n, f"{path}[{i}]")
        return
    unmatched: dict[Any, list[int]] = defaultdict(list)
    for i, key in enumerate(keys_old):
        unmatched[key].append(i)
    for j, key in enumerate(keys_new):
        if unmatched.get(key):
            yield from _diff(old[unmatched[key].pop(0)], new[j], f"{path}[{j}]")
        else:
            yield f"{path}[{j}]", None, _text(new[j]), "added"
    for rest in unmatched.values():
        for i in rest:
            yield f"{path}[{i}]", _text(old[i]), None, "removed"


def _text(value: Any) -> str | None:
    """A value as one line of text: strings as they are, numbers plainly, records as compact JSON."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value) if isinstance(value, float) else str(value)
    if isinstance(value, dict) and value.get("_type") == "When":
        return _when_text(value)
    return json.dumps(_plain(value), ensure_ascii=False, sort_keys=True, separators=(", ", ": "))


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if k != "_type" and v not in (None, "", [])}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _when_text(when: Mapping[str, Any]) -> str:
    parts = [when["date"]]
    if when.get("qualifier"):
        parts.append(f"({when['qualifier']})")
    if when.get("basis") == "inferred":
        parts.append("inferred")
    return " ".join(parts)


FORM_WORDS = {"single": "one date", "one of": "one of several dates", "between": "a range"}


def _when_note(old: Mapping[str, Any], new: Mapping[str, Any]) -> str:
    if old["date"] == new["date"]:
        return "date basis or qualifier revised"
    try:
        a, b = dates.parse(old["date"]), dates.parse(new["date"])
    except ValueError:  # a release whose dates this checkout cannot read: say no more than that it changed
        return "date revised"
    if a.form != b.form:  # made uncertain (2023 → [2022-12,2023-12]), or settled on one date
        return f"date revised ({FORM_WORDS[a.form]} → {FORM_WORDS[b.form]})"
    if a.form != "single":
        return "date revised"
    p_old, p_new = a.precision, b.precision
    known = old["date"].replace("XXXX", "") and new["date"].startswith(old["date"])
    if PRECISION[p_new] > PRECISION[p_old] and known:
        return f"more precise ({p_old} → {p_new})"
    if PRECISION[p_new] < PRECISION[p_old] and old["date"].startswith(new["date"]):
        return f"less precise ({p_old} → {p_new})"
    return "date revised"


def _note(path: str, old: Any, new: Any) -> str:
    last = path.rsplit(".", 1)[-1]
    if old is None:
        return "added"
    if new is None:
        return "removed"
    if path.startswith("responsibility") and last == "kind":
        return "responsibility reclassified"
    if last in ("kind", "basis", "form", "topic", "qualifier", "measure"):
        return "reclassified"
    if isinstance(old, (int, float)) and isinstance(new, (int, float)) and not isinstance(old, bool):
        return "figure revised"
    return "revised"


# --------------------------------------------------------------------------- #
# Across releases
# --------------------------------------------------------------------------- #


def history(repo: Path = archive.ROOT, upto: Snapshot | None = None) -> list[ReleaseChanges]:
    """Every tagged release's changes since the one before it, oldest first.

    With ``upto`` (the data of this checkout, from :func:`current`), its changes
    since the last tag come last, unless its version is already tagged (a build
    of the release commit itself).
    """
    snaps = [load(rev, repo) for rev, _ in releases_in(repo)]
    if upto is not None and (not snaps or versions.parse(upto.version) > versions.parse(snaps[-1].version)):
        snaps.append(upto)
    return [compare(a, b) for a, b in pairwise(snaps)]


def since(old: str, repo: Path = archive.ROOT, upto: Snapshot | None = None) -> ReleaseChanges:
    """One comparison from an old release straight to the newest: what a reader of ``old`` has missed.

    Not the sum of the releases in between: a count revised twice shows once, from
    the value the reader saw to the value now.
    """
    known = {version: rev for rev, version in releases_in(repo)}
    newest = upto or load(known[max(known, key=versions.parse)], repo)
    return compare(load(known.get(old, f"{TAG_PREFIX}{old}"), repo), newest)


@dataclass(frozen=True, kw_only=True)
class Release:
    version: str
    date: str


@dataclass(frozen=True, kw_only=True)
class Releases:
    """What one build shows about releases, read from git once (``read``) and handed to the site plan."""

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


def read(dataset, config: SiteConfig, repo: Path = archive.ROOT) -> Releases:
    """Every release up to the one this build is, with their changes, from the repository's tags.

    Tags above this build's version are left out: a build of an old release (mike
    deploys each tag in its own worktree of the same repository, which sees every
    tag) shows the history as it stood then. This checkout's data stands for the
    current release only if it is not tagged yet; otherwise the tag's data is the
    release, and what changed since is listed once the next release is cut.
    Each tag's data is exported once and kept on disk (``load``).
    """
    from . import permanence, snapshot

    current = Release(version=config.version, date=config.release_date)
    known = [(rev, version) for rev, version in releases_in(repo) if versions.parse(version) <= versions.parse(current.version)]
    chosen = [rev for rev, _ in known]
    tagged = bool(known) and known[-1][1] == current.version
    if len(chosen) + (not tagged) < 2:  # one release: nothing to compare, and nothing to read
        return Releases(current=current, releases=(current,))
    snaps = [load(tag, repo) for tag in chosen]
    if not tagged:
        snaps.append(
            snapshot_of(snapshot.export(dataset), current.version, current.date, permanence.redirect_urls(config.redirects))
        )
    now = snaps[-1]
    return Releases(
        current=current,
        releases=tuple(Release(version=s.version, date=s.date) for s in snaps),
        history=tuple(compare(a, b) for a, b in pairwise(snaps)),
        since={s.version: compare(s, now) for s in snaps[:-1]},
    )


def record_histories(releases: Sequence[ReleaseChanges]) -> dict[tuple[str, str], tuple[Change, ...]]:
    """Every record's changes across releases, oldest first, under its id in the newest release.

    A renamed record keeps its history: the changes made under its old id are
    listed under the id it has now. A merged record's changes stay under its
    own (old) id, and the merge also appears under the record it went into.
    """
    now: dict[tuple[str, str], tuple[str, str]] = {}  # an id of some release -> its id in the newest
    for rc in reversed(releases):
        for c in rc.of("renamed"):
            target = (c.target_kind, c.target_id)
            now[c.kind, c.id] = now.get(target, target)
    out: dict[tuple[str, str], list[Change]] = defaultdict(list)
    for rc in releases:
        for c in rc.changes:
            key = (c.kind, c.id)
            out[now.get(key, key)].append(c)
            if c.change == "merged":
                target = (c.target_kind, c.target_id)
                out[now.get(target, target)].append(c)
    return {key: tuple(cs) for key, cs in out.items()}


# --------------------------------------------------------------------------- #
# Open data: changes.csv, changes.json and their Table Schema
# --------------------------------------------------------------------------- #

COLUMNS: tuple[tuple[str, str, str, dict], ...] = (
    ("release", "string", "The release that made the change (MAJOR.MINOR.PATCH).", {"required": True}),
    ("position", "integer", "The change's place in that release's list, from 0.", {"required": True, "minimum": 0}),
    ("previous_release", "string", "The release it is compared with: the one before.", {"required": True}),
    ("release_date", "date", "The date of the release that made the change.", {"required": True}),
    (
        "change",
        "string",
        "added, removed (no successor), renamed, merged (its address redirects to target_id), or changed (one field).",
        {"required": True, "enum": list(CHANGE_KINDS)},
    ),
    ("record_kind", "string", "The kind of record.", {"required": True, "enum": [k.name for k in CITED]}),
    ("record_id", "string", "The record's id in that release (the old id for a removal, rename or merge).", {"required": True}),
    ("label", "string", "The record's name or title.", {}),
    ("field", "string", "For a changed field: its path in the record, as citations.field_path.", {}),
    ("old_value", "string", "The value before, as text (lists and nested items as JSON); empty if none.", {}),
    ("new_value", "string", "The value after, as text; empty if none.", {}),
    ("note", "string", "What kind of change: figure revised, more precise (year → day), reclassified, added, removed…", {}),
    ("target_kind", "string", "For a rename or merge: the kind of record it went to.", {}),
    ("target_id", "string", "For a rename or merge: the id of the record it went to.", {}),
    (
        "redirect_from",
        "string",
        "For a rename or merge: the old address, relative to a release's root, which now redirects to the target's page.",
        {},
    ),
)


def rows(releases: Sequence[ReleaseChanges]) -> list[dict[str, Any]]:
    """One row per change, releases oldest first, in each release's order."""
    out = []
    for rc in releases:
        for i, c in enumerate(rc.changes):
            out.append(
                {
                    "release": rc.version,
                    "position": i,
                    "previous_release": rc.previous,
                    "release_date": rc.date,
                    "change": c.change,
                    "record_kind": c.kind,
                    "record_id": c.id,
                    "label": c.label,
                    "field": c.field or None,
                    "old_value": c.old,
                    "new_value": c.new,
                    "note": c.note or None,
                    "target_kind": c.target_kind,
                    "target_id": c.target_id,
                    "redirect_from": c.redirect,
                }
            )
    return out


def table_schema() -> dict:
    fields = []
    for name, type_, description, constraints in COLUMNS:
        col: dict[str, Any] = {"name": name, "type": type_, "description": description}
        if constraints:
            col["constraints"] = dict(constraints)
        fields.append(col)
    return {"fields": fields, "primaryKey": ["release", "position"]}


def csv_bytes(releases: Sequence[ReleaseChanges]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, [c[0] for c in COLUMNS])
    writer.writeheader()
    for row in rows(releases):
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return out.getvalue().encode("utf-8")


def json_bytes(releases: Sequence[ReleaseChanges]) -> bytes:
    doc = {
        "releases": [
            {
                "version": rc.version,
                "previous": rc.previous,
                "date": rc.date,
                "changes": [
                    {k: v for k, v in row.items() if k not in ("release", "previous_release", "release_date")}
                    for row in rows([rc])
                ],
            }
            for rc in releases
        ]
    }
    return (json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def resources(csv_content: bytes, json_content: bytes) -> list[dict]:
    """The two datapackage.json resources, in the form opendata's other resources take."""

    def digest(content: bytes) -> str:
        return "sha256:" + hashlib.sha256(content).hexdigest()

    return [
        {
            "name": "changes",
            "path": "changes.csv",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "bytes": len(csv_content),
            "hash": digest(csv_content),
            "description": "One change per row between consecutive releases, computed from the data at their git tags: "
            "records added, removed (and where they went) and changed field by field.",
            "schema": table_schema(),
        },
        {
            "name": "changes-json",
            "path": "changes.json",
            "format": "json",
            "mediatype": "application/json",
            "encoding": "utf-8",
            "bytes": len(json_content),
            "hash": digest(json_content),
            "description": "The same changes as changes.csv, grouped by release.",
        },
    ]

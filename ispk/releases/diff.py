"""What changed from one release to another, record by record and field by field.

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
"""

from __future__ import annotations

import dataclasses
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from types import SimpleNamespace
from typing import Any, Literal

from .. import model, routes
from ..kinds import BY_NAME, CITED
from ..routes import url_of
from . import snapshot, wording
from .model import FOLDERS, Change, RecordJson, ReleaseChanges, Snapshot

KIND_OF_FOLDER = {folder: kind for kind, folder in FOLDERS.items()}

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


def compare(old: Snapshot, new: Snapshot) -> ReleaseChanges:
    """The changes from release ``old`` to release ``new``, in a stable order (kind, then id)."""
    changes: list[Change] = []
    base = {"release": new.version, "previous": old.version}
    gone = [key for key in old.records if key not in new.records]
    arrived = {key for key in new.records if key not in old.records}
    successors: dict[tuple[str, str], tuple[Literal["renamed", "merged"], tuple[str, str], str]] = {}
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
                    label=wording.label(new, kind, new.records[key]),
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
                    label=wording.label(old, kind, old.records[key]),
                    target_kind=tkind,
                    target_id=tid,
                    redirect=redirect,
                    home=home_in(kind, old.records[key]),
                )
            )
            if how == "renamed":
                now = new.records[tkind, tid]
                changes += _fields(base, tkind, tid, old.records[key], now, wording.label(new, tkind, now))
        elif key not in new.records:
            changes.append(
                Change(
                    **base,
                    change="removed",
                    kind=kind,
                    id=ident,
                    label=wording.label(old, kind, old.records[key]),
                    home=home_in(kind, old.records[key]),
                )
            )
        else:
            changes += _fields(base, kind, ident, old.records[key], new.records[key], wording.label(new, kind, new.records[key]))
    return ReleaseChanges(version=new.version, previous=old.version, date=new.date, changes=tuple(changes))


def record_histories(releases: Sequence[ReleaseChanges]) -> dict[tuple[str, str], tuple[Change, ...]]:
    """Every record's changes across releases, oldest first, under its id in the newest release.

    A renamed record keeps its history: the changes made under its old id are
    listed under the id it has now. A merged record's changes stay under its
    own (old) id, and the merge also appears under the record it went into.
    """
    now: dict[tuple[str, str], tuple[str, str]] = {}  # an id of some release -> its id in the newest
    for rc in reversed(releases):
        for c in rc.of("renamed"):
            now[c.kind, c.id] = now.get(c.target, c.target)
    out: dict[tuple[str, str], list[Change]] = defaultdict(list)
    for rc in releases:
        for c in rc.changes:
            key = (c.kind, c.id)
            out[now.get(key, key)].append(c)
            if c.change == "merged":
                out[now.get(c.target, c.target)].append(c)
    return {key: tuple(cs) for key, cs in out.items()}


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
        if BY_NAME[kind].shown_on and routes.shown_on_page(kind, proxy) is None:
            # No event, speaker or known year: it lives on its first source's page now, and lived on
            # the undated records' page before; that page lists it with its anchor in every release.
            return f"{routes.page_path('year', routes.UNDATED)}#{routes.anchor(proxy.id)}"
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


def _fields(base: dict[str, str], kind: str, ident: str, old: RecordJson, new: RecordJson, label: str) -> list[Change]:
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
            yield path, wording.when_text(old), wording.when_text(new), wording.when_note(old, new)
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
        yield path, wording.when_text(old), None, "date removed"
    elif isinstance(new, dict) and new.get("_type") == "When" and old is None:
        yield path, None, wording.when_text(new), "date added"
    else:
        yield path, wording.text(old), wording.text(new), wording.note(path, old, new)


@cache
def _defaults(type_name: str) -> dict[str, Any]:
    """{field: its default, as a snapshot writes it} of a record class of this checkout's model."""
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


def _diff_list(old: list[Any], new: list[Any], path: str) -> Iterable[tuple[str, str | None, str | None, str]]:
    keys_old, keys_new = [_key(i) for i in old], [_key(i) for i in new]
    if None in keys_old or None in keys_new:
        # No identity to match by: compare position by position.
        for i in range(max(len(old), len(new))):
            o, n = (old[i] if i < len(old) else None), (new[i] if i < len(new) else None)
            if o is None:
                yield f"{path}[{i}]", None, wording.text(n), "added"
            elif n is None:
                yield f"{path}[{i}]", wording.text(o), None, "removed"
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
            yield f"{path}[{j}]", None, wording.text(new[j]), "added"
    for rest in unmatched.values():
        for i in rest:
            yield f"{path}[{i}]", wording.text(old[i]), None, "removed"

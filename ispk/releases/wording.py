"""How a change is worded in the change records and ``changes.csv``: a record's label, a value as one
line of text, and what kind of change a field's change is ("figure revised", "more precise (year → day)").

Plain text, unescaped (the renderer escapes it). ``ispk/plan/change_words.py`` turns these into
the sentences readers see.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from .. import dates
from ..model import relation_verb
from .model import Snapshot

PRECISION = {"year": 0, "month": 1, "day": 2}
FORM_WORDS = {"single": "one date", "one of": "one of several dates", "between": "a range"}


def _label_of(record: Mapping[str, Any]) -> str:
    for name in ("name", "title", "label", "headline", "text"):
        if record.get(name):
            return " ".join(str(record[name]).split())
    return str(record.get("id", ""))


def label(snap: Snapshot, kind: str, record: Mapping[str, Any]) -> str:
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
    return _label_of(record)


def _group_name(snap: Snapshot, ident: str) -> str:
    return (snap.records.get(("group", ident)) or {}).get("name") or ident


def text(value: Any) -> str | None:
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
        return when_text(value)
    return json.dumps(_plain(value), ensure_ascii=False, sort_keys=True, separators=(", ", ": "))


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if k != "_type" and v not in (None, "", [])}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def when_text(when: Mapping[str, Any]) -> str:
    parts = [when["date"]]
    if when.get("qualifier"):
        parts.append(f"({when['qualifier']})")
    if when.get("basis") == "inferred":
        parts.append("inferred")
    return " ".join(parts)


def when_note(old: Mapping[str, Any], new: Mapping[str, Any]) -> str:
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


def note(path: str, old: Any, new: Any) -> str:
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

"""A release's changes in words: each change a sentence, each field and value in a reader's terms.

``ispk.releases.diff`` records a changed field by its path in the record (``accounts[2]``,
``notes[0].text``) and a nested value as compact JSON, as ``changes.csv`` gives them. Readers
see neither: this module names every field of the model in words (a test holds it to the
model), names records by their labels, sources by their number and dates as the site writes
them: "Added Source 003's account of when the group first appeared in Pakistan"; "Date
revised: July 2018 → 2017 or 2018 (inferred)".
"""

from __future__ import annotations

import json
import re
import typing
from collections.abc import Mapping
from dataclasses import fields, is_dataclass
from types import MappingProxyType
from typing import Any

from .. import dates, kinds, model
from ..index import Index
from ..releases.model import Change

FIELD_WORDS: dict[str, str] = {
    "accounts": "account",
    "aliases": "other name",
    "aspect": "question",
    "attribution": "attribution",
    "author": "author",
    "author_reason": "reason for the author",
    "author_regions": "region that wrote or issued it",
    "basis": "basis",
    "between": "lies between",
    "by": "who says so",
    "captured": "date archived",
    "cite": "citation",
    "cites": "citation",
    "counts": "count",
    "dataset": "dataset",
    "date": "date",
    "description": "description",
    "earlier_passages": "passage that may predate its article",
    "division": "province or territory code",
    "event": "event",
    "events": "event",
    "event_basis": "basis for the event",
    "event_reason": "reason the event is identified",
    "facts": "fact",
    "feature_id": "feature number",
    "feature_name": "feature name",
    "feature_type": "feature type",
    "file": "data file",
    "form": "form",
    "group": "group",
    "groups": "group",
    "headline": "headline",
    "high": "highest figure",
    "id": "address",
    "kind": "kind",
    "label": "label",
    "latitude": "latitude",
    "longitude": "longitude",
    "licence": "licence",
    "licence_url": "licence address",
    "line": "line",
    "locator": "place in the source",
    "low": "lowest figure",
    "measure": "measure",
    "name": "name",
    "named_by": "named by",
    "note": "note",
    "notes": "editorial note",
    "object": "second group",
    "organisation": "organisation",
    "origin": "where it is written",
    "package": "package",
    "parent": "part of",
    "parent_cites": "citation for what it is part of",
    "part_of": "part of event",
    "people": "person",
    "period": "period",
    "place": "place",
    "places": "place",
    "producer": "producer",
    "published": "date published",
    "published_reason": "reason for the publication date",
    "publisher": "publisher",
    "publisher_basis": "basis for the publisher",
    "publisher_reason": "reason for the publisher",
    "qualifier": "qualifier",
    "quote": "quote",
    "reason": "reason",
    "reference": "reference data",
    "reference_datasets": "reference dataset",
    "region": "region",
    "regions": "region",
    "relations": "relation",
    "report": "report",
    "responsibility": "responsibility",
    "roles": "role",
    "says": "account",
    "series": "series",
    "series_title": "series title",
    "set_aside": "sentence set aside",
    "sha256": "archive checksum",
    "since": "date from",
    "source": "source",
    "sources": "source",
    "speaker": "speaker",
    "speaks_of": "place it speaks of, not where it took place",
    "speaks_of_quotes": "quote naming a place it speaks of",
    "speaker_basis": "basis for the speaker",
    "speaker_label": "speaker as the source describes them",
    "speaker_reason": "reason the speaker is identified",
    "statements": "statement",
    "statistics": "figure",
    "subject": "first group",
    "subject_part": "part of the first group",
    "summary": "summary",
    "text": "text",
    "title": "title",
    "topic": "topic",
    "undated_reason": "reason it is undated",
    "unit": "unit",
    "until": "date until",
    "url": "address",
    "value": "figure",
    "version": "version",
    "when": "date",
    "where": "quote giving the place",
    "who": "who gives it",
    "within": "within",
}
"""Every field name of the model in a reader's words (singular: a list's field names one item)."""

# Fields whose value is a date (a When), and fields of long text a sentence does not quote.
DATE_FIELDS = frozenset({"date", "period", "since", "until", "published", "captured", "when"})
LONG_TEXT = frozenset({"summary", "text", "says", "description", "title", "headline", "reason", "quote"})
SHORT = 60  # characters of a value a sentence may quote; longer ones are in the release's table
_STEP = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")
_WHEN = re.compile(r"^(?P<date>\S+)(?: \((?P<qualifier>[^)]*)\))?(?P<inferred> inferred)?$")


def _full_stop(sentence: str) -> str:
    """End a sentence once: not "presence?”." after a quoted question."""
    if sentence.endswith((".", "?”", "!”", ".”")):
        return sentence
    # The site's style puts the full stop inside a closing quotation mark (punctuation.in_quotes).
    return sentence[:-1] + ".”" if sentence.endswith("”") else sentence + "."


def field_words(name: str) -> str:
    return FIELD_WORDS.get(name, name.replace("_", " "))


def source_words(ident: str) -> str:
    return f"Source {ident.split('_', 1)[0]}"


def when_words(value: str) -> str:
    """A date as a change records it ("[2017,2018] inferred") in the site's words: "2017 or 2018 (inferred)"."""
    m = _WHEN.match(value)
    if not m:
        return value
    try:
        words = dates.describe(model.When(date=m["date"], qualifier=m["qualifier"] or ""))
    except ValueError:  # a date an older release wrote that this checkout cannot read
        return value
    return words + (" (inferred)" if m["inferred"] else "")


def _holds(cls: type) -> dict[str, type]:
    """{field: the record class it holds (one, or each item of a tuple)} for the nested fields of a class."""
    out = {}
    for name, hint in typing.get_type_hints(cls).items():
        for arg in (hint, *typing.get_args(hint)):
            if isinstance(arg, type) and is_dataclass(arg):
                out[name] = arg
    return out


# Computed once, from the model's type hints (reading them per change was most of the change pages' time); read-only.
_HOLDS: Mapping[type, Mapping[str, type]] = MappingProxyType(
    {
        cls: MappingProxyType(_holds(cls))
        for cls in vars(model).values()
        if isinstance(cls, type) and is_dataclass(cls) and cls.__module__ == model.__name__
    }
)


def _item_classes(cls: type) -> Mapping[str, type]:
    found = _HOLDS.get(cls)
    return found if found is not None else _holds(cls)


class ChangeWords:
    """Sentences and values for one build's changes, naming records as this build does."""

    def __init__(self, ix: Index):
        self.ix = ix

    # Names ---------------------------------------------------------------- #
    def name(self, attr: str, ident: str) -> str:
        kind = kinds.BY_ATTR[attr]
        record = self.ix.record(kind.name, ident)
        return self.ix.label(kind.name, record) if record is not None else ident

    def _steps(self, c: Change) -> list[tuple[type | None, str, int | None]]:
        """The field path as (class holding the field, field name, item number or None)."""
        cls: type | None = kinds.kind(c.kind).cls
        out = []
        for m in _STEP.finditer(c.field):
            out.append((cls, m[1], int(m[2]) if m[2] is not None else None))
            cls = _item_classes(cls).get(m[1]) if cls else None
        return out

    def value(self, cls: type | None, name: str, value: str | None) -> str:
        """One old or new value in words: a date as a date, an id as its record's name, an item by its parts."""
        if value is None:
            return "—"
        if name in DATE_FIELDS:
            return when_words(value)
        refs = model.references(cls) if cls else {}
        if name in refs and value[:1] not in "[{":
            return self.name(refs[name], value)
        if value[:1] in "[{":
            try:
                parsed = json.loads(value)
            except ValueError:
                return value
            inner = _item_classes(cls).get(name) if cls else None
            return self._parsed(inner, name, parsed, refs.get(name))
        return value

    def _parsed(self, cls: type | None, name: str, value: Any, ref: str | None = None) -> str:
        if isinstance(value, list):
            return "; ".join(self._parsed(cls, name, v, ref) for v in value)
        if isinstance(value, dict):
            if set(value) >= {"source", "quote"} and set(value) <= {"source", "quote", "locator"}:
                return f"{source_words(value['source'])}: “{value['quote']}”"
            inner = _item_classes(cls) if cls else {}
            refs = model.references(cls) if cls else {}
            return "; ".join(
                f"{field_words(k).capitalize()}: {self._parsed(inner.get(k), k, v, refs.get(k))}" for k, v in value.items()
            )
        if ref and isinstance(value, str):
            return self.name(ref, value)
        if name in DATE_FIELDS and isinstance(value, str):
            return when_words(value)
        return str(value)

    # Sentences ---------------------------------------------------------------- #
    def _item(self, cls: type | None, name: str, raw: str | None) -> str:
        """An item of a list, as a sentence names it: "Source 003's account of …", "group Islamic State"."""
        try:
            item = json.loads(raw) if raw and raw[:1] == "{" else raw
        except ValueError:
            item = raw
        refs = model.references(cls) if cls else {}
        if isinstance(item, dict):
            cite = item.get("cite") or (item.get("cites") or [None])[0]
            source = f"{source_words(cite['source'])}'s " if isinstance(cite, dict) and "source" in cite else ""
            if name == "accounts":
                aspect = str(item.get("aspect", "")).rstrip()
                return f"{source}{'answer to “' + aspect + '”' if aspect.endswith('?') else 'account of ' + aspect}"
            if name == "cites" or set(item) >= {"source", "quote"}:
                return f"a citation of {source_words(item['source'])}"
            if name == "aliases":
                return f"the other name “{item.get('name', '')}”"
            if name == "roles":
                return f"the role “{item.get('title', '')}”"
            if name == "responsibility":
                who = self.name("groups", item["group"]) if item.get("group") else item.get("label", "")
                return f"{item.get('kind', '')} responsibility of {who}".strip()
            return f"{'an' if field_words(name)[:1] in 'aeio' else 'a'} {field_words(name)}"
        if name in refs and isinstance(item, str):
            return f"{field_words(name)} {self.name(refs[name], item)}"
        return f"{field_words(name)} “{item}”" if item else field_words(name)

    def sentence(self, c: Change) -> str:
        """What a change did, as one sentence (plain text: the render step escapes it)."""
        if c.change == "added":
            return "Added to the reference."
        if c.change == "removed":
            return "Removed from the reference."
        if c.change in ("renamed", "merged"):
            return f"{'Renamed' if c.change == 'renamed' else 'Merged'}: its old address redirects to its new one."
        steps = self._steps(c)
        cls, name, number = steps[-1]
        within = [field_words(n) for _, n, i in steps[:-1] if i is not None]
        where = f" of {'an' if within[-1][:1] in 'aeio' else 'a'} {within[-1]}" if within else ""
        if number is not None and c.note in ("added", "removed"):
            item = self._item(cls, name, c.new if c.note == "added" else c.old)
            to = (
                f" {'to' if c.note == 'added' else 'from'} {'an' if within[-1][:1] in 'aeio' else 'a'} {within[-1]}"
                if within
                else ""
            )
            return _full_stop(f"{c.note.capitalize()} {item}{to}")
        what = field_words(name).capitalize() + where
        old, new = self.value(cls, name, c.old), self.value(cls, name, c.new)
        if c.note in ("added", "date added"):
            return f"{what} added: {new}." if name not in LONG_TEXT and len(new) <= SHORT else f"{what} added."
        if c.note in ("removed", "date removed"):
            return f"{what} removed: {old}." if name not in LONG_TEXT and len(old) <= SHORT else f"{what} removed."
        verb = "reclassified" if "reclassified" in c.note else "revised"
        if c.note.startswith(("more precise", "less precise")):
            verb = "made " + c.note.split(" (")[0]
        if name in LONG_TEXT or max(len(old), len(new)) > SHORT:
            return f"{what} {verb}."
        return f"{what} {verb}: {old} → {new}."

    def field_label(self, c: Change) -> str:
        """The field a change is in, for the release page's table: "Account", "Text of an editorial note"."""
        steps = self._steps(c)
        words = [field_words(n) for _, n, _ in reversed(steps)]
        return " of ".join(words).capitalize()

    def values(self, c: Change) -> tuple[str, str]:
        cls, name, _ = self._steps(c)[-1]
        return self.value(cls, name, c.old), self.value(cls, name, c.new)


def unlabelled_fields() -> set[str]:
    """Field names of the model with no words in FIELD_WORDS (a test keeps this empty)."""
    names = {
        f.name
        for cls in vars(model).values()
        if isinstance(cls, type) and is_dataclass(cls) and cls.__module__ == model.__name__
        for f in fields(cls)
    }
    return names - set(FIELD_WORDS)

"""The real data: one test per record, so a failure names the record that broke."""

from __future__ import annotations

import functools

import pytest

from ispk import archive, coverage, kinds, loader, validate
from ispk.walk import cite_uses, label, records

RECORDS = list(records(loader.load()))
CITES = list(cite_uses(loader.load()))


@functools.lru_cache(maxsize=1)
def problems_by_record() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    try:
        validate.check(loader.load(), sources=archive.archive_dir(), narrative=archive.ROOT / "docs" / "narrative")
    except validate.InvalidData as error:
        for p in error.problems:
            found.setdefault(p.record, []).append(str(p))
    return found


@pytest.mark.parametrize("kind, record", RECORDS, ids=[label(k, r) for k, r in RECORDS])
def test_record_is_valid(kind, record, sources_dir):
    assert problems_by_record().get(label(kind, record), []) == []


def test_narrative_files_are_valid(sources_dir):
    narrative = {k: v for k, v in problems_by_record().items() if k.startswith("narrative ")}
    assert narrative == {}


@pytest.mark.parametrize("use", CITES, ids=[f"{label(u.kind, u.record)}.{u.path}" for u in CITES])
def test_quote_is_verbatim_in_its_source(use, sources_dir):
    text = archive.text_of(use.cite.source, sources_dir)
    assert text is not None, f"no file for source {use.cite.source}"
    assert archive.normalise(use.cite.quote) in text


def test_every_source_file_is_catalogued(dataset, sources_dir):
    files = {p.stem for p in sources_dir.glob("*.txt")}
    assert files == {s.id for s in dataset.sources}


def test_every_content_sentence_is_cited_or_set_aside(dataset, sources_dir):
    missing = coverage.uncovered(dataset, sources_dir)
    assert missing == [], "\n".join(f"{line.sentence.source} #{line.sentence.number}: {line.sentence.text}" for line in missing)


def test_every_kind_has_at_least_one_record(dataset):
    for field in kinds.dataset_fields():
        assert getattr(dataset, field), f"no {field} in the dataset"

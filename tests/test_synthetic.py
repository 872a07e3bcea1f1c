"""The synthetic data generator behind `make bench` (bench/synthetic.py).

Fast checks only: synthetic datasets validate against their own archive, are
deterministic from the seed, keep the designed proportions, and generate pages.
The benchmark itself (timings) is `make bench`, never a test.
"""

from __future__ import annotations

import hashlib
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bench import synthetic
from conftest import ROOT
from ispk import archive, validate
from ispk.build import Build
from ispk.walk import cite_uses


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """(dataset, texts, archive folder) for a few sizes, written once per module."""
    out = {}
    for size in (1, 40, 300):
        data, texts = synthetic.generate(size, seed=7)
        folder = tmp_path_factory.mktemp(f"archive-{size}")
        synthetic.write_archive(texts, folder)
        out[size] = (data, texts, folder)
    return out


@pytest.mark.parametrize("size", [1, 40, 300])
def test_validates_against_its_own_archive(made, size):
    data, texts, folder = made[size]
    notices = validate.check(data, sources=folder, narrative=None)
    assert not [n for n in notices if "SKIPPED" in n]
    assert len(data.events) == size
    assert {s.id for s in data.sources} == set(texts)


def test_every_quote_is_verbatim_and_every_checksum_matches(made):
    data, texts, folder = made[300]
    for source in data.sources:
        assert hashlib.sha256((folder / f"{source.id}.txt").read_bytes()).hexdigest() == source.sha256
    for use in cite_uses(data):
        assert archive.normalise(use.cite.quote) in archive.normalise(texts[use.cite.source])


def test_deterministic_from_the_seed():
    a, texts_a = synthetic.generate(120, seed=3)
    b, texts_b = synthetic.generate(120, seed=3)
    _c, texts_c = synthetic.generate(120, seed=4)
    assert a == b and texts_a == texts_b
    assert texts_a != texts_c
    # Equal across processes too (no hash-order or clock dependence).
    script = (
        "import hashlib; from bench import synthetic; "
        "d, t = synthetic.generate(120, seed=3); print(hashlib.sha256(repr((d, sorted(t.items()))).encode()).hexdigest())"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            env={"PYTHONHASHSEED": seed},
            check=True,
            cwd=Path(__file__).parents[1],
        ).stdout
        for seed in ("1", "2")
    }
    assert len(runs) == 1
    assert runs.pop().strip() == hashlib.sha256(repr((a, sorted(texts_a.items()))).encode()).hexdigest()


def test_realistic_proportions():
    data, texts = synthetic.generate(2000, seed=1)
    n = len(data.events)
    assert n == 2000
    assert len(data.groups) == 50  # 1 per 40 events
    assert len(data.sources) == 250  # 1 per 8 events
    assert 1.3 <= len(data.statements) / n <= 1.7  # ~1.5 per event
    assert len(data.statistics) == 1000  # 0.5 per event
    assert 0.25 <= sum(e.date is None for e in data.events) / n <= 0.35
    assert 0.1 <= sum(bool(e.counts) for e in data.events) / n <= 0.35
    assert 0.1 <= sum(len({c.source for c in e.cites}) > 1 for e in data.events) / n <= 0.2
    assert sum(e.part_of is not None for e in data.events) > 0
    assert 8 <= sum(1 for _ in cite_uses(data)) / n <= 14  # ~9 citations per event (the real data: 10)
    kinds = {r.kind for r in data.regions}
    assert {"country", "province", "region", "border"} <= kinds
    assert all(r.parent for r in data.regions if r.kind in ("province", "region"))
    assert any(p.within for p in data.places)
    assert len(data.relations) == 60
    # Source texts stay news-report sized, so per-source work stays bounded as the data grows.
    assert max(len(t) for t in texts.values()) < 20_000
    assert all(("Synthetic" in g.name) for g in data.groups)


def test_generates_pages(made):
    data, _, folder = made[300]
    pages = Build(sources=folder, narrative=None, pictures=False, citations=False, opendata=False).run(data).pages
    kinds = {path.split("/")[0] for path in pages}
    assert {"events", "groups", "regions", "places", "people", "sources", "years"} <= kinds
    assert len([p for p in pages if p.startswith("events/") and p != "events/index.md"]) == 300
    assert all(page.strip() for page in pages.values())


def test_pickles_for_the_benchmark(made):
    data, _, _ = made[40]
    assert pickle.loads(pickle.dumps(data)) == data


def test_rejects_an_empty_size():
    with pytest.raises(ValueError):
        synthetic.generate(0, seed=1)


def test_never_imported_by_the_site_build():
    """Also an import-linter contract (pyproject.toml); this checks the source text too."""
    for path in (ROOT / "ispk").rglob("*.py"):
        if path.name == "synthetic.py":
            continue
        assert not re.search(r"^\s*(?:from|import)\s.*\bsynthetic\b", path.read_text(encoding="utf-8"), re.M), path

"""The build pipeline, step by step with timers, for the scale benchmark.

It does exactly what ``ispk.build.build`` does (load, validate, generate,
decorate), but times each step and can take a synthetic dataset instead of the
real one. Used by ``scripts/bench_gen_pages.py`` (inside ``mkdocs build``) and by
``scripts/bench.py`` (to export Markdown for the engine check). The site's own
build never imports it.

The dataset is named by ``spec``: ``"real"`` for ``ispk.data`` with the real
archive and narrative, or the path of a pickled synthetic dataset (written by
``scripts/bench.py`` beside its synthetic archive; narrative None).
"""
from __future__ import annotations

import os
import pickle
import time
from pathlib import Path

# A synthetic site has no hand-written pages; it gets this home page so that the
# navigation's first entry exists (the real site's comes from docs/narrative/pages).
SYNTHETIC_HOME = """---
title: "Synthetic benchmark site"
---
# Synthetic benchmark site

Invented data for `make bench`: every name and sentence here is made up. Never published.
"""


def run(spec: str, base_url: str) -> tuple[dict[str, str], dict[str, bytes], dict[str, float]]:
    """Pages, files and the seconds each step took (load, validate, generate, decorate)."""
    from ispk import archive, build, data, site, validate

    t0 = time.perf_counter()
    if spec == "real":
        dataset = data.load()
        sources, narrative = archive.archive_dir(), build.NARRATIVE
    else:
        with open(spec, "rb") as handle:
            dataset = pickle.load(handle)
        sources, narrative = Path(os.environ["ISPK_SOURCES"]), None
    t1 = time.perf_counter()
    validate.check(dataset, sources=sources, narrative=narrative)
    t2 = time.perf_counter()
    generated = site.Site(dataset, narrative, sources)
    pages = generated.pages()
    t3 = time.perf_counter()
    files: dict[str, bytes] = {}
    each = {}
    for decorate in build._decorators():
        start = time.perf_counter()
        pages, extra = decorate(pages, generated, base_url)
        files.update(extra)
        # Each decorator's share, by its module's last name ("pictures", "opendata", "citation").
        each[decorate.__module__.rsplit(".", 1)[-1]] = time.perf_counter() - start
    if narrative is None:
        pages.setdefault("index.md", SYNTHETIC_HOME)
    start = time.perf_counter()
    pages = build._with_search_facets(pages, generated)  # the search block, as build.build adds it
    each["search"] = time.perf_counter() - start
    t4 = time.perf_counter()
    return pages, files, {"load": t1 - t0, "validate": t2 - t1, "generate": t3 - t2, "decorate": t4 - t3,
                          **{f"decorate_{name}": seconds for name, seconds in each.items()}}


def export(spec: str, out: Path, base_url: str) -> int:
    """Write the pages, files and docs/ assets to a folder, as scripts/export_markdown does."""
    import shutil
    from ispk import archive
    pages, files, _ = run(spec, base_url)
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(archive.ROOT / "docs", out, ignore=shutil.ignore_patterns("narrative"))
    for path, content in [*pages.items(), *files.items()]:
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    return len(pages)

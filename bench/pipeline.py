"""The generator's half of a build, step by step, for the scale benchmark (`make bench`).

Run by ``bench/__main__.py`` as a subprocess, so that each build starts in a fresh
interpreter as ``python -m ispk build`` does, and its memory and CPU time are its own:

  python -m bench.pipeline synthesise --events N --seed S --out DIR
      a synthetic dataset (bench/synthetic.py): DIR/dataset.pickle and its archive
      DIR/archive/, and on stdout (JSON) what the benchmark needs to know about it.
  python -m bench.pipeline describe
      the same for the real data.
  python -m bench.pipeline generate --dataset real|DIR/dataset.pickle --folder F --timings T.json
      what ``python -m ispk generate`` does (load, validate, cross-reference, plan,
      render, write the build folder F), through the same ``Build.run`` and
      ``ispk.adapters.folder.write``, with each step timed (wall and CPU) into T.json.

A synthetic site differs from the real one in two ways only: it has no narrative
(``narrative=None``) and no redirects (the real data's renamed pages do not exist
in it, and the engine's strict mode would refuse redirects to missing pages).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import pickle
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from ispk import config as site_config
from ispk import routes
from ispk.config import SiteConfig

REAL = "real"


class Stopwatch:
    """Wall and CPU seconds of named steps, in the order they ran (a step run twice adds up)."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}

    @contextlib.contextmanager
    def __call__(self, step: str) -> Iterator[None]:
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            self.wall[step] = self.wall.get(step, 0.0) + time.perf_counter() - wall
            self.cpu[step] = self.cpu.get(step, 0.0) + time.process_time() - cpu


def synthetic_config(config: SiteConfig | None = None) -> SiteConfig:
    """The site's configuration without the real data's redirects (their targets do not exist in synthetic data)."""
    config = config or site_config.load()
    raw = dict(config.raw)
    raw["plugins"] = [
        {"redirects": {"redirect_maps": {}}} if isinstance(p, dict) and "redirects" in p else p for p in raw.get("plugins") or []
    ]
    return dataclasses.replace(config, redirects={}, raw=raw)


def search_queries(dataset) -> dict[str, str]:
    """What the search timing types: the name of the group with the most events (its words are on
    most pages: "Islamic State" on the real site, "Synthetic Group …" on synthetic ones), and a rare
    word: the first alias of the first group with one (in id order)."""
    counts: dict[str, int] = {}
    for event in dataset.events:
        for group in {*event.groups, *(r.group for r in event.responsibility if r.group)}:
            counts[group] = counts.get(group, 0) + 1
    groups = sorted(dataset.groups, key=lambda g: g.id)
    common = max(groups, key=lambda g: counts.get(g.id, 0)).name
    rare = next((g.aliases[0].name for g in groups if g.aliases), common)
    return {"common": common, "rare": rare}


def describe(dataset, sources: int) -> dict:
    """What the benchmark needs to know of a dataset without loading it itself."""
    event = dataset.events[len(dataset.events) // 2]
    return {
        "events": len(dataset.events),
        "sources": sources,
        "queries": search_queries(dataset),
        "sample_event": {"id": event.id, "title": event.title, "url": routes.url_of(routes.page_path("event", event.id))},
    }


def synthesise(events: int, seed: int, out: Path) -> dict:
    from bench import synthetic

    start = time.perf_counter()
    dataset, texts = synthetic.generate(events, seed)
    synthetic.write_archive(texts, out / "archive")
    (out / "dataset.pickle").write_bytes(pickle.dumps(dataset, protocol=pickle.HIGHEST_PROTOCOL))
    return {**describe(dataset, len(texts)), "seconds": time.perf_counter() - start}


def load(spec: str, timer: Stopwatch):
    """The dataset named by ``spec`` ("real": the data module, read as a build reads it; else a pickle)."""
    with timer("load"):
        if spec == REAL:
            from ispk import loader

            return loader.load()
        with open(spec, "rb") as handle:
            return pickle.load(handle)


def generate(spec: str, folder: Path, cache: Path, archive: Path | None = None) -> dict:
    """Load, validate, cross-reference, plan, render and write the build folder, each step timed."""
    from ispk.adapters import folder as build_folder
    from ispk.build import Build, collector_paused
    from ispk.narrative import DEFAULT_ROOT

    timer = Stopwatch()
    with collector_paused(one_shot=True):  # as `python -m ispk generate` does
        dataset = load(spec, timer)
        with timer("setup"):
            synthetic = spec != REAL
            config = synthetic_config() if synthetic else site_config.load()
            build = Build(config, sources=archive, narrative=None if synthetic else DEFAULT_ROOT, cache=cache)
        out = build.run(dataset, timer=timer)
        with timer("write folder"):
            written = build_folder.write(folder, config, out)
    return {
        "steps": timer.wall,
        "steps_cpu": timer.cpu,
        "pages": len(out.pages),
        "files": len(out.files),
        "written": len(written.changed),
        "unchanged": written.unchanged,
        "removed": len(written.removed),
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.pipeline", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    syn = sub.add_parser("synthesise")
    syn.add_argument("--events", type=int, required=True)
    syn.add_argument("--seed", type=int, default=1)
    syn.add_argument("--out", type=Path, required=True)
    sub.add_parser("describe", help="the real dataset: events, search queries, a sample event")
    gen = sub.add_parser("generate")
    gen.add_argument("--dataset", required=True, help='"real" or a pickled synthetic dataset')
    gen.add_argument("--archive", type=Path, help="the synthetic dataset's archive (default: the real one)")
    gen.add_argument("--folder", type=Path, required=True)
    gen.add_argument("--cache", type=Path, required=True)
    gen.add_argument("--timings", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.command == "synthesise":
        args.out.mkdir(parents=True, exist_ok=True)
        print(json.dumps(synthesise(args.events, args.seed, args.out)))
        return 0
    if args.command == "describe":
        from ispk import loader

        print(json.dumps(describe(loader.load(), 0)))
        return 0
    args.timings.write_text(json.dumps(generate(args.dataset, args.folder.resolve(), args.cache, args.archive)), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""A build after editing one record, for the scale benchmark: `make build` when a differential build is allowed.

Run by ``bench/__main__.py`` as a subprocess per build, so that each starts in a fresh
interpreter as ``python -m ispk build`` does:

  python -m bench.rebuild --dataset SPEC --archive A --folder F --site S --cache C --edit N
      load the dataset, give one event (the middle one) a title of its own for edit N
      (N = 0: no edit), write the build folder F as ``python -m ispk generate`` does, then
      build S with ``ispk.adapters.rebuild.publish``, as ``python -m ispk build`` does:
      differential when S was built before from the same configuration, in full otherwise.
      Prints one line of JSON: generate_s, engine_s, index_s, built (files), differential.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path

from bench.pipeline import REAL, Stopwatch, load, synthetic_config


def step(spec: str, archive: Path | None, folder: Path, site: Path, cache: Path, edit: int) -> dict:
    from ispk import config as site_config
    from ispk.adapters import folder as build_folder
    from ispk.adapters import rebuild
    from ispk.build import Build
    from ispk.narrative import DEFAULT_ROOT

    start = time.perf_counter()
    dataset = load(spec, Stopwatch())
    if edit:
        events = list(dataset.events)
        middle = len(events) // 2
        events[middle] = dataclasses.replace(events[middle], title=f"{events[middle].title} bench edit {edit}")
        dataset = dataclasses.replace(dataset, events=tuple(events))
    synthetic = spec != REAL
    config = synthetic_config() if synthetic else site_config.load()
    build = Build(config, sources=archive, narrative=None if synthetic else DEFAULT_ROOT, cache=cache)
    written = build_folder.write(folder, config, build.run(dataset))
    generated = time.perf_counter() - start
    built = rebuild.publish(folder, site)
    if not built.ok:
        return {"status": f"the build failed: {built.log[-400:]}"}
    return {
        "status": "ok",
        "generate_s": generated,
        "written": len(written.changed),
        "engine_s": built.engine_seconds,
        "index_s": built.index_seconds,
        "built": built.pages,
        "differential": built.differential,
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.rebuild", description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", required=True, help='"real" or a pickled synthetic dataset')
    parser.add_argument("--archive", type=Path)
    parser.add_argument("--folder", type=Path, required=True)
    parser.add_argument("--site", type=Path, required=True)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--edit", type=int, default=0)
    args = parser.parse_args(argv)
    result = step(args.dataset, args.archive, args.folder.resolve(), args.site.resolve(), args.cache, args.edit)
    print(json.dumps(result))
    return 0 if result["status"] == "ok" else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

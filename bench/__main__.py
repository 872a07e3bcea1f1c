"""Scale benchmark (`make bench`): the full build step by step, search, the preview and other engines.

For the real data and synthetic datasets (bench/synthetic.py; 100, 1,000 and
10,000 events by default) it runs the full build several times, the first with
empty caches ("cold": an empty ISPK_CACHE of its own, so pictures, citations and
the release-changes cache are all made afresh, and no build folder) and the rest again
("warm"), each as three processes timed apart:

  generate   python -m bench.pipeline generate: load, validate,
             cross-reference, plan (each producer), render, write the build folder,
             the same calls as `python -m ispk generate`, each step timed;
  engine     python -m mkdocs build --strict on that folder (the engine alone);
  indexing   Pagefind over the built site (ispk/adapters/search.py's command).

It reports wall and CPU time (and peak memory) of each, (generate + engine) /
engine with and without indexing, and the site's size and page weight. On the
real data it also times `python -m ispk build` end to end. Then, on each
dataset's last site, the first search in headless Chromium (bench/search.py);
the preview on the real data and at 1,000 events (bench/preview.py); a rebuild
after editing one record at 1,000 and 10,000 events (bench/rebuild.py); and
the engine check: the same folder built by ProperDocs and Zensical.

Results go to docs-maintainers/bench.csv (one figure per row) and into the
generated part of docs-maintainers/BENCHMARK.md, with every target and whether it
is met. Nothing in the repository is touched otherwise: datasets, folders, sites
and the preview's copy of the repository live in a temporary folder.

Usage: python -m bench [--sizes 100,1000,10000] [--runs 3] [--runs-large 2] [--engine-sizes 1000]
                               [--preview-sizes 1000] [--rebuild-sizes 1000,10000] [--no-real] [--no-engines] [--no-preview] [--no-search]
                               [--out DIR] [--keep]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench import preview as bench_preview
from bench import report as bench_report
from bench import search as bench_search
from ispk.adapters import engine
from ispk.adapters import search as site_search
from ispk.config import ROOT

BENCH_BIN = ROOT / ".venv-bench" / "bin"  # Zensical, kept out of the site's .venv
SEED = 1
LARGE = bench_report.LARGE  # sizes from here on run --runs-large times
BUILD_TIMEOUT = 3600  # seconds; a step that takes longer is recorded as failed


# --------------------------------------------------------------------------- #
# Running things
# --------------------------------------------------------------------------- #


class Loads:
    """The 1-minute load average at every measurement: the machine is shared, so every figure carries it."""

    def __init__(self) -> None:
        self.seen: list[float] = []

    def now(self) -> float:
        load = os.getloadavg()[0]
        self.seen.append(load)
        return load


LOADS = Loads()


def base_env() -> dict[str, str]:
    env = {**os.environ, **engine.QUIET}
    if "SOURCE_DATE_EPOCH" not in env:
        out = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True)
        env["SOURCE_DATE_EPOCH"] = out.stdout.strip() or "0"
    env.setdefault("ISPK_SOURCES", str((ROOT.parent / "shared" / "sources").resolve()))
    return env


def measure(cmd: list[str], env: dict, log: Path, cwd: Path = ROOT, timeout: float = BUILD_TIMEOUT) -> dict:
    """Run a command: its wall time, CPU time (user + system, its waited-for children included), peak RSS, exit code.

    Peak memory is the process's own high-water mark (VmHWM, polled): Linux's ru_maxrss
    for a child also counts the parent's memory at the fork, which would floor every
    figure at the benchmark's own size.
    """
    load = LOADS.now()
    peak = [0]
    done = threading.Event()

    def watch(pid: int) -> None:
        status_file = Path(f"/proc/{pid}/status")
        while not done.is_set():
            try:
                for line in status_file.read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        peak[0] = max(peak[0], int(line.split()[1]))
            except (OSError, ValueError):
                pass
            done.wait(0.05)

    with open(log, "w") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=cwd, start_new_session=True)
        timer = threading.Timer(timeout, lambda: os.killpg(proc.pid, 9))
        timer.start()
        watcher = threading.Thread(target=watch, args=(proc.pid,), daemon=True)
        watcher.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
            done.set()
        wall = time.perf_counter() - start
        watcher.join()
    text = log.read_text(errors="replace")
    return {
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "load_avg": load,
        "rss_mb": (peak[0] or usage.ru_maxrss) / 1024,
        "rc": os.waitstatus_to_exitcode(status),
        "log": text,
    }


def _failure(result: dict, what: str) -> str:
    lines = [line for line in result["log"].strip().splitlines() if line.strip()]
    errors = [line for line in lines if re.search(r"error|exception|abort|warning", line, re.I)] or lines or ["?"]
    return f"{what} failed (exit {result['rc']}): {errors[-1].strip()[:240]}"


def html_pages(site: Path) -> set[str]:
    """The HTML files an engine wrote (Pagefind's bundle and the engine's own search excluded)."""
    return {
        p.relative_to(site).as_posix() for p in site.rglob("*.html") if p.relative_to(site).parts[0] not in ("pagefind", "search")
    }


def site_stats(site: Path) -> dict:
    html = [site / p for p in html_pages(site) if p != "404.html"]
    sizes = {p: p.stat().st_size for p in html}
    bundle = site / site_search.OUTPUT
    files = [p for p in bundle.rglob("*") if p.is_file()] if bundle.is_dir() else []
    biggest = max(sizes, key=sizes.get) if sizes else None
    return {
        "html_pages": len(html),
        "site_bytes": sum(p.stat().st_size for p in site.rglob("*") if p.is_file()),
        "mean_html": sum(sizes.values()) / len(sizes) if sizes else 0,
        "max_html": max(sizes.values(), default=0),
        "max_html_page": biggest.relative_to(site).as_posix() if biggest else "",
        # The index proper: word chunks, page fragments, filters and metadata (Pagefind compresses
        # them itself); the rest of the bundle is its scripts and WebAssembly.
        "index_bytes": sum(
            p.stat().st_size for p in files if p.parent.name in ("index", "fragment", "filter") or p.suffix == ".pf_meta"
        ),
        "bundle_bytes": sum(p.stat().st_size for p in files),
    }


# --------------------------------------------------------------------------- #
# Datasets and full builds
# --------------------------------------------------------------------------- #


class Dataset:
    """One dataset's place in the work folder: its data, build folder, cache and site."""

    def __init__(self, name: str, work: Path, info: dict, spec: str, archive: Path | None):
        self.name, self.info, self.spec, self.archive = name, info, spec, archive
        self.dir = work / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.folder, self.cache, self.site = self.dir / "build", self.dir / "cache", self.dir / "site"

    @property
    def events(self) -> int:
        return self.info["events"]

    def env(self, env: dict) -> dict:
        """Its processes' environment: every cache the build keeps (ISPK_CACHE) in its own folder, emptied when cold."""
        return {**env, "ISPK_CACHE": str(self.cache)}


def synthesise(size: int, work: Path, env: dict) -> Dataset:
    out = work / str(size) / "data"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.pipeline",
            "synthesise",
            "--events",
            str(size),
            "--seed",
            str(SEED),
            "--out",
            str(out),
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    info = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"  synthesised {info['events']:,} events, {info['sources']:,} sources in {info['seconds']:.1f} s")
    return Dataset(str(size), work, info, str(out / "dataset.pickle"), out / "archive")


def real_dataset(work: Path, env: dict) -> Dataset:
    done = subprocess.run(
        [sys.executable, "-m", "bench.pipeline", "describe"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return Dataset("real", work, json.loads(done.stdout.strip().splitlines()[-1]), "real", None)


def full_build(ds: Dataset, run: int, cold: bool, env: dict) -> dict:
    """Generate, then the engine alone on the folder, then Pagefind: each a process, timed apart."""
    env = ds.env(env)
    if cold:
        shutil.rmtree(ds.folder, ignore_errors=True)
        shutil.rmtree(ds.cache, ignore_errors=True)
    shutil.rmtree(ds.site, ignore_errors=True)
    row = {"dataset": ds.name, "events": ds.events, "run": run, "caches": "cold" if cold else "warm"}
    timings = ds.dir / f"timings-{run}.json"
    cmd = [
        sys.executable,
        "-m",
        "bench.pipeline",
        "generate",
        "--dataset",
        ds.spec,
        "--folder",
        str(ds.folder),
        "--cache",
        str(ds.cache),
        "--timings",
        str(timings),
    ] + (["--archive", str(ds.archive)] if ds.archive else [])
    print(f"  {ds.name}: build {run} ({row['caches']}) ...", end="", flush=True)
    gen = measure(cmd, env, ds.dir / f"log-generate-{run}.txt")
    row["load_avg"] = gen["load_avg"]
    if gen["rc"]:
        print(" FAILED")
        return {**row, "status": _failure(gen, "generate")}
    steps = json.loads(timings.read_text())
    eng = measure(engine.command(ds.folder, ds.site, "mkdocs", strict=True), env, ds.dir / f"log-engine-{run}.txt")
    if eng["rc"]:
        print(" FAILED")
        return {**row, "status": _failure(eng, "the engine")}
    idx = measure(site_search.command(ds.site), env, ds.dir / f"log-index-{run}.txt")
    indexed = re.search(r"Indexed ([\d,]+) pages?", idx["log"])
    if idx["rc"] or not indexed:
        print(" FAILED")
        return {**row, "status": _failure(idx, "indexing")}
    row.update(
        {
            "pages": steps["pages"],
            "steps": steps["steps"],
            "steps_cpu": steps["steps_cpu"],
            "indexed_pages": int(indexed.group(1).replace(",", "")),
            **site_stats(ds.site),
            "status": "ok",
        }
    )
    for part, result in (("generate", gen), ("engine", eng), ("index", idx)):
        row.update({f"{part}_s": result["wall"], f"{part}_cpu_s": result["cpu"], f"{part}_rss_mb": result["rss_mb"]})
    d = bench_report.derive(row)
    print(
        f" generate {gen['wall']:.1f} s (CPU {gen['cpu']:.1f}), engine {eng['wall']:.1f} s (CPU {eng['cpu']:.1f}), "
        f"indexing {idx['wall']:.1f} s; (gen + engine) / engine {d['own_ratio_cpu_s']:.2f}× CPU, {d['own_ratio_s']:.2f}× wall; "
        f"{row['html_pages']:,} pages; load {gen['load_avg']:.1f}"
    )
    return row


def real_command(ds: Dataset, run: int, cold: bool, env: dict) -> dict:
    """`python -m ispk build` as `make build` runs it, end to end, with its own folder, cache and site."""
    folder, site, cache = ds.dir / "command-build", ds.dir / "command-site", ds.dir / "command-cache"
    if cold:
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)
    shutil.rmtree(site, ignore_errors=True)
    print(f"  real: python -m ispk build ({'cold' if cold else 'warm'}) ...", end="", flush=True)
    result = measure(
        [sys.executable, "-m", "ispk", "build", "--folder", str(folder), "--site-dir", str(site)],
        {**env, "ISPK_CACHE": str(cache)},
        ds.dir / f"log-command-{run}.txt",
    )
    row = {
        "dataset": "real",
        "run": run,
        "caches": "cold" if cold else "warm",
        "load_avg": result["load_avg"],
        "total_s": result["wall"],
        "total_cpu_s": result["cpu"],
        "rss_mb": result["rss_mb"],
        "status": "ok" if result["rc"] == 0 else _failure(result, "python -m ispk build"),
    }
    print(f" {result['wall']:.1f} s (CPU {result['cpu']:.1f}, load {result['load_avg']:.1f})")
    shutil.rmtree(site, ignore_errors=True)
    return row


def search_timing(ds: Dataset) -> dict:
    queries = ds.info["queries"]
    load = LOADS.now()
    found = bench_search.first_result(ds.site, [queries["common"], queries["rare"]])
    out: dict = {"status": found.get("search_status"), "load_avg": load}
    for key in ("common", "rare"):
        result = found.get("search", {}).get(queries[key])
        if result:
            out[key] = {"query": queries[key], **result}
    slow = found.get("search", {}).get(f"{queries['common']} [slow]")
    if slow:
        out["common_slow"] = {"query": queries["common"], **slow}
    print(
        f"  {ds.name}: search {out['status']}; "
        + "; ".join(
            f"{q['query']!r} {q['after_load_s']:.2f} s after load, {q['bytes'] / 1024:.0f} KB"
            for k, q in out.items()
            if k in ("common", "rare")
        )
    )
    return out


# --------------------------------------------------------------------------- #
# The engine check: the same folder, built by ProperDocs and Zensical
# --------------------------------------------------------------------------- #


def engine_version(command: list[str]) -> str:
    try:
        out = subprocess.run(command, capture_output=True, text=True, timeout=120)
        first = (out.stdout or out.stderr).strip().splitlines()[0]
        found = re.search(r"(\d+\.\d+[\w.]*)", first)
        return found.group(1) if found else first[:40]
    except (OSError, subprocess.SubprocessError, IndexError) as error:
        return f"not available ({error.__class__.__name__})"


def same_pages(reference: set[str], other: set[str]) -> tuple[bool, str]:
    if other == reference:
        return True, f"yes ({len(other):,})"
    missing, extra = sorted(reference - other), sorted(other - reference)
    return False, (
        f"no: {len(missing)} missing"
        + (f" ({', '.join(missing[:3])})" if missing else "")
        + f", {len(extra)} extra"
        + (f" ({', '.join(extra[:3])})" if extra else "")
    )


def engine_check(ds: Dataset, last: dict, env: dict) -> list[dict]:
    """The folder the last full build generated, built by ProperDocs (the site's lock) and Zensical (.venv-bench)."""
    if last.get("status") != "ok":
        return [{"dataset": ds.name, "engine": "all", "status": "skipped: the full build failed"}]
    reference = html_pages(ds.site)
    rows = [
        {
            "dataset": ds.name,
            "engine": "MkDocs",
            "version": engine_version([sys.executable, "-m", "mkdocs", "--version"]),
            "total_s": last["engine_s"],
            "cpu_s": last["engine_cpu_s"],
            "rss_mb": last["engine_rss_mb"],
            "html_pages": len(reference),
            "same_pages": True,
            "same_pages_text": "(reference)",
            "status": "ok",
            "load_avg": last["load_avg"],
        }
    ]
    # ProperDocs from the site's own lock (`make build --engine properdocs`, tested in make test).
    site = ds.dir / "site-properdocs"
    shutil.rmtree(site, ignore_errors=True)
    print(f"  {ds.name}: ProperDocs ...", end="", flush=True)
    result = measure(engine.command(ds.folder, site, "properdocs", strict=False), env, ds.dir / "log-properdocs.txt")
    rows.append(
        _engine_row(ds, "ProperDocs", engine_version([sys.executable, "-m", "properdocs", "--version"]), result, site, reference)
    )
    shutil.rmtree(site, ignore_errors=True)
    # Zensical writes the site beside its configuration and wants the theme overrides inside
    # the project: a copy of the configuration with custom_dir ../overrides, the overrides beside the folder.
    zensical = BENCH_BIN / "zensical"
    if not zensical.exists():
        rows.append(
            {
                "dataset": ds.name,
                "engine": "Zensical",
                "status": f"not installed ({zensical.relative_to(ROOT)}; make bench installs it)",
            }
        )
        return rows
    shutil.rmtree(ds.dir / "overrides", ignore_errors=True)
    shutil.copytree(ROOT / "overrides", ds.dir / "overrides")
    config = ds.folder / "zensical.yml"
    text, found = re.subn(
        r"(?m)^(\s+custom_dir:) .*$", r"\1 ../overrides", (ds.folder / "mkdocs.yml").read_text(encoding="utf-8")
    )
    if found != 1:
        rows.append(
            {"dataset": ds.name, "engine": "Zensical", "status": "failed: no theme custom_dir in the generated mkdocs.yml"}
        )
        return rows
    config.write_text(text, encoding="utf-8")
    site = ds.folder / "site"
    shutil.rmtree(site, ignore_errors=True)
    print(f"  {ds.name}: Zensical ...", end="", flush=True)
    result = measure([str(zensical), "build", "--clean", "-f", str(config)], env, ds.dir / "log-zensical.txt", cwd=ds.folder)
    rows.append(_engine_row(ds, "Zensical", engine_version([str(zensical), "--version"]), result, site, reference))
    shutil.rmtree(site, ignore_errors=True)
    config.unlink()
    return rows


def _engine_row(ds: Dataset, name: str, version: str, result: dict, site: Path, reference: set[str]) -> dict:
    row = {"dataset": ds.name, "engine": name, "version": version, "load_avg": result["load_avg"]}
    if result["rc"] or not site.is_dir():
        print(" FAILED")
        return {**row, "status": _failure(result, name)}
    pages = html_pages(site)
    same, text = same_pages(reference, pages)
    print(f" {result['wall']:.1f} s (CPU {result['cpu']:.1f}), {len(pages):,} HTML files, same pages as MkDocs: {text}")
    return {
        **row,
        "total_s": result["wall"],
        "cpu_s": result["cpu"],
        "rss_mb": result["rss_mb"],
        "html_pages": len(pages),
        "same_pages": same,
        "same_pages_text": text,
        "status": "ok",
    }


# --------------------------------------------------------------------------- #
# A rebuild after editing one record (differential, as `make build` does it)
# --------------------------------------------------------------------------- #


def rebuild_timing(ds: Dataset, env: dict, edits: int = 3) -> dict:
    """`python -m bench.rebuild` on the last full build's folder: a full build first (it writes the manifest), then edits."""
    env = ds.env(env)
    site = ds.dir / "site-rebuild"
    shutil.rmtree(site, ignore_errors=True)
    out: dict = {"dataset": ds.name, "edits": [], "load_avg": LOADS.now()}

    def build(edit: int) -> tuple[dict, dict]:
        cmd = [sys.executable, "-m", "bench.rebuild", "--dataset", ds.spec, "--folder", str(ds.folder)]
        cmd += ["--site", str(site), "--cache", str(ds.cache), "--edit", str(edit)]
        cmd += ["--archive", str(ds.archive)] if ds.archive else []
        result = measure(cmd, env, ds.dir / f"log-rebuild-{edit}.txt")
        try:
            return result, json.loads(result["log"].strip().splitlines()[-1])
        except (ValueError, IndexError):
            return result, {"status": _failure(result, "python -m bench.rebuild")}

    print(f"  {ds.name}: a rebuild after editing one record ...", end="", flush=True)
    result, first = build(0)
    if first.get("status") != "ok":
        print(" FAILED")
        return {**out, "status": first.get("status")}
    out["first_s"] = first["engine_s"]
    for n in range(1, edits + 1):
        result, done = build(n)
        if done.get("status") != "ok" or not done.get("differential"):
            print(" FAILED")
            return {**out, "status": done.get("status") if done.get("status") != "ok" else f"edit {n}: not differential"}
        out["edits"].append({**done, "total_s": result["wall"], "cpu_s": result["cpu"], "load_avg": result["load_avg"]})
    shutil.rmtree(site, ignore_errors=True)
    e = out["edits"]
    print(
        " "
        + ", ".join(
            f"{x['total_s']:.1f} s (generate {x['generate_s']:.1f}, engine {x['engine_s']:.1f}, index {x['index_s']:.1f})"
            for x in e
        )
        + f"; load {out['load_avg']:.1f}"
    )
    return {**out, "status": "ok"}


# --------------------------------------------------------------------------- #
# The preview
# --------------------------------------------------------------------------- #


def preview_real(work: Path, env: dict) -> dict:
    print("  real: python -m ispk serve on a copy of the repository ...", flush=True)
    load = LOADS.now()
    out = {**bench_preview.real(work, env), "load_avg": load}
    _print_preview(out)
    return out


def preview_synthetic(ds: Dataset, env: dict) -> dict:
    print(f"  {ds.name}: a Preview object, its files built by Served ...", flush=True)
    load = LOADS.now()
    log = ds.dir / "log-preview.txt"
    with open(log, "w") as err:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "bench.preview",
                "synthetic",
                "--dataset",
                ds.spec,
                "--archive",
                str(ds.archive),
                "--work",
                str(ds.dir),
            ],
            env=ds.env(env),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
        )
    try:
        out = json.loads(done.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        out = {"dataset": ds.name, "status": f"failed (exit {done.returncode}); see {log}"}
    out = {**out, "load_avg": load}
    _print_preview(out)
    return out


def _print_preview(p: dict) -> None:
    if p.get("status") != "ok":
        print(f"    {p.get('status')}")
        return
    print(
        f"    save → served: median {p['median_s']:.2f} s, max {p['max_s']:.2f} s; updates "
        + ", ".join(f"{e['update_s']:.2f}" for e in p["edits"] if e.get("update_s") is not None)
        + f" s; error banner {p.get('error_banner_s')}, status {p.get('error_status_s')}; load {p['load_avg']:.1f}"
    )


# --------------------------------------------------------------------------- #
# The report's header
# --------------------------------------------------------------------------- #


def machine() -> tuple[str, float]:
    cpu = "unknown CPU"
    with contextlib.suppress(OSError, StopIteration):
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    mem = bench_report.ram_mb()
    return (
        f"{os.cpu_count()} cores ({cpu}), {mem / 1024:.0f} GiB RAM; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}"
    ), mem


def revision() -> str:
    """The commit measured, and whether the work tree differed from it."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git checkout)"
    return f"commit {head}" + (" with uncommitted changes to tracked files" if dirty else "")


def versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    out = []
    for name in ("mkdocs", "mkdocs-material", "pagefind-bin", "properdocs", "playwright"):
        with contextlib.suppress(PackageNotFoundError):
            out.append(f"{name} {version(name)}")
    out.append(
        f"Chromium {engine_version([str(bench_search.CHROMIUM), '--version'])}"
        if bench_search.CHROMIUM.exists()
        else "no Chromium"
    )
    return ", ".join(out)


# --------------------------------------------------------------------------- #


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000", help="synthetic dataset sizes, in events")
    parser.add_argument("--runs", type=int, default=3, help="full builds per dataset: the first cold, the rest warm")
    parser.add_argument("--runs-large", type=int, default=2, help=f"full builds per dataset of {LARGE:,} events or more")
    parser.add_argument("--engine-sizes", default="1000", help="synthetic sizes for the engine check (besides the real data)")
    parser.add_argument("--preview-sizes", default="1000", help="synthetic sizes for the preview (besides the real data)")
    parser.add_argument("--rebuild-sizes", default="1000,10000", help="synthetic sizes for a rebuild after editing one record")
    parser.add_argument("--no-real", action="store_true")
    parser.add_argument("--no-engines", action="store_true")
    parser.add_argument("--no-preview", action="store_true")
    parser.add_argument("--no-search", action="store_true")
    parser.add_argument("--out", default=str(ROOT / "docs-maintainers"), help="where bench.csv and BENCHMARK.md go")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (logs, timings, each dataset's last site)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    engine_sizes = {int(s) for s in args.engine_sizes.split(",") if s.strip()}
    preview_sizes = {int(s) for s in args.preview_sizes.split(",") if s.strip()}
    rebuild_sizes = {int(s) for s in args.rebuild_sizes.split(",") if s.strip()}
    env = base_env()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    started = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    meta = {
        "started": started,
        "revision": revision(),
        "seed": SEED,
        "cores": os.cpu_count(),
        "command": "make bench" + (f' BENCH_ARGS="{" ".join(argv)}"' if argv else ""),
    }
    meta["machine"], meta["ram_mb"] = machine()
    clock = time.perf_counter()
    runs: list[dict] = []
    commands: list[dict] = []
    search: dict[str, dict] = {}
    preview: list[dict] = []
    engines: list[dict] = []
    rebuilds: list[dict] = []
    work = Path(tempfile.mkdtemp(prefix="ispk-bench-"))
    try:
        datasets = []
        if not args.no_real:
            datasets.append(("real", None))
        datasets += [(str(size), size) for size in sizes]
        for name, size in datasets:
            print(f"{name} data" if size is None else f"synthetic, {size:,} events")
            ds = real_dataset(work, env) if size is None else synthesise(size, work, env)
            count = args.runs_large if size and size >= LARGE else args.runs
            for run in range(1, count + 1):
                runs.append(full_build(ds, run, run == 1, env))
            if size is None:
                for run, cold in ((1, True), (2, False), (3, False)):
                    commands.append(real_command(ds, run, cold, env))
            last = runs[-1]
            if not args.no_search and last.get("status") == "ok":
                search[name] = search_timing(ds)
            if not args.no_engines and (size is None or size in engine_sizes):
                engines += engine_check(ds, last, env)
            if size in rebuild_sizes and last.get("status") == "ok":
                rebuilds.append(rebuild_timing(ds, env))
            if not args.no_preview and size is None:
                preview.append(preview_real(work, env))
            elif not args.no_preview and size in preview_sizes:
                preview.append(preview_synthetic(ds, env))
            if not args.keep:  # the next dataset's builds get the disk and the page cache
                shutil.rmtree(ds.site, ignore_errors=True)
                shutil.rmtree(ds.folder, ignore_errors=True)
    finally:
        if args.keep:
            print(f"kept the work folder: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)

    meta.update(
        elapsed=time.perf_counter() - clock,
        load_min=min(LOADS.seen, default=0.0),
        load_max=max(LOADS.seen, default=0.0),
        versions=versions(),
    )
    bench_report.write_csv(out / "bench.csv", bench_report.csv_rows(runs, commands, search, preview, engines, rebuilds))
    generated = bench_report.report(runs, commands, search, preview, engines, meta, rebuilds)
    bench_report.write_markdown(out / "BENCHMARK.md", generated)
    print()
    print(generated)
    print(f"wrote {out / 'bench.csv'} and {out / 'BENCHMARK.md'}")
    return 0 if all(r.get("status") == "ok" for r in runs + commands) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The scale benchmark's figures: summaries, targets with their verdicts, the CSV and the Markdown report.

Pure functions of the measurements that ``bench/__main__.py`` collects (plain
dicts, so that a test can feed them made-up figures). A build run is one dict:

  dataset, events, run, caches ("cold" | "warm"), load_avg, pages, html_pages,
  steps {name: wall s}, steps_cpu, generate_s/_cpu_s/_rss_mb, engine_s/_cpu_s/_rss_mb,
  index_s/_cpu_s/_rss_mb, site statistics (site_bytes, mean_html, max_html,
  max_html_page, index_bytes, bundle_bytes), status.

Everything derived (totals, ratios, shares, ms per page) is computed here, once.
"""

from __future__ import annotations

import csv
import re
import statistics
from collections.abc import Iterable
from pathlib import Path

# Targets (issues 7, 13 and 15), checked against the results, never in timed tests.
TARGET_OWN_WARM = 1.15  # (generate + engine) / engine, caches warm, at 1,000 and 10,000 events
TARGET_OWN_COLD = 1.30  # the same, caches cold
OWN_SIZES = (1_000, 10_000)
TARGET_PREVIEW = {"real": 0.5, "1000": 1.0}  # seconds from a save to the changed page served (issue 24)
TARGET_ERROR_SHOWN = {"real": 1.0, "1000": 2.0}  # seconds from a save with a data error to its banner (issue 13)
TARGET_REBUILD = 10.0  # seconds, a build after editing one record, at 10,000 events (issue 24)
TARGET_SEARCH_WAIT = 1.0  # seconds from the home page's load event to the first result, full speed
TARGET_SEARCH_BYTES = 300 * 1024  # bytes fetched for the first query at 10,000 events
TARGET_INDEX_SHARE = 0.10  # indexing / the full build
TARGET_INDEX_MEMORY_SHARE = 0.5  # "within the machine": at most half its RAM, the rest for the build and other work
TARGET_SCALING = 1.2  # ms/page at 10,000 events <= 1.2 x at 1,000
TARGET_MEAN_HTML = 60 * 1024  # bytes, at every size
TARGET_MAX_HTML = 1_000_000  # bytes of the largest page, at every size (issue 24: no page over 1 MB at 10,000 events)
TARGET_LARGE_BUILD = 600  # seconds, the 10,000-event full build from empty caches
TARGET_REAL_BUILD = 5.0  # seconds, `python -m ispk build` on the real data
TARGET_INDEX_SCALING = 1.2  # search index bytes/page at 10,000 <= 1.2 x at 1,000
LARGE = 10_000

# The generator's steps, in order, as ispk.build.Build.run and ispk.plan.make name them
# (plus the benchmark's own "load", "setup" and "write folder", as `python -m ispk generate` does them).
STEPS = (
    "load",
    "setup",
    "validate",
    "cross-references",
    "plan: dependencies",
    "plan: record pages",
    "plan: index pages",
    "plan: pictures",
    "plan: open data",
    "plan: citations",
    "plan: search",
    "plan: navigation",
    "render",
    "write folder",
)


# --------------------------------------------------------------------------- #
# Derived figures
# --------------------------------------------------------------------------- #


def derive(run: dict) -> dict:
    """A build run with its totals, ratios, shares and per-page costs added."""
    out = dict(run)
    if run.get("status") != "ok":
        return out
    for unit in ("s", "cpu_s"):
        gen, eng, idx = run[f"generate_{unit}"], run[f"engine_{unit}"], run[f"index_{unit}"]
        out[f"total_{unit}"] = gen + eng + idx
        out[f"own_ratio_{unit}"] = (gen + eng) / eng
        out[f"full_ratio_{unit}"] = (gen + eng + idx) / eng
        out[f"index_share_{unit}"] = idx / (gen + eng + idx)
        out[f"ms_per_page_{unit}"] = 1000 * (gen + eng + idx) / run["html_pages"]
    timed = sum(run["steps"].values())
    out["startup_s"] = max(run["generate_s"] - timed, 0.0)  # interpreter, imports: what no step timer sees
    out["index_bytes_per_page"] = run["index_bytes"] / run["html_pages"]
    return out


def median(values: Iterable) -> float | None:
    values = [v for v in values if isinstance(v, int | float)]
    return statistics.median(values) if values else None


def summarise(runs: list[dict]) -> dict[str, dict[str, dict]]:
    """{dataset: {"cold": the first run, "warm": medians of the later runs}} over the successful runs."""
    by: dict[str, list[dict]] = {}
    for run in runs:
        if run.get("status") == "ok":
            by.setdefault(run["dataset"], []).append(derive(run))
    out: dict[str, dict[str, dict]] = {}
    for name, group in by.items():
        out[name] = {}
        cold = [r for r in group if r["caches"] == "cold"]
        warm = [r for r in group if r["caches"] == "warm"]
        if cold:
            out[name]["cold"] = {**cold[0], "n": 1}
        if warm:
            merged = {k: v for k, v in warm[-1].items() if not isinstance(v, int | float) or isinstance(v, bool)}
            for key in {k for r in warm for k, v in r.items() if isinstance(v, int | float) and not isinstance(v, bool)}:
                merged[key] = median(r.get(key) for r in warm)
            for steps in ("steps", "steps_cpu"):
                merged[steps] = {s: median(r[steps].get(s) for r in warm) for s in warm[0][steps]}
            merged["load_avg_range"] = (min(r["load_avg"] for r in warm), max(r["load_avg"] for r in warm))
            out[name]["warm"] = {**merged, "n": len(warm)}
    return out


# --------------------------------------------------------------------------- #
# Targets
# --------------------------------------------------------------------------- #


def _verdict(wall_ok: bool | None, cpu_ok: bool | None = None) -> str:
    """met / NOT MET; where wall and CPU time disagree (a busy machine), say which."""
    if cpu_ok is None or wall_ok == cpu_ok:
        return "met" if wall_ok else "NOT MET"
    return "met on CPU time, not on wall time" if cpu_ok else "met on wall time, not on CPU time"


def ram_mb() -> float:
    try:
        return (
            int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")))
            / 1024
        )
    except (OSError, StopIteration, ValueError):
        return 0.0


def _load(r: dict) -> str:
    low, high = r.get("load_avg_range") or (r["load_avg"], r["load_avg"])
    return f"load {low:.1f}" if f"{low:.1f}" == f"{high:.1f}" else f"load {low:.1f}–{high:.1f}"


def targets(
    summary: dict,
    search: dict,
    preview: list[dict],
    commands: list[dict],
    ram: float | None = None,
    rebuilds: list[dict] | None = None,
) -> list[tuple[str, str, str]]:
    """(target, result, verdict) for every target this run measured; a target it could not measure says so."""
    out: list[tuple[str, str, str]] = []
    ram = ram_mb() if ram is None else ram

    # Issue 13: the generator's share of the build.
    for caches, limit in (("warm", TARGET_OWN_WARM), ("cold", TARGET_OWN_COLD)):
        for size in OWN_SIZES:
            r = summary.get(str(size), {}).get(caches)
            name = f"(generate + engine) / engine alone ≤ {limit:.2f}×, caches {caches}, {size:,} events"
            if not r:
                out.append((name, "not measured in this run", "NOT MEASURED"))
                continue
            runs = f"median of {r['n']} runs" if r["n"] > 1 else "1 run"
            out.append(
                (
                    name,
                    f"{r['own_ratio_cpu_s']:.2f}× CPU ({r['generate_cpu_s']:.1f} + {r['engine_cpu_s']:.1f} s), "
                    f"{r['own_ratio_s']:.2f}× wall ({r['generate_s']:.1f} + {r['engine_s']:.1f} s); with indexing "
                    f"{r['full_ratio_cpu_s']:.2f}× CPU, {r['full_ratio_s']:.2f}× wall ({runs}, {_load(r)})",
                    _verdict(r["own_ratio_s"] <= limit, r["own_ratio_cpu_s"] <= limit),
                )
            )

    # Issue 13: the preview.
    for p in preview:
        limit = TARGET_PREVIEW.get(p.get("dataset", ""))
        label = "real data" if p.get("dataset") == "real" else f"{p.get('dataset')} events"
        if limit is None:
            continue
        name = f"save → changed page served ≤ {limit:g} s ({label})"
        if p.get("status") != "ok" or p.get("median_s") is None:
            out.append((name, str(p.get("status")), "NOT MEASURED"))
            continue
        update = median(e.get("update_s") for e in p["edits"])
        built = median(e.get("engine_s") for e in p["edits"])
        out.append(
            (
                name,
                f"median {p['median_s']:.2f} s, max {p['max_s']:.2f} s over {len(p['edits'])} saves "
                f"(the preview's own update: median {update:.2f} s; the engine: median {fmt(built, 2)} s; "
                f"load {p.get('load_avg', 0):.1f})",
                _verdict(p["median_s"] <= limit),
            )
        )
        shown = p.get("error_banner_s") if p.get("error_banner_s") is not None else p.get("error_status_s")
        where = "banner in Chromium" if p.get("error_banner_s") is not None else "status served (no browser)"
        ok = shown is not None and p.get("error_names_file_line") and p.get("last_good_served")
        shown_limit = TARGET_ERROR_SHOWN[p["dataset"]]
        out.append(
            (
                f"a data error shown in the browser within {shown_limit:g} s ({label}), naming file:line, last good page kept",
                f"{where} after {shown:.2f} s; file:line {'yes' if p.get('error_names_file_line') else 'no'}; "
                f"last good page {'kept' if p.get('last_good_served') else 'NOT kept'}"
                if shown is not None
                else "not shown",
                _verdict(bool(ok) and shown <= shown_limit),
            )
        )

    # Issues 15 and 24: search (medians of the runs bench/search.py makes per query).
    for name, s in search.items():
        if s.get("status") != "ok":
            out.append(
                (
                    f"first search result ≤ {TARGET_SEARCH_WAIT:.0f} s after the page loaded ({name})",
                    str(s.get("status")),
                    "NOT MEASURED",
                )
            )
            continue
        for key, what in (("common", "words on most pages"), ("rare", "a rare word")):
            q = s.get(key)
            if q:
                out.append(
                    (
                        f"first search result ≤ {TARGET_SEARCH_WAIT:.0f} s after the page loaded ({name}, {what}: {q['query']!r})",
                        f"{q['after_load_s']:.2f} s ({_runs(q)}{q['after_input_s']:.2f} s after the query was entered; "
                        f"{q['bytes'] / 1024:.0f} KB; load {s.get('load_avg', 0):.1f})",
                        _verdict(q["after_load_s"] <= TARGET_SEARCH_WAIT),
                    )
                )
    big = search.get(str(LARGE))
    if big and big.get("status") == "ok":
        kb = {k: big[k]["bytes"] / 1024 for k in ("common", "rare") if big.get(k)}
        out.append(
            (
                f"≤ {TARGET_SEARCH_BYTES // 1024} KB fetched for the first query at {LARGE:,} events",
                "; ".join(f"{kb[k]:.0f} KB ({'words on most pages' if k == 'common' else 'a rare word'})" for k in kb)
                + (
                    f"; plus {big['common']['ui_bytes'] / 1024:.0f} KB of search box with every page" if big.get("common") else ""
                ),
                _verdict(max(kb.values()) * 1024 <= TARGET_SEARCH_BYTES),
            )
        )
        filters = {k: big[k]["filter_bytes"] / 1024 for k in ("common", "rare") if "filter_bytes" in big.get(k, {})}
        if filters:
            out.append(
                (
                    f"no filter index fetched by a search with no filter open at {LARGE:,} events (issue 24)",
                    "; ".join(
                        f"{kb:.0f} KB ({'words on most pages' if k == 'common' else 'a rare word'})" for k, kb in filters.items()
                    ),
                    _verdict(not any(filters.values())),
                )
            )
    else:
        out.append(
            (
                f"≤ {TARGET_SEARCH_BYTES // 1024} KB fetched for the first query at {LARGE:,} events",
                "not measured",
                "NOT MEASURED",
            )
        )
    large = summary.get(str(LARGE), {}).get("cold") or summary.get(str(LARGE), {}).get("warm")
    limit_mb = TARGET_INDEX_MEMORY_SHARE * ram
    name = (
        f"indexing memory at {LARGE:,} events within the machine (≤ {TARGET_INDEX_MEMORY_SHARE:.0%} of its {ram / 1024:.0f} GiB)"
    )
    if large and ram:
        out.append(
            (
                name,
                f"peak {large['index_rss_mb']:,.0f} MB (Pagefind's binary, resident)",
                _verdict(large["index_rss_mb"] <= limit_mb),
            )
        )
    else:
        out.append((name, "not measured", "NOT MEASURED"))
    shares = [(n, c, r) for n, by in summary.items() for c, r in by.items()]
    if shares:
        worst_wall = max(r["index_share_s"] for _, _, r in shares)
        worst_cpu = max(r["index_share_cpu_s"] for _, _, r in shares)
        out.append(
            (
                f"indexing ≤ {TARGET_INDEX_SHARE:.0%} of the full build (every dataset, cold and warm)",
                "; ".join(
                    f"{n} {c}: {100 * r['index_share_s']:.1f} % wall, {100 * r['index_share_cpu_s']:.1f} % CPU"
                    for n, c, r in shares
                ),
                _verdict(worst_wall <= TARGET_INDEX_SHARE, worst_cpu <= TARGET_INDEX_SHARE),
            )
        )

    # Issue 7: scale.
    small, big_build = summary.get("1000", {}), summary.get(str(LARGE), {})
    for caches in ("cold", "warm"):
        a, b = small.get(caches), big_build.get(caches)
        if a and b:
            wall, cpu = b["ms_per_page_s"] / a["ms_per_page_s"], b["ms_per_page_cpu_s"] / a["ms_per_page_cpu_s"]
            out.append(
                (
                    f"ms/page at {LARGE:,} events ≤ {TARGET_SCALING} × at 1,000 (full build, caches {caches})",
                    f"wall {b['ms_per_page_s']:.1f} vs {a['ms_per_page_s']:.1f} ms/page (× {wall:.2f}); "
                    f"CPU {b['ms_per_page_cpu_s']:.1f} vs {a['ms_per_page_cpu_s']:.1f} (× {cpu:.2f})",
                    _verdict(wall <= TARGET_SCALING, cpu <= TARGET_SCALING),
                )
            )
    everything = [r for by in summary.values() for r in by.values()]
    if everything:
        worst = max(r["mean_html"] for r in everything)
        out.append(
            (
                f"mean HTML per page ≤ {TARGET_MEAN_HTML // 1024} KB at every size",
                "; ".join(f"{n}: {max(r['mean_html'] for r in by.values()) / 1024:.1f} KB" for n, by in summary.items()),
                _verdict(worst <= TARGET_MEAN_HTML),
            )
        )
        largest = {n: max(by.values(), key=lambda r: r["max_html"]) for n, by in summary.items()}
        out.append(
            (
                f"no page over {TARGET_MAX_HTML / 1e6:.0f} MB of HTML at every size",
                "; ".join(f"{n}: {r['max_html'] / 1e6:.2f} MB ({r['max_html_page']})" for n, r in largest.items()),
                _verdict(all(r["max_html"] <= TARGET_MAX_HTML for r in largest.values())),
            )
        )
    cold = big_build.get("cold")
    name = f"the {LARGE:,}-event site builds in under {TARGET_LARGE_BUILD // 60} minutes from empty caches"
    if cold:
        out.append(
            (
                name,
                f"{cold['total_s']:.0f} s wall, {cold['total_cpu_s']:.0f} s CPU (generate {cold['generate_s']:.0f} + "
                f"engine {cold['engine_s']:.0f} + indexing {cold['index_s']:.0f} s; {_load(cold)})",
                _verdict(cold["total_s"] < TARGET_LARGE_BUILD, cold["total_cpu_s"] < TARGET_LARGE_BUILD),
            )
        )
    else:
        out.append((name, "not measured in this run", "NOT MEASURED"))
    done = [c for c in commands if c.get("status") == "ok"]
    warm = [c for c in done if c["caches"] == "warm"]
    out += _rebuild_targets(rebuilds or [])
    name = f"the real site's full build (`python -m ispk build`) ≤ {TARGET_REAL_BUILD:.0f} s, caches warm"
    if warm:
        wall, cpu = median(c["total_s"] for c in warm), median(c["total_cpu_s"] for c in warm)
        cold_runs = [c for c in done if c["caches"] == "cold"]
        extra = f"; cold: {cold_runs[0]['total_s']:.2f} s wall, {cold_runs[0]['total_cpu_s']:.2f} s CPU" if cold_runs else ""
        out.append(
            (
                name,
                f"{wall:.2f} s wall, {cpu:.2f} s CPU (median of {len(warm)}; load "
                f"{min(c['load_avg'] for c in warm):.1f}–{max(c['load_avg'] for c in warm):.1f}){extra}",
                _verdict(wall <= TARGET_REAL_BUILD, cpu <= TARGET_REAL_BUILD),
            )
        )
    else:
        out.append((name, "not measured in this run", "NOT MEASURED"))
    a, b = small.get("cold"), big_build.get("cold")
    if a and b:
        ratio = b["index_bytes_per_page"] / a["index_bytes_per_page"]
        out.append(
            (
                f"search index proportional to the data: bytes/page at {LARGE:,} ≤ {TARGET_INDEX_SCALING} × at 1,000",
                f"{b['index_bytes_per_page']:,.0f} vs {a['index_bytes_per_page']:,.0f} B/page (× {ratio:.2f})",
                _verdict(ratio <= TARGET_INDEX_SCALING),
            )
        )
    return out


# --------------------------------------------------------------------------- #
# The CSV: one figure per row
# --------------------------------------------------------------------------- #

CSV_FIELDS = ("section", "dataset", "run", "caches", "load_avg", "measure", "value", "unit")


def _rebuild_targets(rebuilds: list[dict]) -> list[tuple[str, str, str]]:
    """Issue 24: a build after editing one record (generate, then the differential engine step and search)."""
    name = f"a rebuild after editing one record ≤ {TARGET_REBUILD:.0f} s at {LARGE:,} events"
    out = []
    for r in rebuilds:
        label = (
            name
            if r.get("dataset") == str(LARGE)
            else f"(measured, no target) a rebuild after editing one record, {r.get('dataset')} events"
        )
        if r.get("status") != "ok" or not r.get("edits"):
            out.append((label, str(r.get("status")), "NOT MEASURED" if r.get("dataset") == str(LARGE) else "—"))
            continue
        e = r["edits"]
        total = median(x["total_s"] for x in e)
        out.append(
            (
                label,
                f"median {total:.1f} s over {len(e)} edits (generate {median(x['generate_s'] for x in e):.1f} s, "
                f"engine {median(x['engine_s'] for x in e):.1f} s for {median(x['built'] for x in e):.0f} files, "
                f"search index {median(x['index_s'] for x in e):.1f} s; full engine build first: {r['first_s']:.0f} s; "
                f"load {r.get('load_avg', 0):.1f})",
                _verdict(total <= TARGET_REBUILD) if r.get("dataset") == str(LARGE) else "—",
            )
        )
    if not any(r.get("dataset") == str(LARGE) for r in rebuilds):
        out.append((name, "not measured in this run", "NOT MEASURED"))
    return out


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def _runs(q: dict) -> str:
    """ "median of 3 runs: 0.8–1.1 s; " for a query timed several times, "" for one run."""
    runs = q.get("after_load_runs") or []
    return f"median of {len(runs)} runs: {min(runs):.2f}–{max(runs):.2f} s; " if len(runs) > 1 else ""


def csv_rows(
    runs: list[dict],
    commands: list[dict],
    search: dict,
    preview: list[dict],
    engines: list[dict],
    rebuilds: list[dict] | None = None,
) -> list[dict]:
    """Every figure of the run as (section, dataset, run, caches, load_avg, measure, value, unit)."""
    rows: list[dict] = []

    def add(section, dataset, measure, value, unit, run="", caches="", load=None):
        if value is None or value == "":
            return
        rows.append(
            {
                "section": section,
                "dataset": dataset,
                "run": run,
                "caches": caches,
                "load_avg": "" if load is None else round(load, 2),
                "measure": measure,
                "value": round(value, 4) if isinstance(value, float) else value,
                "unit": unit,
            }
        )

    for raw in runs:
        r = derive(raw)
        key = {"run": r.get("run", ""), "caches": r.get("caches", ""), "load": r.get("load_avg")}
        add("build", r["dataset"], "status", r.get("status"), "", **key)
        if r.get("status") != "ok":
            continue
        add("build", r["dataset"], "events", r.get("events"), "events", **key)
        add("build", r["dataset"], "pages", r["pages"], "Markdown pages", **key)
        add("build", r["dataset"], "html_pages", r["html_pages"], "HTML pages", **key)
        for step in STEPS:
            add("generate", r["dataset"], _slug(step), r["steps"].get(step), "s", **key)
            add("generate", r["dataset"], _slug(step) + "_cpu", r["steps_cpu"].get(step), "s CPU", **key)
        add("generate", r["dataset"], "startup_and_imports", r["startup_s"], "s", **key)
        for part in ("generate", "engine", "index", "total"):
            add("build", r["dataset"], f"{part}", r[f"{part}_s"], "s", **key)
            add("build", r["dataset"], f"{part}_cpu", r[f"{part}_cpu_s"], "s CPU", **key)
            if f"{part}_rss_mb" in r:
                add("build", r["dataset"], f"{part}_peak_rss", r[f"{part}_rss_mb"], "MB", **key)
        for measure in ("own_ratio", "full_ratio"):
            add("build", r["dataset"], measure, r[f"{measure}_s"], "× (wall)", **key)
            add("build", r["dataset"], measure + "_cpu", r[f"{measure}_cpu_s"], "× (CPU)", **key)
        add("build", r["dataset"], "index_share", 100 * r["index_share_s"], "% (wall)", **key)
        add("build", r["dataset"], "index_share_cpu", 100 * r["index_share_cpu_s"], "% (CPU)", **key)
        add("build", r["dataset"], "ms_per_page", r["ms_per_page_s"], "ms", **key)
        add("build", r["dataset"], "ms_per_page_cpu", r["ms_per_page_cpu_s"], "ms CPU", **key)
        add("site", r["dataset"], "site", r["site_bytes"] / 1e6, "MB", **key)
        add("site", r["dataset"], "mean_html", r["mean_html"] / 1024, "KB", **key)
        add("site", r["dataset"], "max_html", r["max_html"] / 1024, "KB", **key)
        add("site", r["dataset"], "max_html_page", r["max_html_page"], "path", **key)
        add("site", r["dataset"], "search_index", r["index_bytes"] / 1e6, "MB", **key)
        add("site", r["dataset"], "search_bundle", r["bundle_bytes"] / 1e6, "MB", **key)
        add("site", r["dataset"], "search_index_per_page", r["index_bytes_per_page"], "bytes", **key)
    for c in commands:
        key = {"run": c.get("run", ""), "caches": c.get("caches", ""), "load": c.get("load_avg")}
        add("command", "real", "python_m_ispk_build_status", c.get("status"), "", **key)
        add("command", "real", "python_m_ispk_build", c.get("total_s"), "s", **key)
        add("command", "real", "python_m_ispk_build_cpu", c.get("total_cpu_s"), "s CPU", **key)
    for name, s in search.items():
        add("search", name, "status", s.get("status"), "", load=s.get("load_avg"))
        for key in ("common", "rare", "common_slow"):
            q = s.get(key)
            if not q:
                continue
            add("search", name, f"{key}_query", q["query"], "text", load=s.get("load_avg"))
            add("search", name, f"{key}_after_load", q["after_load_s"], "s", load=s.get("load_avg"))
            add("search", name, f"{key}_after_input", q["after_input_s"], "s", load=s.get("load_avg"))
            add("search", name, f"{key}_fetched", q["bytes"] / 1024, "KB", load=s.get("load_avg"))
            if "filter_bytes" in q:
                add("search", name, f"{key}_fetched_filters", q["filter_bytes"] / 1024, "KB", load=s.get("load_avg"))
            if q.get("runs"):
                add("search", name, f"{key}_runs", q["runs"], "runs", load=s.get("load_avg"))
            add("search", name, f"{key}_requests", q["requests"], "requests", load=s.get("load_avg"))
            add("search", name, f"{key}_fetched_by_kind", q["by_kind"], "text", load=s.get("load_avg"))
            add("search", name, "search_box_with_every_page", q["ui_bytes"] / 1024, "KB", load=s.get("load_avg"))
    for p in preview:
        load = p.get("load_avg")
        add("preview", p.get("dataset", "?"), "status", p.get("status"), "", load=load)
        for i, e in enumerate(p.get("edits", []), 1):
            for measure, unit in (
                ("served_s", "s"),
                ("update_s", "s"),
                ("engine_s", "s"),
                ("all_built_s", "s"),
                ("rendered", "pages"),
                ("written", "files"),
            ):
                add("preview", p["dataset"], f"save_{measure.removesuffix('_s')}", e.get(measure), unit, run=i, load=load)
        for measure in ("start_s", "first_update_s", "error_update_s", "error_status_s", "error_banner_s", "recovered_s"):
            add("preview", p.get("dataset", "?"), measure.removesuffix("_s"), p.get(measure), "s", load=load)
        for measure in ("error_names_file_line", "error_banner_file_line", "last_good_served"):
            add(
                "preview",
                p.get("dataset", "?"),
                measure,
                None if p.get(measure) is None else str(p[measure]).lower(),
                "",
                load=load,
            )
    for r in rebuilds or []:
        add("rebuild", r.get("dataset", "?"), "status", r.get("status"), "", load=r.get("load_avg"))
        add("rebuild", r.get("dataset", "?"), "first_full_engine", r.get("first_s"), "s", load=r.get("load_avg"))
        for i, e in enumerate(r.get("edits", []), 1):
            for measure, unit in (("total_s", "s"), ("generate_s", "s"), ("engine_s", "s"), ("index_s", "s"), ("built", "files")):
                add(
                    "rebuild",
                    r["dataset"],
                    f"edit_{measure.removesuffix('_s')}",
                    e.get(measure),
                    unit,
                    run=i,
                    load=e.get("load_avg"),
                )
    for e in engines:
        for measure, unit in (
            ("status", ""),
            ("version", ""),
            ("total_s", "s"),
            ("cpu_s", "s CPU"),
            ("rss_mb", "MB"),
            ("html_pages", "HTML pages"),
            ("same_pages", ""),
        ):
            value = e.get(measure)
            add(
                "engine",
                e["dataset"],
                f"{_slug(e['engine'])}_{measure.removesuffix('_s')}",
                str(value).lower() if isinstance(value, bool) else value,
                unit,
                load=e.get("load_avg"),
            )
    return rows


def write_csv(path: Path, rows: list[dict]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_FIELDS)
        writer.writeheader()
        writer.writerows(rows)


# --------------------------------------------------------------------------- #
# The Markdown report
# --------------------------------------------------------------------------- #


def fmt(value, digits: int = 1) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value).replace("|", "/")


def _pair(wall, cpu, digits: int = 1) -> str:
    return f"{fmt(wall, digits)} ({fmt(cpu, digits)})"


def report(
    runs: list[dict],
    commands: list[dict],
    search: dict,
    preview: list[dict],
    engines: list[dict],
    meta: dict,
    rebuilds: list[dict] | None = None,
) -> str:
    summary = summarise(runs)
    lines = [
        f"Measured {meta['started']} on {meta['machine']}.",
        f"Command: `{meta['command']}` (seed {meta['seed']}; {meta['elapsed'] / 60:.1f} minutes in all; "
        f"1-minute load average {meta['load_min']:.1f} to {meta['load_max']:.1f} on {meta['cores']} cores during the run). "
        f"Code: {meta['revision']}. Versions: {meta['versions']}.",
        "",
        "**Targets**",
        "",
        "| Target | Result | Verdict |",
        "|---|---|---|",
    ]
    lines += [f"| {t} | {res} | {v} |" for t, res, v in targets(summary, search, preview, commands, meta.get("ram_mb"), rebuilds)]
    failed = [r for r in runs if r.get("status") != "ok"] + [c for c in commands if c.get("status") != "ok"]
    for r in failed:
        lines += ["", f"**Failed**: {r.get('dataset')} run {r.get('run')}: {fmt(r.get('status'))}"]

    lines += [
        "",
        "**The full build** (wall seconds, CPU seconds in brackets). Generate = `python -m bench.pipeline "
        "generate`, the same steps as `python -m ispk generate`, in a fresh interpreter; engine = `python -m mkdocs build "
        "--strict` on the folder it wrote (the engine alone building the same folder); indexing = Pagefind on the built site. "
        "Full build = the three. Cold = empty cache (`ISPK_CACHE`) and build folder; warm = the same again (median of "
        "the warm runs). Ratios: (generate + engine) / engine, and with indexing; CPU first.",
        "",
        "| Dataset | Caches | Load avg | HTML pages | Generate | Engine alone | Indexing | Full build | "
        "(gen + engine) / engine | with indexing | Indexing share | ms/page | Peak RSS MB (gen; engine; index) |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, by in summary.items():
        for caches, r in by.items():
            times = f" ×{r['n']}" if r["n"] > 1 else ""
            lines.append(
                f"| {name} | {caches}{times} | {_load(r).removeprefix('load ')} | {fmt(int(r['html_pages']))} | "
                f"{_pair(r['generate_s'], r['generate_cpu_s'])} | {_pair(r['engine_s'], r['engine_cpu_s'])} | "
                f"{_pair(r['index_s'], r['index_cpu_s'])} | {_pair(r['total_s'], r['total_cpu_s'])} | "
                f"{r['own_ratio_cpu_s']:.2f}× ({r['own_ratio_s']:.2f}× wall) | {r['full_ratio_cpu_s']:.2f}× ({r['full_ratio_s']:.2f}× wall) | "
                f"{100 * r['index_share_s']:.1f} % ({100 * r['index_share_cpu_s']:.1f} % CPU) | "
                f"{_pair(r['ms_per_page_s'], r['ms_per_page_cpu_s'])} | "
                f"{fmt(r['generate_rss_mb'], 0)}; {fmt(r['engine_rss_mb'], 0)}; {fmt(r['index_rss_mb'], 0)} |"
            )
    if commands:
        done = [c for c in commands if c.get("status") == "ok"]
        lines += [
            "",
            "`python -m ispk build` on the real data, end to end (generate, engine, indexing, swap): "
            + "; ".join(
                f"{c['caches']}: {c['total_s']:.2f} s wall, {c['total_cpu_s']:.2f} s CPU (load {c['load_avg']:.1f})" for c in done
            )
            + ".",
        ]

    lines += [
        "",
        "**The generator's steps** (wall seconds; `Build.run` and `ispk.plan.make` timed by name). Load = importing the "
        "data module (real) or unpickling the dataset (synthetic); setup = the configuration, caches and citation styles; "
        "start-up = the interpreter and imports, what no step sees. Pictures are drawn by a process pool when the cache is "
        "cold, so their wall time can exceed the process's own CPU time.",
        "",
    ]
    shown = [s for s in STEPS if s != "plan: dependencies"]
    lines += [
        "| Dataset | Caches | " + " | ".join(s.removeprefix("plan: ") for s in shown) + " | start-up | Generate |",
        "|---|---|" + "---:|" * (len(shown) + 2),
    ]
    for name, by in summary.items():
        for caches, r in by.items():
            lines.append(
                f"| {name} | {caches} | "
                + " | ".join(fmt(r["steps"].get(s), 2) for s in shown)
                + f" | {fmt(r['startup_s'], 2)} | {fmt(r['generate_s'], 2)} |"
            )

    lines += [
        "",
        "**The site** (the last run of each dataset)",
        "",
        "| Dataset | Markdown pages | HTML pages | Site (MB) | Mean HTML (KB) | Max HTML (KB) | Search index (MB) [bundle] | Index bytes/page |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, by in summary.items():
        r = by.get("warm") or by.get("cold")
        lines.append(
            f"| {name} | {fmt(int(r['pages']))} | {fmt(int(r['html_pages']))} | {fmt(r['site_bytes'] / 1e6, 1)} | "
            f"{fmt(r['mean_html'] / 1024, 1)} | {fmt(r['max_html'] / 1024, 0)} (`{r['max_html_page']}`) | "
            f"{fmt(r['index_bytes'] / 1e6, 2)} [{fmt(r['bundle_bytes'] / 1e6, 2)}] | {fmt(r['index_bytes_per_page'], 0)} |"
        )

    if search:
        lines += [
            "",
            "**Search** in headless Chromium (Debian's, through Playwright), on the last-built site of each dataset, "
            'served gzipped on loopback, cold browser cache: "/" opens the search box and the query is entered in one go '
            "(no typing delays), each run in a fresh browser context; figures are medians of the runs (`runs` in bench.csv). "
            "Waits include Pagefind's 300 ms input debounce. Fetched = bytes of `pagefind/` that crossed "
            "the network from the load event to the first result.",
            "",
            "| Dataset | Query | After load (s) | After the query was entered (s) | Fetched (KB) | Requests | CPU 4× slower: after load (s) | Load avg |",
            "|---|---|---:|---:|---:|---:|---:|---:|",
        ]
        for name, s in search.items():
            if s.get("status") != "ok":
                lines.append(f"| {name} | {fmt(s.get('status'))} | | | | | | |")
                continue
            for key in ("common", "rare"):
                q = s.get(key)
                if not q:
                    continue
                slow = s.get("common_slow") if key == "common" else None
                lines.append(
                    f"| {name} | {q['query']} | {fmt(q['after_load_s'], 2)} | {fmt(q['after_input_s'], 2)} | "
                    f"{fmt(q['bytes'] / 1024, 0)} | {q['requests']} | {fmt(slow['after_load_s'], 2) if slow else '—'} | "
                    f"{fmt(s.get('load_avg'), 1)} |"
                )
        fetched = [(n, s["common"]) for n, s in search.items() if s.get("status") == "ok" and s.get("common")]
        if fetched:
            lines += [
                "",
                "What the first query (words on most pages) fetched: "
                + " · ".join(f"{n}: {q['by_kind']}" for n, q in fetched)
                + f". The search box's own script and stylesheet, with every page: "
                f"{fetched[0][1]['ui_bytes'] / 1024:.0f} KB.",
            ]

    if preview:
        lines += [
            "",
            "**The preview**: from a save to the changed page served (real data: `python -m ispk serve` on a copy of "
            "the repository, the data file edited; synthetic: a `Preview` object updated with the changed Dataset and its "
            "files built by `Served`, as `make serve` does). Update = the preview's own work (validate, plan, render what "
            "changed, write what differs); engine = the differential engine step in the same process (only the files the "
            "update wrote); the rest is the file watcher (inotify) and serving. Error = an event's title emptied: the "
            "status file served, then the banner over the open page in Chromium (after the engine's live reload).",
            "",
            "| Dataset | Saves | Save → served: median (max) s | Update: median s | Engine: median s | Pages rendered | "
            "Files written | Error: status served (s) | Error: banner shown (s) | file:line | Last good page kept | "
            "Recovery (s) | First start (s) | Load avg |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|---:|---:|",
        ]
        for p in preview:
            if p.get("status") != "ok":
                lines.append(f"| {p.get('dataset')} | {fmt(p.get('status'))} |" + " |" * 12)
                continue
            e = p["edits"]
            lines.append(
                f"| {p['dataset']} | {len(e)} | {fmt(p['median_s'], 2)} ({fmt(p['max_s'], 2)}) | "
                f"{fmt(median(x.get('update_s') for x in e), 2)} | {fmt(median(x.get('engine_s') for x in e), 2)} | "
                f"{fmt(median(x.get('rendered') for x in e), 0)} | {fmt(median(x.get('written') for x in e), 0)} | "
                f"{fmt(p.get('error_status_s'), 2)} | {fmt(p.get('error_banner_s'), 2)} | {fmt(p.get('error_names_file_line'))} | "
                f"{fmt(p.get('last_good_served'))} | {fmt(p.get('recovered_s'), 2)} | {fmt(p.get('start_s'), 1)} | {fmt(p.get('load_avg'), 1)} |"
            )

    if engines:
        lines += [
            "",
            "**Engine check**: the same generated folder built by each engine (not strict: Zensical has no strict "
            "mode, and MkDocs' row is the strict engine step of the last full build). Same pages = the same set of HTML "
            "files as MkDocs. A record of the way forward, not a dependency.",
            "",
            "| Dataset | Engine | Version | Wall (s) | CPU (s) | Peak RSS (MB) | HTML files | Same pages as MkDocs | Status | Load avg |",
            "|---|---|---|---:|---:|---:|---:|---|---|---:|",
        ]
        for e in engines:
            lines.append(
                f"| {e['dataset']} | {e['engine']} | {fmt(e.get('version'))} | {fmt(e.get('total_s'), 1)} | "
                f"{fmt(e.get('cpu_s'), 1)} | {fmt(e.get('rss_mb'), 0)} | {fmt(e.get('html_pages'))} | "
                f"{fmt(e.get('same_pages_text'))} | {fmt(e.get('status'))} | {fmt(e.get('load_avg'), 1)} |"
            )
    return "\n".join(lines) + "\n"


START, END = "<!-- bench:results:start -->", "<!-- bench:results:end -->"


def write_markdown(path: Path, generated: str) -> None:
    """Replace the generated block of BENCHMARK.md (between the markers); the rest is written by hand."""
    block = f"{START}\n<!-- Written by `make bench` (bench/__main__.py); edits here are overwritten. -->\n\n{generated}\n{END}"
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    if START in text:
        head, rest = text.split(START, 1)
        tail = rest.split(END, 1)[1] if END in rest else ""
        path.write_text(head + block + tail, encoding="utf-8")
    else:
        path.write_text(text + ("\n" if text else "# Scale benchmark\n\n") + block + "\n", encoding="utf-8")

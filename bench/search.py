"""Search in headless Chromium, for the scale benchmark: the wait and the bytes of a first query.

The site's search is Pagefind (ispk/adapters/search.py): the browser fetches
Pagefind's script, its WebAssembly, the index's metadata and only the index
chunks, filter lists and page fragments a query needs. This serves a built site
on loopback, gzip-compressing text as GitHub Pages does (Pagefind's own index
files are compressed already), opens the home page in Debian's Chromium
(Playwright; never a downloaded browser) with a cold cache, and once the page has
loaded presses "/" and enters the query in one go (no typing delays), as a paste
would. It measures:

- the wait from the page's load event to the first result shown, and from the
  query entered to the first result. Both include Pagefind's input debounce
  (300 ms, ``<pagefind-input>``'s default "debounce" in pagefind-component-ui.js, Pagefind 1.5,
  which the site keeps: its search box waits that long after the last keystroke before
  searching), which a reader waits through too;
- the bytes transferred from the load event to that result (Chrome's encoded
  sizes: what crossed the network), and how many requests;
- the bytes every page load costs for the search box itself (its script and
  stylesheet, fetched with the page).

Each query runs ``runs`` times at full speed, each in a fresh browser context (a
cold cache), and the medians are reported; the first query also once with the CPU
slowed fourfold (DevTools' stand-in for a mid-range phone), reported, not judged.

On a site already built (the figures of issue 24 were taken so, on a 10,000-event
site kept between runs):

  python -m bench.search SITE QUERY [QUERY ...] [--runs 5] [--against SITE_BEFORE]

--against times a second build of the site (say, before a change) in turn with the
first, run by run, so that both see the same load.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
from pathlib import Path

from checks import gzip_server

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TIMEOUT_MS = 180_000
RESULT = "pagefind-results a.pf-result-link"


def _one(browser, url: str, query: str, rate: int) -> dict:
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # a cold cache each time
    page = context.new_page()
    if rate > 1:
        context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": rate})
    # Playwright sees the requests of Pagefind's web worker too (a page's own CDP session does not).
    finished: list = []  # (monotonic time, request)
    context.on("requestfinished", lambda request: finished.append((time.perf_counter(), request)))
    try:
        start = time.perf_counter()
        page.goto(url, wait_until="load", timeout=TIMEOUT_MS)
        loaded = time.perf_counter()
        page.keyboard.press("/")
        box = page.locator("pagefind-modal pagefind-input input")
        box.wait_for(state="visible", timeout=TIMEOUT_MS)
        box.fill(query)  # one input event, as a paste: no per-key delays in the figure
        typed = time.perf_counter()
        page.locator(RESULT).first.wait_for(state="visible", timeout=TIMEOUT_MS)
        shown = time.perf_counter()
        page.wait_for_timeout(100)  # let the last requestfinished events arrive
        sizes = [(t, r.url, _encoded(r)) for t, r in finished]
        # What the search fetched: its bundle (Material's instant navigation also fetches the sitemap).
        after = [(u, n) for t, u, n in sizes if loaded <= t <= shown + 0.1 and "/pagefind/" in u]
        ui = sum(n for t, u, n in sizes if t < loaded and "/pagefind/pagefind-component-ui" in u)
        return {
            "after_load_s": shown - loaded,
            "from_open_s": shown - start,
            "after_input_s": shown - typed,
            "bytes": sum(n for _, n in after),
            "filter_bytes": sum(n for u, n in after if "/filter/" in u),
            "requests": len(after),
            "ui_bytes": ui,
            "by_kind": _by_kind(after),
        }
    finally:
        context.close()


def _encoded(request) -> int:
    """Bytes that crossed the network for one response: headers and the (compressed) body."""
    try:
        sizes = request.sizes()
    except Exception:  # a request without a response (aborted)
        return 0
    return sizes["responseBodySize"] + sizes["responseHeadersSize"]


def _by_kind(fetched: list[tuple[str, int]]) -> str:
    kinds: dict[str, int] = {}
    for url, n in fetched:
        name = url.rsplit("/", 1)[-1]
        kind = (
            "index chunks"
            if "/index/" in url
            else "fragments"
            if "/fragment/" in url
            else "filters"
            if "/filter/" in url
            else "wasm"
            if name.startswith("wasm.")
            else "meta"
            if name.endswith(".pf_meta")
            else name.split("?")[0]
        )
        kinds[kind] = kinds.get(kind, 0) + n
    return "; ".join(f"{k} {v / 1024:.0f} KB" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]))


def _median(runs: list[dict]) -> dict:
    """One query's runs as one: the median of each figure, each run's wait after load kept."""
    out = dict(runs[len(runs) // 2])  # by_kind of a middle run (every run fetches the same files)
    for key in ("after_load_s", "from_open_s", "after_input_s", "bytes", "filter_bytes", "requests"):
        out[key] = statistics.median(r[key] for r in runs)
    out["runs"] = len(runs)
    out["after_load_runs"] = [r["after_load_s"] for r in runs]
    return out


def first_result(site: Path, queries: list[str], slow_rate: int = 4, runs: int = 3) -> dict:
    """{"search": {query: {...}}, "search_status": "ok"} or a status saying why not.

    Per query, medians of ``runs`` runs: after_load_s, after_input_s, from_open_s, bytes,
    filter_bytes (the filter indexes among them), requests; and ui_bytes, by_kind, runs,
    after_load_runs. The first query also once at ``slow_rate``× CPU slowdown (key "<query> [slow]").
    """
    return compare([site], queries, slow_rate, runs)[str(site)]


def compare(sites: list[Path], queries: list[str], slow_rate: int = 4, runs: int = 3) -> dict[str, dict]:
    """first_result for each site, their runs taken in turn (on a shared machine the load changes by the minute)."""
    for site in sites:
        if not CHROMIUM.exists():
            return {str(s): {"search_status": f"skipped: no {CHROMIUM}"} for s in sites}
        if not (Path(site) / "pagefind" / "pagefind.js").is_file():
            return {str(s): {"search_status": f"skipped: {site} has no Pagefind index"} for s in sites}
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return {str(s): {"search_status": "skipped: playwright is not installed"} for s in sites}
    servers = [gzip_server.serve(site) for site in sites]
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    urls = [f"http://127.0.0.1:{server.server_address[1]}/" for server in servers]
    found: dict = {(i, q): [] for i in range(len(sites)) for q in queries}
    out: dict = {str(site): {"search": {}} for site in sites}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
            try:
                for run in range(max(runs, 1)):
                    for query in queries:
                        order = range(len(sites)) if run % 2 == 0 else reversed(range(len(sites)))
                        for i in order:
                            found[i, query].append(_one(browser, urls[i], query, 1))
                for i, site in enumerate(sites):
                    for n, query in enumerate(queries):
                        out[str(site)]["search"][query] = _median(found[i, query])
                        if n == 0 and slow_rate > 1:
                            out[str(site)]["search"][f"{query} [slow]"] = _one(browser, urls[i], query, slow_rate)
            finally:
                browser.close()
        for site in sites:
            out[str(site)]["search_status"] = "ok"
    except Exception as error:  # a benchmark records the failure and goes on
        failed = f"failed: {type(error).__name__}: {str(error).splitlines()[0][:160]}"
        out = {str(site): {"search_status": failed} for site in sites}
    finally:
        for server in servers:
            server.shutdown()
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.search", description=__doc__.split("\n")[0])
    parser.add_argument("site", type=Path, help="a built site with its Pagefind index")
    parser.add_argument("queries", nargs="+")
    parser.add_argument("--runs", type=int, default=3, help="runs per query (medians reported)")
    parser.add_argument("--slow-rate", type=int, default=1, help="also run the first query once this many times slower")
    parser.add_argument("--against", type=Path, help="another build of the site (before a change), timed in turn with it")
    args = parser.parse_args(argv)
    sites = [args.site] + ([args.against] if args.against else [])
    found = compare(sites, args.queries, slow_rate=args.slow_rate, runs=args.runs)
    for site, result in found.items():
        for query, q in result.get("search", {}).items():
            print(
                f"{site} {query!r}: {q['after_load_s']:.2f} s after load (runs {', '.join(f'{t:.2f}' for t in q.get('after_load_runs', []))}), "
                f"{q['after_input_s']:.2f} s after input; {q['bytes'] / 1024:.0f} KB ({q['by_kind']})",
                file=sys.stderr,
            )
    print(json.dumps(found, indent=1))
    return 0 if all(r.get("search_status") == "ok" for r in found.values()) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

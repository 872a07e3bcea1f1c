"""Time to the first search result in headless Chromium, for the scale benchmark.

Material's search downloads the whole search_index.json into a web worker and
builds a lunr index from it before it can answer; at 10,000 events that is the
slowest thing a reader meets. This serves a built site on loopback, opens its
home page in Debian's Chromium (Playwright; never a downloaded browser), types a
query as soon as the page has loaded and measures the time to the first result
shown, both from the start of navigation and from the page's load event (the
wait a reader notices, and the part the index's size drives). It runs twice: at
full speed, and with the CPU slowed fourfold (Chrome DevTools' stand-in for a
mid-range phone; it slows the page's main thread, and in our measurements
barely the web worker where Material builds the index).
"""
from __future__ import annotations

import functools
import http.server
import threading
import time
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"]
TIMEOUT_MS = 180_000


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def first_result(site: Path, query: str, throttles: tuple[int, ...] = (1, 4)) -> dict:
    """{"search_s", "search_after_load_s": seconds at full speed; "search_slow_s", "search_after_load_slow_s":
    at 4x CPU slowdown} or a status saying why not."""
    if not CHROMIUM.exists():
        return {"search_status": f"skipped: no {CHROMIUM}"}
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return {"search_status": "skipped: playwright is not installed"}
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    out: dict = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
            try:
                for rate in throttles:
                    context = browser.new_context()  # a cold cache each time
                    page = context.new_page()
                    if rate > 1:
                        page.context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": rate})
                    start = time.perf_counter()
                    page.goto(url, wait_until="load", timeout=TIMEOUT_MS)
                    loaded = time.perf_counter() - start
                    box = page.locator("input.md-search__input")
                    box.click()  # at desktop width the box is in the header
                    box.press_sequentially(query)
                    page.locator(".md-search-result__item").first.wait_for(state="visible", timeout=TIMEOUT_MS)
                    suffix = "" if rate == 1 else "_slow"
                    out[f"search{suffix}_s"] = time.perf_counter() - start
                    out[f"search_after_load{suffix}_s"] = out[f"search{suffix}_s"] - loaded
                    context.close()
            finally:
                browser.close()
        out["search_status"] = "ok"
    except Exception as error:  # a benchmark records the failure and goes on
        out["search_status"] = f"failed: {type(error).__name__}: {str(error).splitlines()[0][:160]}"
    finally:
        server.shutdown()
    out["search_query"] = query
    return out

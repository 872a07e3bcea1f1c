"""The preview's speed, for the scale benchmark: from a save to the changed page being served.

Two measurements, both through the machinery `make serve` uses (ispk/adapters/preview.py:
a ``Preview`` re-renders the pages whose plan or records changed and writes only
the files whose bytes changed; ``Served`` builds only those files with the engine in
the same process, its configuration, files, navigation and theme kept in memory):

- ``real``: ``python -m ispk serve`` on a temporary copy of the repository (a
  clone with the working tree's files laid over it, so git dates are as in the
  repository; the site's .venv is reused). One event's title is edited in the
  copy's data file, several times; each time, the served page is polled until
  the new title appears. The preview's own log gives its update time and the
  engine's rebuild time for each save.
- ``synthetic`` (run as ``python -m bench.preview synthetic ...``, a
  subprocess of its own): a synthetic dataset is not a data module, so a
  ``Preview`` object is driven directly: one event's title is changed in the
  Dataset (dataclasses.replace), ``preview.update(dataset)`` called and its files
  built by ``Served`` (as ``make serve`` does after a save), while a plain HTTP
  server serves the built site. The preview's update time, the engine's time and
  the time until the page is served are reported apart.

Both then save a data error (an event's title emptied) and measure how long until
the error is in the served status file (assets/preview/preview-status.json) and
until an open page in headless Chromium shows it (the engine's live reload
reloads the page, and the preview's script shows the file:line messages over it),
check that the last good page is still served, and time the recovery.

Between saves the benchmark waits until the preview's background search indexing
(started by the preview's engine hook after every build) has finished, so that each save
is measured as a researcher's usually is: not during the previous one's indexing.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import http.server
import json
import os
import pickle
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

from bench.search import CHROMIUM, FLAGS
from ispk.adapters import engine
from ispk.adapters.preview import STATUS
from ispk.config import ROOT

BANNER = ".preview-errors"
FILE_LINE = re.compile(r"\S+\.py:\d+: ")
# A title found verbatim in the served HTML: no character the page would escape or curl.
PLAIN = re.compile(r"[A-Za-z0-9 ,.()-]+")
START_TIMEOUT = 900  # seconds for the first full build of the preview
CHANGE_TIMEOUT = 120  # seconds for one save to show


# --------------------------------------------------------------------------- #
# Serving and polling
# --------------------------------------------------------------------------- #


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8", "replace")
    except OSError:
        return None


def wait_for(test, timeout: float, proc: subprocess.Popen | None = None, every: float = 0.02) -> float | None:
    """Seconds until ``test()`` is true, polling; None on timeout or when the server died."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if test():
            return time.perf_counter() - start
        if proc is not None and proc.poll() is not None:
            return None
        time.sleep(every)
    return None


def status(base: str) -> dict | None:
    text = fetch(base + STATUS)
    try:
        return json.loads(text) if text else None
    except ValueError:
        return None


def _children(pid: int) -> list[tuple[int, str]]:
    """(pid, command line) of the processes whose parent is ``pid``."""
    out = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            stat = (proc / "stat").read_text()
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            if ppid == pid:
                out.append((int(proc.name), (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")))
        except (OSError, ValueError, IndexError):
            continue
    return out


def indexing(server_pid: int) -> bool:
    """Is the preview's search hook still indexing (a child ``python -m ispk.adapters.search`` of the engine's server)?"""
    pids = [server_pid] + [pid for pid, _ in _children(server_pid)]
    return any("ispk.adapters.search" in cmd for pid in pids for _, cmd in _children(pid))


def settle(server_pid: int, timeout: float = 300) -> None:
    """Wait until background indexing is over, then a moment for the engine's watcher."""
    time.sleep(0.5)
    wait_for(lambda: not indexing(server_pid), timeout, every=0.2)
    time.sleep(1.0)


def stop(proc: subprocess.Popen, server_pid: int | None = None) -> None:
    """End the server we started (its own process group), after any indexer it started has finished."""
    if server_pid:
        wait_for(lambda: not indexing(server_pid), 120, every=0.2)
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


class Browser:
    """An open page in headless Chromium (Debian's, through Playwright), or nothing if unavailable."""

    def __init__(self) -> None:
        self.page = None
        self.why = ""
        if not CHROMIUM.exists():
            self.why = f"no {CHROMIUM}"
            return
        try:
            from playwright.sync_api import sync_playwright

            self._pw = sync_playwright().start()
            self._browser = self._pw.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
        except Exception as error:  # a benchmark records why and goes on
            self.why = f"{type(error).__name__}: {str(error).splitlines()[0][:120]}"

    def open(self, url: str) -> bool:
        if not hasattr(self, "_browser"):
            return False
        self.page = self._browser.new_page()
        self.page.goto(url, wait_until="load", timeout=120_000)
        return True

    def banner(self, since: float, timeout: float) -> tuple[float | None, str]:
        """Seconds from ``since`` until the preview's error banner shows, and its text."""
        if self.page is None:
            return None, ""
        try:
            self.page.wait_for_selector(BANNER, state="visible", timeout=timeout * 1000)
        except Exception:
            return None, ""
        return time.perf_counter() - since, self.page.inner_text(BANNER)

    def close(self) -> None:
        if hasattr(self, "_browser"):
            self._browser.close()
            self._pw.stop()


def _summary(times: list[float]) -> dict:
    return {"median_s": statistics.median(times) if times else None, "max_s": max(times) if times else None}


# --------------------------------------------------------------------------- #
# The real data: python -m ispk serve on a copy of the repository
# --------------------------------------------------------------------------- #

COPY_IGNORE = shutil.ignore_patterns(
    ".git",
    ".venv",
    ".venv-*",
    "site",
    ".site-*",
    "build",
    ".cache",
    ".hypothesis",
    ".pytest_cache",
    "__pycache__",
    "node_modules",
    "tools",
)


def copy_repository(dest: Path) -> Path:
    """A clone (git history for the pages' dates) with the working tree's own files laid over it."""
    shutil.rmtree(dest, ignore_errors=True)
    subprocess.run(["git", "clone", "--quiet", "--local", "--no-checkout", str(ROOT), str(dest)], check=True)
    subprocess.run(["git", "checkout", "--quiet", "HEAD", "--", "."], cwd=dest, check=True)
    shutil.copytree(ROOT, dest, ignore=COPY_IGNORE, dirs_exist_ok=True)
    return dest


def editable_event(root: Path):
    """(data file, literal, event id, title): an event whose title is written once, as a plain string."""
    from ispk import loader

    for event in loader.load().events:
        file = Path(event.origin.file)
        file = file if file.is_absolute() else root / file
        literal = f'title="{event.title}"'
        if PLAIN.fullmatch(event.title) and file.is_file() and file.read_text(encoding="utf-8").count(literal) == 1:
            return file.relative_to(root), literal, event.id, event.title
    return None


_PREVIEW_LINE = re.compile(r"ispk preview: (\d+) page\(s\) rendered, (\d+) file\(s\) written in ([\d.]+) s")
_ENGINE_LINE = re.compile(r"file\(s\) built in ([\d.]+) s")


def _log_after(log: Path, offset: int) -> str:
    with open(log, encoding="utf-8", errors="replace") as handle:
        handle.seek(offset)
        return handle.read()


def real(work: Path, env: dict, edits: int = 5) -> dict:
    """Save → served on the real data, with `python -m ispk serve` as `make serve` runs it."""
    from ispk import routes

    found = editable_event(ROOT)
    if found is None:
        return {"status": "no event title written once as a plain string"}
    rel, literal, event_id, title = found
    copy = copy_repository(work / "preview-repo")
    data_file = copy / rel
    original = data_file.read_text(encoding="utf-8")
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    url = base + routes.url_of(routes.page_path("event", event_id))
    log = work / "log-preview-real.txt"
    # cwd = the copy: `python -m ispk` imports the copy's package, which reads the copy's data.
    with open(log, "w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "ispk", "serve", "--folder", str(copy / "build"), "--dev-addr", f"127.0.0.1:{port}"],
            cwd=copy,
            env={**env, **engine.QUIET},
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    result: dict = {"dataset": "real", "event": event_id, "edits": []}
    browser = Browser()
    server_pid = None
    try:
        started = wait_for(lambda: fetch(url) is not None, START_TIMEOUT, proc, every=0.2)
        if started is None:
            return {**result, "status": f"the preview did not start (see {log})"}
        result["start_s"] = started
        server_pid = proc.pid  # the preview serves and builds in its own process
        for n in range(1, edits + 1):
            settle(server_pid or proc.pid)
            # A marker of its own for every save (of its own length too, so that no two saves
            # leave the file the same size: nothing can pass an older save off as this one).
            new = f"{title} bench edit {'x' * n}"
            offset = log.stat().st_size
            data_file.write_text(original.replace(literal, f'title="{new}"'), encoding="utf-8")
            seconds = wait_for(lambda new=new: new in (fetch(url) or ""), CHANGE_TIMEOUT, proc)
            if seconds is None:
                return {**result, "status": f"edit {n}: the page did not change within {CHANGE_TIMEOUT} s"}
            # The page is served before the other pages are built (the preview builds the saved record's
            # page first): the preview's log line comes once the whole save is built.
            wait_for(lambda offset=offset: bool(_ENGINE_LINE.search(_log_after(log, offset))), CHANGE_TIMEOUT, proc)
            tail = _log_after(log, offset)
            pre = _PREVIEW_LINE.findall(tail)
            eng = _ENGINE_LINE.findall(tail)
            result["edits"].append(
                {
                    "served_s": seconds,
                    "update_s": float(pre[-1][2]) if pre else None,
                    "rendered": int(pre[-1][0]) if pre else None,
                    "written": int(pre[-1][1]) if pre else None,
                    "engine_s": float(eng[-1]) if eng else None,
                }
            )
        last = new
        # A data error: the title emptied. Shown in the terminal and over the (last good) page.
        settle(server_pid or proc.pid)
        result["browser"] = browser.open(url) or browser.why
        bad = original.replace(literal, 'title=""')
        saved = time.perf_counter()
        data_file.write_text(bad, encoding="utf-8")
        result["error_status_s"] = wait_for(lambda: (status(base) or {}).get("ok") is False, CHANGE_TIMEOUT, proc)
        result["error_banner_s"], text = browser.banner(saved, CHANGE_TIMEOUT)
        result["error_names_file_line"] = bool(FILE_LINE.search((status(base) or {}).get("errors", "")))
        result["error_banner_file_line"] = bool(FILE_LINE.search(text)) if text else None
        result["last_good_served"] = last in (fetch(url) or "")
        settle(server_pid or proc.pid)
        saved = time.perf_counter()
        data_file.write_text(original, encoding="utf-8")
        result["recovered_s"] = wait_for(
            lambda: (status(base) or {}).get("ok") is True and title in (fetch(url) or "") and last not in (fetch(url) or ""),
            CHANGE_TIMEOUT,
            proc,
        )
        result["status"] = "ok"
    finally:
        browser.close()
        stop(proc, server_pid)
        shutil.rmtree(copy, ignore_errors=True)
    return {**result, **_summary([e["served_s"] for e in result["edits"]])}


# --------------------------------------------------------------------------- #
# A synthetic dataset: a Preview object, served by mkdocs serve --dirty
# --------------------------------------------------------------------------- #


def _with_title(dataset, index: int, title: str):
    events = list(dataset.events)
    events[index] = dataclasses.replace(events[index], title=title)
    return dataclasses.replace(dataset, events=tuple(events))


def synthetic(spec: Path, archive: Path, work: Path, edits: int = 5) -> dict:
    from bench.pipeline import synthetic_config
    from ispk import routes
    from ispk.adapters.preview import Preview, Served
    from ispk.build import Build

    with open(spec, "rb") as handle:
        dataset = pickle.load(handle)
    middle = len(dataset.events) // 2
    index = min((i for i, e in enumerate(dataset.events) if PLAIN.fullmatch(e.title)), key=lambda i: abs(i - middle))
    event = dataset.events[index]
    folder = work / "preview-build"
    shutil.rmtree(folder, ignore_errors=True)
    preview = Preview(folder, Build(synthetic_config(), sources=archive, narrative=None, cache=work / "preview-cache"))
    served = Served(folder)
    first = preview.update(dataset)
    if not first.ok:
        return {"status": f"the first update failed: {first.errors[:200]}"}
    first_engine = served.render(first)[1]
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    url = base + routes.url_of(routes.page_path("event", event.id))
    handler = functools.partial(_Quiet, directory=str(served.site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    proc = None
    result: dict = {
        "dataset": str(len(dataset.events)),
        "event": event.id,
        "first_update_s": first.seconds,
        "first_engine_s": first_engine,
        "edits": [],
    }
    browser = Browser()
    try:
        started = wait_for(lambda: fetch(url) is not None, START_TIMEOUT, proc, every=0.2)
        if started is None:
            return {**result, "status": "the built site was not served"}
        result["start_s"] = started
        current = dataset
        for n in range(1, edits + 1):
            settle(os.getpid())
            new = f"{event.title} bench edit {'x' * n}"
            current = _with_title(dataset, index, new)
            start = time.perf_counter()
            done = preview.update(current)
            # The engine builds in a thread of its own, as the preview's server does, while the page is polled:
            # the saved record's page is served as soon as it is built (Served.render's ``shown``).
            engine_run: dict = {}

            def build(done=done, engine_run=engine_run, start=start) -> None:
                engine_run["built"], engine_run["engine_s"] = served.render(done, lambda: None)
                engine_run["all_built_s"] = time.perf_counter() - start

            builder = threading.Thread(target=build)
            builder.start()
            seen = wait_for(lambda new=new: new in (fetch(url) or ""), CHANGE_TIMEOUT)
            seconds = None if seen is None else time.perf_counter() - start
            builder.join()
            if seconds is None or not done.ok:
                return {**result, "status": f"edit {n}: the page did not change within {CHANGE_TIMEOUT} s"}
            result["edits"].append(
                {
                    "served_s": seconds,
                    "update_s": done.seconds,
                    "rendered": done.rendered,
                    "written": done.written,
                    "first": len(done.first),
                    **engine_run,
                }
            )
        settle(os.getpid())
        result["browser"] = browser.open(url) or browser.why
        start = time.perf_counter()
        failed = preview.update(_with_title(dataset, index, ""))
        served.render(failed)
        result["error_update_s"] = failed.seconds
        shown = wait_for(lambda: (status(base) or {}).get("ok") is False, CHANGE_TIMEOUT, proc)
        result["error_status_s"] = None if shown is None else time.perf_counter() - start
        result["error_banner_s"], text = browser.banner(start, CHANGE_TIMEOUT)
        result["error_names_file_line"] = bool(FILE_LINE.search(failed.errors))
        result["error_banner_file_line"] = bool(FILE_LINE.search(text)) if text else None
        result["last_good_served"] = new in (fetch(url) or "")
        settle(os.getpid())
        start = time.perf_counter()
        served.render(preview.update(dataset))
        recovered = wait_for(
            lambda: (status(base) or {}).get("ok") is True and new not in (fetch(url) or ""), CHANGE_TIMEOUT, proc
        )
        result["recovered_s"] = None if recovered is None else time.perf_counter() - start
        result["status"] = "ok"
    finally:
        browser.close()
        server.shutdown()
        wait_for(lambda: not indexing(os.getpid()), 120, every=0.2)
        served.close()
    return {**result, **_summary([e["served_s"] for e in result["edits"]])}


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.preview", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    syn = sub.add_parser("synthetic", help="a Preview over a pickled synthetic dataset (bench/pipeline.py)")
    syn.add_argument("--dataset", type=Path, required=True)
    syn.add_argument("--archive", type=Path, required=True)
    syn.add_argument("--work", type=Path, required=True)
    syn.add_argument("--edits", type=int, default=5)
    args = parser.parse_args(argv)
    print(json.dumps(synthetic(args.dataset, args.archive, args.work, args.edits)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

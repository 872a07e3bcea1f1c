"""Shared fixtures: the real dataset, the generated pages, one strict MkDocs build; the tiers' guard."""

from __future__ import annotations

import fcntl
import functools
import http.server
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import tiers
from ispk import archive, build, loader
from ispk.config import ROOT

ARCHIVE_MISSING = f"source archive not found at {archive.archive_dir()}: quote checks SKIPPED, not passed"


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects
def pytest_collection_modifyitems(items):
    tiers.mark_by_fixtures(items)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """A test that builds a site or starts a browser without its marker fails (tests/tiers.py)."""
    with tiers.guarded(item):
        return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    return tiers.explain(item, (yield))


@pytest.fixture(scope="session")
def dataset():
    return loader.load()


@pytest.fixture(scope="session")
def sources_dir() -> Path:
    directory = archive.archive_dir()
    if not archive.available(directory):
        pytest.skip(ARCHIVE_MISSING)
    return directory


@pytest.fixture(scope="session")
def output(sources_dir) -> build.Output:
    """The whole pipeline's output for the real data: pages, files, navigation and the plan."""
    return build.Build(sources=sources_dir).run()


@pytest.fixture(scope="session")
def pages(output) -> dict[str, str]:
    return output.pages


def build_site(site_dir: Path, *args: str, cwd: Path = ROOT, env: dict | None = None) -> subprocess.CompletedProcess:
    """`python -m ispk build` (generate, then the engine, strict) into site_dir, with its own build folder."""
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true", **(env or {})}
    folder = site_dir.with_name(site_dir.name + "-build")
    return subprocess.run(
        [sys.executable, "-m", "ispk", "build", "--folder", str(folder), "--site-dir", str(site_dir), *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory, sources_dir) -> Path:
    """One strict build for the whole run, shared by pytest-xdist's workers: the first builds it, the others wait."""
    # Under xdist each worker has its own base folder; their parent is the run's.
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    shared = (tmp_path_factory.getbasetemp().parent if worker else tmp_path_factory.getbasetemp()) / "built"
    shared.mkdir(exist_ok=True)
    out, done = shared / "site", shared / "built"
    with open(shared / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not done.exists():
            result = build_site(out)
            assert result.returncode == 0, result.stderr[-4000:]
            done.touch()
    return out


# --------------------------------------------------------------------------- #
# The site as a browser and LinkChecker see it: built once, served once, one Chromium
# --------------------------------------------------------------------------- #

CHROMIUM = Path("/usr/bin/chromium")
# No sandbox (the tests run as root in CI), no GPU, and none of Chromium's own
# calls home, so that every request recorded is one the site made.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Where GitHub Pages serves a project site; the site is built for it and served only under it.
PREFIX = "/ispk/"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves a folder quietly; lets LinkChecker exceed 10 requests a second (loopback only)."""

    def log_message(self, *args):
        pass

    def end_headers(self):
        self.send_header("LinkChecker", "allow")
        super().end_headers()


class QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A client that closes a connection mid-answer (lychee, once it has read what it needs) is
        # not a problem of the site: no traceback for it. Anything else is still printed.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class PrefixedHandler(QuietHandler):
    """Serves the site only under PREFIX."""

    def translate_path(self, path):
        if not path.startswith(PREFIX):
            return str(Path(self.directory) / "__outside_prefix__")
        return super().translate_path("/" + path[len(PREFIX) :])


@pytest.fixture(scope="session")
def subpath_folder(tmp_path_factory) -> Path:
    """The folder ``subpath_site`` builds and serves."""
    return tmp_path_factory.mktemp("subpath") / "site"


@pytest.fixture(scope="session")
def subpath_site(subpath_folder, sources_dir):
    """One strict build for http://127.0.0.1:<port>/ispk/, served there (threaded, loopback only), for the session.

    Its address names the server's port, so it cannot be shared between processes: under pytest-xdist
    (`--dist loadfile`) each worker that runs a test using it builds its own.
    """
    out = subpath_folder
    server = QuietServer(("127.0.0.1", 0), functools.partial(PrefixedHandler, directory=str(out)))
    url = f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
    result = build_site(out, env={"SITE_URL": url})
    assert result.returncode == 0, result.stderr[-3000:]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield url
    server.shutdown()


# The browser tests' names for the same served site and its folder.
@pytest.fixture(scope="session")
def served_site(subpath_site) -> str:
    return subpath_site


@pytest.fixture(scope="session")
def served_folder(subpath_site, subpath_folder) -> Path:
    return subpath_folder


@pytest.fixture(scope="session")
def chromium():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/ensure_browser.sh (make test does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()

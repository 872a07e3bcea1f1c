"""Shared fixtures: the real dataset, the generated pages, one strict MkDocs build."""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from ispk import archive, build, data
from ispk.config import ROOT

ARCHIVE_MISSING = f"source archive not found at {archive.archive_dir()}: quote checks SKIPPED, not passed"


@pytest.fixture(scope="session")
def dataset():
    return data.load()


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
    """One strict build for the whole session."""
    out = tmp_path_factory.mktemp("built") / "site"
    result = build_site(out)
    assert result.returncode == 0, result.stderr[-4000:]
    return out


# --------------------------------------------------------------------------- #
# The site as a browser sees it: built once, served once, one Chromium (browser tests)
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
PREFIX = "/ispk/"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    prefix = "/"

    def log_message(self, *args):
        pass

    def translate_path(self, path):
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "__outside_prefix__")
        return super().translate_path("/" + path[len(self.prefix) :])


@pytest.fixture(scope="session")
def served_folder(tmp_path_factory, sources_dir) -> Path:
    """The site built for serving under PREFIX (the folder ``served_site`` serves)."""
    return tmp_path_factory.mktemp("browser-site")


@pytest.fixture(scope="session")
def served_site(served_folder):
    """The site built for http://127.0.0.1:<port>/ispk/ and served there (threaded, loopback only)."""
    out = served_folder
    handler = functools.partial(type("Handler", (_Quiet,), {"prefix": PREFIX}), directory=str(out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    url = f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
    result = build_site(out, env={"SITE_URL": url})
    assert result.returncode == 0, result.stderr[-3000:]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def chromium():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/ensure_browser.sh (make test does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()

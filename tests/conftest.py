"""Shared fixtures: the real dataset, the generated pages, one strict MkDocs build; the tiers' guard."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import tiers
from ispk import archive, build, data
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

"""Shared fixtures: the real dataset, the generated pages, one strict MkDocs build."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ispk import archive, build, data  # noqa: E402

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
def pages(sources_dir):
    return build.pages(sources=sources_dir)


def mkdocs(*args: str, cwd: Path = ROOT, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true", **(env or {})}
    return subprocess.run([sys.executable, "-m", "mkdocs", *args], cwd=cwd, env=environment,
                          capture_output=True, text=True)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory, sources_dir) -> Path:
    """One strict build for the whole session (`-q` would hide strict failures)."""
    out = tmp_path_factory.mktemp("site")
    result = mkdocs("build", "--strict", "--site-dir", str(out))
    assert result.returncode == 0, result.stderr[-4000:]
    return out

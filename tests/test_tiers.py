"""The fast tier stays fast: what needs the engine or browser marker, and the guard that enforces it."""

from __future__ import annotations

import subprocess
import sys

import pytest

import tiers
from conftest import ROOT

PY = sys.executable


@pytest.mark.parametrize(
    ("argv", "marker"),
    [
        ([PY, "-m", "ispk", "build", "--site-dir", "site"], "engine"),
        ([PY, "-m", "ispk", "serve"], "engine"),
        ([PY, "-m", "ispk", "generate", "--folder", "out"], None),
        ([PY, "-m", "mkdocs", "build"], "engine"),
        ([PY, "-m", "scripts.versions", "build"], "engine"),
        ([PY, "-m", "bench", "--sizes", "40"], "engine"),
        ([PY, "-m", "scripts.validate_data"], None),
        (["/x/.venv/bin/linkchecker", "--config", "c.ini", "http://127.0.0.1/"], "engine"),
        (["/x/.venv/bin/lychee", "--config", "c.toml", "http://127.0.0.1/"], "engine"),
        (["/usr/bin/java", "-jar", "vnu.jar"], "engine"),
        (["/x/pagefind_bin/pagefind", "--site", "s"], "engine"),
        (["make", "-s", "-o", "venv", "build"], "engine"),
        (["make", "-n", "-o", "venv", "serve"], None),
        (["/usr/bin/chromium", "--headless"], "browser"),
        (["/x/playwright/driver/node", "/x/playwright/driver/package/cli.js", "run-driver"], "browser"),
        (["git", "log", "-1"], None),
        ("git status", None),
    ],
)
def test_what_needs_a_marker(argv, marker):
    assert tiers.needs(argv) == marker


def test_an_unmarked_test_that_builds_fails_and_a_marked_one_runs(tmp_path):
    """The guard in a pytest of its own: the unmarked test is stopped before the engine starts."""
    (tmp_path / "test_tier.py").write_text(
        "import subprocess, sys\n"
        "import pytest\n"
        "def test_unmarked():\n"
        "    subprocess.run([sys.executable, '-m', 'mkdocs', '--version'], check=True)\n"
        "@pytest.mark.engine\n"
        "def test_marked():\n"
        "    subprocess.run([sys.executable, '-m', 'mkdocs', '--version'], check=True)\n"
        "def test_swallowed():  # a library that catches the failure (Playwright does) and goes on\n"
        "    try:\n"
        "        subprocess.run([sys.executable, '-m', 'ispk', 'build'])\n"
        "    except BaseException:\n"
        "        pass\n"
        "def test_other_programs_run():\n"
        "    subprocess.run(['git', '--version'], check=True)\n",
        encoding="utf-8",
    )
    pytest_args = ["-p", "conftest", "-p", "no:cacheprovider", "--rootdir", str(ROOT), "-c", str(ROOT / "pyproject.toml")]
    done = subprocess.run(
        [PY, "-m", "pytest", *pytest_args, str(tmp_path / "test_tier.py"), "-q"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert "2 failed, 2 passed" in done.stdout, done.stdout[-3000:]
    for name in ("test_unmarked", "test_swallowed"):
        assert f"{name} starts" in done.stdout, done.stdout[-3000:]
    assert "is not marked @pytest.mark.engine" in done.stdout

"""Running an engine on the build folder, and replacing the published site only when it succeeds.

The engines are MkDocs 1.6 (today) and ProperDocs (its maintained fork, checked in
the tests); both read the generated build/mkdocs.yml. They run as subprocesses, so
nothing in ``ispk`` imports an engine.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from . import search

ENGINES = {"mkdocs": "mkdocs", "properdocs": "properdocs"}
DEFAULT = "mkdocs"
"""The engine `make build` and `python -m ispk build` run."""
# Material and ProperDocs print an advertising banner on every build; it hides real warnings.
QUIET = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}


def command(folder: Path, site_dir: Path, engine: str = "mkdocs", strict: bool = True) -> list[str]:
    """The engine's command line for building ``folder``/mkdocs.yml into ``site_dir`` (`make bench` times it alone)."""
    return [
        sys.executable,
        "-m",
        ENGINES[engine],
        "build",
        "--config-file",
        str(folder / "mkdocs.yml"),
        "--site-dir",
        str(site_dir.resolve()),
    ] + (["--strict"] if strict else [])


def run(folder: Path, site_dir: Path, engine: str = "mkdocs", strict: bool = True) -> subprocess.CompletedProcess[str]:
    """Build ``folder``/mkdocs.yml into ``site_dir`` with the engine."""
    return subprocess.run(command(folder, site_dir, engine, strict), env={**os.environ, **QUIET}, capture_output=True, text=True)


def publish(folder: Path, site_dir: Path, engine: str = "mkdocs") -> subprocess.CompletedProcess[str]:
    """Build into a scratch folder beside ``site_dir``, index it for search, and swap it in only when both succeeded."""
    scratch = site_dir.with_name(f".{site_dir.name}-next")
    shutil.rmtree(scratch, ignore_errors=True)
    done = run(folder, scratch, engine)
    if done.returncode == 0:
        try:
            report = search.index_site(scratch)
            done.stderr += f"ispk: search index of {report.pages} pages in {report.seconds:.1f} s\n"
        except search.IndexError as error:
            done = subprocess.CompletedProcess(done.args, 1, done.stdout, done.stderr + str(error) + "\n")
    if done.returncode == 0:
        old = site_dir.with_name(f".{site_dir.name}-old")
        shutil.rmtree(old, ignore_errors=True)
        if site_dir.exists():
            site_dir.rename(old)
        scratch.rename(site_dir)
        shutil.rmtree(old, ignore_errors=True)
    else:
        shutil.rmtree(scratch, ignore_errors=True)
    return done

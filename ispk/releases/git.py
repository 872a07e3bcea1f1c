"""Git access: the one place that runs git for the releases (tags, the commits that cut a release)."""

from __future__ import annotations

import subprocess
from functools import cache
from pathlib import Path

import yaml

from .. import archive
from . import release, versions

TAG_PREFIX = "v"


def run(repo: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """``git ARGS`` in ``repo``, output as bytes; the caller reads the return code."""
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, check=False)


def output(repo: Path, *args: str, env: dict[str, str] | None = None) -> str:
    """The output of ``git ARGS`` in ``repo`` as text; a failure raises ``subprocess.CalledProcessError``."""
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True, env=env).stdout


def tags(repo: Path = archive.ROOT) -> list[tuple[str, str]]:
    """[(tag, version)] of every release tag ``vX.Y.Z``, oldest first."""
    done = run(repo, "tag", "--list", f"{TAG_PREFIX}*")
    found = []
    for tag in done.stdout.decode().split():
        try:
            versions.parse(tag.removeprefix(TAG_PREFIX))
        except ValueError:
            continue
        found.append((tag, tag.removeprefix(TAG_PREFIX)))
    return sorted(found, key=lambda tv: versions.parse(tv[1]))


def releases_in(repo: Path = archive.ROOT) -> list[tuple[str, str]]:
    """[(revision, version)] of every release, oldest first: its tag ``vX.Y.Z``, or, for a release
    this clone has no tag of (``git clone --no-tags``, a CI checkout), the commit that first set
    that version in ``mkdocs.yml``, which is the commit ``make release`` made and tagged.

    So a clone without tags still builds the change pages its ``urls.txt`` registers. A shallow
    clone has neither: its build lists no earlier release, and the URL registry check says which
    registered pages are missing.
    """
    found = {version: tag for tag, version in tags(repo)}
    for sha, version in _release_commits(repo):
        found.setdefault(version, sha)
    return sorted(((rev, version) for version, rev in found.items()), key=lambda rv: versions.parse(rv[1]))


def _release_commits(repo: Path) -> list[tuple[str, str]]:
    """[(commit, version)]: the first commit of the history naming each version in mkdocs.yml."""
    head = run(repo, "rev-parse", "--verify", "HEAD")
    return list(_release_commits_to(repo, head.stdout.decode().strip())) if head.returncode == 0 else []


@cache
def _release_commits_to(repo: Path, head: str) -> tuple[tuple[str, str], ...]:
    """The same for the history up to a commit, which never changes: read once per process (a preview
    save read it again, half of its time on the real data, while the history stood still)."""
    # Only commits that touch a `version:` line can name a new one; git picks them out (-G), so a
    # build reads a handful of mkdocs.yml files, not every one in the history.
    log = run(repo, "log", "--reverse", "--format=%H", "-G^ *version:", head, "--", "mkdocs.yml")
    first: dict[str, str] = {}
    for sha in log.stdout.decode().split() if log.returncode == 0 else ():
        shown = run(repo, "show", f"{sha}:mkdocs.yml")
        try:
            version = release.read(shown.stdout.decode("utf-8")).version
            versions.parse(version)
        except (ValueError, AttributeError, yaml.YAMLError):
            continue  # before releases were numbered, or not a release layout this code reads
        first.setdefault(version, sha)
    return tuple((sha, version) for version, sha in first.items())

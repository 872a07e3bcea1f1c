"""A release's data at a git revision, exported once and kept on disk.

The data of a release is the tag's own ``ispk.data``, exported as JSON by
``ispk/releases/snapshot.py`` in a subprocess (so an old release's model never
meets this checkout's), and its redirects are the tag's ``mkdocs.yml``
``redirect_maps``. A release never changes, so its export is cached under the
commit's hash and the exporter's own hash; a moved tag points at another commit
and is read afresh.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import TypedDict

from .. import archive
from .. import config as site_config
from . import git, permanence, release
from .model import ChangesError, RecordJson, Snapshot, snapshot_of

SNAPSHOT_SCRIPT = Path(__file__).with_name("snapshot.py")


def _cache_dir() -> Path:
    return Path(os.environ.get("ISPK_CACHE") or archive.ROOT / ".cache") / "changes"


def load(revision: str, repo: Path = archive.ROOT) -> Snapshot:
    """The data, version, date and redirects at a git revision (a tag such as "v0.1.0")."""
    commit = git.run(repo, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    if commit.returncode != 0:
        raise ChangesError(f"{repo}: no git revision {revision!r}: is the release tagged (git tag {revision})?")
    sha = commit.stdout.decode().strip()
    exporter = hashlib.sha256(SNAPSHOT_SCRIPT.read_bytes()).hexdigest()[:12]
    cached = _cache_dir() / f"{sha}-{exporter}.json"
    stored: _Stored
    try:
        stored = json.loads(cached.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        stored = _export(repo, sha, revision)
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            cached.write_text(json.dumps(stored, ensure_ascii=False), encoding="utf-8")
        except OSError:
            pass  # a read-only checkout still works, only slower
    return snapshot_of(stored["data"], stored["version"], stored["date"], stored["redirects"])


class _Stored(TypedDict):
    """A release as cached on disk: ``snapshot.export``'s output, its version and date, its redirects."""

    data: dict[str, list[RecordJson]]
    version: str
    date: str
    redirects: dict[str, str]


def _export(repo: Path, sha: str, revision: str) -> _Stored:
    archived = git.run(repo, "archive", "--format=tar", sha, "ispk", "mkdocs.yml")
    if archived.returncode != 0:
        raise ChangesError(f"{revision}: git archive failed: {archived.stderr.decode().strip()}")
    with tempfile.TemporaryDirectory(prefix="ispk-release-") as tmp:
        with tarfile.open(fileobj=io.BytesIO(archived.stdout)) as tar:
            tar.extractall(tmp, filter="data")
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        # `python -c`: the working folder (the release's tree) comes first on the import path.
        done = subprocess.run(
            [sys.executable, "-c", SNAPSHOT_SCRIPT.read_text(encoding="utf-8")], capture_output=True, text=True, env=env, cwd=tmp
        )
        if done.returncode != 0:
            raise ChangesError(f"{revision}: its data module does not load:\n{done.stderr.strip()[-2000:]}")
        config = Path(tmp) / "mkdocs.yml"
        rel = release.read(config.read_text(encoding="utf-8"))
        redirects = permanence.redirect_urls(site_config.redirects(config))
        return _Stored(data=json.loads(done.stdout), version=rel.version, date=rel.date, redirects=redirects)

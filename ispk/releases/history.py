"""Every release up to the one a build is, with what each changed, read from git once per build."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from .. import archive
from ..config import SiteConfig
from ..model import Dataset
from . import cache, git, permanence, snapshot, versions
from .diff import compare
from .model import Releases, snapshot_of
from .release import Release


def read(dataset: Dataset, config: SiteConfig, repo: Path = archive.ROOT) -> Releases:
    """Every release up to the one this build is, with their changes, from the repository's tags.

    Tags above this build's version are left out: a build of an old release (mike
    deploys each tag in its own worktree of the same repository, which sees every
    tag) shows the history as it stood then. This checkout's data stands for the
    current release only if it is not tagged yet; otherwise the tag's data is the
    release, and what changed since is listed once the next release is cut.
    Each tag's data is exported once and kept on disk (``cache.load``).
    """
    current = config.release
    known = [
        (rev, version) for rev, version in git.releases_in(repo) if versions.parse(version) <= versions.parse(current.version)
    ]
    chosen = [rev for rev, _ in known]
    tagged = bool(known) and known[-1][1] == current.version
    if len(chosen) + (not tagged) < 2:  # one release: nothing to compare, and nothing to read
        return Releases(current=current, releases=(current,))
    snaps = [cache.load(tag, repo) for tag in chosen]
    if not tagged:
        snaps.append(
            snapshot_of(snapshot.export(dataset), current.version, current.date, permanence.redirect_urls(config.redirects))
        )
    now = snaps[-1]
    return Releases(
        current=current,
        releases=tuple(Release(version=s.version, date=s.date) for s in snaps),
        history=tuple(compare(a, b) for a, b in pairwise(snaps)),
        since={s.version: compare(s, now) for s in snaps[:-1]},
    )

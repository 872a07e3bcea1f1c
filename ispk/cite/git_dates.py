"""Last changed: the git commit dates of the files a page was built from."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..archive import ROOT
from ..releases import git


class GitDates:
    """Commit dates of files, asked of git once per file per build."""

    def __init__(self, root: Path = ROOT):
        self.root = root
        self._dates: dict[str, str | None] = {}

    def commit_date(self, file: str) -> str | None:
        """The date of the last commit touching a file; None without git or history."""
        if file not in self._dates:
            try:
                done = git.run(self.root, "log", "-1", "--format=%cs", "--", file)
                self._dates[file] = (done.stdout.decode().strip() or None) if done.returncode == 0 else None
            except OSError:
                self._dates[file] = None
        return self._dates[file]

    def last_changed(self, files: Iterable[str], fallback: str) -> str:
        return max((d for d in map(self.commit_date, sorted(files)) if d), default=fallback)

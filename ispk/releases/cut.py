"""Cutting a release (``make release VERSION=x.y.z``): check, set the version and date once, commit and tag.

1. The work tree must be clean and the version new (MAJOR.MINOR.PATCH, above the
   current one, not tagged) and CHANGELOG.md must say under "Unreleased" what
   the release changes.
2. The version and date go into mkdocs.yml (``extra.release``, the one source of
   truth); CITATION.cff and CHANGELOG.md are derived from it. The addresses of
   the change pages the release adds ("What changed in x.y.z", "since" each older
   release) are registered in urls.txt, so that they stay published. One commit,
   "Release x.y.z".
3. The tests must pass on that commit (``make test``, or --test-command): what is
   tagged is what was tested, registered change pages and the commit that the
   history of releases reads included. If they fail, the commit is undone.
4. An annotated tag vx.y.z. Pushing the tag publishes the release
   (.github/workflows/pages.yml).

Nothing is left written when a check fails.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

from .. import routes, textfile
from . import permanence, release, versions
from .git import output as git
from .git import releases_in

FILES = ("mkdocs.yml", "CITATION.cff", "CHANGELOG.md")
REGISTRY = "urls.txt"


def repo_url(mkdocs_yml: str) -> str:
    value = yaml.load(mkdocs_yml, Loader=yaml.BaseLoader)["repo_url"]
    # `!ENV [REPO_URL, default]` reads as a list under BaseLoader.
    if isinstance(value, list):
        name, default = value
        return str(os.environ.get(name, default))
    return str(value)


def change_pages(version: str, root: Path) -> list[str]:
    """The change pages a release's site has (ispk/plan/changes.py): none before an earlier release is tagged."""
    older = [v for _, v in releases_in(root) if versions.parse(v) < versions.parse(version)]
    return [routes.changes_page(version), *map(routes.since_page, older)] if older else []


def cut(root: Path, info: release.Release, test_command: str) -> int:
    """Make the release ``info`` in the repository at ``root``; the exit status (messages on stdout and stderr)."""
    try:
        # The one reader: an unreadable or non-UTF-8 file is a message naming it, not a traceback.
        texts = {name: textfile.read_text(root / name) for name in FILES}
        if git(root, "status", "--porcelain"):
            raise release.ReleaseError(
                "the work tree is not clean: commit or stash every change first "
                "(git status), so that the release is exactly what is committed"
            )
        current = release.read(texts["mkdocs.yml"])
        release.check_version(info.version, current.version, git(root, "tag", "--list").split())
        new = {
            "mkdocs.yml": release.set_in_mkdocs(texts["mkdocs.yml"], info),
            "CITATION.cff": release.set_in_citation_cff(texts["CITATION.cff"], info),
            "CHANGELOG.md": release.set_in_changelog(texts["CHANGELOG.md"], info, repo_url(texts["mkdocs.yml"])),
        }
        problems = release.disagreements(new["mkdocs.yml"], new["CITATION.cff"], new["CHANGELOG.md"])
        if problems:
            raise release.ReleaseError("; ".join(problems))
    except (release.ReleaseError, textfile.InputError, ValueError) as error:
        print(f"release: {error}", file=sys.stderr)
        return 1
    for name, text in new.items():
        (root / name).write_text(text, encoding="utf-8")
    permanence.update(change_pages(info.version, root), root / REGISTRY)
    git(root, "add", *FILES, REGISTRY)
    git(
        root,
        "commit",
        "--quiet",
        "-m",
        f"Release {info.version}",
        "-m",
        "Version and date set in mkdocs.yml (extra.release); CITATION.cff and CHANGELOG.md derived by make release.",
    )
    print(f"release: {current.version} -> {info.version} ({info.date}) committed; running: {test_command}", flush=True)
    failed = subprocess.run(test_command, shell=True, cwd=root).returncode != 0
    changed = bool(git(root, "status", "--porcelain"))
    if failed or changed:
        # The tree was clean before the release commit: going back to its parent loses nothing.
        git(root, "reset", "--quiet", "--hard", "HEAD~1")
        why = f"the tests failed ({test_command})" if failed else "the tests left the work tree changed"
        print(f"release: {why}; the release commit was undone and nothing was tagged", file=sys.stderr)
        return 1
    git(root, "tag", "--annotate", f"v{info.version}", "-m", f"Release {info.version} ({info.date})")
    print(f"release: committed and tagged v{info.version}. Publish it with: git push origin HEAD v{info.version}")
    return 0

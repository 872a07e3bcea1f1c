"""Deploy releases with mike: each tag at its own path, "latest" at the newest.

``python -m scripts.versions`` calls ``deploy`` for one release (the Pages workflow) and ``build``
for every release from 0.2.0, or those asked for (``make versions``).

A release is what ``ispk.releases.git.releases_in`` says, as for the change pages: its tag
vX.Y.Z, or without the tag (a clone without tags) the commit that set its version. Each is
checked out into a temporary git worktree and built there by ``mike deploy`` (a strict
MkDocs build with the release's own data, narrative and configuration), committed to a
local branch; then Pagefind indexes that release's folder alone, so each release searches
only itself (its search box reads <root>/<version>/pagefind/), and the newest release's 404
page is copied to the root, where GitHub Pages looks for it. Nothing is pushed. The alias
``latest`` moves only to a version above every version already deployed, so
republishing an old release never demotes the newest. SOURCE_DATE_EPOCH is the
release commit's time, so a release rebuilds byte for byte.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from .. import archive
from ..releases import versions
from ..releases.git import TAG_PREFIX, releases_in
from ..releases.git import output as git
from ..releases.git import run as run_git
from . import search

LOCAL_BRANCH = "ispk-versions"
LOCAL_URL = "http://127.0.0.1:8001/"


def deployed(repo: Path, branch: str) -> list[dict[str, Any]]:
    """versions.json on the branch, or [] before the first deploy."""
    try:
        found: list[dict[str, Any]] = json.loads(git(repo, "show", f"{branch}:versions.json"))
        return found
    except subprocess.CalledProcessError:
        return []


def mike(*args: str) -> list[str]:
    return [str(Path(sys.executable).parent / "mike"), *args]


def revision_of(repo: Path, version: str) -> str:
    """The release's tag, or the commit that set its version (``ispk.releases.git.releases_in``)."""
    found = dict((v, rev) for rev, v in releases_in(repo))
    if version not in found:
        known = ", ".join(found) or "none"
        raise SystemExit(f"versions: no release {version}: no tag v{version} and no commit setting it (releases: {known})")
    return found[version]


def finish(repo: Path, branch: str, version: str, newest: bool) -> None:
    """Index <version>/ on the branch with Pagefind (the release's own search, nothing else's) and,
    for the newest release, put its 404 page at the root, which is where GitHub Pages looks for one
    (its links are site-absolute); commit both."""
    with tempfile.TemporaryDirectory(prefix=f"ispk-search-{version}-") as tmp:
        tree = Path(tmp) / "pages"
        git(repo, "worktree", "add", "--quiet", str(tree), branch)
        try:
            report = search.index_site(tree / version)
            if newest:
                shutil.copyfile(tree / version / "404.html", tree / "404.html")
            git(tree, "add", "--all", ".")
            git(
                tree,
                "commit",
                "--quiet",
                "-m",
                f"Search index of {version} ({report.pages} pages)" + (", its 404 page at the root" if newest else ""),
            )
        except search.IndexError as error:
            raise SystemExit(f"versions: indexing {version} for search failed:\n{error}") from None
        finally:
            git(repo, "worktree", "remove", "--force", str(tree))


def deploy(repo: Path, tag: str, branch: str, site_url: str, environ: dict[str, str] | None = None) -> str:
    """Build the release (tag vX.Y.Z, or its version) and commit it to ``branch`` at <version>/; return the version."""
    version = tag.removeprefix(TAG_PREFIX)
    versions.parse(version)
    if not versions.has_own_address(version):
        raise SystemExit(f"versions: {version} predates versioned publishing (first: {versions.FIRST_PUBLISHED}); not deployed")
    revision = revision_of(repo, version)
    others = [v["version"] for v in deployed(repo, branch) if v["version"] != version]
    newest = all(versions.parse(version) > versions.parse(v) for v in others if versions.SEMVER.fullmatch(v))
    epoch = git(repo, "log", "-1", "--format=%ct", f"{revision}^{{commit}}").strip()
    env = {
        **(environ or os.environ),
        "SITE_URL": site_url,
        "SOURCE_DATE_EPOCH": epoch,
        "ISPK_SOURCES": str(archive.archive_dir()),
        "NO_MKDOCS_2_WARNING": "1",
        # Pictures and citations are cached under a hash of their inputs: safe to share across releases.
        "ISPK_CACHE": os.environ.get("ISPK_CACHE") or str(repo / ".cache"),
        "DISABLE_MKDOCS_2_WARNING": "true",
        # mike runs `mkdocs` by name: this interpreter's.
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    with tempfile.TemporaryDirectory(prefix=f"ispk-{version}-") as tmp:
        tree = Path(tmp) / "tree"
        git(repo, "worktree", "add", "--detach", "--quiet", str(tree), revision)
        try:
            args = ["deploy", "--branch", branch, "--title", version, version]
            if (tree / "ispk" / "__main__.py").is_file():
                # The generator writes the folder (citing this release's own address), then mike builds it.
                generated = subprocess.run(
                    [sys.executable, "-m", "ispk", "generate"],
                    cwd=tree,
                    env={**env, versions.MIKE_VERSION_VARIABLE: version},
                    capture_output=True,
                    text=True,
                )
                if generated.returncode != 0:
                    raise SystemExit(f"versions: generating {version} failed:\n{generated.stderr[-4000:]}")
                args[1:1] = ["--config-file", str(tree / "build" / "mkdocs.yml")]
            if newest:
                args[1:1] = ["--update-aliases"]
                args.append(versions.LATEST)
            done = subprocess.run(mike(*args), cwd=tree, env=env, capture_output=True, text=True)
            if done.returncode != 0:
                raise SystemExit(f"versions: mike deploy {version} failed:\n{done.stderr[-4000:]}")
            finish(repo, branch, version, newest)
            if newest:
                subprocess.run(
                    mike("set-default", "--branch", branch, versions.LATEST), cwd=tree, env=env, check=True, capture_output=True
                )
        finally:
            git(repo, "worktree", "remove", "--force", str(tree))
    print(f"versions: {version} deployed to branch {branch}" + (" as latest" if newest else ""))
    return version


def build(repo: Path, wanted: list[str], branch: str, site_url: str) -> list[str]:
    """Deploy every release (or the wanted versions) to a fresh local branch, oldest first."""
    found = [v for _, v in releases_in(repo) if versions.has_own_address(v)]
    chosen = [v for v in found if not wanted or v in wanted]
    missing = sorted(set(wanted) - set(chosen))
    if missing:
        raise SystemExit(f"versions: no release {', '.join(missing)} (releases: {', '.join(found) or 'none'})")
    if not chosen:
        raise SystemExit("versions: no release yet: cut one with make release VERSION=x.y.z")
    run_git(repo, "branch", "-D", branch)  # start afresh
    return [deploy(repo, version, branch, site_url) for version in chosen]

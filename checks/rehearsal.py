"""The publishing path rehearsed end to end here: `make rehearse` (run by `make test`).

    python -m scripts.rehearse [--keep] [--every-release]

1. A local bare repository plays GitHub's ``origin``: this commit (HEAD) as ``main``, and no tags, as in
   this repository; a second plays the private archive repository (the source texts, one commit).
2. ``.github/workflows/test.yml`` runs as on a push to main, then ``pages.yml`` as a maintainer
   publishing the newest release with "Run workflow" (``inputs.tag``): the first publication, which
   creates gh-pages. Both read the YAML, so a changed step is rehearsed as changed
   (checks/workflow_runner.py says what is GitHub's and what stands in for it). The older releases
   are then added to origin's gh-pages by the workflow's own deploy script run from this checkout
   (a workflow run takes minutes, most of them creating .venv); ``--every-release`` runs the
   workflow for each instead, oldest first, so that a run also adds to an existing gh-pages.
3. The gh-pages branch the publish job pushed to origin is served on loopback as GitHub Pages serves
   a project site, and checked in Chromium and by LinkChecker (checks/published_site.py).

Why not `act`: it runs workflows in Docker, which these machines do not have.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from checks import published_site
from checks.workflow_runner import RehearsalError, Runner
from ispk import archive
from ispk.adapters import deploy
from ispk.releases import versions
from ispk.releases.git import releases_in

ROOT = archive.ROOT
WORKFLOWS = ROOT / ".github" / "workflows"
OWNER, NAME = "rehearsal", "ispk"
SETTINGS = {"ISPK_ARCHIVE_REPOSITORY": f"{OWNER}/ispk-archive"}
SECRETS = {"ISPK_ARCHIVE_TOKEN": "rehearsal-archive-token"}


def git(*args: str, cwd: Path = ROOT) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


def make_server(server: Path) -> str:
    """The two repositories; returns the commit rehearsed."""
    origin = server / OWNER / f"{NAME}.git"
    git("init", "--quiet", "--bare", str(origin))
    head = git("rev-parse", "HEAD")
    git("push", "--quiet", "--no-tags", str(origin), f"{head}:refs/heads/main")
    git("symbolic-ref", "HEAD", "refs/heads/main", cwd=origin)
    sources = archive.archive_dir()
    if not archive.available(sources):
        raise RehearsalError(f"no source archive at {sources} (ISPK_SOURCES): the workflows' archive checkout needs it")
    staging = server / "archive-staging"
    shutil.copytree(sources, staging, ignore=shutil.ignore_patterns(".git"))
    git("init", "--quiet", "--initial-branch=main", cwd=staging)
    git("add", "--all", cwd=staging)
    git("-c", "user.name=rehearsal", "-c", "user.email=rehearsal@localhost", "commit", "--quiet", "-m", "archive", cwd=staging)
    git("clone", "--quiet", "--bare", str(staging), str(server / OWNER / "ispk-archive.git"))
    shutil.rmtree(staging)
    return head


def add_releases(server: Path, wanted: list[str]) -> None:
    """The releases not published through the workflow, deployed by its deploy script and pushed."""
    if not wanted:
        return
    began = time.perf_counter()
    origin = server / OWNER / f"{NAME}.git"
    clone = server / "adding"
    git("clone", "--quiet", "--no-tags", str(origin), str(clone))
    git("branch", "gh-pages", "origin/gh-pages", cwd=clone)
    git("config", "user.name", "rehearsal", cwd=clone)
    git("config", "user.email", "rehearsal@localhost", cwd=clone)
    # This checkout's picture and citation cache: safe to share (keyed on their inputs), and it saves minutes.
    os.environ.setdefault("ISPK_CACHE", str(ROOT / ".cache"))
    for version in wanted:
        deploy.deploy(clone, f"v{version}", "gh-pages", f"https://{OWNER}.github.io/{NAME}/")
    git("push", "--quiet", "origin", "gh-pages:gh-pages", cwd=clone)
    print(f"rehearse: {', '.join(wanted)} added to gh-pages in {time.perf_counter() - began:.0f} s", file=sys.stderr)


def rehearse(keep: bool = False, every_release: bool = False) -> int:
    """Rehearse and check the publishing path; the exit status (what failed on stderr)."""
    if git("status", "--porcelain", "--untracked-files=no"):
        print("rehearse: uncommitted changes are not rehearsed: the workflows check out the commit (HEAD)", file=sys.stderr)
    work = Path(tempfile.mkdtemp(prefix="ispk-rehearsal-"))
    start = time.perf_counter()
    try:
        server = work / "server"
        head = make_server(server)
        github = {
            "repository": f"{OWNER}/{NAME}",
            "repository_owner": OWNER,
            "event": {"repository": {"name": NAME}},
            "server_url": "https://github.com",
            "token": "rehearsal-token",
            "sha": head,
            "ref": "refs/heads/main",
            "ref_name": "main",
        }
        log: list[str] = []

        def run(workflow: str, event: str, inputs: dict | None = None) -> None:
            began = time.perf_counter()
            runner = Runner(
                server, work / "runs", {**github, "event_name": event}, SETTINGS, SECRETS, inputs or {}, log, verbose=True
            )
            runner.run(WORKFLOWS / workflow)
            print(f"rehearse: {workflow} {inputs or ''} passed in {time.perf_counter() - began:.0f} s", file=sys.stderr)

        run("test.yml", "push")
        published = [v for _, v in releases_in(ROOT) if versions.has_own_address(v)]
        through_workflow = published if every_release else published[-1:]
        for version in through_workflow:
            run("pages.yml", "workflow_dispatch", {"tag": f"v{version}"})
        add_releases(server, [v for v in published if v not in through_workflow])
        www = work / "www"
        (www / NAME).mkdir(parents=True)
        tar = subprocess.run(
            ["git", "archive", "--format=tar", "gh-pages"], cwd=server / OWNER / f"{NAME}.git", check=True, capture_output=True
        )
        subprocess.run(["tar", "-x", "-C", str(www / NAME)], input=tar.stdout, check=True)
        problems = published_site.check(www, NAME, published, work)
        if problems:
            raise RehearsalError("the published site:\n  " + "\n  ".join(problems))
    except RehearsalError as error:
        print(f"rehearse: FAILED: {error}", file=sys.stderr)
        print(f"rehearse: scratch kept in {work}", file=sys.stderr)
        return 1
    print(f"rehearse: publishing rehearsed and checked in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    if keep:
        print(f"rehearse: scratch kept in {work}", file=sys.stderr)
    else:
        shutil.rmtree(work, ignore_errors=True)
    return 0

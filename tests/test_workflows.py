"""GitHub Actions workflows: actionlint-clean and least-privilege."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def test_there_are_test_and_deploy_workflows():
    assert {p.stem for p in WORKFLOWS} >= {"test", "pages"}


def test_actionlint_passes():
    actionlint = Path(sys.executable).parent / "actionlint"
    result = subprocess.run([str(actionlint), *map(str, WORKFLOWS)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_finds_nothing():
    # Static security analysis (template injection, credentials left in checkouts, cache poisoning,
    # unpinned actions...), offline: no GitHub API calls from the tests.
    zizmor = Path(sys.executable).parent / "zizmor"
    result = subprocess.run([str(zizmor), "--offline", *map(str, WORKFLOWS)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_action_is_pinned_by_full_commit_sha_with_its_version_beside_it():
    import re

    for path in WORKFLOWS:
        for line in path.read_text().splitlines():
            if "uses:" in line:
                assert re.search(r"uses: [\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$", line), (path.name, line)


def test_default_permissions_are_read_only():
    for path in WORKFLOWS:
        workflow = yaml.safe_load(path.read_text())
        assert workflow["permissions"] == {"contents": "read"}, path.name


def test_only_the_publish_job_may_write_and_it_runs_no_project_code():
    for path in WORKFLOWS:
        for name, job in yaml.safe_load(path.read_text())["jobs"].items():
            permissions = job.get("permissions", {})
            writes = {k for k, v in permissions.items() if v == "write"}
            if path.stem == "pages" and name == "publish":
                assert writes == {"contents"}
                # It only moves gh-pages forward: no checkout of the project, no make, no forced push.
                steps = job["steps"]
                assert [s.get("uses", "").split("@")[0] for s in steps if "uses" in s] == ["actions/download-artifact"]
                script = "\n".join(s.get("run", "") for s in steps)
                assert "make" not in script.split() and "python" not in script and "--force" not in script
                assert "push origin gh-pages:gh-pages" in script and "+gh-pages" not in script
            else:
                assert writes == set(), (path.name, name)


def _jobs(name: str) -> dict:
    return yaml.safe_load((ROOT / ".github" / "workflows" / f"{name}.yml").read_text())["jobs"]


def test_both_workflows_run_in_debian_with_its_chromium():
    for workflow, job in (("test", "test"), ("pages", "build")):
        spec = _jobs(workflow)[job]
        assert spec["container"].startswith("debian:"), workflow
        install = next(s["run"] for s in spec["steps"] if "apt-get install" in s.get("run", ""))
        assert "chromium" in install.split() and "python3-venv" in install.split(), workflow


def test_the_archive_comes_from_the_repository_named_by_settings():
    for workflow, job in (("test", "test"), ("pages", "build")):
        steps = _jobs(workflow)[job]["steps"]
        [archive] = [s for s in steps if s.get("with", {}).get("path") == "archive"]
        assert archive["uses"].startswith("actions/checkout@")
        assert archive["with"]["repository"] == "${{ vars.ISPK_ARCHIVE_REPOSITORY }}"
        assert archive["with"]["token"] == "${{ secrets.ISPK_ARCHIVE_TOKEN }}"
        assert archive["with"]["persist-credentials"] is False, "the archive token must not outlive its step"
        link = next(s for s in steps if "shared/sources" in s.get("run", ""))
        assert link["if"] == archive["if"] == "vars.ISPK_ARCHIVE_REPOSITORY != ''"


def test_pages_publishes_tags_only_after_the_archive_check_and_the_tests():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text())
    triggers = workflow[True]  # YAML 1.1 reads the key "on" as True
    assert triggers["push"] == {"tags": ["v*.*.*"]}
    runs = [s.get("run", "") for s in workflow["jobs"]["build"]["steps"]]
    check = next(i for i, r in enumerate(runs) if "make publish-check" in r)
    tests = next(i for i, r in enumerate(runs) if r.strip() == "make test")
    deploy = next(i for i, r in enumerate(runs) if "scripts.versions deploy" in r)
    assert check < tests < deploy
    assert '>> "$GITHUB_ENV"' in runs[check]
    step = workflow["jobs"]["build"]["steps"][check]
    # The check refuses placeholder and loopback addresses: it sees the addresses the release will cite.
    deployed = workflow["jobs"]["build"]["steps"][deploy]["env"]
    addresses = {name: deployed[name] for name in ("SITE_URL", "REPO_URL")}
    assert step["env"] == {"ISPK_ALLOW_UNVERIFIED": "${{ vars.ISPK_ALLOW_UNVERIFIED }}", **addresses}


def test_readme_documents_every_setting_the_workflows_read():
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    used = set()
    for path in WORKFLOWS:
        used |= set(re.findall(r"\$\{\{ (?:vars|secrets)\.(\w+) \}\}", path.read_text()))
    assert used >= {"ISPK_ARCHIVE_REPOSITORY", "ISPK_ARCHIVE_TOKEN", "ISPK_ALLOW_UNVERIFIED"}
    for name in used:
        assert f"`{name}`" in readme, name
    assert "gh-pages" in readme and "Deploy from a branch" in readme

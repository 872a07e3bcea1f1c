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


def test_default_permissions_are_read_only():
    for path in WORKFLOWS:
        workflow = yaml.safe_load(path.read_text())
        assert workflow["permissions"] == {"contents": "read"}, path.name


def test_only_the_deploy_job_may_write_and_only_to_pages():
    for path in WORKFLOWS:
        for name, job in yaml.safe_load(path.read_text())["jobs"].items():
            permissions = job.get("permissions", {})
            writes = {k for k, v in permissions.items() if v == "write"}
            if path.stem == "pages" and name == "deploy":
                assert writes == {"pages", "id-token"}
            else:
                assert writes == set(), (path.name, name)


def test_pages_workflow_uses_the_pages_artifact_actions():
    text = (ROOT / ".github" / "workflows" / "pages.yml").read_text()
    assert "actions/upload-pages-artifact@" in text and "actions/deploy-pages@" in text

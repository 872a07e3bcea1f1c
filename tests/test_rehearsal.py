"""The rehearsal's GitHub semantics (checks/workflow_runner.py), on small synthetic workflows.

The rehearsal itself (`make rehearse`) runs the real workflows; these pin down the rules it relies on.
"""

from __future__ import annotations

import subprocess

import pytest

from checks.workflow_runner import Context, RehearsalError, Runner, evaluate, read_env_file, substitute


def test_expressions_read_contexts_and_treat_a_missing_setting_as_empty(tmp_path):
    ctx = Context(github={"ref_name": "v1.2.3"}, inputs={"tag": ""}, vars={"A": "x"}, workspace=tmp_path)
    assert evaluate("inputs.tag || github.ref_name", ctx) == "v1.2.3"
    assert evaluate("vars.A != ''", ctx) is True
    assert evaluate("vars.MISSING != ''", ctx) is False
    assert substitute("https://${{ vars.A }}.io/${{ vars.MISSING }}", ctx) == "https://x.io/"
    with pytest.raises(RehearsalError, match="not emulated"):
        evaluate("fromJSON(vars.A)", ctx)


def test_github_env_takes_only_name_value_and_heredoc_lines(tmp_path):
    good = tmp_path / "env"
    good.write_text("A=1\nB<<EOF\nline one\nline two\nEOF\n")
    assert read_env_file(good, "env") == {"A": "1", "B": "line one\nline two"}
    bad = tmp_path / "bad"
    bad.write_text("python3 -m venv .venv\nISPK_UNVERIFIED=false\n")
    with pytest.raises(RehearsalError, match="line 1 is neither"):
        read_env_file(bad, "env")


def workflow(tmp_path, text: str) -> Runner:
    (tmp_path / "w.yml").write_text(text)
    github = {"repository": "o/r", "server_url": "file:///nowhere", "ref": "refs/heads/main", "ref_name": "main", "sha": "0" * 40}
    github["event_name"] = "push"
    return Runner(tmp_path / "server", tmp_path / "work", github, {"ON": "yes"}, {}, {})


def test_steps_pass_env_and_outputs_on_honour_if_and_working_directory(tmp_path):
    runner = workflow(
        tmp_path,
        """
on: push
env: {W: workflow}
jobs:
  one:
    runs-on: ubuntu-latest
    defaults: {run: {working-directory: sub}}
    steps:
      - {run: mkdir -p sub, working-directory: .}
      - {id: first, run: 'echo "X=from-env" >> "$GITHUB_ENV"; echo "o=out" >> "$GITHUB_OUTPUT"'}
      - {if: "vars.OFF != ''", run: exit 1}
      - {if: "vars.ON != ''", env: {S: "${{ steps.first.outputs.o }}"}, run: 'test "$W $X $S $(basename "$PWD")" = "workflow from-env out sub"'}
""",
    )
    runner.run(tmp_path / "w.yml")
    assert any("skipped (if: vars.OFF" in line for line in runner.log)


def test_a_failing_step_or_an_unknown_action_stops_the_run(tmp_path):
    runner = workflow(tmp_path, "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo no >&2; exit 3\n")
    with pytest.raises(RehearsalError, match="exit 3"):
        runner.run(tmp_path / "w.yml")
    runner = workflow(tmp_path, "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: someone/thing@v1\n")
    with pytest.raises(RehearsalError, match="no emulation"):
        runner.run(tmp_path / "w.yml")


def test_checkout_with_full_depth_brings_tags_and_branches(tmp_path):
    source = tmp_path / "src"
    source.mkdir()
    for args in (
        ["init", "-q", "-b", "main"],
        ["commit", "-q", "--allow-empty", "-m", "c"],
        ["tag", "v1"],
        ["branch", "gh-pages"],
    ):
        subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=source, check=True)
    server = tmp_path / "server" / "o"
    server.mkdir(parents=True)
    subprocess.run(["git", "clone", "-q", "--bare", str(source), str(server / "r.git")], check=True)
    sha = subprocess.run(["git", "rev-parse", "HEAD"], cwd=source, capture_output=True, text=True).stdout.strip()
    runner = workflow(tmp_path, "")
    runner.server, runner.github = (
        tmp_path / "server",
        {**runner.github, "server_url": (tmp_path / "server").as_uri(), "sha": sha},
    )
    (tmp_path / "ws").mkdir()
    runner.checkout({"path": "p", "fetch-depth": 0}, tmp_path / "ws")
    refs = subprocess.run(["git", "show-ref"], cwd=tmp_path / "ws" / "p", capture_output=True, text=True).stdout
    assert "refs/tags/v1" in refs and "refs/remotes/origin/gh-pages" in refs

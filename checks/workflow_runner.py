"""Run a GitHub Actions workflow's jobs here, step by step, with GitHub's semantics (for `make rehearse`).

What is GitHub's, and followed: ``${{ }}`` expressions over the github, inputs, vars, secrets, env,
runner and steps contexts (lookups, ``||``, ``&&``, ``==``, ``!=``, string literals, ``hashFiles``);
a step's ``if:``; workflow, job and step ``env`` (then GITHUB_ENV, read after each step, as GitHub
does, and rejected line by line as GitHub rejects it); GITHUB_OUTPUT into ``steps.<id>.outputs``;
GITHUB_PATH; GITHUB_WORKSPACE, a fresh folder per job; ``defaults.run.working-directory`` and a
step's own; jobs in ``needs`` order; each ``run:`` as GitHub runs it, ``bash --noprofile --norc -eo
pipefail``. An expression or action this module does not know stops the run: a workflow that grew a
construct nobody emulated is never rehearsed as something else.

What stands in for GitHub (the emulations, each small):
- GitHub's server: ``github.server_url`` is https://github.com, and git (configured by
  ``GIT_CONFIG_GLOBAL``, a file of the rehearsal's) fetches and pushes its ``<owner>/<name>.git``
  from local bare repositories instead.
- ``actions/checkout``: ``git init`` and ``git fetch`` from ``<server_url>/<repository>.git``, as the
  action does: depth 1 without tags by default, every branch (as
  ``origin/*``) and tag with ``fetch-depth: 0``; then the ref (default: the commit that triggered).
- ``actions/upload-artifact`` / ``download-artifact``: a folder per artifact name.
- ``actions/cache``: always a miss, nothing saved (a first run); its key is still evaluated.
- The job's ``container`` is this machine (Debian, like the container image), and the step that
  installs Debian's packages with apt-get checks instead that each one is installed, or its command
  is (no root, no network). ``make test`` inside a step runs as ``make --dry-run test``: the ``make test`` that runs
  the rehearsal is that test run, and running it again inside would recurse.
"""

from __future__ import annotations

import hashlib
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

# What a runner takes from its machine: the shell's basics and the settings for reaching package indexes.
PASSED_THROUGH = re.compile(
    r"PATH|HOME|LANG|LC_\w+|TMPDIR|TERM|SSL_CERT_\w+|NODE_EXTRA_CA_CERTS|PIP_\w+|npm_config_\w+|\w+_proxy"
)
ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class RehearsalError(RuntimeError):
    """A step failed, or the workflow uses something the rehearsal cannot stand in for."""


@dataclass
class Context:
    """The contexts expressions read (github, inputs, vars, secrets, env, runner, steps)."""

    github: dict
    inputs: dict = field(default_factory=dict)
    vars: dict = field(default_factory=dict)
    secrets: dict = field(default_factory=dict)
    env: dict = field(default_factory=dict)
    steps: dict = field(default_factory=dict)
    workspace: Path = Path(".")

    def lookup(self, dotted: str) -> object:
        head, *rest = dotted.split(".")
        roots = {
            "github": self.github,
            "inputs": self.inputs,
            "vars": self.vars,
            "secrets": self.secrets,
            "env": self.env,
            "steps": self.steps,
            "runner": {"os": "Linux", "temp": str(self.workspace.parent / "runner-temp")},
        }
        if head not in roots:
            raise RehearsalError(f"expression context {head!r} is not emulated")
        value: object = roots[head]
        for key in rest:
            value = value.get(key) if isinstance(value, dict) else None
        return value


_TOKEN = re.compile(r"\s*(?:(\|\||&&|==|!=|\(|\)|,)|'((?:[^']|'')*)'|([A-Za-z_][\w.-]*))")


def evaluate(expression: str, ctx: Context) -> object:
    """An expression's value: lookups (missing ones are null), string literals, ||, &&, ==, !=, hashFiles()."""
    tokens, pos = [], 0
    expression = expression.strip()
    while pos < len(expression):
        match = _TOKEN.match(expression, pos)
        if not match:
            raise RehearsalError(f"expression {expression!r}: cannot read {expression[pos:]!r}")
        tokens.append(match.groups())
        pos = match.end()

    def atom(i: int) -> tuple[object, int]:
        op, literal, name = tokens[i]
        if literal is not None:
            return literal.replace("''", "'"), i + 1
        if op == "(":
            value, i = disjunction(i + 1)
            return value, i + 1
        if i + 1 < len(tokens) and tokens[i + 1][0] == "(":
            args, i = [], i + 2
            while tokens[i][0] != ")":
                value, i = disjunction(i)
                args.append(value)
                i += tokens[i][0] == ","
            return call(name, args), i + 1
        if name in ("true", "false", "null"):
            return {"true": True, "false": False, "null": None}[name], i + 1
        return ctx.lookup(name), i + 1

    def comparison(i: int) -> tuple[object, int]:
        left, i = atom(i)
        while i < len(tokens) and tokens[i][0] in ("==", "!="):
            op = tokens[i][0]
            right, i = atom(i + 1)
            equal = _loose(left) == _loose(right)
            left = equal if op == "==" else not equal
        return left, i

    def conjunction(i: int) -> tuple[object, int]:
        left, i = comparison(i)
        while i < len(tokens) and tokens[i][0] == "&&":
            right, i = comparison(i + 1)
            left = right if left else left
        return left, i

    def disjunction(i: int) -> tuple[object, int]:
        left, i = conjunction(i)
        while i < len(tokens) and tokens[i][0] == "||":
            right, i = conjunction(i + 1)
            left = left or right
        return left, i

    def call(name: str, args: list) -> object:
        if name == "hashFiles":
            return hash_files(ctx.workspace, [str(a) for a in args])
        raise RehearsalError(f"expression function {name}() is not emulated")

    value, end = disjunction(0)
    if end != len(tokens):
        raise RehearsalError(f"expression {expression!r}: unexpected {tokens[end]}")
    return value


def _loose(value: object) -> object:
    """GitHub compares null and '' as equal (both falsy strings here)."""
    return "" if value is None else value


def hash_files(workspace: Path, patterns: list[str]) -> str:
    """hashFiles(): one SHA-256 over the matching files. None matching is an error here (GitHub gives
    '', a cache key that would never change)."""
    files = sorted({p for pattern in patterns for p in workspace.glob(pattern) if p.is_file()})
    if not files:
        raise RehearsalError(f"hashFiles({', '.join(patterns)}): no file matches in {workspace}")
    digest = hashlib.sha256()
    for path in files:
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def substitute(text: object, ctx: Context) -> object:
    """Every ${{ }} in a string replaced by its value (GitHub's string form); other values unchanged."""
    if not isinstance(text, str):
        return text

    def value(match: re.Match) -> str:
        result = evaluate(match[1], ctx)
        return "" if result is None else ("true" if result is True else "false" if result is False else str(result))

    return re.sub(r"\$\{\{(.*?)\}\}", value, text)


def read_env_file(path: Path, what: str) -> dict[str, str]:
    """NAME=value and NAME<<DELIMITER heredoc lines; anything else is rejected, as GitHub rejects it."""
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    found, i = {}, 0
    while i < len(lines):
        line = lines[i]
        if "<<" in line and ENV_NAME.fullmatch(line.split("<<", 1)[0]):
            name, delimiter = line.split("<<", 1)
            end = lines.index(delimiter, i + 1) if delimiter in lines[i + 1 :] else -1
            if end < 0:
                raise RehearsalError(f"{what} line {i + 1}: no closing delimiter {delimiter!r}")
            found[name] = "\n".join(lines[i + 1 : end])
            i = end + 1
        elif "=" in line and ENV_NAME.fullmatch(line.split("=", 1)[0]):
            name, value = line.split("=", 1)
            found[name] = value
            i += 1
        elif line == "":
            i += 1
        else:
            raise RehearsalError(f"{what} line {i + 1} is neither NAME=value nor NAME<<DELIMITER (GitHub rejects it): {line!r}")
    return found


@dataclass
class Runner:
    """One workflow run: its event, settings and the local stand-ins for GitHub's servers."""

    server: Path
    """A folder holding <owner>/<name>.git bare repositories: github.server_url."""
    work: Path
    """Scratch: one workspace per job, the artifacts, the logs."""
    github: dict
    vars: dict
    secrets: dict
    inputs: dict = field(default_factory=dict)
    log: list[str] = field(default_factory=list)
    verbose: bool = False
    """Each step's time and name on stderr as it ends."""

    def run(self, workflow_file: Path) -> None:
        workflow = yaml.safe_load(workflow_file.read_text(encoding="utf-8"))
        # github.server_url stays GitHub's (the site's addresses are made from it); git, in the steps
        # and in the checkout, is sent to the local repositories instead.
        self.work.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                "git",
                "config",
                "--file",
                str(self.work / "gitconfig"),
                f"url.{self.server.as_uri()}/.insteadOf",
                f"{self.github['server_url']}/",
            ],
            check=True,
        )
        jobs: dict = workflow["jobs"]
        done: list[str] = []
        while len(done) < len(jobs):
            ready = [n for n, j in jobs.items() if n not in done and set(_as_list(j.get("needs"))) <= set(done)]
            if not ready:
                raise RehearsalError(f"{workflow_file.name}: jobs wait on each other: {sorted(set(jobs) - set(done))}")
            self.run_job(workflow_file.name, workflow, ready[0], jobs[ready[0]])
            done.append(ready[0])

    def run_job(self, workflow_name: str, workflow: dict, name: str, job: dict) -> None:
        workspace = self.work / f"{workflow_name.removesuffix('.yml')}-{name}"
        if workspace.exists():
            shutil.rmtree(workspace)
        workspace.mkdir(parents=True)
        (self.work / "runner-temp").mkdir(exist_ok=True)
        ctx = Context(github=self.github, inputs=self.inputs, vars=self.vars, secrets=self.secrets, workspace=workspace)
        for scope in (workflow.get("env") or {}, job.get("env") or {}):
            ctx.env.update({k: substitute(v, ctx) for k, v in scope.items()})
        default_dir = ((job.get("defaults") or {}).get("run") or {}).get("working-directory")
        extra_path: list[str] = []
        for index, step in enumerate(job["steps"], 1):
            label = f"{workflow_name} › {name} › step {index} ({step.get('name') or step.get('uses') or step['run'].split()[0]})"
            condition = step.get("if")
            if condition is not None and not evaluate(re.sub(r"^\$\{\{(.*)\}\}$", r"\1", str(condition).strip()), ctx):
                self.note(f"skipped (if: {condition}): {label}")
                continue
            began = time.perf_counter()
            step_env = {k: substitute(v, ctx) for k, v in (step.get("env") or {}).items()}
            if "uses" in step:
                with_ = {k: substitute(v, ctx) for k, v in (step.get("with") or {}).items()}
                self.use(step["uses"], with_, workspace, label)
                self.note(f"{time.perf_counter() - began:5.0f} s  {label}")
                continue
            files = {
                n: self.work / "runner-temp" / f"{n.lower()}-{name}-{index}"
                for n in ("GITHUB_ENV", "GITHUB_OUTPUT", "GITHUB_PATH")
            }
            for f in files.values():
                f.write_text("", encoding="utf-8")
            env = {k: v for k, v in os.environ.items() if PASSED_THROUGH.fullmatch(k)}
            env["PATH"] = os.pathsep.join([*extra_path, env.get("PATH", os.defpath)])
            env.update(
                CI="true",
                GITHUB_ACTIONS="true",
                GITHUB_WORKSPACE=str(workspace),
                GITHUB_REPOSITORY=self.github["repository"],
                GITHUB_SERVER_URL=self.github["server_url"],
                GITHUB_REF=self.github["ref"],
                GITHUB_REF_NAME=self.github["ref_name"],
                GITHUB_SHA=self.github["sha"],
                GITHUB_EVENT_NAME=self.github["event_name"],
                RUNNER_TEMP=str(self.work / "runner-temp"),
                # `git config --global` in a step writes here, never to this machine's own configuration.
                GIT_CONFIG_GLOBAL=str(self.work / "gitconfig"),
                **ctx.env,
                **step_env,
                **{n: str(f) for n, f in files.items()},
            )
            directory = step.get("working-directory", default_dir) or "."
            cwd = workspace / substitute(directory, ctx)
            self.shell(substitute(step["run"], ctx), cwd, env, label)
            ctx.env.update(read_env_file(files["GITHUB_ENV"], f"{label}: GITHUB_ENV"))
            if step.get("id"):
                ctx.steps[step["id"]] = {"outputs": read_env_file(files["GITHUB_OUTPUT"], f"{label}: GITHUB_OUTPUT")}
            extra_path[:0] = files["GITHUB_PATH"].read_text(encoding="utf-8").split()
            self.note(f"{time.perf_counter() - began:5.0f} s  {label}")

    def note(self, line: str) -> None:
        self.log.append(line)
        if self.verbose:
            print(f"rehearse: {line}", file=sys.stderr)

    def shell(self, script: str, cwd: Path, env: dict, label: str) -> None:
        if "apt-get install" in script:
            return self.check_debian_packages(script, label)
        script = "\n".join("make --dry-run test" if line.strip() == "make test" else line for line in script.splitlines())
        path = self.work / "runner-temp" / "step.sh"
        path.write_text(script + "\n", encoding="utf-8")
        done = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(path)], cwd=cwd, env=env, capture_output=True, text=True
        )
        if done.returncode != 0:
            raise RehearsalError(
                f"{label} failed (exit {done.returncode}):\n{script}\n--- stdout\n{done.stdout[-3000:]}\n--- stderr\n{done.stderr[-4000:]}"
            )

    def check_debian_packages(self, script: str, label: str) -> None:
        words = shlex.split(script.split("apt-get install", 1)[1].replace("\\\n", " ").split(">")[0])
        packages = [w for w in words if not w.startswith("-")]
        missing = []
        for package in packages:
            done = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True)
            # A package may come in another build here (npm with Node.js's): its command is enough.
            if "install ok installed" not in done.stdout and not shutil.which(package):
                missing.append(package)
        if missing:
            raise RehearsalError(f"{label}: Debian packages the workflow installs are not installed here: {' '.join(missing)}")

    def use(self, uses: str, with_: dict, workspace: Path, label: str) -> None:
        action = uses.split("@")[0]
        if action == "actions/checkout":
            self.checkout(with_, workspace)
        elif action == "actions/upload-artifact":
            store = self.work / "artifacts" / with_["name"]
            store.mkdir(parents=True, exist_ok=True)
            for path in str(with_["path"]).split():
                shutil.copy2(workspace / path, store / Path(path).name)
        elif action == "actions/download-artifact":
            store = self.work / "artifacts" / with_["name"]
            if not store.is_dir():
                raise RehearsalError(f"{label}: no artifact {with_['name']!r} was uploaded")
            shutil.copytree(store, workspace / with_.get("path", "."), dirs_exist_ok=True)
        elif action == "actions/cache":
            self.note(f"cache miss (emulated), key {with_['key']}")
        else:
            raise RehearsalError(f"{label}: the action {action} has no emulation in checks/workflow_runner.py")

    def checkout(self, with_: dict, workspace: Path) -> None:
        repository = with_.get("repository") or self.github["repository"]
        target = workspace / (with_.get("path") or ".")
        target.mkdir(parents=True, exist_ok=True)
        url = f"{self.github['server_url']}/{repository}.git"
        ref = with_.get("ref") or (self.github["sha"] if repository == self.github["repository"] else "HEAD")
        depth = int(with_.get("fetch-depth", 1))

        def git(*args: str) -> None:
            done = subprocess.run(
                ["git", *args],
                cwd=target,
                capture_output=True,
                text=True,
                env={**os.environ, "GIT_CONFIG_GLOBAL": str(self.work / "gitconfig")},
            )
            if done.returncode:
                raise RehearsalError(f"checkout of {repository} at {ref}: git {' '.join(args)} failed: {done.stderr}")

        git("init", "--quiet")
        git("remote", "add", "origin", url)
        if depth == 0:
            git("fetch", "--quiet", "--tags", "origin", "+refs/heads/*:refs/remotes/origin/*")
            git("checkout", "--quiet", "--detach", ref)
        else:
            git("fetch", "--quiet", "--no-tags", f"--depth={depth}", "origin", ref)
            git("checkout", "--quiet", "--detach", "FETCH_HEAD")


def _as_list(value: object) -> list:
    return [] if value is None else [value] if isinstance(value, str) else list(value)

"""The fault catalogue: bad input, injected into a copy of the project, gets a clear message and changes nothing.

Each fault is one edit to a file a user edits or supplies (data, narrative, mkdocs.yml, an archive
text, a text given to `make source`), then the command a user would run (for `make build`, its
first half, `python -m ispk generate`, which every fault stops before the engine would start). Every case checks the
message (file and line where there is one), the exit status, that no Python traceback reaches the
user, and that the project tree, the source archive, the build folder and the previous site are
exactly as they were. One copy serves every case: each case's edits are undone after it.

The preview's share (the same faults while `make serve` runs) is in tests/test_preview_errors.py;
the exact wording of every data error, on small synthetic datasets, in tests/test_validation.py.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import tiers
from conftest import ROOT

SOURCE_003 = "003_b1c9e467b0ad7324"
SOURCE_004 = "004_94f8f6322f96e360"
NOT_COPIED = shutil.ignore_patterns(
    ".git", ".venv", ".venv-*", "site", ".site-*", "build", "node_modules", ".cache", ".pytest_cache", "__pycache__"
)
PUBLISHED = {"SITE_URL": "https://owner.github.io/ispk/", "REPO_URL": "https://github.com/owner/ispk"}

# A file that cannot be read: root (who runs the workflows' containers) reads any file whatever its
# mode, so the operating system's refusal is injected where Python meets it, in the command's own process.
DENIED = """
import errno, pathlib, runpy, sys
real = pathlib.Path.read_bytes
def read_bytes(path):
    if path.name == {name!r}:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))
    return real(path)
pathlib.Path.read_bytes = read_bytes
sys.argv = [{module!r}, *{args!r}]
runpy.run_module({module!r}, run_name="__main__", alter_sys=True)
"""


@dataclass(frozen=True)
class Copy:
    root: Path
    archive: Path
    given: Path
    """Where texts handed to `make source` are put (outside the project and the archive)."""

    def line_of(self, path: str, text: str) -> int:
        return (self.root / path).read_bytes().split(text.encode())[0].count(b"\n") + 1  # bytes: some faults are not UTF-8


@dataclass(frozen=True)
class Fault:
    name: str
    inject: Callable[[Copy], None]
    command: Callable[[Copy], list[str]]
    message: Callable[[Copy], str]
    """Text the output must hold (computed from the copy: the line numbers are the files' own)."""
    env: dict[str, str] = field(default_factory=dict)
    status: int = 1
    """The exit status of the command itself (make reports it as "Error 1" and exits 2)."""


def edit(path: str, old: str, new: str) -> Callable[[Copy], None]:
    def inject(copy: Copy) -> None:
        file = copy.root / path
        text = file.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{path}: expected {old!r} once"
        file.write_text(text.replace(old, new, 1), encoding="utf-8")

    return inject


def write(path: str, content: bytes) -> Callable[[Copy], None]:
    def inject(copy: Copy) -> None:
        (copy.root / path).write_bytes(content)

    return inject


def given(name: str, content: Callable[[Copy], bytes]) -> Callable[[Copy], None]:
    def inject(copy: Copy) -> None:
        (copy.given / name).write_bytes(content(copy))

    return inject


def archive_text(source_id: str, content: bytes) -> Callable[[Copy], None]:
    def inject(copy: Copy) -> None:
        file = copy.archive / f"{source_id}.txt"
        file.chmod(0o644)
        file.write_bytes(content)

    return inject


def make(*args: str) -> Callable[[Copy], list[str]]:
    # `-o venv`: the copy's .venv is this checkout's (a link); make must never rebuild it.
    return lambda copy: ["make", "--no-print-directory", "-o", "venv", *args]


# What `make build` runs before the engine: every fault here stops it, so no engine needs to run
# (`make check` runs this file; tests/test_build.py runs `make build` itself on bad data).
GENERATE = lambda copy: [sys.executable, "-m", "ispk", "generate"]


def denied(file_name: str, module: str, *args: str) -> Callable[[Copy], list[str]]:
    return lambda copy: [sys.executable, "-c", DENIED.format(name=file_name, module=module, args=list(args))]


def nothing(copy: Copy) -> None:
    pass


def latin1_line(copy: Copy) -> str:
    text = (copy.root / "docs/narrative/regions/fata.md").read_bytes()
    offset = text.index(b"caf\xe9")
    line = text[:offset].count(b"\n") + 1
    return f"docs/narrative/regions/fata.md:{line}: is not UTF-8 text (byte 0xe9 at offset {offset + 3})"


def rawalpindi(copy: Copy) -> str:
    line = copy.line_of("ispk/data/reference.py", 'id="gn-1166993"')
    return (
        f"ispk/data/reference.py:{line}: reference fact 'gn-1166993', field 'feature_id': feature '1176615' of "
        "'geonames-cities500' is also the feature of place 'islamabad' (ispk/data/reference.py:"
    )


def tab(copy: Copy) -> str:
    line = copy.line_of("mkdocs.yml", "\trepo_url:")
    return (
        f"mkdocs.yml:{line}: is not valid YAML: while scanning for the next token found character '\\t' "
        "that cannot start any token: indent with spaces, not tabs"
    )


def syntax_error(copy: Copy) -> str:
    return f"ispk/data/s004.py:{copy.line_of('ispk/data/s004.py', 'EVENTS = ((')}: module 's004': is not valid Python"


FAULTS = [
    # Issue 26: the eight faults that ended in a traceback or passed silently.
    Fault(
        "a GeoNames feature given to two places",
        # Islamabad's feature on Rawalpindi's fact (only the id: the fact's layout may change).
        edit("ispk/data/reference.py", 'feature_id="1166993"', 'feature_id="1176615"'),
        GENERATE,
        rawalpindi,
    ),
    Fault(
        "a narrative file that is not UTF-8",
        lambda c: (c.root / "docs/narrative/regions/fata.md").write_bytes(
            (c.root / "docs/narrative/regions/fata.md").read_bytes() + b"\nA Latin-1 caf\xe9.\n"
        ),
        GENERATE,
        latin1_line,
    ),
    Fault(
        "a tab in mkdocs.yml",
        edit("mkdocs.yml", "\nrepo_url:", "\n\trepo_url:"),
        GENERATE,
        tab,
    ),
    Fault(
        "SITE_URL set but unused by mkdocs.yml",
        edit("mkdocs.yml", 'site_url: !ENV [SITE_URL, "http://127.0.0.1:8000/"]\n', ""),
        GENERATE,
        lambda c: "mkdocs.yml:1: SITE_URL is set (https://owner.github.io/ispk/) but site_url is http://127.0.0.1:8000/",
        env=PUBLISHED,
    ),
    Fault(
        "publishing with the loopback address",
        nothing,
        make("publish-check"),
        lambda c: "publish-check: refusing to publish: site_url is http://127.0.0.1:8000/, not a published address",
        env={"SITE_URL": "http://127.0.0.1:8000/", "REPO_URL": PUBLISHED["REPO_URL"]},
    ),
    Fault(
        "an unreadable source file: the build",
        nothing,
        denied(f"{SOURCE_003}.txt", "ispk", "generate"),
        lambda c: f"{c.archive / SOURCE_003}.txt: cannot be read (Permission denied): check its permissions",
    ),
    Fault(
        "an unreadable source file: the publishing check",
        nothing,
        denied(f"{SOURCE_003}.txt", "scripts.publish_check"),
        lambda c: (
            f"publish-check: refusing to publish: source {SOURCE_003}: {c.archive / SOURCE_003}.txt: cannot be read "
            "(Permission denied)"
        ),
        env=PUBLISHED,
    ),
    Fault(
        "a blank text holding a byte-order mark and empty lines",
        given("blank.txt", lambda c: b"\xef\xbb\xbf\r\n\r\n  \r\n"),
        lambda c: make("source", f"FILE={c.given / 'blank.txt'}")(c),
        lambda c: f"error: {c.given / 'blank.txt'}: is empty: there is nothing to catalogue",
    ),
    Fault(
        "an archived text saved with Windows line endings",
        given("again.txt", lambda c: (c.archive / f"{SOURCE_004}.txt").read_bytes().replace(b"\n", b"\r\n")),
        lambda c: make("source", f"FILE={c.given / 'again.txt'}")(c),
        lambda c: (
            f"error: {c.given / 'again.txt'}: the archive already holds this text, as {SOURCE_004}.txt "
            f"(source {SOURCE_004}; the same text saved with other line endings"
        ),
    ),
    # The earlier error catalogue (README, "The error catalogue" and "Loading errors"), in the real files.
    Fault(
        "unknown kind",
        edit("ispk/data/groups.py", 'kind="militant faction",', 'kind="militant fraction",'),
        GENERATE,
        lambda c: "field 'kind': 'militant fraction' is not allowed: expected one of",
    ),
    Fault(
        "impossible date",
        edit("ispk/data/s003.py", 'date=When(date="2016-08-08")', 'date=When(date="2016-02-30")'),
        GENERATE,
        lambda c: "field 'date.date': '2016-02-30' has day 30: that month has 29 days",
    ),
    Fault(
        "quote not in its source",
        edit(
            "ispk/data/s002.py",
            'quote="had occupied the base that was used as an IS foothold until',
            'quote="had never occupied the base that was used as an IS foothold until',
        ),
        GENERATE,
        lambda c: "'had never occupied the base that was used as an IS foothold",
    ),
    Fault(
        "a narrative file for an unknown entity",
        write("docs/narrative/groups/no-such-group.md", b"A group no record names.\n"),
        GENERATE,
        lambda c: "docs/narrative/groups/no-such-group.md:1: narrative groups/no-such-group: there is no group 'no-such-group'",
    ),
    Fault(
        "a changed source file",
        archive_text(SOURCE_003, b"Changed.\n"),
        GENERATE,
        lambda c: f"source '{SOURCE_003}', field 'sha256': is ",
    ),
    Fault(
        "a Python syntax error in a data file",
        edit("ispk/data/s004.py", "EVENTS = (", "EVENTS = (("),
        lambda c: [sys.executable, "-m", "scripts.validate_data"],
        syntax_error,
    ),
    Fault(
        "a data file that is not UTF-8",
        lambda c: (c.root / "ispk/data/s004.py").write_bytes(
            (c.root / "ispk/data/s004.py").read_bytes().replace(b"EVENTS = (", b"# caf\xe9\nEVENTS = (", 1)
        ),
        GENERATE,
        lambda c: f"ispk/data/s004.py:{c.line_of('ispk/data/s004.py', '# caf')}: module 's004': is not UTF-8 text (byte 0xe9",
    ),
    Fault(
        "a record list under a near-miss name",
        edit("ispk/data/s004.py", "EVENTS = (", "EVENT = ("),
        make("coverage"),
        lambda c: "module 's004', field 'EVENT': is not a record list the reference reads",
    ),
    Fault(
        "a CHANGELOG that is not UTF-8, at make release",
        lambda c: (c.root / "CHANGELOG.md").write_bytes(
            (c.root / "CHANGELOG.md").read_bytes().replace(b"Changelog", b"Chang\xe9log", 1)
        ),
        lambda c: [
            sys.executable,
            "-m",
            "scripts.release",
            "--version",
            "9.9.9",
            "--test-command",
            "true",
            "--root",
            str(c.root),
        ],
        lambda c: "CHANGELOG.md:1: is not UTF-8 text (byte 0xe9 at offset 7): save it as UTF-8 and run the command again",
    ),
    Fault(
        "a loading error in make urls",
        edit("ispk/data/s004.py", "EVENTS = (", "EVENT = ("),
        make("urls"),
        lambda c: "module 's004', field 'EVENT': is not a record list the reference reads",
    ),
]


def snapshot(*folders: Path) -> dict[str, str]:
    return {
        str(p): hashlib.sha256(p.read_bytes()).hexdigest()
        for folder in folders
        if folder.exists()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".venv" not in p.relative_to(folder).parts and "__pycache__" not in p.parts
    }


@pytest.fixture(scope="module")
def project(tmp_path_factory, sources_dir) -> Copy:
    base = tmp_path_factory.mktemp("faults")
    copy = Copy(base / "repo", base / "archive", base / "given")
    shutil.copytree(ROOT, copy.root, ignore=NOT_COPIED)
    (copy.root / ".venv").symlink_to(Path(sys.prefix), target_is_directory=True)
    shutil.copytree(sources_dir, copy.archive)
    copy.given.mkdir()
    # The last good site, which no failed command may touch.
    (copy.root / "site").mkdir()
    (copy.root / "site" / "index.html").write_text("<p>The last good site.</p>\n", encoding="utf-8")
    return copy


def _param(fault: Fault):
    """A fault whose command builds a site (`make build`) runs in `make test` only (marker engine)."""
    dummy = Path(".")
    argv = fault.command(Copy(root=dummy, archive=dummy, given=dummy))
    return pytest.param(fault, id=fault.name, marks=[pytest.mark.engine] if tiers.needs(argv) == tiers.ENGINE else [])


@pytest.mark.parametrize("fault", [_param(f) for f in FAULTS])
def test_fault(project, fault):
    folders = (project.root, project.archive)
    clean = {path: Path(path).read_bytes() for path in snapshot(*folders)}
    fault.inject(project)
    before = snapshot(*folders)
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "SITE_URL", "REPO_URL")}
    env.update({"ISPK_SOURCES": str(project.archive), "PYTHONDONTWRITEBYTECODE": "1", **fault.env})
    env.pop("ISPK_ALLOW_UNVERIFIED", None)
    try:
        done = subprocess.run(fault.command(project), cwd=project.root, env=env, capture_output=True, text=True, timeout=300)
        output = done.stdout + done.stderr
        assert fault.message(project) in output, output[-3000:]
        assert "Traceback" not in output, output[-3000:]
        if done.args[0] == "make":
            assert done.returncode == 2 and f"] Error {fault.status}" in output, output[-3000:]
        else:
            assert done.returncode == fault.status, output[-3000:]
        # Nothing changed: not the tree, not the archive, no build folder, not the last good site.
        assert snapshot(*folders) == before
        assert not (project.root / "build").exists()
    finally:  # undo the fault, and whatever a command that should have failed wrote
        shutil.rmtree(project.root / "build", ignore_errors=True)
        for path in set(snapshot(*folders)) - set(clean):
            Path(path).unlink()
        for path, content in clean.items():
            if Path(path).read_bytes() != content:
                Path(path).chmod(0o644)
                Path(path).write_bytes(content)


def test_every_fault_has_a_row_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    catalogue = readme.split("### Input errors", 1)[1].split("\n## ", 1)[0]
    for fault in FAULTS[:9]:
        assert f"| {fault.name} |" in catalogue, fault.name

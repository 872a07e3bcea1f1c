"""The package's layout as the README describes it, and what import-linter cannot see.

import-linter (`make lint`) checks the imports between layers; it cannot see an engine run as a
command (``subprocess.run(["mike", ...])``) or the README's map of the code. These tests do.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path, PurePosixPath

import pytest

from conftest import ROOT

ENGINE_COMMANDS = {"mkdocs", "properdocs", "zensical", "mike"}


def engine_commands(source: str) -> list[tuple[int, str]]:
    """(line, string) of every string in Python source that runs an engine: the engine's name as a
    command or argument (``"mike"``, ``"mkdocs build"``, ``".venv/bin/mike"``). Docstrings and other
    lone strings (documentation) are not commands; ``"mkdocs.yml"`` names a file, not the engine."""
    tree = ast.parse(source)
    prose = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in prose:
            words = node.value.split()
            if words and PurePosixPath(words[0]).name in ENGINE_COMMANDS:
                found.append((node.lineno, node.value))
    return found


def test_the_engine_scan_finds_a_command_and_leaves_documentation_alone():
    source = '''"""mike deploys every release."""
import subprocess
X = "mkdocs.yml"
def f():
    """mkdocs builds it."""
    subprocess.run(["mike", "deploy"])
    subprocess.run(f"{bin}/mkdocs build", shell=True)
    return ".venv/bin/properdocs"
'''
    assert sorted(engine_commands(source)) == [(6, "mike"), (7, "/mkdocs build"), (8, ".venv/bin/properdocs")]


def test_only_the_adapters_name_an_engine():
    """README, "How the code flows": only ispk/adapters/ runs an engine, its commands included."""
    adapters = ROOT / "ispk" / "adapters"
    found = [
        f"{path.relative_to(ROOT)}:{line}: {text!r}"
        for path in sorted((ROOT / "ispk").rglob("*.py"))
        if adapters not in path.parents
        for line, text in engine_commands(path.read_text(encoding="utf-8"))
    ]
    assert not found, "an engine named outside ispk/adapters/ (move the call there):\n" + "\n".join(found)


# --------------------------------------------------------------------------- #
# The README's map of the code
# --------------------------------------------------------------------------- #


def code_flow() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return text.split("## How the code flows", 1)[1].split("\n## ", 1)[0].split("\n### ", 1)[0]


def table_rows(section: str) -> list[tuple[str, str]]:
    rows = [line for line in section.splitlines() if line.startswith("| ") and not line.startswith("| Path")]
    return [tuple(cell.strip() for cell in row.strip("|").split(" | ", 1)) for row in rows]  # type: ignore[misc]


def _exists(path: str, folders: list[Path] | None = None) -> bool:
    return any(list(base.glob(path.rstrip("/"))) for base in folders or [ROOT])


def missing_paths(section: str) -> list[str]:
    """The paths the table and the diagram of a "How the code flows" section name that do not exist."""
    missing = []
    for where, what in table_rows(section):
        paths = re.findall(r"`([^`]+)`", where)
        missing += [p for p in paths if not _exists(p)]
        # A file or folder named in a folder's row lies in that folder ("`page.py`" under `ispk/plan/`),
        # or in a sub-folder the row names ("`years.py`" in `producers/`).
        folders = [ROOT / p for p in paths if p.endswith("/")]
        folders += [f / sub for f in folders for sub in re.findall(r"`([\w-]+/)`", what)]
        for name in [] if not folders else re.findall(r"`([\w./…*-]+\.(?:py|j2)|[\w-]+/)`", what):
            if "…" not in name and not _exists(name, folders):
                missing.append(f"{name} (in the row of {where})")
    diagram = section.split("```")[1] if "```" in section else ""
    for line in diagram.splitlines():
        first = line.split()[0] if line.split() else ""
        if first.startswith("ispk/") and not _exists(first):
            missing.append(f"{first} (in the diagram)")
    return missing


def test_every_path_in_the_code_map_exists():
    section = code_flow()
    assert len(table_rows(section)) > 10, "the README's table of paths was not found"
    missing = missing_paths(section)
    assert not missing, "README, How the code flows, names paths that do not exist: " + ", ".join(missing)


@pytest.mark.parametrize(
    ("section", "missing"),
    [
        ("| `ispk/nowhere.py` | x |", ["ispk/nowhere.py"]),
        ("| `ispk/plan/` | `page.py`, `nowhere.py` (x) |", ["nowhere.py (in the row of `ispk/plan/`)"]),
        ("```\nispk/gone/   x\nispk/index.py  y\n```", ["ispk/gone/ (in the diagram)"]),
    ],
)
def test_the_code_map_check_notices_a_missing_path(section, missing):
    assert missing_paths(section) == missing

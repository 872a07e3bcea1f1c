"""Find the data files, run them, and collect their record lists into one Dataset.

Every module of the data package is a data file: adding ``s005.py`` is enough,
there is no list to keep in step. A data file gives its records to the
reference through module-level tuples with known names (``EVENTS``,
``SET_ASIDE`` ...). Anything that would make records vanish without a word is
an error naming the file and line: a tuple under a near-miss name
(``EVENT =``), records under a name no one reads, a record in the wrong list.
A file Python cannot read or run is reported the same way, never as a
traceback. Loading fails once, with every such problem, before validation.
"""

from __future__ import annotations

import ast
import dataclasses
import difflib
import importlib
import pkgutil
import re
import sys
import traceback
from pathlib import Path
from types import ModuleType
from typing import Any

from . import kinds, model
from .kinds import Kind
from .model import Dataset, Origin
from .problems import InvalidData, Problem, ordered, where
from .textfile import UnreadableFile, read_text

DATA = "ispk.data"
"""The data package: each of its modules is a data file."""


def load() -> Dataset:
    """Every record of every data file; raises InvalidData naming file:line when a file cannot be read."""
    return load_package(DATA)


def reload() -> Dataset:
    """Every data file read again (the preview, after a save); the same errors as load()."""
    return load_package(DATA, fresh=True)


def load_package(package: str, lists: tuple[Kind, ...] = kinds.KINDS, fresh: bool = False) -> Dataset:
    """Import every data file of ``package``; raise InvalidData with every loading problem.

    ``lists``: the kinds of record, each read from the module-level tuple its registry entry names
    (``Kind.tuple_name``: EVENTS, SET_ASIDE ...) into its Dataset field.
    ``fresh``: run the files again even if already imported (the preview, after a save),
    the sources first, since the others import their ids.
    """
    importlib.invalidate_caches()  # the preview must see a data file added since the last build
    root = importlib.import_module(package)
    problems: list[Problem] = []
    loaded: list[tuple[ModuleType, dict[str, int]]] = []
    names = data_modules(root)
    if fresh:
        names = sorted(names, key=lambda n: n != "sources")
    for name in names:
        full = f"{package}.{name}"
        try:
            module = importlib.reload(sys.modules[full]) if fresh and full in sys.modules else importlib.import_module(full)
        except Exception as error:
            problems.append(_unloadable(error, Path(_file(root)).parent, name))
            continue
        try:
            loaded.append((module, _assigned_names(module)))
        except UnreadableFile as error:  # Python ran it, but its text is not UTF-8 (a byte in a comment)
            problems.append(Problem(error.where, _label(_file(module)), "", error.what))

    # Any: each list holds its kind's own class (Kind.cls), which Dataset's field declares.
    parts: dict[str, list[Any]] = {lst.attr: [] for lst in lists}
    listed: set[int] = set()
    for module, assigned in loaded:
        for lst in lists:
            if lst.tuple_name in assigned:
                parts[lst.attr].extend(_read_list(module, assigned[lst.tuple_name], lst, lists, problems))
    for records in parts.values():
        listed.update(id(r) for r in records)
    for module, assigned in loaded:
        for name, line in assigned.items():
            if name not in {lst.tuple_name for lst in lists}:
                _check_other_name(module, name, line, lists, listed, problems)
    if problems:
        raise InvalidData(ordered(problems))
    return Dataset(**{attr: tuple(records) for attr, records in parts.items()})


def data_modules(package: ModuleType) -> list[str]:
    """The package's data files: every module but private ones, shared files first, then sNNN by number."""
    names = [m.name for m in pkgutil.iter_modules(package.__path__) if not m.ispkg and not m.name.startswith("_")]

    def order(name: str) -> tuple[int, int, str]:
        per_source = re.fullmatch(r"s(\d+)", name)
        return (1, int(per_source[1]), name) if per_source else (0, 0, name)

    return sorted(names, key=order)


def _file(module: ModuleType) -> str:
    """A data module's file (a data file always has one; the name stands in otherwise)."""
    return module.__file__ or module.__name__


def _label(file: str | Path) -> str:
    return f"module {Path(file).stem!r}"


def _unloadable(error: Exception, folder: Path, name: str) -> Problem:
    """A data file that Python cannot read or run, as one line naming where it stopped."""
    if isinstance(error, SyntaxError) and error.filename:
        column = f" (column {error.offset})" if error.offset else ""
        return Problem(
            where(Origin(error.filename, error.lineno or 1)),
            _label(error.filename),
            "",
            f"is not valid Python: {error.msg}{column}",
        )
    # The innermost frame in a data file is the line the cataloguer wrote.
    frames = [f for f in traceback.extract_tb(error.__traceback__) if Path(f.filename).parent == folder]
    file, line = (frames[-1].filename, frames[-1].lineno) if frames else (str(folder / f"{name}.py"), 1)
    unexpected = _UNEXPECTED.search(str(error)) if isinstance(error, TypeError) and frames else None
    if unexpected:
        return _misspelled_field(frames[-1], unexpected["record"], unexpected["field"])
    return Problem(where(Origin(file, line or 1)), _label(file), "", f"could not be run: {type(error).__name__}: {error}")


_UNEXPECTED = re.compile(r"\b(?P<record>\w+)\.__init__\(\) got an unexpected keyword argument '(?P<field>\w+)'")


def _misspelled_field(frame: traceback.FrameSummary, record: str, name: str) -> Problem:
    """A field a record does not have, at the line that writes it (Python names the line the call starts on)."""
    line = frame.lineno or 1
    calls = [
        node
        for node in ast.walk(ast.parse(Path(frame.filename).read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and node.lineno <= line <= (node.end_lineno or node.lineno)
        and any(k.arg == name for k in node.keywords)
    ]
    if calls:
        # The innermost call that writes the field: a Cite inside an Event has fields of its own.
        call = min(calls, key=lambda c: (c.end_lineno or c.lineno) - c.lineno)
        line = next(k.lineno for k in call.keywords if k.arg == name)
    cls = getattr(model, record, None)
    known = [f.name for f in dataclasses.fields(cls) if f.name != "origin"] if dataclasses.is_dataclass(cls) else []
    near = difflib.get_close_matches(name, known, n=1)
    fix = f"did you mean {near[0]!r}?" if near else f"its fields are {', '.join(known)}" if known else "remove it"
    return Problem(where(Origin(frame.filename, line)), _label(frame.filename), name, f"{record} has no field {name!r}: {fix}")


def _assigned_names(module: ModuleType) -> dict[str, int]:
    """Names the file itself assigns at module level (not those it imports), with their first line."""
    tree = ast.parse(read_text(Path(_file(module))))
    names: dict[str, int] = {}
    for node in tree.body:
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, (ast.AnnAssign, ast.AugAssign))
            else []
        )
        for target in targets:
            for leaf in ast.walk(target):
                if isinstance(leaf, ast.Name):
                    names.setdefault(leaf.id, node.lineno)
    return names


def _read_list(module: ModuleType, line: int, lst: Kind, lists: tuple[Kind, ...], problems: list[Problem]) -> list[object]:
    """The records of one known tuple; anything else in it is a problem, and left out."""
    value = getattr(module, lst.tuple_name)
    at = where(Origin(_file(module), line))
    if not isinstance(value, tuple):
        problems.append(
            Problem(
                at,
                _label(_file(module)),
                lst.tuple_name,
                f"expected a tuple of {lst.cls.__name__} (write `(item,)` for one item), got {type(value).__name__}",
            )
        )
        return []
    kept: list[object] = []
    for i, item in enumerate(value):
        if isinstance(item, lst.cls):
            kept.append(item)
            continue
        home = next((other for other in lists if isinstance(item, other.cls)), None)
        if home is not None:
            problems.append(
                Problem(
                    where(item.origin),
                    _label(_file(module)),
                    f"{lst.tuple_name}[{i}]",
                    f"is a {home.name}, but {lst.tuple_name} holds {lst.name} records: move it to {home.tuple_name}",
                )
            )
        else:
            problems.append(
                Problem(
                    at,
                    _label(_file(module)),
                    f"{lst.tuple_name}[{i}]",
                    f"is {type(item).__name__} {_short(item)}, but {lst.tuple_name} holds {lst.cls.__name__} records only",
                )
            )
    return kept


def _check_other_name(
    module: ModuleType, name: str, line: int, lists: tuple[Kind, ...], listed: set[int], problems: list[Problem]
) -> None:
    """A name that is not a known list must not hold records no list includes, nor look like a list."""
    value = getattr(module, name, None)
    items = value if isinstance(value, (tuple, list)) else (value,)
    lost: dict[str, int] = {}
    for item in items:
        home = next((lst for lst in lists if isinstance(item, lst.cls)), None)
        if home is not None and id(item) not in listed:
            lost[home.tuple_name] = lost.get(home.tuple_name, 0) + 1
    known = [lst.tuple_name for lst in lists]
    near = None
    if not name.startswith("_") and isinstance(value, (tuple, list)):
        near = (
            name.upper()
            if name.upper() in known
            else next(iter(difflib.get_close_matches(name.upper(), known, n=1, cutoff=0.8)), None)
        )
    if not lost and near is None:
        return
    if lost:
        counted = " and ".join(_count(count, _kind(lists, list_name)) for list_name, count in lost.items())
        them = "it" if sum(lost.values()) == 1 else "them"
        fix = f"did you mean {near}?" if near in lost else f"put {them} in {' and '.join(lost)}"
        message = f"is not a record list the reference reads, so its {counted} would be left out: {fix}"
    else:
        message = (
            f"looks like a record list but is not one the reference reads: did you mean {near}? "
            f"(record lists: {', '.join(known)})"
        )
    problems.append(Problem(where(Origin(_file(module), line)), _label(_file(module)), name, message))


def _kind(lists: tuple[Kind, ...], name: str) -> str:
    return next(lst.name for lst in lists if lst.tuple_name == name)


def _count(count: int, kind: str) -> str:
    plural = "people" if kind == "person" else f"{kind}s"
    return f"{count} {kind if count == 1 else plural}"


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."

"""Add a new text to the archive and start its catalogue (`make source FILE=...`).

One command does the mechanical part of adding a source, so a cataloguer only
writes what needs judgement:

1. copies the text into the archive as ``NNN_<first 16 hex of its SHA-256>.txt``
   (read-only, like the rest of the archive), refusing a text already there;
2. adds a ``Source(...)`` to ``ispk/data/sources.py`` with its id, hash and
   headline, its publisher and date left to fill (validation names each one
   still missing), and the archive's cataloguing rules in a comment;
3. creates ``ispk/data/sNNN.py`` with the text's sentences, in order, as a
   checklist of comments to work down;
4. returns the next steps to print.

Nothing is written unless every step can be; a step that fails undoes the ones
before it.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import archive, textfile
from .model import EventKind, allowed

NUMBERED = re.compile(r"^(\d{3,})_")
# Headline guess for a page capture: the first line of a few words that is not a sentence.
HEADLINE_WORDS = (5, 25)
SENTENCE_END = re.compile(r"[.!]['\"\u2019\u201d)]*$")
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$")
BOM = "\ufeff"


class SourceError(textfile.InputError):
    """Why the text was not added; the message names the file."""


@dataclass(frozen=True)
class Added:
    source_id: str
    constant: str
    headline: str
    headline_line: int
    archive_file: Path
    record_line: int
    """Line of the new ``Source(`` in sources.py."""
    module: Path
    sentences: int
    readme_row: bool


# --------------------------------------------------------------------------- #
# Reading the text
# --------------------------------------------------------------------------- #


def read_text(path: Path) -> tuple[bytes, str]:
    """The file's bytes and text; SourceError when it is missing, unreadable, not UTF-8 or empty."""
    if not path.exists():
        raise SourceError(f"{path}: no such file")
    if not path.is_file():
        raise SourceError(f"{path}: is not a file")
    try:
        raw = textfile.read_bytes(path)
        text = textfile.decode(raw, path)
    except textfile.UnreadableFile as error:
        raise SourceError(str(error)) from None
    # What some editors save for an empty file: a byte-order mark and empty lines.
    if not text.replace(BOM, "").strip():
        raise SourceError(f"{path}: is empty: there is nothing to catalogue")
    if "\x00" in text:
        raise SourceError(f"{path}: contains NUL bytes: it is not a plain text file")
    return raw, text


def headline(text: str) -> tuple[int, str]:
    """(line number, headline): the first Markdown heading, else the first line that reads as a heading.

    Page captures start with navigation ("Accessibility links", "Breaking News") and
    dates; a heading is the first line of five to 25 words that does not end a
    sentence. Failing that, the first line. The cataloguer is asked to check it.
    """
    lines = [(n, line.replace(BOM, "").strip()) for n, line in enumerate(text.splitlines(), start=1)]
    lines = [(n, line) for n, line in lines if line]
    for n, line in lines:
        match = MARKDOWN_HEADING.match(line)
        if match:
            return n, match[1]
    for n, line in lines:
        words = len(line.split())
        if HEADLINE_WORDS[0] <= words <= HEADLINE_WORDS[1] and not SENTENCE_END.search(line):
            return n, line
    return lines[0]


# --------------------------------------------------------------------------- #
# The archive
# --------------------------------------------------------------------------- #


def _number(name: str) -> int | None:
    match = NUMBERED.match(name)
    return int(match[1]) if match else None


def comparable(text: str) -> str:
    """The text as a reader sees it: without a byte-order mark, line-ending style or trailing white space."""
    lines = text.replace(BOM, "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n")


def duplicate_of(text: str, directory: Path) -> Path | None:
    """The archive file holding this text (the same bytes, or the same once saved another way), if any."""
    wanted = comparable(text)
    for path in sorted(directory.glob("*.txt")):
        if comparable(textfile.read_text(path)) == wanted:
            return path
    return None


def next_number(directory: Path, data_dir: Path, catalogued: list[str]) -> int:
    """One past the highest number in the archive, the catalogue and the data files."""
    numbers = [_number(p.name) for p in directory.glob("*.txt")]
    numbers += [_number(source_id) for source_id in catalogued]
    numbers += [int(p.stem[1:]) for p in data_dir.glob("s*.py") if re.fullmatch(r"s\d+", p.stem)]
    return max((n for n in numbers if n is not None), default=-1) + 1


def _readme_with_row(readme: str, file_name: str, title: str) -> str | None:
    """The archive README with a row for the new file in its table of files, or None if it has none."""
    lines = readme.splitlines(keepends=True)
    rows = [i for i, line in enumerate(lines) if re.match(r"^\|\s*\d{3,}_\w+\.txt\s*\|", line)]
    if not rows:
        return None
    cell = title.replace("|", "\\|")
    lines.insert(rows[-1] + 1, f"| {file_name} | {cell} |\n")
    return "".join(lines)


def _cataloguing_rules(readme: str | None) -> list[str]:
    """The archive README's notes for cataloguers, as comment lines (kept in step with it)."""
    if not readme or "Notes for whoever catalogues them:" not in readme:
        return []
    notes = readme.split("Notes for whoever catalogues them:", 1)[1].strip().splitlines()
    out = []
    for line in notes:
        if not line.strip():
            break
        out.append(line.rstrip())
    return out


# --------------------------------------------------------------------------- #
# The catalogue files
# --------------------------------------------------------------------------- #


def _py(text: str) -> str:
    """A Python string literal, double-quoted like the rest of the data."""
    return json.dumps(text, ensure_ascii=False)


def _catalogued_ids(tree: ast.Module) -> dict[str, tuple[str, int]]:
    """Source id constants in sources.py: {name: (id, last line)}."""
    found: dict[str, tuple[str, int]] = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and re.fullmatch(r"S\d+", node.targets[0].id)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            found[node.targets[0].id] = (node.value.value, node.end_lineno or node.lineno)
    return found


def source_record(
    constant: str, source_id: str, digest: str, title: str, title_line: int, original: str, rules: list[str]
) -> str:
    """The new ``Source(...)`` entry of SOURCES, with what is left to fill marked TO FILL."""
    rule_lines = "".join(f"    # {line}\n" for line in rules) or "    # (The archive README has none.)\n"
    return (
        f"    # Source {source_id[: source_id.index('_')]}, added by `make source` from {Path(original).name}.\n"
        "    # TO FILL: kind, summary, publisher and published, below. `make build` names each one still\n"
        "    # missing. When the text gives no publisher or no date, leave the value out and say why\n"
        "    # in publisher_reason or published_reason; cite the words each value rests on in cites.\n"
        "    # The archive's rules for cataloguers (its README):\n"
        f"{rule_lines}"
        "    Source(\n"
        f"        id={constant},\n"
        f"        headline={_py(title)},  # line {title_line} of the text, guessed as its heading: correct it if the headline is another line\n"
        f"        sha256={_py(digest)},\n"
        '        kind="",  # TO FILL: what the text is, e.g. "news report", "news analysis"\n'
        '        summary="",  # TO FILL: two or three neutral sentences on what the text reports\n'
        '        publisher=None,  # TO FILL: the publisher as the text names it, e.g. "VOA News"\n'
        '        publisher_basis=None,  # "stated" if the text names it; "inferred" with publisher_reason if not\n'
        '        publisher_reason="",  # why: where the text names it, how it was inferred, or why none is recorded\n'
        '        published=None,  # TO FILL: When(date="YYYY-MM-DD") (or "YYYY-MM", "YYYY"), basis="inferred" and a reason if not stated\n'
        '        published_reason="",  # where the date stands in the text, or why it is unknown\n'
        "        cites=(\n"
        f"            Cite(source={constant}, quote={_py(title)}),\n"
        "        ),\n"
        "    ),\n"
    )


def add_to_sources(text: str, constant: str, source_id: str, record: str, path: Path) -> tuple[str, int]:
    """sources.py with the id constant and the record added; and the line of the new ``Source(``."""
    tree = ast.parse(text, filename=str(path))
    ids = _catalogued_ids(tree)
    if constant in ids:
        raise SourceError(f"{path}: already defines {constant} = {ids[constant][0]!r}")
    target = next(
        (
            node
            for node in tree.body
            if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "SOURCES" for t in node.targets)
        ),
        None,
    )
    lines = text.splitlines(keepends=True)
    close = (target.end_lineno or target.lineno) - 1 if target is not None else 0  # index of the ")" line
    if target is None or not isinstance(target.value, ast.Tuple) or lines[close].strip() != ")":
        raise SourceError(f"{path}: cannot find the end of SOURCES = (...) on a line of its own; add the Source record by hand")
    # The entry before the new one must end with a comma.
    previous = close - 1
    while previous > 0 and not lines[previous].strip():
        previous -= 1
    if target.value.elts and not lines[previous].rstrip().endswith((",", "(")):
        lines[previous] = lines[previous].rstrip("\n") + ",\n"
    lines[close:close] = [record]
    record_line = close + 1 + next(i for i, line in enumerate(record.splitlines()) if line.strip() == "Source(")
    after = max((line for _, line in ids.values()), default=target.lineno - 1)
    lines.insert(after, f"{constant} = {_py(source_id)}\n")
    if after < close:
        record_line += 1
    return "".join(lines), record_line


def checklist_module(number: str, constant: str, title: str, sentences: list[archive.Sentence]) -> str:
    """The new sNNN.py: the text's sentences as a checklist, and empty record lists to fill."""
    width = len(str(len(sentences)))
    checklist = "".join(f"# [ ] {s.number:>{width}} (line {s.line}) {s.text}\n" for s in sentences)
    kinds = ", ".join(allowed(EventKind))
    safe_title = title.replace("\\", "\\\\").replace('"""', "'''")
    return f'''"""Records catalogued from source {number}: {safe_title}

Work down the sentences below, in order. Catalogue what each one reports in a
record (EVENTS, STATEMENTS, STATISTICS), citing it with a short verbatim quote,
Cite(source={constant}, quote="..."); set aside what is not content (navigation,
repeated captions, comment forms) in SET_ASIDE, with the reason. Mark a sentence
[x] once it is cited or set aside. `make coverage SOURCE={number}` lists the
sentences still to do; the build checks every quote against the text.
"""
from ..model import Cite, Count, Event, Note, Responsibility, SetAside, Statement, Statistic, When  # noqa: F401
from .sources import {constant}

# The text, sentence by sentence ("line" is the line in the archive file).
{checklist}
EVENTS = (
    # Event(
    #     id="words-joined-by-hyphens",  # the page address: never change it once published
    #     title="...",  # says no more than its quotes
    #     kind="other",  # one of: {kinds}
    #     date=When(date="YYYY-MM-DD"),  # as precise as the text allows; or leave it out and give undated_reason
    #     summary="...",
    #     cites=(Cite(source={constant}, quote="a short passage copied exactly from the text"),),
    # ),
)

STATEMENTS = ()

STATISTICS = ()

SET_ASIDE = (
    # SetAside(source={constant}, text="a sentence copied exactly", reason="Page furniture: navigation link."),
)
'''


# --------------------------------------------------------------------------- #
# The command
# --------------------------------------------------------------------------- #


def add(file: Path, *, directory: Path | None = None, root: Path = archive.ROOT) -> Added:
    """Add ``file`` to the archive and scaffold its catalogue; SourceError says why not."""
    directory = directory or archive.archive_dir()
    if not directory.is_dir():
        raise SourceError(f"{directory}: the source archive is not there (set ISPK_SOURCES to its folder)")
    raw, text = read_text(file)
    digest = hashlib.sha256(raw).hexdigest()
    same = duplicate_of(text, directory)
    if same is not None:
        how = (
            f"same SHA-256 {digest[:16]}..."
            if hashlib.sha256(textfile.read_bytes(same)).hexdigest() == digest
            else "the same text saved with other line endings, byte-order mark or trailing white space"
        )
        raise SourceError(
            f"{file}: the archive already holds this text, as {same.name} (source {same.stem}; {how}): nothing was added"
        )
    data_dir = root / "ispk" / "data"
    sources_py = data_dir / "sources.py"
    sources_text = textfile.read_text(sources_py)
    catalogued = [source_id for source_id, _ in _catalogued_ids(ast.parse(sources_text)).values()]
    if digest in sources_text:
        line = sources_text[: sources_text.index(digest)].count("\n") + 1
        raise SourceError(
            f"{file}: ispk/data/sources.py:{line} already records this text's SHA-256, but the "
            "archive has no file with it: restore that file instead of adding the text again"
        )
    n = next_number(directory, data_dir, catalogued)
    number = f"{n:03d}"
    source_id = f"{number}_{digest[:16]}"
    constant = f"S{number}"
    module = data_dir / f"s{number}.py"
    target = directory / f"{source_id}.txt"
    title_line, title = headline(text)
    readme_path = directory / "README.md"
    readme = textfile.read_text(readme_path) if readme_path.is_file() else None
    record = source_record(constant, source_id, digest, title, title_line, str(file), _cataloguing_rules(readme))
    new_sources, record_line = add_to_sources(sources_text, constant, source_id, record, sources_py)
    new_readme = _readme_with_row(readme, target.name, title) if readme is not None else None

    done: list[Callable[[], object]] = []  # how to undo each step taken, should a later one fail
    try:
        _create(target, raw, done)
        os.chmod(target, 0o444)
        sentences = archive.sentences(source_id, directory)
        _create(module, checklist_module(number, constant, title, sentences).encode("utf-8"), done)
        done.append(lambda: sources_py.write_text(sources_text, encoding="utf-8"))
        sources_py.write_text(new_sources, encoding="utf-8")
        if readme is not None and new_readme is not None:
            done.append(lambda: readme_path.write_text(readme, encoding="utf-8"))
            readme_path.write_text(new_readme, encoding="utf-8")
    except BaseException as error:
        for undo in reversed(done):
            undo()
        if isinstance(error, OSError):
            raise SourceError(f"{file}: could not be added ({error}); nothing was changed") from None
        raise
    return Added(
        source_id=source_id,
        constant=constant,
        headline=title,
        headline_line=title_line,
        archive_file=target,
        record_line=record_line,
        module=module,
        sentences=len(sentences),
        readme_row=new_readme is not None,
    )


def _create(path: Path, content: bytes, done: list[Callable[[], object]]) -> None:
    """Write a new file (never over an existing one) and note how to remove it."""
    # Opened before the `with` so that the file, once it exists, is removed on any later failure.
    handle = open(path, "xb")  # noqa: SIM115
    done.append(path.unlink)
    with handle:
        handle.write(content)


def next_steps(added: Added, root: Path = archive.ROOT) -> str:
    """What the cataloguer does next, with the file:line to open."""
    sources_py = f"ispk/data/sources.py:{added.record_line}"
    module = added.module.relative_to(root).as_posix()
    number = added.source_id.split("_", 1)[0]
    readme = "; a row added to the archive README" if added.readme_row else ""
    return f"""Added source {added.source_id}: {added.headline}
  archive    {added.archive_file} (a read-only copy{readme})
  catalogue  {sources_py} (Source record {added.constant})
  checklist  {module} ({added.sentences} sentences to cite or set aside)

Next steps:
  1. {sources_py}: check the headline (line {added.headline_line} of the text), then fill kind, summary,
     publisher and published, following the rules in the comment above the record.
  2. {module}: work down the sentences. Catalogue what each reports in EVENTS, STATEMENTS or
     STATISTICS with a short verbatim quote, Cite(source={added.constant}, quote="..."); put what is not
     content in SET_ASIDE with the reason.
  3. make coverage SOURCE={number}: lists the sentences neither cited nor set aside.
  4. make build: checks everything (each error names file:line) and builds the site; make serve
     previews it. Then make test, and commit ispk/data/sources.py and {module}.
"""

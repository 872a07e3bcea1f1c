"""The source archive: where it is, how quotes are matched, how texts split.

The archive is not copied into this repository. Its location comes from the
``ISPK_SOURCES`` environment variable, defaulting to ``../shared/sources``
beside the checkout. When it is missing, quote checks say so and are skipped;
they never pass silently.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from . import textfile

ROOT = Path(__file__).resolve().parent.parent

_QUOTES = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u2032": "'",
        "\u00a0": " ",
    }
)
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Fold typographic quotes and runs of white space, nothing else."""
    return _SPACE.sub(" ", text.translate(_QUOTES)).strip()


def archive_dir() -> Path:
    configured = os.environ.get("ISPK_SOURCES")
    return Path(configured) if configured else (ROOT.parent / "shared" / "sources")


def source_path(source_id: str, directory: Path | None = None) -> Path:
    return (directory or archive_dir()) / f"{source_id}.txt"


@cache
def _read(path: Path) -> tuple[bytes, str]:
    raw = textfile.read_bytes(path)
    return raw, normalise(textfile.decode(raw, path))


def available(directory: Path | None = None) -> bool:
    return (directory or archive_dir()).is_dir()


def text_of(source_id: str, directory: Path | None = None) -> str | None:
    """The normalised text of a source, or None when its file is missing."""
    path = source_path(source_id, directory)
    return _read(path)[1] if path.is_file() else None


def raw_lines(source_id: str, directory: Path | None = None) -> list[str] | None:
    path = source_path(source_id, directory)
    return textfile.decode(_read(path)[0], path).splitlines() if path.is_file() else None


def sha256_of(source_id: str, directory: Path | None = None) -> str | None:
    path = source_path(source_id, directory)
    return hashlib.sha256(_read(path)[0]).hexdigest() if path.is_file() else None


# --------------------------------------------------------------------------- #
# Sentences, for the coverage check
# --------------------------------------------------------------------------- #

# Words whose full stop does not end a sentence.
_ABBREVIATIONS = {"Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "St", "No", "vs", "Nov", "Dec", "Jan", "Feb"}
_BOUNDARY = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[A-Z0-9])")


@dataclass(frozen=True)
class Sentence:
    source: str
    number: int
    line: int
    text: str
    """Normalised text."""


def sentences(source_id: str, directory: Path | None = None) -> list[Sentence]:
    """Split a source into sentences, one paragraph (line) at a time."""
    lines = raw_lines(source_id, directory)
    if lines is None:
        return []
    found: list[Sentence] = []
    for line_no, line in enumerate(lines, start=1):
        paragraph = normalise(line)
        if not paragraph:
            continue
        start = 0
        for match in _BOUNDARY.finditer(paragraph):
            before = paragraph[start : match.start()].rstrip(".!?\"')]")
            last_word = before.rsplit(" ", 1)[-1] if before else ""
            # "U.S." or "Lt." is not the end of a sentence.
            if last_word in _ABBREVIATIONS or re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", last_word):
                continue
            found.append(Sentence(source_id, len(found) + 1, line_no, paragraph[start : match.end()].strip()))
            start = match.end()
        rest = paragraph[start:].strip()
        if rest:
            found.append(Sentence(source_id, len(found) + 1, line_no, rest))
    return found

"""The source archive: where it is, how quotes are matched, how texts split.

The archive is not copied into this repository. Its location comes from the
``ISPK_SOURCES`` environment variable, defaulting to ``../shared/sources``
beside the checkout. When it is missing, quote checks say so and are skipped;
they never pass silently.
"""

from __future__ import annotations

import difflib
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


# --------------------------------------------------------------------------- #
# Where a quote stops matching its source, for the error that names it
# --------------------------------------------------------------------------- #

_SHOWN = 60
_DIFF_WORDS = 3


def clip(text: str, keep_end: bool = False) -> str:
    """At most _SHOWN characters, with an ellipsis where cut (the end kept when that is what matters)."""
    if len(text) <= _SHOWN:
        return text
    # Cut between words where there is one to cut at, so that no word is shown half.
    if keep_end:
        tail = text[-(_SHOWN - 1) :]
        return "…" + (tail.split(" ", 1)[1] if " " in tail[1:] and text[-_SHOWN] != " " else tail.lstrip())
    head = text[: _SHOWN - 1]
    return (head.rsplit(" ", 1)[0] if " " in head and text[_SHOWN - 1] != " " else head.rstrip()) + "…"


def _longest_run(words: list[str], text: str) -> tuple[int, int]:
    """The longest run of consecutive quote words found in the text, as (start, end); the first if tied."""
    best = (0, 0)
    for start in range(len(words)):
        end = start + best[1] - best[0] + 1  # only runs longer than the best so far
        while end <= len(words) and " ".join(words[start:end]) in text:
            best = (start, end)
            end += 1
    return best


def _best_place(part: str, text: str, follows: str, after: bool) -> int:
    """Where ``part`` occurs in the text that reads most like the quote beside it (``follows``)."""
    places = [m.start() for m in re.finditer(re.escape(part), text)]

    def likeness(at: int) -> float:
        beside = text[at + len(part) : at + len(part) + len(follows)] if after else text[max(0, at - len(follows)) : at]
        return difflib.SequenceMatcher(None, follows, beside).ratio()

    return max(places, key=likeness)


def mismatch(quote: str, text: str) -> str:
    """Why a quote is not in a normalised source text, to help its cataloguer find the spot.

    Names the longest part of the quote that the source has (a run of whole words) and,
    at the place in the source that reads most like the quote, the first words that differ:
    "the longest part found is '…Asim Bajwa,'; after it the quote has 'sad on September'
    where the source has 'said on September'".
    """
    quote = normalise(quote)
    words = quote.split(" ")
    start, end = _longest_run(words, text)
    if start == end:
        return "none of its words is in the source"
    part = " ".join(words[start:end])
    found = f"the longest part found is {clip(part, keep_end=end < len(words))!r}"
    if end < len(words):
        rest = " ".join(words[end:])
        at = _best_place(part, text, " " + rest, after=True) + len(part)
        ours = words[end : end + _DIFF_WORDS]
        theirs = text[at:].split()[: len(ours)]
        where = "after it"
    else:
        before = " ".join(words[:start])
        at = _best_place(part, text, before + " ", after=False)
        ours = words[max(0, start - _DIFF_WORDS) : start]
        theirs = text[:at].split()[-len(ours) :]
        where = "before it"
    source_words = " ".join(theirs) if theirs else "nothing more"
    return f"{found}; {where} the quote has {' '.join(ours)!r} where the source has {source_words!r}"

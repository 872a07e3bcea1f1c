"""Reading a file the user edits or supplies: the one place that opens one.

Every reader of a narrative, mkdocs.yml, an archive text or an override goes
through here, so that a file that cannot be read or is not UTF-8 is reported
the same way everywhere (``make source``'s wording), never as a traceback:

    docs/narrative/regions/fata.md:12: is not UTF-8 text (byte 0xe2 at offset 1445): save it as UTF-8
    ../shared/sources/004_….txt: cannot be read (Permission denied): …
"""

from __future__ import annotations

import contextlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class InputError(Exception):
    """A file the user edits or supplies is wrong; the message names it (and its line, where there is one).

    Every command catches this (with the data errors) and prints the message: no traceback.
    """


class UnreadableFile(InputError):
    """The file cannot be opened or read, or is not UTF-8 text: ``where`` (file, or file:line) and ``what``."""

    def __init__(self, where: str, what: str):
        self.where, self.what = where, what
        super().__init__(f"{where}: {what}")


def shown(path: Path) -> str:
    """The path as a user finds it: relative to the repository when inside it."""
    with contextlib.suppress(ValueError):
        return Path(path).resolve().relative_to(ROOT).as_posix()
    return str(path)


def read_bytes(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except IsADirectoryError:
        raise UnreadableFile(shown(path), "is a folder, not a file") from None
    except FileNotFoundError:
        raise UnreadableFile(shown(path), "no such file") from None
    except OSError as error:
        raise UnreadableFile(shown(path), f"cannot be read ({error.strerror or error}): check its permissions") from None


def decode(raw: bytes, path: Path) -> str:
    """UTF-8 text (a leading byte-order mark kept: callers that care remove it)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise UnreadableFile(
            f"{shown(path)}:{line}",
            f"is not UTF-8 text (byte 0x{raw[error.start]:02x} at offset {error.start}): save it as UTF-8 and run the command again",
        ) from None


def read_text(path: Path) -> str:
    return decode(read_bytes(path), path)

"""Add a text file to the source archive and start its catalogue (thin entry point).

Usage: python -m scripts.new_source path/to/text.txt   (or: make source FILE=path/to/text.txt)
The archive is $ISPK_SOURCES (default ../shared/sources). See ispk/new_source.py.
"""

import sys
from pathlib import Path

from ispk import new_source
from ispk.textfile import InputError


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not argv[0].strip():
        print("usage: make source FILE=path/to/text.txt", file=sys.stderr)
        return 2
    try:
        added = new_source.add(Path(argv[0]))
    except InputError as error:  # SourceError, or an archive file or sources.py that cannot be read
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(new_source.next_steps(added))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

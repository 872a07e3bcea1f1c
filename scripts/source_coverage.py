"""Print, per source, each sentence and the records citing it (thin entry point).

Exit status 1 when a sentence is neither cited nor set aside. `--source ID`
limits the listing to one source.
"""

import argparse
import sys

from ispk import archive, coverage, loader
from ispk.textfile import InputError


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--source", help="only this source id (or its 3-digit prefix)")
    args = parser.parse_args()
    try:
        dataset = loader.load()
        if not archive.available():
            print(f"source archive not found at {archive.archive_dir()}", file=sys.stderr)
            return 2
        text = coverage.format_report(dataset, only=args.source)
        missing = coverage.uncovered(dataset, only=args.source)
    except InputError as error:  # a data file, or an archive text that cannot be read
        print(error, file=sys.stderr)
        return 1
    print(text)
    print(f"\n{len(missing)} sentence(s) neither cited nor set aside")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())

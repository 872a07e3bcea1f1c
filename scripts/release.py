"""make release VERSION=x.y.z: check, set the version and date once, commit and tag (thin entry point).

The steps, and what is checked, are in ispk/releases/cut.py.
"""

import argparse
import sys
from pathlib import Path

from ispk.archive import ROOT
from ispk.releases import cut, release


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", required=True, help="the new version, MAJOR.MINOR.PATCH")
    parser.add_argument("--date", default=release.today(), help="release date, YYYY-MM-DD (default: today)")
    parser.add_argument("--test-command", default="make test", help="what must pass first (default: make test)")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    return cut.cut(args.root, release.Release(version=args.version, date=args.date), args.test_command)


if __name__ == "__main__":
    sys.exit(main())

"""Lighthouse scores for one page of every type: a report, not a gate (`make lighthouse`; thin entry point).

    make lighthouse                          # all page types, mobile (Lighthouse's default)
    .venv/bin/python -m scripts.lighthouse --desktop --pages home,event

What is measured and the targets: checks/lighthouse.py.
"""

import argparse
import sys
from pathlib import Path

from checks import lighthouse
from ispk.archive import ROOT


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--desktop", action="store_true", help="desktop preset instead of Lighthouse's mobile default")
    parser.add_argument("--pages", help="comma-separated page types (default: all)")
    args = parser.parse_args(argv)
    return lighthouse.report(args.site, args.desktop, args.pages.split(",") if args.pages else None)


if __name__ == "__main__":
    sys.exit(main())

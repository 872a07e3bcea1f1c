"""make rehearse: the publishing path rehearsed end to end here (thin entry point; checks/rehearsal.py).

python -m scripts.rehearse [--keep] [--every-release]
"""

import argparse
import sys

from checks import rehearsal


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder (its path is printed)")
    parser.add_argument("--every-release", action="store_true", help="publish every release through the workflow, oldest first")
    args = parser.parse_args(argv)
    return rehearsal.rehearse(keep=args.keep, every_release=args.every_release)


if __name__ == "__main__":
    sys.exit(main())

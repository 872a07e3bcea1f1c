"""Deploy releases with mike: each tag at its own path, "latest" at the newest (thin entry point).

    python -m scripts.versions deploy --tag v0.2.0 [--branch gh-pages]   # one release (the Pages workflow)
    python -m scripts.versions build [--versions 0.2.0 0.3.0]            # every release from 0.2.0 (or those), for make versions

How, in ispk/adapters/deploy.py.
"""

import argparse
import os
import sys

from ispk.adapters import deploy
from ispk.archive import ROOT


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    one = sub.add_parser("deploy", help="deploy one release (tag vX.Y.Z or version X.Y.Z)")
    one.add_argument("--tag", required=True)
    one.add_argument("--branch", default="gh-pages")
    one.add_argument("--site-url", default=os.environ.get("SITE_URL", deploy.LOCAL_URL))
    many = sub.add_parser("build", help="deploy every release to a local branch")
    many.add_argument("--versions", nargs="*", default=[])
    many.add_argument("--branch", default=deploy.LOCAL_BRANCH)
    many.add_argument("--site-url", default=deploy.LOCAL_URL)
    args = parser.parse_args(argv)
    if args.command == "deploy":
        deploy.deploy(ROOT, args.tag, args.branch, args.site_url)
    else:
        deploy.build(ROOT, args.versions, args.branch, args.site_url)
    return 0


if __name__ == "__main__":
    sys.exit(main())

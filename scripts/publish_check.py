"""Before publishing: is the source archive here, complete and unchanged? (thin entry point; `make publish-check`)

Prints ``ISPK_UNVERIFIED=false`` or ``=true`` for $GITHUB_ENV, or refuses; what is checked: ispk/releases/publishing.py.
"""

import sys

from ispk.releases import publishing


def main() -> int:
    return publishing.check()


if __name__ == "__main__":
    sys.exit(main())

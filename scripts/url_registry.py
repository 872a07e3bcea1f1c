"""Check or update the registry of published URLs (thin entry point).

python -m scripts.url_registry          # fail if a published URL vanished without a redirect
python -m scripts.url_registry --update # also record newly published URLs
"""

import sys

from ispk import build, config
from ispk.releases import permanence
from ispk.releases.model import ChangesError
from ispk.textfile import InputError


def main(argv: list[str]) -> int:
    try:
        pages = build.pages()
        gone = permanence.missing(pages, permanence.registered(), config.load().redirects)
    except (InputError, ChangesError) as error:  # data, narrative, archive or mkdocs.yml: file:line
        print(error, file=sys.stderr)
        return 1
    for url in gone:
        print(
            f"urls.txt: /{url} is no longer published and has no redirect: add one under redirects.redirect_maps in mkdocs.yml",
            file=sys.stderr,
        )
    if "--update" in argv:
        for url in permanence.update(pages):
            print(f"registered /{url}")
    return 1 if gone else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Before publishing: is the source archive here, complete and unchanged?

Prints ``ISPK_UNVERIFIED=false`` when every source file is present with its
recorded SHA-256 (the quote checks will run), and exits 0. Without the archive
it fails, unless ``ISPK_ALLOW_UNVERIFIED=true`` explicitly allows publishing
unverified: then it warns and prints ``ISPK_UNVERIFIED=true``, which the build
turns into a notice on every page (mkdocs.yml ``extra.unverified``). The
workflow appends the line to $GITHUB_ENV.

It also fails, whatever ISPK_ALLOW_UNVERIFIED says, when the site's address or
the repository's is still a placeholder or a loopback address (SITE_URL and
REPO_URL not set): every page would cite the wrong address.
"""

from __future__ import annotations

import os
import sys

from .. import archive, loader
from .. import config as site_config
from ..textfile import InputError


def problems() -> list[str]:
    folder = archive.archive_dir()
    if not archive.available(folder):
        return [f"no source archive at {folder} (ISPK_SOURCES)"]
    out = []
    for source in loader.load().sources:
        try:
            digest = archive.sha256_of(source.id, folder)
        except InputError as error:  # present but unreadable
            out.append(f"source {source.id}: {error}")
            continue
        if digest is None:
            out.append(f"source {source.id}: no file {source.id}.txt in {folder}")
        elif digest != source.sha256:
            out.append(f"source {source.id}: the file hashes to {digest[:12]}…, the data records {source.sha256[:12]}…")
    return out


def addresses() -> list[str]:
    """A published site must name its own address: not a placeholder, not this computer (SITE_URL, REPO_URL)."""
    return site_config.load().placeholders()


def check() -> int:
    """The verdict: the exit status, the ISPK_UNVERIFIED line on stdout, why on stderr."""
    try:
        wrong, found = addresses(), problems()
    except InputError as error:  # mkdocs.yml or a data file that cannot be read: file:line, no traceback
        print(f"publish-check: refusing to publish: {error}", file=sys.stderr)
        return 1
    if wrong:  # never allowed, unverified or not: every citation would name the wrong address
        print(f"publish-check: refusing to publish: {'; '.join(wrong)} (README, 'Publishing').", file=sys.stderr)
        return 1
    if not found:
        print("ISPK_UNVERIFIED=false")
        return 0
    detail = "; ".join(found)
    if os.environ.get("ISPK_ALLOW_UNVERIFIED", "").strip().lower() == "true":
        print(f"publish-check: WARNING: publishing UNVERIFIED ({detail}); every page will say so", file=sys.stderr)
        print("ISPK_UNVERIFIED=true")
        return 0
    print(
        f"publish-check: refusing to publish: {detail}. Give the workflow the archive (README, 'Publishing') "
        "or set the repository variable ISPK_ALLOW_UNVERIFIED to true to publish a site marked unverified.",
        file=sys.stderr,
    )
    return 1

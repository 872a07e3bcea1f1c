"""Where each release lives online: one path per release, and /latest/.

mike deploys every release at the site root under its full version
(``https://owner.github.io/repo/0.2.0/``) and keeps the alias ``latest`` as
redirect pages to the newest one. A patch release therefore never overwrites
what an earlier citation named: ``/0.2.0/`` is what was cited, for good.

When mike builds a version it sets ``MIKE_DOCS_VERSION`` and appends the
version to ``site_url`` (its plugin's ``on_config``), so the build sees
``.../repo/0.2.0``. These functions take whichever ``site_url`` the build has
and give the root, the versioned address and the latest address of a page.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from ..routes import url_of

LATEST = "latest"
"""The mike alias that always points at the newest release."""
MIKE_VERSION_VARIABLE = "MIKE_DOCS_VERSION"
SEMVER = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")
FIRST_PUBLISHED = "0.2.0"
"""The first release published at its own address. 0.1.0 came before versioned publishing: its tree
has no mike configuration and was never deployed under /0.1.0/, so nothing links there (its data
is still compared, from its tag or its release commit), and ``make versions`` does not deploy it."""


def parse(version: str) -> tuple[int, int, int]:
    """'0.12.1' -> (0, 12, 1); anything but MAJOR.MINOR.PATCH is an error."""
    match = SEMVER.fullmatch(version)
    if not match:
        raise ValueError(f"version {version!r} is not MAJOR.MINOR.PATCH (for example 0.2.0)")
    return tuple(int(part) for part in match.groups())  # type: ignore[return-value]


def has_own_address(version: str) -> bool:
    """Whether this release is published at ``/<version>/`` (see ``FIRST_PUBLISHED``)."""
    return parse(version) >= parse(FIRST_PUBLISHED)


def deployed_version(environ: dict[str, str] | None = None) -> str | None:
    """The version mike is building, or None for an ordinary build (make build, make serve)."""
    return (environ if environ is not None else os.environ).get(MIKE_VERSION_VARIABLE) or None


def site_root(site_url: str, version: str) -> str:
    """The root all versions share, with a trailing slash, whether or not mike appended the version."""
    base = site_url.rstrip("/")
    if base.endswith("/" + version):
        base = base[: -len(version) - 1]
    return base + "/"


@dataclass(frozen=True, kw_only=True)
class Addresses:
    """A page's two addresses: the one to cite, and the one that follows new releases."""

    versioned: str
    """This release's page: it never changes once published."""
    latest: str
    """The same page in the newest release (a redirect page to it, or to where it went)."""


def addresses(site_url: str, version: str, page: str) -> Addresses:
    """The versioned and latest URLs of a docs page ("groups/x.md") in release ``version``."""
    root, path = site_root(site_url, version), url_of(page)
    return Addresses(versioned=f"{root}{version}/{path}", latest=f"{root}{LATEST}/{path}")


def relative_version_link(from_page: str, version: str, page: str) -> str:
    """A link from a page of one release to a page of another, relative so that it works under any root.

    Every release sits one folder below the root, so a page at depth d reaches
    the root with d + 1 "../".
    """
    depth = url_of(from_page).count("/")
    return "../" * (depth + 1) + f"{version}/{url_of(page)}"

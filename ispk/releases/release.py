"""The release: its version and date, set once in mkdocs.yml and derived everywhere else.

The one source of truth is ``extra.release`` in ``mkdocs.yml``::

    extra:
      release:
        version: "0.2.0"
        date: "2026-12-01"

(``extra.version`` belongs to Material's version selector.) ``CITATION.cff``
is rewritten from it and ``CHANGELOG.md``'s "Unreleased" section becomes the
release's section, by ``make release``; tests check all three agree. The
functions here are pure (text in, text out) so that they are tested without git.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import yaml

from . import versions


class ReleaseError(ValueError):
    """A release that must not be made; the message says why and what to do."""


@dataclass(frozen=True, kw_only=True)
class Release:
    """A release of the reference: the one type every module uses (the site's, a tag's, one being cut)."""

    version: str
    """MAJOR.MINOR.PATCH."""
    date: str
    """ISO date, YYYY-MM-DD."""


def read(mkdocs_yml: str) -> Release:
    """The release named in mkdocs.yml text; also reads the layout of 0.1.0 (extra.version, extra.release_date)."""
    # BaseLoader: every scalar a string, and MkDocs' !ENV tags tolerated.
    extra = (yaml.load(mkdocs_yml, Loader=yaml.BaseLoader) or {}).get("extra") or {}
    if isinstance(extra.get("release"), dict):
        return Release(version=extra["release"]["version"], date=extra["release"]["date"])
    if isinstance(extra.get("version"), str):
        return Release(version=extra["version"], date=extra["release_date"])
    raise ReleaseError("mkdocs.yml: no extra.release.version and extra.release.date")


_RELEASE_BLOCK = re.compile(r'(?m)^(  release:\n    version: )"[^"\n]*"\n(    date: )"[^"\n]*"$')


def set_in_mkdocs(text: str, info: Release) -> str:
    """mkdocs.yml with the new version and date, every other byte kept (comments included)."""
    new, count = _RELEASE_BLOCK.subn(rf'\g<1>"{info.version}"\n\g<2>"{info.date}"', text)
    if count != 1:
        raise ReleaseError('mkdocs.yml: expected one block "  release:\\n    version: \\"…\\"\\n    date: \\"…\\"" under extra')
    return new


def set_in_citation_cff(text: str, info: Release) -> str:
    new, a = re.subn(r"(?m)^version: .*$", f"version: {info.version}", text)
    new, b = re.subn(r"(?m)^date-released: .*$", f'date-released: "{info.date}"', new)
    if (a, b) != (1, 1):
        raise ReleaseError("CITATION.cff: expected one 'version:' and one 'date-released:' line")
    return new


UNRELEASED = "## [Unreleased]"


def set_in_changelog(text: str, info: Release, repo_url: str) -> str:
    """The Unreleased section becomes the release's; a new empty Unreleased section goes above it.

    Keep a Changelog's rules: the release heading is ``## [X.Y.Z] - YYYY-MM-DD``
    and its link reference points at the tag.
    """
    if UNRELEASED not in text:
        raise ReleaseError(f"CHANGELOG.md: no '{UNRELEASED}' section: write what this release changes there first")
    head, _, rest = text.partition(UNRELEASED)
    body, _, after = rest.partition("\n## [")
    if not re.search(r"(?m)^- ", body):
        raise ReleaseError(f"CHANGELOG.md: the '{UNRELEASED}' section lists no change: say what this release changes")
    after = ("\n## [" + after) if after else ""
    section = f"## [{info.version}] - {info.date}"
    out = f"{head}{UNRELEASED}\n\n{section}{body.rstrip()}\n{after}"
    link = f"[{info.version}]: {repo_url.rstrip('/')}/releases/tag/v{info.version}\n"
    out = out.rstrip("\n") + "\n"
    # Link references sit at the end, newest first.
    first_link = re.search(r"(?m)^\[\d+\.\d+\.\d+\]: ", out)
    return out[: first_link.start()] + link + out[first_link.start() :] if first_link else out + "\n" + link


def check_version(new: str, current: str, tags: list[str]) -> None:
    """A new release's version must be MAJOR.MINOR.PATCH, above the current one and not yet tagged."""
    versions.parse(new)
    if f"v{new}" in tags:
        raise ReleaseError(f"tag v{new} exists already: releases are never re-cut; choose the next version")
    if versions.parse(new) <= versions.parse(current):
        raise ReleaseError(f"version {new} is not above the current release {current}")


def today() -> str:
    return dt.date.today().isoformat()


def disagreements(mkdocs_yml: str, citation_cff: str, changelog: str) -> list[str]:
    """Where CITATION.cff or CHANGELOG.md do not name the release mkdocs.yml names (empty when they agree)."""
    info = read(mkdocs_yml)
    cff = yaml.safe_load(citation_cff) or {}
    problems = []
    if (str(cff.get("version")), str(cff.get("date-released"))) != (info.version, info.date):
        problems.append(
            f"CITATION.cff names {cff.get('version')} of {cff.get('date-released')}, mkdocs.yml {info.version} of {info.date}"
        )
    if f"## [{info.version}] - {info.date}\n" not in changelog:
        problems.append(f"CHANGELOG.md has no section '## [{info.version}] - {info.date}'")
    if not re.search(rf"(?m)^\[{re.escape(info.version)}\]: \S+/releases/tag/v{re.escape(info.version)}$", changelog):
        problems.append(f"CHANGELOG.md has no link reference for [{info.version}]")
    return problems

"""The site configuration, read once from mkdocs.yml and passed down.

mkdocs.yml is the one configuration file: the engine reads it for the theme
and extensions, and this module reads the few values the generator needs
(site name and address, release, redirects). ``!ENV`` tags are resolved the
way MkDocs resolves them, so both see the same site_url.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import release as release_info
from . import versions
from .archive import ROOT

CONFIG_FILE = ROOT / "mkdocs.yml"


class _Loader(yaml.SafeLoader):
    """YAML with MkDocs' ``!ENV`` tag and tolerant of the theme's ``!!python/name`` tags."""


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    # Same rule as pyyaml-env-tag (MkDocs' own): the first variable that is set, else the last item.
    items = [loader.construct_scalar(node)] if isinstance(node, yaml.ScalarNode) else loader.construct_sequence(node)
    names, default = (items, None) if len(items) == 1 else (items[:-1], items[-1])
    for name in names:
        if name in os.environ:
            return yaml.safe_load(os.environ[name]) if os.environ[name] else ""
    return default


_Loader.add_constructor("!ENV", _env)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


@dataclass(frozen=True, kw_only=True)
class SiteConfig:
    site_name: str
    site_description: str
    site_url: str
    """Absolute, ending in "/": where the site is published (a sub-path on GitHub Pages)."""
    repo_url: str
    language: str
    version: str
    release_date: str
    """ISO date of the release, YYYY-MM-DD (extra.release in mkdocs.yml: the one place it is set)."""
    deployed_version: str | None = None
    """The release mike is deploying (MIKE_DOCS_VERSION), or None in make build and make serve."""
    unverified: bool = False
    """Published without the source archive, explicitly allowed: every page says its quotes were not checked."""
    redirects: dict[str, str] = field(default_factory=dict)
    """Old page path (.md) -> new page path, from the redirects plugin's redirect_maps."""
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    """The whole file as loaded, for the engine adapter."""

    def with_site_url(self, site_url: str) -> SiteConfig:
        from dataclasses import replace

        return replace(self, site_url=site_url if site_url.endswith("/") else site_url + "/")


def _redirects(conf: dict) -> dict[str, str]:
    for plugin in conf.get("plugins") or []:
        if isinstance(plugin, dict) and "redirects" in plugin:
            return dict((plugin["redirects"] or {}).get("redirect_maps") or {})
    return {}


def load(path: Path = CONFIG_FILE) -> SiteConfig:
    text = path.read_text(encoding="utf-8")
    conf = yaml.load(text, Loader=_Loader) or {}
    extra = conf.get("extra") or {}
    release = release_info.read(text)
    site_url = str(conf.get("site_url") or "http://127.0.0.1:8000/")
    site_url = site_url if site_url.endswith("/") else site_url + "/"
    deployed = str(extra.get("deployed_version") or "") or None
    if deployed:
        # mike serves each release under its version: pages cite that address (versions.addresses).
        site_url = versions.site_root(site_url, deployed) + deployed + "/"
    return SiteConfig(
        site_name=str(conf["site_name"]),
        site_description=" ".join(str(conf.get("site_description") or "").split()),
        site_url=site_url,
        repo_url=str(conf.get("repo_url") or ""),
        language=str((conf.get("theme") or {}).get("language", "en")),
        version=release.version,
        release_date=release.date,
        deployed_version=deployed,
        unverified=extra.get("unverified") is True,
        redirects=_redirects(conf),
        raw=conf,
    )

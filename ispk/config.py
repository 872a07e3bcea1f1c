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
from urllib.parse import urlsplit

import yaml

from . import textfile
from .archive import ROOT
from .releases import release as release_info
from .releases import versions
from .textfile import InputError

CONFIG_FILE = ROOT / "mkdocs.yml"


class _Loader(yaml.SafeLoader):
    """YAML with MkDocs' ``!ENV`` tag and tolerant of the theme's ``!!python/name`` tags."""


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    # Same rule as pyyaml-env-tag (MkDocs' own): the first variable that is set, else the last item.
    if isinstance(node, yaml.ScalarNode):
        items: list[Any] = [loader.construct_scalar(node)]
    elif isinstance(node, yaml.SequenceNode):
        items = loader.construct_sequence(node)
    else:
        raise yaml.constructor.ConstructorError(None, None, "!ENV takes a name or a list of names", node.start_mark)
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
    redirects: dict[str, str] = field(default_factory=dict)
    """Old page path (.md) -> new page path, from the redirects plugin's redirect_maps."""
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    """The whole file as loaded, for the engine adapter."""

    @property
    def release(self) -> release_info.Release:
        """The release this build is."""
        return release_info.Release(version=self.version, date=self.release_date)

    @property
    def local(self) -> bool:
        """Built to be read on this machine (a loopback site_url): its addresses are not the published ones."""
        return is_loopback(self.site_url)

    def placeholders(self) -> list[str]:
        """What still holds a stand-in address, and how to set it (README, "Publishing")."""
        out = []
        if self.local or is_placeholder(self.site_url):
            out.append(f"site_url is {self.site_url}, not a published address: set SITE_URL to where the site is published")
        if is_placeholder(self.repo_url):
            out.append(f"repo_url is {self.repo_url or 'empty'}, a placeholder: set REPO_URL to the repository's address")
        return out

    def with_site_url(self, site_url: str) -> SiteConfig:
        from dataclasses import replace

        return replace(self, site_url=site_url if site_url.endswith("/") else site_url + "/")


def _redirects(conf: dict[str, Any]) -> dict[str, str]:
    for plugin in conf.get("plugins") or []:
        if isinstance(plugin, dict) and "redirects" in plugin:
            return dict((plugin["redirects"] or {}).get("redirect_maps") or {})
    return {}


class ConfigError(InputError):
    """mkdocs.yml cannot be used; the message names ``mkdocs.yml:line`` where there is a line."""


LOOPBACK = ("localhost", "127.0.0.1", "::1", "0.0.0.0")
PLACEHOLDER_HOSTS = ("example.com", "example.org", "example.net")


def is_loopback(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return host in LOOPBACK or host.startswith("127.") or host.endswith(".localhost")


def is_placeholder(url: str) -> bool:
    """A stand-in address: empty, an example domain, or a repository of the owner "example"."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    owner = parts.path.strip("/").split("/", 1)[0].lower()
    return (
        not host
        or host in PLACEHOLDER_HOSTS
        or host.endswith(tuple("." + h for h in PLACEHOLDER_HOSTS))
        or (host == "github.com" and owner == "example")
    )


def _parse(text: str, shown: str) -> dict[str, Any]:
    try:
        conf = yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = f":{mark.line + 1}" if mark else ""
        what = " ".join(str(part) for part in (error.context, error.problem) if part)
        hint = ": indent with spaces, not tabs" if "'\\t'" in what else ""
        raise ConfigError(f"{shown}{line}: is not valid YAML: {what}{hint}") from None
    except yaml.YAMLError as error:
        raise ConfigError(f"{shown}: is not valid YAML: {error}") from None
    if conf is None:
        return {}
    if not isinstance(conf, dict):
        raise ConfigError(f"{shown}:1: expected settings (name: value), got a {type(conf).__name__}")
    return conf


def _line_of(text: str, key: str) -> int:
    """The line where a top-level key is written (1 when it is not)."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith(f"{key}:"):
            return number
    return 1


def _unused_site_url(text: str, site_url: str, shown: str) -> None:
    """SITE_URL set (as the publishing workflow sets it) but not what site_url says: refuse, or it cites the wrong address."""
    wanted = os.environ.get("SITE_URL", "").strip()
    if wanted and wanted.rstrip("/") + "/" != site_url:
        raise ConfigError(
            f"{shown}:{_line_of(text, 'site_url')}: SITE_URL is set ({wanted}) but site_url is {site_url}: "
            'write site_url: !ENV [SITE_URL, "http://127.0.0.1:8000/"] so the published pages cite SITE_URL'
        )


def redirects(path: Path) -> dict[str, str]:
    """Only the redirects of a configuration (an earlier release's): none of this site's checks apply to it."""
    return _redirects(_parse(textfile.read_text(path), textfile.shown(path)))


def load(path: Path = CONFIG_FILE) -> SiteConfig:
    """The configuration; ConfigError (naming mkdocs.yml:line) when the file cannot be used."""
    shown = textfile.shown(path)
    text = textfile.read_text(path)
    conf = _parse(text, shown)
    extra = conf.get("extra") or {}
    if not isinstance(extra, dict):
        raise ConfigError(f"{shown}:{_line_of(text, 'extra')}: extra: expected settings (name: value)")
    if not conf.get("site_name"):
        raise ConfigError(f"{shown}:1: site_name: is missing: the site needs a name")
    try:
        release = release_info.read(text)
    except (release_info.ReleaseError, KeyError, TypeError) as error:
        detail = (
            str(error).removeprefix("mkdocs.yml: ")
            if isinstance(error, release_info.ReleaseError)
            else f"extra.release is missing {error}"
        )
        raise ConfigError(f"{shown}:{_line_of(text, 'extra')}: {detail}") from None
    site_url = str(conf.get("site_url") or "http://127.0.0.1:8000/")
    site_url = site_url if site_url.endswith("/") else site_url + "/"
    _unused_site_url(text, site_url, shown)
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
        redirects=_redirects(conf),
        raw=conf,
    )

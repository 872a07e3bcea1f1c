"""Writing the build folder: generated pages and files, the hand-written assets, the engine's configuration."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from .. import kinds
from ..archive import ROOT
from ..build import Output
from ..config import SiteConfig
from ..plan.page import NavEntry
from ..releases import versions

ASSETS = ROOT / "docs" / "assets"
# Plugins the generated folder no longer needs: pages and navigation are written out, not handed over.
_RETIRED_PLUGINS = {"gen-files", "literate-nav", "section-index"}


@dataclass(frozen=True)
class Written:
    changed: tuple[str, ...]
    removed: tuple[str, ...]
    unchanged: int


def write_file(file: Path, content: bytes) -> None:
    """Replace a file atomically: an engine watching the folder never reads half a page."""
    file.parent.mkdir(parents=True, exist_ok=True)
    _replace(os.fspath(file), content)


def _replace(file: str, content: bytes) -> None:
    """``write_file`` in a folder that exists."""
    folder, name = os.path.split(file)
    scratch = os.path.join(folder, f".{name}.{os.getpid()}.tmp")
    with open(scratch, "wb") as handle:
        handle.write(content)
    os.replace(scratch, file)


def _unchanged(file: str, content: bytes) -> bool:
    try:
        with open(file, "rb") as handle:
            return handle.read() == content
    except OSError:
        return False


def contents(pages: Mapping[str, str], files: Mapping[str, bytes], assets: Path = ASSETS) -> dict[str, bytes]:
    """Everything the docs folder holds, by path: pages, generated files, hand-written assets."""
    out = {path: text.encode("utf-8") for path, text in pages.items()}
    out.update(files)
    for file in sorted(assets.rglob("*")):
        if file.is_file():
            out[file.relative_to(assets.parent).as_posix()] = file.read_bytes()
    return out


def write_docs(folder: Path, everything: Mapping[str, bytes]) -> Written:
    """Make ``folder`` hold exactly ``everything``, touching only files that differ.

    Plain strings and os calls, not Path objects: at 10,000 events the folder holds 63,000 files.
    """
    folder.mkdir(parents=True, exist_ok=True)
    root = os.fspath(folder)
    changed = []
    made: set[str] = set()  # each folder made once, not once per file (63,000 files at 10,000 events)
    for path, content in everything.items():
        file = os.path.join(root, path)
        if not _unchanged(file, content):
            folder_of = os.path.dirname(file)
            if folder_of not in made:
                os.makedirs(folder_of, exist_ok=True)
                made.add(folder_of)
            _replace(file, content)
            changed.append(path)
    removed = []
    for directory, _, names in os.walk(root, topdown=False):  # a folder's files before the folder
        rel = os.path.relpath(directory, root)
        for name in names:
            path = name if rel == "." else f"{rel}/{name}"
            if path not in everything:
                os.unlink(os.path.join(directory, name))
                removed.append(path)
        if rel != "." and not os.listdir(directory):
            os.rmdir(directory)
    removed.sort(key=lambda path: path.split("/"), reverse=True)  # the order of a reverse walk, as before
    return Written(tuple(sorted(changed)), tuple(removed), len(everything) - len(changed))


def write(target: Path, config: SiteConfig, out: Output) -> Written:
    """The build folder: ``target``/docs holding exactly the output and the assets, and ``target``/mkdocs.yml."""
    written = write_docs(target / "docs", contents(out.pages, out.files))
    write_file(target / "mkdocs.yml", engine_config(config, out.nav, target, target / "docs").encode("utf-8"))
    return written


def engine_config(
    config: SiteConfig, nav: tuple[NavEntry, ...], config_dir: Path, docs_dir: Path, extra: Mapping[str, object] | None = None
) -> str:
    """The engine's configuration: mkdocs.yml as written, with the folder, the theme overrides and the navigation.

    Values are those ``ispk.config`` read (``!ENV`` resolved once), so the engine and the
    generator agree on the site's address. The navigation is a plain list.
    """
    conf = dict(config.raw)
    conf["docs_dir"] = os.path.relpath(docs_dir, config_dir)
    # mike appends the version it deploys to site_url itself; it gets the root all releases share.
    conf["site_url"] = (
        versions.site_root(config.site_url, config.deployed_version) if config.deployed_version else config.site_url
    )
    theme = dict(conf.get("theme") or {})
    if theme.get("custom_dir"):
        theme["custom_dir"] = os.path.relpath(ROOT / theme["custom_dir"], config_dir)
    conf["theme"] = theme
    conf["plugins"] = [
        p for p in conf.get("plugins") or [] if (next(iter(p)) if isinstance(p, dict) else p) not in _RETIRED_PLUGINS
    ]
    conf.pop("watch", None)
    # Where the site lives under its host, for the search box's result and bundle paths
    # (overrides/partials/pagefind.html): the versioned address in a release build.
    conf["extra"] = {**(conf.get("extra") or {}), "search_base": urlsplit(config.site_url).path or "/"}
    if not config.deployed_version:
        # Material's version selector fetches ../versions.json on every page: only mike writes one.
        conf["extra"].pop("version", None)
    conf["nav"] = [{entry.title: entry.path} for entry in nav]
    # Record pages are reached by links, not the navigation: every kind's folder is out of it, as
    # mkdocs.yml lists them, a kind added to the registry included.
    listed = str(conf.get("not_in_nav") or "")
    missing = [f"/{k.folder}/*" for k in kinds.WITH_PAGES if f"/{k.folder}/*" not in listed.split()]
    if missing:
        conf["not_in_nav"] = listed + "".join(f"{pattern}\n" for pattern in missing)
    conf.update(extra or {})
    header = (
        "# Generated by `make build` from ../mkdocs.yml and the data: do not edit.\n"
        "# The engine builds the folder beside it; the settings are in ../mkdocs.yml.\n"
    )
    return header + yaml.dump(conf, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000)


class _Dumper(yaml.SafeDumper):
    """Multi-line strings (not_in_nav patterns) as literal blocks, as a person writes them."""


_Dumper.add_representer(
    str, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None)
)

"""``make build`` without paying for the whole site: a differential build when the previous one allows it.

A small manifest is kept beside the site (``.site-manifest.json`` for ``site/``): the hash of
the engine's configuration (without the navigation), of the navigation, of the theme
overrides, the engine's versions, each docs file's hash and the site's anchor links. When
the previous build had the same configuration, navigation, overrides and engine, only the
files whose hash changed are built (``differential.Engine``) into a scratch folder; the
next site is the previous one hard-linked, less what is gone or rebuilt, plus that
scratch folder; search is indexed again over it. Anything else is a full build, by
MkDocs' own ``build`` in this process. Either way the site is swapped in only when
everything succeeded: a failure leaves the previous site and its manifest untouched.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import yaml

from . import differential, search

ENGINE_PACKAGES = (
    "mkdocs",
    "mkdocs-material",
    "mkdocs-redirects",
    "mike",
    "markdown",
    "pymdown-extensions",
    "pygments",
    "jinja2",
)
FORMAT = 1


@dataclass(frozen=True)
class Manifest:
    engine: dict[str, str]
    config: str
    nav: str
    overrides: str
    docs: dict[str, str]
    """{docs path: sha256 of its bytes}"""
    anchors: differential.Anchors = field(default_factory=dict)
    format: int = FORMAT

    def same_build(self, other: Manifest) -> bool:
        """Whether a build of ``other`` may start from a build of ``self``: same format, engine, configuration, navigation, overrides."""
        return (self.format, self.engine, self.config, self.nav, self.overrides) == (
            other.format,
            other.engine,
            other.config,
            other.nav,
            other.overrides,
        )


def manifest_file(site_dir: Path) -> Path:
    return site_dir.with_name(f".{site_dir.name}-manifest.json")


def read(site_dir: Path) -> Manifest | None:
    """The previous build's manifest, if there is a site and a manifest of this format; None otherwise."""
    try:
        if not (site_dir / "index.html").is_file():
            return None
        raw = json.loads(manifest_file(site_dir).read_text(encoding="utf-8"))
        return Manifest(**raw) if raw.get("format") == FORMAT else None
    except (OSError, ValueError, TypeError):
        return None


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fingerprint(folder: Path) -> Manifest:
    """The manifest of the build folder as it is now (without anchors)."""
    conf = yaml.safe_load((folder / "mkdocs.yml").read_text(encoding="utf-8"))
    nav = conf.pop("nav", None)
    theme_dir = (conf.get("theme") or {}).get("custom_dir")
    overrides = hashlib.sha256()
    if theme_dir:
        root = folder / theme_dir
        for file in sorted(p for p in root.rglob("*") if p.is_file()):
            overrides.update(f"{file.relative_to(root).as_posix()}\0{_sha(file.read_bytes())}\0".encode())
    docs_dir = folder / conf.get("docs_dir", "docs")
    docs = {
        file.relative_to(docs_dir).as_posix(): _sha(file.read_bytes()) for file in sorted(docs_dir.rglob("*")) if file.is_file()
    }
    engine = {name: metadata.version(name) for name in ENGINE_PACKAGES}
    engine["python"] = sys.version.split()[0]
    manifest = Manifest(
        engine=engine,
        config=_sha(json.dumps(conf, sort_keys=True, default=str).encode()),
        nav=_sha(json.dumps(nav, sort_keys=True).encode()),
        overrides=overrides.hexdigest(),
        docs=docs,
    )
    return manifest


def _write_manifest(site_dir: Path, manifest: Manifest) -> None:
    file = manifest_file(site_dir)
    scratch = file.with_name(file.name + ".tmp")
    # The fields as they are (dataclasses.asdict deep-copies every nested dict: seconds at 1,000 events).
    fields = {f.name: getattr(manifest, f.name) for f in dataclasses.fields(manifest)}
    scratch.write_text(json.dumps(fields, sort_keys=True), encoding="utf-8")
    scratch.replace(file)


@dataclass(frozen=True)
class Built:
    ok: bool
    log: str
    differential: bool
    pages: int
    """Pages and files the engine built (all of them in a full build)."""
    engine_seconds: float = 0.0
    index_seconds: float = 0.0


def publish(folder: Path, site_dir: Path, strict: bool = True) -> Built:
    """Build ``folder``/mkdocs.yml into ``site_dir``: differentially if the previous build allows it, in full otherwise."""
    start = time.perf_counter()
    now = fingerprint(folder)
    before = read(site_dir)
    scratch = site_dir.with_name(f".{site_dir.name}-next")
    delta = site_dir.with_name(f".{site_dir.name}-delta")
    for leftover in (scratch, delta):
        shutil.rmtree(leftover, ignore_errors=True)
    incremental = before is not None and before.same_build(now)
    with differential.captured() as log:
        try:
            if incremental and before is not None:
                anchors, built = _differential(folder, site_dir, before, now, delta, scratch, strict)
            else:
                anchors, built = differential.full(folder / "mkdocs.yml", scratch, strict), len(now.docs)
            report = search.index_site(scratch)
        except (differential.EngineError, search.IndexError) as error:
            shutil.rmtree(scratch, ignore_errors=True)
            shutil.rmtree(delta, ignore_errors=True)
            return Built(False, log.getvalue() + f"{error}\n", incremental, 0)
    manifest_file(site_dir).unlink(missing_ok=True)  # until the new one is written: a site without one is built in full
    _swap(scratch, site_dir)
    shutil.rmtree(delta, ignore_errors=True)
    _write_manifest(site_dir, dataclasses.replace(now, anchors=anchors))
    how = f"differential: {built} of {len(now.docs)} files rebuilt" if incremental else "full"
    seconds = time.perf_counter() - start - report.seconds
    note = f"ispk: {how} engine build in {seconds:.1f} s; search index of {report.pages} pages in {report.seconds:.1f} s\n"
    return Built(True, log.getvalue() + note, incremental, built, seconds, report.seconds)


def _differential(
    folder: Path,
    site_dir: Path,
    before: Manifest,
    now: Manifest,
    delta: Path,
    scratch: Path,
    strict: bool,
) -> tuple[differential.Anchors, int]:
    changed = sorted(path for path, sha in now.docs.items() if before.docs.get(path) != sha)
    removed = sorted(before.docs.keys() - now.docs.keys())
    engine = differential.Engine(folder / "mkdocs.yml", delta, strict=strict)
    # A page left alone that names a removed page is checked again: its link is now broken.
    gone = {Path(path).name.encode() for path in removed if path.endswith(".md")}
    docs = Path(engine.config.docs_dir)
    recheck = [
        p
        for p in now.docs
        if gone and p.endswith(".md") and p not in changed and any(name in (docs / p).read_bytes() for name in gone)
    ]
    try:
        rendered = engine.render(changed, recheck, before.anchors)
        stale = {engine.dest_of(path) for path in removed}
    finally:
        engine.close()
    anchors = {p: links for p, links in before.anchors.items() if p in now.docs and p not in changed}
    anchors.update(rendered)
    _assemble(site_dir, delta, stale, scratch)
    return dict(sorted(anchors.items())), len(changed)


def _assemble(site_dir: Path, delta: Path, stale: set[str], scratch: Path) -> None:
    """The next site: the previous one hard-linked (its search index left out), less ``stale``, with ``delta`` over it.

    The engine wrote only into ``delta`` (new files), so no file of the previous site is ever written to.
    """
    fresh = {p.relative_to(delta).as_posix(): p for p in delta.rglob("*") if p.is_file()}
    for root, dirs, names in os.walk(site_dir):
        here = Path(root)
        if here == site_dir and search.OUTPUT in dirs:
            dirs.remove(search.OUTPUT)
        for name in names:
            old = here / name
            rel = old.relative_to(site_dir).as_posix()
            if rel in fresh or rel in stale:
                continue
            target = scratch / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            os.link(old, target)
    for rel, new in fresh.items():
        target = scratch / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        new.replace(target)


def _swap(scratch: Path, site_dir: Path) -> None:
    """Put ``scratch`` in place of the site; the previous one is deleted by a process of its own, after this one returns.

    Deleting thousands of files took longer than the differential build itself (12.7 s of 33 s at
    1,000 events on a busy machine); the site is complete as soon as the rename is done.
    """
    old = site_dir.with_name(f".{site_dir.name}-old-{os.getpid()}")
    shutil.rmtree(old, ignore_errors=True)
    if site_dir.exists():
        site_dir.rename(old)
    scratch.rename(site_dir)
    if old.exists():
        code = "import shutil, sys; shutil.rmtree(sys.argv[1], ignore_errors=True)"
        subprocess.Popen(
            [sys.executable, "-c", code, str(old)], start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )

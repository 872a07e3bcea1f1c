"""The differential engine step: MkDocs driven in-process, re-rendering only the pages whose Markdown changed.

MkDocs' own stages (``mkdocs.commands.build``: ``_populate_page``, ``_build_page``,
``_build_theme_template``, the plugin events) run on a configuration, file list,
navigation and theme environment loaded once; only the pages named are read, rendered
and written, with the sitemap, the 404 page and the plugins' post-build files, which
depend on the whole file list and are cheap.

Links are checked as in a full build: a re-rendered page's anchor links are checked
against the pages they point to (rendered for the purpose), and the anchor links of
pages left alone into re-rendered pages are checked from the map the previous build
kept (``Engine.anchors``). A page left alone that names a removed page is re-rendered,
so that its broken link is reported as a full build reports it.
"""

from __future__ import annotations

import contextlib
import io
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from mkdocs import exceptions
from mkdocs.commands import build as stages
from mkdocs.config import load_config
from mkdocs.config.base import LegacyConfig
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel, get_files, set_exclusions
from mkdocs.structure.nav import get_navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import CountHandler
from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer

Anchors = dict[str, dict[str, dict[str, str]]]
"""{page: {page it links to: {anchor: the link as written}}}, by source path in the docs folder."""

_log = logging.getLogger("mkdocs")


class EngineError(RuntimeError):
    """The engine stopped: warnings in strict mode, or an error; the message is the engine's log."""


@contextlib.contextmanager
def captured() -> Iterator[io.StringIO]:
    """The engine's log as its command line prints it (``WARNING -  …``), into a string instead of the terminal."""
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(logging.Formatter("%(levelname)-8s-  %(message)s"))
    level, propagate = _log.level, _log.propagate
    _log.addHandler(handler)
    _log.setLevel(logging.INFO)
    _log.propagate = False
    try:
        yield out
    finally:
        _log.removeHandler(handler)
        _log.setLevel(level)
        _log.propagate = propagate


def anchors_of(files: Iterable[File]) -> Anchors:
    """The anchor links of every rendered page (MkDocs keeps them to check them once every page is rendered)."""
    out: Anchors = {}
    for file in files:
        links = file.page.links_to_anchors if file.page else None
        if links:
            out[file.src_uri] = {target.src_uri: dict(sorted(a.items())) for target, a in sorted(links.items(), key=_src)}
    return out


def _page(file: File) -> Page:
    """A documentation file's page (the engine gave each one a page before it is rendered)."""
    if file.page is None:
        raise EngineError(f"{file.src_uri}: no page")
    return file.page


def _src(item: tuple[File, dict[str, str]]) -> str:
    return item[0].src_uri


class _KeepAnchors(BasePlugin[LegacyConfig]):  # a plugin without options of its own, as BasePlugin alone
    """Registered on a full build: keeps its file list so that its anchor links can be read once it is done."""

    files: Files | None = None

    def on_files(self, files: Files, **kwargs: Any) -> Files:
        self.files = files
        return files


def full(config_file: Path, site_dir: Path, strict: bool = True) -> Anchors:
    """MkDocs' own build, in this process: what ``mkdocs build`` does. Returns the anchor map; raises EngineError."""
    keep = _KeepAnchors()
    with _engine_errors():
        config = load_config(config_file=str(config_file), site_dir=str(site_dir), strict=strict)
        config.plugins["ispk-anchors"] = keep
        config.plugins.on_startup(command="build", dirty=False)
        try:
            stages.build(config)
        finally:
            config.plugins.on_shutdown()
    return anchors_of(keep.files.documentation_pages()) if keep.files else {}


@contextlib.contextmanager
def _engine_errors() -> Iterator[None]:
    """Any failure of the engine as an EngineError with a one-line reason: no traceback reaches a user."""
    try:
        yield
    except EngineError:
        raise
    except exceptions.Abort as error:
        raise EngineError(str(error)) from None
    except exceptions.ConfigurationError as error:
        raise EngineError(f"the engine's configuration: {error}") from None
    except Exception as error:  # a template or Markdown extension failing on a page: the engine logged which
        raise EngineError(f"{type(error).__name__}: {error}") from None


class Engine:
    """One build folder loaded once: configuration, files, navigation, theme environment. ``render`` builds pages.

    ``serve`` includes the drafts (``draft_docs``) as ``mkdocs serve`` does, marked as drafts.
    """

    def __init__(self, config_file: Path, site_dir: Path, *, strict: bool = True, serve: bool = False):
        self.serve = serve
        self.inclusion: Callable[[InclusionLevel], bool] = InclusionLevel.is_in_serve if serve else InclusionLevel.is_included
        with _engine_errors():
            config = load_config(config_file=str(config_file), site_dir=str(site_dir), strict=strict)
            config.plugins.on_startup(command="serve" if serve else "build", dirty=False)
            self.config = config = config.plugins.on_config(config)
            config.plugins.on_pre_build(config=config)
            files = get_files(config)
            env = config.theme.get_env()
            files.add_files_from_theme(env, config)
            self.files = files = config.plugins.on_files(files, config=config)
            set_exclusions(files, config)
            self.nav = config.plugins.on_nav(get_navigation(files, config), config=config, files=files)
            for file in self.documents():
                if file.page is None:
                    Page(None, file, config)
            self.current: set[str] = set()
            """Pages rendered from the Markdown now in the folder: their anchors are known."""
            # The navigation shows its pages' metadata (Material: icon, status): read, not rendered.
            for page in self.nav.pages:
                page.read_source(config)
            self.env = config.plugins.on_env(env, config=config, files=files)

    def documents(self) -> Sequence[File]:
        return self.files.documentation_pages(inclusion=self.inclusion)

    def close(self) -> None:
        self.config.plugins.on_shutdown()

    def build_all(self) -> Anchors:
        """Every file: the theme's and the folder's static files, every page (the preview's first build)."""
        with _engine_errors():
            self.files.copy_static_files(inclusion=self.inclusion)
        return self.render([f.src_uri for f in self.documents()])

    def render(
        self, paths: Iterable[str], recheck: Iterable[str] = (), anchors: Anchors | None = None, *, finish: bool = True
    ) -> Anchors:
        """Build the pages and static files at ``paths`` (docs source paths), the sitemap and 404 page, and the plugins' files.

        ``finish=False``: the pages alone, neither the sitemap, the 404 page nor the plugins' files (the
        preview's first pages of a save, built again with the rest).
        ``recheck``: pages left alone whose links are checked again (they named a page now gone).
        ``anchors``: the previous build's anchor map, to check links into re-rendered pages.
        Returns the anchor map of the pages rendered. Raises EngineError as a strict build would fail.
        """
        config, files = self.config, self.files
        wanted = set(paths)
        todo = [f for f in self.documents() if f.src_uri in wanted]
        self.current -= wanted
        warnings = CountHandler()
        warnings.setLevel(logging.WARNING)
        _log.addHandler(warnings)
        try:
            with _engine_errors():
                for file in todo + [f for f in self.documents() if f.src_uri in set(recheck)]:
                    stages._populate_page(_page(file), config, files)
                    self.current.add(file.src_uri)
                # The pages they link to with an anchor, rendered for their anchors unless they are known.
                for target in {t for f in todo for t in (_page(f).links_to_anchors or {})}:
                    if target.page is not None and target.src_uri not in self.current:
                        stages._populate_page(target.page, config, files)
                        self.current.add(target.src_uri)
                for file in files:
                    if file.src_uri in wanted and not file.is_documentation_page() and self.inclusion(file.inclusion):
                        file.copy_file()
                for template in config.theme.static_templates if finish else ():
                    stages._build_theme_template(template, self.env, files, config, self.nav)
                for template in config.extra_templates if finish else ():
                    stages._build_extra_template(template, files, config, self.nav)
                documents = self.documents()
                for file in todo:
                    stages._build_page(_page(file), config, documents, self.nav, self.env, excluded=file.inclusion.is_excluded())
                level = config.validation.links.anchors
                for file in todo:
                    _page(file).validate_anchor_links(files=files, log_level=level)
                self._check_links_into(todo, anchors or {}, level)
                if finish:
                    config.plugins.on_post_build(config=config)
            if config.strict and (counts := warnings.get_counts()):
                raise EngineError(f"Aborted with {', '.join(f'{v} {k.lower()}s' for k, v in counts)} in strict mode!")
        finally:
            _log.removeHandler(warnings)
        return anchors_of(todo)

    def _check_links_into(self, todo: list[File], anchors: Anchors, level: int) -> None:
        """Anchor links of pages left alone into the pages re-rendered, with the message a full build gives."""
        redone = {f.src_uri: f.page for f in todo}
        for source, links in anchors.items():
            if source in redone:
                continue
            for target, wanted in links.items():
                page = redone.get(target)
                if page is None or page.present_anchor_ids is None:
                    continue
                for anchor, link in wanted.items():
                    if anchor not in page.present_anchor_ids:
                        _log.log(
                            level,
                            f"Doc file '{source}' contains a link '{link}', "
                            f"but the doc '{target}' does not contain an anchor '#{anchor}'.",
                        )

    def dest_of(self, path: str) -> str:
        """Where the engine writes the file of docs path ``path`` (a page or a static file), relative to the site."""
        return File(path, self.config.docs_dir, self.config.site_dir, self.config.use_directory_urls).dest_uri


class LiveServer(LiveReloadServer):
    """MkDocs' own development server on a built site, reloading open pages after each build.

    Its own watcher polls every half second; this one is fed by a native watcher (inotify)
    with the caller's handler (``follow``), which asks for a build (``build_soon``). The
    server then waits for the save's events to stop (``build_delay``), calls ``builder``,
    and reloads the pages open in browsers. (``_watched_paths`` and ``_rebuild_cond`` are the
    server's own: a followed path is one it watches, and injects its reload script for.)
    """

    def __init__(self, site: Path, address: str, builder: Callable[[], None]):
        host, port = address.rsplit(":", 1)
        self._builder, self._shown = builder, False
        super().__init__(builder=self._build, host=host, port=int(port), root=str(site))
        # MkDocs types its observer as the polling one it starts; any watchdog observer serves.
        self.observer = Observer()  # type: ignore[assignment]
        self.build_delay = 0.05  # a save is often several events: build once they stop
        self.error_handler = lambda code: _error_page(site, code)

    def serve(self, *, open_in_browser: bool = False) -> None:
        """MkDocs' own serve loop (until interrupted), under a typed signature."""
        LiveReloadServer.serve(self, open_in_browser=open_in_browser)

    def follow(self, path: Path, handler: FileSystemEventHandler) -> None:
        self._watched_paths[str(path)] = 1
        self.observer.schedule(handler, str(path if path.is_dir() else path.parent), recursive=path.is_dir())

    def show(self) -> None:
        """Serve what is built so far and reload open pages, in the middle of a build (the saved record's
        page first); the build's end reloads them again. Pages are served while the build goes on."""
        with self._epoch_cond:
            self._visible_epoch = self._wanted_epoch
            self._epoch_cond.notify_all()
        self._shown = True

    def _build(self) -> None:
        """The builder, then, if it showed pages midway, a newer version for the server's loop to reload."""
        self._shown = False
        self._builder()
        if self._shown:
            self._wanted_epoch = max(self._wanted_epoch + 1, round(time.monotonic() * 1000))

    def build_soon(self) -> None:
        """What the server's own watcher does on a change: ask its build loop for a build."""
        with self._rebuild_cond:
            self._want_rebuild = True
            self._rebuild_cond.notify_all()


def _error_page(site: Path, code: int) -> bytes | None:
    page = site / "404.html"
    return page.read_bytes() if code == 404 and page.is_file() else None

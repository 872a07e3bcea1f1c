"""The researchers' preview (`make serve`): save a record, see its page.

It generates the build folder once, builds it with the engine in this process
(``Served``: MkDocs' configuration, files, navigation and theme kept in memory)
and serves it with the engine's development server, which reloads open pages.
One watcher (inotify, no polling) follows the data, the narrative, the templates,
the assets and mkdocs.yml. On a save it reads the data again, validates it, plans
the site, renders only the pages whose plan or records changed, writes only files
whose bytes changed, and the engine builds only those files again.

A data error, or an error in mkdocs.yml, a narrative file, a template or an
override, is printed in the terminal and shown over the page in the browser (the
same file:line messages), and the last good site stays served. A change to
the generator's own code restarts the preview.

Only the preview has the maintainers' pages: a coverage checklist per source
(ispk/plan/maintainers.py), refreshed like any page whose records changed. The
engine is told they are drafts (``draft_docs``): it serves them, keeps them out
of the sitemap, and would leave them out of any build of this folder.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

from .. import config as site_config
from .. import loader, routes, validate
from ..archive import ROOT
from ..build import Build
from ..model import Dataset
from ..plan.incremental import Incremental, changed
from ..plan.page import Plan
from ..releases.model import ChangesError
from ..render import Renderer, environment
from ..textfile import InputError
from . import differential, overrides
from . import folder as build_folder

ASSETS = Path(__file__).parent / "preview_assets"
HOOK = Path(__file__).parent / "preview_hook.py"
STATUS = "assets/preview/preview-status.json"
COLLECT_EVERY = 10
"""Saves between full garbage collections (``Preview._settle``)."""
WATCHED = (ROOT / "ispk", ROOT / "docs", ROOT / "overrides", ROOT / "mkdocs.yml")


@dataclass(frozen=True)
class Update:
    ok: bool
    rendered: int
    written: int
    seconds: float
    errors: str = ""
    paths: tuple[str, ...] = ()
    """The docs files written or removed: what the engine builds again (``Served``)."""
    reconfigured: bool = False
    """The engine's configuration (the navigation with it) or the overrides were written: the engine starts over."""
    first: tuple[str, ...] = ()
    """The pages of the saved records among ``paths``: the engine builds them first and serves them at once."""


class Preview:
    def __init__(self, folder: Path, build: Build | None = None, config_file: Path = site_config.CONFIG_FILE):
        self.folder = folder
        self.config_file = config_file
        self.build = build or Build(site_config.load(config_file))
        self.env = environment()
        self.plan: Plan | None = None
        self.planner = Incremental(self.build.steps(maintainers_pages=True))
        self.passed = validate.Passed()
        """The records that passed the checks of a record alone: the next save's validation skips them."""
        self.records: dict[tuple[str, str], object] = {}
        self.pages: dict[str, str] = {}
        self.encoded: dict[str, bytes] = {}
        """``pages`` as UTF-8, as written."""
        self.written: dict[str, bytes] = {}
        self.lock = threading.Lock()
        self.updates = 0

    # The build folder ------------------------------------------------------ #
    def _extra(self) -> dict[str, object]:
        conf = self.build.config.raw
        theme = dict(conf.get("theme") or {})
        if theme.get("custom_dir"):  # the last good copy (overrides.PREVIEW_FOLDER), relative to the folder's mkdocs.yml
            theme["custom_dir"] = overrides.PREVIEW_FOLDER
        return {
            "theme": theme,
            "extra_css": [*(conf.get("extra_css") or []), "assets/preview/preview.css"],
            "extra_javascript": [*(conf.get("extra_javascript") or []), "assets/preview/preview.js"],
            # Search follows every rebuild, in the background (ispk/adapters/preview_hook.py).
            "hooks": [str(HOOK)],
            "draft_docs": (conf.get("draft_docs") or "") + f"/{routes.MAINTAINERS}/\n",
        }

    def _write(self, files: dict[str, bytes]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Write what differs from the last write; remove what is gone. Returns the paths written and removed."""
        if not self.written:  # the first write: make the folder hold exactly these files
            done = build_folder.write_docs(self.folder / "docs", files)
            self.written = dict(files)
            return done.changed, done.removed
        changed = {p: c for p, c in files.items() if self.written.get(p) != c}
        for path, content in changed.items():
            build_folder.write_file(self.folder / "docs" / path, content)
        removed = tuple(sorted(self.written.keys() - files.keys()))
        for path in removed:
            (self.folder / "docs" / path).unlink(missing_ok=True)
        self.written = dict(files)
        return tuple(changed), removed

    def _status(self, ok: bool, errors: str = "") -> dict[str, bytes]:
        assets = {f"assets/preview/{f.name}": f.read_bytes() for f in ASSETS.iterdir() if f.is_file()}
        return {**assets, STATUS: json.dumps({"ok": ok, "errors": errors}).encode()}

    # One update ------------------------------------------------------------- #
    def update(self, dataset: Dataset, *, everything: bool = False, data_only: bool = True) -> Update:
        """Validate, plan, render what changed, write what differs. The last good site stays on error.

        ``data_only``: nothing but the data changed since the last update, so the plan is made
        again only where the changed records reach (plan/incremental.py); else in full.
        """
        start = time.perf_counter()
        with self.lock:
            try:
                return self._update(dataset, everything, data_only and not everything, start)
            except (InputError, ChangesError) as error:  # data, narrative, archive, template; a release tag
                return self._failed(str(error), start)
            finally:
                self._settle()

    def _settle(self) -> None:
        """Keep the garbage collector off what the preview holds between saves.

        The last plan, index and pages stay in memory (millions of objects at 1,000 events), and
        each save's collections walked them all again: a third of an update's time. Frozen after
        each update, they are left out of later collections (freed as usual once unreferenced);
        every ``COLLECT_EVERY`` saves a full collection frees what only cycles kept.
        """
        self.updates += 1
        if self.updates % COLLECT_EVERY == 0:
            gc.unfreeze()
            gc.collect()
        gc.freeze()

    def _update(self, dataset: Dataset, everything: bool, data_only: bool, start: float) -> Update:
        theme = overrides.check(self.build.config)  # before anything is written: a broken override changes nothing
        self.build.check(dataset, self.passed)
        if everything:  # the configuration may have changed: the planner starts over with it
            self.planner = Incremental(self.build.steps(maintainers_pages=True))
        _, plan = self.build.plan(dataset, planner=self.planner, data_only=data_only)
        records = self.planner.records  # the data just planned, by (kind, id)
        edited = changed(self.records, records)
        old = self.plan.pages if self.plan else {}
        # A page equal to its last self renders the same Markdown (the render step reads the page alone,
        # and a record's place in its file reaches a page only as its input files): not rendered again.
        todo = [
            path
            for path, page in plan.pages.items()
            if everything or path not in old or (old[path] is not page and old[path] != page)
        ]
        renderer = Renderer(self.env)
        # Rendered aside and kept only when every page rendered: a template error leaves the last good pages.
        made = {path: renderer.page(plan.pages[path]) for path in todo}
        pages = {**self.pages, **made}
        self.pages = {path: md for path, md in pages.items() if path in plan.pages}
        # Each page's bytes are kept with it: only the pages rendered now are encoded again.
        kept = self.encoded
        self.encoded = {path: kept[path] if path in kept and path not in made else md.encode() for path, md in self.pages.items()}
        files = {**self.encoded, **build_folder.contents({}, plan.files), **self._status(True)}
        theme_written = build_folder.write_docs(self.folder / overrides.PREVIEW_FOLDER, theme)
        written, removed = self._write(files)
        reconfigured = bool(theme_written.changed or theme_written.removed)
        if self.plan is None or self.plan.nav != plan.nav or everything:
            config = build_folder.engine_config(self.build.config, plan.nav, self.folder, self.folder / "docs", self._extra())
            build_folder.write_file(self.folder / "mkdocs.yml", config.encode())
            reconfigured = True
        if self.plan is None and self.build.pictures is not None:
            # The first plan read every picture from the cache; the first save that redraws one
            # would import Matplotlib (half a second): done now, while the site is first built.
            import_module("ispk.pictures.draw")
        self.plan, self.records = plan, records
        first = _first(edited, records, written)
        return Update(True, len(todo), len(written), time.perf_counter() - start, "", written + removed, reconfigured, first)

    def reload(self, changed: set[Path]) -> Update:
        """What a save means: new data, new narrative, new templates or assets, new configuration."""
        names = {p.name for p in changed}
        everything = any("templates" in p.parts for p in changed) or self.config_file.name in names
        try:
            if self.config_file.name in names:
                self.build.config = site_config.load(self.config_file)
            dataset = loader.reload() if any("data" in p.parts for p in changed) else loader.load()
        except InputError as error:  # mkdocs.yml; a data file Python cannot read or run
            return self._failed(str(error))
        if everything:
            self.env = environment()
        return self.update(dataset, everything=everything, data_only=all("data" in p.parts for p in changed))

    def _failed(self, message: str, start: float | None = None) -> Update:
        """Say what is wrong, in the terminal and over the page; the last good site stays."""
        print(message, file=sys.stderr)
        changed, removed = self._write({**{p: c for p, c in self.written.items() if p != STATUS}, **self._status(False, message)})
        return Update(False, 0, len(changed), time.perf_counter() - start if start else 0.0, message, changed + removed)


FIRST_AT_MOST = 3
"""A save that changed more records' pages than this builds them all in one go (``_first``)."""


def _first(
    edited: frozenset[tuple[str, str]], records: dict[tuple[str, str], object], written: tuple[str, ...]
) -> tuple[str, ...]:
    """The pages the saved records live on, among those written: the page a researcher is looking at."""
    pages = {routes.home_page(kind, records[kind, ident]) for kind, ident in edited if (kind, ident) in records}
    found = tuple(p for p in written if p in pages)
    return found if len(found) <= FIRST_AT_MOST else ()


def _code_changed(paths: set[Path]) -> bool:
    """A change to the generator's Python code (not the data): the preview restarts itself."""
    return any(p.suffix == ".py" and "ispk" in p.parts and "data" not in p.parts for p in paths)


class Served:
    """The engine's half of the preview: the build folder's pages built in this process into ``site/``, then served.

    The engine (``differential.Engine``: configuration, files, navigation, theme kept in memory)
    builds only the files an update wrote; it starts over (everything built) when the
    configuration, the navigation or the overrides were written, and lists the files again
    when one was added or removed.
    """

    def __init__(self, folder: Path):
        self.folder = folder
        self.site = folder / "site"
        self.engine: differential.Engine | None = None

    def render(self, update: Update, shown: Callable[[], None] | None = None) -> tuple[int, float]:
        """Build what ``update`` wrote; returns how many files and the seconds it took. Raises differential.EngineError.

        ``shown``: called once the saved records' own pages (``Update.first``) are built, before the
        other pages (those that list them, the indexes, the open data): the server serves them then.
        """
        start = time.perf_counter()
        docs = self.folder / "docs"
        # A file added or removed: the engine lists the folder again.
        known = self.engine.files.src_uris if self.engine else {}
        listed = all((docs / p).is_file() == (p in known) for p in update.paths)
        if self.engine is None or update.reconfigured or not listed:
            if self.engine is not None:
                self.engine.close()
            self.engine = None
            if update.reconfigured or not self.site.exists():
                shutil.rmtree(self.site, ignore_errors=True)
            engine = differential.Engine(self.folder / "mkdocs.yml", self.site, strict=False, serve=True)
            self.engine = engine
            if update.reconfigured or not (self.site / "index.html").exists():
                engine.build_all()
                return len(engine.files), time.perf_counter() - start
        if update.first and shown is not None:
            # Built again below with the others, so that every page ends as one build makes it
            # (a page built first saw the other pages' titles before they were read again).
            self.engine.render(update.first, finish=False)
            shown()
        self.engine.render(update.paths)
        return len(update.paths), time.perf_counter() - start

    def close(self) -> None:
        if self.engine is not None:
            self.engine.close()


def serve(folder: Path, address: str) -> int:
    from watchdog.events import FileSystemEvent, FileSystemEventHandler

    try:
        preview = Preview(folder)
    except InputError as error:  # mkdocs.yml cannot be read: there is no site to serve yet
        print(error, file=sys.stderr)
        return 1
    served = Served(folder)
    first = preview.reload({ROOT / "ispk" / "data"})
    try:
        _, seconds = served.render(first)
    except differential.EngineError as error:
        print(f"ispk preview: the engine failed: {error}", file=sys.stderr)
        return 1
    if first and first.ok:
        print(
            f"ispk preview: {len(preview.pages)} pages in {first.seconds:.1f} s, built in {seconds:.1f} s; "
            f"serving http://{address}/; what is left to catalogue in each source: "
            f"http://{address}/{routes.url_of(routes.coverage_path())}",
            file=sys.stderr,
        )
    pending: set[Path] = set()
    lock = threading.Lock()  # the watcher's thread adds, the server's build loop takes

    def flush() -> None:
        """One save (the server calls it once the save's events stop), then open pages reload."""
        with lock:
            changed = set(pending)
            pending.clear()
        if not changed:
            return
        if os.environ.get("ISPK_PREVIEW_DEBUG"):
            print("ispk preview: changed", sorted(map(str, changed)), file=sys.stderr)
        if _code_changed(changed):
            print("ispk preview: the generator's code changed; restarting", file=sys.stderr)
            os.execv(sys.executable, [sys.executable, "-m", "ispk", "serve", "--folder", str(folder), "--dev-addr", address])
        done = preview.reload(changed)
        try:
            files, seconds = served.render(done, server.show)
        except differential.EngineError as error:
            print(f"ispk preview: the engine failed: {error}", file=sys.stderr)
            return
        if done.ok:
            print(
                f"ispk preview: {done.rendered} page(s) rendered, {done.written} file(s) written in {done.seconds:.2f} s; "
                f"{files} file(s) built in {seconds:.2f} s",
                file=sys.stderr,
            )

    server = differential.LiveServer(served.site, address, flush)

    class Handler(FileSystemEventHandler):
        def on_any_event(self, event: FileSystemEvent) -> None:
            path = Path(os.fsdecode(getattr(event, "dest_path", "") or event.src_path))
            # Writes only: reading the data and narrative (opened, closed unwritten) is the preview's own doing.
            if event.event_type not in ("modified", "created", "deleted", "moved", "closed"):
                return
            if event.is_directory or "__pycache__" in path.parts or path.name.startswith("."):
                return
            with lock:
                pending.add(path)
            server.build_soon()

    for path in WATCHED:
        server.follow(path, Handler())
    try:
        server.serve()  # until interrupted; builds run in this thread, between requests served by others
        return 0
    except KeyboardInterrupt:
        return 0
    finally:
        server.shutdown()
        served.close()

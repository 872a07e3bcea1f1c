"""Pictures drawn at build time: a request (a plain spec) in, sanitised inline SVG out.

``Pictures`` is the picture cache of one build: it draws what is missing
(on every core when there is much to draw) and keeps each SVG in its cache
folder under a hash of the request and of this package's code, so a build
draws only the pictures whose data changed. Which picture goes on which page,
from which records, is decided in ``ispk.plan.figures``.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
BOUNDARIES = HERE / "pakistan-admin1.geojson"
# From this many missing pictures, they are drawn on every core (a cold 10,000-event
# build draws about 2,000; the engine itself uses one core).
PARALLEL_FROM = 40


Spec = dict[str, Any]
"""A drawing's JSON-able input, as ``ispk.plan.figures`` writes it (its hash is the cache key): each
drawing's docstring in ``draw`` lists its keys."""


@dataclass(frozen=True)
class Request:
    kind: str
    """A drawing in ``draw.DRAWINGS``: bars, timeline, chart, map, graph."""
    spec: Spec = field(hash=False)
    title: str
    desc: str


def code_version() -> str:
    """A hash of what draws the pictures: a change to it redraws every picture."""
    import graphviz
    import matplotlib

    # Graphviz's own version too: a new dot may lay the graph out differently.
    digest = hashlib.sha256(f"{matplotlib.__version__} {graphviz.__version__} {graphviz.version()}".encode())
    for name in ("__init__.py", "draw.py", "svg.py", "pakistan-admin1.geojson"):
        digest.update((HERE / name).read_bytes())
    return digest.hexdigest()[:16]


def draw_svg(request: Request, key: str) -> str:
    """Draw one picture (in this process or a worker): its sanitised SVG."""
    from .draw import DRAWINGS
    from .svg import render

    fig, links = DRAWINGS[request.kind](request.spec)
    return render(fig, f"pic-{key[:10]}", request.title, request.desc, links, _grow(request))


def _grow(request: Request) -> float:
    from .draw import FIXED_SIZE
    from .svg import GROW

    return 1.0 if request.kind in FIXED_SIZE else GROW


RELABELLED = "timeline"
"""The drawing whose marks' links (``href``, ``label``) are their only use: the same marks linked
elsewhere or named otherwise draw the same (``draw.timeline``: one link per mark, in order)."""
KEEP_DRAWN = 64
"""Drawings of timelines kept in memory, to be linked and named again (``Pictures._relabelled``)."""


def _unlinked(request: Request) -> str:
    """A timeline's drawing key: its request with every mark's link and name left out."""
    marks = [{k: v for k, v in m.items() if k not in ("href", "label")} for m in request.spec["marks"]]
    return json.dumps([request.kind, {**request.spec, "marks": marks}], sort_keys=True, ensure_ascii=False)


class Pictures:
    """The picture cache of one build."""

    def __init__(self, folder: Path, workers: int | None = None):
        self.folder = folder
        self.workers = workers if workers is not None else len(os.sched_getaffinity(0))
        self.version = code_version()
        self.drawn = 0
        self.reused = 0
        self._held: dict[str, str] = {}
        """SVGs this cache has read or drawn: the preview asks for the same pictures on every save."""
        self._drawn: dict[str, str] = {}
        """Timelines drawn here (``svg.drawn``), by ``_unlinked`` key: a save that renames an event
        names its mark again without drawing it again. The last ``KEEP_DRAWN`` drawn or used."""

    def key(self, request: Request) -> str:
        payload = [self.version, request.kind, request.spec, request.title, request.desc]
        return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()

    def _file(self, key: str) -> Path:
        return self.folder / f"{key[:32]}.svg"

    def svgs(self, requests: Iterable[Request]) -> dict[str, str]:
        """{key: SVG} for every request, drawing only those not in the cache."""
        keyed = {self.key(r): r for r in requests}
        out: dict[str, str] = {}
        missing = []
        for key, request in keyed.items():
            file = self._file(key)
            if key in self._held:
                out[key] = self._held[key]
                self.reused += 1
            elif file.is_file():
                out[key] = self._held[key] = file.read_text(encoding="utf-8")
                self.reused += 1
            else:
                missing.append((key, request))
        if len(missing) >= PARALLEL_FROM and self.workers > 1:
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(self.workers) as pool:
                drawn = list(pool.map(draw_svg, [r for _, r in missing], [k for k, _ in missing], chunksize=4))
        else:
            drawn = [self._relabelled(r, k) if r.kind == RELABELLED else draw_svg(r, k) for k, r in missing]
        for (key, _), svg in zip(missing, drawn, strict=True):
            self._store(key, svg)
            out[key] = self._held[key] = svg
        self.drawn += len(missing)
        return out

    def _relabelled(self, request: Request, key: str) -> str:
        """A timeline, drawn again only if its marks moved: else the drawing kept, linked and named anew."""
        from .draw import DRAWINGS
        from .svg import drawn, finish

        unlinked = _unlinked(request)
        raw = self._drawn.pop(unlinked, None)
        links = [(m["href"], m["label"]) for m in request.spec["marks"]]
        if raw is None:
            fig, made = DRAWINGS[request.kind](request.spec)
            assert made == links, "a timeline links each of its marks, in order"
            raw = drawn(fig)
        self._drawn[unlinked] = raw  # the most recent last
        while len(self._drawn) > KEEP_DRAWN:
            del self._drawn[next(iter(self._drawn))]
        return finish(raw, f"pic-{key[:10]}", request.title, request.desc, links, _grow(request))

    def _store(self, key: str, svg: str) -> None:
        file = self._file(key)
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            partial = file.with_suffix(f".{os.getpid()}.tmp")
            partial.write_text(svg, encoding="utf-8")
            partial.replace(file)  # atomic: a concurrent build never reads half a picture
        except OSError:
            pass  # a read-only checkout builds correctly, only slower

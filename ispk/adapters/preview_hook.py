"""An MkDocs hook for the preview only (make serve): search follows every rebuild.

The generated preview configuration lists this file under ``hooks``. After each
(dirty) rebuild it starts Pagefind over the served folder in the background, so
the saved page is served at once and search catches up a moment later. A published
build indexes in ``ispk.adapters.engine.publish`` instead, engine-neutrally.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ispk.adapters import search  # absolute: MkDocs loads this file by path, not as a package module


def on_post_build(config: Mapping[str, Any], **kwargs: object) -> None:
    search.index_in_background(Path(config["site_dir"]))

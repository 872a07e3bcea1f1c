"""mkdocs-gen-files script for the scale benchmark (stands in for scripts/gen_pages.py).

``scripts/bench.py`` writes a temporary mkdocs.yml, identical to the real one
except that gen-files runs this script. It builds the dataset named by
``ISPK_BENCH_DATA`` ("real" or a pickled synthetic dataset) with the real
pipeline and templates, hands the pages to MkDocs as gen_pages.py does, and
appends the time each step took to the JSON-lines file ``ISPK_BENCH_TIMINGS``.
"""
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import mkdocs_gen_files  # noqa: E402
from mkdocs.exceptions import PluginError  # noqa: E402

from ispk import build, validate  # noqa: E402
from scripts import bench_pipeline  # noqa: E402

base_url = mkdocs_gen_files.config.site_url or build.DEFAULT_BASE_URL
try:
    pages, files, timings = bench_pipeline.run(os.environ.get("ISPK_BENCH_DATA", "real"), base_url)
except validate.InvalidData as error:
    raise PluginError(str(error)) from None

start = time.perf_counter()
for path, markdown in pages.items():
    with mkdocs_gen_files.open(path, "w", encoding="utf-8") as handle:
        handle.write(markdown)
for path, content in files.items():
    with mkdocs_gen_files.open(path, "wb") as handle:
        handle.write(content)
timings["handoff"] = time.perf_counter() - start
timings["pages"] = len(pages)

if os.environ.get("ISPK_BENCH_TIMINGS"):
    with open(os.environ["ISPK_BENCH_TIMINGS"], "a", encoding="utf-8") as log:
        log.write(json.dumps(timings) + "\n")

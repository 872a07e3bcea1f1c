"""MkDocs hook: index the built site with Pagefind (ispk/search.py) after every build.

Runs in `mkdocs build` (so `make build` and the tests) and in `mkdocs serve`, whose
preview therefore always has search. A failed indexing fails the build; `make build`
then keeps the previous site.
"""
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mkdocs.exceptions import PluginError  # noqa: E402

from ispk import search  # noqa: E402


def on_post_build(config, **kwargs):
    try:
        report = search.index_site(Path(config["site_dir"]))
    except search.IndexError as error:
        raise PluginError(str(error)) from None
    print(f"INFO    -  Search: Pagefind indexed {report.pages} pages in {report.seconds:.1f} s "
          f"({report.bytes / 1e6:.1f} MB)", file=sys.stderr)
    if os.environ.get("ISPK_BENCH_TIMINGS"):  # make bench: the indexing step's own figures
        with open(os.environ["ISPK_BENCH_TIMINGS"], "a", encoding="utf-8") as log:
            log.write(json.dumps({"search_index_s": report.seconds, "search_index_rss_kb": report.peak_rss_kb,
                                  "search_index_pages": report.pages}) + "\n")

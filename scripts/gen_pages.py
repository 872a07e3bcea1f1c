"""MkDocs adapter: validate the data, generate the pages, hand them to mkdocs-gen-files.

This is the only file that knows about MkDocs. It runs inside `mkdocs build`
and `mkdocs serve`; a data error stops the build before anything is written.
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# `mkdocs serve` re-runs this script on every change: drop cached data modules
# so that an edited record is read again (ispk.memo holds only pure caches).
for name in [m for m in sys.modules if (m == "ispk" or m.startswith("ispk.")) and m != "ispk.memo"]:
    del sys.modules[name]

import mkdocs_gen_files  # noqa: E402
from mkdocs.exceptions import PluginError  # noqa: E402

from ispk import build, validate  # noqa: E402

base_url = mkdocs_gen_files.config.site_url or build.DEFAULT_BASE_URL
try:
    pages, files = build.build(base_url=base_url)
except validate.InvalidData as error:
    # A clean, complete message and a non-zero exit; nothing has been written.
    raise PluginError(str(error)) from None

for path, markdown in pages.items():
    with mkdocs_gen_files.open(path, "w", encoding="utf-8") as handle:
        handle.write(markdown)
for path, content in files.items():
    with mkdocs_gen_files.open(path, "wb") as handle:
        handle.write(content)

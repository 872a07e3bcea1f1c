"""Indexing the built site for search, with Pagefind, once the engine has written it.

Pagefind reads the built HTML and writes a chunked index to ``<site>/pagefind/``; a
browser fetches only the chunks a query needs. It indexes only the article of each
page (the theme marks it ``data-pagefind-body``), and inside it leaves out what the
templates mark ``data-search-exclude`` (listings repeated from a record's own page,
footnotes, the citation block, pictures): each record is indexed once, where it lives.
The filters and names come from each page's search slot (ispk/plan/search.py).
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

EXCLUDE_SELECTORS = ("[data-search-exclude]", ".headerlink", ".footnote-ref")
OUTPUT = "pagefind"


@dataclass(frozen=True)
class IndexReport:
    pages: int
    seconds: float
    bytes: int
    """Size of the bundle on disk (index, fragments, filters, scripts)."""
    log: str


class IndexError(RuntimeError):
    pass


def command(site_dir: Path, output: str = OUTPUT, exclude_selectors: Sequence[str] = EXCLUDE_SELECTORS) -> list[str]:
    """Pagefind's binary, from the pagefind[bin] wheel (no network), over a built site."""
    from pagefind_bin import get_executable

    out = [str(get_executable()), "--site", str(site_dir), "--output-subdir", output, "--force-language", "en"]
    for selector in exclude_selectors:
        out += ["--exclude-selectors", selector]
    return out


def index_site(
    site_dir: Path, *, output: str = OUTPUT, exclude_selectors: Sequence[str] = EXCLUDE_SELECTORS, quiet: bool = True
) -> IndexReport:
    """Index a built site; write ``<site_dir>/<output>/``. Raises IndexError with Pagefind's output on failure."""
    site_dir = Path(site_dir)
    start = time.perf_counter()
    proc = subprocess.run(
        command(site_dir, output, exclude_selectors), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, check=False
    )
    out = proc.stdout
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise IndexError(f"pagefind failed (exit {proc.returncode}):\n{out[-3000:]}")
    pages = _indexed_pages(out)
    if pages == 0:
        raise IndexError(f"pagefind indexed no page in {site_dir}: is data-pagefind-body on the pages?\n{out[-3000:]}")
    bundle = site_dir / output
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file())
    return IndexReport(pages=pages, seconds=seconds, bytes=size, log="" if quiet else out)


def _indexed_pages(log: str) -> int:
    for line in log.splitlines():
        line = line.strip()
        if line.startswith("Indexed ") and line.endswith((" page", " pages")):
            return int(line.split()[1].replace(",", ""))
    return 0


def index_in_background(site_dir: Path) -> subprocess.Popen[bytes]:
    """Start indexing and return at once (the preview: the saved page is served before search catches up).

    Runs ``python -m ispk.adapters.search SITE``, which takes a lock in the site folder, so
    that indexers started by saves in quick succession run one after the other.
    """
    import sys

    return subprocess.Popen(
        [sys.executable, "-m", "ispk.adapters.search", str(site_dir)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def main(site: str) -> int:
    import fcntl

    folder = Path(site)
    with open(folder / ".pagefind.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            index_site(folder)
        except IndexError as error:
            print(error)
            return 1
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1]))

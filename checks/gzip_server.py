"""A loopback server that gzips text as GitHub Pages does.

Lighthouse's simulated slow network and the search benchmark's byte counts would otherwise
charge every uncompressed byte of a page, a script or Pagefind's index (checks/lighthouse.py,
bench/search.py).
"""

from __future__ import annotations

import functools
import gzip
import http.server
from pathlib import Path

COMPRESS = (".html", ".css", ".js", ".json", ".svg", ".xml", ".csv", ".txt")


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        address = self.path.split("?", 1)[0]  # Pagefind asks for some files with a query (?ts=…)
        path = Path(self.translate_path(address))
        if path.is_dir():
            path = path / "index.html"
        # A folder asked for without its final slash is redirected first (the standard handler does that).
        if (
            path.suffix in COMPRESS
            and path.is_file()
            and address.endswith(("/", path.name))
            and "gzip" in self.headers.get("Accept-Encoding", "")
        ):
            body = _gzipped(str(path))
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(str(path)))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()


def serve(site: Path | str) -> http.server.ThreadingHTTPServer:
    """A server of ``site`` on a free loopback port (not yet started)."""
    return http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(GzipHandler, directory=str(site)))


@functools.cache
def _gzipped(path: str) -> bytes:
    return gzip.compress(Path(path).read_bytes(), 6, mtime=0)

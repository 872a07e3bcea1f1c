"""What `make rehearse` checks on the published gh-pages branch, served as GitHub Pages serves it.

GitHub Pages, for a project site: the branch's files under /<repository name>/, a folder's
index.html for the folder, and for any missing path the site's own /<name>/404.html with status 404
(GitHub's generic page when there is none). Then, in Chromium: every release folder and /latest/,
the redirects (root → latest → newest), search inside each release with every result inside it, the
version selector, the outdated banner, the 404 page, and no failed request on any of those pages;
and LinkChecker over every release: every internal link and anchor.
"""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urlsplit

from ispk.releases import versions

# Releases up to this one were built before overrides/main.html gave the 404 page's base its final
# slash: their 404 page makes two failed requests (sitemap.xml, ../versions.json), and a release
# never changes. The check holds every later release to it.
BASE_SLASH_FIXED_AFTER = "0.2.1"
QUERY = "Quetta"  # a place the sources name in every release, so each release's search finds it
GITHUB_404 = b"<html><body><h1>404</h1><p>File not found (GitHub's own page: the site has no 404.html)</p></body></html>"


class PagesHandler(http.server.SimpleHTTPRequestHandler):
    site = "/"

    def log_message(self, *args):
        pass

    def end_headers(self):
        self.send_header("LinkChecker", "allow")  # lets LinkChecker exceed 10 requests a second (loopback only)
        super().end_headers()

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        page = Path(self.directory) / self.site.strip("/") / "404.html"
        body = page.read_bytes() if page.is_file() else GITHUB_404
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A browser or LinkChecker that drops a connection mid-answer is not a problem of the site:
        # no traceback in the rehearsal's output for it. Anything else is still printed.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def check(www: Path, name: str, published: list[str], work: Path) -> list[str]:
    """Every problem found on the site served from ``www`` at /<name>/ ([] when it is all right)."""
    handler = functools.partial(type("Handler", (PagesHandler,), {"site": f"/{name}/"}), directory=str(www))
    server = QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/{name}/"
    try:
        problems = in_chromium(base, published)
        for version in published:
            problems += linkcheck(f"{base}{version}/", work)
    finally:
        server.shutdown()
    return problems


def in_chromium(base: str, published: list[str]) -> list[str]:
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    problems: list[str] = []
    newest = max(published, key=versions.parse)
    site = urlsplit(base).path
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium")
        tab = browser.new_page()
        failed: list[str] = []
        tab.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)

        def attempt(what: str, check) -> None:
            # A check that times out is a problem found, reported with the others.
            try:
                check()
            except PlaywrightError as error:
                problems.append(f"{what}: {str(error).splitlines()[0]}")

        def home(folder: str) -> None:
            tab.goto(f"{base}{folder}/")
            tab.wait_for_load_state("networkidle")
            if "Islamic State" not in tab.title():
                problems.append(f"/{folder}/: no site home page (title {tab.title()!r})")

        def redirects(start: str, end: str) -> None:
            tab.goto(base + start)
            tab.wait_for_url(f"{base}{end}", timeout=10_000)

        def release(version: str) -> None:
            tab.goto(f"{base}{version}/")
            tab.locator("header pagefind-modal-trigger button").click()
            tab.locator("pagefind-modal pagefind-input input").fill(QUERY)
            tab.wait_for_function("() => document.querySelector('pagefind-results a.pf-result-link[href]')", timeout=20_000)
            hrefs = tab.eval_on_selector_all("pagefind-results a.pf-result-link[href]", "as => as.map(a => a.href)")
            outside = [h for h in hrefs if not urlsplit(h).path.startswith(f"{site}{version}/")]
            if outside:
                problems.append(f"search in {version} leads outside it: {outside[:3]}")
            tab.keyboard.press("Escape")
            # Each entry: the version, and beside it its alias ("0.2.1latest" as text).
            listed = [
                versions.SEMVER.search(t)[0]
                for t in tab.locator(".md-version__link").all_inner_texts()
                if versions.SEMVER.search(t)
            ]
            if sorted(listed, key=versions.parse) != sorted(published, key=versions.parse):
                problems.append(f"the version selector of {version} lists {listed}, not {published}")
            banner = tab.locator(".release-outdated")
            if version == newest and banner.is_visible():
                problems.append(f"the newest release {version} says it is outdated")
            if version != newest:
                banner.wait_for(state="visible")
                tab.wait_for_function("() => document.querySelector('[data-latest-page]').href")
                href = tab.locator("[data-latest-page]").get_attribute("href") or ""
                if not urlsplit(href).path.startswith(f"{site}{newest}/"):
                    problems.append(f"the banner of {version} links to {href!r}, not into {newest}")

        def missing_page() -> None:
            failed.clear()
            response = tab.goto(f"{base}no-such-page/")
            tab.wait_for_load_state("networkidle")
            if response.status != 404 or tab.locator("header.md-header").count() != 1:
                problems.append(f"a missing page gets status {response.status} and not the site's own 404 page")
            if versions.parse(newest) > versions.parse(BASE_SLASH_FIXED_AFTER):
                problems.extend(f"failed request on the 404 page: {f}" for f in failed if not f.endswith("/no-such-page/"))

        try:
            for folder in [*published, versions.LATEST]:
                attempt(f"/{folder}/", functools.partial(home, folder))
            attempt("/ → latest → newest", lambda: redirects("", f"{newest}/"))
            page = "groups/islamic-state/"
            attempt("latest/ → newest", lambda: redirects(f"{versions.LATEST}/{page}", f"{newest}/{page}"))
            for version in published:
                attempt(f"release {version}", functools.partial(release, version))
            problems.extend(f"failed request: {f}" for f in failed)
            attempt("the 404 page", missing_page)
        finally:
            browser.close()
    return problems


def linkcheck(url: str, work: Path) -> list[str]:
    config = Path(__file__).with_name("rehearse_linkchecker.ini")
    done = subprocess.run(
        [str(Path(sys.executable).parent / "linkchecker"), "--config", str(config), url],
        capture_output=True,
        text=True,
        env={**os.environ, "HOME": str(work)},
    )
    return [] if done.returncode == 0 else [f"LinkChecker from {url}:\n{done.stdout[-4000:]}"]

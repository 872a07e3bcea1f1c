"""The built site: strict MkDocs build, every page kind, search, links and anchors."""

from __future__ import annotations

import functools
import gzip
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from conftest import ROOT, QuietHandler, build_site


def test_every_page_kind_is_built(built_site, dataset):
    for folder, records in (
        ("groups", dataset.groups),
        ("regions", dataset.regions),
        ("places", dataset.places),
        ("people", dataset.people),
        ("events", dataset.events),
        ("sources", dataset.sources),
    ):
        for r in records:
            assert (built_site / folder / r.id / "index.html").is_file(), (folder, r.id)
    assert (built_site / "years" / "2016" / "index.html").is_file()
    assert (built_site / "index.html").is_file()


def test_no_generated_page_is_committed():
    tracked = subprocess.run(["git", "ls-files", "docs"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    generated = [p for p in tracked if p.split("/")[1] in {"groups", "regions", "places", "people", "events", "years", "sources"}]
    assert generated == []


def test_no_external_fonts_or_cdn(built_site):
    html = (built_site / "index.html").read_text()
    assert "fonts.googleapis.com" not in html and "fonts.gstatic.com" not in html
    assert "cdn.jsdelivr" not in html and "unpkg.com" not in html


def test_navigation_does_not_embed_entity_pages(built_site, dataset):
    html = (built_site / "index.html").read_text()
    for e in dataset.events:
        assert f"events/{e.id}/" not in html


@functools.lru_cache(maxsize=1)
def _search_text(site: Path) -> str:
    """The text and metadata of every page in Pagefind's index (fragments are gzip, after a signature)."""
    out = []
    for path in (site / "pagefind" / "fragment").glob("*.pf_fragment"):
        raw = gzip.decompress(path.read_bytes())
        fragment = json.loads(raw[raw.index(b"{") :])
        out.append(fragment["content"] + " " + " ".join(fragment["meta"].values()))
    return "\n".join(out)


@pytest.mark.parametrize(
    "alias",
    [
        "Daesh",
        "Daish",
        "ISIS",
        "Wilayat-e-Khurasan",
        "Khorasan",
        "Tehreek-i-Taliban",
        "Tehrik-i-Taliban",
        "LeJ",
        "al-Qadia",
        "FATA",
    ],
)
def test_aliases_are_in_the_search_index(built_site, alias):
    assert alias in _search_text(built_site)


def test_citations_show_quotes_and_link_sources(built_site):
    html = (built_site / "groups" / "islamic-state" / "index.html").read_text()
    assert 'class="footnote"' in html
    assert "../../sources/000_91b91c98ed937f7f/" in html
    assert "the Islamic State group or IS" in html


def _linkcheck(url: str, home: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(Path(sys.executable).parent / "linkchecker"), "--config", str(ROOT / "tests" / "linkchecker.ini"), url],
        capture_output=True,
        text=True,
        timeout=1200,
        env={**os.environ, "HOME": str(home)},
    )


@pytest.mark.engine
def test_linkchecker_finds_no_broken_links_or_anchors_under_a_sub_path(subpath_site, tmp_path):
    """Built for https://<user>.github.io/<repo>/ and served only under that prefix (the browser tests' site).

    Links must be relative for the site to work both at a root (the strict
    build checks those) and under a prefix (this test); LinkChecker follows
    every link and anchor, including the absolute ones built from site_url.
    LinkChecker runs once, over the whole site: it is the slowest test.
    """
    checked = _linkcheck(subpath_site, tmp_path)
    assert checked.returncode == 0, checked.stdout[-6000:]
    assert "0 errors found" in checked.stdout
    # The crawl really covered the site, not just the home page.
    assert int(re.search(r"(\d+) links? in (\d+) URLs", checked.stdout).group(2)) > 100


@pytest.mark.engine
def test_bad_data_fails_the_build_with_a_clear_message_and_keeps_the_old_site(tmp_path, sources_dir):
    """Copy the project, break one record, run `make build`: it fails and site/ is untouched."""
    copy = tmp_path / "project"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(".venv", "site", ".site-*", ".git", "__pycache__", ".pytest_cache"))
    (copy / "site").mkdir()
    (copy / "site" / "index.html").write_text("previous site")
    groups = copy / "ispk" / "data" / "groups.py"
    groups.write_text(groups.read_text().replace('kind="militant faction"', 'kind="militant fraction"', 1))
    env = {**os.environ, "ISPK_SOURCES": str(sources_dir)}
    # -o venv: the copy uses this checkout's .venv as it is (never reinstalls the package from the copy).
    result = subprocess.run(
        ["make", "-s", "-o", "venv", "build", f"VENV={ROOT / '.venv'}"], cwd=copy, capture_output=True, text=True, env=env
    )
    assert result.returncode != 0
    assert "group 'jundullah', field 'kind': 'militant fraction' is not allowed" in result.stderr + result.stdout
    assert "Traceback" not in result.stderr
    assert (copy / "site" / "index.html").read_text() == "previous site"
    assert not (copy / ".site-next" / "index.html").exists()


def test_generate_writes_a_folder_any_engine_builds(tmp_path, sources_dir):
    """`make export`: Markdown, assets, data and citation files, and a configuration with the navigation as a list."""
    result = subprocess.run(
        [sys.executable, "-m", "ispk", "generate", "--folder", str(tmp_path / "out")], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    docs = tmp_path / "out" / "docs"
    assert (docs / "groups" / "islamic-state.md").is_file()
    assert (docs / "assets" / "site.css").is_file()
    assert (docs / "data" / "datapackage.json").is_file() and (docs / "cite" / "groups" / "islamic-state.bib").is_file()
    assert not (docs / "narrative").exists() and not (docs / "SUMMARY.md").exists()
    import yaml

    config = yaml.safe_load((tmp_path / "out" / "mkdocs.yml").read_text())
    assert config["docs_dir"] == "docs" and {"Home": "index.md"} in config["nav"]
    assert not {"gen-files", "literate-nav", "section-index"} & {
        p if isinstance(p, str) else next(iter(p)) for p in config["plugins"]
    }


def test_generate_writes_only_what_changed(tmp_path, sources_dir):
    folder = tmp_path / "out"
    command = [sys.executable, "-m", "ispk", "generate", "--folder", str(folder)]
    assert subprocess.run(command, cwd=ROOT, capture_output=True).returncode == 0
    stale = folder / "docs" / "groups" / "no-longer-generated.md"
    stale.write_text("old")
    page = folder / "docs" / "groups" / "islamic-state.md"
    before = page.stat().st_mtime_ns
    again = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert "0 written, 1 removed" in again.stderr, again.stderr
    assert page.stat().st_mtime_ns == before and not stale.exists()


@pytest.mark.parametrize("engine", ["properdocs"])
def test_another_engine_builds_the_same_pages_from_the_same_folder(built_site, tmp_path, engine):
    """ProperDocs, the maintained fork of MkDocs 1.x, builds the generated folder into the same set of pages."""
    result = build_site(tmp_path / "site", "--engine", engine)
    assert result.returncode == 0, result.stderr[-3000:]

    def files(site: Path) -> list[str]:
        # The search index's chunk names are hashes of their content, which includes each engine's own markup.
        return sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file() and "pagefind" not in p.parts)

    assert files(tmp_path / "site") == files(built_site)
    count = lambda site: json.loads((site / "pagefind" / "pagefind-entry.json").read_text())["languages"]["en"]["page_count"]
    assert count(tmp_path / "site") == count(built_site)
    page = "groups/islamic-state/index.html"
    strip = lambda html: re.sub(r'<meta name="generator"[^>]*>', "", html)
    assert strip((tmp_path / "site" / page).read_text()) == strip((built_site / page).read_text())


@pytest.mark.engine
def test_linkchecker_does_detect_a_broken_anchor(tmp_path):
    """Guards the test above: LinkChecker, as configured, fails on a missing anchor."""
    site = tmp_path / "tiny"
    site.mkdir()
    (site / "index.html").write_text('<html><body><a href="other.html#fact-missing">x</a></body></html>')
    (site / "other.html").write_text('<html><body><p id="fact-present">y</p></body></html>')
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        result = _linkcheck(f"http://127.0.0.1:{server.server_address[1]}/", tmp_path)
    finally:
        server.shutdown()
    assert result.returncode != 0
    assert "fact-missing" in result.stdout


ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")


def test_no_page_shows_an_escaped_entity_as_text(built_site):
    """Escaped exactly once: a reader never sees "&#95;" or "&amp;" (a value escaped twice)."""
    import lxml.html

    shown = []
    for file in sorted(built_site.rglob("*.html")):
        tree = lxml.html.fromstring(file.read_bytes())
        for element in tree.iter():
            if element.tag in ("script", "style") or not isinstance(element.tag, str):
                continue
            for text in (element.text, element.tail):
                if text and ENTITY.search(text):
                    shown.append((file.relative_to(built_site).as_posix(), ENTITY.search(text).group(0), text.strip()[:80]))
            for name, value in element.attrib.items():
                if name in ("title", "alt", "aria-label", "content") and ENTITY.search(value):
                    shown.append((file.relative_to(built_site).as_posix(), name, value[:80]))
    assert shown == []

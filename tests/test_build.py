"""The built site: strict MkDocs build, every page kind, search, links and anchors."""

from __future__ import annotations

import functools
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from conftest import PREFIX, ROOT, PrefixedHandler, QuietServer, build_site


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


LYCHEE_CONFIG = ROOT / "tests" / "lychee.toml"


def _pages(folder: Path, url: str) -> dict[str, Path]:
    """The address of every HTML file of ``folder`` served at ``url`` (a folder's index.html as the folder)."""
    return {url + p.relative_to(folder).as_posix().removesuffix("index.html"): p for p in sorted(folder.rglob("*.html"))}


def _script_sources(folder: Path, url: str) -> set[str]:
    """Every script a page of ``folder`` loads from the site's own server, resolved against the page's address."""
    import lxml.html

    sources = set()
    for page, file in _pages(folder, url).items():
        for src in lxml.html.fromstring(file.read_bytes()).xpath("//script/@src"):
            sources.add(urljoin(page, src))
    return {s for s in sources if urlsplit(s).netloc == urlsplit(url).netloc}


def _broken_links(folder: Path, url: str, workdir: Path) -> tuple[list[str], int]:
    """Broken links and anchors on every page of ``folder`` served at ``url``, and how many links were checked.

    lychee (tests/lychee.toml) reads every page and checks each link to the site's server and each
    anchor; it leaves out ``<script src>``, so those are fetched here.
    """
    lychee = Path(sys.executable).parent / "lychee"
    command = [str(lychee), "--config", str(LYCHEE_CONFIG), "--format", "json", *_pages(folder, url)]
    done = subprocess.run(command, cwd=workdir, capture_output=True, text=True, timeout=600)
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        return [f"lychee exited {done.returncode}: {done.stderr[-3000:]}"], 0
    broken = [f"{page}: {e['url']} ({e['status']['text']})" for page, errors in report["error_map"].items() for e in errors]
    if done.returncode != 0 and not broken:
        broken.append(f"lychee exited {done.returncode}: {done.stderr[-3000:]}")
    for source in sorted(_script_sources(folder, url)):
        try:
            urllib.request.urlopen(urllib.request.Request(source, method="HEAD"), timeout=20).close()
        except urllib.error.URLError as error:
            broken.append(f"script {source}: {error}")
    return broken, report["total"]


@pytest.mark.engine
def test_no_broken_link_or_anchor_under_a_sub_path(subpath_site, subpath_folder, tmp_path):
    """Built for https://<user>.github.io/<repo>/ and served only under that prefix (the browser tests' site).

    Links must be relative for the site to work both at a root (the strict build checks those)
    and under a prefix (this test): every link and anchor of every page, including the absolute
    ones built from site_url, resolves on the server, and a link that leaves the prefix fails.
    """
    broken, checked = _broken_links(subpath_folder, subpath_site, tmp_path)
    assert broken == []
    # Every page was read, not just the home page.
    assert len(_pages(subpath_folder, subpath_site)) > 100 and checked > 1000


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


def _generate(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ispk", "generate", "--folder", str(folder)], cwd=ROOT, capture_output=True, text=True
    )


@pytest.fixture(scope="module")
def exported(tmp_path_factory, sources_dir) -> Path:
    """One `python -m ispk generate` for the two tests below."""
    folder = tmp_path_factory.mktemp("export") / "out"
    result = _generate(folder)
    assert result.returncode == 0, result.stderr
    return folder


def test_generate_writes_a_folder_any_engine_builds(exported):
    """`make export`: Markdown, assets, data and citation files, and a configuration with the navigation as a list."""
    docs = exported / "docs"
    assert (docs / "groups" / "islamic-state.md").is_file()
    assert (docs / "assets" / "site.css").is_file()
    assert (docs / "data" / "datapackage.json").is_file() and (docs / "cite" / "groups" / "islamic-state.bib").is_file()
    assert not (docs / "narrative").exists() and not (docs / "SUMMARY.md").exists()
    import yaml

    config = yaml.safe_load((exported / "mkdocs.yml").read_text())
    assert config["docs_dir"] == "docs" and {"Home": "index.md"} in config["nav"]
    assert not {"gen-files", "literate-nav", "section-index"} & {
        p if isinstance(p, str) else next(iter(p)) for p in config["plugins"]
    }


def test_generate_writes_only_what_changed(exported, tmp_path):
    folder = tmp_path / "out"
    shutil.copytree(exported, folder)  # the generated folder, with its files' times
    stale = folder / "docs" / "groups" / "no-longer-generated.md"
    stale.write_text("old")
    page = folder / "docs" / "groups" / "islamic-state.md"
    before = page.stat().st_mtime_ns
    again = _generate(folder)
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
def test_the_link_check_does_detect_a_broken_link_anchor_and_script(tmp_path):
    """Guards the test above: the same check, on a tiny site, reports a missing anchor, page and script."""
    site = tmp_path / "tiny"
    (site / "ispk").mkdir(parents=True)
    (site / "ispk" / "index.html").write_text(
        '<html><head><script src="gone.js"></script></head><body><a href="other.html#fact-missing">x</a>'
        '<a href="other.html#fact-present">y</a><a href="../outside.html">z</a></body></html>'
    )
    (site / "ispk" / "other.html").write_text('<html><body><p id="fact-present">y</p></body></html>')
    (site / "outside.html").write_text("<html><body>outside the prefix</body></html>")
    handler = functools.partial(PrefixedHandler, directory=str(site / "ispk"))
    server = QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        broken, _ = _broken_links(site / "ispk", f"http://127.0.0.1:{server.server_address[1]}{PREFIX}", tmp_path)
    finally:
        server.shutdown()
    assert len(broken) == 3, broken
    for name in ("/ispk/other.html#fact-missing", "/outside.html", "/ispk/gone.js"):
        assert any(name in b for b in broken), (name, broken)


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

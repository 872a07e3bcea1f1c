"""Pictures (ispk/pictures): on the pages that should have them, accessible, linked, cached, deterministic."""
from __future__ import annotations

import posixpath
import re
from collections import Counter

import pytest

from ispk import dates, pictures
from ispk.index import UNDATED, Index
from ispk.markdown import page_path
from ispk.permanence import published, url_of
from ispk.site import Site

FIGURE = re.compile(r'<figure class="picture picture-(\w+)">\n(<svg.*?</svg>)\n<figcaption>(.*?)</figcaption>\n</figure>', re.S)
HREF = re.compile(r'<a xlink:href="([^"]*)"([^>]*)>')


def figures(page: str) -> list[tuple[str, str, str]]:
    return FIGURE.findall(page)


def kinds(page: str) -> Counter:
    return Counter(kind for kind, _, _ in figures(page))


@pytest.fixture(scope="module")
def ix(dataset):
    return Index(dataset)


# --------------------------------------------------------------------------- #
# Each page that should have a picture has it
# --------------------------------------------------------------------------- #


def test_overview_pages_have_their_pictures(pages, dataset):
    assert kinds(pages["index.md"])["bars"] == 1
    assert kinds(pages["years/index.md"])["bars"] == 1
    assert kinds(pages["regions/index.md"])["map"] == 1
    assert kinds(pages[pictures.GRAPH_PAGE])["graph"] == 1
    series = {s.series or s.id for s in dataset.statistics}
    assert kinds(pages["statistics/index.md"])["chart"] == len(series)


def test_the_graph_page_is_in_the_navigation(pages):
    assert "(relations/graph.md)" in pages["SUMMARY.md"]
    assert "graph.md" in pages["relations/index.md"]


def test_group_pages_have_a_timeline_and_their_neighbourhood(pages, dataset, ix):
    for g in dataset.groups:
        got = kinds(pages[page_path("group", g.id)])
        # A timeline places an event in its one year: an unknown or uncertain year has no place on it.
        dated = [e for e in ix.by_group[g.id]["events"] if dates.year_of(e.date) is not None]
        assert (got["timeline"] + got["bars"] == 1) == bool(dated), g.id
        assert got["graph"] == (1 if ix.by_group[g.id]["relations"] else 0), g.id


def test_region_pages_have_a_timeline_a_chart_and_the_map(pages, dataset, ix):
    mapped = set(pictures.UNIT_REGIONS.values()) | {"pakistan"}
    for r in dataset.regions:
        got = kinds(pages[page_path("region", r.id)])
        dated = [e for e in ix.by_region[r.id]["events"] if dates.year_of(e.date) is not None]
        assert (got["timeline"] + got["bars"] == 1) == bool(dated), r.id
        assert got["chart"] == (1 if ix.by_region[r.id]["statistics"] else 0), r.id
        assert got["map"] == (1 if r.id in mapped else 0), r.id
    # Balochistan is highlighted on its own page; Pakistan's page shades every unit.
    assert "with Balochistan highlighted" in pages["regions/balochistan.md"]
    assert "shaded by the number of events" in pages["regions/pakistan.md"]


def test_year_pages_have_a_timeline_and_a_chart(pages, ix):
    for y in ix.years:
        got = kinds(pages[page_path("year", y)])
        assert got["timeline"] + got["bars"] == (1 if ix.by_year[y]["events"] else 0), y
        assert got["chart"] == (1 if ix.by_year[y]["statistics"] else 0), y
    assert ix.years and UNDATED in ix.years


# --------------------------------------------------------------------------- #
# Accessible and valid inline SVG
# --------------------------------------------------------------------------- #


def _picture_pages(pages):
    return {p: s for p, s in pages.items() if '<figure class="picture' in s}


def test_every_svg_has_a_role_title_and_text_alternative(pages):
    found = 0
    for path, page in _picture_pages(pages).items():
        for kind, svg, caption in figures(page):
            found += 1
            opening = svg[: svg.index(">") + 1]
            role = re.search(r'role="(img|group)"', opening)
            assert role, (path, opening)
            title = re.search(r'<title id="([^"]+)">([^<]+)</title>', svg)
            desc = re.search(r'<desc id="([^"]+)">([^<]{40,})</desc>', svg)
            assert title and desc, (path, kind)
            assert title.group(1) in opening and desc.group(1) in opening, (path, kind)
            # Links inside an image role would be hidden from assistive technology.
            assert (role.group(1) == "group") == ("<a " in svg), (path, kind)
            assert caption.strip(), (path, kind)
            for a in HREF.finditer(svg):
                assert re.search(r'aria-label="[^"]+"', a.group(2)), (path, a.group(0))
    assert found > 50


def test_inline_svg_is_fit_for_a_page(pages):
    for path, page in _picture_pages(pages).items():
        for kind, svg, _ in figures(page):
            assert "<?xml" not in svg and "<!DOCTYPE" not in svg and "<style" not in svg, (path, kind)
            assert "\n\n" not in svg, (path, kind)   # a blank line would end the raw HTML block
            assert "#010101" not in svg and "#020202" not in svg, (path, kind)   # sentinels themed
        ids = re.findall(r'\sid="([^"]+)"', page)
        duplicates = [i for i, n in Counter(ids).items() if n > 1]
        assert not duplicates, (path, duplicates)


def test_every_link_inside_an_svg_resolves_to_a_page(pages):
    live = published(pages)
    checked = 0
    for path, page in _picture_pages(pages).items():
        base = url_of(path)
        for _, svg, caption in figures(page):
            targets = [m.group(1) for m in HREF.finditer(svg)] + re.findall(r'<a href="([^"]+)"', caption)
            for href in targets:
                assert not href.startswith(("/", "http:", "https:")), (path, href)
                target = href.split("#")[0]
                resolved = posixpath.normpath(posixpath.join(base or ".", target))
                resolved = "" if resolved == "." else resolved + "/"
                assert resolved in live, (path, href, resolved)
                checked += 1
    assert checked > 100


def test_the_about_page_credits_the_boundary_data(pages):
    about = pages["about.md"]
    assert "## Pictures and boundary data" in about and "Natural Earth" in about and "public domain" in about
    assert "Natural Earth" in pages["regions/index.md"]


# --------------------------------------------------------------------------- #
# The tables carry the same numbers
# --------------------------------------------------------------------------- #


def _table_after(page: str, figure_end: int) -> list[list[str]]:
    rest = page[figure_end:].lstrip("\n").removeprefix("</div>").lstrip("\n")  # past the search-excluded wrapper
    lines = []
    for line in rest.splitlines():
        if not line.startswith("|"):
            break
        lines.append([c.strip() for c in line.strip("|").split("|")])
    return lines


def test_overview_table_has_the_numbers_of_the_bars(pages, ix):
    page = pages["years/index.md"]
    m = FIGURE.search(page)
    rows = _table_after(page, m.end())
    assert rows and rows[0][0] == "Year" and rows[0][-1] == "Total"
    totals = {re.sub(r"\[([^\]]+)\].*", r"\1", r[0]): int(r[-1]) for r in rows[2:]}
    expected = {("Undated" if y == UNDATED else y): len(ix.by_year[y]["events"]) for y in ix.years if ix.by_year[y]["events"]}
    # An event whose year is uncertain is counted once, in a bar of its own ("2022 or 2023").
    for e in ix.data.events:
        if e.date and ix.year_uncertain(e.date):
            label = " or ".join(ix.years_of(e.date))
            expected[label] = expected.get(label, 0) + 1
    assert "2022 or 2023" in expected
    assert totals == expected
    labels = dict(re.findall(r'aria-label="([^:"]+): (\d+) events"', m.group(2)))
    assert {k: int(v) for k, v in labels.items()} == expected


def test_map_table_and_links_have_the_event_counts(pages, ix):
    page = pages["regions/index.md"]
    m = next(f for f in FIGURE.finditer(page) if f.group(1) == "map")
    rows = _table_after(page, m.end())
    counts = {r[0]: r[2] for r in rows[2:]}
    for code, region in pictures.UNIT_REGIONS.items():
        n = ix.rolled_up_count(region)
        assert counts[pictures.UNIT_NAMES[code]] == str(n)
        assert f'aria-label="{pictures.UNIT_NAMES[code]}: {n} event' in m.group(2)
    # The archive says nothing of any unit's status or history: the map claims none (issue 14).
    assert "Gilgit-Baltistan" in counts
    assert "disputed" not in m.group(0) and "merged" not in m.group(0) and "2018" not in m.group(0)


def test_charts_show_every_figure_of_their_series(pages, dataset):
    page = pages["statistics/index.md"]
    descs = " ".join(re.findall(r"<desc [^>]*>([^<]*)</desc>", page))
    for s in dataset.statistics:
        assert s.label[:30].replace("&", "&amp;").replace("'", "&#39;").replace('"', "&#34;") in descs, s.id


def test_graph_page_lists_every_relation(pages, dataset):
    page = pages[pictures.GRAPH_PAGE]
    m = FIGURE.search(page)
    rows = _table_after(page, m.end())
    assert len(rows) - 2 == len(dataset.relations)
    for r in dataset.relations:
        assert f'xlink:href="../../groups/{r.subject}/"' in m.group(2)


# --------------------------------------------------------------------------- #
# Deterministic and cached
# --------------------------------------------------------------------------- #


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("ISPK_PICTURE_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_same_data_gives_the_same_bytes(dataset, tmp_path, monkeypatch):
    site = Site(dataset)
    out = []
    for run in ("a", "b"):
        monkeypatch.setenv("ISPK_PICTURE_CACHE", str(tmp_path / run))
        before = pictures.STATS["rendered"]
        out.append(pictures.overview(site, "years/index.md") + pictures.map_block(site, "regions/index.md", None)
                   + pictures.graph_block(site, pictures.GRAPH_PAGE, None))
        assert pictures.STATS["rendered"] == before + 3   # drawn each time, not read from a cache
    assert out[0] == out[1]


def test_drawing_on_every_core_gives_the_same_pages(dataset, tmp_path, monkeypatch):
    """A cold build draws missing pictures in worker processes first; the pages must not change."""
    import os
    if len(os.sched_getaffinity(0)) < 2:
        pytest.skip("one core: decorate() never draws in parallel here")
    site = Site(dataset)
    pages = site.pages()
    out = []
    for run, start in (("serial", 10**9), ("parallel", 1)):
        monkeypatch.setenv("ISPK_PICTURE_CACHE", str(tmp_path / run))
        monkeypatch.setattr(pictures, "PARALLEL_FROM", start)
        before = pictures.STATS["rendered"]
        out.append(pictures.decorate(pages, site, "http://127.0.0.1:8000/")[0])
        drawn_here = pictures.STATS["rendered"] - before
        assert (drawn_here == 0) == (run == "parallel"), (run, drawn_here)
    assert out[0] == out[1]
    assert sorted(p.name for p in (tmp_path / "serial").iterdir()) == sorted(p.name for p in (tmp_path / "parallel").iterdir())


def test_another_process_draws_the_same_bytes(dataset, tmp_path, monkeypatch):
    """Hash salt, metadata and ids are fixed: a fresh interpreter writes the same SVG."""
    import subprocess
    import sys

    from conftest import ROOT
    code = ("import sys; from ispk import data, pictures; from ispk.site import Site; "
            "sys.stdout.write(pictures.map_block(Site(data.load()), 'regions/index.md', None))")
    env = {**__import__("os").environ, "ISPK_PICTURE_CACHE": str(tmp_path / "other")}
    other = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout
    monkeypatch.setenv("ISPK_PICTURE_CACHE", str(tmp_path / "here"))
    assert pictures.map_block(Site(dataset), "regions/index.md", None) == other


def test_a_cached_picture_is_not_drawn_again(dataset, fresh_cache, monkeypatch):
    site = Site(dataset)
    first = pictures.map_block(site, "regions/index.md", None)
    assert len(list(fresh_cache.glob("*.svg"))) == 1
    from ispk.pictures import draw

    def refuse(spec):
        raise AssertionError("drawn again although cached")
    monkeypatch.setitem(draw.DRAWINGS, "map", refuse)
    assert pictures.map_block(site, "regions/index.md", None) == first
    # Changed data misses the cache and is drawn.
    with pytest.raises(AssertionError, match="drawn again"):
        pictures.map_block(site, "regions/balochistan.md", "balochistan")


def test_a_page_with_many_events_gets_counts_not_marks(dataset, fresh_cache, monkeypatch):
    site = Site(dataset)
    events = site.ix.by_group["islamic-state"]["events"]
    path = page_path("group", "islamic-state")
    assert "picture-timeline" in pictures.timeline(site, path, events, "Islamic State", "years")
    monkeypatch.setattr(pictures, "MAX_MARKS", 5)
    block = pictures.timeline(site, path, events, "Islamic State", "years")
    assert "picture-bars" in block and "picture-timeline" not in block
    # Each bar links to its year page.
    assert 'xlink:href="../../years/2014/"' in block


def test_synthetic_pages_stay_light(tmp_path, monkeypatch):
    """Pictures on a 300-event synthetic site: bounded SVG per page."""
    from ispk import synthetic
    monkeypatch.setenv("ISPK_PICTURE_CACHE", str(tmp_path / "cache"))
    data, _ = synthetic.generate(300, seed=7)
    site = Site(data)
    pages, _ = pictures.decorate(site.pages(), site, "http://127.0.0.1:8000/")
    sizes = {path: sum(len(svg) for _, svg, _ in figures(p)) for path, p in pages.items()}
    assert kinds(pages["statistics/index.md"])["chart"] == pictures.MAX_SERIES   # not one per series at scale
    assert max(size for path, size in sizes.items() if path != "statistics/index.md") < 60_000
    assert sum(sizes.values()) / len(sizes) < 10_000


# --------------------------------------------------------------------------- #
# Seen in a browser: every picture has a size on screen, in both schemes
# --------------------------------------------------------------------------- #


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_pictures_are_visible_in_chromium(built_site, scheme, tmp_path):
    import functools
    import http.server
    import shutil
    import threading
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    sync_api = pytest.importorskip("playwright.sync_api")
    if not shutil.os.path.exists(chromium):
        pytest.skip("Debian's chromium is not installed")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(built_site))
    handler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=[
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"])
            page = browser.new_context(viewport={"width": 1200, "height": 900}, color_scheme=scheme).new_page()
            for path in ("", "regions/", "relations/graph/", "groups/islamic-state/", "regions/balochistan/", "years/2016/",
                         "statistics/"):
                page.goto(f"http://127.0.0.1:{server.server_port}/{path}")
                svgs = page.locator("figure.picture svg")
                assert svgs.count() >= 1, path
                for i in range(svgs.count()):
                    box = svgs.nth(i).bounding_box()
                    assert box and box["width"] > 200 and box["height"] > 80, (path, i, box)
                svgs.first.screenshot(path=str(tmp_path / f"{path.strip('/').replace('/', '-') or 'home'}-{scheme}.png"))
                # Text in the picture takes the page's text colour, so it reads in either scheme.
                text_colour = page.evaluate("getComputedStyle(document.querySelector('figure.picture svg text')).fill")
                body_colour = page.evaluate("getComputedStyle(document.querySelector('.md-typeset')).color")
                assert text_colour == body_colour, (path, text_colour, body_colour)
            browser.close()
    finally:
        server.shutdown()

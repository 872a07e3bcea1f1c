"""Pictures (ispk/plan/figures.py, drawn by ispk/pictures): on the pages that should have them, in their
sections, accessible, linked, cached, deterministic."""

from __future__ import annotations

import dataclasses
import posixpath
import re
from collections import Counter

import pytest

from factories import small
from ispk import dates, pictures, routes
from ispk.index import UNDATED, Index
from ispk.model import When
from ispk.plan import figures as producer
from ispk.releases.permanence import published
from ispk.routes import page_path, url_of

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
    assert kinds(pages[routes.GRAPH])["graph"] == 1
    series: dict[str, list] = {}
    for s in dataset.statistics:
        series.setdefault(s.series or s.id, []).append(s)
    # A chart only where a series has two figures in one unit to compare (issue 22).
    assert kinds(pages["statistics/index.md"])["chart"] == sum(bool(producer.compared(v)) for v in series.values())


def test_the_graph_page_is_in_the_navigation(pages, output):
    assert routes.GRAPH in [entry.path for entry in output.nav]
    assert "graph.md" in pages["relations/index.md"]


def test_group_pages_have_a_timeline_and_their_neighbourhood(pages, dataset, ix):
    for g in dataset.groups:
        got = kinds(pages[page_path("group", g.id)])
        # A timeline places an event in its one year: an unknown or uncertain year has no place on it.
        dated = [e for e in ix.by_group[g.id]["events"] if dates.year_of(e.date) is not None]
        assert (got["timeline"] + got["bars"] == 1) == bool(dated), g.id
        assert got["graph"] == (1 if ix.by_group[g.id]["relations"] else 0), g.id


def test_region_pages_have_a_timeline_a_chart_and_the_map(pages, dataset, ix):
    mapped = set(ix.unit_regions().values()) | {"pakistan"}
    for r in dataset.regions:
        got = kinds(pages[page_path("region", r.id)])
        dated = [e for e in ix.by_region[r.id]["events"] if dates.year_of(e.date) is not None]
        assert (got["timeline"] + got["bars"] == 1) == bool(dated), r.id
        assert got["chart"] == (1 if producer.compared(ix.by_region[r.id]["statistics"]) else 0), r.id
        assert got["map"] == (1 if r.id in mapped else 0), r.id
    # Balochistan is highlighted on its own page; Pakistan's page shades every unit.
    assert "with Balochistan highlighted" in pages["regions/balochistan.md"]
    assert "shaded by the number of events" in pages["regions/pakistan.md"]


def test_year_pages_have_a_timeline_and_a_chart(pages, ix):
    for y in ix.years:
        got = kinds(pages[page_path("year", y)])
        assert got["timeline"] + got["bars"] == (1 if ix.by_year[y]["events"] else 0), y
        assert got["chart"] == (1 if producer.compared(ix.by_year[y]["statistics"]) else 0), y
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
    assert found > 40


def test_inline_svg_is_fit_for_a_page(pages):
    for path, page in _picture_pages(pages).items():
        for kind, svg, _ in figures(page):
            assert "<?xml" not in svg and "<!DOCTYPE" not in svg and "<style" not in svg, (path, kind)
            assert "\n\n" not in svg, (path, kind)  # a blank line would end the raw HTML block
            assert "#010101" not in svg and "#020202" not in svg, (path, kind)  # sentinels themed
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
    labels = dict(re.findall(r'aria-label="([^:"]+): (\d+) events?"', m.group(2)))
    assert {k: int(v) for k, v in labels.items()} == expected


def test_map_table_and_links_have_the_event_counts(pages, ix):
    page = pages["regions/index.md"]
    m = next(f for f in FIGURE.finditer(page) if f.group(1) == "map")
    rows = _table_after(page, m.end())
    counts = {r[0]: r[2] for r in rows[2:]}
    assert set(ix.unit_regions()) == {"PK-BA", "PK-KP", "PK-TA", "PK-PB", "PK-SD", "PK-IS"}
    for code, region in ix.unit_regions().items():
        assert counts[producer.UNIT_NAMES[code]] != "—", code  # a unit with a page never reads "no page"
        n = len(ix.events_in(region))
        assert counts[producer.UNIT_NAMES[code]] == str(n)
        assert f'aria-label="{producer.UNIT_NAMES[code]}: {n} event' in m.group(2)
    # The archive says nothing of any unit's status or history: the map claims none (issue 14).
    assert "Gilgit-Baltistan" in counts
    assert "disputed" not in m.group(0) and "merged" not in m.group(0) and "2018" not in m.group(0)


def test_charts_show_every_figure_of_their_series(pages, dataset):
    """Every figure that shares its series' unit with another is drawn; one alone is a row, not a chart."""
    page = pages["statistics/index.md"]
    descs = " ".join(re.findall(r"<desc [^>]*>([^<]*)</desc>", page))
    series: dict[str, list] = {}
    for s in dataset.statistics:
        series.setdefault(s.series or s.id, []).append(s)
    for s in (s for v in series.values() for s in producer.compared(v)):
        assert s.label[:30].replace("&", "&amp;").replace("'", "&#39;").replace('"', "&#34;") in descs, s.id


def test_graph_page_lists_every_relation(pages, dataset):
    page = pages[routes.GRAPH]
    m = FIGURE.search(page)
    rows = _table_after(page, m.end())
    assert len(rows) - 2 == len(dataset.relations)
    for r in dataset.relations:
        assert f'xlink:href="../../groups/{r.subject}/"' in m.group(2)


# --------------------------------------------------------------------------- #
# Each picture in its section, by the heading's id (not its words)
# --------------------------------------------------------------------------- #

# (page kind, slot) -> the id of the heading the picture must follow, None: before the first section.
PLACES = {
    ("group", "timeline"): "events",
    ("group", "graph"): "relations-with-other-groups",
    ("region", "timeline"): "events",
    ("region", "chart"): "figures",
    ("region", "map"): None,
    ("year", "timeline"): "events",
    ("year", "chart"): "statistics",
}


def _section_of(html: str, marker: str) -> str | None:
    """The id of the last <h2> before ``marker`` in the HTML (None if there is none)."""
    before = html[: html.index(marker)]
    ids = re.findall(r'<h2 id="([^"]+)"', before)
    return ids[-1] if ids else None


def _html(markdown_text: str) -> str:
    import markdown

    from ispk import config

    body = markdown_text.split("---\n", 2)[2]
    extensions = [e if isinstance(e, str) else next(iter(e)) for e in config.load().raw["markdown_extensions"]]
    return markdown.markdown(body, extensions=extensions)


def test_every_picture_lands_in_its_section(output):
    checked = 0
    for path, page in output.plan.pages.items():
        for slot, figure in page.slots.items():
            if (page.kind, slot) not in PLACES or figure is None:
                continue
            html = _html(output.pages[path])
            marker = f'<figure class="picture picture-{figure.kind}">\n{figure.svg[:200]}'
            assert marker in html, (path, slot)
            assert _section_of(html, marker) == PLACES[page.kind, slot], (path, slot)
            checked += 1
    assert checked > 20


def test_renaming_a_heading_does_not_move_its_picture(dataset, sources_dir, tmp_path):
    """Templates place slots by name: "## Events" reworded, the timeline stays in the events section."""
    from jinja2 import Environment, FunctionLoader, PackageLoader, StrictUndefined

    from ispk.build import Build
    from ispk.render import Renderer, environment
    from ispk.render.markdown import text

    package = PackageLoader("ispk", "templates")
    env = environment()

    def reworded(name):
        source, filename, uptodate = package.get_source(env, name)
        return source.replace("## Events { #events }", "## Events recorded here { #events }"), filename, uptodate

    env = Environment(
        loader=FunctionLoader(reworded),
        autoescape=True,
        finalize=text,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=StrictUndefined,
    )
    build = Build(sources=sources_dir, narrative=None, cache=tmp_path, citations=False, opendata=False)
    _, plan = build.plan(dataset)
    page = Renderer(env).page(plan.pages["groups/islamic-state.md"])
    assert "## Events recorded here { #events }" in page
    html = _html(page)
    figure = plan.pages["groups/islamic-state.md"].slots["timeline"]
    marker = f'<figure class="picture picture-{figure.kind}">'
    assert _section_of(html, marker) == "events"
    assert html.index("Events recorded here") < html.index(marker)


# --------------------------------------------------------------------------- #
# Deterministic and cached
# --------------------------------------------------------------------------- #


def _three(ix: Index) -> list[producer.Wanted]:
    features = producer._boundaries()
    return [
        producer.overview(ix, "years/index.md"),
        producer.map_picture(ix, "regions/index.md", None, features),
        producer.graph(ix, routes.GRAPH, None),
    ]


def _svgs(cache: pictures.Pictures, wants: list[producer.Wanted]) -> list[str]:
    found = cache.svgs(w.request for w in wants)
    return [found[cache.key(w.request)] for w in wants]


def test_same_data_gives_the_same_bytes(dataset, tmp_path):
    ix = Index(dataset)
    out = []
    for run in ("a", "b"):
        cache = pictures.Pictures(tmp_path / run, workers=1)
        out.append(_svgs(cache, _three(ix)))
        assert cache.drawn == 3 and cache.reused == 0  # drawn each time, not read from a cache
    assert out[0] == out[1]


def test_drawing_on_every_core_gives_the_same_pictures(dataset, tmp_path, monkeypatch):
    """A cold build draws many missing pictures in worker processes; the pictures must not change."""
    import os

    if len(os.sched_getaffinity(0)) < 2:
        pytest.skip("one core: pictures are never drawn in parallel here")
    ix = Index(dataset)
    wants = [
        producer.timeline(page_path("group", g.id), ix.by_group[g.id]["events"], g.name, "years") for g in dataset.groups
    ] + _three(ix)
    wants = [w for w in wants if w is not None]
    monkeypatch.setattr(pictures, "PARALLEL_FROM", 1)
    serial = _svgs(pictures.Pictures(tmp_path / "serial", workers=1), wants)
    parallel = _svgs(pictures.Pictures(tmp_path / "parallel", workers=2), wants)
    assert serial == parallel
    assert sorted(p.name for p in (tmp_path / "serial").iterdir()) == sorted(p.name for p in (tmp_path / "parallel").iterdir())


def test_another_process_draws_the_same_bytes(dataset, tmp_path):
    """Hash salt, metadata and ids are fixed: a fresh interpreter writes the same SVG."""
    import subprocess
    import sys

    from conftest import ROOT

    code = (
        "import sys, pathlib; from ispk import loader, pictures; from ispk.index import Index; "
        "from ispk.plan import figures as f; ix = Index(loader.load()); "
        "w = f.map_picture(ix, 'regions/index.md', None, f._boundaries()); "
        f"c = pictures.Pictures(pathlib.Path({str(tmp_path / 'other')!r}), workers=1); "
        "sys.stdout.write(c.svgs([w.request])[c.key(w.request)])"
    )
    other = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    ix = Index(dataset)
    w = producer.map_picture(ix, "regions/index.md", None, producer._boundaries())
    assert _svgs(pictures.Pictures(tmp_path / "here", workers=1), [w]) == [other]


def test_a_cached_picture_is_not_drawn_again(dataset, tmp_path, monkeypatch):
    ix = Index(dataset)
    features = producer._boundaries()
    first = _svgs(pictures.Pictures(tmp_path, workers=1), [producer.map_picture(ix, "regions/index.md", None, features)])
    assert len(list(tmp_path.glob("*.svg"))) == 1
    from ispk.pictures import draw

    def refuse(spec):
        raise AssertionError("drawn again although cached")

    monkeypatch.setitem(draw.DRAWINGS, "map", refuse)
    cache = pictures.Pictures(tmp_path, workers=1)
    assert _svgs(cache, [producer.map_picture(ix, "regions/index.md", None, features)]) == first
    assert cache.reused == 1 and cache.drawn == 0
    # Changed data misses the cache and is drawn.
    with pytest.raises(AssertionError, match="drawn again"):
        _svgs(cache, [producer.map_picture(ix, "regions/balochistan.md", "balochistan", features)])


def test_a_page_with_many_events_gets_counts_not_marks(dataset, tmp_path, monkeypatch):
    ix = Index(dataset)
    events = ix.by_group["islamic-state"]["events"]
    path = page_path("group", "islamic-state")
    assert producer.timeline(path, events, "Islamic State", "years").request.kind == "timeline"
    monkeypatch.setattr(producer, "MAX_MARKS", 5)
    want = producer.timeline(path, events, "Islamic State", "years")
    assert want.request.kind == "bars"
    # Each bar links to its year page.
    assert "../../years/2014/" in want.request.spec["hrefs"]


def test_synthetic_pages_stay_light(tmp_path):
    """Pictures on a 300-event synthetic site: bounded SVG per page."""
    from bench import synthetic
    from ispk.build import Build

    data, _ = synthetic.generate(300, seed=7)
    pages = Build(narrative=None, cache=tmp_path, citations=False, opendata=False).run(data, check=False).pages
    sizes = {path: sum(len(svg) for _, svg, _ in figures(p)) for path, p in pages.items()}
    assert 0 < kinds(pages["statistics/index.md"])["chart"] <= producer.MAX_SERIES  # not one per series at scale
    assert max(size for path, size in sizes.items() if path != "statistics/index.md") < 60_000
    assert sum(sizes.values()) / len(sizes) < 10_000


# --------------------------------------------------------------------------- #
# Seen in a browser: every picture has a size on screen, in both schemes
# --------------------------------------------------------------------------- #


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_pictures_are_visible_in_chromium(served_site, chromium, scheme, tmp_path):
    """On the site and in the browser the other browser tests share (conftest.py)."""
    context = chromium.new_context(viewport={"width": 1200, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    for path in (
        "",
        "regions/",
        "places/",
        "relations/",
        "relations/graph/",
        "groups/islamic-state/",
        "regions/balochistan/",
        "years/2016/",
        "statistics/",
    ):
        page.goto(served_site + path)
        svgs = page.locator("figure.picture svg")
        assert svgs.count() >= 1, path
        for i in range(svgs.count()):
            box = svgs.nth(i).bounding_box()
            assert box and box["width"] > 200 and box["height"] > 60, (path, i, box)
        svgs.first.screenshot(path=str(tmp_path / f"{path.strip('/').replace('/', '-') or 'home'}-{scheme}.png"))
        # Text in the picture takes the page's text colour, so it reads in either scheme.
        text_colour = page.evaluate("getComputedStyle(document.querySelector('figure.picture svg text')).fill")
        body_colour = page.evaluate("getComputedStyle(document.querySelector('.md-content .md-typeset')).color")
        assert text_colour == body_colour, (path, text_colour, body_colour)
    context.close()


@pytest.mark.parametrize(
    "since, label",
    [
        (When(date="2016"), "reported pledge in 2016"),
        (When(date="2014-10", basis="inferred", reason="last month"), "reported pledge in 2014 (inferred)"),
        (When(date="2016", qualifier="by", basis="inferred", reason="a claim"), "reported pledge by 2016 (inferred)"),
        (None, "reported pledge"),
    ],
)
def test_a_graph_label_gives_the_year_with_its_qualifier_and_mark(since, label):
    relation = dataclasses.replace(small().relations[0], since=since)
    [edge] = producer._edges([relation], {"jundullah", "islamic-state"})
    assert " ".join(edge["label"].split()) == label  # wrapped to fit its arrow


def test_a_timeline_renamed_is_linked_and_named_again_not_drawn_again(dataset, tmp_path, monkeypatch):
    """The preview renames an event: its timelines keep their drawing (Pictures._relabelled), and give
    the bytes a drawing from scratch gives; a mark moved is drawn again."""
    from ispk.pictures import draw

    ix = Index(dataset)
    g = max(dataset.groups, key=lambda g: len(ix.by_group[g.id]["events"]))
    events = list(ix.by_group[g.id]["events"])
    e = next(e for e in events if e.date is not None and dates.parse(e.date.date).year is not None)

    def request(changed):
        return producer.timeline(page_path("group", g.id), [changed if x is e else x for x in events], g.name, "years").request

    first = request(e)
    assert first.kind == pictures.RELABELLED
    renamed = request(dataclasses.replace(e, id="renamed-event", title=e.title + " renamed"))
    year = dates.parse(e.date.date).year
    elsewhere = f"{year}-01" if e.date.date != f"{year}-01" else f"{year}-12"  # the same year: only its mark moves
    moved = request(dataclasses.replace(e, date=dataclasses.replace(e.date, date=elsewhere)))
    assert {k: v for k, v in moved.spec.items() if k != "marks"} == {k: v for k, v in first.spec.items() if k != "marks"}
    drawings = []
    timeline = draw.DRAWINGS["timeline"]
    monkeypatch.setitem(draw.DRAWINGS, "timeline", lambda spec: drawings.append(1) or timeline(spec))
    cache = pictures.Pictures(tmp_path / "kept", workers=1)
    got = [cache.svgs([r])[cache.key(r)] for r in (first, renamed, moved)]
    assert len(drawings) == 2  # the first and the moved one
    assert got == [pictures.draw_svg(r, cache.key(r)) for r in (first, renamed, moved)]
    assert "renamed" in got[1] and got[1] != got[0] and got[2] != got[0]

"""The site as readers use it, in Debian's Chromium driven by Playwright.

Search (every name, alias, region and place in the data), navigation and back,
the light/dark toggle, a 375 px phone, print to PDF, axe-core accessibility
rules on every page type in both schemes, no request to any host but the
site's own, and search with the network cut.

The site is built for, and served under, a sub-path on loopback
(http://127.0.0.1:<port>/ispk/), as GitHub Pages serves a project site.
Chromium and pdftotext come from Debian (`scripts/ensure_browser.sh`, run by
`make test`); no browser is ever downloaded. Run alone with
`.venv/bin/python -m pytest -m browser`.
"""
from __future__ import annotations

import functools
import http.server
import re
import shutil
import subprocess
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import ROOT, build_site

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
# No sandbox (the tests run as root in CI), no GPU, and none of Chromium's own
# calls home, so that every request recorded is one the site made.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
PREFIX = "/ispk/"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


def _page_types(dataset) -> dict[str, str]:
    """One page of every type, by a name for test ids: site-relative paths."""
    first = lambda records: sorted(records, key=lambda r: r.id)[0].id  # noqa: E731
    event = "quetta-attack-2016-08-08" if any(e.id == "quetta-attack-2016-08-08" for e in dataset.events) \
        else first(dataset.events)
    return {
        "home": "", "explainer": "explainer/", "methodology": "methodology/", "about": "about/",
        "accessibility": "accessibility/", "names": "names/", "data": "data/",
        **{f"{folder}-index": f"{folder}/" for folder in
           ("groups", "regions", "places", "years", "events", "people", "sources",
            "statements", "statistics", "relations")},
        "group": "groups/islamic-state/", "region": f"regions/{first(dataset.regions)}/",
        "place": f"places/{first(dataset.places)}/", "person": f"people/{first(dataset.people)}/",
        "event": f"events/{event}/", "year": "years/2016/", "undated": "years/undated/",
        "source": f"sources/{first(dataset.sources)}/", "404": "404.html",
    }


# --------------------------------------------------------------------------- #
# Fixtures: one build, one server, one browser for the module
# --------------------------------------------------------------------------- #

class _Quiet(http.server.SimpleHTTPRequestHandler):
    prefix = "/"

    def log_message(self, *args):
        pass

    def translate_path(self, path):
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "__outside_prefix__")
        return super().translate_path("/" + path[len(self.prefix):])


@pytest.fixture(scope="module")
def site_url(tmp_path_factory, sources_dir):
    """The site built for http://127.0.0.1:<port>/ispk/ and served there (threaded, loopback only)."""
    out = tmp_path_factory.mktemp("browser-site")
    handler = functools.partial(type("Handler", (_Quiet,), {"prefix": PREFIX}), directory=str(out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    url = f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
    result = build_site(out, env={"SITE_URL": url})
    assert result.returncode == 0, result.stderr[-3000:]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield url
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/ensure_browser.sh (make test does)")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def context(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    yield ctx
    ctx.close()


@pytest.fixture(scope="module")
def page_types(dataset):
    return _page_types(dataset)


# --------------------------------------------------------------------------- #
# Search: typed into Material's search box, as a reader types
# --------------------------------------------------------------------------- #

def _search_cases(dataset, descriptions: bool) -> list[tuple[str, str]]:
    """(query, expected page) for every name and alias of every group, region and place.

    Aliases of kind "description" (a phrase such as "IS group's branch in
    Afghanistan and Pakistan") are kept apart: nobody types them as a name.
    """
    cases = []
    for folder, records in (("groups", dataset.groups), ("regions", dataset.regions), ("places", dataset.places)):
        for r in records:
            names = [a.name for a in r.aliases if (a.kind == "description") == descriptions]
            for name in names if descriptions else [r.name, *names]:
                cases.append((name, f"{folder}/{r.id}/"))
    return cases


def _data():
    from ispk import data
    return data.load()


_DATA = _data()
SEARCH_CASES = _search_cases(_DATA, descriptions=False)
DESCRIPTION_CASES = _search_cases(_DATA, descriptions=True)
# The spellings the issue names, checked against the data rather than assumed.
NAMED_VARIANTS = {"Daesh": "islamic-state", "Daish": "islamic-state", "ISIS": "islamic-state", "IS": "islamic-state",
                  "Tehrik-i-Taliban Pakistan": "tehrik-i-taliban-pakistan", "Tehreek-i-Taliban": "tehrik-i-taliban-pakistan",
                  "Khorasan": "islamic-state-khorasan", "Khurasan": "islamic-state-khorasan"}
PLACES_WITH_EVENTS = sorted({p for e in _DATA.events for p in e.places})


@pytest.fixture(scope="module")
def search_page(browser, site_url):
    """One page kept open on the home page; each search clears the box and types anew."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    page = ctx.new_page()
    page.goto(site_url)
    yield page
    ctx.close()


def search(page, query: str, everything: bool = False) -> list[tuple[str, str]]:
    """Type the query; return the result pages as (site-relative path, title), in order, once the list settles.

    Material renders ten pages of results and more as the list scrolls;
    `everything` scrolls until every matching document is shown.
    """
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    box.press_sequentially(query, delay=15)
    page.wait_for_function(
        "() => !/Initializing|Type to start/.test(document.querySelector('.md-search-result__meta').textContent)")
    previous = None
    for _ in range(60):  # settled: the same results twice in a row, 150 ms apart
        page.wait_for_timeout(150)
        state = page.evaluate("""() => [document.querySelector('.md-search-result__meta').textContent,
            document.querySelectorAll('.md-search-result__item a').length,
            [...document.querySelectorAll('.md-search-result__item')].map(li => [li.querySelector('a').href,
              (li.querySelector('h1') || li).textContent.trim()])]""")
        if state == previous:
            break
        if everything:  # ask for more; when nothing more comes, the list is settled
            page.locator(".md-search-result__item").last.scroll_into_view_if_needed()
        previous = state
    pages = []
    for href, title in state[2]:
        path = urlsplit(href).path
        assert path.startswith(PREFIX), href
        if path[len(PREFIX):] not in [p for p, _ in pages]:
            pages.append((path[len(PREFIX):], title))
    return pages


def paths(results) -> list[str]:
    return [p for p, _ in results]


def test_the_variants_the_issue_names_are_in_the_data():
    names = {(n, f"groups/{g}/") for n, g in NAMED_VARIANTS.items()}
    assert names <= set(SEARCH_CASES), names - set(SEARCH_CASES)


@pytest.mark.parametrize(("query", "expected"), SEARCH_CASES, ids=[f"{q}->{e}" for q, e in SEARCH_CASES])
def test_search_finds_every_name_and_alias(search_page, query, expected):
    """The page is among the first ten results shown, not somewhere down the list."""
    results = paths(search(search_page, query))
    assert expected in results[:10], (query, results)


@pytest.mark.parametrize(("query", "expected"), DESCRIPTION_CASES, ids=[f"{q}->{e}" for q, e in DESCRIPTION_CASES])
def test_search_finds_every_descriptive_alias(search_page, query, expected):
    """Descriptive phrases share common words with many pages: the page must be among all the results shown."""
    results = search(search_page, query, everything=True)
    assert expected in paths(results), (query, results)


@pytest.mark.parametrize("place", PLACES_WITH_EVENTS)
def test_search_finds_events_by_place_name(search_page, place):
    """Typing a place's name finds the place page and every event named after the place.

    (Events that mention the place only in a table of a long page, such as a
    report covering several cities, are reached from the place page's list.)
    """
    name = next(p.name for p in _DATA.places if p.id == place)
    results = paths(search(search_page, name, everything=True))
    assert f"places/{place}/" in results[:10], (name, results)
    named = [e.id for e in _DATA.events if place in e.places and name.lower() in e.title.lower()]
    missing = [e for e in named if f"events/{e}/" not in results]
    assert not missing, (name, missing, results)


# --------------------------------------------------------------------------- #
# Navigation, colour scheme, phone
# --------------------------------------------------------------------------- #

def _h1(page) -> str:
    return page.locator("article h1").first.inner_text().rstrip("¶").strip()


def test_home_to_group_to_event_to_source_and_back(context, site_url):
    from playwright.sync_api import expect
    page = context.new_page()
    heading = page.locator("article h1").first
    page.goto(site_url)
    home = _h1(page)
    page.locator('article a[href$="groups/"]').first.click()
    page.wait_for_url(re.compile(r"/groups/$"))
    page.locator('article a[href*="islamic-state/"]').first.click()
    page.wait_for_url(re.compile(r"/groups/islamic-state/$"))
    expect(heading).to_contain_text("Islamic State")
    group = _h1(page)
    page.locator('article a[href*="/events/"]').first.click()
    page.wait_for_url(re.compile(r"/events/[^/]+/$"))
    expect(heading).not_to_have_text(re.compile("^" + re.escape(group) + "¶?$"))
    event_url, event = page.url, _h1(page)
    page.locator('article a[href*="/sources/"]').first.click()
    page.wait_for_url(re.compile(r"/sources/[^/]+/$"))
    expect(heading).not_to_have_text(re.compile("^" + re.escape(event) + "¶?$"))
    assert page.locator("article").inner_text().count("Source") > 0
    page.go_back()
    page.wait_for_url(event_url)
    expect(heading).to_have_text(re.compile("^" + re.escape(event)))
    page.go_back()
    page.wait_for_url(re.compile(r"/groups/islamic-state/$"))
    expect(heading).to_have_text(re.compile("^" + re.escape(group)))
    page.go_back()
    page.go_back()
    page.wait_for_url(site_url)
    expect(heading).to_have_text(re.compile("^" + re.escape(home)))


def test_keyboard_alone_skips_to_content_and_searches(context, site_url):
    """The first Tab reaches "Skip to content"; the "/" key opens search; Enter opens a result."""
    page = context.new_page()
    page.goto(site_url)
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.classList.contains('md-skip')")
    assert page.evaluate("() => document.activeElement.getBoundingClientRect().height > 0"), "skip link not shown on focus"
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile("#"))
    page.wait_for_timeout(300)
    page.keyboard.press("/")
    page.wait_for_function("() => document.activeElement.classList.contains('md-search__input')")
    page.keyboard.type("Quetta", delay=15)
    page.wait_for_selector(".md-search-result__item", state="attached")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/(places|events)/[^/]+/"))


def test_light_dark_toggle_changes_and_persists(context, site_url):
    page = context.new_page()
    page.goto(site_url)
    scheme = lambda: page.evaluate("() => document.body.getAttribute('data-md-color-scheme')")  # noqa: E731
    assert scheme() == "default"
    page.locator("form[data-md-component=palette] label:visible").first.click()
    page.wait_for_function("() => document.body.getAttribute('data-md-color-scheme') === 'slate'")
    page.locator('article a[href$="groups/"]').first.click()
    page.wait_for_url(re.compile(r"/groups/$"))
    assert scheme() == "slate"
    page.reload()
    assert scheme() == "slate"
    page.locator("form[data-md-component=palette] label:visible").first.click()
    page.wait_for_function("() => document.body.getAttribute('data-md-color-scheme') === 'default'")


def test_a_375px_phone_never_scrolls_sideways(browser, site_url, page_types):
    ctx = browser.new_context(viewport={"width": 375, "height": 812}, is_mobile=True, has_touch=True,
                              device_scale_factor=2)
    page = ctx.new_page()
    wide = {}
    try:
        for name, path in page_types.items():
            page.goto(site_url + path)
            width = page.evaluate("() => document.documentElement.scrollWidth")
            if width > 375:
                wide[name] = (width, page.evaluate("""() => [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > 376).slice(-3)
                    .map(e => e.tagName + '.' + e.className)"""))
    finally:
        ctx.close()
    assert not wide, wide


# --------------------------------------------------------------------------- #
# Print
# --------------------------------------------------------------------------- #

def test_a_printed_page_keeps_its_citations_and_shows_its_url(context, site_url, page_types, tmp_path):
    pdftotext = shutil.which("pdftotext")
    if not pdftotext:
        pytest.fail("pdftotext is missing: run scripts/ensure_browser.sh (make test does)")
    url = site_url + page_types["event"]
    page = context.new_page()
    page.goto(url)
    quotes = page.eval_on_selector_all(".footnote q.quote", "qs => qs.map(q => q.textContent)")
    assert quotes
    page.emulate_media(media="print")
    pdf = tmp_path / "page.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=False)
    text = subprocess.run([pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = re.sub(r"\s+", " ", text)
    unbroken = re.sub(r"\s+", "", text)
    for quote in quotes:
        assert re.sub(r"\s+", " ", quote) in flat or re.sub(r"\s+", "", quote) in unbroken, quote
    assert url in unbroken, "the page's address is not printed"
    assert "Cite this page" in flat


# --------------------------------------------------------------------------- #
# Accessibility: axe-core, WCAG 2.1 A/AA and best practices, light and dark
# --------------------------------------------------------------------------- #

def _axe_script() -> str:
    import axe_playwright_python
    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violation_on_any_page_type(browser, site_url, page_types, scheme):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    page = ctx.new_page()
    axe = _axe_script()
    found = {}
    try:
        for name, path in page_types.items():
            page.goto(site_url + path)
            expected = "slate" if scheme == "dark" else "default"
            assert page.evaluate("() => document.body.getAttribute('data-md-color-scheme')") == expected
            page.evaluate(axe)
            result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
            for v in result["violations"]:
                found.setdefault(name, []).append(
                    f"{v['id']} ({v['impact']}): {v['help']} — " + "; ".join(
                        f"{n['target']} {n.get('failureSummary', '')[:160]}" for n in v["nodes"][:3]))
    finally:
        ctx.close()
    assert not found, "\n".join(f"{k}: {line}" for k, lines in found.items() for line in lines)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_passes_with_the_search_dialog_open(browser, site_url, scheme):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    page = ctx.new_page()
    page.goto(site_url)
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").press_sequentially("Quetta")
    page.wait_for_selector(".md-search-result__item")
    page.evaluate(_axe_script())
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    ctx.close()
    assert not result["violations"], [(v["id"], [(n["target"], n.get("failureSummary", "")[:200]) for n in v["nodes"][:3]])
                                      for v in result["violations"]]


# --------------------------------------------------------------------------- #
# Privacy and offline
# --------------------------------------------------------------------------- #

def test_no_request_leaves_the_site(context, site_url, page_types):
    """No fonts, analytics or CDNs: every request while every page type loads (and a search runs) is to the site."""
    origin = urlsplit(site_url).netloc
    requests = []
    page = context.new_page()
    page.on("request", lambda r: requests.append(r.url))
    context.on("request", lambda r: requests.append(r.url))
    for path in page_types.values():
        page.goto(site_url + path, wait_until="networkidle")
    search(page, "Quetta")
    assert len(requests) > len(page_types)
    foreign = sorted({u for u in requests if urlsplit(u).scheme not in ("data", "blob") and urlsplit(u).netloc != origin})
    assert not foreign, foreign


def test_the_site_works_with_the_network_cut(context, site_url, page_types):
    """Nothing but loopback is reachable; then the network goes away entirely and search still answers."""
    blocked = []

    def only_loopback(route):
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort("internetdisconnected")

    context.route("**/*", only_loopback)
    page = context.new_page()
    page.goto(site_url + page_types["group"], wait_until="networkidle")
    assert _h1(page) == "Islamic State"
    # The stylesheet applied and the scripts ran (the search box is wired up).
    assert page.evaluate("() => getComputedStyle(document.querySelector('.md-header')).position") in ("sticky", "fixed")
    context.set_offline(True)
    try:
        results = paths(search(page, "Quetta"))
    finally:
        context.set_offline(False)
    assert "places/quetta/" in results, results
    assert not blocked, blocked

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

import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import PREFIX

pytestmark = [pytest.mark.browser, pytest.mark.engine]  # the module builds the site it drives

# wcag22aa adds target size (24 px), which Lighthouse checks: footnote markers beside a link once failed it.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def _page_types(dataset) -> dict[str, str]:
    """One page of every type, by a name for test ids: site-relative paths."""
    first = lambda records: sorted(records, key=lambda r: r.id)[0].id
    event = (
        "quetta-attack-2016-08-08" if any(e.id == "quetta-attack-2016-08-08" for e in dataset.events) else first(dataset.events)
    )
    return {
        "home": "",
        "explainer": "explainer/",
        "methodology": "methodology/",
        "about": "about/",
        "accessibility": "accessibility/",
        "names": "names/",
        "data": "data/",
        "changes": "changes/",
        "graph": "relations/graph/",
        "uncertain-year": "years/2022/",
        **{
            f"{folder}-index": f"{folder}/"
            for folder in (
                "groups",
                "regions",
                "places",
                "years",
                "events",
                "people",
                "sources",
                "statements",
                "statistics",
                "relations",
            )
        },
        "group": "groups/islamic-state/",
        "region": f"regions/{first(dataset.regions)}/",
        "place": f"places/{first(dataset.places)}/",
        "person": f"people/{first(dataset.people)}/",
        "event": f"events/{event}/",
        "year": "years/2016/",
        "undated": "years/undated/",
        "source": f"sources/{first(dataset.sources)}/",
        "404": "404.html",
    }


# --------------------------------------------------------------------------- #
# Fixtures: one build, one server, one browser for the module
# --------------------------------------------------------------------------- #


# The served site (`served_site`) and the browser (`chromium`) are built and launched once per
# session in conftest.py, shared with the picture-label test.
@pytest.fixture(scope="module")
def site_url(served_site):
    return served_site


@pytest.fixture(scope="module")
def browser(chromium):
    return chromium


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
    from ispk import loader

    return loader.load()


_DATA = _data()
SEARCH_CASES = _search_cases(_DATA, descriptions=False)
DESCRIPTION_CASES = _search_cases(_DATA, descriptions=True)
# The spellings the issue names, checked against the data rather than assumed.
NAMED_VARIANTS = {
    "Daesh": "islamic-state",
    "Daish": "islamic-state",
    "ISIS": "islamic-state",
    "IS": "islamic-state",
    "Tehrik-i-Taliban Pakistan": "tehrik-i-taliban-pakistan",
    "Tehreek-i-Taliban": "tehrik-i-taliban-pakistan",
    "Khorasan": "islamic-state-khorasan",
    "Khurasan": "islamic-state-khorasan",
}
PLACES_WITH_EVENTS = sorted({p for e in _DATA.events for p in e.places})


@pytest.fixture(scope="module")
def search_page(browser, site_url):
    """One page kept open on the home page; each search clears the box and types anew."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    page = ctx.new_page()
    page.goto(site_url)
    yield page
    ctx.close()


RESULT_LINKS = "pagefind-results a.pf-result-link"


def open_search(page):
    """The search dialog, opened from the header as a reader does (the trigger button)."""
    if not page.evaluate("() => document.querySelector('pagefind-modal').isOpen"):
        page.locator("header pagefind-modal-trigger button").click()
    box = page.locator("pagefind-modal pagefind-input input")
    box.wait_for(state="visible")
    return box


_STATE = """() => [document.querySelector('pagefind-summary').textContent.trim(),
    [...document.querySelectorAll('pagefind-results li.pf-result')].map(li => {
        const a = li.querySelector('a.pf-result-link');
        return [Number(li.dataset.pfResultIndex), a ? a.href : null, a ? a.textContent.trim() : null];
    })]"""


def scroll_to_result(page, index: int) -> None:
    """Bring a result's placeholder into view, found and scrolled in one step in the page: Pagefind
    re-renders the list while results load, so an element Playwright located a moment before may be
    detached by the time it scrolls ("Element is not attached to the DOM", seen under load)."""
    page.evaluate(
        "i => document.querySelector(`pagefind-results li[data-pf-result-index='${i}']`)?.scrollIntoView({block: 'nearest'})",
        index,
    )


def settled(page, query: str, everything: bool = False) -> list[tuple[str, str]]:
    """The results shown for the query, as (href, title) in Pagefind's rank order.

    Pagefind lists every result at once as a placeholder (its rank in data-pf-result-index)
    and loads each as it scrolls into view. The list is read once the summary names this
    query and the first results have loaded and stayed the same for half a second; with
    `everything`, each placeholder is scrolled into view in turn until all have loaded.
    """
    previous, state = None, None
    for _ in range(60):
        page.wait_for_timeout(250)
        state = page.evaluate(_STATE)
        first = min(state[1], default=None)
        done = query in state[0] and not state[0].lower().startswith("searching")
        if done and first is not None and not first[1]:
            # The list may still be scrolled down from the last search: bring the first result into view.
            scroll_to_result(page, 0)
        elif state == previous and done and (first is not None or state[0].startswith("0 ")):
            break
        previous = state
    for _ in range(200 if everything else 0):
        waiting = [r[0] for r in state[1] if not r[1]]
        if not waiting:
            break
        scroll_to_result(page, waiting[0])
        page.wait_for_timeout(60)
        state = page.evaluate(_STATE)
    return [(href, title) for _, href, title in sorted(state[1]) if href]


def search(page, query: str, everything: bool = False) -> list[tuple[str, str]]:
    """Search from the header's box; return the result pages as (site-relative path, title), in rank order.

    The words go in at once (one search, not one per keystroke); typing key by key is
    tested by the keyboard test.
    """
    box = open_search(page)
    box.fill(query)
    page.wait_for_function("q => document.querySelector('pagefind-summary').textContent.includes(q)", arg=query)
    pages = []
    for href, title in settled(page, query, everything):
        path = urlsplit(href).path
        assert path.startswith(PREFIX), href
        if path[len(PREFIX) :] not in [p for p, _ in pages]:
            pages.append((path[len(PREFIX) :], title))
    return pages


def paths(results) -> list[str]:
    return [p for p, _ in results]


def test_the_variants_the_issue_names_are_in_the_data():
    names = {(n, f"groups/{g}/") for n, g in NAMED_VARIANTS.items()}
    assert names <= set(SEARCH_CASES), names - set(SEARCH_CASES)


COUNTRIES = {f"regions/{r.id}" for r in _DATA.regions if r.kind == "country"}


@pytest.mark.parametrize(("query", "expected"), SEARCH_CASES, ids=[f"{q}->{e}" for q, e in SEARCH_CASES])
def test_search_finds_every_name_and_alias(search_page, query, expected):
    """A group's name or alias finds the group first; any other name finds its page in the first five.

    (Names are weighted metadata, ispk/render/helpers.py facets; a country's name is on nearly every page,
    so "Pakistan" may rank a few pages that carry it in their own names above it.)
    """
    results = paths(search(search_page, query))
    # A country's name is part of many other names ("Tehrik-i-Taliban Pakistan", "Pakistan–Afghanistan border").
    limit = 1 if expected.startswith("groups/") else 10 if expected.removesuffix("/") in COUNTRIES else 5
    assert expected in results[:limit], (query, results[:10])


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
    # The group's events are folded by year: a reader opens a year, then follows an event.
    page.locator("article details.by-year > summary", has_text=re.compile(r": \d+ events?$")).first.click()
    page.locator('article details.by-year[open] a[href*="/events/"]').first.click()
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
    """The first Tab reaches "Skip to content"; the "/" key opens search; the arrow keys reach a result; Enter opens it."""
    page = context.new_page()
    page.goto(site_url)
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.classList.contains('md-skip')")
    assert page.evaluate("() => document.activeElement.getBoundingClientRect().height > 0"), "skip link not shown on focus"
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile("#"))
    page.wait_for_timeout(300)
    page.keyboard.press("/")
    page.wait_for_function(
        "() => document.activeElement && document.activeElement.closest('pagefind-modal') !== null "
        "&& document.activeElement.tagName === 'INPUT'"
    )
    page.keyboard.type("Quetta", delay=15)
    page.wait_for_selector(RESULT_LINKS, state="visible")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("() => document.activeElement.matches('a.pf-result-link')"), "ArrowDown did not reach a result"
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/(places|events)/[^/]+/"))


def test_escape_closes_the_search_and_the_focus_returns(context, site_url):
    page = context.new_page()
    page.goto(site_url)
    page.keyboard.press("/")
    page.wait_for_function("() => document.querySelector('pagefind-modal').isOpen")
    page.keyboard.press("Escape")  # clears the box
    page.keyboard.press("Escape")  # closes the dialog
    page.wait_for_function("() => !document.querySelector('pagefind-modal').isOpen")
    assert page.evaluate("() => document.activeElement.closest('pagefind-modal-trigger') !== null")


def test_light_dark_toggle_changes_and_persists(context, site_url):
    page = context.new_page()
    page.goto(site_url)
    scheme = lambda: page.evaluate("() => document.body.getAttribute('data-md-color-scheme')")
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
    ctx = browser.new_context(viewport={"width": 375, "height": 812}, is_mobile=True, has_touch=True, device_scale_factor=2)
    page = ctx.new_page()
    wide = {}
    try:
        for name, path in page_types.items():
            page.goto(site_url + path)
            width = page.evaluate("() => document.documentElement.scrollWidth")
            if width > 375:
                wide[name] = (
                    width,
                    page.evaluate("""() => [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > 376).slice(-3)
                    .map(e => e.tagName + '.' + e.className)"""),
                )
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
    """axe, and every block of the page rendered for it.

    The site lets the browser skip rendering long blocks far from the screen
    (``content-visibility: auto``, docs/assets/site.css). axe judges contrast by what is painted
    at an element's place, and an unpainted element showed it the footer behind it (contrast
    1.1, a flaky failure). Readers always see a block rendered; so does the audit.
    """
    import axe_playwright_python

    show = (
        "(() => { const s = document.createElement('style');"
        " s.textContent = '* { content-visibility: visible !important; }'; document.head.append(s); })();\n"
    )
    return show + (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()


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
                    f"{v['id']} ({v['impact']}): {v['help']} — "
                    + "; ".join(f"{n['target']} {n.get('failureSummary', '')[:160]}" for n in v["nodes"][:3])
                )
    finally:
        ctx.close()
    assert not found, "\n".join(f"{k}: {line}" for k, lines in found.items() for line in lines)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_passes_with_the_search_dialog_open(browser, site_url, scheme):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    page = ctx.new_page()
    page.goto(site_url)
    open_search(page)
    page.evaluate(_axe_script())
    empty = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    assert not empty["violations"], [(v["id"], [n["target"] for n in v["nodes"][:3]]) for v in empty["violations"]]
    search(page, "Quetta")
    page.wait_for_selector(".search-result-kind")
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    ctx.close()
    assert not result["violations"], [
        (v["id"], [(n["target"], n.get("failureSummary", "")[:200]) for n in v["nodes"][:3]]) for v in result["violations"]
    ]


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
    """Nothing but loopback is reachable (no internet at all): the pages, their styles and scripts and search all work.

    Search fetches the index chunks a query needs from the site itself, so a copy of the
    site needs its own server (loopback is enough), as every page does.
    """
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
    results = paths(search(page, "Quetta"))
    # The search box's script ran once the reader reached for it (assets/search-load.js).
    assert page.evaluate("() => customElements.get('pagefind-modal') !== undefined"), "the search box's script did not run"
    assert "places/quetta/" in results, results
    assert not blocked, blocked


# --------------------------------------------------------------------------- #
# Search: where it sits, what a result shows, filters and the address
# --------------------------------------------------------------------------- #


def test_the_search_box_is_in_the_header_with_a_keyboard_shortcut(context, site_url):
    page = context.new_page()
    page.goto(site_url + "groups/islamic-state/")
    trigger = page.locator(".md-header pagefind-modal-trigger button")
    assert trigger.is_visible()
    assert "/" in (trigger.get_attribute("aria-keyshortcuts") or ""), trigger.get_attribute("aria-keyshortcuts")
    assert trigger.get_attribute("aria-haspopup") == "dialog"
    # Material's own search (lunr) is gone: no second box, no search_index.json request.
    assert page.locator(".md-search").count() == 0


def test_the_search_box_loads_when_a_reader_reaches_for_it(context, site_url):
    """Pagefind's script (175 KB, the longest task of a page load on a phone) is not fetched with the
    page (issue 24); its button is there all the same, and pressing it loads the search and opens it."""
    page = context.new_page()
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(site_url + "statistics/", wait_until="networkidle")
    # Only its stylesheet, which draws the button meanwhile.
    assert not [u for u in fetched if "pagefind" in u and not u.endswith("/pagefind-component-ui.css")], fetched
    button = page.locator(".md-header pagefind-modal-trigger button")
    assert button.is_visible() and button.get_attribute("aria-label") == "Search"
    button.click()
    page.wait_for_function("() => document.querySelector('pagefind-modal').isOpen")
    assert any(u.endswith("/pagefind/pagefind-component-ui.js") for u in fetched), fetched


# The script has arrived (resource timing): from the network, or from the held request let go.
SEARCH_SCRIPT_ARRIVED = (
    "() => performance.getEntriesByType('resource')"
    ".some(e => e.name.endsWith('/pagefind/pagefind-component-ui.js') && e.responseEnd > 0)"
)


def test_a_press_on_the_search_button_opens_it_even_if_the_script_arrives_meanwhile(context, site_url):
    """The script can arrive while the button is held down (loopback, a cached copy). Had it run then,
    Pagefind would have redrawn the button between press and release, and Chromium sends no click
    when the pressed element is gone: the search stayed shut (the test above failed now and then)."""
    page = context.new_page()
    held = []
    page.route("**/pagefind/pagefind-component-ui.js", lambda route: held.append(route))
    page.goto(site_url + "statistics/", wait_until="networkidle")
    box = page.locator(".md-header pagefind-modal-trigger button").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for _ in range(200):  # the route's handler runs while Playwright waits
        if held:
            break
        page.wait_for_timeout(25)
    assert held, "reaching for the button did not fetch the search script"
    page.mouse.down()
    held[0].continue_()
    page.wait_for_function(SEARCH_SCRIPT_ARRIVED)
    page.mouse.up()
    page.wait_for_function("() => document.querySelector('pagefind-modal').isOpen")


def test_each_result_shows_title_kind_and_a_highlighted_excerpt(search_page):
    results = search(search_page, "Quetta")
    assert results[0][0] == "places/quetta/", results
    first = search_page.locator("pagefind-results li.pf-result").first
    assert first.locator("a.pf-result-link").inner_text() == "Quetta"
    assert first.locator(".search-result-kind").inner_text().lower() == "place"
    assert "quetta" in first.locator(".pf-result-excerpt mark").first.inner_text().lower()


def _facet_pages(output) -> dict[str, object]:
    """Every page's search facets, from the plan (as the render step gives them to the page)."""
    from ispk.routes import url_of

    return {url_of(path): page.slots["search"] for path, page in output.plan.pages.items()}


def test_a_crossing_of_group_region_and_year_is_a_linkable_address(context, site_url, output):
    """ "Islamic State × Balochistan × 2016": the address alone opens the search with those filters,
    and the results are exactly the pages whose facets (from the data) have all three."""
    facets = _facet_pages(output)
    expected = {
        path for path, f in facets.items() if "Islamic State" in f.groups and "Balochistan" in f.regions and "2016" in f.years
    }
    assert "events/quetta-attack-2016-08-08/" in expected
    page = context.new_page()
    page.goto(site_url + "?group=Islamic+State&region=Balochistan&year=2016")
    page.wait_for_selector(RESULT_LINKS, state="visible")
    shown = {urlsplit(href).path[len(PREFIX) :] for href, _ in settled(page, "", everything=True)}
    assert shown == expected, shown ^ expected
    # Each dropdown shows its one chosen value.
    for key in ("group", "region", "year"):
        assert page.locator(f"pagefind-filter-dropdown[filter={key}] .pf-dropdown-selected-badge").inner_text() == "1", key


def test_choosing_a_filter_puts_it_in_the_address(context, site_url):
    page = context.new_page()
    page.goto(site_url)
    search(page, "Quetta")
    page.locator("pagefind-filter-dropdown[filter=year] .pf-dropdown-trigger").click()
    page.get_by_role("option", name=re.compile(r"^2016")).click()
    page.wait_for_function("() => new URL(location.href).searchParams.get('year') === '2016'")
    assert "q=Quetta" in page.url, page.url
    link = page.locator(".search-permalink")
    assert link.is_visible() and "year=2016" in link.get_attribute("href")
    filtered = {urlsplit(h).path[len(PREFIX) :] for h, _ in settled(page, "Quetta", everything=True)}
    assert filtered and "events/quetta-attack-2016-08-08/" in filtered
    # The address, opened anew, gives the same search.
    again = context.new_page()
    again.goto(page.url)
    again.wait_for_selector(RESULT_LINKS, state="visible")
    assert {urlsplit(h).path[len(PREFIX) :] for h, _ in settled(again, "Quetta", everything=True)} == filtered
    assert again.locator("pagefind-modal pagefind-input input").input_value() == "Quetta"
    # Closing the search takes it out of the address.
    again.keyboard.press("Escape")
    again.keyboard.press("Escape")
    again.wait_for_function("() => !document.querySelector('pagefind-modal').isOpen")
    assert "year=" not in again.url and "q=" not in again.url, again.url


def test_the_filter_indexes_load_only_when_the_filters_are_opened(context, site_url):
    """A search with no filter open fetches no filter index (issue 24: more than half of a first
    search's bytes at 10,000 events); opening a filter fetches them, and its values then carry
    the counts of the query's results."""
    fetched = []
    context.on("request", lambda request: fetched.append(request.url))  # the context sees Pagefind's worker too
    filter_chunks = lambda: [u for u in fetched if "/pagefind/filter/" in u]
    page = context.new_page()
    page.goto(site_url)
    everything = settled(page, "Quetta", everything=True) if search(page, "Quetta") else []
    assert any("/pagefind/index/" in u for u in fetched), fetched  # the search did fetch its index chunks
    assert filter_chunks() == [], filter_chunks()
    page.locator("pagefind-filter-dropdown[filter=year] .pf-dropdown-trigger").click()
    option = page.get_by_role("option", name=re.compile(r"^2016, \d+ results?$"))
    option.wait_for(state="visible")
    assert filter_chunks()
    count = int(re.search(r"(\d+) results?$", option.get_attribute("aria-label")).group(1))
    option.click()
    page.wait_for_function("() => new URL(location.href).searchParams.get('year') === '2016'")
    filtered = settled(page, "Quetta", everything=True)
    assert 0 < count == len(filtered) < len(everything), (count, len(filtered), len(everything))


def test_search_on_a_phone(browser, site_url):
    ctx = browser.new_context(viewport={"width": 375, "height": 812}, is_mobile=True, has_touch=True, device_scale_factor=2)
    page = ctx.new_page()
    try:
        page.goto(site_url)
        page.locator(".md-header pagefind-modal-trigger button").tap()
        box = page.locator("pagefind-modal pagefind-input input")
        box.fill("Quetta")
        page.wait_for_selector(RESULT_LINKS, state="visible")
        sizes = page.evaluate(
            "() => { const d = document.querySelector('dialog.pf-modal'); "
            "return [d.getBoundingClientRect().width, d.scrollWidth, d.clientWidth]; }"
        )
        assert sizes[0] <= 375 and sizes[1] <= sizes[2], sizes  # the whole width, nothing sideways
    finally:
        ctx.close()


def test_print_hides_the_search(context, site_url):
    page = context.new_page()
    page.goto(site_url)
    page.emulate_media(media="print")
    assert not page.locator(".md-header pagefind-modal-trigger").is_visible()


# --------------------------------------------------------------------------- #
# Long pages: folded by year and footnotes, nothing lost (issue 22)
# --------------------------------------------------------------------------- #


def test_the_group_page_leads_with_its_record_and_is_under_10000_px(context, site_url):
    page = context.new_page()
    page.goto(site_url + "groups/islamic-state/")
    assert page.evaluate("document.documentElement.scrollHeight") < 10_000
    assert not page.eval_on_selector("details.footnotes-list", "d => d.open")
    assert page.locator("details.by-year").count() > 1


def test_following_a_marker_or_an_anchor_opens_its_folded_section(context, site_url):
    page = context.new_page()
    url = site_url + "groups/islamic-state/"
    page.goto(url)
    # The last marker outside the folded years: one far down the page, whose note is in the folded list.
    page.locator("a.footnote-ref:visible").last.click()
    assert page.eval_on_selector("details.footnotes-list", "d => d.open")
    page.goto(url)
    fact = page.eval_on_selector("details.by-year:not([open]) [id^=fact-]", "e => e.id")
    page.goto(f"{url}#{fact}")
    assert page.evaluate(f"document.getElementById('{fact}').closest('details').open")


def test_a_printed_long_page_shows_every_folded_footnote(context, site_url, tmp_path):
    page = context.new_page()
    page.goto(site_url + "groups/islamic-state/")
    quotes = page.eval_on_selector_all("details.footnotes-list q.quote", "qs => qs.map(q => q.textContent)")
    assert len(quotes) > 12
    page.emulate_media(media="print")
    pdf = tmp_path / "page.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=False)
    text = subprocess.run([shutil.which("pdftotext"), "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    unbroken = re.sub(r"\s+", "", text.stdout)
    assert [q for q in quotes if re.sub(r"\s+", "", q) not in unbroken] == []


def test_a_footnote_number_sits_against_its_word(context, site_url):
    """ "areas¹.", not "areas ¹ .": the marker's 24 px target does not push the text apart (issue 22)."""
    page = context.new_page()
    page.goto(site_url + "explainer/")
    gaps = page.evaluate(
        """() => [...document.querySelectorAll('article sup[id^="fnref"]')].slice(0, 20).map(sup => {
            const before = sup.previousSibling, link = sup.querySelector('a');
            if (!before || before.nodeType !== Node.TEXT_NODE || !before.textContent.trim()) return null;
            const word = document.createRange(); word.setStart(before, before.length - 1); word.setEnd(before, before.length);
            const number = document.createRange(); number.selectNodeContents(link);
            return number.getBoundingClientRect().left - word.getBoundingClientRect().right;
        }).filter(g => g !== null)"""
    )
    assert gaps and max(gaps) < 2, gaps


def test_a_footnote_marker_never_wraps_away_from_the_full_stop(browser, site_url):
    """A marker before "." stays on the full stop's line at every width (an inline-block marker allowed a break)."""
    for width in (1280, 375):
        page = browser.new_page(viewport={"width": width, "height": 900})
        page.goto(site_url + "groups/islamic-state/")
        orphans = page.evaluate(
            """() => [...document.querySelectorAll('article sup[id^="fnref"]')].filter(sup => {
                const after = sup.nextSibling;
                if (!after || after.nodeType !== Node.TEXT_NODE || !/^[.,;:]/.test(after.textContent)) return false;
                const r = document.createRange(); r.setStart(after, 0); r.setEnd(after, 1);
                return r.getBoundingClientRect().top > sup.getBoundingClientRect().bottom;
            }).length"""
        )
        page.close()
        assert orphans == 0, width

"""The maintainers' coverage pages: in the preview (make serve), never in a build.

A small invented source (five sentences) goes through the producer
(ispk/plan/maintainers.py), the render step and the preview (ispk.adapters.preview.Preview,
without starting any server); the engine then builds the preview's folder as
`mkdocs serve` does, and as `mkdocs build` would. The real site's build has none
of these pages.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import http.server
import json
import re
import subprocess
import threading
from pathlib import Path

import lxml.html
import pytest
import yaml

from conftest import QuietHandler
from ispk import plan as site_plan
from ispk import routes
from ispk.adapters.preview import Preview
from ispk.build import Build
from ispk.config import ROOT
from ispk.config import load as load_config
from ispk.index import Index
from ispk.model import Cite, Dataset, Event, Fact, Group, SetAside, Source, When
from ispk.narrative import Narrative
from ispk.plan.maintainers import CitedBy, NextUp, PreviewLink, Sentence
from ispk.plan.page import Link
from ispk.render import Renderer

SOURCE = "900_5eed5eed5eed5eed"
PAGE = f"maintainers/coverage/{SOURCE}.md"
INDEX = "maintainers/coverage/index.md"
# Invented: no real people, places or events.
TEXT = (
    "Site menu\n\n"
    "The invented Example Council met in the fictional town of Exampleville. It agreed on nothing.\n\n"
    "A second invented paragraph | with a pipe and *stars* closes the text.\n\n"
    "Share this page\n"
)


@pytest.fixture
def archive_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / f"{SOURCE}.txt").write_text(TEXT, encoding="utf-8")
    return folder


def cite(quote: str) -> Cite:
    return Cite(source=SOURCE, quote=quote)


def invented(*asides: SetAside) -> Dataset:
    source = Source(
        id=SOURCE,
        headline="An invented council meeting",
        sha256=hashlib.sha256(TEXT.encode()).hexdigest(),
        kind="invented text",
        summary="An invented text for the maintainers' pages test.",
        publisher_reason="Invented for a test: no publisher.",
        published_reason="Invented for a test: no date.",
    )
    council = Event(
        id="council-meeting",
        title="The invented Example Council meets",
        kind="other",
        summary="The invented council met, the invented text says.",
        date=When(date="2016"),
        cites=(cite("The invented Example Council met"),),
    )
    group = Group(
        id="example-council",
        name="Example Council",
        kind="movement",
        facts=(
            Fact(
                id="council-met",
                text="It met, the invented text says.",
                cites=(cite("met in the fictional town of Exampleville"),),
            ),
        ),
        cites=(cite("Example Council"),),
    )
    return Dataset(
        sources=(source,),
        events=(council,),
        groups=(group,),
        set_aside=(SetAside(source=SOURCE, text="Site menu", reason="Page furniture: navigation."), *asides),
    )


def build(archive_dir: Path, tmp_path: Path) -> Build:
    return Build(sources=archive_dir, narrative=None, cache=tmp_path / "cache", pictures=False, citations=False, opendata=False)


def make_plan(dataset: Dataset, archive_dir: Path, maintainers_pages: bool):
    ix = Index(dataset)
    return ix, site_plan.make(
        ix,
        config=load_config(),
        narrative=Narrative(None),
        sources_dir=archive_dir,
        pictures=None,
        citations=None,
        git=None,
        opendata=False,
        maintainers_pages=maintainers_pages,
    )


# --------------------------------------------------------------------------- #
# The producer
# --------------------------------------------------------------------------- #


def test_each_sentence_is_a_row_with_its_status_its_records_and_the_next_to_do(archive_dir):
    _, plan = make_plan(invented(), archive_dir, maintainers_pages=True)
    assert sorted(p for p in plan.pages if p.startswith("maintainers/")) == [PAGE, INDEX]
    page = plan.pages[PAGE]
    assert (page.kind, page.template, page.noindex, page.title) == (
        "maintainers",
        "coverage.md.j2",
        True,
        "Coverage of source 900",
    )

    def here(n):
        return Link(to=f"{PAGE}#sentence-{n}", label=str(n))

    def nxt(n):
        return Link(to=f"{PAGE}#sentence-{n}", label=f"next to do: {n}")

    assert page.context.rows == (
        Sentence(
            number=1,
            line=1,
            text="Site menu",
            status="set aside",
            mark="–",
            css="set-aside",
            anchor="sentence-1",
            here=here(1),
            cited_by=(),
            reason="Page furniture: navigation.",
            next=nxt(3),
        ),
        Sentence(
            number=2,
            line=3,
            text="The invented Example Council met in the fictional town of Exampleville.",
            status="cited",
            mark="✓",
            css="cited",
            anchor="sentence-2",
            here=here(2),
            cited_by=(
                CitedBy(
                    kind="group",
                    link=Link(to="groups/example-council.md#fact-council-met", label="Example Council"),
                    fact="council-met",
                ),
                CitedBy(kind="group", link=Link(to="groups/example-council.md", label="Example Council")),
                CitedBy(kind="event", link=Link(to="events/council-meeting.md", label="The invented Example Council meets")),
            ),
            reason="",
            next=nxt(3),
        ),
        Sentence(
            number=3,
            line=3,
            text="It agreed on nothing.",
            status="to do",
            mark="○",
            css="to-do",
            anchor="sentence-3",
            here=here(3),
            cited_by=(),
            reason="",
            next=nxt(4),
        ),
        Sentence(
            number=4,
            line=5,
            text="A second invented paragraph | with a pipe and *stars* closes the text.",
            status="to do",
            mark="○",
            css="to-do",
            anchor="sentence-4",
            here=here(4),
            cited_by=(),
            reason="",
            next=nxt(5),
        ),
        Sentence(
            number=5,
            line=7,
            text="Share this page",
            status="to do",
            mark="○",
            css="to-do",
            anchor="sentence-5",
            here=here(5),
            cited_by=(),
            reason="",
            next=nxt(3),
        ),
    )
    assert page.context.first == NextUp(
        link=Link(to=f"{PAGE}#sentence-3", label="Next sentence to do: 3 →"),
        number=3,
        line=3,
        text="It agreed on nothing.",
    )
    assert (page.context.cited, page.context.set_aside, page.context.to_do, page.context.total) == (1, 1, 3, 5)
    assert page.context.source == Link(to=f"sources/{SOURCE}.md", label="An invented council meeting")
    # It changes when the source or a record citing it changes.
    assert {("source", SOURCE), ("event", "council-meeting"), ("group", "example-council")} <= page.deps

    index = plan.pages[INDEX]
    assert index.context.table.rows == (
        (
            "900",
            Link(to=PAGE, label="An invented council meeting"),
            5,
            1,
            1,
            3,
            Link(to=f"{PAGE}#sentence-3", label="sentence 3 →"),
        ),
    )
    # The source's own page links to its checklist, in the preview only.
    assert plan.pages[f"sources/{SOURCE}.md"].slots["maintainers"] == PreviewLink(
        text="Preview only: which sentences of this text are cited, set aside or still to do, in its",
        link=Link(to=PAGE, label="coverage checklist"),
    )
    # In no navigation.
    assert not [e for e in plan.nav if e.path.startswith(routes.MAINTAINERS)]


def test_the_page_renders_each_row_escaped_once_with_its_anchor_and_links(archive_dir):
    _, plan = make_plan(invented(), archive_dir, maintainers_pages=True)
    md = Renderer().page(plan.pages[PAGE])
    head, body = md.split("---\n", 2)[1:]
    assert yaml.safe_load(head) == {
        "title": "Coverage of source 900",
        "description": "Which sentences of source 900 are cited, set aside or still to do (preview only).",
        "robots": "noindex",
        "hide": ["navigation", "toc"],
    }
    rows = [line for line in body.splitlines() if line.startswith("| [")]
    assert rows[1] == (
        f'| [2]({SOURCE}.md#sentence-2){{ #sentence-2 .coverage-anchor title="Link to this sentence" }} | 3 '
        "| The invented Example Council met in the fictional town of Exampleville. "
        '| <span class="coverage-status coverage-cited"><span aria-hidden="true">✓</span> cited</span> '
        '| <span class="coverage-kind">group:</span> [Example Council](../../groups/example-council.md#fact-council-met) (fact council-met)<br>'
        '<span class="coverage-kind">group:</span> [Example Council](../../groups/example-council.md)<br>'
        '<span class="coverage-kind">event:</span> [The invented Example Council meets](../../events/council-meeting.md) '
        f"| [next to do&#58; 3]({SOURCE}.md#sentence-3) |"
    )
    # The sentence is data: its pipe and stars are characters, not table or emphasis syntax.
    assert "| A second invented paragraph &#124; with a pipe and &#42;stars&#42; closes the text. |" in rows[3]
    assert '<span aria-hidden="true">○</span> to do</span> | — |' in rows[3]
    assert "| Page furniture&#58; navigation. |" in rows[0]
    assert f"[Next sentence to do&#58; 3 →]({SOURCE}.md#sentence-3){{ .md-button .md-button--primary }}" in body
    assert "> **Sentence 3**, line 3 of the text: It agreed on nothing." in body
    assert "**1 cited · 1 set aside · 3 to do**, of 5 sentences." in body


def test_when_everything_is_done_there_is_no_next_link(archive_dir):
    rest = [
        SetAside(source=SOURCE, text=t, reason="Invented.")
        for t in ("It agreed on nothing.", "A second invented", "Share this page")
    ]
    _, plan = make_plan(invented(*rest), archive_dir, maintainers_pages=True)
    page = plan.pages[PAGE]
    assert page.context.first is None and all(r.next is None for r in page.context.rows)
    md = Renderer().page(page)
    assert "Every sentence is cited or set aside: nothing is left to do." in md and "md-button" not in md
    assert "Every sentence of every archived source is cited or set aside." in Renderer().page(plan.pages[INDEX])


def test_without_the_flag_the_plan_has_none_and_the_source_page_is_unchanged(archive_dir):
    _, plain = make_plan(invented(), archive_dir, maintainers_pages=False)
    _, preview = make_plan(invented(), archive_dir, maintainers_pages=True)
    assert not [p for p in plain.pages if p.startswith(routes.MAINTAINERS)]
    assert plain.pages.keys() == {p for p in preview.pages if not p.startswith(routes.MAINTAINERS)}
    source = f"sources/{SOURCE}.md"
    assert "maintainers" not in plain.pages[source].slots
    published, previewed = Renderer().page(plain.pages[source]), Renderer().page(preview.pages[source])
    assert "preview-only" not in published and "maintainers/coverage" not in published
    assert (
        previewed.replace(
            '<p class="preview-only">Preview only: which sentences of this text are cited, set aside or still to do, in its '
            '<a href="../../maintainers/coverage/900_5eed5eed5eed5eed/">coverage checklist</a>.</p>\n\n',
            "",
        )
        == published
    )


# --------------------------------------------------------------------------- #
# The preview has them, refreshes them, and the engine keeps them to itself
# --------------------------------------------------------------------------- #


def test_the_preview_writes_them_and_refreshes_them_when_a_record_changes(archive_dir, tmp_path):
    preview = Preview(tmp_path / "preview", build(archive_dir, tmp_path))
    first = preview.update(invented())
    assert first.ok, first.errors
    docs = tmp_path / "preview" / "docs"
    page = (docs / PAGE).read_text(encoding="utf-8")
    assert "**1 cited · 1 set aside · 3 to do**" in page
    assert (docs / INDEX).is_file()
    conf = yaml.safe_load((tmp_path / "preview" / "mkdocs.yml").read_text(encoding="utf-8").split("\n", 2)[2])
    assert conf["draft_docs"].splitlines() == ["/maintainers/"]
    assert not any(routes.MAINTAINERS in str(entry) for entry in conf["nav"])

    # The cataloguer sets sentence 3 aside and saves: the page follows, and the next to do moves on.
    second = preview.update(invented(SetAside(source=SOURCE, text="It agreed on nothing.", reason="Says nothing.")))
    assert second.ok, second.errors
    page = (docs / PAGE).read_text(encoding="utf-8")
    assert "**1 cited · 2 set aside · 2 to do**" in page
    assert "| Says nothing. |" in page
    assert f"[Next sentence to do&#58; 4 →]({SOURCE}.md#sentence-4)" in page
    # Only what changed was rendered: the checklist, the list of checklists and the source's page (whose
    # published coverage section lists the set-aside sentences), not the whole site.
    assert second.rendered == 3

    # A record citing the source changes its title: its link on the checklist follows.
    data = invented()
    renamed = dataclasses.replace(data, events=(dataclasses.replace(data.events[0], title="The invented council convenes"),))
    third = preview.update(renamed)
    assert third.ok, third.errors
    assert "[The invented council convenes](../../events/council-meeting.md)" in (docs / PAGE).read_text(encoding="utf-8")


@pytest.mark.engine
def test_the_engine_serves_them_as_drafts_out_of_the_sitemap_search_and_navigation(archive_dir, tmp_path):
    from mkdocs.commands.build import build as engine_build
    from mkdocs.config import load_config as engine_config

    folder = tmp_path / "preview"
    assert Preview(folder, build(archive_dir, tmp_path)).update(invented()).ok

    def built(serve_url: str | None) -> Path:
        site = tmp_path / ("served" if serve_url else "built")
        engine_build(engine_config(str(folder / "mkdocs.yml"), site_dir=str(site)), serve_url=serve_url)
        return site

    served = built("http://127.0.0.1:8000/")  # what `mkdocs serve` does
    html = (served / "maintainers" / "coverage" / SOURCE / "index.html").read_text(encoding="utf-8")
    doc = lxml.html.fromstring(html)
    assert doc.xpath('//head/meta[@name="robots"]/@content') == ["noindex"]
    # Each row has its anchor; the button and every row's "next to do" go to the next sentence to do.
    assert [a.text_content() for a in doc.xpath('//tr/td/a[@id="sentence-3"][@href="./#sentence-3"]')] == ["3"]
    assert [a.text_content() for a in doc.xpath('//a[@href="./#sentence-3"][not(@id)]')] == [
        "Next sentence to do: 3 →",
        "next to do: 3",
        "next to do: 3",
        "next to do: 3",
    ]
    # Status in words, not colour alone.
    assert [td.text_content().strip() for td in doc.xpath("//tr/td[4]")] == [
        "– set aside",
        "✓ cited",
        "○ to do",
        "○ to do",
        "○ to do",
    ]
    assert (served / "maintainers" / "coverage" / "index.html").is_file()
    assert "maintainers" not in (served / "sitemap.xml").read_text(encoding="utf-8")
    # Out of the search index: Pagefind indexes only a page's data-pagefind-body, which these pages lack.
    from ispk.adapters import search as site_search

    site_search.index_site(served)
    fragments = [p.read_bytes() for p in (served / "pagefind" / "fragment").glob("*.pf_fragment")]
    import gzip

    urls = [json.loads(gzip.decompress(f)[gzip.decompress(f).index(b"{") :])["url"] for f in fragments]
    assert f"/sources/{SOURCE}/" in urls and not [u for u in urls if u.startswith("/maintainers")]
    assert "data-pagefind-body" not in html
    home = (served / "index.html").read_text(encoding="utf-8")
    assert "maintainers" not in home  # not in the navigation
    # The source page links to its checklist in the preview.
    assert 'href="../../maintainers/coverage/900_5eed5eed5eed5eed/"' in (served / "sources" / SOURCE / "index.html").read_text(
        encoding="utf-8"
    )

    # Even a build of the preview's own folder leaves them out.
    assert not (built(None) / "maintainers").exists()


def test_a_normal_build_has_no_maintainers_pages(built_site):
    """`python -m ispk build` (generate, then the engine), as make build, make export and publishing run it."""
    folder = built_site.with_name(built_site.name + "-build")
    assert (folder / "docs" / "index.md").is_file()
    assert not (folder / "docs" / routes.MAINTAINERS).exists()
    assert not (built_site / routes.MAINTAINERS).exists()
    assert "draft_docs" not in (folder / "mkdocs.yml").read_text(encoding="utf-8")
    assert "maintainers" not in (built_site / "sitemap.xml").read_text(encoding="utf-8")
    sources = list((built_site / "sources").glob("*/index.html"))
    assert sources and not any("preview-only" in s.read_text(encoding="utf-8") for s in sources)
    assert not re.search(r'<meta name="robots"', (built_site / "index.html").read_text(encoding="utf-8"))


def test_make_serve_runs_the_preview():
    """The one command the README gives for the preview runs it (it once ran the engine's server alone)."""
    dry = subprocess.run(["make", "-n", "-o", "venv", "serve"], cwd=ROOT, capture_output=True, text=True, check=True)
    assert re.search(r"python -m ispk serve\b", dry.stdout), dry.stdout


# --------------------------------------------------------------------------- #
# In Debian's Chromium: one click to the next sentence to do; axe finds nothing
# --------------------------------------------------------------------------- #


@pytest.mark.browser
@pytest.mark.engine
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_in_the_browser_the_next_sentence_to_do_is_one_click_away(archive_dir, tmp_path, scheme, chromium):
    from mkdocs.commands.build import build as engine_build
    from mkdocs.config import load_config as engine_config
    from test_browser import AXE_TAGS, _axe_script

    folder, site = tmp_path / "preview", tmp_path / "served"
    assert Preview(folder, build(archive_dir, tmp_path)).update(invented()).ok
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    engine_build(engine_config(str(folder / "mkdocs.yml"), site_dir=str(site)), serve_url=url)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        # The session's Chromium (conftest): a second Playwright in one worker is refused.
        context = chromium.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
        try:
            page = context.new_page()
            page.goto(url + routes.url_of(INDEX))
            page.get_by_role("link", name="sentence 3 →").click()
            page.wait_for_url("**#sentence-3")
            page.get_by_role("link", name="Next sentence to do: 3 →").click()
            row = page.locator("tr", has=page.locator("#sentence-3"))
            assert row.is_visible() and "to do" in row.inner_text()
            row.get_by_role("link", name="next to do: 4").click()
            page.wait_for_url("**#sentence-4")
            top = page.evaluate("document.getElementById('sentence-4').getBoundingClientRect().top")
            assert 48 <= top < 900, top  # below the sticky header, on screen
            # axe on the page as loaded (as tests/test_browser.py checks every page type): after the clicks,
            # Material's tooltip for a hovered row anchor sits outside every landmark, on any page with anchors.
            page.mouse.move(1, 1)
            page.reload()
            page.hover("tr:has(#sentence-3) td:nth-child(3)")  # a highlighted row, under the pointer
            page.evaluate(_axe_script())
            result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
        finally:
            context.close()
    finally:
        server.shutdown()
    assert not result["violations"], [
        (v["id"], [(n["target"], n.get("failureSummary", "")[:600], n.get("html", "")[:300]) for n in v["nodes"][:3]])
        for v in result["violations"]
    ]

"""The search index (Pagefind): what each page gives it, from the data, and what it leaves out.

`make build` indexes the built site into ``pagefind/`` (ispk/adapters/search.py). Each page's article
is indexed (never the header, navigation or footer); listings repeated from a
record's own page, footnotes, the citation block and the pictures' labels stay on
the page but out of the index, so each record's text is indexed about once, where
it lives, and a result's excerpt is the page's own text. Filters and names come
from the data through one hidden block per page.
"""

from __future__ import annotations

import gzip
import json

import pytest
from markupsafe import Markup

from ispk.adapters import search
from ispk.plan import facets
from ispk.plan.page import Facets, Page
from ispk.render.helpers import PageHelper


def _decode(path) -> dict:
    raw = gzip.decompress(path.read_bytes())
    return json.loads(raw[raw.index(b"{") :])  # Pagefind prefixes its own signature


@pytest.fixture(scope="module")
def fragments(built_site) -> dict[str, dict]:
    """Every indexed page's fragment, by its site-relative path ("groups/islamic-state/")."""
    out = {}
    for path in (built_site / "pagefind" / "fragment").glob("*.pf_fragment"):
        fragment = _decode(path)
        out[fragment["url"].strip("/") + "/" if fragment["url"] != "/" else ""] = fragment
    return out


def test_every_page_but_the_404_page_is_indexed(built_site, fragments):
    pages = {
        p.relative_to(built_site).parent.as_posix() + "/"
        for p in built_site.rglob("index.html")
        if "data-pagefind-body" in p.read_text(encoding="utf-8")
    }
    pages = {"" if p == "./" else p for p in pages}
    assert len(pages) > 100
    assert set(fragments) == pages
    assert "data-pagefind-body" not in (built_site / "404.html").read_text(encoding="utf-8")
    entry = json.loads((built_site / "pagefind" / "pagefind-entry.json").read_text())
    assert entry["languages"]["en"]["page_count"] == len(pages)


def test_filters_come_from_the_data(fragments):
    event = fragments["events/quetta-attack-2016-08-08/"]
    assert event["meta"]["kind"] == "Event"
    assert event["meta"]["title"] == "Attack in Quetta claimed by the Islamic State and a Taliban faction"  # no "¶"
    assert event["filters"]["kind"] == ["Event"]
    assert "Islamic State" in event["filters"]["group"]
    assert {"Balochistan", "Pakistan"} <= set(event["filters"]["region"])  # the province and the country above it
    assert event["filters"]["year"] == ["2016"]
    assert all(s.startswith("Source ") for s in event["filters"]["source"])
    undated = [
        f for f in fragments.values() if f["meta"].get("kind") == "Event" and "Year unknown" in f["filters"].get("year", [])
    ]
    assert undated, "undated events must be findable under 'Year unknown'"
    assert fragments["groups/"]["filters"]["kind"] == ["Index"]


def test_every_name_and_alias_is_a_weighted_field(fragments, dataset):
    for group in dataset.groups:
        meta = fragments[f"groups/{group.id}/"]["meta"]
        names = [v for k, v in meta.items() if k == "name" or (k.startswith("name") and k[4:].isdigit())]
        assert names[0] == group.name if meta.get("name") == group.name else False, meta
        assert {a.name for a in group.aliases} <= set(names), (group.id, names)


def test_footnotes_and_repeated_listings_are_not_indexed_but_quotes_are_on_source_pages(fragments, dataset, built_site):
    assert "&#8617;" in (built_site / "groups" / "islamic-state" / "index.html").read_text(encoding="utf-8")
    assert not [p for p, f in fragments.items() if "\u21a9" in f["content"]]
    cites = [c for g in dataset.groups for f in g.facts for c in f.cites if len(c.quote) > 40][:15]
    assert cites
    for cite in cites:
        holders = [p for p, f in fragments.items() if " ".join(cite.quote[:60].split()) in " ".join(f["content"].split())]
        assert any(p.startswith(f"sources/{cite.source}/") for p in holders), cite.quote


def test_a_statement_is_indexed_only_where_it_lives(fragments, dataset):
    checked = 0
    for statement in dataset.statements:
        if len(statement.text) < 40:
            continue
        needle = " ".join(statement.text[:40].split())
        found = {p for p, f in fragments.items() if needle in " ".join(f["content"].split())}
        assert found, f"statement {statement.id!r} is not searchable at all"
        others = {p for p in found if p != "statements/" and not p.startswith("sources/")}
        assert len(others) <= 2, f"statement {statement.id!r} is indexed on {sorted(found)}"
        checked += 1
    assert checked > 20


def test_pictures_labels_and_captions_are_not_indexed(fragments, built_site):
    assert "Boundaries: Natural Earth" in (built_site / "regions" / "index.html").read_text(encoding="utf-8")
    assert not [p for p, f in fragments.items() if "Boundaries: Natural Earth" in f["content"]]


def test_no_header_navigation_or_footer_text_is_indexed(fragments):
    home = fragments[""]
    assert "Skip to content" not in home["content"]
    assert "Report an error on this page" not in fragments["groups/islamic-state/"]["content"]


# --------------------------------------------------------------------------- #
# The block itself (PageHelper.facets): escaped once, from plain values
# --------------------------------------------------------------------------- #


def test_the_block_escapes_every_value_exactly_once():
    values = Facets(
        kind="Event",
        groups=('Al "Q" <script>alert(1)</script> & Co',),
        regions=("Balochistan",),
        years=("2016",),
        sources=("Source 003, A & B",),
        names=("Daesh", "Tehreek-i-Taliban"),
    )
    helper = PageHelper(Page(path="events/x.md", kind="event", template="event.md.j2", title="x", description=""))
    html = helper.facets(values)
    assert isinstance(html, Markup)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" in html
    assert "&amp;amp;" not in html
    assert '<span data-pagefind-filter="source">Source 003, A &amp; B</span>' in html
    assert '<span data-pagefind-meta="name">Daesh</span>' in html
    assert '<span data-pagefind-meta="name1">Tehreek-i-Taliban</span>' in html
    assert html.startswith("\n<div") and html.rstrip().endswith("</p>")  # a raw HTML block for Markdown


def test_year_values_say_unknown_and_uncertain():
    assert facets.year_values([]) == ("Year unknown",)
    assert facets.year_values([None]) == ("Year unknown",)
    assert facets.year_values([2016]) == ("2016",)
    assert facets.year_values([2023, 2022]) == ("2022", "2023", "Year uncertain")


@pytest.mark.engine
def test_index_site_fails_clearly_when_no_page_is_marked(tmp_path):
    (tmp_path / "index.html").write_text("<html><body><p>no body mark</p></body></html>", encoding="utf-8")
    (tmp_path / "other.html").write_text("<html><body><main data-pagefind-body>x</main></body></html>", encoding="utf-8")
    report = search.index_site(tmp_path)
    assert report.pages == 1 and (tmp_path / "pagefind" / "pagefind.js").is_file()
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "index.html").write_text("<html><body></body></html>", encoding="utf-8")
    with pytest.raises(search.IndexError, match=r"pagefind failed|indexed no page"):
        search.index_site(empty)

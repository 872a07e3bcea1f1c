"""Every data value is escaped exactly once in the page head, as in the body.

A title with quotation marks, an ampersand and angle brackets (all allowed in
data) goes through the whole pipeline and the engine; the built page's <title>,
<meta name="description">, OpenGraph, Dublin Core and Highwire tags and its
JSON-LD must each give back the exact title, neither broken nor double-escaped.
"""

from __future__ import annotations

import dataclasses
import json

import lxml.html
import pytest

from factories import small
from ispk import config as site_config
from ispk.adapters import engine, folder
from ispk.build import Build

pytestmark = pytest.mark.engine  # the module fixture runs the engine on a one-event site

TITLE = "Q&A on \"Daesh\" > 3 <3 'x' & friends"


@pytest.fixture(scope="module")
def html(tmp_path_factory, sources_dir) -> str:
    base = small()
    event = dataclasses.replace(base.events[0], title=TITLE, summary=f"About {TITLE}.")
    data = dataclasses.replace(base, events=(event,))
    config = site_config.load()
    out = Build(config, sources=sources_dir, narrative=None, cache=tmp_path_factory.mktemp("cache")).run(data, check=False)
    root = tmp_path_factory.mktemp("head")
    folder.write_docs(root / "docs", folder.contents(out.pages, out.files))
    (root / "mkdocs.yml").write_text(folder.engine_config(config, out.nav, root, root / "docs"), encoding="utf-8")
    done = engine.run(root, root / "site", strict=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return (root / "site" / "events" / "briefing" / "index.html").read_text(encoding="utf-8")


def test_the_title_element_shows_the_title(html):
    tree = lxml.html.fromstring(html)
    assert tree.findtext(".//title") == f"{TITLE} - {site_config.load().site_name}"


def test_meta_tags_carry_the_exact_title_and_description(html):
    tree = lxml.html.fromstring(html)
    meta = {m.get("name") or m.get("property"): m.get("content") for m in tree.iter("meta")}
    assert meta["description"].startswith(f"date not stated: {TITLE}.") or TITLE in meta["description"]
    for key in ("citation_title", "DC.title", "og:title"):
        assert meta[key] == TITLE, key


def test_jsonld_names_the_exact_title(html):
    tree = lxml.html.fromstring(html)
    [script] = tree.xpath('//script[@type="application/ld+json"]')
    assert json.loads(script.text)["name"] == TITLE


def test_the_header_and_heading_show_the_title_as_text(html):
    tree = lxml.html.fromstring(html)
    assert tree.xpath("string(//h1)").removesuffix("¶") == TITLE
    topics = [t.text_content().strip() for t in tree.xpath('//*[contains(@class, "md-header__topic")]')]
    assert TITLE in topics
    # Nothing escaped twice anywhere a reader can see.
    assert "&amp;amp;" not in html and "&amp;#" not in html

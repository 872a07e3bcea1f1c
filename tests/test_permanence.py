"""Published URLs stay published: the registry, redirects, and renamed ids."""

from __future__ import annotations

import shutil

import pytest

from conftest import ROOT, build_site
from ispk import config, routes
from ispk.releases import permanence

REDIRECTS = config.load().redirects


def test_no_registered_url_has_disappeared(pages):
    assert permanence.missing(pages, permanence.registered(), REDIRECTS) == []


def test_every_published_url_is_registered(pages):
    """A new page must be recorded with `make urls`, so that it is protected from then on."""
    assert sorted(permanence.published(pages) - set(permanence.registered())) == []


def test_a_renamed_id_without_a_redirect_fails(pages):
    renamed = dict(pages)
    renamed["groups/jundallah.md"] = renamed.pop("groups/jundullah.md")
    assert permanence.missing(renamed, permanence.registered(), REDIRECTS) == ["groups/jundullah/"]


def test_a_renamed_id_with_a_redirect_passes(pages):
    renamed = dict(pages)
    renamed["groups/jundallah.md"] = renamed.pop("groups/jundullah.md")
    redirects = {**REDIRECTS, "groups/jundullah.md": "groups/jundallah.md"}
    assert permanence.missing(renamed, permanence.registered(), redirects) == []


def test_a_redirect_to_a_missing_page_does_not_count(pages):
    renamed = dict(pages)
    renamed.pop("groups/jundullah.md")
    redirects = {**REDIRECTS, "groups/jundullah.md": "groups/nowhere.md"}
    assert permanence.missing(renamed, permanence.registered(), redirects) == ["groups/jundullah/"]


def test_url_of_matches_the_engines_directory_urls():
    assert routes.url_of("index.md") == ""
    assert routes.url_of("groups/index.md") == "groups/"
    assert routes.url_of("groups/islamic-state.md") == "groups/islamic-state/"
    assert routes.url_of("names.md") == "names/"


@pytest.mark.engine
def test_redirect_maps_produce_working_redirect_pages(tmp_path, sources_dir):
    """mkdocs-redirects writes a page at the old address that points to the new one."""
    copy = tmp_path / "project"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(".venv", "site", ".site-*", ".git", "__pycache__", ".pytest_cache"))
    config = copy / "mkdocs.yml"
    text = config.read_text()
    assert "redirect_maps:\n" in text
    config.write_text(text.replace("redirect_maps:\n", "redirect_maps:\n        groups/old-name.md: groups/jundullah.md\n", 1))
    result = build_site(tmp_path / "site", cwd=copy)
    assert result.returncode == 0, result.stderr[-3000:]
    html = (tmp_path / "site" / "groups" / "old-name" / "index.html").read_text()
    assert "../jundullah/" in html

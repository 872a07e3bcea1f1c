"""Publishing checks what it publishes: the archive gate and the unverified notice."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import lxml.html
import pytest

from conftest import ROOT, build_site
from ispk import config as site_config
from scripts import publish_check as publish_check_script

NOTICE = "Unverified publication."


PUBLISHED = {"SITE_URL": "https://owner.github.io/ispk/", "REPO_URL": "https://github.com/owner/ispk"}


def publish_check(sources, allow: str | None = None, **addresses: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "ISPK_SOURCES": str(sources), **PUBLISHED, **addresses}
    env.pop("ISPK_ALLOW_UNVERIFIED", None)
    if allow is not None:
        env["ISPK_ALLOW_UNVERIFIED"] = allow
    return subprocess.run([sys.executable, "-m", "scripts.publish_check"], cwd=ROOT, env=env, capture_output=True, text=True)


def test_the_complete_archive_publishes_verified(sources_dir):
    done = publish_check(sources_dir)
    assert (done.returncode, done.stdout) == (0, "ISPK_UNVERIFIED=false\n")


def test_without_the_archive_publishing_fails(tmp_path):
    done = publish_check(tmp_path / "nowhere")
    assert done.returncode == 1 and done.stdout == ""
    assert "refusing to publish: no source archive at" in done.stderr and "ISPK_ALLOW_UNVERIFIED" in done.stderr


def test_a_changed_or_missing_source_file_also_fails(tmp_path, sources_dir):
    for f in sources_dir.glob("*.txt"):
        (tmp_path / f.name).write_bytes(f.read_bytes())
    first = sorted(tmp_path.glob("*.txt"))[0]
    first.write_text("changed", encoding="utf-8")
    sorted(tmp_path.glob("*.txt"))[1].unlink()
    done = publish_check(tmp_path)
    assert done.returncode == 1
    assert f"source {first.stem}: the file hashes to" in done.stderr and "no file" in done.stderr


@pytest.mark.parametrize(
    "addresses",
    [
        {"SITE_URL": "http://127.0.0.1:8000/"},
        {"SITE_URL": "http://localhost/ispk/"},
        {"REPO_URL": "https://github.com/example/x"},
    ],
)
def test_a_placeholder_or_loopback_address_never_publishes(sources_dir, tmp_path, addresses):
    done = publish_check(sources_dir, **addresses)
    assert (done.returncode, done.stdout) == (1, "")
    assert "refusing to publish:" in done.stderr and ("not a published address" in done.stderr or "a placeholder" in done.stderr)
    # Not even when publishing unverified is allowed.
    done = publish_check(tmp_path, "true", **addresses)
    assert (done.returncode, done.stdout) == (1, "")


def test_an_unreadable_source_file_fails_with_its_name(tmp_path, sources_dir, monkeypatch, capsys):
    for f in sources_dir.glob("*.txt"):
        (tmp_path / f.name).write_bytes(f.read_bytes())
    locked = sorted(tmp_path.glob("*.txt"))[0]
    read_bytes = Path.read_bytes

    def denied(path):  # chmod does not stop root, who runs the tests in the workflows' containers
        if path == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", denied)
    monkeypatch.setenv("ISPK_SOURCES", str(tmp_path))
    for name, value in PUBLISHED.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("ISPK_ALLOW_UNVERIFIED", raising=False)
    assert publish_check_script.main() == 1
    out = capsys.readouterr()
    assert out.out == "" and f"{locked}: cannot be read (Permission denied)" in out.err


def test_only_an_explicit_true_allows_publishing_unverified(tmp_path):
    assert publish_check(tmp_path, "yes").returncode == 1
    done = publish_check(tmp_path, "true")
    assert (done.returncode, done.stdout) == (0, "ISPK_UNVERIFIED=true\n")
    assert "publishing UNVERIFIED" in done.stderr


def test_a_verified_site_has_no_notice_and_outside_mike_no_release_banner(built_site):
    html = (built_site / "index.html").read_text(encoding="utf-8")
    assert NOTICE not in html
    assert "release-outdated" not in html and "cite-latest" not in html


LOCAL = "Local preview. These entries cite http://127.0.0.1:8000/, an address on this computer, not the published site's"


def test_a_local_build_says_its_citations_are_not_the_published_addresses(built_site):
    tree = lxml.html.fromstring((built_site / "index.html").read_bytes())
    [note] = tree.xpath('//details[contains(@class, "cite-page")]/p[@class="cite-local"]')
    assert note.text_content().startswith(LOCAL)


@pytest.mark.parametrize(
    "site_url, repo_url, warned",
    [
        ("http://127.0.0.1:8000/", "https://github.com/example/is-pakistan-reference", ["site_url", "repo_url"]),
        ("http://localhost:8000/ispk/", "https://github.com/owner/ispk", ["site_url"]),
        ("https://example.org/ispk/", "https://github.com/owner/ispk", ["site_url"]),
        ("https://owner.github.io/ispk/", "", ["repo_url"]),
        ("https://owner.github.io/ispk/", "https://github.com/owner/ispk", []),
    ],
)
def test_make_build_warns_about_placeholder_addresses(site_url, repo_url, warned):
    config = dataclasses.replace(site_config.load(), site_url=site_url, repo_url=repo_url)
    assert [w.split(" ", 1)[0] for w in config.placeholders()] == warned
    assert config.local == ("127.0.0.1" in site_url or "localhost" in site_url)


@pytest.mark.engine
def test_an_unverified_site_says_so_on_every_page(tmp_path, sources_dir):
    result = build_site(tmp_path / "site", env={"ISPK_UNVERIFIED": "true", **PUBLISHED})
    assert result.returncode == 0, result.stderr[-3000:]
    # Published addresses: no warning, and no "local preview" note in Cite this page.
    assert "not a published address" not in result.stderr and "a placeholder" not in result.stderr
    assert "cite-local" not in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    pages = [p for p in (tmp_path / "site").rglob("index.html") if b'http-equiv="refresh"' not in p.read_bytes()[:2000]]
    assert len(pages) > 100
    for path in pages:
        tree = lxml.html.fromstring(path.read_bytes())
        notes = tree.xpath('//aside[contains(@class, "md-banner")]//p[@class="site-unverified"]')
        assert len(notes) == 1 and notes[0].text_content().startswith(NOTICE), path


def test_a_plain_build_asks_for_no_versions_json(built_site):
    # Material fetches ../versions.json for its version selector whenever extra.version is set;
    # only a release built by mike has that file, so elsewhere each page would get a 404.
    tree = lxml.html.fromstring((built_site / "index.html").read_bytes())
    [config] = tree.xpath('//script[@id="__config"]/text()')
    assert json.loads(config)["version"] is None
    assert not (built_site / "versions.json").exists()

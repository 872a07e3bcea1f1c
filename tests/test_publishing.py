"""Publishing checks what it publishes: the archive gate and the unverified notice."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import lxml.html

from conftest import ROOT, build_site

NOTICE = "Unverified publication."


def publish_check(sources, allow: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "ISPK_SOURCES": str(sources)}
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


def test_only_an_explicit_true_allows_publishing_unverified(tmp_path):
    assert publish_check(tmp_path, "yes").returncode == 1
    done = publish_check(tmp_path, "true")
    assert (done.returncode, done.stdout) == (0, "ISPK_UNVERIFIED=true\n")
    assert "publishing UNVERIFIED" in done.stderr


def test_a_verified_site_has_no_notice_and_outside_mike_no_release_banner(built_site):
    html = (built_site / "index.html").read_text(encoding="utf-8")
    assert NOTICE not in html
    assert "release-outdated" not in html and "cite-latest" not in html


def test_an_unverified_site_says_so_on_every_page(tmp_path, sources_dir):
    result = build_site(tmp_path / "site", env={"ISPK_UNVERIFIED": "true"})
    assert result.returncode == 0, result.stderr[-3000:]
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

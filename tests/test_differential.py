"""`make build` rebuilds only what changed, and what it builds is what a full build would (ispk/adapters/rebuild.py).

One copy of the project: a full build, then a series of edits, additions, deletions and renames
of records and narrative, each built differentially; the site is then compared with a full build
of the same state, whole tree against whole tree. Only Pagefind's filter and metadata indexes
(and its entry file, which names them) may differ: two full builds do not reproduce them either
(tests/test_reproducible.py). A change to the configuration, the theme overrides or the
navigation falls back to a full build.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_reproducible import digest

from conftest import ROOT

pytestmark = pytest.mark.engine

NOT_COPIED = shutil.ignore_patterns(
    ".git", ".venv", ".venv-*", "site", ".site-*", "build", "node_modules", ".cache", ".pytest_cache", "__pycache__"
)
EVENTS = "ispk/data/s004.py"
NEW_EVENT = """EVENTS = (
    Event(
        id="{id}",
        title="The interior ministry's written response, as a second record",
        kind="hearing",
        date=_BRIEFING,
        summary="The Ministry of Interior said the Islamic State was trying to establish a foothold in the country.",
        regions=("pakistan",),
        where=(Cite(source=S004, quote="Pak Minister Warns Senate Of Major Threat Of An ISIS Foothold In Pakistan"),),
        cites=(Cite(source=S004, quote="is also facing a major threat from ISIS which is trying to establish a foothold in the country, the Ministry of Interior has said."),),
    ),
"""


class Project:
    def __init__(self, root: Path, sources: Path):
        self.root = root
        self.env = {
            **os.environ,
            "ISPK_SOURCES": str(sources),
            "ISPK_CACHE": str(root / ".cache"),
            "SOURCE_DATE_EPOCH": "1700000000",
        }

    def build(self, site: str = "site") -> str:
        """`python -m ispk build` in the copy (its own ispk, data and narrative); returns what it printed."""
        done = subprocess.run(
            [sys.executable, "-m", "ispk", "build", "--folder", "build", "--site-dir", site],
            cwd=self.root,
            env=self.env,
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr[-4000:]
        assert "Traceback" not in done.stderr
        return done.stderr

    def edit(self, path: str, old: str, new: str) -> None:
        file = self.root / path
        text = file.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{path}: expected {old!r} once"
        file.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture(scope="module")
def project(tmp_path_factory, sources_dir) -> Project:
    root = tmp_path_factory.mktemp("differential") / "project"
    shutil.copytree(ROOT, root, ignore=NOT_COPIED)
    return Project(root, sources_dir)


def test_a_differential_build_is_a_full_build(project):
    assert "full engine build" in project.build()
    steps = [
        # An edited record, an edited narrative, a record added.
        lambda p: (
            p.edit(EVENTS, "According to the source, the Senate was briefed", "According to the source, the Senate was told"),
            p.edit("docs/narrative/groups/jundullah.md", "records no split", "records no split. It is described here for a test"),
            p.edit(EVENTS, "EVENTS = (\n", NEW_EVENT.format(id="ministry-response-second-record")),
        ),
        # A record renamed; a narrative removed.
        lambda p: (
            p.edit(EVENTS, 'id="ministry-response-second-record"', 'id="ministry-response-renamed"'),
            (p.root / "docs/narrative/events/ib-chief-warning-2016.md").unlink(),
        ),
        # A record deleted.
        lambda p: p.edit(EVENTS, NEW_EVENT.format(id="ministry-response-renamed"), "EVENTS = (\n"),
    ]
    for step in steps:
        before = digest(project.root / "site")
        step(project)
        log = project.build()
        assert "differential:" in log, log[-2000:]
        assert digest(project.root / "site") != before
    site = digest(project.root / "site")
    assert "events/ministry-response-renamed/index.html" not in site
    assert "It is described here for a test" in (project.root / "site/groups/jundullah/index.html").read_text()
    assert "full engine build" in project.build("full")
    assert site == digest(project.root / "full")


def test_a_change_to_configuration_overrides_or_navigation_builds_in_full(project):
    from ispk.adapters import rebuild

    folder = project.root / "build"
    project.build()
    now = rebuild.fingerprint(folder)
    assert rebuild.read(project.root / "site").same_build(now)
    engine_config = folder / "mkdocs.yml"
    original = engine_config.read_text(encoding="utf-8")
    for old, new in (("site_description: ", "site_description: Changed. "), ("- Home: index.md", "- Start: index.md")):
        assert old in original
        engine_config.write_text(original.replace(old, new, 1), encoding="utf-8")
        assert not now.same_build(rebuild.fingerprint(folder)), new
    engine_config.write_text(original, encoding="utf-8")
    # Through `make build`: an override edited.
    project.edit("overrides/main.html", "{% extends", "{# edited #}\n{% extends")
    assert not now.same_build(rebuild.fingerprint(folder))
    log = project.build()
    assert "full engine build" in log and "differential:" not in log


def test_a_failed_differential_build_leaves_the_site_and_its_manifest(project):
    """The engine's strict check fails on a page built alone as in a full build; nothing of the site changes."""
    from ispk.adapters import rebuild

    project.build()
    site, manifest = project.root / "site", rebuild.manifest_file(project.root / "site")
    before, kept = digest(site), manifest.read_bytes()
    page = project.root / "build/docs/groups/jundullah.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nSee [nothing](../nowhere.md).\n", encoding="utf-8")
    built = rebuild.publish(project.root / "build", site)
    assert not built.ok and built.differential
    assert "Doc file 'groups/jundullah.md' contains a link '../nowhere.md'" in built.log
    assert "Aborted with 1 warnings in strict mode!" in built.log and "Traceback" not in built.log
    assert digest(site) == before and manifest.read_bytes() == kept
    assert not site.with_name(".site-next").exists() and not site.with_name(".site-delta").exists()


def test_the_preview_builds_only_what_a_save_wrote_and_serves_what_mkdocs_serve_would(tmp_path):
    """The preview's engine step (ispk/adapters/preview.py, ``Served``) against MkDocs' own build for its server."""
    from mkdocs.commands.build import build as engine_build
    from mkdocs.config import load_config as engine_config
    from test_maintainers_pages import PAGE, SOURCE, TEXT, build, invented

    from ispk.adapters.preview import Preview, Served
    from ispk.model import SetAside

    archive_dir = tmp_path / "archive"
    archive_dir.mkdir()
    (archive_dir / f"{SOURCE}.txt").write_text(TEXT, encoding="utf-8")
    folder = tmp_path / "preview"
    preview, served = Preview(folder, build(archive_dir, tmp_path)), Served(folder)
    first = preview.update(invented())
    assert first.ok and first.reconfigured
    served.render(first)
    second = preview.update(invented(SetAside(source=SOURCE, text="It agreed on nothing.", reason="Says nothing.")))
    assert second.ok and not second.reconfigured and PAGE in second.paths
    assert second.first == ()  # a set-aside passage has no page of its own
    files, _ = served.render(second, lambda: pytest.fail("nothing to build first"))
    assert files == len(second.paths) < 10
    # A saved record's own page is built first and served while the rest is built; the source's
    # coverage checklist, which names it too, comes after.
    dataset = invented(SetAside(source=SOURCE, text="It agreed on nothing.", reason="Says nothing."))
    renamed = dataclasses.replace(dataset.sources[0], headline="An invented council meeting, renamed")
    third = preview.update(dataclasses.replace(dataset, sources=(renamed,)))
    home = f"sources/{SOURCE}.md"
    assert third.ok and third.first == (home,) and PAGE in third.paths
    page, checklist = (served.site / p.removesuffix(".md") / "index.html" for p in (home, PAGE))
    seen: list[tuple[bool, ...]] = []
    served.render(third, lambda: seen.append(tuple("renamed" in f.read_text(encoding="utf-8") for f in (page, checklist))))
    assert seen == [(True, False)] and "renamed" in checklist.read_text(encoding="utf-8")
    assert "Says nothing." in checklist.read_text(encoding="utf-8")
    expected = tmp_path / "expected"
    engine_build(engine_config(str(folder / "mkdocs.yml"), site_dir=str(expected)), serve_url="http://127.0.0.1:8000/")
    # Search is indexed in the background after each build in both (the preview's hook): left out.
    built = [
        {p: h for p, h in digest(site).items() if not p.startswith(("pagefind/", ".pagefind"))}
        for site in (served.site, expected)
    ]
    assert len(built[0]) > 50 and built[0] == built[1]

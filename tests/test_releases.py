"""Releases end to end, in a temporary git repository with two tagged releases.

The first release is this checkout as it is (on top of this repository's history,
whose earlier releases are left untagged); the second differs from it in
known ways (a count revised, an event renamed with a redirect, an event added,
a statement removed) and is cut with scripts/release.py (ispk/releases/cut.py), as `make release`
does. Then:

- the changes computed from the two tags are exactly those changes;
- mike deploys both tags into a gh-pages branch: both versioned sites exist,
  with Material's version selector configured, "latest" redirects to the newest;
- citations name each release's own versioned address;
- every URL each release registered (urls.txt) is served by that release and by
  the newest one; links from "latest" and between versions resolve;
- the newest release has a "What changed in" page listing exactly those changes,
  the "since" page the banner links to, a Changes section on the changed record's
  page linking to both releases, and changes.csv / changes.json in its data
  package; every link on those pages resolves in the deployed tree;
- in Chromium, the old release shows the banner naming the newest, linking to the
  same page there and to the changes since, and the selector lists both releases.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from itertools import pairwise
from pathlib import Path

import lxml.html
import pytest

from conftest import ROOT
from ispk.releases import cache, diff, export, git, release, versions
from ispk.releases.permanence import url_of

SITE_URL = "https://example.org/ispk/"
DATE = "2026-12-01"
COUNTED_EVENT, RENAMED, NEW_NAME = "quetta-attack-2016-08-08", "karachi-arrest-five-is-suspects", "karachi-arrest-five-suspects"
ADDED_TITLE = "Arrests in Karachi (an event added for the release test)"
NEW_TITLE = "Five suspected Islamic State operatives arrested in Karachi"  # the renamed event's title, unchanged
ADDED, REMOVED = "karachi-arrests-release-test", "qayyum-international-phenomenon"
REMOVED_HOME = f"people/abdul-qayyum/#fact-{REMOVED}"  # a statement with a speaker and no event lives on the speaker's page


def run(*args: str, cwd: Path, env: dict | None = None, check: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run(list(args), cwd=cwd, env=env, capture_output=True, text=True)
    if check and done.returncode != 0:
        raise AssertionError(f"{' '.join(args)} failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}")
    return done


def copy_checkout(target: Path) -> Path:
    """A clone of this repository's history without its tags, with this checkout's files as git sees
    them (committed or not, never ignored ones) committed on top: the first release of the test.

    The earlier releases are in the history, untagged, as in a `git clone --no-tags` or a CI checkout:
    the change pages this checkout's urls.txt registers (changes/0.2.0/ needs 0.1.0) are found from
    the commits that set each version."""
    run("git", "clone", "--quiet", "--no-tags", str(ROOT), str(target), cwd=ROOT)
    for path in target.iterdir():
        if path.is_dir() and path.name != ".git":
            shutil.rmtree(path)
        elif path.is_file():
            path.unlink()
    listed = run("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT).stdout.split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    run("git", "config", "user.name", "Release Test", cwd=target)
    run("git", "config", "user.email", "release-test@example.org", cwd=target)
    run("git", "add", "--all", cwd=target)
    run("git", "commit", "--quiet", "--allow-empty", "-m", "First release", cwd=target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{path.name}: {old[:60]!r} found {text.count(old)} times"
    path.write_text(text.replace(old, new), encoding="utf-8")


def release_changes(repo: Path) -> list:
    """Each release's changes since the one before it, from the repository's tags and release commits."""
    snaps = [cache.load(rev, repo) for rev, _ in git.releases_in(repo)]
    return [diff.compare(a, b) for a, b in pairwise(snaps)]


def next_minor(version: str) -> str:
    major, minor, _ = versions.parse(version)
    return f"{major}.{minor + 1}.0"


def make_second_release(repo: Path, version: str, env: dict) -> None:
    data = repo / "ispk" / "data"
    # A count revised: 70 -> 73.
    edit(data / "s003.py", 'Count(measure="killed", low=70,', 'Count(measure="killed", low=73,')
    # A record renamed, its old address redirected to the new one.
    edit(data / "s002.py", f'id="{RENAMED}",', f'id="{NEW_NAME}",')
    edit(
        repo / "mkdocs.yml",
        "      redirect_maps:\n",
        f"      redirect_maps:\n        events/{RENAMED}.md: events/{NEW_NAME}.md\n",
    )
    # One added.
    edit(
        data / "s002.py",
        '    Event(\n        id="karachi-women-is-fundraising-group",',
        f'''    Event(
        id="{ADDED}",
        title="{ADDED_TITLE}",
        kind="arrest",
        summary="Pakistani authorities arrested five suspected Islamic State operatives in Karachi, the source says.",
        undated_reason="The release test adds this event without a date.",
        places=("karachi",),
        where=(Cite(source=S002, quote="Pakistani authorities arrested five suspected IS operatives from Karachi"),),
        cites=(Cite(source=S002, quote="Pakistani authorities arrested five suspected IS operatives from Karachi"),),
    ),
    Event(
        id="karachi-women-is-fundraising-group",''',
    )
    # One removed: a statement (it has no page of its own, so no redirect).
    text = (data / "s002.py").read_text(encoding="utf-8")
    start = text.index(f'    Statement(\n        id="{REMOVED}",')
    end = text.index("    Statement(", start + 10)
    (data / "s002.py").write_text(text[:start] + text[end:], encoding="utf-8")
    urls = repo / "urls.txt"
    urls.write_text(urls.read_text(encoding="utf-8") + f"events/{NEW_NAME}/\nevents/{ADDED}/\n", encoding="utf-8")
    edit(repo / "CHANGELOG.md", "## [Unreleased]\n", "## [Unreleased]\n\n- The release test's changes.\n")
    run("git", "commit", "--quiet", "--all", "-m", "Second release's data", cwd=repo)
    run(
        sys.executable,
        "-m",
        "scripts.release",
        "--version",
        version,
        "--date",
        DATE,
        "--test-command",
        f"{sys.executable} -m scripts.validate_data",
        cwd=repo,
        env=env,
    )


@pytest.fixture(scope="module")
def env(sources_dir, tmp_path_factory) -> dict:
    return {
        **os.environ,
        "ISPK_SOURCES": str(sources_dir),
        "ISPK_CACHE": str(ROOT / ".cache"),
        "PYTHONDONTWRITEBYTECODE": "1",
        "NO_MKDOCS_2_WARNING": "1",
        "DISABLE_MKDOCS_2_WARNING": "true",
    }


@pytest.fixture(scope="module")
def releases(tmp_path_factory, env) -> tuple[Path, str, str]:
    """(repository, first version, second version), both tagged."""
    repo = copy_checkout(tmp_path_factory.mktemp("releases") / "repo")
    first = release.read((repo / "mkdocs.yml").read_text(encoding="utf-8")).version
    run("git", "tag", "--annotate", f"v{first}", "-m", f"Release {first}", cwd=repo)
    second = next_minor(first)
    make_second_release(repo, second, env)
    return repo, first, second


# --------------------------------------------------------------------------- #
# make release
# --------------------------------------------------------------------------- #


def test_the_release_commit_sets_the_version_everywhere_and_is_tagged(releases):
    repo, _first, second = releases
    assert run("git", "describe", "--exact-match", "HEAD", cwd=repo).stdout.strip() == f"v{second}"
    assert run("git", "log", "-1", "--format=%s", cwd=repo).stdout.strip() == f"Release {second}"
    texts = {n: (repo / n).read_text(encoding="utf-8") for n in ("mkdocs.yml", "CITATION.cff", "CHANGELOG.md")}
    assert release.read(texts["mkdocs.yml"]) == release.Release(version=second, date=DATE)
    assert release.disagreements(*texts.values()) == []
    assert texts["CHANGELOG.md"].index("## [Unreleased]") < texts["CHANGELOG.md"].index(
        f"## [{second}] - {DATE}\n\n- The release test's changes."
    )
    assert run("git", "status", "--porcelain", cwd=repo).stdout == ""


@pytest.mark.parametrize(
    "test_command, released",
    [
        # The tests see the release commit itself (what will be tagged), not the tree before it.
        ("git log -1 --format=%s | grep -qx 'Release {version}' && grep -q 'changes/{version}/' urls.txt", True),
        ("false", False),
    ],
)
def test_the_tests_run_on_the_release_commit_and_a_failure_undoes_it(tmp_path, env, test_command, released):
    repo = copy_checkout(tmp_path / "repo")
    version = next_minor(release.read((repo / "mkdocs.yml").read_text(encoding="utf-8")).version)
    edit(repo / "CHANGELOG.md", "## [Unreleased]\n", "## [Unreleased]\n\n- A change.\n")
    run("git", "commit", "--quiet", "--all", "-m", "A change", cwd=repo)
    head = run("git", "rev-parse", "HEAD", cwd=repo).stdout
    done = run(
        sys.executable, "-m", "scripts.release", "--version", version, "--date", DATE,
        "--test-command", test_command.format(version=version), cwd=repo, env=env, check=False,
    )  # fmt: skip
    tags = run("git", "tag", "--list", f"v{version}", cwd=repo).stdout.split()
    assert run("git", "status", "--porcelain", cwd=repo).stdout == ""
    if released:
        assert done.returncode == 0 and tags == [f"v{version}"], done.stderr
        assert run("git", "rev-parse", "HEAD~1", cwd=repo).stdout == head
    else:
        assert done.returncode == 1 and tags == [] and "the release commit was undone" in done.stderr
        assert run("git", "rev-parse", "HEAD", cwd=repo).stdout == head


# --------------------------------------------------------------------------- #
# What changed
# --------------------------------------------------------------------------- #


def test_the_changes_are_exactly_the_known_ones(releases):
    repo, first, second = releases
    # The last comparison is the test's release; the ones before it are this repository's own.
    *earlier, rc = release_changes(repo)
    assert [r.version for r in earlier] == [v for _, v in git.releases_in(repo)][1:-1]
    assert (rc.version, rc.previous, rc.date) == (second, first, DATE)
    got = {(c.change, c.kind, c.id, c.field, c.old, c.new, c.target_id, c.redirect) for c in rc.changes}
    assert got == {
        ("changed", "event", COUNTED_EVENT, "counts[0].low", "70", "73", None, None),
        ("renamed", "event", RENAMED, "", None, None, NEW_NAME, f"events/{RENAMED}/"),
        ("added", "event", ADDED, "", None, None, None, None),
        ("removed", "statement", REMOVED, "", None, None, None, None),
    }
    assert len(rc.changes) == 4
    assert rc.counts() == {"added": 1, "removed": 2, "changed": 1}
    [revised] = rc.of("changed")
    assert (revised.field, revised.old, revised.new, revised.note) == ("counts[0].low", "70", "73", "figure revised")


def test_a_renamed_record_keeps_its_history_under_its_new_id(releases):
    repo, _, _second = releases
    histories = diff.record_histories(release_changes(repo))
    # The repository's earlier releases may have changed these records too; the test's release did this:
    assert [c.change for c in histories["event", NEW_NAME] if c.release == _second] == ["renamed"]
    assert [c.field for c in histories["event", COUNTED_EVENT] if c.release == _second] == ["counts[0].low"]


def test_changes_csv_and_json_follow_their_schema(releases, tmp_path):
    from frictionless import Package, Resource

    repo, _, _ = releases
    history = release_changes(repo)
    csv_content, json_content = export.csv_bytes(history), export.json_bytes(history)
    (tmp_path / "changes.csv").write_bytes(csv_content)
    (tmp_path / "changes.json").write_bytes(json_content)
    package = {"name": "changes", "resources": export.resources(csv_content, json_content)}
    (tmp_path / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    report = Package(str(tmp_path / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    repo_releases = [v for _, v in git.releases_in(repo)][1:]
    rows = [r.split(",", 1)[0] for r in csv_content.decode().splitlines()[1:]]
    # (A release that changed no record has no row.)
    assert set(rows) <= set(repo_releases) and rows.count(repo_releases[-1]) == 4
    assert [r["version"] for r in json.loads(json_content)["releases"]] == repo_releases
    assert len(json.loads(json_content)["releases"][-1]["changes"]) == 4
    assert Resource(str(tmp_path / "changes.csv")).read_rows()[0]["release"]


# --------------------------------------------------------------------------- #
# Both releases deployed by mike
# --------------------------------------------------------------------------- #


@pytest.fixture(scope="module")
def deployed(releases, env, tmp_path_factory) -> tuple[Path, str, str]:
    """Every release deployed by mike to the repository's gh-pages branch, exported as Pages serves it:
    both tags, and the earlier releases this clone has no tag of (found from the commits that set them)."""
    repo, first, second = releases
    # What `make versions` runs (each release through the Pages workflow's `deploy`), into gh-pages.
    run(sys.executable, "-m", "scripts.versions", "build", "--branch", "gh-pages", "--site-url", SITE_URL, cwd=repo, env=env)
    www = tmp_path_factory.mktemp("www")
    folder = www / "ispk"
    folder.mkdir()
    archived = subprocess.run(["git", "archive", "--format=tar", "gh-pages"], cwd=repo, check=True, capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archived.stdout, check=True)
    return www, first, second


def page(folder: Path, url: str) -> Path:
    return folder / url / "index.html" if not url.endswith(".html") else folder / url


def redirect_target(html: str) -> str | None:
    # mkdocs-redirects and mike both write a meta refresh (mike's inside <noscript>, after a script).
    match = re.search(r'<meta http-equiv="refresh" content="\d+; ?url=([^"]+)"', html)
    return match[1] if match else None


@pytest.mark.engine
def test_both_versioned_sites_exist_with_the_selector_and_latest(deployed):
    www, first, second = deployed
    site = www / "ispk"
    listed = json.loads((site / "versions.json").read_text(encoding="utf-8"))
    assert listed[:2] == [
        {"version": second, "title": second, "aliases": ["latest"]},
        {"version": first, "title": first, "aliases": []},
    ]
    # The releases before, untagged in this clone, are deployed too (`make versions` needs no tags).
    assert [v["version"] for v in listed[2:]] == untagged_releases(deployed)[::-1] != []
    for version in (first, second):
        tree = lxml.html.fromstring(page(site, f"{version}/groups/islamic-state/").read_bytes())
        [config] = tree.xpath('//script[@id="__config"]/text()')
        assert json.loads(config)["version"]["provider"] == "mike"
        assert tree.xpath('//div[@data-md-component="outdated"]//p[@class="release-outdated"]/@data-release') == [version]
    # latest/ is a set of redirect pages into the newest release; the root redirects to latest/.
    target = redirect_target(page(site, "latest/groups/islamic-state/").read_text(encoding="utf-8"))
    assert target == f"../../../{second}/groups/islamic-state/"
    assert "latest/" in (site / "index.html").read_text(encoding="utf-8")


def untagged_releases(deployed) -> list[str]:
    """The releases published at their own address before the test's two, oldest first."""
    www, first, second = deployed
    listed = json.loads((www / "ispk" / "versions.json").read_text(encoding="utf-8"))
    return sorted((v["version"] for v in listed if v["version"] not in (first, second)), key=versions.parse)


def test_each_release_has_its_own_search_and_searches_only_itself(deployed, built_site):
    www, first, second = deployed
    site = www / "ispk"
    assert not (site / "pagefind").exists()
    for version in (*untagged_releases(deployed), first, second):
        assert (site / version / "pagefind" / "pagefind-entry.json").is_file(), version
        [box] = lxml.html.fromstring(page(site, f"{version}/").read_bytes()).xpath("//pagefind-config")
        # The box loads Pagefind from the release's own pagefind/, directly (releases before issue 24)
        # or through its assets/search-bundle/, which imports ../../pagefind/pagefind.js.
        assert box.get("base-url") == f"/ispk/{version}/"
        assert box.get("bundle-path") in (f"/ispk/{version}/pagefind/", f"/ispk/{version}/assets/search-bundle/")
        if box.get("bundle-path").endswith("/assets/search-bundle/"):
            shim = (site / version / "assets" / "search-bundle" / "pagefind.js").read_text(encoding="utf-8")
            assert '"../../pagefind/pagefind.js"' in shim
    assert lxml.html.fromstring(page(site, f"{first}/").read_bytes()).xpath("//pagefind-config/@bundle-path") == [
        f"/ispk/{first}/assets/search-bundle/"
    ]

    # The first release is this checkout: its folder holds everything a plain build of it holds
    # (the search index's chunks are named by their content, which cites other addresses).
    def files(folder: Path) -> set[str]:
        return {re.sub(r"_[0-9a-f]{7,}\.", "_#.", p.relative_to(folder).as_posix()) for p in folder.rglob("*") if p.is_file()}

    assert files(built_site) - files(site / first) == set()


@pytest.mark.engine
def test_the_root_serves_the_newest_release_404_page(deployed):
    # GitHub Pages answers every missing address of a project site with <site>/404.html.
    www, _, second = deployed
    assert (www / "ispk" / "404.html").read_bytes() == (www / "ispk" / second / "404.html").read_bytes()


def cite_urls(html: str) -> set[str]:
    tree = lxml.html.fromstring(html)
    urls = set(tree.xpath('//meta[@name="citation_public_url"]/@content'))
    for dd in tree.xpath('//dd[contains(@class, "csl-entry")]'):
        urls |= set(re.findall(r"https://example\.org/\S+?/(?=[.\s]|$)", dd.text_content() + " "))
    return urls


@pytest.mark.engine
def test_citations_name_the_versioned_address(deployed):
    www, first, second = deployed
    site = www / "ispk"
    for version in (first, second):
        for docs_page in ("groups/islamic-state.md", f"events/{COUNTED_EVENT}.md", "index.md"):
            expected = versions.addresses(SITE_URL, version, docs_page).versioned
            html = page(site, f"{version}/{url_of(docs_page)}").read_text(encoding="utf-8")
            assert cite_urls(html) == {expected}, (version, docs_page)
            # ... and offers the latest address as well.
            [latest] = lxml.html.fromstring(html).xpath('//p[@class="cite-latest"]/a/@href')
            assert latest == versions.addresses(SITE_URL, version, docs_page).latest == f"{SITE_URL}latest/{url_of(docs_page)}"


def registered(repo: Path, tag: str) -> list[str]:
    text = run("git", "show", f"{tag}:urls.txt", cwd=repo).stdout
    return [("" if u == "/" else u) for u in (line.strip() for line in text.splitlines()) if u and not u.startswith("#")]


@pytest.mark.engine
def test_every_registered_url_is_served_by_its_release_and_by_the_newest(releases, deployed):
    repo, first, second = releases
    site = deployed[0] / "ispk"
    for tag, version in ((f"v{first}", first), (f"v{second}", second)):
        for url in registered(repo, tag):
            for served_by in {version, second}:
                assert page(site, f"{served_by}/{url}").is_file(), f"{url} of {version} missing in {served_by}"
    # The renamed page's old address redirects, in the newest release, to its new one.
    assert redirect_target(page(site, f"{second}/events/{RENAMED}/").read_text(encoding="utf-8")) == f"../{NEW_NAME}/"


@pytest.mark.engine
def test_links_across_versions_resolve(deployed):
    """Every redirect page of latest/ points at a page of the newest release; every page of the old
    release has its counterpart (or a redirect) in the newest, which is where its banner links."""
    www, first, second = deployed
    site = www / "ispk"
    checked = 0
    for path in (site / "latest").rglob("index.html"):
        target = redirect_target(path.read_text(encoding="utf-8"))
        assert target, path
        resolved = (path.parent / target.split("#")[0]).resolve()
        assert (resolved / "index.html").is_file() or resolved.is_file(), (path, target)
        checked += 1
    assert checked > 100
    for path in (site / first).rglob("index.html"):
        counterpart = site / second / path.relative_to(site / first)
        assert counterpart.is_file(), f"{path.relative_to(site)} has no page or redirect in {second}"


# --------------------------------------------------------------------------- #
# What changed, as the newest release publishes it
# --------------------------------------------------------------------------- #


def article(file: Path):
    [content] = lxml.html.fromstring(file.read_bytes()).xpath('//article[contains(@class, "md-content__inner")]')
    # The page's own content sits in the element the search indexes, when the theme adds it.
    return next(iter(content.xpath("./div[@data-pagefind-body]")), content)


def heading_text(element) -> str:
    return " ".join(element.text_content().replace("¶", "").split())


def section(content, heading: str) -> list:
    """The elements after the h2 ``heading`` up to the next h2."""
    [h2] = [h for h in content.xpath("./h2") if heading_text(h) == heading]
    out = []
    for sibling in h2.itersiblings():
        if sibling.tag == "h2":
            break
        out.append(sibling)
    return out


def table_rows(elements) -> list[list[str]]:
    return [
        [" ".join(td.text_content().split()) for td in tr.xpath("./td")]
        for element in elements
        for tr in element.xpath(".//tr[td]")
    ]


def history(elements) -> dict[str, list[str]]:
    """A record's collapsed change history: {release line: its changes as sentences}."""
    out: dict[str, list[str]] = {}
    for element in elements:
        for details in element.xpath("./descendant-or-self::details"):
            assert details.get("open") is None, "the history is collapsed"
            line = ""
            for child in details.xpath("./p[strong] | ./ul"):
                if child.tag == "p":
                    line = " ".join(child.text_content().split())
                    out[line] = []
                else:
                    out[line] += [" ".join(li.text_content().split()) for li in child.xpath("./li")]
    return out


def served_target(site: Path, file: Path, href: str) -> str:
    """The deployed file (relative to the site root, with its anchor) a relative link leads to; fails if it is missing."""
    url, _, anchor = href.partition("#")
    target = (file.parent / url).resolve() if url else file
    if target.is_dir():
        target = target / "index.html"
    assert target.is_file(), f"{file.relative_to(site)}: {href} leads nowhere"
    relative = target.relative_to(site.resolve() if target.is_relative_to(site.resolve()) else site)
    if anchor:
        assert lxml.html.fromstring(target.read_bytes()).xpath(f'//*[@id="{anchor}"]'), f"{href}: no #{anchor} in {relative}"
    return str(relative.parent if relative.name == "index.html" else relative) + "/" + (f"#{anchor}" if anchor else "")


@functools.cache
def deployed_versions(site: Path) -> tuple[str, ...]:
    """The versions mike deployed to this tree (its versions.json), read once per tree."""
    return tuple(v["version"] for v in json.loads((site / "versions.json").read_text(encoding="utf-8")))


def earlier_release(site: Path, file: Path, href: str) -> bool:
    """A link into one of this repository's own releases before the test's two, which the test does not
    deploy (they are published, from their tags, by the Pages workflow). A link into a release that
    has no address of its own (0.1.0) is not one: it must fail."""
    deployed = deployed_versions(site)
    target = (file.parent / href.partition("#")[0]).resolve()
    if not target.is_relative_to(site.resolve()):
        return False
    top = target.relative_to(site.resolve()).parts[0]
    return (
        versions.SEMVER.fullmatch(top) is not None
        and top not in deployed
        and versions.has_own_address(top)
        and versions.parse(top) < min(map(versions.parse, deployed))
    )


def links_resolve(site: Path, file: Path, elements) -> list[str]:
    """Every link in these elements, checked to resolve in the deployed tree, as site-relative addresses
    (links into the repository's own earlier releases, not deployed here, are left out)."""
    hrefs = [a.get("href") for element in elements for a in element.xpath(".//a[@href]")]
    return [
        served_target(site, file, h)
        for h in hrefs
        if not h.startswith(("http:", "https:", "mailto:")) and not earlier_release(site, file, h)
    ]


@pytest.mark.engine
def test_the_newest_release_says_what_changed_in_it_with_working_links(deployed):
    www, first, second = deployed
    site = www / "ispk"
    file = page(site, f"{second}/changes/{second}/")
    content = article(file)
    assert heading_text(content.xpath(".//h1")[0]) == f"What changed in {second}"
    text = " ".join(content.text_content().split())
    assert "1 record added, 2 removed and 1 changed" in text
    added = section(content, "Records added")
    assert [row[:2] for row in table_rows(added)] == [[f"{ADDED_TITLE} ({ADDED})", "event"]]
    assert links_resolve(site, file, added) == [f"{second}/events/{ADDED}/"] * 2
    removed = section(content, "Records removed")
    assert [row[:3] for row in table_rows(removed)] == [
        [f"{NEW_TITLE} ({RENAMED})", "event", f"Renamed to {NEW_TITLE}; its old address events/{RENAMED}/ redirects there."],
        [f"Statement by Abdul Qayyum ({REMOVED})", "statement", "Removed; no record replaces it."],
    ]
    assert links_resolve(site, file, removed) == [
        f"{second}/events/{NEW_NAME}/",
        f"{first}/events/{RENAMED}/",
        f"{second}/events/{NEW_NAME}/",
        f"{first}/{REMOVED_HOME}",
    ]
    changed = section(content, "Records changed")
    assert table_rows(changed) == [["Lowest figure of count", "70", "73", "Lowest figure of a count revised: 70 → 73."]]
    assert links_resolve(site, file, changed) == [
        f"{second}/events/{COUNTED_EVENT}/",
        f"{first}/events/{COUNTED_EVENT}/",
        f"{second}/events/{COUNTED_EVENT}/",
    ]
    links_resolve(site, file, [content])  # and every other link on the page
    # The index lists the release, newest first, and the since page; in the old release, nothing was compared yet.
    index = article(page(site, f"{second}/changes/"))
    # (Below it, the repository's own earlier releases, found untagged in its history.)
    assert table_rows(section(index, "Each release"))[0] == [f"What changed in {second}", "1 December 2026", first, "1", "2", "1"]
    index_file = page(site, f"{second}/changes/")
    assert links_resolve(site, index_file, section(index, "Each release"))[0] == f"{second}/changes/{second}/"
    assert f"{second}/changes/since-{first}/" in links_resolve(site, index_file, section(index, "Since an older release"))
    links_resolve(site, index_file, [index])
    # The old release lists its own history, never the release that came after it.
    old_index = article(page(site, f"{first}/changes/"))
    assert f"What changed in {second}" not in old_index.text_content()
    assert next(row[0] for row in table_rows(section(old_index, "Each release"))) == f"What changed in {first}"


@pytest.mark.engine
def test_the_since_page_the_banner_links_to_exists(deployed):
    www, first, second = deployed
    site = www / "ispk"
    file = page(site, f"{second}/changes/since-{first}/")
    content = article(file)
    assert heading_text(content.xpath(".//h1")[0]) == f"What changed since {first}"
    assert "1 record added, 2 removed and 1 changed" in " ".join(content.text_content().split())
    links_resolve(site, file, [content])
    assert not page(site, f"{first}/changes/since-{first}/").exists()


@pytest.mark.engine
def test_the_changed_record_page_lists_its_changes_with_links_to_both_releases(deployed):
    www, first, second = deployed
    site = www / "ispk"
    file = page(site, f"{second}/events/{COUNTED_EVENT}/")
    changes_section = section(article(file), "Changes")
    # Other rows are the repository's own earlier releases; the test's release made this one.
    mine = {line: sentences for line, sentences in history(changes_section).items() if f"Release {second} " in line}
    assert mine == {
        f"Release {second} · this record's page in each release: {first} · {second}": [
            "Lowest figure of a count revised: 70 → 73."
        ]
    }
    assert {
        f"{second}/changes/",
        f"{second}/changes/{second}/",
        f"{first}/events/{COUNTED_EVENT}/",
        f"{second}/events/{COUNTED_EVENT}/",
    } <= set(links_resolve(site, file, changes_section))
    renamed = page(site, f"{second}/events/{NEW_NAME}/")
    logged = history(section(article(renamed), "Changes"))
    assert logged[f"Release {second} · this record's page in each release: {first} · {second}"] == [
        f"Renamed from {RENAMED}; the old address events/{RENAMED}/ redirects here."
    ]
    # The old release never shows the change that came after it.
    old = article(page(site, f"{first}/events/{COUNTED_EVENT}/"))
    if "Changes" in [heading_text(h) for h in old.xpath("./h2")]:
        assert not [line for line in history(section(old, "Changes")) if f"Release {second} " in line]


@pytest.mark.engine
def test_changes_csv_and_json_are_in_the_published_data_package(deployed):
    from frictionless import validate

    www, first, second = deployed
    data = www / "ispk" / second / "data"
    package = json.loads((data / "datapackage.json").read_text(encoding="utf-8"))
    resources = {r["name"]: r for r in package["resources"]}
    assert resources["changes"]["path"] == "changes.csv" and resources["changes-json"]["path"] == "changes.json"
    assert resources["changes"]["schema"] == export.table_schema()
    rows = [r.split(",", 1)[0] for r in (data / "changes.csv").read_text(encoding="utf-8").splitlines()[1:]]
    assert rows.count(second) == 4
    assert [
        (r["version"], r["previous"], len(r["changes"])) for r in json.loads((data / "changes.json").read_text())["releases"]
    ][-1] == (second, first, 4)
    report = validate(data / "datapackage.json")
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "type", "note"])
    assert "changes.csv" in (www / "ispk" / second / "data" / "index.html").read_text(encoding="utf-8")
    old = www / "ispk" / first / "data"
    assert second not in [r.split(",", 1)[0] for r in (old / "changes.csv").read_text(encoding="utf-8").splitlines()]


# --------------------------------------------------------------------------- #
# In the browser: the selector and the outdated-release banner
# --------------------------------------------------------------------------- #


@contextlib.contextmanager
def serving(folder: Path):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/ispk/"
    finally:
        server.shutdown()


@pytest.mark.engine
@pytest.mark.browser
def test_old_release_shows_the_banner_and_the_selector_lists_both(deployed, chromium):
    www, first, second = deployed
    # The session's Chromium (conftest): a second Playwright in one worker is refused.
    with serving(www) as base:
        context = chromium.new_context()
        try:
            tab = context.new_page()
            tab.goto(f"{base}{first}/events/{RENAMED}/")
            banner = tab.locator(".release-outdated")
            banner.wait_for(state="visible")
            tab.wait_for_function("document.querySelector('[data-latest-page]').textContent.trim() !== 'the newest release'")
            text = " ".join(banner.inner_text().split())
            assert text == f"You are reading release {first}; the latest is {second} — what changed since."
            # "what changed since" leads to the since page, which the newest release has.
            tab.wait_for_function(
                f"document.querySelector('[data-latest-changes]').href.endsWith('/{second}/changes/since-{first}/')"
            )
            link = tab.locator("[data-latest-page]")
            tab.wait_for_function(f"document.querySelector('[data-latest-page]').href.endsWith('/{second}/events/{RENAMED}/')")
            link.click()
            tab.wait_for_url(f"**/{second}/events/{NEW_NAME}/")  # through the rename's redirect
            assert tab.locator(".release-outdated").is_hidden()
            tab.locator(".md-version__current").wait_for()
            # The selector names the release, with its alias "latest" beside it.
            assert tab.locator(".md-version__current").inner_text().replace("\n", " ").split()[0].removesuffix("latest") == second
            titles = tab.locator(".md-version__link").all_inner_texts()
            assert [t.strip().removesuffix("latest").strip() for t in titles] == [
                second,
                first,
                *untagged_releases(deployed)[::-1],
            ]
            if os.environ.get("ISPK_SCREENSHOTS"):
                tab.go_back()
                tab.locator(".release-outdated").wait_for(state="visible")
                tab.screenshot(path=os.path.join(os.environ["ISPK_SCREENSHOTS"], "outdated-banner.png"))
        finally:
            context.close()

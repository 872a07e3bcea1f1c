"""The "what changed" producer (ispk/plan/changes.py) on synthetic release histories, without git.

Two releases of the small dataset differ in known ways: an event added, a group
renamed (with a redirect) whose name was also corrected (from a name full of
Markdown and HTML, which must stay text), a statement removed and an event's
date made more precise. The plan must have exactly the pages and
slots those changes call for, with links that resolve; and with one release
only, nothing is claimed. tests/test_releases.py does the same end to end, from
two git tags through mike.
"""

from __future__ import annotations

import dataclasses
import json
import posixpath
import re
from urllib.parse import urljoin

import frictionless
import markdown
import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import ROOT
from factories import cite, small
from ispk import config as site_config
from ispk import plan as site_plan
from ispk import routes
from ispk.index import Index
from ispk.model import Event, Statement, When
from ispk.narrative import Narrative
from ispk.plan.change_words import ChangeWords, unlabelled_fields
from ispk.releases import cache, diff, git, snapshot, versions
from ispk.releases import history as release_history
from ispk.releases.model import Change, ChangesError, Releases, snapshot_of
from ispk.releases.release import Release
from ispk.render import Renderer

CONFIG = yaml.load((ROOT / "mkdocs.yml").read_text(), Loader=yaml.BaseLoader)
EXTENSIONS = [e if isinstance(e, str) else next(iter(e)) for e in CONFIG["markdown_extensions"]]
OLD, NEW = Release(version="0.1.0", date="2026-11-22"), Release(version="0.2.0", date="2026-12-01")
POISON = "<b>bold</b> *not emphasis* [not](a-link)"
ADDED_TITLE = "Added for the test"


def new_data():
    data = small()
    added = Event(
        id="added-event",
        title=ADDED_TITLE,
        kind="briefing",
        summary="Added.",
        undated_reason="test",
        places=("islamabad",),
        cites=(cite("speaking at a weekly briefing in Islamabad Thursday"),),
    )
    return dataclasses.replace(data, events=(*data.events, added))


def old_data():
    data = small()
    [islamic_state, jundullah] = data.groups
    gone = Statement(
        id="gone-statement",
        text="Words of an official.",
        form="quote",
        speaker_label="an official",
        event="briefing",
        cites=(cite(),),
    )
    return dataclasses.replace(
        data,
        groups=(islamic_state, dataclasses.replace(jundullah, id="jundallah", name=POISON)),
        events=(dataclasses.replace(data.events[0], date=When(date="2014")),),
        statements=(*data.statements, gone),
    )


def history() -> Releases:
    a = snapshot_of(snapshot.export(old_data()), OLD.version, OLD.date)
    b = snapshot_of(snapshot.export(new_data()), NEW.version, NEW.date, {"groups/jundallah/": "groups/jundullah.md"})
    rc = diff.compare(a, b)
    return Releases(current=NEW, releases=(OLD, NEW), history=(rc,), since={OLD.version: rc})


def build(releases: Releases, deployed: str | None = None):
    config = dataclasses.replace(
        site_config.load(), version=releases.current.version, release_date=releases.current.date, deployed_version=deployed
    )
    ix = Index(new_data())
    plan = site_plan.make(
        ix,
        config=config,
        narrative=Narrative(None),
        sources_dir=None,
        pictures=None,
        citations=None,
        git=None,
        opendata=True,
        releases=releases,
    )
    return plan, Renderer().site(plan)


def html(page: str) -> BeautifulSoup:
    body = page.split("---\n", 2)[2]
    return BeautifulSoup(markdown.markdown(body, extensions=EXTENSIONS), "html.parser")


def section(soup: BeautifulSoup, heading: str) -> BeautifulSoup:
    """The elements after an h2 up to the next h2, as one soup."""
    h2 = next(h for h in soup.find_all("h2") if h.get_text(strip=True) == heading)
    parts = []
    for sibling in h2.find_next_siblings():
        if sibling.name == "h2":
            break
        parts.append(str(sibling))
    return BeautifulSoup("".join(parts), "html.parser")


def rows(soup: BeautifulSoup) -> list[list[str]]:
    return [
        [" ".join(td.get_text(" ", strip=True).split()) for td in tr.find_all("td")]
        for tr in soup.find_all("tr")
        if tr.find("td")
    ]


def log(soup: BeautifulSoup) -> list[tuple[str, list[str]]]:
    """A record's change history: each release's line, with its changes as sentences."""
    details = soup.find("details")
    assert details is not None and not details.has_attr("open"), "the history is collapsed"
    out = []
    for element in details.find_all(["p", "ul"], recursive=False):
        if element.name == "p" and element.find("strong"):
            out.append((" ".join(element.get_text(" ", strip=True).split()), []))
        elif element.name == "ul":
            out[-1][1].extend(" ".join(li.get_text(" ", strip=True).split()) for li in element.find_all("li"))
    return out


def resolve(page: str, href: str) -> str:
    """The docs page a Markdown link from ``page`` points at."""
    target, _, anchor = href.partition("#")
    path = posixpath.normpath(posixpath.join(posixpath.dirname(page), target))
    return path + (f"#{anchor}" if anchor else "")


def served(version: str, page: str, href: str) -> str:
    """Where a link in release ``version``'s built page goes, under a versioned root (mike), from that root.

    A link to a .md page is one the engine rewrites to the page's address in the same release."""
    if ".md" in href:
        return f"{version}/{routes.url_of(resolve(page, href))}"
    return urljoin(f"https://example.org/ispk/{version}/{routes.url_of(page)}", href).removeprefix("https://example.org/ispk/")


@pytest.fixture(scope="module")
def plain():
    return build(history())


@pytest.fixture(scope="module")
def versioned():
    # These synthetic releases are both published at their own address (the real 0.1.0 is not: see
    # test_a_release_with_no_address_of_its_own_is_named_not_linked).
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(versions, "FIRST_PUBLISHED", OLD.version)
        return build(history(), deployed=NEW.version)


def test_the_known_changes_are_computed():
    [rc] = history().history
    assert {(c.change, c.kind, c.id, c.field, c.old, c.new) for c in rc.changes} == {
        ("added", "event", "added-event", "", None, None),
        ("renamed", "group", "jundallah", "", None, None),
        ("changed", "group", "jundullah", "name", POISON, "Jundullah"),
        ("removed", "statement", "gone-statement", "", None, None),
        ("changed", "event", "briefing", "date", "2014", "2014-12 inferred"),
    }
    # Where each record is shown, in the release where it is described: a statement on its event's page.
    assert {c.id: c.home for c in rc.changes} == {
        "added-event": "events/added-event.md",
        "jundallah": "groups/jundallah.md",
        "jundullah": "groups/jundullah.md",
        "gone-statement": "events/briefing.md#fact-gone-statement",
        "briefing": "events/briefing.md",
    }


def test_the_plan_has_a_page_per_release_a_since_page_and_the_index_in_the_navigation(plain):
    plan, _ = plain
    assert sorted(p for p in plan.pages if p.startswith("changes/")) == [
        "changes/0.2.0.md",
        "changes/index.md",
        "changes/since-0.1.0.md",
    ]
    assert ("What changed", routes.CHANGES) in {(e.title, e.path) for e in plan.nav}
    # The banner's target (docs/assets/versions.js) is this page's address.
    assert routes.url_of(routes.since_page("0.1.0")) == "changes/since-0.1.0/"


def test_the_release_page_lists_exactly_the_changes_with_working_links(plain):
    plan, pages = plain
    path = "changes/0.2.0.md"
    soup = html(pages[path])
    assert soup.h1.get_text() == "What changed in 0.2.0"
    text = " ".join(soup.get_text(" ").split())
    # Two records changed: the event, and the renamed group whose name was corrected.
    assert "1 record added, 2 removed and 2 changed" in text
    added = section(soup, "Records added")
    assert rows(added) == [[f"{ADDED_TITLE} (added-event)", "event"]]
    assert [resolve(path, a["href"]) for a in added.find_all("a")] == ["events/added-event.md"]
    removed = section(soup, "Records removed")
    assert rows(removed) == [
        [f"{POISON} (jundallah)", "group", "Renamed to Jundullah ; its old address groups/jundallah/ redirects there."],
        ["Statement by an official (gone-statement)", "statement", "Removed; no record replaces it."],
    ]
    assert [resolve(path, a["href"]) for a in removed.find_all("a")] == ["groups/jundullah.md"]
    assert soup.find("b") is None  # the old name stays text
    changed = section(soup, "Records changed")
    assert rows(changed) == [
        ["Name", POISON, "Jundullah", f"Name revised: {POISON} → Jundullah."],
        ["Date", "2014", "December 2014 (inferred)", "Date made more precise: 2014 → December 2014 (inferred)."],
    ]
    assert [resolve(path, a["href"]) for a in changed.find_all("a")] == ["groups/jundullah.md", "events/briefing.md"]
    # Every internal link on the page reaches a page of the plan or a file beside it.
    for a in soup.find_all("a"):
        target = resolve(path, a["href"]).partition("#")[0]
        assert target in plan.pages or target in plan.files, a["href"]


def test_an_ordinary_build_names_the_releases_without_linking_into_them(plain):
    _, pages = plain
    for path in ("changes/0.2.0.md", "changes/since-0.1.0.md", "groups/jundullah.md"):
        soup = html(pages[path])
        assert "Pages" not in [th.get_text() for th in soup.find_all("th")], path
        assert not [a["href"] for a in soup.find_all("a") if "0.1.0/" in a["href"] or "0.2.0/" in a["href"]], path


def links_by_row(soup: BeautifulSoup, version: str, page: str) -> list[list[str]]:
    """Each table row's links, resolved as a versioned site serves them (relative to the root of every release)."""
    return [[served(version, page, a["href"]) for a in tr.find_all("a")] for tr in soup.find_all("tr")[1:]]


def test_a_versioned_build_links_to_the_page_in_both_releases(versioned):
    _, pages = versioned
    path = "changes/0.2.0.md"
    soup = html(pages[path])
    assert links_by_row(section(soup, "Records removed"), "0.2.0", path) == [
        # The rename: the record now (in this release), then its old page in 0.1.0 and its new page in 0.2.0.
        ["0.2.0/groups/jundullah/", "0.1.0/groups/jundallah/", "0.2.0/groups/jundullah/"],
        # The removed statement: where it was shown in 0.1.0.
        ["0.1.0/events/briefing/#fact-gone-statement"],
    ]
    assert links_by_row(section(soup, "Records added"), "0.2.0", path) == [
        ["0.2.0/events/added-event/", "0.2.0/events/added-event/"]
    ]
    changed = [served("0.2.0", path, a["href"]) for a in section(soup, "Records changed").find_all("a")]
    # A renamed record's page in the release before is at its old address.
    assert changed == [
        "0.2.0/groups/jundullah/",
        "0.1.0/groups/jundallah/",
        "0.2.0/groups/jundullah/",
        "0.2.0/events/briefing/",
        "0.1.0/events/briefing/",
        "0.2.0/events/briefing/",
    ]
    assert "Page in each release" in [th.get_text() for th in soup.find_all("th")]


def test_a_changed_record_page_has_its_changes_linking_to_both_releases(versioned):
    plan, pages = versioned
    assert {p for p, page in plan.pages.items() if "changes" in page.slots} == {
        "groups/jundullah.md",
        "events/briefing.md",
        "events/added-event.md",
    }
    path = "groups/jundullah.md"
    changes_section = section(html(pages[path]), "Changes")
    assert log(changes_section) == [
        (
            "Release 0.2.0 · this record's page in each release: 0.1.0 · 0.2.0",
            ["Renamed from jundallah; the old address groups/jundallah/ redirects here.", f"Name revised: {POISON} → Jundullah."],
        )
    ]
    assert html(pages[path]).find("b") is None
    assert [served("0.2.0", path, a["href"]) for a in changes_section.find("details").find_all("a")] == [
        "0.2.0/changes/",
        "0.2.0/changes/0.2.0/",
        "0.1.0/groups/jundallah/",
        "0.2.0/groups/jundullah/",
    ]
    event = section(html(pages["events/briefing.md"]), "Changes")
    assert log(event) == [
        (
            "Release 0.2.0 · this record's page in each release: 0.1.0 · 0.2.0",
            ["Date made more precise: 2014 → December 2014 (inferred)."],
        )
    ]
    added = section(html(pages["events/added-event.md"]), "Changes")
    assert log(added) == [("Release 0.2.0 · this record's page in each release: 0.2.0", ["Added to the reference."])]
    assert [served("0.2.0", "events/added-event.md", a["href"]) for a in added.find("details").find_all("a")][1:] == [
        "0.2.0/changes/0.2.0/",
        "0.2.0/events/added-event/",
    ]
    assert "Changes" not in [h.get_text(strip=True) for h in html(pages["groups/islamic-state.md"]).find_all("h2")]


def test_since_page_compares_the_old_release_with_this_one(plain):
    _, pages = plain
    soup = html(pages["changes/since-0.1.0.md"])
    assert soup.h1.get_text() == "What changed since 0.1.0"
    assert "Release 0.1.0 compared directly with release 0.2.0" in " ".join(soup.get_text(" ").split())
    index = html(pages["changes/index.md"])
    assert [a.get_text() for a in index.find_all("a")][:2] == ["What changed in 0.2.0", "What changed since 0.1.0"]
    assert rows(index)[0] == ["What changed in 0.2.0", "1 December 2026", "0.1.0", "1", "2", "2"]


def test_changes_are_in_the_open_data_package_and_valid(plain, tmp_path):
    plan, pages = plain
    for path, content in plan.files.items():
        if path.startswith("data/"):
            (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / path).write_bytes(content)
    package = json.loads(plan.files["data/datapackage.json"])
    [csv_resource] = [r for r in package["resources"] if r["name"] == "changes"]
    assert csv_resource["path"] == "changes.csv" and csv_resource["schema"]["primaryKey"] == ["release", "position"]
    assert "changes-json" in {r["name"] for r in package["resources"]}
    report = frictionless.validate(tmp_path / "data" / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert len(plan.files["data/changes.csv"].decode().splitlines()) == 1 + 5
    data_page = html(pages["data.md"])
    assert {"changes.csv", "changes.json"} <= {a.get_text() for a in data_page.find_all("a")}


def test_one_release_claims_no_change():
    only = Releases(current=NEW, releases=(NEW,))
    plan, pages = build(only)
    assert [p for p in plan.pages if p.startswith("changes/")] == ["changes/index.md"]
    text = " ".join(html(pages["changes/index.md"]).get_text(" ").split())
    assert "No earlier release is tagged, so there is nothing yet to compare it with, and no change is listed." in text
    assert "What changed in" not in text
    assert not [p for p, page in plan.pages.items() if "changes" in page.slots]
    assert plan.files["data/changes.csv"].decode().splitlines()[1:] == []
    assert json.loads(plan.files["data/changes.json"]) == {"releases": []}
    assert "There is no earlier release to compare this one with yet" in " ".join(html(pages["data.md"]).get_text(" ").split())


def test_a_release_with_no_address_of_its_own_is_named_not_linked():
    """Release 0.1.0 was never deployed at /0.1.0/: a versioned build names it and links nothing there."""
    assert NEW.version == versions.FIRST_PUBLISHED and not versions.has_own_address(OLD.version)
    _, pages = build(history(), deployed=NEW.version)
    for path in ("changes/0.2.0.md", "groups/jundullah.md"):
        hrefs = [served("0.2.0", path, a["href"]) for a in html(pages[path]).find_all("a", href=True)]
        assert hrefs and not [h for h in hrefs if h.startswith("0.1.0/")], path
    jundullah = section(html(pages["groups/jundullah.md"]), "Changes")
    assert [release for release, _ in log(jundullah)] == ["Release 0.2.0 · this record's page in each release: 0.1.0 · 0.2.0"]
    # The index does not promise 0.1.0 an address.
    assert (
        "Every release of this reference from 0.2.0 on stays online at its own address"
        in html(pages["changes/index.md"]).get_text()
    )


def test_read_leaves_out_later_tags_and_stands_in_for_an_untagged_release(monkeypatch):
    """releases.history.read: a build of an old release does not see later tags; this checkout's data is the release until tagged."""
    snaps = {
        "v0.1.0": snapshot_of(snapshot.export(old_data()), "0.1.0", OLD.date),
        "v0.2.0": snapshot_of(snapshot.export(new_data()), "0.2.0", NEW.date),
        "v0.3.0": snapshot_of(snapshot.export(new_data()), "0.3.0", "2027-01-01"),
    }
    # These tags are the whole history: nothing from this repository's own releases.
    monkeypatch.setattr(git, "releases_in", lambda repo: [(t, t[1:]) for t in snaps])
    monkeypatch.setattr(cache, "load", lambda tag, repo: snaps[tag])
    config = site_config.load()

    def read(version: str) -> Releases:
        return release_history.read(new_data(), dataclasses.replace(config, version=version, release_date="2026-12-24"), ROOT)

    first = read("0.1.0")
    assert (first.releases, first.history, dict(first.since)) == ((Release(version="0.1.0", date="2026-12-24"),), (), {})
    second = read("0.2.0")
    assert [r.version for r in second.releases] == ["0.1.0", "0.2.0"] and list(second.since) == ["0.1.0"]
    assert [(rc.previous, rc.version) for rc in second.history] == [("0.1.0", "0.2.0")]
    untagged = read("0.4.0")  # not tagged yet: this checkout's data is 0.4.0
    assert [r.version for r in untagged.releases] == ["0.1.0", "0.2.0", "0.3.0", "0.4.0"]
    assert untagged.history[-1].date == "2026-12-24" and untagged.history[-1].changes == ()
    assert {old: rc.version for old, rc in untagged.since.items()} == {"0.1.0": "0.4.0", "0.2.0": "0.4.0", "0.3.0": "0.4.0"}


def test_a_release_whose_data_cannot_be_read_fails_the_build_and_writes_nothing(monkeypatch, tmp_path, capsys, sources_dir):
    from ispk import __main__ as cli

    def broken(*args, **kwargs):
        raise ChangesError("v0.1.0: its data module does not load:\nNameError: name 'x' is not defined")

    monkeypatch.setattr(release_history, "read", broken)
    assert cli.generate(tmp_path / "build") == 1
    assert not (tmp_path / "build").exists()
    assert "v0.1.0: its data module does not load" in capsys.readouterr().err


def test_a_nested_value_reads_as_its_parts_in_words():
    words = ChangeWords(Index(new_data()))
    account = Change(
        release="0.2.0",
        previous="0.1.0",
        change="changed",
        kind="event",
        id="briefing",
        label="Briefing",
        field="accounts[2]",
        new='{"aspect": "When did it happen?", "cite": {"quote": "a \\"b\\"", "source": "003_x"}, "says": "2014"}',
        note="added",
    )
    assert words.sentence(account) == "Added Source 003's answer to “When did it happen?”"
    assert words.values(account) == ("—", 'Question: When did it happen?; Citation: Source 003: “a "b"”; Account: 2014')
    assert words.field_label(account) == "Account"
    quote = dataclasses.replace(account, field="notes[0].cites[1]", new='{"quote": "q", "source": "000_y"}')
    assert words.sentence(quote) == "Added a citation of Source 000 to an editorial note."
    assert words.field_label(quote) == "Citation of editorial note"
    date = dataclasses.replace(account, field="date", old="2018-07", new="[2017,2018] inferred", note="date revised")
    assert words.sentence(date) == "Date revised: July 2018 → 2017 or 2018 (inferred)."


def test_every_field_of_the_model_has_words():
    assert unlabelled_fields() == set()


def test_no_page_shows_a_field_path_or_json(plain, versioned):
    """Change pages and record pages alike: a reader never meets "accounts[2]", "cite.quote:" or a JSON object."""
    path = re.compile(r"\b[a-z_]+\[\d+\]|\b[a-z_]+\.[a-z_]+:|[\[{]\s*\"[a-z_]+\"\s*:")
    for _, pages in (plain, versioned):
        for page, text in pages.items():
            visible = " ".join(html(text).get_text(" ").split())
            assert not path.search(visible), (page, path.search(visible)[0])

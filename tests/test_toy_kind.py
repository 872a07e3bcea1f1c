"""A new kind of record, added as the README's "Adding a kind of record" says, and nothing else.

In a copy of the project (ispk/, mkdocs.yml, overrides/, docs/), the test adds what the
README lists and edits no other file: a record class with ``ref("regions")`` and
``ref("groups")`` fields and its ``Dataset`` field (ispk/model.py), one ``Kind(...)``
(ispk/kinds.py), one template (ispk/templates/campaign.md.j2) and a data file with two
records (ispk/data/campaigns.py), and a narrative file for one of them in the kind's folder
(docs/narrative/campaigns/toy-one.md). Then the strict engine build of the copy must pass, and the
new kind must be in the navigation, counted on the home page, found in search under a facet
of its own, listed on the pages of the region and group its records name, and exported in
the open data.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from conftest import build_site
from ispk.archive import ROOT

pytestmark = pytest.mark.engine
COPIED = ("ispk", "overrides", "docs")

MODEL = '''

@dataclass(frozen=True, kw_only=True)
class Campaign:
    """A toy kind of record (tests/test_toy_kind.py)."""

    id: str
    name: str
    summary: str
    cites: tuple[Cite, ...]
    regions: tuple[str, ...] = ref("regions", ())
    groups: tuple[str, ...] = ref("groups", ())
    origin: Origin = _origin()
'''
DATASET_FIELD = "    campaigns: tuple[Campaign, ...] = ()\n"
KIND = """    Kind(
        name="campaign",
        attr="campaigns",
        cls=model.Campaign,
        label="name",
        folder="campaigns",
        pages=True,
        title="Campaigns",
        blurb="A toy kind of record.",
    ),
"""
TEMPLATE = """{{ p.breadcrumb() }}

# {{ record.name }}

{{ record.summary }}{{ p.cite(record.cites) }}
{{ narrative }}
{% for section in refers %}

## {{ section.title }}

{% for link in section.links %}
- {{ p.cell(link) }}
{% endfor %}
{% endfor %}
"""
DATA = """from ..model import Campaign, Cite
from .sources import S000

CAMPAIGNS = (
    Campaign(id="toy-one", name="Toy campaign one", summary="The first toy record.", regions=("pakistan",),
             groups=("islamic-state",), cites=(Cite(source=S000, quote="the Islamic State group or IS"),)),
    Campaign(id="toy-two", name="Toy campaign two", summary="The second toy record.", regions=("pakistan",),
             cites=(Cite(source=S000, quote="the Islamic State group or IS"),)),
)
"""
NARRATIVE = 'A hand-written paragraph about the first toy record [@000 "the Islamic State group or IS"].\n'


def _insert(file: Path, before: str, text: str) -> None:
    source = file.read_text(encoding="utf-8")
    assert source.count(before) == 1, f"{file.name}: {before!r} not found once"
    file.write_text(source.replace(before, text + before), encoding="utf-8")


def add_toy_kind(root: Path) -> None:
    """What the README says a new kind takes, written into the copy at ``root``."""
    _insert(root / "ispk" / "model.py", "\n\n@dataclass(frozen=True, kw_only=True)\nclass Dataset:", MODEL)
    _insert(root / "ispk" / "model.py", "    set_aside: tuple[SetAside, ...] = ()", DATASET_FIELD)
    _insert(root / "ispk" / "kinds.py", '    Kind(name="set-aside"', KIND)
    (root / "ispk" / "templates" / "campaign.md.j2").write_text(TEMPLATE, encoding="utf-8")
    (root / "ispk" / "data" / "campaigns.py").write_text(DATA, encoding="utf-8")
    (root / "docs" / "narrative" / "campaigns").mkdir()
    (root / "docs" / "narrative" / "campaigns" / "toy-one.md").write_text(NARRATIVE, encoding="utf-8")


@dataclass(frozen=True)
class Toy:
    site: Path
    """The built site."""
    build: Path
    """Its build folder: the generated docs/ and mkdocs.yml."""
    changed: set[str]
    """The files of the copy that differ from the project's, or are new, before the build."""


@pytest.fixture(scope="module")
def toy(tmp_path_factory, sources_dir) -> Toy:
    """A copy of the project with the toy kind added, built (strict)."""
    root = tmp_path_factory.mktemp("toy")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in COPIED:
        shutil.copytree(ROOT / name, root / name, ignore=ignore)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    add_toy_kind(root)
    changed = _changed_files(root)
    site = root / "site"
    done = build_site(site, cwd=root, env={"PYTHONPATH": str(root), "ISPK_SOURCES": str(sources_dir)})
    assert done.returncode == 0, done.stderr[-4000:]
    return Toy(site=site, build=root / "site-build", changed=changed)


def _changed_files(root: Path) -> set[str]:
    changed = set()
    for file in (f for name in COPIED for f in (root / name).rglob("*")):
        if file.is_file() and "__pycache__" not in file.parts:
            original = ROOT / file.relative_to(root)
            if not original.is_file() or original.read_bytes() != file.read_bytes():
                changed.add(file.relative_to(root).as_posix())
    return changed


def test_the_toy_kind_takes_only_what_the_readme_lists(toy):
    assert toy.changed == {
        "ispk/model.py",
        "ispk/kinds.py",
        "ispk/templates/campaign.md.j2",
        "ispk/data/campaigns.py",
        "docs/narrative/campaigns/toy-one.md",
    }


def test_its_pages_pass_the_strict_build(toy):
    site = toy.site
    for page in ("campaigns/index.html", "campaigns/toy-one/index.html", "campaigns/toy-two/index.html"):
        assert (site / page).is_file(), page
    one = (site / "campaigns/toy-one/index.html").read_text(encoding="utf-8")
    assert "The first toy record." in one
    assert "A hand-written paragraph about the first toy record" in one  # its narrative, in its kind's folder
    assert 'href="../../regions/pakistan/"' in one and 'href="../../groups/islamic-state/"' in one


def test_it_is_in_the_navigation(toy):
    site, build = toy.site, toy.build
    nav = yaml.safe_load((build / "mkdocs.yml").read_text(encoding="utf-8"))["nav"]
    titles = [next(iter(entry)) for entry in nav]
    assert {"Campaigns": "campaigns/index.md"} in nav
    # After the kinds of record the reference had, before the glossary (Kind.nav's default).
    assert titles.index("Relations") < titles.index("Campaigns") < titles.index("Names and spellings")
    assert 'href="campaigns/"' in (site / "index.html").read_text(encoding="utf-8")


def test_the_home_page_counts_it(toy):
    build = toy.build
    assert "| [Campaigns](campaigns/index.md) | 2 |" in (build / "docs/index.md").read_text(encoding="utf-8")


def test_search_finds_it_under_a_facet_of_its_own(toy):
    site = toy.site
    page = (site / "campaigns/toy-one/index.html").read_text(encoding="utf-8")
    assert re.search(r'data-pagefind-filter="kind">\s*Campaign\s*<', page)
    assert re.search(r'data-pagefind-filter="region">\s*Pakistan\s*<', page)
    assert re.search(r'data-pagefind-filter="group">\s*Islamic State\s*<', page)


def test_the_pages_it_refers_to_list_it(toy):
    site = toy.site
    region = (site / "regions/pakistan/index.html").read_text(encoding="utf-8")
    group = (site / "groups/islamic-state/index.html").read_text(encoding="utf-8")
    assert 'href="../../campaigns/toy-one/"' in region and 'href="../../campaigns/toy-two/"' in region
    # Only the first names the group.
    assert 'href="../../campaigns/toy-one/"' in group and "campaigns/toy-two/" not in group


def test_the_open_data_exports_it(toy):
    build = toy.build
    data = build / "docs" / "data"
    rows = list(csv.DictReader(io.StringIO((data / "campaigns.csv").read_text(encoding="utf-8"))))
    assert [r["id"] for r in rows] == ["toy-one", "toy-two"]
    regions = list(csv.DictReader(io.StringIO((data / "campaign_regions.csv").read_text(encoding="utf-8"))))
    assert {(r["campaign_id"], r["region_id"]) for r in regions} == {("toy-one", "pakistan"), ("toy-two", "pakistan")}
    package = json.loads((data / "datapackage.json").read_text(encoding="utf-8"))
    tables = {r["name"]: r for r in package["resources"]}
    assert {"campaigns", "campaign_regions", "campaign_groups"} <= set(tables)
    keys = {fk["reference"]["resource"] for fk in tables["campaign_groups"]["schema"]["foreignKeys"]}
    assert keys == {"campaigns", "groups"}
    assert json.loads((data / "records/campaigns/toy-one.json").read_text(encoding="utf-8"))["id"] == "toy-one"

"""Open data: the Frictionless package validates, every record and quote is in the tables, files are stable."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import posixpath
import re
from pathlib import Path

import frictionless
import pytest

from ispk import archive, build, dates, kinds, opendata
from ispk.data.sources import S000
from ispk.model import Fact, Note
from ispk.routes import page_path, relative
from ispk.walk import cite_uses, nested, records

ENTITY_FOLDERS = {k.name: k.folder for k in kinds.WITH_PAGES}
DATA_LINK = re.compile(r"\]\(([^)\s]*data/[^)\s]+\.(?:csv|json))\)")


@pytest.fixture(scope="module")
def built(output):
    return output.pages, output.files


@pytest.fixture(scope="module")
def files(built) -> dict[str, bytes]:
    # Only the open data: other decorators add files of their own.
    return {path: content for path, content in built[1].items() if path.startswith("data/")}


@pytest.fixture(scope="module")
def package_dir(files, tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("opendata")
    for path, content in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_bytes(content)
    return root / "data"


def table(files: dict[str, bytes], name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(files[f"data/{name}.csv"].decode("utf-8"))))


def descriptor(files: dict[str, bytes]) -> dict:
    return json.loads(files["data/datapackage.json"])


def problems(report: frictionless.Report) -> list:
    return report.flatten(["type", "note"])


# --------------------------------------------------------------------------- #
# The package
# --------------------------------------------------------------------------- #


def test_datapackage_validates_with_frictionless(package_dir, files):
    report = frictionless.validate(package_dir / "datapackage.json")
    assert report.valid, problems(report)[:20]
    # Every resource was checked, and the tables were not empty.
    assert len(report.tasks) == len(descriptor(files)["resources"])
    assert sum(task.stats.get("rows") or 0 for task in report.tasks) > 1000


@pytest.mark.parametrize(
    "name, column, value",
    [
        ("event_places", "place_id", "no-such-place"),
        ("citations", "record_id", "no-such-record"),  # a two-column key, into records
        ("groups", "parent_id", "no-such-group"),  # a key into the same table
    ],
)
def test_frictionless_catches_a_broken_foreign_key(package_dir, tmp_path, name, column, value):
    copy = tmp_path / "data"
    for path in package_dir.rglob("*.csv"):
        (copy / path.relative_to(package_dir)).parent.mkdir(parents=True, exist_ok=True)
        (copy / path.relative_to(package_dir)).write_bytes(path.read_bytes())
    (copy / "datapackage.json").write_bytes((package_dir / "datapackage.json").read_bytes())
    (copy / "dataset.json").write_bytes((package_dir / "dataset.json").read_bytes())
    rows = list(csv.DictReader(io.StringIO((copy / f"{name}.csv").read_text(encoding="utf-8"))))
    rows[-1][column] = value
    out = io.StringIO()
    writer = csv.DictWriter(out, list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    (copy / f"{name}.csv").write_text(out.getvalue(), encoding="utf-8")
    report = frictionless.validate(copy / "datapackage.json")
    assert "foreign-key" in {kind for kind, _ in problems(report)}


def test_foreign_keys_resolve(files):
    resources = {r["name"]: r for r in descriptor(files)["resources"]}
    checked = 0
    for name, resource in resources.items():
        for fk in resource.get("schema", {}).get("foreignKeys", []):
            ref = fk["reference"]
            targets = {tuple(row[f] for f in ref["fields"]) for row in table(files, ref["resource"])}
            for row in table(files, name):
                value = tuple(row[f] for f in fk["fields"])
                if any(value):
                    assert value in targets, f"{name}.{fk['fields']} = {value} is not in {ref['resource']}"
                    checked += 1
    assert checked > 1000


def test_licence_sources_and_version_are_stated(files, dataset):
    package = descriptor(files)
    assert package["licenses"] == [
        {
            "name": "CC-BY-4.0",
            "path": "https://creativecommons.org/licenses/by/4.0/",
            "title": "Creative Commons Attribution 4.0 International",
        }
    ]
    assert [s["title"] for s in package["sources"]] == [s.headline for s in dataset.sources]
    assert re.fullmatch(r"\d+\.\d+\.\d+", package["version"])
    names = {r["name"] for r in package["resources"]}
    required = {
        "sources",
        "groups",
        "group_aliases",
        "regions",
        "places",
        "people",
        "person_roles",
        "events",
        "event_places",
        "event_groups",
        "event_counts",
        "event_responsibility",
        "statements",
        "statistics",
        "relations",
        "facts",
        "notes",
        "accounts",
        "citations",
        "set_aside",
        "dataset",
    }
    assert required <= names
    for resource in package["resources"]:
        assert f"data/{resource['path']}" in files


# --------------------------------------------------------------------------- #
# Contents
# --------------------------------------------------------------------------- #


def test_every_record_appears_in_its_table(dataset, files):
    for attr, kind in ((k.attr, k.name) for k in kinds.CITED):
        expected = sorted(opendata.record_id(kind, r) for r in getattr(dataset, attr))
        assert [row["id"] for row in table(files, attr)] == expected, attr
    listed = {(row["record_kind"], row["record_id"]) for row in table(files, "records")}
    assert listed == {(kind, opendata.record_id(kind, r)) for kind, r in records(dataset)}


def test_nested_lists_are_rows(dataset, files):
    anchors = {obj.id for _, r in records(dataset) for _, obj in nested(r) if isinstance(obj, (Fact, Note))}
    assert {row["id"] for row in table(files, "facts")} | {row["id"] for row in table(files, "notes")} == anchors
    assert {(row["event_id"], row["place_id"]) for row in table(files, "event_places")} == {
        (e.id, p) for e in dataset.events for p in e.places
    }
    assert {(row["group_id"], row["name"]) for row in table(files, "group_aliases")} == {
        (g.id, a.name) for g in dataset.groups for a in g.aliases
    }
    assert len(table(files, "person_roles")) == sum(len(p.roles) for p in dataset.people)
    assert len(table(files, "accounts")) == sum(len(getattr(r, "accounts", ())) for _, r in records(dataset))
    claims = [(row["event_id"], row["group_id"], row["kind"]) for row in table(files, "event_responsibility")]
    assert sorted(claims) == sorted((e.id, r.group or "", r.kind) for e in dataset.events for r in e.responsibility)


def test_dates_carry_edtf_precision_and_basis(dataset, files):
    rows = {row["id"]: row for row in table(files, "events")}
    dated = [e for e in dataset.events if e.date]
    assert dated
    for e in dated:
        row = rows[e.id]
        assert (row["date"], row["date_precision"], row["date_basis"], row["date_basis_reason"]) == (
            e.date.date,
            dates.parse(e.date.date).precision,
            e.date.basis,
            e.date.reason,
        )
    for e in dataset.events:
        if e.date is None:
            assert rows[e.id]["date"] == "" and rows[e.id]["undated_reason"] == e.undated_reason


def test_an_inferred_date_carries_its_mark_in_the_tables_and_the_json(dataset, files):
    """Beside the basis column, the words of an inferred date say "(inferred)", as the pages do."""
    sources = {row["id"]: row for row in table(files, "sources")}
    events = {row["id"]: row for row in table(files, "events")}
    document = json.loads(files["data/dataset.json"])
    in_json = {k: {r["id"]: r for r in document["records"][k]} for k in ("sources", "events")}
    inferred = [("sources", s.id, s.published, "published", sources) for s in dataset.sources if s.published]
    inferred += [("events", e.id, e.date, "date", events) for e in dataset.events if e.date]
    inferred = [i for i in inferred if i[2].basis == "inferred"]
    assert any(kind == "sources" for kind, *_ in inferred) and any(kind == "events" for kind, *_ in inferred)
    for kind, ident, when, column, rows in inferred:
        for text, basis in (
            (rows[ident][column + "_text"], rows[ident][column + "_basis"]),
            (in_json[kind][ident][column]["text"], in_json[kind][ident][column]["basis"]),
        ):
            assert basis == "inferred" and text == dates.describe(when) and text.endswith(" (inferred)"), (kind, ident)
    assert sources[S000]["published_text"] == "20 November 2014 (inferred)"


def test_uncertain_dates_are_exported_as_edtf_with_earliest_and_latest(dataset, files):
    rows = {row["id"]: row for row in table(files, "events")}
    uncertain = [e for e in dataset.events if e.date and dates.parse(e.date.date).uncertain]
    assert uncertain, "the data has no uncertain date to export"
    for e in uncertain:
        row = rows[e.id]
        value = dates.parse(e.date.date)
        assert row["date"] == e.date.date == value.iso()
        assert row["date_form"] == value.form in ("one of", "between")
        assert (row["date_earliest"], row["date_latest"]) == dates.bounds(e.date)
    daraban = rows["daraban-attack"]
    assert (daraban["date"], daraban["date_form"], daraban["date_earliest"], daraban["date_latest"]) == (
        "[2022-12-12,2023-12-12]",
        "one of",
        "2022-12-12",
        "2023-12-12",
    )
    # The schema types the bounds as dates, so frictionless checks their syntax.
    events = next(r for r in descriptor(files)["resources"] if r["name"] == "events")
    types = {f["name"]: f["type"] for f in events["schema"]["fields"]}
    assert types["date_earliest"] == types["date_latest"] == "date" and types["date"] == "string"


def test_reference_data_is_exported_apart_from_cited_records(dataset, files):
    facts = {row["id"]: row for row in table(files, "reference_facts")}
    assert set(facts) == {f.id for f in dataset.reference}
    assert {(row["place_id"], row["division"]) for row in facts.values() if row["place_id"]} >= {("karachi", "PK.05")}
    assert {row["id"] for row in table(files, "reference_datasets")} == {d.id for d in dataset.reference_datasets}
    # Not records of the sources: no citations, not in the records table.
    assert not any(row["record_kind"].startswith("reference") for row in table(files, "records"))
    whole = json.loads(files["data/dataset.json"])
    assert [f["id"] for f in whole["reference_data"]["reference"]] == sorted(f.id for f in dataset.reference)


def test_every_citation_is_a_row_and_its_quote_is_in_the_archive(dataset, files, sources_dir):
    rows = table(files, "citations")
    assert len(rows) == len(list(cite_uses(dataset)))
    for row in rows:
        source = archive.text_of(row["source_id"], sources_dir)
        assert source is not None, row["source_id"]
        assert archive.normalise(row["quote"]) in source, row


def test_json_round_trips_the_ids(dataset, files):
    whole = json.loads(files["data/dataset.json"])
    for attr, kind in ((k.attr, k.name) for k in kinds.CITED):
        assert [r["id"] for r in whole["records"][attr]] == sorted(opendata.record_id(kind, r) for r in getattr(dataset, attr))
    for kind, folder in ENTITY_FOLDERS.items():
        entries = {r["id"]: r for r in whole["records"][folder]}
        for record in getattr(dataset, folder):
            one = json.loads(files[f"data/records/{folder}/{record.id}.json"])
            assert (one["kind"], one["id"], one["record"]["id"]) == (kind, record.id, record.id)
            assert one["record"] == entries[record.id]
            assert len(one["citations"]) == sum(1 for u in cite_uses(dataset) if u.record is record)
    event = next(e for e in whole["records"]["events"] if e["date"])
    assert set(event["date"]) >= {"date", "precision", "basis", "reason"}


def test_files_are_deterministic(files, sources_dir):
    again = {p: c for p, c in build.Build(sources=sources_dir).run().files.items() if p.startswith("data/")}
    assert sorted(again) == sorted(files)
    assert [p for p in files if again[p] != files[p]] == []


def test_an_unsupported_field_fails_loudly():
    @dataclasses.dataclass(frozen=True)
    class Odd:
        mapping: dict

    with pytest.raises(TypeError, match=r"Odd\.mapping"):
        opendata.shapes(Odd)


# --------------------------------------------------------------------------- #
# Pages
# --------------------------------------------------------------------------- #


def test_every_entity_page_links_to_its_json(dataset, built, files):
    pages = built[0]
    for kind, folder in ENTITY_FOLDERS.items():
        for record in getattr(dataset, folder):
            path = page_path(kind, record.id)
            target = f"data/records/{folder}/{record.id}.json"
            assert target in files
            assert f"]({relative(path, target)})" in pages[path], path
            assert f"]({relative(path, f'data/{folder}.csv')})" in pages[path], path


def test_index_pages_link_their_table(built):
    pages, _ = built
    for name in ("groups", "regions", "places", "people", "events", "sources", "statements", "statistics", "relations"):
        assert f"](../data/{name}.csv)" in pages[f"{name}/index.md"], name


def test_every_data_link_resolves(built, files):
    pages = built[0]
    found = 0
    for path, page in pages.items():
        for target in DATA_LINK.findall(page):
            assert posixpath.normpath(posixpath.join(posixpath.dirname(path), target)) in files, (
                f"{path} links to missing {target}"
            )
            found += 1
    assert found > 2 * len(files)


def test_open_data_page_links_every_file_and_is_in_the_navigation(built, files, output):
    pages = built[0]
    page = pages["data.md"]
    for path in files:
        assert f"]({relative('data.md', path)})" in page, path
    assert "CC BY 4.0" in page
    nav = [(entry.title, entry.path) for entry in output.nav]
    assert nav.index(("Open data", "data.md")) + 1 == nav.index(("Sources", "sources/index.md"))


def test_the_built_site_serves_a_valid_package(built_site):
    report = frictionless.validate(built_site / "data" / "datapackage.json")
    assert report.valid, problems(report)[:20]
    assert (built_site / "data" / "index.html").is_file()

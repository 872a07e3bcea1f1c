"""Long listings are folded by year in the plan (plan/folds.py), headed no more precisely than their dates."""

from __future__ import annotations

from dataclasses import dataclass

from ispk.model import When
from ispk.plan import folds


@dataclass(frozen=True)
class Item:
    id: str
    date: When | None


def _items(*dates: When | None) -> list[Item]:
    return [Item(f"i{n}", d) for n, d in enumerate(dates)]


def test_headings_say_no_more_than_the_dates_under_them():
    items = _items(
        When(date="2016-03"),
        When(date="2016", qualifier="by"),
        When(date="2014-05", basis="inferred", reason="r"),
        When(date="2014-06"),
        When(date="2015", basis="inferred", reason="r"),
        When(date="[2022-12,2023-12]", reason="r"),
        None,
        When(date="2016-04"),
    )
    got = [(f.heading, [i.id for i in f.items]) for f in folds.by_year(items, "date")]
    assert got == [
        ("2016", ["i0", "i7"]),
        ("by 2016", ["i1"]),
        ("2014, some dates inferred", ["i2", "i3"]),
        ("2015, inferred", ["i4"]),
        ("2022 or 2023", ["i5"]),
        ("Year not known", ["i6"]),
    ]


def test_only_a_long_listing_over_several_years_is_folded():
    short = folds.listed(_items(When(date="2014"), When(date="2015")), "date")
    assert short.folds == () and len(short) == 2
    one_year = folds.listed(_items(*[When(date="2014")] * (folds.FOLD + 1)), "date")
    assert one_year.folds == ()
    long = folds.listed(_items(*[When(date="2014")] * folds.FOLD, When(date="2015")), "date")
    assert [f.heading for f in long.folds] == ["2014", "2015"]
    assert list(long) == [i for f in long.folds for i in f.items]


def test_a_page_listing_is_folded_by_the_date_that_files_its_kind():
    events = _items(*[When(date="2014")] * folds.FOLD, When(date="2015"))
    listings = folds.Listings({"events": events, "people": events})
    assert len(listings["events"].folds) == 2
    assert listings["people"].folds == ()
    assert not listings["statements"] and len(listings["statements"]) == 0
    assert "statements" not in listings

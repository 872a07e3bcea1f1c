"""Dates: one date, one of several (EDTF set) or a range (EDTF interval), in words, sorted, filed by year."""

from __future__ import annotations

import pytest

from ispk import dates
from ispk.index import Index, year_key, year_keys
from ispk.model import When


@pytest.mark.parametrize(
    "edtf, words, years, earliest, latest",
    [
        ("2016", "2016", (2016,), "2016-01-01", "2016-12-31"),
        ("2016-02", "February 2016", (2016,), "2016-02-01", "2016-02-29"),
        ("XXXX-09-01", "1 September (year not stated)", (), None, None),
        ("[2022-12,2023-12]", "December 2022 or December 2023", (2022, 2023), "2022-12-01", "2023-12-31"),
        ("[2022-12-12,2023-12-12]", "12 December 2022 or 12 December 2023", (2022, 2023), "2022-12-12", "2023-12-12"),
        ("[2014-10,2014-11]", "October 2014 or November 2014", (2014,), "2014-10-01", "2014-11-30"),
        ("[2014,2015,2016]", "2014, 2015 or 2016", (2014, 2015, 2016), "2014-01-01", "2016-12-31"),
        ("2014-06/2014-12", "between June and December 2014", (2014,), "2014-06-01", "2014-12-31"),
        ("2014-06/2015-02", "between June 2014 and February 2015", (2014, 2015), "2014-06-01", "2015-02-28"),
    ],
)
def test_words_years_and_bounds(edtf, words, years, earliest, latest):
    when = When(date=edtf, reason="test")
    value = dates.parse(edtf)
    assert value.iso() == edtf
    assert dates.describe(when) == words
    assert dates.candidate_years(when) == years
    assert dates.bounds(when) == (earliest, latest)
    assert value.uncertain == (edtf.startswith("[") or "/" in edtf)


def test_the_precision_of_an_uncertain_date_in_words():
    when = When(date="[2022-12,2023-12]", basis="inferred", reason="the text fits both Decembers")
    assert dates.precision_label(when) == "one of 2 dates, each to the month"
    assert dates.precision_label(When(date="2014-06/2014-12", reason="r")) == "a range, both ends to the month"


def test_by_leaves_the_earliest_day_open():
    assert dates.bounds(When(date="2014-11-20", qualifier="by")) == (None, "2014-11-20")


def test_uncertain_dates_sort_by_their_earliest_date():
    whens = [
        When(date="2023-01"),
        When(date="[2022-12,2023-12]", reason="r"),
        When(date="2014-06/2014-12", reason="r"),
        When(date="2014-05"),
    ]
    assert [w.date for w in sorted(whens, key=dates.sort_key)] == ["2014-05", "2014-06/2014-12", "[2022-12,2023-12]", "2023-01"]


def test_year_of_is_none_when_the_year_is_uncertain():
    assert dates.year_of(When(date="[2022-12,2023-12]", reason="r")) is None
    assert dates.year_of(When(date="2014-06/2014-12", reason="r")) == 2014  # a range within one year


def test_partial_and_uncertain_answer_the_same_questions():
    """Code written for one date (timelines, listings) keeps working on an uncertain one."""
    one, several = dates.parse("2023-12-12"), dates.parse("[2022-12-12,2023-12-12]")
    for attr in ("year", "month", "day", "precision", "sort_key", "candidate_years", "earliest", "latest", "form"):
        getattr(one, attr), getattr(several, attr)
    assert (several.year, several.month, several.day) == (None, 12, 12)
    assert several.earliest == dates.parse("2022-12-12") and several.latest == dates.parse("2023-12-12")


def test_year_keys_list_every_candidate_year_and_the_home_is_the_earliest():
    when = When(date="[2022-12,2023-12]", reason="r")
    assert year_keys(when) == ["2022", "2023"] and year_key(when) == "2022"
    assert year_keys(None) == ["undated"]


def test_the_index_lists_an_uncertain_record_under_each_year_apart_and_once_per_year(dataset):
    ix = Index(dataset)
    daraban = ix.events["daraban-attack"]
    assert daraban in ix.by_year_uncertain["2022"]["events"] and daraban in ix.by_year_uncertain["2023"]["events"]
    assert all(daraban not in lists["events"] for lists in ix.by_year.values())  # never counted as certain
    assert "2023" in ix.years
    certain = sum(len(lists["events"]) for lists in ix.by_year.values())
    uncertain = {id(e) for lists in ix.by_year_uncertain.values() for e in lists["events"]}
    assert certain + len(uncertain) == len(dataset.events)


def test_year_pages_head_uncertain_records_as_such(pages):
    for year in ("2022", "2023"):
        page = pages[f"years/{year}.md"]
        heading = page.index(f"## Year uncertain: {year} or another year {{ #year-uncertain }}")
        assert page.index("daraban-attack.md", heading) > heading
    event = pages["events/daraban-attack.md"]
    assert "12 December 2022 or 12 December 2023" in event
    assert "(../years/2022.md) or [2023](../years/2023.md) <small>(year uncertain)</small>" in event

"""The names page is sorted as a reader looks a name up."""

from __future__ import annotations

import html
import re

from ispk.plan.lists import name_sort_key

ROW = re.compile(r"^\| (?:\*\*)?(.+?)(?:\*\*)? \| ", re.MULTILINE)


def test_a_name_is_filed_past_a_leading_the_or_quotation_mark_and_regardless_of_case():
    names = ["TTP", "“So-called” Islamic State", "the Haqqani network", "Taliban", "hangu", "Pakistan", "'Amaq"]
    assert sorted(names, key=name_sort_key) == [
        "'Amaq",
        "hangu",
        "the Haqqani network",
        "Pakistan",
        "“So-called” Islamic State",
        "Taliban",
        "TTP",
    ]


def test_words_sort_before_longer_words_that_begin_with_them():
    assert sorted(["Pakistani Taliban", "Pakistan–Afghanistan border"], key=name_sort_key) == [
        "Pakistan–Afghanistan border",
        "Pakistani Taliban",
    ]


def test_the_names_page_is_in_reading_order(pages):
    names = [html.unescape(n) for n in ROW.findall(pages["names.md"])[1:]]  # past the header row
    assert names == sorted(names, key=name_sort_key)
    # The order before: a leading t, h or e was stripped, so these sorted under A and TTP before Pakistan.
    position = {n: i for i, n in enumerate(names)}
    assert position["Hangu"] > position["Federally Administered Tribal Areas"]
    assert position["Taliban (Afghanistan)"] > position["Syria"]
    assert position["TTP"] > position["Pakistan"]

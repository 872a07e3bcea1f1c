"""An inferred or uncertain date is never shown without its mark: pages, tables, tooltips, footnotes, head.

Each inferred date of the real data is tagged, and every date that parses from a tagged
string reads as a sentinel; the whole site is then built (pages, pictures, citations,
open data). Wherever the sentinel appears, "(inferred)" must follow it. Code that shows
a date without going through ``dates.Shown`` (as the events index, the footnotes and
the chart tooltips once did) leaves a sentinel bare, and this test names the page.
An uncertain date ("December 2022 or December 2023") is its own mark: one of its dates
shown alone ("December 2022") would drop it, so each of them reads as a sentinel that
must never appear.
"""

from __future__ import annotations

import dataclasses
import html
import re

import pytest

from ispk import build, dates
from ispk.model import When

SENTINEL = "⟦inferred date⟧"
PART = "⟦one date of an uncertain one⟧"


class Inferred(str):
    """A date string that came from an inferred When."""


@dataclasses.dataclass(frozen=True)
class _SentinelPartial(dates.Partial):
    def text(self, with_year: bool = True) -> str:
        return SENTINEL


@dataclasses.dataclass(frozen=True)
class _PartPartial(dates.Partial):
    def text(self, with_year: bool = True) -> str:
        return PART


@dataclasses.dataclass(frozen=True)
class _SentinelUncertain(dates.Uncertain):
    """An uncertain date whose own words are whole (its parts read as PART only when shown alone)."""

    words: str = ""

    def text(self) -> str:
        return self.words


def _tag(value):
    """The value with every inferred When's date string tagged (frozen records rebuilt)."""
    if isinstance(value, When):
        return dataclasses.replace(value, date=Inferred(value.date)) if value.basis == "inferred" else value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: _tag(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init})
    if isinstance(value, tuple):
        return tuple(_tag(v) for v in value)
    return value


def _plain(markdown: str) -> str:
    """What a reader sees: tags dropped, character references read."""
    return html.unescape(re.sub(r"<[^>]+>", "", markdown))


@pytest.fixture(scope="module")
def sentinel_output(dataset, sources_dir, tmp_path_factory):
    real_parse = dates.parse

    def parse(text):
        value = real_parse(text)
        if isinstance(value, dates.Uncertain):
            words = SENTINEL if isinstance(text, Inferred) else value.text()
            parts = tuple(_PartPartial(o.year, o.month, o.day) for o in value.options)
            return _SentinelUncertain(value.form, parts, words)
        if not isinstance(text, Inferred):
            return value
        return _SentinelPartial(value.year, value.month, value.day)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(dates, "parse", parse)
        # A cache of its own: pictures drawn with sentinel labels must not reach real builds.
        cache = tmp_path_factory.mktemp("sentinel-cache")
        yield build.Build(sources=sources_dir, cache=cache, releases=False).run(_tag(dataset), check=False)


def test_every_shown_inferred_date_carries_its_mark(sentinel_output):
    shown, bare = 0, []
    texts = dict(sentinel_output.pages)
    texts.update({name: body.decode("utf-8", "replace") for name, body in sentinel_output.files.items()})
    for path, body in texts.items():
        plain = _plain(body)
        for match in re.finditer(re.escape(SENTINEL), plain):
            shown += 1
            if not plain[match.end() :].startswith(" (inferred)"):
                bare.append(f"{path}: …{plain[max(0, match.start() - 60) : match.end() + 20]}…")
    assert shown > 300, f"only {shown} inferred dates found on the site: is the sentinel reaching the pages?"
    assert not bare, f"{len(bare)} inferred date(s) shown without their mark:\n" + "\n".join(bare[:20])


def test_no_date_of_an_uncertain_one_is_shown_alone(sentinel_output):
    alone = [path for path, body in sentinel_output.pages.items() if PART in _plain(body)]
    assert not alone, f"one date of an uncertain one is shown alone on {alone[:10]}"


def test_the_places_the_third_read_found_unmarked_are_reached(sentinel_output):
    """The events index, the graph's table, the chart tooltips and the footnotes each show inferred dates."""
    pages = sentinel_output.pages
    for path in ("events/index.md", "relations/graph.md"):
        assert SENTINEL in _plain(pages[path]), path
    assert any(SENTINEL in _plain(m) for m in re.findall(r"<svg.*?</svg>", "".join(pages.values()), re.S)), "no tooltip"
    footnotes = [line for page in pages.values() for line in page.splitlines() if line.startswith("[^")]
    assert sum(SENTINEL + " (inferred)" in _plain(line) for line in footnotes) > 100

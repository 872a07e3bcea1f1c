"""Long listings folded into runs of one year, each run's heading worded: the plan decides what a
listing shows and under which headings, the template only draws the folds it is given.

A heading says no more than the dates under it: a run dated only "by" a year is headed "by 2016"
(it may have begun earlier), an uncertain year names every candidate ("2022 or 2023"), and a run
with inferred dates keeps the mark ("2014, inferred" when all are, "2014, some dates inferred" when
some are). Records with no known year share the run "Year not known".
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, overload

from .. import dates, kinds

T = TypeVar("T")

FOLD = 10
"""A listing longer than this is folded by year (when it spans more than one year): each year a
collapsed section, so that a long page leads with its summary."""

NOT_KNOWN = "Year not known"


@dataclass(frozen=True)
class Fold(Generic[T]):
    """One run of a folded listing: its heading and its items, in the listing's order."""

    heading: str
    items: tuple[T, ...]


@dataclass(frozen=True)
class Listed(Sequence[T]):
    """A listing as a page shows it: its items, and the folds to draw them in (() when shown as one run)."""

    items: tuple[T, ...]
    folds: tuple[Fold[T], ...] = ()

    @overload
    def __getitem__(self, i: int) -> T: ...

    @overload
    def __getitem__(self, i: slice) -> Sequence[T]: ...

    def __getitem__(self, i: int | slice) -> T | Sequence[T]:
        return self.items[i]

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)


def _inferred_note(whens: Sequence[object]) -> str:
    inferred = [w is not None and getattr(w, "basis", "") == "inferred" for w in whens]
    return ", inferred" if all(inferred) else ", some dates inferred" if any(inferred) else ""


def by_year(items: Iterable[T], field: str) -> tuple[Fold[T], ...]:
    """Items cut into runs of one year, in the order the list first reaches each heading ("by 2014"
    dates sort among 2014's, so each heading has one run)."""
    runs: dict[str, list[T]] = {}
    for item in items:
        when = getattr(item, field)
        years = dates.candidate_years(when)
        label = " or ".join(str(y) for y in years) if years else NOT_KNOWN
        if years and getattr(when, "qualifier", "") == "by":
            label = f"by {label}"
        runs.setdefault(label, []).append(item)
    return tuple(
        Fold(heading=label if label == NOT_KNOWN else label + _inferred_note([getattr(i, field) for i in run]), items=tuple(run))
        for label, run in runs.items()
    )


def listed(items: Iterable[T], field: str) -> Listed[T]:
    """A listing, folded by the date ``field`` when it is long and spans more than one year."""
    shown = tuple(items)
    folds = by_year(shown, field) if field and len(shown) > FOLD else ()
    return Listed(items=shown, folds=folds if len(folds) > 1 else ())


def of_kind(items: Iterable[T], attr: str) -> Listed[T]:
    """A listing of one kind of record (``Kind.attr``), folded by the date that files it on the year pages."""
    k = kinds.BY_ATTR.get(attr)
    return listed(items, k.year if k else "")


class Listings(Mapping[str, Listed[Any]]):
    """What a page lists for one record, by kind ("events", ...), each listing folded: () when none."""

    EMPTY: Listed[Any] = Listed(items=())

    def __init__(self, lists: Mapping[str, Iterable[Any]]):
        self._lists = {attr: of_kind(items, attr) for attr, items in lists.items()}

    def __getitem__(self, attr: str) -> Listed[Any]:
        return self._lists.get(attr, self.EMPTY)

    def __contains__(self, attr: object) -> bool:
        return attr in self._lists

    def __iter__(self) -> Iterator[str]:
        return iter(self._lists)

    def __len__(self) -> int:
        return len(self._lists)

"""Plans for the page of each record and each year: each kind's producer gives its own (plan/producers/)."""

from __future__ import annotations

from collections.abc import Iterator

from .. import kinds
from . import producers
from .page import Page
from .producers import years


def pages(env: producers.Env) -> Iterator[Page]:
    """Every kind's own pages, in registry order, then the years'."""
    for kind in kinds.KINDS:
        producer = producers.for_kind(kind)
        if producer is not None:
            yield from producer.pages(env)
    yield from years.pages(env)

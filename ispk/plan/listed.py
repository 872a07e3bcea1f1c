"""The "listed" slot: on each record's page, the records of the kinds on the generic producer
(plan/producers/generic.py) that refer to it (their ``ref()`` fields, ``index.Index.lists``).

A kind with a producer of its own places its records on the pages they refer to in those
pages' templates (an event on its groups' and regions' pages). A kind on the generic producer
has no section in any other kind's template, so this slot lists its records on the page of
every record they refer to, under the kind's title; the render step places it after the
page's own sections. The page then depends on those records, and names them.
"""

from __future__ import annotations

import dataclasses

from .. import kinds, routes
from ..index import Index
from . import shown
from .page import Link, Listed, ListedKind, Plan
from .producers.generic import kinds_served


def fill(plan: Plan, ix: Index) -> Plan:
    listed = kinds_served()
    if not listed:
        return plan
    pages = dict(plan.pages)
    for path, page in plan.pages.items():
        if page.record is None or page.kind not in kinds.BY_NAME:
            continue
        listing = ix.listing(page.kind, page.record.id)
        sections = tuple(
            ListedKind(
                title=k.title,
                links=tuple(Link(to=routes.home_of(k.name, r), label=ix.label(k.name, r)) for r in listing[k.attr]),
            )
            for k in listed
            if listing[k.attr]
        )
        if sections:
            records = [(k, r) for k in listed for r in listing[k.attr]]
            deps = page.deps | {(k.name, r.id) for k, r in records}
            pages[path] = dataclasses.replace(
                page,
                slots={**page.slots, "listed": Listed(kinds=sections)},
                deps=deps,
                inputs=page.inputs | {r.origin.file for _, r in records},
                shown=shown.shown(ix, deps),
            )
    return dataclasses.replace(plan, pages=pages)

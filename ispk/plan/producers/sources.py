"""Sources: a page per archived source (what it supports, how much of it is cited) and the index of sources."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ... import coverage, dates, kinds, routes
from ...index import Index
from ..page import Link, Page, Table
from .base import Env, index_page, record_page


def pages(env: Env) -> Iterator[Page]:
    ix = env.ix
    cover = coverage.report(ix.data, env.sources_dir) if env.sources_dir is not None else {}
    for s in ix.data.sources:
        yield record_page(
            env,
            kind="source",
            ident=s.id,
            title=s.headline,
            record=s,
            description=f"Archived source {s.id.split('_')[0]}: {s.headline}. Metadata, provenance and every fact it supports.",
            s=s,
            supports=_supports(ix, s.id),
            coverage=_coverage(cover.get(s.id)),
        )


def index(env: Env) -> Page:
    ix = env.ix
    return index_page(
        env,
        "source",
        "Sources",
        "The archived documents behind every fact.",
        Table(
            header=("No.", "Headline", "Publisher", "Published", "Date basis", "Citations"),
            rows=tuple(
                (
                    s.id.split("_")[0],
                    env.link("source", s.id, s.headline),
                    s.publisher or "not stated",
                    dates.shown(s.published) if s.published else "not known",
                    s.published.basis if s.published else "—",
                    len(ix.cites_by_source[s.id]),
                )
                for s in ix.data.sources
            ),
        ),
    )


def _supports(ix: Index, source_id: str) -> list[dict[str, Any]]:
    """Each record citing the source, where it is shown, and the quote."""
    rows = []
    for use in ix.cites_by_source.get(source_id, ()):
        if use.kind == "set-aside":
            continue
        home = routes.home_of(use.kind, use.record)
        if use.anchor and kinds.kind(use.kind).pages:
            home += f"#{routes.anchor(use.anchor)}"
        rows.append(
            {
                "link": Link(to=home, label=ix.label(use.kind, use.record)),
                "kind": use.kind,
                "quote": use.cite.quote,
                "record": use.record,
            }
        )
    return rows


def _coverage(lines: Any) -> dict[str, Any] | None:
    if lines is None:
        return None
    asides = [line for line in lines if line.set_aside and not line.cited_by]
    return {
        "total": len(lines),
        "cited": sum(bool(line.cited_by) for line in lines),
        "aside": len(asides),
        "rows": [{"text": line.sentence.text, "reason": line.set_aside} for line in asides],
    }

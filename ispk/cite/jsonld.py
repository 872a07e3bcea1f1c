"""schema.org JSON-LD for a page: the page as a WebPage or Article, and the record it is about
(its main entity) or, on the Open data page, the Dataset with its downloads."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from .. import dates, kinds, routes
from ..config import SiteConfig
from ..index import Index
from ..model import Event, Group, Person, Place, Region
from .work import LICENSE_URL, Work

JsonLd = dict[str, object]
"""A schema.org node, as json.dumps writes it."""


def jsonld(w: Work, site: SiteConfig, main_entity: JsonLd | None, article: bool) -> str:
    rel = site.release
    publisher = {"@type": "Organization", "name": site.site_name, "url": site.site_url}
    doc = {
        "@context": "https://schema.org",
        "@type": "Article" if article else "WebPage",
        "@id": w.url,
        "url": w.url,
        "name": w.title,
        **({"headline": w.title} if article else {}),
        "description": w.description,
        "inLanguage": site.language,
        "version": rel.version,
        "datePublished": rel.date,
        "dateModified": w.changed,
        "license": LICENSE_URL,
        "author": publisher,
        "publisher": publisher,
        "isPartOf": {"@type": "WebSite", "name": site.site_name, "url": site.site_url},
        **({"mainEntity": main_entity} if main_entity else {}),
    }
    # Inside <script>, "</script>" or "<!--" in a value would end or change the element.
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _names(record: Group | Region | Place | Person) -> JsonLd:
    aliases = [a.name for a in getattr(record, "aliases", ())]
    return {"name": record.name, **({"alternateName": aliases} if aliases else {})}


def _page_of(site: SiteConfig, kind: str, ident: str) -> str:
    return routes.absolute(site.site_url, routes.page_path(kind, ident))


def _organization(ix: Index, g: Group, site: SiteConfig) -> JsonLd:
    parent = ix.groups.get(g.parent) if g.parent else None
    return {
        "@type": "Organization",
        **_names(g),
        "description": g.kind,
        **(
            {"parentOrganization": {"@type": "Organization", "name": parent.name, "url": _page_of(site, "group", parent.id)}}
            if parent
            else {}
        ),
    }


def _place(ix: Index, r: Region | Place, site: SiteConfig) -> JsonLd:
    within = ix.regions.get(getattr(r, "parent", None) or getattr(r, "region", None) or "")
    return {
        "@type": "Place",
        **_names(r),
        "description": r.kind,
        **(
            {"containedInPlace": {"@type": "Place", "name": within.name, "url": _page_of(site, "region", within.id)}}
            if within
            else {}
        ),
    }


def _person(ix: Index, p: Person, site: SiteConfig) -> JsonLd:
    groups = [ix.groups[g] for g in p.groups if g in ix.groups]
    return {
        "@type": "Person",
        **_names(p),
        "jobTitle": [r.title for r in p.roles],
        **(
            {"affiliation": [{"@type": "Organization", "name": g.name, "url": _page_of(site, "group", g.id)} for g in groups]}
            if groups
            else {}
        ),
    }


def _event(ix: Index, e: Event, site: SiteConfig) -> JsonLd:
    places: list[tuple[str, Place | Region]] = [("place", ix.places[i]) for i in e.places if i in ix.places]
    places += [("region", ix.regions[i]) for i in e.regions if i in ix.regions]
    start = dates.parse(e.date.date) if e.date else None
    return {
        "@type": "Event",
        "name": e.title,
        "description": e.summary,
        # Only a date a source states, with a known year and no qualifier ("before 2016"), is a
        # startDate: schema.org has no place for an inferred date's mark.
        **(
            {"startDate": start.iso()}
            if e.date and start and start.year and not e.date.qualifier and e.date.basis == "stated"
            else {}
        ),
        **(
            {"location": [{"@type": "Place", "name": r.name, "url": _page_of(site, k, r.id)} for k, r in places]}
            if places
            else {}
        ),
    }


# How a schema.org type describes a record beyond its name; a type without an entry gives its name only.
# Each takes the record of a kind of that type (Any: each function its own model class).
DESCRIPTIONS: dict[str, Callable[[Index, Any, SiteConfig], JsonLd]] = {
    "Organization": _organization,
    "Place": _place,
    "Person": _person,
    "Event": _event,
}
ENTITIES = {k.name: k.jsonld for k in kinds.KINDS if k.jsonld}
"""Each kind whose pages describe their record in JSON-LD, and its schema.org type (``Kind.jsonld``)."""
FORMATS = {"csv": "text/csv", "json": "application/json"}


def main_entity(ix: Index, kind: str, record: object, site: SiteConfig) -> JsonLd | None:
    """The schema.org description of the record a page is about, if its kind has one."""
    if record is None or kind not in ENTITIES:
        return None
    describe = DESCRIPTIONS.get(ENTITIES[kind])
    if describe is None:
        return {"@type": ENTITIES[kind], "name": kinds.label_of(kinds.kind(kind), record)}
    return describe(ix, record, site)


def dataset(w: Work, site: SiteConfig, downloads: Iterable[str]) -> JsonLd:
    """The open data as a schema.org Dataset, with its top-level files."""
    rel = site.release
    return {
        "@type": "Dataset",
        "name": f"{site.site_name}: {w.title}",
        "description": w.description,
        "url": w.url,
        "version": rel.version,
        "license": LICENSE_URL,
        "creator": {"@type": "Organization", "name": site.site_name},
        "isAccessibleForFree": True,
        "distribution": [
            {
                "@type": "DataDownload",
                "contentUrl": site.site_url.rstrip("/") + "/" + f,
                "encodingFormat": FORMATS[f.rsplit(".", 1)[1]],
            }
            for f in sorted(downloads)
        ],
    }

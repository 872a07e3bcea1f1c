"""Citation metadata for a page's <head>: Highwire (Google Scholar), Dublin Core and OpenGraph."""

from __future__ import annotations

from .. import routes
from ..config import SiteConfig
from .work import LICENSE_URL, Work


def head(w: Work, site: SiteConfig) -> tuple[tuple[str, str, str], ...]:
    """(attribute, name, content) for each <meta> tag; plain text, escaped by the theme."""
    rel = site.release
    names = {
        "citation_title": w.title,
        "citation_author": site.site_name,
        "citation_publication_date": rel.date.replace("-", "/"),
        "citation_publisher": site.site_name,
        "citation_journal_title": site.site_name,
        "citation_public_url": w.url,
        "citation_language": site.language,
        "DC.title": w.title,
        "DC.creator": site.site_name,
        "DC.date": rel.date,
        "DC.publisher": site.site_name,
        "DC.identifier": w.url,
        "DC.rights": f"CC BY 4.0, {LICENSE_URL}",
        "DC.language": site.language,
        "DC.type": "Text",
    }
    properties = {
        "og:title": w.title,
        "og:type": "website" if w.path == routes.HOME else "article",
        "og:url": w.url,
        "og:description": w.description,
        "og:site_name": site.site_name,
    }
    return tuple(("name", k, v) for k, v in names.items()) + tuple(("property", k, v) for k, v in properties.items() if v)

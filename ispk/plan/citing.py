"""The citation producer: every page's "Cite this page" slot, its head metadata, and its BibTeX and RIS files."""

from __future__ import annotations

from urllib.parse import urlencode

from markupsafe import Markup

from .. import routes
from ..cite import citation
from ..cite.citation import CitationRenderer, GitDates, Release, Work
from ..config import SiteConfig
from ..index import Index
from ..releases import versions
from .page import CiteBlock, CiteEntry, CiteExport, Head, Page, Plan


def _work(page: Page, rel: Release, git: GitDates) -> Work:
    return Work(
        path=page.path,
        title=citation.one_line(page.title or rel.site),
        description=citation.one_line(page.description),
        url=routes.absolute(rel.base_url, page.path),
        changed=git.last_changed(page.inputs, rel.date),
    )


def _correction(config: SiteConfig, w: Work) -> str:
    if not config.repo_url:
        return ""
    query = urlencode({"template": "correction.yml", "title": w.title, "page": w.url})
    return f"{config.repo_url.rstrip('/')}/issues/new?{query}"


def fill(plan: Plan, ix: Index, config: SiteConfig, renderer: CitationRenderer, git: GitDates) -> Plan:
    rel = citation.release(config)
    downloads = [f for f in plan.files if f.count("/") == 1 and f.startswith("data/") and f.endswith((".csv", ".json"))]
    slots, heads, files = {}, {}, {}
    for path, page in plan.pages.items():
        w = _work(page, rel, git)
        bib, ris = citation.bibtex(w, rel), citation.ris(w, rel)
        item = citation.csl_item(w, rel)
        slots[path] = {
            "cite": CiteBlock(
                entries=tuple(
                    CiteEntry(label=label, style=style, html=Markup(renderer.formatted(item, style)))
                    for label, style in citation.STYLES
                ),
                exports=(
                    CiteExport(label="BibTeX", ext="bib", name=f"{w.key}.bib", path=routes.cite_file(path, "bib"), content=bib),
                    CiteExport(
                        label="RIS",
                        ext="ris",
                        name=f"{w.key}.ris",
                        path=routes.cite_file(path, "ris"),
                        content=ris.replace("\r\n", "\n"),
                    ),
                ),
                release=rel.version,
                latest=versions.addresses(config.site_url, config.deployed_version, path).latest
                if config.deployed_version
                else None,
                local=config.site_url if config.local else None,
            )
        }
        files[routes.cite_file(path, "bib")] = bib.encode()
        files[routes.cite_file(path, "ris")] = ris.encode()
        entity = (
            citation.dataset(w, rel, downloads) if page.kind == "data" else citation.main_entity(ix, page.kind, page.record, rel)
        )
        article = page.kind == "prose" and path != routes.HOME
        heads[path] = Head(
            title=w.title,
            url=w.url,
            version=rel.version,
            released=rel.date,
            released_text=citation.date_text(rel.date),
            changed=w.changed,
            changed_text=citation.date_text(w.changed),
            meta=citation.head(w, rel),
            jsonld=citation.jsonld(w, rel, entity, article),
            correction_url=_correction(config, w),
        )
    renderer.save()
    return plan.with_slots(slots).with_heads(heads).with_files(files)

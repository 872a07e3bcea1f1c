"""The citation producer: every page's "Cite this page" slot, its head metadata, and its BibTeX and RIS files."""

from __future__ import annotations

from urllib.parse import urlencode

from markupsafe import Markup

from .. import routes
from ..cite import exports, head, jsonld
from ..cite.csl import STYLES, CitationRenderer, csl_item
from ..cite.git_dates import GitDates
from ..cite.work import Work, date_text, one_line
from ..config import SiteConfig
from ..index import Index
from ..releases import versions
from .page import CiteBlock, CiteEntry, CiteExport, Head, Page, Plan


def _work(page: Page, config: SiteConfig, git: GitDates) -> Work:
    return Work(
        path=page.path,
        title=one_line(page.title or config.site_name),
        description=one_line(page.description),
        url=routes.absolute(config.site_url, page.path),
        changed=git.last_changed(page.inputs, config.release.date),
    )


def _correction(config: SiteConfig, w: Work) -> str:
    if not config.repo_url:
        return ""
    query = urlencode({"template": "correction.yml", "title": w.title, "page": w.url})
    return f"{config.repo_url.rstrip('/')}/issues/new?{query}"


def fill(plan: Plan, ix: Index, config: SiteConfig, renderer: CitationRenderer, git: GitDates) -> Plan:
    rel = config.release
    downloads = [f for f in plan.files if f.count("/") == 1 and f.startswith("data/") and f.endswith((".csv", ".json"))]
    slots, heads, files = {}, {}, {}
    for path, page in plan.pages.items():
        w = _work(page, config, git)
        bib, ris = exports.bibtex(w, config), exports.ris(w, config)
        item = csl_item(w, config)
        slots[path] = {
            "cite": CiteBlock(
                entries=tuple(
                    CiteEntry(label=label, style=style, html=Markup(renderer.formatted(item, style))) for label, style in STYLES
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
            jsonld.dataset(w, config, downloads)
            if page.kind == "data"
            else jsonld.main_entity(ix, page.kind, page.record, config)
        )
        article = page.kind == "prose" and path != routes.HOME
        heads[path] = Head(
            title=w.title,
            url=w.url,
            version=rel.version,
            released=rel.date,
            released_text=date_text(rel.date),
            changed=w.changed,
            changed_text=date_text(w.changed),
            meta=head.head(w, config),
            jsonld=jsonld.jsonld(w, config, entity, article),
            correction_url=_correction(config, w),
        )
    renderer.save()
    return plan.with_slots(slots).with_heads(heads).with_files(files)

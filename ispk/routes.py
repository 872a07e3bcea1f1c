"""Every page path, URL and link: the one module that knows where things live.

Pages are named by their path in the docs folder ("events/x.md"). The engine
publishes them at directory URLs ("events/x/"), rewriting Markdown links
between .md files itself; raw HTML (SVG pictures, the head) is not rewritten,
so it gets URL-relative links from ``href``.
"""

from __future__ import annotations

import posixpath
from functools import lru_cache
from typing import Any

from . import dates, model
from .kinds import BY_ATTR, BY_NAME

HOME = "index.md"
DATA = "data.md"
NAMES = "names.md"
GRAPH = "relations/graph.md"
YEARS = "years"
UNDATED = dates.UNDATED
MAINTAINERS = "maintainers"
"""The folder of pages for the people who keep the reference: the preview (make serve) shows them, nothing publishes them."""
CHANGES = "changes/index.md"
"""What changed between releases: the index of the pages below."""


def page_path(kind: str, ident: str) -> str:
    """The page of one record ("event", "x") or year ("year", "2016")."""
    folder = YEARS if kind == "year" else BY_NAME[kind].folder
    return f"{folder}/{ident}.md"


def year_part(year: str, key: str, number: int) -> str:
    """One part of a year's list too long for one page: ("2016", "events", 2) -> "years/2016/events-2.md"."""
    return f"{YEARS}/{year}/{key}-{number}.md"


def index_path(kind: str) -> str:
    """The index page of a kind ("event" -> "events/index.md"; "year" -> "years/index.md")."""
    folder = YEARS if kind == "year" else BY_NAME[kind].folder
    return f"{folder}/index.md"


def prose_path(name: str) -> str:
    return f"{name}.md"


def coverage_path(source_id: str | None = None) -> str:
    """The preview's coverage checklist of one source; without an id, the list of every source's."""
    return f"{MAINTAINERS}/coverage/{source_id or 'index'}.md"


def changes_page(version: str) -> str:
    """What one release changed since the one before it: "changes/0.2.0.md"."""
    return f"changes/{version}.md"


def since_page(version: str) -> str:
    """What changed from an older release to this one: "changes/since-0.1.0.md".
    The outdated-release banner (docs/assets/versions.js) links an old release's readers here."""
    return f"changes/since-{version}.md"


def anchor(ident: str) -> str:
    """The anchor of a fact, note, statement, figure or relation on the page that shows it."""
    return f"fact-{ident}"


def url_of(page: str) -> str:
    """The directory URL the engine gives a page: groups/x.md -> groups/x/, index.md -> ''."""
    path, _, frag = page.partition("#")
    stem = path[:-3] if path.endswith(".md") else path
    if stem == "index":
        url = ""
    elif stem.endswith("/index"):
        url = stem[: -len("index")]
    else:
        url = stem + "/"
    return url + (f"#{frag}" if frag else "")


def absolute(site_url: str, page: str) -> str:
    return site_url.rstrip("/") + "/" + url_of(page)


@lru_cache(maxsize=262_144)
def _relpath(target: str, start: str) -> str:
    # Pages link to the same few folders thousands of times. This site's paths are relative and
    # normalised ("a/b", "." for the root): their common folders are dropped, as posixpath.relpath
    # does after making both absolute (os.getcwd and normpath twice a call); any other goes to it.
    to, frm = target.split("/") if target != "." else [], start.split("/") if start != "." else []
    if {"", ".", ".."} & {*to, *frm}:
        return posixpath.relpath(target, start)
    common = 0
    for a, b in zip(to, frm, strict=False):
        if a != b:
            break
        common += 1
    return "/".join([".."] * (len(frm) - common) + to[common:]) or "."


_dirname = lru_cache(maxsize=65_536)(posixpath.dirname)


def relative(from_page: str, to_page: str) -> str:
    """A Markdown link between two .md pages, as the engine resolves it."""
    target, _, frag = to_page.partition("#")
    rel = _relpath(target, _dirname(from_page) or ".") if target else ""
    return rel + (f"#{frag}" if frag else "")


def href(from_page: str, to_page: str) -> str:
    """A URL-relative link for raw HTML, which the engine does not rewrite."""
    target, _, frag = to_page.partition("#")
    base, dest = url_of(from_page), url_of(target)
    rel = _relpath(dest or ".", base or ".")
    out = "./" if rel == "." else rel + "/"
    return out + (f"#{frag}" if frag else "")


def home_of(kind: str, record: Any) -> str:
    """The page (and anchor) where a record is shown; "" for a kind with no page to show it (set-aside sentences).

    A record with a page of its own lives there. Any other lives where the first of its kind's
    ``shown_on`` fields that names a page says (``shown_on_page``: a statement on its event's page,
    else its speaker's, else its year's; a figure on its year's page). One that none names (a
    statement with no event, no speaker and no known year; a figure with no known year) lives on
    the page of the first source it cites: a page bounded by one source's text, where the undated
    records' page would grow with the whole record (issue 24); that page lists a copy of it, with
    its anchor. A kind with no ``shown_on`` lives on its index page (a relation). None of these
    homes moves as the record grows.
    """
    k = BY_NAME[kind]
    if k.pages:
        return page_path(kind, record.id)
    page = shown_on_page(kind, record)
    if page is None and k.shown_on:
        page = page_path("source", record.cites[0].source)
    if page is None:
        return f"{index_path(kind)}#{anchor(record.id)}" if k.folder else ""
    return f"{page}#{anchor(record.id)}"


def home_page(kind: str, record: Any) -> str:
    """The page a record lives on (``home_of`` without its anchor)."""
    return home_of(kind, record).partition("#")[0]


def shown_on_page(kind: str, record: Any) -> str | None:
    """The page the first of a kind's ``shown_on`` fields names: a referenced record's page, or a
    date's year page; None when none names one (no value, or a date with no known year)."""
    k = BY_NAME[kind]
    refs = model.references(k.cls)
    for field in k.shown_on:
        value = getattr(record, field)
        if not value:
            continue
        if field in refs:
            return page_path(BY_ATTR[refs[field]].name, value)
        year = dates.year_key(value)
        if year != UNDATED:
            return page_path("year", year)
    return None


def cite_file(page: str, ext: str) -> str:
    """Where a page's BibTeX or RIS file goes: cite/events/x.bib."""
    return f"cite/{page.removesuffix('.md')}.{ext}"


def data_file(name: str) -> str:
    """A file of the open data package, under data/."""
    return f"data/{name}"

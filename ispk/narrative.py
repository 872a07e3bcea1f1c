"""Hand-written narrative: where the files are, their citation syntax, and a safety check.

Narrative is trusted Markdown that researchers write beside the data
(``docs/narrative/<folder>/<id>.md``), merged into the generated page of that
record. It may cite a source inline with ``[@003 "verbatim quote"]``. It may
use HTML, so it is checked with a maintained sanitizer (nh3) after Markdown
has turned it into HTML and every entity has been decoded: what nh3 would
remove (a script, an event handler, a ``java&#115;cript:`` link) is an error.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

import markdown as python_markdown
import nh3
import yaml
from lxml import html as lxml_html

from . import kinds, routes, textfile
from .archive import ROOT

DEFAULT_ROOT = ROOT / "docs" / "narrative"

# Hand-written pages: pages/<name>.md -> <name>.md, in navigation order.
PROSE_PAGES = ("index", "explainer", "methodology", "about", "accessibility")
# Folder -> what a file there is about: a kind of record with pages, in its folder (kinds.Kind.folder),
# or a page family.
FOLDERS = {
    **{k.folder: k.name for k in kinds.WITH_PAGES if k.folder},
    routes.YEARS: "year",
    "pages": "hand-written page",
    "indexes": "index page",
}

CITE = re.compile(r"\[@(?P<source>[0-9a-z_]+)\s+\"(?P<quote>[^\"]+)\"\]")
_ONE_CITE = r"\[@[0-9a-z_]+\s+\"[^\"]+\"\]"
# Citations side by side, on one line or across a line break.
CITE_RUN = re.compile(_ONE_CITE + r"(?:[ \t]*\n?[ \t]*" + _ONE_CITE + ")*")
# A marker sits against the word it supports, as a footnote reference does, also when the
# citation starts the next line (a line break, not a blank line: that would join paragraphs).
SPACE_BEFORE_CITE = re.compile(r"(?<!\n)[ \t]*(?:\n[ \t]*)?(?=\[@[0-9a-z_]+\s+\")")
# Where a hand-written page shows something generated (the home page's counts and
# chart): a named slot, marked in its Markdown as <!-- slot: NAME -->.
SLOT = re.compile(r"<!--\s*slot:\s*([a-z-]+)\s*-->")


@dataclass(frozen=True)
class Narrative:
    """The narrative files under one root (None: no narrative, as in tests of small datasets)."""

    root: Path | None = DEFAULT_ROOT

    def path(self, folder: str, ident: str) -> Path | None:
        if self.root is None:
            return None
        file = self.root / folder / f"{ident}.md"
        return file if file.is_file() else None

    def text(self, folder: str, ident: str) -> str:
        file = self.path(folder, ident)
        return textfile.read_text(file) if file else ""

    def files(self) -> list[Path]:
        return sorted(self.root.glob("*/*.md")) if self.root is not None and self.root.is_dir() else []


def split_front_matter(text: str) -> tuple[dict[str, object], str]:
    """A hand-written page's own front matter (title, description) and its Markdown."""
    if text.startswith("---\n"):
        _, head, body = text.split("---\n", 2)
        front: dict[str, object] = yaml.safe_load(head) or {}
        return front, body
    return {}, text


def split_slots(text: str) -> list[tuple[str, str | None]]:
    """Markdown and the slot after it, in order: [(markdown, "overview"), ..., (markdown, None)]."""
    parts, start = [], 0
    for match in SLOT.finditer(text):
        parts.append((text[start : match.start()], match.group(1)))
        start = match.end()
    return [*parts, (text[start:], None)]


def resolve_source(prefix: str, sources: Collection[str]) -> str | None:
    """A narrative may name a source by its number ("003") or its full id."""
    if prefix in sources:
        return prefix
    matches = [s for s in sources if s.split("_", 1)[0] == prefix]
    return matches[0] if len(matches) == 1 else None


# --------------------------------------------------------------------------- #
# Safety: what the sanitizer would remove is an error
# --------------------------------------------------------------------------- #

_TAGS = set(nh3.ALLOWED_TAGS) | {
    "details",
    "summary",
    "figure",
    "figcaption",
    "section",
    "aside",
    "nav",
    "div",
    "span",
    "small",
    "sup",
    "sub",
    "q",
    "mark",
    "kbd",
    "time",
    "caption",
    "colgroup",
    "col",
    "thead",
    "tbody",
    "tfoot",
}
_GLOBAL = {"class", "id", "title", "lang", "dir", "markdown", "role", "aria-label", "aria-hidden"}
_ATTRIBUTES = {
    "*": _GLOBAL,
    "a": _GLOBAL | {"href", "download"},
    "img": _GLOBAL | {"src", "alt", "width", "height"},
    "time": _GLOBAL | {"datetime"},
    "td": _GLOBAL | {"align", "colspan", "rowspan"},
    "th": _GLOBAL | {"align", "colspan", "rowspan", "scope"},
    "abbr": _GLOBAL,
    "ol": _GLOBAL | {"start"},
}
_SCHEMES = {"http", "https", "mailto"}
# The extensions that turn narrative into HTML, as the site's mkdocs.yml enables them.
_EXTENSIONS = ["abbr", "admonition", "attr_list", "footnotes", "md_in_html", "tables"]


def _parts(fragment: str) -> set[tuple[str, ...]]:
    """Every element and attribute of an HTML fragment, entities decoded."""
    found: set[tuple[str, ...]] = set()
    for element in lxml_html.fragment_fromstring(fragment, create_parent="div").iterdescendants():
        if not isinstance(element.tag, str):
            found.add(("comment",) if "Comment" in str(element.tag) else ("node", str(element.tag)))
            continue
        found.add(("element", element.tag))
        found.update(("attribute", element.tag, name, value) for name, value in element.attrib.items())
    return found


def unsafe(markdown_text: str) -> list[str]:
    """What nh3 would remove from the HTML this Markdown becomes, in words ([] when safe)."""
    rendered = python_markdown.markdown(CITE.sub("", markdown_text), extensions=_EXTENSIONS)
    cleaned = nh3.clean(rendered, tags=_TAGS, attributes=_ATTRIBUTES, url_schemes=_SCHEMES, link_rel=None, strip_comments=False)
    removed = sorted(_parts(rendered) - _parts(cleaned), key=str)
    words = []
    for part in removed:
        if part[0] == "element":
            words.append(f"the element <{part[1]}>")
        elif part[0] == "attribute":
            words.append(f"{part[2]}={part[3]!r} on <{part[1]}>")
    return words


def unsafe_lines(text: str) -> list[tuple[int, str]]:
    """(line number, what is unsafe) for a narrative file: each paragraph, then the line within it."""
    problems: list[tuple[int, str]] = []
    lines = text.splitlines()
    start = 0
    for number, line in enumerate([*lines, ""], start=1):
        if line.strip():
            continue
        block = lines[start : number - 1]
        if block and (found := unsafe("\n".join(block))):
            # The line inside the paragraph that shows it, if one does on its own.
            at = next((start + i + 1 for i, single in enumerate(block) if unsafe(single)), start + 1)
            problems.append((at, "; ".join(found)))
        start = number
    return problems

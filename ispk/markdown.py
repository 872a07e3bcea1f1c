"""Safe Markdown building blocks: escaping, links, citations.

Text from the data never becomes markup. Every character that Markdown,
its extensions or HTML could read as syntax is written as a numeric
character reference, which renders as the character itself. Only values
built here (links, footnote markers) are trusted, marked with ``Markup``.
"""
from __future__ import annotations

import json
import posixpath
import re
from functools import lru_cache

from markupsafe import Markup

from . import dates
from .model import Cite, When

# Punctuation with a meaning in Markdown, pymdown-extensions or HTML.
_SPECIAL = set("\\`*_{}[]()<>#+!|~^=:$&\"@%")
_ESCAPES = str.maketrans({ch: f"&#{ord(ch)};" for ch in _SPECIAL})
_LEADING = re.compile(r"^(\s*)([-+]|\d+[.)])")
_SPACE = re.compile(r"\s+")


def text(value: object) -> Markup:
    """Escape any value for inline Markdown; white space is folded to one line."""
    if isinstance(value, Markup):
        return value
    s = _SPACE.sub(" ", str(value)).strip().translate(_ESCAPES)
    # A leading "-", "+" or "1." would start a list.
    s = _LEADING.sub(lambda m: m.group(1) + "".join(f"&#{ord(c)};" for c in m.group(2)), s)
    return Markup(s)


def attr(value: object) -> str:
    """Escape for an HTML attribute value."""
    return str(Markup.escape(_SPACE.sub(" ", str(value)).strip()))


def yaml_string(value: str) -> str:
    # JSON strings are valid YAML scalars and escape everything needed.
    return json.dumps(_SPACE.sub(" ", value).strip(), ensure_ascii=False)


def front_matter(**fields: object) -> str:
    lines = ["---"]
    for key, value in fields.items():
        if value is None:
            continue
        if isinstance(value, dict):
            lines.append(f"{key}:")
            lines.extend(f"  {k}: {json.dumps(v)}" for k, v in value.items())
        elif isinstance(value, str):
            lines.append(f"{key}: {yaml_string(value)}")
        else:
            lines.append(f"{key}: {json.dumps(value)}")
    lines.append("---\n")
    return "\n".join(lines)


# --------------------------------------------------------------------------- #
# Paths and links
# --------------------------------------------------------------------------- #

FOLDERS = {
    "source": "sources", "group": "groups", "region": "regions", "place": "places",
    "person": "people", "event": "events", "year": "years",
}


def page_path(kind: str, ident: str) -> str:
    return f"{FOLDERS[kind]}/{ident}.md"


def relative(from_page: str, to_page: str) -> str:
    """A link from one docs-relative .md path to another, as MkDocs resolves it."""
    target, _, anchor = to_page.partition("#")
    rel = _relpath(target, posixpath.dirname(from_page) or ".")
    return rel + (f"#{anchor}" if anchor else "")


@lru_cache(maxsize=65_536)
def _relpath(target: str, start: str) -> str:
    # posixpath.relpath normalises both paths on every call; pages link to the
    # same few folders thousands of times.
    return posixpath.relpath(target, start)


def link(from_page: str, to_page: str, label: object) -> Markup:
    return Markup(f"[{text(label)}]({relative(from_page, to_page)})")


def date_text(when: When | None, undated_reason: str = "") -> Markup:
    """A date with its precision made visible: inferred dates say so."""
    if when is None:
        return Markup("<span class=\"date-unknown\">") + text("date not stated") + Markup("</span>")
    out = text(dates.describe(when))
    if when.basis == "inferred":
        # Said in words (for print and screen readers); the reason is on hover and on the record's page.
        out = out + Markup(f' <abbr class="date-inferred" title="{attr(when.reason)}">(inferred)</abbr>')
    return out


# --------------------------------------------------------------------------- #
# Citations: numbered footnotes that link to the source page and show the quote
# --------------------------------------------------------------------------- #


class Citations:
    """Collects a page's citations and numbers them; identical ones share a number."""

    def __init__(self, page: str, sources: dict):
        self.page = page
        self.sources = sources
        self.numbers: dict[tuple[str, str], int] = {}

    def mark(self, cites: tuple[Cite, ...] | Cite | None) -> Markup:
        if cites is None:
            return Markup("")
        if isinstance(cites, Cite):
            cites = (cites,)
        marks = []
        for cite in cites:
            key = (cite.source, cite.quote)
            if key not in self.numbers:
                self.numbers[key] = len(self.numbers) + 1
            marks.append(f"[^{self.numbers[key]}]")
        # A visible comma between adjacent markers: "3,4", not "34".
        return Markup("<sup>,</sup>".join(marks))

    def footnotes(self) -> Markup:
        if not self.numbers:
            return Markup("")
        lines = []
        for (source_id, quote), number in self.numbers.items():
            source = self.sources[source_id]
            target = relative(self.page, page_path("source", source_id))
            lines.append(
                f"[^{number}]: [{text(short_source(source))}]({target}): "
                f"<q class=\"quote\">{text(quote)}</q>"
            )
        # The footnotes go where Python-Markdown's place marker is: inside a block
        # kept out of search, since every quote is indexed once, on its source's page.
        return Markup(_FOOTNOTES_HERE + "\n".join(lines) + "\n")


_FOOTNOTES_HERE = "<div markdown data-search-exclude>\n\n///Footnotes Go Here///\n\n</div>\n\n"


def short_source(source) -> str:
    """How a citation names a source: number, headline, and date as known."""
    number = source.id.split("_", 1)[0]
    when = dates.describe(source.published) if source.published else "undated"
    return f"Source {number}, “{source.headline}” ({when})"


# --------------------------------------------------------------------------- #
# Narrative Markdown with citations: [@003 "verbatim quote"]
# --------------------------------------------------------------------------- #

NARRATIVE_CITE = re.compile(r"\[@(?P<source>[0-9a-z_]+)\s+\"(?P<quote>[^\"]+)\"\]")
# A marker sits against the word it supports, as a footnote reference does.
_SPACE_BEFORE_CITE = re.compile(r"[ \t]+(?=\[@[0-9a-z_]+\s+\")")


def resolve_source(prefix: str, sources: dict) -> str | None:
    """A narrative may name a source by its number ("003") or its full id."""
    if prefix in sources:
        return prefix
    matches = [s for s in sources if s.split("_", 1)[0] == prefix]
    return matches[0] if len(matches) == 1 else None


def narrative(markdown: str, citations: Citations) -> str:
    """Turn narrative citation markers into the page's footnotes."""
    def replace(match: re.Match) -> str:
        source = resolve_source(match["source"], citations.sources)
        return str(citations.mark(Cite(source=source, quote=match["quote"])))
    return NARRATIVE_CITE.sub(replace, _SPACE_BEFORE_CITE.sub("", markdown))


# --------------------------------------------------------------------------- #
# Front matter, for decorators that add to finished pages
# --------------------------------------------------------------------------- #


def _yaml_dumper():
    # libyaml's safe dumper when PyYAML was built with it (its wheels are): the
    # pure-Python one was a tenth of the build at 1,000 pages.
    import yaml
    return getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def split_front_matter(page: str) -> tuple[dict, str]:
    import yaml
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml, as for dumping
    if page.startswith("---\n"):
        _, head, body = page.split("---\n", 2)
        return (yaml.load(head, Loader=loader) or {}), body
    return {}, page


def join_front_matter(meta: dict, body: str) -> str:
    import yaml
    if not meta:
        return body
    head = yaml.dump(meta, Dumper=_yaml_dumper(), allow_unicode=True, sort_keys=False, width=10_000)
    return f"---\n{head}---\n{body}"

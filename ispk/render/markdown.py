"""Safe Markdown building blocks: escaping, links, dates, footnote citations.

Text from the data never becomes markup. Every character that Markdown, its
extensions or HTML could read as syntax is written as a numeric character
reference, which renders as the character itself: that is the one escape a
value gets in the body. Only values built here (links, footnote markers) are
trusted, marked with ``Markup``. Values that go into HTML the engine does not
parse as Markdown (attributes, <code>, the head) get HTML escaping instead,
never both.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import lru_cache

from markupsafe import Markup, escape

from .. import dates, routes
from .. import narrative as narratives
from ..model import Cite, When

# Punctuation with a meaning in Markdown, pymdown-extensions or HTML.
_SPECIAL = set('\\`*_{}[]()<>#+!|~^=:$&"@%')
_ESCAPES = str.maketrans({ch: f"&#{ord(ch)};" for ch in _SPECIAL})
_LEADING = re.compile(r"^(\s*)([-+]|\d+[.)])")
_SPACE = re.compile(r"\s+")


# Text that needs none of the work below: no special character, no white space but single
# spaces inside, no leading list marker. Most values are like this; they skip the rest.
_WORK = re.compile("[" + re.escape("".join(sorted(_SPECIAL))) + r"]|\s\s|[^\S ]|^\s|\s$")


def text(value: object) -> Markup:
    """Escape any value for inline Markdown; white space is folded to one line."""
    if isinstance(value, Markup):
        return value
    return _text(value if isinstance(value, str) else str(value))


# Names, kinds and dates recur on thousands of pages: each distinct text is escaped once per process.
@lru_cache(maxsize=262_144)
def _text(s: str) -> Markup:
    if not _WORK.search(s) and s[:1] not in "-+0123456789":
        return Markup(s)
    s = _SPACE.sub(" ", s).strip().translate(_ESCAPES)
    # A leading "-", "+" or "1." would start a list.
    s = _LEADING.sub(lambda m: m.group(1) + "".join(f"&#{ord(c)};" for c in m.group(2)), s)
    return Markup(s)


def attr(value: object) -> str:
    """Escape for an HTML attribute value."""
    return str(escape(_SPACE.sub(" ", str(value)).strip()))


def code(value: object) -> Markup:
    """Inline code as HTML: a Markdown code span would show text()'s character references literally."""
    return Markup("<code>{}</code>").format(_SPACE.sub(" ", str(value)).strip())


# A quotation that opens with its own quotation mark ("“Police have…,” he said") gets no
# second one from <q>: "own-marks" turns the element's marks off (docs/assets/site.css).
_OPENING_MARKS = "\"'“‘«„"


def quotation(value: object) -> Markup:
    """A quotation from a source, marked once: by <q>, or by the quotation marks it opens with."""
    own = " own-marks" if str(value).lstrip()[:1] in _OPENING_MARKS else ""
    return Markup(f'<q class="quote{own}">{text(value)}</q>')


def yaml_string(value: str) -> str:
    # JSON strings are valid YAML scalars and escape everything needed.
    return json.dumps(_SPACE.sub(" ", value).strip(), ensure_ascii=False)


def front_matter(fields: Mapping[str, object]) -> str:
    """YAML front matter: plain values, escaped for YAML only (the theme escapes them for HTML)."""
    lines = ["---"]
    for key, value in fields.items():
        if value is None:
            continue
        lines.append(f"{key}: {json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else yaml_string(value)}")
    lines.append("---\n")
    return "\n".join(lines)


def link(from_page: str, to_page: str, label: object) -> Markup:
    return Markup(f"[{text(label)}]({routes.relative(from_page, to_page)})")


def html_link(from_page: str, to_page: str, label: object) -> Markup:
    """A link inside raw HTML, which the engine does not rewrite."""
    return Markup(f'<a href="{escape(routes.href(from_page, to_page))}">{escape(label)}</a>')


def date_text(when: When | None) -> Markup:
    """A date with its precision made visible: inferred dates say so."""
    if when is None:
        return Markup('<span class="date-unknown">') + text("date not stated") + Markup("</span>")
    return shown_date(dates.shown(when))


def shown_date(value: dates.Shown) -> Markup:
    """A date with its mark: said in words (for print and screen readers); the reason is on hover."""
    return value.styled(
        text, lambda mark, reason: Markup(f' <abbr class="date-inferred" title="{attr(reason)}">({text(mark)})</abbr>')
    )


# --------------------------------------------------------------------------- #
# Citations: numbered footnotes that link to the source page and show the quote
# --------------------------------------------------------------------------- #

# Python-Markdown's footnotes go where this marker is: inside a block kept out of
# search, since every quote is indexed once, on its source's page; past FOLD_FOOTNOTES of them,
# in a collapsed section, so that a long page's record is not followed by screens of quotes
# (following a marker to its footnote opens the section; print shows it open: site.css).
_FOOTNOTES_HERE = "<div markdown data-search-exclude>\n\n///Footnotes Go Here///\n\n</div>\n\n"
_FOOTNOTES_FOLDED = (
    '<details class="footnotes-list" markdown="1" data-search-exclude="">\n'
    "<summary>The quotes behind this page: {n} citations</summary>\n\n///Footnotes Go Here///\n\n</details>\n\n"
)
FOLD_FOOTNOTES = 12


class Citations:
    """One page's citations, numbered in order of first use; identical ones share a number."""

    def __init__(self, page: str, sources: Mapping[str, str]):
        self.page = page
        self.sources = sources
        """How the footnotes name each source the page may cite (labels.short_source), by id."""
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
        return Markup('<sup class="cite-sep">,</sup>'.join(marks))

    def footnotes(self) -> Markup:
        if not self.numbers:
            return Markup("")
        lines = []
        for (source_id, quote), number in self.numbers.items():
            target = routes.relative(self.page, routes.page_path("source", source_id))
            lines.append(f"[^{number}]: [{text(self.sources[source_id])}]({target}): {quotation(quote)}")
        here = _FOOTNOTES_HERE if len(lines) <= FOLD_FOOTNOTES else _FOOTNOTES_FOLDED.format(n=len(lines))
        return Markup(here + "\n".join(lines) + "\n")


def narrative(markdown: str, citations: Citations) -> Markup:
    """Narrative Markdown (trusted, checked by validation) with its citations as the page's footnotes."""

    def replace(run: re.Match[str]) -> str:
        # Adjacent citations are one marker, "1,2", as several citations of one value are.
        cites = tuple(
            Cite(source=narratives.resolve_source(m["source"], citations.sources) or m["source"], quote=m["quote"])
            for m in narratives.CITE.finditer(run[0])
        )
        return str(citations.mark(cites))

    return Markup(narratives.CITE_RUN.sub(replace, narratives.SPACE_BEFORE_CITE.sub("", markdown)))

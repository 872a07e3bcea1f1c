"""Text from data never becomes markup, whatever the string (property-based).

Validation rejects markup in data fields; this test bypasses validation on
purpose and proves that rendering alone is safe: every text field gets the
same arbitrary string, the pages are generated and converted to HTML with the
extensions mkdocs.yml configures, and the HTML must contain the string as
text and no markup of its own.
"""

from __future__ import annotations

import re

import markdown
import yaml
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import ROOT
from factories import cite, small
from ispk.build import Build
from ispk.model import Account, Alias, Count, Event, Fact, Group, Note, Place, Region, Relation, Responsibility, Statement

CONFIG = yaml.load((ROOT / "mkdocs.yml").read_text(), Loader=yaml.BaseLoader)
EXTENSIONS = [e if isinstance(e, str) else next(iter(e)) for e in CONFIG["markdown_extensions"]]
# Elements our templates produce; anything else in the HTML came from data.
ALLOWED_TAGS = {
    "a",
    "abbr",
    "blockquote",
    "br",
    "code",
    "details",
    "div",
    "em",
    "h1",
    "h2",
    "hr",
    "li",
    "nav",
    "ol",
    "p",
    "q",
    "small",
    "span",
    "summary",
    "strong",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
}

# The pages alone: validation is bypassed on purpose, and pictures and citations are tested elsewhere.
PAGES_ONLY = Build(narrative=None, pictures=False, citations=False, opendata=False, releases=False)

# Printable text: control characters are rejected by validation (see test_validation).
TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=60).filter(lambda s: s.strip())


def poisoned(payload: str):
    """The small dataset with the payload in every free-text field that reaches a page."""
    base = small()
    q = cite("speaking at a weekly briefing in Islamabad Thursday")
    group = Group(
        id="islamic-state",
        name=payload,
        kind="transnational jihadist organization",
        aliases=(Alias(name=payload, cites=(q,)),),
        facts=(Fact(id="f1", text=payload, cites=(q,)),),
        cites=(q,),
    )
    event = Event(
        id="briefing",
        title=payload,
        kind="attack",
        summary=payload,
        places=("islamabad",),
        groups=("islamic-state",),
        cites=(q,),
        counts=(Count(measure="killed", low=1, who=payload, cite=q),),
        responsibility=(Responsibility(group=None, kind="claimed", label=payload, by=payload, cites=(q,)),),
        accounts=(Account(aspect=payload, says=payload, cite=q),),
        notes=(Note(id="n1", text=payload, cites=(q,)),),
    )
    statement = Statement(id="s1", text=payload, form="quote", speaker_label=payload, event="briefing", cites=(q,))
    relation = Relation(
        id="r1",
        kind="pledge",
        subject="jundullah",
        object="islamic-state",
        basis="reported",
        by=payload,
        description=payload,
        cites=(q,),
    )
    return base.__class__(
        sources=base.sources,
        groups=(group, base.groups[1]),
        regions=(Region(id="pakistan", name=payload, kind="country"),),
        places=(Place(id="islamabad", name=payload, kind="city", region="pakistan", cites=(q,)),),
        events=(event,),
        statements=(statement,),
        relations=(relation,),
    )


def html_of(page: str) -> BeautifulSoup:
    body = page.split("---\n", 2)[2] if page.startswith("---\n") else page
    front = yaml.safe_load(page.split("---\n", 2)[1]) if page.startswith("---\n") else {}
    assert isinstance(front, (dict, type(None)))
    return BeautifulSoup(markdown.markdown(body, extensions=EXTENSIONS), "html.parser")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
@example("<script>alert(1)</script>")
@example("[x](javascript:alert(1))")
@example("<img src=x onerror=alert(1)>")
@example("**bold** _it_ `code` ~~del~~ ==mark== ^^ins^^ {: #id } [^1] *[HTML]: x")
@example("# heading | table | cell")
@example("1. list -- - item + item")
@example("&lt;already escaped&gt; &amp; \\*")
@example('" onmouseover="alert(1)')
def test_text_fields_render_as_text(payload):
    folded = re.sub(r"\s+", " ", payload).strip()
    pages = PAGES_ONLY.run(poisoned(payload), check=False).pages
    for path in (
        "groups/islamic-state.md",
        "events/briefing.md",
        "places/islamabad.md",
        "regions/pakistan.md",
        "statements/index.md",
        "relations/index.md",
        "names.md",
    ):
        soup = html_of(pages[path])
        tags = {t.name for t in soup.find_all(True)}
        assert tags <= ALLOWED_TAGS, (path, tags - ALLOWED_TAGS)
        for tag in soup.find_all(True):
            for name, value in tag.attrs.items():
                assert not name.startswith("on"), (path, name)
                if name == "href":
                    assert not value.strip().lower().startswith(("javascript:", "data:", "vbscript:")), (path, value)
        assert folded in soup.get_text(), (path, folded)

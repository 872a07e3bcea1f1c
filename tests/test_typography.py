"""Typography of citations and quotations: markers against their word, quotation marks once."""

from __future__ import annotations

from ispk.render.markdown import Citations, narrative, quotation

SOURCES = {"000_aaaa": "Source 000", "003_bbbb": "Source 003"}


def _narrative(markdown: str) -> str:
    return str(narrative(markdown, Citations("page.md", SOURCES)))


def test_a_citation_on_the_next_line_sits_against_its_word():
    assert _narrative('tribal\nareas\n[@003 "tribal areas"].') == "tribal\nareas[^1]."


def test_a_citation_opening_a_paragraph_does_not_join_it_to_the_one_before():
    assert _narrative('One.\n\n[@000 "x"] Two.') == "One.\n\n[^1] Two."


def test_adjacent_citations_read_as_one_marker():
    assert _narrative('areas [@000 "x"] [@003 "y"].') == 'areas[^1]<sup class="cite-sep">,</sup>[^2].'
    assert _narrative('areas [@000 "x"]\n[@003 "y"].') == 'areas[^1]<sup class="cite-sep">,</sup>[^2].'


def test_a_quotation_opening_with_its_own_mark_gets_no_second_one():
    assert str(quotation("“Police have made arrests,” he said")) == (
        '<q class="quote own-marks">“Police have made arrests,” he said</q>'
    )
    assert str(quotation("footprints of ISIS")) == '<q class="quote">footprints of ISIS</q>'


def test_a_quotation_is_escaped_once():
    assert str(quotation('say "<b>"')) == '<q class="quote">say &#34;&#60;b&#62;&#34;</q>'


def test_a_persons_statements_name_neither_the_person_nor_each_event_on_every_line(dataset, pages):
    from collections import Counter

    from ispk.routes import page_path, relative

    checked = 0
    for person in dataset.people:
        path = page_path("person", person.id)
        section = pages[path].split("## Statements", 1)[-1].split("\n## ", 1)[0]
        assert f"]({relative(path, path)})" not in section, person.id
        at = Counter(s.event for s in dataset.statements if s.speaker == person.id and s.event)
        for event, n in at.items():
            if n > 1:
                links = section.count(f"]({relative(path, page_path('event', event))})")
                assert 1 <= links < n, (person.id, event, links, n)
                checked += 1
    assert checked, "no person has two statements at one event: the test proves nothing"

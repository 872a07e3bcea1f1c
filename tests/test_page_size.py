"""No page over 1 MB at 10,000 events (issue 24): the lists that grow with the data go to part pages.

The Open data page listed every record's JSON file: about 850 KB of Markdown at 10,000 events,
over 1 MB of HTML. Past parts.LINKS_ON_PAGE a kind's files go to part pages of
parts.LINKS_PART_SIZE, linked from it.
Checked on 1,000 synthetic events (bench/synthetic.py) with the part size cut by ten, so that
the events' files are cut as they are at 10,000. The largest page of a 10,000-event site is
measured by `make bench` (max_html, against its 1 MB target), not predicted from a smaller one:
the synthetic data's pages do not grow in proportion (a region's page grows 2 to 17 times less
from 1,000 to 10,000 events than from 500 to 1,000).
"""

from __future__ import annotations

import re

import pytest

from bench import synthetic
from ispk.build import Build
from ispk.index import Index
from ispk.plan import downloads, parts

SCALE = 10


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    data, texts = synthetic.generate(1_000, seed=1)
    folder = tmp_path_factory.mktemp("archive")
    synthetic.write_archive(texts, folder)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(parts, "LINKS_PART_SIZE", parts.LINKS_PART_SIZE // SCALE)
        build = Build(sources=folder, narrative=None, pictures=False, citations=False)
        return data, build.run(data, check=False).pages


def test_json_files_too_many_for_the_data_page_are_listed_in_parts(pages):
    data, pages = pages
    part_pages = sorted(p for p in pages if re.fullmatch(r"data/events-\d+\.md", p))
    assert len(part_pages) == -(-len(data.events) // (parts.LINKS_PART_SIZE // SCALE)), part_pages
    text = pages["data.md"]
    for path in part_pages:
        assert f"({path})" in text, f"data.md does not link {path}"
    assert "records/events/" not in text, "data.md still lists the events' files"
    listed = [f for p in part_pages for f in re.findall(r"\(records/events/([\w-]+)\.json\)", pages[p])]
    assert sorted(listed) == sorted(e.id for e in data.events)  # each file once, in one part
    for path in part_pages:
        assert len(pages[path].encode()) <= 2_000 + (parts.LINKS_PART_SIZE // SCALE) * 100, path


def test_json_files_that_fit_stay_on_the_data_page(pages):
    _, pages = pages
    text = pages["data.md"]
    assert "(data/records/sources/" in text
    assert not [p for p in pages if re.fullmatch(r"data/sources-\d+\.md", p)]


@pytest.mark.parametrize("count", [parts.LINKS_ON_PAGE, parts.LINKS_ON_PAGE + 1])
def test_the_data_page_lists_a_kind_s_files_itself_only_up_to_links_on_page(pages, count):
    """Not up to LINKS_PART_SIZE: six kinds of up to 2,000 files each made the page 0.97 MB of HTML at 10,000 events."""
    data, _ = pages
    out = {f"records/groups/g{i:04}.json": b"" for i in range(count)}
    per_kind, part_pages = downloads._json_files(Index(data), out)
    groups = next(k for k in per_kind if k.folder == "groups")
    assert groups.count == count
    if count <= parts.LINKS_ON_PAGE:
        assert len(groups.files) == count and not groups.parts and not part_pages
    else:
        assert not groups.files and len(groups.parts) == len(part_pages) == 1

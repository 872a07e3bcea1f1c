"""Two builds of the same commit are byte-identical."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from conftest import build_site

# Pagefind writes its filter and metadata indexes (and so its entry file, which names them) in an order
# that varies between runs; its word index and page fragments are stable (Pagefind issue
# #638: "fragment hashes are now stable between builds ... the filter/metadata indexes" are not).
UNSTABLE = ("pagefind/filter/", "pagefind/pagefind-entry.json", "pagefind/pagefind.en_")


def digest(site: Path) -> dict[str, str]:
    return {
        str(p.relative_to(site)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(site.rglob("*"))
        if p.is_file() and not p.relative_to(site).as_posix().startswith(UNSTABLE)
    }


@pytest.mark.engine
def test_two_builds_are_byte_identical(tmp_path, sources_dir):
    env = {"SOURCE_DATE_EPOCH": "1700000000"}
    for name in ("one", "two"):
        result = build_site(tmp_path / name, env=env)
        assert result.returncode == 0, result.stderr[-3000:]
    one, two = digest(tmp_path / "one"), digest(tmp_path / "two")
    assert len(one) > 100
    assert one == two
    assert any(path.startswith("pagefind/fragment/") for path in one)  # the search index is compared too
    filters = [sorted(p.name for p in (tmp_path / name / "pagefind" / "filter").iterdir()) for name in ("one", "two")]
    assert len(filters[0]) == len(filters[1]) > 0
    # The fixed epoch, not the clock, dates the sitemap.
    assert "<lastmod>2023-11-14</lastmod>" in (tmp_path / "one" / "sitemap.xml").read_text()

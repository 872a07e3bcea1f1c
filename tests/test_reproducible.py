"""Two builds of the same commit are byte-identical."""
from __future__ import annotations

import hashlib
from pathlib import Path

from conftest import build_site


def digest(site: Path) -> dict[str, str]:
    return {str(p.relative_to(site)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def test_two_builds_are_byte_identical(tmp_path, sources_dir):
    env = {"SOURCE_DATE_EPOCH": "1700000000"}
    for name in ("one", "two"):
        result = build_site(tmp_path / name, env=env)
        assert result.returncode == 0, result.stderr[-3000:]
    one, two = digest(tmp_path / "one"), digest(tmp_path / "two")
    assert len(one) > 100
    assert one == two
    # The fixed epoch, not the clock, dates the sitemap.
    assert "<lastmod>2023-11-14</lastmod>" in (tmp_path / "one" / "sitemap.xml").read_text()

"""Every built page is valid HTML, by the Nu Html Checker (vnu-jar, the W3C validator).

vnu.jar comes from the npm lock file (`make test` runs `npm ci`); it runs on the
Java on the machine, in one JVM for every page (it is slow to start).
"""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from conftest import ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def _upstream(message: dict) -> bool:
    """Material's own markup, which this project does not write: `autocomplete="off"` on the
    checkbox inputs that open the drawer and the search (`partials/…` of mkdocs-material;
    Firefox needs it to forget their state). Nothing else is filtered."""
    return (
        message["message"].startswith("Attribute “autocomplete” is only allowed when the input type is")
        and 'type="checkbox"' in message.get("extract", "")
        and 'class="md-toggle"' in message.get("extract", "")
    )


def test_every_page_is_valid_html(built_site):
    java = shutil.which("java")
    if not java:
        pytest.fail("java is missing: the Nu Html Checker needs a Java runtime")
    if not VNU.is_file():
        pytest.fail(f"{VNU} is missing: run `npm ci` (make test does)")
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 100
    result = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, pages)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [m for m in messages if m["type"] != "info" and not _upstream(m)]
    report = "\n".join(f"{m['url'].split(str(built_site))[-1]}:{m.get('lastLine')}: {m['message']}" for m in errors[:40])
    assert not errors, f"{len(errors)} error(s):\n{report}"

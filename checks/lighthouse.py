"""Lighthouse scores for one page of every type: a report, not a gate (`make lighthouse`).

Serves the built site/ on loopback and runs Lighthouse (tools/lighthouse/, installed
from its own lock file) with Debian's Chromium. Prints the four category scores per
page type, and the audits that cost points. Targets: 100 for accessibility, best
practices and SEO; at least 95 for performance.

    make lighthouse                          # all page types, mobile (Lighthouse's default)
    .venv/bin/python -m scripts.lighthouse --desktop --pages home,event
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from checks import gzip_server
from ispk import loader
from ispk.archive import ROOT

LIGHTHOUSE = ROOT / "tools" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync"
)
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}


def page_types() -> dict[str, str]:
    d = loader.load()
    first = lambda records: sorted(records, key=lambda r: r.id)[0].id
    return {
        "home": "",
        "explainer": "explainer/",
        "about": "about/",
        "accessibility": "accessibility/",
        "names": "names/",
        "data": "data/",
        "groups-index": "groups/",
        "events-index": "events/",
        "statements": "statements/",
        "statistics": "statistics/",
        "relations": "relations/",
        "group": "groups/islamic-state/",
        "region": "regions/pakistan/",
        "place": f"places/{first(d.places)}/",
        "person": f"people/{first(d.people)}/",
        "event": "events/quetta-attack-2016-08-08/",
        "year": "years/2016/",
        "source": f"sources/{first(d.sources)}/",
    }


def run(url: str, desktop: bool) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        command = [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={out}",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-flags={CHROME_FLAGS}",
        ]
        if desktop:
            command.append("--preset=desktop")
        env = {**os.environ, "CHROME_PATH": CHROMIUM, "HOME": tmp}
        subprocess.run(command, check=True, env=env, timeout=300, stdout=subprocess.DEVNULL)
        return json.loads(out.read_text())


def report(site: Path, desktop: bool = False, only: list[str] | None = None) -> int:
    """Print the scores of each page type (or only those named) of the built site; the exit status."""
    if not LIGHTHOUSE.exists():
        print(f"{LIGHTHOUSE} is missing: run `make lighthouse` (it installs tools/lighthouse/)", file=sys.stderr)
        return 1
    pages = page_types()
    if only:
        pages = {k: v for k, v in pages.items() if k in only}
    server = gzip_server.serve(site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    print(
        f"Lighthouse ({'desktop' if desktop else 'mobile'}) on {base}; targets: "
        + ", ".join(f"{c} {'≥ ' if c == 'performance' else ''}{t}" for c, t in TARGETS.items())
    )
    print(f"{'page type':<16}" + "".join(f"{c:>16}" for c in CATEGORIES))
    below = []
    try:
        for name, path in pages.items():
            report = run(base + path, desktop)
            scores = {c: round((report["categories"][c]["score"] or 0) * 100) for c in CATEGORIES}
            print(f"{name:<16}" + "".join(f"{scores[c]:>16}" for c in CATEGORIES), flush=True)
            for c in CATEGORIES:
                if scores[c] < TARGETS[c]:
                    refs = report["categories"][c]["auditRefs"]
                    lost = [
                        r["id"]
                        for r in refs
                        if r.get("weight")
                        and (report["audits"][r["id"]]["score"] or 0) < 0.9
                        and report["audits"][r["id"]]["scoreDisplayMode"] not in ("notApplicable", "manual", "informative")
                    ]
                    below.append(f"  {name}: {c} {scores[c]} (audits below 0.9: {', '.join(lost) or 'none weighted'})")
    finally:
        server.shutdown()
    if below:
        print("Below target:")
        print("\n".join(below))
    return 0

"""Every label of every picture, as a reader sees it in Chromium (issue 22): its rendered size at a
1280 px screen and a 375 px phone, and whether it is cut off ("…"), overlaps another label, or
runs outside its picture. On every page of the real site that has a picture, and on the pictures
of a 1,000-event synthetic dataset set in a page of the real site (same stylesheets, same column).

Marked as a browser test; it shares the served site and the browser with test_browser.py.
"""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser

WIDTHS = {1280: 12.0, 375: 11.0}  # viewport width: smallest label allowed, in CSS px

# For each visible picture: every non-empty <text> with its rendered font size (computed size
# times the SVG's scale on screen), the pairs of labels whose boxes overlap (by more than a third
# of a line: lines of one label touch), and the labels that run outside the picture's box.
MEASURE = """() => [...document.querySelectorAll('figure.picture svg')]
  .filter(svg => svg.checkVisibility() && svg.getBoundingClientRect().width > 0)
  .map(svg => {
    const frame = svg.getBoundingClientRect();
    const labels = [...svg.querySelectorAll('text')].filter(t => t.textContent.trim() && t.checkVisibility()).map(t => {
      const m = t.getScreenCTM();
      const r = t.getBoundingClientRect();
      return {text: t.textContent.trim(), size: parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b),
              box: [r.left, r.top, r.right, r.bottom]};
    });
    const overlaps = [];
    labels.forEach((a, i) => labels.slice(i + 1).forEach(b => {
      const w = Math.min(a.box[2], b.box[2]) - Math.max(a.box[0], b.box[0]);
      const h = Math.min(a.box[3], b.box[3]) - Math.max(a.box[1], b.box[1]);
      if (w > 1 && h > 0.35 * Math.min(a.box[3] - a.box[1], b.box[3] - b.box[1])) overlaps.push([a.text, b.text]);
    }));
    const outside = labels.filter(l => l.box[0] < frame.left - 1 || l.box[2] > frame.right + 1
      || l.box[1] < frame.top - 1 || l.box[3] > frame.bottom + 1).map(l => l.text);
    return {title: svg.querySelector('title').textContent, labels: labels.map(l => [l.text, l.size]), overlaps, outside};
  })"""


def problems(page, url: str, width: int) -> tuple[list[str], int, float]:
    """What is wrong with the pictures at ``url`` (one line each), how many labels were measured, the smallest size."""
    page.goto(url)
    found, count, smallest = [], 0, float("inf")
    for picture in page.evaluate(MEASURE):
        where = f"{url} at {width} px, {picture['title']!r}"
        for text, size in picture["labels"]:
            count += 1
            smallest = min(smallest, size)
            if size < WIDTHS[width] - 0.05:
                found.append(f"{where}: {text!r} is {size:.1f} px")
            if "…" in text or text.endswith("..."):
                found.append(f"{where}: {text!r} is cut off")
        found += [f"{where}: {a!r} overlaps {b!r}" for a, b in picture["overlaps"]]
        found += [f"{where}: {t!r} runs outside the picture" for t in picture["outside"]]
    return found, count, smallest


def _check(chromium, urls: list[str]) -> None:
    found, counts = [], {}
    for width in WIDTHS:
        context = chromium.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        total, smallest = 0, float("inf")
        for url in urls:
            more, n, small = problems(page, url, width)
            found += more
            total += n
            smallest = min(smallest, small)
        context.close()
        counts[width] = (total, smallest)
    for width, (total, _) in counts.items():
        assert total > 0, f"no picture label measured at {width} px"
    measured = "; ".join(f"{n} labels at {w} px, smallest {small:.1f} px" for w, (n, small) in counts.items())
    assert not found, f"{measured}. {len(found)} problem(s), first 30:\n" + "\n".join(found[:30])


def test_every_picture_label_reads_on_the_real_site(chromium, served_site, served_folder):
    pages = sorted(p.relative_to(served_folder).parent.as_posix() for p in served_folder.rglob("index.html"))
    with_pictures = [p for p in pages if 'class="picture ' in (served_folder / p / "index.html").read_text(encoding="utf-8")]
    assert len(with_pictures) > 20
    _check(chromium, [served_site + ("" if p == "." else p + "/") for p in with_pictures])


FRAME = re.compile(r'\n<div class="picture-frame" data-search-exclude>\n<figure class="picture .*?</figure>\n</div>\n', re.S)
ARTICLE = re.compile(r'(<article class="md-content__inner md-typeset">).*?(</article>)', re.S)


def test_every_picture_label_reads_at_1000_synthetic_events(chromium, served_site, served_folder, tmp_path):
    """The pictures of a 1,000-event synthetic site, twenty pages' worth per page, each page a copy of a
    real year page with its article replaced: the real stylesheets and the real column."""
    from bench import synthetic
    from ispk.build import Build

    data, _ = synthetic.generate(1000, seed=7)
    pages = Build(narrative=None, cache=tmp_path, citations=False, opendata=False).run(data, check=False).pages
    frames = [f for _, text in sorted(pages.items()) for f in FRAME.findall(text)]
    assert len(frames) > 100
    frames.append(_synthetic_places_map(data))
    shell = (served_folder / "years" / "2016" / "index.html").read_text(encoding="utf-8")
    urls = []
    for i in range(0, len(frames), 40):
        # Two folders deep, as years/2016/ is, so that the page's relative links to assets hold.
        target = served_folder / "synthetic-pictures" / str(i // 40) / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        body = "".join(frames[i : i + 40])
        target.write_text(ARTICLE.sub(lambda m, body=body: m.group(1) + body + m.group(2), shell, count=1), encoding="utf-8")
        urls.append(f"{served_site}synthetic-pictures/{i // 40}/")
    _check(chromium, urls)


def _synthetic_places_map(data) -> str:
    """The map of places for synthetic data, which has no reference data: each place with events at a
    seeded point inside Pakistan's box, drawn by the real drawing (crowded: about 125 places)."""
    import random
    from collections import Counter

    from ispk.pictures import Request, draw_svg
    from ispk.plan import figures

    rng = random.Random(7)
    counts = Counter(p for e in data.events for p in e.places)
    points = [
        {
            "name": place.name,
            "x": rng.uniform(62.0, 75.0),
            "y": rng.uniform(25.0, 36.0),
            "count": counts[place.id],
            "href": "#",
            "link_label": place.name,
        }
        for place in data.places
        if counts[place.id]
    ]
    units = [{"rings": [poly[0] for poly in f["geometry"]["coordinates"]]} for f in figures._boundaries()]
    spec = {"units": units, "points": points, "xlim": [60.6, 80.2], "ylim": [23.5, 37.2]}
    svg = draw_svg(Request("places", spec, "Map: synthetic places", "A map of synthetic places, for the test."), "0" * 16)
    return f'<figure class="picture picture-places">\n{svg}\n</figure>\n'

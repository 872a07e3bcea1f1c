"""The README's walkthrough, followed end to end: from a new text file to a published fact.

In a temporary copy of the repository, with a temporary copy of the archive, the
test runs the commands the README gives (`make source`, `make coverage`, `make
build`), edits the data files the way it tells a cataloguer to, and at each step
also makes the mistake a cataloguer might make and checks the message they would
see. The source is invented (an invented festival in a fictional town) and never
reaches the real archive.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import lxml.html
import pytest

ROOT = Path(__file__).resolve().parent.parent
# Clearly invented: no real people, places or events.
INVENTED = """Skip to content

Menu

Invented Walkthrough Article: A Lantern Festival In The Fictional Town Of Exampleville

This article is invented for the reference's walkthrough test and describes no real people, places or events.

The invented Exampleville Lantern Festival was held on 2 March 2016, its fictional organisers said. They said 40 paper lanterns were lit.

Share this article
"""
HEADLINE = "Invented Walkthrough Article: A Lantern Festival In The Fictional Town Of Exampleville"
QUOTE = "The invented Exampleville Lantern Festival was held on 2 March 2016"
EVENT_ID = "walkthrough-lantern-festival"
EVENT_TITLE = "Invented walkthrough event: a lantern festival in the fictional town of Exampleville, its organisers say"
EVENT = f'''    Event(
        id="{EVENT_ID}",
        title="{EVENT_TITLE}",
        kind="other",
        date=When(date="2016-03-02"),
        summary="According to its fictional organisers, the invented Exampleville Lantern Festival was held on 2 March 2016.",
        cites=(Cite(source={{constant}}, quote="{{quote}}"),),
    ),
'''
SET_ASIDE = """    SetAside(source={constant}, text="Skip to content", reason="Page furniture: navigation link."),
    SetAside(source={constant}, text="Menu", reason="Page furniture: navigation."),
    SetAside(source={constant}, text="This article is invented for the reference's walkthrough test", reason="The text's own note that it is invented."),
    SetAside(source={constant}, text="They said 40 paper lanterns were lit.", reason="An invented detail the walkthrough leaves uncatalogued."),
    SetAside(source={constant}, text="Share this article", reason="Page furniture: sharing link."),
"""
# What is not part of the repository a cataloguer clones, or is rebuilt from it.
NOT_COPIED = shutil.ignore_patterns(
    ".git", ".venv", ".venv-*", "site", ".site-*", "node_modules", ".cache", ".pytest_cache", "__pycache__"
)


def archive_state(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


class Repository:
    """A throwaway copy of the repository, its commands run as the README gives them."""

    def __init__(self, root: Path, archive: Path):
        self.root, self.archive = root, archive
        self.env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "SOURCE")}
        self.env["ISPK_SOURCES"] = str(archive)

    def make(self, *args: str) -> subprocess.CompletedProcess:
        # `-o venv`: the copy's .venv is this checkout's (a link); make must never rebuild it.
        done = subprocess.run(
            ["make", "--no-print-directory", "-o", "venv", *args],
            cwd=self.root,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        done.output = done.stdout + done.stderr
        return done

    def edit(self, path: str, old: str, new: str) -> None:
        file = self.root / path
        text = file.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{path}: expected {old!r} once"
        file.write_text(text.replace(old, new), encoding="utf-8")

    def line_of(self, path: str, line: str) -> int:
        return (self.root / path).read_text(encoding="utf-8").splitlines().index(line) + 1


@pytest.fixture(scope="module")
def repo(tmp_path_factory, sources_dir) -> Repository:
    base = tmp_path_factory.mktemp("walkthrough")
    root, archive = base / "repo", base / "archive"
    shutil.copytree(ROOT, root, ignore=NOT_COPIED)
    (root / ".venv").symlink_to(Path(sys.prefix), target_is_directory=True)
    shutil.copytree(sources_dir, archive)
    for path in archive.iterdir():
        path.chmod(0o644)
    (base / "invented.txt").write_text(INVENTED, encoding="utf-8")
    return Repository(root, archive)


@pytest.mark.engine
def test_from_a_new_text_file_to_a_published_fact(repo, sources_dir):
    real_archive = archive_state(sources_dir)
    text = str(repo.root.parent / "invented.txt")

    # 1. Add the text with one command.
    added = repo.make("source", f"FILE={text}")
    assert added.returncode == 0, added.output
    source_id = re.search(r"Added source (\d{3}_[0-9a-f]{16}): ", added.stdout)[1]
    number = source_id[:3]
    constant, module = f"S{number}", f"ispk/data/s{number}.py"
    record_line = int(re.search(r"catalogue  ispk/data/sources\.py:(\d+) ", added.stdout)[1])
    assert source_id == f"{number}_{hashlib.sha256(INVENTED.encode()).hexdigest()[:16]}"
    assert (repo.archive / f"{source_id}.txt").read_text(encoding="utf-8") == INVENTED
    assert f"{module} (7 sentences to cite or set aside)" in added.stdout
    # ... the same text again is refused, naming the file and the copy already archived.
    again = repo.make("source", f"FILE={text}")
    assert again.returncode != 0
    assert f"error: {text}: the archive already holds this text, as {source_id}.txt" in again.output
    missing = repo.make("source", "FILE=no-such-file.txt")
    assert missing.returncode != 0 and "error: no-such-file.txt: no such file" in missing.output

    # 2. Fill the source record. Building first says exactly what is left to fill, and where.
    early = repo.make("build")
    assert early.returncode != 0
    at = f"ispk/data/sources.py:{record_line}: source '{source_id}'"
    for field in ("kind", "summary", "publisher", "published"):
        assert f"{at}, field '{field}': is " in early.output, (field, early.output[-3000:])
    assert "Traceback" not in early.output
    repo.edit("ispk/data/sources.py", 'kind="",', 'kind="invented text for the walkthrough test",')
    repo.edit("ispk/data/sources.py", 'summary="",', 'summary="An invented article about an invented lantern festival.",')
    repo.edit("ispk/data/sources.py", 'publisher_reason="",', 'publisher_reason="The text names no publisher.",')
    repo.edit("ispk/data/sources.py", 'published_reason="",', 'published_reason="The text states no date of its own.",')

    # ... and catalogue one event with a verbatim quote. A paraphrase is refused, naming file:line.
    repo.edit(
        module, "EVENTS = (\n", "EVENTS = (\n" + EVENT.format(constant=constant, quote="The festival was held on 2 March 2016")
    )
    # (A quote's error names the line of its Cite.)
    cite_line = repo.line_of(module, f'        cites=(Cite(source={constant}, quote="The festival was held on 2 March 2016"),),')
    paraphrase = repo.make("build")
    assert paraphrase.returncode != 0
    assert (
        f"{module}:{cite_line}: event '{EVENT_ID}', field 'cites[0].quote': 'The festival was held on 2 March 2016' "
        f"is not in source {source_id}: the longest part found is 'was held on 2 March 2016'; "
        "before it the quote has 'The festival' where the source has 'Lantern Festival': quote it verbatim"
    ) in paraphrase.output, paraphrase.output[-3000:]
    repo.edit(module, 'quote="The festival was held on 2 March 2016"', f'quote="{QUOTE}"')
    # ... a missing comma is a line of the same kind, not a Python traceback.
    repo.edit(module, '        kind="other",\n', '        kind="other"\n')
    comma = repo.make("build")
    assert comma.returncode != 0 and "Traceback" not in comma.output
    assert (
        f"{module}:{repo.line_of(module, '        kind=' + chr(34) + 'other' + chr(34))}: module 's{number}': "
        "is not valid Python: invalid syntax. Perhaps you forgot a comma?"
    ) in comma.output, comma.output[-3000:]
    repo.edit(module, '        kind="other"\n', '        kind="other",\n')
    # ... a record list under a near-miss name is refused too, rather than silently dropped.
    repo.edit(module, "EVENTS = (\n", "EVENT = (\n")
    misnamed = repo.make("build")
    assert misnamed.returncode != 0
    assert (
        f"{module}:{repo.line_of(module, 'EVENT = (')}: module 's{number}', field 'EVENT': is not a record list the "
        "reference reads, so its 1 event would be left out: did you mean EVENTS?"
    ) in misnamed.output
    repo.edit(module, "EVENT = (\n", "EVENTS = (\n")

    # 3. Set the rest aside. Coverage lists every sentence still to do until none is left.
    todo = repo.make("coverage", f"SOURCE={number}")
    assert todo.returncode != 0
    assert "5 sentence(s) neither cited nor set aside" in todo.stdout
    assert "(line 7) This article is invented" in todo.stdout and "cited by event walkthrough-lantern-festival" in todo.stdout
    repo.edit(module, "SET_ASIDE = (\n", "SET_ASIDE = (\n" + SET_ASIDE.format(constant=constant))
    done = repo.make("coverage", f"SOURCE={number}")
    assert done.returncode == 0, done.output
    assert "0 sentence(s) neither cited nor set aside" in done.stdout

    # 4. Build.
    built = repo.make("build")
    assert built.returncode == 0, built.output[-3000:]
    site = repo.root / "site"

    # 5. The event's page, its citation, and the source's page, linked both ways.
    event = lxml.html.parse(str(site / "events" / EVENT_ID / "index.html")).getroot()
    assert event.xpath("normalize-space(//h1/text()[1])") == EVENT_TITLE
    [footnote] = [li for li in event.xpath("//li[starts-with(@id, 'fn:')]") if li.xpath("string(.//q)") == QUOTE]
    assert f"../../sources/{source_id}/" in footnote.xpath(".//a/@href")
    assert f"“{HEADLINE}”" in footnote.text_content()
    [cite_page] = event.xpath("//details[contains(@class, 'cite-page')]")
    assert f"/events/{EVENT_ID}/" in cite_page.text_content() and EVENT_TITLE in cite_page.text_content()
    source = lxml.html.parse(str(site / "sources" / source_id / "index.html")).getroot()
    assert source.xpath("normalize-space(//h1/text()[1])") == HEADLINE
    assert f"../../events/{EVENT_ID}/" in source.xpath("//a/@href")
    assert QUOTE in source.text_content()

    # The invented text never reached the real archive.
    assert archive_state(sources_dir) == real_archive

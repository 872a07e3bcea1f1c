"""`make source FILE=...`: a new text in the archive and its catalogue started, or a clear refusal."""

from __future__ import annotations

import ast
import hashlib
import shutil
import stat
from pathlib import Path

import pytest

from ispk import archive, new_source

ROOT = Path(__file__).resolve().parent.parent
# Invented text: no real people, places or events.
TEXT = (
    "Skip to content\n\n"
    "Invented Example: A Lantern Festival In The Fictional Town Of Exampleville\n\n"
    "The organisers of the invented festival said 40 paper lanterns were lit. Nobody was hurt.\n\n"
    "Share this article\n"
)


@pytest.fixture
def place(tmp_path, sources_dir):
    """A copy of the archive and of sources.py to add to; the real ones are never touched."""
    store = tmp_path / "archive"
    shutil.copytree(sources_dir, store)
    for path in store.iterdir():
        path.chmod(0o644)
    root = tmp_path / "repo"
    (root / "ispk" / "data").mkdir(parents=True)
    shutil.copy(ROOT / "ispk" / "data" / "sources.py", root / "ispk" / "data" / "sources.py")
    text = tmp_path / "invented.txt"
    text.write_text(TEXT, encoding="utf-8")
    return store, root, text


def snapshot(*folders: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for folder in folders for p in sorted(folder.rglob("*")) if p.is_file()}


def test_headline_guess_finds_every_catalogued_headline(dataset, sources_dir):
    for source in dataset.sources:
        text = (sources_dir / f"{source.id}.txt").read_text(encoding="utf-8")
        assert new_source.headline(text)[1] == source.headline, source.id


def test_a_markdown_heading_is_the_headline():
    assert new_source.headline("Menu\n\nAn invented sentence of the body goes here.\n\n# Invented Title\n") == (
        5,
        "Invented Title",
    )
    assert new_source.headline("Menu\n") == (1, "Menu")


def test_add_archives_the_text_under_its_hash_and_starts_its_catalogue(place):
    store, root, text = place
    added = new_source.add(text, directory=store, root=root)
    digest = hashlib.sha256(TEXT.encode()).hexdigest()

    # 1. The archive: NNN_<first 16 hex of the SHA-256>.txt, the next number, byte for byte, read-only.
    assert added.source_id == f"005_{digest[:16]}"
    assert added.archive_file == store / f"{added.source_id}.txt"
    assert added.archive_file.read_bytes() == TEXT.encode()
    assert not added.archive_file.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    assert f"| {added.source_id}.txt | {added.headline} |" in (store / "README.md").read_text()

    # 2. sources.py: the id constant beside the others, the record at the line reported.
    sources = (root / "ispk" / "data" / "sources.py").read_text(encoding="utf-8")
    lines = sources.splitlines()
    assert lines[lines.index('S004 = "004_94f8f6322f96e360"') + 1] == f'S005 = "{added.source_id}"'
    assert lines[added.record_line - 1] == "    Source("
    record = "\n".join(lines[added.record_line - 1 :])
    assert f'sha256="{digest}"' in record and 'headline="Invented Example: A Lantern Festival' in record
    assert "TO FILL" in record and "publisher=None" in record and "published=None" in record
    assert "Relative dates (" in sources  # the archive README's rules, copied as a comment
    ast.parse(sources)

    # 3. sNNN.py: every sentence, in order, as a checklist, and empty record lists.
    module = (root / "ispk" / "data" / "s005.py").read_text(encoding="utf-8")
    checklist = [line for line in module.splitlines() if line.startswith("# [ ]")]
    assert [line.split(") ", 1)[1] for line in checklist] == [s.text for s in archive.sentences(added.source_id, store)]
    assert len(checklist) == added.sentences == 5
    tree = ast.parse(module)
    assigned = [t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets]
    assert assigned == ["EVENTS", "STATEMENTS", "STATISTICS", "SET_ASIDE"]

    # 4. The next steps name the files and lines to open.
    steps = new_source.next_steps(added, root)
    assert f"ispk/data/sources.py:{added.record_line}" in steps and "ispk/data/s005.py" in steps
    assert "make coverage SOURCE=005" in steps


def test_a_text_already_in_the_archive_is_refused_and_nothing_changes(place, sources_dir):
    store, root, _ = place
    before = snapshot(store, root)
    again = store.parent / "copy of 003.txt"
    shutil.copy(sources_dir / "003_b1c9e467b0ad7324.txt", again)
    with pytest.raises(new_source.SourceError) as caught:
        new_source.add(again, directory=store, root=root)
    assert str(caught.value).startswith(f"{again}: the archive already holds this text, as 003_b1c9e467b0ad7324.txt")
    assert snapshot(store, root) == before


@pytest.mark.parametrize(
    "resave",
    [
        lambda raw: raw.replace(b"\n", b"\r\n"),
        lambda raw: b"\xef\xbb\xbf" + raw.replace(b"\n", b"  \n") + b"\n\n",
    ],
    ids=["Windows line endings", "byte-order mark and trailing white space"],
)
def test_a_text_in_the_archive_saved_another_way_is_refused_naming_its_id(place, sources_dir, resave):
    store, root, _ = place
    before = snapshot(store, root)
    again = store.parent / "resaved 003.txt"
    again.write_bytes(resave((sources_dir / "003_b1c9e467b0ad7324.txt").read_bytes()))
    with pytest.raises(new_source.SourceError) as caught:
        new_source.add(again, directory=store, root=root)
    assert str(caught.value).startswith(
        f"{again}: the archive already holds this text, as 003_b1c9e467b0ad7324.txt (source 003_b1c9e467b0ad7324; "
        "the same text saved with other line endings, byte-order mark or trailing white space): nothing was added"
    )
    assert snapshot(store, root) == before


def test_adding_the_same_text_twice_is_refused(place):
    store, root, text = place
    added = new_source.add(text, directory=store, root=root)
    before = snapshot(store, root)
    with pytest.raises(new_source.SourceError) as caught:
        new_source.add(text, directory=store, root=root)
    assert f"as {added.source_id}.txt" in str(caught.value)
    assert snapshot(store, root) == before


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "no such file"),
        (
            b"\xef\xbb\xbfInvented\n\xff\n",
            "2: is not UTF-8 text (byte 0xff at offset 12): save it as UTF-8 and run the command again",
        ),
        (b"", "is empty: there is nothing to catalogue"),
        (b" \n\n\t\n", "is empty: there is nothing to catalogue"),
        (b"\xef\xbb\xbf\r\n\r\n", "is empty: there is nothing to catalogue"),
    ],
    ids=["missing", "not UTF-8", "empty", "white space only", "byte-order mark and empty lines"],
)
def test_unusable_files_are_refused_naming_the_file(place, content, message):
    store, root, _ = place
    before = snapshot(store, root)
    path = store.parent / "input.txt"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(new_source.SourceError) as caught:
        new_source.add(path, directory=store, root=root)
    assert str(caught.value) in (f"{path}: {message}", f"{path}:{message}")
    assert snapshot(store, root) == before


def test_a_failure_half_way_undoes_every_step(place, monkeypatch):
    store, root, text = place
    before = snapshot(store, root)

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(new_source, "checklist_module", disk_full)
    with pytest.raises(new_source.SourceError) as caught:
        new_source.add(text, directory=store, root=root)
    assert "No space left on device" in str(caught.value) and "nothing was changed" in str(caught.value)
    assert snapshot(store, root) == before


def test_the_command_exits_non_zero_with_the_message(tmp_path, capsys, sources_dir):
    from scripts import new_source as command

    assert command.main([str(tmp_path / "absent.txt")]) == 1
    assert capsys.readouterr().err == f"error: {tmp_path / 'absent.txt'}: no such file\n"
    assert command.main([]) == 2

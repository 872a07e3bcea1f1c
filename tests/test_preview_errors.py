"""The preview catches a broken mkdocs.yml, template or override as it catches data errors.

The same message in the terminal and in the banner (preview-status.json, ok false), and the
last good pages stay served; a fix brings the status back. No engine runs here: the preview
writes the folder the engine serves, and these tests read that folder.
"""

from __future__ import annotations

import json
import shutil

import pytest
import yaml
from jinja2 import ChoiceLoader, DictLoader
from test_maintainers_pages import PAGE, SOURCE, TEXT, invented

from conftest import ROOT
from ispk import config as site_config
from ispk.adapters.preview import STATUS, Preview
from ispk.build import Build


@pytest.fixture
def preview(tmp_path):
    """A preview of the invented dataset, with its own mkdocs.yml and overrides to break."""
    archive_dir = tmp_path / "archive"
    archive_dir.mkdir()
    (archive_dir / f"{SOURCE}.txt").write_text(TEXT, encoding="utf-8")
    overrides = tmp_path / "overrides"
    shutil.copytree(ROOT / "overrides", overrides)
    conf = tmp_path / "mkdocs.yml"
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("custom_dir: overrides", f"custom_dir: {overrides}")
    conf.write_text(text, encoding="utf-8")
    build = Build(
        site_config.load(conf),
        sources=archive_dir,
        narrative=None,
        cache=tmp_path / "cache",
        pictures=False,
        citations=False,
        opendata=False,
        releases=False,
    )
    shown = Preview(tmp_path / "preview", build, config_file=conf)
    assert shown.update(invented()).ok
    return shown


def served(preview: Preview) -> tuple[dict, str]:
    docs = preview.folder / "docs"
    return json.loads((docs / STATUS).read_text(encoding="utf-8")), (docs / PAGE).read_text(encoding="utf-8")


def failed_like_a_data_error(preview: Preview, done, before: str, message: str, capsys) -> None:
    status, page = served(preview)
    assert not done.ok and message in done.errors
    assert status == {"ok": False, "errors": done.errors}  # the banner
    assert done.errors in capsys.readouterr().err  # the terminal
    assert page == before  # the last good page stays served


def test_a_tab_in_mkdocs_yml(preview, capsys):
    _, before = served(preview)
    text = preview.config_file.read_text(encoding="utf-8")
    preview.config_file.write_text(text.replace("\nrepo_url:", "\n\trepo_url:", 1), encoding="utf-8")
    line = text.split("\nrepo_url:")[0].count("\n") + 2
    done = preview.reload({preview.config_file})
    failed_like_a_data_error(preview, done, before, f"mkdocs.yml:{line}: is not valid YAML:", capsys)
    # Fixed: the next save is served, the banner goes (reload would read the real data: update the invented).
    preview.config_file.write_text(text, encoding="utf-8")
    preview.build.config = site_config.load(preview.config_file)
    assert preview.update(invented()).ok and served(preview)[0] == {"ok": True, "errors": ""}


def test_a_broken_template(preview, capsys):
    _, before = served(preview)
    good = preview.env
    preview.env = good.overlay(loader=ChoiceLoader([DictLoader({"source.md.j2": "{% if %}\n"}), good.loader]))
    done = preview.update(invented(), everything=True)
    failed_like_a_data_error(preview, done, before, "source.md.j2:1: template error (TemplateSyntaxError)", capsys)
    preview.env = good
    assert preview.update(invented(), everything=True).ok and served(preview)[0]["ok"]


def test_a_broken_override(preview, capsys):
    _, before = served(preview)
    main = preview.folder.parent / "overrides" / "main.html"
    main.write_text(main.read_text(encoding="utf-8") + "\n{% block oops %}\n", encoding="utf-8")
    line = main.read_text(encoding="utf-8").count("\n")  # the unclosed block's, the last line
    done = preview.reload({main})
    failed_like_a_data_error(preview, done, before, f"main.html:{line}: is not a valid theme template:", capsys)
    # The engine serves the last good overrides, a copy in the build folder: the broken one never reaches it.
    conf = yaml.safe_load((preview.folder / "mkdocs.yml").read_text(encoding="utf-8"))
    assert conf["theme"]["custom_dir"] == "overrides"
    assert (preview.folder / "overrides" / "main.html").read_bytes() == (ROOT / "overrides" / "main.html").read_bytes()


def test_a_narrative_file_that_is_not_utf8(preview, tmp_path, capsys):
    _, before = served(preview)
    narrative = tmp_path / "narrative"
    (narrative / "pages").mkdir(parents=True)
    (narrative / "pages" / "about.md").write_bytes(b"About the reference\n\nCaf\xe9 society.\n")
    preview.build.narrative = type(preview.build.narrative)(narrative)
    done = preview.update(invented())
    failed_like_a_data_error(preview, done, before, "about.md:3: is not UTF-8 text (byte 0xe9 at offset 24)", capsys)

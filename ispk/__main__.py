"""The site's commands: ``python -m ispk generate`` and ``python -m ispk build``.

generate: validate the data, plan and render the site, and write the folder the
  engine builds (build/docs and build/mkdocs.yml), touching only changed files.
build: generate, then run the engine into a scratch folder and swap it in as the
  site only when it succeeded; only the changed pages are built again when the
  previous build had the same configuration, navigation, overrides and engine.

Exit status 1 with every data error (file:line, record, field) and nothing
written when the data is invalid: the previous folder and site stay as they were.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import config as site_config
from .adapters import engine, overrides, rebuild
from .adapters import folder as build_folder
from .archive import ROOT
from .build import Build, collector_paused
from .releases.model import ChangesError
from .textfile import InputError

DEFAULT_FOLDER = ROOT / "build"


def generate(target: Path, base_url: str | None = None, *, one_shot: bool = False) -> int:
    """``one_shot``: this process ends after the command (``main``), see ``build.collector_paused``."""
    start = time.perf_counter()
    with collector_paused(one_shot=one_shot):  # through the writing too
        try:
            config = site_config.load()
            if base_url:
                config = config.with_site_url(base_url)
            for placeholder in config.placeholders():
                print(f"WARNING: {placeholder} (README, 'Publishing')", file=sys.stderr)
            overrides.check(config)
            out = Build(config).run()
        except (InputError, ChangesError) as error:  # data, narrative, archive or mkdocs.yml: file:line
            print(error, file=sys.stderr)
            return 1
        written = build_folder.write(target, config, out)
    print(
        f"ispk: {len(out.pages)} pages and {len(out.files)} files in {target / 'docs'} "
        f"({len(written.changed)} written, {len(written.removed)} removed, {written.unchanged} unchanged) "
        f"in {time.perf_counter() - start:.1f} s",
        file=sys.stderr,
    )
    return 0


def build(
    target: Path, site_dir: Path, base_url: str | None = None, engine_name: str = engine.DEFAULT, *, one_shot: bool = False
) -> int:
    status = generate(target, base_url, one_shot=one_shot)
    if status:
        return status
    # MkDocs runs in this process: differential when the previous build allows (adapters/rebuild.py).
    if engine_name == engine.DEFAULT:
        built = rebuild.publish(target, site_dir)
        sys.stderr.write(built.log)
        status = 0 if built.ok else 1
    else:
        rebuild.manifest_file(site_dir).unlink(missing_ok=True)  # the next mkdocs build is a full one
        done = engine.publish(target, site_dir, engine_name)
        sys.stderr.write(done.stderr)
        status = done.returncode
    if status:
        print(f"ispk: {engine_name} failed; {site_dir} is unchanged", file=sys.stderr)
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ispk", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name, what in (
        ("generate", "write the generated site folder and the engine's configuration"),
        ("build", "generate, then build the site with the engine"),
        ("serve", "the preview: regenerate what a save changed, served by the engine"),
    ):
        cmd = sub.add_parser(name, help=what)
        cmd.add_argument("--folder", type=Path, default=DEFAULT_FOLDER, help="the build folder (default: build/)")
        cmd.add_argument("--base-url", help="the address the site is published at (default: site_url in mkdocs.yml)")
        if name == "build":
            cmd.add_argument("--site-dir", type=Path, default=ROOT / "site")
            cmd.add_argument("--engine", choices=sorted(engine.ENGINES), default=engine.DEFAULT)
        if name == "serve":
            cmd.add_argument("--dev-addr", default="127.0.0.1:8000")
    args = parser.parse_args(argv)
    if args.command == "generate":
        return generate(args.folder.resolve(), args.base_url, one_shot=True)
    if args.command == "serve":
        from .adapters import preview

        return preview.serve(args.folder.resolve(), args.dev_addr)
    return build(args.folder.resolve(), args.site_dir.resolve(), args.base_url, args.engine, one_shot=True)


if __name__ == "__main__":
    sys.exit(main())

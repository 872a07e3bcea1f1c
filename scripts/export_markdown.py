"""Write the generated Markdown to a folder, for any MkDocs-compatible engine (thin entry point).

Usage: python -m scripts.export_markdown OUT_DIR
The folder gets the generated pages plus the hand-written assets from docs/,
so `mkdocs.yml` with `docs_dir: OUT_DIR` and without gen-files builds the same site.
"""
import shutil
import sys
from pathlib import Path

from ispk import archive, build, validate


def main(out: str) -> int:
    target = Path(out)
    try:
        pages = build.pages()
    except validate.InvalidData as error:
        print(error, file=sys.stderr)
        return 1
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(archive.ROOT / "docs", target, ignore=shutil.ignore_patterns("narrative"))
    for path, markdown in pages.items():
        file = target / path
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(markdown, encoding="utf-8")
    print(f"wrote {len(pages)} pages to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "build/markdown"))

"""The theme's overrides (``overrides/``, Material's ``custom_dir``), read before the engine reads them.

The engine stops on a Jinja syntax error in an override with a traceback, and the preview's
server only logs it while the old page stays served. Parsing each override here first turns
the mistake into ``overrides/main.html:12: …``, reported like any other bad input. The preview
hands the engine a copy of the last overrides that passed (``PREVIEW_FOLDER`` in its build
folder), so that a broken override never reaches the engine's server.
"""

from __future__ import annotations

from jinja2 import Environment, TemplateSyntaxError

from ..archive import ROOT
from ..config import SiteConfig
from ..textfile import InputError, decode, read_bytes, shown


class OverrideError(InputError):
    """An override that is not a valid template; the message names its file:line."""


PREVIEW_FOLDER = "overrides"
"""Where, in the preview's build folder, the last good overrides are kept for the engine."""


def check(config: SiteConfig) -> dict[str, bytes]:
    """Every override file ({path in the folder: bytes}), each template parsed first.

    Syntax only: names and filters are the theme's, known to the engine alone.
    """
    custom = (config.raw.get("theme") or {}).get("custom_dir")
    if not custom:
        return {}
    folder = ROOT / custom
    # The extensions MkDocs' theme environment may load, so that their tags parse.
    env = Environment(extensions=["jinja2.ext.i18n", "jinja2.ext.loopcontrols", "jinja2.ext.do"])
    files = {}
    for file in sorted(f for f in folder.rglob("*") if f.is_file()):
        raw = read_bytes(file)
        if file.suffix == ".html":
            try:
                env.parse(decode(raw, file), name=file.name, filename=str(file))
            except TemplateSyntaxError as error:
                raise OverrideError(f"{shown(file)}:{error.lineno}: is not a valid theme template: {error.message}") from None
        files[file.relative_to(folder).as_posix()] = raw
    return files

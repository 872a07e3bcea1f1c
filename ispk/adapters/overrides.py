"""The theme's overrides (``overrides/``, Material's ``custom_dir``), read before the engine reads them.

The engine stops on a Jinja syntax error in an override with a traceback, and the preview's
server only logs it while the old page stays served. Parsing each override here first turns
the mistake into ``overrides/main.html:12: …``, reported like any other bad input.
"""

from __future__ import annotations

from jinja2 import Environment, TemplateSyntaxError

from ..config import ROOT, SiteConfig
from ..textfile import InputError, read_text, shown


class OverrideError(InputError):
    """An override that is not a valid template; the message names its file:line."""


def check(config: SiteConfig) -> None:
    """Parse every override (syntax only: names and filters are the theme's, known to the engine alone)."""
    custom = (config.raw.get("theme") or {}).get("custom_dir")
    if not custom:
        return
    # The extensions MkDocs' theme environment may load, so that their tags parse.
    env = Environment(extensions=["jinja2.ext.i18n", "jinja2.ext.loopcontrols", "jinja2.ext.do"])
    for file in sorted((ROOT / custom).rglob("*.html")):
        try:
            env.parse(read_text(file), name=file.name, filename=str(file))
        except TemplateSyntaxError as error:
            raise OverrideError(f"{shown(file)}:{error.lineno}: is not a valid theme template: {error.message}") from None

"""A page as a work to cite: the site (an organisation) is its author and publisher, with the
page title, the release's version and date, and the page's permanent URL. Output is deterministic:
the only dates are the release date and git commit dates."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import dates

LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/"


@dataclass(frozen=True)
class Work:
    path: str
    title: str
    description: str
    url: str
    changed: str
    """ISO date of the last commit to the data and narrative the page was built from."""

    @property
    def key(self) -> str:
        return "ispk-" + re.sub(r"[^a-z0-9]+", "-", self.path.removesuffix(".md").lower()).strip("-")


def one_line(value: object) -> str:
    return " ".join(str(value).split())


def date_text(iso: str) -> str:
    return dates.parse(iso).text()

"""A page's citation as files to download: BibTeX and RIS."""

from __future__ import annotations

from ..config import SiteConfig
from .work import Work, one_line

_TEX = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "#": r"\#",
    "$": r"\$",
    "%": r"\%",
    "&": r"\&",
    "_": r"\_",
    "^": r"\textasciicircum{}",
    "~": r"\textasciitilde{}",
}


_TEX_TABLE = str.maketrans(_TEX)


def _tex(value: str) -> str:
    return one_line(value).translate(_TEX_TABLE)


def bibtex(w: Work, site: SiteConfig) -> str:
    rel = site.release
    year, month, _ = rel.date.split("-")
    fields = [
        # Double braces: a corporate author, and a title whose case is kept.
        ("author", f"{{{_tex(site.site_name)}}}"),
        ("title", f"{{{_tex(w.title)}}}"),
        ("publisher", _tex(site.site_name)),
        ("year", year),
        ("month", str(int(month))),
        ("date", rel.date),
        ("version", _tex(rel.version)),
        ("url", w.url),
        ("note", f"Version {_tex(rel.version)}, last changed {w.changed}"),
    ]
    body = ",\n".join(f"  {name:<9} = {{{value}}}" for name, value in fields)
    return f"@misc{{{w.key},\n{body}\n}}\n"


def ris(w: Work, site: SiteConfig) -> str:
    rel = site.release
    year, month, day = rel.date.split("-")
    tags = [
        ("TY", "ELEC"),
        ("AU", site.site_name),
        ("TI", w.title),
        ("T2", site.site_name),
        ("PB", site.site_name),
        ("PY", year),
        ("DA", f"{year}/{month}/{day}"),
        ("ET", rel.version),
        ("UR", w.url),
        ("LA", site.language),
        ("N1", f"Version {rel.version}, last changed {w.changed}"),
        ("ER", ""),
    ]
    # The RIS specification ends every line with CR LF.
    return "".join(f"{tag}  - {one_line(value)}\r\n" for tag, value in tags)

"""The two tiers of the suite, and the guard that keeps a test's marker honest.

`make check` runs everything except the tests marked ``engine`` (they build a site or check a
built one) and ``browser`` (they drive Chromium). A marker forgotten would put minutes into
the fast tier unnoticed, so while a test runs (its fixtures included) every program it starts
and every in-process engine build is checked against its markers: one that needs a marker the
test lacks fails the test, naming the marker.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator, Sequence

import pytest

ENGINE, BROWSER = "engine", "browser"
# `make` targets that build, serve or publish a site (or run the whole suite); `make -n` only prints.
MAKE_TARGETS = {"build", "serve", "test", "versions", "bench", "lighthouse", "release", "publish"}
# Modules and programs that build a site or read a built one back; the engines through `python -m` too.
ENGINE_MODULES = {"mkdocs", "properdocs", "mike", "zensical", "bench", "scripts.versions", "scripts.lighthouse"}
ENGINE_PROGRAMS = {"mkdocs", "properdocs", "mike", "zensical", "linkchecker", "lychee", "pagefind", "pagefind_extended", "java"}
ISPK_ENGINE_COMMANDS = {"build", "serve"}  # `python -m ispk generate` writes Markdown only
# Fixtures that build a site: a test taking one (even through another fixture) is marked engine here.
ENGINE_FIXTURES = {"built_site", "subpath_site"}


def mark_by_fixtures(items: list[pytest.Item]) -> None:
    for item in items:
        if ENGINE_FIXTURES & set(getattr(item, "fixturenames", ())) and item.get_closest_marker(ENGINE) is None:
            item.add_marker(ENGINE)


def _name(arg: str) -> str:
    return os.path.basename(arg)


def needs(argv: Sequence[str] | str) -> str | None:
    """The marker a test needs to start this program, or None for a program the fast tier may run."""
    args = [str(a) for a in ([argv] if isinstance(argv, str | os.PathLike) else argv)]
    if not args:
        return None
    program = _name(args[0])
    if program.startswith("chromium") or any("playwright" in a and "driver" in a for a in args):
        return BROWSER
    if program in ENGINE_PROGRAMS:
        return ENGINE
    if program == "make":
        dry = any(a in ("-n", "--dry-run", "--just-print") for a in args)
        return ENGINE if not dry and MAKE_TARGETS & set(args[1:]) else None
    if program.startswith("python") and "-m" in args[:-1]:
        module, rest = args[args.index("-m") + 1], args[args.index("-m") + 2 :]
        if module in ENGINE_MODULES or (module == "ispk" and rest[:1] and rest[0] in ISPK_ENGINE_COMMANDS):
            return ENGINE
    return None


# The guard's message, kept on the test: a library may catch the failure and raise its own error.
REFUSED = pytest.StashKey[str]()


def _refuse(item: pytest.Item, marker: str, what: str) -> None:
    if item.get_closest_marker(marker) is None:
        message = (
            f"{item.nodeid} {what} but is not marked @pytest.mark.{marker}: mark it (or the module: "
            f"pytestmark = pytest.mark.{marker}) so that `make check` leaves it out (README, Tests)"
        )
        item.stash.setdefault(REFUSED, message)
        pytest.fail(message, pytrace=False)


def explain(item: pytest.Item, report: pytest.TestReport) -> pytest.TestReport:
    """The phase in which the guard refused fails with the guard's message, whatever the test made of it."""
    message = item.stash.get(REFUSED, None)
    if message and not report.skipped:
        del item.stash[REFUSED]
        report.outcome, report.longrepr = "failed", message
    return report


def _refusing(item: pytest.Item, stage):
    def checked(*args, **kwargs):
        _refuse(item, ENGINE, "runs MkDocs' build in-process")
        return stage(*args, **kwargs)

    return checked


@contextlib.contextmanager
def guarded(item: pytest.Item) -> Iterator[None]:
    """While ``item`` runs (setup, call, teardown), refuse what its markers do not allow."""
    popen_init = subprocess.Popen.__init__

    def checked_popen(self, args, *rest, **kwargs):
        marker = needs(args)
        if marker:
            _refuse(item, marker, f"starts {' '.join(map(str, args if not isinstance(args, str) else [args]))[:120]!r}")
        popen_init(self, args, *rest, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(subprocess.Popen, "__init__", checked_popen)
        with contextlib.suppress(ImportError):  # an engine build in this process (MkDocs' own API)
            from mkdocs.commands import build as mkdocs_build

            # Its whole build, and the page step the differential build (ispk/adapters/differential.py) runs alone.
            for name in ("build", "_build_page"):
                patch.setattr(mkdocs_build, name, _refusing(item, getattr(mkdocs_build, name)))
        yield

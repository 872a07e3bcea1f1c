"""The one render step: each page of the plan becomes Markdown through its template.

The plan is its only input: a page's template reads the fields of the page's
context (one typed value per page kind) by name, and the names of the records
it links to come with the page (``Page.shown``). ``Renderer`` is made per build
(its Jinja environment included). Templates
place slots by name (``p.slot("timeline")``), so a heading can be renamed
without moving a picture. Every value is escaped here, once: ``finalize``
makes each ``{{ value }}`` Markdown-safe text unless a helper returned Markup.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import traceback
from collections.abc import Iterable
from io import StringIO
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import Environment, PackageLoader, StrictUndefined, TemplateError, TemplateSyntaxError
from jinja2.bccache import Bucket, FileSystemBytecodeCache
from jinja2.compiler import CodeGenerator, Frame
from jinja2.nodes import Call, Expr, Getattr, Name
from markupsafe import Markup

from ..plan.page import Head, Page, Plan
from ..textfile import InputError, shown
from .helpers import PageHelper
from .markdown import front_matter, text
from .markdown import narrative as render_narrative


class _Output(CodeGenerator):
    """Jinja's code generator, with two shortcuts that change no output."""

    def _output_child_pre(self, node: Expr, frame: Frame, finalize: Any) -> None:
        """``{{ value }}`` as ``finalize(value)``, not ``escape(finalize(value))``: ``finalize``
        (markdown.text) always returns Markup, which escape() would only copy, once per value."""
        if finalize.src is not None and frame.eval_ctx.autoescape and not frame.eval_ctx.volatile:
            self.write("(" + finalize.src)
        else:
            super()._output_child_pre(node, frame, finalize)

    def visit_Call(self, node: Call, frame: Frame, forward_caller: bool = False) -> None:
        """``p.method(...)`` as a plain call: Jinja's ``context.call`` asks every callee whether it
        wants the context passed in; the page helper's methods never do (about 145,000 calls at
        1,000 events). Every other call (macros, ``caller``) goes through Jinja's own."""
        callee = node.node
        if forward_caller or not (isinstance(callee, Getattr) and isinstance(callee.node, Name) and callee.node.name == "p"):
            super().visit_Call(node, frame, forward_caller=forward_caller)
            return
        self.visit(callee, frame)
        self.write("(")
        # Jinja writes a call's arguments each after ", " (for context.call's first argument): drop the first.
        stream, self.stream = self.stream, StringIO()
        self.signature(node, frame)
        arguments, self.stream = self.stream.getvalue(), stream
        self.write(arguments.removeprefix(", ") + ")")


class _Environment(Environment):
    code_generator_class = _Output


def environment(compiled: Path | None = None) -> Environment:
    """The templates' environment; ``compiled``: a folder keeping the templates compiled to Python
    bytecode between builds (Jinja's own cache, which checks each template's source), which saves
    compiling them on every build (0.2 s)."""
    return _Environment(
        loader=PackageLoader("ispk", "templates"),
        # Autoescape makes macro output Markup; finalize makes every other value
        # Markdown-safe (not just HTML-safe) before it reaches the page.
        autoescape=True,
        finalize=text,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=StrictUndefined,
        # Each template is read once per environment: the preview makes a new one when a template changes.
        auto_reload=False,
        bytecode_cache=_Compiled(compiled) if compiled is not None else None,
    )


class _Compiled(FileSystemBytecodeCache):
    """Jinja's bytecode cache in a folder of its own for this module and Jinja's version: the code a
    template compiles to depends on both (the environment's options, ``_Output``), not only on its source."""

    def __init__(self, folder: Path):
        version = hashlib.sha256(Path(__file__).read_bytes() + jinja2.__version__.encode()).hexdigest()[:16]
        with contextlib.suppress(OSError):  # a read-only checkout builds correctly, only slower
            (folder / version).mkdir(parents=True, exist_ok=True)
        super().__init__(str(folder / version))

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


class TemplateFault(InputError):
    """A template that cannot be compiled or rendered; the message names the template's file:line."""


def _fault(error: TemplateError, page: Page) -> TemplateFault:
    """``ispk/templates/x.md.j2:12: …``: Jinja puts each template's own file and line in the traceback."""
    file: str
    line: int | None
    if isinstance(error, TemplateSyntaxError):
        file, line = error.filename or error.name or "", error.lineno
    else:
        frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename.endswith(".j2")]
        file, line = (frames[-1].filename, frames[-1].lineno) if frames else (page.template, 0)
    where = f"{shown(Path(file))}:{line}" if line else shown(Path(file))
    return TemplateFault(f"{where}: template error ({type(error).__name__}) rendering {page.path}: {error.message}")


class Renderer:
    def __init__(self, env: Environment | None = None):
        self.env = env or environment()

    def page(self, page: Page) -> str:
        """The page's Markdown; TemplateFault (file:line) when a template fails."""
        try:
            return self._page(page)
        except TemplateError as error:
            raise _fault(error, page) from None

    def _page(self, page: Page) -> str:
        p = PageHelper(page)
        p.macros = self.env.get_template("_slots.md.j2").make_module({"p": p})
        story = Markup(render_narrative(page.narrative, p.citations)) if page.narrative else Markup("")
        context = {f.name: getattr(page.context, f.name) for f in dataclasses.fields(page.context)}
        body = self.env.get_template(page.template).render(p=p, page=page, narrative=story, **context)
        head: dict[str, object] = {"title": page.title, "description": page.description}
        if page.noindex:
            head["robots"] = "noindex"  # and the theme leaves the page out of the search index
        if page.hide:
            head["hide"] = list(page.hide)
        if page.head is not None:
            head["cite"] = _head(page.head)
        # What refers to the record, of kinds no template lists (plan/listed.py); the search block,
        # the record's changes across releases (collapsed), the footnotes, the open data links and
        # the citation block: the same order on every page.
        tail = [
            str(p.slot("listed")),
            str(p.slot("search")),
            str(p.slot("changes")),
            str(p.citations.footnotes()),
            str(p.slot("data")),
            str(p.slot("cite")),
        ]
        return front_matter(head) + body.rstrip() + "\n\n" + "\n".join(t.rstrip("\n") + "\n" for t in tail if t)

    def site(self, plan: Plan, paths: Iterable[str] | None = None) -> dict[str, str]:
        """Markdown for every page of the plan (or only these paths)."""
        wanted = plan.pages if paths is None else paths
        return {path: self.page(plan.pages[path]) for path in wanted}


def _head(h: Head) -> dict[str, object]:
    return {
        "title": h.title,
        "url": h.url,
        "version": h.version,
        "released": h.released,
        "released_text": h.released_text,
        "changed": h.changed,
        "changed_text": h.changed_text,
        "head": [{kind: name, "content": content} for kind, name, content in h.meta],
        "jsonld": h.jsonld,
        "correction_url": h.correction_url,
    }
